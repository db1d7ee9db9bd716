#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind52".

Written by a helper session that worked only from a written brief: it never
opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator. Items are invented calls to specialist retail and
mail-order shops (one kind of goods per shop), written the way a speech
recogniser transcribes phone calls. All values are invented; check digits
(Luhn, IBAN mod-97, Teudat Zehut, Greek AFM, Saudi ID/Iqama) are computed here.

Output: data/redaction/blind52/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional, an earlier line of the same call; not scored)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
found by searching for the span's substring. Items with empty spans are
non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind52.py
"""
import json
import os
import random
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
RNG = random.Random(52)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "redaction", "blind52")

# ---------------------------------------------------------------- check digits
def luhn_ok(d):
    d = [int(c) for c in d]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0

def luhn_complete(prefix, length):
    body = prefix + "".join(str(RNG.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError

def card(prefix, length=16):
    return luhn_complete(prefix, length)

def saudi_id(first):
    assert first in "12"
    return luhn_complete(first, 10)

def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        x = int(c) * (1 if i % 2 == 0 else 2)
        s += x // 10 + x % 10
    return s % 10 == 0

def tz():
    body = "".join(str(RNG.randint(0, 9)) for _ in range(8))
    body = str(RNG.randint(1, 3)) + body[1:]
    for c in "0123456789":
        if tz_ok(body + c):
            return body + c
    raise AssertionError

def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])

def afm():
    while True:
        body = str(RNG.randint(0, 1)) + "".join(str(RNG.randint(0, 9)) for _ in range(7))
        s = sum(int(body[i]) * 2 ** (8 - i) for i in range(8))
        if s % 11 != 10:
            return body + str(s % 11 % 10)

def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a != "000" and a != "666" and int(a) < 900 and g != "00" and n != "0000"

def ssn():
    while True:
        a = RNG.randint(1, 899)
        if a != 666:
            return "%03d-%02d-%04d" % (a, RNG.randint(1, 99), RNG.randint(1, 9999))

IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "FR": 27, "LB": 28, "QA": 29, "KW": 30, "BH": 22, "NL": 18,
            "ES": 24, "IT": 27, "MA": 28}

def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and iban_num(s[4:] + s[:4]) % 97 == 1

def iban(cc, bban):
    """bban: letters kept as given, '#' replaced by random digits."""
    bban = "".join(str(RNG.randint(0, 9)) if c == "#" else c for c in bban)
    chk = 98 - iban_num(bban + cc + "00") % 97
    s = cc + "%02d" % chk + bban
    assert iban_ok(s) and len(s) == IBAN_LEN[cc], s
    return s

def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))

def rdig(n):
    return "".join(str(RNG.randint(0, 9)) for _ in range(n))

# ---------------------------------------------------------------- number words
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

def en_digits(s, oh=False, double=False, sep=" "):
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if not c.isdigit():
            i += 1
            continue
        w = "oh" if (oh and c == "0") else EN_D[int(c)]
        if double and i + 1 < len(s) and s[i + 1] == c and (i + 2 >= len(s) or s[i + 2] != c):
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return sep.join(out)

def en_pair(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    return EN_TENS[n // 10] + ("-" + EN_D[n % 10] if n % 10 else "")

AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_D_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_IND = "٠١٢٣٤٥٦٧٨٩"

def ar_digits(s, eg=False, sep=" "):
    t = AR_D_EG if eg else AR_D
    return sep.join(t[int(c)] for c in s if c.isdigit())

def ar_ind(s):
    return "".join(AR_IND[int(c)] if c.isdigit() else c for c in s)

AR_TENS = ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]

def ar_pair(n):
    if n < 10:
        return AR_D[n]
    if n < 20:
        return ["عشرة", "إحدى عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"][n - 10]
    if n % 10 == 0:
        return AR_TENS[n // 10]
    return AR_D[n % 10] + " و" + AR_TENS[n // 10]

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()

def he_digits(s, masc=False, sep=" "):
    t = HE_M if masc else HE_F
    return sep.join(t[int(c)] for c in s if c.isdigit())

HE_TENS = ["", "עשר", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
HE_TEENS_F = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]

def he_pair(n):
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEENS_F[n - 10]
    return HE_TENS[n // 10] + (" ו" + HE_F[n % 10] if n % 10 else "")

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TENS = ["", "δέκα", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]
EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]

def el_digits(s, sep=" "):
    return sep.join(EL_D[int(c)] for c in s if c.isdigit())

def el_pair(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEENS[n - 10]
    return EL_TENS[n // 10] + (" " + EL_D[n % 10] if n % 10 else "")

def el_pairs(s):
    return " ".join((("μηδέν " + EL_D[int(s[i + 1])]) if s[i] == "0" else el_pair(int(s[i:i + 2]))) if len(s[i:i + 2]) == 2 else EL_D[int(s[i])] for i in range(0, len(s), 2))

def en_pairs(s):
    return " ".join((("oh " + EN_D[int(s[i + 1])]) if s[i] == "0" else en_pair(int(s[i:i + 2]))) if len(s[i:i + 2]) == 2 else EN_D[int(s[i])] for i in range(0, len(s), 2))

# ---------------------------------------------------------------- building
def digit_runs(text):
    return [re.sub(r"\D", "", m.group(0)) for m in re.finditer(r"\d(?:[\d]|[ .\-/](?=\d))*", text.translate(str.maketrans(AR_IND, "0123456789")))]

def assert_not_personal_numbers(text):
    for d in digit_runs(text):
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("Luhn-valid non-personal number", text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("TZ/AFM-valid non-personal number", text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("Saudi-ID-valid non-personal number", text)

def check_span(kind, sub):
    """Values written with digits must pass their checks (spoken forms are
    generated from checked values by the number-word helpers)."""
    t = sub.translate(str.maketrans(AR_IND, "0123456789"))
    d = re.sub(r"\D", "", t)
    if len(d) < 9:
        return
    if kind == "iban":
        a = re.sub(r"[^0-9A-Za-z]", "", t)
        if re.fullmatch(r"[A-Z]{2}[0-9A-Z]+", a):
            assert iban_ok(a), sub
        return
    if any(c.isalpha() for c in t):
        return  # a spoken (word) form, generated from a checked value
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), sub
    elif kind == "id":
        assert (tz_ok(d) or afm_ok(d) or (len(d) == 10 and d[0] in "12" and luhn_ok(d))
                or ssn_ok("%s-%s-%s" % (d[:3], d[3:5], d[5:]))), sub


def build(items):
    lines = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            pos = -1
            k = 0
            while True:
                pos = b.find(sb, pos + 1)
                assert pos >= 0, ("span not found", sub, text)
                if any(pos < o["end"] and pos + len(sb) > o["start"] for o in out):
                    continue  # an occurrence inside an earlier span: take the next
                if k == nth:
                    break
                k += 1
            start, end = pos, pos + len(sb)
            assert b[start:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (sub, text)
            for o in out:
                assert end <= o["start"] or start >= o["end"], ("overlap", sub, text)
            check_span(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        if not out:
            assert_not_personal_numbers(text)
        out.sort(key=lambda x: x["start"])
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines

def check_value(kind, v):
    """Assert a generated value is valid for its kind (digits only form)."""
    d = re.sub(r"\D", "", v)
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), v
    elif kind == "iban":
        assert iban_ok(v), v
    return v

LANGS = {}

# ==================================================================== languages

# ---------------------------------------------------------------- English
def en_part1():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 1: loose-leaf tea merchant, mail order (UK caller, agent Priya)
    A("Good morning, Harrow and Leaf Teas, you're through to Priya, how can I help?", [("name", "Priya")])
    A("Hiya, yeah, I ordered the Assam and the smoky Lapsang on Tuesday, 250 grams each, and only one tin's turned up.")
    A("No worries. Can I take the order reference? It should start with HL.")
    A("HL 40 77 219.")
    A("It's Gillian Ashworth, Gill's fine.", [("name", "Gillian Ashworth"), ("name", "Gill")], "Lovely, and your name, please?")
    A("Thanks. I can see the Lapsang was split into a second parcel, it left the warehouse on the 14th of March.")
    A("Right. And can you just check you've got the right address?")
    A("Flat 3, 27 Cavendish Road, Harrogate, HG2 8NJ.", [("address", "Flat 3, 27 Cavendish Road, Harrogate, HG2 8NJ")], "Of course, what's the address you'd expect it at?")
    A("That matches. The Darjeeling second flush is £14.50 per hundred grams if you wanted to add it, it'd ship for free over £40.")
    ph = "07" + rdig(3) + " " + rdig(6)
    A(f"Go on then. If the courier needs me it's {ph}.", [("phone", ph)])
    # Call 2: button shop (Irish caller)
    A("Hello, The Button Box, Declan speaking.", [("name", "Declan")])
    A("hi declan its siobhan here i rang last week about the horn buttons for the coat", [("name", "declan"), ("name", "siobhan")])
    A("Ah yes, the 23 millimetre toggles. We've 18 of them in stock, you wanted 6 plus 2 spares, was it?")
    A("Eight altogether, yeah. And the little shell ones, the 11 millimetre, two cards of 12.")
    A("So that's eight at €2.40 and two cards at €6.95, comes to €33.10 before postage.")
    ie_ph = "08" + str(RNG.choice([3, 5, 6, 7])) + " " + rdig(3) + " " + rdig(4)
    ie_ph_w = en_digits(ie_ph.replace(" ", ""), oh=True)
    A(f"grand. my number is {ie_ph_w} if there's any bother", [("phone", ie_ph_w)])
    A("siobhan dot nic an bhaird at eircom dot net, nic an bhaird all one word.", [("email", "siobhan dot nic an bhaird at eircom dot net")], "And what's the email for the receipt?")
    A("Perfect. We post from Galway on Mondays and Thursdays, so it should be with you by the 9th.")
    # Call 3: mechanical keyboard shop (US caller)
    A("Thanks for calling Clackworks, this is Tyler. Are you calling about an order or a new purchase?", [("name", "Tyler")])
    A("New purchase. I want the 75 percent board, the aluminum one, with the linear switches, the 62 gram ones.")
    A("The KB-75 Pro in silver is $219, and the switches come in packs of 90 for $38.")
    A("Okay, um, and do you guys do financing? The site said something about 12 months no interest.")
    A("We do, through our store card. I'd need your full name, date of birth and social security number for the soft check.")
    A("Sure, it's Marcus DeShawn Whitaker.", [("name", "Marcus DeShawn Whitaker")], "I'd need your full name, date of birth and social security number for the soft check.")
    A("Birthday is October third, nineteen ninety-one.", [("date_of_birth", "October third, nineteen ninety-one")], "Okay Marcus, and your date of birth?")
    s1 = ssn()
    a, g, n = s1.split("-")
    s1w = en_digits(a) + ", " + en_digits(g) + ", " + en_digits(n)
    A(f"And the social is {s1w}.", [("id", s1w)])
    A("Got it, thank you. That came back approved for a limit of $1,500.")
    A("Nice. Ship it to the office, it's 1840 West Fulton Street, Suite 310, Chicago, Illinois 60612.", [("address", "1840 West Fulton Street, Suite 310, Chicago, Illinois 60612")])
    # Call 4: hot pepper sauce mail order (Nigerian caller)
    A("Good afternoon, Scotch Bonnet Co., Ifeoma speaking.", [("name", "Ifeoma")])
    A("Good afternoon ma. My name is Oluwaseun Adebayo-Cole, I want to order the big pack for my shop.", [("name", "Oluwaseun Adebayo-Cole")])
    A("Welcome sir. The trade pack is 24 bottles of 150 ml, £96, and the habanero one is 12 for £52.")
    A("Let me take two of the 24 and one habanero. I will pay by card now.")
    c1 = card("4" + "5", 16)
    A(f"The card number is {grp(c1)}.", [("card", grp(c1))])
    A("And the expiry and the three digits on the back?")
    A("Expiry 08 27, the code is 4 1 9.")
    uk_ph2 = "+44 7" + rdig(3) + " " + rdig(6)
    A(f"You can reach me on {uk_ph2}, or WhatsApp, same number.", [("phone", uk_ph2)])
    A("Yes, Unit 4, 112 Rye Lane, Peckham, London SE15 4ST.", [("address", "Unit 4, 112 Rye Lane, Peckham, London SE15 4ST")], "Shall we deliver to the shop? What's the address there?")
    # Call 5: jigsaw puzzle shop (Australian caller)
    A("G'day, Piece by Piece Puzzles, it's Shazza here.", [("name", "Shazza")])
    A("Oh hi, it's Bronwyn, I'm after the thousand-piece one of the Twelve Apostles, the Ravensburger.", [("name", "Bronwyn")])
    A("Yep, we've got three left, $34.95 each. There's also the 2000-piece Uluru sunset for $59.")
    A("Just the Apostles. I was missing a piece from the last one, piece number 4 hundred and something.")
    A("No dramas, we can request a replacement from the maker, takes about 10 to 14 days.")
    A("Good. And you've got me as Bronwyn Kowalczyk, K O W A L C Z Y K?", [("name", "Bronwyn Kowalczyk"), ("name", "K O W A L C Z Y K")])
    A("Yes, and the email on the account is bron dot k 62 at bigpond dot com.", [("email", "bron dot k 62 at bigpond dot com")])
    au_ph = "04" + rdig(2) + " " + rdig(3) + " " + rdig(3)
    A(f"And a mobile for the courier? Yeah, {au_ph}.", [("phone", au_ph)])
    return it

def en_part2():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 6: sheet music mail order (Indian caller)
    A("Allegro Sheet Music, good evening.")
    A("Hello, good evening. Myself Venkatesh Subramaniam, calling from Bangalore, I had placed one order for the Czerny studies.", [("name", "Venkatesh Subramaniam")])
    A("Let me look that up. Is it the Opus 299 or the Opus 740?")
    A("Opus 299, two copies, and the ABRSM grade 5 piano book, 2025 to 2026 syllabus.")
    A("I see it, order 55120. It was shipped on the 2nd of May by international post, it can take 15 working days to India.")
    gb1 = iban("GB", "NWBK" + "#" * 14)
    A(f"It's a UK account, my son's, the IBAN is {grp(gb1)}.", [("iban", grp(gb1))], "Can you give me the IBAN for the refund?")
    in_ph = "+91 98" + rdig(3) + " " + rdig(5)
    A(f"and my mobile is {in_ph}, please call only after 6 PM India time", [("phone", in_ph)])
    A("The refund of £18.99 will take 3 to 5 working days once the book is back with us.")
    # Call 7: fly-tying materials (Scottish caller)
    A("Feathers and Floss, fly-tying supplies, Callum speaking.", [("name", "Callum")])
    A("Aye hello, I'm wanting the jungle cock capes, and two packs of the size 14 hooks, the barbless.")
    A("The jungle cock's £42 a half cape, hooks are £6.50 a pack of 25.")
    c2 = card("4929", 16)
    c2w = en_digits(c2[:4]) + ", " + en_digits(c2[4:8]) + ", " + en_digits(c2[8:12]) + ", " + en_digits(c2[12:])
    A(f"Sorry, from the start. {c2w}.", [("card", c2w)])
    A("Alasdair MacLeod. Ally.", [("name", "Alasdair MacLeod"), ("name", "Ally")], "And what name's on the card?")
    A("Thanks, and the delivery address?")
    A("Croft 7, Balallan, Isle of Lewis, HS2 9PN.", [("address", "Croft 7, Balallan, Isle of Lewis, HS2 9PN")], "Thanks, and the delivery address?")
    A("Islands are a 2 to 3 day service, so you'll have it by Friday for the loch.")
    # Call 8: magic tricks shop (US caller)
    A("Abracadabra Magic Supply, you've got Dwayne.", [("name", "Dwayne")])
    A("Hey, yeah, I bought the linking rings set, the 12 inch, item number 4471, and one ring has a scratch.")
    A("Sorry about that. I can send a single replacement ring, it's normally $9, no charge.")
    A("And my daughter's birthday show is on the 21st, so it needs to be here by then.")
    A("uh it's five twelve eighty-six", [("date_of_birth", "five twelve eighty-six")], "For the account I need to confirm your date of birth.")
    A("Thanks. And I'm sending it to 66 Magnolia Court, Apartment 2B, Decatur, Georgia 30030?", [("address", "66 Magnolia Court, Apartment 2B, Decatur, Georgia 30030")])
    # Call 9: umbrella shop (London)
    A("James Brolly and Sons, umbrellas, good morning.")
    A("Morning. I've got a gents' hickory-handled one from you, bought it in 2019, and the canopy's torn. Do you re-cover?")
    A("We do, re-covering is £65 and it takes about three weeks. Or a new one in the same wood is £180.")
    A("Re-cover, please. You can email me at h dot okonkwo underscore law at outlook dot co dot uk.", [("email", "h dot okonkwo underscore law at outlook dot co dot uk")])
    A("Harrison Okonkwo.", [("name", "Harrison Okonkwo")], "And a name for the ticket?")
    A("Ticket number 3318, Mr Okonkwo. Drop it in any time between ten and five.", [("name", "Okonkwo")])
    # Call 10: meteorite and fossil dealer (US caller)
    A("Starfall Meteorites, this is Janine. How can I help you today?", [("name", "Janine")])
    A("Hi there. I'm looking at the Campo del Cielo piece on your site, the 340 gram one, it says $495.")
    A("Yes, that's the one with the certificate of authenticity. We also have a 120 gram slice of Gibeon for $310.")
    A("The Campo. I want to set up an account and pay by wire.")
    A("For purchases over $3,000 or wires we need the date of birth of the account holder.")
    A("Sure. It's February 29th, 1972.", [("date_of_birth", "February 29th, 1972")], "For purchases over $3,000 or wires we need the date of birth of the account holder.")
    A("Wow, a leap day. And a phone number?")
    us_ph = "(" + str(RNG.randint(2, 9)) + rdig(2) + ") " + str(RNG.randint(2, 9)) + rdig(2) + "-" + rdig(4)
    A(f"{us_ph}, that's my cell.", [("phone", us_ph)], "Wow, a leap day. And a phone number?")
    A("We ship insured with FedEx, tracking usually comes within 24 hours, the label number is 7749 2210 5563.")
    return it

def en_part3():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 11: dollhouse miniatures (Irish caller)
    c3 = card("5" + str(RNG.randint(1, 5)), 16)
    A(f"ok so the card is {c3[:4]} {c3[4:8]}, {c3[8:12]}... {c3[12:]}", [("card", f"{c3[:4]} {c3[4:8]}, {c3[8:12]}... {c3[12:]}")], "That's the twelfth-scale Georgian kitchen set, €120. How would you like to pay?")
    A(f"So that's {c3[:4]}, {c3[4:6]} {c3[6:8]}, {c3[8:12]}, ending {c3[12:]}?", [("card", f"{c3[:4]}, {c3[4:6]} {c3[6:8]}, {c3[8:12]}, ending {c3[12:]}")])
    ie1 = iban("IE", "AIBK" + "#" * 14)
    A(f"and if the chandelier is out of stock put the money back to {ie1}", [("iban", ie1)])
    A("Date of birth for the loyalty club? The seventh of the first, sixty-eight.", [("date_of_birth", "The seventh of the first, sixty-eight")])
    A("and the email is maire with a fada, so just m a i r e, dot tiernan at gmail dot com", [("email", "m a i r e, dot tiernan at gmail dot com")], "What email should the loyalty vouchers go to?")
    # Call 12: heirloom seed catalogue (Nigerian caller living in Manchester)
    A("Hello, this is Chukwuemeka Nwosu, I ordered the Nsukka yellow pepper seeds and the garden egg.", [("name", "Chukwuemeka Nwosu")])
    A("Thank you Mr Nwosu. I have it here, could you confirm the address for delivery?", [("name", "Nwosu")])
    A("41 Hathersage Road, Longsight, Manchester, M13 0FH.", [("address", "41 Hathersage Road, Longsight, Manchester, M13 0FH")], "Thank you Mr Nwosu. I have it here, could you confirm the address for delivery?")
    c4 = card("37" + str(RNG.choice([4, 7])), 15)
    A(f"I will use my Amex. {c4[:4]} {c4[4:10]} {c4[10:]}.", [("card", f"{c4[:4]} {c4[4:10]} {c4[10:]}")])
    A("emeka dot nwosu seventy seven at yahoo dot co dot uk", [("email", "emeka dot nwosu seventy seven at yahoo dot co dot uk")], "And an email for the dispatch note?")
    # Call 13: bow tie mail order (Indian caller, Delhi accent; customs ID for a US order)
    A("Hello, Knot Just Ties, Anjali speaking, how may I help you?", [("name", "Anjali")])
    A("I'm calling for my father in New Jersey, the parcel is stuck at customs and they want his social security number.")
    s2 = ssn()
    A(f"Okay. His SSN is {s2}, and his name is Rajinder Singh Bedi.", [("id", s2), ("name", "Rajinder Singh Bedi")])
    s3 = ssn()
    s3w = en_digits(s3[:3], oh=True) + " " + en_digits(s3[4:6], oh=True) + " " + en_digits(s3[7:], oh=True, double=True)
    A(f"sorry that was my mother's, his one is {s3w}", [("id", s3w)])
    A("His date of birth also? Fourteenth August 1955.", [("date_of_birth", "Fourteenth August 1955")])
    # Call 14: puzzle shop again, Israeli customer (customs needs Teudat Zehut)
    t1 = tz()
    A(f"For Israeli customs I need the recipient's ID number. Yes, teudat zehut {t1}.", [("id", t1)])
    t2 = tz()
    t2w = en_digits(t2[:3]) + ", " + en_digits(t2[3:6]) + ", " + en_digits(t2[6:])
    A(f"um no wait that's my wife's ID, mine is {t2w}", [("id", t2w)])
    il_ph = "+972 5" + str(RNG.choice([0, 2, 4, 8])) + "-" + rdig(3) + "-" + rdig(4)
    A(f"Phone for the Israeli courier: {il_ph}.", [("phone", il_ph)])
    il1 = iban("IL", "#" * 19)
    A(f"for the refund, it's Bank Leumi, IBAN {grp(il1)}", [("iban", grp(il1))])
    # Call 15: fossil dealer, Saudi customer (customs needs Iqama)
    q1 = saudi_id("2")
    A(f"My iqama number is {q1}, I'm from Sudan but I live in Riyadh.", [("id", q1)], "For Saudi customs clearance we need a national ID or iqama number.")
    sa1 = iban("SA", "80" + "#" * 18)
    A(f"If it's refused, refund to {grp(sa1)}, Al Rajhi.", [("iban", grp(sa1))])
    # Call 16: refunds by IBAN and card payments from several of the shops above
    de1 = iban("DE", "#" * 18)
    A(f"Refunds go back by transfer. Oh right, so, DE {de1[2:4]}, {grp(de1[4:])}.", [("iban", f"DE {de1[2:4]}, {grp(de1[4:])}")], "Since you paid by bank transfer, I'll need your IBAN for the refund.")
    cy1 = iban("CY", "#" * 8 + "#" * 16)
    cyw = "C Y " + en_digits(cy1[2:4]) + " " + " ".join(grp(cy1[4:]).split(" "))
    A(f"it's a Cypriot one, {cyw}", [("iban", cyw)], "Can you read me the IBAN?")
    gb2 = iban("GB", "BARC" + "#" * 14)
    A(f"Let me read that back: {grp(gb2)}, is that correct? Yes.", [("iban", grp(gb2))])
    c5 = card("6011", 16)
    A(f"discover card six oh one one {en_digits(c5[4:8], oh=True)} {en_digits(c5[8:12], oh=True)} {en_digits(c5[12:], oh=True)}", [("card", f"six oh one one {en_digits(c5[4:8], oh=True)} {en_digits(c5[8:12], oh=True)} {en_digits(c5[12:], oh=True)}")])
    c6 = card("4", 16)
    A(f"New card: {c6[:4]}-{c6[4:8]}-{c6[8:12]}-{c6[12:]}, expiry next March.", [("card", f"{c6[:4]}-{c6[4:8]}-{c6[8:12]}-{c6[12:]}")])
    s4 = ssn()
    A(f"the last four is, um, actually you need the whole thing? ok {s4.replace('-', ' ')}", [("id", s4.replace('-', ' '))], "To open the trade account we need a social security number or EIN.")
    A("I was born on the 30th of June 1999, so I'm over 18, yes.", [("date_of_birth", "30th of June 1999")])
    A("D.O.B. is 11/04/1963.", [("date_of_birth", "11/04/1963")])
    A("Email is priya.raghunathan89@hotmail.com, all lowercase.", [("email", "priya.raghunathan89@hotmail.com")])
    A("it's tomasz underscore w at proton dot me, t o m a s z", [("email", "tomasz underscore w at proton dot me")])
    A("I moved, I now live at 9 Kilmore Close, Artane, Dublin 5, D05 K2X7.", [("address", "9 Kilmore Close, Artane, Dublin 5, D05 K2X7")])
    A("Please deliver to 220 Queen Street, Level 4, Brisbane City QLD 4000, it's my work.", [("address", "220 Queen Street, Level 4, Brisbane City QLD 4000")])
    uk3 = "020 " + rdig(4) + " " + rdig(4)
    uk3w = "oh two oh, " + en_digits(uk3[4:8], oh=True, double=True) + ", " + en_digits(uk3[9:], oh=True, double=True)
    A(f"Best to ring the landline, {uk3w}.", [("phone", uk3w)], "Is there a number we can call when the umbrella's ready?")
    ng = "+234 80" + str(RNG.choice([3, 5, 6, 7])) + " " + rdig(3) + " " + rdig(4)
    A(f"my brother in Lagos will collect, his number is {ng}", [("phone", ng)])
    A("no sorry, it's the seventeenth of March nineteen eighty, I said seventy by mistake", [("date_of_birth", "seventeenth of March nineteen eighty")], "Can I get your date of birth to verify the account?")
    A("It's 14B Wattle Street, not 41, 14B Wattle Street, Fremantle WA 6160.", [("address", "14B Wattle Street, Fremantle WA 6160")], "What's the postal address, love?")
    A("that's d for delta, o, y, l, e, dot, f, i, n, n, at icloud dot com", [("email", "d for delta, o, y, l, e, dot, f, i, n, n, at icloud dot com")], "Spell the email for me?")
    return it
LANGS["en"] = lambda: en_part1() + en_part2() + en_part3()

# ---------------------------------------------------------------- Arabic
def ar_part1():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 1: cast-iron cookware shop, Riyadh (Gulf)
    A("السلام عليكم، متجر القدر الحديد، معك فيصل، كيف أقدر أخدمك؟", [("name", "فيصل")])
    A("وعليكم السلام، أبغى أسأل عن الطاوة الحديد مقاس ٣٠ سم، عندكم منها؟")
    A("إيه موجودة، سعرها ٢٤٥ ريال، والقدر الكبير ٦ لتر بـ ٥٨٠ ريال.")
    A("طيب أبغى الطاوة وقدرين صغار، والتوصيل لين البيت.")
    A("أبشر، الاسم الكريم؟")
    A("معك عبدالرحمن الشهري، أبو فهد.", [("name", "عبدالرحمن الشهري"), ("name", "أبو فهد")], "أبشر، الاسم الكريم؟")
    sa_ph = "05" + str(RNG.choice([0, 3, 4, 5, 6])) + " " + rdig(3) + " " + rdig(4)
    A(f"يا هلا أبو فهد، رقم الجوال لو سمحت؟ {ar_ind(sa_ph)}", [("name", "أبو فهد"), ("phone", ar_ind(sa_ph))])
    A("حي الملقا، شارع أنس بن مالك، فيلا ١٤، الرياض، جنب مسجد الراجحي.", [("address", "حي الملقا، شارع أنس بن مالك، فيلا ١٤، الرياض")], "والعنوان وين؟")
    A("التوصيل خلال ٣ إلى ٥ أيام عمل، ورسوم الشحن ٢٥ ريال، وإذا زاد الطلب عن ٥٠٠ ريال الشحن مجاني.")
    c1 = card("4", 16)
    A(f"بدفع بالبطاقة، الرقم {ar_ind(grp(c1))}", [("card", ar_ind(grp(c1)))])
    # Call 2: hammocks shop, Amman (Levantine)
    A("مرحبا، محل الأرجوحة للشباك والمراجيح، معك لين.", [("name", "لين")])
    A("أهلين لين، أنا اسمي رامي حداد، بدي أسأل عن المرجوحة القماش اللي بتنعلق بين شجرتين.", [("name", "لين"), ("name", "رامي حداد")])
    A("آه هاي عنا منها لونين، السعر ٣٥ دينار، والستاند الحديد ٤٨ دينار لحاله.")
    A("منيح، بدي وحدة مع الستاند، وبتوصلوا على الزرقاء؟")
    A("أكيد، التوصيل على الزرقاء ٣ دنانير، بيوصل بعد يومين.")
    jo_ph = "07" + str(RNG.choice([7, 8, 9])) + rdig(7)
    jo_w = ar_digits(jo_ph)
    A(f"رقمي {jo_w}", [("phone", jo_w)], "شو رقم تلفونك يا رامي؟")
    A("الزرقاء الجديدة، شارع الملك عبدالله، عمارة ٢٢، الطابق التاني، قبال صيدلية الشفاء.", [("address", "الزرقاء الجديدة، شارع الملك عبدالله، عمارة ٢٢، الطابق التاني")], "وين العنوان بالزبط؟")
    A("بتدفع كاش عند الاستلام ولا تحويل؟ إذا تحويل هاد الآيبان تبعنا.")
    A("لا، كاش أحسن.")
    # Call 3: flags and banners shop, Cairo (Egyptian)
    A("ألو، مصنع الرايات للأعلام واليافطات، أيوه يا فندم.")
    A("أيوه، أنا عايز ٢٠٠ علم صغير مقاس ٢٠ في ٣٠ لحفلة المدرسة يوم الخميس ١٢ الشهر ده.")
    A("تمام يا فندم، العلم الصغير بـ ١٥ جنيه، يعني المجموع ٣٠٠٠ جنيه، والتسليم بعد ٤ أيام.")
    A("ماشي، اسمي محمود عبد الفتاح، وبيقولولي حمادة.", [("name", "محمود عبد الفتاح"), ("name", "حمادة")])
    eg_ph = "01" + str(RNG.choice([0, 1, 2, 5])) + rdig(8)
    eg_w = ar_digits(eg_ph[:3], eg=True) + "، " + ar_digits(eg_ph[3:7], eg=True) + "، " + ar_digits(eg_ph[7:], eg=True)
    A(f"النمرة بتاعتي {eg_w}", [("phone", eg_w)])
    A("تمام يا أستاذ محمود، والعنوان فين؟", [("name", "محمود")])
    A("١٨ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧.", [("address", "١٨ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧")], "تمام يا أستاذ محمود، والعنوان فين؟")
    A("المدرسة عندها ٤٥٠ طالب، فلو عايز كمان ٢٥٠ علم هنعملك خصم ١٠٪.")
    eg1 = iban("EG", "#" * 25)
    A(f"حوّل العربون على الآيبان بتاعنا. لا، أنا اللي هحوّل من حسابي {eg1}", [("iban", eg1)])
    # Call 4: beads for jewellery making, Casablanca (Maghrebi)
    A("السلام، محل الخرز والعقيق، شكون معايا؟")
    A("السلام، أنا فاطمة الزهراء بنعلي، بغيت نسول على الخرز ديال الكريستال.", [("name", "فاطمة الزهراء بنعلي")])
    A("مرحبا لالة فاطمة، عندنا الخرز ٤ ملم و٦ ملم، الباكية ديال ١٠٠ حبة ب ٣٥ درهم.", [("name", "فاطمة")])
    A("عطيني ٣ باكيات ديال ٦ ملم وجوج ديال ٤ ملم.")
    ma_ph = "06" + rdig(2) + " " + rdig(2) + " " + rdig(2) + " " + rdig(2)
    A(f"النمرة ديالي {ma_ph}، وإلا ماجاوبتش صيفط ليا واتساب.", [("phone", ma_ph)])
    A("فين نصيفطو ليك الكوليا؟")
    A("زنقة ابن سينا، رقم ٢٣، أكدال، الرباط.", [("address", "زنقة ابن سينا، رقم ٢٣، أكدال، الرباط")], "فين نصيفطو ليك الكوليا؟")
    A("الكوليا كتوصل فـ ٤٨ ساعة، والتوصيل ٢٥ درهم.")
    A("اه والإيميل ديالي zahra.benali.bijoux@gmail.com باش تصيفطو الفاتورة", [("email", "zahra.benali.bijoux@gmail.com")])
    # Call 5: crystals and minerals shop, Dubai (Gulf / Emirati)
    A("مساء الخير، متجر أحجار الكريستال، معاك ميثاء.", [("name", "ميثاء")])
    A("مساء النور، أنا شما الكتبي، طلبت حجر الأماتيست الكبير ٣ كيلو وما وصلني.", [("name", "شما الكتبي")])
    A("لحظة أشيك... الطلب رقم ٨٨٤٢١، انشحن يوم ١٥ فبراير مع أرامكس، ورقم التتبع ٥٥٣٢٠٩٨١٧٧.")
    A("أنا غيرت بيتي، الحين ساكنة في البرشاء الأولى، شارع ١٩، فيلا ٨، دبي.", [("address", "البرشاء الأولى، شارع ١٩، فيلا ٨، دبي")])
    ae_ph = "+971 5" + str(RNG.choice([0, 2, 5, 6])) + " " + rdig(3) + " " + rdig(4)
    A(f"وأي شي كلموني على {ae_ph}", [("phone", ae_ph)])
    A("تمام يا شما، بنعيد الإرسال بكرة الصبح، بدون رسوم.", [("name", "شما")])
    A("الحجر سعره ١٢٠٠ درهم، والكوارتز الوردي ٣٥٠ درهم، الاثنين مع بعض ١٤٥٠ بعد الخصم.")
    return it

def ar_part2():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 6: cufflinks and tie pins shop, Jeddah (Gulf), store credit account needs ID
    A("هلا، متجر الأزرار الفضية لأزرار الأكمام، تفضل.")
    A("هلا والله، أبي أفتح حساب تقسيط عشان طقم الأزرار الذهب أبو ٢٨٠٠ ريال.")
    A("حياك، نحتاج رقم الهوية الوطنية وتاريخ الميلاد.")
    n1 = saudi_id("1")
    A(f"رقم الهوية {ar_ind(n1)}", [("id", ar_ind(n1))], "حياك، نحتاج رقم الهوية الوطنية وتاريخ الميلاد.")
    A("وتاريخ ميلادي ١٤ رمضان ١٤٠٥ هجري.", [("date_of_birth", "١٤ رمضان ١٤٠٥ هجري")])
    A("يعني بالميلادي تقريباً ٢ يونيو ١٩٨٥، صح؟", [("date_of_birth", "٢ يونيو ١٩٨٥")])
    A("القسط الشهري ٤٦٦ ريال على ٦ شهور، وأول دفعة بتكون يوم ٢٧ من هالشهر.")
    sa2 = iban("SA", "10" + "#" * 18)
    A(f"الخصم الشهري من الآيبان {grp(sa2)}", [("iban", grp(sa2))])
    A("والإيميل؟ يعني ماجد دوت الغامدي آت هوتميل دوت كوم", [("email", "ماجد دوت الغامدي آت هوتميل دوت كوم")], "والإيميل عشان نرسل لك العقد؟")
    # Call 7: fireworks shop, Kuwait (Gulf) - seasonal order for a wedding
    A("ألو، محل الألعاب النارية، تفضل.")
    A("مرحبا، عندي عرس يوم ٢٠ أبريل وأبي ٤٠ صندوق شموع نارية و١٠ قطع كبيرة أبو ١٢٠ طلقة.")
    A("موجود، الصندوق بـ ١٨ دينار، والقطعة الكبيرة ٦٥ دينار، المجموع ١٣٧٠ دينار.")
    A("لازم تصريح من الداخلية للكميات فوق ٥٠ قطعة، نحتاج الرقم المدني واسم صاحب الطلب.")
    A("اسمي بدر ناصر العتيبي.", [("name", "بدر ناصر العتيبي")], "نحتاج الرقم المدني واسم صاحب الطلب.")
    kw1 = iban("KW", "NBOK" + "#" * 22)
    A(f"وإذا تبي تحويل من بنك الوطني هذا الآيبان: {grp(kw1)}", [("iban", grp(kw1))])
    A("لا يا بدر، إحنا نقبل كي نت بس، أو كاش بالمحل.", [("name", "بدر")])
    # Call 8: walking sticks and canes (MSA, elderly caller, Levantine daughter helps)
    A("مرحباً، متجر العكازات والعصي الخشبية، كيف يمكنني مساعدتك؟")
    A("أريد عصا من خشب الزان بمقبض فضي، طولها ٩٠ سنتيمتراً، لوالدي عمره ٨٣ سنة.")
    A("لدينا الموديل رقم ٧٠٤، سعره ٦٥ ديناراً، ويمكن قصه حسب الطول.")
    A("تاريخ ميلاده؟ الأول من كانون الثاني سنة ألف وتسعمئة واثنين وأربعين", [("date_of_birth", "الأول من كانون الثاني سنة ألف وتسعمئة واثنين وأربعين")], "لبطاقة الضمان نحتاج اسم المستخدم وتاريخ ميلاده.")
    A("اسمي سهى، أنا بنته، وأنا اللي بدفع.", [("name", "سهى")])
    c2 = card("5", 16)
    c2w = " ".join(ar_pair(int(c2[i:i + 2])) for i in range(0, 16, 2))
    A(f"رقم البطاقة {c2w}", [("card", c2w)], "تفضلي رقم البطاقة.")
    A(f"خليني أعيد: {c2[:4]} {c2[4:8]}... {c2[8:12]} {c2[12:]}، صح؟", [("card", f"{c2[:4]} {c2[4:8]}... {c2[8:12]} {c2[12:]}")])
    # Call 9: playing cards shop, Beirut (Levantine / Lebanese)
    A("ألو، بونجور، محل ورق الشدة، معك جورج.", [("name", "جورج")])
    A("هاي جورج، أنا ريتا، بدي ١٢ ضمة ورق بلاستيك للطرنيب، من النوع اللي بيغسل.", [("name", "جورج"), ("name", "ريتا")])
    A("الضمة بـ ٨ دولار، والعلبة فيها ١٢ ضمة بـ ٨٥ دولار، يعني أوفر.")
    lb1 = iban("LB", "#" * 4 + "#" * 20)
    A(f"أوكي، بحولك من حسابي بـ Fresh USD، الآيبان {lb1[:2]} {lb1[2:4]} {grp(lb1[4:])}", [("iban", f"{lb1[:2]} {lb1[2:4]} {grp(lb1[4:])}")])
    lb_ph = "+961 " + str(RNG.choice([3, 70, 71, 76, 81])) + " " + rdig(3) + " " + rdig(3)
    A(f"نمرتي {lb_ph}", [("phone", lb_ph)], "نمرة تلفونك يا ريتا؟")
    A("والإيميل rita_khoury.design at yahoo dot com", [("email", "rita_khoury.design at yahoo dot com")])
    A("التوصيل ع الأشرفية بكرا بين الساعة ٣ و٥ بعد الضهر.")
    # Call 10: silk scarves mail order, Alexandria (Egyptian)
    A("أهلاً بحضرتك في حرير الإسكندرية، إزاي أقدر أساعدك؟")
    A("أنا عايزة أرجّع الإيشارب اللي لونه كحلي، طلب رقم ٣٠٧٦٥، ولونه مش زي الصورة خالص.")
    A("حقك يا فندم، الاسترجاع خلال ١٤ يوم، وهنرجعلك ٤٥٠ جنيه.")
    A("أنا دعاء سمير، والحساب باسم جوزي.", [("name", "دعاء سمير")])
    eg2 = iban("EG", "#" * 25)
    A(f"رجعيلي الفلوس على الآيبان ده {ar_ind(eg2[:2])}{ar_ind(eg2[2:])}", [("iban", ar_ind(eg2[:2]) + ar_ind(eg2[2:]))])
    A("الإيميل دعاء أندرسكور سمير تسعين آت جي ميل دوت كوم", [("email", "دعاء أندرسكور سمير تسعين آت جي ميل دوت كوم")])
    A("المندوب هيعدي يستلم الإيشارب يوم السبت من ١٠ الصبح لـ ٢ الضهر.")
    return it

def ar_part3():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 11: rope and cordage shop, Aqaba (Levantine) - boat ropes
    A("بدي ٥٠ متر حبل نايلون ١٢ ملم، و٣ لفات حبل قنب ٨ ملم، كل لفة ٢٥ متر.")
    A("المتر النايلون بـ ٦٠ قرش، ولفة القنب بـ ١١ دينار، المجموع ٦٣ دينار.")
    A("العنوان: العقبة، المنطقة التاسعة، شارع الحمامات التونسية، بناية رقم ٤١، شقة ٣.", [("address", "العقبة، المنطقة التاسعة، شارع الحمامات التونسية، بناية رقم ٤١، شقة ٣")])
    jo2 = iban("JO", "ARAB" + "#" * 4 + "#" * 18)
    A(f"رقم الآيبان تبعي، اكتب: {jo2[:4]} {jo2[4:8]} {grp(jo2[8:])}", [("iban", f"{jo2[:4]} {jo2[4:8]} {grp(jo2[8:])}")], "وين بدك نرجعلك فرق السعر؟")
    A("أنا مواليد ٩٠، بالزبط ٣ / ٧ / ١٩٩٠.", [("date_of_birth", "٣ / ٧ / ١٩٩٠")], "للاشتراك بنادي الزبائن شو تاريخ ميلادك؟")
    # Call 12: bathroom and kitchen scales shop (MSA, formal)
    A("شكراً لاتصالك بمتجر الموازين الدقيقة، معك المهندس طارق.", [("name", "طارق")])
    A("الميزان الذكي موديل S-200 يقيس حتى ١٨٠ كيلوغراماً، وسعره ٣٩٩ درهماً، والضمان سنتان.")
    A("يعني الميزان بيطلع وزني ٧٤.٥ وأنا ٧٢ بالعيادة، فرق ٢.٥ كيلو.")
    q1 = saudi_id("2")
    A(f"رقم الإقامة {ar_digits(q1[:5])}، {ar_digits(q1[5:])}", [("id", f"{ar_digits(q1[:5])}، {ar_digits(q1[5:])}")], "لتفعيل الضمان نحتاج رقم الهوية أو الإقامة.")
    n2 = saudi_id("1")
    A(f"لا لا غلطت، هذا رقم إقامة العامل، رقمي أنا هوية وطنية {n2}", [("id", n2)])
    n3 = saudi_id("1")
    A(f"سجلها باسم الوالدة، هويتها {ar_ind(n3[:4])} {ar_ind(n3[4:7])} {ar_ind(n3[7:])}", [("id", f"{ar_ind(n3[:4])} {ar_ind(n3[4:7])} {ar_ind(n3[7:])}")])
    q2 = saudi_id("2")
    A(f"الإقامة: {q2[:1]}-{q2[1:5]}-{q2[5:]}", [("id", f"{q2[:1]}-{q2[1:5]}-{q2[5:]}")], "رقم الإقامة لو سمحت؟")
    # Call 13: cast-iron shop again, an Arab citizen of Israel in Nazareth
    A("مرحبا، أنا سامر عودة من الناصرة، طلبت الطاوة الحديد عن موقعكم.", [("name", "سامر عودة")])
    t1 = tz()
    A(f"رقم الهوية الإسرائيلية تبعي {ar_digits(t1)}", [("id", ar_digits(t1))], "للجمارك بدنا رقم الهوية.")
    il_ph = "05" + str(RNG.choice([0, 2, 3, 4, 8])) + "-" + rdig(7)
    A(f"وتلفوني {il_ph}", [("phone", il_ph)])
    il1 = iban("IL", "#" * 19)
    A(f"وإذا بدكم ترجعوا المصاري، آيبان بنك هبوعليم {il1}", [("iban", il1)])
    t2 = tz()
    A(f"رقم هوية أخوي بدل مني: {t2[:3]} {t2[3:6]} {t2[6:]}", [("id", f"{t2[:3]} {t2[3:6]} {t2[6:]}")])
    # Card payments and e-mails across calls
    c3 = card("4", 16)
    A(f"الفيزا {c3[:4]} {c3[4:8]} {c3[8:12]} {c3[12:]} وتنتهي ٠٩ / ٢٨", [("card", f"{c3[:4]} {c3[4:8]} {c3[8:12]} {c3[12:]}")])
    c4 = card("5", 16)
    c4w = ar_digits(c4[:4]) + "، " + ar_digits(c4[4:8]) + "، " + ar_digits(c4[8:12]) + "، " + ar_digits(c4[12:])
    A(f"يعني، الرقم {c4w}", [("card", c4w)], "تفضل رقم البطاقة.")
    c5 = card("4", 16)
    A(f"ماستركارد؟ لا فيزا. {ar_ind(c5[:8])} {ar_ind(c5[8:])}", [("card", f"{ar_ind(c5[:8])} {ar_ind(c5[8:])}")])
    c6 = card("37", 15)
    A(f"أمريكان إكسبريس {c6[:4]} {c6[4:10]} {c6[10:]}", [("card", f"{c6[:4]} {c6[4:10]} {c6[10:]}")])
    A("الإيميل: abu.yousef77 at outlook dot sa", [("email", "abu.yousef77 at outlook dot sa")], "والإيميل لو سمحت؟")
    A("اكتب: إم، إيه، واي، إيه، نقطة، تي، ايه، ار، ايه، آت جيميل دوت كوم", [("email", "إم، إيه، واي، إيه، نقطة، تي، ايه، ار، ايه، آت جيميل دوت كوم")], "ممكن تتهجى الإيميل حرف حرف؟")
    A("البريد الإلكتروني هو نورة.الدوسري@icloud.com", [("email", "نورة.الدوسري@icloud.com")])
    ae2 = iban("AE", "#" * 19)
    A(f"حوّل على {ae2[:2]} {ae2[2:4]} {grp(ae2[4:])} بنك الإمارات دبي الوطني", [("iban", f"{ae2[:2]} {ae2[2:4]} {grp(ae2[4:])}")])
    # Dates of birth, addresses and phones across calls
    A("تاريخ ميلادي خمسة وعشرين ديسمبر تسعة وتمانين", [("date_of_birth", "خمسة وعشرين ديسمبر تسعة وتمانين")], "ممكن تاريخ الميلاد للتحقق؟")
    A("مولود في ١٩٧٦/١١/٠٨", [("date_of_birth", "١٩٧٦/١١/٠٨")])
    A("أنا من مواليد اتناشر أربعة ألفين واتنين", [("date_of_birth", "اتناشر أربعة ألفين واتنين")], "وتاريخ ميلادك يا فندم؟")
    A("عيد ميلادي ٢٩ / ٠٢ / ١٩٩٦، يعني كل أربع سنين مرة هههه", [("date_of_birth", "٢٩ / ٠٢ / ١٩٩٦")])
    A("معاك يوسف أمزيان من طنجة، بغيت نخلص على الكوموند.", [("name", "يوسف أمزيان")])
    A("أنا ساكن في حي الروضة، شارع الستين، عمارة الفيصل، شقة ١٢، جدة.", [("address", "حي الروضة، شارع الستين، عمارة الفيصل، شقة ١٢، جدة")])
    A("وصّلها على ١٥ ش عباس العقاد، مدينة نصر، القاهرة، الدور الخامس.", [("address", "١٥ ش عباس العقاد، مدينة نصر، القاهرة، الدور الخامس")])
    sa3 = "+966 5" + rdig(1) + " " + rdig(3) + " " + rdig(4)
    A(f"جوالي {sa3} وعليه واتساب", [("phone", sa3)])
    eg3 = "+20 1" + str(RNG.choice([0, 1, 2, 5])) + " " + rdig(4) + " " + rdig(4)
    A(f"اتصل بيا على {eg3} بعد العصر", [("phone", eg3)])
    A("الطلبية فيها ١٢ قطعة بسعر ٤٩٩ ريال، ووصلت يوم ٣ مارس الساعة ٧ المسا.")
    A("خصم ١٥٪ لغاية ٣١ ديسمبر، كود الخصم SCALE25.")
    A("رقم الشحنة ٧٢١٠٤٤٥٩٣٨١، تقدر تتابعها على موقع سمسا.")
    return it
LANGS["ar"] = lambda: ar_part1() + ar_part2() + ar_part3()

# ---------------------------------------------------------------- Hebrew
def he_part1():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 1: wax seals and sealing wax shop (native speaker)
    A("שלום, הגעתם לחותם ושעווה, מדברת מורן, איך אפשר לעזור?", [("name", "מורן")])
    A("היי מורן, אממ, הזמנתי חותמת עם ראשי תיבות להזמנות לחתונה ועוד לא הגיע.", [("name", "מורן")])
    A("בשמחה, מה מספר ההזמנה?")
    A("אלף תשע מאות שמונים ושתיים, נדמה לי. 1982.")
    A("מצאתי, חותמת פליז בקוטר 25 מילימטר ו-3 מקלות שעווה בורדו, סך הכל 189 ש\"ח.")
    A("ועל שם מי ההזמנה?")
    A("על שם נועה ברקוביץ.", [("name", "נועה ברקוביץ")], "ועל שם מי ההזמנה?")
    A("תודה נועה, החריטה לקחה קצת יותר זמן, זה יוצא מחר לדואר שליחים, יגיע עד יום חמישי.", [("name", "נועה")])
    A("אפשר לשנות כתובת? עברתי דירה.")
    A("בטח, מה הכתובת החדשה?")
    A("רחוב המייסדים 14, דירה 6, קומה שלישית, גבעתיים.", [("address", "רחוב המייסדים 14, דירה 6, קומה שלישית, גבעתיים")], "בטח, מה הכתובת החדשה?")
    ph1 = "05" + str(RNG.choice([0, 2, 3, 4, 8])) + "-" + rdig(7)
    A(f"והטלפון נשאר {ph1}?", [("phone", ph1)])
    # Call 2: handmade paper shop (new immigrant from Russia)
    A("נייר בעבודת יד, שלום.")
    A("שלום, קוראים לי ולדימיר קוזלוב, אפשר וובה, אני מזמין נייר אקוורל בשביל סטודיו.", [("name", "ולדימיר קוזלוב"), ("name", "וובה")])
    A("אהלן וובה. הגיליון 300 גרם בגודל 56 על 76 עולה 24 שקל, ובחבילה של 20 זה 420.", [("name", "וובה")])
    A("אני לוקח שתי חבילות. משלם בכרטיס.")
    c1 = card("4580", 16)
    A(f"המספר {c1[:4]} {c1[4:8]} {c1[8:12]} {c1[12:]}, תוקף 11 שנה 27.", [("card", f"{c1[:4]} {c1[4:8]} {c1[8:12]} {c1[12:]}")])
    A("ולחשבונית, תעודת זהות של העסק או שלך?")
    t1 = tz()
    A(f"שלי, {he_digits(t1)}", [("id", he_digits(t1))], "ולחשבונית, תעודת זהות של העסק או שלך?")
    A("המשלוח לחיפה יוצא ביום ראשון, 35 ש\"ח, או איסוף עצמי מהחנות בתל אביב בחינם.")
    # Call 3: antique door handles and hardware (Anglo immigrant, code switching)
    A("ידיות ופרזול עתיק, מדבר עמית.", [("name", "עמית")])
    A("Hi, sorry, אני מדברת קצת עברית. My name is Rachel Goldfarb, אני רוצה ידיות פליז לדלתות.", [("name", "Rachel Goldfarb")])
    A("No problem Rachel. הידית הוויקטוריאנית עולה 145 ש\"ח לזוג, ויש לנו 8 זוגות במלאי.", [("name", "Rachel")])
    A("I need six pairs, שש. And the, um, the keyhole covers, ארבע.")
    A("So six pairs and four escutcheons, 870 plus 4 times 38, total 1,022 shekels.")
    A("My email is rachel dot goldfarb at gmail dot com, g o l d f a r b.", [("email", "rachel dot goldfarb at gmail dot com")])
    A("ומה הכתובת למשלוח?")
    A("Nachal Sorek 9, apartment 12, Beit Shemesh. נחל שורק תשע.", [("address", "Nachal Sorek 9, apartment 12, Beit Shemesh"), ("address", "נחל שורק תשע")], "ומה הכתובת למשלוח?")
    # Call 4: winter gloves shop (Ethiopian-Israeli caller)
    A("כפפות הגליל שלום, מדברת שירן.", [("name", "שירן")])
    A("שלום, אני מלקאמו טספאיה, הזמנתי כפפות עור לבן שלי והמידה קטנה.", [("name", "מלקאמו טספאיה")])
    A("אין בעיה, אפשר להחליף למידה 8 במקום 7. ההחלפה בחינם עד 30 יום מהקנייה.")
    A("תודה. והטלפון שלי, רשמי:")
    ph2 = "052" + rdig(7)
    ph2w = he_digits(ph2[:3]) + ", " + he_digits(ph2[3:6]) + ", " + he_digits(ph2[6:])
    A(f"{ph2w}", [("phone", ph2w)], "והטלפון שלך?")
    A("השליח יגיע ביום שלישי בין 8 ל-12 ויחליף במקום.")
    A("וכתובת? רחוב הנשיאים 31, כניסה ב', קריית מלאכי.", [("address", "רחוב הנשיאים 31, כניסה ב', קריית מלאכי")])
    # Call 5: mustard mail order (French immigrant)
    A("שלום, חרדל ושות', במה אפשר לעזור?")
    A("בונז'ור, סליחה, שלום. אני ז'ולי אזולאי, אני רוצה את החרדל של דיז'ון, הגרגרים.", [("name", "ז'ולי אזולאי")])
    A("יש לנו צנצנת 210 גרם ב-29 ש\"ח, ומארז של 6 ב-150.")
    A("המארז. ולשלוח לאמא שלי לנתניה, ליום ההולדת שלה ב-14 לחודש.")
    A("תאריך הלידה שלך בשביל מועדון הלקוחות? אה, 2 באוגוסט 1978.", [("date_of_birth", "2 באוגוסט 1978")])
    A("julie.azoulay@free.fr, עם נקודה באמצע.", [("email", "julie.azoulay@free.fr")], "ולאיזה מייל לשלוח את הקבלה?")
    return it

def he_part2():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 6: smoking pipes and pipe tobacco accessories (Arab citizen speaking Hebrew)
    A("מקטרות ועוד, שלום, מדבר איתי.", [("name", "איתי")])
    A("אהלן איתי, מדבר מוחמד ח'טיב מטייבה, יש לכם את המקטרת של פיטרסון, הכפופה?", [("name", "איתי"), ("name", "מוחמד ח'טיב")])
    A("יש, 640 ש\"ח, ויש גם מסנני פחם 9 מילימטר, 40 יחידות ב-35.")
    A("יאללה, אחת ושתי קופסאות מסננים. אני משלם בהעברה.")
    il1 = iban("IL", "#" * 19)
    A(f"כדי להחזיר לך את הפיקדון, מה ה-IBAN? כן, {grp(il1)}", [("iban", grp(il1))])
    A("תעודת זהות בשביל החשבונית?")
    t1 = tz()
    t1w = he_digits(t1[:3], masc=True) + " " + he_digits(t1[3:6], masc=True) + " " + he_digits(t1[6:], masc=True)
    A(f"{t1w}", [("id", t1w)], "תעודת זהות בשביל החשבונית?")
    ph3 = "+972 5" + str(RNG.choice([0, 2, 4, 8])) + " " + rdig(3) + " " + rdig(4)
    A(f"תתקשר לפני שאתה מגיע, {ph3}, אני בעבודה עד חמש", [("phone", ph3)])
    # Call 7: antique maps and globes (older native speaker)
    A("מפות וגלובוסים, ערב טוב.")
    A("ערב טוב, שמי יהודית שטרן, ראיתי אצלכם מפה של ארץ ישראל מ-1890, של הקרן לחקר א\"י.", [("name", "יהודית שטרן")])
    A("כן גברת שטרן, היא במצב טוב מאוד, 3,800 ש\"ח כולל מסגרת עץ אלון.", [("name", "שטרן")])
    A("ואפשר לשלם ב-10 תשלומים?")
    A("כן, 10 תשלומים של 380 בלי ריבית.")
    c2 = card("5326", 16)
    c2w = he_pair(int(c2[:2])) + " " + he_pair(int(c2[2:4])) + ", " + he_digits(c2[4:8]) + ", " + he_digits(c2[8:12]) + ", " + he_digits(c2[12:])
    A(f"כרטיס מסטרקארד: {c2w}", [("card", c2w)])
    A("יליד? אני ילידת כ\"ג בתשרי תש\"ח, בלועזי 7 באוקטובר 1947.", [("date_of_birth", "כ\"ג בתשרי תש\"ח"), ("date_of_birth", "7 באוקטובר 1947")], "לצורך האשראי צריך תאריך לידה.")
    A("אני גרה ברחוב עזה 22 בירושלים, דירה 5, בלי מעלית.", [("address", "רחוב עזה 22 בירושלים, דירה 5")])
    # Call 8: cuckoo clocks shop
    A("שעוני קוקייה, שלום, מדברת אורטל.", [("name", "אורטל")])
    A("שלום, אני מתקשר בקשר להזמנה 7731, שעון קוקייה עם שני משקולות.")
    A("השעון הזה עולה 1,250 ש\"ח והמשלוח מגרמניה לוקח 21 יום עבודה.")
    A("אה אוקיי. אז שמי ישראל, ישראל אברהמי, אפשר לשלם עכשיו?", [("name", "ישראל, ישראל אברהמי")])
    A("בטח ישראל. מספר כרטיס?", [("name", "ישראל")])
    c3 = card("4", 16)
    A(f"{c3[:4]}-{c3[4:8]}-{c3[8:12]}-{c3[12:]}", [("card", f"{c3[:4]}-{c3[4:8]}-{c3[8:12]}-{c3[12:]}")], "בטח ישראל. מספר כרטיס?")
    A("המייל שלי זה אברהמי ישראל שטרודל וואלה נקודה קו נקודה איל", [("email", "אברהמי ישראל שטרודל וואלה נקודה קו נקודה איל")])
    A("השעון מגיע עם אחריות ל-24 חודשים על המנגנון.")
    # Call 9: sock subscription by mail (young native)
    A("היי, גרביים בדואר, מדברת ליהי.", [("name", "ליהי")])
    A("אהלן, זה דניאל, אני רוצה לבטל את המנוי, זה 39.90 בחודש ואני לא צריך 3 זוגות כל חודש", [("name", "דניאל")])
    A("אני רואה שהמנוי התחיל ב-1 בינואר, לפי התקנון אפשר לבטל אחרי 3 חודשים.")
    A("מה התאריך לידה שלך?")
    A("שבע עשרה אחת עשרה תשעים ותשע", [("date_of_birth", "שבע עשרה אחת עשרה תשעים ותשע")], "מה התאריך לידה שלך?")
    A("ותעודת זהות, רק לאימות.")
    t2 = tz()
    A(f"{t2[:3]}-{t2[3:6]}-{t2[6:]}", [("id", f"{t2[:3]}-{t2[3:6]}-{t2[6:]}")], "ותעודת זהות, רק לאימות.")
    A("מעולה. ההחזר של 79.80 ייכנס לכרטיס תוך 7 עד 10 ימי עסקים.")
    # Call 10: origami paper shop
    A("נייר אוריגמי, בוקר טוב.")
    A("בוקר טוב, אני צריכה 500 דפים 15 על 15, לחוג של הילדים ביום רביעי.")
    A("יש חבילת 500 ב-89 ש\"ח, ומארז דפי מטאלי 100 דף ב-45.")
    A("מצוין. רשמי את המייל: hila_o_1985@walla.co.il", [("email", "hila_o_1985@walla.co.il")])
    A("ושם? הילה אוחיון.", [("name", "הילה אוחיון")])
    return it

def he_part3():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 11: anatomical models for clinics and students, mail order
    A("דגם שלד בגודל טבעי, 170 סנטימטר, עולה 2,490 ש\"ח, והמעמד עם גלגלים עוד 320.")
    A("אני סטודנטית לפיזיותרפיה, יש הנחת סטודנט? כן, 15 אחוז עם תעודה בתוקף עד 30.9.")
    il2 = iban("IL", "#" * 19)
    A(f"אז ה-IBAN של הקליניקה: IL {il2[2:4]} {grp(il2[4:])}", [("iban", f"IL {il2[2:4]} {grp(il2[4:])}")])
    il3 = iban("IL", "#" * 19)
    il3w = "איי אל " + he_digits(il3[2:4]) + ", " + ", ".join(he_digits(g) for g in grp(il3[4:]).split(" "))
    A(f"רגע, אני מקריאה מהאפליקציה: {il3w}", [("iban", il3w)], "לאן להחזיר את הכסף? אני צריכה IBAN.")
    il4 = iban("IL", "#" * 19)
    A(f"{il4[:4]} {il4[4:7]} {il4[7:10]} {il4[10:]}", [("iban", f"{il4[:4]} {il4[4:7]} {il4[7:10]} {il4[10:]}")], "תקריא לי את מספר ה-IBAN, לאט.")
    il5 = iban("IL", "#" * 19)
    A(f"כן, IBAN {il5}, בנק דיסקונט, סניף רמת אביב", [("iban", il5)])
    de1 = iban("DE", "#" * 18)
    A(f"יש לי חשבון בגרמניה מהעבודה, {grp(de1)}, תחזירו לשם", [("iban", grp(de1))])
    fr1 = iban("FR", "#" * 10 + "#" * 11 + "#" * 2)
    A(f"ההחזר יכול ללכת לחשבון שלי בצרפת? {grp(fr1)}", [("iban", grp(fr1))])
    # Call 12: mustard / pipes / gloves shops: payments and IDs
    c4 = card("4580", 16)
    c4w = he_digits(c4[:4]) + " " + he_digits(c4[4:8]) + " " + he_digits(c4[8:12]) + " " + he_digits(c4[12:])
    A(f"ויזה כאל, {c4w}", [("card", c4w)])
    c5 = card("5", 16)
    A(f"רגע, הכרטיס השני... {c5[:4]}, לא סליחה, {c5[:4]} {c5[4:8]} {c5[8:12]} {c5[12:]}", [("card", f"{c5[:4]} {c5[4:8]} {c5[8:12]} {c5[12:]}")])
    c6 = card("37", 15)
    A(f"אמריקן אקספרס, {c6[:4]} {c6[4:10]} {c6[10:]}", [("card", f"{c6[:4]} {c6[4:10]} {c6[10:]}")])
    c7 = card("4", 16)
    A(f"ה-4 ספרות האחרונות {c7[12:]}? לא, הנה כל המספר: {c7}", [("card", c7)])
    t3 = tz()
    A(f"תעודת זהות {t3}, ספרת ביקורת כלולה", [("id", t3)])
    t4 = tz()
    A(f"מספר זהות: {he_digits(t4[:2], masc=True)}, {he_digits(t4[2:5], masc=True)}, {he_digits(t4[5:], masc=True)}", [("id", f"{he_digits(t4[:2], masc=True)}, {he_digits(t4[2:5], masc=True)}, {he_digits(t4[5:], masc=True)}")])
    t5 = tz()
    A(f"ת.ז. {t5[:8]}-{t5[8]}", [("id", f"{t5[:8]}-{t5[8]}")])
    t6 = tz()
    A(f"רשום על אשתי, היא {t6[:4]} {t6[4:]}", [("id", f"{t6[:4]} {t6[4:]}")], "על שם מי לרשום? צריך תעודת זהות.")
    # phones
    ph4 = "03-" + rdig(7)
    A(f"אפשר גם בבית, {ph4}, אחרי שש", [("phone", ph4)])
    ph5 = "054" + rdig(7)
    A(f"הנייד של בעלי {ph5[:3]} {ph5[3:6]} {ph5[6:8]} {ph5[8:]}", [("phone", f"{ph5[:3]} {ph5[3:6]} {ph5[6:8]} {ph5[8:]}")], "יש עוד מספר ליצירת קשר?")
    ph6 = "058" + rdig(7)
    ph6w = "אפס חמישים ושמונה, " + he_digits(ph6[3:6]) + ", " + he_pair(int(ph6[6:8])) + ", " + he_pair(int(ph6[8:]))
    A(f"{ph6w}", [("phone", ph6w)], "מה המספר שלך?")
    ph7 = "+7 9" + rdig(2) + " " + rdig(3) + "-" + rdig(2) + "-" + rdig(2)
    A(f"יש לי גם מספר רוסי לוואטסאפ, {ph7}", [("phone", ph7)])
    ph8 = "04-" + rdig(3) + "-" + rdig(4)
    A(f"בחנות בנצרת: {ph8}", [("phone", ph8)], "לאיזה מספר להתקשר כשהמשלוח מגיע?")
    # emails
    A("המייל הוא טספאיה נקודה מלקאמו שטרודל ג'ימייל נקודה קום", [("email", "טספאיה נקודה מלקאמו שטרודל ג'ימייל נקודה קום")])
    A("yossi.b קו תחתון 77 שטרודל hotmail.com", [("email", "yossi.b קו תחתון 77 שטרודל hotmail.com")], "לאן לשלוח את האישור?")
    A("כתבי: s, h, i, r, a, z, שטרודל, bezeqint, נקודה net", [("email", "s, h, i, r, a, z, שטרודל, bezeqint, נקודה net")])
    # dates of birth
    A("נולדתי ב-12.03.1984", [("date_of_birth", "12.03.1984")], "תאריך לידה?")
    A("אני מה-3 בספטמבר, שנת 2001.", [("date_of_birth", "3 בספטמבר, שנת 2001")], "צריך תאריך לידה לאימות גיל, זה מוצרי טבק.")
    A("תאריך לידה עשרים וחמש, אפס שש, שישים ושבע", [("date_of_birth", "עשרים וחמש, אפס שש, שישים ושבע")])
    # addresses
    A("הכתובת: שדרות ירושלים 40, יפו, מיקוד 6811216", [("address", "שדרות ירושלים 40, יפו, מיקוד 6811216")])
    A("אני גר בקיבוץ יגור, בית 112, משלוח לשער.", [("address", "קיבוץ יגור, בית 112")])
    A("תשלחו לרחוב ויצמן 7 בכפר סבא, לא לויצמן 17, שבע.", [("address", "רחוב ויצמן 7 בכפר סבא")])
    A("סליחה, מה השם המלא? אנטולי, טוליק, פרידמן.", [("name", "אנטולי, טוליק, פרידמן")])
    # non-personal lines
    A("המשלוח יצא ב-4 ביוני, מספר מעקב RR 204 771 395 IL, זמן הגעה משוער 5 ימים.")
    A("הסניף ברחוב אלנבי סגור ביום שישי, פתוח עד 14:00 בשבוע.")
    A("הקופון SOCKS20 נותן 20 אחוז הנחה עד סוף החודש.")
    A("החזרנו 249 ש\"ח על העסקה מה-18 במרץ, זה יופיע בחשבון בתוך 3 ימים.")
    A("ההזמנה כוללת 4 גלובוסים בקוטר 30 ס\"מ, משקל כולל 6.2 קילו.")
    A("מקטרת מספר 314 מהסדרה של 2024, יש רק 12 כאלה בארץ.")
    A("הנייר של פבריאנו מאיטליה מגיע ביום שני, והחנות בדיזנגוף מקבלת אותו רק ב-20 לחודש.")
    A("גלובוס של אורבן ברגר? לא, הדגם הזה, מרקטור 1569, הוא העתק, 690 שקל.")
    ph9 = "055-" + rdig(3) + "-" + rdig(4)
    A(f"תרשמי את המספר של הבן שלי, לא, שלי, שלי: {ph9}", [("phone", ph9)])
    A("ילידת שמונים ושתיים, עשרה בינואר", [("date_of_birth", "שמונים ושתיים, עשרה בינואר")], "ותאריך הלידה של בעלת הכרטיס?")
    A("תביאו לרחוב הגפן 3, ליד המכולת, קומה ראשונה, מעלות-תרשיחא", [("address", "רחוב הגפן 3, ליד המכולת, קומה ראשונה, מעלות-תרשיחא")], "לאיזו כתובת?")
    return it
LANGS["he"] = lambda: he_part1() + he_part2() + he_part3()

# ---------------------------------------------------------------- Greek
def el_part1():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 1: fountain pens shop, Athens (older caller)
    A("Καλημέρα σας, Πένες και Μελάνια, είμαι η Δέσποινα, πώς μπορώ να βοηθήσω;", [("name", "Δέσποινα")])
    A("Καλημέρα κορίτσι μου. Με λένε Ευάγγελο Κωνσταντινίδη, θέλω μια πένα για τον εγγονό μου που πέρασε στη Νομική.", [("name", "Ευάγγελο Κωνσταντινίδη")])
    A("Συγχαρητήρια κύριε Κωνσταντινίδη! Έχουμε την Pelikan M200 στα 165 ευρώ και τη Lamy 2000 στα 210.", [("name", "Κωνσταντινίδη")])
    A("Την Πελικάν, με μπλε μελάνι, και να γράψετε πάνω το όνομα του παιδιού.")
    A("Η χάραξη κοστίζει 15 ευρώ και χρειάζεται 3 εργάσιμες.")
    A("Πατησίων 128, τρίτος όροφος, Κυψέλη, 11257 Αθήνα.", [("address", "Πατησίων 128, τρίτος όροφος, Κυψέλη, 11257 Αθήνα")], "Πού να σας τη στείλουμε; Η διεύθυνση;")
    ph1 = "210 " + rdig(3) + " " + rdig(4)
    ph1w = "διακόσια δέκα, " + el_digits(ph1[4:7]) + ", " + el_pairs(ph1[8:])
    A(f"Το σταθερό μου είναι {ph1w}, κινητό δεν έχω.", [("phone", ph1w)])
    A("Θα πληρώσετε με αντικαταβολή, επιβάρυνση 2,50 ευρώ.")
    # Call 2: ballet and dancewear shop, Thessaloniki (young mother)
    A("Γεια σας, Πουέντ, είδη μπαλέτου, Ντίνα εδώ.", [("name", "Ντίνα")])
    A("γεια σας λέγομαι μαρίνα τσολάκη θέλω πουέντ για την κόρη μου νούμερο 36", [("name", "μαρίνα τσολάκη")])
    A("Έχουμε τις Grishko στο 36 και 37, 89 ευρώ, και το κορμάκι στα 28.")
    A("Ωραία, ένα ζευγάρι και δύο κορμάκια, μέγεθος 10 με 12 χρονών.")
    A("Σύνολο 145 ευρώ. Για το τιμολόγιο χρειάζομαι ΑΦΜ;")
    a1 = afm()
    A(f"Ναι, για τη σχολή. Ο ΑΦΜ είναι {a1}.", [("id", a1)], "Σύνολο 145 ευρώ. Για το τιμολόγιο χρειάζομαι ΑΦΜ;")
    A("marina.tsolaki παπάκι gmail τελεία com", [("email", "marina.tsolaki παπάκι gmail τελεία com")], "Και το email για να σας στείλω το παραστατικό;")
    A("Ευχαριστώ κυρία Τσολάκη, θα φύγει σήμερα με ACS, φτάνει αύριο μέχρι τις 2.", [("name", "Τσολάκη")])
    # Call 3: barometers and weather instruments, Cyprus (Cypriot dialect)
    A("Καλησπέρα, Βαρόμετρα Λεμεσού, ο Χαμπής μιλά.", [("name", "Χαμπής")])
    A("Καλησπέρα Χαμπή, είμαι ο Σάββας Γεωργίου, έκαμα παραγγελία για το βαρόμετρο το ξύλινο.", [("name", "Χαμπή"), ("name", "Σάββας Γεωργίου")])
    A("Ναι, το aneroid με το θερμόμετρο, 240 ευρώ. Έρκεται που την Αγγλία, θέλει 10 μέρες.")
    A("Εν πειράζει. Θα πληρώσω με κάρτα.")
    c1 = card("4", 16)
    c1w = el_digits(c1[:4]) + ", " + el_digits(c1[4:8]) + ", " + el_digits(c1[8:12]) + ", " + el_digits(c1[12:])
    A(f"Ο αριθμός εν {c1w}", [("card", c1w)], "Πείτε μου τον αριθμό της κάρτας.")
    cy_ph = "99 " + rdig(6)
    A(f"Το κινητό μου {cy_ph}, τζαι αν δεν απαντώ, το σπίτι.", [("phone", cy_ph)])
    A("Να το στείλουμε σπίτι; Πού μένετε;")
    A("Μένω στην Αρχιεπισκόπου Λεοντίου 45, διαμέρισμα 302, Λεμεσός 3020.", [("address", "Αρχιεπισκόπου Λεοντίου 45, διαμέρισμα 302, Λεμεσός 3020")], "Να το στείλουμε σπίτι; Πού μένετε;")
    # Call 4: silverware and cutlery shop (wedding list)
    A("Ασημικά Καλλέργη, καλησπέρα, είμαι ο Στέλιος.", [("name", "Στέλιος")])
    A("Καλησπέρα, είμαι η Ιφιγένεια, η Ίφι, έχουμε λίστα γάμου στο κατάστημά σας.", [("name", "Ιφιγένεια"), ("name", "Ίφι")])
    A("Μάλιστα. Η λίστα έχει 12 σερβίτσια των 24 τεμαχίων, έχουν αγοραστεί τα 7.")
    A("Ο γάμος είναι στις 14 Σεπτεμβρίου, προλαβαίνουμε να πάρουμε και τις πιατέλες;")
    A("Βεβαίως. Χρειάζομαι και την ημερομηνία γέννησής σας για την κάρτα μέλους.")
    A("Εικοσιτρείς του Απρίλη του ενενήντα τέσσερα.", [("date_of_birth", "Εικοσιτρείς του Απρίλη του ενενήντα τέσσερα")], "Χρειάζομαι και την ημερομηνία γέννησής σας για την κάρτα μέλους.")
    gr1 = iban("GR", "011" + "#" * 4 + "#" * 16)
    A(f"Για τις επιστροφές, το IBAN μου είναι {grp(gr1)}.", [("iban", grp(gr1))])
    A("Η πιατέλα η οβάλ είναι 380 ευρώ και η σαλατιέρα 220.")
    # Call 5: bird cages and bird supplies shop (Piraeus)
    A("Ναι, Κλουβιά Πειραιά, παρακαλώ.")
    A("εεε γεια σας είμαι ο Τάκης Μαυρίδης, θέλω ένα κλουβί για καναρίνι το μεγάλο", [("name", "Τάκης Μαυρίδης")])
    A("Το 60 επί 40 κάνει 75 ευρώ, και το στρογγυλό 90.")
    A("Το πρώτο. Και δέκα κιλά σπόρο.")
    ph2 = "69" + str(RNG.choice([4, 7, 8, 9])) + rdig(7)
    ph2w = el_pair(int(ph2[:2])) + " " + el_pair(int(ph2[2:4])) + ", " + el_digits(ph2[4:7]) + ", " + el_pair(int(ph2[7:9])) + " " + el_digits(ph2[9])
    A(f"το κινητό μου {ph2w}", [("phone", ph2w)])
    A("Θα σας το φέρουμε Πέμπτη απόγευμα, από τις 5 μέχρι τις 8.")
    return it

def el_part2():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 6: magnifiers and loupes shop (retired watchmaker, Patras)
    A("Μεγεθυντικοί Φακοί Οπτική Λυχνία, καλημέρα.")
    A("Καλημέρα. Είμαι ο Παναγιώτης Ζαχαρόπουλος, ο Πάνος, από την Πάτρα.", [("name", "Παναγιώτης Ζαχαρόπουλος"), ("name", "Πάνος")])
    A("Θέλω ένα φακό με λάμπα LED, μεγέθυνση 10 φορές, για γραμματόσημα.")
    A("Ο 10x με LED είναι 48 ευρώ, ο 20x 65. Μπαταρίες 3 ΑΑΑ δεν περιλαμβάνονται.")
    A("Τον 10x. Και ημερομηνία γέννησης θέλετε για την εγγύηση; Δεκαοχτώ του έντεκα του πενήντα οχτώ.", [("date_of_birth", "Δεκαοχτώ του έντεκα του πενήντα οχτώ")])
    A("Μένω στην Κορίνθου 212, Πάτρα, Τ.Κ. 26223, δεύτερο κουδούνι.", [("address", "Κορίνθου 212, Πάτρα, Τ.Κ. 26223")])
    a2 = afm()
    A(f"Για το τιμολόγιο του συλλόγου, ΑΦΜ {el_digits(a2[:3])}, {el_digits(a2[3:6])}, {el_digits(a2[6:])}", [("id", f"{el_digits(a2[:3])}, {el_digits(a2[3:6])}, {el_digits(a2[6:])}")])
    # Call 7: linen tablecloths shop, Nafplio (young shop owner ordering wholesale)
    A("Λινά Τραπεζομάντιλα, γεια σας, η Ελπίδα είμαι.", [("name", "Ελπίδα")])
    A("Γεια σας Ελπίδα, εδώ Αντώνης, ταβέρνα στο Ναύπλιο, θέλω 30 τραπεζομάντιλα 1,40 επί 1,40.", [("name", "Ελπίδα"), ("name", "Αντώνης")])
    A("Το λινό είναι 22 ευρώ το ένα, στα 30 κομμάτια κάνουμε 10% έκπτωση, 594 ευρώ.")
    a3 = afm()
    A(f"{a3[:3]} {a3[3:6]} {a3[6:]}", [("id", f"{a3[:3]} {a3[3:6]} {a3[6:]}")], "Οκ. ΑΦΜ επιχείρησης;")
    gr2 = iban("GR", "017" + "#" * 4 + "#" * 16)
    A(f"Κάνω μεταφορά από Πειραιώς, το δικό μου IBAN είναι {gr2[:2]} {gr2[2:4]} {gr2[4:8]} {gr2[8:12]} {gr2[12:16]} {gr2[16:20]} {gr2[20:24]} {gr2[24:]}", [("iban", f"{gr2[:2]} {gr2[2:4]} {gr2[4:8]} {gr2[8:12]} {gr2[12:16]} {gr2[16:20]} {gr2[20:24]} {gr2[24:]}")])
    A("antonis_taverna παπάκι yahoo τελεία gr, με κάτω παύλα", [("email", "antonis_taverna παπάκι yahoo τελεία gr")], "Σε ποιο email να στείλω το τιμολόγιο;")
    A("Θα τα έχετε μέχρι την Παρασκευή 7 Ιουνίου, πριν ανοίξει η σεζόν.")
    # Call 8: party balloons shop (christening order, Larnaca)
    A("Μπαλόνια Λάρνακας, καλημέρα, η Γιωτούλα μιλά.", [("name", "Γιωτούλα")])
    A("Καλημέρα, θέλω 50 μπαλόνια γαλάζια με ήλιο τζαι μια αψίδα για τις 21 του μήνα.")
    A("Τα 50 με ήλιο εν 65 ευρώ, η αψίδα 120, η μεταφορά 15. Όνομα;")
    A("Κυριακή Χριστοδούλου.", [("name", "Κυριακή Χριστοδούλου")], "Τα 50 με ήλιο εν 65 ευρώ, η αψίδα 120, η μεταφορά 15. Όνομα;")
    A("Ευχαριστώ κυρία Χριστοδούλου. Η εκκλησία εν ο Άγιος Λάζαρος, στις 11:30;", [("name", "Χριστοδούλου")])
    cy_ph2 = "+357 96 " + rdig(6)
    A(f"Ναι. Το τηλέφωνό μου {cy_ph2}.", [("phone", cy_ph2)])
    cy1 = iban("CY", "002" + "#" * 5 + "#" * 16)
    A(f"Η προκαταβολή να μπει στο {grp(cy1)}; Όχι, αυτό εν το δικό μου, για την επιστροφή.", [("iban", grp(cy1))])
    # Call 9: wool blankets shop, Metsovo-style (older caller from Ioannina)
    A("Μάλλινες Κουβέρτες, εμπρός.")
    A("Εμπρός, η κυρα-Λένη είμαι από τα Γιάννενα, είχα πάρει πέρσι τη φλοκάτη τη διπλή.", [("name", "κυρα-Λένη")])
    A("Ναι κυρία Λένη, η διπλή είναι 180 ευρώ, η μονή 120.", [("name", "Λένη")])
    A("Θέλω δύο μονές για τα εγγόνια. Η κάρτα μου είναι...")
    c2 = card("5", 16)
    A(f"{c2[:4]} {c2[4:8]} {c2[8:12]} {c2[12:]}, λήγει 04 του 27", [("card", f"{c2[:4]} {c2[4:8]} {c2[8:12]} {c2[12:]}")], "Πείτε μου τον αριθμό της κάρτας.")
    A("Στείλτε τες στο σπίτι, Ναπολέοντος Ζέρβα 18, Ιωάννινα, 45332.", [("address", "Ναπολέοντος Ζέρβα 18, Ιωάννινα, 45332")])
    A("Θα τις πάρετε με ΕΛΤΑ Courier σε 2 με 3 μέρες, ο αριθμός αποστολής είναι ΤΚ 558 412 907 GR.")
    # Call 10: hand fans (βεντάλιες) shop, Rhodes
    A("Βεντάλιες Ρόδου, καλησπέρα.")
    A("Καλησπέρα σας, είμαι ο Κώστας ο Δημητρίου από το ξενοδοχείο Ηλιος, θέλουμε 200 βεντάλιες με λογότυπο.", [("name", "Κώστας ο Δημητρίου")])
    A("Με τύπωμα κάνουν 4,20 η μία, ελάχιστη ποσότητα 100, παράδοση σε 12 μέρες.")
    A("kostas.dimitriou τελεία hotel παπάκι otenet τελεία gr", [("email", "kostas.dimitriou τελεία hotel παπάκι otenet τελεία gr")], "Το email σας για τη μακέτα;")
    ph3 = "+30 69" + str(RNG.choice([4, 7, 8, 9])) + " " + rdig(3) + " " + rdig(4)
    A(f"Και στο κινητό {ph3}", [("phone", ph3)])
    return it

def el_part3():
    it = []
    A = lambda text, spans=(), ctx="": it.append((text, list(spans), ctx))
    # Call 11: typewriter ribbons and supplies, mail order (older writer, Chania)
    A("Θέλω 6 μελανοταινίες για Olivetti Lettera 32, μαύρες με κόκκινο, και 2 πακέτα χαρτί 500 φύλλων.")
    A("Η ταινία κάνει 9,50, το χαρτί 6,80, σύνολο 70,60 ευρώ, μεταφορικά δωρεάν πάνω από 50.")
    A("Γεννήθηκα στις 3 Μαΐου 1949, γράψτε το για την έκπτωση συνταξιούχου.", [("date_of_birth", "3 Μαΐου 1949")])
    A("Η διεύθυνση είναι Χάληδων 37, Χανιά Κρήτης, 73131, πάνω από το φαρμακείο.", [("address", "Χάληδων 37, Χανιά Κρήτης, 73131")])
    a4 = afm()
    A(f"Ο ΑΦΜ μου {el_pairs(a4[:8])} {el_digits(a4[8])}", [("id", f"{el_pairs(a4[:8])} {el_digits(a4[8])}")], "Θέλετε απόδειξη ή τιμολόγιο; Για τιμολόγιο χρειάζομαι ΑΦΜ.")
    # Call 12: picnic baskets shop (young couple, Nicosia)
    A("έλα γεια, θέλω το καλάθι πικνίκ για δύο άτομα, το ψάθινο, είναι για δώρο επετείου")
    A("Το καλάθι για δύο με πιάτα και ποτήρια είναι 79 ευρώ, το μεγάλο για τέσσερα 115.")
    A("Με λένε Andreas Charalambous, με λατινικά στην κάρτα.", [("name", "Andreas Charalambous")])
    c3 = card("4", 16)
    A(f"κάρτα {c3[:4]} {c3[4:8]} {c3[8:12]} {c3[12:]}", [("card", f"{c3[:4]} {c3[4:8]} {c3[8:12]} {c3[12:]}")])
    A("Στείλτε το στη δουλειά, Λεωφόρος Μακαρίου 58, γραφείο 401, 1065 Λευκωσία.", [("address", "Λεωφόρος Μακαρίου 58, γραφείο 401, 1065 Λευκωσία")])
    A("andreas.ch91@cytanet.com.cy", [("email", "andreas.ch91@cytanet.com.cy")], "Email για την επιβεβαίωση;")
    # Payments and refunds across the shops above
    c4 = card("5", 16)
    c4w = el_pairs(c4)
    A(f"Ο αριθμός: {c4w}", [("card", c4w)], "Τον αριθμό της κάρτας, ανά δύο ψηφία αν θέλετε.")
    c5 = card("4", 16)
    A(f"εεε {c5[:4]}... όχι συγγνώμη, άλλη κάρτα, αυτή είναι η εταιρική... ναι, {c5[:4]} {c5[4:8]} {c5[8:12]} {c5[12:]}", [("card", f"{c5[:4]} {c5[4:8]} {c5[8:12]} {c5[12:]}")])
    c6 = card("37", 15)
    A(f"American Express {c6[:4]}-{c6[4:10]}-{c6[10:]}", [("card", f"{c6[:4]}-{c6[4:10]}-{c6[10:]}")])
    gr3 = iban("GR", "026" + "#" * 4 + "#" * 16)
    A(f"IBAN {gr3}, Eurobank", [("iban", gr3)])
    gr4 = iban("GR", "014" + "#" * 4 + "#" * 16)
    gr4w = "G R " + el_digits(gr4[2:4]) + ", " + ", ".join(el_digits(g) for g in grp(gr4[4:]).split(" "))
    A(f"Το λέω: {gr4w}", [("iban", gr4w)], "Μου λέτε το IBAN για την επιστροφή;")
    cy2 = iban("CY", "005" + "#" * 5 + "#" * 16)
    A(f"Στην Τράπεζα Κύπρου, {grp(cy2)}", [("iban", grp(cy2))])
    gb1 = iban("GB", "HBUK" + "#" * 14)
    A(f"Ζω στο Λονδίνο, έχω αγγλικό λογαριασμό: {grp(gb1)}", [("iban", grp(gb1))])
    a5 = afm()
    A(f"ΑΦΜ: {a5}, ΔΟΥ Καλαμαριάς", [("id", a5)])
    a6 = afm()
    A(f"Ο ΑΦΜ του συζύγου μου, επειδή το τιμολόγιο βγαίνει στο όνομά του: {a6[:4]} {a6[4:]}", [("id", f"{a6[:4]} {a6[4:]}")])
    a7 = afm()
    A(f"{el_digits(a7)}", [("id", el_digits(a7))], "Τον ΑΦΜ σας, παρακαλώ;")
    ph4 = "2310 " + rdig(6)
    A(f"Στο μαγαζί {ph4}, ρωτήστε για μένα.", [("phone", ph4)], "Σε ποιο τηλέφωνο θα σας βρει ο κούριερ;")
    ph5 = "69" + str(RNG.choice([4, 7, 8, 9])) + rdig(7)
    ph5w = "εξήντα " + el_digits(ph5[1]) + ", " + el_digits(ph5[2]) + " " + el_pair(int(ph5[3:5])) + ", " + el_pair(int(ph5[5:7])) + ", " + el_digits(ph5[7:])
    A(f"{ph5w}", [("phone", ph5w)], "Το κινητό σας;")
    ph6 = "+44 7" + rdig(3) + " " + rdig(6)
    A(f"Και το αγγλικό κινητό μου {ph6}, έχω και WhatsApp.", [("phone", ph6)])
    A("Το email μου: v κάτω παύλα papadaki παπάκι hotmail τελεία com", [("email", "v κάτω παύλα papadaki παπάκι hotmail τελεία com")])
    A("γράψτε: σίγμα... όχι, λατινικά, s, t, e, l, l, a, τελεία, k, παπάκι, gmail.com", [("email", "s, t, e, l, l, a, τελεία, k, παπάκι, gmail.com")], "Το email;")
    A("Ημερομηνία γέννησης 30/12/1987.", [("date_of_birth", "30/12/1987")])
    A("Γεννήθηκα 1η Φεβρουαρίου εξήντα εφτά, Υδροχόος!", [("date_of_birth", "1η Φεβρουαρίου εξήντα εφτά")])
    A("δεκαπέντε, μηδέν οχτώ, ογδόντα ένα", [("date_of_birth", "δεκαπέντε, μηδέν οχτώ, ογδόντα ένα")], "Και η ημερομηνία γέννησης του κατόχου;")
    A("Το email είναι giorgos.m1975 στο gmail τελεία com", [("email", "giorgos.m1975 στο gmail τελεία com")], "Σε ποιο email να έρθει η απόδειξη;")
    A("Γράψτε: eleni παύλα kouri παπάκι outlook τελεία com", [("email", "eleni παύλα kouri παπάκι outlook τελεία com")])
    c7 = card("5", 16)
    A(f"Mastercard, {c7[:4]} {c7[4:8]} {c7[8:12]} {c7[12:]}, CVV 6 1 2", [("card", f"{c7[:4]} {c7[4:8]} {c7[8:12]} {c7[12:]}")])
    ph7 = "22 " + rdig(6)
    A(f"Στο σπίτι στη Λευκωσία, {ph7}, τζαι μετά τις 7 στο κινητό.", [("phone", ph7)], "Ένα τηλέφωνο επικοινωνίας;")
    A("γεννήθηκα εικοσιπέντε Μαρτίου του δύο χιλιάδες ένα", [("date_of_birth", "εικοσιπέντε Μαρτίου του δύο χιλιάδες ένα")], "Για το πρόγραμμα φοιτητικής έκπτωσης χρειάζομαι ημερομηνία γέννησης.")
    A("Είμαι του '72, έντεκα Ιουλίου.", [("date_of_birth", "'72, έντεκα Ιουλίου")], "Ημερομηνία γέννησης;")
    A("Μένω στην Αγίου Δημητρίου 9, Καλαμαριά, Θεσσαλονίκη 55133, ισόγειο.", [("address", "Αγίου Δημητρίου 9, Καλαμαριά, Θεσσαλονίκη 55133, ισόγειο")])
    A("Κολοκοτρώνη 4, όχι 14, τέσσερα, Νέα Σμύρνη.", [("address", "Κολοκοτρώνη 4"), ("address", "Νέα Σμύρνη")], "Η διεύθυνση αποστολής;")
    A("Καλησπέρα, η Σταυρούλα Παπαδάκη εδώ, για την παραγγελία με τις βεντάλιες.", [("name", "Σταυρούλα Παπαδάκη")])
    # Non-personal lines
    A("Η παραγγελία 60412 στάλθηκε στις 2 Οκτωβρίου, βάρος 3,4 κιλά, κόστος αποστολής 6,90.")
    A("Το κατάστημα στην Ερμού είναι ανοιχτό Τρίτη, Πέμπτη και Παρασκευή μέχρι τις 9.")
    A("Η Olivetti Lettera 32 είναι του 1963, αλλά οι ταινίες είναι ίδιες με της Valentine.")
    A("Έκπτωση 20% στα καλάθια μέχρι τις 15 Αυγούστου, με τον κωδικό PICNIC20.")
    A("Ο λογαριασμός χρεώθηκε 112,40 ευρώ στις 9 Ιανουαρίου, και η επιστροφή 37 ευρώ στις 20.")
    A("Το μοντέλο Kaweco Sport κοστίζει 27 ευρώ, το μελάνι 50 ml 12,90.")
    A("Το βαρόμετρο δείχνει 1013 hPa, το κάναμε καλιμπράρισμα στις 28 Φεβρουαρίου.")
    A("Παραδίδουμε Δευτέρα με Σάββατο, 9 με 5, εκτός από τις 15 Αυγούστου.")
    A("Αριθμός voucher ACS 7301 2284 596, θα το βρείτε στο κατάστημα στη Γλυφάδα.")
    A("Η Μαρία Κάλλας είναι το όνομα της συλλογής μας, οι πένες έχουν 14 καράτια μύτη.")
    return it
LANGS["el"] = lambda: el_part1() + el_part2() + el_part3()

# ==================================================================== main
def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, fn in LANGS.items():
        lines = build(fn())
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for o in lines:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        counts = {}
        for o in lines:
            for s in o["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for o in lines if not o["spans"])
        print(lang, len(lines), "items,", empty, "non-personal,", sum(counts.values()), "spans", dict(sorted(counts.items())))

if __name__ == "__main__":
    main()
