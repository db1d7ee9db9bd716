#!/usr/bin/env python3
"""Blind held-out redaction set "blind68" (credit-card issuers and debt collection).

Written by a helper session working only from a written brief. The helper never read
the redactor, its rules, its tests, or any other evaluation set or generator; every line
was written from the brief and from general knowledge of how people talk on the phone.
All values are invented; check digits (Luhn, mod-97, Teudat Zehut, AFM) are computed here.

Running this script (Python 3, standard library only) writes
    data/redaction/blind68/{en,ar,he,el}.jsonl
relative to the repository root (two levels above this file's folder).

Output format: one JSON object per line
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: card, iban, id, phone, email, date_of_birth, name, address
  - start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive
  - context: optional earlier line of the same call (not scored)
  - items with empty spans are non-personal and must come out unchanged
"""

import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    """Append the Luhn check digit to partial."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    n = luhn_complete(partial)
    assert 13 <= len(n) <= 19 and luhn_ok(n)
    return n


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
            "GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "KW": 30, "QA": 29, "BH": 22, "LB": 28, "TR": 26, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit()
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(country, bban):
    check = 98 - _iban_num(bban + country + "00") % 97
    s = "%s%02d%s" % (country, check, bban)
    assert iban_ok(s), s
    return s


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(d):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        total += x if x < 10 else x - 9
    return total % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(partial8):
    for c in "0123456789":
        if afm_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    n = luhn_complete(partial9)
    assert saudi_ok(n)
    return n


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, r = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and r != "0000"


def fails_all(d):
    """True when a digit string passes none of the checks of its length."""
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return False
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return False
    if len(d) == 10 and saudi_ok(d):
        return False
    return True


def decoy(start, length=None):
    """Smallest number >= start (same length) failing every check: for refs/orders."""
    n = int(start)
    L = length or len(start)
    while not fails_all(str(n).zfill(L)):
        n += 1
    return str(n).zfill(L)

# ---------------------------------------------------------------- spoken numbers

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_TENS = "_ عشرة عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()
AR_TEEN = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
           "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
# Egyptian / Levantine / Gulf / Maghrebi digit words
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_LEV = "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_GULF = "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_MA = "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split()

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = "_ עשר עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_UNIT_AFTER_TENS = ["", "ואחת", "ושתיים", "ושלוש", "וארבע", "וחמש", "ושש", "ושבע",
                      "ושמונה", "ותשע"]

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
           "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ δέκα είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()

ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ai(s):
    """Western digits -> Arabic-Indic digits."""
    return s.translate(ARABIC_INDIC)


def _two(lang, c):
    n = int(c)
    t, u = divmod(n, 10)
    if lang == "en":
        if c[0] == "0":
            return "oh " + EN_D[u]
        if t == 1:
            return EN_TEEN[u]
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    if lang == "el":
        if c[0] == "0":
            return "μηδέν " + EL_D[u]
        if t == 1:
            return EL_TEEN[u]
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    if lang == "he":
        if c[0] == "0":
            return "אפס " + HE_F[u]
        if t == 1:
            return HE_TEEN[u]
        return HE_TENS[t] + (" " + HE_UNIT_AFTER_TENS[u] if u else "")
    if lang == "ar":
        if c[0] == "0":
            return "صفر " + AR_D[u]
        if t == 1:
            return AR_TEEN[u]
        return (AR_D[u] + " و" if u else "") + AR_TENS[t]
    raise ValueError(lang)


DIGITS = {"en": EN_D, "en_oh": ["oh"] + EN_D[1:], "ar": AR_D, "ar_eg": AR_EG,
          "ar_lev": AR_LEV, "ar_gulf": AR_GULF, "ar_ma": AR_MA, "he": HE_F,
          "he_m": HE_M, "el": EL_D}


def say(lang, digits, sizes=None, sep=" ", pairs=False):
    """Speak a digit string. sizes: group sizes (joined by sep); with pairs=True a
    group of two digits is said as a two-digit number."""
    digits = digits.replace(" ", "").replace("-", "")
    sizes = sizes or [len(digits)]
    assert sum(sizes) == len(digits), (digits, sizes)
    out, i = [], 0
    base = lang.split("_")[0]
    for size in sizes:
        g = digits[i:i + size]
        i += size
        if pairs and size == 2:
            out.append(_two(base, g))
        else:
            out.append(" ".join(DIGITS[lang][int(c)] for c in g))
    return sep.join(out)


def groups(s, sizes, sep=" "):
    out, i = [], 0
    for size in sizes:
        out.append(s[i:i + size])
        i += size
    assert i == len(s), (s, sizes)
    return sep.join(out)

# ---------------------------------------------------------------- item builder

DIGIT_RUN = re.compile(r"[0-9٠-٩]+(?:[ .\-/][0-9٠-٩]+)*")


def _ascii_digits(s):
    return "".join(ch for ch in s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
                   if ch.isdigit())


def build(items, lang):
    """items: (text, [(kind, substring), ...], context) tuples; spans listed in text
    order (a repeated substring is found after the previous span)."""
    rows = []
    for idx, item in enumerate(items):
        text, spans = item[0], item[1]
        context = item[2] if len(item) > 2 else ""
        b = text.encode("utf-8")
        cursor, out = 0, []
        for kind, sub in spans:
            assert kind in KINDS, (lang, idx, kind)
            sb = sub.encode("utf-8")
            start = b.find(sb, cursor)
            assert start >= 0, (lang, idx, kind, sub, text)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (lang, idx, sub)
            dg = _ascii_digits(sub)
            if kind == "card" and len(dg) >= 13:
                assert 13 <= len(dg) <= 19 and luhn_ok(dg), (lang, idx, sub)
            if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9 A-Z]+", sub):
                assert iban_ok(sub), (lang, idx, sub)
            if kind == "id" and len(dg) in (9, 10) and len(dg) == len(
                    re.sub(r"[^0-9٠-٩]", "", sub)) and not re.search(r"\d{3}-\d{2}-\d{4}", sub):
                assert tz_ok(dg) or afm_ok(dg) or saudi_ok(dg), (lang, idx, sub)
            out.append({"kind": kind, "start": start, "end": end})
            cursor = end
        # digits outside spans must not look like a valid card / id
        covered = [(s["start"], s["end"]) for s in out]
        for m in DIGIT_RUN.finditer(text):
            ms = len(text[:m.start()].encode("utf-8"))
            me = ms + len(m.group().encode("utf-8"))
            if any(ms < e and s < me for s, e in covered):
                continue
            assert fails_all(_ascii_digits(m.group())), (lang, idx, m.group(), text)
        assert text == text.strip()
        row = {"text": text, "spans": out}
        if context:
            row["context"] = context
        rows.append(row)
    return rows

# ---------------------------------------------------------------- languages

LANGS = {}

# (languages are appended below)

# ================================================================ English, part 1
# calls: lost card (Cardiff), card stolen abroad (Irish), disputed double charge (US),
# credit limit increase (Leicester), instalment plan (Nigerian, London),
# late fee waiver (Australia)

EN_C1 = card("492918045531220")          # Gareth, spoken with "oh"
EN_C2 = card("455673018822904")          # Deshawn, digits
EN_SSN1 = "219-40-7731"
EN_IB1 = iban("GB", "MONZ04000455892317")  # Chiamaka
EN_IB2 = iban("GB", "LOYD30962471205836")  # Venky
assert ssn_ok(EN_SSN1)

EN = [
    ("Good morning, you're through to Harbourline Card Services, my name's Priya, how can I help?",
     [("name", "Priya")]),
    ("Hiya, yeah, I think I've lost my card, I had it in the Tesco on Queen Street last night and now it's gone.", []),
    ("Yeah it's Gareth Pryce, P-R-Y-C-E.",
     [("name", "Gareth Pryce"), ("name", "P-R-Y-C-E")],
     "Can I take your full name please?"),
    ("Thank you Mr Pryce. And the long number on the card, if you have it?", [("name", "Pryce")]),
    ("I've got it on the app, hang on... " + say("en_oh", EN_C1, [4, 4, 4, 4], ", ") + ".",
     [("card", say("en_oh", EN_C1, [4, 4, 4, 4], ", "))]),
    ("Fourteenth of February, nineteen seventy-nine.",
     [("date_of_birth", "Fourteenth of February, nineteen seventy-nine")],
     "Lovely. And your date of birth?"),
    ("Fourteen Ashgrove Road, um, CF24 2LN.",
     [("address", "Fourteen Ashgrove Road"), ("address", "CF24 2LN")],
     "And the first line of your address and the postcode?"),
    ("Right, that card's now cancelled. The last transaction I can see is £23.40 at Greggs at 8:12 this morning, was that you?", []),
    ("Okay, I'll raise that as fraud. Your claim reference is FR 2209 4471, and the new card should be with you in three to five working days.", []),
    ("Can we text you on 07700 900461 when it's dispatched?", [("phone", "07700 900461")]),
    ("No, that's my old number, it's oh seven nine eight three, four four one, two oh six now.",
     [("phone", "oh seven nine eight three, four four one, two oh six")]),

    ("Shannon Card emergency line, Ciarán speaking.", [("name", "Ciarán")]),
    ("Hi, this is Siobhán Ní Bhriain, my bag was robbed on Las Ramblas about an hour ago and the card was in it.",
     [("name", "Siobhán Ní Bhriain")]),
    ("Oh no, I'm sorry to hear that, Siobhán. Are you somewhere safe?", [("name", "Siobhán")]),
    ("I'm grand, I'm grand, just a bit shook. Shiv is fine by the way, everyone calls me that.",
     [("name", "Shiv")]),
    ("ok shiv can you confirm your date of birth for me", [("name", "shiv")]),
    ("the nineteenth of the sixth eighty one", [("date_of_birth", "the nineteenth of the sixth eighty one")],
     "ok shiv can you confirm your date of birth for me"),
    ("And the mobile we have is ending 52, is that still the best number?", []),
    ("Yeah, oh eight seven, two two six, four nine five two. Well, plus three five three in front when I'm over here.",
     [("phone", "oh eight seven, two two six, four nine five two")]),
    ("I can see two attempts in the last hour, €640 at a jewellers and €1,200 at El Corte Inglés, both declined.", []),
    ("We'll send the replacement to your home address, is that still 7 Clonliffe Road?",
     [("address", "7 Clonliffe Road")]),
    ("No, I moved in May, it's Flat 2, 31 Dargle View, Bray, County Wicklow, A98 K2X4.",
     [("address", "Flat 2, 31 Dargle View, Bray, County Wicklow, A98 K2X4")]),
    ("And the confirmation goes to shiv underscore nibhriain at gmail dot com, yeah?",
     [("email", "shiv underscore nibhriain at gmail dot com")]),
    ("You can collect up to €500 emergency cash within 24 hours, and the fee is waived on Gold accounts.", []),

    ("Thank you for calling Northpoint Card Services, this is Marcus, can I get your name?", [("name", "Marcus")]),
    ("Yeah, Deshawn Whitaker.", [("name", "Deshawn Whitaker")],
     "Thank you for calling Northpoint Card Services, this is Marcus, can I get your name?"),
    ("You want the whole thing? It's " + EN_SSN1 + ".", [("id", EN_SSN1)],
     "Thanks. For verification, can I get the last four of your social?"),
    ("So I bought a sectional at Morgan's Furniture on the 3rd and they charged me twice, $1,849.99 each time.", []),
    ("I see both of them, posted March 4th and March 5th. Did you contact the merchant first?", []),
    ("It's the Platinum, " + groups(EN_C2, [4, 4, 4, 4]) + ".", [("card", groups(EN_C2, [4, 4, 4, 4]))]),
    ("Okay, I've opened a dispute for the second charge. Case number is 5590 2184 77.", []),
    ("The provisional credit usually shows in 7 to 10 business days.", []),
    ("Can I get that in an email? it's d whitaker eighty-eight at yahoo dot com, D as in David.",
     [("email", "d whitaker eighty-eight at yahoo dot com")]),
    ("And is the billing address still 4417 North Wolcott Avenue, apartment 2B?",
     [("address", "4417 North Wolcott Avenue, apartment 2B")]),
    ("Yep, Chicago, six oh six four oh.", [("address", "Chicago, six oh six four oh")],
     "And is the billing address still 4417 North Wolcott Avenue, apartment 2B?"),

    ("Hello, good afternoon, my name is Venkatesh Raghunathan, I am calling regarding my credit limit.",
     [("name", "Venkatesh Raghunathan")]),
    ("Good afternoon, you're speaking with Hollie. What's the limit at the moment?",
     [("name", "Hollie")]),
    ("Currently it is three thousand five hundred, I want to increase to six thousand because of my daughter's wedding in December.", []),
    ("Around forty-two thousand, plus my wife is earning about twenty-eight.", []),
    ("Eleven years. 23 Evington Lane, Leicester, LE5 6DH.", [("address", "23 Evington Lane, Leicester, LE5 6DH")],
     "And how long have you been at your current address?"),
    ("Yes, 03/11/1962. Third November.", [("date_of_birth", "03/11/1962"), ("date_of_birth", "Third November")],
     "Could you confirm your date of birth?"),
    ("That's approved to £5,000, sorry, not the full six. It takes effect from tomorrow.", []),
    ("Fine, fine. Also for the direct debit please take from my Lloyds, IBAN is " + groups(EN_IB2, [4] * 5 + [2]) + ".",
     [("iban", groups(EN_IB2, [4] * 5 + [2]))]),
    ("Please send confirmation to venky dot r62 at outlook dot com.", [("email", "venky dot r62 at outlook dot com")]),

    ("Hello, my name is Chiamaka Okonkwo. I want to put my TV purchase on an instalment plan.",
     [("name", "Chiamaka Okonkwo")]),
    ("No problem Chiamaka, let me pull up the purchase.", [("name", "Chiamaka")]),
    ("The TV was £1,299 on the 12th of January. Which plan would you like, 6, 12 or 24 months?", []),
    ("At 12 months it's 14.9 percent, so about £117 a month, first payment on the 1st of March.", []),
    ("Okay. And I want the direct debit from my Monzo. The IBAN is " + EN_IB1[:4] + " " + EN_IB1[4:8] + " " +
     " ".join(EN_IB1[i:i + 4] for i in range(8, 22, 4)) + ".",
     [("iban", EN_IB1[:4] + " " + EN_IB1[4:8] + " " + " ".join(EN_IB1[i:i + 4] for i in range(8, 22, 4)))]),
    ("Let me read that back. G B " + say("en", EN_IB1[2:4]) + ", M O N Z, " + say("en_oh", EN_IB1[8:], [3, 3, 4, 4], ", ") + ". Correct?",
     [("iban", "G B " + say("en", EN_IB1[2:4]) + ", M O N Z, " + say("en_oh", EN_IB1[8:], [3, 3, 4, 4], ", "))]),
    ("Yes, correct. And my phone number is plus four four, seven nine three one, two six four, eight eight five.",
     [("phone", "plus four four, seven nine three one, two six four, eight eight five")]),

    ("G'day, it's Bron Hislop here, I've been slugged with a late fee and I reckon it's a bit rough.",
     [("name", "Bron Hislop")]),
    ("Sorry to hear that, Bronwyn. I can see a $35 late payment fee on the 17th.", [("name", "Bronwyn")]),
    ("The payment was due on the 15th, that was a Sunday, and I paid it first thing Monday.", []),
    ("Fair enough. As a one-off I'll reverse the $35 and the interest of $4.12.", []),
    ("Can you flick me a confirmation? It's b-r-o-n-h-i-s at bigpond dot com.", [("email", "b-r-o-n-h-i-s at bigpond dot com")]),
    ("And your mobile is oh four one two, three three eight, nine oh one?", [("phone", "oh four one two, three three eight, nine oh one")]),
]

# ================================================================ English, part 2
# calls: debt collector on a store card (Glasgow), collection agency settlement (Texas),
# card declined abroad (Indian expat in Riyadh), bereavement (London),
# outbound fraud check (Milwaukee), paying a card from a German account (Dublin),
# hardship programme (California), Irish collection agency, Israeli card company's
# English line, Saudi student in Manchester, US collector (Ohio)


def en_dbl(digits, sizes):
    """Say digits in groups, pairs of equal digits as 'double X' (Indian/UK habit)."""
    out = []
    for g in groups(digits, sizes).split(" "):
        words, i = [], 0
        while i < len(g):
            if i + 1 < len(g) and g[i] == g[i + 1] and (i + 2 >= len(g) or g[i + 2] != g[i]):
                words.append("double " + EN_D[int(g[i])])
                i += 2
            else:
                words.append(EN_D[int(g[i])])
                i += 1
        out.append(" ".join(words))
    return ", ".join(out)


EN_C3 = card("541275190344286")
EN_C4 = card("400022231758830")
EN_C5 = card("524617008813590")
EN_C6 = card("37615208944712")
EN_C7 = card("458003711290446")
EN_C8 = card("446404338817520")
EN_SSN2, EN_SSN3, EN_SSN4 = "461-27-3381", "534-81-2066", "508-62-1947"
assert all(ssn_ok(s) for s in (EN_SSN2, EN_SSN3, EN_SSN4))
EN_IQ = saudi("243051877")
EN_SAID = saudi("109348826")
EN_TZ = tz("03418852")
EN_IB3 = iban("GB", "BARC20456383910274")
EN_IB4 = iban("DE", "500105175407324931")
EN_IB5 = iban("IE", "AIBK93115212345678")
EN_IB6 = iban("IE", "BOFI90001755302184")
EN_IB6_SAID = ("I E " + say("en", EN_IB6[2:4]) + ", B O F I, " + say("en", EN_IB6[8:], [3, 3, 4, 4], ", "))
EN_C4_SAID = EN_C4[:4] + " " + EN_C4[4:8] + ", um, " + say("en_oh", EN_C4[8:], [4, 4], ", ")
EN_SSN3_SAID = say("en", EN_SSN3, [3, 2, 4], ", ")
EN_SSN4_SAID = say("en_oh", EN_SSN4, [3, 2, 4], " dash ")

EN += [
    ("Hello, this is Daniel calling from Castlegate Recoveries, am I speaking with Terence McAllister?",
     [("name", "Daniel"), ("name", "Terence McAllister")]),
    ("twenty second of august sixty seven", [("date_of_birth", "twenty second of august sixty seven")],
     "Before I go on, for data protection, can you confirm your date of birth?"),
    ("Thank you. We've been passed the Brightway store card account, there's an outstanding balance of £1,863.40.", []),
    ("It was defaulted in 2019, but the debt is still owed. Could we look at an arrangement today?", []),
    ("i can maybe do forty quid a month, i'm on universal credit the now", []),
    ("£40 a month is fine. First payment on the 1st of next month, then monthly on the 1st. Your reference with us is CR 7731 0964.", []),
    ("aye go on then take it off my debit card its " + groups(EN_C3, [4, 4, 4, 4]),
     [("card", groups(EN_C3, [4, 4, 4, 4]))]),
    ("And the letters, is that still 2/1, 118 Dumbarton Road?", [("address", "2/1, 118 Dumbarton Road")]),
    ("naw i'm at my sister's now, 9 Craigton Drive, Cardonald, G52 3BQ",
     [("address", "9 Craigton Drive, Cardonald, G52 3BQ")],
     "And the letters, is that still 2/1, 118 Dumbarton Road?"),

    ("Lone Star Account Services, how may I help you?", []),
    ("Hi, yes, my name is Maria Elena Gutierrez, I got a letter about an old Visa.",
     [("name", "Maria Elena Gutierrez")]),
    ("My social is " + EN_SSN2 + " and my birthday is July 4th, 1988.",
     [("id", EN_SSN2), ("date_of_birth", "July 4th, 1988")],
     "Can you verify your social and your date of birth?"),
    ("The balance is $2,415.77. We can offer a settlement of 60 percent, $1,449.46, if it's paid by the 30th.", []),
    ("We can do $150 a month for ten months, and the remaining balance would be reviewed after that.", []),
    ("Okay. I'll pay the first one with my debit card, " + EN_C4_SAID + ".", [("card", EN_C4_SAID)]),
    ("Send the agreement to mariaelena.gtz@hotmail.com please, and my cell is 915-274-0863.",
     [("email", "mariaelena.gtz@hotmail.com"), ("phone", "915-274-0863")]),
    ("You can also mail payments to P.O. Box 20417, Dallas, Texas 75220, just write the account number on the check.", []),

    ("Yes madam, Mohammed Rafiq Ansari.", [("name", "Mohammed Rafiq Ansari")],
     "May I have your name please?"),
    ("Iqama number is " + say("en", EN_IQ, [4, 3, 3], ", ") + ".", [("id", say("en", EN_IQ, [4, 3, 3], ", "))]),
    ("So that's " + groups(EN_IQ, [4, 3, 3]) + ", correct?", [("id", groups(EN_IQ, [4, 3, 3]))]),
    ("Correct. The card got declined at Lulu Hypermarket for 487 riyals, at 9:40 in the night.", []),
    ("The card number is " + en_dbl(EN_C5, [4, 4, 4, 4]) + ".", [("card", en_dbl(EN_C5, [4, 4, 4, 4]))]),
    ("Please deliver to my office, Al Olaya Street, Faisaliah Tower side, building 7, office 12, Riyadh 12214.",
     [("address", "Al Olaya Street, Faisaliah Tower side, building 7, office 12, Riyadh 12214")]),
    ("Plus nine six six, five four, three one eight, two two seven oh.",
     [("phone", "Plus nine six six, five four, three one eight, two two seven oh")],
     "And a contact number for the courier?"),

    ("Hi, my name is Nkechi Adebayo, I'm calling because my dad passed away last month and he had one of your cards.",
     [("name", "Nkechi Adebayo")]),
    ("I've got the card here, it's " + say("en", EN_C6, [4, 6, 5], ", ") + ". And his date of birth was the second of May, 1941.",
     [("card", say("en", EN_C6, [4, 6, 5], ", ")), ("date_of_birth", "the second of May, 1941")]),
    ("Thank you. There's a credit balance of £212.60 on the account, which we'll refund to the estate.", []),
    ("I'm the executor, you can pay it into my account, IBAN " + groups(EN_IB3, [4] * 5 + [2]) + ".",
     [("iban", groups(EN_IB3, [4] * 5 + [2]))]),
    ("We'll need a copy of the death certificate and the grant of probate, please post them to Freepost NPC Bereavement, no stamp needed.", []),
    ("Oh two oh, eight six nine two, four four one seven. That's my landline in Lewisham.",
     [("phone", "Oh two oh, eight six nine two, four four one seven")],
     "And the best number to reach you on?"),

    ("Hi, I'm calling from Northpoint Fraud Prevention, may I speak with the cardholder, please?", []),
    ("This is Jim.", [("name", "Jim")], "Hi, I'm calling from Northpoint Fraud Prevention, may I speak with the cardholder, please?"),
    ("Ten nine fifty-five.", [("date_of_birth", "Ten nine fifty-five")],
     "Thanks. Before we go on, could you verify your date of birth?"),
    ("A charge of $89.00 at Walgreens in Milwaukee at 10:15, and a $1,200 charge at Best Buy online at 10:31.", []),
    ("The Walgreens is me. The Best Buy is not, I've never shopped there in my life.", []),
    ("Okay, I've declined it and blocked the card ending in 0042. A new card ships overnight by FedEx.", []),

    ("Hi, Matthias Vogel here, I want to pay off my card from my German account.", [("name", "Matthias Vogel")]),
    ("It is DE, um, " + groups(EN_IB4, [4] * 5 + [2]) + ", at the Commerzbank.",
     [("iban", groups(EN_IB4, [4] * 5 + [2]))]),
    ("And afterwards the direct debit from the Irish one, " + EN_IB5 + ".", [("iban", EN_IB5)]),
    ("The direct debit takes 3 percent or €25, whichever is higher, on the 22nd of each month.", []),
    ("Grand. The statements, please only by mail, m.vogel79@web.de.", [("email", "m.vogel79@web.de")]),

    ("Hello, I am calling because I lost my job in February and I cannot make the full payment this month.", []),
    ("I'm sorry to hear that. We have a hardship program that lowers your APR to 6 percent for 12 months.", []),
    ("It is " + EN_SSN3_SAID + ".", [("id", EN_SSN3_SAID)], "For the application I'll need your Social Security number."),
    ("Email is lakshmi dot n dot nineteen ninety at gmail dot com, and mobile four oh eight, six six one, two oh nine three.",
     [("email", "lakshmi dot n dot nineteen ninety at gmail dot com"), ("phone", "four oh eight, six six one, two oh nine three")]),

    ("Liffey Recoveries, we're collecting on behalf of Shannon Card. The arrears are three payments, €286.50 in total.", []),
    ("Right, I'll set up a standing order so. " + EN_IB6_SAID + ".", [("iban", EN_IB6_SAID)]),
    ("Lovely, so " + groups(EN_IB6, [4] * 5 + [2]) + ", starting Friday the 9th.", [("iban", groups(EN_IB6, [4] * 5 + [2]))]),

    ("Hi, this is Shira Goldberg, I made aliyah from New Jersey and my card is being declined everywhere.",
     [("name", "Shira Goldberg")]),
    ("It's " + groups(EN_TZ, [3, 3, 3], "-") + ". And my card is " + groups(EN_C7, [4, 4, 4, 4]) + ".",
     [("id", groups(EN_TZ, [3, 3, 3], "-")), ("card", groups(EN_C7, [4, 4, 4, 4]))]),
    ("Text me at zero five four, seven seven one, two three, oh eight, and my email is shiragold at walla dot co dot il.",
     [("phone", "zero five four, seven seven one, two three, oh eight"), ("email", "shiragold at walla dot co dot il")]),

    ("My card from Al Rajhi is not working here in Manchester, I'm a student at the university.", []),
    ("My national ID is " + EN_SAID + ", and the card number " + groups(EN_C8, [4, 4, 4, 4]) + ".",
     [("id", EN_SAID), ("card", groups(EN_C8, [4, 4, 4, 4]))],
     "Can I have your national ID number and the card number?"),
    ("You can email me, a dot alharbi at hotmail dot co dot uk.", [("email", "a dot alharbi at hotmail dot co dot uk")]),

    ("Buckeye Collections, I'll need your Social to pull up the file.", []),
    ("Yeah, it's " + EN_SSN4_SAID + ".", [("id", EN_SSN4_SAID)], "Buckeye Collections, I'll need your Social to pull up the file."),
    ("That account was opened in August 2016, the last payment we have is $75 from October 2022.", []),
    ("The statute of limitations in Ohio is six years, so we can't sue, but it can still be on your credit report until 2026.", []),
    ("Our office is open 8 to 8 Eastern, Monday through Saturday, and the file number is 33 0471 986.", []),
]

LANGS["en"] = EN

# ================================================================ Arabic, part 1
# calls: lost card (Riyadh, Gulf), double charge at a hotel (Dubai), instalments on a
# fridge (Cairo, Egyptian), collection agency on card arrears (Amman, Levantine),
# credit limit (Beirut, Lebanese), card stolen in Paris (Casablanca, Darija)

AR_SAID1 = saudi("104572293")
AR_IB1 = iban("AE", "0330000019283746501")
AR_IB2 = iban("EG", "0003041200000000471926305")
AR_IB3 = iban("JO", "AJIB1020000000312045876109")
AR_IB4 = iban("LB", "004200000003204718226915")
AR_C1 = card("535018720046613")
AR_SAID1_SAID = say("ar_gulf", AR_SAID1, [1, 3, 3, 3], "، ")
AR_C1_SAID = say("ar_ma", AR_C1, [4, 4, 4, 4], "، ")
AR_EGPH = say("ar_eg", "01283700928", [3, 4, 4], "، ")
AR_IB3_TXT = groups(AR_IB3, [4] * 7 + [2])

AR = [
    ("مصرف الراية، خدمة البطاقات، معك نورة، كيف أقدر أخدمك؟", [("name", "نورة")]),
    ("هلا والله، معك عبدالرحمن الدوسري، بطاقتي الائتمانية ضاعت أمس في الرياض بارك.",
     [("name", "عبدالرحمن الدوسري")]),
    ("ولا يهمك أستاذ عبدالرحمن، بنوقفها الحين. عطني رقم الهوية لو سمحت.", [("name", "عبدالرحمن")]),
    ("رقم الهوية " + AR_SAID1_SAID + ".", [("id", AR_SAID1_SAID)], "عطني رقم الهوية لو سمحت."),
    ("تمام، البطاقة الحين موقوفة. آخر عملية عليها كانت ٣٤٥ ريال في صيدلية النهدي الساعة ١١ ونص بالليل، هذي أنت؟", []),
    ("لا والله مو أنا، أنا كنت نايم الساعة عشر.", []),
    ("جوالي صفر خمسة خمسة، ٢٨٤، ٦٧١٣.", [("phone", "صفر خمسة خمسة، ٢٨٤، ٦٧١٣")],
     "وش رقم جوالك عشان نرسل لك رسالة التأكيد؟"),
    ("البطاقة الجديدة بتوصلك خلال خمسة إلى سبعة أيام عمل، ورسوم الإصدار ٥٠ ريال.", []),
    ("لا، وصلوها على البيت الجديد، حي الملقا، شارع أنس بن مالك، فيلا ١٤.",
     [("address", "حي الملقا، شارع أنس بن مالك، فيلا ١٤")],
     "وين نوصلها؟ نفس العنوان المسجل عندنا؟"),
    ("تاريخ الميلاد ١٥/٧/١٤٠٥ هجري.", [("date_of_birth", "١٥/٧/١٤٠٥ هجري")], "وتاريخ ميلادك للتأكيد؟"),

    ("شكراً لاتصالك ببطاقات النخلة، معك سلطان، شلون أقدر أساعدك؟", [("name", "سلطان")]),
    ("مرحبا، أنا مريم الكتبي، في مبلغ انخصم مرتين من بطاقتي في فندق بأبوظبي.", [("name", "مريم الكتبي")]),
    ("حاضرين أختي مريم. كم المبلغ وأي تاريخ؟", [("name", "مريم")]),
    ("١٬٢٥٠ درهم، يوم ١٨ فبراير، وانخصم مرة ثانية يوم ٢٠ فبراير.", []),
    ("زين، فتحت لك طلب اعتراض، رقم الطلب ٤٤٠٩١٧٣، ويستغرق من ١٤ إلى ٣٠ يوم عمل.", []),
    ("وإذا رجع المبلغ حولوه على حسابي في بنك ثاني، الآيبان " + groups(AR_IB1, [4] * 5 + [3]) + ".",
     [("iban", groups(AR_IB1, [4] * 5 + [3]))]),
    ("ورقم تلفوني ٠٥٠ ٧٧١ ٣٠٤٢ إذا احتجتوا شي.", [("phone", "٠٥٠ ٧٧١ ٣٠٤٢")]),
    ("والإيميل مريم دوت الكتبي آت ياهو دوت كوم.", [("email", "مريم دوت الكتبي آت ياهو دوت كوم")]),
    ("إن شاء الله يوصلك الرد قبل نهاية الشهر، والمبلغ المتنازع عليه ما عليه فوائد.", []),

    ("أهلاً بحضرتك في خدمة عملاء بطاقات النيل، معاك ياسمين، أقدر أساعد حضرتك إزاي؟", [("name", "ياسمين")]),
    ("أهلاً يا فندم، أنا محمد عبد الفتاح، عايز أقسط تلاجة اشتريتها بالفيزا.", [("name", "محمد عبد الفتاح")]),
    ("تمام يا أستاذ محمد، التلاجة كانت بكام وإمتى؟", [("name", "محمد")]),
    ("بـ ٢٤ ألف و٥٠٠ جنيه، من كارفور المعادي يوم ٣ مارس.", []),
    ("ممكن نقسطها على ٦ أو ١٢ أو ١٨ شهر، على ١٢ شهر القسط هيبقى حوالي ٢٢٧٠ جنيه، والفايدة ١.٥٪ في الشهر.", []),
    ("طب ماشي، خليها ١٢ شهر، بس أول قسط يبقى بعد المرتب يوم ٢٥.", []),
    ("واحد وعشرين سبعة، ألف تسعمية سبعة وسبعين.", [("date_of_birth", "واحد وعشرين سبعة، ألف تسعمية سبعة وسبعين")],
     "محتاجة بس أتأكد من تاريخ ميلاد حضرتك."),
    ("والقسط يتخصم من حسابي، الآيبان " + groups(AR_IB2, [4] * 7 + [1]) + ".",
     [("iban", groups(AR_IB2, [4] * 7 + [1]))]),
    ("ورقم موبايلي " + AR_EGPH + "، ده عليه واتساب.", [("phone", AR_EGPH)]),
    ("هتوصلك رسالة فيها تفاصيل الخطة خلال ٢٤ ساعة، ولو عايز تلغي عندك ١٤ يوم.", []),

    ("مرحبا، معك شركة الضمان للتحصيل، بنحكي نيابة عن بنك عمّان التجاري بخصوص بطاقة الائتمان.", []),
    ("أنا رامي الخطيب، شو القصة؟", [("name", "رامي الخطيب")]),
    ("أستاذ رامي، في عليك متأخرات على البطاقة من ثلاث شهور، المبلغ ٨٤٠ دينار مع الغرامات.", [("name", "رامي")]),
    ("والله الوضع صعب هالفترة، بقدر أدفع ١٠٠ بالشهر مش أكتر.", []),
    ("ماشي، منعمل تسوية ١٠٠ دينار شهرياً لتسع شهور، وأول دفعة بتاريخ ١ نيسان.", []),
    ("بدي أدفع بتحويل من حسابي، الآيبان " + AR_IB3_TXT + ".", [("iban", AR_IB3_TXT)]),
    ("صفر سبعة تسعة، خمسة خمسة واحد، تنين صفر تمانية تلاتة.", [("phone", "صفر سبعة تسعة، خمسة خمسة واحد، تنين صفر تمانية تلاتة")],
     "وشو رقم جوالك؟"),
    ("ساكن في جبل الحسين، شارع خالد بن الوليد، عمارة ٢٣، الطابق التاني، عمّان.",
     [("address", "جبل الحسين، شارع خالد بن الوليد، عمارة ٢٣، الطابق التاني، عمّان")],
     "وين عنوانك هلأ عشان نبعتلك الاتفاقية؟"),
    ("تاريخ ميلادي ٣/١١/١٩٨٥.", [("date_of_birth", "٣/١١/١٩٨٥")]),
    ("رقم الاتفاقية عندنا ٢٠٢٤-٠٣٣٨١، احتفظ فيه لأي مراجعة.", []),

    ("بونجور، أنا ريتا حداد، بدي أرفع سقف البطاقة لو سمحت.", [("name", "ريتا حداد")]),
    ("أهلين مدام ريتا، السقف هلق ٣٠٠٠ دولار، قديش بدك ياه يصير؟", [("name", "ريتا")]),
    ("إذا فيك خليه ٥٠٠٠، عندي سفرة ع باريس بآب وبدي أحجز الفندق.", []),
    ("ريتا دوت حداد واحد وتسعين آت جيميل دوت كوم.", [("email", "ريتا دوت حداد واحد وتسعين آت جيميل دوت كوم")],
     "لازم نعمل تحديث للمعلومات. شو الإيميل تبعك؟"),
    ("سبعين، أربعة واحد تنين، تلاتة تلاتة تمانية.", [("phone", "سبعين، أربعة واحد تنين، تلاتة تلاتة تمانية")],
     "ورقم تلفونك؟"),
    ("ومعاشي بينزل ع حساب " + AR_IB4 + "، إذا بدكن إياه.", [("iban", AR_IB4)]),
    ("الطلب بياخد ٤٨ ساعة، وبتوصلك رسالة من ٩٩٠٠ لما ينوافق.", []),

    ("ألو، السلام عليكم، أنا يوسف بنعلي، تسرقات ليا الكارط ديالي فباريس.", [("name", "يوسف بنعلي")]),
    ("وعليكم السلام سي يوسف، دابا نوقفو ليك الكارط. عطيني النمرة ديالها إلا كانت عندك.", [("name", "يوسف")]),
    ("عندي غير الفوطوكوبي ديالها، " + AR_C1_SAID + ".", [("card", AR_C1_SAID)]),
    ("كاينة عملية ديال ٢٣٠ أورو فمحل ديال الساعات فشارع ريفولي، الساعة ٣ ديال العشية.", []),
    ("ماشي أنا، أنا كنت فالميترو فديك الساعة.", []),
    ("صيفطوها ليا للدار، رقم ١٥، زنقة ابن خلدون، المعاريف، الدار البيضاء.",
     [("address", "رقم ١٥، زنقة ابن خلدون، المعاريف، الدار البيضاء")],
     "فين نصيفطو ليك الكارط الجديدة؟"),
    ("النمرة ديالي ٠٦ ٦٢ ٤٨ ١٧ ٣٩، عيطو ليا من بعد الستة.", [("phone", "٠٦ ٦٢ ٤٨ ١٧ ٣٩")]),
]

# ================================================================ Arabic, part 2
# calls: rescheduling a card debt (Kuwait, MSA), balance transfer (Doha), collector and
# an Egyptian resident of Jeddah, refund dispute after a cancelled trip (Riyadh),
# limit review (Bahrain), declined card at an Israeli card company's Arabic line
# (Nazareth), outbound collector (Saudi), Sudanese resident's arrangement (Riyadh)

AR_IB5 = iban("KW", "NBOK0000000000002017344810")
AR_IB6 = iban("QA", "QGBA000000001234567890123")
AR_IB7 = iban("BH", "BBKU00200001234567")
AR_IB8 = iban("IL", "0126230000004718365")
AR_C2 = card("422731660958042")
AR_C3 = card("588845102736618")
AR_C4 = card("510510743882091")
AR_C5 = card("464811290573316")
AR_C6 = card("458321600744192")
AR_C7 = card("403874122590661")
AR_IQ1 = saudi("234017762")
AR_SAID2 = saudi("112908374")
AR_TZ = tz("03271954")
AR_SAID3 = saudi("108821563")
AR_IQ2 = saudi("245590318")
AR_C2_SAID = say("ar_gulf", AR_C2, [4, 4, 4, 4], "، ")
AR_IQ1_SAID = say("ar", AR_IQ1, [4, 3, 3], "، ")
AR_TZ_SAID = say("ar_lev", AR_TZ, [3, 3, 3], "، ")
AR_SAID3_TXT = ai(AR_SAID3)

AR += [
    ("السلام عليكم، معكم فاطمة العنزي، وصلتني رسالة من شركة تحصيل بخصوص مديونية على بطاقة ائتمانية.",
     [("name", "فاطمة العنزي")]),
    ("وعليكم السلام، نعم، المديونية بقيمة ١٬٩٤٠ ديناراً، ومتأخرة منذ شهر أكتوبر الماضي.", []),
    ("أرغب في جدولة المبلغ على اثني عشر شهراً، ويكون الخصم من حسابي " + groups(AR_IB5, [4] * 7 + [2]) + ".",
     [("iban", groups(AR_IB5, [4] * 7 + [2]))]),
    ("وأرجو إرسال الاتفاقية على البريد الإلكتروني fatma_alenezi@hotmail.com.", [("email", "fatma_alenezi@hotmail.com")]),
    ("العنوان: الجابرية، قطعة ٦، شارع ٢، منزل ٣١.", [("address", "الجابرية، قطعة ٦، شارع ٢، منزل ٣١")]),
    ("سيتم خصم ١٦٢ ديناراً في الخامس من كل شهر ابتداءً من مايو، وتُلغى رسوم التأخير البالغة ٤٥ ديناراً.", []),

    ("هلا، خالد المري معك، أبي أحول رصيد بطاقة ثانية عندكم.", [("name", "خالد المري")]),
    ("أبشر، عطني رقم البطاقة الثانية.", []),
    ("اوكي، " + AR_C2_SAID + ".", [("card", AR_C2_SAID)], "أبشر، عطني رقم البطاقة الثانية."),
    ("الرصيد المحول ١٨ ألف ريال، ورسوم التحويل ٢٪، وبدون فوايد لمدة ٦ شهور.", []),
    ("والسداد من الحساب " + AR_IB6 + " في قطر الأول.", [("iban", AR_IB6)]),
    ("العنوان مبنى ٤٥، شارع ٩٨٠، منطقة ٥٥، الوعب، الدوحة.", [("address", "مبنى ٤٥، شارع ٩٨٠، منطقة ٥٥، الوعب، الدوحة")]),
    ("وإيميلي خالد أندر سكور المري آت جيميل دوت كوم.", [("email", "خالد أندر سكور المري آت جيميل دوت كوم")]),
    ("وتاريخ ميلادي أربعطعش عشرة ألف وتسعمية وتسعين.", [("date_of_birth", "أربعطعش عشرة ألف وتسعمية وتسعين")]),
    ("جوالي ٣٣ ٤٠٧ ١٥٨، قطري.", [("phone", "٣٣ ٤٠٧ ١٥٨")]),

    ("معاك أحمد السيد، أنا مقيم في جدة، كلموني من شركة التحصيل بخصوص الفيزا.", [("name", "أحمد السيد")]),
    ("رقم الإقامة " + ai(groups(AR_IQ1, [4, 3, 3])) + ".", [("id", ai(groups(AR_IQ1, [4, 3, 3])))],
     "ممكن رقم الإقامة عشان أطلع الملف؟"),
    ("يعني " + AR_IQ1_SAID + "، صح؟", [("id", AR_IQ1_SAID)]),
    ("صح. المتأخرات كام؟", []),
    ("المتأخرات ٦٬٣٠٠ ريال، ونقدر نقسطها على ٨ دفعات، كل دفعة ٧٨٧ ريال ونص.", []),
    ("خلاص، أول دفعة هدفعها من كارت مدى، رقمه " + ai(groups(AR_C3, [4, 4, 4, 4])) + ".",
     [("card", ai(groups(AR_C3, [4, 4, 4, 4])))]),
    ("وموبايلي صفر خمسة صفر، تلاتة تلاتة تمانية، واحد اتنين سبعة ستة، ده عليه واتساب برضه.",
     [("phone", "صفر خمسة صفر، تلاتة تلاتة تمانية، واحد اتنين سبعة ستة")]),
    ("الإيميل ahmed el sayed 85 at yahoo dot com، من غير h في الآخر.",
     [("email", "ahmed el sayed 85 at yahoo dot com")]),

    ("السلام عليكم، أنا ريم القحطاني، عندي اعتراض على عملية بالبطاقة.", [("name", "ريم القحطاني")]),
    ("وعليكم السلام أستاذة ريم، تفضلي.", [("name", "ريم")]),
    ("شركة الطيران لغت الرحلة SV 1025 وما رجعوا لي ٢٬٨٠٠ ريال، والعملية كانت بتاريخ ٩ يناير.", []),
    ("رقم الهوية " + ai(AR_SAID2) + "، وتاريخ ميلادي ٢٥ مارس ١٩٩٢.",
     [("id", ai(AR_SAID2)), ("date_of_birth", "٢٥ مارس ١٩٩٢")], "أحتاج رقم الهوية وتاريخ الميلاد للتحقق."),
    ("البطاقة اللي عليها العملية " + groups(AR_C4, [4, 4, 4, 4]) + ".", [("card", groups(AR_C4, [4, 4, 4, 4]))]),
    ("ابعثوا لي الرد على reem.alqahtani@outlook.sa لو سمحتوا.", [("email", "reem.alqahtani@outlook.sa")]),
    ("تم تسجيل الاعتراض برقم ٧٧٣٠٥٢، والرد خلال ٤٥ يوم حسب تعليمات البنك المركزي.", []),

    ("أبي أرفع الحد من ٨٠٠ دينار إلى ١٥٠٠، راتبي زاد من يناير.", []),
    ("رقم البطاقة ٤٦٤٨، ١١٢٩، ٠٥٧٣، " + ai(AR_C5[12:]) + "، وحسابي " + AR_IB7 + ".",
     [("card", "٤٦٤٨، ١١٢٩، ٠٥٧٣، " + ai(AR_C5[12:])), ("iban", AR_IB7)]),
    ("مواليد سبعة وعشرين ستة تسعة وثمانين.", [("date_of_birth", "سبعة وعشرين ستة تسعة وثمانين")],
     "وتاريخ ميلادك؟"),
    ("شقة ١٢، مبنى ٢٣٤٥، طريق ٤٢٣٦، مجمع ٩٤٢، الرفاع.", [("address", "شقة ١٢، مبنى ٢٣٤٥، طريق ٤٢٣٦، مجمع ٩٤٢، الرفاع")],
     "العنوان الحالي لو سمحت؟"),
    ("الطلب راح للجنة الائتمان، وعادة يطلع الرد خلال ثلاث أيام عمل، يعني قبل يوم الخميس.", []),

    ("مرحبا، معك سامر عودة من الناصرة، الكرت تبعي انرفض بالسوبرماركت مبارح.", [("name", "سامر عودة")]),
    ("رقم الهوية " + AR_TZ_SAID + ".", [("id", AR_TZ_SAID)], "ممكن رقم الهوية؟"),
    ("يعني " + groups(AR_TZ, [3, 3, 3], "-") + "، تمام.", [("id", groups(AR_TZ, [3, 3, 3], "-"))]),
    ("الكرت انرفض لأنه الخصم من البنك رجع، في عليك ٣٬٤٠٠ شيكل متأخرات من شهرين.", []),
    ("بحوّل هلأ من حسابي " + groups(AR_IB8, [4] * 5 + [3]) + "، وبعتولي رقم الكرت الجديد " + groups(AR_C6, [4, 4, 4, 4]) + " بالرسالة.",
     [("iban", groups(AR_IB8, [4] * 5 + [3])), ("card", groups(AR_C6, [4, 4, 4, 4]))]),
    ("تلفوني ٠٥٢-٨٨٤٣١٢٠، والعنوان شارع بولس السادس ٤٥، الناصرة.",
     [("phone", "٠٥٢-٨٨٤٣١٢٠"), ("address", "شارع بولس السادس ٤٥، الناصرة")]),
    ("مواليد ١٢/٩/١٩٨٧.", [("date_of_birth", "١٢/٩/١٩٨٧")], "وتاريخ الميلاد؟"),
    ("إيميلي samer.odeh at walla dot co dot il.", [("email", "samer.odeh at walla dot co dot il")]),

    ("السلام عليكم، معك عبدالله من قسم التحصيل، هل أتكلم مع صاحب البطاقة؟", [("name", "عبدالله")]),
    ("إيه نعم معك، رقم هويتي " + AR_SAID3_TXT + " إذا تبي تتأكد.", [("id", AR_SAID3_TXT)]),
    ("عليك مبلغ ٤٬١٢٠ ريال متأخر من ١٢٠ يوم، ولازم نسدده قبل ما ينرفع لسمة.", []),
    ("مواليد عشرين شوال أربعطعش مية وعشرة.", [("date_of_birth", "عشرين شوال أربعطعش مية وعشرة")],
     "للتحقق، تاريخ ميلادك بالهجري؟"),
    ("بسدد الحين ٢٠٠٠ من البطاقة الثانية " + say("ar_gulf", AR_C7, [4, 4, 4, 4], " ") + "، والباقي على دفعتين.",
     [("card", say("ar_gulf", AR_C7, [4, 4, 4, 4], " "))]),

    ("أنا عثمان، سوداني مقيم في الرياض، عايز أعمل تسوية للمديونية.", [("name", "عثمان")]),
    ("رقم الإقامة " + AR_IQ2 + "، وعنواني حي البطحاء، شارع الوزير، عمارة ٧، شقة ٣.",
     [("id", AR_IQ2), ("address", "حي البطحاء، شارع الوزير، عمارة ٧، شقة ٣")]),
    ("رقمي ٠٥٩ ٨٢٠ ٤٤١٧ وإيميلي osman.babiker@gmail.com.", [("phone", "٠٥٩ ٨٢٠ ٤٤١٧"), ("email", "osman.babiker@gmail.com")]),
    ("اتفقنا، ٥٠٠ ريال كل شهر لمدة ١٤ شهر، والمرجع عندنا ٩٠٣٣٧١٢٤.", []),
    ("رسوم السداد المبكر صفر، وممكن تدفع من أي فرع أو من تطبيق البنك يوم الأحد أو الإثنين.", []),
    ("مكتبنا في طريق الملك فهد جنب مكتبة جرير، الدور الرابع، من الساعة ٨ الصبح لين ٤ العصر.", []),
    ("فاتورة شهر رمضان كانت ٢٬٣٤٠ ريال، والحد الأدنى للسداد ٥٪ يعني ١١٧ ريال.", []),
    ("الفوايد السنوية ٢٤٪، ولو سددت كامل المبلغ قبل ٢٥ الشهر ما عليك ولا هللة.", []),
]

# Arabic, part 3: card kept by an ATM (Amman) and a few more non-personal lines
AR_C8 = card("455701823364019")
AR_REF1 = decoy("330988156")
AR_C8_SAID = say("ar_lev", AR_C8[:8], [4, 4], "، ") + "، " + groups(AR_C8[8:], [4, 4])

AR += [
    ("ألو، بطاقتي انسحبت جوا الصراف الآلي عند دوار الداخلية، الساعة وحدة الظهر.", []),
    ("رقم البطاقة " + AR_C8_SAID + "، وهي فيزا بلاتينيوم.", [("card", AR_C8_SAID)]),
    ("منرجعلك البطاقة من الفرع بعد ٣ أيام عمل، أو منطبعلك وحدة جديدة برسوم ١٠ دنانير.", []),
    ("الرقم المرجعي للطلب " + ai(AR_REF1) + "، احتفظي فيه لو سمحتي.", []),
    ("الدفعة اللي فاتت اتأخرت يومين بس، ليه اتحسب عليا غرامة ١٥٠ جنيه؟", []),
    ("كشف حساب شهر ١١ فيه مشتريات من أمازون بـ ٣٬٤٥٠ جنيه وأوبر بـ ٢٨٠ جنيه.", []),
    ("خلصت ٢٠٠٠ درهم فالوكالة اللي فشارع محمد الخامس نهار الجمعة، وباقي ما بان فالحساب.", []),
    ("بتمنى تشيلولي الفايدة، دفعت ٧٥٠ دولار بـ ١٥ الشهر، بس الدفعة وصلت بـ ١٨.", []),
]

LANGS["ar"] = AR

# ================================================================ Hebrew, part 1
# calls: lost card after a party (Tel Aviv), disputed online charge (Russian-speaking
# pensioner), instalments on a fridge (Ethiopian-Israeli caller), collection agency
# letter (French immigrant), credit-line increase (Anglo immigrant), card blocked abroad
# (Druze caller from Daliyat al-Karmel)

HE_TZ1 = tz("20583146")
HE_TZ2 = tz("31672049")
HE_TZ3 = tz("32108857")
HE_TZ4 = tz("02914735")
HE_C1 = card("532611804472093")
HE_IB1 = iban("FR", "10278060310002045310172")
HE_IB2 = iban("IL", "0108000000234567819")
HE_REF1 = decoy("732214805")
HE_TZ1_SAID = say("he", HE_TZ1)
HE_TZ2_SAID = say("he_m", HE_TZ2, [3, 3, 3], ", ")

HE = [
    ("כרטיסי אופק שלום, מדברת מורן, איך אפשר לעזור?", [("name", "מורן")]),
    ("היי, מדבר עומרי לוי, נראה לי שאיבדתי את הכרטיס אתמול בלילה בפלורנטין.", [("name", "עומרי לוי")]),
    ("אוקיי עומרי, אני חוסמת אותו עכשיו. תעודת זהות בבקשה?", [("name", "עומרי")]),
    (HE_TZ1_SAID, [("id", HE_TZ1_SAID)], "אוקיי עומרי, אני חוסמת אותו עכשיו. תעודת זהות בבקשה?"),
    ("רגע, יש פה שתי עסקאות מהלילה, 89 שקל בוולט ו-240 שקל בבר שנקרא הדסה, אתה מזהה?", []),
    ("את הוולט כן, את הבר לא, לא הייתי שם בכלל.", []),
    ("הכרטיס החדש יגיע תוך חמישה ימי עסקים, עלות ההנפקה 15 ש\"ח.", []),
    ("אפשר לשלוח אותו לכתובת אחרת? אני עכשיו גר ברחוב ויטל 6 דירה 3, תל אביב.",
     [("address", "רחוב ויטל 6 דירה 3, תל אביב")]),
    ("ולאן לשלוח את אישור החסימה, לנייד שמסתיים ב-17?", []),
    ("כן, אפס חמש אפס, שבע שתיים שמונה, שלושים ושלוש, שבע עשרה.",
     [("phone", "אפס חמש אפס, שבע שתיים שמונה, שלושים ושלוש, שבע עשרה")],
     "ולאן לשלוח את אישור החסימה, לנייד שמסתיים ב-17?"),

    ("שלום, שמי ילנה קוזלוב, אני רוצה לערער על חיוב שאני לא עשיתי.", [("name", "ילנה קוזלוב")]),
    ("בוודאי ילנה, איזה חיוב?", [("name", "ילנה")]),
    ("יש חיוב של 1,340 שקל מאתר אליאקספרס מ-3 לפברואר, אני לא קניתי שום דבר שם.", []),
    ("מספר כרטיס " + groups(HE_C1, [4, 4, 4, 4]) + ".", [("card", groups(HE_C1, [4, 4, 4, 4]))],
     "מה מספר הכרטיס?"),
    ("תעודת זהות " + HE_TZ2_SAID + ".", [("id", HE_TZ2_SAID)]),
    ("למייל lena.kozlov70@mail.ru, בבקשה, אני לא מבינה הרבה במחשב.", [("email", "lena.kozlov70@mail.ru")],
     "לאן לשלוח לך את טופס ההכחשה?"),
    ("הטופס צריך לחזור חתום תוך 30 יום, ואז הבירור לוקח עד 90 יום.", []),
    ("אני גרה בשדרות ירושלים 45, קומה 3, דירה 11, יפו, אם צריך לשלוח בדואר.",
     [("address", "שדרות ירושלים 45, קומה 3, דירה 11, יפו")]),
    ("אני פנסיונרית, בת 64, כל חודש אני בודקת את הפירוט, ואף פעם לא היה דבר כזה.", []),

    ("שלום, מדברת ליאת, במה אוכל לעזור?", [("name", "ליאת")]),
    ("שלום, אני אדיסו מנגיסטו, קניתי מקרר בעשרת אלפים ואני רוצה לפרוס את זה לתשלומים.",
     [("name", "אדיסו מנגיסטו")]),
    ("אין בעיה אדיסו, אפשר עד 36 תשלומים, בריבית של 5.9 אחוז.", [("name", "אדיסו")]),
    ("אז 24 תשלומים בבקשה, כמה זה יוצא לחודש?", []),
    ("בערך 443 שקל לחודש, החיוב הראשון ב-10 לחודש הבא.", []),
    ("תשלחו את החשבונית לכתובת, רחוב הגפן 7, קריית מלאכי.", [("address", "רחוב הגפן 7, קריית מלאכי")]),
    ("נולדתי ב-1 בינואר 1982, ככה כתוב בתעודת זהות.", [("date_of_birth", "1 בינואר 1982")],
     "תאריך לידה לאימות?"),
    ("מספר זהות " + HE_TZ3 + ", ואפשר לשלוח אס אם אס לאפס חמש שתיים, שש שש אחת, שלוש אפס שמונה שבע.",
     [("id", HE_TZ3), ("phone", "אפס חמש שתיים, שש שש אחת, שלוש אפס שמונה שבע")]),

    ("Allô? כן, שלום, שמי סטפאני אזולאי, קיבלתי מכתב מחברת גבייה על חוב בכרטיס אשראי.",
     [("name", "סטפאני אזולאי")]),
    ("כן גברת אזולאי, החוב עומד על 6,820 שקל כולל הוצאות גבייה.", [("name", "אזולאי")]),
    ("d'accord, אבל אני לא יכולה לשלם הכל עכשיו, אפשר לעשות הסדר?", []),
    ("אפשר 12 תשלומים של 568 שקל, או 18 תשלומים של 380 בערך.", []),
    ("אני אשלם מהחשבון שלי בצרפת, ה-IBAN זה " + groups(HE_IB1, [4] * 6 + [3]) + ".",
     [("iban", groups(HE_IB1, [4] * 6 + [3]))]),
    ("ואם לא מצליח, יש לי גם חשבון בלאומי, " + HE_IB2 + ".", [("iban", HE_IB2)]),
    ("תשלחו לי את ההסדר למייל, סטפאני נקודה אזולאי, arobase, orange נקודה fr.",
     [("email", "סטפאני נקודה אזולאי, arobase, orange נקודה fr")]),
    ("מספר התיק אצלנו " + groups(HE_REF1, [2, 3, 4], "-") + ", תציני אותו בכל פנייה.", []),

    ("Hi, כן, זה ג'וש פרידמן, I want to... אני רוצה להגדיל את המסגרת.", [("name", "ג'וש פרידמן")]),
    ("בשמחה ג'וש, מדברת אביטל. המסגרת כרגע 8,000 שקל, כמה תרצה?", [("name", "ג'וש"), ("name", "אביטל")]),
    ("Like, 20,000? אני קונה רהיטים לדירה החדשה באיקאה.", []),
    ("רחוב עמק רפאים 34, דירה 5, ירושלים.", [("address", "רחוב עמק רפאים 34, דירה 5, ירושלים")],
     "אני צריכה לעדכן פרטים. כתובת מגורים?"),
    ("June 5th, 1988, כלומר חמש בשישי שמונים ושמונה.",
     [("date_of_birth", "June 5th, 1988"), ("date_of_birth", "חמש בשישי שמונים ושמונה")], "ותאריך לידה?"),
    ("המייל josh dot friedman at gmail dot com.", [("email", "josh dot friedman at gmail dot com")]),
    ("והטלפון, 054-7739120, זה הנייד.", [("phone", "054-7739120")]),
    ("המסגרת אושרה ל-15,000, ותתעדכן תוך 24 שעות.", []),

    ("שלום, אני מחמוד חלבי מדלית אל כרמל, הכרטיס לא עובר לי בטורקיה.", [("name", "מחמוד חלבי")]),
    ("שלום מחמוד, יכול להיות שהכרטיס חסום לחו\"ל. מה מספר תעודת הזהות?", [("name", "מחמוד")]),
    (groups(HE_TZ4, [1, 1, 1, 1, 1, 1, 1, 1, 1], "-"), [("id", groups(HE_TZ4, [1] * 9, "-"))],
     "שלום מחמוד, יכול להיות שהכרטיס חסום לחו\"ל. מה מספר תעודת הזהות?"),
    ("פתחתי לך עכשיו שימוש בחו\"ל עד 30 באפריל.", []),
    ("ואם צריך, הטלפון שלי 04-8391276 בבית או 052-5518430 בנייד.",
     [("phone", "04-8391276"), ("phone", "052-5518430")]),
    ("איסטנבול זה שעה פחות, אז תתקשרו אחרי 10 בבוקר שלנו.", []),
]

# ================================================================ Hebrew, part 2
# calls: returned direct debit and blocked card (Be'er Sheva pensioner), law-office debt
# collector (outbound), student whose credit line was cut, Russian-speaking caller
# paying arrears with another card, Anglo paying from a UK account, stolen card (Arab
# caller from Umm al-Fahm), business card paid from a German account

HE_TZ5 = tz("05529618")
HE_TZ6 = tz("34291107")
HE_TZ7 = tz("21765430")
HE_TZ8 = tz("31249660")
HE_TZ9 = tz("02767351")
HE_C2 = card("458871203396517")
HE_C3 = card("520473318854026")
HE_C4 = card("409512667732018")
HE_C5 = card("37560911284773")
HE_C6 = card("3625748193051")
HE_C7 = card("492987120065533")
HE_C8 = card("544302917760248")
HE_IB3 = iban("IL", "0113450000081726354")
HE_IB4 = iban("GB", "NWBK60730128475390")
HE_IB5 = iban("DE", "120300001059236677")
HE_IB6 = iban("IL", "0207760000003910482")
HE_IB7 = iban("IL", "0126550000005293711")
HE_IB8 = iban("IL", "0317120000000458832")
HE_EXEC = "512384-07-23"
assert fails_all(HE_EXEC.replace("-", ""))
HE_TZ5_SAID = say("he", HE_TZ5, [1, 2, 2, 2, 2], ", ", pairs=True)
HE_C2_SAID = say("he", HE_C2, [4, 4, 4, 4], ", ")
HE_C3_SAID = say("he_m", HE_C3[:8], [4, 4], ", ") + ", " + groups(HE_C3[8:], [4, 4])
HE_IB6_SAID = "IL " + say("he", HE_IB6[2:4], [2], pairs=True) + ", " + say("he", HE_IB6[4:], [3, 3, 4, 4, 5], ", ")
HE_TZ8_SAID = say("he_m", HE_TZ8, [3, 3, 3], ", ")

HE += [
    ("כן שלום, כאן שלמה אוחיון מבאר שבע, החזירו לי את החיוב של הכרטיס ועכשיו חסמו לי אותו.", [("name", "שלמה אוחיון")]),
    ("שלום אדוני, אני רואה שהחיוב מה-2 לחודש חזר, סכום של 3,215 שקל.", []),
    ("הפקיד בבנק אמר שזה טעות שלהם, מה אני אשם?", []),
    ("תעודת זהות " + HE_TZ5_SAID + ". ותאריך לידה ארבעה עשר במאי אלף תשע מאות חמישים ושמונה.",
     [("id", HE_TZ5_SAID), ("date_of_birth", "ארבעה עשר במאי אלף תשע מאות חמישים ושמונה")],
     "תעודת זהות ותאריך לידה בבקשה."),
    ("הכרטיס שלי זה הדיינרס, " + groups(HE_C6, [4, 6, 4]) + ", תבדקי.", [("card", groups(HE_C6, [4, 6, 4]))]),
    ("מעכשיו תחייבו מהחשבון בדיסקונט, " + groups(HE_IB3, [4] * 5 + [3]) + ".", [("iban", groups(HE_IB3, [4] * 5 + [3]))]),
    ("ואת המכתבים תשלחו לשדרות רגר 112, דירה 8, באר שבע.", [("address", "שדרות רגר 112, דירה 8, באר שבע")]),
    ("החסימה תוסר תוך 48 שעות מרגע שהתשלום נקלט, ועמלת החיוב החוזר היא 25 שקל.", []),

    ("שלום, מדברת שרון ממשרד עורכי הדין כהן ושות', אני מדברת עם יוסי ביטון?",
     [("name", "שרון"), ("name", "יוסי ביטון")]),
    ("כן, זה יוסי. על מה מדובר?", [("name", "יוסי")]),
    ("אנחנו מייצגים את חברת האשראי, יש חוב של 11,460 שקל, ונפתח תיק בהוצאה לפועל מספר " + HE_EXEC + ".", []),
    ("אני יכול לשלם 500 בחודש, לא יותר, אני עצמאי והחודשים האלה חלשים.", []),
    ("לאימות, מספר תעודת זהות ותאריך לידה?", []),
    (groups(HE_TZ9, [3, 3, 3], " ") + ", ונולדתי ב-23.8.85.",
     [("id", groups(HE_TZ9, [3, 3, 3], " ")), ("date_of_birth", "23.8.85")], "לאימות, מספר תעודת זהות ותאריך לידה?"),
    ("נרשום הסדר של 500 שקל ב-15 לכל חודש. ההסדר יישלח לכתובת שרשומה אצלנו.", []),
    ("אני כבר לא גר שם, תרשמי: הנרקיסים 7, קומה 2, מבשרת ציון.", [("address", "הנרקיסים 7, קומה 2, מבשרת ציון")]),
    ("ומייל, יוסי ביטון 77 שטרודל ג'ימייל נקודה קום.", [("email", "יוסי ביטון 77 שטרודל ג'ימייל נקודה קום")]),
    ("התשלום הראשון אני אעשה עכשיו באמקס, " + groups(HE_C5, [4, 6, 5]) + ".", [("card", groups(HE_C5, [4, 6, 5]))]),
    ("והשאר בהוראת קבע מהחשבון במזרחי, " + HE_IB6_SAID + ".", [("iban", HE_IB6_SAID)]),
    ("הטלפון שלי השתנה, עכשיו זה 058-4471392.", [("phone", "058-4471392")]),

    ("היי, אני נועה שטרן, סטודנטית, ורציתי לבדוק למה הורידו לי את המסגרת ל-2,000.", [("name", "נועה שטרן")]),
    ("המסגרת עודכנה אחרי שלושה חודשים עם חריגה, אבל אפשר לבקש בדיקה מחדש.", []),
    ("תעודת זהות " + HE_TZ6 + ", נולדתי שלושה באוקטובר אלפיים ושתיים.",
     [("id", HE_TZ6), ("date_of_birth", "שלושה באוקטובר אלפיים ושתיים")]),
    ("מספר הכרטיס " + HE_C2_SAID + ".", [("card", HE_C2_SAID)]),
    ("המייל של האוניברסיטה, n-o-a-s-t-e-r-n at post dot bgu dot ac dot il.",
     [("email", "n-o-a-s-t-e-r-n at post dot bgu dot ac dot il")]),
    ("נייד 053-3318047, אבל עדיף וואטסאפ.", [("phone", "053-3318047")]),
    ("התשובה תגיע תוך 7 ימי עסקים, ושכר הלימוד של סמסטר ב' ב-12 תשלומים לא נפגע.", []),

    ("אלו, שמי דמיטרי וולקוב, אפשר דימה. יש לי חוב בכרטיס, אני רוצה לשלם עם כרטיס אחר.",
     [("name", "דמיטרי וולקוב"), ("name", "דימה")]),
    ("תעודת זהות " + HE_TZ8_SAID + ", תאריך לידה 12.03.1979.",
     [("id", HE_TZ8_SAID), ("date_of_birth", "12.03.1979")]),
    ("כרטיס אחר זה " + HE_C3_SAID + ", תוקף עד 2028.", [("card", HE_C3_SAID)]),
    ("וגם תעדכנו כתובת, רחוב הרצל 12, דירה 4, אשדוד.", [("address", "רחוב הרצל 12, דירה 4, אשדוד")]),
    ("ואת היתרה תורידו מהחשבון " + HE_IB8 + " בהבינלאומי.", [("iban", HE_IB8)]),
    ("המייל dima.volkov@yandex.ru, בלי נקודה באמצע, סליחה, עם נקודה.", [("email", "dima.volkov@yandex.ru")]),
    ("הטלפון אפס חמש ארבע, תשע אחת שתיים, שמונה שמונה, שלוש אפס.",
     [("phone", "אפס חמש ארבע, תשע אחת שתיים, שמונה שמונה, שלוש אפס")]),

    ("Hi, שמי רייצ'ל גולד, I'm paying off the card from my account in England, זה בסדר?", [("name", "רייצ'ל גולד")]),
    ("ה-IBAN שלי " + groups(HE_IB4, [4] * 5 + [2]) + ", NatWest.", [("iban", groups(HE_IB4, [4] * 5 + [2]))]),
    ("העברה מחו\"ל לוקחת שלושה עד ארבעה ימי עסקים, והעמלה היא 15 דולר.", []),
    ("והקבלה, rachel gold at btinternet dot com, בלי רווח באמצע.", [("email", "rachel gold at btinternet dot com")]),
    ("הכרטיס הישן " + groups(HE_C7, [4, 4, 4, 4]) + ", את יכולה לבטל אותו.", [("card", groups(HE_C7, [4, 4, 4, 4]))]),

    ("שלום, גנבו לי את הארנק בתחנה המרכזית בחדרה, והכרטיס היה בפנים.", []),
    ("תעודת זהות " + groups(HE_TZ7, [2, 3, 4], "-") + ", והכרטיס " + groups(HE_C4, [4, 4, 4, 4]) + ".",
     [("id", groups(HE_TZ7, [2, 3, 4], "-")), ("card", groups(HE_C4, [4, 4, 4, 4]))]),
    ("אני גרה באום אל פחם, שכונת עין אבראהים, רחוב 9, בית 14.", [("address", "שכונת עין אבראהים, רחוב 9, בית 14")]),
    ("תאריך לידה עשרים ושבעה בשנים עשר תשעים ואחת.", [("date_of_birth", "עשרים ושבעה בשנים עשר תשעים ואחת")]),
    ("ואת הזיכוי על העסקאות שלא שלי תכניסו ל-" + HE_IB7 + ".", [("iban", HE_IB7)]),
    ("הטלפון שלי אפס חמישים, שש שמונה שלוש, אחת שתיים, תשעים.", [("phone", "אפס חמישים, שש שמונה שלוש, אחת שתיים, תשעים")]),

    ("זה כרטיס עסקי על שם החברה, א.ב. שיווק בע\"מ, מספר " + groups(HE_C8, [4, 4, 4, 4]) + ".",
     [("card", groups(HE_C8, [4, 4, 4, 4]))]),
    ("את החוב נשלם מהחשבון שלנו בגרמניה, " + groups(HE_IB5, [4] * 5 + [2]) + ".", [("iban", groups(HE_IB5, [4] * 5 + [2]))]),
    ("לחזור אליי לנייד 052-7783015 או במייל office שטרודל ab-marketing נקודה co נקודה il.",
     [("phone", "052-7783015"), ("email", "office שטרודל ab-marketing נקודה co נקודה il")]),
]

# Hebrew, part 3: more non-personal lines from the same kinds of calls
HE += [
    ("קניתי ברמי לוי ביום שישי ב-612 שקל וזה ירד לי פעמיים.", []),
    ("הסניף ברחוב אלנבי פתוח עד 13:00 ביום שלישי.", []),
    ("הריבית על החוב היא פריים פלוס 3.5, כלומר בערך 9.5 אחוז בשנה.", []),
    ("החיוב החודשי יורד ב-2 לחודש, ואם זה יוצא בשבת אז ביום ראשון.", []),
    ("בדצמבר היה לי חיוב של 4,380 שקל על טיסה לאילת, טיסה 342 של ישראייר.", []),
    ("דמי הכרטיס הם 12.90 שקל לחודש, ובשנה הראשונה פטור.", []),
    ("שלחנו לך הודעה ב-14 ביולי, ואז עוד אחת ב-28, ולא קיבלנו תשובה.", []),
    ("מספר האסמכתא של ההעברה הוא 48213, תשמור אותו.", []),
    ("יש לך 3 עסקאות בתשלומים פתוחות, נשארו 7 תשלומים של 312 שקל.", []),
    ("אפשר לדחות את התשלום לחודש הבא, אבל תהיה עמלה של 1.5 אחוז.", []),
    ("ההלוואה נלקחה במרץ 2021 ל-60 חודשים, נשארו 22 תשלומים.", []),
    ("הקנס על האיחור זה 45 שקל, ועוד ריבית פיגורים של 4 אחוז.", []),
    ("אתם פתוחים מחר? אני יכולה להגיע לסניף בקניון עזריאלי בשמונה וחצי?", []),
    ("המכתב מה-5 בנובמבר אומר שאם לא נשלם עד ה-20 זה עובר לגבייה משפטית.", []),
    ("הזמנתי מאיקאה ב-3 בספטמבר, הזמנה מספר 80412733, והם עדיין לא סיפקו.", []),
    ("קיבלתי הודעה ממקס שהכרטיס ייחסם ב-1 ביוני אם לא אעדכן פרטים.", []),
]

LANGS["he"] = HE

# ================================================================ Greek, part 1
# calls: lost card after a night out (Athens), disputed appliance charge (older caller,
# Thessaloniki), interest-free instalments on a laptop (Patras), debt-notification firm
# calling a debtor (outbound), limit increase (Cypriot caller), bag stolen (Limassol)

EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el3(c):
    """Say a three-digit group the Greek way: 'εκατόν σαράντα τρία', 'μηδέν εβδομήντα δύο'."""
    h, rest = int(c[0]), c[1:]
    if h == 0:
        return "μηδέν " + _two("el", rest)
    if rest == "00":
        return EL_HUND[h]
    word = "εκατόν" if h == 1 else EL_HUND[h]
    r = EL_D[int(rest[1])] if rest[0] == "0" else _two("el", rest)
    return word + " " + r


def el_triads(d, sep=", "):
    return sep.join(el3(d[i:i + 3]) for i in range(0, len(d), 3))


EL_AFM1 = afm("14372605")
EL_AFM2 = afm("03681147")
EL_AFM3 = afm("11259830")
EL_C1 = card("402400718835164")
EL_IB1 = iban("GR", "01712580000000045209337")
EL_IB2 = iban("CY", "005002170000000357218804")
EL_CASE = decoy("2024117356")
EL_AFM1_SAID = el_triads(EL_AFM1)
EL_AFM3_SAID = el_triads(EL_AFM3)
EL_PH1 = say("el", "6974812331", [4, 2, 2, 2], ", ", pairs=True)
EL_PH2 = say("el", "6977304158", [3, 3, 2, 2], ", ", pairs=True)
EL_PH3 = _two("el", "99") + ", " + el3("412") + ", " + el3("328")

EL = [
    ("Κάρτες Αιγαίου, καλησπέρα σας, είμαι η Δέσποινα, πώς μπορώ να σας βοηθήσω;", [("name", "Δέσποινα")]),
    ("Γεια σας, λέγομαι Στέλιος Παπαδάκης, έχασα την πιστωτική μου χθες βράδυ στο Γκάζι.",
     [("name", "Στέλιος Παπαδάκης")]),
    ("Κανένα πρόβλημα κύριε Παπαδάκη, θα την μπλοκάρουμε αμέσως. Μου λέτε το ΑΦΜ σας;", [("name", "Παπαδάκη")]),
    ("Ναι, " + EL_AFM1_SAID + ".", [("id", EL_AFM1_SAID)], "Μου λέτε το ΑΦΜ σας;"),
    ("Βλέπω μια συναλλαγή 47,50 ευρώ στις 02:14 σε ένα περίπτερο στην Πειραιώς. Εσείς ήταν;", []),
    ("Όχι, όχι, εγώ είχα φύγει από τις δώδεκα.", []),
    ("Στο κινητό, " + EL_PH1 + ".", [("phone", EL_PH1)], "Πού να σας στείλουμε το SMS επιβεβαίωσης;"),
    ("Την καινούργια στείλτε τη στο σπίτι, Θησέως 76, Καλλιθέα, δεύτερος όροφος.",
     [("address", "Θησέως 76, Καλλιθέα, δεύτερος όροφος")]),
    ("Η νέα κάρτα θα έρθει με κούριερ σε 3 με 5 εργάσιμες, χωρίς χρέωση.", []),

    ("Εμπρός; Με λένε Καραγιάννη Παρασκευή, Βούλα με λένε όλοι, από τη Θεσσαλονίκη.",
     [("name", "Καραγιάννη Παρασκευή"), ("name", "Βούλα")]),
    ("Μάλιστα κυρία Καραγιάννη, πείτε μου.", [("name", "Καραγιάννη")]),
    ("Μου χρέωσαν 389 ευρώ από τον Κωτσόβολο για ένα πλυντήριο που δεν ήρθε ποτέ, στις 14 Ιανουαρίου.", []),
    ("Ναι, παραγγελία 4410927, μου είπαν θα έρθει σε δέκα μέρες και πέρασε ένας μήνας.", []),
    ("Είκοσι πέντε Δεκεμβρίου του πενήντα εννιά, Χριστούγεννα γεννήθηκα.",
     [("date_of_birth", "Είκοσι πέντε Δεκεμβρίου του πενήντα εννιά")],
     "Θα ανοίξουμε αμφισβήτηση. Για την ταυτοποίηση, ημερομηνία γέννησης;"),
    ("Μισό να βρω το εκκαθαριστικό... " + groups(EL_AFM2, [1] * 9) + ".", [("id", groups(EL_AFM2, [1] * 9))],
     "Και το ΑΦΜ σας;"),
    ("Εγώ email δεν έχω, της κόρης μου, eleni τελεία karagianni παπάκι yahoo τελεία gr.",
     [("email", "eleni τελεία karagianni παπάκι yahoo τελεία gr")]),
    ("Η απάντηση θα έρθει σε 30 με 45 μέρες, και μέχρι τότε η χρέωση παγώνει.", []),

    ("Καλημέρα, Θανάσης Γεωργίου εδώ, από την Πάτρα, ήθελα να γυρίσω μια αγορά σε δόσεις.",
     [("name", "Θανάσης Γεωργίου")]),
    ("Καλημέρα κύριε Γεωργίου, ονομάζομαι Κατερίνα. Ποια αγορά;", [("name", "Γεωργίου"), ("name", "Κατερίνα")]),
    ("Ένα λάπτοπ από το Πλαίσιο, 1.249 ευρώ, στις 2 του μήνα.", []),
    ("Μπορούμε σε 12 άτοκες δόσεις των 104,08 ευρώ, με πρώτη δόση τον Μάρτιο.", []),
    ("Εντάξει, 12. Και να πληρώνεται από τον λογαριασμό μου, " + groups(EL_IB1, [4] * 6 + [3]) + ".",
     [("iban", groups(EL_IB1, [4] * 6 + [3]))]),
    ("Ο ΑΦΜ μου είναι " + EL_AFM3_SAID + ".", [("id", EL_AFM3_SAID)]),
    (EL_PH2 + ".", [("phone", EL_PH2)], "Και το κινητό σας για τον κωδικό OTP;"),
    ("Η διεύθυνση αλληλογραφίας παραμένει Κορίνθου 218, Πάτρα;", [("address", "Κορίνθου 218, Πάτρα")]),
    ("Ναι, ναι, ΤΚ 26223.", [("address", "ΤΚ 26223")], "Η διεύθυνση αλληλογραφίας παραμένει Κορίνθου 218, Πάτρα;"),

    ("Καλημέρα, σας καλώ από την εταιρεία ενημέρωσης οφειλετών Αττική Είσπραξη, για λογαριασμό της τράπεζας. Μιλάω με τον κύριο Νικόλαο Αλεξίου;",
     [("name", "Νικόλαο Αλεξίου")]),
    ("Ναι, ο Νίκος είμαι. Τι έγινε πάλι;", [("name", "Νίκος")]),
    ("Έχετε ληξιπρόθεσμη οφειλή 2.870 ευρώ στην πιστωτική, 94 ημέρες σε καθυστέρηση.", []),
    ("Το ξέρω, έμεινα χωρίς δουλειά τον Σεπτέμβριο. Μπορώ να δίνω 150 το μήνα.", []),
    ("Τρεις του τρίτου του ογδόντα ένα.", [("date_of_birth", "Τρεις του τρίτου του ογδόντα ένα")],
     "Θα το προωθήσω για ρύθμιση σε 20 δόσεις. Να επιβεβαιώσω την ημερομηνία γέννησης;"),
    ("Το email μου, nikos κάτω παύλα alexiou παπάκι hotmail τελεία com.",
     [("email", "nikos κάτω παύλα alexiou παπάκι hotmail τελεία com")]),
    ("Ο αριθμός υπόθεσης είναι ΑΕ-" + EL_CASE[:4] + "-" + EL_CASE[4:] + ", κρατήστε τον.", []),

    ("Καλησπέρα, ο Χαράλαμπος Ιωάννου είμαι, ο Μπάμπης, ήθελα να αυξήσω το όριο της κάρτας.",
     [("name", "Χαράλαμπος Ιωάννου"), ("name", "Μπάμπης")]),
    ("Καλησπέρα κύριε Ιωάννου, είμαι η Άντρη. Το όριο σας τώρα είναι 2.000 ευρώ.", [("name", "Ιωάννου"), ("name", "Άντρη")]),
    ("Ε ναι, θέλω να το κάμω 5.000, έχω τον γάμο της κόρης μου τον Ιούνιο.", []),
    ("Ο μισθός μπαίνει στον " + groups(EL_IB2, [4] * 7) + ".", [("iban", groups(EL_IB2, [4] * 7))],
     "Ο μισθός σας κατατίθεται σε ποιο λογαριασμό;"),
    ("Το τηλέφωνο; Ναι, " + EL_PH3 + ".", [("phone", EL_PH3)]),
    ("Η απόφαση θα βγει σε 5 εργάσιμες, και αν εγκριθεί θα ισχύει από τον επόμενο μήνα.", []),

    ("Γεια σας, είμαι η Ελένη Χριστοδούλου, μου έκλεψαν την τσάντα στη Λεμεσό και είχε μέσα την κάρτα.",
     [("name", "Ελένη Χριστοδούλου")]),
    ("Λυπάμαι πολύ, κυρία Χριστοδούλου. Ξέρετε τον αριθμό της κάρτας;", [("name", "Χριστοδούλου")]),
    ("Ναι, τον έχω γραμμένο, " + groups(EL_C1, [4, 4, 4, 4]) + ".", [("card", groups(EL_C1, [4, 4, 4, 4]))]),
    ("Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, 3030 Λεμεσός.",
     [("address", "Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, 3030 Λεμεσός")], "Πού να στείλουμε την καινούρια;"),
    ("Και στο email, eleni.christodoulou@cytanet.com.cy.", [("email", "eleni.christodoulou@cytanet.com.cy")]),
    ("Έγιναν δύο αναλήψεις, 200 και 300 ευρώ, από ΑΤΜ στη Μακαρίου, γύρω στις 11.", []),
]

# ================================================================ Greek, part 2
# calls: arrears arrangement (older caller, Heraklion), Greek-Australian with a Greek card,
# late instalment (Albanian-born caller, Athens), bereavement (son of a cardholder),
# Erasmus student's blocked card, collection agency (Nicosia, Cypriot dialect),
# double charge from a food order (Thessaloniki)

EL_AFM4 = afm("04281937")
EL_AFM5 = afm("15930482")
EL_AFM6 = afm("02741956")
EL_AFM7 = afm("16402279")
EL_AFM8 = afm("13388504")
EL_AFM9 = afm("14820651")
EL_C2 = card("541822906613087")
EL_C3 = card("492163550871204")
EL_C4 = card("455921086374410")
EL_C5 = card("535609248817352")
EL_C6 = card("401288657302919")
EL_C7 = card("520077341968254")
EL_IB3 = iban("GR", "08704250000000088132406")
EL_IB4 = iban("GR", "02601140000420119863503")
EL_IB5 = iban("GR", "01407170717002101948350")
EL_IB6 = iban("CY", "002003560000000701938244")
EL_IB7 = iban("GR", "01103470000034729185061")
EL_IB8 = iban("GR", "01722250005225073915472")
EL_REF2 = decoy("7744102935")
EL_AFM4_SAID = "μηδέν, " + say("el", EL_AFM4[1:], [2, 2, 2, 2], ", ", pairs=True)
EL_AFM7_SAID = el_triads(EL_AFM7, " ")
EL_IB4_SAID = "GR " + _two("el", EL_IB4[2:4]) + ", " + groups(EL_IB4[4:], [4] * 5 + [3])
EL_C5_SAID = say("el", EL_C5, [4, 4, 4, 4], " ")
EL_PH4 = say("el", "2810") + ", " + el3("245") + ", " + el3("617")

EL += [
    ("Ναι, γεια σας, ο Μανόλης ο Σταυρακάκης είμαι από το Ηράκλειο, μου ήρθε συστημένο για την κάρτα.",
     [("name", "Μανόλης ο Σταυρακάκης")]),
    ("Δεκαοχτώ του Αυγούστου, χίλια εννιακόσια σαράντα εννιά.",
     [("date_of_birth", "Δεκαοχτώ του Αυγούστου, χίλια εννιακόσια σαράντα εννιά")],
     "Ημερομηνία γέννησης, κύριε Σταυρακάκη;"),
    ("Το ΑΦΜ, " + EL_AFM4_SAID + ".", [("id", EL_AFM4_SAID)]),
    ("Η οφειλή είναι 5.340 ευρώ, και μπορούμε να τη ρυθμίσουμε σε 36 δόσεις των 148 ευρώ.", []),
    ("Να παίρνετε από τον λογαριασμό στην Παγκρήτια, " + groups(EL_IB3, [4] * 6 + [3]) + ".",
     [("iban", groups(EL_IB3, [4] * 6 + [3]))]),
    ("Το σπίτι είναι στην οδό Καλοκαιρινού 112, Ηράκλειο, ΤΚ 71202.", [("address", "Καλοκαιρινού 112, Ηράκλειο, ΤΚ 71202")]),
    ("Κινητό δεν έχω, στο σταθερό, " + EL_PH4 + ".", [("phone", EL_PH4)]),
    ("Η πρώτη δόση θα είναι στις 10 Απριλίου, και τα έξοδα υπερημερίας 62 ευρώ διαγράφονται.", []),

    ("Hello, μιλάτε αγγλικά; Ok, είμαι ο Τζίμης Παπαδόπουλος, I live in Melbourne but I have a Greek card.",
     [("name", "Τζίμης Παπαδόπουλος")]),
    ("Ο αριθμός είναι " + groups(EL_C2, [4, 4, 4, 4]) + ", and it got blocked.", [("card", groups(EL_C2, [4, 4, 4, 4]))]),
    ("My ΑΦΜ is " + EL_AFM8 + ", born first of May, seventy-six.", [("id", EL_AFM8), ("date_of_birth", "first of May, seventy-six")]),
    ("You can email me, jimmy.papa@bigpond.com.au, or call plus sixty-one, four one two, five five eight, nine oh three.",
     [("email", "jimmy.papa@bigpond.com.au"), ("phone", "plus sixty-one, four one two, five five eight, nine oh three")]),
    ("Να πληρώνεται από το Eurobank, " + EL_IB4_SAID + ".", [("iban", EL_IB4_SAID)]),
    ("Η διαφορά ώρας με τη Μελβούρνη είναι 8 ώρες, θα σας πάρουμε στις 9 το πρωί δική σας ώρα.", []),

    ("Καλημέρα, με λένε Ερμίρα Χότζα, η κάρτα μου δεν περνάει από χθες.", [("name", "Ερμίρα Χότζα")]),
    ("Ναι κυρία Χότζα, βλέπω ότι έχει καθυστέρηση η δόση του Φεβρουαρίου, 86 ευρώ.", [("name", "Χότζα")]),
    ("Το ΑΦΜ " + groups(EL_AFM5, [3, 3, 3]) + ", γεννήθηκα 9/11/1983.",
     [("id", groups(EL_AFM5, [3, 3, 3])), ("date_of_birth", "9/11/1983")]),
    ("Θα πληρώσω τώρα με τη χρεωστική, " + groups(EL_C3, [4, 4, 4, 4]) + ".", [("card", groups(EL_C3, [4, 4, 4, 4]))]),
    ("Και από τον άλλο μήνα πάγια εντολή από το " + EL_IB7 + ".", [("iban", EL_IB7)]),
    ("Μένω στην Κυψέλη, Φωκίωνος Νέγρη 23, τρίτος όροφος.", [("address", "Κυψέλη, Φωκίωνος Νέγρη 23, τρίτος όροφος")]),
    ("Το κινητό μου άλλαξε, 694 118 2270.", [("phone", "694 118 2270")]),

    ("Γεια σας, ο γιος της κατόχου είμαι, η μητέρα μου πέθανε τον Νοέμβριο και είχε κάρτα σε εσάς.", []),
    ("Το ΑΦΜ της είναι " + EL_AFM6 + " και γεννήθηκε 7 Ιουλίου 1938.",
     [("id", EL_AFM6), ("date_of_birth", "7 Ιουλίου 1938")], "Συλλυπητήρια. Μου λέτε το ΑΦΜ της και την ημερομηνία γέννησης;"),
    ("Η κάρτα της είναι η " + groups(EL_C4, [4, 4, 4, 4]) + ".", [("card", groups(EL_C4, [4, 4, 4, 4]))]),
    ("Θα χρειαστούμε ληξιαρχική πράξη θανάτου και πιστοποιητικό εγγυτέρων συγγενών.", []),
    ("Το υπόλοιπο είναι 412,30 ευρώ και οι τόκοι παγώνουν από σήμερα.", []),
    ("Για την επιστροφή, ο δικός μου λογαριασμός είναι " + groups(EL_IB5, [4] * 6 + [3]) + ".",
     [("iban", groups(EL_IB5, [4] * 6 + [3]))]),
    ("Στείλτε μου στο kostas τελεία mavridis παπάκι gmail τελεία com, ή στο 697 3305 118.",
     [("email", "kostas τελεία mavridis παπάκι gmail τελεία com"), ("phone", "697 3305 118")]),

    ("γεια σας είμαι η ραφαέλα μπαλτά είμαι erasmus στη λυών και μου μπλόκαρε η κάρτα", [("name", "ραφαέλα μπαλτά")]),
    ("το αφμ μου είναι " + EL_AFM7_SAID, [("id", EL_AFM7_SAID)]),
    ("γεννήθηκα στις είκοσι εννιά φεβρουαρίου του δύο χιλιάδες τέσσερα",
     [("date_of_birth", "είκοσι εννιά φεβρουαρίου του δύο χιλιάδες τέσσερα")]),
    ("η κάρτα είναι " + EL_C5_SAID, [("card", EL_C5_SAID)]),
    ("στο γαλλικό κινητό συν τριάντα τρία έξι δώδεκα σαράντα τέσσερα πενήντα έξι ογδόντα εννιά",
     [("phone", "συν τριάντα τρία έξι δώδεκα σαράντα τέσσερα πενήντα έξι ογδόντα εννιά")]),
    ("και το μέιλ rafaela.balta@uoa.gr", [("email", "rafaela.balta@uoa.gr")]),
    ("Η κάρτα μπλοκάρει αυτόματα μετά από 3 λάθος PIN, θα την ξεμπλοκάρουμε σε 10 λεπτά.", []),

    ("Καλημέρα, που την εταιρεία εισπράξεων σας παίρνω, για την κάρτα σας που έχει τρεις δόσεις απλήρωτες.", []),
    ("Εν εγιώ, ο Αντρέας ο Κωνσταντίνου, τι θέλετε;", [("name", "Αντρέας ο Κωνσταντίνου")]),
    ("Γεννήθηκα το εβδομήντα τρία, δώδεκα του Απρίλη.", [("date_of_birth", "εβδομήντα τρία, δώδεκα του Απρίλη")],
     "Για επιβεβαίωση, την ημερομηνία γέννησης σας;"),
    ("Η οφειλή είναι 1.915 ευρώ. Αν πληρώσετε 600 μέχρι την Παρασκευή, σταματά η διαδικασία.", []),
    ("Εντάξει, πάρτε τα 600 που την κάρτα μου, " + groups(EL_C6, [4, 4, 4, 4]) + ".", [("card", groups(EL_C6, [4, 4, 4, 4]))]),
    ("Τα υπόλοιπα με εντολή που τον λογαριασμό " + groups(EL_IB6, [4] * 7) + ".", [("iban", groups(EL_IB6, [4] * 7))]),
    ("Η διεύθυνση μου εν Λεωφόρος Στροβόλου 77, διαμέρισμα 4, Στρόβολος, 2018 Λευκωσία.",
     [("address", "Λεωφόρος Στροβόλου 77, διαμέρισμα 4, Στρόβολος, 2018 Λευκωσία")]),
    ("Τηλέφωνο ενενήντα έξι, τριακόσια τριάντα ένα, διακόσια ογδόντα.",
     [("phone", "ενενήντα έξι, τριακόσια τριάντα ένα, διακόσια ογδόντα")]),

    ("Γεια σου, είμαι ο Άκης, μου χρέωσαν δύο φορές το ίδιο φαγητό, 23,80 το καθένα, την Κυριακή.", [("name", "Άκης")]),
    ("ΑΦΜ " + EL_AFM9 + ", κάρτα " + groups(EL_C7, [4, 4, 4, 4]) + ".",
     [("id", EL_AFM9), ("card", groups(EL_C7, [4, 4, 4, 4]))], "Μου λες ΑΦΜ και αριθμό κάρτας;"),
    ("Την επιστροφή στο " + EL_IB8 + ", και ειδοποίηση στο akis_th95@hotmail.com.",
     [("iban", EL_IB8), ("email", "akis_th95@hotmail.com")]),
    ("Μένω Εγνατίας 45, πέμπτος, Θεσσαλονίκη, και κινητό 6983 442 105.",
     [("address", "Εγνατίας 45, πέμπτος, Θεσσαλονίκη"), ("phone", "6983 442 105")]),
]

# Greek, part 3: one more card and e-mail, and non-personal lines of the same calls
EL_C8 = card("448530129964721")
EL_C8_SAID = say("el", EL_C8, [4, 4, 4, 4], ", ")

EL += [
    ("Με τη δική μου, " + EL_C8_SAID + ".", [("card", EL_C8_SAID)], "Με ποια κάρτα θέλετε να γίνει η πληρωμή;"),
    ("Τα χαρτιά στείλτε τα στο email της εγγονής μου, μαρία τελεία σταυρακάκη παπάκι gmail τελεία com.",
     [("email", "μαρία τελεία σταυρακάκη παπάκι gmail τελεία com")]),
    ("Ψώνισα στον Σκλαβενίτη 87,40 ευρώ το Σάββατο και μου το χρέωσε δύο φορές.", []),
    ("Από το Jumbo στην Πειραιώς μου είπαν να πάρω την τράπεζα.", []),
    ("Το επιτόκιο είναι 18,5% ετησίως, και η ελάχιστη καταβολή 3% του υπολοίπου.", []),
    ("Η ελάχιστη καταβολή αυτού του μήνα είναι 45 ευρώ, με λήξη στις 25 Μαΐου.", []),
    ("Ο κωδικός αναφοράς σας είναι " + groups(EL_REF2, [2, 4, 4], "-") + ".", []),
    ("Τα καταστήματά μας είναι ανοιχτά Δευτέρα με Παρασκευή, 8 με 2:30.", []),
    ("Η σύμβαση υπογράφτηκε τον Ιούνιο του 2019 με διάρκεια 5 χρόνια.", []),
    ("Η χρέωση έγινε στις 3 Μαρτίου, ώρα 21:47, από το Booking, 318 ευρώ.", []),
    ("Είχα την πτήση A3 651 για Λονδίνο και μου χρέωσαν τη βαλίτσα δύο φορές, 45 ευρώ η κάθε μία.", []),
    ("Του Αγίου Νικολάου, στις 6 Δεκεμβρίου, τα γραφεία κλείνουν στις 12.", []),
    ("Μου ήρθε μήνυμα από το 54045 ότι έγινε συναλλαγή 1.200 ευρώ.", []),
    ("Έχετε 4 δόσεις ακόμα των 62,50, η τελευταία τον Σεπτέμβριο.", []),
    ("Στον Μασούτη στην Καλαμαριά έγινε η πληρωμή, 156 ευρώ, την Πέμπτη.", []),
    ("Η κάρτα λήγει 08/27 και η νέα θα σας σταλεί τον Ιούλιο.", []),
    ("Το όριο ανάληψης μετρητών είναι 600 ευρώ την ημέρα, με προμήθεια 3,5%.", []),
    ("Στις 30 Ιουνίου λήγει η προσφορά για μεταφορά υπολοίπου με 0% για 6 μήνες.", []),
    ("Δώστε μου πέντε λεπτά να το ελέγξω με το τμήμα απάτης και σας ξαναπαίρνω.", []),
    ("Η επιστολή της Ενημέρωσης Οφειλετών ήρθε στις 12 του μήνα, αλλά εγώ πλήρωσα στις 9.", []),
]

LANGS["el"] = EL


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind68")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", empty, "spans",
              sum(counts.values()), dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
