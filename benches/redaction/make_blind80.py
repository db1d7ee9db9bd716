#!/usr/bin/env python3
"""Blind held-out redaction set "blind80": calls to banks' fraud and security teams.

Who wrote it and how: a helper session wrote this script working only from a written
brief (the product's specification of what counts as personal, the output format and the
theme of the set). It never read the redactor, its rules, its tests, or any other
evaluation set or generator. All names, numbers and addresses are invented; every value
with a check digit (cards, IBANs, national IDs) is computed here and asserted, and long
numbers that are not personal (references, case numbers, amounts) are asserted to fail
those checks.

Output: data/redaction/blind80/{en,ar,he,el}.jsonl, one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
- context (optional, not scored) is an earlier line of the same call.
- items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind80.py   (standard library only, deterministic)
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(ROOT, "data", "redaction", "blind80")

# ----------------------------------------------------------------- check digits

def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_make(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card_ok(d):
    return 13 <= len(d) <= 19 and luhn_ok(d)


def card(partial):
    v = luhn_make(partial)
    assert card_ok(v), v
    return v


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "KW": 30, "QA": 29, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "ES": 24, "TR": 26}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"[\s\-.]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v) and len(v) == IBAN_LEN[cc], v
    return v


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def tz(d8):
    for c in "0123456789":
        if tz_ok(d8 + c):
            return d8 + c
    raise AssertionError(d8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(d8):
    for c in "0123456789":
        if afm_ok(d8 + c):
            return d8 + c
    raise AssertionError(d8)


def saudi_ok(d):
    return len(d) == 10 and d[:1] in ("1", "2") and luhn_ok(d)


def saudi(d9):
    v = luhn_make(d9)
    assert saudi_ok(v), v
    return v


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a < "900" and g != "00" and n != "0000"


def ssn(s):
    assert ssn_ok(s), s
    return s


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (the rest, if any, as a last group)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ind(s):
    """Arabic-Indic digits."""
    return s.translate(AR_INDIC)


def digits_of(s):
    return re.sub(r"\D", "", s.translate(TO_ASCII))

# ----------------------------------------------------------------- spoken numbers

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_d(s, oh=False, double=False, sep=" "):
    """Digits spoken one by one; oh: 0 as "oh"; double: "double seven" for pairs."""
    words, i = [], 0
    while i < len(s):
        w = "oh" if (oh and s[i] == "0") else EN_D[int(s[i])]
        if double and i + 1 < len(s) and s[i + 1] == s[i] and not (
                i + 2 < len(s) and s[i + 2] == s[i]):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return sep.join(words)


def en_n(s):
    """A two-digit group as a number: "42" -> "forty-two", "07" -> "oh seven"."""
    n = int(s)
    if len(s) == 2 and s[0] == "0":
        return "oh " + EN_D[n]
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])

# ----------------------------------------------------------------- building items

NUM_RUN = re.compile(r"[0-9٠-٩](?:[ \-./]?[0-9٠-٩])*")


def looks_personal_number(d):
    """True when a digit string passes one of the checks of a personal number."""
    checks = []
    if 13 <= len(d) <= 19 and luhn_ok(d):
        checks.append("card")
    if len(d) == 9 and tz_ok(d):
        checks.append("tz")
    if len(d) == 9 and afm_ok(d):
        checks.append("afm")
    if len(d) == 10 and saudi_ok(d):
        checks.append("saudi")
    return checks


def check_value(lang, kind, sub):
    d = digits_of(sub)
    if kind == "card" and len(d) >= 13:
        assert card_ok(d), (lang, sub)
    if kind == "iban":
        compact = re.sub(r"[^0-9A-Za-z]", "", sub.translate(TO_ASCII)).upper()
        if re.match(r"[A-Z]{2}\d{2}", compact) and len(compact) >= 15:
            assert iban_ok(compact), (lang, sub)
    if kind == "id" and len(d) >= 9:
        ok = {"he": tz_ok(d), "el": afm_ok(d), "ar": saudi_ok(d),
              "en": ssn_ok(d) or saudi_ok(d) or tz_ok(d)}[lang]
        assert ok, (lang, sub)


def build(lang, items):
    rows, seen = [], set()
    for it in items:
        text, spans, context = it
        assert text == text.strip() and text not in seen, text
        seen.add(text)
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, sp
            assert sub and sub == sub.strip(" ,.;:?!-"), (text, sub)
            sb = sub.encode("utf-8")
            if nth is None:
                assert b.count(sb) == 1, ("not unique", text, sub)
                nth = 0
            start = -1
            for _ in range(nth + 1):
                start = b.find(sb, start + 1)
                assert start >= 0, ("missing", text, sub)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            check_value(lang, kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        # long numbers outside the spans must not pass a personal-number check
        masked = bytearray(b)
        for s in out:
            masked[s["start"]:s["end"]] = b"#" * (s["end"] - s["start"])
        rest = masked.decode("utf-8", errors="replace")
        for m in NUM_RUN.finditer(rest):
            d = digits_of(m.group())
            bad = looks_personal_number(d)
            assert not bad, ("non-personal number passes", bad, text, m.group())
        row = {"text": text, "spans": out}
        if context:
            row["context"] = context
        rows.append(row)
    return rows


def P(text, *spans, ctx=None):
    """An item: text, span specs (kind, substring[, nth occurrence]), optional context."""
    return (text, list(spans), ctx)


LANGS = {}

# ================================================================= languages below

# ================================================================= English (en)
# Calls: a building society's fraud team (lost purse, Leeds); a US credit union's member
# security desk (account takeover, Chicago); an Irish credit union (bag stolen from a car,
# Galway); a card-terminal provider's merchant chargeback team (Nigerian grocer, London);
# an authorised-push-payment scam team (Indian caller, Leicester); a travel money card's
# lost-wallet line (Australian in Bali); a US credit bureau's identity-theft desk; a
# private bank's payments security team (fake supplier invoice); an expat worker in
# Riyadh with a blocked ATM card; a US community bank's new-account identity check; an
# older caller targeted by courier fraud (Manchester); a crypto exchange's account
# recovery team (Polish caller, Dublin).

EN_C1 = card("453977120045821")      # Visa 16
EN_C2 = card("541275340912866")      # Mastercard 16
EN_C3 = card("37144963539843")       # Amex 15
EN_C4 = card("601100099013942")      # Discover 16
EN_C5 = card("222300154876310")      # Mastercard 2-series 16
EN_C6 = card("676770111234567890")   # Maestro 19
EN_C7 = card("3622720627166")        # Diners 14
EN_C8 = card("465822109934017")      # Visa 16
EN_C9 = card("535522340019876")      # Mastercard 16

EN_I1 = iban("GB", "LOYD30962614887731")
EN_I2 = iban("GB", "NWBK60161342219087")
EN_I3 = iban("GB", "MIDL40251773360481")
EN_I4 = iban("GB", "BUKB20268755104926")
EN_I5 = iban("IE", "AIBK93120838471902")
EN_I6 = iban("IE", "BOFI90001762510448")
EN_I7 = iban("DE", "500105175407324931")
EN_I8 = iban("FR", "30006000011234567890189")

EN_S1 = ssn("523-41-8876")
EN_S2 = ssn("431-77-2095")
EN_S3 = ssn("602-18-3347")
EN_S4 = ssn("287-64-0519")
EN_S5 = ssn("145-92-6638")
EN_S6 = ssn("354-20-7781")
EN_Q1 = saudi("241187306")           # Iqama
EN_Q2 = saudi("238804519")           # Iqama

EN = [
    # --- building society fraud team, lost purse (Leeds)
    P("Good afternoon, you're through to the fraud and security team at Pennine Building "
      "Society, my name's Priya, how can I help?", ("name", "Priya")),
    P("It's Gemma Whitfield.", ("name", "Gemma Whitfield"),
      ctx="Okay, I'm sorry to hear that. Can I take your full name please?"),
    P("Thanks Gemma. And your date of birth?", ("name", "Gemma")),
    P("twelfth of March, nineteen eighty-four",
      ("date_of_birth", "twelfth of March, nineteen eighty-four"),
      ctx="Thanks Gemma. And your date of birth?"),
    P("14 Larkspur Close, Horsforth, LS18 4RT.",
      ("address", "14 Larkspur Close, Horsforth, LS18 4RT"),
      ctx="And the first line of your address and the postcode?"),
    P("Lovely. I can see two cards on the account, a debit card ending 4417 and a savings "
      "card ending 0923, were they both in the purse?"),
    P("I've got the number here actually from the app, it's %s." % grp(EN_C1, (4, 4, 4, 4)),
      ("card", grp(EN_C1, (4, 4, 4, 4)))),
    P("There's a payment of £86.40 at a Shell garage on the A64 at 2:17 on Sunday morning and "
      "another one for £249 at JD Sports in the Trinity centre, neither of those were you?"),
    P("And is oh seven nine two three, four one eight, five six two still the best number "
      "for you?", ("phone", "oh seven nine two three, four one eight, five six two")),
    P("I've stopped the card, the new one will be with you in three to five working days, "
      "and the two payments, that's three hundred and thirty-five pounds forty, will be "
      "credited back within ten days."),
    # --- US credit union, account takeover (Chicago)
    P("Thank you for calling Lakeshore Community Credit Union member security, this is Kyle, "
      "can I get your name?", ("name", "Kyle")),
    P("yeah this is DeShawn Carter i got a text saying my password was changed and i didn't "
      "change nothing", ("name", "DeShawn Carter")),
    P("Okay Mr. Carter, I'm gonna need to verify you first. Can you give me your full Social?",
      ("name", "Carter")),
    P("it's %s, %s, %s" % (en_d(EN_S1[:3]), en_d(EN_S1[4:6]), en_d(EN_S1[7:])),
      ("id", "%s, %s, %s" % (en_d(EN_S1[:3]), en_d(EN_S1[4:6]), en_d(EN_S1[7:]))),
      ctx="Can you give me your full Social?"),
    P("2207 North Kedzie Avenue, apartment 3B, Chicago, Illinois 60647.",
      ("address", "2207 North Kedzie Avenue, apartment 3B, Chicago, Illinois 60647"),
      ctx="And what's the address we have on file for you?"),
    P("I see a login from a new device on June 3rd at 11:52 PM, and an external transfer of "
      "$1,940 scheduled for June 5th to an account at a bank in Atlanta."),
    P("deshawn dot carter at outlook dot com, all lowercase",
      ("email", "deshawn dot carter at outlook dot com"),
      ctx="The email on the profile was changed yesterday. What's your correct email?"),
    P("(414) 872-3391, that's my cell, I moved from Milwaukee but kept the number",
      ("phone", "(414) 872-3391")),
    P("Alright, I've locked online banking, cancelled that $1,940 transfer and reset your "
      "credentials. You'll get a temporary code by text in about 10 minutes, it's good for "
      "24 hours."),
    # --- Irish credit union, bag stolen from the car (Galway)
    P("Hi, my name is Niamh O'Sullivan, that's N-I-A-M-H, and my bag was robbed out of the "
      "car in Salthill this morning", ("name", "Niamh O'Sullivan"), ("name", "N-I-A-M-H")),
    P("Oh no, I'm sorry Niamh. Can you confirm your address for me?", ("name", "Niamh")),
    P("Flat 2, 9 Ashgrove Terrace, Salthill, Galway, H91 X2P6",
      ("address", "Flat 2, 9 Ashgrove Terrace, Salthill, Galway, H91 X2P6"),
      ctx="Oh no, I'm sorry Niamh. Can you confirm your address for me?"),
    P("oh eight seven, two one four, double six nine three",
      ("phone", "oh eight seven, two one four, double six nine three"),
      ctx="And a contact number, just in case we get cut off?"),
    P("grand so the card ending 3318 is cancelled now, and there was one attempt at 9.40 for "
      "€60 at an ATM on Shop Street, it was declined because the PIN was wrong three times"),
    P("I want the refund of the €412.50 to go to my other account, the IBAN is %s"
      % grp(EN_I5, (4, 4, 4, 4, 4)), ("iban", grp(EN_I5, (4, 4, 4, 4, 4)))),
    P("We'll have the new card out to you by post within 7 to 10 days, and your loan "
      "repayment of €185 on the 28th won't be affected."),
    # --- card terminal provider, merchant chargebacks (Nigerian grocer, London)
    P("Good morning, you're speaking with Hannah from the merchant fraud and chargebacks "
      "team at Swiftpay Merchant Services.", ("name", "Hannah")),
    P("Good morning o. I am Chukwuemeka Obi, people call me Emeka, I own Obi's African Foods "
      "on Holloway Road.", ("name", "Chukwuemeka Obi"), ("name", "Emeka")),
    P("I have received four chargebacks this week, for £89.99, £120, £64.50 and £310, all "
      "from cards I have never seen, and the terminal ID is 40071882."),
    P("One of them is this card, %s, the customer bought three cases of malt and a bag of "
      "rice" % grp(EN_C2, (4, 4, 4, 4), "-"), ("card", grp(EN_C2, (4, 4, 4, 4), "-"))),
    P("The account is G B %s, %s, %s, %s, %s" % (
        en_d(EN_I1[2:4]), " ".join(EN_I1[4:8]), en_d(EN_I1[8:14], oh=True),
        en_d(EN_I1[14:18], oh=True), en_d(EN_I1[18:], oh=True)),
      ("iban", "G B %s, %s, %s, %s, %s" % (
          en_d(EN_I1[2:4]), " ".join(EN_I1[4:8]), en_d(EN_I1[8:14], oh=True),
          en_d(EN_I1[14:18], oh=True), en_d(EN_I1[18:], oh=True))),
      ctx="Can I have the settlement account you'd like the reversed funds paid to?"),
    P("and my email is emeka underscore obi at yahoo dot co dot uk",
      ("email", "emeka underscore obi at yahoo dot co dot uk")),
    P("my mobile is plus two three four, eight oh three, four one seven, two two five six",
      ("phone", "plus two three four, eight oh three, four one seven, two two five six")),
    P("Thank you Mr. Obi. The chargeback cases are CB-558201 to CB-558204, and you have 14 "
      "days to upload the receipts.", ("name", "Obi")),
    # --- authorised push payment scam team (Indian caller, Leicester)
    P("Hello, good evening, this is Venkatesh Raghunathan speaking, I think I have been "
      "scammed madam", ("name", "Venkatesh Raghunathan")),
    P("I'm so sorry to hear that. So that's Venkatesh, and could you spell the surname for me?",
      ("name", "Venkatesh")),
    P("R-A-G-H-U-N-A-T-H-A-N", ("name", "R-A-G-H-U-N-A-T-H-A-N"),
      ctx="So that's Venkatesh, and could you spell the surname for me?"),
    P("They called saying they are from HMRC and I have unpaid tax of 2,850 pounds and I must "
      "pay today before 5 pm or police will come to the house."),
    P("I transferred it to the account they gave, %s, in two payments, one of 1,500 and one "
      "of 1,350, at 3:10 and at 3:25." % grp(EN_I3, (4, 4, 4, 4, 4)),
      ("iban", grp(EN_I3, (4, 4, 4, 4, 4)))),
    P("21.06.1973", ("date_of_birth", "21.06.1973"),
      ctx="And your date of birth please, sir?"),
    P("email is v dot raghu seven three at gmail dot com, v for Victor",
      ("email", "v dot raghu seven three at gmail dot com")),
    P("Your scam claim is logged under reference APP-2291-0087 and we aim to give you an "
      "answer within 5 business days, at the latest 35 days."),
    # --- travel money card, lost wallet (Australian in Bali)
    P("G'day, Bron Taylor here, I'm in Bali and my wallet's gone walkabout, my travel money "
      "card was in it", ("name", "Bron Taylor")),
    P("yeah I took a photo of it, %s, %s, %s, %s" % (
        en_d(EN_C5[:4]), en_d(EN_C5[4:8], oh=True, double=True), en_d(EN_C5[8:12]),
        en_d(EN_C5[12:], oh=True)),
      ("card", "%s, %s, %s, %s" % (
          en_d(EN_C5[:4]), en_d(EN_C5[4:8], oh=True, double=True), en_d(EN_C5[8:12]),
          en_d(EN_C5[12:], oh=True)))),
    P("It was used at 1:05 pm local time for 2,450,000 rupiah at a jewellery shop in "
      "Seminyak, and 800,000 at a Circle K, that's about 240 dollars all up."),
    P("best number's oh four one two, seven seven eight, three oh nine, it's my Aussie "
      "mobile but it works here", ("phone", "oh four one two, seven seven eight, three oh nine")),
    P("bron dot taylor at bigpond dot com", ("email", "bron dot taylor at bigpond dot com"),
      ctx="And what's the best email to send the claim form to?"),
    P("And your home address is still 7 Bay View Parade, Manly, New South Wales 2095?",
      ("address", "7 Bay View Parade, Manly, New South Wales 2095")),
    P("The emergency card will go to your hotel, the Puri Lotus in Ubud, room 214, by "
      "Thursday, and the $25 fee is waived."),
]

EN += [
    # --- US credit bureau, identity theft desk (San Antonio)
    P("Hi, my name is Maria Guadalupe Hernandez and somebody opened two credit cards in my "
      "name, I found out when I tried to finance a car", ("name", "Maria Guadalupe Hernandez")),
    P("Okay Ms. Hernandez, I'm going to place a fraud alert. Can I have your Social Security "
      "number?", ("name", "Hernandez")),
    P(EN_S2, ("id", EN_S2), ctx="Can I have your Social Security number?"),
    P("date of birth is 3/14/1979", ("date_of_birth", "3/14/1979")),
    P("1180 Ridgecrest Drive, San Antonio, Texas, 78228, been there eleven years",
      ("address", "1180 Ridgecrest Drive, San Antonio, Texas, 78228"),
      ctx="And your current mailing address?"),
    P("The application used a different Social, %s, that's not even mine, and one of the "
      "cards is a Discover, %s" % (EN_S4, grp(EN_C4, (4, 4, 4, 4))),
      ("id", EN_S4), ("card", grp(EN_C4, (4, 4, 4, 4)))),
    P("um it's lupita h one nine seven nine at icloud dot com",
      ("email", "lupita h one nine seven nine at icloud dot com"),
      ctx="And an email for the confirmation letter?"),
    P("The alert lasts one year, and you can get 6 free reports in the next 12 months. The two "
      "accounts were opened on January 9 and January 22 with limits of $5,000 and $7,500."),
    # --- private bank, fake supplier invoice
    P("Morning, it's Hugo Fairbairn-Lowe, I'm calling about the wire to our supplier in "
      "Hamburg, I think the invoice was a fake.", ("name", "Hugo Fairbairn-Lowe")),
    P("Their genuine IBAN is %s, but the email that came on Thursday asked us to pay %s "
      "instead, and my assistant did." % (grp(EN_I7, (4, 4, 4, 4, 4)), grp(EN_I8, (4,) * 6)),
      ("iban", grp(EN_I7, (4, 4, 4, 4, 4))), ("iban", grp(EN_I8, (4,) * 6))),
    P("It was €48,200 sent on Friday the 7th at 16:30 with reference INV-2024-3317, approved "
      "through our relationship manager in Mayfair."),
    P("And freeze my Amex while you're at it, %s, %s, %s, I used it in Hamburg last month and "
      "I don't trust anything now" % (en_d(EN_C3[:4]), en_d(EN_C3[4:10]), en_d(EN_C3[10:])),
      ("card", "%s, %s, %s" % (en_d(EN_C3[:4]), en_d(EN_C3[4:10]), en_d(EN_C3[10:])))),
    P("you can email me directly, hugo at fairbairnlowe dot co dot uk, one word",
      ("email", "hugo at fairbairnlowe dot co dot uk")),
    P("The recall has gone to Commerzbank at 10:52. A wire of 48,200 euros can usually only "
      "be recalled within 24 to 48 hours, so I can't promise anything."),
    # --- expat worker in Riyadh, blocked ATM card
    P("Hello sir, my good name is Mohammed Rafiq, I am working in Riyadh, my ATM card is "
      "blocked since morning", ("name", "Mohammed Rafiq")),
    P("Iqama number is %s, no sorry, that one is the old Iqama, new one is %s" % (
        grp(EN_Q1, (3, 3, 4)), en_d(EN_Q2)),
      ("id", grp(EN_Q1, (3, 3, 4))), ("id", en_d(EN_Q2))),
    P("zero five five, three one eight, four four two zero",
      ("phone", "zero five five, three one eight, four four two zero"),
      ctx="Okay Mr. Rafiq, and your registered mobile?"),
    P("Villa 23, Street 14, Al Malqa district, Riyadh 13521",
      ("address", "Villa 23, Street 14, Al Malqa district, Riyadh 13521"),
      ctx="What is your national address, sir?"),
    P("date of birth as per Iqama is 15-08-1990", ("date_of_birth", "15-08-1990")),
    P("card number is %s" % EN_C8, ("card", EN_C8)),
    P("Sir, the card was blocked because of three wrong PIN tries on 12 Ramadan at 2 am, it "
      "will open after 24 hours or you can visit any branch with the Iqama."),
    P("my salary of 4,200 riyals comes on the 27th and I need to send 1,500 home before Eid"),
    # --- US community bank, new account identity check
    P("Sure, first name Oluwaseun, last name Adeyemi-Brooks, with a hyphen",
      ("name", "Oluwaseun"), ("name", "Adeyemi-Brooks"),
      ctx="To open the account I'll need your full legal name."),
    P("and my social is six oh two, eighteen, thirty-three forty-seven",
      ("id", "six oh two, eighteen, thirty-three forty-seven")),
    P("November 5th, 1988", ("date_of_birth", "November 5th, 1988"),
      ctx="And your date of birth?"),
    P("Best number is eight three two, six four oh, eleven seventy-five, and the email is "
      "seun.brooks@gmail.com", ("phone", "eight three two, six four oh, eleven seventy-five"),
      ("email", "seun.brooks@gmail.com")),
    P("I live at 4410 Westheimer Road, unit 12, Houston, 77027",
      ("address", "4410 Westheimer Road, unit 12, Houston, 77027")),
    P("If you add my wife to the account, her social is %s" % EN_S6.replace("-", " "),
      ("id", EN_S6.replace("-", " "))),
    P("The checking account needs a $25 opening deposit, and the $12 monthly fee is waived "
      "if you keep $1,500 in it or set up a direct deposit."),
    # --- older caller, courier fraud (Manchester)
    P("Hello love, it's Mrs Pickles, Doreen Pickles, a man rang saying he was from the bank "
      "and sent a taxi round for my card", ("name", "Doreen Pickles")),
    P("I live at forty-one Thornbury Road, Didsbury, it's M20 6EH",
      ("address", "forty-one Thornbury Road, Didsbury"), ("address", "M20 6EH")),
    P("my number is oh one six one, four nine six, oh seven three two",
      ("phone", "oh one six one, four nine six, oh seven three two")),
    P("I'm seventy-nine, I was born on the seventeenth of July nineteen forty-five",
      ("date_of_birth", "the seventeenth of July nineteen forty-five")),
    P("I even read him the long number off the card, %s, and the bit on the back" % grp(
        EN_C6, (4, 4, 4, 4, 3)), ("card", grp(EN_C6, (4, 4, 4, 4, 3)))),
    P("and he had me read the IBAN off my statement too, %s" % EN_I2, ("iban", EN_I2)),
    P("Don't worry, the card's stopped now. The taxi came at about half past two, and we'll "
      "look into the £700 taken out at the Post Office counter on Wilmslow Road."),
    # --- crypto exchange, account recovery (Polish caller, Dublin)
    P("hi yeah Kasia Nowak", ("name", "Kasia Nowak"), ctx="Who am I speaking with today?"),
    P("my email is k-a-s-i-a dot n-o-w-a-k at protonmail dot com",
      ("email", "k-a-s-i-a dot n-o-w-a-k at protonmail dot com")),
    P("They withdrew 0.84 bitcoin and 3,100 USDT at 04:12 Dublin time, after they changed the "
      "2FA to a new phone."),
    P("my number's plus three five three, eight six, five five two, one eight seven four",
      ("phone", "plus three five three, eight six, five five two, one eight seven four")),
    P("I'd like whatever you recover sent to my bank, %s, it's in my name" % EN_I6,
      ("iban", EN_I6)),
    P("dob is oh four oh nine ninety", ("date_of_birth", "oh four oh nine ninety"),
      ctx="For the recovery form I need your date of birth as well."),
    P("the card I used to buy is %s" % grp(EN_C9, (4, 4, 4, 4)),
      ("card", grp(EN_C9, (4, 4, 4, 4)))),
    # --- US bank, elder fraud unit; the grocer's second account
    P("my social is one four five, ninety-two, sixty-six thirty-eight and I was born the "
      "second of September, nineteen sixty-one",
      ("id", "one four five, ninety-two, sixty-six thirty-eight"),
      ("date_of_birth", "the second of September, nineteen sixty-one")),
    P("and the second account for the shop is %s" % grp(EN_I4, (4,) * 5),
      ("iban", grp(EN_I4, (4,) * 5))),
]

EN += [
    # --- non-personal lines from these calls: amounts, dates, references, shop and town names
    P("Your case reference is 7734 2190 5581, please keep it handy if you call back."),
    P("The card ending 8802 was declined at 10:14 for £1,299 at the Apple Store on Regent "
      "Street, that's what triggered the text."),
    P("Between the 2nd and the 9th of April there were 17 payments of £4.99 or £9.99 each to "
      "a streaming site registered in Cyprus."),
    P("The dispute window is 120 days from the transaction date, so for the March 3rd charge "
      "you have until July 1st."),
    P("The money went to a beneficiary bank in Jordan, in Amman, 3,000 dinars, on the 11th "
      "at 9:30 in the morning."),
    P("It was a Barclays cheque for £2,750 dated the 15th of February, cheque number 000472, "
      "and it bounced on the 20th."),
    P("the standing order of £450 to Harrison Lettings goes out on the 1st of every month, "
      "that one's fine, leave it"),
    P("I've frozen 3 of the 4 cards; the business card ending 5519 stays active because the "
      "payroll run of 38,420 pounds goes out on Thursday."),
    P("sorry say again the line's breaking up you said the 23rd or the 28th"),
    P("the machine on Victoria Street kept my card at like quarter to eleven and it just said "
      "contact your bank"),
    P("That's flight EK 29 on the 6th, landing at 7:45, so please don't block the card while "
      "I'm in Dubai for the week."),
    P("We've raised a chargeback for $389.17 on Walmart.com order 2000119-883415, placed on "
      "May 2nd and never delivered."),
    P("The new account has a £500 daily limit for the first 30 days, then it goes up to "
      "£2,000, and you can change it in the app."),
    P("um one two three four I think it was four transactions the biggest was like a "
      "hundred and ninety nine"),
    P("Christian Dior, Louis Vuitton, Georgia's Boutique in Knightsbridge, I've never been to "
      "any of these shops."),
    P("The account was opened on 14 October 2019, and the overdraft of £1,000 was added in "
      "March 2021."),
    P("Twenty past nine on Tuesday, I was in Tesco Extra in Dundalk and the card just wouldn't "
      "go through."),
    P("So that's 4 payments totalling $2,316.48, all on May 17th between 1:03 and 1:09 am, "
      "all at merchants in Lagos."),
    P("The text said my Royal Mail parcel needed a £1.45 fee, I clicked it on Monday around "
      "six and put my card in."),
    P("I'm sixty-two and I've had this account since nineteen eighty-one, never once a "
      "problem."),
    P("ticket 55120 was closed on the 19th so I'm reopening it as 55371, priority 2"),
    P("The statement dated 28 Feb shows a balance of £3,419.27 and a minimum payment of £85."),
    P("The device was an iPhone 15 Pro, model A3102, and it logged in from an IP address in "
      "Romania at 03:41."),
    P("A loan of 15,000 euro over 5 years at 6.9 percent was applied for on the 2nd of May, "
      "and it wasn't me."),
    P("The limit for Zelle is $2,500 a day and they sent $2,480 three days in a row, the "
      "18th, 19th and 20th."),
]

LANGS["en"] = EN

# ================================================================= Arabic (ar)
# Calls: a Saudi Islamic bank's anti-fraud desk (phishing SMS, account takeover, Najdi); a
# UAE bank's card fraud team (card used in London, Emirati); an Egyptian bank's lost-card
# line (wallet stolen on the metro, Cairo); a Jordanian bank's disputes desk (online
# purchase never made, Amman); a Moroccan bank's card monitoring (card skimmed, Darija);
# an identity verification team for a new account (Sudanese resident in Riyadh, MSA); a
# Kuwaiti business banking security team (fake supplier invoice); a Lebanese depositor's
# frozen card; an older Qatari caller who gave away a one-time code; an Egyptian student
# opening an account; a Saudi woman who lost her wallet in a mall; a Jordanian resident in
# Jeddah whose SIM card was swapped.

AR_DIG = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEEN = {
    "msa": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "gulf": ["عشرة", "احدعش", "اثنعش", "ثلطعش", "أربعطعش", "خمسطعش", "ستطعش", "سبعطعش",
             "ثمنطعش", "تسعطعش"],
    "egy": ["عشرة", "حداشر", "اتناشر", "تلاتاشر", "أربعتاشر", "خمستاشر", "ستاشر",
            "سبعتاشر", "تمنتاشر", "تسعتاشر"],
    "lev": ["عشرة", "حدعش", "طنعش", "تلطعش", "أربعطعش", "خمسطعش", "سطعش", "سبعطعش",
            "تمنطعش", "تسعطعش"],
    "mag": ["عشرة", "حضاش", "طناش", "تلطاش", "ربعطاش", "خمسطاش", "سطاش", "سبعطاش",
            "تمنطاش", "تسعطاش"],
}
AR_TENS_Q = "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()   # msa, gulf
AR_TENS_C = "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split()   # egy, lev, mag


def ar_d(s, dia="msa", sep=" "):
    """Digits spoken one by one in a dialect."""
    return sep.join(AR_DIG[dia][int(c)] for c in s)


def ar_n(s, dia="msa"):
    """A two-digit group as a number: "45" -> "خمسة وأربعين", "07" -> "صفر سبعة"."""
    n = int(s)
    if len(s) == 2 and s[0] == "0":
        return AR_DIG[dia][0] + " " + AR_DIG[dia][n]
    if n < 10:
        return AR_DIG[dia][n]
    if n < 20:
        return AR_TEEN[dia][n - 10]
    tens = (AR_TENS_Q if dia in ("msa", "gulf") else AR_TENS_C)[n // 10]
    return tens if n % 10 == 0 else AR_DIG[dia][n % 10] + " و" + tens


def ar_pairs(s, dia, sep="، "):
    return sep.join(ar_n(s[i:i + 2], dia) for i in range(0, len(s), 2))


AR_ID1 = saudi("108734521")   # national ID
AR_ID2 = saudi("110298374")
AR_ID3 = saudi("104455621")
AR_ID4 = saudi("239871045")   # Iqama
AR_ID5 = saudi("251203387")   # Iqama
AR_ID6 = saudi("117760432")
AR_ID7 = saudi("227745108")   # Iqama
AR_ID8 = saudi("109912073")

AR_C1 = card("588845120934771")   # mada
AR_C2 = card("446404773218905")   # mada co-badged Visa
AR_C3 = card("507803441902176")   # Meeza
AR_C4 = card("417631009823554")   # Visa
AR_C5 = card("526702881430912")   # Mastercard
AR_C6 = card("457123099817263")   # Visa
AR_C7 = card("37849201556102")    # Amex 15
AR_C8 = card("539983110487225")   # Mastercard

AR_I1 = iban("SA", "80000504608010167519")
AR_I2 = iban("SA", "10000018274400312057")
AR_I3 = iban("AE", "0330000192837465012")
AR_I4 = iban("EG", "0019000500000263180002011")
AR_I5 = iban("JO", "ARAB1180000000118805512300")
AR_I6 = iban("KW", "NBOK0000000000002019834761")
AR_I7 = iban("LB", "099900000001001901229114")
AR_I8 = iban("QA", "QNBA000000000711022834501")

AR = [
    # --- Saudi Islamic bank, anti-fraud desk (phishing SMS, Najdi)
    P("السلام عليكم، معك فيصل من إدارة مكافحة الاحتيال في بنك الواحة، كيف أقدر أخدمك؟",
      ("name", "فيصل")),
    P("وعليكم السلام، اسمي عبدالله سعد القحطاني، جتني رسالة إن حسابي موقوف وضغطت الرابط "
      "ودخلت بياناتي", ("name", "عبدالله سعد القحطاني")),
    P("أبشر أستاذ عبدالله، عطني رقم الهوية الوطنية للتحقق لو سمحت", ("name", "عبدالله")),
    P("%s، %s، %s" % (ar_d(AR_ID1[:4], "gulf"), ar_d(AR_ID1[4:7], "gulf"),
                      ar_d(AR_ID1[7:], "gulf")),
      ("id", "%s، %s، %s" % (ar_d(AR_ID1[:4], "gulf"), ar_d(AR_ID1[4:7], "gulf"),
                             ar_d(AR_ID1[7:], "gulf"))),
      ctx="أبشر أستاذ عبدالله، عطني رقم الهوية الوطنية للتحقق لو سمحت"),
    P("طيب، أشوف تحويل ٤٥٠٠ ريال طلع الساعة ١١:٤٠ بالليل لمستفيد جديد انضاف قبلها بخمس "
      "دقايق، وتحويل ثاني ١٢٠٠ ريال الساعة ١١:٥٢"),
    P("رقم جوالي المسجل %s بس الرسالة جتني على رقم ثاني" % ind("0558127734"),
      ("phone", ind("0558127734"))),
    P("ابي الفلوس ترجع لحسابي الثاني، الآيبان %s" % grp(AR_I1, (4,) * 6),
      ("iban", grp(AR_I1, (4,) * 6))),
    P("تم إيقاف الخدمات الإلكترونية مؤقتاً، ورقم البلاغ ٧٧٢٠٣٤١٥٨، ويوصلك التحديث خلال "
      "ثلاثة أيام عمل"),
    # --- UAE bank, card fraud team (card used in London, Emirati)
    P("مرحبا، معاك شيخة من قسم الاحتيال، أقدر أعرف منو معاي؟", ("name", "شيخة")),
    P("حمدان المزروعي", ("name", "حمدان المزروعي"),
      ctx="مرحبا، معاك شيخة من قسم الاحتيال، أقدر أعرف منو معاي؟"),
    P("الأخ حمدان، في عمليتين على بطاقتك في لندن، وحدة في هارودز بقيمة ٣٢٠٠ درهم والثانية "
      "٨٥٠ درهم، الساعة ٤ الفجر بتوقيت الإمارات", ("name", "حمدان")),
    P("لا والله أنا في دبي ما سافرت، البطاقة عندي في البوك، رقمها %s" % grp(AR_C4, (4,) * 4),
      ("card", grp(AR_C4, (4,) * 4))),
    P("رقمي %s" % ind("050 771 2348"), ("phone", ind("050 771 2348")),
      ctx="نبا رقم نتواصل معاك عليه لو احتجنا"),
    P("البرشاء، بناية الريم، شقة ٥٠٤، قريب من مول الإمارات",
      ("address", "البرشاء، بناية الريم، شقة ٥٠٤"),
      ctx="وين عنوانك عشان نرسل لك البطاقة الجديدة؟"),
    P("ان شاء الله البطاقة الجديدة توصلك خلال خمس أيام عمل، والمبلغ ٤٠٥٠ درهم بيرجع كرصيد "
      "مؤقت لين يخلص التحقيق"),
    P("واذا بترجعون الفلوس حطوها في الآيبان %s" % AR_I3, ("iban", AR_I3)),
    # --- Egyptian bank, lost cards (wallet stolen on the metro)
    P("معاك منة من خدمة العملاء قسم البطاقات المفقودة، أقدر أساعد حضرتك إزاي؟",
      ("name", "منة")),
    P("أيوه يا فندم، أنا اسمي محمود عبد الفتاح، محفظتي اتسرقت في المترو النهارده الصبح في "
      "محطة السادات", ("name", "محمود عبد الفتاح")),
    P("تمام يا أستاذ محمود، ممكن رقم الموبايل المسجل؟", ("name", "محمود")),
    P("صفر عشرة، اتنين سبعة، سبعة أربعة، تلاتة تلاتة، تسعة تمانية",
      ("phone", "صفر عشرة، اتنين سبعة، سبعة أربعة، تلاتة تلاتة، تسعة تمانية"),
      ctx="تمام يا أستاذ محمود، ممكن رقم الموبايل المسجل؟"),
    P("كان فيها كارت ميزة، الرقم %s، %s، %s، %s" % tuple(
        ar_d(AR_C3[i:i + 4], "egy") for i in range(0, 16, 4)),
      ("card", "%s، %s، %s، %s" % tuple(ar_d(AR_C3[i:i + 4], "egy")
                                       for i in range(0, 16, 4)))),
    P("في سحب من ماكينة في رمسيس الساعة ٩:١٥ بمبلغ ٢٠٠٠ جنيه، ومحاولة تانية بخمس تلاف جنيه "
      "اترفضت"),
    P("تاريخ ميلادي ٣ يوليو ١٩٩٢", ("date_of_birth", "٣ يوليو ١٩٩٢")),
    P("ساكن في ١٢ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧",
      ("address", "١٢ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧")),
    P("البطاقة البديلة هتكون جاهزة في فرع الدقي بعد ٧ أيام عمل، والرسوم ٥٠ جنيه بتتخصم من "
      "الحساب"),
    # --- Jordanian bank, disputes desk (online purchase, Amman)
    P("مرحبا، معك رزان الحوراني، في حركة على البطاقة ما بعرف عنها اشي",
      ("name", "رزان الحوراني")),
    P("أهلين رزان، شو تفاصيل الحركة؟", ("name", "رزان")),
    P("١٨٩ دينار لموقع اسمه SHEIN-EU بتاريخ ١٤ شباط، وأنا ما اشتريت من هالموقع بحياتي"),
    P("%s، %s. %s، %s، تمام. %s، %s" % (
        ar_d(AR_C5[:4], "lev"), ar_d(AR_C5[4:8], "lev"), ar_d(AR_C5[:4], "lev"),
        ar_d(AR_C5[4:8], "lev"), ar_d(AR_C5[8:12], "lev"), ar_d(AR_C5[12:], "lev")),
      ("card", "%s، %s" % (ar_d(AR_C5[:4], "lev"), ar_d(AR_C5[4:8], "lev")), 0),
      ("card", "%s، %s" % (ar_d(AR_C5[:4], "lev"), ar_d(AR_C5[4:8], "lev")), 1),
      ("card", "%s، %s" % (ar_d(AR_C5[8:12], "lev"), ar_d(AR_C5[12:], "lev"))),
      ctx="طيب احكيلي رقم البطاقة على مهلك"),
    P("رقمي %s" % ind("079 665 2140"), ("phone", ind("079 665 2140"))),
    P("الإيميل razan.hourani@outlook.com", ("email", "razan.hourani@outlook.com")),
    P("عنواني عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني",
      ("address", "عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")),
    P("والآيبان تبعي %s" % AR_I5, ("iban", AR_I5)),
    P("فتحنا اعتراض على الحركة ورقمه DSP-449021، والنتيجة بتاخد لحد ٤٥ يوم، ورح نرجعلك "
      "الـ١٨٩ دينار مؤقتاً"),
    # --- Moroccan bank, skimmed card (Darija)
    P("السلام، سميتي يوسف بنعلي، البطاقة ديالي خرجو منها الفلوس فطنجة وأنا فكازا",
      ("name", "يوسف بنعلي")),
    P("مرحبا سي يوسف، شحال من عملية كاينة؟", ("name", "يوسف")),
    P("جوج عمليات، ألفين درهم نهار الجمعة مع الستة ونص، وألف وخمسمية نهار السبت فالصباح"),
    P("النمرة ديالي zéro six, soixante et un, vingt-trois, quarante-cinq, quatre-vingt-sept",
      ("phone", "zéro six, soixante et un, vingt-trois, quarante-cinq, quatre-vingt-sept")),
    P("ساكن فزنقة ابن بطوطة رقم ١٤، المعاريف، الدار البيضاء",
      ("address", "زنقة ابن بطوطة رقم ١٤، المعاريف، الدار البيضاء")),
    P("الإيميل ديالي youssef.benali88@gmail.com", ("email", "youssef.benali88@gmail.com")),
    P("رقم الكارط %s" % ar_d(AR_C6, "mag"), ("card", ar_d(AR_C6, "mag"))),
    P("تاريخ الازدياد ديالي ٢٥-١١-١٩٧٨", ("date_of_birth", "٢٥-١١-١٩٧٨")),
    # --- identity verification for a new account (Sudanese resident, MSA)
    P("مرحباً بك، أنا سلمى من فريق التحقق من الهوية، ونحتاج إلى استكمال بيانات فتح الحساب",
      ("name", "سلمى")),
    P("اسمي الكامل عوض الله محمد أحمد، وفي الجواز مكتوب Awadalla Mohamed Ahmed",
      ("name", "عوض الله محمد أحمد"), ("name", "Awadalla Mohamed Ahmed")),
    P("رقم الإقامة %s" % ind(AR_ID4), ("id", ind(AR_ID4))),
    P("تاريخ الميلاد الخامس من يناير عام ألفين",
      ("date_of_birth", "الخامس من يناير عام ألفين")),
    P("البريد الإلكتروني awadalla.ahmed@yahoo.com", ("email", "awadalla.ahmed@yahoo.com")),
    P("العنوان الوطني: حي النسيم، شارع الأمير سعود بن عبدالله، مبنى ٣١٤٧، الرياض ١٤٢٣٣",
      ("address", "حي النسيم، شارع الأمير سعود بن عبدالله، مبنى ٣١٤٧، الرياض ١٤٢٣٣")),
    P("سيتم تفعيل الحساب خلال ٤٨ ساعة بعد مطابقة البيانات، والحد الأدنى للرصيد ١٠٠٠ ريال، "
      "ولا توجد رسوم شهرية"),
]

AR += [
    # --- Kuwaiti business banking security (fake supplier invoice)
    P("هلا، أنا مشاري العنزي، المدير المالي في شركة مقاولات، حولنا لمورد في تركيا على حساب "
      "طلع مو حسابه", ("name", "مشاري العنزي")),
    P("الآيبان الصحيح اللي عندنا %s، بس الإيميل المزور طلب نحول على حساب ثاني في إسطنبول"
      % AR_I6, ("iban", AR_I6)),
    P("المبلغ ١٨٧٥٠ دينار، انرسل يوم الأحد الساعة ٩ الصبح، ورقم الفاتورة INV-00871"),
    P("رقمي +965 9981 2273 وهذا الخاص مو حق الشركة", ("phone", "+965 9981 2273")),
    P("وبطاقة الشركة الأمريكان إكسبريس بعد وقفوها، %s" % grp(AR_C7, (4, 6, 5)),
      ("card", grp(AR_C7, (4, 6, 5)))),
    P("ايميلي m.alenezi at alsafwa dash kw dot com", 
      ("email", "m.alenezi at alsafwa dash kw dot com")),
    P("راح نرسل طلب استرجاع للبنك المستفيد، وعادة الرد ياخذ من ٥ إلى ١٠ أيام عمل، وما نقدر "
      "نضمن رجوع المبلغ"),
    # --- Lebanese depositor, frozen card (caller in Dubai)
    P("بونجور، أنا ريتا خوري، الكارت تبعي مجمّد وأنا بدبي وما عم بقدر اسحب ولا ليرة",
      ("name", "ريتا خوري")),
    P("تكرمي مدام ريتا، بس بدي اتأكد من كم معلومة قبل", ("name", "ريتا")),
    P("تسعة وعشرين أيار، ألف وتسعمية وتسعة وسبعين",
      ("date_of_birth", "تسعة وعشرين أيار، ألف وتسعمية وتسعة وسبعين"),
      ctx="تكرمي مدام ريتا، بس بدي اتأكد من كم معلومة قبل. تاريخ الميلاد؟"),
    P("رقمي اللبناني +961 3 456 782، بس هلق عم استعمل رقم إماراتي",
      ("phone", "+961 3 456 782")),
    P("الآيبان %s" % grp(AR_I7, (4,) * 7), ("iban", grp(AR_I7, (4,) * 7)),
      ctx="لوين بدك نحوّل المبلغ المسترجع؟"),
    P("الأشرفية، شارع مار مخايل، بناية نجّار، الطابق الرابع",
      ("address", "الأشرفية، شارع مار مخايل، بناية نجّار، الطابق الرابع"),
      ctx="شو العنوان المسجّل عنا؟"),
    P("الكارت تجمّد لأنو صار في ٣ محاولات دفع من أوكرانيا بـ ٢٩٩ دولار كل وحدة، بين الساعة "
      "٢ و٢:٢٠ الفجر"),
    # --- older Qatari caller who gave away a one-time code
    P("السلام عليكم يا ولدي، أنا جاسم بن علي الكواري، واحد اتصل علي قال إنه من البنك وطلب "
      "الرمز وعطيته", ("name", "جاسم بن علي الكواري")),
    P("وعليكم السلام يا الوالد، ولا يهمك. كم المبلغ اللي انسحب؟"),
    P("يقولون لي انسحب ٢٥ ألف ريال على ثلاث دفعات، والرسالة جات الساعة عشر ونص الصبح"),
    P("الحساب اللي انسحب منه %s" % AR_I8, ("iban", AR_I8)),
    P("رقم جوالي خمسة خمسة واحد ثنين، ستة ستة سبعة ثمانية",
      ("phone", "خمسة خمسة واحد ثنين، ستة ستة سبعة ثمانية")),
    P("حاضر أستاذ جاسم، سجلنا البلاغ ووقفنا التحويلات، ورقم البلاغ FR-2024-11873",
      ("name", "جاسم")),
    # --- Egyptian student opening an account
    P("أيوه، أنا نورهان سامي، طالبة في تالتة تجارة، وعايزة أفتح حساب الطلبة",
      ("name", "نورهان سامي")),
    P("الإيميل nourhan.samy33 at gmail dot com، كله small",
      ("email", "nourhan.samy33 at gmail dot com")),
    P("مواليد ١٧ / ٢ / ٢٠٠٣", ("date_of_birth", "١٧ / ٢ / ٢٠٠٣")),
    P("رقم الموبايل %s" % ind("01128459063"), ("phone", ind("01128459063"))),
    P("وعايزة المصروف يتحول من حساب بابا، الآيبان بتاعه %s" % AR_I4, ("iban", AR_I4)),
    P("حساب الطلبة مفيهوش مصاريف إدارية أول سنة، والحد الأقصى للسحب اليومي ٥٠٠٠ جنيه، "
      "والكارت بيطلع بعد ١٠ أيام"),
    # --- Saudi woman, wallet lost in a mall
    P("معك نورة، ضاع بوكي في الرياض بارك وفيه بطاقة مدى والهوية", ("name", "نورة")),
    P("رقم الهوية %s" % AR_ID2, ("id", AR_ID2)),
    P("بطاقة مدى رقمها %s" % ind(grp(AR_C1, (4,) * 4)), ("card", ind(grp(AR_C1, (4,) * 4)))),
    P("تاريخ ميلادي ١٢/٠٣/١٤٠٥ هجري", ("date_of_birth", "١٢/٠٣/١٤٠٥ هجري")),
    P("والإيميل noura.alqahtani@icloud.com", ("email", "noura.alqahtani@icloud.com")),
    P("آخر عملية على البطاقة كانت في هايبر بنده الساعة ٦:٣٠ المغرب بـ ٣٤٥ ريال، وهذي أنا "
      "سويتها"),
    # --- Jordanian resident in Jeddah, SIM swap
    P("مرحبا، اسمي سامر عودة، فجأة خط الجوال فصل وبعدها وصلني إيميل إنه تغيرت كلمة السر",
      ("name", "سامر عودة")),
    P("رقم الإقامة %s، لا لا عفواً هاد رقم إقامة مرتي، رقمي أنا %s" % (
        AR_ID7, ar_d(AR_ID5, "lev")), ("id", AR_ID7), ("id", ar_d(AR_ID5, "lev"))),
    P("ايميلي samer underscore odeh at hotmail dot com",
      ("email", "samer underscore odeh at hotmail dot com")),
    P("ساكن في جدة، حي الروضة، شارع صاري، عمارة ١٧، شقة ٩",
      ("address", "جدة، حي الروضة، شارع صاري، عمارة ١٧، شقة ٩")),
    P("رقمي كان %s، %s، %s" % (ar_d("054", "lev"), ar_d("398", "lev"), ar_n("11", "lev")
                                + " " + ar_n("06", "lev")),
      ("phone", "%s، %s، %s" % (ar_d("054", "lev"), ar_d("398", "lev"), ar_n("11", "lev")
                                + " " + ar_n("06", "lev")))),
    P("والبطاقة المربوطة بالحساب %s" % AR_C2, ("card", AR_C2)),
    # --- Saudi caller, account opened in his name
    P("فيه أحد فتح حساب باسمي في فرع الدمام وأنا ساكن في حائل، هويتي %s" % ind(
        grp(AR_ID3, (4, 3, 3))), ("id", ind(grp(AR_ID3, (4, 3, 3))))),
    P("ايميلي خالد دوت الشمري آت جيميل دوت كوم",
      ("email", "خالد دوت الشمري آت جيميل دوت كوم")),
    P("مواليد ثمانية وعشرين شوال ألف وأربعمية وثلاثة", 
      ("date_of_birth", "ثمانية وعشرين شوال ألف وأربعمية وثلاثة")),
    P("حائل، حي النقرة، شارع الملك عبدالعزيز، مبنى ٨٨١٢، الرمز البريدي ٥٥٤٣١",
      ("address", "حائل، حي النقرة، شارع الملك عبدالعزيز، مبنى ٨٨١٢، الرمز البريدي ٥٥٤٣١"),
      ctx="عنوانك الوطني لو سمحت؟"),
    P("وحولوا منه على حسابي القديم، الآيبان %s" % grp(AR_I2, (2, 2, 4, 4, 4, 4, 4)),
      ("iban", grp(AR_I2, (2, 2, 4, 4, 4, 4, 4)))),
    P("وأبغى أوقف حساب ولدي بعد، هويته %s" % ar_pairs(AR_ID6[:2], "gulf") + "، " +
      ar_d(AR_ID6[2:], "gulf"),
      ("id", ar_pairs(AR_ID6[:2], "gulf") + "، " + ar_d(AR_ID6[2:], "gulf"))),
    P("هويتي %s" % ind(AR_ID8), ("id", ind(AR_ID8)),
      ctx="عشان نتحقق، رقم الهوية الوطنية لو سمحت"),
]

AR += [
    P("ومواليدي ١٩٨٦/٠٨/٢١ إذا تبغاه", ("date_of_birth", "١٩٨٦/٠٨/٢١"),
      ctx="نحتاج نتأكد من تاريخ الميلاد بعد"),
    # --- non-personal lines from these calls: amounts, dates, references, companies, places
    P("رقم العملية المرفوضة ٤٤٨٢٠١٩٣٧ وكانت في مكتبة جرير بالعليا بقيمة ٢٨٩٩ ريال"),
    P("البطاقة اللي تنتهي بـ ٤٤١٨ انوقفت يوم الثلاثاء الساعة ٣:١٥ العصر"),
    P("صار عندي خصم ٩٩ درهم كل شهر من شهر ٣ لين شهر ٨، يعني ست مرات وأنا ما اشتركت بشي"),
    P("الرسالة جاتني من رقم غريب تقول إن شحنة أرامكس موقوفة ولازم أدفع ١٢ ريال رسوم توصيل"),
    P("يا فندم العملية اتعملت يوم ١٥ أكتوبر الساعة ٢ الضهر في كارفور سيتي ستارز بـ ٣٤٥٠ "
      "جنيه"),
    P("مصرف الراجحي وبنك الرياض وشركة عبد اللطيف جميل كلهم يرسلون لي رسايل، بس هذي الرسالة كانت "
      "غريبة"),
    P("الحد اليومي للتحويل ٢٠ ألف ريال، وانت اليوم حولت ١٩٥٠٠"),
    P("رقم المرجع ٢٠٢٤٠٣١٧٠٠٤٥٣ احتفظ فيه لو اتصلت مرة ثانية"),
    P("الساعة ١٢ ونص بالليل كنت نايم، مستحيل أكون أنا اللي سويت العملية"),
    P("الصراف اللي عند دوار الداخلية سحب البطاقة وما رجعها"),
    P("قسط السيارة ٢٣٠٠ ريال ينزل يوم ٢٧ كل شهر، هذا لا تلمسونه"),
    P("الحوالة كانت ٧٥٠ دولار لواحد في الأردن، في إربد، يوم الخميس الصبح"),
    P("عندي ثلاث بطاقات، الفيزا والماستر وبطاقة المشتريات، والفيزا بس اللي فيها مشكلة"),
    P("التذكرة رقم ٥٥١٢٠ انقفلت يوم ١٩ وفتحنا وحدة جديدة رقم ٥٥٣٧١"),
    P("رحلتي على الخطوط السعودية SV 1023 يوم الأحد ٢٠ أغسطس، فلا توقفون البطاقة وأنا برا"),
    P("الرصيد الحالي ١٢٤٨٠ درهم وفيه مبلغ محجوز ٣٢٠٠ درهم لين يخلص التحقيق"),
    P("سنة ٢٠١٩ فتحت الحساب في فرع شارع فلسطين، وعمري ما صار عندي مشكلة قبل"),
    P("الموظف قال لي اقرا الأرقام الستة اللي وصلتني، يعني ٤٨٢١٩٠، وأنا قريتها له"),
    P("اتصلت الساعة ٨ وعشر دقايق وقالوا لي انتظر ٤٨ ساعة"),
    P("يا أختي الفلوس طلعت على دفعتين، ١٥٠٠ و٢٧٠٠، يعني المجموع ٤٢٠٠ دينار"),
    P("هلق صار عنا ٤ اعتراضات مفتوحين، أقدمهن من ٦٠ يوم"),
    P("العملية مسجلة بتاريخ 2024/05/02 الساعة 23:41 بمبلغ 199.99 دولار لموقع ألعاب"),
    P("خويا الحساب تبلوكا من نهار التلات، وأنا محتاج نخلص الكرا ديال ٣٥٠٠ درهم"),
    P("في الأفنيوز، بوابة ٣، جنب ستاربكس، هناك ضاعت المحفظة تقريباً الساعة خمسة"),
    P("من ١ رمضان لين ١٠ رمضان فيه ١٤ عملية صغيرة، كل وحدة ٤٫٩٩ ريال"),
    P("عقد التمويل بدأ في يناير ٢٠٢١ ومدته خمس سنين، والقسط الشهري ١٨٠٠ ريال"),
    P("أنا عمري ٦٧ سنة وما أفهم بالجوالات، بنتي هي اللي تسوي لي كل شي"),
    P("بنبعت لحضرتك رسالة فيها رابط التقييم، وشكراً لاتصالك ببنك النيل، مع السلامة"),
]

LANGS["ar"] = AR

# ================================================================= Hebrew (he)
# Calls: a bank's fraud prevention unit (phishing text "from the post office", Tel Aviv);
# an identity verification team for a new immigrant's account (Russian-speaking oleh); a
# blocked-cards desk (Ethiopian-Israeli caller, Kiryat Gat); a wire recall after a fake
# lawyer's e-mail during a flat purchase (French oleh, Netanya); a lost wallet in the
# Machane Yehuda market (Anglo olah, Jerusalem); a disputed charge (Arab citizen, Umm
# al-Fahm); an older caller who fell for the "grandson in trouble" scam (Bat Yam); a small
# business owner's online banking takeover (Be'er Sheva); a discharged soldier scammed on a
# second-hand sale; a caller whose phone number was changed on her account; loans taken
# in a caller's name; a Haredi caller whose card was copied (Bnei Brak).

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_d(s, g="f", sep=" "):
    """Digits one by one, feminine (the usual counting form) or masculine."""
    return sep.join((HE_F if g == "f" else HE_M)[int(c)] for c in s)


def he_n(s, g="f"):
    """A two-digit group as a number: "87" -> "שמונים ושבע" (f) / "שמונים ושבעה" (m)."""
    d = HE_F if g == "f" else HE_M
    n = int(s)
    if len(s) == 2 and s[0] == "0":
        return d[0] + " " + d[n]
    if n < 10:
        return d[n]
    if n < 20:
        return (HE_TEEN_F if g == "f" else HE_TEEN_M)[n - 10]
    return HE_TENS[n // 10] + ("" if n % 10 == 0 else " ו" + d[n % 10])


HE_T1 = tz("03452178")
HE_T2 = tz("31209874")
HE_T3 = tz("20547731")
HE_T4 = tz("06613092")
HE_T5 = tz("32178845")
HE_T6 = tz("05589023")
HE_T7 = tz("34419706")
HE_T8 = tz("02276518")

HE_C1 = card("458012339870114")   # Visa
HE_C2 = card("532610447829306")   # Mastercard
HE_C3 = card("37551209876543")    # Amex 15
HE_C4 = card("458003917256440")   # Visa
HE_C5 = card("532688107331245")   # Mastercard
HE_C6 = card("401205569912837")   # Visa
HE_C7 = card("3688120456782")     # Diners 14
HE_C8 = card("545760331198702")   # Mastercard

HE_I1 = iban("IL", "0126340000000518732")
HE_I2 = iban("IL", "0108020000004471290")
HE_I3 = iban("IL", "0200490000000284715")
HE_I4 = iban("IL", "0110870000001530986")
HE_I5 = iban("IL", "0310120000000772043")
HE_I6 = iban("IL", "0541360000000193088")
HE_I7 = iban("FR", "10278060760002048910147")
HE_I8 = iban("GB", "HBUK40112791734466")

HE = [
    # --- fraud prevention unit, phishing text (Tel Aviv)
    P("שלום, הגעת למחלקת מניעת הונאות, מדברת מיכל, במה אפשר לעזור?", ("name", "מיכל")),
    P("היי, אממ, קיבלתי הודעה כאילו מדואר ישראל על חבילה שמחכה, לחצתי על הקישור ושמתי את "
      "פרטי הכרטיס"),
    P("יוסי כהן, תעודת זהות %s, %s, %s" % (he_d(HE_T1[:3]), he_d(HE_T1[3:6]), he_d(HE_T1[6:])),
      ("name", "יוסי כהן"),
      ("id", "%s, %s, %s" % (he_d(HE_T1[:3]), he_d(HE_T1[3:6]), he_d(HE_T1[6:]))),
      ctx="בסדר, אני צריכה קודם לזהות אותך. שם מלא ותעודת זהות בבקשה"),
    P("תודה יוסי. אני רואה שלוש עסקאות מהלילה, 1,890 שקל באתר אלקטרוניקה, 640 שקל בעלי "
      "אקספרס ועוד אחת של 12.90", ("name", "יוסי")),
    P("מספר הכרטיס שהכנסתי באתר היה %s" % grp(HE_C1, (4,) * 4),
      ("card", grp(HE_C1, (4,) * 4))),
    P("והטלפון שלך עדיין 054-7731902?", ("phone", "054-7731902")),
    P("ביטלתי את הכרטיס, כרטיס חדש יגיע בדואר תוך 5 עד 7 ימי עסקים, ופתחתי בירור על שלוש "
      "העסקאות, מספר פנייה 48812290"),
    # --- identity verification, new immigrant's account (Russian-speaking oleh)
    P("כאן דנה מצוות אימות זהות, אני רואה שהתחלת לפתוח חשבון ונתקעת באמצע", ("name", "דנה")),
    P("כן, שלום, שמי ולדימיר קוזלוב, אבל כולם קוראים לי וובה, אני עולה חדש, עברית שלי לא "
      "כל כך טוב", ("name", "ולדימיר קוזלוב"), ("name", "וובה")),
    P("תעודת זהות %s" % grp(HE_T2, (3, 3, 3), "-"), ("id", grp(HE_T2, (3, 3, 3), "-"))),
    P("תאריך לידה שלי עשרים ושלוש ינואר, אלף תשע מאות שמונים ושבע",
      ("date_of_birth", "עשרים ושלוש ינואר, אלף תשע מאות שמונים ושבע")),
    P("האימייל vova.kozlov87@mail.ru", ("email", "vova.kozlov87@mail.ru")),
    P("אני גר ברחוב הרצל 45, דירה 12, ראשון לציון",
      ("address", "רחוב הרצל 45, דירה 12, ראשון לציון")),
    P("סל הקליטה, 3,500 שקל, ייכנס ב-10 לחודש, ודמי ניהול החשבון לעולים פטורים בשנה "
      "הראשונה"),
    # --- blocked-cards desk (Ethiopian-Israeli caller, Kiryat Gat)
    P("מדבר אבי מהמוקד לכרטיסים חסומים, עם מי אני מדבר?", ("name", "אבי")),
    P("שלום, מדבר אדיסו ברהנו", ("name", "אדיסו ברהנו"),
      ctx="מדבר אבי מהמוקד לכרטיסים חסומים, עם מי אני מדבר?"),
    P("כן אדיסו, הכרטיס נחסם אתמול בשמונה בערב, אחרי ניסיון חיוב של 2,400 דולר ברומניה",
      ("name", "אדיסו")),
    P("אני לא הייתי ברומניה, אני בקריית גת, עובד במשמרת לילה במפעל"),
    P("נולדתי ב-1.9.1991", ("date_of_birth", "1.9.1991")),
    P("תשלחו את הכרטיס החדש לרחוב הגפן 8, קומה 2, קריית גת",
      ("address", "רחוב הגפן 8, קומה 2, קריית גת")),
    P("הטלפון שלי %s, %s, %s %s" % (he_d("052"), he_d("643"), he_n("87"), he_n("20")),
      ("phone", "%s, %s, %s %s" % (he_d("052"), he_d("643"), he_n("87"), he_n("20")))),
    # --- wire recall after a fake lawyer's e-mail (French oleh, Netanya)
    P("אלו, בונז'ור, סליחה, שלום, קוראים לי סטפן בן חמו, אני באמצע קניית דירה בנתניה",
      ("name", "סטפן בן חמו")),
    P("עורך הדין שלח מייל שהחשבון שלו השתנה, והעברתי 420,000 שקל לחשבון %s" % HE_I3,
      ("iban", HE_I3)),
    P("הכסף הגיע מהחשבון שלי בצרפת, %s" % grp(HE_I7, (4,) * 6),
      ("iban", grp(HE_I7, (4,) * 6))),
    P("ההעברה יצאה ביום שלישי ב-11:20, אסמכתא 7750213, שלחנו בקשת השבה לבנק המקבל אבל "
      "אני לא יכולה להבטיח כלום"),
    P("המייל שלי stephane.benhamou@orange.fr", ("email", "stephane.benhamou@orange.fr")),
    P("הטלפון הצרפתי שלי פלוס שלוש שלוש, שש, ארבעים ואחת, עשרים ושבע, תשעים, חמישים ושלוש",
      ("phone", "פלוס שלוש שלוש, שש, ארבעים ואחת, עשרים ושבע, תשעים, חמישים ושלוש")),
    # --- lost wallet in the market (Anglo olah, Jerusalem)
    P("Hi, שלום, מדברת שרה גולדברג, sorry על העברית, איבדתי את הארנק בשוק מחנה יהודה",
      ("name", "שרה גולדברג")),
    P("אין בעיה שרה, אפשר גם באנגלית. מה היה בארנק?", ("name", "שרה")),
    P("two cards, הכרטיס של הבנק והאמריקן אקספרס, וגם התעודת זהות, and like 200 shekels"),
    P("האמקס זה %s" % grp(HE_C3, (4, 6, 5)), ("card", grp(HE_C3, (4, 6, 5)))),
    P("My email is sarah dot goldberg at gmail dot com",
      ("email", "sarah dot goldberg at gmail dot com")),
    P("אני גרה בעמק רפאים 31, דירה 4, ירושלים", ("address", "עמק רפאים 31, דירה 4, ירושלים")),
    P("תעודת זהות %s" % he_d(HE_T3), ("id", he_d(HE_T3))),
    P("the last thing I bought was coffee at Aroma on Emek Refaim, like at 9:15, 18 שקל"),
    P("and my UK account, for the refund, is %s" % grp(HE_I8, (4,) * 5),
      ("iban", grp(HE_I8, (4,) * 5))),
    # --- disputed charge (Arab citizen, Umm al-Fahm)
    P("שלום, אני מוחמד ג'בארין מאום אל-פחם, יש לי חיוב של 1,250 שקל מחנות שלא קניתי בה אף "
      "פעם", ("name", "מוחמד ג'בארין")),
    P("בסדר מוחמד, תגיד לי בבקשה את מספר תעודת הזהות", ("name", "מוחמד")),
    P("%s, %s, %s, %s %s" % (he_d(HE_T4[:3], "m"), he_n(HE_T4[3:5], "m"),
                             he_n(HE_T4[5:7], "m"), he_d(HE_T4[7], "m"),
                             he_d(HE_T4[8], "m")),
      ("id", "%s, %s, %s, %s %s" % (he_d(HE_T4[:3], "m"), he_n(HE_T4[3:5], "m"),
                                    he_n(HE_T4[5:7], "m"), he_d(HE_T4[7], "m"),
                                    he_d(HE_T4[8], "m"))),
      ctx="בסדר מוחמד, תגיד לי בבקשה את מספר תעודת הזהות"),
    P("המספר של הבית 04-6312758, והנייד 058-4421907",
      ("phone", "04-6312758"), ("phone", "058-4421907")),
    P("החיוב מה-14 באוגוסט, מחנות בשם אלנור אלקטריק בחיפה, ואני לא הייתי בחיפה מאז פסח"),
    P("תזכו את החשבון %s" % HE_I5, ("iban", HE_I5)),
]

HE += [
    # --- older caller, "grandson in trouble" scam (Bat Yam)
    P("הלו? כן, אני אסתר לוי, אני בת שמונים ושתיים, התקשר אליי מישהו שאמר שהוא הנכד שלי "
      "ושהוא בצרות", ("name", "אסתר לוי")),
    P("גברת לוי, אל תדאגי, אנחנו נטפל בזה. מה מסרת לו?", ("name", "לוי")),
    P("הקראתי לו את הכרטיס, %s, ואת שלוש הספרות מאחורה" % ", ".join(
        he_d(HE_C2[i:i + 4]) for i in range(0, 16, 4)),
      ("card", ", ".join(he_d(HE_C2[i:i + 4]) for i in range(0, 16, 4)))),
    P("וגם העברתי לו 15,000 שקל, שתי העברות של 7,500, ביום רביעי בבוקר"),
    P("אני גרה ברחוב בלפור 112, קומה ראשונה, בת ים",
      ("address", "רחוב בלפור 112, קומה ראשונה, בת ים")),
    P("תאריך לידה? אה, שנים עשר במאי, אלף תשע מאות ארבעים ושתיים",
      ("date_of_birth", "שנים עשר במאי, אלף תשע מאות ארבעים ושתיים")),
    P("הטלפון בבית 03-5518264, אין לי פלאפון", ("phone", "03-5518264")),
    # --- small business owner, online banking takeover (Be'er Sheva)
    P("צהריים טובים, כאן שירן מצוות אבטחת לקוחות עסקיים", ("name", "שירן")),
    P("שלום שירן, כאן רונית אזולאי, יש לי עסק קטן להפקת אירועים בבאר שבע, מישהו נכנס לי "
      "לחשבון העסקי ושינה את הסיסמה", ("name", "רונית אזולאי")),
    P("יצאו שלוש העברות לחשבון %s שאני לא מכירה, בסך הכול 86,400 שקל" % HE_I1,
      ("iban", HE_I1)),
    P("המשכורות של העובדים, 9 עובדים, צריכות לצאת ב-9 לחודש, אסור שזה ייתקע"),
    P("ת.ז. %s" % HE_T5, ("id", HE_T5)),
    P("תאריך לידה 5 ביוני 1976", ("date_of_birth", "5 ביוני 1976")),
    P("המייל של העסק ronit@azoulay-events.co.il", ("email", "ronit@azoulay-events.co.il")),
    P("החשבון שלנו הוא %s" % grp(HE_I2, (4,) * 5), ("iban", grp(HE_I2, (4,) * 5))),
    P("אני גרה ברחוב הרקפת 15, נווה זאב, באר שבע",
      ("address", "רחוב הרקפת 15, נווה זאב, באר שבע")),
    # --- discharged soldier scammed on a second-hand sale
    P("היי אחי, מדבר עומר, קניתי אייפון ביד 2, שילמתי בכרטיס והבן אדם נעלם",
      ("name", "עומר")),
    P("%s, %s, לא סליחה, %s, %s, %s" % (
        he_d(HE_C4[:4]), he_d(HE_C4[4:7] + "7"), he_d(HE_C4[4:8]), he_d(HE_C4[8:12]),
        he_d(HE_C4[12:])),
      ("card", "%s, %s, לא סליחה, %s, %s, %s" % (
          he_d(HE_C4[:4]), he_d(HE_C4[4:7] + "7"), he_d(HE_C4[4:8]), he_d(HE_C4[8:12]),
          he_d(HE_C4[12:]))),
      ctx="בסדר, תקריא לי את מספר הכרטיס"),
    P("שלחתי לו 3,200 שקל ב-2 בנובמבר, והמודעה עלתה ב-30 באוקטובר"),
    P("נולדתי ב-03/02/2001", ("date_of_birth", "03/02/2001")),
    P("מייל עומר נקודה מזרחי שטרודל ג'ימייל נקודה קום",
      ("email", "עומר נקודה מזרחי שטרודל ג'ימייל נקודה קום")),
    # --- phone number changed on the account
    P("שלום, מדברת ליאת שושן, קיבלתי הודעה שמספר הטלפון בחשבון שלי שונה ואני לא שיניתי כלום",
      ("name", "ליאת שושן")),
    P("המספר האמיתי שלי הוא אפס חמש אפס, שבע שמונה שתיים, אחת עשרה, ארבעים ושש",
      ("phone", "אפס חמש אפס, שבע שמונה שתיים, אחת עשרה, ארבעים ושש")),
    P("המספר שהוזן אתמול ב-22:40 הוא 053-9920417, הוא לא שלך?", ("phone", "053-9920417")),
    P("שדרות רוטשילד 22, דירה 6, תל אביב", ("address", "שדרות רוטשילד 22, דירה 6, תל אביב"),
      ctx="איזו כתובת רשומה אצלך?"),
    P("תעודת זהות %s, %s, %s, %s, %s" % (
        he_n(HE_T6[:2]), he_n(HE_T6[2:4]), he_n(HE_T6[4:6]), he_n(HE_T6[6:8]),
        he_d(HE_T6[8])),
      ("id", "%s, %s, %s, %s, %s" % (
          he_n(HE_T6[:2]), he_n(HE_T6[2:4]), he_n(HE_T6[4:6]), he_n(HE_T6[6:8]),
          he_d(HE_T6[8])))),
    P("נולדתי בעשרים ותשעה בפברואר שמונים ושמונה",
      ("date_of_birth", "עשרים ותשעה בפברואר שמונים ושמונה")),
    P("המייל L I A T dot S H O S H A N at yahoo dot com",
      ("email", "L I A T dot S H O S H A N at yahoo dot com")),
    P("והכרטיס שמחובר לחשבון %s" % HE_C8, ("card", HE_C8)),
    # --- loans taken in the caller's name
    P("שמי תמר אהרוני, ומסתבר שלקחו הלוואה על שמי של 60,000 שקל", ("name", "תמר אהרוני")),
    P("תאריך הלידה שלי 17.04.1985 ותעודת זהות %s" % HE_T7,
      ("date_of_birth", "17.04.1985"), ("id", HE_T7)),
    P("tamar.aharoni@walla.co.il", ("email", "tamar.aharoni@walla.co.il"),
      ctx="לאיזה מייל לשלוח לך את טופס התלונה?"),
    P("והכרטיס שלי %s" % grp(HE_C5, (4,) * 4, "-"), ("card", grp(HE_C5, (4,) * 4, "-"))),
    P("רחוב ז'בוטינסקי 7, קומה 3, רמת גן", ("address", "רחוב ז'בוטינסקי 7, קומה 3, רמת גן"),
      ctx="ומה הכתובת שלך?"),
    P("וגם הדיינרס שלי, %s, שיבטלו גם אותו" % grp(HE_C7, (4, 6, 4)),
      ("card", grp(HE_C7, (4, 6, 4)))),
    # --- Haredi caller, copied card (Bnei Brak)
    P("שלום, כאן יענקי פרידמן מבני ברק, יש חיובים בכרטיס מחוץ לארץ, מאמריקה",
      ("name", "יענקי פרידמן")),
    P("נולדתי בכ\"ג בשבט תשמ\"ה", ("date_of_birth", "כ\"ג בשבט תשמ\"ה")),
    P("הכרטיס %s" % HE_C6, ("card", HE_C6)),
    P("תעודת זהות %s %s %s" % (he_d(HE_T8[:1]), he_d(HE_T8[1:5]), HE_T8[5:]),
      ("id", "%s %s %s" % (he_d(HE_T8[:1]), he_d(HE_T8[1:5]), HE_T8[5:]))),
    P("אין לי סמארטפון, רק טלפון כשר, 055-6710384", ("phone", "055-6710384")),
    P("רחוב רבי עקיבא 120, דירה 9, בני ברק", ("address", "רחוב רבי עקיבא 120, דירה 9, בני ברק"),
      ctx="לאן לשלוח את הכרטיס החדש?"),
    P("את הזיכוי לחשבון %s, זה החשבון של אשתי ושלי" % HE_I4, ("iban", HE_I4)),
    P("ויש לי עוד חשבון בבנק ירושלים, %s, גם אותו לבדוק" % grp(HE_I6, (4,) * 5),
      ("iban", grp(HE_I6, (4,) * 5))),
]

HE += [
    P("ולמייל האישי שלי, רונית אזולאי 76 שטרודל ג'ימייל נקודה קום",
      ("email", "רונית אזולאי 76 שטרודל ג'ימייל נקודה קום")),
    # --- non-personal lines from these calls: amounts, dates, references, shops, streets
    P("העסקה בסך 2,349 שקל בוצעה ב-17 במרץ בשעה 14:32 בקניון עזריאלי"),
    P("הכרטיס שמסתיים ב-4471 נחסם אוטומטית אחרי שלושה ניסיונות עם קוד שגוי"),
    P("מספר האסמכתא של הבירור הוא 20240317-5521, תשמור אותו בבקשה"),
    P("קניתי ברמי לוי בשבע וחצי, 312 שקל, זה הייתי אני, אבל ה-899 באיביי זה לא אני"),
    P("ההחזר יופיע בחשבון תוך 14 ימי עסקים, ואם לא, תתקשר שוב עם מספר הפנייה 663201"),
    P("העמלה על כרטיס חלופי היא 15 שקל, אבל במקרה של הונאה אנחנו מוותרים עליה"),
    P("בין ה-1 ל-5 בחודש היו 23 חיובים קטנים של 4.90 כל אחד לאתר הימורים בקפריסין"),
    P("אממ רגע אני מחפשת את המשקפיים, אה, כן, זה היה ביום ראשון בערב, בסביבות שמונה"),
    P("המשיכה ב-03:12 בלילה מכספומט ברחוב אלנבי, 1,500 שקל, זה בטוח לא אני"),
    P("יש לך שלושה כרטיסים פעילים, ויזה, מאסטרקרד ואמריקן אקספרס, ואת הוויזה חסמתי"),
    P("ההלוואה של 60,000 שקל נלקחה ב-12 בינואר ל-36 חודשים בריבית של 7.5 אחוז"),
    P("התקשרו אליי ממספר חסוי ביום שני בשלוש וחצי ואמרו שהם מהמשטרה"),
    P("אני לקוחה אצלכם מ-1998, עשרים ושש שנה, ואף פעם לא קרה לי דבר כזה"),
    P("הטיסה שלי באל על LY 008 לניו יורק ב-20 ביוני, אל תחסמו לי את הכרטיס שם"),
    P("חיוב של 49.90 מנטפליקס כל חודש מאז ספטמבר, וגם 29.90 מספוטיפיי, את זה אני מכיר"),
    P("תשלום 3 מתוך 12 על המקרר, 412 שקל, ירד ב-2 לחודש כרגיל"),
    P("ביום חמישי, ה-16, אפשר לאסוף את הכרטיס בסניף בדיזנגוף סנטר בין 8:30 ל-13:00"),
    P("שלחתי 2,000 בפייבוקס ועוד 1,200 בביט, לשני אנשים שונים"),
    P("הכספומט בקניון הזהב בראשון בלע לי את הכרטיס בעשר בלילה"),
    P("בערך שלושים אלף שקל יצאו מהחשבון בתוך שעה, משבע ועשרים עד שמונה ועשרים"),
    P("סגרנו את הגישה לאפליקציה, קוד כניסה חדש יישלח תוך 24 שעות, והמגבלה היומית ירדה "
      "ל-5,000"),
    P("החיוב היה בדולרים, 189.99, והומר ל-712 שקל לפי שער של 3.75"),
    P("פתחתי את החשבון בסניף 689 ברחובות לפני חמש שנים"),
    P("אני מתקשרת כבר פעם שלישית היום, חיכיתי 40 דקות על הקו"),
    P("הוראת הקבע של הארנונה, 780 שקל לחודשיים, לא קשורה לזה"),
    P("אנחנו אף פעם לא מבקשים סיסמה או קוד חד פעמי בטלפון, בוואטסאפ או בהודעה"),
    P("בהודעה היה כתוב חשבונך הוגבל נא לאמת פרטים עד 23:59 הלילה"),
    P("הכספומט היה ברחוב ויצמן בכפר סבא, ליד המאפייה, בסביבות שש"),
    P("שלוש מאות ארבעים ושמונה שקל ועוד עשרים ותשעה, זה מה שחויב"),
    P("מדובר ב-4 חיובים בין ה-10 ל-12 בספטמבר, הגדול ביותר 1,099 שקל בקרביץ"),
    P("קיבלתי מכתב מהבנק ב-1.3 שהכרטיס שלי פג תוקף ב-04/26"),
    P("הבת שלי בת 16 והיא השתמשה בכרטיס שלי לקנות בשיין, 240 שקל, זה בסדר"),
]

LANGS["he"] = HE

# ================================================================= Greek (el)
# Calls: a Greek bank's fraud team (fake courier text, Athens); a Cypriot bank's security
# desk (caller talked into "moving money to a safe account", Limassol); an older caller
# from a village near Heraklion (fake bank employee); a new account's tax-number check
# (young caller, Athens); a lost wallet on Aristotelous square (Thessaloniki); a disputed
# online purchase; a taverna owner's card terminal chargebacks (Naxos); a Cypriot student
# in Athens with a blocked card; an Albanian-Greek caller opening an account; a loan taken
# in a caller's name (Patras); a Greek-Australian calling from Melbourne; a Nicosia firm's
# fake supplier invoice.

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
           "οχτακόσια εννιακόσια").split()


def el_d(s, sep=" "):
    """Digits one by one."""
    return sep.join(EL_D[int(c)] for c in s)


def el_n(s):
    """A group of two or three digits as a number: "67" -> "εξήντα εφτά", "123" ->
    "εκατόν είκοσι τρία"; a leading zero is said as "μηδέν"."""
    if len(s) > 1 and s[0] == "0":
        return EL_D[0] + " " + el_n(s[1:])
    n = int(s)
    if n >= 100:
        h, r = divmod(n, 100)
        if r == 0:
            return EL_HUND[h]
        return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_n(str(r))
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    return EL_TENS[n // 10] + ("" if n % 10 == 0 else " " + EL_D[n % 10])


def el_groups(s, sizes, sep=", "):
    """Say s in groups of the given sizes, each group as a number."""
    return sep.join(el_n(g) for g in grp(s, sizes).split(" "))


EL_A1 = afm("04718293")
EL_A2 = afm("11302658")
EL_A3 = afm("06655214")
EL_A4 = afm("13874402")
EL_A5 = afm("07290316")
EL_A6 = afm("12045587")
EL_A7 = afm("03389140")
EL_A8 = afm("15526073")

EL_C1 = card("516732004819925")   # Mastercard
EL_C2 = card("479275103348862")   # Visa
EL_C3 = card("415563021977504")   # Visa
EL_C4 = card("37691844201733")    # Amex 15
EL_C5 = card("545301279940068")   # Mastercard
EL_C6 = card("492910334716885")   # Visa
EL_C7 = card("676701230049817")   # Maestro 16
EL_C8 = card("520473118865590")   # Mastercard

EL_I1 = iban("GR", "011" + "0480" + "0000004481203577")
EL_I2 = iban("GR", "014" + "0215" + "0000002101127845")
EL_I3 = iban("GR", "017" + "0331" + "0005331049861220")
EL_I4 = iban("GR", "026" + "0171" + "0000780201945113")
EL_I5 = iban("GR", "011" + "0219" + "0000021900473388")
EL_I6 = iban("CY", "002" + "00195" + "0000357019283746")
EL_I7 = iban("CY", "005" + "00470" + "0000001470028811")
EL_I8 = iban("CY", "002" + "00108" + "0000108005590412")

EL = [
    # --- Greek bank fraud team, fake courier text (Athens)
    P("Καλησπέρα σας, είμαι η Δέσποινα από το τμήμα αντιμετώπισης απάτης, πώς μπορώ να σας "
      "βοηθήσω;", ("name", "Δέσποινα")),
    P("Γεια σας, λέγομαι Γιώργος Παπαδόπουλος, μου ήρθε ένα μήνυμα ότι έχω δέμα από τα ΕΛΤΑ "
      "και πάτησα το λινκ και έβαλα την κάρτα", ("name", "Γιώργος Παπαδόπουλος")),
    P("Μάλιστα κύριε Παπαδόπουλε, για την ταυτοποίηση θα μου πείτε το ΑΦΜ σας;",
      ("name", "Παπαδόπουλε")),
    P("%s, %s, %s" % (el_d(EL_A1[:3]), el_d(EL_A1[3:6]), el_d(EL_A1[6:])),
      ("id", "%s, %s, %s" % (el_d(EL_A1[:3]), el_d(EL_A1[3:6]), el_d(EL_A1[6:]))),
      ctx="Μάλιστα κύριε Παπαδόπουλε, για την ταυτοποίηση θα μου πείτε το ΑΦΜ σας;"),
    P("Βλέπω δύο χρεώσεις από χθες το βράδυ, 1.249 ευρώ σε ηλεκτρονικό κατάστημα και 89,90 "
      "σε μια πλατφόρμα στοιχημάτων, στις 23:47"),
    P("η κάρτα που έβαλα είναι η %s" % grp(EL_C1, (4,) * 4), ("card", grp(EL_C1, (4,) * 4))),
    P("Το κινητό σας είναι ακόμα το %s;" % grp("6944718302", (3, 3, 4)),
      ("phone", grp("6944718302", (3, 3, 4)))),
    P("Ακύρωσα την κάρτα, η καινούρια θα έρθει σε 5 με 7 εργάσιμες, και άνοιξα αίτημα "
      "αμφισβήτησης με αριθμό 41250077"),
    # --- Cypriot bank security desk, "safe account" vishing (Limassol)
    P("Καλησπέρα, εν ο Αντρέας που το τμήμα ασφαλείας, με ποιον μιλώ παρακαλώ;",
      ("name", "Αντρέας")),
    P("Ναι γεια σας, είμαι η Ελένη Χαραλάμπους, που τη Λεμεσό", ("name", "Ελένη Χαραλάμπους"),
      ctx="Καλησπέρα, εν ο Αντρέας που το τμήμα ασφαλείας, με ποιον μιλώ παρακαλώ;"),
    P("Μου τηλεφώνησε κάποιος και είπε ότι εν που την τράπεζα και ότι πρέπει να μεταφέρω τα "
      "λεφτά σε ασφαλή λογαριασμό, και έκαμα μεταφορά στο %s" % EL_I6, ("iban", EL_I6)),
    P("Εντάξει κυρία Χαραλάμπους, πόσα μεταφέρατε και τι ώρα;", ("name", "Χαραλάμπους")),
    P("Δώδεκα χιλιάδες πεντακόσια ευρώ, γύρω στις δέκα και μισή το πρωί, την Τρίτη"),
    P("Ο λογαριασμός μου είναι ο %s" % grp(EL_I7, (4,) * 7), ("iban", grp(EL_I7, (4,) * 7))),
    P("Το κινητό μου εννιά εννιά, τριάντα τέσσερα, πενήντα έξι, δεκαεφτά",
      ("phone", "εννιά εννιά, τριάντα τέσσερα, πενήντα έξι, δεκαεφτά")),
    P("μένω στην Αρχιεπισκόπου Μακαρίου Γ' 54, διαμέρισμα 302, Λεμεσός 3065",
      ("address", "Αρχιεπισκόπου Μακαρίου Γ' 54, διαμέρισμα 302, Λεμεσός 3065")),
    P("Στείλαμε αίτημα ανάκλησης στην τράπεζα του δικαιούχου στις 11:05, ο αριθμός υπόθεσης "
      "είναι CY-FR-30918, και θα σας πάρουμε τηλέφωνο μέσα σε 48 ώρες"),
    # --- older caller from a village near Heraklion, fake bank employee
    P("Ναι, καλημέρα παιδί μου, η κυρία Ρήνη είμαι, η Ειρήνη Μαρκάκη, από τις Αρχάνες",
      ("name", "Ρήνη"), ("name", "Ειρήνη Μαρκάκη")),
    P("Καλημέρα κυρία Μαρκάκη, πείτε μου τι έγινε", ("name", "Μαρκάκη")),
    P("με πήρε ένας και είπε πως είναι από την τράπεζα και του είπα τους αριθμούς της κάρτας, "
      "%s" % ", ".join(el_n(EL_C2[i:i + 2]) for i in range(0, 16, 2)),
      ("card", ", ".join(el_n(EL_C2[i:i + 2]) for i in range(0, 16, 2)))),
    P("γεννήθηκα στις δεκαπέντε Αυγούστου του πενήντα πέντε, της Παναγίας",
      ("date_of_birth", "δεκαπέντε Αυγούστου του πενήντα πέντε")),
    P("Το σπίτι είναι στην οδό Ελευθερίου Βενιζέλου 9, στις Αρχάνες, 70100",
      ("address", "οδό Ελευθερίου Βενιζέλου 9, στις Αρχάνες, 70100")),
    P("το σταθερό μου είναι δύο οχτώ ένα μηδέν, επτακόσια πενήντα δύο, τριακόσια δεκαοχτώ"
      .replace("επτακόσια", "εφτακόσια"),
      ("phone", "δύο οχτώ ένα μηδέν, εφτακόσια πενήντα δύο, τριακόσια δεκαοχτώ")),
    P("Μην ανησυχείτε, η κάρτα μπλοκαρίστηκε, δεν πέρασε καμία χρέωση, και η σύνταξη των 640 "
      "ευρώ θα μπει κανονικά στις 25 του μήνα"),
    # --- new account, tax number check (young caller, Athens)
    P("Γεια σου, εδώ Κωνσταντίνα Ρήγα, άνοιξα λογαριασμό από το κινητό και μου λέει ότι το ΑΦΜ "
      "δεν ταιριάζει", ("name", "Κωνσταντίνα Ρήγα")),
    P("Κανένα πρόβλημα Κωνσταντίνα, πες μου το ΑΦΜ όπως είναι στην ταυτότητα",
      ("name", "Κωνσταντίνα")),
    P("%s %s, %s, %s" % (el_n(EL_A2[:3]), el_n(EL_A2[3:5]), el_n(EL_A2[5:7]),
                         el_n(EL_A2[7:])),
      ("id", "%s %s, %s, %s" % (el_n(EL_A2[:3]), el_n(EL_A2[3:5]), el_n(EL_A2[5:7]),
                                el_n(EL_A2[7:]))),
      ctx="Κανένα πρόβλημα Κωνσταντίνα, πες μου το ΑΦΜ όπως είναι στην ταυτότητα"),
    P("ημερομηνία γέννησης 03/07/2002", ("date_of_birth", "03/07/2002")),
    P("το email είναι nadia.riga02@gmail.com, όχι, συγγνώμη, konstantina.riga02@gmail.com",
      ("email", "nadia.riga02@gmail.com"), ("email", "konstantina.riga02@gmail.com")),
    P("μένω στην Καλλιδρομίου 33, τρίτος όροφος, Εξάρχεια, 114 73",
      ("address", "Καλλιδρομίου 33, τρίτος όροφος, Εξάρχεια, 114 73")),
    P("Ο λογαριασμός ενεργοποιείται σε 24 ώρες, το όριο ανάληψης είναι 600 ευρώ τη μέρα και "
      "η πρώτη κάρτα είναι δωρεάν"),
    # --- lost wallet on Aristotelous square (Thessaloniki)
    P("Καλησπέρα, με λένε Δημήτρη Τσολάκη, αλλά όλοι με φωνάζουν Μήτσο, έχασα το πορτοφόλι "
      "μου στην Αριστοτέλους", ("name", "Δημήτρη Τσολάκη"), ("name", "Μήτσο")),
    P("Λυπάμαι πολύ κύριε Τσολάκη. Είχατε μέσα κάρτες μας;", ("name", "Τσολάκη")),
    P("ναι τη χρεωστική %s και την πιστωτική που τελειώνει σε 0418" % EL_C3,
      ("card", EL_C3)),
    P("εεε το κινητό μου είναι εξήντα εννιά, εβδομήντα επτά, τριακόσια δώδεκα, "
      "τετρακόσια εξήντα".replace("εβδομήντα επτά", "εβδομήντα εφτά"),
      ("phone", "εξήντα εννιά, εβδομήντα εφτά, τριακόσια δώδεκα, τετρακόσια εξήντα")),
    P("Η διεύθυνση είναι Τσιμισκή 88, πέμπτος όροφος, Θεσσαλονίκη, 546 22",
      ("address", "Τσιμισκή 88, πέμπτος όροφος, Θεσσαλονίκη, 546 22")),
    P("Υπάρχει μια ανάληψη 400 ευρώ στις 21:15 από ΑΤΜ στην Εγνατία και μια αγορά 186 ευρώ "
      "στον Κωτσόβολο στις 21:40"),
    P("ΑΦΜ %s" % EL_A3, ("id", EL_A3), ctx="Για να κλείσουμε το αίτημα χρειάζομαι και το ΑΦΜ"),
]

EL += [
    # --- disputed online purchase (Athens)
    P("Καλημέρα, Βάσω Νικολάου, έχω μια χρέωση από ένα e-shop που δεν την αναγνωρίζω",
      ("name", "Βάσω Νικολάου"), ctx="Καλημέρα σας, με ποιον έχω τη χαρά;"),
    P("Η χρέωση είναι 379 ευρώ στις 12 Μαΐου, από κατάστημα με την επωνυμία ΜΑΡΙΑ ΚΟΣΜΗΜΑΤΑ "
      "ΙΚΕ, στη Γλυφάδα"),
    P("η κάρτα μου %s" % grp(EL_C5, (4,) * 4, "-"), ("card", grp(EL_C5, (4,) * 4, "-"))),
    P("το email μου vaso.nikolaou at yahoo dot gr", ("email", "vaso.nikolaou at yahoo dot gr")),
    P("ΑΦΜ %s" % grp(EL_A4, (3, 3, 3)), ("id", grp(EL_A4, (3, 3, 3)))),
    P("γεννημένη 14/09/1983, και μένω στην Κηφισίας 128, τρίτος όροφος, Μαρούσι",
      ("date_of_birth", "14/09/1983"), ("address", "Κηφισίας 128, τρίτος όροφος, Μαρούσι")),
    P("κινητό %s" % el_groups("6983027741", (2, 2, 3, 3)),
      ("phone", el_groups("6983027741", (2, 2, 3, 3)))),
    # --- taverna owner, card terminal chargebacks (Naxos)
    P("Γεια σας, ο Μανώλης Βασιλάκης είμαι, έχω ταβέρνα στη Νάξο, στη Χώρα, και μου ήρθαν "
      "τρία chargebacks από Αμερικάνους", ("name", "Μανώλης Βασιλάκης")),
    P("τα λεφτά να γυρίσουν στο %s" % grp(EL_I1, (4,) * 6), ("iban", grp(EL_I1, (4,) * 6))),
    P("Τα ποσά είναι 86, 142 και 230 ευρώ, από τις 2, 4 και 9 Ιουλίου, και το τερματικό "
      "είναι το 10077452"),
    P("το κινητό μου +30 697 245 1183", ("phone", "+30 697 245 1183")),
    P("manolis.taverna@hotmail.com", ("email", "manolis.taverna@hotmail.com"),
      ctx="Σε ποιο email να σας στείλουμε τα έντυπα;"),
    # --- Cypriot student in Athens, blocked card
    P("Γεια σας, Μπάμπης Ιωάννου, φοιτητής είμαι στην Αθήνα, τζαι η κάρτα μου εμπλοκαρίστηκε",
      ("name", "Μπάμπης Ιωάννου")),
    P("Ο λογαριασμός είναι στην Κύπρο, %s" % EL_I8, ("iban", EL_I8)),
    P("γεννήθηκα δώδεκα Νοεμβρίου του δύο χιλιάδες τρία",
      ("date_of_birth", "δώδεκα Νοεμβρίου του δύο χιλιάδες τρία")),
    P("η κάρτα είναι η %s" % EL_C7, ("card", EL_C7)),
    P("τζαι το σταθερό στο σπίτι στη Λευκωσία 22 456781", ("phone", "22 456781")),
    P("το ΑΦΜ που έβγαλα εδώ στην Ελλάδα %s" % el_d(EL_A8), ("id", el_d(EL_A8))),
    P("mpampis.ioannou@ucy.ac.cy, το πανεπιστημιακό", ("email", "mpampis.ioannou@ucy.ac.cy")),
    # --- Albanian-Greek caller opening an account
    P("Καλημέρα, ονομάζομαι Ερμίρα Χότζα, στο διαβατήριο γράφει ERMIRA HOXHA, θέλω να "
      "ανοίξω λογαριασμό", ("name", "Ερμίρα Χότζα"), ("name", "ERMIRA HOXHA")),
    P("το ΑΦΜ μου %s" % EL_A5, ("id", EL_A5)),
    P("γεννήθηκα 21.04.1990 στο Φίερι", ("date_of_birth", "21.04.1990")),
    P("μένω στην Πατησίων 210, δεύτερος όροφος, Αθήνα 112 56",
      ("address", "Πατησίων 210, δεύτερος όροφος, Αθήνα 112 56")),
    P("ermira underscore hoxha at gmail dot com",
      ("email", "ermira underscore hoxha at gmail dot com"), ctx="Και ένα email;"),
    P("το κινητό 690 551 2874", ("phone", "690 551 2874")),
    # --- loan taken in the caller's name (Patras)
    P("Ναι, ο Παναγιώτης Σπυρόπουλος είμαι από την Πάτρα, πήραν δάνειο στο όνομά μου",
      ("name", "Παναγιώτης Σπυρόπουλος")),
    P("Κύριε Σπυρόπουλε, θα χρειαστώ το ΑΦΜ σας", ("name", "Σπυρόπουλε")),
    P("%s" % el_groups(EL_A6, (3, 2, 2, 2)), ("id", el_groups(EL_A6, (3, 2, 2, 2))),
      ctx="Κύριε Σπυρόπουλε, θα χρειαστώ το ΑΦΜ σας"),
    P("γεννήθηκα πέντε του δέκα του εβδομήντα οχτώ",
      ("date_of_birth", "πέντε του δέκα του εβδομήντα οχτώ")),
    P("Μένω στην Παπαναστασίου 17, Πάτρα 262 22", ("address", "Παπαναστασίου 17, Πάτρα 262 22")),
    P("και την πιστωτική να μου την κόψετε, %s" % grp(EL_C6, (4,) * 4),
      ("card", grp(EL_C6, (4,) * 4))),
    P("το IBAN μου %s, εκεί μπαίνει ο μισθός" % EL_I2, ("iban", EL_I2)),
    # --- Greek-Australian calling from Melbourne
    P("Hello, γεια σας, είμαι ο Κώστας Μαύρος, calling from Melbourne, έχω λογαριασμό στην "
      "Ελλάδα από τη μάνα μου", ("name", "Κώστας Μαύρος")),
    P("my mobile is plus six one, four one two, five five eight, nine oh three",
      ("phone", "plus six one, four one two, five five eight, nine oh three")),
    P("το IBAN είναι %s" % grp(EL_I3, (4,) * 6), ("iban", grp(EL_I3, (4,) * 6))),
    P("email kostas.mavros@bigpond.com.au", ("email", "kostas.mavros@bigpond.com.au")),
    P("ΑΦΜ έχω, είναι %s" % grp(EL_A7, (3, 3, 3)), ("id", grp(EL_A7, (3, 3, 3)))),
    P("γεννήθηκα τριάντα Ιουνίου του εξήντα ένα, στην Καλαμάτα",
      ("date_of_birth", "τριάντα Ιουνίου του εξήντα ένα")),
    P("το σπίτι στην Ελλάδα είναι Αριστομένους 40, Καλαμάτα, 241 00",
      ("address", "Αριστομένους 40, Καλαμάτα, 241 00")),
    P("and my card here in Australia, %s" % grp(EL_C8, (4,) * 4),
      ("card", grp(EL_C8, (4,) * 4))),
    # --- Nicosia firm, fake supplier invoice
    P("Καλημέρα, Στέλιος Κυριάκου από μια εταιρεία στη Λευκωσία, πληρώσαμε τιμολόγιο σε "
      "ψεύτικο IBAN", ("name", "Στέλιος Κυριάκου")),
    P("το σωστό IBAN του προμηθευτή είναι %s τζαι εμείς πληρώσαμε στο %s" % (EL_I4, EL_I5),
      ("iban", EL_I4), ("iban", EL_I5)),
    P("Το ποσό ήταν 23.480 ευρώ, στις 14 Φεβρουαρίου, τιμολόγιο 2024/0331"),
    P("η εταιρική κάρτα %s" % grp(EL_C4, (4, 6, 5)), ("card", grp(EL_C4, (4, 6, 5)))),
    P("το email μου stelios@kyriakou-trading.com.cy",
      ("email", "stelios@kyriakou-trading.com.cy")),
    P("ημερομηνία γέννησης πρώτη Μαρτίου 1970",
      ("date_of_birth", "πρώτη Μαρτίου 1970")),
]

EL += [
    # --- non-personal lines from these calls: amounts, dates, references, shops, places
    P("Η συναλλαγή των 1.249 ευρώ έγινε στις 17 Μαρτίου, ώρα 14:32, σε κατάστημα στο Σύνταγμα"),
    P("Η κάρτα που λήγει σε 4471 μπλοκαρίστηκε αυτόματα μετά από τρεις λάθος προσπάθειες PIN"),
    P("Ο αριθμός του αιτήματός σας είναι 2024-0317-5521, κρατήστε τον σας παρακαλώ"),
    P("Ψώνισα στον Σκλαβενίτη στις εφτάμισι, 62 ευρώ, αυτό ήμουν εγώ, τα 899 όμως στο eBay "
      "δεν τα έκανα εγώ"),
    P("Η επιστροφή θα φανεί στον λογαριασμό σε 10 με 14 εργάσιμες, με αριθμό αναφοράς 663201"),
    P("Η νέα κάρτα κοστίζει 10 ευρώ, αλλά σε περίπτωση απάτης δεν χρεώνουμε τίποτα"),
    P("Από την 1η ως τις 5 του μήνα έγιναν 23 μικρές χρεώσεις των 4,90 ευρώ σε ένα site "
      "στοιχημάτων"),
    P("εεε περιμένετε να βρω τα γυαλιά μου, α ναι, ήταν Κυριακή βράδυ, κατά τις οχτώ"),
    P("Η ανάληψη έγινε στις 03:12 τα ξημερώματα από ΑΤΜ στην Πανεπιστημίου, 600 ευρώ"),
    P("Έχετε τρεις ενεργές κάρτες, μια Visa, μια Mastercard και μια American Express, και "
      "μπλόκαρα μόνο τη Visa"),
    P("Το δάνειο των 15.000 ευρώ εγκρίθηκε στις 12 Ιανουαρίου, για 60 μήνες, με επιτόκιο "
      "8,5 τοις εκατό"),
    P("Με πήραν από απόκρυψη τη Δευτέρα στις τρεισήμισι και είπαν ότι είναι από την "
      "Αστυνομία"),
    P("Είμαι πελάτισσα σας από το 1998, είκοσι έξι χρόνια, και ποτέ δεν μου έχει ξανασυμβεί"),
    P("Πετάω με την Aegean, πτήση A3 600 για Λονδίνο στις 20 Ιουνίου, μη μου κόψετε την "
      "κάρτα εκεί"),
    P("Η συνδρομή του Netflix, 13,99 κάθε μήνα από τον Σεπτέμβρη, αυτή την ξέρω"),
    P("η τρίτη από τις δώδεκα δόσεις για το ψυγείο, 112 ευρώ, έφυγε στις 2 του μήνα όπως "
      "πάντα"),
    P("Την Πέμπτη στις 16 μπορείτε να πάρετε την κάρτα από το κατάστημα στην Ερμού, από "
      "τις 8:30 ως τη 1:30"),
    P("Έστειλα 200 ευρώ με IRIS και άλλα 150 από το Viva Wallet σε δύο διαφορετικά άτομα"),
    P("Το ΑΤΜ στο Mall στο Μαρούσι μου κατάπιε την κάρτα στις δέκα το βράδυ"),
    P("Περίπου τρεις χιλιάδες ευρώ έφυγαν μέσα σε μία ώρα, από τις εφτά και είκοσι ως τις "
      "οχτώ και είκοσι"),
    P("Κλείσαμε την πρόσβαση στο e-banking, ο νέος κωδικός θα σας σταλεί σε 24 ώρες και το "
      "ημερήσιο όριο πήγε στα 500"),
    P("Η χρέωση ήταν σε δολάρια, 189,99, και έγινε 176,40 ευρώ με ισοτιμία 1,077"),
    P("Άνοιξα τον λογαριασμό στο κατάστημα 219 στο Χαλάνδρι πριν από πέντε χρόνια"),
    P("Παίρνω τρίτη φορά σήμερα, περίμενα 40 λεπτά στη γραμμή"),
    P("Η πάγια εντολή για τη ΔΕΗ, 87 ευρώ τον μήνα, δεν έχει σχέση με αυτό"),
    P("Ποτέ δεν ζητάμε κωδικούς ή το OTP στο τηλέφωνο ή με μήνυμα"),
    P("στο μήνυμα έγραφε ο λογαριασμός σας περιορίστηκε επιβεβαιώστε τα στοιχεία σας έως τις "
      "23:59"),
    P("Το ΑΤΜ ήταν στην Αγίου Δημητρίου, δίπλα στον φούρνο, γύρω στις έξι"),
    P("τριακόσια σαράντα οχτώ ευρώ και είκοσι εννιά λεπτά, τόσο χρεώθηκε"),
    P("Είναι 4 χρεώσεις από τις 10 ως τις 12 Σεπτεμβρίου, η μεγαλύτερη 1.099 ευρώ στον "
      "Κωτσόβολο"),
    P("Μου ήρθε γράμμα στις 1/3 ότι η κάρτα λήγει 04/26"),
    P("Η κόρη μου είναι 16 και ψώνισε με την κάρτα μου από το Shein, 40 ευρώ, αυτό εντάξει"),
    P("Τζαι να ξέρετε ότι στην Τράπεζα Κύπρου στη Λάρνακα είπαν μου να περιμένω 5 μέρες"),
    P("Το κατάστημα Μασούτης στην Καλαμαριά χρέωσε 54,20 δύο φορές, στις 18:02 και στις 18:03"),
]

LANGS["el"] = EL

# ================================================================= main


def self_test():
    """The check-digit helpers against well-known published examples."""
    assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")
    assert tz_ok("123456782") and not tz_ok("123456789")
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("912-12-3456")
    assert not ssn_ok("123-00-6789") and not ssn_ok("123-45-0000")
    assert en_d("07700900123", oh=True, double=True) == (
        "oh double seven double oh nine double oh one two three")


def main():
    self_test()
    os.makedirs(OUT, exist_ok=True)
    total = Counter()
    for lang, items in LANGS.items():
        rows = build(lang, items)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(rows), empty, sum(kinds.values()),
            ", ".join("%s %d" % (k, kinds[k]) for k in KINDS)))
        for k in KINDS:
            assert kinds[k] >= 7, (lang, k, kinds[k])
        assert 100 <= len(rows) <= 130 and 35 <= empty <= 45, (lang, len(rows), empty)
        total.update(kinds)
    print("all: %d spans: %s" % (sum(total.values()),
                                 ", ".join("%s %d" % (k, total[k]) for k in KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
