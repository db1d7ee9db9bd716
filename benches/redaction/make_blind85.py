#!/usr/bin/env python3
"""Blind evaluation set 85 for the call-transcript personal-data redactor.

Written by a helper session that worked only from a written brief: it never
opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator. All values are invented; every check-digit value
(cards, IBANs, national IDs) is computed here, and every span is located by
searching for its substring and asserted.

Area of this set: private clinics, dentists, laboratories, opticians and home
care (booking, results, referrals, bills, prescriptions).

Output: data/redaction/blind85/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}          # context optional, an earlier line of the call
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are byte offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind85.py  (standard library only,
deterministic).
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind85"))

CARD, IBAN, ID, PHONE, EMAIL, DOB, NAME, ADDR = (
    "card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
KINDS = {CARD, IBAN, ID, PHONE, EMAIL, DOB, NAME, ADDR}

# ---------------------------------------------------------------- check digits


def digits_of(s):
    """Digits of s (ASCII or Arabic-Indic), everything else dropped."""
    return "".join(str(ord(ch) - 0x660) if "\u0660" <= ch <= "\u0669" else ch
                   for ch in s if ch.isdigit() and (ch.isascii() or "\u0660" <= ch <= "\u0669"))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_make(body):
    """body without its check digit -> full number with a valid Luhn digit."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def tz_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    total = 0
    for i, ch in enumerate(num):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def tz_make(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    s = sum(int(num[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(num[8])


def afm_make(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    return body8 + str(s % 11 % 10)


def saudi_make(body9):
    assert body9[0] in "12" and len(body9) == 9
    return luhn_make(body9)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
            "KW": 30, "LB": 28, "QA": 29, "BH": 22, "MA": 28}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    iban = iban.replace(" ", "").upper()
    if len(iban) < 15 or IBAN_LEN.get(iban[:2]) != len(iban):
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban) and len(iban) == IBAN_LEN[cc], iban
    return iban


def grp(s, sizes, sep=" "):
    """Group s into chunks of the given sizes (the last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


def ar_indic(s):
    return "".join(chr(0x660 + int(ch)) if ch.isdigit() else ch for ch in s)

# ------------------------------------------------------------- spoken numbers


EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_words(s, oh=False, double=False, sep=" "):
    """Digit by digit; oh: 0 -> 'oh'; double: 'double seven' for a pair."""
    words, i = [], 0
    while i < len(s):
        ch = s[i]
        if not ch.isdigit():
            i += 1
            continue
        w = "oh" if (oh and ch == "0") else EN_D[int(ch)]
        if double and i + 1 < len(s) and s[i + 1] == ch and not (i + 2 < len(s) and s[i + 2] == ch):
            words.append("double " + w)
            i += 2
            continue
        words.append(w)
        i += 1
    return sep.join(words)


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعة".split(),
}


def ar_words(s, dialect="msa", sep=" "):
    return sep.join(AR_D[dialect][int(ch)] for ch in s if ch.isdigit())


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = "_ עשר עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_TEENS_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
              "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]


def he_words(s, masc=False, sep=" "):
    table = HE_M if masc else HE_F
    return sep.join(table[int(ch)] for ch in s if ch.isdigit())


def he_num(n):
    """0-99, feminine (counting) forms."""
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEENS_F[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + HE_F[u] if u else "")


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEENS = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά "
            "δεκαοχτώ δεκαεννιά").split()
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
           "οχτακόσια εννιακόσια").split()


def el_words(s, sep=" "):
    return sep.join(EL_D[int(ch)] for ch in s if ch.isdigit())


def el_num(n):
    """0-999 as a Greek speaker reads a group of a phone number."""
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    h, r = divmod(n, 100)
    if r == 0:
        return EL_HUND[h]
    head = "εκατόν" if h == 1 else EL_HUND[h]
    return head + " " + el_num(r)


def el_groups(s, sizes, sep=", "):
    """Read a digit string group by group, a leading 0 of a group said alone."""
    out = []
    for g in grp(s, sizes).split():
        part = []
        while len(g) > 1 and g[0] == "0":
            part.append("μηδέν")
            g = g[1:]
        part.append(el_num(int(g)))
        out.append(" ".join(part))
    return sep.join(out)

# ------------------------------------------------------------------- builder


def I(text, *spans, c=None):
    """An item: text, spans as (kind, substring[, occurrence]), context."""
    return {"text": text, "spans": list(spans), "context": c}


_RUN = re.compile(r"[0-9\u0660-\u0669](?:[ .\-/]?[0-9\u0660-\u0669])*")
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")


def check_nonpersonal(text, where):
    """No number left outside a span may pass a personal-number check."""
    for m in _RUN.finditer(text):
        d = digits_of(m.group(0))
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("Luhn-valid non-personal number", d, where)
        if len(d) == 9:
            assert not tz_ok(d), ("TZ-valid non-personal number", d, where)
            assert not afm_ok(d), ("AFM-valid non-personal number", d, where)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("Saudi-ID-valid non-personal number", d, where)
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", m.group(0)):
            assert not ssn_ok(m.group(0)), ("SSN-shaped non-personal", where)
    for m in _IBAN_RE.finditer(text):
        assert not iban_ok(m.group(0)), ("IBAN-valid non-personal", where)


def build(items, lang):
    rows = []
    for n, it in enumerate(items):
        text = it["text"]
        where = "%s #%d: %s" % (lang, n, text[:70])
        assert text == text.strip() and text, where
        b = text.encode("utf-8")
        spans = []
        blanked = text
        for sp in it["spans"]:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, (kind, where)
            assert sub and sub == sub.strip(), (sub, where)
            sb = sub.encode("utf-8")
            pos, start = [], 0
            while True:
                k = b.find(sb, start)
                if k < 0:
                    break
                pos.append(k)
                start = k + len(sb)
            assert pos, ("span not found", sub, where)
            if occ is None:
                assert len(pos) == 1, ("span not unique, give occurrence", sub, where)
                occ = 0
            s = pos[occ]
            e = s + len(sb)
            assert b[s:e].decode("utf-8") == sub
            cs = len(b[:s].decode("utf-8"))
            ce = cs + len(sub)
            # a span must not cut a word (Hebrew/Arabic one-letter prefixes aside)
            if ce < len(text):
                assert not text[ce].isalnum(), ("span cuts a word at its end", sub, where)
            if cs > 0 and text[cs - 1].isalnum():
                # only a clitic prefix may be glued on: Hebrew ל/ב/ה/ו/מ/ש/כ, Arabic ب/ل/و/ف/ك
                pre = text[:cs].split()[-1]
                assert len(pre) <= 2 and all(ch in "לבהומשכبلوفك" for ch in pre), \
                    ("span cuts a word", sub, where)
            spans.append({"kind": kind, "start": s, "end": e})
            blanked = blanked[:cs] + " " * len(sub) + blanked[ce:]
        spans.sort(key=lambda x: (x["start"], x["end"]))
        for a, z in zip(spans, spans[1:]):
            assert a["end"] <= z["start"], ("overlapping spans", where)
        check_nonpersonal(blanked, where)
        row = {"text": text, "spans": spans}
        if it["context"]:
            row["context"] = it["context"]
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), "duplicate text in " + lang
    return rows


LANGS = {}

# ======================================================================= data


# ------------------------------------------------------------------ English
# Calls: a private dental practice (Manchester), an optician (Dublin), a
# diagnostics lab (Chicago), a home-care agency (Leicester), a physio clinic
# (Brisbane), a fertility clinic (New York), an imaging centre (Lagos), an
# audiologist (Cork), a private clinic (Riyadh), a dermatology clinic (London),
# a home test-kit lab (Edinburgh), a paediatric speech therapist (Ohio), an
# English-speaking dentist (Jerusalem).

EN_CARD = {
    "visa": luhn_make("453901728834512"),
    "mc": luhn_make("537611204598733"),
    "amex": luhn_make("37828219046310"),
    "verve": luhn_make("506099812345678901"),
    "mc2": luhn_make("222300048816027"),
    "visa2": luhn_make("491761234509876"),
    "disc": luhn_make("601100739215066"),
    "diners": luhn_make("3056930902590"),
}
EN_IBAN = {
    "gb1": iban_make("GB", "BARC20658471935620"),
    "gb2": iban_make("GB", "LOYD30962214820577"),
    "gb3": iban_make("GB", "HBUK40112798031246"),
    "ie1": iban_make("IE", "AIBK93115248063912"),
    "ie2": iban_make("IE", "BOFI90001717452903"),
    "de": iban_make("DE", "760501011122334455"),
    "sa": iban_make("SA", "45000000198273640011"),
    "il": iban_make("IL", "0108000000099988822"),
}
EN_ID = {
    "ssn1": "412-58-7390", "ssn2": "523-07-1184", "ssn3": "261-44-9087",
    "ssn4": "330-71-2468",
    "iqama": saudi_make("241178093"),
    "tz": tz_make("31452907"),
}
for _v in EN_ID.values():
    assert ssn_ok(_v) or luhn_ok(_v) or tz_ok(_v), _v
_c, _i = EN_CARD, EN_IBAN

EN = [
    # --- dental practice, Manchester
    I("Good morning, Parkside Dental, you're speaking to Kerry, how can I help?",
      (NAME, "Kerry")),
    I("Hiya, yeah, um, I'd like to register as a new patient if you're taking any on. My name's Gareth Pritchard.",
      (NAME, "Gareth Pritchard")),
    I("Lovely. We are, yes, private check-up is sixty-five pounds and that includes two X-rays."),
    I("fourteenth of March nineteen eighty four", (DOB, "fourteenth of March nineteen eighty four"),
      c="And can I take your date of birth?"),
    I("Yeah it's 14 Hawthorn Close, that's H A W T H O R N, Didsbury, M20 6RT.",
      (ADDR, "14 Hawthorn Close, that's H A W T H O R N, Didsbury, M20 6RT"),
      c="And what's the first line of your address?"),
    I("Best number is " + en_words("07700900461", oh=True, double=True) + ", that's my mobile.",
      (PHONE, en_words("07700900461", oh=True, double=True))),
    I("OK so I've got Tuesday the 14th at twenty to eleven, then the hygienist straight after, that's another thirty minutes.",),
    I("email's gareth dot pritchard eighty four at gmail dot com",
      (EMAIL, "gareth dot pritchard eighty four at gmail dot com")),
    I("We're just above the Boots on Wilmslow Road, there's pay and display round the back, two pound for two hours."),
    I("If you need to cancel we ask for twenty-four hours notice, otherwise there's a fifteen pound charge."),

    # --- optician, Dublin
    I("Hi there, I'm calling from Brightsight Opticians on Grafton Street, is that Aoife?",
      (NAME, "Aoife")),
    I("It is yeah, hiya, are they in?"),
    I("They are, your new varifocals came in this morning, so the balance is a hundred and forty-nine euro after the sixty deposit."),
    I("grand so can I just pay that over the phone it's a visa " + grp(_c["visa"], [4]),
      (CARD, grp(_c["visa"], [4]))),
    I("Just for the record, right eye minus two point two five, cylinder minus point five at one eighty, add plus two, same as the last pair."),
    I("And will I send the receipt to the email we have, aoife underscore brennan at eircom dot net?",
      (EMAIL, "aoife underscore brennan at eircom dot net")),
    I("Sorry, one more thing, the system wants your date of birth to match the eye test."),
    I("Twenty-second of September, '79.", (DOB, "Twenty-second of September, '79"),
      c="the system wants your date of birth to match the eye test."),
    I("You can collect any time after two, we're open till half six Thursdays and the fitting takes ten minutes."),

    # --- diagnostics lab, Chicago
    I("Thank you for calling Lakeshore Diagnostic Labs, my name is Tanya, can I have the patient's full name?",
      (NAME, "Tanya")),
    I("Yeah, it's DeShawn Carter, C-A-R-T-E-R, I did my bloodwork Monday.",
      (NAME, "DeShawn Carter, C-A-R-T-E-R"), c="can I have the patient's full name?"),
    I("3/22/1979", (DOB, "3/22/1979"), c="Okay, and to verify, date of birth?"),
    I("So your results are in, your LDL came back at 142 and your A1C was 5.9, which your doctor may call borderline."),
    I("Insurance denied the lipid panel so it's $186.40 self-pay, and we can split that into three payments."),
    I("It's " + EN_ID["ssn1"].replace("-", " ") + ".", (ID, EN_ID["ssn1"].replace("-", " ")),
      c="For the payment plan I'd need your Social."),
    I("And the billing address, is it still 1148 West Addison, apartment 2B?",
      (ADDR, "1148 West Addison, apartment 2B")),
    I("no we moved it's 2630 north sawyer avenue chicago 60647",
      (ADDR, "2630 north sawyer avenue chicago 60647"),
      c="And the billing address, is it still 1148 West Addison, apartment 2B?"),
    I("Best callback number, (312) 555-0148.", (PHONE, "(312) 555-0148")),
    I("Your claim number is 4471 0093 2218 and the first payment of $62.14 goes out on the 1st."),

    # --- home-care agency, Leicester
    I("Meadowbank Home Care, Daniel speaking.", (NAME, "Daniel")),
    I("Hiya, it's Harpreet Sandhu, I'm ringing about care for my mum, she's just come out of the Royal.",
      (NAME, "Harpreet Sandhu")),
    I("Sorry to hear that. So the visits will be for your mum, at her address?"),
    I("Yes, it's 27 Thornbury Avenue, Evington, LE5 6PJ, it's the one with the ramp.",
      (ADDR, "27 Thornbury Avenue, Evington, LE5 6PJ"),
      c="So the visits will be for your mum, at her address?"),
    I("We'd start with four calls a day, half an hour each, it's twenty-six fifty an hour weekdays and thirty-one at weekends."),
    I("Her date of birth is the second of the eleventh, nineteen forty-one.",
      (DOB, "the second of the eleventh, nineteen forty-one")),
    I("My brother's paying from Germany, can you take his IBAN? " + grp(_i["de"], [4]),
      (IBAN, grp(_i["de"], [4]))),
    I("Your care plan reference is MHC 20417 and the first visit is Monday 3rd June at 8 a.m."),
    I("and my number is oh one one six four nine six oh seven three two",
      (PHONE, "oh one one six four nine six oh seven three two")),
]


def en_spell(s):
    """Letters one by one, digits as words: 'I E two nine A I B K ...'."""
    return " ".join(EN_D[int(ch)] if ch.isdigit() else ch for ch in s)


def en_groups(s, sizes, oh=True, sep=", "):
    return sep.join(en_words(g, oh=oh) for g in grp(s, sizes).split())


EN += [
    # --- physio clinic, Brisbane
    I("G'day, Riverside Physio, how can I help?"),
    I("Oh hi, yeah, Liam McAllister, everyone calls me Macca, I've done something to my shoulder at footy.",
      (NAME, "Liam McAllister"), (NAME, "Macca")),
    I("M C capital A double L I S T E R", (NAME, "M C capital A double L I S T E R"),
      c="And can you spell the surname for me?"),
    I("nah first time my mobile's oh four three eight one one seven nine oh two",
      (PHONE, "oh four three eight one one seven nine oh two")),
    I("Initial consult is ninety-five dollars, with your extras cover you'd be out of pocket about forty."),
    I("Unit 4, 18 Kedron Brook Road, Wilston, 4051.", (ADDR, "Unit 4, 18 Kedron Brook Road, Wilston, 4051"),
      c="And what's your home address, for the file?"),
    I("Yep, it's a Mastercard, " + en_groups(_c["mc"], [4]) + ".",
      (CARD, en_groups(_c["mc"], [4])), c="We just pop a card on file for no-shows."),
    I("We've got Thursday at 7:15 in the morning or twenty to five in the arvo with the sports physio, room 3."),

    # --- fertility clinic, New York
    I("Good afternoon, Hudson Fertility Center, how may I direct your call?"),
    I("Hi, my name is Guadalupe Reyes but everybody calls me Lupe, I had my consult last week.",
      (NAME, "Guadalupe Reyes"), (NAME, "Lupe")),
    I("Okay! Can I get your date of birth to pull up your chart?"),
    I("um July 4th 1986", (DOB, "July 4th 1986"), c="Can I get your date of birth to pull up your chart?"),
    I("So your AMH came back at 1.8 and the antral follicle count was 11, so we're good to go ahead with the first cycle."),
    I("The IVF package is $12,400 and the medications usually run about four to six thousand on top of that."),
    I("five two three, oh seven, one one eight four", (ID, "five two three, oh seven, one one eight four"),
      c="For the financing application I'm gonna need your social security number."),
    I("It's l dot reyes at outlook dot com, l as in Lima.", (EMAIL, "l dot reyes at outlook dot com"),
      c="And what's the best email for the portal?"),
    I("And my cell is 646-555-0192, you can text me.", (PHONE, "646-555-0192")),
    I("Day three bloodwork is at 7:30 a.m., no fasting needed, and the ultrasound is right after in suite 204."),

    # --- imaging centre, Lagos
    I("Good morning, welcome to Lekki Diagnostics, my name is Funmilayo, how may I help you?",
      (NAME, "Funmilayo")),
    I("Good morning ma. I am Chukwuemeka Obi, my doctor referred me for MRI of the lumbar spine.",
      (NAME, "Chukwuemeka Obi")),
    I("Okay sir, the MRI lumbar spine is one hundred and eighty-five thousand naira, with contrast it is additional forty thousand."),
    I("my number is 0803 441 2267 you can call me anytime", (PHONE, "0803 441 2267")),
    I("Please send the report to my email, emeka dot obi at yahoo dot co dot uk, I am travelling on Friday.",
      (EMAIL, "emeka dot obi at yahoo dot co dot uk")),
    I("I will pay with my Verve card. " + grp(_c["verve"], [4, 4, 4, 4, 3]) + ".",
      (CARD, grp(_c["verve"], [4, 4, 4, 4, 3]))),
    I("Come by 9am on Saturday, no metal on your body, and the scan itself takes about forty-five minutes."),
    I("Your booking number is LD-230918-045, please bring the referral letter and your last X-ray."),

    # --- audiologist, Cork
    I("Hello, Lee Valley Hearing, Ciarán speaking.", (NAME, "Ciarán")),
    I("Ah hello there, this is Paddy O'Sullivan, well Patrick, I was in with ye about the hearing aids.",
      (NAME, "Paddy O'Sullivan"), (NAME, "Patrick")),
    I("Well the girl said I'd get the two hundred deposit back once the grant came through."),
    I("The aids were three thousand two hundred euro the pair and the PRSI grant covered five hundred each side."),
    I("Right so... " + en_spell(_i["ie1"][:4]) + ", eh, " + en_spell(_i["ie1"][4:8]) + ", "
      + en_spell(_i["ie1"][8:14]) + ", " + en_spell(_i["ie1"][14:]),
      (IBAN, en_spell(_i["ie1"][:4]) + ", eh, " + en_spell(_i["ie1"][4:8]) + ", "
       + en_spell(_i["ie1"][8:14]) + ", " + en_spell(_i["ie1"][14:])),
      c="We'll refund it to your account, can you read me the IBAN off the card there?"),
    I("Still 7 Glenview Park, Ballincollig, and the Eircode is P31 X2K8.",
      (ADDR, "7 Glenview Park, Ballincollig"), (ADDR, "P31 X2K8"),
      c="And is the address the same as we have it?"),
    I("I was born the second of February 1948 if that's any use to you.",
      (DOB, "the second of February 1948")),
    I("The refund takes five to seven working days and it'll show on the statement as LVH REFUND 0032."),

    # --- private clinic, Riyadh (English)
    I("Al Noor Medical Clinic, good evening, Reem speaking.", (NAME, "Reem")),
    I("Good evening, my name is Venkatesh Subramanian, Venky is fine, I was charged twice for my visit.",
      (NAME, "Venkatesh Subramanian"), (NAME, "Venky")),
    I("It is " + en_words(EN_ID["iqama"], oh=False, double=True) + ".",
      (ID, en_words(EN_ID["iqama"], oh=False, double=True)), c="Yes sir, I need your Iqama number please."),
    I("The consultation was 350 riyals and your insurance covers 80 percent, so you were overcharged by 280."),
    I("SA IBAN, " + grp(_i["sa"], [4]) + ", Al Rajhi, no sorry, it's SABB.",
      (IBAN, grp(_i["sa"], [4])), c="We will refund it to your IBAN, please."),
    I("mobile number is plus nine six six, five five three one two, four four seven eight",
      (PHONE, "plus nine six six, five five three one two, four four seven eight")),
    I("Your follow-up is Sunday 16 September at 6:30 pm in clinic 4, please come fifteen minutes before."),
]

EN_ID.update({"ssn5": "601-38-2295", "tz2": tz_make("20931754")})
assert ssn_ok(EN_ID["ssn5"]) and ssn_ok(EN_ID["ssn4"]) and tz_ok(EN_ID["tz2"])
assert en_words(EN_ID["ssn2"], oh=True) == "five two three oh seven one one eight four"
_v2 = grp(_c["visa2"], [4]).split()
EN_VISA2_SAID = (en_words(_v2[0]) + " " + en_words(_v2[1]) + " four five nine oh, sorry, "
                 + en_words(_v2[2], oh=True) + ", " + en_words(_v2[3], oh=True))
EN_GB2_SAID = "G B " + _i["gb2"][2:4] + " L O Y D, " + grp(_i["gb2"][8:], [4])

EN += [
    # --- more lines of the calls above
    I("And I'll keep a card on file for the plan, it's a Diners Club, " + grp(_c["diners"], [4, 6, 4]) + ".",
      (CARD, grp(_c["diners"], [4, 6, 4]))),
    I("For the direct debit my own account's fine, " + EN_GB2_SAID + ".", (IBAN, EN_GB2_SAID)),
    I("oh and ye took the deposit twice, can ye put the sixty back into " + grp(_i["ie2"], [4]) + "?",
      (IBAN, grp(_i["ie2"], [4]))),
    I("and my husband's Social is " + EN_ID["ssn4"] + ", he's on the application too.",
      (ID, EN_ID["ssn4"])),
    I("Send the receipt to my daughter, mairead, M A I R E A D, dot osullivan at gmail dot com.",
      (EMAIL, "mairead, M A I R E A D, dot osullivan at gmail dot com")),

    # --- dermatology clinic, London
    I("Hi, um, my name is Temitope Adeyemi, I've got a mole mapping appointment next week and I need to move it.",
      (NAME, "Temitope Adeyemi")),
    I("oh nine, oh four, ninety-two", (DOB, "oh nine, oh four, ninety-two"),
      c="No problem at all, can I just check your date of birth?"),
    I("Mole mapping is two hundred and ninety-five pounds and we take a fifty pound deposit to hold the slot."),
    I("It's tope underscore a at hotmail dot co dot uk, T O P E.",
      (EMAIL, "tope underscore a at hotmail dot co dot uk, T O P E"),
      c="And which email would you like the confirmation sent to?"),
    I("It's an Amex, " + en_groups(_c["amex"], [4, 6, 5]) + ".", (CARD, en_groups(_c["amex"], [4, 6, 5]))),
    I("Biopsy results usually take ten working days and the follow-up is free within six weeks."),
    I("Could the old deposit go back to my HSBC account instead, the IBAN is " + grp(_i["gb3"], [4]) + ".",
      (IBAN, grp(_i["gb3"], [4]))),
    I("Your invoice number is INV 00418877, dated the 2nd of May, and the new slot is Friday the 9th at 11:20."),

    # --- home test-kit lab, Edinburgh
    I("Hello, I'd like to order the vitamin D and thyroid kit, the one that's forty-nine ninety-nine."),
    I("Could you deliver it to Flat 2F1, 36 Marchmont Crescent, Edinburgh, EH9 1HG, I'm out during the day but it fits through the letterbox.",
      (ADDR, "Flat 2F1, 36 Marchmont Crescent, Edinburgh, EH9 1HG")),
    I("It's c.fraser91@btinternet.com.", (EMAIL, "c.fraser91@btinternet.com"),
      c="And an email for the results login?"),
    I(EN_VISA2_SAID, (CARD, EN_VISA2_SAID), c="Lovely, and the long number on the card?"),
    I("07700 900318", (PHONE, "07700 900318"),
      c="And a contact number in case the courier can't get in?"),
    I("Post it back Monday to Thursday before the last collection, results are usually in two to three working days."),
    I("Your order number is 100482771 and the kit should arrive within 48 hours, first class."),
    I("it's " + grp(_i["gb1"], [4]), (IBAN, grp(_i["gb1"], [4])),
      c="If the sample can't be processed we retest free or refund you, what's the IBAN for a refund?"),

    # --- paediatric speech therapist, Ohio
    I("Hi, this is Brittany Kowalski, I'm calling about getting my son evaluated for speech.",
      (NAME, "Brittany Kowalski")),
    I("June first twenty nineteen", (DOB, "June first twenty nineteen"),
      c="Sure, and what's his date of birth?"),
    I("The evaluation is ninety minutes and it's billed as CPT 92523, that's two hundred and ten dollars before insurance."),
    I("His is " + EN_ID["ssn5"] + " and mine is two six one, four four, nine oh eight seven.",
      (ID, EN_ID["ssn5"]), (ID, "two six one, four four, nine oh eight seven"),
      c="For the Medicaid billing we'll need his Social and yours."),
    I("k o w a l s k i b at aol dot com", (EMAIL, "k o w a l s k i b at aol dot com"),
      c="What email should the intake forms go to?"),
    I("my cell is six one four, five five five, oh one seven seven",
      (PHONE, "six one four, five five five, oh one seven seven")),
    I("I'll put the copay on my Discover, " + grp(_c["disc"], [4]) + ".", (CARD, grp(_c["disc"], [4]))),
    I("We have Wednesdays at 3:45 or 4:30, sessions are forty-five minutes, and we usually start with eight sessions."),

    # --- English-speaking dentist, Jerusalem
    I("Hi, yes, Shmuel Goldberg, Sam, I'm a patient of yours, I had the root canal in March.",
      (NAME, "Shmuel Goldberg"), (NAME, "Sam")),
    I("It's " + en_groups(EN_ID["tz"], [3]) + ".", (ID, en_groups(EN_ID["tz"], [3])),
      c="Okay, I'll need your teudat zehut to find the file."),
    I("And my daughter's, while you're at it, is " + EN_ID["tz2"] + ".", (ID, EN_ID["tz2"])),
    I("12.11.1963", (DOB, "12.11.1963"), c="And date of birth, to confirm?"),
    I("The root canal was two thousand eight hundred shekels and the crown is another three and a half thousand, you've paid eighteen hundred so far."),
    I("cell is oh five four, seven seven two, three one four oh",
      (PHONE, "oh five four, seven seven two, three one four oh")),
    I("Emek Refaim 41, apartment 6, in the German Colony.",
      (ADDR, "Emek Refaim 41, apartment 6, in the German Colony"),
      c="And the address for the invoice?"),
    I("For the refund of the overpayment my IBAN is " + grp(_i["il"], [4]) + ", it's Leumi.",
      (IBAN, grp(_i["il"], [4]))),
    I("Put the rest on my Isracard Mastercard, " + grp(_c["mc2"], [4], "-") + ".",
      (CARD, grp(_c["mc2"], [4], "-"))),
    I("sam goldberg six one three at gmail dot com", (EMAIL, "sam goldberg six one three at gmail dot com"),
      c="And the email for the receipt?"),
    I("We're on Keren HaYesod across from the King David, you can park in the Paz lot, it's twelve shekels an hour."),
]

LANGS["en"] = EN

# ------------------------------------------------------------------- Arabic
# Calls: a dental clinic (Riyadh, Gulf), a laboratory (Cairo, Egyptian), an
# optician (Amman, Levantine), home nursing (Dubai, Emirati), a dermatology
# clinic (Casablanca, Darija), a physiotherapy centre (Jeddah, Egyptian
# resident), a fertility clinic (Beirut), an orthodontist (Nazareth, Arab
# citizen of Israel), home blood draw (Kuwait), a hearing centre (Alexandria),
# a radiology centre (Riyadh, MSA), a contact-lens subscription (Abu Dhabi),
# home care for an elderly mother (Dammam).

AR_CARD = {
    "mada1": luhn_make("968208447190253"),
    "meeza": luhn_make("507803412965071"),
    "visa": luhn_make("400555129874036"),
    "mada2": luhn_make("588845310627749"),
    "visa_il": luhn_make("458011723908451"),
    "mc": luhn_make("523419008726354"),
    "amex": luhn_make("37149022053817"),
    "visa_kw": luhn_make("492181556034712"),
}
AR_IBAN = {
    "jo": iban_make("JO", "CBJO0010000000000131000302"),
    "ae": iban_make("AE", "0331234567890123456"),
    "lb": iban_make("LB", "099900000001001901229114"),
    "il": iban_make("IL", "0206100000058124730"),
    "eg": iban_make("EG", "0019000500000000263180002"),
    "sa": iban_make("SA", "80000000608010167519"),
    "kw": iban_make("KW", "CBKU0000000000001234560101"),
    "sa2": iban_make("SA", "10000001400009876543"),
}
AR_ID = {
    "sid1": saudi_make("104827365"), "iq1": saudi_make("238104557"),
    "iq2": saudi_make("241906328"), "tz1": tz_make("03127458"),
    "tz2": tz_make("33581026"), "sid2": saudi_make("107845239"),
    "sid3": saudi_make("110293847"), "sid4": saudi_make("103366712"),
}
_ac, _ai, _ad = AR_CARD, AR_IBAN, AR_ID

AR = [
    # --- dental clinic, Riyadh (Gulf)
    I("عيادات ابتسامة الرياض لطب الأسنان، معك نوف، كيف أقدر أخدمك؟", (NAME, "نوف")),
    I("هلا والله، أنا عبدالعزيز القحطاني، أبي أحجز موعد تنظيف لي ولولدي", (NAME, "عبدالعزيز القحطاني")),
    I("ايه، " + ar_words(_ad["sid1"], "gulf"), (ID, ar_words(_ad["sid1"], "gulf")),
      c="حياك الله أستاذ عبدالعزيز، عطني رقم الهوية لو سمحت"),
    I("موعدك يوم الأحد الساعة أربع العصر، والكشف بمية وخمسين ريال والتنظيف بمية وثمانين"),
    I("تاريخ ميلادي ١٢/٠٣/١٤٠٥ هجري", (DOB, "١٢/٠٣/١٤٠٥")),
    I("جوالي ٠٥٠ ٤١٧ ٢٢٩٣ وهو نفسه واتساب", (PHONE, "٠٥٠ ٤١٧ ٢٢٩٣")),
    I("نقبل مدى وفيزا، وعندنا خصم عشرين بالمية على تنظيف الأطفال تحت اثنعش سنة"),
    I("بدفع بمدى، " + grp(_ac["mada1"], [4]), (CARD, grp(_ac["mada1"], [4]))),
    I("تم الحجز، رقم الحجز ٧٧٤١٩٠ وبتوصلك رسالة تأكيد قبل الموعد بيوم"),
    I("الإيميل aziz dot alqahtani ات جيميل دوت كوم", (EMAIL, "aziz dot alqahtani ات جيميل دوت كوم")),

    # --- laboratory, Cairo (Egyptian)
    I("معامل النيل للتحاليل، مساء الخير، أقدر أساعد حضرتك إزاي؟"),
    I("مساء النور، أنا اسمي هبة عبد الفتاح، عملت تحاليل يوم الخميس وعايزة أعرف النتيجة",
      (NAME, "هبة عبد الفتاح")),
    I("أهلاً يا مدام هبة، ممكن رقم الموبايل المسجل عندنا؟", (NAME, "هبة")),
    I(ar_words("01224836719", "egy"), (PHONE, ar_words("01224836719", "egy")),
      c="أهلاً يا مدام هبة، ممكن رقم الموبايل المسجل عندنا؟"),
    I("عشرين تسعة تسعة وتمانين", (DOB, "عشرين تسعة تسعة وتمانين"), c="وتاريخ ميلادك لو سمحتي؟"),
    I("النتيجة طلعت، الهيموجلوبين ١١.٢ والسكر الصايم ٩٨، والـ TSH أربعة وتلت، والدكتور هيتابع معاكي"),
    I("طب ممكن تبعتوها على الإيميل؟ اكتبي heba.abdelfattah88 ات جيميل دوت كوم",
      (EMAIL, "heba.abdelfattah88 ات جيميل دوت كوم")),
    I("الباقي عليكي ميتين وخمسين جنيه، ممكن تدفعي كاش في الفرع أو بالكارت على التليفون"),
    I("خلاص هدفع بكارت ميزة، الرقم " + ar_indic(grp(_ac["meeza"], [4])),
      (CARD, ar_indic(grp(_ac["meeza"], [4])))),
    I("رقم الزيارة ٤٥٠٢١٧، ولو حبيتي تعيدي التحليل خلال أسبوع يبقى بنص التمن"),

    # --- optician, Amman (Levantine)
    I("نظارات الرؤية، مرحبا، كيف بقدر أساعدك؟"),
    I("مرحبا، أنا رنا الخطيب، كنت عاملة فحص نظر عندكم الأسبوع الماضي", (NAME, "رنا الخطيب")),
    I("أهلين ست رنا، النظارة جاهزة، ضايل عليكي خمسة وأربعين دينار", (NAME, "رنا")),
    I("العدسات التوريك الشهرية العلبة بتلاتين دينار، والقياس يمين ناقص اتنين ونص ويسار ناقص تلاتة"),
    I("بس بدي أرجّع علبة العدسات اللي ما فتحتها، بترجعولي المصاري عالحساب؟ هاد الآيبان " + grp(_ai["jo"], [4]),
      (IBAN, grp(_ai["jo"], [4]))),
    I("رقمك 079 552 8341 صح؟ بنبعتلك مسج لما يتحول المبلغ", (PHONE, "079 552 8341")),
    I("أنا ساكنة بخلدا، شارع وصفي التل، عمارة ١٧، الطابق التالت",
      (ADDR, "خلدا، شارع وصفي التل، عمارة ١٧، الطابق التالت"), c="بدك نوصلها عالبيت؟ شو العنوان؟"),
    I("التوصيل داخل عمان بدينارين، وبتوصلك بكرا بين العشرة والتنتين الظهر"),
    I("والإيميل rana dot khatib ات ياهو دوت كوم", (EMAIL, "rana dot khatib ات ياهو دوت كوم")),

    # --- home nursing, Dubai (Emirati)
    I("مركز رعاية الأسرة للتمريض المنزلي، صباح الخير"),
    I("صباح النور، معاك مريم المهيري، أبا ممرضة تيي البيت حق الوالد، توه طالع من العملية",
      (NAME, "مريم المهيري")),
    I("مواليد واحد واحد ألف وتسعمية وثلاثة وخمسين", (DOB, "واحد واحد ألف وتسعمية وثلاثة وخمسين"),
      c="زين، وشو تاريخ ميلاد الوالد؟"),
    I("فيلا ٢٤، شارع ١٥، البرشاء ٢، قريب من مول الإمارات", (ADDR, "فيلا ٢٤، شارع ١٥، البرشاء ٢"),
      c="عطيني العنوان عشان الممرضة"),
    I("الزيارة بثلاثمية وخمسين درهم، والباقة الشهرية سبعة آلاف وخمسمية، ثلاث زيارات في الأسبوع"),
    I("رقمي " + ar_words("0506681204", "gulf"), (PHONE, ar_words("0506681204", "gulf"))),
    I("بدفع بالفيزا، " + grp(_ac["visa"], [4]), (CARD, grp(_ac["visa"], [4]))),
    I("الإيميل maryam_almheiri@hotmail.com", (EMAIL, "maryam_almheiri@hotmail.com")),
    I("رقم الطلب HN-4417، والممرضة بتوصل الساعة تسع الصبح يوم الأحد إن شاء الله"),
    I("ولو في مبلغ مسترد حطوه في حسابي، الآيبان " + grp(_ai["ae"], [4]), (IBAN, grp(_ai["ae"], [4]))),

    # --- dermatology clinic, Casablanca (Darija)
    I("عيادة الجلد والتجميل، السلام عليكم"),
    I("وعليكم السلام، أنا سفيان بنعلي، بغيت ناخد رونديفو عند الطبيبة", (NAME, "سفيان بنعلي")),
    I("واخا أسي سفيان، عندنا نهار الثلاث مع العشرة ونص، والكونسيلطاسيون بثلاثمية درهم", (NAME, "سفيان")),
    I("النمرة ديالي 06 61 27 45 80", (PHONE, "06 61 27 45 80")),
    I("سفيان بوان بنعلي أروباز جيميل بوان كوم", (EMAIL, "سفيان بوان بنعلي أروباز جيميل بوان كوم"),
      c="عطيني الإيميل باش نصيفطو ليك الكونفيرماسيون"),
    I("أنا ساكن ف زنقة ابن منير، رقم ١٢، المعاريف، الدار البيضاء",
      (ADDR, "زنقة ابن منير، رقم ١٢، المعاريف، الدار البيضاء")),
    I("البوطوكس كايبدا من ألفين درهم، والبيلينغ بستمية درهم للحصة"),
    I("تاريخ الازدياد ديالي خمسة وعشرين نونبر ستة وتسعين", (DOB, "خمسة وعشرين نونبر ستة وتسعين")),
    I("الخلاص غير فالعيادة، كاش ولا بالكارط، وخاصك تجي قبل الرونديفو بربع ساعة"),
]

AR += [
    # --- physiotherapy centre, Jeddah (Egyptian resident)
    I("مركز الحركة للعلاج الطبيعي، أهلاً وسهلاً"),
    I("أهلاً بيك، معاك أحمد السيد، عايز أحجز جلسات علاج طبيعي للركبة بعد العملية", (NAME, "أحمد السيد")),
    I("رقم إقامتي " + ar_indic(_ad["iq1"]), (ID, ar_indic(_ad["iq1"])),
      c="تمام يا أستاذ أحمد، ممكن رقم الإقامة؟"),
    I("الجلسة بمية وعشرين ريال، والباقة عشر جلسات بألف ريال، والتأمين بيغطي ستين في المية"),
    I("تليفوني " + ar_words("0562189034", "egy"), (PHONE, ar_words("0562189034", "egy"))),
    I("ومراتي كمان عايزة تحجز، إقامتها " + ar_words(_ad["iq2"], "egy"), (ID, ar_words(_ad["iq2"], "egy"))),
    I("أول جلسة يوم السبت الساعة سبعة ونص بالليل، مع الأخصائي في غرفة ٣"),

    # --- fertility clinic, Beirut (Lebanese)
    I("مركز الأمل للخصوبة، بونجور، تفضلي"),
    I("بونجور، أنا ريتا حداد، عندي موعد نهار الخميس وبدي أأجلو", (NAME, "ريتا حداد")),
    I("أكيد مدام حداد، شو تاريخ ميلادك لأتأكد من الملف؟", (NAME, "حداد")),
    I("تلاتة وعشرين أيار تسعين", (DOB, "تلاتة وعشرين أيار تسعين"),
      c="أكيد مدام حداد، شو تاريخ ميلادك لأتأكد من الملف؟"),
    I("ابعتيلي التفاصيل عالإيميل rita.haddad@outlook.com", (EMAIL, "rita.haddad@outlook.com")),
    I("الحقن بتكلّف تقريباً ألفين وخمسمية دولار، والسحب والزرع تلات آلاف وخمسمية"),
    I("وحولولي الفرق على هيدا الحساب " + grp(_ai["lb"], [4]), (IBAN, grp(_ai["lb"], [4]))),
    I("الموعد الجديد الاتنين ١٤ الشهر الساعة تسعة ونص، ورقم الملف ٢٠٢٤٠٩١٥٣"),
    I("أوكي، الرقم " + grp(_ac["amex"], [4, 6, 5]), (CARD, grp(_ac["amex"], [4, 6, 5])),
      c="فيكي تدفعي العربون بالأميكس إذا بدك"),
    I("ورقمي +961 71 428 930 إذا في شي", (PHONE, "+961 71 428 930")),

    # --- orthodontist, Nazareth (Arab citizen of Israel)
    I("عيادة الناصرة لتقويم الأسنان، مرحبا"),
    I("مرحبا، أنا سامر خوري، بدي أعمل تقويم لبنتي", (NAME, "سامر خوري")),
    I("أهلا سامر، بحتاج رقم الهوية تبعك لفتح الملف", (NAME, "سامر")),
    I("ماشي، " + ar_words(_ad["tz1"], "lev"), (ID, ar_words(_ad["tz1"], "lev")),
      c="أهلا سامر، بحتاج رقم الهوية تبعك لفتح الملف"),
    I("والبنت هويتها " + _ad["tz2"] + " وتاريخ ميلادها ٧/٩/٢٠١١",
      (ID, _ad["tz2"]), (DOB, "٧/٩/٢٠١١")),
    I("التقويم الشفاف باتناعش ألف شيكل، وبنقسطها على اتناعش دفعة بدون فوايد"),
    I("رقمي 052-617-4438", (PHONE, "052-617-4438")),
    I("خصموا الدفعات من حسابي بالبنك العربي، الآيبان " + grp(_ai["il"], [4]), (IBAN, grp(_ai["il"], [4]))),
    I("والدفعة الأولى بكرت الفيزا " + ar_indic(grp(_ac["visa_il"], [4])),
      (CARD, ar_indic(grp(_ac["visa_il"], [4])))),
    I("العنوان للفواتير: حي الصفافرة، شارع ٦٠٤٨، بيت رقم ٩", (ADDR, "حي الصفافرة، شارع ٦٠٤٨، بيت رقم ٩")),
    I("أول زيارة يوم الأربعاء الجاي الساعة أربعة ونص، وبتطول حوالي ساعة"),

    # --- home blood draw, Kuwait
    I("مختبرات الشفاء، خدمة السحب المنزلي، هلا"),
    I("هلا، معاك بدر العنزي، أبي أحد يجي يسحب دم للوالدة في البيت", (NAME, "بدر العنزي")),
    I("الجهراء، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٧", (ADDR, "الجهراء، قطعة ٤، شارع ١٢، جادة ٣، منزل ٢٧"),
      c="حاضر، عطني العنوان"),
    I("السحب المنزلي بعشرة دنانير والتحاليل الشاملة بخمسة وثلاثين دينار"),
    I("رقمي ٩٩٨١٢٤٧٣ اتصلوا قبل لا توصلون", (PHONE, "٩٩٨١٢٤٧٣")),
    I("بدفع بالفيزا " + grp(_ac["visa_kw"], [4]), (CARD, grp(_ac["visa_kw"], [4]))),
    I("ولو طلع مبلغ زايد رجعوه على الحساب " + grp(_ai["kw"], [4]), (IBAN, grp(_ai["kw"], [4]))),
    I("الفني بيوصل باكر بين سبع وتسع الصبح، ولازم صيام عشر ساعات قبل التحليل"),
]

_sid4 = ar_words(_ad["sid4"], "gulf").split()
AR_SID4_SAID = (" ".join(_sid4[:6]) + " سبعة اثنين، لا آسفة، " + " ".join(_sid4[6:]))
assert _sid4[6:9] == ["سبعة", "واحد", "اثنين"]

AR += [
    # --- hearing centre, Alexandria (Egyptian, older caller)
    I("مركز السمع والتخاطب بإسكندرية، اتفضلي يا فندم"),
    I("أيوه يا ابني، أنا الحاجة سعاد، سعاد إبراهيم، السماعة اللي خدتها من عندكم بتصفر",
      (NAME, "سعاد", 0), (NAME, "سعاد إبراهيم")),
    I("معلش يا حاجة، السماعة عليها ضمان سنتين، هنبعتلك فني البيت، العنوان إيه؟"),
    I("سموحة، ١٤ شارع فوزي معاذ، الدور الخامس شقة ١٠", (ADDR, "سموحة، ١٤ شارع فوزي معاذ، الدور الخامس شقة ١٠"),
      c="معلش يا حاجة، السماعة عليها ضمان سنتين، هنبعتلك فني البيت، العنوان إيه؟"),
    I("وأنا دافعة فيها خمستاشر ألف جنيه من سنة، يعني لسه في الضمان"),
    I("تليفون البيت ٠٣ ٤٢٥ ٦٧٨٩، ولو مردتش كلم ابني", (PHONE, "٠٣ ٤٢٥ ٦٧٨٩")),
    I("ابني بيقول لو فيه فلوس راجعة حطوها على حسابه " + grp(_ai["eg"], [4]), (IBAN, grp(_ai["eg"], [4]))),
    I("الفني هييجي يوم الاتنين من عشرة لاتنين، والكشف على السماعة مجاني، البطاريات بس بخمسة وسبعين جنيه"),

    # --- radiology centre, Riyadh (MSA)
    I("مركز الرياض للأشعة التشخيصية، معك سارة، كيف يمكنني مساعدتك؟", (NAME, "سارة")),
    I("السلام عليكم، اسمي فيصل بن سعد الدوسري، وأرغب في حجز موعد لفحص الرنين المغناطيسي للركبة",
      (NAME, "فيصل بن سعد الدوسري")),
    I("رقم الهوية الوطنية " + ar_indic(_ad["sid2"]), (ID, ar_indic(_ad["sid2"])),
      c="يرجى تزويدي برقم الهوية الوطنية"),
    I("الخامس عشر من يناير عام ألف وتسعمائة وثمانية وسبعين",
      (DOB, "الخامس عشر من يناير عام ألف وتسعمائة وثمانية وسبعين"), c="وتاريخ الميلاد من فضلك؟"),
    I("تكلفة الرنين المغناطيسي للركبة ألف ومئتا ريال، ومدة الفحص خمس وأربعون دقيقة تقريباً"),
    I("بريدي الإلكتروني f.aldosari78@outlook.com", (EMAIL, "f.aldosari78@outlook.com")),
    I("سأدفع ببطاقة مدى، رقمها " + ar_words(_ac["mada2"], "msa"), (CARD, ar_words(_ac["mada2"], "msa"))),
    I("وأود حجز موعد لزوجتي أيضاً، رقم هويتها " + grp(_ad["sid3"], [3, 3, 4]),
      (ID, grp(_ad["sid3"], [3, 3, 4]))),
    I("وفي حال وجود مبلغ مسترد، يرجى تحويله إلى الآيبان " + grp(_ai["sa"], [4]), (IBAN, grp(_ai["sa"], [4]))),
    I("تم تأكيد موعدك يوم الثلاثاء الموافق العاشر من الشهر القادم الساعة الثامنة صباحاً، ورقم الطلب ٥٥٠٣٨١٢"),
    I("يرجى الحضور قبل الموعد بثلاثين دقيقة وإحضار التحويل من الطبيب وصورة الأشعة السابقة"),

    # --- contact-lens subscription, Abu Dhabi (young caller, code-switching)
    I("هاي، أنا نورة، Noura Al Ketbi، عندي subscription للعدسات عندكم", (NAME, "نورة"), (NAME, "Noura Al Ketbi")),
    I("أهلين، شايفة الطلب رقم 7730441299، الخصم الأول ١٢٠ درهم والثاني ١٢٠ نفس اليوم الخميس"),
    I("انخصم مني مرتين ٢٤٠ درهم يوم ٣ مارس، نفس الطلب"),
    I("الكارت اللي عليه الاشتراك " + grp(_ac["mc"], [4]), (CARD, grp(_ac["mc"], [4]))),
    I("أوكي نورة، برجعلج المبلغ خلال خمس لسبع أيام عمل", (NAME, "نورة")),
    I("رقمي +971 55 904 3318 لو تحتاجين شي", (PHONE, "+971 55 904 3318")),
    I("والإيميل نورة دوت كيه أندرسكور خمسة وتسعين ات آي كلاود دوت كوم",
      (EMAIL, "نورة دوت كيه أندرسكور خمسة وتسعين ات آي كلاود دوت كوم")),
    I("العلبة فيها ثلاثين عدسة يومية، القوة ناقص ثلاثة ونص، والتوصيل مجاني فوق مية درهم"),

    # --- home care for an elderly mother, Dammam (Gulf)
    I("شركة رعاية المنزل الطبية، يعطيك العافية"),
    I("الله يعافيك، أنا أم فهد، أبي أسأل عن ممرضة مقيمة للوالدة", (NAME, "أم فهد")),
    I("هويتها " + AR_SID4_SAID, (ID, AR_SID4_SAID)),
    I("مواليد خمسة رجب ألف وثلاثمية وخمسة وخمسين", (DOB, "خمسة رجب ألف وثلاثمية وخمسة وخمسين"),
      c="وتاريخ ميلاد الوالدة؟"),
    I("العنوان حي الفيصلية، شارع الأمير نايف، فيلا ٣١، جنب الجامع",
      (ADDR, "حي الفيصلية، شارع الأمير نايف، فيلا ٣١")),
    I("الممرضة المقيمة بتسعة آلاف ريال في الشهر، والعقد أقل شي ثلاث شهور"),
    I("بدفع تحويل بنكي، الآيبان حقي " + grp(_ai["sa2"], [4]), (IBAN, grp(_ai["sa2"], [4]))),
    I("بنرسل لك العقد على الواتساب اليوم، وتبدأ الخدمة من أول الشهر الجاي"),
]

LANGS["ar"] = AR

# ------------------------------------------------------------------- Hebrew
# Calls: a dental clinic (Tel Aviv), a private laboratory (Haifa, caller from
# Russia), an optician (Kfar Saba, caller of Ethiopian origin), home care for
# an elderly husband (Ramat Gan), a dermatology clinic (Netanya, caller from
# France), a fertility clinic (Jerusalem, Anglo caller), a physiotherapy clinic
# (Haifa, Arab citizen), a hearing institute (Be'er Sheva), a child speech
# therapist (Bnei Brak), a private MRI institute, an orthodontist (Modiin),
# home blood tests (Rishon LeZion).


def he_groups(s, sizes, masc=False, sep=", "):
    return sep.join(he_words(g, masc=masc) for g in grp(s, sizes).split())


HE_TZ = {k: tz_make(v) for k, v in {
    "t1": "30458127", "t2": "20713649", "t3": "31890245", "t4": "05612378",
    "t5": "32207714", "t6": "02938466", "t7": "34711592", "t8": "21560383"}.items()}
HE_CARD = {
    "visa": luhn_make("458003219876541"), "mc": luhn_make("540278116093352"),
    "amex": luhn_make("37591024418306"), "diners": luhn_make("3642118790351"),
    "visa2": luhn_make("432719005662187"), "mc2": luhn_make("552110877403219"),
    "visa3": luhn_make("411773602548810"), "mc3": luhn_make("510066342917738"),
}
HE_IBAN = {
    "il1": iban_make("IL", "0126000000012345678"), "il2": iban_make("IL", "0108030000043218765"),
    "il3": iban_make("IL", "0204610000000778123"), "il4": iban_make("IL", "0312270000005566447"),
    "il5": iban_make("IL", "0116640000000912304"), "il6": iban_make("IL", "0177830000003347102"),
    "fr": iban_make("FR", "30004000031234567890143"), "gb": iban_make("GB", "NWBK60161398765432"),
}
_ht, _hc, _hi = HE_TZ, HE_CARD, HE_IBAN
HE_PH_TEGIST = "אפס " + he_num(58) + ", " + he_words("443") + ", " + he_num(72) + " " + he_num(21)

HE = [
    # --- dental clinic, Tel Aviv
    I("מרפאת השיניים סמייל סנטר, מדברת ליטל, איך אפשר לעזור?", (NAME, "ליטל")),
    I("היי, אני נועה ברקוביץ, רציתי לקבוע תור להלבנה ולבדיקה", (NAME, "נועה ברקוביץ")),
    I("בשמחה נועה, אני צריכה תעודת זהות בבקשה", (NAME, "נועה")),
    I("כן, " + he_words(_ht["t1"]), (ID, he_words(_ht["t1"])), c="בשמחה נועה, אני צריכה תעודת זהות בבקשה"),
    I("יש לנו ביום שלישי ב-16:30 או ביום חמישי בשמונה וחצי בבוקר, ההלבנה עולה 1,200 שקל ובדיקה עם צילום 250"),
    I("הנייד שלי זה " + he_groups("0546239108", [3, 3, 4]), (PHONE, he_groups("0546239108", [3, 3, 4]))),
    I("המייל noa.berko שטרודל gmail נקודה com", (EMAIL, "noa.berko שטרודל gmail נקודה com")),
    I("תחייבי את הויזה, " + grp(_hc["visa"], [4]), (CARD, grp(_hc["visa"], [4]))),
    I("מאושר, מספר אסמכתא 884213, וקיבלת הנחה של עשרה אחוז כי את מנויה"),
    I("ביטול עד 24 שעות לפני זה בלי חיוב, אחרת יש דמי ביטול של 100 שקל"),

    # --- private laboratory, Haifa (caller from Russia)
    I("מעבדות ביו-ליין, שלום, במה אפשר לעזור?"),
    I("שלום, זה יבגני קוזלוב, אפשר ז'ניה, אני עשיתי בדיקות דם ביום ראשון",
      (NAME, "יבגני קוזלוב"), (NAME, "ז'ניה")),
    I(he_words(_ht["t2"], masc=True), (ID, he_words(_ht["t2"], masc=True)), c="בוא נראה, תעודת זהות?"),
    I("תאריך לידה שלי 03.07.1972", (DOB, "03.07.1972")),
    I("הכל תקין חוץ מוויטמין די, הוא שמונה עשרה והנורמה מעל שלושים, הברזל 65 זה תקין"),
    I("אפשר לשלוח לי את התוצאות למייל? zhenya72 שטרודל mail נקודה ru",
      (EMAIL, "zhenya72 שטרודל mail נקודה ru")),
    I("הבדיקה של הוויטמין לא כלולה בחבילה, זה עוד 180 שקל, אפשר בשלושה תשלומים"),
    I("טלפון בבית 04-8621937, אני בחיפה, בנווה שאנן", (PHONE, "04-8621937")),
    I("בסדר גמור, מספר ההזמנה שלך 3317, והחיוב יהיה מהכרטיס ששמור אצלנו"),

    # --- optician, Kfar Saba (caller of Ethiopian origin)
    I("אופטיקה השרון כפר סבא שלום"),
    I("שלום, קוראים לי טגיסט מלקו, הזמנתי משקפיים לבן שלי", (NAME, "טגיסט מלקו")),
    I("כן טגיסט, המשקפיים הגיעו, נשאר לשלם 340 שקל", (NAME, "טגיסט")),
    I("מספר הטלפון שרשום אצלנו זה 052-7718456?", (PHONE, "052-7718456")),
    I("לא, זה הישן, החדש " + HE_PH_TEGIST, (PHONE, HE_PH_TEGIST),
      c="מספר הטלפון שרשום אצלנו זה 052-7718456?"),
    I("המרשם: ימין מינוס אחת וחצי, שמאל מינוס שתיים, והמרחק בין האישונים שישים ואחת"),
    I("אפשר שתשלחו הביתה? הכתובת רחוב ויצמן 88, דירה 12, קומה 4, כפר סבא",
      (ADDR, "רחוב ויצמן 88, דירה 12, קומה 4, כפר סבא")),
    I("משלוח עד הבית עולה 30 שקל ומגיע תוך שלושה ימי עסקים"),
    I("במסטרקארד, " + he_words(_hc["mc"]), (CARD, he_words(_hc["mc"])), c="איך תרצי לשלם?"),

    # --- home care for an elderly husband, Ramat Gan
    I("סיעוד ״יד ביד״, מדבר אלון, שלום", (NAME, "אלון")),
    I("שלום, מדברת שולמית אברהמי, שולה, בעלי צריך מטפלת כמה שעות ביום",
      (NAME, "שולמית אברהמי"), (NAME, "שולה")),
    I("רחוב הרא״ה 23, רמת גן, דירה 3 בקומה הראשונה", (ADDR, "רחוב הרא״ה 23, רמת גן, דירה 3 בקומה הראשונה"),
      c="בסדר גמור, ומה הכתובת שלכם?"),
    I("תאריך הלידה של בעלי? עשרים ושבעה באפריל אלף תשע מאות שלושים ותשע",
      (DOB, "עשרים ושבעה באפריל אלף תשע מאות שלושים ותשע")),
    I("שעת מטפלת עולה 68 שקל, מינימום ארבע שעות ביום, ובשישי עד שתיים בצהריים"),
    I("תעודת הזהות שלו, רגע אני מחפשת... " + _ht["t4"][:8] + "-" + _ht["t4"][8],
      (ID, _ht["t4"][:8] + "-" + _ht["t4"][8])),
    I("יש לי פה את ה-IBAN מהדף של הבנק, " + grp(_hi["il1"], [4]), (IBAN, grp(_hi["il1"], [4])),
      c="להוראת קבע אני צריך את פרטי החשבון"),
    I("הטלפון שלנו בבית 03-6774125, אני תמיד בבית", (PHONE, "03-6774125")),
    I("המטפלת תתחיל ביום ראשון הבא, ה-12 בחודש, בשמונה בבוקר"),
    I("תודה רבה שולה, אני שולח לך את החוזה בדואר", (NAME, "שולה")),
]


def he_pairs(s):
    """Read by pairs, as in 'שלושים ואחת, שמונים ותשע, אפס שתיים'."""
    out = []
    for g in grp(s, [2]).split():
        out.append(he_words(g) if g[0] == "0" or len(g) == 1 else he_num(int(g)))
    return ", ".join(out)


_t5 = he_words(HE_TZ["t5"]).split()
HE_TZ5_SAID = " ".join(_t5[:2]) + ", אממ, " + " ".join(_t5[2:])
HE_TZ3_SAID = he_pairs(HE_TZ["t3"])

HE += [
    # --- dermatology clinic, Netanya (caller from France)
    I("מרפאת עור ואסתטיקה נתניה, בוקר טוב"),
    I("בוקר טוב, שמי סנדרין אזולאי, אני רוצה לבטל את הטיפול בלייזר ולקבל את הכסף בחזרה",
      (NAME, "סנדרין אזולאי")),
    I("אין בעיה סנדרין, שילמת מקדמה של 500 שקל ב-14 לפברואר, נכון?", (NAME, "סנדרין")),
    I("כן, אבל הכרטיס שלי מצרפת נסגר, אפשר להחזיר לחשבון שלי בצרפת? ה-IBAN " + grp(_hi["fr"], [4]),
      (IBAN, grp(_hi["fr"], [4]))),
    I("המייל שלי sandrine.azoulay@free.fr", (EMAIL, "sandrine.azoulay@free.fr")),
    I("שמונה עשר בנובמבר שבעים ושש", (DOB, "שמונה עשר בנובמבר שבעים ושש"),
      c="את יכולה לאשר לי את תאריך הלידה?"),
    I("ההחזר לוקח עד 14 ימי עסקים, ויש עמלת העברה לחו״ל של 35 שקל"),
    I("טלפון נייד 053-4409821", (PHONE, "053-4409821")),
    I("הלייזר זה סדרה של שש פגישות, 2,400 שקל לכל הסדרה, והשתמשת כבר בשתיים"),

    # --- fertility clinic, Jerusalem (Anglo caller)
    I("מכון הפוריות ירושלים, שלום"),
    I("היי, זאת ליז, אליזבת כהן, sorry, העברית שלי לא מושלמת, אני רוצה לשאול על הבדיקות",
      (NAME, "ליז", 0), (NAME, "אליזבת כהן")),
    I(HE_TZ5_SAID, (ID, HE_TZ5_SAID), c="אין בעיה ליז, תעודת זהות?"),
    I("בדיקת AMH עולה 320 שקל, והתוצאה מגיעה תוך חמישה ימים"),
    I("תשלחו לי למייל, liz cohen jlm at gmail dot com", (EMAIL, "liz cohen jlm at gmail dot com")),
    I("הכרטיס שלי אמריקן אקספרס, " + grp(_hc["amex"], [4, 6, 5]), (CARD, grp(_hc["amex"], [4, 6, 5]))),
    I("ואם יש החזר, יש לי חשבון באנגליה, " + grp(_hi["gb"], [4]), (IBAN, grp(_hi["gb"], [4]))),
    I("אני גרה ברחוב עזה 17, דירה 5, רחביה", (ADDR, "רחוב עזה 17, דירה 5, רחביה")),
    I("אוקיי ליז, התור נקבע לשמונה בבוקר, ה-3 ביוני, בקומה 2 חדר 204", (NAME, "ליז")),

    # --- physiotherapy clinic, Haifa (Arab citizen speaking Hebrew)
    I("פיזיותרפיה כרמל, שלום"),
    I("שלום, אני ראמי חדאד, רציתי לקבוע טיפולים לגב אחרי הניתוח", (NAME, "ראמי חדאד")),
    I("בשמחה ראמי, יש לך הפניה מהרופא?", (NAME, "ראמי")),
    I("תעודת זהות " + HE_TZ3_SAID, (ID, HE_TZ3_SAID)),
    I("טיפול פרטי עולה 280 שקל, וסדרה של עשרה טיפולים 2,500"),
    I("הנייד שלי 050-3917264, אפשר גם וואטסאפ", (PHONE, "050-3917264")),
    I("אפשר לחייב כל טיפול בכרטיס, דיינרס " + grp(_hc["diners"], [4, 6, 4]),
      (CARD, grp(_hc["diners"], [4, 6, 4]))),
    I("הטיפולים בימים שני ורביעי בשש וחצי בערב, הכניסה מרחוב הנביאים מול הבנק"),
    I("אני יליד 22.4.88", (DOB, "22.4.88")),

    # --- hearing institute, Be'er Sheva (older caller)
    I("מכון שמיעה נגב, שלום"),
    I("שלום, מדבר יעקב פופסקו, יענקל'ה, אני צריך סוללות ויש בעיה עם המכשיר",
      (NAME, "יעקב פופסקו"), (NAME, "יענקל'ה")),
    I("שלום יעקב, אני רואה שהמכשיר נקנה לפני שנתיים בשמונת אלפים שקל, יש עוד שנה אחריות",
      (NAME, "יעקב")),
    I("אני גר ברחוב רגר 45, דירה 9, באר שבע, אפשר שטכנאי יבוא?", (ADDR, "רחוב רגר 45, דירה 9, באר שבע")),
    I("ביקור בית עולה 150 שקל, והחלפת סוללות בלי עלות"),
    I("טלפון? " + he_groups("086284310", [2, 3, 4]), (PHONE, he_groups("086284310", [2, 3, 4]))),
    I(he_groups(_hc["visa2"], [4]), (CARD, he_groups(_hc["visa2"], [4])),
      c="הבת שלך משלמת? תגיד לי את מספר הכרטיס שלה"),
    I("נולדתי בעשרים ושלושה בספטמבר שלושים ושבע", (DOB, "עשרים ושלושה בספטמבר שלושים ושבע")),
    I("הטכנאי יגיע ביום רביעי בין עשר לשתיים, הוא יתקשר חצי שעה לפני"),
]

_v3 = grp(HE_CARD["visa3"], [4]).split()
HE_V3_A = he_words(_v3[0]) + ", " + he_words(_v3[1])
HE_V3_B = he_words(_v3[2]) + ", " + he_words(_v3[3])
HE_IL6_SAID = "איי אל " + he_groups(HE_IBAN["il6"][2:], [2, 4, 4, 4, 4, 3])

HE += [
    # --- child speech therapist, Bnei Brak (Haredi mother)
    I("מכון ״דיבור וצליל״, שלום"),
    I("שלום, מדברת חיה רייזל פרידמן, אני רוצה לקבוע אבחון לבן שלי, הוא בן שלוש וחצי",
      (NAME, "חיה רייזל פרידמן")),
    I("תאריך הלידה שלו? כ״ג בתמוז תשפ״א, זה... רגע, 3 ביולי 2021",
      (DOB, "כ״ג בתמוז תשפ״א"), (DOB, "3 ביולי 2021")),
    I("האבחון עולה 650 שקל, ואחר כך טיפול שבועי של 45 דקות ב-320 שקל"),
    I("ת״ז של הילד " + _ht["t6"], (ID, _ht["t6"])),
    I("רחוב רבי עקיבא 112, דירה 14, בני ברק", (ADDR, "רחוב רבי עקיבא 112, דירה 14, בני ברק"),
      c="לאן לשלוח את הסיכום של האבחון?"),
    I("יש לי טלפון כשר, 055-6781204", (PHONE, "055-6781204")),
    I("אין לי מייל, תשלחו לגיסה שלי, r.klein שטרודל zahav נקודה net נקודה il",
      (EMAIL, "r.klein שטרודל zahav נקודה net נקודה il")),
    I("התשלום בהעברה, מהחשבון שלנו " + HE_IL6_SAID, (IBAN, HE_IL6_SAID)),
    I("האבחון ביום חמישי בעשר, בחדר 3 בקומה השנייה ליד המעלית"),

    # --- private MRI institute
    I("מכון ״סקאן פלוס״, שלום, איך אפשר לעזור?"),
    I("היי, אני רועי שטרן, קבעתי תור לאם אר איי של הברך ורציתי לשלם מראש", (NAME, "רועי שטרן")),
    I("בדיקת MRI ברך פרטית 1,450 שקל, עם חומר ניגוד 1,900"),
    I("ת״ז " + grp(_ht["t7"], [3], "-"), (ID, grp(_ht["t7"], [3], "-"))),
    I(HE_V3_A, (CARD, HE_V3_A), c="מספר הכרטיס?"),
    I(HE_V3_B, (CARD, HE_V3_B), c="כן, " + HE_V3_A + ", ו...?"),
    I("roy.stern90 שטרודל walla נקודה co נקודה il", (EMAIL, "roy.stern90 שטרודל walla נקודה co נקודה il"),
      c="לאיזה מייל לשלוח את הפענוח?"),
    I("תאריך לידה 9 בינואר 1990", (DOB, "9 בינואר 1990")),
    I("אם הבדיקה מתבטלת, תחזירו ל-IBAN " + grp(_hi["il5"], [4]), (IBAN, grp(_hi["il5"], [4]))),
    I("צריך להגיע בלי תכשיטים חצי שעה לפני, הבדיקה לוקחת עשרים דקות והפענוח מגיע תוך שבוע"),
    I("ההזמנה שלך מספר 5530918, ותקבל SMS תזכורת יום לפני"),

    # --- orthodontist, Modiin
    I("מרפאת יישור שיניים מודיעין, שלום"),
    I("שלום, זה אבי, אבירם טל, אני אבא של אחת המטופלות, רציתי לשנות את הוראת הקבע",
      (NAME, "אבי", 0), (NAME, "אבירם טל")),
    I("הטיפול הוא 14,000 שקל בעשרים ושמונה תשלומים של 500, ונשארו עוד 19"),
    I("להעביר מהחשבון " + grp(_hi["il3"], [4]) + " לחשבון החדש " + grp(_hi["il2"], [4]),
      (IBAN, grp(_hi["il3"], [4])), (IBAN, grp(_hi["il2"], [4]))),
    I("תעודת זהות שלי " + grp(_ht["t8"], [3]), (ID, grp(_ht["t8"], [3]))),
    I("כתובת לקבלות: שדרות עמק דותן 17, מודיעין", (ADDR, "שדרות עמק דותן 17, מודיעין")),
    I("הנייד " + he_groups("0527758316", [3, 3, 4]), (PHONE, he_groups("0527758316", [3, 3, 4]))),
    I("ואת הקבלות למייל avi.tal שטרודל gmail נקודה com", (EMAIL, "avi.tal שטרודל gmail נקודה com")),
    I("השינוי ייכנס לתוקף מה-1 בחודש הבא, והחיוב הבא יהיה ב-10 לחודש"),

    # --- home blood tests, Rishon LeZion
    I("בדיקות דם עד הבית, שלום"),
    I("שלום, אני צריכה בדיקת דם לאמא שלי, היא מרותקת לבית"),
    I("הכתובת: רחוב הרצל 102, קומה 5, דירה 18, ראשון לציון, יש קוד בכניסה 1948",
      (ADDR, "רחוב הרצל 102, קומה 5, דירה 18, ראשון לציון")),
    I("תאריך הלידה של אמא 02/01/1941", (DOB, "02/01/1941")),
    I("דגימה בבית עולה 190 שקל, כולל את כל הבדיקות שבהפניה"),
    I("המייל שלי dikla.m@hotmail.com, תשלחו לשם את התוצאות", (EMAIL, "dikla.m@hotmail.com")),
    I("ואת ההחזר על הביקור שבוטל לחשבון " + grp(_hi["il4"], [4]), (IBAN, grp(_hi["il4"], [4]))),
    I("תחייבו את המאסטרקארד, " + grp(_hc["mc2"], [4], "-"), (CARD, grp(_hc["mc2"], [4], "-"))),
    I("הלבורנטית תגיע מחר בין שבע לתשע, וצריך להיות בצום שתים עשרה שעות"),

    # --- more non-personal lines from the calls above
    I("החשבונית מה-5 במרץ על סך 1,280 שקל נשלחה אלייך ביום שלישי"),
    I("המרפאה סגורה בחול המועד, אנחנו חוזרים ב-24 באפריל בשמונה בבוקר"),
    I("מספר הפנייה שלך 20240611, תשמרי אותו אם תצטרכי לחזור אלינו"),
    I("העדשות החודשיות עולות 180 שקל לקופסה של שש, ובשתי קופסאות יש עשרה אחוז הנחה"),
    I("יש חנייה בחניון בלומפילד, השעה הראשונה חינם עם החתמה בקבלה"),
]

LANGS["he"] = HE

# -------------------------------------------------------------------- Greek
# Calls: a dental practice (Athens), a microbiology laboratory (Thessaloniki,
# older caller), an optician (Patras), home nursing for a mother (Athens), a
# private clinic (Nicosia, Cypriot), a physiotherapist (Limassol, Cypriot), a
# dermatologist (Athens, Greek-British caller), an audiologist (Heraklion,
# older caller), a fertility clinic (Athens), a speech therapist for a child
# (Larissa), a CT/MRI centre (Piraeus), home blood tests (Volos).

EL_AFM = {k: afm_make(v) for k, v in {
    "a1": "04817263", "a2": "13579246", "a3": "07734519", "a4": "11290384",
    "a5": "05568312", "a6": "09912047", "a7": "14406275", "a8": "06623198"}.items()}
EL_CARD = {
    "visa": luhn_make("451231987650124"), "mc": luhn_make("532409771023648"),
    "amex": luhn_make("37663910284517"), "visa2": luhn_make("402360118834950"),
    "mc2": luhn_make("516873209914076"), "visa3": luhn_make("479055612093847"),
    "mc3": luhn_make("544012378806159"), "maestro": luhn_make("6762451098023477"),
}
EL_IBAN = {
    "gr1": iban_make("GR", "01101250000000012300695"), "gr2": iban_make("GR", "01702310005023104855920"),
    "gr3": iban_make("GR", "02600110000700200917843"), "gr4": iban_make("GR", "01408150815002002334671"),
    "gr5": iban_make("GR", "01104900000049047612053"), "cy1": iban_make("CY", "002001280000001200527600"),
    "cy2": iban_make("CY", "005002000000001234567890"), "de": iban_make("DE", "430609671234567800"),
}
_ea, _ec, _ei = EL_AFM, EL_CARD, EL_IBAN

EL = [
    # --- dental practice, Athens
    I("Οδοντιατρείο Smile Κολωνάκι, καλημέρα, είμαι η Δέσποινα, πώς μπορώ να βοηθήσω;", (NAME, "Δέσποινα")),
    I("Καλημέρα, με λένε Κατερίνα Παπαδοπούλου, θα ήθελα να κλείσω ραντεβού για καθαρισμό",
      (NAME, "Κατερίνα Παπαδοπούλου")),
    I("Βεβαίως κυρία Παπαδοπούλου, έχουμε Τρίτη στις έξι και μισή ή Πέμπτη στις εννιά και τέταρτο",
      (NAME, "Παπαδοπούλου")),
    I("Ο καθαρισμός είναι πενήντα ευρώ και η λεύκανση διακόσια ογδόντα, αν θέλετε τα κάνουμε μαζί"),
    I("Θα ήθελα απόδειξη με ΑΦΜ, είναι " + el_words(_ea["a1"]), (ID, el_words(_ea["a1"]))),
    I("το κινητό μου " + el_groups("6944718203", [2, 2, 3, 3]),
      (PHONE, el_groups("6944718203", [2, 2, 3, 3]))),
    I("Το email μου είναι katerina.pap παπάκι gmail τελεία com", (EMAIL, "katerina.pap παπάκι gmail τελεία com")),
    I("Θα σας έρθει υπενθύμιση με SMS μια μέρα πριν, και για ακύρωση ενημερώνετε 24 ώρες νωρίτερα"),
    I("Ναι, με κάρτα, " + grp(_ec["visa"], [4]), (CARD, grp(_ec["visa"], [4])),
      c="Κρατάμε μια προκαταβολή είκοσι ευρώ, θα πληρώσετε με κάρτα;"),

    # --- microbiology laboratory, Thessaloniki (older caller)
    I("Μικροβιολογικό Εργαστήριο Καλαμαριάς, παρακαλώ"),
    I("Ναι, καλημέρα σας, είμαι ο Γιώργος Κωνσταντινίδης, έκανα εξετάσεις αίματος την Παρασκευή",
      (NAME, "Γιώργος Κωνσταντινίδης")),
    I("Μάλιστα κύριε Κωνσταντινίδη, ημερομηνία γέννησης για επιβεβαίωση;", (NAME, "Κωνσταντινίδη")),
    I("Δεκαεφτά Μαΐου, χίλια εννιακόσια σαράντα εννιά", (DOB, "Δεκαεφτά Μαΐου, χίλια εννιακόσια σαράντα εννιά"),
      c="Μάλιστα κύριε Κωνσταντινίδη, ημερομηνία γέννησης για επιβεβαίωση;"),
    I("Η γλυκόζη σας είναι εκατόν δεκαπέντε, λίγο ψηλά, η χοληστερίνη διακόσια σαράντα και ο σίδηρος φυσιολογικός"),
    I("Στείλτε τες στο email της κόρης μου, eleni κάτω παύλα k80 παπάκι yahoo τελεία gr",
      (EMAIL, "eleni κάτω παύλα k80 παπάκι yahoo τελεία gr")),
    I("Το σταθερό μου είναι 2310 445 812, είμαι σπίτι όλη μέρα", (PHONE, "2310 445 812")),
    I("Το σύνολο είναι ογδόντα πέντε ευρώ, με το παραπεμπτικό πληρώνετε μόνο το δεκαπέντε τοις εκατό"),
    I("Ο αριθμός του παραπεμπτικού είναι 2104230518471, κρατήστε τον"),
    I("Κομνηνών 52, Καλαμαριά, ΤΚ 551 31", (ADDR, "Κομνηνών 52, Καλαμαριά, ΤΚ 551 31"),
      c="Και η διεύθυνσή σας για να σας ταχυδρομήσουμε τα αποτελέσματα;"),

    # --- optician, Patras
    I("Οπτικά Αχαΐας, γεια σας"),
    I("Γεια σας, η Βάσω Νικολάου είμαι, Βασιλική, για τα γυαλιά που παρήγγειλα",
      (NAME, "Βάσω Νικολάου"), (NAME, "Βασιλική")),
    I("Α ναι κυρία Βάσω, ήρθαν οι φακοί, προοδευτικοί με αντιανακλαστική, μένουν εκατόν ογδόντα ευρώ",
      (NAME, "Βάσω")),
    I("Η συνταγή σας: δεξί μείον ένα και είκοσι πέντε, αριστερό μείον ένα και πενήντα, πρόσθεση συν δύο"),
    I("Μπορείτε να μου τα στείλετε; Μένω στη Μαιζώνος 118, τρίτος όροφος, Πάτρα",
      (ADDR, "Μαιζώνος 118, τρίτος όροφος, Πάτρα")),
    I("Η αποστολή με courier είναι τέσσερα ευρώ και φτάνει σε δύο εργάσιμες"),
    I(", ".join(el_words(g) for g in grp(_ec["mc"], [4]).split()),
      (CARD, ", ".join(el_words(g) for g in grp(_ec["mc"], [4]).split())),
      c="Πείτε μου τον αριθμό της κάρτας"),
    I("697 331 4582", (PHONE, "697 331 4582"), c="Και ένα κινητό για τον courier;"),

    # --- home nursing for a mother, Athens
    I("Κατ' οίκον Φροντίδα «Αρωγή», καλησπέρα σας"),
    I("Καλησπέρα, Δημήτρης Αλεξίου εδώ, Μήτσο με λένε όλοι, θέλω νοσηλεύτρια για τη μητέρα μου",
      (NAME, "Δημήτρης Αλεξίου"), (NAME, "Μήτσο")),
    I("Στο Αιγάλεω, οδός Θηβών 241, δεύτερος όροφος, κουδούνι Αλεξίου",
      (ADDR, "Αιγάλεω, οδός Θηβών 241, δεύτερος όροφος, κουδούνι Αλεξίου"),
      c="Η μητέρα σας πού μένει;"),
    I("Γεννήθηκε στις 3 Ιουνίου 1938, είναι ογδόντα έξι χρονών", (DOB, "3 Ιουνίου 1938")),
    I("Η νοσηλεύτρια για οκτάωρο είναι ογδόντα πέντε ευρώ, ο μήνας με πέντε μέρες την εβδομάδα βγαίνει γύρω στα χίλια οχτακόσια"),
    I("Θα πληρώνω με πάγια εντολή από την Εθνική, το IBAN μου είναι " + grp(_ei["gr1"], [4]),
      (IBAN, grp(_ei["gr1"], [4]))),
    I("Και για την απόδειξη, το ΑΦΜ μου " + grp(_ea["a2"], [3]), (ID, grp(_ea["a2"], [3]))),
    I("Κινητό 6977 204 519", (PHONE, "6977 204 519")),
    I("Η πρώτη επίσκεψη θα είναι τη Δευτέρα 7 Οκτωβρίου στις οχτώ το πρωί"),
    I("Ευχαριστούμε κύριε Αλεξίου, θα σας στείλουμε το συμφωνητικό", (NAME, "Αλεξίου")),
]

EL += [
    # --- private clinic, Nicosia (Cypriot)
    I("Ιατρικό Κέντρο Αγλαντζιάς, καλημέρα σας"),
    I("Καλημέρα, εν ο Χαράλαμπος Γεωργίου, ο Μπάμπης, είχα ραντεβού την Πέμπτη τζαι θέλω να το αλλάξω",
      (NAME, "Χαράλαμπος Γεωργίου"), (NAME, "Μπάμπης")),
    I("Εντάξει κύριε Μπάμπη, έχουμε Δευτέρα δέκα παρά τέταρτο, η επίσκεψη είναι σαράντα πέντε ευρώ",
      (NAME, "Μπάμπη")),
    I("Το κινητό μου " + el_groups("99345612", [2]), (PHONE, el_groups("99345612", [2]))),
    I("Μένω Στρόβολο, Λεωφόρος Αθαλάσσας 45, διαμέρισμα 302, 2012",
      (ADDR, "Στρόβολο, Λεωφόρος Αθαλάσσας 45, διαμέρισμα 302, 2012")),
    I("Το πακέτο εξετάσεων είναι εξήντα ευρώ τζαι τα αποτελέσματα βγαίνουν σε δύο μέρες"),
    I("Αν θέλετε να μου επιστρέψετε την προκαταβολή, το IBAN μου " + grp(_ei["cy1"], [4]),
      (IBAN, grp(_ei["cy1"], [4]))),
    I("γεννημένος 25.11.1971", (DOB, "25.11.1971"), c="Ημερομηνία γέννησης, να σας βρω στο σύστημα;"),
    I("Το ιατρείο είναι στον δεύτερο όροφο, γραφείο 12, δίπλα που το φαρμακείο"),

    # --- physiotherapist, Limassol (young Cypriot caller)
    I("Physio Plus Λεμεσός, γεια σας"),
    I("Γεια σας, Άντρη Χριστοδούλου, εκλείσαμε session για τον ώμο μου αλλά θέλω να πληρώσω online",
      (NAME, "Άντρη Χριστοδούλου")),
    I("Ναι Άντρη μου, πες μου τον αριθμό της κάρτας", (NAME, "Άντρη")),
    I(el_groups(_ec["visa2"], [2]), (CARD, el_groups(_ec["visa2"], [2])),
      c="Ναι Άντρη μου, πες μου τον αριθμό της κάρτας"),
    I("Και στείλε μου την απόδειξη στο andri.christodoulou96@gmail.com",
      (EMAIL, "andri.christodoulou96@gmail.com")),
    I("Το τηλέφωνό μου +357 96 418 207 αν χρειαστεί", (PHONE, "+357 96 418 207")),
    I("Ή αν είναι πιο εύκολο, κάμνω μεταφορά που την Ελληνική, " + grp(_ei["cy2"], [4]),
      (IBAN, grp(_ei["cy2"], [4]))),
    I("Κάθε session είναι σαράντα ευρώ, το πακέτο των δέκα τριακόσια πενήντα"),
    I("Έχουμε Τετάρτη στις πέντε και είκοσι ή Σάββατο στις έντεκα, στην αίθουσα 2"),

    # --- dermatologist, Athens (Greek-British caller)
    I("Δερματολογικό Κέντρο Γλυφάδας, καλησπέρα σας"),
    I("Γεια σας, είμαι η Helen, Έλενα Smith, sorry τα ελληνικά μου δεν είναι τέλεια",
      (NAME, "Helen"), (NAME, "Έλενα Smith")),
    I("Κανένα πρόβλημα κυρία Smith, για ποιο θέμα;", (NAME, "Smith")),
    I("Η χαρτογράφηση σπίλων είναι εκατόν πενήντα ευρώ και κρατάει περίπου σαράντα λεπτά"),
    I("Μένω στη Γλυφάδα, Γρηγορίου Λαμπράκη 87, και το email μου helen.smith.gr@outlook.com",
      (ADDR, "Γλυφάδα, Γρηγορίου Λαμπράκη 87"), (EMAIL, "helen.smith.gr@outlook.com")),
    I("Θα πληρώσω με American Express, " + grp(_ec["amex"], [4, 6, 5]), (CARD, grp(_ec["amex"], [4, 6, 5]))),
    I("Για επιστροφές, Πειραιώς, " + grp(_ei["gr2"], [4]), (IBAN, grp(_ei["gr2"], [4]))),
    I("14 Φεβρουαρίου 1990", (DOB, "14 Φεβρουαρίου 1990"), c="Και η ημερομηνία γέννησής σας;"),

    # --- audiologist, Heraklion (older Cretan caller)
    I("Ακουστικά Κρήτης, παρακαλώ"),
    I("Γεια σου κοπέλα μου, ο Μανώλης ο Σταυρακάκης είμαι, από τις Αρχάνες, τα ακουστικά μου σφυρίζουν",
      (NAME, "Μανώλης ο Σταυρακάκης")),
    I("Καλημέρα κύριε Μανώλη, θα σας στείλουμε τεχνικό, ποια είναι η διεύθυνση;", (NAME, "Μανώλη")),
    I("Στις Αρχάνες, οδός Καπετάν Μιχάλη 9, δίπλα στην πλατεία", (ADDR, "Αρχάνες, οδός Καπετάν Μιχάλη 9"),
      c="Καλημέρα κύριε Μανώλη, θα σας στείλουμε τεχνικό, ποια είναι η διεύθυνση;"),
    I("Τα ακουστικά κόστισαν χίλια οχτακόσια ευρώ το ζευγάρι και είναι ακόμα στην εγγύηση των δύο χρόνων"),
    I("Το ΑΦΜ μου; Περίμενε να βρω το χαρτί... " + el_groups(_ea["a3"], [3]),
      (ID, el_groups(_ea["a3"], [3]))),
    I("Του σπιτιού το τηλέφωνο είναι 2810 751 233", (PHONE, "2810 751 233")),
    I("Την προκαταβολή να την επιστρέψετε στο IBAN του γιου μου, " + grp(_ei["gr3"], [4]),
      (IBAN, grp(_ei["gr3"], [4]))),
    I("Ο τεχνικός έρχεται Πέμπτη πρωί, η επίσκεψη είναι δωρεάν μέσα στην εγγύηση, οι μπαταρίες έξι ευρώ η καρτέλα"),
    I("Γεννήθηκα το σαράντα τρία, δεκαπέντε Αυγούστου", (DOB, "σαράντα τρία, δεκαπέντε Αυγούστου")),
]

_m2 = grp(EL_CARD["mc2"], [4]).split()
EL_MC2_SAID = (el_words(_m2[0]) + ", " + el_words(_m2[1]) + ", " + el_words(_m2[2][:2]) + " ένα πέντε, όχι, "
               + el_words(_m2[2][2:]) + ", " + el_words(_m2[3]))
assert _m2[2][2:] == "14"
EL_A8_SAID = el_words(EL_AFM["a8"][:4]) + " " + EL_AFM["a8"][4:]

EL += [
    # --- fertility clinic, Athens
    I("Κέντρο Γονιμότητας «Νέα Ζωή», καλημέρα"),
    I("Καλημέρα, λέγομαι Ειρήνη Μαυρίδου, έκανα τις ορμονικές εξετάσεις και θέλω να προγραμματίσουμε",
      (NAME, "Ειρήνη Μαυρίδου")),
    I("δώδεκα του τρία, ογδόντα πέντε", (DOB, "δώδεκα του τρία, ογδόντα πέντε"), c="Ημερομηνία γέννησης;"),
    I("Η AMH σας είναι ένα κόμμα τέσσερα και η FSH εννιά, ο γιατρός προτείνει να ξεκινήσουμε στον επόμενο κύκλο"),
    I("Ο κύκλος είναι τρεις χιλιάδες διακόσια ευρώ χωρίς τα φάρμακα, που βγαίνουν περίπου χίλια πεντακόσια"),
    I("Για το τιμολόγιο, ΑΦΜ " + _ea["a4"], (ID, _ea["a4"])),
    I("eirini.mavridou παπάκι hotmail τελεία com", (EMAIL, "eirini.mavridou παπάκι hotmail τελεία com"),
      c="Σε ποιο email να στείλουμε το πρόγραμμα;"),
    I("Θα πληρώσω με τη χρεωστική, " + grp(_ec["maestro"], [4, 4, 4, 5]),
      (CARD, grp(_ec["maestro"], [4, 4, 4, 5]))),
    I("Το υπερηχογράφημα είναι τη δεύτερη μέρα του κύκλου στις οχτώ, στο ισόγειο, αίθουσα 3"),

    # --- speech therapist for a child, Larissa
    I("Γεια σας, είμαι η Σοφία Τσιρίγου, θέλω αξιολόγηση για τον γιο μου, δεν μιλάει πολύ ακόμα",
      (NAME, "Σοφία Τσιρίγου")),
    I("Στις 8 Απριλίου 2020", (DOB, "8 Απριλίου 2020"), c="Ο μικρός πότε γεννήθηκε;"),
    I("Η αξιολόγηση είναι εβδομήντα ευρώ και κρατάει μια ώρα, μετά οι συνεδρίες τριάντα πέντε ευρώ"),
    I("Για την απόδειξη, το ΑΦΜ του άντρα μου " + el_groups(_ea["a5"], [3]),
      (ID, el_groups(_ea["a5"], [3]))),
    I("Το κινητό μου " + el_groups("6951033287", [2, 2, 3, 3]), (PHONE, el_groups("6951033287", [2, 2, 3, 3]))),
    I("sofia κάτω παύλα ts παπάκι gmail τελεία com, το ts με λατινικά",
      (EMAIL, "sofia κάτω παύλα ts παπάκι gmail τελεία com"), c="Πού να στείλουμε την έκθεση αξιολόγησης;"),
    I("Η διεύθυνσή μας είναι Παπαναστασίου 23, τρίτος όροφος, 412 22 Λάρισα",
      (ADDR, "Παπαναστασίου 23, τρίτος όροφος, 412 22 Λάρισα")),
    I("Θα πληρώσω την αξιολόγηση τώρα με την κάρτα, " + grp(_ec["mc3"], [4]), (CARD, grp(_ec["mc3"], [4]))),
    I("Και το υπόλοιπο με πάγια εντολή, IBAN " + grp(_ei["gr5"], [4]), (IBAN, grp(_ei["gr5"], [4]))),
    I("Μπορούμε Τρίτη και Πέμπτη στις πέντε, στο γραφείο 4 στον πρώτο όροφο"),

    # --- CT/MRI centre, Piraeus
    I("Διαγνωστικό Κέντρο Πειραιά, καλησπέρα σας"),
    I("Καλησπέρα, Παναγιώτης Λαμπρόπουλος, ο Τάκης, έχω παραπεμπτικό για αξονική θώρακος",
      (NAME, "Παναγιώτης Λαμπρόπουλος"), (NAME, "Τάκης")),
    I("Η αξονική θώρακος χωρίς σκιαγραφικό είναι ενενήντα ευρώ, με σκιαγραφικό εκατόν σαράντα"),
    I("Ο κωδικός της ηλεκτρονικής συνταγής είναι 2301180447712, τον βλέπω στο κινητό"),
    I("ΑΦΜ " + grp(_ea["a6"], [3]), (ID, grp(_ea["a6"], [3])), c="Θέλετε απόδειξη με ΑΦΜ;"),
    I(EL_MC2_SAID, (CARD, EL_MC2_SAID), c="Ο αριθμός της κάρτας;"),
    I("Το σταθερό μου 210 4172365", (PHONE, "210 4172365")),
    I("Αν ακυρωθεί η εξέταση, επιστροφή στο " + grp(_ei["gr4"], [4]), (IBAN, grp(_ei["gr4"], [4]))),
    I("takis παπάκι otenet τελεία gr", (EMAIL, "takis παπάκι otenet τελεία gr"), c="Και ένα email για τη γνωμάτευση;"),
    I("Το ραντεβού σας είναι Σάββατο 9 Νοεμβρίου, δέκα και είκοσι, ελάτε μισή ώρα νωρίτερα νηστικός"),

    # --- home blood tests, Volos
    I("Εργαστήριο «Βιοϊατρική Βόλου», αιμοληψίες κατ' οίκον, παρακαλώ"),
    I("Καλημέρα, θέλω να έρθει κάποιος για αιμοληψία στον πατέρα μου, είναι κατάκοιτος"),
    I("Νέα Ιωνία, Αναλήψεως 41, ισόγειο", (ADDR, "Νέα Ιωνία, Αναλήψεως 41, ισόγειο"),
      c="Πείτε μου τη διεύθυνση του πατέρα σας"),
    I("Ο πατέρας μου είναι γεννημένος πρώτη Ιανουαρίου του τριάντα εννιά",
      (DOB, "πρώτη Ιανουαρίου του τριάντα εννιά")),
    I("Η επίσκεψη στο σπίτι είναι είκοσι ευρώ επιπλέον και οι εξετάσεις με τον τιμοκατάλογο"),
    I("ΑΦΜ του πατέρα μου " + _ea["a7"] + ", και το δικό μου για την απόδειξη " + EL_A8_SAID,
      (ID, _ea["a7"]), (ID, EL_A8_SAID)),
    I("το κινητό μου +30 697 550 1184, κι αν δεν απαντάω στο σταθερό 24210 33456",
      (PHONE, "+30 697 550 1184"), (PHONE, "24210 33456")),
    I("Στείλτε τα αποτελέσματα στο angeliki.volos@yahoo.gr", (EMAIL, "angeliki.volos@yahoo.gr")),
    I("Με κάρτα, " + grp(_ec["visa3"], [4]), (CARD, grp(_ec["visa3"], [4])), c="Πώς θα πληρώσετε;"),
    I("Ο αδερφός μου στη Γερμανία θα πληρώνει, το IBAN του " + grp(_ei["de"], [4]),
      (IBAN, grp(_ei["de"], [4]))),
    I("Ο νοσηλευτής θα είναι εκεί αύριο μεταξύ επτά και εννιά, νηστεία δώδεκα ωρών"),

    # --- more non-personal lines from the calls above
    I("Η απόδειξη με αριθμό 4587 εκδόθηκε στις 12 Μαρτίου, θα τη βρείτε και στο email"),
    I("Σας χρεώσαμε δύο φορές στις 15 Ιουλίου, εξήντα και εξήντα, η μία χρέωση θα αντιλογιστεί"),
    I("Οι μηνιαίοι φακοί επαφής είναι έξι τεμάχια, τριάντα δύο ευρώ το κουτί"),
    I("Είμαστε στην Κηφισίας, απέναντι από το Mall, η είσοδος είναι από την Αγίου Κωνσταντίνου"),
    I("Η προσφορά ισχύει μέχρι τις 30 Ιουνίου, το δεύτερο ζευγάρι γυαλιά με πενήντα τοις εκατό έκπτωση"),
    I("Το συμβόλαιο φροντίδας ξεκίνησε την 1η Φεβρουαρίου 2023 και ανανεώνεται κάθε χρόνο"),
]

LANGS["el"] = EL

# ======================================================================= main


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    grand = Counter()
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        grand.update(kinds)
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(rows), empty, sum(kinds.values()),
            ", ".join("%s %d" % (k, kinds[k]) for k in sorted(KINDS))))
    print("all: %d spans" % sum(grand.values()))


if __name__ == "__main__":
    sys.exit(main())
