#!/usr/bin/env python3
"""Blind evaluation set 82 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief (the
product's specification of what counts as personal data and the output format).
It never read the redactor, its rules, its tests, or any other evaluation set or
generator. All values are invented; check digits (Luhn, IBAN mod-97, Teudat
Zehut, Greek AFM, Saudi ID/Iqama) are computed below, never typed by hand.

Area of this set: tax offices, accountants, lawyers, notaries and legal aid
(tax returns, tax refunds and audits, VAT, fines and appeals, contracts, wills
and inheritance, powers of attorney, court dates, legal-aid intake, sworn
translation of legal documents, company registration).

Output: data/redaction/blind82/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # context optional, not scored
  kind  in card, iban, id, phone, email, date_of_birth, name, address
  start/end are BYTE offsets into the UTF-8 encoding of text, end exclusive.
  Items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind82.py
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

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


def luhn_complete(base):
    for c in "0123456789":
        if luhn_ok(base + c):
            return base + c
    raise AssertionError(base)


def card(base, length):
    """base digits + Luhn check digit; asserts the final length."""
    assert len(base) == length - 1, (base, length)
    v = luhn_complete(base)
    assert luhn_ok(v) and 13 <= len(v) <= 19
    return v


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit()
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v), v
    return v


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 + i % 2)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def tz(base8):
    for c in "0123456789":
        if tz_ok(base8 + c):
            return base8 + c
    raise AssertionError(base8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm(base8):
    tot = sum(int(base8[i]) * 2 ** (8 - i) for i in range(8))
    v = base8 + str(tot % 11 % 10)
    assert afm_ok(v)
    return v


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def saudi(base9):
    assert len(base9) == 9 and base9[0] in "12"
    v = luhn_complete(base9)
    assert saudi_ok(v)
    return v


def ssn_ok(s):
    s = s.replace("-", "").replace(" ", "")
    if len(s) != 9 or not s.isdigit():
        return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def ssn(s):
    assert ssn_ok(s), s
    return s.replace("-", "")


def not_personal(num):
    """Assert a (non-personal) long number fails every check of the spec."""
    s = re.sub(r"[^0-9A-Za-z]", "", num)
    digits = s.isdigit()
    if digits and 13 <= len(s) <= 19:
        assert not luhn_ok(s), ("passes Luhn", num)
    if digits and len(s) == 9:
        assert not tz_ok(s) and not afm_ok(s), ("passes 9-digit id", num)
    if re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", num.strip()):
        assert not ssn_ok(s), ("looks like a valid SSN", num)
    if digits and len(s) == 10 and s[0] in "12":
        assert not saudi_ok(s), ("passes Saudi id", num)
    if len(s) >= 15 and s[:2].isalpha():
        assert not iban_ok(s), ("passes IBAN", num)
    return num


# ---------------------------------------------------------------- formatting

AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AI_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def ai(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(AI)


def fmt(digits, tpl):
    """fmt('0541234567', 'xxx-xxx-xxxx'): fill the x's with the digits in order."""
    assert tpl.count("x") == len(digits), (digits, tpl)
    it = iter(digits)
    return "".join(next(it) if c == "x" else c for c in tpl)


# number words, 0..999, per language -----------------------------------------

EN_ONES = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = [None, None] + "twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n, **o):
    if n < 10:
        return EN_ONES[n]
    if n < 20:
        return EN_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_ONES[u] if u else "")
    h, r = divmod(n, 100)
    s = EN_ONES[h] + " hundred"
    if r:
        s += (" and " if o.get("uk") else " ") + en_num(r)
    return s


AR_ONES = {
    "msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعة".split(),
}
AR_TEENS = {
    "msa": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "egy": ["عشرة", "حداشر", "اتناشر", "تلاتاشر", "أربعتاشر", "خمستاشر", "ستاشر",
            "سبعتاشر", "تمنتاشر", "تسعتاشر"],
    "lev": ["عشرة", "حدعش", "ضعش", "تلتعش", "أربعتعش", "خمستعش", "ستعش", "سبعتعش",
            "تمنتعش", "تسعتعش"],
}
AR_TEENS["gulf"] = AR_TEENS["egy"]
AR_TEENS["mag"] = ["عشرة", "حضاش", "طناش", "تلطاش", "ربعطاش", "خمسطاش", "سطاش",
                   "سبعطاش", "تمنطاش", "تسعطاش"]
AR_TENS = {
    "msa": [None, None, "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "egy": [None, None, "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}
AR_TENS["lev"] = AR_TENS["egy"]
AR_TENS["gulf"] = AR_TENS["msa"]
AR_TENS["mag"] = [None, None, "عشرين", "تلاتين", "ربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"]


def ar_num(n, d="msa", **o):
    if n < 10:
        return AR_ONES[d][n]
    if n < 20:
        return AR_TEENS[d][n - 10]
    assert n < 100, n
    t, u = divmod(n, 10)
    return (AR_ONES[d][u] + " و" if u else "") + AR_TENS[d][t]


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEENS_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
              "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEENS_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
              "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = [None, None, "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
HE_HUND = [None, "מאה", "מאתיים", "שלוש מאות", "ארבע מאות", "חמש מאות", "שש מאות",
           "שבע מאות", "שמונה מאות", "תשע מאות"]


def he_num(n, g="f", **o):
    ones = HE_F if g == "f" else HE_M
    if n < 10:
        return ones[n]
    if n < 20:
        return (HE_TEENS_F if g == "f" else HE_TEENS_M)[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return HE_TENS[t] + (" ו" + ones[u] if u else "")
    h, r = divmod(n, 100)
    if not r:
        return HE_HUND[h]
    rest = he_num(r, g)
    if r < 20 or r % 10 == 0:
        rest = "ו" + rest
    return HE_HUND[h] + " " + rest


EL_ONES = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
            "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = [None, None, "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = [None, "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_num(n, **o):
    ones = list(EL_ONES)
    if o.get("formal"):
        ones[7], ones[8], ones[9] = "επτά", "οκτώ", "εννέα"
    if n < 10:
        return ones[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + ones[u] if u else "")
    h, r = divmod(n, 100)
    if not r:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_num(r, **o)


NUM = {"en": en_num, "ar": ar_num, "he": he_num, "el": el_num}


def say(lang, digits, tpl, sep=" ", **o):
    """Speak digits as words.  tpl: space-separated groups; inside a group a run
    of 'd' is read digit by digit, a run of 'n' is read as one number (leading
    zeros read as zero-words).  English options: zero='oh', dbl=True (double/
    triple).  Arabic: d=dialect.  Hebrew: g='f'|'m'.  Greek: formal=True."""
    tpl_chars = tpl.replace(" ", "")
    assert len(tpl_chars) == len(digits) and set(tpl_chars) <= set("dn"), (digits, tpl)
    num = NUM[lang]
    zero_word = num(0, **o)
    if lang == "en" and o.get("zero"):
        zero_word = o["zero"]
    out, pos = [], 0
    for grp in tpl.split():
        words = []
        for run in re.findall(r"d+|n+", grp):
            chunk = digits[pos:pos + len(run)]
            pos += len(run)
            if run[0] == "d":
                i = 0
                while i < len(chunk):
                    c = chunk[i]
                    k = 1
                    while lang == "en" and o.get("dbl") and i + k < len(chunk) and chunk[i + k] == c and k < 3:
                        k += 1
                    w = zero_word if c == "0" else num(int(c), **o)
                    if k == 1:
                        words.append(w)
                    else:
                        words.append(("double " if k == 2 else "triple ") + w)
                    i += k
            else:
                while len(chunk) > 1 and chunk[0] == "0":
                    words.append(zero_word)
                    chunk = chunk[1:]
                words.append(num(int(chunk), **o))
        out.append(" ".join(words))
    return sep.join(out)


# ---------------------------------------------------------------- items -> jsonl

_DIG = re.compile(r"[0-9٠-٩](?:[0-9٠-٩]|[ \-.](?=[0-9٠-٩]))*")


def build(items, lang):
    """items: list of (text, [(kind, substring), ...], context-or-None).
    Substrings are searched in order, each after the end of the previous one."""
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and text == text.strip() and text, it
        b = text.encode("utf-8")
        out, cpos, char_ranges = [], 0, []
        for kind, sub in spans:
            assert kind in KINDS, (kind, it)
            assert sub and sub == sub.strip(), (sub, it)
            ci = text.find(sub, cpos)
            assert ci >= 0, ("span not found in order", lang, sub, text)
            start = len(text[:ci].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            out.append({"kind": kind, "start": start, "end": end})
            char_ranges.append((ci, ci + len(sub)))
            cpos = ci + len(sub)
            if kind == "card" and re.fullmatch(r"[0-9 \-]+", sub):
                assert luhn_ok(re.sub(r"\D", "", sub)), sub
            if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9A-Z ]+", sub):
                assert iban_ok(sub), sub
        # long digit runs outside the spans must fail every check
        for m in _DIG.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in char_ranges):
                continue
            not_personal(m.group().translate(AI_BACK))
        row = {"text": text, "spans": out}
        if ctx:
            assert isinstance(ctx, str) and ctx.strip() == ctx
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate text in " + lang
    return rows


LANGS = {}

# ================================================================ data
# (languages are added below, one section each)

# ---------------------------------------------------------------- English
# Calls: US tax preparer; UK accountant (self-assessment); Irish probate
# solicitor; UK legal-aid line (immigration); accountant for an Indian expat
# in Riyadh; Australian notary (apostille); US legal-aid society (small
# claims); US CPA audit; UK will-writing; Jerusalem lawyer for an Anglo
# (power of attorney); US family lawyer; UK solicitor with a Berlin client.

EN = []
LANGS["en"] = EN

_ssn1 = ssn("524-61-3089")
_ph1 = "5128473096"
EN += [
    ("Thank you for calling Kessler Tax Group, this is Marcus, how can I help you today?",
     [("name", "Marcus")]),
    ("hi um yeah my name's Jennifer Alvarez, I dropped off my W-2s last Tuesday",
     [("name", "Jennifer Alvarez")]),
    ("Sure, it's " + say("en", _ssn1, "ddd dd dddd", sep=", uh, ", zero="oh") + ".",
     [("id", say("en", _ssn1, "ddd dd dddd", sep=", uh, ", zero="oh"))],
     "Okay, for verification I'm gonna need your full Social Security number."),
    ("March ninth, 1987.", [("date_of_birth", "March ninth, 1987")],
     "And your date of birth?"),
    ("Perfect. So your federal return shows a refund of two thousand one hundred and forty dollars, and state is another three eighty.",
     []),
    ("We e-filed on February twelfth and the IRS accepted it on the fourteenth, so you're looking at maybe twenty-one days.",
     []),
    ("Can you just text me when it's deposited? My cell is " + fmt(_ph1, "xxx-xxx-xxxx") + ".",
     [("phone", fmt(_ph1, "xxx-xxx-xxxx"))]),
    ("Sure thing, Ms. Alvarez. And the email on file is still jen dot alvarez eighty seven at gmail dot com?",
     [("name", "Alvarez"), ("email", "jen dot alvarez eighty seven at gmail dot com")]),
    ("Your preparation fee was three forty-nine and that comes out of the refund, so you don't owe us anything today.",
     []),
    ("The confirmation number for the e-file is 4471 0093 2285, you might want to write that down.",
     []),
]

_card2 = card("465901227380514", 16)
_ib2 = iban("GB", "MONZ04000412873356")
_ph2 = "07718402996"
EN += [
    ("Good morning, Whitfield and Rowe, Priya speaking.", [("name", "Priya")]),
    ("Morning, it's Gareth Pryce here, I'm one of your sole traders, the joinery business in Pontypridd.",
     [("name", "Gareth Pryce")]),
    ("The deadline's the thirty-first of January and we've still not had your mileage log for the van.",
     []),
    ("so your bill comes to one thousand four hundred and eighty two pounds sixty and there's a payment on account of seven hundred and forty one thirty due end of July",
     []),
    ("Can I pay your fee over the phone? It's a Visa. " + fmt(_card2, "xxxx xxxx xxxx xxxx") + ".",
     [("card", fmt(_card2, "xxxx xxxx xxxx xxxx"))]),
    ("Lovely, thank you Mr Pryce, that's the two hundred and sixty-five pounds taken.",
     [("name", "Pryce")]),
    ("HMRC owe you about three hundred from last year, is the refund still going to the same account?",
     []),
    ("No, new one, it's " + fmt(_ib2, "xxxx xxxx xxxx xxxx xxxx xx") + ", that's Monzo.",
     [("iban", fmt(_ib2, "xxxx xxxx xxxx xxxx xxxx xx"))],
     "Can you give me the IBAN then, it's easier for the form."),
    ("best number for me is " + say("en", _ph2, "ddddd ddd ddd", sep=", ", zero="oh", dbl=True),
     [("phone", say("en", _ph2, "ddddd ddd ddd", sep=", ", zero="oh", dbl=True))]),
    ("Oh and I moved in March, my home address is 27 Heol y Felin, Llantrisant, CF72 8DJ.",
     [("address", "27 Heol y Felin, Llantrisant, CF72 8DJ")]),
    ("Noted. It'll show on the return from the sixth of April, and the accounts run to the fifth of April anyway.",
     []),
]

_ib3 = iban("IE", "AIBK93115254168203")
_ph3 = "0872914663"
EN += [
    ("Hegarty and Company Solicitors, Fiona speaking, how can I help?", [("name", "Fiona")]),
    ("Hi there, Declan Murphy here, I'm ringing about my mother's estate, you're handling the probate.",
     [("name", "Declan Murphy")]),
    ("Mam passed away on the fourth of November and we only got the grant of probate last week.",
     []),
    ("The house in Ballincollig was valued at three hundred and ten thousand, and there's about forty thousand in the credit union.",
     []),
    ("Okay Declan, the tax-free threshold for a child is three hundred and thirty-five thousand, so on those figures there'd be no CAT for you.",
     [("name", "Declan")]),
    ("and my sister is over in Boston so do we both have to come in to sign or can she do it over there",
     []),
    ("It's " + fmt(_ib3, "xxxx xxxx xxxx xxxx xxxx xx") + ". A-I-B, yeah.",
     [("iban", fmt(_ib3, "xxxx xxxx xxxx xxxx xxxx xx"))]),
    ("And a mobile for you, Declan?", [("name", "Declan")]),
    ("oh eight seven, two nine one, four double six three", [("phone", "oh eight seven, two nine one, four double six three")],
     "And a mobile for you, Declan?"),
    ("email is declan underscore murphy at eircom dot net, all one word",
     [("email", "declan underscore murphy at eircom dot net")]),
    ("Thanks. Our fee is one and a half percent of the estate plus VAT at twenty-three percent, and outlay for the Probate Office.",
     []),
]

_ph4 = "07481226509"
EN += [
    ("You're through to the legal aid advice line, my name's Tom. Can I take your full name please?",
     [("name", "Tom")]),
    ("Yes, it is Chukwuemeka Okonkwo. C-H-U-K-W-U-E-M-E-K-A, Okonkwo.",
     [("name", "Chukwuemeka Okonkwo"), ("name", "C-H-U-K-W-U-E-M-E-K-A, Okonkwo")]),
    ("Thank you, Mr Okonkwo. And your date of birth?", [("name", "Okonkwo")]),
    ("twenty second of june nineteen eighty one", [("date_of_birth", "twenty second of june nineteen eighty one")],
     "Thank you, Mr Okonkwo. And your date of birth?"),
    ("It's immigration. My appeal hearing at the tribunal is on the seventeenth of next month, ten thirty in the morning.",
     []),
    ("About one thousand six hundred pounds, and the rent is eight hundred and fifty. I have two children.",
     []),
    ("my number is " + say("en", _ph4, "ddddd ddd ddd", sep=", ", zero="zero") + ", it's on WhatsApp also",
     [("phone", say("en", _ph4, "ddddd ddd ddd", sep=", ", zero="zero"))]),
    ("Flat 3, 58 Peckham Hill Street, London, SE15 5JT.",
     [("address", "Flat 3, 58 Peckham Hill Street, London, SE15 5JT")],
     "And what's your current address, Emeka?"),
    ("Yes, emeka dot okonkwo at yahoo dot co dot uk.",
     [("email", "emeka dot okonkwo at yahoo dot co dot uk")]),
    ("Okay Emeka, you're eligible on income, I'm booking you with a caseworker on Thursday at two fifteen.",
     [("name", "Emeka")]),
]


_iq5 = saudi("243801955")
_card5 = card("418744102396205", 16)
_ph5 = "553184072"
EN += [
    ("Gulf Ledger Accountants, good afternoon, how may I help you?", []),
    ("Hello madam, this is Venkatesh Raghunathan, I am NRI based in Riyadh, calling regarding my ITR filing for this year.",
     [("name", "Venkatesh Raghunathan")]),
    ("Sir, the due date is thirty-first July, after that there is a late fee of five thousand rupees under section 234F.",
     []),
    ("Iqama number is " + say("en", _iq5, "dddd ddd ddd", sep=", ", dbl=True) + ".",
     [("id", say("en", _iq5, "dddd ddd ddd", sep=", ", dbl=True))],
     "For the Saudi salary certificate we need your Iqama number also."),
    ("As per passport it is 14-08-1979.", [("date_of_birth", "14-08-1979")],
     "And date of birth, sir?"),
    ("The TDS deducted on your FD interest is eighteen thousand four hundred, that is ten percent, so you can claim some of that back.",
     []),
    ("You can reach me on plus nine six six " + fmt(_ph5, "xx xxx xxxx") + ", WhatsApp is same.",
     [("phone", "plus nine six six " + fmt(_ph5, "xx xxx xxxx"))]),
    ("email id is venky dot r seventy nine at outlook dot com", [("email", "venky dot r seventy nine at outlook dot com")]),
    ("Okay, I will pay the fee by card. " + say("en", _card5, "dddd dddd dddd dddd", sep=", ", dbl=True) + ".",
     [("card", say("en", _card5, "dddd dddd dddd dddd", sep=", ", dbl=True))]),
    ("Our fee for the return plus the DTAA certificate is three hundred and fifty dirhams, sir, and we file within ten working days.",
     []),
]

_card6 = card("521738094412665", 16)
EN += [
    ("Oh hi, yeah, it's Bron Fitzgerald, I rang yesterday about getting some documents notarised for Italy.",
     [("name", "Bron Fitzgerald")]),
    ("No worries. The notarial certificate is a hundred and twenty-five dollars per document, and DFAT charges ninety for each apostille.",
     []),
    ("We've got a slot Wednesday the ninth at eleven forty-five at the Pitt Street office, bring the originals and your passport.",
     []),
    ("Yeah Mastercard, " + fmt(_card6, "xxxx xxxx xxxx xxxx") + ".", [("card", fmt(_card6, "xxxx xxxx xxxx xxxx"))]),
    ("mobile's oh four one two, three five eight, nine oh one",
     [("phone", "oh four one two, three five eight, nine oh one")]),
    ("Sure, it's 9/41 Bondi Road, Bondi, NSW 2026.", [("address", "9/41 Bondi Road, Bondi, NSW 2026")],
     "And what address should go on the invoice?"),
    ("and can you email it as well, bron dot fitz at bigpond dot com",
     [("email", "bron dot fitz at bigpond dot com")]),
    ("That's two documents, so two hundred and fifty plus one eighty, four hundred and thirty all up.", []),
]

_ssn7 = ssn("412-38-7706")
EN += [
    ("Cumberland Legal Aid, intake line, you're on a recorded line.", []),
    ("yeah hi this is darnell washington i got papers for small claims and i don't know what to do",
     [("name", "darnell washington")]),
    ("Your hearing is set for May twenty-eighth at nine a.m., courtroom 4B, and the docket number is 24-GS-118307.",
     []),
    ("It's about a loan to my ex business partner, four thousand two hundred, he was supposed to pay me back by last Christmas.",
     []),
    ("it's " + fmt(_ssn7, "xxx-xx-xxxx"), [("id", fmt(_ssn7, "xxx-xx-xxxx"))],
     "To check eligibility I'll need your social security number. It stays confidential."),
    ("11/3/1990", [("date_of_birth", "11/3/1990")], "And your date of birth?"),
    ("Best number is (615) 290-4418, that's my cell.", [("phone", "(615) 290-4418")]),
    ("1408 Jefferson Street, apartment 2C, Nashville, 37208.",
     [("address", "1408 Jefferson Street, apartment 2C, Nashville, 37208")],
     "And your mailing address?"),
    ("Household of three at nineteen hundred a month puts you under the limit, so someone from the consumer unit will call you within two business days.",
     []),
]

_card8 = card("37958201463720", 15)
_ssn8 = ssn("601-44-8219")
EN += [
    ("Hoffman and Reyes CPAs, this is Tiffany.", [("name", "Tiffany")]),
    ("Hi, I'm Linh Nguyen, I got a letter from the IRS, a CP2000, about my 2022 return.",
     [("name", "Linh Nguyen")]),
    ("They're saying I underreported eleven thousand three hundred and seventy dollars from a 1099-B and they want $3,142 plus interest.",
     []),
    ("The notice is dated June third and you have thirty days to respond, so we've got until about July third.",
     []),
    ("Dave will need a retainer of seven fifty before he calls them. Is card okay?", []),
    ("It's an Amex. " + fmt(_card8, "xxxx xxxxxx xxxxx") + ".", [("card", fmt(_card8, "xxxx xxxxxx xxxxx"))]),
    (say("en", _ssn8, "ddd nn dddd", sep=", ", zero="oh") + ".",
     [("id", say("en", _ssn8, "ddd nn dddd", sep=", ", zero="oh"))],
     "He'll also need your social for the 2848, the power of attorney form."),
    ("um it's December twentieth, '84", [("date_of_birth", "December twentieth, '84")],
     "And your date of birth as it's on the return?"),
    ("email is L-I-N-H dot N-G-U-Y-E-N at hotmail dot com", [("email", "L-I-N-H dot N-G-U-Y-E-N at hotmail dot com")]),
]


_card9 = card("475129030681427", 16)
EN += [
    ("Hello, yes, my name is Margaret Holloway, but everyone calls me Peggy. I'd like to make a will, at last.",
     [("name", "Margaret Holloway"), ("name", "Peggy")]),
    ("A single will is one hundred and ninety-five pounds plus VAT, or three hundred and fifty for mirror wills if your husband's doing one too.",
     []),
    ("I was born on the second of February, nineteen forty-six, so I'm not getting any younger.",
     [("date_of_birth", "the second of February, nineteen forty-six")]),
    ("It's the bungalow at 6 Orchard Close, Wantage, Oxfordshire, OX12 9QA.",
     [("address", "6 Orchard Close, Wantage, Oxfordshire, OX12 9QA")],
     "And the address we should write to?"),
    ("oh one two three five, seven six four, three one eight. I don't have a mobile, dear.",
     [("phone", "oh one two three five, seven six four, three one eight")],
     "Is there a phone number we can reach you on?"),
    ("The Office of the Public Guardian charges eighty-two pounds to register each lasting power of attorney, and it takes around sixteen weeks.",
     []),
    ("The deposit's fifty pounds. Debit card, it's " + fmt(_card9, "xxxx xxxx xxxx xxxx") + "? I'm reading it off the card, the numbers are tiny.",
     [("card", fmt(_card9, "xxxx xxxx xxxx xxxx"))]),
]

_tz10 = tz("31740286")
_ib10 = iban("IL", "0126350000000214587")
_ph10 = "0546318820"
EN += [
    ("Hi, this is Shira Goldberg, I made aliyah from New Jersey, and I need a power of attorney for my parents' affairs back in the States.",
     [("name", "Shira Goldberg")]),
    ("The notary fee is fixed by law, two hundred and something shekels for the first signature and about eighty for each extra copy.",
     []),
    ("My teudat zehut is " + say("en", _tz10, "ddd ddd ddd", sep=", ", zero="zero") + ".",
     [("id", say("en", _tz10, "ddd ddd ddd", sep=", ", zero="zero"))]),
    ("The apostille from the court takes three working days, so if you come on Sunday it's ready Wednesday.",
     []),
    ("For the refund of the deposit, it's Hapoalim, the IBAN is " + fmt(_ib10, "xxxx xxxx xxxx xxxx xxxx xxx") + ".",
     [("iban", fmt(_ib10, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("my cell is " + fmt(_ph10, "xxx-xxx-xxxx") + " and email shira dot goldberg at gmail dot com",
     [("phone", fmt(_ph10, "xxx-xxx-xxxx")), ("email", "shira dot goldberg at gmail dot com")]),
]

_card11 = card("601143970125886", 16)
_ssn11 = ssn("233-70-5164")
EN += [
    ("Law Offices of Ramirez and Cole, how can I direct your call?", []),
    ("The initial consultation with Ms. Ramirez is one fifty for the hour, and that's credited toward the retainer if you hire her.",
     []),
    ("okay so it's four one two eight, no wait sorry that's my old one. okay, " + fmt(_card11, "xxxx xxxx xxxx xxxx") + ", Discover.",
     [("card", fmt(_card11, "xxxx xxxx xxxx xxxx"))]),
    ("The first court date for the custody motion is August fourteenth, and filing the petition is three hundred and ten dollars in this county.",
     []),
    ("It's " + say("en", _ssn11, "ddd dd dddd", sep=" ", zero="oh", dbl=True) + ".",
     [("id", say("en", _ssn11, "ddd dd dddd", sep=" ", zero="oh", dbl=True))],
     "For the child support worksheet she'll need your Social Security number."),
    ("Her birthday is... no, mine, sorry. Mine's July 2nd, 1993.", [("date_of_birth", "July 2nd, 1993")],
     "And your date of birth?"),
    ("3315 Maple Ridge Drive, Apex, North Carolina, 27502.",
     [("address", "3315 Maple Ridge Drive, Apex, North Carolina, 27502")],
     "What's your home address?"),
]

_ib12 = iban("DE", "100700240652213800")
EN += [
    ("Good afternoon, my name is Lukas Brandt, I'm calling from Berlin about my late aunt's estate in Brighton.",
     [("name", "Lukas Brandt")]),
    ("The estate is in the administration period, so we expect to pay the legacies in about six to nine months.", []),
    ("The IBAN is " + fmt(_ib12, "xxxx xxxx xxxx xxxx xxxx xx") + ", Deutsche Bank.",
     [("iban", fmt(_ib12, "xxxx xxxx xxxx xxxx xxxx xx"))],
     "For an overseas payment we need your IBAN and the bank's name."),
    ("My mobile is plus forty-nine one five one, two three four four, eight nine zero six.",
     [("phone", "plus forty-nine one five one, two three four four, eight nine zero six")]),
    ("Kastanienallee 32, 10435 Berlin, second floor, left side.",
     [("address", "Kastanienallee 32, 10435 Berlin, second floor, left side")],
     "And your address in Germany?"),
    ("and email is l dot brandt at posteo dot de", [("email", "l dot brandt at posteo dot de")]),
]

_afm13 = afm("13702946")
_card13 = card("540289316674120", 16)
_ib13 = iban("GR", "01721050005210048306712")
_ib13b = iban("CY", "002019500000357025918460")
EN += [
    ("I inherited a flat in Thessaloniki from my grandmother and the Greek accountant says I need an AFM before anything else.",
     []),
    ("Actually I have one already, it's " + say("en", _afm13, "ddd ddd ddd", sep=", ", zero="zero") + ".",
     [("id", say("en", _afm13, "ddd ddd ddd", sep=", ", zero="zero"))]),
    ("The rent from the flat goes to my Greek account, " + fmt(_ib13, "xxxx xxxx xxxx xxxx xxxx xxxx xxx") + ", at Piraeus Bank.",
     [("iban", fmt(_ib13, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("Greek inheritance tax for a grandchild starts at one percent above a hundred and fifty thousand euros, so yours is well under.", []),
    ("Our fee for the UK side is four hundred and twenty pounds. Card? " + fmt(_card13, "xxxx-xxxx-xxxx-xxxx") + ".",
     [("card", fmt(_card13, "xxxx-xxxx-xxxx-xxxx"))]),
    ("The translator needs the Cypriot court judgment by Friday, and the sworn translation is thirty-five pounds a page, eleven pages.", []),
    ("If it's cheaper to pay you back in euros, my Bank of Cyprus IBAN is " + fmt(_ib13b, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx") + ".",
     [("iban", fmt(_ib13b, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx"))]),
]

_sid14 = saudi("108743265")
_ib14 = iban("SA", "80000000608010167519")
_ib14b = iban("JO", "CBJO0010000000000131000302")
EN += [
    ("I need the degree certificate legalised at the Saudi cultural bureau, and then the embassy stamps it, that's another three weeks.", []),
    ("My national ID is " + fmt(_sid14, "xxxxxxxxxx") + ", and I was born on 5 October 1999.",
     [("id", fmt(_sid14, "xxxxxxxxxx")), ("date_of_birth", "5 October 1999")]),
    ("You can refund it to my Al Rajhi account, S A " + say("en", _ib14[2:], "dd dd dddd dddd dddd dddd dd", zero="zero") + ".",
     [("iban", "S A " + say("en", _ib14[2:], "dd dd dddd dddd dddd dddd dd", zero="zero"))]),
    ("My father's land in Amman is in the inheritance division now, the court session is on the twenty-third at the Sharia court.", []),
    ("My share will be paid to my Jordanian account, " + fmt(_ib14b, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xx") + ".",
     [("iban", fmt(_ib14b, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xx"))]),
    ("We charge a flat two hundred and seventy-five pounds for the statutory declaration plus the ten pound swearing fee.", []),
    ("Ticket number 58213 is your reference, please quote it when you call back between nine and five.", []),
    ("ok and the invoice should say Al Nakheel Trading, not my name, it's the company paying", []),
    ("Your appointment is at ten past three on the thirtieth, third floor, room 308.", []),
]


# ---------------------------------------------------------------- Arabic
# Calls: Riyadh zakat/VAT consultancy (Gulf); Dubai audit firm, corporate tax
# (Levantine caller); Cairo law office, inheritance certificate (Egyptian);
# Amman law office, bounced-cheque case (Jordanian); Casablanca notary and
# family lawyer (Moroccan); Jeddah law firm, commercial contract (Iqama
# holder); Nazareth lawyer, Israeli income-tax assessment; Dubai notary,
# power of attorney; Egyptian accountant, e-invoicing; Kuwait/Riyadh legal
# aid line (MSA).

AR = []
LANGS["ar"] = AR

_id1 = saudi("108372654")
_ib1 = iban("SA", "80000000608014427591")
AR += [
    ("مكتب الرشيد للاستشارات الزكوية والضريبية، معك ريم، كيف أقدر أخدمك؟", [("name", "ريم")]),
    ("هلا والله، معك عبدالعزيز الشهري، عندي مؤسسة صغيرة وأبي أقدّم إقرار القيمة المضافة للربع الثالث",
     [("name", "عبدالعزيز الشهري")]),
    ("حياك الله أستاذ عبدالعزيز، آخر موعد للإقرار نهاية الشهر الجاي، يعني باقي لك تقريباً ثلاثة أسابيع",
     [("name", "عبدالعزيز")]),
    ("المبيعات هالربع تقريباً ٣٢٠ ألف ريال، والضريبة ١٥٪ يعني ثمانية وأربعين ألف", []),
    ("رقم الهوية " + say("ar", _id1, "dd dd ddd ddd", d="gulf", sep="، "),
     [("id", say("ar", _id1, "dd dd ddd ddd", d="gulf", sep="، "))],
     "عطني رقم الهوية الوطنية لو سمحت"),
    ("مواليد ١٤٠٦/٠٩/١٧ هجري", [("date_of_birth", "١٤٠٦/٠٩/١٧ هجري")], "وتاريخ الميلاد؟"),
    ("الآيبان حقي " + fmt(_ib1, "xxxx xxxx xxxx xxxx xxxx xxxx") + " بنك الراجحي",
     [("iban", fmt(_ib1, "xxxx xxxx xxxx xxxx xxxx xxxx"))],
     "إذا طلع لك استرداد من الهيئة، على أي حساب ينزل؟"),
    ("جوالي " + ai("0543218807") + " وعليه واتساب", [("phone", ai("0543218807"))]),
    ("رسوم الخدمة ٧٥٠ ريال شاملة الضريبة، وتدفعها بعد ما نرفع الإقرار", []),
    ("رقم الطلب عندنا ٤٥٢٠١٩٨، احفظه لو تبي تتابع معنا", []),
]

_ph2 = "0504172963"
_ib2 = iban("AE", "0331234567890123456")
AR += [
    ("شركة الأفق للتدقيق والمحاسبة، صباح الخير", []),
    ("صباح النور، أنا اسمي رامي حداد، عندي شركة تجارة عامة بالشارقة وبدي سجّل بضريبة الشركات",
     [("name", "رامي حداد")]),
    ("أكيد أستاذ رامي، الضريبة ٩٪ على الأرباح اللي فوق ٣٧٥ ألف درهم، والموعد بيتحدد حسب شهر إصدار الرخصة",
     [("name", "رامي")]),
    ("الرخصة صادرة بشهر أيار ٢٠١٩، ورقمها ٧٨٣٤١٢", []),
    ("رقمي " + say("ar", _ph2, "ddd ddd nn nn", d="lev", sep="، "),
     [("phone", say("ar", _ph2, "ddd ddd nn nn", d="lev", sep="، "))]),
    ("الإيميل تبعي rami dot haddad at gmail dot com", [("email", "rami dot haddad at gmail dot com")]),
    ("حساب الشركة عند بنك الإمارات دبي الوطني، بس الاسترداد حطّه على حسابي الشخصي " + fmt(_ib2, "xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib2, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("تاريخ ميلادي ٢٣ تشرين الأول ١٩٨٢", [("date_of_birth", "٢٣ تشرين الأول ١٩٨٢")],
     "ومنحتاج تاريخ ميلاد المفوّض بالتوقيع"),
    ("رسوم التسجيل عنّا ألف وخمسمية درهم، والإقرار السنوي بينحسب لحال", []),
    ("السنة المالية عندكم من أول كانون التاني لآخر كانون الأول؟ يعني أول إقرار بيكون بأيلول ٢٠٢٥", []),
]

_ph3 = "01004567892"
_ib3 = iban("EG", "0019000500000000263180002")
_card3 = card("507803120946718", 16)
AR += [
    ("مكتب النيل للمحاماة والاستشارات القانونية، اتفضلي يا فندم", []),
    ("أيوه، أنا نادية عبد الفتاح، كنت عايزة أطلّع إعلام وراثة لبابا الله يرحمه",
     [("name", "نادية عبد الفتاح")]),
    ("البقاء لله يا مدام نادية. الجلسة في محكمة الأسرة هتبقى يوم الحد ١٢ الشهر الجاي الساعة تسعة الصبح",
     [("name", "نادية")]),
    ("أتعاب الإعلام ألف وخمسمية جنيه، ومصاريف المحكمة حوالي تلتمية", []),
    ("رقم موبايلي " + say("ar", _ph3, "dddd ddd dddd", d="egy", sep="، "),
     [("phone", say("ar", _ph3, "dddd ddd dddd", d="egy", sep="، "))]),
    ("العنوان ١٥ شارع مصدق، الدور الرابع، شقة ٨، الدقي، الجيزة",
     [("address", "١٥ شارع مصدق، الدور الرابع، شقة ٨، الدقي، الجيزة")],
     "وعنوان حضرتك إيه عشان نكتبه في الطلب؟"),
    ("مواليد خمستاشر أربعة سبعين", [("date_of_birth", "خمستاشر أربعة سبعين")], "وتاريخ ميلادك يا فندم؟"),
    ("إعلام الوراثة بياخد من أسبوعين لتلات أسابيع بعد الجلسة، وبعدين نروح الشهر العقاري", []),
    ("هدفع المقدم بكارت ميزة، الرقم " + ai(fmt(_card3, "xxxx xxxx xxxx xxxx")),
     [("card", ai(fmt(_card3, "xxxx xxxx xxxx xxxx")))]),
    ("ولما التركة تتقسم حوّلولي نصيبي على " + fmt(_ib3, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx x"),
     [("iban", fmt(_ib3, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx x"))]),
]

_ph4 = "0795523148"
_ib4 = iban("JO", "ARAB1210000000121003445500")
AR += [
    ("مكتب العدالة للمحاماة، مرحبا", []),
    ("مرحبا، معك خليل النابلسي، أبو سامر، عندي قضية شيك راجع",
     [("name", "خليل النابلسي"), ("name", "أبو سامر")]),
    ("الشيك قيمته سبعة آلاف وخمسمية دينار، ومؤرخ بتاريخ ٢٠٢٣/١١/٥", []),
    ("الجلسة الجاية بمحكمة صلح جزاء عمّان يوم الأربعاء الساعة عشرة ونص", []),
    ("اه اكتب عندك " + say("ar", _ph4, "ddd ddd dd dd", d="lev", sep="، "),
     [("phone", say("ar", _ph4, "ddd ddd dd dd", d="lev", sep="، "))],
     "شو رقم تلفونك يا أبو سامر؟"),
    ("ساكن في عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني",
     [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")]),
    ("لما ندفع الأتعاب بدي الوصل على الإيميل، خليل أندرسكور ناب آت ياهو دوت كوم",
     [("email", "خليل أندرسكور ناب آت ياهو دوت كوم")]),
    ("تمام أبو سامر، بنبعتلك الوكالة توقّعها عند كاتب العدل", [("name", "أبو سامر")]),
    ("أتعاب القضية ألف دينار، نص بالأول ونص عند الحكم", []),
    ("وإذا حكمنا بالمبلغ بيتحول على حسابي " + fmt(_ib4, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xx"),
     [("iban", fmt(_ib4, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx xx"))]),
]


_ph5 = "0661234578"
_card5 = card("402418736650912", 16)
AR += [
    ("مكتب التوثيق الأندلس، السلام عليكم", []),
    ("وعليكم السلام، أنا سميتي خديجة بنعلي، بغيت نسول على الإراثة ديال الواليد الله يرحمو",
     [("name", "خديجة بنعلي")]),
    ("مرحبا لالة خديجة، خاصنا رسم الإراثة من عند العدول والشهادة ديال الوفاة", [("name", "خديجة")]),
    ("رسوم التسجيل ديال العقد أربعة فالمية، والتوثيق ألفين درهم", []),
    ("النمرة ديالي " + say("ar", _ph5, "dd nn nn nn nn", d="mag", sep="، "),
     [("phone", say("ar", _ph5, "dd nn nn nn nn", d="mag", sep="، "))]),
    ("كنسكن ف زنقة ابن بطوطة رقم ١٤، المعاريف، الدار البيضاء",
     [("address", "زنقة ابن بطوطة رقم ١٤، المعاريف، الدار البيضاء")],
     "شنو هي العنوان ديالك؟"),
    ("تزاديت ف ١٢ مارس ١٩٨٨", [("date_of_birth", "١٢ مارس ١٩٨٨")], "وتاريخ الازدياد؟"),
    ("الإيميل ديالي khadija point benali arobase gmail point com",
     [("email", "khadija point benali arobase gmail point com")]),
    ("نخلص الاستشارة بالكارط، " + fmt(_card5, "xxxx xxxx xxxx xxxx") + "، فيزا",
     [("card", fmt(_card5, "xxxx xxxx xxxx xxxx"))]),
    ("الموعد عند العدول نهار الخميس مع العشرة ديال الصباح، جيبي معاك البطاقة الوطنية ديال الورثة كاملين", []),
]

_iq6 = saudi("234891076")
_card6 = card("446404187731025", 16)
_ph6 = "0561903847"
AR += [
    ("شركة السديري وشركاه للمحاماة والاستشارات، تفضل", []),
    ("السلام عليكم، معاك المهندس أحمد فتحي، أنا مقيم في جدة وعندي مشكلة في عقد توريد مع مؤسسة هنا",
     [("name", "أحمد فتحي")]),
    ("رقم الإقامة " + ai(_iq6), [("id", ai(_iq6))], "ممكن رقم الإقامة عشان نفتح لك ملف؟"),
    ("العقد قيمته ٢٨٠ ألف ريال، والشرط الجزائي ١٠٪ لو اتأخر التسليم أكتر من ٣٠ يوم", []),
    ("الاستشارة الأولى بخمسمية ريال، ولو رفعنا دعوى في المحكمة التجارية الأتعاب تكون نسبة من المطالبة", []),
    ("تمام يا باشمهندس أحمد، تدفع بمدى ولا فيزا؟", [("name", "أحمد")]),
    ("مدى، الرقم " + say("ar", _card6, "dddd dddd dddd dddd", d="egy", sep="، "),
     [("card", say("ar", _card6, "dddd dddd dddd dddd", d="egy", sep="، "))]),
    ("الجوال " + say("ar", _ph6, "ddd ddd dddd", d="egy", sep="، ").replace("صفر", "زيرو"),
     [("phone", say("ar", _ph6, "ddd ddd dddd", d="egy", sep="، ").replace("صفر", "زيرو"))]),
    ("وابعتلي العقد على الإيميل ahmed_fathy85@hotmail.com", [("email", "ahmed_fathy85@hotmail.com")]),
    ("المحكمة التجارية حددت أول جلسة يوم ٢٠ رجب، وبنرسل لك مذكرة الدفاع قبلها بأسبوع", []),
]

_tz7 = tz("20583164")
_ib7 = iban("IL", "0105540000000398211")
AR += [
    ("مكتب الناصرة للضرائب والمحاسبة، مسا الخير، معك رنا", [("name", "رنا")]),
    ("مسا النور، معك وسيم خوري، وصلني تقدير من ضريبة الدخل ومش فاهم ليش", [("name", "وسيم خوري")]),
    ("بدهم مني ٤٢ ألف شيكل عن سنة ٢٠٢١ و٢٠٢٢، والاعتراض لازم يكون خلال ٣٠ يوم من تاريخ الرسالة", []),
    ("رقم الهوية تبعي " + say("ar", _tz7, "ddd ddd ddd", d="lev", sep="، "),
     [("id", say("ar", _tz7, "ddd ddd ddd", d="lev", sep="، "))]),
    ("مواليد ٣/٨/١٩٧٥", [("date_of_birth", "٣/٨/١٩٧٥")], "وتاريخ الميلاد؟"),
    ("تمام يا وسيم، بدي كمان رقم الحساب اللي بتنزل عليه المعاشات أو الاسترجاع", [("name", "وسيم")]),
    ("حسابي بلئومي، " + fmt(_ib7, "xxxx xxxx xxxx xxxx xxxx xxx"), [("iban", fmt(_ib7, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("البيت بالناصرة، حي الصفافرة، شارع ٦٠٥٣، بيت رقم ١٢",
     [("address", "الناصرة، حي الصفافرة، شارع ٦٠٥٣، بيت رقم ١٢")],
     "وين العنوان المسجل عندك بالهوية؟"),
    ("اتصلي على ٠٥٢-٦٧٤-٣٩١٠ بعد الساعة خمسة، بكون خلصت شغل",
     [("phone", "٠٥٢-٦٧٤-٣٩١٠")]),
    ("الاجتماع مع مأمور التقييم بمكتب ضريبة الدخل بنوف هجليل يوم الاثنين ٩ الشهر الساعة ١١:٣٠", []),
    ("أتعاب الاعتراض ٣٥٠٠ شيكل زائد ضريبة القيمة المضافة ١٨٪", []),
]


_card8 = card("37451890226314", 15)
AR += [
    ("كاتب العدل الخاص، فرع دبي مارينا، معك ليلى", [("name", "ليلى")]),
    ("بونجور، أنا جوزيف عون، بس كلّن بيقولولي جو، بدي أعمل وكالة عامة لخيي بلبنان",
     [("name", "جوزيف عون"), ("name", "جو")]),
    ("الوكالة العامة بتكلّف ٩٥٠ درهم، والتصديق من وزارة الخارجية ١٥٠ درهم لكل ورقة", []),
    ("بدفع بالأميكس، " + fmt(_card8, "xxxx xxxxxx xxxxx"), [("card", fmt(_card8, "xxxx xxxxxx xxxxx"))]),
    ("ابعتيلي التأكيد على جو دوت عون آت آي كلاود دوت كوم", [("email", "جو دوت عون آت آي كلاود دوت كوم")]),
    ("رقمي 00971 55 820 4436، إذا ما رديت ابعتي رسالة", [("phone", "00971 55 820 4436")]),
    ("الموعد يوم التلاتا الساعة ٤ العصر، وجيب الهوية الإماراتية والباسبور الأصلي", []),
]

_card9 = card("428671093345018", 16)
_ib9 = iban("EG", "0003010800000000417250019")
AR += [
    ("مكتب المصرية للمحاسبة والمراجعة، صباح الخير", []),
    ("صباح النور، أنا محمد عبد الرحيم، عندي ورشة نجارة في طنطا، وعايز أفهم موضوع الفاتورة الإلكترونية",
     [("name", "محمد عبد الرحيم")]),
    ("رقم التسجيل الضريبي للورشة ٦٤٣٢١٨٥٠٧، مكتوب على البطاقة الضريبية", []),
    ("الفاتورة الإلكترونية إلزامية من أول يوليو، والغرامة ممكن توصل لخمسين ألف جنيه", []),
    ("سابع شهر واحد سنة تمانية وستين", [("date_of_birth", "سابع شهر واحد سنة تمانية وستين")],
     "تمام يا حاج، وتاريخ الميلاد عشان نسجل حضرتك على المنظومة؟"),
    ("العنوان ٤ شارع البحر، برج النور، الدور التالت، طنطا، الغربية",
     [("address", "٤ شارع البحر، برج النور، الدور التالت، طنطا، الغربية")]),
    ("رقم الكارت " + say("ar", _card9, "nn nn nn nn nn nn nn nn", d="egy", sep=" "),
     [("card", say("ar", _card9, "nn nn nn nn nn nn nn nn", d="egy", sep=" "))],
     "الاشتراك في المنظومة عندنا ٢٤٠٠ جنيه في السنة، هتدفع كاش ولا كارت؟"),
    ("الإيميل mohamed.abdelrehim1968@yahoo.com", [("email", "mohamed.abdelrehim1968@yahoo.com")]),
    ("ولو طلعلي فلوس راجعة من الضرايب تنزل على " + fmt(_ib9, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx x"),
     [("iban", fmt(_ib9, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx x"))]),
]

_id10 = saudi("112390587")
_ib10 = iban("SA", "20000002348010039157")
AR += [
    ("مرحباً بكم في خط المساعدة القانونية المجانية، معكم المستشار فيصل العتيبي، كيف يمكنني مساعدتك؟",
     [("name", "فيصل العتيبي")]),
    ("السلام عليكم، أنا نورة سعد القحطاني، عندي استفسار عن دعوى نفقة",
     [("name", "نورة سعد القحطاني")]),
    ("أهلاً أستاذة، دعوى النفقة ترفع في محكمة الأحوال الشخصية، ويُحدد أول موعد خلال ١٥ إلى ٢٠ يوم عمل", []),
    ("رقم الهوية " + say("ar", _id10, "dddddddddd", d="msa"),
     [("id", say("ar", _id10, "dddddddddd", d="msa"))], "أحتاج رقم الهوية الوطنية لفتح الطلب"),
    ("الخامس عشر من رجب عام ألف وأربعمئة وعشرة", [("date_of_birth", "الخامس عشر من رجب عام ألف وأربعمئة وعشرة")],
     "وتاريخ الميلاد من فضلك"),
    ("الرياض، حي الملقا، شارع أنس بن مالك، مبنى ٨٤١٢",
     [("address", "الرياض، حي الملقا، شارع أنس بن مالك، مبنى ٨٤١٢")], "والعنوان الوطني؟"),
    ("جوالي " + ai(fmt("0592147368", "xxx xxx xxxx")), [("phone", ai(fmt("0592147368", "xxx xxx xxxx")))]),
    ("والنفقة لو حكم فيها تحول على الآيبان، إس إيه " + ai(fmt(_ib10[2:], "xx xxxx xxxx xxxx xxxx xxxx")),
     [("iban", "إس إيه " + ai(fmt(_ib10[2:], "xx xxxx xxxx xxxx xxxx xxxx")))]),
    ("الخدمة مجانية بالكامل، ومدة الاستشارة ٣٠ دقيقة، وأقرب موعد متاح يوم الأحد ١٤ الساعة ١٠ صباحاً", []),
    ("رقم البلاغ ٧٧٢١٠٤، وستصلك رسالة نصية بتفاصيل الموعد", []),
]

_iq11 = saudi("245017738")
_card11 = card("524619008732451", 16)
AR += [
    ("يا أخوي أنا عايز أجدد الوكالة للمحامي في قضية الميراث في الخرطوم، الجلسة الجاية يوم ١٨ سبتمبر", []),
    ("الإقامة رقمها " + say("ar", _iq11, "d dd ddd dddd", d="msa", sep="، "),
     [("id", say("ar", _iq11, "d dd ddd dddd", d="msa", sep="، "))]),
    ("ساكن في الرياض، حي العزيزية، شارع الخرج، عمارة ١٩ شقة ٤",
     [("address", "الرياض، حي العزيزية، شارع الخرج، عمارة ١٩ شقة ٤")]),
    ("الإيميل a b u g a s i m 70 at gmail dot com", [("email", "a b u g a s i m 70 at gmail dot com")]),
    ("والتلفون ٠٥٠٨٣٢٦١٤٧", [("phone", "٠٥٠٨٣٢٦١٤٧")]),
    ("رسوم التصديق من السفارة خمسين ريال، والتوثيق ياخذ يومين عمل", []),
    ("ادفع بالبطاقة " + ai(fmt(_card11, "xxxx xxxx xxxx xxxx")), [("card", ai(fmt(_card11, "xxxx xxxx xxxx xxxx")))]),
]

_id12 = saudi("109245530")
_card12 = card("458012662903177", 16)
AR += [
    ("بخصوص صك حصر الورثة، المحكمة حددت الموعد ٢٢ شوال الساعة ٩ ونص", []),
    ("هويتي " + ai(fmt(_id12, "xxxx xxx xxx")) + " ومواليد ٢٥-٠٢-١٩٩١",
     [("id", ai(fmt(_id12, "xxxx xxx xxx"))), ("date_of_birth", "٢٥-٠٢-١٩٩١")]),
    ("عدد الورثة سبعة: الزوجة وأربعة أولاد وبنتين، والتركة فيها أرض في أبحر", []),
    ("الإيميل m.alghamdi@outlook.sa والصك ارسلوه لي PDF", [("email", "m.alghamdi@outlook.sa")]),
    ("أتعاب الحصر ٣٠٠٠ ريال، ادفع بالفيزا " + say("ar", _card12, "dddd dddd dddd dddd", d="gulf", sep="، "),
     [("card", say("ar", _card12, "dddd dddd dddd dddd", d="gulf", sep="، "))]),
]

_tz13 = tz("03481927")
_ib13 = iban("IL", "0316020000000587304")
AR += [
    ("بدي أقسّط الغرامة اللي حكمت فيها المحكمة، ٦٠٠٠ شيكل، ما بقدر أدفعها مرة وحدة", []),
    ("رقم الهوية " + fmt(_tz13, "xxx xxx xxx"), [("id", fmt(_tz13, "xxx xxx xxx"))]),
    ("شعفاط، شارع المدارس، بناية ٧، الطابق الأول", [("address", "شعفاط، شارع المدارس، بناية ٧، الطابق الأول")],
     "وشو العنوان اللي بنبعت عليه الاتفاقية؟"),
    ("الدفعة الأولى ١٥ الشهر، وبعدها ١٢ دفعة كل وحدة ٥٠٠ شيكل بالخصم من الحساب", []),
    ("الحساب اللي بدفع منه " + fmt(_ib13, "xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib13, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("ساعات الدوام من الأحد للخميس من ٨ الصبح لـ ٤ العصر، ويوم الجمعة مسكّر", []),
    ("التحويل على حساب المكتب بياخد ٢٤ ساعة، وبعدين بنبعتلك الإيصال", []),
    ("غرامة التأخير بتقديم التقرير السنوي ٢٥٠ شيكل عن كل شهر، ومنقدر نطلب إلغاءها إذا في سبب", []),
    ("القاضي أجّل القضية لشهر ٣، والجلسة رقم ٤ بتكون الساعة ١٢ الظهر بقاعة ٢٠٧", []),
]


_id14 = saudi("104462918")
_card14 = card("540870331259846", 16)
AR += [
    ("لا لا غلطت، هذا رقم أبوي. الصحيح " + ai(_id14), [("id", ai(_id14))],
     "رقم الهوية اللي عطيتني إياه ما طلع في النظام، ممكن تعيده؟"),
    ("خليني أعيد عليك: " + ai(fmt(_card14, "xxxx xxxx xxxx xxxx")) + "، صح؟ وبنخصم ١٢٠٠ ريال دفعة أولى من الأتعاب",
     [("card", ai(fmt(_card14, "xxxx xxxx xxxx xxxx")))]),
]


# ---------------------------------------------------------------- Hebrew
# Calls: accountant, salaried tax refund; law office, probate (Russian-speaking
# caller); legal-aid district office (Ethiopian-Israeli caller); notary,
# certified translation (French immigrant); tax advisor, VAT for a small
# business (Arab citizen); family lawyer; US-tax preparer for an Anglo;
# lawyer for a lasting power of attorney (older caller); company
# registration lawyer; small-claims consultation; tax assessment objection.

HE = []
LANGS["he"] = HE

_tz1 = tz("03958271")
_ib1 = iban("IL", "0108120000004519320")
_ph1 = "0547723105"
HE += [
    ("משרד רואי חשבון לוי את שטרן, שלום, מדברת אורטל", [("name", "אורטל")]),
    ("היי, מדברת מיכל אברהמי, רציתי לבדוק מה קורה עם ההחזר מס שלי",
     [("name", "מיכל אברהמי")]),
    ("הגשנו את הבקשה לשנים 2019 עד 2023, ומס הכנסה אמרו שזה לוקח בערך תשעים יום", []),
    ("כן, " + say("he", _tz1, "ddd ddd ddd", sep=", "), [("id", say("he", _tz1, "ddd ddd ddd", sep=", "))],
     "את יכולה להגיד לי מספר תעודת זהות?"),
    ("תודה מיכל, אני רואה את התיק, הוא אצל המפקח מאז מרץ", [("name", "מיכל")]),
    ("לפי החישוב מגיע לך בערך 4,870 שקל, בעיקר בגלל נקודות הזיכוי על הילדים והתרומות לפי סעיף 46", []),
    ("תעבירו לחשבון בלאומי, ה-IBAN זה " + fmt(_ib1, "xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib1, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("שכר הטרחה שלנו 15 אחוז מההחזר, מינימום 350 שקל פלוס מע\"מ", []),
    ("הנייד שלי " + say("he", _ph1, "ddd ddd nn nn"), [("phone", say("he", _ph1, "ddd ddd nn nn"))]),
    ("והמייל michal.avrahami שטרודל gmail נקודה com", [("email", "michal.avrahami שטרודל gmail נקודה com")]),
]

_tz2 = tz("33160482")
HE += [
    ("משרד עורכי דין גרינברג ושות', שלום", []),
    ("שלום, אני ולדימיר קוזלוב, אבל כולם קוראים לי וולודיה. אני צריך צו ירושה אחרי אמא שלי",
     [("name", "ולדימיר קוזלוב"), ("name", "וולודיה")]),
    ("אמא נפטרה בחודש שעבר, בעשרים ושניים, והיא השאירה צוואה בכתב יד", []),
    ("בקשה לצו קיום צוואה מגישים לרשם לענייני ירושה, האגרה בערך אלף ומאה שקל והפרסום בעיתון עוד כמה מאות", []),
    ("בסדר וולודיה, ומה הכתובת שלך?", [("name", "וולודיה")]),
    ("רחוב הרצל ארבעים ושתיים, דירה שבע, אשדוד", [("address", "רחוב הרצל ארבעים ושתיים, דירה שבע, אשדוד")],
     "בסדר וולודיה, ומה הכתובת שלך?"),
    ("נולדתי חמישה באוגוסט אלף תשע מאות שישים ושלוש, בלנינגרד",
     [("date_of_birth", "חמישה באוגוסט אלף תשע מאות שישים ושלוש")]),
    ("תעודת זהות " + say("he", _tz2, "ddddddddd", g="m"), [("id", say("he", _tz2, "ddddddddd", g="m"))]),
    ("טלפון בבית " + fmt("088563317", "xx-xxx-xxxx") + ", נייד אין לי, רק של הבת", [("phone", fmt("088563317", "xx-xxx-xxxx"))]),
    ("אם אין התנגדות זה לוקח חודשיים-שלושה בלי דיון, ואם יש, זה עובר לבית המשפט לענייני משפחה", []),
]

_tz3 = tz("31274908")
HE += [
    ("הסיוע המשפטי מחוז דרום, שלום, במה אפשר לעזור?", []),
    ("שלום, שמי אלמז טקלה, קיבלתי מכתב מבית המשפט שמישהו הגיש נגדי תביעה", [("name", "אלמז טקלה")]),
    ("ט-ק-ל-ה, טקלה", [("name", "ט-ק-ל-ה, טקלה")], "אפשר לאיית את שם המשפחה?"),
    ("הזכאות נקבעת לפי מבחן הכנסה ומבחן סיכויי התביעה, ותשלום ההשתתפות הוא 143 שקל", []),
    ("מספר זהות " + _tz3 + ", תאריך לידה 01.01.1980", [("id", _tz3), ("date_of_birth", "01.01.1980")]),
    ("בסדר אלמז, מה הכתובת שלך?", [("name", "אלמז")]),
    ("רחוב ביאליק 5, דירה 12, קריית מלאכי", [("address", "רחוב ביאליק 5, דירה 12, קריית מלאכי")],
     "בסדר אלמז, מה הכתובת שלך?"),
    ("הטלפון שלי " + fmt("0507712384", "xxx-xxx-xxxx") + ", אם לא עונה תשאירו הודעה",
     [("phone", fmt("0507712384", "xxx-xxx-xxxx"))]),
    ("הדיון נקבע ל-14 ביולי בשעה 10:30 בבית משפט השלום באשקלון, תיק מספר 45821-03-24", []),
    ("יש לך 30 יום מהיום שקיבלת את המכתב להגיש כתב הגנה, אז אל תחכי", []),
]

_card4 = card("458003217765194", 16)
_ib4 = iban("FR", "30006000011234567890189")
HE += [
    ("משרד נוטריון, שלום, מדבר עורך דין אבי פרץ", [("name", "אבי פרץ")]),
    ("Bonjour, אה סליחה, שלום! קוראים לי ז'וליין אזולאי, אני צריך אישור נוטריוני לתרגום של מסמכים מצרפת",
     [("name", "ז'וליין אזולאי")]),
    ("התעריף קבוע בתקנות, 236 שקל לעמוד הראשון של התרגום ו-188 לכל עמוד נוסף, פלוס מע\"מ", []),
    ("אפשר לשלם באשראי? ויזה " + fmt(_card4, "xxxx xxxx xxxx xxxx"), [("card", fmt(_card4, "xxxx xxxx xxxx xxxx"))]),
    ("ואם יש החזר, לחשבון שלי בצרפת, " + fmt(_ib4, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib4, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("הטלפון הצרפתי שלי פלוס שלושים ושלוש, שש, שתיים ארבע, שמונה תשע, חמש אפס, שבע אחת",
     [("phone", "פלוס שלושים ושלוש, שש, שתיים ארבע, שמונה תשע, חמש אפס, שבע אחת")]),
    ("המייל ז'וליין נקודה אזולאי שטרודל אורנג' נקודה אף אר", [("email", "ז'וליין נקודה אזולאי שטרודל אורנג' נקודה אף אר")]),
    ("האפוסטיל מבית המשפט לוקח יום-יומיים, אפשר לבוא ביום ראשון בין 9 ל-1", []),
]


_tz5 = tz("20391746")
HE += [
    ("משרד יועצי מס מרכז, מדבר אלון", [("name", "אלון")]),
    ("אהלן, מדבר סאמר חוסיין מטייבה, פתחתי עוסק מורשה ויש לי שאלה על הדוח למע\"מ",
     [("name", "סאמר חוסיין")]),
    ("הדוח הדו-חודשי מוגש עד ה-15 בחודש שאחרי, ואם מאחרים יש קנס על כל שבועיים של איחור", []),
    ("המחזור שלך מעל 120 אלף בשנה, אז אתה לא יכול להיות עוסק פטור", []),
    ("זהות שלי " + _tz5[:3] + " " + say("he", _tz5[3:], "nn nn nn"),
     [("id", _tz5[:3] + " " + say("he", _tz5[3:], "nn nn nn"))]),
    ("הבית והעסק באותה כתובת, רחוב אבן סינא 14, טייבה", [("address", "רחוב אבן סינא 14, טייבה")]),
    ("תרשום את הנייד, 052-6431187", [("phone", "052-6431187")]),
    ("מייל samer_hussein84@walla.co.il", [("email", "samer_hussein84@walla.co.il")]),
    ("סבבה סאמר, אני שולח לך ייפוי כוח לחתימה כדי שנוכל לייצג אותך מול מע\"מ", [("name", "סאמר")]),
    ("החשבונית האחרונה הייתה על 11,700 שקל פלוס מע\"מ, מספר חשבונית 0048", []),
]

_card6 = card("458827301946550", 16)
HE += [
    ("משרד עורכי דין לדיני משפחה, שלום", []),
    ("היי, זה נועה, נועה בן דוד, דיברתי איתכם לפני שבוע על הגירושין",
     [("name", "נועה"), ("name", "נועה בן דוד")]),
    ("פגישת ייעוץ ראשונה זה 600 שקל לשעה, ואם פותחים תיק זה מקוזז מהמקדמה", []),
    ("אוקיי אז באשראי, " + say("he", _card6, "dddd dddd dddd dddd", sep=", "),
     [("card", say("he", _card6, "dddd dddd dddd dddd", sep=", "))]),
    ("שלושה בספטמבר שמונים ושבע", [("date_of_birth", "שלושה בספטמבר שמונים ושבע")],
     "צריך גם את תאריך הלידה שלך לכתב התביעה"),
    ("הדיון בבית הדין הרבני נקבע לעשרים ושמונה בנובמבר, בתשע ורבע", []),
    ("מזונות לשני ילדים זה בדרך כלל בין 3,000 ל-4,500 שקל, תלוי בהכנסות של שניכם", []),
    ("אני עכשיו גרה אצל ההורים, רחוב סוקולוב 18, רמת השרון", [("address", "רחוב סוקולוב 18, רמת השרון")]),
]

_ssn7 = ssn("147-52-6093")
_ib7 = iban("GB", "BARC20325371946028")
_card7 = card("37428810539216", 15)
HE += [
    ("Hi, שלום, מדבר דני רוזנפלד, I mean, אני צריך מישהו שיגיש לי את הדוח לאמריקה",
     [("name", "דני רוזנפלד")]),
    ("הסושיאל שלי זה " + fmt(_ssn7, "xxx-xx-xxxx") + ", יש לי את הכרטיס איפשהו",
     [("id", fmt(_ssn7, "xxx-xx-xxxx"))]),
    ("את ה-FBAR צריך להגיש אם היה לך מעל 10,000 דולר בכל החשבונות ביחד, בכל רגע במהלך השנה", []),
    ("הדדליין לאמריקאים שגרים בחו\"ל זה 15 ביוני, ואפשר הארכה עד 15 באוקטובר", []),
    ("יש לי גם חשבון באנגליה מהתקופה שגרתי בלונדון, " + fmt(_ib7, "xxxx xxxx xxxx xxxx xxxx xx"),
     [("iban", fmt(_ib7, "xxxx xxxx xxxx xxxx xxxx xx"))]),
    ("the email is danny dot rosenfeld at gmail dot com", [("email", "danny dot rosenfeld at gmail dot com")]),
    ("אוקיי דני, אז אני שולח לך את השאלון, והמחיר לדוח פשוט עם FBAR זה 650 דולר", [("name", "דני")]),
    ("אני אשלם באמריקן אקספרס, " + fmt(_card7, "xxxx xxxxxx xxxxx"), [("card", fmt(_card7, "xxxx xxxxxx xxxxx"))]),
    ("ואם צריך אותי, פלוס 972 58 441 2207", [("phone", "פלוס 972 58 441 2207")]),
]

_tz8 = tz("05472193")
HE += [
    ("שלום, מדברת אסתר שמעוני, אני בת שמונים ושלוש, והבן שלי אמר שאני צריכה לעשות ייפוי כוח מתמשך",
     [("name", "אסתר שמעוני")]),
    ("גברת שמעוני, זה נעשה אצל עורך דין שעבר הכשרה מיוחדת, ואחר כך מפקידים אצל האפוטרופוס הכללי",
     [("name", "שמעוני")]),
    ("נולדתי בט\"ו בשבט תש\"א, אבל בתעודת זהות כתוב פברואר ארבעים ואחת",
     [("date_of_birth", "ט\"ו בשבט תש\"א"), ("date_of_birth", "פברואר ארבעים ואחת")]),
    ("הכתובת: עזה 27, קומה שלוש, רחביה, ירושלים. אין מעלית", [("address", "עזה 27, קומה שלוש, רחביה, ירושלים")]),
    ("אפס שתיים, חמש שש שלוש, שמונה אפס תשע אחת", [("phone", "אפס שתיים, חמש שש שלוש, שמונה אפס תשע אחת")],
     "יש טלפון בבית שאפשר לחזור אלייך?"),
    ("תעודת זהות " + say("he", _tz8, "ddd ddd ddd", sep=", "), [("id", say("he", _tz8, "ddd ddd ddd", sep=", "))]),
    ("הפגישה ביום שלישי הבא בעשר וחצי, והעורך דין יכול להגיע אלייך הביתה בתוספת 300 שקל", []),
]


_ib9 = iban("IL", "0207790000001846025")
_card9 = card("532641098257730", 16)
HE += [
    ("היי, מדבר עידו כץ, אני רוצה לפתוח חברה בע\"מ עם עוד שותף, סטארט-אפ קטן", [("name", "עידו כץ")]),
    ("אגרת הרישום ברשם החברות היא בערך 2,600 שקל, ואנחנו גובים 3,500 על כל התהליך", []),
    ("מייל ido.katz שטרודל proton נקודה me", [("email", "ido.katz שטרודל proton נקודה me")]),
    ("את שכר הטרחה אני משלם מהחשבון הפרטי, " + fmt(_ib9, "xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib9, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("או בכרטיס, מאסטרקארד " + fmt(_card9, "xxxx-xxxx-xxxx-xxxx"), [("card", fmt(_card9, "xxxx-xxxx-xxxx-xxxx"))]),
    ("בתקנון נרשום 100 מניות רגילות בנות 0.01 ש\"ח כל אחת, חצי-חצי בין השותפים", []),
]

_ph10 = "0546723120"
_ib10 = iban("IL", "0126080000000331947")
HE += [
    ("שלום, אני רוצה לשאול על תביעות קטנות, הבן אדם חייב לי 18 אלף שקל כבר שנה", []),
    ("התקרה בתביעות קטנות היא בסביבות 39 אלף, והאגרה אחוז מסכום התביעה", []),
    ("שלמה, שלמה אוחיון", [("name", "שלמה"), ("name", "שלמה אוחיון")], "איך קוראים לך, אדוני?"),
    ("תרשמי, " + say("he", _ph10, "ddd nnn nn nn", sep=", "), [("phone", say("he", _ph10, "ddd nnn nn nn", sep=", "))]),
    ("הדיון נקבע בדרך כלל תוך שלושה-ארבעה חודשים, ובתביעות קטנות לא צריך עורך דין באולם", []),
    ("ייעוץ טלפוני של רבע שעה עולה 250 שקל, ואם תרצה שנכין לך את כתב התביעה זה 1,200", []),
    ("ואם זוכים, שהכסף ייכנס לחשבון שלי, " + fmt(_ib10, "xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib10, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
]

_tz11 = tz("32690814")
_ib11 = iban("IL", "0317240000000652108")
_card11 = card("458019623347801", 16)
HE += [
    ("שלום, מדברת לנה קוגן, קיבלתי שומה לפי מיטב השפיטה על 2022, הם אומרים שאני חייבת 27 אלף",
     [("name", "לנה קוגן")]),
    ("יש שלושים יום להגיש השגה מיום קבלת השומה, וזה לא עולה כסף מול מס הכנסה, רק שכר הטרחה שלנו", []),
    ("ילידת 17.11.1979, ותעודת זהות " + say("he", _tz11, "ddddddddd"),
     [("date_of_birth", "17.11.1979"), ("id", say("he", _tz11, "ddddddddd"))]),
    ("הכתובת שלי ויצמן 9, דירה 4, כפר סבא", [("address", "ויצמן 9, דירה 4, כפר סבא")]),
    ("איי אל " + fmt(_ib11[2:], "xx xxxx xxxx xxxx xxxx xxx"), [("iban", "איי אל " + fmt(_ib11[2:], "xx xxxx xxxx xxxx xxxx xxx"))],
     "לאיזה חשבון יחזירו אם ההשגה תתקבל?"),
    ("ויזה " + fmt(_card11, "xxxx xxxx xxxx xxxx") + ", תוקף עד 08/27", [("card", fmt(_card11, "xxxx xxxx xxxx xxxx"))],
     "המקדמה היא 1,500 שקל, איך תשלמי?"),
    ("lena.kogan79 שטרודל yahoo נקודה com", [("email", "lena.kogan79 שטרודל yahoo נקודה com")], "ומייל לשליחת הטיוטה?"),
]

_ib12 = iban("DE", "500105175408823117")
_card12 = card("490218870336214", 16)
HE += [
    ("אבא שלי קיבל רנטה מגרמניה, ועכשיו אחרי שנפטר צריך לסגור את החשבון שם ולהעביר את הכסף ליורשים", []),
    ("החשבון בגרמניה זה " + fmt(_ib12, "xxxx xxxx xxxx xxxx xxxx xx") + ", בבנק ING",
     [("iban", fmt(_ib12, "xxxx xxxx xxxx xxxx xxxx xx"))]),
    ("אני יליד עשרים ושניים במאי חמישים ושתיים, אם צריך לטופס", [("date_of_birth", "עשרים ושניים במאי חמישים ושתיים")]),
    ("יוסי נקודה בר שטרודל אפס אחת שלוש נקודה נט", [("email", "יוסי נקודה בר שטרודל אפס אחת שלוש נקודה נט")],
     "לאיזה מייל לשלוח את ייפוי הכוח?"),
    ("שדרות רוטשילד 88, דירה 6, תל אביב", [("address", "שדרות רוטשילד 88, דירה 6, תל אביב")],
     "ולאן לשלוח את המקורים בדואר רשום?"),
    ("הקונסוליה הגרמנית דורשת תעודת ירושה, ארבשיין, וזה לוקח בין שלושה לשישה חודשים", []),
    ("אני משלם את המקדמה, אלפיים שקל, בכרטיס " + fmt(_card12, "xxxx xxxx xxxx xxxx"),
     [("card", fmt(_card12, "xxxx xxxx xxxx xxxx"))]),
]

_tz13 = tz("05734128")
_card13 = card("532610773894025", 16)
HE += [
    ("אנחנו רוצים לעשות צוואות הדדיות, אני ובעלי, כמה זה עולה?", []),
    ("צוואות הדדיות זה 3,800 שקל לזוג כולל מע\"מ, ועוד קצת יותר ממאה שקל להפקדה אצל הרשם", []),
    ("שלי " + say("he", _tz13, "ddd nn nn nn", sep=", "), [("id", say("he", _tz13, "ddd nn nn nn", sep=", "))],
     "אני צריכה את מספרי תעודת הזהות של שניכם"),
    ("אני נולדתי ב-12 במרץ 1956, הוא שנה אחריי", [("date_of_birth", "12 במרץ 1956")]),
    ("שדרות רגר 101, דירה 14, באר שבע", [("address", "שדרות רגר 101, דירה 14, באר שבע")], "והכתובת?"),
    ("תחזרו אליי ל-053-2298761, הבית לא תמיד עונה", [("phone", "053-2298761")]),
    ("אני מקריאה: " + fmt(_card13, "xxxx xxxx xxxx xxxx") + ", נכון?", [("card", fmt(_card13, "xxxx xxxx xxxx xxxx"))]),
    ("והמייל zehava1956@gmail.com, הנכד פתח לי", [("email", "zehava1956@gmail.com")]),
]

HE += [
    ("השעה עכשיו עשר וחמישים, ננסה לחזור אלייך עד שתיים", []),
    ("תיק 2234/19 נסגר בפשרה של 60 אחוז מהסכום, והתשלום יגיע תוך 45 יום", []),
    ("מדד המחירים עלה ב-3.2 אחוז מאז ינואר, אז הסכום המשוערך הוא עכשיו 14,380 שקל", []),
    ("ועדת הערר תתכנס ביום רביעי, ה-9 באפריל, בבית המשפט המחוזי בחיפה", []),
    ("שלחנו לך את החוזה בוואטסאפ, יש שם 14 עמודים, תחתמי בעמוד 3 ובעמוד 11", []),
    ("טופס 106 מהמעסיק וטופס 867 מהבנק, זה כל מה שצריך להחזר", []),
    ("כל נקודת זיכוי שווה בערך 242 שקל בחודש, ולך מגיעות 2.75 נקודות", []),
    ("ההסכם נחתם ב-1 בינואר 2020 לחמש שנים, עם אופציה לעוד שלוש", []),
    ("הפגישה עם השמאי נדחתה מיום חמישי לראשון הבא בשמונה בבוקר", []),
    ("אממ רגע, אני מחפשת את המכתב, זה מספר שומה 9182736450? לא, זה מספר הטופס", []),
]


_ib14 = iban("IL", "0209120000000470386")
HE += [
    ("רגע, אני חוזרת על המספר: " + fmt(_ib14, "xxxx xxxx xxxx xxxx xxxx xxx") + ", נכון? יופי, ההחזר יגיע לשם",
     [("iban", fmt(_ib14, "xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("אפס חמש שמונה, שבע שבע, אחת תשע, שלוש, שש, אפס, לא סליחה, שש שתיים",
     [("phone", "אפס חמש שמונה, שבע שבע, אחת תשע, שלוש, שש, אפס, לא סליחה, שש שתיים")],
     "יש מספר נייד שאפשר לשלוח אליו את הקישור לחתימה?"),
    ("המשרד סגור בחול המועד, ומה-20 לחודש חוזרים לשעות הרגילות, שמונה וחצי עד חמש", []),
]


# ---------------------------------------------------------------- Greek
# Calls: Athens accountant, income-tax return; lawyer, inheritance (older
# caller from a Thessaly village); Thessaloniki notary, power of attorney;
# Nicosia accountant (Cypriot); bar association legal aid; tax-office debt
# instalments; consensual divorce lawyer; Greek-German caller, inheritance;
# Limassol lawyer (older Cypriot); company formation (IKE) with an
# accountant; tax audit and fines appeal.

EL = []
LANGS["el"] = EL

_afm1 = afm("13905264")
_ib1 = iban("GR", "01101380000013848230917")
EL += [
    ("Λογιστικό γραφείο Μαυρίδη, καλημέρα σας, η Κατερίνα είμαι", [("name", "Κατερίνα")]),
    ("Καλημέρα, ο Γιώργος Παπαδόπουλος εδώ, για τη φορολογική δήλωση", [("name", "Γιώργος Παπαδόπουλος")]),
    ("Ναι κύριε Παπαδόπουλε, σας έχουμε, μας λείπει μόνο η βεβαίωση αποδοχών από τον εργοδότη",
     [("name", "Παπαδόπουλε")]),
    ("Ο ΑΦΜ μου είναι " + say("el", _afm1, "nnn nnn nnn", sep=", "),
     [("id", say("el", _afm1, "nnn nnn nnn", sep=", "))]),
    ("Η προθεσμία λήγει στις 15 Ιουλίου, και αν πληρώσετε εφάπαξ μέχρι τέλος Ιουλίου έχετε έκπτωση 4%", []),
    ("Βγαίνει επιστροφή 312 ευρώ, αλλά θα συμψηφιστεί με τη δόση του ΕΝΦΙΑ", []),
    ("Για την επιστροφή το IBAN είναι " + fmt(_ib1, "xxxx xxxx xxxx xxxx xxxx xxxx xxx") + ", στην Εθνική",
     [("iban", fmt(_ib1, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("το κινητό μου " + say("el", "6944218375", "nn nn nnn nnn", sep=", "),
     [("phone", say("el", "6944218375", "nn nn nnn nnn", sep=", "))]),
    ("και το μέιλ giorgos.pap76 παπάκι gmail τελεία com", [("email", "giorgos.pap76 παπάκι gmail τελεία com")]),
    ("Η αμοιβή μας είναι 60 ευρώ για το Ε1 και 20 για το Ε9, συν ΦΠΑ 24%", []),
]

_afm2 = afm("06237184")
EL += [
    ("Δικηγορικό γραφείο, παρακαλώ", []),
    ("Γεια σας παιδί μου, η Κυριακή Ζαχαρίου είμαι, Κική με λένε όλοι, από το Συκούριο",
     [("name", "Κυριακή Ζαχαρίου"), ("name", "Κική")]),
    ("Πέθανε ο άντρας μου πέρσι τον Οκτώβρη και μου είπαν να κάνω αποδοχή κληρονομιάς για το χωράφι", []),
    ("Η δήλωση φόρου κληρονομιάς γίνεται μέσα σε έξι μήνες από τον θάνατο, αλλιώς μπαίνει πρόστιμο", []),
    ("Κυρία Ζαχαρίου, θα χρειαστώ και την ημερομηνία γέννησής σας", [("name", "Ζαχαρίου")]),
    ("Τρεις του Ιούλη του σαράντα εννιά", [("date_of_birth", "Τρεις του Ιούλη του σαράντα εννιά")],
     "Κυρία Ζαχαρίου, θα χρειαστώ και την ημερομηνία γέννησής σας"),
    ("Μένω στην Αγίου Γεωργίου 12, Συκούριο Λάρισας, 40300", [("address", "Αγίου Γεωργίου 12, Συκούριο Λάρισας, 40300")]),
    ("Το τηλέφωνο του σπιτιού " + say("el", "2495022418", "nn nn dnn nnn", sep=", "),
     [("phone", say("el", "2495022418", "nn nn dnn nnn", sep=", "))]),
    ("εεε περιμένετε να βρω το χαρτί... ναι, ΑΦΜ " + fmt(_afm2, "xxx xxx xxx"), [("id", fmt(_afm2, "xxx xxx xxx"))]),
]

_card3 = card("516732804419267", 16)
EL += [
    ("Συμβολαιογραφείο, η Ντίνα στο τηλέφωνο", [("name", "Ντίνα")]),
    ("Γεια σας, λέγομαι Άρης Κωνσταντινίδης, θέλω να κάνω ένα ειδικό πληρεξούσιο για τη μητέρα μου",
     [("name", "Άρης Κωνσταντινίδης")]),
    ("Το πληρεξούσιο κοστίζει γύρω στα 80 με 100 ευρώ, ανάλογα τις σελίδες, και γίνεται την ίδια μέρα", []),
    ("Με κάρτα, " + fmt(_card3, "xxxx xxxx xxxx xxxx"), [("card", fmt(_card3, "xxxx xxxx xxxx xxxx"))],
     "Θέλετε να κλείσουμε το ραντεβού με προκαταβολή 30 ευρώ;"),
    ("Τέλεια κύριε Κωνσταντινίδη, σας περιμένουμε την Τετάρτη στις έντεκα και μισή", [("name", "Κωνσταντινίδη")]),
    ("μένω στην Εγνατίας 94, τέταρτος όροφος, Θεσσαλονίκη, 54623",
     [("address", "Εγνατίας 94, τέταρτος όροφος, Θεσσαλονίκη, 54623")]),
    ("γεννήθηκα στις 8 Νοεμβρίου 1995", [("date_of_birth", "8 Νοεμβρίου 1995")], "Και η ημερομηνία γέννησης;"),
    ("aris κάτω παύλα kon παπάκι hotmail τελεία gr", [("email", "aris κάτω παύλα kon παπάκι hotmail τελεία gr")],
     "Ένα μέιλ για να σας στείλουμε το σχέδιο;"),
    ("Φέρτε την ταυτότητά σας και το εκκαθαριστικό της μητέρας σας, και το πιστοποιητικό από το Δημαρχείο Καλαμαριάς", []),
]

_ib4 = iban("CY", "002001950000357012348860")
EL += [
    ("Λογιστικό γραφείο Χριστοφόρου τζιαι Συνεργάτες, καλημέρα", []),
    ("Καλημέρα, ο Χαράλαμπος Ιωάννου εν που σας παίρνει, ο Μπάμπης, ήμουν πέρσι πελάτης σας",
     [("name", "Χαράλαμπος Ιωάννου"), ("name", "Μπάμπης")]),
    ("Η δήλωση για τους μισθωτούς εν ως τις 31 Ιουλίου, τζιαι φέτος εδώκαν παράταση ως τις 15 Σεπτεμβρίου", []),
    ("Εντάξει Μπάμπη μου, πε μου ένα κινητό να σε πάρει η συνάδελφος όταν ετοιμάσει τη δήλωση", [("name", "Μπάμπη")]),
    ("Ενενήντα εννιά, σαράντα πέντε, τριάντα εφτά, είκοσι ένα", [("phone", "Ενενήντα εννιά, σαράντα πέντε, τριάντα εφτά, είκοσι ένα")],
     "Εντάξει Μπάμπη μου, πε μου ένα κινητό να σε πάρει η συνάδελφος όταν ετοιμάσει τη δήλωση"),
    ("Για την επιστροφή βάλε το " + fmt(_ib4, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx") + ", Τράπεζα Κύπρου",
     [("iban", fmt(_ib4, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx"))]),
    ("babis.ioannou παπάκι cytanet τελεία com τελεία cy", [("email", "babis.ioannou παπάκι cytanet τελεία com τελεία cy")],
     "Τζιαι το ημέιλ σου;"),
    ("Η διεύθυνση μου εν Λεωφόρος Αθαλάσσας 41, διαμέρισμα 203, Στρόβολος, 2018",
     [("address", "Λεωφόρος Αθαλάσσας 41, διαμέρισμα 203, Στρόβολος, 2018")]),
    ("Το αφορολόγητο εν 19.500 ευρώ, άρα πάνω που τούτο πληρώνεις 20%", []),
    ("Η αμοιβή εν 120 ευρώ συν ΦΠΑ 19%, τζιαι πληρώνεις όταν υποβληθεί", []),
]


_afm5 = afm("11290573")
EL += [
    ("Γραφείο Νομικής Βοήθειας, καλησπέρα σας", []),
    ("Καλησπέρα, με λένε Ενκελέιδα Χότζα, μου έκαναν αγωγή και δεν έχω λεφτά για δικηγόρο",
     [("name", "Ενκελέιδα Χότζα")]),
    ("Η αίτηση κατατίθεται στο Ειρηνοδικείο τουλάχιστον δέκα μέρες πριν τη δικάσιμο, που είναι στις 23 Οκτωβρίου", []),
    ("ΑΦΜ " + say("el", _afm5, "ddd ddd ddd", sep=", ", formal=True), [("id", say("el", _afm5, "ddd ddd ddd", sep=", ", formal=True))]),
    ("δώδεκα του τρία του ογδόντα πέντε", [("date_of_birth", "δώδεκα του τρία του ογδόντα πέντε")],
     "Ημερομηνία γέννησης;"),
    ("Μένω Πατησίων 112, τρίτος όροφος, Αθήνα 11257", [("address", "Πατησίων 112, τρίτος όροφος, Αθήνα 11257")]),
    ("Το κινητό μου είναι " + fmt("6973124508", "xxx xxx xxxx"), [("phone", fmt("6973124508", "xxx xxx xxxx"))]),
    ("Εντάξει κυρία Χότζα, θα σας ορίσουμε δικηγόρο από τον κατάλογο του Συλλόγου", [("name", "Χότζα")]),
    ("Ο αριθμός κατάθεσης της αγωγής είναι 3877/2024, κρατήστε τον", []),
]

_afm6 = afm("07734812")
_ib6 = iban("GR", "01720340005034091827364")
_card6 = card("453120876640319", 16)
EL += [
    ("Καλημέρα, ο Τάκης ο Ρήγας είμαι, από το μαγαζί στην Κυψέλη, για τα χρέη στην εφορία", [("name", "Τάκης ο Ρήγας")]),
    ("Χρωστάτε 8.430 ευρώ από ΦΠΑ του 2022, μπαίνει σε ρύθμιση 24 δόσεων", []),
    ("Η πρώτη δόση είναι 351 ευρώ και πληρώνεται μέχρι την τελευταία εργάσιμη του μήνα", []),
    ("ΑΦΜ " + say("el", _afm6, "nnn nn nn nn", sep=", "), [("id", say("el", _afm6, "nnn nn nn nn", sep=", "))],
     "Πείτε μου τον ΑΦΜ να μπω στο Taxisnet με την εξουσιοδότηση"),
    ("Να τα τραβάει από τον λογαριασμό μου, " + fmt(_ib6, "xxxx xxxx xxxx xxxx xxxx xxxx xxx") + ", Πειραιώς",
     [("iban", fmt(_ib6, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("Την πρώτη θα την πληρώσω τώρα με κάρτα, " + say("el", _card6, "dddd dddd dddd dddd", sep=", "),
     [("card", say("el", _card6, "dddd dddd dddd dddd", sep=", "))]),
    ("Εντάξει κύριε Τάκη, σε ποιο τηλέφωνο να σας στείλω το αποδεικτικό;", [("name", "Τάκη")]),
    ("Στο μαγαζί, 210 82 17 445", [("phone", "210 82 17 445")]),
]

_card7 = card("491733062851427", 16)
EL += [
    ("Γεια σας, είμαι η Ελένη Μαργαρίτη, θέλουμε με τον σύζυγό μου να κάνουμε συναινετικό διαζύγιο",
     [("name", "Ελένη Μαργαρίτη")]),
    ("Το συναινετικό γίνεται πλέον στον συμβολαιογράφο, με δύο δικηγόρους και δέκα μέρες περίσκεψης", []),
    ("Η αμοιβή είναι 600 ευρώ για κάθε σύζυγο, συν τα έξοδα του συμβολαιογράφου γύρω στα 250", []),
    ("Ωραία Ελένη, σας στέλνω το ιδιωτικό συμφωνητικό για την επιμέλεια και τη διατροφή", [("name", "Ελένη")]),
    ("eleni τελεία margariti παπάκι yahoo τελεία gr", [("email", "eleni τελεία margariti παπάκι yahoo τελεία gr")],
     "Σε ποιο μέιλ;"),
    ("Visa, " + fmt(_card7, "xxxx xxxx xxxx xxxx"), [("card", fmt(_card7, "xxxx xxxx xxxx xxxx"))],
     "Η προκαταβολή είναι 200 ευρώ, με κάρτα ή με κατάθεση;"),
    ("γεννήθηκα 21/06/1988, στη Χαλκίδα", [("date_of_birth", "21/06/1988")]),
    ("Το κινητό μου +30 698 551 2204, καλύτερα μετά τις πέντε", [("phone", "+30 698 551 2204")]),
]

_ib8 = iban("DE", "600501010002948517")
EL += [
    ("Hallo, συγγνώμη, καλημέρα, με λένε Stavros Petridis, μένω στη Στουτγκάρδη", [("name", "Stavros Petridis")]),
    ("Ο παππούς άφησε ένα σπίτι στην Καλαμάτα και μου λένε ότι χρειάζομαι ΑΦΜ για την αποδοχή", []),
    ("Για κάτοικο εξωτερικού ο ΑΦΜ βγαίνει μέσω εκπροσώπου, και η αμοιβή μας είναι 150 ευρώ", []),
    ("Τα χρήματα από το ενοίκιο να πάνε στον γερμανικό λογαριασμό, " + fmt(_ib8, "xxxx xxxx xxxx xxxx xxxx xx"),
     [("iban", fmt(_ib8, "xxxx xxxx xxxx xxxx xxxx xx"))]),
    ("Συν σαράντα εννιά, εκατόν εβδομήντα έξι, τριάντα οχτώ, είκοσι, πενήντα ένα, ενενήντα τέσσερα",
     [("phone", "Συν σαράντα εννιά, εκατόν εβδομήντα έξι, τριάντα οχτώ, είκοσι, πενήντα ένα, ενενήντα τέσσερα")],
     "Ένα τηλέφωνο στη Γερμανία;"),
    ("Η διεύθυνσή μου είναι Königstraße 27, 70173 Stuttgart", [("address", "Königstraße 27, 70173 Stuttgart")]),
    ("s τελεία petridis παπάκι web τελεία de", [("email", "s τελεία petridis παπάκι web τελεία de")], "Και το μέιλ σας;"),
    ("Ευχαριστώ κύριε Πετρίδη, θα σας στείλουμε την εξουσιοδότηση να τη θεωρήσετε στο προξενείο", [("name", "Πετρίδη")]),
]


_ib9 = iban("CY", "005002750000000187629311")
EL += [
    ("Καλημέρα κόρη μου, η Παναγιώτα Σάββα είμαι, η Γιώτα, που τη Λεμεσό", [("name", "Παναγιώτα Σάββα"), ("name", "Γιώτα")]),
    ("Η διαθήκη κατατίθεται στο Επαρχιακό Δικαστήριο Λεμεσού, τζιαι το τέλος εν γύρω στα 50 ευρώ", []),
    ("γεννήθηκα στις πέντε Μαΐου του πενήντα τρία, γράψε το", [("date_of_birth", "πέντε Μαΐου του πενήντα τρία")]),
    ("Τηλέφωνο σπιτιού " + say("el", "25363481", "nn nnn nnn", sep=", "),
     [("phone", say("el", "25363481", "nn nnn nnn", sep=", "))]),
    ("Οδός Αγίας Φυλάξεως 76, Λεμεσός 3025", [("address", "Οδός Αγίας Φυλάξεως 76, Λεμεσός 3025")], "Τζιαι η διεύθυνση σας;"),
    ("Τον λογαριασμό μου στην Ελληνική, " + fmt(_ib9, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx"),
     [("iban", fmt(_ib9, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx"))]),
    ("Ο εκτελεστής εν ο γιος μου, τζιαι το κτήμα στις Πλάτρες θα μοιραστεί στα τρία", []),
]

_afm10 = afm("10472839")
_card10 = card("535201447893016", 16)
_ib10 = iban("GR", "02600250000820100931544")
EL += [
    ("Γεια, Νικόλας Αλεξίου λέγομαι, θέλω να ανοίξω ΙΚΕ για ένα μικρό στούντιο γραφιστικής", [("name", "Νικόλας Αλεξίου")]),
    ("Η σύσταση ΙΚΕ μέσω ΥΜΣ έχει γύρω στα 60 ευρώ τέλη, και εμείς χρεώνουμε 350 για όλη τη διαδικασία", []),
    ("Ελάχιστο κεφάλαιο ένα ευρώ, αλλά προτείνουμε τουλάχιστον 1.000, και οι υπηρεσίες σας θα έχουν ΦΠΑ 24%", []),
    ("ΑΦΜ " + _afm10, [("id", _afm10)], "Τον προσωπικό σας ΑΦΜ, ως διαχειριστή;"),
    ("nikolas κάτω παύλα alexiou παπάκι proton τελεία me", [("email", "nikolas κάτω παύλα alexiou παπάκι proton τελεία me")]),
    ("Mastercard, " + fmt(_card10, "xxxx xxxx xxxx xxxx") + ", για την προκαταβολή", [("card", fmt(_card10, "xxxx xxxx xxxx xxxx"))]),
    ("30 Ιανουαρίου 1997", [("date_of_birth", "30 Ιανουαρίου 1997")], "Ημερομηνία γέννησης για το καταστατικό;"),
    ("Και το προσωπικό μου IBAN για τα μερίσματα, " + fmt(_ib10, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"),
     [("iban", fmt(_ib10, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"))]),
]

_afm11 = afm("04561298")
_afm11b = afm("09182734")
_card11 = card("453217809966204", 16)
EL += [
    ("Μου ήρθε πράξη επιβολής προστίμου 2.500 ευρώ για μη έκδοση αποδείξεων, και έχω 30 μέρες για ενδικοφανή προσφυγή", []),
    ("Η προσφυγή πάει στη Διεύθυνση Επίλυσης Διαφορών και αναστέλλεται το 50% του προστίμου ώσπου να απαντήσουν", []),
    ("ο ΑΦΜ μου " + say("el", _afm11, "nnn nnn nnn", sep=", "), [("id", say("el", _afm11, "nnn nnn nnn", sep=", "))]),
    ("και της γυναίκας μου, γιατί κάνουμε κοινή δήλωση, " + say("el", _afm11b, "ddd ddd ddd", sep=", "),
     [("id", say("el", _afm11b, "ddd ddd ddd", sep=", "))]),
    ("Η διεύθυνση του σπιτιού είναι Λεωφόρος Κνωσού 215, Ηράκλειο, 71409",
     [("address", "Λεωφόρος Κνωσού 215, Ηράκλειο, 71409")]),
    ("κινητό " + say("el", "6945730162", "dddddddddd"), [("phone", say("el", "6945730162", "dddddddddd"))]),
    ("Λοιπόν, η κάρτα: " + say("el", _card11, "nn nn nn nn nn nn nn nn", sep=", "),
     [("card", say("el", _card11, "nn nn nn nn nn nn nn nn", sep=", "))]),
    ("14 Αυγούστου του '71", [("date_of_birth", "14 Αυγούστου του '71")], "Πότε γεννηθήκατε, κύριε;"),
    ("το μέιλ μου manolis τελεία fragk παπάκι otenet τελεία gr", [("email", "manolis τελεία fragk παπάκι otenet τελεία gr")]),
]

_afm12 = afm("05327719")
_afm12b = afm("08213957")
_ib12 = iban("GR", "01402050205002101874339")
_card12 = card("37694215880317", 15)
EL += [
    ("Ο ΑΦΜ μου είναι " + say("el", _afm12, "nnn nnn nnn", sep=", "), [("id", say("el", _afm12, "nnn nnn nnn", sep=", "))],
     "Για τη γονική παροχή χρειάζομαι τον ΑΦΜ του δωρεοδόχου"),
    ("Και της κόρης μου, που είναι ανήλικη, " + fmt(_afm12b, "xxx xxx xxx"), [("id", fmt(_afm12b, "xxx xxx xxx"))]),
    ("Είμαι στη Μελβούρνη, το κινητό μου είναι +61 412 558 093", [("phone", "+61 412 558 093")]),
    ("μέιλ vaso.k@bigpond.com, με ένα σ", [("email", "vaso.k@bigpond.com")]),
    ("Για την επιστροφή των τελών, " + fmt(_ib12, "xxxx xxxx xxxx xxxx xxxx xxxx xxx") + ", στην Alpha",
     [("iban", fmt(_ib12, "xxxx xxxx xxxx xxxx xxxx xxxx xxx"))]),
    ("Η διεύθυνση στην Ελλάδα, για τα χαρτιά, είναι Μητροπόλεως 33, Θεσσαλονίκη, 54624",
     [("address", "Μητροπόλεως 33, Θεσσαλονίκη, 54624")]),
    ("American Express, " + fmt(_card12, "xxxx xxxxxx xxxxx"), [("card", fmt(_card12, "xxxx xxxxxx xxxxx"))]),
    ("Είμαι γεννημένη 02.12.1966, αν το χρειάζεστε", [("date_of_birth", "02.12.1966")]),
]

_ib13 = iban("CY", "003001100000001090214577")
_card13 = card("516894320071562", 16)
EL += [
    ("Επαναλαμβάνω: " + fmt(_ib13, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx") + ", σωστά;",
     [("iban", fmt(_ib13, "xxxx xxxx xxxx xxxx xxxx xxxx xxxx"))]),
    ("Λοιπόν, " + fmt(_card13, "xxxx xxxx xxxx xxxx") + ", λήξη 11/26, σας χρεώνω 85 ευρώ",
     [("card", fmt(_card13, "xxxx xxxx xxxx xxxx"))]),
    ("Το Ε3 υποβάλλεται μαζί με το Ε1, και η προκαταβολή φόρου για ελεύθερους επαγγελματίες είναι 55%", []),
    ("Η δίκη αναβλήθηκε για τις 14 Μαρτίου 2025, ώρα 9:30, αίθουσα 5 του Πρωτοδικείου", []),
    ("Το συμβόλαιο υπογράφτηκε την 1η Σεπτεμβρίου 2021, με διάρκεια τρία χρόνια", []),
    ("Η αγωγή αφορά 12.300 ευρώ, άρα είναι στο Ειρηνοδικείο, που έχει όριο τις 20.000", []),
    ("Ο αριθμός πρωτοκόλλου της αίτησης είναι 45128 και θα σας έρθει μήνυμα σε πέντε με εφτά εργάσιμες", []),
    ("Το γραφείο είναι ανοιχτό Δευτέρα με Παρασκευή εννιά με πέντε, και Τετάρτη απόγευμα έξι με εννιά", []),
    ("Ο φόρος γονικής παροχής είναι μηδενικός ως τις 800.000 ευρώ για την πρώτη κατηγορία", []),
    ("Πληρώσατε ήδη 1.240 από τα 3.100, οπότε μένουν 1.860 σε έξι δόσεις των 310", []),
    ("Η αίτηση για κληρονομητήριο έχει παράβολο 100 ευρώ και βγαίνει σε δύο μήνες περίπου", []),
    ("το νούμερο του φακέλου είναι ΓΑΚ 10452/2023, το γράφει πάνω δεξιά", []),
    ("εεε ο Ιούνιος έχει 30 μέρες, άρα η προθεσμία πάει Δευτέρα 1 Ιουλίου, γιατί η 30 πέφτει Κυριακή", []),
    ("Η Αγίας Σοφίας είναι κλειστή για έργα, ελάτε από την Τσιμισκή και παρκάρετε στο πάρκινγκ της Αριστοτέλους", []),
]


EL += [
    ("Η Πειραιώς σας έστειλε βεβαίωση τόκων 18,40 ευρώ, αυτό δεν επηρεάζει σχεδόν τίποτα", []),
    ("Τον Μάιο κλείνει το Ε2 για τα μισθώματα, και μετά ανοίγει κανονικά η δήλωση", []),
    ("για την υπόθεση 2195/2024 θα πάει ο συνεργάτης μας, η συζήτηση είναι στις δέκα παρά τέταρτο", []),
]


# ================================================================ END OF DATA


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.normpath(os.path.join(here, "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind82")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        path = os.path.join(outdir, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        neg = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", neg, "spans", sum(counts.values()),
              dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
