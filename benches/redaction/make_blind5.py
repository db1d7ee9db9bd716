#!/usr/bin/env python3
"""Held-out ("blind") evaluation set `blind5` for the contact-centre personal-data redactor.

Who wrote it and how: a helper session (the "blind5" writer) wrote every utterance below by
hand, from the task spec alone. It never read the redactor's rules, source, tests, benches,
README, notes, git history or any other evaluation set, and never ran the product. The lines
lean towards how a speech recogniser writes calls: numbers spoken as words, lower case, few
commas, fillers ("um", "يعني", "כאילו", "δηλαδή"), in billing / telecom / bank / delivery /
insurance situations. Every personal value is invented. Every check-digit number (card Luhn,
Israeli Teudat Zehut, Greek AFM, Greek AMKA, Saudi ID / Iqama, Emirates ID, Kuwaiti civil ID,
IBAN mod 97, US SSN rules) is generated here and asserted valid; long non-personal numbers are
asserted to fail those checks. Spoken forms are rendered from the validated digits.

Output: data/redaction/blind5/{en,ar,he,el}.jsonl (relative to the repository root), one JSON
object a line:
  {"text": str,
   "spans": [{"kind": str, "start": int, "end": int}, ...],
   "context": str}            # optional: an earlier line of the same call; not scored
start/end are BYTE offsets into the UTF-8 encoding of "text". kinds (lower case): card, iban,
id, phone, email, date_of_birth, name, address. An item with no spans is a non-personal
utterance that must come out unchanged. The script is deterministic.

Scored once through `calltone redact` (rules at c4ce332) before any rule was changed for it
(stop 30): en 77.5, ar 90.0, he 84.1, el 84.9 % recall; 0.64/0.21/0.22/0.00 over-redactions per 25 sentences (README, Redaction). Its misses were
then fixed in the rules, not in the gold, so it is no longer held out; tests/redact.rs keeps
a floor on it. (The writer ran one `git status` after writing, which listed file names only.)
"""

import json
import os
import unicodedata
from collections import Counter

# ----------------------------------------------------------------------------- checks


def digits(s):
    return "".join(c for c in s if c.isdigit())


def luhn_ok(s):
    d = [int(c) for c in s]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def card(prefix):
    s = luhn_complete(prefix)
    assert len(s) in (15, 16) and luhn_ok(s), s
    return s


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        total += x - 9 if x > 9 else x
    return total % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError(prefix8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(s[8])


def afm(prefix8):
    for c in "0123456789":
        if afm_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError(prefix8)


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def saudi(prefix9):
    s = luhn_complete(prefix9)
    assert saudi_ok(s), s
    return s


def amka(ddmmyy, serial4):
    s = luhn_complete(ddmmyy + serial4)
    dd, mm = int(ddmmyy[:2]), int(ddmmyy[2:4])
    assert len(s) == 11 and 1 <= dd <= 31 and 1 <= mm <= 12 and luhn_ok(s)
    return s


def emirates(prefix14):
    s = luhn_complete(prefix14)
    assert len(s) == 15 and s.startswith("784") and luhn_ok(s)
    return s


def kuwait_civil(prefix11):
    w = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(a) * b for a, b in zip(prefix11, w)) % 11
    assert 0 <= c <= 9, ("pick another serial", prefix11, c)
    return prefix11 + str(c)


def ssn_ok(s):
    s = digits(s)
    if len(s) != 9:
        return False
    area, group, serial = s[:3], s[3:5], s[5:]
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def ssn(s):
    assert ssn_ok(s), s
    return s


def _iban_int(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) > 4 and s[:2].isalpha() and s[2:4].isdigit() and _iban_int(s) % 97 == 1


IBAN_LEN = {"GB": 22, "DE": 22, "IE": 22, "NL": 18, "FR": 27, "ES": 24, "SA": 24, "AE": 23,
            "EG": 29, "JO": 30, "KW": 30, "LB": 28, "IL": 23, "GR": 27, "CY": 28}


def iban(cc, bban):
    raw = cc + "00" + bban
    check = 98 - _iban_int(raw) % 97
    s = cc + "%02d" % check + bban
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], (s, len(s))
    return s


def nope(s, lang=None):
    """A long non-personal number: assert it fails every check it could be mistaken for."""
    d = digits(s)
    if len(d) >= 9:
        assert not luhn_ok(d), ("passes Luhn/TZ/Saudi", s)
    if len(d) == 9:
        assert not afm_ok(d), ("passes AFM", s)
        if lang == "en":
            assert not ssn_ok(d), ("looks like an SSN", s)
    if len(s.replace(" ", "")) >= 15 and s[:2].isalpha():
        assert not iban_ok(s), s
    return s


# ----------------------------------------------------------------------------- renderers

DIG = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_gu": "صفر واحد اثنين ثلاث أربع خمس ست سبع ثمان تسع".split(),
    "ar_eg": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ar_lv": "صفر واحد تنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "ar_ma": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
    "el_f": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split(),
}

TEENS = {
    "en": "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(),
    "ar": "عشرة احدعش اثنعش ثلاثطعش أربعطعش خمسطعش ستطعش سبعطعش ثمانطعش تسعطعش".split(),
    "he": ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה",
           "שבע עשרה", "שמונה עשרה", "תשע עשרה"],
    "el": "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split(),
}
TENS = {
    "en": ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(","),
    "ar": ",,عشرين,ثلاثين,أربعين,خمسين,ستين,سبعين,ثمانين,تسعين".split(","),
    "he": ",,עשרים,שלושים,ארבעים,חמישים,שישים,שבעים,שמונים,תשעים".split(","),
    "el": ",,είκοσι,τριάντα,σαράντα,πενήντα,εξήντα,εβδομήντα,ογδόντα,ενενήντα".split(","),
}

LETTER = {
    "en": {c: c for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ"},
    "ar": dict(A="ايه", B="بي", C="سي", D="دي", E="اي", F="اف", G="جي", H="اتش", I="اي", J="جاي",
               K="كيه", L="ال", M="ام", N="ان", O="او", P="بي", Q="كيو", R="ار", S="اس", T="تي",
               U="يو", V="في", W="دبليو", X="اكس", Y="واي", Z="زد"),
    "he": dict(A="איי", B="בי", C="סי", D="די", E="אי", F="אף", G="ג'י", H="אייץ'", I="איי",
               J="ג'יי", K="קיי", L="אל", M="אם", N="אן", O="או", P="פי", Q="קיו", R="אר",
               S="אס", T="טי", U="יו", V="וי", W="דאבליו", X="אקס", Y="וואי", Z="זד"),
    "el": dict(A="έι", B="μπι", C="σι", D="ντι", E="ι", F="εφ", G="τζι", H="έιτς", I="άι",
               J="τζέι", K="κέι", L="ελ", M="εμ", N="εν", O="όου", P="πι", Q="κιου", R="αρ",
               S="ες", T="τι", U="γιου", V="βι", W="ντάμπλγιου", X="εξ", Y="γουάι", Z="ζεντ"),
}

AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ai(s):
    """Arabic-Indic digits."""
    return s.translate(AI)


def base(lang):
    return {"ar_gu": "ar", "ar_eg": "ar", "ar_lv": "ar", "ar_ma": "ar", "el_na": "el",
            "el_f": "el"}.get(lang, lang)


def word(lang, c):
    return DIG["el" if lang == "el_na" else lang][int(c)]


def pair(lang, two):
    b = base(lang)
    n = int(two)
    if two[0] == "0":
        z = "oh" if b == "en" else DIG[b][0]
        return z + " " + DIG[b][int(two[1])]
    if n < 20:
        return TEENS[b][n - 10]
    t, u = divmod(n, 10)
    if u == 0:
        return TENS[b][t]
    if b == "en":
        return TENS[b][t] + "-" + DIG[b][u]
    if b == "ar":
        return DIG["ar"][u] + " و" + TENS[b][t]
    if b == "he":
        return TENS[b][t] + " ו" + DIG["he"][u]
    return TENS[b][t] + " " + DIG["el"][u]


def strip_accents(s):
    return unicodedata.normalize(
        "NFC", "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


def sp(lang, value, plan):
    """Render `value` (digits and IBAN letters) the way a recogniser writes it, following plan:
    d digit word, o digit word with "oh" for zero (en), p two digits as a number, D "double x"
    (en), n raw character, a Arabic-Indic digit, L letter name, c raw character as its own word;
    any other plan character is copied literally."""
    v = value.replace(" ", "").replace("-", "")
    out, last, i = "", None, 0
    for ch in plan:
        if ch in "dopDLc":
            kind = "w"
        elif ch in "na":
            kind = "r"
        else:
            out += ch
            last = "lit"
            continue
        if last in ("w", "r") and not (last == "r" and kind == "r"):
            out += " "
        if ch == "d":
            out += word(lang, v[i]); i += 1
        elif ch == "o":
            out += "oh" if v[i] == "0" else word(lang, v[i]); i += 1
        elif ch == "p":
            out += pair(lang, v[i:i + 2]); i += 2
        elif ch == "D":
            assert v[i] == v[i + 1], (value, plan)
            out += "double " + ("oh" if v[i] == "0" else word(lang, v[i])); i += 2
        elif ch == "L":
            out += LETTER[base(lang)][v[i].upper()]; i += 1
        elif ch == "c":
            out += v[i]; i += 1
        elif ch == "n":
            out += v[i]; i += 1
        elif ch == "a":
            out += ai(v[i]); i += 1
        last = kind
    assert i == len(v), ("plan does not cover value", value, plan, i)
    return strip_accents(out) if lang == "el_na" else out


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n]); i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


def g4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ----------------------------------------------------------------------------- items


def it(text, spans=(), ctx=None):
    """spans: (kind, value) or (kind, value, anchor) in text order; anchor: search after it."""
    b = text.encode()
    pos, out = 0, []
    for sp_ in spans:
        kind, val = sp_[0], sp_[1]
        if len(sp_) > 2:
            a = b.find(sp_[2].encode(), pos)
            assert a >= 0, (sp_, text)
            pos = a + len(sp_[2].encode())
        vb = val.encode()
        i = b.find(vb, pos)
        assert i >= 0, ("value not in text", val, text)
        assert val == val.strip() and val[-1] not in ".,;:?!،؟", ("span edge", val)
        out.append({"kind": kind, "start": i, "end": i + len(vb)})
        pos = i + len(vb)
    d = {"text": text, "spans": out}
    if ctx:
        d["context"] = ctx
    return d


# ============================================================================ ENGLISH
E_C1 = card("453914880343672")
E_C2 = card("542523343010910")
E_C3 = card("37144963539843")        # amex, 15
E_C4 = card("471602918845327")
E_C5 = card("222100481173556")
E_C6 = card("601158239040117")
E_C7 = card("402400716652818")
E_C8 = card("518677302291448")
S1, S2, S3, S4 = ssn("412673098"), ssn("529184471"), ssn("231845590"), ssn("604227815")
S5, S6, S7 = ssn("347910263"), ssn("158406627"), ssn("283519946")
GB1 = iban("GB", "BARC20714583621907")
GB2 = iban("GB", "LOYD30962217458863")
DE1 = iban("DE", "500105175407324931")
IE1 = iban("IE", "BOFI90001747583216")
NL1 = iban("NL", "RABO0312987654")
FR1 = iban("FR", "30006000011234567890189")
ES1 = iban("ES", "20803562714201958837")

EN = [
    # --- names
    it("hi um yeah my name is priya raghunathan and i'm calling about my broadband bill",
       [("name", "priya raghunathan")]),
    it("yeah it's oluwaseun adeyemi", [("name", "oluwaseun adeyemi")],
       ctx="can i take your full name please"),
    it("thank you mr adeyemi and can you just confirm the first line of the address for me",
       [("name", "adeyemi")]),
    it("good morning you're through to siobhan in billing how can i help", [("name", "siobhan")]),
    it("hiya it's tomasz wisniewski again i rang yesterday about the same thing",
       [("name", "tomasz wisniewski")]),
    it("hi this is katarzyna nowak-lewandowska i'm ringing about my car insurance renewal",
       [("name", "katarzyna nowak-lewandowska")]),
    it("alright mr al-rashid i've updated that for you", [("name", "al-rashid")],
       ctx="my name is mohammed al-rashid and i want to dispute a charge"),
    it("you're speaking to dev today can i take your name please", [("name", "dev")]),
    it("thanks ms fernandes-silva is there anything else i can help with",
       [("name", "fernandes-silva")]),
    it("yeah it's o k o n k w o", [("name", "o k o n k w o")],
       ctx="and could you spell the surname for me"),
    it("this is michael at claims how can i help", [("name", "michael")]),
    # --- cards
    it(f"ok so the card number is {sp('en', E_C1, 'oooo oooo oooo oooo')}",
       [("card", sp('en', E_C1, 'oooo oooo oooo oooo'))]),
    it(f"it's {g4(E_C2)}", [("card", g4(E_C2))], ctx="and the long number across the front of the card"),
    it(f"um {sp('en', E_C3, 'oooo oooooo ooooo')} that's the amex",
       [("card", sp('en', E_C3, 'oooo oooooo ooooo'))]),
    it(f"no sorry the first group is wrong it's {g4(E_C4, '-')}", [("card", g4(E_C4, '-'))],
       ctx="so i've got four seven one seven oh two nine one eight eight four five three two seven"),
    it(f"card number {sp('en', E_C5, 'dDd Ddd Ddd Ddd')}",
       [("card", sp('en', E_C5, 'dDd Ddd Ddd Ddd'))]),
    it(f"it's {g4(E_C6)} expiry oh four twenty seven and the three digits on the back",
       [("card", g4(E_C6))]),
    it(f"{sp('en', E_C7, 'oooooooooooooooo')} yeah that's the visa debit",
       [("card", sp('en', E_C7, 'oooooooooooooooo'))],
       ctx="go ahead with the card number whenever you're ready"),
    it(f"lovely so i've got {sp('en', E_C8, 'oooo oooo oooo oooo')} is that right",
       [("card", sp('en', E_C8, 'oooo oooo oooo oooo'))]),
    # --- ssn
    it(f"and my social is {sp('en', S1, 'ooooooooo')}", [("id", sp('en', S1, 'ooooooooo'))]),
    it(f"yeah it's {grp(S2, [3, 2, 4], '-')}", [("id", grp(S2, [3, 2, 4], '-'))],
       ctx="can you verify your social security number for me"),
    it(f"ssn is {sp('en', S3, 'ddd dd dddd')}", [("id", sp('en', S3, 'ddd dd dddd'))]),
    it(f"{sp('en', S4, 'ooo, p, pp')}", [("id", sp('en', S4, 'ooo, p, pp'))], ctx="and the social?"),
    it(f"my social security number is {grp(S5, [3, 2, 4])} and date of birth march third nineteen eighty one",
       [("id", grp(S5, [3, 2, 4])), ("date_of_birth", "march third nineteen eighty one")]),
    it(f"{sp('en', S6, 'ooooooooo')} is the social", [("id", sp('en', S6, 'ooooooooo'))]),
    it(f"yes this is elena markovic social {grp(S7, [3, 2, 4], '-')}",
       [("name", "elena markovic"), ("id", grp(S7, [3, 2, 4], '-'))]),
    # --- phones
    it("best number to reach me is four one five five five five oh one three two",
       [("phone", "four one five five five five oh one three two")]),
    it("you can call me back on 07700 900461", [("phone", "07700 900461")]),
    it("oh seven seven double oh nine double oh eight two two",
       [("phone", "oh seven seven double oh nine double oh eight two two")],
       ctx="what's a good mobile number for you"),
    it("my work line is plus forty-four twenty seven nine four six oh nine five eight",
       [("phone", "plus forty-four twenty seven nine four six oh nine five eight")]),
    it("the number on file is +1 646-555-0175 is that still right", [("phone", "+1 646-555-0175")]),
    it("so that's two one two five five five oh one nine eight correct",
       [("phone", "two one two five five five oh one nine eight")]),
    it("no it changed it's now three one two five five five oh one four four",
       [("phone", "three one two five five five oh one four four")],
       ctx="i've got three one two five five five oh one four oh"),
    it("it's seven one eight five five five oh one six three or email me at marcus dot bell at outlook dot com",
       [("phone", "seven one eight five five five oh one six three"),
        ("email", "marcus dot bell at outlook dot com")]),
    it("(917) 555-0119 that's my cell", [("phone", "(917) 555-0119")]),
    it("my landline is oh one six one four nine six oh oh one seven",
       [("phone", "oh one six one four nine six oh oh one seven")]),
    # --- emails
    it("my email is j underscore okafor eighty eight at gmail dot com",
       [("email", "j underscore okafor eighty eight at gmail dot com")]),
    it("sure it's grace dot kim at yahoo dot co dot uk", [("email", "grace dot kim at yahoo dot co dot uk")],
       ctx="and an email address for the receipt"),
    it("the email is s-i-o-b-h-a-n dot o-c-o-n-n-e-l-l at hotmail dot com",
       [("email", "s-i-o-b-h-a-n dot o-c-o-n-n-e-l-l at hotmail dot com")]),
    it("the email on the account is d.novak@protonmail.com", [("email", "d.novak@protonmail.com")]),
    it("um it's nguyen lan at icloud dot com all one word", [("email", "nguyen lan at icloud dot com")]),
    it("rachel hyphen adams at btinternet dot com", [("email", "rachel hyphen adams at btinternet dot com")],
       ctx="what email would you like the policy documents sent to"),
    it("sorry not gmail it's tariq dot hussain at googlemail dot com",
       [("email", "tariq dot hussain at googlemail dot com")]),
    # --- dates of birth
    it("the fourth of may eighty two", [("date_of_birth", "the fourth of may eighty two")],
       ctx="and can i take your date of birth"),
    it("date of birth is zero three twelve nineteen ninety",
       [("date_of_birth", "zero three twelve nineteen ninety")]),
    it("i was born on june the 3rd 1975", [("date_of_birth", "june the 3rd 1975")]),
    it("dob's 11/23/1968", [("date_of_birth", "11/23/1968")]),
    it("i was born twenty first of january two thousand and two so i'm still on the young persons rate",
       [("date_of_birth", "twenty first of january two thousand and two")]),
    it("my birthday's the seventeenth of august nineteen fifty nine",
       [("date_of_birth", "the seventeenth of august nineteen fifty nine")]),
    it("yes it's john o'brien born second of february sixty four",
       [("name", "john o'brien"), ("date_of_birth", "second of february sixty four")]),
    # --- addresses
    it("it's forty two willow crescent flat three leeds l s six two a b",
       [("address", "forty two willow crescent flat three leeds l s six two a b")]),
    it("i live at 1187 north maple avenue apartment 4b springfield illinois 62704",
       [("address", "1187 north maple avenue apartment 4b springfield illinois 62704")]),
    it("twenty seven harbour view road cardiff c f ten four p q",
       [("address", "twenty seven harbour view road cardiff c f ten four p q")],
       ctx="and what's the delivery address"),
    it("billing address should be 56 the paddocks milton keynes",
       [("address", "56 the paddocks milton keynes")]),
    it("we moved to three fifteen elm street unit twelve austin texas seven eight seven oh four",
       [("address", "three fifteen elm street unit twelve austin texas seven eight seven oh four")]),
    it("sorry not forty it's fourteen brook lane bristol b s three",
       [("address", "fourteen brook lane bristol b s three")]),
    it("my name's aaliyah brooks and i'm at 803 magnolia drive charlotte north carolina",
       [("name", "aaliyah brooks"), ("address", "803 magnolia drive charlotte north carolina")]),
    it("the parcel needs to go to nine station road oxford not the old address",
       [("address", "nine station road oxford")]),
    # --- ibans
    it(f"my iban is {g4(GB1)}", [("iban", g4(GB1))]),
    it(f"so the iban is {sp('en', GB2, 'LL dd LLLL oooooo oooooooo')}",
       [("iban", sp('en', GB2, 'LL dd LLLL oooooo oooooooo'))]),
    it(f"yeah {sp('en', DE1.lower(), 'nn p oooooooo oooooooooo')}",
       [("iban", sp('en', DE1.lower(), 'nn p oooooooo oooooooooo'))],
       ctx="do you have the iban for the refund"),
    it(f"it's {IE1} i can spell it if you want", [("iban", IE1)]),
    it(f"the dutch account is {sp('en', NL1.lower(), 'cc dd nnnn oooooooooo')}",
       [("iban", sp('en', NL1.lower(), 'cc dd nnnn oooooooooo'))]),
    it(f"it's in my name amélie durand and the iban is {g4(FR1)}",
       [("name", "amélie durand"), ("iban", g4(FR1))]),
    it(f"let me read that back {sp('en', ES1, 'LL dd dddd dddd dddd dddd dddd')} correct",
       [("iban", sp('en', ES1, 'LL dd dddd dddd dddd dddd dddd'))]),
    # ------------------------------------------------------------- non-personal
    it("thank you for calling northstar mobile you're through to billing how can i help"),
    it("i'm fine thanks how are you"),
    it("my name is on the account but it's my husband who usually pays the bill"),
    it("um i'm calling about a charge of forty nine ninety nine on my last bill"),
    it("the bill dated the fourth of may says a hundred and twelve pounds thirty"),
    it(f"my order number is {sp('en', nope('9457129903', 'en'), 'oooooooooo')}"),
    it(f"tracking number is {nope('1Z 4F8 V27 03 9182 4415', 'en')}"),
    it("it was supposed to arrive tuesday the fourteenth between nine and one"),
    it("it's been three weeks and i still haven't had my refund of two hundred and sixty quid"),
    it("i'm on the unlimited max 5g plan at thirty two pounds a month"),
    it("i've used forty gigs out of sixty already and it's only the twelfth"),
    it("the reference the last agent gave me was c a s e dash oh oh four five one eight eight"),
    it(f"your ticket number is {g4(nope('7730229144810093', 'en'))}"),
    it("can i have your date of birth please"),
    it("what's the best number to reach you on"),
    it("i'm calling from manchester"),
    it("my card ending in four four one two was charged twice"),
    it("the direct debit comes out on the first of every month"),
    it("the engineer's booked for the twenty third of june between eight and twelve"),
    it("yeah i was born in liverpool actually but i've lived in london for years"),
    it("the contract started in march twenty nineteen and it's a twenty four month term"),
    it("you'll get a text within twenty four hours with a link to pay"),
    it("the rate went up from three point nine to five point four percent"),
    it(f"my policy number is h x {sp('en', nope('4471209388', 'en'), 'oooooooooo')}"),
    it("sorry can you repeat that the line's really bad"),
    it("ok one sec let me just grab my card from my bag"),
    it("the claim was for twelve hundred and fifty dollars after the five hundred deductible"),
    it("meter reading is oh four seven eight two point six"),
    it("i'll pop you on hold for about two minutes is that ok"),
    it("the number i'm calling from isn't the one on the account"),
    it("it says a payment of 1,249.00 was declined at 14:32 yesterday"),
    it("i paid it on the third of may at the post office"),
    it("your balance is minus eighty seven pounds forty"),
    it("happy birthday to me i guess i turned forty today and my card got declined"),
    it("it's called the family plan i think we've got four lines on it"),
    it("the fee is one point five percent on anything over ten thousand"),
    it("i'm calling on behalf of my mum she's ninety two and can't really hear on the phone"),
    it("the car's a twenty eighteen golf with about forty two thousand miles on it"),
    it("this is about the letter you sent me dated the second of april"),
    it(f"the router serial on the back is s n {sp('en', nope('2291048773562', 'en'), 'ooooooooooooo')}"),
    it("i was on hold for forty five minutes yesterday"),
    it(f"the invoice number is {sp('en', nope('4917338260', 'en'), 'oooooooooo')}"),
    it("we did a transfer of five thousand two hundred euros on the fifteenth"),
    it("press one for billing two for technical support or three to report a fault"),
    it("the branch on the high street closes at half five on saturdays"),
    it("it's a flat twenty pounds delivery to anywhere in the uk"),
    it("my account's been locked since the eleventh and i've got rent due on the first"),
    it("the pin got blocked after three wrong tries"),
    it("yes speaking i'm the account holder"),
    it(f"your order id is {sp('en', nope('6610429835722114', 'en'), 'oooo oooo oooo oooo')}"),
    it(f"um the reference is {grp(nope('20241183307', 'en'), [4, 3, 4])} for the complaint"),
    it("i called on the 9th and the 16th and nobody called me back"),
]

# ============================================================================ ARABIC
A_C1 = card("458943201177652")
A_C2 = card("529741003856214")
A_C3 = card("406612887305591")
A_C4 = card("537180044297163")
A_C5 = card("431922605518740")
A_C6 = card("37641159822003")        # amex, 15
A_C7 = card("537180044291163")
A_C8 = card("484783120955306")
SA_ID1 = saudi("108765432")
SA_ID2 = saudi("104419273")
SA_ID3 = saudi("112093485")
IQ1 = saudi("234518806")
IQ2 = saudi("251093774")
EG_NID = "29003151401387"             # Egyptian national number (no public check digit)
UAE_ID = emirates("78419894417263")
KW_CID = kuwait_civil("28703120145")
SA1 = iban("SA", "80000123608014427593")
SA2 = iban("SA", "10000019283746501122")
AE1 = iban("AE", "0260001015532784901")
EG1 = iban("EG", "0003012400000001498273561")
JO1 = iban("JO", "ARAB1250000000125436780901")
KW1 = iban("KW", "NBOK0000000000002018374562")
LB1 = iban("LB", "099900000001001901229114")

AR = [
    # --- names
    it("هلا والله معك عبدالله الشمري بخصوص الفاتورة اللي نزلت أمس", [("name", "عبدالله الشمري")]),
    it("أهلاً وسهلاً معك نورة من خدمة العملاء كيف أقدر أخدمك", [("name", "نورة")]),
    it("محمد سعيد القحطاني", [("name", "محمد سعيد القحطاني")], ctx="ممكن الاسم الثلاثي لو سمحت"),
    it("تمام يا أستاذ محمد خليني أتأكد من البيانات", [("name", "محمد")]),
    it("أيوه يا فندم أنا اسمي ياسمين عبد الفتاح ومتصلة عشان الباقة خلصت بدري",
       [("name", "ياسمين عبد الفتاح")]),
    it("مرحبا أنا اسمي رامي حداد وعندي مشكلة بالانترنت من امبارح", [("name", "رامي حداد")]),
    it("السلام عليكم سميتي كريم بنعلي وبغيت نسول على واحد الفاتورة", [("name", "كريم بنعلي")]),
    it("شكراً أستاذة ريم على صبرك", [("name", "ريم")]),
    it("اسمي جون ماثيوز وأنا مقيم هنا من خمس سنين", [("name", "جون ماثيوز")]),
    it("معاك أحمد من خدمة العملاء أقدر أساعد حضرتك إزاي", [("name", "أحمد")]),
    it("أنا فاطمة الزهراء العلوي من الرباط", [("name", "فاطمة الزهراء العلوي")]),
    # --- ids
    it(f"ايه {sp('ar_gu', SA_ID1, 'dddddddddd')}", [("id", sp('ar_gu', SA_ID1, 'dddddddddd'))],
       ctx="رقم الهوية الوطنية لو سمحت"),
    it(f"رقم الإقامة حقي {ai(IQ1)}", [("id", ai(IQ1))]),
    it(f"الهوية {ai(SA_ID2)} وتاريخ ميلادي بالهجري ١٢/٧/١٤٠٨",
       [("id", ai(SA_ID2)), ("date_of_birth", "١٢/٧/١٤٠٨")]),
    it(f"رقم الإقامة {sp('ar', IQ2, 'dd، p، p، p، dd')}", [("id", sp('ar', IQ2, 'dd، p، p، p، dd'))]),
    it(f"الرقم القومي بتاعي {ai(EG_NID)}", [("id", ai(EG_NID))]),
    it(f"رقم الهوية الإماراتية {grp(UAE_ID, [3, 4, 7, 1], '-')}", [("id", grp(UAE_ID, [3, 4, 7, 1], '-'))]),
    it(f"الرقم المدني {ai(KW_CID)} يعني", [("id", ai(KW_CID))]),
    it(f"طيب أعيد عليك رقم الهوية {sp('ar', SA_ID3, 'dddddddddd')} صح", [("id", sp('ar', SA_ID3, 'dddddddddd'))]),
    # --- cards
    it(f"رقم البطاقة {ai(g4(A_C1))}", [("card", ai(g4(A_C1)))]),
    it(f"أيوه {sp('ar_eg', A_C2, 'dddd dddd dddd dddd')}", [("card", sp('ar_eg', A_C2, 'dddd dddd dddd dddd'))],
       ctx="اتفضل رقم الكارت"),
    it(f"البطاقة {g4(A_C3)} يعني الفيزا", [("card", g4(A_C3))]),
    it(f"هلق بعطيك الرقم {sp('ar_lv', A_C4, 'dddd dddd dddd dddd')} هاي بطاقة الماستر",
       [("card", sp('ar_lv', A_C4, 'dddd dddd dddd dddd'))]),
    it(f"رقم البطاقة {sp('ar', A_C5, 'pppppppp')}", [("card", sp('ar', A_C5, 'pppppppp'))]),
    it(f"رقم الأمريكان اكسبريس {grp(A_C6, [4, 6, 5])}", [("card", grp(A_C6, [4, 6, 5]))]),
    it(f"لا لا غلطت الرقم الصحيح {ai(g4(A_C7))}", [("card", ai(g4(A_C7)))],
       ctx="رقم البطاقة ٥٣٧١ ٨٠٠٤ ٤٢٩٧ ١٦٣٠"),
    it(f"نمرة لاكارط هي {sp('ar_ma', A_C8, 'dddd dddd dddd dddd')}",
       [("card", sp('ar_ma', A_C8, 'dddd dddd dddd dddd'))]),
    # --- ibans
    it(f"الآيبان {g4(SA1)}", [("iban", g4(SA1))]),
    it(f"الايبان {sp('ar', SA2, 'LL dd dddd dddd dddd dddd dddd')}",
       [("iban", sp('ar', SA2, 'LL dd dddd dddd dddd dddd dddd'))]),
    it(f"رقم الآيبان {g4(AE1)} بنك دبي", [("iban", g4(AE1))]),
    it(f"الآيبان بتاعي {EG1} يا فندم", [("iban", EG1)]),
    it(f"الايبان تبعي {g4(JO1)}", [("iban", g4(JO1))]),
    it(f"ايه {g4(KW1)}", [("iban", g4(KW1))], ctx="ممكن الآيبان عشان نحول لك المبلغ"),
    it(f"يعني الـ IBAN {g4(LB1)} صح هيك", [("iban", g4(LB1))]),
    # --- phones
    it(f"رقم جوالي {sp('ar_gu', '0553817246', 'ddd ddd dddd')}",
       [("phone", sp('ar_gu', '0553817246', 'ddd ddd dddd'))]),
    it("+966 50 472 9183 هذا الرقم الأساسي", [("phone", "+966 50 472 9183")]),
    it(f"{sp('ar_eg', '01098342217', 'dddd ddd dddd')}", [("phone", sp('ar_eg', '01098342217', 'dddd ddd dddd'))],
       ctx="رقم موبايل حضرتك إيه"),
    it(f"رقمي {sp('ar_lv', '0796602841', 'ddd ddd dddd')} اتصلي عليه بعد الساعة خمسة",
       [("phone", sp('ar_lv', '0796602841', 'ddd ddd dddd'))]),
    it("النمرة ديالي 06 61 48 27 93", [("phone", "06 61 48 27 93")]),
    it("رقمي ٠٥٠ ٣١٨ ٤٤٢٧", [("phone", "٠٥٠ ٣١٨ ٤٤٢٧")]),
    it("الرقم اللبناني تبعي +961 3 418 227", [("phone", "+961 3 418 227")]),
    it(f"رقمي بالكويت {sp('ar', '98472210', 'pppp')}", [("phone", sp('ar', '98472210', 'pppp'))]),
    it("يعني الرقم ٠٥٩٤٢٧٣٣١٨ صح", [("phone", "٠٥٩٤٢٧٣٣١٨")]),
    it("جوالي ٠٥٠٨٨١٢٤٦٣ والإيميل ahmed.alharbi@gmail.com",
       [("phone", "٠٥٠٨٨١٢٤٦٣"), ("email", "ahmed.alharbi@gmail.com")]),
    # --- emails
    it("الإيميل خالد دوت المطيري ات هوتميل دوت كوم", [("email", "خالد دوت المطيري ات هوتميل دوت كوم")]),
    it("سارة اندر سكور اثنين وتسعين ات ياهو دوت كوم", [("email", "سارة اندر سكور اثنين وتسعين ات ياهو دوت كوم")],
       ctx="ممكن البريد الإلكتروني"),
    it("ايميلي mona.salem ات yahoo دوت com", [("email", "mona.salem ات yahoo دوت com")]),
    it("الإيميل بتاعي omar_fathy88@outlook.com", [("email", "omar_fathy88@outlook.com")]),
    it("الإيمايل ديالي يوسف نقطة بوزيد ات جيمايل نقطة كوم",
       [("email", "يوسف نقطة بوزيد ات جيمايل نقطة كوم")]),
    it("ايميلي lina.khoury90 at gmail dot com", [("email", "lina.khoury90 at gmail dot com")]),
    it("لا مو هوتميل ريم نقطة العتيبي آت آوتلوك نقطة كوم", [("email", "ريم نقطة العتيبي آت آوتلوك نقطة كوم")]),
    # --- dates of birth
    it("مواليد ١٩٨٧/٣/١٤", [("date_of_birth", "١٩٨٧/٣/١٤")]),
    it("خمسطعش ستة تسعين", [("date_of_birth", "خمسطعش ستة تسعين")], ctx="تاريخ الميلاد لو سمحت"),
    it("أنا مواليد تلاتة أغسطس خمسة وتمانين", [("date_of_birth", "تلاتة أغسطس خمسة وتمانين")]),
    it("تاريخ ميلادي سبعة وعشرين شهر عشرة سنة تسعة وتمانين",
       [("date_of_birth", "سبعة وعشرين شهر عشرة سنة تسعة وتمانين")]),
    it("تزاديت نهار ربعطاش مارس عام الفين وواحد", [("date_of_birth", "ربعطاش مارس عام الفين وواحد")]),
    it("تاريخ الميلاد 22-11-1978", [("date_of_birth", "22-11-1978")]),
    it("اسمي هند الزعبي ومواليد ٥ ايار ١٩٩٣", [("name", "هند الزعبي"), ("date_of_birth", "٥ ايار ١٩٩٣")]),
    # --- addresses
    it("العنوان ١٥ شارع التحرير الدقي الجيزة الدور التالت شقة سبعة",
       [("address", "١٥ شارع التحرير الدقي الجيزة الدور التالت شقة سبعة")]),
    it("العنوان الوطني ٧٢٣٤ شارع العليا حي الورود الرياض ١٢٢٥١",
       [("address", "٧٢٣٤ شارع العليا حي الورود الرياض ١٢٢٥١")]),
    it("ساكن ف ١٢ زنقة ابن سينا المعاريف الدار البيضاء", [("address", "١٢ زنقة ابن سينا المعاريف الدار البيضاء")],
       ctx="عطيني العنوان ديالك عافاك"),
    it("العنوان عمارة ٢٤ شارع وصفي التل خلدا عمان", [("address", "٢٤ شارع وصفي التل خلدا عمان")]),
    it("عنواني ٣٧ شارع الوصل جميرا دبي", [("address", "٣٧ شارع الوصل جميرا دبي")]),
    it("أسكن في ثمانية وعشرين شارع الملك فيصل حي الحمراء جدة",
       [("address", "ثمانية وعشرين شارع الملك فيصل حي الحمراء جدة")]),
    it("نسكن في ٤٥ نهج الحبيب بورقيبة سوسة", [("address", "٤٥ نهج الحبيب بورقيبة سوسة")]),
    it("معك سامر نصار وعنواني ٩ شارع الحمرا بيروت", [("name", "سامر نصار"), ("address", "٩ شارع الحمرا بيروت")]),
    # ------------------------------------------------------------- non-personal
    it("معك حق والله الفاتورة هالشهر غالية"),
    it("اسمي مسجل على الحساب بس الفاتورة باسم أخوي"),
    it("الحمد لله بخير وانت شلونك"),
    it("أتصل من جدة بخصوص الشحنة"),
    it("الفاتورة طلعت مئتين وخمسة وأربعين ريال وأنا عادة أدفع مية وخمسين"),
    it("الباقة خمسين جيجا بمية وخمسة وعشرين ريال شهرياً"),
    it(f"رقم الطلب {ai(nope('7845219930', 'ar'))}"),
    it(f"رقم الشحنة {ai(nope('290417738265', 'ar'))}"),
    it("رقم البلاغ واحد اثنين ثلاثة أربعة خمسة ستة سبعة"),
    it("الموعد يوم الأحد خمسطعش الساعة عشرة الصبح"),
    it("الفاتورة الصادرة بتاريخ ١/٣/٢٠٢٤ فيها رسوم ما أعرفها"),
    it("مشترك معكم من سنة ٢٠١٩"),
    it("في خصم عشرين بالمية إذا جددت سنة"),
    it("طيب لحظة من فضلك خليني أجيب البطاقة"),
    it("يعني تقريباً ثلاث أسابيع وأنا أنتظر المندوب"),
    it("البطاقة اللي تنتهي بـ ٤٤١٢ انخصم منها مرتين"),
    it("حولت ألفين وخمسمية ريال يوم الخميس وما وصلت"),
    it("الطلب اتأخر أسبوع يا فندم وكل شوية يقولولي بكرة"),
    it("بغيت نعرف علاش الفاتورة غالية بزاف هاد الشهر"),
    it("بدي أعرف ليش قطعوا الخط مع إني دافع"),
    it("معك خدمة العملاء تفضل كيف نقدر نساعدك"),
    it("شكراً لاتصالك بشركة الاتصالات المتنقلة كيف أقدر أساعدك"),
    it("أبغى أعرف كم المبلغ المستحق علي الحين"),
    it(f"رقم التذكرة {ai(g4(nope('5509883012476602', 'ar')))}"),
    it("اسمها باقة سوا وفيها ثلاثين جيجا"),
    it("انولدت في الرياض بس ساكن في الدمام من زمان"),
    it("عمري خمسة وثلاثين سنة"),
    it("القسط الشهري تسعمية وخمسين درهم لمدة أربعة وعشرين شهر"),
    it(f"المطالبة رقم {ai(nope('20240511883', 'ar'))} بخصوص حادث السيارة"),
    it("التأمين يغطي ثمانين بالمية من المصاريف"),
    it("اتصلت يوم ٩ ويوم ١٦ وما حد رد علي"),
    it("الساعة ثلاث ونص العصر يناسبني"),
    it("الانترنت سرعته عشرة ميجا بس المفروض مية"),
    it("ممكن تاريخ الميلاد لو سمحت"),
    it("وش رقم جوالك المسجل عندنا"),
    it("هو أنا ممكن أكلم حد من الفرع اللي في المعادي"),
    it("رصيدك الحالي سالب سبعة وثمانين ريال"),
    it("رقم العداد ٤٥٧٨٢٠٣٣"),
    it("الشحنة وصلت مستودع الرياض الساعة ٢:٣٠"),
    it("الكود اللي وصلني في الرسالة ٤٨٢٠٩١"),
    it("الكونيكسيون مقطوعة من البارح"),
    it("أنا متصل نيابة عن الوالدة عمرها ٧٢ سنة"),
    it("سعر الجهاز ثلاثة آلاف وتسعمية وتسعة وتسعين ريال بالتقسيط"),
    it(f"رقم المرجع {ai(nope('1843290578', 'ar'))}"),
    it(f"رقم المرجع {sp('ar', nope('1057738264', 'ar'), 'dddddddddd')} عشان المتابعة"),
    it("كود الخصم RAMADAN25"),
    it("الدفعة القادمة مستحقة في ٢٨ من الشهر"),
    it("تم تحويل مكالمتك للقسم المختص انتظر لحظات"),
    it("ليش الفاتورة فيها رسوم تجوال وأنا ما سافرت"),
    it("الكارت اتسحب منه تلتمية جنيه مرتين"),
    it("الموديل آيفون ١٥ برو ماكس ٢٥٦ جيجا"),
]

# ============================================================================ HEBREW
H_C1 = card("458003211987453")
H_C2 = card("532612008774519")
H_C3 = card("490165432210987")
H_C4 = card("541278903365042")
H_C5 = card("37551826003987")        # amex, 15
H_C6 = card("426684110952376")
H_C7 = card("222360071845293")
TZ1, TZ2, TZ3, TZ4 = tz("31245678"), tz("03958412"), tz("20471836"), tz("05682319")
TZ5, TZ6, TZ7 = tz("30118274"), tz("02745563"), tz("34091726")
IL1 = iban("IL", "0126400000004578321")
IL2 = iban("IL", "0108560000000912743")
IL3 = iban("IL", "0207720000003318564")
IL4 = iban("IL", "0114910000000627718")
IL5 = iban("IL", "0315050000001183097")
IL6 = iban("IL", "0091240000000458812")
DE2 = iban("DE", "100700240683214400")

HE = [
    # --- names
    it("שלום שמי יוסי לוי ואני מתקשר לגבי החשבונית של החודש", [("name", "יוסי לוי")]),
    it("היי מדברת מיכל משירות הלקוחות במה אפשר לעזור", [("name", "מיכל")]),
    it("כן זה אנסטסיה קוזלוב", [("name", "אנסטסיה קוזלוב")], ctx="מה השם המלא בבקשה"),
    it("תודה גברת קוזלוב אני בודקת את זה", [("name", "קוזלוב")]),
    it("שְׁמִי דָּנִיאֵל אֲבוּטְבּוּל וַאֲנִי רוֹצֶה לְבַטֵּל אֶת הַמָּנוּי", [("name", "דָּנִיאֵל אֲבוּטְבּוּל")]),
    it("כן אהלן אני מוחמד חטיב מטירה יש לי בעיה עם הראוטר", [("name", "מוחמד חטיב")]),
    it("קוראים לי אביטל בן דוד", [("name", "אביטל בן דוד")]),
    it("אוקיי שירה אני רואה פה את החיוב הכפול", [("name", "שירה")]),
    it("מדבר אלכסנדר גולדברג בעל החשבון", [("name", "אלכסנדר גולדברג")]),
    it("שמי טגסט מנגשה ואני רוצה לעבור מסלול", [("name", "טגסט מנגשה")]),
    it("שלום הגעת לנועם ממחלקת הגבייה", [("name", "נועם")]),
    # --- ids
    it(f"כן {sp('he', TZ1, 'ddddddddd')}", [("id", sp('he', TZ1, 'ddddddddd'))], ctx="מספר תעודת זהות בבקשה"),
    it(f"תעודת זהות {TZ2}", [("id", TZ2)]),
    it(f"ת״ז {grp(TZ3, [3, 3, 3], '-')}", [("id", grp(TZ3, [3, 3, 3], '-'))]),
    it(f"המספר זהות {sp('he', TZ4, 'p, p, p, p, d')}", [("id", sp('he', TZ4, 'p, p, p, p, d'))]),
    it(f"רק מוודא תעודת זהות {sp('he', TZ5, 'ddd ddd ddd')} נכון", [("id", sp('he', TZ5, 'ddd ddd ddd'))]),
    it(f"אני רונית אלמוג ת.ז. {TZ6}", [("name", "רונית אלמוג"), ("id", TZ6)]),
    it(f"{sp('he', TZ7, 'ddddddddd')} זה המספר זהות שלי", [("id", sp('he', TZ7, 'ddddddddd'))]),
    # --- cards
    it(f"מספר הכרטיס {sp('he', H_C1, 'dddd dddd dddd dddd')}", [("card", sp('he', H_C1, 'dddd dddd dddd dddd'))]),
    it(f"{g4(H_C2)}", [("card", g4(H_C2))], ctx="תקריא לי את מספר הכרטיס"),
    it(f"כאילו המספר זה {sp('he', H_C3, 'p p p p p p p p')}", [("card", sp('he', H_C3, 'p p p p p p p p'))]),
    it(f"לא סליחה טעיתי זה {g4(H_C4, '-')}", [("card", g4(H_C4, '-'))]),
    it(f"אמריקן אקספרס {grp(H_C5, [4, 6, 5])}", [("card", grp(H_C5, [4, 6, 5]))]),
    it(f"אממ {sp('he', H_C6, 'dddddddddddddddd')} זה הויזה", [("card", sp('he', H_C6, 'dddddddddddddddd'))]),
    it(f"הכרטיס {H_C7} בתוקף עד שתיים עשרים ושבע", [("card", H_C7)]),
    # --- ibans
    it(f"מספר האייבן {g4(IL1)}", [("iban", g4(IL1))]),
    it(f"האייבן {sp('he', IL2, 'LL dd ddd ddd ddddddddddddd')}",
       [("iban", sp('he', IL2, 'LL dd ddd ddd ddddddddddddd'))]),
    it(f"{IL3}", [("iban", IL3)], ctx="אני צריך את מספר ה-IBAN בשביל ההחזר"),
    it(f"אממ IBAN {g4(IL4)} זה בדיסקונט", [("iban", g4(IL4))]),
    it(f"אז האייבן הוא {grp(IL5, [4, 3, 3, 13], '-')} נכון", [("iban", grp(IL5, [4, 3, 3, 13], '-'))]),
    it(f"יש לי חשבון בגרמניה האייבן שם {g4(DE2)}", [("iban", g4(DE2))]),
    it(f"תרשמי {sp('he', IL6, 'nn dd ddd ddd ddddddddddddd')}", [("iban", sp('he', IL6, 'nn dd ddd ddd ddddddddddddd'))],
       ctx="לאיזה חשבון להחזיר את הכסף"),
    # --- phones
    it("הטלפון שלי 054-7713982", [("phone", "054-7713982")]),
    it("אפס חמש שתיים שש שש אחת שמונה ארבע חמש אפס", [("phone", "אפס חמש שתיים שש שש אחת שמונה ארבע חמש אפס")],
       ctx="מה המספר לחזור אליך"),
    it("+972 50 334 8127 זה הנייד", [("phone", "+972 50 334 8127")]),
    it(f"בבית {sp('he', '036127754', 'p, ddd, p p')}", [("phone", sp('he', '036127754', 'p, ddd, p p'))]),
    it("תתקשרו ל-058-4402719 אחרי חמש", [("phone", "058-4402719")]),
    it("פלוס תשע שבע שתיים שלוש תשע אחת שתיים ארבע ארבע שש אפס",
       [("phone", "פלוס תשע שבע שתיים שלוש תשע אחת שתיים ארבע ארבע שש אפס")]),
    it("אז זה 053-330-9128 נכון", [("phone", "053-330-9128")]),
    it("הנייד 050-8821475 והמייל yossi.levi@gmail.com", [("phone", "050-8821475"), ("email", "yossi.levi@gmail.com")]),
    it(f"לא לא זה {sp('he', '0775012239', 'ddd ddd, p p')}", [("phone", sp('he', '0775012239', 'ddd ddd, p p'))]),
    it("02-6723391 זה הבית בירושלים", [("phone", "02-6723391")]),
    # --- emails
    it("המייל שלי דני כהן אחת שתיים שטרודל וואלה נקודה קו נקודה איל",
       [("email", "דני כהן אחת שתיים שטרודל וואלה נקודה קו נקודה איל")]),
    it("מיכל קו תחתון אברהם שטרודל הוטמייל נקודה קום", [("email", "מיכל קו תחתון אברהם שטרודל הוטמייל נקודה קום")],
       ctx="לאיזה מייל לשלוח את הקבלה"),
    it("המייל זה avital.bd@walla.co.il", [("email", "avital.bd@walla.co.il")]),
    it("אה המייל זה sh.gabay שטרודל gmail נקודה com", [("email", "sh.gabay שטרודל gmail נקודה com")]),
    it("המייל הוא moshe מקף peretz שטרודל outlook נקודה קום", [("email", "moshe מקף peretz שטרודל outlook נקודה קום")]),
    it("לא זה לא ג'ימייל זה יאהו רונן נקודה שטרן שטרודל יאהו נקודה קום",
       [("email", "רונן נקודה שטרן שטרודל יאהו נקודה קום")]),
    it("המייל אנה פטרוב אט ג'ימייל דוט קום", [("email", "אנה פטרוב אט ג'ימייל דוט קום")]),
    # --- dates of birth
    it("נולדתי ב-12 במרץ 1985", [("date_of_birth", "12 במרץ 1985")]),
    it("תאריך לידה 07.11.1979", [("date_of_birth", "07.11.1979")]),
    it("שלושה בינואר שמונים ושבע", [("date_of_birth", "שלושה בינואר שמונים ושבע")], ctx="תאריך לידה?"),
    it("תאריך לידה עברי ט״ו בשבט תשמ״ו", [("date_of_birth", "ט״ו בשבט תשמ״ו")]),
    it("אני יליד עשרים ושתיים באוגוסט תשעים ואחת", [("date_of_birth", "עשרים ושתיים באוגוסט תשעים ואחת")]),
    it("תאריך הלידה שלי זה 3/5/1968", [("date_of_birth", "3/5/1968")]),
    it(f"ת״ז {TZ1} ותאריך לידה 14 ביוני 2001", [("id", TZ1), ("date_of_birth", "14 ביוני 2001")]),
    it("תאריך לידה אחד עשר שש תשעים ושמונה", [("date_of_birth", "אחד עשר שש תשעים ושמונה")]),
    # --- addresses
    it("הכתובת היא הרצל 42 דירה 5 ראשון לציון", [("address", "הרצל 42 דירה 5 ראשון לציון")]),
    it("הכתובת שלי רחוב ביאליק 17 רמת גן", [("address", "רחוב ביאליק 17 רמת גן")]),
    it("ז'בוטינסקי מאה ואחת קומה שלוש פתח תקווה", [("address", "ז'בוטינסקי מאה ואחת קומה שלוש פתח תקווה")],
       ctx="לאיזו כתובת לשלוח את הראוטר"),
    it("כתובת למשלוח שדרות רוטשילד 88 תל אביב", [("address", "שדרות רוטשילד 88 תל אביב")]),
    it("המשלוח לכתובת נחל עמוד 6 דירה 12 מודיעין", [("address", "נחל עמוד 6 דירה 12 מודיעין")]),
    it("הַכְּתוֹבֶת שֶׁלִּי הַנְּבִיאִים 23 יְרוּשָׁלַיִם", [("address", "הַנְּבִיאִים 23 יְרוּשָׁלַיִם")]),
    it("הכתובת אלמותנבי 14 חיפה", [("address", "אלמותנבי 14 חיפה")]),
    it("שמי עומר שטרן הכתובת הגפן 3 קריית טבעון", [("name", "עומר שטרן"), ("address", "הגפן 3 קריית טבעון")]),
    # ------------------------------------------------------------- non-personal
    it("אני מדברת על החיוב של החודש שעבר"),
    it("השם שלי רשום על החשבון אבל אשתי משלמת"),
    it("אני בסדר תודה מה שלומך"),
    it("אני מתקשר מחיפה"),
    it("החבילה של מאה גיגה בשלושים ותשעה תשעים"),
    it(f"מספר ההזמנה {nope('4471209388', 'he')}"),
    it(f"מספר המשלוח של הדואר {nope('LY 482 019 377 IL', 'he')}"),
    it("מספר פנייה שש שבע אחת אחת אפס שתיים שלוש"),
    it("התור לטכנאי ביום שלישי ה-14 בין שמונה לשתים עשרה"),
    it("החשבונית מה-1 במרץ על סך 249 שקל"),
    it("עשרים אחוז הנחה לשנה הראשונה"),
    it("שלום הגעתם לשירות הלקוחות כל הנציגים עסוקים כרגע"),
    it("כאילו אני מחכה כבר שלושה שבועות להחזר"),
    it("הכרטיס שמסתיים ב-4412 חויב פעמיים"),
    it("אני בן שלושים ושתיים"),
    it("קוראים לזה חבילת גלישה בחו״ל"),
    it("רגע אני מחפש את הכרטיס"),
    it("התשלום יורד כל עשירי לחודש"),
    it("המחיר עלה מחמישים ותשע לשישים ותשע שקל"),
    it("נולדתי בבאר שבע אבל אני גר בצפון"),
    it(f"מספר התביעה {grp(nope('2024118330', 'he'), [4, 3, 3], '-')}"),
    it("מה תאריך הלידה?"),
    it("מה הטלפון לחזרה?"),
    it("יש לכם סניף בנתניה?"),
    it("אני אצלכם כבר עשר שנים"),
    it("זה עולה שלוש מאות ארבעים ושמונה שקל לחודש בשלושים ושישה תשלומים"),
    it("השיחה מוקלטת לצורך שיפור השירות"),
    it("הקו היה מנותק מה-3 עד ה-9 בחודש"),
    it("השליח אמר שיגיע בין עשר לשתיים"),
    it(f"מספר האסמכתא {g4(nope('8830124766025509', 'he'))}"),
    it("בסדר גמור תודה רבה לך יום טוב"),
    it("הפוליסה מכסה עד מאה אלף שקל"),
    it("הרכב שנת 2018 עם שמונים אלף קילומטר"),
    it("אני רוצה לעבור למסלול של 5G"),
    it("החיוב של 89.90 מופיע פעמיים"),
    it("רגע אני אעביר אותך למחלקה הטכנית"),
    it("הגעתי לתפריט ולחצתי שלוש ואז אחת"),
    it("הקוד שקיבלתי בהודעה זה 482091"),
    it("העברתי אלפיים וחמש מאות שקל ביום חמישי"),
    it(f"מספר סידורי של הממיר {g4(nope('774100928815', 'he'))}"),
    it("הקבלה מתאריך 15/04/2024"),
    it("אני מחכה על הקו כבר ארבעים דקות"),
    it("אמרו לי שהשם שלי לא מופיע במערכת"),
    it("שלום אני מתקשרת בקשר לביטוח דירה"),
    it("יש לי חוב של אלף מאתיים שקל?"),
    it("הריבית היא ארבעה וחצי אחוז"),
    it("כן זה אני בעל החשבון"),
    it("המשלוח יצא מאשדוד ביום ראשון"),
    it(f"מספר ההזמנה {sp('he', nope('1843290578', 'he'), 'dddddddddd')}"),
    it("תּוֹדָה רַבָּה וְיוֹם טוֹב"),
]

# ============================================================================ GREEK
G_C1 = card("453218800471625")
G_C2 = card("516732094418873")
G_C3 = card("479014522803317")
G_C4 = card("552200917735604")
G_C5 = card("37892245100638")        # amex, 15
G_C6 = card("410086339917520")
G_C7 = card("535611482290073")
G_C8 = card("492181660045731")
AFM1, AFM2, AFM3 = afm("14852937"), afm("09471532"), afm("12893046")
AFM4, AFM5, AFM6 = afm("04417389"), afm("13370952"), afm("16208845")
AMKA1 = amka("140387", "0215")
AMKA2 = amka("220978", "1144")
GR1 = iban("GR", "0110472" + "0000047200183459")
GR2 = iban("GR", "0170155" + "0000015512874960")
GR3 = iban("GR", "0260301" + "0000430200918273")
GR4 = iban("GR", "0140880" + "0880002002318764")
GR5 = iban("GR", "0110260" + "0000026000744812")
GR6 = iban("GR", "0172207" + "0005220711830294")
CY1 = iban("CY", "00500301" + "0000003570128843")

EL = [
    # --- names
    it("καλησπέρα με λένε γιώργο παπαδόπουλο και παίρνω για τον λογαριασμό του ρεύματος",
       [("name", "γιώργο παπαδόπουλο")]),
    it("λέγομαι Κατερίνα Οικονόμου", [("name", "Κατερίνα Οικονόμου")]),
    it("καλησπέρα σας είμαι η ελένη από την εξυπηρέτηση πελατών πώς μπορώ να βοηθήσω", [("name", "ελένη")]),
    it("ευχαριστώ πολύ κύριε παπαδόπουλε", [("name", "παπαδόπουλε")]),
    it("ονομάζομαι Δημήτρης Κωνσταντίνου", [("name", "Δημήτρης Κωνσταντίνου")]),
    it("με λενε ολενα σεβτσενκο", [("name", "ολενα σεβτσενκο")]),
    it("το όνομά μου είναι ερμάλ χότζα", [("name", "ερμάλ χότζα")]),
    it("εγώ ο νίκος αλεξίου", [("name", "νίκος αλεξίου")], ctx="ποιος είναι ο κάτοχος της σύνδεσης;"),
    it("κυρία οικονόμου σας ακούω", [("name", "οικονόμου")]),
    it("γεια σας είμαι ο αχμέτ γιλμάζ και έχω πρόβλημα με το ίντερνετ", [("name", "αχμέτ γιλμάζ")]),
    # --- ids
    it(f"ναι {sp('el', AFM1, 'ddddddddd')}", [("id", sp('el', AFM1, 'ddddddddd'))], ctx="μου λέτε το ΑΦΜ σας;"),
    it(f"ΑΦΜ {AFM2}", [("id", AFM2)]),
    it(f"ο αφμ μου είναι {sp('el', AFM3, 'ddd, p, p, dd')}", [("id", sp('el', AFM3, 'ddd, p, p, dd'))]),
    it(f"ΑΜΚΑ {AMKA1}", [("id", AMKA1)]),
    it(f"αμκα {sp('el_na', AMKA2, 'ddddddddddd')}", [("id", sp('el_na', AMKA2, 'ddddddddddd'))]),
    it("αριθμός ταυτότητας ΑΚ 482913", [("id", "ΑΚ 482913")]),
    it("η ταυτότητα είναι άλφα νι εφτά εφτά δύο ένα πέντε τέσσερα",
       [("id", "άλφα νι εφτά εφτά δύο ένα πέντε τέσσερα")]),
    it(f"είμαι η Μαρία Σταθοπούλου με ΑΦΜ {AFM4}", [("name", "Μαρία Σταθοπούλου"), ("id", AFM4)]),
    it(f"δηλαδή {sp('el', AFM5, 'ddd ddd ddd')} σωστά;", [("id", sp('el', AFM5, 'ddd ddd ddd'))]),
    it(f"{sp('el_f', AFM6, 'ddddddddd')} είναι το ΑΦΜ", [("id", sp('el_f', AFM6, 'ddddddddd'))]),
    # --- cards
    it(f"ο αριθμός της κάρτας είναι {sp('el', G_C1, 'dddd dddd dddd dddd')}",
       [("card", sp('el', G_C1, 'dddd dddd dddd dddd'))]),
    it(f"{g4(G_C2)}", [("card", g4(G_C2))], ctx="πείτε μου τον αριθμό της κάρτας"),
    it(f"{sp('el', G_C3, 'pp pp pp pp')}", [("card", sp('el', G_C3, 'pp pp pp pp'))],
       ctx="τον αριθμό της κάρτας παρακαλώ"),
    it(f"όχι συγγνώμη λάθος είπα {g4(G_C4, '-')}", [("card", g4(G_C4, '-'))]),
    it(f"αμέρικαν έξπρες {grp(G_C5, [4, 6, 5])}", [("card", grp(G_C5, [4, 6, 5]))]),
    it(f"η καρτα ειναι {sp('el_na', G_C6, 'dddd dddd dddd dddd')}",
       [("card", sp('el_na', G_C6, 'dddd dddd dddd dddd'))]),
    it(f"δηλαδή {sp('el_f', G_C7, 'dddddddddddddddd')} αυτή είναι η χρεωστική",
       [("card", sp('el_f', G_C7, 'dddddddddddddddd'))]),
    it(f"την κάρτα {G_C8} με λήξη δώδεκα του εικοσιέξι", [("card", G_C8)]),
    # --- ibans
    it(f"το IBAN μου είναι {g4(GR1)}", [("iban", g4(GR1))]),
    it(f"το ιμπάν {sp('el', GR2, 'LL p ddd dddd dddddddddddddddd')}",
       [("iban", sp('el', GR2, 'LL p ddd dddd dddddddddddddddd'))]),
    it(f"{GR3}", [("iban", GR3)], ctx="θα χρειαστώ το ΙΒΑΝ για την επιστροφή"),
    it(f"σας το επαναλαμβάνω {g4(GR4)} σωστά;", [("iban", g4(GR4))]),
    it(f"το ιμπάν μου στην Κύπρο {g4(CY1)}", [("iban", g4(CY1))]),
    it(f"gr {sp('el', GR5[2:], 'p dddd dddd dddd dddd dddd ddd')}",
       [("iban", "gr " + sp('el', GR5[2:], 'p dddd dddd dddd dddd dddd ddd'))]),
    it(f"δικαιούχος είμαι εγώ θανάσης ρήγας και το ιμπαν {g4(GR6)}",
       [("name", "θανάσης ρήγας"), ("iban", g4(GR6))]),
    # --- phones
    it("το κινητό μου είναι 6947 218 305", [("phone", "6947 218 305")]),
    it("έξι εννιά εφτά δύο τέσσερα τέσσερα ένα οχτώ μηδέν έξι",
       [("phone", "έξι εννιά εφτά δύο τέσσερα τέσσερα ένα οχτώ μηδέν έξι")],
       ctx="σε ποιο τηλέφωνο να σας καλέσουμε;"),
    it(f"το κινητό {sp('el', '6938152247', 'p p p p p')}", [("phone", sp('el', '6938152247', 'p p p p p'))]),
    it("στο σπίτι διακόσια δέκα έξι εφτά δύο σαράντα τέσσερα δεκαοχτώ",
       [("phone", "διακόσια δέκα έξι εφτά δύο σαράντα τέσσερα δεκαοχτώ")]),
    it("+30 697 220 1184", [("phone", "+30 697 220 1184")], ctx="ένα τηλέφωνο επικοινωνίας;"),
    it("στη δουλειά 2310 845 219", [("phone", "2310 845 219")]),
    it("άρα το 6985 003 771 σωστά;", [("phone", "6985 003 771")]),
    it("το κινητό 6951772430 και το μέιλ stavros.m@hotmail.gr",
       [("phone", "6951772430"), ("email", "stavros.m@hotmail.gr")]),
    it("όχι όχι το σωστό είναι έξι εννιά τέσσερα τέσσερα πέντε μηδέν οχτώ δύο ένα εφτά",
       [("phone", "έξι εννιά τέσσερα τέσσερα πέντε μηδέν οχτώ δύο ένα εφτά")]),
    it("0030 2610 334 891 αν καλείτε από το εξωτερικό", [("phone", "0030 2610 334 891")]),
    # --- emails
    it("το email μου είναι γιάννης τελεία παπαδάκης παπάκι τζιμέιλ τελεία κομ",
       [("email", "γιάννης τελεία παπαδάκης παπάκι τζιμέιλ τελεία κομ")]),
    it("κατερίνα κάτω παύλα οικ παπάκι yahoo τελεία gr", [("email", "κατερίνα κάτω παύλα οικ παπάκι yahoo τελεία gr")],
       ctx="ποιο είναι το ηλεκτρονικό σας ταχυδρομείο;"),
    it("στείλτε το στο gpapas78@otenet.gr", [("email", "gpapas78@otenet.gr")]),
    it("το μειλ ειναι ελενη τελεια μαρκου παπακι χοτμειλ τελεια κομ",
       [("email", "ελενη τελεια μαρκου παπακι χοτμειλ τελεια κομ")]),
    it("dimitris παύλα k παπάκι outlook dot com", [("email", "dimitris παύλα k παπάκι outlook dot com")]),
    it("όχι gmail είναι στο yahoo νίκος αλεξίου παπάκι yahoo τελεία gr",
       [("email", "νίκος αλεξίου παπάκι yahoo τελεία gr")]),
    it("το e-mail μου sofia.karra@gmail.com σας το γράφω και στο chat", [("email", "sofia.karra@gmail.com")]),
    # --- dates of birth
    it("γεννήθηκα στις δεκατρείς Μαρτίου του ογδόντα εφτά", [("date_of_birth", "δεκατρείς Μαρτίου του ογδόντα εφτά")]),
    it("ημερομηνία γέννησης 03/07/1991", [("date_of_birth", "03/07/1991")]),
    it("πέντε του έξι του ενενήντα τέσσερα", [("date_of_birth", "πέντε του έξι του ενενήντα τέσσερα")],
       ctx="ημερομηνία γέννησης;"),
    it("είκοσι δύο νοεμβρίου χίλια εννιακόσια εβδομήντα οχτώ είναι η ημερομηνία γέννησης",
       [("date_of_birth", "είκοσι δύο νοεμβρίου χίλια εννιακόσια εβδομήντα οχτώ")]),
    it("γεννηθηκα στις 9 φεβρουαριου 2000", [("date_of_birth", "9 φεβρουαριου 2000")]),
    it("Ελευθερία Ζαχαρίου γεννημένη 30 Σεπτεμβρίου 1965",
       [("name", "Ελευθερία Ζαχαρίου"), ("date_of_birth", "30 Σεπτεμβρίου 1965")],
       ctx="ονοματεπώνυμο και ημερομηνία γέννησης παρακαλώ"),
    it("η ημερομηνία γέννησής μου είναι πρώτη Απριλίου του δύο χιλιάδες τρία",
       [("date_of_birth", "πρώτη Απριλίου του δύο χιλιάδες τρία")]),
    it("12-12-1959", [("date_of_birth", "12-12-1959")], ctx="και πότε γεννηθήκατε;"),
    # --- addresses
    it("η διεύθυνση είναι Ερμού 25 Αθήνα 105 63", [("address", "Ερμού 25 Αθήνα 105 63")]),
    it("λεωφόρος κηφισίας εκατόν δώδεκα μαρούσι", [("address", "λεωφόρος κηφισίας εκατόν δώδεκα μαρούσι")],
       ctx="σε ποια διεύθυνση να έρθει ο τεχνικός;"),
    it("μένω Εγνατίας 45 Θεσσαλονίκη 546 30", [("address", "Εγνατίας 45 Θεσσαλονίκη 546 30")]),
    it("η διευθυνση μου ειναι αγιου δημητριου 8 τριτος οροφος πατρα",
       [("address", "αγιου δημητριου 8 τριτος οροφος πατρα")]),
    it("να το στείλετε Παπαναστασίου 17 διαμέρισμα 4 Κάτω Πατήσια",
       [("address", "Παπαναστασίου 17 διαμέρισμα 4 Κάτω Πατήσια")]),
    it("τσιμισκή πενήντα δύο θεσσαλονίκη", [("address", "τσιμισκή πενήντα δύο θεσσαλονίκη")],
       ctx="η διεύθυνση αποστολής;"),
    it("Μακαρίου 64 Λεμεσός 3025", [("address", "Μακαρίου 64 Λεμεσός 3025")], ctx="και η διεύθυνσή σας στην Κύπρο;"),
    it("είμαι η Άννα Λαμπράκη και η διεύθυνση είναι Κολοκοτρώνη 9 Ηράκλειο Κρήτης",
       [("name", "Άννα Λαμπράκη"), ("address", "Κολοκοτρώνη 9 Ηράκλειο Κρήτης")]),
    # ------------------------------------------------------------- non-personal
    it("είμαι καλά ευχαριστώ εσείς;"),
    it("σας καλώ από τη Θεσσαλονίκη για τον λογαριασμό"),
    it("το όνομά μου είναι στον λογαριασμό αλλά πληρώνει ο άντρας μου"),
    it("δηλαδή πλήρωσα σαράντα εννιά ευρώ και ενενήντα λεπτά και μου ήρθε πάλι χρέωση"),
    it("το πακέτο έχει είκοσι γίγα και εξακόσια λεπτά ομιλίας"),
    it(f"ο αριθμός παραγγελίας είναι {grp(nope('4471209388', 'el'), [4, 4, 2])}"),
    it(f"ο αριθμός αποστολής είναι {sp('el', nope('773100249581', 'el'), 'dddddddddddd')}"),
    it("το ραντεβού με τον τεχνικό είναι την Τρίτη δεκαπέντε του μήνα στις δέκα"),
    it("ο λογαριασμός του Μαρτίου ήταν εκατόν είκοσι ευρώ"),
    it("με ΦΠΑ είκοσι τέσσερα τοις εκατό"),
    it("καλησπέρα σας Cosmote πώς μπορώ να σας βοηθήσω"),
    it("η κάρτα που λήγει σε 4412 χρεώθηκε δύο φορές"),
    it("γεννήθηκα στην Πάτρα αλλά μένω Αθήνα εδώ και χρόνια"),
    it("το πακέτο λέγεται Unlimited Max"),
    it("ένα λεπτό να βρω την κάρτα"),
    it("δηλαδή περιμένω τρεις εβδομάδες την επιστροφή χρημάτων"),
    it("η πάγια εντολή χρεώνεται στις πέντε κάθε μήνα"),
    it("πόσο είναι το υπόλοιπο που χρωστάω;"),
    it(f"ο αριθμός αιτήματος {g4(nope('1847552091327746', 'el'))}"),
    it("μου λέτε την ημερομηνία γέννησης;"),
    it("σε ποιο τηλέφωνο μπορούμε να σας βρούμε;"),
    it("είμαι πελάτης σας από το δύο χιλιάδες δεκαπέντε"),
    it("το συμβόλαιο λήγει τον Ιούνιο του εικοσιπέντε"),
    it("η ασφάλεια του αυτοκινήτου κοστίζει τριακόσια ογδόντα ευρώ τον χρόνο"),
    it("η αποζημίωση ήταν χίλια διακόσια πενήντα ευρώ μείον την απαλλαγή"),
    it("η ένδειξη του μετρητή είναι 04782"),
    it("σας βάζω σε αναμονή για δύο λεπτά"),
    it("πλήρωσα στις τρεις Μαΐου στο κατάστημα"),
    it(f"ο αριθμός πρωτοκόλλου είναι {nope('2024/118330', 'el')}"),
    it("το επιτόκιο ανέβηκε από τρία κόμμα εννιά σε πέντε κόμμα τέσσερα"),
    it("έκλεισα τα σαράντα χθες και μου μπλόκαραν την κάρτα"),
    it("το ρούτερ δεν ανάβει καθόλου από το πρωί"),
    it("με ακούτε; η γραμμή κόβεται"),
    it("είμαι ο κάτοχος του λογαριασμού"),
    it("μιλάω εκ μέρους της μητέρας μου που είναι ογδόντα δύο χρονών"),
    it("η μεταφορά έγινε στις δεκαπέντε του μήνα ποσό πέντε χιλιάδες διακόσια"),
    it("το κατάστημα στην Ερμού κλείνει στις εννιά"),
    it("η χρέωση των 89,90 εμφανίζεται δύο φορές"),
    it("ο κωδικός που μου ήρθε με μήνυμα είναι 482091"),
    it("ο τεχνικός θα έρθει μεταξύ δέκα και δύο"),
    it("μου είπαν να πάρω τηλέφωνο μετά τις πέντε"),
    it(f"ο σειριακός αριθμός του ρούτερ είναι {nope('22910487735', 'el')}"),
    it("θέλω να μεταφέρω τη σύνδεση από τη Wind στη Nova"),
    it("το νέο κινητό κοστίζει εννιακόσια ενενήντα εννιά σε είκοσι τέσσερις δόσεις"),
    it("ευχαριστώ πολύ καλή συνέχεια"),
    it(f"ο αριθμός παραγγελίας {sp('el', nope('184329057', 'el'), 'ddddddddd')}"),
    it("η γραμμή ήταν κομμένη από τις τρεις μέχρι τις εννιά του μήνα"),
    it("είμαι στο Ηράκλειο"),
    it("καλησπερα θελω να ακυρωσω τη συνδρομη"),
    it("η αίτηση με αριθμό ΑΡ-556/2024 εγκρίθηκε"),
]

# ----------------------------------------------------------------------------- write

KINDS = ["card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"]


def main():
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind5")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in (("en", EN), ("ar", AR), ("he", HE), ("el", EL)):
        texts = [d["text"] for d in items]
        assert len(texts) == len(set(texts)), ("duplicate text", lang,
                                               [t for t, n in Counter(texts).items() if n > 1])
        counts = Counter()
        for d in items:
            b = d["text"].encode()
            prev = 0
            for s in d["spans"]:
                assert s["kind"] in KINDS
                assert prev <= s["start"] < s["end"] <= len(b)
                b[s["start"]:s["end"]].decode()  # on character boundaries
                prev = s["end"]
                counts[s["kind"]] += 1
        for k in KINDS:
            assert counts[k] >= 6, (lang, k, counts[k])
        personal = sum(1 for d in items if d["spans"])
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for d in items:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")
        print(lang, len(items), "items", personal, "personal", len(items) - personal, "non-personal",
              " ".join(f"{k}={counts[k]}" for k in KINDS))


if __name__ == "__main__":
    main()
