#!/usr/bin/env python3
"""Blind held-out evaluation set "blind12" for the call-transcript redactor.

Who wrote it and how: a helper session, working only from a written brief (the product's
specification of what counts as personal data, and the format below). It never opened, listed
or read the redactor, its rules, its tests or any other evaluation set or generator. All values
are invented; every check-digit value (cards, IBANs, national IDs) is computed here, and the
long numbers of the non-personal items are asserted to fail those checks.

Output: data/redaction/blind12/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: card, iban, id, phone, email, date_of_birth, name, address
  - start/end: BYTE offsets into the UTF-8 encoding of text (end exclusive), found by
    searching for each span's substring and asserted.
  - context (optional, not scored): an earlier line of the same call.
  - items with empty spans are non-personal and must come out unchanged.

Standard library only; deterministic. Run: python3 benches/redaction/make_blind12.py
"""
import json
import os
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                       "data", "redaction", "blind12")

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


def card(prefix, length):
    """A payment card number of `length` digits starting with `prefix` (Luhn valid)."""
    assert 13 <= length <= 19
    body = prefix
    filler = "739204816537204918"
    i = 0
    while len(body) < length - 1:
        body += filler[i % len(filler)]
        i += 1
    c = luhn_complete(body)
    assert luhn_ok(c) and len(c) == length
    return c


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "QA": 29, "KW": 30,
            "BH": 22, "LB": 28, "TR": 26, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(country, bban):
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_num(bban + country + "00") % 97
    s = f"{country}{check:02d}{bban}"
    assert iban_ok(s) and len(s) == IBAN_LEN[country], (s, len(s))
    return s


def grouped(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    t = 0
    for i, ch in enumerate(d):
        p = int(ch) * (1 if i % 2 == 0 else 2)
        t += p - 9 if p > 9 else p
    return t % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError(prefix8)


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(prefix8):
    s = sum(int(prefix8[i]) * 2 ** (8 - i) for i in range(8))
    v = prefix8 + str(s % 11 % 10)
    assert afm_ok(v)
    return v


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(prefix9):
    assert prefix9[0] in "12" and len(prefix9) == 9
    v = luhn_complete(prefix9)
    assert saudi_ok(v)
    return v


def ssn_ok(d):
    m = re.fullmatch(r"(\d{3})[\s\-]?(\d{2})[\s\-]?(\d{4})", d.strip())
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and s != "0000"


def id_ok(d):
    return tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)


def np(s):
    """A non-personal number: assert it fails every check-digit test that could apply."""
    d = re.sub(r"\D", "", s)
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), ("passes Luhn", s)
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), ("passes TZ/AFM", s)
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), ("passes Saudi", s)
    assert not iban_ok(s), s
    return s

# ---------------------------------------------------------------- spoken numbers

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ",,twenty,thirty,forty,fifty,sixty,seventy,eighty,ninety".split(",")

AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEEN = {
    "std": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
            "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "egy": ["عشرة", "حداشر", "اتناشر", "تلاتاشر", "أربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر",
            "تمنتاشر", "تسعتاشر"],
}
AR_TENS = {
    "std": ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "egy": ["", "", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}
AR_UNIT_IN_COMPOUND = {  # unit before "و" + tens
    "std": ["", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "egy": ["", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
}
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

HE_D = {"f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
        "m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()}
HE_TEEN = {"f": ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
                 "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"],
           "m": ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
                 "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]}
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]

EL_D = {"col": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
        "formal": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()}
EL_TEEN = {"col": ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
                   "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"],
           "formal": ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
                      "δεκαέξι", "δεκαεπτά", "δεκαοκτώ", "δεκαεννέα"]}
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = {"col": ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
                   "εφτακόσια", "οχτακόσια", "εννιακόσια"],
           "formal": ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια",
                      "εξακόσια", "επτακόσια", "οκτακόσια", "εννιακόσια"]}


def _digit(lang, ch, o):
    n = int(ch)
    if lang == "en":
        return "oh" if (n == 0 and o.get("oh")) else EN_D[n]
    if lang == "ar":
        return AR_D[o.get("dia", "lev")][n]
    if lang == "he":
        return HE_D[o.get("g", "f")][n]
    return EL_D[o.get("reg", "col")][n]


def _pair(lang, two, o):
    n = int(two)
    t, u = divmod(n, 10)
    if lang == "en":
        if t == 1:
            return EN_TEEN[u]
        return EN_TENS[t] + ((o.get("hy", "-") + EN_D[u]) if u else "")
    if lang == "ar":
        k = "egy" if o.get("dia") == "egy" else "std"
        if t == 1:
            return AR_TEEN[k][u]
        return (AR_UNIT_IN_COMPOUND[k][u] + " و" if u else "") + AR_TENS[k][t]
    if lang == "he":
        g = o.get("g", "f")
        if t == 1:
            return HE_TEEN[g][u]
        return HE_TENS[t] + ((" ו" + HE_D[g][u]) if u else "")
    reg = o.get("reg", "col")
    if t == 1:
        return EL_TEEN[reg][u]
    return EL_TENS[t] + ((" " + EL_D[reg][u]) if u else "")


def _triple(lang, three, o):
    assert lang == "el"
    reg = o.get("reg", "col")
    h, rest = int(three[0]), three[1:]
    head = EL_HUND[reg][h]
    if rest == "00":
        return head
    if h == 1:
        head = "εκατόν"
    tail = _pair(lang, rest, o) if rest[0] != "0" else EL_D[reg][int(rest[1])]
    return head + " " + tail


def say(lang, digits, fmt, sep=" ", **o):
    """Render a digit string as speech. fmt: space-separated tokens, each a mode letter and a
    count: d = digit by digit, p = two-digit number words (digit-wise when it starts with 0),
    t = three-digit number (Greek), x = raw digits, a = Arabic-Indic digits.
    Options: oh / dbl / hy (en), dia (ar), g (he), reg (el)."""
    out, i = [], 0
    for tok in fmt.split():
        mode, n = tok[0], int(tok[1:])
        g = digits[i:i + n]
        assert len(g) == n, (digits, fmt)
        i += n
        if mode == "x":
            out.append(g)
        elif mode == "a":
            out.append(g.translate(INDIC))
        elif mode == "d":
            words, j = [], 0
            while j < len(g):
                if o.get("dbl") and lang == "en" and j + 1 < len(g) and g[j] == g[j + 1]:
                    words.append("double " + _digit(lang, g[j], o))
                    j += 2
                else:
                    words.append(_digit(lang, g[j], o))
                    j += 1
            out.append(" ".join(words))
        elif mode == "p":
            assert n == 2
            out.append(_pair(lang, g, o) if g[0] != "0"
                       else " ".join(_digit(lang, c, o) for c in g))
        elif mode == "t":
            assert n == 3
            out.append(_triple(lang, g, o) if g[0] != "0"
                       else " ".join(_digit("el", c, o) for c in g))
        else:
            raise AssertionError(tok)
    assert i == len(digits), (digits, fmt)
    return sep.join(out)

# ---------------------------------------------------------------- building the set

PREFIX_OK = {"he": set("והבכלמש"), "ar": set("وبلفك")}
PLAIN_PUNCT = set(".,?!;:\"'()…؟،—–-")


def _occurrences(hay, needle):
    pos, i = [], hay.find(needle)
    while i != -1:
        pos.append(i)
        i = hay.find(needle, i + 1)
    return pos


def _check_value(kind, sub):
    """Written (digit) forms of check-digit kinds must pass their checks."""
    if re.search(r"[^\W\d_]", re.sub(r"[A-Z]", "", sub)) or re.search(r"[٠-٩]", sub):
        return  # spoken or Arabic-Indic form: built by say() from a checked value
    d = re.sub(r"\D", "", sub)
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), sub
    elif kind == "id":
        assert id_ok(d), sub
    elif kind == "iban" and re.fullmatch(r"[A-Z]{2}[\dA-Z \-]+", sub.upper()):
        assert iban_ok(sub), sub


def _check_outside(text, spans_bytes):
    """Every written digit run outside the spans must fail the card/ID check digits."""
    b = bytearray(text.encode("utf-8"))
    for s in spans_bytes:
        b[s["start"]:s["end"]] = b"#" * (s["end"] - s["start"])
    rest = b.decode("utf-8", errors="replace")
    for run in re.findall(r"\d(?:[\d]|[ \-.](?=\d))*", rest):
        d = re.sub(r"\D", "", run)
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("card-valid number outside spans", run, text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("ID-valid number outside spans", run, text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("Saudi-ID-valid number outside spans", run, text)


def build(lang, items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert text == text.strip() and "  " not in text, text
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (sub, text)
            sb = sub.encode("utf-8")
            occ = _occurrences(b, sb)
            if len(sp) > 2:
                start = occ[sp[2]]
            else:
                assert len(occ) == 1, ("ambiguous or missing span", sub, text, len(occ))
                start = occ[0]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            before = b[:start].decode("utf-8")
            after = b[end:].decode("utf-8")
            if before and before[-1].isalnum():
                assert before[-1] in PREFIX_OK.get(lang, set()), ("mid-word start", sub, text)
            assert not (after and after[0].isalnum()), ("mid-word end", sub, text)
            _check_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        _check_outside(text, out)
        for x, y in zip(out, out[1:]):
            assert x["end"] <= y["start"], ("overlap", text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), "duplicate item"
    return rows


def summary(lang, rows):
    counts = {k: 0 for k in KINDS}
    for r in rows:
        for s in r["spans"]:
            counts[s["kind"]] += 1
    plain = sum(1 for r in rows if r["text"] == r["text"].lower()
                and not (set(r["text"]) & PLAIN_PUNCT))
    nonp = sum(1 for r in rows if not r["spans"])
    total = sum(counts.values())
    print(f"{lang}: {len(rows)} items, {nonp} non-personal, {total} spans, "
          f"{plain} plain (lower case, no punctuation) "
          + ", ".join(f"{k}={v}" for k, v in counts.items()))
    return counts, total, nonp


LANGS = {}  # lang -> list of (text, [(kind, substring[, occurrence])], context?)


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(lang, items)
        counts, total, nonp = summary(lang, rows)
        if "--draft" not in sys.argv:
            assert 110 <= len(rows) <= 130, len(rows)
            assert 35 <= nonp <= 45, nonp
            assert 75 <= total <= 85, total
            assert all(v >= 7 for v in counts.values()), counts
            assert 20 <= counts["name"] <= 25, counts
        with open(os.path.join(OUT_DIR, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


# ================================================================ items

# ---------------------------------------------------------------- English
# Calls: driving school (Cork), hospital appointment line (Chicago), wedding venue (UK, a
# Nigerian couple), end-of-lease cleaning (Melbourne), phone repair shop (Leicester, Indian
# English), tax helpline (US), child-benefit office (UK), moving company (Dublin),
# appliance warranty (UK), English language institute (Riyadh), pet insurance claim (US), holiday
# apartment in Crete, theatre box office (London).

EN = []
E = lambda text, spans=(), ctx=None: EN.append((text, list(spans), ctx))

EN_CARD_IE = card("492918307746152", 16)
EN_CARD_MC = card("545762031984770", 16)
EN_CARD_AU = card("465902371148630", 16)
EN_PH_IE1 = "0879142236"
EN_PH_CHI = "7734829035"
EN_PH_AU = "0412558903"
EN_PH_IN = "919845017263"
EN_SSN1 = "340-82-1067"
assert ssn_ok(EN_SSN1)

# driving school, Cork
E("Good morning, Lee Valley Driving School, Niamh speaking.", [("name", "Niamh")])
E("hi yeah my name is ciaran o sullivan im looking to book a few lessons before my test",
  [("name", "ciaran o sullivan")])
E("My test is on the 23rd of May at 10:40 in Wilton, so I'd say I need maybe six lessons.")
E("Grand, Ciarán. And what's the best number to get you on?", [("name", "Ciarán")])
E(f"It's {grouped(EN_PH_IE1[:3], 3)} {EN_PH_IE1[3:6]} {EN_PH_IE1[6:]}.",
  [("phone", "087 914 2236")], "And what's the best number to get you on?")
E("Lessons are forty-five euro each, or two hundred for a block of five, and they're an hour.")
E("Yeah, 14 Kilmore Crescent in Ballincollig, the house with the green door.",
  [("address", "14 Kilmore Crescent"), ("address", "Ballincollig")],
  "And where will I collect you from, is that your home address?")
E("Can you do Tuesday and Thursday evenings, like half six? I finish in the Apple campus at six.")
E("i can do thursday the 16th at 6 30 and then the tuesday after that at 7")
E("Third of August, two thousand and four.", [("date_of_birth", "Third of August, two thousand and four")],
  "And for the insurance I need your date of birth, Ciarán.")
E(f"ok its {say('en', EN_CARD_IE, 'd4 d4 d4 d4', oh=True)}",
  [("card", say('en', EN_CARD_IE, 'd4 d4 d4 d4', oh=True))],
  "I'll take the deposit now, the long number on the card when you're ready.")
E(f"That's the forty euro deposit taken, and your booking reference is D S {np('2 0 4 7 1')}.")

# hospital appointment line, Chicago
E("Thank you for calling Northside Memorial scheduling, this is Marcus, can I have the patient's name?",
  [("name", "Marcus")])
E("Yeah hi, it's for me, Guadalupe Hernandez, but everybody calls me Lupe.",
  [("name", "Guadalupe Hernandez"), ("name", "Lupe")])
E("Oh four, twenty-two, nineteen sixty-eight.", [("date_of_birth", "Oh four, twenty-two, nineteen sixty-eight")],
  "And Lupe, can you verify your date of birth for me?")
E("Okay, Ms. Hernandez, I see the referral from your primary care for a cardiology consult.",
  [("name", "Hernandez")])
E("The first opening with cardiology is Monday, March 3rd at 8:15 AM, in suite 402 on the fourth floor.")
E("Your copay for a specialist is $45, and the echo is billed separately, around $310 before insurance.")
E(f"best callback is {say('en', EN_PH_CHI, 'd3 d3 d4', sep=' ', oh=True)} thats my cell",
  [("phone", say('en', EN_PH_CHI, 'd3 d3 d4', oh=True))])
E("Is your address still 5127 West Belmont Avenue, apartment 2R, Chicago 60641?",
  [("address", "5127 West Belmont Avenue, apartment 2R, Chicago 60641")])
E("no we moved its 2230 north kedzie boulevard unit 3 chicago 60647",
  [("address", "2230 north kedzie boulevard unit 3 chicago 60647")],
  "Is your address still 5127 West Belmont Avenue, apartment 2R, Chicago 60641?")
E(f"The insurance changed, so the full one is {EN_SSN1}.", [("id", EN_SSN1)],
  "For the new registration I need the last four of your social, or the full number if the insurance changed.")
E("you can send the portal link to lupe dot hernandez sixty eight at yahoo dot com",
  [("email", "lupe dot hernandez sixty eight at yahoo dot com")])
E("please get here 15 minutes early and bring a list of your medications and your insurance card")

# wedding venue, Surrey, Nigerian couple
E("Ashcombe Manor weddings, you're speaking with Harriet.", [("name", "Harriet")])
E("Hello, good afternoon. My name is Oluwaseun Adeyemi, we viewed the Orangery last Saturday.",
  [("name", "Oluwaseun Adeyemi")])
E("We're looking at Saturday the 14th of June next year, about 180 guests, and the Grand Hall for the reception.")
E("The Grand Hall package is £14,500 for up to 150, then £68 per head after that, and the deposit is 25%.")
E("Lovely, Mr Adeyemi, and is it Seun I should put down as the main contact?",
  [("name", "Adeyemi"), ("name", "Seun")])
E("Yes, my UK number is 07700 900461, or WhatsApp on +234 803 417 2290.",
  [("phone", "07700 900461"), ("phone", "+234 803 417 2290")])
E("The email is seun.adeyemi@outlook.com, all small letters.", [("email", "seun.adeyemi@outlook.com")])
E(f"Can I pay the deposit by card now? It's a Mastercard, {grouped(EN_CARD_MC)}.",
  [("card", grouped(EN_CARD_MC))])
E("i cant do it all today but ill pay the balance by bank transfer before the 1st of march is that ok")
E("We also want the menu tasting for 6 people on the 22nd at half two, with the jollof and small chops if chef can do them.")

# end-of-lease cleaning, Melbourne
E("G'day, Sparkle Bros Cleaning, Bec speaking.", [("name", "Bec")])
E("yeah gday its darren here darren whitfield i booked an end of lease clean for next week",
  [("name", "darren", 0), ("name", "darren whitfield")])
E("It's a three bedroom, two bathroom unit, and the oven's pretty bad, to be honest.")
E("Unit 4, 18 Rosella Street, Murrumbeena, 3163.",
  [("address", "Unit 4, 18 Rosella Street, Murrumbeena, 3163")],
  "What's the address of the property, Darren?")
E(f"Mobile's {say('en', EN_PH_AU, 'd4 d3 d3', sep=', ', oh=True)}.",
  [("phone", say('en', EN_PH_AU, 'd4 d3 d3', sep=', ', oh=True))])
E("The end of lease clean is $520, carpet steam's another $180, and we'll be there Wednesday from 8 till about 2.")
E(f"{say('en', EN_CARD_AU, 'd4 d4 d4 d4', sep=', ', oh=True).capitalize()}.",
  [("card", say('en', EN_CARD_AU, 'd4 d4 d4 d4', sep=', ', oh=True).capitalize())],
  "Can you read me the long number on the card?")
E("theres a bond of 2400 riding on it so the agent at ray white wants the receipt")
E("Cheers Darren, you'll get a text on the morning with the cleaner's ETA.", [("name", "Darren")])

# phone repair shop, Leicester
E("Fixit Mobile Leicester, Tom here, how can I help?", [("name", "Tom")])
E("Hello sir, myself Venkatesh Raghunathan, I left my phone yesterday for screen replacement.",
  [("name", "Venkatesh Raghunathan")])
E(f"It's the Samsung Galaxy S23, the job number is {np('4471-2290')}, and you said it will be ready by Thursday.")
E("the screen is 189 pounds and the battery is another 65 so 254 in total")
E("Right, Mr Raghunathan, the new screen is fitted and it's tested, all good.", [("name", "Raghunathan")])
E("please send the invoice to venky dot r at the rate gmail dot com",
  [("email", "venky dot r at the rate gmail dot com")])
E(f"Or WhatsApp me on plus {say('en', EN_PH_IN, 'p2 d5 d5', sep=', ', oh=True)}.",
  [("phone", "plus " + say('en', EN_PH_IN, 'p2 d5 d5', sep=', ', oh=True))])
E("We close at 5:30 on Saturdays, and we're opposite Highcross, next to the Greggs on Belgrave Gate.")

EN_SSN3 = "261 53 8804"
EN_SSN4 = "603-17-2249"
assert ssn_ok("529-40-7718") and ssn_ok(EN_SSN3) and ssn_ok(EN_SSN4)
EN_IBAN_IE1 = iban("IE", "AIBK93338127046193")
EN_IBAN_IE2 = iban("IE", "BOFI90001758842310")
EN_PH_IE2 = "0862274190"
EN_CARD_DEBIT = card("441726005938114", 16)

# tax helpline, US
E("Thank you for holding, my name is Ms. Tate, how can I help you today?", [("name", "Tate")])
E("hi um yeah im calling about a letter i got the cp2000 about my 2022 return")
E("Desmond A. Whitaker Junior.", [("name", "Desmond A. Whitaker Junior")],
  "Before we go on I need to verify your identity. Can I have your full name as it appears on the return?")
E(f"{say('en', '529407718', 'd3 d2 d4', sep=', ', oh=True).capitalize()}.",
  [("id", say('en', '529407718', 'd3 d2 d4', sep=', ', oh=True).capitalize())],
  "And your Social Security number?")
E("july ninth nineteen fifty seven", [("date_of_birth", "july ninth nineteen fifty seven")],
  "Date of birth?")
E("The address on the return was 88 Magnolia Court, Macon, Georgia 31210, but I moved since.",
  [("address", "88 Magnolia Court, Macon, Georgia 31210")])
E("The notice says you owe $1,284 plus $96.40 in interest, and the response date is September 18th.")
E("that was off a 1099 from my old job the box 1 amount was 7340 dollars")
E(f"And my wife's social, she's on the joint return, is {EN_SSN3}.", [("id", EN_SSN3)])
E(f"oh and i claim my grandson too his is {EN_SSN4.replace('-', ' ')}", [("id", EN_SSN4.replace('-', ' '))])
E("You can set up a payment plan for as little as $75 a month; it takes 30 to 45 days to process.")
E("Thank you, Mr. Whitaker, I've put a 60-day hold on the account while we review it.",
  [("name", "Whitaker")])

# child benefit, Ireland
E("Child Benefit section, Áine speaking, how can I help?", [("name", "Áine")])
E("hi yes my name is agnieszka kowalczyk i had a baby in november and i want to claim the child benefit",
  [("name", "agnieszka kowalczyk")])
E("She was born on the 2nd of November, so she's seven weeks now.", [("date_of_birth", "2nd of November")],
  "And when was the baby born?")
E("Child Benefit is €140 a month per child, paid on the first Tuesday of the month.")
E(f"It's {grouped(EN_IBAN_IE1)}, and the BIC is AIBKIE2D.", [("iban", grouped(EN_IBAN_IE1))],
  "What IBAN would you like it paid into?")
E(f"yeah {say('en', EN_PH_IE2, 'd3 d3 d4', oh=True)}", [("phone", say('en', EN_PH_IE2, 'd3 d3 d4', oh=True))],
  "If we need to contact you, is the mobile ending four one nine oh still the best?")
E("You should get a letter within 10 working days, and the first payment will be backdated to December.")
E("thirtieth of september ninety one", [("date_of_birth", "thirtieth of september ninety one")],
  "And your own date of birth, Agnieszka?")

# moving company, Dublin to Galway
E(f"Hi, I got a quote from you last week for a move from Dublin to Galway, the quote number is Q{np('58213')}.")
E("Apartment 12, Block C, Beacon Court, Sandyford, Dublin 18.",
  [("address", "Apartment 12, Block C, Beacon Court, Sandyford, Dublin 18")],
  "Can you confirm the collection address?")
E("and the new place is 7 cnoc na gréine knocknacarra galway h91 x2t7",
  [("address", "7 cnoc na gréine knocknacarra galway h91 x2t7")])
E("That's a two-bed with a piano, so three men and the Luton van, €1,150 including VAT, on Friday the 28th.")
E("The lift at Beacon Court only takes 630 kilos, so we'll book the service lift with management for 8 am.")
E(f"Yeah, it's a debit, {say('en', EN_CARD_DEBIT, 'd16', dbl=True, oh=True)}.",
  [("card", say('en', EN_CARD_DEBIT, 'd16', dbl=True, oh=True))],
  "Can I take a card for the two hundred deposit?")
E("It's shev dot mcgrath at eircom dot net.", [("email", "shev dot mcgrath at eircom dot net")],
  "And an email for the inventory list?")
_ie2 = f"I E {say('en', EN_IBAN_IE2[2:4], 'p2')}, B O F I, {say('en', EN_IBAN_IE2[8:], 'd4 d4 d4 d2', sep=', ')}"
E(f"{_ie2}.", [("iban", _ie2)],
  "For the refund of the damage deposit, we'd need the IBAN of your account.")

# appliance warranty, London
E("I'm calling about the extended warranty on a Bosch washing machine, model WAN28281GB, bought from Currys in 2021.")
E(f"the serial number is fd {np('9807 2003 41')} and its showing error e18")
E("yeah its d underscore okafor at hotmail dot co dot uk",
  [("email", "d underscore okafor at hotmail dot co dot uk")], "And the email on the plan?")
E("The engineer can come on the 9th between 7 and 1, the callout is covered, and parts are covered up to £300.")
E("Is it still flat 3, 41 Mornington Road, Leytonstone, E11 3BG?",
  [("address", "flat 3, 41 Mornington Road, Leytonstone, E11 3BG")], "And the address for the engineer visit?")
E("The engineer will ring you on 07700 900318 about half an hour before he arrives.",
  [("phone", "07700 900318")])
E(f"Your plan number is WP {np('5582 1907 3346')} and it renews on the 1st of April at £8.99 a month.")
E("The date of birth on the account is the 19th of the 11th, 1986, is that right?",
  [("date_of_birth", "19th of the 11th, 1986")])

EN_IQAMA = saudi("241783305")
EN_SAUDI_ID = saudi("108837264")
EN_IBAN_SA = iban("SA", "45000000198732154006")
EN_IBAN_AE = iban("AE", "0260001047731920856")
EN_IBAN_DE = iban("DE", "100700240914832705")
EN_IBAN_GR = iban("GR", "01710840000084731562094")
EN_IBAN_GB = iban("GB", "LOYD30963417720458")
EN_IBAN_NL = iban("NL", "RABO0312548697")
EN_TZ = tz("31572846")
EN_AFM = afm("13958420")
EN_CARD_RIY = card("540963318227410", 16)
EN_CARD_AMEX = card("37142890561837", 15)
EN_CARD_MAESTRO = card("675941203386719024", 19)
EN_CARD_THEATRE = card("491620834471905", 16)

# English language institute, Riyadh
E("welcome to lexicon english institute riyadh branch how can i help you")
E("i want to register for the ielts preparation the evening batch starting 6th october")
E(f"my iqama number is {say('en', EN_IQAMA, 'd10')}", [("id", say('en', EN_IQAMA, 'd10'))])
E(f"It's for my son, but the account is under my national ID, {EN_SAUDI_ID}.", [("id", EN_SAUDI_ID)])
E("The course is 12 weeks, three evenings a week, 4,200 riyals, and the mock test is on the 30th.")
E("fourth december ninety six", [("date_of_birth", "fourth december ninety six")],
  "And your date of birth as written on the iqama?")
E("My number is 055 218 4730, WhatsApp also same number.", [("phone", "055 218 4730")])
E(f"{say('en', EN_CARD_RIY, 'd4 d4 d4 d4')} and expiry is 09 27",
  [("card", say('en', EN_CARD_RIY, 'd4 d4 d4 d4'))], "Please tell me the card number, sir.")
E("the class is in room 204 on the second floor of the al faisaliah branch")
E("abdulrahman.k1999@gmail.com", [("email", "abdulrahman.k1999@gmail.com")],
  "And email address for the course material?")
E(f"For the refund you can use my Al Rajhi account, the IBAN is {grouped(EN_IBAN_SA)}.",
  [("iban", grouped(EN_IBAN_SA))])
E(f"actually no put it to my emirates nbd account from dubai {EN_IBAN_AE.lower()}",
  [("iban", EN_IBAN_AE.lower())])

# pet insurance claim, US
E("I'm calling to make a claim for my dog, Bella, she had surgery on her knee, a TPLO, last Tuesday.")
E(f"the vet bill was 4870 dollars and 60 cents and its under policy pp {np('30441879')}")
E("She was born on the 3rd of March 2019, she's a golden retriever.", [], "And Bella's date of birth?")
E("Your deductible is $250 and the plan pays 90%, so you'd get back about $4,158 within 10 business days.")
E(f"Can you update the card for the monthly premium? It's an Amex, {EN_CARD_AMEX[:4]} {EN_CARD_AMEX[4:10]} {EN_CARD_AMEX[10:]}.",
  [("card", f"{EN_CARD_AMEX[:4]} {EN_CARD_AMEX[4:10]} {EN_CARD_AMEX[10:]}")])
E("send the explanation of benefits to kaylabrennan88@icloud.com please",
  [("email", "kaylabrennan88@icloud.com")])
E("may second nineteen eighty eight", [("date_of_birth", "may second nineteen eighty eight")],
  "And the policyholder's date of birth?")

# holiday apartment, Chania, Crete
E("We have the two-bedroom apartment in Chania free from the 12th to the 26th of July, €140 a night, sea view.")
E("its 20 minutes from the airport near the old venetian harbour behind the minoa palace hotel")
E(f"For the deposit refund, my IBAN is {grouped(EN_IBAN_DE)}, at the Deutsche Bank in Berlin.",
  [("iban", grouped(EN_IBAN_DE))])
E(f"I'll pay the first night on my Maestro, it's a long one, {grouped(EN_CARD_MAESTRO)}.",
  [("card", grouped(EN_CARD_MAESTRO))])
E(f"ok my israeli id is {EN_TZ}", [("id", EN_TZ)],
  "For the registration with the police we need a passport number or an ID.")
E(f"For the winter lease the contract needs my Greek tax number, the AFM, which is {EN_AFM}.",
  [("id", EN_AFM)])
E(f"You can transfer the deposit to our account at Piraeus Bank, {grouped(EN_IBAN_GR)}.",
  [("iban", grouped(EN_IBAN_GR))])
E("my greek mobile is plus thirty six nine four four one eight two two seven six",
  [("phone", "plus thirty six nine four four one eight two two seven six")])
E(f"It's a UK account, {grouped(EN_IBAN_GB)}, Lloyds.", [("iban", grouped(EN_IBAN_GB))],
  "Where shall we return the damage deposit?")
E("Check-in is from 3 pm, check-out by 11, and the cleaning fee is €60, paid on arrival.")

# theatre box office, London
E("Good evening, Lyric Theatre box office, this is Femi.", [("name", "Femi")])
E("Two for Hamilton on Saturday the 8th, the 2:30 matinee, row F seats 14 and 15 in the stalls, £89.50 each.")
# the caller's groups are interleaved with the agent reading the first half back
_th1 = f"{say('en', EN_CARD_THEATRE[:4], 'd4')}, {say('en', EN_CARD_THEATRE[4:8], 'd4', oh=True)}"
_th = (f"{_th1}. {_th1.capitalize()}? Yeah, "
       f"{say('en', EN_CARD_THEATRE[8:12], 'd4')}, {say('en', EN_CARD_THEATRE[12:], 'd4', oh=True)}")
E(f"Yeah, {_th}.", [("card", _th)], "Long number on the card, please.")
E(f"Your booking reference is {say('en', np('774219038'), 'd3 d3 d3', sep=', ').capitalize()}.".replace("is Seven", "is seven"))
E("And I'll send the e-tickets to m.oconnor@btinternet.com, is that right?", [("email", "m.oconnor@btinternet.com")])
E("the show runs two hours forty with one interval and the doors open at 1 45")
E("Best number is the landline, 020 7946 0321, I'm in most evenings.", [("phone", "020 7946 0321")])
E(f"i paid for it from abroad my iban is {' '.join(grouped(EN_IBAN_NL).lower().split())}",
  [("iban", grouped(EN_IBAN_NL).lower())], "We can refund the cancelled performance to the account you paid from.")

LANGS["en"] = EN

# ---------------------------------------------------------------- Arabic
# Calls: hospital appointments (Riyadh, Gulf), wedding hall (Amman, Levantine), home
# cleaning (Dubai, Egyptian agent and Emirati caller), phone repair (Cairo, Egyptian), tax
# and zakat helpline (MSA), kindergarten registration (Casablanca, Darija), moving company
# (Jeddah), appliance warranty (Alexandria), women's driving school (Riyadh), language
# centre (Beirut), used-car dealer (Sharjah), holiday chalets and apartments (Dahab / Aqaba),
# citizen-account child allowance office (Saudi).

AR = []
A = lambda text, spans=(), ctx=None: AR.append((text, list(spans), ctx))
ai = lambda s: s.translate(INDIC)

AR_SID1 = saudi("108459327")
AR_IBAN_JO1 = iban("JO", "ARAB1180000000118374520501")
AR_CARD_JO = card("492986411730258", 16)
AR_CARD_AE = card("528763019944815", 16)
AR_PH_SA1 = "0551847302"
AR_PH_JO1 = "0795531842"
AR_PH_AE1 = "0504281937"
AR_PH_EG1 = "01114738265"

# hospital appointments, Riyadh
A("مستشفى النخبة، مواعيد العيادات، معك ريم، كيف أقدر أخدمك؟", [("name", "ريم")])
A("هلا والله، الله يعافيك، أبي أحجز موعد في عيادة العظام.")
A(f"رقم الهوية {ai(AR_SID1)}", [("id", ai(AR_SID1))], "ابشر، عطني رقم الهوية لو سمحت.")
A("تمام، الاسم عبدالله بن سعد القحطاني، صح؟", [("name", "عبدالله بن سعد القحطاني")])
A("ايه صح ومواليد ١٥/٧/١٤١٠ هجري", [("date_of_birth", "١٥/٧/١٤١٠ هجري")])
A("أقرب موعد مع الدكتور يوم الأحد ١٢ الشهر الجاي الساعة عشرة ونص الصبح، عيادة رقم ٣١٤ الدور الثاني.")
A(f"جوالي {say('ar', AR_PH_SA1, 'd3 d3 d4', sep='، ', dia='gulf')}.",
  [("phone", say('ar', AR_PH_SA1, 'd3 d3 d4', sep='، ', dia='gulf'))])
A(f"الكشف بثلاثمية وخمسين ريال والتأمين يغطي ثمانين بالمية، ورقم الموعد {np('٤٤٧١٠٢')}.")
A("الله يحييك يا أبو فيصل، الموعد تأكد وبتوصلك رسالة قبلها بيوم.", [("name", "أبو فيصل")])

# wedding hall, Amman
A("قاعة ليالي الياسمين، مرحبا، معك لين.", [("name", "لين")])
A("مرحبا أنا رامي حداد بدي أسأل عن حجز القاعة لعرس أخوي", [("name", "رامي حداد")])
A("العرس بدنا ياه يوم الخميس ١٨ تموز، تقريباً ٣٥٠ معزوم، والزفة الساعة ثمانية المسا.")
A("الباكج الذهبي بأربعة آلاف وخمسمية دينار، بيشمل البوفيه والكوشة والدي جي، والعربون عشرين بالمية.")
A(f"رقمي {ai(AR_PH_JO1[:3])} {ai(AR_PH_JO1[3:6])} {ai(AR_PH_JO1[6:])}",
  [("phone", f"{ai(AR_PH_JO1[:3])} {ai(AR_PH_JO1[3:6])} {ai(AR_PH_JO1[6:])}")])
A("أهلين أستاذ رامي، العقد بدنا نكتبه باسم مين؟", [("name", "رامي")])
A(f"بتقدر تحول العربون على حسابنا في البنك العربي، الآيبان {grouped(AR_IBAN_JO1)}",
  [("iban", grouped(AR_IBAN_JO1))])
A(f"بالفيزا أحسن، الرقم {say('ar', AR_CARD_JO, 'd4 d4 d4 d4', sep='، ', dia='lev')}",
  [("card", say('ar', AR_CARD_JO, 'd4 d4 d4 d4', sep='، ', dia='lev'))], "بدك تدفع تحويل ولا بالبطاقة؟")
A("القاعة بتوسع ٤٠٠ شخص وفي موقف لمية وخمسين سيارة ورا تاج مول")
A("ابعتيلي العقد على الإيميل rami.haddad88@gmail.com", [("email", "rami.haddad88@gmail.com")])

# home cleaning, Dubai
A("شركة لمسة للتنظيف، صباح الخير، معاك محمود.", [("name", "محمود")])
A("صباح النور، معاك أم خالد، نبا عاملات تنظيف للفيلا يوم السبت.", [("name", "أم خالد")])
A("العنوان الفيلا رقم ٢٣ شارع ١٥ البرشاء الثانية قريب من مسجد الرحمن",
  [("address", "الفيلا رقم ٢٣ شارع ١٥ البرشاء الثانية")])
A("الفيلا خمس غرف، نحتاج ثلاث عاملات لمدة أربع ساعات، يعني ٣٦٠ درهم مع المواد.")
_ph_ae = f"صفر {say('ar', AR_PH_AE1[1:3], 'p2')}، {say('ar', AR_PH_AE1[3:], 'd3 d4', sep='، ')}"
A(f"رقمي {_ph_ae}", [("phone", _ph_ae)])
A("يوصلون الساعة تسعة الصبح إن شاء الله، والدفع كاش أو بطاقة عند الوصول.")
A(f"بدفع الحين بالبطاقة، {ai(grouped(AR_CARD_AE))}", [("card", ai(grouped(AR_CARD_AE)))])
A("تمام يا مدام، الحجز باسم حصة المزروعي؟", [("name", "حصة المزروعي")])

# phone repair, Cairo
A("أيوه، مركز صيانة النيل، معاك كريم.", [("name", "كريم")])
A("أهلا يا فندم أنا محمد عبد الفتاح سايب عندكم موبايل شاومي ريدمي نوت ١٢ من يوم الاتنين",
  [("name", "محمد عبد الفتاح")])
A("الشاشة هتتكلف ألفين وتمنمية جنيه، والبطارية سبعمية وخمسين، وهيبقى جاهز بكرة بعد الضهر.")
A(f"رقم الإيصال {np('558219')} يا فندم، ومعاه ضمان تلات شهور.")
A(f"رقمي {say('ar', AR_PH_EG1, 'd3 d4 d4', sep=' ', dia='egy')}",
  [("phone", say('ar', AR_PH_EG1, 'd3 d4 d4', sep=' ', dia='egy'))])
A("تمام يا أستاذ محمد، هنكلمك أول ما يخلص.", [("name", "محمد")])
A("ابعتلي الفاتورة على الإيميل حمادة اندرسكور اي جي ات ياهو دوت كوم",
  [("email", "حمادة اندرسكور اي جي ات ياهو دوت كوم")])

AR_SID2 = saudi("107362951")
AR_IQAMA1 = saudi("234690178")
AR_IBAN_SA1 = iban("SA", "80000000215690483107")
AR_IBAN_EG1 = iban("EG", "0002061500000713829046110")
AR_CARD_MADA = card("446404121870336", 16)
AR_PH_MA1 = "0661472893"
AR_PH_SA2 = "0562213984"

# tax and zakat helpline (MSA)
A("مرحباً بك في مركز خدمة المكلفين، معك سلطان، كيف يمكنني مساعدتك؟", [("name", "سلطان")])
A("السلام عليكم، عندي مؤسسة صغيرة، وعندي استفسار عن إقرار الربع الثالث.")
A(f"رقم هويتي الوطنية {say('ar', AR_SID2, 'd10', dia='msa')}", [("id", say('ar', AR_SID2, 'd10', dia='msa'))],
  "هل يمكنك تزويدي برقم الهوية الوطنية للتحقق من الحساب؟")
A(f"الرقم الضريبي للمنشأة هو {np('310458829600003')} ورقم السجل التجاري ٤٠٣٠٢١٧٧٥٦")
A("المبلغ المستحق ١٢٬٤٥٠ ريالاً، وآخر موعد للسداد هو ٣٠ أكتوبر، وغرامة التأخير ٥٪ عن كل شهر.")
_sa1 = f"اس اي {say('ar', AR_IBAN_SA1[2:4], 'p2', dia='msa')} {grouped(AR_IBAN_SA1[4:])}"
A(f"الآيبان {_sa1}", [("iban", _sa1)], "لاسترداد المبلغ نحتاج رقم الآيبان لحساب باسمك.")
A("تاريخ الميلاد الثالث من مارس عام ألف وتسعمائة وتسعة وسبعين.",
  [("date_of_birth", "الثالث من مارس عام ألف وتسعمائة وتسعة وسبعين")])
A("شكراً أستاذ ماجد الدوسري، تم تحديث بيانات الحساب.", [("name", "ماجد الدوسري")])
A("والبريد الإلكتروني majed.dosari@hotmail.com", [("email", "majed.dosari@hotmail.com")])

# kindergarten registration, Casablanca (Darija)
A("روض الأزهار، السلام عليكم، معاك الأستاذة سناء.", [("name", "سناء")])
A("وعليكم السلام أنا خديجة بنعلي بغيت نسجل بنتي فالروض", [("name", "خديجة بنعلي")])
A("تزادت نهار عشرين مارس ألفين وعشرين", [("date_of_birth", "عشرين مارس ألفين وعشرين")],
  "شحال فعمر البنت؟ إمتى تزادت؟")
A("التسجيل بألف وخمسمية درهم، والشهرية ثمنمية درهم، والقراية كتبدا فاتنين شتنبر.")
A("كنسكنو فزنقة ابن خلدون رقم ١٤ الطابق الثالث المعاريف",
  [("address", "زنقة ابن خلدون رقم ١٤ الطابق الثالث المعاريف")], "فين كتسكنو؟ عطيني العنوان.")
A(f"الرقم ديالي {say('ar', AR_PH_MA1, 'p2 p2 p2 p2 p2', sep='، ', dia='mag')}",
  [("phone", say('ar', AR_PH_MA1, 'p2 p2 p2 p2 p2', sep='، ', dia='mag'))])
A("الدخول مع تمنية ونص والخروج مع الربعة، ونهار السبت عطلة.")
A("الإيميل ديالي khadija.benali@menara.ma", [("email", "khadija.benali@menara.ma")])
A("d'accord غادي نصيفط ليك الفيش ديال التسجيل فالواتساب")
A("مرحبا بيك لالة خديجة، نتسناوك نهار الاثنين مع العاشرة.", [("name", "خديجة")])

# moving company, Jeddah to Riyadh
A("شركة النقل السريع، معك فيصل، تفضل.", [("name", "فيصل")])
A("هلا أنا أبو ناصر أبي أنقل عفش شقة من جدة للرياض", [("name", "أبو ناصر")])
A("الشقة في حي الروضة، شارع الأمير سلطان، عمارة ٧، الدور الرابع، شقة ١٢.",
  [("address", "حي الروضة، شارع الأمير سلطان، عمارة ٧، الدور الرابع، شقة ١٢")], "وين موقع الشقة في جدة؟")
A("وفي الرياض حي النرجس شارع أبي بكر الصديق فيلا ٤٨",
  [("address", "حي النرجس شارع أبي بكر الصديق فيلا ٤٨")], "والعنوان الجديد في الرياض؟")
A("النقل بأربعة آلاف وثمانمية ريال شامل الفك والتركيب والتغليف، والشاحنة تطلع يوم الثلاثاء الساعة ستة الصبح.")
A("عندي ثلاث غرف نوم ومجلس وثلاجتين وغسالة، وتقريباً ٦٠ كرتون.")
A(f"رقم إقامتي {ai(AR_IQAMA1)}", [("id", ai(AR_IQAMA1))], "العقد يبغى رقم الهوية أو الإقامة.")
A(f"أبي أدفع العربون بمدى، رقم البطاقة {AR_CARD_MADA}", [("card", AR_CARD_MADA)])
_ph_sa2 = f"{say('ar', AR_PH_SA2[:3], 'd3', dia='gulf')}، {AR_PH_SA2[3:6]}، {AR_PH_SA2[6:]}"
A(f"جوالي {_ph_sa2}، واتساب نفس الرقم.", [("phone", _ph_sa2)])

# appliance warranty, Alexandria
A("خدمة عملاء الصفا، معاك نرمين، أقدر أساعد حضرتك إزاي؟", [("name", "نرمين")])
A("أيوه يا فندم التلاجة اللي اشتريتها من فرع سموحة من سنة ونص بتفصل كل شوية")
A(f"موديل التلاجة RF-480، والسيريال {np('7730 1928 5540')}، وتاريخ الشراء ١٠ يناير ٢٠٢٣.")
A("اسمي شيماء السيد عبد الرحمن", [("name", "شيماء السيد عبد الرحمن")])
A("العنوان ١٢ شارع خليل حمادة، سيدي بشر بحري، الدور التالت شقة ٥.",
  [("address", "١٢ شارع خليل حمادة، سيدي بشر بحري، الدور التالت شقة ٥")])
A("التليفون الأرضي ٠٣ ٥٥٤ ٨٧٢٩", [("phone", "٠٣ ٥٥٤ ٨٧٢٩")])
A("الفني هيعدي يوم الأربع من عشرة لاتنين الضهر، والزيارة مجانية طول ما الجهاز في الضمان.")
A("الإيميل شيماء نقطة السيد اتنين وتسعين ات ياهو دوت كوم",
  [("email", "شيماء نقطة السيد اتنين وتسعين ات ياهو دوت كوم")])
A(f"اكتبي الآيبان {grouped(AR_IBAN_EG1)}", [("iban", grouped(AR_IBAN_EG1))],
  "لو الجهاز متصلحش هنرجع الفلوس على حساب حضرتك في البنك.")
A("تمام يا مدام شيماء، اتسجلت الشكوى برقم ٢٠٤٨٨ وهيكلمك الفني.", [("name", "شيماء")])

AR_SID3 = saudi("109233487")
AR_IQAMA2 = saudi("245103886")
AR_SID4 = saudi("104718263")
AR_SID_WIFE = saudi("112357804")
AR_SID5 = saudi("103946175")
AR_IBAN_AE1 = iban("AE", "0330001238806451274")
AR_IBAN_AE2 = iban("AE", "0350000092118374520")
AR_IBAN_JO2 = iban("JO", "CAAB1060000000094418230517")
AR_IBAN_SA2 = iban("SA", "20000001847223015609")
AR_IBAN_EG2 = iban("EG", "0037014400000921004385172")
AR_CARD_RUH = card("446392708815234", 16)
AR_CARD_BEY = card("402371905528331", 16)
AR_CARD_EG = card("510743882016574", 16)
AR_CARD_SHJ = card("531498007623118", 16)
AR_CARD_AQ = card("489317450826639", 16)

# women's driving school, Riyadh
A("مدرسة تعليم القيادة، قسم التسجيل، معك نوف، تفضلي.", [("name", "نوف")])
A("ابغى اسجل في دورة المبتدئين كم سعرها")
A("الدورة ٣٠ ساعة بألفين وأربعمية ريال، والاختبار العملي بعد ما تخلصين الساعات.")
A(f"هويتي {say('ar', AR_SID3, 'd1 d3 d3 d3', dia='gulf')}", [("id", say('ar', AR_SID3, 'd1 d3 d3 d3', dia='gulf'))])
A("مواليد ٢٢-١١-١٩٩٩", [("date_of_birth", "٢٢-١١-١٩٩٩")], "وتاريخ ميلادك؟")
A("الدوام من الأحد للخميس، الفترة المسائية من أربعة العصر لثمانية، والمدرسة جنب بوابة جامعة الأميرة نورة.")
A(f"أنا مقيمة سودانية رقم إقامتي {' '.join(AR_IQAMA2)}", [("id", ' '.join(AR_IQAMA2))])
A("مواليد ١٥ يوليو ١٩٩٧ يعني عمري ٢٧ سنة", [("date_of_birth", "١٥ يوليو ١٩٩٧")])
_ruh = say('ar', AR_CARD_RUH, 'p2 p2 p2 p2 p2 p2 p2 p2', dia='gulf')
A(f"رقم البطاقة {_ruh}", [("card", _ruh)], "الدفع بالبطاقة، عطيني رقم البطاقة.")
A("رقم الجوال ٠٥٠٣٣٨٢٠٤٧", [("phone", "٠٥٠٣٣٨٢٠٤٧")])

# language centre, Beirut
A("allo مركز بيبلوس للغات بونجور")
A("بونجور، بدي سجل بنتي بكورس الإنكليزي، هي بالصف التاسع.")
A("الكورس ٤٠ ساعة، مرتين بالجمعة، التلاتا والخميس من خمسة لسبعة، وسعره ٣٢٠ دولار.")
A("الإيميل تبعي زينة دوت خوري ات جيميل دوت كوم", [("email", "زينة دوت خوري ات جيميل دوت كوم")])
A("هي مواليد ٨ أيلول ٢٠٠٩", [("date_of_birth", "٨ أيلول ٢٠٠٩")], "قديش عمر البنت؟ شو تاريخ ميلادها؟")
A("رقمي 70 418 325 واتساب", [("phone", "70 418 325")])
A("في خصم ١٠٪ إذا سجلتوا قبل أول تشرين، والكتب حقها ٤٥ دولار.")
A("نحنا ساكنين بالأشرفية، شارع مار مخايل، بناية سعادة، الطابق الخامس.",
  [("address", "الأشرفية، شارع مار مخايل، بناية سعادة، الطابق الخامس")], "شو العنوان لنبعتلكن الفاتورة؟")
A(f"بدفع بالكارت، {'-'.join(grouped(AR_CARD_BEY).split())}", [("card", '-'.join(grouped(AR_CARD_BEY).split()))])

# used-car dealer, Sharjah
A("معرض الخليج للسيارات المستعملة هلا والله")
A("بخصوص اللاندكروزر موديل ٢٠١٨ اللي في الإعلان، ممشاها ١٤٥ ألف كيلو، كم آخر سعر؟")
A("آخر سعر مية وعشرين ألف درهم، وفيها فحص كامل وضمان ثلاث شهور على القير.")
A(f"الآيبان {grouped(AR_IBAN_AE1)}", [("iban", grouped(AR_IBAN_AE1))],
  "إذا ما تم البيع نرجعلك العربون، عطني الآيبان.")
A("رقمي +971 55 712 0846 تواصل معاي واتساب", [("phone", "+971 55 712 0846")])
A("رقم الشاصي JTMHV05J804123571 والسيارة مسجلة في الشارقة، والتحويل في مركز الفحص يوم الأحد.")
A(f"أنا سعودي ورقم هويتي {AR_SID4} عشان أوراق التصدير", [("id", AR_SID4)])
_ae2 = f"اي اي {say('ar', AR_IBAN_AE2[2:4], 'p2')} {say('ar', AR_IBAN_AE2[4:], 'd3 d4 d4 d4 d4')}"
A(f"والباقي حوله على حسابي {_ae2}", [("iban", _ae2)])
A(f"العربون خمسة آلاف أدفعها بالبطاقة {'-'.join(grouped(AR_CARD_SHJ).split())}",
  [("card", '-'.join(grouped(AR_CARD_SHJ).split()))])

# holiday chalets, Dahab and apartments, Aqaba
A("شاليهات الفيروز دهب، مساء الخير.")
A("عايزين شاليه لأربع أشخاص من ١٢ لـ ١٥ أغسطس الليلة بكام")
A("الليلة بألف وتمنمية جنيه بالفطار، والشاليه على البحر على طول جنب مطعم كينج شريمب.")
_eg_card = f"{AR_CARD_EG[:4]} {say('ar', AR_CARD_EG[4:8], 'd4', dia='egy')} {AR_CARD_EG[8:12]} {say('ar', AR_CARD_EG[12:], 'd4', dia='egy')}"
A(f"هدفع العربون بالكارت {_eg_card}", [("card", _eg_card)])
_eg2 = f"إي جي {say('ar', AR_IBAN_EG2[2:4], 'p2', dia='egy')}، {grouped(AR_IBAN_EG2[4:])}"
A(f"الآيبان بتاعي {_eg2}", [("iban", _eg2)], "لو حصل إلغاء هنرجعلك العربون على الآيبان.")
A("الإيميل mona_s_1990@hotmail.com", [("email", "mona_s_1990@hotmail.com")])
A("عنواني ١٧ شارع مكرم عبيد، مدينة نصر، القاهرة.", [("address", "١٧ شارع مكرم عبيد، مدينة نصر، القاهرة")])
A("شقق الواحة العقبة أهلين وسهلين")
A("بدنا شقة غرفتين من الجمعة للأحد، إحنا خمسة، وبدنا موقف للسيارة.")
A(f"حولت العربون من حسابي {grouped(AR_IBAN_JO2)} بس لسا ما وصلكم", [("iban", grouped(AR_IBAN_JO2))])
A(f"الباقي بدفعه على الفيزا {AR_CARD_AQ}", [("card", AR_CARD_AQ)])

# citizen account / child benefit (Gulf and MSA)
A("حساب المواطن، معك عبدالرحمن، كيف أخدمك؟", [("name", "عبدالرحمن")])
A("ابي اضيف ولدي الجديد كتابع انولد قبل شهرين")
A(f"رقم هويتي {ai(AR_SID5)}", [("id", ai(AR_SID5))], "زودني برقم هويتك الوطنية لو سمحت.")
A("تاريخ ميلاده ٣ ربيع الأول ١٤٤٦", [("date_of_birth", "٣ ربيع الأول ١٤٤٦")])
A(f"وهوية زوجتي {say('ar', AR_SID_WIFE, 'd10', dia='gulf')}", [("id", say('ar', AR_SID_WIFE, 'd10', dia='gulf'))])
A("الدفعة تنزل يوم عشرة من كل شهر، وتحديث البيانات ياخذ من ٥ إلى ١٠ أيام عمل.")
A("مواليد ١٩٨٧/٠٦/٠٢", [("date_of_birth", "١٩٨٧/٠٦/٠٢")], "وتاريخ ميلادك أنت؟")
A(f"الآيبان اللي ينزل عليه الدعم {AR_IBAN_SA2}", [("iban", AR_IBAN_SA2)])
A("جوالي المسجل ٠٥٤٤٧٢١٠٩٣", [("phone", "٠٥٤٤٧٢١٠٩٣")])
A("العنوان الوطني ٧٢٤٥ شارع الأمير محمد بن عبدالعزيز حي العليا الرياض ١٢٢٤١",
  [("address", "٧٢٤٥ شارع الأمير محمد بن عبدالعزيز حي العليا الرياض ١٢٢٤١")])
A("وإيميلي a.alotaibi87@gmail.com", [("email", "a.alotaibi87@gmail.com")])

LANGS["ar"] = AR

# ---------------------------------------------------------------- Hebrew
# Calls: hospital appointment line (a Russian-speaking olah), wedding garden (an
# Ethiopian-Israeli couple), post-renovation cleaning (Tel Aviv), phone repair lab (Haifa,
# an Arab citizen), income-tax refund helpline, private kindergarten (a French olah), moving
# company (an Anglo oleh), appliance warranty, theatre box office, ulpan, child allowance
# office, used-car dealer, pet insurance claim, elevator maintenance (a building committee),
# a Hebrew-speaking planner of civil weddings in Cyprus.

HE = []
H = lambda text, spans=(), ctx=None: HE.append((text, list(spans), ctx))

HE_TZ1 = tz("31268475")
HE_CARD1 = card("458812047739216", 16)
HE_CARD2 = card("532611028845703", 16)

# hospital appointment line
H("מרכז רפואי השרון, זימון תורים, מדברת אורית, שלום.", [("name", "אורית")])
H("כן שלום, אני צריכה לקבוע תור למרפאת עיניים, קיבלתי הפניה מהרופאה.")
H("שמי סבטלנה קוזלובה, אני מדברת לא כל כך טוב עברית, סליחה.", [("name", "סבטלנה קוזלובה")])
H(f"{say('he', HE_TZ1, 'd3 d3 d3', sep=', ')}.", [("id", say('he', HE_TZ1, 'd3 d3 d3', sep=', '))],
  "מה מספר תעודת הזהות?")
H("תאריך לידה 18.4.1969", [("date_of_birth", "18.4.1969")])
H("יש תור ביום שלישי, 14 בינואר, בשעה 08:40, בבניין ג', קומה 2, חדר 215.")
H("ההשתתפות העצמית היא 34 שקל ותביאי איתך את ההתחייבות")
H("הטלפון שלי אפס חמש ארבע שבע שבע שלוש שתיים תשע אחת שמונה",
  [("phone", "אפס חמש ארבע שבע שבע שלוש שתיים תשע אחת שמונה")])
H("תודה סבטלנה, את תקבלי הודעת SMS עם אישור התור.", [("name", "סבטלנה")])

# wedding garden, an Ethiopian-Israeli couple
H("גן אירועים אחוזת הדקל, מדבר אלירן.", [("name", "אלירן")])
H("היי, קוראים לי יאלו טספאיה, אנחנו מתחתנים באוגוסט ורצינו לבדוק תאריך.", [("name", "יאלו טספאיה")])
H("יש לנו פנוי את יום חמישי, 21 באוגוסט, ואת יום שני, 1 בספטמבר. המנה 320 שקל, מינימום 250 מנות.")
H("אנחנו בערך 450 מוזמנים רוב המשפחה מגיעה מקריית גת ומבאר שבע")
_he_ph2 = say('he', '0524817390', 'd3 d3 p2 p2', sep=', ')
H(f"אפשר לחזור אליי למספר {_he_ph2}.", [("phone", _he_ph2)])
H("מעולה יאלו, אני שולח לך הצעת מחיר למייל.", [("name", "יאלו")])
H("המייל זה yalo.tesfaye@gmail.com", [("email", "yalo.tesfaye@gmail.com")])
H(f"{say('he', HE_CARD1, 'd4 d4 d4 d4', sep=', ')}.", [("card", say('he', HE_CARD1, 'd4 d4 d4 d4', sep=', '))],
  "בשביל המקדמה של חמשת אלפים שקל אני צריך מספר כרטיס אשראי.")
H("אפשר לחלק את זה לשלושה תשלומים, והיתרה עד עשרה ימים לפני האירוע.")

# cleaning after renovation, Tel Aviv
H("ניקיון פלוס, שלום, מדברת מורן.", [("name", "מורן")])
H("היי זאת שירן אני צריכה ניקיון אחרי שיפוץ בדירה", [("name", "שירן")])
H("ברחוב בן יהודה 112, דירה 9, קומה רביעית, תל אביב.",
  [("address", "רחוב בן יהודה 112, דירה 9, קומה רביעית, תל אביב")], "מה הכתובת?")
H("דירת ארבעה חדרים, בערך 95 מטר, זה יהיה 1,200 שקל, שתי עובדות, משמונה עד שתיים.")
H("ואם אני לא עונה תתקשרי לבעלי 050-6619042", [("phone", "050-6619042")])
H(f"כרטיס {grouped(HE_CARD2)}, תוקף 08/28.", [("card", grouped(HE_CARD2))])
H("אפשר ביום ראשון ה-9 או ביום רביעי ה-12 אחרי הצהריים")
H("סגרנו שירן נתראה ביום ראשון", [("name", "שירן")])

# phone repair lab, Haifa
H("מעבדת סלולר הדר שלום")
H("שלום, אני מוחמד חאג' יחיא, השארתי אצלכם אייפון 13 לפני שלושה ימים.", [("name", "מוחמד חאג' יחיא")])
H(f"מספר תיקון {np('60317')}, המסך עולה 890 שקל והסוללה עוד 350, זה יהיה מוכן מחר אחרי ארבע.")
H("תשלחו הודעה לנייד שלי 058-3307416", [("phone", "058-3307416")])
H("בסדר מוחמד, אני רושם לך.", [("name", "מוחמד")])
H("תשלח לי את החשבונית למייל mhajyahya שטרודל walla נקודה co נקודה il",
  [("email", "mhajyahya שטרודל walla נקודה co נקודה il")])
H("אנחנו ממול הבנק בהרצל, פתוחים עד שבע, ובשישי עד אחת.")

HE_TZ2 = tz("03948261")
HE_TZ3 = tz("04587312")
HE_IBAN_IL1 = iban("IL", "0126120000000345219")
HE_IBAN_FR = iban("FR", "30003021540005087291744")
HE_IBAN_GB = iban("GB", "HBUK40112763390815")
HE_CARD3 = card("414720936650118", 16)
HE_CARD4 = card("532947160082735", 16)

# income-tax refund helpline
H("מס הכנסה, מוקד החזרי מס, מדבר שלומי, במה אפשר לעזור?", [("name", "שלומי")])
H("שלום, הגשתי בקשה להחזר מס על 2021 ו-2022 ועוד לא קיבלתי כלום.")
_tz2 = say('he', HE_TZ2, 'd1 p2 p2 p2 p2', sep=', ')
H(f"זה {_tz2}", [("id", _tz2)], "בשביל הזיהוי, מספר תעודת זהות בבקשה.")
H("עשרים ושניים בספטמבר שמונים ושבע", [("date_of_birth", "עשרים ושניים בספטמבר שמונים ושבע")], "ותאריך לידה?")
H("כן, רשום אצלי ירון אברג'יל, נכון?", [("name", "ירון אברג'יל")])
H("הבקשה לשנת 2021 אושרה, סכום ההחזר 4,870 שקל, והוא אמור להיכנס תוך 30 יום.")
H(f"בטופס ביקשו IBAN אז זה {HE_IBAN_IL1}", [("iban", HE_IBAN_IL1)])
H("הכתובת למשלוח מכתבים: רחוב ז'בוטינסקי 33, כניסה ב', דירה 17, פתח תקווה.",
  [("address", "רחוב ז'בוטינסקי 33, כניסה ב', דירה 17, פתח תקווה")])
H(f"מספר הפנייה שלך {np('20418873')}, תשמור אותו.")
H("אני עובד שכיר בשתי עבודות וגם הייתי שלושה חודשים במילואים")

# private kindergarten, Netanya
H("גן השקד בוקר טוב מדברת הגננת רותי", [("name", "רותי")])
H("בוקר טוב, אני ז'ולי אסולין, רציתי לרשום את הבן שלי לשנה הבאה.", [("name", "ז'ולי אסולין")])
H("הוא נולד ב-3 במרץ 2022, אז הוא יהיה בן שלוש בספטמבר.", [("date_of_birth", "3 במרץ 2022")])
H("שכר הלימוד 3,400 שקל לחודש, כולל ארוחת צהריים, והגן פתוח מ-7:30 עד 16:30.")
H("אנחנו גרים ברחוב סמילנסקי 8 דירה 3 נתניה", [("address", "רחוב סמילנסקי 8 דירה 3 נתניה")])
H("המייל julie.assouline@orange.fr", [("email", "julie.assouline@orange.fr")])
H(f"אני משלמת מחשבון בצרפת, ה-IBAN זה {grouped(HE_IBAN_FR)}.", [("iban", grouped(HE_IBAN_FR))])
H("הטלפון שלי +972 53-442-8167, עדיף וואטסאפ.", [("phone", "+972 53-442-8167")])
H("יש מקום בקבוצה של גילאי שלוש יש שם 18 ילדים ושתי סייעות")
H("תודה ז'ולי, נתראה ביום חמישי בעשר.", [("name", "ז'ולי")])

# moving company, Jerusalem to Modiin
H("הובלות המרכז שלום")
H("היי, מדבר מייקל, אה, מייקל גולדברג, אני צריך הובלה מירושלים למודיעין.",
  [("name", "מייקל", 0), ("name", "מייקל גולדברג")])
H("מרחוב עמק רפאים 54, קומה שלישית, בלי מעלית.", [("address", "רחוב עמק רפאים 54, קומה שלישית")],
  "מאיפה אוספים?")
H("ולמודיעין רחוב עמק איילון 12 דירה 6", [("address", "רחוב עמק איילון 12 דירה 6")])
H("זה יוצא 6,800 שקל כולל פירוק והרכבה של שתי מיטות וארון, ביום שני ה-3 בשבע בבוקר.")
# the agent reads the first half back in the same line, the caller goes on
_he_c3 = f"{HE_CARD3[:4]} {HE_CARD3[4:8]}, כן, {HE_CARD3[:4]} {HE_CARD3[4:8]}, אה, ואז {HE_CARD3[8:12]} {HE_CARD3[12:]}"
H(f"אני אשלם בויזה, {_he_c3}.", [("card", _he_c3)])
H(f"את הפיקדון תחזירו לחשבון שלי באנגליה, {grouped(HE_IBAN_GB)}.", [("iban", grouped(HE_IBAN_GB))])
H("יש לי פסנתר ו-40 קרטונים, ואולי גם את המקרר של אמא שלי מגילה.")
H("המייל mikeyg שטרודל hotmail נקודה com", [("email", "mikeyg שטרודל hotmail נקודה com")])

# air-conditioner warranty
H("שירות לקוחות, מדברת הילה, אפשר את מספר תעודת הזהות של בעל המנוי?", [("name", "הילה")])
H(f"כן, {HE_TZ3[:8]}-{HE_TZ3[8]}", [("id", f"{HE_TZ3[:8]}-{HE_TZ3[8]}")],
  "אפשר את מספר תעודת הזהות של בעל המנוי?")
H("המזגן מדגם אינוורטר 140, קניתי אותו בינואר 2023 בחשמל נטו, והאחריות לשלוש שנים.")
H("שדרות ירושלים 87 קומה 2 יפו", [("address", "שדרות ירושלים 87 קומה 2 יפו")], "הכתובת להגעת הטכנאי?")
H("הטכנאי יגיע ביום רביעי בין 12 ל-4, ואם צריך גז זה 250 שקל.")
H("טלפון בבית 03-5184427", [("phone", "03-5184427")])
H("שישה עשר ביוני שבעים ושש", [("date_of_birth", "שישה עשר ביוני שבעים ושש")],
  "ותאריך הלידה של בעל המנוי?")
H("תודה רבה אבי, תקבל הודעה יום לפני.", [("name", "אבי")])

# theatre box office
H("קופת תיאטרון הנמל, מדבר עידו.", [("name", "עידו")])
H("יש שני כרטיסים להצגה אמא קוראז' ביום שבת ב-21:00, שורה 12 כיסאות 7 ו-8, 198 שקל לכרטיס.")
_he_c4 = say('he', HE_CARD4, 'd4 p2 p2 p2 p2 p2 p2')
H(f"מספר הכרטיס {_he_c4}", [("card", _he_c4)])
H("יש הנחה של 25% לאזרחים ותיקים, וההצגה שעתיים ורבע עם הפסקה.")
H("תשלחו את הכרטיסים ל-ruti.bendavid@walla.co.il", [("email", "ruti.bendavid@walla.co.il")])
H(f"מספר ההזמנה {np('88 41 72')}, תציגו אותו בקופה חצי שעה לפני")

HE_TZ4 = tz("34581290")
HE_TZ5 = tz("20877541")
HE_TZ_BABY = tz("34790126")
HE_TZ6 = tz("31904657")
HE_TZ7 = tz("05218830")
HE_IBAN_IL2 = iban("IL", "0108000000012477086")
HE_IBAN_IL3 = iban("IL", "0205720000000188431")
HE_IBAN_IL4 = iban("IL", "0316150000000529903")
HE_IBAN_DE = iban("DE", "500105170648213355")
HE_IBAN_CY = iban("CY", "002001950000357004817290")
HE_CARD5 = card("458044129907361", 16)
HE_CARD6 = card("552189043317640", 16)
HE_CARD7 = card("426684015572390", 16)
HE_CARD8 = card("535311207894462", 16)

# ulpan, a new immigrant from Ukraine
H("אולפן גורדון שלום")
H("שלום, שמי אולנה שבצ'נקו, עליתי מאוקראינה לפני חודשיים.", [("name", "אולנה שבצ'נקו")])
_tz4 = say('he', HE_TZ4, 'd9', g='m')
H(f"מספר זהות {_tz4}", [("id", _tz4)])
H("נולדתי שבעה בנובמבר תשעים ואחת", [("date_of_birth", "שבעה בנובמבר תשעים ואחת")], "מה תאריך הלידה?")
H("הקורס חמישה חודשים, חמישה ימים בשבוע, משמונה וחצי עד אחת, והוא בחינם לעולים חדשים.")
H("המייל שלי olena_sh91@ukr.net", [("email", "olena_sh91@ukr.net")])
H("הכיתה ברחוב בן גוריון קומה שנייה ליד סניף הדואר")
_he_ph_ul = say('he', '0528840173', 'd3 d3 d4')
H(f"הנייד {_he_ph_ul}", [("phone", _he_ph_ul)])
H(f"על ספר הלימוד 120 שקל אני משלמת בכרטיס {HE_CARD5}", [("card", HE_CARD5)])

# child allowance office
H("ביטוח לאומי, מוקד קצבת ילדים, מדברת טליה.", [("name", "טליה")])
H(f"תעודת זהות {HE_TZ5}", [("id", HE_TZ5)], "בשביל הזיהוי אני צריכה מספר תעודת זהות.")
H(f"ומספר הזהות של התינוקת {' '.join([HE_TZ_BABY[:3], HE_TZ_BABY[3:6], HE_TZ_BABY[6:]])}",
  [("id", ' '.join([HE_TZ_BABY[:3], HE_TZ_BABY[3:6], HE_TZ_BABY[6:]]))])
H("היא נולדה ב-14.2.2025 בסורוקה", [("date_of_birth", "14.2.2025")])
H("ואני נולדתי באחד במאי תשעים ושלוש", [("date_of_birth", "אחד במאי תשעים ושלוש")], "ותאריך הלידה שלך?")
H("הקצבה משולמת ב-20 לכל חודש, והבקשה תטופל תוך 30 ימי עבודה.")
_il2 = f"IL {say('he', HE_IBAN_IL2[2:4], 'p2')}, {' '.join(grouped(HE_IBAN_IL2[4:]).split())}"
H(f"בטופס יש שדה של IBAN, אז זה {_il2}", [("iban", _il2)])
H("טלפון לחזרה 0507713264", [("phone", "0507713264")])
H("תשלחו אישור למייל rivka.mengistu@gmail.com", [("email", "rivka.mengistu@gmail.com")])

# used-car dealer
H("שלום אני מתקשר לגבי הטויוטה קורולה 2019 שפרסמתם ביד 2 עם 86 אלף קילומטר")
H("המחיר 78,000, אבל על מזומן אפשר לרדת ל-75. יש לה טסט עד מרץ והיא יד שנייה מליסינג.")
H("מספר הרכב 824-17-503 ואפשר לבדוק אותו במכון בדיקה לפני")
H(f"בשביל הסכם המכר, תעודת זהות {HE_TZ6}.", [("id", HE_TZ6)])
H(f"מקדמה אלפיים שקל בכרטיס {say('he', HE_CARD6, 'd4 d4 d4 d4')}",
  [("card", say('he', HE_CARD6, 'd4 d4 d4 d4'))])
H(f"את היתרה אני מעביר מהחשבון שלי בגרמניה, {grouped(HE_IBAN_DE)}.", [("iban", grouped(HE_IBAN_DE))])
H("אפשר להשיג אותי ב-054-6620918 אחרי חמש", [("phone", "054-6620918")])
H("אפשר לבוא לראות ביום שישי בבוקר, אנחנו במגרש ברחוב המסגר, ליד תחנת הדלק של פז.")
H("תרשום לחוזה את הכתובת שלי רחוב הגפן 5 קריית טבעון", [("address", "רחוב הגפן 5 קריית טבעון")])

# pet insurance claim
H("הכלבה שלי לולה נולדה ב-2018 והיא עברה ניתוח בברך אצל הווטרינר בכפר סבא")
H(f"החשבונית על 7,450 שקל, ומספר הפוליסה {np('4417 2093 85')}.")
H(f"מספר זהות {say('he', HE_TZ7, 'd3 d3 d3', sep=', ')}",
  [("id", say('he', HE_TZ7, 'd3 d3 d3', sep=', '))])
H("תאריך לידה של בעל הפוליסה 02/12/1983", [("date_of_birth", "02/12/1983")])
H("ההשתתפות העצמית 350 שקל ואנחנו מחזירים 80 אחוז תוך 14 ימי עסקים")
H(f"לאיזה חשבון להעביר? יש לך IBAN? כן, {HE_IBAN_IL3}", [("iban", HE_IBAN_IL3)])
H("המייל שירה לוי שטרודל ג'ימייל נקודה קום", [("email", "שירה לוי שטרודל ג'ימייל נקודה קום")])
H(f"ותעדכנו את הכרטיס לחיוב החודשי: {grouped(HE_CARD7, 4, '-')}", [("card", grouped(HE_CARD7, 4, '-'))])

# elevator maintenance, building committee
H("שלום המעלית בבניין תקועה בקומה 4 מהבוקר ויש אצלנו אנשים מבוגרים")
H("רחוב ויצמן 21, כפר סבא.", [("address", "רחוב ויצמן 21, כפר סבא")], "מה כתובת הבניין?")
H("אני יושב ראש ועד הבית קוראים לי צביקה", [("name", "צביקה")])
H("מעלית מספר 3318, חוזה שירות משנת 2019, הטכנאי יגיע תוך שעתיים.")
H("תחזרו אליי ל-052-7194406 אם יש עיכוב", [("phone", "052-7194406")])
H(f"את החשבונית על התיקון נשלם מחשבון הוועד, IBAN {HE_IBAN_IL4}", [("iban", HE_IBAN_IL4)])

# civil wedding in Cyprus, Hebrew-speaking planner
H("החתונה בלרנקה ב-12 ביוני, טקס אזרחי בעירייה בשעה 11, ואחר כך ארוחה במלון על החוף.")
H(f"את המקדמה של 500 יורו מעבירים לחשבון שלנו בקפריסין, {grouped(HE_IBAN_CY)}.", [("iban", grouped(HE_IBAN_CY))])
H(f"אני מעדיפה לשלם באשראי {HE_CARD8[:4]} {HE_CARD8[4:8]} {HE_CARD8[8:12]} {HE_CARD8[12:]}",
  [("card", f"{HE_CARD8[:4]} {HE_CARD8[4:8]} {HE_CARD8[8:12]} {HE_CARD8[12:]}")])

LANGS["he"] = HE

# ---------------------------------------------------------------- Greek
# Calls: hospital appointments (Thessaloniki, an older caller), wedding estate (Attica),
# home cleaning (Athens), phone repair (Athens, a young caller), tax office helpline,
# kindergarten registration (Limassol, Cypriot), holiday apartments (Naxos), moving company
# (Thessaloniki to Athens), appliance warranty, summer theatre box office, language school
# (frontistirio), child benefit office, driving school (Nicosia), used-car dealer.

EL = []
G = lambda text, spans=(), ctx=None: EL.append((text, list(spans), ctx))

EL_CARD1 = card("493187260041573", 16)
EL_CARD2 = card("516832094417260", 16)
EL_IBAN_GR1 = iban("GR", "01100400000004012938477")

# hospital appointments, Thessaloniki
G("Νοσοκομείο Άγιος Παύλος, τμήμα ραντεβού, καλημέρα σας.")
G("Καλημέρα παιδί μου, είμαι η Σταματία Καραγιάννη, θέλω να κλείσω ένα ραντεβού για το καρδιολογικό.",
  [("name", "Σταματία Καραγιάννη")])
G("Γεννήθηκα στις είκοσι πέντε Μαρτίου του σαράντα εννιά.",
  [("date_of_birth", "είκοσι πέντε Μαρτίου του σαράντα εννιά")], "Την ημερομηνία γέννησης;")
G("Το πρώτο διαθέσιμο είναι την Τρίτη 18 Νοεμβρίου στις 11:20, στο ισόγειο, γραφείο 14.")
_el_ph1 = say('el', '2310458219', 'd4 t3 t3', sep=', ')
G(f"Το σταθερό μου είναι {_el_ph1}.", [("phone", _el_ph1)])
G("Εντάξει κυρία Καραγιάννη, σας έκλεισα για την Τρίτη.", [("name", "Καραγιάννη")])
G("να φέρετε το παραπεμπτικό και τις εξετάσεις από τον ιούνιο η επίσκεψη κοστίζει 20 ευρώ")
_el_ph2 = say('el', '6973815402', 'p2 p2 t3 t3')
G(f"και το κινητό της κόρης μου για ειδοποίηση {_el_ph2}", [("phone", _el_ph2)])

# wedding estate, Attica
G("Κτήμα Ελαιώνας, καλησπέρα, η Δέσποινα από εδώ.", [("name", "Δέσποινα")])
G("Καλησπέρα, λέγομαι Άγγελος Μαυρίδης, παντρευόμαστε τον Σεπτέμβριο και θέλαμε να δούμε διαθεσιμότητα.",
  [("name", "Άγγελος Μαυρίδης")])
G("Το Σάββατο 13 Σεπτεμβρίου είναι ελεύθερο, το μενού είναι 65 ευρώ το άτομο και το ελάχιστο 150 άτομα.")
G("θα είμαστε γύρω στα 280 άτομα και η εκκλησία είναι η αγία μαρίνα στο κορωπί")
G("Το email μου είναι angelos.mavridis@yahoo.gr", [("email", "angelos.mavridis@yahoo.gr")])
_el_c1 = say('el', EL_CARD1, 'p2 p2 p2 p2 p2 p2 p2 p2')
G(f"Ναι, {_el_c1}.", [("card", _el_c1)], "Για την προκαταβολή, τον αριθμό της κάρτας παρακαλώ.")
G(f"Μπορείτε επίσης να κάνετε κατάθεση στον λογαριασμό μας στην Εθνική, {grouped(EL_IBAN_GR1)}.",
  [("iban", grouped(EL_IBAN_GR1))])
G("Ευχαριστώ πολύ Άγγελε, θα σας στείλω το συμβόλαιο στο email.", [("name", "Άγγελε")])
G("Η προκαταβολή είναι 30%, και η εξόφληση μία εβδομάδα πριν τον γάμο.")

# home cleaning, Athens
G("Καθαρίσματα Λάμψη, καλημέρα, ο Στέλιος.", [("name", "Στέλιος")])
G("καλημέρα είμαι η κατερίνα θέλω ένα γενικό καθάρισμα για το σπίτι πριν το πάσχα", [("name", "κατερίνα")])
G("μένω στην πατησίων 112 τέταρτος όροφος κυψέλη", [("address", "πατησίων 112 τέταρτος όροφος κυψέλη")])
G("Για 90 τετραγωνικά είναι 110 ευρώ, δύο άτομα για περίπου πέντε ώρες, την Πέμπτη από τις 9.")
G("Το κινητό μου 6945 287 130.", [("phone", "6945 287 130")])
G(f"Θα πληρώσω με κάρτα, {grouped(EL_CARD2)}.", [("card", grouped(EL_CARD2))])
G("θα φέρουν και τα υλικά ή να πάρω από τον σκλαβενίτη")
G("Εντάξει Κατερίνα μου, σας έχουμε Πέμπτη στις εννιά.", [("name", "Κατερίνα")])

# phone repair, Athens
G("Fix Point Αμπελόκηποι, γεια σας.")
G(f"Γεια, είμαι ο Νίκος, έχω αφήσει ένα iPhone 12 για αλλαγή οθόνης, με αριθμό παραλαβής {np('4471')}.",
  [("name", "Νίκος")])
G("Η οθόνη είναι 149 ευρώ με ΦΠΑ και θα είναι έτοιμο αύριο μετά τις 5, με εγγύηση έξι μήνες.")
G("στείλτε μου το τιμολόγιο στο nikos κάτω παύλα k παπάκι hotmail τελεία com",
  [("email", "nikos κάτω παύλα k παπάκι hotmail τελεία com")])
_el_ph4 = say('el', '6981047738', 'd1 p2 t3 p2 p2')
G(f"πάρτε με στο {_el_ph4}", [("phone", _el_ph4)])
G("είμαστε στην αλεξάνδρας δίπλα στο γήπεδο του παναθηναϊκού")
G("ok νίκο το έχουμε έτοιμο στις πέντε", [("name", "νίκο")])

EL_AFM1 = afm("13658421")
EL_AFM_WIFE = afm("04719237")
EL_AFM2 = afm("12288457")
EL_IBAN_GR2 = iban("GR", "01721530005153049827163")
EL_IBAN_GR3 = iban("GR", "01407080708002002817364")
EL_CARD3 = card("417500632291884", 16)
EL_CARD4 = card("552403917750218", 16)

# tax office helpline
G("Κέντρο Εξυπηρέτησης Φορολογουμένων, καλημέρα, ονομάζομαι Ειρήνη, πώς μπορώ να σας βοηθήσω;",
  [("name", "Ειρήνη")])
G("καλημέρα έχω ένα θέμα με τη δήλωση του 2023 μου βγάζει φόρο 1.240 ευρώ και δεν καταλαβαίνω γιατί")
_afm1 = say('el', EL_AFM1, 'd3 d3 d3', sep=', ')
G(f"Ναι, {_afm1}.", [("id", _afm1)], "Τον ΑΦΜ σας παρακαλώ.")
G("Θεοδωρόπουλος Βασίλειος.", [("name", "Θεοδωρόπουλος Βασίλειος")], "Και το ονοματεπώνυμο;")
G("ημερομηνία γέννησης 14/07/1962", [("date_of_birth", "14/07/1962")])
G("Η πρώτη δόση είναι στις 31 Ιουλίου, και μπορείτε να το πληρώσετε σε 8 δόσεις των 155 ευρώ.")
G(f"Και της συζύγου ο ΑΦΜ είναι {EL_AFM_WIFE}, κάνουμε κοινή δήλωση.", [("id", EL_AFM_WIFE)])
G(f"Για την επιστροφή έχω δηλώσει IBAN στην Πειραιώς, {grouped(EL_IBAN_GR2)}.", [("iban", grouped(EL_IBAN_GR2))])
G("Η διεύθυνση που έχετε δηλώσει είναι Αγίου Δημητρίου 45, Νέα Σμύρνη, 17122;",
  [("address", "Αγίου Δημητρίου 45, Νέα Σμύρνη, 17122")])
G(f"ο κωδικός της αίτησης είναι {say('el', np('88204173'), 'd8')}")
G("Ευχαριστώ κύριε Θεοδωρόπουλε, καλή συνέχεια.", [("name", "Θεοδωρόπουλε")])

# kindergarten registration, Limassol (Cypriot)
G("Νηπιαγωγείο Τα Χελιδόνια, καλημέρα, η Χρυστάλλα.", [("name", "Χρυστάλλα")])
G("Καλημέρα, εν η Μαρούλλα Χαραλάμπους που μιλά, θέλω να γράψω τον μιτσή μου για τον Σεπτέμβρη.",
  [("name", "Μαρούλλα Χαραλάμπους")])
G("Εγεννήθηκε στις δεκαεννιά του Φλεβάρη του εικοσιδύο.",
  [("date_of_birth", "δεκαεννιά του Φλεβάρη του εικοσιδύο")], "Πότε γεννήθηκε ο μικρός;")
G("Τα δίδακτρα είναι 280 ευρώ τον μήνα, τζαι το πρόγραμμα που τις 7:15 ως τις 1, με απογευματινό ως τις 5.")
G("Μένουμε στην Αρχιεπισκόπου Μακαρίου 214, διαμέρισμα 302, Λεμεσός 3030.",
  [("address", "Αρχιεπισκόπου Μακαρίου 214, διαμέρισμα 302, Λεμεσός 3030")])
_cy1 = say('el', '99417263', 'p2 t3 t3', sep=', ')
G(f"Το κινητό μου {_cy1}.", [("phone", _cy1)])
G("το email marulla.ch παπάκι cytanet τελεία com τελεία cy",
  [("email", "marulla.ch παπάκι cytanet τελεία com τελεία cy")])
G("Θέλουμε πιστοποιητικό γέννησης τζαι την κάρτα εμβολίων, τζαι η εγγραφή κλείνει στις 30 Μαΐου.")
G("Εντάξει κυρία Μαρούλλα, να σας δω την Τρίτη να γεμίσουμε την αίτηση.", [("name", "Μαρούλλα")])

# holiday apartments, Naxos
G("Naxos Blue Studios, καλησπέρα σας.")
G("καλησπέρα θα θέλαμε ένα στούντιο για δύο άτομα από τις 3 μέχρι τις 10 αυγούστου")
G("Έχουμε ένα με θέα στην Πορτάρα, 95 ευρώ τη βραδιά, 300 μέτρα από την παραλία του Αγίου Γεωργίου.")
G("Στο όνομα Δημήτρης Λαμπρόπουλος, Δημήτρης με ήτα.",
  [("name", "Δημήτρης Λαμπρόπουλος"), ("name", "Δημήτρης", 1)], "Στο όνομα ποιου να κάνω την κράτηση;")
G(f"Για την εγγύηση, {grouped(EL_CARD3)}, λήγει 11/27.", [("card", grouped(EL_CARD3))])
G("Και το email, dimitris.lambro@gmail.com.", [("email", "dimitris.lambro@gmail.com")])
G("Το πλοίο από Πειραιά φτάνει στις 13:45, και θα σας περιμένει κάποιος δικός μας με πινακίδα στο λιμάνι.")
G(f"Την προκαταβολή των 200 ευρώ τη στέλνετε στον λογαριασμό μας, {EL_IBAN_GR3}, στην Alpha Bank.",
  [("iban", EL_IBAN_GR3)])
_corr = "έξι εννιά τέσσερα πέντε ένα δύο εφτά οχτώ μηδέν όχι συγγνώμη οχτώ ένα τρία"
G(f"το κινητό μου είναι {_corr}", [("phone", _corr)])

# moving company, Thessaloniki to Athens
G("Μεταφορική Βορράς, καλημέρα.")
G("καλημέρα με λένε σούλα παπαδάκη μετακομίζουμε από τη θεσσαλονίκη στην αθήνα τέλος του μήνα",
  [("name", "σούλα παπαδάκη")])
G("Τσιμισκή 75, πέμπτος όροφος, Θεσσαλονίκη.", [("address", "Τσιμισκή 75, πέμπτος όροφος, Θεσσαλονίκη")],
  "Από πού φορτώνουμε;")
G("και παράδοση στην κηφισίας 210 μαρούσι πρώτος όροφος", [("address", "κηφισίας 210 μαρούσι πρώτος όροφος")])
G("Για δυάρι με ανελκυστήρα είναι 950 ευρώ με το φορτηγό των 35 κυβικών, φόρτωση Παρασκευή 28 στις 7 το πρωί.")
G(f"Θέλω τιμολόγιο, ο ΑΦΜ είναι {EL_AFM2[:3]} {EL_AFM2[3:6]} {EL_AFM2[6:]}.",
  [("id", f"{EL_AFM2[:3]} {EL_AFM2[3:6]} {EL_AFM2[6:]}")])
_el_c4 = say('el', EL_CARD4, 'd4 d4 d4 d4', sep=', ')
G(f"θα πληρώσω τα μισά τώρα με κάρτα {_el_c4.replace(',', '')}", [("card", _el_c4.replace(',', ''))])
G("Θα χρειαστεί και άδεια στάθμευσης από τον δήμο για την Τσιμισκή, κάνει γύρω στα 40 ευρώ.")

# appliance warranty
G("Καλημέρα, τηλεφωνώ για το πλυντήριο πιάτων Pitsos που πήρα από τον Κωτσόβολο πέρσι τον Μάρτιο.")
G(f"Ο σειριακός αριθμός είναι FD {np('9907 00413')} και βγάζει σφάλμα E15.")
G("Φωτεινή Αλεξίου", [("name", "Φωτεινή Αλεξίου")], "Το ονοματεπώνυμο του κατόχου;")
G("σταθερό 210 601 4882", [("phone", "210 601 4882")])
G("Για την επιβεβαίωση, fotini_alex@otenet.gr", [("email", "fotini_alex@otenet.gr")])
G("Ο τεχνικός θα έρθει την Πέμπτη μεταξύ 10 και 2, η επίσκεψη καλύπτεται από την εγγύηση των 2 ετών.")
G("Η διεύθυνση είναι Ηρώων Πολυτεχνείου 17, Πειραιάς 18536.",
  [("address", "Ηρώων Πολυτεχνείου 17, Πειραιάς 18536")])

EL_AFM3 = afm("10294638")
EL_AFM4 = afm("06612384")
EL_AFM_HUSB = afm("13379052")
EL_AFM_SON = afm("11508826")
EL_AFM5 = afm("15730961")
EL_IBAN_GR4 = iban("GR", "02601250000840200773519")
EL_IBAN_GR5 = iban("GR", "01101230000012359044826")
EL_IBAN_CY = iban("CY", "002001230000001027839505")
EL_IBAN_DE = iban("DE", "700202700015482391")
EL_IBAN_GR6 = iban("GR", "01720270005027133648821")
EL_CARD5 = card("455617209833014", 16)
EL_CARD6 = card("520473318864092", 16)
EL_CARD7 = card("491003758826147", 16)
EL_CARD8 = card("537104269901583", 16)

# summer theatre box office, Athens
G("ταμεία θεάτρου λυκαβηττού καλησπέρα")
G("θέλω δύο εισιτήρια για την αντιγόνη στις 12 ιουλίου στην επίδαυρο διακεκριμένη ζώνη")
G("Η διακεκριμένη είναι 45 ευρώ, η φοιτητική 15, και τα λεωφορεία φεύγουν από το Σύνταγμα στις 5 το απόγευμα.")
_el_c5 = say('el', EL_CARD5, 'd4 d4 d4 d4')
G(f"ο αριθμός της κάρτας {_el_c5}", [("card", _el_c5)])
G("γιώργος τσακίρης", [("name", "γιώργος τσακίρης")], "Στο όνομα ποιου να τα κρατήσω;")
G("στείλτε τα στο gtsakiris παπάκι gmail τελεία com", [("email", "gtsakiris παπάκι gmail τελεία com")])
G("η παράσταση ξεκινάει στις εννιά και διαρκεί μιάμιση ώρα χωρίς διάλειμμα")
_el_ph5 = say('el', '6942771508', 'p2 p2 p2 p2 p2')
G(f"κινητό {_el_ph5}", [("phone", _el_ph5)])
G(f"αν ακυρωθεί λόγω καιρού θέλω την επιστροφή στο {EL_IBAN_GR6.lower()}", [("iban", EL_IBAN_GR6.lower())])

# language school (frontistirio), Thessaloniki
G("γεια σας με λένε Ermira Hoxha και θέλω να γράψω την κόρη μου στα αγγλικά", [("name", "Ermira Hoxha")])
G("Τα τμήματα για το Lower ξεκινούν 15 Σεπτεμβρίου, Δευτέρα και Πέμπτη 5 με 7, 90 ευρώ τον μήνα.")
G("γεννήθηκε 3 του 9 του 2011", [("date_of_birth", "3 του 9 του 2011")], "Πότε γεννήθηκε η μικρή;")
G("Τα βιβλία κοστίζουν 62 ευρώ και οι εξετάσεις του Cambridge είναι τον Μάιο στο Βελλίδειο.")
G("το email μου ermira.h@gmail.com", [("email", "ermira.h@gmail.com")])
G(f"Η πληρωμή γίνεται με κατάθεση στη Eurobank, {grouped(EL_IBAN_GR4)}, ή με κάρτα στη γραμματεία.",
  [("iban", grouped(EL_IBAN_GR4))])
G(f"με κάρτα καλύτερα {grouped(EL_CARD6)}", [("card", grouped(EL_CARD6))])
G("καραολή και δημητρίου 33 νεάπολη", [("address", "καραολή και δημητρίου 33 νεάπολη")],
  "Για την απόδειξη, τι διεύθυνση να γράψω;")
_afm3 = say('el', EL_AFM3, 't3 p2 p2 p2')
G(f"και αφμ για την απόδειξη {_afm3}", [("id", _afm3)])

# child benefit office
G("ΟΠΕΚΑ, γραμμή επιδομάτων, καλημέρα.")
G("Καλημέρα, για το επίδομα παιδιού, η αίτηση μου βγήκε απορριπτέα και δεν ξέρω γιατί.")
_afm4 = say('el', EL_AFM4, 'd1 p2 t3 t3', sep=', ')
G(f"ο αφμ μου {_afm4.replace(',', '')}", [("id", _afm4.replace(',', ''))])
G(f"και του συζύγου {EL_AFM_HUSB}", [("id", EL_AFM_HUSB)])
G(f"και του μεγάλου που σπουδάζει έχει δικό του αφμ {' '.join(EL_AFM_SON)}", [("id", ' '.join(EL_AFM_SON))])
G("Το εισόδημα του 2023 βγαίνει 16.800 ευρώ, πάνω από το όριο της πρώτης κατηγορίας, γι' αυτό.")
_gr5 = f"gr {say('el', EL_IBAN_GR5[2:4], 'p2')} {grouped(EL_IBAN_GR5[4:])}"
G(f"ο λογαριασμός που πληρώνομαι είναι {_gr5}", [("iban", _gr5)])
G("το τρίτο παιδί γεννήθηκε στις 2 φεβρουαρίου 2024", [("date_of_birth", "2 φεβρουαρίου 2024")])
G("γεννήθηκα 11 του 11 του 88", [("date_of_birth", "11 του 11 του 88")], "Και η δική σας ημερομηνία γέννησης;")
G("Η πληρωμή γίνεται κάθε δύο μήνες, η επόμενη είναι στις 30 Ιουνίου.")

# driving school, Nicosia
G("σχολή οδηγών ο αετός καλημέρα")
G("Καλημέρα, εν ο Μάριος, θέλω να κάμω μαθήματα για δίπλωμα αυτοκινήτου.", [("name", "Μάριος")])
G("Το μάθημα εν 25 ευρώ, τζαι χρειάζεσαι τουλάχιστον 20 μαθήματα, οι εξετάσεις εν στη Λατσιά.")
G("εικοσιπέντε του δώδεκα του δύο χιλιάδες έξι", [("date_of_birth", "εικοσιπέντε του δώδεκα του δύο χιλιάδες έξι")],
  "Ημερομηνία γέννησης;")
G("το κινητό μου +357 96 518 402", [("phone", "+357 96 518 402")])
G(f"Πληρώνω με έμβασμα που την Τράπεζα Κύπρου, {grouped(EL_IBAN_CY)}.", [("iban", grouped(EL_IBAN_CY))])
G(f"εν πιο εύκολο με κάρτα {EL_CARD7}", [("card", EL_CARD7)])
G("να με παίρνεις που το σπίτι στη στασικράτους 12 λευκωσία", [("address", "στασικράτους 12 λευκωσία")])

# used-car dealer, Athens
G("Για το Toyota Yaris του 2017 με 92.000 χιλιόμετρα η τιμή είναι 11.500, και έχει ΚΤΕΟ μέχρι τον Μάρτιο.")
G("ο αριθμός κυκλοφορίας είναι ιμκ 4825 και το έχει ένας ιδιοκτήτης")
_afm5 = say('el', EL_AFM5, 't3 p2 p2 p2')
G(f"{_afm5}", [("id", _afm5)], "Για το συμβόλαιο μεταβίβασης χρειάζομαι τον ΑΦΜ σας.")
G("για την ασφάλεια η ημερομηνία γέννησης είναι 5 μαΐου 1985", [("date_of_birth", "5 μαΐου 1985")])
G(f"προκαταβολή 500 με κάρτα {' '.join(grouped(EL_CARD8).split())}", [("card", grouped(EL_CARD8))])
G(f"τα υπόλοιπα έρχονται από τον λογαριασμό μου στη γερμανία {grouped(EL_IBAN_DE).lower()}",
  [("iban", grouped(EL_IBAN_DE).lower())])
G("Το κινητό μου +30 697 440 1286.", [("phone", "+30 697 440 1286")])
G("στείλτε μου φωτογραφίες στο thanos.k1985@yahoo.gr", [("email", "thanos.k1985@yahoo.gr")])
G("Ευχαριστώ Θάνο, σας περιμένουμε το Σάββατο στη Λεωφόρο Συγγρού.", [("name", "Θάνο")])
G("Δεχόμαστε και το παλιό σας αυτοκίνητο, το Fiat Punto, σαν μέρος της πληρωμής, αφού το δει ο μηχανικός.")

LANGS["el"] = EL

if __name__ == "__main__":
    main()
