#!/usr/bin/env python3
"""Held-out evaluation set "blind63" for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief (the
product's specification of what counts as personal data, plus instructions on the
area and style of the calls). It never opened, listed or ran the redactor, its
rules, its tests, or any other evaluation set or generator. All values are
invented; check-digit values (cards, IBANs, national IDs) are computed here.

Area: government and public services (tax office, social security and benefits,
passports and ID cards, consulates, courts and fines, police non-emergency line,
hospital administration, vehicle registration, elections and census, post office).

Output: data/redaction/blind63/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  kind     one of card, iban, id, phone, email, date_of_birth, name, address
  start/end  BYTE offsets into the UTF-8 encoding of text (end exclusive)
  context  optional: an earlier line of the same call (not scored)
Items with empty "spans" are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind63.py
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind63")

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
    """Append the Luhn check digit to prefix."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def card(prefix):
    s = luhn(prefix)
    assert 13 <= len(s) <= 19 and luhn_ok(s), s
    return s


def tz_ok(s):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2..., digit sums."""
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 + i % 2)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError(prefix8)


def afm_ok(s):
    """Greek AFM: 9 digits, sum d_i * 2^(8-i) over the first 8, mod 11 mod 10."""
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return (tot % 11) % 10 == int(s[8])


def afm(prefix8):
    tot = sum(int(prefix8[i]) * 2 ** (8 - i) for i in range(8))
    s = prefix8 + str((tot % 11) % 10)
    assert afm_ok(s)
    return s


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and s.isdigit() and luhn_ok(s)


def saudi(prefix9):
    s = luhn(prefix9)
    assert saudi_ok(s), s
    return s


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "QA": 29, "KW": 30, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "ES": 24}


def _iban_mod(s):
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "")
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and _iban_mod(s) == 1)


def iban(cc, bban):
    """Build an IBAN from country code and BBAN, computing the check digits."""
    chk = 98 - _iban_mod(cc + "00" + bban)
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], (s, len(s))
    return s


def grp(s, n=4, sep=" "):
    """Group a string in blocks of n (IBAN print form)."""
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def split(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def indic(s):
    return s.translate(AR_INDIC)

# ---------------------------------------------------------------- spoken numbers

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_two(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_two(n):
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEEN[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + HE_F[u] if u else "")


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
           "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
           "οχτακόσια εννιακόσια").split()


def el_two(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EL_TENS[t] + (" " + EL_D[u] if u else "")


def el_three(n):
    h, r = divmod(n, 100)
    if h == 0:
        return el_two(r)
    head = EL_HUND[h]
    if r == 0:
        return head
    if h == 1:
        head = "εκατόν"
    return head + " " + el_two(r)


AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة اربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TENS = "_ _ عشرين ثلاثين اربعين خمسين ستين سبعين ثمانين تسعين".split()
AR_TEEN = ["عشرة", "احدعش", "اثنعش", "ثلطعش", "اربعطعش", "خمسطعش", "سطعش", "سبعطعش",
           "ثمنطعش", "تسعطعش"]


def ar_two(n, dia="gulf"):
    d = AR_D[dia]
    if n < 10:
        return d[n]
    if n < 20:
        return AR_TEEN[n - 10]
    t, u = divmod(n, 10)
    tens = AR_TENS[t]
    if dia in ("lev", "egy", "mag"):
        tens = tens.replace("ث", "ت")
    return (d[u] + " و" + tens) if u else tens


def say(lang, digits, plan=None, sep=" ", zero=None, double=False, dia="gulf",
        masc=False):
    """Speak a digit string. plan: e.g. "d3 d3 p2 p2" (d=digit by digit,
    p=two-digit number, t=three-digit number (el only)); default all digits."""
    digits = digits.replace(" ", "").replace("-", "")
    if lang == "en":
        dw = list(EN_D)
        if zero:
            dw[0] = zero
        two = en_two
    elif lang == "he":
        dw = list(HE_M if masc else HE_F)
        two = he_two
    elif lang == "el":
        dw = list(EL_D)
        two = el_two
    elif lang == "ar":
        dw = list(AR_D[dia])
        two = lambda n: ar_two(n, dia)
    else:
        raise ValueError(lang)
    if plan is None:
        plan = "d%d" % len(digits)
    groups, i = [], 0
    for tok in plan.split():
        mode, k = tok[0], int(tok[1:])
        g = digits[i:i + k]
        i += k
        if mode == "d" or (mode in "pt" and g[0] == "0"):
            words, j = [], 0
            while j < len(g):
                if double and j + 1 < len(g) and g[j] == g[j + 1]:
                    words.append("double " + dw[int(g[j])])
                    j += 2
                else:
                    words.append(dw[int(g[j])])
                    j += 1
            groups.append(" ".join(words))
        elif mode == "p":
            assert k == 2
            groups.append(two(int(g)))
        elif mode == "t":
            assert k == 3 and lang == "el"
            groups.append(el_three(int(g)))
        else:
            raise ValueError(tok)
    assert i == len(digits), (digits, plan)
    return sep.join(groups)

# ---------------------------------------------------------------- items

def I(text, spans=(), ctx=None):
    """One item: spans is a list of (kind, substring[, skip]) in text order.
    Each substring is searched from the end of the previous span; skip>0 skips
    that many further occurrences."""
    return (text, list(spans), ctx)


def _digit_runs(s):
    s = s.translate(FROM_INDIC)
    for m in re.finditer(r"\d(?:[ \-.]?\d)+", s):
        yield m.group(0), re.sub(r"\D", "", m.group(0))


def check_free_numbers(text, where):
    """Numbers outside spans must not pass a personal-number check."""
    for raw, d in _digit_runs(text):
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("Luhn-valid free number", raw, where)
        if len(d) == 9:
            assert not tz_ok(d), ("TZ-valid free number", raw, where)
            assert not afm_ok(d), ("AFM-valid free number", raw, where)
        if len(d) == 10:
            assert not saudi_ok(d), ("Saudi-ID-valid free number", raw, where)
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", raw):
            assert not ssn_ok(raw), ("SSN-valid free number", raw, where)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?", text):
        assert not iban_ok(m.group(0)), ("IBAN-valid free string", m.group(0), where)


def build(items, lang):
    out = []
    for n, (text, spans, ctx) in enumerate(items):
        where = "%s#%d: %s" % (lang, n, text[:60])
        assert text == text.strip() and text, where
        b = text.encode("utf-8")
        pos, recs = 0, []
        blank = bytearray(b)
        for sp in spans:
            kind, sub = sp[0], sp[1]
            skip = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, (kind, where)
            sb = sub.encode("utf-8")
            assert sb and sub == sub.strip(), (sub, where)
            st = b.find(sb, pos)
            for _ in range(skip):
                st = b.find(sb, st + 1)
            assert st >= 0, ("span not found", kind, sub, where)
            en = st + len(sb)
            assert b[st:en].decode("utf-8") == sub
            recs.append({"kind": kind, "start": st, "end": en})
            for k in range(st, en):
                blank[k] = 0x20
            pos = en
        check_free_numbers(blank.decode("utf-8", "replace"), where)
        rec = {"text": text, "spans": recs}
        if ctx:
            rec["context"] = ctx
        out.append(rec)
    texts = [r["text"] for r in out]
    assert len(texts) == len(set(texts)), [t for t, c in Counter(texts).items() if c > 1]
    return out


LANGS = {}

# ==== DATA ====

# ---------------------------------------------------------------- English
# Calls: UK tax office refund; US Social Security; UK passport adviceline;
# Irish social protection (child benefit); Greek consulate tax desk (from
# Australia); ...

EN_GB_IBAN1 = iban("GB", "MONZ04000472915538")
EN_IE_IBAN1 = iban("IE", "AIBK93115238472610")
EN_SSN1 = "523-04-8816"
EN_AFM1 = afm("13456207")
assert ssn_ok(EN_SSN1)

_ie1 = EN_IE_IBAN1
EN_IE_IBAN1_SPOKEN = "I E %s, A I B K, %s, %s" % (
    say("en", _ie1[2:4], "p2"), say("en", _ie1[8:14], "d3 d3", zero="oh"),
    say("en", _ie1[14:], "d4 d4", zero="oh"))

EN = [
    # --- UK tax office, PAYE overpayment
    I("Good morning, you're through to the tax office helpline, my name's Gareth, how can I help?",
      [("name", "Gareth")]),
    I("Hi there, yeah, it's Oluwaseun Adeyemi here, I got a letter saying I overpaid tax for 2022 to 23.",
      [("name", "Oluwaseun Adeyemi")]),
    I("Thanks Mr Adeyemi. Before I go into the record can I take your date of birth please?",
      [("name", "Adeyemi")]),
    I("Yeah it's the fourth of November, nineteen eighty-seven.",
      [("date_of_birth", "fourth of November, nineteen eighty-seven")],
      "Before I go into the record can I take your date of birth please?"),
    I("Okay, I can see the overpayment, it's three hundred and twelve pounds forty, calculated on the 14th of August."),
    I("The P800 says two different figures though, £312.40 on page one and £298 on page 2, which one's right?"),
    I("Can it go straight into my account rather than a cheque? The IBAN is %s." % grp(EN_GB_IBAN1),
      [("iban", grp(EN_GB_IBAN1))]),
    I("That's fine, refunds to a bank account normally land within five working days, so by Friday the 22nd at the latest."),
    I("And the tax code from April will be 1257L again, no more emergency code, you were on that for 3 months."),
    # --- US Social Security Administration
    I("thank you for calling the social security administration this is marcus can i get your full name",
      [("name", "marcus")]),
    I("yes hi this is darlene whitaker w h i t a k e r",
      [("name", "darlene whitaker"), ("name", "w h i t a k e r")]),
    I("Thank you, Ms. Whitaker. And your Social Security number?",
      [("name", "Whitaker")]),
    I("It's five two three... oh four... eight eight one six.",
      [("id", "five two three... oh four... eight eight one six")],
      "And your Social Security number?"),
    I("february second nineteen fifty one",
      [("date_of_birth", "february second nineteen fifty one")],
      "And your date of birth, ma'am?"),
    I("My check always comes the third Wednesday and it's the 21st already, I get $1,284 after they take the $174.70 for Medicare."),
    I("I see that payment went out on May 17th, so we ask you to allow three more mail days before we can reissue it."),
    I("Well I moved, that's probably why. My new address is 2270 Larkspur Lane, apartment 4B, Mesa, Arizona 85204.",
      [("address", "2270 Larkspur Lane, apartment 4B, Mesa, Arizona 85204")]),
    I("Okay and a good number to reach you if we get cut off? Uh, four eight oh, five five five, oh one nine two.",
      [("phone", "four eight oh, five five five, oh one nine two")]),
    I("the cost of living adjustment was 3.2 percent this year so from january it went up by about forty one dollars"),
    # --- UK passport adviceline
    I("Passport Adviceline, you're speaking to Kirsty, can I start with your application reference please?",
      [("name", "Kirsty")]),
    I("Yes, it's 5 2 0 0 1 9 4 7 7 3 8 1, I applied on the 2nd of March and paid the £88.50 online."),
    I("Thank you. And am I speaking with Mrs Priya Raghunathan?",
      [("name", "Priya Raghunathan")]),
    I("Yes, that's me. It's spelt R-A-G-H-U-N-A-T-H-A-N.",
      [("name", "R-A-G-H-U-N-A-T-H-A-N")]),
    I("It's at the checking stage. It's been 6 weeks and we say allow up to 10, so you should have it by the 11th of May."),
    I("The thing is we fly on the 19th of May, BA 139 to Mumbai, and my son's passport came back in 3 weeks."),
    I("Can I just check the email on file, is it priya dot r eighty-four at gmail dot com?",
      [("email", "priya dot r eighty-four at gmail dot com")]),
    I("No, that's the old one, it's now priya underscore raghu at outlook dot co dot uk.",
      [("email", "priya underscore raghu at outlook dot co dot uk")]),
    I("And my mobile is %s, nine double oh, three four six." % say("en", "07700", zero="oh", double=True),
      [("phone", "%s, nine double oh, three four six" % say("en", "07700", zero="oh", double=True))]),
    I("Lovely, and the delivery address is still 31 Harefield Road, Leicester, LE2 6PJ?",
      [("address", "31 Harefield Road, Leicester, LE2 6PJ")]),
    # --- Irish Department of Social Protection, child benefit
    I("Department of Social Protection, Declan speaking.", [("name", "Declan")]),
    I("Hi, my name is Siobhán Kavanagh, I'm ringing about the child benefit, I changed banks.",
      [("name", "Siobhán Kavanagh")]),
    I("No problem at all, Siobhán. Have you the new IBAN there?", [("name", "Siobhán")]),
    I("I do yeah, it's %s." % EN_IE_IBAN1_SPOKEN, [("iban", EN_IE_IBAN1_SPOKEN)]),
    I("Grand. It's €140 a child, paid the first Tuesday of the month, so the change will be live from the 6th of February."),
    I("and my phone is new too it's oh eight seven two two four one nine five three",
      [("phone", "oh eight seven two two four one nine five three")]),
    I("Also we're after moving, it's 14 Cois Abhann, Knocknacarra, Galway, H91 X2C7.",
      [("address", "14 Cois Abhann, Knocknacarra, Galway, H91 X2C7")]),
    I("There's 3 kids on the claim, the eldest turns 18 in September, so that one stops unless she stays in full-time education."),
    # --- Greek consulate tax desk, caller in Melbourne
    I("G'day, my name's Stavros Kourtis, most people call me Steve, I'm ringing from Melbourne about my Greek tax number.",
      [("name", "Stavros Kourtis"), ("name", "Steve")]),
    I("Good morning Mr Kourtis, you're through to the consulate's tax desk. Do you have your AFM there?",
      [("name", "Kourtis")]),
    I("Yeah, it's %s." % split(EN_AFM1, [3, 3, 3]), [("id", split(EN_AFM1, [3, 3, 3]))]),
    I("I inherited 40 percent of my dad's place in Kalamata and the ENFIA bill for 2023 came to 312 euros in 5 instalments."),
    I("Twenty-ninth of June, seventy-one.",
      [("date_of_birth", "Twenty-ninth of June, seventy-one")],
      "And the date of birth as it is on your Australian passport?"),
    I("Best number is my mobile, plus six one, four one two, three three eight, five oh seven.",
      [("phone", "plus six one, four one two, three three eight, five oh seven")]),
    I("Email's steve.kourtis71@bigpond.com, that's all lower case.",
      [("email", "steve.kourtis71@bigpond.com")]),
    I("The appointment slots at the consulate are Tuesdays and Thursdays from 9:30 to 1, and the next free one is the 4th of April."),
]
LANGS["en"] = EN

# --- part 2: magistrates' court fine; police non-emergency (101); US hospital
# billing office; US DMV vehicle registration
EN_CARD1 = card("455673019842213")
EN_CARD2 = card("37149285530012")
EN_CARD3 = card("522148063719542")
EN_SSN2 = "412-67-0953"
EN_SSN3 = "618-22-4071"
assert ssn_ok(EN_SSN2) and ssn_ok(EN_SSN3)
EN_CARD1_SPOKEN = say("en", EN_CARD1, "d4 d4 d4 d4", sep=", ", zero="oh")
EN_GB_IBAN2 = iban("GB", "BARC20325873419062")

EN += [
    # --- magistrates' court, paying a fine
    I("Hi, I need to pay a fine, the case number's 07/2291/4458, it's £220 plus the £88 victim surcharge and £85 costs."),
    I("That's a total of three hundred and ninety-three pounds. Would you like to pay it in full today or go on the instalment plan?"),
    I("in full yeah. name on the card is kevin doyle but everyone calls me kev",
      [("name", "kevin doyle"), ("name", "kev")]),
    I("Right, thanks Kevin. And the long number across the front of the card?", [("name", "Kevin")]),
    I("It's %s." % EN_CARD1_SPOKEN, [("card", EN_CARD1_SPOKEN)],
      "And the long number across the front of the card?"),
    I("That's gone through. Your receipt number is 3 3 0 9 1 8 7 and the collection order is now closed as of today, the 9th."),
    I("if you'd paid within 28 days of the hearing on the 2nd of October there'd have been no enforcement fee of seventy five pounds"),
    I("I was told I'd get the £150 back from the overpayment last year, can it go back to my account, GB %s, %s?" % (
        EN_GB_IBAN2[2:4], grp(EN_GB_IBAN2[4:])),
      [("iban", "GB %s, %s" % (EN_GB_IBAN2[2:4], grp(EN_GB_IBAN2[4:])))]),
    # --- police non-emergency
    I("Police non-emergency line. If this is an emergency please hang up and dial 999."),
    I("Hello, good afternoon, my name is Chidinma Okafor, I want to report that my bicycle was stolen from outside Tesco on Holloway Road.",
      [("name", "Chidinma Okafor")]),
    I("I'm sorry to hear that, Chidinma. When did it happen?", [("name", "Chidinma")]),
    I("Between 6 and half 7 on Saturday evening, I locked it at the stand by the 43 bus stop."),
    I("Flat 12, Brecknock House, 48 Camden Road, London, N7 0EB.",
      [("address", "Flat 12, Brecknock House, 48 Camden Road, London, N7 0EB")],
      "And what's your home address?"),
    I("The frame number is WTU 214 C 08817, it's a Carrera Subway, I paid 450 pounds for it in 2021."),
    I("My number is plus two three four, eight oh three, five five one, two two nine eight, that's my Nigerian line, or the UK one, 07461 880325.",
      [("phone", "plus two three four, eight oh three, five five one, two two nine eight"),
       ("phone", "07461 880325")]),
    I("Your crime reference number is 01 stroke 44817 stroke 24. An officer may contact you within 48 hours, otherwise quote that number to your insurer."),
    # --- US hospital, patient financial services
    I("Patient financial services, you're on a recorded line, how can I help you today?"),
    I("Hi, um, my name is Venkatesh Subramanian, you can say Venky, I got a bill for my ER visit in January.",
      [("name", "Venkatesh Subramanian"), ("name", "Venky")]),
    I("The statement shows account number 100488216, a balance of $2,416.80 and a due date of June 30th."),
    I("Okay, and for verification, your date of birth? Three fourteen seventy-nine. March 14th 1979.",
      [("date_of_birth", "Three fourteen seventy-nine"), ("date_of_birth", "March 14th 1979")]),
    I("Insurance paid $3,180 of the $5,596.80, so your part is the deductible of $1,500 plus 20 percent coinsurance."),
    I("For the financial assistance form we need the Social Security number of the guarantor. Sure, it's %s." % EN_SSN2,
      [("id", EN_SSN2)]),
    I("I'll pay $400 today on my Amex, %s, and then can we do $200 a month for 10 months?" % split(EN_CARD2, [4, 6, 5]),
      [("card", split(EN_CARD2, [4, 6, 5]))]),
    I("I've sent the form to your mailing address, 5118 Oak Hollow Drive, Plano, Texas 75093, is that still correct?",
      [("address", "5118 Oak Hollow Drive, Plano, Texas 75093")]),
    I("Your payment plan is confirmed for the 15th of each month starting July 15, and there's no interest."),
    # --- DMV vehicle registration
    I("You've reached the DMV registration unit. Para español, oprima el dos. Your estimated wait time is 14 minutes."),
    I("hi yes I'm calling about renewing the registration for plate 8 K L M 2 0 4 it's a 2016 Honda CR-V and the fee is showing 187 dollars"),
    I("I can help with that. Who am I speaking with? Rosa Delgado. Thank you.",
      [("name", "Rosa Delgado")]),
    I("the smog check was done on the 3rd at the station on Figueroa and they said it passed, certificate number 22 0 4 1 7 5 5"),
    I("Last four of the social won't work for this one, I need the full number. Okay, six one eight, twenty-two, forty seventy-one.",
      [("id", "six one eight, twenty-two, forty seventy-one")]),
    I("Ninth of December nineteen ninety-two.", [("date_of_birth", "Ninth of December nineteen ninety-two")],
      "And your date of birth as on the license?"),
    I("Mastercard, five two two one, four eight zero six, three seven one nine, five four two seven.",
      [("card", say("en", EN_CARD3, "d4 d4 d4 d4", sep=", "))]),
    I("Your new sticker will be mailed within 10 business days. The late fee of $30 was waived since you were within the 30-day window."),
    I("can you email the receipt to rosa dot delgado ninety two at yahoo dot com",
      [("email", "rosa dot delgado ninety two at yahoo dot com")]),
]
assert "five two two one, four eight zero six, three seven one nine, five four two seven" == say("en", EN_CARD3, "d4 d4 d4 d4", sep=", ")
assert ssn_ok("618-22-4071")

# --- part 3: electoral registration office; post office customs charge;
# General Register Office certificates; Saudi passports (Iqama) English line;
# Israeli National Insurance English line; IRS payments; UK pension service
# abroad; Australian passport renewal; Greek pension for a London Cypriot
EN_IQAMA = saudi("245781930")
EN_SAUDI_ID = saudi("108839275")
EN_TZ = tz("33859120")
EN_AFM2 = afm("07442918")
EN_SSN4 = "271-48-3390"
assert ssn_ok(EN_SSN4)
EN_SA_IBAN = iban("SA", "80000204608017439261")
EN_IL_IBAN = iban("IL", "0108020000518274630")
EN_DE_IBAN = iban("DE", "500105175439201746")
EN_AE_IBAN = iban("AE", "0330000019284736510")
EN_GR_IBAN = iban("GR", "01101250000000148297530")
EN_CARD4 = card("492913760284755")
EN_CARD5 = card("535510286649170")
EN_CARD6 = card("601104938271556")
EN_CARD7 = card("222314075590318")
_c7 = say("en", EN_CARD7, "d4 d4 d4 d4", sep=" ", zero="oh").split(" ")
EN_CARD7_A = " ".join(_c7[:4]) + ", " + " ".join(_c7[4:8])
EN_CARD7_B = " ".join(_c7[8:12]) + ", " + " ".join(_c7[12:])

EN += [
    # --- electoral registration office
    I("Electoral services, good morning. Are you calling about the household enquiry form?"),
    I("yeah I got a letter with a security code 4 4 7 1 and it says I have to register by the 16th of April for the elections on the 2nd of May"),
    I("I can do that over the phone. What date were you born? Seventeenth of the third, two thousand and four.",
      [("date_of_birth", "Seventeenth of the third, two thousand and four")]),
    I("And where are you living now? I'm at 9 Ashgrove Terrace, top floor, Sheffield, S10 3AQ, I moved in last September.",
      [("address", "9 Ashgrove Terrace, top floor, Sheffield, S10 3AQ")]),
    I("send the confirmation to niamh dot ferris at student dot shef dot ac dot uk please",
      [("email", "niamh dot ferris at student dot shef dot ac dot uk")]),
    I("Polling stations are open 7am to 10pm, yours will be St Mark's church hall on Broomhall Road, it's on the card we post 3 weeks before."),
    I("there's four of us in the house, all students, does everyone have to ring separately or can I do all 4"),
    # --- post office, customs charge
    I("Hi, there's a card through my door saying a parcel's held for a customs charge of £23.71, tracking RX 4418 2290 6GB."),
    I("That's £8 handling plus £15.71 VAT. It's held at the Spring Bank delivery office until the 28th, after 18 days it goes back."),
    I("Visa debit, %s." % grp(EN_CARD4), [("card", grp(EN_CARD4))],
      "I can take that now. What's the card number?"),
    I("And could you deliver it instead to my work, Unit 6, Sculcoates Lane Industrial Estate, Hull, HU5 1DR?",
      [("address", "Unit 6, Sculcoates Lane Industrial Estate, Hull, HU5 1DR")]),
    I("The driver will text you on the morning, is it still oh seven nine four six, three one two, oh eight eight?",
      [("phone", "oh seven nine four six, three one two, oh eight eight")]),
    I("and email the receipt to j.mensah_hull@hotmail.co.uk",
      [("email", "j.mensah_hull@hotmail.co.uk")]),
    # --- General Register Office, certificates
    I("I'd like two copies of a death certificate, my mum's, the death was registered in Swansea in 2019, the priority service."),
    I("Priority is £38.50 per certificate and dispatched the next working day, so that's £77 for the two."),
    I("It's %s." % say("en", EN_CARD5, "d4 d4 d4 d4", sep=", ", zero="oh", double=True),
      [("card", say("en", EN_CARD5, "d4 d4 d4 d4", sep=", ", zero="oh", double=True))],
      "Thank you. Can I take the card number please?"),
    I("Deliver to 27 Heol y Nant, Cwmbach, Aberdare, CF44 0DP, please, and could you e-mail me when it's sent, gwenllian.price at btinternet.com.",
      [("address", "27 Heol y Nant, Cwmbach, Aberdare, CF44 0DP"),
       ("email", "gwenllian.price at btinternet.com")]),
    # --- Saudi passports (Jawazat), English line
    I("Good evening sir, I am calling about my Iqama renewal, the fine is showing 500 riyals because it expired on 12 Ramadan."),
    I("Yes sir, Iqama number is two four five seven eight, one nine three zero four.",
      [("id", say("en", EN_IQAMA, "d5 d5", sep=", "))]),
    I("My good name is Mohammed Rafiq Ansari, from Hyderabad, working as a driver since 2014.",
      [("name", "Mohammed Rafiq Ansari")]),
    I("Sir, date of birth is 05-08-1983, fifth August.",
      [("date_of_birth", "05-08-1983, fifth August")]),
    I("Please call on my Saudi number, zero five five, three two one, four four zero nine.",
      [("phone", "zero five five, three two one, four four zero nine")]),
    I("The refund of the double payment can go to my Al Rajhi account, %s." % grp(EN_SA_IBAN),
      [("iban", grp(EN_SA_IBAN))]),
    I("My sponsor's national ID is %s, he said you need it for the transfer." % EN_SAUDI_ID,
      [("id", EN_SAUDI_ID)]),
    # --- Israeli National Insurance, English-speaking immigrant
    I("hi I made aliyah in August from New Jersey and I'm trying to claim the child allowance, my teudat zehut is %s" % say("en", EN_TZ, "d3 d3 d3", sep=", ", zero="oh"),
      [("id", say("en", EN_TZ, "d3 d3 d3", sep=", ", zero="oh"))]),
    I("The allowance for the second child is 190 shekels a month, and it's paid on the 20th."),
    I("My Israeli account is %s, at Leumi, branch 802." % EN_IL_IBAN,
      [("iban", EN_IL_IBAN)]),
    I("You can reach me on oh five four, seven seven three, one one two eight, or email dov.fishman@gmail.com.",
      [("phone", "oh five four, seven seven three, one one two eight"), ("email", "dov.fishman@gmail.com")]),
    # --- IRS payments line
    I("I owe $1,862 for tax year 2022 and I want to pay it today with my Discover card, 6011 oh four nine three, 8271 5564.",
      [("card", "6011 oh four nine three, 8271 5564")]),
    I("And the taxpayer's Social Security number? Two seven one, four eight, three three nine oh.",
      [("id", "Two seven one, four eight, three three nine oh")]),
    I("There's a convenience fee of 1.98 percent, and the failure-to-pay penalty is 0.5 percent per month, up to 25 percent."),
    # --- UK state pension paid abroad, caller in Dubai
    I("I've moved to Dubai for 3 years with work and I want my pension paid here, the account is %s, Emirates NBD." % grp(EN_AE_IBAN),
      [("iban", grp(EN_AE_IBAN))]),
    I("Your pension of £221.20 a week is paid every 4 weeks in arrears, and payments abroad are frozen at the rate on the day you left."),
    I("I was on the German system before, Rentenversicherung, they pay into %s, does that affect anything?" % grp(EN_DE_IBAN),
      [("iban", grp(EN_DE_IBAN))]),
    # --- Australian passport renewal, London
    I("The renewal fee is 412 Australian dollars for the 10-year passport, and it's 6 weeks at the High Commission."),
    I("%s. %s, yep. %s." % (EN_CARD7_A, EN_CARD7_A, EN_CARD7_B),
      [("card", EN_CARD7_A), ("card", EN_CARD7_A), ("card", EN_CARD7_B)],
      "Go ahead with the card number, I'll read it back as we go."),
    I("Post it back to me at 3 Ravenscourt Gardens, Hammersmith, W6 0TU, I'll be there till June.",
      [("address", "3 Ravenscourt Gardens, Hammersmith, W6 0TU")]),
    # --- Greek pension (EFKA) for a Cypriot in London
    I("My Greek tax number, AFM, is oh seven four, four two nine, one eight seven, and the pension goes into %s." % EN_GR_IBAN,
      [("id", "oh seven four, four two nine, one eight seven"), ("iban", EN_GR_IBAN)]),
    I("EFKA told me 2 months ago the certificate of life for 2024 has to be stamped by the 31st of March or they stop the 640 euros."),
]
assert say("en", EN_AFM2, "d3 d3 d3", sep=", ", zero="oh") == "oh seven four, four two nine, one eight seven"
assert say("en", EN_SSN4, "d3 d2 d4", sep=", ", zero="oh").lower() == "two seven one, four eight, three three nine oh"
assert say("en", EN_CARD6[4:8], zero="oh") == "oh four nine three" and EN_CARD6 == "6011" + "0493" + "8271" + "5564"

# ---------------------------------------------------------------- Arabic
# Calls: Saudi passports (Jawazat); Saudi zakat and tax authority (VAT
# refund); Dubai police non-emergency; vehicle registration in Sharjah (Syrian
# caller); Saudi hospital medical records (Sudanese caller); ...
AR_ID1 = saudi("107345829")
AR_ID2 = saudi("105288473")
AR_IQ1 = saudi("243718650")
AR_SA_IBAN1 = iban("SA", "45000068204719385002")
AR_AE_IBAN1 = iban("AE", "0260001015829374001")
AR_CARD1 = card("529471038826154")

AR_ID1_SPOKEN = say("ar", AR_ID1, "d4 d2 d4", sep="، ", dia="gulf")
AR_SA_IBAN1_SPOKEN = "SA %s، %s" % (say("ar", AR_SA_IBAN1[2:4], "p2", dia="gulf"),
                                   say("ar", AR_SA_IBAN1[4:], "d4 d4 d4 d4 d4", sep="، ", dia="gulf"))
AR_IQ1_SPOKEN = say("ar", AR_IQ1, "d1 d3 d3 d3", sep="، ", dia="egy")
AR_CARD1_SPOKEN = say("ar", AR_CARD1, "d4 d4 d4 d4", sep="، ", dia="lev")

AR = [
    # --- Saudi passports (Jawazat), Gulf
    I("مرحباً بكم في المديرية العامة للجوازات، للغة العربية اضغط ١، لخدمات أبشر اضغط ٢، مدة الانتظار المتوقعة ٧ دقائق."),
    I("حياك الله، معك فيصل من الجوازات، كيف أقدر أخدمك؟", [("name", "فيصل")]),
    I("الله يحييك، أنا عبدالله بن سعد القحطاني، أبي أجدد جواز ولدي قبل السفر", [("name", "عبدالله بن سعد القحطاني")]),
    I("أبشر يا أستاذ عبدالله، عطني رقم الهوية الوطنية حقتك لو سمحت", [("name", "عبدالله")]),
    I("إيه، %s" % AR_ID1_SPOKEN, [("id", AR_ID1_SPOKEN)], "عطني رقم الهوية الوطنية حقتك لو سمحت"),
    I("رسوم تجديد الجواز لخمس سنوات ٣٠٠ ريال، ولعشر سنوات ٦٠٠ ريال، وتنسدد عن طريق سداد قبل الموعد."),
    I("الولد عمره ١٧ سنة وجوازه منتهي من شهر شوال، واحنا مسافرين بعد ٣ أسابيع"),
    I("خمسة عشر، ثلاثة، ألف وأربعمية وثمانية وعشرين هجري",
      [("date_of_birth", "خمسة عشر، ثلاثة، ألف وأربعمية وثمانية وعشرين")], "وتاريخ ميلاد الولد؟"),
    I("وجوالي المسجل في أبشر ٠٥٥ ٣٤٧ ٨٨١٢ إذا تبي ترسل له الرسالة", [("phone", "٠٥٥ ٣٤٧ ٨٨١٢")]),
    I("موعدكم يوم الأحد ٢٣ الساعة ٩:٣٠ الصبح في فرع الجوازات بحي الملقا، جنب مستشفى الملك فهد."),
    # --- Zakat, Tax and Customs Authority, VAT refund
    I("هيئة الزكاة والضريبة والجمارك، معك نورة، تفضل", [("name", "نورة")]),
    I("هلا والله، أنا ماجد الشمري، أبو فهد، عندي مؤسسة مقاولات صغيرة في حفر الباطن",
      [("name", "ماجد الشمري"), ("name", "أبو فهد")]),
    I("قدمت إقرار الربع الثالث وطلع لي مبلغ مسترد ١٨٬٤٥٠ ريال، وصار له ٤٥ يوم ما وصل"),
    I("طيب يا أستاذ ماجد، الاسترداد يتحول على الآيبان المسجل، ممكن تأكده لي؟", [("name", "ماجد")]),
    I("الآيبان %s" % AR_SA_IBAN1_SPOKEN, [("iban", AR_SA_IBAN1_SPOKEN)]),
    I("وأرسلي الرد على الإيميل majed.alshammari@outlook.sa لأني ما أشوف الرسايل النصية",
      [("email", "majed.alshammari@outlook.sa")]),
    I("مدة الاسترداد من ٣٠ إلى ٦٠ يوم عمل، وغرامة التأخير ٥٪ عن كل شهر من قيمة الضريبة غير المسددة."),
    I("ورقم هويتي %s إذا احتجتيه" % indic(AR_ID2), [("id", indic(AR_ID2))]),
    # --- Dubai police, non-emergency
    I("شرطة دبي، مركز الاتصال ٩٠١. في حالات الطوارئ يرجى الاتصال على ٩٩٩."),
    I("السلام عليكم، معاك حمدان المزروعي، بغيت أبلغ عن بوك ضايع", [("name", "حمدان المزروعي")]),
    I("وعليكم السلام أخوي حمدان، وين ضاع البوك بالضبط؟", [("name", "حمدان")]),
    I("في دبي مول، الطابق الثاني جنب البوابة ٤٣، أمس الساعة ٨ المسا تقريباً، وكان فيه ٧٠٠ درهم"),
    I("ساكن في الورقاء ٣، شارع ٢٤، فيلا رقم ١٧", [("address", "الورقاء ٣، شارع ٢٤، فيلا رقم ١٧")],
      "وعنوان السكن؟"),
    I("رقمي صفر خمسة صفر، اربعة سبعة سبعة، تسعة واحد ثلاثة اثنين",
      [("phone", "صفر خمسة صفر، اربعة سبعة سبعة، تسعة واحد ثلاثة اثنين")]),
    I("تم تسجيل البلاغ برقم ٢٠٢٤٠٣١٨٧٧٤٥ وتقدر تتابعه من تطبيق شرطة دبي خلال ٤٨ ساعة."),
    # --- vehicle registration, Sharjah (Syrian caller, Levantine)
    I("مرحبا، بدي جدد ملكية السيارة بس عليّ مخالفات بـ ١٬٢٥٠ درهم، فيني قسطها؟"),
    I("أكيد، عندك تلات مخالفات من ٢٠٢٣، وحدة سرعة ٦٠٠ درهم وتنتين وقوف ب٥٠٠، والتجديد ٤٠٠ درهم."),
    I("اسمي رامي حداد، والسيارة باسمي من ٢٠١٩", [("name", "رامي حداد")]),
    I("تفضل، %s" % AR_CARD1_SPOKEN, [("card", AR_CARD1_SPOKEN)], "شو رقم البطاقة لو سمحت؟"),
    I("والإيميل رامي دوت حداد ستة وتمانين ات جيميل دوت كوم",
      [("email", "رامي دوت حداد ستة وتمانين ات جيميل دوت كوم")]),
    I("اللوحة رقمها ٣ ٤٨٢١٣ الشارقة، والفحص الفني بمركز القصباء يوم الثلاثاء الساعة ١١"),
    I("واذا رح يرجعولي المبلغ الزايد تبع التأمين، هاد الآيبان تبعي %s" % grp(AR_AE_IBAN1),
      [("iban", grp(AR_AE_IBAN1))]),
    # --- Saudi hospital, medical records (Sudanese caller)
    I("مستشفى الملك سعود، قسم السجلات الطبية، معك ريم، تفضل", [("name", "ريم")]),
    I("السلام عليكم يا أستاذة، أنا عوض الكريم عثمان، داير تقرير طبي للوالد عشان الكفيل",
      [("name", "عوض الكريم عثمان")]),
    I("أيوه، %s" % AR_IQ1_SPOKEN, [("id", AR_IQ1_SPOKEN)], "رقم إقامة الوالد لو سمحت؟"),
    I("واحد واحد ألف وتسعمية وتسعة وخمسين", [("date_of_birth", "واحد واحد ألف وتسعمية وتسعة وخمسين")],
      "وتاريخ ميلاده؟"),
    I("التقرير يجهز بعد ٣ أيام عمل، الرسوم ٥٠ ريال، ورقم الملف ٠٠٤٥٨٧٢١ احفظه عندك."),
    I("رقمي ٠٥٠٩٨٨٤١٢٧ لو في أي حاجة", [("phone", "٠٥٠٩٨٨٤١٢٧")]),
    I("موعد العيادة يوم الخميس ١٢ شعبان الساعة ١٠ ونص، الدور التاني مبنى ب، غرفة ٢١٤"),
]
LANGS["ar"] = AR

# --- part 2: Egyptian social insurance (pension); Egyptian post office
# (customs on a parcel); Jordan income and sales tax department; Jordan civil
# status and passports; Moroccan social security (family allowances)
AR_EG_IBAN = iban("EG", "0003012000000083917246105")
AR_JO_IBAN = iban("JO", "ARAB1140000000114070392650")
AR_CARD2 = card("415829603374120")
AR_CARD3 = card("540177023918462")
AR_EG_PHONE1 = say("ar", "01096244173", "d3 d4 d4", sep="، ", dia="egy")
AR_JO_PHONE = say("ar", "0795521384", "d3 d3 d4", sep="، ", dia="lev")
AR_MA_PHONE = say("ar", "0661224790", "d2 d2 d2 d2 d2", sep="، ", dia="mag")
AR_CARD3_MIXED = "%s %s، %s، %s" % (AR_CARD3[:4], AR_CARD3[4:8],
                                   say("ar", AR_CARD3[8:12], dia="lev"),
                                   say("ar", AR_CARD3[12:], dia="lev"))

AR += [
    # --- Egyptian social insurance, pension
    I("الهيئة القومية للتأمين الاجتماعي ترحب بكم. للاستعلام عن صرف المعاشات اضغط ٣. مواعيد العمل من التاسعة صباحاً حتى الثالثة عصراً."),
    I("أهلاً يا فندم، معاك أحمد، أقدر أساعد حضرتك إزاي؟", [("name", "أحمد")]),
    I("أهلاً يا ابني، أنا الحاج محمود عبد الفتاح، والناس في الحتة بيقولولي حودة، المعاش بتاع شهر مايو ما نزلش",
      [("name", "محمود عبد الفتاح"), ("name", "حودة")]),
    I("معلش يا حاج محمود، ممكن تاريخ الميلاد عشان أفتح الملف؟", [("name", "محمود")]),
    I("تلاتة مارس سنة تمانية وخمسين", [("date_of_birth", "تلاتة مارس سنة تمانية وخمسين")],
      "ممكن تاريخ الميلاد عشان أفتح الملف؟"),
    I("المعاش ٣٢٠٠ جنيه وكان بينزل يوم ١ في الشهر، والزيادة ١٥٪ بدأت من يوليو"),
    I("أنا نقلت المعاش على حساب في البنك الأهلي، الآيبان بتاعه %s، بنتي كتبتهولي في ورقة" % grp(AR_EG_IBAN),
      [("iban", grp(AR_EG_IBAN))]),
    I("وعنواني اتغير، بقى ١٢ شارع الترعة البولاقية، شبرا، الدور التالت شقة ٧",
      [("address", "١٢ شارع الترعة البولاقية، شبرا، الدور التالت شقة ٧")]),
    I("رقم الموبايل %s" % AR_EG_PHONE1, [("phone", AR_EG_PHONE1)]),
    I("حضرتك روح مكتب التأمينات في روض الفرج يوم الأحد ومعاك البطاقة وصورتها، شباك رقم ٦"),
    # --- Egyptian post office, parcel held at customs
    I("ألو، أنا عندي طرد جاي من ألمانيا ورقم التتبع CP 058 142 377 DE وواقف في الجمارك بقاله ١٠ أيام"),
    I("الجمارك على الطرد ٨٤٥ جنيه، ورسوم الأرضية ٢٠ جنيه في اليوم بعد أول ٥ أيام."),
    I("أيوه، أنا نرمين السيد، صاحبة الطرد", [("name", "نرمين السيد")]),
    I("هدفع بالفيزا، رقمها %s" % indic(grp(AR_CARD2)), [("card", indic(grp(AR_CARD2)))]),
    I("برج النور، ٢٧ شارع خالد بن الوليد، سيدي بشر، إسكندرية، الدور التاسع",
      [("address", "برج النور، ٢٧ شارع خالد بن الوليد، سيدي بشر، إسكندرية، الدور التاسع")],
      "العنوان إيه يا فندم عشان المندوب؟"),
    I("والمندوب يكلمني على ٠١١ ٤٥٨٢ ٣٩٠٦ قبلها بساعة", [("phone", "٠١١ ٤٥٨٢ ٣٩٠٦")]),
    I("وابعتولي الفاتورة على nermeen underscore elsayed at yahoo dot com",
      [("email", "nermeen underscore elsayed at yahoo dot com")]),
    I("الطرد وزنه ٣.٢ كيلو وقيمته المعلنة ١٨٠ يورو، وده اللي اتحسب عليه ١٤٪ ضريبة قيمة مضافة"),
    # --- Jordan income and sales tax department
    I("دائرة ضريبة الدخل والمبيعات، مساء الخير، تفضلي"),
    I("مرحبا، أنا رزان الخطيب، قدمت الإقرار الضريبي لسنة ٢٠٢٣ وطلعلي رديات ٢٨٠ دينار",
      [("name", "رزان الخطيب")]),
    I("أهلين ست رزان، الرديات بتنزل على الحساب البنكي، شو رقم الآيبان؟", [("name", "رزان")]),
    I("هو %s" % grp(AR_JO_IBAN), [("iban", grp(AR_JO_IBAN))]),
    I("وابعتوا الإشعار على razan dot alkhatib at hotmail dot com",
      [("email", "razan dot alkhatib at hotmail dot com")]),
    I("ورقم تلفوني %s" % AR_JO_PHONE, [("phone", AR_JO_PHONE)]),
    I("الرديات بتاخد من ٣ ل ٦ أسابيع، واذا في ضريبة مبيعات متأخرة بتنخصم أول، والضريبة العامة ١٦٪"),
    I("عنواني عمان، جبل اللويبدة، شارع ابن سينا، عمارة ١٤، الطابق التاني",
      [("address", "عمان، جبل اللويبدة، شارع ابن سينا، عمارة ١٤، الطابق التاني")]),
    # --- Jordan civil status and passports
    I("رسوم جواز السفر العادي ٥٠ دينار، والمستعجل ١٠٠ دينار، والتسليم بعد ٣ أيام عمل للمستعجل."),
    I("بدي أجدد جواز بنتي، هي مواليد ٢٠٠٩/١١/٠٤ وجوازها بيخلص بشهر ٦",
      [("date_of_birth", "٢٠٠٩/١١/٠٤")]),
    I("بدفع بالبطاقة، %s" % AR_CARD3_MIXED, [("card", AR_CARD3_MIXED)]),
    I("الموعد يوم الاثنين ٨ نيسان الساعة ١٠:١٥ بمكتب الأحوال المدنية بمرج الحمام، جيبي معك صورتين ٤×٦"),
    # --- Moroccan social security (CNSS), family allowances, Darija
    I("الصندوق الوطني للضمان الاجتماعي، مرحبا بيك، شنو نقدر نعاونك؟"),
    I("السلام عليكم، أنا فاطمة الزهراء بنعلي، بغيت نسول على التعويضات العائلية ديال الدراري",
      [("name", "فاطمة الزهراء بنعلي")]),
    I("مرحبا لالة فاطمة الزهراء، شحال عندك ديال الدراري مسجلين؟", [("name", "فاطمة الزهراء")]),
    I("عندي جوج، الكبير عندو ٦ سنين والصغيرة عندها ٣، و ٣٠٠ درهم ديال كل واحد ما وصلاتش هاد الشهر"),
    I("أنا مزيودة ف 20/03/1988", [("date_of_birth", "20/03/1988")], "عافاك تاريخ الازدياد ديالك؟"),
    I("النمرة ديالي %s" % AR_MA_PHONE, [("phone", AR_MA_PHONE)]),
    I("ساكنة ف حي الألفة، زنقة ١٢، رقم ٣٤، الدار البيضاء",
      [("address", "حي الألفة، زنقة ١٢، رقم ٣٤، الدار البيضاء")]),
    I("والإيميل fz point benali88 arobase gmail point com",
      [("email", "fz point benali88 arobase gmail point com")]),
    I("خاصك تجيبي شهادة الحياة المدرسية قبل ٣٠ شتنبر، وسيري لوكالة عين السبع من ٨:٣٠ حتى ل ٤"),
]

# --- part 3: Saudi social security; Lebanese embassy in Riyadh; Israeli
# national insurance, Arabic line; Saudi traffic department (Yemeni driver);
# Kuwait traffic fines; UAE identity and residency; Saudi census; Jordan
# elections; Egyptian traffic court
AR_ID3 = saudi("110427386")
AR_ID4 = saudi("101958264")
AR_ID5 = saudi("112603587")
AR_IQ2 = saudi("232907145")
AR_IQ3 = saudi("251164038")
AR_TZ = tz("20738451")
AR_SA_IBAN2 = iban("SA", "05000068201473920015")
AR_SA_IBAN3 = iban("SA", "60000000382715409266")
AR_KW_IBAN = iban("KW", "NBOK0000000000002093817460")
AR_AE_IBAN2 = iban("AE", "0350000081364927015")
AR_CARD4 = card("431940278815630")
AR_CARD5 = card("545218830047162")
AR_CARD6 = card("37782045119640")
AR_CARD7 = card("428671300592614")

AR_ID3_MIXED = "%s %s، %s" % (AR_ID3[:4], AR_ID3[4:7], say("ar", AR_ID3[7:], dia="gulf"))
AR_TZ_SPOKEN = say("ar", AR_TZ, "d3 d3 d3", sep="، ", dia="lev")
AR_IQ3_SPOKEN = say("ar", AR_IQ3, "d2 d4 d4", sep=" ", dia="gulf")
AR_ID5_SPOKEN = say("ar", AR_ID5, "p2 p2 p2 p2 p2", sep="، ", dia="gulf")
AR_KW_IBAN_SPOKEN = "KW %s NBOK %s" % (say("ar", AR_KW_IBAN[2:4], "p2", dia="gulf"),
                                     say("ar", AR_KW_IBAN[8:], "d2 d4 d4 d4 d4 d4", sep="، ", dia="gulf"))
AR_CARD5_SPOKEN = say("ar", AR_CARD5, "d4 d4 d4 d4", sep="، ", dia="lev")

AR += [
    # --- Saudi social security (al-Daman), Gulf / MSA
    I("المبلغ هذا الشهر ١٧٣٠ ريال بعد خصم ٢٠٠ ريال حق الدفعة الزايدة، والإيداع يوم ١ من كل شهر ميلادي."),
    I("رقم السجل المدني %s" % AR_ID3_MIXED, [("id", AR_ID3_MIXED)], "عطيني رقم السجل المدني يا أختي"),
    I("مواليد ١٤٠٩/٠٧/٢١ هجري", [("date_of_birth", "١٤٠٩/٠٧/٢١")]),
    I("العنوان الوطني: الرياض، حي النسيم الغربي، شارع الحارث بن عوف، رقم المبنى ٨٢٣١، الرمز البريدي ١٤٢٤٣",
      [("address", "الرياض، حي النسيم الغربي، شارع الحارث بن عوف، رقم المبنى ٨٢٣١، الرمز البريدي ١٤٢٤٣")]),
    I("البنك تغير، صار الراجحي، والآيبان الجديد %s" % grp(indic(AR_SA_IBAN2)),
      [("iban", grp(indic(AR_SA_IBAN2)))]),
    I("الإيميل um.khalid.1409@hotmail.com وهو باسم ولدي", [("email", "um.khalid.1409@hotmail.com")]),
    # --- Lebanese embassy in Riyadh, Levantine
    I("جواز السفر البيومتري لخمس سنين بـ ٦٠٠ ريال، ولعشر سنين بـ ١٠٠٠، والمعاملة بتاخد شي ٦ أسابيع لأنه بينطبع ببيروت."),
    I("مرحبا، معك جورج خوري، بدي جدد الباسبور إلي ولمرتي", [("name", "جورج خوري")]),
    I("أهلا أستاذ جورج، شو رقم الإقامة؟", [("name", "جورج")]),
    I("%s" % indic(AR_IQ2), [("id", indic(AR_IQ2))], "شو رقم الإقامة؟"),
    I("بدفع بالكارت، %s" % AR_CARD5_SPOKEN, [("card", AR_CARD5_SPOKEN)]),
    I("بتبعتولي الإيصال على george underscore khoury at yahoo dot com",
      [("email", "george underscore khoury at yahoo dot com")]),
    I("وبس يجهز الباسبور وصلوه على الروضة، شارع خالد بن الوليد، عمارة السديس، شقة ١١",
      [("address", "الروضة، شارع خالد بن الوليد، عمارة السديس، شقة ١١")]),
    # --- Israeli national insurance, Arabic line
    I("مخصصات الأولاد ١٦٩ شيكل للولد التاني، وبتنزل ٢٠ بالشهر، واللي بعد ٢٠١٤ في كمان ٥٠ شيكل توفير."),
    I("أنا سامر، سامر عودة، من الناصرة، بدي أسأل عن مخصصات البطالة", [("name", "سامر"), ("name", "سامر عودة")]),
    I("رقم الهوية %s" % AR_TZ_SPOKEN, [("id", AR_TZ_SPOKEN)]),
    I("تاريخ ميلادي اربعطعش تسعة تسعين", [("date_of_birth", "اربعطعش تسعة تسعين")]),
    I("صفر خمسة اربعة، سبعة سبعة اربعة، تلاتة واحد صفر تسعة",
      [("phone", "صفر خمسة اربعة، سبعة سبعة اربعة، تلاتة واحد صفر تسعة")], "رقم التلفون؟"),
    I("العنوان شارع ٦٠٥٨ رقم ٩، الناصرة، جنب كنيسة البشارة", [("address", "شارع ٦٠٥٨ رقم ٩، الناصرة")]),
    # --- Saudi traffic department (Yemeni driver)
    I("المخالفة ساهر ٣٠٠ ريال وتصير ٦٠٠ إذا ما انسددت خلال ٣٠ يوم، ولك خصم ٢٥٪ لو سددت الحين."),
    I("رقم إقامتي %s" % AR_IQ3_SPOKEN, [("id", AR_IQ3_SPOKEN)]),
    I("وصاحب السيارة الكفيل، هويته %s" % split(AR_ID4, [1, 3, 3, 3]), [("id", split(AR_ID4, [1, 3, 3, 3]))]),
    I("مولود ١ ٧ ١٩٩١ حسب الإقامة", [("date_of_birth", "١ ٧ ١٩٩١")]),
    I("المبلغ اللي انخصم مرتين رجعوه على %s لو سمحت" % AR_SA_IBAN3, [("iban", AR_SA_IBAN3)]),
    I("السيارة هايلكس موديل ٢٠١٧، والمخالفة كانت على طريق الملك عبدالعزيز الساعة ٢:١٥ الفجر"),
    # --- Kuwait traffic fines, Kuwaiti dialect
    I("عليك ٣ مخالفات، وحدة ٥٠ دينار قطع إشارة، وثنتين ١٥ دينار وقوف، المجموع ٨٠ دينار."),
    I("ادفعها كلها الحين بالفيزا، %s" % split(AR_CARD4, [4, 4, 4, 4], " - "),
      [("card", split(AR_CARD4, [4, 4, 4, 4], " - "))]),
    I("وفلوس المخالفة اللي انلغت، حولوها على %s" % AR_KW_IBAN_SPOKEN, [("iban", AR_KW_IBAN_SPOKEN)]),
    # --- UAE federal identity and residency
    I("غرامة التأخير ٥٠ درهم عن كل يوم بعد فترة السماح ٣٠ يوم، والمجموع ١٢٥٠ درهم لحد اليوم."),
    I("نعم أخوي، الدفع بالأمريكان إكسبريس، %s" % split(AR_CARD6, [4, 6, 5]), [("card", split(AR_CARD6, [4, 6, 5]))]),
    I("أنا ساكن في أبوظبي، خليفة سيتي، شارع ١٩، فيلا ٤٢", [("address", "أبوظبي، خليفة سيتي، شارع ١٩، فيلا ٤٢")]),
    I("رقمي +971 50 318 6624 والبريد sultan.kaabi@eim.ae",
      [("phone", "+971 50 318 6624"), ("email", "sultan.kaabi@eim.ae")]),
    I("والرسوم الزايدة ترجعونها على %s" % AR_AE_IBAN2, [("iban", AR_AE_IBAN2)]),
    # --- Saudi census, MSA
    I("هيئة الإحصاء، تعداد السعودية ٢٠٢٢. كم عدد الأفراد المقيمين في المسكن؟ ستة، أنا وزوجتي وأربعة عيال، وعندنا عاملة منزلية"),
    I("المسكن فيلا دورين فيها ٥ غرف نوم و٣ حمامات، مبنية سنة ٢٠١١، والإيجار السنوي ٤٥ ألف"),
    I("رقم هوية رب الأسرة %s" % AR_ID5_SPOKEN, [("id", AR_ID5_SPOKEN)]),
    # --- Jordan elections
    I("يوم الاقتراع الثلاثاء ١٠ أيلول، الصناديق بتفتح الساعة ٧ الصبح وبتسكر ٧ المسا، ومركزك مدرسة الملكة رانيا، صندوق رقم ١٤"),
    I("بالدائرة التالتة بعمان في ٢٧ قائمة و١٣٤ مرشح، والعتبة ٢.٥٪ للقوائم الحزبية"),
    # --- Egyptian traffic court
    I("المخالفة رقم ٧٧١٢٠٤ بتاريخ ١٥ يناير، سير عكس الاتجاه على كوبري ٦ أكتوبر، والغرامة ١٠٠٠ جنيه"),
    I("الجلسة اتأجلت لـ ٢٢ فبراير في محكمة مصر الجديدة، الدايرة ٤ جنح، الساعة ٩ الصبح"),
    I("لو عايز تدفع أونلاين الرسوم ١٥ جنيه زيادة، إديني رقم الكارت. %s" % AR_CARD7,
      [("card", AR_CARD7)]),
]

# ---------------------------------------------------------------- Hebrew
# Calls: National Insurance (unemployment benefit); Tax Authority refund
# (Russian-speaking immigrant); Population and Immigration Authority (smart ID
# appointment, Ethiopian-born caller); vehicle licensing fee (Arab citizen);
# ...
HE_TZ1 = tz("03124587")
HE_TZ2 = tz("31744902")
HE_TZ3 = tz("20391745")
HE_IBAN1 = iban("IL", "0126140000000587321")
HE_IBAN2 = iban("IL", "0110350000004418267")
HE_CARD1 = card("458011372926431")
HE_CARD2 = card("532611084731958")
HE_TZ1_SPOKEN = say("he", HE_TZ1, "d3 d3 d3", sep=", ")
HE_TZ2_SPOKEN = say("he", HE_TZ2, "d3 d3 d3", sep=", ", masc=True)
HE_PHONE1 = say("he", "0547213890", "d1 p2 d3 p2 p2", sep=" ")
HE_CARD1_SPOKEN = say("he", HE_CARD1, "d4 d4 d4 d4", sep=", ")

HE = [
    # --- National Insurance, unemployment benefit (native speaker)
    I("שלום, הגעתם לביטוח הלאומי. זמן ההמתנה המשוער הוא 12 דקות. לבירור על תשלום דמי אבטלה הקישו 3."),
    I("ביטוח לאומי שלום, מדברת אורית, במה אפשר לעזור?", [("name", "אורית")]),
    I("היי, שמי נועה ברק, אני מתקשרת לגבי דמי אבטלה, נרשמתי בשירות התעסוקה לפני חודש",
      [("name", "נועה ברק")]),
    I("בשמחה נועה, אפשר מספר תעודת זהות?", [("name", "נועה")]),
    I("כן, %s" % HE_TZ1_SPOKEN, [("id", HE_TZ1_SPOKEN)], "אפשר מספר תעודת זהות?"),
    I("התשלום הראשון אמור להיכנס ב-15 לחודש, זה 4,280 שקל ברוטו על 25 ימי זכאות, אחרי 5 ימי המתנה."),
    I("עברתי לבנק מזרחי, אז תעדכני בבקשה את החשבון, האייבן הוא %s" % grp(HE_IBAN1),
      [("iban", grp(HE_IBAN1))]),
    I("והטלפון שלי %s אם צריך לחזור אליי" % HE_PHONE1, [("phone", HE_PHONE1)]),
    I("פתחתי פנייה מספר 88415203, ותקבלי תשובה בהודעה תוך 10 ימי עבודה."),
    # --- Tax Authority, refund (immigrant from Russia)
    I("רשות המסים שלום, מדבר אלון, איך אפשר לעזור?", [("name", "אלון")]),
    I("שלום, אני ולדימיר קוגן, אפשר וולודיה, אני רוצה לבדוק החזר מס על שנה 2022",
      [("name", "ולדימיר קוגן"), ("name", "וולודיה")]),
    I("כן וולודיה, תגיד לי בבקשה מספר תעודת זהות", [("name", "וולודיה")]),
    I("%s" % HE_TZ2_SPOKEN, [("id", HE_TZ2_SPOKEN)], "תגיד לי בבקשה מספר תעודת זהות"),
    I("אני נולד עשרים ושניים ביולי, אלף תשע מאות שבעים ושש",
      [("date_of_birth", "עשרים ושניים ביולי, אלף תשע מאות שבעים ושש")], "ותאריך לידה?"),
    I("ההחזר שחושב הוא 3,640 שקל בגלל נקודות זיכוי של עולה חדש, 3 נקודות בשנה וחצי הראשונה."),
    I("טופס 135 הוגש ב-3 באפריל ובדרך כלל זה לוקח עד 90 יום, אז עוד חודש בערך."),
    I("מייל שלי וובה נקודה קוגן שבעים ושש שטרודל מייל נקודה רו",
      [("email", "וובה נקודה קוגן שבעים ושש שטרודל מייל נקודה רו")]),
    I("ואת הכסף תעבירו לחשבון בדיסקונט, %s" % HE_IBAN2, [("iban", HE_IBAN2)]),
    I("אני עובד בשתי עבודות, אחת 6,200 ואחת 3,100 בחודש, ובשנייה לקחו לי 47 אחוז מס."),
    # --- Population and Immigration Authority, smart ID (Ethiopian-born caller)
    I("רשות האוכלוסין וההגירה. לקביעת תור לדרכון או לתעודת זהות ביומטרית הקישו 1. אגרת דרכון היא 325 שקלים."),
    I("שלום, קוראים לי טגיסט מלקו, אני רוצה תור לתעודת זהות חכמה", [("name", "טגיסט מלקו")]),
    I("טוב טגיסט, יש תור ביום שלישי 14 במאי בשעה 08:40 בלשכה ברחובות, ברחוב הרצל 130",
      [("name", "טגיסט")]),
    I("אחד באחד שמונים ושבע, ככה כתוב אצלי", [("date_of_birth", "אחד באחד שמונים ושבע")],
      "מה תאריך הלידה?"),
    I("הטלפון 050-6218874, זה שלי", [("phone", "050-6218874")]),
    I("אני גרה ברחוב הרב קוק 23 דירה 8, קריית מלאכי", [("address", "רחוב הרב קוק 23 דירה 8, קריית מלאכי")]),
    I("תעודה ראשונה בחינם, החלפה בגלל אובדן עולה 110 שקל, והתעודה תקפה ל-10 שנים."),
    I("אני אשלם גם את הדרכון לבת שלי, בכרטיס, %s" % HE_CARD1_SPOKEN, [("card", HE_CARD1_SPOKEN)]),
    # --- vehicle licensing fee (Arab citizen speaking Hebrew)
    I("שלום, אני מוחמד מחאמיד מאום אל-פחם, רציתי לשלם אגרת רישוי לרכב", [("name", "מוחמד מחאמיד")]),
    I("בסדר מוחמד, מה מספר הרכב?", [("name", "מוחמד")]),
    I("84-217-63, יונדאי i20 שנת 2018, והאגרה יצאה 1,436 שקל"),
    I("תעודת זהות %s" % " ".join(HE_TZ3), [("id", " ".join(HE_TZ3))]),
    I("מאסטרקארד, %s" % split(HE_CARD2, [4, 4, 4, 4], "-"), [("card", split(HE_CARD2, [4, 4, 4, 4], "-"))]),
    I("הכתובת שלי שכונת עין אל-נבי, רחוב 12 בית 7, אום אל-פחם, מיקוד 30010",
      [("address", "שכונת עין אל-נבי, רחוב 12 בית 7, אום אל-פחם, מיקוד 30010")]),
    I("הטסט נעשה ב-2 בינואר במכון הרישוי בחדרה, והרישיון יהיה בתוקף עד ה-31 בדצמבר."),
    I("אם משלמים אחרי ה-31 יש קנס של 10 אחוז ועוד ריבית, וגם אסור לנסוע עם רישיון שפג."),
]
LANGS["he"] = HE

# --- part 2: fines collection centre (immigrant from France); police 110
# non-emergency line (Jerusalem); hospital admissions and billing (immigrant
# from the US); Israel Post, customs on a parcel; elections hotline
HE_FR_IBAN = iban("FR", "30004008230004813927156")
HE_CARD3 = card("497310028847261")
HE_CARD4 = card("3642178805219")
HE_CARD5 = card("418273605514928")
HE_TZ4 = tz("34219860")
HE_TZ5 = tz("05822173")
HE_TZ4_PAIRS = say("he", HE_TZ4, "p2 p2 p2 p2 d1", sep=", ")
HE_PHONE_JLM = "אפס שתיים, חמש שש שלוש, שמונה עשרה, ארבעים ושבע"
assert HE_PHONE_JLM == say("he", "025631847", "d1 d1 d3 p2 p2", sep=", ").replace("אפס, שתיים", "אפס שתיים")
HE_CARD5_MIXED = "%s, %s, %s" % (say("he", HE_CARD5[:4], masc=True), HE_CARD5[4:8] + " " + HE_CARD5[8:12],
                                 say("he", HE_CARD5[12:], masc=True))

HE += [
    # --- fines collection centre (French-born caller)
    I("המרכז לגביית קנסות, אגרות והוצאות. לתשלום קנס באמצעות כרטיס אשראי הקישו 2, לבירור יתרת חוב הקישו 4."),
    I("בונז'ור, סליחה, שלום, אני ז'רמי אלבז, קיבלתי דו\"ח חניה מעיריית נתניה ואני לא מבין למה הוא הוכפל",
      [("name", "ז'רמי אלבז")]),
    I("כן ז'רמי, הקנס המקורי היה 250 שקל, ואחרי 90 יום בלי תשלום הוא עלה ל-500 עם תוספת פיגור.",
      [("name", "ז'רמי")]),
    I("מספר השובר 4021 7753 9180 22, תאריך העבירה 6 בנובמבר, רחוב הרצל פינת סמילנסקי"),
    I("טוב אני משלם עכשיו, ויזה %s" % grp(HE_CARD3), [("card", grp(HE_CARD3))]),
    I("ואת ההחזר על הדו\"ח הכפול תעבירו לחשבון שלי בצרפת, %s" % grp(HE_FR_IBAN),
      [("iban", grp(HE_FR_IBAN))]),
    I("והקבלה למייל jeremy.elbaz@free.fr", [("email", "jeremy.elbaz@free.fr")]),
    I("אפשר גם לפרוס ל-12 תשלומים בלי ריבית אם הסכום מעל 1,000 שקל, אבל פה זה 500 אז רק עד 3."),
    # --- police 110, non-emergency (older Jerusalemite)
    I("משטרת ישראל, מוקד 110. אם מדובר במקרה חירום נתקו והתקשרו 100."),
    I("ערב טוב, שמי אברהם מזרחי, כולם קוראים לי אבי, גנבו לי את האופניים מהחצר",
      [("name", "אברהם מזרחי"), ("name", "אבי")]),
    I("אוי, מצטער לשמוע אבי. מה הכתובת בבקשה?", [("name", "אבי")]),
    I("רחוב עזה 14, דירה 3, רחביה, ירושלים", [("address", "רחוב עזה 14, דירה 3, רחביה, ירושלים")],
      "מה הכתובת בבקשה?"),
    I("זה קרה בין 11 בלילה ל-6 בבוקר, אופני חשמל של פיאט, קניתי ב-4,900 שקל לפני שנתיים"),
    I("יש לי רק טלפון בבית, %s" % HE_PHONE_JLM, [("phone", HE_PHONE_JLM)]),
    I("מספר האירוע שלך הוא 2318-04, ובתוך 3 ימים תקבל זימון להגשת תלונה בתחנת מוריה."),
    # --- hospital admissions and billing (US-born caller)
    I("גזברות בית החולים, מדברת דנה", [("name", "דנה")]),
    I("היי, אני ג'וש פלדמן, עשיתי עלייה לפני חצי שנה, וקיבלתי חשבון על 2,950 שקל מהמיון",
      [("name", "ג'וש פלדמן")]),
    I("אוקיי ג'וש, היה לך טופס 17 מהקופה? בלי טופס 17 החיוב של המיון הוא 1,245 שקל לביקור.",
      [("name", "ג'וש")]),
    I("תעודת זהות %s" % HE_TZ4_PAIRS, [("id", HE_TZ4_PAIRS)]),
    I("03/11/1991", [("date_of_birth", "03/11/1991")], "ותאריך לידה?"),
    I("I mean, אני אשלם את החלק שלי בדיינרס, %s" % split(HE_CARD4, [4, 6, 4]),
      [("card", split(HE_CARD4, [4, 6, 4]))]),
    I("תשלחו את הקבלה ל josh underscore feldman at gmail dot com",
      [("email", "josh underscore feldman at gmail dot com")]),
    I("הנייד שלי אפס חמש שתיים, שלוש שלוש תשע, ארבע ארבע אחת שבע",
      [("phone", "אפס חמש שתיים, שלוש שלוש תשע, ארבע ארבע אחת שבע")]),
    I("הביקור היה ב-19 בפברואר, חדר 4 במיון, שוחררתי אחרי 6 שעות"),
    # --- Israel Post, customs on a parcel
    I("שלום, יש לי חבילה מעלי אקספרס, מספר מעקב LP 00482 19376 CN, כתוב שצריך לשלם מכס"),
    I("החבילה מעל 75 דולר אז יש מע\"מ של 17 אחוז ודמי טיפול של 36 שקל, סך הכל 142 שקל."),
    I("מדברת רחלי אלמוג, ההזמנה על שמי", [("name", "רחלי אלמוג")]),
    I("אני משלמת ב%s" % HE_CARD5_MIXED, [("card", HE_CARD5_MIXED)]),
    I("תשלחו לרחוב סוקולוב 41, כניסה ב', דירה 12, חולון", [("address", "רחוב סוקולוב 41, כניסה ב', דירה 12, חולון")]),
    I("והמייל רחלי אלמוג שבעים ושתיים שטרודל וואלה נקודה קום",
      [("email", "רחלי אלמוג שבעים ושתיים שטרודל וואלה נקודה קום")]),
    I("אם לא תאספי תוך 14 יום מהסניף ברחוב ויצמן היא חוזרת לסין"),
    # --- elections hotline
    I("ועדת הבחירות המרכזית. ביום הבחירות הקלפיות פתוחות מ-7 בבוקר עד 10 בלילה."),
    I("ת.ז. %s" % "-".join([HE_TZ5[0], HE_TZ5[1:8], HE_TZ5[8]]),
      [("id", "-".join([HE_TZ5[0], HE_TZ5[1:8], HE_TZ5[8]]))],
      "כדי לבדוק איפה את מצביעה אני צריך מספר תעודת זהות"),
    I("את מצביעה בקלפי מספר 412.3, בבית ספר בן צבי, רחוב ביאליק 22, והמספר הסידורי שלך בפנקס הוא 318"),
    I("בבחירות לכנסת ה-25 היו 12,400 קלפיות, ובקלפי נגישה יש סמל של כיסא גלגלים."),
]

# --- part 3: Central Bureau of Statistics survey; Holocaust survivors' rights
# authority (German pension); consulate in New York; enforcement and collection
# office (Arab citizen); municipal property tax; Ministry of Aliyah and
# Integration; National Insurance old-age pension
HE_DE_IBAN = iban("DE", "100208900063745182")
HE_IBAN3 = iban("IL", "0207510000000331847")
HE_IBAN4 = iban("IL", "0317200000000927461")
HE_IBAN5 = iban("IL", "0200840000000146902")
HE_IBAN6 = iban("IL", "0096130000001538874")
HE_TZ6 = tz("32671558")
HE_TZ7 = tz("21185430")
HE_TZ8 = tz("05493718")
HE_TZ9 = tz("34581927")
HE_CARD6 = card("37691420558301")
HE_CARD7 = card("540611902287365")
HE_TZ6_SPOKEN = say("he", HE_TZ6, "d3 d3 d3", sep=", ", masc=True)
assert HE_TZ8[6:] == "180"
HE_TZ8_SPOKEN = say("he", HE_TZ8[:6], "d3 d3", sep=", ") + ", מאה שמונים"
HE_IBAN4_SPOKEN = "IL %s, %s" % (say("he", HE_IBAN4[2:4], "p2"), HE_IBAN4[4:])

HE += [
    # --- Central Bureau of Statistics, household survey
    I("שלום, אני מהלשכה המרכזית לסטטיסטיקה, הבית שלכם נדגם לסקר כוח אדם, זה לוקח בערך 20 דקות."),
    I("כמה אנשים גרים בדירה? חמישה, אני, אשתי ושלושה ילדים, הגדול בן 19 והוא בצבא"),
    I("כמה שעות עבדת בשבוע שעבר? 42, מיום ראשון עד חמישי, ובנוסף 6 שעות נוספות"),
    # --- Holocaust survivors' rights authority, German pension (elderly caller)
    I("שלום, מדברת חנה גולדשטיין, אני מקבלת רנטה מגרמניה והם ביקשו אישור חיים", [("name", "חנה גולדשטיין")]),
    I("בסדר גברת גולדשטיין, את האישור צריך להחתים עד ה-30 ביוני, אחרת התשלום של 412 יורו נעצר.",
      [("name", "גולדשטיין")]),
    I("נולדתי בי\"ז בשבט תרצ\"ח, בלועזית זה תשעה עשר בינואר שלושים ושמונה",
      [("date_of_birth", "י\"ז בשבט תרצ\"ח"), ("date_of_birth", "תשעה עשר בינואר שלושים ושמונה")]),
    I("הכסף נכנס לחשבון בגרמניה, %s, הנכד שלי פתח לי אותו" % grp(HE_DE_IBAN), [("iban", grp(HE_DE_IBAN))]),
    I("אני גרה בבת ים, רחוב בלפור 88, קומה רביעית, דירה 15", [("address", "בת ים, רחוב בלפור 88, קומה רביעית, דירה 15")]),
    I("תתקשרו אליי הביתה, אפס שלוש, שש חמש תשע, אחת שתיים אפס שמונה, אני לא משתמשת בסלולרי",
      [("phone", "אפס שלוש, שש חמש תשע, אחת שתיים אפס שמונה")]),
    I("המענק השנתי של 5,300 שקל משולם באפריל, ומי שנולד לפני 1945 מקבל גם 20 אחוז הנחה בארנונה."),
    # --- consulate in New York
    I("הקונסוליה הכללית של ישראל בניו יורק, שעות קבלת הקהל הן בימים שני עד חמישי, 9:00 עד 12:30."),
    I("אני צריך לחדש דרכון, אני פה כבר 4 שנים, תעודת זהות %s" % HE_TZ6_SPOKEN, [("id", HE_TZ6_SPOKEN)]),
    I("תאריך לידה שמונה בספטמבר תשעים ושלוש", [("date_of_birth", "שמונה בספטמבר תשעים ושלוש")]),
    I("תשלחו את הדרכון ל 345 East 52nd Street, Apt 7C, New York, NY 10022",
      [("address", "345 East 52nd Street, Apt 7C, New York, NY 10022")]),
    I("הטלפון פה זה +1 646 555 0183 והמייל omri.shahar93@gmail.com",
      [("phone", "+1 646 555 0183"), ("email", "omri.shahar93@gmail.com")]),
    I("האגרה לדרכון בחו\"ל היא 110 דולר, ועוד 25 למשלוח בדואר רשום, התשלום רק בכרטיס אשראי."),
    I("אמריקן אקספרס, %s" % split(HE_CARD6, [4, 6, 5]), [("card", split(HE_CARD6, [4, 6, 5]))]),
    # --- enforcement and collection office (Arab citizen)
    I("שלום, אני ראניה חטיב מטירה, יש לי תיק בהוצאה לפועל ורוצה לסגור אותו", [("name", "ראניה חטיב")]),
    I("מספר התיק 512-34567-21-4, החוב המקורי 8,400 שקל ועם ריבית והוצאות זה 11,260 היום."),
    I("תעודת זהות %s" % HE_TZ7, [("id", HE_TZ7)]),
    I("ההעברה תהיה מהחשבון %s, ואחרי זה תורידו את העיקול מהמשכורת" % grp(HE_IBAN3),
      [("iban", grp(HE_IBAN3))]),
    I("הכתובת שלי טירה, שכונה מערבית, רחוב אלזהראא 6, מיקוד 4491500",
      [("address", "טירה, שכונה מערבית, רחוב אלזהראא 6, מיקוד 4491500")]),
    I("תשלחו את האישור ל rania.khatib שטרודל gmail נקודה קום",
      [("email", "rania.khatib שטרודל gmail נקודה קום")]),
    I("אחרי התשלום לוקח 3 עד 5 ימי עסקים להסיר עיקול, ואת ההגבלה על הרישיון תוך 7 ימים"),
    # --- municipal property tax (arnona)
    I("הארנונה לדירה של 84 מטר היא 612 שקל לחודשיים, ויש 2 אחוז הנחה בהוראת קבע."),
    I("שילמתי כבר את התשלום של ינואר-פברואר ב-3 בינואר, ויש לי אסמכתא 00917734"),
    I("בכרטיס %s, ותחזירו את מה ששילמתי פעמיים ל%s" % (" ".join(HE_CARD7[i:i + 4] for i in range(0, 16, 4)), HE_IBAN5),
      [("card", " ".join(HE_CARD7[i:i + 4] for i in range(0, 16, 4))), ("iban", HE_IBAN5)]),
    # --- Ministry of Aliyah and Integration (new immigrant from France)
    I("שלום, קוראים לי אורנלה בן שושן, עליתי מפריז בחודש שעבר", [("name", "אורנלה בן שושן")]),
    I("סל הקליטה משולם ב-6 תשלומים, התשלום הראשון בנתב\"ג ואחר כך כל חודש בסביבות ה-10."),
    I("את החשבון פתחתי בלאומי, %s" % HE_IBAN4_SPOKEN, [("iban", HE_IBAN4_SPOKEN)]),
    I("תעודת זהות חדשה %s" % split(HE_TZ9, [3, 3, 3]), [("id", split(HE_TZ9, [3, 3, 3]))]),
    I("ילידת 12 באוגוסט 1998", [("date_of_birth", "12 באוגוסט 1998")]),
    I("אני במרכז קליטה ברעננה, רחוב אחוזה 190 חדר 24", [("address", "רחוב אחוזה 190 חדר 24")]),
    I("נייד +972 58 774 2093, ומייל ornella point benchoushan arobase gmail point com",
      [("phone", "+972 58 774 2093"), ("email", "ornella point benchoushan arobase gmail point com")]),
    I("אולפן מתחיל ב-3 בספטמבר, 5 ימים בשבוע מ-8:30 עד 13:00, 500 שעות בסך הכל."),
    # --- National Insurance, old-age pension
    I("אני מגיע לגיל פרישה בחודש הבא, נולדתי ב-15.3.1957", [("date_of_birth", "15.3.1957")]),
    I("מספר זהות %s" % HE_TZ8_SPOKEN, [("id", HE_TZ8_SPOKEN)]),
    I("קצבת זקנה ליחיד היא 1,795 שקל, ועם תוספת ותק של 2 אחוז לכל שנת ביטוח מעל 10 שנים."),
    I("תכניסו לחשבון שלי בפועלים %s" % HE_IBAN6, [("iban", HE_IBAN6)]),
    I("אני גר ברחוב ההגנה 7, דירה 2, באר שבע, והטלפון אפס שבע שבע, חמש שלוש אחת, שמונה שמונה שתיים שתיים",
      [("address", "רחוב ההגנה 7, דירה 2, באר שבע"),
       ("phone", "אפס שבע שבע, חמש שלוש אחת, שמונה שמונה שתיים שתיים")]),
    I("והבן שלי מטפל בזה, המייל שלו אבי נקודה דהן קו תחתון שישים שטרודל ג'ימייל נקודה קום",
      [("email", "אבי נקודה דהן קו תחתון שישים שטרודל ג'ימייל נקודה קום")]),
]


HE += [
    # --- more lines: post office hours; traffic court; benefits rates; a
    # correction while giving a mobile number; Ethiopian-born caller
    I("הנייד שלי אפס חמש שלוש, ארבע ארבע שמונה, שתיים אחת, לא סליחה, שתיים שבע, אפס אחת",
      [("phone", "אפס חמש שלוש, ארבע ארבע שמונה, שתיים אחת, לא סליחה, שתיים שבע, אפס אחת")]),
    I("הסניף בדיזנגוף סגור ביום שישי, פתוח ראשון עד חמישי 8:00 עד 18:00, ובשלישי עד 19:30."),
    I("קנס מהירות של 750 שקל ו-8 נקודות, ואפשר לבקש להישפט תוך 90 יום מיום המסירה."),
    I("שכר המינימום עלה ל-5,880 שקל באפריל, ודמי אבטלה מקסימליים הם 449 שקל ליום בחמשת החודשים הראשונים."),
    I("בית המשפט לתעבורה בתל אביב קבע דיון ל-27 במרץ בשעה 9:00, אולם 6, תביא את הרישיון"),
    I("שלום, כאן אדיסו טספאיה, אני צריך אישור על תשלום אגרה בשביל אמא שלי", [("name", "אדיסו טספאיה")]),
    I("עשרים ושמונה בשישי, שמונים ותשע", [("date_of_birth", "עשרים ושמונה בשישי, שמונים ותשע")],
      "ותאריך הלידה שלה?"),
    I("הלשכה בבני ברק עוברת לרחוב ז'בוטינסקי 5 מה-1 ביולי, ותורים של יום ראשון יועברו ליום שני."),
    I("אממ רגע אני מחפשת את המכתב כתוב פה סכום לתשלום 2,318 שקל עד ה-20 בחודש אחרת 4 אחוז ריבית"),
]

# ---------------------------------------------------------------- Greek
# Calls: tax authority helpdesk (Athens); social security pension (older
# caller, Thessaloniki); child benefit (Patras); police passport office; ...
EL_AFM1 = afm("13824719")
EL_AFM2 = afm("09937152")
EL_AFM3 = afm("12745016")
EL_AFM4 = afm("04631852")
EL_GR_IBAN1 = iban("GR", "01720410000041837260495")
EL_GR_IBAN2 = iban("GR", "01102380000023809571164")
EL_AFM1_SPOKEN = split(EL_AFM1, [3, 3, 3])
EL_AFM2_SPOKEN = say("el", EL_AFM2, "d3 d3 d3", sep=", ")
EL_AFM3_SPOKEN = say("el", EL_AFM3, "t3 t3 t3", sep=", ")
EL_PHONE1 = say("el", "6973452218", "d3 t3 p2 p2", sep=", ")
EL_PHONE2 = say("el", "2310447892", "d4 p2 p2 p2", sep=", ")
EL_GR_IBAN1_SPOKEN = "GR %s, %s" % (say("el", EL_GR_IBAN1[2:4], "p2"), grp(EL_GR_IBAN1[4:]))

EL = [
    # --- tax authority (AADE) helpdesk
    I("Καλωσορίσατε στο Κέντρο Εξυπηρέτησης της ΑΑΔΕ. Για θέματα ΕΝΦΙΑ πατήστε 2. Ο εκτιμώμενος χρόνος αναμονής είναι 8 λεπτά."),
    I("Καλημέρα σας, ονομάζομαι Σταύρος, πώς μπορώ να σας βοηθήσω;", [("name", "Σταύρος")]),
    I("Καλημέρα, με λένε Κωνσταντίνα Παπαδοπούλου, αλλά όλοι με φωνάζουν Ντίνα, έχω ένα θέμα με τη δήλωση.",
      [("name", "Κωνσταντίνα Παπαδοπούλου"), ("name", "Ντίνα")]),
    I("Μάλιστα κυρία Παπαδοπούλου, μου λέτε τον ΑΦΜ σας;", [("name", "Παπαδοπούλου")]),
    I("Ναι, %s." % EL_AFM1_SPOKEN, [("id", EL_AFM1_SPOKEN)], "μου λέτε τον ΑΦΜ σας;"),
    I("Το εκκαθαριστικό βγήκε χρεωστικό 1.247,50 ευρώ σε 8 δόσεις, η πρώτη μέχρι τις 31 Ιουλίου."),
    I("Στον κωδικό 301 έβαλα 18.400 και στον 317 τα ενοίκια 3.600, μήπως έπρεπε να βάλω 4.200;"),
    I("Στείλτε μου την απάντηση στο ntina.papadopoulou@yahoo.gr γιατί στο Taxisnet δεν βρίσκω τίποτα.",
      [("email", "ntina.papadopoulou@yahoo.gr")]),
    I("Το κινητό μου είναι %s." % EL_PHONE1, [("phone", EL_PHONE1)]),
    I("Η τροποποιητική υποβάλλεται έως τις 15 Σεπτεμβρίου, και αν βγει επιστροφή 312 ευρώ συμψηφίζεται με τις δόσεις."),
    # --- social security (EFKA) pension, older caller from Thessaloniki
    I("ΕΦΚΑ, καλησπέρα σας, τι θα θέλατε;"),
    I("Καλησπέρα κορίτσι μου, είμαι ο Γεώργιος Αναστασιάδης, ο κυρ-Γιώργης από την Καλαμαριά, δεν μπήκε η σύνταξη.",
      [("name", "Γεώργιος Αναστασιάδης"), ("name", "Γιώργης")]),
    I("Κύριε Αναστασιάδη, μου δίνετε τον ΑΦΜ σας;", [("name", "Αναστασιάδη")]),
    I("εεε %s" % EL_AFM2_SPOKEN, [("id", EL_AFM2_SPOKEN)], "μου δίνετε τον ΑΦΜ σας;"),
    I("Είκοσι πέντε Μαρτίου του σαράντα εννιά.", [("date_of_birth", "Είκοσι πέντε Μαρτίου του σαράντα εννιά")],
      "Και ημερομηνία γέννησης;"),
    I("Η σύνταξη Ιουνίου πιστώνεται στις 26 Μαΐου, 847,30 καθαρά μετά την κράτηση υγείας 6%."),
    I("Άλλαξα τράπεζα, πήγα στην Πειραιώς, το IBAN είναι %s." % EL_GR_IBAN1_SPOKEN,
      [("iban", EL_GR_IBAN1_SPOKEN)]),
    I("Μένω στην οδό Κομνηνών 34, Καλαμαριά, 55131, τρίτος όροφος.",
      [("address", "οδό Κομνηνών 34, Καλαμαριά, 55131, τρίτος όροφος")]),
    I("Στο σταθερό, %s, κινητό δεν έχω." % EL_PHONE2, [("phone", EL_PHONE2)]),
    I("Η αναδρομική διαφορά από τον Ιανουάριο είναι 4 μήνες επί 23 ευρώ, δηλαδή 92 ευρώ, θα μπει τον Ιούλιο."),
    # --- child benefit (OPEKA), mother from Patras
    I("ΟΠΕΚΑ. Οι πληρωμές του επιδόματος παιδιού γίνονται την τελευταία εργάσιμη κάθε μήνα."),
    I("γεια σας λέγομαι ελένη κωστοπούλου από την πάτρα και δεν πήρα το επίδομα παιδιών για τον μάρτιο",
      [("name", "ελένη κωστοπούλου")]),
    I("Ο ΑΦΜ μου είναι %s." % EL_AFM3_SPOKEN, [("id", EL_AFM3_SPOKEN)]),
    I("Έχετε 3 παιδιά, άρα δικαιούστε 210 ευρώ τον μήνα, με όριο εισοδήματος 12.000 και προσαύξηση 3.000 για κάθε παιδί."),
    I("Και το IBAN, μήπως το πέρασα λάθος; %s" % grp(EL_GR_IBAN2), [("iban", grp(EL_GR_IBAN2))]),
    I("θα με πάρετε στο 694 412 3381 γιατί δουλεύω μέχρι τις 5", [("phone", "694 412 3381")]),
    I("Η αίτηση Α21 για το 2024 κλείνει στις 30 Απριλίου, και η πληρωμή του Μαρτίου θα γίνει αναδρομικά μαζί με του Μαΐου."),
    # --- police passport office
    I("Για την έκδοση διαβατηρίου χρειάζεστε παράβολο 84,40 ευρώ για ενήλικες και 73,60 για ανηλίκους άνω των 14."),
    I("Γεια σας, είμαι η Δήμητρα Λαμπράκη και θέλω να κλείσω ραντεβού για διαβατήριο.",
      [("name", "Δήμητρα Λαμπράκη")]),
    I("Έχετε ραντεβού την Πέμπτη 16 Μαΐου στις 11:20 στο Τμήμα Διαβατηρίων, Λεωφόρος Αλεξάνδρας 173."),
    I("Γεννήθηκα 14/02/1995 στο Ηράκλειο.", [("date_of_birth", "14/02/1995")]),
    I("Ο ΑΦΜ μου %s, για το ηλεκτρονικό παράβολο." % EL_AFM4, [("id", EL_AFM4)]),
    I("Το διαβατήριο είναι έτοιμο σε 5 με 7 εργάσιμες, ισχύει 10 χρόνια, και το παλιό λήγει στις 3 Ιουνίου."),
]
LANGS["el"] = EL

# --- part 2: municipal police parking fine; Hellenic Post (ELTA) parcel;
# citizen service centre (KEP) certificate; elections; census; hospital
# accounts office (Greek-American caller); vehicle transfer and road tax
EL_AFM5 = afm("11620374")
EL_AFM6 = afm("15378204")
EL_CARD1 = card("497653102284771")
EL_CARD2 = card("541275190034862")
EL_CARD3 = card("510918374462035")
EL_GR_IBAN3 = iban("GR", "02601630000200418390727")
EL_GR_IBAN4 = iban("GR", "01401820018200376155812")
EL_AFM5_SPOKEN = say("el", EL_AFM5, "t3 t3 t3", sep=", ")
EL_CARD3_SPOKEN = say("el", EL_CARD3, "d4 d4 d4 d4", sep=", ")

EL += [
    # --- municipal police, parking fine
    I("Η κλήση για παράνομη στάθμευση είναι 80 ευρώ, και αν πληρωθεί μέσα σε 10 ημέρες έχει έκπτωση 50%, δηλαδή 40."),
    I("Γεια σας, Μανώλης Τσιγκρής εδώ, μου ήρθε κλήση για την Πατησίων και δεν ήμουν καν στην Αθήνα εκείνη τη μέρα.",
      [("name", "Μανώλης Τσιγκρής")]),
    I("Κύριε Τσιγκρή, η κλήση 4471 0923 αφορά το όχημα ΙΚΥ 4821, στις 13:45 στις 2 Απριλίου.",
      [("name", "Τσιγκρή")]),
    I("Ο ΑΦΜ του ιδιοκτήτη, δηλαδή εμένα, είναι %s." % EL_AFM5_SPOKEN, [("id", EL_AFM5_SPOKEN)]),
    I("Εντάξει, την άλλη που είναι σωστή θα την πληρώσω τώρα με κάρτα, %s." % " ".join(EL_CARD1),
      [("card", " ".join(EL_CARD1))]),
    I("Και την πρώτη την πλήρωσα δύο φορές, γυρίστε μου τα στο %s." % grp(EL_GR_IBAN4), [("iban", grp(EL_GR_IBAN4))]),
    I("Η ένσταση κατατίθεται στο Δημαρχείο, Αθηνάς 63, ισόγειο, μέσα σε 20 μέρες από την επίδοση."),
    # --- Hellenic Post (ELTA), parcel returned to the branch
    I("Καλησπέρα, έχω ένα δέμα από Αμερική με αριθμό RR482176045US και λέει ότι επιστράφηκε στο κατάστημα."),
    I("Το δέμα είναι στο κατάστημα Κυψέλης, Φωκίωνος Νέγρη 12, και μένει εκεί 15 ημέρες, μέχρι τις 28 του μήνα."),
    I("Το όνομά μου είναι Αγγελική Ρήγα και ήμουν σπίτι όλη μέρα, δεν χτύπησε κανείς.", [("name", "Αγγελική Ρήγα")]),
    I("Αγίας Ζώνης 51, Κυψέλη, Τ.Κ. 11361, 4ος όροφος, κουδούνι Ρήγα.",
      [("address", "Αγίας Ζώνης 51, Κυψέλη, Τ.Κ. 11361, 4ος όροφος, κουδούνι Ρήγα")],
      "Ποια είναι η διεύθυνση παράδοσης;"),
    I("Ο courier να με πάρει στο +30 6937 218 450 πριν έρθει.", [("phone", "+30 6937 218 450")]),
    I("Και το email μου angeliki τελεία riga παπάκι gmail τελεία com.",
      [("email", "angeliki τελεία riga παπάκι gmail τελεία com")]),
    I("Για δέματα από χώρες εκτός ΕΕ πάνω από 150 ευρώ υπάρχει τελωνειακός δασμός και ΦΠΑ 24%, συν 3,50 τέλος εκτελωνισμού."),
    # --- citizen service centre (KEP)
    I("ΚΕΠ Δήμου Περιστερίου, καλημέρα σας. Τα πιστοποιητικά βγαίνουν μέσω gov.gr σε 2 με 3 εργάσιμες."),
    I("γεια σας είμαι ο νίκος παπαδάκης θέλω πιστοποιητικό οικογενειακής κατάστασης για το μεταπτυχιακό",
      [("name", "νίκος παπαδάκης")]),
    I("Νίκο, σου στέλνω ένα link, αλλά χρειάζομαι ΑΦΜ και ημερομηνία γέννησης.", [("name", "Νίκο")]),
    I("ΑΦΜ %s και γεννήθηκα 3 Οκτωβρίου 2001." % split(EL_AFM6, [3, 3, 3]),
      [("id", split(EL_AFM6, [3, 3, 3])), ("date_of_birth", "3 Οκτωβρίου 2001")]),
    I("Το mail μου είναι nikos_pap01@hotmail.com", [("email", "nikos_pap01@hotmail.com")]),
    I("Για το εξωτερικό χρειάζεται και επισημείωση της Χάγης, 10 ευρώ το παράβολο, σε 1 με 2 εβδομάδες."),
    # --- elections
    I("Στις ευρωεκλογές της 9ης Ιουνίου ψηφίζετε στο 12ο Δημοτικό Σχολείο Χαλανδρίου, εκλογικό τμήμα 148."),
    I("Θα λείπω για δουλειά στη Γερμανία, μπορώ να ψηφίσω επιστολικά; Η προθεσμία λήγει στις 7 Μαΐου;"),
    I("Είκοσι μία Νοεμβρίου 1978.", [("date_of_birth", "Είκοσι μία Νοεμβρίου 1978")],
      "Για να σας βρω στους εκλογικούς καταλόγους, ημερομηνία γέννησης;"),
    I("Το επιστολικό ψηφοδέλτιο πρέπει να φτάσει στην ΕΛΤΑ Courier μέχρι τις 5 το απόγευμα της Πέμπτης 6 Ιουνίου."),
    # --- census (ELSTAT)
    I("Από την ΕΛΣΤΑΤ για την Απογραφή 2021: πόσα άτομα διέμεναν στην κατοικία στις 24 Οκτωβρίου; Τέσσερα, και η γιαγιά τα Σαββατοκύριακα."),
    I("Η κατοικία είναι 95 τετραγωνικά, χτισμένη το 1974, με 3 υπνοδωμάτια και θέρμανση με πετρέλαιο."),
    # --- hospital accounts office (Greek-American caller)
    I("Λογιστήριο του Ευαγγελισμού, λέγετε."),
    I("Γεια σας, με λένε Nick Pappas, είμαι από το Σικάγο, ήμουν στα επείγοντα στις 12 Αυγούστου.",
      [("name", "Nick Pappas")]),
    I("Κύριε Pappas, χωρίς ευρωπαϊκή κάρτα ασφάλισης η νοσηλεία χρεώνεται 310 ευρώ την ημέρα, 2 ημέρες, σύνολο 620.",
      [("name", "Pappas")]),
    I("Mastercard, %s." % grp(EL_CARD2), [("card", grp(EL_CARD2))]),
    I("Γεννήθηκα τέσσερα του εφτά του εξήντα οχτώ.", [("date_of_birth", "τέσσερα του εφτά του εξήντα οχτώ")]),
    I("Στείλτε μου την απόδειξη στο nickpappas68@comcast.net και το τηλέφωνό μου είναι +1 312 555 0148.",
      [("email", "nickpappas68@comcast.net"), ("phone", "+1 312 555 0148")]),
    # --- vehicle transfer and road tax
    I("Τα τέλη κυκλοφορίας για 1.400 κυβικά είναι 135 ευρώ για το 2024, με προθεσμία μέχρι 31 Δεκεμβρίου."),
    I("Είμαι ο Παναγιώτης Δρόσος, αγόρασα ένα μεταχειρισμένο Yaris του 2015 και θέλω να κάνω τη μεταβίβαση.",
      [("name", "Παναγιώτης Δρόσος")]),
    I("Η διεύθυνση κατοικίας για την άδεια είναι Ελευθερίου Βενιζέλου 102, Νέα Σμύρνη.",
      [("address", "Ελευθερίου Βενιζέλου 102, Νέα Σμύρνη")]),
    I("Πληρώνω το παράβολο των 75 ευρώ με κάρτα, %s." % EL_CARD3_SPOKEN, [("card", EL_CARD3_SPOKEN)]),
    I("Για την επιστροφή των τελών που πλήρωσε ο προηγούμενος, %s." % EL_GR_IBAN3, [("iban", EL_GR_IBAN3)]),
    I("Στο σταθερό 210 9350 448 μετά τις 4.", [("phone", "210 9350 448")]),
    I("Η νέα άδεια κυκλοφορίας εκδίδεται σε 3 εργάσιμες και το ΚΤΕΟ ισχύει μέχρι τον Σεπτέμβριο του 2025."),
]

# --- part 3: Cyprus social insurance (pension, older Cypriot caller); Nicosia
# General Hospital accounts (GHS); Cyprus road transport department; Cyprus
# police non-emergency; Cyprus Post; Cyprus tax department; Greek consulate in
# London; Greek tax authority for a Greek living in Nicosia
EL_CY_IBAN1 = iban("CY", "002001950000357028461930")
EL_CY_IBAN2 = iban("CY", "005003280000000471039526")
EL_CY_IBAN3 = iban("CY", "007012030000000084718255")
EL_GR_IBAN5 = iban("GR", "01105470000054792083311")
EL_CARD4 = card("453218805527164")
EL_CARD5 = card("516885420913372")
EL_CARD6 = card("426103957788420")
EL_CARD7 = card("552940116038874")
EL_AFM7 = afm("07719463")
EL_AFM8 = afm("16052938")
EL_AFM9 = afm("10284671")
EL_CY_PHONE1 = say("el", "99341867", "p2 p2 p2 p2", sep=", ")
EL_AFM7_SPOKEN = say("el", EL_AFM7, "t3 t3 t3", sep=", ")
EL_AFM8_SPOKEN = say("el", EL_AFM8, "t3 t3 t3", sep=", ")
EL_CARD4_SPOKEN = say("el", EL_CARD4, "p2 p2 p2 p2 p2 p2 p2 p2", sep=", ")
EL_CY_IBAN1_SPOKEN = "CY %s, %s" % (say("el", EL_CY_IBAN1[2:4], "p2"), grp(EL_CY_IBAN1[4:]))

EL += [
    # --- Cyprus social insurance services, pension (Cypriot dialect)
    I("Υπηρεσίες Κοινωνικών Ασφαλίσεων, Λεμεσός, καλημέρα σας."),
    I("Καλημέρα κόρη μου, Χαράλαμπος Χριστοδούλου λέγομαι, αλλά ούλλοι Μπάμπη με φωνάζουν, εν ήρτε η σύνταξη μου τζαι θέλω να μάθω ίντα που γίνεται.",
      [("name", "Χαράλαμπος Χριστοδούλου"), ("name", "Μπάμπη")]),
    I("Κύριε Χαράλαμπε, η σύνταξη πληρώνεται στις 5 του μηνός, 742 ευρώ, τζαι φέτος είχε αύξηση 5,2%.",
      [("name", "Χαράλαμπε")]),
    I("Γεννήθηκα δεκαεφτά του Αυγούστου του πενήντα οχτώ.",
      [("date_of_birth", "δεκαεφτά του Αυγούστου του πενήντα οχτώ")]),
    I("Ο λογαριασμός εν στην Τράπεζα Κύπρου, %s." % EL_CY_IBAN1_SPOKEN, [("iban", EL_CY_IBAN1_SPOKEN)]),
    I("Μένω Λεμεσό, οδός Γλάδστωνος 27, διαμέρισμα 102, 3041.",
      [("address", "Λεμεσό, οδός Γλάδστωνος 27, διαμέρισμα 102, 3041")]),
    I("Το κινητό μου %s, εν του γιου μου αλλά εν μαζί μου." % EL_CY_PHONE1, [("phone", EL_CY_PHONE1)]),
    I("Το επίδομα θέρμανσης των 250 ευρώ πληρώνεται τον Δεκέμβρη για όσους έχουν εισόδημα κάτω από 19.500."),
    # --- Nicosia General Hospital, accounts (GHS)
    I("Γεια σας, είμαι η Άντρη Σάββα, ήθελα να ρωτήσω για μια χρέωση που μου ήρθε από τα επείγοντα.",
      [("name", "Άντρη Σάββα")]),
    I("Η συμμετοχή για ειδικό με παραπεμπτικό είναι 6 ευρώ, χωρίς παραπεμπτικό 25, τζαι για τα επείγοντα 10 ευρώ."),
    I("Εντάξει, πληρώνω τα 85 που χρωστώ, η Visa εν %s." % EL_CARD4_SPOKEN, [("card", EL_CARD4_SPOKEN)]),
    I("Η διεύθυνσή μου εν Στροβόλου 23, διαμέρισμα 4, Στρόβολος, 2018 Λευκωσία.",
      [("address", "Στροβόλου 23, διαμέρισμα 4, Στρόβολος, 2018 Λευκωσία")]),
    I("Την απόδειξη στο andri.savva@cytanet.com.cy, τζαι στο σπίτι είμαι στο 22 451793.",
      [("email", "andri.savva@cytanet.com.cy"), ("phone", "22 451793")]),
    # --- Cyprus road transport department, road tax
    I("Η άδεια κυκλοφορίας για το όχημα KXH 482 εν 175 ευρώ τον χρόνο, τζαι μετά τις 31 Ιανουαρίου έχει πρόστιμο 10%."),
    I("Ναι, είμαι ο Μάριος Κωνσταντίνου από τη Λάρνακα, το αυτοκίνητο εν στο όνομά μου.",
      [("name", "Μάριος Κωνσταντίνου")]),
    I("Γεννήθηκα 02.06.1990.", [("date_of_birth", "02.06.1990")], "Ημερομηνία γέννησης του ιδιοκτήτη;"),
    I("Πληρώνω με Mastercard, %s." % split(EL_CARD5, [4, 4, 4, 4], "-"), [("card", split(EL_CARD5, [4, 4, 4, 4], "-"))]),
    I("Τζαι το σήμα να μου το στείλετε Αρτέμιδος 18, Λειβάδια, 7060.", [("address", "Αρτέμιδος 18, Λειβάδια, 7060")]),
    I("Πέρσι πλήρωσα δύο φορές, την επιστροφή στο %s." % grp(EL_CY_IBAN2), [("iban", grp(EL_CY_IBAN2))]),
    # --- Cyprus police, non-emergency
    I("Αστυνομία Κύπρου. Για επείγοντα περιστατικά καλέστε 112 ή 199."),
    I("Έχασα το πορτοφόλι μου στις Φοινικούδες χτες γύρω στις 9 το βράδυ, είχε μέσα καμιά 60αριά ευρώ."),
    I("Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 3, 6017 Λάρνακα.",
      [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 3, 6017 Λάρνακα")],
      "Πείτε μου τη διεύθυνσή σας."),
    I("Το τηλέφωνο +357 96 781205, όποτε θέλετε.", [("phone", "+357 96 781205")]),
    I("Η καταγγελία πήρε αριθμό 1187/24 και αν βρεθεί κάτι θα το παραλάβετε από τον Σταθμό Λάρνακας, Αρχιεπισκόπου Κυπριανού."),
    # --- Cyprus Post
    I("Το δέμα σας περιμένει στο Κεντρικό Ταχυδρομείο Πάφου, τα τέλη εν 4,50 ευρώ τζαι το κατάστημα κλείνει στις 1:30 το Σάββατο."),
    I("Να μου το στείλετε στην Αγίου Ανδρέα 112, Πάφος 8040, τζαι πληρώνω με κάρτα %s." % grp(EL_CARD6),
      [("address", "Αγίου Ανδρέα 112, Πάφος 8040"), ("card", grp(EL_CARD6))]),
    I("Στείλτε μου ειδοποίηση στο pavlos παύλα georgiou παπάκι cytanet τελεία com τελεία cy",
      [("email", "pavlos παύλα georgiou παπάκι cytanet τελεία com τελεία cy")]),
    # --- Cyprus tax department
    I("Η φορολογική δήλωση για το 2023 υποβάλλεται μέχρι 31 Ιουλίου, τζαι το αφορολόγητο εν 19.500 ευρώ."),
    I("Η επιστροφή φόρου των 1.180 ευρώ έφυγε στις 14 του μηνός προς τον λογαριασμό %s." % EL_CY_IBAN3,
      [("iban", EL_CY_IBAN3)]),
    I("Θα λάβετε και επιστολή σε 10 με 15 μέρες, τζαι αν χρειάζεστε βεβαίωση εν 5 ευρώ."),
    # --- Greek consulate in London
    I("Καλησπέρα, λέγομαι Ιφιγένεια Μαυρίδου, Ίφη για τους φίλους, μένω στο Λονδίνο τρία χρόνια.",
      [("name", "Ιφιγένεια Μαυρίδου"), ("name", "Ίφη")]),
    I("Ο ΑΦΜ μου είναι %s." % EL_AFM7_SPOKEN, [("id", EL_AFM7_SPOKEN)]),
    I("δεκαεννιά Μαΐου ογδόντα έξι", [("date_of_birth", "δεκαεννιά Μαΐου ογδόντα έξι")], "Ημερομηνία γέννησης;"),
    I("Η διεύθυνσή μου εδώ είναι Flat 4, 22 Queensway, London W2 3RX.",
      [("address", "Flat 4, 22 Queensway, London W2 3RX")]),
    I("Κινητό +44 7700 900512 και email ifi τελεία mavridou παπάκι outlook τελεία com.",
      [("phone", "+44 7700 900512"), ("email", "ifi τελεία mavridou παπάκι outlook τελεία com")]),
    I("Το παράβολο για την εξουσιοδότηση είναι 20 λίρες, και η επικύρωση υπογραφής άλλες 15, πληρωμή μόνο με κάρτα."),
    I("Οκ, %s." % say("el", EL_CARD7, "d4 d4 d4 d4", sep=", "), [("card", say("el", EL_CARD7, "d4 d4 d4 d4", sep=", "))],
      "Πείτε μου τον αριθμό της κάρτας."),
    I("Το ενοίκιο από το διαμέρισμα στη Θεσσαλονίκη μπαίνει στο %s." % grp(EL_GR_IBAN5),
      [("iban", grp(EL_GR_IBAN5))]),
    # --- Greek tax authority, caller living in Nicosia
    I("Μένω στη Λευκωσία αλλά έχω ένα οικόπεδο στη Χαλκίδα, ΑΦΜ %s." % EL_AFM8_SPOKEN, [("id", EL_AFM8_SPOKEN)]),
    I("Ο ΕΝΦΙΑ για το οικόπεδο βγήκε 186 ευρώ σε 12 δόσεις των 15,50, με πρώτη δόση στις 30 Απριλίου."),
    I("Και της μητέρας μου, που είναι εξουσιοδοτημένη, %s, έτσι γράφει στο εκκαθαριστικό." % split(EL_AFM9, [3, 3, 3], "."),
      [("id", split(EL_AFM9, [3, 3, 3], "."))]),
]


EL += [
    # --- public employment service (DYPA) unemployment benefit; traffic
    # police; court hearing date; census result
    I("Το επίδομα ανεργίας είναι 14,50 την ημέρα, δηλαδή 435 τον μήνα, για 12 μήνες αν έχετε 250 ένσημα στα 2 τελευταία χρόνια."),
    I("εεε ναι το ραντεβού στη ΔΥΠΑ Αιγάλεω είναι την τρίτη στις 10 και μισή γραφείο 7"),
    I("Το email μου, στέλιος κάτω παύλα κυριακίδης ογδόντα εννιά παπάκι hotmail τελεία gr",
      [("email", "στέλιος κάτω παύλα κυριακίδης ογδόντα εννιά παπάκι hotmail τελεία gr")]),
    I("Κλήση της Τροχαίας για υπέρβαση ορίου: 150 ευρώ, αφαίρεση άδειας για 20 ημέρες και 3 βαθμοί στο Point System."),
    I("Τη δικάσιμο την όρισαν για τις 14 Νοεμβρίου, στο Μονομελές Πρωτοδικείο Πειραιά, αίθουσα 2, πινάκιο 37."),
    I("Ο πληθυσμός του δήμου στην απογραφή βγήκε 138.000, 4% λιγότερος από το 2011."),
]

# ==== END OF DATA ====


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        recs = build(items, lang)
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = Counter(s["kind"] for r in recs for s in r["spans"])
        empty = sum(1 for r in recs if not r["spans"])
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(recs), empty, sum(kinds.values()),
            ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(KINDS))))


def _selftest():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("DE89370400440532013000")
    assert iban_ok("GR1601101250000000012300695")
    assert tz_ok("000000018") and not tz_ok("000000019")
    assert afm_ok("090000045")
    assert say("en", "0771", "d2 p2", zero="oh") == "oh seven seventy-one"
    assert say("en", "7700", double=True) == "double seven double zero"
    assert say("el", "210345", "t3 t3") == "διακόσια δέκα τριακόσια σαράντα πέντε"
    assert say("he", "0523", "d1 p2 d1") == "אפס חמישים ושתיים שלוש"
    assert ar_two(45) == "خمسة واربعين"


_selftest()

if __name__ == "__main__":
    main()
