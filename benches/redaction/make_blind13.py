#!/usr/bin/env python3
"""Generator of the "blind13" held-out redaction evaluation set.

Who wrote it and how: a helper session started by the project, working only from a
written brief (the product's specification of what counts as personal data, the output
format and the style of the lines).  It never opened, listed or read the redactor, its
rules, its tests, or any other evaluation set or generator.  All values are invented;
check-digit values (cards, IBANs, national IDs) are computed here and asserted.

Output: data/redaction/blind13/{en,ar,he,el}.jsonl, one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).  They are
  computed by searching for the span's substring and asserted below.
- context (optional) is an earlier line of the same call, e.g. the agent's question.
  It is not scored.
- Items with empty spans are non-personal and must come out unchanged.

About a third of the lines are written as a recogniser without punctuation writes them
(lower case, no punctuation: see plain()).  Before writing, the script asserts every span,
re-checks card/IBAN/ID values that are written in digits or spelled digit by digit, and
asserts that the numbers outside the spans fail every card/ID check.

Run:  python3 benches/redaction/make_blind13.py   (standard library only, deterministic)
"""

import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind13"))

# ---------------------------------------------------------------------------
# Check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(s):
    d = [int(c) for c in s]
    total = 0
    for i, v in enumerate(reversed(d)):
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    """Complete a card number (13-19 digits) with its Luhn digit."""
    full = luhn_complete(partial)
    assert 13 <= len(full) <= 19 and luhn_ok(full), full
    return full


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27, "NL": 18, "ES": 24,
            "QA": 29, "KW": 30, "BH": 22, "LB": 28}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 4 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    """Return the IBAN of country cc with the given BBAN, check digits computed."""
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_num(bban + cc + "00") % 97
    full = "%s%02d%s" % (cc, check, bban)
    assert len(full) == IBAN_LEN[cc], (full, len(full), IBAN_LEN[cc])
    assert iban_ok(full), full
    return full


def group(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = 0
    for i, c in enumerate(s):
        v = int(c) * (1 if i % 2 == 0 else 2)
        total += v // 10 + v % 10
    return total % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    total = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(s[8])


def afm(partial8):
    total = sum(int(partial8[i]) * 2 ** (8 - i) for i in range(8))
    full = partial8 + str(total % 11 % 10)
    assert afm_ok(full), full
    return full


def saudi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok(s)


def saudi(partial9):
    full = luhn_complete(partial9)
    assert saudi_ok(full), full
    return full


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    area, grp, ser = int(d[:3]), int(d[3:5]), int(d[5:])
    return area != 0 and area != 666 and area < 900 and grp != 0 and ser != 0


def any_check_ok(digits):
    """True when a digit string would pass one of the personal-number checks."""
    n = len(digits)
    if 13 <= n <= 19 and luhn_ok(digits):
        return True
    if n == 9 and (tz_ok(digits) or afm_ok(digits) or ssn_ok(digits)):
        return True
    if n == 10 and saudi_ok(digits):
        return True
    return False


def not_personal(*numbers):
    """Assert that long non-personal numbers fail every check; return the first."""
    for num in numbers:
        d = re.sub(r"\D", "", to_ascii_digits(num))
        assert not any_check_ok(d), ("non-personal number passes a check", num)
    return numbers[0]


# ---------------------------------------------------------------------------
# Digits <-> words
# ---------------------------------------------------------------------------

AR_INDIC = "٠١٢٣٤٥٦٧٨٩"


def to_ascii_digits(s):
    return "".join(str(AR_INDIC.index(c)) if c in AR_INDIC else c for c in s)


def ar_indic(s):
    return "".join(AR_INDIC[int(c)] if c.isdigit() else c for c in s)


EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_DF = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_DM = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_LEV = "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_GULF = "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_MA = "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split()


def words(digits, table, sep=" ", oh=False, groups=None, gsep=None):
    """Spell digits one by one.  groups: sizes of groups joined with gsep."""
    def w(c):
        if oh and c == "0":
            return "oh"
        return table[int(c)]
    if not groups:
        return sep.join(w(c) for c in digits)
    out, i = [], 0
    for g in groups:
        out.append(sep.join(w(c) for c in digits[i:i + g]))
        i += g
    assert i == len(digits), (digits, groups)
    return (gsep or sep).join(out)


def en_say(digits, groups=None, oh=True, double=True, gsep=", "):
    """Say digits the way English speakers do: "oh", "double five", "triple seven"."""
    groups = groups or [len(digits)]
    out, i = [], 0
    for g in groups:
        chunk, i = digits[i:i + g], i + g
        ws, j = [], 0
        while j < len(chunk):
            c = chunk[j]
            w = "oh" if (oh and c == "0") else EN_D[int(c)]
            run = 1
            while double and j + run < len(chunk) and chunk[j + run] == c and run < 3:
                run += 1
            if run == 3:
                ws.append("triple " + w)
            elif run == 2:
                ws.append("double " + w)
            else:
                ws.append(w)
            j += run
        out.append(" ".join(ws))
    assert i == len(digits), (digits, groups)
    return gsep.join(out)


# ---------------------------------------------------------------------------
# Items -> JSON lines
# ---------------------------------------------------------------------------

LANGS = {}  # lang -> list of (text, [(kind, substring[, occurrence])], context)


def plain(s, lang=""):
    """Lower case, no punctuation: how some recognisers write a line.  In Hebrew the
    geresh, gershayim and maqaf belong to the spelling (ג'ני, ת"ז, ב-12) and stay."""
    if lang == "he":
        s = re.sub(r"[.,?!;:]", "", s)
        return re.sub(r"\s+", " ", s).strip()
    s = s.lower().replace("-", " ").replace("–", " ")
    s = re.sub(r"[.,?!;:\"()'’،؟·;]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def add(lang, text, spans=(), context="", plain_text=False):
    if plain_text:
        text = plain(text, lang)
        spans = [(sp[0], plain(sp[1], lang)) + tuple(sp[2:]) for sp in spans]
    LANGS.setdefault(lang, []).append((text, list(spans), context))


def build(lang, items):
    lines = []
    seen = set()
    for text, spans, context in items:
        assert text == text.strip() and text, repr(text)
        assert text not in seen, ("duplicate item", text)
        seen.add(text)
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (kind, repr(sub))
            idx = -1
            for _ in range(occ + 1):
                idx = text.find(sub, idx + 1)
                assert idx >= 0, ("span not found", kind, sub, text)
            start = len(text[:idx].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: (s["start"], s["end"]))
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlapping spans", text)
        obj = {"text": text, "spans": out}
        if context:
            obj["context"] = context
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


def report(lang, items):
    counts = {k: 0 for k in sorted(KINDS)}
    empty = 0
    for _, spans, _ in items:
        if not spans:
            empty += 1
        for sp in spans:
            counts[sp[0]] += 1
    total = sum(counts.values())
    print("%s: %d items (%d non-personal), %d spans: %s" % (
        lang, len(items), empty, total,
        ", ".join("%s=%d" % kv for kv in counts.items())))


# ===========================================================================
# Items, one language at a time
# ===========================================================================

PARTS = []  # functions that add items, run in order by main()


# ---------------------------------------------------------------- English
# Calls: gas-cylinder delivery (Lagos), physiotherapy clinic (Cork), home-security
# alarm (Chicago), catering (Bengaluru), ferry company (Rosslare), tyre shop (Sydney),
# satellite-TV subscription (Leeds), employment agency (London / Riyadh), pest control
# (Austin), hearing-aid clinic (Bristol), tutoring centre (Beit Shemesh / Dubai),
# optician (Perth), blood-bank donor line (Ohio), bicycle shop (Cardiff).


def en_part1():
    def A(text, spans=(), context="", p=False):
        add("en", text, spans, context, p)

    # --- gas-cylinder delivery, Lagos (Nigerian English)
    verve = card("506105338190247716")  # 19-digit Verve
    A("Good afternoon, BlueFlame Gas, my name is Tolu, how may I help you?", [("name", "Tolu")])
    A("Yes good afternoon, this is Chukwuemeka Okonkwo, I want to order refill for my 12.5 kg cylinder.",
      [("name", "Chukwuemeka Okonkwo")])
    A("Alright Mr Okonkwo, is it the same address we have on file?", [("name", "Okonkwo")])
    A("no we have moved o the new place is plot 14 admiralty way lekki phase one",
      [("address", "plot 14 admiralty way lekki phase one")],
      "Alright Mr Okonkwo, is it the same address we have on file?")
    A("Call me on 0803 555 2190, or my wife, 0812 555 4471.",
      [("phone", "0803 555 2190"), ("phone", "0812 555 4471")], p=True)
    A("The refill for 12.5 kilo is 15,800 naira, delivery is 1,500, so total is 17,300.")
    v = group(verve)
    A("I will pay with card. It's %s." % v, [("card", v)])
    A("Your order number is %s and the rider will come between 2 and 4pm tomorrow, Thursday."
      % not_personal("40-77-1935"))
    A("you can just call me emeka sha send the receipt to emeka dot okonkwo eighty four at gmail dot com",
      [("name", "emeka", 0), ("email", "emeka dot okonkwo eighty four at gmail dot com")])
    A("Ehen, one more thing, the 6 kg one for my shop in Ikeja, is it still 8,200?")

    # --- physiotherapy clinic, Cork (Irish English)
    ie = iban("IE", "BOFI90001763482215")
    A("Hello, Harbour Physio, Ciara speaking.", [("name", "Ciara")])
    A("Hi, it's Siobhán Ní Bhriain here, I'm booked in for Tuesday at half ten but I need to move it.",
      [("name", "Siobhán Ní Bhriain")], p=True)
    A("No problem, Siobhán. Can I just confirm your date of birth?", [("name", "Siobhán")])
    A("the fourth of the sixth nineteen seventy nine",
      [("date_of_birth", "the fourth of the sixth nineteen seventy nine")],
      "No problem, Siobhán. Can I just confirm your date of birth?")
    A("Lovely. I've a slot on Thursday the 14th at 9:15 with the same physio, or Friday at 3.")
    A("Yeah, you've 4 of the 6 sessions left on the VHI plan, 55 euro each after the 20 euro excess.")
    A("And the mobile we have is 087 419 2260, is that still right?", [("phone", "087 419 2260")])
    ph = en_say("0863314779", [3, 2, 2, 3])
    A("No, that's the old one, it's %s." % ph, [("phone", ph)],
      "And the mobile we have is 087 419 2260, is that still right?")
    v = group(ie)
    A("For the refund from the insurance, the IBAN is %s, that's Bank of Ireland." % v, [("iban", v)])
    addr = "apartment 5, The Moorings, Cobh Road, Carrigaline, County Cork, P43 XK72"
    A("It's %s." % addr, [("address", addr)], "We'll post the receipts out, what's the address?")

    # --- home-security alarm, Chicago (US English)
    visa = card("453201511283036")
    A("Thank you for calling Sentinel Home Security, this is Marcus, can I get your name please?",
      [("name", "Marcus")])
    A("yeah hi my name is kimberly nowak kim", [("name", "kimberly nowak"), ("name", "kim", 1)])
    A("Thanks, Kim. For the financing we run a soft credit check, so I'll need your social.",
      [("name", "Kim")])
    assert ssn_ok("412-57-3308")
    A("Sure, it's 412-57-3308.", [("id", "412-57-3308")],
      "Thanks, Kim. For the financing we run a soft credit check, so I'll need your social.", p=True)
    A("okay so the package is the eight piece kit at 29 99 a month on a 36 month contract")
    A("It's 2231 North Halsted, apartment 4B, Chicago, 60614.",
      [("address", "2231 North Halsted, apartment 4B, Chicago, 60614")],
      "And what's the address where we'll be installing?", p=True)
    A("three one two five five five oh one nine eight",
      [("phone", "three one two five five five oh one nine eight")],
      "What's the best callback number?")
    A("Our tech can come Monday, March 3rd, between 8 and noon, and the panel is the SH-4200.")
    v = group(visa)
    A("Yeah, Visa, %s, expiry oh nine twenty-seven." % v, [("card", v)])
    A("Perfect, that $99 activation fee will show as Sentinel HS on your statement, on the 28th.")

    # --- catering service, Bengaluru (Indian English)
    mc = card("524871063319542")
    A("Good morning, Annapoorna Caterers, Deepa this side.", [("name", "Deepa")])
    A("Good morning madam, myself Venkatesh Raghunathan, I had enquired for my daughter's engagement function.",
      [("name", "Venkatesh Raghunathan")])
    A("Yes Venkatesh sir, for 250 pax, veg menu, on 18th January, correct?", [("name", "Venkatesh")])
    A("correct only but now it is 300 pax and we want two sweets gulab jamun and payasam")
    A("So 300 plates at 650 rupees plus 18% GST, total comes to 2,30,100.")
    sp = en_say(mc, [4, 4, 4, 4])
    A("i will give the card number it is %s" % sp, [("card", sp)],
      "Advance is 50,000. You can transfer or pay by card.")
    em = "v, r, a, g, h, u, vraghu, at rediffmail dot com"
    A("Send the quotation to %s." % em, [("email", em)])
    A("Plus 91 98450 61723, this is WhatsApp also.", [("phone", "Plus 91 98450 61723")],
      "And contact number, sir?")
    A("Venue is Kalyana Mantapa near Jayanagar 4th Block, Sunday 7 pm onwards.")

    # --- ferry company, Rosslare (Irish English)
    amex = card("34921876503318")
    A("Good evening, Celtic Link Ferries, you're speaking with Aoife.", [("name", "Aoife")])
    A("hi there its paddy o ceallaigh i have a booking for the twenty second",
      [("name", "paddy o ceallaigh")])
    A("Booking reference is CL 48 77 19 3, Rosslare to Cherbourg, 22nd of July, 9:30 pm.")
    A("Right, Mr. Ó Ceallaigh, I have you, two adults, one car, cabin 4127.",
      [("name", "Ó Ceallaigh")])
    A("I need to add my mother for the pensioner fare, she was born the 9th of October 1948.",
      [("date_of_birth", "the 9th of October 1948")])
    A("That's an extra 89 euro, and the crossing takes 16 and a half hours.")
    v = "%s %s %s" % (amex[:4], amex[4:10], amex[10:])
    A("It's an Amex, %s." % v, [("card", v)])

    # --- tyre shop, Sydney (Australian English)
    A("G'day, Bayside Tyre and Wheel, Jono speaking.", [("name", "Jono")])
    A("hey mate its barry thompson bazza i rang yesterday about four tyres for the hilux",
      [("name", "barry thompson"), ("name", "bazza")])
    A("Yeah, Bazza, 265/65 R17, we've got the Bridgestones at 289 each, fitted and balanced.",
      [("name", "Bazza")], p=True)
    A("Unit 7, 42 Beach Road, Coogee, 2034.",
      [("address", "Unit 7, 42 Beach Road, Coogee, 2034")],
      "Sure, we can do mobile fitting. What's the address?")
    ph = en_say("0412556873", [4, 3, 3])
    A("best number's %s" % ph, [("phone", ph)])
    A("It'll be Wednesday arvo, between 1 and 3, total's 1,156 with the wheel alignment.")


PARTS.append(en_part1)



def en_part2():
    def A(text, spans=(), context="", p=False):
        add("en", text, spans, context, p)

    # --- satellite-TV subscription, Leeds (older Yorkshire caller)
    gb = iban("GB", "HBUK40127654298310")
    A("Oh, hello love, yes, it's, um, %s." % not_personal("6044 1927"))
    A("its mrs margaret holloway but everyone calls me peggy",
      [("name", "margaret holloway"), ("name", "peggy")],
      "Thank you, and can you confirm the name on the account?")
    A("Twenty-first of May, 1944. I'll be eighty this year.",
      [("date_of_birth", "Twenty-first of May, 1944")],
      "And your date of birth, for security?", p=True)
    A("Thank you. I can see the Movies bundle went up from 32.50 to 38 pounds on the 1st of April.")
    A("i want to go back to just the basic one the nineteen ninety nine and pay by direct debit not the card")
    sp = "G B %s, H B U K, %s" % (en_say(gb[2:4], oh=False, double=False),
                                 en_say(gb[8:], [4, 4, 4, 2], double=False))
    A("Yes, hold on, my glasses... right, %s." % sp, [("iban", sp)],
      "Have you got your IBAN there? It's on your bank statement.")
    em = "peggy holloway forty seven at btinternet dot com"
    A("its %s all one word" % em, [("email", em)], "And an e-mail address for your bills?")
    A("That's done, your next bill on the 15th will be 19.99, and the box upgrade is free after 24 months.")

    # --- healthcare employment agency, London (Nigerian, Indian, Greek callers)
    iq = saudi("241736625")
    gr = afm("12840375")
    A("CareBridge Recruitment, good afternoon, how can I help?")
    A("good afternoon my name is funmilayo adeyemi i applied for the band five nurse post in riyadh",
      [("name", "funmilayo adeyemi")])
    A("Your application reference is CB-2291-0457, interview on Teams, Tuesday the 11th at 2 pm UK time, 5 pm Riyadh.")
    A("It is 14th February, 1991.", [("date_of_birth", "14th February, 1991")],
      "For the Saudi visa file we need your date of birth exactly as on the passport.", p=True)
    A("funmi underscore adeyemi at yahoo dot co dot uk",
      [("email", "funmi underscore adeyemi at yahoo dot co dot uk")], "And an e-mail?")
    A("The salary is 11,500 riyals a month, housing included, 30 days annual leave, two-year contract.", p=True)
    sp = " ".join(iq)
    A("sir i am already working in riyadh my iqama number is %s" % sp, [("id", sp)])
    ph = "plus nine six six, fifty-five, three one two, double four eight nine"
    A("You can reach me on %s, on WhatsApp." % ph, [("phone", ph)], p=True)
    v = "%s %s %s" % (gr[:3], gr[3:6], gr[6:])
    A("For the Greek certificates they asked for my AFM, the tax number, it's %s." % v, [("id", v)])
    A("We had 46 applicants for the 12 posts in Jeddah, shortlist goes out on the 3rd of June.")

    # --- pest control, Austin (US English, Texan)
    disc = card("601153289047126")
    A("Thanks for calling Lone Star Pest Solutions, how can I help you today?")
    A("hi yes we got roaches again its been like three weeks since yall sprayed")
    A("I'm sorry about that. The treatment on February 6th is under the 90-day guarantee, so the re-service is free.")
    A("Yeah, it's 1807 East Cesar Chavez Street, Austin, 78702.",
      [("address", "1807 East Cesar Chavez Street, Austin, 78702")], "Can I get the service address?", p=True)
    A("(512) 555-0143.", [("phone", "(512) 555-0143")],
      "And a good number to text when the tech is on the way?")
    A("And email the report to lupe.ramirez512@gmail.com, please.",
      [("email", "lupe.ramirez512@gmail.com")])
    A("we have thursday between ten and twelve or saturday morning and the quarterly plan is 119 plus tax")
    v = "-".join([disc[:4], disc[4:8], disc[8:12], disc[12:]])
    A("Go ahead and put the termite inspection on my Discover, %s." % v, [("card", v)])

    # --- hearing-aid clinic, Bristol (older caller)
    vis13 = card("491761234503")
    A("Hello, ClearSound Hearing Centre, how can I help?")
    A("third of the eleventh thirty eight", [("date_of_birth", "third of the eleventh thirty eight")],
      "Can I have your date of birth to find your record?")
    old = "4 Ashley Down Road, BS7 9JR"
    A("Thank you. Is it still %s?" % old, [("address", old)])
    new = "23 Filton Avenue, Horfield, BS7 0AQ"
    A("No, no, I've moved in with my daughter, it's %s." % new, [("address", new)],
      "Thank you. Is it still %s?" % old, p=True)
    ph = "oh one one seven, four nine six, oh seven three two"
    A("%s, that's her house phone." % ph.capitalize(), [("phone", ph.capitalize())])
    A("New domes and a service are 45 pounds, or free on the aftercare plan, which runs till March 2026.")
    v = "%s %s %s %s" % (vis13[:4], vis13[4:8], vis13[8:12], vis13[12:])
    A("I'll pay by card then. It's %s, it's an old card." % v, [("card", v)])
    A("We'll see you Monday the 9th at 11:40, bring both aids and the charger, the model's the RX 312.")


PARTS.append(en_part2)



def en_part3():
    def A(text, spans=(), context="", p=False):
        add("en", text, spans, context, p)

    # --- tutoring centre: Beit Shemesh (Anglo immigrant) and Dubai (Saudi / Indian parents)
    tzv = tz("33184726")
    ae = iban("AE", "0260001015673829101")
    sa = saudi("108452973")
    A("Hi, Bright Minds Tutoring, English line, how can I help?")
    A("hi so i want to sign up my son for the bagrut math prep the five unit one")
    A("Sure, the course is 12 sessions of 90 minutes, Sundays and Wednesdays, 1,450 shekels.")
    sp = en_say(tzv, [3, 3, 3], double=False, oh=False)
    A("Okay, my teudat zehut is %s." % sp, [("id", sp)],
      "For the registration I need the parent's ID number.", p=True)
    A("yudi goldfarb at gmail dot com yudi with a y",
      [("email", "yudi goldfarb at gmail dot com")], "And the e-mail for the invoices?")
    A("He was born on the 2nd of June 2008, so he's in eleventh grade.",
      [("date_of_birth", "the 2nd of June 2008")])
    v = group(ae)
    A("For the refund of the trial lesson, this is my account, %s, Emirates NBD." % v, [("iban", v)])
    v = sa
    A("The national ID of the father is %s, I am writing it from his card." % v, [("id", v)])
    A("IGCSE Chemistry is AED 2,800 for the term, that's 16 lessons, starting Sunday the 7th of September.")

    # --- optician, Perth (Australian English)
    mc2 = card("222300471596284")
    A("Good morning, Clearview Optometrists Subiaco, how can I help?")
    A("twelve march eighty four", [("date_of_birth", "twelve march eighty four")],
      "No worries. And your date of birth so I can find your file?")
    A("Your script from last year was minus 2.25 in the right, minus 2.5 in the left, with 0.75 cylinder.")
    A("The frames are 189 and the lenses with the blue filter are 240, so 429, less 150 back from HBF.")
    A("Mitch dot O'Brien at bigpond dot com. O, apostrophe, B, R, I, E, N.",
      [("email", "Mitch dot O'Brien at bigpond dot com")], "What e-mail should we send the reminder to?")
    sp = en_say(mc2, [4, 4, 4, 4], double=False)
    A("Yeah, Mastercard, %s." % sp, [("card", sp)], p=True)
    A("They'll be ready in 7 to 10 working days, so around Friday the 21st.")

    # --- blood-bank donor line, Columbus Ohio (US English)
    s1, s2, s3 = "291-44-6017", "508221981", "318-06-7254"
    for x in (s1, s2, s3):
        assert ssn_ok(x), x
    A("Hi, my name's DeShawn Carter, I want to book a platelet donation.", [("name", "DeShawn Carter")])
    A("seven nineteen eighty eight", [("date_of_birth", "seven nineteen eighty eight")],
      "Okay, what's your date of birth?")
    sp = "five oh eight, twenty-two, nineteen eighty-one"
    assert s2 == "508" + "22" + "1981"
    A("Yeah, it's %s, like the year." % sp, [("id", sp)],
      "And for a first-time donor we need your Social Security number.")
    A("So that's %s, is that right?" % s1, [("id", s1)], p=True)
    A("deshawn dot carter at outlook dot com", [("email", "deshawn dot carter at outlook dot com")],
      "And an e-mail for the appointment reminder?")
    A("Platelet donation takes about 2 hours, you can give every 7 days, up to 24 times a year.", p=True)
    A("Your last whole blood donation was on May 3rd, so the earliest is June 28th at 10:30.")
    A("My wife wants to register too, her social is %s." % s3, [("id", s3)])

    # --- bicycle shop, Cardiff (Welsh, Dutch and German customers)
    mae = card("675900112358132134")
    nl = iban("NL", "INGB0006283715")
    de = iban("DE", "100700240283917455")
    gb2 = iban("GB", "LOYD30963718264050")
    A("Your order number is %s, the Brompton C Line, 6 speed, is 1,525 pounds."
      % not_personal("2024 0611 3387"))
    v = "%s %s, yeah, %s %s %s" % (mae[:4], mae[4:8], mae[8:12], mae[12:16], mae[16:])
    A("It's a Maestro, %s." % v, [("card", v)], p=True)
    addr = "Flat 2, 118 Cathedral Road, Pontcanna, CF11 9LQ"
    A("Deliver it to %s, please, it's the blue door." % addr, [("address", addr)])
    A("hi i bought the gazelle at the show in april and i want the deposit back to my dutch account")
    sp = " ".join(nl[:2]) + " " + nl[2:4] + " " + " ".join(nl[4:8]) + " " + group(nl[8:], 3)
    A("Okay, it is %s." % sp, [("iban", sp)], "Go on, what's the IBAN?")
    v = group(de)
    A("The refund for the returned e-bike battery, 649 euro, please to %s." % v, [("iban", v)])
    sp = "g b %s l o y d %s" % (en_say(gb2[2:4], double=False),
                              en_say(gb2[8:], [6, 8], gsep=" ", double=False))
    A("the iban is %s" % sp, [("iban", sp)], "Which account shall we send the 80 pounds back to?")
    A("The service is 65 pounds, the chain and cassette 112, we're closed Sundays and bank holidays.")
    A("it's the shop on Clare Road, past the Lidl, opposite the Wellington pub.")

    # --- a second ferry call, Rosslare (refund to an Irish account, German passenger)
    ie2 = iban("IE", "IPBS99062017458830")
    de2 = iban("DE", "500105175407324931")
    sp = "i e %s i p b s %s" % (en_say(ie2[2:4], double=False),
                              en_say(ie2[8:], [6, 4, 4], gsep=" ", double=False))
    A("its %s" % sp, [("iban", sp)],
      "The sailing on the 3rd was cancelled, so we'll refund the 412 euro. What's your IBAN?")
    A("My flight EI 712 lands at 7:05 so I will miss the 8:45 sailing, can I move to the 20:30?")
    v = group(de2)
    A("Please send it to my German account, %s, thank you." % v, [("iban", v)])


PARTS.append(en_part3)

# ---------------------------------------------------------------- Arabic
# Calls: gas-cylinder delivery (Riyadh, Gulf), physiotherapy (Amman, Levantine), blood
# bank (Cairo, Egyptian), laundry (Cairo, Egyptian), home-security alarm (Dubai, Gulf),
# ferry (Tangier, Darija), tyre shop (Riyadh), satellite TV (Amman), employment agency
# (Riyadh / Dubai, MSA), pest control (Cairo), hearing-aid clinic (Nazareth),
# tutoring centre (Jeddah), optician (Casablanca), public library (Rabat, MSA).


def ar_part1():
    def A(text, spans=(), context="", p=False):
        add("ar", text, spans, context, p)

    # --- gas-cylinder delivery, Riyadh (Gulf)
    sid = saudi("109375162")
    A("غاز الوسطى، معك فيصل، تفضل.", [("name", "فيصل")])
    A("وعليكم السلام، معك عبدالعزيز الدوسري، أبي أطلب أسطوانتين غاز للبيت.",
      [("name", "عبدالعزيز الدوسري")], p=True)
    A("أبشر يا أستاذ عبدالعزيز، وش العنوان؟", [("name", "عبدالعزيز")])
    addr = "حي الياسمين، شارع الحسين بن علي، فيلا ٢٣، قريب من جامع الراجحي"
    A(addr, [("address", addr)], "أبشر يا أستاذ عبدالعزيز، وش العنوان؟")
    A("التعبئة للأسطوانة الكبيرة ١٨ ريال والتوصيل ١٠ ريال، يعني الثنتين ٤٦ ريال.", p=True)
    ph = words("0553124489", AR_GULF, groups=[3, 3, 4], gsep="، ")
    A("الجوال %s" % ph, [("phone", ph)], "رقم الجوال اللي نتواصل عليه؟", p=True)
    A("ولو ما رديت كلم أخوي على ٠٥٠٦٢١٨٨٣٤", [("phone", "٠٥٠٦٢١٨٨٣٤")])
    A("المندوب يوصلك بعد صلاة العصر إن شاء الله، ورقم الطلب %s." % ar_indic(not_personal("77412")))
    v = ar_indic(sid)
    A("يعني... %s، هذي الهوية الوطنية." % v, [("id", v)], "ولأنه أول طلب لازم نسجل رقم الهوية.", p=True)
    A("بدفع شبكة عند المندوب، وإذا عندكم عرض الثلاث أسطوانات بـ ٥٠ ريال خذيته.")

    # --- physiotherapy clinic, Amman (Levantine)
    jo = iban("JO", "ARAB1180000000118273645901")
    A("مركز الحياة للعلاج الطبيعي، معك رنا، كيف بقدر أساعدك؟", [("name", "رنا")])
    A("مرحبا، أنا اسمي ليث الخوالدة، عندي جلسات للركبة بعد العملية.", [("name", "ليث الخوالدة")], p=True)
    A("أهلين أستاذ ليث، لحظة بس أفتح ملفك، شو تاريخ ميلادك؟", [("name", "ليث")])
    A("تلاتة وعشرين سبعة تسعين", [("date_of_birth", "تلاتة وعشرين سبعة تسعين")],
      "أهلين أستاذ ليث، لحظة بس أفتح ملفك، شو تاريخ ميلادك؟")
    A("التأمين بغطي عشر جلسات، ضايلك أربعة، والجلسة الزيادة بخمسة وعشرين دينار.", p=True)
    A("بدي أغير موعد يوم الأحد الساعة أربعة لأنه عندي دوام، بزبط الثلاثاء الساعة ستة؟")
    A("رقم تلفوني 079 643 1287، واتساب كمان.", [("phone", "079 643 1287")], p=True)
    v = group(jo)
    A("بدي المبلغ يرجع على حسابي، الآيبان تبعي %s، البنك العربي." % v, [("iban", v)])
    em = "ليث أندرسكور خوالدة آت هوتميل دوت كوم"
    A("الإيميل %s" % em, [("email", em)], "وشو الإيميل عشان نبعتلك الفاتورة؟", p=True)
    A("خلص حطيتلك موعد الثلاثاء ١٢/٣ الساعة ٦ مع نفس الأخصائي، ودفعتك ٢٥ دينار.")

    # --- blood bank donor line, Cairo (Egyptian)
    A("بنك الدم الإقليمي، صباح الخير.")
    A("صباح النور، معاك محمود عبد العظيم، كنت عايز أتبرع بالصفايح.", [("name", "محمود عبد العظيم")], p=True)
    A("أهلاً يا أستاذ محمود، حضرتك اتبرعت قبل كده؟", [("name", "محمود")])
    A("أيوه آخر مرة كانت في مارس اللي فات يعني من حوالي تمن شهور", p=True)
    A("مواليد خمستاشر تسعة خمسة وتمانين", [("date_of_birth", "خمستاشر تسعة خمسة وتمانين")],
      "تاريخ ميلاد حضرتك إيه؟", p=True)
    A("موبايلي ٠١٠٠ ٤٥٦ ٧٨٩١ وعليه واتساب.", [("phone", "٠١٠٠ ٤٥٦ ٧٨٩١")], p=True)
    A("لازم تكون فاطر كويس ونايم ٦ ساعات، والتبرع بالصفايح بياخد حوالي ساعة ونص.")
    A("ابعتلي التفاصيل على الإيميل mahmoud.azim85@gmail.com لو سمحتي.",
      [("email", "mahmoud.azim85@gmail.com")])
    A("ميعادك يوم الخميس ٢٢ الساعة ١٠ الصبح، الدور الأرضي، شباك ٣.")

    # --- laundry, Cairo (Egyptian)
    meeza = card("507803112945836")
    A("مغسلة النجمة، أيوه يا فندم.")
    A("أيوه، أنا شيماء من الدقي، عايزة حد ييجي ياخد هدوم للغسيل والكوي.", [("name", "شيماء")], p=True)
    A("تمام يا مدام شيماء، العنوان إيه بالظبط؟", [("name", "شيماء")])
    addr = "١٤ شارع مصدق، الدور التالت، شقة ٧"
    A("%s، والأسانسير عطلان." % addr, [("address", addr)], "تمام يا مدام شيماء، العنوان إيه بالظبط؟")
    A("القميص بـ ١٥ جنيه، البنطلون ٢٠، والبدلة ٧٥، والاستلام بعد ٤٨ ساعة.", p=True)
    ph = "صفر واحد واحد، تمانية تلاتة، صفر اتنين، ستة ستة، تسعة أربعة"
    A("رقمي %s" % ph, [("phone", ph)], p=True)
    A("رقم الأوردر %s والمندوب هييجي بكرة بين ٥ و٧." % ar_indic(not_personal("45092")))
    v = ar_indic(group(meeza))
    A("هدفع بالكارت، ميزة، رقمه %s." % v, [("card", v)])

    # --- home-security alarm, Dubai (Gulf, Emirati caller)
    ae = iban("AE", "0330000019100384726")
    A("شركة درع الأمان لأنظمة الإنذار، معك جنى، كيف أقدر أخدمك؟", [("name", "جنى")])
    A("مرحبا، أنا حمدان الكتبي، الإنذار في البيت يطلق بروحه كل ليلة الساعة ثنتين.",
      [("name", "حمدان الكتبي")], p=True)
    A("ولا يهمك يا أستاذ حمدان، النظام عندك موديل AX-220 وعمره تقريباً ٣ سنوات.",
      [("name", "حمدان")])
    addr = "فيلا ١٧، شارع ٣٤، المزهر ١، دبي"
    A(addr, [("address", addr)], "عطني العنوان عشان أرسل لك الفني.")
    A("رقمي +971 50 728 4439 وإذا مشغول ارسل مسج.", [("phone", "+971 50 728 4439")], p=True)
    v = group(ae)
    A("حاب أحول الاشتراك على خصم مباشر، الآيبان %s." % v, [("iban", v)])
    A("الاشتراك الشهري ١٤٩ درهم، والزيارة الطارئة ٢٥٠ درهم إذا كانت خارج الضمان.")
    A("ارسل العقد على h.alketbi@outlook.com الله يعافيك.", [("email", "h.alketbi@outlook.com")])

    # --- ferry company, Tangier (Moroccan Darija)
    ma = iban("MA", "007780000913427560183029")
    A("عبّارات البوغاز، السلام عليكم، معاك كريم.", [("name", "كريم")])
    A("السلام، أنا يوسف بنعلي، عندي حجز من طنجة المتوسط لألخيسيراس نهار ١٥ يوليوز.",
      [("name", "يوسف بنعلي")], p=True)
    A("رقم الحجز BX 44 19 82، جوج ديال الناس وطوموبيل وحدة.")
    A("التذكرة كتسوى ١٢٠٠ درهم للطوموبيل و٣٥٠ للواحد، ذهاب وإياب.")
    ph = words("0672345908", AR_MA, groups=[2, 2, 2, 2, 2], gsep="، ")
    A("النمرة ديالي %s" % ph, [("phone", ph)], "عطيني نمرة التيليفون ديالك.", p=True)
    v = group(ma)
    A("رجعو ليا الفلوس فالحساب ديالي، الـ IBAN هو %s." % v, [("iban", v)])
    A("سي يوسف، راه الباطو ديال ١٠ ونص تأخر ساعتين بسبب الريح.", [("name", "يوسف")], p=True)
    A("تاريخ الازدياد ديال مراتي ٣ مارس ١٩٨٨، باش تزيدها فالحجز.",
      [("date_of_birth", "٣ مارس ١٩٨٨")])


PARTS.append(ar_part1)



def ar_part2():
    def A(text, spans=(), context="", p=False):
        add("ar", text, spans, context, p)

    # --- tyre shop, Riyadh (Gulf)
    sid2 = saudi("106827431")
    iq1 = saudi("234071958")
    mada = card("446404170023581")
    A("مركز الإطارات الذهبية، هلا وغلا.")
    A("هلا، أبي أغير أربع كفرات لجيب برادو موديل ٢٠١٩، مقاس ٢٦٥/٦٥ ١٧.")
    A("عندنا ميشلان بـ ٦٥٠ للحبة، وبريجستون بـ ٥٢٠، والترصيص والوزن مجاناً.")
    A("تمام، معك أبو نايف، اسمي سعد العتيبي.", [("name", "أبو نايف"), ("name", "سعد العتيبي")], p=True)
    sp = words(sid2, AR_GULF, groups=[4, 3, 3], gsep="، ")
    A("اكتب %s" % sp, [("id", sp)], "الضمان يتسجل على رقم الهوية، عطني إياه.", p=True)
    v = ar_indic(iq1)
    A("وسجل السواق على إقامته، رقمها %s، هو اللي بيجي ياخذ السيارة." % v, [("id", v)])
    v = group(mada)
    A("بدفع مدى، الرقم %s." % v, [("card", v)], p=True)
    A("بتكون جاهزة بكرة الساعة ١١ الصبح، وبعد ١٠ آلاف كيلو ارجع لنا للترصيص.")

    # --- satellite-TV subscription, Amman (Levantine)
    visa = card("431940185572610")
    A("سما سات، مساء الخير، كيف بقدر أساعدك؟")
    A("مساء النور، أنا رامي نصار، بدي أجدد الاشتراك، الباقة الرياضية خلصت يوم ٣١ آب.",
      [("name", "رامي نصار")], p=True)
    A("رقم الاشتراك %s ورقم الكرت اللي بالرسيفر %s."
      % (ar_indic(not_personal("77004129")), not_personal("3318 0255 7014")))
    A("الباقة السنوية بـ ١٨٠ دينار، أو الشهري بـ ١٨، وبتشمل ١٢ قناة رياضية.")
    sp = words(visa, AR_LEV, groups=[4, 4, 4, 4], gsep="، ")
    A("رقم الفيزا %s" % sp, [("card", sp)], p=True)
    em = "رامي دوت نصار اتنين وتمانين آت ياهو دوت كوم"
    A("ابعتولي الفاتورة على %s." % em, [("email", em)])
    A("تم التجديد لغاية ٣١/٨ السنة الجاية، والمبلغ رح ينزل خلال ٢٤ ساعة.")

    # --- recruitment / employment agency, Riyadh (MSA, formal)
    sid3 = saudi("104922835")
    iq2 = saudi("256300481")
    sa = iban("SA", "20000002480917563011")
    A("مكتب الرواد للاستقدام والتوظيف، معكم هيفاء، تفضلوا.", [("name", "هيفاء")])
    A("السلام عليكم، أنا محمد القحطاني، أود الاستفسار عن طلب استقدام رقم %s."
      % ar_indic(not_personal("502281")), [("name", "محمد القحطاني")])
    A("مدة الاستقدام من ٦٠ إلى ٩٠ يوماً، والتكلفة ١٤ ألفاً و٥٠٠ ريال شاملة التذاكر.")
    v = ar_indic("%s %s %s" % (sid3[:4], sid3[4:7], sid3[7:]))
    A("رقم الهوية %s." % v, [("id", v)], "من فضلك رقم هوية صاحب الطلب.", p=True)
    A("تاريخ الميلاد ١٤٠٨/٠٤/١٧ هجري.", [("date_of_birth", "١٤٠٨/٠٤/١٧ هجري")])
    sp = "إس إيه %s" % ar_indic(" ".join([sa[2:4]] + [sa[i:i + 4] for i in range(4, 24, 4)]))
    A("رقم الآيبان %s، مصرف الإنماء." % sp, [("iban", sp)], "ولاسترداد الدفعة المقدمة نحتاج رقم الآيبان.")
    A("العاملة موجودة في المملكة حالياً ورقم إقامتها %s، نريد نقل الكفالة." % iq2, [("id", iq2)])
    em = "ميم نقطة القحطاني آت هوتميل دوت كوم"
    A("البريد الإلكتروني %s، ميم مثل محمد." % em, [("email", em)])
    A("ويمكنكم التواصل على هاتف المنزل ٠١١ ٤٦٥ ٢٣٨٠ بعد الساعة الخامسة.",
      [("phone", "٠١١ ٤٦٥ ٢٣٨٠")])
    A("سيتم الرد خلال ٣ أيام عمل، والدوام من الأحد إلى الخميس من ٨ إلى ٤.")

    # --- pest control, Cairo (Egyptian)
    visa2 = card("402360118857294")
    A("شركة النسر لمكافحة الحشرات، مساء الخير.")
    A("مساء النور عندي صراصير في المطبخ وبق في أوضة النوم ومش عارفة أعمل إيه", p=True)
    A("الرشة بـ ٤٥٠ جنيه للشقة لحد ١٢٠ متر، وعليها ضمان ٣ شهور.", p=True)
    A("باسمي أنا، نرمين سعيد.", [("name", "نرمين سعيد")], "الحجز باسم مين يا فندم؟")
    addr = "٢٧ شارع جامعة الدول العربية، المهندسين، برج النور، الدور ٩، شقة ٩٠٣"
    A("العنوان %s." % addr, [("address", addr)])
    v = "%s %s وبعدين %s، %s" % (ar_indic(visa2[:4]), ar_indic(visa2[4:8]),
                                words(visa2[8:12], AR_EG), words(visa2[12:], AR_EG))
    A("هدفع بالفيزا، %s." % v, [("card", v)], p=True)
    A("الفني هييجي يوم السبت الساعة ١٢ الضهر، ولازم تسيبوا الشقة ٤ ساعات بعد الرش.")
    A("تليفون البيت ٠٢ ٣٣٠٢ ٥٨٤٧.", [("phone", "٠٢ ٣٣٠٢ ٥٨٤٧")], "فيه رقم تاني نكلم حضرتك عليه؟")


PARTS.append(ar_part2)



def ar_part3():
    def A(text, spans=(), context="", p=False):
        add("ar", text, spans, context, p)

    # --- hearing-aid clinic, Nazareth (Palestinian Arabic, Israeli context)
    tzv = tz("02384517")
    il = iban("IL", "0126800000009384710")
    vis = card("458011736620914")
    A("مركز سماعات الجليل، مرحبا، معك ميسون.", [("name", "ميسون")])
    A("مرحبا، بحكي عن إمي، السماعة اليمين بطلت تشتغل، اشتريناها قبل سنة ونص.", p=True)
    sp = words(tzv, AR_LEV)
    A("رقم هويتها %s" % sp, [("id", sp)], "شو رقم هوية الوالدة؟", p=True)
    A("هي مواليد 12.10.1947، يعني عمرها ٧٧.", [("date_of_birth", "12.10.1947")])
    addr = "الناصرة، حي الصفافرة، شارع 6023، بيت رقم 14"
    A("العنوان %s، الطابق التاني." % addr, [("address", addr)])
    A("السماعة سعرها ٤٢٠٠ شيكل، والكوبات بتغطي ٣٥٠٠، والتصليح بياخد ١٠ أيام.")
    A("بلفون 052-384-7719، هاد رقمي أنا مش رقمها.", [("phone", "052-384-7719")])
    v = group(il)
    A("المصاري من التأمين رجعوها على حساب إمي، %s، بنك هبوعليم." % v, [("iban", v)])
    v = ar_indic(" ".join([vis[:4], vis[4:8], vis[8:12], vis[12:]]))
    A("والفرق بدفعه فيزا، %s، تلات دفعات إذا بصير." % v, [("card", v)])
    A("موعد الفحص يوم الإثنين ٢٤/٦ الساعة ٩:٣٠ الصبح.")

    # --- tutoring centre, Jeddah (Hijazi; an Egyptian parent)
    sid4 = saudi("110385762")
    iq3 = saudi("231904467")
    mc = card("535821904417630")
    sa2 = iban("SA", "10000019847300561220")
    eg = iban("EG", "0002000316280193847561203")
    A("مركز التفوق للتعليم، تفضل.")
    A("السلام عليكم، أبغى أسجل بنتي في دورة القدرات، كم الرسوم؟")
    A("دورة القدرات ٢٠ ساعة بـ ١٨٠٠ ريال، والتحصيلي ٢٢٠٠، وفيه خصم ١٠٪ للأخوات.")
    A("ستاشر خمسة ألفين وسبعة", [("date_of_birth", "ستاشر خمسة ألفين وسبعة")],
      "تاريخ ميلاد الطالبة؟", p=True)
    v = ar_indic("%s %s %s" % (sid4[:3], sid4[3:6], sid4[6:]))
    A("هوية ولي الأمر %s." % v, [("id", v)])
    v = "-".join([mc[:4], mc[4:8], mc[8:12], mc[12:]])
    A("أدفع بالبطاقة، %s، والانتهاء ٠٩/٢٨." % v, [("card", v)])
    v = group(sa2)
    A("ولو انلغت الدورة رجعوا المبلغ على %s، الراجحي." % v, [("iban", v)])
    addr = "حي الروضة، شارع الأمير سعود الفيصل، عمارة ٨، شقة ١٢"
    A("إيوه المدرسة تجي البيت، العنوان %s." % addr, [("address", addr)])
    em = "سارة الحربي آت جيميل دوت كوم"
    A("الإيميل %s كله سمول وملزوق" % em, [("email", em)], p=True)
    A("أنا مدرّس مصري هنا، إقامتي رقم %s، وعايز أشتغل معاكم بالساعة." % iq3, [("id", iq3)])
    v = group(eg)
    A("والمرتب يتحول على حسابي في مصر، الآيبان %s، البنك الأهلي." % v, [("iban", v)])

    # --- optician, Casablanca (Darija, French loans)
    cih = card("414027339081562")
    A("بصريات الأمل، السلام.")
    A("السلام عليكم، أنا خديجة، بغيت نجدد النظارات ديالي، راه تهرسو.", [("name", "خديجة")], p=True)
    A("المونطور كيبدا من ٤٠٠ درهم والزجاج أنتي رفلي ب ٦٠٠ والفحص فابور", p=True)
    A("عشرين فبراير تسعة وسبعين", [("date_of_birth", "عشرين فبراير تسعة وسبعين")],
      "تاريخ الازدياد ديالك عافاك؟", p=True)
    addr = "زنقة ابن منير، رقم ١٢، الطابق التالت، المعاريف"
    A("ساكنة ف %s، صيفطوهم ليا للدار." % addr, [("address", addr)])
    v = " ".join(cih[i:i + 2] for i in range(0, 16, 2))
    A("الكارط ديالي %s" % v, [("card", v)], p=True)
    em = "خديجة بناني آروباز جيميل بوان كوم"
    A("الإيمايل %s، بلا فراغ." % em, [("email", em)])
    A("النظارات غادي يكونو واجدين نهار الخميس من بعد العصر، ورقم البون %s."
      % ar_indic(not_personal("8812")))

    # --- public library, Rabat (MSA)
    isbn = not_personal("9789954603129")
    A("المكتبة الوطنية، قسم الانخراط، صباح الخير.")
    A("صباح الخير، أريد تجديد بطاقة الانخراط، رقمها %s." % ar_indic(not_personal("20230455")))
    A("رسوم الانخراط السنوي ١٠٠ درهم للطلبة و٢٠٠ لغيرهم، ويمكن استعارة ٣ كتب لمدة ١٥ يوماً.")
    A("اسمي عبد الإله الإدريسي.", [("name", "عبد الإله الإدريسي")], "ما اسمك الكامل من فضلك؟")
    A("أنا من مواليد ٧ نونبر ١٩٩٨، طالب في السنة الثالثة.", [("date_of_birth", "٧ نونبر ١٩٩٨")], p=True)
    A("بريدي abdelilah.idrissi98@gmail.com", [("email", "abdelilah.idrissi98@gmail.com")])
    addr = "٤٥ شارع محمد الخامس، الشقة ٣، الرباط"
    A("العنوان %s." % addr, [("address", addr)], "والعنوان الحالي؟")
    A("الكتاب المطلوب تاريخ المغرب الجزء ٢ ردمك %s موجود في الطابق الثاني" % isbn, p=True)
    A("المكتبة مفتوحة من الاثنين إلى السبت من ٩ صباحاً إلى ٧ مساءً، وتغلق يوم ١١ يناير.")

    # --- a second ferry caller, Tangier, and a second alarm customer, Dubai
    mc2 = card("542418890301276")
    ae2 = iban("AE", "0460000037219908154")
    sp = words(mc2, AR_MA, groups=[4, 4, 4, 4], gsep="، ")
    A("خلص بالكارط، %s" % sp, [("card", sp)], "كيفاش بغيتي تخلص الحجز؟", p=True)
    sp = "إيه إي %s" % words(ae2[2:], AR_LEV, groups=[2, 3, 16], gsep="، ")
    A("الآيبان %s" % sp, [("iban", sp)], "ابعتلي الآيبان لنرجعلك الديبوزيت.", p=True)


PARTS.append(ar_part3)

# ---------------------------------------------------------------- Hebrew
# Calls: gas-cylinder delivery (Galilee, Arab caller), physiotherapy (Haifa, Russian
# immigrant), blood bank (Netanya, Ethiopian-Israeli donor), bicycle shop (Tel Aviv),
# home-security alarm (Ra'anana, Anglo immigrant), catering (Netanya, French immigrant),
# laundry (Jerusalem), optician (Be'er Sheva), tyre shop (Petah Tikva), satellite TV
# (Ashdod), employment agency (Rishon LeZion), pest control (Holon), hearing-aid clinic
# (Kfar Saba), tutoring centre (Modi'in), public library (Ramat Gan).


def he_part1():
    def A(text, spans=(), context="", p=False):
        add("he", text, spans, context, p)

    # --- gas-cylinder delivery, Galilee (Arab citizen speaking Hebrew)
    visa = card("458093311762045")
    A("גז הצפון שלום, מדברת אורטל, איך אפשר לעזור?", [("name", "אורטל")])
    A("שלום, מדבר מוחמד חטיב מכפר כנא, נגמר לי הגז, צריך בלון חדש.", [("name", "מוחמד חטיב")], p=True)
    A("בסדר מוחמד, יש לך מספר צרכן?", [("name", "מוחמד")])
    A("כן, מספר צרכן %s, הבלון של 48 קילו." % not_personal("4471902"))
    addr = "שכונה המזרחית, רחוב אל-ג'בל 12, הבית השני אחרי המסגד"
    A("תשלחו ל%s." % addr, [("address", addr)])
    A("מילוי בלון 48 קילו עולה 389 שקל, המשלוח עד יום חמישי בין 8 ל-12.", p=True)
    ph = words("0546271189", HE_DF, groups=[3, 3, 2, 2], gsep=", ")
    A("%s, זה הנייד." % ph, [("phone", ph)], "איזה טלפון שהנהג יתקשר?")
    v = group(visa)
    A("אני משלם בויזה, %s, תוקף 11/27." % v, [("card", v)])

    # --- physiotherapy clinic, Haifa (Russian immigrant)
    tz1 = tz("32456781")
    A("מכון פיזיותרפיה כרמל, שלום.")
    A("שלום, קוראים לי ולדימיר שפירו, אפשר וובה, יש לי הפניה מהרופא לגב.",
      [("name", "ולדימיר שפירו"), ("name", "וובה")], p=True)
    sp = words(tz1, HE_DF, groups=[3, 3, 3], gsep=", ")
    A("%s." % sp, [("id", sp)], "תעודת זהות בבקשה.")
    A("הקופה מאשרת 6 טיפולים, כל טיפול 45 דקות, השתתפות עצמית 29 שקל.", p=True)
    A("נולדתי ב-8.5.1962, בחרקוב, אם זה חשוב.", [("date_of_birth", "8.5.1962")])
    A("יש תור ביום שלישי 14.11 בשעה 7:40 בבוקר, או רביעי ב-16:00.")
    A("הטלפון בבית 04-825-3317, ביום אני לא עונה.", [("phone", "04-825-3317")])
    em = "vova.shapiro62 שטרודל ג'ימייל נקודה קום"
    A("מייל %s" % em, [("email", em)], "ולאן לשלוח את סיכום הטיפול?")

    # --- blood bank donor line, Netanya (Ethiopian-Israeli donor)
    tz2 = tz("30658471")
    A("שירותי הדם, מדברת הילה, שלום.", [("name", "הילה")])
    A("שלום, אני אבבה ברהנו, רוצה לתרום דם בנתניה.", [("name", "אבבה ברהנו")], p=True)
    A("תודה אבבה, מתי תרמת בפעם האחרונה?", [("name", "אבבה")])
    A("לפני ארבעה חודשים בפברואר בניידת ליד הקניון", p=True)
    A("הניידת תעמוד ברחוב הרצל בנתניה, ביום ראשון בין 10:00 ל-19:30, זה לוקח בערך 40 דקות.")
    dob = "עשרים ושלושה באפריל תשעים ואחת"
    A(dob, [("date_of_birth", dob)], "תאריך לידה?")
    v = "%s %s %s" % (tz2[:3], tz2[3:6], tz2[6:])
    A("תעודת זהות %s" % v, [("id", v)], p=True)
    A("הנייד שלי 052-8837140, אפשר גם בוואטסאפ.", [("phone", "052-8837140")], p=True)

    # --- bicycle shop, Tel Aviv (native, young)
    mc = card("532611870049285")
    A("אופני השרון, שלום.")
    A("היי, זה רוני, הזמנתי אופניים חשמליים באתר ועוד לא הגיעו.", [("name", "רוני")], p=True)
    A("רוני, מה מספר ההזמנה?", [("name", "רוני")], p=True)
    A("מספר הזמנה %s, שילמתי לפני שבועיים" % not_personal("88231945"), p=True)
    A("אה כן, דגם סיטי 500 עם סוללה של 48 וולט, הם מגיעים ביום ראשון, 23 ביוני.")
    addr = "בן יהודה 214, דירה 9, תל אביב"
    A("לרחוב %s, קומה רביעית בלי מעלית." % addr, [("address", addr)], "לאיזו כתובת לשלוח?", p=True)
    v = group(mc)
    A("תחייבו את המאסטרקארד, %s." % v, [("card", v)])
    em = "רוני בי שטרודל וואלה נקודה קו נקודה איל"
    A("את החשבונית למייל %s." % em, [("email", em)])

    # --- home-security alarm, Ra'anana (Anglo immigrant)
    il = iban("IL", "0205120000004518233")
    A("מוקד מגן, שלום, מדבר דודו.", [("name", "דודו")])
    A("היי, אממ, שמי ג'ני רוזנברג, האזעקה שלי מצפצפת כל הלילה.", [("name", "ג'ני רוזנברג")], p=True)
    A("ג'ני, מה הכתובת של הבית?", [("name", "ג'ני")])
    addr = "רחוב אחוזה 117, רעננה, הבית עם השער הכחול"
    A("It's אה, %s." % addr, [("address", addr)], "ג'ני, מה הכתובת של הבית?")
    A("המערכת הותקנה ב-15 בינואר, דגם PowerMax 360, היא עדיין באחריות.")
    v = group(il)
    A("תעבירו את ההוראת קבע לחשבון החדש, %s." % v, [("iban", v)])
    A("תתקשרו אליי פלוס 972 54 331 2086", [("phone", "פלוס 972 54 331 2086")], p=True)
    A("המנוי 119 שקל לחודש, ביקור טכנאי ראשון בחינם, אחר כך 250.")

    # --- catering, Netanya (French immigrant)
    fr = iban("FR", "30006000011234567890189")
    A("קייטרינג טעמים, שלום, מדברת שלומית.", [("name", "שלומית")])
    A("בונז'ור, אה, שלום, אני ז'אן-לוק אזולאי, יש לנו בר מצווה לבן שלי.",
      [("name", "ז'אן-לוק אזולאי")], p=True)
    A("120 איש ב-12 בספטמבר מוצאי שבת 8 בערב", p=True)
    A("המנה הבשרית 185 שקל לאיש, מקדמה של 30 אחוז, והיתרה שבוע לפני האירוע.")
    v = group(fr)
    A("אפשר להעביר מהחשבון בצרפת? זה %s." % v, [("iban", v)])
    em = "ז'י אל נקודה אזולאי שטרודל אורנג' נקודה אף אר"
    A("המייל %s" % em, [("email", em)], p=True)
    A("בארץ יש לי מספר 053-4410276.", [("phone", "053-4410276")])


PARTS.append(he_part1)



def he_part2():
    def A(text, spans=(), context="", p=False):
        add("he", text, spans, context, p)

    # --- laundry, Jerusalem
    amex = card("37596301827744")
    A("מכבסת הדר, שלום.")
    A("שלום, מדברת ציפי לוינגר, רציתי לשאול אם הווילונות מוכנים.", [("name", "ציפי לוינגר")], p=True)
    A("כן ציפי, מה מספר הפתק?", [("name", "ציפי")])
    A("פתק %s הבאתי ביום חמישי שלושה וילונות ושטיח" % not_personal("5531"), p=True)
    A("הווילונות מוכנים, השטיח יהיה רק ב-3 לחודש, הניקוי 160 שקל לשטיח ו-45 לווילון.")
    addr = "רחוב פנים מאירות 7, כניסה ב', דירה 12, הר נוף"
    A("תביאו לי הביתה, %s." % addr, [("address", addr)], p=True)
    v = "%s %s %s" % (amex[:4], amex[4:10], amex[10:])
    A("אמריקן אקספרס, %s." % v, [("card", v)], "איך תשלמי?", p=True)
    ph = "אפס שתיים, שש חמש אחת, שתיים שמונה ארבע שבע"
    A("הטלפון בבית %s, אם אני לא עונה תשאירו הודעה." % ph, [("phone", ph)])

    # --- optician, Be'er Sheva
    tz3 = tz("03912468")
    A("אופטיקה הנגב, מדבר אלירן, שלום.", [("name", "אלירן")])
    A("היי אני צריכה להזמין עדשות מגע אותן כמו בפעם הקודמת", p=True)
    A("מינוס 3.75 בשתי העיניים, קופסה של 90 יחידות עולה 280 שקל, שתי קופסאות ב-499.")
    sp = "%s %s" % (tz3[:3], words(tz3[3:], HE_DF))
    A("על שמי, אורית בן חמו, תעודת זהות %s." % sp, [("name", "אורית בן חמו"), ("id", sp)], p=True)
    A("שתיים בשתיים שמונים ושבע", [("date_of_birth", "שתיים בשתיים שמונים ושבע")], "ותאריך לידה?")
    A("תשלחו למייל orit.benhamo@gmail.com, תודה.", [("email", "orit.benhamo@gmail.com")])
    A("העדשות יגיעו תוך 5 ימי עסקים, נשלח לך SMS כשזה מגיע לסניף בקניון הנגב.")

    # --- tyre shop, Petah Tikva
    visa = card("499071238845610")
    A("פנצ'ריית הכביש, שלום.")
    A("שלום, יש לי פנצ'ר בגלגל אחורי, טויוטה קורולה 2018, מידה 205/55R16.", p=True)
    A("צמיג מישלן 420 שקל, נקסן 290, תיקון פנצ'ר 60 שקל ואיזון 30 לגלגל.")
    A("אפשר לבוא עכשיו אני בז'בוטינסקי ליד הקניון הגדול", p=True)
    sp = words(visa, HE_DF, groups=[4, 4, 4, 4], gsep=", ")
    A("כרטיס %s" % sp, [("card", sp)], "איך משלמים, אשראי?", p=True)
    A("על שם יוסי מזרחי, זה לעסק.", [("name", "יוסי מזרחי")], "על שם מי החשבונית?")

    # --- satellite-TV subscription, Ashdod (older caller)
    il2 = iban("IL", "0120560000000831472")
    A("STAR TV שלום, מדברת מורן, במה אוכל לעזור?", [("name", "מורן")])
    A("שלום מותק, אני רוצה לבטל את החבילה של הספורט, 89 שקל בחודש, זה יותר מדי.", p=True)
    A("לפי החוזה מה-1 במרץ 2023 יש התחייבות ל-24 חודשים, ודמי היציאה 150 שקל.")
    dob = "השלושה עשר בינואר, אלף תשע מאות חמישים ותשע"
    A("%s." % dob, [("date_of_birth", dob)], "לצורך זיהוי, תאריך לידה?")
    sp = "איי אל " + words(il2[2:], HE_DF, groups=[2, 4, 4, 4, 4, 3], gsep=", ")
    A("תעבירו לי את ההחזר, %s." % sp, [("iban", sp)], p=True)
    A("הטלפון 08-856-2291.", [("phone", "08-856-2291")], "ומספר ליצירת קשר?")
    A("ההחזר יופיע בחשבון תוך 7 ימי עסקים, מספר פנייה %s." % not_personal("1-7742091"))

    # --- employment agency, Rishon LeZion (Russian immigrant)
    tz4 = tz("34172890")
    il3 = iban("IL", "0317240000000729315")
    A("כוח אדם עבודה עכשיו, שלום.")
    A("שלום, אני אלכסנדר, סשה, ראיתי מודעה למחסנאי בראשון.", [("name", "אלכסנדר"), ("name", "סשה")])
    A("המשרה 6 ימים בשבוע, 7 עד 16, 38 שקל לשעה, הסעות מחולון ובת ים.")
    A("%s" % tz4, [("id", tz4)], "מספר תעודת זהות?")
    A("נולדתי בראשון לספטמבר 75", [("date_of_birth", "ראשון לספטמבר 75")], p=True)
    A("המשכורת לחשבון %s, בנק מרכנתיל." % il3, [("iban", il3)], p=True)
    em = "סשה נקודה קיי שבעים וחמש שטרודל מייל נקודה רו"
    A("מייל %s, זה רוסי." % em, [("email", em)])
    addr = "רחוב הרצל 88 דירה 14, ראשון לציון"
    A("אני גר ב%s, קרוב לתחנה." % addr, [("address", addr)], p=True)


PARTS.append(he_part2)


HE_TEENS = ("עשר אחת-עשרה שתים-עשרה שלוש-עשרה ארבע-עשרה חמש-עשרה שש-עשרה שבע-עשרה "
            "שמונה-עשרה תשע-עשרה").split(" ")
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_pairs(digits):
    """Say a digit string two digits at a time in Hebrew (feminine), e.g. 32 -> שלושים ושתיים."""
    out = []
    for i in range(0, len(digits), 2):
        d = digits[i:i + 2]
        if len(d) == 1 or d[0] == "0":
            out.append(" ".join(HE_DF[int(c)] for c in d))
        elif d[0] == "1":
            out.append(HE_TEENS[int(d[1])].replace("-", " "))
        elif d[1] == "0":
            out.append(HE_TENS[int(d[0])])
        else:
            out.append(HE_TENS[int(d[0])] + " ו" + HE_DF[int(d[1])])
    return ", ".join(out)


def he_part3():
    def A(text, spans=(), context="", p=False):
        add("he", text, spans, context, p)

    # --- pest control, Holon
    mc = card("541275340019826")
    tz5 = tz("05847362")
    il4 = iban("IL", "0108140000000633951")
    A("הדברה מקצועית שקט, שלום.")
    A("שלום יש לי ג'וקים בבניין ואני רוצה גם נגד נמלים במרפסת", p=True)
    A("ריסוס לדירת 4 חדרים 350 שקל, אחריות ל-3 חודשים, והחומר בטוח לילדים ולחיות.")
    A("על שם מזל כהן, אני בעלת הדירה.", [("name", "מזל כהן")], "על שם מי לרשום?", p=True)
    addr = "רחוב סוקולוב 45, קומה 3, דירה 11, חולון"
    A("הכתובת %s." % addr, [("address", addr)])
    ph = "אפס חמישים, שבע שבע אחת, שתיים שש, שלוש ארבע"
    A("הנייד %s" % ph, [("phone", ph)], p=True)
    v = "%s %s %s, %s" % (mc[:4], mc[4:8], words(mc[8:12], HE_DF), words(mc[12:], HE_DF))
    A("מאסטרקארד, %s." % v, [("card", v)])
    A("לאחריות צריך תעודת זהות, %s." % tz5, [("id", tz5)])
    v = group(il4)
    A("ואם זה לא עובד אתם מחזירים לחשבון %s, נכון?" % v, [("iban", v)])
    A("הטכנאי יגיע ביום רביעי בין 8 ל-11, צריך לצאת מהדירה לשעתיים אחרי הריסוס.")

    # --- hearing-aid clinic, Kfar Saba (older caller, born in Baghdad)
    tz6 = tz("00785214")
    il5 = iban("IL", "0206390000000214587")
    visa = card("426684130052117")
    A("מכון שמיעה השרון, שלום.")
    A("שלום הבן שלי קבע לי תור אני לא שומע טוב בטלפון תדברי לאט", p=True)
    sp = words(tz6, HE_DM)
    A("%s" % sp, [("id", sp)], "תעודת זהות?", p=True)
    dob = "חמישה בדצמבר שלושים ושמונה"
    A("נולדתי ב%s, בבגדד." % dob, [("date_of_birth", dob)])
    A("מכשיר השמיעה עולה 6,900 שקל לאוזן, הקופה מחזירה 3,300 והביטוח המשלים עוד 1,500.")
    sp = "איי אל %s %s" % (il5[2:4], group(il5[4:]))
    A("את ההחזר מהביטוח לחשבון %s." % sp, [("iban", sp)])
    v = "-".join([visa[:4], visa[4:8], visa[8:12], visa[12:]])
    A("הבן שלי משלם, ויזה %s." % v, [("card", v)], p=True)
    A("ותשלחו את הקבלה למייל של הבן, eyal.sasson@gmail.com.", [("email", "eyal.sasson@gmail.com")])
    A("התור ביום חמישי, 27 בפברואר, בשעה 10:15, בקומה 2, חדר 204.")

    # --- tutoring centre, Modi'in (Anglo mother)
    tz7 = tz("32089451")
    gb = iban("GB", "MIDL40051562987341")
    il6 = iban("IL", "0126120000000503318")
    vis2 = card("455701229634018")
    A("מרכז למידה מצוינות, שלום, מדברת נועה.", [("name", "נועה")])
    A("היי, אני מחפשת מורה למתמטיקה לבגרות, 5 יחידות, לבן שלי בכיתה י\"א.")
    A("שיעור פרטי 180 שקל לשעה, קבוצה של 4 תלמידים 90 שקל, כרטיסייה של 10 שיעורים 1,600.")
    v = " ".join(tz7)
    A("ת\"ז %s" % v, [("id", v)], "תעודת זהות של ההורה?", p=True)
    A("הוא נולד ב-17 באוקטובר 2008.", [("date_of_birth", "17 באוקטובר 2008")])
    em = "rachel dot gold at gmail dot com"
    A("המייל שלי, אה, %s." % em, [("email", em)])
    sp = en_say(vis2, [4, 4, 4, 4], double=False)
    A("אני אגיד באנגלית, %s." % sp, [("card", sp)], "מספר כרטיס?")
    v = group(gb)
    A("אפשר להעביר מהחשבון שלי באנגליה? %s." % v, [("iban", v)])
    A("או מהחשבון של בעלי בפועלים %s" % il6, [("iban", il6)], p=True)
    addr = "עמק החולה 23, דירה 6, מודיעין"
    A("השיעורים אצלנו, הכתובת %s." % addr, [("address", addr)])
    A("058-6204417, זה הנייד שלי.", [("phone", "058-6204417")])

    # --- public library, Ramat Gan
    diners = card("3608923014755")
    tz8 = tz("32450617")
    A("ספריית רמת גן, שלום.")
    A("שלום, רציתי לחדש ספרים, יש לי 3 ספרים שצריך להחזיר עד ה-20 לחודש.")
    A("מספר מנוי %s" % not_personal("100452"), [], "מספר מנוי?")
    A("דמי מנוי שנתי 120 שקל, גמלאים 60, והקנס על איחור שקל ליום לכל ספר.")
    sp = he_pairs(tz8)
    A("%s." % sp, [("id", sp)], "תעודת זהות בשביל החידוש?")
    A("זה 3.3.66", [("date_of_birth", "3.3.66")], "ותאריך לידה?")
    addr = "רחוב ביאליק 76, דירה 3, רמת גן"
    A("עברתי דירה, הכתובת החדשה %s." % addr, [("address", addr)])
    A("טלפון 03-6729184 ומייל dani.levy@walla.co.il",
      [("phone", "03-6729184"), ("email", "dani.levy@walla.co.il")])
    v = "%s %s %s" % (diners[:4], diners[4:10], diners[10:])
    A("את המנוי אני משלם בדיינרס, %s." % v, [("card", v)])
    A("הספרייה פתוחה א' עד ה' מ-9 עד 19, ביום ו' עד 13:00, ובחנוכה סגור ב-26 לדצמבר.")


PARTS.append(he_part3)

# ---------------------------------------------------------------- Greek
# Calls: ferry company (Piraeus), tutoring school / frontistirio (Athens), gas-cylinder
# delivery (Thessaloniki), blood bank (Nicosia, Cypriot), physiotherapy (Athens),
# bicycle shop (Larnaca), home-security alarm (Glyfada), catering (Limassol), optician
# (Heraklion), tyre shop (Larissa), satellite TV (Patras), employment agency (Athens),
# pest control (Limassol), hearing-aid clinic (Thessaloniki), public library (Volos),
# laundry (Patras).

EL_ONES = ["", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
            "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_num(n):
    """Greek words for 0..999 (neuter), e.g. 67 -> εξήντα εφτά, 123 -> εκατόν είκοσι τρία."""
    assert 0 <= n <= 999
    if n == 0:
        return "μηδέν"
    h, r = divmod(n, 100)
    out = []
    if h:
        out.append("εκατόν" if (h == 1 and r) else EL_HUND[h])
    if 0 < r < 10:
        out.append(EL_ONES[r])
    elif 10 <= r < 20:
        out.append(EL_TEENS[r - 10])
    elif r >= 20:
        out.append(EL_TENS[r // 10] + ("" if r % 10 == 0 else " " + EL_ONES[r % 10]))
    return " ".join(out)


def el_say(digits, groups, gsep=", "):
    """Say each group as a number, leading zeros as μηδέν: 045 -> μηδέν σαράντα πέντε."""
    out, i = [], 0
    for g in groups:
        chunk, i = digits[i:i + g], i + g
        ws = []
        while len(chunk) > 1 and chunk[0] == "0":
            ws.append("μηδέν")
            chunk = chunk[1:]
        ws.append(el_num(int(chunk)))
        out.append(" ".join(ws))
    assert i == len(digits), (digits, groups)
    return gsep.join(out)


def el_part1():
    def A(text, spans=(), context="", p=False):
        add("el", text, spans, context, p)

    # --- ferry company, Piraeus (older caller from Athens)
    mc = card("516874209913302")
    A("Ναυτιλιακή Αιγαίου, καλησπέρα, είμαι η Δέσποινα, πώς μπορώ να σας βοηθήσω;",
      [("name", "Δέσποινα")])
    A("Καλησπέρα σας, εεε, με λένε Σταυρούλα Παπαδάκη, Σούλα, έχω κλείσει εισιτήρια για Νάξο.",
      [("name", "Σταυρούλα Παπαδάκη"), ("name", "Σούλα")], p=True)
    A("Μάλιστα, κυρία Παπαδάκη, τον κωδικό κράτησης τον έχετε;", [("name", "Παπαδάκη")], p=True)
    A("Ναι, είναι ΚΡ 4471 Β, για τις 7:25 το πρωί, Τρίτη 16 Ιουλίου.")
    A("Το πλοίο φτάνει Νάξο στις 11:10, και η καμπίνα 312 κοστίζει 85 ευρώ επιπλέον.")
    dob = "δώδεκα του τρία του σαράντα εννιά"
    A(dob, [("date_of_birth", dob)], "Για την έκπτωση συνταξιούχου χρειάζομαι ημερομηνία γέννησης.")
    v = group(mc)
    A("Θα πληρώσω με κάρτα, %s, λήγει 08/26." % v, [("card", v)])
    A("Το κινητό μου είναι 697 445 1283.", [("phone", "697 445 1283")], p=True)
    em = "soula.papadaki παπάκι yahoo τελεία gr"
    A("το email μου %s" % em, [("email", em)], "Και ένα email για να σας στείλουμε τα εισιτήρια;")

    # --- tutoring school (frontistirio), Athens
    a1 = afm("04518273")
    gr = iban("GR", "01101250000000012300695")
    A("Φροντιστήριο Πρόοδος, καλημέρα.")
    A("Καλημέρα, είμαι η Κατερίνα Οικονόμου, θέλω να γράψω την κόρη μου για τις Πανελλήνιες.",
      [("name", "Κατερίνα Οικονόμου")], p=True)
    A("Το πακέτο για τη Γ' Λυκείου είναι 220 ευρώ το μήνα, 12 ώρες την εβδομάδα, από 1η Σεπτεμβρίου.")
    A("Ωραία, κυρία Οικονόμου, θα χρειαστώ το ΑΦΜ σας για την απόδειξη.", [("name", "Οικονόμου")])
    sp = el_say(a1, [3, 3, 3])
    A("Ναι, %s." % sp, [("id", sp)], "Ωραία, κυρία Οικονόμου, θα χρειαστώ το ΑΦΜ σας για την απόδειξη.")
    addr = "Αγίου Μελετίου 112, Κυψέλη, 113 61"
    A("Η διεύθυνση είναι %s." % addr, [("address", addr)], p=True)
    v = group(gr)
    A("Θα το πληρώνω με πάγια εντολή από το %s." % v, [("iban", v)])
    A("η μικρή γεννήθηκε πέντε μαΐου του 2007", [("date_of_birth", "πέντε μαΐου του 2007")])

    # --- gas-cylinder delivery, Thessaloniki (older man)
    A("Υγραέριο Βορρά, παρακαλώ.")
    A("Γεια σας, εδώ Μήτσος Καραγιάννης από την Καλαμαριά, θέλω δυο φιάλες των 10 κιλών.",
      [("name", "Μήτσος Καραγιάννης")], p=True)
    A("Η φιάλη των 10 κιλών είναι 24 ευρώ, 19 με την επιστροφή της άδειας, και από 2 και πάνω δωρεάν μεταφορικά.")
    A("Η διεύθυνση, κύριε Καραγιάννη;", [("name", "Καραγιάννη")], p=True)
    addr = "Κομνηνών 17, δεύτερος όροφος, Καλαμαριά"
    A(addr + ".", [("address", addr)], "Η διεύθυνση, κύριε Καραγιάννη;")
    sp = el_say("2310445892", [1, 1, 1, 1, 2, 2, 2], gsep=" ")
    A("το σταθερό μου %s" % sp, [("phone", sp)], p=True)
    A("Θα περάσει το φορτηγό την Πέμπτη το πρωί, μεταξύ 9 και 12, πληρωμή μετρητά.", p=True)

    # --- blood bank, Nicosia (Cypriot Greek)
    A("Κέντρο Αιμοδοσίας Λευκωσίας, καλημέρα σας, εγώ είμαι η Χρυστάλλα.", [("name", "Χρυστάλλα")])
    A("Καλημέρα, είμαι ο Χαράλαμπος Χριστοδούλου, ο Χάμπης, θέλω να δώσω αίμα, ήντα ώρα ανοίγετε;",
      [("name", "Χαράλαμπος Χριστοδούλου"), ("name", "Χάμπης")], p=True)
    A("Ανοίγουμε 7:30 μέχρι 1:30, και Τρίτη απόγευμα 3 με 6. Επέρασαν 3 μήνες που την τελευταία φορά;")
    dob = "Εικοσιτρείς Αυγούστου, ενενήντα"
    A("%s." % dob, [("date_of_birth", dob)], "Ημερομηνία γεννήσεως;")
    sp = el_say("99512837", [2, 3, 3])
    A("Το κινητό μου, %s." % sp, [("phone", sp)])
    A("Στείλτε μου στο chambis.chr@cytanet.com.cy.", [("email", "chambis.chr@cytanet.com.cy")])
    A("Τον Σεπτέμβρη έχουμε και την κινητή μονάδα στη Λάρνακα, στην πλατεία Ευρώπης.")

    # --- physiotherapy, Athens (young man)
    a2 = afm("15790342")
    visa = card("492011573820466")
    A("Κέντρο Φυσικοθεραπείας Κίνηση, γεια σας.")
    A("γεια σας λέγομαι νίκος αλεξίου χτύπησα στο γόνατο στο ποδόσφαιρο", [("name", "νίκος αλεξίου")])
    A("Κύριε Αλεξίου, έχετε παραπεμπτικό από ορθοπεδικό;", [("name", "Αλεξίου")], p=True)
    A("Ο ΕΟΠΥΥ καλύπτει 10 συνεδρίες, εσείς πληρώνετε 15% συμμετοχή, δηλαδή 3,75 ευρώ τη φορά.")
    A("ΑΦΜ %s" % a2, [("id", a2)], "Το ΑΦΜ σας για την απόδειξη;", p=True)
    A("Το κινητό μου είναι +30 694 512 3087.", [("phone", "+30 694 512 3087")])
    sp = el_say(visa, [2] * 8)
    A("Η κάρτα είναι %s." % sp, [("card", sp)], p=True)

    # --- bicycle shop, Larnaca (young Cypriot)
    cy = iban("CY", "005004120000000120384756")
    A("Cycle Hub Λάρνακα, γεια σας.")
    A("Γεια σου, είμαι η Γιώτα, πήρα ένα ποδήλατο τον Μάρτη και η αλυσίδα πετάγεται.",
      [("name", "Γιώτα")], p=True)
    A("Ναι, Γιώτα, το Trek FX 2 στα 749; Έχει εγγύηση 2 χρόνια.", [("name", "Γιώτα")])
    v = group(cy)
    A("Θέλω να μου επιστρέψετε τα 120 στον λογαριασμό μου, %s." % v, [("iban", v)])
    addr = "Γρηγόρη Αυξεντίου 23, διαμέρισμα 4, Λάρνακα 6023"
    A("Μένω στη %s, αν μπορείτε να το φέρετε." % addr, [("address", addr)], p=True)
    A("+357 96 438 215", [("phone", "+357 96 438 215")], "Ένα τηλέφωνο για τον κούριερ;")


PARTS.append(el_part1)



def el_part2():
    def A(text, spans=(), context="", p=False):
        add("el", text, spans, context, p)

    # --- home-security alarm, Glyfada
    a3 = afm("10478236")
    amex = card("37451098276630")
    A("SecureHome, καλησπέρα, ο Άρης είμαι.", [("name", "Άρης")])
    A("Καλησπέρα, λέγομαι Ελένη Βλάχου, ο συναγερμός χτυπάει μόνος του κάθε βράδυ στις 3.",
      [("name", "Ελένη Βλάχου")], p=True)
    A("Κυρία Βλάχου, ο πίνακας σας είναι ο PC1864, 8 ζωνών, εγκατεστημένος από το 2019.",
      [("name", "Βλάχου")])
    addr = "Λαζαράκη 34, Γλυφάδα, 166 75"
    A("Μένω στη %s, μονοκατοικία με κήπο." % addr, [("address", addr)])
    A("Η σύνδεση με το κέντρο λήψης σημάτων είναι 19,90 το μήνα και η επίσκεψη τεχνικού 45 ευρώ.")
    sp = words(a3, EL_D)
    A("αφμ %s" % sp, [("id", sp)], "Θέλετε τιμολόγιο; Πείτε μου το ΑΦΜ.", p=True)
    em = "eleni κάτω παύλα vlachou παπάκι gmail τελεία com"
    A("Το email, %s." % em, [("email", em)], p=True)
    v = "%s %s %s" % (amex[:4], amex[4:10], amex[10:])
    A("Χρεώστε την American Express, %s." % v, [("card", v)])

    # --- catering, Limassol (Cypriot Greek, christening)
    cy2 = iban("CY", "002001950000357001846290")
    A("Κέτερινγκ Γεύσεις Λεμεσού, καλημέρα.")
    A("Καλημέρα, εν η Μαρούλλα Ευαγγέλου, θέλω να κάμω κράτηση για βαφτίσια.",
      [("name", "Μαρούλλα Ευαγγέλου")], p=True)
    A("για 150 άτομα μπουφές είναι 28 ευρώ το άτομο με τα ποτά 35 για ποια ημερομηνία", p=True)
    A("Κυριακή 14 Σεπτεμβρίου, μετά την εκκλησία, γύρω στη μία.", p=True)
    addr = "Αγίας Φυλάξεως 56, Λεμεσός 3025"
    A("Στην αυλή του σπιτιού μας, η διεύθυνση είναι %s." % addr, [("address", addr)])
    sp = words("99874512", EL_D)
    A("Το τηλέφωνο μου %s." % sp, [("phone", sp)])
    v = group(cy2)
    A("Αν ακυρωθεί, επιστροφή της προκαταβολής στο %s." % v, [("iban", v)])

    # --- optician, Heraklion (older Cretan man)
    a4 = afm("03784512")
    A("Οπτικά Κρήτης, γεια σας.")
    A("Γεια σου κοπελιά, Μανώλης Τσαγκαράκης εδώ, έσπασα τα γυαλιά μου.",
      [("name", "Μανώλης Τσαγκαράκης")], p=True)
    A("Κύριε Μανώλη, ο φακός σας είναι πολυεστιακός +2,50, θα κάνει γύρω στα 180 με τον σκελετό.",
      [("name", "Μανώλη")])
    A("Δεκαεφτά Φλεβάρη του '52.", [("date_of_birth", "Δεκαεφτά Φλεβάρη του '52")],
      "Την ημερομηνία γέννησης σας, για να βρω την καρτέλα;")
    v = "%s %s %s" % (a4[:3], a4[3:6], a4[6:])
    A("Το ΑΦΜ μου είναι %s, για την ασφάλεια." % v, [("id", v)])
    A("Θα είναι έτοιμα σε 10 μέρες, μετά τις 20 του μήνα, και η ασφάλεια δίνει 100 ευρώ.")
    A("Στο σπίτι, 2810 243917.", [("phone", "2810 243917")], "Σε ποιο τηλέφωνο να σας πάρουμε;")

    # --- tyre shop, Larissa
    visa = card("455612098437105")
    A("Ελαστικά Θεσσαλίας, παρακαλώ.")
    A("καλημέρα θέλω τέσσερα λάστιχα για ένα γιάρις 185/65 15", p=True)
    A("Τα Michelin είναι 95 το ένα, τα Hankook 68, και η ζυγοστάθμιση με την τοποθέτηση 10 ευρώ το λάστιχο.")
    A("Θανάσης, Θανάσης Ζήσης.", [("name", "Θανάσης", 0), ("name", "Θανάσης Ζήσης")],
      "Ποιο όνομα να γράψω;", p=True)
    v = "%s %s %s" % (visa[:4], visa[4:8], words(visa[8:], EL_D))
    A("Με κάρτα, %s." % v, [("card", v)])
    A("Θα είναι έτοιμο στις 5:30 στο συνεργείο στην Κύπρου 45, απέναντι από το Lidl.")

    # --- satellite TV, Patras
    gr2 = iban("GR", "01720210005021038457112")
    A("Vision TV, εξυπηρέτηση πελατών, λέγετε.")
    A("Θέλω να κόψω το πακέτο με τα αθλητικά, πληρώνω 34,99 από τον Ιανουάριο.")
    A("Ο αριθμός συνδρομητή είναι %s." % not_personal("7719 3350"))
    A("Στο δικό μου, Σπυρίδων Λαμπρόπουλος, αλλά όλοι Σπύρο με λένε.",
      [("name", "Σπυρίδων Λαμπρόπουλος"), ("name", "Σπύρο")], "Στο όνομα ποιου είναι η συνδρομή;", p=True)
    A("3/11/1975", [("date_of_birth", "3/11/1975")], "Και για επιβεβαίωση, ημερομηνία γέννησης;")
    sp = "GR %s" % el_say(gr2[2:], [2] * 12 + [1])
    A("το iban μου %s" % sp, [("iban", sp)], p=True)
    A("Στείλτε την επιβεβαίωση στο spiros.lambro@otenet.gr.", [("email", "spiros.lambro@otenet.gr")])
    A("Η αλλαγή ισχύει από την 1η του επόμενου μήνα, η δέσμευση έληξε στις 15 Μαρτίου.")


PARTS.append(el_part2)



def el_part3():
    def A(text, spans=(), context="", p=False):
        add("el", text, spans, context, p)

    # --- employment agency, Athens (young job seeker)
    a5 = afm("11893406")
    gr3 = iban("GR", "02601530000920100384712")
    A("Η θέση είναι αποθηκάριος στον Ασπρόπυργο, οκτάωρο, 900 ευρώ μικτά, από 1η Οκτωβρίου.")
    sp = el_say(a5, [3, 2, 2, 2])
    A("ΑΦΜ %s." % sp, [("id", sp)], "Για την καρτέλα σας, ΑΦΜ;")
    A("γεννήθηκα 9 απριλίου 1998 στη λαμία", [("date_of_birth", "9 απριλίου 1998")], p=True)
    em = "τζι τελεία papas ενενήντα οχτώ παπάκι gmail τελεία com"
    A("Το mail είναι %s." % em, [("email", em)])
    A("Στο 6987441230, και Viber.", [("phone", "6987441230")], "Σε ποιο κινητό να σας καλέσουμε;")
    v = group(gr3)
    A("Ο μισθός θα μπαίνει στο %s, Eurobank." % v, [("iban", v)])
    addr = "Πατησίων 210, τέταρτος όροφος, 112 56 Αθήνα"
    A("%s." % addr, [("address", addr)], "Διεύθυνση κατοικίας;")
    A("Η συνέντευξη είναι την Τετάρτη 11 του μήνα στις 10:30, στα γραφεία μας στη Συγγρού 130.")

    # --- pest control, Limassol (Cypriot Greek)
    mc = card("535104882716093")
    cy3 = iban("CY", "004001100000001234509876")
    A("Απεντομώσεις Λεμεσού, καλημέρα.")
    A("Καλημέρα, έχω κατσαρίδες στην κουζίνα τζαι ποντικούς στην αποθήκη.", p=True)
    A("Ο ψεκασμός για διαμέρισμα είναι 60 ευρώ, για σπίτι με αυλή 90, τζαι η δεύτερη επίσκεψη μετά από 15 μέρες δωρεάν.")
    addr = "Ηρώων 12, Γερμασόγεια, κοντά στην εκκλησία του Αγίου Γεωργίου"
    A("Εν στην %s." % addr, [("address", addr)], "Πού ακριβώς είναι το σπίτι;")
    v = "%s %s, εεε, %s %s" % (mc[:4], mc[4:8], mc[8:12], mc[12:])
    A("Θα πληρώσω με την κάρτα, %s." % v, [("card", v)], p=True)
    A("Στο σταθερό, +357 25 384716.", [("phone", "+357 25 384716")])
    v = group(cy3)
    A("αν δεν φύγουν θέλω τα λεφτά πίσω στο %s" % v, [("iban", v)], p=True)
    A("Ο τεχνικός έρχεται Πέμπτη 8 με 10, πρέπει να λείπετε 3 ώρες από το σπίτι.")

    # --- hearing-aid clinic, Thessaloniki (older woman)
    a6 = afm("02518463")
    a8 = afm("13690257")
    gr4 = iban("GR", "01109870000098734561200")
    vis = card("476173200584919")
    A("Ακουστικά Βαρηκοΐας Μακεδονία, καλημέρα σας.")
    A("Καλημέρα παιδί μου, το ακουστικό μου σφυρίζει συνέχεια, το αριστερό.", p=True)
    dob = "Εικοσιεφτά Ιουνίου του σαράντα τρία"
    A("%s." % dob, [("date_of_birth", dob)], "Η ημερομηνία γέννησης, για την καρτέλα;")
    v = "%s %s %s" % (a6[:3], a6[3:6], a6[6:])
    A("ΑΦΜ %s, για την επιδότηση." % v, [("id", v)])
    A("Ο ΕΟΠΥΥ δίνει 400 ευρώ ανά ακουστικό κάθε 4 χρόνια, και το δικό σας το πήρατε το 2021.")
    A("Σπίτι 2310 612458, κινητό δεν έχω.", [("phone", "2310 612458")])
    addr = "Εγνατίας 98, πέμπτος όροφος, δίπλα στην Καμάρα"
    A("μένω στην %s" % addr, [("address", addr)], p=True)
    v = group(gr4)
    A("Την επιστροφή στο %s, είναι της Εθνικής." % v, [("iban", v)])
    sp = words(vis, EL_D, groups=[4, 4, 4, 4], gsep=", ")
    A("το υπόλοιπο με την κάρτα του γιου μου %s" % sp, [("card", sp)], p=True)
    A("Η απόδειξη στο ΑΦΜ του γιου μου, %s, για την εφορία." % a8, [("id", a8)])
    A("Και στο mail του, nikos.tsolakis@yahoo.gr.", [("email", "nikos.tsolakis@yahoo.gr")])
    A("Η μπαταρία είναι νούμερο 13, το κουτάκι με τις 6 κάνει 7 ευρώ.")

    # --- public library, Volos
    visa2 = card("402400718843265")
    A("Δημοτική Βιβλιοθήκη Βόλου, καλησπέρα.")
    A("θέλω να ανανεώσω τρία βιβλία που λήγουν στις 12 του μήνα", p=True)
    A("Ο αριθμός της κάρτας μέλους είναι %s." % not_personal("004417"))
    A("Η ετήσια συνδρομή είναι 10 ευρώ, 5 για φοιτητές, και έχουμε πάνω από 45.000 τόμους.")
    A("Στείλτε μου στο mariaki_v@hotmail.com.", [("email", "mariaki_v@hotmail.com")])
    A("γεννήθηκα στις 30 δεκεμβρίου 2001", [("date_of_birth", "30 δεκεμβρίου 2001")],
      "Για την ανανέωση χρειάζομαι και ημερομηνία γέννησης.", p=True)
    v = "-".join([visa2[:4], visa2[4:8], visa2[8:12], visa2[12:]])
    A("Τη συνδρομή με κάρτα, %s." % v, [("card", v)])
    A("Η βιβλιοθήκη είναι κλειστή 15 Αυγούστου και ανοίγει ξανά Δευτέρα 18 στις 8:30.")

    # --- laundry, Patras (tavern owner)
    a7 = afm("09971845")
    gr5 = iban("GR", "01401020102002320009876")
    mae = card("516731940028815")
    A("Καθαριστήρια Πάτρας, παρακαλώ.")
    A("Καλημέρα, από την ταβέρνα στο λιμάνι, σας έφερα 40 τραπεζομάντιλα και 60 πετσέτες την Παρασκευή.")
    A("Τα τραπεζομάντιλα 2,50 το ένα, οι πετσέτες 0,80, σύνολο 148 ευρώ, έτοιμα Τρίτη μετά τις 6.")
    v = " ".join(a7[i:i + 2] for i in range(0, 8, 2)) + " " + a7[8]
    A("θέλω τιμολόγιο αφμ %s" % v, [("id", v)], p=True)
    sp = words(mae, EL_D, groups=[4, 4, 4, 4], gsep=", ")
    A("Κάρτα %s." % sp, [("card", sp)])
    em = "kostas τελεία leon παπάκι gmail τελεία com"
    A("Το τιμολόγιο στο %s." % em, [("email", em)])
    A("ένα τραπεζομάντιλο γύρισε σκισμένο θέλω αποζημίωση στο %s" % gr5, [("iban", gr5)], p=True)


PARTS.append(el_part3)



# ===========================================================================
# Self-checks on values: spans of card/iban/id that are written in digits, or spelled
# digit by digit, must pass their check; numbers outside spans must fail every check.
# ===========================================================================

_WORD_DIGIT = {}
for _table in (EN_D, AR_D, AR_EG, AR_LEV, AR_GULF, AR_MA, HE_DF, HE_DM, EL_D):
    for _i, _w in enumerate(_table):
        _WORD_DIGIT[_w] = str(_i)
_WORD_DIGIT["oh"] = "0"
_FILLERS = {"yeah", "εεε", "وبعدين"}


def decode_digits(span):
    """Digits of a span written in digits and/or one-digit words; None if other words."""
    out = []
    rep = 1
    for tok in re.split(r"[\s,،\-./]+", to_ascii_digits(span)):
        if not tok or tok in _FILLERS:
            continue
        if tok in ("double", "triple"):
            rep = 2 if tok == "double" else 3
            continue
        if tok.isdigit():
            out.append(tok * rep if len(tok) == 1 else tok)
        elif tok in _WORD_DIGIT:
            out.append(_WORD_DIGIT[tok] * rep)
        else:
            return None
        rep = 1
    return "".join(out)


CHECKS = {
    "card": lambda d: 13 <= len(d) <= 19 and luhn_ok(d),
    "id": lambda d: tz_ok(d) or afm_ok(d) or saudi_ok(d) or ssn_ok(d),
}


def verify_values(lang, items):
    verified = 0
    for text, spans, _ in items:
        outside = text
        for sp in spans:
            kind, sub = sp[0], sp[1]
            outside = outside.replace(sub, " ")
            if kind in CHECKS:
                d = decode_digits(sub)
                if d is not None:
                    assert CHECKS[kind](d), (lang, kind, sub, d)
                    verified += 1
            elif kind == "iban":
                compact = re.sub(r"[\s\-]", "", sub).upper()
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
                    assert iban_ok(compact), (lang, sub)
                    verified += 1
        # numbers outside spans: digit runs joined by single spaces or dashes
        for m in re.finditer(r"\d+(?:[ \-]\d+)*", to_ascii_digits(outside)):
            d = re.sub(r"\D", "", m.group())
            assert not any_check_ok(d), (lang, "number outside spans passes a check", m.group(), text)
    return verified

# ===========================================================================


def main():
    for f in PARTS:
        f()
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        items = LANGS.get(lang)
        if not items:
            continue
        lines = build(lang, items)
        nver = verify_values(lang, items)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        report(lang, items)
        print("    %d card/iban/id values re-checked from their spans" % nver)
    # re-read and re-check every span
    for lang in LANGS:
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), encoding="utf-8") as f:
            for line in f:
                obj = json.loads(line)
                b = obj["text"].encode("utf-8")
                for s in obj["spans"]:
                    b[s["start"]:s["end"]].decode("utf-8")  # must cut on char bounds
    return 0


if __name__ == "__main__":
    sys.exit(main())
