#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind53".

Written by a helper session working only from a written brief. It never read the
redactor, its rules, its tests or any other evaluation set or generator; the lines are
invented from general knowledge of how people talk on customer-service phone calls,
written as a speech recogniser would transcribe them.

Sectors (insurance brokers, money transfer, legal and paperwork services): probate
genealogists (heir hunters), trademark attorneys, deed-poll / name-change service,
company-formation agents, marine cargo insurance brokers, event-cancellation insurance
brokers, drone insurance brokers, landlord insurance brokers, expat health insurance
brokers, classic-car insurance brokers, currency-exchange bureau with home delivery,
international tuition-payment service, prepaid remittance cards, cash-pickup money
transfer agents, employee tax-refund agencies, driving-licence conversion agents,
power-of-attorney drafting, surety-bond brokers, employment-law firm intake,
birth-certificate retrieval service, property escrow agents, divorce-lawyer intake.

Output: data/redaction/blind53/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end are
BYTE offsets into the UTF-8 encoding of text (end exclusive), computed here by searching
for each span's substring and asserted. "context" (optional) is an earlier line of the
same call. Items with empty spans are non-personal and must come out unchanged.
Deterministic: standard library only, no randomness.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "data", "redaction", "blind53")


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


def luhn(prefix):
    """Complete prefix with a Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "MA": 28, "LB": 28, "KW": 30,
            "QA": 29, "BH": 22, "NL": 18, "ES": 24, "IT": 27}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], (s, len(s))
    return s


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        tot += x if x < 10 else x - 9
    return tot % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm(prefix8):
    for c in "0123456789":
        if afm_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def saudi(prefix9):
    assert prefix9[0] in "12" and len(prefix9) == 9
    return luhn(prefix9)


def ssn_ok(s):
    a, g, n = s.split("-") if "-" in s else (s[:3], s[3:5], s[5:])
    return (len(a) == 3 and a not in ("000", "666") and a[0] != "9" and g != "00"
            and n != "0000")


# ---------------------------------------------------------------- spoken forms
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def words(digits, table, sep=" "):
    return sep.join(table[int(c)] for c in digits if c.isdigit())


def en(digits, oh=False):
    out = words(digits, EN_D)
    return out.replace("zero", "oh") if oh else out


def ar(digits):
    return words(digits, AR_D)


def indic(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def hef(digits):
    return words(digits, HE_F)


def hem(digits):
    return words(digits, HE_M)


def el(digits):
    return words(digits, EL_D)


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return sep.join(out)


# ---------------------------------------------------------------- building
def build(items, lang):
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
            pos, start = -1, -1
            for _ in range(nth + 1):
                start = b.find(sb, pos + 1)
                assert start >= 0, (lang, text, sub)
                pos = start
            if len(sp) <= 2:
                assert b.count(sb) == 1, ("ambiguous span", lang, text, sub)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlap", lang, text)
        if not out:
            check_negative(text, lang)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def check_negative(text, lang):
    """Long numbers in non-personal lines must fail the personal-number checks."""
    t = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    for m in re.finditer(r"\d[\d \-.]*\d", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("negative passes Luhn", lang, text, d)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("negative passes TZ/AFM", lang, text, d)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("negative passes Saudi", lang, text, d)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,34}", t):
        assert not iban_ok(m.group().replace(" ", "").strip()), ("negative IBAN", text)


LANGS = {}


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
        neg = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", neg, "negative,", sum(counts.values()), "spans",
              dict(sorted(counts.items())))


# ==== LANGUAGE DATA BELOW ====


# ---------------------------------------------------------------- English
EN_CARD = [luhn("453201511283036"), luhn("542418730095521"), luhn("37146620558193"),
           luhn("601120457793104"), luhn("353081260417752"), luhn("400012874455"),
           luhn("675940218836104427"), luhn("222360118473902"), luhn("491763420026518")]
EN_IBAN = [iban("GB", "NWBK60245517384902"), iban("IE", "AIBK93115212345678"),
           iban("DE", "370400440532013000"), iban("GB", "BARC20325355728491"),
           iban("IE", "BOFI90001712837465"), iban("NL", "ABNA0417164300"),
           iban("AE", "0260001015382749601"), iban("GB", "HBUK40127631947205")]
EN_SSN = ["523-41-7789", "078-52-1130", "219-44-0637", "401-73-2846", "615-28-4417",
          "342-18-6055"]
assert all(ssn_ok(s) for s in EN_SSN)
EN_AFM = afm("13724958")
EN_IQAMA = saudi("243100587")
EN_TZ = tz("31559274")

EN = [
    # --- probate genealogists (heir hunters), UK
    ("Good morning, Whitcombe and Lane probate research, you're speaking to Harriet, how can I help?",
     [("name", "Harriet")]),
    ("Hiya, yeah, um, I got a letter from you lot about my great-aunt's estate. My name's Bernadette Cole. Well, Bernie.",
     [("name", "Bernadette Cole"), ("name", "Bernie")]),
    ("Yeah it's HL dash 40917, dated the third of February.", []),
    ("Fourteenth of September nineteen sixty-one.",
     [("date_of_birth", "Fourteenth of September nineteen sixty-one")],
     "What's your date of birth?"),
    ("Forty-two Haddon Road, Sheffield, S7 1QD.",
     [("address", "Forty-two Haddon Road, Sheffield, S7 1QD")],
     "and the first line of your address and postcode please"),
    ("Right so the estate of your late great-aunt, who died in Doncaster in March 2023, the net estate is about 212,000 pounds.",
     []),
    ("Our fee is 18 percent plus VAT, and that's only payable if we recover anything for you.", []),
    ("It's " + " ".join(EN_IBAN[0][:8]) + " " + en(EN_IBAN[0][8:]) + ".",
     [("iban", " ".join(EN_IBAN[0][:8]) + " " + en(EN_IBAN[0][8:]))]),
    # --- trademark attorney, US
    ("Thank you for calling Prescott Vail trademark counsel, who am I speaking with?", []),
    ("Hi, this is Marisol Ochoa, I own a hot sauce company called Lava Abuela.",
     [("name", "Marisol Ochoa")]),
    ("Yes, and also the logo. Somebody in Tucson is selling Lava Abuelita and it's really close.", []),
    ("The filing fee is 350 dollars per class with the USPTO and our flat fee is 1,200.", []),
    ("Your serial number once it's filed will be eight digits, something like 97 nine four one two eight eight, that's how you'll track it.",
     []),
    ("Cell is five two zero, five five five, zero one four seven.",
     [("phone", "five two zero, five five five, zero one four seven")],
     "What's the best callback number for you?"),
    ("marisol at lavaabuela dot com, no capitals",
     [("email", "marisol at lavaabuela dot com")]),
    (f"ok it's {grp(EN_CARD[2], (4, 6, 5))} expires oh four twenty-seven",
     [("card", grp(EN_CARD[2], (4, 6, 5)))]),
    ("Got it, I'm reading back " + en(EN_CARD[2][:4]) + ", and the last five are " + en(EN_CARD[2][-5:]) + "?",
     [("card", en(EN_CARD[2][:4])), ("card", en(EN_CARD[2][-5:]))]),
    # --- deed-poll / name change, UK, Nigerian caller
    ("Good afternoon. I want to change my surname after my marriage. My name is Oluwaseun Adebayo-Williams, but I want only Williams now.",
     [("name", "Oluwaseun Adebayo-Williams")]),
    ("No problem Oluwaseun, did I say that right?", [("name", "Oluwaseun")]),
    ("Yes you did, but everybody calls me Seun.", [("name", "Seun")]),
    ("The enrolled deed poll is 42 pounds 44, the unenrolled one is 15 pounds, and we post three certified copies.",
     []),
    ("It's the 2nd of November, 1990.", [("date_of_birth", "2nd of November, 1990")],
     "the Royal Courts of Justice need your date of birth as it will appear on the deed."),
    ("Flat 6, Kingsbury Court, 118 Edgware Road, London NW9 6LR.",
     [("address", "Flat 6, Kingsbury Court, 118 Edgware Road, London NW9 6LR")],
     "And where should we post the copies to?"),
    ("No, it's opposite the Esso garage.", []),
    ("Your order number is DP 5518230, it should arrive in three to five working days.", []),
    # --- marine cargo insurance broker, Indian caller
    ("Good evening, Harbourline Marine brokers, my name is Priyanka, how may I assist?",
     [("name", "Priyanka")]),
    ("Hello madam, this is Venkatesh Subramanian calling from Chennai, regarding our container of granite slabs.",
     [("name", "Venkatesh Subramanian")]),
    ("Yes sir, I have the open cover here. Which shipment is it?", []),
    ("Bill of lading MSKU 7730512, forty-foot container, sailing on the 18th from Chennai to Felixstowe.", []),
    ("The declared value is 64,500 dollars, so at 0.35 percent the premium is 225 dollars 75.", []),
    ("Okay, fine. Please send the certificate to my mail, v dot subramanian at stonexport dot co dot in.",
     [("email", "v dot subramanian at stonexport dot co dot in")]),
    ("Plus nine one, nine eight four four zero, double two seven one three.",
     [("phone", "Plus nine one, nine eight four four zero, double two seven one three")]),
    ("The vessel is the Maersk Kendal, voyage 318W, ETA Felixstowe 9th of May.", []),
    # --- event-cancellation (wedding) insurance broker, Irish
    ("Hi there, Aisling here from Veil and Vow wedding insurance, is that Ciarán?",
     [("name", "Aisling"), ("name", "Ciarán")]),
    ("It is yeah, Ciarán Ó Dónaill, I'm ringing about the policy for the wedding in Kenmare.",
     [("name", "Ciarán Ó Dónaill")]),
    ("Grand. So the venue is the Park Hotel, Saturday the 21st of June, 140 guests?", []),
    ("Yeah, and the band cancelled on us so we paid a deposit of two and a half grand to a new one.", []),
    ("Right, the supplier failure cover is up to 5,000 euro with a 100 euro excess.", []),
    ("Thirtieth of the first, eighty-eight.", [("date_of_birth", "Thirtieth of the first, eighty-eight")],
     "For the claim I need your date of birth as the policyholder."),
    (f"I E {EN_IBAN[1][2:4]}, A I B K, {grp(EN_IBAN[1][8:], (4, 4, 4, 2))}",
     [("iban", f"I E {EN_IBAN[1][2:4]}, A I B K, {grp(EN_IBAN[1][8:], (4, 4, 4, 2))}")]),
    ("oh eight seven, two two one, four nine oh six",
     [("phone", "oh eight seven, two two one, four nine oh six")],
     "Can you give me a number I'd get you on during the day?"),
]
LANGS["en"] = EN


EN += [
    # --- drone insurance broker, Australian
    ("Hey, it's Shazza here, Sharon Pappas, I do real estate photography up in Cairns.",
     [("name", "Shazza"), ("name", "Sharon Pappas")]),
    ("Yeah two of 'em, about four grand each, and I need ten million public liability for CASA.", []),
    ("That's 89 dollars a month, or 960 for the year paid up front.", []),
    ("Annual's fine. Card's a Mastercard, " + grp(EN_CARD[1], (4, 4, 4, 4)) + ".",
     [("card", grp(EN_CARD[1], (4, 4, 4, 4)))]),
    ("oh four one two, three four five, six seven eight",
     [("phone", "oh four one two, three four five, six seven eight")],
     "And a mobile for the policy?"),
    ("Your remote pilot licence number is ARN 1048823, is that right?", []),
    ("Email for the schedule, shazza underscore snaps at bigpond dot com.",
     [("email", "shazza underscore snaps at bigpond dot com")]),
    # --- landlord insurance broker, UK
    ("Hello, you're through to Keyholder landlord insurance, I'm Gemma.", [("name", "Gemma")]),
    ("Hi, Rajinder Sohal here, I've got a new tenant moving in on the 1st and need the policy updated.",
     [("name", "Rajinder Sohal")]),
    ("Twenty-three B Milton Street, Leicester, LE2 3HP, it's the top floor flat.",
     [("address", "Twenty-three B Milton Street, Leicester, LE2 3HP, it's the top floor flat")],
     "Okay Mr Sohal, which property is it?"),
    ("Rent is 875 a month so the rent guarantee cover would be 12 months up to 10,500.", []),
    ("fifth of may nineteen seventy", [("date_of_birth", "fifth of may nineteen seventy")],
     "And just for security, your own date of birth?"),
    ("Lovely, the renewal is the 14th of August and the premium goes up to 312 pounds 60.", []),
    # --- currency exchange with home delivery, UK
    ("Sterling Courier Currency, good morning, are you ordering or tracking?", []),
    ("Ordering. I need 1,500 euros and 800 Swiss francs for next Thursday. Name is Penelope Hart-Dyke.",
     [("name", "Penelope Hart-Dyke")]),
    ("The rate today is 1.1642 so the euros come to 1,288 pounds 44.", []),
    ("The Old Rectory, Church Lane, Little Wittenham, Abingdon, O X fourteen, four R A.",
     [("address", "The Old Rectory, Church Lane, Little Wittenham, Abingdon, O X fourteen, four R A")],
     "And it'll be delivered by special delivery, signed for, to which address?"),
    ("Four nine one seven, " + ", ".join(en(EN_CARD[8][i:i + 4], oh=True) for i in (4, 8, 12)) + ".",
     [("card", "Four nine one seven, " + ", ".join(en(EN_CARD[8][i:i + 4], oh=True) for i in (4, 8, 12)))]),
    ("Delivery slot is 8am to 1pm, your tracking number is SC 20 44 913 70.", []),
    # --- international tuition payment service, Nigerian student
    ("Welcome to EduRemit, my name is Folake, may I have your full name please?", [("name", "Folake")]),
    ("Good morning ma, I am Chukwuemeka Nwosu, I want to pay my tuition to University of Leeds.",
     [("name", "Chukwuemeka Nwosu")]),
    ("Yes, the university account IBAN is on the invoice but the student ID is 201788459.", []),
    ("Yes, twenty-third of April two thousand and three.",
     [("date_of_birth", "twenty-third of April two thousand and three")],
     "For compliance I need the payer's date of birth, that's you?"),
    ("it is my uncle's account in germany no sorry it is my own account " + group4(EN_IBAN[2]),
     [("iban", group4(EN_IBAN[2]))]),
    ("Plus two three four, eight zero three, five five five, zero one nine two",
     [("phone", "Plus two three four, eight zero three, five five five, zero one nine two")],
     "And your WhatsApp number?"),
    ("email is emeka.nwosu2003@yahoo.com", [("email", "emeka.nwosu2003@yahoo.com")]),
    # --- cash-pickup money transfer, US
    ("Yes, Rosalinda Dimaculangan. I'm sending to my mother in Batangas.",
     [("name", "Rosalinda Dimaculangan")]),
    ("Okay, you're sending 2,800 dollars, the fee is 4.99 and she receives 157,220 pesos.", []),
    ("five two three, four one, seven seven eight nine",
     [("id", "five two three, four one, seven seven eight nine")],
     "Because it's over 2,000 I need your Social Security number."),
    ("4417 West Palmaire Avenue, apartment 12, Phoenix, Arizona 85051",
     [("address", "4417 West Palmaire Avenue, apartment 12, Phoenix, Arizona 85051")],
     "And your home address on file?"),
    ("Your MTCN is 884 201 3376, she can pick it up at any Cebuana branch after two hours.", []),
    # --- surety bond broker, US contractor
    ("Hey, Dewayne Boudreaux with Boudreaux Concrete, I need a performance bond for a city job, 1.2 million.",
     [("name", "Dewayne Boudreaux")]),
    ("Yeah it's 401 73 2846.", [("id", "401 73 2846")],
     "can I get your SSN?"),
    ("Her social is six one five, two eight, four four one seven. Date of birth eleven seven seventy-nine.",
     [("id", "six one five, two eight, four four one seven"), ("date_of_birth", "eleven seven seventy-nine")]),
    ("The rate on the first 500K is 2.5 percent, so ballpark 24,000 dollars premium.", []),
    ("Send the indemnity agreement to dewayne at boudreauxconcrete dot net.",
     [("email", "dewayne at boudreauxconcrete dot net")]),
]


EN += [
    # --- PAYE tax-refund agency, Ireland
    ("Refund Rangers, are you calling about a claim?", []),
    ("i am yeah my name is padraig but everyone calls me podge murtagh",
     [("name", "padraig"), ("name", "podge murtagh")]),
    ("We've found you're owed about 1,140 euro back for 2021 to 2024, medical expenses and the flat rate expenses for nurses.", []),
    ("IE" + EN_IBAN[4][2:4] + " BOFI " + grp(EN_IBAN[4][8:], (6, 8)) + ", that's Bank of Ireland in Mullingar",
     [("iban", "IE" + EN_IBAN[4][2:4] + " BOFI " + grp(EN_IBAN[4][8:], (6, 8)))]),
    ("and my email is p murtagh 77 at eircom dot net, murtagh is m u r t a g h",
     [("email", "p murtagh 77 at eircom dot net"), ("email", "m u r t a g h")]),
    ("Oh eight five, double one four, seven seven two six.",
     [("phone", "Oh eight five, double one four, seven seven two six")], "Grand, and a mobile? oh eight five?"),
    ("The refund usually lands within 5 working days of Revenue issuing it, so around the 12th.", []),
    # --- expat health insurance broker
    ("Meridian Expat Health, good afternoon. Are you calling about the family plan quote?", []),
    ("Yes, I'm Stavros Kalogeropoulos, I'm moving to Dubai but my tax residence stays in Greece.",
     [("name", "Stavros Kalogeropoulos")]),
    ("For the Greek tax receipt the insurer needs your AFM, the Greek tax number.", []),
    ("Sure, it's " + grp(EN_AFM, (3, 3, 3)) + ".", [("id", grp(EN_AFM, (3, 3, 3)))],
     "For the Greek tax receipt the insurer needs your AFM, the Greek tax number."),
    ("My wife was born on the 9th of July 1985 and I was born 17 March 1982.",
     [("date_of_birth", "9th of July 1985"), ("date_of_birth", "17 March 1982")]),
    ("The Gold plan is 14,880 dirhams a year with a 500 dirham deductible, Silver is 9,350.", []),
    ("Villa 27, Street 4b, Al Barsha 2, Dubai.", [("address", "Villa 27, Street 4b, Al Barsha 2, Dubai")],
     "For the UAE visa medical section I also need your Emirates address, if you have one yet."),
    ("plus nine seven one, fifty, two three four, five six seven eight",
     [("phone", "plus nine seven one, fifty, two three four, five six seven eight")], "And the UAE mobile?"),
    ("hello I'm calling from Riyadh, my iqama number is " + en(EN_IQAMA) + ", I want to add my son to my policy",
     [("id", en(EN_IQAMA))]),
    ("Refund of the old policy should go to my account in Emirates NBD, " + group4(EN_IBAN[6]),
     [("iban", group4(EN_IBAN[6]))]),
    # --- company-formation agent
    ("Formations Direct, Ben speaking, how can I help?", []),
    ("Hi, I'm Noa Ben-Shimol, I'm opening a UK limited company but I live in Tel Aviv.",
     [("name", "Noa Ben-Shimol")]),
    ("The package is 79 pounds plus the registered office at 129 a year.", []),
    ("it's " + EN_TZ[:3] + " " + EN_TZ[3:6] + " " + EN_TZ[6:] + " yeah nine digits",
     [("id", EN_TZ[:3] + " " + EN_TZ[3:6] + " " + EN_TZ[6:])],
     "Companies House needs a passport or national ID number. The Israeli ID is fine."),
    ("My service address is Rehov Dizengoff 211, apartment 9, Tel Aviv, 6311701.",
     [("address", "Rehov Dizengoff 211, apartment 9, Tel Aviv, 6311701")]),
    ("Company number will be eight digits, like 15583027, you'll get it in 24 hours.", []),
    ("For the fee I'll pay with Amex, no sorry, Visa: " + en(EN_CARD[0]) + ".",
     [("card", en(EN_CARD[0]))]),
    # --- employment-law firm intake, UK
    ("Okay so you were dismissed on the 28th of February after nine years, and the ACAS early conciliation number is R 104 822 / 25 / 31?", []),
    ("Yes. And my details, my date of birth is 03/06/1974, phone 07700 900 418.",
     [("date_of_birth", "03/06/1974"), ("phone", "07700 900 418")]),
    ("home address is 9 Birchfield Close, Walsall, WS5 3JN",
     [("address", "9 Birchfield Close, Walsall, WS5 3JN")]),
    ("The consultation is free, then it's 195 pounds an hour or 30 percent on a no-win-no-fee basis.", []),
    ("If you want the hourly option we take a 500 pound deposit, I can do that by card.", []),
    ("Go on then. " + grp(EN_CARD[7], (4, 4, 4, 4), "-") + ", expiry 09/27, CVV 4 1 9.",
     [("card", grp(EN_CARD[7], (4, 4, 4, 4), "-"))]),
    ("Sorry, I'm actually in the Chicago office now, so my Social is " + EN_SSN[2] + ".",
     [("id", EN_SSN[2])]),
    # --- classic-car insurance broker, US/UK
    ("Heritage Motor Policies. Is the car a 1967 Jaguar E-Type, agreed value 85,000?", []),
    ("Yes. Can you email the proof to gordon dot mcfee 1952 at btinternet dot com?",
     [("email", "gordon dot mcfee 1952 at btinternet dot com")]),
    ("And pay the premium of 640 pounds from my account, GB" + EN_IBAN[3][2:4] + " BARC " + grp(EN_IBAN[3][8:], (6, 8)) + ".",
     [("iban", "GB" + EN_IBAN[3][2:4] + " BARC " + grp(EN_IBAN[3][8:], (6, 8)))]),
    ("ok and for the US policy on the Mustang the new SSN is three four two dash one eight dash six oh five five",
     [("id", "three four two dash one eight dash six oh five five")]),
    ("payment card for that one is " + grp(EN_CARD[3], (4, 4, 4, 4)) + " and card for the deposit " + grp(EN_CARD[4], (4, 4, 4, 4)),
     [("card", grp(EN_CARD[3], (4, 4, 4, 4))), ("card", grp(EN_CARD[4], (4, 4, 4, 4)))]),
    ("Thank you. If you need anything else ring the usual number and quote policy HMP 7720 5519 03.", []),
]


EN += [
    # --- property escrow agent, UK buyer abroad
    ("The completion monies, 38,400 pounds, go into our client account by the 30th, reference ESC 7715.", []),
    ("If the purchase falls through the deposit goes back to me, my account is " + " ".join(EN_IBAN[7][:4]) + " " + grp(EN_IBAN[7][4:], (4, 6, 8)) + ".",
     [("iban", " ".join(EN_IBAN[7][:4]) + " " + grp(EN_IBAN[7][4:], (4, 6, 8)))]),
    ("and it's in my name, Temitope Alade, Tope for short, A L A D E.",
     [("name", "Temitope Alade"), ("name", "Tope"), ("name", "A L A D E")]),
    ("My Dutch account for the balance is " + EN_IBAN[5][:4] + " " + EN_IBAN[5][4:8] + " " + EN_IBAN[5][8:] + ", um, yeah.",
     [("iban", EN_IBAN[5][:4] + " " + EN_IBAN[5][4:8] + " " + EN_IBAN[5][8:])]),
]


# ---------------------------------------------------------------- Arabic
AR_CARD = [luhn("458961204473015"), luhn("552733018846291"), luhn("440647715320983"),
           luhn("37625540918273"), luhn("535522901764408"), luhn("412345600987123"),
           luhn("220412773350461"), luhn("4750228719034")]
AR_IBAN = [iban("SA", "80000000608010167519"), iban("AE", "0330001234567890123"),
           iban("EG", "0019000500000000263180002"), iban("JO", "CBJO0010000000000131000302"),
           iban("MA", "011519000001205000534921"), iban("SA", "15000000213846071933"),
           iban("QA", "QNBA000000000712849351011"), iban("DE", "500105175419873022")]
AR_ID = [saudi("104937265"), saudi("227481093"), saudi("113305847"), saudi("239018476"),
         saudi("108722391"), tz("20331846")]

AR = [
    # --- cash-pickup money transfer, Egyptian caller in Kuwait
    ("أهلاً بحضرتك في الصقر للتحويلات، معاك منة، أقدر أساعد حضرتك إزاي؟", [("name", "منة")]),
    ("أيوه يا فندم، أنا محمود عبد الحميد، عايز أبعت فلوس لأمي في المنيا.",
     [("name", "محمود عبد الحميد")]),
    ("تمام يا أستاذ محمود، المبلغ كام؟", [("name", "محمود")]),
    ("مية وخمسين دينار، وهي تستلم كاش من الفرع اللي جنب المحطة.", []),
    ("الرسوم دينار ونص، وسعر الصرف النهارده ١٥٨ جنيه للدينار، يعني هتستلم حوالي ٢٣ ألف و٧٠٠ جنيه.", []),
    ("اكتب يا فندم صفر عشرة، " + ar("06441") + "، " + ar("2873"),
     [("phone", "صفر عشرة، " + ar("06441") + "، " + ar("2873"))],
     "ممكن رقم موبايل الوالدة عشان يوصلها الكود؟"),
    ("+965 6618 2047", [("phone", "+965 6618 2047")], "ورقمك انت في الكويت؟"),
    ("رقم الحوالة بتاعك ٤٨٢٠٠٣١٧٥٦، وتقدر تتابعها على التطبيق.", []),
    ("اه، " + grp(AR_CARD[0], (4, 4, 4, 4)) + "، تاريخ الانتهاء ٠٨/٢٨",
     [("card", grp(AR_CARD[0], (4, 4, 4, 4)))], "والدفع هيبقى بالكارت؟ قولي الرقم لو سمحت."),
    # --- marine cargo insurance broker, Jeddah (Gulf)
    ("مرحبا، وساطة البحر الأحمر لتأمين الشحن، معك ريم.", [("name", "ريم")]),
    ("هلا، أنا فيصل القحطاني، عندي شحنة تمور رايحة ميناء الإسكندرية وأبي أأمن عليها.",
     [("name", "فيصل القحطاني")]),
    ("أبشر يا أبو عبدالله، كم قيمة الشحنة؟", []),
    ("تقريباً مية وعشرين ألف ريال، حاويتين أربعين قدم، تطلع السبت الجاي.", []),
    ("نسبة القسط صفر فاصلة أربعة بالمية، يعني أربعمية وثمانين ريال، وبوليصة الشحن رقم MEDU 4417209.", []),
    ("واحد صفر أربعة تسعة، ثلاثة سبعة، اثنين ستة خمسة " + ar(AR_ID[0][-1]),
     [("id", "واحد صفر أربعة تسعة، ثلاثة سبعة، اثنين ستة خمسة " + ar(AR_ID[0][-1]))],
     "عشان نصدر الوثيقة باسمك نحتاج رقم الهوية الوطنية."),
    ("حسابي في الراجحي، الآيبان " + group4(AR_IBAN[0]),
     [("iban", group4(AR_IBAN[0]))], "وإذا صار تعويض نحوله على أي حساب؟"),
    ("faisal.q88 at outlook dot sa، فيصل بالإنجليزي f a i s a l",
     [("email", "faisal.q88 at outlook dot sa"), ("email", "f a i s a l")], "وإيميلك عشان نرسل لك الوثيقة؟"),
    # --- inheritance division lawyer, Amman (Levantine)
    ("مكتب المحامي خالد الزعبي، مرحبا.", []),
    ("مرحبا، معك ليلى، ليلى حدّاد، بدي أستفسر عن حصر الإرث تبع بيت جدي.",
     [("name", "ليلى", 0), ("name", "ليلى حدّاد")]),
    ("أهلين ست ليلى، الأتعاب ثلاثمية دينار، والرسوم بالمحكمة الشرعية حوالي خمسة وعشرين دينار.",
     [("name", "ليلى")]),
    ("طيب، والمعاملة بتاخد قديش؟ لأنه في إلنا أرض بمادبا كمان.", []),
    ("بين أسبوعين لشهر، وبنحتاج صورة هويتك وتاريخ ميلادك.", []),
    ("مواليد سبعة وعشرين شباط تسعة وثمانين", [("date_of_birth", "سبعة وعشرين شباط تسعة وثمانين")],
     "وبنحتاج صورة هويتك وتاريخ ميلادك."),
    ("جبل عمان، الدوار الثالث، شارع الأمير محمد، عمارة ١٤، الطابق الثاني",
     [("address", "جبل عمان، الدوار الثالث، شارع الأمير محمد، عمارة ١٤، الطابق الثاني")], "وعنوانك للتبليغات؟"),
    ("صفر سبعة تسعة، خمسة خمسة، ٠١٢، ٣٤٨", [("phone", "صفر سبعة تسعة، خمسة خمسة، ٠١٢، ٣٤٨")],
     "ورقم تلفونك لو سمحتي؟"),
    ("وإذا في مبالغ من الورثة بتتحول على حسابي: " + " ".join(AR_IBAN[3][:4]) + " " + AR_IBAN[3][4:],
     [("iban", " ".join(AR_IBAN[3][:4]) + " " + AR_IBAN[3][4:])]),
    # --- trademark agent, Casablanca (Darija / French)
    ("Allo، مكتب أطلس للملكية الصناعية، معاك ياسين.", [("name", "ياسين")]),
    ("السلام، أنا سميرة بنعلي، بغيت نسجل la marque ديال الصابون ديالي عند OMPIC.",
     [("name", "سميرة بنعلي")]),
    ("مرحبا لالة سميرة، التسجيل فيه ألف وخمسمية درهم للصنف الأول، وكل صنف زايد ميتين درهم.",
     [("name", "سميرة")]),
    ("واخا، والمدة شحال؟", []),
    ("تقريبا ستة شهور، والحماية عشر سنين قابلة للتجديد.", []),
    ("samira point benali arobase gmail point com",
     [("email", "samira point benali arobase gmail point com")], "عطيني الإيميل ديالك عافاك."),
    ("زنقة الحرية، رقم ٣٢، الطابق الثالث، الشقة ٩، الدار البيضاء ٢٠٠٢٠",
     [("address", "زنقة الحرية، رقم ٣٢، الطابق الثالث، الشقة ٩، الدار البيضاء ٢٠٠٢٠")], "والعنوان ديال الشركة؟"),
    ("والتيليفون: زيرو ستة، واحد اثنين، أربعة خمسة، ستة سبعة، ثمانية تسعة",
     [("phone", "زيرو ستة، واحد اثنين، أربعة خمسة، ستة سبعة، ثمانية تسعة")]),
    ("الدفع بالتحويل على الحساب ديالنا ولا بالكارط؟", []),
    ("غادي نخلص بالكارط: " + AR_CARD[1],
     [("card", AR_CARD[1])]),
    ("رقم الملف ديالك هو ٢٠٢٤٠٠٧٣١٥، غادي نصيفطو ليك الوصل.", []),
]
LANGS["ar"] = AR


AR += [
    # --- international tuition-payment service, Jordanian student in Germany
    ("شركة دفع الرسوم الدراسية الدولية، معك هبة، كيف بقدر أساعدك؟", [("name", "هبة")]),
    ("هاي، أنا عمر النابلسي، بدي أدفع رسوم الفصل لجامعة آخن.", [("name", "عمر النابلسي")]),
    ("أهلا، الرسوم ٣١٢ يورو للفصل الصيفي، والعمولة عنا ١٢ يورو.", []),
    ("تمام، بس الجامعة بعتتلي الفاتورة برقم طالب ٤٠٨٨١٢٧، لازم أكتبه بالمرجع؟", []),
    ("أكيد، وكمان بدنا تاريخ ميلاد الطالب للتحقق.", []),
    ("٣ / ١١ / ٢٠٠١", [("date_of_birth", "٣ / ١١ / ٢٠٠١")], "وكمان بدنا تاريخ ميلاد الطالب للتحقق."),
    ("ولو رجعت المصاري بتنزل على حسابي بألمانيا، الآيبان DE " + AR_IBAN[7][2:4] + " " + grp(AR_IBAN[7][4:], (4, 4, 4, 4, 2)),
     [("iban", "DE " + AR_IBAN[7][2:4] + " " + grp(AR_IBAN[7][4:], (4, 4, 4, 4, 2)))]),
    ("والإيميل omar underscore nabulsi at web dot de",
     [("email", "omar underscore nabulsi at web dot de")]),
    ("زيرو واحد خمسة سبعة، اثنين ثلاثة، أربعة خمسة ستة، صفر ثمانية",
     [("phone", "زيرو واحد خمسة سبعة، اثنين ثلاثة، أربعة خمسة ستة، صفر ثمانية")], "ورقمك الألماني؟"),
    ("التحويل بيوصل خلال يومين عمل، يعني قبل الخامس عشر من الشهر.", []),
    # --- wedding-hall cancellation insurance broker, Egyptian
    ("وسيط تأمين الأفراح، صباح الخير، معاك كريم.", [("name", "كريم")]),
    ("صباح النور، أنا نرمين سامي، الفرح اتلغى بسبب الوفاة وعايزة أعمل مطالبة.",
     [("name", "نرمين سامي")]),
    ("البقاء لله يا مدام نرمين. الفرح كان يوم الخميس ٢٠ يونيو في قاعة الماسة؟",
     [("name", "نرمين")]),
    ("أيوه، ودفعنا للقاعة خمسة وتمانين ألف جنيه، والدي جي عشرة آلاف.", []),
    ("الوثيقة بتغطي لحد مية ألف، بعد خصم التحمل خمسة آلاف.", []),
    ("تسعتاشر أغسطس سنة ستة وتسعين", [("date_of_birth", "تسعتاشر أغسطس سنة ستة وتسعين")],
     "محتاج تاريخ ميلادك زي ما هو في البطاقة."),
    ("والعنوان؟", []),
    ("١٢ شارع عباس العقاد، الدور الخامس، شقة ٥٢، مدينة نصر، القاهرة",
     [("address", "١٢ شارع عباس العقاد، الدور الخامس، شقة ٥٢، مدينة نصر، القاهرة")], "والعنوان؟"),
    ("الـ IBAN بتاعي " + indic(AR_IBAN[2][2:]).join(["EG", ""]),
     [("iban", "EG" + indic(AR_IBAN[2][2:]))], "والتعويض يتحول على أنهي حساب؟"),
    ("رقم المطالبة WC-2291-7 وهنرد عليكي خلال ١٠ أيام عمل.", []),
    # --- drone insurance broker, UAE (MSA-leaning)
    ("شكراً لاتصالك بوسيط تأمين الطائرات المسيّرة، معك شيخة.", [("name", "شيخة")]),
    ("السلام عليكم، معك راشد بن حميد المهيري، أشتغل تصوير جوي للفعاليات.",
     [("name", "راشد بن حميد المهيري")]),
    ("وعليكم السلام أستاذ راشد، كم طائرة عندك؟", [("name", "راشد")]),
    ("ثلاث طائرات، موديل ماتريس ٣٥٠ وقيمتها حوالي ستين ألف درهم.", []),
    ("التأمين الشامل مع المسؤولية تجاه الغير بأربعة آلاف وثلاثمية درهم سنوياً.", []),
    ("تمام، ابعتوا العرض على rashid.aerial@gmail.com", [("email", "rashid.aerial@gmail.com")]),
    ("صفر خمسة خمسة، سبعمية وأربعة وعشرين، ثلاثة واحد تسعة ستة",
     [("phone", "صفر خمسة خمسة، سبعمية وأربعة وعشرين، ثلاثة واحد تسعة ستة")], "والرقم المتحرك للتواصل؟"),
    ("القسط يخصم من حساب الشركة " + AR_IBAN[1],
     [("iban", AR_IBAN[1])]),
    ("وإذا دفعت بالبطاقة: " + ar(AR_CARD[2][:4]) + " " + ar(AR_CARD[2][4:8]) + " " + AR_CARD[2][8:12] + " " + AR_CARD[2][12:],
     [("card", ar(AR_CARD[2][:4]) + " " + ar(AR_CARD[2][4:8]) + " " + AR_CARD[2][8:12] + " " + AR_CARD[2][12:])]),
    ("رقم الوثيقة DRN-40-88127 تصلك خلال ٤٨ ساعة.", []),
]


AR_IBAN_IL = iban("IL", "0108000000052937460")
AR += [
    # --- company-formation agent, Riyadh (Gulf)
    ("مكتب تأسيس الشركات، تفضل.", []),
    ("أبغى أفتح مؤسسة فردية، وشريكي مقيم، كم التكلفة؟", []),
    ("الباقة بثلاثة آلاف وخمسمية ريال شاملة السجل التجاري، والرسوم الحكومية لحالها.", []),
    ("طيب سجل عندك رقم هويتي " + grp(AR_ID[2], (1, 3, 3, 3)),
     [("id", grp(AR_ID[2], (1, 3, 3, 3)))]),
    ("وإقامة شريكي أحمد: اثنين ثلاثة تسعة، صفر واحد ثمانية، أربعة سبعة ستة " + ar(AR_ID[3][-1]),
     [("id", "اثنين ثلاثة تسعة، صفر واحد ثمانية، أربعة سبعة ستة " + ar(AR_ID[3][-1]))]),
    ("لحظة، أعيد: اثنين ثلاثة تسعة صفر واحد ثمانية... كمل؟", [("id", "اثنين ثلاثة تسعة صفر واحد ثمانية")]),
    ("أربعة سبعة ستة " + ar(AR_ID[3][-1]) + ". وهو من مواليد ١٤٠٨/٠٣/١٢ هجري",
     [("id", "أربعة سبعة ستة " + ar(AR_ID[3][-1])), ("date_of_birth", "١٤٠٨/٠٣/١٢ هجري")]),
    ("وفيه شريك ثالث إقامته " + indic(AR_ID[1]), [("id", indic(AR_ID[1]))]),
    ("الإيميل الرسمي info at نخبة ... لا لا، خله إيميلي الشخصي: m.alotaibi95 at hotmail dot com",
     [("email", "m.alotaibi95 at hotmail dot com")]),
    ("السجل يطلع خلال ثلاثة أيام عمل، ورقم الطلب ٧٧٠٤٥١٢.", []),
    # --- currency exchange with home delivery, Dubai
    ("هلا، صرافة التوصيل، أبي مية ألف روبية هندية وألف دولار، توصلوني اليوم؟", []),
    ("إذا الطلب قبل الساعة ثنتين نوصل نفس اليوم. السعر ٣٫٦٧ درهم للدولار.", []),
    ("الجميرا ثلاثة، شارع ٢٢ ب، فيلا رقم ٩، جنب مسجد الفاروق",
     [("address", "الجميرا ثلاثة، شارع ٢٢ ب، فيلا رقم ٩")], "عطني العنوان يا الغالي."),
    ("والدفع بالبطاقة عند التوصيل ولا الحين؟ إذا الحين عطني الرقم.", []),
    ("الحين، " + indic(grp(AR_CARD[4], (4, 4, 4, 4))),
     [("card", indic(grp(AR_CARD[4], (4, 4, 4, 4))))], "إذا الحين عطني الرقم."),
    ("والمندوب يتصل على أي رقم؟", []),
    ("plus 971 50 318 4472", [("phone", "plus 971 50 318 4472")], "والمندوب يتصل على أي رقم؟"),
    # --- power-of-attorney drafting, Egyptian
    ("مكتب التوكيلات، إزيك يا فندم.", []),
    ("عايزة أعمل توكيل عام لأخويا عشان يبيع الشقة وأنا مسافرة.", []),
    ("التوكيل الرسمي العام في الشهر العقاري رسومه حوالي ٣٥٠ جنيه، وأتعابنا ٨٠٠.", []),
    ("محتاجين بيانات الموكل والوكيل. تاريخ ميلاد حضرتك؟", []),
    ("واحد وتلاتين ديسمبر تمانين", [("date_of_birth", "واحد وتلاتين ديسمبر تمانين")],
     "محتاجين بيانات الموكل والوكيل. تاريخ ميلاد حضرتك؟"),
    ("وأخويا مواليد ٥-٥-١٩٧٧", [("date_of_birth", "٥-٥-١٩٧٧")]),
    ("عمارة ٧ ب، شارع مكرم عبيد، متفرع من عباس العقاد، الدور التالت",
     [("address", "عمارة ٧ ب، شارع مكرم عبيد، متفرع من عباس العقاد، الدور التالت")], "وعنوان الشقة اللي هتتباع؟"),
    ("وهدفع العربون بالفيزا: " + ar(AR_CARD[5]), [("card", ar(AR_CARD[5]))]),
    # --- employment-law firm intake, Beirut
    ("مكتب المحاماة، قسم قضايا العمل، كيف فيي ساعدك؟", []),
    ("مرحبا، أنا طوني، طوني خوري، انصرفت من الشغل بعد ١٢ سنة وما عطوني تعويض.",
     [("name", "طوني", 0), ("name", "طوني خوري")]),
    ("بدنا تاريخ الميلاد والعنوان لنفتح الملف.", []),
    ("أنا مواليد ٢٢ تشرين الأول ١٩٧٨، وساكن بالأشرفية، شارع مار مخايل، بناية الريحاني، الطابق الرابع",
     [("date_of_birth", "٢٢ تشرين الأول ١٩٧٨"), ("address", "شارع مار مخايل، بناية الريحاني، الطابق الرابع")]),
    ("ورقم الخليوي؟", []),
    ("صفر تلاتة، ٩٢٧، ٤١٥", [("phone", "صفر تلاتة، ٩٢٧، ٤١٥")], "ورقم الخليوي؟"),
    ("والإيميل tony point khoury at idm point net point lb",
     [("email", "tony point khoury at idm point net point lb")]),
    ("الاستشارة الأولى خمسين دولار، والجلسة بالمجلس التحكيمي بعد تلات شهور تقريباً.", []),
    # --- Arab citizen of Israel, landlord insurance broker (Nazareth)
    ("أهلا، معك سهى من وكالة التأمين، بخصوص تأمين الشقة المؤجرة؟", [("name", "سهى")]),
    ("اه، أنا جريس عوّاد، الشقة بالناصرة، شارع بولس السادس ١٨، والمستأجر بدخل أول الشهر.",
     [("name", "جريس عوّاد"), ("address", "شارع بولس السادس ١٨")]),
    ("بدي رقم الهوية تبعك.", []),
    ("رقم الهوية " + " ".join(AR_ID[5]), [("id", " ".join(AR_ID[5]))], "بدي رقم الهوية تبعك."),
    ("والقسط الشهري ١١٠ شيكل من حساب البنك، شو رقم الآيبان؟", []),
    ("IL" + AR_IBAN_IL[2:4] + " " + grp(AR_IBAN_IL[4:], (4, 4, 4, 4, 3)),
     [("iban", "IL" + AR_IBAN_IL[2:4] + " " + grp(AR_IBAN_IL[4:], (4, 4, 4, 4, 3)))],
     "والقسط الشهري ١١٠ شيكل من حساب البنك، شو رقم الآيبان؟"),
    ("وإذا بتحب، الجوال صفر خمسين، ٧٧١، ٢٠٤٦ بس بعد الخمسة.",
     [("phone", "صفر خمسين، ٧٧١، ٢٠٤٦")]),
    ("شريكي بالشقة ساكن بقطر وبدفع حصته من حسابه " + AR_IBAN[6] + " كل ثلاث شهور.",
     [("iban", AR_IBAN[6])]),
    ("والمستأجر الثاني سعودي، هويته " + ar(AR_ID[4]) + " ودفع بالبطاقة " + grp(AR_CARD[6], (4, 4, 4, 4)),
     [("id", ar(AR_ID[4])), ("card", grp(AR_CARD[6], (4, 4, 4, 4)))]),
]


AR += [
    # --- money transfer agent, Maghrebi caller in France
    ("بغيت نصيفط فلوس لخويا فوجدة، والكارط ديالي هي " + grp(AR_CARD[3], (4, 6, 5)),
     [("card", grp(AR_CARD[3], (4, 6, 5)))]),
    ("والفلوس توصل للحساب ديالو فالبنك الشعبي: MA" + AR_IBAN[4][2:4] + " " + grp(AR_IBAN[4][4:], (3, 3, 16, 2)),
     [("iban", "MA" + AR_IBAN[4][2:4] + " " + grp(AR_IBAN[4][4:], (3, 3, 16, 2)))]),
    ("أنا ساكن ف ١٤ rue des Lilas، الطابق الثاني، ليون ٦٩٠٠٧، وتاريخ الازدياد ديالي ١٩٩٢/٠٧/٠٩",
     [("address", "١٤ rue des Lilas، الطابق الثاني، ليون ٦٩٠٠٧"), ("date_of_birth", "١٩٩٢/٠٧/٠٩")]),
    ("الإيميل ديالي hamza tiret bas elidrissi arobase yahoo point fr",
     [("email", "hamza tiret bas elidrissi arobase yahoo point fr")]),
    ("ويلا ما خدماتش هاد الكارط، عندي وحدة أخرى " + " ".join(AR_CARD[7][i:i + 3] for i in range(0, 12, 3)) + " " + AR_CARD[7][12:],
     [("card", " ".join(AR_CARD[7][i:i + 3] for i in range(0, 12, 3)) + " " + AR_CARD[7][12:])]),
    ("الرسوم ديال التحويل ٣ يورو و٩٩ سنتيم، والسعر ١٠ دراهم و٨٥ للأورو.", []),
]


# ---------------------------------------------------------------- Hebrew
HE_TZ = [tz("03845127"), tz("31402768"), tz("20517934"), tz("05928813"), tz("34177206"),
         tz("30265541"), tz("02779318"), tz("32118640"), tz("21966035")]
HE_CARD = [luhn("458003119427566"), luhn("532610084719233"), luhn("375512902864410"[:14]),
           luhn("400917735208841"), luhn("522198016374420"), luhn("491830027615594"),
           luhn("36227041189306"[:13]), luhn("601186240019385")]
HE_IBAN = [iban("IL", "0126800000000123456"), iban("IL", "0209720000000481372"),
           iban("IL", "0310900000000256117"), iban("IL", "0116450000000734088"),
           iban("FR", "20041010050500013M02606"), iban("GB", "LOYD30963314729551"),
           iban("IL", "0206120000000390215"), iban("DE", "100500000024290661")]

HE = [
    # --- employee tax-refund agency
    ("שלום, הגעת למרכז החזרי מס, מדברת שירן, במה אפשר לעזור?", [("name", "שירן")]),
    ("היי שירן, כן, אממ, קיבלתי הודעה שמגיע לי החזר. קוראים לי אבי, אבי טולדנו.",
     [("name", "שירן"), ("name", "אבי", 0), ("name", "אבי טולדנו")]),
    ("נכון אבי, לפי הבדיקה מגיע לך בערך 6,800 שקל על השנים 2019 עד 2023.", [("name", "אבי")]),
    ("וכמה אתם לוקחים?", []),
    ("העמלה היא 15 אחוז פלוס מע\"מ, ורק אם יש החזר בפועל.", []),
    ("בשביל הייפוי כוח אני צריכה מספר תעודת זהות.", []),
    ("אפס שלוש שמונה, ארבע חמש אחת, שתיים שבע " + hef(HE_TZ[0][-1]),
     [("id", "אפס שלוש שמונה, ארבע חמש אחת, שתיים שבע " + hef(HE_TZ[0][-1]))],
     "בשביל הייפוי כוח אני צריכה מספר תעודת זהות."),
    ("שנים עשר בשלושה שמונים ושש", [("date_of_birth", "שנים עשר בשלושה שמונים ושש")], "ותאריך לידה?"),
    ("רגע אני מסתכל באפליקציה... " + group4(HE_IBAN[0]),
     [("iban", group4(HE_IBAN[0]))], "לאיזה חשבון להעביר את ההחזר? אני צריכה IBAN או מספר חשבון."),
    ("מעולה. ההחזר אמור להיכנס תוך 90 יום מהגשת הדוח, בערך באמצע אוגוסט.", []),
    ("avi.toledano שטרודל gmail נקודה com", [("email", "avi.toledano שטרודל gmail נקודה com")],
     "ולאיזה מייל לשלוח את הטפסים?"),
    # --- driving-licence conversion agent, Russian-speaking new immigrant
    ("משרד המרת רישיונות, שלום.", []),
    ("שלום, אני עולה חדשה מרוסיה, שמי סבטלנה קוזלובה, אני רוצה להמיר רישיון נהיגה.",
     [("name", "סבטלנה קוזלובה")]),
    ("בשמחה סבטה, אפשר לקרוא לך סבטה?", [("name", "סבטה", 0), ("name", "סבטה", 1)]),
    ("כן כן, כולם קוראים לי סבטה.", [("name", "סבטה")]),
    ("הרישיון הרוסי שלך בתוקף? צריך שהוא יהיה בתוקף וגם שיעור מבחן אחד, שיעור עולה 190 שקל.", []),
    ("בתוקף עד 2027. אני גרה ברחוב הרצל 45, דירה 12, אשדוד.",
     [("address", "רחוב הרצל 45, דירה 12, אשדוד")]),
    (grp(HE_TZ[1], (3, 3, 3), "-"), [("id", grp(HE_TZ[1], (3, 3, 3), "-"))], "ומספר הזהות שקיבלת במשרד הפנים?"),
    ("אפס חמש שלוש, שש שתיים, אחת, ארבע ארבע, שמונה שבע",
     [("phone", "אפס חמש שלוש, שש שתיים, אחת, ארבע ארבע, שמונה שבע")], "טלפון בבקשה?"),
    ("התשלום לתיק שלנו 450 שקל, אפשר בכרטיס.", []),
    (HE_CARD[0][:4] + " " + HE_CARD[0][4:8] + "... רגע, " + HE_CARD[0][8:12] + " " + HE_CARD[0][12:],
     [("card", HE_CARD[0][:4] + " " + HE_CARD[0][4:8]), ("card", HE_CARD[0][8:12] + " " + HE_CARD[0][12:])]),
    # --- document retrieval from abroad, French oleh
    ("שירות הנפקת מסמכים מחו\"ל, מדבר דניאל.", [("name", "דניאל")]),
    ("בונז'ור, כלומר שלום, זה ז'ראר אטלן, אני צריך תעודת לידה מצרפת בשביל הרבנות.",
     [("name", "ז'ראר אטלן")]),
    ("אין בעיה ז'ראר. באיזו עיר נולדת ובאיזה תאריך?", [("name", "ז'ראר")]),
    ("בליון, בעשרים ושלושה בינואר אלף תשע מאות שבעים וחמש.",
     [("date_of_birth", "עשרים ושלושה בינואר אלף תשע מאות שבעים וחמש")]),
    ("השירות עולה 320 שקל ולוקח בין שלושה לחמישה שבועות, עם אפוסטיל עוד 180.", []),
    ("שדרות ירושלים 7, קומה שלישית, נתניה, מיקוד 4240107",
     [("address", "שדרות ירושלים 7, קומה שלישית, נתניה, מיקוד 4240107")], "לאן לשלוח את המקור?"),
    ("המייל שלי זה gerard underscore attal at free dot fr, free כמו חופשי",
     [("email", "gerard underscore attal at free dot fr")]),
    ("זה אפס חמישים ושמונה, ארבע ארבע שלוש, שתיים אפס אחת תשע",
     [("phone", "אפס חמישים ושמונה, ארבע ארבע שלוש, שתיים אפס אחת תשע")], "ומספר נייד ישראלי?"),
    ("ואם יש החזר על אגרה, החשבון שלי בצרפת " + group4(HE_IBAN[4]),
     [("iban", group4(HE_IBAN[4]))]),
    ("מספר ההזמנה שלך 55-20731, תשמור אותו.", []),
    # --- classic-car insurance broker, Anglo oleh
    ("סוכנות ביטוח רכבי אספנות, מדברת מורן.", [("name", "מורן")]),
    ("היי, זה ג'ונתן, ג'ונתן גולדברג, יש לי מוסטנג משנת 1966 ו... sorry, העברית שלי לא מושלמת.",
     [("name", "ג'ונתן", 0), ("name", "ג'ונתן גולדברג")]),
    ("הכל טוב ג'ונתן, אפשר גם באנגלית. שווי מוסכם של 180 אלף שקל?", [("name", "ג'ונתן")]),
    ("כן. ואני נוסע רק בשבת בבוקר, אולי 3,000 קילומטר בשנה.", []),
    ("הפרמיה יוצאת 2,640 שקל לשנה, אפשר לפרוס לעשרה תשלומים.", []),
    ("ת\"ז: " + hem(HE_TZ[4]), [("id", hem(HE_TZ[4]))], "יש לך תעודת זהות או עדיין דרכון?"),
    ("ו... date of birth, sorry, תאריך לידה, fourth of July, 1968, באמת, יום העצמאות.",
     [("date_of_birth", "fourth of July, 1968")]),
    ("תחייבו את הויזה " + en(HE_CARD[3]), [("card", en(HE_CARD[3]))]),
    ("jon.goldberg1968@gmail.com, with no dot between jon and goldberg? no, with a dot.",
     [("email", "jon.goldberg1968@gmail.com")]),
]
LANGS["he"] = HE


HE += [
    # --- currency exchange with home delivery, Tel Aviv
    ("צ'יינג' עד הבית, בוקר טוב, מה תרצה להזמין?", []),
    ("בוקר טוב, אני צריך אלף דולר ו-500 יורו לטיסה ביום שלישי.", []),
    ("השער היום 3.71 לדולר ו-4.02 ליורו, סך הכל 5,720 שקל כולל משלוח.", []),
    ("לאיזו כתובת השליח מגיע?", []),
    ("רחוב אבן גבירול 112, כניסה ב', קומה 4, תל אביב. יש קוד לבניין, 1948.",
     [("address", "רחוב אבן גבירול 112, כניסה ב', קומה 4, תל אביב")], "לאיזו כתובת השליח מגיע?"),
    ("חמש שלוש שתיים אחת, אפס אפס שמונה ארבע, שבע אחת תשע שתיים, שלוש שלוש " + hef(HE_CARD[1][-1]),
     [("card", "חמש שלוש שתיים אחת, אפס אפס שמונה ארבע, שבע אחת תשע שתיים, שלוש שלוש " + hef(HE_CARD[1][-1]))],
     "ומספר כרטיס אשראי לתשלום?"),
    ("054-7718320", [("phone", "054-7718320")], "השליח יתקשר חצי שעה לפני, לאיזה מספר?"),
    ("מספר ההזמנה 88120, המשלוח בין 10 ל-14.", []),
    # --- performance-guarantee broker, Arab citizen contractor speaking Hebrew
    ("ערבויות ביצוע, שלום, מדבר אלון.", [("name", "אלון")]),
    ("שלום אלון, מדבר מוחמד מסאלחה מכפר קאסם, יש לי מכרז של העירייה ואני צריך ערבות של 400 אלף.",
     [("name", "אלון"), ("name", "מוחמד מסאלחה")]),
    ("בסדר מוחמד, העמלה אצלנו 1.8 אחוז לשנה, מינימום 2,500 שקל.", [("name", "מוחמד")]),
    ("יאללה, ומה אתם צריכים?", []),
    ("תעודת זהות של הבעלים, דוחות כספיים של 2022 ו-2023, ופרטי חשבון.", []),
    ("הת\"ז שלי " + HE_TZ[2] + ". וחשבון הבנק של החברה " + HE_IBAN[1],
     [("id", HE_TZ[2]), ("iban", HE_IBAN[1])]),
    ("אפס חמש אפס, שלוש שלוש שמונה, אחת אחת שבע אפס, ואם אני לא עונה תשלח מייל ל-masalha.build שטרודל walla נקודה co נקודה il",
     [("phone", "אפס חמש אפס, שלוש שלוש שמונה, אחת אחת שבע אפס"),
      ("email", "masalha.build שטרודל walla נקודה co נקודה il")], "ואיך לחזור אליך?"),
    ("המכרז נסגר ב-15 לחודש, אז צריך את הערבות עד ה-12 בצהריים.", []),
    ("השותף שלי, עלי, גם חותם. הת\"ז שלו " + hem(HE_TZ[7][:5]) + ", " + hem(HE_TZ[7][5:]),
     [("id", hem(HE_TZ[7][:5]) + ", " + hem(HE_TZ[7][5:]))]),
    # --- bar-mitzvah event-cancellation insurance, Ethiopian-Israeli family
    ("שלום, ביטוח אירועים, מדברת ליאת.", [("name", "ליאת")]),
    ("שלום ליאת, אני אדיסו, אדיסו מלסה, אנחנו עושים בר מצווה לבן שלי באולם בנס ציונה.",
     [("name", "ליאת"), ("name", "אדיסו", 0), ("name", "אדיסו מלסה")]),
    ("מזל טוב אדיסו! כמה אורחים ומתי?", [("name", "אדיסו")]),
    ("שלוש מאות אורחים, ביום חמישי, עשרים ושבעה בנובמבר.", []),
    ("הביטוח מכסה ביטול עד 60 אלף שקל, העלות 690 שקל חד פעמי.", []),
    ("אני צריכה את התאריך לידה של בעל הפוליסה.", []),
    ("אחד באפריל שבעים ותשע, אבל בתעודה כתוב 01/01/1979, ככה רשמו כשעלינו.",
     [("date_of_birth", "אחד באפריל שבעים ותשע"), ("date_of_birth", "01/01/1979")],
     "אני צריכה את התאריך לידה של בעל הפוליסה."),
    ("והאישה שלי תמר גם על הפוליסה, היא נולדה ב-14.9.1983.", [("date_of_birth", "14.9.1983")]),
    ("לחשבון בבנק הפועלים, " + HE_IBAN[2][:2] + " " + hef(HE_IBAN[2][2:4]) + " " + grp(HE_IBAN[2][4:], (3, 3, 13)),
     [("iban", HE_IBAN[2][:2] + " " + hef(HE_IBAN[2][2:4]) + " " + grp(HE_IBAN[2][4:], (3, 3, 13)))],
     "לאן להחזיר כסף אם יהיה ביטול?"),
    ("והטלפון, אפס חמישים ושתיים, שבע אפס אפס, תשעים ואחת שלושים וארבע",
     [("phone", "אפס חמישים ושתיים, שבע אפס אפס, תשעים ואחת שלושים וארבע")]),
    ("הפוליסה מספר 7741-22-0053 תישלח אליך בוואטסאפ.", []),
]


HE += [
    # --- employment-law firm intake
    ("משרד עורכי דין לדיני עבודה, שלום, את מתקשרת לגבי פיטורים?", []),
    ("כן, פיטרו אותי אחרי שחזרתי מחופשת לידה, בלי שימוע, אחרי שש שנים בחברה.", []),
    ("זה נשמע לא חוקי. הפגישה הראשונה בחינם, אחר כך 30 אחוז מהפיצוי.", []),
    ("אני צריכה כתובת לשליחת ייפוי כוח.", []),
    ("שכונת רמות, רחוב הרב אוירבך 17 דירה 5, ירושלים",
     [("address", "רחוב הרב אוירבך 17 דירה 5, ירושלים")], "אני צריכה כתובת לשליחת ייפוי כוח."),
    ("ות\"ז? ותאריך לידה?", []),
    ("שלוש אחת ארבע... לא, סליחה, שלוש אפס שתיים, שש חמש חמש, ארבע אחת " + hef(HE_TZ[5][-1]) + ", ונולדתי בשישה במאי תשעים",
     [("id", "שלוש אפס שתיים, שש חמש חמש, ארבע אחת " + hef(HE_TZ[5][-1])), ("date_of_birth", "שישה במאי תשעים")],
     "ות\"ז? ותאריך לידה?"),
    ("את המסמכים תשלחי למייל, ומה המייל שלך?", []),
    ("נועה קו תחתון ברק שטרודל יאהו נקודה קום, בלי רווחים",
     [("email", "נועה קו תחתון ברק שטרודל יאהו נקודה קום")], "את המסמכים תשלחי למייל, ומה המייל שלך?"),
    ("והפלאפון?", []),
    ("052 4 99 08 61", [("phone", "052 4 99 08 61")], "והפלאפון?"),
    ("הדיון בבית הדין לעבודה בדרך כלל אחרי 8 עד 10 חודשים.", []),
    # --- heir hunters (probate genealogists), older native caller
    ("הלו? קיבלתי מכתב מאיתור יורשים, משהו על דוד שלי מארגנטינה.", []),
    ("כן, זה בקשר לעיזבון בבואנוס איירס, בשווי של בערך 90 אלף דולר.", []),
    ("אני לא מבינה במחשבים, תגידי לי מה אתם צריכים.", []),
    ("רק לאמת פרטים. מה הכתובת המלאה שלך?", []),
    ("אני גרה בקריית ביאליק, ברחוב דרך עכו מאה ועשרים, דירה שמונה, קומה שנייה.",
     [("address", "רחוב דרך עכו מאה ועשרים, דירה שמונה, קומה שנייה")], "רק לאמת פרטים. מה הכתובת המלאה שלך?"),
    ("ומספר תעודת זהות?", []),
    ("זה מספר ישן, עם אפס בהתחלה: " + hef(HE_TZ[6]), [("id", hef(HE_TZ[6]))], "ומספר תעודת זהות?"),
    ("העמלה שלנו 25 אחוז מהסכום שמתקבל, ואין תשלום מראש.", []),
    ("ולאן לשלם לך? יש לך חשבון בנק?", []),
    ("בדואר, אה, בנק הדואר. הנכד שלי כתב לי: " + grp(HE_IBAN[3], (2, 2, 3, 3, 13), " "),
     [("iban", grp(HE_IBAN[3], (2, 2, 3, 3, 13), " "))], "ולאן לשלם לך? יש לך חשבון בנק?"),
    ("ותרשמי את הטלפון הביתי, אפס ארבע, שמונה שבע אחת, עשרים ושתיים, שמונים ושלוש",
     [("phone", "אפס ארבע, שמונה שבע אחת, עשרים ושתיים, שמונים ושלוש")]),
    # --- money transfer to Ethiopia
    ("העברות כספים לאתיופיה, שלום. כמה רוצים לשלוח?", []),
    ("אלפיים שקל לאחותי בגונדר. הרגיל.", []),
    ("העמלה 35 שקל, והשער היום 15.4 ביר לשקל.", []),
    ("אני משלם באשראי " + HE_CARD[4], [("card", HE_CARD[4])]),
    ("אוקיי, ותעודת זהות למשלם?", []),
    (grp(HE_TZ[8], (2, 3, 4), " "), [("id", grp(HE_TZ[8], (2, 3, 4), " "))], "אוקיי, ותעודת זהות למשלם?"),
    ("הכתובת שלי השתנתה, עכשיו אני ברחוב הגפן 3 ברחובות, דירה 11.",
     [("address", "רחוב הגפן 3 ברחובות, דירה 11")]),
    ("הקוד לאיסוף 4471-0922, היא יכולה לקחת מחר מהסניף.", []),
    # --- more card / IBAN / email lines across the calls
    ("את האגרה שילמתי עם אמקס " + grp(HE_CARD[2], (4, 6, 5)) + ", אבל נדחה.",
     [("card", grp(HE_CARD[2], (4, 6, 5)))]),
    ("אז תנסי את הדיינרס " + grp(HE_CARD[6], (4, 6, 4)) + ".", [("card", grp(HE_CARD[6], (4, 6, 4)))]),
    ("הבת שלי בלונדון תשלם מהחשבון שלה " + HE_IBAN[5] + ", תרשמי.", [("iban", HE_IBAN[5])]),
    ("והבן בברלין, " + group4(HE_IBAN[7]), [("iban", group4(HE_IBAN[7]))]),
    ("המייל של המשרד שלי, אם זה עוזר: dr.shapira.law@netvision.net.il", [("email", "dr.shapira.law@netvision.net.il")]),
    ("או ישירות אליי: ronit שטרודל hotmail נקודה com, רונית עם t בסוף",
     [("email", "ronit שטרודל hotmail נקודה com")]),
    ("וגם החשבון של אמא " + HE_IBAN[6][:4] + " " + hem(HE_IBAN[6][4:10]) + " " + HE_IBAN[6][10:],
     [("iban", HE_IBAN[6][:4] + " " + hem(HE_IBAN[6][4:10]) + " " + HE_IBAN[6][10:])]),
    ("טלפון של אמא: +972-3-6204418", [("phone", "+972-3-6204418")]),
    ("את הכרטיס החדש תחייבו: " + hef(HE_CARD[5][:8]) + " " + HE_CARD[5][8:],
     [("card", hef(HE_CARD[5][:8]) + " " + HE_CARD[5][8:])]),
    ("תאריך הלידה שלה שלושה עשר ביולי אלף תשע מאות חמישים ואחת, היא בת 73.",
     [("date_of_birth", "שלושה עשר ביולי אלף תשע מאות חמישים ואחת")]),
    ("ואני מלונדון במקור, אז יש לי גם מספר אנגלי, plus forty-four seven seven double oh nine double oh five one two",
     [("phone", "plus forty-four seven seven double oh nine double oh five one two")]),
]


HE += [
    ("הכתובת למשלוח הפוליסה: מושב בית זית, משק 41, ומיקוד 9081500",
     [("address", "מושב בית זית, משק 41, ומיקוד 9081500")]),
    ("אני גר בחיפה, רחוב מסדה 9, קומה ראשונה, על יד המכולת של סמיר.",
     [("address", "רחוב מסדה 9, קומה ראשונה")]),
    ("מייל: y.tesfaye85 שטרודל gmail.com, טספאיה, t e s f a y e",
     [("email", "y.tesfaye85 שטרודל gmail.com"), ("email", "t e s f a y e")]),
]


# ---------------------------------------------------------------- Greek
EL_AFM = [afm("04837215"), afm("12960473"), afm("07715384"), afm("15249906"),
          afm("03381627"), afm("11802359"), afm("16437082"), afm("05593418")]
EL_CARD = [luhn("479261503318847"), luhn("537041926608215"), luhn("376602184953"[:12] + "11"),
           luhn("402400718841362"), luhn("516731009274158"), luhn("455701228849036"),
           luhn("222105673309917"), luhn("491183650472209")]
EL_IBAN = [iban("GR", "01101250000000012300695"), iban("GR", "01720340005034118842617"),
           iban("CY", "002001950000357001234567"), iban("GR", "02600580000840200219944"),
           iban("CY", "005004510000004517702883"), iban("DE", "120300000018375522"),
           iban("GR", "01401320132002101647295"), iban("GB", "MIDL40051541298736")]

EL = [
    # --- probate genealogists (heir hunters), older caller
    ("Εταιρεία ανεύρεσης κληρονόμων, καλημέρα σας, είμαι η Δήμητρα.", [("name", "Δήμητρα")]),
    ("Καλημέρα κορίτσι μου. Με λένε Παναγιώτη Καραγιάννη, μου στείλατε ένα γράμμα για έναν θείο στη Μελβούρνη.",
     [("name", "Παναγιώτη Καραγιάννη")]),
    ("Μάλιστα κύριε Καραγιάννη. Ο αριθμός υπόθεσης είναι 2024/318;", [("name", "Καραγιάννη")]),
    ("Ναι, αυτός. Και πόσα είναι, να ξέρω;", []),
    ("Η περιουσία είναι γύρω στα 140.000 αυστραλιανά δολάρια, και η αμοιβή μας είναι 20% μόνο αν εισπράξετε.", []),
    ("Για την ταυτοποίηση χρειάζομαι την ημερομηνία γέννησής σας.", []),
    ("Εεε, εικοσιπέντε Μαρτίου του σαράντα εννιά, σαν την εθνική γιορτή.",
     [("date_of_birth", "εικοσιπέντε Μαρτίου του σαράντα εννιά")], "Για την ταυτοποίηση χρειάζομαι την ημερομηνία γέννησής σας."),
    ("Και τον ΑΦΜ σας;", []),
    (el(EL_AFM[0][:3]) + ", " + el(EL_AFM[0][3:6]) + ", " + el(EL_AFM[0][6:]),
     [("id", el(EL_AFM[0][:3]) + ", " + el(EL_AFM[0][3:6]) + ", " + el(EL_AFM[0][6:]))], "Και τον ΑΦΜ σας;"),
    ("Και τη διεύθυνσή σας για να στείλουμε τη σύμβαση;", []),
    ("Οδός Αγίου Δημητρίου 64, Καλαμαριά, Θεσσαλονίκη, 55134.",
     [("address", "Οδός Αγίου Δημητρίου 64, Καλαμαριά, Θεσσαλονίκη, 55134")],
     "Και τη διεύθυνσή σας για να στείλουμε τη σύμβαση;"),
    ("Και ένα τηλέφωνο;", []),
    ("Το σταθερό, δύο τρία δέκα, τριάντα δύο, εξήντα εφτά, μηδέν τέσσερα.",
     [("phone", "δύο τρία δέκα, τριάντα δύο, εξήντα εφτά, μηδέν τέσσερα")], "Και ένα τηλέφωνο;"),
    ("Τα χρήματα θα μεταφερθούν στον λογαριασμό σας, μου δίνετε το IBAN;", []),
    ("GR " + grp(EL_IBAN[0][2:], (2, 4, 4, 4, 4, 4, 3)),
     [("iban", "GR " + grp(EL_IBAN[0][2:], (2, 4, 4, 4, 4, 4, 3)))],
     "Τα χρήματα θα μεταφερθούν στον λογαριασμό σας, μου δίνετε το IBAN;"),
    # --- trademark attorney, Athens, younger caller
    ("Γραφείο σημάτων και διπλωμάτων ευρεσιτεχνίας, παρακαλώ.", []),
    ("Γεια σας, είμαι η Ελευθερία Μαυρίδου, η Ρία, θέλω να κατοχυρώσω το όνομα για τη μάρκα κοσμημάτων μου.",
     [("name", "Ελευθερία Μαυρίδου"), ("name", "Ρία")]),
    ("Βεβαίως. Το παράβολο για εθνικό σήμα είναι 100 ευρώ για μία κλάση, 20 για κάθε επιπλέον.", []),
    ("Η μάρκα λέγεται Θάλασσα και Ασήμι. Χρειάζεται και για την Ευρώπη;", []),
    ("Το ευρωπαϊκό στο EUIPO ξεκινά από 850 ευρώ και κρατάει δέκα χρόνια.", []),
    ("Για την αίτηση χρειάζομαι τον ΑΦΜ σας.", []),
    ("Ναι, " + EL_AFM[1] + ", ΔΟΥ Καλλιθέας.", [("id", EL_AFM[1])], "Για την αίτηση χρειάζομαι τον ΑΦΜ σας."),
    ("Και το email σας;", []),
    ("ria τελεία mavridou παπάκι gmail τελεία com", [("email", "ria τελεία mavridou παπάκι gmail τελεία com")],
     "Και το email σας;"),
    ("Και κινητό;", []),
    ("εξήντα εννιά, τριάντα εφτά, τετρακόσια δεκαοχτώ, διακόσια ενενήντα",
     [("phone", "εξήντα εννιά, τριάντα εφτά, τετρακόσια δεκαοχτώ, διακόσια ενενήντα")], "Και κινητό;"),
    ("Την αμοιβή μας, 250 ευρώ, μπορείτε να την πληρώσετε με κάρτα.", []),
    ("Οκ, " + grp(EL_CARD[0], (4, 4, 4, 4)) + ", λήξη 11/26.", [("card", grp(EL_CARD[0], (4, 4, 4, 4)))]),
    # --- classic-car insurance broker, Cyprus
    ("Γεια σας, μεσίτες ασφαλίσεων κλασικών αυτοκινήτων, Λευκωσία, είμαι ο Κυριάκος.", [("name", "Κυριάκος")]),
    ("Γεια σου Κυριάκο, εν ο Ανδρέας Χατζηπαύλου, έχω μιαν Mercedes του 1972 τζαι θέλω να την ασφαλίσω.",
     [("name", "Κυριάκο"), ("name", "Ανδρέας Χατζηπαύλου")]),
    ("Ωραία Αντρέα. Αξία συμφωνημένη 28.000 ευρώ, ασφάλιστρο 410 τον χρόνο.", [("name", "Αντρέα")]),
    ("Εντάξει. Γεννήθηκα δεκατέσσερις του Φλεβάρη του εξήντα οχτώ, αν το θέλεις.",
     [("date_of_birth", "δεκατέσσερις του Φλεβάρη του εξήντα οχτώ")]),
    ("Η διεύθυνσή σας;", []),
    ("Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 118, διαμέρισμα 302, Λεμεσός 3021",
     [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 118, διαμέρισμα 302, Λεμεσός 3021")], "Η διεύθυνσή σας;"),
    ("Το κινητό μου εν εννιά εννιά, τέσσερα πέντε, έξι δύο, οχτώ ένα",
     [("phone", "εννιά εννιά, τέσσερα πέντε, έξι δύο, οχτώ ένα")]),
    ("Το ασφάλιστρο να φεύγει που τον λογαριασμό μου στην Τράπεζα Κύπρου, " + EL_IBAN[2],
     [("iban", EL_IBAN[2])]),
    ("Το πιστοποιητικό θα το λάβετε σε 48 ώρες, αριθμός συμβολαίου CL-55/2041.", []),
]
LANGS["el"] = EL


EL += [
    # --- cash-pickup money transfer, Albanian-Greek caller
    ("Εμβάσματα, καλησπέρα, με λένε Στέλλα, πώς μπορώ να βοηθήσω;", [("name", "Στέλλα")]),
    ("Καλησπέρα, λέγομαι Αρμπέν Χότζα, θέλω να στείλω λεφτά στη μάνα μου στο Ελμπασάν.",
     [("name", "Αρμπέν Χότζα")]),
    ("Τριακόσια πενήντα ευρώ. Πόσα είναι τα έξοδα;", []),
    ("Τα έξοδα είναι 6,90 και θα τα παραλάβει σε περίπου δέκα λεπτά.", []),
    ("Πληρώνω με κάρτα, " + el(EL_CARD[3][:4]) + ", " + el(EL_CARD[3][4:8]) + ", " + EL_CARD[3][8:12] + ", " + EL_CARD[3][12:],
     [("card", el(EL_CARD[3][:4]) + ", " + el(EL_CARD[3][4:8]) + ", " + EL_CARD[3][8:12] + ", " + EL_CARD[3][12:])]),
    ("Και η διεύθυνση κατοικίας σας στην Ελλάδα;", []),
    ("Μένω στην Κυψέλη, Φωκίωνος Νέγρη 38, τρίτος όροφος.",
     [("address", "Φωκίωνος Νέγρη 38, τρίτος όροφος")], "Και η διεύθυνση κατοικίας σας στην Ελλάδα;"),
    ("ΑΦΜ έχετε; Είναι υποχρεωτικό για εμβάσματα πάνω από 300.", []),
    ("Ναι, " + grp(EL_AFM[2], (3, 3, 3), "-"), [("id", grp(EL_AFM[2], (3, 3, 3), "-"))],
     "ΑΦΜ έχετε; Είναι υποχρεωτικό για εμβάσματα πάνω από 300."),
    ("Και κινητό για να σας στείλουμε τον κωδικό;", []),
    ("Έξι εννιά τέσσερα, ένα, τριάντα οχτώ, είκοσι δύο, μηδέν πέντε",
     [("phone", "Έξι εννιά τέσσερα, ένα, τριάντα οχτώ, είκοσι δύο, μηδέν πέντε")],
     "Και κινητό για να σας στείλουμε τον κωδικό;"),
    ("Ο κωδικός παραλαβής είναι 771 204 5589.", []),
    # --- fiscal representative for non-residents, Greek-Australian caller
    ("Γραφείο φορολογικής εκπροσώπησης κατοίκων εξωτερικού, παρακαλώ.", []),
    ("Hi, γεια σας, είμαι ο Jimmy, Δημήτρης Papadopoulos, από Μελβούρνη, έχω ένα σπίτι στη Χίο.",
     [("name", "Jimmy"), ("name", "Δημήτρης Papadopoulos")]),
    ("Γεια σας κύριε Παπαδόπουλε. Για το Ε9 και τον ΕΝΦΙΑ χρειάζεστε φορολογικό εκπρόσωπο, 180 ευρώ τον χρόνο.",
     [("name", "Παπαδόπουλε")]),
    ("Ok. My date of birth is the 2nd of October 1979, δεύτερη Οκτωβρίου.",
     [("date_of_birth", "2nd of October 1979"), ("date_of_birth", "δεύτερη Οκτωβρίου")]),
    ("Ο ΑΦΜ σας από την Ελλάδα;", []),
    (EL_AFM[3][:2] + " " + EL_AFM[3][2:5] + " " + EL_AFM[3][5:],
     [("id", EL_AFM[3][:2] + " " + EL_AFM[3][2:5] + " " + EL_AFM[3][5:])], "Ο ΑΦΜ σας από την Ελλάδα;"),
    ("Email: jimmy underscore pap at bigpond dot com, all small.",
     [("email", "jimmy underscore pap at bigpond dot com")]),
    ("And my mobile, plus sixty-one, four double one, two two three, eight four four",
     [("phone", "plus sixty-one, four double one, two two three, eight four four")]),
    ("Η διεύθυνση στην Αυστραλία: 27 Rosamond Street, Oakleigh, Victoria 3166.",
     [("address", "27 Rosamond Street, Oakleigh, Victoria 3166")]),
    ("Ο ΕΝΦΙΑ για φέτος είναι 312 ευρώ σε 12 δόσεις, η πρώτη μέχρι 31 Μαρτίου.", []),
    # --- wedding-cancellation insurance broker, Cyprus
    ("Ασφάλειες εκδηλώσεων, εν η Χρυστάλλα.", [("name", "Χρυστάλλα")]),
    ("Καλημέρα, εν η Στέλλα Ευαγγέλου, ο γάμος μας εν στις 14 Σεπτεμβρίου στην Πάφο, 400 άτομα.",
     [("name", "Στέλλα Ευαγγέλου")]),
    ("Η κάλυψη ακύρωσης μέχρι 30.000 κοστίζει 380 ευρώ. Για την αίτηση, ημερομηνία γέννησης;", []),
    ("Δώδεκα του δώδεκα του ενενήντα πέντε.", [("date_of_birth", "Δώδεκα του δώδεκα του ενενήντα πέντε")],
     "Για την αίτηση, ημερομηνία γέννησης;"),
    ("Τζαι το email μου είναι stella.evangelou@cytanet.com.cy", [("email", "stella.evangelou@cytanet.com.cy")]),
    ("Η διεύθυνση: Γρίβα Διγενή 51, Κάτω Πάφος, 8047.", [("address", "Γρίβα Διγενή 51, Κάτω Πάφος, 8047")]),
    ("Πληρώνω με την κάρτα μου, " + EL_CARD[4], [("card", EL_CARD[4])]),
    ("Τζαι αν ακυρωθεί, το ποσό να πάει στον λογαριασμό " + group4(EL_IBAN[4]),
     [("iban", group4(EL_IBAN[4]))]),
    ("Ο αριθμός πολιτικής σας είναι 60-114-2208, θα σας έρθει σε μήνυμα.", []),
    # --- company formation, Limassol
    ("Γραφείο ίδρυσης εταιρειών, Λεμεσός, καλημέρα.", []),
    ("Καλημέρα, μιλάτε με τον Μάριο Κωνσταντίνου, θέλω να ανοίξω εταιρεία με έναν Γερμανό συνεταίρο.",
     [("name", "Μάριο Κωνσταντίνου")]),
    ("Το πακέτο είναι 1.650 ευρώ με την εγγεγραμμένη έδρα για ένα χρόνο.", []),
    ("Ο συνεταίρος θα καταθέσει το κεφάλαιο από τον λογαριασμό του " + EL_IBAN[5] + ".",
     [("iban", EL_IBAN[5])]),
    ("Εμένα το κινητό είναι +357 96 412 738 και το email marios at konstantinou dot law",
     [("phone", "+357 96 412 738"), ("email", "marios at konstantinou dot law")]),
    ("Ο αριθμός εγγραφής της εταιρείας θα είναι κάτι σαν ΗΕ 448712, θα τον έχετε σε δέκα μέρες.", []),
]


EL += [
    # --- landlord insurance broker, Thessaloniki, younger caller
    ("Ασφάλειες ιδιοκτητών ακινήτων, γεια σας.", []),
    ("γεια σας λοιπόν είμαι ο νίκος ο τσολάκης και νοικιάζω ένα διαμέρισμα σε φοιτητές",
     [("name", "νίκος ο τσολάκης")]),
    ("Κατάλαβα. Για ενοίκιο 450 τον μήνα, η κάλυψη μη πληρωμής ενοικίου είναι 96 ευρώ τον χρόνο.", []),
    ("Ποια είναι η διεύθυνση του ακινήτου;", []),
    ("εγνατίας εκατόν πενήντα τέσσερα δεύτερος όροφος διαμέρισμα δύο θεσσαλονίκη",
     [("address", "εγνατίας εκατόν πενήντα τέσσερα δεύτερος όροφος διαμέρισμα δύο θεσσαλονίκη")],
     "Ποια είναι η διεύθυνση του ακινήτου;"),
    ("Ο ΑΦΜ του ιδιοκτήτη;", []),
    ("είναι " + el(EL_AFM[4][:3]) + " " + EL_AFM[4][3:], [("id", el(EL_AFM[4][:3]) + " " + EL_AFM[4][3:])],
     "Ο ΑΦΜ του ιδιοκτήτη;"),
    ("και το μέιλ νίκος τσολάκης ενενήντα εννιά παπάκι χότμέιλ τελεία κομ",
     [("email", "νίκος τσολάκης ενενήντα εννιά παπάκι χότμέιλ τελεία κομ")]),
    ("χρέωσε την κάρτα " + el(EL_CARD[5]), [("card", el(EL_CARD[5]))]),
    ("Το συμβόλαιο ξεκινά 1η Σεπτεμβρίου, μαζί με το νέο μισθωτήριο, για 12 μήνες.", []),
    # --- power-of-attorney service, Cypriot in London (older)
    ("Γραφείο πληρεξουσίων, Λονδίνο, καλημέρα σας.", []),
    ("Καλημέρα παιδί μου, εν η Ευτέρπη Γεωργίου, θέλω να κάμω πληρεξούσιο στον ανιψιό μου για το χωράφι στο Δάλι.",
     [("name", "Ευτέρπη Γεωργίου")]),
    ("Βεβαίως κυρία Ευτέρπη. Το πληρεξούσιο με επικύρωση Χάγης κοστίζει 220 λίρες.", [("name", "Ευτέρπη")]),
    ("Θέλω την ημερομηνία γεννήσεως σας όπως είναι στο διαβατήριο.", []),
    ("Είκοσι τρεις Ιουνίου, χίλια εννιακόσια σαράντα τέσσερα.",
     [("date_of_birth", "Είκοσι τρεις Ιουνίου, χίλια εννιακόσια σαράντα τέσσερα")],
     "Θέλω την ημερομηνία γεννήσεως σας όπως είναι στο διαβατήριο."),
    ("Τζαι η διεύθυνσή μου εδώ εν 42 Green Lanes, Palmers Green, London N13 5TP.",
     [("address", "42 Green Lanes, Palmers Green, London N13 5TP")]),
    ("Το τηλέφωνό μου, οου είκοσι, οχτώ οχτώ οχτώ έξι, τέσσερα ένα δύο εννιά.",
     [("phone", "οου είκοσι, οχτώ οχτώ οχτώ έξι, τέσσερα ένα δύο εννιά")]),
    ("Πληρώνω που τον λογαριασμό μου, " + " ".join(EL_IBAN[7][:2]) + " " + grp(EL_IBAN[7][2:], (2, 4, 6, 8)),
     [("iban", " ".join(EL_IBAN[7][:2]) + " " + grp(EL_IBAN[7][2:], (2, 4, 6, 8)))]),
    ("Θα σας στείλουμε το έγγραφο στις 15 του μήνα, και ο συμβολαιογράφος είναι διαθέσιμος Πέμπτη στις 11.", []),
    # --- drone insurance broker, Crete
    ("Ασφάλειες drones, γεια σας, είμαι η Κατερίνα, με ποιον μιλάω;", [("name", "Κατερίνα")]),
    ("Με τον Μανόλη Σπανουδάκη, κάνω αεροφωτογραφίες για γάμους στο Ηράκλειο.",
     [("name", "Μανόλη Σπανουδάκη")]),
    ("Κύριε Μανόλη, για ένα DJI Mini 4 Pro η αστική ευθύνη είναι 75 ευρώ τον χρόνο, η πλήρης 240.",
     [("name", "Μανόλη")]),
    ("Την πλήρη. Ο ΑΦΜ μου " + EL_AFM[5], [("id", EL_AFM[5])]),
    ("Γεννήθηκα 07/04/1991.", [("date_of_birth", "07/04/1991")]),
    ("Το email manolis.aerial@yahoo.gr", [("email", "manolis.aerial@yahoo.gr")]),
    ("Πληρώνω με κάρτα, " + grp(EL_CARD[6], (4, 4, 4, 4)), [("card", grp(EL_CARD[6], (4, 4, 4, 4)))]),
    ("Επιστροφή αν ακυρώσω στο " + EL_IBAN[3], [("iban", EL_IBAN[3])]),
    # --- employment lawyer, Athens
    ("Δικηγορικό γραφείο, τμήμα εργατικών, παρακαλώ.", []),
    ("Καλησπέρα, με απέλυσαν μετά από οχτώ χρόνια και μου δίνουν αποζημίωση μόνο 3.200 ευρώ.", []),
    ("Η πρώτη συνάντηση είναι 60 ευρώ. Η αγωγή πρέπει να κατατεθεί μέσα σε τρεις μήνες από την απόλυση.", []),
    ("Το όνομά μου είναι Σταυρούλα Μπακάλη, Βούλα με φωνάζουν.",
     [("name", "Σταυρούλα Μπακάλη"), ("name", "Βούλα")]),
    ("ΑΦΜ " + EL_AFM[6][:4] + " " + EL_AFM[6][4:] + ", και ΑΜΚΑ δεν θέλετε;",
     [("id", EL_AFM[6][:4] + " " + EL_AFM[6][4:])]),
    ("Γεννήθηκα τριάντα του Νοέμβρη του ογδόντα ένα.", [("date_of_birth", "τριάντα του Νοέμβρη του ογδόντα ένα")]),
    ("Μένω στο Περιστέρι, στην Εθνάρχου Μακαρίου 12.", [("address", "Εθνάρχου Μακαρίου 12")]),
    ("Το κινητό μου έξι εννιά εφτά, δύο δύο, εκατόν τριάντα, πενήντα τέσσερα",
     [("phone", "έξι εννιά εφτά, δύο δύο, εκατόν τριάντα, πενήντα τέσσερα")]),
    ("vbakali τελεία law... όχι, συγγνώμη, vbakali κάτω παύλα 81 παπάκι gmail τελεία com",
     [("email", "vbakali κάτω παύλα 81 παπάκι gmail τελεία com")]),
    ("Η προκαταβολή 150 ευρώ, κάρτα " + EL_CARD[7][:8] + " " + EL_CARD[7][8:],
     [("card", EL_CARD[7][:8] + " " + EL_CARD[7][8:])]),
    ("Ή από τον λογαριασμό μου " + EL_IBAN[6][:4] + " " + el(EL_IBAN[6][4:8]) + " " + EL_IBAN[6][8:],
     [("iban", EL_IBAN[6][:4] + " " + el(EL_IBAN[6][4:8]) + " " + EL_IBAN[6][8:])]),
    ("Η δικάσιμος θα οριστεί περίπου σε οκτώ μήνες, ο αριθμός κατάθεσης θα είναι 1184/2025.", []),
    ("Εντάξει, η Τρίτη 18 στις 17:30 μου κάνει για το ραντεβού.", []),
]


EL += [
    ("Για τον συνεταίρο μου από τη Ρόδο: ΑΦΜ " + el(EL_AFM[7]) + ", IBAN " + EL_IBAN[1],
     [("id", el(EL_AFM[7])), ("iban", EL_IBAN[1])]),
    ("Η εταιρική κάρτα είναι American Express, " + grp(EL_CARD[2], (4, 6, 5)) + ", και το email του g.karras at rhodesyachting dot gr",
     [("card", grp(EL_CARD[2], (4, 6, 5))), ("email", "g.karras at rhodesyachting dot gr")]),
]


if __name__ == "__main__":
    main()
