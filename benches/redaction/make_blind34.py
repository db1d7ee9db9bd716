#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind34".

Written by a helper session working only from a written brief. The helper never
read the redactor, its rules, its tests, nor any other evaluation set or
generator; the lines below are composed from the brief and from general
knowledge of how people talk on customer-service phone calls.

Output: data/redaction/blind34/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}   # context optional, an earlier line of the same call
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive);
they are computed here by searching for each span's substring and asserted.
Items with empty spans are non-personal and must come out unchanged.

All values are invented; card, IBAN and ID numbers get computed check digits.
Deterministic: no randomness, no clock.

Sectors (all names beginning G-L): see SECTORS below.
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind34"))

SECTORS = {
    "en": ["gluten-free bakery", "housing association repairs", "house-sitting agency",
           "jewellery valuation", "judo club", "livestock auction", "linen hire",
           "luggage storage", "locum doctor agency", "graphic design studio",
           "hardware store", "invoice factoring"],
    "ar": ["gypsum-ceiling contractor", "grain mill", "gemstone dealer", "honeymoon planner",
           "inheritance calculation office", "jeep tours", "livestock auction (camels)",
           "lab equipment supplier", "hardware store", "Islamic school registration",
           "laser hair removal", "GP clinic"],
    "he": ["kosher butcher", "kibbutz guesthouse", "lone-soldier support",
           "gynaecology clinic", "hardware store", "laser hair removal",
           "house-sitting agency", "jewellery valuation", "linen hire", "luggage storage",
           "graphic design studio", "judo club"],
    "el": ["GP surgery", "goldsmith / jewellery valuation", "hardware store",
           "honeymoon planner", "lace-making course", "lyra lessons", "luggage storage",
           "linen hire", "house-sitting agency", "invoice factoring", "jeep tours",
           "gluten-free bakery"],
}

# ---------------------------------------------------------------- check digits

def luhn_ok(s):
    d = [int(c) for c in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def iban_mod(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


LENS = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
        "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28, "FR": 27}


def iban(cc, bban):
    assert len(cc) + 2 + len(bban) == LENS[cc], (cc, len(bban))
    chk = 98 - iban_mod(cc + "00" + bban)
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v)
    return v


def iban_ok(v):
    return len(v) == LENS.get(v[:2], -1) and iban_mod(v) == 1


def tz_ok(s):
    if len(s) != 9:
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 + i % 2)
        tot += x // 10 + x % 10
    return tot % 10 == 0


def tz_complete(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError


def afm_ok(s):
    if len(s) != 9:
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm_complete(body8):
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c
    raise AssertionError


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def ssn_ok(s):
    s = s.replace("-", "").replace(" ", "")
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return len(s) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0


def grp(s, *sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def by4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))

# ---------------------------------------------------------------- number words

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
            "nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_digits(s, oh=False, double=False, sep=" "):
    words, i = [], 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            i += 1
            continue
        w = "oh" if (oh and c == "0") else EN_D[int(c)]
        if double and i + 1 < len(s) and s[i + 1] == c and not (i + 2 < len(s) and s[i + 2] == c):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return sep.join(words)


def en_pair(p):
    n = int(p)
    if p[0] == "0":
        return "oh " + EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])


AR_D = ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_DC = ["صفر", "واحد", "اتنين", "تلاتة", "اربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"]
AR_TEENS = ["عشرة", "احدعش", "اتناعش", "تلاتطعش", "اربعطعش", "خمستعش", "ستعش", "سبعتعش",
            "تمنتعش", "تسعتعش"]
AR_TENS = ["", "", "عشرين", "تلاتين", "اربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"]
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s, colloquial=False, sep=" "):
    t = AR_DC if colloquial else AR_D
    return sep.join(t[int(c)] for c in s if c.isdigit())


def ar_pair(p):
    n = int(p)
    if p[0] == "0":
        return "صفر " + AR_DC[n]
    if n < 20:
        return AR_TEENS[n - 10]
    if n % 10 == 0:
        return AR_TENS[n // 10]
    return AR_DC[n % 10] + " و" + AR_TENS[n // 10]


def ind(s):
    return s.translate(AR_INDIC)


HE_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]
HE_TEENS = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה",
            "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]


def he_digits(s, masc=False, sep=" "):
    t = HE_M if masc else HE_F
    return sep.join(t[int(c)] for c in s if c.isdigit())


def he_pair(p):
    n = int(p)
    if p[0] == "0":
        return "אפס " + HE_F[n]
    if n < 20:
        return HE_TEENS[n - 10]
    if n % 10 == 0:
        return HE_TENS[n // 10]
    return HE_TENS[n // 10] + " ו" + HE_F[n % 10]


EL_D = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
            "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]


def el_digits(s, sep=" "):
    return sep.join(EL_D[int(c)] for c in s if c.isdigit())


def el_pair(p):
    n = int(p)
    if p[0] == "0":
        return "μηδέν " + EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n % 10 == 0:
        return EL_TENS[n // 10]
    return EL_TENS[n // 10] + " " + EL_D[n % 10]


def pairs(fn, s, sep=" "):
    s = re.sub(r"\D", "", s)
    assert len(s) % 2 == 0
    return sep.join(fn(s[i:i + 2]) for i in range(0, len(s), 2))

# ---------------------------------------------------------------- items

def I(text, spans=(), context=""):
    return (text, list(spans), context)


def build(items):
    rows = []
    for text, spans, ctx in items:
        b = text.encode("utf-8")
        pos = 0
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            assert sub.strip() == sub and sub, (sub, text)
            k = b.find(sb, pos)
            assert k >= 0, ("span not found", kind, sub, text)
            out.append({"kind": kind, "start": k, "end": k + len(sb)})
            assert b[k:k + len(sb)].decode("utf-8") == sub
            pos = k + len(sb)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        if not spans:
            check_nonpersonal(text)
        rows.append(row)
    return rows


def digit_runs(text):
    t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", t):
        yield re.sub(r"\D", "", m.group())


def check_nonpersonal(text):
    """Long numbers in non-personal lines must not pass a card/ID check."""
    for d in digit_runs(text):
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("non-personal number passes Luhn", d, text)
        if len(d) == 9:
            assert not tz_ok(d), ("passes TZ", d, text)
            assert not afm_ok(d), ("passes AFM", d, text)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("passes Saudi ID", d, text)


def write(lang, items):
    rows = build(items)
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for r in rows:
        for s in r["spans"]:
            counts[s["kind"]] = counts.get(s["kind"], 0) + 1
    empty = sum(1 for r in rows if not r["spans"])
    print(lang, len(rows), "items,", empty, "non-personal,", sum(counts.values()), "spans",
          dict(sorted(counts.items())))
    return rows, counts

# ---------------------------------------------------------------- languages

LANGS = {}

def en_items():
    def sp(s, sep=", ", size=4, **kw):
        s = re.sub(r"\D", "", s)
        return sep.join(en_digits(s[i:i + size], **kw) for i in range(0, len(s), size))
    c1 = luhn_complete("453201511283036")
    c2 = luhn_complete("542523343010990")
    c3 = luhn_complete("37828224631000")
    c4 = luhn_complete("601100990139424")
    c5 = luhn_complete("222300004840001")
    c6 = luhn_complete("3056930902590")
    c7 = luhn_complete("675964982643759871")
    c8 = luhn_complete("491748092231877")
    ie1 = iban("IE", "AIBK93115212345678")
    gb1 = iban("GB", "BARC20658241907736")
    gb2 = iban("GB", "LOYD30962214488301")
    de1 = iban("DE", "500105175407324931")
    cy1 = iban("CY", "002001280000001200527600")
    sa1 = iban("SA", "80000000608010167519")
    ae1 = iban("AE", "0330000010284566501")
    il1 = iban("IL", "0126470000005419983")
    ssn1, ssn2, ssn3, ssn4 = "512-43-7781", "231-09-4478", "078-62-1190", "604-71-2235"
    iq1 = luhn_complete("241870365")
    tz1 = tz_complete("03318245")
    for x in (ssn1, ssn2, ssn3, ssn4):
        assert ssn_ok(x)
    assert saudi_ok(iq1) and iq1[0] == "2" and tz_ok(tz1)
    it = []
    a = it.append
    # --- gluten-free bakery (Irish caller)
    a(I("Good morning, Crumb and Oat gluten-free bakery, you're speaking to Declan, how can I help?",
        [("name", "Declan")]))
    a(I("Hi there, um, it's Siobhan Brennan here, I rang yesterday about the coeliac birthday cake.",
        [("name", "Siobhan Brennan")]))
    a(I("The two-tier one is forty-five euro and the cupcakes are twenty-four for a dozen, so sixty-nine all in."))
    a(I("Collection would be Saturday the 14th of June, any time after half nine, we close at four."))
    a(I("Fourteen Glenageary Park, Dún Laoghaire, A96 K2X4.", [("address", "Fourteen Glenageary Park, Dún Laoghaire, A96 K2X4")],
        "Grand, and where are we delivering to?"))
    a(I("mobile is oh eight seven two two four six one nine one",
        [("phone", "oh eight seven two two four six one nine one")]))
    a(I(f"It's a Visa, {sp(c1, oh=True)}, and the expiry is oh nine twenty-seven.",
        [("card", sp(c1, oh=True))]))
    a(I("And the receipt, can you email it to siobhan dot brennan eighty-two at eircom dot net",
        [("email", "siobhan dot brennan eighty-two at eircom dot net")]))
    a(I("So that's siobhan dot brennan eighty-two at eircom dot net, perfect.",
        [("email", "siobhan dot brennan eighty-two at eircom dot net")]))
    a(I("We use buckwheat and rice flour, no oats at all on a Tuesday or Wednesday because of the contamination."))
    # --- housing association repairs (Nigerian caller, London)
    a(I("Greenway Homes repairs line, my name is Harriet, can I take your name please?", [("name", "Harriet")]))
    a(I("Yes, it's Oluwaseun Adeyemi. O-L-U-W-A-S-E-U-N.",
        [("name", "Oluwaseun Adeyemi"), ("name", "O-L-U-W-A-S-E-U-N")]))
    a(I("Thank you Mr Adeyemi. And for security, the first line of your address?", [("name", "Adeyemi")]))
    a(I("Flat 7, Wexford House, 112 Peckham Rye, SE15 3NH.",
        [("address", "Flat 7, Wexford House, 112 Peckham Rye, SE15 3NH")],
        "And for security, the first line of your address?"))
    a(I("Twenty-third of the fourth, nineteen seventy-nine.",
        [("date_of_birth", "Twenty-third of the fourth, nineteen seventy-nine")], "And your date of birth?"))
    a(I("The boiler has been off since Tuesday, the engineer came on the 2nd and he said the part is on order."))
    a(I("Okay, I've raised job number R 4418 2093, priority two, so within 24 hours, and a second job for the extractor fan."))
    a(I("Best number is oh seven nine one one, double four two, nine eight three.",
        [("phone", "oh seven nine one one, double four two, nine eight three")]))
    a(I("The rent account shows a credit of 212 pounds 40, so nothing owing on your side."))
    # --- house-sitting agency (Australian caller)
    a(I("G'day, this is Kylie Maddox, I signed up as a sitter last week but I haven't heard back.",
        [("name", "Kylie Maddox")]))
    a(I("No worries, can you confirm the email on the account?"))
    a(I("Yeah it's kyles underscore maddox at outlook dot com dot au",
        [("email", "kyles underscore maddox at outlook dot com dot au")]))
    a(I("The assignment in Lismore runs from the eighteenth to the twenty-sixth, two dogs and a cat, and it pays forty a night."))
    a(I("My mobile's plus six one, four one two, five five eight, oh nine three.",
        [("phone", "plus six one, four one two, five five eight, oh nine three")]))
    a(I("The police check came back Monday, certificate number 6629 1044 87, so that's all sorted."))
    a(I("um the um the owners want someone from the 3rd of January for like three weeks minimum"))
    # --- jewellery valuation (Indian caller)
    a(I("Hello, yes, my name is Lakshmi Venkataraman, V-E-N-K-A-T-A-R-A-M-A-N.",
        [("name", "Lakshmi Venkataraman"), ("name", "V-E-N-K-A-T-A-R-A-M-A-N")]))
    a(I("Thank you, and is it for insurance or for probate?"))
    a(I("Our fee is one and a half percent of the value, minimum eighty-five pounds, and the certificate takes ten working days."))
    a(I("It's a 22 carat necklace, around 48 grams, it was bought in Chennai in 1996 from Prince Jewellery."))
    a(I("For the certificate, the email is L-A-K-S-H-M-I dot V at rediffmail dot com.",
        [("email", "L-A-K-S-H-M-I dot V at rediffmail dot com")]))
    a(I(f"Okay, the card number is {by4(c2)}.", [("card", by4(c2))]))
    a(I("Sixth November, nineteen seventy-one.",
        [("date_of_birth", "Sixth November, nineteen seventy-one")],
        "For the insurer we also need the owner's date of birth."))
    a(I("The appointment is Thursday the 9th at 11:15, at our Hatton Garden office, second floor."))
    # --- judo club (US parent)
    a(I("Hi, um, this is Tamika Johnson, I'm calling to sign my son up for the Saturday kids class.",
        [("name", "Tamika Johnson")]))
    a(I("He was born March third, 2015.", [("date_of_birth", "March third, 2015")],
        "Great, and what's his date of birth?"))
    a(I("Classes are Saturdays at 9:30, sixty-five dollars a month, and the gi is thirty-nine ninety-nine."))
    a(I("The belt test is on the 22nd and there's a tournament in Grand Rapids the weekend after."))
    a(I("Sure, my cell is six one six, seven four two, three three nine eight.",
        [("phone", "six one six, seven four two, three three nine eight")]))
    a(I(f"it's a discover card {en_digits(c4)}", [("card", en_digits(c4))]))
    a(I("Okay, and an email for the waiver?"))
    a(I("Home address is 3318 Burton Street Southeast, apartment B, Grand Rapids.",
        [("address", "3318 Burton Street Southeast, apartment B, Grand Rapids")], "And your home address for the membership?"))
    a(I("tamika j 1988 at yahoo dot com", [("email", "tamika j 1988 at yahoo dot com")],
        "And an email for the waiver?"))
    a(I("We're at 4471 Cascade Road, just past the Meijer, suite 200."))
    # --- livestock auction (Irish farmer)
    a(I("Howya, Paddy Keane here from out Ahascragh way, I'd forty-two bullocks in on Tuesday.",
        [("name", "Paddy Keane")]))
    a(I("Lot 118 made twelve hundred and forty euro a head, and lot 119 made eleven eighty."))
    a(I(f"Pay it into the usual account, {by4(ie1)}.", [("iban", by4(ie1))]))
    a(I(f"Let me read that back, {' '.join(ie1[:2])} {en_pair(ie1[2:4])}, A-I-B-K, {sp(ie1[8:], size=3)}, is that right Paddy?",
        [("iban", f"{' '.join(ie1[:2])} {en_pair(ie1[2:4])}, A-I-B-K, {sp(ie1[8:], size=3)}"), ("name", "Paddy")]))
    a(I("Commission is two and a half percent plus the levy of six euro a head, so it'll be in on Friday."))
    a(I("Ring me on oh eight seven, six six five, four one two oh if there's any bother.",
        [("phone", "oh eight seven, six six five, four one two oh")]))
    sid1 = luhn_complete("109345521")
    assert saudi_ok(sid1) and sid1[0] == "1"
    # --- linen hire (US hotel manager, Atlanta)
    a(I("Hey, yeah, DeShawn Carter, I'm the GM over at the Magnolia Inn on Ponce.",
        [("name", "DeShawn Carter")]))
    a(I("We need to bump the weekly order from 300 king sheets to 420, and 90 extra bath towels for the 4th of July weekend."))
    a(I("Got it, that's an extra one hundred eighty-six dollars and fifty cents a week."))
    a(I(f"Put it on the Amex, {grp(c3, 4, 6)}.", [("card", grp(c3, 4, 6))]))
    a(I("dshawn dot carter at magnoliainn atl dot com d s h a w n no e",
        [("email", "dshawn dot carter at magnoliainn atl dot com")]))
    a(I("Deliver to the loading dock, 1180 Ponce de Leon Avenue Northeast, Atlanta, Georgia 30306.",
        [("address", "1180 Ponce de Leon Avenue Northeast, Atlanta, Georgia 30306")]))
    a(I("Invoice 2024-0771 was for 1,912 dollars and it was paid on the 3rd, so you're current."))
    # --- luggage storage (Israeli traveller in London)
    a(I("Hi, my name is Yossi Mizrahi, I left two bags at your King's Cross location on Sunday.",
        [("name", "Yossi Mizrahi")]))
    a(I("It's LX 4471 9920, two bags, twelve pounds a day, and I'm flying back to Tel Aviv Wednesday at 6.45."))
    a(I(f"The card I booked with ends... no, the full number is {sp(c5, sep=' ', size=4)}.",
        [("card", sp(c5, sep=' ', size=4))]))
    a(I("You can call my Israeli number, plus nine seven two, fifty-four, six three one, twenty-two, eighty-eight.",
        [("phone", "plus nine seven two, fifty-four, six three one, twenty-two, eighty-eight")]))
    a(I(f"For the refund of the damaged bag, the claim form asks for my ID number, it's {tz1}.", [("id", tz1)]))
    a(I(f"and the refund into my bank in Israel please {il1}", [("iban", il1)]))
    a(I("And if it's easier, send the bag back to my flat, 14 Hanassi Street, apartment 6, Haifa.",
        [("address", "14 Hanassi Street, apartment 6, Haifa")]))
    a(I("The damage claim is capped at 500 pounds per item and takes 14 to 21 days."))
    # --- locum doctor agency (US and UK doctors)
    a(I("Good afternoon, MedBridge Locums, Connor speaking.", [("name", "Connor")]))
    a(I("Hi Connor, it's Rajesh Iyer, um, Raj, I'm registering for the emergency medicine shifts in Ohio.",
        [("name", "Rajesh Iyer"), ("name", "Raj")]))
    a(I(f"Sure, it's {en_digits(ssn1[:3])}, {en_pair(ssn1[4:6])}, {en_digits(ssn1[7:])}.",
        [("id", f"{en_digits(ssn1[:3])}, {en_pair(ssn1[4:6])}, {en_digits(ssn1[7:])}")],
        "For the credentialing file I need your Social Security number."))
    a(I(f"So that's {ssn1}, correct?", [("id", ssn1)]))
    a(I("And the date of birth, Dr. Iyer?", [("name", "Iyer")]))
    a(I("uh nineteen eighty-three, July the twelfth", [("date_of_birth", "nineteen eighty-three, July the twelfth")],
        "And the date of birth, Dr. Iyer?"))
    a(I("raj.iyer.md@protonmail.com, that's r a j dot i y e r dot m d",
        [("email", "raj.iyer.md@protonmail.com"), ("email", "r a j dot i y e r dot m d")]))
    a(I("The rate at Mercy General is 210 dollars an hour, twelve-hour shifts, and we cover the Marriott for up to 14 nights."))
    a(I("Good morning, my name is Dr. Chiamaka Okonkwo, I did three nights at Leeds General for you in March.",
        [("name", "Chiamaka Okonkwo")]))
    a(I("The payment has not come through, I was expecting one thousand eight hundred and sixty pounds."))
    a(I(f"Let me check the bank details we hold. Is it {gb1[:4]} {gb1[4:8]} {grp(gb1[8:], 6, 8)}?",
        [("iban", f"{gb1[:4]} {gb1[4:8]} {grp(gb1[8:], 6, 8)}")]))
    a(I(f"No, I changed banks, it is now {by4(gb2)}.", [("iban", by4(gb2))]))
    a(I("Second of February, 1988.", [("date_of_birth", "Second of February, 1988")],
        "Thank you Doctor, just to verify, your date of birth?"))
    a(I("Thank you Doctor, I'll push it into tonight's BACS run, so Friday at the latest."))
    a(I(f"Oh and my SSN for the US placement is {ssn2}.", [("id", ssn2)]))
    # --- graphic design studio (Cypriot client speaking English)
    a(I("Hello, Andreas Christodoulou, from Limassol, I called about the logo for our taverna.",
        [("name", "Andreas Christodoulou")]))
    a(I("Hi, yes, we sent you three concepts on the 5th, the blue one is 850 euro with the full brand book."))
    a(I("The invoice should go to my home, 27 Anexartisias Street, flat 3, 3036 Limassol.",
        [("address", "27 Anexartisias Street, flat 3, 3036 Limassol")]))
    a(I("and andy underscore christo at cytanet dot com dot cy for the files",
        [("email", "andy underscore christo at cytanet dot com dot cy")]))
    a(I(f"Our bank details for the 50 percent deposit are on the invoice, but the refund goes to {cy1}?", [("iban", cy1)]))
    a(I(f"Yes, and the German client pays us from {by4(de1)}, that's the Frankfurt account.", [("iban", by4(de1))]))
    a(I("Cyprus mobile, nine nine, four eight, one seven, six two.",
        [("phone", "nine nine, four eight, one seven, six two")], "What's the best number to reach you?"))
    a(I("The print run is 5,000 menus at 0.38 each, delivery in seven to ten days, and the font licence is 129 a year."))
    # --- hardware store (Tennessee contractor)
    a(I("Hardin Hardware and Lumber, this is Earl.", [("name", "Earl")]))
    a(I("Earl, hey, Jolene Pruitt, I'm doing that deck job out on Highway 70, I need forty-two two-by-sixes, pressure treated.",
        [("name", "Jolene Pruitt")]))
    a(I("Yes ma'am, they're 11.97 apiece, and the Simpson joist hangers are a dollar eighty-nine, you want the box of fifty?"))
    a(I("Deliver it to 2210 Old Lebanon Dirt Road, Mount Juliet, 37122, the gate code's 1947.",
        [("address", "2210 Old Lebanon Dirt Road, Mount Juliet, 37122")]))
    a(I("For the contractor credit account it asks for your Social and your date of birth."))
    a(I("Ten, twenty-nine, sixty-eight.", [("date_of_birth", "Ten, twenty-nine, sixty-eight")],
        "And your date of birth, ma'am?"))
    a(I(f"it's {ssn3.replace('-', ' ')}", [("id", ssn3.replace('-', ' '))],
        "For the contractor credit account it asks for your Social."))
    a(I("Call me at (615) 448-2093 when the truck leaves.", [("phone", "(615) 448-2093")]))
    a(I(f"Card on file is a Diners, {grp(c6, 4, 6)}.", [("card", grp(c6, 4, 6))]))
    a(I("We're open seven to six weekdays, Saturday till noon, closed Sundays and Labor Day."))
    # --- invoice factoring (Riyadh trading firm)
    a(I("Hello, myself Mohammed Qureshi, accountant at Al Rimal Trading, regarding the invoices we uploaded.",
        [("name", "Mohammed Qureshi")]))
    a(I("We advanced 85 percent of 412,000 riyals, the fee is 1.9 percent for 60 days, so the balance comes on the 30th."))
    a(I(f"My Iqama number is {grp(iq1, 1, 3, 3, 3)}.", [("id", grp(iq1, 1, 3, 3, 3))]))
    a(I(f"And the owner's national ID is {en_digits(sid1)}.", [("id", en_digits(sid1))],
        "We also need the owner's national ID for the guarantee."))
    a(I(f"Please release the balance to {by4(sa1)}.", [("iban", by4(sa1))]))
    a(I(f"For the Dubai branch invoices, use {ae1}, Emirates NBD.", [("iban", ae1)]))
    a(I("m qureshi at alrimal dash trading dot sa", [("email", "m qureshi at alrimal dash trading dot sa")],
        "Which email should the statements go to?"))
    a(I("My mobile is 0551 847 223, or the office on 011 464 2291 extension 14.",
        [("phone", "0551 847 223"), ("phone", "011 464 2291")]))
    a(I(f"I was born 14th August 1979 if you need it for the KYC.", [("date_of_birth", "14th August 1979")]))
    a(I("Invoice numbers 7730 to 7744 are all under the Ma'aden contract, total 1,208,400, due in ninety days."))
    a(I(f"The corporate card is {sp(c7, sep=' ', size=4, oh=True)}, and my personal one is {by4(c8)}.",
        [("card", sp(c7, sep=' ', size=4, oh=True)), ("card", by4(c8))]))
    a(I("Thank you Mr Qureshi, you'll get an SMS confirmation within the hour.", [("name", "Qureshi")]))
    a(I("We can't guarantee nut-free, the almond flour is in the same kitchen as the Lemon Drizzle on Mondays."))
    a(I("Your tenancy started on the 1st of September 2019 and the service charge went up 3.5 percent in April."))
    a(I("The Smith and Wesson safe in your list is model SW-1420, we value contents only, not the safe."))
    a(I("so that's 12 lessons for 180 and the family discount takes off another fifteen percent"))
    a(I("Tracking for the pallet is 7730 1948 2265 0041, it left the Memphis depot at 10 past 3."))
    a(I("We stock the Dewalt 20 volt for 149, the Milwaukee is 179, and there's a 2-for-1 on blades until Friday."))
    a(I("Your facility limit is 2.5 million riyals, renewed on 1 January, next review in June 2026."))
    a(I("Room 1412 at the Marriott is booked for you from the 9th to the 16th, flight AA 2231 lands at 4:50."))
    a(I("Mart day is every Tuesday and Thursday, weighing starts at 8, and the ring opens at half ten."))
    return it

LANGS["en"] = en_items

def ar_items():
    sid1 = luhn_complete("109876321")
    sid2 = luhn_complete("104452187")
    sid3 = luhn_complete("112093458")
    sid4 = luhn_complete("107731904")
    iq1 = luhn_complete("238104775")
    iq2 = luhn_complete("245519082")
    iq3 = luhn_complete("221736649")
    iq4 = luhn_complete("250318827")
    for x in (sid1, sid2, sid3, sid4, iq1, iq2, iq3, iq4):
        assert saudi_ok(x)
    c1 = luhn_complete("446291830015727")
    c2 = luhn_complete("521334907718264")
    c3 = luhn_complete("410039286574013")
    c4 = luhn_complete("530912487036615")
    c5 = luhn_complete("37442018865301")
    c6 = luhn_complete("458809331276540")
    c7 = luhn_complete("636016782941551")
    c8 = luhn_complete("400837219906423")
    eg1 = iban("EG", "0037000400000321784409127")
    jo1 = iban("JO", "ARAB" + "1210" + "000000012145700500")
    ae1 = iban("AE", "0260001015482937401")
    ae2 = iban("AE", "0350000092244187610")
    sa1 = iban("SA", "10000000128866401004")
    sa2 = iban("SA", "45000000401873022201")
    sa3 = iban("SA", "65000000245510993001")
    kw1 = iban("KW", "NBOK0000000000002019887654")
    it = []
    a = it.append
    # --- gypsum-ceiling contractor (Riyadh, Gulf)
    a(I("السلام عليكم، معك عبدالله الدوسري، أبي أسقف جبس للمجلس والصالة.", [("name", "عبدالله الدوسري")]))
    a(I("وعليكم السلام، حياك الله أستاذ عبدالله، كم المساحة تقريباً؟", [("name", "عبدالله")]))
    a(I("المتر بخمسة وثلاثين ريال مع الشغل، والمجلس تقريباً أربعين متر، يعني ألف وأربعمية."))
    a(I("حي النرجس، شارع الأمير سعود بن عبدالعزيز، فيلا ١٨، جنب مسجد الراجحي.",
        [("address", "حي النرجس، شارع الأمير سعود بن عبدالعزيز، فيلا ١٨")], "وين الموقع بالضبط؟"))
    a(I("جوالي ٠٥٥ ٣٢١ ٨٨٤٧ ارسل لي الموقع واتساب", [("phone", "٠٥٥ ٣٢١ ٨٨٤٧")]))
    a(I(f"للعقد نحتاج رقم الهوية. - إيه، {ind(sid1)}.", [("id", ind(sid1))]))
    a(I("نبدأ الشغل يوم الأحد الجاي إن شاء الله الساعة سبعة الصبح، ويخلص خلال أربعة أيام."))
    a(I("العربون ألفين ريال والباقي بعد التسليم، والضمان سنتين على التشققات."))
    # --- grain mill (Egyptian)
    a(I("ألو، أيوه يا فندم، أنا الحاج سيد عبد الرحمن من كفر الشيخ، عايز أطحن عشرين شكارة قمح.",
        [("name", "سيد عبد الرحمن")]))
    a(I("أهلاً يا حاج سيد، الطحن بمية وخمسين جنيه للشكارة، والنخالة ليك.", [("name", "سيد")]))
    a(I(f"تليفوني {ar_digits('01224817630', colloquial=True)}",
        [("phone", ar_digits('01224817630', colloquial=True))]))
    a(I(f"والفلوس حولها على حساب البنك الأهلي، الآيبان {eg1}", [("iban", eg1)]))
    a(I("الطلبية رقم ٤٥٧ هتتسلم يوم الخميس الساعة عشرة الصبح، والعربية بتشيل تلاتين شكارة."))
    a(I("الأردب بيطلع حوالي ١٥٠ كيلو دقيق، والفرق بيتحسب على الوزن في المطحن."))
    a(I("العنوان عزبة الشيخ حسن، شارع الجمعية، بيت نمرة ٩، دسوق.",
        [("address", "عزبة الشيخ حسن، شارع الجمعية، بيت نمرة ٩، دسوق")]))
    # --- gemstone dealer (Jordanian, Amman)
    a(I("مرحبا، معك رنا الخطيب، بدي أسأل عن حجر الياقوت اللي بالإعلان.", [("name", "رنا الخطيب")]))
    a(I("أهلين رنا، الحجر ٣.٢ قيراط وسعره ألف وتمنمية دينار مع الشهادة.", [("name", "رنا")]))
    a(I("الشهادة من مختبر GIA رقمها 2231 4987 09، وبتوصل خلال أسبوعين."))
    a(I("ابعتلي الفاتورة على rana.khatib91@hotmail.com لو سمحت", [("email", "rana.khatib91@hotmail.com")]))
    a(I(f"رقم البطاقة {ar_digits(c1[:8])}، {ar_digits(c1[8:])}",
        [("card", f"{ar_digits(c1[:8])}، {ar_digits(c1[8:])}")]))
    a(I(f"أو إذا بدك تحويل، هاد الآيبان تبعي {by4(jo1)}", [("iban", by4(jo1))]))
    a(I("تلفوني صفر سبعة تسعة، خمسة خمسة اتنين، تلاتة أربعة واحد تمانية",
        [("phone", "صفر سبعة تسعة، خمسة خمسة اتنين، تلاتة أربعة واحد تمانية")]))
    a(I("المحل بشارع الرينبو بجبل عمان، مفتوح من عشرة للسبعة إلا يوم الجمعة."))
    # --- honeymoon planner (Emirati)
    a(I("هلا، معاج شمّا المزروعي، نبا باكج شهر عسل للمالديف.", [("name", "شمّا المزروعي")]))
    a(I("حياج الله أختي شمّا، عندنا باكج سبع ليالي بـ ١٨ ألف و٥٠٠ درهم شامل الطيران.", [("name", "شمّا")]))
    a(I("الرحلة EK 652 الساعة ٩:٤٠ الصبح، والدفعة الأولى ٣٠ بالمية قبل ١٥ يناير."))
    a(I("مواليد ١٢ / ٣ / ١٩٩٧", [("date_of_birth", "١٢ / ٣ / ١٩٩٧")], "ونحتاج تاريخ الميلاد للحجز."))
    a(I("وريلي مواليد اتنين وعشرين أكتوبر أربعة وتسعين", [("date_of_birth", "اتنين وعشرين أكتوبر أربعة وتسعين")]))
    a(I("الإيميل shamma dot m آت جيميل دوت كوم", [("email", "shamma dot m آت جيميل دوت كوم")]))
    a(I(f"بدفع بالبطاقة، {by4(c2)}", [("card", by4(c2))]))
    a(I(f"وإذا في استرجاع حطوه في حسابي {ae1[:2]} {ar_pair(ae1[2:4])} {grp(ae1[4:], 3, 16)}",
        [("iban", f"{ae1[:2]} {ar_pair(ae1[2:4])} {grp(ae1[4:], 3, 16)}")]))
    a(I("رقمي ٠٥٠ ٧٧٤ ٢١٩٣", [("phone", "٠٥٠ ٧٧٤ ٢١٩٣")]))
    a(I("المنتجع فيه فيلا على الماء بـ ٢٤٠٠ درهم لليلة، والسبا خصم عشرين بالمية."))
    # --- inheritance calculation office (MSA, Saudi)
    a(I("مكتب الفرائض والمواريث، معك المستشار خالد العنزي، تفضلي.", [("name", "خالد العنزي")]))
    a(I("أنا اسمي نوال بنت سعد القحطاني، وأبغى أحسب نصيب الورثة من تركة الوالد الله يرحمه.",
        [("name", "نوال بنت سعد القحطاني")]))
    a(I("التركة تقريباً مليون ومئتين ألف، والورثة زوجة وثلاث بنات وأخ شقيق."))
    a(I("الرسوم ٧٥٠ ريال والموعد يوم الثلاثاء ١٨ الشهر الساعة عشرة ونص في فرع العليا."))
    a(I(f"رقم هويتي {ar_digits(sid2)}", [("id", ar_digits(sid2))], "ممكن رقم الهوية الوطنية؟"))
    a(I("تاريخ ميلادي ١٤٠٣/٠٧/١٥ هجري", [("date_of_birth", "١٤٠٣/٠٧/١٥ هجري")]))
    a(I(f"حولي الرسوم على الآيبان {sa1} باسم المكتب، والفاتورة توصلك.", [("iban", sa1)]))
    a(I(f"طيب، وإذا زادت الرسوم ترجعونها على حسابي {by4(sa2)}؟", [("iban", by4(sa2))]))
    a(I("الصك رقم ٤١٠٢٢٧٣٨ صادر من محكمة الأحوال الشخصية عام ١٤٤٤."))
    # --- jeep tours (Wadi Rum, Moroccan caller)
    a(I("السلام عليكم، سميتي ياسين بنعلي، بغيت نحجز جولة فالجيب ديال وادي رم.", [("name", "ياسين بنعلي")]))
    a(I("أهلا وسهلا أخ ياسين، الجولة أربع ساعات بخمسة وأربعين دينار للشخص.", [("name", "ياسين")]))
    a(I("التجمع عند استراحة صالح الساعة ٣ العصر، والمبيت في المخيم ليلة وحدة بستين دينار."))
    a(I("النمرة ديالي +212 6 61 48 27 93 فيها الواتساب", [("phone", "+212 6 61 48 27 93")]))
    a(I("الإيميل ياسين پوان بنعلي أروباز منارة پوان ما", [("email", "ياسين پوان بنعلي أروباز منارة پوان ما")]))
    a(I(f"الكارط {grp(c3, 4, 4, 4, 4)}، صالحة حتى ٢٨", [("card", grp(c3, 4, 4, 4, 4))]))
    a(I("واش كاين شي تخفيض إلا كنا خمسة؟ - أه، عشرة بالمية للمجموعات فوق أربعة أشخاص."))
    # --- camel auction (Gulf)
    a(I("مزاد الصياهد، معك بندر، تفضل.", [("name", "بندر")]))
    a(I("هلا بندر، معك مطلق العتيبي، عندي ثلاث مجاهيم أبي أدخلها مزاد الخميس.", [("name", "مطلق العتيبي")]))
    a(I("أبشر يا مطلق، رسوم الدخول مية ريال للراس، والعمولة اثنين ونص بالمية.", [("name", "مطلق")]))
    a(I("المزاد يبدأ بعد صلاة العصر، والشوط الأول فيه ستة وعشرين ناقة، وأعلى سعر الأسبوع الماضي مية وعشرين ألف."))
    a(I(f"رقم الهوية {ar_digits(sid3[:5])}... {ar_digits(sid3[5:])}",
        [("id", f"{ar_digits(sid3[:5])}... {ar_digits(sid3[5:])}")], "عطني رقم هويتك عشان التسجيل."))
    a(I(f"وقيمة البيع حطها على الآيبان {sa3[:2]} {ar_digits(sa3[2:4])} {grp(sa3[4:], 2, 18)}",
        [("iban", f"{sa3[:2]} {ar_digits(sa3[2:4])} {grp(sa3[4:], 2, 18)}")]))
    a(I("واللي يشتري يوصلها لمزرعتي في الخرج، طريق الملك عبدالعزيز، بعد محطة الدريس بخمسة كيلو.",
        [("address", "الخرج، طريق الملك عبدالعزيز، بعد محطة الدريس بخمسة كيلو")]))
    a(I("جوالي خمسة صفر، تسعة ثلاثة ثمانية، أربعة أربعة صفر واحد، قدامها صفر",
        [("phone", "خمسة صفر، تسعة ثلاثة ثمانية، أربعة أربعة صفر واحد، قدامها صفر")]))
    # --- lab equipment supplier (Egyptian university)
    a(I("ألو، معاكي دكتورة هبة الله منصور من كلية العلوم، عايزة عرض سعر لجهاز طرد مركزي.",
        [("name", "هبة الله منصور")]))
    a(I("أهلاً يا دكتورة هبة، الموديل 5810R بتمانية وأربعين ألف جنيه، والضمان سنتين.", [("name", "هبة")]))
    a(I("عرض السعر رقم Q-2291 صالح لمدة تلاتين يوم، والتوريد خلال ستة أسابيع من أمر الشراء."))
    a(I("الإيميل heba.mansour@sci.asu.edu.eg", [("email", "heba.mansour@sci.asu.edu.eg")]))
    a(I("العنوان ٣٢ شارع الخليفة المأمون، مصر الجديدة، الدور التالت شقة ٧",
        [("address", "٣٢ شارع الخليفة المأمون، مصر الجديدة، الدور التالت شقة ٧")], "والتوصيل على فين؟"))
    a(I(f"الدفعة المقدمة هدفعها من الكارت الشخصي {ar_digits(c4[:4], colloquial=True)} {c4[4:]}",
        [("card", f"{ar_digits(c4[:4], colloquial=True)} {c4[4:]}")]))
    a(I("الميكروسكوب الفلوري بمية وعشرين ألف، والعدسات الإضافية ١٥ ألف للواحدة، والتركيب مجاني في القاهرة والجيزة."))
    a(I("موبايلي ٠١١٥ ٣٣٨ ٩٠٢٤", [("phone", "٠١١٥ ٣٣٨ ٩٠٢٤")]))
    # --- hardware store (Syrian in Riyadh, Levantine)
    a(I("مرحبا، أنا أبو سامر، يعني اسمي ماهر الحلبي، بدي طلبية للورشة.", [("name", "أبو سامر"), ("name", "ماهر الحلبي")]))
    a(I("أهلين أبو سامر، شو بدك؟", [("name", "أبو سامر")]))
    a(I("كرتونة براغي ستة مم، عشرين كيس إسمنت، ودريل بوش، كم الحساب؟"))
    a(I("البراغي ب ٤٥ ريال، الإسمنت ١٨ الكيس، والدريل ٣٨٥، المجموع ألف ومية وتلاتين."))
    a(I(f"لحساب الآجل لازم رقم الإقامة: {ind(grp(iq4, 4, 3, 3))}", [("id", ind(grp(iq4, 4, 3, 3)))]))
    a(I("ومواليدك؟ - واحد أيار تمانين", [("date_of_birth", "واحد أيار تمانين")]))
    a(I("وصلها على حي السويدي، شارع عبدالرحمن بن عوف، عمارة ١٢، جنب مغسلة الأمانة.",
        [("address", "حي السويدي، شارع عبدالرحمن بن عوف، عمارة ١٢")]))
    a(I(f"وادفع بمدى {grp(c7, 4, 4, 4, 4)}", [("card", grp(c7, 4, 4, 4, 4))]))
    a(I("التوصيل بعد العصر، والسواق بيتصل قبل بنص ساعة، وإذا ما في حدا بيرجع بكرا الساعة تسعة."))
    # --- Islamic school registration (MSA, Sudanese father in Jeddah)
    a(I("مدارس الهدى الأهلية، قسم القبول والتسجيل، معكم سارة، كيف أقدر أساعدك؟", [("name", "سارة")]))
    a(I("السلام عليكم، أنا محمد عثمان الطيب، أريد تسجيل ابني في الصف الثالث.", [("name", "محمد عثمان الطيب")]))
    a(I("ميلاده في الرابع من سبتمبر ألفين وستة عشر", [("date_of_birth", "الرابع من سبتمبر ألفين وستة عشر")],
        "ما تاريخ ميلاد الطالب؟"))
    a(I(f"رقم إقامتي {ar_digits(iq1[:4])} {ar_digits(iq1[4:7])} {ar_digits(iq1[7:])}",
        [("id", f"{ar_digits(iq1[:4])} {ar_digits(iq1[4:7])} {ar_digits(iq1[7:])}")]))
    a(I(f"والأم سعودية، رقم هويتها {sid4}", [("id", sid4)]))
    a(I("الرسوم السنوية اثنا عشر ألف ريال على ثلاث دفعات، والزي المدرسي ٤٥٠ ريال."))
    a(I("الصف الثالث فيه ٢٨ طالباً، والحصص من السابعة إلى الواحدة والنصف، وحلقة التحفيظ بعد العصر."))
    a(I("البريد الإلكتروني m.altayeb84 at gmail dot com", [("email", "m.altayeb84 at gmail dot com")]))
    a(I("نسكن في حي الصفا، شارع الأمير متعب، عمارة ٤٠ شقة ١١", [("address", "حي الصفا، شارع الأمير متعب، عمارة ٤٠ شقة ١١")],
        "وعنوان السكن من فضلك؟"))
    a(I(f"الدفعة الأولى بالبطاقة {ar_digits(c8)}", [("card", ar_digits(c8))]))
    a(I("جوالي ٠٥٦٨٨٢١٤٠٧", [("phone", "٠٥٦٨٨٢١٤٠٧")]))
    a(I("المقابلة يوم الأحد ٢٥ أغسطس الساعة التاسعة، والاختبار في الرياضيات واللغة العربية."))
    # --- laser hair removal (Lebanese in Kuwait)
    a(I("مرحبا، أنا لين نصرالله، حابة احجز جلسة ليزر للرجلين.", [("name", "لين نصرالله")]))
    a(I("أهلا لين، الجلسة بخمسة وتلاتين دينار، والباكج ست جلسات بمية وتمانين.", [("name", "لين")]))
    a(I("تاريخ ميلادي سبعة عشر حزيران ألف وتسعمية وتسعة وتسعين", [("date_of_birth", "سبعة عشر حزيران ألف وتسعمية وتسعة وتسعين")]))
    a(I("رقمي +965 6551 7482 يعني ٦٥٥١٧٤٨٢", [("phone", "+965 6551 7482"), ("phone", "٦٥٥١٧٤٨٢")]))
    a(I(f"بدي ادفع أمريكان إكسبرس {grp(c5, 4, 6, 5)}", [("card", grp(c5, 4, 6, 5))]))
    a(I("lynn underscore nasrallah at icloud dot com", [("email", "lynn underscore nasrallah at icloud dot com")],
        "شو الإيميل لنبعتلك التأكيد؟"))
    a(I(f"وإذا لغيت الباكج بترجعولي المبلغ على {kw1}؟", [("iban", kw1)]))
    a(I("الموعد يوم السبت الساعة أربعة ونص بفرع السالمية، وبدك توقفي الشمس أسبوعين قبل."))
    a(I("عنا عرض رمضان، خصم ٢٥٪ على كل الجسم، والعرض لآخر الشهر."))
    # --- GP clinic (Egyptian expat in Jeddah)
    a(I("مستوصف الحمراء، معاك نورة، اسم المريض لو سمحت؟", [("name", "نورة")]))
    a(I("اسمي أحمد فتحي عبد الحميد، وعايز أحجز مع دكتور باطنة.", [("name", "أحمد فتحي عبد الحميد")]))
    a(I("تمام يا أستاذ أحمد، رقم الإقامة؟", [("name", "أحمد")]))
    a(I(f"{ar_digits(iq3, colloquial=True)}", [("id", ar_digits(iq3, colloquial=True))], "رقم الإقامة؟"))
    a(I("مواليد ٣ / ١١ / ١٩٧٥", [("date_of_birth", "٣ / ١١ / ١٩٧٥")]))
    a(I(f"وآخر مرة دفعت بالكارت ده {by4(c6)}", [("card", by4(c6))]))
    a(I(f"والإقامة القديمة كانت {iq2} لو طلعت عندكم", [("id", iq2)]))
    a(I(f"بالنسبة للتأمين، التعويض بيتحول على {by4(ae2)} في حساب دبي", [("iban", by4(ae2))]))
    a(I("الكشف بمية وخمسين ريال، والتأمين بيغطي تمانين بالمية، والموعد بكرة الساعة ستة المغرب."))
    a(I("الصيدلية تحت في الدور الأرضي، والتحاليل من سبعة الصبح صايم تمن ساعات."))
    a(I("تليفوني صفر خمسة أربعة، تسعة تسعة اتنين، صفر تلاتة ستة واحد", [("phone", "صفر خمسة أربعة، تسعة تسعة اتنين، صفر تلاتة ستة واحد")]))
    a(I("ahmed.fathi75@yahoo.com", [("email", "ahmed.fathi75@yahoo.com")], "والإيميل عشان نبعتلك النتيجة؟"))
    a(I("العنوان حي الروضة، شارع صاري، عمارة ٧ الدور الرابع", [("address", "حي الروضة، شارع صاري، عمارة ٧ الدور الرابع")]))
    a(I("الناقة اللي اسمها الشعلاء انباعت بمية وخمسة وتسعين ألف في الشوط الثالث."))
    a(I("رقم الشحنة ٧٧٢٠٣٤١٩٩٨٥ وبتوصل ميناء الإسكندرية يوم ١٢ مارس إن شاء الله."))
    a(I("عقد الصيانة بدأ في ١ يناير ٢٠٢٣ ومدته ثلاث سنوات بقيمة ٩٬٦٠٠ ريال."))
    a(I("الحجز رقم ٨٨٤١٢ لشخصين، غرفة ٣١٤ في منتجع أنانتارا، من ٣ إلى ١٠ فبراير."))
    a(I("تمام يا باشا، الأوردر هيوصل بعد بكرة الساعة ٢ الضهر ومعاه فاتورة بـ ٣٤٠٠ جنيه."))
    a(I("يعني الياقوت البورمي غير السيلاني، هذا وزنه ٢.٨ قيراط والثاني ٤.١ بس لونه أفتح."))
    a(I("الباص يمر الساعة ٦:١٥ الصبح، والدوام يبدأ يوم ١٧ أغسطس للصفوف الأولية."))
    a(I("ساعات العمل من الأحد للخميس من ٨ الصبح لـ ١٠ بالليل، والجمعة بعد الصلاة."))
    a(I("شركة بن لادن هي اللي منفذة المشروع، وإحنا نورّد الجبس من مصنع الفيصلية بالدمام."))
    a(I("المبلغ ألف وخمسمية درهم يتقسط على أربع دفعات، كل دفعة ٣٧٥ من تاريخ ٢٨ كل شهر."))
    a(I("عندنا ٤٠ سيارة لاندكروزر موديل ٢٠٢١، وكل سيارة تاخذ ستة ركاب مع السواق."))
    return it

LANGS["ar"] = ar_items

def he_items():
    tz = [tz_complete(b) for b in ("31845276", "20417783", "05539218", "32671049",
                                    "29911835", "34108826", "06672394", "21290457")]
    for x in tz:
        assert tz_ok(x)
    c1 = luhn_complete("458003317529106")
    c2 = luhn_complete("532610774829135")
    c3 = luhn_complete("37664192880371")
    c4 = luhn_complete("401288813540097")
    c5 = luhn_complete("222100461377028")
    c6 = luhn_complete("470519006238841")
    c7 = luhn_complete("3607881244615")
    c8 = luhn_complete("539941208877610")
    il1 = iban("IL", "0108000000021598762")
    il2 = iban("IL", "0126380000003364119")
    il3 = iban("IL", "0209120000000740315")
    il4 = iban("IL", "0117770000012093348")
    fr1 = iban("FR", "20041010050500013M02606")
    gb1 = iban("GB", "HBUK40127631558902")
    de1 = iban("DE", "120300000019823746")
    it = []
    a = it.append
    # --- kosher butcher (Ethiopian-Israeli caller, Netanya)
    a(I("אטליז בשר טוב שלום, מדבר אבי, במה אפשר לעזור?", [("name", "אבי")]))
    a(I("שלום, מדבר אבבה טספאי, אני רוצה להזמין לשבת שני קילו פרגיות וקילו וחצי אנטריקוט.",
        [("name", "אבבה טספאי")]))
    a(I("בשמחה אבבה, הפרגיות ב-69.90 לקילו והאנטריקוט ב-139, יוצא בערך ארבע מאות שלושים.", [("name", "אבבה")]))
    a(I("הכתובת רחוב שד\"ל 14, דירה 9, קומה שלישית, נתניה.", [("address", "רחוב שד\"ל 14, דירה 9, קומה שלישית, נתניה")]))
    a(I("הטלפון שלי אפס חמש שתיים, שש שלוש ארבע, אחת אחת שמונה שבע",
        [("phone", "אפס חמש שתיים, שש שלוש ארבע, אחת אחת שמונה שבע")]))
    a(I("המשלוח ביום חמישי בין שתיים לחמש, ומעל 350 שקל המשלוח חינם."))
    a(I("יש לנו השגחה של בד\"ץ בית יוסף, והעוף מגיע מהמשחטה בטירת צבי."))
    a(I(f"כרטיס אשראי {by4(c1)}, תוקף 11/27", [("card", by4(c1))]))
    # --- kibbutz guesthouse (Anglo immigrant)
    a(I("אכסניית קיבוץ גבעת חיים, שלום.",))
    a(I("היי, אממ, שמי ג'ניפר כהן, Jennifer, אני רוצה להזמין צימר לסוף שבוע של החגים.",
        [("name", "ג'ניפר כהן"), ("name", "Jennifer")]))
    a(I("בטח ג'ניפר, יש לנו חדר משפחה ב-890 ללילה כולל ארוחת בוקר, מינימום שני לילות.", [("name", "ג'ניפר")]))
    a(I("the email is jen dot cohen at gmail dot com, ג'ן נקודה כהן", [("email", "jen dot cohen at gmail dot com"),
        ("email", "ג'ן נקודה כהן")]))
    a(I(f"כרטיס {he_digits(c2[:4])} {he_digits(c2[4:8])} {he_digits(c2[8:12])} {he_digits(c2[12:])}",
        [("card", f"{he_digits(c2[:4])} {he_digits(c2[4:8])} {he_digits(c2[8:12])} {he_digits(c2[12:])}")]))
    a(I("הטלפון פלוס תשע שבע שתיים חמישים וארבע, שבע שבע אחת, שלושים ושש, אפס תשע",
        [("phone", "פלוס תשע שבע שתיים חמישים וארבע, שבע שבע אחת, שלושים ושש, אפס תשע")]))
    a(I("הצ'ק-אין משלוש אחר הצהריים, הצ'ק-אאוט עד אחת עשרה, והבריכה פתוחה עד שמונה בערב."))
    a(I("ביטול עד 14 יום לפני ההגעה ללא חיוב, אחר כך 50 אחוז מהסכום."))
    # --- lone-soldier support (French immigrant)
    a(I("קוראים לי יונתן אזולאי, אני חייל בודד בגולני, עליתי מפריז לפני שנתיים.", [("name", "יונתן אזולאי")]))
    a(I("אהלן יונתן, צריך את מספר תעודת הזהות שלך בשביל המענק.", [("name", "יונתן")]))
    a(I(f"{he_digits(tz[0], masc=True)}", [("id", he_digits(tz[0], masc=True))], "מה מספר תעודת הזהות?"))
    a(I("תאריך לידה? - שנים עשר בינואר אלפיים וארבע", [("date_of_birth", "שנים עשר בינואר אלפיים וארבע")]))
    a(I(f"החשבון שלי בבנק לאומי, {il1}", [("iban", il1)]))
    a(I(f"ויש לי עוד חשבון בצרפת, {by4(fr1)}, אבל עדיף בישראל.", [("iban", by4(fr1))]))
    a(I("המענק הוא 1,450 שקל לחודש, ועוד 600 לשכר דירה, ומשולם ב-10 לכל חודש."))
    a(I("המספר שלי 054-718-2293, אבל בבסיס אין קליטה, עדיף וואטסאפ.", [("phone", "054-718-2293")]))
    a(I("מעון החיילים הבודדים ברחוב הרצל פתוח בשישי עד שתיים, ויש ארוחת שישי ב-19:30."))
    # --- gynaecology clinic (Arab citizen speaking Hebrew)
    a(I("מרפאת נשים, שלום, עם מי אני מדברת?"))
    a(I("מדברת רנין חורי, אני בשבוע עשרים ושתיים ורציתי לקבוע סקירה מאוחרת.", [("name", "רנין חורי")]))
    a(I(f"תעודת זהות בבקשה. - {tz[1][:3]} {tz[1][3:6]} {tz[1][6:]}", [("id", f"{tz[1][:3]} {tz[1][3:6]} {tz[1][6:]}")]))
    a(I("ותאריך לידה? - 3.9.1993", [("date_of_birth", "3.9.1993")]))
    a(I("תודה רנין, יש תור ביום שלישי ה-18 בשעה 10:40 אצל ד\"ר מרקוביץ, קומה שנייה.", [("name", "רנין")]))
    a(I("הסקירה עולה 450 שקל, עם תוספת שב\"ן של מכבי את משלמת 120 בלבד."))
    a(I("הנייד שלי אפס חמישים ושתיים, חמש שש תשע, שמונים ואחת, שלושים ושבע",
        [("phone", "אפס חמישים ושתיים, חמש שש תשע, שמונים ואחת, שלושים ושבע")]))
    a(I("אני גרה בנצרת, שכונת אל-בשארה, רחוב 6078 בית 12", [("address", "נצרת, שכונת אל-בשארה, רחוב 6078 בית 12")]))
    # --- hardware store (Russian immigrant)
    a(I("כלי בית ופרזול דוד ובניו, שלום."))
    a(I("שלום, זה סבטה, סבטלנה גורביץ', אני צריכה ברגים ודיבלים ומקדחה.",
        [("name", "סבטה"), ("name", "סבטלנה גורביץ'")]))
    a(I("מקדחה של מקיטה 399, הברגים 24.90 לקופסה של מאה, והדיבלים 12 שקל."))
    a(I("תשלחו לי לרחוב ז'בוטינסקי 88, כניסה ב', דירה 31, אשדוד.",
        [("address", "רחוב ז'בוטינסקי 88, כניסה ב', דירה 31, אשדוד")]))
    a(I(f"כרטיס {c3[:4]} {c3[4:10]} {c3[10:]}", [("card", f"{c3[:4]} {c3[4:10]} {c3[10:]}")]))
    a(I("לא, סליחה, שבע לא אחת, תקראי שוב את האמצע."))
    a(I("החנות ברחוב הרצל פינת רוטשילד, פתוחה עד שבע, ובשישי עד אחת."))
    # --- laser hair removal (young native speaker)
    a(I("היי מדברת שירה לוי רציתי לשאול על הלייזר", [("name", "שירה לוי")]))
    a(I("היי שירה, סדרה של שמונה טיפולים לבית שחי ורגליים עולה 2,400, אפשר בעשרה תשלומים.", [("name", "שירה")]))
    a(I("המייל שלי שירה נקודה לוי שטרודל ג'ימייל נקודה קום", [("email", "שירה נקודה לוי שטרודל ג'ימייל נקודה קום")]))
    a(I("נולדתי בעשרים ושבעה ביולי אלפיים ואחת", [("date_of_birth", "עשרים ושבעה ביולי אלפיים ואחת")]))
    a(I(f"אני אשלם ב{by4(c4, sep='-')}", [("card", by4(c4, sep='-'))]))
    a(I("הטיפול הראשון ביום ראשון ב-16:00 בסניף דיזנגוף סנטר, ולהגיע מגולחת."))
    a(I("ת.ז. שלי " + tz[2], [("id", tz[2])]))
    a(I("אממ רגע, אפשר במקום ביום שני? ביום ראשון יש לי מבחן בעשר."))
    # --- house-sitting agency (older native caller)
    a(I("שלום, שמי משה פרץ, אנחנו נוסעים לחו\"ל לשלושה שבועות ומחפשים מישהו שישמור על הבית והכלב.",
        [("name", "משה פרץ")]))
    a(I("בכיף משה, השירות עולה 180 שקל ליום, כולל טיול עם הכלב פעמיים ביום והשקיית הגינה.", [("name", "משה")]))
    a(I("הכתובת שלנו רחוב האלון 7, מבשרת ציון, בית פרטי עם שער ירוק.",
        [("address", "רחוב האלון 7, מבשרת ציון")]))
    a(I("אנחנו טסים ב-2 באוגוסט בטיסה LY 315 וחוזרים ב-23, בערך בשתיים בלילה."))
    a(I("moshe.peretz1956@walla.co.il", [("email", "moshe.peretz1956@walla.co.il")], "לאיזה מייל לשלוח את החוזה?"))
    a(I("הטלפון בבית אפס שתיים, חמש שלוש שבע, שמונה שתיים אפס ארבע",
        [("phone", "אפס שתיים, חמש שלוש שבע, שמונה שתיים אפס ארבע")]))
    a(I(f"ומספר תעודת זהות לחוזה {he_digits(tz[3])}", [("id", he_digits(tz[3]))]))
    a(I("הכלב בן תשע, שוקל שלושים קילו, ומקבל כדור אחד בבוקר בשמונה."))
    # --- jewellery valuation (Russian immigrant)
    a(I("שמאות תכשיטים, מדברת אורנה, שלום.", [("name", "אורנה")]))
    a(I("שלום, מדבר בוריס קפלן, יש לי שעון של סבא ושרשרת זהב, צריך הערכה לביטוח.",
        [("name", "בוריס קפלן")]))
    a(I("ההערכה עולה 350 שקל לפריט, והתעודה מוכנה תוך עשרה ימי עבודה."))
    a(I("השעון זה פובדה משנת 1961, והשרשרת 14 קראט, בערך 22 גרם."))
    a(I(f"ת\"ז {tz[4][:4]}-{tz[4][4:]}", [("id", f"{tz[4][:4]}-{tz[4][4:]}")], "צריך תעודת זהות של בעל התכשיטים."))
    a(I("תאריך לידה חמש עשרה בנובמבר חמישים ושמונה", [("date_of_birth", "חמש עשרה בנובמבר חמישים ושמונה")]))
    a(I(f"אם יש החזר, החשבון {il2[:2]} {he_pair(il2[2:4])} {grp(il2[4:], 3, 3, 13)}",
        [("iban", f"{il2[:2]} {he_pair(il2[2:4])} {grp(il2[4:], 3, 3, 13)}")]))
    a(I("טלפון? - 053-9904412", [("phone", "053-9904412")]))
    # --- linen hire (Druze event hall manager)
    a(I("שלום, אני סאמר חלבי מאולמות הכרמל בדלית אל-כרמל, צריך מפות ומפיות לחתונה.",
        [("name", "סאמר חלבי")]))
    a(I("אהלן סאמר, כמה שולחנות?", [("name", "סאמר")]))
    a(I("ארבעים וחמישה שולחנות עגולים, 450 מפיות לבנות, ו-12 מפות לבר. החתונה ב-14 ביוני."))
    a(I("מפה עגולה 35 שקל ליחידה, מפית 3.50, ואיסוף ביום ראשון בבוקר."))
    a(I(f"תחייבו את {by4(il3)} של האולם", [("iban", by4(il3))]))
    a(I(f"או כרטיס {he_digits(c5[:8])} ו{he_digits(c5[8:])}",
        [("card", f"{he_digits(c5[:8])} ו{he_digits(c5[8:])}")]))
    a(I("samer dot halabi at carmel halls dot co dot il", [("email", "samer dot halabi at carmel halls dot co dot il")]))
    # --- luggage storage (French immigrant, Tel Aviv)
    a(I("בונז'ור, סליחה, שלום, שמי מרים בן חמו, השארתי שתי מזוודות אצלכם בתחנה המרכזית.",
        [("name", "מרים בן חמו")]))
    a(I("כן מרים, מספר ההזמנה שלך TL-88412, שתי מזוודות, 25 שקל ליום לכל אחת.", [("name", "מרים")]))
    a(I(f"אפשר לשלם עם {by4(c6)}", [("card", by4(c6))]))
    a(I("הטלפון הצרפתי שלי פלוס שלושים ושלוש, שש, שתיים ארבע, אחת שבע, שמונה שמונה, חמש אפס",
        [("phone", "פלוס שלושים ושלוש, שש, שתיים ארבע, אחת שבע, שמונה שמונה, חמש אפס")]))
    a(I("הפיקדון פתוח 24 שעות, ויש לוקרים קטנים ב-15 שקל ליום בקומה 6 ליד רציף 630."))
    a(I("miriam.benhamou@orange.fr", [("email", "miriam.benhamou@orange.fr")], "מה המייל לקבלה?"))
    a(I("נולדתי ב-8 במאי 1979", [("date_of_birth", "8 במאי 1979")], "ולצורך טופס הביטוח, תאריך לידה?"))
    # --- graphic design studio (young Anglo olim)
    a(I("סטודיו גרפיקה קו ונקודה, מדבר ניר.", [("name", "ניר")]))
    a(I("hey, it's Josh, אה, ג'וש גולדברג, I need a logo for my coffee cart, לוגו לעגלת קפה",
        [("name", "Josh"), ("name", "ג'וש גולדברג")]))
    a(I("הלוגו עם שלוש סקיצות עולה 1,800 פלוס מע\"מ, ועוד 600 לשלטים ולמדבקות."))
    a(I("the email is josh underscore g at proton dot me", [("email", "josh underscore g at proton dot me")]))
    a(I(f"my UK account is {by4(gb1)}, or the Israeli one {il4}", [("iban", by4(gb1)), ("iban", il4)]))
    a(I(f"והלקוח הגרמני שילם מ-{de1}, זה בסדר מבחינתכם?", [("iban", de1)]))
    a(I("נשלח את הקבצים ב-PDF וב-AI עד יום חמישי, והגרסה השנייה תוך 48 שעות."))
    a(I("אני גר ברחוב בן יהודה 102, דירה 4, תל אביב, אפשר לשלוח לשם את המדבקות",
        [("address", "רחוב בן יהודה 102, דירה 4, תל אביב")]))
    # --- judo club (Ethiopian-Israeli parent)
    a(I("שלום, מדברת טגסט וורקו, אני רוצה לרשום את הבן שלי לחוג ג'ודו.", [("name", "טגסט וורקו")]))
    a(I("הוא נולד בתשעה עשר במרץ אלפיים ושש עשרה", [("date_of_birth", "תשעה עשר במרץ אלפיים ושש עשרה")],
        "מה תאריך הלידה של הילד?"))
    a(I(f"ותעודת זהות שלך? - {he_digits(tz[5], masc=True)}", [("id", he_digits(tz[5], masc=True))]))
    a(I("החוג בימים שני ורביעי ב-17:15, 220 שקל לחודש, והחליפה 180."))
    a(I("אני גרה ברחובות, רחוב הרצוג 19 דירה 2", [("address", "רחובות, רחוב הרצוג 19 דירה 2")]))
    a(I("תודה טגסט, אני שולחת לך טופס הרשמה לוואטסאפ 050-6628134?", [("name", "טגסט"), ("phone", "050-6628134")]))
    a(I(f"אני משלמת ב{by4(c7)}", [("card", by4(c7))]))
    a(I(f"ויש גם את האבא, תעודת זהות {tz[6]}, והוא נולד ב-1.1.1982", [("id", tz[6]), ("date_of_birth", "1.1.1982")]))
    a(I(f"הכרטיס השני {c8}", [("card", c8)]))
    a(I(f"הבן הגדול כבר רשום, תעודת זהות שלו {tz[7]}", [("id", tz[7])]))
    a(I("לחשבונית, הכתובת שלי היא רחוב הגפן 3, זכרון יעקב, מיקוד 3090000",
        [("address", "רחוב הגפן 3, זכרון יעקב, מיקוד 3090000")]))
    a(I("ההזמנה מספר 558120 נשלחה, מספר מעקב RR 4471 0923 6IL, תגיע תוך חמישה ימי עסקים."))
    a(I("הקבה מעולה היום, 54.90 לקילו, ויש מבצע שלושה קילו ב-150 עד יום שישי."))
    a(I("החוזה התחיל ב-1 בספטמבר 2022 ומתחדש כל שנה, ההודעה על ביטול צריכה להגיע 30 יום לפני."))
    a(I("מגיע לך החזר של 312 שקל, זה ייכנס תוך 7 עד 10 ימי עסקים."))
    a(I("חדר 214 בבניין ג' פנוי מה-12 עד ה-15 בחודש, ארבע מיטות ומיטת תינוק."))
    a(I("יש לי פגישה בעמותת לב לחיילים ביום רביעי באחת עשרה, ליד קניון עזריאלי."))
    a(I("כל הקופות, מכבי, כללית, מאוחדת ולאומית, מכירות בבדיקה, קוד השירות 7712."))
    a(I("אני רוצה לבטל את ההזמנה של יום רביעי 6.11, היינו אמורים להיות שלושה אנשים."))
    a(I("המחיר עלה בשמונה אחוז מינואר, אז עכשיו זה 1,296 לשנה."))
    a(I("בקיבוץ יש סיור ברפת בעשר וחצי ובארבע, ארבעים שקל לאדם, ילדים עד גיל שלוש חינם."))
    a(I("אממ כן אז אה ארבעה קילו קציצות ושלוש חבילות נקניקיות של זוגלובק"))
    a(I("התעודה מספר 20194 נחתמה ב-3 במרץ, והערך המוערך הוא 14,200 שקל."))
    a(I("הסטודיו ברחוב לבונטין 7, קומה 3, פתוח מתשע עד שש, חניה בכחול-לבן."))
    a(I("קו 480 לירושלים יוצא כל רבע שעה מרציף 6, והנסיעה בערך שעה."))
    return it

LANGS["he"] = he_items

def el_items():
    afm = [afm_complete(b) for b in ("04418237", "13520964", "06677310", "11893442",
                                     "09124578", "14402236", "07359021", "12266870")]
    for x in afm:
        assert afm_ok(x)
    c1 = luhn_complete("451408227731906")
    c2 = luhn_complete("516730925584412")
    c3 = luhn_complete("493900128765431")
    c4 = luhn_complete("37955201839904")
    c5 = luhn_complete("522184039917266")
    c6 = luhn_complete("404512887260193")
    c7 = luhn_complete("677180025914437726")
    c8 = luhn_complete("455673301948820")
    gr1 = iban("GR", "01107410000074129388104")
    gr2 = iban("GR", "01720280005028061238994")
    gr3 = iban("GR", "02601550000840200991337")
    gr4 = iban("GR", "01408160816002101447728")
    cy1 = iban("CY", "005001200000001200733918")
    cy2 = iban("CY", "002001950000357004412886")
    de1 = iban("DE", "760100850921884312")
    it = []
    a = it.append
    # --- GP surgery (Cyprus, older caller)
    a(I("Ιατρείο γενικής ιατρικής, καλημέρα σας, η Μαρία είμαι.", [("name", "Μαρία")]))
    a(I("Καλημέρα κόρη μου, είμαι η Παναγιώτα Χαραλάμπους, θέλω ραντεβού με τον γιατρό για τη πίεση.",
        [("name", "Παναγιώτα Χαραλάμπους")]))
    a(I("Ναι κυρία Χαραλάμπους, ημερομηνία γέννησης;", [("name", "Χαραλάμπους")]))
    a(I("Εικοσιτρείς του Φλεβάρη του πενήντα δύο.", [("date_of_birth", "Εικοσιτρείς του Φλεβάρη του πενήντα δύο")],
        "Ημερομηνία γέννησης;"))
    a(I("Έχουμε Πέμπτη στις 11:20 ή Παρασκευή στις 9, η επίσκεψη με το ΓεΣΥ είναι 1 ευρώ συμμετοχή."))
    a(I("Το κινητό μου ενενήντα εννιά, πενήντα οχτώ, δεκαεφτά, σαράντα τρία.",
        [("phone", "ενενήντα εννιά, πενήντα οχτώ, δεκαεφτά, σαράντα τρία")]))
    a(I("Μένω στην οδό Αρχιεπισκόπου Μακαρίου 34, διαμέρισμα 5, Λάρνακα.",
        [("address", "οδό Αρχιεπισκόπου Μακαρίου 34, διαμέρισμα 5, Λάρνακα")]))
    a(I("Οι εξετάσεις αίματος θέλουν νηστεία 12 ώρες, και τα αποτελέσματα σε 3 μέρες."))
    # --- goldsmith / jewellery valuation (Athens)
    a(I("Χρυσοχοείο Λαμπρόπουλος, παρακαλώ.",))
    a(I("Γεια σας, με λένε Κατερίνα Ζαχαρίου, θέλω να εκτιμήσετε ένα δαχτυλίδι της γιαγιάς μου.",
        [("name", "Κατερίνα Ζαχαρίου")]))
    a(I("Βεβαίως κυρία Ζαχαρίου, η εκτίμηση κοστίζει 40 ευρώ, και για πιστοποιητικό ασφάλισης 65.",
        [("name", "Ζαχαρίου")]))
    a(I("Είναι 18 καράτια, με ένα ζαφείρι γύρω στα 1,5 καράτι, αγορασμένο το 1978 στη Θεσσαλονίκη."))
    a(I(f"Το ΑΦΜ μου είναι {el_digits(afm[0])}", [("id", el_digits(afm[0]))]))
    a(I(f"Πληρώνω με κάρτα, {by4(c1)}", [("card", by4(c1))]))
    a(I("katerina τελεία zach παπάκι gmail τελεία com", [("email", "katerina τελεία zach παπάκι gmail τελεία com")],
        "Σε ποιο email να στείλουμε το πιστοποιητικό;"))
    a(I("Το μαγαζί είναι στην Πραξιτέλους 22, δίπλα στο Σύνταγμα, ανοιχτά μέχρι τις 8 Τρίτη και Πέμπτη."))
    # --- hardware store (Thessaloniki, older man)
    a(I("Σιδηροπωλείο Αδελφοί Παπαδόπουλοι, ορίστε.",))
    a(I("Ναι γεια σου, ο Θανάσης είμαι, ο Θανάσης Καραγιάννης από την Καλαμαριά, θέλω καρφιά και σιλικόνη.",
        [("name", "Θανάσης"), ("name", "Θανάσης Καραγιάννης")]))
    a(I("Έλα κύριε Θανάση, τα καρφιά 4 ευρώ το κιλό, η σιλικόνη 6,50, και το δράπανο της Bosch 129.", [("name", "Θανάση")]))
    a(I("Φέρτε τα στη Μεταμορφώσεως 15, δεύτερος όροφος, Καλαμαριά, ΤΚ 551 32.",
        [("address", "Μεταμορφώσεως 15, δεύτερος όροφος, Καλαμαριά, ΤΚ 551 32")]))
    a(I("Το τηλέφωνο 2310 447 892", [("phone", "2310 447 892")]))
    a(I(f"Για το τιμολόγιο, ΑΦΜ {afm[1][:3]} {afm[1][3:6]} {afm[1][6:]}", [("id", f"{afm[1][:3]} {afm[1][3:6]} {afm[1][6:]}")]))
    a(I("Η παραγγελία 4471 φεύγει αύριο με το φορτηγό, μετά τις 10, και η μεταφορά είναι 15 ευρώ."))
    a(I("Έχουμε και τα ρολά σίτας, 1,20 επί 30 μέτρα, στα 42 ευρώ, μέχρι το Σάββατο."))
    # --- honeymoon planner (young couple, Athens)
    a(I("Γεια σας, λέγομαι Στέλιος Μαυρίδης, παντρευόμαστε τον Σεπτέμβρη και ψάχνουμε μήνα του μέλιτος.",
        [("name", "Στέλιος Μαυρίδης")]))
    a(I("Συγχαρητήρια! Έχουμε Μπαλί 12 ημέρες στα 4.800 για δύο, με πτήσεις μέσω Ντόχα."))
    a(I("Για τα εισιτήρια θέλω ημερομηνίες γέννησης. - Εγώ 14 Απριλίου 1994 και η Ελένη 2 Δεκεμβρίου 1996.",
        [("date_of_birth", "14 Απριλίου 1994"), ("date_of_birth", "2 Δεκεμβρίου 1996")]))
    a(I(f"Η προκαταβολή 30 τοις εκατό, στο {by4(gr1)}, στο όνομα του γραφείου.", [("iban", by4(gr1))]))
    a(I(f"Αν ακυρωθεί, επιστροφή στον δικό μου, {gr2}", [("iban", gr2)]))
    a(I("stelios underscore mav at hotmail dot com", [("email", "stelios underscore mav at hotmail dot com")]))
    a(I("Εξήντα εννιά, τριάντα επτά, δώδεκα, ογδόντα οχτώ, μηδέν τέσσερα.",
        [("phone", "Εξήντα εννιά, τριάντα επτά, δώδεκα, ογδόντα οχτώ, μηδέν τέσσερα")], "Ένα κινητό για επικοινωνία;"))
    a(I("Η πτήση QR 204 φεύγει 23:55 από το Ελ. Βενιζέλος, και η βίλα έχει ιδιωτική πισίνα."))
    # --- lace-making course (Lefkara, Cyprus)
    a(I("Ναι, εν η Ανδρούλλα που τη Λεύκαρα, ήθελα να γράψω την κοπελλούα μου στο μάθημα για τα λευκαρίτικα.",
        [("name", "Ανδρούλλα")]))
    a(I("Το μάθημα εν κάθε Σάββατο 10 με 1, 8 μαθήματα 160 ευρώ, και τα υλικά 25."))
    a(I("Εν ενενήντα έξι, τριάντα τρία, μηδέν οχτώ, εξήντα ένα.",
        [("phone", "ενενήντα έξι, τριάντα τρία, μηδέν οχτώ, εξήντα ένα")], "Τηλέφωνο;"))
    a(I(f"Να πληρώσω με τράπεζα; Το IBAN μου {cy1[:4]} {grp(cy1[4:], 4, 4, 4, 4, 4, 4)}",
        [("iban", f"{cy1[:4]} {grp(cy1[4:], 4, 4, 4, 4, 4, 4)}")]))
    a(I("Ευχαριστώ κυρία Ανδρούλλα, θα σας στείλω μήνυμα την Παρασκευή.", [("name", "Ανδρούλλα")]))
    a(I("androulla.ioannou@cytanet.com.cy", [("email", "androulla.ioannou@cytanet.com.cy")]))
    a(I("Το εργαστήρι εν στην πλατεία, δίπλα στην εκκλησία του Τιμίου Σταυρού, μετά το καφενείο."))
    # --- lyra lessons (Crete)
    a(I("Έλα, ο Μανώλης είμαι, ο Μανώλης Σκουλάς, για τα μαθήματα λύρας ρωτώ.",
        [("name", "Μανώλης"), ("name", "Μανώλης Σκουλάς")]))
    a(I("Καλώς τον Μανώλη, το μάθημα 25 ευρώ την ώρα, Δευτέρα και Τετάρτη στις 7 το απόγευμα.", [("name", "Μανώλη")]))
    a(I("Η λύρα από το εργαστήρι στα Χανιά κοστίζει 480, η φθηνότερη 220, και το δοξάρι άλλα 60."))
    a(I(f"Κάρτα {el_digits(c2[:4])}, {el_digits(c2[4:8])}, {el_digits(c2[8:12])}, {el_digits(c2[12:])}",
        [("card", f"{el_digits(c2[:4])}, {el_digits(c2[4:8])}, {el_digits(c2[8:12])}, {el_digits(c2[12:])}")]))
    a(I("μένω στο Ρέθυμνο, Αρκαδίου 61", [("address", "Ρέθυμνο, Αρκαδίου 61")], "Διεύθυνση για την απόδειξη;"))
    a(I("Γεννήθηκα 30/6/2007, είμαι ανήλικος ακόμα;", [("date_of_birth", "30/6/2007")]))
    # --- luggage storage (Piraeus, Greek-Australian caller)
    a(I("Γεια σας, είμαι ο Γιώργος Αθανασίου, George, από Μελβούρνη, άφησα δύο βαλίτσες στο κατάστημα στον Πειραιά.",
        [("name", "Γιώργος Αθανασίου"), ("name", "George")]))
    a(I("Ναι κύριε Αθανασίου, κράτηση PR-2207, δύο βαλίτσες, 6 ευρώ τη μέρα η καθεμία.", [("name", "Αθανασίου")]))
    a(I("Το πλοίο για Σαντορίνη φεύγει 7:25 από την πύλη Ε7, οπότε θα έρθω στις 6 το πρωί."))
    a(I("Το κινητό μου συν εξήντα ένα, τέσσερα ένα εννιά, πεντακόσια ογδόντα δύο, εκατόν τρία.",
        [("phone", "συν εξήντα ένα, τέσσερα ένα εννιά, πεντακόσια ογδόντα δύο, εκατόν τρία")]))
    a(I(f"Πληρώνω με {grp(c3, 4, 4, 4, 4)}", [("card", grp(c3, 4, 4, 4, 4))]))
    a(I("g dot athan at bigpond dot com", [("email", "g dot athan at bigpond dot com")], "Το email σας;"))
    a(I("Η ασφάλεια καλύπτει μέχρι 500 ευρώ ανά αποσκευή, και το κατάστημα ανοίγει 5:30."))
    # --- linen hire (hotel in Rhodes)
    a(I("Λινά Δωδεκανήσου, καλησπέρα, ο Νίκος σας μιλάει.", [("name", "Νίκος")]))
    a(I("Καλησπέρα Νίκο, η Δέσποινα Χατζηδάκη είμαι από το ξενοδοχείο Ιξιά Μπιτς.", [("name", "Δέσποινα Χατζηδάκη")]))
    a(I("Θέλουμε 320 σεντόνια διπλά, 500 πετσέτες και 60 τραπεζομάντηλα για τον Ιούλιο και τον Αύγουστο."))
    a(I("Το σεντόνι 1,10 την πλύση, η πετσέτα 0,65, και η παράδοση Τρίτη και Παρασκευή."))
    a(I(f"Χρεώστε τον λογαριασμό {gr3}", [("iban", gr3)]))
    a(I(f"Για το ΑΦΜ της ατομικής μου επιχείρησης: {afm[2]}", [("id", afm[2])]))
    a(I("despoina.chatz@gmail.com", [("email", "despoina.chatz@gmail.com")]))
    a(I("Η σύμβαση ξεκίνησε την 1η Μαΐου 2023, διάρκεια τρία χρόνια, με αύξηση 2% τον χρόνο."))
    # --- house-sitting agency (older Athens couple)
    a(I("Καλημέρα, λέγομαι Σπυρίδων Νικολάου, φεύγουμε με τη γυναίκα μου για Αυστραλία δύο μήνες.",
        [("name", "Σπυρίδων Νικολάου")]))
    a(I("Καλημέρα σας, το πακέτο είναι 25 ευρώ τη μέρα, με πότισμα και τη γάτα."))
    a(I("Η διεύθυνση είναι Λεωφόρος Κηφισίας 212, τρίτος όροφος, Νέο Ψυχικό, 154 51.",
        [("address", "Λεωφόρος Κηφισίας 212, τρίτος όροφος, Νέο Ψυχικό, 154 51")]))
    a(I("Σταθερό διακόσια δέκα, έξι εφτά δύο, τριάντα τέσσερα, μηδέν ένα.",
        [("phone", "διακόσια δέκα, έξι εφτά δύο, τριάντα τέσσερα, μηδέν ένα")]))
    a(I("Γεννήθηκα στις δεκαεννιά Οκτωβρίου του σαράντα εννιά.", [("date_of_birth", "δεκαεννιά Οκτωβρίου του σαράντα εννιά")]))
    a(I(f"Για τη σύμβαση χρειάζομαι ΑΦΜ. - {el_digits(afm[3][:4])}... {el_digits(afm[3][4:])}.",
        [("id", f"{el_digits(afm[3][:4])}... {el_digits(afm[3][4:])}")]))
    a(I(f"Πληρωμή με κάρτα, {by4(c4)}", [("card", by4(c4))]))
    a(I("Φεύγουμε 15 Νοεμβρίου, πτήση EK 210 στις 18:40, και γυρνάμε 14 Ιανουαρίου."))
    # --- invoice factoring (Patras business)
    a(I("Εταιρεία πρακτορείας επιχειρηματικών απαιτήσεων, η Ευτυχία σας μιλάει.", [("name", "Ευτυχία")]))
    a(I("Γεια σας, Δημήτρης Κουτσούκος, ξυλεία Κουτσούκος στην Πάτρα, θέλω να εκχωρήσω τρία τιμολόγια.",
        [("name", "Δημήτρης Κουτσούκος")]))
    a(I("Προκαταβάλλουμε 80% από 36.400 ευρώ, προμήθεια 1,2% για 90 ημέρες, λήξη 30 Σεπτεμβρίου."))
    a(I(f"Ο ΑΦΜ μου {afm[4]} και της εταιρείας άλλος.", [("id", afm[4])]))
    a(I(f"Η εκταμίευση στον λογαριασμό {gr4[:4]} {el_digits(gr4[4:11])} {grp(gr4[11:], 4, 4, 4, 4)}",
        [("iban", f"{gr4[:4]} {el_digits(gr4[4:11])} {grp(gr4[11:], 4, 4, 4, 4)}")]))
    a(I(f"Ο Γερμανός πελάτης πληρώνει από {by4(de1)}", [("iban", by4(de1))]))
    a(I("dkoutsoukos παπάκι otenet τελεία gr", [("email", "dkoutsoukos παπάκι otenet τελεία gr")]))
    a(I("Κινητό 697 118 4420", [("phone", "697 118 4420")]))
    a(I("Τα τιμολόγια 1187, 1188 και 1192 είναι προς τα Πλαίσιο και τα Jumbo, πληρωτέα σε 60 ημέρες."))
    a(I("Η έδρα μας είναι στην Κορίνθου 240, ο λογιστής μας έρχεται Τρίτη στις 12."))
    # --- jeep tours (Crete, young)
    a(I("γεια με λένε Ηλέκτρα Φωτίου θέλαμε τζιπ σαφάρι για τέσσερα άτομα", [("name", "Ηλέκτρα Φωτίου")]))
    a(I("Γεια σου Ηλέκτρα, η εκδρομή στο Μπάλο είναι 75 το άτομο, φεύγει 8:30 από τα Χανιά.", [("name", "Ηλέκτρα")]))
    a(I(f"κάρτα {el_digits(c5)}", [("card", el_digits(c5))]))
    a(I("το κινητό εξήντα εννιά ογδόντα δύο, τετρακόσια ένα, πενήντα πέντε, εφτά εννιά",
        [("phone", "εξήντα εννιά ογδόντα δύο, τετρακόσια ένα, πενήντα πέντε, εφτά εννιά")]))
    a(I("electra underscore f98 at yahoo dot gr", [("email", "electra underscore f98 at yahoo dot gr")]))
    a(I("Παραλαβή από το ξενοδοχείο Κυδωνία, δωμάτιο 312, και επιστροφή γύρω στις 6."))
    a(I(f"ο φίλος μου πληρώνει με {c6}", [("card", c6)]))
    # --- gluten-free bakery (Thessaloniki, young mother)
    a(I("Φούρνος χωρίς γλουτένη Αλεύρι και Μέλι, καλησπέρα.",))
    a(I("Καλησπέρα, είμαι η Βάσω, η Βασιλική Τσολάκη, θέλω μια τούρτα για βάφτιση, χωρίς γλουτένη.",
        [("name", "Βάσω"), ("name", "Βασιλική Τσολάκη")]))
    a(I("Η τούρτα για 40 άτομα 120 ευρώ, τα κουλουράκια 18 το κιλό, παράδοση Σάββατο 12 Οκτωβρίου."))
    a(I("Να τη φέρετε στην Τσιμισκή 118, πέμπτος όροφος, κουδούνι Τσολάκη.",
        [("address", "Τσιμισκή 118, πέμπτος όροφος")]))
    a(I(f"Κάρτα {grp(c7, 4, 4, 4, 4)}", [("card", grp(c7, 4, 4, 4, 4))]))
    a(I(f"ή με έμβασμα από τον κυπριακό μου λογαριασμό, {by4(cy2)}", [("iban", by4(cy2))]))
    a(I(f"και ο ΑΦΜ για την απόδειξη {afm[5]}", [("id", afm[5])]))
    a(I("Ημερομηνία γέννησης για την κάρτα πελάτη; - 7 Ιουλίου 1990", [("date_of_birth", "7 Ιουλίου 1990")]))
    a(I(f"Την άλλη κάρτα καλύτερα, {pairs(el_pair, c8, sep=', ')}", [("card", pairs(el_pair, c8, sep=', '))]))
    a(I(f"και ο ΑΦΜ της γυναίκας μου {el_digits(afm[6])}", [("id", el_digits(afm[6]))]))
    a(I(f"Για το τιμολόγιο του χρυσοχοείου, ΑΦΜ {afm[7][:5]} {afm[7][5:]}", [("id", f"{afm[7][:5]} {afm[7][5:]}")]))
    a(I("Στείλτε το πιστοποιητικό με κούριερ στη διεύθυνση Ανδρέα Παπανδρέου 9, Χαλάνδρι, 152 32.",
        [("address", "Ανδρέα Παπανδρέου 9, Χαλάνδρι, 152 32")]))
    a(I("μένουμε στην οδό Δασκαλογιάννη 5, στα Χανιά, στο Τοπανά", [("address", "οδό Δασκαλογιάννη 5, στα Χανιά, στο Τοπανά")]))
    a(I("Η μικρή γεννήθηκε 3 του Μάρτη του 2012.", [("date_of_birth", "3 του Μάρτη του 2012")], "Πότε γεννήθηκε η μαθήτρια;"))
    a(I("Το ραντεβού σας είναι Τρίτη 14 Μαΐου στις 10:40, αίθουσα 3."))
    a(I("Κωδικός αποστολής ACS 7204 8813 56, παράδοση σε 2 εργάσιμες."))
    a(I("Η Αγίας Σοφίας και η Εγνατία είναι κλειστές λόγω πορείας, γι' αυτό αργεί το φορτηγό."))
    a(I("Το δαχτυλίδι ζυγίζει 4,2 γραμμάρια, και ο χρυσός σήμερα είναι 68 ευρώ το γραμμάριο."))
    a(I("Ο Άγιος Νικόλαος και η Ελούντα είναι μιάμιση ώρα από το Ηράκλειο."))
    a(I("εεε ναι θέλω δύο κιλά ξυλόβιδες και τρία κουτιά ούπα των οχτώ"))
    a(I("Η επιστροφή των 240 ευρώ θα γίνει σε 5 με 7 εργάσιμες."))
    a(I("Το σεμινάριο κοστίζει 60 ευρώ, 12 θέσεις, από τις 3 Νοεμβρίου κάθε Κυριακή."))
    a(I("Το υπόλοιπο του λογαριασμού σας είναι 1.245,60 και η επόμενη δόση στις 15 του μήνα."))
    a(I("Ο Σεπτέμβρης στη Σαντορίνη έχει 28 βαθμούς, αλλά ο Οκτώβρης είναι φθηνότερος κατά 20%."))
    a(I("Το κατάστημα Μαρκόπουλος στην Ερμού έχει τις ίδιες λύρες λίγο πιο φθηνά."))
    a(I("Πτήση A3 352 για Ρόδο, αναχώρηση 06:15, επιστροφή Κυριακή 21:40."))
    a(I("Το τζιπ είναι Land Rover Defender του 2019 και χωράει 6 άτομα συν τον οδηγό."))
    a(I("Ο φούρνος δουλεύει Δευτέρα με Σάββατο 7 με 3, και του Αγίου Δημητρίου κλειστά."))
    return it

LANGS["el"] = el_items

# @@LANGS@@


def main():
    for lang, fn in LANGS.items():
        write(lang, fn())


if __name__ == "__main__":
    main()
