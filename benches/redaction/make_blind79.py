#!/usr/bin/env python3
"""Blind evaluation set "blind79" for the personal-data redactor of call transcripts.

Who wrote it and how: a helper session, working only from a written brief (the product's
specification of what counts as personal data, the output format, and the area to cover).
It never read the redactor, its rules, its tests, or any other evaluation set or generator.
Every value is invented; values with check digits (payment cards, IBANs, national IDs) are
computed in this script and asserted, and long numbers in non-personal text are asserted to
FAIL those checks.

Area: pets and vets -- veterinary clinics, out-of-hours emergency vets, pet insurance claims,
microchip registration, kennels, catteries and boarding, pet shops and food delivery,
grooming salons, dog training, pet travel paperwork, adoption from a rescue.

Output: data/redaction/blind79/{en,ar,he,el}.jsonl (relative to the repository root), one
JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  * kind: card, iban, id, phone, email, date_of_birth, name, address.
  * start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive (computed here by
    searching for the span's substring, then asserted).
  * context (optional, not scored): an earlier line of the same call.
  * Items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind79.py   (standard library only, deterministic)
"""
import json
import re
import sys
from pathlib import Path

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = Path(__file__).resolve().parents[2] / "data" / "redaction" / "blind79"

# --------------------------------------------------------------------------- check digits


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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    """partial = all digits but the check digit."""
    c = luhn_complete(partial)
    assert 13 <= len(c) <= 19, c
    return c


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
            "QA": 29, "KW": 30, "BH": 22, "LB": 28, "AT": 20, "BE": 16, "PT": 25}


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
    out = f"{country}{98 - num % 97:02d}{bban}"
    assert len(out) == IBAN_LEN[country], (out, len(out))
    assert iban_ok(out)
    return out


def g4(s):
    """IBAN in groups of four."""
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(d):
    if not (d.isdigit() and len(d) == 9):
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(d):
    if not (d.isdigit() and len(d) == 9) or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(partial8):
    for c in "0123456789":
        if afm_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def saudi_ok(d):
    return d.isdigit() and len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    assert partial9[0] in "12"
    out = luhn_complete(partial9)
    assert saudi_ok(out)
    return out


def ssn_ok(d):
    d = re.sub(r"[\s-]", "", d)
    if not (d.isdigit() and len(d) == 9):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 899 and a != 666 and g >= 1 and n >= 1


def id_ok(d):
    return tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)


def fails_all(d):
    """A long non-personal number must not pass any check."""
    d = re.sub(r"\D", "", to_ascii(d))
    bad = []
    if 13 <= len(d) <= 19 and luhn_ok(d):
        bad.append("luhn")
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        bad.append("tz/afm")
    if saudi_ok(d):
        bad.append("saudi")
    return not bad


def nonvalid(d):
    assert fails_all(d), d
    return d


# --------------------------------------------------------------------------- digit scripts

AR_INDIC = "٠١٢٣٤٥٦٧٨٩"
FA_INDIC = "۰۱۲۳۴۵۶۷۸۹"


def to_ascii(s):
    return s.translate(str.maketrans(AR_INDIC + FA_INDIC, "0123456789" * 2))


def ind(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(str.maketrans("0123456789", AR_INDIC))


# --------------------------------------------------------------------------- spoken numbers

EN_D = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
EN_TEEN = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
           "seventeen", "eighteen", "nineteen"]
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_digits(s, zero="zero", double=False, sep=", "):
    """'0412 345 678' -> 'oh four one two, three four five, ...' (groups kept)."""
    groups = re.split(r"[\s\-.]+", s.strip())
    out = []
    for g in groups:
        words, i = [], 0
        while i < len(g):
            w = zero if g[i] == "0" else EN_D[int(g[i])]
            if double and i + 2 < len(g) and g[i] == g[i + 1] == g[i + 2]:
                words.append("triple " + w)
                i += 3
            elif double and i + 1 < len(g) and g[i] == g[i + 1]:
                words.append("double " + w)
                i += 2
            else:
                words.append(w)
                i += 1
        out.append(" ".join(words))
    return sep.join(out)


def en_pair(p, zero="oh"):
    """'42' -> 'forty-two', '07' -> 'oh seven', '10' -> 'ten', '30' -> 'thirty'."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"{zero} {EN_D[b] if b else zero}"
    if a == 1:
        return EN_TEEN[b]
    return EN_TENS[a] + ("" if b == 0 else "-" + EN_D[b])


AR_MSA = ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_EG = ["صفر", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"]
AR_GULF = ["صفر", "واحد", "ثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]


def ar_digits(s, table=AR_MSA, sep=" "):
    groups = re.split(r"[\s\-.]+", to_ascii(s).strip())
    return sep.join(" ".join(table[int(c)] for c in g) for g in groups)


HE_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]
HE_TENS = ["", "עשר", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים",
           "תשעים"]
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]


def he_digits(s, table=HE_F, sep=" "):
    groups = re.split(r"[\s\-.]+", s.strip())
    return sep.join(" ".join(table[int(c)] for c in g) for g in groups)


def he_pair(p):
    """Two digits as a feminine number: '52' -> 'חמישים ושתיים', '07' -> 'אפס שבע'."""
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"אפס {HE_F[b]}"
    if a == 1:
        return HE_TEEN_F[b]
    return HE_TENS[a] + ("" if b == 0 else " ו" + HE_F[b])


GR_D = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
GR_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
GR_TENS = ["", "δέκα", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
GR_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def gr_digits(s, sep=" "):
    groups = re.split(r"[\s\-.]+", s.strip())
    return sep.join(" ".join(GR_D[int(c)] for c in g) for g in groups)


def gr_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return f"μηδέν {GR_D[b]}"
    if a == 1:
        return GR_TEEN[b]
    return GR_TENS[a] + ("" if b == 0 else " " + GR_D[b])


def gr_triple(p):
    a = int(p[0])
    if a == 0:
        return "μηδέν " + gr_pair(p[1:])
    rest = p[1:]
    if rest == "00":
        return GR_HUND[a]
    head = "εκατόν" if a == 1 else GR_HUND[a]
    if rest[0] == "0":
        return f"{head} {GR_D[int(rest[1])]}"
    return f"{head} {gr_pair(rest)}"


# ---------------------------------------------------------- spoken-number parser (checks)
# Used only to verify that card / iban / id spans written in words encode valid values.

def _lex():
    lex = {}
    for i, w in enumerate(EN_D):
        lex[w] = ("u", i)
    lex.update({"oh": ("u", 0), "o": ("u", 0), "nought": ("u", 0), "double": ("x", 2),
                "triple": ("x", 3)})
    for i, w in enumerate(EN_TEEN):
        lex[w] = ("teen", 10 + i)
    for i, w in enumerate(EN_TENS):
        if w:
            lex[w] = ("t", i)
    for tab in (AR_MSA, AR_EG, AR_GULF):
        for i, w in enumerate(tab):
            lex[w] = ("u", i)
    lex.update({"اربعة": ("u", 4), "اثنين": ("u", 2), "إثنين": ("u", 2), "ثمنية": ("u", 8),
                "زيرو": ("u", 0), "وحدة": ("u", 1), "جوج": ("u", 2), "زوج": ("u", 2),
                "تلاتة": ("u", 3), "ستّة": ("u", 6), "سته": ("u", 6), "خمسه": ("u", 5),
                "تسعه": ("u", 9), "سبعه": ("u", 7)})
    for tab in (HE_F, HE_M):
        for i, w in enumerate(tab):
            lex[w] = ("u", i)
    lex.update({"שתים": ("u", 2), "שנים": ("u", 2), "עשר": ("tsuf", 10),
                "עשרה": ("tsuf", 10)})
    for i, w in enumerate(HE_TENS):
        if i >= 2:
            lex[w] = ("t", i)
    for i, w in enumerate(GR_D):
        lex[w] = ("u", i)
    lex.update({"επτά": ("u", 7), "οκτώ": ("u", 8), "εννέα": ("u", 9), "μηδενικό": ("u", 0),
                "τέσσερις": ("u", 4), "τρεις": ("u", 3), "μία": ("u", 1), "ένας": ("u", 1)})
    for i, w in enumerate(GR_TEEN):
        lex[w] = ("teen", 10 + i)
    lex["δέκα"] = ("t", 1)
    lex.update({"δεκαεπτά": ("teen", 17), "δεκαοκτώ": ("teen", 18),
                "δεκαεννέα": ("teen", 19)})
    for i, w in enumerate(GR_TENS):
        if i >= 2:
            lex[w] = ("t", i)
    for i, w in enumerate(GR_HUND):
        if i:
            lex[w] = ("h", i)
    lex["εκατόν"] = ("h", 1)
    return lex


LEX = _lex()


def spoken_value(s):
    """Best-effort: words/digits/letters -> the string of digits and letters they encode."""
    s = to_ascii(s)
    raw = re.findall(r"[0-9]+|[A-Za-z]+|[^\W\d_]+", s.replace("-", " "))
    toks = []
    for r in raw:
        low = r.lower()
        if r.isdigit():
            toks.append(("lit", r))
        elif low in LEX:
            toks.append(LEX[low])
        elif r[0] in "וو" and r[1:] in LEX and len(r) > 2:
            c, v = LEX[r[1:]]
            toks.append(("w" + c, v))  # conjoined: 'ושתיים', 'وعشرين'
        elif r.isascii() and (len(r) == 1 or r.isupper()):
            toks.append(("lit", r.upper()))
    out, i = [], 0
    while i < len(toks):
        c, v = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else (None, None)
        if c == "lit":
            out.append(v)
        elif c == "x":
            assert nxt[0] == "u", s
            out.append(str(nxt[1]) * v)
            i += 1
        elif c == "h":
            n, j = v * 100, i + 1
            if j < len(toks) and toks[j][0] in ("t", "wt"):
                n += toks[j][1] * 10
                j += 1
                if j < len(toks) and toks[j][0] in ("u", "wu") and toks[j][1]:
                    n += toks[j][1]
                    j += 1
            elif j < len(toks) and toks[j][0] in ("teen", "u", "wu") and toks[j][1]:
                n += toks[j][1]
                j += 1
            out.append(f"{n:03d}")
            i = j - 1
        elif c in ("t", "wt"):
            n = v * 10
            if nxt[0] in ("u", "wu") and nxt[1] != 0:
                n += nxt[1]
                i += 1
            out.append(f"{n:02d}")
        elif c == "teen":
            out.append(str(v))
        elif c in ("u", "wu"):
            if nxt[0] == "tsuf":
                out.append(str(10 + v))
                i += 1
            elif nxt[0] == "wt":  # Arabic 'خمسة وعشرين' = 25
                out.append(f"{nxt[1] * 10 + v:02d}")
                i += 1
            else:
                out.append(str(v))
        elif c == "tsuf":
            out.append("10")
        i += 1
    return "".join(out)


# --------------------------------------------------------------------------- item builder


def build(lang, items):
    rows = []
    for n, it in enumerate(items):
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        where = f"{lang}#{n}: {text[:60]!r}"
        assert text == text.strip() and text, where
        enc = text.encode("utf-8")
        out, char_ranges = [], []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, where
            assert sub and sub == sub.strip(), (where, sub)
            idx = [m.start() for m in re.finditer(re.escape(sub), text)]
            assert idx, (where, "not found", sub)
            if occ is None:
                assert len(idx) == 1, (where, "ambiguous", sub)
                i = idx[0]
            else:
                i = idx[occ]
            start = len(text[:i].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert enc[start:end].decode("utf-8") == sub, where
            # the span must not cut a word in half
            assert i == 0 or not text[i - 1].isalnum(), (where, sub)
            j = i + len(sub)
            assert j == len(text) or not text[j].isalnum(), (where, sub)
            check_value(kind, sub, where)
            out.append({"kind": kind, "start": start, "end": end})
            char_ranges.append((i, j))
        out.sort(key=lambda d: d["start"])
        for a, b in zip(out, out[1:]):
            assert a["end"] <= b["start"], (where, "overlap")
        check_rest(text, char_ranges, where)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def check_value(kind, sub, where):
    if kind == "card":
        v = spoken_value(sub)
        assert v.isdigit() and 13 <= len(v) <= 19 and luhn_ok(v), (where, sub, v)
    elif kind == "iban":
        v = spoken_value(sub)
        assert iban_ok(v), (where, sub, v)
    elif kind == "id":
        v = spoken_value(sub)
        assert id_ok(v), (where, sub, v)
    elif kind == "phone":
        v = re.sub(r"\D", "", to_ascii(sub))
        if v:  # written with digits (maybe partly): a plausible length
            assert 7 <= len(spoken_value(sub)) <= 15, (where, sub, spoken_value(sub))


def check_rest(text, ranges, where):
    """Outside the spans, no digit run may pass a card / national-ID / IBAN check."""
    masked = list(to_ascii(text))
    for a, b in ranges:
        for k in range(a, b):
            masked[k] = "#"
    masked = "".join(masked)
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", masked):
        assert fails_all(m.group()), (where, m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}", masked):
        assert not iban_ok(m.group()), (where, m.group())


# --------------------------------------------------------------------------- the sets

SETS = {}

# ============================================================================ English
# Calls: A vet clinic in Leeds; B pet-insurance claim (UK); C microchip register (Ireland);
# D boarding kennels (Western Australia); E US emergency vet and vet financing; F grooming
# salon (Bristol); G pet-food delivery (Lagos); H pet relocation Riyadh -> Kochi; I dog rescue
# (Galway); J dog-training school (Portland); K vet clinic in Ra'anana, in English; L pet
# crematorium (Wales); M new pet-insurance policy (Manchester); N cattery (Paphos); O vet
# clinic (Chania); P vet dental financing (Santa Fe); Q pet-shop refund (Dubai); R mobile
# grooming van (Riyadh).


def grp(s, *sizes, sep=" "):
    """Split s into groups of the given sizes (the rest, if any, as a last group)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def en_iban_say(s, zero="zero"):
    parts = []
    for g in g4(s).split():
        letters = " ".join(ch for ch in g if ch.isalpha())
        digits = "".join(ch for ch in g if ch.isdigit())
        parts.append(" ".join(x for x in (letters, en_digits(digits, zero=zero) if digits
                                          else "") if x))
    return ", ".join(parts)


EN_C1 = card("492913057718402")       # Visa
EN_C2 = card("535118420966137")       # Mastercard
EN_C3 = card("37828100412367")        # Amex, 15
EN_C4 = card("417500329184655")       # Visa
EN_C5 = card("601104428873019")       # Discover
EN_C6 = card("222300481127659")       # Mastercard 2-series
EN_C7 = card("3056930902591")         # Diners, 14
EN_C8 = card("506099058032146718")    # Verve, 19
EN_I1 = iban("GB", "BARC20041573826419")
EN_I2 = iban("IE", "AIBK93208741529306")
EN_I3 = iban("GB", "NWBK55781602937745")
EN_I4 = iban("CY", "002001950000357002841931")
EN_I5 = iban("AE", "0330000019104477312")
EN_I6 = iban("SA", "80000000608010167519")
EN_I7 = iban("DE", "500105175407324931")
EN_I8 = iban("GR", "01721520005152094738261")
EN_T1 = tz("33851460")
EN_Q1 = saudi("241983306")            # Iqama
EN_S1 = saudi("107394825")            # Saudi national ID
EN_A1 = afm("14832097")
assert all(ssn_ok(x) for x in ("412-68-3057", "529-04-7781", "318-52-9904", "671-30-2248"))
EN_CHIP1 = nonvalid("985141002773516")   # microchip numbers: not personal

EN = []


def en(text, spans=(), ctx=None):
    EN.append((text, list(spans), ctx))


# A -- vet clinic, Leeds
en("Good morning, Kirkstall Road Vets, how can I help?")
en("Hiya, um, yeah, my name's Priya Chauhan, I'm ringing about my dog, he's been limping "
   "since Saturday.", [("name", "Priya Chauhan")])
en("He's called Biscuit, he's a cockapoo, he'll be four in June.",
   ctx="Oh no, bless him. And what's the dog's name?")
en("Yeah, it's oh seven seven double oh, nine oh oh, four eight two.",
   [("phone", "oh seven seven double oh, nine oh oh, four eight two")],
   ctx="Can I just take a contact number for you?")
en("We've got a slot at twenty past four this afternoon, or tomorrow at ten past nine.")
en("It's fifty-two fifty now, I'm afraid, the prices went up in January.")
en("So that's Priya Chauhan for Biscuit at 4:20 today, and bring his vaccination card.",
   [("name", "Priya Chauhan")])
en("Oh and while I'm on, I wanted to join the Healthy Pet Club, the fourteen ninety-nine a "
   "month one.")
en(f"yeah the iban is {en_iban_say(EN_I3, zero='oh')}", [("iban", en_iban_say(EN_I3, zero="oh"))],
   ctx="Lovely, that's by direct debit, so I'll need your bank details.")

# B -- pet-insurance claim
en("Thank you for calling Petwell Insurance, can I take your policy number please?")
en("Yes, hello love, it's P W four four seven one nine oh two.",
   ctx="Thank you for calling Petwell Insurance, can I take your policy number please?")
en("It's Margaret Doyle, but everyone calls me Peggy, and it's the fourteenth of February, "
   "nineteen fifty-one.",
   [("name", "Margaret Doyle"), ("name", "Peggy"),
    ("date_of_birth", "fourteenth of February, nineteen fifty-one")],
   ctx="And for security, can I have your full name and date of birth?")
en("Lovely, thank you. And this is for Toby, the Westie, is that right?")
en("That's right, he had his teeth done on the ninth, and the bill came to four hundred and "
   "eighty-six pounds forty.")
en("Okay, so your excess is ninety-nine pounds, and then we pay eighty percent of what's left.")
en(f"My son wrote it down for me, the IBAN, it's {g4(EN_I1)}.", [("iban", g4(EN_I1))],
   ctx="And where would you like the settlement paid?")
en("Your claim reference is C L M 2 0 8 8 3 1 7, and you should see the money in five to "
   "seven working days.")

# C -- microchip register, Ireland
en("Hi there, this is Ciarán Mac Giolla Phádraig, I need to change the address on my dog's "
   "chip.", [("name", "Ciarán Mac Giolla Phádraig")])
en(f"I do, yeah, it's {en_digits(grp(EN_CHIP1, 3, 3, 3, 3), zero='oh', double=True)}.",
   ctx="No problem. Have you the microchip number there?")
en("Grand, so that's a female collie called Nell, registered to an address in Tallaght.")
en("That's her. We're after moving down to Cork, the new address is 14 Ashgrove Park, "
   "Ballincollig, County Cork, P31 KF62.",
   [("address", "14 Ashgrove Park, Ballincollig, County Cork, P31 KF62")])
en("no that's changed its 086 318 4470 now", [("phone", "086 318 4470")],
   ctx="And is the mobile still the one ending eleven sixty-three?")
en("it's ciaran, c i a r a n, dot mac g, at gmail dot com",
   [("email", "ciaran, c i a r a n, dot mac g, at gmail dot com")],
   ctx="And an email, in case she's ever found?")
en("That's all updated. There's no charge for a change of address, only the premium tag is "
   "nineteen ninety-nine if you wanted it.")
en(f"go on so I'll take the tag the card is {grp(EN_C4, 4, 4, 4, sep='-')}",
   [("card", grp(EN_C4, 4, 4, 4, sep="-"))])

# D -- boarding kennels, Western Australia
en("G'day, Bushland Pet Resort, Kylie speaking.", [("name", "Kylie")])
en("Oh hi, it's Bron Fitzgerald here, I wanted to book the two dogs in over Christmas.",
   [("name", "Bron Fitzgerald")])
en("Drop-off on the twenty-second of December and pick up on the fourth, so that's thirteen "
   "nights.", ctx="No worries. What dates were you after?")
en("Righto, two large dogs at sixty-five a night each, that comes to one thousand six hundred "
   "and ninety dollars.")
en("We take a thirty percent deposit to hold it, so five hundred and seven. Card number when "
   "you're ready.")
en(f"Yep, it's a Mastercard, {en_digits(grp(EN_C2, 4, 4, 4), zero='oh')}.",
   [("card", en_digits(grp(EN_C2, 4, 4, 4), zero="oh"))])
en("Mobile's 0412 785 330, but I'll have it on silent in the mornings.",
   [("phone", "0412 785 330")], ctx="And best number to reach you over the break?")
en("They'll need the C5 vaccination within the last twelve months, and bring the certificate "
   "on the day.")
en("Just so you know, we're closed Christmas Day and Boxing Day, and pick-ups are between 8 "
   "and 11 on the fourth.")

# E -- US emergency vet, billing and vet financing
en("Thanks for holding, this is Marisol in the billing office.", [("name", "Marisol")])
en("Yeah hi, this is DeShawn Carter, my cat Pepper's in surgery right now.",
   [("name", "DeShawn Carter")])
en("Okay, so the estimate the doctor gave is between twenty-four hundred and thirty-one "
   "hundred dollars.")
en("Sure, it's four one two, six eight, three oh five seven.",
   [("id", "four one two, six eight, three oh five seven")],
   ctx="We partner with PetPay, it's twelve months no interest. I'll just need your social.")
en("August third, nineteen eighty-nine.", [("date_of_birth", "August third, nineteen eighty-nine")],
   ctx="And date of birth?")
en("4417 Cedar Ridge Drive, apartment 210, Austin, Texas 78745.",
   [("address", "4417 Cedar Ridge Drive, apartment 210, Austin, Texas 78745")],
   ctx="And your home address?")
en("my mom's gonna co-sign her social is 671-30-2248 and her birthday's 5/14/62",
   [("id", "671-30-2248"), ("date_of_birth", "5/14/62")])
en("Uh, fifty-eight, maybe sixty thousand a year.",
   ctx="And annual household income, roughly?")
en("Okay, you're approved up to thirty-five hundred. For the five hundred deposit today, "
   "what card?")
_s = f"{grp(EN_C5[:8], 4)}, {en_digits(EN_C5[8:12], zero='oh')}, {en_digits(EN_C5[12:], zero='oh')}"
en(f"Use the Discover. {_s}.", [("card", _s)])
en("five one two five five five oh one three four",
   [("phone", "five one two five five five oh one three four")],
   ctx="Best callback number for the surgeon?")

# F -- grooming salon, Bristol
en("ah hello yes it's tom whitaker here i was wondering if you had anything for a full groom "
   "next week", [("name", "tom whitaker")])
en("I've got Tuesday the 14th at half nine, or Thursday at one o'clock.")
en("Thursday suits. He's a miniature schnauzer, Alfie, about nine kilos.")
en("That's forty-two pound for the full groom, plus six for nails and teeth if you want them "
   "done.")
en("Smashing. Is it the shop on Gloucester Road still, by the Co-op?")
en("That's the one, opposite the Co-op. See you Thursday, Mr Whitaker.", [("name", "Whitaker")])
en("Oh, it's a landline, I'm afraid: oh one one seven, nine four six, oh two two one.",
   [("phone", "oh one one seven, nine four six, oh two two one")],
   ctx="Can I grab a number in case we finish early?")

SETS["en"] = EN


# G -- pet-food delivery, Lagos
en("Good afternoon, Pawfect Pet Supplies, my name is Chidinma, how may I help you?",
   [("name", "Chidinma")])
en("Good afternoon o. I'm Olumide Adeyemi, I want to order food for my Alsatian.",
   [("name", "Olumide Adeyemi")])
en("Two bags of the fifteen kilo Royal Canin Maxi Adult, and one of the big Pedigree bones.")
en("That's seventy-eight thousand naira per bag, so one hundred and fifty-six thousand, plus "
   "three thousand five hundred for delivery.")
en("Plot 14B, Admiralty Way, Lekki Phase 1, Lagos. It's the white gate opposite the filling "
   "station.", [("address", "Plot 14B, Admiralty Way, Lekki Phase 1, Lagos")],
   ctx="Where are we delivering to, sir?")
en("It's zero eight zero three, four one five, two two seven nine.",
   [("phone", "zero eight zero three, four one five, two two seven nine")],
   ctx="Alright sir. Your phone number for the dispatch rider?")
en(f"I'll pay with card. My card number is {grp(EN_C8, 4, 4, 4, 4)}.",
   [("card", grp(EN_C8, 4, 4, 4, 4))])
en("mide underscore adeyemi at yahoo dot com", [("email", "mide underscore adeyemi at yahoo dot com")],
   ctx="Okay sir. And an email for the receipt?")
en("Your order number is PPS 40917, the rider will call before he comes, between 2 and 5pm "
   "tomorrow.")

# H -- pet relocation, Riyadh to Kochi (Indian caller)
en("Good evening, SkyPaws Pet Relocation, this is Joy speaking.", [("name", "Joy")])
en("Hello, yes, good evening. My name is Anand Krishnan Nair. I'm in Riyadh and I need to move "
   "my cat to Kochi.", [("name", "Anand Krishnan Nair")])
_s = en_digits(grp(EN_Q1, 4, 3, 3), zero="oh", double=True)
en(f"Iqama is {_s}.", [("id", _s)],
   ctx="Sure sir. For the Saudi export permit we need your Iqama number.")
en("Date of birth as per passport is 11-06-1981.", [("date_of_birth", "11-06-1981")])
en("The rabies titer test was done on the fifth of March, the result was 2.3 IU per ml.")
en("We are flying on the 18th of May, Saudia flight SV 772, via Jeddah.")
en("plus nine six six, five five four one eight, two two nine zero",
   [("phone", "plus nine six six, five five four one eight, two two nine zero")],
   ctx="What's a good number on WhatsApp, sir?")
en("It's anand dot k dot nair at outlook dot com, all small letters.",
   [("email", "anand dot k dot nair at outlook dot com")])
en("Our fee for door-to-door is four thousand two hundred riyals, excluding the airline cargo "
   "charge of around 1,850.")
en(f"If you need to refund, my IBAN is {EN_I6}, it is Al Rajhi.", [("iban", EN_I6)])

# I -- dog rescue, Galway
en("Hi, it's Declan Fahy, I filled in the form for Rusty, the lurcher?",
   [("name", "Declan Fahy")])
en("Ah yes, we got it. The home check is booked for Saturday the 8th at eleven.")
en("So the address for the home check, that's Cnoc Mhuire, Lisheenkyle East, Claregalway, "
   "H91 R4T8?", [("address", "Cnoc Mhuire, Lisheenkyle East, Claregalway, H91 R4T8")])
en("Twelfth of the sixth, ninety-eight.", [("date_of_birth", "Twelfth of the sixth, ninety-eight")],
   ctx="We need adopters to be over twenty-one, so what's your date of birth?")
en("The adoption fee is two hundred and fifty euro, that covers the neutering, his vaccines "
   "and the chip.")
en("And I'd like to set up a monthly donation as well, ten euro, by direct debit.")
en(f"okay so the iban is {en_iban_say(EN_I2)}", [("iban", en_iban_say(EN_I2))],
   ctx="Lovely, thank you. The IBAN for that?")
en("Rusty's about three, we think, he came in on the 12th of November from the pound in Tuam.")

# J -- dog-training school, Portland
en("Hi! Um, so I'm Jenna, I just adopted a puppy and I wanted to sign up for the puppy class?",
   [("name", "Jenna")])
en("Awesome. The next six-week session starts Saturday, March 8th at 10 a.m., and it's $189.")
en("Her name's Waffles, she's fourteen weeks, she was born November 2nd.",
   ctx="What's the pup's name and how old is she?")
en("Kowalski. K, O, W, A, L, S, K, I.",
   [("name", "Kowalski"), ("name", "K, O, W, A, L, S, K, I")], ctx="And your last name, Jenna?")
en("It's j kowalski 93 at gmail dot com.", [("email", "j kowalski 93 at gmail dot com")])
en("So that's jkowalski93@gmail.com, and I'll text the waiver to the number you called from.",
   [("email", "jkowalski93@gmail.com")])

# K -- vet clinic in Ra'anana, in English (new immigrant)
en("Hi, Vet Center Ra'anana, Shira speaking.", [("name", "Shira")])
en("Hi, sorry, my Hebrew's not great, can we do English? It's Becky Goldstein, we just made "
   "aliyah and I need to register my cat.", [("name", "Becky Goldstein")])
en(f"Okay, it's {grp(EN_T1, 3, 3, 3)}.", [("id", grp(EN_T1, 3, 3, 3))],
   ctx="Sure, no problem. What's your teudat zehut number?")
en("The fourth of July, nineteen ninety-two, I know, I know.",
   [("date_of_birth", "fourth of July, nineteen ninety-two")], ctx="And your date of birth?")
en("We're at 112 Ahuza, apartment 9, Ra'anana, above the falafel place.",
   [("address", "112 Ahuza, apartment 9, Ra'anana")], ctx="And the address?")
en("My cell is oh five four, seven seven one, thirty-two oh eight.",
   [("phone", "oh five four, seven seven one, thirty-two oh eight")])
en("The rabies shot is mandatory every year here, it's 120 shekels, and the city license is "
   "separate.")

# L -- pet crematorium, Wales
en("Hello, Meadow View Pet Crematorium. I'm so sorry for your loss.")
en("Thank you. Yeah, it's Gareth Pritchard, we lost our old boy Bruno last night.",
   [("name", "Gareth Pritchard")])
en("An individual cremation with the ashes back in an oak casket is two hundred and sixty-five "
   "pounds.")
en("It's Tŷ Gwyn, 9 Heol y Felin, Pontypridd, CF37 2LU.",
   [("address", "Tŷ Gwyn, 9 Heol y Felin, Pontypridd, CF37 2LU")],
   ctx="We can collect him from home. What's the address, Gareth?")
en(f"Thanks, I've got {grp(EN_C1, 4, 4, 4, 4)}, expiry oh-six twenty-eight.",
   [("card", grp(EN_C1, 4, 4, 4, 4))])
en("And it's gareth.pritchard@btinternet.com for the certificate.",
   [("email", "gareth.pritchard@btinternet.com")])
en("Bruno should be back with you within five to seven working days.")


# M -- new pet-insurance policy, Manchester
en("Hiya, I'd like a quote for my kitten please. My name's Katrin Schäfer, it's usually "
   "S C H A E F E R on forms.", [("name", "Katrin Schäfer"), ("name", "S C H A E F E R")])
en("Twenty-third of September, eighty-six.",
   [("date_of_birth", "Twenty-third of September, eighty-six")],
   ctx="Thanks. And the policyholder's date of birth?")
en("Mochi was born on the 1st of August, so she's about ten weeks now.",
   ctx="And the kitten's date of birth?")
en("Flat 6, Albion Mill, 12 Pollard Street, Manchester, M4 7AJ.",
   [("address", "Flat 6, Albion Mill, 12 Pollard Street, Manchester, M4 7AJ")],
   ctx="And the address where the kitten lives?")
_s = en_digits(grp(EN_C3, 4, 6))
en(f"It's an Amex: {_s}.", [("card", _s)],
   ctx="Lifetime cover is eleven pounds sixty-two a month. How would you like to pay?")
en(f"And for claims, could you pay them into my German account? It's {g4(EN_I7)}.",
   [("iban", g4(EN_I7))])
en("katrin dot schaefer at web dot de", [("email", "katrin dot schaefer at web dot de")],
   ctx="And an email for the policy documents?")

# N -- cattery, Paphos
en("Hello dear, it's Maureen Ashworth, I've got the two Persians booked in for October.",
   [("name", "Maureen Ashworth")])
en("My mobile here is nine nine, four one, seven two, eight three.",
   [("phone", "nine nine, four one, seven two, eight three")])
en("Twenty-seven Agiou Georgiou Street, Peyia, it's the house with the blue shutters.",
   [("address", "Twenty-seven Agiou Georgiou Street, Peyia")],
   ctx="And your address here in Cyprus, for the invoice?")
en(f"Here's the card for the deposit, {grp(EN_C6, 4, 4, 4, 4)}.",
   [("card", grp(EN_C6, 4, 4, 4, 4))])
en(f"If we have to cancel, the refund goes to my Bank of Cyprus account, {g4(EN_I4)}.",
   [("iban", g4(EN_I4))])

# O -- vet clinic, Chania (British resident)
_s = en_digits(grp(EN_A1, 3, 3, 3), zero="oh")
en(f"It's {_s}.", [("id", _s)],
   ctx="Of course, for the invoice with the tax number I need your AFM please.")
en("nigel underscore hartley at hotmail dot co dot uk",
   [("email", "nigel underscore hartley at hotmail dot co dot uk")],
   ctx="We will email it. What is the email?")
en(f"Also the insurance paid you as well, so the eighty-five euro needs refunding, my Greek "
   f"IBAN is {g4(EN_I8)}.", [("iban", g4(EN_I8))])

# P -- vet dental financing, Santa Fe
en("Hi, this is Lupe Reyes, I'm calling about the VetCredit application for Coco's dental.",
   [("name", "Lupe Reyes")])
en("Sure, it's 529-04-7781.", [("id", "529-04-7781")],
   ctx="I can help with that. What's your full social security number?")
en("oh three seventeen seventy nine", [("date_of_birth", "oh three seventeen seventy nine")],
   ctx="And date of birth?")
en("Yes, 2206 West Alameda Street, Santa Fe, New Mexico 87507.",
   [("address", "2206 West Alameda Street, Santa Fe, New Mexico 87507")],
   ctx="And your current home address?")
en("my husband's co-signing his social is three one eight five two nine nine oh four and his "
   "birthday is December first nineteen seventy-six",
   [("id", "three one eight five two nine nine oh four"),
    ("date_of_birth", "December first nineteen seventy-six")])
en("The estimate is $1,240 with four extractions, anesthesia included, and the first payment "
   "isn't due for 30 days.")
_s = en_digits(grp(EN_C7, 4, 6), zero="oh")
en(f"Can I use my Diners Club for the deposit? {_s}.", [("card", _s)])

# Q -- pet-shop refund, Dubai
en(f"Please send it to my Emirates NBD account, {'A E ' + g4(EN_I5)[2:]}.",
   [("iban", "A E " + g4(EN_I5)[2:])],
   ctx="Hi, I returned a cat tree to your Al Barsha branch on the 2nd and the refund of 349 "
       "dirhams never came.")
en("zero five zero, six one four, twenty-two ninety-seven",
   [("phone", "zero five zero, six one four, twenty-two ninety-seven")],
   ctx="And a mobile number in case finance needs to call you?")

# R -- mobile grooming van, Riyadh (Saudi caller, English)
_s = en_digits(grp(EN_S1, 4, 3, 3), zero="oh")
en(f"it's {_s}", [("id", _s)],
   ctx="hey so I booked the mobile grooming van for my two cats on Thursday and the app is "
       "asking for my national ID")
en("Building 7419, Al Malqa district, Riyadh 13524, the van can park in front of the gate.",
   [("address", "Building 7419, Al Malqa district, Riyadh 13524")],
   ctx="And the address for the van?")
en("That's 280 riyals for two Persians, bath and trim, and the groomer arrives between 4 and 6.")


# ============================================================================ Arabic
# Calls: A vet clinic, Dubai (Emirati); B vet clinic, Riyadh (Najdi); C vet clinic, Cairo
# (Egyptian); D pet shop delivery, Amman (Jordanian); E vet clinic, Casablanca (Darija);
# F grooming salon, Beirut; G pet insurance, UAE (MSA agent); H cat boarding, Jeddah
# (Egyptian expat); I pet registration and microchips, Dubai (Syrian caller); J falcon
# hospital, Abu Dhabi; K equine vet, Qassim; L online pet shop, Riyadh (Sudanese caller);
# M cat breeder, Kuwaiti buyer; N pet travel certificate, Cairo; O neutering, Dammam
# (Jordanian expat); P animal-welfare adoption, Jeddah; Q aquarium shop, Sharjah.

LEX.update({w: ("t", n) for w, n in (
    ("عشرين", 2), ("ثلاثين", 3), ("تلاتين", 3), ("أربعين", 4), ("اربعين", 4), ("خمسين", 5),
    ("ستين", 6), ("سبعين", 7), ("ثمانين", 8), ("تمانين", 8), ("تسعين", 9))})
AR_EGZ = ["زيرو"] + AR_EG[1:]

AR_C1 = card("446404123987650")       # mada (Visa BIN)
AR_C2 = card("529741006238814")       # Mastercard
AR_C3 = card("507803441296072")       # Meeza
AR_C4 = card("404815732209461")       # Visa
AR_C5 = card("37694500183726")        # Amex, 15
AR_C6 = card("548692710435528")       # Mastercard
AR_C7 = card("422218630497")          # Visa, 13
AR_C8 = card("621483900127654380")    # UnionPay, 19
AR_I1 = iban("SA", "45000000182746530019")
AR_I2 = iban("SA", "80000504608016293748")
AR_I3 = iban("SA", "05000068201938475603")
AR_I4 = iban("AE", "0260001015837462910")
AR_I5 = iban("AE", "0350000000193847561")
AR_I6 = iban("JO", "ARAB1180000000118273645501")
AR_I7 = iban("EG", "0003014600000012938475016")
AR_I8 = iban("KW", "NBOK0000000000002019384756")
AR_N1, AR_N2, AR_N3, AR_N4 = (saudi(x) for x in ("109283746", "110592837", "104738291",
                                                  "112093847"))
AR_Q1, AR_Q2, AR_Q3, AR_Q4 = (saudi(x) for x in ("238475610", "245019283", "229384756",
                                                  "251938476"))
AR_CHIP1 = nonvalid("982000415362871")
AR_CHIP2 = nonvalid("784098100234567")

AR = []


def ar(text, spans=(), ctx=None):
    AR.append((text, list(spans), ctx))


# A -- vet clinic, Dubai
ar("مساء الخير، عيادة جميرا البيطرية، معك نورة، كيف أقدر أساعدك؟", [("name", "نورة")])
ar("مساء النور، أنا حمد المزروعي، أبا أحجز موعد حق القطوة، تطعيم السعار.",
   [("name", "حمد المزروعي")])
ar("عندنا يوم الأحد الساعة أربع ونص العصر، أو الاثنين الساعة عشر الصبح.")
ar("الأحد زين. القطوة اسمها لولو، شيرازي، عمرها سنتين تقريباً.")
_p = ar_digits("050 734 2918", AR_GULF, sep="، ")
ar(f"رقمي {_p}", [("phone", _p)], ctx="تمام، عطني رقم موبايلك لو سمحت.")
ar("تمام أستاذ حمد، التطعيم بمية وخمسة وثمانين درهم، والكشف مجاني مع التطعيم.",
   [("name", "حمد")])
ar("ايه، hamad.mz@outlook.com، كله سمول.", [("email", "hamad.mz@outlook.com")],
   ctx="وإيميلك عشان نرسل لك تذكير التطعيم الجاي؟")

# B -- vet clinic, Riyadh
ar("السلام عليكم، عيادة الملقا البيطرية، تفضل.")
ar("وعليكم السلام، معك سلطان العتيبي، أبي أسجل جرو هاسكي عندكم وأسوي له التطعيمات.",
   [("name", "سلطان العتيبي")])
ar(f"رقم الهوية {ind(AR_N1)}", [("id", ind(AR_N1))],
   ctx="حياك الله، أحتاج رقم الهوية الوطنية لو سمحت.")
ar("١٢/٧/١٤٠٥ هجري", [("date_of_birth", "١٢/٧/١٤٠٥")], ctx="وتاريخ الميلاد؟")
ar("العنوان الوطني حي الملقا، شارع أنس بن مالك، مبنى رقم ٧٨٢٣، الرمز البريدي ١٣٥٢١.",
   [("address", "حي الملقا، شارع أنس بن مالك، مبنى رقم ٧٨٢٣، الرمز البريدي ١٣٥٢١")])
ar("فتح الملف بخمسين ريال، وفحص الجرو مع أول تطعيم بثلاثمية وعشرين.")
ar(f"بدفع بمدى، الرقم {grp(ind(AR_C1), 4, 4, 4, 4)}", [("card", grp(ind(AR_C1), 4, 4, 4, 4))])
ar("جوالي ٠٥٥٣١٨٢٩٤٧ وعليه واتساب.", [("phone", "٠٥٥٣١٨٢٩٤٧")])
ar(f"رقم الشريحة حق الجرو {ind(AR_CHIP1)}، مكتوب في الجواز حقه.")
ar("الجرو مواليد ٢٠٢٤/٠١/١٥ حسب شهادة المربي، يعني عمره أربعة شهور.")

# C -- vet clinic, Cairo
ar("ألو، عيادة بيت الحيوان، مدينة نصر، أيوه يا فندم.")
ar("أيوه لو سمحتي، أنا منى عبد الفتاح، القطة بتاعتي مبطلة أكل من امبارح ومش بتتحرك خالص.",
   [("name", "منى عبد الفتاح")])
ar("طب ممكن رقم موبايل حضرتك يا مدام منى؟", [("name", "منى")])
_p = ar_digits("010 128 73456", AR_EGZ, sep="، ")
ar(f"أيوه، {_p}", [("phone", _p)])
ar("الكشف بميتين وخمسين جنيه، والدكتور موجود النهارده لحد الساعة تسعة بالليل.")
ar("الزيارة المنزلية بخمسمية جنيه زيادة، والعنوان فين بالظبط؟")
ar("١٤ شارع مكرم عبيد، الدور الرابع، شقة ١٢، مدينة نصر. جنب سيتي ستارز على طول.",
   [("address", "١٤ شارع مكرم عبيد، الدور الرابع، شقة ١٢، مدينة نصر")])
ar(f"هدفع بكارت ميزة، رقمه {grp(AR_C3, 4, 4, 4, 4)}", [("card", grp(AR_C3, 4, 4, 4, 4))])
ar("منى أندرسكور عبد الفتاح آت جيميل دوت كوم",
   [("email", "منى أندرسكور عبد الفتاح آت جيميل دوت كوم")],
   ctx="وإيميل حضرتك عشان نبعت الروشتة؟")

# D -- pet shop delivery, Amman
ar("مرحبا، بت زون، كيف بقدر أساعدك؟")
ar("أهلين، أنا لينا حداد، بدي أطلب رمل للقطط وكيسين أكل.", [("name", "لينا حداد")])
ar("الكيس الكبير بسبعة عشر دينار ونص، والرمل عليه عرض، كل اتنين بتسعة دنانير.")
ar("خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني. قريب من مخابز الحلبي.",
   [("address", "خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")], ctx="تمام، وين العنوان؟")
_p = ar_digits("079 512 3486", AR_EG, sep="، ")
ar(f"رقمي {_p}", [("phone", _p)])
ar(f"رح أدفع بالفيزا: {grp(ind(AR_C4), 4, 4, 4, 4)}", [("card", grp(ind(AR_C4), 4, 4, 4, 4))])
ar("التوصيل لخلدا دينارين، وبيوصلك خلال ساعتين إن شاء الله.")
ar(f"وكمان المرة الماضية بعتولي كيس غلط، وقالولي بيرجعولي المصاري على الحساب، الآيبان "
   f"{g4(AR_I6)}", [("iban", g4(AR_I6))])

# E -- vet clinic, Casablanca
ar("ألو، السلام عليكم، عيادة الأمل البيطرية، معاك سعاد.", [("name", "سعاد")])
ar("وعليكم السلام، سميتي يوسف بنعلي، عندي واحد الكلب مريض بزاف، ما بغاش ياكل هادي يومين.",
   [("name", "يوسف بنعلي")])
ar("واش تقدر تجي اليوم مع الخمسة ديال العشية؟ الفحص بمية وخمسين درهم.")
ar("ايه، النمرة ديالي هي 06 61 23 45 78", [("phone", "06 61 23 45 78")])
ar("كنسكن في زنقة ابن منير، رقم ١٧، الطابق الثالث، المعاريف، الدار البيضاء.",
   [("address", "زنقة ابن منير، رقم ١٧، الطابق الثالث، المعاريف، الدار البيضاء")])
ar("youssef.benali91@gmail.com، بالنقطة بين يوسف وبنعلي", [("email", "youssef.benali91@gmail.com")],
   ctx="عطيني الإيميل باش نصيفطو ليك الفاتورة.")
ar(f"نخلص بالكارط دابا؟ هاهي: {grp(AR_C6, 4, 4, 4, 4)}", [("card", grp(AR_C6, 4, 4, 4, 4))])
ar("التلقيح ديال السعار بمتين درهم، والكلب خاصو يرجع من بعد واحد وعشرين يوم.")

# F -- grooming salon, Beirut
ar("ألو بونجور، هابي باوز للغرومينغ.")
ar("هاي، أنا رنا خوري، بدي موعد لكلبتي، بودل صغيرة.", [("name", "رنا خوري")])
ar("عنا الخميس الساعة تلاتة، أو السبت عالعشرة الصبح.")
ar("الحمام والقص بخمسة وعشرين دولار، وقص الأظافر ببلاش.")
ar("رقمي ٠٣ ٤١٢ ٧٩٥، وإذا ما رديت ابعتيلي واتساب.", [("phone", "٠٣ ٤١٢ ٧٩٥")])
ar("ساكنة في الأشرفية، شارع مار متر، بناية الريحاني، الطابق الخامس.",
   [("address", "الأشرفية، شارع مار متر، بناية الريحاني، الطابق الخامس")],
   ctx="منقدر نجي ناخدها من البيت إذا بدك، وين ساكنة؟")
ar("ميرسي رنا، منشوفك الخميس، والتوصيل بخمس دولارات بس.", [("name", "رنا")])

SETS["ar"] = AR


# G -- pet insurance, UAE
ar("شكراً لاتصالك بشركة بت كير للتأمين، معك فاطمة، كيف يمكنني مساعدتك؟", [("name", "فاطمة")])
ar("مرحبا، أنا ريم الشامسي، أبا أأمن على قطتي.", [("name", "ريم الشامسي")])
ar("مواليد ٢٣ مارس ١٩٩٠.", [("date_of_birth", "٢٣ مارس ١٩٩٠")],
   ctx="بكل سرور. ممكن تاريخ ميلادك لو سمحتِ؟")
ar("القطة عمرها ثلاث سنوات، شيرازي، واسمها سكر، وهي مواليد ٢٠٢١/٥/١٠.")
ar("الباقة الذهبية بألف ومئتي درهم سنوياً، وتغطي ثمانين بالمئة من فواتير العيادة.")
ar("reem dot alshamsi ات هوتميل دوت كوم", [("email", "reem dot alshamsi ات هوتميل دوت كوم")],
   ctx="وما هو بريدك الإلكتروني لإرسال الوثيقة؟")
ar(f"بطاقة أمريكان إكسبريس، {grp(ind(AR_C5), 4, 6, 5)}", [("card", grp(ind(AR_C5), 4, 6, 5))])
ar(f"والتعويضات حولوها على الآيبان {g4(AR_I4)} في بنك الإمارات دبي الوطني.",
   [("iban", g4(AR_I4))])
ar("رقم الوثيقة PC-2024-118734، والتغطية تبدأ بعد أربعة عشر يوم من اليوم.")

# H -- cat boarding, Jeddah (Egyptian caller)
ar("أهلاً يا فندم، أنا أحمد عبد الرحمن، عايز أحجز للقطتين بتوعي فترة أجازة الصيف.",
   [("name", "أحمد عبد الرحمن")])
ar("من عشرين يونيو لحد تمانتاشر يوليو، يعني تمانية وعشرين ليلة.")
ar("الليلة بخمسة وسبعين ريال للقطة، والحجز الشهري عليه خصم خمستاشر في المية.")
_s = ar_digits(grp(AR_Q1, 4, 3, 3), AR_EG, sep="، ")
ar(f"رقم الإقامة {_s}", [("id", _s)], ctx="تمام، محتاجين رقم الإقامة عشان العقد.")
ar("واحد وعشرين أكتوبر سنة تمانين", [("date_of_birth", "واحد وعشرين أكتوبر سنة تمانين")],
   ctx="وتاريخ ميلادك زي ما هو في الإقامة؟")
ar("رقم جوالي ٠٥٠٤٢٧١٨٣٩، ولو مقفول كلم المدام.", [("phone", "٠٥٠٤٢٧١٨٣٩")])
ar(f"والدفع بالماستركارد، {grp(ind(AR_C2), 4, 4, 4, 4)}", [("card", grp(ind(AR_C2), 4, 4, 4, 4))])
ar("القطط لازم يكون معاهم شهادة تطعيم سارية، وآخر تطعيم كان في مارس اللي فات.")

# I -- pet registration and microchips, Dubai (Syrian caller)
ar("أهلاً وسهلاً، خدمة تسجيل الحيوانات الأليفة، تفضل.")
ar("مرحبا أخي، معك عمر الحلبي، بدي سجّل كلب جديد وغيّر عنوان القطة.", [("name", "عمر الحلبي")])
ar(f"رقم الشريحة {AR_CHIP2}، مكتوب على الكرت.")
ar("الراشدية، شارع ١٨، فيلا رقم ٤٢، دبي.", [("address", "الراشدية، شارع ١٨، فيلا رقم ٤٢، دبي")],
   ctx="ما هو العنوان الجديد؟")
ar("رقمي +971 56 219 8803 والإيميل omar dot halabi at yahoo dot com",
   [("phone", "+971 56 219 8803"), ("email", "omar dot halabi at yahoo dot com")])
ar("تاريخ الميلاد ٩ نيسان ١٩٨٧", [("date_of_birth", "٩ نيسان ١٩٨٧")],
   ctx="وتاريخ ميلاد المالك؟")
ar("رسوم التسجيل مية وخمسين درهم للكلب، والقطط معفاة لآخر السنة.")

# J -- falcon hospital, Abu Dhabi
ar("مستشفى أبوظبي للصقور، صباح الخير.")
ar("صباح النور، معك سيف الكتبي، عندي صقرين أبا أسوي لهم فحص قبل موسم المقناص.",
   [("name", "سيف الكتبي")])
ar("جواز الصقر رقمه ٠٠٤٧١٨، والحلقة رقم ٢٣٩٥٦.")
ar("الفحص الشامل بخمسمية وخمسين درهم للطير، والأشعة بمية وعشرين.")
ar("تمام بو راشد، الموعد يوم الثلاثاء الساعة تسع الصبح.", [("name", "بو راشد")])
ar(f"والعربون اللي دفعته العام رجعوه على الآيبان {g4(AR_I5)}", [("iban", g4(AR_I5))])

# K -- equine vet, Qassim
ar("السلام عليكم، معك فهد الدوسري، عندي فرس عرجاء من يومين وأبي الدكتور يجيني للمزرعة.",
   [("name", "فهد الدوسري")])
ar("أبشر، الزيارة الميدانية بستمية ريال، وإذا احتجنا أشعة متنقلة تزيد أربعمية.")
_s = ar_digits(grp(AR_N2, 4, 3, 3), AR_GULF, sep="، ")
ar(f"اكتب عندك، {_s}", [("id", _s)], ctx="عطني رقم الهوية الله يعافيك عشان أفتح لك ملف.")
ar("بريدة، حي الريان، شارع عمر بن الخطاب، مبنى ٣٣١٨",
   [("address", "بريدة، حي الريان، شارع عمر بن الخطاب، مبنى ٣٣١٨")],
   ctx="والعنوان الوطني حق المزرعة؟")
ar("خمسطعش رجب ألف وأربعمية وثنين", [("date_of_birth", "خمسطعش رجب ألف وأربعمية وثنين")],
   ctx="وتاريخ الميلاد بالهجري؟")
ar(f"وإذا فيه مبلغ يرجع، هذا الآيبان حقي {AR_I1}", [("iban", AR_I1)])
ar("الفرس اسمها شعلة، عمرها ست سنين، ومسجلة في نادي الفروسية برقم ٤٥١٢٠٩.")

# L -- online pet shop, Riyadh (Sudanese caller)
ar("السلام عليكم، معاك عثمان الطيب، أنا طلبت أكل للطيور من التطبيق وما وصل لسه.",
   [("name", "عثمان الطيب")])
ar("رقم الطلب ٨٨٢٠٣٤٥، طلبته يوم الأحد الصباح.")
ar(f"الإقامة {ind(AR_Q2)}", [("id", ind(AR_Q2))],
   ctx="معليش يا أخوي، رقم الإقامة المسجل في الحساب عشان أتأكد؟")
ar("العنوان عندنا حي السليمانية، شارع الأمير عبدالعزيز بن مساعد، عمارة ١٢، شقة ٤، صح؟",
   [("address", "حي السليمانية، شارع الأمير عبدالعزيز بن مساعد، عمارة ١٢، شقة ٤")])
ar("ايوة صاح، والإيميل othman.altayeb88@gmail.com", [("email", "othman.altayeb88@gmail.com")])
ar(f"الفرق أدفعه بالبطاقة، {AR_C7}", [("card", AR_C7)])
ar("حنرجع ليك تلاتين ريال كوبون، والشحنة بتوصلك بكرة بين تلاتة وسبعة المسا.")
ar(f"أحسن رجعوا القروش في حسابي، الآيبان {g4(AR_I2)}", [("iban", g4(AR_I2))])


# M -- cat breeder, Kuwaiti buyer
AR_LEV = ["صفر", "واحد", "تنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"]
LEX["تنين"] = ("u", 2)

ar("هلا، أنا دانة العنزي من الكويت، حجزت قطة سكوتش فولد من عندكم وأبي أعرف متى توصل.",
   [("name", "دانة العنزي")])
ar("الشحن للكويت تسعين دينار، والقطة لازم عمرها يكون فوق أربعة شهور قبل السفر.")
ar(f"حولت العربون من حسابي في الوطني، الآيبان {g4(AR_I8)}، تأكدوا منه.", [("iban", g4(AR_I8))])
_p = ar_digits("6998 2145", AR_GULF, sep="، ")
ar(f"رقمي {_p}", [("phone", _p)], ctx="وأي رقم نكلمك عليه لما توصل؟")
ar("الإيميل dana_q8@hotmail.com، في أندرسكور بين دانة وكيو ايت.",
   [("email", "dana_q8@hotmail.com")])
ar(f"والباقي بدفعه بالكريدت، {grp(AR_C8, 4, 4, 4, 4)}", [("card", grp(AR_C8, 4, 4, 4, 4))])
ar("القطة مولودة ثلاثة فبراير، لونها رمادي، واسمها عند المربي لونا.")

# N -- pet travel certificate, Cairo
ar("صباح الخير، أنا نرمين شوقي، مسافرة ألمانيا الشهر الجاي وعايزة أطلع شهادة صحية للكلب.",
   [("name", "نرمين شوقي")])
ar("الشهادة محتاجة تحليل أجسام مضادة للسعار، والنتيجة بتاخد حوالي تلات أسابيع.")
ar("أنا مواليد تلاتة تسعة أربعة وتسعين", [("date_of_birth", "تلاتة تسعة أربعة وتسعين")],
   ctx="عشان الاستمارة، تاريخ ميلاد حضرتك؟")
ar(f"ولو فيه استرداد لتمن التحليل، ده الآيبان بتاعي {g4(AR_I7)}", [("iban", g4(AR_I7))])
ar("نرمين دوت شوقي آت ياهو دوت كوم", [("email", "نرمين دوت شوقي آت ياهو دوت كوم")],
   ctx="والإيميل عشان نبعت عليه النتيجة؟")
ar("الطيارة يوم ١٤ الشهر الجاي، والكلب وزنه ستة كيلو فهيركب معايا في الكابينة.")

# O -- neutering, Dammam (Jordanian expat)
ar("مسا الخير، معك المهندس طارق الزعبي، عندي قط بدو عملية تعقيم.", [("name", "طارق الزعبي")])
_s = ar_digits(grp(AR_Q3, 4, 3, 3), AR_LEV, sep="، ")
ar(f"إقامتي {_s}", [("id", _s)], ctx="أهلين، رقم الإقامة لو سمحت؟")
ar("العملية بخمسمية وخمسين ريال شاملة التخدير، والقط لازم يكون صايم من الساعة عشرة بالليل.")
_p = ar_digits("054 678 1239", AR_LEV, sep="، ")
ar(f"جوالي {_p}", [("phone", _p)])
ar(f"بس الملف بدي ياه باسم مرتي، هويتها {grp(AR_N4, 1, 4, 5)}", [("id", grp(AR_N4, 1, 4, 5))])
ar("هي مواليد 1991/11/03", [("date_of_birth", "1991/11/03")], ctx="وتاريخ ميلادها؟")

# P -- animal-welfare adoption, Jeddah
ar("السلام عليكم، أنا نوف، شفت قطة في صفحتكم للتبني وحابة أتبناها.", [("name", "نوف")])
ar("رسوم التبني مية وخمسين ريال، تشمل التطعيمات والتعقيم والشريحة.")
ar(f"رقم الهوية {grp(AR_N3, 4, 3, 3)}", [("id", grp(AR_N3, 4, 3, 3))],
   ctx="حياكِ، نحتاج رقم الهوية والعنوان عشان الزيارة المنزلية.")
ar("حي الروضة، شارع صاري، عمارة ٩، شقة ٦، جدة.",
   [("address", "حي الروضة، شارع صاري، عمارة ٩، شقة ٦، جدة")], ctx="والعنوان؟")
ar("مواليد ٢٠٠٠/٠٨/١٧، يعني عمري أربعة وعشرين.", [("date_of_birth", "٢٠٠٠/٠٨/١٧")],
   ctx="لازم يكون عمرك فوق الواحد وعشرين، وش تاريخ ميلادك؟")
_s = "SA " + grp(ind(AR_I3[2:]), 2, 4, 4, 4, 4, 4)
ar(f"وإذا ما تمت الموافقة رجعوا الرسوم على الآيبان {_s}", [("iban", _s)])

# Q -- aquarium shop, Riyadh (Pakistani caller, Gulf pidgin)
ar("السلام عليكم، أنا اسمي عمران، أنا في اشتري حوض سمك كبير من محل حقكم.", [("name", "عمران")])
ar("الحوض مية وعشرين لتر، سعره ثمنمية وخمسين ريال مع الفلتر والإضاءة.")
ar(f"إقامة نمبر {ind(AR_Q4)}", [("id", ind(AR_Q4))], ctx="التوصيل يبي له تسجيل، عطني رقم الإقامة.")
_p = ar_digits("056 310 4482", AR_GULF)
ar(f"جوال {_p}، واتساب نفس", [("phone", _p)])
ar("التوصيل للعليا مجاني إذا الطلب فوق خمسمية، ويوصل بعد يومين.")


# ============================================================================ Hebrew
# Calls: A vet clinic, Tel Aviv; B municipal veterinary service, Bat Yam (Russian-speaking
# caller); C pet insurance (French-speaking caller); D pet shop delivery, Haifa (Arab
# caller); E boarding kennel on a moshav (Ethiopian-Israeli caller); F dog grooming,
# Givatayim (older caller); G night emergency vet, Jerusalem (Anglo caller); H dog trainer;
# I national dog register, microchip update; J online pet store refund; K equine vet,
# Nazareth (Arab caller); L pet cremation; M pet-insurance claim; N vet clinic, Be'er Sheva;
# O animal rescue adoption and donation; P pet-food subscription; Q cattery, Modiin.

HE_T = [tz(x) for x in ("31254876", "03361542", "05872219", "20473815", "33019264",
                        "06528143", "31897420", "21145608")]
HE_C1 = card("458003217865409")       # Visa
HE_C2 = card("532610984437126")       # Mastercard
HE_C3 = card("37491206635817")        # Amex, 15
HE_C4 = card("405873319920461")       # Visa
HE_C5 = card("540628117390254")       # Mastercard
HE_C6 = card("3611872009412")         # Diners, 14
HE_C7 = card("498765001237845")       # Visa
HE_C8 = card("358901452297806")       # JCB
HE_I = [iban("IL", x) for x in ("0108000000048213076", "0126120000000562817",
                                "0114230000000309175", "0205870000000127734",
                                "0316010000000284450", "0547410000000091826")]
HE_IFR = iban("FR", "30004014520001027834521")
HE_IGB = iban("GB", "LOYD30962417583920")
HE_CHIP1 = nonvalid("376098100273645")

HE = []


def he(text, spans=(), ctx=None):
    HE.append((text, list(spans), ctx))


# A -- vet clinic, Tel Aviv
he("מרפאה וטרינרית פלורנטין, מדברת שירן, איך אפשר לעזור?", [("name", "שירן")])
he("היי, שמי נועה אשכנזי, אני צריכה תור לחתול שלי, הוא מקיא מאתמול.",
   [("name", "נועה אשכנזי")])
he("יש לי היום בשש ועשרים, או מחר בבוקר בתשע וחצי.")
he("בדיקה זה מאתיים ושמונים שקל, ואם צריך אולטרסאונד זה עוד ארבע מאות.")
_p = he_digits("052 438 1967", sep=", ")
he(f"כן, {_p}", [("phone", _p)], ctx="מה הטלפון שלך?")
he("תודה נועה, נתראה בשש ועשרים. תביאי את פנקס החיסונים שלו.", [("name", "נועה")])

# B -- municipal veterinary service, Bat Yam
he("השירות הווטרינרי העירוני, שלום.")
he("שלום, אני יבגניה קוגן, אפשר ז'ניה, אני רוצה לעשות רישיון לכלב, עברנו לבת ים.",
   [("name", "יבגניה קוגן"), ("name", "ז'ניה")])
_s = he_digits(grp(HE_T[0], 3, 3, 3), HE_M, sep=", ")
he(f"תעודת זהות {_s}", [("id", _s)], ctx="בבקשה, מספר תעודת זהות?")
he("רחוב בלפור 88, דירה 14, בת ים.", [("address", "רחוב בלפור 88, דירה 14, בת ים")],
   ctx="ומה הכתובת החדשה?")
he("האגרה לכלב מעוקר היא חמישים ושבעה שקל לשנה, והחיסון נגד כלבת אצלנו ארבעים וחמש.")
he("הטלפון שלי 053-7214490, רק וואטסאפ לא עובד טוב.", [("phone", "053-7214490")])
he(f"מספר שבב שלו {HE_CHIP1}, בדיוק כמו בתעודה.")

# C -- pet insurance (French-speaking caller)
he("שלום, הגעתם לפטגארד ביטוח לחיות מחמד, מדבר אלון.", [("name", "אלון")])
he("בונז'ור, אה, שלום, קוראים לי אליאן בן שושן, אני רוצה לבטח את הכלבה שלי.",
   [("name", "אליאן בן שושן")])
he("תאריך לידה... ה-17 בנובמבר 1962.", [("date_of_birth", "17 בנובמבר 1962")],
   ctx="מה תאריך הלידה שלך?")
he("הכלבה בת חמש, לברדור, קוראים לה שוקו, והיא נולדה במרץ 2019.")
he("הפוליסה הבסיסית עולה מאה שלושים ותשעה שקל לחודש, עם השתתפות עצמית של ארבע מאות.")
he("אליאן נקודה בן שושן שטרודל אורנג' נקודה אף אר",
   [("email", "אליאן נקודה בן שושן שטרודל אורנג' נקודה אף אר")], ctx="ומה המייל?")
he(f"לתשלום, כרטיס {grp(HE_C1, 4, 4, 4, 4)}", [("card", grp(HE_C1, 4, 4, 4, 4))])
he(f"ואם יש החזר, יש לי עוד חשבון בצרפת, ה-IBAN הוא {g4(HE_IFR)}", [("iban", g4(HE_IFR))])

# D -- pet shop delivery, Haifa
he("חנות חיות הכרמל, שלום?")
he("אהלן, מדברת סמאח עודה, אני רוצה להזמין שק אוכל לחתולים ומצע.", [("name", "סמאח עודה")])
he("השק של עשרה קילו עולה מאתיים ועשרים, ויש מבצע, שניים בארבע מאות.")
he("הכתובת היא רחוב עבאס 27, קומה שלישית, חיפה. זה ליד הגנים הבהאיים.",
   [("address", "רחוב עבאס 27, קומה שלישית, חיפה")])
he("הנייד שלי 054-9917350, תתקשרו לפני שאתם עולים.", [("phone", "054-9917350")])
_s = f"{grp(HE_C2[:12], 4, 4)} {he_digits(HE_C2[12:])}"
he(f"משלמת בכרטיס, {_s}", [("card", _s)])
he("המשלוח לחיפה חינם מעל שלוש מאות, יגיע מחר בין עשר לשתיים.")

# E -- boarding kennel on a moshav
he("פנסיון הכפר לכלבים, שלום.")
he("שלום, אני אביטל ולדה, אני רוצה לשמור מקום לכלב שלנו לחופש של פסח.",
   [("name", "אביטל ולדה")])
he("מה-10 באפריל עד ה-19, תשעה לילות, מאה עשרים ללילה, סך הכול אלף שמונים.")
he("צריך מקדמה של שלושים אחוז. אפשר את מספר הכרטיס?")
_s = he_digits(grp(HE_C5, 4, 4, 4, 4), sep=", ")
he(f"כן, {_s}", [("card", _s)])
he("לנייד שלי, 050-6612873, אני תמיד עונה.", [("phone", "050-6612873")],
   ctx="ואם משהו קורה לכלב, לאיזה טלפון להתקשר?")
he("הכלב שלנו קוראים לו אריה, הוא בן שבע, והוא לא אוהב כלבים אחרים.")

# F -- dog grooming, Givatayim
he("הלו? זה המספרה לכלבים? כאן שולמית, שולי, מגבעתיים.", [("name", "שולמית"), ("name", "שולי")])
he("יש לי תור פנוי ביום רביעי באחת עשרה, או ביום חמישי בשתיים.")
he("רביעי טוב. זה פודל, שמונה קילו, תספורת מלאה.")
he("תספורת מלאה לפודל זה מאה שמונים, עם גזיזת ציפורניים מאתיים.")
he("אפס שלוש, חמש שבע שתיים, אחת אחת, ארבע שמונה",
   [("phone", "אפס שלוש, חמש שבע שתיים, אחת אחת, ארבע שמונה")], ctx="טלפון בבקשה?")
he("תודה רבה שולי, נתראה ברביעי באחת עשרה.", [("name", "שולי")])

SETS["he"] = HE


# G -- night emergency vet, Jerusalem (Anglo caller)
he("מוקד וטרינרי חירום ירושלים, שלום.")
he("היי, זה ג'ונתן וייס, sorry, יוני, הכלב שלי אכל שוקולד, חצי טבלה, מה עושים?",
   [("name", "ג'ונתן וייס"), ("name", "יוני")])
he("תביא אותו מייד. בדיקה בלילה זה ארבע מאות וחמישים, והשראת הקאה עוד מאתיים.")
he(f"כן, {grp(HE_T[1], 8, sep='-')}", [("id", grp(HE_T[1], 8, sep="-"))],
   ctx="מספר תעודת זהות, בבקשה?")
he("הכתובת: שדרות בן מיימון 33, דירה 2, רחביה.",
   [("address", "שדרות בן מיימון 33, דירה 2, רחביה")])
he("Twenty... סליחה, עשרים ושתיים ביוני, אלף תשע מאות שמונים ושמונה.",
   [("date_of_birth", "עשרים ושתיים ביוני, אלף תשע מאות שמונים ושמונה")],
   ctx="ותאריך לידה?")
he(f"יש לי אמריקן אקספרס, {grp(HE_C3, 4, 6, 5)}", [("card", grp(HE_C3, 4, 6, 5))])
he(f"ואם יהיה זיכוי, אפשר לחשבון שלי באנגליה? {g4(HE_IGB)}", [("iban", g4(HE_IGB))])

# H -- dog trainer
he("היי, אני גיא, מאלף כלבים, ראיתי שהשארת פרטים באינסטגרם.", [("name", "גיא")])
he("כן! אני עומר פרידמן, יש לי גור בן ארבעה חודשים שנושך הכול.", [("name", "עומר פרידמן")])
he("חבילה של שישה מפגשים זה אלף ומאתיים, מפגש בודד מאתיים וחמישים.")
he("omer.fr@gmail.com, עם נקודה אחרי עומר", [("email", "omer.fr@gmail.com")],
   ctx="תשלח לי מייל ואני אשלח לך את הסילבוס.")
he("נתחיל ביום ראשון בחמש אחר הצהריים בפארק הירקון, ליד הכניסה של רוקח.")

# I -- national dog register, microchip update
he("השירותים הווטרינריים, מאגר הכלבים הארצי, שלום.")
he("שלום, מדבר מוטי אזולאי, עברתי דירה ואני רוצה לעדכן את הכתובת של הכלבה.",
   [("name", "מוטי אזולאי")])
_s = he_digits(grp(HE_T[2], 3, 3, 3), sep=", ")
he(f"תעודת זהות... רגע... {_s}", [("id", _s)])
he("הכתובת החדשה היא מושב ניר גלים, משק 48. זה ליד אשדוד.",
   [("address", "מושב ניר גלים, משק 48")])
he("טלפון בבית 08-8593321", [("phone", "08-8593321")])
he("העדכון בלי תשלום, והשבב מקושר מעכשיו לכתובת החדשה.")

# J -- online pet store refund
he("שלום, קוראים לי דנה רוזן, הזמנתי מכם מזרקה לחתולים והיא הגיעה שבורה.",
   [("name", "דנה רוזן")])
he("מספר הזמנה 7730981, שילמתי ב-12 לחודש, מאה שישים ותשעה שקל.")
he(f"לזיכוי צריך IBAN? שלי זה {g4(HE_I[0])}", [("iban", g4(HE_I[0]))])
he("dana.rosen שטרודל walla נקודה co נקודה il",
   [("email", "dana.rosen שטרודל walla נקודה co נקודה il")], ctx="ומייל לאישור?")
he("תודה דנה, הזיכוי יעבור תוך עשרה ימי עסקים.", [("name", "דנה")])

# K -- equine vet, Nazareth
he("שלום, מדבר מוחמד זועבי מנצרת, אני צריך אישור בריאות לסוס בשביל תחרות.",
   [("name", "מוחמד זועבי")])
he(f"ת.ז. {HE_T[3]}", [("id", HE_T[3])])
he("נולדתי ב-3.6.1978", [("date_of_birth", "3.6.1978")], ctx="ותאריך לידה?")
he("הטלפון שלי 052-4471908", [("phone", "052-4471908")])
he("בדיקה לסוס בחווה, כולל נסיעה, זה שש מאות וחמישים, ובדיקת דם עוד מאה ושמונים.")
he("הסוס רשום בהתאחדות, מספר 20417, הוא יליד 2015.")

# L -- pet cremation
he("שלום, אני מתקשרת בקשר לשריפה של הכלבה שלנו, היא נפטרה הלילה.")
he("אני רונית חדד. אפשר לבוא לאסוף אותה מהבית?", [("name", "רונית חדד")])
he("כן, הכתובת רחוב הרצל 112, דירה 7, ראשון לציון.",
   [("address", "רחוב הרצל 112, דירה 7, ראשון לציון")])
he("שריפה פרטנית עם החזרת האפר בכד עץ זה אלף ומאה שקל, האיסוף עוד מאה וחמישים.")
he(f"כרטיס {grp(HE_C4, 4, 4, 4, 4)}, תוקף 09/27", [("card", grp(HE_C4, 4, 4, 4, 4))])
he("תשלחו את הקבלה ל-ronit.hadad1980@gmail.com", [("email", "ronit.hadad1980@gmail.com")])


# M -- pet-insurance claim
he("שלום, אורית פרץ, אני רוצה להגיש תביעה על ניתוח של החתולה.", [("name", "אורית פרץ")])
_t = HE_T[4]
_s = ", ".join(he_pair(_t[i:i + 2]) for i in range(0, 8, 2)) + ", " + HE_F[int(_t[8])]
he(f"{_s}", [("id", _s)], ctx="בשמחה. מספר תעודת זהות של בעלת הפוליסה?")
he("תאריך לידה שלושה במרץ שמונים ושבע", [("date_of_birth", "שלושה במרץ שמונים ושבע")])
he("הניתוח עלה שלושת אלפים ארבע מאות שקל, יש לי קבלה מה-5 לחודש.")
he("ההשתתפות העצמית שלך שלוש מאות, והפוליסה מכסה שמונים אחוז מהשאר.")
he(f"בנק הפועלים, IBAN {g4(HE_I[1])}", [("iban", g4(HE_I[1]))], ctx="לאיזה חשבון להעביר את הכסף?")
he("אורית קו תחתון פרץ שבעים ושבע שטרודל ג'ימייל נקודה קום",
   [("email", "אורית קו תחתון פרץ שבעים ושבע שטרודל ג'ימייל נקודה קום")],
   ctx="ולאיזה מייל לשלוח את האישור?")
he("מספר התביעה שלך 55-30918, תוך שבועיים תקבלי תשובה.")

# N -- vet clinic, Be'er Sheva
he("מרפאה וטרינרית באר שבע, שלום, במה אפשר לעזור?")
he("שלום, קוראים לי יוסף טגניה, אני רוצה לרשום גור חדש במרפאה.", [("name", "יוסף טגניה")])
he(f"התעודת זהות שלי {grp(HE_T[5], 3, 3, 3)}", [("id", grp(HE_T[5], 3, 3, 3))])
he("עשרים ושבעה בספטמבר, אלפיים ואחת", [("date_of_birth", "עשרים ושבעה בספטמבר, אלפיים ואחת")],
   ctx="תאריך לידה?")
he("הכתובת: שדרות רגר 40, כניסה ב', דירה 11, באר שבע",
   [("address", "שדרות רגר 40, כניסה ב', דירה 11, באר שבע")])
he("נייד אפס חמישים ושמונה, שש שבע שלוש, ארבעים וחמש, עשרים ושתיים",
   [("phone", "אפס חמישים ושמונה, שש שבע שלוש, ארבעים וחמש, עשרים ושתיים")])
he("חיסון ראשון לגור זה מאה עשרים, ותילוע חמישים. השבב והרישום עוד מאה שבעים.")
he(f"אני משלם בדיינרס, {grp(HE_C6, 4, 6)}", [("card", grp(HE_C6, 4, 6))])
he(f"ולתוכנית הבריאות בהוראת קבע, ה-IBAN שלי {HE_I[5]}", [("iban", HE_I[5])])

# O -- animal rescue adoption and donation (Russian-speaking caller)
he("שלום, אני ולדימיר פרלמן, אפשר וובה, אני רוצה לאמץ את החתול הג'ינג'י מהאתר.",
   [("name", "ולדימיר פרלמן"), ("name", "וובה")])
he("דמי אימוץ זה ארבע מאות שקל, כולל עיקור, חיסונים ושבב.")
he("אני גר ברחוב... כתובת: רחוב ויצמן 15, דירה 9, כפר סבא.",
   [("address", "רחוב ויצמן 15, דירה 9, כפר סבא")])
he("תאריך לידה חמישה ביולי, אלף תשע מאות חמישים ושש.",
   [("date_of_birth", "חמישה ביולי, אלף תשע מאות חמישים ושש")])
he(f"וגם אני רוצה לתרום כל חודש, חמישים שקל. IBAN {g4(HE_I[2])}", [("iban", g4(HE_I[2]))])
he("המייל vova.perlman@mail.ru, זה רוסי.", [("email", "vova.perlman@mail.ru")])
_s = he_digits(HE_T[6], HE_M)
he(f"{_s}", [("id", _s)], ctx="ומספר תעודת זהות, בשביל הקבלה למס?")

# P -- pet-food subscription
he("היי, זה עדי מזרחי, יש לי מנוי חודשי לאוכל לכלב ואני רוצה לשנות כרטיס.",
   [("name", "עדי מזרחי")])
he("תאריך לידה? בשביל מה? טוב, 14/02/1995.", [("date_of_birth", "14/02/1995")],
   ctx="לאימות, תאריך לידה בבקשה.")
he("המנוי שלך זה שק של שתים עשרה קילו כל ארבעה שבועות, מאתיים שמונים ותשעה שקל.")
_s = f"{grp(HE_C7[:8], 4)}, {he_digits(grp(HE_C7[8:], 4), sep=', ')}"
he(f"הכרטיס החדש: {_s}", [("card", _s)])
he("adi.mizrahi שטרודל hotmail נקודה com", [("email", "adi.mizrahi שטרודל hotmail נקודה com")])
he("ותעדכני גם כתובת, עברנו. סוקולוב 61, דירה 4, הרצליה.",
   [("address", "סוקולוב 61, דירה 4, הרצליה")])
he("המשלוח הבא יוצא ב-3 לחודש, ואפשר לדלג על משלוח עד יומיים לפני.")
he(f"ואם מגיע לי החזר על המשלוח שלא הגיע, {g4(HE_I[3])}", [("iban", g4(HE_I[3]))])

# Q -- cattery, Modiin
he("פנסיון החתולים מודיעין, שלום.")
he("שלום, מדברת מישל אוחיון, אני צריכה מקום לשני חתולים בחגים.", [("name", "מישל אוחיון")])
he("מהשלושה באוקטובר עד השנים עשר, תשעה לילות, שמונים שקל לחתול ללילה, סך הכול אלף ארבע "
   "מאות ארבעים.")
he(f'ת"ז שלי {grp(HE_T[7], 3, 3, 3, sep="-")}', [("id", grp(HE_T[7], 3, 3, 3, sep="-"))])
he(f"כרטיס {grp(HE_C8, 4, 4, 4, 4)}, על השם של בעלי.", [("card", grp(HE_C8, 4, 4, 4, 4))])
he("הכתובת לחשבונית: עמק איילון 24, דירה 16, מודיעין.",
   [("address", "עמק איילון 24, דירה 16, מודיעין")])
he("התאריך לידה שלי 08.08.90", [("date_of_birth", "08.08.90")])
he(f"והחזר, אם מבטלים, ל-IBAN {g4(HE_I[4])}", [("iban", g4(HE_I[4]))])
he("michelle.ohayon שטרודל יאהו נקודה קום", [("email", "michelle.ohayon שטרודל יאהו נקודה קום")],
   ctx="ומייל לאישור ההזמנה?")
he("החתולים צריכים חיסון מרובע בתוקף, ותביאי את האוכל שלהם, אנחנו לא מחליפים אוכל.")


# ============================================================================ Greek
# Calls: A vet clinic, Chalandri; B pet shop, Kalamaria (older caller); C pet insurance;
# D dog hotel, Koropi (older caller); E grooming, Heraklion; F municipal dog shelter
# adoption, Athens; G vet clinic, Limassol (Cypriot); H pet shop, Strovolos (Cypriot, older);
# I pet travel to the UK, Cyprus (young Cypriot); J pet-food e-shop complaint; K farm vet,
# Karditsa (sheepdogs); L pet cremation, Athens; M vet registration, Corfu (English
# resident); N pet-insurance claim, Cyprus; O vet clinic, Patras (student); P pet-sitting
# platform, Thessaloniki.

GR_A = [afm(x) for x in ("04837215", "12954308", "07421963", "13306847", "10298564",
                         "06715239", "11843072", "05192786")]
GR_C = [card(x) for x in ("455610832274019", "516732904418263", "479325108867140",
                          "531846670295581", "37625581904712", "402360117758932",
                          "558120437716094", "67595012893341772")]
GR_I = [iban("GR", x) for x in ("01101350000013529847102", "01722180005218046732915",
                                "02602450000510200394187", "01408150815002101067331",
                                "01101200000012093847561")]
CY_I = [iban("CY", x) for x in ("002001280000001200527600", "005002700000000118392046",
                                "018000010000000324578901")]
GR_CHIP1 = nonvalid("300098100452317")

EL = []


def el(text, spans=(), ctx=None):
    EL.append((text, list(spans), ctx))


# A -- vet clinic, Chalandri
el("Κτηνιατρείο Χαλανδρίου, καλημέρα, είμαι η Δέσποινα, πώς μπορώ να βοηθήσω;",
   [("name", "Δέσποινα")])
el("Καλημέρα, με λένε Κατερίνα Μαυρίδη, θέλω ένα ραντεβού για τη γάτα μου, δεν τρώει από χθες.",
   [("name", "Κατερίνα Μαυρίδη")])
el("Έχουμε σήμερα στις έξι και τέταρτο ή αύριο στις δέκα το πρωί.")
el("Η εξέταση είναι σαράντα πέντε ευρώ, και αν χρειαστεί αιματολογικός, άλλα εξήντα.")
el("έξι ενενήντα εφτά τετρακόσια δώδεκα τριάντα τρία ογδόντα οχτώ",
   [("phone", "έξι ενενήντα εφτά τετρακόσια δώδεκα τριάντα τρία ογδόντα οχτώ")],
   ctx="Ένα κινητό τηλέφωνο;")
el("Τέλεια, κυρία Μαυρίδη, σας περιμένουμε στις έξι και τέταρτο.", [("name", "Μαυρίδη")])
el("Είμαστε στην Κηφισίας, δίπλα στο φαρμακείο, απέναντι από τον Σκλαβενίτη.")

# B -- pet shop, Kalamaria (older caller)
el("Pet shop Καλαμαριάς, παρακαλώ.")
el("Ναι, γεια σας, είμαι ο Παναγιώτης Ιωαννίδης, ο Τάκης, ήρθα χθες για την τροφή του σκύλου.",
   [("name", "Παναγιώτης Ιωαννίδης"), ("name", "Τάκης")])
el("Θέλω δύο σακιά των δεκαπέντε κιλών, και να μου τα φέρετε σπίτι γιατί δεν σηκώνω βάρη.")
el("Το σακί είναι πενήντα οχτώ ευρώ, τα δύο εκατόν δεκαέξι, και η μεταφορά δωρεάν πάνω από "
   "εκατό.")
el("Μένω στην Κομνηνών 34, δεύτερος όροφος, Καλαμαριά.",
   [("address", "Κομνηνών 34, δεύτερος όροφος, Καλαμαριά")])
el("τηλέφωνο σπιτιού δύο τρία ένα μηδέν τέσσερα ένα οχτώ δύο δύο εφτά",
   [("phone", "δύο τρία ένα μηδέν τέσσερα ένα οχτώ δύο δύο εφτά")])
_s = gr_digits(grp(GR_A[0], 3, 3, 3), sep=", ")
el(f"Θέλω και απόδειξη με το ΑΦΜ μου, είναι {_s}", [("id", _s)])

# C -- pet insurance
el("Καλησπέρα σας, καλέσατε την Interpet Ασφαλιστική, πώς μπορώ να σας εξυπηρετήσω;")
el("Γεια σας, λέγομαι Ελένη Κωστοπούλου και θέλω να ασφαλίσω το σκυλάκι μου.",
   [("name", "Ελένη Κωστοπούλου")])
el("Ημερομηνία γέννησης δεκατέσσερις Ιουλίου του ογδόντα εννιά.",
   [("date_of_birth", "δεκατέσσερις Ιουλίου του ογδόντα εννιά")])
el("Ο Μπόμπος είναι τριών χρονών, κανίς, γεννήθηκε τον Μάρτιο του 2021.",
   ctx="Και το ζωάκι, πόσο χρονών είναι;")
el("Το βασικό πακέτο είναι δεκαεννιά και ενενήντα τον μήνα, με απαλλαγή πενήντα ευρώ.")
el(f"Βεβαίως, {GR_A[1]}", [("id", GR_A[1])], ctx="Και το ΑΦΜ σας για το συμβόλαιο;")
el("eleni κάτω παύλα kost παπάκι gmail τελεία com",
   [("email", "eleni κάτω παύλα kost παπάκι gmail τελεία com")], ctx="Ένα email;")
el(f"Για την πληρωμή, {grp(GR_C[0], 4, 4, 4, 4)}", [("card", grp(GR_C[0], 4, 4, 4, 4))])
el(f"Και οι αποζημιώσεις στον λογαριασμό μου, {g4(GR_I[0])}", [("iban", g4(GR_I[0]))])

# D -- dog hotel, Koropi (older caller)
el("Ξενοδοχείο σκύλων Κορωπί, λέγετε.")
el("Καλημέρα, είμαι η Σταυρούλα Μιχαηλίδου, η Σούλα, έχω φέρει και πέρσι τον Ρεξ.",
   [("name", "Σταυρούλα Μιχαηλίδου"), ("name", "Σούλα")])
el("Θα ήθελα από δέκα Αυγούστου μέχρι είκοσι πέντε, δεκαπέντε βράδια.")
el("Είναι είκοσι δύο ευρώ τη βραδιά, σύνολο τριακόσια τριάντα, και θέλουμε προκαταβολή εκατό.")
_s = ", ".join(gr_pair(GR_C[2][i:i + 2]) for i in range(0, 16, 2))
el(f"Ορίστε η κάρτα, {_s}", [("card", _s)])
el("Κινητό έξι εννιά τέσσερα, επτά δύο οχτώ, πέντε έξι μηδέν ένα",
   [("phone", "έξι εννιά τέσσερα, επτά δύο οχτώ, πέντε έξι μηδέν ένα")])
el("Του Αγίου Γεωργίου γεννήθηκα, είκοσι τρεις Απριλίου, του πενήντα οχτώ.",
   [("date_of_birth", "είκοσι τρεις Απριλίου, του πενήντα οχτώ")],
   ctx="Για την κάρτα μέλους, την ημερομηνία γέννησής σας;")
el("Ο Ρεξ χρειάζεται τα εμβόλια σε ισχύ και αντιπαρασιτικό, και να φέρετε την τροφή του.")

# E -- grooming, Heraklion
el("Γεια σας, θέλω ένα ραντεβού για κούρεμα, είμαι ο Μανώλης από τις Βούτες.",
   [("name", "Μανώλης")])
el("Έχω Πέμπτη στις έντεκα ή Σάββατο στις δώδεκα και μισή.")
el("Είναι ένα χάσκι, καμιά τριανταριά κιλά, θέλει και ξεβούρτσισμα γιατί αλλάζει τρίχωμα.")
el("Για χάσκι με ξεβούρτσισμα είναι εβδομήντα ευρώ, περίπου δύο ώρες.")
el("Το κινητό μου 6948 215 370", [("phone", "6948 215 370")])
el("Σας περιμένουμε το Σάββατο, Μανώλη, στη Λεωφόρο Κνωσού δίπλα στο φούρνο.",
   [("name", "Μανώλη")])

# F -- municipal dog shelter adoption, Athens
el("Δημοτικό Κυνοκομείο, καλησπέρα.")
el("Καλησπέρα, ονομάζομαι Αλέξανδρος Βλάχος, ενδιαφέρομαι να υιοθετήσω το λαμπραντόρ από τη "
   "σελίδα σας.", [("name", "Αλέξανδρος Βλάχος")])
el("Η υιοθεσία είναι δωρεάν, ο σκύλος είναι στειρωμένος, εμβολιασμένος και έχει τσιπ.")
_s = gr_digits(GR_A[2])
el(f"Το ΑΦΜ μου: {_s}", [("id", _s)])
el("Μένω στην Πατησίων 112, τρίτος όροφος, 11257 Αθήνα.",
   [("address", "Πατησίων 112, τρίτος όροφος, 11257 Αθήνα")])
el("12/03/1992", [("date_of_birth", "12/03/1992")],
   ctx="Πρέπει να είστε άνω των είκοσι ενός. Ημερομηνία γέννησης;")
el("Το email μου είναι alex.vlachos92@yahoo.gr", [("email", "alex.vlachos92@yahoo.gr")])
el(f"Ο αριθμός τσιπ του σκύλου είναι {GR_CHIP1}, θα τον δηλώσουμε στο όνομά σας.")

SETS["el"] = EL


# G -- vet clinic, Limassol (Cypriot)
el("Κτηνιατρείο Λεμεσού, καλημέρα σας.")
el("Καλημέρα, εν ο Χαράλαμπος Γεωργίου, ο Μπάμπης, ο σιύλλος μου κουτσαίνει που τη Δευτέρα.",
   [("name", "Χαράλαμπος Γεωργίου"), ("name", "Μπάμπης")])
el("Έσιει ραντεβού τζιαι σήμερα στις πέντε, εν τριάντα πέντε ευρώ η εξέταση.")
el("ενενήντα εννιά, τετρακόσια είκοσι εφτά, τριακόσια ογδόντα ένα",
   [("phone", "ενενήντα εννιά, τετρακόσια είκοσι εφτά, τριακόσια ογδόντα ένα")],
   ctx="Ένα τηλέφωνο να σας βρούμε;")
el("Οδός Γλάδστωνος 18, διαμέρισμα 302, 3041 Λεμεσός.",
   [("address", "Οδός Γλάδστωνος 18, διαμέρισμα 302, 3041 Λεμεσός")],
   ctx="Τζιαι η διεύθυνση σας;")
el(f"Αν εν να μου επιστρέψετε την προκαταβολή, ο λογαριασμός μου εν {g4(CY_I[0])}",
   [("iban", g4(CY_I[0]))])

# H -- pet shop, Strovolos (older Cypriot caller)
el("Γεια σου κόρη μου, εν η Ανδρούλλα Χαραλάμπους, θέλω να μου φέρετε άμμο για τες γάτες.",
   [("name", "Ανδρούλλα Χαραλάμπους")])
el("Η άμμος εν δώδεκα ευρώ ο σάκος, τζιαι πάνω που πενήντα ευρώ η παράδοση εν δωρεάν.")
el("Μένω Λεωφόρος Αθαλάσσης 45, Στρόβολος. Εν δίπλα που την εκκλησία.",
   [("address", "Λεωφόρος Αθαλάσσης 45, Στρόβολος")])
el(f"Η κάρτα εν {grp(GR_C[3], 4, 4, 4, 4)}", [("card", grp(GR_C[3], 4, 4, 4, 4))])
el("τηλέφωνο εν είκοσι δύο, τριακόσια δεκαπέντε, τετρακόσια εβδομήντα δύο",
   [("phone", "είκοσι δύο, τριακόσια δεκαπέντε, τετρακόσια εβδομήντα δύο")])
el("Ευχαριστώ κυρία Ανδρούλλα, θα σας τα φέρουμε αύριο το πρωί μεταξύ εννιά και δώδεκα.",
   [("name", "Ανδρούλλα")])

# I -- pet travel to the UK, Cyprus
el("Γεια σας, λέγομαι Μάριος Κωνσταντίνου, φεύγω για σπουδές στο Λονδίνο τζιαι θέλω να πάρω "
   "τη γάτα μου.", [("name", "Μάριος Κωνσταντίνου")])
el("Χρειάζεται διαβατήριο, εμβόλιο λύσσας τουλάχιστον είκοσι μία μέρες πριν το ταξίδι, τζιαι "
   "θεραπεία για ταινία.")
el("Γεννήθηκα στις 30 Ιανουαρίου 2003.", [("date_of_birth", "30 Ιανουαρίου 2003")],
   ctx="Για το πιστοποιητικό, ημερομηνία γέννησης του ιδιοκτήτη;")
el("marios.k03 παπάκι hotmail τελεία com", [("email", "marios.k03 παπάκι hotmail τελεία com")])
el("Το κινητό μου +357 96 184 250, έχω τζιαι Viber.", [("phone", "+357 96 184 250")])
el(f"Για την επιστροφή της εγγύησης, ο λογαριασμός μου εν {CY_I[1]}", [("iban", CY_I[1])])

# J -- pet-food e-shop complaint
el("Γεια σας, είμαι η Ιωάννα Δημητρίου, έκανα παραγγελία από το e-shop σας και ήρθε λάθος "
   "τροφή.", [("name", "Ιωάννα Δημητρίου")])
el("Ο αριθμός παραγγελίας είναι 100482936, πληρώθηκε στις 3 του μήνα, εξήντα τέσσερα και "
   "πενήντα.")
el(f"Θέλω επιστροφή χρημάτων, το IBAN μου {g4(GR_I[1])}", [("iban", g4(GR_I[1]))])
el("ioanna τελεία dim παπάκι outlook τελεία com",
   [("email", "ioanna τελεία dim παπάκι outlook τελεία com")],
   ctx="Ένα email για την επιβεβαίωση;")
el(f"Για το πιστωτικό θέλετε ΑΦΜ; {GR_A[3]}", [("id", GR_A[3])])
el(f"Και την καινούργια παραγγελία θα την πληρώσω με κάρτα, "
   f"{grp(GR_C[5], 4, 4, 4, 4, sep='-')}", [("card", grp(GR_C[5], 4, 4, 4, 4, sep="-"))])
el("Η επιστροφή θα γίνει σε πέντε με επτά εργάσιμες, και ο κούριερ θα περάσει να πάρει το "
   "δέμα την Τετάρτη.")

# K -- farm vet, Karditsa
el("Εμπρός; Ο γιατρός; Είμαι ο Θανάσης ο Τσιρίγος από τον Παλαμά, τα τσοπανόσκυλα έχουν ψώρα.",
   [("name", "Θανάσης"), ("name", "Τσιρίγος")])
el("Θα περάσω αύριο το μεσημέρι, η επίσκεψη στο χωριό είναι πενήντα ευρώ συν τα φάρμακα.")
_s = ", ".join(gr_triple(GR_A[4][i:i + 3]) for i in (0, 3, 6))
el(f"ΑΦΜ αγρότη, {_s}", [("id", _s)], ctx="Για την απόδειξη, το ΑΦΜ σας;")
el("Το τηλέφωνο του σπιτιού είναι 24410 22873", [("phone", "24410 22873")])
el("Καραϊσκάκη 7, Παλαμάς Καρδίτσας, το σπίτι με την κόκκινη πόρτα.",
   [("address", "Καραϊσκάκη 7, Παλαμάς Καρδίτσας")], ctx="Πού ακριβώς είναι το σπίτι σας;")
el("Είναι έξι σκυλιά, και οι δύο σκύλες είναι έγκυες, γεννάνε τον Νοέμβριο.")

# L -- pet cremation, Athens
el("Καλησπέρα, τηλεφωνώ για την αποτέφρωση του σκύλου μας, έφυγε σήμερα το πρωί.")
el("Με λένε Γιώργο Αλεξίου.", [("name", "Γιώργο Αλεξίου")],
   ctx="Λυπούμαστε πολύ. Με ποιον μιλάω;")
el("Η ατομική αποτέφρωση με επιστροφή της τέφρας είναι διακόσια ογδόντα ευρώ, η παραλαβή από "
   "το σπίτι τριάντα.")
el("Λεωφόρος Βουλιαγμένης 214, Άγιος Δημήτριος, τέταρτος όροφος.",
   [("address", "Λεωφόρος Βουλιαγμένης 214, Άγιος Δημήτριος, τέταρτος όροφος")],
   ctx="Η διεύθυνση για την παραλαβή;")
el(f"Θα σας κάνω έμβασμα από τον λογαριασμό μου, {g4(GR_I[4])}, για να το ταυτοποιήσετε.",
   [("iban", g4(GR_I[4]))])
el(f"Ή καλύτερα με κάρτα, {grp(GR_C[4], 4, 6, 5)}", [("card", grp(GR_C[4], 4, 6, 5))])


# M -- vet registration, Corfu (English resident)
el("Γεια σας, λέγομαι Sarah Whitfield, είμαι Αγγλίδα και θέλω να γράψω τα σκυλιά μου στο "
   "ιατρείο σας.", [("name", "Sarah Whitfield")])
el("Sorry, τα ελληνικά μου... ημερομηνία γέννησης 5 Μαΐου 1971.",
   [("date_of_birth", "5 Μαΐου 1971")])
el("Η διεύθυνση είναι Κάτω Κορακιάνα, οικία Whitfield, 49083 Κέρκυρα.",
   [("address", "Κάτω Κορακιάνα, οικία Whitfield, 49083 Κέρκυρα")])
el(f"ΑΦΜ έχω, {GR_A[5]}, το έβγαλα όταν αγόρασα το σπίτι.", [("id", GR_A[5])])
el("Email, sarah.whitfield@btinternet.com", [("email", "sarah.whitfield@btinternet.com")])
el("Η πρώτη επίσκεψη με εμβόλια για δύο σκυλιά βγαίνει ογδόντα πέντε ευρώ.")
el(f"Με κάρτα, {grp(GR_C[6], 4, 4, 4, 4)}", [("card", grp(GR_C[6], 4, 4, 4, 4))])
el(f"Και για την πάγια εντολή του προγράμματος υγείας, IBAN {g4(GR_I[3])}",
   [("iban", g4(GR_I[3]))])

# N -- pet-insurance claim, Nicosia
el("Καλημέρα, εν ο Κώστας Πετρίδης, θέλω να κάμω απαίτηση για την εγχείρηση της σιύλλας μου.",
   [("name", "Κώστας Πετρίδης")])
el("Αριθμός συμβολαίου PET 7730-2291, τζιαι η εγχείρηση ήταν στις δεκαοχτώ του μήνα, "
   "εξακόσια σαράντα ευρώ.")
el("Ημερομηνία γέννησης, εννιά του δώδεκα του εβδομήντα εννιά.",
   [("date_of_birth", "εννιά του δώδεκα του εβδομήντα εννιά")])
el(f"Τα λεφτά στον λογαριασμό μου, {g4(CY_I[2])}", [("iban", g4(CY_I[2]))])
el("kostas.petrides παπάκι cytanet τελεία com τελεία cy",
   [("email", "kostas.petrides παπάκι cytanet τελεία com τελεία cy")])
_s = gr_digits(grp(GR_C[1], 4, 4, 4, 4), sep=", ")
el(f"Τζιαι να πληρώσω τη δόση που χρωστώ, με κάρτα, {_s}", [("card", _s)])
el("Η απαίτηση θα εξεταστεί μέσα σε δέκα εργάσιμες, τζιαι η απαλλαγή σας εν εκατό ευρώ.")

# O -- vet clinic, Patras (student)
el("Γεια, είμαι η Νεφέλη, φοιτήτρια, βρήκα ένα γατάκι στον δρόμο και θέλω να το φέρω για "
   "έλεγχο.", [("name", "Νεφέλη")])
el("Για αδέσποτο που το υιοθετείτε, η πρώτη εξέταση είναι είκοσι ευρώ, και το τσιπ δεκαπέντε.")
el("Νεφέλη Αντωνίου, γεννημένη 17/9/2004.",
   [("name", "Νεφέλη Αντωνίου"), ("date_of_birth", "17/9/2004")],
   ctx="Ονοματεπώνυμο και ημερομηνία γέννησης για την καρτέλα;")
_s = f"{gr_digits(GR_A[6][:3])}, {GR_A[6][3:6]}, {GR_A[6][6:]}"
el(f"ΑΦΜ... {_s}", [("id", _s)])
el("nefeli.ant παπάκι upnet τελεία gr", [("email", "nefeli.ant παπάκι upnet τελεία gr")])
el("Μένω στην Κορίνθου 221, πέμπτος όροφος, Πάτρα.",
   [("address", "Κορίνθου 221, πέμπτος όροφος, Πάτρα")])
el("Το γατάκι είναι περίπου δύο μηνών, θηλυκό, και το λέω Πιπέρι.")
el(f"Θα πληρώσω με την κάρτα της μαμάς μου, {grp(GR_C[7], 4, 4, 4, 4)}",
   [("card", grp(GR_C[7], 4, 4, 4, 4))])

# P -- pet-sitting platform, Thessaloniki
el("Γεια σας, είμαι ο Στέφανος Καραγιάννης, θέλω να γραφτώ σαν pet sitter.",
   [("name", "Στέφανος Καραγιάννης")])
el("Η πλατφόρμα κρατάει δεκαπέντε τοις εκατό προμήθεια, και οι πληρωμές γίνονται κάθε "
   "δεκαπενθήμερο.")
el(f"ΑΦΜ {GR_A[7]}", [("id", GR_A[7])], ctx="Για τις πληρωμές χρειαζόμαστε ΑΦΜ και IBAN.")
el(f"Και το IBAN, {GR_I[2]}", [("iban", GR_I[2])])
el("Γεννήθηκα στις δεκαεννιά Φεβρουαρίου του 2000.",
   [("date_of_birth", "δεκαεννιά Φεβρουαρίου του 2000")])
el("stefanos.kar παπάκι gmail τελεία com", [("email", "stefanos.kar παπάκι gmail τελεία com")])
el("Μένω στην Εγνατίας 98, δεύτερος όροφος, Θεσσαλονίκη. Κοντά στην Καμάρα.",
   [("address", "Εγνατίας 98, δεύτερος όροφος, Θεσσαλονίκη")])
el("κινητό έξι εννιά εννιά, τρία ένα πέντε, εβδομήντα δύο, μηδέν οχτώ",
   [("phone", "έξι εννιά εννιά, τρία ένα πέντε, εβδομήντα δύο, μηδέν οχτώ")])
el("Οι περισσότερες κρατήσεις είναι για Αύγουστο και Χριστούγεννα, γύρω στα είκοσι ευρώ τη "
   "μέρα.")

# Q -- vet clinic front desk, routine questions (no personal data)
el("Καλημέρα, ήθελα να ρωτήσω τι ώρες είστε ανοιχτά το Σάββατο.")
el("Το Σάββατο από τις εννιά μέχρι τις δύο, και την Κυριακή μόνο για επείγοντα.")
el("Το επόμενο εμβόλιο του Λάκι είναι στις 14 Οκτωβρίου, το πολυδύναμο κοστίζει τριάντα πέντε "
   "ευρώ.")
el("Το αντιπαρασιτικό κολάρο κρατάει οχτώ μήνες, το μεγάλο μέγεθος κάνει σαράντα δύο ευρώ.")
el("Η γάτα ζυγίζει τέσσερα κιλά και τριακόσια γραμμάρια, πρέπει να χάσει μισό κιλό μέχρι τον "
   "Ιανουάριο.")
el("Ο λογαριασμός σας είναι διακόσια δώδεκα ευρώ, με την έκπτωση δέκα τοις εκατό βγαίνει εκατόν "
   "ενενήντα και ογδόντα.")


# (languages are appended below)


# --------------------------------------------------------------------------- main


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang, items in SETS.items():
        rows = build(lang, items)
        with open(OUT_DIR / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = {}
        for r in rows:
            for s in r["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(f"{lang}: {len(rows)} items, {sum(kinds.values())} spans, {empty} non-personal;",
              " ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS))


if __name__ == "__main__":
    sys.exit(main())
