#!/usr/bin/env python3
"""Blind evaluation set "blind54" for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief: it never opened,
listed or read the redactor, its rules, its tests or any other evaluation set or
generator. Every line is invented; check-digit values (cards, IBANs, national IDs)
are computed below and asserted.

Sectors (education, childcare and youth services) are listed in SECTORS below.

Output: data/redaction/blind54/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive);
context (optional, not scored) is an earlier line of the same call.
Items with empty spans are non-personal and must come out unchanged.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "redaction", "blind54")

# ---------------------------------------------------------------- check digits
def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0

def luhn(prefix):
    """Complete prefix with its Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError

IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "MA": 28, "LB": 28, "KW": 30, "QA": 29, "BH": 22}

def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1

def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s

def grouped(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))

def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 if i % 2 == 0 else 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0

def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError

def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])

def afm(prefix8):
    for c in "0123456789":
        if afm_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError

def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)

def saudi(prefix9):
    r = luhn(prefix9)
    assert saudi_ok(r)
    return r

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and n != "0000"

# ---------------------------------------------------------------- number words
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = [None, None, "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    if n < 100:
        return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])
    return EN_D[n // 100] + " hundred" + ("" if n % 100 == 0 else " and " + en_num(n % 100))

def en_say(digits, oh=False, sep=" "):
    return sep.join(("oh" if (c == "0" and oh) else EN_D[int(c)]) for c in digits if c.isdigit())

AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_TEEN = ["عشرة", "احدعش", "اثنعش", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
AR_TENS = [None, None, "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]

def ar_num(n):
    if n < 10:
        return AR_D[n]
    if n < 20:
        return AR_TEEN[n - 10]
    if n % 10 == 0:
        return AR_TENS[n // 10]
    return AR_D[n % 10] + " و" + AR_TENS[n // 10]

def ar_say(digits, sep=" "):
    return sep.join(AR_D[int(c)] for c in digits if c.isdigit())

AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
def ar_indic(s):
    return s.translate(AR_INDIC)

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = [None, None, "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]

def he_num(n):
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEEN[n - 10]
    if n % 10 == 0:
        return HE_TENS[n // 10]
    return HE_TENS[n // 10] + " ו" + HE_F[n % 10]

def he_say(digits, masc=False, sep=" "):
    t = HE_M if masc else HE_F
    return sep.join(t[int(c)] for c in digits if c.isdigit())

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split()
EL_TENS = [None, None, "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]
EL_HUN = [None, "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια", "εφτακόσια", "οχτακόσια", "εννιακόσια"]

def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    if n < 100:
        return EL_TENS[n // 10] + ("" if n % 10 == 0 else " " + EL_D[n % 10])
    h = EL_HUN[n // 100]
    if n % 100 == 0:
        return h
    return ("εκατόν" if n // 100 == 1 else h) + " " + el_num(n % 100)

def el_say(digits, sep=" "):
    return sep.join(EL_D[int(c)] for c in digits if c.isdigit())

def en_spell(s):
    """Spell letters and digits one by one, as a caller reads a code out."""
    return " ".join(EN_D[int(c)] if c.isdigit() else c.upper() for c in s if c != " ")

def pairs(fn, digits, zero_word):
    """Say digits in pairs ("forty-two"), a pair with a leading zero as zero + digit."""
    out = []
    for i in range(0, len(digits), 2):
        p = digits[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(" ".join(zero_word if c == "0" else fn(int(c)) for c in p))
        else:
            out.append(fn(int(p)))
    return " ".join(out)

# ---------------------------------------------------------------- building
LANGS = {}
SECTORS = {}

def build(items):
    lines = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            i = -1
            for _ in range(nth + 1):
                i = text.find(sub, i + 1)
                assert i >= 0, (sub, text)
            b0 = len(text[:i].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            check_value(kind, sub)
            out.append({"kind": kind, "start": b0, "end": b1})
        out.sort(key=lambda s: s["start"])
        for a, b in zip(out, out[1:]):
            assert a["end"] <= b["start"], ("overlap", text)
        if not spans:
            check_clean(text)
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines

def check_value(kind, sub):
    """Where a span is written in digits, its check digit must hold."""
    t = sub.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    if re.search(r"[^\d \-/.,:()+A-Za-z]", t) or re.search(r"[a-z]", t):
        return  # spoken or mixed form: built from checked values above
    d = re.sub(r"\D", "", t)
    if kind == "card" and 13 <= len(d) <= 19:
        assert luhn_ok(d), sub
    if kind == "iban" and re.match(r"[A-Z]{2}\d", t):
        assert iban_ok(re.sub(r"[^A-Z0-9]", "", t)), sub
    if kind == "id" and len(d) in (9, 10):
        assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d), sub

def check_clean(text):
    """Long digit runs in a non-personal item must fail the card / IBAN / ID checks."""
    t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for m in re.finditer(r"\d[\d \-.]{7,}\d", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid in clean item", text)
        if len(d) == 9:
            assert not (tz_ok(d) or afm_ok(d)), ("id-valid in clean item", text)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("saudi-valid in clean item", text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", t):
        assert not iban_ok(m.group().strip()), ("iban-valid in clean item", text)

# ================================================================ English
SECTORS["en"] = [
    "au pair agency (Dublin host families)", "abacus mental-arithmetic centre for children",
    "educational psychologist (gifted / dyslexia assessments)", "school-trip tour operator (history battlefields trips)",
    "Model United Nations youth conference registration", "gap-year volunteering programme for school leavers",
    "children's competitive robotics league (LEGO)", "baby signing classes", "night-nanny / maternity-nurse agency",
    "high-school exchange year (host families)", "teen debating and public-speaking academy", "forest-school outdoor nursery",
]
EC = [luhn("453291870064512"), luhn("522190347718203"), luhn("37165409823114"), luhn("601100874452310"),
      luhn("491761203358874"), luhn("535522018846179"), luhn("456735000912843"), luhn("400012349876")]
assert [len(c) for c in EC] == [16, 16, 15, 16, 16, 16, 16, 13]
EI = [iban("GB", "NWBK20931574839201"), iban("IE", "AIBK93115212345678"), iban("GB", "BARC20714583726194"),
      iban("IE", "BOFI90001776543210"), iban("DE", "370400440532013742"), iban("AE", "0330000019100358227"),
      iban("GB", "LOYD30962287341506"), iban("IE", "IPBS99063140278811")]
ESSN = ["412-53-8806", "631 24 7709", "287-65-4413", "145-32-9087", "503-18-6624", "362-90-1157"]
assert all(ssn_ok(s) for s in ESSN)
E_IQ = saudi("234718290")
E_TZ = tz("31482907")

EN = []
add = EN.append
# --- call 1: au pair agency, Irish host mother, agent Aoife
add(("Good morning, Little Harbour Au Pairs, you're speaking with Aoife, how can I help?", [("name", "Aoife")]))
add(("Hiya, it's Siobhán Kelleher here, we spoke last week about the Spanish girl.", [("name", "Siobhán Kelleher")]))
add(("Ah yes, of course. So she arrives on the 2nd of September, flight EI 593 from Madrid, lands at ten past four.", []))
add(("grand and the pocket money is it still 120 a week for 30 hours", []))
add(("It is, 120 euro for up to thirty hours, plus her own room and the Leap card, so that's about 60 a month on top.", []))
add(("Yeah it's 14 Larkfield Grove, Terenure, Dublin 6W, D6W FX82.", [("address", "14 Larkfield Grove, Terenure, Dublin 6W, D6W FX82")], "Can I just get the eircode and address for the placement file?"))
add(("No, new phone, it's oh eight seven, two one nine, four four seven oh.", [("phone", "oh eight seven, two one nine, four four seven oh")], "And the best number for you, is it still the 087 one?"))
add(("The agency fee is 650 and we take it by direct debit, could you give me the IBAN?", []))
add(("Sure, " + grouped(EI[1]) + ".", [("iban", grouped(EI[1]))]))
add(("So that's IE " + EI[1][2:4] + ", A I B K, " + " ".join(grouped(EI[1][8:], 4).split()) + ", thanks.", [("iban", "IE " + EI[1][2:4] + ", A I B K, " + " ".join(grouped(EI[1][8:], 4).split()))]))
add(("shiv dot kelleher at eircom dot net", [("email", "shiv dot kelleher at eircom dot net")], "And an email for the contract, please."))
add(("Garda vetting for the au pair takes about four to six weeks, so we'll have it back around the 20th of October.", []))
# --- call 2: abacus centre, Indian parent in Leicester
add(("Hello, Bright Beads Abacus Academy, Leicester branch, good afternoon.", []))
add(("Hello madam, good afternoon, myself Venkatesh Raman, my daughter is in level two, Saturday batch.", [("name", "Venkatesh Raman")]))
add(("Yes Mr Raman, level two Saturday is the 10:30 batch, eleven children, we finish the level in twelve weeks.", [("name", "Raman")]))
add(("she has to write the grading exam on 8th March no, and the fee is 45 pounds?", []))
add(("The grading is £45 and the monthly fee stays at £68, the new abacus kit with the 17 rods is £12.50.", []))
add(("Her date of birth is the twenty-third of July, 2016.", [("date_of_birth", "the twenty-third of July, 2016")], "For the exam registration I need her date of birth as well."))
add(("Twenty-third July sixteen, perfect. And the card for the £45?", [("date_of_birth", "Twenty-third July sixteen")]))
add(("It is " + en_say(EC[0][:4]) + ", " + en_say(EC[0][4:8]) + ", " + en_say(EC[0][8:12]) + ", " + en_say(EC[0][12:]) + ", expiry oh nine twenty-seven.",
     [("card", en_say(EC[0][:4]) + ", " + en_say(EC[0][4:8]) + ", " + en_say(EC[0][8:12]) + ", " + en_say(EC[0][12:]))]))
add(("My mobile number you can note down, plus nine one nine eight four five oh, one two three seven seven, I am in India till the 5th.",
     [("phone", "plus nine one nine eight four five oh, one two three seven seven")]))
add(("We came from Riyadh last year, so for the transfer certificate they want my iqama also, it is " + " ".join(E_IQ[i:i+2] for i in range(0,10,2)) + ".", [("id", " ".join(E_IQ[i:i+2] for i in range(0,10,2)))]))
add(("Children do 200 sums in eight minutes at level two, by level six it's 300 in five minutes.", []))
add(("Also my wife's email, priya.raman84@gmail.com, you can put both.", [("email", "priya.raman84@gmail.com")]))
# --- call 3: educational psychologist, US
add(("Thank you for calling Cedar Ridge Learning Evaluations, this is Marisol, how may I help you?", [("name", "Marisol")]))
add(("Hey, my name is Darnell Price, I'm calling about getting my son tested for the gifted program.", [("name", "Darnell Price")]))
add(("Sure, Mr. Price. The full psychoeducational evaluation is $2,400, the WISC-V alone is $850, and most insurance plans cover zero of it, sadly.", [("name", "Price")]))
add(("The district deadline is November 15th, and testing takes two mornings, 8 to 12.", []))
add(("uh his birthday is um may fourth twenty fifteen", [("date_of_birth", "may fourth twenty fifteen")], "And what's your son's date of birth?"))
add(("For the superbill we need the policyholder's social, that's you?", []))
add(("Yeah, it's " + ESSN[0] + ".", [("id", ESSN[0])], "For the superbill we need the policyholder's social, that's you?"))
add(("Four one two, fifty-three, eighty-eight oh six, got it. Does your son have his own social for the claim?", [("id", "Four one two, fifty-three, eighty-eight oh six")]))
add(("Yeah, his is three six two nine oh one one five seven.", [("id", "three six two nine oh one one five seven")], "Does your son have his own social for the claim?"))
add(("2218 Maple Hollow Drive, Plano, Texas, 75093.", [("address", "2218 Maple Hollow Drive, Plano, Texas, 75093")], "And the mailing address for the report?"))
add(("Best callback is six one seven, two eight four, thirty-three ninety-one, that's my cell.", [("phone", "six one seven, two eight four, thirty-three ninety-one")]))
add(("We scored him at the 98th percentile last spring on the CogAT, 132 composite.", []))
add(("Your appointment is Tuesday the 21st at 8 AM in suite 410, and we take a $300 deposit.", []))
add(("I'll put the deposit on my Amex, " + EC[2][:4] + " " + EC[2][4:10] + " " + EC[2][10:] + ".", [("card", EC[2][:4] + " " + EC[2][4:10] + " " + EC[2][10:])]))
# --- call 4: school-trip tour operator, UK teacher
add(("Morning, Frontline Heritage School Tours, Callum speaking.", [("name", "Callum")]))
add(("Oh hi, it's Mrs Adebayo, head of history at St Aidan's, we've got the Ypres trip booked.", [("name", "Adebayo")]))
add(("Lovely, yes, booking FHT-24-0817, 42 students and 5 staff, coach from school at 5:45 on Thursday 13 March, back Sunday evening.", []))
add(("It's £389 per pupil, the deposit of £75 was due on the 1st of December, and the balance is due 31 January.", []))
add(("The Menin Gate ceremony is every night at 8 pm, and Tyne Cot is about 20 minutes from the hostel.", []))
add(("For the group leader form, could I take your full name and date of birth?", []))
add(("Yes, Folasade Adebayo, and I was born on the 11th of April 1983.", [("name", "Folasade Adebayo"), ("date_of_birth", "the 11th of April 1983")], "For the group leader form, could I take your full name and date of birth?"))
add(("and the school will pay the balance by bank transfer, 16,334 pounds, ref ypres twenty-five", []))
add(("Our sort code is 20-71-45 and the account is 83726194, we're Barclays, wait, do you need the IBAN? It's " + grouped(EI[2]) + ".", [("iban", grouped(EI[2]))]))
add(("Brilliant, thank you. There are 24 twin rooms, 4 triples, and two singles for staff.", []))
add(("Emergency contact on the trip will be my mobile, 07700 900461.", [("phone", "07700 900461")]))
# --- call 5: Model UN registration, Nigerian student
add(("Good afternoon, Lagos Youth Model United Nations secretariat, how may I help you?", []))
add(("Good afternoon ma. I am Chukwuemeka Nwosu, a delegate from Corona Secondary School, Agbara.", [("name", "Chukwuemeka Nwosu")]))
add(("You're welcome. The conference runs from 24 to 27 July, registration is fifteen thousand naira per delegate, and we have 19 committees.", []))
add(("Please what is your email so I send the position paper?", []))
add(("It's chidi dot nwosu at gmail dot com, c h i d i.", [("email", "chidi dot nwosu at gmail dot com")], "Please what is your email so I send the position paper?"))
add(("My number is plus two three four, eight oh three, five five one, two oh eight seven.", [("phone", "plus two three four, eight oh three, five five one, two oh eight seven")]))
add(("The delegate fee covers lunch on three days, 2 coffee breaks a day, and the closing ceremony at the Eko Hotel, hall C.", []))
add(("and my date of birth is 9th of February 2009 ma", [("date_of_birth", "9th of February 2009")], "For the under-18 consent form we need your date of birth."))
# --- call 6: gap-year programme, Australian school leaver
add(("G'day, Southern Cross Gap Year, how can I help?", []))
add(("hey yeah it's brodie here brodie walsh i applied for the nepal placement", [("name", "brodie walsh")]))
add(("No worries Brodie. The Nepal teaching placement is 12 weeks from 3 February, program fee's $6,950 and flights are extra, about $1,400 return.", [("name", "Brodie")]))
add(("Yeah, twenty-ninth of January, two thousand and seven.", [("date_of_birth", "twenty-ninth of January, two thousand and seven")], "Can you confirm your date of birth, you have to be 18 by the start date."))
add(("Unit 4, 61 Coogee Bay Road, Randwick, New South Wales 2031.", [("address", "Unit 4, 61 Coogee Bay Road, Randwick, New South Wales 2031")], "And your home address for the visa letter?"))
add(("Mobile's oh four one two, seven three eight, nine oh five.", [("phone", "oh four one two, seven three eight, nine oh five")]))
add(("email's brodie dot walsh at bigpond dot com", [("email", "brodie dot walsh at bigpond dot com")], "And what's the best email for you?"))
add(("If it gets cancelled the refund goes to Dad's account, he's in Dubai, " + grouped(EI[5]) + ".", [("iban", grouped(EI[5]))]))
add(("Deposit's $500 and it's non-refundable after 60 days, the rest is in three instalments of $2,150.", []))
add(("I'll pay the deposit with Mum's card, hang on, it's five two two one, nine oh three four, seven seven one eight, two oh three " + en_say(EC[1][15]) + ".",
     [("card", "five two two one, nine oh three four, seven seven one eight, two oh three " + en_say(EC[1][15]))]))
# --- call 7: children's robotics league, US
add(("Hi, thanks for calling the Tri-County FIRST LEGO League office, this is Kyle.", [("name", "Kyle")]))
add(("Hi, this is Jennifer Kowalski, I coach team 40712, the Gear Gremlins.", [("name", "Jennifer Kowalski")]))
add(("Hey Coach Kowalski! So the qualifier is Saturday, January 18th at Lincoln Middle School, check-in at 7:30, and robot game rounds start at 9.", [("name", "Kowalski")]))
add(("We've got 10 kids, the max is ten, right? And the Spike Prime set 45678 plus the expansion 45681?", []))
add(("Right, ten per team. The season registration is $325 and the Challenge kit is another $90.", []))
add(("It's six three one, two four, seven seven oh nine.", [("id", "six three one, two four, seven seven oh nine")], "For the background check on coaches we need your social security number."))
add(("Six three one, two four, seven seven zero nine, perfect. And the $325, what card?", [("id", "Six three one, two four, seven seven zero nine")]))
add(("Use the booster club Visa, " + en_say(EC[4]) + ".", [("card", en_say(EC[4]))], "And the $325, what card?"))
add(("jen underscore kowalski seventy-seven at aol dot com", [("email", "jen underscore kowalski seventy-seven at aol dot com")], "What email should the results go to?"))
add(("The state championship is February 22nd, top 12 teams advance, and it's 2 hours away in Lansing.", []))
add(("And my co-coach wants to be on the list too, he's at (313) 555-0148.", [("phone", "(313) 555-0148")]))
# --- call 8: baby signing classes, UK
add(("Tiny Hands Baby Signing, how can I help?", []))
add(("Oh hi, yeah, um, my name's Gemma, Gemma Hargreaves, I want to book the Tuesday class in Harrogate.", [("name", "Gemma"), ("name", "Gemma Hargreaves")]))
add(("Lovely. Tuesday at 9:45 in the church hall on Station Parade, it's a six week block for £54, babies from six months.", []))
add(("she was born 03/11/2023 so she's just over a year", [("date_of_birth", "03/11/2023")], "What's your little one's date of birth?"))
add(("It's forty-three Bramble Close, Killinghall, Harrogate, H G three, two Q T.", [("address", "forty-three Bramble Close, Killinghall, Harrogate, H G three, two Q T")], "And the address for the welcome pack?"))
add(("The 17th of March session is cancelled, so the block ends on the 1st of April instead, sorry.", []))
add(("Card number " + EC[6][:4] + " " + EC[6][4:8] + ", sorry, " + EC[6][4:8] + " " + EC[6][8:12] + " " + EC[6][12:] + ".",
     [("card", EC[6][:4] + " " + EC[6][4:8]), ("card", EC[6][4:8] + " " + EC[6][8:12] + " " + EC[6][12:])]))
# --- call 9: night-nanny agency, UK
add(("Good evening, Moonlight Maternity Nurses, you're through to Priyanka.", [("name", "Priyanka")]))
add(("Hi, I'm Olly, Oliver Fenwick-Hart, my wife's due on the 14th and we'd like nights for the first 8 weeks.", [("name", "Olly"), ("name", "Oliver Fenwick-Hart")]))
add(("Of course. Our nurses work 10 pm to 7 am, five nights a week, at £240 a night for a singleton, £290 for twins.", []))
add(("So 8 weeks at 5 nights is 40 nights, £9,600, and the agency fee is 12.5 percent on top.", []))
add(("Flat 3, 27 Ashdown Road, Reading, RG1 5PJ.", [("address", "Flat 3, 27 Ashdown Road, Reading, RG1 5PJ")], "And the address where she'll be working?"))
add(("We invoice monthly, and you can pay into our Lloyds account, or we can take a mandate from your account, what's the IBAN?", []))
add(("G B " + EI[6][2:4] + ", L O Y D, " + " ".join(EI[6][8:][i:i + 2] for i in range(0, 14, 2)) + ".", [("iban", "G B " + EI[6][2:4] + ", L O Y D, " + " ".join(EI[6][8:][i:i + 2] for i in range(0, 14, 2)))], "What's the IBAN?"))
add(("Our number is +44 20 7946 0321 if you want to ring me at work, extension 212.", [("phone", "+44 20 7946 0321")]))
# --- call 10: high-school exchange year, US host family
add(("Global Hearth Exchange, host family services, this is Tameka.", [("name", "Tameka")]))
add(("Hi, this is Rosalind Oyelaran, we're hosting the German student, Jonas, from August.", [("name", "Rosalind Oyelaran")]))
add(("The student arrives August 11th, school starts the 19th, and the monthly stipend is zero, host families volunteer, but there's a $50 a month tax deduction.", []))
add(("For the State Department form we need every adult in the house, your full date of birth first.", []))
add(("October 2nd, 1978.", [("date_of_birth", "October 2nd, 1978")], "For the State Department form we need every adult in the house, your full date of birth first."))
add(("two eight seven, sixty-five, forty-four thirteen", [("id", "two eight seven, sixty-five, forty-four thirteen")], "And your social security number for the criminal background check?"))
add(("My husband's is " + ESSN[3][:3] + " " + ESSN[3][4:6] + " " + ESSN[3][7:] + ", he'll do the interview on the 28th at 6 pm.", [("id", ESSN[3][:3] + " " + ESSN[3][4:6] + " " + ESSN[3][7:])]))
add(("His natural parents will wire the spending money from their German account, it's our son's old account in Munich, " + EI[4] + ".", [("iban", EI[4])]))
add(("The interview with the area rep is at our place, 880 Willow Bend Court, Fishers, Indiana 46038.", [("address", "880 Willow Bend Court, Fishers, Indiana 46038")]))
add(("Okay, you're all set, your host ID is HF-77019 and the orientation is on Zoom, July 30th, 7 pm Eastern.", []))
# --- call 11: teen debating academy, Ireland
add(("Hello, Wordsmiths Debating Academy, good morning.", []))
add(("Howya, this is Ciarán Ó Súilleabháin, my young lad wants to do the Easter intensive.", [("name", "Ciarán Ó Súilleabháin")]))
add(("Great. The Easter intensive is five days, 14th to 18th April, 10 till 3, €295, and it's for ages 13 to 17.", []))
add(("his date of birth is the thirtieth of the sixth two thousand and ten", [("date_of_birth", "the thirtieth of the sixth two thousand and ten")], "And what's his date of birth?"))
add(("Could I get your PPS, no sorry, we don't need that, just a phone number.", []))
add(("It's oh eight six, one five three, double two nine oh.", [("phone", "oh eight six, one five three, double two nine oh")], "Just a phone number."))
add(("And we'd pay by transfer, the account is " + EI[3][:4] + " " + " ".join(grouped(EI[3][4:]).split()) + ".", [("iban", EI[3][:4] + " " + " ".join(grouped(EI[3][4:]).split()))]))
add(("Actually put the deposit on the card instead, five three five five, " + EC[5][4:8] + " " + EC[5][8:12] + " " + EC[5][12:] + ".", [("card", "five three five five, " + EC[5][4:8] + " " + EC[5][8:12] + " " + EC[5][12:])]))
add(("He came 3rd out of 64 in the Concern debates last year, so he's keen.", []))
add(("The email is k a t e dot m c b r i d e at outlook dot ie, that's his mam's.", [("email", "k a t e dot m c b r i d e at outlook dot ie")]))
# --- call 12: forest-school nursery, UK
add(("Hello, Acorn Hollow Forest School, Maggie speaking.", [("name", "Maggie")]))
add(("Hi there, it's Tunde Bakare, we're on the waiting list for the September intake.", [("name", "Tunde Bakare")]))
add(("So there are 24 places and you're number 7 on the list for the Wednesday to Friday group, 8:30 to 3:30.", []))
add(("The funded 15 hours start the term after the third birthday, so for her that's January.", []))
add(("for the funding code form, her date of birth is um twelfth of june twenty twenty-one", [("date_of_birth", "twelfth of june twenty twenty-one")]))
add(("The address is 9 Cowslip Lane, Stroud, GL5 1XR.", [("address", "9 Cowslip Lane, Stroud, GL5 1XR")], "And what's your home address?"))
add(("Fees are £62 a day for the hours that aren't funded, and wellies and waterproofs are £38 from the shop.", []))
add(("You can email tunde.bakare@protonmail.com, that's the easiest.", [("email", "tunde.bakare@protonmail.com")]))
add(("My partner pays by card, the Discover one, " + EC[3] + ".", [("card", EC[3])]))
add(("Or you can take the fees by direct debit, I'll give you the IBAN, " + EI[0] + ".", [("iban", EI[0])]))
add(("And her National Insurance, no, that's mine, sorry, you don't need it.", []))

# ================================================================ Arabic
SECTORS["ar"] = [
    "study-abroad university placement consultancy (Amman)", "abacus mental-arithmetic centre for children (Cairo)",
    "children's robotics club (Riyadh)", "school-trip operator for private schools (Casablanca)",
    "gifted-students enrichment summer programme (Jeddah)", "IGCSE private-candidate exam registration centre (Alexandria)",
    "Montessori teacher-training diploma (Dubai)", "educational psychologist assessments (Abu Dhabi)",
    "children's etiquette and protocol academy (Kuwait)", "toddler sensory-play classes (Beirut)",
    "teen public-speaking academy (Irbid)", "high-school exchange year agency (Rabat)",
]
AC = [luhn("446404120087315"), luhn("507803112456987"), luhn("512345009876123"), luhn("458790331204567"),
      luhn("403345129987006"), luhn("539923017745210"), luhn("422310778890154"), luhn("627780120034576")]
assert all(len(c) == 16 for c in AC)
AI = [iban("JO", "ARAB1180000000118277710500"), iban("EG", "0019000500000000263180002"), iban("SA", "80000000608010167519"),
      iban("AE", "0260001015873920401"), iban("KW", "NBOK0000000000002010173546"), iban("MA", "011780000012210001447732"),
      iban("LB", "002800000000280012345678"), iban("SA", "15000000147732058821")]
AID = [saudi("108432765"), saudi("211504389"), saudi("110937254"), saudi("243318860"), saudi("103355728"), saudi("227716094"),
       saudi("115068339"), saudi("209947612")]
AR = []
add = AR.append
# --- call 1: study-abroad consultancy, Amman (Levantine)
add(("مرحبا، مكتب جسور للقبولات الجامعية، معك رنا، كيف بقدر أساعدك؟", [("name", "رنا")]))
add(("أهلين، أنا اسمي زيد الخصاونة، ابني خلص توجيهي وبدنا نقدم على جامعات بريطانيا.", [("name", "زيد الخصاونة")]))
add(("أهلا وسهلا. رسوم الخدمة ٤٥٠ دينار، وبنقدم على خمس جامعات، وآخر موعد للتقديم ٢٩ كانون الثاني.", []))
add(("معدله ٩٦.٤ علمي، وأخذ ٦.٥ بالآيلتس، بس الكتابة ٥.٥", []))
add(("مواليد ١٤ / ٣ / ٢٠٠٧", [("date_of_birth", "١٤ / ٣ / ٢٠٠٧")], "طيب بدي تاريخ ميلاد الطالب للطلب."))
add(("صفر سبعة تسعة، خمسة اثنين اثنين، أربعة ثمانية صفر سبعة", [("phone", "صفر سبعة تسعة، خمسة اثنين اثنين، أربعة ثمانية صفر سبعة")], "ورقم تلفونك لو سمحت؟"))
add(("والإيميل zaid.khasawneh@outlook.com يعني اسمي نقطة اسم العيلة", [("email", "zaid.khasawneh@outlook.com")]))
add(("الدفعة الأولى ٢٢٥ دينار، وممكن تحولها على حسابنا بالبنك العربي، أو بنسحبها من حسابك إذا بتعطيني الآيبان.", []))
add(("الآيبان تبعي " + grouped(AI[0]) + ".", [("iban", grouped(AI[0]))]))
add(("وبما إنو ساكنين بالرياض هلأ، بدهم رقم الإقامة تبعي كمان، " + ar_indic(AID[1]) + ".", [("id", ar_indic(AID[1]))]))
add(("العنوان للبريد: عمان، خلدا، شارع وصفي التل، عمارة ٣٨، الطابق الثاني.", [("address", "عمان، خلدا، شارع وصفي التل، عمارة ٣٨، الطابق الثاني")]))
add(("جامعة ليدز بتطلب ٦.٥ والسنة التأسيسية مدتها ٩ شهور وبتكلف حوالي ١٩ ألف جنيه.", []))
# --- call 2: abacus centre, Cairo (Egyptian)
add(("أكاديمية عباكس ستارز فرع مدينة نصر، صباح الخير يا فندم.", []))
add(("صباح النور، أنا مدام هبة عبد الفتاح، عايزة أسجل بنتي في الليفل الأول.", [("name", "هبة عبد الفتاح")]))
add(("تمام يا فندم، الليفل مدته ١٢ أسبوع، حصتين في الأسبوع، والاشتراك ٨٥٠ جنيه في الشهر، والكتاب ب ١٥٠.", []))
add(("مواليد خمسة وعشرين ستة ألفين وسبعتاشر", [("date_of_birth", "خمسة وعشرين ستة ألفين وسبعتاشر")], "هي مواليد كام يا فندم؟"))
add(("المجموعات السبت والتلات الساعة ٥ العصر، وفيه ٨ أطفال في المجموعة بس.", []))
add(("رقمي صفر واحد صفر، اتنين تلاتة أربعة، خمسة سبعة ستة، تمانية واحد", [("phone", "صفر واحد صفر، اتنين تلاتة أربعة، خمسة سبعة ستة، تمانية واحد")], "ممكن رقم موبايل حضرتك؟"))
add(("هدفع بالكارت، " + ar_indic(grouped(AC[1])) + "، ميزة يعني.", [("card", ar_indic(grouped(AC[1])))]))
add(("مسابقة الحساب الذهني الدولية يوم ١٨ ديسمبر في القاهرة، ورسوم الاشتراك ٦٠٠ جنيه، والطفل لازم يحل ١٠٠ مسألة في ٥ دقايق.", []))
add(("احنا ساكنين في ٢٢ شارع مكرم عبيد، الدور الرابع، شقة ١٢، مدينة نصر.", [("address", "٢٢ شارع مكرم عبيد، الدور الرابع، شقة ١٢، مدينة نصر")], "العنوان عشان نبعت الشهادة؟"))
# --- call 3: robotics club, Riyadh (Gulf)
add(("هلا والله، نادي روبوتكس الصغار، معك فيصل.", [("name", "فيصل")]))
add(("هلا والله، معك أبو عبدالعزيز، أبي أسجل ولدي بالمعسكر الشتوي.", [("name", "أبو عبدالعزيز")]))
add(("حياك الله، المعسكر من ٥ يناير لين ١٦ يناير، من ٤ العصر لين ٨، والرسوم ١٩٥٠ ريال شامل القطع، مجموعة فيها ١٢ طالب.", []))
add(("اسمي سلطان بن فهد العتيبي، والهوية " + ar_say(AID[0]) + ".", [("name", "سلطان بن فهد العتيبي"), ("id", ar_say(AID[0]))], "عشان التسجيل بالنظام أحتاج اسمك الكامل ورقم الهوية."))
add(("يعني " + " ".join(AID[0][i:i + 2] for i in range(0, 10, 2)) + "، صح؟ تمام يا أبو عبدالعزيز.", [("id", " ".join(AID[0][i:i + 2] for i in range(0, 10, 2))), ("name", "أبو عبدالعزيز")]))
add(("وجواله؟", []))
add(("خمسة خمسة، ثلاثة واحد صفر، ستة ستة سبعة أربعة، قبلها صفر طبعا", [("phone", "خمسة خمسة، ثلاثة واحد صفر، ستة ستة سبعة أربعة")], "وجوالك لو سمحت؟"))
add(("ولدي مواليد ٢٠١٤/٠٩/٠٣ يعني عمره عشر سنين", [("date_of_birth", "٢٠١٤/٠٩/٠٣")]))
add(("الدفع مدى، " + ar_indic(AC[0][:4]) + " " + ar_indic(AC[0][4:8]) + " " + ar_indic(AC[0][8:12]) + " " + ar_indic(AC[0][12:]) + "، والانتهاء ٠٨/٢٧", [("card", ar_indic(AC[0][:4]) + " " + ar_indic(AC[0][4:8]) + " " + ar_indic(AC[0][8:12]) + " " + ar_indic(AC[0][12:]))]))
add(("العنوان حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ١٤، الرياض.", [("address", "حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ١٤، الرياض")]))
add(("وإذا احتجتوا تسترجعون الرسوم، حسابي بالراجحي، " + AI[2][:4] + " " + AI[2][4:] + ".", [("iban", AI[2][:4] + " " + AI[2][4:])]))
add(("وأمه بتجي تاخذه أحياناً، هويتها " + ar_say(AID[5][:5]) + "، " + ar_say(AID[5][5:]) + ".", [("id", ar_say(AID[5][:5]) + "، " + ar_say(AID[5][5:]))]))
add(("المسابقة النهائية بالظهران يوم ٢٢ فبراير، والروبوت لازم وزنه أقل من ١.٥ كيلو.", []))
# --- call 4: school-trip operator, Casablanca (Darija)
add(("ألو، وكالة رحلات المدارس أطلس جونيور، مرحبا.", []))
add(("السلام عليكم، أنا الأستاذة نزهة الإدريسي من مدرسة الأمل الخصوصية، بغيت نأكد الرحلة ديال إفران.", [("name", "نزهة الإدريسي")]))
add(("وعليكم السلام أستاذة نزهة، الرحلة نهار ١٢ أبريل، ٤٥ تلميذ و ٤ ديال الأساتذة، الكار كيخرج من المدرسة مع ٦ ديال الصباح.", [("name", "نزهة")]))
add(("الثمن ٣٥٠ درهم للتلميذ، فيه الفطور والغدا، والرجوع مع ٨ ديال العشية.", []))
add(("واش نخلصو بالتحويل؟ عطيني الرقم ديال الحساب ديالكم", []))
add(("لا، المدرسة كتخلص من الحساب ديالها، ولكن العربون غادي نخلصو أنا، الآيبان ديالي " + grouped(AI[5]) + ".", [("iban", grouped(AI[5]))]))
add(("الهاتف ديالي زيرو ستة، واحد ثمانية، أربعة أربعة، سبعة اثنين، تسعة صفر", [("phone", "زيرو ستة، واحد ثمانية، أربعة أربعة، سبعة اثنين، تسعة صفر")]))
add(("الإيميل nezha.idrissi@menara.ma", [("email", "nezha.idrissi@menara.ma")], "عطيني الإيميل باش نصيفط ليك الفاتورة"))
add(("غادي نوقفو فأزرو نص ساعة، وفي الغابة ديال الأرز ساعتين، والماتش ديال الكرة مع ٣ ديال العشية.", []))
# --- call 5: gifted enrichment programme, Jeddah (formal / MSA)
add(("برنامج آفاق الإثرائي الصيفي للموهوبين، معكم المنسقة ريم الغامدي، كيف أخدمك؟", [("name", "ريم الغامدي")]))
add(("السلام عليكم، معك عبير الزهراني، ولية أمر الطالبة في الصف الثاني المتوسط.", [("name", "عبير الزهراني")]))
add(("أهلاً وسهلاً. البرنامج أربعة أسابيع من ٢٩ يونيو، ونسبة القبول كانت ١٨٪ العام الماضي، والمقاعد ٦٠ مقعداً فقط.", []))
add(("الهوية " + ar_indic(AID[2]) + ".", [("id", ar_indic(AID[2]))], "رقم هوية ولي الأمر من فضلك."))
add(("ورقم هوية الطالبة " + AID[4] + "، وتاريخ ميلادها ٧ رجب ١٤٣٢ هجري.", [("id", AID[4]), ("date_of_birth", "٧ رجب ١٤٣٢ هجري")]))
add(("سأدفع ببطاقة الائتمان: " + pairs(ar_num, AC[4], "صفر") + ".", [("card", pairs(ar_num, AC[4], "صفر"))]))
add(("ولو تم الاسترداد يكون على الآيبان " + grouped(AI[7]) + " من فضلك.", [("iban", grouped(AI[7]))]))
add(("الرسوم ٤٢٠٠ ريال، وتُسترد بنسبة ٥٠٪ قبل ١٥ يونيو.", []))
add(("البريد الإلكتروني: a b e e r underscore z 90 at hotmail dot com", [("email", "a b e e r underscore z 90 at hotmail dot com")]))
# --- call 6: IGCSE private-candidate centre, Alexandria (Egyptian)
add(("مركز الإسكندرية للامتحانات البريطانية، أيوه يا فندم.", []))
add(("أيوه يا فندم، أنا كريم، كريم الشاذلي، عايز أسجل امتحانات مايو/يونيو ككاندديت خارجي.", [("name", "كريم"), ("name", "كريم الشاذلي")]))
add(("تمام يا فندم، المادة الواحدة ب ٧٢٠٠ جنيه، ولو ٧ مواد فيه خصم ٥٪، وآخر ميعاد للتسجيل ٢١ فبراير.", []))
add(("الكود بتاع المادة 0625 فيزيكس و 0580 ماث، و 0620 كيميا.", []))
add(("عشرة أربعة ألفين وتمانية", [("date_of_birth", "عشرة أربعة ألفين وتمانية")], "محتاجين تاريخ الميلاد زي ما في الباسبور."))
add(("بابا شغال في السعودية، ورقم الإقامة بتاعته " + AID[3][:3] + " " + AID[3][3:6] + " " + AID[3][6:] + " لو محتاجينه للكفالة.", [("id", AID[3][:3] + " " + AID[3][3:6] + " " + AID[3][6:])]))
add(("هحول من حساب بابا، الآيبان " + AI[1] + "، بنك مصر.", [("iban", AI[1])]))
add(("الإيميل بتاعي karim underscore shazly at yahoo dot com", [("email", "karim underscore shazly at yahoo dot com")]))
add(("الامتحانات في قاعة ٣ الدور التاني، والنتيجة بتطلع ١٤ أغسطس الساعة ٨ الصبح.", []))
# --- call 7: Montessori teacher-training diploma, Dubai (Emirati)
add(("معهد البيت المنتسوري لتدريب المعلمات، مرحبا، معاج شيخة.", [("name", "شيخة")]))
add(("مرحبا الساع، أنا مريم المهيري، أبا أسأل عن دبلوم المنتسوري للأعمار من ٣ لين ٦.", [("name", "مريم المهيري")]))
add(("الدبلوم ٩ شهور، ٤٢٠ ساعة نظري و ٢٠٠ ساعة تطبيق، والرسوم ٢٤ ألف و ٥٠٠ درهم، وتقدرين تقسطينها على ٦ دفعات.", []))
add(("الدفعة الأولى ٤٠٨٣ درهم، ونبدأ ١٥ سبتمبر، والمحاضرات الثلاثاء والخميس من ٥ لين ٩ المسا.", []))
add(("رقم الموبايل صفر خمسة صفر، ثلاثة واحد ثمانية، اثنين اثنين أربعة ستة", [("phone", "صفر خمسة صفر، ثلاثة واحد ثمانية، اثنين اثنين أربعة ستة")], "عطيني رقم موبايلج"))
add(("والتاريخ ميلادج حق الشهادة؟", []))
add(("تسعة عشر، اثنين، تسعطعش تسعين", [("date_of_birth", "تسعة عشر، اثنين، تسعطعش تسعين")], "والتاريخ ميلادج حق الشهادة؟"))
add(("أبا أدفع من حسابي، الآيبان " + AI[3][:2] + " " + " ".join(AI[3][2:][i:i + 3] for i in range(0, 21, 3)) + ".", [("iban", AI[3][:2] + " " + " ".join(AI[3][2:][i:i + 3] for i in range(0, 21, 3)))]))
add(("الإيميل mariam.almheiri@emirates.net.ae", [("email", "mariam.almheiri@emirates.net.ae")]))
add(("والدفعة الثانية بالبطاقة " + AC[5][:8] + " " + AC[5][8:] + "، هذي بطاقة ريلوي.", [("card", AC[5][:8] + " " + AC[5][8:])]))
add(("والكتب ٦ مجلدات ب ١٨٥٠ درهم، والمواد المنتسورية في المختبر، غرفة ٢٠٤.", []))
# --- call 8: educational psychologist, Abu Dhabi (Levantine expat)
add(("عيادة نمو للتقييم التربوي، صباح الخير.", []))
add(("صباح النور، معك لينا حداد، بدي موعد تقييم صعوبات تعلم لابني، عمره ٨ سنين.", [("name", "لينا حداد")]))
add(("أهلين مدام لينا. التقييم الكامل ٣ جلسات، كل جلسة ساعتين، والتكلفة ٦٥٠٠ درهم، والتقرير بيطلع بعد ١٠ أيام عمل.", [("name", "لينا")]))
add(("أقرب موعد الأحد ٩ مارس الساعة ١٠ ونص، أو الأربعاء ١٢ الساعة ٤.", []))
add(("تاريخ ميلاده ٢ / ١١ / ٢٠١٦", [("date_of_birth", "٢ / ١١ / ٢٠١٦")], "شو تاريخ ميلاد الطفل؟"))
add(("العنوان أبوظبي، شارع الخليج العربي، مبنى ١٧، شقة ١٠٠٢، منطقة البطين", [("address", "أبوظبي، شارع الخليج العربي، مبنى ١٧، شقة ١٠٠٢، منطقة البطين")], "ممكن العنوان للفاتورة؟"))
add(("رح ادفع بالبطاقة، خمسة واحد اثنين ثلاثة، أربعة خمسة صفر صفر، تسعة ثمانية سبعة ستة، واحد اثنين ثلاثة " + AR_D[int(AC[2][15])] + ".",
     [("card", "خمسة واحد اثنين ثلاثة، أربعة خمسة صفر صفر، تسعة ثمانية سبعة ستة، واحد اثنين ثلاثة " + AR_D[int(AC[2][15])])]))
add(("التأمين ما بيغطي التقييم، بس بيغطي ٢٠ جلسة علاج نطق بالسنة.", []))
# --- call 9: children's etiquette academy, Kuwait
add(("أكاديمية إتيكيت الصغار، هلا، معاك دانة.", [("name", "دانة")]))
add(("هلا، اسمي نوف الرشيدي، أبي أسجل عيالي الثنين بدورة الربيع.", [("name", "نوف الرشيدي")]))
add(("الدورة ٨ حصص، كل سبت من ١٠ لين ١٢، ب ٩٥ دينار للطفل، وللأخوان خصم ١٠٪.", []))
add(("آخر حصة حفلة عشا رسمية بفندق الريجنسي يوم ٢٦ أبريل الساعة ٧.", []))
add(("رقمي تسعة تسعة، سبعة ثلاثة، أربعة اثنين، صفر ثمانية", [("phone", "تسعة تسعة، سبعة ثلاثة، أربعة اثنين، صفر ثمانية")], "رقم تلفونج؟"))
add(("وإذا تبين التحويل، الآيبان " + AI[4] + "، هذا حسابي بالوطني.", [("iban", AI[4])]))
add(("وعنوانج؟ نبي نرسل شهادات التخرج", []))
add(("القطعة ٣، شارع ٣٢، منزل ١٩، مشرف", [("address", "القطعة ٣، شارع ٣٢، منزل ١٩، مشرف")], "وعنوانج؟ نبي نرسل شهادات التخرج"))
add(("وبدفع العربون بالبطاقة، " + ar_say(AC[6][:4]) + "، " + ar_say(AC[6][4:8]) + "، لا لا، " + ar_say(AC[6][4:8]) + "، " + ar_say(AC[6][8:12]) + "، " + ar_say(AC[6][12:]) + ".", [("card", ar_say(AC[6][:4])), ("card", ar_say(AC[6][4:8]) + "، " + ar_say(AC[6][8:12]) + "، " + ar_say(AC[6][12:]))]))
add(("العمر المطلوب من ٦ لين ١٢ سنة، والمجموعة ما تزيد عن ١٥ طفل.", []))
# --- call 10: toddler sensory-play classes, Beirut (Lebanese, French code-switching)
add(("Allo، Petits Sens للأنشطة الحسية، bonjour!", []))
add(("Bonjour، معك كارول، كارول خوري، بدي سجّل بنتي بالـ session تبع الصبح.", [("name", "كارول"), ("name", "كارول خوري")]))
add(("أكيد، الحصص التلاتا والخميس الساعة ٩ ونص، ٤٥ دقيقة، والـ pack تبع ١٠ حصص ب ١٢٠ دولار.", []))
add(("هي مواليد أول آذار ٢٠٢٣، يعني عمرها سنة ونص", [("date_of_birth", "أول آذار ٢٠٢٣")]))
add(("رقمي صفر تلاتة، تسعة ستة سبعة، أربعة واحد اتنين", [("phone", "صفر تلاتة، تسعة ستة سبعة، أربعة واحد اتنين")]))
add(("والـ email تبعي carole point khoury arobase gmail point com", [("email", "carole point khoury arobase gmail point com")]))
add(("العنوان الأشرفية، شارع مار متر، بناية عازار، الطابق الخامس", [("address", "الأشرفية، شارع مار متر، بناية عازار، الطابق الخامس")], "وين ساكنة؟"))
add(("وفيكن تاخدو الاشتراك من حسابي، الـ IBAN هو " + grouped(AI[6]) + ".", [("iban", grouped(AI[6]))]))
add(("منستعمل ٣ كيلو رز ملوّن و ٢٠ بالون مي بكل حصة، فـ ما في مشكلة إذا ما إجت مرة.", []))
# --- call 11: teen public-speaking academy, Irbid (Jordanian)
add(("أكاديمية منبر للخطابة، يعطيك العافية.", []))
add(("الله يعافيك، أنا يزن، يزن بني هاني، عمري ١٦ سنة وبدي أسجل بدورة الصيف.", [("name", "يزن"), ("name", "يزن بني هاني")]))
add(("أهلين، الدورة ٦ أسابيع، يومين بالأسبوع، ب ١٢٠ دينار، والمسابقة الختامية ٣٠ تموز.", []))
add(("رقم أهلك؟ بدنا موافقة ولي الأمر لأنك تحت ١٨", []))
add(("رقم أبوي +962 77 681 2250", [("phone", "+962 77 681 2250")], "رقم أهلك؟ بدنا موافقة ولي الأمر لأنك تحت ١٨"))
add(("الإيميل yazan underscore bh تسعة تسعة at gmail dot com", [("email", "yazan underscore bh تسعة تسعة at gmail dot com")]))
add(("عنوانا إربد، الحي الشرقي، شارع فلسطين، عمارة رقم ٥٤", [("address", "إربد، الحي الشرقي، شارع فلسطين، عمارة رقم ٥٤")], "وعنوانكم؟"))
add(("فاز فريقنا بالمركز الثاني من أصل ٣٤ فريق السنة الماضية.", []))
# --- call 12: exchange year agency, Rabat (Darija, MSA mix)
add(("وكالة عالم التبادل، صباح الخير، شكون معايا؟", []))
add(("صباح النور، معاك سي محمد بنعلي، الولد ديالي بغا يمشي عام دراسي لأمريكا.", [("name", "محمد بنعلي")]))
add(("مرحبا بيك، البرنامج كيبدا فغشت، الثمن ١٢٠ ألف درهم، والتسجيل كيسالي ٣١ دجنبر.", []))
add(("الولد مزيود فـ ٨ نونبر ٢٠٠٨", [("date_of_birth", "٨ نونبر ٢٠٠٨")]))
add(("الفيزا J1 كتاخد تقريبا ٦ سيمانات، والموعد فالقنصلية فالدار البيضاء.", []))
add(("التلفون ديالي +212 661 48 73 05", [("phone", "+212 661 48 73 05")]))
add(("العنوان: ١٧ زنقة ابن تومرت، حي أكدال، الرباط", [("address", "١٧ زنقة ابن تومرت، حي أكدال، الرباط")], "عطيني العنوان ديالكم"))
add(("غادي نخلص العربون بالكارط " + grouped(AC[3]) + "، واش مزيان؟", [("card", grouped(AC[3]))]))

# ================================================================ Hebrew
SECTORS["he"] = [
    "pre-military preparatory academy (mechina) admissions", "annual school-trip operator (tiyul shnati)",
    "gifted-children enrichment programme (after-school)", "external Bagrut exam registration for private candidates",
    "high-school FIRST robotics team", "night-nanny agency for newborns", "psycho-didactic learning-disability assessments",
    "Montessori training course for kindergarten teachers", "high-school exchange year abroad",
    "au pair agency (Israeli host families)", "baby sign-language classes", "youth debate club",
]
HC = [luhn("458003112278341"), luhn("532610004471829"), luhn("401288120036754"), luhn("545762093318470"),
      luhn("476173009981235"), luhn("375987654321001"[:14]), luhn("522001334890126"), luhn("489500127763042")]
assert [len(c) for c in HC] == [16, 16, 16, 16, 16, 15, 16, 16]
HI = [iban("IL", "0108000000099999999"), iban("IL", "0126240000000512874"), iban("IL", "0207470000000223190"),
      iban("IL", "0117890000004478123"), iban("IL", "0311200000000871345"), iban("FR", "20041010050500013M02606"),
      iban("GB", "HBUK40127631480922"), iban("IL", "0099120000000601547")]
HZ = [tz("03948215"), tz("20517736"), tz("31077842"), tz("05566310"), tz("34219087"), tz("32746351"), tz("02813469"), tz("20964871")]
HE = []
add = HE.append
# --- call 1: mechina admissions (native Hebrew, northern kibbutz family)
add(("מכינת עמק הירדן, שלום, מדברת מיכל.", [("name", "מיכל")]))
add(("היי, שלום, אני יובל רוזנברג, הגשתי מועמדות למחזור י\"ז ורציתי לברר לגבי יום הגיבוש.", [("name", "יובל רוזנברג")]))
add(("כן, יום הגיבוש הוא ב-14 בפברואר, מתחילים בשמונה בבוקר, ויש 120 מועמדים על 48 מקומות.", []))
add(("דמי ההשתתפות לשנה הם 9,800 ש\"ח, ויש מלגות עד 70 אחוז לפי מבחן הכנסה.", []))
add(("אני צריכה תאריך לידה, כי צריך להיות מעל 18 עד אוגוסט.", []))
add(("אממ עשרים ושלוש במרץ אלפיים ושבע", [("date_of_birth", "עשרים ושלוש במרץ אלפיים ושבע")], "אני צריכה תאריך לידה, כי צריך להיות מעל 18 עד אוגוסט."))
add(("ותעודת זהות?", []))
add((he_say(HZ[0][:3]) + ", " + he_say(HZ[0][3:6]) + ", " + he_say(HZ[0][6:]), [("id", he_say(HZ[0][:3]) + ", " + he_say(HZ[0][3:6]) + ", " + he_say(HZ[0][6:]))], "ותעודת זהות?"))
add(("הטלפון שלי אפס חמש שתיים, שבע שבע, אחת שלוש, ארבע אפס שמונה", [("phone", "אפס חמש שתיים, שבע שבע, אחת שלוש, ארבע אפס שמונה")]))
add(("ולמייל שלך נשלח את לוח הזמנים", []))
add(("yuval.rosen07 שטרודל gmail נקודה com", [("email", "yuval.rosen07 שטרודל gmail נקודה com")], "ולמייל שלך נשלח את לוח הזמנים"))
add(("את דמי הרישום, 250 ש\"ח, אני משלם בכרטיס של אבא שלי, " + pairs(he_num, HC[4], "אפס"), [("card", pairs(he_num, HC[4], "אפס"))]))
add(("אנחנו גרים בקיבוץ גשר, בית 47, אם צריך לשלוח משהו בדואר", [("address", "קיבוץ גשר, בית 47")]))
add(("הגיבוש נגמר בשש, ויש אוטובוס מתחנת רכבת בית שאן ב-7:15.", []))
# --- call 2: annual school-trip operator (school coordinator, Ethiopian-Israeli)
add(("טיולי דרך הארץ, בוקר טוב.", []))
add(("בוקר טוב, מדבר אברהם טספאי, רכז טיולים בחטיבת ביניים אופק בקריית מלאכי.", [("name", "אברהם טספאי")]))
add(("נעים מאוד. אז הטיול השנתי של שכבת ח' הוא 3 ימים, 18 עד 20 במרץ, 162 תלמידים, 4 אוטובוסים.", []))
add(("המחיר 645 ש\"ח לתלמיד, כולל לינה בכפר הנופש בעין גדי, 2 לילות, ו-12 מאבטחים.", []))
add(("בגלל המבטחים, אני צריך את הנייד שלך למקרה חירום", []))
add(("050-6612378, אבל אם אני לא עונה תתקשר לבית הספר, 08-8501234", [("phone", "050-6612378"), ("phone", "08-8501234")], "בגלל המבטחים, אני צריך את הנייד שלך למקרה חירום"))
add(("יום ראשון יוצאים ב-6:30 ממגרש החניה ליד הקניון, ורפטינג בירדן בשעה 14:00.", []))
add(("תשלום המקדמה, 25 אחוז, עד ה-1 בפברואר, לחשבון של החברה בבנק לאומי, סניף 902.", []))
# --- call 3: gifted enrichment programme (Russian-Israeli mother)
add(("תוכנית \"מחוננים פלוס\", שלום, מדברת עדי, איך אפשר לעזור?", [("name", "עדי")]))
add(("שלום, אני סבטלנה קוגן, הבן שלי עבר את השלב השני במבחן של משרד החינוך ואני רוצה לרשום אותו.", [("name", "סבטלנה קוגן")]))
add(("מעולה. החוג הוא פעם בשבוע, ימי שלישי מ-14:30 עד 18:00, ועולה 1,450 ש\"ח לשנה.", []))
add(("הוא נולד שביעי לעשירי, 2015", [("date_of_birth", "שביעי לעשירי, 2015")], "תאריך הלידה של הילד, בבקשה?"))
add(("אני משלם, סליחה, משלמת בכרטיס, " + HC[0][:4] + " " + HC[0][4:8] + " " + HC[0][8:12] + " " + HC[0][12:] + ", תוקף 11/26", [("card", HC[0][:4] + " " + HC[0][4:8] + " " + HC[0][8:12] + " " + HC[0][12:])]))
add(("כתובת: רחוב הרצל 112, דירה 9, רחובות", [("address", "רחוב הרצל 112, דירה 9, רחובות")], "ומה הכתובת לשליחת החומרים?"))
add(("את המייל תכתבי: s, v, e, t, a, kogan, שטרודל walla נקודה co נקודה il", [("email", "s, v, e, t, a, kogan, שטרודל walla נקודה co נקודה il")]))
add(("ואם יש החזר, לחשבון " + HI[0][:4] + " " + HI[0][4:] + " בבקשה", [("iban", HI[0][:4] + " " + HI[0][4:])]))
add(("יש 22 ילדים בקבוצה, ופרויקט הסיום מוצג במוזיאון המדע ב-12 ביוני.", []))
# --- call 4: external Bagrut registration (Arab citizen speaking Hebrew)
add(("מרכז בחינות חיצוניות, שלום, מדבר אלון.", [("name", "אלון")]))
add(("שלום, קוראים לי ראמי חורי, מנצרת, אני רוצה להירשם לבגרות במתמטיקה חמש יחידות כנבחן אקסטרני.", [("name", "ראמי חורי")]))
add(("בשמחה. מועד קיץ, שאלון 035581 ב-28 במאי ושאלון 035582 ב-11 ביוני, 350 ש\"ח לשאלון.", []))
add(("צריך מספר זהות לרישום במערכת.", []))
add(("ת\"ז " + HZ[1] + ".", [("id", HZ[1])], "צריך מספר זהות לרישום במערכת."))
add(("אז " + " ".join(HZ[1][i:i + 3] for i in range(0, 9, 3)) + ", נכון?", [("id", " ".join(HZ[1][i:i + 3] for i in range(0, 9, 3)))]))
add(("הכתובת שלי שכונת אלפאח'ורה, רחוב 6040 מספר 17, נצרת", [("address", "שכונת אלפאח'ורה, רחוב 6040 מספר 17, נצרת")]))
add(("הבחינה בבית הספר אלמטראן, כיתה 14, הכניסה עד 8:45.", []))
add(("המייל שלי rami underscore khoury שטרודל hotmail נקודה com", [("email", "rami underscore khoury שטרודל hotmail נקודה com")]))
add(("אני משלם עם הכרטיס " + HC[1][:4] + "-" + HC[1][4:8] + "-" + HC[1][8:12] + "-" + HC[1][12:], [("card", HC[1][:4] + "-" + HC[1][4:8] + "-" + HC[1][8:12] + "-" + HC[1][12:])]))
# --- call 5: FIRST robotics team (Anglo parent)
add(("צוות הרובוטיקה של תיכון מקיף ג', פרויקט FRC, שלום.", []))
add(("Hi, שלום, זה ג'וש, ג'ושוע גולדברג, אבא של אחת הבנות מהצוות, אני אחראי על הטיסה ליוסטון.", [("name", "ג'וש"), ("name", "ג'ושוע גולדברג")]))
add(("כן ג'וש, יש 26 תלמידים ו-5 מנטורים, טסים ב-15 באפריל בטיסה LY 7 ל-JFK, ואז לכל קבוצה 2,400 דולר השתתפות.", [("name", "ג'וש")]))
add(("For the sponsor refund, זה החשבון שלי באנגליה, " + grouped(HI[6]) + ".", [("iban", grouped(HI[6]))]))
add(("ותאריך הלידה שלך לביטוח הנסיעות?", []))
add(("fourth of July, 1979, כן, באמת, יום העצמאות", [("date_of_birth", "fourth of July, 1979")], "ותאריך הלידה שלך לביטוח הנסיעות?"))
add(("הטלפון: פלוס תשע שבע שתיים, חמישים וארבע, שלוש שלוש שתיים, שמונים ותשע, אחת עשרה", [("phone", "פלוס תשע שבע שתיים, חמישים וארבע, שלוש שלוש שתיים, שמונים ותשע, אחת עשרה")]))
add(("הרובוט שוקל 56 קילו, והארגז שלו 1.9 מטר, אז צריך מטען מיוחד, 3 ארגזים.", []))
# --- call 6: night-nanny agency (French-Israeli mother)
add(("סוכנות \"לילה שקט\", ערב טוב.", []))
add(("ערב טוב, אני יעל בנשימול, אני בשבוע 37 ורוצה לילנית לשלושה חודשים.", [("name", "יעל בנשימול")]))
add(("בשמחה. משמרת לילה מ-22:00 עד 6:00 עולה 650 ש\"ח, חמישה לילות בשבוע, ותאומים 850.", []))
add(("הכתובת שלנו ז'בוטינסקי 45, קומה 7, דירה 28, רמת גן", [("address", "ז'בוטינסקי 45, קומה 7, דירה 28, רמת גן")], "מה הכתובת שלכם?"))
add(("אפשר לשלם בהעברה מהחשבון שלי בצרפת, " + grouped(HI[5]) + ", זה בסדר?", [("iban", grouped(HI[5]))]))
add(("או מהחשבון בישראל, " + HI[1] + ".", [("iban", HI[1])]))
add(("והמייל yael.benchimol@free.fr", [("email", "yael.benchimol@free.fr")]))
add(("הלידה מתוכננת ל-9 בנובמבר, אז נתחיל ב-20 בנובמבר, בערך.", []))
# --- call 7: psycho-didactic assessment (religious family, Jerusalem)
add(("מכון אבחון \"צעד\", שלום, מדברת רחלי.", [("name", "רחלי")]))
add(("שלום, מדברת אסתי פרידמן, רציתי לקבוע אבחון לבת שלי, היא בכיתה ו'.", [("name", "אסתי פרידמן")]))
add(("אבחון פסיכו-דידקטי מלא זה 3 מפגשים של שעתיים וחצי, 3,900 ש\"ח, ויש החזר של 1,200 מהקופה.", []))
add(("התור הפנוי הבא ביום חמישי, 6 במרץ, בשעה 8:30, וההמשך ב-13 וב-20.", []))
add(("היא נולדה בי\"ח בחשוון תשע\"ג, זה, רגע, 3 בנובמבר 2012", [("date_of_birth", "י\"ח בחשוון תשע\"ג"), ("date_of_birth", "3 בנובמבר 2012")], "מה תאריך הלידה שלה?"))
add(("אפשר גם להעביר לכם מהחשבון שלנו, " + grouped(HI[2]) + ", בדואר ישראל", [("iban", grouped(HI[2]))]))
add(("ומספר תעודת זהות של ההורה, לקופת החולים", []))
add(("שלוש ארבע, שתיים אחת, תשע אפס, שמונה שבע, " + HE_F[int(HZ[4][8])], [("id", "שלוש ארבע, שתיים אחת, תשע אפס, שמונה שבע, " + HE_F[int(HZ[4][8])])], "ומספר תעודת זהות של ההורה, לקופת החולים"))
add(("אנחנו גרים ברחוב מלכי ישראל 31, כניסה ב', דירה 4, ירושלים.", [("address", "רחוב מלכי ישראל 31, כניסה ב', דירה 4, ירושלים")]))
add(("הטלפון בבית אפס שתיים, חמש שלוש שבע, שמונה אחת, אפס ארבע", [("phone", "אפס שתיים, חמש שלוש שבע, שמונה אחת, אפס ארבע")]))
add(("אני אשלם מקדמה בכרטיס, " + he_say(HC[2][:4]) + ", " + he_say(HC[2][4:8]) + ", " + he_say(HC[2][8:12]) + ", " + he_say(HC[2][12:]),
     [("card", he_say(HC[2][:4]) + ", " + he_say(HC[2][4:8]) + ", " + he_say(HC[2][8:12]) + ", " + he_say(HC[2][12:]))]))
# --- call 8: Montessori course for kindergarten teachers (Arab citizen)
add(("קורס מונטסורי לגננות, מכללת הגליל, שלום.", []))
add(("שלום, אני סמאח אבו אחמד, גננת מטמרה, שמעתי שיש מחזור חדש באוקטובר.", [("name", "סמאח אבו אחמד")]))
add(("כן, המחזור נפתח ב-27 באוקטובר, 280 שעות, כל יום שני 16:00-20:30, עלות 7,600 ש\"ח בעשרה תשלומים.", []))
add(("אני צריכה מספר זהות ותאריך לידה לתעודה.", []))
add(("זהות " + HZ[5][:4] + " " + HZ[5][4:] + ", ותאריך לידה 15.8.1991", [("id", HZ[5][:4] + " " + HZ[5][4:]), ("date_of_birth", "15.8.1991")], "אני צריכה מספר זהות ותאריך לידה לתעודה."))
add(("אני אעביר מהחשבון שלי בבנק הערבי, IBAN " + grouped(HI[4]), [("iban", grouped(HI[4]))]))
add(("נייד 054-4812907, ואפשר גם וואטסאפ", [("phone", "054-4812907")]))
add(("מייל samah.aa שטרודל gmail.com", [("email", "samah.aa שטרודל gmail.com")]))
add(("יש 18 מקומות, ו-6 כבר תפוסים, אז כדאי לרשום עד ה-15 בספטמבר.", []))
# --- call 9: exchange year abroad (Tel Aviv, teen + mother)
add(("שנת חילופים \"גשר לעולם\", מדבר ערן, שלום.", [("name", "ערן")]))
add(("היי, מדברת שירה, שירה לוי-אקרמן, הבת שלי רוצה לצאת לשנה באוהיו.", [("name", "שירה"), ("name", "שירה לוי-אקרמן")]))
add(("הנייד שלי פלוס 972, 52, 440, 66, 18", [("phone", "פלוס 972, 52, 440, 66, 18")]))
add(("ות\"ז שלי " + HZ[2][:2] + "-" + HZ[2][2:8] + "-" + HZ[2][8] + ", אני ההורה החותם", [("id", HZ[2][:2] + "-" + HZ[2][2:8] + "-" + HZ[2][8])]))
add(("התוכנית היא 10 חודשים, יציאה ב-8 באוגוסט, עלות 13,900 דולר, והמשפחה המארחת מתנדבת.", []))
add(("ותאריך הלידה של הבת? היא צריכה להיות בין 15 ל-18.5 ביום היציאה.", []))
add(("שלושה במאי אלפיים ותשע", [("date_of_birth", "שלושה במאי אלפיים ותשע")], "ותאריך הלידה של הבת?"))
add(("מקדמה של 1,500 דולר, אני נותנת כרטיס, " + HC[3][:4] + ", " + HC[3][4:8] + ", " + HC[3][8:12] + ", " + HC[3][12:], [("card", HC[3][:4] + ", " + HC[3][4:8] + ", " + HC[3][8:12] + ", " + HC[3][12:])]))
add(("אז אני מקריאה: " + HC[3][:4] + ", " + HC[3][4:8] + ", " + HC[3][8:12] + ", " + HC[3][12:] + ", נכון שירה?", [("card", HC[3][:4] + ", " + HC[3][4:8] + ", " + HC[3][8:12] + ", " + HC[3][12:]), ("name", "שירה")]))
add(("כתובת: שדרות נורדאו 64, דירה 12, תל אביב", [("address", "שדרות נורדאו 64, דירה 12, תל אביב")], "לאן לשלוח את הטפסים?"))
add(("הראיון עם המתאמת ב-Zoom, יום ראשון 19 בינואר ב-20:00, ומבחן האנגלית ELTiS ב-26.", []))
# --- call 10: au pair agency (Israeli host family)
add(("או-פר ישראל, שלום, מדברת ליאת.", [("name", "ליאת")]))
add(("שלום, כאן מוטי בן-חיים ממודיעין, אנחנו רוצים או-פר מגרמניה לשנה.", [("name", "מוטי בן-חיים")]))
add(("התנאים: 30 שעות בשבוע, 400 דולר בחודש דמי כיס, חדר פרטי, ודמי הסוכנות 5,500 ש\"ח.", []))
add(("ויזת מתנדב לוקחת 6 עד 8 שבועות, אז אם אתם רוצים אותה ב-1 בספטמבר צריך להגיש עד יולי.", []))
add(("מספר הזהות של בעל הבית, בשביל הבקשה במשרד הפנים", []))
add((he_say(HZ[6][:2], masc=True) + ", " + he_say(HZ[6][2:], masc=True), [("id", he_say(HZ[6][:2], masc=True) + ", " + he_say(HZ[6][2:], masc=True))], "מספר הזהות של בעל הבית, בשביל הבקשה במשרד הפנים"))
add(("הכתובת היא רחוב עמק איילון 8, מודיעין, מיקוד 7170000", [("address", "רחוב עמק איילון 8, מודיעין, מיקוד 7170000")]))
add(("תחייבו את החשבון, " + HI[3][:2] + " " + HI[3][2:4] + " " + HI[3][4:7] + " " + HI[3][7:10] + " " + HI[3][10:], [("iban", HI[3][:2] + " " + HI[3][2:4] + " " + HI[3][4:7] + " " + HI[3][7:10] + " " + HI[3][10:])]))
add(("המייל moti קו תחתון bh שטרודל 012 נקודה נט נקודה איל", [("email", "moti קו תחתון bh שטרודל 012 נקודה נט נקודה איל")]))
add(("את דמי הסוכנות נשלם באמריקן אקספרס, " + HC[5][:4] + " " + HC[5][4:10] + " " + HC[5][10:], [("card", HC[5][:4] + " " + HC[5][4:10] + " " + HC[5][10:])]))
add(("הילדים בני 2, 5 ו-8, והגן נגמר ב-16:00 כל יום חוץ משישי.", []))
# --- call 11: baby sign-language classes (Ethiopian-Israeli mother)
add(("\"ידיים קטנות\", שפת סימנים לתינוקות, שלום.", []))
add(("שלום, אני טיגיסט, טיגיסט ורקו, מנתניה, רציתי לשאול על הקורס של יום רביעי.", [("name", "טיגיסט"), ("name", "טיגיסט ורקו")]))
add(("הקורס 8 מפגשים, רביעי ב-10:00, 45 דקות, 480 ש\"ח, מגיל חצי שנה.", []))
add(("הבן שלי נולד ב-2 בינואר 2024, אז הוא בן 10 חודשים", [("date_of_birth", "2 בינואר 2024")]))
add(("המספר שלי אפס חמש שמונה, שבע אחת אחת, ארבע ארבע, שש שתיים", [("phone", "אפס חמש שמונה, שבע אחת אחת, ארבע ארבע, שש שתיים")]))
add(("החוג במתנ\"ס בסמילנסקי 14, אבל החנייה ברחוב הרצל 3, מול הבנק.", []))
add(("אני אשלם בכרטיס, " + HC[6][:4] + " " + he_say(HC[6][4:8]) + " " + he_say(HC[6][8:12]) + " " + he_say(HC[6][12:]), [("card", HC[6][:4] + " " + he_say(HC[6][4:8]) + " " + he_say(HC[6][8:12]) + " " + he_say(HC[6][12:]))]))
add(("יש מבצע, 2 אחים ב-850 ש\"ח, ומפגש ניסיון ב-35 ש\"ח.", []))
# --- call 12: youth debate club (Russian-Israeli teen)
add(("מועדון הדיבייט הצעיר, שלום.", []))
add(("שלום, אני דימה, דמיטרי וולקוב, כיתה י', אני רוצה להצטרף לנבחרת.", [("name", "דימה"), ("name", "דמיטרי וולקוב")]))
add(("נבחרת התיכונים מתאמנת בימי ראשון 17:00-19:30, וטורניר אליפות ישראל ב-6 ביוני, 32 קבוצות.", []))
add(("תאריך לידה שלך?", []))
add(("עשרים ושמונה, אחת עשרה, אלפיים ושמונה", [("date_of_birth", "עשרים ושמונה, אחת עשרה, אלפיים ושמונה")], "תאריך לידה שלך?"))
add(("אמא שלי תשלם, ההעברה מהחשבון " + HI[7] + ", דמי החבר 600 ש\"ח", [("iban", HI[7])]))
add(("ואת תעודת הזהות שלי, " + HZ[7] + ", צריך לטורניר?", [("id", HZ[7])]))
add(("הנייד שלי 053-3390176, ושל אמא 052-8817045", [("phone", "053-3390176"), ("phone", "052-8817045")]))
add(("מייל dima.volkov2008 at mail.ru", [("email", "dima.volkov2008 at mail.ru")]))
add(("אנחנו גרים ברחוב רגר 88, דירה 15, באר שבע", [("address", "רחוב רגר 88, דירה 15, באר שבע")], "מה הכתובת?"))
add(("הנבחרת זכתה במקום 3 מתוך 40 בשנה שעברה, וטסים לאליפות העולם ב-2026 אם עולים.", []))

# ================================================================ Greek
SECTORS["el"] = [
    "children's creative-activity centre (KDAP, Thessaloniki)", "school robotics team for the WRO olympiad (Athens)",
    "English-certificate exam centre, Cambridge/Michigan (Larissa)", "five-day school excursion operator (Patras)",
    "child educational-psychology assessment centre (Athens)", "au pair agency (Limassol host families)",
    "abacus mental-arithmetic centre (Heraklion)", "high-school exchange year agency (Athens)",
    "gifted-children weekend programme (Nicosia)", "baby sign-language classes (Chalandri)",
    "Montessori diploma for nursery teachers (Piraeus)", "forest-school outdoor nursery (Pelion)",
]
GC = [luhn("476341002587193"), luhn("516732009914458"), luhn("404588217763012"), luhn("552301874419006"),
      luhn("491003386542217"), luhn("537744120098365"), luhn("376412098812"+"34"), luhn("433829610057748")]
assert [len(c) for c in GC] == [16, 16, 16, 16, 16, 16, 15, 16]
GI = [iban("GR", "01101250000000012300695"), iban("GR", "01721440005144098765432"), iban("GR", "02602240000580200341577"),
      iban("CY", "002001280000001200527600"), iban("CY", "005001230000004401782211"), iban("GR", "01407300730002101554789"),
      iban("GR", "01101910000019100887766"), iban("CY", "003001110000000356217740")]
GA = [afm("04387216"), afm("12956340"), afm("07731584"), afm("15029873"), afm("06644129"), afm("13358702"), afm("04819935"), afm("10276451")]
EL = []
add = EL.append
# --- call 1: KDAP creative-activity centre, Thessaloniki
add(("ΚΔΑΠ Ουράνιο Τόξο, καλημέρα, είμαι η Δέσποινα.", [("name", "Δέσποινα")]))
add(("Καλημέρα σας, με λένε Κατερίνα Παπαδοπούλου, θέλω να γράψω τον γιο μου για το απογευματινό.", [("name", "Κατερίνα Παπαδοπούλου")]))
add(("Βεβαίως. Λειτουργούμε Δευτέρα με Παρασκευή 13:00 με 21:00, το μηνιαίο είναι 180 ευρώ, και με το voucher της ΕΕΤΑΑ είναι δωρεάν.", []))
add(("Θα χρειαστώ το ΑΦΜ σας για την αίτηση του voucher.", []))
add(("Ναι, " + el_say(GA[0][:3]) + ", " + el_say(GA[0][3:6]) + ", " + el_say(GA[0][6:]) + ".", [("id", el_say(GA[0][:3]) + ", " + el_say(GA[0][3:6]) + ", " + el_say(GA[0][6:]))], "Θα χρειαστώ το ΑΦΜ σας για την αίτηση του voucher."))
add(("ο μικρός γεννήθηκε στις δεκαεφτά σεπτεμβρίου του δύο χιλιάδες δεκαέξι", [("date_of_birth", "δεκαεφτά σεπτεμβρίου του δύο χιλιάδες δεκαέξι")]))
add(("Η διεύθυνσή σας;", []))
add(("Μένουμε στην Εγνατία 134, τρίτος όροφος, Θεσσαλονίκη, 546 22.", [("address", "Εγνατία 134, τρίτος όροφος, Θεσσαλονίκη, 546 22")], "Η διεύθυνσή σας;"))
add(("Το κινητό μου είναι εξήντα εννιά, εβδομήντα εφτά, τριάντα ένα, σαράντα δύο, δεκαοχτώ.", [("phone", "εξήντα εννιά, εβδομήντα εφτά, τριάντα ένα, σαράντα δύο, δεκαοχτώ")]))
add(("Έχουμε 35 παιδιά, τμήματα των 12, και η γιορτή των Χριστουγέννων είναι στις 20 Δεκεμβρίου στις 6.", []))
# --- call 2: school robotics team, Athens
add(("Ομάδα ρομποτικής WRO του 3ου Γυμνασίου Αμαρουσίου, λέγετε.", []))
add(("Γεια σας, είμαι ο Θοδωρής, ο πατέρας ενός παιδιού της ομάδας, ο Θεόδωρος Καραγιάννης, για την μετακίνηση στη Σμύρνη.", [("name", "Θοδωρής"), ("name", "Θεόδωρος Καραγιάννης")]))
add(("Ναι κύριε Καραγιάννη, ο διεθνής τελικός είναι 28 με 30 Νοεμβρίου, 6 μαθητές, 2 προπονητές, και το κόστος ανά άτομο 640 ευρώ.", [("name", "Καραγιάννη")]))
add(("Η πτήση είναι η A3 994 στις 7:40, και το κιτ EV3 45544 πάει σαν αποσκευή 23 κιλά.", []))
add(("Θα πληρώσω με κάρτα, " + GC[0][:4] + " " + GC[0][4:8] + " " + GC[0][8:12] + " " + GC[0][12:] + ", λήξη 04/28.", [("card", GC[0][:4] + " " + GC[0][4:8] + " " + GC[0][8:12] + " " + GC[0][12:])]))
add(("Η ημερομηνία γέννησης του παιδιού για την ασφάλεια;", []))
add(("Δώδεκα του τρία, δύο χιλιάδες εννιά.", [("date_of_birth", "Δώδεκα του τρία, δύο χιλιάδες εννιά")], "Η ημερομηνία γέννησης του παιδιού για την ασφάλεια;"))
add(("Το email μου: theo.karagiannis@otenet.gr", [("email", "theo.karagiannis@otenet.gr")]))
add(("Το σταντ μας είναι το 17 στο Hall B, και οι αγώνες ξεκινάνε στις 9:30.", []))
# --- call 3: English-certificate exam centre, Larissa
add(("Κέντρο εξετάσεων Cambridge και Michigan Λάρισας, καλησπέρα.", []))
add(("Καλησπέρα, λέγομαι Βασιλική Τσιαμπά, αλλά όλοι με λένε Βίκυ, θέλω να δηλώσω την κόρη μου στο B2 First.", [("name", "Βασιλική Τσιαμπά"), ("name", "Βίκυ")]))
add(("Η εξέταση του Δεκεμβρίου είναι στις 7/12, εξέταστρα 215 ευρώ, και οι δηλώσεις κλείνουν στις 25 Οκτωβρίου.", []))
add(("Το Michigan ECCE είναι στις 14 Δεκεμβρίου, 195 ευρώ, αίθουσα 3.", []))
add(("Χρειάζομαι ημερομηνία γέννησης όπως στην ταυτότητα.", []))
add(("εεε τρεις του πέντε του δύο χιλιάδες οχτώ", [("date_of_birth", "τρεις του πέντε του δύο χιλιάδες οχτώ")], "Χρειάζομαι ημερομηνία γέννησης όπως στην ταυτότητα."))
add(("Θα το πληρώσω με μεταφορά, το IBAN μου είναι " + grouped(GI[0]) + ".", [("iban", grouped(GI[0]))]))
add(("Τηλέφωνο σταθερό 2410 537 218", [("phone", "2410 537 218")]))
add(("Το email είναι vicky underscore tsiampa στο yahoo τελεία gr", [("email", "vicky underscore tsiampa στο yahoo τελεία gr")]))
# --- call 4: five-day school excursion operator, Patras
add(("Ταξιδιωτικό γραφείο Σχολικές Αποδράσεις, καλημέρα σας.", []))
add(("Καλημέρα, είμαι η Ελένη Μαυρίδου, υποδιευθύντρια στο 5ο Λύκειο Πάτρας, για την πενταήμερη στη Θεσσαλονίκη.", [("name", "Ελένη Μαυρίδου")]))
add(("Μάλιστα κυρία Μαυρίδου, 4 με 8 Μαρτίου, 87 μαθητές, 6 συνοδοί, 2 πούλμαν, ξενοδοχείο 4 αστέρων, 265 ευρώ ανά μαθητή.", [("name", "Μαυρίδου")]))
add(("Τα δωμάτια είναι 24 τρίκλινα και 4 δίκλινα, και οι συνοδοί στα 301 έως 306.", []))
add(("Ο αριθμός προσφοράς είναι 2025/0417 και η προκαταβολή 30% μέχρι 15 Φεβρουαρίου.", []))
add(("Για το συμβόλαιο, ως αρχηγός εκδρομής, το ΑΦΜ μου είναι " + GA[1] + ".", [("id", GA[1])]))
add(("Το κινητό μου 697 123 4408", [("phone", "697 123 4408")]))
add(("Η προκαταβολή θα γίνει από τον λογαριασμό του συλλόγου γονέων; Όχι, από τον δικό μου, " + GI[2] + ".", [("iban", GI[2])]))
add(("Ο Λευκός Πύργος και το Μουσείο Βυζαντινού Πολιτισμού είναι την Τετάρτη, και το Βεργίνα την Πέμπτη στις 9.", []))
# --- call 5: child educational-psychology assessment, Athens
add(("Κέντρο Αξιολόγησης Παιδιού Ορίζοντες, καλησπέρα, είμαι η Ρένα.", [("name", "Ρένα")]))
add(("Καλησπέρα, είμαι ο Νίκος ο Αθανασίου, θέλουμε αξιολόγηση για δυσλεξία για την κόρη μας.", [("name", "Νίκος ο Αθανασίου")]))
add(("Η πλήρης αξιολόγηση είναι 3 συνεδρίες, 350 ευρώ, και η γνωμάτευση βγαίνει σε 15 εργάσιμες.", []))
add(("Η μικρή γεννήθηκε 22/01/2015", [("date_of_birth", "22/01/2015")]))
add(("Η διεύθυνση για την απόδειξη;", []))
add(("Λεωφόρος Αλεξάνδρας 58, διαμέρισμα 4, Αθήνα 114 73", [("address", "Λεωφόρος Αλεξάνδρας 58, διαμέρισμα 4, Αθήνα 114 73")], "Η διεύθυνση για την απόδειξη;"))
add(("Και το ΑΦΜ για την απόδειξη, " + GA[2][:3] + " " + GA[2][3:6] + " " + GA[2][6:] + ".", [("id", GA[2][:3] + " " + GA[2][3:6] + " " + GA[2][6:])]))
add(("Πληρώνω με κάρτα, πέντε ένα έξι εφτά, τριάντα δύο μηδέν μηδέν, " + el_say(GC[1][8:12]) + ", " + el_say(GC[1][12:]) + ".", [("card", "πέντε ένα έξι εφτά, τριάντα δύο μηδέν μηδέν, " + el_say(GC[1][8:12]) + ", " + el_say(GC[1][12:]))]))
add(("Το ραντεβού είναι Τρίτη 11 Φεβρουαρίου στις 17:30, στο γραφείο 204.", []))
# --- call 6: au pair agency, Limassol (Cypriot)
add(("Au Pair Cyprus, καλημέρα, η Στέλλα.", [("name", "Στέλλα")]))
add(("Καλημέρα κοπέλα μου, εν ο Χάμπης, ο Χαράλαμπος Ιωάννου που τη Λεμεσό, θέλουμε κοπέλλα για τα μωρά.", [("name", "Χάμπης"), ("name", "Χαράλαμπος Ιωάννου")]))
add(("Να σας πω, 25 ώρες την εβδομάδα, 350 ευρώ τον μήνα χαρτζιλίκι, και η αμοιβή του γραφείου 900.", []))
add(("Η διεύθυνση του σπιτιού;", []))
add(("Οδός Αρχιεπισκόπου Λεοντίου 212, διαμέρισμα 302, Λεμεσός 3020", [("address", "Οδός Αρχιεπισκόπου Λεοντίου 212, διαμέρισμα 302, Λεμεσός 3020")], "Η διεύθυνση του σπιτιού;"))
add(("Το τηλέφωνο εν ενενήντα εννιά, εξήντα πέντε, τριάντα τέσσερα, είκοσι ένα.", [("phone", "ενενήντα εννιά, εξήντα πέντε, τριάντα τέσσερα, είκοσι ένα")]))
add(("Το IBAN μου " + GI[3][:4] + " " + " ".join(grouped(GI[3][4:]).split()) + ", στην Τράπεζα Κύπρου.", [("iban", GI[3][:4] + " " + " ".join(grouped(GI[3][4:]).split()))]))
add(("Τζιαι αν θέλετε να μου στείλετε τες οδηγίες, charis.ioannou στο cytanet τελεία com τελεία cy", [("email", "charis.ioannou στο cytanet τελεία com τελεία cy")]))
add(("Α, τζιαι για την επιστροφή της εγγύησης, ο λογαριασμός της γυναίκας μου, " + grouped(GI[7]), [("iban", grouped(GI[7]))]))
add(("Η κοπέλλα έρχεται με την πτήση 6H 2134 στις 14 Ιουνίου, και μένει 12 μήνες.", []))
# --- call 7: abacus centre, Heraklion (Cretan)
add(("Abacus Κρήτης, καλησπέρα σας.", []))
add(("Καλησπέρα, ο Μανώλης Σφακιανάκης είμαι, να ρωτήσω για τα τμήματα του άβακα.", [("name", "Μανώλης Σφακιανάκης")]))
add(("Ναι, τα επίπεδα είναι 10, κάθε επίπεδο 3 μήνες, 55 ευρώ τον μήνα, και το βιβλίο 18.", []))
add(("Ο διαγωνισμός είναι στις 6 Απριλίου, 100 πράξεις σε 8 λεπτά, στο 2ο Δημοτικό Ηρακλείου.", []))
add(("Η ημερομηνία γέννησης της μικρής;", []))
add(("τριάντα του οχτώ, δυο χιλιάδες δεκαεφτά", [("date_of_birth", "τριάντα του οχτώ, δυο χιλιάδες δεκαεφτά")], "Η ημερομηνία γέννησης της μικρής;"))
add(("Πληρώνω με κάρτα " + el_say(GC[2]), [("card", el_say(GC[2]))]))
add(("Μένουμε στη Λεωφόρο Κνωσού 77, στον δεύτερο, Ηράκλειο", [("address", "Λεωφόρο Κνωσού 77, στον δεύτερο, Ηράκλειο")], "Και η διεύθυνσή σας;"))
add(("Το κινητό μου εξακόσια ενενήντα τέσσερα, πεντακόσια δώδεκα, ογδόντα οχτώ, μηδέν τρία", [("phone", "εξακόσια ενενήντα τέσσερα, πεντακόσια δώδεκα, ογδόντα οχτώ, μηδέν τρία")]))
# --- call 8: high-school exchange year agency, Athens (young caller)
add(("Exchange Year Hellas, γεια σας, είμαι ο Στέφανος.", [("name", "Στέφανος")]))
add(("γεια σας είμαι η μυρτώ λαμπράκη είμαι στη β λυκείου και θέλω να πάω αμερική του χρόνου", [("name", "μυρτώ λαμπράκη")]))
add(("Τέλεια. Το πρόγραμμα είναι 10 μήνες, από 10 Αυγούστου, 11.900 ευρώ, και οι αιτήσεις κλείνουν 31 Ιανουαρίου.", []))
add(("Για την αίτηση χρειάζομαι την ημερομηνία γέννησης και το email σου.", []))
add(("γεννήθηκα 9 νοεμβρίου 2008 και το email είναι myrto.lampraki@gmail.com", [("date_of_birth", "9 νοεμβρίου 2008"), ("email", "myrto.lampraki@gmail.com")], "Για την αίτηση χρειάζομαι την ημερομηνία γέννησης και το email σου."))
add(("Τα λεφτά θα τα στείλει ο μπαμπάς μου, το IBAN του είναι " + GI[1] + " λέει εδώ", [("iban", GI[1])]))
add(("Και το ΑΦΜ του μπαμπά μου, " + pairs(el_num, GA[3], "μηδέν") + ".", [("id", pairs(el_num, GA[3], "μηδέν"))]))
add(("Η συνέντευξη είναι Σάββατο 23 Νοεμβρίου στις 11:00, και το τεστ αγγλικών SLEP 45 λεπτά.", []))
add(("Το κινητό μου +30 693 880 1267", [("phone", "+30 693 880 1267")]))
# --- call 9: gifted weekend programme, Nicosia (Cypriot)
add(("Πρόγραμμα Ταλαντούχων Παιδιών Λευκωσίας, καλημέρα.", []))
add(("Καλημέρα σας, η Ανδρούλλα Χριστοδούλου είμαι, η κόρη μου πέρασε τα τεστ και θέλω να τη γράψω.", [("name", "Ανδρούλλα Χριστοδούλου")]))
add(("Μάλιστα, κυρία Χριστοδούλου. Τα μαθήματα είναι κάθε Σάββατο 9:00 με 12:30, 28 Σάββατα, 620 ευρώ τον χρόνο.", [("name", "Χριστοδούλου")]))
add(("Τζιαι η διεύθυνσή σας;", []))
add(("Μένουμε Λεωφόρος Στροβόλου 145, διαμέρισμα 6, Στρόβολος 2048", [("address", "Λεωφόρος Στροβόλου 145, διαμέρισμα 6, Στρόβολος 2048")], "Τζιαι η διεύθυνσή σας;"))
add(("Το τηλέφωνο εν 22 316 754 στο σπίτι τζιαι 96 441 280 το κινητό", [("phone", "22 316 754"), ("phone", "96 441 280")]))
add(("Θα πληρώσουμε με μεταφορά, " + grouped(GI[4]), [("iban", grouped(GI[4]))]))
add(("Η κόρη γεννήθηκε στις 4 Ιουλίου 2014", [("date_of_birth", "4 Ιουλίου 2014")]))
add(("Το email androulla.chr at cytanet dot com dot cy", [("email", "androulla.chr at cytanet dot com dot cy")]))
add(("Φέτος έχουμε 46 παιδιά σε 4 τμήματα, και η έκθεση των projects στις 31 Μαΐου στο Πανεπιστήμιο.", []))
# --- call 10: baby sign-language classes, Chalandri
add(("Baby Signs Χαλάνδρι, γεια σας, η Ιωάννα είμαι.", [("name", "Ιωάννα")]))
add(("Γεια σας! Είμαι η Λένα, Έλενα Καρρά, θέλω να γραφτώ στο τμήμα της Πέμπτης.", [("name", "Λένα"), ("name", "Έλενα Καρρά")]))
add(("Ωραία. Πέμπτη 10:30, 6 μαθήματα, 72 ευρώ, για μωρά 6 με 18 μηνών.", []))
add(("Ο μικρός γεννήθηκε στις 2 Φεβρουαρίου του 24.", [("date_of_birth", "2 Φεβρουαρίου του 24")], "Πότε γεννήθηκε το μωρό;"))
add(("Το email μου είναι e l e n a k a r r a at hotmail dot com", [("email", "e l e n a k a r r a at hotmail dot com")]))
add(("Κάρτα: " + GC[3][:4] + " " + GC[3][4:8] + "... όχι συγγνώμη, " + GC[3][4:8] + " " + GC[3][8:12] + " " + GC[3][12:], [("card", GC[3][:4] + " " + GC[3][4:8]), ("card", GC[3][4:8] + " " + GC[3][8:12] + " " + GC[3][12:])]))
add(("Ο χώρος είναι στην Αγίας Παρασκευής 40, δίπλα στο φαρμακείο, πρώτος όροφος.", []))
add(("Το τηλέφωνό μου 6944 02 17 83", [("phone", "6944 02 17 83")]))
# --- call 11: Montessori diploma for nursery teachers, Piraeus (older caller)
add(("Ινστιτούτο Μοντεσσόρι Πειραιά, παρακαλώ.", []))
add(("Χαίρετε, λέγομαι Σταυρούλα Δημητρακοπούλου, είμαι νηπιαγωγός 25 χρόνια και ενδιαφέρομαι για το δίπλωμα.", [("name", "Σταυρούλα Δημητρακοπούλου")]))
add(("Το δίπλωμα είναι 400 ώρες, Οκτώβριος με Ιούνιος, 2.800 ευρώ σε 8 δόσεις των 350.", []))
add(("Χρειάζομαι το ΑΦΜ σας για το τιμολόγιο.", []))
add(("Το ΑΦΜ μου: μηδέν έξι, εξήντα τέσσερα, σαράντα ένα, " + pairs(el_num, GA[4][6:], "μηδέν") + ".", [("id", "μηδέν έξι, εξήντα τέσσερα, σαράντα ένα, " + pairs(el_num, GA[4][6:], "μηδέν"))], "Χρειάζομαι το ΑΦΜ σας για το τιμολόγιο."))
add(("Γεννήθηκα στις είκοσι οχτώ Φεβρουαρίου χίλια εννιακόσια εβδομήντα τέσσερα", [("date_of_birth", "είκοσι οχτώ Φεβρουαρίου χίλια εννιακόσια εβδομήντα τέσσερα")]))
add(("Διεύθυνση: Ηρώων Πολυτεχνείου 92, Πειραιάς 185 36", [("address", "Ηρώων Πολυτεχνείου 92, Πειραιάς 185 36")]))
add(("Θα πληρώσω με κάρτα American Express, " + GC[6][:4] + " " + GC[6][4:10] + " " + GC[6][10:], [("card", GC[6][:4] + " " + GC[6][4:10] + " " + GC[6][10:])]))
add(("Ή καλύτερα από τον λογαριασμό, " + GI[5][:2] + " " + GI[5][2:4] + " " + " ".join(grouped(GI[5][4:]).split()), [("iban", GI[5][:2] + " " + GI[5][2:4] + " " + " ".join(grouped(GI[5][4:]).split()))]))
add(("Τα σεμινάρια είναι Σάββατο 10 με 4, στην αίθουσα 12, και η πρακτική 120 ώρες σε 3 παιδικούς σταθμούς.", []))
# --- call 12: forest-school nursery, Pelion
add(("Δασικό Νηπιαγωγείο Πηλίου, καλημέρα.", []))
add(("καλημέρα είμαι ο Γιάννης ο Ζαφειρίου, αλλά με λένε Johnny, θέλουμε να έρθει η μικρή από Σεπτέμβρη", [("name", "Γιάννης ο Ζαφειρίου"), ("name", "Johnny")]))
add(("Δεχόμαστε παιδιά 3 με 6, 15 παιδιά το μέγιστο, 8:00 με 14:00, 240 ευρώ τον μήνα.", []))
add(("η μικρή γεννήθηκε πέντε του έντεκα του δεκαεννιά", [("date_of_birth", "πέντε του έντεκα του δεκαεννιά")], "Πότε γεννήθηκε η μικρή;"))
add(("Μένουμε στην Πορταριά, οδός Αγίου Νικολάου 19, Βόλος 370 11", [("address", "Πορταριά, οδός Αγίου Νικολάου 19, Βόλος 370 11")]))
add(("Πληρώνω από τον λογαριασμό " + GI[6] + " ή με κάρτα " + GC[7], [("iban", GI[6]), ("card", GC[7])]))
add(("Το ΑΦΜ μου " + GA[5] + ", και της γυναίκας μου " + GA[6][:4] + " " + GA[6][4:], [("id", GA[5]), ("id", GA[6][:4] + " " + GA[6][4:])]))
add(("Το κινητό 6972 884 105, και email johnny.zaf@windowslive.com", [("phone", "6972 884 105"), ("email", "johnny.zaf@windowslive.com")]))
add(("Η εγγραφή κοστίζει 80 ευρώ, τα παπούτσια και η αδιάβροχη φόρμα 65, και η γιορτή τη 1η Ιουνίου στο Κισσός.", []))
add(("Το σχολείο είναι 3 χιλιόμετρα από την πλατεία, στον δρόμο για τα Χάνια, στο 28ο χιλιόμετρο.", []))
LANGS["en"] = EN
if "AR" in globals(): LANGS["ar"] = AR
if "HE" in globals(): LANGS["he"] = HE
if "EL" in globals(): LANGS["el"] = EL

# ---------------------------------------------------------------- main
def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        lines = build(items)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for o in lines:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        counts = {}
        for o in lines:
            for s in o["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        clean = sum(1 for o in lines if not o["spans"])
        print(lang, len(lines), "items,", clean, "clean,", sum(counts.values()), "spans", dict(sorted(counts.items())))

if __name__ == "__main__":
    main()
