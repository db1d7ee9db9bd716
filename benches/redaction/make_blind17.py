#!/usr/bin/env python3
"""Blind evaluation set 17 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief. It never
opened, listed or read the redactor, its rules, its tests, or any other evaluation set or
generator. Every line below was composed from that brief and from general knowledge of
how people talk on customer-service phone calls (English, Arabic, Hebrew, Greek). All
values are invented; values that carry a check digit (payment cards, IBANs, national ID
numbers) are computed in this script, and long non-personal numbers are asserted to FAIL
those checks. Span offsets are never counted by hand: each span is located by searching
for its substring, converted to UTF-8 byte offsets, and asserted.

Output: data/redaction/blind17/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # optional, not scored: an earlier line of the same call
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text, end exclusive.
- Items with empty spans are non-personal and must come out unchanged.

Run (standard library only, deterministic):
    python3 benches/redaction/make_blind17.py
"""
import json
import re
from collections import Counter
from pathlib import Path

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = Path(__file__).resolve().parents[2] / "data" / "redaction" / "blind17"

# --------------------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------------------


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(body):
    """body + the one digit that makes it pass Luhn."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


IBAN_LEN = {
    "GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
    "IE": 22, "DE": 22, "FR": 27, "QA": 29, "KW": 30, "BH": 22, "LB": 28, "PS": 29,
    "TN": 24, "NL": 18, "ES": 24, "IT": 27,
}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def make_iban(cc, bban):
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, bban, len(bban))
    chk = 98 - _iban_num(bban + cc + "00") % 97
    out = f"{cc}{chk:02d}{bban}"
    assert iban_ok(out)
    return out


def tz_ok(d):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2..., digit sums, total % 10 == 0."""
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = 0
    for i, ch in enumerate(d):
        x = int(ch) * (1 if i % 2 == 0 else 2)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def make_tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    """Greek AFM: sum(d_i * 2^(8-i)) % 11 % 10 == last digit."""
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def make_afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    out = body8 + str(s % 11 % 10)
    assert afm_ok(out)
    return out


def saudi_ok(d):
    """Saudi national ID (1...) / Iqama (2...): 10 digits, Luhn."""
    return bool(re.fullmatch(r"[12]\d{9}", d)) and luhn_ok(d)


def make_saudi(body9):
    assert body9[0] in "12" and len(body9) == 9
    return luhn_complete(body9)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return a not in (0, 666) and a < 900 and g != 0 and n != 0


def make_card(body):
    out = luhn_complete(body)
    assert 13 <= len(out) <= 19
    return out


def grp(s, sizes, sep=" "):
    """Cut s into groups of the given sizes (the last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ar_digits(s):
    return s.translate(AR_DIGITS)


# --------------------------------------------------------------------------------------
# number words (to write values the way a recogniser spells spoken digits)
# --------------------------------------------------------------------------------------

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
HE_HUND = ["", "מאה", "מאתיים", "שלוש מאות", "ארבע מאות", "חמש מאות", "שש מאות",
           "שבע מאות", "שמונה מאות", "תשע מאות"]

AR_MSA = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_COL = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_TEEN_MSA = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
               "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
AR_TEEN_COL = ["عشرة", "احداشر", "اتناشر", "تلاتاشر", "اربعتاشر", "خمستاشر", "ستاشر",
               "سبعتاشر", "تمنتاشر", "تسعتاشر"]
AR_TENS_MSA = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
AR_TENS_COL = ["", "", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"]

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def he_num(n, masc=False):
    d = HE_M if masc else HE_F
    if n < 10:
        return d[n]
    if n < 20:
        return (HE_TEEN_M if masc else HE_TEEN_F)[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return HE_TENS[t] + (" ו" + d[u] if u else "")
    h, r = divmod(n, 100)
    if not r:
        return HE_HUND[h]
    if r < 20:
        return HE_HUND[h] + " ו" + he_num(r, masc)
    return HE_HUND[h] + " " + he_num(r, masc)


def ar_num(n, col=False):
    d = AR_COL if col else AR_MSA
    if n < 10:
        return d[n]
    if n < 20:
        return (AR_TEEN_COL if col else AR_TEEN_MSA)[n - 10]
    t, u = divmod(n, 10)
    tens = (AR_TENS_COL if col else AR_TENS_MSA)[t]
    return d[u] + " و" + tens if u else tens


def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    h, r = divmod(n, 100)
    if not r:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + el_num(r)


def _doubles(ws, dbl, tpl):
    out, i = [], 0
    while i < len(ws):
        j = i
        while j < len(ws) and ws[j] == ws[i] and j - i < 3:
            j += 1
        n = j - i
        out.append(ws[i] if n == 1 else (f"{dbl} {ws[i]}" if n == 2 else f"{tpl} {ws[i]}"))
        i = j
    return out


def say(lang, d, groups=None, sep=" ", oh=False, double=False, masc=False, col=False):
    """Spell the digit string d as words.  groups: sizes of groups (last repeats);
    a group of 2 (or 3 in Greek/Hebrew) not starting with 0 is said as one number,
    any other group digit by digit.  No groups: digit by digit."""
    d = d.translate(TO_ASCII)
    parts = [d] if groups is None else grp(d, groups).split(" ")
    words = []
    for g in parts:
        if groups is not None and (len(g) == 2 and g[0] != "0" or
                                   (len(g) == 3 and g[0] != "0" and lang in ("el", "he"))):
            n = int(g)
            words.append({"en": en_num, "el": el_num}.get(lang, None)(n) if lang in ("en", "el")
                         else he_num(n, masc) if lang == "he" else ar_num(n, col))
            continue
        if lang == "en":
            ws = ["oh" if (c == "0" and oh) else EN_D[int(c)] for c in g]
            if double:
                ws = _doubles(ws, "double", "triple")
        elif lang == "he":
            ws = [(HE_M if masc else HE_F)[int(c)] for c in g]
        elif lang == "ar":
            ws = [(AR_COL if col else AR_MSA)[int(c)] for c in g]
        else:
            ws = [EL_D[int(c)] for c in g]
        words.append(" ".join(ws))
    return sep.join(words)


# --------------------------------------------------------------------------------------
# building and checking items
# --------------------------------------------------------------------------------------


def _digits(s):
    return re.sub(r"\D", "", s.translate(TO_ASCII))


def check_value(lang, kind, sub):
    """Values written with digits must pass their check; spoken ones are built by say()."""
    d = _digits(sub)
    if kind == "card" and len(d) >= 13:
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("card", sub)
    elif kind == "iban":
        compact = re.sub(r"[\s\-.]", "", sub.translate(TO_ASCII)).upper()
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,}", compact):
            assert iban_ok(compact), ("iban", sub)
    elif kind == "id" and len(d) >= 9:
        if lang == "he":
            assert tz_ok(d), ("tz", sub)
        elif lang == "el":
            assert afm_ok(d), ("afm", sub)
        elif len(d) == 10:
            assert saudi_ok(d), ("saudi", sub)
        else:
            assert ssn_ok(sub.translate(TO_ASCII)) or ssn_ok(d), ("ssn", sub)


def check_free_numbers(lang, text, where):
    """Digit runs outside personal spans must not pass any check of the spec."""
    t = text.translate(TO_ASCII)
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", t):
        d = _digits(m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), (lang, where, "luhn", m.group(), text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), (lang, where, "tz/afm", m.group(), text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), (lang, where, "saudi", m.group(), text)
        if re.fullmatch(r"\d{3}-\d{2}-\d{4}", m.group()):
            assert not ssn_ok(m.group()), (lang, where, "ssn", m.group(), text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", t):
        assert not iban_ok(m.group().strip()), (lang, where, "iban", m.group(), text)


def build(lang, items):
    rows = []
    for n, it in enumerate(items):
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and text == text.strip() and "  " not in text, (lang, n, text)
        raw = text.encode("utf-8")
        recs, blanked = [], text
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, (lang, n, kind)
            assert sub and sub == sub.strip(), (lang, n, sub)
            idx = -1
            for _ in range(occ + 1):
                idx = text.find(sub, idx + 1)
                assert idx >= 0, (lang, n, "span not found", sub, text)
            start = len(text[:idx].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert raw[start:end].decode("utf-8") == sub
            check_value(lang, kind, sub)
            recs.append({"kind": kind, "start": start, "end": end})
            blanked = blanked[:idx] + "#" * len(sub) + blanked[idx + len(sub):]
        recs.sort(key=lambda r: (r["start"], r["end"]))
        for a, b in zip(recs, recs[1:]):
            assert a["end"] <= b["start"], (lang, n, "overlap", text)
        check_free_numbers(lang, blanked, n)
        obj = {"text": text, "spans": recs}
        if ctx:
            obj["context"] = ctx
        rows.append(obj)
    texts = [r["text"] for r in rows]
    dup = [t for t, c in Counter(texts).items() if c > 1]
    assert not dup, (lang, dup)
    return rows


LANGS = {}  # lang -> list of (text, [(kind, substring[, occurrence])], context?)

# === LANGUAGE BLOCKS START ===
# ---------------------------------------------------------------------- English, part 1
# Calls: sleep clinic (US), bridal jewellery repair (UK), beekeeping supplies (Ireland),
# court-fine payment line (UK).
def _en_part1():
    c1 = make_card("453201778834120")          # Visa
    c2 = make_card("519420366187305")          # Mastercard
    c5 = make_card("492918305526471")          # Visa
    ie1 = make_iban("IE", "BOFI" + "900017" + "46829153")
    return [
        # sleep clinic, Evanston IL
        ("Thank you for calling Lakeshore Sleep Center, this is Keisha, how can I help you today?",
         [("name", "Keisha")]),
        ("Hi, yeah, my name is Dwayne Whitaker, I'm supposed to pick up a home sleep study kit.",
         [("name", "Dwayne Whitaker")]),
        ("okay mr whitaker can i get your date of birth please", [("name", "whitaker")]),
        ("Uh, it's March 9th, 1971.", [("date_of_birth", "March 9th, 1971")],
         "okay mr whitaker can i get your date of birth please"),
        ("So the kit goes out on Tuesday the 14th and you bring it back by Thursday before 10 a.m.",
         []),
        ("and the copay for the study is forty five dollars it was sixty last year", []),
        ("the best number to reach me is 312 847 2096 that's my cell",
         [("phone", "312 847 2096")]),
        ("And the address we have is 1482 Maple Ridge Drive, Apartment 3B, Evanston, Illinois "
         "60201, is that still current?",
         [("address", "1482 Maple Ridge Drive, Apartment 3B, Evanston, Illinois 60201")]),
        ("Your referral number is 20417735 and it's for a two night study at the Evanston "
         "location.", []),
        (f"Sure, it's a Visa, {grp(c1, [4])}.", [("card", grp(c1, [4]))],
         "How would you like to pay the forty-five dollar copay?"),
        ("the machine records from about eleven pm to seven am so you only wear it one night", []),
        ("Can you email me the instructions? It's dwayne dot whitaker seventy one at gmail dot com.",
         [("email", "dwayne dot whitaker seventy one at gmail dot com")]),
        # bridal jewellery repair, London
        ("Hatton and Finch, you're speaking to Tom.", [("name", "Tom")]),
        ("hiya it's gemma pritchard here i dropped my engagement ring in on saturday",
         [("name", "gemma pritchard")]),
        ("It's a size M at the moment and to take it up to an O is about thirty-five pounds.", []),
        ("The wedding's on the 21st of June so I need it back by the first week of June at the "
         "latest.", []),
        # 07700 900461 said the British way
        ("Yeah, it's oh seven seven double oh, nine double oh, four six one.",
         [("phone", "oh seven seven double oh, nine double oh, four six one")],
         "For the collection slip can I take a mobile number?"),
        ("and if you're posting it back the address is flat 2 17 cranbrook road ilford ig1 4pu",
         [("address", "flat 2 17 cranbrook road ilford ig1 4pu")]),
        (f"Yeah go on, it's a Mastercard, {say('en', c2, [4], sep=', ')}.",
         [("card", say("en", c2, [4], sep=", "))]),
        ("The stone's 0.7 of a carat, we'll check all the claws and re-rhodium plate it, that's "
         "another £48.", []),
        # beekeeping supplies, Co. Cork
        ("Golden Vale Bee Supplies, Aoife speaking.", [("name", "Aoife")]),
        ("howya this is padraig o'connell out near mallow", [("name", "padraig o'connell")]),
        ("I'm after two national hives, a nuc box and about ten frames of foundation, the wired "
         "ones.", []),
        ("Grand, that comes to two hundred and sixty-four euro forty with the VAT.", []),
        ("deliver to 14 ardmore park ballyclough mallow p51 k2x7",
         [("address", "14 ardmore park ballyclough mallow p51 k2x7")]),
        (f"It's {say('en', '0872345619', [3, 3, 4], sep=', ', oh=True)}.",
         [("phone", say("en", "0872345619", [3, 3, 4], sep=", ", oh=True))],
         "And a phone number for the courier?"),
        (f"Right so it's I E... sorry, hang on, it's {grp(ie1, [4])}.",
         [("iban", grp(ie1, [4]))]),
        ("we'll ship it wednesday and it should be with you friday or monday at the latest", []),
        ("The queen excluders are out of stock till the 3rd of May, it's batch 2024-117.", []),
        # court-fine payment line, Birmingham
        ("You're through to the court fines payment line, can I take the account number on the "
         "letter?", []),
        ("yeah it's 11 03 88 24 73 hold on that's the case number", []),
        ("The fine's three hundred and twenty pounds plus a ninety pound victim surcharge, so "
         "four hundred and ten in total.", []),
        ("Kyle Anthony Thompson, twenty-third of the eleventh, ninety-four.",
         [("name", "Kyle Anthony Thompson"),
          ("date_of_birth", "twenty-third of the eleventh, ninety-four")],
         "Can you confirm your full name and date of birth?"),
        ("thanks kyle and the first line of your address", [("name", "kyle")]),
        ("it's 56 windermere road handsworth b21 9rq",
         [("address", "56 windermere road handsworth b21 9rq")],
         "thanks kyle and the first line of your address"),
        (f"I'll pay it all now, card number is {grp(c5, [4])}.", [("card", grp(c5, [4]))]),
        ("Payment's gone through, your receipt number is 66120394 and you'll get a letter within "
         "10 working days.", []),
    ]


LANGS.setdefault("en", []).extend(_en_part1())

# ---------------------------------------------------------------------- English, part 2
# Calls: coworking-space membership desk (Riyadh, Indian caller), surf school (Sydney),
# rent tribunal hearing (Leeds), crowdfunding backer support (Lagos backer).
def _en_part2():
    iq1 = make_saudi("238146095")               # Iqama
    sa1 = make_iban("SA", "80" + "000421608010893517")
    iq1_said = " ".join(iq1[:5]) + ", " + " ".join(iq1[5:])
    leeds = say("en", "01132784419", [4, 3, 4], sep=", ", oh=True, double=True)
    return [
        # coworking, Riyadh
        ("Good afternoon, Nakheel Works coworking, Faisal speaking.", [("name", "Faisal")]),
        ("hello yes good afternoon myself venkatesh subramanian i took the hot desk plan last week",
         [("name", "venkatesh subramanian")]),
        ("You can call me Venky, everybody does.", [("name", "Venky")]),
        (f"It is {iq1_said}.", [("id", iq1_said)],
         "Sure sir. For the access card I need your iqama number please."),
        ("The hot desk is 1,150 riyals a month, meeting rooms are 90 riyals an hour and the first "
         "4 hours are free.", []),
        # +966 55 318 4276, digit by digit
        ("Put my mobile for the WhatsApp group, plus nine six six, five five, three one eight, "
         "four two seven six.",
         [("phone", "plus nine six six, five five, three one eight, four two seven six")]),
        ("and the invoice email it is v e n k y dot s at protonmail dot com",
         [("email", "v e n k y dot s at protonmail dot com")]),
        (f"For the refund of the deposit, my IBAN is {grp(sa1, [4])}.",
         [("iban", grp(sa1, [4]))]),
        ("The invoice should be in the company name, Sundaram Infotech Arabia, CR number "
         "1010 583 279.", []),
        # surf school, Manly
        ("oh hi it's bron mitchell i booked the kids in for the school holidays program",
         [("name", "bron mitchell")]),
        ("It's $340 per kid, so $680 for the two, and the wetsuits and boards are included.", []),
        ("yeah it's oh four one two eight four five three double seven",
         [("phone", "oh four one two eight four five three double seven")],
         "can i grab a contact number for the beach on the day"),
        ("The older one's the 2nd of February 2015 and the little one's 19 October 2017.",
         [("date_of_birth", "2nd of February 2015"), ("date_of_birth", "19 October 2017")]),
        ("Home address is 22 Pacific Parade, Dee Why, NSW 2099.",
         [("address", "22 Pacific Parade, Dee Why, NSW 2099")]),
        ("bron underscore mitchell at bigpond dot com",
         [("email", "bron underscore mitchell at bigpond dot com")],
         "and an email for the receipt?"),
        ("If the surf's over 2 metres we'll move the lesson to Shelly Beach, you'll get a text by "
         "7:30.", []),
        # rent tribunal, Leeds
        ("Oh hello love, my name's Margaret Doyle, well everyone calls me Peggy, I've had a letter "
         "about a hearing.", [("name", "Margaret Doyle"), ("name", "Peggy")]),
        ("Right Mrs Doyle, the hearing's listed for the 14th of November at 10:30 at the Leeds "
         "hearing centre.", [("name", "Doyle")]),
        ("the case reference is man slash 00 da slash f77 slash 2024 slash 0193", []),
        ("The landlord wants to put the rent up from £725 to £910 a month, and that's what the "
         "tribunal will decide.", []),
        ("it's 9 beckett street burley leeds ls4 2ne the top floor flat",
         [("address", "9 beckett street burley leeds ls4 2ne the top floor flat")],
         "And can you confirm the address of the property?"),
        ("Fourth of April, 1946. I'm seventy-eight, love.",
         [("date_of_birth", "Fourth of April, 1946")],
         "Lovely, and for security your date of birth?"),
        (f"my number's {leeds}", [("phone", leeds)]),
        ("There's no fee for the hearing, and it usually takes about an hour and a half.", []),
        # crowdfunding backer support, Lagos
        ("good evening my name is oluwaseun adeyemi i backed a project and i have not received "
         "anything", [("name", "oluwaseun adeyemi")]),
        ("It's the Lumora solar lantern, I pledged eighty-five dollars in March, pledge number "
         "4471902.", []),
        ("The creator posted an update on the 2nd, the units ship from Shenzhen in batches of 500.",
         []),
        ("It's seun.adeyemi@yahoo.co.uk.", [("email", "seun.adeyemi@yahoo.co.uk")],
         "can you confirm the email on the account"),
        ("My number is 0803 412 7756, or with the code, plus two three four, eight oh three, four "
         "one two, seven seven five six.",
         [("phone", "0803 412 7756"),
          ("phone", "plus two three four, eight oh three, four one two, seven seven five six")]),
        ("please update my shipping address to 12b adeola odeku street victoria island lagos",
         [("address", "12b adeola odeku street victoria island lagos")]),
    ]


LANGS.setdefault("en", []).extend(_en_part2())

# ---------------------------------------------------------------------- English, part 3
# Calls: sleep clinic (insurance, cont.), coworking (cont.), community centre hall hire
# (Bradford), smart-meter installer (Dublin), blood-pressure monitor recall (Tucson),
# genealogy archive (US), private-jet charter (Dubai assistant), crowdfunding creator
# support (Texas), ceramics class refund (Dublin).
def _en_part3():
    iq2 = make_saudi("241907356")
    hall_card = make_card("222300481766519")     # Mastercard 2-series
    amex = make_card("34715592038641")           # Amex, 15 digits
    jet_visa = make_card("471638290015523")
    disc = make_card("601145280937162")          # Discover
    meter_card = make_card("453977102846539")
    gb_hall = make_iban("GB", "BARC" + "203158" + "71946620")
    gb_hall2 = make_iban("GB", "LOYD" + "309634" + "02817745")
    ie_meter = make_iban("IE", "AIBK" + "931186" + "27730419")
    ae_jet = make_iban("AE", "026" + "0001015839472061")
    de_jet = make_iban("DE", "500105175409823614")
    ie_cer = make_iban("IE", "BOFI" + "905838" + "61104297")
    meter_said = say("en", meter_card, [4], sep=", ", double=True)
    tx_cell = say("en", "2105508372", [3, 3, 4], oh=True)
    return [
        ("And the insurance is under my wife's plan, her social is 318 22 4096, she's the "
         "subscriber.", [("id", "318 22 4096")]),
        ("yeah mine is four one two six three eight eight five oh",
         [("id", "four one two six three eight eight five oh")],
         "And your own Social Security number for the file?"),
        (f"and for my colleague's access card his iqama is {grp(iq2, [4, 3])}",
         [("id", grp(iq2, [4, 3]))]),
        # community centre hall hire, Bradford
        ("hi there my name is rukhsana begum i want to hire the main hall for my daughter's mehndi",
         [("name", "rukhsana begum")]),
        ("The main hall holds 150 seated, it's £45 an hour on a Saturday, minimum 5 hours, and the "
         "kitchen's another £30.", []),
        ("we've got saturday the 12th of april free from 2 till 11 shall i pencil that in", []),
        ("It's 07863 214 590, that's my mobile.", [("phone", "07863 214 590")],
         "Can I take a contact number, Rukhsana?"),
        ("42 Oak Lane, Manningham, Bradford, BD9 4PN.",
         [("address", "42 Oak Lane, Manningham, Bradford, BD9 4PN")],
         "And your home address for the booking form?"),
        ("The email is rukhsana dot begum eighty two at hotmail dot co dot uk.",
         [("email", "rukhsana dot begum eighty two at hotmail dot co dot uk")]),
        (f"The £100 deposit I'll put on my card, {grp(hall_card, [4])}.",
         [("card", grp(hall_card, [4]))]),
        (f"For the deposit back after, send it to my husband's account, {grp(gb_hall, [4])}, "
         "it's Barclays.", [("iban", grp(gb_hall, [4]))]),
        (f"oh sorry not that one the joint one {grp(gb_hall2, [4]).lower()}",
         [("iban", grp(gb_hall2, [4]).lower())]),
        # smart-meter installer, Dublin
        ("hi yeah eoin gallagher here we got a card saying you'd be out on the ninth",
         [("name", "eoin gallagher")]),
        ("that's right the installer's booked for thursday the 9th between 8 and 1 it takes "
         "about 45 minutes", []),
        ("And the meter point number on your bill, the MPRN, is 10 0134 5782 3?", []),
        ("Yeah, 7 Sycamore Close, Lucan, Co. Dublin, K78 F2W6.",
         [("address", "7 Sycamore Close, Lucan, Co. Dublin, K78 F2W6")],
         "Can you confirm the address the meter's at?"),
        ("the email's e o i n dot g a l l a g h e r at eircom dot net",
         [("email", "e o i n dot g a l l a g h e r at eircom dot net")]),
        ("There's no charge for the meter itself, but if the fuse board needs work that's a "
         "separate €95 call-out.", []),
        (f"Grand, take the call-out fee on the card then, {meter_said}.",
         [("card", meter_said)]),
        (f"And for the direct debit on the new tariff, my IBAN is {grp(ie_meter, [4])}.",
         [("iban", grp(ie_meter, [4]))]),
        ("The night rate is 18 cent a unit between 11 p.m. and 8 a.m., versus 41 cent during the "
         "day.", []),
        # blood-pressure monitor recall, Tucson
        ("Thanks for calling the Corvana recall line, are you calling about the BP-4410 monitor?",
         []),
        ("yes i have the monitor with the lot number 22-0917-b on the bottom", []),
        ("I'm Dolores Ramirez, I'm calling for myself, I bought it at the Walgreens on Speedway in "
         "2022.", [("name", "Dolores Ramirez")]),
        ("Okay Mrs. Ramirez, for the replacement I need to verify your date of birth.",
         [("name", "Ramirez")]),
        ("it's oh six fifteen nineteen forty nine",
         [("date_of_birth", "oh six fifteen nineteen forty nine")],
         "Okay Mrs. Ramirez, for the replacement I need to verify your date of birth."),
        ("2950 East Fort Lowell Road, unit 14, Tucson, Arizona, 85716.",
         [("address", "2950 East Fort Lowell Road, unit 14, Tucson, Arizona, 85716")],
         "And where should we ship the new one?"),
        ("the readings were coming out about twenty points high like one sixty over ninety five",
         []),
        ("You'll get a prepaid return label, please send the old unit back within 30 days, no cost "
         "to you.", []),
        # genealogy archive
        ("hi my name is henry kowalczyk that's k o w a l c z y k i'm researching my father's "
         "family", [("name", "henry kowalczyk"), ("name", "k o w a l c z y k")]),
        ("He was born the 3rd of August 1921 in Hamtramck, Michigan, and his social was "
         "036-18-2274.", [("date_of_birth", "3rd of August 1921"), ("id", "036-18-2274")]),
        ("the ship manifests from 1905 to 1914 are in collection 118 boxes 40 through 52", []),
        ("A certified copy is $27 and the search fee is $15 per decade searched.", []),
        # private-jet charter
        ("Good morning, it's Chiamaka Eze here, I'm the executive assistant at Orji Holdings, "
         "calling about the quote for the Gulfstream.", [("name", "Chiamaka Eze")]),
        ("The G650 from Teterboro to Lagos on the 18th, departing 9 p.m., 14 hours 40 minutes "
         "with one fuel stop in Cabo Verde, that's $186,500 one way.", []),
        ("Mine's the 5th of September 1991, the principal's passport copy I've emailed over.",
         [("date_of_birth", "5th of September 1991")],
         "For the manifest I need each passenger's date of birth as on the passport."),
        (f"We'll wire the deposit from our Emirates NBD account, IBAN {grp(ae_jet, [4])}.",
         [("iban", grp(ae_jet, [4]))]),
        (f"If that one's delayed the backup is the Frankfurt account, {grp(de_jet, [4])}.",
         [("iban", grp(de_jet, [4]))]),
        (f"The incidentals card is a Visa, {grp(jet_visa[:8], [4])}...",
         [("card", grp(jet_visa[:8], [4]))]),
        (f"{grp(jet_visa[:8], [4])}, yes, go on.", [("card", grp(jet_visa[:8], [4]))]),
        (f"{grp(jet_visa[8:], [4])}, expiry eleven twenty-seven.",
         [("card", grp(jet_visa[8:], [4]))]),
        (f"Actually put the catering on the Amex instead, {grp(amex, [4, 6, 5])}.",
         [("card", grp(amex, [4, 6, 5]))]),
        ("Send the contract to chiamaka.eze@orjiholdings.com, all lower case.",
         [("email", "chiamaka.eze@orjiholdings.com")]),
        ("catering is for 6 passengers 2 vegetarian and the crew of 3 need rooms for 2 nights",
         []),
        # crowdfunding creator support, Texas
        ("yeah hi this is latoya jenkins i'm the creator on the pecan grove hot sauce campaign",
         [("name", "latoya jenkins")]),
        ("Your campaign closed at $48,210 from 1,306 backers, and the payout is scheduled for the "
         "28th, minus the 5% platform fee.", []),
        ("It's 527-41-0863. Wait, no, sorry, 527-47-0863, it's four seven, not four one.",
         [("id", "527-41-0863"), ("id", "527-47-0863")],
         "To release it I need the W-9 updated, can you read me your Social Security number?"),
        (f"and my cell in case the bank calls is {tx_cell}", [("phone", tx_cell)]),
        ("t jenkins underscore hot sauce at gmail dot com",
         [("email", "t jenkins underscore hot sauce at gmail dot com")],
         "and the best email for payout notices?"),
        # ceramics class refund, Dublin
        ("Hi, it's about the Tuesday night wheel-throwing class, I had to drop out after week 3.",
         []),
        ("We can refund 7 of the 10 weeks, so €196. Is the IBAN the same as on the booking?", []),
        (f"no it's a new one {grp(ie_cer, [4]).lower()}", [("iban", grp(ie_cer, [4]).lower())]),
        ("The glaze firing is on the 22nd so you can still collect your pieces after 6 o'clock.",
         []),
    ]


LANGS.setdefault("en", []).extend(_en_part3())

# ---------------------------------------------------------------------- Arabic, part 1
# Calls: olive-oil mill visit booking (Ajloun, Jordanian), private-jet charter (Jeddah,
# Saudi), court-fine payment line (Cairo, Egyptian), coworking-space membership (Dubai).
def _ar_part1():
    jo1 = make_iban("JO", "ARAB" + "1180" + "000000118205473921")
    card_mill = make_card("455701283649107")
    sa_id1 = make_saudi("104567893")
    iq_sec = make_saudi("245309817")
    amex = make_card("37620418853092")
    sa1 = make_iban("SA", "45" + "000000192837465019")
    eg_card = make_card("400837215690482")
    ae1 = make_iban("AE", "033" + "1002945718306520")
    ae_card = make_card("529741308826154")
    jo_phone = say("ar", "0795429167", [3, 3, 4], sep="، ", col=True)
    eg_phone = say("ar", "01227481359", [3, 4, 4], col=True)
    eg_card_said = say("ar", eg_card, [4], sep="، ", col=True)
    return [
        # olive-oil mill visit, Ajloun
        ("معصرة عجلون الحديثة، معك رنا، كيف بقدر أساعدك؟", [("name", "رنا")]),
        ("مرحبا، أنا أبو سليم، يعني سليم الخطيب، بدي أحجز زيارة للمعصرة لمجموعة من الجمعية.",
         [("name", "أبو سليم"), ("name", "سليم الخطيب")]),
        ("أهلين أستاذ سليم، قديش عدد الأشخاص؟", [("name", "سليم")]),
        ("حوالي خمسة وعشرين شخص بدنا نيجي يوم السبت الجاي الساعة عشرة الصبح", []),
        ("الزيارة بعشرة دنانير للشخص وبتشمل تذوق الزيت والغدا، والعصر بيبلش من أول تشرين الثاني.",
         []),
        (f"اه، {jo_phone}.", [("phone", jo_phone)], "ممكن رقم تلفونك؟"),
        (f"بدفع العربون بالفيزا، الرقم {ar_digits(grp(card_mill, [4]))}.",
         [("card", ar_digits(grp(card_mill, [4])))]),
        ("ابعتيلي التأكيد على الايميل salim.khatib@outlook.com لو سمحتي.",
         [("email", "salim.khatib@outlook.com")]),
        ("والتنكات وصلوهن على العنوان عمان ضاحية الرشيد شارع الجامعة عمارة ٢٣ الطابق التاني",
         [("address", "عمان ضاحية الرشيد شارع الجامعة عمارة ٢٣ الطابق التاني")]),
        ("تنكة الزيت ستة عشر كيلو بخمسة وتسعين دينار هالسنة، والسنة الماضية كانت بمية وعشرة.",
         []),
        (f"بحوّل لكم ثمن التنكات من حسابي، الآيبان تبعي {grp(jo1, [4])}.",
         [("iban", grp(jo1, [4]))]),
        # private-jet charter, Jeddah
        ("شركة الأفق للطيران الخاص، معك عبدالرحمن، تفضل.", [("name", "عبدالرحمن")]),
        ("مساء الخير، معك فهد العتيبي من مكتب مجموعة الراشد.", [("name", "فهد العتيبي")]),
        ("يا هلا أستاذ فهد، آمر.", [("name", "فهد")]),
        ("نبي طيارة من جدة إلى نيس يوم خمسة عشر يوليو، ثمانية ركاب، والرجعة بعد أسبوعين.", []),
        ("الطائرة المتاحة جلوبال ستة آلاف، والسعر التقديري ٤٨٠ ألف ريال ذهاب وعودة شامل رسوم "
         "المطارات.", []),
        (f"هوية الشيخ {ar_digits(sa_id1)} وتاريخ ميلاده ١٤٠٢/٠٣/١٧ هجري",
         [("id", ar_digits(sa_id1)), ("date_of_birth", "١٤٠٢/٠٣/١٧ هجري")],
         "أحتاج رقم الهوية الوطنية لكل راكب سعودي ورقم الإقامة للمقيمين"),
        (f"والسكرتيرة مقيمة، رقم إقامتها {grp(iq_sec, [4, 3, 3])}.",
         [("id", grp(iq_sec, [4, 3, 3]))]),
        (f"الدفعة الأولى على بطاقة الأمريكان إكسبريس {grp(amex, [4, 6, 5])}.",
         [("card", grp(amex, [4, 6, 5]))]),
        (f"والباقي تحويل من حساب الشركة، الآيبان {grp(sa1, [4])}.", [("iban", grp(sa1, [4]))]),
        ("ارسل العقد على fahad.otaibi@alrashid-group.sa", [("email", "fahad.otaibi@alrashid-group.sa")]),
        ("رقم الرحلة عندنا بيكون HZ-FR7 والإقلاع الساعة ١١ مساءً من صالة الطيران الخاص.", []),
        # court-fine payment, Cairo
        ("خدمة عملاء سداد الغرامات، معاك محمود، أقدر أساعد حضرتك إزاي؟", [("name", "محمود")]),
        ("أيوه يا فندم، أنا اسمي هبة عبد الفتاح، عندي غرامة من محكمة الجنح وعايزة أدفعها.",
         [("name", "هبة عبد الفتاح")]),
        ("تمام يا أستاذة هبة، رقم القضية كام؟", [("name", "هبة")]),
        ("رقم القضية ٤٥٧٢ لسنة ٢٠٢٣ جنح مدينة نصر", []),
        ("الغرامة ألفين جنيه ومصاريف إدارية خمسين جنيه يعني الإجمالي ألفين وخمسين", []),
        (f"رقم موبايلي {eg_phone}", [("phone", eg_phone)]),
        ("مواليد خمستاشر سبعة، ألف تسعمية تسعين.",
         [("date_of_birth", "خمستاشر سبعة، ألف تسعمية تسعين")], "وتاريخ الميلاد يا فندم؟"),
        (f"هدفع بالكارت، رقمه {eg_card_said}.", [("card", eg_card_said)]),
        ("الإيميل هبة اندرسكور فتاح ات ياهو دوت كوم",
         [("email", "هبة اندرسكور فتاح ات ياهو دوت كوم")]),
        ("هيوصلك إيصال السداد في رسالة خلال ٢٤ ساعة، ورقم العملية ٩٩٠٣٢١٧٥٨.", []),
        # coworking space, Dubai
        ("مرحبا، معك ليلى من مساحة نخلة للعمل المشترك.", [("name", "ليلى")]),
        ("هلا أنا خالد المري أبي أشترك في باقة المكتب المرن", [("name", "خالد المري")]),
        ("باقة المكتب المرن بألف ومئتين درهم بالشهر، وقاعة الاجتماعات مئة درهم للساعة.", []),
        ("العقد يبدأ من أول سبتمبر لمدة ستة شهور والتجديد تلقائي", []),
        ("رقمي +971 50 418 2376 وإذا ما رديت كلم المكتب ٠٤ ٣٢٨ ٥٥١٠",
         [("phone", "+971 50 418 2376"), ("phone", "٠٤ ٣٢٨ ٥٥١٠")]),
        ("والبريد للفواتير k.almarri@gmail.com", [("email", "k.almarri@gmail.com")]),
        ("سكني في شقة ٣٠٧، بناية الورود ٢، القصيص، دبي.",
         [("address", "شقة ٣٠٧، بناية الورود ٢، القصيص، دبي")],
         "وين عنوان السكن لعقد العضوية؟"),
        (f"التأمين يرجع لك على الآيبان {grp(ae1, [4])}؟",
         [("iban", grp(ae1, [4]))]),
        (f"ادفع الشهر الأول بالبطاقة {grp(ae_card, [4])}", [("card", grp(ae_card, [4]))]),
        ("بطاقة الدخول تجهز يوم الأحد وتستلمها من الاستقبال في الطابق ١٤.", []),
    ]


LANGS.setdefault("ar", []).extend(_ar_part1())

# ---------------------------------------------------------------------- Arabic, part 2
# Calls: sleep clinic (Riyadh, Gulf), bridal gold-jewellery repair (Alexandria, Egyptian),
# crowdfunding backer support (Casablanca, Darija), community-centre hall hire (Amman).
def _ar_part2():
    sa_id2 = make_saudi("109283746")
    eg1 = make_iban("EG", "0019" + "0005" + "00000263180002473")
    ma_card = make_card("534718290046113")
    hall_card = make_card("540138724650193")
    jo2 = make_iban("JO", "HBHO" + "0320" + "000003201884590213")
    id_said = say("ar", sa_id2[:5]) + "، " + say("ar", sa_id2[5:])
    jo_phone = say("ar", "0789256602", [3, 3, 4], col=True)
    return [
        # sleep clinic, Riyadh
        ("مركز النوم الطبي، معك نورة، كيف أقدر أخدمك؟", [("name", "نورة")]),
        ("السلام عليكم أنا عبدالله القحطاني عندي موعد دراسة نوم ليلية وأبي أأكده",
         [("name", "عبدالله القحطاني")]),
        (f"{id_said}.", [("id", id_said)], "وعليكم السلام، حياك الله. رقم الهوية لو سمحت؟"),
        ("تاريخ الميلاد بالهجري ثمانية عشر شعبان ألف وأربعمية وعشرة",
         [("date_of_birth", "ثمانية عشر شعبان ألف وأربعمية وعشرة")]),
        ("الموعد ليلة الأربعاء، الحضور الساعة تسعة مساءً والخروج سبعة الصبح، والتكلفة ألف "
         "وثمانمية ريال والتأمين يغطي ثمانين بالمية.", []),
        ("جوالي ٠٥٠٣٦٢٨٤١٧ وهو نفسه واتساب", [("phone", "٠٥٠٣٦٢٨٤١٧")]),
        ("والإيميل abdullah.q88@hotmail.com عشان تقرير الدراسة.",
         [("email", "abdullah.q88@hotmail.com")]),
        ("العنوان الوطني: حي الملقا، شارع أنس بن مالك، مبنى ٨٢١٤، الرمز البريدي ١٣٥٢٤.",
         [("address", "حي الملقا، شارع أنس بن مالك، مبنى ٨٢١٤، الرمز البريدي ١٣٥٢٤")]),
        ("رقم الموعد ٣٣٠٨٧ وإذا بتلغي لازم قبل ٤٨ ساعة", []),
        ("جهاز السي باب نسلمه لك بعد الدراسة بأسبوع، والإيجار الشهري ثلاثمية وخمسين ريال.", []),
        # bridal gold repair, Alexandria
        ("صياغة الشاطبي، معاكي مريم، اتفضلي.", [("name", "مريم")]),
        ("أيوه، أنا نورهان، نورهان السيد، الخاتم بتاع الشبكة اتكسر فيه فص.",
         [("name", "نورهان"), ("name", "نورهان السيد")]),
        ("ألف سلامة، هاتيه ونشوفه، التصليح من مية لتلتمية جنيه حسب الفص.", []),
        ("الفرح يوم تسعة وعشرين الشهر ده فلازم يخلص قبل الخميس", []),
        ("الدبلة عيار واحد وعشرين ووزنها أربعة جرام ونص، والمصنعية النهارده بمية وعشرين للجرام.",
         []),
        ("رقمي ٠١٠٠ ٨٤٧ ٢٣٩١ ولو مش برد ابعتولي رسالة", [("phone", "٠١٠٠ ٨٤٧ ٢٣٩١")]),
        ("ابعتوه على العنوان ده: ١٤ شارع بورسعيد، سبورتنج، إسكندرية، الدور الخامس شقة ١٠.",
         [("address", "١٤ شارع بورسعيد، سبورتنج، إسكندرية، الدور الخامس شقة ١٠")]),
        (f"ولو مش هتقدروا تصلحوه رجعولي العربون على الحساب ده {grp(eg1, [4])}",
         [("iban", grp(eg1, [4]))]),
        ("الإيميل نورهان دوت السيد ات جيميل دوت كوم",
         [("email", "نورهان دوت السيد ات جيميل دوت كوم")]),
        # crowdfunding backer support, Casablanca
        ("منصة تويزة للتمويل التشاركي، معك سفيان، كيف يمكنني مساعدتك؟", [("name", "سفيان")]),
        ("السلام أنا سميرة بنعلي دعمت واحد المشروع ديال الزرابي ومزال ما وصلني والو",
         [("name", "سميرة بنعلي")]),
        ("مرحبا لالة سميرة، شنو هو رقم المساهمة؟", [("name", "سميرة")]),
        ("رقم المساهمة هو ٢٠٢٤٠٥١٨ وخلصت ٣٥٠ درهم فشهر مارس", []),
        ("المشروع تأخر بسبب الصوف، وصاحب المشروع قال غادي يصيفط الزرابي قبل ١٥ يونيو.", []),
        ("النمرة ديالي صفر ستة، سبعين، واحد وعشرين، ربعة وخمسين، تسعة وتمانين.",
         [("phone", "صفر ستة، سبعين، واحد وعشرين، ربعة وخمسين، تسعة وتمانين")]),
        ("العنوان ديالي زنقة ابن منير رقم ١٤ الطابق التالت المعاريف الدار البيضاء",
         [("address", "زنقة ابن منير رقم ١٤ الطابق التالت المعاريف الدار البيضاء")]),
        ("الإيميل ديالي samira.benali@gmail.com", [("email", "samira.benali@gmail.com")]),
        (f"رجعو لي الفلوس فهاد الكارطة {ar_digits(grp(ma_card, [4]))}",
         [("card", ar_digits(grp(ma_card, [4])))]),
        ("غادي يوصلك الاسترجاع من خمسة حتى عشرة أيام ديال الخدمة، والمبلغ هو ٣٥٠ درهم كامل.", []),
        # community-centre hall hire, Amman
        ("المركز الثقافي في جبل اللويبدة، مساء الخير.", []),
        ("مرحبا، معك سامر حدّاد، بدي أستأجر القاعة لحفلة تخرج بنتي.", [("name", "سامر حدّاد")]),
        ("أهلا أستاذ سامر. القاعة بتتسع لمية وعشرين شخص، والإيجار مية وخمسين دينار للسهرة.",
         [("name", "سامر")]),
        ("متاحة يوم الخميس ١٨ تموز من الساعة ستة لحد الساعة ١١ بالليل", []),
        (f"رقمي {jo_phone}", [("phone", jo_phone)]),
        (f"بدفع العربون على الماستر كارد {ar_digits(grp(hall_card, [4]))}.",
         [("card", ar_digits(grp(hall_card, [4])))]),
        ("ايميلي samer_haddad77@yahoo.com", [("email", "samer_haddad77@yahoo.com")]),
        ("جبل عمان، الدوار التالت، شارع الأميرة بسمة، عمارة ٤٠، شقة ٦.",
         [("address", "جبل عمان، الدوار التالت، شارع الأميرة بسمة، عمارة ٤٠، شقة ٦")],
         "وين عنوانك عشان نبعتلك العقد؟"),
        (f"والتأمين برجع على حسابي في بنك الإسكان، الآيبان {grp(jo2, [4])}.",
         [("iban", grp(jo2, [4]))]),
        ("التأمين مية دينار بيرجع خلال أسبوع بعد الحفلة إذا ما في أضرار بالكراسي أو الصوت.", []),
    ]


LANGS.setdefault("ar", []).extend(_ar_part2())

# ---------------------------------------------------------------------- Arabic, part 3
# Calls: smart-meter installer (Dammam, Gulf), blood-pressure monitor recall (Sharjah,
# Sudanese caller), beekeeping supplies (Khamis Mushait, Yemeni caller), pottery class
# (Tunis, Tunisian).
def _ar_part3():
    father_id = make_saudi("102345871")
    own_id = make_saudi("109847362")
    iq3 = make_saudi("236071594")
    iq4 = make_saudi("251840937")
    ae2 = make_iban("AE", "035" + "0002719364058137")
    sa2 = make_iban("SA", "80" + "000512608017294366")
    tn1 = make_iban("TN", "08" + "904" + "0041827365102" + "47")
    mada = make_card("446204918273650")
    tn_card = make_card("450619337208841")
    own_said = say("ar", own_id, [3, 3, 4], sep="، ")
    sd_phone = say("ar", "0553971462", [3, 3, 4], sep="، ", col=True)
    return [
        # smart-meter installer, Dammam
        ("مركز خدمة العدادات الذكية، تفضل.", []),
        ("عندي موعد تركيب العداد الذكي يوم الأحد من الساعة ثمانية لين الساعة اثنعش ومحد جاني",
         []),
        ("رقم الاشتراك ٣٠٠٤٨٧١٢٦٥ والعداد القديم رقمه ٤٤٧١٨", [],
         "أعطني رقم الحساب أو رقم الاشتراك"),
        (f"الحساب باسم الوالد، هويته {ar_digits(father_id)} وتاريخ ميلاده ١٣٧٥/٠٧/٠٩ هجري.",
         [("id", ar_digits(father_id)), ("date_of_birth", "١٣٧٥/٠٧/٠٩ هجري")],
         "الحساب باسم مين؟ ورقم هوية صاحب الحساب؟"),
        (f"ولا سجلها على هويتي أنا، {own_said}.", [("id", own_said)]),
        (f"يعني {grp(own_id, [3, 3, 4])}، صح؟ تمام.", [("id", grp(own_id, [3, 3, 4]))]),
        ("العنوان حي الفيصلية شارع ٢٣ فيلا ١٢ الدمام", [("address", "حي الفيصلية شارع ٢٣ فيلا ١٢ الدمام")]),
        ("الفاتورة الأخيرة ٧٨٤ ريال لشهر أغسطس، وهذي أعلى من العادة بكثير.", []),
        ("الفني بيجيك يوم الثلاثاء الساعة عشر الصبح والتركيب ياخذ نص ساعة والكهرباء بتنقطع عشر "
         "دقايق بس", []),
        ("إذا ما لقاني يتصل على جوال أخوي +966 54 771 2093.", [("phone", "+966 54 771 2093")]),
        # blood-pressure monitor recall, Sharjah
        ("خط استدعاء أجهزة قياس الضغط من شركة كورفانا، كيف يمكنني مساعدتك؟", []),
        ("السلام عليكم، جهاز الضغط حقي موديل BP-4410 والرقم التسلسلي ٨٨٢٠١٩٣٧١.", []),
        ("نعم هذا الموديل ضمن الاستدعاء، القراءات فيه أعلى من الحقيقية بعشرين درجة تقريباً.", []),
        ("اسمي الطيب عثمان محمد أحمد، ومواليد واحد يناير ستة وستين.",
         [("name", "الطيب عثمان محمد أحمد"), ("date_of_birth", "واحد يناير ستة وستين")],
         "ممكن الاسم الكامل وتاريخ الميلاد للتسجيل؟"),
        ("والجهاز التاني حق الوالدة مواليدها ٢٢/٠٩/١٩٤٨", [("date_of_birth", "٢٢/٠٩/١٩٤٨")]),
        ("أنا ساكن في الشارقة، منطقة النهدة، بناية النور، شقة ٥٠٢.",
         [("address", "الشارقة، منطقة النهدة، بناية النور، شقة ٥٠٢")]),
        (f"رقمي {sd_phone}.", [("phone", sd_phone)]),
        (f"استرداد ثمن الجهاز الثاني على الآيبان {grp(ae2, [4])}",
         [("iban", grp(ae2, [4]))]),
        ("الجهاز البديل يوصلك خلال سبعة أيام عمل، ورقم الطلب RC-20931.", []),
        ("اوقف استعمال الجهاز القديم من اليوم وخليه في علبته لين يجي المندوب يوم ١٢ الشهر", []),
        # beekeeping supplies, Khamis Mushait
        ("مناحل الجنوب، هلا والله.", []),
        ("أشتي عشر خلايا لانجستروث وبدلة نحال مقاس اكس لارج وخمسة كيلو شمع أساس", []),
        ("الخلية بمية وعشرين ريال، والبدلة بمئتين وخمسين، والشمع ستين ريال للكيلو، المجموع ألف "
         "وسبعمية وخمسين.", []),
        (f"إقامتي {ar_digits(iq3)} وتاريخ الميلاد ١٩٨٨/٠٢/١٤",
         [("id", ar_digits(iq3)), ("date_of_birth", "١٩٨٨/٠٢/١٤")],
         "للفاتورة الضريبية نحتاج رقم الإقامة"),
        (f"واللي بيستلم أخوي، إقامته {grp(iq4, [1, 3, 3, 3])}.",
         [("id", grp(iq4, [1, 3, 3, 3]))]),
        ("التوصيل على خميس مشيط، حي الراقي، شارع الأمير سلطان، جنب مسجد الراقي.",
         [("address", "خميس مشيط، حي الراقي، شارع الأمير سلطان، جنب مسجد الراقي")]),
        (f"الحوالة بتجيكم من حسابي الآيبان {sa2}", [("iban", sa2)]),
        (f"لا خلاص أدفع ببطاقة مدى أحسن {grp(mada, [4])}", [("card", grp(mada, [4]))]),
        ("عسل السدر الجبلي الكيلو بخمسمية ريال، والسمر بثلاثمية، والعرض لين آخر رمضان.", []),
        ("الشحنة تطلع يوم الأحد وتوصل خلال ثلاثة إلى خمسة أيام ورقم التتبع ٧٧٤٠٢٩١٨٣٥٦", []),
        # pottery class, Tunis
        ("عسلامة، ورشة الفخار في سيدي بوسعيد، تفضلي.", []),
        ("عسلامة نحب نسجل بنتي في دورة الفخار متاع الصيف", []),
        ("الدورة تبدا نهار ١ جويلية، كل سبت من العشرة للنص نهار، والسوم ١٨٠ دينار في الشهر.", []),
        ("ولدت في ١٢ مارس ٢٠١٤", [("date_of_birth", "١٢ مارس ٢٠١٤")], "شنوة تاريخ ولادة البنية؟"),
        ("النومرو متاعي quatre-vingt-dix-huit, quarante-cinq, vingt-trois, seize",
         [("phone", "quatre-vingt-dix-huit, quarante-cinq, vingt-trois, seize")]),
        ("والإيميل متاعي leila.trabelsi@topnet.tn", [("email", "leila.trabelsi@topnet.tn")]),
        ("نسكنو في ١٧ نهج ابن خلدون، المرسى.", [("address", "١٧ نهج ابن خلدون، المرسى")],
         "وين تسكنو؟ باش نبعثولكم الفاتورة"),
        (f"نخلص بالكارت توة، {grp(tn_card, [4])}.", [("card", grp(tn_card, [4]))]),
        (f"وإذا تتلغى الدورة رجعولي الفلوس على الـ RIB، الآيبان {grp(tn1, [4])}",
         [("iban", grp(tn1, [4]))]),
        ("الطين والتزجيج على حسابنا، والقطع تطيب في الكوشة نهار الخميس بعد ٤٨ ساعة.", []),
        ("المجموعة فيها ثمنية صغار بين ثمنية سنين وطناش سنة", []),
    ]


LANGS.setdefault("ar", []).extend(_ar_part3())

# ---------------------------------------------------------------------- Hebrew, part 1
# Calls: sleep clinic (native caller), goat-cheese dairy farm shop (Anglo caller), winery
# visit booking in the Golan (French caller), court-fine payment centre (Ethiopian caller).
def _he_part1():
    tz1 = make_tz("03184572")
    tz3 = make_tz("31458296")
    visa_il = make_card("458012937746105")
    mc_il = make_card("532610478291553")
    fr1 = make_iban("FR", "20041" + "01005" + "0500013M026" + "06")
    tz1_said = say("he", tz1)
    tz3_said = f"{say('he', tz3[:3])}, {tz3[3:6]}, {say('he', tz3[6:])}"
    return [
        # sleep clinic
        ("המרכז להפרעות שינה, מדברת מורן, שלום.", [("name", "מורן")]),
        ("שלום מדבר יוסי אברג'יל קבעו לי בדיקת שינה ואני רוצה להזיז אותה",
         [("name", "יוסי אברג'יל")]),
        ("בשמחה, יוסי. תעודת זהות בבקשה?", [("name", "יוסי")]),
        (f"כן, {tz1_said}.", [("id", tz1_said)], "בשמחה, יוסי. תעודת זהות בבקשה?"),
        ("הבדיקה נקבעה ליום שלישי ה-14 בשעה 21:00, אפשר להעביר לשבוע אחרי, ל-21 בחודש.", []),
        ("שלושה בינואר שבעים ותשע", [("date_of_birth", "שלושה בינואר שבעים ותשע")],
         "ותאריך לידה?"),
        ("הבדיקה עולה 1450 שקל ועם התחייבות מקופת החולים אתה משלם רק 75 שקל", []),
        ("הטלפון שלי 054-7338291", [("phone", "054-7338291")]),
        ("המייל יוסי נקודה אברג'יל שטרודל ג'ימייל נקודה קום",
         [("email", "יוסי נקודה אברג'יל שטרודל ג'ימייל נקודה קום")]),
        ("תגיע חצי שעה לפני בלי קפאין אחרי ארבע אחר הצהריים והבדיקה נגמרת בשש בבוקר", []),
        # goat-cheese dairy, Anglo caller
        ("מחלבת גבעת הרקפות, בוקר טוב.", []),
        ("היי, שמי שירה גולדברג, אני רוצה להזמין מגש גבינות לשבועות, like for twenty people.",
         [("name", "שירה גולדברג")]),
        ("מגש גדול לעשרים איש עולה 480 שקל, עם לבנה, צפתית וגבינה כחולה מיושנת.", []),
        ("אפשר לאסוף ביום חמישי ה-30 במאי בין עשר לשתיים", []),
        ("אם אפשר משלוח, הכתובת היא רחוב האלה 6, דירה 3, זכרון יעקב.",
         [("address", "רחוב האלה 6, דירה 3, זכרון יעקב")]),
        ("הטלפון שלי, אה, zero five two, שש שמונה ארבע, שבע אחת אחת חמש.",
         [("phone", "zero five two, שש שמונה ארבע, שבע אחת אחת חמש")]),
        (f"אני משלמת בויזה, {grp(visa_il, [4])}.", [("card", grp(visa_il, [4]))]),
        ("sherry.goldberg@gmail.com, עם שני r.", [("email", "sherry.goldberg@gmail.com")],
         "ולאיזה מייל לשלוח את הקבלה?"),
        ("תודה שירה, מספר ההזמנה שלך 30512.", [("name", "שירה")]),
        # winery visit, French caller
        ("יקב רמת הגולן, מרכז המבקרים, מדבר עידו.", [("name", "עידו")]),
        ("בונז'ור כלומר שלום קוראים לי יעל בן חמו אני רוצה להזמין סיור טעימות לשישה אנשים",
         [("name", "יעל בן חמו")]),
        ("יש לנו סיור ביום שישי ב-11:00 וב-13:30, 95 שקל לאדם כולל חמישה יינות.", []),
        ("אז על שם בן חמו, עם ו' בסוף, נכון?", [("name", "בן חמו")]),
        (f"אם מבטלים תחזירו לחשבון שלי בצרפת, {grp(fr1, [4])}.", [("iban", grp(fr1, [4]))]),
        ("הנייד שלי 058-6021437", [("phone", "058-6021437")]),
        ("הסיור לוקח שעה וחצי, ויש הנחה של 10% לקבוצות מעל שמונה.", []),
        ("31 באוקטובר 1986", [("date_of_birth", "31 באוקטובר 1986")],
         "ולחברות במועדון היין אני צריך תאריך לידה"),
        ("המייל זה yael point benhamou arobase orange point fr",
         [("email", "yael point benhamou arobase orange point fr")]),
        ("החבילה של המועדון זה שישה בקבוקים כל שלושה חודשים ב-540 שקל, המשלוח חינם.", []),
        # court-fine payment centre, Ethiopian caller
        ("המרכז לגביית קנסות, מדברת ליאת, איך אפשר לעזור?", [("name", "ליאת")]),
        ("שלום אני טספאי וורקו קיבלתי מכתב על קנס מבית משפט לתעבורה",
         [("name", "טספאי וורקו")]),
        ("מספר תעודת זהות, טספאי?", [("name", "טספאי")]),
        (f"{tz3_said}.", [("id", tz3_said)], "מספר תעודת זהות, טספאי?"),
        ("הקנס 750 שקל ועם תוספת פיגורים זה יוצא 893 שקל נכון להיום", []),
        ("אפשר לחלק לשישה תשלומים והראשון יורד ב-10 לחודש", []),
        (f"כן בכרטיס אשראי מאסטרקארד {grp(mc_il, [4])}", [("card", grp(mc_il, [4]))]),
        ("שובר התשלום מספר 7000451829, תשמור אותו עד שהתשלום נקלט.", []),
        ("הכתובת שלי השתנתה, עכשיו אני גר ברחוב הנביאים 22, דירה 5, נתניה.",
         [("address", "רחוב הנביאים 22, דירה 5, נתניה")]),
        ("הנייד אפס חמישים שמונה שש שלוש תשעים ואחת עשרים ושתיים",
         [("phone", "אפס חמישים שמונה שש שלוש תשעים ואחת עשרים ושתיים")]),
        ("תאריך לידה 1.1.1982", [("date_of_birth", "1.1.1982")]),
    ]


LANGS.setdefault("he", []).extend(_he_part1())

# ---------------------------------------------------------------------- Hebrew, part 2
# Calls: coworking-space membership desk (Tel Aviv), surf school (Bat Yam, Russian-speaking
# mother), smart-meter installation centre (Haifa, Arab caller), blood-pressure monitor
# recall line (Jaffa, older caller).
def _he_part2():
    il1 = make_iban("IL", "012" + "614" + "0000000234871")
    amex = make_card("37591204836257")
    surf_card = make_card("458022116937402")
    tz_son = make_tz("33850164")
    tz_mom = make_tz("32179405")
    tz_f = make_tz("02735819")
    tz_s = make_tz("00518273")
    mom_said = say("he", tz_mom, masc=True)
    return [
        # coworking, Tel Aviv
        ("שלום, הגעת לדסק פלוס רוטשילד, מדבר גל.", [("name", "גל")]),
        ("היי זאת נועה שטרן אני רוצה לשדרג מעמדה חמה לחדר קבוע", [("name", "נועה שטרן")]),
        ("חדר לשניים זה 3,200 שקל לחודש פלוס מע\"מ, כולל עשר שעות חדר ישיבות בחודש.", []),
        ("החוזה שלך התחיל ב-1 במרץ, אז אפשר לעבור כבר מה-1 ביוני.", []),
        (f"להוראת קבע, ה-IBAN שלי {grp(il1, [4])}.", [("iban", grp(il1, [4]))]),
        ("ולחשבונית, ח.פ. של החברה 515632870.", []),
        ("המייל noa@sternstudio.co.il", [("email", "noa@sternstudio.co.il")]),
        ("הנייד שלי אפס חמש שלוש, שבע שבע, אפס ארבע, תשע שמונה שלוש.",
         [("phone", "אפס חמש שלוש, שבע שבע, אפס ארבע, תשע שמונה שלוש")]),
        (f"את החודש הראשון תחייב באמקס, {grp(amex, [4, 6, 5])}.",
         [("card", grp(amex, [4, 6, 5]))]),
        # surf school, Bat Yam
        ("בית ספר לגלישה גלית, שלום.", []),
        ("שלום, אני אירינה קוגן, אני רוצה לרשום את הבן שלי לקורס גלישה בקיץ.",
         [("name", "אירינה קוגן")]),
        ("הקורס לגילאי 10 עד 14, עשרה מפגשים, 1,200 שקל כולל גלשן וחליפה.", []),
        ("לביטוח אני צריכה תעודת זהות ותאריך לידה של הילד", []),
        (f"תעודת זהות {tz_son}, והוא נולד 17.08.2013.",
         [("id", tz_son), ("date_of_birth", "17.08.2013")],
         "לביטוח אני צריכה תעודת זהות ותאריך לידה של הילד"),
        (f"שלי {mom_said}", [("id", mom_said)], "ואת שלך, לחוזה?"),
        ("אירינה קוגן, קוגן עם ק'?", [("name", "אירינה קוגן"), ("name", "קוגן", 1)]),
        ("טלפון 052-5581746 אם לא עונה אז בוואטסאפ", [("phone", "052-5581746")]),
        ("הכתובת רחוב בלפור 48 קומה 7 דירה 27 בת ים",
         [("address", "רחוב בלפור 48 קומה 7 דירה 27 בת ים")]),
        (f"אני אשלם בכרטיס {grp(surf_card, [4])} בשלושה תשלומים",
         [("card", grp(surf_card, [4]))]),
        ("המפגשים בימים שני ורביעי משבע וחצי עד תשע בבוקר בחוף הסלע", []),
        # smart-meter installation, Haifa
        ("מוקד המונים החכמים, שלום, מדברת אורית.", [("name", "אורית")]),
        ("אהלן שמי סאמר ח'ורי היה אמור להגיע טכנאי להחליף מונה ולא הגיע",
         [("name", "סאמר ח'ורי")]),
        ("מספר החוזה 346 0051 882 רשום על שמך?", []),
        (f"לא, על שם אבא שלי, תעודת זהות {' '.join(tz_f)}.", [("id", " ".join(tz_f))]),
        ("הכתובת רחוב עבאס 30, קומה שנייה, חיפה, זה ליד הגנים הבהאים.",
         [("address", "רחוב עבאס 30, קומה שנייה, חיפה")]),
        ("הטכנאי יגיע ביום ראשון בין 8 ל-12, ההחלפה לוקחת בערך 20 דקות והחשמל יופסק.", []),
        ("תגידי לו להתקשר לנייד שלי 050-8912376", [("phone", "050-8912376")]),
        ("והמייל samer.khoury@walla.co.il", [("email", "samer.khoury@walla.co.il")]),
        ("הצריכה שלכם בחשבון האחרון 1,184 קוט\"ש לחודשיים, זה סביר לבית עם שלושה מזגנים.", []),
        # blood-pressure monitor recall, Jaffa
        ("שלום, הגעתם למוקד ההחזרה של מדי לחץ דם דגם BP-4410.", []),
        ("שלום מותק קוראים לי שושנה מזרחי יש לי את המכשיר הזה מהסופר-פארם",
         [("name", "שושנה מזרחי")]),
        ("כן גברת מזרחי המכשיר מראה ערכים גבוהים בערך ב-20 ונחליף לך אותו בחינם",
         [("name", "מזרחי")]),
        ("עשרים ושמונה בפברואר אלף תשע מאות ארבעים ושמונה",
         [("date_of_birth", "עשרים ושמונה בפברואר אלף תשע מאות ארבעים ושמונה")],
         "תאריך לידה?"),
        (f"תעודת זהות {grp(tz_s, [3])}", [("id", grp(tz_s, [3]))]),
        ("שדרות ירושלים 17, קומה שלישית, יפו. יש מעלית.",
         [("address", "שדרות ירושלים 17, קומה שלישית, יפו")], "לאן לשלוח את המכשיר החדש?"),
        ("הטלפון בבית אפס שלוש, חמש שמונה שתיים, שלושים וארבע, שבעים ואחת.",
         [("phone", "אפס שלוש, חמש שמונה שתיים, שלושים וארבע, שבעים ואחת")]),
        ("השליח יבוא תוך עשרה ימי עבודה ומספר הפנייה שלך 58813", []),
        ("המדידה שלי בבוקר הייתה מאה שמונים על מאה, נבהלתי.", []),
    ]


LANGS.setdefault("he", []).extend(_he_part2())

# ---------------------------------------------------------------------- Hebrew, part 3
# Calls: crowdfunding backer support (native caller), ceramics studio class (Ethiopian-
# Israeli caller), immigration-records genealogy archive (Russian-speaking caller),
# small-claims court registry for a rent-deposit hearing (Arab caller, Nazareth),
# window-cleaning round for a building committee (Ra'anana).
def _he_part3():
    il2 = make_iban("IL", "010" + "936" + "0000004418205")
    il6 = make_iban("IL", "020" + "455" + "0000000391764")
    il3 = make_iban("IL", "011" + "078" + "0000000527390")
    il4 = make_iban("IL", "031" + "029" + "0000001283647")
    il5 = make_iban("IL", "012" + "703" + "0000000618852")
    de1 = make_iban("DE", "100208900012849371")
    diners = make_card("3644120958873")
    visa_b = make_card("426690318824571")
    mc_n = make_card("532611804476092")
    visa_w = make_card("458003729164418")
    tz_fb = make_tz("01473625")
    tz_n = make_tz("20318746")
    boris_card = say("he", visa_b, [4], sep=", ", masc=True)
    nadia_phone = say("he", "0524470381")
    return [
        # crowdfunding backer support
        ("תמיכה לתומכים של הזנקה, שלום.", []),
        ("היי מדבר איתן תמכתי בפרויקט של הרמקול הנייד ועדיין לא קיבלתי כלום",
         [("name", "איתן")]),
        ("הפרויקט גייס 412,000 שקל מ-1,930 תומכים, והמשלוחים יוצאים רק ב-15 לחודש.", []),
        ("אתה יכול לבחור החזר מלא של 349 שקל או לחכות למשלוח", []),
        (f"אני רוצה החזר, תחזירו לחשבון, IBAN {grp(il2, [4])}.", [("iban", grp(il2, [4]))]),
        (f"רגע, לא, עדיף לחשבון המשותף עם אשתי, {il6}.", [("iban", il6)]),
        ("המייל שאיתו נרשמתי איתן קו תחתון לוי שמונים ושמונה שטרודל ג'ימייל נקודה קום",
         [("email", "איתן קו תחתון לוי שמונים ושמונה שטרודל ג'ימייל נקודה קום")]),
        ("מספר התמיכה שלך 4471902 ותקבל אישור במייל תוך שלושה ימי עסקים", []),
        # ceramics studio, Rehovot
        ("סטודיו חומר ברחובות, שלום.", []),
        ("היי, אני טיגיסט אדמסו, רציתי להירשם לסדנת אובניים של יום שלישי.",
         [("name", "טיגיסט אדמסו")]),
        ("הסדנה שמונה מפגשים, 960 שקל כולל חומרים ושריפה בתנור, ומתחילים ב-5 בנובמבר.", []),
        ("נולדתי ב-9 ביוני 2001, אני מקבלת הנחת סטודנט?", [("date_of_birth", "9 ביוני 2001")]),
        (f"אני משלמת בדיינרס, {grp(diners, [4, 6, 4])}.", [("card", grp(diners, [4, 6, 4]))]),
        ("הטלפון שלי אפס חמישים וארבע, 673, 90, 12.",
         [("phone", "אפס חמישים וארבע, 673, 90, 12")]),
        (f"ואם הסדנה מתבטלת ההחזר הולך ל-IBAN {grp(il5, [4])}", [("iban", grp(il5, [4]))]),
        ("השיעור מ-19:00 עד 21:30, ואפשר להשלים שיעור אחד ביום חמישי.", []),
        # genealogy archive, Russian-speaking caller
        ("ארכיון תולדות העלייה, שלום.", []),
        ("שלום, שמי בוריס לרנר, אני מחפש מסמכים של אבא שלי שעלה ב-1972.",
         [("name", "בוריס לרנר")]),
        (f"הוא נולד ב-12 במאי 1931 בקייב, ותעודת הזהות שלו הייתה {tz_fb}.",
         [("date_of_birth", "12 במאי 1931"), ("id", tz_fb)]),
        ("תיק העלייה נמצא בקופסה 118 עם מסמכים מ-1972 עד 1975, וצילום עמוד עולה 12 שקל.", []),
        (f"אני אשלם בויזה {boris_card}", [("card", boris_card)]),
        (f"או שהבן שלי ישלם מגרמניה, ה-IBAN שלו {grp(de1, [4])}.", [("iban", grp(de1, [4]))]),
        ("boris.lerner1947@mail.ru", [("email", "boris.lerner1947@mail.ru")],
         "לאיזה מייל לשלוח את הסריקות?"),
        ("תשלחו בדואר לכתובת רחוב הרב קוק 14, דירה 9, באר שבע.",
         [("address", "רחוב הרב קוק 14, דירה 9, באר שבע")]),
        ("בסדר, נשלח את הסריקות תוך שבועיים, ואת המקור אי אפשר להוציא מהארכיון", []),
        # small-claims court registry, Nazareth
        ("מזכירות בית המשפט לתביעות קטנות, שלום.", []),
        ("שלום, אני נאדיה אבו ראס, הגשתי תביעה נגד בעל הבית על הפיקדון.",
         [("name", "נאדיה אבו ראס")]),
        ("הדיון קבוע ל-3 בדצמבר בתשע וחצי באולם 4", []),
        ("מספר התיק 38214-05-24", []),
        (f"ת\"ז {tz_n}, תאריך לידה 14/02/1979.",
         [("id", tz_n), ("date_of_birth", "14/02/1979")]),
        ("הכתובת של הדירה שבתביעה היא רחוב פאולוס השישי 112, נצרת.",
         [("address", "רחוב פאולוס השישי 112, נצרת")]),
        (f"מספר הנייד {nadia_phone}", [("phone", nadia_phone)]),
        (f"אם יפסקו לטובתי, החשבון שלי הוא {grp(il3, [4])}.", [("iban", grp(il3, [4]))]),
        (f"את האגרה אני משלמת בכרטיס {grp(mc_n, [4])}", [("card", grp(mc_n, [4]))]),
        ("אגרת התביעה 50 שקל, והסכום שנתבע 6,400 שקל, שזה פיקדון של שני חודשי שכירות.", []),
        # window-cleaning round, Ra'anana
        ("שלום, אני מוועד הבית של בניין בשכונת לורנס, רציתי הצעת מחיר לניקוי חלונות.", []),
        ("בניין של שמונה קומות ו-32 דירות, ניקוי חיצוני פעם ברבעון זה 2,800 שקל.", []),
        ("הכתובת המדויקת אחוזה 120 רעננה הכניסה מהחניה", [("address", "אחוזה 120 רעננה")]),
        ("תשלחו את ההצעה ל-vaad.ahuza120@gmail.com", [("email", "vaad.ahuza120@gmail.com")]),
        (f"התשלומים מהחשבון של הוועד, {grp(il4, [4])}", [("iban", grp(il4, [4]))]),
        (f"ואת המקדמה אפשר בכרטיס שלי, {grp(visa_w, [4])}.", [("card", grp(visa_w, [4]))]),
        ("הצוות מגיע עם במה מתנייעת, העבודה ביום שלישי מ-7 בבוקר ולוקחת יומיים.", []),
    ]


LANGS.setdefault("he", []).extend(_he_part3())

# ---------------------------------------------------------------------- Greek, part 1
# Calls: olive-oil mill (Messinia, older farmer), beekeeping supplies (Chalkidiki, young
# beekeeper), winery visit in Nemea (Cypriot caller), ceramics class (Athens).
def _el_part1():
    afm1 = make_afm("13592846")
    afm2 = make_afm("04718362")
    gr1 = make_iban("GR", "017" + "0465" + "0004658001273594")
    cy1 = make_iban("CY", "002" + "00195" + "0000357019283746")
    mc1 = make_card("516874201935548")
    visa_cy = make_card("403587216649012")
    afm1_said = say("el", afm1, sep=", ")
    mob = say("el", "6947258031", [2, 2, 3, 3], sep=", ")
    cy_mob = say("el", "99452718", [2, 3, 3])
    cy_card = say("el", visa_cy, [4], sep=", ")
    return [
        # olive-oil mill, Messinia
        ("Ελαιοτριβείο Αφοί Σταθόπουλοι, καλημέρα, η Βούλα είμαι.", [("name", "Βούλα")]),
        ("καλημέρα κορίτσι μου εγώ είμαι ο μήτσος ο καραγιάννης από το πεταλίδι θέλω να κλείσω "
         "σειρά για άλεσμα", [("name", "μήτσος ο καραγιάννης")]),
        ("Ναι, κύριε Καραγιάννη, πόσα τσουβάλια έχετε;", [("name", "Καραγιάννη")]),
        ("Καμιά ογδονταριά τσουβάλια, γύρω στους τρεις τόνους ελιές, μαζεμένες από τη Δευτέρα.",
         []),
        ("Έχουμε κενό την Πέμπτη 14 Νοεμβρίου στις 6 το απόγευμα. Το άλεσμα είναι 7 λεπτά το "
         "κιλό ή με ποσοστό 9%.", []),
        (f"Μισό να βρω τα γυαλιά μου... {afm1_said}.", [("id", afm1_said)],
         "Για το παραστατικό, το ΑΦΜ σας;"),
        ("Στο σταθερό 27210 43987 ή στο κινητό της κόρης μου 697 318 4420.",
         [("phone", "27210 43987"), ("phone", "697 318 4420")]),
        (f"Τα λεφτά από το λάδι να μπουν στην Πειραιώς, IBAN {grp(gr1, [4])}.",
         [("iban", grp(gr1, [4]))]),
        ("Η τιμή παραγωγού φέτος είναι γύρω στα 8,20 € το κιλό για το έξτρα παρθένο, κάτω από "
         "0,3 οξύτητα.", []),
        ("η διεύθυνση για να έρθει το φορτηγάκι είναι αγίου νικολάου 12 πεταλίδι μεσσηνίας",
         [("address", "αγίου νικολάου 12 πεταλίδι μεσσηνίας")]),
        # beekeeping supplies, Chalkidiki
        ("Μελισσοκομικά Χαλκιδικής, ο Στέλιος, παρακαλώ.", [("name", "Στέλιος")]),
        ("Γεια σας, λέγομαι Δανάη Ρήγα, είμαι καινούργια μελισσοκόμος και θέλω πέντε κυψέλες "
         "Langstroth.", [("name", "Δανάη Ρήγα")]),
        ("Η δεκάρα κυψέλη είναι 68 €, με τα πλαίσια και το φύλλο κηρήθρας 85 €, και η παραφυάδα "
         "κοστίζει 130.", []),
        (f"το αφμ μου {grp(afm2, [3])}", [("id", grp(afm2, [3]))]),
        ("το mail είναι danai κάτω παύλα riga παπάκι gmail τελεία com",
         [("email", "danai κάτω παύλα riga παπάκι gmail τελεία com")]),
        (f"Θα πληρώσω με κάρτα, {grp(mc1, [4])}.", [("card", grp(mc1, [4]))]),
        ("Στείλτε τα στη διεύθυνση Εθνικής Αντιστάσεως 27, Νέα Μουδανιά, 63200.",
         [("address", "Εθνικής Αντιστάσεως 27, Νέα Μουδανιά, 63200")]),
        (f"Το κινητό μου, {mob}.", [("phone", mob)]),
        ("Η μεταφορά με courier είναι δωρεάν πάνω από 150 ευρώ και φτάνει σε δύο με τρεις "
         "εργάσιμες.", []),
        ("ευχαριστώ δανάη θα σου στείλω και το τιμολόγιο στο mail", [("name", "δανάη")]),
        # winery visit, Nemea (Cypriot caller)
        ("Κτήμα Αρβανίτη, καλησπέρα σας.", []),
        ("καλησπέρα σας είμαι ο χαράλαμπος χριστοδούλου που την κύπρο ήθελα να κλείσω μια "
         "ξενάγηση για το σάββατο", [("name", "χαράλαμπος χριστοδούλου")]),
        ("Βεβαίως, κύριε Χριστοδούλου. Η ξενάγηση με γευσιγνωσία έξι κρασιών είναι 25 € το άτομο, "
         "στις 12:00 ή στις 16:00.", [("name", "Χριστοδούλου")]),
        ("Είμαστε τέσσερα άτομα, ερχόμαστε με το πλοίο την Παρασκευή και μένουμε μέχρι την Τρίτη.",
         []),
        (f"το κινητό μου {cy_mob}", [("phone", cy_mob)]),
        ("Το email μου είναι charis.christodoulou@cytanet.com.cy",
         [("email", "charis.christodoulou@cytanet.com.cy")]),
        (f"Την προκαταβολή θα τη στείλω από την Τράπεζα Κύπρου, το IBAN μου είναι {grp(cy1, [4])}.",
         [("iban", grp(cy1, [4]))]),
        ("Εμένα Χαμπή με λένε όλοι, όχι Χαράλαμπο.", [("name", "Χαμπή"), ("name", "Χαράλαμπο")]),
        ("Τα κρασιά μπορούμε να σας τα στείλουμε και Κύπρο, 12 φιάλες 180 € με τα μεταφορικά.", []),
        (f"πληρώνω τα κρασιά με κάρτα {cy_card}", [("card", cy_card)]),
        # ceramics class, Athens
        ("Εργαστήρι Πηλός, γεια σας.", []),
        ("γεια σας με λένε ιφιγένεια παπαδάκη θα ήθελα πληροφορίες για τα μαθήματα τροχού",
         [("name", "ιφιγένεια παπαδάκη")]),
        ("Τα μαθήματα είναι κάθε Τετάρτη 19:00–21:30, 8 μαθήματα 220 € με τα υλικά και τα ψησίματα.",
         []),
        ("Δεκαεφτά Μαρτίου του ενενήντα εννιά.",
         [("date_of_birth", "Δεκαεφτά Μαρτίου του ενενήντα εννιά")],
         "Για την ασφάλεια χρειάζομαι ημερομηνία γέννησης."),
        ("Το κινητό μου είναι 6944 218 035.", [("phone", "6944 218 035")]),
        ("Μένω Αθηνάς 14 στο Μοναστηράκι, τρίτος όροφος, 105 51.",
         [("address", "Αθηνάς 14 στο Μοναστηράκι, τρίτος όροφος, 105 51")]),
        ("το email είναι ifi.papadaki@yahoo.gr", [("email", "ifi.papadaki@yahoo.gr")]),
        ("Ο κλίβανος ψήνει στους 1.240 βαθμούς, οπότε τα κομμάτια τα παίρνετε μετά από 10 μέρες.",
         []),
    ]


LANGS.setdefault("el", []).extend(_el_part1())

# ---------------------------------------------------------------------- Greek, part 2
# Calls: kitesurf school (Naxos, young caller), court-fine payment (Nicosia, Cypriot
# caller), coworking-space membership (Thessaloniki), sleep-study clinic (Athens, older
# caller).
def _el_part2():
    kite_card = make_card("535542817760913")
    cy_card = make_card("431927604458816")
    afm3 = make_afm("14762203")
    afm4 = make_afm("12381570")
    gr2 = make_iban("GR", "026" + "0218" + "0000840200946117")
    afm3_said = f"{afm3[:3]}, {say('el', afm3[3:], [3], sep=', ')}"
    afm4_said = say("el", afm4, [3], sep=", ")
    return [
        # kitesurf school, Naxos
        ("Naxos Kite Club, γεια σας, ο Άρης εδώ.", [("name", "Άρης")]),
        ("Γεια, είμαι ο Νίκος Σταυρόπουλος, θέλω να κάνω το beginner course τον Αύγουστο.",
         [("name", "Νίκος Σταυρόπουλος")]),
        ("Το beginner είναι 9 ώρες σε τρεις μέρες, 390 € με τον εξοπλισμό, και βγαίνουμε αν ο "
         "αέρας είναι πάνω από 12 κόμβους.", []),
        ("Γεννήθηκα 23 Ιουνίου του 2001.", [("date_of_birth", "23 Ιουνίου του 2001")],
         "για την ασφάλιση μου λες ημερομηνία γέννησης;"),
        ("Το κινητό μου είναι +30 698 442 1175, έχω και WhatsApp.",
         [("phone", "+30 698 442 1175")]),
        ("nikos.stavro παπάκι hotmail τελεία com, stavro χωρίς το πουλος",
         [("email", "nikos.stavro παπάκι hotmail τελεία com")]),
        (f"Την προκαταβολή των 100 ευρώ με την κάρτα, {grp(kite_card, [4])}.",
         [("card", grp(kite_card, [4]))]),
        ("Η διεύθυνσή μου για την απόδειξη: Λεωφόρος Κηφισίας 211, Μαρούσι, 151 24.",
         [("address", "Λεωφόρος Κηφισίας 211, Μαρούσι, 151 24")]),
        ("τα μαθήματα είναι στη μικρή βίγλα από τις δέκα μέχρι τη μία και αν έχει μελτέμι πάνω "
         "από 25 κόμβους ακυρώνουμε", []),
        # court-fine payment, Nicosia
        ("Επαρχιακό Δικαστήριο Λευκωσίας, τμήμα πληρωμής προστίμων, καλημέρα σας.", []),
        ("καλημέρα είμαι η γιωτούλα η νεοφύτου έχω ένα πρόστιμο που το δικαστήριο τζαι θέλω να "
         "το πληρώσω", [("name", "γιωτούλα η νεοφύτου")]),
        ("Τον αριθμό της υπόθεσης τον έχετε; Είναι πάνω δεξιά στην ειδοποίηση.", []),
        ("ναι 4417 του 2023", []),
        ("Το πρόστιμο είναι 340 ευρώ και η προθεσμία είναι μέχρι τις 30 Σεπτεμβρίου, μετά "
         "εκδίδεται ένταλμα.", []),
        ("Ευχαριστώ, κυρία Νεοφύτου. Μπορείτε να πληρώσετε με κάρτα ή με έμβασμα.",
         [("name", "Νεοφύτου")]),
        (f"Με κάρτα, {grp(cy_card, [4])}.", [("card", grp(cy_card, [4]))]),
        ("το σταθερό μου είναι 22 345 618 τζαι το κινητό 96 771 240",
         [("phone", "22 345 618"), ("phone", "96 771 240")]),
        ("Η διεύθυνσή μου: Αρχιεπισκόπου Μακαρίου Γ' 54, διαμέρισμα 201, 1065 Λευκωσία.",
         [("address", "Αρχιεπισκόπου Μακαρίου Γ' 54, διαμέρισμα 201, 1065 Λευκωσία")]),
        ("Ημερομηνία γέννησης 08/11/1974.", [("date_of_birth", "08/11/1974")]),
        ("Η απόδειξη να σταλεί στο giota.neophytou@cytanet.com.cy.",
         [("email", "giota.neophytou@cytanet.com.cy")]),
        # coworking, Thessaloniki
        ("Hub 54 Θεσσαλονίκη, γεια σας.", []),
        ("Γεια σας, ο Θοδωρής Αλεξίου είμαι, είμαι στο flex πακέτο και θέλω να περάσω σε "
         "dedicated desk.", [("name", "Θοδωρής Αλεξίου")]),
        ("Το dedicated desk είναι 180 € τον μήνα συν ΦΠΑ 24%, με 8 ώρες αίθουσα συσκέψεων.", []),
        (f"Για το τιμολόγιο, το ΑΦΜ μου είναι {afm3_said}.", [("id", afm3_said)]),
        ("Δ.Ο.Υ. Καλαμαριάς, και η έδρα της επιχείρησης είναι στο σπίτι μου.", []),
        ("Η διεύθυνση είναι Μητροπόλεως 88, 4ος όροφος, 546 22 Θεσσαλονίκη.",
         [("address", "Μητροπόλεως 88, 4ος όροφος, 546 22 Θεσσαλονίκη")]),
        (f"Πάγια εντολή από τη Eurobank, {grp(gr2, [4])}.", [("iban", grp(gr2, [4]))]),
        ("σταθερό γραφείου 2310 284 115", [("phone", "2310 284 115")]),
        ("Η κάρτα πρόσβασης ενεργοποιείται από την 1η Μαρτίου και το κτίριο είναι ανοιχτό 24/7.",
         []),
        ("thodoris τελεία alexiou παπάκι gmail τελεία com",
         [("email", "thodoris τελεία alexiou παπάκι gmail τελεία com")],
         "Και ένα email για τα τιμολόγια;"),
        # sleep-study clinic, Athens
        ("Εργαστήριο Μελέτης Ύπνου, καλημέρα σας.", []),
        ("καλημέρα σας λέγομαι παναγιώτης τσολάκης με έστειλε ο πνευμονολόγος για μελέτη ύπνου "
         "γιατί ροχαλίζω", [("name", "παναγιώτης τσολάκης")]),
        ("Μάλιστα, κύριε Τσολάκη. Η πολυυπνογραφία γίνεται ένα βράδυ, προσέλευση στις 21:30, και "
         "κοστίζει 280 €, ή με παραπεμπτικό ΕΟΠΥΥ πληρώνετε συμμετοχή 15%.",
         [("name", "Τσολάκη")]),
        (f"{afm4_said}.", [("id", afm4_said)], "Το ΑΦΜ σας για την απόδειξη;"),
        ("γεννήθηκα δώδεκα του τρία του πενήντα εννιά",
         [("date_of_birth", "δώδεκα του τρία του πενήντα εννιά")]),
        ("Το σταθερό μου 210 654 3218, κινητό δεν έχω.", [("phone", "210 654 3218")]),
        ("Κατοικώ Πατησίων 163, Κυψέλη, τέταρτος όροφος.",
         [("address", "Πατησίων 163, Κυψέλη, τέταρτος όροφος")]),
        ("Το ραντεβού σας είναι την Τρίτη 22 Οκτωβρίου, να φέρετε πιζάμες και τα φάρμακα που "
         "παίρνετε.", []),
        ("Η μάσκα CPAP νοικιάζεται 45 € τον μήνα ή 650 € για αγορά.", []),
    ]


LANGS.setdefault("el", []).extend(_el_part2())

# ---------------------------------------------------------------------- Greek, part 3
# Calls: smart-meter installation line (Patras), community-centre hall hire (Limassol
# village, Cypriot), halloumi and goat-cheese farm shop (Paphos, Cypriot), blood-pressure
# monitor recall (Larissa, older caller), refugee-records genealogy archive (Greek-American
# caller).
def _el_part3():
    afm5 = make_afm("03927164")
    afm6 = make_afm("11408935")
    afm7 = make_afm("16025847")
    gr3 = make_iban("GR", "011" + "0215" + "0000021574302886")
    gr4 = make_iban("GR", "014" + "0370" + "0370002320117459")
    gr5 = make_iban("GR", "011" + "0089" + "0000089741220563")
    cy2 = make_iban("CY", "005" + "00375" + "0000037501846229")
    cy3 = make_iban("CY", "002" + "00460" + "0000460057731904")
    hall_card = make_card("454617302298641")
    hall_card2 = make_card("521933870015284")
    shop_card = make_card("493870125563379")
    amex = make_card("37821466092054")
    hall_said = say("el", hall_card, [2])
    shop_phone = say("el", "99187305", [2, 2, 2, 2])
    return [
        # smart-meter installation, Patras
        ("Γραμμή εξυπηρέτησης για τους έξυπνους μετρητές, καλησπέρα σας.", []),
        ("καλησπέρα μου ήρθε ένα μήνυμα ότι θα αλλάξετε τον μετρητή την πέμπτη αλλά δεν θα είμαι "
         "σπίτι", []),
        ("1 40712 836-01 7", [], "Τον αριθμό παροχής μου λέτε; Είναι πάνω στον λογαριασμό."),
        ("Ο λογαριασμός είναι στο όνομα της μητέρας μου, εγώ είμαι ο γιος της, ο Σπύρος Μακρής.",
         [("name", "Σπύρος Μακρής")]),
        (f"Το ΑΦΜ της {afm5} και γεννήθηκε 4 Απριλίου 1947.",
         [("id", afm5), ("date_of_birth", "4 Απριλίου 1947")]),
        (f"δηλαδή {grp(afm5, [3])} σωστά", [("id", grp(afm5, [3]))]),
        ("Μπορούμε να το μεταφέρουμε για τη Δευτέρα 18 Μαρτίου μεταξύ 8 και 2, η διακοπή ρεύματος "
         "κρατάει 30 με 40 λεπτά.", []),
        ("η διεύθυνση του ακινήτου είναι κορίνθου 218 πάτρα δεύτερος όροφος",
         [("address", "κορίνθου 218 πάτρα δεύτερος όροφος")]),
        ("spyros.makris78@gmail.com για την επιβεβαίωση",
         [("email", "spyros.makris78@gmail.com")]),
        (f"και το πιστωτικό από την εκκαθάριση να επιστραφεί στο {grp(gr4, [4]).lower()}",
         [("iban", grp(gr4, [4]).lower())]),
        ("Ο νέος μετρητής δεν κοστίζει τίποτα, και η κατανάλωση θα φαίνεται ανά 15 λεπτά στην "
         "εφαρμογή.", []),
        # community-centre hall hire, Limassol district
        ("καλημέρα σας η ελένη χαραλάμπους είμαι θέλω να νοικιάσω την αίθουσα του κοινοτικού "
         "κέντρου για τη βάφτιση του μωρού", [("name", "ελένη χαραλάμπους")]),
        ("Η αίθουσα χωρά 200 άτομα, είναι 350 ευρώ το βράδυ τζαι 100 ευρώ εγγύηση.", []),
        ("το σάββατο 7 ιουνίου είναι ελεύθερη από τις 7 το απόγευμα μέχρι τις 2 το πρωί", []),
        (f"τα 350 θα τα πληρώσω με κάρτα {hall_said}", [("card", hall_said)]),
        (f"Δεν πέρασε; Δοκιμάστε αυτή, {grp(hall_card2, [4])}.",
         [("card", grp(hall_card2, [4]))]),
        (f"Την εγγύηση να μου την επιστρέψετε στο {grp(cy2, [4])}.", [("iban", grp(cy2, [4]))]),
        ("στο eleni.ch@outlook.com", [("email", "eleni.ch@outlook.com")],
         "Το συμφωνητικό σε ποιο email να το στείλουμε;"),
        ("Τα τραπέζια τζαι οι καρέκλες είναι μέσα, η κουζίνα όμως είναι 50 ευρώ επιπλέον.", []),
        # halloumi and goat-cheese farm shop, Paphos
        ("καλημέρα θέλω να παραγγείλω χαλλούμι τζαι αναρή για το εστιατόριο", []),
        ("Το χαλλούμι γιδίσιο είναι 14 ευρώ το κιλό, η αναρή 6,50, τζαι για παραγγελίες πάνω από "
         "40 κιλά κάνουμε 10% έκπτωση.", []),
        ("Ο Αντρέας ο Ιωάννου, που την ταβέρνα στη Γεροσκήπου.",
         [("name", "Αντρέας ο Ιωάννου")], "Με ποιον μιλώ;"),
        (f"Θα σας κάνω έμβασμα από την Ελληνική, {grp(cy3, [4])}.", [("iban", grp(cy3, [4]))]),
        (f"ή με κάρτα καλύτερα {grp(shop_card, [4])}", [("card", grp(shop_card, [4]))]),
        (f"το κινητό μου {shop_phone}", [("phone", shop_phone)]),
        ("Η παραγγελία φεύγει Τρίτη τζαι Παρασκευή, ώσπου τις 11 να είναι στη Γεροσκήπου.", []),
        ("ο αριθμός παραγγελίας σας είναι 20417 τζαι το τιμολόγιο θα το πάρετε με το φορτηγό",
         []),
        # blood-pressure monitor recall, Larissa
        ("Γραμμή ανάκλησης πιεσόμετρων Corvana, παρακαλώ.", []),
        ("καλημέρα παιδί μου είμαι η κυρία ευανθία ζαχαρίου από τη λάρισα έχω αυτό το πιεσόμετρο "
         "που λένε στην τηλεόραση", [("name", "ευανθία ζαχαρίου")]),
        ("Μάλιστα. Το μοντέλο είναι BP-4410, γράφει από κάτω σειριακό αριθμό;", []),
        ("γράφει s n 22 0855 7193", []),
        ("Γεννήθηκα το σαράντα τρία, στις είκοσι πέντε Μαρτίου.",
         [("date_of_birth", "σαράντα τρία, στις είκοσι πέντε Μαρτίου")]),
        ("και του άντρα μου που έχει το ίδιο γεννημένος 1/7/1940",
         [("date_of_birth", "1/7/1940")]),
        (f"Το ΑΦΜ μου {grp(afm6, [3])}.", [("id", grp(afm6, [3]))]),
        (f"Τα χρήματα να μπουν στην Εθνική, {grp(gr3, [4])}.", [("iban", grp(gr3, [4]))]),
        (f"ή καλύτερα στης κόρης μου που έχει e-banking {grp(gr5, [4]).lower()}",
         [("iban", grp(gr5, [4]).lower())]),
        ("Η διεύθυνση είναι Ηπείρου 9, Λάρισα, ισόγειο.",
         [("address", "Ηπείρου 9, Λάρισα, ισόγειο")]),
        ("Θα σας έρθει καινούργιο πιεσόμετρο με courier σε 5 με 7 εργάσιμες, χωρίς χρέωση.", []),
        ("η πίεση μου έδειχνε δεκαοχτώ με δέκα και τρόμαξα", []),
        # refugee-records genealogy archive
        ("Γεια σας, με λένε Katerina Pappas, είμαι από τη Βοστώνη, ψάχνω τα χαρτιά του παππού μου.",
         [("name", "Katerina Pappas")]),
        ("Ο παππούς γεννήθηκε στη Σμύρνη στις 2 Φεβρουαρίου 1915 και ήρθε στην Καλλιθέα το '22.",
         [("date_of_birth", "2 Φεβρουαρίου 1915")]),
        ("το αντίγραφο του μητρώου κοστίζει 12 ευρώ και η έρευνα γίνεται σε 20 εργάσιμες", []),
        (f"Πληρώνω με American Express, {grp(amex, [4, 6, 5])}.",
         [("card", grp(amex, [4, 6, 5]))]),
        ("Στείλτε μου στο kpappas.boston@gmail.com", [("email", "kpappas.boston@gmail.com")]),
        (f"έχω και ελληνικό αφμ αν χρειάζεται {' '.join(afm7)}", [("id", " ".join(afm7))]),
    ]


LANGS.setdefault("el", []).extend(_el_part3())

# === LANGUAGE BLOCKS END ===


def report(lang, rows):
    kinds = Counter(s["kind"] for r in rows for s in r["spans"])
    empty = sum(1 for r in rows if not r["spans"])
    plain = sum(1 for r in rows if not re.search(r"[A-ZΑ-ΩΆΈΉΊΌΎΏ.,?!:;،؛؟·]", r["text"]))
    print(f"{lang}: {len(rows)} items, {len(rows) - empty} personal, {empty} non-personal, "
          f"{sum(kinds.values())} spans, {plain} unpunctuated-lower")
    print("    " + ", ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS))
    return kinds, empty


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in LANGS:
            continue
        rows = build(lang, LANGS[lang])
        with open(OUT_DIR / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds, empty = report(lang, rows)
        # the brief's shape for a finished language
        assert 110 <= len(rows) <= 130, (lang, len(rows))
        assert 35 <= empty <= 45, (lang, empty)
        assert 75 <= sum(kinds.values()) <= 90, (lang, kinds)
        assert all(kinds[k] >= 7 for k in KINDS), (lang, kinds)
        assert 20 <= kinds["name"] <= 25, (lang, kinds)
        # re-read what was written and check every span once more
        with open(OUT_DIR / f"{lang}.jsonl", encoding="utf-8") as f:
            back = [json.loads(line) for line in f]
        assert back == rows
        for r in back:
            raw = r["text"].encode("utf-8")
            for sp in r["spans"]:
                piece = raw[sp["start"]:sp["end"]].decode("utf-8")
                assert piece and piece == piece.strip() and sp["kind"] in KINDS


if __name__ == "__main__":
    main()
