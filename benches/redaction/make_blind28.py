#!/usr/bin/env python3
"""Blind held-out redaction set "blind28" (en, ar, he, el).

Who wrote it and how: a helper session working only from a written brief.
It never read the redactor, its rules, its tests or any other evaluation
set or generator.  The calls, people and values are invented; every
check-digit value (card Luhn, IBAN mod-97, Teudat Zehut, Greek AFM, Saudi
ID / Iqama) is computed here, and the script asserts every span and that
long non-personal numbers fail those checks.

Sectors (all M-Z): marina berths, museum memberships, musical instrument
hire, notary / certification and apostille services, numismatic auctions,
photo restoration labs, recruitment agencies (incl. domestic-worker
recruitment), self-storage, scrap-car collection and vehicle scrapping,
solar panel leasing, tax-return and VAT preparation, translation agencies,
tyre storage, uniform and workwear supply, vending machines, wheelchair and
mobility hire, water-well drilling, yacht charter, land surveyors.

Output: data/redaction/blind28/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are byte offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.
Run: python3 benches/redaction/make_blind28.py  (standard library only).
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "data", "redaction", "blind28")

# ---------------------------------------------------------------- checks


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


def luhn(prefix, length):
    """Pad prefix with a fixed filler to length-1 and add the Luhn digit."""
    body = prefix
    filler = "7350918264"
    i = 0
    while len(body) < length - 1:
        body += filler[i % len(filler)]
        i += 1
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29,
            "JO": 30, "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, bban, len(bban))
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v)
    return v


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 if i % 2 == 0 else 2)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def tz(first8):
    for c in "0123456789":
        if tz_ok(first8 + c):
            return first8 + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(first8):
    for c in "0123456789":
        if afm_ok(first8 + c):
            return first8 + c
    raise AssertionError


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(first9):
    assert first9[0] in "12"
    for c in "0123456789":
        if saudi_ok(first9 + c):
            return first9 + c
    raise AssertionError


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---------------------------------------------------------- number words

WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "arc": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "hem": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def w(lang, digits, sep=" ", oh=False):
    """Digits spoken one by one; sep is put between words."""
    out = []
    for c in digits:
        if c.isdigit():
            x = WORDS[lang][int(c)]
            if oh and c == "0":
                x = "oh"
            out.append(x)
        elif c in " -":
            out.append(",")
    s = sep.join(out).replace(sep + "," + sep, ", ")
    return s


def ind(s):
    return s.translate(AR_INDIC)


# ------------------------------------------------------------ assembling

LANGS = {}
DIG_RUN = re.compile(r"[0-9٠-٩](?:[0-9٠-٩]|[ .\-/](?=[0-9٠-٩]))*")


def _digits(s):
    return "".join(str(int(c)) for c in s if c.isdigit())


def check_value(kind, sub):
    """Where a span is written purely in digits, check its value."""
    if kind in ("card", "id") and re.fullmatch(r"[0-9٠-٩ .\-]+", sub):
        d = _digits(sub)
        if kind == "card":
            assert 13 <= len(d) <= 19 and luhn_ok(d), sub
        else:
            assert (tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)), sub
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9 ]+[A-Z0-9 ]*", sub):
        assert iban_ok(sub), sub


def check_clean(text):
    """Long digit runs in non-personal items must fail every check."""
    for m in DIG_RUN.finditer(text):
        d = _digits(m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid non-personal", text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("id-valid non-personal", text)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("saudi-valid non-personal", text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", text):
        assert not iban_ok(m.group().strip()), text


def build(items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        cur = 0
        out = []
        for kind, sub in spans:
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            assert sub == sub.strip() and sub, (sub, text)
            i = b.find(sb, cur)
            assert i >= 0, ("span not found after previous", sub, text)
            check_value(kind, sub)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            cur = i + len(sb)
        if not spans:
            check_clean(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), ("duplicate text", lang)
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        neg = sum(1 for r in rows if not r["spans"])
        assert all(counts.get(k, 0) >= 7 for k in KINDS), (lang, counts)
        print(lang, len(rows), "items,", neg, "non-personal,",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


# ================================================================= data
# ------------------------------------------------------------- English
EN_C1 = luhn("453914880362417", 16)
EN_C2 = luhn("542507193386410", 16)
EN_C3 = luhn("37828046159113", 15)
EN_C4 = luhn("601162738810942", 16)
EN_IE1 = iban("IE", "AIBK93115277406318")
EN_GB1 = iban("GB", "BARC20004538671920")
EN_SSN1 = "412638057"
EN_SSN2 = "538-21-4406"
assert ssn_ok(EN_SSN1) and ssn_ok(EN_SSN2)

EN = [
    # marina berths, Irish
    ("Good morning, Carrickmore Marina, you're speaking with Siobhán.", [("name", "Siobhán")]),
    ("Hiya, it's Paddy Daly here, I've the forty foot berth on pontoon C, number fourteen.",
     [("name", "Paddy Daly")]),
    ("Right so, the berth renewal for twenty twenty-five is two thousand one hundred and forty euro, that's for the twelve months.", []),
    ("The lift-out is booked for the third of October at half eight, tide permitting, and the crane's hired for two hours.", []),
    ("Best number for me is oh eight seven, two two four, six one nine three.",
     [("phone", "oh eight seven, two two four, six one nine three")], "And is the mobile still the same?"),
    ("Grand, I'll give you the IBAN for the direct debit, it's " + grp(EN_IE1, [4] * 5) + ".",
     [("iban", grp(EN_IE1, [4] * 5))]),
    ("Pontoon C has thirty-two berths and the fuel dock opens at seven, diesel is one eighty-nine a litre this week.", []),
    ("email is paddy dot daly sixty one at eircom dot net",
     [("email", "paddy dot daly sixty one at eircom dot net")], "Have you an email for the invoice?"),
    ("Post it out to me at 14 Seafield Crescent, Skerries, County Dublin, K34 XW62.",
     [("address", "14 Seafield Crescent, Skerries, County Dublin, K34 XW62")], "What address will we send the new fob to?"),
    ("The boat's called the Maeve Rose, she's registered in Dún Laoghaire, hull number IRL 40217.", []),
    # musical instrument hire, UK
    ("Thanks for calling Harmonia Instrument Hire, my name's Gareth, how can I help?", [("name", "Gareth")]),
    ("Oh hi, um, yes, I hired a cello for my daughter, my name is Philippa Ashworth-Kerr.",
     [("name", "Philippa Ashworth-Kerr")]),
    ("Her date of birth is the ninth of February, two thousand and twelve.",
     [("date_of_birth", "the ninth of February, two thousand and twelve")], "And the pupil's date of birth, for the schools discount?"),
    ("The three-quarter size cello is eighteen pounds a month, and after thirty-six months the instrument is yours.", []),
    ("Can I pay the damage cover by card, it's " + w("en", EN_C1[:4]) + ", " + w("en", EN_C1[4:8]) + ", "
     + w("en", EN_C1[8:12]) + ", " + w("en", EN_C1[12:]) + ".",
     [("card", w("en", EN_C1[:4]) + ", " + w("en", EN_C1[4:8]) + ", " + w("en", EN_C1[8:12]) + ", " + w("en", EN_C1[12:]))]),
    ("so that's a Yamaha YCL-255 clarinet and a Stentor Student II cello, both due back on the fourteenth of June", []),
    ("Um, I've a second card actually, the Amex. " + w("en", EN_C3[:4]) + ", " + w("en", EN_C3[4:10]) + ",",
     [("card", w("en", EN_C3[:4]) + ", " + w("en", EN_C3[4:10]))]),
    (w("en", EN_C3[10:]) + ", and the expiry's eleven twenty-six", [("card", w("en", EN_C3[10:]))],
     "Yep, got that, and the last five?"),
    ("it's philippa.ak@btinternet.com, all lower case", [("email", "philippa.ak@btinternet.com")]),
    ("We've a branch on Mill Lane opposite the Tesco, open Monday to Saturday, nine till half five.", []),
    # notary and apostille, US
    ("Liberty Notary and Apostille, this is Marisol, how may I help you today?", [("name", "Marisol")]),
    ("Yeah hi, Darnell Washington, I need an apostille on my birth certificate for Italy, for my citizenship thing.",
     [("name", "Darnell Washington")]),
    ("Okay Mr. Washington, and what's the date of birth on the certificate?", [("name", "Washington")]),
    ("July fourth, nineteen ninety. Yeah, Fourth of July baby.", [("date_of_birth", "July fourth, nineteen ninety")],
     "And what's the date of birth on the certificate?"),
    ("The apostille fee is twenty dollars per document, processing is five to seven business days, your order number is 88213.", []),
    ("You can reach me at three one two, eight four seven, two nine oh six.",
     [("phone", "three one two, eight four seven, two nine oh six")]),
    ("Mail it back to 2240 West Division Street, apartment 3R, Chicago, Illinois 60622.",
     [("address", "2240 West Division Street, apartment 3R, Chicago, Illinois 60622")]),
    ("Illinois Secretary of State takes about ten business days right now, so figure around the twenty-first.", []),
    # tax-return preparation, US, Indian caller
    ("Summit Tax Prep, Jordan speaking.", [("name", "Jordan")]),
    ("Hello, good evening, this is Venkatesh Subramanian, I had filed with you last year also.",
     [("name", "Venkatesh Subramanian")]),
    ("Sure, let me pull up your file, it was the 2023 return, filed on April 11th. Can you verify your social?", []),
    ("Yes, it is four one two, six three, eight zero five seven.",
     [("id", "four one two, six three, eight zero five seven")], "Can you verify your social?"),
    ("And my wife's is " + EN_SSN2 + ", she is also filing jointly.", [("id", EN_SSN2)]),
    ("And our son's, for the dependent credit, " + w("en", "771024583", oh=True) + ".",
     [("id", w("en", "771024583", oh=True))]),
    ("My date of birth, nineteen eighty-three, March twenty-second.",
     [("date_of_birth", "nineteen eighty-three, March twenty-second")], "And your date of birth for the return?"),
    ("Your W-2 shows seventy-eight thousand four hundred and the refund last year was one thousand two hundred and six dollars.", []),
    ("email is venkat dot s underscore eighty three at gmail dot com",
     [("email", "venkat dot s underscore eighty three at gmail dot com")]),
    ("The extension deadline is October fifteenth, and our fee for a joint 1040 with Schedule C is three forty-nine.", []),
    ("I moved also, new address is 1187 Oak Hollow Drive, Plano, Texas, 75023.",
     [("address", "1187 Oak Hollow Drive, Plano, Texas, 75023")]),
    # recruitment agency, Nigerian candidate in the UK
    ("Good afternoon, Meridian Talent, you're through to Chloe.", [("name", "Chloe")]),
    ("Good afternoon ma, my name is Oluwaseun Adebayo-Okafor, I applied for the warehouse supervisor role.",
     [("name", "Oluwaseun Adebayo-Okafor")]),
    ("The role is thirty-eight hours a week at twelve pounds forty an hour, shifts six till two, starting Monday the second.", []),
    ("my number is oh seven nine four six, three eight one, five five two", [("phone", "oh seven nine four six, three eight one, five five two")]),
    ("Or the WhatsApp one, plus two three four, eight zero three, four four one, seven two six nine.",
     [("phone", "plus two three four, eight zero three, four four one, seven two six nine")]),
    ("I live at flat 3, 27 Eldon Road, Croydon, CR0 2PH.", [("address", "flat 3, 27 Eldon Road, Croydon, CR0 2PH")]),
    ("For payroll we need your bank details. Sort code and account or the IBAN is fine.", []),
    ("The IBAN is " + grp(EN_GB1, [4] * 5) + ".", [("iban", grp(EN_GB1, [4] * 5))]),
    ("Interview is at Amazon's Dartford site, the DRT2 building, Thursday at ten thirty, ask for Gate 4.", []),
    # self-storage, Australian
    ("G'day, Wattle Self Storage, Bronwyn speaking.", [("name", "Bronwyn")]),
    ("Hi, yeah it's Davo, Dave Kowalczyk, I've got unit two-oh-seven.", [("name", "Davo"), ("name", "Dave Kowalczyk")]),
    ("No worries, you're on the three by three, two hundred and nineteen a month.", []),
    ("Yeah mate, Mastercard, " + grp(EN_C2, [4] * 4) + ", expiry oh eight twenty-seven.", [("card", grp(EN_C2, [4] * 4))]),
    ("The gate code changes on the first, and the office is closed Anzac Day, the twenty-fifth.", []),
    ("mobile's oh four one two, three five six, seven eight nine", [("phone", "oh four one two, three five six, seven eight nine")]),
    ("Unit 207 is on level two near lift B, and the trolleys are by bay 14.", []),
    ("Unit two-oh-seven, two-oh-seven, that's not my address, my address is 9 Banksia Court, Frankston South, Victoria, 3199.",
     [("address", "9 Banksia Court, Frankston South, Victoria, 3199")]),
    ("davo kowalczyk at bigpond dot com, k o w a l c z y k",
     [("email", "davo kowalczyk at bigpond dot com"), ("email", "k o w a l c z y k")]),
]

LANGS["en"] = EN
EN_C5 = luhn("601100948372615", 16)
EN_C6 = luhn("49291740263855", 16)
EN_C7 = luhn("222100481937264", 16)
EN_C8 = luhn("353011672849301", 16)
EN_DE1 = iban("DE", "370400440532013000")
EN_GB2 = iban("GB", "NWBK60161382640517")
EN_IE2 = iban("IE", "BOFI90001731946218")
EN_AE1 = iban("AE", "0330000010123456789")
EN_GR1 = iban("GR", "01101250000000012300695")
EN_SA1 = iban("SA", "80000000608010167519")
EN_IQ = saudi("247193856")
EN_TZ = tz("03184726")
EN_AFM = afm("14825039")
EN_SSN3 = "147-80-2293"
EN_SSN4 = "623451198"
assert ssn_ok(EN_SSN3) and ssn_ok(EN_SSN4)

EN += [
    # scrap-car collection, UK (Yorkshire)
    ("Morning, Northern Scrap Car Collections, it's Kerry.", [("name", "Kerry")]),
    ("Aye hello love, I've got an old Vauxhall Corsa, 2009 reg, failed its MOT, wondering what you'd give us for it.", []),
    ("For a 2009 Corsa we're looking at about a hundred and sixty quid, and collection's free within thirty miles of Leeds.", []),
    ("It's at 52 Towngate, Heckmondwike, WF16 0HZ, round the back by the garages.",
     [("address", "52 Towngate, Heckmondwike, WF16 0HZ")], "And where's the car sitting?"),
    ("we pay by bank transfer only now so I'll need the IBAN off your statement", []),
    ("Right, it's G B, " + grp(EN_GB2[2:], [2, 4, 6, 8]) + ".", [("iban", "G B, " + grp(EN_GB2[2:], [2, 4, 6, 8]))]),
    ("Number's oh one nine two four, double four, seven, one eight two", [("phone", "oh one nine two four, double four, seven, one eight two")],
     "And a landline for the driver?"),
    ("The driver will be with you Wednesday between eight and twelve, job reference SC-40912, and bring the V5C logbook.", []),
    # tyre storage, Irish
    ("Hi there, I've my winter tyres stored with ye since last October, four Michelin Alpin 205 55 R16.", []),
    ("There's a storage charge of sixty-five euro per season, and the fitting is another forty if we swap them on the day.", []),
    ("name is Aoife Ní Bhriain, that's A O I F E", [("name", "Aoife Ní Bhriain"), ("name", "A O I F E")],
     "What name are they stored under?"),
    ("Card is " + w("en", EN_C5[:4]) + " " + w("en", EN_C5[4:8]) + ", " + EN_C5[8:12] + " " + EN_C5[12:],
     [("card", w("en", EN_C5[:4]) + " " + w("en", EN_C5[4:8]) + ", " + EN_C5[8:12] + " " + EN_C5[12:])]),
    ("My email's aoife.nibhriain@gmail.com, no fadas in it.", [("email", "aoife.nibhriain@gmail.com")]),
    ("rack 12, slot 4B, so the set with the tag 30881 will be ready for Saturday the ninth", []),
    # wheelchair and mobility-scooter hire, UK
    ("You're through to Wayfarer Mobility Hire, my name is Priya, how can I help you?", [("name", "Priya")]),
    ("Yes, hello dear, it's for my husband, he needs a wheelchair for a fortnight while we're in Bath, he's eighty-one.", []),
    ("I'm Mrs Hargreaves, Margaret Hargreaves.", [("name", "Margaret Hargreaves")]),
    ("His date of birth is the, um, the twenty-third of, no sorry, the thirteenth of November nineteen forty-three.",
     [("date_of_birth", "the thirteenth of November nineteen forty-three")], "And could I have the user's date of birth, for the insurance?"),
    ("The transit chair is thirty-five pounds a week, so seventy for the two weeks, plus a fifty pound deposit refunded on return.", []),
    ("Deliver to the Francis Hotel, it's on Queen Square, we check in on the fifth, room 214.", []),
    ("Our home address is 6 Church View, Much Wenlock, Shropshire, TF13 6AA.",
     [("address", "6 Church View, Much Wenlock, Shropshire, TF13 6AA")]),
    ("zero seven seven zero zero, nine double oh, three one six", [("phone", "zero seven seven zero zero, nine double oh, three one six")],
     "And a mobile number, in case the driver can't find you?"),
    # yacht charter, US clients, Greek base
    ("Hi, this is Ashley calling from Denver, we booked the Lagoon 42 catamaran out of Lavrio for the week of August ninth.", [("name", "Ashley")]),
    ("The charter is eight thousand nine hundred euros, plus the APA of thirty percent, and the skipper is two hundred a day.", []),
    ("Could you confirm your full name and date of birth for the crew list?", []),
    ("Ashley Brooke Tran, date of birth is 04/17/1988.",
     [("name", "Ashley Brooke Tran"), ("date_of_birth", "04/17/1988")], "Could you confirm your full name and date of birth for the crew list?"),
    ("My husband's is December second, nineteen eighty-five.",
     [("date_of_birth", "December second, nineteen eighty-five")]),
    ("For the balance, wire to our account at Piraeus Bank, IBAN " + EN_GR1 + ", reference LAV-2291.",
     [("iban", EN_GR1)]),
    ("The invoice needs your AFM if you're a Greek resident. My cousin handles the company side, his AFM is " + EN_AFM + ".",
     [("id", EN_AFM)]),
    ("Passport numbers we can take at check-in, we sail from Lavrio at five p.m. on Saturday, return Friday by noon.", []),
    ("best cell is plus one seven two zero, three three one, four nine zero two",
     [("phone", "plus one seven two zero, three three one, four nine zero two")]),
    ("ashley b tran at outlook dot com", [("email", "ashley b tran at outlook dot com")], "And the email for the contract?"),
    # vending machines, Riyadh, Indian caller
    ("Hello, Oasis Vending Riyadh, good morning, how can I assist?", []),
    ("Good morning sir, I'm calling from the hostel in Al Olaya, the machine on floor 2 is eating coins, machine ID VM-0731.", []),
    ("Okay, for the refund I need your iqama number.", []),
    ("Iqama number is " + " ".join(EN_IQ[i:i + 2] for i in range(0, 10, 2)) + ".",
     [("id", " ".join(EN_IQ[i:i + 2] for i in range(0, 10, 2)))]),
    ("and my mobile is zero five five, three one two, eight eight four seven",
     [("phone", "zero five five, three one two, eight eight four seven")]),
    ("Refund is twelve riyals, it will go to your account within three to five working days.", []),
    ("Account IBAN is " + grp(EN_SA1, [4] * 6) + ", Al Rajhi.", [("iban", grp(EN_SA1, [4] * 6))]),
    # numismatic auction, UK, older caller
    ("Hello, is that Spinks? No, sorry, Whitmore and Pryce Numismatics? Oh good.", []),
    ("I want to consign my late father's sovereigns, there's about forty of them, 1911 to 1925 mostly, and an 1887 Jubilee five pound.", []),
    ("Lot 318 in the March sale went for one thousand four hundred and fifty pounds hammer, with a buyer's premium of twenty-four percent.", []),
    ("I'm Reginald Ffoulkes, double F, Reggie to everybody.", [("name", "Reginald Ffoulkes"), ("name", "Reggie")]),
    ("Fifth of the fifth, forty-six. I'll be eighty next month.", [("date_of_birth", "Fifth of the fifth, forty-six")],
     "For the anti-money-laundering check, could I take your date of birth?"),
    ("Proceeds by transfer please, my IBAN is " + grp(EN_IE2, [4] * 5) + ", I bank in Ireland now.",
     [("iban", grp(EN_IE2, [4] * 5))]),
    ("reggie dot ffoulkes at b t internet dot com", [("email", "reggie dot ffoulkes at b t internet dot com")]),
    ("The sale's on the eleventh of April, viewing from the seventh, and the catalogue is fifteen pounds.", []),
    # land surveyors, Nigerian caller in Lagos
    ("Good day, Okonkwo and Partners Surveyors, Lagos office, how may we help?", []),
    ("Good day sir, I want a survey plan for a plot in Lekki, six hundred square metres, the C of O is already processed.", []),
    ("The survey fee is three hundred and fifty thousand naira and it takes ten working days after the beacons are set.", []),
    ("The plot is at Plot 14, Block 7, Admiralty Way extension, Lekki Phase 1.",
     [("address", "Plot 14, Block 7, Admiralty Way extension, Lekki Phase 1")], "What's the address of the property?"),
    ("but I'm abroad, I live at 38 Hathaway Road, Dagenham, RM10 8QD, in the UK",
     [("address", "38 Hathaway Road, Dagenham, RM10 8QD")]),
    ("you can send it to chidinma underscore eze at yahoo dot co dot uk",
     [("email", "chidinma underscore eze at yahoo dot co dot uk")]),
    ("Pay the deposit with the Discover card, " + grp(EN_C6, [4] * 4) + ".", [("card", grp(EN_C6, [4] * 4))]),
    # translation agency, Israeli and US callers
    ("Good afternoon, Verbatim Translations, you're speaking with Noa, um, from the Tel Aviv desk.", [("name", "Noa")]),
    ("Hi, I need a sworn translation of my Israeli ID card into English, for a mortgage in the States.", []),
    ("The number on it is " + EN_TZ[:3] + "-" + EN_TZ[3:6] + "-" + EN_TZ[6:] + ".",
     [("id", EN_TZ[:3] + "-" + EN_TZ[3:6] + "-" + EN_TZ[6:])]),
    ("And the lender wants my social as well, it's " + EN_SSN3 + ".", [("id", EN_SSN3)]),
    ("My husband's social security number is " + w("en", EN_SSN4[:3]) + ", " + w("en", EN_SSN4[3:5]) + ", " + w("en", EN_SSN4[5:]) + ".",
     [("id", w("en", EN_SSN4[:3]) + ", " + w("en", EN_SSN4[3:5]) + ", " + w("en", EN_SSN4[5:]))]),
    ("It's ninety shekels per page, two pages, so a hundred and eighty, plus seventeen percent VAT, ready by Sunday the sixth.", []),
    ("I was born on the 2nd of March, 1979, in Haifa.", [("date_of_birth", "2nd of March, 1979")]),
    ("Pay with Mastercard, " + w("en", EN_C7[:8]) + ", " + w("en", EN_C7[8:]) + ".",
     [("card", w("en", EN_C7[:8]) + ", " + w("en", EN_C7[8:]))]),
    ("Or the JCB, " + EN_C8 + ", whichever goes through.", [("card", EN_C8)]),
    ("My rent goes from my German account, " + grp(EN_DE1, [4] * 5) + ", in case they ask.", [("iban", grp(EN_DE1, [4] * 5))]),
    ("Salary lands in the Emirates NBD one, " + EN_AE1 + ".", [("iban", EN_AE1)]),
    ("Phone is oh five four, seven seven, two one, nine six three.",
     [("phone", "oh five four, seven seven, two one, nine six three")]),
    ("The certified copy goes by DHL, tracking 7741 2093 8856, it should land on the twelfth.", []),
]

# -------------------------------------------------------------- Arabic
AR_C1 = luhn("588845109327461", 16)
AR_C2 = luhn("446404815320977", 16)
AR_C3 = luhn("522084613997201", 16)
AR_C4 = luhn("4000128836", 16)
AR_SA1 = iban("SA", "10000001234509876543")
AR_AE1 = iban("AE", "0260001015873420691")
AR_JO1 = iban("JO", "ARAB1180000000118273645500")
AR_NID1 = saudi("108472936")
AR_IQ1 = saudi("239104857")
AR_NID2 = saudi("110395728")
AR_PH1 = w("ar", "0504718829")
AR_PH2 = "+962 79 554 3218"
AR_PH3 = w("arc", "0553120947")
AR_NID1_W = w("ar", AR_NID1[:3]) + "، " + w("ar", AR_NID1[3:6]) + "، " + w("ar", AR_NID1[6:])

AR = [
    # marina berth, Dubai, Gulf dialect
    ("مرسى الجداف، معك مريم، شلون أقدر أساعدك؟", [("name", "مريم")]),
    ("هلا والله، معك سعيد الكتبي، عندي يخت راسي عندكم في الرصيف بي.", [("name", "سعيد الكتبي")]),
    ("حياك الله أخوي سعيد، لحظة بس أفتح الملف.", [("name", "سعيد")]),
    ("الرسوم السنوية ثمانية عشر ألف وخمسمية درهم لقارب طوله اثنين وأربعين قدم، والكهرباء تنحسب على العداد.", []),
    ("رقمي " + AR_PH1 + "، هذا الواتساب بعد.", [("phone", AR_PH1)], "تبي نتواصل معك على نفس الرقم؟"),
    ("الآيبان مال الشركة يعني مال حسابي " + grp(AR_AE1, [4] * 5) + " في بنك الإمارات دبي الوطني.",
     [("iban", grp(AR_AE1, [4] * 5))]),
    ("الإيميل saeed.alketbi77@hotmail.com يعني سعيد نقطة الكتبي سبعة وسبعين",
     [("email", "saeed.alketbi77@hotmail.com"), ("email", "سعيد نقطة الكتبي سبعة وسبعين")]),
    ("أنا ساكن في فيلا ٣٨، شارع ١٩ب، أم سقيم الأولى، دبي.", [("address", "فيلا ٣٨، شارع ١٩ب، أم سقيم الأولى، دبي")],
     "عطني العنوان عشان نرسل لك بطاقة الدخول."),
    ("الرافعة محجوزة يوم الأحد ١٢ أكتوبر الساعة ستة الصبح، والغسيل مع التشحيم بألف ومية وخمسين.", []),
    ("اليخت اسمه الريم، مسجل في رأس الخيمة، رقم التسجيل ب ٤٥٧٢.", []),
    # museum membership, Doha, MSA
    ("أهلاً بكم في مركز عضويات متحف الفن الحديث، معكم خالد، تفضلوا.", [("name", "خالد")]),
    ("السلام عليكم، اسمي نورة بنت عبدالله المري، وأرغب في تجديد العضوية العائلية.",
     [("name", "نورة بنت عبدالله المري")]),
    ("العضوية العائلية بثلاثمائة ريال في السنة، وتشمل عشر تذاكر للضيوف وخصم خمسة عشر بالمئة في المتجر.", []),
    ("تاريخ الميلاد ١٤/٠٣/١٩٩١", [("date_of_birth", "١٤/٠٣/١٩٩١")], "من فضلك تاريخ ميلادك لإكمال البيانات."),
    ("ممكن الدفع بالبطاقة؟ الرقم " + ind(grp(AR_C1, [4] * 4)) + ".", [("card", ind(grp(AR_C1, [4] * 4)))]),
    ("شكراً لك، تم التجديد حتى الحادي والثلاثين من ديسمبر.", []),
    ("أرسلوا البطاقة إلى عنواني: الدفنة، شارع ٨٤٠، مبنى ٣٢، الدوحة", [("address", "الدفنة، شارع ٨٤٠، مبنى ٣٢، الدوحة")]),
    ("المعرض الجديد يفتح من العاشرة صباحاً حتى السابعة مساءً، ويوم الجمعة من الثانية ظهراً، والدخول مجاني يوم الثلاثاء.", []),
    ("البريد الإلكتروني نورة المري على جيميل، يعني noura dot almarri at gmail dot com",
     [("email", "noura dot almarri at gmail dot com")]),
    ("ابني من مواليد السابع من يوليو ألفين وعشرة، هل يحصل على بطاقة طالب؟",
     [("date_of_birth", "السابع من يوليو ألفين وعشرة")]),
    # certification and notary services, Amman, Levantine
    ("مرحبا، مكتب الصفدي للتصديقات، معك لانا.", [("name", "لانا")]),
    ("مرحبا، أنا اسمي رامي الحوراني، بدي أصدق شهادة جامعية عشان السفارة الكندية.",
     [("name", "رامي الحوراني")]),
    ("تمام، التصديق من الخارجية بعشرين دينار والترجمة المحلفة بخمسطعش دينار للصفحة.", []),
    ("رقمي " + AR_PH2 + "، الأورانج.", [("phone", AR_PH2)], "شو رقم تلفونك؟"),
    ("عنواني جبل عمان، الدوار التالت، شارع الأميرة بسمة، عمارة ١٤، الطابق التاني.",
     [("address", "جبل عمان، الدوار التالت، شارع الأميرة بسمة، عمارة ١٤، الطابق التاني")]),
    ("أنا مواليد ٢٢ أيلول ١٩٨٩، بس بالشهادة مكتوب ١٩٨٩/٠٩/٢٢", [("date_of_birth", "٢٢ أيلول ١٩٨٩"), ("date_of_birth", "١٩٨٩/٠٩/٢٢")]),
    ("بحول لكم على الآيبان " + AR_JO1 + " من البنك العربي.", [("iban", AR_JO1)]),
    ("المعاملة بتاخد ثلاث أيام شغل، واستلامها يوم الخميس من الساعة عشرة لأربعة، رقم الطلب ٥٥٠١٢.", []),
    ("الإيميل rami_hourani@yahoo.com", [("email", "rami_hourani@yahoo.com")]),
    # domestic-worker recruitment office, Riyadh, Najdi
    ("مكتب النخبة للاستقدام، السلام عليكم، معك فيصل.", [("name", "فيصل")]),
    ("وعليكم السلام، أبي أستقدم عاملة منزلية من الفلبين، معك أبو فهد.", [("name", "أبو فهد")]),
    ("أبشر، مدة الاستقدام ستين يوم، والتكلفة أربعطعش ألف وخمسمية ريال شاملة التأشيرة والتذكرة.", []),
    ("رقم الهوية " + AR_NID1_W + ".", [("id", AR_NID1_W)], "عطني رقم الهوية الوطنية عشان مساند."),
    ("اسمي الكامل فهد بن ناصر العتيبي، وأبو فهد هذا لقب.", [("name", "فهد بن ناصر العتيبي")]),
    ("والجوال " + AR_PH3, [("phone", AR_PH3)]),
    ("رقم عقد مساند ٢٠٤٥٨٨٣١٧، وتقدر تتابعه من التطبيق.", []),
    ("الدفع تحويل على حساب المكتب، والا مدى؟ مدى رقمها " + w("ar", AR_C2) + ".",
     [("card", w("ar", AR_C2))]),
    ("ساكن في حي الملقا، شارع أنس بن مالك، فيلا رقم ٧ جنب جامع الراجحي، الرياض",
     [("address", "حي الملقا، شارع أنس بن مالك، فيلا رقم ٧")]),
    ("تاريخ ميلادي حسب الهوية ١٤٠٥/٠٦/١٨ هجري", [("date_of_birth", "١٤٠٥/٠٦/١٨ هجري")]),
    ("الضمان تسعين يوم، ولو ما ناسبتكم نبدلها مرة وحدة بدون رسوم.", []),
    # self-storage, Dubai, Egyptian caller
    ("أيوه يا فندم، أنا عايز أأجر مخزن صغير، متر في متر ونص كده، لمدة تلات شهور.", []),
    ("المخزن الصغير بسبعمية وخمسين درهم في الشهر، والتأمين خمسة وعشرين درهم زيادة، ومفيش عقد أقل من شهرين.", []),
    ("اسمي محمود عبد الفتاح، بس الكل بيقولي حودة.", [("name", "محمود عبد الفتاح"), ("name", "حودة")]),
    ("تمام يا فندم، هحتاج رقم الإقامة بتاعتك.", []),
    ("الإقامة عندي هنا، لا، دي الهوية الإماراتية، بس أنا معايا إقامة سعودية قديمة كمان رقمها " + AR_IQ1 + ".",
     [("id", AR_IQ1)]),
    ("والكارت فيزا " + w("arc", AR_C4[:4]) + " " + w("arc", AR_C4[4:8]) + "، " + ind(AR_C4[8:]) + ".",
     [("card", w("arc", AR_C4[:4]) + " " + w("arc", AR_C4[4:8]) + "، " + ind(AR_C4[8:]))]),
    ("رقم المخزن ب ١١٢، الدور الأرضي جنب البوابة رقم ٣، والبوابة بتفتح من ستة الصبح لعشرة بالليل.", []),
    ("موبايلي المصري زيرو واحد واحد، أربعة تلاتة، سبعة تسعة، اتنين صفر خمسة ستة",
     [("phone", "زيرو واحد واحد، أربعة تلاتة، سبعة تسعة، اتنين صفر خمسة ستة")]),
    ("والعنوان هنا في دبي شقة ٤٠٢، بناية الوصل، شارع الكرامة", [("address", "شقة ٤٠٢، بناية الوصل، شارع الكرامة")],
     "وعنوان السكن في دبي؟"),
    ("الفاتورة هتوصلك على الإيميل، رقمها INV-2024-07731، وآخر يوم للدفع خمسة نوفمبر.", []),
    ("الإيميل hoda اه لا mahmoud.hoda88 at gmail dot com", [("email", "mahmoud.hoda88 at gmail dot com")]),
]
LANGS["ar"] = AR

AR_C5 = luhn("410685237719054", 16)
AR_C6 = luhn("537119402836655", 16)
AR_C7 = luhn("968203148895021", 16)
AR_C8 = luhn("37142290511736", 15)
AR_EG1 = iban("EG", "0019000500000000263180002")
AR_AE2 = iban("AE", "0350000012049637715")
AR_MA1 = iban("MA", "011780000012300004501834")
AR_JO2 = iban("JO", "HBHO0320000011402837610500")
AR_SA2 = iban("SA", "80000204608016072954")
AR_SA3 = iban("SA", "45000000008163002193")
AR_IQ2 = saudi("250938174")
AR_IQ3 = saudi("238811046")
AR_NID3 = saudi("104920375")
AR_NID4 = saudi("112857340")
AR_NID2_W = w("ar", AR_NID2)
AR_PH4 = w("arc", "01227493581")
AR_PH5 = "٠٦٦١ ٢٤ ٨٣ ٧٩"
AR_PH6 = "+966 54 718 2093"

AR += [
    # certified translation office, Cairo, Egyptian
    ("مكتب الأهرام للترجمة المعتمدة، صباح الخير، معاك شيماء.", [("name", "شيماء")]),
    ("صباح النور، أنا عايز أترجم شهادة ميلاد وقيد عائلي للسفارة الألمانية، الترجمة بكام؟", []),
    ("الصفحة بمية وخمسين جنيه، والختم من الخارجية بتلاتمية، والاستلام بعد يومين شغل، يعني الأربعاء.", []),
    ("اسم حضرتك إيه؟", []),
    ("كريم مصطفى الشناوي.", [("name", "كريم مصطفى الشناوي")], "اسم حضرتك إيه؟"),
    ("تمام يا أستاذ كريم، وتاريخ الميلاد زي ما هو في الشهادة؟", [("name", "كريم")]),
    ("خمستاشر تسعة تسعين، يعني خمستاشر سبتمبر ألف تسعمية تسعين", [("date_of_birth", "خمستاشر تسعة تسعين"),
     ("date_of_birth", "خمستاشر سبتمبر ألف تسعمية تسعين")], "وتاريخ الميلاد زي ما هو في الشهادة؟"),
    ("رقمي " + AR_PH4 + " فودافون", [("phone", AR_PH4)]),
    ("هحوّل من البنك الأهلي، خدي الآيبان بتاعي " + AR_EG1 + " عشان لو في فلوس راجعة.", [("iban", AR_EG1)]),
    ("الإيميل كريم شناوي أندرسكور تسعين آت ياهو دوت كوم",
     [("email", "كريم شناوي أندرسكور تسعين آت ياهو دوت كوم")]),
    ("المكتب في شارع قصر النيل، العمارة اللي جنب بنك مصر، الدور الخامس، مكتب ٥٠٣.", []),
    ("ابعتوا الترجمة على ١٤ شارع الثورة، مصر الجديدة، شقة ٩", [("address", "١٤ شارع الثورة، مصر الجديدة، شقة ٩")],
     "عايز الترجمة توصلك البيت؟ العنوان إيه؟"),
    # VAT / tax-return consultant, Abu Dhabi
    ("مرحباً، مكتب الميزان لاستشارات ضريبة القيمة المضافة، معك يوسف، كيف أخدمك؟", [("name", "يوسف")]),
    ("أبغى أسجل مؤسستي في الضريبة، الإيرادات تعدت ثلاثمية وخمسة وسبعين ألف درهم هالسنة.", []),
    ("رسوم التسجيل ألف وخمسمية درهم، والإقرار الربع سنوي بسبعمية وخمسين، وأول إقرار مستحق ثمانية وعشرين يناير.", []),
    ("معك شمسة المنصوري، صاحبة المؤسسة.", [("name", "شمسة المنصوري")]),
    ("الدفع بالبطاقة " + grp(AR_C5, [4] * 4), [("card", grp(AR_C5, [4] * 4))]),
    ("وحساب المؤسسة للاسترداد " + AR_AE2, [("iban", AR_AE2)]),
    ("رقم التسجيل الضريبي عندكم ١٠٠٣٤٥٦٧٨٩٠٠٠٠٣ صح؟ هذا حق المكتب مو حقي.", []),
    ("تاريخ ميلادي واحد ثلاثة تسعة وثمانين، الأول من مارس.", [("date_of_birth", "واحد ثلاثة تسعة وثمانين"),
     ("date_of_birth", "الأول من مارس")], "تاريخ ميلاد صاحبة الرخصة؟"),
    ("shamsa.almansoori@outlook.ae", [("email", "shamsa.almansoori@outlook.ae")], "وعنوان البريد الإلكتروني للمراسلات؟"),
    ("المؤسسة في مصفح الصناعية، م ٤٠، قطعة ١٧، بس هذا عنوان الشغل مو السكن.", []),
    # water-well drilling, Morocco, Darija
    ("السلام، شركة الأطلس لحفر الآبار، معاك عبد الإله.", [("name", "عبد الإله")]),
    ("السلام عليكم، بغيت نحفر بير فالأرض ديالي، شحال كيدير المتر؟", []),
    ("المتر بثلاثمية وخمسين درهم حتى لمية متر، ومن بعد كيطلع لأربعمية، والدراسة الجيولوجية ألفين وخمسمية درهم.", []),
    ("أنا سميتي لحسن أيت بها، من نواحي تارودانت.", [("name", "لحسن أيت بها")]),
    ("الأرض فدوار أيت عبد الله، جماعة أولاد برحيل، إقليم تارودانت", [("address", "دوار أيت عبد الله، جماعة أولاد برحيل، إقليم تارودانت")],
     "فين كاينة الأرض بالضبط؟"),
    ("النمرة ديالي " + AR_PH5 + "، ولا الفيكس ديال الدار زيرو خمسة، اثنين ثمانية، خمسة، ثلاثة، ستة، سبعة، صفر، واحد",
     [("phone", AR_PH5), ("phone", "زيرو خمسة، اثنين ثمانية، خمسة، ثلاثة، ستة، سبعة، صفر، واحد")]),
    ("العربون خمسة آلاف درهم، صيفطهم للحساب ديالنا، والحفر غادي يبدا نهار الاثنين الجاي إن شاء الله.", []),
    ("واخا، وإلا بقات شي فلوس رجعوها ليا فالحساب ديالي " + grp(AR_MA1, [4] * 7), [("iban", grp(AR_MA1, [4] * 7))]),
    ("الماكينة كتحفر تقريبا عشرين متر فالنهار، والبير ديال مية وعشرين متر كياخد شي سيمانة.", []),
    # solar panel leasing, Jordan, Levantine
    ("شمس الأردن لتأجير الألواح الشمسية، مرحبا، معك هبة.", [("name", "هبة")]),
    ("أهلين، أنا اسمي أحمد أبو زيد، بدي أستفسر عن نظام خمسة كيلو واط على السطح.", [("name", "أحمد أبو زيد")]),
    ("الخمسة كيلو بسبعة وتلاتين دينار بالشهر لمدة سبع سنين، وبتوفر عليك تقريباً سبعين بالمية من الفاتورة.", []),
    ("العنوان إربد، حي النزهة، شارع الحصن، بناية رقم ٢١، الطابق الأخير",
     [("address", "إربد، حي النزهة، شارع الحصن، بناية رقم ٢١، الطابق الأخير")], "وين البيت بالزبط؟"),
    ("الاقتطاع الشهري من حسابي " + grp(AR_JO2, [4] * 8), [("iban", grp(AR_JO2, [4] * 8))]),
    ("ahmad abu zaid واحد اتنين at gmail.com، كلها سمول", [("email", "ahmad abu zaid واحد اتنين at gmail.com")]),
    ("الفني بيجي يوم السبت الساعة تسعة، والتركيب بياخد يومين، ورقم الطلب ٧٧٤٠٢.", []),
    ("يسلمو، رح نبعتلك العقد على الإيميل.", []),
    ("وإذا ما رديت، رقم زوجتي +٩٦٢ ٧٧ ٦٣١ ٠٤٥٨", [("phone", "+٩٦٢ ٧٧ ٦٣١ ٠٤٥٨")]),
    # school uniforms supplier, Jeddah, Hijazi
    ("مصنع الريادة للزي المدرسي، معاك رنا، إيش أقدر أخدمك؟", [("name", "رنا")]),
    ("أبغى أطلب زي لثلاثة عيال، مقاس ثمانية وعشرة واثناعشر، والتوصيل لجدة.", []),
    ("الطقم الواحد بمية وعشرين ريال، ولو تطلبي خمسة أطقم وفوق في خصم عشرة بالمية، والتوصيل مجاني فوق الخمسمية.", []),
    ("رقم الهوية " + AR_NID2_W, [("id", AR_NID2_W)], "لو سمحتي رقم الهوية عشان الفاتورة الضريبية."),
    ("الجوال " + AR_PH6, [("phone", AR_PH6)]),
    ("البطاقة مدى " + ind(AR_C7), [("card", ind(AR_C7))]),
    ("والعنوان حي الروضة، شارع الأمير سلطان، عمارة الفهد، شقة ١٢", [("address", "حي الروضة، شارع الأمير سلطان، عمارة الفهد، شقة ١٢")]),
    ("التوصيل خلال ثلاثة إلى خمسة أيام عمل، وبيكون قبل بداية الدراسة يوم ١٨ أغسطس.", []),
    ("أطلب باسم أمي ولا باسمي؟ لا خلاص باسمي، وأنا رقم إقامتي " + AR_IQ2, [("id", AR_IQ2)]),
    ("الشنطة المدرسية موديل ٢٠٤٥ خلصت، بس عندنا الموديل ٣٠١٠ بخمسة وتسعين.", []),
    # wheelchair hire for Umrah pilgrims, Makkah, Sudanese caller
    ("السلام عليكم، مؤسسة الوفاء لتأجير الكراسي المتحركة، معك عمر.", [("name", "عمر")]),
    ("وعليكم السلام يا أخوي، أبغى كرسي متحرك لوالدتي للعمرة، هي كبيرة في السن.", []),
    ("الكرسي العادي بخمسين ريال في اليوم، والكهربائي بمية وخمسين، والتأمين مية ريال ترجع لك.", []),
    ("أنا اسمي الطيب عثمان محمد أحمد، سوداني مقيم في جدة.", [("name", "الطيب عثمان محمد أحمد")]),
    ("رقم إقامتي " + w("ar", AR_IQ3[:2]) + "، " + w("ar", AR_IQ3[2:6]) + "، " + w("ar", AR_IQ3[6:]),
     [("id", w("ar", AR_IQ3[:2]) + "، " + w("ar", AR_IQ3[2:6]) + "، " + w("ar", AR_IQ3[6:]))]),
    ("والوالدة من مواليد ١٩٤٨م، أول يناير حسب الجواز.", [("date_of_birth", "١٩٤٨م، أول يناير")]),
    ("نسلم الكرسي عند باب الملك فهد، رقم ٧٩، الساعة أربعة العصر، ونستلمه بعد صلاة العشاء.", []),
    ("الدفع بالفيزا " + w("ar", AR_C6[:8]) + "، " + w("ar", AR_C6[8:]),
     [("card", w("ar", AR_C6[:8])), ("card", w("ar", AR_C6[8:]))]),
    ("ولو في مشكلة كلمني على صفر خمسة تسعة، ستة ستة، أربعة، واحد، تسعة، تمانية، صفر، تلاتة",
     [("phone", "صفر خمسة تسعة، ستة ستة، أربعة، واحد، تسعة، تمانية، صفر، تلاتة")]),
    ("taib.osman@gmail.com", [("email", "taib.osman@gmail.com")], "إيميلك عشان نرسل الإيصال؟"),
    ("آسف غلطت، الإيميل tayeb مو taib، يعني tayeb.osman@gmail.com", [("email", "tayeb.osman@gmail.com")]),
    ("لو حابب تحوّل بدال البطاقة، هذا حسابنا في الراجحي " + AR_SA2 + " باسم المؤسسة.", [("iban", AR_SA2)]),
    ("لا، حوّلوا التأمين لحسابي " + AR_SA3 + " لو سمحتوا.", [("iban", AR_SA3)]),
    ("كرت أمريكان إكسبريس حق أخوي " + grp(AR_C8, [4, 6, 5]), [("card", grp(AR_C8, [4, 6, 5]))]),
    ("الهوية الوطنية لأخوي " + AR_NID3 + " وهو صاحب البطاقة.", [("id", AR_NID3)]),
    ("ولدي عنده هوية " + ind(AR_NID4) + " إذا تحتاجونها للعقد.", [("id", ind(AR_NID4))]),
    ("الطقس بكرة أربعين درجة في مكة، وأزحم وقت بين المغرب والعشاء، والدور الأرضي للمطاف مفتوح للكراسي.", []),
    ("الطلب رقم ٣٣٨١٠٢٧٤٥٥١٩٠ اتشحن من المصنع يوم ٢ سبتمبر، ووزنه ١٢ كيلو.", []),
    ("الباقة السنوية للتخزين ٨٤٠٠ درهم يعني ٧٠٠ في الشهر، وتقدر تقسطها على ١٢ دفعة.", []),
    ("الدوام من الأحد للخميس من ثمانية الصبح لأربعة العصر، والجمعة والسبت مسكر.", []),
    ("الحجز رقم ٤٠٠٩٢٣، يوم ١٥ رمضان، الساعة ٣:٣٠، كرسيين، المجموع ثلاثمية ريال.", []),
]

# -------------------------------------------------------------- Hebrew
HE_TZ1 = tz("31847260")
HE_TZ2 = tz("20593817")
HE_TZ3 = tz("34019572")
HE_TZ4 = tz("06628415")
HE_C1 = luhn("458003119274650", 16)
HE_C2 = luhn("532610847729301", 16)
HE_C3 = luhn("401795338260147", 16)
HE_IL1 = iban("IL", "0108000000099996738")
HE_IL2 = iban("IL", "0206120000000382915")
HE_IL5 = iban("IL", "0209360000000571428")
HE_IL6 = iban("IL", "0310680000000291075")
HE_IL6_W = w("he", HE_IL6[2:4]) + ", " + w("he", HE_IL6[4:])
HE_TZ1_W = w("he", HE_TZ1[:3]) + ", " + w("he", HE_TZ1[3:6]) + ", " + w("he", HE_TZ1[6:])
HE_TZ2_W = w("hem", HE_TZ2)
HE_C2_W = w("he", HE_C2[:4]) + " " + w("he", HE_C2[4:8]) + ", " + HE_C2[8:12] + " " + HE_C2[12:]

HE = [
    # notary and certified translation, Tel Aviv, Russian-speaking caller
    ("משרד נוטריון גולדברג, שלום, מדברת אורית.", [("name", "אורית")]),
    ("שלום, אני צריך אישור נוטריוני לתרגום תעודת לידה מרוסית, בשביל משרד הפנים.", []),
    ("שמי ולדימיר קוגן, ולדימיר עם ו' אחת.", [("name", "ולדימיר קוגן")]),
    ("בסדר, המחיר לפי התעריף של משרד המשפטים, מאתיים שלושים ושבעה שקל לעמוד הראשון ומאה ושמונים לכל עמוד נוסף.", []),
    ("תעודת זהות " + HE_TZ1_W, [("id", HE_TZ1_W)], "מה מספר תעודת הזהות שלך?"),
    ("תאריך לידה שלושה במאי אלף תשע מאות שבעים ושמונה, אבל בתעודה הרוסית כתוב 03.05.1978",
     [("date_of_birth", "שלושה במאי אלף תשע מאות שבעים ושמונה"), ("date_of_birth", "03.05.1978")]),
    ("הטלפון שלי אפס חמישים וארבע, שבע שלוש ארבע, שתיים שתיים, תשע אחת",
     [("phone", "אפס חמישים וארבע, שבע שלוש ארבע, שתיים שתיים, תשע אחת")]),
    ("אפשר לבוא ביום רביעי בין עשר לאחת, המשרד ברחוב אבן גבירול 30, קומה 4, מול הקניון.", []),
    ("המייל vova.kogan שטרודל gmail נקודה com", [("email", "vova.kogan שטרודל gmail נקודה com")]),
    ("זה וובה, V O V A, כמו שקוראים לי כולם", [("name", "וובה"), ("name", "V O V A")]),
    # self-storage, Rishon LeZion, native speakers
    ("מחסני הדרום, בוקר טוב, מדבר אלון.", [("name", "אלון")]),
    ("היי, זה רוני כהן, יש לי מחסן אצלכם, מחסן 118, ואני רוצה לעבור לגדול יותר.", [("name", "רוני כהן")]),
    ("המחסן של שישה מטר רבוע עולה שלוש מאות ארבעים ותשעה לחודש, והגדול של עשרה מטר חמש מאות ותשעים.", []),
    ("יש לנו גם מבצע, חודש ראשון בחינם אם מתחייבים לשנה, עד סוף אוגוסט.", []),
    ("כרטיס אשראי " + HE_C2_W, [("card", HE_C2_W)], "איך תרצה לשלם?"),
    ("הכתובת לחשבונית: רחוב הרצל 112, דירה 7, ראשון לציון", [("address", "רחוב הרצל 112, דירה 7, ראשון לציון")]),
    ("השער נפתח עם קוד 4471 משש בבוקר עד עשר בלילה, ובשבת סגור.", []),
    ("roni.cohen81 @ walla.co.il", [("email", "roni.cohen81 @ walla.co.il")], "לאיזה מייל לשלוח את החוזה?"),
    # scrap-car collection and scrappage grant, Arab citizen speaking Hebrew
    ("שלום, גריטת רכבים הצפון, מדבר ניר, במה אפשר לעזור?", [("name", "ניר")]),
    ("שלום, אני רוצה לגרוט אוטו, סקודה אוקטביה 2008, היא לא עוברת טסט.", []),
    ("על אוקטביה 2008 אנחנו נותנים אלף ומאתיים שקל, ויש גם מענק ממשלתי של שלושת אלפים אם זה רכב מזהם.", []),
    ("אני מוחמד ח'טיב מטמרה, תרשום ח' עם גרש.", [("name", "מוחמד ח'טיב")]),
    ("תודה, אני צריך תעודת זהות של הבעלים הרשום.", []),
    ("האוטו על שם אבא שלי, תעודת זהות " + HE_TZ4 + ", הוא בן שבעים.", [("id", HE_TZ4)]),
    ("ושלי " + HE_TZ2_W, [("id", HE_TZ2_W)]),
    ("הרכב נמצא בשכונה המערבית, רחוב אלזיתון 15, טמרה", [("address", "רחוב אלזיתון 15, טמרה")],
     "איפה הרכב עומד?"),
    ("לוחית רישוי 42-815-73, והגרר יגיע ביום שלישי הבא בשמונה וחצי.", []),
    ("המענק נכנס לחשבון, תן לי מספר IBAN", []),
    ("IBAN " + grp(HE_IL1, [4] * 5), [("iban", grp(HE_IL1, [4] * 5))]),
    ("ואם לא עונים, אפס ארבע, תשע שמונה שש, חמש אחת, שבע שבע", [("phone", "אפס ארבע, תשע שמונה שש, חמש אחת, שבע שבע")]),
    # recruitment agency, Ethiopian-Israeli candidate
    ("השמה פלוס, שלום, מדברת שירן מגיוס.", [("name", "שירן")]),
    ("שלום, קוראים לי טגיסט אלמו, שלחתי קורות חיים למשרה של מלקטת במחסן בשוהם.", [("name", "טגיסט אלמו")]),
    ("המשרה היא במשמרות, שמונה וחצי שעות, שלושים ושניים שקל לשעה, והסעות מלוד ומרמלה.", []),
    ("תאריך הלידה שלי עשרים ושבע באוקטובר אלפיים ושתיים", [("date_of_birth", "עשרים ושבע באוקטובר אלפיים ושתיים")],
     "מה תאריך הלידה שלך?"),
    ("תודה, ומה הטלפון? ויש לך רישיון על מלגזה?", []),
    ("אפס חמש שתיים, שמונה ארבע אחת, אפס אפס שש שלוש", [("phone", "אפס חמש שתיים, שמונה ארבע אחת, אפס אפס שש שלוש")],
     "ומה הטלפון?"),
    ("המשכורת לחשבון I L " + HE_IL6_W, [("iban", "I L " + HE_IL6_W)], "לאיזה חשבון להעביר את המשכורת? צריך IBAN."),
    ("אני גרה ברחוב הרב קוק 8, דירה 12, קריית מלאכי", [("address", "רחוב הרב קוק 8, דירה 12, קריית מלאכי")]),
    ("הראיון ביום חמישי ה-14 בשעה 11:00, תביאי תעודה ואישור של ביטוח לאומי.", []),
    ("מייל tigist underscore alemu שטרודל gmail נקודה קום", [("email", "tigist underscore alemu שטרודל gmail נקודה קום")]),
    # solar panel leasing, moshav, native older farmer
    ("סולאר גליל, שלום, מדבר אביתר, איך אפשר לעזור?", [("name", "אביתר")]),
    ("שלום, אני ממושב כפר יובל, רוצה לשמוע על גג סולארי על הלול, משהו כמו מאה קילוואט.", []),
    ("מאה קילוואט זה בערך שלוש מאות ועשרים אלף שקל, ובמודל שכירות אתם מקבלים שמונה עשר אלף לשנה לעשרים וחמש שנה.", []),
    ("אני יהודה בן שושן, יהודה.", [("name", "יהודה בן שושן")]),
    ("הכתובת משק 42, מושב כפר יובל, ד.נ. גליל עליון", [("address", "משק 42, מושב כפר יובל, ד.נ. גליל עליון")],
     "מה הכתובת של המשק?"),
    ("הנה מספר החשבון בבינלאומי, " + HE_IL2, [("iban", HE_IL2)]),
    ("תוכל לשלוח לי לאשתי, המייל שלה זה רחל בן שושן אחד תשע שש אחד בג'ימייל",
     [("email", "רחל בן שושן אחד תשע שש אחד בג'ימייל")]),
    ("אני יליד ארבעים ותשע, שמונה עשר בינואר", [("date_of_birth", "ארבעים ותשע, שמונה עשר בינואר")]),
    ("הסוקר יגיע ביום ראשון, והחיבור של חברת החשמל לוקח בין שלושה לשישה חודשים.", []),
    ("טלפון בבית אפס ארבע, שש תשע חמש, שלוש שתיים, אפס שמונה", [("phone", "אפס ארבע, שש תשע חמש, שלוש שתיים, אפס שמונה")]),
]
LANGS["he"] = HE

HE_C4 = luhn("552145039971806", 16)
HE_C5 = luhn("376211490583712", 15)
HE_C6 = luhn("491689750361045", 16)
HE_C7 = luhn("222300715462938", 16)
HE_IL3 = iban("IL", "0312010000000748203")
HE_IL4 = iban("IL", "0117270000000405316")
HE_FR1 = iban("FR", "20041010050500013M02606")
HE_GB1 = iban("GB", "HBUK40127645891203")
HE_TZ5 = tz("32870114")
HE_TZ6 = tz("01935848")
HE_TZ7 = tz("21467390")
HE_TZ5_W = w("he", HE_TZ5[:2]) + ", " + w("he", HE_TZ5[2:5]) + ", " + w("he", HE_TZ5[5:])
HE_C1_W = w("hem", HE_C1[:8]) + ", " + w("hem", HE_C1[8:])

HE += [
    # tax-refund preparation, French immigrant, Netanya
    ("החזרי מס ישיר, שלום, מדברת הדס.", [("name", "הדס")]),
    ("אלו, בונז'ור, אה סליחה, שלום, קוראים לי ז'ראר אזולאי, אני רוצה לבדוק החזר מס על שש שנים.", [("name", "ז'ראר אזולאי")]),
    ("אפשר לבדוק אחורה עד שש שנים, משנת 2019, והעמלה שלנו שמונה עשר אחוז מההחזר פלוס מע\"מ.", []),
    ("בשמחה, אני צריכה מספר תעודת זהות.", []),
    ("כן, זה " + HE_TZ5_W + ", והספרה האחרונה היא ביקורת", [("id", HE_TZ5_W)]),
    ("נולדתי ב-12 ביוני 1961, בפריז", [("date_of_birth", "12 ביוני 1961")], "ותאריך לידה?"),
    ("ההחזר ייכנס לחשבון שלי בלאומי " + grp(HE_IL3, [4] * 5) + ", או לחשבון הצרפתי " + HE_FR1 + ", מה שיותר קל",
     [("iban", grp(HE_IL3, [4] * 5)), ("iban", HE_FR1)]),
    ("אני גר בשדרות ניצה 17, דירה 22, נתניה", [("address", "שדרות ניצה 17, דירה 22, נתניה")]),
    ("תשלח לי טופס 106 מכל מעסיק, וגם אישור על הפקדות לקרן השתלמות, זה לוקח בערך תשעים יום.", []),
    ("gerard.azoulay@free.fr, פרי כמו חינם בצרפתית", [("email", "gerard.azoulay@free.fr")]),
    ("הנייד שלי אפס חמישים ושמונה, שבע שבע שבע, אפס ארבע, שתיים אחת", [("phone", "אפס חמישים ושמונה, שבע שבע שבע, אפס ארבע, שתיים אחת")]),
    # wheelchair hire, Jerusalem, Anglo immigrant
    ("השכרת ציוד ניידות ירושלים, שלום, כאן מאיר.", [("name", "מאיר")]),
    ("היי, שלום, sorry, העברית שלי לא כל כך טובה, אני צריכה כיסא גלגלים לאבא שלי, הוא בא מניו יורק לשלושה שבועות.", []),
    ("כיסא רגיל זה מאה וחמישים שקל לשבוע, פיקדון חמש מאות שקל בכרטיס, ואפשר גם הליכון בשמונים.", []),
    ("שמי שרה-לאה גולדשטיין, אבל כולם קוראים לי שולי.", [("name", "שרה-לאה גולדשטיין"), ("name", "שולי")]),
    ("שימי לב, הפיקדון יוחזר תוך שבעה ימי עסקים.", []),
    ("כרטיס " + HE_C4[:4] + " " + HE_C4[4:8] + " " + HE_C4[8:12] + " " + HE_C4[12:] + ", זה מסטרקארד אמריקאי",
     [("card", HE_C4[:4] + " " + HE_C4[4:8] + " " + HE_C4[8:12] + " " + HE_C4[12:])]),
    ("תביאו לרחוב הפלמ\"ח 31, דירה 5, קטמון, ירושלים", [("address", "רחוב הפלמ\"ח 31, דירה 5, קטמון, ירושלים")],
     "לאן להביא את הכיסא?"),
    ("תאריך לידה של אבא, פברואר עשרים ושתיים, אלף תשע מאות ארבעים ושש", [("date_of_birth", "פברואר עשרים ושתיים, אלף תשע מאות ארבעים ושש")],
     "לביטוח אני צריך גם את תאריך הלידה של המשתמש."),
    ("הטלפון האמריקאי שלו plus one, nine one seven, four four two, eight one three oh",
     [("phone", "plus one, nine one seven, four four two, eight one three oh")]),
    ("את הפיקדון תחזירו לחשבון של אחי פה, " + HE_IL5, [("iban", HE_IL5)]),
    ("המשלוח מגיע ביום ראשון בין תשע לשתיים, ואיסוף ב-28 לחודש.", []),
    # yacht charter, Herzliya marina
    ("מרינה הרצליה, שכר יאכטות, שלום.", []),
    ("היי, אני רוצה להשכיר יאכטה ליום הולדת, בערך עשרים איש, יום שישי בעוד שבועיים.", []),
    ("היאכטה לעשרים ושניים איש זה ארבעת אלפים ושמונה מאות לשלוש שעות, כולל סקיפר, ושתייה בתוספת של שלושים וחמש לאדם.", []),
    ("אני דנה, דנה לוי-פרץ.", [("name", "דנה"), ("name", "דנה לוי-פרץ")], "על שם מי ההזמנה?"),
    ("מקדמה של אלף שקל, אפשר באמקס? " + grp(HE_C5, [4, 6, 5]), [("card", grp(HE_C5, [4, 6, 5]))]),
    ("יוצאים מרציף 3 בשעה 16:30, וחוזרים עם השקיעה בערך ב-19:40, תגיעו חצי שעה קודם.", []),
    ("dana.levi.peretz בג'ימייל, dana נקודה levi נקודה peretz", [("email", "dana.levi.peretz בג'ימייל"), ("email", "dana נקודה levi נקודה peretz")]),
    ("הטלפון שלי 052-6184390", [("phone", "052-6184390")]),
    ("אם יש רוח מעל עשרים קשר אנחנו מבטלים ומחזירים את המקדמה במלואה.", []),
    # school uniform supplier, Beersheba
    ("תלבושת אחידה הנגב, מדברת מורן, שלום.", [("name", "מורן")]),
    ("היי, זה מהוועד הורים של בית ספר רמות, רציתי להזמין חולצות עם הלוגו לכל שכבה ג'.", []),
    ("חולצה עם הדפסה זה עשרים ותשעה שקל, מעל מאה יחידות עשרים ושישה, ומשלוח תוך עשרה ימי עבודה.", []),
    ("אני אבי אלמקייס, יושב ראש הוועד.", [("name", "אבי אלמקייס")]),
    ("החשבונית על שם הוועד, אבל התשלום מהכרטיס שלי " + HE_C1_W, [("card", HE_C1_W)]),
    ("ההזמנה מספר 30417, מאה ארבעים חולצות, שישים במידה 8, חמישים במידה 10 ושלושים במידה 12.", []),
    ("תשלחו לרחוב רגר 45, באר שבע, ליד הבית ספר", [("address", "רחוב רגר 45, באר שבע")]),
    ("תעודת זהות " + HE_TZ6, [("id", HE_TZ6)], "לחשבונית אני צריכה מספר עוסק או תעודת זהות."),
    ("נייד " + w("he", "0507219846"), [("phone", w("he", "0507219846"))]),
    # vending machines, Haifa office
    ("שלום, מכונות אוטומטיות חיפה, עם מי אני מדבר?", []),
    ("מדברת נטליה ממשרדי הייטק ברחוב פל-ים, המכונה בקומה 6 בלעה לי עשרים שקל.", [("name", "נטליה")]),
    ("מכונה מספר 2207, הקפה עולה שמונה שקלים והחטיף שש, אז תקבלי זיכוי של עשרים שקל.", []),
    ("הזיכוי לחשבון " + HE_IL4 + ", בנק לאומי סניף מאתיים ושבעים", [("iban", HE_IL4)]),
    ("ואם אפשר גם לשלוח קבלה ל natalia.s@techwave.co.il", [("email", "natalia.s@techwave.co.il")]),
    ("הטכנאי מגיע כל יום שלישי בעשר, ומילוי מלאי כל יום ראשון וחמישי.", []),
    ("ת\"ז " + w("hem", HE_TZ7), [("id", w("hem", HE_TZ7))], "בשביל הזיכוי צריך תעודת זהות."),
    # photo restoration lab, Ashdod, older Russian-speaking woman
    ("מעבדת שחזור תמונות, שלום, מדבר סשה.", [("name", "סשה")]),
    ("שלום, יש לי תמונות ישנות מאודסה, משנות החמישים, רוצה לשחזר ולהגדיל.", []),
    ("שחזור תמונה עולה מאה ועשרים שקל, הגדלה לשלושים על ארבעים עוד שישים, ומוכן תוך שבועיים.", []),
    ("אני גלינה רבינוביץ', תכתוב גלינה.", [("name", "גלינה רבינוביץ'")]),
    ("כרטיס ויזה " + w("hem", HE_C6[:4]) + ", " + w("hem", HE_C6[4:8]) + ", " + w("hem", HE_C6[8:12]) + ", " + w("hem", HE_C6[12:]),
     [("card", w("hem", HE_C6[:4]) + ", " + w("hem", HE_C6[4:8]) + ", " + w("hem", HE_C6[8:12]) + ", " + w("hem", HE_C6[12:]))]),
    ("אני גרה ברובע ג', רחוב הנשיא 9, דירה 14, אשדוד, קומה שלישית", [("address", "רחוב הנשיא 9, דירה 14, אשדוד, קומה שלישית")],
     "לאן לשלוח את התמונות?"),
    ("נולדתי ב-1947, עשרים ושלוש באוגוסט", [("date_of_birth", "1947, עשרים ושלוש באוגוסט")], "לגמלאים יש הנחה, תאריך לידה?"),
    ("טלפון 08-8562431", [("phone", "08-8562431")]),
    ("הנכד משלם, הכרטיס שלו " + HE_C7, [("card", HE_C7)]),
    # museum membership, Jerusalem
    ("מוזיאון ארצות המקרא? אה לא, טעות, רציתי את מנויי מוזיאון הטבע, סליחה.", []),
    ("מנוי משפחתי זה שלוש מאות ושמונים לשנה, כולל כניסה לתערוכת הדינוזאורים ושני כרטיסי אורח.", []),
    ("ההנחה לחיילים עשרים אחוז, ובחול המועד פסח פתוח מתשע עד שש.", []),
    ("הוראת קבע מהחשבון בבריטניה, " + HE_GB1 + ", אני עדיין מקבל שם פנסיה", [("iban", HE_GB1)]),
    ("תודה, אני אשלח אישור ל moshe_klein 48 at hotmail dot co dot uk", [("email", "moshe_klein 48 at hotmail dot co dot uk")]),
    ("הכרטיסים תקפים עד 31.12, וחנייה חינם לחברי מנוי בחניון מספר 2.", []),
    ("ביום שני ה-3 יש סדנת מאובנים בעשר וחצי, מגיל שש עד שתים עשרה, שלושים וחמישה שקל לילד.", []),
    ("הכתובת רחוב עמק רפאים 54, דירה 3, ירושלים, מיקוד 9314203", [("address", "רחוב עמק רפאים 54, דירה 3, ירושלים, מיקוד 9314203")]),
    ("תעודת זהות שלי " + HE_TZ3, [("id", HE_TZ3)]),
    ("ושמי משה קליין, עם ק'", [("name", "משה קליין")]),
    ("הטלפון בבית אפס שתיים, חמש שש שלוש, שמונה אפס, שבע אחת", [("phone", "אפס שתיים, חמש שש שלוש, שמונה אפס, שבע אחת")]),
    ("אפשר גם לשלם בכרטיס של אשתי, " + grp(HE_C3, [4] * 4), [("card", grp(HE_C3, [4] * 4))]),
    ("מספר המנוי הקודם היה 552-01887, פג בחודש מרץ.", []),
    ("קו 18 עוצר ממש ליד, ובשבת יש סיור מודרך בשעה אחת עשרה.", []),
]

# --------------------------------------------------------------- Greek
EL_AFM1 = afm("04719382")
EL_AFM2 = afm("13860572")
EL_AFM3 = afm("09542816")
EL_AFM4 = afm("12073495")
EL_C1 = luhn("516732099184462", 16)
EL_C2 = luhn("454621380759213", 16)
EL_C3 = luhn("402400719348852", 16)
EL_CY1 = iban("CY", "002001950000357001234567")
EL_GR1 = iban("GR", "01720450005045012847391")
EL_GR2 = iban("GR", "01401090109002002018834")
assert "μηδέν εννιά πέντε, τέσσερα δύο οχτώ, ένα έξι" == ", ".join(w("el", EL_AFM3[i:j]) for i, j in ((0, 3), (3, 6), (6, 8)))
assert w("en", EN_SSN1[:3]) + ", " + w("en", EN_SSN1[3:5]) + ", " + w("en", EN_SSN1[5:]) == "four one two, six three, eight zero five seven"
EL_AFM1_W = w("el", EL_AFM1[:3]) + ", " + w("el", EL_AFM1[3:6]) + ", " + w("el", EL_AFM1[6:])

EL = [
    # marina berth, Limassol, Cypriot
    ("Μαρίνα Λεμεσού, καλημέρα σας, είμαι η Χρυστάλλα, πώς μπορώ να βοηθήσω;", [("name", "Χρυστάλλα")]),
    ("Καλημέρα, εν ο Αντρέας Χαραλάμπους, έχω το σκάφος στη θέση Δ-12.", [("name", "Αντρέας Χαραλάμπους")]),
    ("Ναι κύριε, η ανανέωση για το σκάφος των δώδεκα μέτρων είναι τέσσερις χιλιάδες εξακόσια ευρώ τον χρόνο.", []),
    ("Ή καλύτερα με την κάρτα, " + w("el", EL_C3[:4]) + ", " + EL_C3[4:8] + " " + EL_C3[8:12] + ", " + w("el", EL_C3[12:]),
     [("card", w("el", EL_C3[:4]) + ", " + EL_C3[4:8] + " " + EL_C3[8:12] + ", " + w("el", EL_C3[12:]))]),
    ("Το ρεύμα χρεώνεται ξεχωριστά, σαράντα λεπτά η κιλοβατώρα, και το νερό με τον μετρητή.", []),
    ("Το κινητό μου εν ενενήντα εννιά, τριάντα τέσσερα, πενήντα έξι, εβδομήντα οχτώ", [("phone", "ενενήντα εννιά, τριάντα τέσσερα, πενήντα έξι, εβδομήντα οχτώ")],
     "Το τηλέφωνο επικοινωνίας σας;"),
    ("Θα το πληρώσω με μεταφορά, το IBAN μου είναι " + grp(EL_CY1, [4] * 7), [("iban", grp(EL_CY1, [4] * 7))]),
    ("η διεύθυνση μου είναι οδός Αγίου Ανδρέα 214, διαμέρισμα 3, 3036 Λεμεσός",
     [("address", "οδός Αγίου Ανδρέα 214, διαμέρισμα 3, 3036 Λεμεσός")]),
    ("Το ανέβασμα στη στεριά είναι κλεισμένο για τις δεκαπέντε Νοεμβρίου, στις οχτώ το πρωί, με γερανό εξήντα τόνων.", []),
    ("andreas.ch παπάκι cytanet τελεία com τελεία cy", [("email", "andreas.ch παπάκι cytanet τελεία com τελεία cy")],
     "Και ένα email για το τιμολόγιο;"),
    # notary, Athens, older caller
    ("Καλησπέρα σας κοπέλα μου, θέλω να κάνω μια πληρεξουσιότητα για την πώληση ενός χωραφιού στη Μάνη.", []),
    ("Το πληρεξούσιο κοστίζει περίπου ογδόντα ευρώ συν ΦΠΑ, και θα χρειαστούμε ταυτότητα και ΑΦΜ.", []),
    ("Λέγομαι Σταυρούλα Κατσαρού, αλλά όλοι με λένε Σούλα.", [("name", "Σταυρούλα Κατσαρού"), ("name", "Σούλα")]),
    ("Το ΑΦΜ μου είναι " + EL_AFM1_W, [("id", EL_AFM1_W)]),
    ("γεννήθηκα στις είκοσι οχτώ Οκτωβρίου του σαράντα εννιά", [("date_of_birth", "είκοσι οχτώ Οκτωβρίου του σαράντα εννιά")],
     "Και την ημερομηνία γέννησης, κυρία Κατσαρού;"),
    ("Μένω στην Πατησίων 112, τέταρτος όροφος, Αθήνα 11257", [("address", "Πατησίων 112, τέταρτος όροφος, Αθήνα 11257")]),
    ("Ελάτε την Πέμπτη στις έντεκα και μισή, στη Σταδίου 10, πρώτος όροφος, δίπλα στην Εθνική Τράπεζα.", []),
    ("Το σταθερό μου είναι διακόσια δέκα, ογδόντα ένα, είκοσι δύο, τριακόσια σαράντα", [("phone", "διακόσια δέκα, ογδόντα ένα, είκοσι δύο, τριακόσια σαράντα")]),
    # self-storage, Thessaloniki, younger caller
    ("Καλησπέρα, Store Box Θεσσαλονίκης, είμαι ο Στέλιος.", [("name", "Στέλιος")]),
    ("Γεια σου, εεε, θέλω μια αποθήκη για τρεις μήνες, μετακομίζω Ερασμος στη Γερμανία.", []),
    ("Η αποθήκη των τεσσάρων τετραγωνικών είναι ογδόντα εννιά ευρώ τον μήνα, και αν πληρώσεις τρίμηνο έχεις δέκα τοις εκατό έκπτωση.", []),
    ("Είμαι η Κατερίνα Ζαφειρίου, Κική για τους φίλους χαχα.", [("name", "Κατερίνα Ζαφειρίου"), ("name", "Κική")]),
    ("κάρτα " + grp(EL_C1, [4] * 4), [("card", grp(EL_C1, [4] * 4))], "Πώς θα πληρώσεις;"),
    ("κινητό έξι εννιά επτά, τέσσερα τέσσερα ένα, οχτώ ένα δύο εννιά", [("phone", "έξι εννιά επτά, τέσσερα τέσσερα ένα, οχτώ ένα δύο εννιά")]),
    ("kiki zaf κάτω παύλα ενενήντα εννιά στο gmail", [("email", "kiki zaf κάτω παύλα ενενήντα εννιά στο gmail")]),
    ("Α, δεν πέρασε; Δοκίμασε αυτή, " + EL_C2[:4] + "-" + EL_C2[4:8] + "-" + EL_C2[8:12] + "-" + EL_C2[12:],
     [("card", EL_C2[:4] + "-" + EL_C2[4:8] + "-" + EL_C2[8:12] + "-" + EL_C2[12:])]),
    ("Η αποθήκη είναι η Β-27 στο ισόγειο, ο κωδικός της πόρτας αλλάζει κάθε μήνα και ανοίγουμε επτά με δέκα.", []),
    ("Η διεύθυνση για το συμβόλαιο; Εγνατίας 88, Θεσσαλονίκη, 54630, αλλά από Σεπτέμβρη θα είμαι Μόναχο.",
     [("address", "Εγνατίας 88, Θεσσαλονίκη, 54630")]),
    ("ημερομηνία γέννησης 07/11/2001", [("date_of_birth", "07/11/2001")]),
    # vehicle scrapping, Patras
    ("Γεια σας, έχω ένα Fiat Punto του 2004, δεν περνάει ΚΤΕΟ, θέλω να το αποσύρω.", []),
    ("Για το Punto δίνουμε εκατόν πενήντα ευρώ, η μεταφορά είναι δωρεάν μέχρι τριάντα χιλιόμετρα, και το πιστοποιητικό βγαίνει σε δύο μέρες.", []),
    ("Με λένε Χαράλαμπο Νικολόπουλο, Μπάμπη με φωνάζουν.", [("name", "Χαράλαμπο Νικολόπουλο"), ("name", "Μπάμπη")]),
    ("Μάλιστα, χρειάζομαι το ΑΦΜ του ιδιοκτήτη από την άδεια.", []),
    ("Είναι " + EL_AFM2[:3] + " " + EL_AFM2[3:6] + " " + EL_AFM2[6:], [("id", EL_AFM2[:3] + " " + EL_AFM2[3:6] + " " + EL_AFM2[6:])]),
    ("Το αυτοκίνητο είναι στην οδό Κορίνθου 145, στο Ρίο, μπροστά στο σπίτι μου", [("address", "οδό Κορίνθου 145, στο Ρίο")],
     "Πού βρίσκεται το όχημα;"),
    ("πινακίδα ΑΧΕ 4172, αριθμός πλαισίου ZFA18800004417258", []),
    ("Τα χρήματα στον λογαριασμό μου " + EL_GR1, [("iban", EL_GR1)]),
    ("ο γερανός θα έρθει την Τρίτη μεταξύ δέκα και δώδεκα, φέρτε και τις δύο πινακίδες", []),
    # tax return preparation, Larissa, older farmer
    ("Λογιστικό γραφείο Τσιρόπουλος, καλημέρα, η Βάσω εδώ.", [("name", "Βάσω")]),
    ("Καλημέρα κορίτσι μου, ο Θανάσης είμαι, ο Μπέλλος από τη Φαλάνη, για τη φορολογική δήλωση.", [("name", "Θανάσης"), ("name", "Μπέλλος")]),
    ("Φέτος η προθεσμία είναι μέχρι τις δεκαπέντε Ιουλίου, και αν την κάνουμε μέχρι τέλος Απριλίου έχετε έκπτωση τέσσερα τοις εκατό.", []),
    ("Η αμοιβή μας για αγρότη με επιδοτήσεις είναι εκατόν είκοσι ευρώ.", []),
    ("Το ΑΦΜ μου, περίμενε να βρω τα γυαλιά, μηδέν εννιά πέντε, τέσσερα δύο οχτώ, ένα έξι...",
     [("id", "μηδέν εννιά πέντε, τέσσερα δύο οχτώ, ένα έξι")]),
    (w("el", EL_AFM3[8:]) + ", αυτό είναι το τελευταίο", [("id", w("el", EL_AFM3[8:]))], "Ένα έξι και;"),
    ("Η επιστροφή να μπει στην Πειραιώς, " + grp(EL_GR2, [4] * 6) + ", στο όνομά μου.", [("iban", grp(EL_GR2, [4] * 6))]),
    ("Οι επιδοτήσεις του ΟΠΕΚΕΠΕ ήταν έντεκα χιλιάδες τετρακόσια, και το ενοίκιο από το χωράφι δύο χιλιάδες.", []),
    ("Γεννήθηκα τρεις του τρία του πενήντα τρία", [("date_of_birth", "τρεις του τρία του πενήντα τρία")], "Η ημερομηνία γέννησης για το Taxisnet;"),
]
LANGS["el"] = EL

EL_C4 = luhn("535620177409381", 16)
EL_C5 = luhn("414720093851766", 16)
EL_C6 = luhn("37645508219037", 15)
EL_C7 = luhn("492181036655204", 16)
EL_C8 = luhn("51055471293804", 16)
EL_CY2 = iban("CY", "005003050000000104972851")
EL_GR3 = iban("GR", "01100400000004021948367")
EL_GR4 = iban("GR", "02602150000720100391742")
EL_DE1 = iban("DE", "500105175407324931")
EL_GB1 = iban("GB", "LOYD30963716402958")
EL_AFM5 = afm("16638201")
EL_AFM6 = afm("07730548")
EL_SSN = "534-71-0286"
assert ssn_ok(EL_SSN)
EL_C5_W = w("el", EL_C5[:4]) + ", " + w("el", EL_C5[4:8]) + ", " + w("el", EL_C5[8:12]) + ", " + w("el", EL_C5[12:])

EL += [
    # certified translation office, Nicosia, Cypriot
    ("Καλημέρα, θέλω να μεταφράσω το πτυχίο μου στα αγγλικά για δουλειά στο Λονδίνο, πόσο κοστίζει;", []),
    ("Η σελίδα είναι είκοσι πέντε ευρώ, με πιστοποίηση από το Γραφείο Τύπου δεκαπέντε επιπλέον, και παραδίδουμε σε τρεις εργάσιμες.", []),
    ("Είμαι η Ελένη Γεωργίου, Ελένη με ένα ν.", [("name", "Ελένη Γεωργίου")]),
    ("eleni.georgiou94 at gmail dot com", [("email", "eleni.georgiou94 at gmail dot com")], "Ποιο είναι το email σας;"),
    ("Το τηλέφωνο είναι +357 96 512 804", [("phone", "+357 96 512 804")]),
    ("Θα πληρώσω με κάρτα, " + EL_C4[:4] + " " + EL_C4[4:8] + " " + EL_C4[8:12] + " " + EL_C4[12:],
     [("card", EL_C4[:4] + " " + EL_C4[4:8] + " " + EL_C4[8:12] + " " + EL_C4[12:])]),
    ("Η ημερομηνία γέννησης να γράφεται όπως στο πτυχίο, δεκαεννιά Φεβρουαρίου χίλια εννιακόσια ενενήντα τέσσερα",
     [("date_of_birth", "δεκαεννιά Φεβρουαρίου χίλια εννιακόσια ενενήντα τέσσερα")]),
    ("Ο αριθμός πρωτοκόλλου του πτυχίου είναι 2016/0457 και η βαθμολογία επτά κόμμα ογδόντα τέσσερα.", []),
    # yacht charter, Lefkada, young Athenian
    ("Lefkada Sailing, γεια σας, ο Γιάννης στο τηλέφωνο.", [("name", "Γιάννης")]),
    ("Γεια, θέλουμε ένα ιστιοπλοϊκό για μια εβδομάδα τον Ιούλιο, είμαστε έξι άτομα, δύο ζευγάρια και δύο φίλοι.", []),
    ("Ένα Bavaria 46 είναι τρεις χιλιάδες οχτακόσια τη βδομάδα τον Ιούλιο, και ο σκίπερ εκατόν ογδόντα την ημέρα.", []),
    ("Το όνομά μου είναι Νίκος Σπυρόπουλος.", [("name", "Νίκος Σπυρόπουλος")]),
    ("Τέλεια, η προκαταβολή είναι πενήντα τοις εκατό.", []),
    ("Στείλτε το στο IBAN " + EL_GR3 + ", με αιτιολογία LS-0712.", [("iban", EL_GR3)]),
    ("Όχι, αυτό είναι το δικό σας; Για την επιστροφή της εγγύησης, το δικό μου είναι " + grp(EL_GR4, [4] * 6) + ".",
     [("iban", grp(EL_GR4, [4] * 6))]),
    ("Αναχωρούμε από τη μαρίνα Λευκάδας το Σάββατο στις πέντε, επιστροφή την Παρασκευή μέχρι τις έξι το απόγευμα.", []),
    ("Το κινητό μου εξήντα εννιά, σαράντα δύο, ογδόντα ένα, τριάντα έξι, εβδομήντα πέντε",
     [("phone", "εξήντα εννιά, σαράντα δύο, ογδόντα ένα, τριάντα έξι, εβδομήντα πέντε")]),
    ("Εγώ είμαι δώδεκα του πέντε του ενενήντα έξι", [("date_of_birth", "δώδεκα του πέντε του ενενήντα έξι")],
     "Για το crew list θέλουμε και ημερομηνία γέννησης."),
    ("nikos.spiro κάτω παύλα 96 στο yahoo.gr", [("email", "nikos.spiro κάτω παύλα 96 στο yahoo.gr")]),
    # workwear and uniform supplier, Piraeus bakery
    ("Καλησπέρα, από τον φούρνο «Το Στάχυ» στην Καστέλλα, θέλουμε ποδιές και καπέλα για οχτώ άτομα με κέντημα.", []),
    ("Η ποδιά είναι δώδεκα ευρώ, το καπέλο έξι, το κέντημα τρία ευρώ το κομμάτι, σύνολο εκατόν ογδόντα εννιά με ΦΠΑ.", []),
    ("Είμαι ο Παναγιώτης Λαμπράκης, ο ιδιοκτήτης, Τάκη με λένε όλοι.", [("name", "Παναγιώτης Λαμπράκης"), ("name", "Τάκη")]),
    ("Το ΑΦΜ του φούρνου; Είναι ατομική, οπότε το δικό μου, " + w("el", EL_AFM5[:3]) + " " + w("el", EL_AFM5[3:6]) + " " + w("el", EL_AFM5[6:]),
     [("id", w("el", EL_AFM5[:3]) + " " + w("el", EL_AFM5[3:6]) + " " + w("el", EL_AFM5[6:]))]),
    ("Παράδοση στη Βασιλέως Παύλου 63, Καστέλλα, Πειραιάς, 18533", [("address", "Βασιλέως Παύλου 63, Καστέλλα, Πειραιάς, 18533")],
     "Πού να γίνει η παράδοση;"),
    ("κάρτα " + EL_C5_W, [("card", EL_C5_W)]),
    ("Η παραγγελία είναι η 24-1187, έτοιμη σε δέκα εργάσιμες, δηλαδή γύρω στις είκοσι τρεις του μήνα.", []),
    ("Το τηλέφωνο του φούρνου 210 4117 982, το δικό μου 6944 718 305", [("phone", "210 4117 982"), ("phone", "6944 718 305")]),
    # photo restoration, Ioannina, older woman
    ("Χαίρετε, έχω κάτι φωτογραφίες του πατέρα μου από το χωριό, από το πενήντα δύο, είναι σκισμένες.", []),
    ("Η αποκατάσταση είναι σαράντα ευρώ η φωτογραφία, και εκτύπωση είκοσι επί τριάντα οχτώ ευρώ.", []),
    ("Εγώ είμαι η κυρα-Φρόσω, η Ευφροσύνη Τζίμα, από το Μέτσοβο.", [("name", "Φρόσω"), ("name", "Ευφροσύνη Τζίμα")]),
    ("Στο σπίτι, δύο έξι πέντε έξι, μηδέν, τέσσερα ένα, εννιά τρία", [("phone", "δύο έξι πέντε έξι, μηδέν, τέσσερα ένα, εννιά τρία")],
     "Σε ποιο τηλέφωνο;"),
    ("Στείλτε τες στη διεύθυνση Τσιρίγωτη 9, Μέτσοβο, 44200", [("address", "Τσιρίγωτη 9, Μέτσοβο, 44200")]),
    ("Θα είναι έτοιμες σε δύο εβδομάδες, γύρω στις δεκαοχτώ Μαρτίου, ο αριθμός εργασίας είναι 3391.", []),
    ("η εγγονή μου θα πληρώσει, με την κάρτα της " + grp(EL_C8, [4] * 4), [("card", grp(EL_C8, [4] * 4))]),
    # solar panel leasing, Crete
    ("Ήλιος Κρήτης, φωτοβολταϊκά, καλημέρα, η Ειρήνη σας εξυπηρετεί.", [("name", "Ειρήνη")]),
    ("Καλημέρα, θέλω να βάλω δέκα κιλοβάτ στην ταράτσα του ξενοδοχείου, με μίσθωση, όχι αγορά.", []),
    ("Τα δέκα κιλοβάτ με μίσθωση είναι εκατόν σαράντα ευρώ τον μήνα για οχτώ χρόνια, και η απόσβεση βγαίνει στα πέντε.", []),
    ("Μανόλης Ψαρουδάκης, από τα Χανιά.", [("name", "Μανόλης Ψαρουδάκης")], "Με ποιον μιλάω παρακαλώ;"),
    ("Το ξενοδοχείο είναι στην οδό Κονδυλάκη 27, Χανιά, 73131", [("address", "οδό Κονδυλάκη 27, Χανιά, 73131")]),
    ("manolis psaroudakis παπάκι otenet τελεία gr", [("email", "manolis psaroudakis παπάκι otenet τελεία gr")]),
    ("Το ΑΦΜ είναι " + EL_AFM4, [("id", EL_AFM4)], "Για τη σύμβαση χρειάζομαι το ΑΦΜ σας."),
    ("Το ξενοδοχείο έχει είκοσι τέσσερα δωμάτια, το δωμάτιο 12 και το 14 έχουν ηλιακό ήδη, και η ΔΕΗ χρεώνει 0,21 την κιλοβατώρα.", []),
    ("Η μηνιαία δόση από τον λογαριασμό μου στη Γερμανία, " + grp(EL_DE1, [4] * 5) + ", εκεί πληρώνουν οι ταξιδιωτικοί.",
     [("iban", grp(EL_DE1, [4] * 5))]),
    # land surveyor, Chalkidiki, Greek-American owner
    ("Τοπογραφικό γραφείο Καραγιάννη, Πολύγυρος, παρακαλώ.", []),
    ("Γεια σας, χρειάζομαι τοπογραφικό για ένα οικόπεδο στη Νικήτη, γύρω στα τέσσερα στρέμματα, για το Κτηματολόγιο.", []),
    ("Το τοπογραφικό με εξάρτηση είναι εξακόσια πενήντα ευρώ, και το Κτηματολόγιο θέλει περίπου είκοσι μέρες.", []),
    ("Είμαι ο Τζορτζ, ο Γιώργος Παππάς, ζω στο Σικάγο, είμαι εδώ μέχρι τις είκοσι Αυγούστου.", [("name", "Τζορτζ"), ("name", "Γιώργος Παππάς")]),
    ("Για την αμερικάνικη εφορία μου ζήτησαν και το social security, " + EL_SSN, [("id", EL_SSN)]),
    ("Και το ελληνικό ΑΦΜ μου το πήρα πέρσι, " + EL_AFM6, [("id", EL_AFM6)]),
    ("Γεννήθηκα το εξήντα επτά, δεκατρείς Ιουνίου, στη Νέα Υόρκη", [("date_of_birth", "εξήντα επτά, δεκατρείς Ιουνίου")]),
    ("Το κινητό μου εδώ εξήντα εννιά, ογδόντα, εξήντα επτά, μηδέν τρία, δεκαεννιά", [("phone", "εξήντα εννιά, ογδόντα, εξήντα επτά, μηδέν τρία, δεκαεννιά")]),
    ("και το αμερικάνικο plus one, three one two, five five oh, two seven four one", [("phone", "plus one, three one two, five five oh, two seven four one")]),
    ("Το οικόπεδο είναι στη θέση Άγιος Γεώργιος, ΚΑΕΚ 190123456789, δεν έχει διεύθυνση ακόμα.", []),
    ("george.pappas.chi@aol.com", [("email", "george.pappas.chi@aol.com")], "Και το email;"),
    # wheelchair hire, Rhodes, Greek-Australian
    ("Rhodes Mobility, ενοικιάσεις αναπηρικών αμαξιδίων, καλημέρα σας.", []),
    ("G'day, ναι, καλημέρα, ο Τζιμ Κωνσταντινίδης από τη Μελβούρνη, για τη μητέρα μου, έρχεται τον Σεπτέμβρη.", [("name", "Τζιμ Κωνσταντινίδης")]),
    ("Το αμαξίδιο είναι εξήντα ευρώ την εβδομάδα, το ηλεκτρικό σκούτερ εκατόν πενήντα, και παραδίδουμε δωρεάν στο ξενοδοχείο.", []),
    ("Είναι γεννημένη το τριάντα οχτώ, πρώτη Απριλίου", [("date_of_birth", "τριάντα οχτώ, πρώτη Απριλίου")],
     "Για την ασφάλεια χρειάζομαι την ημερομηνία γέννησης της χρήστριας."),
    ("Θα μείνουν στο ξενοδοχείο Mediterranean, δωμάτιο 318, από τις τρεις μέχρι τις δεκαεφτά Σεπτεμβρίου.", []),
    ("Πληρώνω με Amex, " + grp(EL_C6, [4, 6, 5]), [("card", grp(EL_C6, [4, 6, 5]))]),
    ("και το email μου jimmy k seventy one at bigpond dot com", [("email", "jimmy k seventy one at bigpond dot com")]),
    ("Το σπίτι μου στην Αυστραλία είναι 14 Darebin Street, Northcote, VIC 3070", [("address", "14 Darebin Street, Northcote, VIC 3070")],
     "Και μια διεύθυνση κατοικίας για το συμβόλαιο;"),
    # museum membership, Athens
    ("Καλησπέρα, θέλω να ανανεώσω την οικογενειακή κάρτα μέλους, έληξε τον Ιανουάριο.", []),
    ("Η οικογενειακή κάρτα είναι ενενήντα ευρώ τον χρόνο, με ελεύθερη είσοδο για δύο ενήλικες και τρία παιδιά, και δέκα τοις εκατό στο πωλητήριο.", []),
    ("Λέγομαι Δέσποινα Αλεξίου-Μαρκάκη.", [("name", "Δέσποινα Αλεξίου-Μαρκάκη")]),
    ("Με την κάρτα " + w("el", EL_C7[:8]) + ", " + w("el", EL_C7[8:]), [("card", w("el", EL_C7[:8]) + ", " + w("el", EL_C7[8:]))]),
    ("Η νέα έκθεση για τους Μυκηναίους ανοίγει στις δώδεκα Μαΐου, και η ξενάγηση για μέλη είναι στις έξι το απόγευμα.", []),
    ("Μένω στην Ευελπίδων 15, Πεδίον του Άρεως, Αθήνα, 11362", [("address", "Ευελπίδων 15, Πεδίον του Άρεως, Αθήνα, 11362")]),
    ("despina.am@hotmail.com και στείλτε και στο desp1980@yahoo.gr", [("email", "despina.am@hotmail.com"), ("email", "desp1980@yahoo.gr")]),
    ("Για επιστροφή χρημάτων, λογαριασμός στην Κύπρο, " + EL_CY2, [("iban", EL_CY2)]),
    ("Πληρώνω και από το αγγλικό μου λογαριασμό αν χρειαστεί, " + EL_GB1, [("iban", EL_GB1)]),
    ("Το μουσείο είναι ανοιχτό Τρίτη με Κυριακή, οχτώ με οχτώ, και τη Δευτέρα κλειστό.", []),
    ("Ο αριθμός μέλους σας είναι 00417-22 και ισχύει μέχρι τις τριάντα ένα Ιανουαρίου του επόμενου έτους.", []),
]

# === END DATA ===
if __name__ == "__main__":
    main()
