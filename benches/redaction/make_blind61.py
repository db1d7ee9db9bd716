"""Blind evaluation set 61 for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief: it never
opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator.  Every line below was composed from the brief and
general knowledge of how people talk on customer-service calls.

Area of this set: hospitality and tourism (hotels, guesthouses, restaurants,
event catering, tour operators, travel agents, holiday packages, theme parks,
conference venues, holiday rentals, vacation clubs).  All values are invented;
values with check digits (cards, IBANs, national IDs) are computed here.

Running this script (Python 3, standard library only, deterministic) writes
    data/redaction/blind61/{en,ar,he,el}.jsonl
relative to the repository root.  One JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" only where useful; never scored
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  found by searching for each span's substring and checked with asserts.
- Items with empty spans are non-personal and must come out unchanged.
"""

import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind61"))

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(s):
    d = [int(c) for c in s]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    v = luhn_complete(partial)
    assert 13 <= len(v) <= 19 and luhn_ok(v)
    return v


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "MA": 28, "LB": 28,
            "QA": 29, "KW": 30, "BH": 22, "ES": 24, "IT": 27, "AT": 20}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(country, bban):
    check = 98 - _iban_num(bban + country + "00") % 97
    v = "%s%02d%s" % (country, check, bban)
    assert len(v) == IBAN_LEN[country], (v, len(v))
    assert iban_ok(v)
    return v


def tz_ok(s):
    return len(s) == 9 and s.isdigit() and luhn_ok(s)


def tz(partial8):
    assert len(partial8) == 8
    v = luhn_complete(partial8)
    assert tz_ok(v)
    return v


def afm_ok(s):
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    total = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(s[8])


def afm(partial8):
    for c in "0123456789":
        if afm_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def saudi(partial9):
    assert len(partial9) == 9 and partial9[0] in "12"
    v = luhn_complete(partial9)
    assert saudi_ok(v)
    return v


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= n <= 9999


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------
# spoken-number renderers (to write check-digit values as words)
# ---------------------------------------------------------------------------

EN_D = "zero one two three four five six seven eight nine".split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty",
           7: "seventy", 8: "eighty", 9: "ninety"}
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()


def en_digits(s, zero="zero", doubles=False, sep=" "):
    words, i = [], 0
    while i < len(s):
        w = zero if s[i] == "0" else EN_D[int(s[i])]
        if doubles and i + 1 < len(s) and s[i + 1] == s[i]:
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return sep.join(words)


def en_pair(dd):
    n = int(dd)
    if dd[0] == "0":
        return "oh " + EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("" if u == 0 else "-" + EN_D[u])


def en_pairs(s, sep=" "):
    return sep.join(en_pair(s[i:i + 2]) if len(s[i:i + 2]) == 2 else EN_D[int(s[i])]
                    for i in range(0, len(s), 2))


AR_D = {
    "msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "magh": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعة".split(),
}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s, dialect="msa", sep=" "):
    return sep.join(AR_D[dialect][int(c)] for c in s)


def indic(s):
    return s.translate(INDIC)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()


def he_digits(s, gender="f", sep=" "):
    table = HE_F if gender == "f" else HE_M
    return sep.join(table[int(c)] for c in s)


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_D_FORMAL = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
           "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα",
           7: "εβδομήντα", 8: "ογδόντα", 9: "ενενήντα"}


def el_digits(s, formal=False, sep=" "):
    table = EL_D_FORMAL if formal else EL_D
    return sep.join(table[int(c)] for c in s)


def el_pair(dd):
    n = int(dd)
    if dd[0] == "0":
        return "μηδέν " + EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EL_TENS[t] + ("" if u == 0 else " " + EL_D[u])


def el_pairs(s, sep=" "):
    return sep.join(el_pair(s[i:i + 2]) if len(s[i:i + 2]) == 2 else EL_D[int(s[i])]
                    for i in range(0, len(s), 2))


# ---------------------------------------------------------------------------
# item builder
# ---------------------------------------------------------------------------


def P(text, *spans, ctx=None):
    """A personal item: spans are (kind, substring) or (kind, substring, nth),
    listed in text order; nth picks the nth occurrence after the previous span."""
    assert spans
    return (text, list(spans), ctx)


def N(text, ctx=None):
    """A non-personal item: must come out unchanged."""
    return (text, [], ctx)


UNINDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _digits(s):
    return re.sub(r"[^0-9]", "", s.translate(UNINDIC))


def _digit_runs(text):
    text = text.translate(UNINDIC)
    return [_digits(m.group(0))
            for m in re.finditer(r"[0-9]+(?:[ .\-/][0-9]+)*", text)]


def _looks_valid(d):
    """True if a digit string passes any of the checks for card/id."""
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if len(d) == 10 and saudi_ok(d):
        return True
    return False


def _check_span(kind, sub):
    sub = sub.translate(UNINDIC)
    d = _digits(sub)
    if kind == "card" and len(d) >= 13:
        assert 13 <= len(d) <= 19 and luhn_ok(d), sub
    if kind == "iban":
        compact = sub.replace(" ", "").replace("-", "")
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
            assert iban_ok(compact), sub
    if kind == "id" and len(d) >= 9 and d == re.sub(r"\s", "", re.sub(r"[-.]", "", sub)):
        assert tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d), sub


def build(items, lang):
    rows = []
    for text, spans, ctx in items:
        assert text == text.strip(), text
        b = text.encode("utf-8")
        out, cursor = [], 0
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (kind, sub)
            i = text.find(sub, cursor)
            for _ in range(nth):
                i = text.find(sub, i + 1)
            assert i >= 0, (lang, kind, sub, text)
            start = len(text[:i].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            _check_span(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
            cursor = i + len(sub)
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], text
        if not spans:
            for d in _digit_runs(text):
                if len(d) >= 9:
                    assert not _looks_valid(d), (lang, d, text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}

# ---------------------------------------------------------------------------
# languages (each block adds to LANGS)
# ---------------------------------------------------------------------------

# ---------------------------------------------------------------------------
# English: UK, US, Irish, Indian, Nigerian, Australian callers and agents
# ---------------------------------------------------------------------------

EN_C1 = card("414720993351827")    # Visa 16
EN_C2 = card("535419087734261")    # Mastercard 16
EN_C3 = card("37829163025147")     # Amex 15
EN_C4 = card("601143378902155")    # Discover 16
EN_C5 = card("492182605731419")    # Visa debit 16
EN_C6 = card("353011337709482")    # JCB 16
EN_C7 = card("3056930902590")      # Diners 14
EN_C8 = card("222300471185903")    # Mastercard 2-series 16

EN_I_IE1 = iban("IE", "AIBK93115267824930")
EN_I_IE2 = iban("IE", "BOFI90001729364518")
EN_I_GB1 = iban("GB", "BARC20765443018826")
EN_I_GB2 = iban("GB", "LOYD30962214587063")
EN_I_DE1 = iban("DE", "370400440532013700")
EN_I_ES1 = iban("ES", "21003872190200184573")

EN_SSN1 = "412-67-3390"
EN_SSN2 = "529-04-7718"
EN_SSN3 = "618-22-9401"
EN_SSN4 = "231-58-6604"
for _s in (EN_SSN1, EN_SSN2, EN_SSN3, EN_SSN4):
    assert ssn_ok(_s)
EN_TZ1 = tz("31845029")
EN_IQ1 = saudi("246188305")

EN_1 = [
    # call 1: city hotel reservations (Indian-English agent, US caller)
    P("Good afternoon, thank you for calling the Larchmont Hotel reservations, my name is Priya, how can I help you today?",
      ("name", "Priya")),
    P("Hi, yeah, um, my name is Gregory Haskins, I'm looking to book three nights in October.",
      ("name", "Gregory Haskins")),
    N("Sure, so that's check-in on Thursday the 16th of October, check-out Sunday the 19th, for two adults, correct?"),
    N("We have a superior double at two hundred and nineteen pounds per night, or the junior suite at three forty-five including breakfast."),
    N("Lovely. And to guarantee the booking I'll need a card, please, we don't charge it until the 16th."),
    P(f"Okay, it's a Visa, {grp4(EN_C1)}.", ("card", grp4(EN_C1))),
    P("Yeah it's a US cell, three one two, five five five, oh one eight seven.",
      ("phone", "three one two, five five five, oh one eight seven"),
      ctx="And a contact number for the booking?"),
    P("and the email is greg dot haskins at outlook dot com",
      ("email", "greg dot haskins at outlook dot com")),
    N("Perfect, your confirmation number is L-X-4-8-2-1-9-3-7-7, and you'll receive it by email within the next ten minutes."),

    # call 2: guesthouse in the Highlands, deposit refund (Scottish owner, Irish caller)
    P("Hello, Glenmorven Guest House, Callum speaking.", ("name", "Callum")),
    P("Hiya, it's Siobhan Ní Bhriain here, I stayed with you back in May, the week of the twelfth.",
      ("name", "Siobhan Ní Bhriain")),
    N("Ah yes, the room looking over the loch. You'd paid a deposit of eighty pounds and then we had to cancel the second night because of the boiler."),
    N("That's it, so you said you'd refund the forty pounds to my account, and I have the IBAN here if that's okay."),
    P(f"Grand, it's {grp4(EN_I_IE1)}.", ("iban", grp4(EN_I_IE1))),
    P(f"Okay so I have {EN_I_IE1[:4]}, A-I-B-K, {en_digits(EN_I_IE1[8:])}, and that's in your own name?",
      ("iban", f"{EN_I_IE1[:4]}, A-I-B-K, {en_digits(EN_I_IE1[8:])}")),
    N("You should see it within three to five working days, and I'm sorry again about the hot water."),

    # call 3: restaurant table booking (Australian)
    N("G'day, you've reached Saltbush Kitchen bookings, we're open Tuesday to Sunday from five thirty, how can I help?"),
    N("Yeah g'day, wanted to book a table for Saturday week, about twelve of us, it's for the missus's fortieth."),
    N("For twelve on Saturday the 8th we can do either six o'clock or eight forty-five, and for groups over ten it's the set menu at seventy-nine dollars a head."),
    P("No worries, put it under Dazza, that's what everyone calls me anyway.",
      ("name", "Dazza")),
    N("Too easy. And a mobile number in case we need to reach you?"),
    P("oh four one two five five eight three oh six",
      ("phone", "oh four one two five five eight three oh six"),
      ctx="Too easy. And a mobile number in case we need to reach you?"),
    N("We hold the table for fifteen minutes, and there's a ten percent surcharge on Sundays and public holidays."),

    # call 4: wedding catering (Nigerian caller in England)
    N("Good morning, Jollof and Co Events, how can I help?"),
    P("Good morning o. My name is Babatunde Adeyemi, but everyone calls me Tunde. I sent an enquiry about catering for my daughter's wedding.",
      ("name", "Babatunde Adeyemi"), ("name", "Tunde")),
    N("Yes, I have it here, the reception on the 21st of June at Harrington Hall, two hundred and fifty guests, with the small chops and the suya station."),
    N("The quote came to eleven thousand four hundred pounds, and we ask for thirty percent on signing and the balance fourteen days before."),
    P("Okay, and the invoice should go to my home address, that's 22 Larkspur Close, Chelmsford, CM1 6TP.",
      ("address", "22 Larkspur Close, Chelmsford, CM1 6TP")),
    P("and you can email it to tunde underscore adeyemi eighty two at yahoo dot co dot uk",
      ("email", "tunde underscore adeyemi eighty two at yahoo dot co dot uk")),
    N("Thank you. And the best number to reach you on the day?"),
    P("zero eight zero three five one seven two two nine zero, that's my Lagos line, or the UK one, zero seven seven zero zero, nine double oh four six one.",
      ("phone", "zero eight zero three five one seven two two nine zero"),
      ("phone", "zero seven seven zero zero, nine double oh four six one")),
    P(f"For the deposit I will use my Amex, {grp(EN_C3, [4, 6, 5])}.", ("card", grp(EN_C3, [4, 6, 5]))),

    # call 5: holiday package, travel agent (older English caller)
    P("You're through to Sunward Holidays, this is Nadia, can I start with your booking reference?",
      ("name", "Nadia")),
    N("It's SW, then 7 7 3 0 4 1, the fortnight in Madeira in September."),
    P("Yes, it's Margaret Lawson, though I go by Peggy.",
      ("name", "Margaret Lawson"), ("name", "Peggy"),
      ctx="Thank you. And can I take the lead passenger's name?"),
    N("Thank you. For security, can you confirm your date of birth?"),
    P("Fourteenth of March, nineteen fifty-one.", ("date_of_birth", "Fourteenth of March, nineteen fifty-one"),
      ctx="For security, can you confirm your date of birth?"),
    N("Lovely. So the flights leave Gatwick at 06:40 on the 9th, and the transfer to the Quinta da Serra takes about forty minutes."),
    N("Your balance of one thousand eight hundred and twelve pounds fifty is due eight weeks before departure, so by the 15th of July."),
    P("And for the insurance, Mr. Lawson's date of birth, I've got the second of September 1948, is that right?",
      ("date_of_birth", "the second of September 1948")),

    # call 6: theme park season passes, double charge (US)
    N("Thanks for calling Thunder Bay Adventure Park guest services, how can I help you today?"),
    P("Hi, this is Jolene Kowalski, I bought two season passes online and I was charged twice.",
      ("name", "Jolene Kowalski")),
    N("I see two charges of one hundred forty-nine ninety-nine on April 3rd, order number 5520193, so one of them will be reversed."),
    P(f"yeah the card was {en_digits(EN_C4)}", ("card", en_digits(EN_C4)),
      ctx="Which card did you use for the purchase?"),
    P("oh six, thirty, nineteen eighty-eight", ("date_of_birth", "oh six, thirty, nineteen eighty-eight"),
      ctx="And the pass holder's date of birth?"),
    N("Okay, and the email on the account?"),
    P("it's jolene k eighty-eight at gmail dot com, k as in kilo",
      ("email", "jolene k eighty-eight at gmail dot com")),
    N("The refund takes five to seven business days, and your passes are valid until March 31st next year, with parking included for the first twelve visits."),

    # call 7: vacation club financing, credit application (US)
    N("Palm Crest Vacation Club, owner financing department, may I have your name please?"),
    P("Dwayne Whitaker, W-H-I-T-A-K-E-R.", ("name", "Dwayne Whitaker"), ("name", "W-H-I-T-A-K-E-R"),
      ctx="May I have your name please?"),
    P("Thank you, Mr. Whitaker. To run the credit application I'll need your social security number.",
      ("name", "Whitaker")),
    P(f"Sure, it's {EN_SSN1}.", ("id", EN_SSN1)),
    P(f"That's {en_digits(EN_SSN1[:3])}, {en_digits(EN_SSN1[4:6])}, {en_digits(EN_SSN1[7:], zero='oh')}?",
      ("id", f"{en_digits(EN_SSN1[:3])}, {en_digits(EN_SSN1[4:6])}, {en_digits(EN_SSN1[7:], zero='oh')}")),
    P(f"Hers is {en_digits(EN_SSN2[:3])}, oh four, {en_digits(EN_SSN2[7:], doubles=True)}.",
      ("id", f"{en_digits(EN_SSN2[:3])}, oh four, {en_digits(EN_SSN2[7:], doubles=True)}"),
      ctx="And your co-applicant's social security number?"),
    N("So the two-bedroom week at Palm Crest Sarasota is twenty-two thousand nine hundred, with ten percent down and a 14.9 percent APR over ten years."),
    N("Your maintenance fee for 2025 is one thousand one hundred eighty-six dollars, billed on January 15th."),
    P("It's 4417 North Winchester Avenue, apartment 3B, Chicago, Illinois 60640.",
      ("address", "4417 North Winchester Avenue, apartment 3B, Chicago, Illinois 60640"),
      ctx="And the home address for the contract?"),
    P("um you can put the house phone too (773) 555-0144", ("phone", "(773) 555-0144")),
]

EN_IQ2 = saudi("227305148")

EN_2 = [
    # call 8: conference venue, corporate booking (German client)
    P("Hello, I'm Katrin Vogel from Brandt Messtechnik, we have the Pennine Suite booked for our sales meeting.",
      ("name", "Katrin Vogel")),
    N("Yes, that's the 4th and 5th of November, sixty delegates, theatre style, with the day delegate rate at fifty-two pounds plus VAT."),
    N("Invoice INV-2024-08817 was paid on the 2nd, but we were charged the full room hire of 3,450 pounds instead of 2,950."),
    P(f"Please refund the difference to our account, it's {grp4(EN_I_DE1)}.", ("iban", grp4(EN_I_DE1))),
    P(f"For the catering extras you can charge my corporate Diners card, {grp(EN_C7, [4, 6, 4])}.",
      ("card", grp(EN_C7, [4, 6, 4]))),
    N("The Florence Suite seats ninety for a banquet, the Wellington Room thirty, and both are free on the 3rd of April 2026."),

    # call 9: hotel lost property (Indian caller)
    P("Hello madam, this is Venkatesh Subramanian speaking, I stayed in room 514 from the 2nd to the 6th and I left my laptop charger.",
      ("name", "Venkatesh Subramanian")),
    N("I can see it logged on the 6th, a black charger found in room 514, item number 3381, and we can post it for twelve pounds fifty."),
    P("Please send to flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bangalore 560038.",
      ("address", "flat 302, Sai Krupa Apartments, 5th Cross, Indiranagar, Bangalore 560038"),
      ctx="What address should we send it to?"),
    P("plus nine one, nine eight four five oh, one seven three six two",
      ("phone", "plus nine one, nine eight four five oh, one seven three six two"),
      ctx="And a phone number for the courier?"),
    P("my email is v dot subramanian at rediffmail dot com, and everyone calls me Venky only",
      ("email", "v dot subramanian at rediffmail dot com"), ("name", "Venky")),
    N("The tracking number will be RM 4471 0392 6GB, and international tracked takes around seven working days."),

    # call 10: holiday cottage, damage deposit (Yorkshire caller)
    P("Hello, Trevose Cottages, Tom here.", ("name", "Tom")),
    P("Oh hiya, it's Sharon Pickering, we had Gull Cottage last week.", ("name", "Sharon Pickering")),
    N("Right, the seven nights from the 12th, and the cleaner found a broken wine glass, so we'll keep six pounds of the two hundred and refund one ninety-four."),
    P(f"Can you send it to {grp(EN_I_GB1, [4, 4, 6, 8])}? That's my Barclays.",
      ("iban", grp(EN_I_GB1, [4, 4, 6, 8]))),
    P(f"Let me read that back, G B {en_pair(EN_I_GB1[2:4])}, B-A-R-C, {en_digits(EN_I_GB1[8:14])}, {en_digits(EN_I_GB1[14:], zero='oh')}.",
      ("iban", f"G B {en_pair(EN_I_GB1[2:4])}, B-A-R-C, {en_digits(EN_I_GB1[8:14])}, {en_digits(EN_I_GB1[14:], zero='oh')}")),

    # call 11: walking tour operator (Anglo immigrant in Israel)
    P("Meridian Walking Tours, you're speaking with Kwame.", ("name", "Kwame")),
    P("Hi, I'm Sheryl Goldfarb, I'm calling from Israel about the Dolomites trek in July.",
      ("name", "Sheryl Goldfarb")),
    N("The Dolomites Hut to Hut departs July 7th from Bolzano, eight days, and we have four places left at two thousand one hundred and ninety euros."),
    P(f"The insurer needs an ID number and I don't have a US passport anymore, so can I give you my Israeli teudat zehut? It's {EN_TZ1}.",
      ("id", EN_TZ1)),
    P("it's oh five four, seven seven two, eighty-one, forty-six",
      ("phone", "oh five four, seven seven two, eighty-one, forty-six"),
      ctx="Sure. And your mobile number there?"),
    P("Nineteenth of October, 1972.", ("date_of_birth", "Nineteenth of October, 1972"),
      ctx="And your date of birth?"),
    P("We live at 8 Emek Dotan Street, apartment 11, Modiin, if you need to post anything.",
      ("address", "8 Emek Dotan Street, apartment 11, Modiin")),

    # call 12: Kerala holiday package (Indian worker in Riyadh)
    P("Hello sir, myself Shibu Varghese, I am working in Riyadh, I want the Kerala houseboat package for my family in December.",
      ("name", "Shibu Varghese")),
    N("The four night houseboat and Munnar package is forty-two thousand rupees per adult, children below five go free, and December 20th to 24th is available."),
    P(f"Iqama number is {EN_IQ1[:5]} {en_digits(EN_IQ1[5:])}, sir.",
      ("id", f"{EN_IQ1[:5]} {en_digits(EN_IQ1[5:])}"),
      ctx="Sir, for the visa letter we need your Iqama number also."),
    P(f"and madam's Iqama is {grp(EN_IQ2, [3, 3, 4])}", ("id", grp(EN_IQ2, [3, 3, 4]))),
    P("WhatsApp number is plus nine six six, five oh, four four one, twenty-nine seventy",
      ("phone", "plus nine six six, five oh, four four one, twenty-nine seventy")),
    P("seven, seven, eighty-one", ("date_of_birth", "seven, seven, eighty-one"),
      ctx="Sir, date of birth as per passport?"),
    P("Madam's date of birth is 15.08.1993.", ("date_of_birth", "15.08.1993")),
    P("Mail ID is shibu dot varghese eight one at gmail dot com, all small letters.",
      ("email", "shibu dot varghese eight one at gmail dot com")),

    # call 13: hotel Christmas party (Irish)
    P("How are ya, it's Declan Fitzgerald, I'm ringing about the Christmas party for the office.",
      ("name", "Declan Fitzgerald")),
    N("We've the 12th or the 19th of December left, minimum forty people, the package is sixty-five euro a head with a drinks reception and the DJ till one."),
    P(f"Grand, put us down for the 12th. For the deposit it's a Mastercard, {en_pairs(EN_C2)}.",
      ("card", en_pairs(EN_C2))),
    P("and send the contract to r dot fitzgerald at eircom dot net",
      ("email", "r dot fitzgerald at eircom dot net")),
    P("oh eight seven, two six four, double nine one three",
      ("phone", "oh eight seven, two six four, double nine one three"),
      ctx="Perfect. And a mobile number?"),
    P("And the voucher for the raffle, post that out to me at home, 14 Seafield Crescent, Bray, County Wicklow.",
      ("address", "14 Seafield Crescent, Bray, County Wicklow")),
    P(f"Oh and last year's overpayment, can ye put it into the Bank of Ireland account, that's {EN_I_IE2}.",
      ("iban", EN_I_IE2)),

    # call 14: children's party at a farm park (Nigerian caller in London)
    P("Hello, good afternoon, my name is Ngozi Okonkwo, I want to book a party for my son's sixth birthday.",
      ("name", "Ngozi Okonkwo")),
    N("Our party packages start at one hundred and eighty pounds for up to fifteen children, and the Saturday slots are ten till twelve or one till three."),
    P("He was born on the 3rd of June 2019, so the party will be that Saturday after.",
      ("date_of_birth", "the 3rd of June 2019")),
    P("You can reach me on 07723 480915.", ("phone", "07723 480915")),
    P("and my email is ngozi.okonkwo@gmail.com", ("email", "ngozi.okonkwo@gmail.com")),
    P(f"I'll pay the deposit now, it's Visa debit, {grp4(EN_C5)}.", ("card", grp4(EN_C5))),
    P("It's 61 Dunmore Road, Thamesmead, and the postcode is SE28 8BQ.",
      ("address", "61 Dunmore Road, Thamesmead"), ("address", "SE28 8BQ"),
      ctx="And your address for the invoice?"),

    # call 15: resort staffing, banquet server payroll (US)
    P("Hi, yes, this is Luis Alvarado, I'm starting as a banquet server next week and they told me to call with my social for payroll.",
      ("name", "Luis Alvarado")),
    P("It's six one eight, twenty-two, ninety-four oh one.",
      ("id", "six one eight, twenty-two, ninety-four oh one")),
    N("Your first shift is Saturday at 3 pm, the wedding in the Magnolia Ballroom, 180 covers, and the pay is eighteen fifty an hour plus gratuity."),
    P("April 2nd, 1995.", ("date_of_birth", "April 2nd, 1995"), ctx="And just confirm your birthday for me?"),
    P("My address is 1520 Gulf Breeze Parkway, unit 12, Gulf Breeze, Florida 32561.",
      ("address", "1520 Gulf Breeze Parkway, unit 12, Gulf Breeze, Florida 32561")),

    # call 16: host travel agency sign-up (US)
    P(f"I'm signing up as an independent travel advisor with your host agency and the form wants my social, so it's {EN_SSN4.replace('-', ' ')}.",
      ("id", EN_SSN4.replace("-", " "))),
    P("um my email for the portal is marguerite dot beaulieu at travelwithmags dot com",
      ("email", "marguerite dot beaulieu at travelwithmags dot com")),
    N("The host agency fee is twenty-nine dollars a month and you keep eighty percent of the commission, paid out on the 15th."),

    # call 17: tour deposits and no-show guarantees
    P(f"Yes, please use my JCB card, number is {en_digits(EN_C6)}.", ("card", en_digits(EN_C6)),
      ctx="Which card would you like to use for the Kyoto tour deposit?"),
    P(f"For the no-show guarantee it's a Mastercard, um, {EN_C8[:4]} {EN_C8[4:8]}, {en_digits(EN_C8[8:12])}, {EN_C8[12:]}",
      ("card", f"{EN_C8[:4]} {EN_C8[4:8]}, {en_digits(EN_C8[8:12])}, {EN_C8[12:]}")),

    # call 18: villa rental in Spain, deposit return (British expat)
    P(f"The damage deposit can go back to my Spanish account, {grp4(EN_I_ES1)}.", ("iban", grp4(EN_I_ES1))),
    P(f"Or to my Lloyds one if that's easier, {grp(EN_I_GB2, [4, 4, 6, 8])}",
      ("iban", grp(EN_I_GB2, [4, 4, 6, 8]))),

    # non-personal lines from the same desks
    N("your booking reference is 7 3 9 0 4 4 1 8 2 6 and the room is 1207 on the twelfth floor"),
    N("We're on George Street just past the Tesco Express, the car park entrance is on Rose Street, and it's twenty-two pounds a night."),
    N("The Lady Grey afternoon tea is thirty-four pounds per person, or forty-five with a glass of champagne, served from 2 till 5."),
    N("It was charged on 12/03/2024, the full amount of 1,845.60, and the booking itself was made on the 28th of February."),
]

LANGS["en"] = EN_1 + EN_2

# ---------------------------------------------------------------------------
# Arabic: Gulf, Levantine, Egyptian, Maghrebi callers and MSA agents
# ---------------------------------------------------------------------------

AR_C1 = card("440647218350962")    # Visa 16
AR_C2 = card("543357102846613")    # Mastercard / mada 16
AR_C3 = card("489318006274551")    # Visa 16
AR_C4 = card("521019384720116")    # Mastercard 16
AR_C5 = card("37664490182261")     # Amex 15
AR_C6 = card("455701238849270")    # Visa 16
AR_C7 = card("557039411826053")    # Mastercard 16
AR_C8 = card("428671550913384")    # Visa 16

AR_I_SA1 = iban("SA", "45000000128374659201")
AR_I_SA2 = iban("SA", "80000504608016072839")
AR_I_AE1 = iban("AE", "0260001015738492011")
AR_I_AE2 = iban("AE", "0330000019283746501")
AR_I_EG1 = iban("EG", "0037004101827364590012344")
AR_I_JO1 = iban("JO", "ARAB1210000000121000875302")
AR_I_KW1 = iban("KW", "NBOK0000000000002019374651")
AR_I_MA1 = iban("MA", "011519000001205000534921")

AR_SID1 = saudi("108734562")
AR_SID2 = saudi("110429837")
AR_SID3 = saudi("105582190")
AR_SID4 = saudi("112076340")
AR_IQ1 = saudi("238190456")
AR_IQ2 = saudi("250317784")
AR_TZ1 = tz("03519874")

AR_1 = [
    # call 1: hotel chain reservations desk, hotel in Istanbul (Saudi caller)
    P("السلام عليكم، معك سارة من مركز الحجوزات، كيف أقدر أخدمك؟", ("name", "سارة")),
    P("وعليكم السلام، معك فهد العتيبي، أبي أحجز في فندقكم اللي في إسطنبول، جهة تقسيم.",
      ("name", "فهد العتيبي")),
    N("حياك الله، عندنا غرفة ديلوكس بإطلالة على البوسفور بـ ٢٨٠ يورو لليلة، والجناح العائلي بـ ٤٥٠."),
    N("خمس ليالي من ١٤ يوليو لين ١٩، شخصين بالغين وثلاث أطفال، أعمارهم ١٢ و٩ و٤."),
    P("تمام أستاذ فهد، عشان نضمن الحجز أحتاج رقم البطاقة لو سمحت.", ("name", "فهد")),
    P(f"الرقم {ar_digits(AR_C1[:8], 'gulf')}، {ar_digits(AR_C1[8:], 'gulf')}",
      ("card", f"{ar_digits(AR_C1[:8], 'gulf')}، {ar_digits(AR_C1[8:], 'gulf')}")),
    P("وجوالي صفر خمسة خمسة، ثلاثة واحد اثنين، أربعة سبعة ثمانية تسعة",
      ("phone", "صفر خمسة خمسة، ثلاثة واحد اثنين، أربعة سبعة ثمانية تسعة")),
    N("رقم الحجز حقك IST ثمانية أربعة ستة صفر واحد، وبيوصلك إيميل التأكيد خلال عشر دقايق."),

    # call 2: holiday package to Georgia, cancellation (Emirati caller, Levantine agent)
    P("مرحبا، معك رامي من سفريات الأفق، تفضلي.", ("name", "رامي")),
    P("هلا والله، أنا مريم الكعبي، كنت حاجزة باكج جورجيا تبليسي وباتومي وبغيت ألغيه.",
      ("name", "مريم الكعبي")),
    N("تمام، الباكج ثمان ليالي من ٣ أغسطس، المبلغ المدفوع ١٢٬٤٠٠ درهم، ورسوم الإلغاء ١٥ بالمية لأنه قبل الموعد بأكثر من ثلاثين يوم."),
    P("يعني بيرجعلك ١٠٬٥٤٠ درهم، بس بدي الآيبان تبعك يا مدام مريم.", ("name", "مريم")),
    P(f"الآيبان {grp4(AR_I_AE1)}", ("iban", grp4(AR_I_AE1))),
    P("ميلادي ١٩٩١/١١/٠٧", ("date_of_birth", "١٩٩١/١١/٠٧"),
      ctx="وأحتاج تاريخ ميلادك للتحقق لو سمحتي."),
    P("ورقمي صفر خمسين، سبعة تسعة واحد، أربعة اثنين، صفر ستة",
      ("phone", "صفر خمسين، سبعة تسعة واحد، أربعة اثنين، صفر ستة")),
    N("الاسترجاع بياخد من سبع لعشر أيام عمل، ورقم الطلب ٧٧٣٠٤٢."),

    # call 3: engagement-party buffet catering (Egyptian)
    P("ألو، أيوه، معاكي أحمد عبد الفتاح، بس كله بيقولي حمادة، أنا كلمتكم امبارح بخصوص بوفيه الخطوبة.",
      ("name", "أحمد عبد الفتاح"), ("name", "حمادة")),
    N("أيوه يا فندم، البوفيه لمية وخمسين فرد، المنيو التاني بـ ٣٨٠ جنيه للفرد، ومعاه الحلويات والمشروبات."),
    N("الخطوبة يوم الخميس ٢٢ الشهر الجاي، الساعة سبعة بالليل، في قاعة الياسمين اللي في التجمع."),
    P("العنوان ١٥ شارع مصدق، الدقي، الدور التالت، شقة ٧، الجيزة.",
      ("address", "١٥ شارع مصدق، الدقي، الدور التالت، شقة ٧، الجيزة"),
      ctx="تمام، والعنوان اللي هنبعت عليه العقد؟"),
    P("رقمي صفر واحد اتنين، تلاتة سبعة، خمسة خمسة، تمانية واحد، صفر تسعة",
      ("phone", "صفر واحد اتنين، تلاتة سبعة، خمسة خمسة، تمانية واحد، صفر تسعة")),
    P("وابعتيلي العقد على الإيميل، hamada.abdelfattah@gmail.com",
      ("email", "hamada.abdelfattah@gmail.com")),
    P(f"ولو الحفلة اتلغت لا قدر الله، الفلوس ترجع على الحساب ده {AR_I_EG1}",
      ("iban", AR_I_EG1)),
    N("تمام يا فندم، هبعتلك العقد النهارده، والعربون ٢٠ في المية قبل يوم ١٠."),

    # call 4: restaurant table booking (Levantine)
    N("مساء الخير، مطعم بيت الزيتون، كيف فيني ساعدك؟"),
    P("مساء النور، أنا لينا حداد، بدي احجز طاولة لعشرة أشخاص يوم الجمعة.", ("name", "لينا حداد")),
    N("الجمعة عنا الساعة تمانية أو تسعة ونص، والحد الأدنى للطاولات الكبيرة ٢٥ دينار للشخص."),
    P("عم بحكي من رقم تاني، سجلي رقمي صفر سبعة تسعة، خمسة تلاتة تنين، تمانية تمانية واحد ستة",
      ("phone", "صفر سبعة تسعة، خمسة تلاتة تنين، تمانية تمانية واحد ستة")),
    N("تمام، الطاولة محجوزة على التراس، وإذا تأخرتوا أكتر من ربع ساعة بتنلغى."),
    P("يسلمو لينا، منستناكم يوم الجمعة.", ("name", "لينا")),

    # call 5: beach resort in Zanzibar, changing a booking (Kuwaiti caller)
    P("مرحبا، أنا أبو خالد من الكويت، حاجزين عندكم في المنتجع عشر ليالي وأبي أعدل الحجز.",
      ("name", "أبو خالد")),
    N("أهلاً فيك، الحجز من ٢ إلى ١٢ ديسمبر، فيلتين على البحر، والسعر ٦٢٠ دولار لليلة للفيلا الوحدة."),
    P(f"العربون رجعوه على حسابي في الوطني، الآيبان {grp4(AR_I_KW1)}", ("iban", grp4(AR_I_KW1))),
    P("عنواني السالمية، قطعة ١٠، شارع ٥، منزل ٢٢", ("address", "السالمية، قطعة ١٠، شارع ٥، منزل ٢٢")),
    P("رقمي تسعة تسعة سبعة اثنين، ثلاثة ثلاثة ثمانية واحد",
      ("phone", "تسعة تسعة سبعة اثنين، ثلاثة ثلاثة ثمانية واحد")),
    N("المواصلات من المطار ٤٥ دقيقة، والنقل مجاني للحجوزات فوق سبع ليالي."),

    # call 6: theme park annual pass, registration needs national ID (Saudi)
    N("أهلاً وسهلاً، معك خدمة عملاء مدينة الألعاب، كيف أقدر أساعدك؟"),
    P("هلا، معك نورة القحطاني، سجلت على الاشتراك السنوي والموقع يقول رقم الهوية غلط.",
      ("name", "نورة القحطاني")),
    P(f"رقم هويتي {indic(AR_SID1)}", ("id", indic(AR_SID1)),
      ctx="أعطيني رقم الهوية لو سمحتي أتأكد منه."),
    P(f"يعني {ar_digits(AR_SID1[:4], 'gulf')}، {ar_digits(AR_SID1[4:], 'gulf')}، صح؟",
      ("id", f"{ar_digits(AR_SID1[:4], 'gulf')}، {ar_digits(AR_SID1[4:], 'gulf')}")),
    N("الاشتراك السنوي بـ ٨٩٩ ريال ويشمل ١٢ زيارة ومواقف مجانية، والعرض ينتهي ٣١ مارس."),
    P("١٤١٨/٠٥/٢٣ هجري", ("date_of_birth", "١٤١٨/٠٥/٢٣"), ctx="وتاريخ الميلاد حسب الهوية؟"),
    P("إيميلي noura.q99@hotmail.com", ("email", "noura.q99@hotmail.com")),

    # call 7: conference hall booking at a hotel (MSA / Levantine organiser in Riyadh)
    P("مساء الخير، معكم هشام من قسم المؤتمرات والفعاليات.", ("name", "هشام")),
    P("مساء النور، معك سامر النابلسي من شركة الرواد للتقنية، بخصوص حجز القاعة الكبرى للملتقى السنوي.",
      ("name", "سامر النابلسي")),
    N("القاعة الكبرى تتسع لأربعمية شخص، وحجزكم يومي ١٨ و١٩ نوفمبر من الساعة ٨ الصبح لـ ٥ العصر، بسعر ٢٤٥ ريال للشخص شامل الغدا."),
    P(f"التعاقد رح يكون باسمي، رقم الإقامة {grp(AR_IQ1, [4, 3, 3])}", ("id", grp(AR_IQ1, [4, 3, 3]))),
    P(f"والمبلغ الزايد رجعوه على حساب الشركة، {grp4(AR_I_SA1)}", ("iban", grp4(AR_I_SA1))),
    N("الفاتورة رقم ٢٠٢٤-٠٣٣٨١ صدرت بتاريخ ٥ سبتمبر، والمبلغ ٩٨ ألف ريال شامل الضريبة."),
    P("وإيميلي الشخصي samer underscore nabulsi at yahoo dot com",
      ("email", "samer underscore nabulsi at yahoo dot com")),

    # call 8: chalet rental for the weekend (Saudi)
    N("أبي أسأل عن الشاليه اللي في درة العروس، متاح ليلة الخميس؟ وكم السعر؟"),
    N("متاح يا طويل العمر، الخميس والجمعة بـ ١٨٠٠ ريال، والتأمين ٥٠٠ ريال يرجع بعد الخروج."),
    P(f"رقم الهوية {ar_digits(AR_SID2, 'gulf')}", ("id", ar_digits(AR_SID2, "gulf")),
      ctx="عشان العقد نحتاج رقم الهوية الوطنية."),
    P("ثلطعش أربعة تسعين", ("date_of_birth", "ثلطعش أربعة تسعين"), ctx="وتاريخ الميلاد؟"),
    P(f"والدفع بمدى، {grp4(AR_C2)}", ("card", grp4(AR_C2))),
    P("جوالي ٠٥٠٤٤٨٢٣٦١", ("phone", "٠٥٠٤٤٨٢٣٦١")),

    # call 9: coach tour of Andalusia (Moroccan caller, Darija)
    P("السلام عليكم، معاك فاطمة الزهراء بنعلي، بغيت نسول على الرحلة ديال الأندلس، إشبيلية وغرناطة.",
      ("name", "فاطمة الزهراء بنعلي")),
    N("وعليكم السلام، الرحلة فيها سبع ليالي، كتخرج نهار ١٥ أكتوبر، والثمن ٩٨٠٠ درهم للشخص، فيها الأوطيل والفطور والكار."),
    P("النمرة ديالي زيرو ستة، واحد تمنية، ربعة جوج، سبعة سبعة، تسعة زيرو",
      ("phone", "زيرو ستة، واحد تمنية، ربعة جوج، سبعة سبعة، تسعة زيرو")),
    P("العنوان ديالي ٤٥ زنقة ابن بطوطة، المعاريف، الدار البيضاء",
      ("address", "٤٥ زنقة ابن بطوطة، المعاريف، الدار البيضاء")),
]

AR_2 = [
    # call 9 (cont.): Andalusia tour
    P("الإيميل ديالي fatimazahra.benali@gmail.com", ("email", "fatimazahra.benali@gmail.com")),
    P(f"والفلوس ديال العربون رجعوهم ليا فهاد الحساب، {grp4(AR_I_MA1)}", ("iban", grp4(AR_I_MA1))),
    P("مزيان، شكرا لالة فاطمة الزهراء، غادي نصيفط ليك الكونفيرماسيون دابا فالإيميل.",
      ("name", "فاطمة الزهراء")),
    N("الكار كيخرج من طنجة مع السبعة ديال الصباح، والبابور كياخد ساعة ونص حتى لطريفة."),

    # call 10: hotel in Antalya through a travel agency (Arab citizen of Israel)
    P("مرحبا، أنا وئام خطيب من الناصرة، حجزت عن طريقكم فندق بأنطاليا وبدي أضيف غرفة.",
      ("name", "وئام خطيب")),
    N("أكيد، الحجز من ٢٠ لـ ٢٧ تموز، غرفتين، وكل غرفة إضافية ٩٥ يورو بالليلة مع فطور."),
    P(f"رقم الهوية تبعي {ar_digits(AR_TZ1, 'lev')}", ("id", ar_digits(AR_TZ1, "lev")),
      ctx="عشان التأمين بدي رقم الهوية."),
    P("التلفون صفر خمسة تنين، تلاتة تلاتة سبعة، واحد تسعة، أربعة خمسة",
      ("phone", "صفر خمسة تنين، تلاتة تلاتة سبعة، واحد تسعة، أربعة خمسة")),
    P("العنوان شارع بولس السادس ١٢٤، الناصرة", ("address", "شارع بولس السادس ١٢٤، الناصرة"),
      ctx="ولوين نبعتلك الفاوتشر المطبوع؟"),
    P(f"والدفع بالفيزا، {grp4(AR_C3)}", ("card", grp4(AR_C3))),

    # call 11: honeymoon package to the Maldives (Egyptian couple)
    P("أهلا بحضرتك، معاك منة من شركة سما للسياحة، أقدر أساعد حضرتك إزاي؟", ("name", "منة")),
    P("أهلا، أنا كريم الشناوي، عايز أحجز شهر العسل في المالديف أول نوفمبر.", ("name", "كريم الشناوي")),
    N("عندنا باكدج ست ليالي في فيلا على المية بـ ٤٢٠٠ دولار للاتنين، شامل الطيران من القاهرة والانتقال بالسي بلين."),
    P("تاريخ ميلادي 28 فبراير 1994، ومراتي 11/9/1997",
      ("date_of_birth", "28 فبراير 1994"), ("date_of_birth", "11/9/1997"),
      ctx="محتاجة تاريخ الميلاد ليك وللمدام عشان التأمين."),
    P(f"هدفع المقدم بالكريدت كارد، الرقم {AR_C4[:4]} {AR_C4[4:8]} {ar_digits(AR_C4[8:], 'egy')}",
      ("card", f"{AR_C4[:4]} {AR_C4[4:8]} {ar_digits(AR_C4[8:], 'egy')}")),
    P("إيميلي karim dot elshenawy at outlook dot com", ("email", "karim dot elshenawy at outlook dot com")),
    P("ولو في هدية من الشركة ابعتوها على البيت، ٨ شارع الجزائر، المعادي، القاهرة، جنب محطة المترو",
      ("address", "٨ شارع الجزائر، المعادي، القاهرة")),
    N("تمام، كده الحجز مبدئي لحد ما نستلم المقدم ٣٠٪ خلال ٤٨ ساعة، ورقم الحجز ٥٥٤٠٢٩."),
    N("عندنا عرض شهر العسل: الليلة التالتة ببلاش، وتورتة وورد في الأوضة، لحد آخر شهر سبتمبر."),

    # call 12: hotel lost property (Lebanese caller)
    P("بونجور، معك جاد سلامة، كنت نازل عندكن بالأوتيل الأسبوع الماضي ونسيت ساعتي بالغرفة ٣١٢.",
      ("name", "جاد سلامة")),
    N("إيه، لقيناها، ساعة سودا بسوار جلد، مسجلة عنا بتاريخ ٩ حزيران تحت رقم ٤٤٧."),
    P("بعتولي ياها على العنوان: الأشرفية، شارع مار مخايل، بناية الريحاني، الطابق الرابع، بيروت",
      ("address", "الأشرفية، شارع مار مخايل، بناية الريحاني، الطابق الرابع، بيروت")),
    P("وإذا بدكن تتصلوا، رقمي ٠٣ ٤٥٨ ٢١٧", ("phone", "٠٣ ٤٥٨ ٢١٧")),
    P(f"والشحن اخصموه من بطاقتي، {ar_digits(AR_C5, 'lev')}", ("card", ar_digits(AR_C5, "lev"))),
    N("الشحن بالـ DHL بيكلف ٣٥ دولار وبيوصل خلال ٣ لـ ٥ أيام، ورقم الشحنة بيوصلك برسالة."),

    # call 13: iftar buffet bookings at a hotel (Gulf)
    N("بغيت أحجز بوفيه الإفطار لعشرين شخص يوم الخميس، الساعة كم يفتح؟"),
    N("البوفيه يفتح مع أذان المغرب تقريبًا الساعة ٦:١٢، والسعر ٢٢٠ درهم للكبار و١١٠ للأطفال من ٦ لـ ١٢ سنة."),
    N("عندنا خصم ١٥٪ للمجموعات فوق ١٥ شخص إذا الحجز قبل ٤٨ ساعة، والخيمة الرمضانية تفتح لين الساعة ٢ الفجر."),

    # call 14: family holiday package to Malaysia (Saudi)
    P("حياك الله، معك ريم من قسم الباقات السياحية.", ("name", "ريم")),
    P("الله يحييك، معك عبدالله المطيري، أبي باقة ماليزيا لعايلتي، كوالالمبور ولنكاوي.",
      ("name", "عبدالله المطيري")),
    N("الباقة عشر ليالي، تبدأ من ١٢٬٥٠٠ ريال لشخصين، وكل طفل فوق سنتين ٢٬٣٠٠ ريال."),
    P(f"هويتي {AR_SID3}", ("id", AR_SID3), ctx="أحتاج أرقام الهويات لكل المسافرين لو سمحت."),
    P(f"وهوية زوجتي {ar_digits(AR_SID4[:5], 'gulf')}، {AR_SID4[5:]}",
      ("id", f"{ar_digits(AR_SID4[:5], 'gulf')}، {AR_SID4[5:]}")),
    P(f"والعاملة إقامتها {indic(grp(AR_IQ2, [3, 3, 4]))}", ("id", indic(grp(AR_IQ2, [3, 3, 4])))),
    P("ميلادي واحد، ثلاثة، ألف وتسعمية وخمسة وثمانين",
      ("date_of_birth", "واحد، ثلاثة، ألف وتسعمية وخمسة وثمانين"),
      ctx="وتواريخ الميلاد، نبدأ فيك."),
    P(f"ولو فيه فرق بالسعر رجعوه على حسابي {AR_I_SA2}", ("iban", AR_I_SA2)),
    P("ايميلي a.almutairi@icloud.com", ("email", "a.almutairi@icloud.com")),
    P("وزوجتي مواليد سبعة وعشرين رمضان ألف وأربعمية وتسعة هجري",
      ("date_of_birth", "سبعة وعشرين رمضان ألف وأربعمية وتسعة")),

    # call 15: wedding hall at a hotel (Emirati)
    P("مرحبا، معاج دانة من قسم الحفلات، كيف أقدر أساعدج؟", ("name", "دانة")),
    N("قاعة الحفلات تاخذ ٦٠٠ شخص، وحجز يوم الجمعة ٢٥ أبريل بـ ١٤٥ ألف درهم شامل العشا والكوشة."),
    P("العنوان للفاتورة: فيلا ١٤، شارع ٢٧، الورقاء ٣، دبي", ("address", "فيلا ١٤، شارع ٢٧، الورقاء ٣، دبي")),
    P(f"والتأمين رجعوه على حساب زوجي، {grp4(AR_I_AE2)}", ("iban", grp4(AR_I_AE2))),
    P(f"الدفعة الأولى بالبطاقة، {AR_C6}", ("card", AR_C6)),
    P("وإيميلي maitha.almheiri@gmail.com، كله سمول", ("email", "maitha.almheiri@gmail.com")),
    N("الفندق ورا مول الإمارات، وبعد ما تطلعين من المترو محطة مشرف تمشين خمس دقايق."),

    # call 16: family trip to Trabzon, refund of a deposit (Jordanian)
    P("مرحبا، معك أبو يزن، أنا بحكي من عمّان بخصوص رحلة طرابزون اللي انلغت.", ("name", "أبو يزن")),
    N("صح، الرحلة كانت من ٦ لـ ١٣ آب، ودفعتوا ٩٠٠ دينار عربون، ورح يرجعلكم المبلغ كامل."),
    P(f"بدي أرجّع العربون على حسابي بالبنك العربي، {grp4(AR_I_JO1)}", ("iban", grp4(AR_I_JO1))),
    P("وعنواني جبل عمان، شارع الأميرة بسمة، عمارة ٢٣، الطابق التاني",
      ("address", "جبل عمان، شارع الأميرة بسمة، عمارة ٢٣، الطابق التاني")),
    P("مواليد ٥ / ١٢ / ١٩٨٢", ("date_of_birth", "٥ / ١٢ / ١٩٨٢"), ctx="شو تاريخ ميلادك عشان نتأكد؟"),
    P("ايميلي ahmad_zoubi82@yahoo.com", ("email", "ahmad_zoubi82@yahoo.com")),
    P(f"والبطاقة اللي دفعت فيها {grp4(AR_C7)}", ("card", grp4(AR_C7))),

    # call 5 (cont.): rest of the resort balance by card (Kuwaiti)
    P(f"الباقي ادفعه بالبطاقة يعني {ar_digits(AR_C8[:8], 'gulf')} {ar_digits(AR_C8[8:], 'gulf')}",
      ("card", f"{ar_digits(AR_C8[:8], 'gulf')} {ar_digits(AR_C8[8:], 'gulf')}")),

    # non-personal lines from the same desks
    N("رقم الغرفة ١٠١٤ بالطابق العاشر، والفطور من ٦:٣٠ لـ ١٠:٣٠ بمطعم الياسمين."),
    N("الدفعة انخصمت منك يوم ١٢ مارس ٢٠٢٤، المبلغ ٣٬٤٥٠ ريال، وبعدين خصم ثاني ٣٥٠ يوم ١٥."),
    N("رقم التذكرة ٤٠٩٨٨١٢٣٧٥، وتقدر تستخدمها أي يوم في الأسبوع إلا الجمعة والسبت."),
    N("يا فندم العقد بدأ من أول يناير ٢٠٢٣ ومدته تلات سنين، والزيادة السنوية ٥٪ بس."),
    N("الرحلة رقم ٤٥٧ بتوصل الساعة ١١ وربع بالليل، والباص بيستناكم قدام بوابة ٣."),
    N("بتعرفي مطعم أم شريف؟ نحنا جنبه بالزبط، بعد الإشارة التانية على اليمين."),
    N("اممم يعني خمسة بالغين وطفلين، دخول الساعة ٢ الضهر وخروج ١٢ الضهر، والمسبح مفتوح لحد ١٠ بالليل"),
    N("فندق الأميرة مسكّر للصيانة لآخر الشهر، بس عندنا فندق سان جورج بنفس السعر، ١١٠ دولار مع الفطور."),
]

LANGS["ar"] = AR_1 + AR_2

# ---------------------------------------------------------------------------
# Hebrew: native speakers, immigrants (Russian, Ethiopian, French, Anglo) and
# Arab citizens speaking Hebrew
# ---------------------------------------------------------------------------

HE_C1 = card("458003215567091")    # Visa 16
HE_C2 = card("532610478821934")    # Mastercard 16
HE_C3 = card("37522091774360")     # Amex 15
HE_C4 = card("410233665019824")    # Visa 16
HE_C5 = card("518942033761805")    # Mastercard 16
HE_C6 = card("3600124578331")      # Diners 14
HE_C7 = card("426654901237718")    # Visa 16
HE_C8 = card("547713082260491")    # Mastercard 16

HE_I1 = iban("IL", "0126090000000432198")
HE_I2 = iban("IL", "0108000000018273645")
HE_I3 = iban("IL", "0204610000000551827")
HE_I4 = iban("IL", "0110780000000290413")
HE_I5 = iban("IL", "0317520000000034982")
HE_I6 = iban("IL", "0120330000000718264")
HE_I7 = iban("IL", "0106980000000402715")

HE_TZ1 = tz("30456721")
HE_TZ2 = tz("20781934")
HE_TZ3 = tz("32945018")
HE_TZ4 = tz("05873266")
HE_TZ5 = tz("31127849")
HE_TZ6 = tz("02496135")
HE_TZ7 = tz("34018572")
HE_TZ8 = tz("20655390")

HE_1 = [
    # call 1: guesthouse (zimmer) in the Galilee
    P("שלום, הגעתם לצימרים נוף הגליל, מדברת אביטל.", ("name", "אביטל")),
    P("היי, שלום, מדבר יוסי מזרחי, רציתי לבדוק אם יש לכם צימר פנוי לסוף השבוע של ה-14 בנובמבר.",
      ("name", "יוסי מזרחי")),
    N("יש לנו את צימר הגפן עם ג'קוזי, שני לילות, חמישי ושישי, זה 1,850 ₪ כולל ארוחת בוקר."),
    N("ביום ראשון הצ'ק אאוט עד 12, ואם תרצו להישאר עד 4 זה עוד 250 שקל."),
    N("מעולה, אז לשריון אני צריכה מספר כרטיס אשראי, לא מחייבים עד יום ההגעה."),
    P(f"כן, {he_digits(HE_C1[:4])}, {he_digits(HE_C1[4:8])}, {he_digits(HE_C1[8:12])}, {he_digits(HE_C1[12:])}",
      ("card", f"{he_digits(HE_C1[:4])}, {he_digits(HE_C1[4:8])}, {he_digits(HE_C1[8:12])}, {he_digits(HE_C1[12:])}")),
    P("הטלפון שלי אפס חמש שתיים, שבע אחת שלוש, ארבעים וחמש, שמונים ושתיים",
      ("phone", "אפס חמש שתיים, שבע אחת שלוש, ארבעים וחמש, שמונים ושתיים")),
    N("אני שולחת לך עכשיו אישור בוואטסאפ, מספר הזמנה 40217, וביטול בלי עלות עד 7 ימים לפני."),

    # call 2: bar mitzvah catering (Ethiopian-Israeli mother)
    N("קייטרינג טעמים, שלום, במה אפשר לעזור?"),
    P("שלום, קוראים לי טגיסט אדמסו, אני מתקשרת לגבי הבר מצווה של הבן שלי.", ("name", "טגיסט אדמסו")),
    N("כן, ראיתי את הפנייה, מדובר על 180 מוזמנים ביום שלישי ה-9 בדצמבר, באולם בראשון לציון."),
    N("המנה העיקרית 165 ₪ לאיש, בר קינוחים עוד 35, ומקדמה של 20 אחוז בחתימה."),
    P("הכתובת שלנו רחוב הרצל 45, דירה 12, רחובות", ("address", "רחוב הרצל 45, דירה 12, רחובות"),
      ctx="אני צריך כתובת בשביל החשבונית."),
    P(f"תעודת זהות {HE_TZ1}", ("id", HE_TZ1), ctx="ותעודת זהות בשביל החוזה?"),
    P("והמייל שלי tigist.admasu@gmail.com", ("email", "tigist.admasu@gmail.com")),
    P("תודה טגיסט, אני שולח לך את החוזה עוד היום.", ("name", "טגיסט")),

    # call 3: organised tour to Georgia (Russian-speaking immigrant)
    P("שלום, מדבר יבגני גולדמן, אבל כולם קוראים לי ז'ניה, הזמנתי אצלכם טיול לגאורגיה.",
      ("name", "יבגני גולדמן"), ("name", "ז'ניה")),
    N("כן, הטיול המאורגן לטביליסי וקזבגי, יוצאים ב-3 באוקטובר, שמונה ימים, 1,290 דולר לאדם."),
    P("תאריך לידה שניים באפריל שבעים ותשע", ("date_of_birth", "שניים באפריל שבעים ותשע"),
      ctx="בשביל הביטוח אני צריכה תאריך לידה ותעודת זהות."),
    P(f"ותעודת זהות {he_digits(HE_TZ2[:3], 'm')}, {he_digits(HE_TZ2[3:6], 'm')}, {he_digits(HE_TZ2[6:], 'm')}",
      ("id", f"{he_digits(HE_TZ2[:3], 'm')}, {he_digits(HE_TZ2[3:6], 'm')}, {he_digits(HE_TZ2[6:], 'm')}")),
    P("המייל שלי zhenya dot goldman at mail dot ru", ("email", "zhenya dot goldman at mail dot ru")),
    P("אה, ותרשמי גם את הטלפון של אשתי, אפס חמש ארבע, שש שש שתיים, אחת תשע, אפס שמונה",
      ("phone", "אפס חמש ארבע, שש שש שתיים, אחת תשע, אפס שמונה")),

    # call 4: wedding hall (Arab citizen speaking Hebrew)
    P("אולמי הדקל, מדברת מורן, שלום.", ("name", "מורן")),
    P("שלום, אני סמיר חורי מחיפה, רציתי לשאול על תאריך לחתונה של הבת שלי באוגוסט.",
      ("name", "סמיר חורי")),
    N("באוגוסט נשארו לנו רק ה-7 וה-21, זה ימי חמישי, מינימום 400 מנות, 285 ₪ למנה."),
    P("כן, אפס חמש אפס, ארבע שמונה שבע, שלוש שלוש, אחת שש",
      ("phone", "אפס חמש אפס, ארבע שמונה שבע, שלוש שלוש, אחת שש"),
      ctx="אפשר לקבל טלפון שלך לחזרה?"),
    P(f"המקדמה ירדה בכרטיס {grp4(HE_C2)}, ואני רוצה לבטל אותה ולשלם בהעברה.",
      ("card", grp4(HE_C2))),
    P("ותשלחי את ההצעה בדואר לכתובת רחוב עבאס 18, קומה 2, חיפה",
      ("address", "רחוב עבאס 18, קומה 2, חיפה")),

    # call 5: restaurant table booking (Tel Aviv)
    N("ערב טוב, מסעדת הנמל, אפשר להזמין מקום ליום חמישי בשמונה וחצי לשישה אנשים?"),
    N("בחמישי בשמונה וחצי יש רק בבר, בשולחן אפשר בשבע או בעשר ורבע."),
    P("טוב, אז בשבע, על השם דנה לוי", ("name", "דנה לוי"), ctx="על איזה שם לרשום?"),
    P("ואם יש בעיה תתקשרו ל-054-6603127", ("phone", "054-6603127")),
    N("יש דמי ביטול של 100 ₪ לסועד אם לא מגיעים בלי הודעה, והשולחן נשמר רבע שעה."),
    N("ומי שיש לו יום הולדת מקבל קינוח חינם, רק תגידו למלצר."),

    # call 6: theme park annual pass (French-speaking immigrant)
    N("שלום, הגעתם למוקד המנויים של סופר כיף פארק, במה אפשר לעזור?"),
    P("בונז'ור, סליחה, שלום, מדבר שמואל אטיאס, סמי, קניתי מנוי שנתי באתר והכרטיס לא עבר.",
      ("name", "שמואל אטיאס"), ("name", "סמי")),
    N("המנוי המשפחתי עולה 899 ₪ לשנה, כולל כניסות בלי הגבלה חוץ מחול המועד."),
    P(f"זה אמריקן אקספרס, {grp(HE_C3, [4, 6, 5])}", ("card", grp(HE_C3, [4, 6, 5])),
      ctx="תקריא לי את המספר ואני אכניס ידנית."),
    P("היא נולדה ב-17.06.2016", ("date_of_birth", "17.06.2016"),
      ctx="ותאריך לידה של הילדה, בשביל כרטיס ילד?"),
    P("המייל זה sami.attias שטרודל gmail.com", ("email", "sami.attias שטרודל gmail.com")),
    N("הכרטיסים יישלחו תוך 24 שעות, ואפשר להשתמש בהם החל מה-1 ביולי."),

    # call 7: conference centre, corporate event
    N("מרכז הכנסים אולמי הים, שלום, במה אפשר לעזור?"),
    P("שלום, כאן מיכל מחברת אורבן טק, אנחנו סוגרים אצלכם כנס לקוחות ב-25 בפברואר.", ("name", "מיכל")),
    N("אולם A מכיל 350 איש בסידור תיאטרון, והמחיר 145 ₪ לאיש כולל ארוחת צהריים ושתי הפסקות קפה."),
    N("הצעת מחיר מספר 2025-0471 בתוקף עד סוף החודש, ואפשר להוסיף מסך לד ב-4,800 ₪."),
    P(f"תחייבי את כרטיס החברה, {grp(HE_C6, [4, 6, 4])}", ("card", grp(HE_C6, [4, 6, 4]))),
    P("ואם צריך אותי בנייד, אפס חמש שמונה, שלוש אחת ארבע, שש שתיים שבע שבע",
      ("phone", "אפס חמש שמונה, שלוש אחת ארבע, שש שתיים שבע שבע")),

    # call 8: hotel lost property in Eilat (Anglo immigrant)
    P("היי, זאת ג'ניפר רוזן, השארתי מטען של אייפד בחדר במלון שלכם באילת.", ("name", "ג'ניפר רוזן")),
    N("כן, יש לנו מטען לבן מחדר 418, מצאו אותו ב-2 ביוני, מספר פריט 7719."),
    P("אפשר לשלוח לכתובת שלי? זה רחוב עמק רפאים 31, דירה 4, ירושלים.",
      ("address", "רחוב עמק רפאים 31, דירה 4, ירושלים")),
    P("my number is... סליחה, הטלפון שלי אפס חמש שלוש, שבע שבע אחת, תשע אפס שמונה אחת",
      ("phone", "אפס חמש שלוש, שבע שבע אחת, תשע אפס שמונה אחת")),
    N("המשלוח בדואר רשום עולה 38 ₪ ולוקח חמישה עד שבעה ימי עסקים."),

    # call 9: ski package to Bansko, cancellation refund
    P("שלום, מדברת אלה מחופשות שלג, במה אוכל לעזור?", ("name", "אלה")),
    P("שלום, אני רועי ברק, ביטלנו את החבילה לבנסקו בגלל הפציעה של הבן שלי.", ("name", "רועי ברק")),
    N("ההזמנה הייתה ל-18 בינואר, שבעה לילות, כולל סקי פס ושיעורים, סך הכל 3,460 יורו."),
    P(f"אפשר להחזיר את הכסף לחשבון, הנה ה-IBAN: {HE_I1}", ("iban", HE_I1)),
    P(f"אני חוזרת: IL {he_digits(HE_I1[2:4])}, {he_digits(HE_I1[4:10])}, {HE_I1[10:]}",
      ("iban", f"IL {he_digits(HE_I1[2:4])}, {he_digits(HE_I1[4:10])}, {HE_I1[10:]}")),
    P(f"{grp(HE_TZ3, [3, 3, 3], '-')}", ("id", grp(HE_TZ3, [3, 3, 3], "-")),
      ctx="ותעודת זהות של בעל החשבון?"),
    N("ההחזר יבוצע תוך 14 ימי עסקים, בניכוי דמי טיפול של 150 יורו."),
]

HE_2 = [
    # call 10: holiday villa in Tuscany, deposit refund
    P("שלום, כאן ניר מווילות באיטליה, במה אפשר לעזור?", ("name", "ניר")),
    P("היי, מדברת אורית שושן, היינו בווילה ליד סיינה בתחילת החודש ועדיין לא קיבלנו את הפיקדון.",
      ("name", "אורית שושן")),
    N("אני רואה, פיקדון של 800 יורו, הבעלים אישר להחזיר 720 בגלל הכוס שנשברה ליד הבריכה."),
    P("תאריך לידה 12.3.83", ("date_of_birth", "12.3.83"), ctx="לפני שנמשיך, אני צריך לאמת תאריך לידה."),
    P(f"תרשום את ה-IBAN שלי, {grp4(HE_I2)}", ("iban", grp4(HE_I2))),
    P(f"ואם לא עובר, יש גם את החשבון של בעלי, {HE_I3[:4]} {he_digits(HE_I3[4:])}",
      ("iban", f"{HE_I3[:4]} {he_digits(HE_I3[4:])}")),
    P(f"תעודת זהות שלי {he_digits(HE_TZ4)}", ("id", he_digits(HE_TZ4)),
      ctx="לצורך ההעברה הבנק שלהם מבקש גם מספר זהות."),
    P("המייל oritshoshan שטרודל walla נקודה co נקודה il",
      ("email", "oritshoshan שטרודל walla נקודה co נקודה il")),

    # call 11: hotel chain members' club (older native caller)
    P("מועדון החברים של רשת מלונות גלים, מדבר ליאור.", ("name", "ליאור")),
    P("שלום חמוד, כאן חנה ויסמן, אני רוצה לממש את הנקודות שלי לחופשה בים המלח.",
      ("name", "חנה ויסמן")),
    P("עשרים ושלושה בספטמבר, אלף תשע מאות ארבעים ושמונה",
      ("date_of_birth", "עשרים ושלושה בספטמבר, אלף תשע מאות ארבעים ושמונה"),
      ctx="בשמחה, אני רק צריך לאמת, תאריך לידה?"),
    N("יש לך 48,200 נקודות, זה מספיק לשני לילות בחצי פנסיון, מה-11 עד ה-13 במרץ."),
    P("ותעדכן לי את הכתובת, עברנו לשדרות ירושלים 102, דירה 9, רמת גן",
      ("address", "שדרות ירושלים 102, דירה 9, רמת גן")),
    P("תודה חנה, ואת מספר תעודת הזהות לאימות אחרון?", ("name", "חנה")),
    P(f"{he_digits(HE_TZ5[:4])}, {HE_TZ5[4:]}", ("id", f"{he_digits(HE_TZ5[:4])}, {HE_TZ5[4:]}"),
      ctx="תודה חנה, ואת מספר תעודת הזהות לאימות אחרון?"),
    P("הטלפון בבית זה אפס שלוש, שש שבע שתיים, תשע אפס אחת ארבע",
      ("phone", "אפס שלוש, שש שבע שתיים, תשע אפס אחת ארבע")),
    P(f"ואם אני מבטלת, ההחזר הולך לחשבון איי אל {he_digits(HE_I6[2:4])}, {grp(HE_I6[4:], [3, 3, 13])}",
      ("iban", f"איי אל {he_digits(HE_I6[2:4])}, {grp(HE_I6[4:], [3, 3, 13])}")),

    # call 12: glamping in the Negev
    N("הגלמפינג שלנו ליד מצפה רמון, אוהל משפחתי לחמישה עולה 960 ₪ ללילה בסופ\"ש ו-720 באמצע השבוע."),
    N("הצ'ק אין מ-15:00, יש סיור כוכבים בתשע בערב ב-60 ₪ לאדם, וארוחת בוקר בין 8 ל-10."),
    N("בשבוע של ה-2 באפריל הכל תפוס, אבל מה-9 יש לנו שלושה אוהלים פנויים."),
    N("הזמנה מספר 5530912, שני אוהלים, ארבעה לילות, שולם 2,880 ₪ ב-3 בפברואר."),
    P(f"אוקיי אז תחייבו את המקדמה בכרטיס הזה {he_digits(HE_C8[:8])} {HE_C8[8:]}",
      ("card", f"{he_digits(HE_C8[:8])} {HE_C8[8:]}")),

    # call 13: family package to Antalya (Arab citizen speaking Hebrew)
    P("שלום, אני רנין חאג' יחיא מטייבה, רציתי להזמין חבילה לאנטליה לחמישה אנשים.",
      ("name", "רנין חאג' יחיא")),
    N("יש לנו הכל כלול במלון חמישה כוכבים, 7 לילות מה-28 ביוני, 2,150 דולר לזוג ו-450 לכל ילד."),
    P(f"תעודת זהות שלי {HE_TZ6}", ("id", HE_TZ6), ctx="אני צריכה תעודת זהות של המזמינה."),
    P("ותאריך לידה, עשרים ואחד במאי שמונים ושבע", ("date_of_birth", "עשרים ואחד במאי שמונים ושבע")),
    P("המייל ranin underscore haj at hotmail dot com", ("email", "ranin underscore haj at hotmail dot com")),
    P("והכתובת טייבה, רחוב אל-זהראא 14", ("address", "טייבה, רחוב אל-זהראא 14")),
    P(f"התשלום בויזה, {HE_C4[:4]} {HE_C4[4:8]} {he_digits(HE_C4[8:])}",
      ("card", f"{HE_C4[:4]} {HE_C4[4:8]} {he_digits(HE_C4[8:])}")),
    P(f"ואם יש החזר תעבירו ל-{HE_I4}", ("iban", HE_I4)),

    # call 14: hotel for a Shabbat stay (Haredi family)
    P("שלום, כאן משה יהודה פרידמן מבני ברק, רוצה להזמין שלושה חדרים לשבת חזון.",
      ("name", "משה יהודה פרידמן")),
    N("לשבת חזון יש לנו חדרים משפחתיים, כל חדר 1,400 ₪ לשבת כולל שלוש סעודות, בכשרות מהדרין."),
    P("תאריך לידה כ\"ג באדר תשמ\"ה", ("date_of_birth", "כ\"ג באדר תשמ\"ה"),
      ctx="לפתיחת כרטיס לקוח צריך תאריך לידה ותעודת זהות."),
    P(f"ותעודת זהות {he_digits(HE_TZ7[:3])} {he_digits(HE_TZ7[3:])}",
      ("id", f"{he_digits(HE_TZ7[:3])} {he_digits(HE_TZ7[3:])}")),
    P("כתובת רחוב רבי עקיבא 118, קומה שלישית, בני ברק",
      ("address", "רחוב רבי עקיבא 118, קומה שלישית, בני ברק")),
    P("טלפון בבית אפס שלוש, חמש שבע אפס, שמונים ושתיים, עשרים",
      ("phone", "אפס שלוש, חמש שבע אפס, שמונים ושתיים, עשרים")),

    # call 15: platters for a brit at home
    P("היי, זו אושרת, הזמנתי אצלכם מגשי אירוח לברית ביום שני.", ("name", "אושרת")),
    P("תביאו לרחוב הנרקיס 7, כרמיאל, זה בית פרטי עם שער ירוק", ("address", "רחוב הנרקיס 7, כרמיאל")),
    N("ארבעה מגשי סלטים, שני מגשי בורקס ומגש פירות, הכל ביחד 1,120 ₪, המשלוח ב-9 בבוקר."),
    P(f"בכרטיס {grp4(HE_C5)}", ("card", grp4(HE_C5)), ctx="איך תרצי לשלם?"),

    # call 16: Dead Sea hotel package (older Anglo caller)
    P("Hi, sorry, העברית שלי לא משהו, קוראים לי דייוויד קליין, אני רוצה חבילה לים המלח.",
      ("name", "דייוויד קליין")),
    P("המייל זה d-k-l-e-i-n שבעים ושתיים at gmail dot com",
      ("email", "d-k-l-e-i-n שבעים ושתיים at gmail dot com")),
    P(f"the card, כן, {HE_C7}", ("card", HE_C7)),
    P("נולדתי ב-4 ביולי 1952, יום העצמאות האמריקאי", ("date_of_birth", "4 ביולי 1952")),
    P("ואשתי נולדה ב-30 בינואר 1955", ("date_of_birth", "30 בינואר 1955")),
    P("הנייד שלי +972 52 880 4417", ("phone", "+972 52 880 4417")),
    P(f"ואם יש בעיה עם התעודה, מספר הזהות שלי {grp(HE_TZ8, [3, 3, 3])}",
      ("id", grp(HE_TZ8, [3, 3, 3]))),
    P("הכתובת רחוב אחד העם 9, דירה 3, רעננה", ("address", "רחוב אחד העם 9, דירה 3, רעננה")),

    # call 9 / call 7 / call 6 (cont.)
    P("ותשלחו את הקבלה ל-roi.barak@gmail.com", ("email", "roi.barak@gmail.com")),
    P("ואת החשבונית למייל שלי, michal.b שטרודל urbantech נקודה co נקודה il",
      ("email", "michal.b שטרודל urbantech נקודה co נקודה il")),
    P(f"את ההפרש תחזירו לחשבון של החברה, {grp4(HE_I5)}", ("iban", grp4(HE_I5))),
    P(f"אז במקום כרטיס, תחזירו לי את הכסף לחשבון, {HE_I7[:4]} {HE_I7[4:]}",
      ("iban", f"{HE_I7[:4]} {HE_I7[4:]}")),

    # non-personal lines from the same desks
    N("המלון ממוקם ברחוב הירקון, מול מלון הכרמל, חמש דקות הליכה מהחוף."),
    N("החדר שלכם 1203, בקומה ה-12, ארוחת בוקר בין 7 ל-10:30 במסעדת רימון."),
    N("הטיסה LY 395 נוחתת ב-14:20, והאוטובוס למלון יוצא ב-15:00 מטרמינל 3."),
    N("החיוב של 1,240 ₪ ירד ב-12.3.2024, וההחזר של 310 ₪ יופיע בדף הבא."),
    N("אני אחזור אלייך ביום ראשון בין 10 ל-12, ואם לא נדבר עד אז, מספר הפנייה 88314602."),
    N("החוזה עם המלון התחיל ב-1 בינואר 2022 והוא לשלוש שנים, עם הנחה של 12% לקבוצות."),
    N("אממ רגע... כן, שלושה מבוגרים ושני ילדים, בני 6 ו-9, שני לילות, ב-24 וב-25 לחודש"),
    N("את הקבלת פנים עושים בגן בן גוריון, והחופה על הדשא ליד הבריכה, בערך ב-19:30."),
]

LANGS["he"] = HE_1 + HE_2

# ---------------------------------------------------------------------------
# Greek: callers from Greece and Cyprus, older and younger
# ---------------------------------------------------------------------------

EL_C1 = card("451729038846312")    # Visa 16
EL_C2 = card("535612870043915")    # Mastercard 16
EL_C3 = card("497601337284509")    # Visa 16
EL_C4 = card("37481520699713")     # Amex 15
EL_C5 = card("552810964471230")    # Mastercard 16
EL_C6 = card("411873002596147")    # Visa 16
EL_C7 = card("676195408832170")    # Maestro 16
EL_C8 = card("525470119386024")    # Mastercard 16

EL_I1 = iban("GR", "0172045" + "0005045083729146")
EL_I2 = iban("GR", "0140108" + "0108002002184722")
EL_I3 = iban("GR", "0260451" + "0000580201736294")
EL_I4 = iban("GR", "0110891" + "0000089147300518")
EL_I5 = iban("GR", "0171307" + "0006130052238471")
EL_I_CY1 = iban("CY", "00200195" + "0000357001732906")
EL_I_CY2 = iban("CY", "00501270" + "0000000240388112")

EL_AFM1 = afm("04583127")
EL_AFM2 = afm("12374956")
EL_AFM3 = afm("05926318")
EL_AFM4 = afm("13048573")
EL_AFM5 = afm("06271945")
EL_AFM6 = afm("11593862")
EL_AFM7 = afm("07348219")
EL_AFM8 = afm("14820657")

EL_1 = [
    # call 1: boutique hotel in Nafplio
    P("Ξενοδοχείο Παλαμήδι Σουίτες, καλησπέρα σας, ονομάζομαι Ελένη, πώς μπορώ να σας εξυπηρετήσω;",
      ("name", "Ελένη")),
    P("Καλησπέρα, με λένε Γιώργο Παπαδόπουλο, θα ήθελα να κλείσω δύο δωμάτια για το τριήμερο του Αγίου Πνεύματος.",
      ("name", "Γιώργο Παπαδόπουλο")),
    N("Για τις 20 με 23 Ιουνίου έχουμε ένα δίκλινο με θέα στο κάστρο στα 145 ευρώ τη βραδιά και ένα τρίκλινο στα 170, με πρωινό."),
    P("Τέλεια, κύριε Παπαδόπουλε, για την εγγύηση θα χρειαστώ μια κάρτα.", ("name", "Παπαδόπουλε")),
    P(f"Ναι, είναι Visa, {el_digits(EL_C1[:4])}, {el_digits(EL_C1[4:8])}, {el_digits(EL_C1[8:12])}, {el_digits(EL_C1[12:])}",
      ("card", f"{el_digits(EL_C1[:4])}, {el_digits(EL_C1[4:8])}, {el_digits(EL_C1[8:12])}, {el_digits(EL_C1[12:])}")),
    P("Το κινητό μου είναι έξι εννιά επτά, τέσσερα πέντε δύο, εβδομήντα ένα, ογδόντα οχτώ",
      ("phone", "έξι εννιά επτά, τέσσερα πέντε δύο, εβδομήντα ένα, ογδόντα οχτώ")),
    N("Ο αριθμός κράτησης είναι 4 8 1 7 7 2, και η δωρεάν ακύρωση ισχύει μέχρι 48 ώρες πριν την άφιξη."),

    # call 2: christening buffet catering (Athens)
    N("Κέτερινγκ Γεύσεις, καλημέρα σας, τι θα θέλατε;"),
    P("Καλημέρα, είμαι η Κατερίνα Αντωνίου, σας είχα στείλει email για τη βάφτιση του γιου μου στις 14 Σεπτεμβρίου.",
      ("name", "Κατερίνα Αντωνίου")),
    N("Ναι, για 120 άτομα, μπουφές με κρύα και ζεστά, 32 ευρώ το άτομο, και η προκαταβολή είναι 30% με την υπογραφή."),
    P(f"Ο ΑΦΜ μου είναι {EL_AFM1}", ("id", EL_AFM1), ctx="Για το τιμολόγιο θέλω ΑΦΜ και διεύθυνση."),
    P("και η διεύθυνση Λεωφόρος Κηφισίας 212, τρίτος όροφος, Μαρούσι, 15124",
      ("address", "Λεωφόρος Κηφισίας 212, τρίτος όροφος, Μαρούσι, 15124")),
    P("το mail μου είναι katerina.antoniou παπάκι gmail τελεία com",
      ("email", "katerina.antoniou παπάκι gmail τελεία com")),
    N("Ευχαριστώ πολύ, θα σας στείλω τη σύμβαση σήμερα μαζί με το μενού για τα παιδιά."),
    N("Η εκκλησία είναι η Αγία Παρασκευή στο Μαρούσι και το κτήμα είναι δέκα λεπτά από εκεί, στον Διόνυσο."),

    # call 3: taverna booking in Cyprus (Cypriot dialect)
    N("Ταβέρνα ο Πλάτανος, καλησπέρα."),
    P("Καλησπέρα, εν ο Μπάμπης, ο Χαράλαμπος Χατζηιωάννου, θέλω να κλείσω τραπέζι για το Σάββατο για δεκαπέντε άτομα.",
      ("name", "Μπάμπης"), ("name", "Χαράλαμπος Χατζηιωάννου")),
    N("Για δεκαπέντε άτομα το Σάββατο μπορώ στις οχτώ, με μεζέ στα 22 ευρώ το άτομο, τα ποτά χωριστά."),
    P("ενενήντα εννιά, τέσσερα ένα, επτά οχτώ, ογδόντα δύο",
      ("phone", "ενενήντα εννιά, τέσσερα ένα, επτά οχτώ, ογδόντα δύο"),
      ctx="Ένα τηλέφωνο να σας βρούμε;"),
    N("Εντάξει, σας έγραψα, το τραπέζι στην αυλή, και αν αργήσετε πάνω από μισή ώρα πάρτε μας να ξέρουμε."),

    # call 4: Christmas coach trip to Vienna (older caller, Thessaloniki)
    P("Καλημέρα σας, ταξιδιωτικό γραφείο Ορίζοντες, λέγομαι Θοδωρής.", ("name", "Θοδωρής")),
    P("Καλημέρα παιδί μου, λέγομαι Ευαγγελία Μαυρίδου, αλλά όλοι με λένε Λίτσα, θέλω την εκδρομή στη Βιέννη για τα Χριστούγεννα.",
      ("name", "Ευαγγελία Μαυρίδου"), ("name", "Λίτσα")),
    N("Η εκδρομή είναι πενθήμερη, αναχώρηση 21 Δεκεμβρίου από Θεσσαλονίκη, 690 ευρώ το άτομο σε δίκλινο, 180 ευρώ επιβάρυνση για μονόκλινο."),
    P("γεννήθηκα στις δεκατρείς Μαΐου του σαράντα εννιά",
      ("date_of_birth", "δεκατρείς Μαΐου του σαράντα εννιά"),
      ctx="Για την ασφάλεια ταξιδιού θέλω την ημερομηνία γέννησης."),
    P(f"Και το ΑΦΜ για την απόδειξη, {el_digits(EL_AFM2)}", ("id", el_digits(EL_AFM2))),
    P("Το σπίτι είναι Εγνατίας 45, πέμπτος όροφος, Θεσσαλονίκη",
      ("address", "Εγνατίας 45, πέμπτος όροφος, Θεσσαλονίκη"),
      ctx="Και τη διεύθυνσή σας για να σας στείλουμε τα εισιτήρια;"),
    P("Τηλέφωνο σπιτιού δύο τρία ένα μηδέν, τριάντα τέσσερα, πενήντα έξι, δώδεκα",
      ("phone", "δύο τρία ένα μηδέν, τριάντα τέσσερα, πενήντα έξι, δώδεκα")),
    P("Ευχαριστώ κυρία Λίτσα, θα σας πάρω αύριο να επιβεβαιώσουμε.", ("name", "Λίτσα")),

    # call 5: theme park package to Paris (younger caller)
    N("Καλησπέρα, ήθελα να ρωτήσω για το πακέτο με το θεματικό πάρκο στο Παρίσι, το τετραήμερο."),
    N("Ναι, περιλαμβάνει πτήσεις, τρεις διανυκτερεύσεις και εισιτήρια δύο ημερών, 1.290 ευρώ για δύο ενήλικες και ένα παιδί κάτω των 12."),
    P("Οκ τέλεια, με λένε Νεφέλη Ζαχαρίου, κλείστε το για τις 8 Μαρτίου.", ("name", "Νεφέλη Ζαχαρίου")),
    P("το email μου είναι n-e-f-e-l-i κάτω παύλα z ενενήντα πέντε παπάκι hotmail τελεία com",
      ("email", "n-e-f-e-l-i κάτω παύλα z ενενήντα πέντε παπάκι hotmail τελεία com")),
    P(f"εεε η κάρτα είναι {grp4(EL_C2)}", ("card", grp4(EL_C2))),
    P("Του μικρού η ημερομηνία γέννησης είναι 03/11/2017", ("date_of_birth", "03/11/2017")),
    N("Οι πτήσεις είναι με πρωινή αναχώρηση 06:15 και επιστροφή στις 21:40, και η μεταφορά από το αεροδρόμιο κοστίζει 25 ευρώ το άτομο."),

    # call 6: conference hotel in Thessaloniki (freelance organiser)
    N("Ξενοδοχείο Θερμαϊκός, τμήμα εκδηλώσεων, καλησπέρα."),
    P("Γεια σας, Στέλιος Καραγιάννης εδώ, οργανώνω την ημερίδα για τους φαρμακοποιούς στις 12 Νοεμβρίου.",
      ("name", "Στέλιος Καραγιάννης")),
    N("Η αίθουσα Αριστοτέλης χωράει 220 άτομα θεατρικά, 2.400 ευρώ η ημέρα, και το coffee break 8 ευρώ το άτομο."),
    P(f"Το τιμολόγιο στο όνομά μου, ΑΦΜ {grp(EL_AFM3, [3, 3, 3])}", ("id", grp(EL_AFM3, [3, 3, 3]))),
    P(f"Και την επιστροφή της προκαταβολής στο IBAN {grp4(EL_I1)}", ("iban", grp4(EL_I1))),
    N("Επίσης χρειαζόμαστε 40 δωμάτια για τη βραδιά της 11ης, με εταιρική τιμή 98 ευρώ."),
    P("Το κινητό μου, έξι εννιά τρία τρία, εκατόν δώδεκα, τετρακόσια σαράντα πέντε",
      ("phone", "έξι εννιά τρία τρία, εκατόν δώδεκα, τετρακόσια σαράντα πέντε")),

    # call 7: villa rental in Crete, deposit refund (Cypriot guest)
    N("Βίλες Ελούντα, καλημέρα σας."),
    P("Καλημέρα, είμαι ο Ανδρέας Κυπριανού, ήμασταν στη βίλα Αριάδνη την προηγούμενη εβδομάδα, και περιμένω την εγγύηση.",
      ("name", "Ανδρέας Κυπριανού")),
    N("Η εγγύηση ήταν 500 ευρώ και θα επιστραφεί ολόκληρη, απλώς το λογιστήριο κάνει τις μεταφορές κάθε Παρασκευή."),
    P(f"Ο λογαριασμός μου είναι στην Κύπρο, {grp4(EL_I_CY1)}", ("iban", grp4(EL_I_CY1))),
    P(f"Επαναλαμβάνω, CY {el_pair(EL_I_CY1[2:4])}, {el_digits(EL_I_CY1[4:12])}, {grp4(EL_I_CY1[12:])}",
      ("iban", f"CY {el_pair(EL_I_CY1[2:4])}, {el_digits(EL_I_CY1[4:12])}, {grp4(EL_I_CY1[12:])}")),
    P("και το email μου andreas.kyprianou@cytanet.com.cy", ("email", "andreas.kyprianou@cytanet.com.cy")),

    # call 8: hotel lost property (caller from Limassol)
    P("Καλησπέρα, λέγομαι Σοφία Ευαγόρου, έμεινα στο ξενοδοχείο σας το σαββατοκύριακο και ξέχασα ένα βραχιόλι στο δωμάτιο 207.",
      ("name", "Σοφία Ευαγόρου")),
    N("Ναι, το βρήκε η καμαριέρα την Κυριακή το πρωί, είναι καταχωρημένο με αριθμό 1184."),
    P("Μπορείτε να το στείλετε στη διεύθυνσή μου, οδός Γλάδστωνος 23, διαμέρισμα 4, Λεμεσός 3040",
      ("address", "οδός Γλάδστωνος 23, διαμέρισμα 4, Λεμεσός 3040")),
    P("Το τηλέφωνό μου συν τρία πέντε εφτά, ενενήντα εφτά, εξήντα τρία, είκοσι ένα, μηδέν οχτώ",
      ("phone", "συν τρία πέντε εφτά, ενενήντα εφτά, εξήντα τρία, είκοσι ένα, μηδέν οχτώ")),
    N("Η αποστολή με courier κάνει 7 ευρώ και φτάνει σε δύο εργάσιμες."),

    # call 9: ski package to Bansko
    P("Γεια σας, είμαι ο Πάνος Δημητρίου, για το πακέτο σκι στο Μπάνσκο τον Φεβρουάριο, θέλω να προσθέσω δύο άτομα.",
      ("name", "Πάνος Δημητρίου")),
    N("Το πακέτο είναι 5 νύχτες από 15 Φεβρουαρίου, με skipass έξι ημερών, 540 ευρώ το άτομο, και ενοίκιο εξοπλισμού 90 ευρώ."),
    P(f"Την απόδειξη με ΑΦΜ {EL_AFM4}, παρακαλώ.", ("id", EL_AFM4)),
    P(f"Πληρώνω με την American, {grp(EL_C4, [4, 6, 5])}", ("card", grp(EL_C4, [4, 6, 5]))),
    P("Γεννήθηκα 25/10/1992, αν το χρειάζεστε για την ασφάλιση.", ("date_of_birth", "25/10/1992")),

    # call 10: camping in Halkidiki
    N("Το κάμπινγκ είναι στη Σιθωνία, 12 ευρώ το άτομο τη βραδιά, 8 ευρώ η σκηνή, και το ρεύμα 5 ευρώ."),
    N("Από 1 Ιουλίου μέχρι 31 Αυγούστου θέλουμε ελάχιστη διαμονή 3 νύχτες, και τα μπανγκαλόου είναι 75 ευρώ."),
]

EL_2 = [
    # call 11: wedding reception venue near Limassol (Cypriot)
    N("Κτήμα Αμπελώνες, καλημέρα, πείτε μου."),
    P("Καλημέρα, η Μαρίνα Γεωργίου είμαι, εκλείσαμε τον χώρο για τον γάμο στις 6 του Ιούνη.",
      ("name", "Μαρίνα Γεωργίου")),
    N("Ναι, 350 άτομα, το μενού στα 48 ευρώ το άτομο, και η δεύτερη δόση των 5.000 ευρώ είναι μέχρι τις 6 Μαΐου."),
    P(f"Τη δεύτερη δόση θα την πληρώσω με κάρτα, {el_digits(EL_C8[:4])} {el_digits(EL_C8[4:8])} {EL_C8[8:12]} {EL_C8[12:]}",
      ("card", f"{el_digits(EL_C8[:4])} {el_digits(EL_C8[4:8])} {EL_C8[8:12]} {EL_C8[12:]}")),
    P(f"και να σας πω το IBAN για την επιστροφή της υπερπληρωμής, {EL_I_CY2}", ("iban", EL_I_CY2)),
    P("το κινητό μου εννιά έξι τρία οχτώ πέντε ένα μηδέν εφτά",
      ("phone", "εννιά έξι τρία οχτώ πέντε ένα μηδέν εφτά")),
    P("η διεύθυνση για τα προσκλητήρια Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄ 58, διαμέρισμα 302, Λευκωσία 1065",
      ("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ΄ 58, διαμέρισμα 302, Λευκωσία 1065")),
    P("και το μέιλ marina.georgiou88@gmail.com", ("email", "marina.georgiou88@gmail.com")),

    # call 12: wine tour on Santorini (Greek-Australian caller)
    P("Γεια σας, είμαι ο Peter Kostopoulos, δηλαδή Παναγιώτης, από τη Μελβούρνη, θέλω να κλείσω το wine tour.",
      ("name", "Peter Kostopoulos"), ("name", "Παναγιώτης")),
    N("Το wine tour είναι κάθε μέρα στις 5 το απόγευμα, επισκεπτόμαστε τρία οινοποιεία, 95 ευρώ το άτομο με μεταφορά από το ξενοδοχείο."),
    P("το τηλέφωνο είναι συν εξήντα ένα, τέσσερα ένα δύο, πέντε πέντε οχτώ, ένα εννιά τρία",
      ("phone", "συν εξήντα ένα, τέσσερα ένα δύο, πέντε πέντε οχτώ, ένα εννιά τρία")),
    P(f"με την κάρτα μου, {EL_C3[:4]} {EL_C3[4:8]}, {el_digits(EL_C3[8:])}",
      ("card", f"{EL_C3[:4]} {EL_C3[4:8]}, {el_digits(EL_C3[8:])}")),
    P("και το email peter κάτω παύλα kosto at bigpond dot com",
      ("email", "peter κάτω παύλα kosto at bigpond dot com")),

    # call 13: hotel loyalty programme (older Athenian)
    P("Καλημέρα, είμαι ο Δημήτρης Αλεξίου, ο Μήτσος, είμαι μέλος στο πρόγραμμα πιστότητας και θέλω να εξαργυρώσω πόντους.",
      ("name", "Δημήτρης Αλεξίου"), ("name", "Μήτσος")),
    N("Ευχαριστώ. Για επιβεβαίωση, μου λέτε την ημερομηνία γέννησής σας;"),
    P("Δώδεκα του τρία του πενήντα οχτώ", ("date_of_birth", "Δώδεκα του τρία του πενήντα οχτώ"),
      ctx="Ευχαριστώ. Για επιβεβαίωση, μου λέτε την ημερομηνία γέννησής σας;"),
    N("Έχετε 36.400 πόντους, αρκούν για δύο νύχτες στη Ρόδο ή τρεις στο ξενοδοχείο μας στο Ναύπλιο, εκτός Αυγούστου."),
    P("Και αλλάξτε μου τη διεύθυνση, τώρα μένω στην Πατησίων 112, τρίτος όροφος, Αθήνα 11257.",
      ("address", "Πατησίων 112, τρίτος όροφος, Αθήνα 11257")),
    P("Σταθερό δύο ένα μηδέν, οχτώ ένα δύο, τριάντα τέσσερα, πενήντα",
      ("phone", "δύο ένα μηδέν, οχτώ ένα δύο, τριάντα τέσσερα, πενήντα")),
    P(f"ΑΦΜ {EL_AFM5[:4]} {el_digits(EL_AFM5[4:])}", ("id", f"{EL_AFM5[:4]} {el_digits(EL_AFM5[4:])}"),
      ctx="Και ΑΦΜ για την έκδοση της απόδειξης;"),
    P(f"Την προκαταβολή της άλλης κράτησης να μου την επιστρέψετε στο {grp4(EL_I4)}",
      ("iban", grp4(EL_I4))),

    # call 14: restaurant booking in Athens
    N("Καλησπέρα, θα ήθελα ένα τραπέζι για τέσσερις την Παρασκευή στις εννιάμισι, αν γίνεται στη βεράντα."),
    N("Την Παρασκευή στη βεράντα έχουμε μόνο στις οχτώ ή μετά τις έντεκα, μέσα έχουμε στις εννιάμισι."),
    N("Το μενού γευσιγνωσίας είναι 65 ευρώ το άτομο και με το ζευγάρωμα κρασιών 95, και κρατάμε το τραπέζι ένα τέταρτο."),
    P("Στο όνομα Βασιλική Τσολάκη, και κινητό έξι εννιά τέσσερα, μηδέν πέντε δύο, εξήντα εφτά, τριάντα ένα",
      ("name", "Βασιλική Τσολάκη"), ("phone", "έξι εννιά τέσσερα, μηδέν πέντε δύο, εξήντα εφτά, τριάντα ένα")),

    # call 15: family package to Dubrovnik (agent calls the customer)
    N("Καλησπέρα, σας καλώ από το ταξιδιωτικό γραφείο για την κράτηση στο Ντουμπρόβνικ."),
    P("Ναι, εγώ είμαι, ο Σπύρος Μαργαρίτης, πείτε μου.", ("name", "Σπύρος Μαργαρίτης")),
    N("Η πτήση σας άλλαξε ώρα, φεύγετε στις 14:50 αντί για 10:20 στις 3 Ιουλίου, και η επιστροφή μένει ίδια, στις 10."),
    P("Ο μεγάλος 14 Φεβρουαρίου 2012 και η μικρή 9 Σεπτεμβρίου 2015",
      ("date_of_birth", "14 Φεβρουαρίου 2012"), ("date_of_birth", "9 Σεπτεμβρίου 2015"),
      ctx="Θα χρειαστώ και τις ημερομηνίες γέννησης των παιδιών για τα εισιτήρια."),
    P(f"Τη διαφορά των 120 ευρώ επιστρέψτε την στο {grp4(EL_I2)}", ("iban", grp4(EL_I2))),
    P(f"Και για το υπόλοιπο θα πληρώσω με τη Mastercard, {el_pairs(EL_C5)}", ("card", el_pairs(EL_C5))),
    P(f"Α, και ο ΑΦΜ μου για το παραστατικό {el_digits(EL_AFM6[:3])} {EL_AFM6[3:]}",
      ("id", f"{el_digits(EL_AFM6[:3])} {EL_AFM6[3:]}")),
    P("Τα εισιτήρια στείλτε τα σπίτι, Ερμού 10, Χαλάνδρι 15232", ("address", "Ερμού 10, Χαλάνδρι 15232")),

    # call 16: disputed minibar charge, hotel in Corfu
    P("Γεια σας, με λένε Αλέξανδρο Νικολάου, με χρεώσατε 80 ευρώ για το μίνι μπαρ ενώ δεν ήπιαμε τίποτα.",
      ("name", "Αλέξανδρο Νικολάου")),
    N("Βλέπω τη χρέωση στις 18 Αυγούστου, δωμάτιο 305, και θα σας την επιστρέψουμε, συγγνώμη για την ταλαιπωρία."),
    P(f"Χρεώθηκε στη Maestro, ο αριθμός είναι {EL_C7}", ("card", EL_C7)),
    P(f"Αλλά προτιμώ να μου τα στείλετε στον λογαριασμό, {EL_I5[:4]} {EL_I5[4:11]} {EL_I5[11:]}",
      ("iban", f"{EL_I5[:4]} {EL_I5[4:11]} {EL_I5[11:]}")),
    P(f"για το πιστωτικό τιμολόγιο ο ΑΦΜ μου είναι {EL_AFM8}", ("id", EL_AFM8)),
    P("στείλτε μου επιβεβαίωση στο alex_nikolaou@yahoo.gr", ("email", "alex_nikolaou@yahoo.gr")),
    P("Γεννήθηκα στις 2 Απριλίου 1999", ("date_of_birth", "2 Απριλίου 1999"),
      ctx="Για ταυτοποίηση, την ημερομηνία γέννησης;"),

    # call 17: guesthouse in Zagori, cancellation (older caller from Ioannina)
    N("Ξενώνας η Αρκούδα, καλησπέρα."),
    P("Καλησπέρα σας, εδώ Χρυσούλα Παππά από τα Γιάννενα, είχα κλείσει για το τριήμερο της Καθαράς Δευτέρας.",
      ("name", "Χρυσούλα Παππά")),
    N("Ναι, τρεις νύχτες, δίκλινο με τζάκι, 85 ευρώ τη βραδιά, και η προκαταβολή ήταν 100 ευρώ."),
    P(f"Επειδή ακυρώνουμε, την προκαταβολή στο IBAN GR {el_pair(EL_I3[2:4])}, {grp4(EL_I3[4:])}",
      ("iban", f"GR {el_pair(EL_I3[2:4])}, {grp4(EL_I3[4:])}")),
    P("Η διεύθυνσή μου Μιχαήλ Αγγέλου 17, Ιωάννινα 45332", ("address", "Μιχαήλ Αγγέλου 17, Ιωάννινα 45332")),
    P(f"και ΑΦΜ {EL_AFM7}", ("id", EL_AFM7)),
    P("το email μου είναι chrysoula τελεία pappa παπάκι otenet τελεία gr",
      ("email", "chrysoula τελεία pappa παπάκι otenet τελεία gr")),

    # call 18: amusement park season card
    P("Ναι γεια, Κώστας Μπαλτάς εδώ, θέλω να βγάλω κάρτα διαρκείας για το λούνα παρκ για τον γιο μου.",
      ("name", "Κώστας Μπαλτάς")),
    N("Η κάρτα διαρκείας κοστίζει 79 ευρώ για παιδιά από 4 έως 12, ισχύει 12 μήνες, εκτός από τις 25 Μαρτίου και τις 28 Οκτωβρίου."),
    P("γεννήθηκε εικοσιένα Ιουλίου δύο χιλιάδες δεκαέξι",
      ("date_of_birth", "εικοσιένα Ιουλίου δύο χιλιάδες δεκαέξι")),
    P(f"Η κάρτα {grp(EL_C6, [4, 4, 4, 4], '-')}", ("card", grp(EL_C6, [4, 4, 4, 4], "-"))),
    P("και το mail kostas.baltas@outlook.com", ("email", "kostas.baltas@outlook.com")),
    P("Να σταλεί στη διεύθυνση Αγίου Δημητρίου 34, Περιστέρι", ("address", "Αγίου Δημητρίου 34, Περιστέρι")),

    # non-personal lines from the same desks
    N("Το δωμάτιο 512 είναι στον πέμπτο όροφο, το πρωινό σερβίρεται 7 με 10:30 στο εστιατόριο Ωκεανίς."),
    N("Η χρέωση των 340 ευρώ έγινε στις 12/03/2024 και η δεύτερη, 85 ευρώ, στις 15 του μήνα."),
    N("Ο αριθμός της κράτησής σας είναι 7703 2291 58, κρατήστε τον για το check-in."),
    N("Είμαστε στην οδό Ερμού, απέναντι από το Zara, και το πάρκινγκ είναι στην Καραγιώργη Σερβίας."),
    N("Το συμβόλαιο με το ξενοδοχείο ξεκίνησε την 1η Απριλίου 2023 και είναι τριετές, με έκπτωση 10% για γκρουπ πάνω από 20 άτομα."),
    N("εεε δηλαδή δύο ενήλικες και τρία παιδιά, 5, 8 και 11 χρονών, από Πέμπτη μέχρι Κυριακή"),
    N("Η πτήση A3 7124 προσγειώνεται στις 23:10, οπότε θα σας περιμένει ο οδηγός μας με ταμπέλα του ξενοδοχείου."),
]

LANGS["el"] = EL_1 + EL_2

# @@END-OF-LANGUAGES@@

# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        seen = set()
        for r in rows:
            assert r["text"] not in seen, r["text"]
            seen.add(r["text"])
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items=%d" % len(rows), "non-personal=%d" % empty,
              "spans=%d" % sum(counts.values()),
              " ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(KINDS)))


if __name__ == "__main__":
    main()
