#!/usr/bin/env python3
"""Generator of the "blind77" held-out redaction evaluation set.

Written by a helper session that worked only from a written brief (the product's
specification of what counts as personal data, the output format and the area of the
set). It never read the redactor, its rules, its tests, or any other evaluation set or
generator. The lines imitate customer-service phone calls as a speech recogniser
transcribes them; this set's area is cars and roads (car rental, roadside assistance,
parking fines, road tolls, leasing, garages, MOT and vehicle inspection bookings).
All values are invented; card numbers, IBANs and national IDs get their check digits
computed here, and long non-personal numbers are asserted to fail those checks.

Output: data/redaction/blind77/{en,ar,he,el}.jsonl (relative to the repository root),
one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive); they are
  computed by searching for each span's substring and asserted.
- context (optional, not scored) is an earlier line of the same call.
- Items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind77.py
Deterministic: standard library only, no randomness.
"""

import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def mk_card(body):
    """body: all digits but the last; returns a Luhn-valid card number."""
    body = re.sub(r"\D", "", body)
    num = luhn_complete(body)
    assert 13 <= len(num) <= 19 and luhn_ok(num), num
    return num


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "KW": 30, "QA": 29, "BH": 22, "LB": 28,
            "FR": 27, "ES": 24, "IT": 27, "NL": 18, "MA": 28, "TR": 26, "PS": 29}


def iban_mod(s):
    s = s.replace(" ", "").upper()
    s = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in s)
    return int(num) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return iban_mod(s) == 1


def mk_iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    tmp = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in tmp)
    check = 98 - int(num) % 97
    iban = "%s%02d%s" % (cc, check, bban)
    assert len(iban) == IBAN_LEN[cc], (iban, len(iban))
    assert iban_ok(iban), iban
    return iban


def tz_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n // 10 + n % 10
    return total % 10 == 0


def mk_tz(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    if not re.fullmatch(r"\d{9}", d):
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def mk_afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    d = body8 + str(s % 11 % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return bool(re.fullmatch(r"[12]\d{9}", d)) and luhn_ok(d)


def mk_saudi(body9):
    d = luhn_complete(body9)
    assert saudi_ok(d), d
    return d


def ssn_ok(d):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", d)
    if not m:
        return False
    a, g, s = (int(x) for x in m.groups())
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def mk_ssn(s):
    assert ssn_ok(s), s
    return s


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (last size repeats)."""
    out, i, k = [], 0, 0
    while i < len(s):
        n = sizes[min(k, len(sizes) - 1)]
        out.append(s[i:i + n])
        i += n
        k += 1
    return sep.join(out)


# ---------------------------------------------------------------------------
# numbers as words
# ---------------------------------------------------------------------------

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_d(s, zero="zero", sep=" "):
    return sep.join(zero if c == "0" else EN_D[int(c)] for c in s if c.isdigit())


def en_dbl(s, zero="oh"):
    """Digits one by one, saying 'double X' for a pair of equal digits."""
    out, i = [], 0
    while i < len(s):
        w = zero if s[i] == "0" else EN_D[int(s[i])]
        if i + 1 < len(s) and s[i + 1] == s[i]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


def en_n(s):
    """Two-digit group as a number: '42' -> forty-two, '05' -> oh five."""
    if len(s) == 1:
        return EN_D[int(s)]
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return "oh " + EN_D[b]
    if a == 1:
        return EN_TEEN[b]
    return EN_TENS[a] + ("" if b == 0 else "-" + EN_D[b])


# Arabic
AR_D = {"msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
        "dia": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
        "gulf": "صفر واحد اثنين ثلاث أربع خمس ست سبع ثمان تسع".split(),
        "eg": "زيرو واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
        "ma": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split()}
AR_TENS = {"msa": "_ عشرة عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
           "dia": "_ عشرة عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split()}
AR_TEEN = {"msa": ("عشرة احدعش اثنعش ثلاثطعش أربعطعش خمسطعش ستطعش سبعطعش ثمنطعش "
                   "تسعطعش").split(),
           "dia": ("عشرة حداشر اتناشر تلتاشر أربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر "
                   "تسعتاشر").split()}
AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_ind(s):
    return s.translate(AR_IND)


def ar_d(s, v="msa", sep=" "):
    return sep.join(AR_D[v][int(c)] for c in s if c.isdigit())


def ar_n(s, v="msa"):
    """Two-digit group as a number, unit first: '25' -> خمسة وعشرين."""
    d = {"gulf": "msa", "eg": "dia", "ma": "dia"}.get(v, v)
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return AR_D[v][0] + " " + AR_D[v][b]
    if a == 1:
        return AR_TEEN[d][b]
    if b == 0:
        return AR_TENS[d][a]
    return AR_D[v][b] + " و" + AR_TENS[d][a]


# Hebrew
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = "_ עשר עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()
HE_TEEN_F = ("עשר אחת-עשרה שתים-עשרה שלוש-עשרה ארבע-עשרה חמש-עשרה שש-עשרה "
             "שבע-עשרה שמונה-עשרה תשע-עשרה").split()
HE_TEEN_M = ("עשרה אחד-עשר שנים-עשר שלושה-עשר ארבעה-עשר חמישה-עשר שישה-עשר "
             "שבעה-עשר שמונה-עשר תשעה-עשר").split()


def he_d(s, masc=False, sep=" "):
    t = HE_M if masc else HE_F
    return sep.join(t[int(c)] for c in s if c.isdigit())


def he_n(s, masc=False):
    """Two-digit group: '23' -> עשרים ושלוש (or ושלושה), '07' -> אפס שבע."""
    t = HE_M if masc else HE_F
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return "אפס " + t[b]
    if a == 1:
        return (HE_TEEN_M if masc else HE_TEEN_F)[b].replace("-", " ")
    if b == 0:
        return HE_TENS[a]
    return HE_TENS[a] + " ו" + t[b]


# Greek
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά "
           "δεκαοχτώ δεκαεννιά").split()
EL_TENS = "_ δέκα είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUN = ("_ εκατόν διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια "
          "οχτακόσια εννιακόσια").split()


def el_d(s, sep=" "):
    return sep.join(EL_D[int(c)] for c in s if c.isdigit())


def el_n(s):
    """'67' -> εξήντα εφτά; '05' -> μηδέν πέντε; '697' -> εξακόσια ενενήντα εφτά."""
    if len(s) == 3:
        h = int(s[0])
        rest = s[1:]
        if h == 0:
            return "μηδέν " + el_n(rest)
        head = EL_HUN[h]
        if rest == "00":
            return "εκατό" if h == 1 else head
        if rest[0] == "0":
            return head + " " + EL_D[int(rest[1])]
        return head + " " + el_n(rest)
    a, b = int(s[0]), int(s[1])
    if a == 0:
        return "μηδέν " + EL_D[b]
    if a == 1:
        return EL_TEEN[b]
    if b == 0:
        return EL_TENS[a]
    return EL_TENS[a] + " " + EL_D[b]


# ---------------------------------------------------------------------------
# building the items
# ---------------------------------------------------------------------------

AR_IND_RE = "٠١٢٣٤٥٦٧٨٩"


def _norm_digits(s):
    return s.translate(str.maketrans(AR_IND_RE, "0123456789"))


def _check_span_value(kind, sub):
    """Where a span is written in digits only, check its value."""
    core = _norm_digits(sub)
    if not re.fullmatch(r"[\d\s\-./+()]+", core):
        return
    digits = re.sub(r"\D", "", core)
    if kind == "card":
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), sub
    elif kind == "id":
        assert (tz_ok(digits) or afm_ok(digits) or saudi_ok(digits) or ssn_ok(digits)
                or tz_ok(digits.zfill(9))), sub
    elif kind == "phone":
        assert 7 <= len(digits) <= 15, sub


def _check_non_personal(text, spans_b):
    """Long digit runs outside spans must fail the card / ID / IBAN checks."""
    b = text.encode("utf-8")
    keep = bytearray(b)
    for s, e in spans_b:
        keep[s:e] = b"#" * (e - s)
    rest = _norm_digits(keep.decode("utf-8", errors="replace"))
    for m in re.finditer(r"\d+(?:[ \-.]\d+)*", rest):
        runs = [re.sub(r"\D", "", m.group(0))] + re.findall(r"\d+", m.group(0))
        for r in runs:
            if 13 <= len(r) <= 19:
                assert not luhn_ok(r), ("luhn-valid non-personal number", r, text)
            if len(r) == 9:
                assert not tz_ok(r), ("TZ-valid non-personal number", r, text)
                assert not afm_ok(r), ("AFM-valid non-personal number", r, text)
            if len(r) == 10 and r[0] in "12":
                assert not saudi_ok(r), ("Saudi-ID-valid non-personal number", r, text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", rest):
        assert not iban_ok(m.group(0).strip()), ("IBAN-valid non-personal", text)


def build(items):
    """items: (text, [(kind, substring[, nth])][, context]) -> list of dicts."""
    out = []
    seen = set()
    for it in items:
        text, spans = it[0], it[1]
        context = it[2] if len(it) > 2 else ""
        assert text not in seen, ("duplicate item", text)
        seen.add(text)
        tb = text.encode("utf-8")
        res = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), ("span has outer spaces", sub)
            sb = sub.encode("utf-8")
            pos = -1
            for _ in range(nth + 1):
                pos = tb.find(sb, pos + 1)
                assert pos >= 0, ("span not found", kind, sub, text)
            start, end = pos, pos + len(sb)
            assert tb[start:end].decode("utf-8") == sub
            _check_span_value(kind, sub)
            res.append({"kind": kind, "start": start, "end": end})
        res.sort(key=lambda r: (r["start"], r["end"]))
        for a, c in zip(res, res[1:]):
            assert a["end"] <= c["start"], ("overlapping spans", text)
        _check_non_personal(text, [(r["start"], r["end"]) for r in res])
        obj = {"text": text, "spans": res}
        if context:
            obj["context"] = context
        out.append(obj)
    return out


LANGS = {}  # lang -> function returning the item list


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind77")
    os.makedirs(outdir, exist_ok=True)
    for lang, fn in LANGS.items():
        rows = build(fn())
        path = os.path.join(outdir, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print("%s: %d items (%d non-personal), %d spans %s" % (
            lang, len(rows), empty, sum(counts.values()),
            " ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(KINDS))))


# ---------------------------------------------------------------------------
# languages (appended below)
# ---------------------------------------------------------------------------

# ===========================================================================
# English
# ===========================================================================


def en_part1():
    c_visa = mk_card("453201785530914")
    c_mc = mk_card("542418630977201")
    c_mc2 = mk_card("222300481729336")
    ib_ie = mk_iban("IE", "BOFI90583812447123")
    ib_gb1 = mk_iban("GB", "BARC20325371946288")
    ib_gb2 = mk_iban("GB", "LOYD30964122817403")
    ssn1 = mk_ssn("419628830")
    items = []
    # --- A. airport car hire desk, Manchester (US caller) ---
    items += [
        ("Good afternoon, Skyline Car Hire at Manchester Airport, you're speaking with Priya, how can I help?",
         [("name", "Priya")]),
        ("Hi, yeah, my name's Brad Kowalski, I've got a reservation for a compact, picking up today.",
         [("name", "Brad Kowalski")]),
        ("Lovely, thank you Mr Kowalski, I've got you down for nine days, dropping off on the 19th back here at Terminal 2.",
         [("name", "Kowalski")]),
        ("The confirmation number is SKY-448192 and I flew in on American 734 from Chicago, landed at like 7:15 this morning.",
         []),
        ("Sure, it's the fourteenth of February, nineteen ninety-nine.",
         [("date_of_birth", "the fourteenth of February, nineteen ninety-nine")],
         "And as you're the main driver, can I just confirm your date of birth?"),
        ("Okay, so because you're under twenty-five there's a young driver surcharge of £32.50 a day, so for nine days that comes to £292.50.",
         []),
        (f"Yeah, put it on the Visa. {c_visa[:4]} {c_visa[4:8]}, um, {c_visa[8:12]} {c_visa[12:]}.",
         [("card", f"{c_visa[:4]} {c_visa[4:8]}, um, {c_visa[8:12]} {c_visa[12:]}")]),
        ("We'll pre-authorise £1,200 on that card as a deposit, it drops off seven to ten working days after the car comes back.",
         []),
        ("It's a US cell, so plus one, three one two, five five five, oh one four seven.",
         [("phone", "plus one, three one two, five five five, oh one four seven")],
         "And a mobile number in case we need to reach you during the rental?"),
        ("So it's a white Vauxhall Corsa, registration MA19 XKD, you'll find it in bay 42 on level 3 of the multi-storey, full to full on fuel.",
         []),
    ]
    # --- B. roadside assistance, Ireland ---
    items += [
        ("GreenRoad Rescue, Declan speaking, first of all are you and the car in a safe place?",
         [("name", "Declan")]),
        ("yeah I'm on the hard shoulder of the M50 southbound just after junction 9 at the Red Cow, it just died on me, all the lights came on",
         []),
        ("It's Siobhán O'Driscoll, and the membership number is 2 2 0 4 8 1 7 7.",
         [("name", "Siobhán O'Driscoll")],
         "Okay, can I get your name and your membership number there?"),
        ("Oh eight seven, two three nine, double four one eight.",
         [("phone", "Oh eight seven, two three nine, double four one eight")],
         "Thanks. And what's the best number to get you on if we get cut off?"),
        ("Nineteenth of the eleventh, seventy-three.",
         [("date_of_birth", "Nineteenth of the eleventh, seventy-three")],
         "And just for security, your date of birth?"),
        ("Grand. The patrol van is about forty minutes out, he should be with you around twenty past four, so stay up behind the barrier.",
         []),
        ("And have we still got you at 14 Ashgrove Lawn, Ballincollig, County Cork, P31 K2X8?",
         [("address", "14 Ashgrove Lawn, Ballincollig, County Cork, P31 K2X8")]),
        ("No, we moved last year, it's 3 The Paddocks, Naas, County Kildare, W91 E6R2.",
         [("address", "3 The Paddocks, Naas, County Kildare, W91 E6R2")]),
        ("Tell the driver to just ask for Shiv, sure that's what everyone calls me.",
         [("name", "Shiv")]),
        (f"Yeah the renewal can come out of my Bank of Ireland, it's I E {en_d(ib_ie[2:4], 'oh')}, B O F I, {en_d(ib_ie[8:14], 'oh')}, {en_d(ib_ie[14:18], 'oh')} {en_d(ib_ie[18:], 'oh')}.",
         [("iban", f"I E {en_d(ib_ie[2:4], 'oh')}, B O F I, {en_d(ib_ie[8:14], 'oh')}, {en_d(ib_ie[14:18], 'oh')} {en_d(ib_ie[18:], 'oh')}")],
         "Your membership renews on the 1st of December, do you want to set up the direct debit now?"),
        ("The renewal is €149 for the year, or €12.90 a month, and that includes home start and up to 3 call-outs.",
         []),
    ]
    # --- C. parking fine (PCN) appeal, London council ---
    items += [
        ("Good morning, my name is Chukwuemeka Okafor, I am calling about a penalty charge notice that was sent to me.",
         [("name", "Chukwuemeka Okafor")]),
        ("The PCN number is LW 7734 1902 6, it was issued on the 3rd of October at 10:42 on Rushey Green, outside number 88.",
         []),
        ("It's showing as sixty-five pounds, reduced to thirty-two fifty if you pay within 14 days of the date of service.",
         []),
        ("I was loading. I drive for Halal Fresh Foods, I was there from 10:30 to 10:45 only, and the sign says loading permitted for 20 minutes.",
         []),
        ("Yes, it is emeka dot okafor seventy-seven at yahoo dot co dot uk.",
         [("email", "emeka dot okafor seventy-seven at yahoo dot co dot uk")],
         "Can I have an email address for the decision letter?"),
        ("Flat 6, Marlowe Court, 112 Brownhill Road, London, SE6 2HX.",
         [("address", "Flat 6, Marlowe Court, 112 Brownhill Road, London, SE6 2HX")],
         "And the address of the registered keeper, please?"),
        ("Thank you, Emeka. You'll get a decision within 56 days, and the discount period is frozen while we look at it.",
         [("name", "Emeka")]),
        (f"Also I paid the first one twice, for the refund my IBAN is {grp(ib_gb1, [4])}.",
         [("iban", grp(ib_gb1, [4]))]),
    ]
    # --- D. US car lease credit application ---
    items += [
        ("Hi yes, this is LaToya Jenkins, I was in the showroom Saturday about leasing the CR-V.",
         [("name", "LaToya Jenkins")],
         "Thanks for calling Lakeside Auto Leasing, who do I have the pleasure of speaking with?"),
        ("So that's the 2024 Honda CR-V EX, 36 months, 10,000 miles a year, they quoted me $389 a month with $2,999 due at signing.",
         []),
        ("Okay Ms Jenkins, to run the credit application I'm gonna need your social security number.",
         [("name", "Jenkins")]),
        (f"Sure, it's {' '.join(ssn1[:3])}, {' '.join(ssn1[3:5])}, {' '.join(ssn1[5:])}.",
         [("id", f"{' '.join(ssn1[:3])}, {' '.join(ssn1[3:5])}, {' '.join(ssn1[5:])}")]),
        ("nine twenty-two eighty-seven",
         [("date_of_birth", "nine twenty-two eighty-seven")],
         "and your date of birth"),
        ("4410 Maple Ridge Drive, apartment 2B, Westlake, Ohio, 44145. I've been there about three years.",
         [("address", "4410 Maple Ridge Drive, apartment 2B, Westlake, Ohio, 44145")],
         "Current home address?"),
        ("Best number is two one six, five five five, oh one nine three, that's my cell.",
         [("phone", "two one six, five five five, oh one nine three")]),
        ("and the email is L T jenkins, that's L as in Lima, T as in Tango, then jenkins, J E N K I N S, at gmail dot com",
         [("email", "L T jenkins, that's L as in Lima, T as in Tango, then jenkins, J E N K I N S, at gmail dot com")]),
        ("Okay, approval usually takes about 20 minutes, I'll give you a call back before 3 o'clock, and we can have the car ready by Friday the 14th.",
         []),
    ]
    # --- E. garage service booking, Geelong, Australia ---
    items += [
        ("G'day, Bayside Auto Centre, how can I help?", []),
        ("Hi, it's Shaz McAllister, I've got the Ranger booked in for the logbook service on Thursday.",
         [("name", "Shaz McAllister")]),
        ("Yep, Thursday the 9th at 7:30, the 60,000 k service is $420, and if it needs front pads that's another 180 or so.",
         []),
        ("Oh four one two, three three eight, nine oh five.",
         [("phone", "Oh four one two, three three eight, nine oh five")],
         "And what's the best mobile to give you a bell when it's ready?"),
        ("Can you check the tyres as well, they're 265/65 R17, and the front left keeps losing pressure.",
         []),
        ("No worries Sharon, and you wanted us to pick it up from home, was that 16 Kilgour Street, Geelong West?",
         [("name", "Sharon"), ("address", "16 Kilgour Street, Geelong West")]),
        (f"Yeah can I pay the deposit for the tow bar now, it's a Mastercard, {en_d(c_mc[:4], 'oh')}, {en_d(c_mc[4:8], 'oh')}, {en_d(c_mc[8:12], 'oh')}, {en_d(c_mc[12:], 'oh')}.",
         [("card", f"{en_d(c_mc[:4], 'oh')}, {en_d(c_mc[4:8], 'oh')}, {en_d(c_mc[8:12], 'oh')}, {en_d(c_mc[12:], 'oh')}")]),
    ]
    # --- F. MOT booking, Leeds ---
    items += [
        ("Morning, Moorside Motors, Jason speaking.", [("name", "Jason")]),
        ("Aye, morning, Derek Pickersgill here, I want to book the wife's car in for its MOT.",
         [("name", "Derek Pickersgill")]),
        ("It runs out on the 28th, it's a 2015 Nissan Micra, registration YK15 OPF.", []),
        ("I can do Tuesday at half nine or Wednesday at two, the MOT's £54.85 and it takes about forty-five minutes.",
         []),
        ("Oh one one three, two four eight, double six oh one. That's the house phone, I don't really do the mobile.",
         [("phone", "Oh one one three, two four eight, double six oh one")],
         "And a contact number?"),
        ("Right then Mr Pickersgill, Tuesday half nine, see you then.", [("name", "Pickersgill")]),
        ("And can you have a look at the wipers, the passenger one squeaks, last time at Kwik Fit they charged me twelve quid for a blade.",
         []),
    ]
    # --- H. lease end-of-contract, UK ---
    items += [
        ("Carlease Direct, end of contract team, my name's Naomi, how can I help?", [("name", "Naomi")]),
        ("Hello, good afternoon, I am Folasade Adeyemi, I am calling about the collection of my car.",
         [("name", "Folasade Adeyemi")]),
        ("The agreement number is 0049 2817 553, the contract started on 1 March 2021 and it ends on the 28th of February.",
         []),
        ("The inspection report lists two scuffs on the rear bumper at £145 each and a kerbed alloy at £90, so £380 in total.",
         []),
        ("It's the 7th of September 1982.",
         [("date_of_birth", "the 7th of September 1982")],
         "Before I go into the account, can you confirm your date of birth for me?"),
        (f"Yes, it's Lloyds, the IBAN is G B {en_d(ib_gb2[2:4], 'oh')}, L O Y D, {' '.join(ib_gb2[8:14])}, {' '.join(ib_gb2[14:])}.",
         [("iban", f"G B {en_d(ib_gb2[2:4], 'oh')}, L O Y D, {' '.join(ib_gb2[8:14])}, {' '.join(ib_gb2[14:])}")],
         "We owe you £210 back from the mileage deposit, which account should we send it to?"),
        (f"For the damage I'll just pay by card, {grp(c_mc2, [4])}, sorry, {grp(c_mc2[8:], [4])}.",
         [("card", f"{grp(c_mc2, [4])}, sorry, {grp(c_mc2[8:], [4])}")]),
    ]
    return items


def en_part2():
    c_amex = mk_card("37649150822731")
    c_disc = mk_card("601104928837415")
    c_v13 = mk_card("455673019281")
    c_mae = mk_card("675931024468871203")
    c_jcb = mk_card("353876104492617")
    ib_gr = mk_iban("GR", "01104250000004217739150")
    ib_nl = mk_iban("NL", "RABO0318276405")
    ib_ie = mk_iban("IE", "AIBK93104755019382")
    ib_ae = mk_iban("AE", "0260001015628394701")
    ib_de = mk_iban("DE", "500105175407324931")
    ssn2 = mk_ssn("527419062")
    ssn3 = mk_ssn("318542297")
    iq1 = mk_saudi("243105887")
    iq2 = mk_saudi("250811934")
    tz1 = mk_tz("33618042")
    tz2 = mk_tz("20554719")
    afm = mk_afm("14877203")
    items = []
    # --- G. windscreen replacement, Leicester ---
    items += [
        ("Hello, good evening, I am Venkatesh Raghunathan, I booked one windscreen replacement through my insurance only.",
         [("name", "Venkatesh Raghunathan")]),
        ("The claim number is CV 4471 0093 and the insurer is Admiral, the crack is from a stone on the M1 near Lutterworth.",
         []),
        ("Yes yes, correct, but you can call me Venky, everybody calls me Venky.",
         [("name", "Venky"), ("name", "Venky", 1)],
         "Okay, Venkatesh, have I said that right?"),
        ("email is venky dot r eighty-one at outlook dot com, r for Romeo",
         [("email", "venky dot r eighty-one at outlook dot com")]),
        ("The car will be at my office only, Unit 4, Meridian Business Park, Braunstone, LE19 1WZ.",
         [("address", "Unit 4, Meridian Business Park, Braunstone, LE19 1WZ")],
         "Our technician comes to you, where will the car be on the day?"),
        ("The excess is £115, and the technician will be with you between 8 and 12 on Friday the 17th, the job takes around 90 minutes.",
         []),
    ]
    # --- I. mobile tyre fitting, Glasgow ---
    items += [
        ("Hiya, it's Kirsty MacLeod, I'm after two new front tyres for a Golf, it's a 2018 one.",
         [("name", "Kirsty MacLeod")]),
        ("We've got the Michelin Primacy 4 at £118 fitted or the Nankang at £69, both in 225/45 R17, and that's with balancing and a new valve.",
         []),
        ("At my work if that's okay, 27 Dalmarnock Road, Glasgow, G40 4LA, the car park round the back.",
         [("address", "27 Dalmarnock Road, Glasgow, G40 4LA")],
         "And where would you like the van to come to?"),
        ("seven seven nah sorry oh seven seven nine one four three six two eight two",
         [("phone", "oh seven seven nine one four three six two eight two")]),
        (f"It's an Amex, {en_d(c_amex[:4], 'oh')}, {en_d(c_amex[4:10], 'oh')}, {en_d(c_amex[10:], 'oh')}.",
         [("card", f"{en_d(c_amex[:4], 'oh')}, {en_d(c_amex[4:10], 'oh')}, {en_d(c_amex[10:], 'oh')}")]),
        ("Right, that's two Michelins booked for Wednesday the 22nd, the van will be there between one and three.",
         []),
    ]
    # --- J. tow and impound lot, Phoenix ---
    items += [
        ("Metro Tow and Impound, please hold.", []),
        ("Yeah hi, my car got towed last night from outside the Circle K on Camelback, it's a silver Camry.",
         []),
        ("Okay, the tow fee is $175 and storage is $30 a day, it came in at 11:52 PM so you're at $205 right now.",
         []),
        ("zero six, fifteen, ninety-one",
         [("date_of_birth", "zero six, fifteen, ninety-one")],
         "Can you verify the registered owner's date of birth?"),
        (f"I'll pay it over the phone, it's a Discover, {grp(c_disc, [4], '-')}.",
         [("card", grp(c_disc, [4], "-"))]),
        ("The lot is on West Buckeye just past the 17, we're open till 7, bring the registration and a photo ID.",
         []),
    ]
    # --- K. toll-by-mail invoice, Texas ---
    items += [
        ("Lone Star Tollway customer service, can I have the invoice number from the top right of the bill?", []),
        ("Yes, the invoice number is 8 8 2 0 4 1 7 3 6 5 1, it's for $14.72 from the 12th of January.",
         []),
        ("um it should be under my name lan nguyen",
         [("name", "lan nguyen")],
         "and the name of the account holder"),
        ("A good callback number is (832) 555-0178.", [("phone", "(832) 555-0178")]),
        ("Okay, I've waived the $4.00 admin fee, so you only owe the toll of $10.72, and it's due by the 28th.",
         []),
        ("Sure, lan.nguyen.htx@gmail.com.",
         [("email", "lan.nguyen.htx@gmail.com")],
         "And what email would you like for paperless billing?"),
        (f"Can I just pay now? It's a JCB card, {grp(c_jcb, [4])}.",
         [("card", grp(c_jcb, [4]))]),
    ]
    # --- L. dealership finance, Atlanta ---
    items += [
        ("We can do 72 months at 6.9% APR, that puts you at $612 a month with $3,000 down on the $41,250 Silverado.",
         []),
        (f"Five two seven, four one, nine oh six two.",
         [("id", f"Five two seven, four one, nine oh six two")],
         "Alright, I'll just need your social to pull the credit."),
        ("Hi, this is Gloria Robinson, I'm Dwayne's mother, I'm the one co-signing.",
         [("name", "Gloria Robinson")]),
        (f"My social is {ssn3[:3]}-{ssn3[3:5]}-{ssn3[5:]}, and I was born April the 2nd, 1961.",
         [("id", f"{ssn3[:3]}-{ssn3[3:5]}-{ssn3[5:]}"), ("date_of_birth", "April the 2nd, 1961")]),
        (f"To hold the truck till Monday we take a $500 deposit, it's refundable. Yeah, go ahead, {grp(c_v13, [4, 4, 5])}.",
         [("card", grp(c_v13, [4, 4, 5]))]),
    ]
    # --- M. monthly car rental, Riyadh (English) ---
    items += [
        ("Hello sir, my name is Joseph Varghese, I want to take one Camry for monthly rental.",
         [("name", "Joseph Varghese")],
         "Najd Drive rent a car, Riyadh branch, how may I help you?"),
        ("Monthly Camry 2023 model is 2,900 riyals plus VAT 15 percent, 4,000 kilometres included, extra is 35 halalas per kilometre.",
         []),
        (f"Iqama number is {' '.join(iq1)}.",
         [("id", " ".join(iq1))],
         "Okay sir, I need your iqama number."),
        (f"And my wife will also drive, her iqama is {en_d(iq2[:4])}, {en_d(iq2[4:7])}, {en_d(iq2[7:])}.",
         [("id", f"{en_d(iq2[:4])}, {en_d(iq2[4:7])}, {en_d(iq2[7:])}")]),
        ("My mobile is zero five five three two one, four four zero nine, and date of birth in iqama is 12/05/1990.",
         [("phone", "zero five five three two one, four four zero nine"), ("date_of_birth", "12/05/1990")]),
    ]
    # --- N. car leasing, Israel (Anglo immigrant) ---
    items += [
        ("Hi, this is Becky Goldberg, sorry my Hebrew isn't great, can we do this in English?",
         [("name", "Becky Goldberg")]),
        ("The operational lease on the Kia Niro is 2,450 shekels a month for 36 months, 20,000 kilometres a year, test and insurance included.",
         []),
        (f"It's {en_d(tz1[:3], 'oh')}, {en_d(tz1[3:6], 'oh')}, {en_d(tz1[6:], 'oh')}, and I was born on the 30th of June, 1975.",
         [("id", f"{en_d(tz1[:3], 'oh')}, {en_d(tz1[3:6], 'oh')}, {en_d(tz1[6:], 'oh')}"),
          ("date_of_birth", "the 30th of June, 1975")],
         "Can I have your teudat zehut number and date of birth?"),
        (f"My husband's also a driver, his ID number is {tz2}.",
         [("id", tz2)]),
        ("We're at HaPalmach 12, apartment 5, Ra'anana, and the mobile is 054-772-3190.",
         [("address", "HaPalmach 12, apartment 5, Ra'anana"), ("phone", "054-772-3190")],
         "And your address for the contract?"),
    ]
    # --- O. long-term rental invoice, Crete (British expat) ---
    items += [
        ("Hello, yes, I rent the Fiat Panda long term from you, the one from the Chania office, and I need proper invoices for my business.",
         []),
        (f"It's {' '.join(afm)}, that's my Greek tax number.",
         [("id", " ".join(afm))],
         "Of course, what's your AFM?"),
        (f"The deposit refund can go to my Greek account, {grp(ib_gr, [4])}.",
         [("iban", grp(ib_gr, [4]))]),
        ("graham underscore whitlock at btinternet dot com",
         [("email", "graham underscore whitlock at btinternet dot com")],
         "And where shall we send the invoices?"),
        ("The deposit was €300, you brought it back on 15 October with a quarter tank, so we kept €42 for fuel.",
         []),
    ]
    # --- P. rental damage dispute, Dublin (Dutch tourist) ---
    items += [
        ("We returned the car at Dublin Airport on the 2nd, and now there's a charge of €640 for a dent that was already on the damage sheet.",
         []),
        ("The rental agreement number is RA-5520-8817-04, and we had the Ford Focus, 231-D-40917.",
         []),
        ("It's maarten, M A A R T E N, dot devries, all one word, at ziggo dot nl.",
         [("email", "maarten, M A A R T E N, dot devries, all one word, at ziggo dot nl")],
         "Can I get an email to send the photos to?"),
        (f"If you refund it, the account is Dutch, {grp(ib_nl, [4])}.",
         [("iban", grp(ib_nl, [4]))]),
        (f"The card we paid with was a Maestro, {grp(c_mae, [4])}.",
         [("card", grp(c_mae, [4]))]),
    ]
    # --- Q. toll account, Ireland ---
    items += [
        ("p a d r a i g dot o hare at eircom dot net",
         [("email", "p a d r a i g dot o hare at eircom dot net")],
         "And the email on the account?"),
        ("Apartment 9, The Maltings, Bray, County Wicklow, A98 F2C4.",
         [("address", "Apartment 9, The Maltings, Bray, County Wicklow, A98 F2C4")],
         "I'll just need the address the tag should be posted to."),
        (f"Take it from {grp(ib_ie, [4])}, that's the AIB one.",
         [("iban", grp(ib_ie, [4]))]),
        ("The M50 barrier-free toll is €3.20 for a car with a tag, and you've got three unpaid trips from the 4th, 5th and 6th of May.",
         []),
    ]
    # --- R. car rental, Dubai (British expat) and T. foreign penalty refund ---
    items += [
        ("Salik charges are four dirhams per gate, and we add a twenty per cent service fee, so your 38 crossings come to 182 dirhams 40.",
         []),
        ("you can reach me on +971 50 318 7742 it's whatsapp as well",
         [("phone", "+971 50 318 7742")]),
        ("s dot patel eleven at hotmail dot co dot uk",
         [("email", "s dot patel eleven at hotmail dot co dot uk")],
         "what email should the deposit receipt go to"),
        (f"Please send the 1,500 dirham deposit back to {ib_ae}, it's Emirates NBD.",
         [("iban", ib_ae)]),
        ("We drove our Audi into London on the 11th and 12th of August, and the ULEZ penalty says £180 each, we did not know about the zone.",
         []),
        (f"So the refund of the second payment, can it go to a German account? {grp(ib_de, [4])}.",
         [("iban", grp(ib_de, [4]))]),
        ("Okay, refunds to overseas accounts take up to 28 days, and the reference for the refund is EPC 20931 77.",
         []),
        ("I got it from Arnold Clark in Kilmarnock, the Jaguar E-Pace, and it's due back to Lincoln Leasing in June 2026.",
         []),
        ("So you'll want to come off at junction 12, go right at the Victoria Road roundabout and we're second on the left after the Esso.",
         []),
        ("The next inspection slot is Monday the 3rd of March at 8:15, then it's not until Thursday the 13th.",
         []),
    ]
    return items


LANGS["en"] = lambda: en_part1() + en_part2()

# ===========================================================================
# Arabic
# ===========================================================================


def ar_part1():
    sid1 = mk_saudi("108452937")
    sid2 = mk_saudi("110937264")
    sid3 = mk_saudi("104418350")
    k_mada = mk_card("446404120938576")
    k_uae = mk_card("529415733018264")
    k_meeza = mk_card("507803114926583")
    k_jo = mk_card("492181703364528")
    ib_sa = mk_iban("SA", "80000204608016734912")
    ib_ae = mk_iban("AE", "0350000012036789451")
    ib_eg = mk_iban("EG", "0003000100000095317402618")
    ib_jo = mk_iban("JO", "ARAB1120000000121057384600")
    g = "gulf"
    items = []
    # --- A. car rental, Riyadh (Gulf) ---
    items += [
        ("هلا والله، معك فهد من دروب الرياض لتأجير السيارات، كيف أقدر أخدمك؟", [("name", "فهد")]),
        ("مرحبا، أنا تركي العتيبي، أبي أستأجر يوكن لمدة أسبوع من بكرة", [("name", "تركي العتيبي")]),
        ("اليوكن موديل ٢٠٢٤ اليوم بـ٤٥٠ ريال، والأسبوع ٢٨٠٠ شامل التأمين والكيلوات مفتوحة", []),
        (f"رقم هويتي {ar_ind(sid1)}", [("id", ar_ind(sid1))], "طيب أبغى رقم الهوية لو سمحت"),
        ("١٤٠٦/٠٧/١٢ هجري", [("date_of_birth", "١٤٠٦/٠٧/١٢ هجري")], "وتاريخ الميلاد؟"),
        (f"جوالي {ar_d('055', g)}، {ar_d('923', g)}، {ar_d('4471', g)}",
         [("phone", f"{ar_d('055', g)}، {ar_d('923', g)}، {ar_d('4471', g)}")]),
        (f"أدفع بمدى، الرقم {ar_ind(grp(k_mada, [4]))}", [("card", ar_ind(grp(k_mada, [4])))]),
        ("أبشر يا أستاذ تركي، الحجز جاهز، تستلم السيارة من فرع طريق الملك فهد بكرة الساعة عشر الصبح",
         [("name", "تركي")]),
        ("رقم الحجز ٧٧٤٠٣١٨، ولا تنسى الرخصة الأصلية، والتأمين على البطاقة ١٠٠٠ ريال يرجع بعد أسبوعين", []),
        ("العنوان الوطني: حي الملقا، شارع أنس بن مالك، مبنى ٧٤٢١، الرياض ١٣٥٢٤",
         [("address", "حي الملقا، شارع أنس بن مالك، مبنى ٧٤٢١، الرياض ١٣٥٢٤")],
         "نحتاج العنوان الوطني عشان العقد"),
        (f"ويوم ترجع التأمين حوله على الآيبان {ib_sa}",
         [("iban", ib_sa)]),
        ("التأمين الشامل ٦٥ ريال باليوم، والتحمل ١٥٠٠ ريال إذا صار حادث لا سمح الله", []),
    ]
    # --- B. periodic vehicle inspection booking, Saudi ---
    items += [
        ("معك عبدالله القحطاني، حجزت موعد فحص دوري وأبي أغيره لو فيه مجال", [("name", "عبدالله القحطاني")]),
        ("موعدك الحالي يوم الأحد ١٤ رجب الساعة ٩:٣٠ الصبح في محطة الفحص بحي السلي", []),
        (f"{ar_d(sid2[:4], g)}، {ar_d(sid2[4:7], g)}، {ar_d(sid2[7:], g)}",
         [("id", f"{ar_d(sid2[:4], g)}، {ar_d(sid2[4:7], g)}، {ar_d(sid2[7:], g)}")],
         "تمام، أعطني رقم الهوية الوطنية"),
        ("رسوم الفحص ٧٣ ريال و٨٠ هللة شامل الضريبة، وإذا ما نجحت إعادة الفحص مجانية خلال ١٤ يوم", []),
        ("اللوحة ر ط ب ٤٣٨١، هايلكس موديل ٢٠١٦، والموعد الجديد الأربعاء ١٧ رجب الساعة ١١", []),
        (f"والسيارة الثانية باسم الوالد، هويته {sid3}", [("id", sid3)]),
        ("اوكي وصلتك رسالة التأكيد على الجوال، رقم الموعد ٥٥٠١٩٢٧، تحضر قبل الموعد بربع ساعة", []),
    ]
    # --- C. Dubai parking fine and road toll ---
    items += [
        ("معكم ريم من مركز الاتصال، تفضلي كيف أقدر أساعدج؟", [("name", "ريم")]),
        ("مرحبا، أنا شمّا المهيري، عندي مخالفة وقوف وأبا أعترض عليها لأني كنت دافعة", [("name", "شمّا المهيري")]),
        ("المخالفة رقم ٥٣٢٠٩٨٤١ بتاريخ ٣ نوفمبر، قيمتها ١٥٠ درهم، في المنطقة ٣٤٢ في الكرامة", []),
        ("رقمي ٠٥٠ ٦٦١ ٨٤٢٣", [("phone", "٠٥٠ ٦٦١ ٨٤٢٣")], "عطيني رقم تواصل لو سمحتي"),
        ("شمّا أندرسكور إم اثنين وتسعين آت هوتميل دوت كوم",
         [("email", "شمّا أندرسكور إم اثنين وتسعين آت هوتميل دوت كوم")],
         "والإيميل عشان نرسل لج نتيجة الاعتراض؟"),
        ("بعد بوابة البرشاء خصمت مرتين يوم ١٩ الشهر، كل مرة ٤ دراهم، والرصيد الحين ٣٦ درهم", []),
        (f"والمبلغ اللي انخصم زيادة رجعوه على الآيبان {grp(ib_ae, [4])}",
         [("iban", grp(ib_ae, [4]))]),
        ("تم يا شمّا، الاعتراض انرفع وبنرد عليج خلال خمسة أيام عمل", [("name", "شمّا")]),
        ("الورقاء ٣، شارع ٢٤، فيلا ٣٧، دبي", [("address", "الورقاء ٣، شارع ٢٤، فيلا ٣٧، دبي")],
         "وين العنوان اللي نرسل عليه تصريح المواقف؟"),
        (f"التصريح السنوي ٧٠٠ درهم، أدفع بالبطاقة؟ {ar_d(k_uae[:4], g)}، {ar_d(k_uae[4:8], g)}، {ar_d(k_uae[8:12], g)}، {ar_d(k_uae[12:], g)}",
         [("card", f"{ar_d(k_uae[:4], g)}، {ar_d(k_uae[4:8], g)}، {ar_d(k_uae[8:12], g)}، {ar_d(k_uae[12:], g)}")]),
        ("رقم اللوحة دبي حرف ف ٤٨٢١٧، والتصريح يبدأ من ١ يناير لمدة ١٢ شهر", []),
    ]
    # --- D. breakdown tow truck (winch), Egypt ---
    items += [
        ("ألو، أيوه يا فندم، معاك منى من خدمة الونش، حضرتك فين بالظبط؟", [("name", "منى")]),
        ("أنا على الصحراوي رايح إسكندرية بعد الكيلو ٧٢ بحاجة بسيطة قبل البوابة، العربية سخنت ووقفت خالص", []),
        ("اسمي محمود عبد الحميد، والاشتراك باسم ابني بس أنا اللي سايق", [("name", "محمود عبد الحميد")]),
        (f"رقمي {ar_d('011', 'eg')}، {ar_d('480', 'eg')}، {ar_d('27391', 'eg')}",
         [("phone", f"{ar_d('011', 'eg')}، {ar_d('480', 'eg')}، {ar_d('27391', 'eg')}")]),
        ("الونش هيوصل لحضرتك خلال ساعة إلا ربع، والنقلة لحد مدينة نصر بألف ومية جنيه، والكيلو الزيادة بـ١٥ جنيه", []),
        ("وديها على البيت، ١٥ شارع عباس العقاد، الدور الرابع، شقة ١١، مدينة نصر",
         [("address", "١٥ شارع عباس العقاد، الدور الرابع، شقة ١١، مدينة نصر")],
         "حضرتك عايز العربية تروح فين؟ التوكيل ولا البيت؟"),
        ("حاضر يا أستاذ محمود، السواق اسمه في الرسالة وهيكلمك قبل ما يوصل", [("name", "محمود")]),
        (f"هدفع بالكارت، {k_meeza[:8]}، {ar_d(k_meeza[8:12], 'eg')}، {ar_d(k_meeza[12:], 'eg')}",
         [("card", f"{k_meeza[:8]}، {ar_d(k_meeza[8:12], 'eg')}، {ar_d(k_meeza[12:], 'eg')}")]),
    ]
    # --- E. authorised service centre, Cairo ---
    items += [
        ("صيانة العشرين ألف كيلو بـ٣٤٥٠ جنيه شاملة الزيت والفلاتر، وممكن نحجزلك السبت الساعة ١١", []),
        ("أيوه، أنا نرمين فوزي، عربيتي الأوبترا موديل ٢٠١٩ عندكم في الصيانة من امبارح", [("name", "نرمين فوزي")]),
        ("الإيميل nermeen.fawzy88@gmail.com", [("email", "nermeen.fawzy88@gmail.com")]),
        ("خمستاشر تسعة، سنة تسعين", [("date_of_birth", "خمستاشر تسعة، سنة تسعين")],
         "وتاريخ ميلاد حضرتك عشان نكمل بيانات العميل؟"),
        ("رقم أمر الشغل ٢٠٢٤٠٣١٨٧٣، والفاتورة طلعت ٤٨٧٥ جنيه بدل ٣٤٥٠، إزاي يعني؟", []),
        (f"يبقى رجعولي الفرق على الحساب، الآيبان {grp(ib_eg, [4])}",
         [("iban", grp(ib_eg, [4]))]),
        ("تمام يا مدام نرمين، هنراجع الفاتورة مع مدير الورشة ونكلم حضرتك النهارده قبل ٥", [("name", "نرمين")]),
        ("التيل الأمامي اتغير بـ٩٠٠ جنيه، وفيه تيل خلفي مكتوب بـ٥٢٥ وده مش مطلوب", []),
    ]
    # --- F. vehicle licence renewal and fines, Amman ---
    items += [
        ("عليك مخالفتين، وحدة سرعة ٤٥ دينار بتاريخ ٢/٦، ووحدة وقوف ١٥ دينار، المجموع ستين دينار", []),
        ("مرحبا، معك رامي الزعبي، بدي أجدد ترخيص السيارة وما بعرف شو الأوراق المطلوبة", [("name", "رامي الزعبي")]),
        (f"{ar_d('079', 'dia')}، {ar_n('53', 'dia')}، {ar_n('18', 'dia')}، {ar_n('44', 'dia')}، {ar_d('2', 'dia')}",
         [("phone", f"{ar_d('079', 'dia')}، {ar_n('53', 'dia')}، {ar_n('18', 'dia')}، {ar_n('44', 'dia')}، {ar_d('2', 'dia')}")],
         "شو رقم تلفونك؟"),
        (f"والأقساط بتنسحب من حسابي، الآيبان {ib_jo[:2]} {ib_jo[2:4]} {ib_jo[4:8]} {grp(ib_jo[8:], [4])}",
         [("iban", f"{ib_jo[:2]} {ib_jo[2:4]} {ib_jo[4:8]} {grp(ib_jo[8:], [4])}")]),
        ("ساكن في عمان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني",
         [("address", "عمان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")],
         "وين عنوانك؟"),
        ("الفحص الفني بمركز ترخيص المقابلين، الدوام من ٨ الصبح لـ٢ الظهر، والرسوم حوالي ١٢٠ دينار مع التأمين الإلزامي", []),
        (f"يعني بدفعهم هلأ بالفيزا، {ar_d(k_jo[:4], 'dia')}، {ar_d(k_jo[4:8], 'dia')}، {ar_d(k_jo[8:12], 'dia')}، {ar_d(k_jo[12:], 'dia')}",
         [("card", f"{ar_d(k_jo[:4], 'dia')}، {ar_d(k_jo[4:8], 'dia')}، {ar_d(k_jo[8:12], 'dia')}، {ar_d(k_jo[12:], 'dia')}")]),
        ("رقم اللوحة ٢٢-٤٨٣١٧، والترخيص بينتهي آخر الشهر، يعني ٣٠ آذار", []),
    ]
    return items


def ar_part2():
    iq1 = mk_saudi("237015946")
    iq2 = mk_saudi("241186603")
    iq3 = mk_saudi("229350718")
    tz1 = mk_tz("31942607")
    tz2 = mk_tz("20867315")
    k_ma = mk_card("462263019847512")
    k_kw = mk_card("535816204477193")
    k_13 = mk_card("402359188043")
    k_up = mk_card("621483902177456031")
    ib_kw = mk_iban("KW", "NBOK0000000000002019374856")
    ib_lb = mk_iban("LB", "002800000000203491736501")
    ib_qa = mk_iban("QA", "QNBA000000000812047733001")
    ib_sa = mk_iban("SA", "10000019300000781426")
    items = []
    # --- G. breakdown on the motorway, Morocco (Darija, French) ---
    items += [
        ("السلام عليكم، معاك ياسين من Atlas Assistance، شنو وقع ليك؟", [("name", "ياسين")]),
        ("وعليكم السلام، أنا خديجة بناني، الطوموبيل طفات ليا فالأوطوروت وما بغاتش تناض", [("name", "خديجة بناني")]),
        ("أنا فالأوطوروت ديال الرباط كازا، قبل الpéage ديال بوزنيقة بشي ٣ كيلومتر، فالجهة ديال كازا", []),
        ("النمرة ديالي 06 61 28 45 93", [("phone", "06 61 28 45 93")]),
        ("ديوها للدار، زنقة ابن منير رقم 45، المعاريف، كازا",
         [("address", "زنقة ابن منير رقم 45، المعاريف، كازا")],
         "فين بغيتي نوصلو الطوموبيل؟ للگاراج ولا للدار؟"),
        ("تزاديت نهار 3 يونيو 1992", [("date_of_birth", "3 يونيو 1992")],
         "عطيني تاريخ الازدياد ديالك عافاك"),
        ("الدépannage حتى لكازا 900 درهم، ولكن إلا كان عندك l'assistance مع l'assurance ما تخلصي والو", []),
        ("الإيميل خديجة بوان بناني واحد وتسعين أروباز جيميل بوان كوم",
         [("email", "خديجة بوان بناني واحد وتسعين أروباز جيميل بوان كوم")]),
        (f"إيه نخلص بالكارط، الرقم هو {grp(k_ma, [4])}", [("card", grp(k_ma, [4]))]),
        ("الطوموبيل داسيا لوگان، الماتريكول 48213 أ 6، وفيها 180 ألف كيلومتر", []),
    ]
    # --- H. car leasing settlement, Kuwait ---
    items += [
        ("معاج عبدالعزيز من شركة الصفوة للتأجير، تفضلي", [("name", "عبدالعزيز")]),
        ("هلا، أنا دانة الرشيدي، عندي سيارة ليسنق عندكم وأبي أسدد الأقساط الباقية كلها", [("name", "دانة الرشيدي")]),
        ("باقي عليج ١٤ قسط، كل قسط ٢٣٥ دينار، والسداد المبكر فيه خصم ٣٪ على الأرباح", []),
        ("١٩٩٢-٠٢-١٨", [("date_of_birth", "١٩٩٢-٠٢-١٨")], "تاريخ ميلادج حق التحقق؟"),
        (f"حولوا الفايض على حسابي في الوطني، {grp(ib_kw, [4])}", [("iban", grp(ib_kw, [4]))]),
        ("تلفوني +965 9904 3318 وإيميلي dana_rsh@hotmail.com",
         [("phone", "+965 9904 3318"), ("email", "dana_rsh@hotmail.com")]),
        ("السالمية، قطعة ١٠، شارع ٥، منزل ٢٢", [("address", "السالمية، قطعة ١٠، شارع ٥، منزل ٢٢")],
         "وين نوصل لج كتاب المخالصة؟"),
        (f"أبي أدفع الباقي بالبطاقة، {' '.join(k_kw)}", [("card", " ".join(k_kw))]),
        ("المبلغ الكلي ٣٢٩٠ دينار، ويخلص العقد رسمياً بعد ٧ أيام عمل من الدفع", []),
    ]
    # --- I. garage, Beirut (Lebanese) ---
    items += [
        ("بونجور، معك طوني من كاراج الأمل، كيف فيني ساعدك؟", [("name", "طوني")]),
        ("أهلين، أنا ريتا حداد، تركت السيارة عندكن مبارح، شو صار فيها؟", [("name", "ريتا حداد")]),
        ("بدها ديسكات وفحمات قدام، مع اليد ٢٢٠ دولار، وبتكون جاهزة بكرا بعد الضهر", []),
        (f"رقمي {ar_d('03', 'dia')}، {ar_d('482', 'dia')}، {ar_d('915', 'dia')}",
         [("phone", f"{ar_d('03', 'dia')}، {ar_d('482', 'dia')}، {ar_d('915', 'dia')}")]),
        (f"وإذا في رجعة حطوها عالحساب، الـIBAN تبعي {grp(ib_lb, [4])}", [("iban", grp(ib_lb, [4]))]),
        ("مواليد ١٠ تشرين الأول ١٩٧٠", [("date_of_birth", "١٠ تشرين الأول ١٩٧٠")],
         "تاريخ الميلاد لبطاقة الكفالة؟"),
        ("ريتا دوت حداد آت جي ميل دوت كوم", [("email", "ريتا دوت حداد آت جي ميل دوت كوم")],
         "والإيميل لنبعتلك الفاتورة؟"),
        ("الأشرفية، شارع مار مخايل، بناية الحلو، الطابق التالت",
         [("address", "الأشرفية، شارع مار مخايل، بناية الحلو، الطابق التالت")],
         "لوين منوصّللك السيارة بس تخلص؟"),
        ("والكفالة ٦ أشهر أو ١٠ آلاف كيلومتر، يلي بيجي أول، وبتدفعي نص المبلغ هلق ونص بس تستلمي", []),
    ]
    # --- K. lease-to-own, Jeddah (MSA agent, Egyptian resident) ---
    items += [
        ("شكراً لاتصالك بشركة اليسر للتأجير التمويلي، معك سارة، كيف يمكنني مساعدتك؟", [("name", "سارة")]),
        ("السلام عليكم، أنا حسام الدين عبد الرحمن، مقيم في جدة، وأرغب في الاستفسار عن التأجير المنتهي بالتمليك",
         [("name", "حسام الدين عبد الرحمن")]),
        ("سيارة الكامري ٢٠٢٤ بدفعة أولى ١٠٪ وقسط شهري ١٨٩٠ ريالاً لمدة ٦٠ شهراً، والدفعة الأخيرة ٢٥٪", []),
        (f"رقم الإقامة {ar_d(iq1[:3])}، {ar_d(iq1[3:6])}، {ar_d(iq1[6:])}",
         [("id", f"{ar_d(iq1[:3])}، {ar_d(iq1[3:6])}، {ar_d(iq1[6:])}")],
         "هل يمكنني الحصول على رقم الإقامة من فضلك؟"),
        ("مواليد الثاني من أغسطس عام ألف وتسعمائة وخمسة وتسعين ميلادي",
         [("date_of_birth", "الثاني من أغسطس عام ألف وتسعمائة وخمسة وتسعين")],
         "وتاريخ الميلاد من فضلك؟"),
        ("جدة، حي الروضة، شارع الأمير سلطان، عمارة ١٢، شقة ٤",
         [("address", "جدة، حي الروضة، شارع الأمير سلطان، عمارة ١٢، شقة ٤")],
         "ما هو عنوان السكن الحالي؟"),
        ("البريد الإلكتروني حسام نقطة عبد الرحمن آت ياهو نقطة كوم",
         [("email", "حسام نقطة عبد الرحمن آت ياهو نقطة كوم")]),
        ("رقم الجوال 0543310927", [("phone", "0543310927")]),
        (f"وزوجتي ستكون سائقة إضافية، رقم إقامتها {ar_ind(iq3)}", [("id", ar_ind(iq3))]),
        (f"والأقساط تخصم من حسابي في الراجحي، الآيبان إس إيه {ar_d(ib_sa[2:4])}، {grp(ib_sa[4:], [4])}",
         [("iban", f"إس إيه {ar_d(ib_sa[2:4])}، {grp(ib_sa[4:], [4])}")]),
        (f"رسوم دراسة الطلب ٥٠٠ ريال، رقم البطاقة {grp(k_13, [4, 4, 5])}", [("card", grp(k_13, [4, 4, 5]))]),
        ("رقم الطلب هو ٩٩٠٤٥٢٣٧٦، وسيتم الرد عليك خلال ثلاثة أيام عمل", []),
    ]
    # --- J. vehicle registration renewal, Qatar ---
    items += [
        ("مرحبا، حمد المري معك، أبي أجدد استمارة السيارة قبل لا تخلص", [("name", "حمد المري")]),
        ("تجديد الاستمارة ١٠٠ ريال، ولازم فحص فاحص قبل، والمخالفات عليك ٣ بقيمة ١٥٠٠ ريال", []),
        ("رقمي ٣٣١٢ ٠٨٧٦", [("phone", "٣٣١٢ ٠٨٧٦")]),
        (f"الآيبان {grp(ib_qa, [4])}", [("iban", grp(ib_qa, [4]))], "وين نرجع لك مبلغ التأمين؟"),
        ("إتش، إيه، إم، إيه، دي، ثمانية وسبعين، آت جي ميل دوت كوم",
         [("email", "إتش، إيه، إم، إيه، دي، ثمانية وسبعين، آت جي ميل دوت كوم")],
         "تهجى لي الإيميل لو سمحت"),
        (f"البطاقة {grp(k_up, [4])}", [("card", grp(k_up, [4]))]),
        ("موعد فاحص في الوكرة يوم الثلاثاء الساعة ٨:٤٥، والرسوم ١٥٠ ريال", []),
    ]
    # --- L. car test booking, Nazareth (Arabic with Hebrew) ---
    items += [
        ("مرحبا، أنا وسيم خوري، بدي أحجز טסט للسيارة بس لازم أصلح الضو الخلفي قبل", [("name", "وسيم خوري")]),
        (f"رقم الهوية تبعي {tz1}", [("id", tz1)]),
        (f"والسيارة على اسم أبوي، هويته {ar_d(tz2[:3], 'dia')}، {ar_d(tz2[3:6], 'dia')}، {ar_d(tz2[6:], 'dia')}",
         [("id", f"{ar_d(tz2[:3], 'dia')}، {ar_d(tz2[3:6], 'dia')}، {ar_d(tz2[6:], 'dia')}")]),
        ("نمرتي 052-6184430 والإيميل wasim.k80@walla.co.il",
         [("phone", "052-6184430"), ("email", "wasim.k80@walla.co.il")]),
        ("الناصرة، شارع بولس السادس ١٢٤، فوق محل الحلويات",
         [("address", "الناصرة، شارع بولس السادس ١٢٤")],
         "شو العنوان لإرسال الرخصة؟"),
        ("٢٣/٤/١٩٨٠", [("date_of_birth", "٢٣/٤/١٩٨٠")], "وتاريخ ميلاد صاحب السيارة؟"),
        ("الטסט بـ٢٢٠ شيكل، والمكون بيفتح الساعة ٧:٣٠، والدور بياخد تقريباً ساعة", []),
    ]
    # --- M. car rental, Riyadh (Yemeni resident) ---
    items += [
        (f"إقامتي {iq2[:3]} {iq2[3:6]} {iq2[6:]}، ومواليد خمسة واحد ثلاثة وتسعين",
         [("id", f"{iq2[:3]} {iq2[3:6]} {iq2[6:]}"), ("date_of_birth", "خمسة واحد ثلاثة وتسعين")]),
        ("سيارة أكسنت يومي ١٢٠ ريال، والضمان ٥٠٠ ريال كاش، وتسلمها بعد ٢٤ ساعة بنفس الوقت", []),
    ]
    # --- more non-personal lines from the same calls ---
    items += [
        ("الونش وصل بس بيقول الكاوتش الاستبن مش مقاسه، المقاس ٢٠٥/٦٠ R16", []),
        ("ساهر سجل علي مخالفة سرعة ٣٠٠ ريال على طريق الملك عبدالعزيز الساعة ٢ الفجر، وأنا كنت نايم في البيت", []),
        ("عبد اللطيف جميل عندهم عرض على الزيت، تغيير الزيت بـ١٩٩ ريال لين نهاية شعبان", []),
        ("الخميس ٢٥ الشهر الساعة ٤ العصر عندك موعد في مركز صيانة محمد يوسف ناغي في حي الحمراء", []),
        ("بوابة سالك في جسر آل مكتوم تخصم ٦ دراهم وقت الذروة من ٦ لـ١٠ الصبح، وباقي اليوم ٤", []),
        ("الكارتة على الدائري بـ١٠ جنيه، وعلى طريق السخنة ٢٥، وده للملاكي بس", []),
        ("قسط السيارة ٢٨٥ دينار، باقي ٣٧ قسط، وأول قسط كان بشهر ٩ سنة ٢٠٢٢", []),
        ("يعني آخر مرة غيرت الزيت كان على ٨٧ ألف، وهلأ العداد عم بيقول ٩٤٥٠٠", []),
        ("رقم البلاغ ٢٠١٨٨٤٥٢٧ وبيوصلك الونش خلال ٤٥ دقيقة، ولو اتأخر عن ٦ ونص كلمنا تاني", []),
    ]
    return items


LANGS["ar"] = lambda: ar_part1() + ar_part2()

# ===========================================================================
# Hebrew
# ===========================================================================


def he_part1():
    tz_a = mk_tz("03145276")
    tz_b = mk_tz("30829164")
    tz_c = mk_tz("20451837")
    tz_e = mk_tz("31276840")
    k_visa = mk_card("458018234471906")
    k_amex = mk_card("37758120446193")
    ib_fr = mk_iban("FR", "30003021500005041228741")
    ib_gb = mk_iban("GB", "HBUK40127654338190")
    ib_il = mk_iban("IL", "0106420000087341295")
    items = []
    # --- A. car rental at Ben Gurion airport (French immigrant) ---
    items += [
        ("קאר-פוינט נתב\"ג שלום, מדברת מורן, איך אפשר לעזור?", [("name", "מורן")]),
        ("כן שלום, אני לורן אזולאי, הזמנתי רכב לשבוע, אני נוחת ביום חמישי מפריז", [("name", "לורן אזולאי")]),
        ("יש לך הזמנה לקיה פיקנטו מה-14 עד ה-21, 189 שקל ליום, סך הכול 1,323 שקל כולל מע\"מ", []),
        ("הטיסה שלי LY 324, נוחתת בשמונה וחצי בערב, אפשר לאסוף את הרכב אחרי עשר?", []),
        (f"כן, יש לי תעודת זהות ישראלית, {tz_a}", [("id", tz_a)], "אני צריכה מספר תעודת זהות של הנהג"),
        ("נולדתי ב-12.03.1984", [("date_of_birth", "12.03.1984")], "ותאריך לידה?"),
        (f"זה כרטיס ויזה, {grp(k_visa, [4])}", [("card", grp(k_visa, [4]))]),
        ("laurent.azoulay@free.fr", [("email", "laurent.azoulay@free.fr")], "לאיזה מייל לשלוח את האישור?"),
        (f"את הפיקדון תחזירו לחשבון שלי בצרפת, {grp(ib_fr, [4])}", [("iban", grp(ib_fr, [4]))]),
        ("מעולה לורן, שלחתי לך אישור הזמנה, הרכב יחכה לך בחניון 3 בקומה מינוס 1", [("name", "לורן")]),
        ("הטלפון הצרפתי שלי פלוס שלושים ושלוש, שש, שתים עשרה, שמונים וארבע, חמישים וחמש, אפס שבע",
         [("phone", "פלוס שלושים ושלוש, שש, שתים עשרה, שמונים וארבע, חמישים וחמש, אפס שבע")]),
        ("ביטוח מקיף עם השתתפות עצמית של 1,500 שקל, או ביטול השתתפות ב-39 שקל ליום", []),
    ]
    # --- B. towing and roadside assistance (Russian immigrant) ---
    items += [
        ("דרכים פלוס, מדבר יוסי, מה קרה?", [("name", "יוסי")]),
        ("שלום, זה ולדימיר קוגן, אוטו נתקע לי בכביש 1 ליד שער הגיא, לכיוון ירושלים", [("name", "ולדימיר קוגן")]),
        ("אני בשוליים אחרי מחלף שורש, בערך קילומטר 29, יוצא עשן מהמנוע", []),
        (f"{he_d(tz_b[:3], masc=True)}, {he_d(tz_b[3:6], masc=True)}, {he_d(tz_b[6:], masc=True)}",
         [("id", f"{he_d(tz_b[:3], masc=True)}, {he_d(tz_b[3:6], masc=True)}, {he_d(tz_b[6:], masc=True)}")],
         "תן לי בבקשה מספר תעודת זהות של בעל המנוי"),
        (f"אממ {he_d('054')}, {he_d('612')}, {he_d('9073')}",
         [("phone", f"{he_d('054')}, {he_d('612')}, {he_d('9073')}")],
         "ומספר טלפון שהנהג יוכל להתקשר?"),
        ("הגרר יגיע תוך שעה עד שעה וחצי, הגרירה כלולה עד 50 קילומטר, מעבר לזה 8 שקל לקילומטר", []),
        ("תגיד לנהג לשאול על וובה, ככה כולם קוראים לי", [("name", "וובה")]),
        ("הביתה, רחוב הרצל 45, דירה 3, רחובות, למוסך אני אקח מחר",
         [("address", "רחוב הרצל 45, דירה 3, רחובות")],
         "לאן לגרור, למוסך או הביתה?"),
        ("וובה נקודה קוגן שבעים ושבע שטרודל ג'ימייל נקודה קום",
         [("email", "וובה נקודה קוגן שבעים ושבע שטרודל ג'ימייל נקודה קום")],
         "יש לך מייל שנשלח אליו את הסיכום?"),
        ("מספר הקריאה שלך 88 314, אם הנהג לא מגיע עד רבע לשש תתקשר שוב", []),
    ]
    # --- C. municipal parking fine appeal (Ethiopian-born caller) ---
    items += [
        ("מוקד החניה של העירייה, שירן מדברת, שלום", [("name", "שירן")]),
        ("שלום, קוראים לי טספאיה מלסה, קיבלתי דוח חניה ואני רוצה לערער עליו", [("name", "טספאיה מלסה")]),
        ("מספר הדוח 40-118-39275, מיום 6 בפברואר, ברחוב בלפור פינת העצמאות, 250 שקל", []),
        ("הייתי עם תו חניה של אזור 4, המדבקה הייתה על החלון, ויש לי תמונה מהשעה 11 ועשרים", []),
        (f"{tz_c[:3]}-{tz_c[3:6]}-{tz_c[6:]}", [("id", f"{tz_c[:3]}-{tz_c[3:6]}-{tz_c[6:]}")],
         "מספר תעודת זהות של בעל הרכב?"),
        ("המייל tesfaye.m@walla.co.il והטלפון 050-7719324",
         [("email", "tesfaye.m@walla.co.il"), ("phone", "050-7719324")]),
        ("הכתובת שלי העצמאות 18, דירה 9, אשדוד", [("address", "העצמאות 18, דירה 9, אשדוד")]),
        ("בסדר טספאיה, הערעור נקלט, תקבל תשובה בכתב תוך 30 יום, ועד אז לא יהיו תוספות פיגורים", [("name", "טספאיה")]),
    ]
    # --- D. Road 6 toll invoice (Anglo immigrant) ---
    items += [
        ("hi, שלום, זאת שרה ויינברג, אני מתקשרת בקשר לחשבונית של כביש 6", [("name", "שרה ויינברג")]),
        ("החשבונית מספר 7730-2291-64 על סך 87.40 שקל, כולל דמי טיפול של 12 שקל, על נסיעות ב-3 וב-9 בינואר", []),
        ("אין לך מנוי, אז זה חיוב בלי משדר, ואם תפתחי מנוי עכשיו נוריד את דמי הטיפול", []),
        (f"אמריקן אקספרס, {grp(k_amex, [4, 6, 5])}", [("card", grp(k_amex, [4, 6, 5]))]),
        ("המייל שלי הוא sweinberg18 at gmail dot com", [("email", "sweinberg18 at gmail dot com")]),
        ("תודה גברת ויינברג, החיוב יופיע תוך שלושה ימי עסקים", [("name", "ויינברג")]),
        ("17 ביוני 58", [("date_of_birth", "17 ביוני 58")], "לפתיחת מנוי אני צריכה גם תאריך לידה"),
        ("+972 52 318 4406", [("phone", "+972 52 318 4406")], "ומספר נייד?"),
        (f"ואת ההחזר על החיוב הכפול אפשר לחשבון באנגליה? {ib_gb}", [("iban", ib_gb)]),
    ]
    # --- E. end of an operational lease (native speaker) ---
    items += [
        ("ליסינג בקליק, מדברת הדס, במה אפשר לעזור?", [("name", "הדס")]),
        ("אהלן, אופיר פה, יש לי רכב צמוד מהעבודה והחוזה נגמר עוד חודש", [("name", "אופיר")]),
        ("החוזה התחיל ב-1 במאי 2022, ל-36 חודשים, והרכב צריך לחזור עם פחות מ-90 אלף קילומטר", []),
        ("אם תרצה להמשיך איתו כרכב פרטי, הקורולה היברידית 2022 עומדת על 84,900 שקל", []),
        (f"{he_n('31')}, {he_n('27')}, {he_n('68')}, {he_n('40')}, {he_d(tz_e[8])}",
         [("id", f"{he_n('31')}, {he_n('27')}, {he_n('68')}, {he_n('40')}, {he_d(tz_e[8])}")],
         "בשביל הצעת מחיר אני צריכה תעודת זהות"),
        ("שתיים בינואר שמונים ושבע", [("date_of_birth", "שתיים בינואר שמונים ושבע")], "ותאריך לידה?"),
        (f"תחזירו את הפיקדון לחשבון שלי בלאומי, {grp(ib_il, [4])}", [("iban", grp(ib_il, [4]))]),
        ("אופיר קו תחתון בי שטרודל הוטמייל נקודה קום", [("email", "אופיר קו תחתון בי שטרודל הוטמייל נקודה קום")]),
        ("תעבירי לי את זה במייל, ותזכירי לי שאני צריך גם לעשות טסט לפני ה-15 באוגוסט", []),
    ]
    return items


def he_part2():
    tz_f = mk_tz("05673291")
    tz_g = mk_tz("21590463")
    tz_i = mk_tz("33704918")
    tz_j = mk_tz("02238756")
    k_mc = mk_card("532610947733852")
    k_v13 = mk_card("491730228615")
    k_din = mk_card("3614928805371")
    k_max = mk_card("537984012258647")
    k_mae = mk_card("676204381930554217")
    k_visa = mk_card("426684170932158")
    ib_g = mk_iban("IL", "0126830000000391744")
    ib_i = mk_iban("IL", "0201570000004418263")
    ib_j = mk_iban("IL", "0119240000000658071")
    ib_k = mk_iban("IL", "0310360000000227549")
    ib_l = mk_iban("IL", "0175020000000810336")
    wrong = "1" if tz_j[6] != "1" else "2"
    items = []
    # --- F. garage service (Arab citizen speaking Hebrew) ---
    items += [
        ("שלום, אני מוחמד אבו ריא, הבאתי אתמול את הסקודה לטיפול 60 אלף", [("name", "מוחמד אבו ריא")]),
        ("טיפול 60 אלף כולל שמן, פילטרים, פלאגים ובדיקת בלמים לפי הספר של סקודה, יוצא 1,150 שקל ועוד רפידות אחוריות 480", []),
        (f"הטלפון בבית {he_d('04')}, {he_d('674')}, {he_d('4518')}",
         [("phone", f"{he_d('04')}, {he_d('674')}, {he_d('4518')}")]),
        (f"על השם שלי, {tz_f}", [("id", tz_f)], "על שם מי החשבונית? אני צריך תעודת זהות"),
        ("סכנין, רחוב אל-ג'ליל 14, ליד המסגד הגדול", [("address", "סכנין, רחוב אל-ג'ליל 14")],
         "לאיזו כתובת לשלוח את החשבונית המקורית?"),
        ("ותשלח גם במייל, m.abuhria@gmail.com", [("email", "m.abuhria@gmail.com")]),
        (f"אני משלם בכרטיס, {k_mc[:4]} {k_mc[4:8]}, {he_d(k_mc[8:12])}, {he_d(k_mc[12:])}",
         [("card", f"{k_mc[:4]} {k_mc[4:8]}, {he_d(k_mc[8:12])}, {he_d(k_mc[12:])}")]),
        ("סגור מוחמד, מחר בשתיים הרכב מוכן, תביא את הרישיון", [("name", "מוחמד")]),
    ]
    # --- G. annual vehicle test booking (older native speaker) ---
    items += [
        ("כאן שמוליק לוי, אני רוצה לקבוע תור לטסט לסובארו של אשתי", [("name", "שמוליק לוי")]),
        ("הטסט עולה 119 שקל במכון, ואגרת הרישוי של משרד התחבורה 1,293 שקל, את זה משלמים בנפרד", []),
        ("יש תור ביום שלישי ה-11 בשמונה ועשר, או ביום רביעי ה-12 באחת וחצי", []),
        (f"הטלפון בבית, {he_d('08')}, {he_d('941')}, {he_n('22')}, {he_n('76')}",
         [("phone", f"{he_d('08')}, {he_d('941')}, {he_n('22')}, {he_n('76')}")]),
        ("נולדתי בכ\"ג באדר תשי\"ח, בלועזי זה במרץ 58", [("date_of_birth", "כ\"ג באדר תשי\"ח")],
         "תאריך לידה של בעל הרכב לזיהוי?"),
        (f"{he_n(tz_g[:2], True)}, {he_n(tz_g[2:4], True)}, {he_n(tz_g[4:6], True)}, {he_n(tz_g[6:8], True)}, {he_d(tz_g[8], True)}",
         [("id", f"{he_n(tz_g[:2], True)}, {he_n(tz_g[2:4], True)}, {he_n(tz_g[4:6], True)}, {he_n(tz_g[6:8], True)}, {he_d(tz_g[8], True)}")],
         "ומספר זהות?"),
        ("מושב בית שערים, משק 22", [("address", "מושב בית שערים, משק 22")], "כתובת למשלוח הרישיון?"),
        ("בסדר שמואל, קבעתי לך ליום שלישי בשמונה ועשר, תגיע רבע שעה קודם", [("name", "שמואל")]),
        (f"ואת הכסף על התור שביטלתי בפעם הקודמת תחזירו לחשבון, {grp(ib_g, [4])}", [("iban", grp(ib_g, [4]))]),
        (f"אני אשלם בויזה, {grp(k_v13, [4, 4, 5])}", [("card", grp(k_v13, [4, 4, 5]))]),
        ("המכון ברחוב המלאכה 8 באזור התעשייה, החניה מאחורה, ותביא את הרישיון הישן והביטוח", []),
    ]
    # --- H. mobile tyre service ---
    items += [
        ("יש לי פנצ'ר בגלגל אחורי ימני, זה צמיג 195/65 R15, אפשר לתקן או שצריך חדש?", []),
        ("תיקון זה 60 שקל, צמיג חדש של מישלן 420, של הנקוק 290, כולל איזון וכיוון", []),
        ("כן, כאן איתי, הזמנתי ניידת צמיגים לשעה שתיים", [("name", "איתי")]),
        ("תבואו לעבודה שלי, רחוב הנרקיס 5, קריית גת, אני בחניון למטה",
         [("address", "רחוב הנרקיס 5, קריית גת")], "לאיזו כתובת לשלוח את הניידת?"),
        ("058-4421870 זה הנייד", [("phone", "058-4421870")]),
        (f"דיינרס, {grp(k_din, [4, 6, 4])}", [("card", grp(k_din, [4, 6, 4]))], "איך תשלם?"),
        ("הניידת יוצאת מאזור התעשייה עמק שרה ותהיה אצלך בין שתיים לשלוש", []),
    ]
    # --- I. trade-in at a car dealer (Russian immigrant) ---
    items += [
        ("שלום, מדברת נטע ממחלקת טרייד-אין, עם מי אני מדברת?", [("name", "נטע")]),
        ("כן, יבגניה פרלמן, אבל תקראי לי ז'ניה", [("name", "יבגניה פרלמן"), ("name", "ז'ניה")]),
        ("המאזדה 3 שלך משנת 2017, יד שנייה, 112 אלף קילומטר, במחירון זה 61,000 ואנחנו נותנים 58,500", []),
        (f"אפס חמש שתיים, {he_n('66', True)}, {he_n('31', True)}, {he_n('08', True)}, {he_d('9', True)}",
         [("phone", f"אפס חמש שתיים, {he_n('66', True)}, {he_n('31', True)}, {he_n('08', True)}, {he_d('9', True)}")],
         "מה הנייד שלך?"),
        (f"ת.ז. {grp(tz_i, [3])}", [("id", grp(tz_i, [3]))]),
        ("ז'ניה מקף פרלמן שטרודל יאהו נקודה קום", [("email", "ז'ניה מקף פרלמן שטרודל יאהו נקודה קום")]),
        (f"איי אל {he_d(ib_i[2:4])}, {grp(ib_i[4:], [3])}",
         [("iban", f"איי אל {he_d(ib_i[2:4])}, {grp(ib_i[4:], [3])}")],
         "את ההפרש נעביר לחשבון שלך, תני לי בבקשה IBAN"),
        ("עשרים ושמונה באוגוסט, אלף תשע מאות תשעים ואחת",
         [("date_of_birth", "עשרים ושמונה באוגוסט, אלף תשע מאות תשעים ואחת")], "ותאריך לידה?"),
        ("ז'בוטינסקי 7, קומה 4, רמת גן", [("address", "ז'בוטינסקי 7, קומה 4, רמת גן")], "וכתובת מגורים?"),
        (f"המקדמה 2,000 שקל, בכרטיס {grp(k_max, [4])}", [("card", grp(k_max, [4]))]),
        ("הרכב החדש יגיע לסניף בראשון לציון בסביבות ה-20 בחודש, תקבלי הודעה יומיים לפני", []),
    ]
    # --- J. municipal car park season ticket ---
    items += [
        ("היי, מדברת ליטל שושן, יש לי מנוי חודשי בחניון ואני רוצה להעביר אותו לרכב חדש", [("name", "ליטל שושן")]),
        ("המנוי 420 שקל לחודש, לתושבי העיר 250, והחיוב ב-10 לכל חודש", []),
        ("מספר הרכב החדש 123-45-678, לא סליחה, 123-46-678", []),
        (f"{he_d(tz_j[:3])}, {he_d(tz_j[3:6])}, {he_d(wrong)}, לא סליחה, {he_d(tz_j[6:])}",
         [("id", f"{he_d(tz_j[:3])}, {he_d(tz_j[3:6])}, {he_d(wrong)}, לא סליחה, {he_d(tz_j[6:])}")],
         "תעודת זהות בבקשה"),
        ("אני גרה בשדרות ירושלים 12, דירה 6, יפו, יש לי ספח", [("address", "שדרות ירושלים 12, דירה 6, יפו")]),
        ("אל, איי, טי, איי, אל, שושן, שטרודל וואלה נקודה קו נקודה איי אל",
         [("email", "אל, איי, טי, איי, אל, שושן, שטרודל וואלה נקודה קו נקודה איי אל")]),
        ("בעבודה 03-5271190, אחרי חמש רק בנייד", [("phone", "03-5271190")]),
        (f"ההוראת קבע מהחשבון, {ib_j}", [("iban", ib_j)]),
        ("חמש עשרה במאי 2001", [("date_of_birth", "חמש עשרה במאי 2001")], "תאריך לידה?"),
        (f"וכרטיס לגיבוי, {grp(k_mae, [4])}", [("card", grp(k_mae, [4]))]),
    ]
    # --- K. Carmel tunnels toll account, Haifa ---
    items += [
        ("מדבר איציק כהן, עברתי במנהרות ב-2 בספטמבר ב-17:40 וחויבתי פעמיים, 11.50 כל פעם", [("name", "איציק כהן")]),
        ("נווה שאנן, רחוב התשבי 60, חיפה", [("address", "נווה שאנן, רחוב התשבי 60, חיפה")], "הכתובת הרשומה אצלכם?"),
        ("פלוס 972 4 8 34 21 57", [("phone", "פלוס 972 4 8 34 21 57")], "טלפון ליצירת קשר?"),
        ("3/7/65", [("date_of_birth", "3/7/65")], "ותאריך לידה לאימות"),
        (f"תחזירו את החיוב הכפול לדיסקונט, {grp(ib_k, [4])}", [("iban", grp(ib_k, [4]))]),
        (f"ולחיובים הבאים תשאירו את הויזה, {grp(k_visa, [4])}", [("card", grp(k_visa, [4]))]),
        ("המנוי השנתי 180 שקל, והנסיעה עם מנוי 8.90 במקום 11.50", []),
    ]
    # --- L. reimbursement after a rental car accident ---
    items += [
        ("שלחנו לכם את החשבונית מהמוסך על 3,460 שקל כבר ב-12 ביולי, ועוד לא קיבלנו כלום", []),
        (f"החשבון במרכנתיל, {he_d(ib_l[4:7])} סניף {he_d(ib_l[7:10])}, והאייבן המלא {grp(ib_l, [4])}",
         [("iban", grp(ib_l, [4]))]),
        ("רחוב הדקל 9, כרמיאל, מיקוד 2161209", [("address", "רחוב הדקל 9, כרמיאל, מיקוד 2161209")],
         "לאיזו כתובת לשלוח את ההמחאה אם לא בהעברה?"),
        ("תשעה בנובמבר שבעים ותשע", [("date_of_birth", "תשעה בנובמבר שבעים ותשע")],
         "ותאריך הלידה של הנהג שהיה ברכב?"),
    ]
    # --- more non-personal lines from these calls ---
    items += [
        ("שלמה סיקסט נותנים לי 2,900 לחודש על אותו רכב, אתם יכולים להתאים?", []),
        ("קנינו את הרכב בקרסו, והאחריות היא 5 שנים או 100 אלף קילומטר, מה שבא קודם", []),
        ("אני תקוע בפקק באיילון דרום מול עזריאלי, אגיע בעשר ורבע במקום בעשר", []),
        ("הנהג יעבור במחלף גהה ואז ז'בוטינסקי עד הסוף, בערך 25 דקות", []),
        ("זה הרכב של אבא שלי, יונדאי i20 משנת 2014, מספר רישוי 56-871-32", []),
        ("ביום ראשון ה-3 בנובמבר יש לך תור לטיפול 15 אלף בשעה 7:30 בבוקר", []),
        ("דוח מהירות, 750 שקל ו-8 נקודות, המצלמה בכביש 4 ליד יבנה, 96 קמ\"ש באזור של 80", []),
        ("הדוח הגיע אחרי ארבעה חודשים, והחוק אומר שצריך לשלוח אותו תוך 120 יום", []),
        ("תודה רבה, יום טוב, ואל תשכח להחזיר עם מיכל מלא, אחרת זה 12 שקל לליטר", []),
        ("אוקיי אז הליסינג החדש, מאזדה CX-5, 2,790 לחודש ל-36 חודשים, 20 אלף קילומטר בשנה", []),
        ("המוסך המורשה של טויוטה בחולון זה שמעון ובניו, ברחוב המלאכה, הם פתוחים בשישי עד 12", []),
        ("אממ רגע, זה יוצא שבע מאות שלושים ושניים שקל ביחד עם המע\"מ? כי בהצעה היה כתוב 690", []),
    ]
    return items


LANGS["he"] = lambda: he_part1() + he_part2()

# ===========================================================================
# Greek
# ===========================================================================


def el_part1():
    afm_a = mk_afm("04821376")
    afm_b = mk_afm("12093857")
    afm_c = mk_afm("07735142")
    afm_d = mk_afm("13468920")
    k_visa = mk_card("476173920014558")
    k_mc = mk_card("516732004918862")
    ib_gr = mk_iban("GR", "01101250000000543217894")
    ib_cy = mk_iban("CY", "002001950000357014822691")
    items = []
    # --- A. car rental at Heraklion airport ---
    items += [
        ("Μινώα Ενοικιάσεις, καλησπέρα σας, είμαι η Κατερίνα, πώς μπορώ να βοηθήσω;", [("name", "Κατερίνα")]),
        ("Καλησπέρα, Θοδωρής Καραγιάννης εδώ, έχω κάνει κράτηση για ένα αυτοκίνητο από το Σάββατο.",
         [("name", "Θοδωρής Καραγιάννης")]),
        ("Βλέπω κράτηση για Fiat Panda από 12 μέχρι 19 Ιουλίου, 38 ευρώ τη μέρα, σύνολο 266 ευρώ με ΦΠΑ.", []),
        ("Έρχομαι με την πτήση A3 7102 από Θεσσαλονίκη, προσγειώνεται στις 11:40 το βράδυ.", []),
        ("Δεκαπέντε Μαρτίου του εβδομήντα οχτώ.", [("date_of_birth", "Δεκαπέντε Μαρτίου του εβδομήντα οχτώ")],
         "Θα χρειαστώ και την ημερομηνία γέννησης του οδηγού."),
        (f"Visa, {grp(k_visa, [4])}.", [("card", grp(k_visa, [4]))]),
        (f"{el_d('6974')}, {el_n('518')}, {el_n('233')}.",
         [("phone", f"{el_d('6974')}, {el_n('518')}, {el_n('233')}")], "Ένα κινητό τηλέφωνο;"),
        ("Ευχαριστώ πολύ κύριε Καραγιάννη, θα σας περιμένει συνάδελφος με ταμπελάκι στις αφίξεις.",
         [("name", "Καραγιάννη")]),
        ("θοδωρής τελεία καρ παπάκι gmail τελεία com", [("email", "θοδωρής τελεία καρ παπάκι gmail τελεία com")],
         "Και ένα email για την επιβεβαίωση;"),
        ("Η πλήρης ασφάλεια είναι 12 ευρώ τη μέρα και η εγγύηση 800 ευρώ δεσμεύεται στην κάρτα.", []),
        ("Εγνατίας 45, τρίτος όροφος, Θεσσαλονίκη, 546 30.",
         [("address", "Εγνατίας 45, τρίτος όροφος, Θεσσαλονίκη, 546 30")],
         "Τη διεύθυνση κατοικίας σας για το συμβόλαιο;"),
        (f"Θα ήθελα τιμολόγιο, το ΑΦΜ είναι {afm_a}.", [("id", afm_a)]),
    ]
    # --- B. roadside assistance on the national road ---
    items += [
        ("Οδική Βοήθεια, ο Νίκος σας μιλάει, πού βρίσκεστε;", [("name", "Νίκος")]),
        ("Παιδί μου, είμαι η Βασιλική Αθανασίου, αλλά όλοι με λένε Βάσω, μου έσκασε το λάστιχο στην Εθνική.",
         [("name", "Βασιλική Αθανασίου"), ("name", "Βάσω")]),
        ("Είμαι στην Αθηνών-Λαμίας, μετά τα διόδια Αφιδνών, στο ύψος του Καπανδριτίου, με κατεύθυνση Λαμία.", []),
        ("Το γερανό θα είναι εκεί σε σαράντα πέντε λεπτά περίπου, μείνετε πίσω από τις μπάρες.", []),
        (f"Το σταθερό μου είναι δύο δέκα, {el_n('612')}, {el_n('40')}, {el_n('83')}.",
         [("phone", f"δύο δέκα, {el_n('612')}, {el_n('40')}, {el_n('83')}")]),
        (f"Εεε, {el_d(afm_b[:3])}, {el_d(afm_b[3:6])}, περιμένετε να δω, {el_d(afm_b[6:])}.",
         [("id", f"{el_d(afm_b[:3])}, {el_d(afm_b[3:6])}, περιμένετε να δω, {el_d(afm_b[6:])}")],
         "Πείτε μου το ΑΦΜ σας να βρω το συμβόλαιο."),
        ("Να το πάτε στο σπίτι, Ηρακλείου 17, Νέα Σμύρνη.", [("address", "Ηρακλείου 17, Νέα Σμύρνη")],
         "Πού θέλετε να μεταφερθεί το αυτοκίνητο;"),
        ("Πρώτη Αυγούστου, χίλια εννιακόσια πενήντα εννιά.",
         [("date_of_birth", "Πρώτη Αυγούστου, χίλια εννιακόσια πενήντα εννιά")],
         "Και ημερομηνία γέννησης για επιβεβαίωση;"),
        ("Ο αριθμός συμβάντος είναι 4471 208, θα σας έρθει και μήνυμα στο κινητό.", []),
    ]
    # --- C. municipal parking ticket, Athens ---
    items += [
        ("Καλημέρα, λέγομαι Μαρίνα Κωστοπούλου και πήρα μια κλήση στάθμευσης που πιστεύω είναι λάθος.",
         [("name", "Μαρίνα Κωστοπούλου")]),
        ("Η κλήση έχει αριθμό 2024 115 870, για στάθμευση σε θέση φορτοεκφόρτωσης, 80 ευρώ, στις 14 Μαρτίου στην Πατησίων.", []),
        ("Αν την πληρώσετε μέσα σε 10 μέρες έχει έκπτωση 50%, δηλαδή 40 ευρώ.", []),
        (f"Το ΑΦΜ μου είναι {grp(afm_c, [3])}.", [("id", grp(afm_c, [3]))]),
        ("μαρίνα κάτω παύλα κωστ παπάκι yahoo τελεία gr", [("email", "μαρίνα κάτω παύλα κωστ παπάκι yahoo τελεία gr")],
         "Ένα email για να σας έρθει η απάντηση;"),
        ("Εντάξει Μαρίνα, η ένσταση καταχωρήθηκε και θα έχετε απάντηση σε 30 εργάσιμες.", [("name", "Μαρίνα")]),
        ("Η διεύθυνση είναι Πατησίων 201, διαμέρισμα 5, Αθήνα 112 53.",
         [("address", "Πατησίων 201, διαμέρισμα 5, Αθήνα 112 53")]),
        ("694 410 2587", [("phone", "694 410 2587")], "Και ένα τηλέφωνο επικοινωνίας;"),
    ]
    # --- D. motorway toll transponder ---
    items += [
        ("Γεια σας, είμαι ο Τάκης Δημητρίου, θέλω να βγάλω πομποδέκτη για τα διόδια.", [("name", "Τάκης Δημητρίου")]),
        ("Ο πομποδέκτης έχει 20 ευρώ εγγύηση και κάθε διέλευση στην Αττική Οδό είναι 2,80 με έκπτωση 15%.", []),
        (f"Η πάγια εντολή από τον λογαριασμό μου, {grp(ib_gr, [4])}.", [("iban", grp(ib_gr, [4]))]),
        (f"Για την πρώτη φόρτιση θα δώσω κάρτα, {el_d(k_mc[:4])}, {el_d(k_mc[4:8])}, {el_d(k_mc[8:12])}, {el_d(k_mc[12:])}.",
         [("card", f"{el_d(k_mc[:4])}, {el_d(k_mc[4:8])}, {el_d(k_mc[8:12])}, {el_d(k_mc[12:])}")]),
        (f"{afm_d} το ΑΦΜ, και γεννήθηκα στις 3/4/85.", [("id", afm_d), ("date_of_birth", "3/4/85")]),
        ("Τον παραλαμβάνετε από το κατάστημα στο Κορωπί ή σας τον στέλνουμε με courier σε 3 με 5 εργάσιμες.", []),
    ]
    # --- E. car leasing, Limassol (Cypriot) ---
    items += [
        ("Καλημέρα, Χριστιάνα που το Limassol Leasing, πώς μπορώ να σας βοηθήσω;", [("name", "Χριστιάνα")]),
        ("Καλημέρα, ο Αντρέας Χαραλάμπους είμαι, έχω το Corolla με leasing τζαι θέλω να δω πόσες δόσεις μου μείναν.",
         [("name", "Αντρέας Χαραλάμπους")]),
        ("Σας μείνασιν 18 δόσεις των 285 ευρώ, τζαι στο τέλος η υπολειμματική αξία είναι 6.400.", []),
        (f"Η δόση να φεύγει που τον λογαριασμό μου στην Τράπεζα Κύπρου, {grp(ib_cy, [4])}.", [("iban", grp(ib_cy, [4]))]),
        (f"{el_n('99')}, {el_n('34')}, {el_n('56')}, {el_n('12')}",
         [("phone", f"{el_n('99')}, {el_n('34')}, {el_n('56')}, {el_n('12')}")], "Το κινητό σας;"),
        ("Είκοσι δύο του έξι του ογδόντα εννιά.", [("date_of_birth", "Είκοσι δύο του έξι του ογδόντα εννιά")],
         "Ημερομηνία γέννησης για να σας εντοπίσω στο σύστημα;"),
        ("Όι, μετακομίσαμε, τωρά είμαστε στην Αγίου Νικολάου 8, διαμέρισμα 102, Λεμεσός 3025.",
         [("address", "Αγίου Νικολάου 8, διαμέρισμα 102, Λεμεσός 3025")], "Η διεύθυνσή σας έμεινε η ίδια;"),
        ("Εντάξει κύριε Αντρέα, να σας στείλω τη δήλωση στο email που έχουμε;", [("name", "Αντρέα")]),
        ("antreas.ch παπάκι cytanet τελεία com τελεία cy", [("email", "antreas.ch παπάκι cytanet τελεία com τελεία cy")]),
        ("Το MOT του αυτοκινήτου λήγει τον Οκτώβρη τζαι η άδεια κυκλοφορίας κοστίζει 135 τον χρόνο.", []),
    ]
    return items


def el_part2():
    afm_f = mk_afm("07362815")
    afm_g = mk_afm("11540786")
    afm_i = mk_afm("09914263")
    afm_j = mk_afm("16623054")
    k_mc2 = mk_card("222947103355816")
    k_v13 = mk_card("422905316728")
    k_cy = mk_card("492950118437726")
    k_din = mk_card("3056381920447")
    k_amex = mk_card("34095172630048")
    k_mae = mk_card("675934120087715509")
    ib_gr2 = mk_iban("GR", "01720390005039018273645")
    ib_gr3 = mk_iban("GR", "02600510000870200934517")
    ib_gr4 = mk_iban("GR", "01404710471002002648153")
    ib_cy2 = mk_iban("CY", "005004130000001032847195")
    ib_cy3 = mk_iban("CY", "018000020000004730019288")
    ib_de = mk_iban("DE", "120300001064738290")
    wrong = "3" if afm_f[5] != "3" else "4"
    items = []
    # --- F. garage service, Thessaloniki ---
    items += [
        ("Συνεργείο Αδελφοί Τσακίρη, η Μαίρη σας μιλάει.", [("name", "Μαίρη")]),
        ("Γεια σας, με λένε Ελένη Τσολάκη, θέλω να κλείσω ραντεβού για σέρβις στο Yaris.", [("name", "Ελένη Τσολάκη")]),
        ("Έχετε ραντεβού την Πέμπτη 6 Ιουνίου στις 8:30, η αλλαγή λαδιών με φίλτρα βγαίνει 95 ευρώ.", []),
        (f"Στο σπίτι, {el_n('231')}, {el_d('0')}, {el_n('458')}, {el_n('972')}",
         [("phone", f"{el_n('231')}, {el_d('0')}, {el_n('458')}, {el_n('972')}")], "Σε ποιο τηλέφωνο να σας πάρουμε;"),
        (f"Για το τιμολόγιο, {el_d(afm_f[:5])}, {el_d(wrong)}, όχι συγγνώμη, {el_d(afm_f[5:])}",
         [("id", f"{el_d(afm_f[:5])}, {el_d(wrong)}, όχι συγγνώμη, {el_d(afm_f[5:])}")]),
        ("ελένη παύλα τσολάκη παπάκι gmail τελεία com", [("email", "ελένη παύλα τσολάκη παπάκι gmail τελεία com")]),
        ("Αγίας Σοφίας 32, δεύτερος όροφος, Θεσσαλονίκη", [("address", "Αγίας Σοφίας 32, δεύτερος όροφος, Θεσσαλονίκη")],
         "Θέλετε να το παραλάβουμε από το σπίτι; Σε ποια διεύθυνση;"),
        (f"Θα πληρώσω με κάρτα, {grp(k_mc2, [4])}", [("card", grp(k_mc2, [4]))]),
        (f"Και την προκαταβολή για τα λάστιχα που δεν ήρθαν στον λογαριασμό μου, {grp(ib_gr3, [4])}",
         [("iban", grp(ib_gr3, [4]))]),
        ("Τα τακάκια μπροστά θέλουν αλλαγή, 140 ευρώ με τα εργατικά, και ο δίσκος άλλα 180 αν χρειαστεί.", []),
    ]
    # --- G. vehicle inspection (KTEO) booking, Patras ---
    items += [
        ("Εδώ Σπύρος Ανδριόπουλος, θέλω να κλείσω ραντεβού για ΚΤΕΟ, έληξε τον Απρίλη.", [("name", "Σπύρος Ανδριόπουλος")]),
        ("Το ΚΤΕΟ κοστίζει 55 ευρώ για επιβατικό, και η κάρτα καυσαερίων γίνεται μαζί, άλλα 15.", []),
        ("Υπάρχει διαθεσιμότητα την Τρίτη 14 Μαΐου στις 10:20 ή την Παρασκευή 17 στις 12:40.", []),
        (f"{el_n(afm_g[:3])}, {el_n(afm_g[3:5])}, {el_n(afm_g[5:7])}, {el_n(afm_g[7:9])}",
         [("id", f"{el_n(afm_g[:3])}, {el_n(afm_g[3:5])}, {el_n(afm_g[5:7])}, {el_n(afm_g[7:9])}")],
         "Το ΑΦΜ του ιδιοκτήτη;"),
        ("697-233-1480", [("phone", "697-233-1480")], "Και κινητό για την υπενθύμιση;"),
        ("Κορίνθου 118, Πάτρα 262 23", [("address", "Κορίνθου 118, Πάτρα 262 23")], "Η διεύθυνση του ιδιοκτήτη;"),
        ("spiros τελεία andriopoulos παπάκι hotmail τελεία com",
         [("email", "spiros τελεία andriopoulos παπάκι hotmail τελεία com")]),
        ("Είκοσι εννιά Φεβρουαρίου του ογδόντα οχτώ, ναι, δίσεκτο.",
         [("date_of_birth", "Είκοσι εννιά Φεβρουαρίου του ογδόντα οχτώ")], "Ημερομηνία γέννησης;"),
        (f"Μπορώ να πληρώσω από τώρα; Η κάρτα είναι {grp(k_v13, [4, 4, 5])}", [("card", grp(k_v13, [4, 4, 5]))]),
        ("Το Ρίο-Αντίριο είναι 15,20 για αυτοκίνητο, με το e-pass 13,70, αν έρθετε από Ναύπακτο.", []),
    ]
    # --- H. MOT and road tax, Nicosia (Cypriot) ---
    items += [
        ("Γεια σας, η Χρυστάλλα Γεωργίου είμαι, έκλεισα MOT για το Mazda τζαι θέλω να το αλλάξω.", [("name", "Χρυστάλλα Γεωργίου")]),
        ("Εν θέμα Χρυστάλλα, έχουμε την Τετάρτη στις εννιά τζαι μισή ή την Πέμπτη στις δύο.", [("name", "Χρυστάλλα")]),
        ("Το MOT εν 35 ευρώ, τζαι αν αποτύχει ο επανέλεγχος μέσα σε 30 μέρες εν δωρεάν.", []),
        (f"Το κινητό μου, συν τριακόσια πενήντα εφτά, {el_n('99')}, {el_n('71')}, {el_n('40')}, {el_n('63')}",
         [("phone", f"συν τριακόσια πενήντα εφτά, {el_n('99')}, {el_n('71')}, {el_n('40')}, {el_n('63')}")]),
        ("Αρχιεπισκόπου Μακαρίου Γ' 54, διαμέρισμα 3, Στρόβολος 2057",
         [("address", "Αρχιεπισκόπου Μακαρίου Γ' 54, διαμέρισμα 3, Στρόβολος 2057")], "Η διεύθυνσή σας;"),
        ("chrystalla.g at cablenet dot com dot cy", [("email", "chrystalla.g at cablenet dot com dot cy")]),
        ("12/11/1990", [("date_of_birth", "12/11/1990")], "Τζαι ημερομηνία γέννησης;"),
        (f"Τζαι να πληρώσω τωρά με κάρτα, {el_n(k_cy[:2])}, {el_n(k_cy[2:4])}, {el_n(k_cy[4:6])}, {el_n(k_cy[6:8])}, {el_n(k_cy[8:10])}, {el_n(k_cy[10:12])}, {el_n(k_cy[12:14])}, {el_n(k_cy[14:])}",
         [("card", f"{el_n(k_cy[:2])}, {el_n(k_cy[2:4])}, {el_n(k_cy[4:6])}, {el_n(k_cy[6:8])}, {el_n(k_cy[8:10])}, {el_n(k_cy[10:12])}, {el_n(k_cy[12:14])}, {el_n(k_cy[14:])}")]),
        (f"Την επιστροφή για το πρώτο ραντεβού στην Ελληνική, {grp(ib_cy2, [4])}", [("iban", grp(ib_cy2, [4]))]),
        ("Η άδεια κυκλοφορίας για 1600 κυβικά είναι 135 ευρώ τον χρόνο, τζαι το πρόστιμο για καθυστέρηση 17 τον μήνα.", []),
    ]
    # --- I. tyre shop, Larissa ---
    items += [
        ("Ελαστικά Θεσσαλίας, ο Κώστας, παρακαλώ.", [("name", "Κώστας")]),
        ("Θέλω τέσσερα λάστιχα 205/55 R16, τι έχετε; Το αμάξι είναι Golf του 2016.", []),
        ("Τα Michelin είναι 110 το ένα, τα Hankook 78, και με ζυγοστάθμιση και βαλβίδες βγαίνει 330 η τετράδα.", []),
        (f"Θέλω απόδειξη με ΑΦΜ, {afm_i}", [("id", afm_i)]),
        (f"{el_n('698')}, {el_n('120')}, {el_n('47')}, {el_n('59')}",
         [("phone", f"{el_n('698')}, {el_n('120')}, {el_n('47')}, {el_n('59')}")], "Ένα κινητό να σας ειδοποιήσουμε;"),
        ("Ο αριθμός παραγγελίας είναι 88120, θα έρθουν την Τετάρτη μετά τις δώδεκα.", []),
        (f"Diners, {grp(k_din, [4, 6, 4])}", [("card", grp(k_din, [4, 6, 4]))], "Πώς θα πληρώσετε την προκαταβολή;"),
        (f"Αν δεν έρθουν, επιστροφή στο {grp(ib_gr4, [4])}", [("iban", grp(ib_gr4, [4]))]),
    ]
    # --- J. lease buy-out, Corfu (British resident) ---
    items += [
        ("Καλημέρα, με λένε John Miller, μένω στην Κέρκυρα και έχω ένα Duster με leasing από εσάς.", [("name", "John Miller")]),
        ("Μάλιστα κύριε Miller, το συμβόλαιο ξεκίνησε τον Σεπτέμβριο του 2021 και λήγει σε 8 μήνες.", [("name", "Miller")]),
        ("Η εξαγορά τώρα είναι 7.850 ευρώ, αν περιμένετε τη λήξη πέφτει στα 6.200.", []),
        (f"Το ΑΦΜ μου, {el_n(afm_j[:3])}, {el_n(afm_j[3:6])}, {el_n(afm_j[6:])}",
         [("id", f"{el_n(afm_j[:3])}, {el_n(afm_j[3:6])}, {el_n(afm_j[6:])}")]),
        ("Μένω στην Κοντόκαλι, οδός Μαρίνας 6, Κέρκυρα 491 00", [("address", "Κοντόκαλι, οδός Μαρίνας 6, Κέρκυρα 491 00")]),
        ("26610 91234 το σταθερό, αλλά καλύτερα email, jmiller.corfu@btinternet.com",
         [("phone", "26610 91234"), ("email", "jmiller.corfu@btinternet.com")]),
        ("4 Μαΐου 1961", [("date_of_birth", "4 Μαΐου 1961")], "Την ημερομηνία γέννησης για την ταυτοποίηση;"),
        (f"Θα πληρώσω με Amex, {grp(k_amex, [4, 6, 5])}", [("card", grp(k_amex, [4, 6, 5]))]),
        (f"Τα υπόλοιπα από τον λογαριασμό της Πειραιώς, {grp(ib_gr2, [4])}", [("iban", grp(ib_gr2, [4]))]),
    ]
    # --- K. rental damage claim, Rhodes (German tourist) ---
    items += [
        ("Hello, καλησπέρα, είμαι η Stefanie Braun, νοικιάσαμε ένα αμάξι στη Ρόδο και μας χρέωσαν για μια γρατζουνιά.",
         [("name", "Stefanie Braun")]),
        ("Η χρέωση είναι 350 ευρώ, με ημερομηνία 21 Αυγούστου, και η σύμβαση είναι RHO-22871.", []),
        ("+49 171 4439 206", [("phone", "+49 171 4439 206")], "Ένα τηλέφωνο να σας βρούμε;"),
        ("stefanie.braun@web.de", [("email", "stefanie.braun@web.de")]),
        (f"Αν εγκριθεί η επιστροφή, {grp(ib_de, [4])}", [("iban", grp(ib_de, [4]))]),
        (f"Είχαμε πληρώσει με Maestro, {grp(k_mae, [4])}", [("card", grp(k_mae, [4]))]),
        ("Lindenstraße 14, 50674 Köln", [("address", "Lindenstraße 14, 50674 Köln")],
         "Η διεύθυνσή σας στη Γερμανία για την αλληλογραφία;"),
        ("Οχτώ Ιανουαρίου, ενενήντα τρία.", [("date_of_birth", "Οχτώ Ιανουαρίου, ενενήντα τρία")],
         "Και η ημερομηνία γέννησης του οδηγού που είναι στο συμβόλαιο;"),
        ("Ευχαριστούμε κυρία Braun, θα εξετάσουμε τις φωτογραφίες παραλαβής και θα σας απαντήσουμε μέσα σε 10 μέρες.",
         [("name", "Braun")]),
    ]
    # --- L. car rental, Paphos ---
    items += [
        ("Καλησπέρα, Γιαννάκης Ευαγγέλου, έκλεισα αυτοκίνητο στην Πάφο για τον γιο μου που έρκεται που το Λονδίνο.",
         [("name", "Γιαννάκης Ευαγγέλου")]),
        (f"Η εγγύηση των 300 να επιστραφεί στο {ib_cy3}, εν της Eurobank Κύπρου", [("iban", ib_cy3)]),
        ("Παραλαβή από το αεροδρόμιο της Πάφου στις 23:15, τζαι επιστροφή στις 30 του μηνός, 7 μέρες.", []),
    ]
    # --- more non-personal lines from these calls ---
    items += [
        ("Ο Σαρακάκης έχει προσφορά για το Honda Jazz, 19.900 ευρώ με απόσυρση μέχρι τέλος Ιουνίου.", []),
        ("Στη Λεωφόρο Συγγρού, μετά το Ωνάσειο, είναι το κατάστημα, είμαστε ανοιχτά μέχρι τις 9.", []),
        ("Το Peugeot 208 του 2019 με 64.000 χιλιόμετρα, πινακίδα ΙΖΤ 4821, το παρέδωσα στις 2 του μήνα.", []),
        ("Στην Εγνατία Οδό τα διόδια Μαλγάρων είναι 2,40 και της Πολυμύλου 4,70.", []),
        ("Θα περάσω από τη Γλυφάδα γύρω στις δύο, ανάμεσα στις δύο και τρεις δηλαδή.", []),
        ("Η τριετής εγγύηση ξεκίνησε τον Σεπτέμβριο του 2021, άρα καλύπτεστε μέχρι τον Σεπτέμβριο του 2024.", []),
        ("Ο αριθμός πλαισίου είναι VF3 7BHZ 2KS 04412, θέλω να δω αν υπάρχει ανάκληση για τους αερόσακους.", []),
        ("εντάξει άρα εκατόν ογδόντα πέντε ευρώ για το γερανό και άλλα σαράντα για την αποθήκευση το σαββατοκύριακο", []),
        ("Καλησπέρα, σας παίρνω από την Κοσμοκάρ για την ανάκληση, μπορείτε να φέρετε το αυτοκίνητο τη Δευτέρα 3 Μαρτίου;", []),
        ("Ο υπάλληλος στο Ελευθέριος Βενιζέλος μου είπε ότι το ρεζερβουάρ ήταν στο μισό, αλλά το χρέωσαν γεμάτο, 92 ευρώ.", []),
        ("Η κλήση από την κάμερα της λεωφορειολωρίδας είναι 100 ευρώ και αφαιρείται το δίπλωμα για 20 μέρες.", []),
        ("Στο τηλεφωνικό κέντρο μου έλεγαν δύο ώρες, τελικά ο γερανός ήρθε μετά από τρεις και κάτι, στις 6 παρά τέταρτο.", []),
        ("Το leasing για το Kia Ceed είναι 329 το μήνα για 48 μήνες, με 15.000 χιλιόμετρα τον χρόνο.", []),
        ("Στις 7 Ιανουαρίου μου ήρθε χρέωση 48,60 για διόδια που δεν πέρασα, στο Ακτίου-Αμβρακίας.", []),
    ]
    return items


LANGS["el"] = lambda: el_part1() + el_part2()

# ---- end of languages ----

if __name__ == "__main__":
    main()
