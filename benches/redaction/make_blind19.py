#!/usr/bin/env python3
"""Blind evaluation set 19 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session started by a project session, working
only from a written brief. The helper never opened, listed or read the
redactor, its rules, its tests, or any other evaluation set or generator; the
lines below were composed from the brief's specification and general knowledge
of how people talk on customer-service calls. All values are invented; every
check-digit value (cards, IBANs, national IDs) is computed here, and long
non-personal numbers are asserted to fail those checks.

Output: data/redaction/blind19/{en,ar,he,el}.jsonl (relative to the repo root),
one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" only where given

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text, end exclusive,
  computed by searching for each span's substring (never counted by hand) and
  asserted on write.
- context (optional, not scored) is an earlier line of the same call.
- items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind19.py
Standard library only; deterministic (no randomness).
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind19"))
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------

def luhn_ok(d):
    if not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial):
    """Append the Luhn check digit to partial."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    d = luhn_complete(partial)
    assert 13 <= len(d) <= 19 and luhn_ok(d), d
    return d


IBAN_LEN = {
    "GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
    "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "BH": 22, "LB": 28,
    "FR": 27, "NL": 18, "ES": 24, "IT": 27, "PS": 29, "TN": 24, "BG": 22,
    "AT": 20, "MT": 31,
}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) < 5 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit() or not s.isalnum():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    """IBAN (compact) for country cc and BBAN, check digits computed."""
    bban = bban.replace(" ", "").upper()
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, bban, len(bban) + 4)
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def tz_ok(d):
    """Israeli Teudat Zehut (9 digits)."""
    if not (d.isdigit() and len(d) == 9):
        return False
    tot = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        tot += n if n < 10 else n - 9
    return tot % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(d):
    """Greek AFM (9 digits)."""
    if not (d.isdigit() and len(d) == 9) or d == "000000000":
        return False
    s = sum(int(d[i]) * (2 ** (8 - i)) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(partial8):
    for c in "0123456789":
        if afm_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def saudi_ok(d):
    return d.isdigit() and len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    d = luhn_complete(partial9)
    assert saudi_ok(d), d
    return d


def ssn_ok(d):
    d = d.replace("-", "").replace(" ", "")
    if not (d.isdigit() and len(d) == 9):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= s <= 9999


def id_ok(d):
    return tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)


def grp(d, sizes, sep=" "):
    """Split d into groups of the given sizes (must add up)."""
    assert sum(sizes) == len(d), (d, sizes)
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    return sep.join(out)


AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AI_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ai(s):
    """Arabic-Indic digits."""
    return s.translate(AI)


# ---------------------------------------------------------------------------
# spoken numbers. Every rendering is recorded in SPOKEN (words -> digits) so
# that spans and non-personal text can be checked after the fact.
# ---------------------------------------------------------------------------
SPOKEN = {}


def _rec(words, digits):
    SPOKEN[words] = digits
    return words


EN_ONES = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def num_en(n):
    if n < 10:
        return EN_ONES[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_ONES[u] if u else "")


def say_en(d, groups=None, zero="zero", gsep=" ", doubles=False, pairs=False):
    """Digits as English words. groups: sizes; pairs: 2-digit chunks as numbers."""
    chunks = [d] if not groups else grp(d, groups, "|").split("|")
    out = []
    for ch in chunks:
        words = []
        if pairs:
            i = 0
            while i < len(ch):
                p = ch[i:i + 2]
                if len(p) == 2 and p[0] != "0":
                    words.append(num_en(int(p)))
                else:
                    words.extend(zero if c == "0" else EN_ONES[int(c)] for c in p)
                i += 2
        else:
            i = 0
            while i < len(ch):
                c = ch[i]
                w = zero if c == "0" else EN_ONES[int(c)]
                if doubles and i + 2 < len(ch) + 0 and ch[i + 1:i + 3] == c + c:
                    words.append("triple " + w)
                    i += 3
                    continue
                if doubles and i + 1 < len(ch) and ch[i + 1] == c:
                    words.append("double " + w)
                    i += 2
                    continue
                words.append(w)
                i += 1
        out.append(" ".join(words))
    return _rec(gsep.join(out), d)


# ---------------------------------------------------------------------------
# items -> JSON lines
# ---------------------------------------------------------------------------
DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
PUNCT = " \t,.;:?!،؟"


def _num_checks(digits, where):
    """A number outside any span must not pass a personal-number check."""
    n = len(digits)
    if 13 <= n <= 19:
        assert not luhn_ok(digits), ("Luhn-valid non-personal number", digits, where)
    if n == 9:
        assert not tz_ok(digits), ("TZ-valid non-personal number", digits, where)
        assert not afm_ok(digits), ("AFM-valid non-personal number", digits, where)
    if n == 10 and digits[0] in "12":
        assert not luhn_ok(digits), ("Saudi-ID-valid non-personal number", digits, where)


def _check_span_value(kind, sub, where):
    compact = re.sub(r"[ .\-]", "", sub.translate(AI_BACK))
    if kind == "card" and compact.isdigit():
        assert 13 <= len(compact) <= 19 and luhn_ok(compact), (sub, where)
    if kind == "iban" and compact.isalnum() and compact[:2].isalpha():
        assert iban_ok(compact), (sub, where)
    if kind == "id" and compact.isdigit():
        assert id_ok(compact), (sub, where)
    if sub in SPOKEN:
        d = SPOKEN[sub]
        if kind == "card":
            assert luhn_ok(d), (sub, d, where)
        if kind == "id":
            assert id_ok(d), (sub, d, where)


def build(lang, items):
    rows = []
    for n, it in enumerate(items):
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        where = "%s#%d: %s" % (lang, n, text[:70])
        assert isinstance(text, str) and text == text.strip() and text, where
        tb = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, (kind, where)
            assert sub and sub[0] not in PUNCT and sub[-1] not in PUNCT, (sub, where)
            sb = sub.encode("utf-8")
            hits = [m.start() for m in re.finditer(re.escape(sb), tb)]
            if nth is None:
                assert len(hits) == 1, ("span substring found %d times" % len(hits), sub, where)
                start = hits[0]
            else:
                start = hits[nth]
            end = start + len(sb)
            assert tb[start:end].decode("utf-8") == sub
            cs = len(tb[:start].decode("utf-8"))
            ce = cs + len(sub)
            assert cs == 0 or not text[cs - 1].isalnum(), ("span starts inside a word", sub, where)
            assert ce == len(text) or not text[ce].isalnum(), ("span ends inside a word", sub, where)
            _check_span_value(kind, sub, where)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, b in zip(out, out[1:]):
            assert a["end"] <= b["start"], ("overlapping spans", where)
        # numbers outside spans must not look like personal numbers
        blank = bytearray(tb)
        for s in out:
            blank[s["start"]:s["end"]] = b" " * (s["end"] - s["start"])
        rest = blank.decode("utf-8")
        for m in DIGIT_RUN.finditer(rest.translate(AI_BACK)):
            _num_checks(re.sub(r"[ .\-]", "", m.group()), where)
        for m in IBAN_RUN.finditer(rest):
            assert not iban_ok(m.group()), ("IBAN-valid non-personal", m.group(), where)
        for words, d in SPOKEN.items():
            if words in rest and len(words) > 12:
                _num_checks(d, where)
        row = {"text": text, "spans": out}
        if ctx:
            assert ctx == ctx.strip(), where
            row["context"] = ctx
        rows.append(row)
    assert len(set(r["text"] for r in rows)) == len(rows), ("duplicate text", lang)
    return rows


LANGS = {}  # lang -> function returning the list of items


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    grand = {}
    for lang, fn in LANGS.items():
        rows = build(lang, fn())
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {k: 0 for k in KINDS}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] += 1
        empty = sum(1 for r in rows if not r["spans"])
        grand[lang] = (len(rows), empty, counts)
        print("%s: %d items (%d non-personal), %d spans: %s" % (
            lang, len(rows), empty, sum(counts.values()),
            ", ".join("%s %d" % kv for kv in counts.items())))
        if "--strict" in sys.argv:
            assert 110 <= len(rows) <= 130, lang
            assert 35 <= empty <= 45, lang
            assert all(v >= 7 for v in counts.values()), lang
            assert 20 <= counts["name"] <= 25, lang
    return grand


# ---------------------------------------------------------------------------
# self-tests of the helpers
# ---------------------------------------------------------------------------
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
assert tz_ok("000000018") and not tz_ok("000000019")
assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("123-00-4567")
assert say_en("0770", doubles=True, zero="oh") == "oh double seven oh"
assert say_en("1234", pairs=True) == "twelve thirty-four"

# ===========================================================================
# LANGUAGE SECTIONS (appended below)
# ===========================================================================

# ===========================================================================
# ENGLISH. Calls: tattoo studio (Melbourne), golf club (Kilkenny), roofing
# (Columbus, Ohio), chimney sweep (West Yorkshire), restaurant booking
# (Nigerian caller, London), web hosting (Bengaluru / Leicester), mattress
# store (Texas), garden centre (Kent), fire-extinguisher servicing (Lagos),
# trampoline park party (Brisbane), marathon entries (Cork), travel
# vaccination clinic (Birmingham).
# ===========================================================================


def say_alnum_en(s, groups=None, zero="oh", gsep=", "):
    """Letters spelled (upper case, spaced), digits as words."""
    chunks = [s] if not groups else grp(s, groups, "|").split("|")
    out = []
    for ch in chunks:
        out.append(" ".join(c if c.isalpha() else (zero if c == "0" else EN_ONES[int(c)])
                            for c in ch))
    return _rec(gsep.join(out), s)


EN = []
LANGS["en"] = lambda: EN

_c = {
    1: card("453201748892310"),      # Visa 16
    2: card("37144963539843"),       # Amex 15
    3: card("542418000347761"),      # Mastercard 16
    5: card("3056930902590"),        # Diners 14
    6: card("222300487719265"),      # Mastercard 2-series 16
    7: card("621483000091237755"),   # UnionPay 19
    8: card("490302118807342"),      # Visa debit 16
    9: card("413577226605418"),      # Visa 16
}
_i = {
    1: iban("IE", "BOFI90138422157736"),
    2: iban("GB", "BARC20451873026645"),
    3: iban("GB", "LOYD30962418557302"),
    4: iban("DE", "370502991044827316"),
    5: iban("IE", "AIBK93405561829104"),
    6: iban("AE", "0330000019100742561"),
    7: iban("GB", "MIDL40127755310984"),
    8: iban("IL", "0126140000051187342"),
}

# --- tattoo studio, Melbourne --------------------------------------------
EN += [
    ("Ironbark Ink, Shaz speaking, how can I help?", [("name", "Shaz")]),
    ("Hi, yeah, it's Tayla Nguyen here, I'm booked in for a half sleeve on the fourteenth.",
     [("name", "Tayla Nguyen")]),
    ("No worries Tayla, I can see you. The deposit was two hundred and the session's about five hours.",
     [("name", "Tayla")]),
    ("Is it still the 14th? Because my flight back from Cairns gets in at 9:40 that morning.", []),
    ("So we'd need another hundred and fifty on a card to lock in the second session, is that alright?", []),
    ("yep it's a visa " + say_en(_c[1], groups=(4, 4, 4, 4), zero="oh", gsep=", "),
     [("card", say_en(_c[1], groups=(4, 4, 4, 4), zero="oh", gsep=", "))],
     "Can I grab the long number on the card?"),
    ("Can you text the aftercare sheet to my mobile? It's " + say_en("0412778306", groups=(4, 3, 3), zero="oh", gsep=", ") + ".",
     [("phone", say_en("0412778306", groups=(4, 3, 3), zero="oh", gsep=", "))]),
    ("Sweet, and we've got your email as tayla dot n ninety-six at bigpond dot com?",
     [("email", "tayla dot n ninety-six at bigpond dot com")]),
    ("Third of the second, ninety-six.", [("date_of_birth", "Third of the second, ninety-six")],
     "And just for the consent form, what's your date of birth?"),
    ("The design's the banksia and the magpie, roughly twenty-two centimetres, black and grey only.", []),
    ("We're on Sydney Road, just past the Brunswick tram stop, upstairs from the bakery.", []),
    ("Sessions after six go up to one eighty an hour, so the 14th at 11 is the better deal.", []),
]

# --- golf club, Kilkenny ----------------------------------------------------
EN += [
    ("Good afternoon, Glenmore Golf Club, Aoife speaking.", [("name", "Aoife")]),
    ("Hiya, Declan Moriarty here, I'm ringing about the membership renewal.",
     [("name", "Declan Moriarty")]),
    ("Right so, Mr Moriarty, the five-day membership for 2025 is eleven hundred and fifty euro, "
     "or nine sixty if you pay before the thirty-first of January.", [("name", "Moriarty")]),
    ("Grand, and is the handicap carried over? I'm playing off fourteen.", []),
    ("It is, yeah, and the winter greens are open from the 3rd, only the seventh and the ninth are still closed with the flooding.", []),
    (say_alnum_en(_i[1], groups=(4, 4, 4, 4, 4, 2)) + ", that's the Bank of Ireland one",
     [("iban", say_alnum_en(_i[1], groups=(4, 4, 4, 4, 4, 2)))],
     "Go ahead with the IBAN for the direct debit so."),
    ("Best number is the mobile, " + say_en("0876142259", groups=(3, 3, 4), zero="oh", gsep=", ") + ".",
     [("phone", say_en("0876142259", groups=(3, 3, 4), zero="oh", gsep=", "))]),
    ("And the fourball on Saturday, could I get a tee time around half eight? There's four of us.", []),
    ("I have eight thirty-six or nine twelve, the eight twenty-eight is gone to the seniors.", []),
    ("Are we still posting the bag tags to 17 Ashgrove Terrace in Kilkenny, or did ye move?",
     [("address", "17 Ashgrove Terrace"), ("address", "Kilkenny")]),
    ("No we moved in the summer, it's 4 Bóthar na Carraige, Ballycallan, R95 FK28.",
     [("address", "4 Bóthar na Carraige, Ballycallan, R95 FK28")],
     "Are we still posting the bag tags to the old address?"),
    ("Membership number is 20418, if that's any use to you.", []),
]

# --- roofing, Columbus Ohio --------------------------------------------------
EN += [
    ("Thank you for calling Summit Peak Roofing, this is Marisol, how can I help you today?",
     [("name", "Marisol")]),
    ("yeah hi my name is dwayne pettigrew we had hail damage last tuesday and i got a couple shingles missing",
     [("name", "dwayne pettigrew")]),
    ("Okay Mr. Pettigrew, what's the address of the property?", [("name", "Pettigrew")]),
    ("It's eleven forty-eight Larchmere Drive, um, Columbus, four three two one five.",
     [("address", "eleven forty-eight Larchmere Drive"), ("address", "Columbus, four three two one five")],
     "What's the address of the property?"),
    ("The adjuster from State Farm is coming out on the 22nd between 10 and 2.", []),
    ("Our inspection's free, and if it's a full replacement we're looking at somewhere around 14,000 to 18,000 depending on the squares.", []),
    ("Best callback is " + say_en("6148472290", groups=(3, 3, 4), zero="oh", gsep=", ") + ", that's my cell.",
     [("phone", say_en("6148472290", groups=(3, 3, 4), zero="oh", gsep=", "))]),
    ("Sure, it's 412-68-3097.", [("id", "412-68-3097")],
     "For the financing application I'll need your Social Security number."),
    ("And my wife's on it too, hers is " + say_en("531248806", groups=(3, 2, 4), zero="oh", gsep=", ") + ".",
     [("id", say_en("531248806", groups=(3, 2, 4), zero="oh", gsep=", "))],
     "Is anybody else on the loan with you?"),
    ("Date of birth, uh, April ninth, nineteen seventy-one.",
     [("date_of_birth", "April ninth, nineteen seventy-one")]),
    ("Email the estimate to d p-e-t-t-i-g-r-e-w seventy-one at yahoo dot com.",
     [("email", "d p-e-t-t-i-g-r-e-w seventy-one at yahoo dot com")]),
    ("We got a crew in your area Thursday the 24th, they start around 7:30, should take about six hours.", []),
    ("Your claim number with them is 0049 2817 3365, you might want to have that handy.", []),
]

# --- chimney sweep, West Yorkshire -------------------------------------------
EN += [
    ("Morning, Sootbusters, Gaz speaking.", [("name", "Gaz")]),
    ("Oh hello love, it's Margaret Holroyd, you came out to us last October.",
     [("name", "Margaret Holroyd")]),
    ("Right you are Margaret, and the address is still 3 Tanner's Fold, Hebden Bridge?",
     [("name", "Margaret"), ("address", "3 Tanner's Fold, Hebden Bridge")]),
    ("We do a sweep for sixty-five pound, and a bird guard's another thirty-five fitted.", []),
    ("I've got Wednesday the 9th at half ten or Friday the 11th first thing.", []),
    ("If nobody answers ring the landline, " + say_en("01422883107", groups=(5, 3, 3), zero="oh", gsep=", ") + ".",
     [("phone", say_en("01422883107", groups=(5, 3, 3), zero="oh", gsep=", "))]),
    ("Twenty-second of November, nineteen forty-seven. I don't look it, do I?",
     [("date_of_birth", "Twenty-second of November, nineteen forty-seven")],
     "We do ten percent off for over sixty-fives, can I just take your date of birth?"),
    ("Have you got a pen? It's " + grp(_c[8], (4, 4, 4, 4)) + ", it's the Halifax one.",
     [("card", grp(_c[8], (4, 4, 4, 4)))]),
    ("Stove's a Stovax, the Riva 40, and we've burnt about two ton of logs since.", []),
]

# --- restaurant booking, London (Nigerian caller) ----------------------------
EN += [
    ("Hello, good evening, I want to book a table for Saturday, for my wife's fortieth, we are eight people.", []),
    ("Of course, and can I take a name for the booking?", []),
    ("The name is Adebayo, A-D-E-B-A-Y-O.", [("name", "Adebayo"), ("name", "A-D-E-B-A-Y-O")],
     "Can I take a name for the booking?"),
    ("Lovely, thank you Mr Adebayo. For tables over six we hold a card, there's a no-show fee of twenty pounds a head.",
     [("name", "Adebayo")]),
    ("No problem, it's American Express, " + grp(_c[2], (4, 6, 5)) + ".", [("card", grp(_c[2], (4, 6, 5)))]),
    ("We can do 7:15 or 8:45, and the private room is 350 minimum spend.", []),
    ("My number is " + say_en("07946221480", groups=(5, 3, 3), zero="oh", gsep=", ", doubles=True)
     + ", you can send the confirmation there.",
     [("phone", say_en("07946221480", groups=(5, 3, 3), zero="oh", gsep=", ", doubles=True))]),
    ("Or email is better, seun.adebayo@outlook.com", [("email", "seun.adebayo@outlook.com")]),
    ("Is the jollof on the set menu or only à la carte? My mother-in-law is coming from Ibadan.", []),
    ("Your booking reference is EO-58213, and we hold the table for fifteen minutes.", []),
]

# --- web hosting support (agent in Bengaluru, customer in Leicester) ---------
EN += [
    ("Thank you for contacting CloudNest support, may I have your domain name please?", []),
    ("Yeah it's sandhu prints dot co dot uk, the renewal failed and now the site's down.", []),
    ("Harjit Singh Sandhu.", [("name", "Harjit Singh Sandhu")],
     "For verification, may I know the account holder's full name?"),
    ("Thank you Mr Sandhu. And may I know the registered email address?", [("name", "Sandhu")]),
    ("harjit underscore sandhu at hotmail dot co dot uk, underscore not dash",
     [("email", "harjit underscore sandhu at hotmail dot co dot uk")]),
    ("So sir the invoice for 47.88 failed on 2nd March, and the domain expires after the thirty-day grace period.", []),
    ("Let's put a new card on, it's a Mastercard, " + say_en(_c[3], groups=(4, 4, 4, 4), zero="oh", gsep=", ") + ".",
     [("card", say_en(_c[3], groups=(4, 4, 4, 4), zero="oh", gsep=", "))]),
    ("Your ticket number is 7731 0294 5518, and the DNS can take up to 48 hours to propagate.", []),
    ("You are on Business Plus, 25 GB storage, 100 mailboxes, 11.99 a month plus VAT.", []),
    ("It's " + grp(_i[3], (4, 4, 4, 4, 4, 2)) + ", that's the business account with Lloyds.",
     [("iban", grp(_i[3], (4, 4, 4, 4, 4, 2)))],
     "For the refund of the duplicate charge, which IBAN should we use?"),
    ("Landline is +44 116 249 7730 if the mobile doesn't pick up.", [("phone", "+44 116 249 7730")]),
    ("I'm escalating to L2, the escalation ID is CN-2024-118342, you'll get an update in four to six hours.", []),
]

# --- mattress store, San Antonio ----------------------------------------------
EN += [
    ("Lone Star Sleep, are you calling about an order or a new purchase?", []),
    ("hi um i bought the tempur adapt queen on black friday and it still hasnt shipped order number 6618 2290 7734 1", []),
    ("Okay, it shipped from the Dallas warehouse December 3rd, tracking is 1Z 84A 9E3 03 4471 2286.", []),
    ("It's under Lupe, well Guadalupe Reyes.", [("name", "Lupe"), ("name", "Guadalupe Reyes")],
     "Can I get a name on the order?"),
    ("It's oh three, eleven, ninety.", [("date_of_birth", "oh three, eleven, ninety")],
     "And since the order's on our financing I'll need your date of birth."),
    ("Okay it's " + say_en("604192278", groups=(3, 2, 4), zero="oh", gsep=", ") + ".",
     [("id", say_en("604192278", groups=(3, 2, 4), zero="oh", gsep=", "))],
     "For the Synchrony application I'll need the full social."),
    ("My husband's is 287 63 4150 if you need him on there too.", [("id", "287 63 4150")]),
    ("Can y'all deliver it to my new place instead? 2315 Quintana Road, apartment 104, San Antonio, 78211.",
     [("address", "2315 Quintana Road, apartment 104, San Antonio, 78211")]),
    ("Delivery's $99, or free over $1,999, and we haul away the old one for $25.", []),
    ("The 120-night trial starts from the day it's delivered, not the day you ordered.", []),
]

# --- garden centre, Kent ------------------------------------------------------
EN += [
    ("Hollybush Garden Centre, plants desk, how can I help?", []),
    ("Oh hello, yes, I ordered two of the Japanese acers and a bag of ericaceous for delivery, it's Mr Pennington.",
     [("name", "Pennington")]),
    ("Delivery's Thursday between 8 and 1, there's a twelve pound charge within ten miles.", []),
    ("The acers are the Bloodgood, 80 to 100 centimetres, £44.99 each.", []),
    ("Could they leave them round the side? The address is Orchard View, 12 Pilgrims Lane, Kemsing, TN15 6TD.",
     [("address", "Orchard View, 12 Pilgrims Lane, Kemsing, TN15 6TD")]),
    ("And the landline's " + say_en("01732761409", groups=(5, 3, 3), zero="oh", gsep=", ") + ", we don't do the mobile.",
     [("phone", say_en("01732761409", groups=(5, 3, 3), zero="oh", gsep=", "))]),
    ("Your Hollybush Rewards number ends 5512, you've got 840 points.", []),
    ("We're closed Easter Sunday but open bank holiday Monday ten till four.", []),
    ("Come off the A25 at the Kemsing turn, past the Bell, then first left after the church.", []),
]

# --- fire-extinguisher servicing, Lagos ---------------------------------------
_verve = card("506099580000012345")   # Verve 19
_tz_en = tz("30718852")
_sa_en = saudi("108834276")
_iq_en = saudi("245019883")
EN += [
    ("Morning o, my name is Babatunde Bakare, I manage a small plaza in Lekki, our extinguishers are due for refilling.",
     [("name", "Babatunde Bakare")]),
    ("The plaza is at Plot 22, Kayode Abraham Crescent, Lekki Phase 1, just after the filling station.",
     [("address", "Plot 22, Kayode Abraham Crescent, Lekki Phase 1")],
     "What is the address of the site?"),
    ("You can reach me on " + say_en("08034176629", groups=(4, 3, 4), zero="oh", gsep=", ", doubles=True) + ", any time.",
     [("phone", say_en("08034176629", groups=(4, 3, 4), zero="oh", gsep=", ", doubles=True))]),
    ("Send the invoice to t-u-n-d-e dot bakare at yahoo dot com.",
     [("email", "t-u-n-d-e dot bakare at yahoo dot com")]),
    ("I'll pay with my Verve card, " + grp(_verve, (4, 4, 4, 4, 3)) + ".", [("card", grp(_verve, (4, 4, 4, 4, 3)))]),
    ("We have eleven 9 kg dry powder and four 5 kg CO2, refilling is 6,500 naira each, 48 hours turnaround.", []),
]

# --- trampoline park party, Brisbane ------------------------------------------
EN += [
    ("hi there i'm ringing to book a party for my son he's turning seven my name's jess kowalczyk",
     [("name", "jess kowalczyk")]),
    ("Oh, um, nineteenth of May 2018.", [("date_of_birth", "nineteenth of May 2018")],
     "And the birthday child's date of birth, for the waiver?"),
    ("it's jess dot k-o-w-a-l-c-z-y-k at gmail dot com",
     [("email", "jess dot k-o-w-a-l-c-z-y-k at gmail dot com")]),
    ("Mobile's zero four two three, five oh nine, one one seven.",
     [("phone", "zero four two three, five oh nine, one one seven")]),
    ("Yep Visa, " + say_en(_c[9], groups=(4, 4, 4, 4), pairs=True, zero="oh", gsep=", ") + ".",
     [("card", say_en(_c[9], groups=(4, 4, 4, 4), pairs=True, zero="oh", gsep=", "))],
     "What card would you like to pay the deposit with?"),
    ("The Mega Party's $34.95 per jumper, minimum ten kids, 90 minutes, and grip socks are $3.50.", []),
]

# --- marathon entries, Cork -----------------------------------------------------
EN += [
    ("hello yeah this is Niamh O'Callaghan, I entered the full but I've a stress fracture, can I defer or get a refund?",
     [("name", "Niamh O'Callaghan")]),
    ("Sorry to hear that. We refund 50 percent up to the 1st of May, after that it's a deferral only.", []),
    ("Fourth of the seventh, nineteen ninety-three.", [("date_of_birth", "Fourth of the seventh, nineteen ninety-three")],
     "Can you confirm your date of birth on the entry?"),
    ("Grand, it's " + grp(_i[5], (4, 4, 4, 4, 4, 2)) + ".", [("iban", grp(_i[5], (4, 4, 4, 4, 4, 2)))],
     "And the IBAN for the refund?"),
    ("The email is n-o-c-a-l-l-a-g-h-a-n 93 at gmail.com", [("email", "n-o-c-a-l-l-a-g-h-a-n 93 at gmail.com")]),
    ("Hello, yes, my name is Jürgen Weißmüller, I am from Stuttgart, I ran the half marathon and I was charged two times.",
     [("name", "Jürgen Weißmüller")]),
    ("Yes, the IBAN is " + say_alnum_en(_i[4], groups=(4, 4, 4, 4, 4, 2), zero="zero") + ".",
     [("iban", say_alnum_en(_i[4], groups=(4, 4, 4, 4, 4, 2), zero="zero"))]),
    ("Sorted, refund's to " + grp(_i[7], (4, 4, 4, 4, 4, 2)) + ", the HSBC one, yeah?",
     [("iban", grp(_i[7], (4, 4, 4, 4, 4, 2)))], "Which account do you want the refund paid into?"),
    ("Diners Club, " + grp(_c[5], (4, 6, 4)) + ".", [("card", grp(_c[5], (4, 6, 4)))],
     "To switch you to the 10K we just need a card for the difference."),
    ("Bib numbers go out on the 28th, the full starts at 9:00 from Grand Parade and closes at 3:30.", []),
]

# --- travel vaccination clinic, Birmingham --------------------------------------
EN += [
    ("For Kenya you'll want yellow fever, typhoid and hep A, the yellow fever is £79 and has to be at least ten days before you fly.", []),
    ("Yeah, 30/06/2001.", [("date_of_birth", "30/06/2001")], "Can I take the traveller's date of birth?"),
    ("I am calling for my father, he is travelling to Nairobi, his date of birth is 12th August 1956.",
     [("date_of_birth", "12th August 1956")]),
    ("His number in India is plus nine one, " + say_en("9845122367", groups=(5, 5), gsep=", ") + ".",
     [("phone", "plus nine one, " + say_en("9845122367", groups=(5, 5), gsep=", "))]),
    ("Send the certificate to ramesh dot iyer fifty-six at rediffmail dot com.",
     [("email", "ramesh dot iyer fifty-six at rediffmail dot com")]),
    ("Thank you Mr Iyer, that's booked for Tuesday at 2:40, please bring his old vaccine card.",
     [("name", "Iyer")]),
    ("My insurance back home needs it on the receipt, my social is 145-07-9932.", [("id", "145-07-9932")]),
    ("For the form, my ID number, teudat zehut, is " + _tz_en + ".", [("id", _tz_en)]),
    ("For Umrah they need the meningitis certificate with my Saudi ID, it's "
     + say_en(_sa_en, groups=(3, 3, 4), gsep=", ") + ".",
     [("id", say_en(_sa_en, groups=(3, 3, 4), gsep=", "))]),
    ("And my wife is on iqama, " + grp(_iq_en, (4, 3, 3)) + ", she needs the same one.",
     [("id", grp(_iq_en, (4, 3, 3)))]),
    ("Refund it to my account back home please, the IBAN is " + grp(_i[6], (4, 4, 4, 4, 4, 3)) + ".",
     [("iban", grp(_i[6], (4, 4, 4, 4, 4, 3)))]),
    ("The refund can go to my Israeli account, " + grp(_i[8], (4, 4, 4, 4, 4, 3)) + ".",
     [("iban", grp(_i[8], (4, 4, 4, 4, 4, 3)))]),
    ("It's " + say_alnum_en(_i[2], groups=(4, 4, 4, 4, 4, 2)) + ", Barclays.",
     [("iban", say_alnum_en(_i[2], groups=(4, 4, 4, 4, 4, 2)))],
     "We'll refund the cancelled rabies course, which IBAN?"),
    ("my email is noa.benami@walla.co.il", [("email", "noa.benami@walla.co.il")]),
    ("The card's " + grp(_c[7], (4, 4, 4, 4, 3)) + ", it's UnionPay, is that okay?",
     [("card", grp(_c[7], (4, 4, 4, 4, 3)))]),
    ("Can you post it to 27 Hazel Grove, Leamington Spa, CV32 5PN? I'm not in Birmingham any more.",
     [("address", "27 Hazel Grove, Leamington Spa, CV32 5PN")]),
]

# ===========================================================================
# ARABIC. Calls: henna artist (Dubai, Emirati), oud perfume shop (Riyadh,
# Najdi), falconry supplies (Hafr Al-Batin), Eid sheep butcher (Amman,
# Levantine), spice shop (Fes, Darija), water-filter installation (Giza,
# Egyptian), drip-irrigation supplier (Taybeh, Arab citizen of Israel),
# youth football academy (Jeddah, Hejazi + Egyptian expat), cosmetic clinic
# (Beirut, Lebanese with French), Arabic calligraphy course (Nazareth),
# car window tinting (Kuwait), sewing-machine repair (Sfax, Tunisian),
# dietitian clinic (Cairo, Egyptian).
# ===========================================================================
AR_DIG = {
    "msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TENS = {
    "msa": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "gulf": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split(),
    "lev": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "egy": "_ _ عشرين تلاتين أربعين خمسين ستين سبعين تمانين تسعين".split(),
    "mag": "_ _ عشرين تلاتين ربعين خمسين ستين سبعين تمانين تسعين".split(),
}
AR_TEENS = {
    "msa": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "gulf": "عشرة احدعش اثنعش ثلطعش أربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش".split(),
    "lev": "عشرة احدعش تنعش تلطعش أربعطعش خمسطعش ستطعش سبعطعش تمنطعش تسعطعش".split(),
    "egy": "عشرة حداشر اتناشر تلاتاشر أربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "mag": "عشرة حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split(),
}


def num_ar(n, dial):
    if n < 10:
        return AR_DIG[dial][n]
    if n < 20:
        return AR_TEENS[dial][n - 10]
    t, u = divmod(n, 10)
    return (AR_DIG[dial][u] + " و" if u else "") + AR_TENS[dial][t]


def say_ar(d, dial="msa", groups=None, gsep="، ", pairs=False, zero=None):
    chunks = [d] if not groups else grp(d, groups, "|").split("|")
    z = zero or AR_DIG[dial][0]
    out = []
    for ch in chunks:
        words = []
        if pairs:
            for i in range(0, len(ch), 2):
                p = ch[i:i + 2]
                if len(p) == 2 and p[0] != "0":
                    words.append(num_ar(int(p), dial))
                else:
                    words.extend(z if c == "0" else AR_DIG[dial][int(c)] for c in p)
        else:
            words.extend(z if c == "0" else AR_DIG[dial][int(c)] for c in ch)
        out.append(" ".join(words))
    return _rec(gsep.join(out), d)


assert num_ar(37, "mag") == "سبعة وتلاتين" and num_ar(18, "mag") == "تمنطاش"

AR = []
LANGS["ar"] = lambda: AR

_ac = {
    "henna": card("548923011746238"),       # Mastercard
    "falcon": card("37829104563881"),       # Amex 15
    "sheep": card("476173210984552"),       # Visa
    "meeza": card("507803216640917"),       # Meeza 16
    "clinic": card("455673208841903"),      # Visa
    "tint": card("523718440962057"),        # Mastercard
    "mada": card("588845102937461"),        # mada
    "callig": card("532611097384425"),      # Mastercard
}
_ai = {
    "AE": iban("AE", "0260001015673942301"),
    "SA": iban("SA", "80000000608010167519"),
    "JO": iban("JO", "ARAB1140000000219734016550"),
    "EG": iban("EG", "0003024700000571904213386"),
    "IL": iban("IL", "0104550000074418326"),
    "KW": iban("KW", "NBOK0000000000201983476154"),
    "TN": iban("TN", "08004040101800771237"),
    "LB": iban("LB", "002100000009415322870014"),
}
_aid = {
    "oud": saudi("109275843"),
    "fal1": saudi("108452739"),
    "fal2": saudi("110693284"),
    "fb_parent": saudi("104938271"),
    "fb_child": saudi("121846930"),
    "fb_iqama": saudi("238104657"),
    "tz_callig": tz("03918274"),
    "tz_irr": tz("05982314"),
}

# --- henna artist, Dubai -------------------------------------------------------
AR += [
    ("مرحبا، استوديو نقشة للحنا، معاج مريم، شلون أقدر أساعدج؟", [("name", "مريم")]),
    ("هلا والله، أنا شما الكتبي، أبا أحجز حنا لعرس أختي يوم الخميس الياي", [("name", "شما الكتبي")]),
    ("حياج الله يا شما، كم وحدة بتتحنى؟", [("name", "شما")]),
    ("العروس وخمس بنات، العروس نقشة كاملة لين الكوع، والباقي نقشة خفيفة على الكف بس", []),
    ("العروس بألف وخمسمية درهم، والبنات كل وحدة بمية وعشرين، والعربون ثلاثمية درهم", []),
    ("فيلا ٢٣، شارع ١٥، البرشاء ٣، ورا مسجد الفاروق", [("address", "فيلا ٢٣، شارع ١٥، البرشاء ٣")],
     "وين البيت بالضبط؟ الحناية بتيي لين عندكم"),
    ("رقمي " + say_ar("0507384412", "gulf", (3, 3, 4)) + " وعليه واتساب",
     [("phone", say_ar("0507384412", "gulf", (3, 3, 4)))]),
    ("الإيميل shamma.k92@icloud.com عشان ترسلين لي صور النقشات", [("email", "shamma.k92@icloud.com")]),
    ("ماستر كارد، " + ai(grp(_ac["henna"], (4, 4, 4, 4))), [("card", ai(grp(_ac["henna"], (4, 4, 4, 4))))],
     "العربون تقدرين تدفعينه بالبطاقة الحين"),
    ("الموعد الساعة سبع بعد المغرب، ولا تحطين كريم على يدينج قبلها بساعتين", []),
    ("وإذا تكنسل العرس لا سمح الله رجعوا العربون على الآيبان مالي " + grp(_ai["AE"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_ai["AE"], (4, 4, 4, 4, 4, 3)))]),
]

# --- oud perfume shop, Riyadh -------------------------------------------------
AR += [
    ("السلام عليكم، معك عبدالله العتيبي، طلبت دهن عود كمبودي من الموقع وللحين ما وصل",
     [("name", "عبدالله العتيبي")]),
    ("وعليكم السلام، أبشر يا أستاذ عبدالله، عطني رقم الطلب الله يسعدك", [("name", "عبدالله")]),
    ("رقم الطلب ٧٧٤٠١٢٨، تولة دهن عود كمبودي بتسعمية وخمسين، وعلبة بخور بمية وعشرين", []),
    ("الشحنة طلعت من مستودع الدمام يوم الأحد، وسمسا تقول يومين عمل", []),
    ("العنوان الوطني حقي: حي النرجس، شارع أبي بكر الرازي، مبنى ٨٤٢١، الرياض ١٣٣٢٧",
     [("address", "حي النرجس، شارع أبي بكر الرازي، مبنى ٨٤٢١، الرياض ١٣٣٢٧")]),
    ("جوالي " + ai("055 382 4460"), [("phone", ai("055 382 4460"))]),
    ("إذا بتقسطها على تمارا نحتاج رقم الهوية وتاريخ الميلاد، والقسط الأول مئتين وسبعة وثلاثين ريال", []),
    ("طيب، الهوية " + say_ar(_aid["oud"], "gulf", (3, 3, 4)),
     [("id", say_ar(_aid["oud"], "gulf", (3, 3, 4)))],
     "إذا بتقسطها على تمارا نحتاج رقم الهوية"),
    ("وتاريخ الميلاد بالهجري ١٤٠٨/٠٨/٢٣", [("date_of_birth", "١٤٠٨/٠٨/٢٣")]),
    ("ارسلوا الفاتورة على a.alotaibi@outlook.com لو سمحت", [("email", "a.alotaibi@outlook.com")]),
    ("وإذا تبي توصيل سريع داخل الرياض نفس اليوم فيه رسوم خمسة وعشرين ريال", []),
    ("لا خلاص الغوا الطلب ورجعوا المبلغ على الآيبان " + grp(_ai["SA"], (4, 4, 4, 4, 4, 4)),
     [("iban", grp(_ai["SA"], (4, 4, 4, 4, 4, 4)))]),
]

# --- falconry supplies, Hafr Al-Batin ----------------------------------------
AR += [
    ("هلا، أنا جاسم بن حمد المري، أبي برقع جديد للصقر ومنقلة", [("name", "جاسم بن حمد المري")]),
    ("البرقع الجلد بمية وثمانين، والمنقلة المطرزة بثلاثمية، وعندنا جهاز تتبع GPS بألفين ومية", []),
    ("الطير حر قرموشة، وزنه ألف ومية غرام تقريب، أبي مقاس يناسبه", []),
    ("وبعد أبي أجدد جواز الصقر، وش تحتاجون مني؟", []),
    ("رقم الهوية " + ai(_aid["fal1"]) + " والجواز باسمي", [("id", ai(_aid["fal1"]))]),
    ("والطير الثاني مسجل باسم أخوي، هويته " + say_ar(_aid["fal2"], "gulf"),
     [("id", say_ar(_aid["fal2"], "gulf"))]),
    ("ترسلونها على هالعنوان: حفر الباطن، حي الخالدية، شارع الأمير سلطان، بيت رقم ٩",
     [("address", "حفر الباطن، حي الخالدية، شارع الأمير سلطان، بيت رقم ٩")]),
    ("جوالي +966 50 918 2273 وعليه واتساب", [("phone", "+966 50 918 2273")]),
    ("أمريكان إكسبريس، " + grp(_ac["falcon"], (4, 6, 5)), [("card", grp(_ac["falcon"], (4, 6, 5)))],
     "الدفع كاش عند الاستلام ولا بطاقة؟"),
    ("الإيميل jassim.almarri@hotmail.com لو تبون ترسلون الفاتورة", [("email", "jassim.almarri@hotmail.com")]),
]

# --- Eid sheep, Amman ------------------------------------------------------------
AR += [
    ("ملحمة الأمانة، معك حمزة، كيف بقدر أساعدك؟", [("name", "حمزة")]),
    ("مرحبا، أنا اسمي رنا الخطيب، بدي أحجز خروف للعيد، بلدي مش روماني", [("name", "رنا الخطيب")]),
    ("أهلين ست رنا، الخروف البلدي بين ٤٥ و٥٠ كيلو قائم، سعره ٢٣٥ دينار مع الذبح والتقطيع", [("name", "رنا")]),
    ("الذبح أول يوم العيد بعد الصلاة، والتوصيل بين الساعة عشرة وتنتين الظهر", []),
    ("عمان، خلدا، شارع عامر بن مالك، عمارة ١٨، الطابق التالت، جنب مخبز الشروق",
     [("address", "عمان، خلدا، شارع عامر بن مالك، عمارة ١٨، الطابق التالت")], "وين بدك ياه يوصل؟"),
    ("رقمي " + say_ar("0795243167", "lev", (3, 3, 4)) + "، إذا ما رديت ابعتلي رسالة",
     [("phone", say_ar("0795243167", "lev", (3, 3, 4)))]),
    ("حولت العربون من حسابي، الآيبان " + grp(_ai["JO"], (4, 4, 4, 4, 4, 4, 4, 2)),
     [("iban", grp(_ai["JO"], (4, 4, 4, 4, 4, 4, 4, 2)))]),
    ("بدي أدفع الباقي بالفيزا، الرقم " + grp(_ac["sheep"], (4, 4, 4, 4)), [("card", grp(_ac["sheep"], (4, 4, 4, 4)))]),
    ("الفاتورة رقم ٢٠٤٥١، ولو بدك تدفعي كاش الباقي ٢٠٥ دنانير وقت الاستلام", []),
]

# --- spice shop, Fes (Darija) -----------------------------------------------------
AR += [
    ("ألو، عطارة الأطلس، مرحبا بيك", []),
    ("السلام عليكم، سميتي خديجة بنعلي، بغيت نوصي على راس الحانوت والزعفران الحر", [("name", "خديجة بنعلي")]),
    ("مرحبا لالة خديجة، الزعفران الحر ديال تالوين بعشرين درهم للغرام", [("name", "خديجة")]),
    ("عطيني جوج غرام ديال الزعفران، ونص كيلو راس الحانوت، وكيلو ديال الكمون البلدي", []),
    ("واش عندكم ماء الورد ديال قلعة مكونة؟ بغيت جوج قراعي", []),
    ("العنوان هو تجزئة الأدارسة، زنقة ١٤، رقم ٢٣، الطبقة التانية، فاس",
     [("address", "تجزئة الأدارسة، زنقة ١٤، رقم ٢٣، الطبقة التانية، فاس")]),
    ("النمرة ديالي " + say_ar("0660213718", "mag", (2, 2, 2, 2, 2), pairs=True),
     [("phone", say_ar("0660213718", "mag", (2, 2, 2, 2, 2), pairs=True))]),
    ("الإيميل ديالي khadija.benali88 arobase gmail point com",
     [("email", "khadija.benali88 arobase gmail point com")]),
    ("التوصيل مع أمانة فجوج حتى تلت أيام، والخلاص عند الاستلام، والصيفط بتلاتين درهم", []),
]

# --- water-filter installation, Giza -------------------------------------------------
AR += [
    ("شركة نقاء لفلاتر المياه، معاك أحمد، أقدر أساعد حضرتك إزاي؟", [("name", "أحمد")]),
    ("أيوه يا فندم، أنا اسمي محمود عبد الفتاح، ركبت عندكم فلتر سبع مراحل من شهرين والمية طعمها بقى وحش",
     [("name", "محمود عبد الفتاح")]),
    ("تحت أمرك يا أستاذ محمود، ممكن رقم الموبايل المسجل بيه؟", [("name", "محمود")]),
    ("أيوه، " + say_ar("01136748021", "egy", (3, 4, 4), zero="زيرو"),
     [("phone", say_ar("01136748021", "egy", (3, 4, 4), zero="زيرو"))],
     "ممكن رقم الموبايل المسجل بيه؟"),
    ("الفلتر عليه ضمان سنتين، والشمع بيتغير كل ستة شهور، والزيارة بمية وخمسين جنيه", []),
    ("العنوان ١٢ شارع الجمهورية، متفرع من شارع فيصل، الدور التالت شقة ٧، الجيزة",
     [("address", "١٢ شارع الجمهورية، متفرع من شارع فيصل، الدور التالت شقة ٧، الجيزة")]),
    ("الفني هييجي يوم السبت الجاي من عشرة لاتنين، ورقم الشكوى ٣٣٨٩١٠٢", []),
    ("الموديل اللي عندك RO-7 تايواني، والممبرين ٧٥ جالون، ومحتاج يتغير بعد سنة ونص", []),
    ("عايز أدفع الأقساط خصم من الحساب، رقم الآيبان " + grp(_ai["EG"], (4, 4, 4, 4, 4, 4, 4, 1)),
     [("iban", grp(_ai["EG"], (4, 4, 4, 4, 4, 4, 4, 1)))]),
    ("لا استنى، بالكارت أحسن، ميزة، " + ai(grp(_ac["meeza"], (4, 4, 4, 4))),
     [("card", ai(grp(_ac["meeza"], (4, 4, 4, 4))))]),
    ("ابعتلي الفاتورة على الإيميل، محمود عبده تسعة وسبعين آت ياهو دوت كوم",
     [("email", "محمود عبده تسعة وسبعين آت ياهو دوت كوم")]),
]

# --- drip irrigation, Taybeh ------------------------------------------------------
AR += [
    ("مرحبا، معك سليمان أبو عيشة من الطيبة، بدي أطلب خراطيم تنقيط للأرض", [("name", "سليمان أبو عيشة")]),
    ("عندي ١٢ دونم بندورة وخيار، بدي ٤٠ لفة خرطوم ١٦ ملم، والنقاطات كل ٣٠ سانتي", []),
    ("اللفة ٥٠٠ متر بـ٢١٠ شيكل، والفلتر الديسك ٢ إنش بـ٣٨٠، والسعر بدون ضريبة", []),
    ("تمام يا حاج سليمان، الطلبية بتطلع يوم التلاتا مع الشاحنة", [("name", "سليمان")]),
    ("للفاتورة، رقم الهوية تبعي " + say_ar(_aid["tz_irr"], "lev", (3, 3, 3)),
     [("id", say_ar(_aid["tz_irr"], "lev", (3, 3, 3)))]),
    ("وهاد البلفون تبعي 054-772-4913، احكي مع ابني إذا ما رديت", [("phone", "054-772-4913")]),
    ("بحول لكم من حسابي بالبنك، الآيبان " + grp(_ai["IL"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_ai["IL"], (4, 4, 4, 4, 4, 3)))]),
    ("البضاعة من مستودع عكا، والشوفير بتصل قبل بنص ساعة", []),
]

# --- youth football academy, Jeddah ---------------------------------------------------
AR += [
    ("أكاديمية النجوم لكرة القدم، السلام عليكم", []),
    ("وعليكم السلام، أنا ماجد الغامدي، أبغى أسجل ولدي في فئة تحت عشر سنين", [("name", "ماجد الغامدي")]),
    ("مواليده ١٤ مارس ٢٠١٥، يعني بيصير عمره عشر سنين بعد شهرين", [("date_of_birth", "١٤ مارس ٢٠١٥")],
     "كم عمره؟ وتاريخ ميلاده بالضبط؟"),
    ("رقم هويتي " + ai(_aid["fb_parent"]), [("id", ai(_aid["fb_parent"]))]),
    ("وهوية الولد " + say_ar(_aid["fb_child"], "gulf", (4, 3, 3)),
     [("id", say_ar(_aid["fb_child"], "gulf", (4, 3, 3)))]),
    ("رسوم الفصل ألف ومية ريال، التمارين ثلاث أيام في الأسبوع من أربع ونص للست", []),
    ("الإيميل ماجد أندر سكور غامدي آت جيميل دوت كوم", [("email", "ماجد أندر سكور غامدي آت جيميل دوت كوم")]),
    ("الملعب في حي الشاطئ ورا الكورنيش، والطقم الرسمي بمئتين وخمسين", []),
    ("مدى، " + say_ar(_ac["mada"], "gulf", (4, 4, 4, 4)), [("card", say_ar(_ac["mada"], "gulf", (4, 4, 4, 4)))],
     "تبي تدفع الرسوم الحين بالبطاقة؟"),
    ("السلام عليكم، أنا مصري مقيم في جدة، اسمي حسام الدين فوزي، عايز أسجل ابني في الأكاديمية",
     [("name", "حسام الدين فوزي")]),
    ("رقم الإقامة " + grp(_aid["fb_iqama"], (4, 3, 3)), [("id", grp(_aid["fb_iqama"], (4, 3, 3)))]),
    ("ابني مواليد تلاتة وعشرين أكتوبر ألفين وستاشر", [("date_of_birth", "تلاتة وعشرين أكتوبر ألفين وستاشر")]),
]

# --- cosmetic clinic, Beirut ------------------------------------------------------
AR += [
    ("bonjour، أنا ماريا حداد، بدي حدد موعد للبوتوكس والفيلر", [("name", "ماريا حداد")]),
    ("أكيد مدام، في عنا الخميس الساعة تلاتة ونص أو السبت الصبح بكير", []),
    ("سبعة وعشرين أيلول، ألف وتسعمية وتسعين", [("date_of_birth", "سبعة وعشرين أيلول، ألف وتسعمية وتسعين")],
     "شو تاريخ ميلادك حبيبتي؟ منحتاجه للملف"),
    ("الواتساب تبعي +961 70 345 086 ابعتيلي عليه التأكيد", [("phone", "+961 70 345 086")]),
    ("البوتوكس بـ٢٥٠ دولار للمنطقة، والفيلر ٣٥٠ للسيرنغ، والاستشارة ببلاش", []),
    ("الإيميل ماريا دوت حداد آت ياهو دوت كوم", [("email", "ماريا دوت حداد آت ياهو دوت كوم")]),
    ("بدفع العربون فيزا، " + grp(_ac["clinic"], (4, 4, 4, 4)), [("card", grp(_ac["clinic"], (4, 4, 4, 4)))]),
    ("العيادة بالأشرفية، قبال صيدلية مازن، الطابق السادس، في valet parking", []),
    ("وإذا ما عملت الجلسة رجعولي المصاري عالحساب، " + grp(_ai["LB"], (4, 4, 4, 4, 4, 4, 4)),
     [("iban", grp(_ai["LB"], (4, 4, 4, 4, 4, 4, 4)))]),
]

# --- calligraphy course, Nazareth -----------------------------------------------------
AR += [
    ("مركز القلم للخط العربي، مساء الخير", []),
    ("مساء النور، أنا اسمي سامر زعبي من الناصرة، بدي أسجل بدورة خط الثلث", [("name", "سامر زعبي")]),
    ("الدورة ١٢ لقاء، مرة بالأسبوع يوم الأربعاء من ستة لتمانية، والسعر ٩٠٠ شيكل مع الأدوات", []),
    ("رقم الهوية " + ai(grp(_aid["tz_callig"], (3, 3, 3))), [("id", ai(grp(_aid["tz_callig"], (3, 3, 3))))],
     "عشان خصم البلدية بنحتاج رقم الهوية"),
    ("أنا مواليد ٤/١١/١٩٧١", [("date_of_birth", "٤/١١/١٩٧١")], "وبدنا تاريخ الميلاد للشهادة"),
    ("وبدي أسجل ابني كمان بدورة الأولاد، هو مواليد عشرة تموز ٢٠١٢", [("date_of_birth", "عشرة تموز ٢٠١٢")]),
    ("رقم البلفون " + ai("052-8341276"), [("phone", ai("052-8341276"))]),
    ("الإيميل samer.zoabi@gmail.com، بالـ o مش بالـ u", [("email", "samer.zoabi@gmail.com")]),
    ("بدفع بالكارت، " + grp(_ac["callig"], (4, 4, 4, 4)), [("card", grp(_ac["callig"], (4, 4, 4, 4)))]),
    ("الأستاذ بيعلّم بالقاعة الكبيرة جنب كنيسة البشارة، وفي موقف سيارات ببلاش", []),
]

# --- car window tinting, Kuwait ------------------------------------------------------
AR += [
    ("مرحبا، ودي أحجز موعد تظليل لسيارتي، لاندكروزر ٢٠٢٣", []),
    ("عبدالعزيز الرشيدي", [("name", "عبدالعزيز الرشيدي")], "حياك الله، شسمك طال عمرك؟"),
    ("أبشر يا عبدالعزيز، التظليل الحراري ٧٠ بالمية بخمسة وثمانين دينار، والضمان خمس سنين",
     [("name", "عبدالعزيز")]),
    ("رقمي " + say_ar("66583047", "gulf", (2, 2, 2, 2)), [("phone", say_ar("66583047", "gulf", (2, 2, 2, 2)))]),
    ("الموعد يوم الأحد الساعة عشر الصبح، والشغل ياخذ ثلاث ساعات، ولا تنزل الجامات ثلاث أيام", []),
    ("تقدرون تاخذون السيارة من البيت؟ العنوان السالمية، قطعة ٤، شارع ١٢، منزل ٣١",
     [("address", "السالمية، قطعة ٤، شارع ١٢، منزل ٣١")]),
    ("بدفع ماستركارد، " + ai(grp(_ac["tint"], (4, 4, 4, 4))), [("card", ai(grp(_ac["tint"], (4, 4, 4, 4))))]),
    ("ولو طلع فيه فرق رجعوه على الآيبان " + grp(_ai["KW"], (4, 4, 4, 4, 4, 4, 4, 2)),
     [("iban", grp(_ai["KW"], (4, 4, 4, 4, 4, 4, 4, 2)))]),
    ("تظليل الزجاج الأمامي ممنوع فوق ٣٠ بالمية حسب المرور، نقدر نسوي شريط فوق بس", []),
]

# --- sewing-machine repair, Sfax -------------------------------------------------------
AR += [
    ("آلو، صباح الخير، عندي ماكينة خياطة سنجر قديمة تعطلت، تصلحوها؟", []),
    ("مكتوب Singer 4423، وشريتها عام ٢٠١٩ من المنزه", []),
    ("اسمي منية الطرابلسي، ونسكن في صفاقس", [("name", "منية الطرابلسي")]),
    ("يعطيك الصحة مدام، التصليح بين ٤٠ و٦٠ دينار حسب القطعة", []),
    ("النومرو متاعي 98 452 317، كلمني كي توفى", [("phone", "98 452 317")]),
    ("العنوان طريق المطار كلم ٤، نهج الياسمين عدد ١٧، صفاقس",
     [("address", "طريق المطار كلم ٤، نهج الياسمين عدد ١٧، صفاقس")]),
    ("الإيميل متاعي mounia.trabelsi arobase topnet point tn", [("email", "mounia.trabelsi arobase topnet point tn")]),
    ("نخلص بالفيرمون، الـRIB متاعي " + grp(_ai["TN"], (4, 4, 4, 4, 4, 4)),
     [("iban", grp(_ai["TN"], (4, 4, 4, 4, 4, 4)))]),
    ("القطعة توصل من تونس العاصمة في جمعة، والضمان تلاثة شهر على التصليح", []),
]

# --- dietitian clinic, Cairo ------------------------------------------------------------
AR += [
    ("صباح النور، أنا نرمين سعد، عايزة أحجز كشف أول مرة ليا ولبنتي", [("name", "نرمين سعد")]),
    ("أهلا بحضرتك، الكشف الأول بأربعمية جنيه، والمتابعة بمتين وخمسين", []),
    ("أنا مواليد ٢ فبراير ١٩٨٦، ووزني دلوقتي ٩٤ كيلو وطولي ١٦٢", [("date_of_birth", "٢ فبراير ١٩٨٦")]),
    ("وبنتي مواليد ٢٠٠٩/٠٥/١٧، عندها تكيس مبايض والدكتور قالها تنزل ١٠ كيلو",
     [("date_of_birth", "٢٠٠٩/٠٥/١٧")]),
    ("رقمي " + ai("0122 458 3390") + " ده عليه واتساب", [("phone", ai("0122 458 3390"))]),
    ("ساكنة في ٣٣ شارع عباس العقاد، مدينة نصر، الدور الخامس",
     [("address", "٣٣ شارع عباس العقاد، مدينة نصر، الدور الخامس")]),
    ("النظام ١٢٠٠ سعرة في اليوم، خمس وجبات، وتشربي ٣ لتر مية، والمتابعة كل أسبوعين", []),
    ("أقرب ميعاد يوم الحد ١٠ نوفمبر الساعة ٦ مساء، العيادة بعد مكتب البريد على طول", []),
]

# ===========================================================================
# HEBREW. Calls: safe-room (mamad) contractor (Be'er Sheva), reserve-duty
# compensation hotline (Anglo immigrant), sofer STaM tefillin check (Bnei
# Brak), bookshop (Russian-speaking pensioner, Haifa), orthopaedic insoles
# (Ethiopian-Israeli caller), psychology clinic intake (French immigrant),
# dog trainer (Arab citizen, Haifa), pergola builder (moshav), speech
# therapist (mother of a toddler), tennis club (teenager, Tel Aviv),
# sukkah builder (Anglo, Beit Shemesh), bridal make-up artist (Arab bride).
# ===========================================================================
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
             "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def num_he(n, fem=True):
    ones = HE_F if fem else HE_M
    if n < 10:
        return ones[n]
    if n < 20:
        return (HE_TEEN_F if fem else HE_TEEN_M)[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + ones[u] if u else "")


def say_he(d, fem=True, groups=None, gsep=", ", pairs=False):
    ones = HE_F if fem else HE_M
    chunks = [d] if not groups else grp(d, groups, "|").split("|")
    out = []
    for ch in chunks:
        words = []
        if pairs:
            for i in range(0, len(ch), 2):
                p = ch[i:i + 2]
                if len(p) == 2 and p[0] != "0":
                    words.append(num_he(int(p), fem))
                else:
                    words.extend(ones[int(c)] for c in p)
        else:
            words.extend(ones[int(c)] for c in ch)
        out.append(" ".join(words))
    return _rec(gsep.join(out), d)


assert num_he(52) == "חמישים ושתיים" and num_he(72, fem=False) == "שבעים ושניים"

HE = []
LANGS["he"] = lambda: HE

_hc = {
    "book": card("458003192746651"),     # Visa
    "insole": card("532810446719302"),   # Mastercard (Max)
    "psy": card("37550194827136"),       # Amex 15
    "dog": card("417392008563124"),      # Visa Cal
    "tennis": card("548176309921447"),   # Isracard Mastercard
    "sukkah": card("3608271450196"),     # Diners 14
    "makeup": card("446291780034519"),   # Visa
    "speech": card("520473318852906"),   # Mastercard
}
_hi = {
    "mamad": iban("IL", "0205830000001947265"),
    "res": iban("IL", "0107420000082316970"),
    "book": iban("IL", "0316120000043028815"),
    "psy_fr": iban("FR", "30004008190001047739215"),
    "sukkah_gb": iban("GB", "NWBK56001432817760"),
    "tennis": iban("IL", "0126770000000516433"),
    "speech": iban("IL", "0114930000027741588"),
    "makeup": iban("IL", "0548150000000931264"),
}
_htz = {
    "mamad": tz("31672548"),
    "res": tz("34519276"),
    "psy": tz("33840715"),
    "speech_child": tz("22941683"),
    "speech_mom": tz("30152874"),
    "insole": tz("31947260"),
    "tennis": tz("21658043"),
    "dog": tz("03718496"),
}
assert len(_hc["psy"]) == 15 and len(_hc["sukkah"]) == 14

# --- safe-room contractor, Be'er Sheva --------------------------------------------
HE += [
    ("מיגון הדרום שלום, מדברת שני, איך אפשר לעזור?", [("name", "שני")]),
    ("היי, כן, שמי צחי בן שושן, אני רוצה הצעת מחיר לממ\"ד בבית פרטי", [("name", "צחי בן שושן")]),
    ("בשמחה צחי, מה הגודל של הממ\"ד שאתה צריך?", [("name", "צחי")]),
    ("תשעה מטר רבוע, על קומת קרקע, הבית משנת 1978", []),
    ("ממ\"ד של תשעה מטר זה בין 180 ל-220 אלף שקל, תלוי בהיתר ובחפירה", []),
    ("הכתובת היא רחוב הדקל 14, שכונה ה', באר שבע", [("address", "רחוב הדקל 14, שכונה ה', באר שבע")]),
    ("תרשמי את הנייד שלי, 052-6194837", [("phone", "052-6194837")]),
    ("בשביל המענק של פיקוד העורף צריך תעודת זהות של בעל הנכס", []),
    ("זה " + say_he(_htz["mamad"], groups=(3, 3, 3)), [("id", say_he(_htz["mamad"], groups=(3, 3, 3)))],
     "בשביל המענק צריך תעודת זהות של בעל הנכס"),
    ("בטופס של המענק כתוב IBAN, אז זה " + grp(_hi["mamad"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["mamad"], (4, 4, 4, 4, 4, 3)))]),
    ("המהנדס יכול להגיע ביום שלישי הבא בעשר, והביקור עולה 750 שקל שמתקזזים מהעבודה", []),
]

# --- reserve-duty compensation hotline --------------------------------------------
HE += [
    ("שלום, הגעת למוקד תגמולי מילואים, מדבר אלון", [("name", "אלון")]),
    ("היי, אממ, קוראים לי ג'ייסון גולדברג, עשיתי שבעים ושניים ימי מילואים ועוד לא קיבלתי את התגמול",
     [("name", "ג'ייסון גולדברג")]),
    ("אין בעיה ג'ייסון, אני צריך תעודת זהות ותאריך לידה לזיהוי", [("name", "ג'ייסון")]),
    ("תעודת זהות " + _htz["res"][:8] + ", ספרת ביקורת " + _htz["res"][8],
     [("id", _htz["res"][:8] + ", ספרת ביקורת " + _htz["res"][8])]),
    ("אה, שלושה בנובמבר תשעים ושש", [("date_of_birth", "שלושה בנובמבר תשעים ושש")],
     "ותאריך לידה?"),
    ("אני רואה שהתשלום נשלח ב-15 לחודש לחשבון שמסתיים ב-4471, ויש עוד 18 ימים בבדיקה", []),
    ("זה החשבון הישן שלי, ה-IBAN החדש זה " + grp(_hi["res"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["res"], (4, 4, 4, 4, 4, 3)))]),
    ("וגם עברתי דירה, הכתובת החדשה: שדרות ירושלים 112, דירה 9, יפו",
     [("address", "שדרות ירושלים 112, דירה 9, יפו")]),
    ("המייל שלי jason.goldberg.il at gmail dot com", [("email", "jason.goldberg.il at gmail dot com")]),
    ("החישוב לפי 72 ימים כפול 412 שקל ליום, בניכוי מס, זה ייכנס תוך 10 ימי עסקים", []),
]

# --- sofer STaM, Bnei Brak ------------------------------------------------------------
HE += [
    ("שלום, זה הסופר סת\"ם? אני צריך לבדוק תפילין לבר מצווה של הבן", []),
    ("כן, מדבר משה, איך קוראים לך?", [("name", "משה")]),
    ("שמואל וייסבלום, מבני ברק", [("name", "שמואל וייסבלום")], "איך קוראים לך?"),
    ("תאריך הלידה של הבן כ\"ג בחשון תשע\"ב, אז הבר מצווה יוצא בחורף", [("date_of_birth", "כ\"ג בחשון תשע\"ב")]),
    ("בדיקת תפילין זה 200 שקל לזוג, מזוזה 40 שקל, ואם צריך לתקן אות זה בנפרד", []),
    ("אפשר שתבוא לאסוף? הכתובת: חזון איש 41, דירה 7, בני ברק", [("address", "חזון איש 41, דירה 7, בני ברק")]),
    ("הטלפון בבית 03-5781246, אין לי וואטסאפ, רק כשר", [("phone", "03-5781246")]),
    ("אצלי זה לוקח שבוע עד עשרה ימים, לפני חנוכה יש עומס", []),
]

# --- bookshop, Haifa ----------------------------------------------------------------
HE += [
    ("חנות ספרים דפים, שלום", []),
    ("שלום, ז'ה... אני סבטלנה קוגן, אני רוצה להזמין ספרים ברוסית לנכד", [("name", "סבטלנה קוגן")]),
    ("כן גברת קוגן, איזה ספרים?", [("name", "קוגן")]),
    ("'אנה קרנינה' בכריכה קשה, ושלושה ספרי ילדים של מרשק", []),
    ("אנה קרנינה עולה 89 שקל, והילדים 45 כל אחד, יש מבצע שלושה ב-100", []),
    ("יש לי הנחת גמלאים? אני נולדתי עשרים ושמונה באפריל 1949", [("date_of_birth", "עשרים ושמונה באפריל 1949")]),
    ("תשלחו לי הביתה, רחוב מסדה 37, דירה 12, חיפה, יש מעלית", [("address", "רחוב מסדה 37, דירה 12, חיפה")]),
    ("ויזה, " + say_he(_hc["book"], groups=(4, 4, 4, 4)), [("card", say_he(_hc["book"], groups=(4, 4, 4, 4)))]),
    ("הטלפון שלי " + say_he("048376215", groups=(2, 3, 4)), [("phone", say_he("048376215", groups=(2, 3, 4)))]),
    ("המשלוח עם דואר ישראל לוקח חמישה ימי עסקים, או שליח עד הבית ב-35 שקל", []),
    ("ואם הספר לא מגיע, תחזירו לי את הכסף, ה-IBAN שלי " + grp(_hi["book"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["book"], (4, 4, 4, 4, 4, 3)))]),
]

# --- orthopaedic insoles (Ethiopian-Israeli caller) ---------------------------------
HE += [
    ("מכון רגל בריאה, בוקר טוב", []),
    ("בוקר טוב, קוראים לי טגיסט אדמסו, אני צריכה מדרסים, יש לי הפניה מהקופה", [("name", "טגיסט אדמסו")]),
    ("בסדר טגיסט, יש לך תעודת זהות? אני בודקת את ההפניה במערכת של מכבי", [("name", "טגיסט")]),
    ("כן, " + grp(_htz["insole"], (3, 3, 3)), [("id", grp(_htz["insole"], (3, 3, 3)))],
     "יש לך תעודת זהות?"),
    ("אחד עשר ביוני שמונים ושבע", [("date_of_birth", "אחד עשר ביוני שמונים ושבע")], "ותאריך לידה?"),
    ("המדרסים בהתאמה אישית עולים 690 שקל, ומכבי מחזירים עד 300 אחרי שמגישים קבלה", []),
    ("תתקשרו לבעלי, הוא יותר זמין, 054-339-2178", [("phone", "054-339-2178")]),
    ("מאסטרקארד של מקס, " + grp(_hc["insole"], (4, 4, 4, 4), "-"), [("card", grp(_hc["insole"], (4, 4, 4, 4), "-"))]),
    ("המייל טגיסט נקודה אדמסו שטרודל וואלה נקודה קו נקודה איל",
     [("email", "טגיסט נקודה אדמסו שטרודל וואלה נקודה קו נקודה איל")]),
    ("התור הבא פנוי ביום חמישי ב-16:20 בסניף נתניה, ברחוב שער הגיא", []),
]

# --- psychology clinic intake (French immigrant) --------------------------------------
HE += [
    ("קליניקה לפסיכותרפיה, מדברת אורנה, שלום", [("name", "אורנה")]),
    ("שלום, אני ז'ולי אזולאי, אני רוצה לקבוע פגישה ראשונה, לי ולבן הזוג", [("name", "ז'ולי אזולאי")]),
    ("ברור ז'ולי, פגישת היכרות היא 50 דקות ועולה 450 שקל", [("name", "ז'ולי")]),
    ("תעודת זהות שלי " + say_he(_htz["psy"], fem=False), [("id", say_he(_htz["psy"], fem=False))]),
    ("אני נולדתי ב-14/02/1983, בפריז", [("date_of_birth", "14/02/1983")]),
    ("ותשלום בכרטיס, אמריקן אקספרס, " + grp(_hc["psy"], (4, 6, 5)), [("card", grp(_hc["psy"], (4, 6, 5)))]),
    ("הביטוח המשלים מחזיר 180 שקל לפגישה, עד 12 פגישות בשנה", []),
    ("ואם יש החזר, אפשר לחשבון שלי בצרפת? " + grp(_hi["psy_fr"], (4, 4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["psy_fr"], (4, 4, 4, 4, 4, 4, 3)))]),
    ("הנייד שלי +972 53 671 9284, עדיף הודעה", [("phone", "+972 53 671 9284")]),
    ("והמייל julie.azoulay@orange.fr, אני בודקת אותו כל יום", [("email", "julie.azoulay@orange.fr")]),
    ("הפגישה ביום ראשון ב-19:30, בקומה שלישית, הכניסה מהחנייה", []),
]

# --- dog trainer, Haifa (Arab citizen speaking Hebrew) ---------------------------------
HE += [
    ("אהלן, מדבר מוחמד חאג' יחיא, אני צריך מאלף לכלב, הוא בן שמונה חודשים ומושך ברצועה",
     [("name", "מוחמד חאג' יחיא")]),
    ("אהלן מוחמד, איזה גזע?", [("name", "מוחמד")]),
    ("מלינואה, קוראים לו רקס", []),
    ("חבילה של שמונה מפגשים עולה 2,400 שקל, מפגש בודד 350", []),
    ("תבוא אלינו הביתה, רחוב אלנבי 54, חיפה, ליד המסגד", [("address", "רחוב אלנבי 54, חיפה")]),
    ("בשביל הרישום בעירייה צריך את התעודת זהות שלי? זה " + grp(_htz["dog"], (3, 3, 3)),
     [("id", grp(_htz["dog"], (3, 3, 3)))]),
    ("הטלפון " + say_he("0508274163", groups=(3, 3, 4)), [("phone", say_he("0508274163", groups=(3, 3, 4)))]),
    ("כרטיס ויזה כאל, " + grp(_hc["dog"], (4, 4, 4, 4)), [("card", grp(_hc["dog"], (4, 4, 4, 4)))]),
    ("המייל שלי m.hajyahya@hotmail.com", [("email", "m.hajyahya@hotmail.com")]),
    ("אני יכול ביום רביעי אחרי חמש או שבת בבוקר, ואת השבב הוא צריך אצל הווטרינר", []),
]

# --- pergola builder, moshav ------------------------------------------------------
HE += [
    ("פרגולות הגליל, מדבר קובי", [("name", "קובי")]),
    ("שלום, פה רותי מנחם ממושב צרופה, אני רוצה פרגולת אלומיניום לחצר", [("name", "רותי מנחם")]),
    ("שש על ארבע, צמוד לבית, עם גג הצללה נפתח", []),
    ("פרגולה כזאת מתחילה ב-28 אלף, כולל התקנה, אחריות עשר שנים על המנוע", []),
    ("הכתובת משק 47, מושב צרופה, הבית השלישי אחרי בית הכנסת", [("address", "משק 47, מושב צרופה")]),
    ("הנייד שלי 050-7461932, ובערב עדיף 04-9843317", [("phone", "050-7461932"), ("phone", "04-9843317")]),
    ("המייל ruti.menachem@gmail.com, הכול באותיות קטנות", [("email", "ruti.menachem@gmail.com")]),
    ("מקדמה 30 אחוז, והשאר בסיום, אפשר בעשרה תשלומים", []),
]

# --- speech therapist, Ashdod ---------------------------------------------------------
HE += [
    ("שלום, הגעתם לקלינאית התקשורת מיכל ברק, אני לא זמינה כרגע, השאירו הודעה ואחזור אליכם",
     [("name", "מיכל ברק")]),
    ("אממ היי שמי אורטל דהן אני מתקשרת בקשר לבן שלי הוא בן שלוש ועדיין לא ממש מדבר",
     [("name", "אורטל דהן")]),
    ("תעודת זהות של הילד " + say_he(_htz["speech_child"], groups=(3, 3, 3)),
     [("id", say_he(_htz["speech_child"], groups=(3, 3, 3)))]),
    ("ותאריך הלידה שלו עשרים ושניים לשמונה עשרים ואחת", [("date_of_birth", "עשרים ושניים לשמונה עשרים ואחת")]),
    ("וגם ת\"ז שלי בשביל הקופה " + _htz["speech_mom"] + ", ותאריך לידה 5.9.1990",
     [("id", _htz["speech_mom"]), ("date_of_birth", "5.9.1990")]),
    ("אבחון זה 650 שקל ואחר כך טיפולים של 45 דקות ב-380, הקופה מחזירה חלק", []),
    ("את ההחזר מהביטוח הם מעבירים לחשבון, זה " + grp(_hi["speech"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["speech"], (4, 4, 4, 4, 4, 3)))]),
    ("הכתובת שלנו לקבלות: רחוב הרב קוק 9, דירה 15, אשדוד", [("address", "רחוב הרב קוק 9, דירה 15, אשדוד")]),
    ("אני משלמת במאסטרקארד " + say_he(_hc["speech"], groups=(4, 4, 4, 4), pairs=True),
     [("card", say_he(_hc["speech"], groups=(4, 4, 4, 4), pairs=True))]),
    ("יש מקום ביום שני ב-8:15 בבוקר לפני הגן, או רביעי ב-17:00", []),
    ("מייל ortal.dahan1 שטרודל gmail.com", [("email", "ortal.dahan1 שטרודל gmail.com")]),
]

# --- tennis club, Tel Aviv --------------------------------------------------------------
HE += [
    ("מועדון טניס רמת החייל, היי", []),
    ("היי זה נועם שפירא, אני רוצה להירשם לנבחרת נוער ולחוג ערב", [("name", "נועם שפירא")]),
    ("סבבה, בן כמה אתה?", []),
    ("שש עשרה, נולדתי ב-9 במרץ 2008", [("date_of_birth", "9 במרץ 2008")]),
    ("תעודת זהות " + grp(_htz["tennis"], (8, 1), "-"), [("id", grp(_htz["tennis"], (8, 1), "-"))]),
    ("נבחרת נוער זה 4 אימונים בשבוע, 1,150 לחודש, והמגרשים פתוחים מ-3 עד 7 בערב", []),
    ("אבא שלי משלם, זה ישראכרט, " + grp(_hc["tennis"], (4, 4, 4, 4)), [("card", grp(_hc["tennis"], (4, 4, 4, 4)))]),
    ("והטלפון שלי 058-4417302 אבל שיחות לאבא", [("phone", "058-4417302")]),
    ("אם לא נפתחת קבוצה תחזירו לחשבון של אבא, " + grp(_hi["tennis"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["tennis"], (4, 4, 4, 4, 4, 3)))]),
    ("הטורניר הפנימי ב-27 בדצמבר, דמי השתתפות 90 שקל", []),
    ("המייל noamshapira08@gmail.com", [("email", "noamshapira08@gmail.com")]),
]

# --- sukkah builder, Beit Shemesh (Anglo) -------------------------------------------------
HE += [
    ("סוכות בקליק, שלום", []),
    ("היי, yes, אני שירה מילר מבית שמש, אני רוצה סוכה של שלוש על ארבע עם סכך במבוק",
     [("name", "שירה מילר")]),
    ("סוכה שלוש על ארבע עם דפנות בד זה 1,890 שקל, סכך במבוק עוד 320, הרכבה 250", []),
    ("תביאו לכתובת: נחל דולב 18, בית שמש, רמה ג', אנחנו בקומת קרקע",
     [("address", "נחל דולב 18, בית שמש, רמה ג'")]),
    ("הטלפון שלי עדיין אנגלי, +44 7823 615 490, יש עליו וואטסאפ", [("phone", "+44 7823 615 490")]),
    ("תשלום בדיינרס, " + grp(_hc["sukkah"], (4, 6, 4)), [("card", grp(_hc["sukkah"], (4, 6, 4)))]),
    ("ואם משהו לא בסדר, ההחזר לחשבון באנגליה, " + grp(_hi["sukkah_gb"], (4, 4, 4, 4, 4, 2)),
     [("iban", grp(_hi["sukkah_gb"], (4, 4, 4, 4, 4, 2)))]),
    ("המייל שלי, sorry, shira dot miller seventy at yahoo dot com",
     [("email", "shira dot miller seventy at yahoo dot com")]),
    ("ההרכבה בין א' ל-י\"ב בתשרי, לפני החג, ובחול המועד אין התקנות", []),
    ("ומתי מפרקים? אחרי שמחת תורה, ב-24 באוקטובר", []),
]

# --- bridal make-up artist (Arab bride, Kafr Kanna) --------------------------------------
HE += [
    ("היי, אני ראניה עודה מכפר כנא, אני מתחתנת באוגוסט ואני רוצה איפור כלה", [("name", "ראניה עודה")]),
    ("מזל טוב! איזה תאריך?", []),
    ("החתונה ב-14 באוגוסט, והחינה יומיים לפני, ב-12", []),
    ("איפור כלה זה 2,200 כולל ניסיון, ואיפור לאמא ולאחיות 350 לכל אחת", []),
    ("תבואי אליי הביתה בבוקר, הכתובת שכונת אל-עין, רחוב 12, בית 7, כפר כנא",
     [("address", "שכונת אל-עין, רחוב 12, בית 7, כפר כנא")]),
    ("אני מבקשת 500 מקדמה, בהעברה או בכרטיס", []),
    ("בכרטיס, " + say_he(_hc["makeup"], groups=(4, 4, 4, 4)), [("card", say_he(_hc["makeup"], groups=(4, 4, 4, 4)))]),
    ("ואם מבטלים בגלל המצב, תחזירי לי לחשבון, IBAN " + grp(_hi["makeup"], (4, 4, 4, 4, 4, 3)),
     [("iban", grp(_hi["makeup"], (4, 4, 4, 4, 4, 3)))]),
    ("המייל rania.odeh@walla.co.il ואת הנייד כבר שלחתי לך בוואטסאפ", [("email", "rania.odeh@walla.co.il")]),
]

# ===========================================================================
# GREEK. Calls: icon-painting workshop (Thessaloniki), parish office for a
# christening (Athens), taverna booking (Chania), beach sunbeds (Halkidiki),
# fur shop (Kastoria, Cypriot customer), cobbler (Patras), aluminium windows
# under the "Exoikonomo" grant (Athens), firewood delivery (Ioannina), KTEL
# coach tickets (student), sailing school (Limassol), car-insurance claim
# (Nicosia / Larissa), painter-decorator (Piraeus).
# ===========================================================================
EL_ONES = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_ONES_F = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEENS = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι "
            "δεκαεφτά δεκαοχτώ δεκαεννιά").split()
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_HUND = "_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια εννιακόσια".split()


def num_el(n, formal=False):
    ones = EL_ONES_F if formal else EL_ONES
    if n < 10:
        return ones[n]
    if n < 20:
        return EL_TEENS[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + ones[u] if u else "")
    h, r = divmod(n, 100)
    head = "εκατόν" if (h == 1 and r) else EL_HUND[h]
    return head + (" " + num_el(r, formal) if r else "")


def say_el(d, groups=None, gsep=", ", pairs=False, formal=False):
    """pairs: 2-digit chunks as numbers; a 3-digit chunk is read as one number."""
    ones = EL_ONES_F if formal else EL_ONES
    chunks = [d] if not groups else grp(d, groups, "|").split("|")
    out = []
    for ch in chunks:
        if pairs and ch[0] != "0" and len(ch) in (2, 3):
            out.append(num_el(int(ch), formal))
        elif pairs and len(ch) == 2:
            out.append(" ".join(ones[int(c)] for c in ch))
        else:
            out.append(" ".join(ones[int(c)] for c in ch))
    return _rec(gsep.join(out), d)


assert num_el(67) == "εξήντα εφτά" and num_el(112) == "εκατόν δώδεκα" and num_el(17) == "δεκαεφτά"

EL = []
LANGS["el"] = lambda: EL

_gc = {
    "taverna": card("476951208337462"),     # Visa
    "fur": card("3612094478253"),           # Diners 14
    "ktel": card("516788230049571"),        # Mastercard
    "sail": card("455102678931024"),        # Visa (Cyprus)
    "paint": card("37480112953706"),        # Amex 15
    "wood": card("402618775300194"),        # Visa
    "ins": card("535019664812207"),         # Mastercard
}
_gi = {
    "icon": iban("GR", "01720450005045098312744"),
    "windows": iban("GR", "01101530000015380044216"),
    "wood": iban("GR", "02604120000870100639852"),
    "sail": iban("CY", "002001950000357001862774"),
    "ins": iban("GR", "01727000005270012945617"),
    "paint": iban("GR", "01407060706002320019384"),
    "ktel": iban("DE", "500105175417329804"),
    "fur": iban("CY", "012001250000000144728305"),
}
_gafm = {
    "windows": afm("04871263"),
    "wood": afm("10273584"),
    "wood2": afm("07615432"),
    "ins": afm("13058627"),
    "paint": afm("06239145"),
    "ktel": afm("15729380"),
    "icon": afm("03391746"),
    "shoe": afm("02847713"),
}

# --- icon-painting workshop, Thessaloniki ------------------------------------------
EL += [
    ("Εργαστήριο αγιογραφίας Άγιος Λουκάς, καλημέρα σας", []),
    ("Καλημέρα, με λένε Κούλα Τσολάκη, θα ήθελα μια εικόνα του Αγίου Νικολάου για το σπίτι του γιου μου",
     [("name", "Κούλα Τσολάκη")]),
    ("Βεβαίως κυρία Τσολάκη, σε τι διάσταση τη θέλετε;", [("name", "Τσολάκη")]),
    ("Τριάντα επί σαράντα, με φύλλο χρυσού, σε παλαιωμένο ξύλο", []),
    ("Μια τέτοια είναι 380 ευρώ, θέλει περίπου έξι εβδομάδες, θα είναι έτοιμη αρχές Δεκεμβρίου για τη γιορτή του", []),
    ("Το τηλέφωνό μου είναι " + say_el("2310457821", groups=(2, 2, 2, 2, 2), pairs=True),
     [("phone", say_el("2310457821", groups=(2, 2, 2, 2, 2), pairs=True))]),
    ("Είμαστε στην Εγνατία, απέναντι από την Αγία Σοφία, ανοιχτά μέχρι τις οχτώ", []),
    ("Να μου τη στείλετε στο σπίτι, Αγίου Δημητρίου 112, τρίτος όροφος, Θεσσαλονίκη, 54632",
     [("address", "Αγίου Δημητρίου 112, τρίτος όροφος, Θεσσαλονίκη, 54632")]),
    ("Η προκαταβολή γίνεται με κατάθεση στο IBAN μας, " + grp(_gi["icon"], (4, 4, 4, 4, 4, 4, 3)),
     [("iban", grp(_gi["icon"], (4, 4, 4, 4, 4, 4, 3)))]),
    ("Για την απόδειξη, ΑΦΜ " + _gafm["icon"] + ", στο όνομά μου", [("id", _gafm["icon"])]),
]

# --- parish office, christening, Athens ----------------------------------------------
EL += [
    ("Ιερός Ναός Αγίας Παρασκευής, γραφείο, παρακαλώ", []),
    ("Γεια σας, είμαι η Δήμητρα Καραγιάννη, θέλουμε να κλείσουμε βάφτιση για την κόρη μας τον Μάιο",
     [("name", "Δήμητρα Καραγιάννη")]),
    ("Τα Σάββατα του Μαΐου είναι όλα κλεισμένα εκτός από τις 24, στις έξι το απόγευμα", []),
    ("Η μικρή γεννήθηκε στις 3 Σεπτεμβρίου 2023", [("date_of_birth", "3 Σεπτεμβρίου 2023")],
     "Ημερομηνία γέννησης του παιδιού;"),
    ("Χρειαζόμαστε ληξιαρχική πράξη γέννησης, βεβαίωση του νονού από την ενορία του, και η δωρεά για το ναό είναι 150 ευρώ", []),
    ("Το κινητό μου " + say_el("6944271385", groups=(3, 3, 4)),
     [("phone", say_el("6944271385", groups=(3, 3, 4)))]),
    ("Θα στείλω τα χαρτιά με email, dimitra.karagianni παπάκι gmail τελεία com",
     [("email", "dimitra.karagianni παπάκι gmail τελεία com")]),
    ("Ευχαριστώ κυρία Καραγιάννη, να σας ζήσει", [("name", "Καραγιάννη")]),
]

# --- taverna booking, Chania ------------------------------------------------------
EL += [
    ("Ταβέρνα Το Κύμα, λέγετε", []),
    ("Γεια σας, λέγομαι Μανώλης Βλαζάκης, θέλω τραπέζι για δεκαπέντε άτομα το Σάββατο, γιορτάζω",
     [("name", "Μανώλης Βλαζάκης")]),
    ("Χρόνια πολλά κύριε Μανώλη! Στις εννιά μπορώ να σας βάλω στην αυλή", [("name", "Μανώλη")]),
    ("Θα πάρουμε και το μενού με τα 25 ευρώ το άτομο, με κρασί χύμα", []),
    ("Για τόσα άτομα θέλουμε προκαταβολή 100 ευρώ με κάρτα", []),
    ("Εντάξει, η κάρτα είναι " + say_el(_gc["taverna"], groups=(4, 4, 4, 4)),
     [("card", say_el(_gc["taverna"], groups=(4, 4, 4, 4)))]),
    ("Αν αργήσουμε θα σας πάρω, το κινητό μου είναι 697 318 2046", [("phone", "697 318 2046")]),
]

# --- beach sunbeds, Halkidiki --------------------------------------------------------
EL += [
    ("Γεια, θέλω να κλείσω δύο ξαπλώστρες μπροστά μπροστά για αύριο", []),
    ("Η πρώτη σειρά είναι 40 ευρώ το σετ με ομπρέλα, και περιλαμβάνει δύο φρέντο", []),
    ("Στο όνομα Στέλλα, Στέλλα Μαυρίδου", [("name", "Στέλλα", 0), ("name", "Στέλλα Μαυρίδου")], "Σε ποιο όνομα;"),
    (say_el("6985321744", groups=(2, 2, 2, 2, 2), pairs=True),
     [("phone", say_el("6985321744", groups=(2, 2, 2, 2, 2), pairs=True))], "Και ένα τηλέφωνο;"),
    ("Ερχόμαστε από Νικήτη, θα είμαστε εκεί κατά τις έντεκα, έχετε πάρκινγκ;", []),
]

# --- fur shop, Kastoria (Cypriot customer) --------------------------------------------
EL += [
    ("Γουναρικά Καστοριάς, καλησπέρα, είστε με την Ελπίδα", [("name", "Ελπίδα")]),
    ("Καλησπέρα, είμαι ο Σάββας Χατζηγεωργίου από τη Λεμεσό, είχα δει ένα παλτό βιζόν στη βιτρίνα σας τον Αύγουστο",
     [("name", "Σάββας Χατζηγεωργίου")]),
    ("Ναι, το μαύρο βιζόν, νούμερο 42, κάνει 3.200 ευρώ, το έχουμε ακόμα", []),
    ("Μπορείτε να το στείλετε στην Κύπρο; Η διεύθυνση είναι οδός Αρχιεπισκόπου Κυπριανού 27, διαμέρισμα 302, 3036 Λεμεσός",
     [("address", "οδός Αρχιεπισκόπου Κυπριανού 27, διαμέρισμα 302, 3036 Λεμεσός")]),
    ("Θα το πληρώσω με Diners, " + grp(_gc["fur"], (4, 6, 4)), [("card", grp(_gc["fur"], (4, 6, 4)))]),
    ("Η αποστολή με ACS στην Κύπρο κοστίζει 45 ευρώ και φτάνει σε πέντε με εφτά εργάσιμες", []),
    ("Το κινητό μου, " + say_el("99541287", groups=(2, 2, 2, 2), pairs=True),
     [("phone", say_el("99541287", groups=(2, 2, 2, 2), pairs=True))]),
    ("Και το email μου sabbas.chg@cytanet.com.cy", [("email", "sabbas.chg@cytanet.com.cy")]),
    ("Ναι, " + grp(_gi["fur"], (4, 4, 4, 4, 4, 4, 4)), [("iban", grp(_gi["fur"], (4, 4, 4, 4, 4, 4, 4)))],
     "Αν δεν σας κάνει το νούμερο επιστρέφουμε τα χρήματα, μου δίνετε ένα IBAN;"),
]

# --- cobbler, Patras -------------------------------------------------------------------
EL += [
    ("Ναι, εμπρός, τσαγκάρικο;", []),
    ("Ο Μπάμπης είμαι, ο Μπάμπης ο Λαμπρόπουλος, σας είχα φέρει τα καφέ παπούτσια για σόλα",
     [("name", "Μπάμπης", 0), ("name", "Μπάμπης ο Λαμπρόπουλος")]),
    ("Α ναι κυρ Μπάμπη, είναι έτοιμα, 25 ευρώ η σόλα και 8 τα τακούνια", [("name", "Μπάμπη")]),
    ("Κλείνουμε στις δύο και ανοίγουμε πάλι στις πεντέμισι, Τρίτη Πέμπτη Παρασκευή", []),
    ("Μήπως μπορείτε να μου τα φέρετε σπίτι; Μένω στην Κορίνθου 214, πίσω από τον Άγιο Ανδρέα",
     [("address", "Κορίνθου 214")]),
    ("Ε, το σταθερό μου είναι " + say_el("2610436182", groups=(4, 2, 2, 2), pairs=True),
     [("phone", say_el("2610436182", groups=(4, 2, 2, 2), pairs=True))]),
]

# --- aluminium windows, Exoikonomo grant, Athens ------------------------------------------
EL += [
    ("Κουφώματα Παπαδάκης, καλησπέρα", []),
    ("Καλησπέρα, το όνομά μου είναι Ευαγγελία Ρήγα, μπήκα στο Εξοικονομώ και θέλω προσφορά για έξι κουφώματα",
     [("name", "Ευαγγελία Ρήγα")]),
    ("Για την προσφορά χρειάζομαι το ΑΦΜ σας και τη διεύθυνση του ακινήτου", []),
    ("Το ΑΦΜ μου είναι " + say_el(_gafm["windows"], groups=(3, 3, 3), pairs=True),
     [("id", say_el(_gafm["windows"], groups=(3, 3, 3), pairs=True))]),
    ("Η διεύθυνση είναι Ελευθερίου Βενιζέλου 58, Νέα Σμύρνη, δεύτερος όροφος",
     [("address", "Ελευθερίου Βενιζέλου 58, Νέα Σμύρνη, δεύτερος όροφος")]),
    ("Η επιδότηση καλύπτει το 75 τοις εκατό, και η θερμοδιακοπτόμενη σειρά ξεκινάει από 420 ευρώ το τετραγωνικό", []),
    ("Το IBAN μου για την επιδότηση είναι " + grp(_gi["windows"], (4, 4, 4, 4, 4, 4, 3)),
     [("iban", grp(_gi["windows"], (4, 4, 4, 4, 4, 4, 3)))]),
    ("Και το email μου evangelia κάτω παύλα riga παπάκι yahoo τελεία gr",
     [("email", "evangelia κάτω παύλα riga παπάκι yahoo τελεία gr")]),
    ("Ο μηχανικός θα έρθει για αυτοψία την Πέμπτη 14 Νοεμβρίου, γύρω στις δέκα", []),
]

# --- firewood delivery, Ioannina ------------------------------------------------------------
EL += [
    ("Καυσόξυλα Ηπείρου, γεια σας", []),
    ("Γεια σου παιδί μου, λέγομαι Θανάσης Γκόγκος, θέλω πέντε τόνους ξύλα, οξιά, κομμένα στους τριάντα πόντους",
     [("name", "Θανάσης Γκόγκος")]),
    ("Η οξιά είναι 170 ο τόνος με τη μεταφορά μέσα στα Γιάννενα, και το στοίβαγμα άλλα 10 ευρώ ο τόνος", []),
    ("Δίνετε έκπτωση στους συνταξιούχους; Γεννήθηκα 28 Οκτωβρίου του 1941",
     [("date_of_birth", "28 Οκτωβρίου του 1941")]),
    ("Να τα φέρετε στο σπίτι, Μιχαήλ Αγγέλου 9, στην Ανατολή, δίπλα στο καφενείο",
     [("address", "Μιχαήλ Αγγέλου 9"), ("address", "Ανατολή")]),
    ("Θέλω τιμολόγιο, το ΑΦΜ " + say_el(_gafm["wood"], groups=(3, 3, 3)),
     [("id", say_el(_gafm["wood"], groups=(3, 3, 3)))]),
    ("Όχι, περίμενε, λάθος, αυτό είναι του γιου μου, το δικό μου είναι " + _gafm["wood2"],
     [("id", _gafm["wood2"])]),
    ("Το σταθερό 26510 73482, το κινητό δεν το ξέρω απ' έξω", [("phone", "26510 73482")]),
    ("Το τιμολόγιο στείλτε το στο email της κόρης μου, vaso.gkogkou at gmail dot com",
     [("email", "vaso.gkogkou at gmail dot com")]),
    ("Θα πληρώσω τώρα με την κάρτα, " + say_el(_gc["wood"], groups=(4, 4, 4, 4), formal=True),
     [("card", say_el(_gc["wood"], groups=(4, 4, 4, 4), formal=True))]),
    ("Ή αν θέλετε κατάθεση, το IBAN μας είναι " + grp(_gi["wood"], (4, 4, 4, 4, 4, 4, 3)),
     [("iban", grp(_gi["wood"], (4, 4, 4, 4, 4, 4, 3)))]),
    ("Θα τα φέρουμε την Τετάρτη το πρωί, το φορτηγό παίρνει μέχρι έξι τόνους", []),
]

_gc["sail2"] = card("479805143326718")   # second Visa (Cyprus)

# --- KTEL coach tickets (student) ------------------------------------------------------
EL += [
    ("ΚΤΕΛ Μακεδονίας, εξυπηρέτηση πελατών, λέγετε", []),
    ("Γεια σας, είμαι η Ιωάννα Σταθοπούλου, φοιτήτρια, θέλω να κλείσω εισιτήριο με φοιτητική έκπτωση για Θεσσαλονίκη",
     [("name", "Ιωάννα Σταθοπούλου")]),
    ("Το δρομολόγιο των 15:30 από Κηφισό φτάνει 21:45, το φοιτητικό είναι 27,50 αντί για 55", []),
    ("Θέλω και για τη γιαγιά μου, έχει έκπτωση άνω των 65; Είναι γεννημένη 2 Φεβρουαρίου 1952",
     [("date_of_birth", "2 Φεβρουαρίου 1952")]),
    ("Εγώ είμαι γεννημένη στις δεκαεφτά του έξι του 2003", [("date_of_birth", "δεκαεφτά του έξι του 2003")]),
    ("Θέσεις 23 και 24, δίπλα δίπλα, λεωφορείο 5, αποβάθρα 12", []),
    ("Η κάρτα είναι " + grp(_gc["ktel"], (4, 4, 4, 4)), [("card", grp(_gc["ktel"], (4, 4, 4, 4)))]),
    ("Στείλτε το εισιτήριο στο ioanna.stath03@gmail.com", [("email", "ioanna.stath03@gmail.com")]),
    ("Και το κινητό 6932 557 104", [("phone", "6932 557 104")]),
    ("Κυρία Σταθοπούλου, το φοιτητικό πάσο να το έχετε μαζί σας στον έλεγχο", [("name", "Σταθοπούλου")]),
    ("Για την ακύρωση του Μαρτίου μου χρωστάτε επιστροφή, τώρα σπουδάζω στο Βερολίνο, IBAN "
     + grp(_gi["ktel"], (4, 4, 4, 4, 4, 2)), [("iban", grp(_gi["ktel"], (4, 4, 4, 4, 4, 2)))]),
    ("Και θέλω απόδειξη με ΑΦΜ του πατέρα μου, " + _gafm["ktel"], [("id", _gafm["ktel"])]),
    ("Δέμα πάνω από 20 κιλά δεν το δεχόμαστε, η μία αποσκευή είναι δωρεάν", []),
]

# --- sailing school, Limassol (Cypriot) -----------------------------------------------------
EL += [
    ("Σχολή ιστιοπλοΐας Λεμεσού, καλημέρα, είμαι ο Ευαγόρας", [("name", "Ευαγόρας")]),
    ("Καλημέρα, λέω να γράψω τα δύο μωρά μου στο καλοκαιρινό τμήμα, εν έντεκα τζαι δεκατρία χρονών", []),
    ("Ναι, με λένε Χρυστάλλα Ιωάννου", [("name", "Χρυστάλλα Ιωάννου")], "Πώς σας λένε κυρία μου;"),
    ("Ο μεγάλος γεννήθηκε 5 Απριλίου 2011 τζαι η μικρή 19/07/2013",
     [("date_of_birth", "5 Απριλίου 2011"), ("date_of_birth", "19/07/2013")]),
    ("Το τμήμα Optimist είναι δύο εβδομάδες, 9 με 1, 280 ευρώ το παιδί, τζαι 10 τοις εκατό έκπτωση για το δεύτερο", []),
    ("Το κινητό μου εν " + say_el("96318274", groups=(2, 2, 2, 2), pairs=True),
     [("phone", say_el("96318274", groups=(2, 2, 2, 2), pairs=True))]),
    ("Η διεύθυνση, Ολυμπίων 15, διαμέρισμα 3, Γερμασόγεια, 4047 Λεμεσός",
     [("address", "Ολυμπίων 15, διαμέρισμα 3, Γερμασόγεια, 4047 Λεμεσός")]),
    ("Να τα πληρώσω με κάρτα, " + say_el(_gc["sail"], groups=(4, 4, 4, 4)),
     [("card", say_el(_gc["sail"], groups=(4, 4, 4, 4)))]),
    ("Όι, περίμενε, πάρε την άλλη, εκείνη έχει όριο, " + grp(_gc["sail2"], (4, 4, 4, 4)),
     [("card", grp(_gc["sail2"], (4, 4, 4, 4)))]),
    ("Email chrystalla.ioannou παπάκι cytanet τελεία com τελεία cy",
     [("email", "chrystalla.ioannou παπάκι cytanet τελεία com τελεία cy")]),
    ("Εν " + grp(_gi["sail"], (4, 4, 4, 4, 4, 4, 4)), [("iban", grp(_gi["sail"], (4, 4, 4, 4, 4, 4, 4)))],
     "Αν ακυρωθεί λόγω καιρού επιστρέφουμε τα λεφτά, δώστε μου το IBAN σας"),
    ("Η σχολή εν δίπλα που τον Μόλο, πάρκινγκ έχει απέναντι που το Κάστρο", []),
]

# --- car-insurance claim, Larissa --------------------------------------------------------------
EL += [
    ("Ασφαλιστική Θεσσαλίας, τμήμα αποζημιώσεων, καλησπέρα σας, είμαι ο Νίκος", [("name", "Νίκος")]),
    ("Καλησπέρα, λέγομαι Λευτέρης Ζιώγας, είχα ένα τρακάρισμα χθες στη Λάρισα, στη διασταύρωση με την Ηρώων Πολυτεχνείου",
     [("name", "Λευτέρης Ζιώγας")]),
    ("Τον αριθμό συμβολαίου τον έχετε; Είναι πάνω στην πράσινη κάρτα", []),
    ("Ναι, ο αριθμός συμβολαίου είναι 4471 0298 3365 12", []),
    ("Για την ταυτοποίηση, ΑΦΜ και ημερομηνία γέννησης παρακαλώ, κύριε Ζιώγα", [("name", "Ζιώγα")]),
    ("ΑΦΜ " + _gafm["ins"] + ", γεννήθηκα τέσσερις Ιουλίου ογδόντα οχτώ",
     [("id", _gafm["ins"]), ("date_of_birth", "τέσσερις Ιουλίου ογδόντα οχτώ")]),
    ("Ο άλλος οδηγός μου έδωσε το ΑΦΜ του, " + say_el(_gafm["shoe"], groups=(3, 3, 3), pairs=True),
     [("id", say_el(_gafm["shoe"], groups=(3, 3, 3), pairs=True))]),
    ("Στο συμβόλαιο είναι δηλωμένη και η σύζυγος, γεννημένη 11/03/1990", [("date_of_birth", "11/03/1990")]),
    ("Η απαλλαγή είναι 300 ευρώ, και ο πραγματογνώμονας θα έρθει μέσα σε τρεις εργάσιμες", []),
    ("Η αποζημίωση να πάει στο IBAN " + grp(_gi["ins"], (4, 4, 4, 4, 4, 4, 3)),
     [("iban", grp(_gi["ins"], (4, 4, 4, 4, 4, 4, 3)))]),
    ("Διεύθυνση κατοικίας: Παπαναστασίου 41, Λάρισα, 41222", [("address", "Παπαναστασίου 41, Λάρισα, 41222")]),
    ("Email lefteris.ziogas@hotmail.gr", [("email", "lefteris.ziogas@hotmail.gr")]),
    ("Και την απαλλαγή με κάρτα, " + grp(_gc["ins"], (4, 4, 4, 4)), [("card", grp(_gc["ins"], (4, 4, 4, 4)))]),
    ("Ο αριθμός φακέλου σας είναι ΖΗΜ-2024-0087716, κρατήστε τον", []),
]

# --- painter-decorator, Piraeus -------------------------------------------------------------------
EL += [
    ("Γεια σας, παίρνω για βάψιμο, είδα την αγγελία σας στη Χρυσή Ευκαιρία", []),
    ("Είμαι η Ρούλα Αναστασίου, θέλω να βάψω ένα διαμέρισμα ογδόντα τετραγωνικά", [("name", "Ρούλα Αναστασίου")]),
    ("Για ογδόντα τετραγωνικά, με πλαστικό, δύο χέρια, είναι γύρω στα 1.400 με υλικά, τρεις μέρες δουλειά", []),
    ("Η διεύθυνση είναι Ακτή Θεμιστοκλέους 88, πέμπτος όροφος, Πειραιάς",
     [("address", "Ακτή Θεμιστοκλέους 88, πέμπτος όροφος, Πειραιάς")]),
    ("Θέλω τιμολόγιο γιατί το νοικιάζω, ΑΦΜ " + say_el(_gafm["paint"], groups=(3, 3, 3), pairs=True),
     [("id", say_el(_gafm["paint"], groups=(3, 3, 3), pairs=True))]),
    ("Το κινητό μου 694 811 2730", [("phone", "694 811 2730")]),
    ("Στείλτε μου την προσφορά στο roula.anastasiou at yahoo dot gr, ή στον άντρα μου, stelios.an at gmail dot com",
     [("email", "roula.anastasiou at yahoo dot gr"), ("email", "stelios.an at gmail dot com")]),
    ("Την προκαταβολή θα τη δώσω με Amex, " + grp(_gc["paint"], (4, 6, 5)), [("card", grp(_gc["paint"], (4, 6, 5)))]),
    ("Αν δεν έρθετε τη μέρα που συμφωνήσαμε θέλω πίσω την προκαταβολή, IBAN " + grp(_gi["paint"], (4, 4, 4, 4, 4, 4, 3)),
     [("iban", grp(_gi["paint"], (4, 4, 4, 4, 4, 4, 3)))]),
    ("Μπορείτε να ξεκινήσετε Δευτέρα 2 Δεκεμβρίου; Πριν τις γιορτές θέλω να είναι έτοιμο", []),
    ("Το χρώμα θα είναι Vitex, λευκό ματ, κωδικός 1050, και στο σαλόνι ένα γκρι απαλό", []),
]


if __name__ == "__main__":
    main()
