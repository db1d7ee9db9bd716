#!/usr/bin/env python3
"""Blind evaluation set 23 for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief. The helper never
read the redactor, its rules, its tests, or any other evaluation set or generator;
the items come from the brief's specification and general knowledge of how people
talk on customer-service calls. All values are invented. Check digits (Luhn,
IBAN mod-97, Israeli Teudat Zehut, Greek AFM, Saudi ID/Iqama) are computed here,
spoken forms are generated from the digit strings, and every span is asserted.
Long non-personal numbers are asserted to fail the checks.

Output: data/redaction/blind23/{en,ar,he,el}.jsonl (relative to the repo root),
one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # context optional, not scored
start/end are BYTE offsets into the UTF-8 encoding of text, end exclusive.
kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
Items with empty spans are non-personal and must come out unchanged.

Usage: python3 benches/redaction/make_blind23.py
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits


def luhn_ok(s):
    d = [int(c) for c in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card(partial):
    """partial = all digits but the last; returns a Luhn-valid card number."""
    partial = re.sub(r"\D", "", partial)
    s = luhn_complete(partial)
    assert 13 <= len(s) <= 19 and luhn_ok(s)
    return s


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "NL": 18, "FR": 27, "QA": 29, "KW": 30,
            "BH": 22, "LB": 28, "TN": 24, "PS": 29, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN[s[:2]] and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm(partial8):
    for c in "0123456789":
        if afm_ok(partial8 + c):
            return partial8 + c
    raise AssertionError


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def saudi(partial9):
    assert partial9[0] in "12"
    s = luhn_complete(partial9)
    assert saudi_ok(s)
    return s


def ssn_ok(s):
    s = re.sub(r"\D", "", s)
    if len(s) != 9:
        return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def looks_valid(digits):
    d = re.sub(r"\D", "", digits)
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if len(d) == 10 and d[0] in "12" and luhn_ok(d):
        return True
    return False


def bad(digits):
    """A non-personal number: change the last digit until no check passes."""
    d = digits
    while looks_valid(d):
        d = d[:-1] + str((int(d[-1]) + 1) % 10)
    return d


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return sep.join(out)


# ---------------------------------------------------------------- spoken numbers

EN_D = "zero one two three four five six seven eight nine".split()
EN_T = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_X = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_X = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
HE_T = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
        "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_X = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
        "ογδόντα", "ενενήντα"]
EL_T = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
        "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]

AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_X = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
AR_T = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
        "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def two(n, lang):
    """0-99 as words (the leading zero of 01..09 is spoken as a digit)."""
    t, u = divmod(n, 10)
    if lang == "en":
        if t == 0:
            return "oh " + EN_D[u] if u else "zero zero"
        if t == 1:
            return EN_T[u]
        return EN_X[t] + ("-" + EN_D[u] if u else "")
    if lang == "he":
        if t == 0:
            return "אפס " + HE_F[u]
        if t == 1:
            return HE_T[u]
        return HE_X[t] + (" ו" + HE_F[u] if u else "")
    if lang == "el":
        if t == 0:
            return "μηδέν " + EL_D[u]
        if t == 1:
            return EL_T[u]
        return EL_X[t] + (" " + EL_D[u] if u else "")
    if lang == "ar":
        if t == 0:
            return "صفر " + AR_D[u]
        if t == 1:
            return AR_T[u]
        return (AR_D[u] + " و" if u else "") + AR_X[t]
    raise ValueError(lang)


DIGITS = {"en": EN_D, "en_oh": ["oh"] + EN_D[1:], "he": HE_F, "he_m": HE_M, "el": EL_D,
          "ar": AR_D, "ar_eg": AR_EG}


def say(s, lang="en", sizes=None, sep=" ", gsep=None, pairs=False, double=False):
    """Speak a digit string.  sizes: groups; pairs: groups of two as tens words;
    double: English 'double seven' for repeated digits (within a group)."""
    s = re.sub(r"\D", "", s)
    groups = []
    i = 0
    for n in (sizes or [len(s)]):
        groups.append(s[i:i + n])
        i += n
    assert i == len(s)
    out = []
    base = lang.split("_")[0]
    if gsep is None:
        gsep = "، " if base == "ar" else ", "
    for g in groups:
        if pairs:
            assert len(g) % 2 == 0
            out.append(sep.join(two(int(g[j:j + 2]), base) for j in range(0, len(g), 2)))
            continue
        words, j = [], 0
        while j < len(g):
            w = DIGITS[lang][int(g[j])]
            if double and j + 1 < len(g) and g[j + 1] == g[j] and (j + 2 >= len(g) or g[j + 2] != g[j]):
                words.append("double " + w)
                j += 2
            else:
                words.append(w)
                j += 1
        out.append(sep.join(words))
    return gsep.join(out)


# ---------------------------------------------------------------- items

SETS = {}


def P(lst, text, *spans, ctx=None):
    """spans: (kind, substring) or (kind, substring, occurrence_index)."""
    lst.append((text, list(spans), ctx))


def N(lst, text, ctx=None):
    lst.append((text, [], ctx))


def to_json(text, spans, ctx):
    out = []
    b = text.encode("utf-8")
    for sp in spans:
        kind, sub = sp[0], sp[1]
        occ = sp[2] if len(sp) > 2 else None
        assert kind in KINDS, kind
        assert sub and sub == sub.strip(), (sub, text)
        n = text.count(sub)
        assert n >= 1, ("missing", sub, text)
        if occ is None:
            assert n == 1, ("ambiguous", sub, text)
            occ = 0
        i = -1
        for _ in range(occ + 1):
            i = text.index(sub, i + 1)
        start = len(text[:i].encode("utf-8"))
        end = start + len(sub.encode("utf-8"))
        assert b[start:end].decode("utf-8") == sub
        out.append({"kind": kind, "start": start, "end": end})
    out.sort(key=lambda s: s["start"])
    for a, c in zip(out, out[1:]):
        assert a["end"] <= c["start"], ("overlap", text)
    obj = {"text": text, "spans": out}
    if ctx:
        obj["context"] = ctx
    return obj


def write_all():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind23")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in SETS.items():
        objs = [to_json(*it) for it in items]
        for o in objs:
            if not o["spans"]:
                for m in re.finditer(r"\d[\d \-./]{7,}\d", o["text"]):
                    d = re.sub(r"\D", "", m.group())
                    if len(d) >= 9:
                        assert not looks_valid(d), ("non-personal number passes a check", o["text"])
        texts = [o["text"] for o in objs]
        assert len(set(texts)) == len(texts), lang + ": duplicate text"
        counts = {}
        for o in objs:
            for s in o["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for o in objs:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
        neg = sum(1 for o in objs if not o["spans"])
        print(lang, "items", len(objs), "non-personal", neg, "spans", sum(counts.values()),
              dict(sorted(counts.items())), file=sys.stderr)


# ---------------------------------------------------------------- self-tests
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert iban_ok("GB82WEST12345698765432")
assert tz_ok("000000018") and afm_ok(afm("09000004")) and not afm_ok("090000041")
assert say("0770", "en_oh") == "oh seven seven oh"
assert say("4177", double=True) == "four one double seven"
assert two(42, "en") == "forty-two" and two(67, "el") == "εξήντα εφτά"

# LANGUAGE SETS BELOW

# ================================================================ English, part 1
# Calls: airport lounge (UK), art supplies (US), childminder agency (IE),
# crane hire (NG caller in UK), data recovery (IN caller in KSA),
# diabetes supplies (AU), embroidery (UK).
EN = []
SETS["en"] = EN

c = card("4539 1488 0343 646")
ph = "07700900583"
P(EN, "Good morning, SkyRest Lounges, you're through to Hannah, how can I help you today?", ("name", "Hannah"))
P(EN, "Hi, yeah, my name's Gareth Pritchard, I booked the Gatwick North lounge for Friday.", ("name", "Gareth Pritchard"))
N(EN, "The booking's for two adults, we're flying at half six, EZY 8127 to Faro.")
P(EN, "Lovely, thanks Gareth. And can I take the long number on the card please?", ("name", "Gareth"))
v = say(c, "en_oh", [4, 4, 4, 4])
P(EN, "yeah it's " + v + " and the expiry's oh nine twenty-seven", ("card", v))
N(EN, "So that's thirty-four fifty per person, sixty-nine pounds for the two of you, three hours' access.")
v = say(ph, "en_oh", [5, 6], double=True)
P(EN, "Best number for me is " + v + ", that's my mobile.", ("phone", v),
  ctx="And a contact number in case the flight's delayed?")
i = iban("GB", "NWBK60161331926819")
v = grp(i, [4, 4, 4, 4, 4, 2])
P(EN, "If you can't refund to the card, my account's " + v + ", NatWest.", ("iban", v))
N(EN, "The refund will take three to five working days, your reference is SR-20418-77.")

c = card("5425 2334 3010 910")
N(EN, "Thank you for calling Crimson Easel Art Supply, how can I help you?")
P(EN, "This is Dwayne, I'll be taking care of you today.", ("name", "Dwayne"))
N(EN, "Hi, um, I'm calling about order " + bad("448201773") + ", the Winsor and Newton oils never came.")
P(EN, "My name is Maribel Ocampo-Reyes.", ("name", "Maribel Ocampo-Reyes"))
P(EN, "Okay Ms. Ocampo-Reyes, can I get the email on the account?", ("name", "Ocampo-Reyes"))
P(EN, "sure its maribel dot paints at gmail dot com", ("email", "maribel dot paints at gmail dot com"))
P(EN, "4412 North Kenmore Avenue, apartment 2B, Chicago, Illinois 60640.",
  ("address", "4412 North Kenmore Avenue, apartment 2B, Chicago, Illinois 60640"),
  ctx="And what's the shipping address on that?")
N(EN, "Tracking says delivered March 3rd at 2:14 p.m., left at front door, but there's nothing there.")
N(EN, "I can reship the twelve-tube set, that's $48.99, or refund it to the card ending in 4417.")
P(EN, "Just put it on my Mastercard, it's " + grp(c, [4, 4, 4, 4]) + ".", ("card", grp(c, [4, 4, 4, 4])))

ph = "0872245910"
N(EN, "Little Acorns Childminding, good morning.")
P(EN, "Aoife speaking, how can I help?", ("name", "Aoife"))
P(EN, "Hiya, it's Ciarán Ó Dálaigh here, I'm looking for a minder for my two lads from September.",
  ("name", "Ciarán Ó Dálaigh"))
v = say(ph, "en_oh", [3, 3, 4])
P(EN, "No bother Ciarán, and what's the best mobile for you?", ("name", "Ciarán"))
P(EN, "yeah " + v + " " + v.split(", ")[-1] + " sorry I'm after saying the last bit twice",
  ("phone", v + " " + v.split(", ")[-1]))
P(EN, "We're at 12 Ard na Gréine, Knocknacarra, Galway, H91 X2K7.",
  ("address", "12 Ard na Gréine, Knocknacarra, Galway, H91 X2K7"), ctx="And where are you based yourselves?")
N(EN, "They're four and six, and we'd need them from eight till half three, Monday to Thursday.")
N(EN, "The rate is six fifty an hour per child, and you'd get the National Childcare Scheme off that.")
P(EN, "The older lad is the second of February twenty nineteen and the small fella is the 30th of November 2020.",
  ("date_of_birth", "the second of February twenty nineteen"), ("date_of_birth", "the 30th of November 2020"),
  ctx="And I need the children's dates of birth for the form.")
P(EN, "It's ciaran dot odaly eighty-seven at eircom dot net, all one word.",
  ("email", "ciaran dot odaly eighty-seven at eircom dot net"))
N(EN, "Grand, so we'll have a visit with Bríd in Salthill on Tuesday the 9th at eleven.")

c = card("4916 3382 7710 524")
N(EN, "Good afternoon, Liftwell Crane Hire.")
P(EN, "Good afternoon sir, my name is Chukwuemeka Adebayo-Okafor, I am calling from Obi Construction.",
  ("name", "Chukwuemeka Adebayo-Okafor"))
N(EN, "We need a fifty-tonne mobile crane for two days, the 14th and 15th of July, on site by 7am.")
N(EN, "That's £1,850 a day plus £420 for the slinger signaller, and the lift plan is another £275.")
P(EN, "Right, Mr Adebayo-Okafor, and what's the site address?", ("name", "Adebayo-Okafor"))
P(EN, "The site is 88 to 92 Peckham High Street, London, SE15 5DT. Behind the Iceland.",
  ("address", "88 to 92 Peckham High Street, London, SE15 5DT"))
v = say("2348034127765", "en", [3, 3, 3, 4])
P(EN, "You can reach me on plus " + v + ", it is my Nigerian line, WhatsApp.", ("phone", "plus " + v))
P(EN, "Or the UK one, 07981 334 556.", ("phone", "07981 334 556"))
P(EN, "Company card, Visa, " + c + ", expiry 11/26, security code I will give you.", ("card", c))
P(EN, "emeka at obiconstruction dot co dot uk", ("email", "emeka at obiconstruction dot co dot uk"),
  ctx="And an email for the invoice?")

i = saudi("246103887")
N(EN, "Welcome to Lazarus Data Recovery.")
P(EN, "My name is Kevin, may I have your name please?", ("name", "Kevin"))
P(EN, "Yes, this is Venkataraman Subramaniam, you can call me Venky.",
  ("name", "Venkataraman Subramaniam"), ("name", "Venky"))
N(EN, "My laptop hard disk, it is a Seagate two TB, model ST2000LM015, it is clicking only.")
N(EN, "Evaluation is free, recovery is two ninety-nine to eight ninety-nine, five to seven working days.")
P(EN, "plus nine six six, five zero, four four one, two eight three nine", ("phone", "plus nine six six, five zero, four four one, two eight three nine"))
v = " ".join(i)
P(EN, "For the courier form they are asking Iqama number, it is " + v + ".", ("id", v))
P(EN, "venky dot s at outlook dot com. s for sugar.", ("email", "venky dot s at outlook dot com"))
N(EN, "The courier will collect on Sunday between 10 and 1, airway bill number " + bad("7781203364") + ".")

ph = "0419286503"
P(EN, "G'day, Glucoline Diabetes Supplies, Shazza speaking.", ("name", "Shazza"))
P(EN, "Oh hi, it's Bazza, um, Barry Whitlock, I'm after my test strips and the Libre sensors.",
  ("name", "Bazza"), ("name", "Barry Whitlock"))
P(EN, "No worries Barry, can I just confirm your date of birth?", ("name", "Barry"))
P(EN, "fourth of October, nineteen fifty-six", ("date_of_birth", "fourth of October, nineteen fifty-six"))
P(EN, "Yep, still at 7 Banksia Crescent, Toowoomba, four three five oh.",
  ("address", "7 Banksia Crescent, Toowoomba, four three five oh"), ctx="And you're still at the same address?")
v = say(ph, "en_oh", [4, 3, 3])
P(EN, "Mobile's " + v + " if the driver can't find the place.", ("phone", v))
N(EN, "It's three boxes of fifty strips, and the NDSS price is sixteen forty a box.")
N(EN, "The sensors last fourteen days, so I'll need two for the month, and the next order's due the 28th.")

N(EN, "Hello, Bobbin Lane Embroidery.")
P(EN, "Lucy speaking.", ("name", "Lucy"))
P(EN, "Hiya love, I'm ringing about the polo shirts for the darts team, name's Kath Ormerod.",
  ("name", "Kath Ormerod"))
N(EN, "Twenty-two shirts, logo on the left chest, names on the back, £14.95 each.")
N(EN, "Can you have them done for the 21st? That's a Saturday, the final's at the Lord Nelson.")
P(EN, "it's k o r m e r o d six two at btinternet dot com", ("email", "k o r m e r o d six two at btinternet dot com"))
P(EN, "Lovely, Kath, and which card are you paying on?", ("name", "Kath"))
P(EN, "Deliver to 3 Pennine View, Littleborough, OL15 8AB, it's the one with the green door.",
  ("address", "3 Pennine View, Littleborough, OL15 8AB"))

# ================================================================ English, part 2
# Calls: legal aid (US, IL), food bank (US), ice rink (US), fencing contractor (IE),
# limousine hire (UK), luggage repair (AU), landscaping (US), interior design (AE),
# kids' party entertainer (UK), airport lounge again (NL caller).
N(EN, "Legal Aid Society intake line, all calls are recorded for quality and training.")
assert ssn_ok("512-48-3307")
P(EN, "Yeah, it's 512-48-3307.", ("id", "512-48-3307"), ctx="Can I get your Social Security number?")
P(EN, "date of birth is 7/14/1988", ("date_of_birth", "7/14/1988"))
P(EN, "my mailing address is 1290 Grand Concourse apt 5F Bronx New York 10456",
  ("address", "1290 Grand Concourse apt 5F Bronx New York 10456"))
N(EN, "The hearing is on the 22nd at 9:30 in Part F, room 420, and they say I owe $4,312.")
N(EN, "The index number on the petition is 31174 of 2024, and the landlord is Bedford Park Realty LLC.")
assert ssn_ok("601224918")
v = say("601224918", "en_oh", [3, 2, 4])
P(EN, "Um, " + v + ". That's my wife's, you need hers too right?", ("id", v))
v = " ".join(tz("32815746"))
P(EN, "I made aliyah from Cleveland in 2019, and my teudat zehut number is " + v + ".", ("id", v))

N(EN, "Hillside Community Food Bank, we're open Tuesdays and Thursdays from ten to two.")
assert ssn_ok("431702265")
P(EN, "For the household form, um, my social is 4 3 1 - 7 0 - 2 2 6 5.", ("id", "4 3 1 - 7 0 - 2 2 6 5"))
N(EN, "It's five in the household, two adults, three kids, and we get about six forty in SNAP a month.")
P(EN, "My birthday? June fifth, nineteen sixty-two.", ("date_of_birth", "June fifth, nineteen sixty-two"),
  ctx="And your date of birth, hon?")
N(EN, "Pickup is Thursday the 12th between one and three at the Lincoln Street entrance, bring box number 27.")

c = card("3714 496353 9843")
N(EN, "Lakeshore Ice Arena, party package B is $329 for up to fifteen skaters and ninety minutes of ice.")
v = say(c, "en", [4, 6, 5])
P(EN, "It's an Amex, " + v + ", and the zip is 53202.", ("card", v))
P(EN, "Send the confirmation to kaylee.brandt@icloud.com please.", ("email", "kaylee.brandt@icloud.com"))
N(EN, "The birthday girl is turning eight, so skate sizes are mostly youth twelve to adult two.")
assert ssn_ok("218550934")
P(EN, "Also, um, I applied for the learn-to-skate coach job and the form wants my SSN, it's 218 55 0934.",
  ("id", "218 55 0934"))

N(EN, "Hi, is that Fernhill Fencing? I'm looking for a quote on about sixty metres of post and rail.")
P(EN, "It's Cnoc Álainn, Ballinacurra Road, Midleton, County Cork, P25 K8F2.",
  ("address", "Cnoc Álainn, Ballinacurra Road, Midleton, County Cork, P25 K8F2"),
  ctx="Grand, and what's the address for the survey?")
P(EN, "the landline is oh two one four six three two nine one eight", ("phone", "oh two one four six three two nine one eight"))
i = iban("IE", "AIBK93115240283716")
v = grp(i, [2, 2, 4, 6, 8])
P(EN, "For the refund of the overpayment it's " + v + ", that's AIB in Midleton.", ("iban", v))
N(EN, "Concrete posts are €28 each, the rails are €9.50 a length, and we'd need three days in April.")
i = iban("IE", "BOFI90001758302291")
P(EN, "Actually no, use the Bank of Ireland one: " + i + ".", ("iban", i))

c = card("4485 0099 6120 377")
P(EN, "Good evening, my name is Funmilayo Adeyemi-Balogun, we spoke last week about the wedding car.",
  ("name", "Funmilayo Adeyemi-Balogun"))
N(EN, "It's the Rolls-Royce Phantom, white ribbons, from the church at 12:30 to the Dorchester Suite in Croydon.")
v = (say(c[:4], "en") + ", " + say(c[4:8], "en") + ", six one two, no sorry, " + say(c[8:12], "en")
     + ", " + say(c[12:], "en"))
P(EN, v, ("card", v))
i = iban("GB", "BARC20041573018264")
v = grp(i, [4, 4, 4, 4, 4, 2])
P(EN, "If the wedding is postponed, refund to " + v + ", Barclays.", ("iban", v))
N(EN, "Deposit was £250, paid on the 3rd of March, and the balance of £640 is due fourteen days before.")
P(EN, "the twenty-third of May, nineteen eighty-one", ("date_of_birth", "the twenty-third of May, nineteen eighty-one"),
  ctx="For the hire agreement I need the lead booker's date of birth.")

N(EN, "It's a Samsonite, the seventy-five centimetre spinner, a wheel snapped off at Tullamarine.")
P(EN, "Yeah it's Julie Tran but everyone calls me Jules.", ("name", "Julie Tran"), ("name", "Jules"))
P(EN, "Pick it up from 15/42 Riversdale Road, Hawthorn, Victoria 3122.",
  ("address", "15/42 Riversdale Road, Hawthorn, Victoria 3122"), ctx="Where should the courier pick it up from?")
P(EN, "Mobile's +61 412 907 338.", ("phone", "+61 412 907 338"))
P(EN, "jules underscore tran at hotmail dot com", ("email", "jules underscore tran at hotmail dot com"))
N(EN, "Qantas gave me a damage report, number MELQF47721, and they'll cover up to $180.")
i = iban("DE", "500105175407324931")
P(EN, "My partner's paying from his German account, " + grp(i, [4, 4, 4, 4, 4, 2]) + ".",
  ("iban", grp(i, [4, 4, 4, 4, 4, 2])))

c = card("6011 5092 8835 170")
N(EN, "Green Acre Landscaping, weekly mowing is $45 a visit for lots under a quarter acre.")
P(EN, "I live at 3307 Live Oak Lane, Round Rock, Texas 78664.",
  ("address", "3307 Live Oak Lane, Round Rock, Texas 78664"))
assert ssn_ok("529061147")
v = say("529061147", "en", [3, 2, 4])
P(EN, "For the W-4 onboarding my social is " + v + ".", ("id", v))
P(EN, "My date of birth is 02/19/2001.", ("date_of_birth", "02/19/2001"))
v = say(c, "en", [4, 4, 4, 4], pairs=True)
P(EN, "it's a Discover card " + v, ("card", v))
N(EN, "The irrigation install was $2,400, and the contract started April 1st, 2023, renewing every two years.")

c = card("5105 7730 2246 831")
i = iban("AE", "0331029384756102938")
N(EN, "The villa is 4,200 square feet, five bedrooms, and the budget is around 350,000 dirhams.")
P(EN, "The site address is Villa 27, Street 14, Al Barsha 2, Dubai.", ("address", "Villa 27, Street 14, Al Barsha 2, Dubai"))
P(EN, "You can call me on 050 318 2247, this is my personal number.", ("phone", "050 318 2247"))
P(EN, "rohan dot mehta at gmail dot com", ("email", "rohan dot mehta at gmail dot com"),
  ctx="And an email for the mood boards?")
P(EN, "For the refund of the sample fee, my Emirates NBD IBAN is " + grp(i, [4, 4, 4, 4, 4, 3]) + ".",
  ("iban", grp(i, [4, 4, 4, 4, 4, 3])))
P(EN, "Card is " + grp(c, [4, 4, 4, 4]) + ", Mastercard, expires zero eight twenty-eight.",
  ("card", grp(c, [4, 4, 4, 4])))
v = say(saudi("231977450"), "en", [3, 3, 4])
P(EN, "And for the Riyadh project the registration wants my Iqama, it is " + v + ".", ("id", v))

c = card("4000 1234 5678")
N(EN, "Captain Giggles is £180 for an hour, with balloon modelling and the bubble machine.")
P(EN, "It's for my daughter, she was born the 9th of August 2018, so she'll be six.",
  ("date_of_birth", "the 9th of August 2018"))
N(EN, "The party's Sunday the 18th from two till four at St Mary's church hall in Didsbury.")
i = iban("GB", "HBUK40127690817263")
v = " ".join(i[:2]) + " " + say(i[2:4], "en") + ", " + " ".join(i[4:8]) + ", " + say(i[8:], "en", [6, 8])
P(EN, "For the direct debit it's " + v + ".", ("iban", v))
P(EN, "oh it's one of the old Visas, only thirteen digits, " + grp(c, [4, 4, 5]), ("card", grp(c, [4, 4, 5])))

i = iban("NL", "ABNA0562093817")
P(EN, "Hello, this is Sanne de Vries, I was charged twice for the Schiphol lounge on the 2nd.",
  ("name", "Sanne de Vries"))
P(EN, "Please refund to my IBAN " + grp(i, [4, 4, 4, 4, 2]) + ", it is ABN AMRO.", ("iban", grp(i, [4, 4, 4, 4, 2])))
N(EN, "Each charge was €42, at 06:10 and 06:12, the terminal number was 3.")

# ================================================================ Arabic, part 1
# Calls: furnished apartments (Riyadh, Gulf), ice delivery (Jeddah, Gulf),
# home contents insurance (Amman, Levantine), cargo shipping to Egypt (Egyptian),
# embroidery workshop (Ramallah, Levantine), legal aid association (Casablanca, Darija).
AR = []
SETS["ar"] = AR


def ind(x):
    return x.translate(AR_IND)


c = card("4464 0412 7730 581")
N(AR, "شقق الريحان المفروشة، مساء الخير، كيف أقدر أخدمك؟")
P(AR, "معك فيصل، تفضل طال عمرك", ("name", "فيصل"))
P(AR, "هلا والله، أنا سعود العتيبي، أبي أحجز شقة غرفتين من الخميس للأحد", ("name", "سعود العتيبي"))
N(AR, "الليلة بـ ٤٢٠ ريال شامل الضريبة، والدخول الساعة ثلاث العصر والخروج الساعة ١٢ الظهر")
P(AR, "أبشر يا أستاذ سعود، عطني رقم الهوية لو سمحت", ("name", "سعود"))
v = say(saudi("104729385"), "ar", [4, 3, 3])
P(AR, "رقم هويتي " + v, ("id", v))
P(AR, "جوالي " + ind("055 831 2904") + " وعليه واتساب", ("phone", ind("055 831 2904")))
v = ind(grp(c, [4, 4, 4, 4]))
P(AR, "بطاقة مدى، الرقم " + v + " وتنتهي ٠٩/٢٧", ("card", v))
N(AR, "رقم الحجز RH-88213، وتقدر تلغي مجاناً قبل ٤٨ ساعة من الوصول")
P(AR, "ايميلي saud.otb@gmail.com ارسل عليه التأكيد", ("email", "saud.otb@gmail.com"))

N(AR, "مصنع ثلج البحر الأحمر، نوصل قوالب ومكعبات لين باب البيت")
P(AR, "أنا ماجد من المبيعات، كم كيس تبي؟", ("name", "ماجد"))
N(AR, "أبغى ستين كيس مكعبات وعشرين قالب، الكيس بعشرة ريال والقالب بخمسة وعشرين")
P(AR, "جدة، حي الصفا، شارع أبو دجانة، بيت رقم ١٤", ("address", "جدة، حي الصفا، شارع أبو دجانة، بيت رقم ١٤"),
  ctx="طيب وين الموقع بالضبط؟")
N(AR, "التوصيل يوم الجمعة الساعة أربع العصر، والحفلة تبدأ بعد المغرب")
v = say("0563318270", "ar", [3, 3, 4])
P(AR, "رقمي " + v + "، كلم السواق قبل لا يوصل", ("phone", v))
P(AR, "اسمي حمدان الزهراني، سجّل الطلب باسمي", ("name", "حمدان الزهراني"))
N(AR, "المجموع ألف ومية ريال، والدفع كاش عند الاستلام")

i = iban("JO", "CBJO0010000000482913005721")
N(AR, "شركة الأمان للتأمين، صباح الخير، قسم تأمين المنازل")
P(AR, "معك رزان، مين معي؟", ("name", "رزان"))
P(AR, "أنا اسمي طارق الحوراني، بدي أجدد بوليصة تأمين البيت", ("name", "طارق الحوراني"))
P(AR, "أهلين أستاذ طارق، بس بدي تاريخ ميلادك للتأكيد", ("name", "طارق"))
P(AR, "١٩ آذار ١٩٧٩", ("date_of_birth", "١٩ آذار ١٩٧٩"), ctx="بس بدي تاريخ ميلادك للتأكيد")
P(AR, "عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التالت",
  ("address", "عمّان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التالت"), ctx="وعنوان البيت المؤمَّن عليه؟")
N(AR, "قيمة القسط السنوي ١٨٥ دينار، والتغطية للمحتويات لحد ٢٠ ألف دينار")
v = grp(i, [4, 4, 4, 4, 4, 4, 4, 2])
P(AR, "إذا في تعويض حوّلوه على الآيبان تبعي " + v, ("iban", v))
P(AR, "موبايلي ٠٧٩٥٥٢٤١٨٣", ("phone", "٠٧٩٥٥٢٤١٨٣"))
N(AR, "البوليصة رقم ٢٠٢٣/٤٤٨٧١ بلّشت بأول أيلول ٢٠٢٣ ومدتها سنة")
P(AR, "الإيميل طارق أندرسكور اتش سبعة تسعة آت هوتميل دوت كوم",
  ("email", "طارق أندرسكور اتش سبعة تسعة آت هوتميل دوت كوم"))

c = card("5234 8812 0467 339")
N(AR, "شحن الكرنك للقاهرة، الكرتونة الكبيرة بـ ٢٥٠ ريال والوصول خلال أسبوعين")
P(AR, "أيوه يا فندم، أنا اسمي محمود عبد الفتاح، عايز أشحن تلات كراتين لإسكندرية",
  ("name", "محمود عبد الفتاح"))
P(AR, "تمام يا أستاذ محمود، محتاجين رقم الإقامة", ("name", "محمود"))
v = say(saudi("239811406"), "ar_eg", [1, 3, 3, 3])
P(AR, "رقم الإقامة " + v + " يا باشا", ("id", v))
P(AR, "العنوان في مصر: ١٤ شارع خالد بن الوليد، سيدي بشر، إسكندرية، الدور التالت شقة ٧",
  ("address", "١٤ شارع خالد بن الوليد، سيدي بشر، إسكندرية، الدور التالت شقة ٧"))
P(AR, "ورقم أخويا هناك ٠١٠٠ ٤٥٢ ٧٨٣١ عشان المندوب يكلمه", ("phone", "٠١٠٠ ٤٥٢ ٧٨٣١"))
N(AR, "الوزن ٦٥ كيلو، يعني هيبقى ٤٧٥ ريال، ورقم البوليصة " + ind(bad("773102945")))
v = say(c, "ar_eg", [4, 4, 4, 4], pairs=True)
P(AR, "الكارت " + v + "، والتاريخ تمانية خمسة وعشرين", ("card", v))
N(AR, "الشحنة هتطلع يوم السبت وتوصل ميناء الإسكندرية حوالي خمستاشر الشهر")

i = iban("PS", "PALS048201377420019283745")
P(AR, "مرحبا، معك هبة من مشغل الكوفية للتطريز", ("name", "هبة"))
P(AR, "مرحبتين، أنا لين حداد، بدي أوصّي على ثوب مطرز لعرس أختي", ("name", "لين حداد"))
N(AR, "الثوب الكامل بـ ٤٥٠ دينار، وبدو حوالي شهرين شغل، يعني جاهز بآخر آب")
P(AR, "الإيميل l y n h a d d a d at outlook dot com", ("email", "l y n h a d d a d at outlook dot com"))
P(AR, "تمام يا لين، بدك توصيل ولا بتيجي تاخديه؟", ("name", "لين"))
P(AR, "لا توصيل، رام الله، الماصيون، شارع الإرسال، عمارة النخيل، شقة ٥",
  ("address", "رام الله، الماصيون، شارع الإرسال، عمارة النخيل، شقة ٥"))
P(AR, "والعربون برجعلي على حسابي " + i + " بنك فلسطين", ("iban", i))
N(AR, "بدنا قبة مطرزة بخيط أحمر وتلات قطع شال، ويوم القياس الجمعة الساعة أربعة")

ph = "0670451288"
N(AR, "السلام عليكم، هادي جمعية المساعدة القانونية، كنستقبلو من التسعود للأربعة")
P(AR, "سميتي خديجة بنعلي، عندي مشكل مع مول الدار", ("name", "خديجة بنعلي"))
P(AR, "مرحبا لالة خديجة، شنو هو النمرة ديال التيليفون ديالك؟", ("name", "خديجة"))
v = say(ph, "ar", [2, 2, 2, 2, 2], pairs=True)
P(AR, v, ("phone", v), ctx="شنو هو النمرة ديال التيليفون ديالك؟")
P(AR, "كنسكن فزنقة ابن بطوطة رقم 17، المعاريف، الدار البيضاء",
  ("address", "زنقة ابن بطوطة رقم 17، المعاريف، الدار البيضاء"))
N(AR, "الكرا ديالي ٢٥٠٠ درهم فالشهر، وماخلصتش تلاتة ديال الشهور")
P(AR, "تاريخ الازدياد ديالي 12/05/1983", ("date_of_birth", "12/05/1983"))
N(AR, "الجلسة فالمحكمة نهار الخميس 14 مارس على العشرة، والملف رقم 2024/1302/118")

# ================================================================ Arabic, part 2
# Calls: diabetes supplies (Cairo, Egyptian), handyman services (Dubai, Gulf),
# kids' party entertainer (Beirut, Lebanese), lighting showroom (Kuwait, Gulf),
# glazier workshop (Giza, Egyptian), elderly day centre (Riyadh, MSA),
# interior design (Nazareth, Arab citizen of Israel), furnished apartments / cargo again.
c = card("4231 0088 5562 714")
i = iban("EG", "0019000500000004827361004")
P(AR, "معاكي منة من صيدليات الشفاء لمستلزمات السكر، أقدر أساعد حضرتك إزاي؟", ("name", "منة"))
P(AR, "أيوه يا بنتي، أنا الحاجة سعاد إبراهيم، عايزة الشرايط بتاعة الجهاز", ("name", "سعاد إبراهيم"))
N(AR, "عايزة علبتين شرايط أكيو تشيك، العلبة بـ ٣٢٠ جنيه، وعلبة إبر الأنسولين بـ ٩٥")
P(AR, "خمسة وعشرين يوليو سنة تسعة وخمسين", ("date_of_birth", "خمسة وعشرين يوليو سنة تسعة وخمسين"),
  ctx="تاريخ ميلاد حضرتك إيه يا حاجة؟")
v = say("01223409815", "ar_eg", [4, 3, 4])
P(AR, "رقمي " + v + " وده رقم ابني كمان", ("phone", v))
P(AR, "العنوان ٢٧ شارع الميرغني، مصر الجديدة، الدور الخامس شقة ١٠",
  ("address", "٢٧ شارع الميرغني، مصر الجديدة، الدور الخامس شقة ١٠"))
N(AR, "الأوردر هيوصل بكرة من تلاتة لخمسة العصر، ومصاريف الشحن ٣٠ جنيه")
P(AR, "ابني هيدفع بالفيزا، الرقم " + ind(c), ("card", ind(c)))
P(AR, "وابعتي الفاتورة على ahmed.s2000@yahoo.com ده إيميل حفيدي", ("email", "ahmed.s2000@yahoo.com"))
v = grp(i, [4, 4, 4, 4, 4, 4, 4, 1])
P(AR, "ولو في مرتجع رجّعوه على الحساب " + v + " في البنك الأهلي", ("iban", v))

c = card("4140 5521 8830 264")
i = iban("AE", "0260001015833922017")
N(AR, "خدمات الصيانة السريعة، السباك والكهربائي عندنا من الساعة ٨ الصبح لين ١٠ بالليل")
P(AR, "السلام عليكم، معاك أم حمد، السخان عندنا خربان", ("name", "أم حمد"))
P(AR, "رقمي +971 50 726 4419 اتصلوا قبل لا تيون", ("phone", "+971 50 726 4419"))
P(AR, "فيلا ٣١، شارع ١٨، الطوار ٢، دبي", ("address", "فيلا ٣١، شارع ١٨، الطوار ٢، دبي"), ctx="وين العنوان يا أختي؟")
N(AR, "تصليح السخان ٢٥٠ درهم، وإذا يبا قطعة جديدة ٤٠٠ درهم زيادة")
P(AR, "والإيميل حمدة دوت الكتبي آت آي كلاود دوت كوم", ("email", "حمدة دوت الكتبي آت آي كلاود دوت كوم"))
P(AR, "البطاقة " + grp(c, [4, 4, 4, 4]) + " فيزا", ("card", grp(c, [4, 4, 4, 4])))
P(AR, "ولو ما قدرتوا ترجعون على البطاقة، الآيبان " + i, ("iban", i))

P(AR, "أهلا وسهلا، معك جاد من شركة بالون وفرح", ("name", "جاد"))
P(AR, "بونجور، أنا ريتا خوري، بدي مهرج لعيد ميلاد ابني", ("name", "ريتا خوري"))
N(AR, "الباكيج مع المهرج والرسم على الوجه بـ ٢٥٠ دولار لساعتين، والساحر ١٠٠ زيادة")
P(AR, "ابني مواليد ٣ تشرين التاني ٢٠١٧، يعني رح يصير عمرو سبع سنين",
  ("date_of_birth", "٣ تشرين التاني ٢٠١٧"))
P(AR, "رقمي ٧١ ٢٨٣ ٥٤٠، هيدا الواتساب", ("phone", "٧١ ٢٨٣ ٥٤٠"))
P(AR, "ابعتلي العرض ع rita.khoury@hotmail.com", ("email", "rita.khoury@hotmail.com"))
N(AR, "الحفلة نهار السبت ١٢ الشهر الساعة أربعة بعد الضهر بالأشرفية، بصالة الكنيسة")
c = card("5318 7741 0926 005")
P(AR, "خود الرقم: 5318 7741، إيه، 0926 005" + c[-1], ("card", "5318 7741، إيه، 0926 005" + c[-1]))

i = iban("KW", "NBOK0000000000020394857611")
N(AR, "معرض النور للثريات، عندنا ثريا كريستال بـ ٣٥٠ دينار وثريا نحاس بـ ٢٨٠")
P(AR, "اسمي بدر الرشيدي، كلمتكم أمس عن ثريا الصالة", ("name", "بدر الرشيدي"))
P(AR, "حياك الله يا بدر، وين العنوان للتركيب؟", ("name", "بدر"))
P(AR, "القرين، قطعة ٣، شارع ٢١، منزل ٤٥", ("address", "القرين، قطعة ٣، شارع ٢١، منزل ٤٥"),
  ctx="حياك الله يا بدر، وين العنوان للتركيب؟")
P(AR, "رقمي ٩٩٨ ٧٢ ٣١٤، وإذا ما رديت كلم ٦٥٥٠٢٨٧١", ("phone", "٩٩٨ ٧٢ ٣١٤"), ("phone", "٦٥٥٠٢٨٧١"))
v = grp(i, [4, 4, 4, 4, 4, 4, 4, 2])
P(AR, "العربون رجعوه على حسابي " + v, ("iban", v))
N(AR, "التركيب يوم الاثنين بعد صلاة العصر، والضمان سنتين على اللمبات")

i = iban("EG", "0003000100000005512937480")
N(AR, "ورشة زجاج الأمل، لوح السيكوريت ٨ مللي المتر بـ ٩٥٠ جنيه")
P(AR, "عنوانا ٩ شارع مصدق، الدقي، الجيزة، العمارة اللي فيها صيدلية", ("address", "٩ شارع مصدق، الدقي، الجيزة"))
N(AR, "المقاس متر وعشرين في متر ونص، يعني تلات ألواح، والتركيب يوم الحد")
v = say("01113862047", "ar_eg", [3, 4, 4])
P(AR, "كلمني على " + v + "، يعني صفر حداشر... لأ خلاص انت كتبته", ("phone", v))
P(AR, "حوّل الفرق على IBAN " + i, ("iban", i))

c = card("4847 3310 2295 618")
i = iban("SA", "80000000608010167519")
N(AR, "مركز رعاية كبار السن النهاري، ساعات الدوام من السابعة صباحاً حتى الثانية ظهراً")
P(AR, "السلام عليكم، أنا ابنه، اسمي عبدالإله القحطاني", ("name", "عبدالإله القحطاني"))
v = ind(saudi("102837465"))
P(AR, "رقم هوية الوالد " + v, ("id", v))
P(AR, "تاريخ ميلاده ١٣٥٨/٠٤/١٥ هجري", ("date_of_birth", "١٣٥٨/٠٤/١٥"))
v = say(saudi("110294857"), "ar", [2, 2, 2, 2, 2], pairs=True)
P(AR, "ورقم هويتي أنا " + v, ("id", v))
P(AR, "البريد الإلكتروني a.alqahtani@outlook.sa", ("email", "a.alqahtani@outlook.sa"))
N(AR, "الاشتراك الشهري ١٨٠٠ ريال ويشمل النقل والوجبات والعلاج الطبيعي مرتين في الأسبوع")
v = say(c, "ar", [4, 4, 4, 4])
P(AR, "رقم البطاقة " + v, ("card", v))
P(AR, "وإذا فيه استرداد، الآيبان " + grp(i, [4, 4, 4, 4, 4, 4]), ("iban", grp(i, [4, 4, 4, 4, 4, 4])))
N(AR, "الموعد للتقييم يوم الأربعاء ٢٠ رمضان الساعة عشرة، والمركز في حي الملقا قرب طريق أنس بن مالك")

i = iban("IL", "0108000000099123456")
c = card("5326 1009 4471 882")
P(AR, "مرحبا، اسمي سامر عودة، من الناصرة، بخصوص تصميم البيت", ("name", "سامر عودة"))
P(AR, "أهلين أستاذ سامر، بدي رقم الهوية عشان العقد", ("name", "سامر"))
v = tz("03481927")
P(AR, "رقم الهوية " + v, ("id", v))
P(AR, "تلفوني 052-684-3319", ("phone", "052-684-3319"))
P(AR, "الإيميل samer.ouda at walla dot co dot il", ("email", "samer.ouda at walla dot co dot il"))
N(AR, "التصميم للصالون والمطبخ بـ ١٢ ألف شيكل، والدفعة الأولى ٣٠٪")
P(AR, "حسابي في بنك لئومي، " + grp(i, [4, 4, 4, 4, 4, 3]), ("iban", grp(i, [4, 4, 4, 4, 4, 3])))
v = "٥٣٢٦ ١٠٠٩ " + say(c[8:], "ar", [4, 4])
P(AR, "الكرت " + v, ("card", v))

P(AR, "أنا سوداني، رقم إقامتي ٢٤٥ ٠٩١ ٣٣٨" + ind(saudi("245091338")[-1]),
  ("id", "٢٤٥ ٠٩١ ٣٣٨" + ind(saudi("245091338")[-1])))
P(AR, "تاريخ الميلاد ١٩٩١/١١/٢٣", ("date_of_birth", "١٩٩١/١١/٢٣"), ctx="وتاريخ ميلادك؟")
v = saudi("108812736")
P(AR, "رقم الهوية واحد واحد صفر، لا لحظة، واحد صفر ثمانية ثمانية " + say(v[4:], "ar"),
  ("id", "واحد واحد صفر، لا لحظة، واحد صفر ثمانية ثمانية " + say(v[4:], "ar")))
P(AR, "مواليد ١٤١٠/٠٣/٠٢ بالهجري", ("date_of_birth", "١٤١٠/٠٣/٠٢"), ctx="وتاريخ الميلاد؟")
N(AR, "رقم الطلب ٤٥٨٢١٩٣٠، والشقة في الدور الرابع غرفة ٤٠٦")

# Arabic, part 3: cargo again (Yemeni caller in Jeddah) and more non-personal lines.
c = card("4567 2201 9934 081")
N(AR, "مرحبا، شحن الكرنك فرع جدة، الطرد وزنه ١٢ كيلو ورقم التتبع " + bad("8834102955739"))
v = " ".join(saudi("236114025"))
P(AR, "اسمع يا أخي، رقم الإقامة حقي " + v, ("id", v))
P(AR, "من مواليد ١٤ فبراير ١٩٨٦", ("date_of_birth", "١٤ فبراير ١٩٨٦"), ctx="وتاريخ الميلاد حقك؟")
v = say(c, "ar", [4, 4, 4, 4], pairs=True)
P(AR, "البطاقة " + v, ("card", v))
N(AR, "الرحلة رقم SV 1021 توصل الساعة ١١:٤٥ بالليل، والشحنة تطلع على الرحلة اللي بعدها")
N(AR, "الخصم ١٥٪ لو دفعت قبل ١٠ يونيو، بعدها السعر يرجع ٣٩٠ ريال")
N(AR, "عندنا فرع في شارع التحلية وفرع في الخبر، وكلهم يفتحون من ٩ الصبح")
N(AR, "الفاتورة ٢٣٤٠ ريال، منها ٣٠٥ ضريبة قيمة مضافة")
N(AR, "الموعد يوم ٢٢ أغسطس الساعة ٩ ونص الصبح، وإذا تأخرت أكتر من ربع ساعة بيتلغى")
N(AR, "المحل في شارع عمر المختار جنب بنك القاهرة، الدور الأرضي")
N(AR, "الثريا موديل CR-2290 وزنها ٤٥ كيلو وفيها ٢٤ لمبة")

# ================================================================ Hebrew, part 1
# Calls: childminder (mishpachton, Petah Tikva), home contents insurance (Russian-born
# caller), legal aid (Ethiopian-born caller), lighting shop (French-born caller),
# interior design (Anglo caller), data recovery.
HE = []
SETS["he"] = HE

t = tz("30418275")
P(HE, "שלום, מדברת מורן ממשפחתון הדובדבן, איך אפשר לעזור?", ("name", "מורן"))
P(HE, "היי, אממ, שמי הדס ביטון, אני מחפשת מקום לבת שלי משנה הבאה", ("name", "הדס ביטון"))
N(HE, "יש לנו שש ילדים בקבוצה, מגיל שנה עד שלוש, משבע וחצי עד ארבע")
N(HE, "המחיר הוא 3,900 שקל לחודש כולל ארוחות, ומוכר לסבסוד של משרד העבודה")
P(HE, "בשמחה הדס, מה תאריך הלידה של הקטנה?", ("name", "הדס"))
P(HE, "היא נולדה בשמונה עשר בספטמבר 2023", ("date_of_birth", "שמונה עשר בספטמבר 2023"))
v = say(t, "he", [3, 3, 3])
P(HE, "תעודת זהות שלי " + v, ("id", v), ctx="ולטופס הסבסוד אני צריכה תעודת זהות של אחד ההורים")
P(HE, "אנחנו גרים ברחוב חיים עוזר 28, דירה 9, פתח תקווה", ("address", "רחוב חיים עוזר 28, דירה 9, פתח תקווה"))
P(HE, "הטלפון שלי 054-7712390", ("phone", "054-7712390"))
N(HE, "אפשר לבוא להכיר ביום ראשון בעשר, אנחנו ליד הקניון הגדול, מול תחנת הדלק")

i = iban("IL", "0126200000088431902")
N(HE, "ביטוח דירה, שלום, כל השיחות מוקלטות")
P(HE, "שלום, קוראים לי אלכסנדר קוגן, אפשר סשה", ("name", "אלכסנדר קוגן"), ("name", "סשה"))
N(HE, "הייתה לי הצפה במטבח, נרטב הרצפה והארונות, זה קרה ביום שישי בלילה בערך באחת")
P(HE, "בסדר סשה, רק אימות, מה תאריך הלידה?", ("name", "סשה"))
P(HE, "שלוש, אחד עשר, שבעים ותשע. שלושה בנובמבר", ("date_of_birth", "שלוש, אחד עשר, שבעים ותשע"))
v = say(tz("31726640"), "he_m", [3, 3, 3])
P(HE, "תעודת זהות " + v + ", אני מספר בעברית לא טוב, סליחה", ("id", v))
P(HE, "הכתובת של הדירה זה רחוב רוטשילד 112, קומה 4, אשדוד",
  ("address", "רחוב רוטשילד 112, קומה 4, אשדוד"))
N(HE, "ההשתתפות העצמית היא 750 שקל, והשמאי יגיע תוך שלושה ימי עסקים")
v = grp(i, [4, 4, 4, 4, 4, 3])
P(HE, "תעבירו את הפיצוי לחשבון " + v + ", בנק מזרחי", ("iban", v))
P(HE, "sasha.kogan@mail.ru", ("email", "sasha.kogan@mail.ru"), ctx="ומייל לשליחת הטפסים?")
N(HE, "מספר התביעה 2024-88731, תשמור אותו בבקשה")

N(HE, "הסיוע המשפטי, מחוז דרום, בוקר טוב")
P(HE, "בוקר טוב, שמי טספאיה וורקו, יש לי בעיה עם ביטוח לאומי", ("name", "טספאיה וורקו"))
P(HE, "כן טספאיה, אני צריכה את מספר תעודת הזהות שלך", ("name", "טספאיה"))
t = tz("20954418")
P(HE, t[:4] + " " + t[4:], ("id", t[:4] + " " + t[4:]), ctx="אני צריכה את מספר תעודת הזהות שלך")
P(HE, "אני גר בקריית גת, רחוב הרצל 45, דירה 12", ("address", "קריית גת, רחוב הרצל 45, דירה 12"))
N(HE, "קיבלתי מכתב שאני צריך להחזיר 6,200 שקל, והדיון ב-14 לחודש בשעה תשע")
v = say("0526613084", "he", [3, 3, 4])
P(HE, "הטלפון " + v, ("phone", v))
P(HE, "נולדתי ב-1988, אה, עשרים ושניים באפריל 1988", ("date_of_birth", "עשרים ושניים באפריל 1988"))
N(HE, "התיק שלך מספר 552/24, העורכת דין תחזור אליך עד יום חמישי")

c = card("4580 1123 7745 902")
i = iban("FR", "30006000011234567890189")
P(HE, "בונז'ור, סליחה, שלום, אני פרדריק אזולאי, הזמנתי נברשת", ("name", "פרדריק אזולאי"))
P(HE, "כן פרדריק, אני רואה את ההזמנה, נברשת קריסטל ב-2,450 שקל", ("name", "פרדריק"))
N(HE, "ההזמנה מספר 88215, מוכנה באולם התצוגה בתלפיות, אפשר לאסוף מתשע עד שבע")
P(HE, "תשלחו לי לכתובת שדרות בן גוריון 8, דירה 31, נתניה",
  ("address", "שדרות בן גוריון 8, דירה 31, נתניה"))
P(HE, "הכרטיס " + grp(c, [4, 4, 4, 4]), ("card", grp(c, [4, 4, 4, 4])))
P(HE, "ואם יש החזר, יש לי חשבון בצרפת עוד, " + grp(i, [4, 4, 4, 4, 4, 4, 3]),
  ("iban", grp(i, [4, 4, 4, 4, 4, 4, 3])))
P(HE, "המייל פרדריק נקודה אזולאי שטרודל אורנג' נקודה אף אר",
  ("email", "פרדריק נקודה אזולאי שטרודל אורנג' נקודה אף אר"))
N(HE, "ההתקנה ביום רביעי בין שתיים לארבע, החשמלאי לוקח 350 שקל")

c = card("5412 7700 3318 264")
P(HE, "היי, זה ג'וש פיינברג, I mean, אני עובד עם מעצבת הפנים שלכם", ("name", "ג'וש פיינברג"))
P(HE, "היי ג'וש, מה שלומך? רגע אני פותחת את התיק", ("name", "ג'וש"))
N(HE, "התוכנית לסלון והמטבח, מאה ועשרים מטר, התקציב בערך 180 אלף")
P(HE, "the email is josh dot feinberg at gmail dot com", ("email", "josh dot feinberg at gmail dot com"))
v = say(c, "he", [4, 4, 4, 4])
P(HE, "כן, הכרטיס " + v, ("card", v))
i = iban("GB", "LOYD30962274512831")
P(HE, "ואם צריך העברה מחו\"ל זה " + grp(i, [4, 4, 4, 4, 4, 2]), ("iban", grp(i, [4, 4, 4, 4, 4, 2])))
assert ssn_ok("318-62-7749")
P(HE, "לטופס של האמריקאים, הסושיאל שלי 318-62-7749", ("id", "318-62-7749"))
N(HE, "הפגישה הבאה ביום שני ב-11 בבוקר, במשרד ברחוב המלאכה 6")

N(HE, "שחזור מידע, שלום, מה קרה לדיסק?")
P(HE, "מדברת נועה שטרן, הלפטופ נפל והדיסק לא עולה", ("name", "נועה שטרן"))
N(HE, "בדיקה ראשונית חינם, שחזור מדיסק מכני בין 1,200 ל-3,500 שקל, לוקח עד עשרה ימי עבודה")
v = say("0502248816", "he", [3, 3, 2, 2])
P(HE, "טלפון " + v, ("phone", v))
P(HE, "המייל שלי noa.stern שטרודל walla נקודה co נקודה il", ("email", "noa.stern שטרודל walla נקודה co נקודה il"))

# ================================================================ Hebrew, part 2
# Calls: diabetes supplies (Arab citizen speaking Hebrew), handyman (Haifa), elderly day
# centre, glazier (Jerusalem), food bank (Be'er Sheva), kids' party entertainer (Modi'in),
# event planning for a bar mitzvah (Russian-born caller).
c = card("4580 3321 9017 664")
i = iban("IL", "0208600000055120337")
P(HE, "שלום, אני מוחמד ח'טיב מסח'נין, אני צריך סטריפים למכשיר סוכר", ("name", "מוחמד ח'טיב"))
P(HE, "בסדר מוחמד, תגיד לי בבקשה מספר זהות", ("name", "מוחמד"))
t = tz("05839216")
P(HE, "זהות שלי " + " ".join(t), ("id", " ".join(t)))
N(HE, "זה דרך כללית, ההשתתפות העצמית 28 שקל לחודש, ואתה מקבל 150 סטריפים")
P(HE, "תשלחו לסח'נין, שכונה מזרחית, רחוב אלזיתון 14", ("address", "סח'נין, שכונה מזרחית, רחוב אלזיתון 14"))
v = say("0528840163", "he", [3, 3, 4])
P(HE, "הנייד שלי " + v, ("phone", v))
P(HE, "תאריך לידה 12/01/1990", ("date_of_birth", "12/01/1990"))
P(HE, "אם יש החזר תעבירו לחשבון בדיסקונט " + i, ("iban", i))
N(HE, "המשלוח יגיע ביום שלישי או רביעי בין שמונה לשתיים, השליח מחברת צ'יטה")

c = card("4580 1907 2263 118")
N(HE, "הנדימן בקליק, שלום, במה אפשר לעזור?")
P(HE, "שלום, קוראים לי רונית אלמוג, צריך לתלות מדפים וטלוויזיה", ("name", "רונית אלמוג"))
N(HE, "תלייה של טלוויזיה עד 65 אינץ' זה 350, כל מדף 80 שקל, והרכבה של ארון לפי שעה")
P(HE, "דרך הים 47, כניסה ב', קומה 3, חיפה", ("address", "דרך הים 47, כניסה ב', קומה 3, חיפה"), ctx="מה הכתובת?")
P(HE, "טלפון בבית 04-8376215", ("phone", "04-8376215"))
v = " ".join(c[:4]) + " " + grp(c[4:], [4, 4, 4])
P(HE, "הכרטיס " + v + " תוקף 03/28", ("card", v))
P(HE, "המייל ronit.almog1 at gmail.com", ("email", "ronit.almog1 at gmail.com"))
N(HE, "אפשר ביום חמישי בין 12 ל-3, הטכנאי יתקשר חצי שעה לפני")

i = iban("IL", "0310700000071129485")
P(HE, "מדברת מלכה פרץ, רציתי לרשום את אבא שלי למרכז יום", ("name", "מלכה פרץ"))
P(HE, "אבא נולד ב-2 ביולי 1941 במרוקו", ("date_of_birth", "2 ביולי 1941"))
t = tz("00582931")
P(HE, "תעודת זהות שלו " + t, ("id", t))
N(HE, "יש הסעות מהבית בשמונה, חוזרים באחת וחצי, שלושה ימים בשבוע")
N(HE, "ההשתתפות לפי מבחן הכנסה, בין 200 ל-900 שקל בחודש, ויש ארוחת צהריים חמה")
v = "מלכה פרץ " + say("52", "he") + " שטרודל ג'ימייל נקודה קום"
P(HE, "המייל שלי " + v, ("email", v))
P(HE, "את הוראת הקבע תעשו מהחשבון " + grp(i, [4, 4, 4, 4, 4, 3]), ("iban", grp(i, [4, 4, 4, 4, 4, 3])))
P(HE, "תודה מלכה, נחזור אלייך אחרי שהעובדת הסוציאלית תעבור על הטופס", ("name", "מלכה"))

c = card("4532 8016 6744 209")
N(HE, "זגגות הבירה, שלום, חלון שבור?")
P(HE, "כן, שמי שמואל גולדשטיין, הילדים שברו את החלון בסלון", ("name", "שמואל גולדשטיין"))
P(HE, "רחוב בית הדפוס 12, גבעת שאול, ירושלים", ("address", "רחוב בית הדפוס 12, גבעת שאול, ירושלים"),
  ctx="לאן לשלוח את הזגג?")
N(HE, "זכוכית שכבות ארבע ועוד ארבע זה 650 שקל למטר, והמידה מטר על מטר עשרים")
v = say("0583327106", "he", [3, 3, 4])
P(HE, "הנייד " + v, ("phone", v))
v = say(c, "he", [4, 4, 4, 4], pairs=True)
P(HE, "מספר הכרטיס " + v, ("card", v))
P(HE, "shmuel.gold@012.net.il", ("email", "shmuel.gold@012.net.il"), ctx="ולאן לשלוח את החשבונית?")
i = iban("IL", "0120490000003317624")
P(HE, "אם יש החזר אז לחשבון שלי בהפועלים, " + grp(i, [4, 4, 4, 4, 4, 3]), ("iban", grp(i, [4, 4, 4, 4, 4, 3])))

N(HE, "בנק המזון, חלוקות ביום שלישי ושישי מתשע עד שתים עשרה")
P(HE, "אני מזל דהן, אמא לחמישה, העובדת הסוציאלית הפנתה אותי", ("name", "מזל דהן"))
t = tz("03558214")
P(HE, "ת\"ז " + grp(t, [2, 3, 4]), ("id", grp(t, [2, 3, 4])))
P(HE, "שכונה ד', רחוב יהודה הלוי 33, באר שבע", ("address", "שכונה ד', רחוב יהודה הלוי 33, באר שבע"),
  ctx="ומה הכתובת שלך?")
N(HE, "כל משפחה מקבלת סל של בערך 300 שקל, ובחגים תלושים של 200 לשופרסל")
P(HE, "נולדתי ב-14.6.85", ("date_of_birth", "14.6.85"))
P(HE, "אין לי מייל, רק טלפון, 050-9914238", ("phone", "050-9914238"))

c = card("5326 1840 7722 351")
P(HE, "מדברת שירה מהפעלות כוכבים, שלום", ("name", "שירה"))
P(HE, "היי, אני יעל לוינסון, רציתי להזמין מפעיל ליום הולדת", ("name", "יעל לוינסון"))
P(HE, "הבן שלי נולד ב-7 במאי 2019, אז הוא חוגג שש", ("date_of_birth", "7 במאי 2019"))
N(HE, "הפעלת קוסם שעה וחצי זה 1,100 שקל, עם בלונים 1,300, ונסיעה מעל 30 קילומטר בתוספת")
P(HE, "הכתובת היא עמק איילון 23, מודיעין, זה בית פרטי", ("address", "עמק איילון 23, מודיעין"))
P(HE, "טלפון +972-52-318-4470", ("phone", "+972-52-318-4470"))
P(HE, "yael.levinson@gmail.com", ("email", "yael.levinson@gmail.com"), ctx="ומייל לאישור?")
P(HE, "כרטיס " + grp(c, [4, 4, 4, 4], "-"), ("card", grp(c, [4, 4, 4, 4], "-")))
N(HE, "המסיבה ביום שישי ב-10 בבוקר, עד 25 ילדים, ההזמנה מספר 3318")

c = card("4580 6612 0039 475")
i = iban("IL", "0117310000000442871")
P(HE, "שלום, מדבר דמיטרי, אה, דימה פולונסקי, בקשר לבר מצווה", ("name", "דמיטרי"), ("name", "דימה פולונסקי"))
N(HE, "האירוע ב-18 באוקטובר, 220 מוזמנים, 320 שקל למנה, ודי ג'יי עד אחת בלילה")
P(HE, "דימה, אני צריכה מקדמה של 5,000 שקל כדי לשריין את התאריך", ("name", "דימה"))
v = c[:8] + " " + say(c[8:], "he")
P(HE, "כרטיס " + v, ("card", v))
P(HE, "הבן נולד בעשרים ושלוש באוקטובר 2012", ("date_of_birth", "עשרים ושלוש באוקטובר 2012"))
P(HE, "ואם מבטלים, ההחזר לחשבון " + i, ("iban", i))
P(HE, "הנייד שלי 053-9921746, גם וואטסאפ", ("phone", "053-9921746"))
N(HE, "האולם באזור התעשייה בראשון, ליד איקאה, חניה חינם ל-150 רכבים")
N(HE, "המחיר לא כולל מע\"מ, 17 אחוז, והתשלום האחרון שבוע לפני")
N(HE, "טיסה LY 315 נוחתת ב-14:20, הסבתא מגיעה מפריז")
N(HE, "מספר ההזמנה שלך " + bad("4417209935") + ", תשמור אותו")
N(HE, "יש לנו תור פנוי ב-3 במרץ בשעה 16:30 או ב-5 במרץ בבוקר")
N(HE, "החוזה התחיל ב-1 בינואר 2023 ומתחדש כל שנה אוטומטית")
N(HE, "אני מדבר מהסניף של אלקטרה ברחוב ז'בוטינסקי, מול הבנק")
N(HE, "חדר 214 בקומה השנייה, ליד המעלית")

# Hebrew, part 3: luggage repair (Anglo and Ethiopian-born callers), more non-personal lines.
c = card("3782 822463 1007")
N(HE, "תיקון מזוודות, שלום, הגלגל נשבר בטיסה?")
v = say(c, "he", [4, 6, 5])
P(HE, "זה אמריקן אקספרס, " + v, ("card", v))
t = tz("32119870")
P(HE, "מספר זהות, אממ, " + say(t, "he_m", [3, 3, 3]), ("id", say(t, "he_m", [3, 3, 3])))
i = iban("IL", "0109130000007854431")
v = "אי אל " + say(i[2:], "he", [2, 3, 3, 13])
P(HE, "תעבירו לחשבון " + v, ("iban", v))
c = card("5412 3390 8861 027")
v = c[:4] + " " + c[4:8] + " " + "8816, לא סליחה, " + c[8:12] + " " + c[12:]
assert c[8:12] != "8816"
P(HE, v, ("card", v), ctx="ומספר הכרטיס?")
N(HE, "תיקון ידית טלסקופית 180 שקל, החלפת גלגל 90 שקל לגלגל, מוכן תוך שבוע")
N(HE, "המזוודה של סמסונייט, 75 סנטימטר, קניתי אותה ב-2021 בדיוטי פרי")
N(HE, "הדוח של אל על מספר TLVLY20931, הם מכסים עד 400 שקל")
N(HE, "אנחנו פתוחים א' עד ה' משמונה וחצי עד חמש, ביום שישי עד אחת")

# ================================================================ Greek, part 1
# Calls: boat licence school (Piraeus), energy performance certificate (Thessaloniki),
# crane hire (Patras), greenhouse supplies (Crete), elderly day centre (Athens, older caller),
# art supplies (young caller, Athens).
EL = []
SETS["el"] = EL

a = afm("13847265")
N(EL, "Σχολή Σκαφών Πειραιά, καλημέρα σας.")
P(EL, "Καλημέρα, είμαι η Δέσποινα, πώς μπορώ να σας βοηθήσω;", ("name", "Δέσποινα"))
P(EL, "Καλημέρα, με λένε Γιώργο Παπαδόπουλο, ήθελα πληροφορίες για το δίπλωμα ταχυπλόου.",
  ("name", "Γιώργο Παπαδόπουλο"))
N(EL, "Το πακέτο είναι 380 ευρώ με τα μαθήματα, συν 60 ευρώ το παράβολο, και οι εξετάσεις είναι κάθε δεκαπέντε μέρες.")
P(EL, "Μάλιστα κύριε Παπαδόπουλε, θα χρειαστώ το ΑΦΜ σας για την απόδειξη.", ("name", "Παπαδόπουλε"))
v = say(a, "el", [3, 3, 3])
P(EL, "εεε " + v, ("id", v), ctx="θα χρειαστώ το ΑΦΜ σας για την απόδειξη")
P(EL, "Γεννήθηκα στις δώδεκα Μαρτίου του ογδόντα τέσσερα.", ("date_of_birth", "δώδεκα Μαρτίου του ογδόντα τέσσερα"))
v = say("6944718203", "el", [2, 2, 2, 2, 2], pairs=True)
P(EL, "Το κινητό μου είναι " + v + ".", ("phone", v))
N(EL, "Τα θεωρητικά είναι Τρίτη και Πέμπτη στις επτά το απόγευμα, στην Ακτή Μιαούλη, δίπλα στο λιμεναρχείο.")
P(EL, "gpapadopoulos84@yahoo.gr", ("email", "gpapadopoulos84@yahoo.gr"), ctx="Και ένα email για να σας στείλουμε το υλικό;")

i = iban("GR", "01101250000000012300695")
N(EL, "Γεια σας, για ενεργειακό πιστοποιητικό πήρα, για ένα διαμέρισμα που νοικιάζω.")
P(EL, "Λέγομαι Κατερίνα Σταθοπούλου.", ("name", "Κατερίνα Σταθοπούλου"))
P(EL, "Μένω στην Εγνατία 128, πέμπτος όροφος, Θεσσαλονίκη 54630.",
  ("address", "Εγνατία 128, πέμπτος όροφος, Θεσσαλονίκη 54630"))
N(EL, "Για 85 τετραγωνικά το ΠΕΑ κοστίζει 120 ευρώ, και ο μηχανικός έρχεται μέσα στην εβδομάδα.")
a = afm("05872219")
P(EL, "ΑΦΜ " + a + ", ΔΟΥ Καλαμαριάς.", ("id", a))
P(EL, "Κατερίνα, θα σας καλέσει ο μηχανικός να κανονίσετε ώρα.", ("name", "Κατερίνα"))
P(EL, "Στο 2310 845 219 ή στο κινητό.", ("phone", "2310 845 219"))
v = grp(i, [4, 4, 4, 4, 4, 4, 3])
P(EL, "Για την επιστροφή της προκαταβολής, IBAN " + v + ".", ("iban", v))
N(EL, "Το διαμέρισμα είναι του 1978, με πετρέλαιο θέρμανσης, και η ενεργειακή κατηγορία θα βγει μάλλον Ζ.")

c = card("4741 5520 1387 640")
N(EL, "Γερανοί Αχαΐας, παρακαλώ.")
P(EL, "Ναι, γεια σας, είμαι ο Μπάμπης Κωνσταντίνου, θέλω γερανό για Σάββατο.",
  ("name", "Μπάμπης Κωνσταντίνου"))
N(EL, "Γερανός 40 τόνων, 150 ευρώ την ώρα, ελάχιστη χρέωση τρεις ώρες, συν ΦΠΑ 24%.")
P(EL, "η διεύθυνση είναι Κορίνθου 214, Πάτρα, είναι γωνία με Καρόλου",
  ("address", "Κορίνθου 214, Πάτρα"))
P(EL, "Εντάξει κύριε Μπάμπη, θα σας στείλω προσφορά.", ("name", "Μπάμπη"))
P(EL, "Την κάρτα; " + say(c, "el", [4, 4, 4, 4]) + ".", ("card", say(c, "el", [4, 4, 4, 4])))
P(EL, "69 7 2 31 48 05", ("phone", "69 7 2 31 48 05"), ctx="Ένα τηλέφωνο επικοινωνίας;")
N(EL, "Ο γερανός φτάνει στις 7:30, και η άδεια κατάληψης πεζοδρομίου από τον δήμο θέλει πέντε εργάσιμες.")

N(EL, "Θερμοκηπιακά Κρήτης, γεια σας, είμαστε στο Τυμπάκι, δίπλα στο πρατήριο της Shell.")
P(EL, "Γεια σας, ο Μανώλης είμαι, ο Μανώλης Τζανάκης από τις Μοίρες.", ("name", "Μανώλης", 0), ("name", "Μανώλης Τζανάκης"))
N(EL, "Θέλω 400 μέτρα νάιλον 200 μικρά και δύο ρολά σταλάκτη, για τα ντοματάκια.")
a = afm("04311875")
P(EL, "Για το τιμολόγιο, ΑΦΜ " + grp(a, [3, 3, 3], "."), ("id", grp(a, [3, 3, 3], ".")))
P(EL, "Να το φέρετε Μοίρες, οδός Γεωργίου Παπανδρέου 33, στο κτήμα πίσω.",
  ("address", "Μοίρες, οδός Γεωργίου Παπανδρέου 33"))
i = iban("GR", "02607020000190200518322")
P(EL, "Θα σας κάνω κατάθεση από το " + i + ", Eurobank.", ("iban", i))
N(EL, "Το νάιλον είναι 1,85 το τετραγωνικό, τιμή χονδρικής, και η παράδοση την Τετάρτη.")
P(EL, "Μανώλη, θα σε πάρει ο οδηγός πριν φύγει.", ("name", "Μανώλη"))

a = afm("07219448")
N(EL, "Κέντρο Ημερήσιας Φροντίδας Ηλικιωμένων του Δήμου, καλησπέρα.")
P(EL, "Καλησπέρα παιδί μου, λέγομαι Ευαγγελία Μαυρίδου, αλλά με λένε όλοι κυρα-Βαγγελιώ.",
  ("name", "Ευαγγελία Μαυρίδου"), ("name", "κυρα-Βαγγελιώ"))
P(EL, "Χίλια εννιακόσια σαράντα εννιά, δεκαπέντε Αυγούστου, της Παναγίας.",
  ("date_of_birth", "Χίλια εννιακόσια σαράντα εννιά, δεκαπέντε Αυγούστου"), ctx="Πότε γεννηθήκατε κυρία Μαυρίδου;")
P(EL, "Μένω στην Αγίου Μελετίου 17, στα Πατήσια, ισόγειο.", ("address", "Αγίου Μελετίου 17, στα Πατήσια, ισόγειο"))
v = say("2108227419", "el")
P(EL, "Το σταθερό μου " + v + ".", ("phone", v))
P(EL, "Το ΑΦΜ; " + a[:5] + " " + say(a[5:], "el") + ".", ("id", a[:5] + " " + say(a[5:], "el")))
N(EL, "Το λεωφορείο περνάει στις 8 και μισή και σας φέρνει πίσω στις 2, από Δευτέρα έως Παρασκευή.")
N(EL, "Δεν πληρώνετε τίποτα, μόνο 10 ευρώ τον μήνα για τις εκδρομές, και η πρώτη είναι στις 3 Μαΐου.")

c = card("5168 4410 2293 507")
P(EL, "Γεια σας, είμαι η Ράνια, από το Χρωματοπωλείο Παλέτα, σε τι μπορώ να βοηθήσω;", ("name", "Ράνια"))
P(EL, "γεια σας λέγομαι στέλλα μιχαηλίδη έκανα μια παραγγελία με λάδια και καμβάδες", ("name", "στέλλα μιχαηλίδη"))
N(EL, "Η παραγγελία 55713, τρία τελάρα 50 επί 70 και το σετ ακρυλικά 24 χρώματα, σύνολο 86,40.")
v = "stella κάτω παύλα mich παπάκι gmail τελεία com"
P(EL, "το email είναι " + v, ("email", v))
P(EL, "κάρτα " + grp(c, [4, 4, 4, 4]), ("card", grp(c, [4, 4, 4, 4])))
P(EL, "Στείλτε το στη Μεσογείων 301, δεύτερος όροφος, Χολαργός 15562.",
  ("address", "Μεσογείων 301, δεύτερος όροφος, Χολαργός 15562"))
N(EL, "Η ACS παραδίδει σε δύο εργάσιμες, και πάνω από 50 ευρώ τα μεταφορικά είναι δωρεάν.")

# ================================================================ Greek, part 2
# Calls: horse transport (Larnaca, Cypriot), legal aid (Athens), lighting shop (Limassol),
# kids' party entertainer (Thessaloniki), luggage repair (Athens airport, English caller),
# diabetes supplies (Larissa, older caller), boat licence school again (young caller).
c = card("4920 1133 8057 226")
i = iban("CY", "002001950000357001234567")
P(EL, "Καλημέρα, εν η Χριστιάνα Ιωάννου που τη Λάρνακα, για τα άλογα.", ("name", "Χριστιάνα Ιωάννου"))
N(EL, "Θέλω να μεταφέρω δύο άλογα που τη Λάρνακα στην Πάφο, την Κυριακή 14 του μήνα, για τους αγώνες.")
N(EL, "Η μεταφορά είναι 220 ευρώ το άλογο, με το τρέιλερ των δύο θέσεων, και φεύγουμε στις 6 το πρωί.")
P(EL, "Ευχαριστώ κυρία Ιωάννου, ένα τηλέφωνο;", ("name", "Ιωάννου"))
P(EL, "Ενενήντα εννιά, τετρακόσια ογδόντα δύο, τριακόσια δεκαεφτά.",
  ("phone", "Ενενήντα εννιά, τετρακόσια ογδόντα δύο, τριακόσια δεκαεφτά"))
P(EL, "Για την ασφάλιση του αναβάτη, γεννήθηκα 22 Φεβρουαρίου 1996.", ("date_of_birth", "22 Φεβρουαρίου 1996"))
P(EL, "christiana.ioannou@cytanet.com.cy", ("email", "christiana.ioannou@cytanet.com.cy"), ctx="Και το email σας;")
v = grp(i, [4, 4, 4, 4, 4, 4, 4])
P(EL, "Την προκαταβολή θα τη στείλω που το " + v + ", Τράπεζα Κύπρου.", ("iban", v))
P(EL, "Ή με κάρτα, " + say(c, "el", [4, 4, 4, 4], pairs=True) + ".", ("card", say(c, "el", [4, 4, 4, 4], pairs=True)))

a = afm("11964053")
N(EL, "Δικηγορικός Σύλλογος Αθηνών, γραφείο νομικής βοήθειας, παρακαλώ.")
P(EL, "Καλησπέρα, ονομάζομαι Αντώνης Χατζηγεωργίου, θέλω να κάνω αίτηση για δικηγόρο.",
  ("name", "Αντώνης Χατζηγεωργίου"))
P(EL, "Ημερομηνία γέννησης 03/11/1979.", ("date_of_birth", "03/11/1979"))
P(EL, "Ο ΑΦΜ μου είναι " + a + ".", ("id", a))
P(EL, "Η διεύθυνσή μου είναι Λεωφόρος Αλεξάνδρας 92, Αθήνα 11473.",
  ("address", "Λεωφόρος Αλεξάνδρας 92, Αθήνα 11473"))
N(EL, "Η δικάσιμος είναι στις 17 Οκτωβρίου στις 9:00, αίθουσα 12, με αριθμό κατάθεσης 4418/2024.")
P(EL, "Τηλέφωνο +30 697 445 1208.", ("phone", "+30 697 445 1208"))
P(EL, "antonis τελεία hatzi παπάκι otenet τελεία gr", ("email", "antonis τελεία hatzi παπάκι otenet τελεία gr"))
N(EL, "Το εισόδημα του 2023 ήταν 9.400 ευρώ, κάτω από το όριο, οπότε δικαιούστε.")

c = card("5355 0821 4496 731")
i = iban("CY", "005003570000000912847463")
P(EL, "Φωτιστικά Λεμεσού, είμαι ο Άντρος, πείτε μου.", ("name", "Άντρος"))
P(EL, "Ναι, είμαι η Ντίνα Χαραλάμπους, παρήγγειλα ένα πολύφωτο τον Μάρτη.", ("name", "Ντίνα Χαραλάμπους"))
N(EL, "Το πολύφωτο κοστίζει 690 ευρώ, η εγκατάσταση 45, και ο ηλεκτρολόγος πάει Τρίτη μετά τις τρεις.")
P(EL, "Αρχιεπισκόπου Μακαρίου Γ΄ 54, διαμέρισμα 302, Λεμεσός 3065.",
  ("address", "Αρχιεπισκόπου Μακαρίου Γ΄ 54, διαμέρισμα 302, Λεμεσός 3065"), ctx="Η διεύθυνση για την εγκατάσταση;")
P(EL, "Την υπόλοιπη πληρωμή με κάρτα: " + say(c, "el", [4, 4, 4, 4]) + ".", ("card", say(c, "el", [4, 4, 4, 4])))
P(EL, "Και αν ακυρωθεί, επιστροφή στο " + i + ".", ("iban", i))
P(EL, "Το κινητό μου +357 96 318 442.", ("phone", "+357 96 318 442"))
v = "ντίνα τελεία χαραλάμπους παπάκι hotmail τελεία com"
P(EL, "Το μέιλ " + v + ".", ("email", v))
N(EL, "Έχουμε και τα LED πάνελ 60 επί 60 στα 29 ευρώ, και η έκθεση είναι στην Αγίας Φυλάξεως.")

c = card("4539 7702 1165 388")
i = iban("GR", "01720310005031048372915")
P(EL, "Γεια σας, ο Ηλίας εδώ από τα Χαμογελάκια, για το πάρτι σας λέω.", ("name", "Ηλίας"))
P(EL, "Ναι γεια σας, είμαι η Βούλα Αθανασίου, για το πάρτι του γιου μου.", ("name", "Βούλα Αθανασίου"))
P(EL, "Γεννήθηκε στις 21 Ιουνίου 2018, κλείνει επτά.", ("date_of_birth", "21 Ιουνίου 2018"))
N(EL, "Το πακέτο με κλόουν και face painting είναι 180 ευρώ για δύο ώρες, μέχρι 20 παιδιά.")
P(EL, "Στο σπίτι θα είναι, η διεύθυνση Κλεάνθους 8, Καλαμαριά, πρώτος όροφος.",
  ("address", "Κλεάνθους 8, Καλαμαριά, πρώτος όροφος"))
P(EL, "Κάρτα " + grp(c, [4, 4, 4, 4]), ("card", grp(c, [4, 4, 4, 4])))
P(EL, "voula.athanasiou@gmail.com", ("email", "voula.athanasiou@gmail.com"), ctx="Το email για την επιβεβαίωση;")
P(EL, "Αν αλλάξει η μέρα, επιστροφή στο ΙΒΑΝ " + grp(i, [4, 4, 4, 4, 4, 4, 3]) + ", Πειραιώς.",
  ("iban", grp(i, [4, 4, 4, 4, 4, 4, 3])))
a = afm("16338210")
P(EL, "Και θέλω απόδειξη με ΑΦΜ, " + say(a, "el") + ".", ("id", say(a, "el")))
N(EL, "Το πάρτι είναι το Σάββατο 28 στις 5 το απόγευμα, η τούρτα από το Τερκενλής.")

c = card("3787 344936 7100")
P(EL, "Hi, γεια σας, με λένε Jonathan Evans, έσπασε η βαλίτσα μου στην πτήση.", ("name", "Jonathan Evans"))
N(EL, "Πτήση A3 603 από Λονδίνο, προσγειώθηκε στις 22:40, ο αριθμός αναφοράς ATHA312875.")
P(EL, "Κύριε Evans, ένα τηλέφωνο επικοινωνίας;", ("name", "Evans"))
P(EL, "+44 7911 604 382, it's a UK number", ("phone", "+44 7911 604 382"))
P(EL, "fifth of May nineteen ninety", ("date_of_birth", "fifth of May nineteen ninety"),
  ctx="Για τη φόρμα της αεροπορικής, ημερομηνία γέννησης;")
P(EL, "Amex, " + grp(c, [4, 6, 5]), ("card", grp(c, [4, 6, 5])))
i = iban("GB", "MIDL40051571338462")
P(EL, "For the refund, my IBAN is " + i + ".", ("iban", i))
N(EL, "Η επισκευή του τροχού κοστίζει 45 ευρώ και η λαβή 35, έτοιμη σε τρεις μέρες.")

a = afm("02251948")
P(EL, "Λέγομαι Θανάσης Γκίκας, από τη Λάρισα, για τις ταινίες του ζαχάρου.", ("name", "Θανάσης Γκίκας"))
P(EL, "Δεκατρείς του έξι του σαράντα οχτώ.", ("date_of_birth", "Δεκατρείς του έξι του σαράντα οχτώ"),
  ctx="Την ημερομηνία γέννησης να σας παρακαλέσω;")
P(EL, "ΑΦΜ " + " ".join(a), ("id", " ".join(a)))
N(EL, "Οι ταινίες μέτρησης δίνονται με συνταγή, 100 τεμάχια τον μήνα, χωρίς συμμετοχή.")
P(EL, "Το τηλέφωνο του σπιτιού 2410 53 28 71.", ("phone", "2410 53 28 71"))
v = "thanasis.gkikas48 παπάκι yahoo τελεία gr"
P(EL, "Ο εγγονός μου έχει το μέιλ, " + v, ("email", v))
c = card("4976 0512 8843 119")
v = say(c[:8], "el", [4, 4]) + ", " + say(c[8:11], "el") + ", όχι, συγγνώμη, " + say(c[8:], "el", [4, 4])
P(EL, v, ("card", v), ctx="Τον αριθμό της κάρτας;")
i = iban("GR", "01101960000019600284719")
P(EL, "Η σύνταξη μπαίνει στο " + grp(i, [4, 4, 4, 4, 4, 4, 3]) + ".", ("iban", grp(i, [4, 4, 4, 4, 4, 4, 3])))

c = card("5168 9920 4471 015")
P(EL, "Γεια, ο Νίκος είμαι, θέλω να κλείσω θέση για το δίπλωμα ιστιοπλοΐας τον Ιούλιο.", ("name", "Νίκος"))
P(EL, "Ημερομηνία γέννησης 07/09/2001.", ("date_of_birth", "07/09/2001"))
P(EL, "nikos_v2001@outlook.com", ("email", "nikos_v2001@outlook.com"), ctx="Το email σου;")
P(EL, "κάρτα " + c[:4] + " " + c[4:8] + " " + c[8:12] + " " + c[12:], ("card", c[:4] + " " + c[4:8] + " " + c[8:12] + " " + c[12:]))
i = iban("GR", "02601400000140200921345")
P(EL, "Αν δεν βγει το τμήμα, επιστροφή στο " + i, ("iban", i))
N(EL, "Το τμήμα ξεκινάει 1η Ιουλίου, διαρκεί δέκα μέρες, και κοστίζει 450 ευρώ.")
N(EL, "Ο αριθμός κράτησης είναι " + bad("4488103927") + ", κρατήστε τον.")
N(EL, "Το σκάφος είναι ένα Bavaria 38 του 2015, με δέκα άτομα και δύο εκπαιδευτές.")
N(EL, "Η μαρίνα Ζέας ανοίγει στις εννιά, και το πάρκινγκ κοστίζει 5 ευρώ τη μέρα.")
N(EL, "Την Παρασκευή 12 Μαΐου έχουμε θεωρία, και τη Δευτέρα 15 την πρακτική.")
N(EL, "Η γραμματεία λείπει μέχρι τις 20 του μήνα, αλλά μπορείτε να αφήσετε μήνυμα.")
a = afm("09417736")
P(EL, "Α, και για το τιμολόγιο, ΑΦΜ " + say(a, "el", [3, 3, 3]) + ", ΔΟΥ Ζωγράφου.", ("id", say(a, "el", [3, 3, 3])))
N(EL, "Ο Άγιος Νικόλαος είναι γιορτή, οπότε στις 6 Δεκεμβρίου είμαστε κλειστά.")
N(EL, "Το μοντέλο είναι Philips Hue, κωδικός 929002216824, και έχει 12 μήνες εγγύηση.")
N(EL, "Η επιστροφή των 75 ευρώ θα φανεί στον λογαριασμό σας σε πέντε με επτά εργάσιμες.")
N(EL, "Κόστισε 1.250 ευρώ με ΦΠΑ, και η εγγύηση είναι δύο χρόνια.")
N(EL, "Το κατάστημα στην Ερμού είναι ανοιχτό Κυριακή 11 με 6.")

if __name__ == "__main__":
    write_all()
