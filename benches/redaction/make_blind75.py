#!/usr/bin/env python3
"""Blind held-out evaluation set "blind75" for the call-transcript redactor.

Who wrote it and how: a helper session, working only from a written brief (the product's
specification of what counts as personal data, the output format and the area to cover).
That session never read the redactor, its rules, its tests or any other evaluation set or
generator; the lines below come from its own knowledge of how people talk on the phone.

Area: food and groceries (supermarket online orders, food delivery apps, restaurant
bookings, catering, missing or wrong items, refunds and loyalty cards).

Output: data/redaction/blind75/{en,ar,he,el}.jsonl (relative to the repository root), one
JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address;
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), computed here
  by searching for each span's substring, and checked with asserts;
- context (optional, not scored) is an earlier line of the same call;
- items with empty spans are non-personal and must come out unchanged.

All values are invented. Check-digit values (cards, IBANs, national IDs) are generated here;
long non-personal numbers are asserted to fail those checks.

Deterministic, standard library only:  python3 benches/redaction/make_blind75.py
"""

import json
import re
import sys
from pathlib import Path

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

AI_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_AI2ASCII = str.maketrans(AI_DIGITS, "0123456789")
_ASCII2AI = str.maketrans("0123456789", AI_DIGITS)


def to_ai(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(_ASCII2AI)


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


def luhn(partial):
    """partial + the Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    v = luhn(partial)
    assert 13 <= len(v) <= 19, v
    return v


def tz_ok(d):
    """Israeli Teudat Zehut (9 digits); same as Luhn on 9 digits."""
    return len(d) == 9 and d.isdigit() and luhn_ok(d)


def tz(partial8):
    assert len(partial8) == 8
    v = luhn(partial8)
    assert tz_ok(v)
    return v


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(partial8):
    assert len(partial8) == 8
    s = sum(int(partial8[i]) * 2 ** (8 - i) for i in range(8))
    v = partial8 + str((s % 11) % 10)
    assert afm_ok(v)
    return v


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(partial9):
    assert len(partial9) == 9 and partial9[0] in "12"
    v = luhn(partial9)
    assert saudi_ok(v)
    return v


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= n <= 9999


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "KW": 30, "QA": 29, "LB": 28, "BH": 22, "FR": 27, "NL": 18,
            "ES": 24, "IT": 27, "TR": 26, "PT": 25}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 5 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and _iban_num(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    check = 98 - _iban_num(bban + cc + "00") % 97
    v = f"{cc}{check:02d}{bban}"
    assert iban_ok(v), v
    return v


def grp(s, n=4, sep=" "):
    """Group a value in blocks of n (IBANs, cards)."""
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def bad(d):
    """Change the last digit of a long non-personal number until it fails every check."""
    for c in "0123456789":
        v = d[:-1] + c
        if not _passes_any(v):
            return v
    raise AssertionError(d)


def _passes_any(d):
    return ((13 <= len(d) <= 19 and luhn_ok(d)) or tz_ok(d) or afm_ok(d) or saudi_ok(d)
            or (len(d) == 10 and luhn_ok(d)))


# ---------------------------------------------------------------- spoken numbers

EN1 = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

AR1 = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR1_COLL = "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split()
AR_TEEN = ["عشرة", "احدعش", "اطنعش", "تلطاشر", "اربعطاشر", "خمسطاشر", "سطاشر", "سبعطاشر",
           "تمنطاشر", "تسعطاشر"]
AR_TENS = "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()
AR_TENS_COLL = "_ _ عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين".split()

HE1_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE1_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TEEN_M = ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר",
             "שישה עשר", "שבעה עשר", "שמונה עשר", "תשעה עשר"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()

EL1 = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()


def _one(lang, d, style):
    if lang == "en":
        return "oh" if (d == 0 and style == "oh") else EN1[d]
    if lang == "ar":
        return (AR1_COLL if style == "coll" else AR1)[d]
    if lang == "he":
        return (HE1_M if style == "m" else HE1_F)[d]
    return EL1[d]


def _two(lang, a, b, style):
    if a == 0:
        return _one(lang, 0, style) + " " + _one(lang, b, style)
    n = a * 10 + b
    if lang == "en":
        if n < 20:
            return EN_TEEN[b]
        return EN_TENS[a] + ("-" + EN1[b] if b else "")
    if lang == "ar":
        tens = (AR_TENS_COLL if style == "coll" else AR_TENS)[a]
        if n < 20:
            return AR_TEEN[b]
        return (_one(lang, b, style) + " و" + tens) if b else tens
    if lang == "he":
        if n < 20:
            return (HE_TEEN_M if style == "m" else HE_TEEN)[b]
        return HE_TENS[a] + (" ו" + _one(lang, b, style) if b else "")
    if n < 20:
        return EL_TEEN[b]
    return EL_TENS[a] + (" " + EL1[b] if b else "")


EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια εφτακόσια οχτακόσια "
           "εννιακόσια").split()


def _three_el(a, b, c):
    if a == 0:
        return EL1[0] + " " + _two("el", b, c, "")
    if b == 0 and c == 0:
        return EL_HUND[a]
    head = "εκατόν" if a == 1 else EL_HUND[a]
    rest = EL1[c] if b == 0 else _two("el", b, c, "")
    return head + " " + rest


def say(lang, digits, spec, gsep=" ", style=""):
    """Speak a digit string.  spec letters consume digits: d = one digit as a word,
    D = two digits as a number ("forty-two"), W = a repeated digit ("double seven", en),
    T = three digits as a number (el only), n = a digit left as a numeral; a space in spec ends a group (joined by gsep)."""
    digits = digits.translate(_AI2ASCII)
    pos = 0
    groups = []
    for gspec in spec.split(" "):
        words = []
        for ch in gspec:
            if ch == "d":
                words.append(_one(lang, int(digits[pos]), style))
                pos += 1
            elif ch == "D":
                words.append(_two(lang, int(digits[pos]), int(digits[pos + 1]), style))
                pos += 2
            elif ch == "T":
                assert lang == "el"
                words.append(_three_el(*(int(x) for x in digits[pos:pos + 3])))
                pos += 3
            elif ch == "W":
                assert digits[pos] == digits[pos + 1] and lang == "en"
                words.append("double " + _one(lang, int(digits[pos]), style))
                pos += 2
            elif ch == "n":
                if words and words[-1].isdigit():
                    words[-1] += digits[pos]
                else:
                    words.append(digits[pos])
                pos += 1
            else:
                raise ValueError(spec)
        groups.append(" ".join(words))
    assert pos == len(digits), (digits, spec, pos)
    return gsep.join(groups)


# ---------------------------------------------------------------- building items

LANGS = {}  # lang -> list of (text, [(kind, substring[, nth])], context)


def item(lang, text, *spans, ctx=None):
    LANGS.setdefault(lang, []).append((text, list(spans), ctx))


_DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)+")


def _check_value(kind, sub):
    """Checks a span written with numerals (spoken ones are valid by construction)."""
    norm = sub.translate(_AI2ASCII)
    if re.search(r"[^\W\d_]", norm.replace("+", "")) and kind != "iban":
        return  # words or letters: spoken form
    digits = re.sub(r"\D", "", norm)
    if kind == "card" and digits == re.sub(r"[ \-]", "", norm):
        assert 13 <= len(digits) <= 19 and luhn_ok(digits), sub
    elif kind == "iban":
        compact = norm.replace(" ", "").replace("-", "").upper()
        if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", compact):
            assert iban_ok(compact), sub
    elif kind == "id" and digits == re.sub(r"[ \-./]", "", norm):
        assert (tz_ok(digits) or afm_ok(digits) or saudi_ok(digits) or ssn_ok(norm)), sub


def build(lang, items):
    out = []
    for text, spans, ctx in items:
        assert text == text.strip() and "  " not in text, text
        b = text.encode("utf-8")
        pos = 0
        found = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 1
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (text, sub)
            i = pos - 1
            for _ in range(nth):
                i = text.find(sub, i + 1)
                assert i >= 0, (lang, text, sub)
            _check_value(kind, sub)
            start = len(text[:i].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            found.append({"kind": kind, "start": start, "end": end})
            pos = i + len(sub)
        for a, c in zip(found, found[1:]):
            assert a["end"] <= c["start"], text
        # every other occurrence of a span's value must be a span too
        covered = [(s["start"], s["end"]) for s in found]
        for sp in spans:
            for m in re.finditer(r"(?<!\w)" + re.escape(sp[1]) + r"(?!\w)", text):
                s = len(text[:m.start()].encode("utf-8"))
                e = s + len(m.group(0).encode("utf-8"))
                assert any(cs <= s and e <= ce for cs, ce in covered), (text, sp[1])
        # long numbers outside the spans must fail every check-digit test
        masked = bytearray(b)
        for s in found:
            masked[s["start"]:s["end"]] = b"#" * (s["end"] - s["start"])
        rest = masked.decode("utf-8", errors="replace").translate(_AI2ASCII)
        for m in _DIGIT_RUN.finditer(rest):
            d = re.sub(r"\D", "", m.group(0))
            if len(d) >= 9:
                assert not _passes_any(d), (lang, text, d)
        obj = {"text": text, "spans": found}
        if ctx:
            obj["context"] = ctx
        out.append(obj)
    return out


def main():
    root = Path(__file__).resolve().parents[2]
    outdir = root / "data" / "redaction" / "blind75"
    outdir.mkdir(parents=True, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(lang, items)
        with open(outdir / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = {}
        for r in rows:
            for s in r["spans"]:
                kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(f"{lang}: {len(rows)} items, {empty} non-personal, "
              f"{sum(kinds.values())} spans {dict(sorted(kinds.items()))}", file=sys.stderr)


# ================================================================ items
# (languages are appended below, one block per language)


# ================================================================ English (en)


def E(text, *spans, ctx=None):
    item("en", text, *spans, ctx=ctx)


# --- supermarket online order, missing items (Wales)
ord_en1 = bad("482133771")
c_en1 = card("492917650321847")
E("Good morning, you're through to Harvest Lane online, my name's Priya, how can I help?",
  ("name", "Priya"))
E("Hiya, um, yeah, it's Gareth Hughes here, I had my delivery this morning and half of it's "
  "missing.", ("name", "Gareth Hughes"))
E("Oh I'm sorry to hear that, Gareth. Can I take the order number please?", ("name", "Gareth"))
E(f"Yeah it's H L dash {' '.join(ord_en1)}.")
E("Lovely, I've got it up. Delivered at 9:42 this morning, forty-one items, and the driver's "
  "marked it as complete.")
E("Twenty-seven Heol y Felin, Whitchurch, Cardiff, CF14 1QS.",
  ("address", "Twenty-seven Heol y Felin, Whitchurch, Cardiff, CF14 1QS"),
  ctx="And can you just confirm the delivery address for me?")
E("So I'm missing the two litre semi-skimmed, the Warburtons loaf and the six free range, and "
  "the chicken thighs were use by yesterday.")
E("Right, so that's £1.65, £1.45, £2.30 and £4.75, a total of £10.15 back to the card ending "
  "4471, is that okay?")
E(f"Actually can you put it on a different card, the one on the account's been cancelled. "
  f"It's {grp(c_en1)}.", ("card", grp(c_en1)))
E("Done, you'll see it in three to five working days, and I've added a £5 goodwill voucher, "
  "code SORRY5, valid till the 30th of April.")

# --- food delivery app, wrong order (US)
ph_en1 = "three one two, eight four seven, two zero nine... no sorry, two zero one nine"
em_en1 = "m dot ortiz at lakeshore dental dot com"
E("Thanks for calling BiteRunner support, can I get your name please?")
E("yeah hi this is maribel ortiz i ordered from the thai place on fifth avenue and i got "
  "somebody else's food", ("name", "maribel ortiz"))
E("Oh no, I'm so sorry about that, Maribel. What's the phone number on the account?",
  ("name", "Maribel"))
E(f"It's {ph_en1}.", ("phone", ph_en1))
E("Okay, I see it, order 7731, placed at 7:14 pm, forty-two dollars and eighteen cents, "
  "delivered at 7:58.")
E("yeah i got a pad see ew and two spring rolls instead of the green curry and jasmine rice "
  "and i'm allergic to peanuts so")
E("I've issued a full refund of $42.18 to your Visa plus a $10 credit, it should show in three "
  "to five business days.")
E(f"Can you send the confirmation to my work email, it's {em_en1}.", ("email", em_en1))

# --- restaurant booking (Galway, Ireland)
c_en2 = card("545412009873316")
sp_en2 = say("en", c_en2, "dddd dddd dddd dddd")
ph_en2 = say("en", "0872249160", "ddd ddd dddd", ", ", "oh").capitalize()
E("Good afternoon, The Pepper Mill, Aoife speaking.", ("name", "Aoife"))
E("Hi there, I'm looking to book a table for eight on Saturday the 14th, around half seven?")
E("Lovely, we've a table at quarter to eight in the back room, it'd be the set menu at €55 a "
  "head. What name will I put it under?")
E("Ní Bhriain, that's N I fada, B H R I A I N. Siobhán. Well, Shiv, everyone calls me that.",
  ("name", "Ní Bhriain"), ("name", "N I fada, B H R I A I N"), ("name", "Siobhán"),
  ("name", "Shiv"), ctx="What name will I put it under?")
E(f"{ph_en2}.", ("phone", ph_en2), ctx="Perfect, and a contact number in case we need to "
  "reach you?")
E("Grand. We do take a ten euro deposit per head for groups over six, so that's eighty euro, "
  "refundable up to 48 hours before.")
E(f"no bother it's a mastercard {sp_en2} and the expiry is oh nine twenty seven",
  ("card", sp_en2))
E(f"So that's {grp(c_en2)}, expiry 09/27, yeah?", ("card", grp(c_en2)))
E("That's gone through, you're booked for eight at 7:45 on Saturday the 14th, and there's a "
  "birthday cake option at €4.50 a slice if you want it.")

# --- wedding catering, deposit refund (London, Nigerian caller)
ib_en1 = iban("GB", "BARC20325873019462")
rb_en1 = (f"G B {say('en', ib_en1[2:4], 'D')}, B A R C, "
          f"{say('en', ib_en1[8:], 'dddd dddd dddd dd', ', ')}")
ph_en3 = "plus " + say("en", "2348034412906", "ddd ddd ddd dddd", ", ", "oh")
em_en2 = "seun dot adeyemi eighty five at yahoo dot co dot uk"
E("Golden Spoon Catering, good morning, how may I help you?")
E("Good morning ma. My name is Oluwaseun Adeyemi, I booked jollof and small chops for my "
  "sister's traditional wedding on the 22nd of June.", ("name", "Oluwaseun Adeyemi"))
E("Yes Mr Adeyemi, I have it here, two hundred and fifty guests at the hall on Rye Lane.",
  ("name", "Adeyemi"))
E("Exactly. We've reduced it to one hundred and eighty guests, so I want the balance of the "
  "deposit back. We paid three thousand six hundred pounds on the 3rd of March.")
E("Okay, seventy guests at fourteen pounds forty, that comes to £1,008. Can I have the account "
  "details for the refund?")
E(f"It's a UK account. The IBAN is {grp(ib_en1)}.", ("iban", grp(ib_en1)))
E(f"Let me read it back: {rb_en1}. Is that right?", ("iban", rb_en1))
E(f"Yes, correct. And please send the revised invoice to my email, {em_en2}.",
  ("email", em_en2))
E(f"If the office needs me, call my Nigerian line, {ph_en3}, I'm travelling to Lagos on "
  f"Monday.", ("phone", ph_en3))
E("No problem sir. The refund takes five to seven working days, reference GS-2291, and the "
  "final menu is jollof, fried rice, peppered chicken, puff-puff and chapman.")

# --- supermarket loyalty card registration (London, Indian caller)
loy_en1 = bad("6340110022874419")
em_en3 = "venky underscore r seventy nine at gmail dot com"
E("Harvest Lane Rewards, good evening, you're speaking with Callum.", ("name", "Callum"))
E("Hello, good evening. This is Venkatesh, Venkatesh Raghunathan, I want to register the "
  "rewards card which I picked up at the Wembley store.", ("name", "Venkatesh"),
  ("name", "Venkatesh Raghunathan"))
E(f"The number on the back is {grp(loy_en1)}.")
E("Fifth of November, nineteen seventy-nine.",
  ("date_of_birth", "Fifth of November, nineteen seventy-nine"),
  ctx="Lovely. And your date of birth, so we can send you the birthday voucher?")
E(em_en3, ("email", em_en3), ctx="And an email address for your e-receipts?")
E("Thank you sir. You've got 1,250 welcome points on there already, that's £12.50 "
  "off your next shop over £40.")


# --- meal-kit subscription, pause and new card (Australia)
ph_en4 = say("en", "0412387550", "dddd ddd Wd", ", ", "oh")
c_en3 = card("448302177651094")
E("Hi, it's Bron McAllister, I need to pause my box for three weeks, we're heading up to "
  "Noosa.", ("name", "Bron McAllister"))
E(ph_en4, ("phone", ph_en4), ctx="No dramas. Can you just confirm the mobile on the account "
  "for me?")
E("Thanks. So I'll skip the boxes for the 3rd, 10th and 17th of March and it restarts on the "
  "24th at $79.90 a week, four serves.")
E(f"Oh and the card on file's expired, the new one is {grp(c_en3)}", ("card", grp(c_en3)))
E("And we've moved, so the delivery address is now unit 4, 18 Beach Road, Coolangatta, "
  "Queensland 4225.", ("address", "unit 4, 18 Beach Road, Coolangatta, Queensland 4225"))
E("Also the lamb kofta last week had no tzatziki in it, and the recipe card said 25 minutes "
  "but it took nearly an hour.")
E("Second of Feb, ninety-one.", ("date_of_birth", "Second of Feb, ninety-one"),
  ctx="There's a bottle of the Barossa shiraz in this week's box, so I just need your date of "
  "birth?")

# --- grocery delivery with wine, age check (Chicago, US)
E("Hi, I'm calling from FreshCart about your grocery order, it includes a bottle of "
  "Chardonnay, so I need to verify your age.")
E("Oh, sure. April 30th, 1988.", ("date_of_birth", "April 30th, 1988"),
  ctx="Can you confirm your date of birth for me?")
E("Thank you, Mr. Jackson. And the delivery address is still 4410 Greenwood Avenue, apartment "
  "3B, Chicago, 60653?", ("name", "Jackson"),
  ("address", "4410 Greenwood Avenue, apartment 3B, Chicago, 60653"))
E("yep that's right and the driver should use the side gate the buzzer's broken")
E("Your window is 6 to 8 pm tonight, 23 items, total $118.64 after the $20 coupon.")
E("Oh and my name's spelled wrong on the app, it's Dwayne, D W A Y N E, with a Y.",
  ("name", "Dwayne"), ("name", "D W A Y N E"))
E("They substituted the Honeycrisp apples with Granny Smith and the oat milk with almond, "
  "can I get those two refunded? That's $4.99 and $5.49.")

# --- courier sign-up for a food delivery app (US)
ssn_en1 = say("en", "512734890", "ddd dd dddd", ", ").capitalize()
ssn_en2 = say("en", "231587046", "dddddddd d", style="oh")
E("Hey, yeah, this is Tyrell Washington, I'm trying to finish my courier sign-up but the "
  "background check keeps failing.", ("name", "Tyrell Washington"))
E(f"{ssn_en1}.", ("id", ssn_en1), ctx="It might be the Social. Can you read me the Social "
  "Security number you entered?")
E("Okay, I see it. In our system it's 512-73-4980, so the last four got swapped.",
  ("id", "512-73-4980"))
E("Ugh. And my date of birth is 07/16/1996, in case that's wrong too.",
  ("date_of_birth", "07/16/1996"))
E("No, that one matches. I've reopened the check, it takes 3 to 5 business days, and the $50 "
  "bonus unlocks after your first 20 deliveries.")
E(f"yeah hi i got an email saying my social didn't match it's {ssn_en2} and i've done like "
  f"eleven deliveries already", ("id", ssn_en2))
E("Deliveries completed before the check clears still pay out on Thursday, you've earned "
  "$186.40 across 11 orders this week.")

# --- supermarket club discount (Israel, English-speaking immigrant)
tz_en1 = tz("33716284")
sp_tz_en1 = say("en", tz_en1, "ddd ddd ddd", ", ")
E("Hi, I'm calling about my online order from the Ra'anana branch, I'm a club member but the "
  "discount didn't come through.")
E(f"It's {sp_tz_en1}.", ("id", sp_tz_en1), ctx="Sure, what's your teudat zehut number?")
E("Thank you, Rachel. I see the order, 612 shekels, and the club price on the schnitzel and "
  "the cottage cheese wasn't applied.", ("name", "Rachel"))
E("Right, and the surname's Goldfarb now, I got married in the summer, maybe that's why.",
  ("name", "Goldfarb"))
E("I've credited 38 shekels 70 to the card you paid with, and the delivery on Thursday between "
  "16:00 and 18:00 is still on.")

# --- office iftar catering (Riyadh, expat caller)
iq_en1 = saudi("246031857")
ph_en5 = say("en", "0542271983", "ddd ddd dddd", ", ")
E("Hello, I want to book the iftar catering for forty people for our office on Olaya Street, "
  "for the 12th.")
E(f"Okay, my Iqama is {iq_en1}.", ("id", iq_en1), ctx="For the tax invoice we need the Iqama "
  "number, sir.")
E(f"{ph_en5}, and WhatsApp is the same", ("phone", ph_en5), ctx="And your mobile?")
E("Mohammed Rafiq. Rafiq with a Q.", ("name", "Mohammed Rafiq"), ("name", "Rafiq", 1),
  ctx="And the name for the booking?")
E("The package is 85 riyals per person, so 3,400 plus VAT, with dates, laban, lentil soup, "
  "sambousek and the lamb kabsa, delivered at 5:45.")


# --- custom cake order (Bradford, UK)
ph_en6 = say("en", "07842615309", "ddddd ddd ddd", ", ", "oh")
c_en4 = card("465858201337264")
sp_en4 = f"{c_en4[:4]} {c_en4[4:8]} {say('en', c_en4[8:12], 'dddd')}, um, " \
         f"{say('en', c_en4[12:], 'dddd')}"
em_en4 = "n akhtar eighty two at hotmail dot co dot uk"
E("Crumbs Bakery, hiya. Is it about an order or a collection?")
E("An order. I'd like a three-tier sponge, lemon and elderflower, for collection Friday the 9th "
  "at ten.")
E("Just Happy 40th Mum, in gold, and no nuts anywhere please, my nephew's allergic.",
  ctx="And what would you like written on it?")
E(f"Best number's {ph_en6}.", ("phone", ph_en6))
E("So the three-tier is £165 and we take half as a deposit, that's £82.50, by Monday please.")
E(f"It's a debit card, {sp_en4}.", ("card", sp_en4))
E(f"And can you send the receipt to {em_en4}?", ("email", em_en4))

# --- organic veg box, new bank and new address (Cork, Ireland)
ib_en2 = iban("IE", "AIBK93115248610377")
rb_en2 = (f"I E {say('en', ib_en2[2:4], 'D')}, A I B K, "
          f"{say('en', ib_en2[8:], 'dddddd dd dddddd', ', ', 'oh')}")
em_en5 = "pj dot osullivan at eircom dot net"
E("Hello, Greenbox Organic, this is Ciara.", ("name", "Ciara"))
E("hello there it's about the direct debit i changed banks so the box payments need to come "
  "out of the new account")
E(f"The new IBAN is {grp(ib_en2)}, and it's in my name, same as before.",
  ("iban", grp(ib_en2)))
E(f"So that's {rb_en2}?", ("iban", rb_en2))
E("And we've moved house too, so the box goes to Apartment 12, Marina Quay, Ballincollig, "
  "County Cork, P31 K2X8 from now on.",
  ("address", "Apartment 12, Marina Quay, Ballincollig, County Cork, P31 K2X8"))
E("the twenty-third of the ninth, sixty-two",
  ("date_of_birth", "the twenty-third of the ninth, sixty-two"),
  ctx="For security, can I just take your date of birth?")
E(em_en5, ("email", em_en5), ctx="And the email for the weekly menu, has that changed?")
E("Your next box is Wednesday the 5th, the large seasonal at €32, and the dozen eggs are an "
  "extra €4.20.")

# --- Christmas order, part refund (Eccles, UK)
ph_en7 = say("en", "01614960273", "dddd ddd dddd", ", ", "oh")
ib_en3 = iban("GB", "LOYD30963356817204")
E("I've a deposit down for a fourteen pound bronze turkey for Christmas Eve and a rib of beef, "
  "and I need to cancel the beef.")
E(f"It'll be under {ph_en7}.", ("phone", ph_en7), ctx="What number did you leave with us, love?")
E("Right, the beef was £89 and you paid £40 deposit on the 28th of November, so that's £40 "
  "back.")
E(f"Can you do it by bank transfer? The IBAN's {ib_en3}.", ("iban", ib_en3))
E("My address is 9 Clifton Avenue, Eccles, M30 9BQ, if you're posting the receipt.",
  ("address", "9 Clifton Avenue, Eccles, M30 9BQ"))

# --- company event catering in Athens (Cypriot caller, in English)
afm_en1 = afm("09856213")
ib_en4 = iban("CY", "002001280000357094115823")
em_en6 = "andreas dot charalambous at cytanet dot com dot cy"
E("Hi, we ordered the canapés and the meze platters for our company event in Athens on the "
  "18th, a hundred and twenty people.")
E(f"Yes, the AFM is {grp(afm_en1, 3)}.", ("id", grp(afm_en1, 3)),
  ctx="For the invoice I'll need the company's tax number, the AFM.")
E(f"Please email the invoice to {em_en6}.", ("email", em_en6))
E(f"And for the refund of the wine we didn't use, our IBAN is {grp(ib_en4)}.",
  ("iban", grp(ib_en4)))
E("Fourteen bottles of Assyrtiko at eighteen euros, so two hundred and fifty-two euros back "
  "within ten working days.")

# --- grocery app account and refund (Jeddah, Saudi caller, in English)
id_en1 = saudi("108745362")
sp_id_en1 = f"one oh eight, seven four five, {id_en1[6:]}"
ib_en5 = iban("SA", "10000001483920716542")
em_en7 = "faisal dot alotaibi at hotmail dot com"
E(f"My national ID is {sp_id_en1}.", ("id", sp_id_en1),
  ctx="To verify the account, can you give me your national ID?")
E("Fourteen, three, nineteen ninety.", ("date_of_birth", "Fourteen, three, nineteen ninety"),
  ctx="And the date of birth?")
E(f"Okay. The refund for the missing items, please to my Al Rajhi account, {grp(ib_en5)}.",
  ("iban", grp(ib_en5)))
E("Villa 7, Al Muhammadiyah district, Prince Sultan Road, Jeddah",
  ("address", "Villa 7, Al Muhammadiyah district, Prince Sultan Road, Jeddah"),
  ctx="And the address where you want the replacement delivered?")
E(f"send me the receipt on {em_en7}", ("email", em_en7))
E("The Almarai milk, the two kilo basmati and the Lurpak, 67 riyals 50, back in 3 to 5 days.")

# --- restaurant deposit by card (Dublin, German caller)
c_en5 = card("670395021184736251")
E(f"I pay the deposit with my Maestro, it is {c_en5}.", ("card", c_en5))
E("Table for four on the 2nd of May at 8, the tasting menu is €95 and the wine pairing €60 on "
  "top.")


# --- cafe loyalty app, birthday reward and gift card (Columbus, US)
c_en6 = card("37829104563101")
E("March 3rd, seventy-five.", ("date_of_birth", "March 3rd, seventy-five"),
  ctx="Happy to fix the birthday reward. What date of birth should be on the account?")
E("The gift card should've gone to 1250 Maple Street, Apt 7, Columbus, Ohio 43215, and it "
  "never came.", ("address", "1250 Maple Street, Apt 7, Columbus, Ohio 43215"))
E("and my cell is (614) 782-3019 if the mail people need it", ("phone", "(614) 782-3019"))
E(f"Reload it with the Amex please, {c_en6[:4]} {c_en6[4:10]} {c_en6[10:]}.",
  ("card", f"{c_en6[:4]} {c_en6[4:10]} {c_en6[10:]}"))

# --- Emirati wedding catering, change of venue (Dubai, Indian caller)
ph_en8 = say("en", "0503187426", "ddd ddd DD", ", ")
ib_en6 = iban("AE", "0260001015378492601")
c_en7 = card("401288830912")
E(f"Yes, it's {ph_en8}.", ("phone", ph_en8), ctx="Can I confirm your mobile number, sir?")
E("Deliver to Marina Heights, tower B, apartment 2304, Dubai Marina, not the villa.",
  ("address", "Marina Heights, tower B, apartment 2304, Dubai Marina"))
E(f"The cancelled majboos trays, refund them to {ib_en6}.", ("iban", ib_en6))
E(f"The balance, put it on my old Visa, {c_en7}, it still works.", ("card", c_en7))
E("k underscore menon at gmail dot com", ("email", "k underscore menon at gmail dot com"),
  ctx="And where do I send the new quote?")

# --- rider registration for a delivery app (Jeddah)
iq_en2 = saudi("251640973")
sp_iq_en2 = say("en", iq_en2, "dddddddddd")
E(f"my iqama is {sp_iq_en2}", ("id", sp_iq_en2))
E("Date of birth, 2 November 1993.", ("date_of_birth", "2 November 1993"))


# ================================================================ Arabic (ar)


def A(text, *spans, ctx=None):
    item("ar", text, *spans, ctx=ctx)


# --- grocery app, missing items (Riyadh, Gulf dialect)
ord_ar1 = bad("771204583")
id_ar1 = saudi("105873264")
sp_id_ar1 = say("ar", id_ar1, "d ddd ddd ddd", "، ")
ph_ar1 = to_ai("055 432 1876")
A("سلة الخير، معك حصة، كيف أقدر أخدمك؟", ("name", "حصة"))
A("هلا والله، أنا عبدالرحمن القحطاني، طلبت أمس من التطبيق وناقصني أغراض",
  ("name", "عبدالرحمن القحطاني"))
A("يا هلا أستاذ عبدالرحمن، ممكن رقم الطلب؟", ("name", "عبدالرحمن"))
A(f"الطلب رقم {to_ai(ord_ar1)}")
A("تمام، الطلب وصل الساعة ٩:١٥ الصبح، ٣٢ صنف، والمجموع ٤١٧ ريال و٥٠ هللة")
A("ناقص كرتون حليب المراعي، وكيس رز بسمتي خمسة كيلو، والدجاج جاني مجمد بدال الطازج")
A(sp_id_ar1, ("id", sp_id_ar1), ctx="للتحقق يا أستاذ، ممكن رقم الهوية الوطنية؟")
A(f"الجوال {ph_ar1}، وهو نفسه الواتساب", ("phone", ph_ar1), ctx="والجوال المسجل عندنا؟")
A("ابي المبلغ يرجع على بطاقة مدى اللي دفعت فيها، مو رصيد في التطبيق")
A("أبشر، بنرجع ٨٩ ريال للبطاقة المنتهية بـ ٤٤٠٢ خلال ٣ إلى ٥ أيام عمل")
A("حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ٢٣، الرياض",
  ("address", "حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ٢٣، الرياض"),
  ctx="ووين نوصل لك الأغراض الناقصة؟ نفس العنوان؟")
A("بيوصلك المندوب اليوم بين ٤ و٦ العصر، وأضفنا لك كوبون ٢٠ ريال على الطلب الجاي")

# --- food delivery app, wrong order (Cairo, Egyptian)
ph_ar2 = say("ar", "01127384951", "ddd dd dd dd dd", "، ", "coll")
c_ar1 = card("507803124598301")
A("توصيلة، مساء الخير، معاك كريم، أقدر أساعد حضرتك إزاي؟", ("name", "كريم"))
A("مساء النور، أنا محمود السيد، بس كله بيقولي حمادة، طلبت كشري من أبو طارق وجالي طلب حد تاني "
  "خالص", ("name", "محمود السيد"), ("name", "حمادة"))
A("لا حول ولا قوة إلا بالله، معلش يا أستاذ محمود، ممكن رقم الموبايل اللي على الحساب؟",
  ("name", "محمود"))
A(f"{ph_ar2}", ("phone", ph_ar2), ctx="ممكن رقم الموبايل اللي على الحساب؟")
A("الطلب كان اتنين كشري وسط وطاجن مكرونة بـ١٨٥ جنيه، واتحاسبت على التوصيل ٢٥ جنيه")
A("وأنا عندي حساسية من الجلوتين أصلاً، فاللي جه ده مينفعنيش خالص")
A("حاضر يا فندم، هنرجع المبلغ كامل ٢١٠ جنيه على المحفظة خلال ٢٤ ساعة، ورقم الشكوى ٥٥٠٩١٢")
A(f"لأ معلش رجعه على الكارت، كارت ميزة، رقمه {to_ai(grp(c_ar1))}",
  ("card", to_ai(grp(c_ar1))))
A("١٤ شارع مصطفى النحاس، الدور التالت، شقة ٧، مدينة نصر",
  ("address", "١٤ شارع مصطفى النحاس، الدور التالت، شقة ٧، مدينة نصر"),
  ctx="والعنوان اللي اتوصل عليه الطلب إيه يا فندم؟")

# --- restaurant booking for a family lunch (Amman, Levantine)
ph_ar3 = say("ar", "0795842213", "ddd ddd dddd", "، ", "coll")
ib_ar1 = iban("JO", "ARAB1240000001243788501926")
A("مطعم بيت الجدة، مرحبا")
A("مرحبا، بدي أحجز طاولة لعشرين شخص يوم الجمعة الجاي عالغدا، عزومة لأهل خطيب بنتي")
A("أهلين، عنا منسف بالطلب المسبق، الراس بـ١٢ دينار، وبدنا عربون ٥٠ دينار")
A("لينا حداد، أم زيد يعني", ("name", "لينا حداد"), ("name", "أم زيد"),
  ctx="على اسم مين الحجز؟")
A("تمام يا أم زيد، وشو رقم تلفونك؟", ("name", "أم زيد"))
A(ph_ar3, ("phone", ph_ar3), ctx="تمام يا أم زيد، وشو رقم تلفونك؟")
A("وإذا تأجلت العزومة بترجعولي العربون؟")
A(f"اه، هاد الآيبان تبعي {grp(ib_ar1)}، بنك عربي", ("iban", grp(ib_ar1)),
  ctx="أكيد، بنحوّله عحسابك إذا لغيتي قبل ٤٨ ساعة، أعطيني الآيبان")
A("الحجز الساعة ٢ الظهر، يوم الجمعة ١٨ تشرين الأول، عشرين شخص، منسف ومقبلات وكنافة نابلسية")

# --- engagement party catering (Beirut, Lebanese)
ib_ar2 = iban("LB", "099900000001001901229114")
A("ألو، مرحبا، عم اتصل بخصوص الكاترينغ لخطوبة أختي، السبت ٢٦ الشهر")
A("أهلا وسهلا، معك رامي من مطبخ الأرزة، مع مين عم احكي؟", ("name", "رامي"))
A("معك جورج خوري", ("name", "جورج خوري"), ctx="مع مين عم احكي؟")
A("أهلين جورج، الطلبية ١٥٠ شخص، مازة باردة وسخنة ومشاوي، ٣٥ دولار عالراس", ("name", "جورج"))
A("بدنا نشيل الحلو لأنو خالتي عم تعمله، فبدي ترجعولي فرق العربون، يعني ٦٠٠ دولار")
A(f"حوّلولي عالحساب، الآيبان {grp(ib_ar2)}", ("iban", grp(ib_ar2)))
A("وابعتلي الفاتورة على george.khoury88@hotmail.com",
  ("email", "george.khoury88@hotmail.com"))
A("وإذا في شي، تلفوني 03 218 774", ("phone", "03 218 774"))


# --- supermarket online order, missing items (Casablanca, Darija)
c_ar2 = card("453977021846331")
A("ألو، سلام عليكم، عيطت حيت الكوموند ديالي ما وصلاتش كاملة")
A("سميتي فاطمة الزهراء بناني", ("name", "فاطمة الزهراء بناني"),
  ctx="وعليكم السلام، مرحبا بيك ف أسواق البركة، شنو سميتك عافاك؟")
A("ما جاونيش جوج كيلو ديال الطماطم، والزيت ديال لوسيور خمسة ليترو، والكاشير ديال كوتوبيا")
A("النمرة ديالي 06 61 23 47 58، عيطو ليا قبل ما يجي الليفرور", ("phone", "06 61 23 47 58"))
A("العنوان هو زنقة ابن تومرت رقم 12، الطابق التالت، المعاريف، كازا",
  ("address", "زنقة ابن تومرت رقم 12، الطابق التالت، المعاريف، كازا"))
A("واخا، غادي نرجعو ليك 87 درهم و50 سنتيم، غادي توصلك ف 48 ساعة")
A(f"لا، راه خلصت بكارط أخرى، الرقم ديالها {grp(c_ar2)}", ("card", grp(c_ar2)))
A("الإيميل ديالي fz.bennani92 arobase gmail.com باش تصيفطو ليا لافاكتور",
  ("email", "fz.bennani92 arobase gmail.com"))

# --- supermarket loyalty programme (Dubai, MSA agent and Emirati caller)
em_ar1 = "نورة نقطة ام اربعة وعشرين آت ياهو دوت كوم"
ph_ar4 = to_ai("0507123485")
c_ar3 = card("522214803367592")
A("مرحباً بك في برنامج مكافآت أسواق النخبة، معك سلطان، كيف يمكنني مساعدتك؟", ("name", "سلطان"))
A("أبغى أسجل بطاقة الولاء اللي أخذتها من فرع مردف، معاك نورة المنصوري",
  ("name", "نورة المنصوري"))
A("٢٢/٧/١٩٩٤", ("date_of_birth", "٢٢/٧/١٩٩٤"),
  ctx="وما هو تاريخ ميلادك، لكي نرسل لك هدية عيد الميلاد؟")
A(f"الإيميل {em_ar1}", ("email", em_ar1))
A(f"رقم الموبايل {ph_ar4}", ("phone", ph_ar4))
A("ترسلون البطاقة على العنوان شقة ٥٠٤، برج الريم، جزيرة الريم، أبوظبي",
  ("address", "شقة ٥٠٤، برج الريم، جزيرة الريم، أبوظبي"))
A("رصيدك الآن ٣٢٠٠ نقطة، أي ما يعادل ٣٢ درهماً، يمكنك استخدامها في أي عملية شراء فوق ١٠٠ درهم")
A(f"وأبي أربط البطاقة الائتمانية عشان النقاط الإضافية، الرقم {to_ai(c_ar3)}",
  ("card", to_ai(c_ar3)))
A("تم الربط، وستحصلين على ضعف النقاط على منتجات الألبان حتى ٣١ مارس")

# --- Eid sweets order and a refund (Kuwait, Gulf)
ph_ar5 = say("ar", "96638215", "dddd dddd", "، ")
ib_ar3 = iban("KW", "NBOK0000000000002019483751")
A("هلا، أبي أطلب معمول وغريبة حق العيد، خمس كيلو معمول تمر وكيلوين غريبة")
A("الكيلو بسبعة دنانير وخمسمية فلس، والتوصيل مجاني فوق ٢٠ دينار، ونوصل يوم الوقفة")
A("باسم دلال العنزي", ("name", "دلال العنزي"), ctx="على اسم منو الطلب؟")
A(f"رقمي {ph_ar5}", ("phone", ph_ar5))
A("بس الطلب اللي قبل، ترى الغريبة وصلت مكسرة كلها، أبيكم ترجعون فلوسها")
A(f"حولوها على حسابي في الوطني، الآيبان {ib_ar3}", ("iban", ib_ar3))
A("أبشري، بنحول ١٥ دينار خلال يومين عمل، ورقم البلاغ ٣٣٠٨٧")

# --- office lunch catering arrived late (Alexandria, Egyptian)
ib_ar4 = iban("EG", "0019000500000000263180002")
em_ar2 = "شريف نقطة منصور آت جي ميل دوت كوم"
A("ألو، أيوه، أنا شريف منصور من شركة البحر للشحن، كنا طالبين غدا لأربعين موظف يوم الاتنين",
  ("name", "شريف منصور"))
A("الأكل وصل متأخر ساعة ونص، والرز كان بارد، والسمك ناقص ١٢ وجبة")
A("عايزين نسترد تمن الاتناشر وجبة، الوجبة بـ٢٢٠ جنيه، يعني ٢٦٤٠ جنيه")
A(f"حولوا على الحساب ده، {grp(ib_ar4)}", ("iban", grp(ib_ar4)),
  ctx="تمام يا فندم، محتاجين رقم الآيبان عشان التحويل")
A(f"وابعتولي الإيصال على {em_ar2}", ("email", em_ar2))
A("ومن الأسبوع الجاي عايزين نغير الطلب الثابت لخمسين وجبة، الأحد والتلات، الساعة ١ ونص")


# --- courier sign-up for a delivery app (Riyadh, Sudanese caller)
iq_ar1 = saudi("213458760")
sp_iq_ar1 = say("ar", iq_ar1, "dddddddddd", style="coll")
A("السلام عليكم يا أخوي، أنا عثمان الطيب، داير أسجل كمندوب توصيل في التطبيق",
  ("name", "عثمان الطيب"))
A(f"{sp_iq_ar1}", ("id", sp_iq_ar1), ctx="حياك الله، رقم الإقامة لو سمحت؟")
A("واحد واحد ألف وتسعمية وتسعين، زي ما في الإقامة",
  ("date_of_birth", "واحد واحد ألف وتسعمية وتسعين"), ctx="وتاريخ الميلاد؟")
A("التسجيل ياخذ من ٣ إلى ٥ أيام عمل، ولازم رخصة سعودية سارية، والعمولة ١٢ ريال للطلب")
A("طيب والسيارة موديل ٢٠١٤ بتنفع ولا لازم ٢٠١٨ وفوق؟")

# --- keto meal-plan subscription (Jeddah, Hijazi)
c_ar4 = card("446404127785230")
sp_c_ar4 = (f"{to_ai(c_ar4[:4])} {to_ai(c_ar4[4:8])}، "
            f"{say('ar', c_ar4[8:], 'dddd dddd', '، ')}")
A("ألو، معاك هيفاء، أبغى أشترك في باقة الكيتو الشهرية، ستة وعشرين يوم، ثلاث وجبات",
  ("name", "هيفاء"))
A("الباقة بـ١٨٥٠ ريال، وفيه خصم ١٥٪ لو اشتركتي ثلاث شهور مع بعض")
A("١٤١٢/٣/١٥ بالهجري", ("date_of_birth", "١٤١٢/٣/١٥"),
  ctx="عشان أخصائية التغذية تحسب السعرات نحتاج تاريخ ميلادك")
A("طولي ١٦٤ ووزني ٧٨، وأبغى أنزل لـ٦٥ قبل رمضان")
A(f"البطاقة مدى، {sp_c_ar4}", ("card", sp_c_ar4))
A("التوصيل على جدة، حي الروضة، شارع صاري، عمارة ١٤، شقة ٣، وأبغاه قبل الساعة ٨ الصبح",
  ("address", "جدة، حي الروضة، شارع صاري، عمارة ١٤، شقة ٣"))
A("تمام، أول توصيلة يوم الأحد ٢ الشهر، والمندوب يوصل بين ٦ و٨ الصبح")

# --- online supermarket club discount (Nazareth, Arab citizen of Israel)
tz_ar1 = tz("31842605")
sp_tz_ar1 = say("ar", tz_ar1, "ddd ddd ddd", "، ", "coll")
ib_ar5 = iban("IL", "0126450000000381927")
A("مرحبا، بحكي بخصوص الطلبية من الموقع، أنا عضوة بالنادي وما نزلتلي الهنحاة")
A(sp_tz_ar1, ("id", sp_tz_ar1), ctx="ولا يهمك، شو رقم الهوية؟")
A("سماح أبو حسين", ("name", "سماح أبو حسين"), ctx="وعلى اسم مين الحساب؟")
A("تلفوني 052-4471938، بس اتصلوا بعد الأربعة", ("phone", "052-4471938"))
A("الطلبية كانت ب٦١٢ شيكل، والخصم على اللحمة والجبنة البيضا ما انحسب، يعني ٤٦ شيكل و٩٠")
A(f"الكريديت انسكر، رجعولي المصاري عالحساب، {ib_ar5}", ("iban", ib_ar5))
A("samah.ah@walla.co.il", ("email", "samah.ah@walla.co.il"),
  ctx="وين نبعتلك تأكيد الإرجاع؟")
A("٣ آذار ١٩٨٧", ("date_of_birth", "٣ آذار ١٩٨٧"),
  ctx="وكمان ناقصنا تاريخ الميلاد بالنادي عشان هدية عيد الميلاد")
A("التوصيل الجاي يوم الخميس بين ١٠ و١٢، والطلبية فيها ٢٤ غرض")

# --- restaurant complaint and refund (Doha, Qatari)
ib_ar6 = iban("QA", "QNBA000000000876543210987")
em_ar3 = "حمد دوت كيه آت أوتلوك دوت كوم"
A("مساء الخير، أمس طلبنا من فرعكم في اللؤلؤة مجبوس لحم ولقيمات، والمجبوس كان ني")
A("معك حمد الكواري", ("name", "حمد الكواري"), ctx="آسفين جداً على هالشي، مع منو أتشرف؟")
A("٥٥١٢٣٤٨٧", ("phone", "٥٥١٢٣٤٨٧"), ctx="ورقم الجوال اللي طلبت منه؟")
c_ar8 = card("37421650983371")
A(f"الطلب ٢٣٠ ريال قطري، دفعته بالأمريكان إكسبريس {c_ar8[:4]} {c_ar8[4:10]} {c_ar8[10:]}، "
  "وأبيها ترجع على حسابي مو كوبون", ("card", f"{c_ar8[:4]} {c_ar8[4:10]} {c_ar8[10:]}"))
A(f"الآيبان {grp(ib_ar6)}", ("iban", grp(ib_ar6)))
A(f"وابعثوا لي التأكيد على {em_ar3}", ("email", em_ar3))
A("رقم الشكوى ٧٧٠١٥، والتحويل ياخذ من ٥ إلى ٧ أيام عمل، وهذي وجبة أم علي مجانية على حسابنا")


# --- wedding feast catering (Riyadh, Najdi)
id_ar2 = saudi("109247385")
c_ar5 = card("418573906624117")
sp_c_ar5 = say("ar", c_ar5, "D D D D D D D D", "، ")
ib_ar7 = iban("SA", "45000000234509876123")
A("أبغى أحجز ذبايح وكبسة لزواج أخوي، ثلاثمية شخص، الخميس ٢٠ رجب")
A("الذبيحة النعيمي بـ١٦٥٠ ريال مع الرز والسلطات، والثلاثمية شخص يبي لهم ١٥ ذبيحة")
A(f"رقم هويتي {to_ai(id_ar2)}", ("id", to_ai(id_ar2)), ctx="نحتاج رقم الهوية عشان العقد")
A(f"العربون بالفيزا، {sp_c_ar5}", ("card", sp_c_ar5))
A("التوصيل على استراحة الورود، طريق الثمامة، شمال الرياض، البوابة الثانية",
  ("address", "استراحة الورود، طريق الثمامة، شمال الرياض، البوابة الثانية"))
A(f"ولو تأجل الزواج، رجعوا العربون على الآيبان {ib_ar7}", ("iban", ib_ar7))

# --- grocery app account (Jeddah, Yemeni caller)
iq_ar2 = saudi("237016482")
A(f"رقم الإقامة {to_ai(grp(iq_ar2, 5))}", ("id", to_ai(grp(iq_ar2, 5))),
  ctx="عشان نفعّل الدفع عند الاستلام نحتاج رقم الإقامة")
A("مواليد عشرين تسعة ألف وتسعمية وخمسة وثمانين",
  ("date_of_birth", "عشرين تسعة ألف وتسعمية وخمسة وثمانين"), ctx="وتاريخ الميلاد؟")
A("العنوان حي الصفا، شارع الأربعين، عمارة أبو ياسر، الدور الثاني",
  ("address", "حي الصفا، شارع الأربعين، عمارة أبو ياسر، الدور الثاني"))
A("الإيميل ياسر ثلاثة سبعة آت جي ميل دوت كوم", ("email", "ياسر ثلاثة سبعة آت جي ميل دوت كوم"))
A("الطلب الأول فيه خصم ٣٠٪ لحد ٥٠ ريال، والحد الأدنى للدفع عند الاستلام ٧٥ ريال")

# --- supermarket family card (Giza, Egyptian)
c_ar6 = card("512345098761234")
sp_dob_ar1 = "تلاتة وعشرين عشرة تسعة وتمانين"
A("عايزة أطلع كارت العيلة بتاع السوبر ماركت عشان الخصم على الزيت والسكر")
A(f"{sp_dob_ar1}، يعني ٢٣/١٠/١٩٨٩", ("date_of_birth", sp_dob_ar1),
  ("date_of_birth", "٢٣/١٠/١٩٨٩"), ctx="تمام يا فندم، تاريخ ميلاد حضرتك؟")
A("الإيميل mona.elsayed89@yahoo.com", ("email", "mona.elsayed89@yahoo.com"))
A("ابعتوا الكارت على ١٢ شارع السودان، عمارة ٤، شقة ١٥، المهندسين",
  ("address", "١٢ شارع السودان، عمارة ٤، شقة ١٥، المهندسين"))
A(f"والكريديت اللي هربطه بيه {c_ar6}", ("card", c_ar6))
A("الكارت بيوصل في ٧ أيام، وكل ١٠٠ جنيه بـ١٠ نقط، و٥٠٠ نقطة بـ٢٥ جنيه")

# --- grocery app account check (Dammam, Gulf)
id_ar3 = saudi("117375928")
assert id_ar3[4] == "7"  # the caller first says one, then corrects it to seven
sp_id_ar3 = (f"{say('ar', id_ar3[:4], 'dddd')}، واحد، لا لا سبعة مو واحد، "
             f"{say('ar', id_ar3[5:], 'ddddd')}")
A(sp_id_ar3, ("id", sp_id_ar3), ctx="ممكن رقم الهوية للتحقق؟")
A("خمسة وعشرين ديسمبر ثمانية وتسعين", ("date_of_birth", "خمسة وعشرين ديسمبر ثمانية وتسعين"),
  ctx="وتاريخ الميلاد ميلادي؟")

# --- supermarket club registration (Haifa, Arab citizen of Israel)
tz_ar2 = tz("20574139")
c_ar7 = card("458003712294086")
A(f"رقم الهوية {tz_ar2}", ("id", tz_ar2), ctx="للتسجيل بالنادي بدنا رقم الهوية")
A("١٧/٥/١٩٧٩", ("date_of_birth", "١٧/٥/١٩٧٩"), ctx="وتاريخ الميلاد؟")
A(f"وبدي أدفع الاشتراك السنوي بالفيزا، {grp(c_ar7)}", ("card", grp(c_ar7)))
A("الاشتراك ٤٩ شيكل بالسنة، ومعه ٥٪ خصم على كل الطلبيات فوق ٣٠٠ شيكل")

# --- rider registration, broken Arabic (Riyadh, Pakistani caller)
iq_ar3 = saudi("240981376")
sp_iq_ar3 = say("ar", iq_ar3, "dd dd dd dd dd", "، ")
A(f"رقم إقامة حقي {sp_iq_ar3}", ("id", sp_iq_ar3))

# --- party catering cancelled (Sharjah)
ib_ar8 = iban("AE", "0350000012345670981")
A(f"الحفلة انلغت، رجعوا الدفعة على الآيبان {grp(ib_ar8)}", ("iban", grp(ib_ar8)))


# ================================================================ Hebrew (he)


def H(text, *spans, ctx=None):
    item("he", text, *spans, ctx=ctx)


# --- online supermarket, missing items (Rishon LeZion, native speakers)
tz_he1 = tz("30418527")
sp_tz_he1 = say("he", tz_he1, "ddd ddd ddd", ", ")
H("סופר השכונה אונליין, מדברת שירן, איך אפשר לעזור?", ("name", "שירן"))
H("היי, מדבר יוסי אברהמי, קיבלתי את ההזמנה הבוקר וחסרים לי דברים", ("name", "יוסי אברהמי"))
H("אוקיי יוסי, מה מספר ההזמנה?", ("name", "יוסי"))
H("שבע שבע שלוש, אפס אחת ארבע חמש")
H("חסרים שני קרטונים של חלב תנובה שלושה אחוז, הלחם האחיד וחבילה של במבה, ובמקום עגבניות שרי "
  "שלחו לי עגבניות רגילות")
H("אני רואה, זה יוצא 41 שקל ו-60 אגורות, אני מחזירה לך לכרטיס שאיתו שילמת")
H(sp_tz_he1, ("id", sp_tz_he1), ctx="בשביל האימות, אפשר תעודת זהות?")
H("הכתובת זה הרצל 45 דירה 12 ראשון לציון, אפשר לשלוח את מה שחסר עוד היום?",
  ("address", "הרצל 45 דירה 12 ראשון לציון"))
H("המשלוח הבא לאזור שלך זה מחר בין 10 ל-12, בלי דמי משלוח")

# --- delivery app, wrong order (Haifa, Russian-speaking caller)
ph_he1 = say("he", "0537428190", "ddd ddd dddd", ", ")
H("שלום, אני מזמינה אוכל באפליקציה אתמול, והביאו לי לא שלי")
H("קוראים לי סבטלנה קוגן, אפשר סווטה", ("name", "סבטלנה קוגן"), ("name", "סווטה"))
H("בסדר סווטה, מה מספר הטלפון בחשבון?", ("name", "סווטה"))
H(f"{ph_he1}", ("phone", ph_he1), ctx="בסדר סווטה, מה מספר הטלפון בחשבון?")
H("הזמנתי פלמני ובורשט ממסעדה בבושקה, ובא פיצה עם אננס, אני לא אוכלת את זה")
H("אני מחזיר לך 96 שקל לכרטיס ונותן קופון של 20 שקל להזמנה הבאה")
H("ואת הקבלה תשלחו ל-sveta.kogan@mail.ru", ("email", "sveta.kogan@mail.ru"))
H("הכתובת שלי שדרות הנשיא 112, קומה רביעית, דירה 15, חיפה",
  ("address", "שדרות הנשיא 112, קומה רביעית, דירה 15, חיפה"))

# --- wedding catering postponed, deposit refund (Kiryat Gat, Ethiopian-Israeli caller)
ib_he1 = iban("IL", "0126640000000527318")
em_he1 = "אברהם טי שטרודל ג'ימייל נקודה קום"
H("שלום, מדבר אברהם טספאיה, הזמנו אצלכם קייטרינג לחתונה של הבת שלי באולם בקריית גת",
  ("name", "אברהם טספאיה"))
H("כן, אני רואה, 350 מנות, 14 ביוני, מקדמה של 8,000 שקל")
H("החתונה נדחתה לספטמבר ואנחנו רוצים את המקדמה בחזרה, כי באולם החדש יש קייטרינג משלו")
H(f"זה החשבון בבנק הפועלים, איבן {grp(ib_he1)}", ("iban", grp(ib_he1)))
H(f"ותשלחו את האישור למייל, {em_he1}", ("email", em_he1))
H("תודה אברהם, ההחזר יהיה תוך 14 ימי עסקים, פחות דמי ביטול של 10 אחוז", ("name", "אברהם"))
H("אם אני לא עונה תתקשרו לבן שלי, 054-6612093, הוא מדבר יותר טוב עברית",
  ("phone", "054-6612093"))

# --- Friday lunch booking (Netanya, French-speaking caller)
c_he1 = card("497010473658219")
H("בונז'ור, אה סליחה, שלום, אני רוצה להזמין שולחן לשישי בצהריים, לשמונה אנשים")
H("אטיאס. יוהן אטיאס, Y O H A N", ("name", "אטיאס"), ("name", "יוהן אטיאס"),
  ("name", "Y O H A N"), ctx="על איזה שם?")
H("יש לי מספר צרפתי, +33 6 47 82 19 53", ("phone", "+33 6 47 82 19 53"))
H("יש מינימום של 150 שקל לסועד בשישי, ואנחנו לוקחים פיקדון עם כרטיס אשראי")
H(f"ויזה, {grp(c_he1)}", ("card", grp(c_he1)))
H("יופי יוהן, רשמתי שמונה אנשים ביום שישי ה-12 בשעה 13:00, ליד החלון", ("name", "יוהן"))
H("ואפשר עוגת יום הולדת? אנחנו מביאים מבחוץ, זה 15 שקל לאדם דמי חיתוך")


# --- kiddush order from a bakery (Jerusalem, English-speaking caller)
ph_he2 = say("he", "026514320", "dd ddd DD", ", ")
c_he2 = card("37914208651737")
sp_c_he2 = say("he", c_he2, "dddd dddddd ddddd", ", ")
H("היי, זה שמוליק גולדברג מדבר, אני רוצה לעשות אורדר לקידוש בשבת", ("name", "שמוליק גולדברג"))
H("שלושה מגשי רוגלך, שתי חלות מתוקות גדולות ועוגת גבינה, לאיסוף ביום שישי עד 12")
H(f"הטלפון בבית זה {ph_he2}", ("phone", ph_he2))
H("זה יוצא 264 שקל, ומשלוח לקטמון עוד 35")
H("אז תשלחו, לפלמ״ח 27 דירה 4, ירושלים, יש אינטרקום", ("address", "פלמ״ח 27 דירה 4, ירושלים"),
  ctx="לאן המשלוח?")
H(f"זה אמריקן אקספרס, {sp_c_he2}", ("card", sp_c_he2))

# --- courier sign-up for a delivery app (Arab citizen speaking Hebrew)
tz_he2 = tz("20936514")
ib_he2 = iban("IL", "0108000000039417062")
H("שלום, אני רוצה להירשם שליח באפליקציה, קוראים לי ראמי ח'ורי, מנצרת", ("name", "ראמי ח'ורי"))
H(f"תעודת זהות {tz_he2}", ("id", tz_he2))
H("נולדתי ב-4.11.1999", ("date_of_birth", "4.11.1999"), ctx="ותאריך לידה?")
H("משלמים 18 שקל למשלוח, ובסופ״ש 22, והתשלום נכנס כל יום חמישי")
H(f"החשבון שלי בלאומי, {ib_he2}", ("iban", ib_he2), ctx="לאיזה חשבון להעביר את התשלומים?")
H("יש לי קטנוע 125 סמ״ק, זה מספיק או צריך רכב?")

# --- supermarket club registration (Petah Tikva, native)
tz_he3 = tz("06271938")
sp_tz_he3 = say("he", tz_he3, "ddd ddd ddd", " ", "m")
em_he2 = "מיכל קו תחתון לוי שטרודל וואלה נקודה קו נקודה איל"
H("מועדון הלקוחות של שוק העיר, שלום")
H("אני רוצה להצטרף למועדון, מה צריך בשביל זה?")
H("שמי מיכל לוי", ("name", "מיכל לוי"), ctx="בשמחה. שם מלא?")
H(sp_tz_he3, ("id", sp_tz_he3), ctx="תעודת זהות?")
H("עשרים ושלוש באוקטובר, תשעים ואחת", ("date_of_birth", "עשרים ושלוש באוקטובר, תשעים ואחת"),
  ctx="ותאריך לידה, בשביל המתנה ביום ההולדת")
H(f"המייל זה {em_he2}", ("email", em_he2))
H("הכתובת למשלוח הכרטיס: ז'בוטינסקי 112, קומה 3, דירה 9, פתח תקווה",
  ("address", "ז'בוטינסקי 112, קומה 3, דירה 9, פתח תקווה"))
H("ההצטרפות עולה 30 שקל לשנה, ומקבלים 5 אחוז הנחה על פירות וירקות ו-100 נקודות מתנה")
H("ויש עכשיו מבצע על מיכל מים של 18 ליטר ב-19.90 עם מתקן")

# --- meal-kit subscription, card declined (Tel Aviv)
c_he3 = card("532610284471936")
sp_c_he3 = (f"{grp(c_he3[:8])}, {say('he', c_he3[8:12], 'D D')}, "
            f"{say('he', c_he3[12:], 'D D')}")
H("היי, זה ליאור מארוחה בקופסה, אני מדבר עם דנה?", ("name", "ליאור"), ("name", "דנה"))
H("כן, דנה כהן, מה קרה?", ("name", "דנה כהן"))
H("הכרטיס שלך נדחה בחיוב של ה-1 לחודש, 389 שקל, אז הארגז של השבוע מחכה")
H(f"אה, החלפתי כרטיס, תרשום: {sp_c_he3}", ("card", sp_c_he3))
H("ומהשבוע הבא אני עוברת דירה, תשלחו ללבונטין 14, דירה 6, תל אביב",
  ("address", "לבונטין 14, דירה 6, תל אביב"))
H("הארגז הבא יוצא ביום רביעי, שלוש ארוחות לשני אנשים, 12 מנות בסך הכל")


# --- holiday order from a kosher butcher (Bnei Brak, Haredi caller)
ph_he3 = say("he", "0527163094", "ddd ddd dddd", ", ")
c_he4 = card("458877120394620")
H("שלום וברכה, מדבר מוישי פרידמן, רציתי להזמין לראש השנה", ("name", "מוישי פרידמן"))
H("שלושה קילו אסאדו, שני ראשי כבש, חמישה עופות שלמים, ושני קילו כבד עוף, הכל בהכשר בד״ץ")
H(f"הטלפון {ph_he3}, זה של האישה, היא תהיה בבית", ("phone", ph_he3))
H("תביאו לרבי עקיבא 88, קומה שנייה, בני ברק, יש מדרגות",
  ("address", "רבי עקיבא 88, קומה שנייה, בני ברק"))
H("זה יוצא 1,240 שקל, משלוח ביום ראשון בין 8 ל-11 בבוקר, ערב החג")
H(f"בכרטיס, {c_he4[:4]} {c_he4[4:8]} {c_he4[8:12]} {c_he4[12:]}, בשלושה תשלומים",
  ("card", f"{c_he4[:4]} {c_he4[4:8]} {c_he4[8:12]} {c_he4[12:]}"))

# --- sushi delivery complaint and alcohol age check (Ramat Gan)
ph_he4 = "אפס חמישים, שלוש שלוש ארבע, אה לא, שלוש שלוש שבע, עשרים ואחת, חמישים ושתיים"
c_he5 = card("552144091837562")
H("הזמנתי לפני שעתיים ורבע, סושי ובירות, ועד עכשיו לא הגיע כלום, ההזמנה 558 שקל")
H(f"{ph_he4}", ("phone", ph_he4), ctx="מה מספר הטלפון שממנו הזמנת?")
H("שלושה בפברואר אלפיים ושתיים", ("date_of_birth", "שלושה בפברואר אלפיים ושתיים"),
  ctx="כי יש אלכוהול בהזמנה, השליח יבקש תעודה, תאריך הלידה שלך?")
H(f"אני רוצה זיכוי מלא לכרטיס, {c_he5}, לא נקודות", ("card", c_he5))
H("תשלחו את האישור ל-noa.ben.david02@gmail.com", ("email", "noa.ben.david02@gmail.com"))
H("השליח יצא לפני עשר דקות, הוא בדרך מהבורסה, זה עוד 15 עד 20 דקות, ואני מוריד 30 אחוז")
H("ביקשתי גם את הרול של השף בלי שומשום כי הבן שלי אלרגי, תוודאו")

# --- company event catering, partial refund (Herzliya)
ib_he3 = iban("IL", "0207450000000861244")
rb_he3 = (f"איי אל {say('he', ib_he3[2:4], 'D')}, "
          f"{say('he', ib_he3[4:], 'ddd ddd dddd ddd dddddd', ', ')}")
em_he3 = "גיל נקודה רוזן שטרודל הייטק סולושנס נקודה קו נקודה איל"
H("קייטרינג הגליל, מדברת אורטל, שלום", ("name", "אורטל"))
H("היי, היה לנו אירוע חברה ביום חמישי, 120 איש, והגיעו רק 90 מנות עיקריות")
H("המנה העיקרית 84 שקל, אז על 30 מנות זה 2,520 שקל, ואנחנו מוסיפים 10 אחוז פיצוי")
H(f"הכסף יחזור לחשבון של החברה, {grp(ib_he3)}", ("iban", grp(ib_he3)))
H(f"רגע, אני מקריאה: {rb_he3}", ("iban", rb_he3))
H(f"נכון. והחשבונית למייל שלי, {em_he3}", ("email", em_he3))
H("ובאירוע הבא ב-3 באפריל תעשו 130 מנות, שלושים מהן טבעוניות")

# --- phone order for an older customer (Bat Yam)
tz_he4 = tz("00832691")
sp_tz_he4 = say("he", tz_he4, "ddd ddd ddd", " ", "m")
ph_he5 = say("he", "035071284", "dd ddd D D", ", ", "m")
c_he6 = card("401238854901327")
sp_c_he6 = say("he", c_he6, "dddd dddd dddd dddd", ", ", "m")
H("שלום מותק, אני רוצה להזמין בטלפון, אני לא מסתדרת עם האינטרנט")
H("אין בעיה, שולה, אני רושמת, מה את צריכה?", ("name", "שולה"))
H(sp_tz_he4, ("id", sp_tz_he4), ctx="ותעודת זהות של בעלת החשבון?")
H("חמישה במאי אלף תשע מאות ארבעים ושמונה, יום שהמדינה קמה",
  ("date_of_birth", "חמישה במאי אלף תשע מאות ארבעים ושמונה"),
  ctx="ותאריך לידה, בשביל הנחת גיל הזהב?")
H("שני ליטר חלב, גבינה לבנה חמש אחוז, עשר ביצים, חצי קילו קפה טורקי ושני בקבוקי מיץ ענבים")
H(f"הטלפון בבית {ph_he5}", ("phone", ph_he5))
H("הכתובת זה רחוב בלפור 30, קומה ראשונה, דירה 2, בת ים, ליד הדואר",
  ("address", "רחוב בלפור 30, קומה ראשונה, דירה 2, בת ים"))
H(f"הכרטיס, תרשמי, {sp_c_he6}", ("card", sp_c_he6))
H("זה 212 שקל ו-40 אגורות, עם הנחת גיל הזהב 10 אחוז, המשלוח מחר בבוקר")


# --- delivery app account used by someone else (Kiryat Malakhi, young Ethiopian-Israeli caller)
tz_he5 = tz("31842760")
em_he4 = "אסתי וורקו אלפיים שטרודל ג'ימייל נקודה קום"
c_he7 = card("432019857746210")
H("היי, מדברת אסתר וורקו, מישהו הזמין מהחשבון שלי שלוש הזמנות אתמול בלילה",
  ("name", "אסתר וורקו"))
H("412 שקל ביחד, משווארמה ופיצה, ואני בכלל הייתי במשמרת עד אחת בלילה")
H(f"{grp(tz_he5, 3)}", ("id", grp(tz_he5, 3)), ctx="אני מצטער לשמוע, בשביל לאמת, תעודת זהות?")
H("12.8.2000", ("date_of_birth", "12.8.2000"), ctx="ותאריך לידה?")
H(f"{em_he4}, זה המייל, אבל אני לא קיבלתי שום הודעה", ("email", em_he4))
H("הטלפון שלי 052 884 1903, והכתובת שמופיעה אצלכם לא שלי בכלל",
  ("phone", "052 884 1903"))
H("אני גרה ברחוב הגפן 7 קריית מלאכי, לא בבאר שבע",
  ("address", "רחוב הגפן 7 קריית מלאכי"))
H("חסמתי את החשבון, הזיכוי של 412 שקל יחזור תוך 7 ימי עסקים, תחליפי סיסמה")
H(f"והכרטיס החדש שאני רוצה לשמור בחשבון זה {grp(c_he7)}", ("card", grp(c_he7)))

# --- grocery app refund to a bank account (Umm al-Fahm, Arab citizen speaking Hebrew)
tz_he6 = tz("20381746")
sp_tz_he6 = say("he", tz_he6, "dd dd dd ddd", ", ")
ib_he4 = iban("IL", "0311950000000244718")
H(f"תעודת זהות שלי {sp_tz_he6}", ("id", sp_tz_he6))
H("נולדתי ב-19 ביולי 1984", ("date_of_birth", "19 ביולי 1984"))
H("ההזמנה הגיעה עם שקית של קמח שקרועה וכל הארגז היה מלא קמח, שש ביצים שבורות")
H(f"אני לא רוצה קרדיט באפליקציה, תחזירו לבנק, {ib_he4}", ("iban", ib_he4))
H("ותשלחו לי אישור ל-samah.jabarin84@gmail.com", ("email", "samah.jabarin84@gmail.com"))
H("אין בעיה, זה 73 שקל ו-20 אגורות, זה ייכנס תוך 5 עד 10 ימי עסקים")

# --- pensioner joining a supermarket club (Ashdod, Russian-speaking caller)
tz_he7 = tz("31596408")
sp_tz_he7 = f"{tz_he7[:3]}, {say('he', tz_he7[3:6], 'ddd')}, {say('he', tz_he7[6:], 'ddd')}"
ib_he5 = iban("IL", "0108130000004519206")
H("שלום, אני לודמילה, אפשר לוסיה, אני רוצה מועדון, הבת אמרה יש הנחה לפנסיונרים",
  ("name", "לודמילה"), ("name", "לוסיה"))
H(f"אני אומרת לאט: {sp_tz_he7}", ("id", sp_tz_he7), ctx="תעודת זהות בבקשה")
H("שבע עשרה לינואר, אלף תשע מאות חמישים ושתיים",
  ("date_of_birth", "שבע עשרה לינואר, אלף תשע מאות חמישים ושתיים"), ctx="תאריך לידה?")
H("טלפון בבית 08-8561274, נייד אין לי", ("phone", "08-8561274"))
H("ופעם שעברה גבינה צהובה עמק הייתה 44.90 לקילו ובקופה חייבו 59.90, מגיע לי כסף")
H(f"את ההפרש תחזירו לחשבון בנק, {ib_he5}", ("iban", ib_he5))

# --- catering refund to a French account (Ashkelon, French-speaking caller)
ib_he6 = iban("FR", "30004028370001047319246")
H("הזמנתי מגשי אירוח לברית של הנכד ביום ראשון, ושני מגשים הגיעו מקולקלים, הסלמון היה חם")
H(f"החשבון שלי בצרפת, {grp(ib_he6)}", ("iban", grp(ib_he6)))
H("והמייל, yohanna.benhamou@orange.fr", ("email", "yohanna.benhamou@orange.fr"))
H("המגש 320 שקל, אז שני מגשים זה 640 שקל, ההעברה לחו״ל לוקחת עד 14 יום")

# --- restaurant gift card refund (Ra'anana, English-speaking caller from the UK)
tz_he8 = tz("34172059")
ib_he7 = iban("GB", "HBUK40127641558209")
c_he8 = card("491761523408837")
H("קניתי גיפט קארד למסעדה לפני חצי שנה, ב-500 שקל, והמסעדה נסגרה")
H(f"ה-ID שלי, תעודת זהות, {tz_he8}", ("id", tz_he8))
H("First of March, eighty-six, אחד במרץ שמונים ושש",
  ("date_of_birth", "First of March, eighty-six"),
  ("date_of_birth", "אחד במרץ שמונים ושש"), ctx="ותאריך לידה?")
H(f"הכרטיס ששילמתי איתו כבר לא פעיל, זה היה {c_he8}", ("card", c_he8))
H(f"אז תעבירו לחשבון באנגליה, {grp(ib_he7)}", ("iban", grp(ib_he7)))
H("הגיפט קארד מספר 6620-4471, תוקף עד דצמבר, ונשארו עליו 380 שקל")


# ================================================================ Greek (el)


def G(text, *spans, ctx=None):
    item("el", text, *spans, ctx=ctx)


# --- online supermarket, missing items (Athens)
ord_el1 = bad("582190734")
c_el1 = card("516832004719285")
ph_el1 = say("el", "6947128305", "D D D D D", ", ")
G("Καλάθι Online, καλημέρα σας, είμαι η Δέσποινα, πώς μπορώ να σας βοηθήσω;",
  ("name", "Δέσποινα"))
G("Καλημέρα, εεε, λέγομαι Γιώργος Αντωνίου, μου ήρθε η παραγγελία σήμερα το πρωί και λείπουν "
  "πράγματα", ("name", "Γιώργος Αντωνίου"))
G("Λυπάμαι πολύ κύριε Αντωνίου, μου λέτε τον αριθμό παραγγελίας;", ("name", "Αντωνίου"))
G(f"Ναι, ΚΟ {grp(ord_el1, 3)}")
G("Λείπουν δύο φέτα Δωδώνη, το γιαούρτι Φάγε το δυάρι και ένα πακέτο πτι-μπερ Παπαδοπούλου, και "
  "αντί για ντοματίνια μου φέρατε αγγουράκια")
G("Εντάξει, είναι σύνολο 14 ευρώ και 37 λεπτά, θα επιστραφούν στην κάρτα σε 3 με 5 εργάσιμες")
G(f"Όχι, αυτή η κάρτα έληξε, βάλτε τα σε αυτή, {grp(c_el1)}", ("card", grp(c_el1)))
G("Κηφισίας 212, τρίτος όροφος, Χαλάνδρι, 152 31",
  ("address", "Κηφισίας 212, τρίτος όροφος, Χαλάνδρι, 152 31"),
  ctx="Θέλετε να σας στείλουμε αυτά που λείπουν; Ποια είναι η διεύθυνση;")
G(f"Και το κινητό μου, αν χρειαστεί ο οδηγός, {ph_el1}", ("phone", ph_el1))
G("Τα στέλνουμε αύριο μεταξύ 10 και 12 χωρίς μεταφορικά, και σας βάζω κι ένα κουπόνι 5 ευρώ")

# --- delivery app, wrong order (Thessaloniki, young caller)
em_el1 = "ντίνα κάτω παύλα io99 παπάκι gmail τελεία com"
G("γεια σας λοιπόν παρήγγειλα από το app πριν μια ώρα σουβλάκια και μου ήρθαν κρέπες")
G("Με λένε Κωνσταντίνα Ιωαννίδου, Ντίνα", ("name", "Κωνσταντίνα Ιωαννίδου"),
  ("name", "Ντίνα"), ctx="Το ονοματεπώνυμό σας;")
G("Εντάξει Ντίνα, ποιο είναι το email του λογαριασμού;", ("name", "Ντίνα"))
G(em_el1, ("email", em_el1), ctx="Εντάξει Ντίνα, ποιο είναι το email του λογαριασμού;")
G("Η παραγγελία ήταν 4 καλαμάκια χοιρινά, 2 πίτες γύρο και μια χωριάτικη, 23,80 μαζί με το "
  "φιλοδώρημα")
G("Σας επιστρέφω όλο το ποσό στο πορτοφόλι της εφαρμογής και 5 ευρώ έκπτωση για την επόμενη")
G("θέλω τα λεφτά στην κάρτα όχι στο πορτοφόλι")
G("Εγνατία 45, πέμπτος όροφος, Θεσσαλονίκη, 546 30",
  ("address", "Εγνατία 45, πέμπτος όροφος, Θεσσαλονίκη, 546 30"),
  ctx="Και σε ποια διεύθυνση ήρθε η λάθος παραγγελία;")
G("Το κινητό στο app είναι +30 697 215 4408", ("phone", "+30 697 215 4408"))

# --- christening catering, smaller party (Limassol, Cypriot)
ib_el1 = iban("CY", "005002170000001072584936")
ph_el2 = say("el", "99341876", "D D D D", ", ")
em_el2 = "babis τελεία georgiou παπάκι cytanet τελεία com τελεία cy"
G("Καλημέρα, εν ο Χαράλαμπος Γεωργίου, ο Μπάμπης, που εκλείσαμε το catering για τη βάφτιση",
  ("name", "Χαράλαμπος Γεωργίου"), ("name", "Μπάμπης"))
G("Α ναι κύριε Μπάμπη, η βάφτιση εν στις 15 του Ιούνη, 120 άτομα, στο κτήμα στην Πάχνα",
  ("name", "Μπάμπη"))
G("Ε λοιπόν εκόψαμε λίγο, εν να είμαστε 90, τζαι θέλω πίσω τη διαφορά που την προκαταβολή")
G("Εν 30 άτομα επί 38 ευρώ, 1.140 ευρώ, να σας τα επιστρέψουμε με έμβασμα")
G(f"Το IBAN μου εν {grp(ib_el1)}, στην Τράπεζα Κύπρου", ("iban", grp(ib_el1)))
G(f"Το κινητό μου, {ph_el2}", ("phone", ph_el2))
G(f"Τζαι στείλτε μου την απόδειξη στο {em_el2}", ("email", em_el2))
G("Τζαι το μενού μένει ίδιο, σουβλάκια, χαλλούμι, κούπες, κολοκάσι τζαι γλυκά, εν έτσι;")


# --- taverna booking for a name day (Athens)
ph_el3 = say("el", "2109327415", "T T D D", ", ")
c_el2 = card("455673019928143")
sp_c_el2 = say("el", c_el2, "dddd dddd dddd dddd", ", ")
G("Καλησπέρα, θέλω να κλείσω τραπέζι για το Σάββατο 22 Απριλίου, για δώδεκα άτομα, γιορτάζουμε "
  "του Αγίου Γεωργίου")
G("Στις εννιά το βράδυ έχουμε την πάνω σάλα, ελάχιστη κατανάλωση 25 ευρώ το άτομο")
G("Στο όνομα Σταυρούλα Μαυρίδη, αλλά Βούλα με λένε όλοι", ("name", "Σταυρούλα Μαυρίδη"),
  ("name", "Βούλα"), ctx="Σε ποιο όνομα να το κλείσω;")
G("Ένα τηλέφωνο επικοινωνίας, κυρία Μαυρίδη;", ("name", "Μαυρίδη"))
G(f"Το σταθερό, {ph_el3}", ("phone", ph_el3))
G(f"Για την προκαταβολή, {sp_c_el2}", ("card", sp_c_el2))
G("Και θα φέρουμε δική μας τούρτα, γίνεται; Και θέλουμε αρνί στη σούβλα και κοκορέτσι για 12")

# --- office buffet, invoice and overpayment (Patras)
afm_el1 = afm("80231475")
sp_afm_el1 = say("el", afm_el1, "T T T", ", ")
afm_el2 = afm("12604978")
ib_el2 = iban("GR", "01712360000620311948572")
G("Γεια σας, είμαι η Ελένη Νικολάου από το λογιστήριο, για το μπουφέ της Πέμπτης",
  ("name", "Ελένη Νικολάου"))
G("Χρειάζομαι τιμολόγιο, 60 άτομα επί 18 ευρώ, σύνολο 1.080 συν ΦΠΑ")
G(f"{sp_afm_el1}, ΔΟΥ Πατρών", ("id", sp_afm_el1), ctx="Ποιο είναι το ΑΦΜ της εταιρείας;")
G(f"Άρα {grp(afm_el1, 3)}, σωστά;", ("id", grp(afm_el1, 3)))
G(f"Α όχι, συγγνώμη, για τα καφεδάκια της Δευτέρας θέλω απόδειξη στο δικό μου ΑΦΜ, "
  f"{afm_el2}", ("id", afm_el2))
G("στείλτε το στο eleni.nikolaou78@yahoo.gr", ("email", "eleni.nikolaou78@yahoo.gr"))
G(f"Και πληρώσαμε δύο φορές την προκαταβολή, 300 ευρώ, επιστρέψτε τα στο {grp(ib_el2)}",
  ("iban", grp(ib_el2)))
G("Η επιστροφή θα γίνει σε 2 με 3 εργάσιμες, και το τιμολόγιο με αριθμό 4471 θα σας έρθει "
  "αύριο")

# --- phone order from an older customer (Heraklion, Crete)
ph_el4 = say("el", "2810347219", "dddd D D D", ", ")
G("Καλημέρα παιδί μου, η κυρία Λίτσα είμαι, Ευαγγελία Μαρκάκη, πάντα από εσάς ψωνίζω",
  ("name", "Λίτσα"), ("name", "Ευαγγελία Μαρκάκη"))
G("Θέλω δυο κιλά πορτοκάλια, ένα λάδι πεντάλιτρο, ένα κιλό ζάχαρη και δυο γάλατα ΝΟΥΝΟΥ")
G("Οδός Έβανς 35, πρώτος όροφος, στο Ηράκλειο, δίπλα στο φαρμακείο",
  ("address", "Οδός Έβανς 35, πρώτος όροφος, στο Ηράκλειο"),
  ctx="Η διεύθυνση είναι η ίδια, κυρία Μαρκάκη;")
G(f"Και το τηλέφωνο {ph_el4}, κινητό δεν έχω", ("phone", ph_el4))
G("Στις είκοσι πέντε Αυγούστου του σαράντα εννιά",
  ("date_of_birth", "είκοσι πέντε Αυγούστου του σαράντα εννιά"),
  ctx="Για την έκπτωση των συνταξιούχων χρειάζομαι την ημερομηνία γέννησης")
G("Σύνολο 27,40, με την έκπτωση 10% πάει 24,66, και έρχεται ο οδηγός αύριο μετά τις 11")

# --- supermarket loyalty card (Larnaca, younger Cypriot caller)
G("Θέλω να περάσω την κάρτα μέλους στο app αλλά μου βγάζει λάθος")
G("Με λένε Άντρη Σάββα", ("name", "Άντρη Σάββα"), ctx="Το όνομά σας;")
G("12/03/1998", ("date_of_birth", "12/03/1998"), ctx="Ημερομηνία γέννησης;")
G("Το κινητό είναι 96 52 71 38", ("phone", "96 52 71 38"))
G("andri.savva@outlook.com", ("email", "andri.savva@outlook.com"),
  ctx="Και το email με το οποίο κάνατε εγγραφή;")
G("Έχετε 2.340 πόντους, δηλαδή 11,70 ευρώ, και ισχύουν μέχρι 31 Δεκεμβρίου")


# --- meal-prep subscription (Nicosia, Cypriot)
c_el3 = card("402360115588247")
sp_c_el3 = say("el", c_el3, "D D D D D D D D", ", ")
G("Γεια σας, είμαι ο Κυριάκος, ο Κίκης, θέλω να αλλάξω το πακέτο μου που τις 1.800 θερμίδες "
  "στις 2.200", ("name", "Κυριάκος"), ("name", "Κίκης"))
G("Το πακέτο των 2.200 εν 189 ευρώ τη βδομάδα, 5 μέρες, 3 γεύματα την ημέρα")
G("Γεννήθηκα στις 9 Νοεμβρίου 1990", ("date_of_birth", "9 Νοεμβρίου 1990"),
  ctx="Για να ξαναϋπολογίσει η διατροφολόγος, ημερομηνία γέννησης;")
G("Τζαι αλλάξαμε σπίτι, φέρνετε τα τώρα στη Λεωφόρο Αρχιεπισκόπου Μακαρίου Γ΄ 54, "
  "διαμέρισμα 302, 1065 Λευκωσία",
  ("address", "Λεωφόρο Αρχιεπισκόπου Μακαρίου Γ΄ 54, διαμέρισμα 302, 1065 Λευκωσία"))
G(f"Η κάρτα, {sp_c_el3}", ("card", sp_c_el3))
G("Τζαι μην μου βάλετε ξανά μανιτάρια, εν αλλεργικός, το έγραψα τζαι στο σχόλιο")

# --- courier sign-up for a delivery app (Athens, young caller)
afm_el3 = afm("15938206")
sp_afm_el3 = say("el", afm_el3, "ddddddddd")
ib_el3 = iban("GR", "01101040000010448219375")
em_el3 = "thodoris κάτω παύλα k παπάκι hotmail τελεία com"
G("Γεια, θέλω να γραφτώ διανομέας με μηχανάκι, είμαι ο Θοδωρής Κουτσούκος",
  ("name", "Θοδωρής Κουτσούκος"))
G(f"ΑΦΜ {sp_afm_el3}", ("id", sp_afm_el3))
G("Τρεις Ιουλίου του 2001", ("date_of_birth", "Τρεις Ιουλίου του 2001"),
  ctx="Και ημερομηνία γέννησης;")
G("Η αμοιβή είναι 2,80 το ντελίβερι συν 0,35 το χιλιόμετρο, και η πληρωμή κάθε 15 μέρες")
G(f"Ο λογαριασμός για την πληρωμή, {grp(ib_el3)}", ("iban", grp(ib_el3)))
G(f"email {em_el3}", ("email", em_el3))
G("Έχω δίπλωμα Α από το 2019 και μηχανάκι 125 κυβικά, κάνει;")

# --- order for elderly parents, paid from abroad (Germany, Greek caller)
ib_el4 = iban("DE", "700202700015823966")
c_el4 = card("535522107840391")
G("Καλησπέρα, είμαι η Ειρήνη Müller, το γένος Παπαδάκη, παραγγέλνω κάθε εβδομάδα για τους "
  "γονείς μου από τη Γερμανία", ("name", "Ειρήνη Müller"), ("name", "Παπαδάκη"))
G("Η διεύθυνση παράδοσης είναι Αγίου Δημητρίου 18, ισόγειο, Καλαμαριά",
  ("address", "Αγίου Δημητρίου 18, ισόγειο, Καλαμαριά"))
G("Την προηγούμενη Τρίτη δεν ήρθε τίποτα, και μου χρεώσατε 68,50 στις 14 του μήνα")
G(f"Επιστρέψτε τα στον γερμανικό λογαριασμό, {grp(ib_el4)}", ("iban", grp(ib_el4)))
G(f"Και από δω και πέρα χρεώστε αυτή την κάρτα, {grp(c_el4)}", ("card", grp(c_el4)))
G("Αν δεν απαντάει ο πατέρας μου, πάρτε με εμένα, +49 151 2874 3306",
  ("phone", "+49 151 2874 3306"))
G("Η παράδοση θα είναι κάθε Πέμπτη 9 με 11, και το ελάχιστο ποσό παραγγελίας είναι 30 ευρώ")


# --- christening cake ordered from the UK (Thessaloniki patisserie)
c_el5 = card("492182347761058")
sp_c_el5 = f"{c_el5[:4]} {c_el5[4:8]}, {say('el', c_el5[8:], 'D D D D')}"
G("Ζαχαροπλαστείο Η Ωραία Μακεδονία, σας εξυπηρετεί η Μαρία", ("name", "Μαρία"))
G("Θέλω μια τούρτα για βάφτιση, σοκολάτα φράουλα, για 40 άτομα, να την παραλάβουμε το Σάββατο "
  "στις 11")
G("Η τούρτα 40 ατόμων είναι 96 ευρώ, και με το ζαχαρόπαστο αρκουδάκι 15 ευρώ επιπλέον")
G("Είμαι στο Λονδίνο, πάρτε με στο +44 7911 462 803", ("phone", "+44 7911 462 803"))
G(f"Πληρώνω τώρα με κάρτα, {sp_c_el5}", ("card", sp_c_el5))
G("Να γράφει Καλώς ήρθες μικρέ μας πρίγκιπα, με γαλάζια γράμματα", ctx="Τι να γράφει πάνω;")

# --- coffee and paximadia after a memorial service (Larissa)
afm_el4 = afm("04418327")
ib_el5 = iban("GR", "01404250425002101234581")
G("Καλημέρα, είχαμε παραγγείλει για το μνημόσυνο την Κυριακή, καφέδες, κονιάκ και "
  "παξιμαδάκια για 80 άτομα")
G("Ήρθαν μόνο 50 άτομα, και δεν ανοίξαμε τα δύο κουτιά με τα κουλουράκια")
G(f"Το ΑΦΜ για την απόδειξη είναι {afm_el4}", ("id", afm_el4))
G("στείλτε την απόδειξη στο k.tsiouma@gmail.com", ("email", "k.tsiouma@gmail.com"))
G(f"Και τη διαφορά στο {grp(ib_el5)}, στην Alpha", ("iban", grp(ib_el5)))
G("Τα δύο κουτιά είναι 36 ευρώ, σύνολο επιστροφής 36 ευρώ, θα γίνει μέσα σε 5 εργάσιμες")

# --- complaint after a taverna meal (Chania, Crete)
afm_el5 = afm("09573118")
wrong_el5 = afm_el5[3] + str((int(afm_el5[4]) + 5) % 10) + afm_el5[5]  # misread, then corrected
sp_afm_el5 = (f"{say('el', afm_el5[:3], 'T')}, {say('el', wrong_el5, 'T')}, "
              f"όχι συγγνώμη, {say('el', afm_el5[3:6], 'ddd')}, {say('el', afm_el5[6:], 'T')}")
ib_el6 = iban("GR", "02607400000790201844937")
rb_el6 = (f"GR {say('el', ib_el6[2:4], 'D')}, "
          f"{say('el', ib_el6[4:], 'ddd dddd dddd D D D D D D', ', ')}")
G("Φάγαμε χθες το βράδυ στο μαγαζί σας στο λιμάνι, γαρίδες σαγανάκι, και σήμερα είμαστε όλοι "
  "άρρωστοι")
G("Λυπάμαι πολύ, ο λογαριασμός ήταν 142 ευρώ, τραπέζι 17, 21:40")
G(f"Θέλω την απόδειξη με το ΑΦΜ μου, {sp_afm_el5}", ("id", sp_afm_el5))
G(f"Η επιστροφή στο IBAN {ib_el6}", ("iban", ib_el6))
G(f"Επαναλαμβάνω: {rb_el6}", ("iban", rb_el6))

# --- wine club, age check and delivery (Athens)
c_el6 = card("543910207463119")
afm_el6 = afm("13579024")
G("Θέλω να γραφτώ στη συνδρομή κρασιού, τα έξι μπουκάλια το μήνα, 79 ευρώ")
G("Δεκαπέντε του έξι του ογδόντα εφτά", ("date_of_birth", "Δεκαπέντε του έξι του ογδόντα εφτά"),
  ctx="Επειδή είναι αλκοόλ, χρειάζομαι ημερομηνία γέννησης")
G("Να έρχεται στη Σόλωνος 61, δεύτερος όροφος, Κολωνάκι, 106 79",
  ("address", "Σόλωνος 61, δεύτερος όροφος, Κολωνάκι, 106 79"))
G(f"Κάρτα {grp(c_el6)}", ("card", grp(c_el6)))
G(f"Και τιμολόγιο, ΑΦΜ {grp(afm_el6, 3)}", ("id", grp(afm_el6, 3)))
G("nikos.vlachos.wine at gmail τελεία com", ("email", "nikos.vlachos.wine at gmail τελεία com"),
  ctx="Email για να σας στέλνουμε τα δελτία γευσιγνωσίας;")
G("Η πρώτη αποστολή φεύγει 3 του μήνα, ένα Ασύρτικο Σαντορίνης, ένα Ξινόμαυρο Νάουσας και "
  "τέσσερα Αγιωργίτικα")

# --- organic vegetable box (Kalamata)
afm_el7 = afm("07712490")
ib_el7 = iban("GR", "01721100005110062873342")
c_el7 = card("676230840017543927")
G("Παίρνω το κασελάκι με τα λαχανικά κάθε Τετάρτη, αλλά αυτή τη φορά ήταν μισό, χωρίς αυγά")
G("Η διεύθυνση, Αριστομένους 27, Καλαμάτα, 241 00, στο ισόγειο έχει φούρνο",
  ("address", "Αριστομένους 27, Καλαμάτα, 241 00"))
G(f"Και το κινητό μου εξήντα εννιά εβδομήντα δύο, {say('el', '145830', 'D D D')}",
  ("phone", f"εξήντα εννιά εβδομήντα δύο, {say('el', '145830', 'D D D')}"))
G(f"Για την απόδειξη, ΑΦΜ {afm_el7}", ("id", afm_el7))
G(f"Επιστροφή στο {grp(ib_el7)}", ("iban", grp(ib_el7)))
G(f"Και τη συνδρομή του μήνα από τη Maestro, {c_el7}", ("card", c_el7))
G("Το μεγάλο κασελάκι είναι 24 ευρώ, 8 κιλά, με ντομάτες, κολοκυθάκια, μελιτζάνες και 10 αυγά")

# --- coffee app account and loyalty (Athens, young caller)
G("Παναγιώτης Δήμου, αλλά όλοι Τάκη με φωνάζουν", ("name", "Παναγιώτης Δήμου"), ("name", "Τάκη"),
  ctx="Καλησπέρα, με ποιον μιλάω;")
G("Δεκαεννιά Απριλίου 2003", ("date_of_birth", "Δεκαεννιά Απριλίου 2003"),
  ctx="Για επαλήθευση, ημερομηνία γέννησης;")
G("Μου έφαγε τα 10 κουπόνια για δωρεάν freddo espresso, και είχα φτάσει τους 1.500 πόντους")

# --- supermarket membership card (Paphos, Cypriot)
G("Εγεννήθηκα στις είκοσι δύο του Φλεβάρη του εβδομήντα τέσσερα",
  ("date_of_birth", "είκοσι δύο του Φλεβάρη του εβδομήντα τέσσερα"),
  ctx="Ημερομηνία γέννησης για την κάρτα μέλους;")
G("Στείλτε την κάρτα στην οδό Αποστόλου Παύλου 23, διαμέρισμα 4, 8046 Πάφος",
  ("address", "Αποστόλου Παύλου 23, διαμέρισμα 4, 8046 Πάφος"))
G("Με την κάρτα έχετε 5% επιστροφή στα φρούτα τζαι λαχανικά τζαι διπλούς πόντους κάθε Τρίτη")


# --- pizza order by phone and loyalty sign-up (Piraeus)
c_el8 = card("491706228305514")
sp_c_el8 = f"{say('el', c_el8[:8], 'dddd dddd', ', ')}, {c_el8[8:12]} {c_el8[12:]}"
em_el4 = "μαρίνα κάτω παύλα π ογδόντα ένα παπάκι yahoo τελεία gr"
G("Μια μεγάλη μαργαρίτα, μια σπέσιαλ και δύο κόκα κόλα ζέρο, 31,50 με τα μεταφορικά")
G(f"Θα πληρώσω με κάρτα στο τηλέφωνο, {sp_c_el8}", ("card", sp_c_el8))
G("Θα είναι εκεί σε 35 με 40 λεπτά, ο κωδικός παραγγελίας είναι 8812")
G(f"στείλε μου την απόδειξη στο μέιλ {em_el4}", ("email", em_el4))
G("Γεννημένη 30/11/1981", ("date_of_birth", "30/11/1981"),
  ctx="Για να μπεις στο πρόγραμμα επιβράβευσης, ημερομηνία γέννησης;")
G("Την Καθαρά Δευτέρα κάνουμε λαγάνες και ταραμά, παραγγελίες μέχρι την Παρασκευή 14 Μαρτίου")
G("Η κάρτα δώρου των 50 ευρώ ισχύει 12 μήνες από την αγορά, δηλαδή μέχρι 3 Ιανουαρίου")


if __name__ == "__main__":
    main()
