#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind62" (motoring calls).

Written by a helper session that worked only from a written brief: it never
read the redactor, its rules, its tests, or any other evaluation set or
generator. All values are invented; every check-digit value (cards, IBANs,
national IDs) is validated below, and long non-personal numbers are asserted
to fail those checks.

Sectors imagined (motoring): car dealers, garages and servicing, leasing,
car rental, parking permits and fines, roadside assistance, tyre and
windscreen fitters, motor insurance claims, driving licences and EV
charging accounts.

Run:  python3 benches/redaction/make_blind62.py
Writes data/redaction/blind62/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address;
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ----------------------------------------------------------------- checks


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def tz_ok(d):
    """Israeli Teudat Zehut."""
    if len(d) != 9:
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 if i % 2 == 0 else 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0


def afm_ok(d):
    """Greek AFM (tax number)."""
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(d):
    if len(d) != 9:
        return False
    a, g, s = d[:3], d[3:5], d[5:]
    return a != "000" and a != "666" and a < "900" and g != "00" and s != "0000"


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
            "MA": 28, "LB": 28, "QA": 29, "KW": 30, "BH": 22, "AT": 20, "BE": 16,
            "PT": 25, "CH": 21}


def iban_ok(s):
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def complete(prefix, ok):
    """Compute the check digit that makes prefix+digit pass ok()."""
    good = [c for c in "0123456789" if ok(prefix + c)]
    assert good, prefix
    return prefix + good[0]


def make_iban(cc, bban):
    n = int("".join(str(int(ch, 36)) for ch in bban + cc + "00"))
    v = cc + "%02d" % (98 - n % 97) + bban
    assert iban_ok(v), v
    return v


# ------------------------------------------------ spoken numbers -> digits

AR_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def _w(spec):
    d = {}
    for val, words in spec.items():
        for w in words.split():
            d[w] = val
    return d


LANG = {
    "en": dict(
        units=_w({0: "zero oh nought", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five",
                  6: "six", 7: "seven", 8: "eight", 9: "nine"}),
        teens=_w({10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
                  15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}),
        tens=_w({20: "twenty", 30: "thirty", 40: "forty", 50: "fifty", 60: "sixty",
                 70: "seventy", 80: "eighty", 90: "ninety"}),
        hund={}, hmult={"hundred"}, teen_suffix=set(), conj="",
        double={"double": 2, "triple": 3},
        ignore={"and", "um", "uh", "erm", "er", "plus", "yeah", "then"},
    ),
    "ar": dict(
        units=_w({0: "صفر زيرو", 1: "واحد وحدة", 2: "اثنين اتنين اثنان تنين",
                  3: "ثلاثة تلاتة ثلاث تلات تلاته ثلاثه", 4: "أربعة اربعة أربع اربع اربعه",
                  5: "خمسة خمس خمسه", 6: "ستة ست سته", 7: "سبعة سبع سبعه",
                  8: "ثمانية ثمانيه ثمان تمانية تمانيه تمنية تمن", 9: "تسعة تسع تسعه"}),
        teens=_w({10: "عشرة عشره", 11: "حداشر احدعش", 12: "اطناشر اتناشر", 13: "تلطاشر",
                  14: "اربعطاشر", 15: "خمسطاشر", 16: "ستاشر سطاشر", 17: "سبعطاشر",
                  18: "تمنطاشر", 19: "تسعطاشر"}),
        tens=_w({20: "عشرين", 30: "ثلاثين تلاتين", 40: "أربعين اربعين", 50: "خمسين",
                 60: "ستين", 70: "سبعين", 80: "ثمانين تمانين", 90: "تسعين"}),
        hund=_w({100: "مية مئة مائة", 200: "ميتين مئتين", 300: "تلتمية ثلاثمية ثلاثمائة",
                 400: "ربعمية أربعمية اربعمية أربعمائة", 500: "خمسمية خمسمائة",
                 600: "ستمية ستمائة", 700: "سبعمية سبعمائة", 800: "تمنمية ثمانمائة ثمنمية",
                 900: "تسعمية تسعمائة"}),
        hmult=set(), teen_suffix=set(), conj="و",
        double={"دبل": 2},
        ignore={"و", "زائد", "يعني", "اه", "آه"},
    ),
    "he": dict(
        units=_w({0: "אפס", 1: "אחת אחד", 2: "שתיים שתים שניים שתי", 3: "שלוש שלושה",
                  4: "ארבע ארבעה", 5: "חמש חמישה", 6: "שש שישה", 7: "שבע שבעה",
                  8: "שמונה", 9: "תשע תשעה"}),
        teens=_w({10: "עשר עשרה"}),
        tens=_w({20: "עשרים", 30: "שלושים", 40: "ארבעים", 50: "חמישים", 60: "שישים",
                 70: "שבעים", 80: "שמונים", 90: "תשעים"}),
        hund=_w({100: "מאה", 200: "מאתיים"}),
        hmult={"מאות"}, teen_suffix={"עשרה", "עשר"}, conj="ו",
        double={"דאבל": 2},
        ignore={"פלוס", "אממ", "אה", "ו", "איי", "אל"},  # "איי אל" = the letters I L
    ),
    "el": dict(
        units=_w({0: "μηδέν μηδενικό", 1: "ένα ένας μία μια", 2: "δύο δυο",
                  3: "τρία τρεις", 4: "τέσσερα τέσσερις", 5: "πέντε", 6: "έξι",
                  7: "επτά εφτά", 8: "οκτώ οχτώ", 9: "εννιά εννέα"}),
        teens=_w({10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία", 14: "δεκατέσσερα",
                  15: "δεκαπέντε", 16: "δεκαέξι δεκάξι", 17: "δεκαεπτά δεκαεφτά",
                  18: "δεκαοκτώ δεκαοχτώ", 19: "δεκαεννιά δεκαεννέα"}),
        tens=_w({20: "είκοσι", 30: "τριάντα", 40: "σαράντα", 50: "πενήντα", 60: "εξήντα",
                 70: "εβδομήντα", 80: "ογδόντα", 90: "ενενήντα"}),
        hund=_w({100: "εκατό εκατόν", 200: "διακόσια", 300: "τριακόσια", 400: "τετρακόσια",
                 500: "πεντακόσια", 600: "εξακόσια", 700: "επτακόσια εφτακόσια",
                 800: "οκτακόσια οχτακόσια", 900: "εννιακόσια"}),
        hmult=set(), teen_suffix=set(), conj="και",
        double={},
        ignore={"συν", "εεε", "και"},
    ),
}


def spoken_to_value(lang, s):
    """Turn a spoken/written value into its digits (and Latin capitals)."""
    L = LANG[lang]
    s = s.translate(AR_INDIC)
    toks = [t for t in re.split(r"[\s,.;:!?\-–—/()+'\"،]+", s) if t]
    out = []
    i = 0

    def word(t):
        t = t.lower()
        for table in ("units", "teens", "tens", "hund"):
            if t in L[table]:
                return table, L[table][t]
        if t in L["hmult"]:
            return "hmult", 100
        if t in L["double"]:
            return "double", L["double"][t]
        c = L["conj"]
        if c and len(c) == 1 and t.startswith(c) and len(t) > 1:
            k = word(t[1:])
            if k[0] != "?":
                return ("c" + k[0], k[1])
        return "?", t

    def small(j):
        """Parse a number below 100 at j; returns (value, ndigits, next) or None."""
        if j >= len(toks):
            return None
        k, v = word(toks[j])
        k = k.lstrip("c")
        if k == "teens":
            if v == 10 and lang == "he":
                return v, 2, j + 1
            return v, 2, j + 1
        if k == "tens":
            if j + 1 < len(toks):
                k2, v2 = word(toks[j + 1])
                if k2 in ("units", "cunits") and v2 > 0 and lang != "ar":
                    return v + v2, 2, j + 2
            return v, 2, j + 1
        if k == "units":
            if j + 1 < len(toks):
                k2, v2 = word(toks[j + 1])
                if lang == "ar" and k2 == "ctens" and v > 0:
                    return v + v2, 2, j + 2
                if lang == "he" and toks[j + 1] in L["teen_suffix"]:
                    return 10 + v, 2, j + 2
            return v, 1, j + 1
        return None

    while i < len(toks):
        t = toks[i]
        if re.fullmatch(r"[0-9A-Z]+", t) or re.fullmatch(r"[a-z]", t):
            out.append(t.upper())
            i += 1
            continue
        if re.fullmatch(r"[0-9]+[a-z]?", t):
            out.append(t.upper())
            i += 1
            continue
        k, v = word(t)
        if t in L["ignore"] and k in ("?",):
            i += 1
            continue
        k = k.lstrip("c") if k != "?" else k
        if k == "double":
            n = small(i + 1)
            assert n and n[1] == 1, (lang, s, t)
            out.append(str(n[0]) * v)
            i = n[2]
            continue
        if k == "hund" or (k == "units" and i + 1 < len(toks) and toks[i + 1] in L["hmult"]):
            if k == "hund":
                h, i = v, i + 1
            else:
                h, i = v * 100, i + 2
            if i < len(toks) and toks[i] in ("and", "και"):
                i += 1
            n = small(i)
            if n:
                h += n[0]
                i = n[2]
            out.append("%03d" % h)
            continue
        n = small(i)
        if n is None:
            if t in L["ignore"]:
                i += 1
                continue
            raise AssertionError("unknown token %r in %r (%s)" % (t, s, lang))
        out.append(("%0" + str(n[1]) + "d") % n[0])
        i = n[2]
    return "".join(out)


def check_value(lang, kind, sub, opt):
    if opt.get("partial") or kind not in ("card", "iban", "id", "phone"):
        return
    v = spoken_to_value(lang, sub)
    if kind == "card":
        assert v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), (sub, v)
        assert complete(v[:-1], luhn_ok) == v, (sub, v)
    elif kind == "iban":
        v = opt.get("cc", "") + v
        assert iban_ok(v) and make_iban(v[:2], v[4:]) == v, (sub, v)
    elif kind == "id":
        t = opt.get("t")
        ok = {"tz": tz_ok, "afm": afm_ok, "saudi": saudi_ok, "ssn": ssn_ok}
        if t:
            assert ok[t](v), (sub, v, t)
            if t != "ssn":
                assert complete(v[:-1], ok[t]) == v, (sub, v, t)
        else:
            assert v.isdigit() and any(f(v) for f in ok.values()), (sub, v)
    elif kind == "phone":
        assert v.isdigit() and 7 <= len(v) <= 15, (sub, v)


def check_nonpersonal_numbers(text):
    """Long digit runs outside spans must fail every check-digit test."""
    t = text.translate(AR_INDIC)
    for m in re.finditer(r"\d+(?:[ \-.]\d+)*", t):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("non-personal number passes Luhn", m.group())
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("non-personal 9 digits pass ID check", m.group())
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("non-personal 10 digits pass Saudi check", m.group())


PREFIX_OK = {"he": "ובלמשהכ", "ar": "وبلفك"}


def build(lang, items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        out = []
        masked = text
        for sp in spans:
            kind, sub = sp[0], sp[1]
            opt = sp[2] if len(sp) > 2 else {}
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (kind, sub)
            sb = sub.encode("utf-8")
            pos = [m.start() for m in re.finditer(re.escape(sb), b)]
            nth = opt.get("nth")
            if nth is None:
                assert len(pos) == 1, ("span substring not unique/absent", lang, sub, text, pos)
                start = pos[0]
            else:
                start = pos[nth]
            end = start + len(sb)
            # the span must sit on word boundaries (a Hebrew/Arabic one-letter prefix is allowed)
            before = b[:start].decode("utf-8")
            after = b[end:].decode("utf-8")
            if before and before[-1].isalnum():
                assert lang in PREFIX_OK and before[-1] in PREFIX_OK[lang] and \
                    (len(before) < 2 or not before[-2].isalnum()), ("span starts mid-word", lang, sub, text)
            assert not (after and after[0].isalnum()), ("span ends mid-word", lang, sub, text)
            check_value(lang, kind, sub, opt)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda x: x["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlapping spans", text)
        # blank the spans out, then check what remains
        bb = bytearray(b)
        for s in out:
            bb[s["start"]:s["end"]] = b" " * (s["end"] - s["start"])
        check_nonpersonal_numbers(bb.decode("utf-8"))
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), ("duplicate text", lang,
                                           [t for t in texts if texts.count(t) > 1][:3])
    return rows


ITEMS = {}

# ====================================================================== EN

def S(kind, sub, **opt):
    return (kind, sub, opt)


EN = [
    # --- roadside assistance, Wales
    ("Good afternoon, you're through to Highway Rescue, my name's Priya, how can I help?",
     [S("name", "Priya")]),
    ("Hiya, yeah, um, I've broken down on the A470 just past Brecon, the car's just cut out completely, "
     "there's a light on the dash and that's it.", []),
    ("Okay, I'm sorry to hear that. Can I take the name on the membership please?", []),
    ("It's Gareth, Gareth Llewellyn, that's L-L-E-W-E-L-L-Y-N.",
     [S("name", "Gareth", nth=0), S("name", "Gareth Llewellyn"), S("name", "L-L-E-W-E-L-L-Y-N")],
     "Can I take the name on the membership please?"),
    ("Thank you Mr Llewellyn. And the best number to get you on while you're at the roadside?",
     [S("name", "Llewellyn")]),
    ("oh seven seven double oh, nine double oh, four eight two",
     [S("phone", "oh seven seven double oh, nine double oh, four eight two")],
     "And the best number to get you on while you're at the roadside?"),
    ("Fourteen Heol y Parc, Pontypridd, CF37 2AB.",
     [S("address", "Fourteen Heol y Parc, Pontypridd, CF37 2AB")],
     "Lovely. And the first line of the address the membership is registered to?"),
    ("Right, we've got a patrol about fifty minutes away, so he should be with you by quarter past four "
     "at the latest, and if it's the alternator he carries one for the Astra.", []),
    ("Your job reference is RK 448 2913, and you're on Premier Plus, so the tow's included up to ten miles "
     "or to the nearest garage.", []),
    # --- main dealer, new car finance (Nigerian caller, London)
    ("Morning, Westway Kia sales, how can I help?", []),
    ("Good morning. My name is Chukwuemeka Okafor, but everybody calls me Emeka. I was in on Saturday "
     "to look at the Sportage.",
     [S("name", "Chukwuemeka Okafor"), S("name", "Emeka")]),
    ("Ah yes, you came in with your wife, the 1.6 hybrid in Lunar Grey, the one that arrived on the 24th.", []),
    ("So for the finance application I'll need your date of birth, Emeka.", [S("name", "Emeka")]),
    ("It's the third of November, nineteen eighty-one.",
     [S("date_of_birth", "third of November, nineteen eighty-one")],
     "So for the finance application I'll need your date of birth, Emeka."),
    ("Flat 6, Tanner Court, 41 Brigstock Road, Thornton Heath, CR7 7JD, and I've been there five years.",
     [S("address", "Flat 6, Tanner Court, 41 Brigstock Road, Thornton Heath, CR7 7JD")],
     "And your current address, and how long you've lived there?"),
    ("The on-the-road price is twenty-six thousand four hundred and ninety-five, and with the three thousand "
     "deposit the monthly comes to three hundred and twelve pounds over forty-eight months at 6.9 percent APR.", []),
    ("Can I pay the five hundred pound holding deposit on card now, so nobody else takes it before Friday?", []),
    ("Yes, five four six five, oh two oh one, four six two oh, one six eight one.",
     [S("card", "five four six five, oh two oh one, four six two oh, one six eight one")],
     "Go ahead with the long number on the front of the card when you're ready."),
    # --- garage: MOT and service (Australian caller)
    ("Parkside Motors, good morning.", []),
    ("Hi there, it's Bron Fitzgerald here, I booked the Corolla in for an MOT and a full service on Thursday.",
     [S("name", "Bron Fitzgerald")]),
    ("Yep, got you here, Bronwyn, Thursday the 14th at eight thirty, the Corolla, registration LK19 HWD.",
     [S("name", "Bronwyn")]),
    ("The MOT's fifty-four eighty-five and the full service on the hybrid is two hundred and nineteen, "
     "so two seventy-three eighty-five all in, plus any parts.", []),
    ("could you text me when it's ready my mobile is oh seven four oh oh one two three no sorry "
     "one three two eight eight five",
     [S("phone", "oh seven four oh oh one two three no sorry one three two eight eight five", partial=True)]),
    ("We open at half seven, so you can drop the keys through the letterbox from seven if that's easier.", []),
    ("The front pads were down to three millimetres, that's another eighty-nine ninety fitted, and the "
     "rear tyres are at four mil so they'll do till the next one in twelve thousand miles.", []),
    # --- leasing, Texas (Indian caller)
    ("Thank you for calling Summit Auto Lease, this is Marcus, can I get your first and last name?",
     [S("name", "Marcus")]),
    ("yes hello this is venkatesh raghunathan calling about the lease application for the honda cr-v",
     [S("name", "venkatesh raghunathan")]),
    ("Thanks, Mr. Raghunathan. To run the credit check I'll need your Social Security number.",
     [S("name", "Raghunathan")]),
    ("Sure, it is five two nine, four one, seven seven three eight.",
     [S("id", "five two nine, four one, seven seven three eight", t="ssn")],
     "To run the credit check I'll need your Social Security number."),
    ("august twenty second 1979",
     [S("date_of_birth", "august twenty second 1979")],
     "And your date of birth?"),
    ("It's 2207 Maple Hollow Drive, apartment 3B, Plano, Texas 75024.",
     [S("address", "2207 Maple Hollow Drive, apartment 3B, Plano, Texas 75024")],
     "And the current home address?"),
    ("The lease is thirty-six months, ten thousand miles a year, one thousand nine ninety-nine due at signing, "
     "and the monthly is three eighty-nine plus tax.", []),
    ("it's venky underscore raghu seventy nine at gmail dot com",
     [S("email", "venky underscore raghu seventy nine at gmail dot com")],
     "What's the best email for the DocuSign?"),
    ("Got it, venky_raghu79@gmail.com, you'll have the documents by five p.m. Central.",
     [S("email", "venky_raghu79@gmail.com")]),
    # --- car rental, Orlando airport
    ("Bayline Rentals at Orlando International, how can I help you?", []),
    ("Hey, how you doin', my name's Jamal Whitaker, I got a reservation for a midsize SUV, picking up "
     "tomorrow at 11:40.", [S("name", "Jamal Whitaker")]),
    ("Confirmation number is B-L-7-7-3-0-4-1-9.", []),
    ("I see it, a Nissan Rogue or similar, five days, returning Tuesday the 9th by noon, "
     "three hundred forty-one eighty with the taxes.", []),
    ("Yeah, I wanna switch it to my Visa, it's four three seven one, six seven eight six, "
     "eight four three three, five three two two.",
     [S("card", "four three seven one, six seven eight six, eight four three three, five three two two")]),
    ("There's a two hundred dollar hold on the card, released five to seven business days after the return.", []),
    ("Yeah, it's 407-555-0186, that's my cell.",
     [S("phone", "407-555-0186")],
     "And a number we can reach you on in case the flight's delayed?"),
    # --- council parking permits (older caller)
    ("Parking services, you're speaking with Aoife, can I take your name please?", [S("name", "Aoife")]),
    ("Yes dear, it's Margaret Ashworth, though everyone calls me Peggy.",
     [S("name", "Margaret Ashworth"), S("name", "Peggy")]),
    ("Is this for a resident permit or a visitor permit? Visitor permits come in books of ten at two pounds "
     "forty each, or there's a six month one for ninety-five pounds.", []),
    ("My grandson's staying with me for the summer. I live at 27 Cranbourne Gardens, that's the one off "
     "the High Street by the Co-op.",
     [S("address", "27 Cranbourne Gardens")]),
    ("oh it's peggy ashworth at btinternet dot com all one word",
     [S("email", "peggy ashworth at btinternet dot com")],
     "we can email the permit over whats the best email"),
    ("Zone C permits run from the first of April to the thirty-first of March, so yours would be "
     "pro-rata from the 12th of June, sixty-one pounds twenty.", []),
    # --- private parking charge appeal (Nigerian caller)
    ("Hello, I'm ringing about a parking charge notice, the reference is PG 7730 5512 84.", []),
    ("It says I overstayed by twelve minutes at Riverside Retail Park on the 3rd of May, but I was in "
     "Boots the whole time and the pay machine by Costa was broken.", []),
    ("Adeyemi, A-D-E-Y-E-M-I, first name Olumide.",
     [S("name", "Adeyemi"), S("name", "A-D-E-Y-E-M-I"), S("name", "Olumide")],
     "Okay, can I take the registered keeper's name?"),
    ("The charge is sixty pounds if paid within fourteen days, going up to a hundred after that, "
     "and the appeal window closes on the 31st.", []),
    ("Please send the outcome by post to my house, it's 9 Larkspur Close, Basildon, SS14 3PE.",
     [S("address", "9 Larkspur Close, Basildon, SS14 3PE")]),
    # --- mobile tyre fitting, Leicester
    ("Hi, it's TyreFix Direct, returning your call about the tyres for the Qashqai.", []),
    ("Oh yes, hi, thank you, yes this is Harpreet Sandhu speaking.", [S("name", "Harpreet Sandhu")]),
    ("Two Michelin Primacy 4s, 215/60 R17, are a hundred and thirty-eight each fitted, and we can do "
     "Wednesday between ten and two.", []),
]
ITEMS["en"] = EN

EN += [
    # --- mobile tyre fitting, Leicester (cont.)
    ("Can you do it at my work instead? It's Unit 4, Meridian Business Park, Braunstone, LE19 1WX.",
     [S("address", "Unit 4, Meridian Business Park, Braunstone, LE19 1WX")]),
    ("and if he can't find it ring the landline, oh one one six, four nine six, oh two two one",
     [S("phone", "oh one one six, four nine six, oh two two one")]),
    ("right card number is four four nine three four oh seven two two four seven oh four five five four",
     [S("card", "four four nine three four oh seven two two four seven oh four five five four")]),
    # --- windscreen replacement, Cork
    ("ClearView Glass, how can I help you today?", []),
    ("Hi there, a stone came off a lorry on the M7 yesterday and there's a crack now about twenty "
     "centimetres long, right across from the passenger side.", []),
    ("Yeah, it's with FBD, the policy number is MP 40 9921 736.", []),
    ("Deirdre Mulcahy.", [S("name", "Deirdre Mulcahy")], "Grand. And the name on the policy?"),
    ("The excess for glass is seventy-five euro and the rest is covered, so we can fit it Friday between "
     "8 and 12 or Monday the 22nd any time after two.", []),
    ("oh eight seven, two one four, six six oh nine",
     [S("phone", "oh eight seven, two one four, six six oh nine")],
     "And a contact number for the technician on the day?"),
    ("At home, so 16 Ard na Gréine, Ballincollig, County Cork, the house with the red door.",
     [S("address", "16 Ard na Gréine, Ballincollig, County Cork")],
     "And where will the car be on the day?"),
    # --- motor insurance claim settlement
    ("Hello, good afternoon, my name is Funmilayo Bakare, I'm calling about claim NMI 5530 1827.",
     [S("name", "Funmilayo Bakare")]),
    ("The engineer's report came back and the car's been written off, category S, and the market value "
     "offered is eight thousand seven hundred and fifty, less your two hundred and fifty excess.", []),
    ("yes it's GB08 BARC 9603 0824 6281 94",
     [S("iban", "GB08 BARC 9603 0824 6281 94")],
     "To pay the settlement I need the account details. Can you read me the IBAN?"),
    ("Fourteenth of February, nineteen ninety.",
     [S("date_of_birth", "Fourteenth of February, nineteen ninety")],
     "And just for security, your date of birth please?"),
    ("The accident was on the 2nd of January at about half five, on the roundabout by the Tesco in "
     "Stevenage.", []),
    ("Could you email me the settlement letter as well? It's funmi.bakare@yahoo.co.uk.",
     [S("email", "funmi.bakare@yahoo.co.uk")]),
    # --- driving licence change of address (older caller)
    ("Hello, I moved house on the 28th of March and I need to change the address on my licence, I've "
     "held it since nineteen seventy-four.", []),
    ("It's 3 Chapel Row, Much Wenlock, Shropshire, TF13 6AG.",
     [S("address", "3 Chapel Row, Much Wenlock, Shropshire, TF13 6AG")],
     "What's the new address?"),
    ("Desmond Patrick Whelan.", [S("name", "Desmond Patrick Whelan")],
     "And the full name as it appears on the licence?"),
    ("Twenty-ninth of the sixth, fifty-two.",
     [S("date_of_birth", "Twenty-ninth of the sixth, fifty-two")],
     "And your date of birth, Mr Whelan?"),
    ("The new photocard will be with you in about ten working days, there's no fee for a change of "
     "address, and once you're seventy you renew every three years.", []),
    # --- EV charging account, New South Wales
    ("G'day, I've been charged twice for a session at the Goulburn charger last night, sixty-two dollars "
     "forty both times.", []),
    ("it's lachie dot obrien at bigpond dot com",
     [S("email", "lachie dot obrien at bigpond dot com")],
     "No worries, what's the email on the account?"),
    ("Thanks Lachie. I can see two sessions of fifty-eight point four kilowatt hours starting 9:14 p.m., "
     "one's a duplicate.", [S("name", "Lachie")]),
    ("While you're there can I update the card, it's a Mastercard, five three two six, eight six five six, "
     "three five five one, five oh five one.",
     [S("card", "five three two six, eight six five six, three five five one, five oh five one")]),
    ("And the mobile's plus sixty-one, four oh nine, two seven one, five five three.",
     [S("phone", "plus sixty-one, four oh nine, two seven one, five five three")]),
    ("The refund will show in three to five business days, and you're still on the thirty dollar a month "
     "plan with 15 percent off between 11 p.m. and 7 a.m.", []),
    # --- used car dealer finance, Atlanta
    ("Peachtree Pre-Owned, how can I help?", []),
    ("Hi, I'm calling about the 2019 Camry with forty-one thousand miles, stock number P 20417, is it still "
     "available?", []),
    ("Yes ma'am, it's listed at eighteen thousand nine ninety-five, and we can do a soft credit pull over "
     "the phone.", []),
    ("Okay, my social is 4 1 2, 6 8, 3 3 0 5.",
     [S("id", "4 1 2, 6 8, 3 3 0 5", t="ssn")],
     "We'll need your social and your date of birth for the application."),
    ("And I was born January 5th, 1994.", [S("date_of_birth", "January 5th, 1994")]),
    ("my email is keisha m johnson 94 at icloud dot com",
     [S("email", "keisha m johnson 94 at icloud dot com")]),
    ("Can y'all deliver it? I'm at 1180 Peachtree Battle Avenue Northwest, Atlanta, 30327.",
     [S("address", "1180 Peachtree Battle Avenue Northwest, Atlanta, 30327")]),
    ("Or call me at (404) 555-0143 after six.", [S("phone", "(404) 555-0143")]),
    ("Monthly would be about three forty-five over seventy-two months at 8.49 percent with two thousand "
     "down, and the first payment's due June 1st.", []),
    # --- car rental, Riyadh (Indian expat)
    ("Hello, Desert Wheels Rent a Car, Olaya branch, how may I help you?", []),
    ("I want to rent a Hyundai Accent for one month from the 15th, what is the monthly rate?", []),
    ("Monthly is two thousand one hundred riyals with full insurance, three thousand kilometres free, and "
     "each extra kilometre is forty halalas.", []),
    ("My iqama number is two four one nine four nine one seven one three.",
     [S("id", "two four one nine four nine one seven one three", t="saudi")]),
    ("Mobile is zero five five, three one eight, four four two zero.",
     [S("phone", "zero five five, three one eight, four four two zero")]),
    ("Date of birth on the iqama is 14-03-1988.", [S("date_of_birth", "14-03-1988")]),
    ("and email is arun nair eighty eight at hotmail dot com",
     [S("email", "arun nair eighty eight at hotmail dot com")]),
    ("For the deposit refund please use my account, SA97 6671 2768 4268 4656 3212.",
     [S("iban", "SA97 6671 2768 4268 4656 3212")]),
    # --- dealer in Jeddah (Saudi caller, English)
    ("Yes, my national ID is one one zero six one five three five six zero.",
     [S("id", "one one zero six one five three five six zero", t="saudi")],
     "To register the car in your name I need your national ID."),
    # --- private lease, Israel (immigrant from New Jersey)
    ("Hi, I'm calling from Ra'anana, I made aliyah from New Jersey last year and I'm trying to set up the "
     "private lease on the Skoda Octavia.", []),
    ("Sure, my teudat zehut is 3 0 6 5 6 0 5 5 8.",
     [S("id", "3 0 6 5 6 0 5 5 8", t="tz")]),
    ("I was born on 7/4/86, that's the seventh of April, not July.",
     [S("date_of_birth", "7/4/86"), S("date_of_birth", "seventh of April")]),
    ("My Israeli number is oh five four, seven seven three, one two nine oh.",
     [S("phone", "oh five four, seven seven three, one two nine oh")]),
    ("it's feldman dot yossi, F E L D M A N, at gmail dot com",
     [S("email", "feldman dot yossi, F E L D M A N, at gmail dot com")]),
    ("The bank account for the standing order is IL34 4395 7551 3137 3537 990.",
     [S("iban", "IL34 4395 7551 3137 3537 990")]),
    ("The lease is 36 months at 2,450 shekels a month with 15,000 kilometres a year, and the car's due "
     "at the Herzliya branch on the 10th.", []),
    # --- car rental, Paphos (British expat)
    ("Hiya, we've got the Fiesta from the 3rd to the 17th of September, and the flight lands at Paphos at "
     "twenty past ten, flight EZY 6421.", []),
    ("I'm the second driver and I was born on the 30th of December 2001, so is there a young driver charge?",
     [S("date_of_birth", "30th of December 2001")]),
    ("My Cyprus mobile is plus three five seven, nine nine, four one two, eight seven six.",
     [S("phone", "plus three five seven, nine nine, four one two, eight seven six")]),
    ("The confirmation can go to d.hargreaves58@hotmail.co.uk, that's my husband's.",
     [S("email", "d.hargreaves58@hotmail.co.uk")]),
    ("And for the deposit back it's our Cypriot account, CY20 5486 2057 9868 2828 8072 9022.",
     [S("iban", "CY20 5486 2057 9868 2828 8072 9022")]),
    # --- leasing deposits, direct debits, card payments
    ("the refund of the security deposit can go to AE35 2791 8058 8871 8033 401",
     [S("iban", "AE35 2791 8058 8871 8033 401")]),
    ("Can you deliver the car to Villa 22, Street 14, Al Barsha 2, Dubai? I'm home after four.",
     [S("address", "Villa 22, Street 14, Al Barsha 2, Dubai")]),
    ("Bank details for the direct debit: IE73 AIBK 7865 7975 4323 19.",
     [S("iban", "IE73 AIBK 7865 7975 4323 19")]),
    ("i e seven four b o f i four eight seven five seven four nine one one eight six two five two",
     [S("iban", "i e seven four b o f i four eight seven five seven four nine one one eight six two five two")],
     "sorry can you give me the IBAN again slowly"),
    ("It's still a German account, DE91 7601 8955 5979 7114 71, is that a problem?",
     [S("iban", "DE91 7601 8955 5979 7114 71")]),
    ("For the invoice the dealer in Thessaloniki wants my Greek tax number, it's zero two eight three one "
     "seven nine nine oh.",
     [S("id", "zero two eight three one seven nine nine oh", t="afm")]),
    ("For the claim form they asked for the Social, so that's 531 20 9477.",
     [S("id", "531 20 9477", t="ssn")]),
    ("my social's seven seven one, oh four, two two six eight",
     [S("id", "seven seven one, oh four, two two six eight", t="ssn")],
     "and for the license application I need your social security number"),
    ("It's an Amex, three seven one one, four four oh two four two, six four six two one.",
     [S("card", "three seven one one, four four oh two four two, six four six two one")]),
    ("Renewal's ninety-nine a year, I'll pay with the Discover, 6011 0141 9314 1707.",
     [S("card", "6011 0141 9314 1707")]),
    ("To pay the penalty charge now, card number 3540-2344-8347-8240.",
     [S("card", "3540-2344-8347-8240")]),
    ("It's 2221 5040 0088 3876, and the fine reference is WK 6620 1935.",
     [S("card", "2221 5040 0088 3876")]),
]
ITEMS["en"] = EN
# ====================================================================== AR

AR = [
    # --- roadside assistance, Riyadh (Gulf)
    ("السلام عليكم، معك نواف من خدمة المساعدة على الطريق، كيف أقدر أخدمك؟", [S("name", "نواف")]),
    ("وعليكم السلام، يا أخي السيارة طفت علي في طريق الخرج بعد مخرج ١٢ تقريباً، والبطارية شكلها خربانة", []),
    ("عبدالعزيز بن سعد القحطاني", [S("name", "عبدالعزيز بن سعد القحطاني")], "أبشر، وش الاسم الكريم؟"),
    ("حياك الله أستاذ عبدالعزيز، عطني رقم الهوية لو سمحت", [S("name", "عبدالعزيز")]),
    ("واحد واحد واحد ستة سبعة تسعة ستة صفر ستة تسعة",
     [S("id", "واحد واحد واحد ستة سبعة تسعة ستة صفر ستة تسعة", t="saudi")],
     "حياك الله أستاذ عبدالعزيز، عطني رقم الهوية لو سمحت"),
    ("٠٥٠ ٤٧٢ ٨٨١٣", [S("phone", "٠٥٠ ٤٧٢ ٨٨١٣")], "طيب ورقم جوالك اللي معك الحين؟"),
    ("تمام، الفني بيوصلك خلال أربعين دقيقة، ورقم البلاغ ٧٧٠٣٤١٨٢، والخدمة مجانية لأن اشتراكك ساري لين شهر عشرة", []),
    ("رقم الطلب في النظام ١٠٠٤٥٨٢٣٧٠ لو احتجت تتابع، والسطحة بتاخذ السيارة لوكالة تويوتا في طريق الملك فهد", []),
    # --- new car on instalments, Cairo (Egyptian)
    ("صباح الخير يا فندم، معاك منة من خدمة عملاء توكيل النصر للسيارات", [S("name", "منة")]),
    ("صباح النور، أنا محمد عبد الحميد، بس الكل بيقولي حمادة، كنت حاجز إلنترا موديل ٢٠٢٤ بالتقسيط",
     [S("name", "محمد عبد الحميد"), S("name", "حمادة")]),
    ("تمام يا أستاذ محمد، المقدم كان ٢٠٠ ألف جنيه والقسط ١١٬٤٥٠ على ٦٠ شهر", [S("name", "محمد")]),
    ("مواليد ٢٣ سبتمبر ١٩٨٧", [S("date_of_birth", "٢٣ سبتمبر ١٩٨٧")],
     "محتاجة منك تاريخ الميلاد وعنوان السكن عشان الاستعلام البنكي"),
    ("ساكن في ١٨ شارع مكرم عبيد، مدينة نصر، الدور الخامس، شقة ١٢",
     [S("address", "١٨ شارع مكرم عبيد، مدينة نصر، الدور الخامس، شقة ١٢")]),
    ("والموبايل صفر واحد واحد، أربعة ستة، تمانية اتنين، تسعة تلاتة، سبعة خمسة",
     [S("phone", "صفر واحد واحد، أربعة ستة، تمانية اتنين، تسعة تلاتة، سبعة خمسة")]),
    ("الاستلام هيكون من فرع التجمع الخامس يوم الأحد الساعة ١١ الصبح، وهتدفع ٣٬٥٠٠ مصاريف ترخيص", []),
    ("والإيميل بتاعي hamada.abdelhamid87@yahoo.com", [S("email", "hamada.abdelhamid87@yahoo.com")]),
    # --- service centre, Amman (Levantine)
    ("مرحبا، معك يزن من مركز صيانة الخالدي، كيف بقدر أساعدك؟", [S("name", "يزن")]),
    ("أهلين، بدي أحجز صيانة الستين ألف للكيا سبورتاج، وكمان في صوت بالفرامل لما أوقف", []),
    ("باسم رهف الخطيب", [S("name", "رهف الخطيب")], "أكيد، على أي اسم الحجز؟"),
    ("تمام يا رهف، عنا موعد الثلاثاء الساعة تسعة ونص، والصيانة بتكلف ٨٥ دينار مع الزيت والفلاتر",
     [S("name", "رهف")]),
    ("رقمي ٠٧٩ ٥٥٣ ٢٨١٤ إذا في أي إشي", [S("phone", "٠٧٩ ٥٥٣ ٢٨١٤")]),
    ("بدفع العربون هلأ بالبطاقة، الرقم خمسة خمسة تمانية سبعة، سبعة صفر ستة خمسة، تمانية تسعة أربعة تمانية، واحد واحد تلاتة ستة",
     [S("card", "خمسة خمسة تمانية سبعة، سبعة صفر ستة خمسة، تمانية تسعة أربعة تمانية، واحد واحد تلاتة ستة")]),
    ("السيارة مش رح تكون جاهزة قبل الأربعاء لأنه القطعة جاية من العقبة، وسعرها ١٣٠ دينار", []),
    # --- car rental, Dubai (Emirati)
    ("هلا، أبا أستأجر سيارة من مطار دبي من يوم ١٢ لين ١٩، شو الأسعار عندكم؟", []),
    ("النيسان باترول بـ ٦٥٠ درهم يومياً، والسوناتا بـ ١٨٠، والتأمين الشامل ٤٥ درهم زيادة", []),
    ("أنا مريم الشامسي، والحجز بيكون باسمي", [S("name", "مريم الشامسي")]),
    ("الإيميل mariam underscore shamsi at hotmail dot com",
     [S("email", "mariam underscore shamsi at hotmail dot com")]),
    ("الرقم زائد تسعة سبعة واحد، خمسين، ستة تلاتة أربعة، اتنين صفر تسعة واحد",
     [S("phone", "زائد تسعة سبعة واحد، خمسين، ستة تلاتة أربعة، اتنين صفر تسعة واحد")]),
    ("وتاريخ ميلادي ٤ / ٧ / ١٩٩٦ عشان شرط العمر", [S("date_of_birth", "٤ / ٧ / ١٩٩٦")]),
    ("التأمين المسترد ١٥٠٠ درهم يرجع بعد ٢١ يوم من تسليم السيارة عشان المخالفات وسالك", []),
    ("رجعوا التأمين على حسابي AE72 0497 4650 7529 1703 423", [S("iban", "AE72 0497 4650 7529 1703 423")]),
    # --- parking fine objection, Amman
    ("مرحبا، وصلتني مخالفة وقوف بقيمة ٢٠ دينار يوم ٣ الشهر بشارع الرينبو، وأنا كنت دافع بالعداد", []),
    ("رقم المخالفة ٤٤٢٠١٨٩٣٥٥١ وتاريخها ٣ / ٥ الساعة ستة المسا", []),
    ("سامر فايز عودة الحوراني", [S("name", "سامر فايز عودة الحوراني")], "شو الاسم الرباعي لو سمحت؟"),
    ("العنوان اللي بدي ترسلولي عليه الرد: جبل عمّان، الدوار الثالث، شارع الأميرة هيا، بناية ٧، الطابق التاني",
     [S("address", "جبل عمّان، الدوار الثالث، شارع الأميرة هيا، بناية ٧، الطابق التاني")]),
    ("الاعتراض بياخد عشر أيام عمل، وإذا ما انقبل بتقدر تدفع بعدها بدون غرامة تأخير", []),
    # --- tyres, Jeddah
    ("السلام عليكم، عندكم كفرات ميشلان مقاس ٢٦٥ / ٦٥ / ١٧ للهايلكس؟", []),
    ("موجود يا غالي، الحبة بـ ٦٢٠ ريال، والأربع مع الترصيص والميزان ٢٤٥٠", []),
    ("طيب سجل عندك، اسمي فيصل الغامدي", [S("name", "فيصل الغامدي")]),
    ("في البيت الله يعافيك، العنوان حي الروضة، شارع الأمير سلطان، فيلا ٣١، جدة",
     [S("address", "حي الروضة، شارع الأمير سلطان، فيلا ٣١، جدة")],
     "تبغى التركيب في الفرع ولا نجيك البيت؟"),
    ("الدفع مدى، الرقم ٤٣٧٢ ٦١٦٧ ٥١٣٦ ١٣٤١", [S("card", "٤٣٧٢ ٦١٦٧ ٥١٣٦ ١٣٤١")]),
    # --- windscreen, Casablanca (Darija)
    ("ألو السلام، الجاج ديال الطوموبيل تهرس ليا فالطريق السيار ديال الرباط البارح", []),
    ("سميتي يوسف بنعلي", [S("name", "يوسف بنعلي")], "واخا، شنو سميتك عافاك؟"),
    ("الرقم ديالي زيرو ستة، سبعة واحد، أربعة تلاتة، ستة ستة، اثنين ثمانية",
     [S("phone", "زيرو ستة، سبعة واحد، أربعة تلاتة، ستة ستة، اثنين ثمانية")]),
    ("التأمين ديالي عند الوفاء، ورقم العقد ٥٥٢٠٣٤٧١٨٢", []),
    ("الثمن ديال الجاج ٢٨٠٠ درهم، والفرانشيز ٥٠٠ درهم، ونقدرو نجيو عندك غدا مع العشرة", []),
    ("العنوان: زنقة ابن تومرت، رقم ٤٥، المعاريف، الدار البيضاء",
     [S("address", "زنقة ابن تومرت، رقم ٤٥، المعاريف، الدار البيضاء")]),
    # --- motor claim, Amman
    ("مرحبا، أنا لينا حداد، بتصل بخصوص مطالبة الحادث رقم CLM-2024-88317", [S("name", "لينا حداد")]),
    ("أهلا مدام لينا، الكروكا وصلتنا، وقيمة التصليح حسب الكشف ١٬٢٤٠ دينار", [S("name", "لينا")]),
    ("رقم الآيبان تبعي JO48 ARAB 2815 9013 9624 5957 1177 77",
     [S("iban", "JO48 ARAB 2815 9013 9624 5957 1177 77")]),
    ("تسعة وعشرين كانون التاني تمانين", [S("date_of_birth", "تسعة وعشرين كانون التاني تمانين")],
     "وتاريخ الميلاد لو سمحتي؟"),
    ("والإيميل lina.haddad80@gmail.com", [S("email", "lina.haddad80@gmail.com")]),
    # --- lease-to-own, Dammam (Egyptian resident)
    ("أنا عايز أعمل تأجير منتهي بالتمليك على أكسنت ٢٠٢٥، أنا مقيم في الدمام", []),
    ("رقم الإقامة اتنين واحد تمانية تسعة، تمانية تمانية، تسعة اتنين، خمسة اتنين",
     [S("id", "اتنين واحد تمانية تسعة، تمانية تمانية، تسعة اتنين، خمسة اتنين", t="saudi")]),
    ("القسط الشهري ١٬٣٩٩ ريال لمدة ٦٠ شهر، والدفعة الأخيرة ١٨ ألف", []),
    ("اسمي أحمد السيد عبد الرازق", [S("name", "أحمد السيد عبد الرازق")]),
    ("تاريخ الميلاد ١٩٩١/٠٨/١٥", [S("date_of_birth", "١٩٩١/٠٨/١٥")]),
    ("رقم الآيبان اللي هيتخصم منه القسط SA56 8023 3079 2440 2685 9952",
     [S("iban", "SA56 8023 3079 2440 2685 9952")]),
]
ITEMS["ar"] = AR

AR += [
    # --- driving licence renewal (formal)
    ("أرغب في تجديد رخصة القيادة، فقد انتهت صلاحيتها في الخامس من شهر رمضان الماضي", []),
    ("رقم الهوية الوطنية ١٨٨٦١٣٧١٨٩", [S("id", "١٨٨٦١٣٧١٨٩", t="saudi")]),
    ("تاريخ الميلاد حسب الهوية ١٤٠٥/٠٢/١٧ هجري", [S("date_of_birth", "١٤٠٥/٠٢/١٧ هجري")]),
    ("رسوم التجديد ٤٠ ريالاً عن كل سنة، والرخصة الجديدة صالحة لعشر سنوات، ويلزم فحص نظر قبل ذلك", []),
    ("سيصلك رمز التحقق على الجوال المسجل خلال دقيقتين، وموعد استلام الرخصة يوم الأحد ٢٢ من الشهر", []),
    # --- EV charging account, Abu Dhabi
    ("هلا والله، معاك خليفة المزروعي، عندي اشتراك شحن سيارات كهربائية وانخصم مني ٢٣٠ درهم مرتين على نفس الجلسة يوم الجمعة",
     [S("name", "خليفة المزروعي")]),
    ("الإيميل المسجل k.almazrouei@outlook.com", [S("email", "k.almazrouei@outlook.com")]),
    ("شكراً، شفت الجلستين، كل وحدة ٤٦ كيلوواط ساعة من الساعة ٨:٢٠ المسا، ووحدة منهم مكررة", []),
    ("أبا أغير البطاقة المسجلة، الرقم ثلاثة أربعة ثمانية ثمانية، تسعة سبعة خمسة واحد أربعة صفر، اثنين ستة واحد أربعة خمسة",
     [S("card", "ثلاثة أربعة ثمانية ثمانية، تسعة سبعة خمسة واحد أربعة صفر، اثنين ستة واحد أربعة خمسة")]),
    ("الباقة الشهرية ٩٩ درهم وتشمل ٢٠٠ كيلوواط، وبعدها ٧٠ فلس لكل كيلوواط", []),
    # --- car rental, Beirut (Lebanese)
    ("بونجور، معك كريستيل من شركة تأجير السيارات بالأشرفية، كيف فيني ساعدك؟", [S("name", "كريستيل")]),
    ("بونجور، بدي سيارة صغيرة من ١ آب لـ ١٥ آب، شي كيا بيكانتو أو متلها", []),
    ("بتطلع ٣٥ دولار باليوم، يعني ٤٩٠ دولار للأسبوعين، مع ضمان ٣٠٠ دولار", []),
    ("اسمي إيلي خوري", [S("name", "إيلي خوري")]),
    ("الرقم تبعي زائد تسعة ستة واحد، سبعين، تلاتة تسعة أربعة، ستة واحد خمسة",
     [S("phone", "زائد تسعة ستة واحد، سبعين، تلاتة تسعة أربعة، ستة واحد خمسة")]),
    ("والإيميل إيلي دوت خوري آت جيميل دوت كوم", [S("email", "إيلي دوت خوري آت جيميل دوت كوم")]),
    ("بدفع بالفيزا، ٤٥٨٦ ٤٩٢٠ ٨٣١٢٠", [S("card", "٤٥٨٦ ٤٩٢٠ ٨٣١٢٠")]),
    ("والضمان رجعوه على حسابي LB53 0999 0967 9290 8100 3390 7579",
     [S("iban", "LB53 0999 0967 9290 8100 3390 7579")]),
    ("بتستلم السيارة بالمطار، وبترجعها على فرع جونيه قبل الساعة ٦", []),
    # --- annual vehicle test, Nazareth (Arab citizen of Israel)
    ("مرحبا، بحكي من الناصرة، بدي أعمل טסט للسيارة، الفحص السنوي، قديش السعر عندكو؟", []),
    ("الفحص السنوي ٢٢٠ شيكل، ومع التجهيز ٤٥٠، وعنا دور يوم الأحد الساعة ٨", []),
    ("اسمي وسيم عبود", [S("name", "وسيم عبود")]),
    ("رقم الهوية واحد ثمانية اثنين، ثلاثة واحد خمسة، ثمانية تسعة خمسة",
     [S("id", "واحد ثمانية اثنين، ثلاثة واحد خمسة، ثمانية تسعة خمسة", t="tz")]),
    ("والبلفون تبعي ٠٥٢-٦٤١-٣٣٧٨", [S("phone", "٠٥٢-٦٤١-٣٣٧٨")]),
    # --- deposit refund, Cairo dealer
    ("لو سمحت أنا دافعة حجز ٥٠ ألف جنيه لعربية تويوتا كورولا والتسليم اتأخر ٤ شهور، عايزة أسترد الفلوس", []),
    ("نرمين فؤاد إسماعيل", [S("name", "نرمين فؤاد إسماعيل")], "اسم حضرتك إيه؟"),
    ("EG10 8907 8666 6176 0313 7215 9010 9", [S("iban", "EG10 8907 8666 6176 0313 7215 9010 9")],
     "تمام يا فندم، محتاجين رقم الحساب الدولي، الآيبان"),
    ("والإيميل نرمين فؤاد آت هوتميل دوت كوم، كله سمول", [S("email", "نرمين فؤاد آت هوتميل دوت كوم")]),
    ("ورشة أبو علي في فيصل قالولي إن الصيانة هتبقى ٢٬٨٠٠ جنيه وتاخد يومين", []),
    ("العنوان للمراسلات ٧ شارع الثورة، المهندسين، الجيزة، الدور التاني",
     [S("address", "٧ شارع الثورة، المهندسين، الجيزة، الدور التاني")]),
    # --- car rental, Marrakech (Darija, French words)
    ("السلام، بغيت نكري طوموبيل من المطار ديال مراكش نهار ٢٠ حتى ٢٧، داسيا لوغان", []),
    ("الكرا ٣٥٠ درهم لنهار، والضمانة ٥٠٠٠ درهم كتحبس فالكارط", []),
    ("أنا خديجة العلوي", [S("name", "خديجة العلوي")]),
    ("البريد ديالي khadija point alaoui arobase gmail point com",
     [S("email", "khadija point alaoui arobase gmail point com")]),
    ("الحساب ديالي MA97 4121 5472 8038 5280 8414 8525 باش ترجعو الضمانة",
     [S("iban", "MA97 4121 5472 8038 5280 8414 8525")]),
    ("الرقم زيرو ستة ستين خمسة واحد تسعين اثنين سبعة",
     [S("phone", "زيرو ستة ستين خمسة واحد تسعين اثنين سبعة")]),
    # --- roadside, Kuwait
    ("هلا أخوي، أنا عبدالله الرشيدي، السيارة بنشرت على الدائري السادس قبل جسر الجهراء",
     [S("name", "عبدالله الرشيدي")]),
    ("ولا يهمك أخوي، الونش بيوصلك خلال نص ساعة، وكلفة السحب ١٥ دينار", []),
    ("هذا رقمي تسعة سبعة اتنين ستة، خمسة صفر، أربعة تلاتة",
     [S("phone", "تسعة سبعة اتنين ستة، خمسة صفر، أربعة تلاتة")]),
    # --- car finance, Riyadh
    ("مساء الخير، أنا نورة العتيبي، أبغى أستفسر عن التمويل لسيارة هيونداي توسان", [S("name", "نورة العتيبي")]),
    ("١٤٩٩٨٦٧٢٥٥", [S("id", "١٤٩٩٨٦٧٢٥٥", t="saudi")], "حياك الله، ممكن رقم الهوية؟"),
    ("ومواليدي ١٩٩٥/١١/٠٣ ميلادي", [S("date_of_birth", "١٩٩٥/١١/٠٣")]),
    ("الإيميل noura underscore o at icloud dot com", [S("email", "noura underscore o at icloud dot com")]),
    ("الراتب ١٢ ألف، والالتزامات الشهرية ٢٬١٠٠ ريال، والدفعة الأولى ١٠ بالمية", []),
    ("حي النرجس، شارع عثمان بن عفان، فيلا ٨، الرياض ١٣٣٢٧",
     [S("address", "حي النرجس، شارع عثمان بن عفان، فيلا ٨، الرياض ١٣٣٢٧")],
     "وش العنوان الوطني؟"),
    # --- accident claim, Dammam (Sudanese resident)
    ("السلام عليكم، عندي حادث بسيط في الدمام، والتقرير رقمه ٨٨٤٠٢٧١٦٥٣ من المرور", []),
    ("رقم الإقامة حقي اتنين تمانية صفر خمسة سبعة تمانية اتنين أربعة سبعة سبعة",
     [S("id", "اتنين تمانية صفر خمسة سبعة تمانية اتنين أربعة سبعة سبعة", t="saudi")]),
    ("التعويض ينزل على الآيبان SA56 1078 7789 3287 9217 4218 لو سمحت",
     [S("iban", "SA56 1078 7789 3287 9217 4218")]),
    ("تاريخ ميلادي واحد يناير ١٩٨٤، زي ما في الإقامة", [S("date_of_birth", "واحد يناير ١٩٨٤")]),
    # --- fines, permits and payments
    ("أبغى أسدد مخالفة الوقوف، ٣٠٠ ريال، ورقم المخالفة ٣٣١٠٥٧٨٢٦٤١٩", []),
    ("البطاقة خمسة اتنين تمانية خمسة، تلاتة صفر أربعة تلاتة، خمسة اتنين صفر خمسة، ستة واحد سبعة واحد",
     [S("card", "خمسة اتنين تمانية خمسة، تلاتة صفر أربعة تلاتة، خمسة اتنين صفر خمسة، ستة واحد سبعة واحد")]),
    ("تصريح الموقف السنوي في الشارقة بـ ١٬٧٠٠ درهم، والربع سنوي بـ ٤٥٠، ويبدأ من أول الشهر", []),
    ("ادفع بالبطاقة ٤٦٣٩ ٢٢٨٠ ٦٥٦٧ ٥٢٠٠ ٢٤٠", [S("card", "٤٦٣٩ ٢٢٨٠ ٦٥٦٧ ٥٢٠٠ ٢٤٠")]),
    ("رقم البطاقة 4117 8502 5517 1605 والانتهاء شهر تسعة", [S("card", "4117 8502 5517 1605")]),
    ("يعني اربعة اربعة ستة خمسة، ستة تسعة سبعة سبعة، سبعة ثمانية واحد ثمانية، ثمانية صفر اربعة ثمانية",
     [S("card", "اربعة اربعة ستة خمسة، ستة تسعة سبعة سبعة، سبعة ثمانية واحد ثمانية، ثمانية صفر اربعة ثمانية")],
     "تفضل رقم بطاقة مدى"),
    # --- finance lease, Irbid
    ("التأجير التمويلي ٣٠٠ دينار بالشهر لمدة ٤ سنين، والدفعة الأولى ٢٬٥٠٠", []),
    ("الاقتطاع من حسابي JO58 CBJO 8780 1759 8983 4788 7838 48",
     [S("iban", "JO58 CBJO 8780 1759 8983 4788 7838 48")]),
    ("وعنواني إربد، الحي الشرقي، شارع الهاشمي، عمارة الزعبي، الطابق الأول",
     [S("address", "إربد، الحي الشرقي، شارع الهاشمي، عمارة الزعبي، الطابق الأول")]),
    ("وأنا من مواليد ١٢ / ١٢ / ٢٠٠٠", [S("date_of_birth", "١٢ / ١٢ / ٢٠٠٠")]),
    ("الإيميل تبعي omar dot zoubi two thousand at yahoo dot com",
     [S("email", "omar dot zoubi two thousand at yahoo dot com")]),
    # --- more rentals and deliveries
    ("١٧٥ ١٠٠ ١٨٥٨", [S("id", "١٧٥ ١٠٠ ١٨٥٨", t="saudi")], "رقم الهوية عشان عقد الإيجار؟"),
    ("رقم الإقامة: ٢٦١٥٤٥٨٥٨١، وهي سارية لين شهر ثلاثة", [S("id", "٢٦١٥٤٥٨٥٨١", t="saudi")]),
    ("ابعتوا العربية على ٢٢ شارع النصر، المعادي الجديدة، القاهرة، وأنا موجود بعد الضهر",
     [S("address", "٢٢ شارع النصر، المعادي الجديدة، القاهرة")]),
    ("العداد ٤٥ ألف كيلو، والعربية موديل ٢٠١٩، وسعرها في السوق حوالي ٨٥٠ ألف", []),
    ("الصيانة الجاية بعد ١٠٬٠٠٠ كيلو أو ستة شهور، أيهما أقرب", []),
    ("الفرع عندنا على طريق الأمير محمد بن سلمان بعد مخرج ٥، ونفتح من ٩ الصبح لـ ١١ بالليل", []),
    ("العرض ساري لآخر ديسمبر، خصم ١٥٪ على الكفرات وتغيير زيت مجاني مع أي أربع كفرات", []),
]
ITEMS["ar"] = AR
# ====================================================================== HE

HE = [
    # --- roadside assistance (immigrant from Russia)
    ("דרכים פלוס שירותי דרך, מדברת שירן, במה אפשר לעזור?", [S("name", "שירן")]),
    ("כן, שלום, אני תקוע בכביש שש ליד מחלף עירון, האוטו לא מניע, אולי הסוללה", []),
    ("שמי ולדימיר קוזלוב, אבל כולם קוראים לי וובה", [S("name", "ולדימיר קוזלוב"), S("name", "וובה")]),
    ("תודה ולדימיר, אפשר תעודת זהות של בעל המנוי?", [S("name", "ולדימיר")]),
    ("חמש שלוש תשע, שבע אחת שבע, תשע אחת שמונה",
     [S("id", "חמש שלוש תשע, שבע אחת שבע, תשע אחת שמונה", t="tz")],
     "תודה ולדימיר, אפשר תעודת זהות של בעל המנוי?"),
    ("אפס חמישים וארבע, שש שלוש אחת, שמונה שמונה אפס שתיים",
     [S("phone", "אפס חמישים וארבע, שש שלוש אחת, שמונה שמונה אפס שתיים")],
     "ומספר טלפון שאפשר לחזור אליך?"),
    ("הגורר יגיע תוך שעה בערך, מספר הקריאה 58214, והגרירה כלולה עד 40 קילומטר", []),
    # --- private leasing (immigrant from the US)
    ("היי, אני מתקשר לגבי ליסינג פרטי על הקיה נירו, ראיתי באתר 2,190 שקל לחודש", []),
    ("כן, זה ל-36 חודשים, 20 אלף קילומטר בשנה, ומקדמה של 15,000", []),
    ("קוראים לי ג'ושוע גולדברג, אבל תגידי ג'וש", [S("name", "ג'ושוע גולדברג"), S("name", "ג'וש", nth=1)]),
    ("נעים מאוד ג'וש, אני צריכה תעודת זהות ותאריך לידה לבדיקת האשראי", [S("name", "ג'וש")]),
    ("תעודת זהות 04280643-0", [S("id", "04280643-0", t="tz")]),
    ("נולדתי ב-4 ביולי 1983, כן, ביום העצמאות האמריקאי", [S("date_of_birth", "4 ביולי 1983")]),
    ("המייל josh.goldberg.ta@gmail.com", [S("email", "josh.goldberg.ta@gmail.com")]),
    ("חשבון הבנק לחיוב IL50 1297 9262 2439 3328 367", [S("iban", "IL50 1297 9262 2439 3328 367")]),
    # --- garage service and annual test (Ethiopian-Israeli caller)
    ("מוסך האחים כהן, שלום", []),
    ("שלום, אני רוצה לקבוע טיפול עשרים אלף לטויוטה יאריס, ויש גם רעש בבלמים", []),
    ("מדבר טספאי וורקו", [S("name", "טספאי וורקו")]),
    ("בסדר טספאי, יש לי ביום רביעי בשמונה בבוקר, הטיפול 650 שקל כולל שמן ופילטרים", [S("name", "טספאי")]),
    ("הטלפון שלי 052-7741963", [S("phone", "052-7741963")]),
    ("הטסט עולה 115 שקל במכון, ואנחנו לוקחים 250 על ההכנה וההסעה", []),
    # --- car rental at the airport (immigrant from France)
    ("בונז'ור, סליחה, שלום, אני רוצה לשכור רכב מנתב״ג מה-12 עד ה-19 באוגוסט", []),
    ("שמי סטפני אזולאי", [S("name", "סטפני אזולאי")]),
    ("תעודת זהות שבע שש אפס, שתיים חמש שמונה, אפס תשע חמש",
     [S("id", "שבע שש אפס, שתיים חמש שמונה, אפס תשע חמש", t="tz")],
     "אני צריכה תעודת זהות או דרכון"),
    ("הכרטיס ארבע שלוש שש שלוש, שלוש שש שלוש תשע, חמש שלוש שתיים שתיים, שבע חמש אפס שש",
     [S("card", "ארבע שלוש שש שלוש, שלוש שש שלוש תשע, חמש שלוש שתיים שתיים, שבע חמש אפס שש")]),
    ("המחיר ליום 189 שקל, הביטוח המורחב עוד 45, ויש פיקדון של 3,000 שקל על הכרטיס", []),
    ("המייל שלי stephanie.azoulay@orange.fr", [S("email", "stephanie.azoulay@orange.fr")]),
    ("הטלפון הצרפתי שלי פלוס שלושים ושלוש, שש, שתיים ארבע, שמונה אחת, שש אפס, תשע שלוש",
     [S("phone", "פלוס שלושים ושלוש, שש, שתיים ארבע, שמונה אחת, שש אפס, תשע שלוש")]),
    # --- residents' parking permit (older caller)
    ("עיריית רמת גן, מוקד תווי חניה, מדבר אלון", [S("name", "אלון")]),
    ("שלום, אני צריכה לחדש את תו החניה לאזור שלוש, הוא נגמר בשלושים ואחד בדצמבר", []),
    ("שושנה אברהמי, אבל כולם קוראים לי שושי", [S("name", "שושנה אברהמי"), S("name", "שושי")],
     "מה השם המלא?"),
    ("הכתובת רחוב ביאליק 112, דירה 9, רמת גן", [S("address", "רחוב ביאליק 112, דירה 9, רמת גן")]),
    ("תו החניה עולה 25 שקל לשנה, ואם יש רכב שני זה 160 שקל", []),
    ("המייל? שושי אברהמי שטרודל וואלה נקודה קו נקודה איל",
     [S("email", "שושי אברהמי שטרודל וואלה נקודה קו נקודה איל")]),
    # --- parking fine appeal (Arab citizen, in Hebrew)
    ("שלום, קיבלתי דו״ח חניה של 250 שקל מעיריית חיפה, על זה שחניתי ברחוב הנביאים ב-7 במרץ, אבל היה לי תו נכה", []),
    ("מספר הדו״ח 5529 3017 44", []),
    ("השם שלי מוחמד חאג' יחיא", [S("name", "מוחמד חאג' יחיא")]),
    ("תעודת זהות שלוש שבע ארבע, שבע אפס תשע, חמש חמש שמונה",
     [S("id", "שלוש שבע ארבע, שבע אפס תשע, חמש חמש שמונה", t="tz")]),
    ("הכתובת למשלוח התשובה: טייבה, שכונה מערבית, רחוב 12, בית 4",
     [S("address", "טייבה, שכונה מערבית, רחוב 12, בית 4")]),
    # --- tyres
    ("אהלן, יש לכם צמיגים 205/55 R16 למאזדה 3? כמה זה?", []),
    ("מישלן 480 ליחידה, והמותג הסיני 290, כולל איזון, וכיוון פרונט עוד 120", []),
    ("סבבה, אני עומר, תרשום אותי לחמישי בבוקר", [S("name", "עומר")]),
    ("תרשום את הטלפון: אפס חמש שמונה, שש שש, שתיים שלוש, תשע שבע אחת",
     [S("phone", "אפס חמש שמונה, שש שש, שתיים שלוש, תשע שבע אחת")]),
    ("הכרטיס חמש שלוש אחת ארבע, שתיים אחת שבע שבע, ארבע שלוש שש שש, שמונה שבע חמש שמונה",
     [S("card", "חמש שלוש אחת ארבע, שתיים אחת שבע שבע, ארבע שלוש שש שש, שמונה שבע חמש שמונה")]),
    # --- windscreen
    ("שמשות אוטו גלאס, מדברת מורן", [S("name", "מורן")]),
    ("היי, עפה לי אבן לשמשה הקדמית באיילון, יש סדק של עשרים סנטימטר", []),
    ("הביטוח שלי בהראל, מספר פוליסה 84-1127-0063", []),
    ("השתתפות עצמית של 290 שקל, ואפשר להגיע אליך מחר בין עשר לשתיים", []),
    ("קוראים לי דניאל ברקוביץ'", [S("name", "דניאל ברקוביץ'")]),
    ("הכתובת שלי רחוב הנשיאים 7, הוד השרון, הרכב יהיה בחניה למטה",
     [S("address", "רחוב הנשיאים 7, הוד השרון")]),
    # --- motor insurance claim
    ("מחלקת תביעות רכב, שלום, מדבר אסף", [S("name", "אסף")]),
    ("שלום, אני מתקשרת לגבי תביעה 2024-55817, התאונה הייתה ב-2 בפברואר בצומת גלילות", []),
    ("השמאי העריך את הנזק ב-18,400 שקל, ואחרי ההשתתפות העצמית תקבלי 16,900", []),
    ("IL19 1091 6011 0843 6469 748", [S("iban", "IL19 1091 6011 0843 6469 748")],
     "אני צריך את פרטי החשבון לזיכוי, בפורמט IBAN"),
    ("עשרים ושלושה בינואר שמונים ושבע", [S("date_of_birth", "עשרים ושלושה בינואר שמונים ושבע")],
     "תאריך לידה לאימות?"),
    ("ריקי פרידמן, זאת אומרת רבקה פרידמן, בתעודת זהות זה רבקה",
     [S("name", "ריקי פרידמן"), S("name", "רבקה פרידמן"), S("name", "רבקה", nth=1)],
     "שם מלא?"),
    # --- driving licence renewal
    ("שלום, אני רוצה לחדש רישיון נהיגה, הוא פג ב-15 בינואר", []),
    ("תעודת זהות: 6-6-5-2-9-6-8-8-5", [S("id", "6-6-5-2-9-6-8-8-5", t="tz")]),
    ("נולדתי בט״ו בשבט תשמ״ה", [S("date_of_birth", "ט״ו בשבט תשמ״ה")], "ותאריך לידה?"),
    ("האגרה 42 שקל לעשר שנים, ותמונה חדשה אפשר להעלות באתר עד ה-30 לחודש", []),
]
ITEMS["he"] = HE

HE += [
    # --- EV charging account
    ("היי, יש לי מנוי טעינה לרכב חשמלי והאפליקציה חייבה אותי פעמיים על טעינה בחניון של קניון הזהב", []),
    ("נועה קו תחתון לוי שטרודל ג'ימייל נקודה קום", [S("email", "נועה קו תחתון לוי שטרודל ג'ימייל נקודה קום")],
     "מה המייל של החשבון?"),
    ("אני רואה שתי טעינות של 38 קוט״ש ב-21:40, אחת כפולה, הזיכוי יופיע תוך 5 ימי עסקים", []),
    ("אני רוצה להחליף כרטיס אשראי, 4975 1049 0495 4909", [S("card", "4975 1049 0495 4909")]),
    ("והטלפון 050-3318462, אם משהו לא עובר", [S("phone", "050-3318462")]),
    ("הטעינה המהירה 2.40 שקל לקוט״ש, והאיטית 1.60 בלילה מ-23:00 עד 07:00", []),
    # --- new car finance at a dealer
    ("סוכנות יונדאי ראשון לציון, מדברת ליאת, שלום", [S("name", "ליאת")]),
    ("שלום, אני רוצה לשמוע על המימון לטוסון, שמעתי שיש מבצע של 0% ריבית", []),
    ("כן, עד 60 תשלומים, 50% מקדמה, והבלון בסוף 30 אחוז, ההצעה בתוקף עד סוף יוני", []),
    ("אני אבי דהן, הייתי אצלכם ביום שישי עם הבן שלי", [S("name", "אבי דהן")]),
    ("שמונה אפס תשע, שש אפס שמונה, אפס שמונה שש",
     [S("id", "שמונה אפס תשע, שש אפס שמונה, אפס שמונה שש", t="tz")],
     "בשביל בדיקת האשראי אני צריכה תעודת זהות"),
    ("תאריך לידה שלושה עשר במאי אלף תשע מאות שישים ותשע",
     [S("date_of_birth", "שלושה עשר במאי אלף תשע מאות שישים ותשע")]),
    ("כתובת למשלוח החוזה: רחוב הרצל 45, דירה 12, ראשון לציון",
     [S("address", "רחוב הרצל 45, דירה 12, ראשון לציון")]),
    ("החשבון לחיוב IL84 3888 5393 3633 8750 047", [S("iban", "IL84 3888 5393 3633 8750 047")]),
    ("מסירת הרכב בעוד כשבועיים, ביום ראשון ה-18, בסניף שלנו ברחוב ז'בוטינסקי", []),
    # --- garage in Be'er Sheva
    ("מוסך הדרום, הרכב מוכן, החשבון יוצא 1,340 שקל כולל מע״מ", []),
    ("אפשר להביא לי את הרכב הביתה? הכתובת שדרות רגר 22, באר שבע",
     [S("address", "שדרות רגר 22, באר שבע")]),
    ("הטלפון של בעלי אפס חמש שתיים, שבע שלוש אחת, חמש חמש אפס שש",
     [S("phone", "אפס חמש שתיים, שבע שלוש אחת, חמש חמש אפס שש")]),
    ("תיקחו את הרכב למוסך יוסי ובניו באזור התעשייה, הם מורשים של שברולט מ-1998", []),
    # --- roadside (older immigrant from the US)
    ("היי, סורי, העברית שלי לא כל כך טובה, יש לי פנצ'ר בכביש ארבע ליד גדרה", []),
    ("מייל שלי הוא bob dot klein at netvision dot net dot il",
     [S("email", "bob dot klein at netvision dot net dot il")]),
    ("תשע ארבע שלוש, שמונה שש אפס, שש שש שמונה",
     [S("id", "תשע ארבע שלוש, שמונה שש אפס, שש שש שמונה", t="tz")],
     "מספר תעודת זהות של בעל הפוליסה?"),
    ("הטלפון פלוס תשע שבע שתיים, חמש שתיים, שמונה שמונה אחת, ארבע שלוש אחת שבע",
     [S("phone", "פלוס תשע שבע שתיים, חמש שתיים, שמונה שמונה אחת, ארבע שלוש אחת שבע")]),
    ("תשלחו את הגורר לבית אחרי זה, הכתובת רחוב העצמאות 18, אשדוד",
     [S("address", "רחוב העצמאות 18, אשדוד")]),
    # --- converting a foreign driving licence (new immigrant from Russia)
    ("אני עולה חדשה מרוסיה, רוצה להמיר רישיון נהיגה, אני בארץ שמונה חודשים", []),
    ("שמי יקטרינה סמירנובה, אפשר קטיה", [S("name", "יקטרינה סמירנובה"), S("name", "קטיה")]),
    ("ארבע מאות תשע עשרה, אפס שתיים שבע, מאה חמש עשרה",
     [S("id", "ארבע מאות תשע עשרה, אפס שתיים שבע, מאה חמש עשרה", t="tz")],
     "תעודת זהות?"),
    ("תאריך לידה 17.09.1991", [S("date_of_birth", "17.09.1991")]),
    ("אני גרה ברחוב הגפן 3 קומה 2, קריית ים", [S("address", "רחוב הגפן 3 קומה 2, קריית ים")]),
    ("yevgeny1979@mail.ru זה המייל של בעלי, תשלחו לשם", [S("email", "yevgeny1979@mail.ru")]),
    ("מבחן עיוני לא צריך, רק שיעור אחד ומבחן מעשי, והאגרה 68 שקל", []),
    # --- deposits and refunds
    ("תחזירו לי את הפיקדון לחשבון IL37 2021 2378 9914 3301 467",
     [S("iban", "IL37 2021 2378 9914 3301 467")]),
    ("או לחשבון שלי בצרפת, FR75 3000 4945 8073 0215 7368 193",
     [S("iban", "FR75 3000 4945 8073 0215 7368 193")]),
    ("IL חמישים ושבע, אחת אחת אפס שלוש, שש ארבע שתיים שש, שתיים אחת שתיים תשע, תשע שבע שתיים שתיים, אפס אפס שלוש",
     [S("iban", "IL חמישים ושבע, אחת אחת אפס שלוש, שש ארבע שתיים שש, שתיים אחת שתיים תשע, תשע שבע שתיים שתיים, אפס אפס שלוש")],
     "תקריא לי לאט את מספר ה-IBAN"),
    ("הזיכוי ילך ל-IL73 3132 2453 8323 6405 622, זה החשבון בדיסקונט",
     [S("iban", "IL73 3132 2453 8323 6405 622")]),
    ("איי אל אפס שלוש, אפס ארבע ארבע אחת, חמש ארבע תשע תשע, אפס תשע חמש אחת, ארבע חמש ארבע שבע, חמש שתיים שבע",
     [S("iban", "איי אל אפס שלוש, אפס ארבע ארבע אחת, חמש ארבע תשע תשע, אפס תשע חמש אחת, ארבע חמש ארבע שבע, חמש שתיים שבע",
        cc="IL")]),
    # --- card payments (fines, permits, parts)
    ("אני מעדיף לשלם בדיינרס, 3658 889263 1666", [S("card", "3658 889263 1666")]),
    ("מספר כרטיס 5513-3742-0780-2347 בתוקף עד 11/27", [S("card", "5513-3742-0780-2347")]),
    ("ארבע שתיים שש שבע שלוש אפס ארבע שלוש שתיים אפס אחת שבע אחת שמונה חמש תשע",
     [S("card", "ארבע שתיים שש שבע שלוש אפס ארבע שלוש שתיים אפס אחת שבע אחת שמונה חמש תשע")],
     "תקריא לי את מספר הכרטיס בבקשה"),
    ("לתשלום הדו״ח, הכרטיס 4277 3068 9857 5310", [S("card", "4277 3068 9857 5310")]),
    ("תחייבו את הכרטיס של העבודה, חמש אחת תשע אחת, שבע אפס שלוש אחת, שבע תשע שבע ארבע, אפס חמש ארבע אפס",
     [S("card", "חמש אחת תשע אחת, שבע אפס שלוש אחת, שבע תשע שבע ארבע, אפס חמש ארבע אפס")]),
    # --- more callers
    ("המייל שלי tsega.m@walla.co.il, טסגה עם ט", [S("email", "tsega.m@walla.co.il")]),
    ("מיכל נקודה ששון שטרודל הוטמייל נקודה קום", [S("email", "מיכל נקודה ששון שטרודל הוטמייל נקודה קום")],
     "לאיזה מייל לשלוח את הקבלה?"),
    ("a.khatib@bezeqint.net, בלי נקודה בין האות לשם, סליחה, עם נקודה", [S("email", "a.khatib@bezeqint.net")]),
    ("ילידת שישים ושתיים, ה-8 באוקטובר", [S("date_of_birth", "שישים ושתיים, ה-8 באוקטובר")]),
    ("הוא נולד ב-29.2.2000, אז הוא כבר יכול לנהוג לבד", [S("date_of_birth", "29.2.2000")]),
    ("תאריך הלידה שלי? שלושים ואחד במרץ תשעים", [S("date_of_birth", "שלושים ואחד במרץ תשעים")]),
    ("משלוח הצמיגים לכתובת: מושב בני דרום, משק 44", [S("address", "מושב בני דרום, משק 44")]),
    ("אני גרה ברחוב יפו 210, דירה 5, ירושלים, בקומה שלישית בלי מעלית",
     [S("address", "רחוב יפו 210, דירה 5, ירושלים")]),
    ("אפשר בבית, 03-6491187, אחרי שש בערב", [S("phone", "03-6491187")]),
    ("אפס חמש שלוש, שש ארבע ארבע, שבעים ושתיים, תשעים",
     [S("phone", "אפס חמש שלוש, שש ארבע ארבע, שבעים ושתיים, תשעים")],
     "לאיזה מספר לשלוח את הקישור לתשלום?"),
    # --- non-personal
    ("הרכב עבר 87 אלף קילומטר, שנתון 2018, יד שנייה, ומחיר המחירון 74,500", []),
    ("חנייה בכחול-לבן בתל אביב עולה 6.20 לשעה, בין 9 ל-19, חוץ משבת", []),
    ("ההסכם התחיל ב-1 במרץ 2022 ונגמר ב-28 בפברואר 2025, ויש קנס יציאה של 2,800 שקל", []),
    ("מספר הרישוי של הרכב 82-451-63, קורולה לבנה", []),
    ("המוסך בפינת דרך בגין וקרליבך, ליד מגדלי עזריאלי, פתוח עד שבע", []),
    ("החיוב האחרון היה ב-10 לחודש, 1,890 שקל, ונשארו עוד 22 תשלומים", []),
    ("מבצע חורף: בדיקת מצבר חינם ו-20% הנחה על מגבים עד סוף פברואר", []),
    ("הסניף בשדרות בן גוריון, מול הקניון, קומה שנייה, ואפשר להגיע בלי תור עד 13:00", []),
]
ITEMS["he"] = HE
# ====================================================================== EL

EL = [
    # --- roadside assistance (older caller, Thessaly)
    ("Οδική Βοήθεια Express, καλησπέρα σας, είμαι η Βασιλική, πώς μπορώ να βοηθήσω;", [S("name", "Βασιλική")]),
    ("Καλησπέρα κοπέλα μου, έμεινα στην εθνική οδό, λίγο μετά τα διόδια του Μοσχοχωρίου, βγάζει καπνό το καπό", []),
    ("Λέγομαι Αθανάσιος Γκαραγκούνης, Θανάσης με λένε όλοι",
     [S("name", "Αθανάσιος Γκαραγκούνης"), S("name", "Θανάσης")], "Το ονοματεπώνυμό σας;"),
    ("Ευχαριστώ κύριε Γκαραγκούνη, έναν αριθμό επικοινωνίας;", [S("name", "Γκαραγκούνη")]),
    ("έξι εννιά επτά, τέσσερα πέντε δύο, τριάντα ένα, ογδόντα οχτώ",
     [S("phone", "έξι εννιά επτά, τέσσερα πέντε δύο, τριάντα ένα, ογδόντα οχτώ")],
     "Ευχαριστώ κύριε Γκαραγκούνη, έναν αριθμό επικοινωνίας;"),
    ("Ο οδηγός θα είναι εκεί σε σαράντα λεπτά περίπου, και η ρυμούλκηση μέχρι πενήντα χιλιόμετρα είναι μέσα στο πακέτο σας", []),
    ("Ο αριθμός συμβάντος είναι 4471 903, κρατήστε τον για την ασφαλιστική", []),
    # --- dealer, car finance (Athens)
    ("Καλημέρα, τηλεφωνώ για το Toyota Yaris Cross που είδαμε το Σάββατο στην αντιπροσωπεία στη Βουλιαγμένης", []),
    ("Η τιμή είναι 24.900 ευρώ, με προκαταβολή 6.000 και 48 δόσεις των 415 ευρώ, επιτόκιο 7,9%", []),
    ("Με λένε Ευαγγελία Κατσαρού, αλλά όλοι με φωνάζουν Λίτσα",
     [S("name", "Ευαγγελία Κατσαρού"), S("name", "Λίτσα")]),
    ("Για τον έλεγχο πιστοληπτικής ικανότητας χρειάζομαι το ΑΦΜ σας, κυρία Κατσαρού", [S("name", "Κατσαρού")]),
    ("μηδέν εξήντα πέντε, οκτακόσια δεκαεπτά, τριακόσια εξήντα",
     [S("id", "μηδέν εξήντα πέντε, οκτακόσια δεκαεπτά, τριακόσια εξήντα", t="afm")],
     "Για τον έλεγχο πιστοληπτικής ικανότητας χρειάζομαι το ΑΦΜ σας, κυρία Κατσαρού"),
    ("Γεννήθηκα στις 12 Μαρτίου 1967", [S("date_of_birth", "12 Μαρτίου 1967")]),
    ("Η διεύθυνση είναι Λεωφόρος Αλεξάνδρας 112, Αθήνα, ΤΚ 11473",
     [S("address", "Λεωφόρος Αλεξάνδρας 112, Αθήνα, ΤΚ 11473")]),
    ("Το email μου είναι litsa.katsarou@yahoo.gr", [S("email", "litsa.katsarou@yahoo.gr")]),
    # --- garage service and KTEO (Thessaloniki)
    ("Συνεργείο Αφοί Παπαδάκη, παρακαλώ", []),
    ("Γεια σας, θέλω να κλείσω ραντεβού για σέρβις των 60.000 και να περάσει και ΚΤΕΟ, είναι ένα Golf του 2017", []),
    ("Ναι, είμαι ο Στέλιος Μαυρίδης, είχα έρθει και πέρσι", [S("name", "Στέλιος Μαυρίδης")]),
    ("Εντάξει Στέλιο, σε έχω για Τρίτη 14 Μαΐου στις 9:30, και το ΚΤΕΟ είναι 55 ευρώ συν 40 για τη μεταφορά",
     [S("name", "Στέλιο")]),
    ("Το κινητό μου 69 44 21 87 53", [S("phone", "69 44 21 87 53")]),
    ("Τα τακάκια μπροστά είναι στο τέλος, 85 ευρώ με τα εργατικά, και τα λάδια με τα φίλτρα 120", []),
    ("μένω στην Εγνατία 45 τρίτος όροφος αν μπορείτε να το φέρετε μετά",
     [S("address", "Εγνατία 45 τρίτος όροφος")]),
    # --- car rental, Heraklion (caller from Cyprus)
    ("Καλησπέρα, θέλω να νοικιάσω αυτοκίνητο από το αεροδρόμιο του Ηρακλείου από τις 3 μέχρι τις 10 Ιουλίου", []),
    ("Ένα Fiat Panda είναι 38 ευρώ τη μέρα, με πλήρη ασφάλεια 52, και η εγγύηση 400 ευρώ", []),
    ("Είμαι η Χρυσταλλένη Ιωάννου, από την Κύπρο", [S("name", "Χρυσταλλένη Ιωάννου")]),
    ("Το τηλέφωνό μου είναι συν τρία πέντε εφτά, ενενήντα εννιά, πεντακόσια τριάντα ένα, διακόσια σαράντα",
     [S("phone", "συν τρία πέντε εφτά, ενενήντα εννιά, πεντακόσια τριάντα ένα, διακόσια σαράντα")]),
    ("Η κάρτα είναι τέσσερα μηδέν τρία τρία, ένα εννιά εννιά τέσσερα, εννιά οχτώ έξι δύο, έξι εφτά εννιά οχτώ",
     [S("card", "τέσσερα μηδέν τρία τρία, ένα εννιά εννιά τέσσερα, εννιά οχτώ έξι δύο, έξι εφτά εννιά οχτώ")]),
    # --- residents' parking permit (older caller, Athens)
    ("Δήμος Αθηναίων, Τμήμα Στάθμευσης, είμαι ο Νίκος, παρακαλώ", [S("name", "Νίκος")]),
    ("Καλημέρα παιδί μου, θέλω να ανανεώσω την κάρτα στάθμευσης μόνιμου κατοίκου, έληξε στις 31 Ιανουαρίου", []),
    ("Το όνομά μου είναι Αικατερίνη Βλάχου", [S("name", "Αικατερίνη Βλάχου")]),
    ("Μένω στην Αγίου Μελετίου 78, στα Πατήσια, δεύτερος όροφος",
     [S("address", "Αγίου Μελετίου 78, στα Πατήσια, δεύτερος όροφος")]),
    ("Η κάρτα κοστίζει 25 ευρώ τον χρόνο για το πρώτο αυτοκίνητο και ισχύει μόνο για τον τομέα 4", []),
    ("Ο ΑΦΜ μου είναι μηδέν εφτά τρία, μηδέν μηδέν εννιά, έξι μηδέν εφτά",
     [S("id", "μηδέν εφτά τρία, μηδέν μηδέν εννιά, έξι μηδέν εφτά", t="afm")]),
    # --- parking fine, Nicosia (Cypriot)
    ("Καλημέρα σας, επήρα μια κλήση για στάθμευση στη λεωφόρο Μακαρίου, τζιαι ήμουν μόνο πέντε λεπτά", []),
    ("Ο αριθμός της κλήσης ένι 5530 2219 7, τζιαι γράφει 30 ευρώ", []),
    ("Λαλούμαι Χαράλαμπος Χριστοδούλου, αλλά όλοι με ξέρουν Χάμπη",
     [S("name", "Χαράλαμπος Χριστοδούλου"), S("name", "Χάμπη")]),
    ("Εντάξει κύριε Χριστοδούλου, αν πληρωθεί μέσα σε 15 μέρες δεν έχει πρόσθετο πρόστιμο",
     [S("name", "Χριστοδούλου")]),
    ("Το κινητό μου εννιά εφτά, τέσσερα τρία, δύο ένα, έξι οχτώ",
     [S("phone", "εννιά εφτά, τέσσερα τρία, δύο ένα, έξι οχτώ")]),
    ("Η διεύθυνσή μου: Οδός Στασικράτους 17, διαμέρισμα 4, 1065 Λευκωσία",
     [S("address", "Οδός Στασικράτους 17, διαμέρισμα 4, 1065 Λευκωσία")]),
    # --- tyres, Patras
    ("Ελαστικά Ζαχαρόπουλος, γεια σας", []),
    ("Θέλω τέσσερα λάστιχα 195/65 R15 για ένα Corolla, τι τιμές έχετε;", []),
    ("Τα Bridgestone 78 ευρώ το ένα, τα Continental 85, με ζυγοστάθμιση και τοποθέτηση", []),
    ("Κώστας Αντωνόπουλος, να το γράψετε στο όνομά μου", [S("name", "Κώστας Αντωνόπουλος")],
     "Σε ποιο όνομα να κλείσω;"),
    ("Θα πληρώσω με κάρτα, πέντε ένα τέσσερα οχτώ, οχτώ μηδέν εννιά ένα, έξι δύο εφτά τέσσερα, μηδέν εννιά έξι εννιά",
     [S("card", "πέντε ένα τέσσερα οχτώ, οχτώ μηδέν εννιά ένα, έξι δύο εφτά τέσσερα, μηδέν εννιά έξι εννιά")]),
    # --- windscreen, Limassol (Cypriot)
    ("Γεια σας, εράισε το παρμπρίζ μου που μια πέτρα στον αυτοκινητόδρομο Λεμεσού-Λευκωσίας", []),
    ("Είμαι η Γιώτα, Παναγιώτα Σάββα", [S("name", "Γιώτα"), S("name", "Παναγιώτα Σάββα")]),
    ("Η ασφάλεια καλύπτει το τζάμι με 50 ευρώ συμμετοχή, τζιαι μπορούμε να έρτουμε την Πέμπτη", []),
    ("Ήταν να έρτετε στη δουλειά μου, διεύθυνση Αγίας Φυλάξεως 150, Λεμεσός",
     [S("address", "Αγίας Φυλάξεως 150, Λεμεσός")]),
    ("Το email: giota.savva παπάκι cytanet τελεία com τελεία cy",
     [S("email", "giota.savva παπάκι cytanet τελεία com τελεία cy")]),
    # --- motor insurance claim
    ("Τμήμα Αποζημιώσεων, καλησπέρα, με λένε Ανδρέα, σε τι μπορώ να φανώ χρήσιμος;", [S("name", "Ανδρέα")]),
    ("Καλησπέρα, είχα ένα τρακάρισμα στις 8 Φεβρουαρίου στη Λεωφόρο Κηφισίας και ο αριθμός φακέλου είναι 2024/77812", []),
    ("Η πραγματογνωμοσύνη βγήκε 1.850 ευρώ, και η αποζημίωση θα βγει σε 10 εργάσιμες", []),
    ("Το IBAN είναι GR14 0119 1614 6100 3307 6661 934", [S("iban", "GR14 0119 1614 6100 3307 6661 934")]),
    ("Είκοσι τρεις Ιουνίου του ογδόντα πέντε", [S("date_of_birth", "Είκοσι τρεις Ιουνίου του ογδόντα πέντε")],
     "Και ημερομηνία γέννησης για επιβεβαίωση;"),
    # --- driving licence renewal (older caller)
    ("Θέλω να ανανεώσω το δίπλωμα οδήγησης, είμαι 74 χρονών και μου είπαν ότι χρειάζομαι ιατρικές εξετάσεις", []),
    ("Ημερομηνία γέννησης 05/02/1950", [S("date_of_birth", "05/02/1950")]),
    ("Το ΑΦΜ μου είναι 002309244", [S("id", "002309244", t="afm")]),
    ("Το παράβολο είναι 30 ευρώ, και μετά τα 65 το νέο δίπλωμα ισχύει για 3 χρόνια", []),
]
ITEMS["el"] = EL

EL += [
    # --- EV charging account (young caller, Athens)
    ("Γεια, έχω λογαριασμό για φόρτιση ηλεκτρικού και με χρέωσαν δύο φορές 18,40 για τη φόρτιση στο Golden Hall", []),
    ("nikos κάτω παύλα ts παπάκι gmail τελεία com", [S("email", "nikos κάτω παύλα ts παπάκι gmail τελεία com")],
     "Ποιο είναι το email του λογαριασμού;"),
    ("Ευχαριστώ Νίκο, βλέπω δύο φορτίσεις των 32 kWh στις 19:05, η μία είναι διπλή", [S("name", "Νίκο")]),
    ("Θέλω να αλλάξω και την κάρτα, 4403 3522 3941 3842", [S("card", "4403 3522 3941 3842")]),
    ("Το κινητό μου εξακόσια ενενήντα εννιά, τριακόσια τριάντα ένα, ογδόντα τέσσερα, εξήντα",
     [S("phone", "εξακόσια ενενήντα εννιά, τριακόσια τριάντα ένα, ογδόντα τέσσερα, εξήντα")]),
    ("Η συνδρομή είναι 9,90 τον μήνα και η ταχυφόρτιση 0,59 η κιλοβατώρα", []),
    # --- business leasing, Limassol (Cypriot)
    ("Καλημέρα, είμαι ο Κυριάκος Κωνσταντίνου, αλλά λαλούν με Κούλη",
     [S("name", "Κυριάκος Κωνσταντίνου"), S("name", "Κούλη")]),
    ("Ενδιαφέρομαι για leasing για ένα Hilux για την επιχείρηση, τζιαι θέλω να ξέρω το μηνιαίο", []),
    ("Το μηνιαίο είναι 540 ευρώ για 48 μήνες, με 20.000 χιλιόμετρα τον χρόνο, τζιαι η συντήρηση μέσα", []),
    ("Για την πάγια εντολή, ο λογαριασμός είναι CY24 0023 7409 5461 1139 3095 5972",
     [S("iban", "CY24 0023 7409 5461 1139 3095 5972")]),
    ("Το τηλέφωνο του γραφείου μου είναι 25 34 17 90", [S("phone", "25 34 17 90")]),
    ("Το email: koulis at kconstantinou dot com dot cy", [S("email", "koulis at kconstantinou dot com dot cy")]),
    ("Να στείλετε τα χαρτιά σπίτι μου, Οδός Ομήρου 33, Άγιος Αθανάσιος, Λεμεσός",
     [S("address", "Οδός Ομήρου 33, Άγιος Αθανάσιος, Λεμεσός")]),
    # --- new driving licence (young caller)
    ("Γεια σας, πέρασα στις εξετάσεις οδήγησης στις 17 Μαΐου και θέλω να μάθω πότε θα βγει το δίπλωμα", []),
    ("Είμαι ο Γιώργος Παπαδόπουλος, γεννημένος στις 9 Σεπτεμβρίου 2006",
     [S("name", "Γιώργος Παπαδόπουλος"), S("date_of_birth", "9 Σεπτεμβρίου 2006")]),
    ("Ο ΑΦΜ: 1-4-5-2-7-2-0-9-0", [S("id", "1-4-5-2-7-2-0-9-0", t="afm")]),
    ("papadopoulos_g06@gmail.com, αυτό είναι το email", [S("email", "papadopoulos_g06@gmail.com")]),
    # --- used car dealer, Thessaloniki
    ("Το αυτοκίνητο έχει 98.000 χιλιόμετρα, είναι του 2016, και η τιμή είναι 11.500 συζητήσιμη", []),
    ("πέντε δύο οχτώ τρία, μηδέν τέσσερα τέσσερα δύο, πέντε ένα εφτά δύο, τέσσερα οχτώ δύο τέσσερα",
     [S("card", "πέντε δύο οχτώ τρία, μηδέν τέσσερα τέσσερα δύο, πέντε ένα εφτά δύο, τέσσερα οχτώ δύο τέσσερα")],
     "Η προκαταβολή των 500 ευρώ μπορεί να γίνει με κάρτα, πείτε μου τον αριθμό"),
    ("Για επιστροφή χρημάτων, GR17 0265 1450 6123 1007 7283 783", [S("iban", "GR17 0265 1450 6123 1007 7283 783")]),
    ("Για το τιμολόγιο, ΑΦΜ ένα τρία μηδέν, έξι πέντε πέντε, τρία τρία δύο",
     [S("id", "ένα τρία μηδέν, έξι πέντε πέντε, τρία τρία δύο", t="afm")]),
    ("Η μεταβίβαση γίνεται στο ΚΕΠ και κοστίζει γύρω στα 180 ευρώ μαζί με τα τέλη κυκλοφορίας", []),
    ("Παραδώστε το αυτοκίνητο στη διεύθυνση Παπαναστασίου 104, Θεσσαλονίκη, πέμπτος όροφος",
     [S("address", "Παπαναστασίου 104, Θεσσαλονίκη, πέμπτος όροφος")]),
    # --- roadside, Cyprus (older caller)
    ("Έπαθα λάστιχο στον δρόμο για Πάφο, κοντά στο Πισσούρι, τζιαι εν έχω ρεζέρβα", []),
    ("Ονομάζομαι Σάββας Γεωργίου", [S("name", "Σάββας Γεωργίου")]),
    ("Ο αριθμός μου εννιά έξι, οχτακόσια δεκαπέντε, τριακόσια τριάντα δύο",
     [S("phone", "εννιά έξι, οχτακόσια δεκαπέντε, τριακόσια τριάντα δύο")]),
    # --- motor insurance, Greece
    ("Καλησπέρα, είμαι η Δέσποινα από την ασφαλιστική, σας καλώ για τη ζημιά του Ford σας", [S("name", "Δέσποινα")]),
    ("Ο ΑΦΜ του ασφαλισμένου, δηλαδή ο δικός μου, είναι 058780790", [S("id", "058780790", t="afm")]),
    ("Γεννήθηκα στις τρεις του εφτά του εβδομήντα δύο", [S("date_of_birth", "τρεις του εφτά του εβδομήντα δύο")]),
    ("Ο λογαριασμός μου στην Πειραιώς, GR16 0172 6616 6304 9403 2699 102",
     [S("iban", "GR16 0172 6616 6304 9403 2699 102")]),
    ("GR πενήντα δύο, μηδέν ένα εφτά δύο, έξι ένα δύο έξι, πέντε δύο μηδέν έξι, τέσσερα δύο εφτά εννιά, δύο οχτώ εφτά εφτά, πέντε εφτά τέσσερα",
     [S("iban", "GR πενήντα δύο, μηδέν ένα εφτά δύο, έξι ένα δύο έξι, πέντε δύο μηδέν έξι, τέσσερα δύο εφτά εννιά, δύο οχτώ εφτά εφτά, πέντε εφτά τέσσερα")],
     "Μου λέτε το IBAN σιγά σιγά;"),
    ("Η επιστροφή να πάει στο GR86 0111 3589 5254 8145 4212 472, στην Εθνική",
     [S("iban", "GR86 0111 3589 5254 8145 4212 472")]),
    ("Ο λογαριασμός στην Ελληνική είναι CY90 0028 5545 6527 5582 8235 7416",
     [S("iban", "CY90 0028 5545 6527 5582 8235 7416")]),
    ("GR44 0059 0458 4744 5290 7845 474", [S("iban", "GR44 0059 0458 4744 5290 7845 474")],
     "Σε ποιον λογαριασμό να γίνει η πίστωση;"),
    # --- card payments for fines, permits, parts
    ("Για το πρόστιμο, Visa 4127-1260-5932-1607", [S("card", "4127-1260-5932-1607")]),
    ("Αμέρικαν, τρία εφτά ένα πέντε, δύο δύο τέσσερα τρία μηδέν εννιά, οχτώ μηδέν τέσσερα οχτώ έξι",
     [S("card", "τρία εφτά ένα πέντε, δύο δύο τέσσερα τρία μηδέν εννιά, οχτώ μηδέν τέσσερα οχτώ έξι")]),
    ("Ο αριθμός της κάρτας 2720 8258 8781 4221, λήξη 08/27", [S("card", "2720 8258 8781 4221")]),
    ("εεε, 4776 084 661 371, είναι παλιά Visa", [S("card", "4776 084 661 371")]),
    # --- more callers
    ("Το email μου είναι maria.ioannidou@hotmail.com", [S("email", "maria.ioannidou@hotmail.com")]),
    ("ελένη κάτω παύλα κ παπάκι otenet τελεία gr", [S("email", "ελένη κάτω παύλα κ παπάκι otenet τελεία gr")],
     "Και ένα email για την απόδειξη;"),
    ("vlachou.aik@gmail.com, το έχει φτιάξει η εγγονή μου", [S("email", "vlachou.aik@gmail.com")]),
    ("Ο ΑΦΜ μου: 080179592", [S("id", "080179592", t="afm")]),
    ("εκατόν σαράντα τέσσερα, τετρακόσια εβδομήντα τέσσερα, εκατόν ογδόντα εφτά",
     [S("id", "εκατόν σαράντα τέσσερα, τετρακόσια εβδομήντα τέσσερα, εκατόν ογδόντα εφτά", t="afm")],
     "Τον ΑΦΜ σας παρακαλώ"),
    ("Γεννημένη 28/10/1979", [S("date_of_birth", "28/10/1979")]),
    ("στις είκοσι εννιά Φεβρουαρίου του ενενήντα δύο", [S("date_of_birth", "είκοσι εννιά Φεβρουαρίου του ενενήντα δύο")],
     "Πότε γεννηθήκατε;"),
    ("Γεννήθηκα δεκαπέντε Αυγούστου του '88, ανήμερα της Παναγίας", [S("date_of_birth", "δεκαπέντε Αυγούστου του '88")]),
    ("Στο σταθερό 210 6854 213, μετά τις έξι", [S("phone", "210 6854 213")]),
    ("Η διεύθυνση αποστολής: Ερμού 23, Κηφισιά, 14562", [S("address", "Ερμού 23, Κηφισιά, 14562")]),
    ("Μένω Κολοκοτρώνη 8, Νέα Σμύρνη, στο ισόγειο", [S("address", "Κολοκοτρώνη 8, Νέα Σμύρνη")]),
    ("Στείλτε μου μήνυμα στο συν τριάντα, έξι εννιά εφτά, πέντε ένα δύο, μηδέν τέσσερα οχτώ τρία",
     [S("phone", "συν τριάντα, έξι εννιά εφτά, πέντε ένα δύο, μηδέν τέσσερα οχτώ τρία")]),
    ("Το μέιλ είναι sakis.r76 παπάκι yahoo τελεία gr", [S("email", "sakis.r76 παπάκι yahoo τελεία gr")]),
    # --- non-personal
    ("Το ραντεβού για το σέρβις μεταφέρθηκε για Δευτέρα 3 Ιουνίου στις 8:00 το πρωί", []),
    ("Η πινακίδα είναι ΙΚΥ 4521, ένα γκρι Corsa του 2015", []),
    ("Τα τέλη κυκλοφορίας για το 2025 είναι 185 ευρώ και πληρώνονται μέχρι τις 31 Δεκεμβρίου", []),
    ("Το κατάστημά μας είναι στη Λεωφόρο Συγγρού, δίπλα στο Fix, ανοιχτά μέχρι τις 8", []),
    ("Η σύμβαση ξεκίνησε την 1η Σεπτεμβρίου 2021, διάρκεια 36 μήνες, άρα λήγει τον Αύγουστο", []),
    ("Η χρέωση των 64,50 έγινε στις 12 Απριλίου, και ο αριθμός συναλλαγής είναι 884213907", []),
    ("Το πρόστιμο για στάθμευση σε θέση ΑμεΑ είναι 80 ευρώ και αφαίρεση πινακίδων για 60 ημέρες", []),
    ("Κυριακή και αργίες είμαστε κλειστά, το Σάββατο μέχρι τις 2", []),
    ("Ο Μάρτης είναι γεμάτος, το πρώτο ελεύθερο ραντεβού είναι στις 2 Απριλίου", []),
]
ITEMS["el"] = EL


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind62")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in ITEMS.items():
        rows = build(lang, items)
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = {}
        for r in rows:
            for s in r["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", empty,
              "spans", sum(kinds.values()), dict(sorted(kinds.items())))


if __name__ == "__main__":
    # self-test of the helpers
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert spoken_to_value("en", "four one double one, forty-two") == "411142"
    assert spoken_to_value("en", "two hundred and twelve") == "212"
    assert spoken_to_value("ar", "خمسة وعشرين ٣٤") == "2534"
    assert spoken_to_value("he", "עשרים ושלוש, שתים עשרה, אפס חמש") == "231205"
    assert spoken_to_value("el", "έξι ενενήντα εφτά, διακόσια δέκα") == "697210"
    assert make_iban("GB", "WEST12345698765432") == "GB82WEST12345698765432"
    main()
