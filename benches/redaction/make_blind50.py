#!/usr/bin/env python3
"""Blind held-out redaction evaluation set "blind50" (en, ar, he, el).

Written by a helper session working only from a written brief: it never read the
redactor, its rules, its tests or any other evaluation set or generator. The lines are
invented calls to health, care and wellbeing providers (see SECTORS below), written the
way a speech recogniser (Whisper-like) transcribes phone calls. All values are invented;
check-digit values (cards, IBANs, national IDs) are computed here.

Output: data/redaction/blind50/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive), computed
by searching for the span's substring and asserted. "context" (optional, not scored) is
an earlier line of the same call. Items with empty spans are non-personal and must come
out unchanged.

Run: python3 benches/redaction/make_blind50.py   (standard library only, deterministic)
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_DIR = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind50"))

SECTORS = {}
ITEMS = {"en": [], "ar": [], "he": [], "el": []}


# ---------------------------------------------------------------- check digits
def luhn_ok(num):
    d = [int(c) for c in num]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError(prefix)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "MA": 28, "LB": 28,
            "QA": 29, "KW": 30, "BH": 22, "IT": 27, "ES": 24}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    return (len(iban) == IBAN_LEN[iban[:2]]
            and _iban_num(iban[4:] + iban[:4]) % 97 == 1)


def make_iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban), iban
    return iban


def group4(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def il_id_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    s = 0
    for i, c in enumerate(num):
        x = int(c) * (1 if i % 2 == 0 else 2)
        s += x if x < 10 else x - 9
    return s % 10 == 0


def make_il_id(eight):
    for c in "0123456789":
        if il_id_ok(eight + c):
            return eight + c
    raise AssertionError(eight)


def afm_ok(num):
    if len(num) != 9 or not num.isdigit():
        return False
    s = sum(int(num[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(num[8])


def make_afm(eight):
    s = sum(int(eight[i]) * 2 ** (8 - i) for i in range(8))
    num = eight + str(s % 11 % 10)
    assert afm_ok(num)
    return num


def make_saudi(nine):
    assert len(nine) == 9 and nine[0] in "12"
    return luhn_complete(nine)


def ssn_ok(s):
    a, g, n = s.split("-")
    return (len(a) == 3 and len(g) == 2 and len(n) == 4 and a not in ("000", "666")
            and int(a) < 900 and g != "00" and n != "0000")


def make_card(prefix, length):
    out = luhn_complete(prefix + _fill(prefix, length - 1))
    assert len(out) == length and luhn_ok(out)
    return out


def _fill(prefix, n):
    # deterministic filler digits after the prefix, up to n digits in all
    seed = sum(ord(c) * (i + 3) for i, c in enumerate(prefix)) + n
    digits = []
    while len(prefix) + len(digits) < n:
        seed = (seed * 1103515245 + 12345) % 2147483648
        digits.append(str((seed >> 16) % 10))
    return "".join(digits)


def not_personal(num):
    """Assert a long non-personal number fails every check it could be taken for."""
    d = re.sub(r"\D", "", num)
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), num
    if len(d) == 9:
        assert not il_id_ok(d) and not afm_ok(d), num
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), num


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


# ---------------------------------------------------------------- number words
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_digits(s, oh=False, sep=" "):
    return sep.join(("oh" if (oh and c == "0") else EN_D[int(c)]) for c in s if c.isdigit())


def en_two(s):
    n = int(s)
    if s[0] == "0":
        return "oh " + EN_D[n]
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])


AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_TEEN = ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
           "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
AR_TENS = "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين".split()
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s, sep=" "):
    return sep.join(AR_D[int(c)] for c in s if c.isdigit())


def ar_two(s):
    n = int(s)
    if s[0] == "0":
        return "صفر " + AR_D[n]
    if n < 10:
        return AR_D[n]
    if n < 20:
        return AR_TEEN[n - 10]
    if n % 10 == 0:
        return AR_TENS[n // 10]
    return AR_D[n % 10] + " و" + AR_TENS[n // 10]


def indic(s):
    return s.translate(AR_INDIC)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()


def he_digits(s, masc=False, sep=" "):
    w = HE_M if masc else HE_F
    return sep.join(w[int(c)] for c in s if c.isdigit())


def he_two(s):
    n = int(s)
    if s[0] == "0":
        return "אפס " + HE_F[n]
    if n < 10:
        return HE_F[n]
    if n < 20:
        return HE_TEEN[n - 10]
    if n % 10 == 0:
        return HE_TENS[n // 10]
    return HE_TENS[n // 10] + " ו" + HE_F[n % 10]


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = "_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()


def el_digits(s, sep=" "):
    return sep.join(EL_D[int(c)] for c in s if c.isdigit())


def el_two(s):
    n = int(s)
    if s[0] == "0":
        return "μηδέν " + EL_D[n]
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    if n % 10 == 0:
        return EL_TENS[n // 10]
    return EL_TENS[n // 10] + " " + EL_D[n % 10]


def pairs(s, fn, sep=" "):
    """Read a digit string two by two with a language's two-digit words."""
    out = [fn(s[i:i + 2]) if i + 2 <= len(s) else fn(s[i]) for i in range(0, len(s), 2)]
    return sep.join(out)


# ---------------------------------------------------------------- items
def add(lang, text, spans=(), context=None):
    """spans: (kind, substring) or (kind, substring, nth occurrence, 0-based)."""
    ITEMS[lang].append((text, list(spans), context))


def build(lang):
    rows = []
    for text, spans, context in ITEMS[lang]:
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, (kind, text)
            sb = sub.encode("utf-8")
            assert sb, text
            pos = -1
            for _ in range(nth + 1):
                pos = b.find(sb, pos + 1)
                assert pos >= 0, (lang, sub, text)
            start, end = pos, pos + len(sb)
            assert b[start:end].decode("utf-8") == sub
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        row = {"text": text, "spans": out}
        if context:
            row["context"] = context
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(texts) == len(set(texts)), [t for t in texts if texts.count(t) > 1][:3]
    return rows


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang in ITEMS:
        if not ITEMS[lang]:
            continue
        rows = build(lang)
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "empty", empty, "spans", sum(counts.values()),
              dict(sorted(counts.items())))


def en_spoken(s, oh=True):
    """Digits as an English speaker reads them: 'oh', 'double seven', 'triple one'."""
    d = [c for c in s if c.isdigit()]
    out, i = [], 0
    while i < len(d):
        w = "oh" if (oh and d[i] == "0") else EN_D[int(d[i])]
        if i + 2 < len(d) and d[i] == d[i + 1] == d[i + 2]:
            out.append("triple " + w)
            i += 3
        elif i + 1 < len(d) and d[i] == d[i + 1]:
            out.append("double " + w)
            i += 2
        else:
            out.append(w)
            i += 1
    return " ".join(out)


# ================================================================ ENGLISH
SECTORS["en"] = [
    "smoking-cessation clinic", "hyperbaric oxygen therapy centre", "prosthetic limb clinic",
    "memory clinic", "whole-body cryotherapy centre", "postnatal doula service",
    "adult ADHD assessment clinic", "varicose vein clinic", "Holter / ambulatory ECG service",
    "wound-care clinic", "IV vitamin drip clinic", "carers' respite-care service",
]
EN_CARD = [make_card("453201", 16), make_card("542418", 16), make_card("37828", 15),
           make_card("601100", 16), make_card("3566", 16), make_card("4929", 13),
           make_card("675900", 19), make_card("222300", 16), make_card("4716", 16)]
EN_IBAN = [make_iban("GB", "BARC20035312345678"), make_iban("IE", "AIBK93115212345678"),
           make_iban("GB", "LOYD30963187654321"), make_iban("DE", "370400440532013000"),
           make_iban("IE", "BOFI90001720458133"), make_iban("GB", "NWBK56003864920017"),
           make_iban("AE", "0330000010298765432"), make_iban("CY", "002001950000357001234567")]
EN_SSN = ["412-68-3097", "078-34-5521", "231-90-4476", "529-17-8803", "604-52-1198",
          "317-08-6642", "145-73-2209"]
for _s in EN_SSN:
    assert ssn_ok(_s)
EN_ILID = make_il_id("31452876")
for _n in ["4471 2209 8815 3", "7730 1184 2290 4", "GH-2093-1187", "5563 0098 1274 66"]:
    not_personal(_n)
A = lambda *a, **k: add("en", *a, **k)

# --- call 1: smoking-cessation clinic (UK agent, Nigerian caller)
A("Good morning, Quitline Stop Smoking Clinic, you're speaking with Bernadette, how can I help?",
  [("name", "Bernadette")])
A("Hi, good morning. My name is Oluwaseun Adeyemi, I was referred by my GP for the, um, the twelve week programme.",
  [("name", "Oluwaseun Adeyemi")])
A("It's the third of November nineteen seventy nine.", [("date_of_birth", "the third of November nineteen seventy nine")],
  "Lovely. Can I take your date of birth please?")
A("Since I was like nineteen so, twenty-five years? About fifteen a day, sometimes twenty on a Friday.")
A("Okay so the first appointment is a carbon monoxide reading, it takes about ten minutes, and then we talk about patches or the Champix alternative.")
A("The next free slot I've got is Thursday the 14th at half nine, or Monday the 18th at 4:15.")
A("Thursday the fourteenth is fine, half nine.")
A("Zero seven nine five six, four three one, two eight eight.", [("phone", "Zero seven nine five six, four three one, two eight eight")],
  "What's the best number to reach you on?")
A("So that's 07956 431 288, brilliant.", [("phone", "07956 431 288")])
A("The patches are nine pounds sixty on prescription, or free if you're exempt, it's 21 milligram for the first six weeks.")
A("Your booking reference is 4471 2209 8815 3, you'll get a text as well.")
# --- call 2: hyperbaric oxygen therapy centre (US)
A("Thanks for calling Lakeshore Hyperbaric, this is Trevor.", [("name", "Trevor")])
A("Hey, uh, yeah, it's Marisol Quintanilla here, I'm calling about my dad's sessions, for the diabetic foot wound.",
  [("name", "Marisol Quintanilla")])
A("His. Hector Quintanilla. H E C T O R.", [("name", "Hector Quintanilla")], "Sure, and is the patient's name on the account yours or your father's?")
A("Okay, I have him here. Can you confirm his social security number for me?")
A("Yeah it's " + EN_SSN[0] + ".", [("id", EN_SSN[0])], "Can you confirm his social security number for me?")
A("He's done 22 of the 40 dives, the chamber runs at two point four atmospheres for ninety minutes.")
A("Medicare covers it at eighty percent after the deductible, which is two hundred and forty dollars this year.")
A("The balance we show is $1,318.40 from the March 3rd and March 10th sessions.")
A(grp(EN_CARD[0], [4, 4, 4, 4]) + ", expiry oh nine twenty-seven.", [("card", grp(EN_CARD[0], [4, 4, 4, 4]))],
  "Go ahead with the long number whenever you're ready.")
A("Perfect, the payment of thirteen eighteen forty went through, confirmation code GH-2093-1187.")
# --- call 3: prosthetic limb clinic (Irish)
A("Limb Fitting Centre, Niamh speaking.", [("name", "Niamh")])
A("Howya, this is Declan Ó Súilleabháin, I'd a below-knee socket fitted there in January and it's rubbing something terrible.",
  [("name", "Declan Ó Súilleabháin")])
A("The socket I think, the liner's only new, it's the Alpha one, size twenty-eight.")
A("We can do an adjustment on Wednesday at ten past two with the prosthetist, it's usually forty-five minutes.")
A("Ah take it again there, I moved. It's 7 Ballyhooly Road, Dillons Cross, Cork, T23 X2F9.",
  [("address", "7 Ballyhooly Road, Dillons Cross, Cork, T23 X2F9")],
  "Is the address we have for you still correct, or should I take it again for the letter?")
A("oh eight seven two double four six one nine oh three", [("phone", "oh eight seven two double four six one nine oh three")], "And a mobile?")
A("The HSE covers the socket replacement, you'd only pay if you want the carbon fibre cosmetic cover, that's two hundred and fifty euro.")
A("Yeah hang on. " + group4(EN_IBAN[1]) + ".", [("iban", group4(EN_IBAN[1]))], "And for the travel refund, can I get your IBAN?")
A("Grand, you should see the mileage, it's forty-one cent a kilometre, in about ten working days.")
# --- call 4: memory clinic (UK, daughter calling for her mum)
A("Hiya, um, I'm ringing on behalf of my mum, she had the assessment booked for the 2nd of May and we got a letter saying it's moved.")
A("Patricia, Pat, Pat Hargreaves.", [("name", "Patricia"), ("name", "Pat", 1), ("name", "Pat Hargreaves")], "No problem. What's your mum's name?")
A("Twenty-sixth of the eighth, forty-one.", [("date_of_birth", "Twenty-sixth of the eighth, forty-one")], "And her date of birth?")
A("I'm her daughter, Joanne. Jo.", [("name", "Joanne"), ("name", "Jo", 1)], "And you are?")
A("Thanks. So the new date is the 9th of May, it's the same time, eleven o'clock, in Suite 4 on the second floor.")
A("The assessment's about two hours, there's the Addenbrooke's test and then a chat with the consultant.")
A("Yeah, it's flat two, twelve Abbeydale Road, Sheffield, S seven one F D.",
  [("address", "flat two, twelve Abbeydale Road, Sheffield, S seven one F D")],
  "Could you give me her address just so I can check the transport's going to the right place?")
A("Lovely, the patient transport will pick her up at around quarter past nine, about ninety minutes before.")
# --- call 5: whole-body cryotherapy centre (Australian)
A("G'day, Polar Recovery, Shazza speaking.", [("name", "Shazza")])
A("hey its brody mcallister i wanna buy the ten pack of the minus one ten sessions", [("name", "brody mcallister")])
A("Easy. Ten pack's three hundred and ninety-nine, works out at under forty bucks a go.")
A("yeah " + en_spoken(EN_CARD[1]), [("card", en_spoken(EN_CARD[1]))], "Card number when you're ready, mate.")
A("Three minutes max in the chamber, and you'll need socks, gloves and the ear band, we've got them for five dollars if you forget.")
A("brody underscore mac at bigpond dot com", [("email", "brody underscore mac at bigpond dot com")], "And what email do you want the receipt to?")
A("oh four one two, three four five, six seven eight. nah sorry, six seven nine at the end", [("phone", "oh four one two, three four five, six seven eight. nah sorry, six seven nine")],
  "Sweet, and a mobile in case we need to reschedule?")
A("We're the one on Beach Road next to the Bunnings, open six till eight weekdays.")
# --- call 6: postnatal doula service (Indian caller, UK agency)
A("Hello, Nurture Postnatal Doulas, I'm Harriet.", [("name", "Harriet")])
A("Hello ma'am, myself Lakshmi Venkataraman, my due date is in four weeks and I wanted to book overnight support.",
  [("name", "Lakshmi Venkataraman")])
A("Congratulations! Our overnight shifts are ten p.m. to six a.m., thirty-two pounds an hour, minimum three nights a week.")
A("The deposit is two hundred and fifty pounds, and we do take bank transfer.")
A("Okay, I'll give you my account for the refund if the baby comes early, na? My IBAN is G B, " +
  " ".join(EN_IBAN[0][2:4]) + ", B A R C, " + grp(EN_IBAN[0][8:], [2, 2, 2, 4, 4]) + ".",
  [("iban", "G B, " + " ".join(EN_IBAN[0][2:4]) + ", B A R C, " + grp(EN_IBAN[0][8:], [2, 2, 2, 4, 4]))])
A("lakshmi dot v dot 1990 at outlook dot com. L A K S H M I.", [("email", "lakshmi dot v dot 1990 at outlook dot com"), ("email", "L A K S H M I")],
  "And your email, Lakshmi?")
A("It is 48B Cranbrook Road, Ilford, IG1 4PN, second floor, the bell is not working so please call.",
  [("address", "48B Cranbrook Road, Ilford, IG1 4PN, second floor")], "And your address for the doula's visits?")
A("Our East London doula has done this for eleven years, she'll call you on Tuesday.")
# --- call 7: adult ADHD assessment clinic (UK, young caller)
A("hiya yeah um my name's um it's Tegan, Tegan Lloyd-Pritchard, I filled in the form online like three times", [("name", "Tegan"), ("name", "Tegan Lloyd-Pritchard")])
A("seventeen oh four two thousand and one", [("date_of_birth", "seventeen oh four two thousand and one")], "Sorry about that, what date of birth did you put on it?")
A("The assessment is nine hundred and ninety-five pounds, it's two sessions of ninety minutes, and titration is another one fifty a month.")
A("There's a six to eight week wait for Right to Choose, or about three weeks if you go private.")
A("tegan l p at hotmail dot co dot uk, no dashes", [("email", "tegan l p at hotmail dot co dot uk")], "What email did you use?")
A("I'll pay the deposit now, it's a Mastercard: " + grp(EN_CARD[7], [4, 4, 4, 4], "-") + ".", [("card", grp(EN_CARD[7], [4, 4, 4, 4], "-"))])
# --- call 8: varicose vein clinic (US)
A("Thank you for calling the Vein Center of Tulsa, how may I help you today?")
A("Yes ma'am, this is Earl Whitfield, I had the ablation on the left leg and they want me back for the right.", [("name", "Earl Whitfield")])
A("Okay sir, I just need to verify your social, the last four is fine.")
A("Well I'll give you the whole thing, " + en_digits(EN_SSN[1].replace("-", "")[:3]) + ", " + en_digits(EN_SSN[1][4:6]) + ", " +
  en_digits(EN_SSN[1][7:]) + ".", [("id", en_digits(EN_SSN[1].replace("-", "")[:3]) + ", " + en_digits(EN_SSN[1][4:6]) + ", " + en_digits(EN_SSN[1][7:]))],
  "I just need to verify your social.")
A("And I've got your birthday as July fourth, nineteen fifty-two?", [("date_of_birth", "July fourth, nineteen fifty-two")])
A("The compression stockings are thirty to forty millimeters, you'll wear them two weeks after, and the copay is fifty dollars.")
A("You're at 8120 South Yale Avenue still?", [("address", "8120 South Yale Avenue")])
A("No, we moved in with my daughter, it's 2207 East 71st Street, Apartment 14, Tulsa, seven four one three six.",
  [("address", "2207 East 71st Street, Apartment 14, Tulsa, seven four one three six")], "You're at the same address still?")
A("Is (918) 555-0163 still good?", [("phone", "(918) 555-0163")])
# --- call 9: Holter / ambulatory ECG service (Nigerian caller in the US)
A("Heartline Ambulatory Monitoring, how can I help?")
A("Good afternoon. I am Mrs. Folasade Okonkwo-Bello. I returned the monitor by FedEx on the twelfth but nobody called me.", [("name", "Folasade Okonkwo-Bello")])
A("I'm sorry about that, ma'am. The 48-hour recording was received on the 14th and the report goes to your cardiologist's office within five business days.")
A("The tracking number on my slip is 7730 1184 2290 4, if it helps.")
A("It is " + en_spoken(EN_SSN[2].replace("-", "")) + ".", [("id", en_spoken(EN_SSN[2].replace("-", "")))], "For our records, what's your Social Security number?")
A("f, o, l, a, s, a, d, e, dot, bello at gmail dot com", [("email", "f, o, l, a, s, a, d, e, dot, bello at gmail dot com")],
  "And your email address so the portal invite goes to you?")
A("Date of birth is the twenty-first of February, 1968.", [("date_of_birth", "the twenty-first of February, 1968")])
# --- call 10: wound-care clinic (Irish caller, community nursing)
A("Hi, it's about my husband's leg ulcer dressings, the nurse was meant to come out Tuesday and didn't.")
A("Ninth of the ninth, fifty-eight. Nineteen fifty-eight.", [("date_of_birth", "Ninth of the ninth, fifty-eight. Nineteen fifty-eight")],
  "Can I have the patient's date of birth first?")
A("Sure it's Rosemount, 3 Church View, Ballinasloe, County Galway, H53 KX27.", [("address", "Rosemount, 3 Church View, Ballinasloe, County Galway, H53 KX27")],
  "And the address the nurse is going to?")
A("The four-layer bandage packs are eighteen euro fifty each and the Aquacel is on the medical card, so no charge.")
A("For the ones not covered I'll pay by direct debit, it's " + grp(EN_IBAN[4], [2, 2, 4, 6, 8]) + ".",
  [("iban", grp(EN_IBAN[4], [2, 2, 4, 6, 8]))])
A("zero nine oh, nine six, four two, two seven one", [("phone", "zero nine oh, nine six, four two, two seven one")], "And a landline for the nurse?")
A("Grand. The nurse will be there between ten and twelve on Thursday the twenty-third.")
# --- call 11: IV vitamin drip clinic (Australian agent, Israeli backpacker, US caller)
A("Hi, Drip Lounge Bondi, how can I help?")
A("Hi, yeah, I'm Noa Ben-Haim, I'm from Israel, I want the hydration drip for tomorrow after the, um, the festival", [("name", "Noa Ben-Haim")])
A("No worries. The Recovery drip is one sixty-nine, the Myers cocktail is two nineteen, takes about forty-five minutes.")
A("For overseas visitors we need a passport or ID number on the medical form.")
A("My Israeli ID, teudat zehut, is " + grp(EN_ILID, [3, 3, 3]) + ".", [("id", grp(EN_ILID, [3, 3, 3]))],
  "For overseas visitors we need a passport or ID number on the medical form.")
A("yes it's plus six one, four three one, two two nine, oh eight seven", [("phone", "plus six one, four three one, two two nine, oh eight seven")], "And an Aussie mobile if you've got one?")
A("You can pay on the day, or now by card to lock in the ten a.m. slot.")
A("Okay, it's American Express, " + grp(EN_CARD[2], [4, 6, 5]) + ".", [("card", grp(EN_CARD[2], [4, 6, 5]))])
A("noa.benhaim@walla.co.il", [("email", "noa.benhaim@walla.co.il")], "And email for the booking?")
A("Hi, I'm calling for a drip at the Surry Hills location, my name is Tyler Brandt, I'm visiting from Ohio.", [("name", "Tyler Brandt")])
A("The card is a Discover: " + en_digits(EN_CARD[3][:8]) + " " + grp(EN_CARD[3][8:], [4, 4]) + ".",
  [("card", en_digits(EN_CARD[3][:8]) + " " + grp(EN_CARD[3][8:], [4, 4]))])
A("And for the HSA receipt my social is " + EN_SSN[3].replace("-", " ") + ", sorry, I know that's a lot.", [("id", EN_SSN[3].replace("-", " "))])
A("tyler dot brandt eighty-eight at icloud dot com", [("email", "tyler dot brandt eighty-eight at icloud dot com")], "And email for the booking?")
# --- call 12: carers' respite-care service (UK; Indian-origin and Northern callers)
A("Carers Breathing Space, respite bookings, good morning.")
A("Hello, it's Rajinder Sandhu, I care for my father-in-law and I need a week's respite in August, the 4th to the 11th.", [("name", "Rajinder Sandhu")])
A("A week in the residential unit is eight hundred and seventy pounds, the council usually funds up to six weeks a year.")
A("He'll need someone to collect him from 19 Soho Road, Handsworth, Birmingham, B21 9SN.", [("address", "19 Soho Road, Handsworth, Birmingham, B21 9SN")])
A("the first of January 1939 as per his passport", [("date_of_birth", "the first of January 1939")], "And his date of birth for the care plan?")
A("The top-up is paid from his account, I'll give you the IBAN, " + group4(EN_IBAN[2]) + ".", [("iban", group4(EN_IBAN[2]))])
A("Hiya love, it's Maureen, I'm ringing about the sitting service for our Derek, Tuesdays two till six.", [("name", "Maureen")])
A("four seven one six, " + grp(EN_CARD[8][4:], [4, 4, 4]) + ", the expiry's oh six twenty-eight", [("card", "four seven one six, " + grp(EN_CARD[8][4:], [4, 4, 4]))],
  "Can you read me the card number on the front?")
A("our kid's paying half, he's in Dubai, his account is " + group4(EN_IBAN[6]), [("iban", group4(EN_IBAN[6]))])
A("A sitter is seventeen pounds eighty an hour, so four hours is seventy-one twenty a week.")
# --- extra lines from the same clinics (split read-backs, corrections)
A("Sure, it's five four... no, sorry, that's my old one. Six seven five nine, " + grp(EN_CARD[6][4:], [4, 4, 4, 3]) + ".",
  [("card", "Six seven five nine, " + grp(EN_CARD[6][4:], [4, 4, 4, 3]))], "Hyperbaric billing, can I take the card number?")
A("My SSN, uh, " + EN_SSN[4][:3] + ", " + EN_SSN[4][4:6] + "...", [("id", EN_SSN[4][:3] + ", " + EN_SSN[4][4:6])], "What's your social security number?")
A(EN_SSN[4][:3] + " " + EN_SSN[4][4:6] + ", yes, and then?", [("id", EN_SSN[4][:3] + " " + EN_SSN[4][4:6])])
A(en_digits(EN_SSN[4][7:]) + ".", [("id", en_digits(EN_SSN[4][7:]))], EN_SSN[4][:3] + " " + EN_SSN[4][4:6] + ", yes, and then?")
A("It's a German account, " + group4(EN_IBAN[3]) + ", I'm working in Frankfurt.", [("iban", group4(EN_IBAN[3]))])
A("Send it to aditi_rao_84@yahoo.co.in please.", [("email", "aditi_rao_84@yahoo.co.in")])
A("She was born on 30/06/1972 and the surgery's in Leeds.", [("date_of_birth", "30/06/1972")])
A("My social security is " + EN_SSN[5] + " and my wife's is " + EN_SSN[6] + ".", [("id", EN_SSN[5]), ("id", EN_SSN[6])])
A("Payment from my Cyprus account please, " + group4(EN_IBAN[7]) + ".", [("iban", group4(EN_IBAN[7]))])
A("I'm on plus four four seven seven double oh nine double oh, four five six.", [("phone", "plus four four seven seven double oh nine double oh, four five six")])
A("Send the deposit to " + group4(EN_IBAN[5]) + ", reference BREAK-2208.", [("iban", group4(EN_IBAN[5]))])
A("The Visa is declined, so use " + EN_CARD[5] + " instead.", [("card", EN_CARD[5])])
A("Our unit on Harrogate Road is closed from the 24th of December to the 2nd of January.")


# ================================================================ ARABIC
SECTORS["ar"] = [
    "kidney-stone lithotripsy clinic", "thyroid clinic", "cardiac rehabilitation programme",
    "chronic pain clinic", "anticoagulation (INR) clinic", "addiction rehabilitation centre",
    "scoliosis bracing clinic", "salt-cave halotherapy centre", "menopause clinic",
    "sickle-cell clinic", "diabetic retinopathy screening centre", "hydrotherapy pool sessions",
]
AR_CARD = [make_card("440647", 16), make_card("529741", 16), make_card("457864", 16),
           make_card("515875", 16), make_card("37646", 15), make_card("401795", 16),
           make_card("558844", 16), make_card("431940", 16)]
AR_IBAN = [make_iban("SA", "80000000608010167519"), make_iban("AE", "0260001015333439401"),
           make_iban("EG", "0019000500000000263180002"), make_iban("JO", "CBJO0010000000000131000302"),
           make_iban("SA", "10000000394012847761"), make_iban("KW", "NBOK0000000000001000372151"),
           make_iban("AE", "0350000000123456789"), make_iban("SA", "45000000207660034218")]
AR_ID = [make_saudi("104358762"), make_saudi("227016845"), make_saudi("110983354"),
         make_saudi("245512908"), make_saudi("108876211"), make_saudi("233309147"),
         make_saudi("112240586"), make_saudi("101557093")]
for _n in ["1472583690", "٣٣٠٩٨٧٦٥٤٣٢١", "9921 0043 7718 2", "2088123450"]:
    not_personal(_n.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
B = lambda *a, **k: add("ar", *a, **k)

# --- call 1: lithotripsy clinic (Egyptian)
B("مركز النيل لتفتيت الحصوات، صباح الخير، معاك مروة.", [("name", "مروة")])
B("صباح النور، أنا اسمي محمود عبد الفتاح، كنت عامل أشعة مقطعية والدكتور قال لازم جلسة تفتيت.",
  [("name", "محمود عبد الفتاح")])
B("مكتوب تمنية مللي في الحالب الشمال، والجلسة بكام؟")
B("الجلسة بألفين وخمسمية جنيه، وبتاخد حوالي ساعة، وممكن تحتاج جلستين.")
B("أقرب ميعاد عندنا يوم الحد الجاي الساعة عشرة ونص، أو الثلاث ١٧ مارس الساعة ٢.")
B("صفر واحد اتنين، تمانية سبعة، اربعة تلاتة، صفر صفر تسعة واحد",
  [("phone", "صفر واحد اتنين، تمانية سبعة، اربعة تلاتة، صفر صفر تسعة واحد")], "رقم موبايلك إيه عشان نبعتلك التأكيد؟")
B("عمارة ١٥ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧.", [("address", "عمارة ١٥ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧")],
  "والعنوان عشان الفاتورة؟")
B("ولو هتحول المقدم، ده الآيبان بتاعي " + AR_IBAN[2] + " باسم البنك الأهلي.", [("iban", AR_IBAN[2])])
B("ماتاكلش حاجة قبلها بست ساعات، وهات معاك الأشعة والتحاليل، ورقم الحجز بتاعك ٣٣٠٩٨٧٦٥٤٣٢١.")
# --- call 2: thyroid clinic (Jordanian / Levantine)
B("عيادة الغدة الدرقية، مرحبا.")
B("مرحبا، معك رنا الخطيب، بدي أحجز موعد لفحص الألتراساوند للغدة.", [("name", "رنا الخطيب")])
B("اربعة وعشرين ستة، سنة تسعين", [("date_of_birth", "اربعة وعشرين ستة، سنة تسعين")], "شو تاريخ ميلادك لو سمحتي؟")
B("الفحص بخمسة وثلاثين دينار، والتحليل TSH و T4 بعشرين دينار، والنتيجة بتطلع بعد يومين.")
B("صفر سبعة تسعة، خمسة خمسة اثنين، ثمانية واحد ستة تسعة", [("phone", "صفر سبعة تسعة، خمسة خمسة اثنين، ثمانية واحد ستة تسعة")],
  "وبدنا رقم تلفون للتواصل.")
B("rana.khatib92 at gmail dot com", [("email", "rana.khatib92 at gmail dot com")], "والإيميل عشان نبعتلك التقرير؟")
B("والدفع تحويل من حسابي، الآيبان " + group4(AR_IBAN[3]), [("iban", group4(AR_IBAN[3]))])
B("العيادة بالشميساني جنب مستشفى الأردن، الطابق الرابع، والدوام من تسعة لخمسة.")
B("حبة الثايروكسين خمسين ميكروغرام على الريق، ونعيد التحليل بعد ستة أسابيع.")
# --- call 3: cardiac rehabilitation (Saudi, Najdi)
B("السلام عليكم، برنامج التأهيل القلبي.")
B("وعليكم السلام، معك أبو فهد، سعد الدوسري، ابوي سوا قسطرة وقالوا له يسجل عندكم.", [("name", "أبو فهد"), ("name", "سعد الدوسري")])
B("حياك الله. البرنامج ست وثلاثين جلسة، ثلاث مرات في الأسبوع، كل جلسة ساعة.")
B("رقم الهوية " + ar_digits(AR_ID[0]), [("id", ar_digits(AR_ID[0]))], "أحتاج رقم الهوية الوطنية للوالد.")
B("هو مسجل بالهجري، ١٣٧٥/٠٣/١٢", [("date_of_birth", "١٣٧٥/٠٣/١٢")], "وتاريخ ميلاده؟")
B("والجلسة الوحدة بثلاثمية وخمسين ريال، والتأمين يغطي ثمانين بالمية.")
B("حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ٤٢، الرياض.", [("address", "حي النرجس، شارع الأمير سعود بن عبدالله، فيلا ٤٢، الرياض")],
  "وين ساكنين عشان نرتب النقل؟")
B("جوالي " + indic("0553187420") + "، وإذا ما رديت كلم أخوي.", [("phone", indic("0553187420"))])
B("الموعد الأول يوم الأحد ١٤ شعبان الساعة ٨ الصبح، تعال قبل ربع ساعة.")
# --- call 4: chronic pain clinic (Emirati / MSA agent)
B("عيادة علاج الألم المزمن، تفضل.")
B("مرحبا، أنا عائشة الشامسي، عندي ألم في أسفل الظهر من سنتين وأبغي أحجز عند الاستشاري.", [("name", "عائشة الشامسي")])
B("أهلاً وسهلاً بك يا عائشة، هل لديك تأمين أم الدفع نقدي؟", [("name", "عائشة")])
B("نقدي، بدفع بالبطاقة: " + grp(AR_CARD[0], [4, 4, 4, 4]), [("card", grp(AR_CARD[0], [4, 4, 4, 4]))], "هل لديك تأمين أم الدفع نقدي؟")
B("كشفية الاستشاري خمسمئة درهم، وحقنة الفاصل الفقري تقريباً ثلاثة آلاف وخمسمئة.")
B("زيرو فايف زيرو، سبعة ستة ثلاثة، اثنين اثنين تسعة واحد", [("phone", "زيرو فايف زيرو، سبعة ستة ثلاثة، اثنين اثنين تسعة واحد")], "ممكن رقم الجوال؟")
B("aisha underscore s at hotmail dot com، aisha بالـ i مو بالـ y", [("email", "aisha underscore s at hotmail dot com")], "والبريد الإلكتروني؟")
B("موعدك يوم الأربعاء ٢٢ أكتوبر الساعة أربعة العصر في فرع جميرا، الطابق الثاني، غرفة ٢٠٥.")
# --- call 5: anticoagulation (INR) clinic (Moroccan, Darija)
B("عيادة مراقبة السيولة، السلام عليكم.")
B("السلام، أنا سميتي فاطمة الزهراء بنعلي، بغيت نعرف واش التحليل ديال INR ديال ماما خرج.", [("name", "فاطمة الزهراء بنعلي")])
B("شنو سمية الماما وتاريخ الزيادة ديالها؟")
B("خديجة العلوي، مزيودة فاتح يناير ألف وتسعمية وخمسين.", [("name", "خديجة العلوي"), ("date_of_birth", "فاتح يناير ألف وتسعمية وخمسين")],
  "شنو سمية الماما وتاريخ الزيادة ديالها؟")
B("الـ INR طلع ثلاثة فاصلة أربعة، خاصها تنقص الوارفارين لخمسة ملغ نهار الاثنين والخميس.")
B("زيرو ستة، ستين، تسعة وعشرين، ثمانية وأربعين، خمسة عشر", [("phone", "زيرو ستة، ستين، تسعة وعشرين، ثمانية وأربعين، خمسة عشر")],
  "عطيني رقم التيليفون باش الطبيب يعيط ليك.")
B("زنقة ابن بطوطة رقم ٢٣، الطابق الثاني، حي المعاريف، الدار البيضاء.", [("address", "زنقة ابن بطوطة رقم ٢٣، الطابق الثاني، حي المعاريف، الدار البيضاء")],
  "والعنوان ديال الدار باش الممرضة تجي تاخد الدم؟")
B("الزيارة فالدار بمية وخمسين درهم، والتحليل فالمختبر بستين درهم.")
B("الإيميل ديالي fz point benali at yahoo point fr", [("email", "fz point benali at yahoo point fr")])
# --- call 6: addiction rehabilitation centre (Lebanese)
B("مركز الأمل للتعافي، مرحبا.")
B("مرحبا، أنا إيلي حداد، عم اتصل عن خيي، بدو يفوت عالبرنامج الداخلي.", [("name", "إيلي حداد")])
B("أكيد. البرنامج ثمانية وعشرين يوم، والكلفة ستة آلاف دولار، في منحة جزئية إذا بتحتاجوا.")
B("طوني، أنطوان حداد، مواليد ١٢ آب ١٩٩١.", [("name", "طوني"), ("name", "أنطوان حداد"), ("date_of_birth", "١٢ آب ١٩٩١")], "شو اسم المريض الكامل؟")
B("سبعين، تلاتة تلاتة أربعة، صفر تسعة تمانية، يعني ٧٠ ٣٣٤ ٠٩٨", [("phone", "سبعين، تلاتة تلاتة أربعة، صفر تسعة تمانية"), ("phone", "٧٠ ٣٣٤ ٠٩٨")], "ورقمك؟")
B("elie.haddad@outlook.com، بعتولي عليه العقد", [("email", "elie.haddad@outlook.com")])
B("الزيارات كل يوم أحد من الساعة تلاتة لخمسة، وأول أسبوعين ما في تلفونات.")
B("الدفعة الأولى ألفين دولار، فيك تدفع بالكارت عالتلفون.")
B("أوكي، الرقم " + en_digits(AR_CARD[1][:4]) + "، " + grp(AR_CARD[1][4:], [4, 4, 4]), [("card", en_digits(AR_CARD[1][:4]) + "، " + grp(AR_CARD[1][4:], [4, 4, 4]))],
  "الدفعة الأولى ألفين دولار، فيك تدفع بالكارت عالتلفون.")
# --- call 7: scoliosis bracing clinic (Saudi, Hijazi)
B("عيادة تقويم الجنف، معاك ريم.", [("name", "ريم")])
B("هلا، أنا أم خالد، نورة الغامدي، بنتي جنى عندها انحناء عشرين درجة والدكتور قال تلبس مشد.",
  [("name", "أم خالد"), ("name", "نورة الغامدي")])
B("المشد من نوع شيناو، يتفصل خلال ثلاثة أسابيع، وسعره ثمانية آلاف وخمسمية ريال.")
B(indic(AR_ID[1]) + "، هي إقامة مو هوية", [("id", indic(AR_ID[1]))], "رقم هوية الأم لو سمحتي.")
B("ثلاثة عشر خمسة ألفين وأحد عشر", [("date_of_birth", "ثلاثة عشر خمسة ألفين وأحد عشر")], "وتاريخ ميلاد البنت؟")
B("بحول المبلغ من حساب زوجي، الآيبان SA " + " ".join(AR_IBAN[0][2:4]) + " " + grp(AR_IBAN[0][4:], [4, 4, 4, 4, 4]),
  [("iban", "SA " + " ".join(AR_IBAN[0][2:4]) + " " + grp(AR_IBAN[0][4:], [4, 4, 4, 4, 4]))])
B("الجلسة الأولى لأخذ المقاس يوم الثلاثاء الساعة خمسة ونص، في جدة، حي الروضة.")
# --- call 8: salt-cave halotherapy centre (Emirati)
B("مركز كهف الملح، مساء الخير.")
B("مساء النور، أنا حمدان المزروعي، أبغي باقة العشر جلسات حق عيالي، عندهم ربو خفيف.", [("name", "حمدان المزروعي")])
B("الجلسة خمسة وأربعين دقيقة، والباقة بألف ومئتين درهم للطفل، والأطفال تحت أربع سنين مجاناً.")
B("أدفع بالبطاقة، " + ar_digits(AR_CARD[2]), [("card", ar_digits(AR_CARD[2]))])
B("+971 50 418 2293", [("phone", "+971 50 418 2293")], "والهاتف؟")
B("واستردوا الفلوس لو ما حضرنا على الآيبان " + group4(AR_IBAN[1]), [("iban", group4(AR_IBAN[1]))])
B("الإيميل hamdan dot m at emirates dot net dot ae", [("email", "hamdan dot m at emirates dot net dot ae")])
# --- call 9: menopause clinic (Egyptian)
B("عيادة صحة المرأة وسن الأمل، أيوه يا فندم.")
B("ألو، أنا سوسن، سوسن الشربيني، عايزة أحجز كشف هرمونات.", [("name", "سوسن", 0), ("name", "سوسن الشربيني")])
B("تحت أمرك يا مدام سوسن، تاريخ الميلاد؟", [("name", "سوسن")])
B("خمسة وعشرين تسعة سبعين، يعني ٢٥/٩/١٩٧٩", [("date_of_birth", "خمسة وعشرين تسعة سبعين"), ("date_of_birth", "٢٥/٩/١٩٧٩")], "تاريخ الميلاد؟")
B("الكشف بستمية جنيه، وتحليل الـ FSH والإستروجين بأربعمية وخمسين، وقياس كثافة العظام لوحده.")
B("ابعتيلنا صورة البطاقة على الواتساب على رقم العيادة، والنتيجة بعد تلات أيام.")
B("الإيميل بتاعي sawsan underscore elsherbiny at yahoo dot com", [("email", "sawsan underscore elsherbiny at yahoo dot com")])
B("هادفع بالفيزا " + grp(AR_CARD[5], [4, 4, 4, 4]), [("card", grp(AR_CARD[5], [4, 4, 4, 4]))])
# --- call 10: sickle-cell clinic (Saudi, Eastern Province; MSA agent)
B("عيادة أمراض الدم الوراثية، مرحباً بك.")
B("هلا، معك حسين آل مرهون، أبي أجدد مواعيد نقل الدم لولدي.", [("name", "حسين آل مرهون")])
B("، ".join(ar_two(AR_ID[2][i:i + 2]) for i in range(0, 10, 2)),
  [("id", "، ".join(ar_two(AR_ID[2][i:i + 2]) for i in range(0, 10, 2)))], "ما هو رقم الهوية الوطنية لولي الأمر؟")
B("ورقم إقامة العاملة اللي تجيبه للمواعيد " + grp(AR_ID[3], [4, 3, 3]), [("id", grp(AR_ID[3], [4, 3, 3]))])
B("العنوان القطيف، حي الناصرة، شارع ٢٧، بيت رقم ٩.", [("address", "القطيف، حي الناصرة، شارع ٢٧، بيت رقم ٩")])
B("جرعة الهيدروكسي يوريا خمسمية ملغ مرة يومياً، ونقل الدم كل أربعة أسابيع، الوحدة الواحدة ثلاثمئة مل.")
B("الموعد القادم الخميس ٣ رمضان الساعة ٩، ومدة الجلسة أربع ساعات تقريباً.")
# --- call 11: diabetic retinopathy screening centre (Palestinian-Jordanian)
B("مركز فحص شبكية العين للسكري، صباح الخير.")
B("يعطيكي العافية، أنا أبو العبد، محمد عودة، بدي أحجز فحص قاع العين.", [("name", "أبو العبد"), ("name", "محمد عودة")])
B("الفحص بخمسة عشر دينار، وإذا في حاجة لليزر بنحكي بعدين.")
B("جبل الحسين، شارع خالد بن الوليد، عمارة ٣١، الطابق الأول، عمّان.", [("address", "جبل الحسين، شارع خالد بن الوليد، عمارة ٣١، الطابق الأول، عمّان")],
  "وين عنوانك يا حج؟")
B("وإيميل ابني لأنه هو بيتابع: odeh underscore ahmad at yahoo dot com", [("email", "odeh underscore ahmad at yahoo dot com")])
B("امسحي، هاد الصحيح: " + group4(AR_IBAN[5]), [("iban", group4(AR_IBAN[5]))])
# --- call 12: hydrotherapy pool sessions (Kuwaiti)
B("مسبح العلاج المائي، هلا والله.")
B("هلا فيك، أنا بدرية العنزي، أبي أسجل الوالدة في جلسات المشي بالماي بعد عملية الركبة.", [("name", "بدرية العنزي")])
B("حرارة الماي أربعة وثلاثين درجة، الجلسة نص ساعة، والكورس اثنعش جلسة بمية وعشرين دينار.")
B("اسم الوالدة وتاريخ ميلادها؟")
B("منيرة، مواليد ٧ / ١١ / ١٩٥٦", [("name", "منيرة"), ("date_of_birth", "٧ / ١١ / ١٩٥٦")], "اسم الوالدة وتاريخ ميلادها؟")
B("الجابرية، قطعة ١١، شارع ٥، جادة ٢، منزل ١٤", [("address", "الجابرية، قطعة ١١، شارع ٥، جادة ٢، منزل ١٤")], "وعنوانكم عشان الباص؟")
B("تقدرين تدفعين كي نت أو بطاقة.")
B("البطاقة " + indic(grp(AR_CARD[3], [4, 4, 4, 4])), [("card", indic(grp(AR_CARD[3], [4, 4, 4, 4])))])
# --- more lines from the same clinics
B("رقم الإقامة حقي " + ar_digits(AR_ID[4][:5]) + " " + AR_ID[4][5:], [("id", ar_digits(AR_ID[4][:5]) + " " + AR_ID[4][5:])])
B("هويتي " + AR_ID[5] + " وهوية أخوي " + indic(AR_ID[6]), [("id", AR_ID[5]), ("id", indic(AR_ID[6]))])
B("السجل المدني " + ar_digits(AR_ID[7][:4]) + "، " + indic(AR_ID[7][4:]), [("id", ar_digits(AR_ID[7][:4]) + "، " + indic(AR_ID[7][4:]))],
  "ممكن رقم السجل المدني؟")
B("الآيبان حق زوجي " + AR_IBAN[4], [("iban", AR_IBAN[4])])
B("حولنا لك الاسترجاع على " + group4(AR_IBAN[6]) + " ويوصلك خلال خمس أيام عمل.", [("iban", group4(AR_IBAN[6]))])
B("ادفع بالماستر كارد: " + ar_digits(AR_CARD[6][:8]) + " " + AR_CARD[6][8:], [("card", ar_digits(AR_CARD[6][:8]) + " " + AR_CARD[6][8:])])
B("أمريكان إكسبريس " + grp(AR_CARD[4], [4, 6, 5]), [("card", grp(AR_CARD[4], [4, 6, 5]))])
B("الإيميل m.alharbi ات جيميل دوت كوم", [("email", "m.alharbi ات جيميل دوت كوم")])
B("ساكنة في دبي مارينا، برج الأميرة، شقة ٢٣٠٤، بس الشحنة للمكتب.", [("address", "دبي مارينا، برج الأميرة، شقة ٢٣٠٤")], "وين نوصل الجهاز؟")
B("رقمي تسعة ستة ستة، خمسة أربعة، سبعة صفر صفر، واحد ثمانية اثنين ثلاثة", [("phone", "تسعة ستة ستة، خمسة أربعة، سبعة صفر صفر، واحد ثمانية اثنين ثلاثة")])
B("الحساب رقم ١٤٧٢٥٨٣٦٩٠ في النظام، والمبلغ المستحق ثلاثمية وأربعين ريال من فاتورة ١٥ محرم.")
B("مرضى العيادة بالطابق ١٢ يستخدمون مصعد رقم ٣ من مدخل شارع الملك فهد.")
B("جوالي +٩٦٦ ٥٠ ٢٢٧ ٨٤١٣ واتساب بعد", [("phone", "+٩٦٦ ٥٠ ٢٢٧ ٨٤١٣")])
B("الرقم الأرضي صفر اثنين، ستة سبعة اثنين، خمسة صفر تسعة ثلاثة، يعني جدة", [("phone", "صفر اثنين، ستة سبعة اثنين، خمسة صفر تسعة ثلاثة")], "ورقم ثاني للتواصل؟")
B("العنوان ٤٥ شارع أحمد عرابي، المهندسين، الشقة ١٢ الدور السادس", [("address", "٤٥ شارع أحمد عرابي، المهندسين، الشقة ١٢ الدور السادس")])
B("انا من مواليد سبعة عشر اربعة الفين وثلاثة يعني عمري اثنين وعشرين", [("date_of_birth", "سبعة عشر اربعة الفين وثلاثة")], "كم عمرك وتاريخ ميلادك؟")
B("ايميلي نورة شرطة سفلية ١٩٩٥ ات اوتلوك دوت اس ايه", [("email", "نورة شرطة سفلية ١٩٩٥ ات اوتلوك دوت اس ايه")])
B("Visa " + grp(AR_CARD[7], [4, 4, 4, 4], "-") + " تاريخ الانتهاء ١١/٢٩", [("card", grp(AR_CARD[7], [4, 4, 4, 4], "-"))])
B("ايبان الشركة اللي تدفع عني " + AR_IBAN[7][:2] + " " + ar_digits(AR_IBAN[7][2:4]) + " " + grp(AR_IBAN[7][4:], [4, 4, 4, 4, 4]),
  [("iban", AR_IBAN[7][:2] + " " + ar_digits(AR_IBAN[7][2:4]) + " " + grp(AR_IBAN[7][4:], [4, 4, 4, 4, 4]))])
B("هوية الوالدة " + indic(make_saudi("103327718")) + " والتأمين بوبا", [("id", indic(make_saudi("103327718")))])
B("الموعد رقم ٢٠٨٨١٢٣٤٥٠ يوم ٢٠٢٥/٠٣/١٨، احضر قبل الموعد بعشرين دقيقة.")
B("الباقة فيها ١٢ جلسة بخصم ١٥٪، والعرض ينتهي آخر الشهر.")


# ================================================================ HEBREW
SECTORS["he"] = [
    "lymphoedema compression-garment fitting", "flotation-tank centre", "eating-disorder day clinic",
    "migraine clinic", "ostomy nurse service", "sports concussion clinic", "clinical hypnotherapy practice",
    "vasectomy clinic", "tinnitus clinic", "post-mastectomy breast-prosthesis fitting", "sexual-health clinic",
]
HE_CARD = [make_card("458003", 16), make_card("532610", 16), make_card("4580", 16), make_card("375510", 15),
           make_card("552173", 16), make_card("426684", 16), make_card("540207", 16), make_card("491677", 16)]
HE_IBAN = [make_iban("IL", "0108000000099999999"), make_iban("IL", "0126800000012345678"),
           make_iban("IL", "0200950000087654321"), make_iban("IL", "0311020000044551203"),
           make_iban("FR", "30006000011234567890189"), make_iban("IL", "0104700000019283746"),
           make_iban("GB", "HSBC40127663554411"), make_iban("IL", "0175180000000638452")]
HE_ID = [make_il_id("03654219"), make_il_id("31298876"), make_il_id("20457831"), make_il_id("05882146"),
         make_il_id("32719054"), make_il_id("02293875"), make_il_id("34110629"), make_il_id("06570314")]
for _n in ["2024-118-5573", "771 883 201", "4402 9931 5520 18"]:
    not_personal(_n)
H = lambda *a, **k: add("he", *a, **k)

# --- call 1: lymphoedema compression-garment fitting (native speakers)
H("מכון לימפה פלוס, שלום, מדברת מיכל.", [("name", "מיכל")])
H("היי, שמי אורית ברקוביץ, אני צריכה מדידה לשרוול לחץ אחרי הניתוח.", [("name", "אורית ברקוביץ")])
H("בשמחה. המדידה לוקחת בערך חצי שעה, והשרוול בהזמנה אישית זה אלף מאתיים שקל, מכבי מחזירים חלק.")
H("יש לי פנוי ביום שלישי ב-11:40 או ביום חמישי ה-23 ברבע לשלוש.")
H("מה מספר תעודת הזהות?")
H(he_digits(HE_ID[0]), [("id", he_digits(HE_ID[0]))], "מה מספר תעודת הזהות?")
H("ותאריך לידה?")
H("שתיים עשרה במרץ שמונים וארבע", [("date_of_birth", "שתיים עשרה במרץ שמונים וארבע")], "ותאריך לידה?")
H("אנחנו ברחוב ז'בוטינסקי 33 ברמת גן, קומה 14, מול הבורסה.")
H("המספר שלי אפס חמש ארבע, שבע שלוש שתיים, תשעים ואחת שמונים", [("phone", "אפס חמש ארבע, שבע שלוש שתיים, תשעים ואחת שמונים")])
# --- call 2: flotation-tank centre (Anglo immigrant; young Tel Avivi)
H("פלואו, מרכז ציפה, שלום.")
H("היי, אממ, זה שירה, Shira Goldberg, אני רוצה לקנות כרטיסייה של חמש ציפות.", [("name", "שירה"), ("name", "Shira Goldberg")])
H("כרטיסייה של חמש זה חמש מאות ותשעים שקל, כל ציפה שעה, ואת יכולה לנצל אותה עד שנה.")
H("אוקיי, הכרטיס שלי " + grp(HE_CARD[0], [4, 4, 4, 4]) + ", תוקף שבע עשרים ושבע", [("card", grp(HE_CARD[0], [4, 4, 4, 4]))])
H("ולאן לשלוח את הקבלה?")
H("shira dot goldberg at gmail dot com, גולדברג עם G", [("email", "shira dot goldberg at gmail dot com")], "ולאן לשלוח את הקבלה?")
H("אחי מה נשמע, זה עידו, אני רוצה לקבוע ציפה לחמישי בערב", [("name", "עידו")])
H("יש בשמונה ובתשע וחצי, המיכל השני מתפנה רק ברבע לעשר.")
H("מעולה, 052-7418830, תשלח לי סמס", [("phone", "052-7418830")])
# --- call 3: eating-disorder day clinic (French immigrant mother)
H("מרכז יום להפרעות אכילה, שלום, מדבר אבישי.", [("name", "אבישי")])
H("שלום, אני אודליה אזולאי, אני מתקשרת בשביל הבת שלי, היא בת שש עשרה.", [("name", "אודליה אזולאי")])
H("מה השם של הבת ותאריך הלידה שלה?")
H("שני, נולדה בשלושה בינואר 2009", [("name", "שני"), ("date_of_birth", "בשלושה בינואר 2009")], "מה השם של הבת ותאריך הלידה שלה?")
H("התוכנית היא חמישה ימים בשבוע משמונה עד שלוש, עם שתי ארוחות ופגישה עם דיאטנית.")
H("הוועדה מתכנסת ביום ראשון, ואם מאשרים, ההתחלה בעוד שבועיים בערך.")
H("ואיפה אתם גרים?")
H("רחוב הרצל 12, דירה 5, נתניה", [("address", "רחוב הרצל 12, דירה 5, נתניה")], "ואיפה אתם גרים?")
H("ההחזר על הנסיעות, אני אתן לך את החשבון הצרפתי שלי, " + group4(HE_IBAN[4]), [("iban", group4(HE_IBAN[4]))])
H("odelia point azoulay arobase free point fr, pardon, שטרודל free נקודה fr", [("email", "odelia point azoulay arobase free point fr"), ("email", "שטרודל free נקודה fr")])
# --- call 4: migraine clinic (Arab citizen speaking Hebrew)
H("מרפאת כאב ראש ומיגרנה, בוקר טוב.")
H("בוקר טוב, אני סמאח חורי מחיפה, רציתי לשאול על זריקות הבוטוקס למיגרנה.", [("name", "סמאח חורי")])
H("הטיפול זה שלושים ואחת זריקות כל שלושה חודשים, והסל מכסה אחרי שניסית שלוש תרופות מניעה.")
H("מה הכתובת שלך לשליחת הטפסים?")
H("שדרות בן גוריון 40, קומה שלישית, חיפה, מיקוד 3526104", [("address", "שדרות בן גוריון 40, קומה שלישית, חיפה, מיקוד 3526104")],
  "מה הכתובת שלך לשליחת הטפסים?")
H("ותעודת זהות?")
H(grp(HE_ID[1], [3, 3, 3]) + ", כן", [("id", grp(HE_ID[1], [3, 3, 3]))], "ותעודת זהות?")
H("הטלפון " + pairs("0546", he_two) + " " + he_digits("219") + " " + pairs("774", he_two), [("phone", pairs("0546", he_two) + " " + he_digits("219") + " " + pairs("774", he_two))])
H("התור הקרוב לנוירולוגית הוא ב-4 ביוני בשעה 13:20, סניף הדר.")
# --- call 5: ostomy nurse service (Russian immigrant)
H("שירות אחיות סטומה, שלום, מדברת לריסה.", [("name", "לריסה")])
H("אלו, שלום, זה ולדימיר קוזלוב, וובה, אני צריך עוד שקיות, נגמר לי.", [("name", "ולדימיר קוזלוב"), ("name", "וובה")])
H("בסדר, אני רואה שיש לך הזמנה חודשית של שלושים שקיות, מידה חמישים ושבע מילימטר.")
H("כתובת למשלוח, אותו דבר, רחוב יהודה הלוי 18, דירה 9, אשדוד?", [("address", "רחוב יהודה הלוי 18, דירה 9, אשדוד")])
H("לא, עברתי. עכשיו שדרות הרצל 3, קומה 2, אשקלון.", [("address", "שדרות הרצל 3, קומה 2, אשקלון")], "כתובת למשלוח, אותו דבר?")
H("תאריך לידה שלי שלושים ואחד, שש, שישים ושתיים", [("date_of_birth", "שלושים ואחד, שש, שישים ושתיים")])
H("המשלוח יוצא ביום רביעי, מספר המשלוח 2024-118-5573, ואין עלות כי זה בסל.")
# --- call 6: sports concussion clinic (native, father of a footballer)
H("מרפאת זעזוע מוח בספורט, שלום.")
H("שלום, כאן צביקה פרץ, הבן שלי קיבל מכה בראש במשחק בשבת.", [("name", "צביקה פרץ")])
H("מה שמו ומה תאריך הלידה שלו?")
H("רועי, עשרים ושמונה לאוגוסט אלפיים ועשר", [("name", "רועי"), ("date_of_birth", "עשרים ושמונה לאוגוסט אלפיים ועשר")], "מה שמו ומה תאריך הלידה שלו?")
H("הבדיקה כוללת מבחן ImPACT ובדיקת שיווי משקל, שעה וחצי, שש מאות וחמישים שקל.")
H("והתשלום?")
H("ויזה " + he_digits(HE_CARD[1][:8]) + " " + grp(HE_CARD[1][8:], [4, 4]), [("card", he_digits(HE_CARD[1][:8]) + " " + grp(HE_CARD[1][8:], [4, 4]))], "והתשלום?")
H("המייל שלי tzvika.peretz שטרודל walla נקודה co נקודה il", [("email", "tzvika.peretz שטרודל walla נקודה co נקודה il")])
H("אין חזרה לאימונים לפחות עשרה ימים, ואז חזרה הדרגתית בשישה שלבים.")
# --- call 7: clinical hypnotherapy practice (Ethiopian-Israeli caller)
H("קליניקה להיפנוזה טיפולית, שלום, מדברת רינת.", [("name", "רינת")])
H("שלום, שמי טספאיה וורקנה, רציתי לקבוע טיפול להפסקת עישון.", [("name", "טספאיה וורקנה")])
H("הסדרה היא ארבעה מפגשים של שעה, שמונה מאות שקל לכל הסדרה, ומקבלים הקלטה לשמוע בבית.")
H("אפשר להעביר בהעברה בנקאית? החשבון שלי IL " + he_two(HE_IBAN[0][2:4]) + " " + grp(HE_IBAN[0][4:], [4, 4, 4, 4, 3]),
  [("iban", "IL " + he_two(HE_IBAN[0][2:4]) + " " + grp(HE_IBAN[0][4:], [4, 4, 4, 4, 3]))])
H("והטלפון, למקרה שצריך לדחות?")
H("אפס חמש שמונה, שש שש, אחת אחת, שלוש אפס שבע", [("phone", "אפס חמש שמונה, שש שש, אחת אחת, שלוש אפס שבע")], "והטלפון, למקרה שצריך לדחות?")
H("אנחנו בקריית משה ברחובות, ליד התחנה המרכזית, הכניסה מרחוב הרצל.")
# --- call 8: vasectomy clinic (Anglo immigrant)
H("מרפאת אורולוגיה, וזקטומיה, שלום.")
H("Hi, sorry, my Hebrew is not so good, אני דיוויד, דיוויד שפירו, I want to book the, אה, the procedure.", [("name", "דיוויד", 0), ("name", "דיוויד שפירו")])
H("אין בעיה, אפשר באנגלית. It's twenty minutes, local anaesthetic, two thousand four hundred shekels.")
H("תעודת זהות, please.")
H("three two seven, one nine, oh five four, " + en_digits(HE_ID[4][8]) + ", yes nine digits", [("id", "three two seven, one nine, oh five four, " + en_digits(HE_ID[4][8]))], "תעודת זהות, please.")
H("My UK account for the deposit, " + group4(HE_IBAN[6]), [("iban", group4(HE_IBAN[6]))])
H("david.shapiro1979@gmail.com", [("email", "david.shapiro1979@gmail.com")], "ומייל?")
H("בדיקת זרע אחרי שלושה חודשים, שלושים ושישה יום בלי מאמץ, ואסור להרים יותר מחמישה קילו שבוע.")
# --- call 9: tinnitus clinic (older native speaker)
H("מכון לטיפול בטנטון, שלום.")
H("שלום, מדבר משה לוי, מושיקו, יש לי צפצוף באוזן כבר חצי שנה.", [("name", "משה לוי"), ("name", "מושיקו")])
H("מה תאריך הלידה שלך?")
H("אני נולדתי בכ\"ג באייר תשי\"ב, בלועזי שמונה עשר במאי חמישים ושתיים", [("date_of_birth", "כ\"ג באייר תשי\"ב"), ("date_of_birth", "שמונה עשר במאי חמישים ושתיים")],
  "מה תאריך הלידה שלך?")
H("הכתובת שלי רחוב סוקולוב 7 קומה א', חולון", [("address", "רחוב סוקולוב 7 קומה א', חולון")])
H("הטלפון בבית 03-5047712, ואם אני לא עונה תתקשרי לבת", [("phone", "03-5047712")])
H("טיפול TRT זה שנים עשר מפגשים, כל מפגש שלושה רבעי שעה, ומכשיר רעש לבן עולה תשע מאות תשעים ותשעה שקל.")
H("תעודת זהות " + he_digits(HE_ID[2], masc=True), [("id", he_digits(HE_ID[2], masc=True))], "ותעודת זהות?")
H("אשלם בכרטיס, " + he_digits(HE_CARD[2][:4]) + ", " + he_digits(HE_CARD[2][4:8]) + ", " + he_digits(HE_CARD[2][8:12]) + ", " + he_digits(HE_CARD[2][12:]),
  [("card", he_digits(HE_CARD[2][:4]) + ", " + he_digits(HE_CARD[2][4:8]) + ", " + he_digits(HE_CARD[2][8:12]) + ", " + he_digits(HE_CARD[2][12:]))])
# --- call 10: post-mastectomy breast-prosthesis fitting (Russian-speaking woman; Arab citizen)
H("מכון התאמת פרוטזות חזה, ערב טוב, כאן סיגל.", [("name", "סיגל")])
H("ערב טוב, אני ילנה, ילנה סמירנובה, אני צריכה פרוטזה חדשה וחזיות.", [("name", "ילנה", 0), ("name", "ילנה סמירנובה")])
H("פרוטזה סיליקון מגיעה פעם בשנתיים מהסל, והחזיות מאתיים שמונים שקל ליחידה.")
H("ת.ז. " + HE_ID[3] + ", מספר ביטוח לאומי אותו דבר", [("id", HE_ID[3])])
H("תשלחי את הקבלה ל-lena.smirnova83 שטרודל mail.ru", [("email", "lena.smirnova83 שטרודל mail.ru")])
H("ההחזר מקופת חולים לחשבון " + HE_IBAN[1], [("iban", HE_IBAN[1])])
H("מרחבא, אני ג'ומאנה עבאס מטמרה, אפשר לקבוע אצלכם התאמה?", [("name", "ג'ומאנה עבאס")])
H("הכתובת שכונת אל-ג'בל, רחוב 8, בית 22, טמרה", [("address", "שכונת אל-ג'בל, רחוב 8, בית 22, טמרה")], "מה הכתובת למשלוח?")
H("הנייד " + "050-" + he_digits("6634") + "-" + "129", [("phone", "050-" + he_digits("6634") + "-" + "129")])
# --- call 11: sexual-health clinic (young caller, anonymous testing vs. named results)
H("מרפאה לבריאות מינית, שלום.")
H("היי, אממ, רציתי לדעת אם אפשר להיבדק בלי לתת שם")
H("כן, הבדיקה האנונימית חינם, מקבלים מספר 771 883 201 ואיתו מקבלים את התוצאה אחרי שבוע.")
H("ואם אני רוצה שהתוצאות ישלחו לרופא המשפחה, אז אני צריך לתת שם, נכון? זה אלון מזרחי.", [("name", "אלון מזרחי")])
H("כן, ותעודת זהות ומייל.")
H("alon_m קו תחתון, לא סליחה, alon קו תחתון mizrahi שטרודל gmail נקודה com", [("email", "alon קו תחתון mizrahi שטרודל gmail נקודה com")], "כן, ותעודת זהות ומייל.")
H("נולדתי ב-7.11.2001", [("date_of_birth", "7.11.2001")], "ותאריך לידה?")
H("המרפאה פתוחה ימים א' עד ה' מ-8:00 עד 15:30, בקומה 2 בבניין לוינסקי.")
# --- more lines from the same calls (payments, refunds, read-backs)
H("מספר הכרטיס " + grp(HE_CARD[3], [4, 6, 5]) + ", אמריקן אקספרס", [("card", grp(HE_CARD[3], [4, 6, 5]))], "איך תרצי לשלם?")
H("ארבע חמש שמונה, אה לא, חמש חמש שתיים אחת שבע שלוש, " + grp(HE_CARD[4][6:], [2, 4, 4]),
  [("card", "חמש חמש שתיים אחת שבע שלוש, " + grp(HE_CARD[4][6:], [2, 4, 4]))], "מספר כרטיס אשראי?")
H("אז זה " + grp(HE_CARD[5][:8], [4, 4]) + ", נכון? ומה הלאה?", [("card", grp(HE_CARD[5][:8], [4, 4]))])
H(he_digits(HE_CARD[5][8:12]) + ", " + he_digits(HE_CARD[5][12:]), [("card", he_digits(HE_CARD[5][8:12]) + ", " + he_digits(HE_CARD[5][12:]))],
  "אז זה " + grp(HE_CARD[5][:8], [4, 4]) + ", נכון? ומה הלאה?")
H("כרטיס " + HE_CARD[6] + " על שם בעלי", [("card", HE_CARD[6])])
H("הכרטיס של העסק " + grp(HE_CARD[7], [4, 4, 4, 4], "-"), [("card", grp(HE_CARD[7], [4, 4, 4, 4], "-"))])
H("את ההחזר תעבירו ל" + group4(HE_IBAN[2]) + " בבנק הפועלים", [("iban", group4(HE_IBAN[2]))])
H("איי אל, " + he_two(HE_IBAN[3][2:4]) + ", " + grp(HE_IBAN[3][4:], [3, 3, 3, 3, 3, 4]), [("iban", "איי אל, " + he_two(HE_IBAN[3][2:4]) + ", " + grp(HE_IBAN[3][4:], [3, 3, 3, 3, 3, 4]))],
  "מה מספר ה-IBAN?")
H("תרשמי " + group4(HE_IBAN[5]) + ", זה חשבון משותף עם אשתי", [("iban", group4(HE_IBAN[5]))])
H("ה-IBAN שלי " + HE_IBAN[7][:4] + " " + he_digits(HE_IBAN[7][4:10]) + " " + HE_IBAN[7][10:], [("iban", HE_IBAN[7][:4] + " " + he_digits(HE_IBAN[7][4:10]) + " " + HE_IBAN[7][10:])])
H("תעודת זהות של הילד " + grp(HE_ID[5], [2, 3, 4], "-"), [("id", grp(HE_ID[5], [2, 3, 4], "-"))])
H("ת\"ז " + pairs(HE_ID[6][:8], he_two) + " " + he_digits(HE_ID[6][8]), [("id", pairs(HE_ID[6][:8], he_two) + " " + he_digits(HE_ID[6][8]))], "מה מספר תעודת הזהות?")
assert HE_ID[7] == "065703142"
H("אפס שש חמש, שבעים, שלוש אחת, ארבעים ושתיים", [("id", "אפס שש חמש, שבעים, שלוש אחת, ארבעים ושתיים")], "ותעודת זהות של המטופלת?")
H("פלוס תשע שבע שתיים, חמישים ושתיים, שלוש שלוש אחת, שמונה אפס אפס ארבע", [("phone", "פלוס תשע שבע שתיים, חמישים ושתיים, שלוש שלוש אחת, שמונה אפס אפס ארבע")], "לאיזה מספר לחזור אלייך?")
H("הטלפון של אמא 04-8523390 והנייד שלי 053 442 1687", [("phone", "04-8523390"), ("phone", "053 442 1687")])
H("אני גר בנחלת בנימין 41, דירה 6, תל אביב", [("address", "נחלת בנימין 41, דירה 6, תל אביב")], "לאן לשלוח את המכשיר?")
H("המשלוח לרחוב העצמאות 102, כניסה ב', קומה 4, באר שבע", [("address", "רחוב העצמאות 102, כניסה ב', קומה 4, באר שבע")])
H("המייל y point cohen 77 at hotmail point com", [("email", "y point cohen 77 at hotmail point com")])
H("תאריך לידה עשרים ושתיים אפס תשע שבעים ושש", [("date_of_birth", "עשרים ושתיים אפס תשע שבעים ושש")], "תאריך לידה?")
H("הקבלה מספר 4402 9931 5520 18 על סך שלוש מאות ארבעים שקל, שולמה ב-3 תשלומים.")
H("הטיפול הבא ביום שני, 14 ביולי, בסניף פתח תקווה ברחוב ההסתדרות.")


# ================================================================ GREEK
SECTORS["el"] = [
    "hyperhidrosis clinic", "independent home-birth midwife", "gait-analysis lab", "dyslexia assessment centre",
    "stroke rehabilitation unit", "DEXA bone-density centre", "proctology clinic", "ear-wax microsuction clinic",
    "chronic-fatigue clinic", "hand-surgery clinic", "colposcopy clinic",
]
EL_CARD = [make_card("476173", 16), make_card("516732", 16), make_card("4741", 16), make_card("374245", 15),
           make_card("535522", 16), make_card("492181", 16), make_card("545762", 16), make_card("4058", 16)]
EL_IBAN = [make_iban("GR", "01101250000000012300695"), make_iban("GR", "01720380005038012345678"),
           make_iban("CY", "002001950000357001234567".replace("0357", "0419")), make_iban("GR", "02600280000650200987654"),
           make_iban("GR", "01401010101002101234567"), make_iban("CY", "005001210000001200345678"),
           make_iban("DE", "500105175407324931"), make_iban("GR", "01100800000008004731211")]
EL_AFM = [make_afm("04783912"), make_afm("13377420"), make_afm("06629185"), make_afm("11250076"),
          make_afm("05918833"), make_afm("14407261"), make_afm("03322957"), make_afm("12081664")]
for _n in ["8830 1174 2296 5", "30049211"]:
    not_personal(_n)
E = lambda *a, **k: add("el", *a, **k)

# --- call 1: hyperhidrosis clinic (young Athenian)
E("Κλινική Υπεριδρωσίας, καλημέρα σας, είμαι η Δέσποινα.", [("name", "Δέσποινα")])
E("Καλημέρα, εεε, με λένε Στέλιο Μαυρίδη, ενδιαφέρομαι για την ιοντοφόρεση στις παλάμες.", [("name", "Στέλιο Μαυρίδη")])
E("Βεβαίως. Η πρώτη εκτίμηση κοστίζει εξήντα ευρώ και η κάθε συνεδρία είκοσι λεπτά.")
E("Χρειαζόμαστε συνήθως οκτώ συνεδρίες, δύο φορές την εβδομάδα, και μετά συντήρηση μία φορά τον μήνα.")
E("Έχω διαθέσιμο την Τρίτη 12 Νοεμβρίου στις έξι και μισή ή την Πέμπτη στις 17:15.")
E("έξι εννιά επτά, τέσσερα τρία δύο, ογδόντα ένα, δεκαεννιά", [("phone", "έξι εννιά επτά, τέσσερα τρία δύο, ογδόντα ένα, δεκαεννιά")], "Ένα κινητό τηλέφωνο;")
E("το μέιλ μου stelios κάτω παύλα mav παπάκι gmail τελεία com", [("email", "stelios κάτω παύλα mav παπάκι gmail τελεία com")])
E("Το ΑΦΜ σας για την απόδειξη;")
E(el_digits(EL_AFM[0]), [("id", el_digits(EL_AFM[0]))], "Το ΑΦΜ σας για την απόδειξη;")
E("Είμαστε στη Βασιλίσσης Σοφίας, απέναντι από το Χίλτον, δεύτερος όροφος.")
# --- call 2: independent home-birth midwife (Cypriot)
E("Εμπρός, Μαίευση στο Σπίτι, η Ανθή.", [("name", "Ανθή")])
E("Γεια σας, είμαι η Χαραλαμπία Νικολάου, Λία, είμαι στην εικοστή όγδοη εβδομάδα και θέλω τοκετό στο σπίτι.",
  [("name", "Χαραλαμπία Νικολάου"), ("name", "Λία")])
E("Τέλεια. Το πακέτο είναι τρεις χιλιάδες διακόσια ευρώ, με έξι προγεννητικές επισκέψεις και δύο μετά τον τοκετό.")
E("Πού μένετε ακριβώς, για να δούμε αν είστε εντός ακτίνας;")
E("Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 28, διαμέρισμα 302, 1065 Λευκωσία", [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 28, διαμέρισμα 302, 1065 Λευκωσία")],
  "Πού μένετε ακριβώς, για να δούμε αν είστε εντός ακτίνας;")
E("Και η ημερομηνία γέννησής σας;")
E("Εικοσιτρείς του Οχτώβρη του ενενήντα τρία", [("date_of_birth", "Εικοσιτρείς του Οχτώβρη του ενενήντα τρία")], "Και η ημερομηνία γέννησής σας;")
E("Το κινητό μου είναι ενενήντα εννιά, τέσσερα πέντε, έξι εφτά, μηδέν ένα", [("phone", "ενενήντα εννιά, τέσσερα πέντε, έξι εφτά, μηδέν ένα")])
E("Θα σου στείλω την προκαταβολή από τον λογαριασμό μου, " + group4(EL_IBAN[2]), [("iban", group4(EL_IBAN[2]))])
E("Η προκαταβολή είναι πεντακόσια, και τα υπόλοιπα μέχρι την τριακοστή έκτη εβδομάδα.")
# --- call 3: gait-analysis lab (runner, Thessaloniki)
E("Εργαστήριο Ανάλυσης Βάδισης, παρακαλώ.")
E("Γεια σας, ο Νίκος Παπαδόγιαννης, Nikos, έκλεισα online για Σάββατο αλλά δεν ήρθε επιβεβαίωση.", [("name", "Νίκος Παπαδόγιαννης"), ("name", "Nikos")])
E("Η ανάλυση με τις κάμερες και την πλατφόρμα πίεσης κρατάει μία ώρα και κοστίζει ενενήντα πέντε ευρώ.")
E("Σας βλέπω για Σάββατο 8 Μαρτίου στις 10:00, κωδικός κράτησης ΡΚ-5520-913.")
E("Φέρτε σορτσάκι και τα παπούτσια που τρέχετε, και αν έχετε πάρει πάτους από άλλο εργαστήριο.")
E("Θα πληρώσω με κάρτα, " + grp(EL_CARD[0], [4, 4, 4, 4]), [("card", grp(EL_CARD[0], [4, 4, 4, 4]))])
E("Η διεύθυνση για το τιμολόγιο;")
E("Εγνατίας 112, τρίτος όροφος, 54631 Θεσσαλονίκη", [("address", "Εγνατίας 112, τρίτος όροφος, 54631 Θεσσαλονίκη")], "Η διεύθυνση για το τιμολόγιο;")
E("και ΑΦΜ " + grp(EL_AFM[1], [3, 3, 3]), [("id", grp(EL_AFM[1], [3, 3, 3]))])
# --- call 4: dyslexia assessment centre (mother, older Athenian register)
E("Κέντρο Αξιολόγησης Δυσλεξίας, καλησπέρα.")
E("Καλησπέρα σας, λέγομαι Παναγιώτα Σταθοπούλου, για τον γιο μου, πάει πέμπτη δημοτικού.", [("name", "Παναγιώτα Σταθοπούλου")])
E("Πώς λέγεται ο μικρός και πότε γεννήθηκε;")
E("Ο Μάριος, γεννήθηκε στις 4 Ιουνίου 2014", [("name", "Μάριος"), ("date_of_birth", "4 Ιουνίου 2014")], "Πώς λέγεται ο μικρός και πότε γεννήθηκε;")
E("Η αξιολόγηση γίνεται σε δύο συναντήσεις των ενενήντα λεπτών, κοστίζει διακόσια πενήντα ευρώ, και η γνωμάτευση βγαίνει σε δέκα εργάσιμες.")
E("Η γνωμάτευση του ΚΕΔΑΣΥ έχει αναμονή έξι μήνες, γι' αυτό έρχονται πολλοί σε εμάς.")
E("Τηλέφωνο επικοινωνίας;")
E("Δύο δέκα, εξήντα πέντε, σαράντα δύο, οχτακόσια δώδεκα. Σπίτι.", [("phone", "Δύο δέκα, εξήντα πέντε, σαράντα δύο, οχτακόσια δώδεκα")], "Τηλέφωνο επικοινωνίας;")
E("Το μέιλ είναι γιώτα στάθ παπάκι yahoo τελεία gr, stath με θήτα, δηλαδή t h", [("email", "γιώτα στάθ παπάκι yahoo τελεία gr")])
E("και ο λογαριασμός για την πληρωμή " + group4(EL_IBAN[0]), [("iban", group4(EL_IBAN[0]))])
# --- call 5: stroke rehabilitation unit (son calling for father; Cretan)
E("Μονάδα Αποκατάστασης μετά από Εγκεφαλικό, καλημέρα, ο Θανάσης.", [("name", "Θανάσης")])
E("Καλημέρα. Είμαι ο Μανώλης Τζανακάκης, ο πατέρας μου έπαθε εγκεφαλικό και τον βγάζουν από το νοσοκομείο την Παρασκευή.", [("name", "Μανώλης Τζανακάκης")])
E("Λυπάμαι πολύ. Το πρόγραμμα είναι τρεις ώρες θεραπείες τη μέρα, φυσικοθεραπεία, λογοθεραπεία και εργοθεραπεία.")
E("Ποιο είναι το όνομα του ασθενή και η ημερομηνία γέννησης;")
E("Γιάννης Τζανακάκης, δεκαεφτά του τρία, σαράντα εννιά", [("name", "Γιάννης Τζανακάκης"), ("date_of_birth", "δεκαεφτά του τρία, σαράντα εννιά")],
  "Ποιο είναι το όνομα του ασθενή και η ημερομηνία γέννησης;")
E("Ο ΕΟΠΥΥ καλύπτει τις πρώτες σαράντα πέντε μέρες, μετά είναι εκατόν είκοσι ευρώ την ημέρα.")
E("ΑΦΜ του πατέρα μου " + EL_AFM[2], [("id", EL_AFM[2])])
E("Μένει στο χωριό, οδός Ελευθερίου Βενιζέλου 14, Αρχάνες, Ηράκλειο, 70100", [("address", "οδός Ελευθερίου Βενιζέλου 14, Αρχάνες, Ηράκλειο, 70100")])
E("Το κινητό μου, +30 694 551 2870", [("phone", "+30 694 551 2870")])
# --- call 6: DEXA bone-density centre (older woman)
E("Κέντρο Μέτρησης Οστικής Πυκνότητας, παρακαλώ.")
E("Ναι παιδί μου, είμαι η κυρία Λίτσα, Ευαγγελία Ραφαηλίδου, μου είπε ο γιατρός να κάνω μέτρηση.", [("name", "Λίτσα"), ("name", "Ευαγγελία Ραφαηλίδου")])
E("Μάλιστα. Έχετε παραπεμπτικό; Με παραπεμπτικό η συμμετοχή είναι δεκαπέντε τοις εκατό.")
E("Ημερομηνία γέννησης;")
E("Πρώτη του Μάη του σαράντα οχτώ, χίλια εννιακόσια σαράντα οχτώ", [("date_of_birth", "Πρώτη του Μάη του σαράντα οχτώ, χίλια εννιακόσια σαράντα οχτώ")], "Ημερομηνία γέννησης;")
E("Μένω Πατησίων εκατόν δώδεκα, στον πέμπτο, στην Κυψέλη", [("address", "Πατησίων εκατόν δώδεκα, στον πέμπτο, στην Κυψέλη")], "Η διεύθυνσή σας;")
E("Η εξέταση κρατάει δέκα λεπτά, δεν χρειάζεται νηστεία, απλώς όχι ασβέστιο είκοσι τέσσερις ώρες πριν.")
E("Το τηλέφωνο του σπιτιού είναι 210 8 23 45 19, και του γιου μου 6972 118 430", [("phone", "210 8 23 45 19"), ("phone", "6972 118 430")])
# --- call 7: proctology clinic (man, hesitant)
E("Ιατρείο Πρωκτολογίας, καλησπέρα, η Ειρήνη.", [("name", "Ειρήνη")])
E("καλησπέρα εεε ήθελα να κλείσω ένα ραντεβού για εξέταση, ο Βαγγέλης Κωνσταντίνου", [("name", "Βαγγέλης Κωνσταντίνου")])
E("Η επίσκεψη είναι ογδόντα ευρώ, και αν χρειαστεί απολίνωση με δακτύλιο είναι διακόσια πενήντα ανά συνεδρία.")
E("Πρώτο διαθέσιμο, Δευτέρα 2 Δεκεμβρίου στις οχτώ και είκοσι, στο ιατρείο στη Μεσογείων 45.")
E("Πληρωμή με κάρτα: " + el_digits(EL_CARD[1][:8]) + ", " + grp(EL_CARD[1][8:], [4, 4]), [("card", el_digits(EL_CARD[1][:8]) + ", " + grp(EL_CARD[1][8:], [4, 4]))])
E("το μέιλ vaggelis.konst παπάκι hotmail τελεία com", [("email", "vaggelis.konst παπάκι hotmail τελεία com")])
# --- call 8: ear-wax microsuction clinic (older Cypriot)
E("Κλινική Καθαρισμού Αυτιών, καλημέρα, Λεμεσός.")
E("Καλημέρα κόρη μου, ο Χαμπής είμαι, ο Χαράλαμπος Ευαγγέλου, τα αυτιά μου εβουλώσαν πάλε.", [("name", "Χαμπής"), ("name", "Χαράλαμπος Ευαγγέλου")])
E("Η μικροαναρρόφηση είναι σαράντα πέντε ευρώ για τα δύο αυτιά, κρατάει είκοσι λεπτά, χωρίς νερό.")
E("Πού κάθεστε κύριε Χαράλαμπε, να σας στείλουμε την κάρτα ραντεβού;", [("name", "Χαράλαμπε")])
E("Οδός Γλάδστωνος 9, Πάνω Λεύκαρα, 7700", [("address", "Οδός Γλάδστωνος 9, Πάνω Λεύκαρα, 7700")], "Πού κάθεστε, να σας στείλουμε την κάρτα ραντεβού;")
E("Τηλέφωνο; Εννιά εννιά, έξι ένα, τέσσερα οχτώ, δύο δύο", [("phone", "Εννιά εννιά, έξι ένα, τέσσερα οχτώ, δύο δύο")])
E("Να πληρώσει η κόρη μου που είναι στην Αγγλία, εν έχω κάρτα, η δική της " + el_digits(EL_CARD[2]), [("card", el_digits(EL_CARD[2]))])
# --- call 9: chronic-fatigue clinic (young woman)
E("Κλινική Χρόνιας Κόπωσης, γεια σας.")
E("Γεια, είμαι η Μυρτώ Αλεξίου, έχω κάνει τις εξετάσεις αίματος και θέλω το πρόγραμμα με τη σταδιακή δραστηριότητα.", [("name", "Μυρτώ Αλεξίου")])
E("Το δωδεκάβδομαδο πρόγραμμα είναι τριακόσια σαράντα ευρώ, με εβδομαδιαία τηλεσυνεδρία σαράντα πέντε λεπτών.")
E("Στείλτε μου στο myrto.alexiou@protonmail.com τις λεπτομέρειες", [("email", "myrto.alexiou@protonmail.com")])
E("Γεννήθηκα 09/02/1998, αν το χρειάζεστε", [("date_of_birth", "09/02/1998")])
E("ΑΦΜ " + el_digits(EL_AFM[3][:4]) + " " + EL_AFM[3][4:], [("id", el_digits(EL_AFM[3][:4]) + " " + EL_AFM[3][4:])], "Θέλετε απόδειξη με ΑΦΜ;")
E("Θα πληρώσω με έμβασμα, " + group4(EL_IBAN[1]), [("iban", group4(EL_IBAN[1]))])
# --- call 10: hand-surgery clinic (carpenter, Patras)
E("Κλινική Χειρουργικής Χεριού, καλημέρα σας.")
E("Καλημέρα, Τάκης Γεωργίου, ξυλουργός, κόπηκα στο δάχτυλο με το πριόνι και με στείλανε σε εσάς.", [("name", "Τάκης Γεωργίου")])
E("Μάλιστα, θα σας δει ο χειρουργός σήμερα στις τέσσερις, ελάτε νηστικός για καλό και για κακό.")
E("Έχω ασφάλεια ΕΦΚΑ, το ΑΦΜ είναι " + pairs(EL_AFM[4][:8], el_two) + " " + el_digits(EL_AFM[4][8]), [("id", pairs(EL_AFM[4][:8], el_two) + " " + el_digits(EL_AFM[4][8]))])
E("Η διεύθυνσή μου Κορίνθου 218, Πάτρα, 26223, ισόγειο", [("address", "Κορίνθου 218, Πάτρα, 26223, ισόγειο")])
E("Ο νάρθηκας κοστίζει εβδομήντα ευρώ και τα ράμματα βγαίνουν σε δέκα με δώδεκα μέρες.")
# --- call 11: colposcopy clinic (woman; Albanian-Greek caller)
E("Ιατρείο Κολποσκόπησης, καλημέρα, η Ρένα.", [("name", "Ρένα")])
E("Καλημέρα, με λένε Ελίντα Χότζα, το τεστ Παπ βγήκε ASC-US και μου είπαν να κάνω κολποσκόπηση.", [("name", "Ελίντα Χότζα")])
E("Η κολποσκόπηση είναι εκατόν είκοσι ευρώ, και αν χρειαστεί βιοψία, πενήντα επιπλέον, τα αποτελέσματα σε επτά μέρες.")
E("Το κινητό μου εξήντα εννιά, σαράντα τέσσερα, τρία ένα, ένα, πέντε, έξι, εφτά", [("phone", "εξήντα εννιά, σαράντα τέσσερα, τρία ένα, ένα, πέντε, έξι, εφτά")])
E("Το μέιλ μου elinda τελεία hoxha παπάκι gmail τελεία com", [("email", "elinda τελεία hoxha παπάκι gmail τελεία com")])
E("Γεννήθηκα στις δεκαοχτώ Ιουλίου του ογδόντα εφτά", [("date_of_birth", "δεκαοχτώ Ιουλίου του ογδόντα εφτά")], "Ημερομηνία γέννησης;")
# --- more lines from the same calls (payments, refunds, corrections)
E("Ο αριθμός της κάρτας " + grp(EL_CARD[3], [4, 6, 5]) + ", American Express", [("card", grp(EL_CARD[3], [4, 6, 5]))], "Πώς θα πληρώσετε;")
E("πέντε τρία πέντε πέντε, όχι συγγνώμη, πέντε τρία πέντε πέντε δύο δύο, " + grp(EL_CARD[4][6:], [2, 4, 4]),
  [("card", "πέντε τρία πέντε πέντε"), ("card", "πέντε τρία πέντε πέντε δύο δύο, " + grp(EL_CARD[4][6:], [2, 4, 4]))], "Τον αριθμό της κάρτας;")
E("Δηλαδή " + grp(EL_CARD[5][:8], [4, 4]) + ", σωστά; Συνεχίστε.", [("card", grp(EL_CARD[5][:8], [4, 4]))])
E(el_digits(EL_CARD[5][8:12]) + ", " + el_digits(EL_CARD[5][12:]), [("card", el_digits(EL_CARD[5][8:12]) + ", " + el_digits(EL_CARD[5][12:]))],
  "Δηλαδή " + grp(EL_CARD[5][:8], [4, 4]) + ", σωστά; Συνεχίστε.")
E("κάρτα " + grp(EL_CARD[6], [4, 4, 4, 4], "-") + " λήξη 03/28", [("card", grp(EL_CARD[6], [4, 4, 4, 4], "-"))])
E("Visa " + EL_CARD[7] + ", στο όνομα του άντρα μου", [("card", EL_CARD[7])])
E("Την επιστροφή στο " + group4(EL_IBAN[3]) + ", Πειραιώς", [("iban", group4(EL_IBAN[3]))])
E("γκρ " + el_two(EL_IBAN[4][2:4]) + ", " + grp(EL_IBAN[4][4:], [4, 4, 4, 4, 4, 3]), [("iban", "γκρ " + el_two(EL_IBAN[4][2:4]) + ", " + grp(EL_IBAN[4][4:], [4, 4, 4, 4, 4, 3]))],
  "Το IBAN σας για την επιστροφή;")
E("Από Κύπρο πληρώνω, IBAN " + EL_IBAN[5], [("iban", EL_IBAN[5])])
E("Δουλεύω στη Γερμανία, ο λογαριασμός είναι " + group4(EL_IBAN[6]), [("iban", group4(EL_IBAN[6]))])
E("GR" + EL_IBAN[7][2:4] + " " + el_digits(EL_IBAN[7][4:11]) + " " + grp(EL_IBAN[7][11:], [4, 4, 4]), [("iban", "GR" + EL_IBAN[7][2:4] + " " + el_digits(EL_IBAN[7][4:11]) + " " + grp(EL_IBAN[7][11:], [4, 4, 4]))],
  "Πείτε μου το IBAN.")
E("Ο ΑΦΜ της εταιρείας μου είναι άλλος, ο προσωπικός μου " + EL_AFM[5], [("id", EL_AFM[5])])
E("ΑΦΜ " + grp(EL_AFM[6], [3, 3, 3], "."), [("id", grp(EL_AFM[6], [3, 3, 3], "."))])
E(el_digits(EL_AFM[7][:3]) + ", " + pairs(EL_AFM[7][3:], el_two), [("id", el_digits(EL_AFM[7][:3]) + ", " + pairs(EL_AFM[7][3:], el_two))], "Τον ΑΦΜ σας παρακαλώ;")
E("το μέιλ μου είναι κάπα ι ρ ι α κ ο σ, kiriakos, τελεία z παπάκι otenet τελεία gr", [("email", "κάπα ι ρ ι α κ ο σ, kiriakos, τελεία z παπάκι otenet τελεία gr")])
E("sofia_k_1990@yahoo.gr", [("email", "sofia_k_1990@yahoo.gr")], "Ένα email;")
E("Στείλτε το στο dimitris τελεία vlachos παπάκι outlook τελεία com", [("email", "dimitris τελεία vlachos παπάκι outlook τελεία com")])
E("Είμαι γεννημένη στις 3 Φεβρουαρίου 1975", [("date_of_birth", "3 Φεβρουαρίου 1975")])
E("εικοσιοχτώ του έξι του εβδομήντα ένα", [("date_of_birth", "εικοσιοχτώ του έξι του εβδομήντα ένα")], "Την ημερομηνία γέννησης του ασθενή;")
E("Θα έρθει το ασθενοφόρο στην Αγίου Δημητρίου 7, στο Περιστέρι, δεύτερος όροφος", [("address", "Αγίου Δημητρίου 7, στο Περιστέρι, δεύτερος όροφος")])
E("Η διεύθυνση είναι Ηρώων Πολυτεχνείου 33, Λάρνακα 6042", [("address", "Ηρώων Πολυτεχνείου 33, Λάρνακα 6042")])
E("+357 99 512 408, αυτό είναι το κυπριακό", [("phone", "+357 99 512 408")])
E("Ο αριθμός της απόδειξης είναι 8830 1174 2296 5, για τα εκατόν ογδόντα ευρώ.")
E("Το κέντρο κλείνει 15 Αυγούστου και ανοίγει ξανά τη Δευτέρα 1η Σεπτεμβρίου.")
E("Ο κωδικός της παραπομπής είναι 30049211 και ισχύει για τριάντα μέρες.")
E("Η Ερμού και η Σταδίου είναι κλειστές για πορεία, ελάτε από την Πανεπιστημίου.")
E("Έλα, ο Σάκης από το ραντεβού της Πέμπτης, σε παίρνω από το 6944 38 27 15", [("name", "Σάκης"), ("phone", "6944 38 27 15")])
E("Η κόρη μου, η Ζωή, γεννήθηκε 11.12.2016 και θέλει αξιολόγηση κι αυτή", [("name", "Ζωή"), ("date_of_birth", "11.12.2016")])
E("Μένουμε στην οδό Αριστοτέλους 21, διαμέρισμα 4, Χαλάνδρι, 15234", [("address", "οδό Αριστοτέλους 21, διαμέρισμα 4, Χαλάνδρι, 15234")])
E("Το πακέτο των δέκα συνεδριών έχει έκπτωση 20%, δηλαδή τετρακόσια ογδόντα αντί για εξακόσια.")
E("Η Παπαδόπουλος Φαρμακευτική μας στέλνει τα ηλεκτρόδια κάθε Τρίτη, παραγγελία 14 κουτιά.")


if __name__ == "__main__":
    main()
