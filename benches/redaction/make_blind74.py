#!/usr/bin/env python3
"""Blind held-out evaluation set "blind74" for the call-transcript PII redactor.

Who wrote it and how: a helper session, working only from a written brief
(the product's specification of what counts as personal data, the output
format, and the theme of this round: moving house and renting -- letting
agents, landlords, removals and storage, change of address with utilities
and councils, deposits and repairs).  The helper never opened, listed or ran
the redactor, its rules, its tests, or any other evaluation set or generator.
All lines were written from general knowledge of how people talk on the
phone and of how a speech recogniser (Whisper-style) transcribes them.  All
values are invented; values with check digits (cards, IBANs, national IDs)
are computed below and asserted, and long non-personal numbers are asserted
to FAIL those checks.

Running it (Python 3, standard library only, deterministic) writes
    data/redaction/blind74/{en,ar,he,el}.jsonl
relative to the repository root, one JSON object per line:
    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # optional
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  computed here by searching for the span's substring, then asserted.
- context (optional, not scored) is an earlier line of the same call, e.g.
  the agent's question before the caller's answer.
- items with empty spans are non-personal and must come out unchanged.
"""

import json
import os
import re
import sys

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------- check digits

def digits_only(s):
    return re.sub(r"\D", "", s.translate(AR_TO_ASCII))


def luhn_ok(d):
    d = digits_only(d)
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
    """Append the Luhn check digit to a digit string."""
    p = digits_only(partial)
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError(partial)


def card(partial):
    v = luhn_complete(partial)
    assert 13 <= len(v) <= 19 and luhn_ok(v), v
    return v


def tz(partial8):
    """Israeli Teudat Zehut: 9 digits, Luhn-style check digit."""
    v = luhn_complete(partial8.zfill(8))
    assert len(v) == 9 and tz_ok(v)
    return v


def tz_ok(d):
    d = digits_only(d)
    return len(d) == 9 and luhn_ok(d)


def afm_check(p8):
    s = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(p8))
    return str(s % 11 % 10)


def afm(partial8):
    """Greek AFM: 9 digits, weights 2^8..2^1, mod 11 mod 10."""
    assert len(partial8) == 8
    v = partial8 + afm_check(partial8)
    assert afm_ok(v)
    return v


def afm_ok(d):
    d = digits_only(d)
    return len(d) == 9 and afm_check(d[:8]) == d[8]


def saudi(partial9):
    """Saudi national ID (starts 1) or Iqama (starts 2): 10 digits, Luhn."""
    assert len(partial9) == 9 and partial9[0] in "12"
    v = luhn_complete(partial9)
    assert saudi_ok(v)
    return v


def saudi_ok(d):
    d = digits_only(d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a < "900" and g != "00" and n != "0000"


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29,
            "JO": 30, "GB": 22, "IE": 22, "DE": 22, "LB": 28, "FR": 27,
            "NL": 18, "QA": 29, "KW": 30, "BH": 22}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"[\s\-]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    chk = 98 - _iban_num(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert len(v) == IBAN_LEN[cc], (v, len(v))
    assert iban_ok(v)
    return v


def grp(s, n=4, sep=" "):
    """Group a string in blocks of n (IBAN / card print style)."""
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def cut(s, sizes, sep=" "):
    """Cut a string into blocks of the given sizes (the rest goes last)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)

# ---------------------------------------------------------------- spoken digits

AR_DIGITS = "٠١٢٣٤٥٦٧٨٩"
AR_TO_ASCII = str.maketrans(AR_DIGITS, "0123456789")
TO_AR = str.maketrans("0123456789", AR_DIGITS)


def ar_digits(s):
    """Write ASCII digits as Arabic-Indic digits."""
    return s.translate(TO_AR)


EN_D = "zero one two three four five six seven eight nine".split()


def en_say(s, oh=False, double=False, gsep=", "):
    """'0771 234' -> 'zero seven seven one, two three four' (groups by spaces)."""
    groups = []
    for g in re.split(r"[\s\-]+", s.strip()):
        words, i = [], 0
        while i < len(g):
            c = g[i]
            w = "oh" if (c == "0" and oh) else EN_D[int(c)] if c.isdigit() else c
            if double and i + 1 < len(g) and g[i + 1] == c and c.isdigit():
                words.append("double " + w)
                i += 2
                continue
            words.append(w)
            i += 1
        groups.append(" ".join(words))
    return gsep.join(groups)


AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}


def ar_say(s, dialect="gulf", gsep="، "):
    groups = []
    for g in re.split(r"[\s\-]+", s.strip()):
        groups.append(" ".join(AR_D[dialect][int(c)] if c.isdigit() else c for c in g))
    return gsep.join(groups)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()


def he_say(s, masc=False, gsep=", "):
    words = HE_M if masc else HE_F
    groups = []
    for g in re.split(r"[\s\-]+", s.strip()):
        groups.append(" ".join(words[int(c)] if c.isdigit() else c for c in g))
    return gsep.join(groups)


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def el_say(s, gsep=", "):
    groups = []
    for g in re.split(r"[\s\-]+", s.strip()):
        groups.append(" ".join(EL_D[int(c)] if c.isdigit() else c for c in g))
    return gsep.join(groups)

# ---------------------------------------------------------------- items

LANGS = {}          # lang -> list of (text, spans, context)
COMPLETE = set()    # languages whose counts are asserted


def I(text, *spans, ctx=None):
    """One item: text, spans as (kind, substring[, occurrence]), context."""
    return (text, list(spans), ctx)


def add(lang, items):
    LANGS.setdefault(lang, []).extend(items)


NUM_RUN = re.compile(r"\d(?:[ .\-/]?\d)*")
IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,32}")


def check_nonpersonal_numbers(rest, where):
    """Long numbers outside personal spans must fail every check."""
    rest_a = rest.translate(AR_TO_ASCII)
    for m in NUM_RUN.finditer(rest_a):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("Luhn-valid non-personal number", d, where)
        if len(d) == 9:
            assert not tz_ok(d), ("TZ-valid non-personal number", d, where)
            assert not afm_ok(d), ("AFM-valid non-personal number", d, where)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("Saudi-ID-valid non-personal number", d, where)
        if re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", m.group()):
            assert not ssn_ok(m.group()), ("SSN-like non-personal number", m.group(), where)
    for m in IBAN_LIKE.finditer(rest_a):
        assert not iban_ok(m.group()), ("IBAN-valid non-personal", m.group(), where)


def check_span_value(kind, sub, where):
    """Where a checksummed value is written in digits, it must be valid."""
    d = digits_only(sub)
    words = re.search(r"[^\W\d_]{3,}", sub.translate(AR_TO_ASCII))
    if kind == "card" and not words:
        assert 13 <= len(d) <= 19 and luhn_ok(d), (sub, where)
    if kind == "iban" and re.fullmatch(r"[A-Za-z]{2}[0-9A-Za-z \-]+", sub):
        assert iban_ok(sub), (sub, where)
    if kind == "id" and not words:
        assert (tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(sub)), (sub, where)


def build(lang, items):
    out, seen = [], set()
    for n, (text, spans, ctx) in enumerate(items):
        where = "%s#%d: %s" % (lang, n, text[:60])
        assert text == text.strip() and text not in seen, where
        seen.add(text)
        b = text.encode("utf-8")
        res = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, (kind, where)
            assert sub and sub == sub.strip() and sub[-1] not in ",.;:?!،", (sub, where)
            sb = sub.encode("utf-8")
            pos, i = [], b.find(sb)
            while i >= 0:
                pos.append(i)
                i = b.find(sb, i + 1)
            assert pos, ("span not found", sub, where)
            if occ is None:
                assert len(pos) == 1, ("ambiguous span", sub, where)
                occ = 0
            start = pos[occ]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            check_span_value(kind, sub, where)
            res.append({"kind": kind, "start": start, "end": end})
        res.sort(key=lambda r: r["start"])
        for a, c in zip(res, res[1:]):
            assert a["end"] <= c["start"], ("overlapping spans", where)
        rest = bytearray(b)
        for r in res:
            rest[r["start"]:r["end"]] = b"#" * (r["end"] - r["start"])
        check_nonpersonal_numbers(rest.decode("utf-8"), where)
        obj = {"text": text, "spans": res}
        if ctx:
            obj["context"] = ctx
        out.append(obj)
    return out


def stats(lang, objs):
    kinds = {k: 0 for k in KINDS}
    for o in objs:
        for s in o["spans"]:
            kinds[s["kind"]] += 1
    empty = sum(1 for o in objs if not o["spans"])
    total = sum(kinds.values())
    return kinds, empty, total


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind74")
    os.makedirs(outdir, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in LANGS:
            continue
        objs = build(lang, LANGS[lang])
        kinds, empty, total = stats(lang, objs)
        print("%s: %d items, %d non-personal, %d spans: %s" % (
            lang, len(objs), empty, total,
            ", ".join("%s %d" % kv for kv in kinds.items())))
        if lang in COMPLETE:
            assert 110 <= len(objs) <= 130, len(objs)
            assert 35 <= empty <= 45, empty
            assert 75 <= total <= 85, total
            assert all(v >= 7 for v in kinds.values()), kinds
            assert 20 <= kinds["name"] <= 25, kinds["name"]
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for o in objs:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    return 0


# ================================================================ data
# (languages are appended below, one block at a time)


# ---------------------------------------------------------------- English
# Calls: UK letting agent (Brighton), Irish removals (Dublin -> Cork),
# Australian self storage (Parramatta), UK tenancy deposit scheme dispute.

EN_CARD_A = card("492918273640551")          # Visa 16
EN_CARD_B = card("455673019284466")          # Visa 16, spoken
EN_CARD_C = card("541275349821006")          # Mastercard 16
EN_IBAN_D = iban("DE", "500105175407324931")  # German account

add("en", [
    # -- letting agent, tenant referencing (UK)
    I("Good morning, Hartley and Finch Lettings, you're speaking with Priya, how can I help?",
      ("name", "Priya")),
    I("Hi, yeah, it's Tom Whitaker here, I put an offer in on the two-bed on Clarendon Road on Saturday.",
      ("name", "Tom Whitaker")),
    I("Lovely. So the landlord's accepted sixteen fifty a month, and the holding deposit is three "
      "hundred and eighty pounds, which is one week's rent."),
    I("Yeah, it's the fourteenth of February, nineteen ninety-one.",
      ("date_of_birth", "the fourteenth of February, nineteen ninety-one"),
      ctx="And can I take your date of birth for the referencing?"),
    I("it's tom dot whitaker91 at gmail dot com",
      ("email", "tom dot whitaker91 at gmail dot com"),
      ctx="What's the best email for the referencing form?"),
    I("Referencing normally takes three to five working days, and if it all goes through the "
      "tenancy would start on the 1st of March for an initial twelve months."),
    I("Flat 4, 27 Albion Terrace, Brighton, BN2 9EG.",
      ("address", "Flat 4, 27 Albion Terrace, Brighton, BN2 9EG"),
      ctx="And your current address, please?"),
    I("The holding deposit comes off your first month, so on move-in day you'd pay the balance of "
      "one thousand two hundred and seventy, plus the five weeks' deposit, which is one thousand "
      "nine hundred and three pounds eighty."),
    I("Check-in's at ten o'clock on the Friday, the clerk from Clearview Inventories will meet you "
      "at the property with both sets of keys."),
    I("Yeah, oh seven seven three four, five one two, double eight six.",
      ("phone", "oh seven seven three four, five one two, double eight six"),
      ctx="Sorry, can I grab a mobile number as well?"),
    I("Yeah go on, I'll do it now. It's %s, expiry oh nine twenty-seven." % cut(EN_CARD_A, [4, 4, 4]),
      ("card", cut(EN_CARD_A, [4, 4, 4])),
      ctx="I can take the holding deposit over the phone by card if that's easier."),

    # -- removals quote (Ireland)
    I("O'Driscoll Removals and Storage, good afternoon, how can I help you?"),
    I("hi yeah my name is declan murphy i'm moving from dublin down to cork at the end of the "
      "month and i'm looking for a quote",
      ("name", "declan murphy")),
    I("Collecting from 112 Griffith Avenue, Drumcondra, Dublin 9, and it's going to 5 Lower "
      "Glanmire Road, Cork.",
      ("address", "112 Griffith Avenue, Drumcondra, Dublin 9"),
      ("address", "5 Lower Glanmire Road, Cork"),
      ctx="Grand. And where are we collecting from, and where's it going?"),
    I("Right so for a three-bed semi you'd be looking at the Luton van and three lads for the day, "
      "so nine hundred and fifty euro plus VAT, and twelve euro for each wardrobe box."),
    I("We've the 28th free but not the 29th, and the crew would be with you for half seven in the morning."),
    I("It's 087 214 6639.",
      ("phone", "087 214 6639"),
      ctx="What's the best number to get you on?"),
    I("T23 K7W2, I think. Yeah, T23 K7W2.",
      ("address", "T23 K7W2", 0), ("address", "T23 K7W2", 1),
      ctx="And have you the eircode for the Cork house?"),
    I("To hold the date there's a two hundred euro booking deposit, and the balance is due "
      "forty-eight hours before the move."),
    I("Okay, it's %s." % en_say(cut(EN_CARD_B, [4, 4, 4])),
      ("card", en_say(cut(EN_CARD_B, [4, 4, 4]))),
      ctx="Go ahead with the long number on the card whenever you're ready."),
    I("If you need storage in between it's thirty-five euro a week per container, and the first "
      "two weeks are free with the move."),

    # -- self storage (Australia)
    I("Thanks for calling StoreRight Self Storage Parramatta, this is Kylie speaking.",
      ("name", "Kylie")),
    I("Yeah g'day, it's Bazza, uh, Barry Nguyen, I've got a unit with youse, C14.",
      ("name", "Bazza"), ("name", "Barry Nguyen")),
    I("Yep, C14 is the three by three at eighty-nine dollars a week, and you're paid up till the 12th."),
    I("I want to go up to the four by six, we're out of the rental on the 30th and everything's "
      "going in for about ten weeks till the new place settles."),
    I("The four by six is a hundred and forty-nine a week, first four weeks half price, and the "
      "trailer's free if you do the move on a weekday before two."),
    I("Update it, mate, it's a Mastercard, %s." % cut(EN_CARD_C, [4, 4, 4]),
      ("card", cut(EN_CARD_C, [4, 4, 4])),
      ctx="Do you want to keep the same card on file or update it?"),
    I("Nah, new one, it's barry.nguyen@outlook.com.au",
      ("email", "barry.nguyen@outlook.com.au"),
      ctx="And is your email still the Hotmail one?"),
    I("zero four one two, three eight five, six two seven",
      ("phone", "zero four one two, three eight five, six two seven"),
      ctx="And a contact number in case the alarm on the unit goes off?"),
    I("Access hours are six a.m. till ten p.m., seven days, and we're closed Christmas Day and Good Friday."),

    # -- tenancy deposit scheme dispute (UK, Nigerian caller)
    I("You're through to the Deposit Protection helpline, can I start with your name please?"),
    I("Good afternoon, my name is Oluwaseun Adebayo, but everybody calls me Seun. My landlord has "
      "refused to return my deposit since I moved out in August.",
      ("name", "Oluwaseun Adebayo"), ("name", "Seun")),
    I("Okay, Mr Adebayo, have you got the deposit ID? It's on your certificate, starts with a D.",
      ("name", "Adebayo")),
    I("Yes, it is D 0 0 4 7 7 1 9 3 2 6, and the deposit was one thousand four hundred pounds."),
    I("The landlord's proposed deductions are two hundred and ten for cleaning and ninety-five for "
      "a burnt worktop, so three hundred and five is in dispute."),
    I("Once both sides have uploaded evidence the adjudicator normally decides within twenty-eight "
      "days, and the undisputed part, one thousand and ninety-five, can be paid out now."),
    I("I've moved to Hamburg for work so it's a German account. The IBAN is %s." % grp(EN_IBAN_D),
      ("iban", grp(EN_IBAN_D)),
      ctx="Where would you like the undisputed amount paid?"),
    I("Third of the ninth, eighty-seven.",
      ("date_of_birth", "Third of the ninth, eighty-seven"),
      ctx="And just for security, can you confirm your date of birth?"),
    I("My UK number is still active, it's 07956 331208.",
      ("phone", "07956 331208")),
    I("Please send it to seun underscore adebayo at yahoo dot co dot uk.",
      ("email", "seun underscore adebayo at yahoo dot co dot uk"),
      ctx="We'll send the adjudication report by email."),
])


# English, part 2. Calls: US apartment leasing office, Leeds council tax
# change of address (Indian caller), Manchester repair line (Nigerian caller),
# Welsh water company moving home, Texas interstate movers.

SSN_E = "412-58-7730"
assert ssn_ok(SSN_E)
EN_CARD_E = card("37144963539842")           # Amex 15
EN_CARD_I = card("601152870394418")          # Discover 16

add("en", [
    # -- US apartment leasing office
    I("Thank you for calling Lakeshore Pointe Apartments, how may I help you?"),
    I("Hi, yes, this is Marcus Jefferson, I applied online for the one-bedroom, unit 3B, and it "
      "says my application is incomplete?",
      ("name", "Marcus Jefferson")),
    I("Sure, it's four twelve, fifty-eight, seventy-seven thirty.",      # = SSN_E
      ("id", "four twelve, fifty-eight, seventy-seven thirty"),
      ctx="It just needs your Social Security number for the background check."),
    I("The application fee is fifty-five dollars, non-refundable, and there's a two-fifty admin "
      "fee once you're approved."),
    I("Rent on 3B is thirteen forty-five, the lease is thirteen months, and you get six weeks free "
      "if you move in before the 15th."),
    I("Okay, it's an Amex, %s." % en_say(cut(EN_CARD_E, [4, 6]), oh=True),
      ("card", en_say(cut(EN_CARD_E, [4, 6]), oh=True)),
      ctx="You can pay the application fee by card over the phone."),
    I("it's m-j-e-f-f-e-r-s-o-n 88 at yahoo dot com",
      ("email", "m-j-e-f-f-e-r-s-o-n 88 at yahoo dot com"),
      ctx="What email did you use on the application?"),
    I("Oh-four, twenty-two, ninety-five.",
      ("date_of_birth", "Oh-four, twenty-two, ninety-five"),
      ctx="And your date of birth as it appears on your ID?"),
    I("Covered parking is seventy-five a month, and for pets it's a three hundred dollar deposit "
      "plus thirty-five a month, two pets max, under fifty pounds each."),

    # -- council tax change of address (Leeds, Indian caller)
    I("Leeds City Council, council tax team, good morning."),
    I("Good morning madam, myself Venkatesh Subramanian, I am calling to inform change of address "
      "for council tax.",
      ("name", "Venkatesh Subramanian")),
    I("Yes, account number is 6 0 0 2 4 1 8 8 3 5, and we moved on the 3rd of November."),
    I("New address is 18 Harehills Lane, flat 3, Leeds, L S 8, 5 H J.",
      ("address", "18 Harehills Lane, flat 3, Leeds, L S 8, 5 H J"),
      ctx="Thank you. And what's the new address?"),
    I("So you'll get a final bill for the old property up to the 2nd of November, and the new one "
      "is Band B from the 3rd, about one hundred and sixty-two pounds a month over ten instalments."),
    I("single person discount is twenty five percent but only if you are the only adult over "
      "eighteen living there"),
    I("Yes madam, mobile number is zero seven double four eight, one nine three, zero five seven.",
      ("phone", "zero seven double four eight, one nine three, zero five seven")),
    I("Email is venkat dot s1984 at rediffmail dot com.",
      ("email", "venkat dot s1984 at rediffmail dot com")),

    # -- repair line, property management (Manchester, Nigerian caller)
    I("Hello, Crestwood Property Management, maintenance line, good morning."),
    I("Good morning, my name is Chiamaka Okonkwo-Eze, I'm a tenant in one of your properties and "
      "my boiler has not been working since Sunday.",
      ("name", "Chiamaka Okonkwo-Eze")),
    I("It's 9 Moss Lane East, Moss Side, M14 4PX. Second floor flat.",
      ("address", "9 Moss Lane East, Moss Side, M14 4PX"), ("address", "Second floor flat"),
      ctx="What's the address of the property?"),
    I("Okay, I've raised that as a priority job, the reference is MNT-40918, and the engineer from "
      "Northern Heat will come Thursday between eight and one."),
    I("If the engineer finds it's tenant damage there's a sixty-five pound call-out charge, "
      "otherwise it's covered by the landlord."),
    I("It's 07403 662190.",
      ("phone", "07403 662190"),
      ctx="And the best number for the engineer to call before he comes?"),
    I("There's also black mould in the bathroom since January, it has come back three times even "
      "after they painted it in October."),

    # -- water company, moving home (Wales)
    I("Thanks for calling Severn Valley Water, my name is Rhys, are you calling about moving home?",
      ("name", "Rhys")),
    I("Yes, hi, it's Bernie O'Sullivan, well, Bernadette on the account, I'm moving out on Friday.",
      ("name", "Bernie O'Sullivan"), ("name", "Bernadette")),
    I("The meter reading on the day was 0 4 7 3 2, and the serial on the meter is 14M 228 061."),
    I("Your final bill will be worked out to the 21st and any credit over five pounds is refunded "
      "within fourteen days."),
    I("um the new address is 22 Cwrt y Coed, Pontprennau, Cardiff, CF23 8RS",
      ("address", "22 Cwrt y Coed, Pontprennau, Cardiff, CF23 8RS"),
      ctx="Where should we send the final bill?"),
    I("twenty-ninth of July, nineteen fifty-eight",
      ("date_of_birth", "twenty-ninth of July, nineteen fifty-eight"),
      ctx="Can you confirm your date of birth for me?"),
    I("Cardiff isn't our area, so for the new house you'll need to ring Dŵr Cymru, they'll open an "
      "account from the day you get the keys."),

    # -- interstate movers (Texas)
    I("Good afternoon, Lone Star Movers, Austin office, how can I help you today?"),
    I("yeah hi this is Jessica, Jess Alvarez, we're moving from Austin to Denver in June and I "
      "wanted to get an estimate",
      ("name", "Jessica"), ("name", "Jess Alvarez")),
    I("For a two-bedroom, about seven thousand pounds going one thousand and twenty miles, you're "
      "looking at around four thousand eight hundred, give or take ten percent."),
    I("it's jess underscore alvarez at icloud dot com",
      ("email", "jess underscore alvarez at icloud dot com"),
      ctx="Alright, I'll email over the binding estimate. What's the email?"),
    I("Our USDOT number is 3184407, and basic valuation is sixty cents per pound per article "
      "unless you buy full value protection."),
    I("My cell is five one two, five five five, oh one eight three.",
      ("phone", "five one two, five five five, oh one eight three")),
    I("Delivery spread is usually seven to twenty-one days for that distance, and the crew has to "
      "be out of the building by 5 p.m. on the 14th."),
    I("Sure, it's a Discover, %s." % cut(EN_CARD_I, [4, 4, 4], "-"),
      ("card", cut(EN_CARD_I, [4, 4, 4], "-")),
      ctx="To lock in the June 12th pickup we take a one hundred and fifty dollar deposit."),
])


# English, part 3. Calls: international removals UK -> Riyadh, Dublin student
# lets deposit, US after-hours lockout, US lease guarantor service, Israel ->
# London relocation, Ohio power company moving service, Athens flat rental,
# London letting agent deposit refund, storage refund for a Cypriot student,
# Houston apartment locator, London man-and-van.

IQ_J = saudi("243109881")                      # Iqama
EN_IBAN_J = iban("AE", "0260001015338947201")
EN_CARD_J = card("535522089147302")
EN_IBAN_K = iban("IE", "AIBK93115240718836")
EN_CARD_L = card("471609342281774")
SSN_M = "509-44-2187"
TZ_N = tz("31572948")
EN_IBAN_N = iban("IL", "0106800000099938471")
SSN_O = "327-61-0954"
AFM_P = afm("14729305")
EN_IBAN_P = iban("GR", "01101250000000982374610")
EN_IBAN_R = iban("GB", "MIDL40051271936024")
EN_IBAN_T = iban("CY", "002001950000357018836420")
SSN_S = "461-07-3392"
EN_CARD_Q = card("675941802236719045")         # Maestro 19
for _s in (SSN_M, SSN_O, SSN_S):
    assert ssn_ok(_s)

_K = "I E %s, A I B K, %s" % (en_say(EN_IBAN_K[2:4]), en_say(cut(EN_IBAN_K[8:], [6])))
_L = "%s, yep, %s" % (en_say(cut(EN_CARD_L[:8], [4])), en_say(cut(EN_CARD_L[8:], [4])))
_O = en_say(cut(SSN_O.replace("-", ""), [3, 2]), oh=True)

add("en", [
    # -- international removals, UK -> Riyadh
    I("Hello, good morning, my name is Imran Qureshi, our container is going to Riyadh next month "
      "and your team asked for my iqama number for the customs.",
      ("name", "Imran Qureshi")),
    I("Yes, it's %s." % en_say(cut(IQ_J, [4, 3])),
      ("id", en_say(cut(IQ_J, [4, 3]))),
      ctx="Yes, the clearing agent in Dammam needs the iqama number on the packing list."),
    I("The twenty-foot container sails from Felixstowe on the 9th, transit is about twenty-six "
      "days to Dammam, then three to five days by road to Riyadh."),
    I("My Saudi number is plus nine six six, five five, three two one, four four seven six.",
      ("phone", "plus nine six six, five five, three two one, four four seven six")),
    I("Any refund on the storage can go to my Emirates NBD account, %s." % grp(EN_IBAN_J),
      ("iban", grp(EN_IBAN_J))),
    I("Put it on this one, %s." % cut(EN_CARD_J, [4, 4, 4]),
      ("card", cut(EN_CARD_J, [4, 4, 4])),
      ctx="So the balance is two thousand three hundred and forty pounds, how would you like to pay?"),

    # -- student lets deposit (Dublin)
    I("Everyone's share was four hundred and twenty, and the landlord is holding back a hundred and "
      "sixty in total for the broken shower door, so that's thirty-two each."),
    I("Yeah, it's %s." % _K, ("iban", _K),
      ctx="Can you give me the IBAN for your share of the refund?"),
    I("Grand, and my number's oh eight six, two two nine, four seven one three.",
      ("phone", "oh eight six, two two nine, four seven one three")),

    # -- after-hours lockout (US)
    I("hi um yes my name's Linh Tran I'm locked out of my unit at Cypress Creek building four",
      ("name", "Linh Tran")),
    I("Yes, it's November 2nd, 1990.",
      ("date_of_birth", "November 2nd, 1990"),
      ctx="Okay, for security can you verify your date of birth?"),
    I("The lockout fee is seventy-five dollars after hours, it'll go on your ledger, and the "
      "locksmith should be there in about forty-five minutes."),
    I("yeah it's a visa %s" % _L, ("card", _L),
      ctx="Would you like to pay the lockout fee now by card?"),

    # -- lease guarantor service (New York)
    I("I do have one now, it's %s." % SSN_M, ("id", SSN_M),
      ctx="Do you have a Social Security number? A lot of international students don't."),
    I("Seventeenth of August two thousand and one.",
      ("date_of_birth", "Seventeenth of August two thousand and one"),
      ctx="And your date of birth?"),
    I("It's ananya dot k at nyu dot edu.",
      ("email", "ananya dot k at nyu dot edu"),
      ctx="And the email for the guarantee certificate?"),
    I("Right now I'm at 41-17 Queens Boulevard, apartment 6C, Sunnyside, New York 11104.",
      ("address", "41-17 Queens Boulevard, apartment 6C, Sunnyside, New York 11104"),
      ctx="What's your current mailing address?"),

    # -- relocation Israel -> London
    I("Hi, this is Dudi, David Mizrahi, we spoke last week about the move from Ra'anana to London.",
      ("name", "Dudi"), ("name", "David Mizrahi")),
    I("Sure, my teudat zehut is %s." % TZ_N, ("id", TZ_N),
      ctx="For the Israeli customs forms I need your ID number, the teudat zehut."),
    I("Packing is on the 3rd and 4th of July, loading on the 5th, and the forty-foot container "
      "should land in Southampton around the 2nd of August."),
    I("For the refund of the insurance excess use my Leumi account, the IBAN is %s." % grp(EN_IBAN_N),
      ("iban", grp(EN_IBAN_N))),
    I("Send the inventory to dudi dot mizrahi at walla dot co dot il.",
      ("email", "dudi dot mizrahi at walla dot co dot il")),
    I("My Israeli mobile is 054-7731986 until the end of June.",
      ("phone", "054-7731986")),

    # -- power company, moving service (Ohio)
    I("Hi, this is Tamika Washington, I'm moving across town and I need to transfer my service.",
      ("name", "Tamika Washington")),
    I("The new place is 2210 Elmwood Drive, unit B, Columbus, Ohio 43219.",
      ("address", "2210 Elmwood Drive, unit B, Columbus, Ohio 43219"),
      ctx="What's the service address for the new home?"),
    I("It's %s." % _O, ("id", _O),
      ctx="Since it's a new address I'll need your Social Security number to run the credit check."),
    I("March third, nineteen eighty-two.",
      ("date_of_birth", "March third, nineteen eighty-two"),
      ctx="And your date of birth?"),
    I("Service stops at the old address on the 30th at 8 a.m. and starts at the new one the same "
      "day, and your account number ending 4471 stays the same."),

    # -- flat rental in Athens (English-speaking agent)
    I("Yes, I got my AFM last week, it's %s." % cut(AFM_P, [3, 3]),
      ("id", cut(AFM_P, [3, 3])),
      ctx="For the lease on the Koukaki flat we need your Greek tax number, the AFM."),
    I("For the deposit refund at the end, my Greek account is %s." % grp(EN_IBAN_P),
      ("iban", grp(EN_IBAN_P))),
    I("My email is hannah dot becker at posteo dot de.",
      ("email", "hannah dot becker at posteo dot de")),
    I("Two months' deposit, that's one thousand nine hundred, plus one month's rent as the agency "
      "fee, and the contract is for three years under Greek law."),

    # -- letting agent deposit refund (London)
    I("yes the iban is %s" % grp(EN_IBAN_R), ("iban", grp(EN_IBAN_R)),
      ctx="Your landlord has agreed the full deposit back, can you confirm the account for the transfer?"),

    # -- storage refund (Cypriot student)
    I("It's a Bank of Cyprus account, %s." % grp(EN_IBAN_T), ("iban", grp(EN_IBAN_T)),
      ctx="Where should we refund the unused storage weeks?"),
    I("You prepaid sixteen weeks at twenty-four pounds and used eleven, so that's five weeks, a "
      "hundred and twenty pounds back."),

    # -- apartment locator (Houston)
    I("Hey, it's Rosa Delgado-Martínez, calling back about the pre-qualification.",
      ("name", "Rosa Delgado-Martínez")),
    I("Okay, %s." % cut(SSN_S.replace("-", ""), [3, 2]),
      ("id", cut(SSN_S.replace("-", ""), [3, 2])),
      ctx="For the pre-qualification I'll need your Social, the landlords all run credit."),
    I("It's 6/14/79.", ("date_of_birth", "6/14/79"), ctx="And date of birth?"),
    I("Your budget's fourteen hundred, so I'm sending you five listings in Montrose and the "
      "Heights, and the one on Westheimer has a two-month special."),

    # -- man and van (London)
    I("it's a Maestro it's a long one %s" % cut(EN_CARD_Q, [4, 4, 4, 4]),
      ("card", cut(EN_CARD_Q, [4, 4, 4, 4])),
      ctx="Two men and a Luton from Leyton to Walthamstow, I'll need the card for the fifty-pound deposit."),
])
COMPLETE.add("en")


# ---------------------------------------------------------------- Arabic
# Part 1. Calls: Riyadh real-estate office and an Ejar lease (Gulf), Dubai
# move-in for electricity and water (Levantine expat), Cairo furniture movers
# (Egyptian), Amman property management repair and deposit (Levantine).

AR_ID_A = saudi("108452736")
AR_IBAN_B = iban("AE", "0350000012749036615")
AR_CARD_B = card("458291003621774")
AR_IBAN_D = iban("JO", "ARAB1120000000112584730019")

add("ar", [
    # -- Riyadh real-estate office (Gulf)
    I("مكتب دار الياسمين للعقار، معك سلطان، تفضل", ("name", "سلطان")),
    I("هلا والله، معك عبدالله القحطاني، شفت إعلانكم في تطبيق عقار عن الشقة اللي في حي النرجس",
      ("name", "عبدالله القحطاني")),
    I("الشقة ثلاث غرف وصالة ومطبخ راكب، الإيجار خمسة وأربعين ألف سنوي على دفعتين، والعمولة "
      "اثنين ونص بالمية من قيمة العقد"),
    I("أبشر يا أبو فيصل، عشان نوثق العقد في منصة إيجار أحتاج رقم الهوية وتاريخ الميلاد",
      ("name", "أبو فيصل")),
    I("رقم الهوية %s" % ar_say(cut(AR_ID_A, [1, 3, 3]), "gulf"),
      ("id", ar_say(cut(AR_ID_A, [1, 3, 3]), "gulf")),
      ctx="عطني رقم الهوية لو سمحت"),
    I("مواليد خمسطعش رجب ألف وأربعمية وخمسة هجري",
      ("date_of_birth", "خمسطعش رجب ألف وأربعمية وخمسة هجري"),
      ctx="وتاريخ الميلاد بالهجري؟"),
    I("رسوم منصة إيجار مية وخمسة وعشرين ريال، والعقد يبدأ من أول محرم إن شاء الله، والدفعة "
      "الأولى قبل الاستلام بأسبوع"),
    I("جوالي %s" % ar_digits("0503774128"), ("phone", ar_digits("0503774128")),
      ctx="وش رقم جوالك عشان يوصلك رابط التوثيق؟"),
    I("العنوان الوطني حقي %s" % ar_digits("7421 شارع الأمير سعود بن محمد، حي الملقا، الرياض 13524، الرقم الإضافي 3360"),
      ("address", ar_digits("7421 شارع الأمير سعود بن محمد، حي الملقا، الرياض 13524، الرقم الإضافي 3360")),
      ctx="ونحتاج عنوانك الوطني الحالي"),
    I("يعني الحين لو حولت العربون ألفين ريال تنحجز لي الشقة لين آخر الشهر؟"),
    I("إيه، العربون ينخصم من الدفعة الأولى، والشقة فيها أربعة مكيفات سبليت وعداد كهرباء مستقل"),
    I("الإيميل a.alqahtani88@gmail.com", ("email", "a.alqahtani88@gmail.com"),
      ctx="وإيميلك عشان أرسل لك نسخة العقد؟"),

    # -- Dubai move-in, electricity and water (Levantine expat)
    I("شكراً لاتصالك بهيئة كهرباء ومياه دبي، كيف أقدر أساعدك؟"),
    I("مرحبا، أنا رامي، رامي حداد، استأجرت شقة جديدة بالبرشاء وبدي فعّل الكهربا والمي",
      ("name", "رامي", 0), ("name", "رامي حداد")),
    I("تمام، التأمين للشقق ألفين درهم، ورسوم التفعيل مية وعشرة، والتفعيل يصير خلال أربعة وعشرين "
      "ساعة بعد الدفع"),
    I("رقم العقار على العقد %s ورقم إيجاري %s" % (ar_digits("682045197"), ar_digits("0123775840220251"))),
    I("الإيميل rami.haddad91@outlook.com", ("email", "rami.haddad91@outlook.com")),
    I("موبايلي صفر خمسة ستة، تلاتة تنين سبعة، ٤٤١٩",
      ("phone", "صفر خمسة ستة، تلاتة تنين سبعة، ٤٤١٩")),
    I("إيه أكيد، الآيبان %s" % grp(AR_IBAN_B), ("iban", grp(AR_IBAN_B)),
      ctx="لما تطلع من الشقة التأمين برجع على الآيبان، إذا بدك تسجله من هلق"),
    I("رح ادفع بالبطاقة، %s" % cut(AR_CARD_B, [4, 4, 4]), ("card", cut(AR_CARD_B, [4, 4, 4])),
      ctx="تقدر تدفع التأمين والرسوم أونلاين أو هلق على التلفون بالبطاقة"),
    I("الفاتورة الأولى توصل بعد ثلاثين يوم تقريباً، وفي رسوم سكن خمسة بالمية من قيمة الإيجار "
      "السنوي تنقسم على الفواتير الشهرية"),
    I("مواليد %s" % ar_digits("22/07/1991"), ("date_of_birth", ar_digits("22/07/1991")),
      ctx="بس للتحقق، تاريخ ميلادك؟"),

    # -- Cairo furniture movers (Egyptian)
    I("شركة النسر لنقل العفش، معاك كريم، أؤمر يا فندم", ("name", "كريم")),
    I("أهلاً، أنا محمد عبد الحميد، بس الناس كلها بتقولي حمادة، عايز أنقل عفش شقة من المعادي "
      "للتجمع الخامس",
      ("name", "محمد عبد الحميد"), ("name", "حمادة")),
    I("الشقة تلات أوض وريسبشن، والعفش فيه نيش وسفرة تمن كراسي وتلاجة وغسالة"),
    I("الرفع بالونش للدور الخامس بسبعمية جنيه زيادة، والعربية الجامبو مع أربع عمال بأربعة آلاف وخمسمية"),
    I("العنوان %s" % ar_digits("15 شارع 9، المعادي، الدور التالت شقة 7"),
      ("address", ar_digits("15 شارع 9، المعادي، الدور التالت شقة 7")),
      ctx="طب العنوان اللي هنشيل منه إيه يا فندم؟"),
    I("والجديدة في التجمع، فيلا ٢٣ الحي التاني، المنطقة التالتة، جنب مدرسة الألسن",
      ("address", "فيلا ٢٣ الحي التاني، المنطقة التالتة، جنب مدرسة الألسن")),
    I("رقمي %s" % ar_say("011 2759 0466", "egy"), ("phone", ar_say("011 2759 0466", "egy"))),
    I("يوم الخميس الجاي الساعة تمانية الصبح، والعربون خمسمية جنيه فودافون كاش أو إنستاباي"),
    I("إيميلي m.abdelhamid اتنين وتسعين آت ياهو دوت كوم",
      ("email", "m.abdelhamid اتنين وتسعين آت ياهو دوت كوم"),
      ctx="ممكن الإيميل عشان نبعتلك عرض السعر مكتوب؟"),

    # -- Amman property management, repair and deposit (Levantine)
    I("مرحبا، شركة الريادة لإدارة العقارات، قسم الصيانة، تفضل"),
    I("مرحبا، معك لينا الخطيب، ساكنة في الصويفية، عمارة ٢٣، شقة ٦، والسخان خربان من يوم الجمعة",
      ("name", "لينا الخطيب"), ("address", "الصويفية، عمارة ٢٣، شقة ٦")),
    I("ولا يهمك يا ست لينا، ببعتلك الفني بكرا بين العشرة والوحدة", ("name", "لينا")),
    I("إذا السخان بدو تبديل حقه على المالك، بس إذا العطل من سوء استخدام بتدفعي أجرة الفني خمسطعش دينار"),
    I("رقمي %s" % ar_say("079 558 2046", "lev"), ("phone", ar_say("079 558 2046", "lev")),
      ctx="شو رقم تلفونك عشان الفني يحكي معك قبل ما يطلع؟"),
    I("وبالمناسبة العقد بيخلص آخر شهر تسعة وما بدي جدد، بدي أعرف شو بصير بالتأمين اللي دفعته، أربعمية دينار"),
    I("التأمين برجعلك خلال أسبوعين من تسليم المفتاح، بعد ما نكشف على الشقة ونخصم فواتير المي والكهربا إذا في"),
    I("هلق بحكيلك، %s" % grp(AR_IBAN_D), ("iban", grp(AR_IBAN_D)),
      ctx="ابعتيلي رقم الآيبان على الإيميل أو احكيلي ياه هلق"),
    I("إيميلي لينا أندرسكور الخطيب آت هوتميل دوت كوم",
      ("email", "لينا أندرسكور الخطيب آت هوتميل دوت كوم")),
])


# Arabic, part 2. Calls: Beirut storage rooms (Lebanese), Casablanca -> Rabat
# movers (Darija with French), water account transfer after a move (Saudi
# agent in formal Arabic), Jeddah furniture movers (Sudanese iqama holder).

AR_CARD_E = card("535410927748361")
AR_IBAN_E = iban("LB", "009900000003519847026001")
AR_ID_G = saudi("110396524")
AR_CARD_G = card("446404112957380")
AR_IBAN_G = iban("SA", "45000000178233960018")
IQ_H = saudi("239014772")
AR_CARD_H = card("521378446019254")

add("ar", [
    # -- Beirut storage rooms (Lebanese)
    I("ألو، مستودعات الأرز للتخزين، صباح الخير"),
    I("صباح النور، معك جورج نعمة، بدي إستأجر غرفة تخزين لأنو عم ننقل من الأشرفية عالمتن",
      ("name", "جورج نعمة")),
    I("أهلين أستاذ جورج، عنا غرف تلاتة بتلاتة بمية دولار بالشهر، والأربعة بستة بمية وخمسة وسبعين",
      ("name", "جورج")),
    I("الدفع فريش دولار، أول شهر ونص سلف، والدخول من تمانية الصبح لستة المسا إلا نهار الأحد"),
    I("منيح، خود الكارت، %s" % ar_say(cut(AR_CARD_E, [4, 4, 4]), "lev"),
      ("card", ar_say(cut(AR_CARD_E, [4, 4, 4]), "lev"))),
    I("الرقم سبعين، ٣١٢، ٦٤٨", ("phone", "سبعين، ٣١٢، ٦٤٨"), ctx="شو رقم الخليوي؟"),
    I("إذا بدكن ترجعولي التأمين حطوه على حسابي ببنك عودة، %s" % grp(AR_IBAN_E),
      ("iban", grp(AR_IBAN_E))),
    I("التأمين شهر واحد، بيرجع بس تفضي الغرفة وتسلم القفل، وفي خصم عشرة بالمية إذا دفعت ست أشهر سلف"),

    # -- Casablanca -> Rabat movers (Darija, French numbers)
    I("ألو، شركة الأطلس للنقل والرحيل، مرحبا"),
    I("السلام عليكم، معاك يوسف بنعلي، بغيت نرحّل من الدار البيضاء للرباط نهار السبت الجاي",
      ("name", "يوسف بنعلي")),
    I("واخا، الكاميو الكبير مع تلاتة ديال الخدامة، من كازا للرباط كيجي تلاتة آلاف وخمسمية درهم، والتغليف بوحدو"),
    I("ساكن ف زنقة ابن بطوطة، رقم ١٤، الطابق التالت، المعاريف",
      ("address", "زنقة ابن بطوطة، رقم ١٤، الطابق التالت، المعاريف"),
      ctx="فين ساكن دابا بالضبط؟"),
    I("النمرة ديالي zéro six, soixante et un, vingt-neuf, quarante-sept, quatre-vingt-trois",
      ("phone", "zéro six, soixante et un, vingt-neuf, quarante-sept, quatre-vingt-trois")),
    I("فالرباط الشقة فالطابق الرابع بلا سانسور، كنزيدو مية وخمسين درهم على كل طابق"),
    I("الإيميل: y point benali arobase gmail point com",
      ("email", "y point benali arobase gmail point com")),
    I("العربون خمسمية درهم، والباقي كتخلصو نهار الرحيل، كاش ولا بالشيك"),
    I("مرحبا سي يوسف، غادي نصيفط ليك الدوفي فالواتساب دابا", ("name", "يوسف")),

    # -- water account transfer after a move (formal agent, Saudi caller)
    I("شركة المياه الوطنية، مرحباً بك. نود إعلامك بأن هذه المكالمة مسجلة لأغراض الجودة"),
    I("معك نورة، كيف يمكنني خدمتك؟", ("name", "نورة")),
    I("السلام عليكم، أنا فيصل العتيبي، انتقلت لبيت جديد وأبي أنقل العداد على اسمي",
      ("name", "فيصل العتيبي")),
    I("تفضلي، %s" % ar_digits(AR_ID_G), ("id", ar_digits(AR_ID_G)),
      ctx="هل يمكنك تزويدي برقم الهوية الوطنية؟"),
    I("ثلاثة عشر، ثلاثة، ألف وتسعمية وتسعين ميلادي",
      ("date_of_birth", "ثلاثة عشر، ثلاثة، ألف وتسعمية وتسعين ميلادي"),
      ctx="وتاريخ الميلاد كما هو في الهوية لو سمحت؟"),
    I("رقم العداد %s ورقم الحساب القديم %s، وآخر قراءة ألف ومئتين وخمسة عشر متر مكعب"
      % (ar_digits("440172638"), ar_digits("3005882917"))),
    I("الموقع حي الروضة، شارع ابن زيدون، فيلا رقم ١٨، جدة",
      ("address", "حي الروضة، شارع ابن زيدون، فيلا رقم ١٨، جدة"),
      ctx="ما هو عنوان العقار الجديد؟"),
    I("سيتم تحصيل رسوم نقل الملكية وقدرها مئة ريال مع أول فاتورة، ويستغرق الطلب من ثلاثة إلى خمسة أيام عمل"),
    I("الرقم %s" % ar_say(cut(AR_CARD_G, [4, 4, 4]), "gulf"),
      ("card", ar_say(cut(AR_CARD_G, [4, 4, 4]), "gulf")),
      ctx="أبي أسدد المتأخرات على العداد القديم بالبطاقة"),
    I("الآيبان %s" % grp(AR_IBAN_G), ("iban", grp(AR_IBAN_G)),
      ctx="إذا كان هناك رصيد دائن على الحساب القديم فسنحوله إلى الآيبان الخاص بك"),
    I("شكراً أستاذ فيصل، تم تسجيل الطلب وسيصلك رقم الطلب برسالة نصية", ("name", "فيصل")),

    # -- Jeddah furniture movers (Sudanese iqama holder)
    I("مؤسسة الوفاء لنقل الأثاث بجدة، فك وتركيب وتغليف، السلام عليكم"),
    I("وعليكم السلام، معاك عثمان الطيب، أنا ساكن في الصفا وداير أرحل للسامر",
      ("name", "عثمان الطيب")),
    I("رقم الإقامة %s" % ar_say(cut(IQ_H, [4, 3]), "egy"),
      ("id", ar_say(cut(IQ_H, [4, 3]), "egy")),
      ctx="عشان العقد نحتاج رقم الإقامة يا غالي"),
    I("فك وتركيب غرفة النوم والمطبخ وتغليف العفش كله بألف وثمنمية ريال، والسطحة ما تطلع قبل العصر"),
    I("رقمي 056 213 8470", ("phone", "056 213 8470")),
    I("بالبطاقة، %s" % cut(AR_CARD_H, [4, 4, 4]), ("card", cut(AR_CARD_H, [4, 4, 4])),
      ctx="العربون ثلاثمية ريال، تقدر تحولها أو تدفع بالبطاقة"),
    I("يعني الشغل يخلص نفس اليوم؟ لأن مفتاح الشقة القديمة لازم أسلمه للمالك يوم خمسة وعشرين"),
])


# Arabic, part 3. Calls: Haifa movers (Arab citizen of Israel), Riyadh self
# storage, Dammam residential compound (Egyptian engineer), Saudi electricity
# account transfer, Ejar lease helpline deposit complaint, New Cairo property
# management for an owner living in Kuwait.

TZ_I = tz("20847315")
AR_IBAN_I = iban("IL", "0126240000000518836")
AR_CARD_I = card("432712650983117")
ID_J = saudi("107739218")
AR_CARD_J = card("484783001265419")
IQ_K = saudi("251846603")
AR_IBAN_K = iban("SA", "10000001482006357741")
AR_CARD_K = card("552209876143318")
ID_L = saudi("112058347")
AR_CARD_L = card("428671935508826")
ID_M = saudi("104925617")
AR_IBAN_N = iban("EG", "0003014500000218740339012")

_J = "%s %s" % (ar_digits(ID_J[:4]), ar_say(ID_J[4:], "gulf"))

add("ar", [
    # -- Haifa movers (Arab citizen of Israel)
    I("شركة الكرمل للنقليات، مرحبا"),
    I("مرحبا، معك سامر خوري من حيفا، بدي أنقل من وادي النسناس لعند الكبابير، شقة تلات غرف",
      ("name", "سامر خوري")),
    I("النقلة بتكلف تلات آلاف وخمسمية شيكل مع التغليف، وإذا في بيانو منزيد ستمية"),
    I("شارع أبا حوشي ٤٢، الطابق التاني، حيفا",
      ("address", "شارع أبا حوشي ٤٢، الطابق التاني، حيفا"),
      ctx="شو العنوان الجديد بالزبط؟"),
    I("رقم الهوية %s" % ar_say(cut(TZ_I, [3, 3]), "lev"),
      ("id", ar_say(cut(TZ_I, [3, 3]), "lev")),
      ctx="بدنا رقم الهوية عشان الفاتورة"),
    I("تلفوني %s" % ar_say("052 736 4409", "lev"), ("phone", ar_say("052 736 4409", "lev"))),
    I("بنك هبوعليم، الآيبان %s" % grp(AR_IBAN_I), ("iban", grp(AR_IBAN_I)),
      ctx="إذا أجلنا النقلة منرجعلك العربون، أعطيني رقم الحساب"),
    I("العربون خمسمية شيكل، بالفيزا: %s" % cut(AR_CARD_I, [4, 4, 4]),
      ("card", cut(AR_CARD_I, [4, 4, 4]))),
    I("تسعة وعشرين بالشهر الرابع، سبعة وتمانين",
      ("date_of_birth", "تسعة وعشرين بالشهر الرابع، سبعة وتمانين"),
      ctx="عشان تأمين الأغراض بدي تاريخ الولادة"),

    # -- Riyadh self storage
    I("مستودعات المخزن الآمن، فرع الرياض، حياك الله"),
    I("هلا، معك أم خالد، منيرة الشمري، أبي أستأجر مستودع صغير لين يخلص ترميم البيت",
      ("name", "أم خالد"), ("name", "منيرة الشمري")),
    I("المستودع اثنين في ثلاثة بسبعمية وخمسين ريال شهرياً، فيه تكييف وكاميرات أربعة وعشرين "
      "ساعة، والحد الأدنى ثلاث شهور"),
    I("الهوية %s" % _J, ("id", _J), ctx="أحتاج رقم الهوية لتسجيل العقد"),
    I("غرة رجب ألف وأربعمية وعشرة", ("date_of_birth", "غرة رجب ألف وأربعمية وعشرة"),
      ctx="وتاريخ الميلاد؟"),
    I("إيه، %s" % ar_digits(cut(AR_CARD_J, [4, 4, 4])),
      ("card", ar_digits(cut(AR_CARD_J, [4, 4, 4]))),
      ctx="تدفعين ثلاث شهور مقدم، ألفين ومئتين وخمسين، بالبطاقة؟"),
    I("الإيميل m underscore alshammari at hotmail dot com",
      ("email", "m underscore alshammari at hotmail dot com")),

    # -- Dammam residential compound (Egyptian engineer)
    I("كمباوند الواحة السكني بالدمام، قسم التأجير، صباح الخير"),
    I("صباح النور يا فندم، أنا المهندس أحمد السيد، شغال في أرامكو، وعايز فيلا لعيلة من أربعة",
      ("name", "أحمد السيد")),
    I("الفيلا تلات غرف بمية وعشرين ألف ريال في السنة، شامل الصيانة والمسبح والنادي، والدفع ربع سنوي"),
    I("الإقامة %s، وتاريخ الميلاد ٩ أغسطس ٨٤" % ar_say(cut(IQ_K, [4, 3]), "egy"),
      ("id", ar_say(cut(IQ_K, [4, 3]), "egy")), ("date_of_birth", "٩ أغسطس ٨٤"),
      ctx="محتاجين رقم الإقامة وتاريخ الميلاد"),
    I("واتساب على نفس الرقم، +966 54 881 2307", ("phone", "+966 54 881 2307")),
    I("اتفضل، %s" % AR_IBAN_K, ("iban", AR_IBAN_K),
      ctx="التأمين خمسة آلاف وبيترجع في آخر العقد، ادينا الآيبان بتاعك"),
    I("رسوم الحجز ألف ريال، ادفعها بالكارت ده %s" % cut(AR_CARD_K, [4, 4, 4], "-"),
      ("card", cut(AR_CARD_K, [4, 4, 4], "-"))),
    I("إحنا جايين من الرياض يوم عشرين، والعفش هييجي بعدينا بيومين مع شركة النقل"),

    # -- Saudi electricity account transfer
    I("الشركة السعودية للكهرباء، لخدمة نقل ملكية العداد اضغط ثلاثة"),
    I("تفضل، %s" % ar_say(cut(ID_L, [2, 4]), "gulf"),
      ("id", ar_say(cut(ID_L, [2, 4]), "gulf")),
      ctx="رقم الهوية لو سمحت"),
    I("%s" % ar_digits("1403/10/28"), ("date_of_birth", ar_digits("1403/10/28")),
      ctx="وتاريخ الميلاد؟"),
    I("الحين ساكن في حي السلامة، عمارة ٥٢، شقة ٩، جنب جامع الرحمة",
      ("address", "حي السلامة، عمارة ٥٢، شقة ٩، جنب جامع الرحمة"),
      ctx="وين العقار اللي تبي تنقل حسابه؟"),
    I("رقم الاشتراك %s ورقم العداد %s، والمبلغ المستحق مية وأربعة وثمانين ريال وعشرين هللة"
      % (ar_digits("30068442199"), ar_digits("55182"))),
    I("خلاص أسدده الحين، البطاقة %s" % ar_digits(AR_CARD_L), ("card", ar_digits(AR_CARD_L)),
      ctx="المبلغ المستحق على الحساب القديم لازم يتسدد قبل النقل"),

    # -- Ejar lease helpline, deposit complaint
    I("مرحباً بك في مركز اتصال منصة إيجار، الرجاء إدخال رقم العقد متبوعاً بعلامة المربع"),
    I("السلام عليكم، معك تركي الدوسري، المؤجر ما رجع لي مبلغ الضمان وأنا طالع من الشقة من شهرين",
      ("name", "تركي الدوسري")),
    I("الهوية %s والميلاد %s" % (ar_digits(ID_M), ar_digits("1408/03/12")),
      ("id", ar_digits(ID_M)), ("date_of_birth", ar_digits("1408/03/12")),
      ctx="للتحقق، رقم الهوية وتاريخ الميلاد"),
    I("شقة رقم ٤، عمارة ١٢، شارع الثمامة، حي الربيع، الرياض",
      ("address", "شقة رقم ٤، عمارة ١٢، شارع الثمامة، حي الربيع، الرياض"),
      ctx="ما هو عنوان العقار محل العقد؟"),
    I("رقم العقد %s ومبلغ الضمان ثلاثة آلاف ريال، وانتهى العقد في عشرين ربيع الآخر"
      % ar_digits("20488133650")),
    I("ايميلي turki.aldosari@icloud.com", ("email", "turki.aldosari@icloud.com")),

    # -- New Cairo property management, owner in Kuwait (Egyptian)
    I("أنا الحاجة سعاد المصري، صاحبة الشقة اللي في الرحاب، وساكنة في الكويت دلوقتي",
      ("name", "سعاد المصري")),
    I("حولوا الإيجار على حسابي في البنك الأهلي، الآيبان %s" % grp(AR_IBAN_N),
      ("iban", grp(AR_IBAN_N))),
    I("المستأجر دافع تلات شهور مقدم، خمستاشر ألف جنيه، والعقد من أول يناير لآخر ديسمبر"),
    I("رقمي هناك %s" % ar_digits("+965 6672 4581"), ("phone", ar_digits("+965 6672 4581"))),
    I("والإيميل soad.elmasry1962@yahoo.com", ("email", "soad.elmasry1962@yahoo.com")),
    I("عمولة الإدارة عشرة في المية من الإيجار الشهري، وأي صيانة فوق ألف جنيه هنكلم حضرتك الأول"),
])
COMPLETE.add("ar")


# ---------------------------------------------------------------- Hebrew
# Part 1. Calls: Tel Aviv letting broker (native speakers), movers Bat Yam ->
# Ashdod (Russian-speaking caller), Rehovot municipality property tax change
# of occupant (Ethiopian-born caller), Beersheba water corporation move
# (French-born caller).

TZ_A = tz("31276508")
TZ_C = tz("32954117")
TZ_D = tz("33689450")
HE_CARD_B = card("458003117926354")
HE_IBAN_D = iban("IL", "0117120000000394651")

add("he", [
    # -- letting broker, Tel Aviv
    I("תיווך גג בעיר, מדברת שירן, שלום", ("name", "שירן")),
    I("היי, מדבר אורי שטרן, ראיתי ביד2 את הדירה בפלורנטין, שלושה חדרים עם מרפסת",
      ("name", "אורי שטרן")),
    I("השכירות שש אלף שמונה מאות כולל ועד, דמי תיווך חודש פלוס מע\"מ, והכניסה מה-1 באוגוסט"),
    I("בעל הבית מבקש שנים עשר צ'קים מראש, ערבות בנקאית של שלושה חודשי שכירות ושני ערבים"),
    I("מעולה אורי, אז אני רושמת אותך לביקור ביום שלישי בשש וחצי", ("name", "אורי")),
    I("אפס חמישים ושתיים, שש שבע שלוש, ארבעים ואחת, תשעים",
      ("phone", "אפס חמישים ושתיים, שש שבע שלוש, ארבעים ואחת, תשעים"),
      ctx="איזה טלפון להשאיר לבעל הבית?"),
    I("אורי שטרן, הכול ביחד, שטרודל ג'ימייל נקודה קום",
      ("email", "אורי שטרן, הכול ביחד, שטרודל ג'ימייל נקודה קום"),
      ctx="ולאן לשלוח לך את טופס הבקשה?"),
    I("הדירה בקומה רביעית בלי מעלית, שבעים וחמישה מטר, ארנונה בערך שבע מאות לחודשיים"),
    I("כן, %s" % he_say(cut(TZ_A, [3, 3])), ("id", he_say(cut(TZ_A, [3, 3]))),
      ctx="לחוזה אני צריכה מספר תעודת זהות"),

    # -- movers, Bat Yam -> Ashdod (Russian-speaking caller)
    I("הובלות המפרץ, שלום, במה אפשר לעזור?"),
    I("שלום, שמי ולדימיר קוגן, אפשר וובה, אני צריך הובלה מבת ים לאשדוד בסוף החודש",
      ("name", "ולדימיר קוגן"), ("name", "וובה")),
    I("דירת שלושה חדרים, קומה שלישית עם מעלית, יש מקרר, מכונת כביסה, שתי ארונות, ופסנתר"),
    I("ההובלה עולה שלושת אלפים ארבע מאות כולל פירוק והרכבה, והפסנתר עוד שמונה מאות"),
    I("רחוב בלפור 88, דירה 14, בת ים", ("address", "רחוב בלפור 88, דירה 14, בת ים"),
      ctx="מאיפה מעמיסים?"),
    I("ובאשדוד זה הנביאים 5, רובע י״א, קומה שביעית",
      ("address", "הנביאים 5, רובע י״א, קומה שביעית"),
      ctx="ולאן מובילים?"),
    I("אפס חמש ארבע, שבע אחת אחת, שמונה שש תשע אפס",
      ("phone", "אפס חמש ארבע, שבע אחת אחת, שמונה שש תשע אפס"),
      ctx="טלפון נייד בבקשה"),
    I("כן, ויזה, %s" % cut(HE_CARD_B, [4, 4, 4]), ("card", cut(HE_CARD_B, [4, 4, 4])),
      ctx="המקדמה חמש מאות שקל, בכרטיס אשראי?"),
    I("אנחנו מגיעים בשבע וחצי בבוקר, שלושה סבלים ומשאית של שמונה טון, זה לוקח בערך חמש שעות"),

    # -- municipality property tax, change of occupant (Ethiopian-born caller)
    I("עיריית רחובות, מחלקת ארנונה, שלום"),
    I("שלום, קוראים לי אבבה טספאי, עברתי דירה ואני צריך להעביר את הארנונה על שמי",
      ("name", "אבבה טספאי")),
    I("%s" % he_say(cut(TZ_C, [3, 3]), masc=True), ("id", he_say(cut(TZ_C, [3, 3]), masc=True)),
      ctx="מה מספר תעודת הזהות?"),
    I("אחד במאי, אלף תשע מאות שמונים וחמש",
      ("date_of_birth", "אחד במאי, אלף תשע מאות שמונים וחמש"),
      ctx="ותאריך לידה?"),
    I("רחוב הרצל 112, דירה 9, קומה שלישית, רחובות",
      ("address", "רחוב הרצל 112, דירה 9, קומה שלישית, רחובות"),
      ctx="מה הכתובת של הנכס?"),
    I("הנכס שמונים ושניים מטר, תעריף מגורים, השובר הבא יישלח בינואר ואפשר לשלם בעשרה תשלומים"),
    I("מספר הנכס 40012873, ומספר המשלם של הדיירים הקודמים מסתיים ב-5531"),
    I("תודה אבבה, אני צריכה ממך חוזה שכירות חתום וצילום ת״ז", ("name", "אבבה")),
    I("תשלחי ל abebe.t85@gmail.com", ("email", "abebe.t85@gmail.com"),
      ctx="לאיזה מייל לשלוח את השובר?"),
    I("יש הנחה לעולים בשנה הראשונה? עליתי ב-2019, אז כנראה שלא"),
    I("ההנחה לעולים חדשים היא עד תשעים אחוז על מאה מטר ראשונים, אבל רק שנים עשר חודשים מתוך עשרים וארבעה"),

    # -- water corporation, moving in (French-born caller)
    I("תאגיד המים מי שבע, מוקד מעבר דירה, שלום"),
    I("Bonjour, pardon, שלום, מדבר יונתן בן חמו, אני נכנס לדירה חדשה וצריך להעביר את חשבון המים על שמי",
      ("name", "יונתן בן חמו")),
    I("קריאת המונה ביום הכניסה 0347 קוב, ומספר המונה 15-884-302, אני יכול לשלוח תמונה"),
    I("כן, %s" % " ".join(TZ_D), ("id", " ".join(TZ_D)),
      ctx="תעודת זהות של בעל החשבון?"),
    I("לחשבון שלי בדיסקונט, %s" % grp(HE_IBAN_D), ("iban", grp(HE_IBAN_D)),
      ctx="יש לך זיכוי של מאה עשרים שקל מהחשבון הקודם, לאן להחזיר?"),
    I("המייל יונתן נקודה בנאמו שטרודל אורנג' נקודה אף אר",
      ("email", "יונתן נקודה בנאמו שטרודל אורנג' נקודה אף אר")),
    I("מעכשיו החיוב לפי שתי נפשות, ואם יש ילדים צריך להביא ספח של תעודת הזהות"),
    I("שתיים עשרה באחד עשר, שבעים ותשע",
      ("date_of_birth", "שתיים עשרה באחד עשר, שבעים ותשע"),
      ctx="ותאריך לידה, בבקשה"),
    I("הטלפון בבית 08-6234417", ("phone", "08-6234417")),
])


# Hebrew, part 2. Calls: Jaffa property management repair line (Arab citizen
# caller), self storage in Beit Shemesh (Anglo immigrant, code-switching),
# tenant chasing a deposit in Ramat Gan (older native caller), state rental
# housing company (Ukrainian-born caller).

TZ_G = tz("05813927")
TZ_H = tz("34719206")
HE_CARD_F = card("37825510943726")          # Amex 15
HE_CARD_H = card("532610449817205")
HE_IBAN_G = iban("IL", "0126810000000271548")

add("he", [
    # -- Jaffa property management, repairs (Arab citizen)
    I("ניהול נכסים ים תיכון, מוקד תקלות, שלום"),
    I("שלום, מדבר סאמר עבד אל-האדי, אני שוכר אצלכם ביפו, יש לי רטיבות בתקרה מהחורף",
      ("name", "סאמר עבד אל-האדי")),
    I("שדרות ירושלים 41, כניסה ב', דירה 6, יפו",
      ("address", "שדרות ירושלים 41, כניסה ב', דירה 6, יפו"),
      ctx="מה הכתובת המדויקת?"),
    I("פתחתי קריאה, מספר 118204, האינסטלטור יגיע ביום רביעי בין שמונה לשתים עשרה"),
    I("בסדר סאמר, ותגיד, האינטרקום עובד?", ("name", "סאמר")),
    I("אפס חמש שלוש, שלוש שמונה ארבע, שבעים ושבע, עשרים ושש",
      ("phone", "אפס חמש שלוש, שלוש שמונה ארבע, שבעים ושבע, עשרים ושש"),
      ctx="מספר לחזור אליך?"),
    I("הדוד שמש מטפטף כבר חודשיים, ובחוזה כתוב שתיקונים מעל חמש מאות שקל על בעל הבית"),
    I("המייל סאמר קו תחתון עבד שטרודל וואלה נקודה קום",
      ("email", "סאמר קו תחתון עבד שטרודל וואלה נקודה קום")),

    # -- self storage, Beit Shemesh (Anglo immigrant)
    I("מחסני אחסון עד הבית, סניף בית שמש, שלום"),
    I("היי, זאת ג'ניפר, ג'ן רוזנברג, אני צריכה מחסן לשלושה חודשים, אנחנו בשיפוצים",
      ("name", "ג'ניפר"), ("name", "ג'ן רוזנברג")),
    I("מחסן של שישה מטר רבוע עולה ארבע מאות וחמישים לחודש, והחודש הראשון בחצי מחיר"),
    I("זה jen dot rosenberg at gmail dot com", ("email", "jen dot rosenberg at gmail dot com"),
      ctx="מה המייל לשליחת החוזה?"),
    I("אמקס, %s" % cut(HE_CARD_F, [4, 6]), ("card", cut(HE_CARD_F, [4, 6]))),
    I("הנייד שלי zero five eight, four four one, two oh nine three",
      ("phone", "zero five eight, four four one, two oh nine three")),
    I("הגישה למחסן מ-7 בבוקר עד 10 בלילה, בשישי עד 2, ובשבת סגור"),
    I("ה-4 ביולי, 1983. כן, כמו יום העצמאות האמריקאי, כולם צוחקים",
      ("date_of_birth", "4 ביולי, 1983"),
      ctx="תאריך לידה לחוזה?"),

    # -- tenant chasing a deposit, Ramat Gan (older native caller)
    I("שלום, מדברת רותי, רות אברהמי, יצאנו מהדירה ברמת גן לפני חודשיים ועוד לא קיבלנו את הפיקדון",
      ("name", "רותי"), ("name", "רות אברהמי")),
    I("הפיקדון היה עשרים ואחד אלף שקל, שלושה חודשי שכירות, ובעל הבית טוען שצריך לצבוע את כל הדירה"),
    I("לפי החוק הוא צריך להחזיר תוך שישים יום מסיום השכירות, וצביעה זה בלאי סביר"),
    I("יש לי את האייבן מול העיניים, %s" % grp(HE_IBAN_G), ("iban", grp(HE_IBAN_G)),
      ctx="לאיזה חשבון להעביר?"),
    I("%s, זה הת״ז שלי" % TZ_G, ("id", TZ_G), ctx="ותעודת זהות של בעלת החשבון"),
    I("בסדר רות, אני מעבירה את זה לעורכת הדין שמטפלת בתיק", ("name", "רות")),
    I("אנחנו עכשיו ברחוב ביאליק 17, דירה 3, גבעתיים, מיקוד 5345117",
      ("address", "רחוב ביאליק 17, דירה 3, גבעתיים, מיקוד 5345117"),
      ctx="לאן לשלוח את המכתב הרשמי?"),
    I("הצ'ק ביטחון על סך חמישים אלף עוד אצל בעל הבית, ביקשתי שיחזיר אותו ביד"),
    I("תחזרו אליי הביתה, 03-6792245", ("phone", "03-6792245")),

    # -- state rental housing company (Ukrainian-born caller)
    I("דירה להשכיר, מוקד השוכרים, שלום"),
    I("מדברת מיכל, במה אוכל לעזור?", ("name", "מיכל")),
    I("אני אולנה שבצ'נקו, זכיתי בהגרלה על דירה בפרויקט ביבנה", ("name", "אולנה שבצ'נקו")),
    I("%s" % he_say(cut(TZ_H, [2, 3, 2])), ("id", he_say(cut(TZ_H, [2, 3, 2]))),
      ctx="אני צריכה את מספר תעודת הזהות שלך"),
    I("שלושים בספטמבר תשעים ושתיים", ("date_of_birth", "שלושים בספטמבר תשעים ושתיים"),
      ctx="ותאריך לידה"),
    I("שכר הדירה מפוקח, שלושת אלפים ומאתיים לחודש, חוזה לחמש שנים עם אופציה לעוד חמש, והעדכון לפי מדד"),
    I("מסירת המפתחות ב-15 במרץ בשעה עשר בבוקר, במשרד המכירות בשדרות הנשיאים"),
    I("המייל olena.sh@ukr.net", ("email", "olena.sh@ukr.net")),
    I("הטלפון 050-224-1783", ("phone", "050-224-1783")),
    I("%s" % he_say(cut(HE_CARD_H, [4, 4, 4])), ("card", he_say(cut(HE_CARD_H, [4, 4, 4]))),
      ctx="אפשר לשלם את דמי הרצינות, אלף שקל, בכרטיס אשראי"),
    I("אם לא תגיעי לחתימה עד העשרים לחודש, הדירה עוברת לבא בתור ברשימה"),
])


# Hebrew, part 3. Calls: tower block management company (new tenant), small
# Jerusalem mover (Haredi caller, Hebrew-calendar birth date), Israel
# Electric change of payer after selling a flat (older caller), post-move
# cleaning in Haifa, gas supplier for a new tenant, owner abroad and his
# management company (French-born), rental guarantee company, municipality
# refund of property tax after a move.

HE_CARD_I = card("405871236654902")
HE_CARD_J = card("522184963017745")
TZ_K = tz("06471832")
HE_IBAN_K = iban("IL", "0108020000000611920")
HE_CARD_L = card("458790332106871")
TZ_M = tz("20966153")
HE_IBAN_M = iban("IL", "0207340000000084513")
HE_CARD_M = card("540163928874410")
FR_IBAN_N = iban("FR", "30003014520005038714629")
TZ_N = tz("01538460")
HE_CARD_O = card("491766028315537")
HE_IBAN_O = iban("IL", "0316550000000447026")
HE_IBAN_P = iban("IL", "0204910000000735218")

_K = "%s, %s, %s" % (he_say(TZ_K[:2]), TZ_K[2:5], TZ_K[5:])
_M = "איי אל %s" % he_say(cut(HE_IBAN_M[2:], [2, 3, 3, 3, 3, 3]))

add("he", [
    # -- tower block management company
    I("חברת ניהול המגדל, שירות דיירים, שלום"),
    I("היי, זה מושיקו מהקומה השמינית, נכנסנו בשבוע שעבר", ("name", "מושיקו")),
    I("דמי הניהול שמונה מאות תשעים לחודש, כולל שמירה וניקיון, והחנייה שלכם מספר 117 בקומה מינוס שתיים"),
    I("%s תוקף שתיים עשרים ושמונה" % cut(HE_CARD_I, [4, 4, 4]), ("card", cut(HE_CARD_I, [4, 4, 4])),
      ctx="אפשר להסדיר הוראת קבע באשראי"),
    I("הנייד שלי אפס חמש אפס, שבע שמונה תשע, שלושים ושתיים, עשר",
      ("phone", "אפס חמש אפס, שבע שמונה תשע, שלושים ושתיים, עשר")),

    # -- small mover, Jerusalem (Haredi caller)
    I("שלום, כאן יענקי פרידמן, אני צריך להעביר ספרייה ומיטות מגאולה לרמות",
      ("name", "יענקי פרידמן")),
    I("זה מלכי ישראל 23, קומה שנייה, ואנחנו עוברים לרמות, שדרות גולדה מאיר 150, דירה 8",
      ("address", "מלכי ישראל 23, קומה שנייה"), ("address", "שדרות גולדה מאיר 150, דירה 8"),
      ctx="מאיפה לאיפה בדיוק?"),
    I("זה שש מאות שקל לשני סבלים וטנדר, כל קומה בלי מעלית עוד חמישים, ומגיעים ביום חמישי בשמונה"),
    I("%s" % he_say(cut(HE_CARD_J, [4, 4, 4]), masc=True),
      ("card", he_say(cut(HE_CARD_J, [4, 4, 4]), masc=True)),
      ctx="מקדמה מאה שקל באשראי"),
    I("זה טלפון כשר, אין לי וואטסאפ, תתקשרו ל-052-7612408", ("phone", "052-7612408")),
    I("כ״ג בתשרי תשמ״ח", ("date_of_birth", "כ״ג בתשרי תשמ״ח"),
      ctx="לביטוח ההובלה צריך תאריך לידה"),

    # -- Israel Electric, change of payer (older native caller)
    I("חברת החשמל, שלום. לשיחה עם נציג בנושא החלפת משלם הקישו שתיים"),
    I("כן, שלום, אני צביקה, צבי הורוביץ, מכרתי את הדירה בחולון ואני רוצה לסגור את החשבון",
      ("name", "צביקה"), ("name", "צבי הורוביץ")),
    I(_K, ("id", _K), ctx="מספר תעודת זהות, בבקשה"),
    I("17.3.1951", ("date_of_birth", "17.3.1951"), ctx="תאריך לידה?"),
    I("קריאת המונה ביום המסירה 58214 קוט״ש, ומספר החוזה 346118820"),
    I("לחשבון בלאומי, %s" % HE_IBAN_K, ("iban", HE_IBAN_K),
      ctx="יש יתרת זכות של שלוש מאות ארבעים שקל, לאיזה חשבון להחזיר?"),

    # -- post-move cleaning, Haifa
    I("ניקיון ברק, מדברת הדס, שלום", ("name", "הדס")),
    I("ניקיון דירת ארבעה חדרים אחרי הובלה, כולל חלונות ומטבח, זה שמונה מאות וחמישים, ועם ניקוי ספות עוד מאתיים"),
    I("שדרות מוריה 64, דירה 11, קומה 5, חיפה, ויש חנייה בחוץ",
      ("address", "שדרות מוריה 64, דירה 11, קומה 5, חיפה"),
      ctx="מה הכתובת?"),
    I("שלי, +972 54 339 8170", ("phone", "+972 54 339 8170"),
      ctx="טלפון של מי שיהיה בדירה?"),
    I("ליאת נקודה אם נקודה חיפה שטרודל ג'ימייל נקודה קום",
      ("email", "ליאת נקודה אם נקודה חיפה שטרודל ג'ימייל נקודה קום"),
      ctx="לאן לשלוח את החשבונית?"),
    I("%s" % cut(HE_CARD_L, [4, 4, 4], "-"), ("card", cut(HE_CARD_L, [4, 4, 4], "-")),
      ctx="לשריון התאריך אני לוקחת את פרטי האשראי"),

    # -- gas supplier, new tenant
    I("גז הבית, פתיחת חשבון לדייר חדש, שלום"),
    I("%s" % he_say(cut(TZ_M, [3, 3]), masc=True), ("id", he_say(cut(TZ_M, [3, 3]), masc=True)),
      ctx="תעודת זהות של הדייר"),
    I("עשרים ושלושה בפברואר, אלפיים ואחת", ("date_of_birth", "עשרים ושלושה בפברואר, אלפיים ואחת"),
      ctx="ותאריך לידה"),
    I(_M, ("iban", _M), ctx="להוראת קבע אני צריכה את האייבן"),
    I("דמי ההתקנה מאה שמונים שקל, הפיקדון על הבלונים שש מאות, והמחיר לקוב שלושים ושניים שקל"),
    I("מאסטרקארד %s" % HE_CARD_M, ("card", HE_CARD_M),
      ctx="דמי ההתקנה נגבים באשראי"),

    # -- owner abroad and the management company (French-born)
    I("Allô? כן שלום, זה ז'אן-מישל אזולאי, אני הבעלים של הדירה בנתניה, אני מתקשר מפריז",
      ("name", "ז'אן-מישל אזולאי")),
    I("לחשבון בצרפת, %s" % grp(FR_IBAN_N), ("iban", grp(FR_IBAN_N)),
      ctx="לאיזה חשבון להעביר את שכר הדירה?"),
    I("יש לי, %s" % TZ_N, ("id", TZ_N), ctx="לחוזה הניהול צריך ת״ז ישראלית"),
    I("מייל jm.azoulay@free.fr", ("email", "jm.azoulay@free.fr")),
    I("דמי הניהול שמונה אחוז מהשכירות, ואנחנו מעבירים עד העשירי בכל חודש, בניכוי הוצאות תיקונים"),
    I("השוכרים החדשים נכנסים ב-1 בנובמבר, חוזה לשנתיים, שבעת אלפים ומאה לחודש"),

    # -- rental guarantee company
    I("ערבות פלוס, ערבויות לשכירות, שלום"),
    I("נולדתי 9.4.88", ("date_of_birth", "9.4.88"), ctx="אני צריך תאריך לידה"),
    I("אני גר כרגע ברחוב ויצמן 8, דירה 2, כפר סבא", ("address", "רחוב ויצמן 8, דירה 2, כפר סבא"),
      ctx="הכתובת הנוכחית שלך?"),
    I("הערבות מכסה עד שישה חודשי שכירות, העלות אחוז וחצי מהשכירות השנתית, בתשלום חד פעמי"),
    I("%s, כן, בתשלום אחד" % cut(HE_CARD_O, [4, 4, 4]), ("card", cut(HE_CARD_O, [4, 4, 4])),
      ctx="התשלום בכרטיס, חמש מאות שמונים וארבעה שקלים"),
    I("omerbd שטרודל אאוטלוק נקודה קום", ("email", "omerbd שטרודל אאוטלוק נקודה קום"),
      ctx="לאיזה מייל לשלוח את כתב הערבות?"),
    I("תרשום, %s" % grp(HE_IBAN_O), ("iban", grp(HE_IBAN_O)),
      ctx="אם הבקשה לא תאושר, ההחזר יחזור לחשבון הבנק, תן לי אייבן"),

    # -- municipality refund after a move
    I("עיריית הרצליה, מוקד גבייה, שלום"),
    I("לחשבון שלי במזרחי, %s" % grp(HE_IBAN_P), ("iban", grp(HE_IBAN_P)),
      ctx="מגיע לך החזר על חודשיים ארנונה ששילמת אחרי שעזבת, לאיזה חשבון?"),
    I("ההחזר יהיה על סך אלף מאתיים ושבעים שקל, בגין ספטמבר ואוקטובר, ויועבר תוך שלושים יום"),
])
COMPLETE.add("he")


# ---------------------------------------------------------------- Greek
# Part 1. Calls: Athens estate agent letting a flat (lease filed on
# Taxisnet), Thessaloniki -> Athens movers, electricity account change after
# a move (older caller, Piraeus), Limassol letting agent (Cypriot Greek).

AFM_A = afm("13852406")
AFM_C = afm("04218735")
EL_CARD_B = card("516732094418650")
EL_IBAN_C = iban("GR", "01720450005045011873920")
EL_IBAN_D = iban("CY", "005001210000000154330917")

add("el", [
    # -- Athens estate agent
    I("Μεσιτικό γραφείο Ακρόπολις, καλημέρα σας, η Δέσποινα στο τηλέφωνο", ("name", "Δέσποινα")),
    I("Καλημέρα, λέγομαι Νίκος Σταυρόπουλος, πήρα για το δυάρι στο Παγκράτι που είδα στην αγγελία",
      ("name", "Νίκος Σταυρόπουλος")),
    I("Το ενοίκιο είναι εξακόσια πενήντα, δύο ενοίκια εγγύηση, και η αμοιβή του γραφείου ένα "
      "ενοίκιο συν ΦΠΑ είκοσι τέσσερα τοις εκατό"),
    I("Είναι εβδομήντα δύο τετραγωνικά, τρίτος όροφος, με αυτόνομη θέρμανση φυσικού αερίου, "
      "κοινόχρηστα γύρω στα σαράντα ευρώ το μήνα"),
    I("Κύριε Νίκο, μπορούμε να το δούμε την Πέμπτη στις έξι;", ("name", "Νίκο")),
    I("Ναι, %s" % el_say(cut(AFM_A, [3, 3])), ("id", el_say(cut(AFM_A, [3, 3]))),
      ctx="Για το μισθωτήριο στο Taxisnet θα χρειαστώ τον ΑΦΜ σας"),
    I("Εξήντα εννιά, σαράντα έξι, τριάντα ένα, είκοσι πέντε, ογδόντα",
      ("phone", "Εξήντα εννιά, σαράντα έξι, τριάντα ένα, είκοσι πέντε, ογδόντα"),
      ctx="Ένα κινητό;"),
    I("nikos.stavro παπάκι gmail τελεία com", ("email", "nikos.stavro παπάκι gmail τελεία com"),
      ctx="Και ένα email να σας στείλω το ιδιωτικό συμφωνητικό;"),
    I("Το σπίτι είναι ελεύθερο από την πρώτη Οκτωβρίου, το συμβόλαιο τριετές όπως λέει ο νόμος, "
      "και η αναπροσαρμογή με βάση τον πληθωρισμό"),

    # -- Thessaloniki -> Athens movers
    I("Μεταφορές Θερμαϊκός, καλησπέρα σας, πώς μπορώ να βοηθήσω;"),
    I("Καλησπέρα, είμαι η Βάσω, Βασιλική Τσολάκη, μετακομίζω από Θεσσαλονίκη Αθήνα τέλη του μήνα",
      ("name", "Βάσω"), ("name", "Βασιλική Τσολάκη")),
    I("Για τριάρι με ανυψωτικό στον πέμπτο όροφο, Θεσσαλονίκη Αθήνα, βγαίνει γύρω στα χίλια "
      "τετρακόσια πενήντα, συν ΦΠΑ"),
    I("Από Εγνατίας 128, πέμπτος όροφος, δίπλα στην Καμάρα",
      ("address", "Εγνατίας 128, πέμπτος όροφος, δίπλα στην Καμάρα"),
      ctx="Από πού θα φορτώσουμε;"),
    I("Και πάμε Αθήνα, Αγίου Μελετίου 45, Κυψέλη, ισόγειο",
      ("address", "Αγίου Μελετίου 45, Κυψέλη, ισόγειο"),
      ctx="Και η παράδοση πού θα γίνει;"),
    I("Το πακετάρουμε την Τετάρτη, φορτώνουμε Πέμπτη πρωί στις εφτά και παραδίδουμε Παρασκευή "
      "μέχρι το μεσημέρι"),
    I("Το κινητό μου είναι 6973 418 205", ("phone", "6973 418 205")),
    I("Με κάρτα, %s" % el_say(cut(EL_CARD_B, [4, 4, 4])),
      ("card", el_say(cut(EL_CARD_B, [4, 4, 4]))),
      ctx="Για την κράτηση χρειαζόμαστε προκαταβολή τριακόσια ευρώ"),
    I("Ευχαριστώ κυρία Τσολάκη, θα σας στείλω την προσφορά γραπτώς", ("name", "Τσολάκη")),
    I("Στείλτε τη στο vaso κάτω παύλα tsolaki παπάκι yahoo τελεία gr",
      ("email", "vaso κάτω παύλα tsolaki παπάκι yahoo τελεία gr")),

    # -- electricity account change after a move (older caller, Piraeus)
    I("ΔΕΗ, εξυπηρέτηση πελατών. Για αλλαγή στοιχείων λόγω μετακόμισης πατήστε δύο"),
    I("Ναι, καλημέρα, με λένε Ευάγγελο Κουτσούρη, αλλά όλοι Βαγγέλη με φωνάζουν, μετακόμισα στον Πειραιά",
      ("name", "Ευάγγελο Κουτσούρη"), ("name", "Βαγγέλη")),
    I("%s" % " ".join(AFM_C), ("id", " ".join(AFM_C)), ctx="Τον ΑΦΜ σας παρακαλώ"),
    I("Είκοσι δύο Ιουνίου του πενήντα εννιά", ("date_of_birth", "Είκοσι δύο Ιουνίου του πενήντα εννιά"),
      ctx="Την ημερομηνία γέννησης;"),
    I("Καραΐσκου 74, δεύτερος όροφος, Πειραιάς, ταχυδρομικός κώδικας 185 32",
      ("address", "Καραΐσκου 74, δεύτερος όροφος, Πειραιάς, ταχυδρομικός κώδικας 185 32"),
      ctx="Ποια είναι η διεύθυνση της νέας παροχής;"),
    I("Ο αριθμός παροχής είναι 1 40762331-02 7 και η ένδειξη του μετρητή 24518"),
    I("Ναι, το IBAN είναι %s" % grp(EL_IBAN_C), ("iban", grp(EL_IBAN_C)),
      ctx="Θέλετε πάγια εντολή στον λογαριασμό σας;"),
    I("Η νέα σύνδεση γίνεται σε τρεις με πέντε εργάσιμες, και η εγγύηση για οικιακό τιμολόγιο "
      "χρεώνεται στον πρώτο λογαριασμό"),
    I("Το σταθερό μου είναι διακόσια δέκα, τετρακόσια δώδεκα, ογδόντα εφτά, πενήντα",
      ("phone", "διακόσια δέκα, τετρακόσια δώδεκα, ογδόντα εφτά, πενήντα")),
    I("Εντάξει, η αίτηση καταχωρήθηκε με αριθμό 7734120 και θα σας έρθει SMS σε δύο εργάσιμες"),

    # -- Limassol letting agent (Cypriot Greek)
    I("Καλημέρα, Limassol Homes, η Μαρίνα είμαι", ("name", "Μαρίνα")),
    I("Καλημέρα, εν ο Χαράλαμπος Νεοφύτου, ο Μπάμπης, ήθελα να ρωτήσω για το διαμέρισμα στη Γερμασόγεια",
      ("name", "Χαράλαμπος Νεοφύτου"), ("name", "Μπάμπης")),
    I("Εν χίλια διακόσια το μήνα, θέλει δύο μήνες ντιπόζιτ τζαι ένα ενοίκιο μπροστά, τζαι το "
      "συμβόλαιο εν για έναν χρόνο"),
    I("Το κινητό μου εν ενενήντα εννιά, τετρακόσια είκοσι ένα, εξακόσια ογδόντα τρία",
      ("phone", "ενενήντα εννιά, τετρακόσια είκοσι ένα, εξακόσια ογδόντα τρία")),
    I("Το ημέιλ μου mpampis τελεία n παπάκι cytanet τελεία com τελεία cy",
      ("email", "mpampis τελεία n παπάκι cytanet τελεία com τελεία cy")),
    I("Το διαμέρισμα έσιει δύο υπνοδωμάτια, εν επιπλωμένο, τζαι τα κοινόχρηστα εν εξήντα ευρώ, "
      "εν μέσα στην τιμή"),
    I("Εν %s, Ελληνική Τράπεζα" % grp(EL_IBAN_D), ("iban", grp(EL_IBAN_D)),
      ctx="Το ντιπόζιτ θα σου το επιστρέψει ο ιδιοκτήτης με τράπεζα, δώσ' μου το IBAN σου να το βάλουμε στο συμβόλαιο"),
    I("Εικοσιπέντε του δώδεκα του ογδονταεφτά, Χριστούγεννα",
      ("date_of_birth", "Εικοσιπέντε του δώδεκα του ογδονταεφτά"),
      ctx="Τζαι την ημερομηνία γεννήσεως για το συμβόλαιο"),
])


# Greek, part 2. Calls: Athens self storage (young caller), Cyprus
# electricity account closure after a move (Nicosia), Athens property
# management repair (older caller), student renting a studio in Patras
# (Latin-script name), municipal fees change of payer (Chalandri).

EL_CARD_E = card("454617300982231")
EL_IBAN_F = iban("CY", "002001380000000357194602")
AFM_H = afm("16473092")
EL_CARD_H = card("526488130755402")
AFM_I = afm("07933516")

_F = "CY %s" % el_say(cut(EL_IBAN_F[2:], [2, 3, 5]))
_I = "%s, %s, %s" % (el_say(AFM_I[:3]), AFM_I[3:6], AFM_I[6:])

add("el", [
    # -- Athens self storage
    I("Box and Go self storage Μεταμόρφωση, γεια σας"),
    I("Γεια σας, είμαι η Κωνσταντίνα Αλεξίου, Ντίνα, ψάχνω έναν μικρό αποθηκευτικό χώρο για δύο "
      "μήνες μέχρι να βρω σπίτι",
      ("name", "Κωνσταντίνα Αλεξίου"), ("name", "Ντίνα")),
    I("Ο χώρος των τριών κυβικών είναι πενήντα πέντε ευρώ το μήνα, ελάχιστη διάρκεια ένας μήνας, "
      "και η πρόσβαση είναι από τις εφτά το πρωί ως τις δέκα το βράδυ"),
    I("Οκ, %s, λήγει 11/27" % cut(EL_CARD_E, [4, 4, 4]), ("card", cut(EL_CARD_E, [4, 4, 4])),
      ctx="Πληρώνετε τον πρώτο μήνα μαζί με την κλειδαριά, εξήντα εννιά ευρώ"),
    I("Το mail μου είναι dina.alexiou99@gmail.com", ("email", "dina.alexiou99@gmail.com")),
    I("έξι εννιά εννιά, τέσσερα δύο ένα, εξήντα, τριάντα εφτά",
      ("phone", "έξι εννιά εννιά, τέσσερα δύο ένα, εξήντα, τριάντα εφτά"),
      ctx="Κι ένα τηλέφωνο;"),
    I("Το φορτηγάκι το δίνουμε δωρεάν για την πρώτη μεταφορά, αν κλείσετε τουλάχιστον τρεις μήνες"),

    # -- Cyprus electricity, closing the old account (Nicosia)
    I("Αρχή Ηλεκτρισμού, καλημέρα, ο Χριστάκης εδώ, πώς μπορώ να βοηθήσω;", ("name", "Χριστάκης")),
    I("Καλημέρα, εγώ είμαι η Ελένη Χατζηγεωργίου, εμετακόμισα στον Στρόβολο τζαι θέλω να κλείσω "
      "τον λογαριασμό στο παλιό σπίτι",
      ("name", "Ελένη Χατζηγεωργίου")),
    I("Ο αριθμός λογαριασμού εν 08 345 611 20 τζαι η τελευταία ένδειξη εν σαράντα χιλιάδες "
      "τριακόσια δεκαοχτώ"),
    I("Οδός Αρχαγγέλου 17, διαμέρισμα 203, Στρόβολος, 2054 Λευκωσία",
      ("address", "Οδός Αρχαγγέλου 17, διαμέρισμα 203, Στρόβολος, 2054 Λευκωσία"),
      ctx="Ποια εν η καινούργια διεύθυνση;"),
    I("Στην Τράπεζα Κύπρου, %s" % _F, ("iban", _F),
      ctx="Η εγγύηση των εκατόν πενήντα ευρώ επιστρέφεται με έμβασμα, σε ποιον λογαριασμό;"),
    I("Το κινητό μου εν 96 218 774", ("phone", "96 218 774")),
    I("Τρεις Μαρτίου του εβδομήντα έξι", ("date_of_birth", "Τρεις Μαρτίου του εβδομήντα έξι"),
      ctx="Για επιβεβαίωση, ημερομηνία γεννήσεως;"),
    I("Ο τελικός λογαριασμός θα εκδοθεί σε δέκα μέρες, τζαι η σύνδεση στο καινούργιο σπίτι γίνεται "
      "τη Δευτέρα, δεκατέσσερις του μηνός"),

    # -- Athens property management, repairs (older caller)
    I("Διαχείριση ακινήτων Κεραμεικός, τμήμα βλαβών, παρακαλώ"),
    I("Ναι, γεια σας, ο Τάκης Μαυρίδης είμαι, Παναγιώτης, ενοικιαστής στο Κουκάκι, μου χάλασε ο "
      "θερμοσίφωνας από την Κυριακή",
      ("name", "Τάκης Μαυρίδης"), ("name", "Παναγιώτης")),
    I("Βεΐκου 31, τέταρτος όροφος, διαμέρισμα Δ4", ("address", "Βεΐκου 31, τέταρτος όροφος, διαμέρισμα Δ4"),
      ctx="Σε ποια διεύθυνση;"),
    I("Ο υδραυλικός θα έρθει αύριο μεταξύ δέκα και δύο, και αν είναι για αντικατάσταση το κόστος "
      "το αναλαμβάνει ο ιδιοκτήτης"),
    I("Πάρτε με στο σταθερό, δύο ένα μηδέν, ενενήντα δύο, τριάντα τέσσερα, οχτακόσια δεκαεφτά",
      ("phone", "δύο ένα μηδέν, ενενήντα δύο, τριάντα τέσσερα, οχτακόσια δεκαεφτά")),
    I("εεε επίσης έχει υγρασία στο μπάνιο από τον Φεβρουάριο, το είπα και στον διαχειριστή της "
      "πολυκατοικίας στις δεκαπέντε του μήνα"),

    # -- student renting a studio in Patras
    I("Γεια, είμαι η Ειρήνη, Irene Papadaki, φοιτήτρια, ενδιαφέρομαι για τη γκαρσονιέρα κοντά στο "
      "Πανεπιστήμιο",
      ("name", "Ειρήνη"), ("name", "Irene Papadaki")),
    I("Η γκαρσονιέρα είναι τριακόσια είκοσι ευρώ, επιπλωμένη, τριάντα πέντε τετραγωνικά, και τα "
      "κοινόχρηστα μαζί με το πετρέλαιο γύρω στα είκοσι πέντε το μήνα"),
    I("Ναι, %s" % AFM_H, ("id", AFM_H),
      ctx="Τον ΑΦΜ σου τον έχεις; Χρειάζεται για τη δήλωση στην εφορία"),
    I("Δεκαεννιά Μαΐου, δύο χιλιάδες τέσσερα", ("date_of_birth", "Δεκαεννιά Μαΐου, δύο χιλιάδες τέσσερα"),
      ctx="Και ημερομηνία γέννησης"),
    I("irene.pap κάτω παύλα 04 παπάκι hotmail τελεία com",
      ("email", "irene.pap κάτω παύλα 04 παπάκι hotmail τελεία com")),
    I("%s" % el_say(cut(EL_CARD_H, [4, 4, 4])), ("card", el_say(cut(EL_CARD_H, [4, 4, 4]))),
      ctx="Η αμοιβή μας είναι μισό ενοίκιο, εκατόν εξήντα ευρώ, με κάρτα;"),
    I("Ο πατέρας μου θα υπογράψει ως εγγυητής, θα έρθουμε το Σάββατο στις έντεκα στο γραφείο στην Κορίνθου"),

    # -- municipal fees, change of payer (Chalandri)
    I("Δήμος Χαλανδρίου, τμήμα εσόδων, καλημέρα σας"),
    I("Καλημέρα, είμαι ο Σταύρος Ιωαννίδης, νοίκιασα διαμέρισμα στο Χαλάνδρι και θέλω να περάσω τα "
      "δημοτικά τέλη στο όνομά μου",
      ("name", "Σταύρος Ιωαννίδης")),
    I(_I, ("id", _I), ctx="Τον ΑΦΜ σας;"),
    I("Αγίου Γεωργίου 9, πρώτος όροφος, Χαλάνδρι, 152 34",
      ("address", "Αγίου Γεωργίου 9, πρώτος όροφος, Χαλάνδρι, 152 34"),
      ctx="Τη διεύθυνση του ακινήτου;"),
    I("Τα τετραγωνικά στο μισθωτήριο είναι ογδόντα πέντε, οπότε τα τέλη βγαίνουν περίπου είκοσι "
      "δύο ευρώ το δίμηνο, μέσα στον λογαριασμό ρεύματος"),
    I("Χρειάζομαι το μισθωτήριο από το Taxisnet και τον αριθμό παροχής, 1 18834056-01 2, και τα στέλνετε με email"),
])


# Greek, part 3. Calls: international removals for a family returning from
# Stuttgart, Larnaca property management deposit refund (Cypriot Greek),
# Athens water account transfer for a new tenant, furniture storage in
# Heraklion, an older landlady and her letting agent, a building management
# company (service charges).

AFM_J = afm("11684207")
DE_IBAN_J = iban("DE", "600501010004318862")
EL_CARD_J = card("492017745368210")
EL_IBAN_K = iban("CY", "005003300000000270918334")
EL_CARD_K = card("535807216694410")
AFM_L = afm("15290473")
EL_IBAN_L = iban("GR", "02602530000940200778163")
EL_CARD_L = card("418236550917723")
AFM_M = afm("12975364")
EL_CARD_M = card("550731284409916")
AFM_N = afm("02174855")
EL_IBAN_N = iban("GR", "01101470000147290045182")
EL_CARD_O = card("454391206738845")

_L5 = grp(EL_IBAN_L).lower()

add("el", [
    # -- international removals, returning from Stuttgart
    I("Διεθνείς Μεταφορές Αιγαίον, καλησπέρα, τμήμα μετοικεσίας"),
    I("Καλησπέρα, λέγομαι Αθανάσιος Λιάπης, Θανάσης, γυρνάμε από τη Στουτγάρδη μετά από δώδεκα χρόνια",
      ("name", "Αθανάσιος Λιάπης"), ("name", "Θανάσης")),
    I("Ένα κοντέινερ είκοσι ποδών από Στουτγάρδη μέχρι Θεσσαλονίκη είναι τρεις χιλιάδες οχτακόσια "
      "ευρώ, και ο εκτελωνισμός διακόσια πενήντα επιπλέον"),
    I("%s, τον έχω κρατήσει από τότε" % el_say(cut(AFM_J, [3, 3])),
      ("id", el_say(cut(AFM_J, [3, 3]))),
      ctx="Για τη μετοικεσία στο τελωνείο χρειαζόμαστε τον ΑΦΜ σας"),
    I("γεννήθηκα 14/08/1977", ("date_of_birth", "14/08/1977"),
      ctx="Και ημερομηνία γέννησης για το έντυπο"),
    I("Το γερμανικό κινητό, +49 1523 8841706", ("phone", "+49 1523 8841706")),
    I("Στην Καλαμαριά, Κομνηνών 52, τρίτος όροφος", ("address", "Καλαμαριά, Κομνηνών 52, τρίτος όροφος"),
      ctx="Πού θα γίνει η παράδοση στην Ελλάδα;"),
    I("Ακόμα στον γερμανικό λογαριασμό, %s" % grp(DE_IBAN_J), ("iban", grp(DE_IBAN_J)),
      ctx="Η επιστροφή της εγγύησης για το κοντέινερ πού να γίνει;"),
    I("Visa, %s" % cut(EL_CARD_J, [4, 4, 4]), ("card", cut(EL_CARD_J, [4, 4, 4])),
      ctx="Η προκαταβολή είναι το τριάντα τοις εκατό"),
    I("Το email είναι thanasis.liapis@web.de", ("email", "thanasis.liapis@web.de")),
    I("Το πλοίο φεύγει από το Αμβούργο στις είκοσι τρεις του μήνα και φτάνει Θεσσαλονίκη σε δεκαοχτώ με είκοσι μέρες"),

    # -- Larnaca property management, deposit refund (Cypriot Greek)
    I("Larnaca Property Care, καλημέρα σας"),
    I("Καλημέρα, αφήνω το διαμέρισμα κοντά στις Φοινικούδες στο τέλος του μήνα τζαι θέλω να δω "
      "πότε θα πάρω πίσω το ντιπόζιτ, τα χίλια οχτακόσια"),
    I("Μετά την επιθεώρηση, αν όλα εν εντάξει, επιστρέφεται σε δεκατέσσερις μέρες, μείον τον "
      "τελευταίο λογαριασμό του νερού"),
    I("Hellenic Bank, %s" % EL_IBAN_K, ("iban", EL_IBAN_K),
      ctx="Σε ποιον λογαριασμό να το στείλουμε;"),
    I("Θα είμαι στο Λονδίνο, 14 Palmers Road, Wood Green, London N22 6RG",
      ("address", "14 Palmers Road, Wood Green, London N22 6RG"),
      ctx="Τζαι μια διεύθυνση για αλληλογραφία μετά;"),
    I("Μέχρι τότε στο +357 99 804 316", ("phone", "+357 99 804 316")),
    I("τζαι το email μου, andreas κάτω παύλα ch παπάκι outlook τελεία com",
      ("email", "andreas κάτω παύλα ch παπάκι outlook τελεία com")),
    I("Πάρε την κάρτα, %s" % cut(EL_CARD_K, [4, 4, 4]), ("card", cut(EL_CARD_K, [4, 4, 4])),
      ctx="Η τελική επιθεώρηση χρεώνεται πενήντα ευρώ, να την πληρώσεις τωρά;"),

    # -- Athens water account transfer for a new tenant
    I("ΕΥΔΑΠ, εξυπηρέτηση πελατών, για μεταβίβαση υδρομέτρου λόγω μίσθωσης πατήστε τρία"),
    I("%s %s %s" % (AFM_L[:3], AFM_L[3:6], AFM_L[6:]),
      ("id", "%s %s %s" % (AFM_L[:3], AFM_L[3:6], AFM_L[6:])),
      ctx="Τον ΑΦΜ του νέου χρήστη;"),
    I("εικοσιτρείς του δέκα του ενενήντα ένα", ("date_of_birth", "εικοσιτρείς του δέκα του ενενήντα ένα"),
      ctx="Ημερομηνία γέννησης;"),
    I("Ο αριθμός υδρομέτρου είναι 18Κ047732 και η ένδειξη τριακόσια εξήντα ένα κυβικά"),
    I("ναι βάλτε πάγια εντολή το iban είναι %s" % _L5, ("iban", _L5)),
    I("%s" % el_say(cut(EL_CARD_L, [4, 4, 4])), ("card", el_say(cut(EL_CARD_L, [4, 4, 4]))),
      ctx="Το τέλος μεταβίβασης είναι δεκαπέντε ευρώ, με κάρτα"),
    I("Στείλτε τον λογαριασμό ηλεκτρονικά στο m.georgiou παπάκι otenet τελεία gr",
      ("email", "m.georgiou παπάκι otenet τελεία gr")),
    I("Η μεταβίβαση ολοκληρώνεται σε πέντε εργάσιμες και ο πρώτος λογαριασμός θα έρθει τον Μάρτιο, για το τετράμηνο"),

    # -- furniture storage, Heraklion
    I("Φύλαξη Επίπλων Κρήτης, Ηράκλειο, καλημέρα"),
    I("Θέλω να φυλάξετε τα έπιπλα από ένα τριάρι για έξι μήνες, γιατί πάω Αθήνα για δουλειά από τον Σεπτέμβρη"),
    I("Λεωφόρος Κνωσού 212, δεύτερος όροφος, πάνω από το φαρμακείο",
      ("address", "Λεωφόρος Κνωσού 212, δεύτερος όροφος, πάνω από το φαρμακείο"),
      ctx="Από πού τα παίρνουμε;"),
    I("δύο οχτώ ένα μηδέν, τριακόσια σαράντα ένα, εξακόσια εβδομήντα",
      ("phone", "δύο οχτώ ένα μηδέν, τριακόσια σαράντα ένα, εξακόσια εβδομήντα"),
      ctx="Ένα τηλέφωνο επικοινωνίας;"),
    I("Η φύλαξη είναι ογδόντα ευρώ το μήνα για δώδεκα κυβικά, η μεταφορά μέχρι την αποθήκη εκατόν "
      "είκοσι, και το περιτύλιγμα με φιλμ δωρεάν"),
    I("Σημειώστε, %s" % AFM_M, ("id", AFM_M), ctx="Για το συμφωνητικό φύλαξης θέλουμε ΑΦΜ"),
    I("Πρώτη Απριλίου του ογδόντα δύο, ναι, πρωταπριλιά",
      ("date_of_birth", "Πρώτη Απριλίου του ογδόντα δύο"),
      ctx="Και ημερομηνία γέννησης"),
    I("Με Mastercard, %s" % cut(EL_CARD_M, [4, 4, 4], "-"), ("card", cut(EL_CARD_M, [4, 4, 4], "-"))),

    # -- older landlady and her letting agent
    I("Καλημέρα κυρία Φωτεινή, τι κάνετε; Ο ενοικιαστής σας έφυγε τελικά;", ("name", "Φωτεινή")),
    I("Ναι, παιδί μου, έφυγε στις τριάντα του μηνός, και άφησε και τον λογαριασμό του ρεύματος "
      "απλήρωτο, εκατόν δεκαοχτώ ευρώ"),
    I("%s" % el_say(cut(AFM_N, [3, 3])), ("id", el_say(cut(AFM_N, [3, 3]))),
      ctx="Για το καινούργιο μισθωτήριο θέλω και πάλι τον ΑΦΜ σας"),
    I("Στην Εθνική, %s" % grp(EL_IBAN_N), ("iban", grp(EL_IBAN_N)),
      ctx="Και το ενοίκιο πού θα το καταθέτει ο καινούργιος;"),
    I("το email μου το έφτιαξε ο εγγονός μου, fotini πενήντα παπάκι yahoo τελεία gr",
      ("email", "fotini πενήντα παπάκι yahoo τελεία gr")),
    I("Δέκα Ιανουαρίου του πενήντα", ("date_of_birth", "Δέκα Ιανουαρίου του πενήντα"),
      ctx="Για να σας βγάλω κωδικούς Taxisnet χρειάζομαι και την ημερομηνία γέννησης"),
    I("Το καινούργιο ενοίκιο θα είναι πεντακόσια ογδόντα από πρώτη Δεκεμβρίου, με εγγύηση δύο "
      "ενοίκια, χίλια εκατόν εξήντα"),

    # -- building management company, service charges
    I("Διαχειριστική εταιρεία Πολυκατοικίες Α.Ε., λογιστήριο, παρακαλώ"),
    I("Τα κοινόχρηστα του Νοεμβρίου για το διαμέρισμα Β2 είναι ογδόντα τέσσερα ευρώ και πενήντα "
      "λεπτά, με το πετρέλαιο μέσα"),
    I("ο ιδιοκτήτης λέει ότι τον ανελκυστήρα και το πετρέλαιο τα πληρώνει ο ενοικιαστής ενώ το "
      "αποθεματικό το πληρώνει αυτός"),
    I("εντάξει, %s" % el_say(cut(EL_CARD_O, [4, 4, 4])), ("card", el_say(cut(EL_CARD_O, [4, 4, 4]))),
      ctx="Μπορείτε να τα πληρώσετε με κάρτα τώρα"),
    I("Η εξόφληση περνάει σε δύο εργάσιμες και η απόδειξη θα μπει στην είσοδο μαζί με την κατάσταση του Δεκεμβρίου"),
])
COMPLETE.add("el")


if __name__ == "__main__":
    sys.exit(main())
