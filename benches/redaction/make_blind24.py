"""Blind evaluation set "blind24" for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief. The helper never
read the redactor, its rules, its tests, or any other evaluation set or
generator; the lines below come from the brief's specification and general
knowledge of how people talk on customer-service calls.

Running this script (Python 3, standard library only, deterministic) writes
data/redaction/blind24/{en,ar,he,el}.jsonl under the repository root, one
JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" only where given

kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
computed here by searching for each span's substring and asserted. context is
an earlier line of the same call (not scored). Items with empty spans are
non-personal and must come out unchanged.

Check-digit values (cards, IBANs, national IDs) are computed here from
invented bodies; long numbers in non-personal items are asserted to fail
those checks.
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

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


def luhn_complete(body):
    body = re.sub(r"\D", "", body)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    v = luhn_complete(body)
    assert 13 <= len(v) <= 19 and luhn_ok(v)
    return v


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
            "KW": 30, "QA": 29, "BH": 22, "TR": 26, "LB": 28, "AT": 20, "BE": 16}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(v):
    v = re.sub(r"\s", "", v).upper()
    return (len(v) == IBAN_LEN.get(v[:2], -1) and _iban_num(v[4:] + v[:4]) % 97 == 1)


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v), v
    return v


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        s += n // 10 + n % 10
    return s % 10 == 0


def tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(body9):
    v = luhn_complete(body9)
    assert saudi_ok(v), v
    return v


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


# ---------------------------------------------------------------- rendering

DIG = {
    "en": "zero one two three four five six seven eight nine".split(),
    "en_oh": "oh one two three four five six seven eight nine".split(),
    "he_f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "eg": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
}


def words(d, style="en", sep=" "):
    """Digits spoken one by one."""
    return sep.join(DIG[style][int(c)] for c in d if c.isdigit())


def grp(d, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    if i < len(d):
        out.append(d[i:])
    return sep.join(x for x in out if x)


def indic(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ---------------------------------------------------------------- items

def P(text, *spans, ctx=None):
    """Personal item: spans are (kind, substring) or (kind, substring, nth)."""
    return (text, list(spans), ctx)


def N(text, ctx=None):
    return (text, [], ctx)


def _digits_norm(s):
    return s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))


def check_nonpersonal(text):
    t = _digits_norm(text)
    for m in re.finditer(r"\d[\d \-./]*\d", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid number in non-personal item", text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("TZ/AFM-valid number in non-personal", text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("Saudi-valid number in non-personal item", text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,30}", t):
        assert not iban_ok(m.group()), ("IBAN-valid in non-personal", text)


def build(items):
    rows = []
    for text, spans, ctx in items:
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            pos = -1
            for _ in range(nth + 1):
                pos = text.find(sub, pos + 1)
                assert pos >= 0, ("span not found", kind, sub, text)
            start = len(text[:pos].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlapping spans", text)
        if not spans:
            check_nonpersonal(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ================================================================ English
# sectors: moving company, optician, pest control, roadside assistance,
# student housing, self-storage, travel insurance, pharmacy delivery,
# nursing-home admissions, tyre shop, yoga retreat, watch repair

def spoken(d, sizes, style="en_oh", gsep=", ", sep=" "):
    return gsep.join(words(g, style, sep) for g in grp(d, sizes, "|").split("|"))


EC1 = card("455673201894551")
EC2 = card("535210448873019")
EC3 = card("37428810396214")          # 15-digit Amex
EC4 = card("601198207755413")
EC5 = card("492918836604712")
EC6 = card("222410009371582")
EC7 = card("3056930902590")            # 14-digit Diners
EC8 = card("417500664120938")
EI1 = iban("IE", "AIBK93115212345678")
EI2 = iban("GB", "NWBK60161331926819")
EI3 = iban("GB", "BARC20325373416024")
EI4 = iban("DE", "370400440532013000")
EI5 = iban("IE", "BOFI90001710027952")
EI6 = iban("AE", "0330000010203040506")
EI7 = iban("GB", "LOYD30963812406688")
EI8 = iban("NL", "RABO0311825406")
ES1 = "412-67-3098"
ES2 = "523-14-8870"
ES3 = "219-40-6631"
ES4 = "087-55-1209"
ES5 = "631-22-0457"
for _s in (ES1, ES2, ES3, ES4, ES5):
    assert ssn_ok(_s), _s
EQ1 = saudi("240117385")   # iqama
ET1 = tz("31547802")

EN = []
EN += [
    # moving company (UK / Polish caller)
    P("Good morning, Pickford and Lowe Removals, you're through to Dervla, how can I help?", ("name", "Dervla")),
    P("Hi, yeah, it's Tomasz Wiśniewski here, I've got a quote for a move on the fourteenth.", ("name", "Tomasz Wiśniewski")),
    P("Thanks Tomasz. And the address you're moving from?", ("name", "Tomasz")),
    P("It's flat 3, 27 Cranbrook Road, Ilford, IG1 4PU.", ("address", "flat 3, 27 Cranbrook Road, Ilford, IG1 4PU"),
      ctx="And the address you're moving from?"),
    P("and we're going to um 114 Eastern Avenue Gants Hill IG2 6PA second floor there's no lift",
      ("address", "114 Eastern Avenue Gants Hill IG2 6PA second floor"), ctx="Lovely, and where are you moving to?"),
    N("So that's a three-bedroom, about forty boxes, two wardrobes and a piano, and the van's booked for 8 a.m. on the 14th of June."),
    N("The quote was £1,280 including VAT, reference MV-20417, and the deposit is 25 percent."),
    P("07700 900 418, that's my mobile, I'll have it on me all day.", ("phone", "07700 900 418"),
      ctx="What's the best number to reach you on the day?"),
    P("Can you send the inventory to tomasz dot wisniewski at gmail dot com",
      ("email", "tomasz dot wisniewski at gmail dot com")),
    P("I'll pay the deposit by card, it's a Visa, " + spoken(EC1, [4, 4, 4, 4]) + ", expiry oh nine twenty-seven.",
      ("card", spoken(EC1, [4, 4, 4, 4]))),
    N("Lovely, that's gone through, two hundred and ninety pounds deposit, receipt number four four eight one nine two."),
    # optician (US)
    P("Thank you for calling ClearView Optical, this is Marisol speaking.", ("name", "Marisol")),
    P("Hi, um, I need to reorder my contacts? My name's Jeremiah Boateng.", ("name", "Jeremiah Boateng")),
    P("Okay Mr. Boateng, can I get your date of birth to pull up your chart?", ("name", "Boateng")),
    P("Sure, it's March third, nineteen eighty-one.", ("date_of_birth", "March third, nineteen eighty-one"),
      ctx="Okay Mr. Boateng, can I get your date of birth to pull up your chart?"),
    N("Your last eye exam was on January 12th, 2024, so the prescription is good till January 2026."),
    N("That's the Acuvue Oasys, a box of twelve is $54.99, and with the rebate you get $40 back on four boxes."),
    P("The insurance wants the member's social, it's four one two, six seven, three oh nine eight.",
      ("id", "four one two, six seven, three oh nine eight")),
    P("Can you ship them to my work instead, 2250 West Fullerton Avenue, Suite 410, Chicago, Illinois 60647?",
      ("address", "2250 West Fullerton Avenue, Suite 410, Chicago, Illinois 60647")),
    N("Standard shipping is five to seven business days, or next day for $12, and orders over $99 ship free."),
    P("my cell is three one two five five five oh one four seven", ("phone", "three one two five five five oh one four seven")),
    # pest control (UK, Nigerian caller)
    N("Good afternoon, Pestaway Services, how can I help?"),
    P("Good afternoon. My name is Oluwaseun Adeyemi-Cole, we have rats in the kitchen, it is serious o.",
      ("name", "Oluwaseun Adeyemi-Cole")),
    P("A, D, E, Y, E, M, I, hyphen, Cole, C O L E.", ("name", "A, D, E, Y, E, M, I, hyphen, Cole, C O L E"),
      ctx="Could you spell the surname for me?"),
    P("Right, Mrs Adeyemi-Cole, and what's the property address?", ("name", "Adeyemi-Cole")),
    P("It's 9 Ladysmith Road, Enfield, E N two, zero H L.", ("address", "9 Ladysmith Road, Enfield, E N two, zero H L"),
      ctx="Right, Mrs Adeyemi-Cole, and what's the property address?"),
    N("We can do Thursday between 10 and 2, first visit is £145 and two follow-ups within 21 days are included."),
    N("The technician's van is number 36 and your job reference is PST 88 1204."),
    P("Text me on plus four four, seven nine five six, two one three, seven zero eight.",
      ("phone", "plus four four, seven nine five six, two one three, seven zero eight")),
    N("Will it be the BaitBox Pro 3 you're using? Because the neighbours at number 11 have a cat."),
    # roadside assistance (Ireland)
    P("RoadAid Ireland, my name is Ciarán, first of all are you in a safe place?", ("name", "Ciarán")),
    P("Yeah I'm in on the hard shoulder, this is Siobhán Ní Bhriain, I'm on the M7 just past junction 11.",
      ("name", "Siobhán Ní Bhriain")),
    N("Grand, M7 southbound between junction 11 and 12 in Kildare, a silver 2016 Corolla, front left tyre is gone."),
    P("And just your date of birth for security, Siobhán?", ("name", "Siobhán")),
    P("twenty second of the eleventh seventy nine", ("date_of_birth", "twenty second of the eleventh seventy nine"),
      ctx="And just your date of birth for security, Siobhán?"),
    P("Best contact is oh eight seven, two two four, six one nine oh.", ("phone", "oh eight seven, two two four, six one nine oh")),
    N("The patrol should be with you in about 45 minutes, job number 7730215, and towing is free up to 10 kilometres on Gold cover."),
    P("They told me to give you my IBAN for the refund of the call-out, it's " + grp(EI1, [4] * 6) + ".",
      ("iban", grp(EI1, [4] * 6))),
]
LANGS["en"] = lambda: EN


EN += [
    # student housing (UK, Indian student)
    N("Quayside Student Living, Newcastle, how can I help?"),
    P("Hello, good morning, my name is Venkatesh Subramanian, I am booking a room for September.",
      ("name", "Venkatesh Subramanian")),
    P("V E N K A T E S H, and surname S U B R A M A N I A N.", ("name", "V E N K A T E S H"),
      ("name", "S U B R A M A N I A N"), ctx="Could you spell your full name for me?"),
    N("The en-suite in Block C is £189 a week on a 44-week contract, starting Saturday 13 September."),
    N("Thank you. And date of birth? We need it for the guarantor check."),
    P("It is 07/04/2003.", ("date_of_birth", "07/04/2003"),
      ctx="Thank you. And date of birth? We need it for the guarantor check."),
    P("My email is venky underscore subra at outlook dot com, all small letters.",
      ("email", "venky underscore subra at outlook dot com")),
    P("My father is the guarantor, you can ring him on +91 98450 12763, after 6 pm India time.",
      ("phone", "+91 98450 12763")),
    N("You're in room 4.12 on the fourth floor, kitchen cluster 4, six students sharing."),
    P("For the holding deposit the card number is " + grp(EC2, [4, 4, 4, 4]) + ", expiry 11/28.",
      ("card", grp(EC2, [4, 4, 4, 4]))),
    N("The £250 holding deposit is refundable until 31 July, after that it comes off the first instalment of £2,079."),
    # self-storage (Australia)
    N("G'day, Lockaway Self Storage Parramatta, how can I help?"),
    P("hi yeah it's shazza um sharon mcintyre i've got unit two fourteen", ("name", "shazza"),
      ("name", "sharon mcintyre")),
    N("Unit 214 is the three by three at $79 a week, and you're paid up to the 28th of February."),
    P("No worries Sharon, can I confirm the mobile on the account?", ("name", "Sharon")),
    P("Oh four one two, three double four, seven eight nine.", ("phone", "Oh four one two, three double four, seven eight nine"),
      ctx="No worries Sharon, can I confirm the mobile on the account?"),
    P("And your postal address is still 16 Kissing Point Road, Dundas?", ("address", "16 Kissing Point Road, Dundas")),
    P("Nah we moved, it's 3/47 Marsden Street, Parramatta, NSW 2150.", ("address", "3/47 Marsden Street, Parramatta, NSW 2150"),
      ctx="And your postal address is still 16 Kissing Point Road, Dundas?"),
    N("The gate code changes on Monday, and the new hours are 6 a.m. to 10 p.m., seven days."),
    P("can you update the direct debit email it's shaz dot mcintyre77 at bigpond dot com",
      ("email", "shaz dot mcintyre77 at bigpond dot com")),
    N("I'll move you to the five by three, that's an extra $32 a week from the 1st of March, first month half price."),
    # travel insurance (UK, Nigerian caller)
    P("Welcome to Voyager Travel Insurance claims, my name is Akua, may I have your policy number?", ("name", "Akua")),
    N("Yes, the policy number is VTI-4471-2290-88."),
    P("Chukwuemeka Obi, but everybody calls me Emeka.", ("name", "Chukwuemeka Obi"), ("name", "Emeka"),
      ctx="Thank you. And the name of the policyholder?"),
    P("Okay Emeka, and your date of birth please.", ("name", "Emeka")),
    P("Fifteenth of August, 1968.", ("date_of_birth", "Fifteenth of August, 1968"), ctx="Okay Emeka, and your date of birth please."),
    N("Our flight BA 075 from Lagos on the 2nd of May was cancelled and we stayed three nights in the hotel, it cost 1,140 pounds."),
    N("Keep the receipts; claims under £2,000 are normally paid within ten working days."),
    P("Please pay it into my account, the IBAN is " + grp(EI2, [4] * 6) + ".", ("iban", grp(EI2, [4] * 6))),
    P("You can reach me on 0161 496 0732 in the evenings.", ("phone", "0161 496 0732")),
    P("Or by email, emeka.obi@obi-family.co.uk.", ("email", "emeka.obi@obi-family.co.uk")),
    # pharmacy prescriptions and delivery (US)
    N("Riverside Pharmacy on Jackson Street, how can I help you today?"),
    P("yeah hi um this is dolores kowalczyk i'm calling about my refill", ("name", "dolores kowalczyk")),
    P("Sure, can I verify your date of birth, Ms. Kowalczyk?", ("name", "Kowalczyk")),
    P("oh six nineteen fifty two", ("date_of_birth", "oh six nineteen fifty two"),
      ctx="Sure, can I verify your date of birth, Ms. Kowalczyk?"),
    N("Your lisinopril 10 milligram is ready, 90 tablets, copay is $7.50, and the next refill is due October 3rd."),
    P("Can you deliver it? I'm at 418 Maple Court, apartment 2B, Scranton.",
      ("address", "418 Maple Court, apartment 2B, Scranton")),
    N("Delivery is free on orders over $20 between 2 and 6 p.m., and your Rx number is 6120447."),
    P("The supplemental plan has me under my social, " + ES2 + ".", ("id", ES2)),
    P("The card on file expired, use this one, " + spoken(EC3, [4, 6, 5], "en") + ".", ("card", spoken(EC3, [4, 6, 5], "en"))),
]


ES6 = "348-71-2205"
assert ssn_ok(ES6)
EN += [
    # nursing-home admissions (Ireland)
    P("Hello, I'm ringing about a place for my mother, I'm her son, Declan Fitzgerald.", ("name", "Declan Fitzgerald")),
    N("We have a respite bed from the 3rd of November for two weeks, €1,350 a week, and the Fair Deal assessment takes about four weeks."),
    P("Her date of birth is the 2nd of February 1936 and she's in St Vincent's at the moment.",
      ("date_of_birth", "the 2nd of February 1936")),
    P("Could you post the forms to 22 Rathgar Avenue, Dublin 6, D06 X2K7?", ("address", "22 Rathgar Avenue, Dublin 6, D06 X2K7")),
    P("The fees would come out of her account, the IBAN is " + EI5 + ", it's in her name.", ("iban", EI5)),
    P("my email is d fitzgerald fifty eight at eircom dot net", ("email", "d fitzgerald fifty eight at eircom dot net")),
    N("Visiting is 10 till 8, there are 62 beds, and Sunday Mass is at 11 in the day room."),
    N("The GP visits Tuesdays and Fridays, and the chiropodist comes every six weeks, €30 a session."),
    P("My landline is 01 497 2288, or the mobile, 086 155 4302.", ("phone", "01 497 2288"), ("phone", "086 155 4302")),
    # tyre shop (Scotland)
    N("Four Michelin Primacy 4, 205/55 R16 91V, that's £96 each fitted, plus £2.50 disposal per tyre."),
    N("We've a slot Saturday at half nine, it takes about 40 minutes, and the order code is TY 550 812 7."),
    P("Aye, just put it on the debit card, " + EC4 + ".", ("card", EC4)),
    P("The name on it's Alasdair MacLeod.", ("name", "Alasdair MacLeod")),
    P("Send the receipt to ally.macleod@btinternet.com.", ("email", "ally.macleod@btinternet.com")),
    N("It's a 2019 Golf 1.5 TSI, and the mileage was 48,200 at the last MOT in March."),
    N("Tread on the back two is 2.1 millimetres, legal limit is 1.6, so you've maybe 3,000 miles left in them."),
    # yoga retreat (German caller, US retreat company)
    N("The seven-night retreat in Ubud runs from April 6 to April 13, $1,890 in a shared room, $2,450 private."),
    P("For the visa letter you need my birth date, it's 9-14-1990.", ("date_of_birth", "9-14-1990")),
    P("I'll pay by bank transfer from Germany, my IBAN is " + grp(EI4, [4] * 6) + ".", ("iban", grp(EI4, [4] * 6))),
    P("The other half comes from my partner's Dutch account, " + grp(EI8, [4] * 5) + ".", ("iban", grp(EI8, [4] * 5))),
    P("and the email is lena.hoffmann at web dot de", ("email", "lena.hoffmann at web dot de")),
    P("WhatsApp is best, plus four nine, one five one, two three four five, six seven eight nine.",
      ("phone", "plus four nine, one five one, two three four five, six seven eight nine")),
    P("Actually let me just pay by card, two two two four, one double oh, oh nine three seven, one five eight "
      + DIG["en"][int(EC6[-1])] + ".", ("card", "two two two four, one double oh, oh nine three seven, one five eight "
                                        + DIG["en"][int(EC6[-1])])),
    N("Morning practice is at 6:30, two 90-minute classes a day, and there are 12 spots left."),
    N("The airport transfer is 45 minutes and $35 each way; arrivals after 9 p.m. are $10 extra."),
    # watch repair (Wales)
    N("A full service on the Seamaster is £395, takes six to eight weeks, and comes with a 24-month warranty."),
    N("The calibre 2500 needs a new mainspring, part number 1120-4471, which is another £68."),
    P("The insurer wants my date of birth on the valuation, it's the 30th of the 6th, 85.",
      ("date_of_birth", "the 30th of the 6th, 85")),
    P("Can the courier collect it from me at 5 Windsor Terrace, Penarth, CF64 1AA?", ("address", "5 Windsor Terrace, Penarth, CF64 1AA")),
    P("It's oh seven nine one one, um, two three four, no sorry, two four three, six six one.",
      ("phone", "oh seven nine one one, um, two three four, no sorry, two four three, six six one"),
      ctx="And a mobile number for the courier?"),
    P("Pay the deposit on my Diners card, " + grp(EC7, [4, 6, 4]) + ".", ("card", grp(EC7, [4, 6, 4]))),
    P("If it's beyond repair refund me to " + EI3 + " please.", ("iban", EI3)),
    # student-loan servicer (US)
    P("Two one nine, forty, sixty-six thirty-one.", ("id", "Two one nine, forty, sixty-six thirty-one"),
      ctx="To verify the account I'll need your full Social Security number."),
    N("Your balance is $23,418.62, the next payment of $287 is due on the 15th, and the rate is 5.5 percent."),
    N("Recertification is due August 21st, 2025, and you've made 94 qualifying payments out of 120."),
    P("I wanna make a one-off payment with my card, " + grp(EC5, [4, 4, 4, 4], "-") + ".", ("card", grp(EC5, [4, 4, 4, 4], "-"))),
    # payroll (US)
    P("my social on the W-4 is wrong it should be 0 8 7 5 5 1 2 0 9 not 1 2 0 8", ("id", "0 8 7 5 5 1 2 0 9")),
    P("Also my wife's on the health plan, her social is " + ES5 + ".", ("id", ES5)),
    P("The direct deposit goes to my UK account now, " + grp(EI7, [4] * 6) + ".", ("iban", grp(EI7, [4] * 6))),
    N("You'll see it on the pay stub dated the 28th: 80 regular hours, 6.5 overtime, and $412.90 withheld."),
    # Umrah travel (Indian caller in Riyadh; refund for a Dubai booking)
    P("My iqama number is " + spoken(EQ1, [3, 3, 4], "en") + ".", ("id", spoken(EQ1, [3, 3, 4], "en"))),
    P("Refund the Dubai group booking to my Emirates NBD account, " + grp(EI6, [4] * 6) + ".", ("iban", grp(EI6, [4] * 6))),
    P("For the visa, the card is " + spoken(EC8, [4, 4, 4, 4], "en") + ".", ("card", spoken(EC8, [4, 4, 4, 4], "en"))),
    P("My Saudi number is oh five four, three eight one, two two nine oh.", ("phone", "oh five four, three eight one, two two nine oh")),
    N("The package is 14 nights, 9 in Makkah and 5 in Madinah, SAR 4,750 per person, departing 18 Sha'ban."),
    # medical tourism (Israeli caller)
    P("Yes, my Israeli ID number, teudat zehut, is " + grp(ET1, [3, 3, 3], "-") + ".", ("id", grp(ET1, [3, 3, 3], "-"))),
    P("And for the American insurer, my social is " + ES6 + ", I lived in Boston for years.", ("id", ES6)),
    N("The knee replacement package is €9,800 with 5 nights in hospital and 10 physiotherapy sessions."),
    P("Email the quote to noa underscore barak at walla dot co dot il", ("email", "noa underscore barak at walla dot co dot il")),
]


# ================================================================ Arabic
# sectors: zaffa troupe, palm nursery, pilgrims permit office, rooftop water
# pump, riad booking, spice shop, wedding sweets, water-tank cleaning, oud
# perfume, majlis upholstery, scholarship trust, Sadu weaving

AC1 = card("446404120078315")
AC2 = card("529741008833260")
AC3 = card("458765300129874")
AC4 = card("512345670981234")
AC5 = card("406136001845297")
AC6 = card("539983102277450")
AC7 = card("37620099415872")
AC8 = card("484783210665019")
AI1 = iban("SA", "80000000608010167519")
AI2 = iban("AE", "0260001015333439801")
AI3 = iban("EG", "0019000500000000263180002")
AI4 = iban("JO", "CBJO0010000000000131000302")
AI5 = iban("KW", "CBKU0000000000001234560101")
AI6 = iban("SA", "10000000178300491206")
AI7 = iban("QA", "QNBA000000000731245890012")
AI8 = iban("AE", "0350000000912044713")
AD1 = saudi("108734652")
AD2 = saudi("112045870")
AD3 = saudi("235190044")   # iqama
AD4 = saudi("246608713")   # iqama
AD5 = saudi("104552318")
AD6 = saudi("220917365")   # iqama
AD7 = saudi("113700928")
AD8 = saudi("109246651")

AR = []
AR += [
    # zaffa troupe (Egyptian)
    P("ألو، فرقة النجوم للزفة، معاكي كريم، أقدر أساعد حضرتك إزاي؟", ("name", "كريم")),
    P("أهلاً، أنا اسمي شيماء عبد الحميد، كنت عايزة أحجز زفة لفرح أخويا.", ("name", "شيماء عبد الحميد")),
    N("الفرح يوم الخميس ١٢ سبتمبر في قاعة الماسة بمدينة نصر، والزفة الساعة تسعة بالليل."),
    N("الباكدج الكبيرة بـ ١٨ ألف جنيه، فيها ٢٠ فرد وطبلة وتنورة ومزمار، والعربون ٣٠٪."),
    P("تمام يا مدام شيماء، ممكن رقم موبايل حضرتك؟", ("name", "شيماء")),
    P("زيرو واحد اتنين تمانية تسعة سبعة صفر اربعة اربعة تلاتة واحد",
      ("phone", "زيرو واحد اتنين تمانية تسعة سبعة صفر اربعة اربعة تلاتة واحد"),
      ctx="تمام يا مدام شيماء، ممكن رقم موبايل حضرتك؟"),
    P("والعربون هحوّله من حسابي في البنك الأهلي، الآيبان بتاعي " + AI3, ("iban", AI3)),
    N("رقم الحجز بتاعك ٤٧٠٣٢ وهتوصلك رسالة تأكيد خلال ساعة."),
    P("ابعتلي العقد على الإيميل shaimaa.hamid88@yahoo.com لو سمحت", ("email", "shaimaa.hamid88@yahoo.com")),
    P("العنوان عشان المندوب ييجي ياخد التوقيع: ٢٤ شارع الطيران، مدينة نصر، عمارة ٥، الدور التالت، شقة ١٢",
      ("address", "٢٤ شارع الطيران، مدينة نصر، عمارة ٥، الدور التالت، شقة ١٢")),
    # palm nursery (Saudi, Qassim)
    N("مشتل نخيل الوادي، هلا والله، تفضل"),
    P("هلا، معك أبو فهد، سليمان الحربي، أبي أطلب فسائل سكري.", ("name", "أبو فهد"), ("name", "سليمان الحربي")),
    N("الفسيلة السكري بـ ٣٥٠ ريال، والبرحي بـ ٢٨٠، والطلب فوق ٥٠ فسيلة ينزل ١٠٪."),
    N("نبي ٦٠ فسيلة، وتوصلنا يوم الأحد الجاي بعد صلاة العصر إن شاء الله."),
    P("ابشر يا أبو فهد، وش العنوان؟", ("name", "أبو فهد")),
    P("العنوان بريدة، حي الريان، شارع عثمان بن عفان، فيلا ١٧، جنب محطة الدريس",
      ("address", "بريدة، حي الريان، شارع عثمان بن عفان، فيلا ١٧")),
    P("رقمي صفر خمسة خمسة، ثلاثة واحد اثنين، سبعة ثمانية ستة صفر",
      ("phone", "صفر خمسة خمسة، ثلاثة واحد اثنين، سبعة ثمانية ستة صفر")),
    P("والسداد تحويل، هذا الآيبان " + grp(AI1, [4] * 6), ("iban", grp(AI1, [4] * 6))),
    P("وإذا تبي الهوية للفاتورة الضريبية، رقم الهوية " + indic(AD1), ("id", indic(AD1))),
    # pilgrims permit office (Jordan)
    N("مكتب تصاريح الحج، صباح الخير. التسجيل للموسم القادم يبدأ في الأول من شوال وينتهي في الخامس عشر منه."),
    P("صباح النور، معك خالد يوسف الزعبي، بدي أسأل عن تصريح لأمي.", ("name", "خالد يوسف الزعبي")),
    P("أهلاً أستاذ خالد، شو تاريخ ميلاد الوالدة؟", ("name", "خالد")),
    P("مواليد ١٩٥٦/٣/٤", ("date_of_birth", "١٩٥٦/٣/٤"), ctx="أهلاً أستاذ خالد، شو تاريخ ميلاد الوالدة؟"),
    N("الرسوم ٣٢٠٠ دينار للباقة الاقتصادية، والقرعة بتكون يوم ١٠ نيسان، وعدد المقاعد ٤٥٠٠."),
    P("رقم تلفوني صفر سبعة تسعة، خمسة ستة ثمانية، اثنين اثنين واحد أربعة",
      ("phone", "صفر سبعة تسعة، خمسة ستة ثمانية، اثنين اثنين واحد أربعة")),
    P("والاسترداد على حسابي في بنك القاهرة عمان " + AI4, ("iban", AI4)),
    N("رقم الطلب ٨٨١٢٠٤، راجعنا بعد أسبوعين، الدوام من الثامنة حتى الثالثة."),
    P("وعنوان السكن: عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة ٣٤، الطابق الثاني",
      ("address", "عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة ٣٤، الطابق الثاني")),
    # rooftop water pump (Egyptian)
    P("أيوه يا فندم، معاك مصطفى من خدمة عملاء مضخات النيل", ("name", "مصطفى")),
    P("السلام عليكم، أنا الحاج عبد الرحمن سيد، الموتور اللي فوق السطح بيفصل كل شوية", ("name", "عبد الرحمن سيد")),
    N("الموتور ده موديل NP-750 واحد حصان، والضمان سنتين من تاريخ الشراء ١٥ مارس ٢٠٢٣."),
    N("الزيارة بـ ٢٥٠ جنيه، ولو فيه قطعة غيار هتتحسب لوحدها، والفني هيجيلك يوم السبت من ١٠ لـ ٢."),
    P("تمام يا حاج عبد الرحمن، العنوان ايه؟", ("name", "عبد الرحمن")),
    P("شبرا الخيمة، ١٨ شارع احمد عرابي، جنب جامع النور، الدور الخامس",
      ("address", "شبرا الخيمة، ١٨ شارع احمد عرابي"), ("address", "الدور الخامس"),
      ctx="تمام يا حاج عبد الرحمن، العنوان ايه؟"),
    P("الموبايل ٠١١٤٥٢٢٣٨٠٩", ("phone", "٠١١٤٥٢٢٣٨٠٩")),
    P("وابني هيدفع بالفيزا، الرقم " + indic(grp(AC2, [4, 4, 4, 4])), ("card", indic(grp(AC2, [4, 4, 4, 4])))),
    N("كود الشكوى ٣٣٠٩١٧ وهيتقفل بعد ما الفني يكتب التقرير."),
]
LANGS["ar"] = lambda: AR


def ar_spoken(d, sizes, style="ar", gsep="، "):
    return gsep.join(words(g, style) for g in grp(d, sizes, "|").split("|"))


AR += [
    # riad booking (Moroccan Darija)
    P("ألو، رياض الياسمين، مرحبا، معاك سكينة", ("name", "سكينة")),
    P("السلام، أنا سميتي يوسف بنعلي، بغيت نحجز جوج بيوت لواحد الويكاند", ("name", "يوسف بنعلي")),
    N("الليلة ب ٩٠٠ درهم مع الفطور، والحمام التقليدي ب ٢٠٠ درهم للشخص."),
    N("من الجمعة ١٤ حتى الأحد ١٦ نونبر، جوج ليالي، ربعة ديال الناس."),
    P("مزيان سي يوسف، عطيني الإيميل ديالك", ("name", "يوسف")),
    P("youssef point benali arobase hotmail point fr", ("email", "youssef point benali arobase hotmail point fr"),
      ctx="مزيان سي يوسف، عطيني الإيميل ديالك"),
    P("والنمرة ديالي زيرو ستة، سبعين، واحد وعشرين، تمانية وتلاتين، خمسة وربعين",
      ("phone", "زيرو ستة، سبعين، واحد وعشرين، تمانية وتلاتين، خمسة وربعين")),
    P("ونخلص بالكارط، الرقم " + grp(AC3, [4, 4, 4, 4]), ("card", grp(AC3, [4, 4, 4, 4]))),
    N("الرياض فالمدينة القديمة، قريب لجامع الفنا، وغادي يتسناك واحد فباب دكالة الساعة ٣."),
    # spice shop (Levantine, Amman)
    N("عطارة الشام، أهلين، شو بتأمري؟"),
    P("مرحبا، أنا رهف، رهف القباني، بدي اطلب بهارات ومكدوس", ("name", "رهف"), ("name", "رهف القباني")),
    N("كيلو السماق بـ ٦ دنانير، والزعتر البلدي ٨، وكيس البهار المشكل ٢٥٠ غرام بدينارين ونص."),
    P("أكيد يا رهف، وين بدك ياهن يوصلوا؟", ("name", "رهف")),
    P("عمّان، عبدون، شارع القاهرة، بناية ٩، الطابق التالت، شقة ٤",
      ("address", "عمّان، عبدون، شارع القاهرة، بناية ٩، الطابق التالت، شقة ٤"),
      ctx="أكيد يا رهف، وين بدك ياهن يوصلوا؟"),
    P("ورقمي ٠٧٩ ٦١٢ ٤٤٠٨", ("phone", "٠٧٩ ٦١٢ ٤٤٠٨")),
    N("الطلبية بتوصل بكرة بين الساعة ١٢ و٣، ورقمها ٥٦١٩."),
    P("وابعتلي الفاتورة على rahaf_kabbani@gmail.com", ("email", "rahaf_kabbani@gmail.com")),
    N("عنا عرض هالأسبوع: ٣ كيلو قهوة بـ ٢٠ دينار، والهيل الأخضر نازل ١٥٪."),
    # wedding sweets (Lebanese)
    P("حلويات الأمراء، نهارك سعيد، معك طوني", ("name", "طوني")),
    P("بونجور، أنا ماريا حداد، بدي اطلب حلو للعرس", ("name", "ماريا حداد")),
    N("العرس بـ ٢٠ حزيران، ٣٥٠ معزوم، بدنا ٤٠ كيلو معمول وبقلاوة."),
    N("الكيلو بـ ١٢ دولار، والتوصيل على الصالة ببيروت ببلاش إذا الطلبية فوق الـ ٣٠٠ دولار."),
    P("تكرمي مدام ماريا، بدي رقم تلفونك", ("name", "ماريا")),
    P("سبعين، تلاتة وأربعين، ستة وخمسين، اتنين وعشرين", ("phone", "سبعين، تلاتة وأربعين، ستة وخمسين، اتنين وعشرين"),
      ctx="تكرمي مدام ماريا، بدي رقم تلفونك"),
    P("بدفع العربون بالبطاقة، " + ar_spoken(AC4, [4, 4, 4, 4]), ("card", ar_spoken(AC4, [4, 4, 4, 4]))),
    N("العربون ٢٥٪ والباقي يوم التسليم، ووصل الحجز رقمه ١١٧٢."),
    P("والإيميل maria.haddad at outlook dot com", ("email", "maria.haddad at outlook dot com")),
    # water-tank cleaning (UAE)
    P("مرحبا، شركة الخزان النظيف، معاج راشد", ("name", "راشد")),
    P("مرحبا، أنا مريم المهيري، أبغي أحجز تنظيف خزان الماي اللي فوق السطح", ("name", "مريم المهيري")),
    N("التنظيف والتعقيم بـ ٤٥٠ درهم للخزان الواحد لين ٥٠٠ جالون، ويستغرق ساعتين."),
    P("زين أختي مريم، وين البيت؟", ("name", "مريم")),
    P("العين، منطقة الجيمي، شارع ١٤، فيلا رقم ٢٣", ("address", "العين، منطقة الجيمي، شارع ١٤، فيلا رقم ٢٣"),
      ctx="زين أختي مريم، وين البيت؟"),
    P("رقمي ٠٥٠ ٧٧٣ ٢١٩٠ واتساب", ("phone", "٠٥٠ ٧٧٣ ٢١٩٠")),
    P("لو تكنسل الموعد المبلغ يرجع على حسابي " + grp(AI2, [4] * 6), ("iban", grp(AI2, [4] * 6))),
    N("الموعد يوم الثلاثاء الساعة ٩ الصبح، والفني بيتصل قبل بنص ساعة، ورقم الطلب WT-3381."),
    P("النظام يطلب تاريخ الميلاد؟ أوكي، ٣ ٧ ١٩٨٩", ("date_of_birth", "٣ ٧ ١٩٨٩")),
    # scholarship trust (MSA, Saudi)
    N("صندوق المنح الدراسية، السلام عليكم، آخر موعد للتقديم هو ٣٠ رجب، والمنحة تغطي ٧٥٪ من الرسوم."),
    P("وعليكم السلام، معك عبدالله بن ناصر القحطاني، أتقدم نيابة عن ابني.", ("name", "عبدالله بن ناصر القحطاني")),
    P("رقم هويتي الوطنية " + grp(AD2, [1, 3, 3, 3]), ("id", grp(AD2, [1, 3, 3, 3]))),
    P("وتاريخ ميلاد الطالب ١٤٢٨/٠٥/١٢ هـ", ("date_of_birth", "١٤٢٨/٠٥/١٢ هـ")),
    P("المكافأة تُحوّل على الآيبان " + AI6, ("iban", AI6)),
    P("والبريد الإلكتروني a.alqahtani1980 at gmail dot com", ("email", "a.alqahtani1980 at gmail dot com")),
    N("الطلب رقم ٢٠٢٥٠٤١٧ قيد المراجعة، والنتائج تعلن خلال ٦٠ يوماً من إغلاق التقديم."),
]


AR += [
    # oud perfume (Saudi, Riyadh)
    N("متجر دهن العود، التولة الكمبودي بـ ٤٨٠ ريال، والمروكي ١٢٠ ريال للـ ١٠٠ مل."),
    N("ابي اطلب تولتين كمبودي وعلبة بخور، والدفع مدى."),
    P("رقم البطاقة " + indic(grp(AC1[:8], [4, 4])) + " " + words(AC1[8:], "ar"),
      ("card", indic(grp(AC1[:8], [4, 4])) + " " + words(AC1[8:], "ar"))),
    P("التوصيل على الرياض، حي النرجس، شارع أبي بكر الصديق، بيت ٤٢، الرمز البريدي ١٣٣٢٧",
      ("address", "الرياض، حي النرجس، شارع أبي بكر الصديق، بيت ٤٢، الرمز البريدي ١٣٣٢٧")),
    N("الشحنة رقم ٧٧٤٠١٥٢٢ تطلع مع سمسا بكرة، وتوصل خلال ٢ إلى ٣ أيام عمل."),
    P("الإيميل nouf.d at icloud dot com", ("email", "nouf.d at icloud dot com")),
    N("الكوبون RAMADAN25 يعطيك خصم ٢٥٪ لين نهاية الشهر."),
    P("خمسة وعشرين عشرة ألف وتسعمية وخمسة وتسعين", ("date_of_birth", "خمسة وعشرين عشرة ألف وتسعمية وخمسة وتسعين"),
      ctx="برنامج الولاء يطلب تاريخ الميلاد، وش تاريخ ميلادك؟"),
    P("ولو رجعت الطلب، المبلغ يرجع على حسابي في الإمارات " + AI8, ("iban", AI8)),
    P("وللفاتورة رقم الهوية " + words(AD8, "ar"), ("id", words(AD8, "ar"))),
    # majlis upholstery (Kuwaiti)
    N("مفروشات الديرة، هلا فيك. تفصيل المجلس العربي المتر بـ ٣٥ دينار، والقماش من عندنا."),
    P("هلا، معاك بو ناصر، أبي مجلس كامل للديوانية", ("name", "بو ناصر")),
    N("طول الجلسة ١٢ متر، ويحتاج ٦ مساند و٤ مراكي، والتسليم بعد ٢١ يوم."),
    P("العنوان: الجهراء، قطعة ٤، شارع ٢٢، منزل ١٥", ("address", "الجهراء، قطعة ٤، شارع ٢٢، منزل ١٥")),
    P("تلفوني تسعة تسعة سبعة ستة، خمسة أربعة ثلاثة اثنين", ("phone", "تسعة تسعة سبعة ستة، خمسة أربعة ثلاثة اثنين")),
    P("أحوّل لكم العربون من حسابي في بيتك، الآيبان " + AI5, ("iban", AI5)),
    N("العربون ٣٠٠ دينار، والباقي بعد التركيب، والفاتورة رقم ١٠٤٥."),
    P("ولو تبي بطاقة ائتمان، " + grp(AC7, [4, 6, 5]), ("card", grp(AC7, [4, 6, 5]))),
    # Sadu weaving course (Kuwait, Qatari participant)
    N("بيت السدو، دورة النسيج تبدأ ٥ فبراير، ٨ حصص، كل أحد وأربعاء من ٤ إلى ٦، والرسوم ٦٠ دينار."),
    P("أنا شيخة من قطر، وتاريخ ميلادي ١٢/١١/٢٠٠١ إذا تحتاجونه للتسجيل", ("name", "شيخة"),
      ("date_of_birth", "١٢/١١/٢٠٠١")),
    P("والرسوم أدفعها بالبطاقة " + grp(AC8, [4, 4, 4, 4], "-"), ("card", grp(AC8, [4, 4, 4, 4], "-"))),
    P("ويرجع المبلغ لو انلغت الدورة على " + grp(AI7, [4] * 7), ("iban", grp(AI7, [4] * 7))),
    P("رقمي القطري +974 5512 8830", ("phone", "+974 5512 8830")),
    N("المواد كلها مشمولة: صوف ضأن، ١٥ لون، ونول صغير تاخذينه معك."),
    # vehicle inspection (Saudi)
    N("الفحص الفني الدوري، الموعد المتاح يوم الاثنين ١٠:٣٠ في محطة الشفا، والرسوم ٢٠٠ ريال شاملة الضريبة."),
    P("رقم الإقامة " + indic(grp(AD3, [4, 3, 3])), ("id", indic(grp(AD3, [4, 3, 3])))),
    P("لا لحظة، غلطت، هذي إقامة السواق. هويتي أنا " + ar_spoken(AD5, [1, 3, 3, 3]),
      ("id", ar_spoken(AD5, [1, 3, 3, 3]))),
    P("والاستمارة باسم أخوي، رقم هويته " + AD7, ("id", AD7)),
    N("السيارة كامري موديل ٢٠١٨، وآخر فحص كان في ٢٠٢٣/٠٩/١٤، والعداد ١٨٧ ألف كيلو."),
    P("رقم جوالي ٠٥٦٦٢١٤٣٠٧", ("phone", "٠٥٦٦٢١٤٣٠٧")),
    P("والدفع بمدى " + AC5, ("card", AC5)),
    P("أنا السواق، رقم إقامتي " + ar_spoken(AD4, [2, 4, 4]), ("id", ar_spoken(AD4, [2, 4, 4]))),
    P("مواليد ٢٢ شوال ١٤١٠", ("date_of_birth", "٢٢ شوال ١٤١٠"), ctx="وتاريخ ميلادك؟"),
    P("وإقامة زميلي " + indic(AD6) + " نفس الكفيل", ("id", indic(AD6))),
    # mobile-money wallet (Egyptian)
    N("محفظة كاش، الحد الأقصى للتحويل اليومي ٦٠ ألف جنيه، والرسوم ١٪ بحد أقصى ١٥ جنيه."),
    P("أنا اسمي محمود ابراهيم، والمحفظة على رقم ٠١٠٠٤٥٦٧٨٢١", ("name", "محمود ابراهيم"), ("phone", "٠١٠٠٤٥٦٧٨٢١")),
    P("اتناشر فبراير تسعة وتمانين", ("date_of_birth", "اتناشر فبراير تسعة وتمانين"), ctx="تاريخ ميلاد حضرتك إيه؟"),
    N("آخر عملية كانت يوم ٣ الشهر ده، تحويل ٢٥٠٠ جنيه، ورقم العملية ٩٩٠٢٣٤٥٦."),
    P("حوّلها على الكارت بتاعي " + grp(AC6, [4, 4, 4, 4]), ("card", grp(AC6, [4, 4, 4, 4]))),
    P("وابعتلي الإيصال على m.ibrahim_eg at yahoo dot com", ("email", "m.ibrahim_eg at yahoo dot com")),
    N("الخدمة متاحة ٢٤ ساعة، وكود الشكوى بتاعك ٤٤١٨٢ هيتحل خلال ٧٢ ساعة."),
]


# ================================================================ Hebrew
# sectors: sukkah builder, safe-room contractor, reserve-duty compensation,
# sofer STaM, synagogue seats, mikveh, psychology clinic, speech therapist,
# pergola builder, National Insurance disability, swimming pool, orthopaedic
# insoles, tutoring

def he_spoken(d, sizes, style="he_f", gsep=", "):
    return gsep.join(words(g, style) for g in grp(d, sizes, "|").split("|"))


HC1 = card("458003112479650")
HC2 = card("532611009847213")
HC3 = card("450618377201944")
HC4 = card("37551044298103")
HC5 = card("522200194836608")
HC6 = card("491761120058372")
HC7 = card("541333007625149")
HC8 = card("401288890112033")
HI1 = iban("IL", "0108000000099999999")
HI2 = iban("IL", "0126010000004387215")
HI3 = iban("FR", "30004008150001234567843")
HI4 = iban("IL", "0204680000000512377")
HI5 = iban("IL", "0317700000004410263")
HI6 = iban("IL", "0096150000000938114")
HI7 = iban("GB", "HBUK40127641258830")
HI8 = iban("IL", "0522040000000071590")
HT1 = tz("03815264")
HT2 = tz("20417735")
HT3 = tz("31126059")
HT4 = tz("05574218")
HT5 = tz("34209871")
HT6 = tz("02938847")
HT7 = tz("31798402")
HT8 = tz("20866130")

HE = []
HE += [
    # sukkah builder
    P("סוכות הצפון שלום, מדברת שירן, איך אפשר לעזור?", ("name", "שירן")),
    P("היי, שמי אביחי רוזנטל, אני רוצה להזמין סוכה לחג", ("name", "אביחי רוזנטל")),
    N("סוכה של שלוש על ארבע עולה 2,350 ש״ח כולל סכך, וההתקנה עד יום רביעי לפני החג."),
    P("רחוב הגפן 12, קומה שלישית, דירה 7, רמת גן, זה במרפסת", ("address", "רחוב הגפן 12, קומה שלישית, דירה 7, רמת גן"),
      ctx="מה הכתובת להתקנה?"),
    P("הטלפון שלי אפס חמש ארבע, שש שתיים שלוש, תשע אפס אפס שמונה",
      ("phone", "אפס חמש ארבע, שש שתיים שלוש, תשע אפס אפס שמונה")),
    N("ההזמנה מספר 40518, והמתקין יגיע בין שמונה לשתים עשרה."),
    P("תודה אביחי, אפשר מספר כרטיס?", ("name", "אביחי")),
    P(grp(HC1, [4] * 4) + " תוקף 08/27", ("card", grp(HC1, [4] * 4)), ctx="תודה אביחי, אפשר מספר כרטיס?"),
    N("ביטול עד 48 שעות לפני ההתקנה בלי עלות, אחרי זה 30 אחוז."),
    # safe-room contractor (Arab citizen agent)
    N("ממ\"ד של 12 מטר לפי תקן פיקוד העורף, זמן ביצוע כארבעה חודשים, והמחיר מתחיל ב-180 אלף."),
    P("שלום, אני עאמר חליחל מהקבלן, חזרתי אלייך לגבי ההצעה", ("name", "עאמר חליחל")),
    P("כן, מדברת רותם בן עמי", ("name", "רותם בן עמי")),
    P("הכתובת של הבית זה שדרות ההגנה 44, חדרה", ("address", "שדרות ההגנה 44, חדרה")),
    N("ההיתר יצא ב-3 בינואר, והתשלום הראשון של 20% נדרש עם תחילת העבודות."),
    P("תשלחו לי את החוזה למייל rotem.benami שטרודל gmail נקודה com",
      ("email", "rotem.benami שטרודל gmail נקודה com")),
    P("את ההחזר של הפיקדון לחשבון " + HI1, ("iban", HI1)),
    P("ותעודת הזהות שלי לחוזה, " + HT1, ("id", HT1)),
    # reserve-duty compensation
    N("מוקד תגמולי מילואים, שלום. התגמול מחושב לפי 30 ימי שירות, והתשלום יוצא ב-15 לחודש."),
    P("אהלן, זה עידו, עידו פרץ, יש לי בעיה עם התגמול של אוקטובר", ("name", "עידו"), ("name", "עידו פרץ")),
    P(he_spoken(HT2, [3, 3, 3]), ("id", he_spoken(HT2, [3, 3, 3])), ctx="מספר תעודת זהות בבקשה"),
    P("שלושה עשר בספטמבר תשעים ושבע", ("date_of_birth", "שלושה עשר בספטמבר תשעים ושבע"), ctx="ותאריך לידה?"),
    N("היו לך 47 ימי מילואים השנה, ומגיע לך מענק של 2,900 ש״ח בנוסף."),
    P("תעבירו לחשבון " + grp(HI2, [4] * 6), ("iban", grp(HI2, [4] * 6))),
    P("נייד 052-7714390", ("phone", "052-7714390")),
    N("פנייה מספר 1180422 נפתחה, תקבל עדכון תוך 14 ימי עסקים."),
    # sofer STaM (French immigrant)
    N("בית הסופר, מזוזה כשרה למהדרין 10 ס״מ עולה 350 ש״ח, ותפילין מ-3,800."),
    P("בונז'ור, כלומר שלום, אני יעל אזולאי, עלינו מפריז לפני שנה", ("name", "יעל אזולאי")),
    P("המייל שלי yael.azoulay@free.fr", ("email", "yael.azoulay@free.fr")),
    P("אפשר לשלם מהחשבון הצרפתי? " + grp(HI3, [4] * 7), ("iban", grp(HI3, [4] * 7))),
    P("תשלחו את המזוזות לרחוב ז'בוטינסקי 8, דירה 15, נתניה", ("address", "רחוב ז'בוטינסקי 8, דירה 15, נתניה")),
    P("הטלפון הצרפתי שלי עוד פעיל, +33 6 12 48 77 90", ("phone", "+33 6 12 48 77 90")),
    N("בדיקת מזוזות ב-40 ש״ח ליחידה, ומוכן תוך שבוע, כלומר עד יום חמישי."),
    # synagogue seats (Anglo immigrant)
    N("בית הכנסת אהל משה, מקומות לימים הנוראים: 600 ש״ח לגבר ו-450 בעזרת נשים."),
    P("Hi, sorry my Hebrew, אני שמואל, Shmuel Goldberg, רוצה שני מקומות", ("name", "שמואל"), ("name", "Shmuel Goldberg")),
    P("אני אקריא, " + he_spoken(HC2, [4] * 4), ("card", he_spoken(HC2, [4] * 4)), ctx="מספר כרטיס אשראי?"),
    P("והמייל זה shmuel dot goldberg at gmail dot com", ("email", "shmuel dot goldberg at gmail dot com")),
    N("שורה 7, מקומות 12 ו-13, ליד ארון הקודש, והתפילה מתחילה ב-7:30."),
    P("the refund, to my UK account please, " + grp(HI7, [4] * 6), ("iban", grp(HI7, [4] * 6))),
]
LANGS["he"] = lambda: HE


HE += [
    # mikveh
    N("מקווה נשים שכונת רמות, השעות בחורף מ-18:00 עד 22:30, והזמנה מראש בעלות 60 ש״ח."),
    P("שלום, מדברת חיה שטרן, אני רוצה לקבוע תור ליום שלישי", ("name", "חיה שטרן")),
    N("יש מקום בשמונה ועשרים או בתשע וחמישה, חדר 4 עם אמבטיה."),
    P("זה 02-5823146", ("phone", "02-5823146"), ctx="אפשר מספר טלפון לאישור?"),
    N("תודה, נשלח לך הודעה יום לפני, ואם יש שינוי תתקשרי עד 12 בצהריים."),
    # psychology clinic (Russian immigrant)
    N("מרפאת נפש, טיפול פרטני של 50 דקות עולה 450 ש״ח, והחזר מקופת החולים עד 70%."),
    P("שלום, קוראים לי ולנטינה, ולנטינה קוגן, אני רוצה תור לבת שלי", ("name", "ולנטינה"), ("name", "ולנטינה קוגן")),
    P("עשרים ושתיים בעשירי אלפיים ותשע", ("date_of_birth", "עשרים ושתיים בעשירי אלפיים ותשע"), ctx="מה תאריך הלידה של הבת?"),
    P("תעודת זהות שלה " + grp(HT3, [3, 3, 3], "-"), ("id", grp(HT3, [3, 3, 3], "-"))),
    P("והטלפון שלי אפס חמש שלוש, שבע אחת אחת, ארבע שש שמונה שתיים",
      ("phone", "אפס חמש שלוש, שבע אחת אחת, ארבע שש שמונה שתיים")),
    N("הפגישה הראשונה ביום ראשון ה-9 בפברואר בשעה 16:00 אצל הפסיכולוגית בחדר 3."),
    P("הכתובת לקבלות: רחוב הרצל 101, דירה 9, באר שבע", ("address", "רחוב הרצל 101, דירה 9, באר שבע")),
    P(grp(HC3, [4] * 4, "-"), ("card", grp(HC3, [4] * 4, "-")), ctx="מספר כרטיס אשראי, בבקשה"),
    # speech therapist (Ethiopian immigrant parent)
    N("קלינאית תקשורת, שלום. אבחון ראשוני 380 ש״ח, ואחר כך מפגשים של 45 דקות פעם בשבוע."),
    P("שלום, אני אבבה טגניה, הבן שלי בן ארבע ועדיין לא מדבר טוב", ("name", "אבבה טגניה")),
    P("אבבה, אפשר לאיית את שם המשפחה?", ("name", "אבבה")),
    P("ט, ג, נ, י, ה. טגניה.", ("name", "ט, ג, נ, י, ה. טגניה"), ctx="אבבה, אפשר לאיית את שם המשפחה?"),
    P("הוא נולד באחד באפריל אלפיים עשרים ואחת", ("date_of_birth", "אחד באפריל אלפיים עשרים ואחת")),
    P("תעודת זהות של הילד " + HT8, ("id", HT8)),
    P("אפס חמש אפס, שבע שבע שלוש, אחת אחת תשע אפס", ("phone", "אפס חמש אפס, שבע שבע שלוש, אחת אחת תשע אפס"),
      ctx="ומספר טלפון?"),
    P("אנחנו גרים בקריית מלאכי, רחוב הנשיא 23, קומה 1", ("address", "קריית מלאכי, רחוב הנשיא 23, קומה 1")),
    N("מכבי מכסה 12 טיפולים בשנה, ואחרי זה 95 ש״ח השתתפות עצמית לטיפול."),
    P("אני משלם בכרטיס, " + HC8, ("card", HC8)),
    # pergola builder (lower case, no punctuation)
    N("פרגולה מאלומיניום 4 על 5 מטר עם הצללה עולה בסביבות 14 אלף כולל התקנה"),
    P("כן אהלן מדבר משה דהן מפרגולות השרון", ("name", "משה דהן")),
    P("כן אהלן זה אורטל מרמת השרון לגבי ההצעה", ("name", "אורטל")),
    P("הכתובת סוקולוב 17 רמת השרון בית פרטי", ("address", "סוקולוב 17 רמת השרון")),
    P("תשלח הצעה למייל ortal underscore m שטרודל walla נקודה co נקודה il",
      ("email", "ortal underscore m שטרודל walla נקודה co נקודה il")),
    N("התקנה ביום שני 22 ליולי בשמונה בבוקר שלושה עובדים בערך חמש שעות"),
    P("המקדמה בכרטיס אמריקן אקספרס " + grp(HC4, [4, 6, 5]), ("card", grp(HC4, [4, 6, 5]))),
    P("ותז שלי לחשבונית " + he_spoken(HT4, [2, 3, 4], "he_f", " "), ("id", he_spoken(HT4, [2, 3, 4], "he_f", " "))),
    # National Insurance disability (Arab citizen)
    N("ביטוח לאומי שלום, קצבת נכות כללית משולמת עד ה-28 לכל חודש, והוועדה הרפואית נקבעה ל-14 במרץ."),
    P("שלום, אני מוחמד אבו ריא מסכנין, הגשתי תביעה לפני חודשיים", ("name", "מוחמד אבו ריא")),
    P("מוחמד, מה מספר תעודת הזהות?", ("name", "מוחמד")),
    P(" ".join(HT5), ("id", " ".join(HT5)), ctx="מוחמד, מה מספר תעודת הזהות?"),
    P("תאריך לידה 05.11.1971", ("date_of_birth", "05.11.1971")),
    P("הכתובת שלנו סכנין, שכונה 4, רחוב אל-סלאם 9", ("address", "סכנין, שכונה 4, רחוב אל-סלאם 9")),
    P("והחשבון לקצבה " + HI4, ("iban", HI4)),
    N("מספר התביעה 557103/24, ואחוזי הנכות הזמניים 40 אחוז עד סוף השנה."),
    P("טלפון 04-6746921", ("phone", "04-6746921")),
    # swimming pool
    N("בריכת העמק, מנוי שנתי למשפחה 3,400 ש״ח, ולילד נוסף 600, הבריכה פתוחה מ-6 עד 21."),
    P("היי, קוראים לי נועה, נועה ברק, אני רוצה לחדש מנוי", ("name", "נועה"), ("name", "נועה ברק")),
    P("שש בשישי תשעים", ("date_of_birth", "שש בשישי תשעים"), ctx="תאריך לידה שלך?"),
    P("מייל noa.barak90@gmail.com", ("email", "noa.barak90@gmail.com")),
    P("תעודת זהות להנחת תושב " + HT7, ("id", HT7)),
    P("הכרטיס חמש שתיים שתיים שתיים, " + grp(HC5[4:], [4, 4, 4], ", "),
      ("card", "חמש שתיים שתיים שתיים, " + grp(HC5[4:], [4, 4, 4], ", "))),
    P("ואם מבטלים, ההחזר לחשבון " + grp(HI6, [4] * 6), ("iban", grp(HI6, [4] * 6))),
    N("חוג שחייה לילדים בימי שני ורביעי ב-17:15, 12 מפגשים ב-720 ש״ח."),
    # orthopaedic insoles (older Russian immigrant)
    N("מדרסים בהתאמה אישית 950 ש״ח לזוג, הכנה 10 ימי עבודה, וזוג שני ב-50% הנחה."),
    P("שלום, מדבר בוריס, בוריס ליברמן, אני מזמין מדרסים", ("name", "בוריס"), ("name", "בוריס ליברמן")),
    P("תאריך לידה עשרים ושלושה במאי אלף תשע מאות חמישים ושמונה",
      ("date_of_birth", "עשרים ושלושה במאי אלף תשע מאות חמישים ושמונה")),
    P("תעודת זהות " + grp(HT6, [3, 3, 3]), ("id", grp(HT6, [3, 3, 3]))),
    P("אני גר ברחוב הנביאים 31, דירה 4, חיפה", ("address", "רחוב הנביאים 31, דירה 4, חיפה")),
    P("טלפון בבית אפס ארבע, שמונה שלוש אחת, שבע שתיים שש אפס", ("phone", "אפס ארבע, שמונה שלוש אחת, שבע שתיים שש אפס")),
    P("הכרטיס שלי " + HC6, ("card", HC6)),
    P("ואם צריך להחזיר כסף, חשבון " + HI8, ("iban", HI8)),
    # tutoring
    N("שיעור פרטי במתמטיקה לחמש יחידות 180 ש״ח לשעה, חבילה של 10 שיעורים ב-1,650."),
    P("שלום, שמי דנה וייס, אני מחפשת מורה לבן שלי לבגרות", ("name", "דנה וייס")),
    P("מייל dana.weiss שטרודל hotmail נקודה com", ("email", "dana.weiss שטרודל hotmail נקודה com")),
    P("הנייד שלי +972 54 318 2207", ("phone", "+972 54 318 2207")),
    P("אני אשלם מהחשבון " + grp(HI5, [4] * 6), ("iban", grp(HI5, [4] * 6))),
    P("או בכרטיס, " + grp(HC7, [4] * 4), ("card", grp(HC7, [4] * 4))),
    N("הבגרות ב-5 ביוני, נשארו 9 שבועות, אז נתחיל ביום ראשון הקרוב ב-19:00 בזום."),
]


HE += [
    # more lines from the same calls
    N("אממ רגע, אני בודקת... כן, החיוב האחרון היה ב-12 במרץ על סך 450 ש״ח, קבלה מספר 7731."),
    N("הסוכה נשארת עד מוצאי החג, ואנחנו מפרקים ביום ראשון ה-20 בין 9 ל-11."),
    N("הפגישה הבאה נקבעה ל-3 במאי בשעה 17:30, וזה המפגש השישי מתוך 12 שאושרו."),
    N("המנוי בתוקף עד 31 בדצמבר, ושעות הנשים בימי שלישי וחמישי מ-20:00 עד 22:00."),
    N("הקבלן מגיע ביום חמישי עם מנוף, הבטון צריך 28 ימים להתייבש, וזה דוח מספר 30417."),
    N("קופת חולים כללית אישרה 6 טיפולים, ההתחייבות מספר 88120 בתוקף שלושה חודשים."),
    N("הזמנה של 2 זוגות מדרסים, מידה 43, מוכן ב-14 בחודש, לאסוף מהסניף ברחוב הרצל בחיפה."),
    N("סך הכל 1,900 ש״ח לתשלום בשלושה תשלומים של 633 ש״ח, הראשון ב-10 לחודש."),
    N("התגמול של נובמבר, 4,312 ש״ח, נכנס ב-15 בדצמבר, ועדיין חסרים 6 ימים מינואר."),
    N("המזוזה של הכניסה 12 ס״מ, ושתי מזוזות של 10 ס״מ לחדרים, סך הכל 1,050 ש״ח."),
    N("השיעור בזום, הלינק נשלח 10 דקות לפני, ומחיר החבילה תקף עד סוף אפריל."),
    N("ועדה רפואית ביום רביעי 14.3 בשעה 10:40 בסניף נצרת, קומה 2, חדר 211."),
    P("אה וגם תאריך הלידה שלו, שלושה במרץ אלפיים ושש", ("date_of_birth", "שלושה במרץ אלפיים ושש"),
      ctx="צריך גם את תאריך הלידה של הבן לטופס הבגרות"),
    P("ט״ו בשבט תשמ״ז, כלומר 14 בפברואר 87", ("date_of_birth", "ט״ו בשבט תשמ״ז, כלומר 14 בפברואר 87"),
      ctx="ותאריך לידה של המבוטחת?"),
    P("המייל של הבעל, avi underscore stern שטרודל netvision נקודה net נקודה il",
      ("email", "avi underscore stern שטרודל netvision נקודה net נקודה il")),
    P("תכתבי באנגלית, b o r i s l i b at mail dot ru",
      ("email", "b o r i s l i b at mail dot ru")),
    P("ואם לא עונים, הטלפון של אשתי אפס חמש שתיים, שלוש ארבע ארבע, שבע אחת שש אחת",
      ("phone", "אפס חמש שתיים, שלוש ארבע ארבע, שבע אחת שש אחת")),
    P("לא, סליחה, עברנו. הכתובת החדשה זה רחוב יפו 210, כניסה ב', דירה 31, ירושלים",
      ("address", "רחוב יפו 210, כניסה ב', דירה 31, ירושלים")),
    N("הקו פתוח בימים א׳-ה׳ מ-8 עד 17, ובשישי עד 12."),
]


# ================================================================ Greek
# sectors: taverna, sailing school, thermal spa, olive-oil mill, yacht
# charter, painter-decorator, physiotherapy, sewing-machine repair,
# wedding-dress rental, tennis club, rent tribunal, taxi booking

def el_spoken(d, sizes, gsep=", "):
    return gsep.join(words(g, "el") for g in grp(d, sizes, "|").split("|"))


GC1 = card("476173900012834")
GC2 = card("516732108846291")
GC3 = card("455701662039187")
GC4 = card("37144963539842")
GC5 = card("402400718832650")
GC6 = card("530125990274418")
GC7 = card("492150063317704")
GC8 = card("676770045512930")   # Maestro, 16 digits
GI1 = iban("GR", "01101250000000012300695")
GI2 = iban("GR", "01720290005029071234567")
GI3 = iban("CY", "002001280000001200527600")
GI4 = iban("GR", "02601340000890201139285")
GI5 = iban("CY", "005003530000000007731045")
GI6 = iban("GR", "01408320000320002004812")
GI7 = iban("DE", "500105175407324931")
GI8 = iban("GR", "01107440000074447031220")
GA1 = afm("04768231")
GA2 = afm("13592047")
GA3 = afm("06621845")
GA4 = afm("12470398")
GA5 = afm("08834516")
GA6 = afm("15903772")
GA7 = afm("04219960")
GA8 = afm("16624083")

EL = []
EL += [
    # taverna
    N("Ταβέρνα Ο Μπάρμπα Γιάννης, καλησπέρα. Για Σάββατο βράδυ έχουμε τραπέζι για 8 άτομα στις 21:30."),
    P("Καλησπέρα, με λένε Σταυρούλα Κατσαρού, θέλω να κλείσω για τη βάφτιση του ανιψιού μου.", ("name", "Σταυρούλα Κατσαρού")),
    N("Το μενού για 40 άτομα είναι 28 ευρώ το άτομο, με κρασί χύμα και γλυκό, προκαταβολή 200 ευρώ."),
    P("Μάλιστα κυρία Κατσαρού, ένα κινητό;", ("name", "Κατσαρού")),
    P("έξι εννιά επτά, τέσσερα πέντε, εξήντα εφτά, τριάντα ένα, μηδέν οχτώ",
      ("phone", "έξι εννιά επτά, τέσσερα πέντε, εξήντα εφτά, τριάντα ένα, μηδέν οχτώ"), ctx="Μάλιστα κυρία Κατσαρού, ένα κινητό;"),
    P("Την προκαταβολή με κάρτα, " + grp(GC1, [4] * 4), ("card", grp(GC1, [4] * 4))),
    N("Είναι η Κυριακή 14 Σεπτεμβρίου, στη Νέα Σμύρνη, δίπλα στην πλατεία, κοντά στο Άλσος."),
    # sailing school
    N("Σχολή Ιστιοπλοΐας Αιγαίου, το καλοκαιρινό τμήμα ξεκινά 1η Ιουλίου, 10 μαθήματα, 320 ευρώ."),
    P("Γεια σας, λέγομαι Άρης, Αριστείδης Μαυρίδης, για τον γιο μου.", ("name", "Άρης"), ("name", "Αριστείδης Μαυρίδης")),
    P("Γεννήθηκε στις δώδεκα Απριλίου του δύο χιλιάδες δώδεκα", ("date_of_birth", "δώδεκα Απριλίου του δύο χιλιάδες δώδεκα")),
    P("Το email μου είναι aris κάτω παύλα mavridis παπάκι yahoo τελεία gr",
      ("email", "aris κάτω παύλα mavridis παπάκι yahoo τελεία gr")),
    P("Μένουμε στη Βουλιαγμένη, Λεωφόρος Ποσειδώνος 58, τρίτος όροφος.",
      ("address", "Βουλιαγμένη, Λεωφόρος Ποσειδώνος 58, τρίτος όροφος")),
    N("Τα σκάφη είναι Optimist και Laser, και φτάνουν στη μαρίνα στις 9:00 κάθε Δευτέρα, Τετάρτη και Παρασκευή."),
    P("Το ΑΦΜ για την απόδειξη, " + GA1, ("id", GA1)),
    # thermal spa (older caller)
    N("Ιαματικά Λουτρά Λουτρακίου, καλημέρα. Η θεραπεία 15 λουτρών κοστίζει 150 ευρώ, και με παραπεμπτικό είναι 30."),
    P("Καλημέρα παιδί μου, εγώ είμαι η κυρία Ευανθία, η Ευανθία Ρηγοπούλου από τον Άργος.", ("name", "Ευανθία"),
      ("name", "Ευανθία Ρηγοπούλου")),
    P("Ημερομηνία γέννησης, κυρία Ρηγοπούλου;", ("name", "Ρηγοπούλου")),
    P("εεε δεκαοχτώ του δεκέμβρη, χίλια εννιακόσια σαράντα εννιά", ("date_of_birth", "δεκαοχτώ του δεκέμβρη, χίλια εννιακόσια σαράντα εννιά"),
      ctx="Ημερομηνία γέννησης, κυρία Ρηγοπούλου;"),
    P("Το σπίτι μου; Κορίνθου 17, Άργος, δύο ένα, δύο μηδέν μηδέν.",
      ("address", "Κορίνθου 17, Άργος, δύο ένα, δύο μηδέν μηδέν"), ctx="Και η διεύθυνσή σας για την κάρτα;"),
    P("Τηλέφωνο σπιτιού είκοσι εφτά πενήντα ένα, εξήντα εφτά, μηδέν τέσσερα, δεκαπέντε",
      ("phone", "είκοσι εφτά πενήντα ένα, εξήντα εφτά, μηδέν τέσσερα, δεκαπέντε")),
    N("Το δωμάτιο στο ξενοδοχείο είναι το 214, και το λεωφορείο φεύγει από το Μοναστηράκι στις 7:45."),
    P("Το ΑΦΜ μου, μισό να βρω τα γυαλιά μου... " + el_spoken(GA2, [3, 3, 3]), ("id", el_spoken(GA2, [3, 3, 3]))),
    # olive-oil mill (Cretan farmer)
    N("Ελαιοτριβείο Αγίου Νικολάου, φέτος η ελαιοποίηση είναι 9 λεπτά το κιλό, και βγάλαμε 18% απόδοση."),
    P("Καλώς τον, εδώ Μανόλης Τζανακάκης από τα Σπήλια, για τις 40 τσουβάλες.", ("name", "Μανόλης Τζανακάκης")),
    P("Θα πάρω τα λεφτά στον λογαριασμό, το IBAN είναι " + grp(GI1, [4] * 7), ("iban", grp(GI1, [4] * 7))),
    P("Και το ΑΦΜ " + grp(GA3, [3, 3, 3], "."), ("id", grp(GA3, [3, 3, 3], "."))),
    N("Ζυγίσαμε 2.340 κιλά ελιές στις 12 Νοεμβρίου, το δελτίο είναι το 00571."),
    P("Το κινητό μου ογδόντα εννιά... όχι, συγγνώμη, έξι εννιά ογδόντα εννιά, δώδεκα, σαράντα, εβδομήντα τρία",
      ("phone", "έξι εννιά ογδόντα εννιά, δώδεκα, σαράντα, εβδομήντα τρία")),
    # yacht charter (Cypriot broker, German client)
    N("Το Lagoon 42 είναι 5.800 ευρώ την εβδομάδα τον Ιούνιο, με skipper 1.400, και η καύσιμη ύλη εκτός."),
    P("Γεια σας, είμαι η Χριστιάνα από τη Λεμεσό, η broker.", ("name", "Χριστιάνα")),
    P("Hello, yes, my name is Jörg Baumann, Γιοργκ, με γερμανικό ο.", ("name", "Jörg Baumann"), ("name", "Γιοργκ")),
    P("Η προκαταβολή θα έρθει από τον γερμανικό λογαριασμό, " + grp(GI7, [4] * 6), ("iban", grp(GI7, [4] * 6))),
    P("Το email μου είναι joerg.baumann@t-online.de", ("email", "joerg.baumann@t-online.de")),
    P("τηλέφωνο συν τρία πέντε εφτά, ενενήντα εννιά, τετρακόσια δώδεκα, οχτακόσια τριάντα",
      ("phone", "συν τρία πέντε εφτά, ενενήντα εννιά, τετρακόσια δώδεκα, οχτακόσια τριάντα")),
    N("Επιβίβαση στη μαρίνα της Λεμεσού το Σάββατο στις 17:00, επιστροφή Σάββατο 9:00."),
    P("Κάρτα; Ναι, " + grp(GC4, [4, 6, 5]), ("card", grp(GC4, [4, 6, 5]))),
    # painter-decorator
    N("Για βάψιμο 90 τετραγωνικών με δύο χέρια πλαστικό, 1.100 ευρώ με τα υλικά, σε 4 μέρες."),
    P("ναι γεια σας ο Θοδωρής είμαι ο ελαιοχρωματιστής, για το ραντεβού της Πέμπτης", ("name", "Θοδωρής")),
    P("Α ναι, εγώ είμαι η Ντίνα, Κωνσταντίνα Λαμπράκη.", ("name", "Ντίνα"), ("name", "Κωνσταντίνα Λαμπράκη")),
    P("Η διεύθυνση είναι Ερμού 34, Χαλάνδρι, δεύτερος όροφος, κουδούνι Λαμπράκη.",
      ("address", "Ερμού 34, Χαλάνδρι, δεύτερος όροφος")),
    N("Το χρώμα είναι Vivechrom 765, λευκό σπασμένο, 12 λίτρα, και το ταβάνι σε ματ."),
    P("Την προκαταβολή θα τη στείλω από τον λογαριασμό μου, " + GI2, ("iban", GI2)),
]
LANGS["el"] = lambda: EL


EL += [
    # physiotherapy (Thessaloniki)
    N("Φυσικοθεραπευτήριο Κίνηση, 10 συνεδρίες με παραπεμπτικό ΕΟΠΥΥ, συμμετοχή 15%, δηλαδή 2,25 ευρώ η συνεδρία."),
    P("Καλημέρα, είμαι ο Παναγιώτης Χατζηγεωργίου, ο Πάνος, χτύπησα τον ώμο στο γήπεδο.", ("name", "Παναγιώτης Χατζηγεωργίου"),
      ("name", "Πάνος")),
    P("Ημερομηνία γέννησης 07/02/1994", ("date_of_birth", "07/02/1994")),
    P("Και ΑΦΜ για το τιμολόγιο " + el_spoken(GA4, [2, 2, 2, 3], " "), ("id", el_spoken(GA4, [2, 2, 2, 3], " "))),
    P("μένω στην Καλαμαριά, Αγίου Δημητρίου 45, 551 33", ("address", "Καλαμαριά, Αγίου Δημητρίου 45, 551 33")),
    P("το κινητό είναι 6944 518 273", ("phone", "6944 518 273")),
    N("Το ραντεβού είναι Τρίτη 18 Μαρτίου στις 18:15, στο 2ο ιατρείο, και κρατάει 45 λεπτά."),
    P("panos.chatzi94@gmail.com, Πάνος με latin, chatzi με c h", ("email", "panos.chatzi94@gmail.com"), ctx="Ένα email για την υπενθύμιση;"),
    # sewing-machine repair (older woman, Piraeus)
    N("Η Singer 4423 θέλει καινούργια μπομπίνα και ρύθμιση, 45 ευρώ, έτοιμη σε 5 εργάσιμες."),
    P("Ναι, η Φωτεινή είμαι, Φωτεινή Σκορδά, από τον Πειραιά.", ("name", "Φωτεινή"), ("name", "Φωτεινή Σκορδά")),
    P("Πού να έρθει ο κούριερ να την πάρει, κυρία Φωτεινή;", ("name", "Φωτεινή")),
    P("Ηρώων Πολυτεχνείου 102, Πειραιάς, πέμπτος όροφος, διαμέρισμα 12", ("address", "Ηρώων Πολυτεχνείου 102, Πειραιάς, πέμπτος όροφος, διαμέρισμα 12"),
      ctx="Πού να έρθει ο κούριερ να την πάρει, κυρία Φωτεινή;"),
    P("Σταθερό, δύο ένα μηδέν, τετρακόσια δώδεκα, τριάντα τέσσερα, πενήντα έξι",
      ("phone", "δύο ένα μηδέν, τετρακόσια δώδεκα, τριάντα τέσσερα, πενήντα έξι")),
    N("Ο αριθμός παραγγελίας είναι 55812, και η εγγύηση της επισκευής είναι 6 μήνες."),
    P("Θα πληρώσω με την κάρτα, " + el_spoken(GC5, [4, 4, 4, 4]), ("card", el_spoken(GC5, [4, 4, 4, 4]))),
    # wedding-dress rental (Cyprus)
    N("Το νυφικό Pronovias μέγεθος 38 νοικιάζεται 650 ευρώ για τρεις μέρες, με εγγύηση 300."),
    P("Γεια σου, εν η Ελένη Χαραλάμπους, για το νυφικό που είδαμε την Πέμπτη.", ("name", "Ελένη Χαραλάμπους")),
    P("Ο γάμος εν τζιαι 7 Ιουνίου στη Λάρνακα, στον Άγιο Λάζαρο, στις 4 το απόγευμα."),
    P("Η διεύθυνση για την παράδοση, Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 12, διαμέρισμα 302, Λεμεσός 3030",
      ("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 12, διαμέρισμα 302, Λεμεσός 3030")),
    P("Το κινητό μου εννιά εννιά, εξήντα τέσσερα, δεκαεννιά, πενήντα δύο",
      ("phone", "εννιά εννιά, εξήντα τέσσερα, δεκαεννιά, πενήντα δύο")),
    P("Την εγγύηση θα την επιστρέψετε στο " + grp(GI3, [4] * 7), ("iban", grp(GI3, [4] * 7))),
    P("eleni.charalambous at cytanet dot com dot cy", ("email", "eleni.charalambous at cytanet dot com dot cy"), ctx="Και email;"),
    P("Και για το συμβόλαιο η ημερομηνία γέννησης, 3 Αυγούστου 1996", ("date_of_birth", "3 Αυγούστου 1996")),
    P(grp(GC6, [4] * 4, "-"), ("card", grp(GC6, [4] * 4, "-")), ctx="Η κάρτα για την εγγύηση;"),
    # tennis club
    N("Όμιλος Αντισφαίρισης, η ετήσια συνδρομή είναι 380 ευρώ, και το γήπεδο 12 ευρώ την ώρα με φώτα."),
    P("Γεια σας, λέγομαι Μυρτώ Αναστασίου, θέλω να γράψω και τα δύο παιδιά.", ("name", "Μυρτώ Αναστασίου")),
    P("Ο μικρός γεννήθηκε εικοσιπέντε Ιανουαρίου του δεκαπέντε", ("date_of_birth", "εικοσιπέντε Ιανουαρίου του δεκαπέντε")),
    P("myrto τελεία anastasiou παπάκι hotmail τελεία com", ("email", "myrto τελεία anastasiou παπάκι hotmail τελεία com"),
      ctx="Ένα email για τα προγράμματα, κυρία Αναστασίου;"),
    P("Θα πληρώσω με χρεωστική, " + GC7, ("card", GC7)),
    P("Το ΑΦΜ μου " + grp(GA5, [3, 3, 3]), ("id", grp(GA5, [3, 3, 3]))),
    N("Τα τμήματα για παιδιά είναι Τρίτη και Πέμπτη 17:00-18:30, γήπεδα 3 και 4, και το τουρνουά στις 21 Μαΐου."),
    # rent tribunal / tenant dispute
    N("Η αίτηση κατατέθηκε στις 3 Φεβρουαρίου, αριθμός κατάθεσης 1148/2025, και η δικάσιμος ορίστηκε 12 Ιουνίου."),
    P("Ονομάζομαι Δημοσθένης Καραγιάννης, είμαι ο ενοικιαστής.", ("name", "Δημοσθένης Καραγιάννης")),
    P("Το ΑΦΜ μου είναι " + GA6, ("id", GA6)),
    P("Το σπίτι είναι στην Πατησίων 210, Κυψέλη, τέταρτος όροφος, ΤΚ 112 56",
      ("address", "Πατησίων 210, Κυψέλη, τέταρτος όροφος, ΤΚ 112 56")),
    N("Το ενοίκιο είναι 420 ευρώ, χρωστάω δύο μήνες, και το συμβόλαιο είναι τριετές από το 2022."),
    P("Τα παράβολα πληρώθηκαν από τον λογαριασμό " + GI4, ("iban", GI4)),
    P("dim.karagiannis@otenet.gr", ("email", "dim.karagiannis@otenet.gr"), ctx="Ένα email για τις ειδοποιήσεις;"),
    # taxi booking
    N("Ραδιοταξί, καλησπέρα. Για αεροδρόμιο η κούρσα είναι 40 ευρώ σταθερή μέρα, 55 νύχτα."),
    P("Καλησπέρα, στο όνομα Γεωργία Μπαλτά, θέλω ταξί για αύριο στις 5:15.", ("name", "Γεωργία Μπαλτά")),
    P("Να έρθει στην Αγίας Παρασκευής 9, Βύρωνας, η είσοδος από πίσω.", ("address", "Αγίας Παρασκευής 9, Βύρωνας"),
      ctx="Από ποια διεύθυνση να σας πάρουμε;"),
    P("Πτήση A3 602 για Βρυξέλλες στις 7:40, έχω δύο βαλίτσες."),
    P("Το κινητό μου, εξήντα εννιά εβδομήντα, μηδέν έντεκα, είκοσι τρία, ογδόντα",
      ("phone", "εξήντα εννιά εβδομήντα, μηδέν έντεκα, είκοσι τρία, ογδόντα")),
    P("Θα πληρώσω με κάρτα στο αυτοκίνητο, αλλά κρατήστε την, " + grp(GC2, [4] * 4), ("card", grp(GC2, [4] * 4))),
]


EL += [
    # more lines from the same calls
    P("Για την κράτηση της ταβέρνας, την προκαταβολή θα τη στείλει ο αδερφός μου από την Κύπρο, " + GI5, ("iban", GI5)),
    P("Επίσης για το τιμολόγιο του φυσικοθεραπευτηρίου, το ΑΦΜ της γυναίκας μου, " + " ".join(GA7), ("id", " ".join(GA7))),
    P("Ναι, ΑΦΜ, εννιάψηφο... " + grp(GA8, [4, 5]), ("id", grp(GA8, [4, 5])), ctx="Μου λέτε το ΑΦΜ του ιδιοκτήτη του σκάφους;"),
    P("Η Maestro μου είναι " + grp(GC8, [4] * 4), ("card", grp(GC8, [4] * 4))),
    P("εεε τέσσερα πέντε πέντε εφτά, μηδέν ένα έξι έξι, " + grp(GC3[8:], [4, 4], ", "),
      ("card", "τέσσερα πέντε πέντε εφτά, μηδέν ένα έξι έξι, " + grp(GC3[8:], [4, 4], ", ")), ctx="Τον αριθμό της κάρτας, παρακαλώ;"),
    P("Την επιστροφή της εγγύησης στο IBAN " + grp(GI6, [4] * 7) + ", Πειραιώς.", ("iban", grp(GI6, [4] * 7))),
    P("Όχι, λάθος, το σωστό IBAN είναι " + GI8, ("iban", GI8)),
    P("Γεννήθηκα στις 30 Οκτωβρίου 1961, στη Λάρισα.", ("date_of_birth", "30 Οκτωβρίου 1961")),
    P("είκοσι δύο του έξι του ογδόντα οχτώ", ("date_of_birth", "είκοσι δύο του έξι του ογδόντα οχτώ"), ctx="Ημερομηνία γέννησης του κατόχου;"),
    P("Η ημερομηνία γέννησης του μεγάλου είναι 11.09.2011", ("date_of_birth", "11.09.2011")),
    P("το μέιλ μου είναι stella κάτω παύλα 1982 παπάκι gmail τελεία com",
      ("email", "stella κάτω παύλα 1982 παπάκι gmail τελεία com")),
    P("γράψτε κ, ο, σ, τ, α, ς, τελεία, β, παπάκι, in τελεία gr", ("email", "κ, ο, σ, τ, α, ς, τελεία, β, παπάκι, in τελεία gr"),
      ctx="Το email σας κύριε Κώστα;"),
    P("Το σταθερό στη Λευκωσία, δύο δύο, τριακόσια σαράντα πέντε, εξακόσια εβδομήντα οχτώ",
      ("phone", "δύο δύο, τριακόσια σαράντα πέντε, εξακόσια εβδομήντα οχτώ")),
    P("ή στο +30 2310 845 772", ("phone", "+30 2310 845 772")),
    P("Μένω στην οδό Τσιμισκή 88, Θεσσαλονίκη, 546 22, έκτος όροφος.", ("address", "Τσιμισκή 88, Θεσσαλονίκη, 546 22, έκτος όροφος")),
    N("Η χρέωση των 150 ευρώ έγινε στις 4 Απριλίου, ο αριθμός απόδειξης είναι 33018."),
    N("Το ελαιόλαδο θα είναι έτοιμο σε 10 μέρες, 420 κιλά σε δοχεία των 17 λίτρων, 7,50 το κιλό."),
    N("Έχουμε διαθεσιμότητα την Παρασκευή 23 Μαΐου στις 10:30 ή το Σάββατο στις 12:00."),
    N("Η εταιρεία είναι η Captain Nemo Charters, το σκάφος είναι 12 μέτρα με 4 καμπίνες."),
    N("Οι τιμές ισχύουν μέχρι 31 Δεκεμβρίου, με έκπτωση 10% για πληρωμή τοις μετρητοίς."),
    N("Θα σας στείλουμε SMS με τον κωδικό κράτησης TX-4471 δέκα λεπτά πριν φτάσει το ταξί."),
    N("Η συνεδρία ακυρώνεται χωρίς χρέωση μέχρι 24 ώρες πριν, αλλιώς χρεώνεται 25 ευρώ."),
    N("μισό λεπτό να δω το σύστημα... ναι, έχετε 3 συνεδρίες ακόμα, η τελευταία λήγει 30 Ιουνίου"),
    N("Τα λουτρά είναι ανοιχτά από 1η Απριλίου έως 30 Νοεμβρίου, 8:00-13:00 και 17:00-20:00."),
    N("Το ράψιμο του στριφώματος είναι 15 ευρώ και το φερμουάρ 12, έτοιμα την Τρίτη."),
    N("Στην Αγίου Νικολάου, στο ύψος του περιπτέρου, θα δείτε το συνεργείο μας, δίπλα στη Vodafone."),
    N("Ο Άγιος Δημήτριος είναι 26 Οκτωβρίου, οπότε εκείνη την εβδομάδα είμαστε κλειστά."),
    N("Δύο μερίδες παϊδάκια, μία χωριάτικη και ένα κιλό κρασί, σύνολο 48 ευρώ."),
    N("Το πρόστιμο είναι 180 ευρώ αν πληρωθεί εντός 10 ημερών, αλλιώς 360."),
    N("Η επόμενη εκπαίδευση ιστιοπλοΐας για ενήλικες ξεκινά 15 Σεπτεμβρίου, 8 Σαββατοκύριακα, 590 ευρώ."),
    N("Η κράτηση ισχύει για 12 άτομα, 2 παιδικές καρέκλες, και πάρκινγκ για 4 αυτοκίνητα."),
    N("Η ομάδα βετεράνων παίζει κάθε Κυριακή στις 10:00, κόστος 5 ευρώ το άτομο."),
    N("Είναι 15 χρόνια εγγύηση στο χρώμα, αλλά για την υγρασία στο μπάνιο θέλει μονωτικό, άλλα 80 ευρώ."),
    N("Η ταρίφα από το Σύνταγμα μέχρι τον Πειραιά είναι γύρω στα 18 ευρώ, χωρίς κίνηση κάπου 25 λεπτά."),
]


# ==== MAIN ====

def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind24")
    os.makedirs(outdir, exist_ok=True)
    for lang, fn in LANGS.items():
        rows = build(fn())
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", empty, "spans", sum(counts.values()),
              dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
