#!/usr/bin/env python3
"""Blind evaluation set 30 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session that worked only from a written brief
(the product's specification of what is personal, and the output format). It
never read the redactor, its rules, its tests, or any other evaluation set or
generator. Every value is invented; check digits (Luhn, mod-97, Teudat Zehut,
AFM, Saudi ID) are computed here, and long non-personal numbers are asserted to
fail those checks.

Output: data/redaction/blind30/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # context optional, not scored
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
found by searching for each span's substring. Items with empty spans are
non-personal and must come out unchanged.

Sectors (all M-Z): see SECTORS below.
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind30"))


# ---------------------------------------------------------------- check digits
def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn(body):
    """body without its check digit -> full number with a valid Luhn digit."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    n = luhn(body)
    assert 13 <= len(n) <= 19 and luhn_ok(n)
    return n


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "TR": 26}


def iban_ok(s):
    s = s.replace(" ", "")
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    r = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in r)
    return int(n) % 97 == 1


def iban(cc, bban):
    r = bban + cc + "00"
    n = "".join(str(int(c, 36)) for c in r)
    chk = 98 - int(n) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], (s, len(s))
    return s


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz(body8):
    n = luhn(body8)
    assert len(n) == 9 and luhn_ok(n)
    return n


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    t = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(s[:8]))
    return (t % 11) % 10 == int(s[8])


def afm(body8):
    t = sum(int(d) * 2 ** (8 - i) for i, d in enumerate(body8))
    s = body8 + str((t % 11) % 10)
    assert afm_ok(s)
    return s


def saudi(body9):
    assert body9[0] in "12"
    n = luhn(body9)
    assert len(n) == 10
    return n


def ssn(area, group, serial):
    assert 1 <= area <= 899 and area != 666 and 1 <= group <= 99 and 1 <= serial <= 9999
    return "%03d-%02d-%04d" % (area, group, serial)


def not_personal_number(s):
    """Assert a long non-personal digit string fails every check."""
    d = "".join(c for c in s if c.isdigit())
    assert not luhn_ok(d), s
    assert not afm_ok(d), s
    return s


# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en2(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("" if u == 0 else "-" + EN_D[u])


def en_say(digits, groups=None, oh=False, double=False):
    """Digits spoken in English; groups of 2 become 'forty-two' ('oh five')."""
    out = []
    for g in split(digits, groups):
        if len(g) == 2 and g[0] != "0":
            out.append(en2(int(g)))
        elif len(g) == 2:
            out.append(("oh " if oh else "zero ") + EN_D[int(g[1])])
        else:
            words = []
            i = 0
            while i < len(g):
                w = "oh" if (oh and g[i] == "0") else EN_D[int(g[i])]
                if double and i + 1 < len(g) and g[i + 1] == g[i]:
                    words.append("double " + w)
                    i += 2
                else:
                    words.append(w)
                    i += 1
            out.append(" ".join(words))
    return " ".join(out)


def split(digits, groups):
    if not groups:
        return list(digits)
    assert sum(groups) == len(digits), (digits, groups)
    out, i = [], 0
    for g in groups:
        out.append(digits[i:i + g])
        i += g
    return out


AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_TEEN = ["عشرة", "احدعش", "اطنعش", "ثلاطعش", "اربعطعش", "خمسطعش", "ستطعش",
           "سبعطعش", "ثمنطعش", "تسعطعش"]
AR_TENS = "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()


def ar2(n):
    if n < 10:
        return AR_D[n]
    if n < 20:
        return AR_TEEN[n - 10]
    t, u = divmod(n, 10)
    return AR_TENS[t] if u == 0 else AR_D[u] + " و" + AR_TENS[t]


def ar_say(digits, groups=None):
    out = []
    for g in split(digits, groups):
        if len(g) == 2 and g[0] != "0":
            out.append(ar2(int(g)))
        else:
            out.append(" ".join(AR_D[int(c)] for c in g))
    return " ".join(out)


AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


FROM_IND = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def ind(s):
    return s.translate(AR_IND)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he2(n, masc=False):
    d = HE_M if masc else HE_F
    if n < 10:
        return d[n]
    if n < 20:
        return HE_TEEN[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] if u == 0 else HE_TENS[t] + " ו" + d[u]


def he_say(digits, groups=None, masc=False):
    d = HE_M if masc else HE_F
    out = []
    for g in split(digits, groups):
        if len(g) == 2 and g[0] != "0":
            out.append(he2(int(g), masc))
        else:
            out.append(" ".join(d[int(c)] for c in g))
    return " ".join(out)


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
           "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()


def el2(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EL_TENS[t] if u == 0 else EL_TENS[t] + " " + EL_D[u]


def el_say(digits, groups=None):
    out = []
    for g in split(digits, groups):
        if len(g) == 2 and g[0] != "0":
            out.append(el2(int(g)))
        else:
            out.append(" ".join(EL_D[int(c)] for c in g))
    return " ".join(out)


# ---------------------------------------------------------------- item builder
def build(items, lang):
    """items: list of (text, [(kind, substring) or (kind, substring, nth)], context)."""
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, (lang, kind)
            sb = sub.encode("utf-8")
            pos = -1
            for _ in range(nth + 1):
                pos = b.find(sb, pos + 1)
                assert pos >= 0, (lang, "span not found", sub, text)
            out.append({"kind": kind, "start": pos, "end": pos + len(sb)})
            assert b[pos:pos + len(sb)].decode("utf-8") == sub
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], (lang, "overlap", text)
        if not out:   # non-personal: every long digit run must fail the checks
            for m in re.finditer(r"[0-9٠-٩][0-9٠-٩ \-]{7,}[0-9٠-٩]", text):
                d = "".join(c for c in m.group().translate(FROM_IND) if c.isdigit())
                if len(d) >= 9:
                    assert not luhn_ok(d) and not afm_ok(d), (lang, text)
            for m in re.finditer(r"\b[A-Z]{2}[0-9]{2}[0-9A-Z ]{10,}", text):
                assert not iban_ok(m.group().strip()), (lang, text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}
SECTORS = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", empty,
              "spans", sum(counts.values()), dict(sorted(counts.items())))


# ---------------------------------------------------------------- languages
# (appended below, one language at a time)

def words(fn, digits, sizes, sep=" ", **kw):
    """Speak a digit string chunk by chunk with fn, chunks joined by sep."""
    out, i = [], 0
    for n in sizes:
        out.append(fn(digits[i:i + n], **kw))
        i += n
    assert i == len(digits)
    return sep.join(out)


# ================================================================ English
SECTORS["en"] = ["meal-kit subscription", "model railway shop", "taxidermy studio",
                 "trophy engraving", "sauna installation", "vintage clothing store",
                 "saddlery", "quilting supplies", "puppet theatre workshops",
                 "volunteer placement agency", "welding workshop", "youth orchestra"]

E_C1 = card("453201511283036")          # Visa 16
E_C2 = card("552313400987654")          # Mastercard 16
E_C3 = card("37828224631000")           # Amex 15
E_C4 = card("601100998877665")          # Discover 16
E_C5 = card("422296401234")             # Visa 13
E_C6 = card("675945612309871234")       # Maestro 19
E_C7 = card("222100334455667")          # Mastercard 2-series 16
E_C8 = card("353011133330009")      # JCB 16
E_I1 = iban("GB", "BARC20005573904812")
E_I2 = iban("IE", "AIBK93115212345678")
E_I3 = iban("GB", "LOYD30992145670231")
E_I4 = iban("DE", "370400440532013000")
E_I5 = iban("IE", "BOFI90001710027952")
E_I6 = iban("AE", "0330000010987654321")
E_I7 = iban("GB", "MIDL40051561298837")
E_I8 = iban("CY", "002001950000357001234567")
E_S1 = ssn(412, 56, 7803)
E_S2 = ssn(219, 9, 4471)
E_S3 = ssn(530, 72, 1186)
E_S4 = ssn(78, 31, 2290)
E_S5 = ssn(601, 48, 3357)
E_Z1 = tz("31457862")                  # Israeli TZ of an expat volunteer
E_Q1 = saudi("239018475")              # Iqama
E_A1 = afm("13957302")                 # Greek AFM
E_ORD1 = not_personal_number("4417 2290 3318 6624")
E_ORD2 = not_personal_number("889201347")
E_TRK = not_personal_number("7301 9926 4418 0055")

EN1 = [
    # --- meal-kit subscription (UK)
    ("Good morning, you're through to Munch Box, my name's Priya, how can I help?",
     [("name", "Priya")]),
    ("Hiya, yeah, it's Gemma Whitfield here, I want to pause my boxes for a couple of weeks.",
     [("name", "Gemma Whitfield")]),
    ("No problem, Gemma. Can I just take the postcode on the account?",
     [("name", "Gemma")]),
    ("The box for the fourteenth had the wrong recipe cards, the Thai green curry one instead of the chilli.", []),
    ("So you're on the four-person plan, five recipes a week, that's sixty-two pounds ninety-nine.", []),
    ("I've paused you for the weeks starting the 3rd and the 10th of June, you'll be charged again on Friday the 14th.", []),
    ("um it's flat 3 27 Harrow Lane, Leeds, LS6 2QT, and the email is gemma dot whitfield eighty-eight at outlook dot com",
     [("address", "flat 3 27 Harrow Lane, Leeds, LS6 2QT"),
      ("email", "gemma dot whitfield eighty-eight at outlook dot com")],
     "Can you confirm the delivery address and the email on the account for me?"),
    ("Your order number is " + E_ORD1 + ", I'll put a credit of fifteen pounds against it.", []),
    ("Could you put the new card on, it's " + group4(E_C1) + ", expiry oh nine twenty-seven.",
     [("card", group4(E_C1))]),
    ("Lovely, that's gone through. Anything else today, Miss Whitfield?",
     [("name", "Whitfield")]),
    # --- model railway shop (older UK man)
    ("Hornby and Bachmann both do the class 37 in OO gauge, the Bachmann's about a hundred and sixty-five quid.", []),
    ("Hello, Rails and Sidings, Trevor speaking.", [("name", "Trevor")]),
    ("Oh hello, yes, my name is Derek, Derek Ashworth, I ordered a locomotive on the twenty-second and it hasn't come.",
     [("name", "Derek"), ("name", "Derek Ashworth")]),
    ("Right, Mr Ashworth, I've got order 889201347 here, dispatched Tuesday by Royal Mail.",
     [("name", "Ashworth")]),
    ("The tracking is " + E_TRK + ", it says it was at the Peterborough hub yesterday at six forty.", []),
    ("My phone number, it's oh one seven three three, four five six, two one nine.",
     [("phone", "oh one seven three three, four five six, two one nine")],
     "And a phone number in case the courier needs you?"),
    ("sixty-three Station Road, Oakham, Rutland, LE15 6QR",
     [("address", "sixty-three Station Road, Oakham, Rutland, LE15 6QR")],
     "And what address did you have it sent to, Derek?"),
    ("We've had three hundred orders this week because of the Christmas catalogue, it's been mad.", []),
    ("I'll refund the postage, that's four pounds ninety-five, back to the Visa ending 3036.", []),
    # --- taxidermy studio (US)
    ("Yeah hi, this is Cody Lindqvist, I dropped off a whitetail shoulder mount back in November.",
     [("name", "Cody Lindqvist")]),
    ("Sure thing Cody, let me pull that up. Turnaround on shoulder mounts is running about nine to eleven months right now.",
     [("name", "Cody")]),
    ("Deposit was three hundred fifty, balance is four hundred and twenty-five when it's done.", []),
    ("For the Texas hunting permit form we need the social, so " + E_S1 + ".",
     [("id", E_S1)]),
    ("okay the social is " + en_say(E_S1.replace("-", ""), [3, 2, 4]) + " got it",
     [("id", en_say(E_S1.replace("-", ""), [3, 2, 4]))],
     "Can you read me the social security number again?"),
    ("Call me on five one two, five five five, oh one eight three or, um, text is better.",
     [("phone", "five one two, five five five, oh one eight three")]),
    ("Ticket number 40-118, that's the bobcat, came in on the 2nd of January.", []),
    ("My date of birth is March fourth, nineteen seventy-nine.",
     [("date_of_birth", "March fourth, nineteen seventy-nine")]),
    ("card is amex " + en_say(E_C3, [4, 6, 5]) + " exp oh eight twenty six",
     [("card", en_say(E_C3, [4, 6, 5]))]),
    # --- trophy engraving (Irish)
    ("Howya, it's Siobhán from Ballinteer GAA, we've twenty-two medals and the cup for the under-twelves.",
     [("name", "Siobhán")]),
    ("Grand, Siobhán. Engraving is one euro twenty a letter on the medals, the cup's a flat thirty-five.",
     [("name", "Siobhán")]),
    ("The final is on Saturday the 21st at half two in Parnell Park so we'd need them by the Thursday.", []),
    ("The club pays by transfer, the IBAN is " + group4(E_I2) + ".",
     [("iban", group4(E_I2))]),
    ("and the email for the invoice is treasurer dot ballinteer at gmail dot com",
     [("email", "treasurer dot ballinteer at gmail dot com")]),
    ("Lettering on the cup: 'Ballinteer Under-12 League Champions 2024', in gold, capitals.", []),
    ("Me mobile is oh eight seven, two two three, four nine one six if yous need me.",
     [("phone", "oh eight seven, two two three, four nine one six")]),
    # --- sauna installation (Australian)
    ("G'day, Mitch here from Nordic Heat Saunas, you rang about a quote?",
     [("name", "Mitch")]),
    ("Yeah mate, I'm Bronwyn Castellano, we're after a two-person infrared one for the back deck.",
     [("name", "Bronwyn Castellano")]),
    ("The two-seater's eight thousand four hundred installed, and it draws about two point two kilowatts.", []),
    ("Address is 14 Wattle Grove, Mount Lawley, WA 6050.",
     [("address", "14 Wattle Grove, Mount Lawley, WA 6050")]),
    ("Best number is oh four one two, three four five, six seven eight. No, sorry, six seven nine at the end.",
     [("phone", "oh four one two, three four five, six seven eight"), ("phone", "six seven nine")]),
    ("We can get a sparky out on the 9th, between eight and ten in the morning.", []),
    ("No worries Bronwyn, I'll send the quote through this arvo.", [("name", "Bronwyn")]),
    ("Quote reference is NHS-2024-0771, valid for thirty days.", []),
]

EN2 = [
    # --- vintage clothing store (US)
    ("ok so the levis 501s from like 1994 are ninety-five dollars and the leather jacket is two twenty", []),
    ("Store credit expires after 180 days, and returns are only within 14 days of purchase.", []),
    ("It's jaydenmoss underscore vintage at yahoo dot com, all lowercase.",
     [("email", "jaydenmoss underscore vintage at yahoo dot com")],
     "What's the email for the receipt?"),
    ("like j-a-y-d-e-n m-o-s-s, then underscore, vintage",
     [("email", "j-a-y-d-e-n m-o-s-s, then underscore, vintage")],
     "Can you spell the first part?"),
    ("Yeah the card is " + E_C7[:4] + " " + E_C7[4:8] + ", " + en_say(E_C7[8:12]) + ", " + E_C7[12:] + ".",
     [("card", E_C7[:4] + " " + E_C7[4:8] + ", " + en_say(E_C7[8:12]) + ", " + E_C7[12:])]),
    ("Date of birth for the loyalty club? Um, it's eleven, twenty-three, oh two.",
     [("date_of_birth", "eleven, twenty-three, oh two")]),
    ("We have a Dior piece from the sixties, size 8, priced at twelve hundred, it came in on the 30th.", []),
    ("Ship it to 2210 Magnolia Avenue, apartment 4B, Austin, Texas 78704.",
     [("address", "2210 Magnolia Avenue, apartment 4B, Austin, Texas 78704")]),
    # --- saddlery (Irish)
    ("A GP saddle, seventeen and a half inch, medium tree, we've one second-hand at eight hundred and fifty.", []),
    ("Hi Niamh, this is Declan, Declan Fitzgerald, I'd the bridle in for re-stitching.",
     [("name", "Niamh"), ("name", "Declan"), ("name", "Declan Fitzgerald")]),
    ("Ah yeah, that's ready, the bill is forty-two euro, and the girth is another fifteen.", []),
    ("Pay into the account, IE... " + group4(E_I5)[2:] + ", and put the docket number 3318 as the reference.",
     [("iban", "IE... " + group4(E_I5)[2:])]),
    ("The horse passport number is " + not_personal_number("372004000123456") + ", we need it for the fitting record.", []),
    ("the yard is at Ballyshannon House, Two Mile House, Naas, County Kildare, W91 K2X3",
     [("address", "Ballyshannon House, Two Mile House, Naas, County Kildare, W91 K2X3")],
     "Where would we deliver the saddle to?"),
    # --- quilting supplies (US older lady)
    ("Well hello dear, my name is Loretta Beaumont and I'm calling about the Bernina I bought from you.",
     [("name", "Loretta Beaumont")]),
    ("The batting is nine ninety-nine a yard, and fat quarters are three for ten.", []),
    ("My birthday is the seventeenth of August, nineteen forty-six, honey, I'm seventy-seven.",
     [("date_of_birth", "the seventeenth of August, nineteen forty-six")]),
    ("Social? Oh, it's " + words(en_say, E_S2.replace("-", ""), [3, 2, 4], ", ") + ".",
     [("id", words(en_say, E_S2.replace("-", ""), [3, 2, 4], ", "))],
     "For the senior discount financing we need your social security number, ma'am."),
    ("Phone is six one five, three eight two, four four oh seven, that's the house phone.",
     [("phone", "six one five, three eight two, four four oh seven")]),
    ("My email, my grandson set it up, it's lorettab forty six at aol dot com.",
     [("email", "lorettab forty six at aol dot com")]),
    ("The quilt show is on October 12th at the Franklin fairgrounds, booth 114.", []),
    ("Thank you so much, Mrs. Beaumont, I'll have that thread shipped Monday.",
     [("name", "Beaumont")]),
    # --- puppet theatre workshops (UK)
    ("The shadow puppet workshop is for ages seven to eleven, two hours, twenty-four pounds per child.", []),
    ("Hi, I'm Harriet, I booked my son Alfie onto the half-term workshop on the 28th.",
     [("name", "Harriet"), ("name", "Alfie")]),
    ("His date of birth is the ninth of the second twenty sixteen.",
     [("date_of_birth", "the ninth of the second twenty sixteen")]),
    ("We had 86 children through last half term and 12 on the waiting list.", []),
    ("It's Harriet dot Okafor-Lowe at btinternet dot com, with a hyphen between Okafor and Lowe.",
     [("email", "Harriet dot Okafor-Lowe at btinternet dot com")],
     "And your email, Harriet?"),
    ("Refund's gone back, twenty-four pounds, booking ref PT 5562 cancelled.", []),
    ("Um my mobile is oh seven seven double oh, nine eight one, three four five.",
     [("phone", "oh seven seven double oh, nine eight one, three four five")]),
    # --- volunteer placement agency (Nigerian, Indian)
    ("Good afternoon, Open Hands Volunteering, you are speaking with Chidinma.",
     [("name", "Chidinma")]),
    ("Yes good afternoon ma, my name is Oluwaseun Adebayo-Johnson, I applied for the hospice placement.",
     [("name", "Oluwaseun Adebayo-Johnson")]),
    ("Okay Mr Adebayo-Johnson, the placement is eight hours a week for six months, starting the first of September.",
     [("name", "Adebayo-Johnson")]),
    ("For the DBS check I need your date of birth.", []),
    ("It is twenty-fifth June, nineteen ninety-one.",
     [("date_of_birth", "twenty-fifth June, nineteen ninety-one")],
     "For the DBS check I need your date of birth."),
    ("my number is plus two three four eight oh three, four five six, seven eight nine oh",
     [("phone", "plus two three four eight oh three, four five six, seven eight nine oh")]),
    ("Hello, I am Ramesh Iyer, I was volunteering in Dubai before, my Emirates ID and Iqama from Saudi also I have.",
     [("name", "Ramesh Iyer")]),
    ("Iqama number is " + E_Q1 + ", sir, it is from my Riyadh time.",
     [("id", E_Q1)]),
    ("My old salary account there, IBAN " + E_I6 + ", they want it for the reference letter.",
     [("iban", E_I6)]),
    ("We place around 1,200 volunteers a year across 40 charities in Greater Manchester.", []),
    ("The induction is on Wednesday the 5th at 10 a.m., room 3.12 on the third floor.", []),
]

EN3 = [
    # --- welding workshop (Indian caller, UK shop)
    ("Hello sir, I need the gate welded, the hinge is broken, how much it will cost approximately?", []),
    ("Mild steel gate, that's usually a hundred and twenty for the first hour and forty-five each hour after.", []),
    ("Address is 9 Belgrave Gate, Leicester, LE1 3GQ, sir, near the big Sainsbury's.",
     [("address", "9 Belgrave Gate, Leicester, LE1 3GQ")]),
    ("payment I will do by card only " + en_say(E_C2[:8]) + " " + E_C2[8:] + " yes",
     [("card", en_say(E_C2[:8]) + " " + E_C2[8:])]),
    ("Sorry, eight or six? After the five five two three.", []),
    ("Or bank transfer, my account is " + group4(E_I3) + " in the name of the company.",
     [("iban", group4(E_I3))]),
    ("The invoice number is INV 20931, VAT at twenty percent comes to twenty-four pounds.", []),
    ("We can come Thursday the 18th, two lads, about three hours' job.", []),
    # --- youth orchestra (Nigerian parent in UK; US parent)
    ("Auditions for the junior strings are on the 2nd and 3rd of March, grade five minimum.", []),
    ("Termly fee is three hundred and ten pounds, bursaries cover up to seventy-five percent.", []),
    ("Please the date of birth of my daughter is 14/07/2011, she plays the cello.",
     [("date_of_birth", "14/07/2011")]),
    ("You can write to me at ngozi dot eze underscore uk at hotmail dot co dot uk.",
     [("email", "ngozi dot eze underscore uk at hotmail dot co dot uk")]),
    ("We live at 41B Peckham Rye, London SE15 4JR, the flat above the pharmacy.",
     [("address", "41B Peckham Rye, London SE15 4JR")]),
    ("Direct debit from " + E_I7[:4] + " " + E_I7[4:8] + " " + en_say(E_I7[8:14], [2, 2, 2]) + " " + E_I7[14:] + ".",
     [("iban", E_I7[:4] + " " + E_I7[4:8] + " " + en_say(E_I7[8:14], [2, 2, 2]) + " " + E_I7[14:])]),
    ("The concert at the Royal Festival Hall is on the 22nd of June, tickets from eighteen pounds.", []),
    ("Rehearsals are Saturdays nine thirty to one, the hall is at 12 Cavendish Street, opposite the Tesco.", []),
    ("For our American tour the State Department form asks for the parent's SSN, so " + E_S3 + ".",
     [("id", E_S3)]),
    ("My son's birthday, he was born October the first, two thousand nine.",
     [("date_of_birth", "October the first, two thousand nine")]),
    ("My social is " + en_say(E_S4.replace("-", ""), [3, 2, 4]) + ".",
     [("id", en_say(E_S4.replace("-", ""), [3, 2, 4]))]),
    # --- extra lines from the calls above
    ("The Visa ending 1234 was charged £62.99 on the 1st of May and again on the 8th.", []),
    ("Card number " + en_say(E_C4[:4]) + ", " + en_say(E_C4[4:8]) + ", " + E_C4[8:12] + ", " + en_say(E_C4[12:], oh=True) + ".",
     [("card", en_say(E_C4[:4]) + ", " + en_say(E_C4[4:8]) + ", " + E_C4[8:12] + ", " + en_say(E_C4[12:], oh=True))]),
    ("it's " + E_C5 + " the old visa",
     [("card", E_C5)], "Which card would you like to use, sir?"),
    ("Debit card, Maestro, " + " ".join(E_C6[i:i + 4] for i in range(0, 16, 4)) + " " + E_C6[16:] + ".",
     [("card", " ".join(E_C6[i:i + 4] for i in range(0, 16, 4)) + " " + E_C6[16:])]),
    ("We refund to the original card within five to seven working days, so by the 19th at the latest.", []),
    ("My German account, the IBAN is D E " + E_I4[2:4] + " " + group4(E_I4[4:]) + ".",
     [("iban", "D E " + E_I4[2:4] + " " + group4(E_I4[4:]))]),
    ("the cypriot account " + E_I8, [("iban", E_I8)], "Which account should we refund?"),
    ("Irish IBAN, " + group4(E_I1[:4]) + " " + group4(E_I1[4:]) + " — no wait that's my UK one, it's a GB one.",
     [("iban", group4(E_I1[:4]) + " " + group4(E_I1[4:]))]),
    ("I'm on an Israeli passport, my teudat zehut is " + E_Z1 + ".",
     [("id", E_Z1)]),
    ("Greek tax number, the AFM, " + en_say(E_A1, [3, 3, 3]) + ".",
     [("id", en_say(E_A1, [3, 3, 3]))]),
    ("The social is " + E_S5.replace("-", " ") + ", I'm the account holder.",
     [("id", E_S5.replace("-", " "))]),
    ("Model number SX-4400, serial " + not_personal_number("2291 8834 5510") + ", bought on the 7th of July 2021.", []),
    ("Flight BA 2491 lands at ten past seven, so I'll be there about nine.", []),
    ("phone is plus 44 20 7946 0321", [("phone", "plus 44 20 7946 0321")]),
    ("Ring me back on oh one one six, four nine six, oh double two oh, after six is best.",
     [("phone", "oh one one six, four nine six, oh double two oh")]),
    ("JCB card, " + en_say(E_C8, [4, 4, 4, 4]) + ", expiry December.",
     [("card", en_say(E_C8, [4, 4, 4, 4]))]),
    ("It's my email, priya dot n at munchbox dot co dot uk if you need to write back.",
     [("email", "priya dot n at munchbox dot co dot uk")]),
    ("k dot osei 23 at gmail dot com", [("email", "k dot osei 23 at gmail dot com")],
     "What's the best email to send the contract to?"),
    ("Flat 12, Kestrel House, 5 Mill Lane, Cork, T12 X8P2",
     [("address", "Flat 12, Kestrel House, 5 Mill Lane, Cork, T12 X8P2")],
     "Where do you want the trophies delivered?"),
    ("I was born on the 3rd of December '88.", [("date_of_birth", "3rd of December '88")]),
    ("Our Monday hours are nine to five and Saturday ten till two; we're closed on bank holidays.", []),
]

LANGS["en"] = EN1 + EN2 + EN3


# ================================================================ Arabic
SECTORS["ar"] = ["misbaha (prayer-bead) shop", "nut roastery", "rug cleaning",
                 "pigeon racing club", "souk stall rental", "tahini factory outlet",
                 "sports nutrition shop", "skate park", "motor racing track days",
                 "urban farming workshops", "wallpaper shop", "mushroom farm shop"]

A_C1 = card("458816203947561")
A_C2 = card("535812004471209")
A_C3 = card("410398765432109")
A_C4 = card("512345098712346")
A_C5 = card("37625113908421")
A_C6 = card("440066112233445")
A_C7 = card("968208123409871")          # mada-style 16
A_C8 = card("53991234567890")
A_I1 = iban("SA", "80000000608010167519")
A_I2 = iban("AE", "0260001015333439201")
A_I3 = iban("EG", "0019000500000000263180002")
A_I4 = iban("JO", "CBJO0010000000000131000302")
A_I5 = iban("KW", "NBOK0000000000001000372151")
A_I6 = iban("SA", "15000000123456789012")
A_I7 = iban("QA", "DOHB00001234567890ABCDEFG")
A_I8 = iban("LB", "099900000001001901112233")
A_N1 = saudi("108734529")
A_N2 = saudi("110293847")
A_N3 = saudi("256019283")
A_N4 = saudi("241187650")
A_N5 = saudi("119920344")
A_Z1 = tz("20349856")                   # Arab citizen of Israel
A_Z2 = tz("05672213")
A_ORD1 = not_personal_number("7719 2003 4418")
A_ORD2 = not_personal_number("1029384756")   # starts with 1, ten digits, but a shipment number
A_INV = not_personal_number("2048 1190 7731 6624")

AR1 = [
    # --- misbaha shop (Saudi, Gulf)
    ("السلام عليكم، معك عبدالرحمن من محل مسابح الكهرمان، تفضل.",
     [("name", "عبدالرحمن")]),
    ("وعليكم السلام، أنا فهد الشمري، طلبت مسباحة كهرمان بولندي تسعة وتسعين حبة وما وصلت.",
     [("name", "فهد الشمري")]),
    ("المسباحة وزنها خمسين غرام وسعرها ألف ومية وخمسين ريال، والشحن مجاني فوق الخمسمية.", []),
    ("أبشر يا أبو سلطان، رقم الطلب " + A_ORD1 + " وطلع مع سمسا يوم الأحد.",
     [("name", "أبو سلطان")]),
    ("رقم جوالي صفر خمسة خمسة، ثلاثة اثنين واحد، أربعة ثمانية سبعة تسعة",
     [("phone", "صفر خمسة خمسة، ثلاثة اثنين واحد، أربعة ثمانية سبعة تسعة")]),
    ("العنوان الرياض حي الملقا شارع أنس بن مالك فيلا ٢٣ جنب مسجد الراجحي",
     [("address", "الرياض حي الملقا شارع أنس بن مالك فيلا ٢٣")],
     "طيب عطني العنوان الوطني لو سمحت"),
    ("رقم الهوية " + ind(A_N1) + " طال عمرك",
     [("id", ind(A_N1))]),
    ("الحين الدفع بمدى، رقم البطاقة " + ind(group4(A_C7)) + "، تنتهي ٠٩/٢٨",
     [("card", ind(group4(A_C7)))]),
    ("عندنا عرض خصم عشرين بالمية على اليسر والكوك لين نهاية رمضان.", []),
    # --- nut roastery (Levantine, Amman / Beirut)
    ("مرحبا، محمصة الأمير، معك رنا، كيف بقدر ساعدك؟", [("name", "رنا")]),
    ("أهلين رنا، أنا رامي حداد، بدي أطلب تلاتة كيلو مكسرات مشكلة لعرس أختي.",
     [("name", "رنا"), ("name", "رامي حداد")]),
    ("الكيلو السوبر إكسترا بتسعة دنانير ونص، والكاجو لحالو بأربعتعش دينار.", []),
    ("عنواني عمّان، خلدا، شارع وصفي التل، عمارة ١٧، الطابق التالت، شقة ٦",
     [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ١٧، الطابق التالت، شقة ٦")]),
    ("رقمي صفر سبعة تسعة، خمسة خمسة أربعة، اتنين تسعة صفر واحد",
     [("phone", "صفر سبعة تسعة، خمسة خمسة أربعة، اتنين تسعة صفر واحد")],
     "وشو رقم التلفون للتوصيل؟"),
    ("التوصيل بكون يوم الخميس بين الساعة أربعة وستة، ورسوم التوصيل دينارين.", []),
    ("بحوّل عالآيبان تبعكم من حسابي، حسابي " + group4(A_I4) + " بس تأكدي إنو وصل.",
     [("iban", group4(A_I4))]),
    ("يعطيك العافية أستاذ رامي، الطلبية جاهزة.", [("name", "رامي")]),
    ("الإيميل rami.haddad91@gmail.com لو بدكم تبعتوا الفاتورة",
     [("email", "rami.haddad91@gmail.com")]),
    # --- rug cleaning (Egyptian)
    ("ألو، أيوه يا فندم، شركة النضافة الذهبية لتنظيف السجاد، معاك محمود.",
     [("name", "محمود")]),
    ("أيوه يا محمود، أنا مدام شيماء عبد الحميد، عندي سجادتين شيراز وموكيت أوضة النوم.",
     [("name", "محمود"), ("name", "شيماء عبد الحميد")]),
    ("المتر بخمسة وتلاتين جنيه، والسجادة الشيراز حتاخد أسبوع، بنستلم يوم السبت.", []),
    ("العنوان ١٥ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧",
     [("address", "١٥ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧")],
     "ممكن العنوان يا فندم؟"),
    ("موبايلي صفر واحد اتنين، تمانية تلاتة، سبعة سبعة، واحد صفر تسعة اتنين",
     [("phone", "صفر واحد اتنين، تمانية تلاتة، سبعة سبعة، واحد صفر تسعة اتنين")]),
    ("لا لا مش تسعة اتنين في الآخر، هو واحد صفر تسعة أربعة",
     [("phone", "واحد صفر تسعة أربعة")], "يعني آخره واحد صفر تسعة اتنين؟"),
    ("حولوا العربون على حساب الشركة، والإيصال رقم ٤٥٢٢ عشان المراجعة.", []),
    ("الحساب بتاعي في البنك الأهلي، الآيبان " + A_I3 + " عشان ترجعولي الفلوس",
     [("iban", A_I3)]),
    ("شكراً يا مدام شيماء، المندوب حيكلم حضرتك قبلها بساعة.", [("name", "شيماء")]),
    # --- pigeon racing club (Kuwaiti / Gulf)
    ("هلا والله، معك بوخالد من نادي الحمام الزاجل، شلونك؟", [("name", "بوخالد")]),
    ("السباق من الوفرة للكويت ثلاثمية كيلو، الانطلاق الساعة خمس ونص الفجر يوم الجمعة.", []),
    ("اشتراك الموسم خمسة وسبعين دينار، والحلقة للطير الواحد بدينارين.", []),
    ("اسمي ناصر العنزي، أبي أسجل أربعين طير في سباق الشهر الجاي.",
     [("name", "ناصر العنزي")]),
    ("رقمي تسعة تسعة، سبعة واحد، أربعة أربعة، ثمانية ثلاثة",
     [("phone", "تسعة تسعة، سبعة واحد، أربعة أربعة، ثمانية ثلاثة")]),
    ("حوّل على الآيبان " + A_I5 + " يا أبوي",
     [("iban", A_I5)], "وين أحول رسوم التسجيل؟ عطني حسابك"),
    ("الطير رقم الحلقة KW-2023-118842، جاي من الأول في سباق العبدلي.", []),
    # --- souk stall rental (Moroccan, Maghrebi)
    ("السلام، أنا يوسف بنعلي، بغيت نكري شي بلاصة فالسوق ديال الجمعة فسيدي مومن.",
     [("name", "يوسف بنعلي")]),
    ("البلاصة ديال ثلاثة متر بميتين درهم فالسيمانة، والضو بوحدو خمسين درهم.", []),
    ("نمرتي هي زيرو ستة، ستين، اتنين وعشرين، سبعة وتسعين، خمسة وأربعين",
     [("phone", "زيرو ستة، ستين، اتنين وعشرين، سبعة وتسعين، خمسة وأربعين")]),
    ("الساكن فين؟ أنا ساكن فدرب السلطان، زنقة ابن بطوطة رقم ١٤، الدار البيضاء",
     [("address", "درب السلطان، زنقة ابن بطوطة رقم ١٤، الدار البيضاء")]),
    ("واخا سي يوسف، العقد كيبدا من فاتح يوليوز حتى لآخر دجنبر.", [("name", "يوسف")]),
    ("وتاريخ الازدياد ديالي هو اثنا عشر مارس ألف وتسعمية وستة وثمانين",
     [("date_of_birth", "اثنا عشر مارس ألف وتسعمية وستة وثمانين")]),
]

AR2 = [
    # --- tahini factory outlet (Palestinian, Arab citizens of Israel)
    ("مصنع طحينة الأرز، معك هبة، تفضل.", [("name", "هبة")]),
    ("مرحبا، أنا أبو إلياس من الناصرة، بدي عشرين سطل طحينة للمطعم.",
     [("name", "أبو إلياس")]),
    ("السطل الكبير ثمانية عشر كيلو بمية وخمسين شيكل، والحلاوة بالفستق بتلاتين الكيلو.", []),
    ("الفاتورة باسم المطعم، ورقم الهوية تبعي " + ar_say(A_Z1, [3, 3, 3]),
     [("id", ar_say(A_Z1, [3, 3, 3]))]),
    ("يعني " + A_Z2 + "، هاي هوية أخوي، هو صاحب المطعم",
     [("id", A_Z2)], "ورقم الهوية لصاحب المصلحة؟"),
    ("رقمي صفر خمسة اتنين، ستة أربعة سبعة، تسعة تلاتة صفر صفر",
     [("phone", "صفر خمسة اتنين، ستة أربعة سبعة، تسعة تلاتة صفر صفر")]),
    ("بنوصل للشمال كل يوم تلاتا، وطلبية فوق الألف شيكل التوصيل ببلاش.", []),
    ("العنوان شارع بولس السادس ٦٠٢٤، الناصرة، جنب كنيسة البشارة",
     [("address", "شارع بولس السادس ٦٠٢٤، الناصرة")],
     "لوين التوصيل؟"),
    # --- sports nutrition shop (UAE, Emirati / expat)
    ("Hi, معك جاسم من Muscle Lab، how can I help you؟", [("name", "جاسم")]),
    ("أنا مريم الكتبي، طلبت بروتين واي خمسة باوند بنكهة الشوكولا ووصلني فانيلا.",
     [("name", "مريم الكتبي")]),
    ("العلبة الخمسة باوند بمية وتسعة وتسعين درهم، وعندنا اليوم اشتر وحدة والثانية بنص السعر.", []),
    ("إيميلي mariam underscore k at outlook dot com",
     [("email", "mariam underscore k at outlook dot com")]),
    ("يعني ميم ألف راء ياء ألف ميم، أندرسكور، كيه",
     [("email", "ميم ألف راء ياء ألف ميم، أندرسكور، كيه")],
     "ممكن تتهجين الإيميل؟"),
    ("رقمي صفر خمسة صفر، أربعة أربعة ثلاثة، سبعة ستة اثنين واحد",
     [("phone", "صفر خمسة صفر، أربعة أربعة ثلاثة، سبعة ستة اثنين واحد")]),
    ("الشقة في دبي مارينا، برج الأميرة، الطابق ٣٢ شقة ٣٢٠٥",
     [("address", "دبي مارينا، برج الأميرة، الطابق ٣٢ شقة ٣٢٠٥")],
     "وين نرسل البديل؟"),
    ("استرجاع المبلغ على " + A_I2 + " ولا على البطاقة؟",
     [("iban", A_I2)]),
    ("على البطاقة أحسن، " + ar_say(A_C1, [4, 4, 4, 4]),
     [("card", ar_say(A_C1, [4, 4, 4, 4]))]),
    ("رقم الشحنة " + A_ORD2 + " مع أرامكس، بيوصلك بكرة قبل الساعة عشرة.", []),
    # --- skate park (Lebanese)
    ("بونجور، Skate Hub بيروت، معك كريم.", [("name", "كريم")]),
    ("هاي كريم، أنا لين، بدي سجّل ابني بصف السكيت تبع الصيف.",
     [("name", "كريم"), ("name", "لين")]),
    ("الكورس عشر حصص، كل حصة ساعة ونص، بمية وعشرين دولار، والخوذة علينا.", []),
    ("ابني اسمو جاد، مواليد ١٧ نيسان ٢٠١٥",
     [("name", "جاد"), ("date_of_birth", "١٧ نيسان ٢٠١٥")]),
    ("رقمي سبعين، ١٢٣، ٤٥٦ ... يعني ٧٠ ١٢٣ ٤٥٦",
     [("phone", "سبعين، ١٢٣، ٤٥٦"), ("phone", "٧٠ ١٢٣ ٤٥٦")]),
    ("الإيميل lynn.khoury@hotmail.com", [("email", "lynn.khoury@hotmail.com")]),
    ("الحصص السبت والأحد من الساعة عشرة للساعة إحدى عشر ونص، بالأشرفية.", []),
    ("الدفع بالكارت: " + A_C6[:4] + " " + A_C6[4:8] + " " + ar_say(A_C6[8:], [2, 2, 2, 2]),
     [("card", A_C6[:4] + " " + A_C6[4:8] + " " + ar_say(A_C6[8:], [2, 2, 2, 2]))]),
    ("وحسابي بالبنك إذا بدكن ترجعوا العربون " + group4(A_I8),
     [("iban", group4(A_I8))]),
    # --- motor racing track days (Bahrain / Saudi, MSA agent)
    ("مرحباً بكم في حلبة الصخير، يوم الحلبة يبدأ الساعة الثانية ظهراً وينتهي التاسعة مساءً.", []),
    ("الاشتراك لسيارة واحدة مئتان وخمسون ديناراً، ويشمل ست جلسات كل منها عشرون دقيقة.", []),
    ("أنا سلمان آل خليفة، وأبي أسجل سيارتي البورش للسبت الجاي.",
     [("name", "سلمان آل خليفة")]),
    ("تاريخ ميلادي ثلاثة وعشرين سبعة تسعة وتسعين",
     [("date_of_birth", "ثلاثة وعشرين سبعة تسعة وتسعين")],
     "نحتاج تاريخ الميلاد للتأمين"),
    ("هويتي الوطنية السعودية رقم " + ar_say(A_N2, [1, 3, 3, 3]),
     [("id", ar_say(A_N2, [1, 3, 3, 3]))]),
    ("رقم السيارة في السباق سبعة وسبعين، والزمن حقي دقيقتين وأربع ثواني في اللفة.", []),
    ("الجوال حقي زائد تسعمية وستة وستين، خمسة أربعة، ثلاثمية واثنين وعشرين، صفر تسعة سبعة ستة",
     [("phone", "زائد تسعمية وستة وستين، خمسة أربعة، ثلاثمية واثنين وعشرين، صفر تسعة سبعة ستة")]),
    ("تم يا أستاذ سلمان، وصلك إيميل التأكيد على salman.k at icloud dot com؟",
     [("name", "سلمان"), ("email", "salman.k at icloud dot com")]),
    # --- urban farming workshops (Egyptian, MSA)
    ("ورشة الزراعة على السطح يوم الجمعة الجاية من تسعة الصبح لواحدة الضهر، بتلتمية جنيه.", []),
    ("أنا اسمي نورهان، ونفسي أسجل أنا وجوزي.", [("name", "نورهان")]),
    ("وإيميلي nour dot elsayed ninety three at yahoo dot com",
     [("email", "nour dot elsayed ninety three at yahoo dot com")]),
    ("تاريخ الميلاد تمانية وعشرين خمسة تسعين، وجوزي أول واحد تمانية وتمانين",
     [("date_of_birth", "تمانية وعشرين خمسة تسعين"), ("date_of_birth", "أول واحد تمانية وتمانين")],
     "محتاجين تاريخ الميلاد للشهادة"),
    ("ساكنين في ٢٢ شارع النزهة، مصر الجديدة، القاهرة",
     [("address", "٢٢ شارع النزهة، مصر الجديدة، القاهرة")]),
    ("الشتلة الواحدة بخمسة جنيه، والصندوق الخشب متر في متر بتمنمية.", []),
]

AR3 = [
    # --- mushroom farm shop (Jordanian / Saudi)
    ("مزرعة فطر الغور، الكيلو الطازج بثلاث دنانير، والمجفف بخمسطعش.", []),
    ("الطلب الأسبوعي للمطاعم كل أحد وأربعاء، والحد الأدنى عشرة كيلو.", []),
    ("حولت المبلغ أمس الساعة سبعة المسا، مية وعشرين دينار، رقم الحوالة " + A_INV + ".", []),
    ("بطاقتي " + ind(A_C2[:4]) + " " + ind(A_C2[4:8]) + " " + ind(A_C2[8:12]) + " " + ind(A_C2[12:]),
     [("card", ind(A_C2[:4]) + " " + ind(A_C2[4:8]) + " " + ind(A_C2[8:12]) + " " + ind(A_C2[12:]))],
     "تفضل رقم البطاقة"),
    ("الآيبان السعودي حقي " + A_I1[:2] + " " + ar_say(A_I1[2:4]) + " " + group4(A_I1[4:]),
     [("iban", A_I1[:2] + " " + ar_say(A_I1[2:4]) + " " + group4(A_I1[4:]))]),
    ("مواليدي ١٩٨٢/٠٣/١٤", [("date_of_birth", "١٩٨٢/٠٣/١٤")],
     "وتاريخ ميلادك للعضوية؟"),
    ("رقم الإقامة " + ind(A_N3) + " وانتهاؤها بعد شهرين",
     [("id", ind(A_N3))]),
    ("الفطر المحار نفد، بيرجع بعد عشر أيام تقريباً، يعني حوالي خمسة وعشرين الشهر.", []),
    # --- wallpaper shop (Saudi, Egyptian expat worker)
    ("ورق الجدران الإيطالي الرول بمية وثمانين ريال، والغرفة تحتاج تقريباً ثمان رولات.", []),
    ("معك أبو عمر، عندنا فني يركب بكرة الساعة أربعة العصر.", [("name", "أبو عمر")]),
    ("أنا اسمي محمد عبدالله، مصري، شغال في جدة، والإقامة رقمها " + ar_say(A_N4, [2, 2, 2, 2, 2]),
     [("name", "محمد عبدالله"), ("id", ar_say(A_N4, [2, 2, 2, 2, 2]))]),
    ("العنوان جدة، حي الروضة، شارع صاري، عمارة ٨، شقة ١١",
     [("address", "جدة، حي الروضة، شارع صاري، عمارة ٨، شقة ١١")]),
    ("كود الخصم RAMADAN25 يعطيك خمسة وعشرين بالمية على الطلب الأول فوق ألف ريال.", []),
    ("الدفع أبل باي، البطاقة اللي عليه " + group4(A_C3),
     [("card", group4(A_C3))]),
    ("هويتي ١ ١ ٩ ٩ ٢ ٠ ٣ ٤ ٤ " + ind(A_N5[-1]),
     [("id", "١ ١ ٩ ٩ ٢ ٠ ٣ ٤ ٤ " + ind(A_N5[-1]))]),
    ("التركيب يوم الاثنين ١٢ الشهر، والفاتورة ألف وأربعمية وأربعين ريال شامل الضريبة.", []),
    # --- extra lines across the calls (MSA, mixed)
    ("يرجى العلم أن مدة الاسترداد من سبعة إلى أربعة عشر يوم عمل من تاريخ الإلغاء.", []),
    ("رقم التذكرة ٥٥٠٢١٨ وراح نتواصل معك خلال ٤٨ ساعة.", []),
    ("تاريخ الميلاد؟ خمسة يناير ألفين وواحد", [("date_of_birth", "خمسة يناير ألفين وواحد")]),
    ("أنا من مواليد سنة تسعة وسبعين، أول شهر عشرة",
     [("date_of_birth", "سنة تسعة وسبعين، أول شهر عشرة")]),
    ("الرقم السري لا تعطيه لأحد، إحنا ما نطلبه أبداً.", []),
    ("كارت فيزا " + ar_say(A_C4, [4, 4, 4, 4]) + " وتاريخ الانتهاء خمسة تمانية وعشرين",
     [("card", ar_say(A_C4, [4, 4, 4, 4]))]),
    ("أمريكان إكسبريس " + A_C5[:4] + "-" + A_C5[4:10] + "-" + A_C5[10:],
     [("card", A_C5[:4] + "-" + A_C5[4:10] + "-" + A_C5[10:])]),
    ("ماستركارد " + ar_say(A_C8[:6], [2, 2, 2]) + " " + A_C8[6:],
     [("card", ar_say(A_C8[:6], [2, 2, 2]) + " " + A_C8[6:])]),
    ("الحساب في بنك الدوحة " + A_I7, [("iban", A_I7)], "وين نحول المبلغ المسترد؟"),
    ("الآيبان " + A_I6[:4] + " " + ar_say(A_I6[4:8]) + " " + A_I6[8:],
     [("iban", A_I6[:4] + " " + ar_say(A_I6[4:8]) + " " + A_I6[8:])]),
    ("اكتب عندك: h.alqahtani@stc.com.sa", [("email", "h.alqahtani@stc.com.sa")],
     "عطني الإيميل الرسمي"),
    ("الإيميل تبعي زياد دوت نصار آت جيميل دوت كوم",
     [("email", "زياد دوت نصار آت جيميل دوت كوم")]),
    ("أنا ساكن في الشارقة، النهدة، بناية الزهراء، شقة ٤٠٢",
     [("address", "الشارقة، النهدة، بناية الزهراء، شقة ٤٠٢")]),
    ("السعر تسعمية وتسعة وتسعين درهم، والضمان سنتين، وموديل XR-7700.", []),
    ("وصلت الشحنة مطار الملك خالد يوم ٣ مارس والتخليص أخذ أسبوع.", []),
    ("الرحلة SV 1023 تطلع الساعة ستة وعشرين دقيقة الصبح من جدة.", []),
    ("عندنا فرع في شارع التحلية وفرع في شارع الملك فهد، الاثنين يفتحوا من عشرة لعشرة.", []),
    ("طلبت تلات سطول يوم ١٥ وما وصل غير اتنين، الفرق مية وخمسين شيكل.", []),
    ("الطلبية رقم " + ind(not_personal_number("2024110578")) + " اتأخرت يومين بسبب العيد.", []),
    ("اللفة الأسرع اليوم كانت دقيقة وتسعة وخمسين ثانية وأربعمية جزء.", []),
    ("صندوق الفطر ٢٥٠ غرام بدينار ونص، والكرتونة فيها ٢٤ صندوق.", []),
    ("تمام يا أم يوسف، وصلت الرسالة.", [("name", "أم يوسف")]),
]

LANGS["ar"] = AR1 + AR2 + AR3


# ================================================================ Hebrew
SECTORS["he"] = ["Shabbat meals delivery", "pita bakery wholesale", "orchid nursery",
                 "mosaic workshop", "roller-shutter repair", "surfboard repair",
                 "national-service (volunteer) placement", "nut roastery",
                 "wallpaper shop", "puppet theatre", "vintage clothing store"]

H_C1 = card("458003211234567")
H_C2 = card("532610098765432")
H_C3 = card("401795001122334")
H_C4 = card("376411223344556"[:14])
H_C5 = card("545762389012345")
H_C6 = card("491611111222223")
H_C7 = card("520473004455660")
H_C8 = card("458098761234509")
H_I1 = iban("IL", "0108000000099999999")
H_I2 = iban("IL", "0126150000003201987")
H_I3 = iban("IL", "2000850000004560123")
H_I4 = iban("IL", "0311700000012345678")
H_I5 = iban("FR", "30006000011234567890189")
H_I6 = iban("IL", "0469230000000312765")
H_I7 = iban("GB", "HBUK40127612345678")
H_I8 = iban("IL", "0177910000000228415")
H_Z = [tz(b) for b in ("03245781", "31678902", "20458113", "06129945",
                       "32901744", "05873312", "34119870", "02266018", "30551297")]
H_S1 = ssn(148, 22, 6031)
H_ORD = not_personal_number("30045127")
H_REF = not_personal_number("208817345")

HE1 = [
    # --- Shabbat meals delivery
    ("שלום, הגעתם לאוכל של שבת, מדברת אורטל, איך אפשר לעזור?", [("name", "אורטל")]),
    ("היי אורטל, מדברת שרה אטלי, הזמנתי ארוחה לשישה אנשים ליום שישי ולא קיבלתי אישור.",
     [("name", "אורטל"), ("name", "שרה אטלי")]),
    ("ההזמנה לשישה זה שלוש מאות ארבעים שקל, כולל חלות, דגים, עוף וקוגל.", []),
    ("המשלוחים יוצאים ביום שישי בין עשר לשתיים, ולירושלים עד אחת.", []),
    ("הכתובת רחוב הפלמ\"ח 18, דירה 7, קומה שלישית, ירושלים",
     [("address", "רחוב הפלמ\"ח 18, דירה 7, קומה שלישית, ירושלים")]),
    ("אממ המייל שלי זה sarah.attali שטרודל gmail נקודה com",
     [("email", "sarah.attali שטרודל gmail נקודה com")]),
    ("אתה יכול לחייב את הכרטיס, " + he_say(H_C1, [4, 4, 4, 4]) + ", תוקף אחת עשרה עשרים ושש",
     [("card", he_say(H_C1, [4, 4, 4, 4]))]),
    ("מספר ההזמנה שלך " + H_ORD + ", תקבלי סמס ביום חמישי בערב.", []),
    ("תודה רבה גברת אטלי, שבת שלום.", [("name", "אטלי")]),
    # --- pita bakery wholesale (Arab citizen speaking Hebrew)
    ("מאפיית הכפר שלום, מדבר סאמר.", [("name", "סאמר")]),
    ("סאמר, שלום, זה יוסי מהמסעדה בעכו, אני צריך מחר שש מאות פיתות.",
     [("name", "סאמר"), ("name", "יוסי")]),
    ("שש מאות פיתות זה מאה שמונים שקל, אם אתה לוקח אלף אני נותן לך בשלוש מאות.", []),
    ("הנהג יוצא בחמש בבוקר, מגיע לעכו בערך שש ורבע.", []),
    ("ח.פ. של המסעדה אני אשלח לך, אבל החשבונית על השם שלי, תעודת זהות " + H_Z[0] + ".",
     [("id", H_Z[0])]),
    ("תעביר לחשבון של המאפייה, איבאן " + group4(H_I1) + ".",
     [("iban", group4(H_I1))]),
    ("בטלפון שלי אפס חמש ארבע, שש שש שבע, שמונה אחת אפס תשע",
     [("phone", "אפס חמש ארבע, שש שש שבע, שמונה אחת אפס תשע")]),
    # --- orchid nursery (older native speaker, Anglo)
    ("סחלב פלאנופסיס עם שני ענפים זה שמונים ותשעה שקלים, ועם שלושה מאה עשרים.", []),
    ("כן שלום, שמי רבקה לנדאו, אני מזמינה סחלב לבת שלי ליום ההולדת.",
     [("name", "רבקה לנדאו")]),
    ("תשלחו לבת שלי, מיכל, לרחוב ביאליק 44 ברמת גן, הדירה בקומה שנייה",
     [("name", "מיכל"), ("address", "רחוב ביאליק 44 ברמת גן, הדירה בקומה שנייה")]),
    ("הטלפון של מיכל, אפס חמישים ושתיים, שלוש מאות... לא, שלוש שבע אחת, ארבעים וחמש שמונים ותשע",
     [("phone", "אפס חמישים ושתיים, שלוש מאות... לא, שלוש שבע אחת, ארבעים וחמש שמונים ותשע")]),
    ("Hi, sorry, my Hebrew isn't great, קוראים לי שירה גולדברג, I ordered the white orchid.",
     [("name", "שירה גולדברג")]),
    ("the email is shira g one two three at gmail dot com",
     [("email", "shira g one two three at gmail dot com")],
     "ומה האימייל, שירה?"),
    ("My US card, " + group4(H_C6) + ", it's a Visa.", [("card", group4(H_C6))]),
    ("המשלוח ביום ראשון, העשרים ושלושה לחודש, בין תשע לשתים עשרה.", []),
    # --- mosaic workshop (Russian immigrant)
    ("סדנת פסיפס לזוגות, שלוש שעות, מאתיים ושמונים שקל לזוג, כולל החומרים.", []),
    ("אלו, זה ולדימיר, וולודיה, אני רוצה לרשום את אשתי לסדנה.",
     [("name", "ולדימיר"), ("name", "וולודיה")]),
    ("אשתי נקראת סבטלנה קוזלוב, היא נולדה חמישה עשר ביוני אלף תשע מאות שבעים ושלוש",
     [("name", "סבטלנה קוזלוב"), ("date_of_birth", "חמישה עשר ביוני אלף תשע מאות שבעים ושלוש")]),
    ("תעודת זהות שלה " + he_say(H_Z[1], masc=True) + ", בשביל ההנחה של העירייה",
     [("id", he_say(H_Z[1], masc=True))]),
    ("אנחנו גרים באשדוד, רובע ג', רחוב הרב קוק 9, דירה 21",
     [("address", "אשדוד, רובע ג', רחוב הרב קוק 9, דירה 21")]),
    ("הסדנה ביום שלישי הבא בשש וחצי בערב, ברחוב הנמל, ליד הקניון.", []),
]

HE2 = [
    # --- roller-shutter repair (Ethiopian-Israeli caller)
    ("שלום, תריסי הצפון, מדבר אלי.", [("name", "אלי")]),
    ("שלום אלי, אני אברהם טקלה, התריס בסלון נתקע, לא עולה ולא יורד.",
     [("name", "אלי"), ("name", "אברהם טקלה")]),
    ("ביקור טכנאי זה מאתיים חמישים שקל, ואם צריך מנוע חדש זה עוד תשע מאות.", []),
    ("אני גר בקריית גת, רחוב הגפן 31, כניסה ב', דירה 14",
     [("address", "קריית גת, רחוב הגפן 31, כניסה ב', דירה 14")]),
    ("הטלפון, אפס חמש שמונה, שבע שבע שתיים, אפס אחת אפס ארבע",
     [("phone", "אפס חמש שמונה, שבע שבע שתיים, אפס אחת אפס ארבע")]),
    ("אה, ותרשום גם את של הבת שלי, צגה, אפס חמש אפס, שש אחת תשע, שלוש שלוש שמונה שתיים",
     [("name", "צגה"), ("phone", "אפס חמש אפס, שש אחת תשע, שלוש שלוש שמונה שתיים")]),
    ("הטכנאי יגיע ביום רביעי בין שמונה לאחת עשרה, הוא יתקשר חצי שעה לפני.", []),
    ("אחריות על המנוע שלוש שנים, ועל העבודה שנה.", []),
    # --- surfboard repair (young native, Tel Aviv)
    ("אחי תקשיב, הגלשן שלי שבר את הפין בים בבת ים, כמה עולה תיקון?", []),
    ("תיקון דינג קטן זה מאה וחמישים, פין חדש עם בוקס זה מאתיים עשרים, יהיה מוכן תוך שבוע.", []),
    ("כן אני איתי, איתי ברק, רשום אצלכם מהקיץ",
     [("name", "איתי"), ("name", "איתי ברק")],
     "על איזה שם לרשום?"),
    ("תשלח לי לוואטסאפ, פלוס תשע שבע שתיים חמישים ושתיים, שש אחת אפס, שלושים ושמונה תשעים ואחת",
     [("phone", "פלוס תשע שבע שתיים חמישים ושתיים, שש אחת אפס, שלושים ושמונה תשעים ואחת")]),
    ("המייל itay underscore barak at walla dot co dot il",
     [("email", "itay underscore barak at walla dot co dot il")]),
    ("ביט אני אעביר לך, או שתחייב את הכרטיס " + H_C2[:4] + " " + he_say(H_C2[4:12], [2, 2, 2, 2]) + " " + H_C2[12:],
     [("card", H_C2[:4] + " " + he_say(H_C2[4:12], [2, 2, 2, 2]) + " " + H_C2[12:])]),
    ("החנות בהרברט סמואל 60, פתוחה עד שבע, בשישי עד שתיים.", []),
    # --- national-service placement (French immigrant)
    ("בוקר טוב, אגודת שירות לאומי, מדברת הדס, במה אפשר לעזור?", [("name", "הדס")]),
    ("בונז'ור, סליחה, אני יוהן בן חמו, אבא של נועה, היא רוצה לעשות שירות בבית חולים.",
     [("name", "יוהן בן חמו"), ("name", "נועה")]),
    ("השירות שנה או שנתיים, שלושים שעות בשבוע, והמלגה בערך אלף ארבע מאות בחודש.", []),
    ("נועה נולדה בעשרים ושניים באוגוסט, אלפיים ושש",
     [("date_of_birth", "בעשרים ושניים באוגוסט, אלפיים ושש")]),
    ("תעודת הזהות שלה " + H_Z[2][:3] + " " + H_Z[2][3:6] + " " + H_Z[2][6:],
     [("id", H_Z[2][:3] + " " + H_Z[2][3:6] + " " + H_Z[2][6:])]),
    ("יש לנו עדיין חשבון בצרפת, " + group4(H_I5) + ", אבל המלגה תיכנס לחשבון הישראלי",
     [("iban", group4(H_I5))]),
    ("החשבון הישראלי, איי אל " + he_say(H_I2[2:4]) + ", " + group4(H_I2[4:]),
     [("iban", "איי אל " + he_say(H_I2[2:4]) + ", " + group4(H_I2[4:]))]),
    ("המייל, yohann.benhamou at free dot fr, עם שני אן",
     [("email", "yohann.benhamou at free dot fr")]),
    ("יום ההיכרות בעשרה בנובמבר, באולם בנתניה, בשעה ארבע.", []),
    # --- nut roastery (pitzuchiya)
    ("קילו פיסטוק קלוי ומלוח זה מאה ועשרים, ושקדים טבעיים תשעים ותשעה.", []),
    ("מגש אירוח גדול לבר מצווה, שלוש קומות, ארבע מאות וחמישים, צריך להזמין שבוע מראש.", []),
    ("כן, מדברת ענבל מהפיצוחייה, התקשרת אלינו קודם?", [("name", "ענבל")]),
    ("כן, זאת מירב שושן, אני רוצה לאשר את המגשים לשבת.",
     [("name", "מירב שושן")]),
    ("הכתובת לאיסוף אצלכם או משלוח? משלוח, לשדרות בן גוריון 112, חולון",
     [("address", "שדרות בן גוריון 112, חולון")]),
    ("אני משלמת עם " + he_say(H_C3, [4, 4, 4, 4]),
     [("card", he_say(H_C3, [4, 4, 4, 4]))], "איך תרצי לשלם?"),
    ("התעודה זהות שלי " + he_say(H_Z[3], [3, 3, 3]),
     [("id", he_say(H_Z[3], [3, 3, 3]))], "בשביל החשבונית אני צריכה תעודת זהות"),
    ("ת\"ז? " + he_say(H_Z[4][:5]) + ", " + he_say(H_Z[4][5:], [2, 2]),
     [("id", he_say(H_Z[4][:5]) + ", " + he_say(H_Z[4][5:], [2, 2]))]),
    ("החשבונית מספר " + H_REF + " נשלחה למייל, הסכום אלף מאתיים ושמונים.", []),
]

HE3 = [
    # --- wallpaper shop (Arab citizen agent, native caller)
    ("טפט תלת מימד לחדר ילדים, הגליל בשבעים וחמש שקל, לקיר של ארבעה מטר צריך בערך שישה גלילים.", []),
    ("מדברת ראניה, ממחסני הטפטים בחיפה, הטכנאי שלנו יכול להגיע ביום חמישי.", [("name", "ראניה")]),
    ("אני גר בחיפה, שדרות הנשיא 130, דירה 9, קומה רביעית",
     [("address", "שדרות הנשיא 130, דירה 9, קומה רביעית")]),
    ("תאריך לידה בשביל מועדון הלקוחות? שלושה בשביעי שמונים ושש",
     [("date_of_birth", "שלושה בשביעי שמונים ושש")]),
    ("המייל זה דני נקודה כהן שבעים ושמונה שטרודל ג'ימייל נקודה קום",
     [("email", "דני נקודה כהן שבעים ושמונה שטרודל ג'ימייל נקודה קום")]),
    ("הזמנה מספר 55-1209 מוכנה, תבוא לאסוף מרחוב ההסתדרות ליד גרנד קניון.", []),
    ("ההתקנה של שני קירות זה שש מאות, והסקוץ' נגד רטיבות עוד מאה.", []),
    ("העברה בנקאית, " + H_I3, [("iban", H_I3)], "לאיזה חשבון להחזיר את המקדמה?"),
    # --- puppet theatre (Anglo immigrant, Russian grandmother)
    ("ההצגה 'הדוב והדבורה' בשבת בעשר וחצי ובשתים עשרה, כרטיס שישים שקל, ילד עד גיל שנתיים חינם.", []),
    ("יש לנו מנוי משפחתי, שש הצגות בשלוש מאות ועשרים, מתחיל מספטמבר.", []),
    ("Hi, כן, this is Dov, דב שטיין, אני רוצה לבטל את המנוי",
     [("name", "Dov"), ("name", "דב שטיין")]),
    ("the SSN on the old account was " + E_S1.replace("-", " ") + ", if you need it",
     [("id", E_S1.replace("-", " "))]),
    ("Actually that's my old one, the new SSN is " + H_S1 + ", sorry.",
     [("id", H_S1)]),
    ("תחזירו לכרטיס " + he_say(H_C4[:4], [2, 2]) + " " + H_C4[4:],
     [("card", he_say(H_C4[:4], [2, 2]) + " " + H_C4[4:])]),
    ("אני סבתא של מאשה, מאשה נולדה שנים עשר בשלישי אלפיים ושמונה עשרה",
     [("name", "מאשה"), ("date_of_birth", "שנים עשר בשלישי אלפיים ושמונה עשרה")]),
    ("טלפון, אפס שלוש, שש אחת שבע, תשעים ושתיים שמונים",
     [("phone", "אפס שלוש, שש אחת שבע, תשעים ושתיים שמונים")]),
    ("האולם בבית יד לבנים, רחוב ויצמן, יש חניה חינם ברחוב ליד.", []),
    # --- vintage clothing store (young native, Tel Aviv)
    ("מעיל עור משנות השמונים, מידה L, שלוש מאות ותשעים, והג'ינס של ליוויס מאה וחמישים.", []),
    ("ההחזרות רק עד ארבעה עשר יום עם קבלה, ומבצעים לא מוחזרים.", []),
    ("קוראים לי נוי, נוי אזולאי, קניתי אצלכם שמלה ביום שלישי",
     [("name", "נוי"), ("name", "נוי אזולאי")]),
    ("נולדתי ב-04/11/1999, זה בשביל ההטבה של יום ההולדת",
     [("date_of_birth", "04/11/1999")]),
    ("המייל noy.az@gmail.com", [("email", "noy.az@gmail.com")]),
    ("הכרטיס " + group4(H_C5), [("card", group4(H_C5))], "באיזה כרטיס לזכות?"),
    ("משלוח לרחוב פלורנטין 22, תל אביב, דירה 3",
     [("address", "רחוב פלורנטין 22, תל אביב, דירה 3")]),
    ("הקולקציה החדשה נכנסת ביום ראשון, חמישה עשר במאי, עם הנחה של עשרים אחוז.", []),
    # --- extra lines from the calls
    ("הזמנתי ביום רביעי השלושה עשר לחודש, וחויבתי פעמיים, כל פעם שלוש מאות ארבעים.", []),
    ("מספר הפנייה שלך 20431, נחזור אלייך תוך שלושה ימי עסקים.", []),
    ("קו 480 מירושלים מגיע לתחנה המרכזית בעשר ועשרים.", []),
    ("הקוד לשער זה 4521, הקומה השלישית, הדלת השמאלית.", []),
    ("השעון של המנוע נשרף, דגם TR-350, מספר סידורי " + not_personal_number("77120934") + ".", []),
    ("תעודת זהות, " + he_say(H_Z[5]),
     [("id", he_say(H_Z[5]))], "אני צריך את מספר תעודת הזהות של בעל החשבון"),
    ("ת.ז. " + H_Z[6][:4] + "-" + H_Z[6][4:], [("id", H_Z[6][:4] + "-" + H_Z[6][4:])]),
    ("מספר זהות " + H_Z[7] + " ותאריך הנפקה 2015", [("id", H_Z[7])]),
    ("אז בנק לאומי, " + group4(H_I4).replace(" ", "-"),
     [("iban", group4(H_I4).replace(" ", "-"))]),
    ("IBAN " + H_I6, [("iban", H_I6)]),
    ("יש לי חשבון באנגליה, " + group4(H_I7), [("iban", group4(H_I7))]),
    ("החשבון שלנו, " + he_say(H_I8[2:4]) + " אחרי איי אל, ואז " + H_I8[4:],
     [("iban", he_say(H_I8[2:4]) + " אחרי איי אל, ואז " + H_I8[4:])]),
    ("כרטיס " + H_C7[:8] + " " + he_say(H_C7[8:], masc=True),
     [("card", H_C7[:8] + " " + he_say(H_C7[8:], masc=True))]),
    ("מאסטרקארד " + H_C8[:4] + " " + H_C8[4:8] + " " + H_C8[8:12] + " " + H_C8[12:],
     [("card", H_C8[:4] + " " + H_C8[4:8] + " " + H_C8[8:12] + " " + H_C8[12:])]),
    ("אני מיולי שמונים ותשע, העשרים ושבעה ביולי",
     [("date_of_birth", "מיולי שמונים ותשע, העשרים ושבעה ביולי")], "מה תאריך הלידה?"),
    ("טלפון נייד 054-7730219", [("phone", "054-7730219")]),
    ("ליצירת קשר, kobi dot mizrahi at hotmail dot com",
     [("email", "kobi dot mizrahi at hotmail dot com")]),
    ("תכתבי: טלפון בבית זה שמונה שש, ארבע שלוש שבע, אחת אחת שתיים, קידומת אפס שמונה",
     [("phone", "שמונה שש, ארבע שלוש שבע, אחת אחת שתיים, קידומת אפס שמונה")]),
    ("המחיר עלה בחמישה אחוז מהראשון בינואר, אז עכשיו זה מאתיים שישים ושניים.", []),
    ("הרכבת של שמונה ושתים עשרה לחיפה התבטלה, אז הטכנאי יאחר בשעה.", []),
    ("מדברים מהמשרד של רשת אביטל מיזוג, אפשר לחזור אליכם ביום ראשון בעשר?", []),
    ("תאריך לידה, כ\"ג בתשרי תשמ\"ה, בלועזי שמונה עשר באוקטובר שמונים וארבע",
     [("date_of_birth", "כ\"ג בתשרי תשמ\"ה"), ("date_of_birth", "שמונה עשר באוקטובר שמונים וארבע")],
     "אני צריכה תאריך לידה בשביל הביטוח של הסדנה"),
    ("אה... ממ... עשרים ותשעה, שתיים, שבעים ושש",
     [("date_of_birth", "עשרים ותשעה, שתיים, שבעים ושש")], "ותאריך הלידה של בעל הכרטיס?"),
    ("אני גרה במושב בית שקמה, משק 47, ליד אשקלון",
     [("address", "מושב בית שקמה, משק 47, ליד אשקלון")]),
    ("תשלחו את הפיתות לכתובת: רחוב העצמאות 5, עכו העתיקה",
     [("address", "רחוב העצמאות 5, עכו העתיקה")]),
    ("הנייד של אשתי, אפס חמש שלוש, תשע שתיים אחת, שש שש אפס שמונה",
     [("phone", "אפס חמש שלוש, תשע שתיים אחת, שש שש אפס שמונה")]),
    ("מגיעים אלינו בין תשע לחמש, והקבלה באתר נשלחת אוטומטית אחרי עשרים וארבע שעות.", []),
    ("הוצאנו שלושים ושתיים הזמנות ביום שישי האחרון, שיא של החודש.", []),
    ("תעודת זהות " + he_say(H_Z[8][:4]) + " " + H_Z[8][4:], [("id", he_say(H_Z[8][:4]) + " " + H_Z[8][4:])]),
    ("שלושה חודשים ראשונים בחינם, אחר כך תשעים ותשעה תשעים בחודש.", []),
    ("הכתובת? כיכר רבין, ליד העירייה, זה רק נקודת מפגש, לא הבית שלי.", []),
]

LANGS["he"] = HE1 + HE2 + HE3


# ================================================================ Greek
SECTORS["el"] = ["olive-oil soap workshop", "sponge shop", "rusk (paximadi) bakery",
                 "olive-tree adoption", "rug cleaning", "sailmaker",
                 "shadow puppet theatre (Karagiozis)", "trophy engraving",
                 "roller-shutter repair", "tahini and halva producer",
                 "youth orchestra", "wallpaper shop"]

G_C1 = card("451873209945612")
G_C2 = card("516732004589123")
G_C3 = card("402400713456789")
G_C4 = card("37155600987654")
G_C5 = card("539913327788001")
G_C6 = card("476173900011234")
G_C7 = card("552345678123456")
G_C8 = card("491730080000123")
G_I1 = iban("GR", "01101250000000012300695")
G_I2 = iban("GR", "01720450005045012345678")
G_I3 = iban("CY", "002001280000001200527600")
G_I4 = iban("GR", "02601440000340100982213")
G_I5 = iban("CY", "005001460000014601234567")
G_I6 = iban("GR", "01407010701002101112233")
G_I7 = iban("DE", "500105175407324931")
G_I8 = iban("GR", "01100400000004012345670")
G_A = [afm(b) for b in ("04561238", "12839045", "07734519", "11902276",
                        "14475630", "09018832", "03377104", "16620095")]
G_ORD = not_personal_number("230045873")
G_TRK = not_personal_number("9120 4471 0038 5562")

EL1 = [
    # --- olive-oil soap workshop (Crete)
    ("Καλημέρα σας, Σαπωνοποιία Ελαιώνας, λέγομαι Κατερίνα, πώς μπορώ να βοηθήσω;",
     [("name", "Κατερίνα")]),
    ("Καλημέρα, εεε, με λένε Σταύρο Μανουσάκη, είχα παραγγείλει σαπούνια για γάμο.",
     [("name", "Σταύρο Μανουσάκη")]),
    ("Τα διακόσια σαπουνάκια με το όνομα του ζευγαριού βγαίνουν ένα και πενήντα το ένα, τριακόσια ευρώ σύνολο.", []),
    ("Ο γάμος είναι στις 14 Σεπτεμβρίου στα Χανιά, τα θέλουμε μέχρι τις 5.", []),
    ("Η διεύθυνση είναι Χάληδων 28, Χανιά, 73131, δεύτερος όροφος.",
     [("address", "Χάληδων 28, Χανιά, 73131, δεύτερος όροφος")]),
    ("Το κινητό μου εξήντα εννιά επτά, τρία τέσσερα πέντε, εξήντα εφτά, ογδόντα ένα",
     [("phone", "εξήντα εννιά επτά, τρία τέσσερα πέντε, εξήντα εφτά, ογδόντα ένα")]),
    ("Ευχαριστώ κύριε Μανουσάκη, η παραγγελία σας είναι η " + G_ORD + ".",
     [("name", "Μανουσάκη")]),
    ("Για το τιμολόγιο ΑΦΜ " + G_A[0] + ", ΔΟΥ Χανίων.", [("id", G_A[0])]),
    ("Θα πληρώσω με κάρτα, " + el_say(G_C1, [4, 4, 4, 4]) + ", λήξη δώδεκα είκοσι εφτά.",
     [("card", el_say(G_C1, [4, 4, 4, 4]))]),
    # --- sponge shop (Kalymnos, older man)
    ("Το μεγάλο φυσικό σφουγγάρι μπάνιου έχει δεκαοχτώ ευρώ, το μικρό για μωρά εννιά.", []),
    ("Ναι, ο Μιχάλης εδώ από το μαγαζί στην Πόθια, πείτε μου.", [("name", "Μιχάλης")]),
    ("Γεια σου Μιχάλη, είμαι η Βούλα από τη Θεσσαλονίκη, η Βούλα η Καραγιάννη, σου είχα πάρει πέρσι.",
     [("name", "Μιχάλη"), ("name", "Βούλα"), ("name", "Βούλα η Καραγιάννη")]),
    ("Στείλ' τα στην Εγνατία 112, τρίτος όροφος, Θεσσαλονίκη, 54630.",
     [("address", "Εγνατία 112, τρίτος όροφος, Θεσσαλονίκη, 54630")]),
    ("Το τηλέφωνο του σπιτιού, δύο τρία δέκα, οχτώ τέσσερα, πενήντα δύο, ογδόντα ένα.",
     [("phone", "δύο τρία δέκα, οχτώ τέσσερα, πενήντα δύο, ογδόντα ένα")]),
    ("Θα το στείλω με ΕΛΤΑ, αριθμός αποστολής " + G_TRK + ", φτάνει σε τέσσερις μέρες.", []),
    ("Κατάθεση στον λογαριασμό μου, " + group4(G_I1) + ", στην Εθνική.",
     [("iban", group4(G_I1))]),
    # --- rusk (paximadi) bakery (Cypriot caller)
    ("Καλησπέρα, Φούρνος του Κυριάκου, ο Ντίνος εδώ.", [("name", "Ντίνος")]),
    ("Καλησπέρα Ντίνο, είμαι η Ανδρούλα Χαραλάμπους από τη Λεμεσό, θέλω παξιμάδια για το καφενείο.",
     [("name", "Ντίνο"), ("name", "Ανδρούλα Χαραλάμπους")]),
    ("Το κιλό το κριθαρένιο έχει έξι ευρώ, το χαρουπένιο οχτώ και πενήντα, ελάχιστη παραγγελία είκοσι κιλά.", []),
    ("Η διεύθυνση, Αγίου Ανδρέα 56, διαμέρισμα 3, Λεμεσός 3036",
     [("address", "Αγίου Ανδρέα 56, διαμέρισμα 3, Λεμεσός 3036")]),
    ("Το κινητό μου εν ενενήντα εννιά, πέντε τέσσερα, τριάντα δύο, δεκαεννιά",
     [("phone", "ενενήντα εννιά, πέντε τέσσερα, τριάντα δύο, δεκαεννιά")]),
    ("Στέλνω τα λεφτά από την Τράπεζα Κύπρου, IBAN " + G_I3 + ".",
     [("iban", G_I3)]),
    ("Το φορτηγάκι κατεβαίνει Λεμεσό κάθε Τρίτη και Παρασκευή, γύρω στις έντεκα.", []),
    ("Ευχαριστούμε κυρία Ανδρούλα, καλή συνέχεια.", [("name", "Ανδρούλα")]),
    # --- olive-tree adoption (young Athenian, German caller)
    ("Η υιοθεσία ελιάς κοστίζει εβδομήντα εννιά ευρώ τον χρόνο και παίρνετε πέντε λίτρα λάδι τον Δεκέμβριο.", []),
    ("Γεια σας, είμαι η Ελένη Βασιλείου, θέλω να υιοθετήσω δύο δέντρα για δώρο.",
     [("name", "Ελένη Βασιλείου")]),
    ("το μέιλ μου είναι eleni τελεία vas παπάκι gmail τελεία com",
     [("email", "eleni τελεία vas παπάκι gmail τελεία com")]),
    ("Το δέντρο νούμερο 318 είναι στο κτήμα στην Καλαμάτα, φυτεμένο το 1952.", []),
    ("Hallo, εγώ είμαι ο Jürgen Hoffmann, μιλάω λίγο ελληνικά, θέλω ένα δέντρο.",
     [("name", "Jürgen Hoffmann")]),
    ("My email is juergen dot hoffmann at web dot de", [("email", "juergen dot hoffmann at web dot de")]),
    ("Και ο λογαριασμός μου στη Γερμανία, " + group4(G_I7), [("iban", group4(G_I7))]),
    ("Η συγκομιδή γίνεται Νοέμβριο, οι επισκέψεις στο κτήμα Σάββατο στις δέκα.", []),
]

EL2 = [
    # --- rug cleaning (older Athenian lady)
    ("Το πλύσιμο χαλιού είναι τρία ευρώ το τετραγωνικό, με παραλαβή και παράδοση δωρεάν πάνω από είκοσι τετραγωνικά.", []),
    ("Παιδί μου, η κυρία Κούλα είμαι, η Κούλα η Δημητρίου, από το Παγκράτι.",
     [("name", "Κούλα"), ("name", "Κούλα η Δημητρίου")]),
    ("Υμηττού 84, τέταρτος όροφος, δεν έχουμε ασανσέρ, να ξέρετε, Παγκράτι",
     [("address", "Υμηττού 84, τέταρτος όροφος"), ("address", "Παγκράτι")],
     "Σε ποια διεύθυνση να έρθει το φορτηγάκι, κυρία Δημητρίου;"),
    ("Τα χαλιά θα τα φέρουμε πίσω σε δέκα μέρες, γύρω στις είκοσι Οκτωβρίου, όταν πιάσει ο καιρός.", []),
    ("Το τηλέφωνο; Δύο, ένα, μηδέν, επτά, ένα, τρία, τέσσερα, εννιά, εννιά, δύο.",
     [("phone", "Δύο, ένα, μηδέν, επτά, ένα, τρία, τέσσερα, εννιά, εννιά, δύο")]),
    ("Και του γιου μου το κινητό, του Τάκη, έξι εννιά τέσσερα, πέντε πέντε, ογδόντα, δεκατρία, εβδομήντα",
     [("name", "Τάκη"), ("phone", "έξι εννιά τέσσερα, πέντε πέντε, ογδόντα, δεκατρία, εβδομήντα")]),
    ("Πληρώνω μετρητά στον οδηγό, σαράντα οχτώ ευρώ, σωστά;", []),
    ("Για απόδειξη θέλω ΑΦΜ; Ναι, " + el_say(G_A[1], [3, 3, 3]),
     [("id", el_say(G_A[1], [3, 3, 3]))]),
    # --- sailmaker (island sailor, Cypriot client)
    ("Το καινούργιο τζένοα για σκάφος δέκα μέτρων βγαίνει γύρω στα δύο χιλιάδες τετρακόσια, παράδοση σε έξι εβδομάδες.", []),
    ("Ναι γεια σας, Γιωργάκης Ρούσσος, από το σκάφος Ευδοκία στη μαρίνα Αλίμου.",
     [("name", "Γιωργάκης Ρούσσος")]),
    ("Το σκάφος λέγεται Ευδοκία, δέκα μέτρα, Beneteau του 2008, θέση 14 στη μαρίνα.", []),
    ("Το μέιλ μου, g κάτω παύλα roussos παπάκι yahoo τελεία gr",
     [("email", "g κάτω παύλα roussos παπάκι yahoo τελεία gr")]),
    ("Γεννήθηκα στις 3 Μαΐου 1971, το χρειάζεστε για την ασφάλεια;",
     [("date_of_birth", "3 Μαΐου 1971")]),
    ("Ο λογαριασμός, " + G_I2[:4] + " " + el_say(G_I2[4:11], [3, 4]) + " και μετά " + G_I2[11:],
     [("iban", G_I2[:4] + " " + el_say(G_I2[4:11], [3, 4]) + " και μετά " + G_I2[11:])]),
    ("Καλημέρα, είμαι ο Χαράλαμπος, ο Μπάμπης, από τη Λάρνακα, για τα πανιά του καταμαράν.",
     [("name", "Χαράλαμπος"), ("name", "Μπάμπης")]),
    ("Κάρτα " + group4(G_C2), [("card", group4(G_C2))], "Πώς θα πληρώσετε την προκαταβολή;"),
    ("Το καταμαράν είναι δώδεκα μέτρα, το κύριο πανί εξήντα τετραγωνικά, θέλει ραφή στα δύο σημεία.", []),
    ("Στείλτε τα στη Λάρνακα, Λεωφόρος Αθηνών 14, διαμέρισμα 201, 6022",
     [("address", "Λεωφόρος Αθηνών 14, διαμέρισμα 201, 6022")]),
    # --- shadow puppet theatre (Karagiozis)
    ("Η παράσταση 'Ο Καραγκιόζης Μέγας Αλέξανδρος' είναι Κυριακή στις έξι, εισιτήριο οχτώ ευρώ, παιδιά πέντε.", []),
    ("Για σχολεία κάνουμε και πρωινές, από τριάντα παιδιά και πάνω, τέσσερα ευρώ το παιδί.", []),
    ("Γεια σας, η Φωτεινή Αλεξίου εδώ, δασκάλα από το 12ο Δημοτικό Περιστερίου.",
     [("name", "Φωτεινή Αλεξίου")]),
    ("Είμαστε εξήντα δύο παιδιά και πέντε συνοδοί, για τις 18 Μαρτίου.", []),
    ("Το κινητό μου, εξήντα εννιά, σαράντα δύο, μηδέν μηδέν εφτά, πενήντα οχτώ, τρία",
     [("phone", "εξήντα εννιά, σαράντα δύο, μηδέν μηδέν εφτά, πενήντα οχτώ, τρία")]),
    ("fotini.alexiou@sch.gr", [("email", "fotini.alexiou@sch.gr")], "Το email σας, κυρία Αλεξίου;"),
    ("Εντάξει κυρία Φωτεινή, σας κρατάω τις δέκα και μισή.", [("name", "Φωτεινή")]),
    ("Ο θίασος είναι στην Πλάκα, Τριπόδων 10, απέναντι από το μουσείο.", []),
    # --- trophy engraving (sports club, Thessaloniki)
    ("Τα κύπελλα των τριάντα εκατοστών έχουν δεκαπέντε ευρώ, η χάραξη ένα ευρώ ανά γραμμή.", []),
    ("Θέλουμε είκοσι πέντε μετάλλια για το τουρνουά στις 2 Ιουνίου, ομάδα Κ-12, ΠΑΟΚ Καλαμαριάς.", []),
    ("Λέγομαι Παναγιώτης Τσολάκης, ταμίας του συλλόγου.", [("name", "Παναγιώτης Τσολάκης")]),
    ("ΑΦΜ του συλλόγου δεν έχω εδώ, δώστε το δικό μου, " + G_A[2] + ".",
     [("id", G_A[2])]),
    ("Πληρώνω με την κάρτα μου, " + G_C3[:4] + " " + G_C3[4:8] + ", " + el_say(G_C3[8:], [2, 2, 2, 2]),
     [("card", G_C3[:4] + " " + G_C3[4:8] + ", " + el_say(G_C3[8:], [2, 2, 2, 2]))]),
    ("Παραλαβή από το μαγαζί στην Τσιμισκή, Πέμπτη μετά τις πέντε.", []),
]

EL3 = [
    # --- tahini and halva producer (Lesvos / Cypriot)
    ("Ο χαλβάς με κακάο σε κουτί του κιλού έχει εννιά ευρώ, ο ταχινός ολικής πέντε και ογδόντα το βάζο.", []),
    ("Για χονδρική, από εκατό κιλά και πάνω, έκπτωση δεκαπέντε τοις εκατό, τιμολόγιο με ΦΠΑ 13%.", []),
    ("Εγώ είμαι η Ρένα, η Ειρήνη Κουτσούκου δηλαδή, από το μπακάλικο στη Μυτιλήνη.",
     [("name", "Ρένα"), ("name", "Ειρήνη Κουτσούκου")]),
    ("ΑΦΜ " + el_say(G_A[3][:3]) + ", " + el_say(G_A[3][3:], [2, 2, 2]),
     [("id", el_say(G_A[3][:3]) + ", " + el_say(G_A[3][3:], [2, 2, 2]))],
     "Για το τιμολόγιο χρειάζομαι ΑΦΜ."),
    ("Ερμού 203, Μυτιλήνη, 81100, είναι το μαγαζί στη γωνία",
     [("address", "Ερμού 203, Μυτιλήνη, 81100")],
     "Πού να γίνει η παράδοση;"),
    ("Τραπεζικό, " + group4(G_I4), [("iban", group4(G_I4))], "Σε ποιον λογαριασμό να επιστρέψουμε τα χρήματα;"),
    ("Η παλέτα φεύγει με το πλοίο της Πέμπτης από τον Πειραιά και φτάνει Παρασκευή πρωί.", []),
    ("rena_mpakaliko@hotmail.com, με κάτω παύλα", [("email", "rena_mpakaliko@hotmail.com")]),
    # --- roller-shutter repair (Athens, young man)
    ("Το ρολό στο μπαλκόνι έσπασε το κορδόνι, θέλει αλλαγή ιμάντα, κάνει σαράντα ευρώ με την εργασία.", []),
    ("Ναι, ο Άρης είμαι, Άρης Λαμπρόπουλος, πήρα και χθες.",
     [("name", "Άρης"), ("name", "Άρης Λαμπρόπουλος")]),
    ("Μένω στην Κυψέλη, Φωκίωνος Νέγρη 37, πέμπτος όροφος, κουδούνι Λαμπρόπουλος.",
     [("address", "Κυψέλη, Φωκίωνος Νέγρη 37, πέμπτος όροφος"), ("name", "Λαμπρόπουλος")]),
    ("Ο τεχνικός θα περάσει αύριο μεταξύ εννιά και δώδεκα, σας παίρνει μισή ώρα πριν.", []),
    ("Με κάρτα στο POS του τεχνικού, ή στείλτε μου τον αριθμό: " + G_C4, [("card", G_C4)]),
    ("aris lampro ninety two at gmail dot com, όλα μικρά",
     [("email", "aris lampro ninety two at gmail dot com")]),
    # --- youth orchestra (Cypriot mother, Athenian father)
    ("Οι ακροάσεις για τη νεανική ορχήστρα είναι στις 7 και 8 Σεπτεμβρίου, για παιδιά από δώδεκα έως δεκαοχτώ.", []),
    ("Η συνδρομή είναι εκατόν είκοσι ευρώ το τρίμηνο, οι πρόβες κάθε Σάββατο από τις δέκα ως τη μία.", []),
    ("Καλημέρα, η μητέρα της Μαρίνας Γεωργίου είμαι, παίζει βιολί.", [("name", "Μαρίνας Γεωργίου")]),
    ("Η Μαρίνα γεννήθηκε στις δεκαεφτά του έξι του δύο χιλιάδες δέκα.",
     [("date_of_birth", "δεκαεφτά του έξι του δύο χιλιάδες δέκα")]),
    ("Ημερομηνία γέννησης; Εικοσιπέντε Δεκεμβρίου, ογδόντα ένα.",
     [("date_of_birth", "Εικοσιπέντε Δεκεμβρίου, ογδόντα ένα")]),
    ("Η συναυλία στο Μέγαρο είναι 21 Δεκεμβρίου, στις οχτώ, εισιτήρια από δέκα ευρώ.", []),
    ("Η κάρτα του πατέρα της, " + el_say(G_C5[:8], [2, 2, 2, 2]) + " " + G_C5[8:],
     [("card", el_say(G_C5[:8], [2, 2, 2, 2]) + " " + G_C5[8:])]),
    ("Ο λογαριασμός είναι στην Ελληνική Τράπεζα στην Κύπρο, " + G_I5,
     [("iban", G_I5)]),
    # --- wallpaper shop (Patras)
    ("Η ταπετσαρία βινυλίου έχει είκοσι δύο ευρώ το ρολό, πέντε μέτρα επί πενήντα τρία εκατοστά.", []),
    ("Για ένα δωμάτιο τέσσερα επί τρία θέλετε περίπου οχτώ ρολά, και η τοποθέτηση είναι εκατόν ογδόντα.", []),
    ("Είμαι ο Σπύρος από το κατάστημα στην Κορίνθου, θα σας φέρω δείγματα την Τετάρτη.", [("name", "Σπύρος")]),
    ("Να έρθει στο σπίτι, Αγίου Νικολάου 45, Πάτρα",
     [("address", "Αγίου Νικολάου 45, Πάτρα")]),
    ("Γεννήθηκα 12/03/1984, για την κάρτα πελάτη", [("date_of_birth", "12/03/1984")]),
    ("Ο κωδικός της ταπετσαρίας είναι WP-58821, από τον κατάλογο του 2023, σελίδα 44.", []),
    # --- extra lines across the calls
    ("Η πληρωμή της 15ης Μαρτίου, εβδομήντα εννιά ευρώ, χρεώθηκε δύο φορές στην κάρτα.", []),
    ("Ο αριθμός παραστατικού είναι 4471, ημερομηνία έκδοσης 3 Απριλίου.", []),
    ("Η πτήση A3 7112 για Ηράκλειο φεύγει στις έξι και σαράντα.", []),
    ("Μπορείτε να περάσετε από την Τσιμισκή ή από την Αγίας Σοφίας, είναι δίπλα στο Goody's.", []),
    ("Το λογιστήριο θα σας στείλει την προσφορά ως την Παρασκευή, ισχύει για τριάντα μέρες.", []),
    ("Η εγγύηση είναι δύο χρόνια από την ημερομηνία αγοράς, 14 Ιουλίου 2022.", []),
    ("Το συμβόλαιο ξεκίνησε την 1η Ιανουαρίου 2020 και λήγει σε πέντε χρόνια.", []),
    ("Ο αριθμός παρακολούθησης του δέματος είναι " + not_personal_number("1234 5678 9012 3456") + ".", []),
    ("Θα σας πάρει ο συνάδελφος στις τέσσερις και είκοσι, αν δεν σηκώσετε θα ξαναπάρει τη Δευτέρα.", []),
    ("Ημερομηνία γέννησης, ένα, εννιά, εβδομήντα εννιά. Πρώτη Σεπτεμβρίου.",
     [("date_of_birth", "ένα, εννιά, εβδομήντα εννιά"), ("date_of_birth", "Πρώτη Σεπτεμβρίου")]),
    ("είμαι του ογδόντα εφτά, του Φλεβάρη, εικοσιοχτώ Φλεβάρη",
     [("date_of_birth", "του ογδόντα εφτά, του Φλεβάρη, εικοσιοχτώ Φλεβάρη")],
     "Και η ημερομηνία γέννησης του κατόχου της κάρτας;"),
    ("ΑΦΜ " + G_A[4][:3] + " " + G_A[4][3:6] + " " + G_A[4][6:], [("id", G_A[4][:3] + " " + G_A[4][3:6] + " " + G_A[4][6:])]),
    ("Ο αριθμός φορολογικού μητρώου μου είναι " + el_say(G_A[5]), [("id", el_say(G_A[5]))]),
    ("το αφμ μου " + G_A[6] + " και δου αιγάλεω", [("id", G_A[6])]),
    ("Χρεώστε το στη Visa, " + el_say(G_C6[:4]) + " " + G_C6[4:], [("card", el_say(G_C6[:4]) + " " + G_C6[4:])]),
    ("Mastercard, " + G_C7, [("card", G_C7)], "Τον αριθμό της κάρτας, παρακαλώ;"),
    ("τη δεύτερη κάρτα " + " ".join(G_C8[i:i + 4] for i in range(0, 16, 4)),
     [("card", " ".join(G_C8[i:i + 4] for i in range(0, 16, 4)))]),
    ("Στο IBAN " + G_I6 + " στην Πειραιώς", [("iban", G_I6)]),
    ("Ο λογαριασμός ξεκινάει " + G_I8[:2] + " " + el_say(G_I8[2:4]) + " " + G_I8[4:],
     [("iban", G_I8[:2] + " " + el_say(G_I8[2:4]) + " " + G_I8[4:])]),
    ("Το κινητό είναι συν τριάντα, έξι εννιά εννιά, τέσσερα δύο, εξήντα οχτώ, είκοσι ένα",
     [("phone", "συν τριάντα, έξι εννιά εννιά, τέσσερα δύο, εξήντα οχτώ, είκοσι ένα")]),
    ("Κύπρος, συν τριακόσια πενήντα εφτά, ενενήντα έξι, εκατόν είκοσι, τριάντα τέσσερα, πέντε",
     [("phone", "συν τριακόσια πενήντα εφτά, ενενήντα έξι, εκατόν είκοσι, τριάντα τέσσερα, πέντε")]),
    ("στο μέιλ κυριάκος τελεία πέτρου παπάκι cytanet τελεία com τελεία cy",
     [("email", "κυριάκος τελεία πέτρου παπάκι cytanet τελεία com τελεία cy")]),
    ("Α, και το ΑΦΜ της γυναίκας μου, " + el_say(G_A[7][:5]) + ", " + el_say(G_A[7][5:], [2, 2]),
     [("id", el_say(G_A[7][:5]) + ", " + el_say(G_A[7][5:], [2, 2]))]),
    ("Γεννημένος τριάντα Ιουνίου του εξήντα δύο, συνταξιούχος πια.",
     [("date_of_birth", "τριάντα Ιουνίου του εξήντα δύο")]),
    ("nikos.pap23@gmail.com, νι-γιώτα-κάπα-όμικρον-σίγμα", [("email", "nikos.pap23@gmail.com")],
     "Μου δίνετε ένα email για την επιβεβαίωση;"),
    ("Σταθερό, είκοσι δύο, τριακόσια σαράντα πέντε, εξακόσια εβδομήντα οχτώ, στη Λευκωσία",
     [("phone", "είκοσι δύο, τριακόσια σαράντα πέντε, εξακόσια εβδομήντα οχτώ")]),
    ("Έχουμε τριακόσιες σαράντα παραγγελίες για τα Χριστούγεννα, γι' αυτό αργούμε δύο με τρεις μέρες.", []),
    ("Το κατάστημα στη Λεωφόρο Κηφισίας 250 είναι ανοιχτό Δευτέρα με Σάββατο, εννιά με εννιά.", []),
]

LANGS["el"] = EL1 + EL2 + EL3

if __name__ == "__main__":
    main()
