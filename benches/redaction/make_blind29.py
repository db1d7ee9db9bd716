#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind29".

Written by a helper session that worked only from a written brief: it never
read the redactor, its rules, its tests, or any other evaluation set or
generator. The transcript lines are invented from general knowledge of how
people talk on customer-service phone calls (English, Arabic, Hebrew, Greek).
All personal values are invented; check-digit values (cards, IBANs, national
IDs) are computed here, and long non-personal numbers are asserted to fail
those checks.

Output: data/redaction/blind29/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.
Run: python3 benches/redaction/make_blind29.py   (standard library only)
"""
import json
import os
import sys
from collections import Counter

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.join(HERE, "..", "..", "data", "redaction", "blind29")


# ---------------------------------------------------------------- check digits
def luhn_ok(num: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int, fill: str = "") -> str:
    """prefix + fill digits padded to length-1, then the Luhn check digit."""
    body = (prefix + fill)[: length - 1]
    body = body + "0" * (length - 1 - len(body))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27, "NL": 18, "KW": 30,
            "QA": 29, "BH": 22, "LB": 28, "TR": 26}


def _iban_num(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban: str) -> bool:
    iban = iban.replace(" ", "")
    if IBAN_LEN.get(iban[:2]) != len(iban):
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def make_iban(country: str, bban: str) -> str:
    assert len(bban) + 4 == IBAN_LEN[country], (country, bban, len(bban))
    check = 98 - _iban_num(bban + country + "00") % 97
    iban = f"{country}{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def group(s: str, n: int = 4, sep: str = " ") -> str:
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(num: str) -> bool:
    if len(num) != 9 or not num.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(num):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def make_tz(body8: str) -> str:
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError


def afm_ok(num: str) -> bool:
    if len(num) != 9 or not num.isdigit():
        return False
    s = sum(int(num[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(num[8])


def make_afm(body8: str) -> str:
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    num = body8 + str(s % 11 % 10)
    assert afm_ok(num)
    return num


def saudi_ok(num: str) -> bool:
    return len(num) == 10 and num[0] in "12" and luhn_ok(num)


def make_saudi(body9: str) -> str:
    assert body9[0] in "12"
    num = luhn_complete(body9, 10)
    assert saudi_ok(num)
    return num


def ssn_ok(num: str) -> bool:
    d = num.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def not_personal_number(num: str) -> str:
    """Assert a long number in a non-personal line passes none of the checks."""
    d = "".join(c for c in num if c.isdigit())
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), num
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), num
    if len(d) == 10:
        assert not saudi_ok(d), num
    return num


# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def words(num: str, table, sep: str = " ") -> str:
    return sep.join(table[int(c)] for c in num if c.isdigit())


def grouped(num: str, sizes, fn, sep: str = ", ") -> str:
    """Say a digit string in groups, e.g. grouped(n, (4, 4), en_words)."""
    d = "".join(c for c in num if c.isdigit())
    out, i = [], 0
    for n in sizes:
        out.append(fn(d[i:i + n]))
        i += n
    assert i == len(d), (num, sizes)
    return sep.join(out)


def en_words(num: str, oh: bool = False) -> str:
    out = []
    for c in num:
        if c.isdigit():
            out.append("oh" if (oh and c == "0") else EN_D[int(c)])
    return " ".join(out)


AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_indic(s: str) -> str:
    return s.translate(AR_INDIC)


# ---------------------------------------------------------------- item builder
def build(items, lang):
    """items: list of (text, [(kind, substring) or (kind, substring, nth)], context)."""
    lines = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, (lang, kind)
            sb = sub.encode("utf-8")
            assert sb, (lang, text)
            start = -1
            for _ in range(nth + 1):
                start = b.find(sb, start + 1)
                assert start >= 0, (lang, kind, sub, text)
            if len(sp) == 2:
                # a substring that occurs twice must name which occurrence
                assert b.find(sb, start + 1) < 0, ("ambiguous", lang, sub, text)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlap", lang, text)
        rec = {"text": text, "spans": out}
        if ctx:
            rec["context"] = ctx
        lines.append(rec)
    texts = [r["text"] for r in lines]
    assert len(set(texts)) == len(texts), (lang, "duplicate text")
    return lines


LANGS = {}  # lang -> function returning items


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, fn in LANGS.items():
        recs = build(fn(), lang)
        with open(os.path.join(OUT_DIR, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = Counter(s["kind"] for r in recs for s in r["spans"])
        empty = sum(1 for r in recs if not r["spans"])
        print(lang, "items", len(recs), "non-personal", empty,
              "spans", sum(kinds.values()), dict(sorted(kinds.items())))


# ---------------------------------------------------------------- languages
# (each language appends a function to LANGS below)


# ================================================================ English
def en_a():
    visa1 = luhn_complete("492918", 16, "0473391")
    amex = luhn_complete("3745", 15, "6128490113")
    mc1 = luhn_complete("539983", 16, "1207744")
    ie1 = make_iban("IE", "AIBK93115238471602")
    ssn1 = "523-41-6608"
    assert ssn_ok(ssn1)
    visa1_g = group(visa1)
    amex_w = grouped(amex, (4, 6, 5), en_words)
    mc1_w = grouped(mc1, (4, 4, 4, 4), en_words)
    ie1_g = group(ie1)
    items = [
        # --- kennels (UK)
        ("Good morning, Hollybank Kennels, you're speaking to Gemma, how can I help?",
         [("name", "Gemma")]),
        ("Hiya, um, yeah, it's Deborah Pike here, I booked Biscuit in for half term.",
         [("name", "Deborah Pike")]),
        ("Lovely, thanks Debbie. So that's Biscuit from the twenty-third to the thirtieth of October, seven nights.",
         [("name", "Debbie")]),
        ("Seven nights at twenty-two fifty a night comes to a hundred and fifty-seven fifty, and you've paid thirty deposit.",
         []),
        ("Best number's oh seven seven nine three, four four six, two one eight.",
         [("phone", "oh seven seven nine three, four four six, two one eight")],
         "And a mobile in case we need to get hold of you while you're away?"),
        ("It's 14 Larkspur Close, Bicester, OX26 3QL.",
         [("address", "14 Larkspur Close, Bicester, OX26 3QL")],
         "Can I just check the address we've got on file?"),
        (f"yeah go on then it's a visa {visa1_g} expiry oh nine twenty seven",
         [("card", visa1_g)]),
        ("Collection's from ten till twelve on the Saturday, we're closed Sunday afternoons.", []),
        ("Her booster was done on the fourth of May so she's covered for kennel cough till next May.", []),
        # --- climbing wall (Australian)
        ("G'day, you've got Jarrah at Vertical Limits, what can I do for ya?", [("name", "Jarrah")]),
        ("Hey mate, yeah, my name's Bronwyn Tait, I wanna sign my son up for the Thursday arvo sessions.",
         [("name", "Bronwyn Tait")]),
        ("Uh he was born on the second of February 2013.",
         [("date_of_birth", "second of February 2013")],
         "And what's his date of birth? We need it for the under-twelves waiver."),
        ("Mine's the 19th of the 7th, '81.", [("date_of_birth", "19th of the 7th, '81")],
         "And yours as the guardian?"),
        ("It's bron dot tait at bigpond dot com, all lower case.",
         [("email", "bron dot tait at bigpond dot com")]),
        ("Righto, and his name, Lachie Tait, that's L-A-C-H-I-E?", [("name", "Lachie Tait")]),
        ("Ten-visit pass is a hundred and ninety-five, or it's twenty-four bucks casual, plus six for shoe hire.", []),
        ("oh four one two five five seven eight three nine",
         [("phone", "oh four one two five five seven eight three nine")],
         "What's the best contact number for you, Bronwyn?"),
        ("The auto belay on wall 3 is out till the 14th, so the kids' group's on the bouldering side.", []),
        # --- drone pilot licence (US)
        ("Thank you for calling SkyPath Drone Academy, this is Marcus, can I get your name?",
         [("name", "Marcus")]),
        ("Yeah hi, Dwayne Fitzgerald, F-I-T-Z-G-E-R-A-L-D.",
         [("name", "Dwayne Fitzgerald"), ("name", "F-I-T-Z-G-E-R-A-L-D")]),
        (f"Okay, it's {ssn1}.", [("id", ssn1)],
         "For the 1098-T form we'll need your social security number."),
        ("The Part 107 prep course is $249, the knowledge test at the testing center is $175, and the remote ID module is model RID-4400.",
         []),
        (f"Your FAA tracking number is {not_personal_number('2024-118-55731')}, keep that handy.", []),
        ("March fourth, nineteen ninety-six.", [("date_of_birth", "March fourth, nineteen ninety-six")],
         "And your date of birth, as it appears on your driver's license?"),
        (f"It's an Amex, {amex_w}.", [("card", amex_w)]),
        ("d w a y n e dot f i t z nine six at gmail dot com",
         [("email", "d w a y n e dot f i t z nine six at gmail dot com")],
         "What email should the course login go to?"),
        ("Alright, you're all set for the eighth, class runs nine to four with a thirty-minute lunch.", []),
        # --- lice treatment clinic (Irish)
        ("Hello, Lice Clinics Dublin, Siobhán speaking.", [("name", "Siobhán")]),
        ("Hi, this is Aoife Ní Bhriain, I rang yesterday about the three girls.",
         [("name", "Aoife Ní Bhriain")]),
        ("So the full head check is forty-five euro per child and the treatment's a hundred and ten, it takes about ninety minutes.",
         []),
        ("it's oh eight seven two two four sixty-nine thirteen",
         [("phone", "oh eight seven two two four sixty-nine thirteen")],
         "and a number for the reminder text?"),
        ("Twenty-two Ashgrove Lawn, Celbridge, County Kildare, W23 K2X8.",
         [("address", "Twenty-two Ashgrove Lawn, Celbridge, County Kildare, W23 K2X8")],
         "And the address for the invoice, Aoife?"),
        ("We've a slot Saturday the ninth at half ten or Tuesday at four, after school.", []),
        (f"Grand, the refund can go to my IBAN, it's {ie1_g}.", [("iban", ie1_g)]),
        ("No, no, they go to Scoil Mhuire in Celbridge, sure half the class has them.", []),
        # --- helicopter tours (US agent, Nigerian caller)
        ("Good afternoon, Summit Air Tours, this is Kayleigh.", [("name", "Kayleigh")]),
        ("Good afternoon ma, my name is Chukwuemeka Adeyemi, I'm calling about the booking for my wife and I.",
         [("name", "Chukwuemeka Adeyemi")]),
        ("Thank you, Mr. Adeyemi. Can I have the booking reference?", [("name", "Adeyemi")]),
        ("The reference is SAT-48213, for the 9:45 sunset flight on June 17th.", []),
        ("For the seating plan, I am 92 kilos and my wife is about 68.", []),
        ("My number is plus two three four, eight zero three, four one seven, two two six eight.",
         [("phone", "plus two three four, eight zero three, four one seven, two two six eight")]),
        ("emeka underscore adeyemi at yahoo dot co dot uk",
         [("email", "emeka underscore adeyemi at yahoo dot co dot uk")],
         "And an email for the boarding passes?"),
        ("The flight is fifty minutes, max two-fifty pounds per seat, and there's a thirty-five dollar fuel surcharge per person.",
         []),
        (f"Okay, it's a Mastercard, {mc1_w}.", [("card", mc1_w)]),
        # --- chocolate shop (Indian English, UK)
        ("Hello, good evening, Cocoa Atelier, Priyanka this side.", [("name", "Priyanka")]),
        ("Hi, I am Venkatesh Subramanian, I had ordered the Diwali hampers.",
         [("name", "Venkatesh Subramanian")]),
        (f"I ordered 40 boxes of the 250 gram assortment, order number {not_personal_number('77120456')}, but only 36 came.", []),
        ("Okay sir, one minute, let me just check.", []),
        ("Please deliver the balance to my office, 41 Ealing Road, Wembley, HA0 4TL.",
         [("address", "41 Ealing Road, Wembley, HA0 4TL")]),
        ("zero seven four double four, nine eight one, six oh three",
         [("phone", "zero seven four double four, nine eight one, six oh three")],
         "And a contact number for the driver?"),
        ("It is venkat dot s at outlook dot com.", [("email", "venkat dot s at outlook dot com")]),
        ("Each box is eighteen pounds fifty, and on forty boxes you got ten percent corporate discount.", []),
        ("The Ruby Ganache and the Madagascar seventy percent are sold out until the 2nd of November.", []),
    ]
    return items


def en_say(num: str) -> str:
    """Digits as words with 'double' for a repeated digit, as people read them."""
    d = [c for c in num if c.isdigit()]
    out, i = [], 0
    while i < len(d):
        if i + 1 < len(d) and d[i] == d[i + 1] and (i + 2 >= len(d) or d[i + 2] != d[i]):
            out.append("double " + EN_D[int(d[i])])
            i += 2
        else:
            out.append(EN_D[int(d[i])])
            i += 1
    return " ".join(out)


def en_iban_say(iban: str) -> str:
    return ", ".join(" ".join(EN_D[int(c)] if c.isdigit() else c for c in g)
                     for g in group(iban).split())


def en_b():
    ssn2 = "471-06-2295"
    assert ssn_ok(ssn2)
    ssn2_w = grouped(ssn2, (3, 2, 4), lambda x: en_words(x, oh=True))
    iqama = make_saudi("247190385")
    said = make_saudi("108823417")
    tz1, tz2 = make_tz("03418865"), make_tz("33207419")
    afm1, afm2 = make_afm("14825063"), make_afm("06391127")
    gb1 = make_iban("GB", "NWBK60161331926819")
    gb2 = make_iban("GB", "BARC20035847120936")
    de1 = make_iban("DE", "370400440532013000")
    sa1 = make_iban("SA", "80000004718206330911")
    ae1 = make_iban("AE", "0260001015347728901")
    cy1 = make_iban("CY", "002001950000357001234567")
    ie2 = make_iban("IE", "BOFI90001736285519")
    visa2 = luhn_complete("454313", 16, "9021876")
    disc = luhn_complete("6011", 16, "40882931047")
    mc2 = luhn_complete("222300", 16, "4819552")
    visa3 = luhn_complete("458011", 16, "3377210")
    visa4 = luhn_complete("4658", 16, "59020613841")
    visa2_w = ", ".join(en_say(g) for g in group(visa2).split())
    disc_d = group(disc, 4, "-")
    mc2_w = grouped(mc2, (4, 4, 4, 4), en_words)
    visa3_m = f"{visa3[:4]} {visa3[4:8]} " + en_words(visa3[8:12]) + " " + visa3[12:]
    tz1_w = grouped(tz1, (3, 3, 3), lambda x: en_words(x))
    cy1_w = en_iban_say(cy1)
    ie2_m = f"{ie2[:4]} {ie2[4:8]}, " + en_words(ie2[8:14]) + ", " + en_words(ie2[14:])
    items = [
        # --- ayurveda clinic, Riyadh branch (Indian English)
        ("Namaste, Sushruta Ayurveda Riyadh, Anjali speaking.",
         [("name", "Anjali")]),
        ("Yes hello, myself Rajesh Nair, I want to book the panchakarma package for my mother.",
         [("name", "Rajesh Nair")]),
        (f"Her iqama number is {group(iqama, 5)}.", [("id", group(iqama, 5))]),
        ("She is born fifteenth August nineteen fifty-two.",
         [("date_of_birth", "fifteenth August nineteen fifty-two")],
         "And the patient's date of birth, sir?"),
        ("The fourteen-day panchakarma is four thousand two hundred riyals, and consultation is three hundred fifty extra.",
         []),
        ("Villa 12, Al Yasmin district, Anas Ibn Malik Road, Riyadh.",
         [("address", "Villa 12, Al Yasmin district, Anas Ibn Malik Road, Riyadh")],
         "For the home visit, what is the address?"),
        ("my mobile is zero five four, three three eight, one nine two seven",
         [("phone", "zero five four, three three eight, one nine two seven")]),
        (f"Card is {visa2_w}.", [("card", visa2_w)]),
        (f"For the refund of the deposit, my IBAN is {group(sa1)}, no wait, not the Saudi one, put it in my Emirates NBD account, {group(ae1)}.",
         [("iban", group(sa1)), ("iban", group(ae1))]),
        ("Thank you sir, the therapist will come Sunday and Wednesday at 5 PM, session is ninety minutes.", []),
        (f"And this is for me, my national ID, {said}.", [("id", said)],
         "Is the account holder Saudi or resident? I need the ID number."),
        ("Please avoid dairy for three days before, and the Triphala churna is sixty-five riyals for 200 grams.", []),
        # --- billiards hall (Manchester)
        ("Cue Ball Club, Deansgate, how can I help?", []),
        ("Yeah, it's Shaun Mulligan, I'm after renewing me membership.", [("name", "Shaun Mulligan")]),
        ("Annual's a hundred and twenty, that gets you tables at four quid an hour instead of seven-fifty before six.",
         []),
        ("shaun dot mulligan seventy-seven at hotmail dot co dot uk",
         [("email", "shaun dot mulligan seventy-seven at hotmail dot co dot uk")],
         "What's your email these days?"),
        ("Tenth of the first, eighty-eight.", [("date_of_birth", "Tenth of the first, eighty-eight")],
         "And I need your date of birth for the licensing, over-eighteens bar."),
        ("oh one six one, four nine six, no sorry, four nine eight, two two seven oh",
         [("phone", "oh one six one, four nine six, no sorry, four nine eight, two two seven oh")],
         "Is there a landline we can reach you on?"),
        (f"{disc_d}, that's a Discover, me wife's American.", [("card", disc_d)]),
        ("Table 9's booked for the league final Friday at eight, and the Snooker Shoot-Out's on the telly on table 2.",
         []),
        (f"My German flatmate wants to join too, he'll pay by direct debit, his IBAN's {de1}.",
         [("iban", de1)]),
        ("The 147 break prize is five hundred pounds and nobody's claimed it since 2019.", []),
        # --- bouncy castle hire (US)
        ("Jump Around Party Rentals, this is Tanisha, how can I help you today?", [("name", "Tanisha")]),
        ("Hi, um, yeah I wanted the Pirate Ship combo for Saturday the 21st, noon to five.", []),
        ("It's 2218 Maple Ridge Drive, Westerville, Ohio 43081, it's the house with the blue mailbox.",
         [("address", "2218 Maple Ridge Drive, Westerville, Ohio 43081")],
         "Where are we setting up?"),
        ("Pirate Ship's $285 for the day, delivery's free within 15 miles, and we need a 20 by 20 flat area.", []),
        ("six one four, two eight three, oh nine five one",
         [("phone", "six one four, two eight three, oh nine five one")],
         "Good callback number?"),
        (f"Okay let me grab my card, it's {mc2_w}, expires twelve twenty-six.", [("card", mc2_w)]),
        ("Hi, I'm calling about the weekend installer job, my name's DeShawn Carter.",
         [("name", "DeShawn Carter")]),
        (f"Sure, {ssn2_w}.", [("id", ssn2_w)], "Great, for the background screening I'll need your social."),
        ("oh five, seventeen, two thousand four", [("date_of_birth", "oh five, seventeen, two thousand four")],
         "and date of birth?"),
        ("You'd be paid $17.50 an hour, usually 8 to 12 hours a weekend, and you need to lift 75 pounds.", []),
        # --- engraving shop (UK shop, customer in Crete)
        ("Hello, Engrave It, Rochdale, Pete speaking.", [("name", "Pete")]),
        ("Hi, it's Hannah Clarke, I ordered a brass dog tag, order 55190, and I want my Greek number on it.",
         [("name", "Hannah Clarke")]),
        ("Plus three oh, six nine four seven, two one five, three eight zero.",
         [("phone", "Plus three oh, six nine four seven, two one five, three eight zero")]),
        ("Ship it to Odos Daskalogianni 31, Chania, 73100, Crete.",
         [("address", "Odos Daskalogianni 31, Chania, 73100, Crete")]),
        (f"Oh and for the invoice, my Greek tax number, the AFM, is {afm1}.", [("id", afm1)]),
        ("The tag's nine ninety-nine, engraving's four pounds for up to 30 characters, and Royal Mail to Greece is 7.85.",
         []),
        (f"My husband needs one too, his AFM is {group(afm2, 3)}.", [("id", group(afm2, 3))]),
        (f"Can you refund the postage to my Cypriot account? {cy1_w}.", [("iban", cy1_w)]),
        # --- framing shop (Irish)
        ("Hello, Frame by Frame, Galway, how can I help?", []),
        ("Hi there, it's Pádraig Ó Conaire, I left in a print last Thursday, the Jack B. Yeats one.",
         [("name", "Pádraig Ó Conaire")]),
        ("Right, yeah, I have it here, it's the 50 by 70 in the oak frame with museum glass, that's 185 euro.", []),
        ("No no, the ticket number is 3318, not 3381, sorry.", []),
        ("Could ye drop it out to me? 7 Bóthar na Trá, Salthill, H91 F2K6.",
         [("address", "7 Bóthar na Trá, Salthill, H91 F2K6")]),
        (f"And put the overcharge back on {ie2_m}.", [("iban", ie2_m)],
         "We'll refund the twenty euro to your account, what's the IBAN?"),
        ("We're closed the bank holiday Monday but we'll have it out Wednesday between two and five.", []),
        # --- go-kart track (Australian)
        ("Thunder Road Karting, Kelsey here, what can I do ya for?", [("name", "Kelsey")]),
        ("Yeah g'day, it's for a bucks party, twelve blokes, Saturday the 3rd at four.", []),
        ("Grand Prix package is $89 a head, three heats of ten minutes, fastest lap gets a trophy, and the track's 1.2 kilometres.",
         []),
        ("Mate, it's thirty-first of the tenth, ninety-nine.", [("date_of_birth", "thirty-first of the tenth, ninety-nine")],
         "Need the organiser's date of birth for the insurance waiver."),
        (f"{visa3_m}", [("card", visa3_m)], "Card number for the deposit?"),
        ("brodie underscore k at outlook dot com dot au", [("email", "brodie underscore k at outlook dot com dot au")],
         "Email for the waivers?"),
        ("Karts do about 70 k's an hour, under 16s go in the junior karts, min height 150 centimetres.", []),
        # --- flight school, Herzliya (Anglo immigrant)
        ("Hi, uh, this is Shira Goldfarb, I'm calling about the private pilot course.", [("name", "Shira Goldfarb")]),
        (f"Sure, my teudat zehut is {tz1_w}.", [("id", tz1_w)],
         "To open a file with the CAA we need your ID number."),
        (f"And my husband's, for the intro flight, is {tz2}.", [("id", tz2)]),
        ("Twenty-sixth of June, 1990.", [("date_of_birth", "Twenty-sixth of June, 1990")],
         "Date of birth?"),
        ("We live at Rehov Ahuza 112, apartment 9, Ra'anana.",
         [("address", "Rehov Ahuza 112, apartment 9, Ra'anana")]),
        ("oh five four, seven seven one, double two four eight",
         [("phone", "oh five four, seven seven one, double two four eight")],
         "Best number?"),
        (f"Can I pay the first lesson with {group(visa4)}?", [("card", group(visa4))]),
        ("The PPL is forty-five flight hours minimum, the Cessna 172 is 1,150 shekels an hour wet, and ground school is Sunday and Tuesday at six.",
         []),
        (f"And the monthly installments from my account here, {group(gb1)}, or the other one, {group(gb2)}, whichever.",
         [("iban", group(gb1)), ("iban", group(gb2))]),
        ("You're booked for the discovery flight on the 4th at 7:30 am, weather permitting.", []),
        ("The medical's at the Aviation Medicine Institute, it's around 600 shekels and takes a morning.", []),
        # --- loft conversion (London)
        ("Good morning, Lofty Ideas, how can I help?", []),
        ("Hi, it's Mrs Harrington, the survey was for 63 Ferndale Road, Brixton, SW9 8BQ.",
         [("name", "Harrington"), ("address", "63 Ferndale Road, Brixton, SW9 8BQ")]),
        ("The dormer quote came to forty-eight thousand five hundred plus VAT, with a thirty percent deposit.", []),
        ("Building control sign-off takes about six weeks, and we start on the 2nd of March if the party wall notice clears.",
         []),
        ("Could you email me the drawings? It's j harrington 63 at btinternet dot com.",
         [("email", "j harrington 63 at btinternet dot com")]),
        ("The steel beams are 203 by 133, and the head height's 2.2 metres over 50 percent of the floor.", []),
    ]
    return items


LANGS["en"] = lambda: en_a() + en_b()


# ================================================================ Arabic
EG_D = "زيرو واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()


def ar_a():
    visa_ae = luhn_complete("457392", 16, "0815527")
    meeza = luhn_complete("507803", 16, "1194620")
    mada1 = luhn_complete("440647", 16, "2259014")
    ae2 = make_iban("AE", "0330000019872214603")
    eg1 = make_iban("EG", "0019000500000000263180002")
    ma1 = make_iban("MA", "011780000012300042351894")
    jo1 = make_iban("JO", "CBJO0010000000000131000302")
    nid1 = make_saudi("107428816")
    visa_ae_i = ar_indic(group(visa_ae))
    meeza_w = grouped(meeza, (4, 4, 4, 4), lambda x: words(x, EG_D))
    mada1_i = ar_indic(group(mada1))
    nid1_i = ar_indic(nid1)
    jo_phone = words("0795634102", AR_D)
    items = [
        # --- amusement park (UAE, Gulf)
        ("مرحبا، حديقة دانة لاند للألعاب، معك نورة، كيف أقدر أساعدك؟", [("name", "نورة")]),
        ("هلا والله، معك أخوك سلطان الكعبي، حاب أحجز تذاكر عائلية ليوم الجمعة.", [("name", "سلطان الكعبي")]),
        ("التذكرة العائلية بـ٤٩٩ درهم لأربعة أشخاص، والطفل الإضافي ٩٩، واللي تحت ثلاث سنوات مجاناً.", []),
        ("رقمي صفر خمسة صفر، سبعة اثنين أربعة، ثمانية ثمانية واحد تسعة",
         [("phone", "صفر خمسة صفر، سبعة اثنين أربعة، ثمانية ثمانية واحد تسعة")]),
        (f"البطاقة {visa_ae_i} وتنتهي ٠٨/٢٧", [("card", visa_ae_i)], "تفضل رقم البطاقة؟"),
        (f"الحجز رقم {ar_indic(not_personal_number('7740123'))} ليوم الجمعة ١٤ مارس، والبوابات تفتح الساعة عشرة الصبح.", []),
        (f"لو انلغى الحجز رجعوا المبلغ على الآيبان حقي {ae2}", [("iban", ae2)]),
        ("تمام أستاذ، وصلك إيميل التأكيد ولا لا؟", []),
        ("لا ما وصل، الإيميل sultan.alkaabi87@gmail.com", [("email", "sultan.alkaabi87@gmail.com")]),
        ("لعبة الأفعوانية مسكرة للصيانة لين ٢٠ الشهر، والطول المسموح ١٢٠ سم وفوق.", []),
        # --- hair transplant clinic (Egyptian)
        ("عيادة هير لاين، صباح الخير، معاك دينا.", [("name", "دينا")]),
        ("صباح النور يا فندم، أنا محمد عبد الفتاح، كنت حاجز استشارة يوم الحد.", [("name", "محمد عبد الفتاح")]),
        ("العملية بتاخد من ست لتمن ساعات، والسعر ٣٥ ألف جنيه لحد ٣٠٠٠ بصيلة.", []),
        ("موبايلي ٠١٠ ٠٣٤٧ ٨٩٢٥ وعليه واتساب", [("phone", "٠١٠ ٠٣٤٧ ٨٩٢٥")]),
        ("تلاتة تسعة خمسة وتمانين", [("date_of_birth", "تلاتة تسعة خمسة وتمانين")], "تاريخ الميلاد يا فندم؟"),
        ("أنا ساكن في ١٢ شارع مصدق، الدقي، الدور التالت شقة ٧", [("address", "١٢ شارع مصدق، الدقي، الدور التالت شقة ٧")]),
        ("العرض ساري لحد آخر الشهر، وفيه خصم ١٥٪ لو الدفع كاش.", []),
        ("تمام يا أستاذ محمد، الميعاد يوم الحد الساعة تسعة الصبح في فرع المهندسين.", [("name", "محمد")]),
        (f"الكارت ميزة، رقمه {meeza_w}", [("card", meeza_w)]),
        (f"ولو فيه فلوس راجعة ابعتوها على الحساب ده {group(eg1)}", [("iban", group(eg1))]),
        # --- herbalist (Moroccan)
        ("ألو، عشابة الأطلس، مرحبا بيك.", []),
        ("السلام عليكم، أنا سميرة بنعلي، بغيت نسول على واحد الخلطة ديال الشعر.", [("name", "سميرة بنعلي")]),
        ("الخلطة ب ١٢٠ درهم، وزيت الأركان ب ٨٥ درهم للقرعة ديال ٢٥٠ ملل.", []),
        ("صيفطوها ليا ل زنقة ابن بطوطة رقم ٢٣، المعاريف، الدار البيضاء",
         [("address", "زنقة ابن بطوطة رقم ٢٣، المعاريف، الدار البيضاء")]),
        ("النمرة ديالي 06 12 49 30 77", [("phone", "06 12 49 30 77")]),
        ("واخا آلالة، غادي توصلك نهار الخميس إن شاء الله.", []),
        (f"خلصت ليكم بالفيرمون، هاهو الايبان ديالي {ma1}", [("iban", ma1)]),
        ("الليفرزون للدار البيضاء ٣٠ درهم، وكتاخد جوج حتى تلت أيام.", []),
        ("عندنا حتى الحبة السودا والزعتر البلدي ديال تازة، الكيلو ب ٦٠ درهم.", []),
        # --- cooking school (Jordan, Levantine)
        ("أهلين، أكاديمية سفرة للطبخ، معك رامي.", [("name", "رامي")]),
        ("مرحبا، أنا لين حداد، بدي أسجل بكورس المعجنات.", [("name", "لين حداد")]),
        ("الكورس ثماني حصص، كل ثلاثاء وخميس من ستة لتسعة، وسعره ٢٢٠ دينار مع المواد.", []),
        (f"رقمي {jo_phone}", [("phone", jo_phone)], "شو رقم تلفونك؟"),
        ("ساكنة بخلدا، شارع وصفي التل، عمارة ٣٥، الطابق الثاني",
         [("address", "خلدا، شارع وصفي التل، عمارة ٣٥، الطابق الثاني")], "وين العنوان للفاتورة؟"),
        ("لين أندرسكور حداد آت هوتميل دوت كوم", [("email", "لين أندرسكور حداد آت هوتميل دوت كوم")],
         "والإيميل لو سمحتي؟"),
        (f"بحوّل الرسوم من حسابي، الآيبان {group(jo1)}", [("iban", group(jo1))]),
        ("أهلا مدام لين، بس بدي أتأكد من الاسم على الشهادة.", [("name", "لين")]),
        ("١٢ نيسان ٩٨", [("date_of_birth", "١٢ نيسان ٩٨")], "وتاريخ ميلادك؟"),
        ("أول حصة بتبلش ١٥ أيار، والمكان بعبدون جنب دوار الدبلوماسي.", []),
        # --- gaming café (Egyptian youth)
        ("جيمرز زون، معاك كريم، أؤمر.", [("name", "كريم")]),
        ("إزيك يا كبير، أنا حودة، كنت عايز أحجز بي سي لخمسة من صحابي يوم الخميس.", [("name", "حودة")]),
        ("الساعة على البي اس فايف بـ ٤٠ جنيه، والبي سي بـ ٣٥، ولو حجزت خمس ساعات السادسة ببلاش.", []),
        ("زيرو واحد واحد، أربعة تمانية، خمسة خمسة، تلاتة زيرو، سبعة اتنين",
         [("phone", "زيرو واحد واحد، أربعة تمانية، خمسة خمسة، تلاتة زيرو، سبعة اتنين")], "سيبلي رقمك"),
        ("بطولة فيفا يوم ٢٢ الساعة ٨ بالليل، والجايزة ٥ آلاف جنيه، والاشتراك ١٠٠ للفرد.", []),
        ("اكتب الإيميل hamouda.gamer2005@gmail.com", [("email", "hamouda.gamer2005@gmail.com")]),
        ("أنا مواليد خمسة وعشرين أكتوبر ألفين وخمسة", [("date_of_birth", "خمسة وعشرين أكتوبر ألفين وخمسة")],
         "لازم تكون فوق ١٨ للبطولة، تاريخ ميلادك إيه؟"),
        ("الراوتر فاصل من امبارح، والنت ١٠٠ ميجا بس بيقطع كل نص ساعة.", []),
        # --- incense shop (Saudi, Najdi)
        ("هلا، محل بخور الديرة، معك أبو خالد.", [("name", "أبو خالد")]),
        ("السلام عليكم، معك أم فيصل، أبي أطلب دهن عود وبخور.", [("name", "أم فيصل")]),
        ("تولة دهن العود الكمبودي بـ٦٥٠ ريال، والبخور المعمول ٢٥٠ جرام بـ١٨٠.", []),
        ("جوالي ٠٥٥ ٣٢١ ٤٧٠٩", [("phone", "٠٥٥ ٣٢١ ٤٧٠٩")]),
        ("حي الملقا، شارع الأمير محمد بن سعد، فيلا ١٨، الرياض",
         [("address", "حي الملقا، شارع الأمير محمد بن سعد، فيلا ١٨، الرياض")], "وين نوصل الطلب؟"),
        (f"رقم الهوية {nid1_i}", [("id", nid1_i)], "عشان التقسيط على تمارا نحتاج رقم الهوية الوطنية"),
        (f"خلاص بدفع مدى، {mada1_i}", [("card", mada1_i)]),
        ("أبشري يا أم فيصل، الطلب بيوصلك بكرة العصر.", [("name", "أم فيصل")]),
        (f"رقم الطلب {ar_indic(not_personal_number('440918'))}، والتوصيل داخل الرياض مجاني فوق ٣٠٠ ريال.", []),
    ]
    return items


def ar_b():
    visa_lb = luhn_complete("478223", 16, "6601938")
    mc_kw = luhn_complete("512345", 16, "7718206")
    mada2 = luhn_complete("588845", 16, "3310479")
    amex2 = luhn_complete("3782", 15, "9904316621")
    mc_il = luhn_complete("532610", 16, "9027418")
    mada3 = luhn_complete("968208", 16, "1573360")
    lb1 = make_iban("LB", "0999000000010019012345678"[:24])
    kw1 = make_iban("KW", "CBKU0000000000001234560101")
    il1 = make_iban("IL", "0108000000099999999"[:19].replace("9999999", "4471820"))
    sa2 = make_iban("SA", "10000000358762301214")
    nid2, nid3 = make_saudi("110357924"), make_saudi("103968813")
    iq1, iq2 = make_saudi("238814760"), make_saudi("241102537")
    tz1, tz2 = make_tz("20938415"), make_tz("31127408")
    nid2_w = words(nid2, AR_D)
    tz2_w = words(tz2, AR_D)
    mada2_w = grouped(mada2, (4, 4, 4, 4), lambda x: words(x, AR_D), sep="، ")
    sa2_m = "SA" + ar_indic(sa2[2:])
    items = [
        # --- basketball league (Beirut, Lebanese)
        ("ألو، دوري الشباب لكرة السلة، معك كوتش طوني، تفضلي.", [("name", "طوني")]),
        ("مرحبا، أنا ريتا خوري، بدي سجّل ابني بفئة تحت الـ١٤.", [("name", "ريتا خوري")]),
        ("خلق بتسعة أيار ٢٠١١", [("date_of_birth", "تسعة أيار ٢٠١١")], "أيمتى مواليد الصبي؟"),
        ("الاشتراك ٣٠٠ دولار للموسم، والتمارين تلاتا وجمعة من خمسة لسبعة بملعب الشانفيل.", []),
        ("الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الرابع",
         [("address", "الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الرابع")], "وشو العنوان؟"),
        ("تلفوني ٠٣ ٧٢٨ ٤١٥، هيدا الواتساب كمان", [("phone", "٠٣ ٧٢٨ ٤١٥")]),
        ("rita.khoury.lb@gmail.com", [("email", "rita.khoury.lb@gmail.com")], "والإيميل تبعك مدام ريتا؟"),
        (f"بدفع بالكارت، {group(visa_lb, 4, '-')}", [("card", group(visa_lb, 4, "-"))]),
        (f"والدفعة التانية بحوّلها من البنك، الـIBAN تبعي {lb1}", [("iban", lb1)]),
        ("تمام مدام، القميص رقم ٢٣ محجوز إلو، والمباراة الأولى ١٢ تشرين الأول.", []),
        ("فزنا على فريق الحكمة ٧٨ مقابل ٦٥ بس الحكم ما حسب تلات نقاط.", []),
        # --- indoor playground (Kuwait, Gulf)
        ("هلا، فن زون الأڤنيوز، معاج شيخة.", [("name", "شيخة")]),
        ("هلا، أبي أحجز حفلة عيد ميلاد لولدي، عشرين ياهل يوم السبت.", []),
        ("هو مواليد ١٨ / ٦ / ٢٠١٨", [("date_of_birth", "١٨ / ٦ / ٢٠١٨")], "شنو تاريخ ميلاد الولد عشان نكتبه على الكيكة؟"),
        ("باكج الحفلة ١٢٠ دينار لعشرين طفل، ساعتين لعب وبيتزا وعصير، والطفل الزيادة بخمسة دنانير.", []),
        ("تلفوني تسعة تسعة ثمانية سبعة، ستة خمسة أربعة ثلاثة",
         [("phone", "تسعة تسعة ثمانية سبعة، ستة خمسة أربعة ثلاثة")]),
        ("السالمية، قطعة ١٢، شارع ٥، منزل ٣٣", [("address", "السالمية، قطعة ١٢، شارع ٥، منزل ٣٣")],
         "عطيني العنوان عشان الفاتورة"),
        (f"البطاقة {ar_indic(group(mc_kw))}", [("card", ar_indic(group(mc_kw)))]),
        (f"العربون رجعوه على حسابي في بيتك، {group(kw1)}", [("iban", group(kw1))]),
        ("الصالة تفتح من ١٠ الصبح لين ١١ بالليل، والجمعة من ٢ الظهر.", []),
        ("الإيميل a b o y o u s e f 8 0 at hotmail dot com",
         [("email", "a b o y o u s e f 8 0 at hotmail dot com")], "ممكن الإيميل؟"),
        # --- eyebrow threading salon (Jeddah, Hijazi)
        ("صالون خيط وحنّة، معاكي ريم، أيوه؟", [("name", "ريم")]),
        ("أهلين، أنا بشاير، أبغى موعد خيط حواجب وشنب اليوم بعد العصر.", [("name", "بشاير")]),
        ("الحواجب بأربعين ريال والوجه كامل بمية وعشرين، وعندنا موعد الساعة خمسة ونص.", []),
        ("عشرين ستة تسعين", [("date_of_birth", "عشرين ستة تسعين")], "عشان خصم عيد الميلاد، تاريخ ميلادك؟"),
        ("bashayer.j@icloud.com", [("email", "bashayer.j@icloud.com")], "وإيميلك عشان البطاقة الرقمية؟"),
        (f"أدفع بمدى، {mada2_w}", [("card", mada2_w)]),
        ("السلام عليكم، أنا فاطمة من اليمن، سمعت إنكم تبغوا موظفة خيط.", [("name", "فاطمة")]),
        (f"رقم الإقامة {ar_indic(iq1)}", [("id", ar_indic(iq1))], "إقامتك قابلة للنقل؟ عطيني رقم الإقامة"),
        ("الراتب ٣٥٠٠ ريال مع السكن، والدوام من ١٢ الظهر لين ١٠ بالليل، ويوم الجمعة إجازة.", []),
        # --- duty-free pre-order (Queen Alia airport, MSA)
        ("مرحباً بكم في خدمة الطلب المسبق للسوق الحرة في مطار الملكة علياء، معكم هند.", [("name", "هند")]),
        ("مساء الخير، اسمي عبد الرحمن الشهري، مسافر على الرحلة RJ 705 يوم الأحد.", [("name", "عبد الرحمن الشهري")]),
        (f"رقم الهوية الوطنية {nid2_w}", [("id", nid2_w)], "لأن وجهتك الرياض نحتاج رقم الهوية للجمارك"),
        (f"وزوجتي معي، هويتها {ar_indic(group(nid3, 5, ' '))}", [("id", ar_indic(group(nid3, 5, " ")))]),
        ("الطلب: زجاجتا عطر بسعة ١٠٠ مل، وكرتونة شوكولاتة، والمجموع ٢١٤ ديناراً.", []),
        ("يُستلم الطلب من البوابة ٢١٨ قبل الإقلاع بساعة على الأقل، والرحلة تغادر الساعة ١٠:٤٥ مساءً.", []),
        (f"سأدفع بأمريكان إكسبريس، {group(amex2, 5)}", [("card", group(amex2, 5))]),
        ("البريد الإلكتروني عبد الرحمن نقطة الشهري آت ياهو دوت كوم",
         [("email", "عبد الرحمن نقطة الشهري آت ياهو دوت كوم")]),
        ("شكراً أستاذ، رقم الطلب DF-20931، والحد المسموح لتر واحد من العطور للشخص.", []),
        # --- hiking tours (Galilee, Arab citizen of Israel)
        ("أهلا، جولات الجليل، معك سامي.", [("name", "سامي")]),
        ("مرحبا، اسمي وفاء زعبي، بدي أحجز لرحلة مسار يشوع يوم السبت لستة أشخاص.", [("name", "وفاء زعبي")]),
        ("الرحلة ١٤ كيلومتر، بتبلش الساعة ٧ الصبح من دوار العين، والسعر ١٢٠ شيكل للشخص.", []),
        (f"رقم الهوية تبعي {tz1}", [("id", tz1)], "عشان التأمين بدي رقم الهوية"),
        (f"وجوزي {tz2_w}", [("id", tz2_w)]),
        ("مواليد ٣٠ تشرين الثاني ١٩٨٧", [("date_of_birth", "٣٠ تشرين الثاني ١٩٨٧")]),
        ("نحنا بالناصرة، شارع بولس السادس ١٤٥، الطابق التالت",
         [("address", "شارع بولس السادس ١٤٥، الطابق التالت")], "شو العنوان؟"),
        ("052-4431980", [("phone", "052-4431980")], "ورقم الجوال؟"),
        (f"بدفع بالكارت {mc_il}", [("card", mc_il)]),
        (f"وإذا انلغت الرحلة رجعولي على الحساب {group(il1)}", [("iban", group(il1))]),
        ("wafaa zoabi at walla dot co dot il", [("email", "wafaa zoabi at walla dot co dot il")]),
        ("لازم تجيبوا لترين مي لكل واحد، وإذا في شرب بعد الساعة ١١ منلغي المسار الطويل.", []),
        # --- juice bar corporate orders (Riyadh)
        ("عصائر الواحة، طلبات الشركات، تفضل.", []),
        ("السلام عليكم، معك أبو يزن من شركة المدار للمقاولات، أبي ٤٠ كاسة عصير للاجتماع بكرة.", [("name", "أبو يزن")]),
        ("الكاسة الكبيرة ١٤ ريال، والأفوكادو ١٨، وطلبات الشركات فوق ٥٠٠ ريال عليها خصم ١٠٪.", []),
        ("برج الفيصلية، الدور ١٧، طريق الملك فهد، الرياض",
         [("address", "برج الفيصلية، الدور ١٧، طريق الملك فهد، الرياض")], "وين التوصيل؟"),
        (f"رقم الإقامة حقي {iq2}", [("id", iq2)], "لفتح حساب الشركة عندنا نحتاج هوية أو إقامة المسؤول"),
        ("سبعة سبعة، ثلاثة، تسعين", [("date_of_birth", "سبعة سبعة، ثلاثة، تسعين")],
         "وتاريخ ميلادك لبرنامج الولاء؟"),
        (f"حوّلت المبلغ من الآيبان {sa2_m}", [("iban", sa2_m)]),
        (f"البطاقة {ar_indic(mada3)}", [("card", ar_indic(mada3))]),
        (f"رقم الفاتورة {ar_indic(not_personal_number('2024110387'))}، وبتوصل الساعة تسعة ونص الصبح.", []),
        ("عصير الرمان خلص اليوم، بدلناه برمان وتوت بنفس السعر.", []),
        (f"وزميلي اللي بيستلم الطلب إقامته {ar_indic(group(make_saudi('229046318'), 5, ' '))}",
         [("id", ar_indic(group(make_saudi("229046318"), 5, " ")))]),
        ("الموعد الجاي ١٧ رمضان الساعة ١١، وبعد العملية ممنوع الجيم لمدة شهر.", []),
        ("ماتش النهائي يوم الأحد الساعة ٨ على قناة الجديد، والتذكرة بعشرة دولار.", []),
        ("فرع الجهراء مسكر للتجديد لين شهر ٩، روحوا فرع ٣٦٠ مول.", []),
        ("الرحلة RJ 705 تأخرت ساعتين، والبوابة تغيرت من ٢١٨ إلى ٢٢٤.", []),
    ]
    return items


LANGS["ar"] = lambda: ar_a() + ar_b()


# ================================================================ Hebrew
def he_a():
    tz1, tz2, tz3, tz4 = make_tz("30571846"), make_tz("20794413"), make_tz("34318052"), make_tz("05562139")
    il1 = make_iban("IL", "0126800000004418207")
    il2 = make_iban("IL", "0200920000000731955")
    fr1 = make_iban("FR", "30004008120001234567890"[:23])
    visa1 = luhn_complete("458003", 16, "4411927")
    mc1 = luhn_complete("540118", 16, "3382016")
    amex1 = luhn_complete("3755", 15, "1098427731")
    tz1_w = words(tz1, HE_F)
    tz3_m = " ".join(HE_M[int(c)] for c in tz3[:3]) + " " + tz3[3:6] + " " + " ".join(HE_F[int(c)] for c in tz3[6:])
    mc1_w = grouped(mc1, (4, 4, 4, 4), lambda x: words(x, HE_F))
    items = [
        # --- circus school (Tel Aviv)
        ("שלום, בית ספר לקרקס ״פעמון״, מדברת נוגה, במה אפשר לעזור?", [("name", "נוגה")]),
        ("היי, אממ, שמי מיכל ברקוביץ, רציתי לרשום את הבת שלי לחוג אקרובטיקה.", [("name", "מיכל ברקוביץ")]),
        ("החוג פעם בשבוע, ימי רביעי מארבע וחצי עד שש, ועולה 380 שקל לחודש.", []),
        ("נולדה בשלושה באוגוסט 2015", [("date_of_birth", "שלושה באוגוסט 2015")], "מה תאריך הלידה שלה?"),
        (f"תעודת זהות שלי {tz1_w}", [("id", tz1_w)], "ואני צריכה ת.ז. של אחד ההורים לטופס ההצהרה"),
        ("אפס חמש ארבע, שבע שתיים שלוש, שמונה אחת אפס אחת",
         [("phone", "אפס חמש ארבע, שבע שתיים שלוש, שמונה אחת אפס אחת")], "טלפון ליצירת קשר?"),
        ("רחוב שינקין 41 דירה 7, גבעתיים", [("address", "רחוב שינקין 41 דירה 7, גבעתיים")], "וכתובת למשלוח הקבלה?"),
        ("תודה, המופע של סוף השנה ב-14 ביוני בשבע בערב באולם צוותא.", []),
        ("הטרפז למתחילים רק מגיל עשר, ויש הנחה של 10% לאח שני.", []),
        # --- comic shop (Haifa, Russian immigrant)
        ("קומיקס בהדר, שלום.", []),
        ("שלום, אני ולדימיר, וולודיה, הזמנתי את באטמן גיליון 50 והוא לא הגיע.", [("name", "ולדימיר"), ("name", "וולודיה")]),
        (f"מספר הזמנה {not_personal_number('88420931')}, שילמתי 145 שקל ב-3 בחודש.", []),
        ("הכתובת שלי נווה שאנן, רחוב טרומפלדור 88, קומה שלישית", [("address", "רחוב טרומפלדור 88, קומה שלישית")]),
        ("volodya.k שטרודל mail.ru", [("email", "volodya.k שטרודל mail.ru")], "תן לי את המייל שלך בבקשה"),
        ("אוקיי, המפיץ אומר שהמשלוח מארה\"ב יגיע עד יום חמישי.", []),
        (f"תחזירו לי את הכסף לכרטיס {group(visa1)}, אני לא רוצה לחכות.", [("card", group(visa1))]),
        ("סדרת הספיידרמן של 1994 יש לנו בארבעה כרכים, 89 שקל לכרך.", []),
        # --- coding bootcamp (Anglo, Ethiopian-Israeli)
        ("בוקר טוב, קוד אקדמי, מדבר עידו.", [("name", "עידו")]),
        ("היי, זה ג'ושוע, ג'וש גרינברג, עליתי לפני שנה, רציתי לשאול על מסלול פולסטאק.", [("name", "ג'ושוע"), ("name", "ג'וש גרינברג")]),
        ("המסלול 24 שבועות, ארבעה ערבים בשבוע, 28,900 שקל, ויש מימון של משרד העבודה עד 70%.", []),
        (f"ת.ז. {tz2}", [("id", tz2)], "בשביל המימון צריך את מספר תעודת הזהות"),
        ("josh underscore greenberg at gmail dot com", [("email", "josh underscore greenberg at gmail dot com")]),
        ("עשרים ושניים בנובמבר, תשעים ושש", [("date_of_birth", "עשרים ושניים בנובמבר, תשעים ושש")], "תאריך לידה?"),
        ("שלום, מדבר אדיסו מסלה, גם אני רוצה להירשם, חבר שלי ממליץ.", [("name", "אדיסו מסלה")]),
        (f"זה {tz3_m}", [("id", tz3_m)], "תגיד לי את התעודת זהות שלך לאט"),
        ("הטלפון שלי 052-8847613", [("phone", "052-8847613")]),
        ("מבחן הקבלה ביום שני ה-9 בעשר בבוקר, לוקח שעתיים וחצי, בפייתון או ג'אווהסקריפט.", []),
        (f"ואת המקדמה אני משלם ב{mc1_w}", [("card", mc1_w)]),
        # --- candle shop (French immigrant, Netanya)
        ("נר לי, חנות נרות, שלום.", []),
        ("בונז'ור, אה, שלום, אני אלודי בן חמו, רציתי להזמין נרות לחתונה.", [("name", "אלודי בן חמו")]),
        ("מאתיים נרות צנצנת בריח וניל, 12 שקל ליחידה, ומעל מאה יש משלוח חינם.", []),
        ("אפס חמש שמונה, ארבע ארבע, שש שש, אחת שבע שלוש", [("phone", "אפס חמש שמונה, ארבע ארבע, שש שש, אחת שבע שלוש")]),
        ("שדרות בנימין 12, דירה 30, נתניה", [("address", "שדרות בנימין 12, דירה 30, נתניה")], "לאן לשלוח?"),
        (f"יש לי חשבון בצרפת, {group(fr1)}, אפשר להעביר משם?", [("iban", group(fr1))]),
        ("elodie.benhamou@orange.fr", [("email", "elodie.benhamou@orange.fr")]),
        ("בסדר גמור, החתונה ב-22 באוקטובר, אז נשלח עד ה-15.", []),
        # --- foster-care agency (social worker, Arab citizen caller)
        ("עמותת בית חם לאומנה, מדברת רונית, שלום.", [("name", "רונית")]),
        ("שלום, אני סמאח חלבי מדלית אל כרמל, אני ובעלי רוצים להיות משפחה אומנת.", [("name", "סמאח חלבי")]),
        (f"מספר הזהות {group(tz4, 3, '-')}", [("id", group(tz4, 3, "-"))]),
        ("בעלי נולד ב-4.7.1983", [("date_of_birth", "4.7.1983")], "ותאריכי לידה של שניכם?"),
        ("ואני בשלושים ואחד בדצמבר שמונים ושש", [("date_of_birth", "שלושים ואחד בדצמבר שמונים ושש")]),
        ("הקורס להורים אומנים שמונה מפגשים, בימי שלישי, והראשון ב-5 במרץ בחיפה.", []),
        ("הכתובת שלנו רחוב הראשי 120, דלית אל כרמל", [("address", "רחוב הראשי 120, דלית אל כרמל")]),
        (f"את דמי האומנה מעבירים לחשבון {il1}", [("iban", il1)], "לאיזה חשבון להעביר את התשלום החודשי?"),
        ("התשלום החודשי לילד עד גיל 6 הוא 3,200 שקל, והוא מתעדכן כל ינואר.", []),
        # --- genetic counselling (Jerusalem)
        ("מכון גנטיקה, שערי צדק, שלום.", []),
        ("שלום, מדברת חני רוזנטל, יש לי הפניה לייעוץ גנטי לפני הריון.", [("name", "חני רוזנטל")]),
        ("התור הקרוב ב-11 בספטמבר בשמונה ורבע, והבדיקה המורחבת עולה 1,850 שקל בלי החזר.", []),
        (f"{tz1[:0]}ז\"א, אני קופת חולים מאוחדת, ותעודת זהות {group(make_tz('02713958'), 3)}",
         [("id", group(make_tz("02713958"), 3))]),
        ("אני ילידת שנים עשר באפריל אלף תשע מאות תשעים ואחת", [("date_of_birth", "שנים עשר באפריל אלף תשע מאות תשעים ואחת")]),
        (f"את ההשתתפות העצמית אשלם ב{group(amex1, 5)}", [("card", group(amex1, 5))]),
        ("התשובות מגיעות תוך שלושה עד ארבעה שבועות, ונשלח לך SMS כשהן באתר.", []),
        (f"אם יש החזר מהקופה, החשבון שלי {group(il2)}", [("iban", group(il2))]),
    ]
    return items


def he_b():
    tz5, tz6, tz7 = make_tz("31884520"), make_tz("21446973"), make_tz("03092267")
    il3 = make_iban("IL", "0310100000052884611")
    il4 = make_iban("IL", "0117790000003304127")
    il5 = make_iban("IL", "0204620000000918376")
    gb3 = make_iban("GB", "HBUK40127631774409")
    visa2 = luhn_complete("427731", 16, "8460921")
    diners = luhn_complete("3601", 14, "558120933")
    mc2 = luhn_complete("552271", 16, "0934415")
    visa3 = luhn_complete("410039", 16, "7726180")
    visa2_w = grouped(visa2, (4, 4, 4, 4), lambda x: words(x, HE_M))
    tz6_w = words(tz6, HE_F)
    il5_m = "IL" + " " + words(il5[2:4], HE_F) + " " + group(il5[4:])
    visa3_m = visa3[:8] + " " + words(visa3[8:], HE_F)
    items = [
        # --- health food shop (Beersheba)
        ("טבע הנגב, שלום, מדברת אורית.", [("name", "אורית")]),
        ("שלום, זה שלמה אזולאי, הזמנתי ספירולינה וחלבון אפונה ולא קיבלתי.", [("name", "שלמה אזולאי")]),
        (f"הזמנה {not_personal_number('5019273')}, מה-2 לחודש, סך הכול 318 שקל.", []),
        ("אני גר ברחוב רגר 14, כניסה ב', דירה 6, באר שבע", [("address", "רחוב רגר 14, כניסה ב', דירה 6, באר שבע")]),
        ("אפס חמישים ושתיים, שבע מאות שלושים וארבע, עשרים ואחת תשעים",
         [("phone", "אפס חמישים ושתיים, שבע מאות שלושים וארבע, עשרים ואחת תשעים")]),
        ("המבצע על השקדים הטבעיים 49.90 לקילו עד סוף החודש, ויש 1+1 על טחינה גולמית.", []),
        (f"תזכו את הכרטיס {visa2_w}", [("card", visa2_w)]),
        ("השליח של צ'יטה מגיע בימים ראשון ורביעי בין שתיים לשש.", []),
        # --- home brewing supplies
        ("בירה ביתית, מדבר אסף, מה נשמע?", [("name", "אסף")]),
        ("אהלן, אני ניר, ניר שגיא, רציתי ערכת מתחילים ועשרים קילו לתת פילזנר.", [("name", "ניר", 0), ("name", "ניר שגיא")]),
        ("ערכת המתחילים 690 שקל, כולל תסס של 30 ליטר, ומדחום, והתסיסה לוקחת שבועיים בעשרים מעלות.", []),
        ("nir.sagi82 שטרודל walla נקודה co נקודה il", [("email", "nir.sagi82 שטרודל walla נקודה co נקודה il")]),
        (f"{group(diners, 4)}, זה דיינרס", [("card", group(diners, 4))], "מספר כרטיס?"),
        ("מושב בית עובד, משק 47", [("address", "מושב בית עובד, משק 47")], "לאן המשלוח?"),
        ("שמרי ספאם של ספיר ארבעים ותשעה שקל, והכשות קסקייד נגמרו עד אמצע אוגוסט.", []),
        # --- ink refill
        ("דיו פלוס, שלום.", []),
        ("היי, אני יבגניה, ז'ניה, מהמשרד של רואי החשבון ברחובות, צריכה מילוי לטונרים.", [("name", "יבגניה"), ("name", "ז'ניה")]),
        ("דגם HP 85A, שישה טונרים, מילוי 95 שקל לאחד, ומקור חדש 340.", []),
        ("הכתובת רחוב הרצל 210, קומה 4, רחובות", [("address", "רחוב הרצל 210, קומה 4, רחובות")]),
        ("08-9461150", [("phone", "08-9461150")], "מספר במשרד?"),
        (f"החשבונית על שמי, ת״ז {tz5}", [("id", tz5)]),
        (f"תעבירו החזר לחשבון {il3}", [("iban", il3)]),
        ("המדפסת מדפיסה פסים אחרי 200 דף, ניסיתי ניקוי ראש שלוש פעמים.", []),
        # --- karaoke bar
        ("ערב טוב, מיקרופון בר, מדבר שי.", [("name", "שי")]),
        ("היי, אני אורטל, רוצה להזמין חדר ליום הולדת שלושים, ביום חמישי ה-18.", [("name", "אורטל")]),
        ("חדר ל-15 איש, 450 שקל לשעתיים, מינימום הזמנה 80 לאדם, ואחרי 12 בלילה יש תוספת.", []),
        ("אפס חמש אפס, שבע שבע שבע, ארבע שתיים אחת שלוש", [("phone", "אפס חמש אפס, שבע שבע שבע, ארבע שתיים אחת שלוש")]),
        ("ortal.b at icloud dot com", [("email", "ortal.b at icloud dot com")]),
        (f"כרטיס {visa3_m}", [("card", visa3_m)]),
        ("אוקיי, שמרתי לך את חדר 3, בתשע וחצי.", []),
        ("השיר הכי מבוקש אצלנו זה עדיין ״שיר לשלום״, ואחריו אייל גולן.", []),
        # --- kite shop (Eilat, Anglo)
        ("קייט סנטר אילת, שלום.", []),
        ("Hi, sorry, אני מדברת קצת עברית, my name is Rachel Adler, אני רוצה לקנות קייט.", [("name", "Rachel Adler")]),
        ("קייט 9 מטר עם בר, 5,400 שקל, ושיעור פרטי 350 לשעה, הרוח הכי טובה ביולי ואוגוסט.", []),
        (f"אני משלמת מהחשבון באנגליה, {group(gb3)}", [("iban", group(gb3))]),
        ("rachel adler 1 at yahoo dot com", [("email", "rachel adler 1 at yahoo dot com")]),
        ("פלוס תשע שבע שתיים, חמש ארבע, שש אחת אחת, שמונה שלוש אפס שש",
         [("phone", "פלוס תשע שבע שתיים, חמש ארבע, שש אחת אחת, שמונה שלוש אפס שש")]),
        ("המשלוח לאילת בלי מע״מ, ואחרי 14 יום אי אפשר להחזיר ציוד שנרטב.", []),
        # --- laser tag (kibbutz, bar mitzvah)
        ("לייזר זון, מדבר עומרי.", [("name", "עומרי")]),
        ("שלום, מדברת לימור דהן, רציתי לסגור בר מצווה ל-40 ילדים.", [("name", "לימור דהן")]),
        ("זה 95 לילד, שלושה משחקים של 15 דקות, ופיצה ושתייה, החדר לשלוש שעות.", []),
        ("החגיגה ב-27 בדצמבר, אבל הבר מצווה עצמו בפרשת ויחי.", []),
        ("הבן שלי נולד בכ\"ג בטבת, שזה 3 בינואר 2012", [("date_of_birth", "כ\"ג בטבת, שזה 3 בינואר 2012")],
         "ותאריך הלידה של החתן?"),
        (f"תרשום ת״ז {tz6_w}", [("id", tz6_w)], "על שם מי החשבונית?"),
        (f"ההחזר של המקדמה לחשבון {il5_m}", [("iban", il5_m)]),
        # --- life coach
        ("שלום, הגעת לציפי פרץ, אימון אישי, אני לא זמינה, השאירו הודעה.", [("name", "ציפי פרץ")]),
        ("שלום, מדברת טגיסט ימר, קיבלתי את המספר שלך מהמתנ\"ס, אשמח שתחזרי אליי.", [("name", "טגיסט ימר")]),
        ("המספר שלי אפס חמש שלוש, שבעים ושתיים, שלושים ואחת, עשרים ותשע",
         [("phone", "אפס חמש שלוש, שבעים ושתיים, שלושים ואחת, עשרים ותשע")]),
        ("תהליך של 12 מפגשים, 350 שקל למפגש, או 3,600 בתשלום אחד, כל מפגש שעה.", []),
        ("אני גרה בקריית גת, ברחוב הגפן 9", [("address", "רחוב הגפן 9")], "אפשר להיפגש קרוב אלייך, איפה את גרה?"),
        ("המפגש הראשון ביום ראשון ב-19:30, בזום או אצלי בקליניקה.", []),
        (f"ולקבלה את צריכה את הת״ז? {group(tz7, 3, ' ')}", [("id", group(tz7, 3, " "))]),
        ("ט' באב תשמ\"ח", [("date_of_birth", "ט' באב תשמ\"ח")], "יש לי שאלון פתיחה, מתי יום ההולדת שלך?"),
        ("tigist.yimer שטרודל gmail נקודה com", [("email", "tigist.yimer שטרודל gmail נקודה com")]),
        (f"אני אעביר בביט, או בהעברה לחשבון {group(il4)}", [("iban", group(il4))]),
        ("הסדנה הקבוצתית מתחילה ב-1 בנובמבר, שמונה משתתפות, בימי שלישי בערב.", []),
        (f"{group(mc2)}", [("card", group(mc2))], "אפשר גם באשראי, מספר הכרטיס?"),
    ]
    return items


def he_c():
    visa4 = luhn_complete("458045", 16, "2719930")
    mc3 = luhn_complete("526402", 16, "8815073")
    il6 = make_iban("IL", "0126550000000562281")
    visa4_m = words(visa4[:8], HE_F) + ", " + group(visa4[8:])
    il6_w = "איי אל " + words(il6[2:], HE_F)
    return [
        # --- health food shop, a second call (Tel Aviv)
        ("שלום, שמי אבי כהן, אני לקוח שלכם בסניף רמת אביב, רציתי לפתוח חשבון משלוחים.", [("name", "אבי כהן")]),
        ("סניף רמת אביב נסגר ב-31 במאי, העברנו את כל ההזמנות לסניף אבן גבירול.", []),
        ("דרך מנחם בגין 132, המגדל העגול, קומה 28, תל אביב",
         [("address", "דרך מנחם בגין 132, המגדל העגול, קומה 28, תל אביב")], "לאיזו כתובת המשלוחים?"),
        ("אבי קו תחתון כהן שטרודל הוטמייל נקודה קום", [("email", "אבי קו תחתון כהן שטרודל הוטמייל נקודה קום")],
         "מייל לחשבוניות?"),
        ("נולדתי ב-15/02/79", [("date_of_birth", "15/02/79")], "יש הטבת יום הולדת במועדון, מה תאריך הלידה?"),
        ("03-5271144, זה הקו במשרד, אם לא עונים תשאירו הודעה", [("phone", "03-5271144")]),
        (f"כרטיס ויזה, {visa4_m}", [("card", visa4_m)]),
        (f"לא, סליחה, תחייבו את המאסטרקארד של העסק, {group(mc3, 4, '-')}", [("card", group(mc3, 4, "-"))]),
        (f"והחזרים לחשבון {il6_w}", [("iban", il6_w)]),
        ("קוד הקופון SUMMER24 נותן 15% הנחה על קנייה מעל 250 שקל, עד ה-30 ביוני.", []),
        ("דמי המשלוח 29 שקל, ובהזמנה קבועה כל שבועיים המשלוח חינם.", []),
        ("גבינת עיזים של משק יודפת חזרה למלאי, 24 שקל ל-200 גרם.", []),
    ]


LANGS["he"] = lambda: he_a() + he_b() + he_c()


# ================================================================ Greek
def el_a():
    afm1, afm2, afm3, afm4 = make_afm("04719236"), make_afm("13308572"), make_afm("80144619"), make_afm("12953307")
    gr1 = make_iban("GR", "01101250000000128493017")
    gr2 = make_iban("GR", "01720480005048012345678")
    cy1 = make_iban("CY", "005001200000000131190177")
    visa1 = luhn_complete("476134", 16, "2290455")
    mc1 = luhn_complete("516732", 16, "0447819")
    afm1_w = words(afm1, EL_D)
    visa1_w = grouped(visa1, (4, 4, 4, 4), lambda x: words(x, EL_D))
    gr1_g = group(gr1)
    items = [
        # --- aromatherapy shop (Athens)
        ("Καλημέρα σας, Αρώματα της Γης, λέγεται Δέσποινα, πώς μπορώ να βοηθήσω;", [("name", "Δέσποινα")]),
        ("Καλημέρα, εεε, με λένε Σταυρούλα Μανωλάκη, είχα παραγγείλει αιθέριο έλαιο λεβάντας.", [("name", "Σταυρούλα Μανωλάκη")]),
        ("Το μπουκαλάκι των 30 ml κάνει 14,90 και το σετ με τα έξι έλαια 42 ευρώ, με δωρεάν μεταφορικά πάνω από 50.", []),
        ("Μένω στην Ιπποκράτους 78, τρίτος όροφος, Αθήνα 106 80", [("address", "Ιπποκράτους 78, τρίτος όροφος, Αθήνα 106 80")]),
        ("έξι εννιά τέσσερα επτά, τριάντα δύο, ογδόντα ένα, πενήντα εννιά",
         [("phone", "έξι εννιά τέσσερα επτά, τριάντα δύο, ογδόντα ένα, πενήντα εννιά")], "Ένα κινητό για τον κούριερ;"),
        (f"Θέλω τιμολόγιο, ο ΑΦΜ είναι {afm1_w}", [("id", afm1_w)]),
        ("Ευχαριστώ κυρία Μανωλάκη, η παραγγελία φεύγει σήμερα με ACS και θα την έχετε Πέμπτη.", [("name", "Μανωλάκη")]),
        (f"Αριθμός παραγγελίας {not_personal_number('400281')}, πληρώθηκε στις 3 Οκτωβρίου.", []),
        # --- bike-share scheme (Thessaloniki, young caller)
        ("Γεια σας, Bike Thess, εξυπηρέτηση πελατών.", []),
        ("γεια σας είμαι ο Άρης Τσολάκης και μου χρέωσε τρεις ώρες ενώ κλείδωσα το ποδήλατο στο σταθμό της Αριστοτέλους",
         [("name", "Άρης Τσολάκης")]),
        ("Η μηνιαία συνδρομή είναι 12 ευρώ, τα πρώτα 30 λεπτά δωρεάν, και μετά 50 λεπτά η ώρα.", []),
        ("aris underscore tsol at gmail dot com", [("email", "aris underscore tsol at gmail dot com")], "Το email του λογαριασμού;"),
        (f"Η κάρτα που χρεώθηκε είναι {visa1_w}", [("card", visa1_w)]),
        ("Το ποδήλατο 0417 στο σταθμό 12 έχει χαλασμένη κλειδαριά από την Τρίτη, σας δίνω πίστωση 6 ευρώ.", []),
        ("Γεννήθηκα 8 Ιανουαρίου 2003", [("date_of_birth", "8 Ιανουαρίου 2003")], "Για επιβεβαίωση, ημερομηνία γέννησης;"),
        # --- board-game café (Nicosia, Cypriot)
        ("Καλησπέρα, Ζάρια Café, ο Κυριάκος.", [("name", "Κυριάκος")]),
        ("Καλησπέρα, είμαι ο Χαράλαμπος, ο Μπάμπης, θέλω να κλείσω τραπέζι για οχτώ άτομα το Σάββατο.", [("name", "Χαράλαμπος"), ("name", "Μπάμπης")]),
        ("Έχουμε στις επτά ή στις εννιά, η είσοδος είναι πέντε ευρώ το άτομο με απεριόριστα παιχνίδια.", []),
        ("ενενήντα εννιά, τετρακόσια πενήντα δύο, εκατόν δεκαοχτώ",
         [("phone", "ενενήντα εννιά, τετρακόσια πενήντα δύο, εκατόν δεκαοχτώ")], "Ένα τηλέφωνο;"),
        ("Είναι για τα γενέθλια της κόρης μου, κλείνει τα 16, γεννήθηκε 21 του Ιούνη του 2008.", [("date_of_birth", "21 του Ιούνη του 2008")]),
        (f"Για την προκαταβολή θα σας στείλω από την Τράπεζα Κύπρου, {group(cy1)}", [("iban", group(cy1))]),
        ("Το Catan και το Carcassonne τα έχουμε και στα ελληνικά, το Dixit όμως λείπει μια κάρτα.", []),
        ("Εντάξει κύριε Μπάμπη, σας περιμένουμε Σάββατο στις επτά.", [("name", "Μπάμπη")]),
        ("Λεωφόρος Στροβόλου 150, διαμέρισμα 4, Στρόβολος 2048", [("address", "Λεωφόρος Στροβόλου 150, διαμέρισμα 4, Στρόβολος 2048")],
         "Για το τιμολόγιο, η διεύθυνση;"),
        # --- cattery (Patras, older caller)
        ("Ξενοδοχείο γάτας Νιάου, παρακαλώ.", []),
        ("Ναι, καλημέρα παιδί μου, η Παναγιώτα Λιάπη είμαι, θέλω να αφήσω τη γάτα μου δέκα μέρες τον Αύγουστο.", [("name", "Παναγιώτα Λιάπη")]),
        ("Η διανυκτέρευση είναι 12 ευρώ, με φάρμακα 15, και θέλουμε το βιβλιάριο με το εμβόλιο του Μαρτίου.", []),
        ("Δύο εξακόσια δέκα, σαράντα τρία, είκοσι δύο, μηδέν επτά",
         [("phone", "Δύο εξακόσια δέκα, σαράντα τρία, είκοσι δύο, μηδέν επτά")], "Ένα σταθερό τηλέφωνο κυρία μου;"),
        ("Στην Κορίνθου 233, Πάτρα, δίπλα στο φαρμακείο", [("address", "Κορίνθου 233, Πάτρα")], "Πού να έρθει το ταξί της γάτας;"),
        ("Γεννήθηκα το σαράντα εννιά, δεκαπέντε Αυγούστου, της Παναγίας", [("date_of_birth", "σαράντα εννιά, δεκαπέντε Αυγούστου")]),
        (f"Θα το πληρώσει ο γιος μου με κατάθεση, από τον λογαριασμό του {gr1_g}", [("iban", gr1_g)]),
        ("Κλείσαμε από 5 μέχρι 15 Αυγούστου, δέκα βράδια, σύνολο 120 ευρώ, προκαταβολή 40.", []),
        # --- cycling tours (Crete, Cypriot / foreign names)
        ("Cretan Wheels, καλησπέρα, Μανόλης εδώ.", [("name", "Μανόλης")]),
        ("Καλησπέρα, λέγομαι Ελένη Χατζηγεωργίου, από Λάρνακα, θέλουμε την εκδρομή στο φαράγγι για τέσσερις.", [("name", "Ελένη Χατζηγεωργίου")]),
        ("Η διαδρομή είναι 42 χιλιόμετρα, κατηφορική κυρίως, ξεκινάμε 8:30 από το Ομαλό και κοστίζει 75 ευρώ με ηλεκτρικό.", []),
        ("ελένη τελεία χατζη παπάκι cytanet τελεία com τελεία cy", [("email", "ελένη τελεία χατζη παπάκι cytanet τελεία com τελεία cy")]),
        ("συν τρία πέντε εφτά, ενενήντα εφτά, ογδόντα οχτώ, δεκατρία, μηδέν ένα",
         [("phone", "συν τρία πέντε εφτά, ενενήντα εφτά, ογδόντα οχτώ, δεκατρία, μηδέν ένα")]),
        (f"Και για την ασφάλιση, ο ΑΦΜ του άντρα μου, που είναι Έλληνας, {afm2}", [("id", afm2)]),
        (f"Πληρώνω με τη Mastercard, {group(mc1)}", [("card", group(mc1))]),
        ("Στις 14 Σεπτεμβρίου δεν γίνεται, έχουμε ήδη γκρουπ 20 ατόμων από Γερμανία.", []),
        # --- exotic pets shop (Piraeus)
        ("Εξωτικά Κατοικίδια, ο Τάκης, πείτε μου.", [("name", "Τάκης")]),
        ("Γεια, ο Ντίνος είμαι, ο Κωνσταντίνος Ρήγας, για το terrarium των 120 λίτρων.", [("name", "Ντίνος"), ("name", "Κωνσταντίνος Ρήγας")]),
        ("Το terrarium 120x60 κάνει 189 ευρώ, η λάμπα UVB 34, και ο πύθωνας θέλει 28 βαθμούς.", []),
        (f"Κόψε τιμολόγιο στον ΑΦΜ {group(afm3, 3, ' ')}", [("id", group(afm3, 3, " "))]),
        ("Φέρτο μου στην Ηρώων Πολυτεχνείου 61, Πειραιάς, πρώτος όροφος", [("address", "Ηρώων Πολυτεχνείου 61, Πειραιάς, πρώτος όροφος")]),
        (f"Ναι, σε λογαριασμό καλύτερα, το IBAN μου είναι {gr2}", [("iban", gr2)], "Θα μου στείλεις με IRIS ή σε λογαριασμό;"),
        ("Οι χελώνες δεν πωλούνται χωρίς χαρτιά CITES, και οι ιγκουάνες έρχονται 20 Νοεμβρίου.", []),
        (f"Ο ΑΦΜ του μαγαζιού μου είναι άλλος, {afm4}, βάλε αυτόν.", [("id", afm4)]),
    ]
    return items


def el_b():
    afm5, afm6, afm7, afm8 = make_afm("09922841"), make_afm("15530764"), make_afm("04466185"), make_afm("11207349")
    gr3 = make_iban("GR", "01400400400002002101234"[:23])
    gr4 = make_iban("GR", "02602150000340100998127")
    gr5 = make_iban("GR", "01109370000093700551209")
    cy2 = make_iban("CY", "003002810000000357112486")
    visa2 = luhn_complete("432019", 16, "7756310")
    mc2 = luhn_complete("549618", 16, "2308847")
    visa3 = luhn_complete("404217", 16, "9913052")
    amex = luhn_complete("3771", 15, "4402381967")
    mc3 = luhn_complete("230014", 16, "6628190")
    afm5_w = words(afm5, EL_D)
    mc2_w = grouped(mc2, (4, 4, 4, 4), lambda x: words(x, EL_D))
    gr4_m = "GR " + words(gr4[2:4], EL_D) + ", " + group(gr4[4:])
    visa3_m = group(visa3[:8]) + ", " + words(visa3[8:], EL_D)
    items = [
        # --- fish farm (Messolonghi, trade customer)
        ("Ιχθυοκαλλιέργειες Αιτωλικού, καλημέρα.", []),
        ("Καλημέρα, ο Σπύρος Κατσαρός από την ταβέρνα στο Ναύπλιο, ήθελα τσιπούρες για το Σαββατοκύριακο.", [("name", "Σπύρος Κατσαρός")]),
        ("Η τσιπούρα 400-600 γραμμάρια είναι 7,80 το κιλό, το λαβράκι 8,50, ελάχιστη παραγγελία 50 κιλά.", []),
        (f"ΑΦΜ {afm5_w}", [("id", afm5_w)], "Για το τιμολόγιο, ΑΦΜ;"),
        ("έξι εννιά επτά, τέσσερα πέντε ένα, τριάντα οχτώ, ογδόντα", [("phone", "έξι εννιά επτά, τέσσερα πέντε ένα, τριάντα οχτώ, ογδόντα")]),
        (f"Πληρώνω με μεταφορά, το IBAN μας {gr4_m}", [("iban", gr4_m)]),
        ("Το φορτηγάκι φεύγει Πέμπτη στις 5 το πρωί και φτάνει Ναύπλιο κατά τις 9, με πάγο σε φελιζόλ.", []),
        ("Κύριε Κατσαρέ, η τιμή ισχύει μέχρι 30 Ιουνίου, μετά ανεβαίνει λόγω καύσωνα.", [("name", "Κατσαρέ")]),
        # --- glass-blowing workshop (Athens, young caller)
        ("γεια σας είμαι η κική από το instagram για το εργαστήρι φυσητού γυαλιού", [("name", "κική")]),
        ("Το εργαστήρι είναι τρεις ώρες, Κυριακή 11 με 2, 65 ευρώ με τα υλικά, και παίρνετε μαζί σας ένα ποτήρι.", []),
        ("kiki τελεία ant παπάκι yahoo τελεία gr", [("email", "kiki τελεία ant παπάκι yahoo τελεία gr")], "Πες μου ένα email να σου στείλω την επιβεβαίωση"),
        ("Για ασφάλεια πρέπει να είστε άνω των 16, ο φούρνος δουλεύει στους 1100 βαθμούς.", []),
        ("είμαι δεκαεφτά του τέσσερα του ενενήντα εννιά", [("date_of_birth", "δεκαεφτά του τέσσερα του ενενήντα εννιά")], "ημερομηνία γέννησης;"),
        (f"η κάρτα μου {mc2_w}", [("card", mc2_w)]),
        ("Κυρία Αντωνίου, στο κινητό σας, στο 698 112 4470, θα έρθει SMS με τον κωδικό.", [("name", "Αντωνίου"), ("phone", "698 112 4470")]),
        # --- hat shop (Thessaloniki)
        ("Καπελάδικο Ο Φωκάς, από το 1938, ορίστε.", []),
        ("Καλησπέρα, είμαι ο Γρηγόρης Αναστασιάδης, ήθελα ένα καπέλο Παναμά νούμερο 58.", [("name", "Γρηγόρης Αναστασιάδης")]),
        ("Ο Παναμάς ο γνήσιος από Εκουαδόρ κάνει 145, το ψάθινο 39, και το τραγιάσκα μάλλινο 55.", []),
        ("Να το στείλετε στην Τσιμισκή 102, τέταρτος όροφος, Θεσσαλονίκη 546 22", [("address", "Τσιμισκή 102, τέταρτος όροφος, Θεσσαλονίκη 546 22")]),
        ("grig.anastasiadis@otenet.gr", [("email", "grig.anastasiadis@otenet.gr")], "Ένα email;"),
        (f"{visa3_m}", [("card", visa3_m)], "Ο αριθμός της κάρτας;"),
        ("Γιορτάζω στις 25 Ιανουαρίου αλλά γεννήθηκα 3 Μαΐου 1958", [("date_of_birth", "3 Μαΐου 1958")]),
        ("Το υποκατάστημα στην Αγίας Σοφίας έχει άλλα χρώματα, αλλά εκεί είναι ακριβότερα.", []),
        # --- jazz club (Athens, Gazi)
        ("Half Note Gazi, καλησπέρα.", []),
        ("Καλησπέρα, λέγομαι Γιάννης Δρακόπουλος, έχω κλείσει τέσσερις θέσεις για την Παρασκευή και θέλω να το αλλάξω.", [("name", "Γιάννης Δρακόπουλος")]),
        ("Η συναυλία του κουαρτέτου Blue Aegean είναι στις 22:00, η είσοδος 20 ευρώ με ένα ποτό.", []),
        ("Η κράτηση είναι η 5512, στο τραπέζι 14, τέσσερα άτομα.", []),
        ("γιάννης κάτω παύλα ντρακ παπάκι gmail τελεία com", [("email", "γιάννης κάτω παύλα ντρακ παπάκι gmail τελεία com")]),
        ("Δύο ένα μηδέν, εννιά τρία τέσσερα, πενήντα έξι, είκοσι εφτά", [("phone", "Δύο ένα μηδέν, εννιά τρία τέσσερα, πενήντα έξι, είκοσι εφτά")], "Τηλέφωνο επικοινωνίας;"),
        (f"Βάλτε την Amex, {group(amex, 5)}", [("card", group(amex, 5))]),
        ("Ωραία κύριε Δρακόπουλε, σας μετέφερα στο Σάββατο 12, στις δέκα.", [("name", "Δρακόπουλε")]),
        ("Τον Δεκέμβριο έχουμε Miles Davis tribute κάθε Πέμπτη, ξεκινάει 7 Δεκεμβρίου.", []),
        # --- lamp repair (Larnaca, Cypriot, older)
        ("Επιδιορθώσεις φωτιστικών, ο Λοΐζος, ναι;", [("name", "Λοΐζος")]),
        ("Ναι, γεια σας, η Σούλα Ιωάννου είμαι, έχω ένα πολύφωτο της μάνας μου που δεν ανάβει.", [("name", "Σούλα Ιωάννου")]),
        ("Η διάγνωση είναι δέκα ευρώ, η αλλαγή καλωδίωσης γύρω στα 45, και θέλει δύο βδομάδες.", []),
        ("Μένω στη Λεωφόρο Αρχιεπισκόπου Μακαρίου 45, διαμέρισμα 201, Λάρνακα 6017",
         [("address", "Λεωφόρο Αρχιεπισκόπου Μακαρίου 45, διαμέρισμα 201, Λάρνακα 6017")]),
        ("ενενήντα εννιά, εξήντα εφτά, μηδέν τρία, σαράντα ένα", [("phone", "ενενήντα εννιά, εξήντα εφτά, μηδέν τρία, σαράντα ένα")]),
        (f"Η κόρη μου θα σας στείλει τα λεφτά, {group(cy2)}", [("iban", group(cy2))]),
        ("Το φωτιστικό είναι του 1965, κρυστάλλινο, με δώδεκα λάμπες των 40 βατ.", []),
        ("Κυρία Σούλα, έτοιμο θα είναι την Τρίτη 18 μετά τις πέντε.", [("name", "Σούλα")]),
        # --- honey shop (Chalkidiki, online orders)
        ("Μέλι Χαλκιδικής, καλημέρα, η Ευαγγελία.", [("name", "Ευαγγελία")]),
        ("Καλημέρα, με λένε Θοδωρή Παππά, θέλω πέντε βάζα θυμαρίσιο για δώρα γάμου.", [("name", "Θοδωρή Παππά")]),
        ("Το θυμαρίσιο 950 γραμμάρια είναι 16 ευρώ, το πευκόμελο 12, και τα κηρήθρα 22.", []),
        (f"Θέλω τιμολόγιο, ΑΦΜ {afm6}", [("id", afm6)]),
        (f"Και για την εταιρεία του αδερφού μου, {group(afm7, 3, '.')}", [("id", group(afm7, 3, "."))]),
        (f"Από τον λογαριασμό μου {group(gr5)}", [("iban", group(gr5))]),
        (f"Ή με κάρτα, {group(visa2, 4, '-')}", [("card", group(visa2, 4, "-"))]),
        ("thodoris.pappas at hotmail dot com", [("email", "thodoris.pappas at hotmail dot com")]),
        ("Εγνατίας 12, Νέα Μουδανιά, 632 00", [("address", "Εγνατίας 12, Νέα Μουδανιά, 632 00")], "Η διεύθυνση αποστολής;"),
        ("Η φετινή σοδειά βγήκε στις 20 Σεπτεμβρίου, η ΕΛΤΑ Courier θέλει 3-4 εργάσιμες.", []),
        (f"ΑΦΜ της μητέρας μου, να μπει σε αυτήν το τιμολόγιο: {afm8}", [("id", afm8)]),
        ("Γεννήθηκε 1η Μαρτίου 1956", [("date_of_birth", "1η Μαρτίου 1956")], "Για την κάρτα μέλους της, ημερομηνία γέννησης;"),
        (f"Και το υπόλοιπο θα το βάλει ο ξάδερφος από το {group(gr3)}", [("iban", group(gr3))]),
        (f"Πληρώνω και με τη δεύτερη κάρτα, {mc3}", [("card", mc3)]),
        ("Το βάζο των 450 γραμμαρίων έχει 8,50, και σε κιβώτιο των 12 βάζων κάνουμε 10% έκπτωση.", []),
        ("Το καστανόμελο θα αργήσει, η συγκομιδή στο Άγιον Όρος τελειώνει τον Οκτώβριο.", []),
    ]
    return items


def el_c():
    return [
        # --- bike-share scheme, a second caller (Thessaloniki)
        ("Καλημέρα, είμαι η Βούλα Τζιάτζιου, ξέχασα τον κωδικό της εφαρμογής.", [("name", "Βούλα Τζιάτζιου")]),
        ("voula tz 1975 at gmail dot com", [("email", "voula tz 1975 at gmail dot com")], "Με ποιο email γραφτήκατε;"),
        ("Δώδεκα Νοεμβρίου του εβδομήντα πέντε", [("date_of_birth", "Δώδεκα Νοεμβρίου του εβδομήντα πέντε")],
         "Για να σας ταυτοποιήσω, ημερομηνία γέννησης;"),
        ("Μένω στην Αγίου Δημητρίου 18, Θεσσαλονίκη", [("address", "Αγίου Δημητρίου 18, Θεσσαλονίκη")],
         "Και η διεύθυνση που έχετε δηλώσει;"),
        ("Ο σταθμός στην πλατεία Αριστοτέλους είναι κλειστός από 1 έως 10 Μαΐου λόγω έργων του μετρό.", []),
        ("Η ετήσια συνδρομή κοστίζει 60 ευρώ, και οι φοιτητές πληρώνουν 35.", []),
        # --- glass-blowing workshop, a second booking
        ("Γεια σας, η Δήμητρα Σαββίδου, για το εργαστήρι της 23ης Νοεμβρίου για τέσσερα άτομα.", [("name", "Δήμητρα Σαββίδου")]),
        ("dimitra τελεία savvidou παπάκι outlook τελεία com", [("email", "dimitra τελεία savvidou παπάκι outlook τελεία com")]),
        ("Γεννήθηκα στις 30 Δεκεμβρίου 1988", [("date_of_birth", "30 Δεκεμβρίου 1988")], "Χρειάζομαι ημερομηνία γέννησης για την ασφάλεια."),
        ("Το εργαστήρι της 23ης είναι γεμάτο, έχουμε 30 Νοεμβρίου στις 11 ή 7 Δεκεμβρίου στις 4.", []),
        # --- non-personal lines from the other calls
        ("Ο κούριερ της Γενικής Ταχυδρομικής περνάει Δευτέρα και Πέμπτη, η αποστολή κοστίζει 3,50.", []),
        ("Ο κωδικός αποστολής είναι 7720 3381 904, μπορείτε να το παρακολουθείτε στο site.", []),
        ("Η γάτα τρώει 80 γραμμάρια την ημέρα, Royal Canin Sterilised, και παίρνει χάπι στις 8 το πρωί.", []),
        ("Από τις 15 Ιουλίου ως τις 20 Αυγούστου είμαστε γεμάτοι, έχουμε μόνο 2 δωμάτια τον Σεπτέμβριο.", []),
        ("Το ηλεκτρικό ποδήλατο έχει αυτονομία 60 χιλιόμετρα, και η φόρτιση κρατάει 4 ώρες.", []),
        ("Η αίθουσα χωράει 120 άτομα, και το πρώτο σετ ξεκινάει 21:30, το δεύτερο 23:15.", []),
    ]


LANGS["el"] = lambda: el_a() + el_b() + el_c()


if __name__ == "__main__":
    main()
