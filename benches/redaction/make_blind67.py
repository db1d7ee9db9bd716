#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind67" (airlines and travel agencies).

Who wrote it and how: a helper session, working only from a written brief that
described the product's specification of personal data and the output format.
It never opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator. Every call, caller and value here is invented.

Running this script (Python 3, standard library only, deterministic) writes

    data/redaction/blind67/{en,ar,he,el}.jsonl

relative to the repository root (two levels above this file's folder).

Output format: one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
  They are computed here by searching for each span's substring, never counted
  by hand, and every span is asserted.
- context (optional, may be "") is an earlier line of the same call; it is not
  scored and only helps a human reader see why a value is personal.
- Items with empty spans are non-personal and must come out unchanged.

Check-digit values (cards, IBANs, national IDs) are generated with the check
digit computed here, and long digit runs left outside spans are asserted to
fail the card / ID checks.
"""

import json
import os
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------------------
# Check-digit helpers
# ---------------------------------------------------------------------------


def digits_of(s):
    """Keep ASCII digits only (Arabic-Indic digits are mapped to ASCII)."""
    s = s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789"))
    return "".join(c for c in s if c.isascii() and c.isdigit())


def luhn_ok(num):
    d = digits_of(num)
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return len(d) > 1 and total % 10 == 0


def luhn_complete(partial):
    """Append the Luhn check digit to a digit string."""
    p = digits_of(partial)
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError(partial)


def card(partial):
    """A card number: partial digits plus the computed Luhn digit (13-19 digits)."""
    n = luhn_complete(partial)
    assert 13 <= len(n) <= 19 and luhn_ok(n), n
    return n


IBAN_LEN = {
    "GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
    "GB": 22, "IE": 22, "DE": 22, "MA": 28, "QA": 29, "KW": 30, "BH": 22,
    "LB": 28, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "TR": 26,
}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s\-.]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    """An IBAN for country cc with the given BBAN; check digits computed."""
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s), IBAN_LEN[cc])
    assert iban_ok(s), s
    return s


def tz_ok(num):
    d = digits_of(num)
    if len(d) != 9:
        return False
    total = 0
    for i, c in enumerate(d):
        v = int(c) * (1 if i % 2 == 0 else 2)
        total += v - 9 if v > 9 else v
    return total % 10 == 0


def tz(partial8):
    """Israeli Teudat Zehut: 8 digits plus the computed check digit."""
    p = digits_of(partial8)
    assert len(p) == 8
    for c in "0123456789":
        if tz_ok(p + c):
            return p + c
    raise AssertionError(partial8)


def afm_ok(num):
    d = digits_of(num)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(partial8):
    """Greek AFM: 8 digits plus the computed check digit."""
    p = digits_of(partial8)
    assert len(p) == 8
    s = sum(int(p[i]) * 2 ** (8 - i) for i in range(8))
    n = p + str((s % 11) % 10)
    assert afm_ok(n)
    return n


def saudi_ok(num):
    d = digits_of(num)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    """Saudi national ID (starts 1) or Iqama (starts 2): 9 digits + Luhn digit."""
    p = digits_of(partial9)
    assert len(p) == 9 and p[0] in "12"
    n = luhn_complete(p)
    assert saudi_ok(n)
    return n


def ssn_ok(num):
    d = digits_of(num)
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def ssn(s):
    assert ssn_ok(s), s
    return s


# ---------------------------------------------------------------------------
# Spoken-number helpers
# ---------------------------------------------------------------------------

EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def groups_of(d, sizes):
    if isinstance(sizes, int):
        sizes = [sizes] * ((len(d) + sizes - 1) // sizes)
    out, i = [], 0
    for n in sizes:
        if i >= len(d):
            break
        out.append(d[i:i + n])
        i += n
    assert i >= len(d), (d, sizes)
    return out


def spell(d, words, sizes=None, gsep=", ", wsep=" ", zero=None, double=None):
    """Digits one by one as words; optional groups, 'oh' for zero, 'double X'."""
    d = digits_of(d)
    parts = groups_of(d, sizes) if sizes else [d]
    out = []
    for g in parts:
        ws, i = [], 0
        while i < len(g):
            w = words[int(g[i])]
            if zero and g[i] == "0":
                w = zero
            if double and i + 1 < len(g) and g[i + 1] == g[i]:
                ws.append(double + " " + w)
                i += 2
                continue
            ws.append(w)
            i += 1
        out.append(wsep.join(ws))
    return gsep.join(out)


def grouped(d, sizes, sep=" "):
    """Digits (and IBAN letters) regrouped, e.g. grouped(x, 4) -> 'GR47 0172 ...'."""
    return sep.join(groups_of(re.sub(r"[\s\-.]", "", d), sizes))


EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EN_TENS[t] + ("-" + EN_D[u] if u else "")


def en_pairs(d, sep=" ", zero="oh"):
    out = []
    for g in groups_of(digits_of(d), 2):
        if len(g) == 1 or g[0] == "0":
            out.append(" ".join(zero if c == "0" else EN_D[int(c)] for c in g))
        else:
            out.append(en_num(int(g)))
    return sep.join(out)


AR_TEENS = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
AR_TENS = "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()


def ar_num(n):
    if n < 10:
        return AR_D[n]
    if n < 20:
        return AR_TEENS[n - 10]
    t, u = divmod(n, 10)
    return (AR_D[u] + " و" + AR_TENS[t]) if u else AR_TENS[t]


def ar_pairs(d, sep=" "):
    out = []
    for g in groups_of(digits_of(d), 2):
        if len(g) == 1 or g[0] == "0":
            out.append(" ".join(AR_D[int(c)] for c in g))
        else:
            out.append(ar_num(int(g)))
    return sep.join(out)


HE_TEENS_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
              "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_num(n):
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEENS_F[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + HE_F[u] if u else "")


def he_pairs(d, sep=" "):
    out = []
    for g in groups_of(digits_of(d), 2):
        if len(g) == 1 or g[0] == "0":
            out.append(" ".join(HE_F[int(c)] for c in g))
        else:
            out.append(he_num(int(g)))
    return sep.join(out)


EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε",
            "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()


def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    t, u = divmod(n, 10)
    return EL_TENS[t] + (" " + EL_D[u] if u else "")


def el_pairs(d, sep=" "):
    out = []
    for g in groups_of(digits_of(d), 2):
        if len(g) == 1 or g[0] == "0":
            out.append(" ".join(EL_D[int(c)] for c in g))
        else:
            out.append(el_num(int(g)))
    return sep.join(out)


# ---------------------------------------------------------------------------
# Item builder
# ---------------------------------------------------------------------------

ITEMS = {}  # lang -> list of (text, [(kind, substring[, nth[, "part"]])], context)
# nth picks among repeated substrings; "part" marks one piece of a value that
# the speaker split, so the whole-value check-digit assert is skipped for it.


def add(lang, text, spans=(), context=""):
    ITEMS.setdefault(lang, []).append((text, list(spans), context))


NUMRUN = re.compile(r"[0-9٠-٩](?:[0-9٠-٩]|[ \-./](?=[0-9٠-٩]))*")


def check_unspanned_numbers(text, covered):
    """Long digit runs outside spans must not pass the card or ID checks."""
    for m in NUMRUN.finditer(text):
        bstart = len(text[:m.start()].encode("utf-8"))
        bend = bstart + len(m.group().encode("utf-8"))
        if any(s < bend and bstart < e for s, e in covered):
            continue
        d = digits_of(m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("unspanned Luhn-valid number", text)
        if len(d) == 9:
            assert not tz_ok(d), ("unspanned valid Teudat Zehut", text)
            assert not afm_ok(d), ("unspanned valid AFM", text)
        if len(d) == 10:
            assert not saudi_ok(d), ("unspanned valid Saudi ID", text)


def build(lang):
    rows = []
    for text, spans, context in ITEMS[lang]:
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            assert sb and sb == sb.strip(), ("span has outer spaces", sub)
            hits, i = [], b.find(sb)
            while i >= 0:
                hits.append(i)
                i = b.find(sb, i + 1)
            assert hits, ("span not found", lang, sub, text)
            if nth is None:
                assert len(hits) == 1, ("ambiguous span, give nth", lang, sub, text)
                nth = 0
            start = hits[nth]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            part = len(sp) > 3 and sp[3] == "part"
            if not part and re.fullmatch(r"[A-Z]{0,2}[0-9٠-٩][0-9٠-٩A-Z \-.]*", sub):
                if kind == "card":
                    assert 13 <= len(digits_of(sub)) <= 19 and luhn_ok(sub), sub
                elif kind == "iban":
                    assert iban_ok(sub), sub
                elif kind == "id":
                    assert tz_ok(sub) or afm_ok(sub) or saudi_ok(sub) or ssn_ok(sub), sub
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlapping spans", text)
        check_unspanned_numbers(text, [(s["start"], s["end"]) for s in out])
        rows.append({"text": text, "spans": out, "context": context})
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), ("duplicate text", lang)
    return rows


def stats(lang, rows):
    kinds = {k: 0 for k in KINDS}
    for r in rows:
        for s in r["spans"]:
            kinds[s["kind"]] += 1
    empty = sum(1 for r in rows if not r["spans"])
    return "%s: %d items (%d with no spans), %d spans: %s" % (
        lang, len(rows), empty, sum(kinds.values()),
        ", ".join("%s %d" % (k, v) for k, v in kinds.items()))


# ---------------------------------------------------------------------------
# Languages (appended below)
# ---------------------------------------------------------------------------


# === LANGUAGE DATA ===


# ===========================================================================
# English (en): airline reservations, baggage services, an online travel
# agency's refunds desk, online check-in support, special assistance,
# a frequent-flyer programme, ...
# ===========================================================================


def E(text, spans=(), context=""):
    add("en", text, spans, context)


# --- Call: SkyMere Airways reservations, date change (Leeds caller) --------
EN_CARD_1 = card("454312900871623")
E("Good morning, you're through to SkyMere Airways reservations, my name's Tom, how can I help?",
  [("name", "Tom")])
E("Hiya, yeah, it's Gemma Whitfield here, I need to move my flight to Malaga.",
  [("name", "Gemma Whitfield")])
E("No problem Gemma. Can I take the booking reference please?", [("name", "Gemma")])
E("It's Q, seven, X as in x-ray, K, four, two.", [],
  "No problem Gemma. Can I take the booking reference please?")
E("Lovely. So you're currently on the SM 4127 on Saturday the 14th of June, departing Leeds Bradford at 06:40.")
E("There's a seat on the Tuesday, the 17th, same time, the fare difference is forty-two pounds fifty plus the change fee of thirty-five.")
_s = grouped(EN_CARD_1, 4)
E("Right, it's %s." % _s, [("card", _s)], "Can you read me the long number across the front of the card?")
_s = "oh seven seven double oh, nine double oh, four one two"
E("And the mobile number on the booking is still %s?" % _s, [("phone", _s)])
_s = "gemma dot whitfield eighty-four at hotmail dot co dot uk"
E("Yeah, and can you send the new itinerary to %s, that's the one I actually check" % _s, [("email", _s)])
E("That's all done, the new confirmation will come through in the next ten minutes. Anything else I can help with today?")

# --- Call: baggage services, delayed bag from Lagos (Nigerian caller) ------
E("Baggage services, Daniel speaking.", [("name", "Daniel")])
E("Good afternoon. My name is Chukwuemeka Obi, I arrived this morning on the flight from Lagos and my bag did not come out.",
  [("name", "Chukwuemeka Obi")])
E("Sorry to hear that, Mr Obi. Do you have the file reference they gave you at the desk?", [("name", "Obi")])
E("Yes it is L H R S M, one two eight four seven.", [],
  "Do you have the file reference they gave you at the desk?")
E("And the bag tag, it's on the sticker on my boarding pass, SM 458217.")
E("Okay, it's showing the bag was left in Lagos and it's been put on tomorrow's SM 202, landing at 5:50 in the morning.")
_s = "22 Ashburnham Road, Flat 4, Bedford, MK40 1DS"
E("Please deliver it to %s. I am staying with my cousin." % _s, [("address", _s)],
  "What address should the courier deliver it to?")
_a = "oh seven seven double oh, nine double oh, seven three one"
_b = "plus two three four, eight zero three, four one two, five five six nine"
E("My UK number is %s. Or my Nigerian line, %s." % (_a, _b), [("phone", _a), ("phone", _b)],
  "And a phone number for the driver?")
E("Emeka is fine, everybody calls me that.", [("name", "Emeka")],
  "Is it okay if I call you Mr Obi?")
E("Okay Emeka, I've put it down. You can claim up to thirty-five pounds a day for essentials, just keep the receipts.",
  [("name", "Emeka")])
E("the bag is black samsonite medium size with a red ribbon on the handle")

# --- Call: Horizon Lane Travel (online agency), refund not voucher (US) ----
E("Thanks for calling Horizon Lane Travel, this is Kayla, can I get your name?", [("name", "Kayla")])
E("Hi, yeah, this is Marisol Gutierrez, G-U-T-I-E-R-R-E-Z.",
  [("name", "Marisol Gutierrez"), ("name", "G-U-T-I-E-R-R-E-Z")])
E("My flight to Cancun on March 3rd got cancelled and they gave me a voucher for $612.40 but I want the money back.")
E("I understand. The voucher number is 4417 2209 8813, is that the one you have?")
E("Okay Marisol, since the airline cancelled you're entitled to a cash refund, it goes back to the original card within seven to ten business days.",
  [("name", "Marisol")])
E("The card I paid with was closed though, it got stolen in January, like the week after Martin Luther King Day.")
_s = "4420 North Kedzie Avenue, apartment 2B, Chicago, Illinois, 60625"
E("It's %s." % _s, [("address", _s)],
  "In that case we can mail you a check. What's your mailing address?")
_s = "three one two, five five five, oh one eight seven"
E("um best number is my cell, %s" % _s, [("phone", _s)], "And the best number to reach you?")
_s = "m dot gutierrez seventy-seven at gmail dot com"
E("I'll email the confirmation to the address on file, %s?" % _s, [("email", _s)])
E("It takes about 21 days from today, so around the 28th, and it'll be for the full $612.40 plus the $35 seat fees.")

# --- Call: Najd Air online check-in support (Indian caller in Riyadh) -----
EN_IQAMA_1 = saudi("247138095")
E("Hello, good evening, I am Anil Kumar Pillai, calling regarding online check-in, it is not accepting my details.",
  [("name", "Anil Kumar Pillai")])
E("Good evening sir, I'm Fahad. For domestic flights the system matches the Iqama number. Can you read it for me?",
  [("name", "Fahad")])
_wrong = str((int(EN_IQAMA_1[9]) + 3) % 10)
_s = "%s... %s, no sorry, %s" % (spell(EN_IQAMA_1[:9], EN_D, [1, 4, 4]), EN_D[int(_wrong)],
                                 EN_D[int(EN_IQAMA_1[9])])
E("Yes yes, it is %s." % _s, [("id", _s)], "For domestic flights the system matches the Iqama number. Can you read it for me?")
E("Okay, now it matches. I see you on NJ 1043 Riyadh to Jeddah, departing 21:15 tomorrow, seat 14C, one bag of 23 kilos.")
_s = "plus nine six six, five five, three one eight, four four zero two"
E("Can you update my mobile number also, the old one is wrong. New one is %s." % _s, [("phone", _s)])
_s = "anil dot pillai underscore seven nine at yahoo dot com"
E("and email is %s all small letters" % _s, [("email", _s)])

# --- Call: Corrib Air special assistance (older Irish caller) -------------
E("Corrib Air special assistance, you're speaking with Aoife.", [("name", "Aoife")])
E("Hello, this is Bridie Moynihan, I'm flying out to my daughter in Boston on the 2nd of October and I'll need the wheelchair.",
  [("name", "Bridie Moynihan")])
E("Of course, Mrs Moynihan. Can I just confirm your date of birth for the booking?", [("name", "Moynihan")])
E("The ninth of November, nineteen forty-eight.", [("date_of_birth", "The ninth of November, nineteen forty-eight")],
  "Can I just confirm your date of birth for the booking?")
E("Grand. So that's CI 133 from Shannon, departing 11:20, and I've requested the wheelchair right to the seat, seat 3A near the front.")
_a = "oh six one, three seven four, two nine one"
_b = "oh eight seven, six three four, double two nine one"
E("The landline is %s, or my son's mobile, %s, he'll be driving me." % (_a, _b),
  [("phone", _a), ("phone", _b)], "Is there a number we can reach you on the day?")
_s = "12 Ashgrove Park, Castletroy, Limerick"
E("And your home address is still %s?" % _s, [("address", _s)])
E("It is, yes. The eircode is V94 K2T8, the young lad in the travel agent's said to always give that.",
  [("address", "V94 K2T8")], "And your home address is still 12 Ashgrove Park, Castletroy, Limerick?")

# --- Call: Southern Cross Rewards, frequent-flyer account (Brisbane) -----
E("Welcome to Southern Cross Rewards, Josh speaking, can I grab your membership number?", [("name", "Josh")])
E("Yeah it's 3 0 0 4 1 8 7 2 6.", [], "can I grab your membership number?")
E("Kylie Nguyen.", [("name", "Kylie Nguyen")], "Thanks, and who am I speaking with?")
E("Thanks for that. For security, can you give me your date of birth?")
E("yeah its the 23rd of the 4th 91", [("date_of_birth", "23rd of the 4th 91")],
  "For security, can you give me your date of birth?")
E("Lovely. You've got 48,250 points and 2 upgrade credits that expire on the 30th of September.")
E("I flew to Perth and back in February and didn't get the points, it was SX 617 on the 11th and SX 622 on the 18th.")
E("Right, those were booked in fare class O so they earn 25 percent, that's 410 points each way. I'll add them now.")
_s = "kylie dot n at bigpond dot com"
E("Can you change my email while you're there, it's %s." % _s, [("email", _s)])
_s = "oh four one two, five five six, oh nine three"
E("And the mobile's %s, the old one ended in 88." % _s, [("phone", _s)])


def en_iban_say(ib, zero="zero"):
    """An IBAN read out: letters one by one, digits as words in groups of four."""
    out = []
    for g in groups_of(ib, 4):
        out.append(" ".join((zero if c == "0" else EN_D[int(c)]) if c.isdigit() else c for c in g))
    return ", ".join(out)


# --- Call: Sunvista Holidays, adding an infant, paying the balance -------
EN_CARD_2 = card("527819440036175")
E("Sunvista Holidays, you're speaking to Leanne, how can I help?", [("name", "Leanne")])
E("Hiya love, it's Darren Holloway, I've got a booking for Dalaman in August and we need to add the baby on.",
  [("name", "Darren Holloway")])
_s = "the fourteenth of January, twenty twenty-five"
E("Her date of birth is %s." % _s, [("date_of_birth", _s)],
  "Congratulations! I'll need her name as on the passport and her date of birth.")
E("The infant fare is thirty-five pounds each way, and she'll need her own passport even at that age.")
E("Your balance of £1,846 is due by the 12th of April, that's eight weeks before departure.")
_a = spell(EN_CARD_2[:8], EN_D, 4)
_b = spell(EN_CARD_2[8:], EN_D, 4)
E("Go on then, %s, yeah? then %s." % (_a, _b), [("card", _a), ("card", _b)],
  "Go ahead with the card number when you're ready.")
E("Transfer from Dalaman airport to Hisaronu is about ninety minutes, the coach picks up at 14:30.")
E("You're in room 214 at the Hotel Marina Bay, half board, seven nights, two adults, one child and now one infant.")
_s = "daz dot holloway at btinternet dot com"
E("can you send the new invoice to %s cheers" % _s, [("email", _s)])
E("The booking reference stays the same, SV 2048813, and your ATOL certificate will be reissued within 48 hours.")

# --- Call: Sunvista refunds, cancelled Lanzarote holiday (Dublin) ---------
EN_IBAN_IE = iban("IE", "BOFI90001727643190")
E("The hotel in Lanzarote closed so you cancelled the whole thing, it was €2,390 for the four of us.")
_s = grouped(EN_IBAN_IE, 4)
E("It's %s." % _s, [("iban", _s)], "We can refund by bank transfer, can I take your IBAN?")
_s = en_iban_say(EN_IBAN_IE)
E("Let me read that back: %s." % _s, [("iban", _s)])
E("yes thats it and its a joint account since 2016 so either of us is fine")
E("Refunds go out within 14 days, so you'll see it by the 3rd of March at the latest.")

# --- Call: Blue Horizon Tours, Pesach flights to New York (Ra'anana) -----
EN_TZ = tz("03457812")
EN_IBAN_IL = iban("IL", "0126420000004518273")
E("Hi, yes, my name is Shoshana Klein, I booked with you for New York, the Pesach dates.",
  [("name", "Shoshana Klein")])
_s = spell(EN_TZ, EN_D, 3, zero="oh")
E("Sure, it's %s." % _s, [("id", _s)],
  "For Israeli citizens we put the teudat zehut on the booking, can you give me yours?")
_s = "fourteenth of the eleventh, eighty-eight"
E("Um, %s." % _s, [("date_of_birth", _s)], "And your date of birth as it is on the passport?")
E("The airline moved the return from the 22nd of April to the 24th, and my son's bar mitzvah is on the 23rd so it doesn't work.")
E("They'll refund the difference of 1,140 shekels, it takes about 30 days because it goes through the airline.")
_s = grouped(EN_IBAN_IL, 4)
E("Okay, %s, that's Bank Mizrahi in Ra'anana." % _s, [("iban", _s)],
  "They'll refund it to your bank account, so I need your IBAN.")
_a = "oh five four, seven seven one, two two three eight"
_b = "plus nine seven two, five four, seven seven one, two two three eight"
E("My cell is %s, or with the code, %s." % (_a, _b), [("phone", _a), ("phone", _b)])
_a = "shoshi dot klein at gmail dot com"
_b = "S H O S H I"
E("%s, %s." % (_a, _b), [("email", _a), ("email", _b)], "And an email for the new e-tickets?")

# --- Call: CanyonMiles Visa application (co-branded frequent-flyer card) --
_s = ssn("412-68-3075")
E("Sure, it's %s." % _s, [("id", _s)],
  "To complete the CanyonMiles Visa application I'll need your Social Security number.")
_s = spell(ssn("531249086"), EN_D, [3, 2, 4], gsep=" ", zero="oh")
E("social is %s" % _s, [("id", _s)], "and your social security number")
_s = "six one nine, forty-two, seventy-seven oh three"
assert ssn_ok("619427703")
E("Yeah, %s. Do you need the card number too?" % _s, [("id", _s)],
  "Can you verify your Social Security number for me?")
_s = "June 3rd, 1976"
E("%s." % _s, [("date_of_birth", _s)], "And your date of birth?")
_s = "1187 Magnolia Bend Drive, apartment 5, Murfreesboro, Tennessee, 3 7 1 3 0"
E("It's %s." % _s, [("address", _s)], "And your home address?")
E("You'll earn 60,000 bonus miles after you spend $3,000 in the first 90 days, and the annual fee is $95, waived the first year.")
E("The APR is 21.24 to 28.24 percent variable, based on your creditworthiness.")
E("I have the old Canyon card, the one ending in 4410, I just want to upgrade it, not open a second one.")
_s = "oh five, oh five, seventy"
E("Uh, %s. Cinco de Mayo, easy to remember." % _s, [("date_of_birth", _s)],
  "And can you confirm your date of birth for me?")

# --- Call: wedding group to Limassol, invoice with AFM (Athens caller) ----
EN_AFM = afm("04718265")
EN_IBAN_GR = iban("GR", "01720450005045081729334")
EN_CARD_3 = card("422207156843")
E("Good morning, I am Dimitris Karras, from Athens, I need the invoice for the group booking, the wedding in Limassol.",
  [("name", "Dimitris Karras")])
E("The group is 26 adults and 4 children, flying on the 18th of September, back on the 21st.")
_s = spell(EN_AFM, EN_D, 3)
E("For the invoice, the Greek tax number, the AFM, is %s." % _s, [("id", _s)])
_s = "Kallidromiou 58, Exarchia, 114 73 Athens"
E("please put my home address, %s, not the office" % _s, [("address", _s)])
E("d.karras@otenet.gr, all lower case.", [("email", "d.karras@otenet.gr")],
  "And where should we email the invoice?")
_s = grouped(EN_CARD_3, [4, 4, 4, 1])
E("The rest I will pay now with the card, %s." % _s, [("card", _s)])
_s = grouped(EN_IBAN_GR, 4)
E("If there is any refund, my IBAN is %s, Piraeus Bank." % _s, [("iban", _s)])
E("The deposit was €150 per person, so €4,500 in total, paid on the 2nd of February.")
E("the hotel is the Amathus Beach near Agios Tychonas about 15 minutes from the marina")

# --- Call: unaccompanied minor to Lagos (London caller) ---------------
E("My daughter is flying alone to Lagos to see her grandma on the 2nd of August, she's 11.")
E("Her date of birth is 17th May 2014.", [("date_of_birth", "17th May 2014")])
E("The unaccompanied minor fee is £60 each way, and whoever collects her must bring photo ID.")
_s = "d underscore akindele at yahoo dot co dot uk"
E("The email is %s, that's Akindele with an E at the end." % _s, [("email", _s)])
_s = "Plot 22, Adeola Odeku Street, Victoria Island, Lagos"
E("Her grandmother's address is %s, it's near the Eko Hotel." % _s, [("address", _s)],
  "What is the address of the person collecting her in Lagos?")

# --- Calls: refunds to bank accounts (Saudi, UAE, German, Cypriot callers)
EN_SAUDI = saudi("107452283")
EN_IQAMA_2 = saudi("238104677")
EN_IBAN_SA = iban("SA", "10000046172800309417")
EN_IBAN_AE = iban("AE", "0330000010837152604")
EN_IBAN_DE = iban("DE", "370400440532019482")
EN_IBAN_CY = iban("CY", "003002640000000357418206")
E("Assalamu alaikum, this is Abdulrahman Al-Qahtani, I want a refund for the Riyadh to Abha flight I cancelled.",
  [("name", "Abdulrahman Al-Qahtani")])
_s = spell(EN_SAUDI, EN_D, [4, 3, 3])
E("My national ID is %s." % _s, [("id", _s)])
E("5 Rajab 1410, in Hijri.", [("date_of_birth", "5 Rajab 1410")], "And your date of birth, please?")
_s = en_iban_say(EN_IBAN_SA)
E("The IBAN, %s, it's Al Rajhi." % _s, [("iban", _s)])
E("The ticket was 685 riyals and the cancellation fee is 150, so you'll get 535 back within 10 working days.")
_s = grouped(EN_IQAMA_2, [3, 4, 3])
E("I am not Saudi, I am from Egypt, my Iqama is %s." % _s, [("id", _s)],
  "Can you give me the national ID or Iqama number used for the booking?")
_s = grouped(EN_IBAN_AE, 4)
E("Please send it to my Emirates NBD account, %s." % _s, [("iban", _s)])
E("I paid 1,275 dirhams for the extra baggage, 30 kilos, on the 5th, and they never even loaded it.")
_s = grouped(EN_IBAN_DE, 4)
E("My IBAN is %s, it's a German account, I'm studying in Cologne." % _s, [("iban", _s)])
_s = "%s, um, %s" % (grouped(EN_IBAN_CY[:12], 4), grouped(EN_IBAN_CY[12:], 4))
E("The refund can go to my Bank of Cyprus account, %s." % _s, [("iban", _s)])

# --- Calls: Wanderpass student travel, Corrib Air upgrades, pets ---------
EN_CARD_4 = card("37146620581937")
EN_CARD_5 = card("675914300287761234")
EN_CARD_6 = card("601198732045561")
EN_CARD_7 = card("222100483719624")
EN_CARD_8 = card("492913376620458")
_s = spell(EN_CARD_4, EN_D, [4, 6, 5])
E("It's an Amex, %s." % _s, [("card", _s)], "How would you like to pay for the rail pass?")
_s = grouped(EN_CARD_5, 4)
E("Maestro, %s, nineteen digits, it's an old one." % _s, [("card", _s)],
  "That's forty-nine euro for the extra legroom. Card number?")
_s = en_pairs(EN_CARD_6, sep=", ")
E("Discover, %s." % _s, [("card", _s)], "Which card would you like to use?")
_s = grouped(EN_CARD_7[:8], 4) + " " + spell(EN_CARD_7[8:], EN_D)
E("yeah its %s expiry end of next year" % _s, [("card", _s)], "can you read me the card number")
_s = spell(EN_CARD_8, EN_D, 4, zero="oh", double="double")
E("%s, and that's a Visa debit." % _s.capitalize(), [("card", _s.capitalize())],
  "Go ahead with the long number on the card.")
_s = "unit 5, 18 Pelican Parade, Mermaid Beach, Queensland 4218"
E("Can you post it to %s, we moved in March." % _s, [("address", _s)],
  "Where would you like us to post the new membership card?")
E("The crate for a dog of 28 kilos has to be at least 91 by 61 by 68 centimetres.")
E("She's a jack russell, 7 kilos with the carrier, so can she come in the cabin on the 06:15 to Alicante?")
E("The e-ticket number is 176 2 4 0 9 8 7 7 1 3 2 6, I have it on the receipt.")
E("I was charged twice, once on the 9th and again on the 11th, $149 each time, for the same seats, 32A and 32B.")
E("Florence or Venice, whichever is cheaper in the week of the 20th, for three nights, under 400 euros each.")


# ===========================================================================
# Arabic (ar): a Saudi domestic airline, a Cairo travel agency's Umrah
# packages, lost baggage in Amman, a cancelled Casablanca-Paris flight,
# a Gulf frequent-flyer programme, special assistance, online check-in, ...
# ===========================================================================

AR_GULF = "صفر واحد ثنين ثلاث أربع خمس ست سبع ثمان تسع".split()
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_LEV = "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()


def A(text, spans=(), context=""):
    add("ar", text, spans, context)


def indic(s):
    return s.translate(AR_INDIC)


# --- Call: طيران الواحة, Saudi domestic airline, date change (Gulf) -------
AR_SAUDI_1 = saudi("108734521")
AR_CARD_1 = card("446220187350126")
A("طيران الواحة مساء الخير، معك نورة، كيف أقدر أخدمك؟", [("name", "نورة")])
A("مساء النور، معك فهد الدوسري، أبي أغير موعد رحلتي للرياض.", [("name", "فهد الدوسري")])
A("حياك الله أستاذ فهد، عطني رقم الحجز لو سمحت.", [("name", "فهد")])
A("رقم الحجز W، K، سبعة، ثلاثة، R، تسعة.", [], "حياك الله أستاذ فهد، عطني رقم الحجز لو سمحت.")
A("الرحلة الحالية يوم الخميس ١٢ سبتمبر الساعة ٦:٤٠ الصبح من جدة، رقم الرحلة WA 1127.")
A("فيه رحلة يوم السبت الساعة عشرة ونص الليل، والفرق مية وخمسة وثمانين ريال مع رسوم التغيير.")
_s = spell(AR_SAUDI_1, AR_GULF, [1, 3, 3, 3], gsep="، ")
A("إيه، %s." % _s, [("id", _s)], "للتحقق من الحجز عطني رقم الهوية الوطنية.")
_s = indic("١٥ شعبان ١٤٠٥")
A("تاريخ ميلادي %s هجري." % _s, [("date_of_birth", _s)], "وتاريخ الميلاد لو سمحت؟")
_s = indic(grouped(AR_CARD_1, 4))
A("البطاقة مدى، الرقم %s، وتنتهي ٠٨ على ٢٨." % _s, [("card", _s)])
_s = "صفر خمسة خمسة، ثلاث واحد ثمان، أربع أربع صفر ثنين"
A("رقم الجوال %s، نفس الرقم اللي عليه واتساب." % _s, [("phone", _s)])
A("تم، بيوصلك الإيميل والرسالة خلال عشر دقايق. رحلة سعيدة.")

# --- Call: النيل الذهبي للسياحة, Umrah package (Egyptian caller) --------
AR_IBAN_EG = iban("EG", "0019000500000000263180002")
AR_CARD_2 = card("507803124598331")
A("النيل الذهبي للسياحة، أنا مي، أقدر أساعد حضرتك إزاي؟", [("name", "مي")])
A("أيوه يا فندم، أنا اسمي مصطفى عبد الحميد، كنت حاجز عمرة المولد النبوي أنا والحاجة.",
  [("name", "مصطفى عبد الحميد")])
A("البرنامج ١٥ يوم، ٥ أيام في المدينة و١٠ في مكة، والفندق على بعد ٣٠٠ متر من الحرم، والسعر ٨٥ ألف جنيه للفرد.")
A("الطيران يوم ٢٢ أغسطس الساعة ٣ الفجر من مطار القاهرة، صالة ٢، ولازم تكونوا هناك قبلها بأربع ساعات.")
_s = "صفر واحد اتنين، تمانية تلاتة خمسة، أربعة صفر، سبعة ستة واحد"
A("رقمي %s، ده عليه واتساب كمان." % _s, [("phone", _s)])
A("الإيميل mostafa.abdelhamid62@gmail.com يا فندم.", [("email", "mostafa.abdelhamid62@gmail.com")])
_s = "تلاتة عشرة اتنين وستين"
A("أنا مواليد %s، يعني تلاتة أكتوبر." % _s, [("date_of_birth", _s)], "وتاريخ ميلاد حضرتك؟")
_s = "١٢ شارع جامعة الدول العربية، الدور الرابع شقة ٨، المهندسين، الجيزة"
A("العنوان %s، جنب بنك مصر." % _s, [("address", _s)])
A("دفعت عربون ١٠ آلاف جنيه يوم ٥ يونيو، والباقي قبل السفر بشهر.")
_s = grouped(AR_IBAN_EG, 4)
A("اتفضلي، %s، ده حساب البنك الأهلي." % _s, [("iban", _s)],
  "لو الرحلة اتلغت الفلوس بترجع على الحساب البنكي، ممكن الآيبان؟")
_s = grouped(AR_CARD_2, 4)
A("هدفع الباقي بكارت ميزة، رقمه %s." % _s, [("card", _s)])

# --- Call: lost baggage at Amman (Levantine caller) -----------------------
AR_IBAN_JO = iban("JO", "ARAB1180000000118203457611")
A("قسم الأمتعة، معك رامي، تفضلي.", [("name", "رامي")])
A("مرحبا، أنا لانا الخطيب، وصلت مبارح من اسطنبول على رحلة الساعة ١١ بالليل وشنطتي ما إجت.",
  [("name", "لانا الخطيب")])
A("سلامتك يا لانا. شو رقم الملف اللي أعطوكي إياه بالمطار؟", [("name", "لانا")])
A("AMM، RJ، أربعة تسعة تمانية صفر تنين.", [], "شو رقم الملف اللي أعطوكي إياه بالمطار؟")
A("الشنطة سودا، ماركة سامسونايت، وعليها شريطة حمرا، وزنها تقريبا ٢٣ كيلو.")
_s = "عبدون، شارع القاهرة، عمارة رقم ١٧، الطابق التاني"
A("%s، جنب مخبز الأمير." % _s, [("address", _s)], "وين بدك نوصلك الشنطة؟ شو العنوان؟")
_s = "079 554 2318"
A("موبايلي %s، رن قبل ما توصلوا لأنه ما في حدا بالبيت الصبح." % _s, [("phone", _s)])
A("بنعوضك ب ٥٠ دينار عن كل يوم تأخير لحد ٣ أيام، احتفظي بالفواتير.")
_s = grouped(AR_IBAN_JO, 4)
A("طيب، الآيبان تبعي %s، البنك العربي." % _s, [("iban", _s)])
_s = "لانا دوت خطيب آت هوتميل دوت كوم"
A("والإيميل %s، كله سمول." % _s, [("email", _s)])

# --- Call: cancelled Casablanca-Paris flight (Moroccan caller, Darija) ---
AR_IBAN_MA = iban("MA", "011780000012300045678193")
A("ألو، السلام عليكم، سميتي يوسف بنعلي، عندي واحد الرحلة من كازا لباريس تلغات.",
  [("name", "يوسف بنعلي")])
A("وعليكم السلام سي يوسف، أنا سلمى. عطيني الرقم ديال الحجز عافاك.",
  [("name", "يوسف"), ("name", "سلمى")])
A("الرحلة كانت نهار 14 مارس، الساعة 7 و نص، وعطاوني bon d'achat ديال 3200 درهم وأنا بغيت الفلوس.")
_s = grouped(AR_IBAN_MA, 4)
A("ها هو الـ IBAN ديالي: %s، فالتجاري وفا بنك." % _s, [("iban", _s)])
_s = "zéro six, soixante et un, vingt-quatre, quatre-vingt-sept, trente-cinq"
A("النمرة ديالي %s." % _s, [("phone", _s)], "والنمرة ديال التيليفون؟")
A("تزاديت نهار 12 يونيو 1994.", [("date_of_birth", "12 يونيو 1994")], "وتاريخ الازدياد ديالك؟")
_s = "رقم 14، زنقة ابن بطوطة، المعاريف، الدار البيضاء"
A("%s، الطابق الثالث." % _s, [("address", _s)], "والعنوان ديالك عافاك؟")

# --- Call: برنامج صقر للمكافآت, frequent flyer (Emirati caller) ---------
AR_IBAN_AE = iban("AE", "0260001015829461701")
A("برنامج صقر للمكافآت، معاك عائشة، شو أقدر أساعدك؟", [("name", "عائشة")])
A("هلا والله، معاج أم حمدان، عندي أميال من رحلة لندن ما انضافت.", [("name", "أم حمدان")])
A("رقم العضوية ٨٨٠ ٤١٧ ٢٢٩.", [], "عطيني رقم العضوية لو سمحتي.")
A("عندج ٣٤٬٥٠٠ ميل، و٤ آلاف منها تنتهي في ٣١ ديسمبر، ورحلة لندن كانت يوم ٩ مارس على درجة رجال الأعمال.")
A("الإيميل um.hamdan85@outlook.com، مب القديم.", [("email", "um.hamdan85@outlook.com")])
_s = grouped(AR_IBAN_AE, 4)
A("وبخصوص استرداد التذكرة الملغية، حسابي في بنك دبي الإسلامي %s." % _s, [("iban", _s)])
_s = indic("050 771 3482")
A("رقمي %s." % _s, [("phone", _s)], "ورقم الموبايل المسجل عندنا تغير؟")
_s = "فيلا ٢٣، شارع ١٨ ب، البرشاء ٢، دبي"
A("%s، ونفس العنوان للبطاقة الذهبية." % _s, [("address", _s)], "وين نرسل لج البطاقة الجديدة؟")

# --- Call: special assistance, elderly father (MSA, formal) -------------
AR_SAUDI_2 = saudi("102938475")
A("نود طلب كرسي متحرك لوالدي على الرحلة رقم ٣٣٤ من الرياض إلى المدينة المنورة يوم الأحد ٧ رمضان.")
_s = "الأول من يناير عام ألف وتسعمئة وخمسة وأربعين"
A("تاريخ ميلاده %s." % _s, [("date_of_birth", _s)], "ما هو تاريخ ميلاد المسافر؟")
_s = indic(grouped(AR_SAUDI_2, [1, 3, 3, 3]))
A("رقم هويته الوطنية %s." % _s, [("id", _s)])
A("يحتاج المساعدة حتى باب الطائرة، ويحمل معه جهاز أكسجين وزنه ٤ كيلوغرامات.")
A("تم تسجيل الطلب برقم ٥٥٠٢١٧، وسيكون الموظف في انتظاركم عند البوابة ١٢ قبل الإقلاع بساعة.")

# --- Call: online check-in with an Iqama (Sudanese caller in Riyadh) ----
AR_IQAMA_1 = saudi("241957306")
AR_IQAMA_2 = saudi("251846093")
A("السلام عليكم، أنا عثمان محمد أحمد، سوداني مقيم في الرياض، والموقع ما قبل رقم الإقامة.",
  [("name", "عثمان محمد أحمد")])
_s = spell(AR_IQAMA_1, AR_D)
A("رقم الإقامة %s." % _s, [("id", _s)])
_s = indic(AR_IQAMA_2)
A("وإقامة زوجتي %s، نفس الحجز." % _s, [("id", _s)])
A("الحجز لشخصين، رحلة ٢١٥ من الرياض إلى الدمام يوم ٣ نوفمبر، والوزن المسموح ٢٣ كيلو لكل شخص.")


# --- Call: family seats and an infant, Doha caller (Gulf) ---------------
AR_CARD_3 = card("426815339021047")
A("خدمة العملاء، معك مريم، تفضل.", [("name", "مريم")])
A("مرحبا، معاك جاسم الكواري، حاجز لي ولعيالي للندن وأبي أضيف الرضيع.", [("name", "جاسم الكواري")])
_s = indic("٢٠٢٤/٠٣/٠٥")
A("مواليد %s، عمرها ست شهور." % _s, [("date_of_birth", _s)], "تمام، وش تاريخ ميلاد الرضيعة؟")
A("سعر الرضيع عشرة بالمية من سعر التذكرة، يعني ٤٢٠ ريال، ونقدر نحجز لكم سرير الطفل في الصف ٣١.")
A("المقاعد ٣١ A و B و C، والرحلة يوم الجمعة ٢٠ يونيو الساعة ٢:١٥ الفجر.")
_s = "+974 5512 8834"
A("اتصلوا على %s لو تغير شي." % _s, [("phone", _s)])
_s = grouped(AR_CARD_3, 4)
A("إيه، فيزا، %s." % _s, [("card", _s)], "كيف حاب تدفع؟ عطني رقم البطاقة.")
_s = "jassim underscore kuwari at gmail dot com"
A("الإيميل %s، كواري بدون الـ A في الأول." % _s, [("email", _s)])

# --- Call: وكالة الأرز للسفر, honeymoon package to Trabzon (Beirut) -----
AR_CARD_4 = card("531862004471935")
AR_IBAN_LB = iban("LB", "099900000001001901229114")
A("وكالة الأرز للسفر، صباح الخير.")
A("صباح النور، معك ريتا حداد، حجزت عندكن باكيج شهر العسل على طرابزون.", [("name", "ريتا حداد")])
A("أهلين ريتا، إيه شايفة الحجز، سبع ليالي، ٢٥ أيلول لحد ٢ تشرين الأول، فندق الياسمين.",
  [("name", "ريتا")])
A("الباكيج حقه ٢٤٠٠ دولار للشخصين، دفعتوا منهم ٨٠٠ بشهر آب.")
_s = "١٢ تشرين التاني ١٩٩٢"
A("%s، وجوزي ما بعرف، بسأله." % _s, [("date_of_birth", _s)],
  "بدي تاريخ ميلادك متل ما هو عالباسبور.")
_s = "الأشرفية، شارع مار مخايل، بناية الصباغ، الطابق الثالث"
A("العنوان %s، بيروت." % _s, [("address", _s)])
_s = "03 482 917"
A("رقمي %s، وإذا ما رديت ابعتولي واتساب." % _s, [("phone", _s)])
_s = "rita dot haddad ninety two at hotmail dot com"
A("الإيميل %s." % _s, [("email", _s)])
_s = spell(AR_CARD_4, AR_LEV, 4, gsep="، ")
A("بدفع الباقي هلق، %s." % _s, [("card", _s)])
_s = grouped(AR_IBAN_LB, 4)
A("إذا في استرجاع، هيدا الآيبان %s، بنك بيبلوس." % _s, [("iban", _s)])
A("الأوتيل بعيد عن البحر ١٠ دقايق، والجولة على بحيرة أوزنجول يوم الخميس بـ ٣٥ دولار للشخص.")

# --- Call: flights from Ben Gurion, Nazareth travel agency (Arab citizen)
AR_TZ = tz("02345718")
A("أهلا، أنا سامي عودة من الناصرة، بدي أحجز لأنطاليا أنا ومرتي بشهر آب.", [("name", "سامي عودة")])
_s = spell(AR_TZ, AR_LEV, 3, gsep="، ")
A("رقم الهوية %s." % _s, [("id", _s)], "بدي رقم الهوية لأنه الطيران من مطار اللد.")
_s = "S A M I, O D E H"
A("بتنكتب على التذكرة %s، صح؟" % _s, [("name", _s)])
_s = "عشرين أيار تسعة وتمانين"
A("مواليد %s." % _s, [("date_of_birth", _s)], "وتاريخ الميلاد؟")
_s = "صفر خمسين، ستة ستة تلاتة، تنين واحد تسعة أربعة"
A("تلفوني %s." % _s, [("phone", _s)])
_s = "الناصرة، حي بئر الأمير، شارع ٦٠٧٢، بيت رقم ٩"
A("%s، قريب من مدرسة المطران." % _s, [("address", _s)], "وشو عنوانك عشان الفاتورة؟")
A("الطيارة بتطلع الساعة ٥:٥٥ الصبح، لازم تكونوا بالمطار ٣ ساعات قبل، والشنطة لحد ٢٠ كيلو.")
A("السعر ٢١٠٠ شيكل للشخص مع الفندق، خمس نجوم، كل شي مشمول، سبع ليالي.")

# --- Call: refund of a cancelled ticket, Kuwaiti caller ------------------
AR_IBAN_KW = iban("KW", "NBOK0000000000002047185396")
AR_CARD_8 = card("484783012265197")
A("معك أبو سعود، ألغيت رحلتي للقاهرة وأبي الفلوس ترجع.", [("name", "أبو سعود")])
A("التذكرة كانت بـ ١٨٥ دينار، وتم خصم ٤٠ دينار رسوم إلغاء، فالمبلغ المسترد ١٤٥ دينار.")
_s = grouped(AR_IBAN_KW, 4)
A("تفضل، الآيبان %s، بنك الكويت الوطني." % _s, [("iban", _s)])
_s = "قطعة ٤، شارع ١٢، منزل ٣٣، السالمية"
A("%s، وقريب من مجمع الفنار." % _s, [("address", _s)], "وعنوان السكن للمراسلات؟")
_s = "+965 9901 4427"
A("وإذا احتجتوني %s." % _s, [("phone", _s)])
_s = "4847 8301 2256... لا، غلطت، 2265 1978"
A("دفعت بهالبطاقة: %s." % _s, [("card", _s)], "عشان أتأكد، أي بطاقة دفعت فيها؟")
A("الاسترداد ياخذ من ٧ إلى ١٤ يوم عمل، ويوصلك إشعار برقم مرجع ٤٤٠١٨٢٣.")

# --- Call: Hajj package, Riyadh (Saudi caller) --------------------------
AR_SAUDI_3 = saudi("110482736")
AR_CARD_5 = card("455708912366284")
AR_IBAN_SA1 = iban("SA", "80000204608016072945")
A("مساك الله بالخير، معك هيفاء من حملة الهدى للحج والعمرة.", [("name", "هيفاء")])
A("باقة الحج الاقتصادية بـ ١٣٬٥٠٠ ريال، والمخيم في منى قريب من الجمرات، والسكن في العزيزية.")
_s = spell(AR_SAUDI_3, AR_D, [4, 3, 3], gsep="، ")
A("رقم الهوية %s." % _s, [("id", _s)], "عشان التسجيل في البوابة نحتاج رقم الهوية.")
_s = indic("٢ محرم ١٤٠٠")
A("ميلادي %s." % _s, [("date_of_birth", _s)], "وتاريخ الميلاد بالهجري؟")
_s = "٤٢١٧ شارع أنس بن مالك، حي الملقا، الرياض ١٣٥٢١"
A("العنوان الوطني: %s، الرقم الإضافي ٦٦٠٢." % _s, [("address", _s), ("address", indic("٦٦٠٢"))])
_s = ar_pairs(AR_CARD_5, sep="، ")
A("رقم البطاقة %s." % _s, [("card", _s)])
_s = grouped(AR_IBAN_SA1, 4)
A("ولو صار إلغاء يرجع المبلغ على حسابي %s." % _s, [("iban", _s)])
A("آخر موعد للتسجيل ٢٥ شوال، والتطعيمات لازم قبل السفر بعشرة أيام على الأقل.")

# --- Call: refund to a bank account (Saudi caller, Riyadh) ---------------
AR_SAUDI_4 = saudi("113370598")
AR_IBAN_SA2 = iban("SA", "45000000178905531206")
_s = indic(AR_SAUDI_4)
A("هويتي %s، والحجز باسمي." % _s, [("id", _s)], "ممكن رقم الهوية اللي انحجز فيها؟")
_s = "S A" + "، " + spell(AR_IBAN_SA2[2:], AR_D, 4, gsep="، ")
A("الآيبان %s." % _s, [("iban", _s)])
_s = "abu.saud.1400 آت جيميل دوت كوم"
A("والإيميل %s." % _s, [("email", _s)])
A("الرحلة من مطار الملك خالد كانت ١٤ فبراير، وتأخرت ٦ ساعات، والتعويض حسب اللائحة ٥٠٪ من قيمة التذكرة.")

# --- Call: excess baggage, Egyptian student in Germany ------------------
AR_CARD_6 = card("37429183056621")
AR_CARD_7 = card("520473110985462")
AR_IQAMA_3 = saudi("226604815")
A("أنا كريم سمير، طالب في ألمانيا، وعايز أضيف شنطة زيادة على رحلة برلين القاهرة.", [("name", "كريم سمير")])
A("الشنطة الإضافية ٢٣ كيلو بـ ٦٥ يورو أونلاين و٩٠ في المطار، والرحلة يوم ٢٨ ديسمبر الساعة ١٠:٢٠.")
_s = spell(AR_CARD_7, AR_EG, 4, gsep="، ")
A("الكارت %s." % _s, [("card", _s)], "تمام، هدفع دلوقتي، قولّي رقم الكارت.")
_s = "kareem.samir@tu-dresden.de"
A("ابعتوا الإيصال على %s لو سمحت." % _s, [("email", _s)])
_s = "+49 176 2244 8190"
A("رقمي الألماني %s، والمصري مش شغال هناك." % _s, [("phone", _s)])
A("ربنا كريم يا فندم، بس الشنطة فيها أكل لماما، مش أكتر من ٢٥ كيلو.")
_s = grouped(AR_CARD_6, [4, 6, 5])
A("أمريكان إكسبريس، %s." % _s, [("card", _s)], "وبطاقة الدفع؟")
_s = spell(AR_IQAMA_3, AR_D, 2, gsep=" ")
A("أنا سوري مقيم بالسعودية، ورقم إقامتي %s." % _s, [("id", _s)])

# --- Negatives from several calls ---------------------------------------
A("رحلة سعيدة، ونشوفك على خير إن شاء الله.")
A("عمره سنتين ونص، فلازم يكون له مقعد لحاله، والسعر ٧٥٪ من سعر البالغ.")
A("الفندق في شارع الأمير سلطان، بعد دوار الكرة الأرضية، والتشيك إن الساعة ٣ العصر.")
A("اتصلت يوم الأحد ٣ مارس الساعة ١١ ونص، وقالوا لي ٤٨ ساعة ويتم التحويل.")
A("رقم التذكرة الإلكترونية ٠٦٥٢٣٨٧١٤٠٩٥٦، مكتوب في الإيميل.")
A("الرحلة XY 527 متأخرة ساعتين، والبوابة تغيرت من ٢٢ إلى ٣٥.")
A("شركة سعيد للسفريات قالت لي إن الفيزا بتطلع خلال ٥ أيام عمل وسعرها ٣٠٠ ريال.")
A("يعني لو حجزت قبل ٦٠ يوم تاخذ خصم ١٥٪، وعرض الصيف لين ٣١ أغسطس.")
A("الباقة فيها ٤ ليالي في إسطنبول و٣ في بورصة، والطيران والمواصلات مشمولة.")
A("الوزن المسموح في الدرجة السياحية ٢ شنطة كل وحدة ٢٣ كيلو، والشنطة اليدوية ٧ كيلو.")


# ===========================================================================
# Hebrew (he): an Israeli airline's reservations, a travel agency's package
# to Rhodes, lost baggage at Ben Gurion, refunds after a cancellation,
# online check-in, special assistance, ...
# ===========================================================================


def H(text, spans=(), context=""):
    add("he", text, spans, context)


# --- Call: שחף תעופה, reservations, moving a flight (native caller) -----
HE_TZ_1 = tz("31046287")
HE_CARD_1 = card("458011239087226")
H("שחף תעופה שלום, מדברת שירן, איך אפשר לעזור?", [("name", "שירן")])
H("היי, אממ, מדבר עומרי בן דוד, אני רוצה להזיז טיסה לאתונה.", [("name", "עומרי בן דוד")])
H("בשמחה עומרי. מה מספר ההזמנה?", [("name", "עומרי")])
H("קוד הזמנה K, שבע, M, Q, שתיים, X.", [], "בשמחה עומרי. מה מספר ההזמנה?")
H("אתה כרגע על טיסה 471 ביום חמישי, 14 ביוני, בשעה 06:40, ויש מקום ביום ראשון ה-17 באותה שעה בתוספת 45 דולר.")
_s = spell(HE_TZ_1, HE_F, 3, gsep=", ")
H("כן, %s." % _s, [("id", _s)], "לצורך זיהוי, מה מספר תעודת הזהות?")
_s = grouped(HE_CARD_1, 4)
H("תחייבי את הויזה, %s, תוקף 11/27." % _s, [("card", _s)])
_s = "אפס חמש ארבע, שבע שבע אחת, עשרים ושתיים שלושים ושמונה"
H("הנייד שלי %s, אפשר גם בוואטסאפ." % _s, [("phone", _s)])
_s = "omri.bd@gmail.com"
H("ותשלחי את הכרטיס החדש ל-%s, עם נקודה בין עומרי לבי די." % _s, [("email", _s)])
H("החיוב יהיה ב-3 תשלומים של 15 דולר, והאישור יישלח אליך תוך 10 דקות.")

# --- Call: דרך הים תיירות, package to Rhodes (Russian-speaking caller) ---
HE_TZ_2 = tz("34711598")
HE_CARD_2 = card("532609415572038")
H("שלום, שמי ולדימיר קוזלוב, אפשר וובה, אני הזמנתי חבילה לרודוס לאוגוסט.",
  [("name", "ולדימיר קוזלוב"), ("name", "וובה")])
H("כן וובה, אני רואה, שבעה לילות במלון קולוסוס, הכל כלול, יוצאים ב-3 באוגוסט.", [("name", "וובה")])
_s = spell(HE_TZ_2, HE_M, 3, gsep=", ")
H("תעודת זהות שלי, אה, %s." % _s, [("id", _s)])
_s = "עשרים ושלושה לפברואר, שמונים ושבע"
H("%s. אני יותר צעיר מהאישה." % _s, [("date_of_birth", _s)], "ותאריך לידה שלך?")
_s = "אשדוד, רובע ג', רחוב שבי ציון 22, דירה 5"
H("%s, קומה שניה." % _s, [("address", _s)], "לאן לשלוח לך את המסמכים?")
H("המחיר 1,890 דולר לזוג, שילמתי 500 מקדמה ב-12 במרץ, נשאר 1,390.")
_s = he_pairs(HE_CARD_2, sep=", ")
H("מסטרקארד, %s." % _s, [("card", _s)], "איך תרצה לשלם את היתרה?")
_s = "אפס חמש שלוש, שניים שלושה ארבעה, חמישה שישה שבעה שמונה"
H("הטלפון שלי %s." % _s, [("phone", _s)])
H("vova.kozlov1987@mail.ru, זה המייל.", [("email", "vova.kozlov1987@mail.ru")])
H("ההעברה משדה התעופה לוקחת 40 דקות, האוטובוס יוצא ב-14:30, ואתם בחדר 318 בקומה השלישית.")

# --- Call: lost baggage at Ben Gurion (Ethiopian-Israeli caller) ---------
HE_TZ_3 = tz("03298712")
H("מחלקת כבודה, מדבר אליעד.", [("name", "אליעד")])
H("שלום, אני אדיסו ברהנו, חזרתי מאדיס אבבה בטיסה של הלילה והמזוודה לא הגיעה.",
  [("name", "אדיסו ברהנו")])
H("מספר תיק TLV, QS, שלוש תשע אפס חמש שבע.", [], "יש לך מספר תיק מהדלפק?")
H("המזוודה כחולה, 28 אינץ', עם סרט צהוב, היא נשלחה מחדש בטיסה 3321 ותגיע מחר בבוקר.")
_s = "רחוב הנשיא 8, דירה 4, קריית מלאכי"
H("תביאו אותה ל%s, אני בבית אחרי ארבע." % _s, [("address", _s)], "לאיזו כתובת לשלוח את המזוודה?")
_s = "052-6643190"
H("הטלפון %s." % _s, [("phone", _s)])
_s = HE_TZ_3[:8] + "-" + HE_TZ_3[8]
H("ת\"ז %s." % _s, [("id", _s)], "ומספר תעודת זהות בשביל הטופס?")
H("מגיע לך החזר של עד 100 דולר ליום על הוצאות, עד 3 ימים, תשמור קבלות.")
H("תודה אדיסו, יום טוב.", [("name", "אדיסו")])

# --- Call: refund after a cancelled Paris flight (French-speaking caller)
HE_IBAN_FR = iban("FR", "30004028370001234567889")
H("אלו? בונז'ור, אה, סליחה, שלום, אני סטפאני כהן, הטיסה שלי לפריז בוטלה.", [("name", "סטפאני כהן")])
H("נתנו לי voucher של 420 יורו ואני רוצה את הכסף, pas de voucher, הטיסה הייתה ב-2 במאי.")
_s = grouped(HE_IBAN_FR, 4)
H("החשבון שלי עוד בצרפת, %s, בנק BNP." % _s, [("iban", _s)])
H("אוקיי סטפאני, ההחזר יעבור תוך 21 ימי עסקים.", [("name", "סטפאני")])
_s = "stephanie point cohen arobase orange point fr"
H("המייל, אה, %s." % _s, [("email", _s)])
_s = "058-4471920"
H("הנייד הישראלי שלי %s, הצרפתי כבר לא פעיל." % _s, [("phone", _s)])
H("4 ביולי 1979.", [("date_of_birth", "4 ביולי 1979")], "ותאריך לידה, בבקשה?")

# --- Call: online check-in not working (English-speaking oleh) ----------
HE_IBAN_GB = iban("GB", "BARC20005143826077")
H("היי, שמי ג'ושוע פלדמן, ג'וש, הצ'ק אין באתר לא עובד לי.",
  [("name", "ג'ושוע פלדמן"), ("name", "ג'וש", 1)])
H("ההזמנה היא Q R 7 4 T N, טיסה 381 ללונדון ביום שלישי.")
_s = "josh.feld at yahoo dot com"
H("המייל %s, ג'יי או אס אייץ'." % _s, [("email", _s)])
_s = grouped(HE_IBAN_GB, 4)
H("את ההפרש תחזירו לחשבון הבריטי שלי, %s." % _s, [("iban", _s)])
H("הצ'ק אין נפתח 24 שעות לפני, נסגר 3 שעות לפני, והטיסה שלך ב-23:50.")

# --- Call: wheelchair for an elderly mother (native caller) ---------------
HE_TZ_4 = tz("00582346")
H("אני צריכה כיסא גלגלים לאמא שלי, היא טסה לניו יורק ב-2 בנובמבר, טיסה 001.")
H("15 ביולי 1938.", [("date_of_birth", "15 ביולי 1938")], "מה תאריך הלידה שלה?")
_s = he_pairs(HE_TZ_4, sep=", ")
H("תעודת זהות שלה %s." % _s, [("id", _s)])
H("מדברת רותי, הבת שלה.", [("name", "רותי")], "עם מי אני מדברת?")
_s = "03-5247718"
H("הטלפון בבית %s, היא לא עונה לנייד." % _s, [("phone", _s)])
H("יש לה מרכז חמצן, זה מכשיר של 4 קילו, וצריך אישור רופא 72 שעות לפני הטיסה.")


# --- Call: frequent-flyer club (Arab citizen speaking Hebrew, Taibe) ------
HE_TZ_5 = tz("02856174")
H("מועדון הנוסע המתמיד, מדברת סיוון, שלום.", [("name", "סיוון")])
H("שלום, מדבר אחמד מסארווה מטייבה, לא קיבלתי נקודות על הטיסה לאיסטנבול.", [("name", "אחמד מסארווה")])
H("אין בעיה אחמד, מה מספר החבר במועדון?", [("name", "אחמד")])
H("מספר חבר 7 7 0 4 1 2 8 9 3.", [], "מה מספר החבר במועדון?")
_s = grouped(HE_TZ_5, [3, 3, 3])
H("תעודת זהות %s." % _s, [("id", _s)], "לאימות, אני צריכה מספר תעודת זהות.")
_s = "12.3.84"
H("נולדתי ב-%s." % _s, [("date_of_birth", _s)], "ותאריך לידה?")
H("הטיסה הייתה ב-9 בינואר, טיסה 662, וב-16 חזרתי ב-665, מגיע לי 1,240 נקודות על שתיהן.")
_s = "אחמד נקודה מסארווה שטרודל וואלה נקודה קו נקודה איי אל"
H("המייל שלי %s." % _s, [("email", _s)])
_s = "טייבה, שכונה מזרחית, רחוב 12, בית 41"
H("הכתובת %s, ליד המסגד הגדול." % _s, [("address", _s)])
_s = "09-7661243"
H("טלפון בבית %s." % _s, [("phone", _s)])
H("הנקודות יופיעו בחשבון תוך 7 עד 10 ימי עסקים, ויש לך עכשיו 18,600 נקודות בסך הכל.")

# --- Call: Eilat package, hotel plus flight (young native caller) ---------
HE_TZ_6 = tz("31570826")
HE_CARD_5 = card("458003617725140")
HE_IBAN_IL1 = iban("IL", "0106180000052301947")
H("אהלן מדברת נויה אני רוצה לבטל את החבילה לאילת כי חברה שלי חולה", [("name", "נויה")])
H("חבילה לאילת, יוצאים ב-18 ביולי מנמל התעופה רמון, 3 לילות במלון דן אילת, 2,460 שקל לשתיים.")
H("דמי ביטול 250 שקל לאדם אם מבטלים עד 14 יום לפני, אחרי זה 50 אחוז.")
_s = HE_TZ_6
H("תז %s" % _s, [("id", _s)], "אני צריך את מספר תעודת הזהות של מי שהזמינה")
_s = grouped(HE_IBAN_IL1, 4)
H("תחזירו לחשבון %s זה לאומי" % _s, [("iban", _s)])
_s = "noya_b98@gmail.com"
H("מייל %s עם קו תחתון" % _s, [("email", _s)])
_s = grouped(HE_CARD_5, 4)
H("ושילמתי בכרטיס %s אם זה עוזר" % _s, [("card", _s)])
H("יאללה סבבה, תודה רבה, שיהיה יום טוב.")

# --- Call: ski trip to Bansko, group of friends (agency) -----------------
HE_TZ_7 = tz("20931147")
HE_CARD_6 = card("540127736018922")
HE_IBAN_IL2 = iban("IL", "0127750000003365180")
H("שלום, מדבר מתן מ'שלג ושמש', חוזר אלייך לגבי בנסקו.", [("name", "מתן")])
H("אז ככה, 6 לילות, 23 בינואר עד 29, סקי פס ל-5 ימים, 890 יורו לאדם, ואתם 8 חברים.")
H("השכרת ציוד עולה עוד 120 יורו, ושיעור פרטי 45 יורו לשעה.")
_s = spell(HE_TZ_7, HE_F)
H("טוב, אז תעודת זהות שלי %s." % _s, [("id", _s)])
_s = "שישה עשר באוקטובר תשעים ושתיים"
H("%s, בשביל הביטוח?" % _s, [("date_of_birth", _s)], "ואני צריך גם תאריך לידה בשביל הביטוח.")
_s = spell(HE_CARD_6, HE_F, 4, gsep=", ")
H("אני משלם על כולם, %s." % _s, [("card", _s)])
_s = "IL, " + he_pairs(HE_IBAN_IL2[2:], sep=", ")
H("אם מישהו מבטל, תחזירו לי ל-%s." % _s, [("iban", _s)])
H("החברים יעבירו לי בביט, זה 890 כפול 7, כלומר 6,230 יורו.")
_s = "050 שלוש אחת שמונה, שבע שבע שש ארבע"
H("תתקשר אליי ל-%s, לא למשרד." % _s, [("phone", _s)])

# --- Call: callback about a refund (agent reaches caller) -----------------
HE_IBAN_IL3 = iban("IL", "0200340000000418827")
H("אני מדברת עם אלון שפירא?", [("name", "אלון שפירא")])
H("כן, זה אני, לגבי הטיסה מברצלונה שבוטלה ב-5 בספטמבר?")
_s = "איי אל " + spell(HE_IBAN_IL3[2:], HE_F, [2, 4, 4, 4, 4, 3], gsep=", ")
H("אני רק מוודאת את החשבון: %s, נכון?" % _s, [("iban", _s)])
H("נכון. וכמה זה יוצא בסוף? שילמתי 3,118 שקל, עם 2 מזוודות ו-4 מושבים.")
_s = "אלון נקודה שפירא שטרודל הוטמייל נקודה קום"
H("הקבלה תישלח ל-%s." % _s, [("email", _s)])
_s = "שדרות ירושלים 118, דירה 9, יפו"
H("וגם בדואר ל%s, כן?" % _s, [("address", _s)])

# --- Call: religious caller, flight to New York for a wedding -----------
HE_TZ_8 = tz("30418855")
HE_CARD_3 = card("37551082446193")
H("שלום וברכה, שמי מנחם מנדל קפלן, אני צריך שלושה כרטיסים לניו יורק לחתונה של הנכד.",
  [("name", "מנחם מנדל קפלן")])
H("מזל טוב! החתונה ב-י\"ג בחשוון, אז טסים ב-10 בנובמבר וחוזרים אחרי שבוע.")
_s = "י\"ז בתשרי תשמ\"ה"
H("תאריך לידה %s, אני לא יודע בלועזי." % _s, [("date_of_birth", _s)])
_s = "שלוש אפס ארבע, אחת שמונה שמונה, חמש שש... לא סליחה, חמש חמש אפס"
H("תעודת זהות %s." % _s, [("id", _s)])
_s = "הרב קוק 14, דירה 3, בני ברק"
H("הכתובת %s." % _s, [("address", _s)])
_s = grouped(HE_CARD_3, [4, 6, 5])
H("אמריקן אקספרס, %s." % _s, [("card", _s)])
H("תודה הרב קפלן, נשלח לכם את הכרטיסים תוך שעה.", [("name", "קפלן")])
H("הארוחה הכשרה כבר מוזמנת, מהדרין, בשלושת הכרטיסים, מושבים 42 A, B, C.")

# --- Call: student in Berlin, refund of a changed flight ----------------
HE_IBAN_DE = iban("DE", "100100100842117730")
HE_CARD_4 = card("3607884152901")
H("פה מוטי, אני סטודנט בברלין, הקדימו לי את הטיסה מה-22 ל-20 בדצמבר ואני לא יכול.", [("name", "מוטי")])
_s = grouped(HE_IBAN_DE, 4)
H("אפשר להחזיר לחשבון הגרמני, %s?" % _s, [("iban", _s)])
_s = "+49 151 2388 4172"
H("המספר הגרמני שלי %s." % _s, [("phone", _s)])
_s = "28/02/1995"
H("%s, כמו בדרכון." % _s, [("date_of_birth", _s)], "תאריך לידה?")
_s = grouped(HE_CARD_4, [4, 6, 4])
H("דיינרס, %s." % _s, [("card", _s)], "באיזה כרטיס שילמת?")

# --- Call: honeymoon to Thailand, travel agency ---------------------------
HE_CARD_7 = card("491730020845516")
HE_IBAN_IL4 = iban("IL", "0116050000000221093")
HE_IBAN_IL5 = iban("IL", "0312040000000578634")
_s = "רחוב ז'בוטינסקי 7, קומה 3, פתח תקווה, מיקוד 4930007"
H("תשלחו את הכרטיסים המודפסים ל%s." % _s, [("address", _s)])
_s = grouped(HE_CARD_7[:8], 4) + ", אממ, " + grouped(HE_CARD_7[8:], 4)
H("הכרטיס %s." % _s, [("card", _s)])
_s = "tamar.levi.k@walla.co.il"
H("המייל שלי %s, ט' של תמר." % _s, [("email", _s)])
_s = grouped(HE_IBAN_IL4, 4)
H("אם יש החזר מהמלון, החשבון המשותף שלנו %s, דיסקונט." % _s, [("iban", _s)])
_s = spell(HE_IBAN_IL5[2:], HE_M, [2, 4, 4, 4, 4, 3], gsep=", ")
H("לא, רגע, תרשמי את החשבון שלי, IL %s." % _s, [("iban", "IL " + _s)])
_s = "מושב בית שערים, משק 27"
H("ההורים שלי גרים ב%s, תשלחו גם לשם עותק." % _s, [("address", _s)])
_s = "+972 52 790 1136"
H("והטלפון של בעלי %s." % _s, [("phone", _s)])

# --- Negatives from several calls ---------------------------------------
H("הטיסה לבנגקוק יוצאת ב-23:15 מבן גוריון, טרמינל 3, חניית ביניים בדובאי של שעתיים וחצי.")
H("14 לילות, 2 בפוקט ו-5 בקוסמוי, החבילה 18,900 שקל לזוג, מתוכם 4,000 שולמו ב-1 במרץ.")
H("הכלב שלי ג'ינג'י, הוא שוקל 9 קילו עם הכלוב, אפשר לקחת אותו לתא הנוסעים?")
H("לתא הנוסעים עד 8 קילו כולל הכלוב, מעל זה בבטן המטוס, 150 דולר לכל כיוון.")
H("המלון ברחוב בן יהודה, ממש מול החוף, צ'ק אין ב-15:00 וצ'ק אאוט ב-11:00.")
H("שילמתי ב-3 בפברואר 640 שקל על שינוי, ושוב ב-7 בפברואר 640, חייבו אותי פעמיים.")
H("מספר כרטיס טיסה 114-2609118735, ככה כתוב על הקבלה.")
H("שלום שלום, ביום ראשון ב-8 בבוקר הייתי בדלפק 12 ואמרו לי לחכות לשעה 10.")
H("טיסת שכר לבטומי, כל יום רביעי, 199 דולר הלוך חזור, מזוודה של 20 קילו כלולה.")
H("מושב 14 C ביציאת חירום עולה 35 דולר, ומושב רגיל 18.")
H("בחנוכה המחירים קופצים, הכי זול זה מה-28 בדצמבר, פחות 15 אחוז.")
H("החוזה עם הסוכנות התחיל ב-2019, ואנחנו עושים איתם את כל טיולי החברה, 60 עובדים כל שנה.")
H("הדלפק של הכבודה בקומה 0, ליד חגורה 7, פתוח 24 שעות.")
H("ההזמנה ל-2 מבוגרים וילד בן 6, חדר משפחה עם נוף לים, ארוחת בוקר כלולה.")
H("מספר אסמכתא 88213907, תשמרי אותו למקרה שתצטרכי.")
H("הגעתי ב-13:40 והמזוודה יצאה רק ב-16:10, חיכיתי שעתיים וחצי ליד מסוע 5.")

# --- Call: changing a Larnaca flight, paying the difference --------------
HE_CARD_8 = card("535521908364471")
_s = grouped(HE_CARD_8[:8], 4) + " " + spell(HE_CARD_8[8:], HE_F)
H("טוב, %s, זה המאסטרקארד של העבודה." % _s, [("card", _s)], "אפשר את מספר הכרטיס לתשלום ההפרש?")
_s = "אחד בינואר אלפיים ואחת"
H("נולדתי ב%s, קל לזכור." % _s, [("date_of_birth", _s)], "תאריך הלידה שלך, בבקשה?")
_s = "רחוב הרצל 45, דירה 12, רמת גן"
H("הכתובת למשלוח היא עדיין %s?" % _s, [("address", _s)])


# ===========================================================================
# Greek (el): an airline's reservations, lost baggage at Heraklion, a
# Cypriot refund, a Thessaloniki travel agency's coach-and-flight trips,
# online check-in, special assistance, a Greek-Australian caller, ...
# ===========================================================================

EL_HUNDREDS = "_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια εννιακόσια".split()


def el_num3(n):
    h, r = divmod(n, 100)
    if not h:
        return el_num(r)
    if not r:
        return EL_HUNDREDS[h]
    return ("εκατόν" if h == 1 else EL_HUNDREDS[h]) + " " + el_num(r)


def el_triples(d, sep=", "):
    """Digits read in threes as numbers ('διακόσια δέκα'), leading zeros as 'μηδέν'."""
    out = []
    for g in groups_of(digits_of(d), 3):
        words, i = [], 0
        while i < len(g) - 1 and g[i] == "0":
            words.append("μηδέν")
            i += 1
        rest = g[i:]
        words.append(el_num3(int(rest)) if len(rest) == 3 else el_num(int(rest)))
        out.append(" ".join(words))
    return sep.join(out)


assert el_triples("210") == "διακόσια δέκα" and el_triples("058") == "μηδέν πενήντα οχτώ"


def G(text, spans=(), context=""):
    add("el", text, spans, context)


# --- Call: Ίκαρος Αερογραμμές, reservations, changing a flight (Athens) ---
EL_CARD_1 = card("456812093374521")
G("Ίκαρος Αερογραμμές, καλησπέρα σας, ονομάζομαι Δέσποινα, πώς μπορώ να βοηθήσω;", [("name", "Δέσποινα")])
G("Καλησπέρα, λέγομαι Κατερίνα Νικολάου, θέλω να αλλάξω την πτήση μου για Βρυξέλλες.",
  [("name", "Κατερίνα Νικολάου")])
G("Βεβαίως, κυρία Νικολάου, τον κωδικό κράτησης;", [("name", "Νικολάου")])
G("Είναι T, τέσσερα, Z, K, εννιά, P.", [], "Βεβαίως, κυρία Νικολάου, τον κωδικό κράτησης;")
G("Είστε στην πτήση 1843 την Πέμπτη 12 Ιουνίου στις 07:15 από το Ελευθέριος Βενιζέλος, η επόμενη διαθέσιμη είναι το Σάββατο με διαφορά 38 ευρώ.")
_s = spell(EL_CARD_1, EL_D, 4)
G("Εντάξει, η κάρτα είναι %s." % _s, [("card", _s)])
_s = "έξι εννιά τέσσερα, πέντε ένα δύο, τριάντα τρία ογδόντα εφτά"
G("Το κινητό μου είναι %s." % _s, [("phone", _s)])
_s = "katerina.nik παπάκι gmail τελεία com"
G("Και το email, %s." % _s, [("email", _s)])
G("Θα σας έρθει email με τη νέα κάρτα επιβίβασης, η πύλη κλείνει 20 λεπτά πριν την αναχώρηση.")

# --- Call: lost baggage at Heraklion (older Cretan caller) ----------------
G("Τμήμα απολεσθεισών αποσκευών, Γιάννης, παρακαλώ.", [("name", "Γιάννης")])
G("Γεια σου παιδί μου, είμαι ο Μανόλης ο Σταυρακάκης, ήρθα από τη Στουτγάρδη χθες το βράδυ και η βαλίτσα δεν ήρθε.",
  [("name", "Μανόλης ο Σταυρακάκης")])
G("Ο αριθμός φακέλου είναι HER, IK, δεκαεφτά σαράντα οχτώ.", [], "Έχετε τον αριθμό φακέλου που σας έδωσαν;")
G("Η βαλίτσα είναι μαύρη, μεγάλη, με ένα κόκκινο κορδελάκι, ζυγίζει γύρω στα 23 κιλά και μέσα έχει τα φάρμακά μου.")
_s = "οδός Ικάρου 17, Ηράκλειο, 713 07"
G("Να τη φέρετε στο σπίτι, %s." % _s, [("address", _s)], "Σε ποια διεύθυνση να σας τη στείλουμε;")
_s = "2810 342 517"
G("Το σταθερό είναι %s, κινητό δεν έχω." % _s, [("phone", _s)])
G("Κύριε Μανόλη, η βαλίτσα έρχεται με την πτήση των 14:20 από το Μόναχο και θα σας τη φέρουμε μέχρι τις 8 το βράδυ.",
  [("name", "Μανόλη")])
G("Μέχρι τότε δικαιούστε 40 ευρώ την ημέρα για τα απαραίτητα, κρατήστε τις αποδείξεις.")
G("Το αεροδρόμιο Νίκος Καζαντζάκης είναι ανοιχτό όλο το 24ωρο, το γκισέ μας είναι στις αφίξεις δίπλα στην έξοδο 3.")

# --- Call: refund for a cancelled London flight (Cypriot caller) ----------
EL_IBAN_CY1 = iban("CY", "005004600000012007364518")
G("Καλημέρα, είμαι ο Χαράλαμπος Γεωργίου, Λάμπη με λαλούν, που τη Λάρνακα.",
  [("name", "Χαράλαμπος Γεωργίου"), ("name", "Λάμπη")])
G("Εκανσελλάραν την πτήση μας για Λονδίνο τζιαι μας εδώκαν κουπόνι 340 ευρώ, εν το θέλω το κουπόνι.")
_s = grouped(EL_IBAN_CY1, 4)
G("Θέλω τα λεφτά στον λογαριασμό μου, %s, Τράπεζα Κύπρου." % _s, [("iban", _s)])
_s = "ενενήντα εννιά, τριάντα ένα, σαράντα πέντε, εξήντα δύο"
G("Το κινητό μου %s." % _s, [("phone", _s)])
G("lambis.georgiou@cytanet.com.cy, όλα μικρά.", [("email", "lambis.georgiou@cytanet.com.cy")],
  "Και ένα email για την επιβεβαίωση;")
_s = "Οδός Ερμού 25, διαμέρισμα 4, Λάρνακα 6021"
G("%s, κοντά στον Άγιο Λάζαρο." % _s, [("address", _s)], "Η διεύθυνσή σας;")
_s = "δεκαπέντε Αυγούστου του εξήντα δύο"
G("Εγεννήθηκα %s, της Παναγίας." % _s, [("date_of_birth", _s)], "Ημερομηνία γέννησης;")
G("Εντάξει κύριε Γεωργίου, η επιστροφή θα γίνει μέσα σε 14 εργάσιμες.", [("name", "Γεωργίου")])

# --- Call: Ταξίδια Θερμαϊκός, trip to Prague, invoice with AFM -----------
EL_AFM_1 = afm("05821734")
EL_CARD_2 = card("516730442198063")
G("Ταξιδιωτικό γραφείο Θερμαϊκός, η Σούλα σας εξυπηρετεί.", [("name", "Σούλα")])
G("Γεια σας, με λένε Γιώργο Παπαδόπουλο, έχω κλείσει την εκδρομή για Πράγα τον Οκτώβριο, του Αγίου Δημητρίου.",
  [("name", "Γιώργο Παπαδόπουλο")])
G("Τετραήμερη εκδρομή, 24 με 27 Οκτωβρίου, 485 ευρώ το άτομο σε δίκλινο, με πρωινό.")
_s = " ".join(EL_AFM_1)
G("Θέλω τιμολόγιο, το ΑΦΜ μου είναι %s." % _s, [("id", _s)])
_s = "Εγνατίας 45, 3ος όροφος, 546 30 Θεσσαλονίκη"
G("Διεύθυνση για το τιμολόγιο: %s." % _s, [("address", _s)])
_s = el_pairs(EL_CARD_2, sep=", ")
G("Πληρώνω με κάρτα, %s." % _s, [("card", _s)])
_s = "2310 456 782"
G("Στο γραφείο με βρίσκετε στο %s." % _s, [("phone", _s)])
G("Η ΔΟΥ είναι η Δ' Θεσσαλονίκης, και η προκαταβολή των 150 ευρώ μπήκε στις 3 Σεπτεμβρίου.")

# --- Call: online check-in, passport not accepted (young caller) ----------
G("Γεια, είμαι η Ντίνα, Κωνσταντίνα Μαυρίδου, το check-in δεν μου δέχεται το διαβατήριο.",
  [("name", "Ντίνα"), ("name", "Κωνσταντίνα Μαυρίδου")])
G("Στο σύστημα σας έχουμε ως KONSTANTINA MAVRIDOU, σωστά;", [("name", "KONSTANTINA MAVRIDOU")])
G("Γεννήθηκα 03/07/1999.", [("date_of_birth", "03/07/1999")], "Και την ημερομηνία γέννησης, όπως είναι στο διαβατήριο;")
G("ntina_mav99@hotmail.com", [("email", "ntina_mav99@hotmail.com")], "Σε ποιο email να σας στείλω την κάρτα επιβίβασης;")
G("Πτήση 2206 για Μιλάνο, αναχώρηση 06:05, θέση 17F, και μία χειραποσκευή 8 κιλά.")
G("Το online check-in ανοίγει 48 ώρες πριν και κλείνει 1 ώρα πριν την πτήση.")

# --- Call: wheelchair for a grandmother flying to Melbourne ----------------
G("Θέλω να ζητήσω αναπηρικό αμαξίδιο για τη γιαγιά μου, πετάει για Μελβούρνη στις 5 Δεκεμβρίου μέσω Ντουμπάι.")
_s = "Είκοσι πέντε Μαρτίου του τριάντα εννιά"
G("%s. Ναι, είναι 86." % _s, [("date_of_birth", _s)], "Ημερομηνία γέννησης της επιβάτιδος;")
_s = "Πατησίων 112, Κυψέλη, δεύτερος όροφος"
G("Μένει στην %s, θα την πάρει ταξί από εκεί." % _s, [("address", _s)])
G("Η μετεπιβίβαση στο Ντουμπάι είναι 3 ώρες και 40 λεπτά, και θα τη συνοδεύει υπάλληλος μέχρι την πύλη.")
_s = "εξήντα εννιά, εβδομήντα δύο, δεκαοχτώ, τριάντα τέσσερα, πενήντα ένα"
G("Το δικό μου κινητό, %s, για οτιδήποτε." % _s, [("phone", _s)])

# --- Call: Greek-Australian caller (code-switching) ------------------------
EL_CARD_3 = card("453901278845102")
G("Hello, ναι, είμαι η Βούλα Καραγιάννη από τη Μελβούρνη, calling about my booking to Athens.",
  [("name", "Βούλα Καραγιάννη")])
_s = "+61 412 889 305"
G("Το τηλέφωνο εδώ στην Αυστραλία είναι %s." % _s, [("phone", _s)])
_s = grouped(EL_CARD_3, 4)
G("Η κάρτα μου είναι Visa, %s, expiry 09/28." % _s, [("card", _s)])
G("We land on the 2nd of July, 2 Ιουλίου, και μένουμε μέχρι τις 20 Αυγούστου, 7 εβδομάδες.")


EL_D_FORMAL = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()

# --- Call: Ίκαρος Plus frequent-flyer programme (Athens caller) ----------
EL_AFM_2 = afm("12739485")
G("Ίκαρος Plus, καλημέρα σας, τον αριθμό μέλους παρακαλώ;")
G("Καλημέρα, είναι 4 0 0 2 7 1 8 8 3, και είμαι ο Τάκης Σπανός.", [("name", "Τάκης Σπανός")])
G("Ευχαριστώ κύριε Σπανέ. Για επιβεβαίωση, την ημερομηνία γέννησης;", [("name", "Σπανέ")])
_s = "δεκαοχτώ του έξι του εβδομήντα εφτά"
G("%s." % _s.capitalize(), [("date_of_birth", _s.capitalize())],
  "Ευχαριστώ κύριε Σπανέ. Για επιβεβαίωση, την ημερομηνία γέννησης;")
G("Έχετε 27.400 μίλια, και τα 5.000 λήγουν στις 31 Δεκεμβρίου, εκτός αν πετάξετε μέχρι τότε.")
G("Η πτήση για Λάρνακα στις 9 Μαρτίου δεν πιστώθηκε, ήταν η 906, θέση 4C, business.")
_s = "takis.spanos παπάκι yahoo τελεία gr"
G("Αλλάξτε μου και το email, %s." % _s, [("email", _s)])
_s = "Λεωφόρος Κηφισίας 230, Χαλάνδρι, 152 31"
G("Η νέα διεύθυνση για την κάρτα μέλους είναι %s." % _s, [("address", _s)])
_s = spell(EL_AFM_2, EL_D, 3)
G("Για την απόδειξη της αναβάθμισης, ΑΦΜ %s." % _s, [("id", _s)])
G("Η αναβάθμιση σε business κοστίζει 12.000 μίλια και 45 ευρώ φόρους.")

# --- Call: Ορίζοντες, honeymoon in the Maldives (travel agency, Athens) --
EL_AFM_3 = afm("04491627")
EL_CARD_4 = card("535109327760418")
EL_IBAN_GR1 = iban("GR", "01101250000012530047821")
G("Ταξιδιωτικό γραφείο Ορίζοντες, είμαι η Ελπίδα, πώς μπορώ να σας βοηθήσω;", [("name", "Ελπίδα")])
G("Γεια σας, λέγομαι Στέλιος Μαργαρίτης, για το ταξίδι του μέλιτος στις Μαλδίβες.",
  [("name", "Στέλιος Μαργαρίτης")])
G("Εννιά νύχτες, 14 με 23 Σεπτεμβρίου, βίλα πάνω στο νερό, 6.850 ευρώ για δύο άτομα, με υδροπλάνο.")
G("Η προκαταβολή είναι 30 τοις εκατό, δηλαδή 2.055, και το υπόλοιπο μέχρι 45 ημέρες πριν.")
_s = grouped(EL_CARD_4, 4)
G("Την προκαταβολή με την κάρτα, %s." % _s, [("card", _s)])
_s = el_triples(EL_AFM_3)
G("Το ΑΦΜ μου είναι %s." % _s, [("id", _s)], "Για την απόδειξη χρειάζομαι ΑΦΜ.")
_s = grouped(EL_IBAN_GR1, 4)
G("Αν αλλάξει η τιμή, επιστροφή στο %s, Εθνική." % _s, [("iban", _s)])
_s = "γεννήθηκα στις 14/02/1991"
G("Εγώ %s, ναι, του Αγίου Βαλεντίνου, το ξέρω." % _s, [("date_of_birth", "14/02/1991")],
  "Χρειάζομαι και ημερομηνίες γέννησης για την ασφάλεια ταξιδιού.")
G("Η πτήση με ενδιάμεσο σταθμό στη Ντόχα, 2 ώρες και 15 λεπτά, αναχώρηση 23:40.")

# --- Call: pensioners' trip to Meteora and Ioannina (older caller) -------
EL_AFM_4 = afm("10388215")
G("Καλησπέρα σας, είμαι η Πόπη Αλεξανδροπούλου από το ΚΑΠΗ Βύρωνα, για την εκδρομή.",
  [("name", "Πόπη Αλεξανδροπούλου")])
G("Είμαστε 38 άτομα, τριήμερο, Μετέωρα και Γιάννενα, 11 με 13 Μαΐου, 165 ευρώ το άτομο.")
_s = "διακόσια δέκα, εξακόσια σαράντα τρία, ογδόντα οχτώ δεκαεννιά"
G("Το σταθερό μου είναι %s, κινητό δεν κρατάω." % _s, [("phone", _s)])
_s = "popi1956@otenet.gr"
G("Η εγγονή μου λέει να το στείλετε στο %s." % _s, [("email", _s)])
_s = spell(EL_AFM_4, EL_D_FORMAL, 3)
G("Για την απόδειξη, το ΑΦΜ του συλλόγου... όχι, το δικό μου, %s." % _s, [("id", _s)])
_s = "1η Ιανουαρίου 1950"
G("Εγώ; %s." % _s, [("date_of_birth", _s)], "Και τη δική σας ημερομηνία γέννησης για την ασφάλεια;")
G("Το λεωφορείο φεύγει 7:30 από την πλατεία Βύρωνα, και στάση για καφέ στα Καμένα Βούρλα.")

# --- Call: refund after a strike-day cancellation (agent's callback) ----
EL_AFM_5 = afm("06615302")
EL_IBAN_GR2 = iban("GR", "02601780000620200417392")
G("Καλησπέρα, μιλάω με τον κύριο Νίκο Αλεξίου;", [("name", "Νίκο Αλεξίου")])
G("Σας καλούμε για την πτήση της 28ης Φεβρουαρίου που ακυρώθηκε λόγω της απεργίας.")
_s = "Τζι Αρ " + spell(EL_IBAN_GR2[2:], EL_D, [2, 4, 4, 4, 4, 4, 3])
G("Θα το επιστρέψουμε στον λογαριασμό που δώσατε, %s, σωστά;" % _s, [("iban", _s)])
_s = "%s... όχι, συγγνώμη, %s" % (spell(EL_AFM_5[:6], EL_D, 3), spell(EL_AFM_5[:9], EL_D, 3))
G("Ναι. Και για το παραστατικό, ΑΦΜ %s." % _s, [("id", _s)])
_s = "alexiou κάτω παύλα nikos παπάκι hotmail τελεία com"
G("Στείλτε την επιβεβαίωση στο %s." % _s, [("email", _s)])
G("Το ποσό είναι 212,40 ευρώ, μαζί με τις δύο αποσκευές των 23 κιλών.")

# --- Call: Cypriot student in Manchester --------------------------------
EL_IBAN_GB = iban("GB", "LOYD30963815720044")
EL_IBAN_CY2 = iban("CY", "002001430000003570012946")
G("Γεια σας, εν ο Αντρέας Χατζηπαύλου, φοιτητής στο Μάντσεστερ, θέλω να αλλάξω την πτήση του Πάσχα.",
  [("name", "Αντρέας Χατζηπαύλου")])
_s = grouped(EL_IBAN_GB, 4)
G("Τη διαφορά να τη στείλετε στον αγγλικό λογαριασμό, %s." % _s, [("iban", _s)])
_s = "+44 7700 900 318"
G("Το αγγλικό μου κινητό %s." % _s, [("phone", _s)])
_s = "Μακαρίου 58, διαμέρισμα 302, 1065 Λευκωσία"
G("Η διεύθυνση των γονιών μου, %s, εκεί να στείλετε τα χαρτιά." % _s, [("address", _s)])
_s = "%s... %s" % (grouped(EL_IBAN_CY2[:12], 4), grouped(EL_IBAN_CY2[12:], 4))
G("Ή καλύτερα στον κυπριακό, %s." % _s, [("iban", _s)])
G("Πετώ από Μάντσεστερ για Λάρνακα, 11 Απριλίου, στις 21:50, και επιστροφή 24 Απριλίου.")
G("Θα πάμε και μέχρι την Αγία Νάπα με τους φίλους, 4 μέρες.")

# --- Call: Greek caller living in Germany ---------------------------------
EL_IBAN_DE = iban("DE", "600501010002458913")
EL_CARD_5 = card("402400718853296")
EL_AFM_6 = afm("13072846")
_s = grouped(EL_IBAN_DE, 4)
G("Μένω στη Στουτγάρδη, ο λογαριασμός μου είναι γερμανικός, %s." % _s, [("iban", _s)])
_s = "+49 160 5582 1347"
G("Το γερμανικό κινητό είναι %s." % _s, [("phone", _s)])
_s = "%s, εεε, %s" % (spell(EL_CARD_5[:8], EL_D, 4), spell(EL_CARD_5[8:], EL_D, 4))
G("Κάρτα, %s." % _s, [("card", _s)])
_s = EL_AFM_6
G("Έχω και ελληνικό ΑΦΜ, %s, αν χρειάζεται για την απόδειξη." % _s, [("id", _s)])
_s = "m.chatzi παπάκι outlook τελεία com"
G("Email %s, Χατζή με ένα ζήτα." % _s, [("email", _s)])

# --- Call: family trip to Corfu, payment and invoice --------------------
EL_AFM_7 = afm("02954718")
EL_CARD_6 = card("37661120884359")
EL_CARD_7 = card("220003158847261")
EL_CARD_8 = card("499902773410586")
EL_IBAN_GR3 = iban("GR", "01408200000082011594027")
EL_IBAN_GR4 = iban("GR", "01701270005127018843109")
_s = grouped(EL_CARD_6, [4, 6, 5])
G("Θα πληρώσω με American Express, %s." % _s, [("card", _s)])
_s = el_pairs(EL_CARD_7, sep=", ")
G("Η κάρτα της γυναίκας μου τότε, %s." % _s, [("card", _s)], "Η American Express δεν περνάει, έχετε άλλη κάρτα;")
_s = grouped(EL_CARD_8, 4, sep="-")
G("Εντάξει, δοκιμάστε αυτή, %s." % _s, [("card", _s)])
_s = el_pairs(EL_AFM_7, sep=", ")
G("ΑΦΜ %s." % _s, [("id", _s)], "Το ΑΦΜ για το τιμολόγιο;")
_s = grouped(EL_IBAN_GR3, 4)
G("Ο λογαριασμός μου, %s, στην Alpha." % _s, [("iban", _s)])
_s = "Τζι Αρ " + el_pairs(EL_IBAN_GR4[2:], sep=", ")
G("Όχι, στον κοινό λογαριασμό καλύτερα: %s." % _s, [("iban", _s)])
_s = "Αγίου Νικολάου 9, Πάτρα, 262 21"
G("Η διεύθυνση κατοικίας είναι %s." % _s, [("address", _s)])
_s = "τρεις Νοεμβρίου του πενήντα έξι"
G("Ο πατέρας μου γεννήθηκε %s, θα χρειαστεί και αυτός αμαξίδιο." % _s, [("date_of_birth", _s)],
  "Ημερομηνία γέννησης του συνοδού επιβάτη;")
G("Τέσσερα άτομα, Κέρκυρα, 1 με 8 Ιουλίου, από το Ιωάννης Καποδίστριας ενοικίαση αυτοκινήτου για 7 ημέρες, 310 ευρώ.")

# --- Negatives from several calls ----------------------------------------
G("Η πτήση 1127 από το Μακεδονία έχει καθυστέρηση 2 ωρών, νέα ώρα αναχώρησης 16:45, πύλη 12.")
G("Ο αριθμός εισιτηρίου είναι 390 2411876530, τον έχω στο email.")
G("Έχει δύο βαλίτσες των 23 κιλών και ένα καροτσάκι, το καροτσάκι δεν χρεώνεται.")
G("Το ξενοδοχείο είναι στον Άγιο Νικόλαο, 4 αστέρων, δωμάτιο 215 με θέα θάλασσα.")
G("Μου χρέωσαν 89 ευρώ στις 12 Ιανουαρίου και άλλα 89 στις 14, δύο φορές για την ίδια θέση.")
G("Ο σκύλος μου, ο Ρεξ, είναι 6 κιλά με το κλουβί, μπορεί στην καμπίνα;")
G("Μέχρι 8 κιλά μαζί με το κλουβί στην καμπίνα, 60 ευρώ ανά διαδρομή, και μέχρι 2 ζώα ανά πτήση.")
G("Το κουπόνι ισχύει 12 μήνες, μέχρι τις 30 Ιουνίου του επόμενου χρόνου, για οποιονδήποτε προορισμό.")
G("Στις 10 και μισή ήμουν στο γκισέ 14 και μου είπαν να περιμένω μέχρι τις 12.")
G("εεε το ξενοδοχείο ήταν κοντά στην Ερμού και στο Σύνταγμα, πολύ κεντρικό, 95 ευρώ τη βραδιά")
G("Του Αγίου Πνεύματος οι τιμές ανεβαίνουν, το φθηνότερο είναι στις 4 Ιουνίου με 129 ευρώ.")
G("Το συμβόλαιο με την εταιρεία ξεκίνησε το 2021 και ισχύει για 3 χρόνια.")
G("Κωδικός κράτησης ΧΡ 4ΚΛ9, και ο αριθμός του φακέλου 77215.")
G("Είμαστε 2 ενήλικες και ένα παιδάκι 5 χρονών, θέλουμε οικογενειακό δωμάτιο, 3 νύχτες.")

# --- Call: delayed bag after a flight to Rhodes ---------------------------
EL_AFM_8 = afm("11820463")
G("Γεια σας, ονομάζομαι Ευαγγελία Ρήγα, Λίτσα με φωνάζουν όλοι, η βαλίτσα μου δεν ήρθε στη Ρόδο.",
  [("name", "Ευαγγελία Ρήγα"), ("name", "Λίτσα")])
_s = "Παπαναστασίου 101, Ρόδος, 851 00"
G("Η διεύθυνση για να έρθει η βαλίτσα: %s, στο ισόγειο." % _s, [("address", _s)])
_s = "l i t s a, τελεία, r, παπάκι gmail τελεία com"
G("Το email είναι με λατινικά, %s." % _s, [("email", _s)])
_s = "12 Μαρτίου 1984"
G("Γεννήθηκα στις %s." % _s, [("date_of_birth", _s)], "Ημερομηνία γέννησης για το έντυπο;")
_s = el_triples(EL_AFM_8)
G("Επιβεβαιώνω το ΑΦΜ, %s, για την αποζημίωση." % _s, [("id", _s)])


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    outdir = os.path.join(root, "data", "redaction", "blind67")
    os.makedirs(outdir, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in ITEMS:
            continue
        rows = build(lang)
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(stats(lang, rows))


# self-tests of the helpers
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert iban_ok("GB82WEST12345698765432") and not iban_ok("GB82WEST12345698765433")
assert tz_ok("000000018") and not tz_ok("000000019")
assert afm_ok("090000045") and not afm_ok("090000046")
assert en_pairs("4267") == "forty-two sixty-seven" and en_pairs("05") == "oh five"
assert spell("1007", EN_D, zero="oh", double="double") == "one double oh seven"

if __name__ == "__main__":
    main()
