#!/usr/bin/env python3
"""Blind held-out redaction set "blind72": ticketing and events calls.

Who wrote it and how: a helper session wrote this script working only from a
written brief (the product's specification of what counts as personal data and
a description of the wanted set).  It never read the redactor, its rules, its
tests, or any other evaluation set or generator.  All values are invented; the
check digits of cards, IBANs and national IDs are computed here, and every span
is located and checked by the asserts below.

Area: ticketing and events (concert, football, theatre and cinema tickets,
box-office refunds and exchanges, season tickets, cancelled and postponed
events, accessibility bookings, resale), in English, Arabic, Hebrew and Greek.

Running it (standard library only, deterministic) writes
    data/redaction/blind72/{en,ar,he,el}.jsonl
relative to the repository root.  Output format, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" only where given
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
- context is an earlier line of the same call (not scored).
- Items with empty spans are non-personal and must come out unchanged.
"""

import json
import os
import re
import unicodedata

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------------------
# check digits
# ---------------------------------------------------------------------------


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 if i % 2 == 0 else 2)
        s += v // 10 + v % 10
    return s % 10 == 0


def tz_complete(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit() or d == "000000000":
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm_complete(partial8):
    s = sum(int(partial8[i]) * 2 ** (8 - i) for i in range(8))
    return partial8 + str(s % 11 % 10)


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "QA": 29, "KW": 30, "BH": 22, "LB": 28,
            "FR": 27, "NL": 18, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban_make(country, bban):
    chk = 98 - _iban_num(bban + country + "00") % 97
    s = "%s%02d%s" % (country, chk, bban)
    assert iban_ok(s), s
    return s


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def split_at(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


# ---------------------------------------------------------------------------
# number words: speaking digits, and reading spoken numbers back (for asserts)
# ---------------------------------------------------------------------------

EN_U = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}
AR_U = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_U_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_TEEN = "عشرة حداشر اطناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split()
AR_TENS = {2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين",
           8: "ثمانين", 9: "تسعين"}
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = {2: "עשרים", 3: "שלושים", 4: "ארבעים", 5: "חמישים", 6: "שישים", 7: "שבעים",
           8: "שמונים", 9: "תשעים"}
EL_U = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = "δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ δεκαεννιά".split()
EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα", 7: "εβδομήντα",
           8: "ογδόντα", 9: "ενενήντα"}
EL_HUND = {1: "εκατόν", 2: "διακόσια", 3: "τριακόσια", 4: "τετρακόσια", 5: "πεντακόσια",
           6: "εξακόσια", 7: "εφτακόσια", 8: "οχτακόσια", 9: "εννιακόσια"}


def say_digits(d, words, sep=" ", oh=False):
    """Digit by digit in words ("four one one ...")."""
    out = []
    for ch in d:
        if ch.isdigit():
            out.append("oh" if (oh and ch == "0") else words[int(ch)])
        else:
            out.append(ch)
    return sep.join(x for x in out if x.strip())


def say_pair(lang, p, fem=True):
    """A two-digit group as a number ("forty-two", "עשרים ושלוש", ...)."""
    assert len(p) == 2 and p.isdigit()
    a, b = int(p[0]), int(p[1])
    if lang == "en":
        if a == 0:
            return "oh " + EN_U[b]
        if a == 1:
            return EN_TEEN[b]
        return EN_TENS[a] + ("-" + EN_U[b] if b else "")
    if lang == "ar":
        if a == 0:
            return AR_U[0] + " " + AR_U[b]
        if a == 1:
            return AR_TEEN[b]
        return (AR_U[b] + " و" if b else "") + AR_TENS[a]
    if lang == "he":
        u = HE_F if fem else HE_M
        if a == 0:
            return u[0] + " " + u[b]
        if a == 1:
            if b == 0:
                return "עשר" if fem else "עשרה"
            return u[b] + (" עשרה" if fem else " עשר")
        return HE_TENS[a] + (" ו" + u[b] if b else "")
    if lang == "el":
        if a == 0:
            return EL_U[0] + " " + EL_U[b]
        if a == 1:
            return EL_TEEN[b]
        return EL_TENS[a] + (" " + EL_U[b] if b else "")
    raise ValueError(lang)


def say_el_triple(p):
    assert len(p) == 3 and p.isdigit() and p[0] != "0"
    h = int(p[0])
    rest = p[1:]
    if rest == "00":
        return "εκατό" if h == 1 else EL_HUND[h]
    r = say_pair("el", rest) if rest[0] != "0" else EL_U[int(rest[1])]
    return EL_HUND[h] + " " + r


def _strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if unicodedata.category(c) != "Mn")


def _vocab():
    u, tens, teens, hund = {}, {}, {}, {}
    for w in EN_U:
        u[w] = EN_U.index(w)
    u["oh"] = 0
    u["o"] = 0
    for i, w in enumerate(EN_TEEN):
        teens[w] = 10 + i
    for k, w in EN_TENS.items():
        tens[w] = k * 10
    for lst in (AR_U, AR_U_EG):
        for i, w in enumerate(lst):
            u[w] = i
    for w, i in [("اثنان", 2), ("تنين", 2), ("ثلاث", 3), ("اربعة", 4), ("اربع", 4),
                 ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8),
                 ("تسع", 9), ("وحدة", 1), ("زيرو", 0), ("ثلاثه", 3), ("خمسه", 5),
                 ("سته", 6), ("سبعه", 7), ("ثمانيه", 8), ("تسعه", 9), ("اتنين", 2),
                 ("تمنية", 8), ("تلاتة", 3), ("ثنين", 2), ("جوج", 2), ("ربعة", 4)]:
        u[w] = i
    for i, w in enumerate(AR_TEEN):
        teens[w] = 10 + i
    for k, w in AR_TENS.items():
        tens[w] = k * 10
    for w, k in [("عشرون", 20), ("تلاتين", 30), ("اربعين", 40), ("تمانين", 80),
                 ("ثلاثون", 30), ("أربعون", 40), ("خمسون", 50), ("ستون", 60),
                 ("سبعون", 70), ("ثمانون", 80), ("تسعون", 90)]:
        tens[w] = k
    for lst in (HE_F, HE_M):
        for i, w in enumerate(lst):
            u[w] = i
    for w, i in [("שתים", 2), ("שנים", 2), ("חמישה", 5), ("שלש", 3)]:
        u[w] = i
    for k, w in HE_TENS.items():
        tens[w] = k * 10
    teens["עשר"] = 10
    teens["עשרה"] = 10
    for w in EL_U:
        u[_strip_accents(w)] = EL_U.index(w)
    for w, i in [("μηδενικο", 0), ("μια", 1), ("μία", 1), ("ενας", 1), ("δυο", 2),
                 ("τρεις", 3), ("τεσσερις", 4), ("επτα", 7), ("οκτω", 8), ("εννεα", 9)]:
        u[_strip_accents(w)] = i
    for i, w in enumerate(EL_TEEN):
        teens[_strip_accents(w)] = 10 + i
    for w, i in [("δεκαεπτα", 17), ("δεκαοκτω", 18), ("δεκαεννεα", 19)]:
        teens[w] = i
    for k, w in EL_TENS.items():
        tens[_strip_accents(w)] = k * 10
    tens["εβδομηντα"] = 70
    for k, w in EL_HUND.items():
        hund[_strip_accents(w)] = k * 100
    hund["εκατο"] = 100
    hund["επτακοσια"] = 700
    hund["οκτακοσια"] = 800
    hund["εννεακοσια"] = 900
    norm = lambda d: {_strip_accents(k).lower(): v for k, v in d.items()}
    return norm(u), norm(tens), norm(teens), norm(hund)


VOCAB_U, VOCAB_TENS, VOCAB_TEEN, VOCAB_HUND = _vocab()
AR_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
TEN_AFTER = {_strip_accents(w) for w in ("עשרה", "עשר", "عشر", "عشرة")}


def spoken_value(s):
    """Digits (and Latin letters) of a value however written: digits, digit
    words, tens, 'double'/'triple', Arabic-Indic digits.  Used to check spans."""
    s = _strip_accents(s.translate(AR_INDIC)).lower()
    toks = re.findall(r"[0-9]+|[^\W\d_]+|[,.;:!?،؛]", s)
    out = []
    cur = None          # pending number under construction
    kind = None         # 'u' unit, 't' tens, 'h' hundreds
    rep = 1

    def flush():
        nonlocal cur, kind
        if cur is not None:
            out.append(str(cur))
        cur, kind = None, None

    for t in toks:
        conj = False
        if t not in VOCAB_U and t not in VOCAB_TENS and len(t) > 1 and t[0] in "וو":
            if t[1:] in VOCAB_U or t[1:] in VOCAB_TENS:
                t, conj = t[1:], True
        if t in ",.;:!?،؛":
            flush()
        elif t.isdigit():
            flush()
            out.append(t)
        elif t in ("double", "triple"):
            flush()
            rep = 2 if t == "double" else 3
        elif t in VOCAB_U:
            v = VOCAB_U[t]
            if rep > 1:
                out.append(str(v) * rep)
                rep = 1
            elif kind == "t" and v:
                cur += v
                flush()
            elif kind == "h":
                cur += v
                flush()
            else:
                flush()
                cur, kind = v, "u"
        elif t in TEN_AFTER and kind == "u":
            cur += 10
            flush()
        elif t in VOCAB_TEEN:
            if kind == "h":
                cur += VOCAB_TEEN[t]
            else:
                flush()
                cur = VOCAB_TEEN[t]
            flush()
        elif t in VOCAB_TENS:
            v = VOCAB_TENS[t]
            if kind == "h":
                cur += v
                kind = "t"
            elif kind == "u" and conj:      # Arabic "خمسة وعشرين"
                cur += v
                flush()
            else:
                flush()
                cur, kind = v, "t"
        elif t in VOCAB_HUND:
            flush()
            cur, kind = VOCAB_HUND[t], "h"
        elif t == "hundred" and kind == "u":
            cur, kind = cur * 100, "h"
        elif re.fullmatch(r"[a-z]{1,2}", t):
            flush()
            out.append(t.upper())
        else:
            flush()
    flush()
    return "".join(out)


def check_value(kind, sub, expect):
    if re.fullmatch(r"[A-Z0-9 ]+", sub):
        v = sub.replace(" ", "")
    else:
        v = spoken_value(sub)
    if expect is not None:
        assert v == expect.replace(" ", "").upper(), (kind, sub, v, expect)
    d = re.sub(r"\D", "", v)
    if kind == "card":
        assert d == v and 13 <= len(d) <= 19 and luhn_ok(d), (kind, sub, v)
    elif kind == "iban":
        assert iban_ok(v), (kind, sub, v)
    elif kind == "id":
        assert d == v and (tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d)), (kind, sub, v)
    elif kind == "phone":
        assert d == v and 7 <= len(d) <= 15, (kind, sub, v)


def check_nonpersonal_number(d):
    """A long number that must not pass any personal check."""
    d = re.sub(r"\D", "", d.translate(AR_INDIC))
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), d
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), d
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), d


# ---------------------------------------------------------------------------
# items -> JSON lines
# ---------------------------------------------------------------------------

NOCHECK = object()


def build(items, lang):
    """items: (text, [(kind, substring[, expected_value[, after]])], context).
    Spans are found in order: each one is searched after the previous one (or
    after the first occurrence of `after`).  expected_value None means: read
    the substring's value and check it; NOCHECK skips the value check."""
    out = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        assert isinstance(text, str) and text == text.strip() and text, it
        recs = []
        pos = 0
        for sp in spans:
            kind, sub = sp[0], sp[1]
            expect = sp[2] if len(sp) > 2 else None
            if len(sp) > 3:
                pos = text.index(sp[3]) + len(sp[3])
            assert kind in KINDS, sp
            assert sub == sub.strip() and sub, sp
            i = text.find(sub, pos)
            assert i >= 0, ("span not found", sub, text)
            if kind in ("card", "iban", "id", "phone") and expect is not NOCHECK:
                check_value(kind, sub, expect)
            start = len(text[:i].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[start:end].decode("utf-8") == sub
            recs.append({"kind": kind, "start": start, "end": end})
            pos = i + len(sub)
        recs.sort(key=lambda r: r["start"])
        for a, b in zip(recs, recs[1:]):
            assert a["end"] <= b["start"], ("overlap", text)
        if not recs:
            for m in re.finditer(r"[0-9٠-٩][0-9٠-٩ \-.]*[0-9٠-٩]", text):
                check_nonpersonal_number(m.group(0))
        rec = {"text": text, "spans": recs}
        if ctx:
            assert isinstance(ctx, str)
            rec["context"] = ctx
        out.append(rec)
    texts = [r["text"] for r in out]
    assert len(set(texts)) == len(texts), "duplicate text in " + lang
    return out


def _self_test():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert tz_ok("000000018") and afm_ok("090000045")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert spoken_value("four one one one, double seven") == "411177"
    assert spoken_value("forty-two oh five") == "4205"
    assert spoken_value("خمسة وعشرين ٣٤ صفر") == "25340"
    assert spoken_value("עשרים ושלוש, שלוש עשרה, אפס חמש") == "231305"
    assert spoken_value("εξήντα εφτά, διακόσια δέκα, μηδέν") == "67210" + "0"
    for lang in ("en", "ar", "he", "el"):
        for n in range(100):
            p = "%02d" % n
            assert spoken_value(say_pair(lang, p)) == (p if n else "00"), (lang, p)
    for n in range(100, 1000):
        assert spoken_value(say_el_triple(str(n))) == str(n), n


LANGS = {}


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------


def en_words(d, oh=True, doubles=False, sep=", "):
    """'4532 0151' -> 'four five three two, oh one five one' (groups kept)."""
    out = []
    for g in d.split():
        w, i = [], 0
        while i < len(g):
            ch = g[i]
            name = "oh" if (oh and ch == "0") else EN_U[int(ch)]
            if doubles and i + 1 < len(g) and g[i + 1] == ch:
                w.append("double " + name)
                i += 2
            else:
                w.append(name)
                i += 1
        out.append(" ".join(w))
    return sep.join(out)


def en_part1():
    c1 = luhn_complete("453201511283036")
    amex = luhn_complete("34987612055437")
    gb1 = iban_make("GB", "MIDL" + "401276" + "53190847")
    ctx_dob = "And just to confirm your date of birth for security?"
    return [
        # football club season ticket renewal (Newcastle area caller)
        ("Good morning, Eastbrook Rovers ticket office, you're through to Gemma, how can I help?",
         [("name", "Gemma")]),
        ("Morning pet, aye, it's Darren Milburn here, I'm ringing about me season ticket renewal.",
         [("name", "Darren Milburn")]),
        ("Lovely, thanks Darren. Have you got your supporter number handy?", [("name", "Darren")]),
        ("Aye it's 00418273, I've had the same seat in the East Stand, block C, row 22, since 2009.", []),
        (ctx_dob, []),
        ("fourteenth of february nineteen seventy-nine valentine's baby me",
         [("date_of_birth", "fourteenth of february nineteen seventy-nine")], ctx_dob),
        ("Right, so the renewal for next season is £565, or you can spread it over ten monthly "
         "payments of £56.50, first one on the 1st of June.", []),
        ("Put it on the card, love, it's " + grp(c1) + ".", [("card", grp(c1))]),
        ("And can you move us up to row 18? Our lad's turning 12 in August and he wants to sit with us.", []),
        ("Aye we moved in March, it's 27 Ravensworth Terrace, Gateshead, NE8 4QP.",
         [("address", "27 Ravensworth Terrace, Gateshead, NE8 4QP")],
         "Has your address changed since last season?"),
        # US ticket agency, cancelled stadium show
        ("Thank you for calling TixHub, my name is Marcus, can I get the name on the order?",
         [("name", "Marcus")]),
        ("Yeah hi, it's Brittany, Brittany Kowalski, K O W A L S K I.",
         [("name", "Brittany"), ("name", "Brittany Kowalski"), ("name", "K O W A L S K I")]),
        ("The Midnight Harbor show at MetLife on July 19th got cancelled and I paid $438.60 for "
         "four seats in section 132.", []),
        ("Okay, I see order number 7741-2209-8813. The refund goes back to the original card "
         "within 7 to 10 business days.", []),
        ("sure it's six one seven, five five five, oh one four two",
         [("phone", "six one seven, five five five, oh one four two", "6175550142")],
         "Can I get a good callback number in case the refund fails?"),
        ("And the email on the account, is that b kowalski 92 at yahoo dot com?",
         [("email", "b kowalski 92 at yahoo dot com")]),
        ("I was also charged a $12.95 processing fee and a $4.50 facility fee per ticket, are "
         "those refunded too?", []),
        # West End theatre box office, exchange
        ("Marlowe Theatre box office, Priya speaking.", [("name", "Priya")]),
        ("Oh hello, yes, my name is Penelope Ashworth-Hale, I booked two stalls seats for the "
         "matinee of The Glass Orchard on Saturday the 14th.",
         [("name", "Penelope Ashworth-Hale")]),
        ("Thank you, Mrs Ashworth-Hale. I've found the booking, reference MT558213.",
         [("name", "Ashworth-Hale")]),
        ("I'd like to exchange them for the evening performance on Thursday the 19th, half past "
         "seven, if there's anything in row F or G.", []),
        ("There's a £3 exchange fee per ticket and the Thursday seats are £72.50 each, so the "
         "difference comes to £11 in total.", []),
        ("I'll pay on my American Express, it's " + en_words(split_at(amex, [4, 6, 5]), sep=" ") + ".",
         [("card", en_words(split_at(amex, [4, 6, 5]), sep=" "), amex)]),
        ("Post them please, to Flat 3, 41 Marchmont Street, London WC1N 1AP.",
         [("address", "Flat 3, 41 Marchmont Street, London WC1N 1AP")],
         "Shall we post the tickets or will you collect them from the box office?"),
        ("The tickets should arrive within 5 working days, and doors open 45 minutes before curtain up.", []),
        # Australian cinema chain, double charge
        ("G'day, Starline Cinemas customer care, how can I help?", []),
        ("hi yeah it's bec nguyen here i got charged twice for the same session",
         [("name", "bec nguyen")]),
        ("Two adults and a concession for Saturday the 8th at 4:15, Gold Class, it came out as "
         "$97.50 twice on the 6th.", []),
        ("No worries Bec, can you read me the last four digits of the card?", [("name", "Bec")]),
        ("Yeah it ends in 4471, and the transaction IDs are 88213 and 88214.", []),
        ("oh four one two, three three eight, nine oh five",
         [("phone", "oh four one two, three three eight, nine oh five", "0412338905")],
         "And a mobile number for the SMS confirmation?"),
        ("It's bec.nguyen88@outlook.com.au, all lower case.", [("email", "bec.nguyen88@outlook.com.au")]),
        ("I've refunded the duplicate of $97.50, you'll see it in three to five days, reference CR-30917.", []),
        # Irish caller, accessibility booking at an arena
        ("Hello, Northgate Arena access line, this is Ciarán.", [("name", "Ciarán")]),
        ("Hiya, I'm Siobhán Ní Bhriain, I'm after booking a wheelchair space and a companion "
         "ticket for the Foxglove concert in November.", [("name", "Siobhán Ní Bhriain")]),
        ("The wheelchair platform in section 104 has two spaces left for the 22nd of November, "
         "and the companion ticket is free with a valid access card.", []),
        ("He was born on the 3rd of June 2011, he's the one using the chair.",
         [("date_of_birth", "3rd of June 2011")],
         "I need the date of birth of the wheelchair user for our access register."),
        ("Sure, it's 12 Larkfield Grove, Kimmage, Dublin 6W, D6W FX82.",
         [("address", "12 Larkfield Grove, Kimmage, Dublin 6W, D6W FX82")],
         "And the address for the access card to be posted to?"),
        ("my mobile is oh eight seven, two two four, six nine one three",
         [("phone", "oh eight seven, two two four, six nine one three", "0872246913")]),
        ("Grand, thanks Siobhán, that's all booked, you'll get an email with the access entrance details.",
         [("name", "Siobhán")]),
        ("Is the accessible entrance at Gate 4 or Gate 7? Last time in 2019 we queued for 40 minutes.", []),
        # Nigerian caller in London, resale payout
        ("Welcome to SwapSeat seller support, my name's Hannah.", [("name", "Hannah")]),
        ("Good afternoon ma, my name is Oluwaseun Adeyemi, I listed six tickets for the "
         "Saturday match and I have not received my payout.", [("name", "Oluwaseun Adeyemi")]),
        ("Thanks Mr Adeyemi, I can see the six tickets sold on the 2nd for £540, but the payout "
         "failed because the bank details were incomplete.", [("name", "Adeyemi")]),
        ("Okay let me give you the IBAN again, it's " + grp(gb1) + ", that's the Midland account.",
         [("iban", grp(gb1))]),
        ("the account email is seun underscore adeyemi at gmail dot com",
         [("email", "seun underscore adeyemi at gmail dot com")]),
        ("My UK number is 07946 318 205, or the Lagos line, plus two three four, eight oh three, "
         "four five two, seven one nine eight.",
         [("phone", "07946 318 205"),
          ("phone", "plus two three four, eight oh three, four five two, seven one nine eight",
           "2348034527198")]),
        ("SwapSeat takes a 10% seller fee, so from £540 you should receive £486, paid out within "
         "3 to 5 working days.", []),
        # festival wristbands (Welsh caller)
        ("Hiya, Greenmoor Festival, how can I help?", []),
        ("hey um yeah my name's jess pryce and my wristbands haven't turned up and the festival's "
         "in like nine days", [("name", "jess pryce")]),
        ("Wristbands for weekend camping were dispatched on the 28th of July by tracked post, "
         "tracking number RX 4471 2093 6GB.", []),
        ("it's flat 2, 9 Heol y Nant, Whitchurch, Cardiff, CF14 1DE",
         [("address", "flat 2, 9 Heol y Nant, Whitchurch, Cardiff, CF14 1DE")],
         "What's the delivery address on the order?"),
        ("Thanks Jess, and can I just check the date of birth on the booking, as the ticket's 18 plus?",
         [("name", "Jess")]),
        ("second of may two thousand and five", [("date_of_birth", "second of may two thousand and five")],
         "Thanks Jess, and can I just check the date of birth on the booking, as the ticket's 18 plus?"),
        ("Gates open Thursday at 10am, the main stage runs until 11:30pm, and the shuttle bus from "
         "Cardiff Central is £15 return.", []),
    ]


def en_part2():
    disc = luhn_complete("601100482736519")
    mc2 = luhn_complete("222100813456297")
    mc5 = luhn_complete("542418730091266")
    diners = luhn_complete("3612874409153")
    maestro = luhn_complete("676770021983445071")
    visa2 = luhn_complete("432756019348251")
    sa = iban_make("SA", "10" + "000041287730156002")
    ie = iban_make("IE", "BOFI" + "900017" + "48213065")
    gr = iban_make("GR", "011" + "0187" + "0000008541920377")
    il = iban_make("IL", "010" + "614" + "0000482917350")
    gb2 = iban_make("GB", "NWBK" + "601613" + "48207735")
    de = iban_make("DE", "50010517" + "5407132896")
    iq1 = luhn_complete("239810457")
    iq2 = luhn_complete("241562038")
    afm = afm_complete("04718263")
    tz = tz_complete("31457820")
    ssn1, ssn2 = "531407726", "286194053"
    assert saudi_ok(iq1) and saudi_ok(iq2) and afm_ok(afm) and tz_ok(tz)
    assert ssn_ok(ssn1) and ssn_ok(ssn2)
    ssn1_f = split_at(ssn1, [3, 2, 4], "-")
    ssn1_rb = en_words(split_at(ssn1, [3, 2, 4]), oh=False)
    ssn2_w = en_words(split_at(ssn2, [3, 2, 4]))
    iq1_w = en_words(split_at(iq1, [3, 3, 3, 1]), oh=False)
    mc5_w = en_words(grp(mc5), doubles=True)
    tz_g = split_at(tz, [3, 3, 3], "-")
    tz_rb = en_words(split_at(tz, [3, 3, 3]))
    ctx_ssn = "Can I get your Social Security number for the credit check?"
    return [
        # New York comedy club, postponed late show
        ("Laugh Cellar box office, thanks for holding.", []),
        ("hey how you doing, this is Javier Morales, everybody calls me Javi, I had tickets for "
         "the Friday late show that got postponed", [("name", "Javier Morales"), ("name", "Javi")]),
        ("The 9:45 show on the 12th moved to Sunday the 21st at 7pm, and your two tickets at $35 "
         "each carry over automatically.", []),
        ("Sunday doesn't work for me, can I just get a refund? I paid with my Discover, "
         + grp(disc) + ".", [("card", grp(disc))]),
        ("Sure thing, and I'll send the confirmation to javi dot morales at hotmail dot com, correct?",
         [("email", "javi dot morales at hotmail dot com")]),
        ("Yeah, and my cell is (718) 555-0193 if anything comes up.", [("phone", "(718) 555-0193")]),
        ("april fourth nineteen ninety eight", [("date_of_birth", "april fourth nineteen ninety eight")],
         "Before I rebook you, I need your date of birth, the late show is twenty-one plus."),
        ("There's a two drink minimum on top of the ticket price, that's the $24 you saw on the receipt.", []),
        # Indian caller living in Riyadh, T20 tickets in Dubai
        ("Good evening madam, myself Venkatesh Subramanian, you can call me Venky, I booked four "
         "tickets for the T20 final in Dubai.",
         [("name", "Venkatesh Subramanian"), ("name", "Venky")]),
        ("For collection at the stadium we need an ID number, is it a passport, an Emirates ID or an Iqama?", []),
        ("Iqama only madam, it is " + iq1_w + ".", [("id", iq1_w, iq1)]),
        ("my mobile is plus nine six six, five five three eight one, four two zero seven",
         [("phone", "plus nine six six, five five three eight one, four two zero seven", "966553814207")]),
        ("Email is venky.subbu1983@gmail.com, and please pay the balance from the card ending, "
         "no sorry, the full number is " + grp(mc2) + ".",
         [("email", "venky.subbu1983@gmail.com"), ("card", grp(mc2))]),
        ("Four tickets in the East Stand at 175 dirhams each, total 700 dirhams plus a 35 dirham "
         "booking fee, and the match starts 6:30 pm local time.", []),
        ("For the refund of the cancelled league match please use my Saudi IBAN, " + grp(sa) + ".",
         [("iban", grp(sa))]),
        ("And my wife's Iqama also you want? It is " + iq2 + ".", [("id", iq2)]),
        # Irish senior, opera friends membership
        ("Good morning, Friends of the Opera, membership desk.", []),
        ("Morning, I want to renew the membership but switch to the senior rate, I'll be seventy in October.", []),
        ("the ninth of October, nineteen fifty-five", [("date_of_birth", "the ninth of October, nineteen fifty-five")],
         "For the senior rate I'll need your date of birth."),
        ("For the direct debit, the IBAN is " + grp(ie) + ", it's the same account as last year.",
         [("iban", grp(ie))]),
        ("It's 4 Sandymount Avenue, Ballsbridge, Dublin 4, the house beside the church.",
         [("address", "4 Sandymount Avenue, Ballsbridge, Dublin 4")],
         "What address should the membership pack go to?"),
        ("the email is p dot o s u l l i v a n at eircom dot net",
         [("email", "p dot o s u l l i v a n at eircom dot net")]),
        ("Senior membership is €95 a year instead of €140, and it includes priority booking for "
         "the winter season opening on the 3rd of December.", []),
        # US resale seller, tax form
        ("You've sold over $600 in tickets this year, so before we can release more payouts we "
         "need a W-9 with your Social Security number.", []),
        ("Okay, my social is " + ssn1_f + ".", [("id", ssn1_f)]),
        ("Let me read that back, " + ssn1_rb + ", correct?", [("id", ssn1_rb, ssn1)]),
        ("uh the email for the tax form should go to t jackson underscore 44 at icloud dot com",
         [("email", "t jackson underscore 44 at icloud dot com")]),
        ("It's 2210 Magnolia Avenue, apartment 3B, Memphis, Tennessee 38104.",
         [("address", "2210 Magnolia Avenue, apartment 3B, Memphis, Tennessee 38104")],
         "And the mailing address for the 1099?"),
        ("Your payouts for the Grizzlies tickets, $1,240 across eleven orders, are on hold until "
         "the W-9 is processed, usually 48 hours.", []),
        # basketball season ticket payment plan
        ("Our twelve-month payment plan for the 41-game package at $3,690 requires a soft credit check.", []),
        ("sure, social security is " + ssn2_w, [("id", ssn2_w, ssn2)], ctx_ssn),
        ("and my date of birth is march thirtieth, nineteen ninety",
         [("date_of_birth", "march thirtieth, nineteen ninety")]),
        ("first installment on my mastercard please, " + mc5_w, [("card", mc5_w, mc5)]),
        ("The first payment of $307.50 comes out on the 15th, then the 15th of every month through next April.", []),
        # Greek company, corporate hospitality box in London
        ("Hello, I call from Athens, we want to book a hospitality box for twelve people for the "
         "Champions League night on the 5th of March.", []),
        ("For the invoice, our company tax number, the AFM, is " + split_at(afm, [3, 3, 3]) + ".",
         [("id", split_at(afm, [3, 3, 3]))]),
        ("We will pay by Diners card, " + split_at(diners, [4, 6, 4]) + ".",
         [("card", split_at(diners, [4, 6, 4]))]),
        ("And the contact email, stavros.papadakis@aegeanmarine.gr, all small letters.",
         [("email", "stavros.papadakis@aegeanmarine.gr")]),
        ("My mobile, plus thirty, six nine four, five one two, eight eight three three.",
         [("phone", "plus thirty, six nine four, five one two, eight eight three three", "306945128833")]),
        ("If the match is moved, refund the deposit to " + grp(gr) + ", National Bank.",
         [("iban", grp(gr))]),
        ("The box is £2,950 plus VAT, it includes a three-course dinner and parking for 4 cars, "
         "and kick-off is 8pm.", []),
        # Anglo-Israeli, English line of a Tel Aviv ticket site
        ("Hi, I'm calling the English line, my name is Shira Goldberg, I bought tickets for the "
         "Caesarea show and it was cancelled.", [("name", "Shira Goldberg")]),
        ("Sure, it's " + tz_g + ".", [("id", tz_g)],
         "To verify the order I need your ID number, the teudat zehut."),
        ("So that's " + tz_rb + ", yes?", [("id", tz_rb, tz)]),
        ("and my cell is oh five four, seven three eight, four one nine six",
         [("phone", "oh five four, seven three eight, four one nine six", "0547384196")]),
        ("The refund can go to my Leumi account, the IBAN is " + grp(il) + ".", [("iban", grp(il))]),
        ("The show on the 4th of September was cancelled by the promoter, 2 tickets at 389 "
         "shekels, refund within 14 business days.", []),
        ("The date of birth on the account is 22/11/1986.", [("date_of_birth", "22/11/1986")]),
        ("Email is shira g at walla dot co dot il, g as in golf.",
         [("email", "shira g at walla dot co dot il")]),
        ("Actually I'll also buy two for the Jerusalem date, on my Visa, " + grp(visa2) + ".",
         [("card", grp(visa2))]),
        # Bristol pantomime
        ("Hello, Grand Pavilion panto bookings, how can I help?", []),
        ("Hiya, I booked a family ticket for Jack and the Beanstalk on Boxing Day and I need to "
         "add two more kids.", []),
        ("Boxing Day at 2pm, the family ticket is £84 for 2 adults and 2 children, extra child "
         "tickets £16.50 each, rows K to M.", []),
        ("The Visa was declined, try this one, it's a Maestro, " + split_at(maestro, [4, 4, 4, 4, 3]) + ".",
         [("card", split_at(maestro, [4, 4, 4, 4, 3]))]),
        ("Send them to 88 Coronation Road, Southville, Bristol BS3 1AS please.",
         [("address", "88 Coronation Road, Southville, Bristol BS3 1AS")]),
        ("For the cancelled show on the 27th we'd refund by transfer, what's the IBAN?", []),
        ("it's " + grp(gb2), [("iban", grp(gb2))],
         "For the cancelled show on the 27th we'd refund by transfer, what's the IBAN?"),
        ("My youngest is 3, does she need her own seat?", []),
        # German away fan, cancelled quarter-final
        ("Hello, yes, I am calling from Germany, the away tickets for the quarter-final in Munich were cancelled.", []),
        ("The refund please to my IBAN, " + grp(de) + ".", [("iban", grp(de))]),
        ("You can reach me on plus four nine, one seven one, four eight two nine three oh six.",
         [("phone", "plus four nine, one seven one, four eight two nine three oh six", "491714829306")]),
        ("I live at Lindenstraße 14, 80331 München, second floor.",
         [("address", "Lindenstraße 14, 80331 München, second floor")]),
        ("For the fan club check my date of birth is 07.08.1991.", [("date_of_birth", "07.08.1991")]),
        ("The allocation was 3,000 tickets at €55 each, and kick-off was moved from 21:00 to 18:45.", []),
    ]


def items_en():
    return en_part1() + en_part2()


LANGS["en"] = items_en


def main():
    _self_test()
    root = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind72")
    os.makedirs(outdir, exist_ok=True)
    for lang, fn in LANGS.items():
        recs = build(fn(), lang)
        path = os.path.join(outdir, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = {}
        for r in recs:
            for s in r["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        empty = sum(1 for r in recs if not r["spans"])
        print(lang, len(recs), "items,", empty, "non-personal,",
              sum(kinds.values()), "spans", dict(sorted(kinds.items())))


# ---------------------------------------------------------------------------
# Arabic
# ---------------------------------------------------------------------------

INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def indic(s):
    return s.translate(INDIC)


def ar_words(d, eg=False, sep="، "):
    """Digit by digit, groups kept: '055 48' -> 'صفر خمسة خمسة، أربعة ثمانية'."""
    words = AR_U_EG if eg else AR_U
    return sep.join(" ".join(words[int(c)] for c in g) for g in d.split())


def ar_pairs(d, sep="، "):
    """Two-digit groups as numbers: '4482' -> 'اثنين وأربعين، ...'."""
    return sep.join(say_pair("ar", d[i:i + 2]) for i in range(0, len(d), 2))


def ar_part1():
    c_eg = luhn_complete("456238107749021")
    c_ma = luhn_complete("529741806352117")
    c_ae = luhn_complete("448216093374550")
    sa = iban_make("SA", "80" + "000517203948261570")
    jo = iban_make("JO", "ARAB" + "1130" + "000000113580219466")
    ae = iban_make("AE", "035" + "0000014829301766")
    lb = iban_make("LB", "0015" + "00000003826194570021")
    sid = luhn_complete("104827359")
    assert saudi_ok(sid)
    sid_w = ar_words(split_at(sid, [4, 3, 3]))
    ph_eg = ar_words("010 986 452 73", eg=True)
    ph_ae = ar_words("050 743 6281")
    c_ae_w = ar_pairs(c_ae)
    c_eg_i = indic(grp(c_eg))
    ctx_addr_ma = "شنو هو العنوان ديالك باش نتأكدو من التوصيل؟"
    ctx_dob_lb = "في حسم للطلاب تحت ٢٦ سنة، شو تاريخ ميلادك؟"
    return [
        # Egyptian caller, cancelled summer concert refund
        ("تذكرة بلس مساء الخير، معاك كريم، أقدر أساعد حضرتك إزاي؟", [("name", "كريم")]),
        ("مساء النور يا فندم، أنا منى عبد الحميد، كنت حاجزة تلات تذاكر لحفلة الساحل اللي اتلغت",
         [("name", "منى عبد الحميد")]),
        ("الحفلة كانت يوم الخميس ١٤ أغسطس الساعة تسعة بالليل، والتذكرة الواحدة بـ ١٢٠٠ جنيه في الفان زون.", []),
        ("أنا دفعت ٣٦٠٠ جنيه، والرسالة جاتلي يوم ١٠ أغسطس إن الحفلة اتلغت بسبب الطقس.", []),
        ("تمام يا أستاذة منى، رقم الأوردر بتاعك ٥٥٨٢٠٣١٧ صح؟", [("name", "منى")]),
        ("الفلوس اتخصمت من الفيزا بتاعتي، الرقم " + c_eg_i + ".", [("card", c_eg_i, c_eg)]),
        ("رقمي " + ph_eg + "، ده رقم فودافون", [("phone", ph_eg, "01098645273")]),
        ("والإيميل mona.abdelhamid88@gmail.com لو هتبعتوا الإيصال.",
         [("email", "mona.abdelhamid88@gmail.com")]),
        ("الاسترداد بياخد من سبعة لعشرة أيام عمل، وهيرجع على نفس الكارت ناقص رسوم الخدمة ٥٠ جنيه.", []),
        ("ولو حضرتك عايزة بدل الاسترداد ممكن ننقل التذاكر لحفلة ٢٨ سبتمبر في العلمين.", []),
        # Saudi caller, football derby tickets
        ("هلا والله، معك عبدالله من خدمة عملاء التذاكر، تفضل", [("name", "عبدالله")]),
        ("هلا أخوي، معك سعد العتيبي، أبي أسأل عن تذاكر الديربي اللي يوم الجمعة",
         [("name", "سعد العتيبي")]),
        ("أبشر، " + sid_w, [("id", sid_w, sid)], "ممكن رقم الهوية الوطنية المسجل في الحساب؟"),
        ("حياك الله يا أبو فهد، الحين أشوف الطلب", [("name", "أبو فهد")]),
        ("التذاكر للمدرج الشمالي بوابة رقم ١٢، والمباراة الساعة ٨:٣٠ مساءً، وسعر التذكرة ١٥٠ ريال.", []),
        ("طلبت ٤ تذاكر بس اللي وصلني في التطبيق ٣ بس، ورقم الطلب 7720148", []),
        ("جوالي 055 483 2091 لو انقطع الخط", [("phone", "055 483 2091")]),
        ("حوّل الفرق على الآيبان حقي " + grp(sa) + " الله يعافيك", [("iban", grp(sa))]),
        ("١٤١٢/٠٧/٢٣ هجري", [("date_of_birth", "١٤١٢/٠٧/٢٣ هجري")], "وتاريخ ميلادك بالهجري؟"),
        ("لا تنسى تفعّل التذكرة في التطبيق قبل المباراة بـ ٢٤ ساعة، وكل هوية لها ٦ تذاكر بالحد الأقصى.", []),
        # Jordanian caller, postponed stand-up show in Amman
        ("مرحبا، معك ليث من مسرح الرابية، كيف بقدر أساعدك؟", [("name", "ليث")]),
        ("أهلين، أنا رانيا الخطيب، حجزت أربع تذاكر لعرض الستاند أب يوم السبت وسمعت إنه تأجل",
         [("name", "رانيا الخطيب")]),
        ("آه صح، العرض تأجل من ١٨ تشرين الأول لـ ٢٥ تشرين الأول، نفس الساعة ثمانية ونص، والتذاكر بتضل صالحة.", []),
        ("إذا بدي أسترجع المصاري، هاد الآيبان تبعي " + grp(jo), [("iban", grp(jo))]),
        ("رقمي صفر سبعة تسعة، خمسة واحد ستة، تلاتة تمانية صفر تنين",
         [("phone", "صفر سبعة تسعة، خمسة واحد ستة، تلاتة تمانية صفر تنين", "0795163802")]),
        ("تمام يا رانيا، بنرجعلك ٤٠ دينار خلال أسبوعين", [("name", "رانيا")]),
        ("الإيميل rania underscore khatib at hotmail dot com",
         [("email", "rania underscore khatib at hotmail dot com")]),
        ("بس في رسوم حجز ٢ دينار عن كل تذكرة ما بترجع، والعرض مدته ساعة وربع.", []),
        # Moroccan caller (Darija), festival passes not delivered
        ("السلام عليكم، مهرجان الصويرة للموسيقى، مرحبا", []),
        ("وعليكم السلام، أنا سميتي يوسف بنعلي، شريت جوج د البادجات ديال الفيستيفال وما وصلونيش",
         [("name", "يوسف بنعلي")]),
        ("زنقة ابن بطوطة رقم 17، حي المعاريف، الدار البيضاء، الطابق التالت",
         [("address", "زنقة ابن بطوطة رقم 17، حي المعاريف، الدار البيضاء، الطابق التالت")], ctx_addr_ma),
        ("النمرة ديالي 06 12 45 78 90 ولا صيفط ليا ميساج", [("phone", "06 12 45 78 90")]),
        ("البادج ديال تلت أيام بـ 450 درهم، والحفلات كيبداو من 7 ديال الليل حتى 2 ديال الصباح.", []),
        ("البادجات مشاو مع أمانة نهار 3 يونيو، ورقم الإرسالية هو 7845 1203 9", []),
        ("الإيميل ديالي youssef.benali@menara.ma", [("email", "youssef.benali@menara.ma")]),
        ("خلصت بالكارط، هادي هي النمرة " + grp(c_ma, 4, "-"), [("card", grp(c_ma, 4, "-"))]),
        # Emirati caller, ballet tickets exchange
        ("مساء الخير، دار الخليج للعروض، وياج نورة، شو أقدر أساعدج؟", [("name", "نورة")]),
        ("مساء النور، أنا مريم الشامسي، بغيت أبدل تذاكر عرض الباليه من يوم الجمعة ليوم السبت",
         [("name", "مريم الشامسي")]),
        ("عرض السبت الساعة ٧:٣٠، والفرق في السعر ٩٥ درهم للتذكرة، والمقاعد في البلكون الصف C.", []),
        ("تلفوني " + ph_ae, [("phone", ph_ae, "0507436281")]),
        ("البطاقة رقمها " + c_ae_w, [("card", c_ae_w, c_ae)], "تبين تدفعين الفرق بنفس البطاقة؟"),
        ("وإذا صار إلغاء رجعوا المبلغ على " + grp(ae), [("iban", grp(ae))]),
        ("تم يا أخت مريم، بتوصلج رسالة التأكيد على الواتساب", [("name", "مريم")]),
        ("شو سياسة الإلغاء؟ لو ألغيت قبل ٤٨ ساعة يرجع ٨٠٪ من المبلغ؟", []),
        # Lebanese caller, theatre booking in Beirut
        ("ألو بونجور، مسرح الجميزة، معك طوني", [("name", "طوني")]),
        ("بونجور، أنا ميراي خوري، عم بتصل لأن عندي حجز لمسرحية الأحد وبدي غيّر الـ date",
         [("name", "ميراي خوري")]),
        ("المسرحية يوم الأحد ١٢ الساعة ٦، والبطاقة بـ ٢٥ دولار، وعندك تلات بطاقات بالصف السابع.", []),
        ("المسرحية مقتبسة عن رواية، ومدتها ساعتين مع استراحة ربع ساعة، والعرض الأخير ٣٠ الشهر.", []),
        ("ع الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الرابع",
         [("address", "الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الرابع")], "وين بدك نبعتلك البطاقات؟"),
        ("الرقم تبعي +961 3 482 175، اتصلوا بعد الضهر", [("phone", "+961 3 482 175")]),
        ("وبالنسبة للـ refund هيدا الـ IBAN تبعي " + grp(lb), [("iban", grp(lb))]),
        ("تاريخ ميلادي ٢ شباط ١٩٩٩، وعندي بطاقة طالب", [("date_of_birth", "٢ شباط ١٩٩٩")], ctx_dob_lb),
    ]


def ar_part2():
    c_meeza = luhn_complete("507803649127385")
    c_ma2 = luhn_complete("462837150964203")
    c_mada = luhn_complete("446404918273650")
    c_o = luhn_complete("535318260419732")
    c_kw = luhn_complete("404172395518064")
    qa = iban_make("QA", "QNBA" + "000000000948130276001")
    kw = iban_make("KW", "NBOK" + "0000000000002018473359")
    eg = iban_make("EG", "0019" + "0005" + "00000263180271844")
    iq = luhn_complete("243018756")
    tz = tz_complete("20318465")
    sid_n = luhn_complete("110593842")
    sid_o = luhn_complete("107264519")
    sid_o2 = luhn_complete("112840367")
    assert all(saudi_ok(x) for x in (iq, sid_n, sid_o, sid_o2)) and tz_ok(tz)
    iq_w = ar_words(split_at(iq, [3, 3, 4]), eg=True)
    iq_rb = indic(iq)
    tz_w = ar_words(split_at(tz, [3, 3, 3]))
    tz_rb = split_at(tz, [3, 3, 3], "-")
    meeza_w = ar_words(grp(c_meeza), eg=True)
    mada_w = ar_pairs(c_mada)
    sid_o2_w = ar_words(split_at(sid_o2, [4, 3, 3]))
    ph_sa = ar_words("053 812 7704", eg=True)
    kw_card = indic(grp(c_kw, 4, "-"))
    ctx_id = "عشان نطبع التذاكر باسمك محتاجين رقم الإقامة"
    return [
        # Qatari caller (MSA), accessibility booking at a stadium
        ("مساء الخير، قسم حجوزات ذوي الإعاقة في استاد المدينة، كيف أستطيع خدمتك؟", []),
        ("مساء النور، معك عائشة المري، أريد حجز مقعد كرسي متحرك لابنتي مع تذكرة مرافق لمباراة الكأس",
         [("name", "عائشة المري")]),
        ("المقاعد المخصصة للكراسي المتحركة في المنطقة ١٠٨، ويتوفر مقعدان فقط لمباراة ٢٢ ديسمبر.", []),
        ("ابنتي مولودة في ٣ يناير ٢٠١٠، وهي مسجلة في برنامج الدعم",
         [("date_of_birth", "٣ يناير ٢٠١٠")], "ما هو تاريخ ميلاد المستخدمة للكرسي؟"),
        ("العنوان المنطقة ٦٦، الشارع ٨٢٠، المبنى ١٥، الدفنة، الدوحة",
         [("address", "المنطقة ٦٦، الشارع ٨٢٠، المبنى ١٥، الدفنة، الدوحة")]),
        ("البريد الإلكتروني aisha.almarri@qmail.qa", [("email", "aisha.almarri@qmail.qa")]),
        ("وإذا تم إلغاء المباراة أرجو إعادة المبلغ إلى الحساب " + grp(qa), [("iban", grp(qa))]),
        ("تذكرة المرافق مجانية، ويفتح المدخل رقم ٣ للجمهور ذوي الإعاقة قبل ثلاث ساعات من صافرة البداية.", []),
        # Egyptian caller, cinema double charge
        ("سينما النيل كلاود، أهلا بحضرتك", []),
        ("أهلا، أنا حجزت فيلم الساعة ٩:٤٥ في مول العرب يوم الجمعة وخصموا مني ٣٢٠ جنيه مرتين", []),
        ("حاضر، ممكن رقم الكارت اللي اتخصم منه؟", []),
        ("اه الكارت ميزة، " + meeza_w, [("card", meeza_w, c_meeza)], "حاضر، ممكن رقم الكارت اللي اتخصم منه؟"),
        ("الحجز رقم ٣٣٠٩٢٨ اتأكد مرة واحدة بس، والخصم التاني هيرجع أوتوماتيك خلال ١٤ يوم.", []),
        ("يعني أنا هستنى أسبوعين عشان ٣٢٠ جنيه؟ طب والكوبون بتاع التعويض؟", []),
        # Kuwaiti caller, ticket transfer / resale
        ("هلا، بغيت أحول تذكرتين حفلة الجمعة لربعي لأني مسافر", []),
        ("هلا فيك، منو معاي لو سمحت؟", []),
        ("أنا بدر المطيري", [("name", "بدر المطيري")], "هلا فيك، منو معاي لو سمحت؟"),
        ("هلا بدر، التحويل يصير من التطبيق ورسوم التحويل ٣ دنانير عن كل تذكرة", [("name", "بدر")]),
        ("الإيميل بدر دوت المطيري آت جيميل دوت كوم", [("email", "بدر دوت المطيري آت جيميل دوت كوم")]),
        ("تلفوني +965 9984 3217", [("phone", "+965 9984 3217")]),
        ("خصموا الرسوم من البطاقة " + kw_card + " وأبي الباقي يرجع على الآيبان " + grp(kw),
         [("card", kw_card, c_kw), ("iban", grp(kw))]),
        ("قطعة ٣، شارع ١٥، منزل ٢٢، السالمية", [("address", "قطعة ٣، شارع ١٥، منزل ٢٢، السالمية")],
         "وين عنوانك عشان نرسل التذاكر المطبوعة؟"),
        ("الحفلة في مسرح الشيخ جابر الساعة ٨، والتذكرة الفضية بـ ٤٥ دينار، وعندك ٢ في الصف ١٤.", []),
        # Egyptian expat in Riyadh, children's circus
        ("أهلا وسهلا، أنا اسمي محمود السيد، عايز أحجز ٥ تذاكر للسيرك يوم الخميس", [("name", "محمود السيد")]),
        ("اتفضل، " + iq_w, [("id", iq_w, iq)], ctx_id),
        ("تمام يا أستاذ محمود، الإقامة " + iq_rb + "، صح كده؟", [("name", "محمود"), ("id", iq_rb, iq)]),
        ("الأطفال تحت ٣ سنين دخولهم مجاني، والعرض الساعة ٥ العصر ومدته ساعتين إلا ربع.", []),
        ("بنتي الصغيرة مواليد خمستاشر مارس ألفين وسبعتاشر، تدخل ببلاش؟",
         [("date_of_birth", "خمستاشر مارس ألفين وسبعتاشر")]),
        ("رقم جوالي " + ph_sa, [("phone", ph_sa, "0538127704")]),
        ("ابعتلي التذاكر على mahmoud dot elsayed at yahoo dot com",
         [("email", "mahmoud dot elsayed at yahoo dot com")]),
        ("العنوان الوطني حي النسيم، شارع الأمير سعود، مبنى ٤٤١٢، الرياض ١٤٢٤٣",
         [("address", "حي النسيم، شارع الأمير سعود، مبنى ٤٤١٢، الرياض ١٤٢٤٣")]),
        ("التذكرة بـ ٨٥ ريال للكبار و٦٠ للأطفال، يعني الإجمالي ٣٦٥ ريال مع الضريبة.", []),
        # Moroccan caller (Darija), season ticket at a club
        ("ألو، بغيت نجدد الأبونمو ديال الموسم فالمدرجات المغطاة", []),
        ("مرحبا، الأبونمو ديال الموسم كامل بـ 1200 درهم، وكيشمل 15 ماتش فالدار.", []),
        ("تزاديت نهار 9 نونبر 1996", [("date_of_birth", "9 نونبر 1996")], "عطيني تاريخ الازدياد ديالك"),
        ("كنسكن ف 23 زنقة الفرات، الطابق 2، شقة 5، حي بوركون، الدار البيضاء",
         [("address", "23 زنقة الفرات، الطابق 2، شقة 5، حي بوركون، الدار البيضاء")]),
        ("التيليفون زيرو ستة ستة جوج، ربعة تمنية تلاتة، خمسة واحد تسعة",
         [("phone", "زيرو ستة ستة جوج، ربعة تمنية تلاتة، خمسة واحد تسعة", "0662483519")]),
        ("غادي نخلص بالكارط " + grp(c_ma2), [("card", grp(c_ma2))]),
        ("الماتش الأول نهار 24 غشت مع 8 ديال الليل، والبطاقة كتوصلك فـ 10 أيام.", []),
        # older Egyptian man, opera house subscription
        ("دار الأوبرا، قسم الاشتراكات، صباح الخير", []),
        ("صباح النور يا بنتي، عايز أجدد اشتراك الموسم وأنا بقيت على المعاش", []),
        ("أنا مواليد أول يناير سنة ألف تسعمية اتنين وخمسين",
         [("date_of_birth", "أول يناير سنة ألف تسعمية اتنين وخمسين")], "خصم كبار السن من ٦٥ سنة، حضرتك مواليد سنة كام؟"),
        ("الاشتراك ١٢ حفلة في الموسم بـ ٢٤٠٠ جنيه، والخصم ٣٠٪، والحفلات الساعة ٨ مساءً في المسرح الكبير.", []),
        ("العنوان ٧ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩",
         [("address", "٧ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩")]),
        ("الإيميل m a h e r underscore f a w z y at yahoo dot com",
         [("email", "m a h e r underscore f a w z y at yahoo dot com")]),
        ("ولو الحفلة اتلغت رجعوا الفلوس على الحساب " + grp(eg), [("iban", grp(eg))]),
        # Arab citizen of Israel, concert in Haifa
        ("مرحبا، معك سامي من شركة التذاكر، كيف بقدر أساعدك؟", [("name", "سامي")]),
        ("أهلا، اسمي لينا عودة من الناصرة، اشتريت تذاكر لحفلة حيفا ولسا ما وصلني الكود",
         [("name", "لينا عودة")]),
        ("أكيد، " + tz_w, [("id", tz_w, tz)], "شو رقم الهوية تبعك؟"),
        ("يعني " + tz_rb + "، مزبوط؟", [("id", tz_rb)]),
        ("رقم تلفوني 052-6613478 والإيميل lina.odeh@gmail.com",
         [("phone", "052-6613478"), ("email", "lina.odeh@gmail.com")]),
        ("الحفلة يوم الأربعاء ٣ تموز بالساعة تسعة، وسعر التذكرة ٢٢٠ شيكل، والبوابات بتفتح الساعة سبعة ونص.", []),
        # Hijazi caller, family section tickets in Jeddah
        ("أهلين، أبغى أحجز تذاكر العائلات لحفلة جدة، أنا هيفاء", [("name", "هيفاء")]),
        ("رقم هويتي " + sid_n, [("id", sid_n)]),
        ("تاريخ ميلادي ١٩٩٣/٠٤/١١", [("date_of_birth", "١٩٩٣/٠٤/١١")]),
        ("حي الروضة، شارع صاري، عمارة ١٨، شقة ٦، جدة",
         [("address", "حي الروضة، شارع صاري، عمارة ١٨، شقة ٦، جدة")], "عنوان التوصيل؟"),
        ("ادفع بمدى، الرقم " + mada_w, [("card", mada_w, c_mada)]),
        ("قسم العائلات فيه ٤٠٠ مقعد، والتذكرة بـ ٢٩٥ ريال، والحفلة تبدأ ١٠ بالليل.", []),
        # Saudi caller, resale of concert tickets
        ("السلام عليكم، أنا تركي القحطاني، عرضت تذاكري في منصة إعادة البيع وانباعت ولا وصلني شي",
         [("name", "تركي القحطاني")]),
        ("هويتي " + indic(sid_o) + "، وهوية أخوي اللي معه التذكرة الثانية " + sid_o2_w,
         [("id", indic(sid_o), sid_o), ("id", sid_o2_w, sid_o2)]),
        ("الإيميل تركي ات هوتميل دوت كوم", [("email", "تركي ات هوتميل دوت كوم")]),
        ("بعت ٣ تذاكر بـ ٨٤٠ ريال، والمنصة تاخذ عمولة ١٠٪، والتحويل خلال ٥ أيام عمل.", []),
        ("دفعت رسوم التوثيق بالبطاقة " + split_at(c_o, [4, 4, 4, 4], "-"),
         [("card", split_at(c_o, [4, 4, 4, 4], "-"))]),
        ("مواليد 5/9/1987", [("date_of_birth", "5/9/1987")], "ممكن تاريخ الميلاد للتحقق؟"),
        ("رقم العملية 48213309 وتاريخها ١٧ رجب، والحفلة كانت في الثالث من الشهر.", []),
        ("العرض الثاني يوم السبت ٢٠ يوليو الساعة ١١ الصبح، وباقي ٢٧ مقعد بس.", []),
        ("التذكرة VIP فيها دخول من البوابة 5 وموقف سيارات، وسعرها 1500 درهم.", []),
        ("كم باقي على فتح بيع التذاكر؟ قالوا الأحد ١٠ الصبح وكل شخص له ٤ تذاكر بس.", []),
    ]


def items_ar():
    return ar_part1() + ar_part2()


LANGS["ar"] = items_ar


# ---------------------------------------------------------------------------
# Hebrew
# ---------------------------------------------------------------------------


def he_words(d, fem=True, sep=", "):
    words = HE_F if fem else HE_M
    return sep.join(" ".join(words[int(c)] for c in g) for g in d.split())


def he_part1():
    c_a = luhn_complete("458003117264098")
    amex = luhn_complete("37561820934417")
    c_d = luhn_complete("532610498826371")
    il_e = iban_make("IL", "020" + "581" + "0000310447829")
    tz_b = tz_complete("32719480")
    tz_f = tz_complete("05824137")
    tz_b_w = he_words(split_at(tz_b, [3, 3, 3]), fem=False)
    tz_f_w = he_words(split_at(tz_f, [3, 3, 3]))
    c_a_w = he_words(grp(c_a))
    ctx_tz = "מה מספר תעודת הזהות?"
    ctx_dob_c = "בשביל הנחת גמלאים אני צריך תאריך לידה"
    return [
        # cancelled concert in a park, young caller
        ("כרטיס פלוס שלום, מדברת שירן, איך אפשר לעזור?", [("name", "שירן")]),
        ("היי, אה, מדבר שחר מזרחי, קניתי ארבעה כרטיסים להופעה בפארק הירקון שבוטלה",
         [("name", "שחר מזרחי")]),
        ("ההופעה הייתה אמורה להיות ב-12 ביוני בשעה 20:30, כל כרטיס עלה 289 ש\"ח ועוד 15 ש\"ח דמי טיפול.", []),
        ("אוקיי שחר, אני רואה את ההזמנה, מספר 60418827.", [("name", "שחר")]),
        ("הכרטיס שלי " + c_a_w, [("card", c_a_w, c_a)], "על איזה כרטיס אשראי לזכות?"),
        ("ההחזר יגיע תוך 14 ימי עסקים לאותו כרטיס אשראי, בלי דמי הטיפול.", []),
        ("הנייד שלי אפס חמש שתיים, שש שש ארבע, שלוש שמונה אחת אחת",
         [("phone", "אפס חמש שתיים, שש שש ארבע, שלוש שמונה אחת אחת", "0526643811")]),
        ("והמייל shaharm90 שטרודל gmail נקודה com", [("email", "shaharm90 שטרודל gmail נקודה com")]),
        ("רגע, ואם ההופעה תחזור בספטמבר יהיה לנו קדימות? קנינו ביום הראשון של המכירה, ב-3 בינואר.", []),
        # Russian immigrant, football season ticket
        ("מחלקת מנויים של המועדון, שלום", []),
        ("שלום, אני ולדימיר קוזלוב, אפשר וולודיה, אני רוצה לחדש מנוי שלי לעונה הבאה",
         [("name", "ולדימיר קוזלוב"), ("name", "וולודיה")]),
        (tz_b_w, [("id", tz_b_w, tz_b)], ctx_tz),
        ("המנוי ליציע המזרחי עולה 1,450 שקל, אפשר לשלם בעשרה תשלומים של 145, והמשחק הראשון ב-23 באוגוסט.", []),
        ("תודה וולודיה, ומה תאריך הלידה?", [("name", "וולודיה")]),
        ("שלושים ואחד בדצמבר, אלף תשע מאות שבעים ושמונה",
         [("date_of_birth", "שלושים ואחד בדצמבר, אלף תשע מאות שבעים ושמונה")], "תודה וולודיה, ומה תאריך הלידה?"),
        ("אני גר ברחוב הרצל 112, דירה 14, אשדוד", [("address", "רחוב הרצל 112, דירה 14, אשדוד")]),
        ("אני יושב כבר שמונה שנים בשורה 9 כיסא 31, אפשר להשאיר אותו מקום?", []),
        ("המחיר למנוי ילד עד גיל 14 הוא 520 שקל, ויש הנחה של 10 אחוז לחידוש לפני ה-1 ביולי.", []),
        # older Tel Aviv lady, theatre subscription
        ("תיאטרון הנמל, מדבר עידו, שלום", [("name", "עידו")]),
        ("שלום חמוד, מדברת רותי בן דוד, יש לי מנוי אצלכם כבר עשרים שנה", [("name", "רותי בן דוד")]),
        ("מנוי של שש הצגות עולה 840 ש\"ח, ולגמלאים יש הנחה של 20 אחוז.", []),
        ("נולדתי ט\"ו בשבט תש\"ח, זה עשרים ושישה בינואר ארבעים ושמונה",
         [("date_of_birth", "ט\"ו בשבט תש\"ח"), ("date_of_birth", "עשרים ושישה בינואר ארבעים ושמונה")], ctx_dob_c),
        ("שדרות רוטשילד 18, קומה 3, תל אביב, יש קוד בכניסה",
         [("address", "שדרות רוטשילד 18, קומה 3, תל אביב")], "לאן לשלוח את כרטיס המנוי?"),
        ("תודה רבה גברת בן דוד, המנוי יישלח תוך שבוע", [("name", "בן דוד")]),
        ("ההצגה הראשונה במנוי היא הדוד וניה ב-5 בנובמבר בשמונה וחצי, אולם 2.", []),
        ("תחייב את האמריקן אקספרס, " + split_at(amex, [4, 6, 5]), [("card", split_at(amex, [4, 6, 5]))]),
        # cinema double charge
        ("היי, הזמנתי באפליקציה שני כרטיסים לשישי בעשר בלילה וחייבו אותי פעמיים", []),
        ("אני רואה שני חיובים של 94 ש\"ח מה-17 לחודש, מספר עסקה 771203 ו-771204.", []),
        ("זה המסטרקארד " + grp(c_d, 4, "-") + ", תזכה אותו בבקשה", [("card", grp(c_d, 4, "-"))]),
        ("הזיכוי ייכנס תוך 3 עד 5 ימי עסקים, ואני מוסיף לך שני שוברים לפופקורן.", []),
        # Ethiopian-Israeli caller, postponed stand-up show
        ("שלום, מדברת אושרת ממשרד הכרטיסים, במה אוכל לעזור?", [("name", "אושרת")]),
        ("שלום, אני אדיסו מלקו, קניתי כרטיסים להופעת סטנדאפ בחולון והיא נדחתה", [("name", "אדיסו מלקו")]),
        ("כן, ההופעה נדחתה מה-9 במרץ ל-4 באפריל, אותה שעה, 21:00, והכרטיסים בתוקף.", []),
        ("אני לא יכול באפריל, אני במילואים, אפשר החזר?", []),
        ("בטח אדיסו, לאיזה חשבון להחזיר?", [("name", "אדיסו")]),
        ("זה בנק מזרחי, האייבן " + grp(il_e), [("iban", grp(il_e))]),
        ("הטלפון 058-4412907, ואפשר גם במייל adisu.m@walla.co.il",
         [("phone", "058-4412907"), ("email", "adisu.m@walla.co.il")]),
        # Arab citizen speaking Hebrew, accessible seating
        ("שלום, אני ראמי חורי מחיפה, אני בכיסא גלגלים וצריך מקום נגיש להופעה בהיכל", [("name", "ראמי חורי")]),
        ("יש לנו מקומות נגישים בגוש 3 ליד כניסה 7, כרטיס מלווה חינם, המחיר 180 ש\"ח.", []),
        ("תעודת זהות " + tz_f_w, [("id", tz_f_w, tz_f)]),
        ("רחוב עבאס 22, קומה שנייה, חיפה", [("address", "רחוב עבאס 22, קומה שנייה, חיפה")], "לאן לשלוח את הכרטיסים?"),
        ("הטלפון שלי +972 52 384 1195", [("phone", "+972 52 384 1195")]),
        ("תאריך לידה 7.3.1985, אם צריך בשביל תו הנכה", [("date_of_birth", "7.3.1985")]),
        ("תודה ראמי, שלחתי לך הודעה עם הפרטים של החניה הנגישה בחניון הצפוני.", [("name", "ראמי")]),
        ("החניון נפתח שעתיים לפני, החניה עולה 30 ש\"ח וההופעה מתחילה ב-19:45.", []),
    ]


def he_part2():
    fr = iban_make("FR", "20041" + "01005" + "0500013M026" + "06")
    gb = iban_make("GB", "BARC" + "204673" + "61529038")
    il_i = iban_make("IL", "012" + "655" + "0000271093846")
    tz_g = tz_complete("33961024")
    tz_i = tz_complete("31077258")
    visa = luhn_complete("453910628477103")
    visa_w = en_words(grp(visa), sep=" ")
    tz_i_w = he_words(split_at(tz_i, [3, 3, 3]), fem=False)
    tz_i_rb = split_at(tz_i, [3, 3, 3], " ")
    ctx_inv = "ולאן לשלוח את החשבונית?"
    return [
        # French immigrant, resale payout
        ("שלום, הגעתם לשירות הלקוחות של אתר המכירה החוזרת, מדברת הדס", [("name", "הדס")]),
        ("בונז'ור, סליחה, שלום, קוראים לי קרולין בן שושן, מכרתי שני כרטיסים לאופרה ולא קיבלתי את הכסף",
         [("name", "קרולין בן שושן")]),
        ("המכירה בוצעה ב-2 בנובמבר, סכום של 640 ש\"ח, והעמלה שלנו 12 אחוז, כלומר 76.80.", []),
        ("בשביל העברה לחשבון בחו\"ל אני צריכה IBAN מלא, עם כל האותיות.", []),
        ("יש לי עדיין חשבון בצרפת, " + grp(fr), [("iban", grp(fr))]),
        ("תודה קרולין, ומספר תעודת זהות?", [("name", "קרולין")]),
        ("כן, " + tz_g, [("id", tz_g)], "תודה קרולין, ומספר תעודת זהות?"),
        ("הנייד 050-6237719, עדיף וואטסאפ", [("phone", "050-6237719")]),
        ("המייל caroline נקודה benchetrit שטרודל hotmail נקודה fr",
         [("email", "caroline נקודה benchetrit שטרודל hotmail נקודה fr")]),
        ("רחוב הרב קוק 9, דירה 5, נתניה", [("address", "רחוב הרב קוק 9, דירה 5, נתניה")], ctx_inv),
        ("העברה לחו\"ל לוקחת 5 עד 7 ימי עסקים, ויש עמלת בנק של 8 יורו.", []),
        # Anglo immigrant, jazz festival in Eilat
        ("פסטיבל הג'אז של אילת, שלום", []),
        ("היי, my name is, סליחה, קוראים לי ג'סיקה פרידמן, כולם קוראים לי ג'סי",
         [("name", "ג'סיקה פרידמן"), ("name", "ג'סי")]),
        ("כרטיס לשלושה ערבים עולה 690 ש\"ח, וההופעות מתחילות ב-21:30 בנמל.", []),
        ("אני משלמת בויזה, " + visa_w + ", sorry, באנגלית יותר קל לי", [("card", visa_w, visa)]),
        ("הטלפון אפס חמש ארבע, 321, שבע שבע אפס שש",
         [("phone", "אפס חמש ארבע, 321, שבע שבע אפס שש", "0543217706")]),
        ("המייל jess f at gmail dot com, בלי נקודה", [("email", "jess f at gmail dot com")]),
        ("רחוב האלה 5, מודיעין, מיקוד 7170805", [("address", "רחוב האלה 5, מודיעין, מיקוד 7170805")],
         "מה הכתובת למשלוח הצמידים?"),
        ("ואם מבטלים, תחזירו לחשבון שלי באנגליה, " + grp(gb), [("iban", grp(gb))]),
        ("המלון זה לא אצלנו, אבל יש הסעה מהמלונות כל 20 דקות החל מ-20:00.", []),
        # older Russian-speaking lady, philharmonic subscription
        ("מנויים של התזמורת, בוקר טוב.", []),
        ("בוקר טוב, אני גלינה אברמוביץ', אני רוצה לקנות מנוי לסדרה הקלאסית", [("name", "גלינה אברמוביץ'")]),
        ("כן גלינה, רק תאשרי לי מספר זהות.", [("name", "גלינה")]),
        (tz_i_w, [("id", tz_i_w, tz_i)], "כן גלינה, רק תאשרי לי מספר זהות."),
        ("אז " + tz_i_rb + ", נכון?", [("id", tz_i_rb)]),
        ("יום הולדת שלי חמישה במאי אלף תשע מאות חמישים ושתיים, אני מקבלת הנחה?",
         [("date_of_birth", "חמישה במאי אלף תשע מאות חמישים ושתיים")]),
        ("אני גרה ברחוב ויצמן 30, דירה 8, כפר סבא", [("address", "רחוב ויצמן 30, דירה 8, כפר סבא")]),
        ("טלפון בבית אפס תשע, שבע ארבע שמונה, אחת שתיים שלוש שש",
         [("phone", "אפס תשע, שבע ארבע שמונה, אחת שתיים שלוש שש", "097481236")]),
        ("והמייל של הנכד שלי עושה הכל, galina55@bezeqint.net", [("email", "galina55@bezeqint.net")]),
        ("הסדרה הקלאסית זה 8 קונצרטים בימי שלישי ב-20:00, ומחיר לגמלאים 1,280 ש\"ח.", []),
        ("ואם קונצרט מתבטל, תחזירו לבנק, " + grp(il_i), [("iban", grp(il_i))]),
        ("יש לי כיסא קבוע בשורה 11, כיסא 7, כבר 15 שנה.", []),
    ]


def he_part3():
    diners = luhn_complete("3056418207734")
    c_k = luhn_complete("532964018375524")
    c_l = luhn_complete("522185730418862")
    c_m = luhn_complete("491788204516330")
    il_j = iban_make("IL", "031" + "027" + "0000058214730")
    il_l = iban_make("IL", "011" + "702" + "0000194385027")
    il_m = iban_make("IL", "054" + "117" + "0000066093812")
    tz_k = tz_complete("02638815")
    tz_l = tz_complete("20841577")
    tz_m = tz_complete("21150493")
    tz_k_w = he_words(split_at(tz_k, [3, 3, 3]))
    tz_m_w = he_words(split_at(tz_m, [3, 3, 3]), fem=False)
    c_l_w = ", ".join(say_pair("he", c_l[i:i + 2]) for i in range(0, 16, 2))
    return [
        # company box at a basketball game
        ("שלום, אני מתקשר מחברת הייטק, אנחנו רוצים לסגור לוג' ל-12 איש למשחק היורוליג", []),
        ("הלוג' ל-12 איש עולה 18,000 ש\"ח לערב, כולל כיבוד וחניה ל-4 רכבים.", []),
        ("תחייב את הדיינרס של החברה, " + split_at(diners, [4, 6, 4]), [("card", split_at(diners, [4, 6, 4]))]),
        ("את החשבונית למייל avi קו תחתון cohen שטרודל techsol נקודה co נקודה il",
         [("email", "avi קו תחתון cohen שטרודל techsol נקודה co נקודה il")]),
        ("הכתובת למשלוח: רחוב ברקוביץ 4, קומה 12, תל אביב", [("address", "רחוב ברקוביץ 4, קומה 12, תל אביב")]),
        ("אם המשחק נדחה, את הפיקדון תחזירו ל-" + grp(il_j), [("iban", grp(il_j))]),
        ("המשחק ב-14 בינואר ב-20:05, הדלתות נפתחות ב-18:30, ואפשר להגיע מחניון 3.", []),
        # religious mother, Hanukkah children's show
        ("שלום, מדברת מלכי גרוסמן מבני ברק, רציתי להזמין כרטיסים להצגת חנוכה לשבעה ילדים",
         [("name", "מלכי גרוסמן")]),
        ("יש הצגה נפרדת לנשים ובנות ביום שלישי, נר שלישי, בשעה 11:00, ומחיר 55 ש\"ח לכרטיס.", []),
        ("מספר הזהות שלי " + tz_k_w, [("id", tz_k_w, tz_k)]),
        ("הטלפון בבית אפס שלוש, חמש שבע שמונה, תשע אפס שתיים שתיים",
         [("phone", "אפס שלוש, חמש שבע שמונה, תשע אפס שתיים שתיים", "035789022")]),
        ("רחוב רבי עקיבא 101, קומה ד', בני ברק", [("address", "רחוב רבי עקיבא 101, קומה ד', בני ברק")],
         "לאן לשלוח את הכרטיסים?"),
        ("תרשמי כרטיס " + grp(c_k), [("card", grp(c_k))]),
        ("הקטן נולד בתאריך כ\"ג אלול תשפ\"א, הוא צריך כרטיס?", [("date_of_birth", "כ\"ג אלול תשפ\"א")]),
        ("ילדים מתחת לגיל שנתיים נכנסים חינם, ויש הנחה של 10 אחוז ממשפחה של 5 כרטיסים ומעלה.", []),
        # young man, opera exchange
        ("היי, מדבר ניר, הזמנתי שני כרטיסים לכרמן ויש לנו חתונה באותו ערב", [("name", "ניר")]),
        ("אפשר להחליף לכל ערב אחר בסדרה עד 48 שעות לפני, בתוספת 20 ש\"ח לכרטיס.", []),
        ("המייל n i r h a l e v i שטרודל gmail נקודה com",
         [("email", "n i r h a l e v i שטרודל gmail נקודה com")]),
        ("את התוספת תחייב במסטרקארד, " + c_l_w, [("card", c_l_w, c_l)]),
        ("ת.ז. " + split_at(tz_l, [3, 3, 3], "-") + ", ואני זכאי להנחת צעירים",
         [("id", split_at(tz_l, [3, 3, 3], "-"))]),
        ("נולדתי ב-1 בינואר 2000, אז אני עוד מתחת ל-26", [("date_of_birth", "1 בינואר 2000")]),
        ("טלפון 077-5309841", [("phone", "077-5309841")]),
        ("אם אין ערב פנוי, תחזירו לחשבון " + grp(il_l), [("iban", grp(il_l))]),
        ("אז זה יהיה ביום חמישי ה-22 בשמונה, אותם מקומות, יציע ראשון שורה 4.", []),
        # Druze caller, festival by the lake
        ("שלום, אני סלים חלבי מדליית אל כרמל, קניתי כרטיסים לפסטיבל בכנרת ואני צריך לשנות יום",
         [("name", "סלים חלבי")]),
        ("הפסטיבל ב-15 עד 17 באוגוסט, כרטיס יומי 220 ש\"ח וקמפינג עוד 90.", []),
        (tz_m_w, [("id", tz_m_w, tz_m)], "תגיד לי מספר תעודת זהות בבקשה"),
        ("הנייד אפס חמישים וארבע, שש שבע שמונה, שלושים ושתיים, עשרים ואחת",
         [("phone", "אפס חמישים וארבע, שש שבע שמונה, שלושים ושתיים, עשרים ואחת", "0546783221")]),
        ("שכונת אלזהור, בית 40, דליית אל כרמל", [("address", "שכונת אלזהור, בית 40, דליית אל כרמל")],
         "ומה הכתובת?"),
        ("salim.halabi@gmail.com", [("email", "salim.halabi@gmail.com")], "יש לך כתובת מייל?"),
        ("תאריך לידה 12/08/1990", [("date_of_birth", "12/08/1990")]),
        ("על ההפרש תחייב את הויזה " + grp(c_m) + " ואם יש החזר אז לחשבון " + grp(il_m),
         [("card", grp(c_m)), ("iban", grp(il_m))]),
        ("אפשר להחליף את היום עד ה-10 באוגוסט, אבל דמי הטיפול של 12 ש\"ח לא מוחזרים.", []),
        # general box-office questions
        ("יש לכם עוד כרטיסים להופעה של להקת הכוכבים ב-7 בספטמבר בקיסריה? אני צריך 6.", []),
        ("המחיר 349 ש\"ח לכרטיס בגוש 2, ו-249 בגוש 5, ואפשר לשלם עד 3 תשלומים.", []),
        ("קוד ההנחה של חברי מועדון הוא SUMMER25, הוא נותן 25 אחוז עד סוף החודש.", []),
        ("הכרטיסים נשלחו ב-SMS ב-14:32, אם לא קיבלת תבדוק גם בספאם במייל.", []),
        ("מספר הפנייה שלך 4829105, ונחזור אליך תוך 48 שעות.", []),
        ("השער הצפוני נפתח ב-18:00, אין כניסה עם בקבוקי זכוכית, וחניה בחניון רידינג עולה 25 ש\"ח.", []),
        ("במשחק של יום ראשון מול בית\"ר יש רק 300 כרטיסים לקהל האורח, שער 11.", []),
        ("ההצגה של יום שישי ב-13:00 אזלה, אבל יש מקומות במוצאי שבת ב-21:00.", []),
        ("אממ כמה עולה כרטיס לסרט ב-IMAX? ראיתי 62 שקל באתר ו-58 בקופה", []),
        ("הסרט מתחיל ב-19:40 באולם 7, עם 20 דקות פרסומות, ונגמר בערך ב-22:15.", []),
    ]


def items_he():
    return he_part1() + he_part2() + he_part3()


LANGS["he"] = items_he


# ---------------------------------------------------------------------------
# Greek
# ---------------------------------------------------------------------------


def el_words(d, sep=", "):
    return sep.join(" ".join(EL_U[int(c)] for c in g) for g in d.split())


def el_pairs(d, sep=", "):
    return sep.join(say_pair("el", d[i:i + 2]) for i in range(0, len(d), 2))


def el_triples(d, sep=", "):
    return sep.join(say_el_triple(d[i:i + 3]) for i in range(0, len(d), 3))


def el_part1():
    afm_a = afm_complete("13748260")
    afm_f = afm_complete("04821357")
    assert afm_ok(afm_a) and afm_ok(afm_f)
    c_a = luhn_complete("516732409187254")
    c_e = luhn_complete("476173204958116")
    gr_b = iban_make("GR", "017" + "0230" + "0000230144862290")
    cy_e = iban_make("CY", "005" + "00431" + "0000000357192846")
    afm_a_w = el_triples(afm_a)
    ph_b = el_words("6973 418 205")
    ph_c = "δύο τρία ένα μηδέν, " + el_pairs("221540")
    ph_e = el_pairs("99417308")
    ctx_dob_f = "Χρειάζομαι την ημερομηνία γέννησης του παιδιού για την κάρτα ΑμεΑ."
    return [
        # football season ticket, Athens
        ("Καλημέρα σας, γραφείο διαρκείας, ονομάζομαι Δέσποινα, πώς μπορώ να βοηθήσω;", [("name", "Δέσποινα")]),
        ("Καλημέρα, είμαι ο Κώστας Μαυρίδης, θέλω να ανανεώσω τα δύο διαρκείας στη Θύρα 7",
         [("name", "Κώστας Μαυρίδης")]),
        ("Η διαρκείας στη Θύρα 7 κοστίζει 280 ευρώ για 17 αγώνες πρωταθλήματος, και η ανανέωση λήγει στις 15 Ιουλίου.", []),
        ("Για την κάρτα φιλάθλου χρειάζομαι τον ΑΦΜ σας, κύριε Μαυρίδη.", [("name", "Μαυρίδη")]),
        ("ναι, " + afm_a_w, [("id", afm_a_w, afm_a)], "Για την κάρτα φιλάθλου χρειάζομαι τον ΑΦΜ σας, κύριε Μαυρίδη."),
        ("Πληρώνω με κάρτα, " + grp(c_a) + ", και τα δύο μαζί.", [("card", grp(c_a))]),
        ("δεκαεννιά Οκτωβρίου του εβδομήντα έξι", [("date_of_birth", "δεκαεννιά Οκτωβρίου του εβδομήντα έξι")],
         "Και ημερομηνία γέννησης;"),
        ("Οι θέσεις σας είναι στο πέταλο, σειρά 14, θέσεις 22 και 23, όπως πέρσι.", []),
        # summer festival concert cancelled by rain
        ("Ταμείο του Φεστιβάλ, καλησπέρα.", []),
        ("Καλησπέρα, λέγομαι Κατερίνα Αλεξίου, είχα εισιτήρια για τη συναυλία της Παρασκευής που ακυρώθηκε λόγω βροχής",
         [("name", "Κατερίνα Αλεξίου")]),
        ("Η συναυλία της 27ης Ιουνίου ακυρώθηκε και δεν θα επαναληφθεί, η επιστροφή γίνεται αυτόματα σε 10 εργάσιμες.", []),
        ("Ναι Κατερίνα, βλέπω την κράτηση με κωδικό 88104. Πληρώσατε με κάρτα ή μετρητά στο ταμείο;",
         [("name", "Κατερίνα")]),
        ("Μετρητά στο ταμείο, οπότε στείλτε τα στο IBAN μου, " + grp(gr_b), [("iban", grp(gr_b))]),
        ("το κινητό μου είναι " + ph_b, [("phone", ph_b, "6973418205")]),
        ("και το mail katerina τελεία alexiou παπάκι gmail τελεία com",
         [("email", "katerina τελεία alexiou παπάκι gmail τελεία com")]),
        ("Τα εισιτήρια ήταν 2 στη διακεκριμένη ζώνη, 65 ευρώ το ένα, συν 1,50 προμήθεια.", []),
        # older lady, theatre in Thessaloniki
        ("Θέατρο Λιμανιού, καλημέρα, σας εξυπηρετεί ο Θανάσης.", [("name", "Θανάσης")]),
        ("Καλημέρα παιδί μου, εδώ Σούλα Καραγιάννη, ήθελα να αλλάξω τα εισιτήρια της Κυριακής",
         [("name", "Σούλα Καραγιάννη")]),
        ("Η παράσταση της Κυριακής στις 9 το βράδυ μπορεί να αλλάξει για το Σάββατο 14 ή την Τετάρτη 18, χωρίς χρέωση.", []),
        ("Να μου τα στείλετε στο σπίτι, Εγνατίας 45, τρίτος όροφος, Θεσσαλονίκη, 54630",
         [("address", "Εγνατίας 45, τρίτος όροφος, Θεσσαλονίκη, 54630")]),
        ("το σταθερό μου, " + ph_c, [("phone", ph_c, "2310221540")]),
        ("Ευχαριστώ κυρία Σούλα, θα τα έχετε μέχρι την Πέμπτη.", [("name", "Σούλα")]),
        ("Οι φοιτητές και οι άνω των 65 έχουν 12 ευρώ αντί για 18, με επίδειξη ταυτότητας.", []),
        ("Γεννήθηκα στις 3 Φεβρουαρίου 1951, για την έκπτωση.", [("date_of_birth", "3 Φεβρουαρίου 1951")]),
        # open-air summer cinema
        ("Καλησπέρα, κλείσαμε online για το θερινό σινεμά στην Πλάκα για απόψε στις 21:00 αλλά δεν ήρθε email.", []),
        ("Βλέπω την κράτηση, 4 εισιτήρια, σειρά Ε, σύνολο 40 ευρώ, και η δεύτερη προβολή είναι στις 23:00.", []),
        ("Αν βρέξει η προβολή μεταφέρεται την επόμενη μέρα, και τα κουπόνια ισχύουν μέχρι 30 Σεπτεμβρίου.", []),
        ("Στείλτε το ξανά στο nikos_pap@yahoo.gr γιατί μάλλον έβαλα λάθος.", [("email", "nikos_pap@yahoo.gr")]),
        # Cypriot caller, concert in Limassol
        ("Καλησπέρα, εδώ Ελένη, υπηρεσία εισιτηρίων, πώς μπορώ να βοηθήσω;", [("name", "Ελένη")]),
        ("Καλησπέρα, είμαι ο Χαράλαμπος Ιωάννου, αλλά όλοι με λένε Χάμπη, έκαμα κράτηση για τη συναυλία "
         "στη Λεμεσό τζαι εν μου ήρτε τίποτε", [("name", "Χαράλαμπος Ιωάννου"), ("name", "Χάμπη")]),
        ("Η συναυλία είναι στις 5 Σεπτεμβρίου στις 20:30, τα εισιτήρια 35 ευρώ, τζαι έχετε 3 στη σειρά Δ.", []),
        ("το κινητό μου εν " + ph_e, [("phone", ph_e, "99417308")]),
        ("το email εν charis.ioannou@cytanet.com.cy", [("email", "charis.ioannou@cytanet.com.cy")]),
        ("Εν Visa, " + grp(c_e), [("card", grp(c_e))], "Με ποια κάρτα πληρώσατε;"),
        ("Αν ακυρωθεί, βάλτε τα λεφτά στο " + grp(cy_e), [("iban", grp(cy_e))]),
        ("Μένω στη Λεωφόρο Μακαρίου 23, διαμέρισμα 301, Λεμεσός 3025",
         [("address", "Λεωφόρο Μακαρίου 23, διαμέρισμα 301, Λεμεσός 3025")]),
        ("Εντάξει κύριε Ιωάννου, σας το ξαναστέλνω τώρα.", [("name", "Ιωάννου")]),
        # accessible seating at a basketball arena
        ("Γραφείο ΑμεΑ του κλειστού γηπέδου, καλημέρα.", []),
        ("Καλημέρα, με λένε Ντίνο Παπαθανασίου, ο γιος μου είναι σε αμαξίδιο και θέλω δύο θέσεις για το ντέρμπι",
         [("name", "Ντίνο Παπαθανασίου")]),
        ("Οι θέσεις αμαξιδίου είναι στην πτέρυγα Β, είσοδος 3, ο συνοδός μπαίνει δωρεάν και το εισιτήριο είναι 15 ευρώ.", []),
        ("δώδεκα του τρία του δύο χιλιάδες οχτώ", [("date_of_birth", "δώδεκα του τρία του δύο χιλιάδες οχτώ")],
         ctx_dob_f),
        ("ο ΑΦΜ μου είναι " + split_at(afm_f, [3, 3, 3]), [("id", split_at(afm_f, [3, 3, 3]))]),
        ("Μένουμε στην Αγίου Νικολάου 8, Περιστέρι, 12134", [("address", "Αγίου Νικολάου 8, Περιστέρι, 12134")]),
        ("και σταθερό 210 5712346 αν δεν σηκώνω το κινητό", [("phone", "210 5712346")]),
    ]


def el_part2():
    gr_g = iban_make("GR", "017" + "0173" + "0000017409552318")
    afm_g = afm_complete("11564037")
    afm_i = afm_complete("02937718")
    c_h = luhn_complete("414720386591002")
    c_i = luhn_complete("545102987736418")
    afm_g_w = el_words(split_at(afm_g, [3, 3, 3]))
    afm_i_rb = el_words(split_at(afm_i, [3, 3, 3]))
    ph_g = el_pairs("6945183027")
    c_h_w = el_words(grp(c_h))
    c_i_w = el_pairs(c_i)
    return [
        # resale payout, young man
        ("Γεια σας, ο Γιώργος εδώ, Γιώργος Τσακίρης, πούλησα δύο εισιτήρια στη μεταπώληση και δεν έχω πάρει τα λεφτά",
         [("name", "Γιώργος"), ("name", "Γιώργος Τσακίρης")]),
        ("Η πώληση ολοκληρώθηκε στις 3 Μαρτίου, 2 εισιτήρια των 45 ευρώ, μείον 10% προμήθεια, άρα 81 ευρώ.", []),
        ("Εντάξει Γιώργο, η πληρωμή απέτυχε γιατί το IBAN δεν ήταν σωστό.", [("name", "Γιώργο")]),
        ("Λοιπόν, " + grp(gr_g) + ", στην Πειραιώς", [("iban", grp(gr_g))]),
        ("Για πωλήσεις πάνω από 600 ευρώ τον χρόνο χρειαζόμαστε και ΑΦΜ.", []),
        ("εε οκ, " + afm_g_w, [("id", afm_g_w, afm_g)], "Για πωλήσεις πάνω από 600 ευρώ τον χρόνο χρειαζόμαστε και ΑΦΜ."),
        ("το mail είναι g tsakiris 97 παπάκι hotmail τελεία com",
         [("email", "g tsakiris 97 παπάκι hotmail τελεία com")]),
        ("κινητό " + ph_g, [("phone", ph_g, "6945183027")]),
        ("Η επόμενη εκκαθάριση γίνεται κάθε Τρίτη, οπότε θα δείτε τα 81 ευρώ μέχρι τις 12 του μήνα.", []),
        # postponed stand-up show
        ("Καλησπέρα, είμαι η Sophie Lambert, είχα εισιτήρια για το stand-up της Πέμπτης στο Γκάζι που αναβλήθηκε",
         [("name", "Sophie Lambert")]),
        ("Ναι, η παράσταση μεταφέρθηκε από τις 6 Νοεμβρίου στις 11 Δεκεμβρίου, ίδια ώρα 21:30, και τα εισιτήρια ισχύουν.", []),
        ("Sophie, αν θέλετε επιστροφή, πείτε μου τον αριθμό της κάρτας που χρησιμοποιήσατε.", [("name", "Sophie")]),
        (c_h_w, [("card", c_h_w, c_h)], "Sophie, αν θέλετε επιστροφή, πείτε μου τον αριθμό της κάρτας που χρησιμοποιήσατε."),
        ("Το email μου είναι sophie.lambert@orange.fr, με ένα p.", [("email", "sophie.lambert@orange.fr")]),
        ("Το τηλέφωνο +30 697 220 4518", [("phone", "+30 697 220 4518")]),
        ("γεννήθηκα 25/06/1998, ήθελα να δω αν δικαιούμαι το νεανικό", [("date_of_birth", "25/06/1998")]),
        ("Το νεανικό είναι 12 ευρώ για κάτω των 25, αλλά μόνο από το ταμείο, όχι online.", []),
        # opera, older man
        ("Λυρική Σκηνή, τμήμα κρατήσεων, παρακαλώ.", []),
        ("Χαίρετε, Παναγιώτης Βλάχος εδώ, Τάκη με φωνάζουν όλοι, θέλω να αλλάξω τις θέσεις μου για την Τραβιάτα",
         [("name", "Παναγιώτης Βλάχος"), ("name", "Τάκη")]),
        ("Η Τραβιάτα παίζεται 8, 10 και 12 Μαρτίου στις 20:00, πλατεία 75 ευρώ και εξώστης 35.", []),
        ("Μάλιστα κύριε Βλάχο, η κράτησή σας είναι στη σειρά Η, θέσεις 5 και 6.", [("name", "Βλάχο")]),
        ("Χρεώστε τη Mastercard μου, " + c_i_w, [("card", c_i_w, c_i)]),
        ("η διεύθυνσή μου είναι Πατησίων 112, 4ος όροφος, Αθήνα 11257",
         [("address", "Πατησίων 112, 4ος όροφος, Αθήνα 11257")]),
        ("Θέλω και απόδειξη με ΑΦΜ, " + split_at(afm_i, [3, 3, 3]), [("id", split_at(afm_i, [3, 3, 3]))]),
        ("Δηλαδή " + afm_i_rb + ", σωστά;", [("id", afm_i_rb, afm_i)]),
        ("Είμαι γεννημένος στις είκοσι πέντε Μαρτίου του σαράντα εννιά, έχω έκπτωση;",
         [("date_of_birth", "είκοσι πέντε Μαρτίου του σαράντα εννιά")]),
        ("Το διάλειμμα είναι 20 λεπτά και η παράσταση τελειώνει γύρω στις 23:15.", []),
    ]


def el_part3():
    c_j = luhn_complete("402360118574932")
    amex = luhn_complete("37620441958172")
    c_l = luhn_complete("448075310629847")
    c_m = luhn_complete("491602853377140")
    gr_j = iban_make("GR", "011" + "0080" + "0000080274561933")
    gr_k = iban_make("GR", "011" + "0213" + "0000213698470115")
    gr_m = iban_make("GR", "026" + "0051" + "0000740201836647")
    cy_l = iban_make("CY", "002" + "00195" + "0000357018634205")
    afm_j = afm_complete("12093586")
    afm_m = afm_complete("09981422")
    afm_j_w = el_words(split_at(afm_j, [3, 3, 3]))
    afm_m_rb = el_words(split_at(afm_m, [3, 3, 3]))
    c_l_w = el_pairs(c_l)
    ph_m = "διακόσια δέκα, εξακόσια ογδόντα εννιά, " + el_pairs("4420")
    ctx_addr_l = "Ποια εν η διεύθυνσή σας;"
    return [
        # children's theatre, mother
        ("Καλημέρα, η Βούλα Δημητρίου είμαι, θέλω να κλείσω για την παιδική παράσταση της Κυριακής",
         [("name", "Βούλα Δημητρίου")]),
        ("Η παιδική παράσταση είναι Κυριακή στις 11:30 και στις 14:00, 10 ευρώ το παιδικό και 12 το κανονικό.", []),
        ("ο μικρός είναι γεννημένος 14 Αυγούστου 2020, πληρώνει;", [("date_of_birth", "14 Αυγούστου 2020")]),
        ("Πληρώνω με την κάρτα " + grp(c_j, 4, "-"), [("card", grp(c_j, 4, "-"))]),
        ("το email voula τελεία dimitriou παπάκι yahoo τελεία gr",
         [("email", "voula τελεία dimitriou παπάκι yahoo τελεία gr")]),
        ("Η διεύθυνση είναι Ερμού 15, Μαρούσι, 15124, για να έρθουν τα εισιτήρια με courier",
         [("address", "Ερμού 15, Μαρούσι, 15124")]),
        ("και ΑΦΜ για την απόδειξη, " + afm_j_w, [("id", afm_j_w, afm_j)]),
        ("Αν ακυρωθεί, να επιστραφούν στο " + grp(gr_j), [("iban", grp(gr_j))]),
        # Greek-Australian visitor, festival package with bus
        ("Γεια σας, my name is Nick Papadopoulos, από τη Μελβούρνη, έκλεισα το πακέτο για την Επίδαυρο",
         [("name", "Nick Papadopoulos")]),
        ("Το πακέτο περιλαμβάνει λεωφορείο από το Σύνταγμα στις 17:00, εισιτήριο στο κοίλον και επιστροφή γύρω στη 1:30.", []),
        ("Το κινητό μου είναι αυστραλέζικο, +61 412 558 093", [("phone", "+61 412 558 093")]),
        ("Πλήρωσα με την American Express, " + split_at(amex, [4, 6, 5]), [("card", split_at(amex, [4, 6, 5]))]),
        ("μένω στο Κουκάκι, Δημητρακοπούλου 38, διαμέρισμα 2, μέχρι τις 20 του μήνα",
         [("address", "Κουκάκι, Δημητρακοπούλου 38, διαμέρισμα 2")]),
        ("το email nick.papas@bigpond.com", [("email", "nick.papas@bigpond.com")]),
        ("ημερομηνία γέννησης 02/07/1985", [("date_of_birth", "02/07/1985")]),
        ("Έχω και λογαριασμό στην Εθνική, " + grp(gr_k) + ", αν είναι πιο εύκολο", [("iban", grp(gr_k))]),
        # Cypriot mother, football season ticket in Nicosia
        ("Γεια σας, η Γιώτα Χριστοδούλου είμαι που τη Λευκωσία, θέλω να βγάλω διαρκείας για τον γιο μου",
         [("name", "Γιώτα Χριστοδούλου")]),
        ("Η διαρκείας εν 150 ευρώ για 13 παιχνίδια, τζαι για παιδιά κάτω των 16 εν 60.", []),
        ("εγεννήθηκε στις εννιά Μαΐου του δύο χιλιάδες δέκα", [("date_of_birth", "εννιά Μαΐου του δύο χιλιάδες δέκα")]),
        ("το σταθερό εν 22 45 71 09", [("phone", "22 45 71 09")]),
        ("Στασικράτους 12, διαμέρισμα 4, 1065 Λευκωσία", [("address", "Στασικράτους 12, διαμέρισμα 4, 1065 Λευκωσία")],
         ctx_addr_l),
        ("Στασικράτους 12, διαμέρισμα 4, σωστά κυρία Χριστοδούλου;",
         [("address", "Στασικράτους 12, διαμέρισμα 4"), ("name", "Χριστοδούλου")]),
        ("Η κάρτα εν " + c_l_w, [("card", c_l_w, c_l)]),
        ("τζαι το email giota.chr@cytanet.com.cy", [("email", "giota.chr@cytanet.com.cy")]),
        ("Αν εν ακυρωθεί το πρωτάθλημα, στο " + grp(cy_l), [("iban", grp(cy_l))]),
        # company booking concert tickets for staff
        ("Καλημέρα, από το λογιστήριο της εταιρείας, θέλουμε 20 εισιτήρια για τη χριστουγεννιάτικη συναυλία με τιμολόγιο.", []),
        ("ΑΦΜ εταιρείας " + afm_m, [("id", afm_m)]),
        ("Επαναλαμβάνω, " + afm_m_rb + ".", [("id", afm_m_rb, afm_m)]),
        ("Έδρα Λεωφόρος Κηφισίας 280, Χαλάνδρι, 15232", [("address", "Λεωφόρος Κηφισίας 280, Χαλάνδρι, 15232")]),
        ("τηλέφωνο λογιστηρίου " + ph_m, [("phone", ph_m, "2106894420")]),
        ("Το τιμολόγιο στο logistirio@kyma-ad.gr και πληρωμή με την εταιρική Visa " + grp(c_m),
         [("email", "logistirio@kyma-ad.gr"), ("card", grp(c_m))]),
        ("Τυχόν επιστροφή στον εταιρικό λογαριασμό " + grp(gr_m), [("iban", grp(gr_m))]),
        ("Τα 20 εισιτήρια στη ζώνη Β είναι 22 ευρώ το ένα, σύνολο 440 συν ΦΠΑ 24%.", []),
        # general box-office questions
        ("Πότε ανοίγει η προπώληση για τη συναυλία του Οκτωβρίου; Είδα ότι ξεκινά Δευτέρα 10 το πρωί.", []),
        ("Η προπώληση ξεκινά στις 2 Ιουνίου στις 12:00, με όριο 4 εισιτήρια ανά συναλλαγή.", []),
        ("Ο κωδικός κράτησης είναι ΑΘ-2281-7Κ, σας τον στείλαμε και με SMS.", []),
        ("Το εισιτήριο για το κοίλον κοστίζει 40 ευρώ και για το διάζωμα 25, οι πόρτες ανοίγουν 19:30.", []),
        ("Η ομάδα παίζει εκτός έδρας στις 22 του μήνα, και τα εισιτήρια φιλοξενούμενων είναι 600.", []),
        ("Χρεώθηκα 2 φορές 38,50 ευρώ στις 14 Απριλίου, έχω το screenshot από την τράπεζα.", []),
        ("Το θέατρο έχει ασανσέρ από την οδό Σταδίου, και η αίθουσα χωράει 450 άτομα.", []),
        ("Η παράσταση διαρκεί δύο ώρες και δέκα λεπτά με ένα διάλειμμα.", []),
        ("Για ομάδες πάνω από 20 άτομα υπάρχει έκπτωση 15% και δωρεάν εισιτήριο για τον αρχηγό.", []),
        ("Εεε, μισό λεπτό να βρω το email... ναι, η παραγγελία 5573021 από τις 9 Φεβρουαρίου.", []),
        ("Το λεωφορείο για το γήπεδο φεύγει από την πλατεία Αριστοτέλους κάθε 15 λεπτά μετά τις 18:00.", []),
        ("Δεν δεχόμαστε αλλαγές ονόματος στο εισιτήριο λιγότερο από 48 ώρες πριν την εκδήλωση.", []),
        ("Η συναυλία του Σαββάτου στον Λυκαβηττό είναι sold out, αλλά την Κυριακή υπάρχουν ακόμα 120 θέσεις.", []),
        ("Η επιστροφή για την ακυρωμένη αγωνιστική θα γίνει σε 30 ημέρες από σήμερα, 18 Μαρτίου.", []),
        ("Παιδιά κάτω των 5 μπαίνουν δωρεάν χωρίς θέση, από 5 έως 12 πληρώνουν 8 ευρώ.", []),
        ("Έχουμε 3 θέσεις ΑμεΑ ελεύθερες στο βόρειο πέταλο για το παιχνίδι της 9ης Απριλίου.", []),
        ("Το ταμείο είναι ανοιχτό Δευτέρα με Σάββατο 10:00 με 21:00, και Κυριακή από τις 18:00.", []),
    ]


def items_el():
    return el_part1() + el_part2() + el_part3()


LANGS["el"] = items_el


if __name__ == "__main__":
    main()
