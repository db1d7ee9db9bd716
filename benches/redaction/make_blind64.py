#!/usr/bin/env python3
"""Generator of the "blind64" held-out redaction evaluation set.

Written by a helper session that worked only from a written brief: it never read
the redactor, its rules, its tests, or any other evaluation set or generator. All
lines are invented transcripts of customer-service phone calls in the area of work
and employment (recruitment and temp agencies, payroll, HR helplines, trade unions,
pension funds, unemployment offices, work permits, training schemes, background
checks), written as a speech recogniser would transcribe them. All values are
invented; every value with a check digit (cards, IBANs, national IDs) is computed
here, and long numbers that are not personal are asserted to fail those checks.

Output: data/redaction/blind64/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: card, iban, id, phone, email, date_of_birth, name, address
  - start/end: byte offsets into the UTF-8 encoding of text, end exclusive
  - context (optional, not scored): an earlier line of the same call
  - items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind64.py
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
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
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    """body without check digit; returns full card number (13-19 digits)."""
    c = luhn_complete(body)
    assert 13 <= len(c) <= 19 and luhn_ok(c)
    return c


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "FR": 27, "NL": 18, "KW": 30, "QA": 29,
            "BH": 22, "LB": 28, "ES": 24, "IT": 27, "PL": 28, "TR": 26}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    t = 0
    for i, ch in enumerate(d):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        t += p // 10 + p % 10
    return t % 10 == 0


def tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    if not re.fullmatch(r"\d{9}", d) or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    d = body8 + str(s % 11 % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return bool(re.fullmatch(r"[12]\d{9}", d)) and luhn_ok(d)


def saudi(body9):
    d = luhn_complete(body9)
    assert saudi_ok(d), d
    return d


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a < "900" and g != "00" and n != "0000"


# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("" if u == 0 else "-" + EN_D[u])


def say(s, words, sep=" "):
    return sep.join(words[int(c)] for c in s if c.isdigit())


def say_en(s, zero="zero", doubles=False, sep=" "):
    """digits as English words; optional 'oh' and 'double x' grouping."""
    ds = [c for c in s if c.isdigit()]
    out, i = [], 0
    while i < len(ds):
        w = EN_D[int(ds[i])] if ds[i] != "0" else zero
        if doubles and i + 2 < len(ds) and ds[i] == ds[i + 1] == ds[i + 2]:
            out.append("triple " + w)
            i += 3
        elif doubles and i + 1 < len(ds) and ds[i] == ds[i + 1]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return sep.join(out)


def indic(s):
    return s.translate(AR_INDIC)


# tokens of the spoken-digit parser used only to double-check spans
_DIGIT_WORDS = {}
for _words in (EN_D, AR_D, HE_F, HE_M, EL_D):
    for _i, _w in enumerate(_words):
        _DIGIT_WORDS[_w] = str(_i)
_DIGIT_WORDS.update({"oh": "0", "o": "0", "nought": "0", "επτά": "7", "οκτώ": "8",
                     "εννέα": "9", "إثنين": "2", "اثنان": "2", "ثنين": "2",
                     "واحدة": "1", "تمانية": "8", "تلاتة": "3", "ستّة": "6"})


def spoken_digits(span):
    """Digits of a span written in digits and/or single-digit words; None if
    some token is not understood (e.g. 'forty-two')."""
    toks = re.split(r"[\s,.\-/()+]+", span.lower())
    out, mult = [], 1
    for t in toks:
        if not t:
            continue
        t = t.translate(FROM_INDIC)
        if t in ("double",):
            mult = 2
            continue
        if t in ("triple",):
            mult = 3
            continue
        if t.isdigit():
            out.append(t * mult if len(t) == 1 else t)
        elif t in _DIGIT_WORDS:
            out.append(_DIGIT_WORDS[t] * mult)
        elif re.fullmatch(r"[a-z]{2}\d*", t) and not out:   # IBAN country code
            out.append(t.upper())
        else:
            return None
        mult = 1
    return "".join(out)


# ---------------------------------------------------------------- building items

def _digit_runs(text):
    t = text.translate(FROM_INDIC)
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", t):
        yield re.sub(r"\D", "", m.group())


def assert_not_personal_number(d, where):
    """a long number that is NOT personal must fail all the checks."""
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), ("passes Luhn", d, where)
    if len(d) == 9:
        assert not tz_ok(d), ("passes TZ", d, where)
        assert not afm_ok(d), ("passes AFM", d, where)
    if len(d) == 10:
        assert not saudi_ok(d), ("passes Saudi", d, where)


def check_span_value(kind, s, where):
    dig = spoken_digits(s)
    if dig is None:
        return
    if kind == "card":
        assert 13 <= len(dig) <= 19 and luhn_ok(dig), ("bad card", s, where)
    elif kind == "iban":
        if dig[:2].isalpha():
            assert iban_ok(dig), ("bad iban", s, where)
    elif kind == "id":
        if len(dig) == 9:
            assert tz_ok(dig) or afm_ok(dig) or ssn_ok(dig), ("bad id", s, where)
        elif len(dig) == 10:
            assert saudi_ok(dig), ("bad saudi id", s, where)


def build(items, lang):
    """items: list of (text, [(kind, substring[, occurrence])], context)."""
    out = []
    seen = set()
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        assert text not in seen, ("duplicate", text)
        seen.add(text)
        b = text.encode("utf-8")
        res = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, (kind, text)
            sb = sub.encode("utf-8")
            pos, starts = -1, []
            while True:
                pos = b.find(sb, pos + 1)
                if pos < 0:
                    break
                starts.append(pos)
            assert starts, ("span not found", sub, text)
            if occ is None:
                assert len(starts) == 1, ("ambiguous span", sub, text)
                occ = 0
            start = starts[occ]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip(), ("untrimmed span", sub)
            check_span_value(kind, sub, text)
            res.append({"kind": kind, "start": start, "end": end})
        res.sort(key=lambda r: r["start"])
        # every other occurrence of a marked value must be marked too
        for sp in spans:
            sb = sp[1].encode("utf-8")
            pos = b.find(sb)
            while pos >= 0:
                assert any(r["start"] <= pos and pos + len(sb) <= r["end"] for r in res), \
                    ("unmarked repeat", sp[1], text)
                pos = b.find(sb, pos + 1)
        for a, c in zip(res, res[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        # numbers outside spans must not pass the checks
        rest = bytearray(b)
        for r in res:
            rest[r["start"]:r["end"]] = b"|" * (r["end"] - r["start"])
        for d in _digit_runs(rest.decode("utf-8")):
            assert_not_personal_number(d, text)
        obj = {"text": text, "spans": res}
        if ctx:
            obj["context"] = ctx
        out.append(obj)
    return out


LANGS = {}

# ================================================================= DATA
# ----------------------------------------------------------------- English
def en_chunks(num, sizes, zero="zero", sep=", ", doubles=False):
    out, i = [], 0
    for n in sizes:
        out.append(say_en(num[i:i + n], zero=zero, doubles=doubles))
        i += n
    assert i == len(num)
    return sep.join(out)


EN_CARD1 = card("455673120984331")      # Visa 16
EN_CARD2 = card("523418907765120")      # Mastercard 16
EN_CARD3 = card("37829104655302")       # Amex 15
EN_CARD4 = card("401288810049271")      # Visa 16
EN_CARD5 = card("222300417788650")      # Mastercard 2-series
EN_CARD6 = card("601100908827314")      # Discover
EN_CARD7 = card("491763015578221")      # Visa debit
EN_CARD8 = card("652180334917202")      # RuPay 16
EN_IBAN_IE1 = iban("IE", "BOFI90001741928376")
EN_IBAN_GB1 = iban("GB", "LOYD30963347261004")
EN_IBAN_IE2 = iban("IE", "AIBK93208647120935")
EN_IBAN_SA = iban("SA", "80000204608016723154")
EN_IBAN_IL = iban("IL", "0126400000054713382")
EN_IBAN_CY = iban("CY", "005001230000004711828093")
EN_IBAN_AE = iban("AE", "0330000019100427551")
EN_IBAN_DE = iban("DE", "100100100948372615")
EN_IQAMA1 = saudi("248810377")
EN_IQAMA2 = saudi("239015846")
EN_TZ = tz("31542087")
EN_AFM = afm("12837465")
for _s in ("521-48-7730", "412-07-9983", "239-61-0457", "605-22-1184"):
    assert ssn_ok(_s)

EN = []
LANGS["en"] = EN

# Call A: temp agency, warehouse shifts (UK; Nigerian-British caller)
EN += [
    ("Good morning, Swift Staffing Leicester, you're through to Funmi, how can I help?",
     [("name", "Funmi")]),
    ("Hi yeah, um, my name is Chinedu Okafor, I registered online last week for the warehouse shifts.",
     [("name", "Chinedu Okafor")]),
    ("Okay, let me just find you. Can you spell the surname for me?",
     []),
    ("Yeah it's O-K-A-F-O-R.",
     [("name", "O-K-A-F-O-R")],
     "Can you spell the surname for me?"),
    ("it's the fourteenth of february nineteen ninety",
     [("date_of_birth", "the fourteenth of february nineteen ninety")],
     "And your date of birth please?"),
    ("Lovely. And is 07700 900417 still the best number for you?",
     [("phone", "07700 900417")]),
    ("Yeah that's fine, or you can try my other one, it's oh seven seven double oh, nine double oh, eight six two.",
     [("phone", "oh seven seven double oh, nine double oh, eight six two")]),
    ("So we've got the Magna Park site looking for pickers, Monday to Friday, 6 till 2, it's £11.90 an hour rising to £12.45 after 12 weeks.",
     []),
    ("Nights are 10 p.m. to 6 a.m., four on four off, and nights pay £13.20, but you need to do 2 days shadowing first.",
     []),
    ("chinedu dot okafor eight eight at gmail dot com",
     [("email", "chinedu dot okafor eight eight at gmail dot com")],
     "And what email did you put on the form?"),
    ("Perfect, I've just sent the contract to chinedu.okafor88@gmail.com, can you sign it by Thursday?",
     [("email", "chinedu.okafor88@gmail.com")]),
    ("No, I moved in April, I'm now at 19 Saffron Lane, flat 2, Leicester, LE2 6UH.",
     [("address", "19 Saffron Lane, flat 2, Leicester, LE2 6UH")],
     "Are you still at the same address?"),
    ("Induction is on the 3rd of June at half nine, it lasts about 4 hours, bring your hi-vis and your steel toe caps.",
     []),
    ("the bus from St Margaret's goes every 20 minutes, the number 48, and it drops you right by gate 3",
     []),
    ("We pay weekly on a Friday, a week in arrears, so shifts you do from the 3rd to the 9th get paid on the 21st.",
     []),
]

# Call B: payroll helpline of a retail chain (Ireland; older Dublin caller)
EN += [
    ("Hiya, you're through to HR Shared Services, Callum speaking.",
     [("name", "Callum")]),
    ("Hi, it's Bernie Walsh here, I'm ringing about me wages, they're short again.",
     [("name", "Bernie Walsh")]),
    ("No bother Bernie. Can I get your date of birth just to pull up your record?",
     [("name", "Bernie")]),
    ("Third of July, 1975.",
     [("date_of_birth", "Third of July, 1975")],
     "Can I get your date of birth just to pull up your record?"),
    ("So the payslip on the 28th of March says 37.5 hours but I done 45 that week, the overtime's missing, it should be time and a half.",
     []),
    ("I can see it there, the 7.5 hours weren't approved by the store until the 2nd of April, so they'll come through in the next pay run on the 11th.",
     []),
    ("That's €212.40 gross, and after tax at 20% and the USC you'd get roughly €150 in the hand.",
     []),
    ("Can you not send it as a one-off? Into me credit union account, the IBAN is %s." % group(EN_IBAN_IE1),
     [("iban", group(EN_IBAN_IE1))]),
    ("No wait, that's the old one. Hang on till I get me glasses... right, it's %s, that's the new one." % EN_IBAN_IE2,
     [("iban", EN_IBAN_IE2)]),
    ("Your case reference is HR 4471 2290 3318, and it'll be 3 to 5 working days.",
     []),
    ("and the Christmas bonus, is that the 1st of December or with the last pay in November? it was 2 and a half percent last year",
     []),
    ("Grand so, I'll keep an eye out for it on the Tuesday, that's the 11th, and I'll ring back on the Friday if it's not in.",
     []),
]

# Call C: pre-employment background check (US)
EN += [
    ("Thank you for calling ClearPath Screening, this is Melissa, can I have your first and last name?",
     [("name", "Melissa")]),
    ("Yeah, DeShawn Carter. D-E-S-H-A-W-N.",
     [("name", "DeShawn Carter"), ("name", "D-E-S-H-A-W-N")]),
    ("Thanks DeShawn. For verification I'm gonna need your Social Security number.",
     [("name", "DeShawn")]),
    ("Okay it's five two one, four eight, seven seven three zero.",
     [("id", "five two one, four eight, seven seven three zero")],
     "For verification I'm gonna need your Social Security number."),
    ("uh September 11th, 1992",
     [("date_of_birth", "September 11th, 1992")],
     "And your date of birth?"),
    ("The report for the Amazon fulfillment center position came back with a record from Cook County in 2014, that's why the offer is on hold.",
     []),
    ("You can dispute it, there's no charge, by law we have 30 days but it's usually 7 to 10 business days.",
     []),
    ("4218 West Fulton Street, apartment 2F, Chicago, Illinois 60624.",
     [("address", "4218 West Fulton Street, apartment 2F, Chicago, Illinois 60624")],
     "Where should we mail the copy of your report?"),
    ("It's (312) 555-0148, that's my cell.",
     [("phone", "(312) 555-0148")],
     "And a phone number in case the investigator needs to reach you?"),
    ("Can you email it too? It's deshawn underscore carter 92 at yahoo dot com.",
     [("email", "deshawn underscore carter 92 at yahoo dot com")]),
    ("A certified paper copy is $14.95 and it ships in 2 to 3 days, the digital one is free.",
     []),
    ("Sure, it's a Visa, %s, expiration oh eight twenty-seven." % group(EN_CARD1),
     [("card", group(EN_CARD1))]),
    ("So your dispute number is D as in delta 20240613 0442, keep that handy.",
     []),
]

# Call D: trade union membership line (Wales)
EN += [
    ("Membership line, Shauna speaking.",
     [("name", "Shauna")]),
    ("Hiya, yeah, it's Gaz, well Gareth Pryce, I wanna join before my disciplinary on Tuesday.",
     [("name", "Gaz"), ("name", "Gareth Pryce")]),
    ("Okay, just so you know, we can't normally represent you on an issue that started before you joined, there's a 4 week qualifying period.",
     []),
    ("Fees are £14.60 a month full time, or £8.10 if you work under 20 hours a week.",
     []),
    ("It's 9 Heol y Parc, Pontypridd, CF37 2TB.",
     [("address", "9 Heol y Parc, Pontypridd, CF37 2TB")],
     "What's your home address?"),
    ("mobile is oh seven seven oh oh nine hundred three five one",
     [("phone", "oh seven seven oh oh nine hundred three five one")]),
    ("i was born on the second of november seventy nine",
     [("date_of_birth", "the second of november seventy nine")]),
    ("I work for Rhondda Valley Care, the Ty Coch home in Treforest, 36 hours, 3 twelves.",
     []),
    ("I'll pay the first month on card, it's a Mastercard, %s." % en_chunks(EN_CARD2, [4, 4, 4, 4], zero="oh"),
     [("card", en_chunks(EN_CARD2, [4, 4, 4, 4], zero="oh"))]),
    ("And after that the direct debit goes out on the 1st, the form wants the IBAN so it's %s." % group(EN_IBAN_GB1),
     [("iban", group(EN_IBAN_GB1))]),
    ("email is g dot pryce seventy nine at btinternet dot com, all lower case",
     [("email", "g dot pryce seventy nine at btinternet dot com")]),
    ("Your membership number is 00731958, your rep is at the Merthyr office on Thursdays from 10 till 3.",
     []),
]

EN_IBAN_IE3 = iban("IE", "AIBK93352071846610")

# Call E: construction-industry pension scheme (Cork, older caller)
EN += [
    ("Good afternoon, BuildSave Pensions, my name is Aoife, can I take your name please?",
     [("name", "Aoife")]),
    ("Paddy Sullivan. Well, Pádraig Ó Súilleabháin on the forms, the Irish version like.",
     [("name", "Paddy Sullivan"), ("name", "Pádraig Ó Súilleabháin")]),
    ("Grand, Mr Ó Súilleabháin, and your date of birth?",
     [("name", "Ó Súilleabháin")]),
    ("the twenty second of January, nineteen sixty one",
     [("date_of_birth", "the twenty second of January, nineteen sixty one")],
     "and your date of birth?"),
    ("I'm 63 now and I want to know can I take the lump sum at 65 or do I have to wait till 66 like the State pension.",
     []),
    ("Your fund value at the 31st of December was €48,210, and you can take 25% of that tax free.",
     []),
    ("The management charge is 0.75% a year, and there's no exit penalty after 10 years' membership, you joined in 2003.",
     []),
    ("Is it still 12 Ard na Gréine, Ballincollig, County Cork?",
     [("address", "12 Ard na Gréine, Ballincollig, County Cork")],
     "We'll post the retirement pack to your home address."),
    ("No, no, we sold up, we're in 4 Kilbrittain Road, Bandon, P72 KD81 since the summer.",
     [("address", "4 Kilbrittain Road, Bandon, P72 KD81")],
     "Is it still 12 Ard na Gréine, Ballincollig, County Cork?"),
    ("The lump sum into the AIB account, will I give you the IBAN? %s." % EN_IBAN_IE3,
     [("iban", EN_IBAN_IE3)]),
    ("home is oh two one, four eight seven, three three one nine, or the mobile oh eight seven two one four double six nine three",
     [("phone", "oh two one, four eight seven, three three one nine"),
      ("phone", "oh eight seven two one four double six nine three")]),
    ("Send it to my daughter sure, she does all that, niamh.sullivan.cork@gmail.com.",
     [("email", "niamh.sullivan.cork@gmail.com")]),
    ("The pack goes out within 10 working days, and the first payment is usually 6 to 8 weeks after we get the forms back.",
     []),
]

# Call F: state unemployment benefits line (Texas)
EN += [
    ("Workforce Commission unemployment benefits, this is Marcus, can I get your name?",
     [("name", "Marcus")]),
    ("Yes sir, Tamara Reyes, but everybody calls me Tammy.",
     [("name", "Tamara Reyes"), ("name", "Tammy")]),
    ("Okay ma'am, I'll need your full Social Security number to pull up the claim.",
     []),
    ("four one two, oh seven, nine nine eight three",
     [("id", "four one two, oh seven, nine nine eight three")],
     "I'll need your full Social Security number to pull up the claim."),
    ("ten twenty-six eighty-eight",
     [("date_of_birth", "ten twenty-six eighty-eight")],
     "And your date of birth?"),
    ("I got laid off from the distribution center on February 15th, they cut 240 jobs in one day.",
     []),
    ("Your weekly benefit amount is $362, for up to 26 weeks, and you request payment every 2 weeks.",
     []),
    ("You need 3 work search activities a week, and there's a workshop at the Main Street workforce center on March 4th at 10:30.",
     []),
    ("my phone number changed it's 817-555-0193",
     [("phone", "817-555-0193")]),
    ("And my new address is 2207 Birchwood Drive, Arlington, Texas 76014, I moved in with my sister.",
     [("address", "2207 Birchwood Drive, Arlington, Texas 76014")]),
    ("Email's T-A-M-M-Y reyes 1988 at hotmail dot com.",
     [("email", "T-A-M-M-Y reyes 1988 at hotmail dot com")]),
    ("The payment that posted on the 8th was $724 for two weeks, minus 10% federal withholding, so $651.60.",
     []),
]

# Call G: manpower agency in Saudi Arabia, Indian electrician (Indian English)
EN += [
    ("Good evening, Gulf Manpower Services, Faisal speaking, how may I help you?",
     [("name", "Faisal")]),
    ("Hello sir, myself Venkatesh Subramanian, I am working as electrician in the Jubail project, my iqama is expiring.",
     [("name", "Venkatesh Subramanian")]),
    ("Okay sir, what is your iqama number?",
     []),
    ("Iqama number is %s sir." % en_chunks(EN_IQAMA1, [3, 3, 4]),
     [("id", en_chunks(EN_IQAMA1, [3, 3, 4]))],
     "Okay sir, what is your iqama number?"),
    ("The renewal is 650 riyals plus the work permit 9,600 for the year, and the company pays that, not you.",
     []),
    ("Sir salary also not came for 2 months, January and February, 4,200 each month.",
     []),
    ("Yes, it is Al Rajhi, IBAN is %s." % group(EN_IBAN_SA),
     [("iban", group(EN_IBAN_SA))],
     "Please give your IBAN, we will check with payroll."),
    ("my number is 055 318 4402 and WhatsApp is Indian number plus 91 98470 21563",
     [("phone", "055 318 4402"), ("phone", "plus 91 98470 21563")]),
    ("email id is venky dot subbu at rediffmail dot com",
     [("email", "venky dot subbu at rediffmail dot com")]),
    ("My roommate also same problem sir, his iqama is %s, same company." % EN_IQAMA2,
     [("id", EN_IQAMA2)]),
    ("Date of birth 05-06-1987 as per passport.",
     [("date_of_birth", "05-06-1987")]),
    ("The exit re-entry is 200 riyals for 2 months, I can take it on card now.",
     []),
    ("Okay sir, card is %s." % group(EN_CARD7),
     [("card", group(EN_CARD7))]),
]

# Call H: government-funded job training course (Australia)
EN += [
    ("G'day, Skills Pathway enrolments, you're speaking with Jess.",
     [("name", "Jess")]),
    ("Hi, yeah, Bec Thornton here, I'm after the Cert Three in Individual Support, the one that's fee-free?",
     [("name", "Bec Thornton")]),
    ("No worries. Fee-free is only if you're on JobSeeker or under 25, otherwise it's $1,450.",
     []),
    ("The course runs 24 weeks with 120 hours of placement, classes Tuesdays and Thursdays 9 to 2:30 at Mount Gravatt, starting the 15th of July.",
     []),
    ("I'm 31 so I'll just pay it, can I do it over 3 instalments?",
     []),
    ("yep it's a mastercard %s" % en_chunks(EN_CARD5, [4, 4, 4, 4], zero="oh", doubles=True, sep=" "),
     [("card", en_chunks(EN_CARD5, [4, 4, 4, 4], zero="oh", doubles=True, sep=" "))]),
    ("Twenty-third of the ninth, ninety-three.",
     [("date_of_birth", "Twenty-third of the ninth, ninety-three")],
     "And date of birth?"),
    ("I'm at 17 Banksia Street, Carina, that's Brisbane, 4152.",
     [("address", "17 Banksia Street, Carina, that's Brisbane, 4152")]),
    ("Email's bec.thornton93@bigpond.com and the mobile is 0491 570 156.",
     [("email", "bec.thornton93@bigpond.com"), ("phone", "0491 570 156")]),
    ("Sorry, I said 156, it's 0491 570 165, I always mix them up.",
     [("phone", "0491 570 165")]),
]

# Call J: HR/payroll of a tech company in Israel (Anglo new immigrant, English)
EN += [
    ("Hi, this is Shmuli Katz, I started at the Herzliya office on the 1st of September and my first payslip is all wrong.",
     [("name", "Shmuli Katz")]),
    ("Sure, my teudat zehut is %s." % en_chunks(EN_TZ, [3, 3, 3], zero="oh"),
     [("id", en_chunks(EN_TZ, [3, 3, 3], zero="oh"))],
     "Can you give me your ID number so I can find you in the system?"),
    ("They took 47% tax, I'm a new immigrant, I should get the extra credit points for the first 18 months, it's 3 points.",
     []),
    ("Gross was 28,500 shekels, net came out 14,940, the pension was 6% and the keren hishtalmut 2.5%.",
     []),
    ("And the salary goes to Leumi, the IBAN is %s, they had an old one from my Chase account." % group(EN_IBAN_IL),
     [("iban", group(EN_IBAN_IL))]),
]

# Call K: HR of a ship-management company in Limassol (British and Greek-Australian callers)
EN += [
    ("Hi, I'm ringing from Manchester, I start with you on the 2nd of January as a marine superintendent and HR asked for my bank details.",
     []),
    ("Right, it's the Bank of Cyprus one, %s." % group(EN_IBAN_CY),
     [("iban", group(EN_IBAN_CY))],
     "HR asked for my bank details."),
    ("G'day mate, I'm doing contract work for your Piraeus office and they need my Greek tax number, the AFM, it's %s." % say_en(EN_AFM),
     [("id", say_en(EN_AFM))]),
    ("The contract's 6 months from the 1st of March, 4 weeks on 4 off, rate is 640 euros a day plus the flights from Larnaca.",
     []),
]

# Call L: onboarding line of a US staffing agency (warehouse and forklift jobs)
EN += [
    ("Yeah, it's 239-61-0457.",
     [("id", "239-61-0457")],
     "For the I-9 I need your Social, can you read it off the card?"),
    ("six oh five, twenty-two, eleven eighty-four",
     [("id", "six oh five, twenty-two, eleven eighty-four")],
     "And the Social Security number for the W-4?"),
    ("Your assignment at the Newark warehouse starts 07/08, shift is 7 a.m. to 3:30 p.m., $19.50 an hour, overtime after 40 hours.",
     []),
    ("The drug screen is at the LabCorp on Route 1, bring the form with code 4417-22, you have 48 hours to go.",
     []),
    ("The OSHA 30 course is $189? Okay, it's an Amex, %s." % group(EN_CARD3[:4] + " " + EN_CARD3[4:10] + " " + EN_CARD3[10:], 100),
     [("card", EN_CARD3[:4] + " " + EN_CARD3[4:10] + " " + EN_CARD3[10:])]),
    ("i'm paying for my son's forklift certification the card is %s" % group(EN_CARD6, sep="-"),
     [("card", group(EN_CARD6, sep="-"))]),
    ("The expedited check is $39? Fine, put it on my Visa, %s." % say_en(EN_CARD4, zero="oh"),
     [("card", say_en(EN_CARD4, zero="oh"))]),
    ("Ship the badge to 88 Oak Hollow Lane, Edison, New Jersey, 08817.",
     [("address", "88 Oak Hollow Lane, Edison, New Jersey, 08817")]),
]

# Call M: work permits and salaries in the UAE (Keralite worker, German freelancer)
EN += [
    ("Hello, I am calling from Sharjah, my labour card is ready but WPS salary is not coming, my IBAN is %s." % group(EN_IBAN_AE),
     [("iban", group(EN_IBAN_AE))]),
    ("The work permit is 250 dirhams for the application and 3,450 for the approval, it's valid 2 years, and the medical is 320.",
     []),
    ("Your transaction number is MB274918330AE, approved on 14 May, print it within 60 days.",
     []),
    ("For the degree attestation I can pay with Indian card? It is %s." % group(EN_CARD8),
     [("card", group(EN_CARD8))]),
    ("I'm a freelance developer in Berlin invoicing your Dubai office, please pay invoice 2024-117 for €3,200 into %s." % group(EN_IBAN_DE),
     [("iban", group(EN_IBAN_DE))]),
]

# ----------------------------------------------------------------- Arabic
AR_GULF = "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
for _i, _w in enumerate(AR_GULF + AR_EG):
    _DIGIT_WORDS[_w] = str(_i % 10)


def ar_chunks(num, sizes, words=AR_D, sep="، "):
    out, i = [], 0
    for n in sizes:
        out.append(" ".join(words[int(c)] for c in num[i:i + n]))
        i += n
    assert i == len(num)
    return sep.join(out)


AR_SAID1 = saudi("107345128")
AR_SAID2 = saudi("110982364")
AR_SAID3 = saudi("104471893")
AR_IQ1 = saudi("241177305")
AR_IQ2 = saudi("252310948")
AR_IQ3 = saudi("233869021")
AR_TZ1 = tz("20391564")
AR_TZ2 = tz("03726458")
AR_IBAN_SA1 = iban("SA", "10000001847200300951")
AR_IBAN_SA2 = iban("SA", "65000000582031174609")
AR_IBAN_SA3 = iban("SA", "05000068201459377001")
AR_IBAN_EG = iban("EG", "0002002700000271548390126")
AR_IBAN_JO1 = iban("JO", "ARAB1200000000182054731690")
AR_IBAN_JO2 = iban("JO", "HBHO0320000000004418265093")
AR_IBAN_AE1 = iban("AE", "0260001015738290124")
AR_IBAN_AE2 = iban("AE", "0350000009481726350")
AR_IBAN_KW = iban("KW", "NBOK0000000000002018735642")
AR_CARD1 = card("446404128830917")     # mada
AR_CARD2 = card("529741008236452")
AR_CARD3 = card("507803301194728")     # Meeza (Egypt)
AR_CARD4 = card("412753006618024")
AR_CARD5 = card("537719240082115")
AR_CARD6 = card("455702981136470")
AR_CARD7 = card("510510300448927")
AR_CARD8 = card("439812776501334")

AR = []
LANGS["ar"] = AR

# Call 1: support programme for job seekers (Saudi, Gulf dialect)
AR += [
    ("هلا والله، معك نورة من مركز خدمة الباحثين عن عمل، كيف أقدر أخدمك؟",
     [("name", "نورة")]),
    ("هلا، أنا عبدالله الشهري، سجلت في البرنامج من شهرين وللحين ما نزل لي الدعم",
     [("name", "عبدالله الشهري")]),
    ("إيه، %s" % ar_chunks(AR_SAID1, [3, 3, 4], AR_GULF),
     [("id", ar_chunks(AR_SAID1, [3, 3, 4], AR_GULF))],
     "ممكن رقم الهوية الوطنية لو سمحت؟"),
    ("طيب يا عبدالله، الدعم ألفين ريال أول ست شهور وبعدين ينزل لألف وخمسمية لين تكمل ١٥ شهر",
     [("name", "عبدالله")]),
    ("لازم تسوي ٤ أنشطة بحث عن عمل كل أسبوع، وآخر موعد للتحديث يوم الخميس ٢٠ الشهر",
     []),
    ("الآيبان حقي في الراجحي %s" % group(AR_IBAN_SA1),
     [("iban", group(AR_IBAN_SA1))]),
    ("رقم جوالي صفر خمسة ستة، سبعة واحد تسعة، ثلاثة ثلاثة صفر ثمانية",
     [("phone", "صفر خمسة ستة، سبعة واحد تسعة، ثلاثة ثلاثة صفر ثمانية")]),
    ("مواليد ١٢ / ٣ / ١٤١٨ هجري",
     [("date_of_birth", "١٢ / ٣ / ١٤١٨ هجري")],
     "وتاريخ ميلادك؟"),
    ("رقم الطلب 4471-2093 وتقدر تتابعه من التطبيق خلال ٣ أيام عمل، والصرف عادة يوم ٥ من كل شهر",
     []),
    ("انقطع عنك الدعم لأنك رفضت عرضين وظيفيين في شهر ٧، واحد من سابك وواحد من شركة عبداللطيف جميل",
     []),
]

# Call 2: domestic-worker recruitment office (Riyadh, Saudi woman)
AR += [
    ("مكتب الرواد للاستقدام، معك ماجد، تفضلي",
     [("name", "ماجد")]),
    ("السلام عليكم، معك أم فيصل، أبغى أستقدم عاملة منزلية من الفلبين",
     [("name", "أم فيصل")]),
    ("أبشري، التكلفة ١٦ ألف وخمسمية شامل التذاكر، ومدة الوصول من ٤٥ إلى ٦٠ يوم",
     []),
    ("تفضل، %s" % indic(AR_SAID2),
     [("id", indic(AR_SAID2))],
     "ممكن رقم هويتك الوطنية عشان نطلع التأشيرة من مساند؟"),
    ("بدفع العربون ٥ آلاف بالبطاقة، مدى، الرقم %s" % group(AR_CARD1),
     [("card", group(AR_CARD1))]),
    ("العنوان الوطني: حي الملقا، شارع أنس بن مالك، مبنى ٧٨٤٥، الرمز البريدي ١٣٥٢٤",
     [("address", "حي الملقا، شارع أنس بن مالك، مبنى ٧٨٤٥، الرمز البريدي ١٣٥٢٤")]),
    ("وبعد الوصول فيه فترة تجربة ٩٠ يوم، ولو ما ناسبتكم نبدلها مجاناً مرة وحدة",
     []),
    ("الإيميل umfaisal.alqahtani@gmail.com، وجوالي ٠٥٠٤١٢٧٧٣٨",
     [("email", "umfaisal.alqahtani@gmail.com"), ("phone", "٠٥٠٤١٢٧٧٣٨")]),
    ("تمام يا أم فيصل، العقد بيوصلك على الإيميل اليوم قبل الساعة ٤",
     [("name", "أم فيصل")]),
]

# Call 3: HR of a contracting company, transfer of sponsorship (Egyptian worker)
AR += [
    ("شؤون الموظفين، رنا معك، تفضل",
     [("name", "رنا")]),
    ("أيوه يا فندم، أنا محمود عبد الفتاح، فني تكييف في مشروع الدمام، كنت عايز أسأل على نقل الكفالة",
     [("name", "محمود عبد الفتاح")]),
    ("رقم الإقامة %s" % ar_chunks(AR_IQ1, [1, 2, 3, 4], AR_EG),
     [("id", ar_chunks(AR_IQ1, [1, 2, 3, 4], AR_EG))],
     "شو رقم إقامتك؟"),
    ("النقل رسومه ٢٠٠٠ ريال، والعقد تبعك بيخلص بشهر ٩، والشركة الجديدة هي اللي بتدفع",
     []),
    ("وعايز أحوّل المستحقات على حسابي في البنك الأهلي المصري، الآيبان %s" % AR_IBAN_EG,
     [("iban", AR_IBAN_EG)]),
    ("تليفوني في مصر صفر واحد صفر، تسعة واحد أربعة، ستة تلاتة تمانية اتنين",
     [("phone", "صفر واحد صفر، تسعة واحد أربعة، ستة تلاتة تمانية اتنين")]),
    ("مكافأة نهاية الخدمة عن ٦ سنين بتكون نص راتب عن أول ٥ سنين وراتب كامل عن السنة السادسة، يعني تقريباً ١١ ألف و٢٥٠",
     []),
    ("٣ / ١٠ / ١٩٨٥",
     [("date_of_birth", "٣ / ١٠ / ١٩٨٥")],
     "وتاريخ ميلادك لو سمحت؟"),
    ("خلاص يا أستاذ محمود، رح نبعتلك الإفادة على الإيميل",
     [("name", "محمود")]),
    ("الإيميل محمود دوت عبد الفتاح ٨٥ آت ياهو دوت كوم",
     [("email", "محمود دوت عبد الفتاح ٨٥ آت ياهو دوت كوم")]),
    ("والراتب الأساسي ٢٨٠٠ وبدل السكن ٧٠٠ وبدل النقل ٣٠٠، والإجمالي ٣٨٠٠ ريال",
     []),
]

# Call 4: HR helpline of a hospital group in Dubai (Lebanese nurse)
AR += [
    ("مساء الخير، خط الموارد البشرية، معك حمدة، شو أقدر أساعدك؟",
     [("name", "حمدة")]),
    ("مرحبا، أنا ريما حداد، ممرضة بقسم الطوارئ، بدي شهادة راتب للبنك",
     [("name", "ريما حداد")]),
    ("أكيد يا ريما، شهادة الراتب بتطلع خلال ٣ أيام عمل وبتنبعتلك عالإيميل",
     [("name", "ريما")]),
    ("الإيميل تبعي rima dot haddad 91 at hotmail dot com",
     [("email", "rima dot haddad 91 at hotmail dot com")]),
    ("وكمان بدي غيّر الحساب اللي بينزل عليه الراتب، الآيبان الجديد %s" % group(AR_IBAN_AE1),
     [("iban", group(AR_IBAN_AE1))]),
    ("الراتب بينزل يوم ٢٧ من كل شهر، وإذا وصلنا الطلب قبل يوم ٢٠ بيمشي من هالشهر",
     []),
    ("رقم موبايلي صفر خمسين، أربعة ثمانية اثنين، واحد تسعة ثلاثة سبعة",
     [("phone", "صفر خمسين، أربعة ثمانية اثنين، واحد تسعة ثلاثة سبعة")]),
    ("عقدي بلّش ١ / ٩ / ٢٠١٩، يعني صرلي ٥ سنين، وإجازتي السنوية ٣٠ يوم",
     []),
    ("وبدي إسأل عن بدل التعليم للولاد، هو ١٥ ألف درهم للولد ولا ٢٠ ألف؟",
     []),
    ("ساكنة في القصيص، بناية الحبتور رقم ٣، شقة ٢٠٤، دبي",
     [("address", "القصيص، بناية الحبتور رقم ٣، شقة ٢٠٤، دبي")],
     "وين عنوان السكن الحالي؟"),
]

# Call 5: social security, unemployment allowance (Jordan)
AR += [
    ("المؤسسة العامة للضمان الاجتماعي، معك لينا، تفضل",
     [("name", "لينا")]),
    ("مرحبا، أنا خالد الزعبي، بدي أقدم على بدل التعطل، الشركة سكّرت من أول الشهر",
     [("name", "خالد الزعبي")]),
    ("مواليد ١٥ نيسان ١٩٨٩",
     [("date_of_birth", "١٥ نيسان ١٩٨٩")],
     "تاريخ الميلاد لو سمحت؟"),
    ("بدل التعطل بينصرف ٣ شهور، ٧٥٪ من الأجر بالشهر الأول و٦٥٪ بالتاني و٥٥٪ بالتالت",
     []),
    ("اشتراكاتك ٤٢ اشتراك والحد الأدنى ٣٦، يعني بتستحق، وآخر أجر مسجل ٥٨٠ دينار",
     []),
    ("الآيبان تبعي بالبنك العربي %s" % group(AR_IBAN_JO1),
     [("iban", group(AR_IBAN_JO1))]),
    ("لا لا استني، هاد القديم، الجديد بالإسكان %s" % AR_IBAN_JO2,
     [("iban", AR_IBAN_JO2)]),
    ("تلفوني صفر سبعة تسعة، خمسة خمسة ستة، صفر اثنين واحد ثمانية",
     [("phone", "صفر سبعة تسعة، خمسة خمسة ستة، صفر اثنين واحد ثمانية")]),
    ("العنوان: عمان، جبل الحسين، شارع خالد بن الوليد، عمارة ٢٧، الطابق الثالث",
     [("address", "عمان، جبل الحسين، شارع خالد بن الوليد، عمارة ٢٧، الطابق الثالث")]),
    ("تمام أبو سامر، بتوصلك رسالة خلال أسبوعين، ورقم المعاملة ٢٠٢٤٠٦١١٨٧",
     [("name", "أبو سامر")]),
]

# Call 6: agency placing Egyptian workers in the Gulf (Egyptian dialect)
AR += [
    ("شركة النيل لإلحاق العمالة بالخارج، معاك إسراء، أقدر أساعد حضرتك إزاي؟",
     [("name", "إسراء")]),
    ("أهلا، أنا اسمي مصطفى السيد بس الناس بتقولي ميدو، قدمت على وظيفة سواق في الكويت",
     [("name", "مصطفى السيد"), ("name", "ميدو")]),
    ("الكشف الطبي في مركز جامكا بـ ١٢٠٠ جنيه، والتأشيرة بتاخد من ٣ لـ ٤ أسابيع",
     []),
    ("هدفع الكشف بكارت ميزة، رقمه %s" % group(AR_CARD3),
     [("card", group(AR_CARD3))]),
    ("٢٢ / ٨ / ١٩٩٤",
     [("date_of_birth", "٢٢ / ٨ / ١٩٩٤")],
     "تاريخ ميلاد حضرتك؟"),
    ("رقمي 0112 745 8319 وعليه واتساب",
     [("phone", "0112 745 8319")]),
    ("العنوان ١٥ شارع مصطفى النحاس، مدينة نصر، الدور الرابع، شقة ٨",
     [("address", "١٥ شارع مصطفى النحاس، مدينة نصر، الدور الرابع، شقة ٨")]),
    ("المرتب هناك ٢٥٠ دينار كويتي، والسكن على الشركة، والعقد سنتين قابل للتجديد",
     []),
    ("والإيميل mido.elsayed94@gmail.com",
     [("email", "mido.elsayed94@gmail.com")]),
]

# Call 7: public employment agency (Casablanca, Darija with French)
AR += [
    ("ألو، الأنابيك الدار البيضاء، معاك سناء",
     [("name", "سناء")]),
    ("السلام، أنا سميتي يوسف بنعلي، بغيت نسول على برنامج إدماج",
     [("name", "يوسف بنعلي")]),
    ("خاصك تكون مسجل عندنا وعندك الباك ولا ديبلوم، والتدريب كيدوم ٢٤ شهر، والمنحة ١٦٠٠ درهم فالشهر",
     []),
    ("النمرة ديالي 06 12 45 78 33 ولا +212 6 61 20 39 84",
     [("phone", "06 12 45 78 33"), ("phone", "+212 6 61 20 39 84")]),
    ("الإيميل ديالي youssef point benali arobase gmail point com",
     [("email", "youssef point benali arobase gmail point com")]),
    ("ساكن ف حي المعاريف، زنقة ابن منير، رقم ٤٥، الطابق ٢، الدار البيضاء",
     [("address", "حي المعاريف، زنقة ابن منير، رقم ٤٥، الطابق ٢، الدار البيضاء")]),
    ("٠٧/٠٤/١٩٩٨",
     [("date_of_birth", "٠٧/٠٤/١٩٩٨")],
     "تاريخ الازدياد ديالك؟"),
    ("الموعد ديالك نهار الثلاثاء ١٨ يونيو مع العشرة ونص، جيب معاك البطاقة الوطنية والسيفي",
     []),
    ("مرحبا سي يوسف، بالتوفيق إن شاء الله",
     [("name", "يوسف")]),
]

# Call 8: professional accreditation of engineers, needed for the work permit (Sudanese engineer in Riyadh)
AR += [
    ("الهيئة السعودية للمهندسين، معك تركي، تفضل",
     [("name", "تركي")]),
    ("السلام عليكم، معاك المهندس عثمان الطيب، أبغى أجدد الاعتماد المهني عشان الإقامة تنتهي بعد شهر",
     [("name", "عثمان الطيب")]),
    ("رقم الإقامة %s، الرقم اللي على الكرت" % AR_IQ2,
     [("id", AR_IQ2)],
     "عطني رقم الإقامة لو سمحت"),
    ("رسوم العضوية ٦٠٠ ريال للمهندس المشارك و٩٠٠ للمحترف، والاختبار المهني ٣٠٠، والاعتماد صالح سنة لين ٣ / ٢ / ٢٠٢٦",
     []),
    ("البطاقة فيزا %s" % group(AR_CARD4, sep="-"),
     [("card", group(AR_CARD4, sep="-"))]),
    ("ما مرت؟ طيب خذ الماستركارد الثانية %s" % ar_chunks(AR_CARD5, [4, 4, 4, 4], AR_D, " "),
     [("card", ar_chunks(AR_CARD5, [4, 4, 4, 4], AR_D, " "))]),
    ("والبريد osman.eltayeb@outlook.sa عشان الشهادة",
     [("email", "osman.eltayeb@outlook.sa")]),
]

# Call 9: end-of-service gratuity after 14 years in Kuwait (Syrian employee)
AR += [
    ("بدي إسأل عن مستحقات نهاية الخدمة، اشتغلت ١٤ سنة بالشركة من ٢٠١٠ لـ ٢٠٢٤ بقسم المحاسبة",
     []),
    ("الحسبة ١٥ يوم عن كل سنة من أول ٥ سنين وشهر كامل عن كل سنة بعدها، يعني تقريباً ٤٦٢٠ دينار، وبتنصرف خلال ١٠ أيام من آخر يوم دوام",
     []),
    ("حولوها على حسابي بالوطني %s" % group(AR_IBAN_KW),
     [("iban", group(AR_IBAN_KW))]),
    ("رقمي الكويتي +965 6621 4087 لآخر الشهر، وبعدها رقمي بسوريا صفر تسعة أربعة أربعة، ثلاثة واحد سبعة، خمسة صفر ستة",
     [("phone", "+965 6621 4087"),
      ("phone", "صفر تسعة أربعة أربعة، ثلاثة واحد سبعة، خمسة صفر ستة")]),
    ("أنا مواليد ٢٠ شباط ١٩٧٦ إذا بدك تتأكد",
     [("date_of_birth", "٢٠ شباط ١٩٧٦")]),
    ("وتصديق شهادة الخبرة ٥ دنانير، بدفعها بالبطاقة؟ %s" % group(AR_CARD6),
     [("card", group(AR_CARD6))]),
]

# Call 10: Arab citizen of Israel at the state employment service (Arabic with Hebrew words)
AR += [
    ("مرحبا، معك سامي من شيروت هتعسوكا، شو بقدر أساعدك؟",
     [("name", "سامي")]),
    ("أهلين، أنا اسمي أمل خطيب من الطيبة، انفصلت من الشغل وبدي أسجل لدمي أفطالا",
     [("name", "أمل خطيب")]),
    ("رقم الهوية %s" % ar_chunks(AR_TZ1, [3, 3, 3]),
     [("id", ar_chunks(AR_TZ1, [3, 3, 3]))]),
    ("وكمان رقم هوية جوزي لأنه بدكم إياه بالطلب: %s" % AR_TZ2,
     [("id", AR_TZ2)]),
    ("لازم تيجي تسجلي بمكتب الطيبة يوم الأحد أو الأربعاء بين ٨ و١٢، وبعدين تيجي كل أسبوعين، وأول دفعة بعد ٣٠ يوم",
     []),
    ("تلفوني ٠٥٢-٦٦٤-٣١٩٠، وإذا ما رديت ابعتلي رسالة",
     [("phone", "٠٥٢-٦٦٤-٣١٩٠")]),
    ("مواليد ٢٨/١١/١٩٩١",
     [("date_of_birth", "٢٨/١١/١٩٩١")],
     "تاريخ الميلاد؟"),
    ("الإيميل amal.khatib at walla dot co dot il",
     [("email", "amal.khatib at walla dot co dot il")]),
    ("اشتغلت ٤ سنين بمصنع تنوفا بقلنسوة، والمعاش كان ٧٢٠٠ شيكل، وبعطوكي تقريباً ٦٠٪ منه",
     []),
]

# Call 11: on-the-job training programme for graduates (Saudi woman, MSA-leaning)
AR += [
    ("مكافأة التدريب ٣٠٠٠ ريال شهرياً لمدة ٦ أشهر، والتدريب في جهات مثل وزارة الصحة وأرامكو والخطوط السعودية",
     []),
    ("أنا خريجة ٢٠٢٢ وعمري ٢٦ سنة، هل يحق لي التسجيل؟ الشرط أقل من ٣٥ صح؟",
     []),
    ("رقم هويتي %s" % say(AR_SAID3, AR_D),
     [("id", say(AR_SAID3, AR_D))]),
    ("الآيبان في البنك الأهلي %s، باسمي" % group(AR_IBAN_SA2),
     [("iban", group(AR_IBAN_SA2))]),
    ("عنواني جدة، حي الروضة، شارع الأمير سعود الفيصل، مبنى ٣١٢٠، الرمز ٢٣٤٣٥",
     [("address", "جدة، حي الروضة، شارع الأمير سعود الفيصل، مبنى ٣١٢٠، الرمز ٢٣٤٣٥")]),
    ("الفرص المتاحة حالياً ١٤٧ فرصة في جدة، أقربها في مستشفى سليمان الحبيب بشارع التحلية، والمقابلة يوم الأحد ٩ الصبح",
     []),
    ("الدفعة الأولى تنصرف بعد ٤٥ يوم من المباشرة، يعني تقريباً ١٠ رجب، والحضور لازم يكون ٨٠٪ على الأقل",
     []),
]

# Call 12: certificate of good conduct for a new employer (Emirati caller, Abu Dhabi)
AR += [
    ("أبا أطلع شهادة حسن سيرة وسلوك، الشركة الياية طالبتنها قبل ما أباشر يوم ١ الشهر الياي",
     []),
    ("الرسوم ٢٢٠ درهم، وتطلع خلال ٢٤ ساعة، ولو تبيها مصدقة من الخارجية زيد ١٥٠",
     []),
    ("الكرت %s، وتاريخ الانتهاء ٠٨ / ٢٧" % group(AR_CARD7),
     [("card", group(AR_CARD7))]),
    ("العنوان أبوظبي، مدينة محمد بن زايد، زون ١٥، فيلا ٤٢",
     [("address", "أبوظبي، مدينة محمد بن زايد، زون ١٥، فيلا ٤٢")]),
    ("ورقم الطلب عندك ٥٣١٢٠٩٣٥٥٠٦١ احفظه، وتقدر تحمل الشهادة من تطبيق الشرطة بعد الساعة ٦",
     []),
    ("الراتب يوم يبدا ١٨ ألف، والسنة الأولى تجربة ٦ شهور، والدوام من ٧ ونص لين ٣ ونص",
     []),
    ("بغيت أحول راتب الشركة القديمة الأخير على %s" % AR_IBAN_AE2,
     [("iban", AR_IBAN_AE2)]),
]

# Call 13: salary and contract complaint line (Egyptian worker in Jeddah) and follow-ups
AR += [
    ("الشركة مأخرة المرتب ٣ شهور، من شهر ٢ لحد شهر ٤، وكل شهر ٣٢٠٠ ريال، يعني ٩٦٠٠",
     []),
    ("رقم إقامتي %s" % group(AR_IQ3, 5),
     [("id", group(AR_IQ3, 5))],
     "ممكن رقم الإقامة عشان أفتح البلاغ؟"),
    ("والآيبان بتاعي في الرياض %s" % group(AR_IBAN_SA3),
     [("iban", group(AR_IBAN_SA3))]),
    ("رقم البلاغ ٥٥٠١٨٧٢٢٤ وهيتواصل معاك المفتش خلال ٥ أيام عمل، ولو ما اتحلتش تتحول للمحكمة العمالية",
     []),
    ("عايز أدفع رسوم الخروج النهائي بالكارت بتاعي %s" % ar_chunks(AR_CARD8, [4, 4, 4, 4], AR_EG, " "),
     [("card", ar_chunks(AR_CARD8, [4, 4, 4, 4], AR_EG, " "))]),
    ("عنواني في مصر ٧ شارع الجمهورية، بندر المنصورة، الدقهلية، عشان يبعتولي الورق",
     [("address", "٧ شارع الجمهورية، بندر المنصورة، الدقهلية")]),
]

# single lines from other calls of the same centres (numbers, dates, names of firms and places)
AR += [
    ("المقابلة يوم الثلاثاء ١٢ نوفمبر الساعة ١٠ ونص في فرع العليا، الدور ٣، مكتب ٣٠٧",
     []),
    ("نسبة اشتراك التأمينات ٩٪ على الموظف و٩٪ على صاحب العمل، و٢٪ للأخطار المهنية",
     []),
    ("طلب نقل الخدمات رقم 20241187 مرفوض لأن المنشأة في النطاق الأحمر، وتقدر تعيد التقديم بعد ٩٠ يوم",
     []),
    ("عندنا ٣ وظائف في مجموعة الفطيم في دبي فستيفال سيتي، ووحدة في طيران الإمارات، الراتب من ٦٥٠٠ لـ ٨٠٠٠ درهم",
     []),
    ("يا جماعة الساعة إضافية بتنحسب ١٢٥٪ بالأيام العادية و١٥٠٪ بالجمعة والعطل الرسمية",
     []),
    ("الدورة ١٢٠ ساعة على ٨ أسابيع، من الأحد للخميس من ٤ لـ ٧ المسا، وبتبدأ ١ أكتوبر",
     []),
    ("المعاش التقاعدي بينصرف أول كل شهر، والزيادة السنوية ٣٪، وأقل معاش ٢٠٠ دينار",
     []),
    ("عقد العمل المؤقت ١١ شهر، وبعدها لازم فترة انقطاع ٣ شهور قبل ما يتجدد",
     []),
    ("رخصة العمل رقم MP-7741-2024 صالحة لحد ٣١ / ١٢ / ٢٠٢٥، ورسوم التجديد ٧٥٠٠ ريال سنوياً",
     []),
    ("يوم الخميس ٢٠ مارس إجازة رسمية، فالرواتب هتنزل يوم الأربعاء ١٩ بدل الخميس",
     []),
]

AR += [
    ("رسوم اختبار الفحص المهني ٥٠٠ ريال؟ خلاص بدفعها ببطاقتي %s" % group(indic(AR_CARD2)),
     [("card", group(indic(AR_CARD2)))]),
]

# ----------------------------------------------------------------- Hebrew
HE_TENS = "_ עשר עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_TEENS_F = ("עשר,אחת עשרה,שתים עשרה,שלוש עשרה,ארבע עשרה,חמש עשרה,שש עשרה,"
              "שבע עשרה,שמונה עשרה,תשע עשרה").split(",")


def he_num(n):
    """0-99, feminine (as digits are read in Hebrew)."""
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEENS_F[n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return HE_TENS[t]
    return HE_TENS[t] + " ו" + ("שתיים" if u == 2 else HE_F[u])


def he_chunks(num, sizes, words=HE_F, sep=", "):
    out, i = [], 0
    for n in sizes:
        out.append(" ".join(words[int(c)] for c in num[i:i + n]))
        i += n
    assert i == len(num)
    return sep.join(out)


HE_TZ = [tz(b) for b in ("32107458", "06726451", "33950127", "20588314", "05461239",
                         "31177802", "02964571", "34420986", "21830655")]
HE_IBAN = [iban("IL", b) for b in (
    "0108000000071526394", "0126720000008813507", "0110450000004902316",
    "0205570000019383420", "0313200000007265118", "0129100000006620751",
    "0175100000003398412", "0100210000055714036", "0094000000021187563")]
HE_CARD = [card(b) for b in (
    "532610447820195", "458003117265408", "526433901874210", "404519228367101",
    "545616002983377", "493870441125096", "512899076314222", "475129003862514")]

HE = []
LANGS["he"] = HE

# Call 1: manpower agency, shifts in a logistics centre (immigrant from Ukraine)
HE += [
    ("חברת כוח אדם פלוס עבודה, מדברת מורן, שלום",
     [("name", "מורן")]),
    ("שלום, קוראים לי ולדימיר קוזלוב, אבל כולם אומרים וובה, אני רוצה לעבוד במחסן, ראיתי מודעה בפייסבוק",
     [("name", "ולדימיר קוזלוב"), ("name", "וובה")]),
    ("מעולה וובה, יש לנו משמרות במרכז הלוגיסטי בשוהם, 8 שעות, 38 שקל לשעה, ובשבת 150 אחוז",
     [("name", "וובה")]),
    ("תעודת זהות, רגע, %s" % he_chunks(HE_TZ[0], [3, 3, 3]),
     [("id", he_chunks(HE_TZ[0], [3, 3, 3]))],
     "אני צריכה מספר תעודת זהות"),
    ("נולדתי 5 ביוני 1971 בחרקוב",
     [("date_of_birth", "5 ביוני 1971")]),
    ("הטלפון שלי אפס חמש שלוש, שבע אחת שתיים, ארבע ארבע שש חמש",
     [("phone", "אפס חמש שלוש, שבע אחת שתיים, ארבע ארבע שש חמש")]),
    ("ההסעה יוצאת מתחנת הרכבת בלוד ב-5:40, ומשמרת ערב מתחילה ב-14:00 ונגמרת ב-22:30",
     []),
    ("המשכורת נכנסת ב-9 לחודש, והתלוש נשלח במייל עד ה-5, ואחרי 3 חודשים עוברים לקרן פנסיה",
     []),
    ("אני גר ברחוב הרצל 112, דירה 7, רמלה, קומה שלישית",
     [("address", "הרצל 112, דירה 7, רמלה, קומה שלישית")]),
    ("יש לי פה באפליקציה את ה-IBAN, %s" % group(HE_IBAN[0]),
     [("iban", group(HE_IBAN[0]))]),
]

# Call 2: payroll department of a hospital (Ethiopian-Israeli nursing aide)
HE += [
    ("מחלקת שכר, שירן מדברת",
     [("name", "שירן")]),
    ("שלום, מדברת אביבה וורקה, אני עובדת בפנימית ג', יש לי בעיה בתלוש של מרץ",
     [("name", "אביבה וורקה")]),
    ("כן, %s" % HE_TZ[1],
     [("id", HE_TZ[1])],
     "אפשר מספר תעודת זהות?"),
    ("אני רואה, שילמו לך 162 שעות במקום 184, חסרות 22 שעות, וגם תוספת ערב של 12 אחוז לא נכנסה",
     []),
    ("ההפרש ייכנס בתלוש של אפריל, שמשולם ב-10 במאי, בערך 1,870 שקל ברוטו",
     []),
    ("גברת וורקה, את רוצה שאשלח לך את הפירוט במייל?",
     [("name", "וורקה")]),
    ("כן, aviva.worku שטרודל walla נקודה co נקודה il",
     [("email", "aviva.worku שטרודל walla נקודה co נקודה il")]),
    ("וגם החלפתי בנק, עכשיו אני בדיסקונט, %s" % HE_IBAN[2],
     [("iban", HE_IBAN[2])]),
    ("אממ אני יש לי ותק 6 שנים, מגיע לי 18 ימי חופש ולא 14 כמו שכתוב",
     []),
]

# Call 3: state employment service, unemployment benefit (French immigrant)
HE += [
    ("שירות התעסוקה, שלום, מדבר אלון",
     [("name", "אלון")]),
    ("בונז'ור, כלומר שלום, זה ז'ונתן בן שושן, עליתי מפריז לפני שנה ופיטרו אותי מהמלון",
     [("name", "ז'ונתן בן שושן")]),
    ("כדי לקבל דמי אבטלה צריך 12 חודשי עבודה מתוך 18 החודשים האחרונים, ולהתייצב בלשכה פעם בשבוע",
     []),
    ("מספר הזהות %s" % he_chunks(HE_TZ[2], [2, 2, 2, 3], HE_M),
     [("id", he_chunks(HE_TZ[2], [2, 2, 2, 3], HE_M))]),
    ("נולדתי ב-1 בינואר 90, לא סליחה, 10 בינואר 1990",
     [("date_of_birth", "1 בינואר 90"), ("date_of_birth", "10 בינואר 1990")]),
    ("הנייד 052-8831406, ויש לי עוד את הצרפתי, פלוס 33 6 12 48 77 09",
     [("phone", "052-8831406"), ("phone", "פלוס 33 6 12 48 77 09")]),
    ("המייל jonathan.benchouchan@orange.fr, ג'יי או אן איי טי איץ' איי אן",
     [("email", "jonathan.benchouchan@orange.fr"), ("email", "ג'יי או אן איי טי איץ' איי אן")]),
    ("תבוא מחר, יום רביעי, ב-9:30 ללשכה ברחוב יפו, קומה 3, ליד התחנה המרכזית, ותביא טופס 100",
     []),
    ("התקופה המקסימלית בגיל שלך היא 67 ימים, והתשלום הראשון בערך 30 יום אחרי ההרשמה",
     []),
]

# Call 4: general trade union, helpline (Druze worker speaking Hebrew)
HE += [
    ("ההסתדרות, מוקד פניות, דנה שלום",
     [("name", "דנה")]),
    ("שלום, אני סמיר חלבי מדלית אל כרמל, עובד במפעל בעכו, הם לא משלמים לנו הבראה כבר שנתיים",
     [("name", "סמיר חלבי")]),
    ("דמי הבראה זה 418 שקל ליום, ואחרי 4 שנות ותק מגיעים לך 7 ימים בשנה",
     []),
    ("דמי חבר זה 0.95 אחוז מהשכר, ואם אתה לא חבר יש דמי טיפול ארגוני של 0.8 אחוז",
     []),
    ("אני רוצה לשלם את ההצטרפות בכרטיס, %s" % group(HE_CARD[0], sep="-"),
     [("card", group(HE_CARD[0], sep="-"))]),
    ("תעודת זהות %s" % " ".join(HE_TZ[3]),
     [("id", " ".join(HE_TZ[3]))]),
    ("הטלפון בבית 04-839-2716, או בנייד 050-6613847",
     [("phone", "04-839-2716"), ("phone", "050-6613847")]),
    ("הכתובת שלי דלית אל כרמל, שכונת אל-ואדי, בית 14",
     [("address", "דלית אל כרמל, שכונת אל-ואדי, בית 14")]),
    ("תודה סמיר, עורכת הדין שלנו תחזור אליך תוך 3 ימי עבודה, מספר הפנייה 58213",
     [("name", "סמיר")]),
]

# Call 5: pension fund, severance withdrawal (immigrant from the US)
HE += [
    ("קרן הפנסיה שלום, אורית מדברת, במה אפשר לעזור?",
     [("name", "אורית")]),
    ("היי, אממ, my name is... סליחה, שמי ג'רמי גולד, עליתי מניו ג'רזי ב-2015",
     [("name", "ג'רמי גולד")]),
    ("אני רוצה למשוך את הפיצויים מהעבודה הקודמת, עזבתי ב-31 בדצמבר אחרי 6 שנים באינטל",
     []),
    ("%s" % group(HE_TZ[5], 3),
     [("id", group(HE_TZ[5], 3))],
     "מה מספר תעודת הזהות?"),
    ("שתים עשרה במרץ שמונים וארבע",
     [("date_of_birth", "שתים עשרה במרץ שמונים וארבע")],
     "ותאריך לידה?"),
    ("יתרת הפיצויים בקרן 47,320 שקל, ומה שמעל התקרה, 13,750 לכל שנת עבודה, חייב במס",
     []),
    ("המייל ג'רמי נקודה גולד שטרודל ג'ימייל נקודה קום",
     [("email", "ג'רמי נקודה גולד שטרודל ג'ימייל נקודה קום")]),
    ("והחשבון, זה ה-IBAN מהבנק: %s" % group(HE_IBAN[1]),
     [("iban", group(HE_IBAN[1]))]),
    ("ג'רמי, תשלח לנו טופס 161 מהמעסיק, בלי זה אי אפשר, ואחרי זה עד 7 ימי עסקים",
     [("name", "ג'רמי")]),
]

# Call 6: permit for a foreign caregiver (daughter calling for her mother)
HE += [
    ("רשות האוכלוסין וההגירה, יחידת הסיעוד, מדבר יוסי",
     [("name", "יוסי")]),
    ("שלום, זאת אורנה שמואלי, אני מתקשרת בשביל אמא שלי, היא בת 91 וצריכה מטפלת",
     [("name", "אורנה שמואלי")]),
    ("ההיתר ניתן ל-12 חודשים, האגרה 360 שקל, והטיפול לוקח בערך 21 ימי עבודה",
     []),
    ("תעודת הזהות של אמא %s" % he_chunks(HE_TZ[4], [3, 3, 3]),
     [("id", he_chunks(HE_TZ[4], [3, 3, 3]))]),
    ("ושלי %s, אני מיופת הכוח" % HE_TZ[6],
     [("id", HE_TZ[6])]),
    ("היא ילידת 1933, 4 באוגוסט",
     [("date_of_birth", "1933, 4 באוגוסט")]),
    ("הכתובת של אמא, איפה שהמטפלת תגור: סוקולוב 23, דירה 4, חולון",
     [("address", "סוקולוב 23, דירה 4, חולון")]),
    ("הטלפון של אמא 03-5047719 אבל היא לא שומעת טוב, עדיף אליי, 054-3392810",
     [("phone", "03-5047719"), ("phone", "054-3392810")]),
    ("הלשכה הפרטית תביא מטפלת מהפיליפינים, היא נוחתת ב-15 ביולי ב-6 בבוקר, וההיתר צריך להיות לפני",
     []),
]

# Call 7: vocational training with a government voucher (young caller)
HE += [
    ("מכללת מקצוע לחיים, ליאור מדבר",
     [("name", "ליאור")]),
    ("היי, זאת נוי אלמוג, התקשרתי לגבי קורס חשמלאות עם השובר ממשרד העבודה",
     [("name", "נוי אלמוג")]),
    ("השובר מכסה 85 אחוז, הקורס עולה 14,200, אז ההשתתפות שלך 2,130 שקל, אפשר ב-6 תשלומים",
     []),
    ("אוקיי תרשום, %s" % he_chunks(HE_CARD[1], [4, 4, 4, 4]),
     [("card", he_chunks(HE_CARD[1], [4, 4, 4, 4]))]),
    ("ילידת 23/09/2001",
     [("date_of_birth", "23/09/2001")]),
    ("המייל noy.almog01@gmail.com",
     [("email", "noy.almog01@gmail.com")]),
    ("הקורס מתחיל ב-3 בנובמבר, ימים א' עד ה' מ-8:00 עד 14:00, 480 שעות, ובסוף מבחן של משרד העבודה",
     []),
    ("הכתובת למשלוח התעודה: שדרות ירושלים 40, כניסה ב', אשדוד",
     [("address", "שדרות ירושלים 40, כניסה ב', אשדוד")]),
]

# Call 8: security company recruiting guards, pre-employment checks
HE += [
    ("חברת האבטחה מגן, גיוס עובדים, מאיה מדברת",
     [("name", "מאיה")]),
    ("אהלן, עומר דהן פה, הגשתי מועמדות למאבטח בקניון עזריאלי",
     [("name", "עומר דהן")]),
    ("השכר 42 שקל לשעה, משמרות של 8 או 12 שעות, ויש בונוס התמדה של 3,000 אחרי חצי שנה",
     []),
    ("תעודת זהות? %s" % HE_TZ[7],
     [("id", HE_TZ[7])]),
    ("הנייד שלי 058-7720391, אבל בבוקר אני בעבודה עד 4",
     [("phone", "058-7720391")]),
    ("עומר, יש לך רישיון נשק בתוקף? אם לא, הקורס 5 ימים ואנחנו משלמים",
     [("name", "עומר")]),
    ("בנק הפועלים, %s" % group(HE_IBAN[3]),
     [("iban", group(HE_IBAN[3]))],
     "לאן להעביר את המשכורת?"),
    ("הראיון ביום חמישי ב-11:00 במשרד בבני ברק, רחוב ז'בוטינסקי, מגדל ב.ס.ר 3, קומה 12",
     []),
]

# Call 9: placement agency for tech jobs
HE += [
    ("היי, מדברת שני רוזנברג, שלחתם לי מייל על משרת QA בחברה בהרצליה פיתוח",
     [("name", "שני רוזנברג")]),
    ("המשרה היברידית, 3 ימים במשרד ו-2 מהבית, טווח שכר 22 עד 26 אלף, ו-10 אחוז קרן השתלמות",
     []),
    ("כן, המייל הוא shani underscore rosen שטרודל outlook נקודה com",
     [("email", "shani underscore rosen שטרודל outlook נקודה com")]),
    ("הנייד אפס חמישים וארבע, שש שש אחת, שמונים ושבע עשרים",
     [("phone", "אפס חמישים וארבע, שש שש אחת, שמונים ושבע עשרים")]),
    ("הראיון הראשון בזום ביום שני ה-14 ב-10:30, ואחריו מבחן בית של 4 שעות",
     []),
    ("את שירות כתיבת קורות החיים, 390 שקל, אני משלמת בויזה %s" % group(HE_CARD[3]),
     [("card", group(HE_CARD[3]))]),
    ("נולדתי ב-96, 17 באוקטובר, אם זה משנה למשהו",
     [("date_of_birth", "96, 17 באוקטובר")]),
]

# Call 10: HR line of a supermarket chain (return from maternity leave)
HE += [
    ("מוקד משאבי אנוש של הרשת, שלום",
     []),
    ("אני חוזרת מחופשת לידה ב-1 בספטמבר, 15 שבועות, ורציתי לדעת אם אני יכולה לחזור ל-4 ימים בשבוע בסניף ויצמן",
     []),
    ("לפי החוק 60 יום אחרי החזרה אסור לפטר, ושעת הנקה מגיעה לך עד 4 חודשים מהלידה",
     []),
    ("עברנו דירה, הכתובת החדשה: רחוב הגפן 8, דירה 15, כפר סבא, מיקוד 4428117",
     [("address", "רחוב הגפן 8, דירה 15, כפר סבא, מיקוד 4428117")]),
    ("ופדיון החופשה שנשאר, 9 ימים, תעבירו ל-%s" % HE_IBAN[4],
     [("iban", HE_IBAN[4])]),
    ("הבונוס של חג הפסח, 500 שקל בתווי קנייה של שופרסל, יגיע עם המשכורת של אפריל",
     []),
]

# Call 11: study fund withdrawal after 6 years (older caller from the north)
HE += [
    ("אני רוצה למשוך את קרן ההשתלמות, היא נזילה מ-2019, יש שם בערך 84,000",
     []),
    ("שמי משה אוחיון, מקריית שמונה, אני עובד במועצה האזורית 28 שנים",
     [("name", "משה אוחיון")]),
    ("תעודת זהות %s" % he_chunks(HE_TZ[8], [9], HE_M),
     [("id", he_chunks(HE_TZ[8], [9], HE_M))]),
    ("בבקשה אדוני, רק תאשר לי את הכתובת למשלוח המכתב",
     []),
    ("הכתובת שלי רחוב הנרקיסים 6, קריית שמונה",
     [("address", "רחוב הנרקיסים 6, קריית שמונה")]),
    ("תעבירו לבנק מרכנתיל, ה-IBAN %s" % group(HE_IBAN[6]),
     [("iban", group(HE_IBAN[6]))]),
    ("דמי הניהול 0.65 אחוז מהצבירה, והמשיכה לוקחת 3 עד 5 ימי עסקים",
     []),
]

# Call 12: forklift and working-at-heights certificates (caller pays for two workers)
HE += [
    ("קורס מלגזה 1,650 שקל, קורס עבודה בגובה 420, והרענון כל שנתיים עולה 290",
     []),
    ("אני משלם על שני עובדים, הכרטיס הראשון %s" % HE_CARD[2],
     [("card", HE_CARD[2])]),
    ("והשני, של העסק, %s, תוקף 11/27" % group(HE_CARD[4], sep=" "),
     [("card", group(HE_CARD[4], sep=" "))]),
    ("מחזור הבא מתחיל ב-8 בינואר באזור התעשייה חולון, 5 מפגשים, המבחן המעשי ב-22",
     []),
    ("החשבונית על שם אשכנזי הובלות בע\"מ, ח.פ 514782239, תשלחו למייל office.ashkenazi@bezeqint.net",
     [("email", "office.ashkenazi@bezeqint.net")]),
]

# Call 13: teachers' union, membership dues by card
HE += [
    ("ארגון המורים, שלום, מדברת גלית",
     [("name", "גלית")]),
    ("אני מורה חדשה בתיכון בבאר שבע, אני רוצה להצטרף, כמה זה עולה?",
     []),
    ("דמי החבר 0.9 אחוז מהמשכורת, עד תקרה של 190 שקל בחודש, ובשנה הראשונה חצי",
     []),
    ("אז אני משלמת ב-MasterCard, %s" % he_chunks(HE_CARD[6], [4, 4, 4, 4], HE_F, " "),
     [("card", he_chunks(HE_CARD[6], [4, 4, 4, 4], HE_F, " "))]),
    ("ולעדכונים, המייל שלי rachelcohen.bs@gmail.com, הכול באותיות קטנות",
     [("email", "rachelcohen.bs@gmail.com")]),
    ("את גרה בבאר שבע? תני לי כתובת למשלוח הכרטיס",
     []),
    ("כן, רחוב יהודה הלוי 31, דירה 9, באר שבע",
     [("address", "רחוב יהודה הלוי 31, דירה 9, באר שבע")],
     "את גרה בבאר שבע? תני לי כתובת למשלוח הכרטיס"),
]

# Call 14: restaurant owner employing a foreign worker (employer fees)
HE += [
    ("אני בעל מסעדה באילת, יש לי עובד מתאילנד, רציתי לשלם את דמי ההיתר, 1,230 שקל לרבעון",
     []),
    ("הכרטיס %s, וה-IBAN של העסק להחזרים %s" % (group(HE_CARD[7]), group(HE_IBAN[7])),
     [("card", group(HE_CARD[7])), ("iban", group(HE_IBAN[7]))]),
    ("הטלפון במסעדה 08-6374521, תבקשו את הבעלים",
     [("phone", "08-6374521")]),
    ("ההיטל 20 אחוז מהשכר, ויש פיקדון של 1,100 שקל לחודש שמשלמים עד ה-15",
     []),
]

# Call 15: temp agency for events and catering staff, and single lines from the same centres
HE += [
    ("סליחה, טעיתי בבנק, זה לא לאומי, זה הדואר, ה-IBAN %s" % HE_IBAN[8],
     [("iban", HE_IBAN[8])]),
    ("אפשר להעביר את החזר דמי הביטוח ל-%s? זה החשבון המשותף שלי ושל אשתי" % group(HE_IBAN[5]),
     [("iban", group(HE_IBAN[5]))]),
    ("את התשלום על הבדיקה הרפואית, 180 שקל, תחייבו את הכרטיס שלי, %s" % say(HE_CARD[5], HE_F),
     [("card", say(HE_CARD[5], HE_F))]),
    ("אני גרה בשכונת נווה יעקב, רחוב זאב בן ציון 12, כניסה ג', ירושלים",
     [("address", "רחוב זאב בן ציון 12, כניסה ג', ירושלים")]),
    ("המשמרת באירוע ביום חמישי מ-18:00 עד 2 בלילה, 45 שקל לשעה, והסעה מרמי לוי בתלפיות",
     []),
    ("אושר לך היתר עבודה עד 30 ביוני 2025, מספר בקשה 3318-4402-17, ואפשר להתחיל לעבוד כבר ביום ראשון",
     []),
    ("התלוש של ינואר: ברוטו 11,480, מס הכנסה 312, ביטוח לאומי 486, פנסיה 688, נטו 9,994",
     []),
    ("בשטראוס ובאסם המשמרות הן 7 עד 15:30 ו-15:30 עד 24:00, ויש 6 משרות פתוחות בנתניה",
     []),
    ("ההסכם הקיבוצי בתוקף משנת 2021 ל-3 שנים, עם תוספת של 4.2 אחוז בכל שנה",
     []),
    ("הרשמה ליריד התעסוקה בגני התערוכה, ביום שלישי ה-12 במרץ, 120 מעסיקים, הכניסה חינם",
     []),
    ("דמי אבטלה מחושבים לפי ממוצע של 6 החודשים האחרונים, עד 75 אחוז, ולא יותר מ-459 שקל ליום",
     []),
]

# ----------------------------------------------------------------- Greek
EL_TEENS = "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split()
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
           "οχτακόσια εννιακόσια").split()


def el_num(n):
    """0-999 as spoken in Greek (neuter)."""
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + ("" if u == 0 else " " + EL_D[u])
    h, r = divmod(n, 100)
    head = EL_HUND[h] if not (h == 1 and r) else "εκατόν"
    return head if r == 0 else head + " " + el_num(r)


def el_groups(num, sizes, sep=", "):
    """read digit groups as numbers (leading zero read as 'μηδέν')."""
    out, i = [], 0
    for n in sizes:
        g = num[i:i + n]
        words = []
        while len(g) > 1 and g[0] == "0":
            words.append("μηδέν")
            g = g[1:]
        words.append(el_num(int(g)))
        out.append(" ".join(words))
        i += n
    assert i == len(num)
    return sep.join(out)


def el_chunks(num, sizes, sep=", "):
    out, i = [], 0
    for n in sizes:
        out.append(" ".join(EL_D[int(c)] for c in num[i:i + n]))
        i += n
    assert i == len(num)
    return sep.join(out)


EL_AFM = [afm(b) for b in ("04718236", "11392854", "13027649", "06455917", "10983362",
                           "12276045", "05519387", "14840291", "03362718")]
EL_IBAN_GR = [iban("GR", b) for b in (
    "01101040000010448201561", "01720450005045012847331", "02601830000031947702516",
    "01401710171002101094273", "01105600000056018832004", "01721010005101084499625")]
EL_IBAN_CY = [iban("CY", b) for b in (
    "002001950000357020418836", "003024700000004702281539", "005053100000004820063714")]
EL_CARD = [card(b) for b in (
    "516732004891273", "402360018875391", "535511207364089", "479012883506627",
    "549830016622471", "414720935508163", "526811470329054", "491605538710227")]

EL = []
LANGS["el"] = EL

# Call 1: public employment service, unemployment benefit (older caller, Thessaloniki)
EL += [
    ("ΔΥΠΑ, καλημέρα σας, ονομάζομαι Δήμητρα, πώς μπορώ να σας εξυπηρετήσω;",
     [("name", "Δήμητρα")]),
    ("Καλημέρα, με λένε Σταύρο Παπαδόπουλο, έκανα αίτηση για το επίδομα ανεργίας πριν από 40 μέρες και ακόμα τίποτα.",
     [("name", "Σταύρο Παπαδόπουλο")]),
    ("Να μου πείτε το ΑΦΜ σας, κύριε Παπαδόπουλε;",
     [("name", "Παπαδόπουλε")]),
    ("Ναι, %s." % el_chunks(EL_AFM[0], [3, 3, 3]),
     [("id", el_chunks(EL_AFM[0], [3, 3, 3]))],
     "Να μου πείτε το ΑΦΜ σας, κύριε Παπαδόπουλε;"),
    ("Το επίδομα είναι 399 ευρώ τον μήνα για 12 μήνες, και η πρώτη πληρωμή γίνεται μέσα σε 45 ημέρες από την έγκριση.",
     []),
    ("Η αίτηση έχει αριθμό πρωτοκόλλου 2024/118447 και είναι σε έλεγχο από τις 3 Μαΐου.",
     []),
    ("Το IBAN μου στην Πειραιώς, %s." % group(EL_IBAN_GR[1]),
     [("iban", group(EL_IBAN_GR[1]))]),
    ("γεννήθηκα 12 Μαρτίου του 68",
     [("date_of_birth", "12 Μαρτίου του 68")],
     "Και ημερομηνία γέννησης;"),
    ("Μένω στην Εγνατίας 112, 4ος όροφος, Θεσσαλονίκη, 54630.",
     [("address", "Εγνατίας 112, 4ος όροφος, Θεσσαλονίκη, 54630")]),
    ("Το κινητό μου είναι 6944 318 207, αλλά το πρωί δεν το σηκώνω.",
     [("phone", "6944 318 207")]),
    ("Δούλευα 22 χρόνια στο εργοστάσιο στη Σίνδο, έκλεισε τον Φεβρουάριο και μας απέλυσαν 130 άτομα.",
     []),
]

# Call 2: temporary-work agency, warehouse jobs (young caller, Athens)
EL += [
    ("Γεια σας, Νίκος από την Ergon Staffing, τι θα θέλατε;",
     [("name", "Νίκος")]),
    ("γεια σας λέγομαι κατερίνα ιωάννου είδα την αγγελία για την αποθήκη στον ασπρόπυργο",
     [("name", "κατερίνα ιωάννου")]),
    ("Η βάρδια είναι 7 με 3, Δευτέρα με Παρασκευή, 5,60 καθαρά την ώρα, και τα Σάββατα με προσαύξηση 30%.",
     []),
    ("εεε katerina τελεία ioannou ενενήντα εννιά παπάκι gmail τελεία com",
     [("email", "katerina τελεία ioannou ενενήντα εννιά παπάκι gmail τελεία com")],
     "Ένα email για να σου στείλω τη σύμβαση;"),
    ("εξήντα εννιά, εβδομήντα τρία, είκοσι ένα, σαράντα πέντε, δεκαοχτώ",
     [("phone", "εξήντα εννιά, εβδομήντα τρία, είκοσι ένα, σαράντα πέντε, δεκαοχτώ")],
     "Και το κινητό σου;"),
    ("δεκαεννιά του έξι του ενενήντα εννιά",
     [("date_of_birth", "δεκαεννιά του έξι του ενενήντα εννιά")],
     "Ημερομηνία γέννησης;"),
    ("Εντάξει Κατερίνα, θα σε πάρει η συνάδελφος την Πέμπτη για συνέντευξη στις 11.",
     [("name", "Κατερίνα")]),
    ("Η σύμβαση είναι για 3 μήνες με δυνατότητα ανανέωσης, από 1η Οκτωβρίου μέχρι 31 Δεκεμβρίου, και το λεωφορείο σας παίρνει από τον σταθμό του ΗΣΑΠ.",
     []),
]

# Call 3: payroll of a hotel group, seasonal waiter (Crete)
EL += [
    ("Λογιστήριο μισθοδοσίας, παρακαλώ.",
     []),
    ("Γεια σας, ο Μανόλης είμαι, ο Σφακιανάκης, σερβιτόρος στο ξενοδοχείο στη Χερσόνησο.",
     [("name", "Μανόλης"), ("name", "Σφακιανάκης")]),
    ("Δεν μου έχουν βάλει τις υπερωρίες του Ιουλίου, 26 ώρες, ούτε το επίδομα αδείας που είναι μισός μισθός.",
     []),
    ("Το ΑΦΜ μου %s." % EL_AFM[1],
     [("id", EL_AFM[1])]),
    ("και ο λογαριασμός άλλαξε, τώρα είμαι στην Εθνική, %s" % EL_IBAN_GR[4],
     [("iban", EL_IBAN_GR[4])]),
    ("Θα πληρωθούν με τη μισθοδοσία της 10ης Αυγούστου, είναι 312 ευρώ μικτά, περίπου 248 καθαρά.",
     []),
    ("Ευχαριστώ πολύ κύριε Μανόλη, καλή σεζόν να έχετε.",
     [("name", "Μανόλη")]),
]

# Call 4: pensions line of the social insurance fund (older lady, Athens)
EL += [
    ("Καλησπέρα, είμαι η Βούλα, η Παρασκευή Αντωνίου δηλαδή, για τη σύνταξή μου ρωτάω.",
     [("name", "Βούλα"), ("name", "Παρασκευή Αντωνίου")]),
    ("Κυρία Αντωνίου, πείτε μου το ΑΦΜ σας.",
     [("name", "Αντωνίου")]),
    ("%s" % el_groups(EL_AFM[2], [3, 3, 3]),
     [("id", el_groups(EL_AFM[2], [3, 3, 3]))],
     "Κυρία Αντωνίου, πείτε μου το ΑΦΜ σας."),
    ("Γεννήθηκα στις 2 Νοεμβρίου 1956, στον Βόλο.",
     [("date_of_birth", "2 Νοεμβρίου 1956")]),
    ("Η σύνταξη βγήκε 742 ευρώ, και με τα αναδρομικά από τον Ιανουάριο θα πάρετε 3.180 τον Ιούνιο.",
     []),
    ("Το σταθερό μου είναι διακόσια δέκα, εξακόσια πενήντα τέσσερα, τριάντα δύο δεκαεννιά.",
     [("phone", "διακόσια δέκα, εξακόσια πενήντα τέσσερα, τριάντα δύο δεκαεννιά")]),
    ("Πατησίων 205, δεύτερος όροφος, Αθήνα 11253.",
     [("address", "Πατησίων 205, δεύτερος όροφος, Αθήνα 11253")],
     "Η διεύθυνσή σας είναι η ίδια;"),
    ("Εγώ email δεν έχω, της κόρης μου βάλτε, maria κάτω παύλα antoniou παπάκι yahoo τελεία gr.",
     [("email", "maria κάτω παύλα antoniou παπάκι yahoo τελεία gr")]),
]

# Call 5: social insurance, redundancy fund (Cypriot caller, Limassol)
EL += [
    ("Υπηρεσίες Κοινωνικών Ασφαλίσεων, γραφείο Λεμεσού, καλημέρα σας.",
     []),
    ("Καλημέρα, ο Λάμπρος είμαι, Χαράλαμπος Χριστοδούλου, έκλεισεν η εταιρεία που εδούλευκα τζιαι θέλω να κάμω αίτηση για πλεονάζον προσωπικό.",
     [("name", "Λάμπρος"), ("name", "Χαράλαμπος Χριστοδούλου")]),
    ("Εδούλευκα 17 χρόνια, που το 2007 ως τον Μάρτη, τζιαι ο μισθός μου ήταν 1.850 τον μήνα.",
     []),
    ("Το ποσό υπολογίζεται με 2 εβδομάδες για κάθε χρόνο ως τα 4 χρόνια, μετά 2,5 εβδομάδες, και μετά τα 10 χρόνια 3 εβδομάδες.",
     []),
    ("Ο λογαριασμός μου εν στην Τράπεζα Κύπρου, %s." % group(EL_IBAN_CY[0]),
     [("iban", group(EL_IBAN_CY[0]))]),
    ("Το κινητό μου εν ενενήντα εννιά, τετρακόσια δεκαοχτώ, εξακόσια είκοσι τρία.",
     [("phone", "ενενήντα εννιά, τετρακόσια δεκαοχτώ, εξακόσια είκοσι τρία")]),
    ("Η διεύθυνση μου εν Αγίου Ανδρέα 87, διαμέρισμα 12, Λεμεσός 3036.",
     [("address", "Αγίου Ανδρέα 87, διαμέρισμα 12, Λεμεσός 3036")]),
    ("γεννήθηκα 8/5/1970",
     [("date_of_birth", "8/5/1970")],
     "Ημερομηνία γέννησης;"),
    ("Η αίτηση εξετάζεται σε 3 με 4 μήνες, τζιαι αν δεν σας έχουν πληρώσει προειδοποίηση, 4 εβδομάδες, πάτε στο Δικαστήριο Εργατικών Διαφορών.",
     []),
]

# Call 6: labour centre, catering workers' office (waitress, Athens)
EL += [
    ("Εργατικό Κέντρο Αθήνας, γραφείο επισιτισμού, Σπύρος εδώ.",
     [("name", "Σπύρος")]),
    ("Καλησπέρα, Κωνσταντίνα Μαυρίδη, Ντίνα, δουλεύω σε καφέ στο Κολωνάκι και με έχουν δηλωμένη 4 ώρες ενώ δουλεύω 10.",
     [("name", "Κωνσταντίνα Μαυρίδη"), ("name", "Ντίνα")]),
    ("Η συνδρομή είναι 20 ευρώ τον χρόνο και η νομική συμβουλή δωρεάν, Τρίτη και Πέμπτη 10 με 2, στα γραφεία μας στην 3ης Σεπτεμβρίου 48Β.",
     []),
    ("Ο εργοδότης σού χρωστάει το δώρο Χριστουγέννων, που είναι ένας μισθός, και τις υπερωρίες με 40% προσαύξηση, από τον Μάιο.",
     []),
    ("Το κινητό μου 697 55 48 213, και το email dina.mavridi@hotmail.com.",
     [("phone", "697 55 48 213"), ("email", "dina.mavridi@hotmail.com")]),
    ("Η καταγγελία στην Επιθεώρηση Εργασίας γίνεται ανώνυμα, και ο έλεγχος μπορεί να γίνει μέσα σε 15 μέρες.",
     []),
]

# Call 7: training vouchers and certification exams (centre in Larissa)
EL += [
    ("Το voucher κατάρτισης είναι 200 ώρες, με εκπαιδευτικό επίδομα 5 ευρώ την ώρα, δηλαδή 1.000 ευρώ σύνολο.",
     []),
    ("Για την πιστοποίηση πληρώνετε 85 ευρώ, η εξέταση είναι στις 14 Δεκεμβρίου στις 10:00, στο κέντρο της Λάρισας.",
     []),
    ("Η κάρτα, %s." % group(EL_CARD[0]),
     [("card", group(EL_CARD[0]))]),
    ("Όχι, αυτή έληξε, δοκίμασε την άλλη, %s." % el_chunks(EL_CARD[1], [4, 4, 4, 4]),
     [("card", el_chunks(EL_CARD[1], [4, 4, 4, 4]))]),
    ("το email γράψε giannis τελεία k ογδόντα δύο παπάκι hotmail τελεία com",
     [("email", "giannis τελεία k ογδόντα δύο παπάκι hotmail τελεία com")]),
    ("Ημερομηνία γέννησης 30/01/1982.",
     [("date_of_birth", "30/01/1982")]),
    ("Για το τιμολόγιο, είμαι ελεύθερος επαγγελματίας, ΑΦΜ %s." % EL_AFM[3],
     [("id", EL_AFM[3])]),
]

# Call 8: residence permit for work (Albanian construction worker)
EL += [
    ("Γεια σας, με λένε Arben Hoxha, είμαι από Αλβανία, δουλεύω οικοδομή, μου λήγει η άδεια διαμονής στις 20 του μήνα.",
     [("name", "Arben Hoxha")]),
    ("Το παράβολο είναι 150 ευρώ για 2 χρόνια, και χρειάζεστε 200 ένσημα τον χρόνο, δηλαδή περίπου 17 τον μήνα.",
     []),
    ("ΑΦΜ έχω, %s." % group(EL_AFM[4], 3),
     [("id", group(EL_AFM[4], 3))]),
    ("τηλέφωνο 6981 20 44 73",
     [("phone", "6981 20 44 73")]),
    ("Μένω Πειραιώς 34, στο Αιγάλεω, πρώτος όροφος.",
     [("address", "Πειραιώς 34, στο Αιγάλεω, πρώτος όροφος")]),
    ("Εντάξει κύριε Hoxha, θα σας έρθει SMS με το ραντεβού στην Αποκεντρωμένη Διοίκηση, στη Λεωφόρο Κηφισίας.",
     [("name", "Hoxha")]),
]

# Call 9: security company, hiring of guards and the licence course
EL += [
    ("Καλησπέρα, Γιώργος Νικολάου λέγομαι, έκανα αίτηση για φύλακας στο εμπορικό κέντρο στο Μαρούσι.",
     [("name", "Γιώργος Νικολάου")]),
    ("Χρειάζεστε άδεια εργασίας προσωπικού ασφαλείας, η σχολή κρατάει 4 εβδομάδες και κοστίζει 250 ευρώ, και ποινικό μητρώο από το gov.gr.",
     []),
    ("Το ΑΦΜ μου είναι %s, να το γράψετε στη σύμβαση." % el_groups(EL_AFM[5], [3, 3, 3]),
     [("id", el_groups(EL_AFM[5], [3, 3, 3]))]),
    ("Τη σχολή την πληρώνω με κάρτα, %s, λήξη 09/26." % group(EL_CARD[2], sep="-"),
     [("card", group(EL_CARD[2], sep="-"))]),
    ("Η διεύθυνση κατοικίας μου είναι Θησέως 19, Καλλιθέα, 17674.",
     [("address", "Θησέως 19, Καλλιθέα, 17674")]),
    ("Ο μισθός είναι 830 μικτά, βάρδιες 8ωρες, κυλιόμενες, και νυχτερινό 25% από τις 10 το βράδυ ως τις 6 το πρωί.",
     []),
]

# Call 10: agency recruiting hotel staff for Ayia Napa (young Cypriot caller, code-switching)
EL += [
    ("Γεια σου, είμαι η Έλενα, Έλενα Γεωργίου, είδα το post για receptionist στην Αγία Νάπα.",
     [("name", "Έλενα", 0), ("name", "Έλενα Γεωργίου")]),
    ("Το contract εν για 7 μήνες, από 1η Απριλίου ως τέλη Οκτωβρίου, 1.300 καθαρά, με accommodation τζιαι ένα meal.",
     []),
    ("Το κινητό μου εν 96 512 447, or WhatsApp στο +357 97 803 116.",
     [("phone", "96 512 447"), ("phone", "+357 97 803 116")]),
    ("email elena.georgiou.cy@gmail.com, όλα μικρά",
     [("email", "elena.georgiou.cy@gmail.com")]),
    ("Για τον μισθό, IBAN %s, Ελληνική Τράπεζα." % group(EL_IBAN_CY[1]),
     [("iban", group(EL_IBAN_CY[1]))]),
    ("Τζιαι το deposit για τη στολή, 40 ευρώ, με την κάρτα %s." % group(EL_CARD[3]),
     [("card", group(EL_CARD[3]))]),
    ("Το interview εν την Παρασκευή στις 3 στο ξενοδοχείο, στο lobby, τζιαι θα σε δει ο F&B manager.",
     []),
    ("ημερομηνία γέννησης εικοσιπέντε του δώδεκα του δύο χιλιάδες ένα",
     [("date_of_birth", "εικοσιπέντε του δώδεκα του δύο χιλιάδες ένα")]),
]

# Call 11: HR line of a supermarket chain, maternity leave (cashier)
EL += [
    ("Τμήμα Ανθρώπινου Δυναμικού, καλημέρα, είμαι η Χριστίνα.",
     [("name", "Χριστίνα")]),
    ("Καλημέρα, Σοφία Καραγιάννη, ταμίας στο κατάστημα της Αγίας Παρασκευής, είμαι έγκυος και θέλω να δω τι άδεια δικαιούμαι.",
     [("name", "Σοφία Καραγιάννη")]),
    ("Δικαιούσαι 119 μέρες άδεια μητρότητας, 56 πριν και 63 μετά τον τοκετό, και μετά 9 μήνες ειδική παροχή από τη ΔΥΠΑ.",
     []),
    ("Ο γιατρός μού είπε να σταματήσω στον 8ο μήνα, οπότε η άδεια ξεκινάει κάπου στις 25 Νοεμβρίου;",
     []),
    ("Το ΑΦΜ, %s, και το IBAN για το επίδομα %s." % (EL_AFM[6], group(EL_IBAN_GR[2])),
     [("id", EL_AFM[6]), ("iban", group(EL_IBAN_GR[2]))]),
    ("Στείλε τη βεβαίωση του γιατρού στο τμήμα μας, και μένεις στην ίδια διεύθυνση;",
     []),
    ("Όχι, μετακόμισα, τώρα μένω στην Αναστάσεως 6, Παπάγου, τρίτος όροφος.",
     [("address", "Αναστάσεως 6, Παπάγου, τρίτος όροφος")]),
]

# Call 12: payroll dispute at a call centre (young employee)
EL += [
    ("Στο εκκαθαριστικό του Οκτωβρίου μου κόψατε 2 μέρες, 64 ευρώ, ενώ είχα άδεια ασθενείας με χαρτί γιατρού.",
     []),
    ("Το ΑΦΜ μου %s και το email μου σταυρούλα τελεία π κάτω παύλα 95 παπάκι outlook τελεία com." % el_chunks(EL_AFM[7], [9], " "),
     [("id", el_chunks(EL_AFM[7], [9], " ")),
      ("email", "σταυρούλα τελεία π κάτω παύλα 95 παπάκι outlook τελεία com")]),
    ("Οι 3 πρώτες μέρες της ασθένειας πληρώνονται στο μισό από τον εργοδότη, γι' αυτό είναι η διαφορά των 64 ευρώ.",
     []),
    ("Το δώρο Πάσχα είναι 15 μεροκάματα για όσους είναι από 1η Ιανουαρίου, εσύ ξεκίνησες 12 Φεβρουαρίου, άρα αναλογικά.",
     []),
    ("Βάλτε τα στο καινούργιο μου IBAN, %s, το παλιό στην Alpha το έκλεισα." % EL_IBAN_GR[3],
     [("iban", EL_IBAN_GR[3])]),
]

# Call 13: seamen's pension fund (retired sailor, Piraeus)
EL += [
    ("Παρακαλώ, ο καπετάν Μιχάλης Βενιζέλος εδώ, για τη σύνταξη του ναυτικού ρωτάω.",
     [("name", "Μιχάλης Βενιζέλος")]),
    ("Είκοσι εφτά του εννιά του πενήντα εννιά γεννήθηκα, στη Χίο.",
     [("date_of_birth", "Είκοσι εφτά του εννιά του πενήντα εννιά")]),
    ("ΑΦΜ %s" % el_chunks(EL_AFM[8], [3, 3, 3]),
     [("id", el_chunks(EL_AFM[8], [3, 3, 3]))]),
    ("Έχετε 7.420 μέρες θαλάσσιας υπηρεσίας, ναυτολογήσεις από το 1978, και η σύνταξη είναι 1.120 ευρώ από τον Ιούλιο.",
     []),
    ("Το σταθερό στο σπίτι 210 41 27 385, και η διεύθυνση Καραΐσκου 140, Πειραιάς 18532.",
     [("phone", "210 41 27 385"), ("address", "Καραΐσκου 140, Πειραιάς 18532")]),
    ("Η σύνταξη να πηγαίνει στον λογαριασμό της Εθνικής, %s." % group(EL_IBAN_GR[5]),
     [("iban", group(EL_IBAN_GR[5]))]),
    ("Θα πληρώνεστε την προτελευταία εργάσιμη κάθε μήνα, η πρώτη πληρωμή 29 Αυγούστου, με αναδρομικά 4 μηνών.",
     []),
]

# Call 14: trade union in Cyprus, membership and strike fund (Nicosia)
EL += [
    ("Η συνδρομή εν 1% του μισθού, μέχρι 25 ευρώ τον μήνα, τζιαι το ταμείο απεργίας πληρώνει 40 ευρώ τη μέρα.",
     []),
    ("Να πληρώσω τον χρόνο μαζί με την κάρτα, %s;" % el_chunks(EL_CARD[4], [4, 4, 4, 4], " "),
     [("card", el_chunks(EL_CARD[4], [4, 4, 4, 4], " "))]),
    ("Τζιαι για τη γυναίκα μου, που δουλεύει στο νοσοκομείο, με τη δική της, %s." % group(EL_CARD[5]),
     [("card", group(EL_CARD[5]))]),
    ("Για επιστροφές, ο λογαριασμός μου στη Eurobank Κύπρου, %s." % EL_IBAN_CY[2],
     [("iban", EL_IBAN_CY[2])]),
    ("email andreas τελεία kyriacou παπάκι cytanet τελεία com τελεία cy",
     [("email", "andreas τελεία kyriacou παπάκι cytanet τελεία com τελεία cy")]),
    ("Η συλλογική σύμβαση υπογράφτηκε τον Δεκέμβριο για 3 χρόνια, με αυξήσεις 2% τον χρόνο τζιαι 13ο μισθό.",
     []),
]

# Call 15: distance-learning certificate for the unemployed (university training centre)
EL += [
    ("Το πρόγραμμα είναι 150 ώρες, 6 μήνες, με κόστος 480 ευρώ, και για ανέργους με κάρτα ανεργίας έκπτωση 30%.",
     []),
    ("Εντάξει, πληρώνω τώρα, %s, και άλλα 96 τον επόμενο μήνα." % group(EL_CARD[6]),
     [("card", group(EL_CARD[6]))]),
    ("Κάρτα Visa, %s, συγγνώμη που αργώ, δεν βλέπω καλά χωρίς τα γυαλιά." % group(EL_CARD[7]),
     [("card", group(EL_CARD[7]))]),
    ("Το πιστοποιητικό να μου έρθει στο σπίτι, Αριστοτέλους 58, Ηράκλειο Κρήτης, 71202.",
     [("address", "Αριστοτέλους 58, Ηράκλειο Κρήτης, 71202")]),
    ("Και ένα email για τις σημειώσεις, eleni underscore mak at yahoo dot gr.",
     [("email", "eleni underscore mak at yahoo dot gr")]),
    ("Για την επιστροφή των διδάκτρων, IBAN %s." % group(EL_IBAN_GR[0]),
     [("iban", group(EL_IBAN_GR[0]))]),
]

# single lines from other calls of the same centres
EL += [
    ("Η συνέντευξη είναι την Τετάρτη 16 Οκτωβρίου στις 12:30, στο κατάστημα του Βασιλόπουλου στη Γλυφάδα.",
     []),
    ("Ο βασικός μισθός από 1η Απριλίου είναι 880 ευρώ μικτά, 14 μισθοί τον χρόνο, και το ημερομίσθιο 39,30.",
     []),
    ("Ο αριθμός της αίτησής σας στο ΕΡΓΑΝΗ είναι Ε3-7741-2024, και η πρόσληψη μετράει από 2 Σεπτεμβρίου.",
     []),
    ("Ο Κωτσόβολος ζητάει 12 πωλητές για τα καταστήματα Πατησίων και Σταδίου, ωράριο 9 με 5 και Σάββατο μέχρι τις 3.",
     []),
    ("Το επίδομα ανεργίας μετά από 12 μήνες κόβεται, εκτός αν είστε πάνω από 55, οπότε παίρνετε άλλους 12.",
     []),
    ("Οι εργοδοτικές εισφορές είναι 21,79% και του εργαζομένου 13,37%, άρα σε 1.000 μικτά κρατούνται 133,70.",
     []),
    ("Το εκκαθαριστικό του Νοεμβρίου, αριθμός 2024-11-00873, βγήκε 1.148,20 καθαρά, μαζί με 6 ώρες υπερωρία.",
     []),
    ("Κλείνουμε ραντεβού για Δευτέρα 3 Μαρτίου στο ΚΠΑ2 Καλλιθέας, Ελευθερίου Βενιζέλου 6, γκισέ 4, στις 8:45.",
     []),
    ("Στην Κύπρο η κοινωνική ασφάλιση είναι 8,8% για τον εργοδοτούμενο τζιαι 2,65% για το ΓεΣΥ.",
     []),
    ("Γρηγόρης Μικρογεύματα ζητάει προσωπικό για 5 καταστήματα στη Θεσσαλονίκη, 6ωρα και 8ωρα, από 15 Ιουνίου.",
     []),
]

# === END OF DATA ===


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = os.path.join(here, "..", "..", "data", "redaction", "blind64")
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
        print(lang, "items", len(rows), "non-personal", empty,
              "spans", sum(counts.values()),
              " ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(KINDS)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
