#!/usr/bin/env python3
"""Blind held-out redaction set "blind70": postal and courier services.

Who wrote it and how: a helper session, working only from a written brief (the
product's specification of what counts as personal data and the output format).
It never read the redactor, its rules, its tests, nor any other evaluation set or
generator. The calls are imagined: parcel tracking, failed deliveries and
redelivery, customs duties on imports, returns, post office boxes, registered
letters, lost and damaged parcels, cash-on-delivery remittances, mail
redirection and parcel lockers. All values are invented; every number that
carries a check digit (cards, IBANs, national IDs) is computed here.

Output: data/redaction/blind70/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" only where a line needs it
- kind: card, iban, id, phone, email, date_of_birth, name, address
- start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive,
  computed by searching for each span's substring (never counted by hand) and
  asserted when written.
- context: an earlier line of the same call (not scored).
- items with empty spans are non-personal and must come out unchanged.

Usage: python3 benches/redaction/make_blind70.py   (deterministic, stdlib only)
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    d = str(d)
    tot = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        tot += v
    return tot % 10 == 0


def luhn_complete(body):
    """Append the Luhn check digit to body (a digit string)."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    """body: all digits but the last; returns the valid card number."""
    n = luhn_complete(body)
    assert 13 <= len(n) <= 19, n
    return n


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "GR": 27, "CY": 28, "IL": 23, "SA": 24,
            "AE": 23, "EG": 29, "JO": 30, "FR": 27, "NL": 18, "ES": 24, "QA": 29,
            "KW": 30, "BH": 22, "LB": 28, "TR": 26, "IT": 27, "PT": 25, "BE": 16}


def _iban_int(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc]:
        return False
    return _iban_int(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_int(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def il_id_ok(d):
    d = str(d)
    if len(d) != 9 or not d.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(d):
        v = int(ch) * (1 + i % 2)
        tot += v // 10 + v % 10
    return tot % 10 == 0


def il_id(body8):
    for c in "0123456789":
        if il_id_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    d = str(d)
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def sa_id_ok(d):
    d = str(d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def sa_id(body9):
    n = luhn_complete(body9)
    assert sa_id_ok(n)
    return n


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a < "900" and g != "00" and n != "0000"


def fails_all_checks(d):
    """A long digit string that is not personal must fail every check."""
    d = str(d)
    bad = []
    if 13 <= len(d) <= 19 and luhn_ok(d):
        bad.append("luhn")
    if len(d) == 9 and il_id_ok(d):
        bad.append("il_id")
    if len(d) == 9 and afm_ok(d):
        bad.append("afm")
    if sa_id_ok(d):
        bad.append("sa_id")
    return not bad


def np_num(d):
    """A non-personal number (tracking, reference...): assert it fails checks."""
    assert fails_all_checks(re.sub(r"\D", "", d)), d
    return d

# ------------------------------------------------------------- spoken numbers

AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
AI_BACK = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def ai(s):
    """Western digits to Arabic-Indic digits."""
    return s.translate(AI)


DIG = {
    "en": "zero one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "arc": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "hem": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def digits_words(lang, s, sep=" ", gsep=None, oh=False, double=False):
    """Say each digit of s. Spaces/dashes in s separate groups (joined by gsep)."""
    gsep = sep if gsep is None else gsep
    words = DIG[lang]
    out = []
    for g in re.split(r"[\s-]+", s.strip()):
        ws = []
        i = 0
        while i < len(g):
            w = words[int(g[i])]
            if lang == "en" and oh and g[i] == "0":
                w = "oh"
            run = 1
            while i + run < len(g) and g[i + run] == g[i]:
                run += 1
            if double and run == 2:
                ws.append("double " + w)
                i += 2
                continue
            ws.extend([w] * run)
            i += run
        out.append(sep.join(ws))
    return gsep.join(out)


EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
AR_TEENS = ["عشرة", "إحدى عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"]
ARC_TEENS = ["عشرة", "حداشر", "اطناشر", "تلاتاشر", "اربعتاشر", "خمستاشر", "ستاشر",
             "سبعتاشر", "تمنتاشر", "تسعتاشر"]
AR_TENS = ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
ARC_TENS = ["", "", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"]
HE_TEENS = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
            "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
            "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def _two(lang, n):
    """0 < n < 100 as words."""
    t, u = divmod(n, 10)
    if lang == "en":
        if n < 10:
            return DIG["en"][n]
        if n < 20:
            return EN_TEENS[u]
        return EN_TENS[t] + ("-" + DIG["en"][u] if u else "")
    if lang in ("ar", "arc"):
        teens, tens = (AR_TEENS, AR_TENS) if lang == "ar" else (ARC_TEENS, ARC_TENS)
        unit = "واحد" if u == 1 else DIG[lang][u]
        if n < 10:
            return DIG[lang][n]
        if n < 20:
            return teens[u]
        return (unit + " و" + tens[t]) if u else tens[t]
    if lang == "he":
        if n < 10:
            return DIG["he"][n]
        if n < 20:
            return HE_TEENS[u]
        return HE_TENS[t] + (" ו" + DIG["he"][u] if u else "")
    if lang == "el":
        if n < 10:
            return DIG["el"][n]
        if n < 20:
            return EL_TEENS[u]
        return EL_TENS[t] + (" " + DIG["el"][u] if u else "")
    raise KeyError(lang)


def _three(lang, n):
    assert lang == "el"
    h, r = divmod(n, 100)
    if h == 0:
        return _two(lang, r)
    if h == 1 and r:
        return "εκατόν " + _two(lang, r)
    return EL_HUND[h] + (" " + _two(lang, r) if r else "")


def num_words(lang, s, sep=" ", gsep=None):
    """Say each group of s as a number ("42" -> forty-two); leading zeros digit by digit.
    Groups of three are only said as numbers in Greek."""
    gsep = sep if gsep is None else gsep
    out = []
    for g in re.split(r"[\s-]+", s.strip()):
        ws = []
        k = 0
        while k < len(g) - 1 and g[k] == "0":
            ws.append("oh" if lang == "en" else DIG[lang][0])
            k += 1
        rest = g[k:]
        if len(rest) == 1:
            ws.append(DIG[lang][int(rest)])
        elif len(rest) == 2:
            ws.append(_two(lang, int(rest)))
        elif len(rest) == 3 and lang == "el":
            ws.append(_three(lang, int(rest)))
        else:
            raise AssertionError("group too long for words: " + g)
        out.append(sep.join(ws))
    return gsep.join(out)

# ------------------------------------------------------------------- items

ITEMS = {}
_DIGITS_ONLY = re.compile(r"^[0-9٠-٩\s\-.+/()]+$")


def grp(s, sizes, sep=" "):
    """Split digit string s into groups of the given sizes (last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _check_value(kind, sub):
    """Validate a whole value written only with digits (words are built by helpers;
    parts of a value split by a read-back are too short to check)."""
    if not _DIGITS_ONLY.match(sub):
        return
    d = re.sub(r"\D", "", sub.translate(AI_BACK))
    if kind == "card" and len(d) >= 13:
        assert 13 <= len(d) <= 19 and luhn_ok(d), sub
    elif kind == "id" and len(d) >= 9:
        assert il_id_ok(d) or afm_ok(d) or sa_id_ok(d) or ssn_ok(sub.strip()), sub


def add(lang, text, spans=(), context=None):
    """spans: (kind, substring) must occur once in text; (kind, substring, n) marks
    its n-th occurrence (0-based); (kind, substring, '*') marks every occurrence."""
    items = ITEMS.setdefault(lang, [])
    b = text.encode("utf-8")
    out = []
    for sp in spans:
        kind, sub = sp[0], sp[1]
        assert kind in KINDS, kind
        assert sub and sub == sub.strip(), (sub, text)
        idxs = [m.start() for m in re.finditer(re.escape(sub), text)]
        assert idxs, ("span not found", sub, text)
        if len(sp) == 2:
            assert len(idxs) == 1, ("span not unique", sub, text)
            picks = idxs
        elif sp[2] == "*":
            picks = idxs
        else:
            picks = [idxs[sp[2]]]
        _check_value(kind, sub)
        for i in picks:
            s = len(text[:i].encode("utf-8"))
            e = s + len(sub.encode("utf-8"))
            assert b[s:e].decode("utf-8") == sub
            out.append({"kind": kind, "start": s, "end": e})
    out.sort(key=lambda x: (x["start"], x["end"]))
    for a, c in zip(out, out[1:]):
        assert a["end"] <= c["start"], ("overlap", text)
    # digits outside spans: any long run must fail every check digit test
    masked = bytearray(b)
    for sp in out:
        masked[sp["start"]:sp["end"]] = b" " * (sp["end"] - sp["start"])
    rest = masked.decode("utf-8", "replace").translate(AI_BACK)
    for m in re.finditer(r"\d+(?:[ .\-]\d+)*", rest):
        d = re.sub(r"\D", "", m.group())
        if len(d) >= 9:
            assert fails_all_checks(d), ("unmarked number passes a check", m.group(), text)
    item = {"text": text, "spans": out}
    if context:
        item["context"] = context
    items.append(item)


def write_all(root):
    outdir = os.path.join(root, "data", "redaction", "blind70")
    os.makedirs(outdir, exist_ok=True)
    for lang in ("en", "ar", "he", "el"):
        if lang not in ITEMS:
            continue
        texts = [it["text"] for it in ITEMS[lang]]
        assert len(texts) == len(set(texts)), "duplicate text in " + lang
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for it in ITEMS[lang]:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        counts = {}
        for it in ITEMS[lang]:
            for sp in it["spans"]:
                counts[sp["kind"]] = counts.get(sp["kind"], 0) + 1
        empty = sum(1 for it in ITEMS[lang] if not it["spans"])
        print("%s: %d items (%d non-personal), %d spans %s" % (
            lang, len(ITEMS[lang]), empty, sum(counts.values()),
            " ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(KINDS))))


def self_test():
    assert luhn_ok("79927398713") and not luhn_ok("79927398710")
    assert iban_ok("GB82WEST12345698765432")
    assert iban_ok("DE89370400440532013000")
    assert il_id_ok("000000018") and not il_id_ok("000000019")
    assert afm_ok("090000045")
    assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("912-12-3456")
    assert digits_words("en", "4007 0012", oh=True, double=True, gsep=", ") == \
        "four double oh seven, double oh one two"
    assert digits_words("en", "4000", oh=True, double=True) == "four oh oh oh"
    assert num_words("en", "07 42") == "oh seven forty-two"
    assert num_words("el", "697 45") == "εξακόσια ενενήντα εφτά σαράντα πέντε"


# ======================================================================
# Languages are appended below, one section each.
# ======================================================================


# ---------------------------------------------------------------- English
# Calls: parcel redelivery (Leeds), customs charge on a gift from the US (Cork),
# a customs broker's informal entry (Texas), a parcel held at customs (Indian
# caller in Riyadh), documents couriered to Lagos (Nigerian caller in London),
# a damaged parcel claim (Brisbane).

def en(s, **kw):
    return digits_words("en", s, **kw)


EN_C1 = card("476173002194658")        # Visa debit, Cork
EN_C2 = card("535411029874403")        # Mastercard, London
EN_C3 = card("37142809653101")         # Amex, Brisbane
EN_IE = iban("IE", "BOFI90001718264390")
EN_SSN1 = "531-82-4196"
EN_IQ1 = sa_id("247190382")
assert ssn_ok(EN_SSN1)

L = "en"
add(L, "Good morning, you're through to Northway Parcels, my name's Priya, how can I help?",
    [("name", "Priya")])
add(L, "Yeah hiya love, I've had one of them cards through the door saying you tried "
       "yesterday at 14:52 but I were in all day.")
add(L, "Yeah it's N W four four seven one, two oh nine three, eight eight five six, G B.")
add(L, "Gary Pickersgill. P-I-C-K-E-R-S-G-I-L-L.",
    [("name", "Gary Pickersgill"), ("name", "P-I-C-K-E-R-S-G-I-L-L")],
    "Lovely. And can I take your name please?")
add(L, "Thank you Mr Pickersgill. And the first line of the address and postcode?",
    [("name", "Pickersgill")])
add(L, "It's flat three, twenty-two Harehills Lane, LS8 4HF.",
    [("address", "flat three, twenty-two Harehills Lane, LS8 4HF")],
    "Thank you Mr Pickersgill. And the first line of the address and postcode?")
add(L, "aye the buzzer's been broke since march the landlord's useless")
add(L, "I can book a redelivery for Thursday the 16th between 7am and 7pm, or you can pick it up "
       "from the Kirkstall Road depot after 2pm tomorrow.")
ph = en("07912 448 306", oh=True, double=True, gsep=", ")
add(L, "Thursday's fine. Can they ring me when they're outside? Me mobile's " + ph + ".",
    [("phone", ph)])
add(L, "So that's 07912 448306, and the driver will text you a one hour window on the day.",
    [("phone", "07912 448306")])

add(L, "Hi there, it's Siobhán Kearney here, I got a text saying there's a customs charge on a "
       "parcel from the States.", [("name", "Siobhán Kearney")])
add(L, "No bother Siobhán, I'm Ciarán, I'll have a look for you there.",
    [("name", "Siobhán"), ("name", "Ciarán")])
add(L, "Right so it's €18.40 VAT plus the €8 handling fee, so €26.40 all in, on a declared value "
       "of $79.99.")
add(L, "Ah for God's sake, it was a birthday present from me aunt in Boston, it's a gift like.")
add(L, "Gifts over €45 are still liable I'm afraid. If you want to pay over the phone I'll take "
       "the long number on the card.")
cc = en(grp(EN_C1, [4, 4, 4]), gsep=", ")
add(L, "Grand. It's " + cc + ".", [("card", cc)],
    "If you want to pay over the phone I'll take the long number on the card.")
add(L, "The expiry is oh nine twenty-seven.")
em = "s-i-o-b-h-a-n dot kearney eight four at gmail dot com"
add(L, "Can you send the receipt to " + em + ", please?", [("email", em)])
add(L, "And Siobhán, with the fada, is that an accent on the a in the email, or no?",
    [("name", "Siobhán")])
add(L, "Oh it's changed actually, I'm after moving, it's 4 Fort View, Ballincollig, Cork, "
       "P31 X2K7.", [("address", "4 Fort View, Ballincollig, Cork, P31 X2K7")],
    "And is the delivery address still the one we have on the system?")
add(L, "And last month ye charged me twice for the one parcel, the €12.60, can that go back into "
       "my account?")
ib = grp(EN_IE, [4, 4, 4, 4, 4])
add(L, "Yeah, the IBAN is " + ib + ".", [("iban", ib)],
    "I can refund that by bank transfer, what's the IBAN?")
add(L, "Lovely, that's gone through, it'll be three to five working days, and the parcel's on "
       "the van Monday or Tuesday.")

add(L, "Thank you for calling Parcelgate Customs Services, this is Keisha, may I have your "
       "tracking number?", [("name", "Keisha")])
add(L, "Yeah, it's " + np_num("7731 0452 9986") + " on the label, it's coming from Stuttgart.")
add(L, "Okay, so that shipment is valued over eight hundred dollars, so it can't go de minimis. "
       "As the importer of record we need either an EIN or your Social Security number.")
add(L, "I don't have an EIN, it's just me, it's parts for my bike. Social is " + EN_SSN1 + ".",
    [("id", EN_SSN1)])
add(L, "Raymond K. Thomas. Ray's fine.", [("name", "Raymond K. Thomas"), ("name", "Ray", 1)],
    "And can I get your full name as it appears on your Social Security card?")
add(L, "Alright Mr. Thomas, and your date of birth?", [("name", "Thomas")])
add(L, "Six nineteen seventy-one.", [("date_of_birth", "Six nineteen seventy-one")],
    "Alright Mr. Thomas, and your date of birth?")
add(L, "Just to confirm, that's 531-82 and then 4196?", [("id", "531-82"), ("id", "4196")])
add(L, "The duty is 2.5% on a declared value of $1,140, so $28.50, plus the merchandise "
       "processing fee of $2.69 and our brokerage fee of $45.")
ph = en("512 408 7736", oh=True)
add(L, "phone number is " + ph + " thats a cell", [("phone", ph)])
add(L, "Delivery address is 2418 Pecan Hollow Drive, Round Rock, Texas 78664.",
    [("address", "2418 Pecan Hollow Drive, Round Rock, Texas 78664")])
em = "r k thomas underscore t x at outlook dot com"
add(L, "Um, my email's " + em + ".", [("email", em)])
add(L, "You'll get the entry summary by email within 24 to 48 hours, and it should clear by "
       "Wednesday, then FedEx takes it from Memphis.")

add(L, "Falcon Express customer care, Faisal speaking, how may I help you?",
    [("name", "Faisal")])
add(L, "Hello sir, good afternoon. Myself Venkatesh Subramanian, I am calling regarding one "
       "shipment from Chennai which is showing held at customs since three days.",
    [("name", "Venkatesh Subramanian")])
add(L, "Okay sir, customs needs the consignee's Iqama number for clearance, can you share it "
       "please?")
iq = en(grp(EN_IQ1, [4, 3, 3]), double=True, gsep=", ")
add(L, "Yes yes, Iqama number is " + iq + ".", [("id", iq)])
add(L, "You can call me Venky only, everybody is calling like that.", [("name", "Venky")])
ph = "zero five five, eight two one, four zero three nine"
add(L, "And my mobile number is " + ph + ", you can call anytime.", [("phone", ph)])
add(L, "Noted. The VAT is 15% on the invoice value of 2,400 rupees, so roughly 17 riyals, plus "
       "35 riyals clearance charge.")
ad = "building 7421, King Fahd Road, Al Olaya district, Riyadh 12214, additional number 3381"
add(L, "one more thing sir my national address is " + ad, [("address", ad)])
em = "venky dot subbu at gmail dot com"
add(L, "Kindly send the invoice to " + em + ", small letters only.", [("email", em)])
add(L, "It should be released by tomorrow 4 PM and delivered Sunday, inshallah.")

add(L, "Hi, thanks for calling Globedocs, I'm Liam. Is this for a new booking?",
    [("name", "Liam")])
add(L, "Yes please. My name is Oluwaseun Adebayo, but you can call me Seun.",
    [("name", "Oluwaseun Adebayo"), ("name", "Seun")])
add(L, "It's my certificates, original documents, going to Lagos. Is it true it takes only three "
       "working days?")
add(L, "To Lagos it's 3 to 5 working days, £64.99 for up to half a kilo, fully tracked and "
       "signed for.")
ad = "7 Adeyemi Crescent, off Allen Avenue, Ikeja, Lagos"
add(L, "The delivery address is " + ad + ". It's my brother that will sign.",
    [("address", ad)])
add(L, "My number in Nigeria is +234 803 517 2290, but here in UK it's 07456 218903.",
    [("phone", "+234 803 517 2290"), ("phone", "07456 218903")])
cc = grp(EN_C2, [4, 4, 4])
add(L, "It's a Mastercard, " + cc + ".", [("card", cc)],
    "Can I take a card for the payment?")
em = "seun dot adebayo at yahoo dot co dot uk"
add(L, "email is " + em + " please", [("email", em)])
add(L, "Collection from your place is Friday, the driver comes between 9 and 12.")

add(L, "G'day, Barry Nolan here, Bazza, I got a parcel yesterday and the whole thing's smashed "
       "to bits.", [("name", "Barry Nolan"), ("name", "Bazza")])
add(L, "Oh no, sorry to hear that. I'm Shaz, I'll lodge a damage claim for you.",
    [("name", "Shaz")])
add(L, "It was a set of Royal Doulton plates from me mum's place in Hobart, six of 'em, only "
       "two survived.")
add(L, "Right, the consignment number is CCX " + np_num("004 218 553") + " and it was "
       "delivered Tuesday at 10:42. Was it left at the door?")
add(L, "yeah left on the porch at unit 4 19 banksia street toowong the driver just chucked it",
    [("address", "unit 4 19 banksia street toowong")])
ph = "oh four one two, seven eight five, triple three"
assert ph.replace("triple three", "three three three") == en("0412 785 333", oh=True, gsep=", ")
add(L, "Best number's " + ph + ".", [("phone", ph)])
em = "bazza dot nolan at bigpond dot com"
add(L, "Send the claim form to " + em + ", mate.", [("email", em)])
add(L, "The limit's $100 without extra cover, and claims take 5 to 10 business days.")
cc = en(grp(EN_C3, [4, 6]), gsep=", ")
add(L, "Just put it back on the Amex, " + cc + ".", [("card", cc)],
    "How would you like the compensation paid?")


# English, second part. Calls: a lost Special Delivery letter (solicitors,
# Salisbury), a return lost on its way to Munich (Galway), mail redirection after
# a move (an older caller), cash-on-delivery remittances (a Limassol web shop),
# a parcel held by Israeli customs (Anglo immigrant), customs on a parcel from
# Scotland (expat in Crete), a broker's bill for duty (Indian-American caller),
# a duty refund on a return (Saudi caller), a return label charged twice
# (Rotterdam), and general lines about lockers, depots and tracking.
EN_C4 = card("492903715512884")        # Visa
EN_C5 = card("601139927780451")        # Discover
EN_C6 = card("440647820193375")        # mada (Saudi)
EN_C7 = card("458003216675902")        # Visa (Israel)
EN_C8 = card("222300481296557")        # Mastercard 2-series
EN_TZ = il_id("03148529")
EN_AFM = afm("12837465")
EN_SAID = sa_id("110452837")
EN_SSN2 = "402-71-8835"
assert ssn_ok(EN_SSN2)
EN_GB = iban("GB", "MIDL40051273946028")
EN_DE = iban("DE", "500105175483021976")
EN_CY = iban("CY", "005002620000011827364501")
EN_IL = iban("IL", "0128000000094812377")
EN_GR = iban("GR", "01101250000012300695847")
EN_SA = iban("SA", "80000000608010167519")
EN_NL = iban("NL", "INGB0007364892")

add(L, "Hello, I'm calling from Hale and Partners solicitors in Salisbury, we sent a Special "
       "Delivery letter to the Land Registry on the 2nd and it never arrived.")
add(L, "I'm sorry about that. Special Delivery Guaranteed by 1pm is covered up to £750, and "
       "the postage of £8.95 is refunded as well.")
add(L, "The reference is AB " + np_num("2231 4487 6") + "GB, it was posted at the Castle Street "
       "branch at ten past four.")
ib = "G B %s, M I D L, %s, %s" % (en(EN_GB[2:4]), en(EN_GB[8:14]), en(EN_GB[14:]))
add(L, "Right, the firm's account is " + ib + ".", [("iban", ib)],
    "We'd pay it straight into your account, if you give me the IBAN.")
add(L, "And you can send the claim acknowledgement to j.whitcombe@hale-partners.co.uk, and "
       "my direct line is 01722 338914.",
    [("email", "j.whitcombe@hale-partners.co.uk"), ("phone", "01722 338914")])

add(L, "Hi, I'm ringing about a return, I sent a pair of boots back to a shop in Munich, "
       "Schuhhaus Lindner, and they're saying they never got it.")
add(L, "I can see it was scanned in Dublin Mail Centre on the 3rd and handed to Deutsche Post "
       "on the 6th, the last scan is Leipzig on the 9th.")
add(L, "It was €139, and they won't refund me until it turns up. Can I claim the €139 from ye?")
add(L, "the twenty first of september eighty eight",
    [("date_of_birth", "the twenty first of september eighty eight")],
    "For security can I have the date of birth on the account?")
ib = "D E " + grp(EN_DE[2:], [2, 4, 4, 4, 4])
add(L, "Can it go to my German account? I worked in Berlin for a few years. It's " + ib + ".",
    [("iban", ib)])
em = "aoife underscore brennan at hotmail dot com"
add(L, "grand and the email for the claim form is " + em, [("email", em)])

add(L, "It's Mrs Margaret Hollis, though everybody calls me Peggy.",
    [("name", "Margaret Hollis"), ("name", "Peggy")],
    "Redirection service, can I take the full name of the person moving?")
add(L, "Second of May, nineteen fifty-five.",
    [("date_of_birth", "Second of May, nineteen fifty-five")], "And your date of birth please?")
add(L, "The old address is The Old Forge, Mill Lane, Tisbury, SP3 6LU.",
    [("address", "The Old Forge, Mill Lane, Tisbury, SP3 6LU")])
ad = "58 Cavendish Road, Salisbury, SP1 3LX"
add(L, "And the new one is " + ad + ", it's a bungalow near my daughter.", [("address", ad)])
add(L, "Twelve months is £74.99, or six months is £48.99, and it starts within five working "
       "days.")
add(L, "twelve months please dear start it from the 1st of July when the removal men come")
old = "oh one seven four seven, eight seven"
add(L, "My telephone is " + old + "... no, sorry, that's the old house. The new one is "
       "01722 415087.", [("phone", old), ("phone", "01722 415087")])
cc = grp(EN_C4, [4, 4, 4])
add(L, "It's " + cc + ", the expiry is the end of next year.", [("card", cc)],
    "And the long number on the card, when you're ready.")

add(L, "Hello, yes, Andreas here, I have a small shop online in Limassol, I send with you cash "
       "on delivery, and the money from last week it didn't come.", [("name", "Andreas")])
add(L, "Let me check. I can see 14 COD parcels delivered between the 3rd and the 10th, total "
       "€612.50, remitted on Friday.")
ib = grp(EN_CY, [4, 4, 4, 4, 4, 4])
add(L, "To which account? Because I changed bank, now it is " + ib + ".", [("iban", ib)])
add(L, "the email is andreas.christodoulou@cytanet.com.cy",
    [("email", "andreas.christodoulou@cytanet.com.cy")],
    "I'll update it, but I need the request in writing from the registered email.")
add(L, "Eighteen of the ninth, nineteen seventy-seven.",
    [("date_of_birth", "Eighteen of the ninth, nineteen seventy-seven")],
    "For security, can you confirm your date of birth?")

add(L, "Hi, this is Jeff Rosen, I've got a package stuck in Israeli customs, it came through "
       "you from New Jersey.", [("name", "Jeff Rosen")])
add(L, "Israeli customs needs the Teudat Zehut number of the recipient, and over $75 there's "
       "17% VAT.")
tz = en(grp(EN_TZ, [3, 3, 3]), gsep=", ")
add(L, "Sure, it's " + tz + ".", [("id", tz)])
add(L, "Fourteenth of February, 1979.", [("date_of_birth", "Fourteenth of February, 1979")],
    "And for the customs form, the date of birth?")
ad = "12 Emek Dotan Street, apartment 6, Modiin"
add(L, "Deliver to " + ad + ", and the cell is 054-772-1936.",
    [("address", ad), ("phone", "054-772-1936")])
add(L, "Visa, " + grp(EN_C7, [4, 4, 4]) + ".", [("card", grp(EN_C7, [4, 4, 4]))],
    "What card would you like to pay the VAT with?")
ib = "I L " + en(EN_IL[2:4]) + ", " + grp(EN_IL[4:], [3, 3])
add(L, "If they overcharge, refunds go to " + ib + ", that's my Leumi account.",
    [("iban", ib)])

add(L, "Hiya, I live in Chania, and I've had a letter from ELTA about a parcel from Scotland "
       "with customs to pay.")
add(L, "Since Brexit anything from the UK pays 24% VAT, and for clearance we need your AFM, the "
       "Greek tax number.")
afs = en(grp(EN_AFM, [3, 3, 3]), gsep=", ")
add(L, "Aye, it's " + afs + ".", [("id", afs)])
add(L, "and my date of birth is the third of november 1962",
    [("date_of_birth", "the third of november 1962")])
add(L, "I'll pay the €38 with the Mastercard, " + grp(EN_C8, [4, 4, 4]) + ".",
    [("card", grp(EN_C8, [4, 4, 4]))])
add(L, "And if they refund any of it, my Greek IBAN is " + EN_GR + ".", [("iban", EN_GR)])

add(L, "Hi, I got a bill from a broker for duty on a box of saris my mom sent from Chennai, "
       "and it says they need my Social Security number or an EIN.")
ss = en(EN_SSN2, oh=True, gsep=", ")
add(L, "Okay, it's " + ss + ".", [("id", ss)])
add(L, "July 9th, 1990.", [("date_of_birth", "July 9th, 1990")], "And date of birth?")
ad = "940 West Alder Street, apartment 3B, Missoula, Montana 59802"
add(L, "Home address is " + ad + ".", [("address", ad)])
add(L, "Discover, " + EN_C5 + ".", [("card", EN_C5)], "How are you paying the $36.20?")

add(L, "Hi, I'm calling about a refund of the customs duties, I returned the laptop to the US "
       "store within 30 days.")
add(L, "National ID is " + EN_SAID + ".", [("id", EN_SAID)],
    "Sure, I need the national ID that was on the customs declaration.")
ib = "S A " + en(EN_SA[2:4]) + " " + grp(EN_SA[4:], [4, 4, 4, 4])
add(L, "OK and refund to my Rajhi account please, IBAN " + ib + ".", [("iban", ib)])
cc = en(grp(EN_C6, [4, 4, 4]), gsep=", ")
add(L, "I paid with mada, the card is " + cc + ".", [("card", cc)])
add(L, "The return was on 4 November, tracking ends 2219, amount was 1,350 riyals duties.")
add(L, "Nineteen... um, nineteen eighty-six, fifth of August.",
    [("date_of_birth", "Nineteen... um, nineteen eighty-six, fifth of August")],
    "And your date of birth as on the ID?")

add(L, "Your locker code is 418 207 and it's valid for 72 hours, it's the InPost locker by the "
       "Tesco Extra on Wilmslow Road.")
trk = np_num("9400 1118 9922 3397 4461 83")
add(L, "ok tracking is " + en(trk, double=True, gsep=" ") + " it says delivered but it isn't")
add(L, "It's a Dyson V11, model SV14, declared at £399, so VAT's 20% on that, £79.80, plus our "
       "£8 fee.")
add(L, "Flight BA 2491 landed at Gatwick at 06:15 on the 12th, and clearance usually takes 24 "
       "to 48 hours after that.")
add(L, "It went from the Charlotte hub to Atlanta, Georgia and then back to Charlotte, I don't "
       "understand it at all.")
add(L, "Your ticket number is " + np_num("88 041 773") + ", we opened it on 14 March and it was "
       "escalated on 2 April to the Jersey team.")
add(L, "Yes hello, I am calling from Rotterdam, you charged the return label two times, "
       "€6.95 and €6.95.")
add(L, "Please put it on " + EN_NL[:4] + " " + grp(EN_NL[4:], [4, 4, 4]) + ".",
    [("iban", EN_NL[:4] + " " + grp(EN_NL[4:], [4, 4, 4]))],
    "I'm sorry about that, I can refund one of them, what's your IBAN?")


# ---------------------------------------------------------------- Arabic
# Calls: a parcel the courier could not find (Riyadh, Gulf dialect), customs on
# a parcel from abroad (Cairo, Egyptian), a shop-and-ship shipment with customs
# (Amman, Levantine), a lost parcel from France (Casablanca, Darija with French),
# a parcel held in Jeddah (Egyptian resident with an iqama).

def ar(s, **kw):
    return digits_words("ar", s, **kw)


def arc(s, **kw):
    return digits_words("arc", s, **kw)


AR_SAID1 = sa_id("108734519")
AR_IQ1 = sa_id("238104765")
AR_C1 = card("446404110375829")        # mada
AR_C2 = card("507803012754396")        # Meeza
AR_C3 = card("520043915628071")        # Mastercard, Amman
AR_C4 = card("422108657310924")        # Visa, Egyptian in Jeddah
AR_JO = iban("JO", "ARAB1320000000132174530500")
AR_SA = iban("SA", "10000001240658397201")
AR_EG = iban("EG", "0019000500000000263180002")

L = "ar"
add(L, "السلام عليكم، معك فهد من خدمة عملاء سبل، كيف أقدر أخدمك؟", [("name", "فهد")])
add(L, "وعليكم السلام، هلا فهد، معك عبدالعزيز القحطاني، عندي شحنة من أمازون صار لها أسبوع "
       "مكتوب عليها تعذر التسليم.", [("name", "فهد"), ("name", "عبدالعزيز القحطاني")])
add(L, "حياك الله أستاذ عبدالعزيز، ممكن رقم الشحنة؟", [("name", "عبدالعزيز")])
add(L, "إيه، الرقم " + np_num("SA 0048 7712 3905") + "، جاني مسج إن المندوب ما لقى العنوان.")
sid = ar(grp(AR_SAID1, [1, 3, 3, 3]))
add(L, "طيب للتحقق، عطني رقم الهوية الوطنية لو سمحت.")
add(L, sid, [("id", sid)], "طيب للتحقق، عطني رقم الهوية الوطنية لو سمحت.")
ad = "حي النرجس، شارع الأمير سعود بن عبدالله، مبنى ٨٢٣٤، الرمز البريدي ١٣٣٢٧، الرقم الإضافي ٢٤١٩"
add(L, "العنوان الوطني حقي " + ad + "، ما أدري وش المشكلة.", [("address", ad)])
add(L, "المندوب كاتب إن الموقع على الخريطة طلع جنب مسجد الراجحي مو عند البيت.")
ph = ai("0553217740")
add(L, "طيب خله يتصل علي قبل يجي، جوالي " + ph + ".", [("phone", ph)])
add(L, "أبشر، أعدت جدولة التوصيل ليوم الأحد ١٢ مايو من الساعة ٩ الصبح إلى ٥ العصر.")
add(L, "والرسوم؟ لأن قالوا لي فيه ٢٥ ريال إعادة توصيل.")
add(L, "لا طال عمرك، أول محاولة إعادة مجانية، بعدها ٢٥ ريال شامل الضريبة.")

add(L, "البريد المصري مساء الخير، معاك إسلام، أقدر أساعد حضرتك إزاي؟", [("name", "إسلام")])
add(L, "مساء النور يا إسلام، أنا منى عبد الحميد، جالي إشعار إن فيه طرد ليا من الصين عليه "
       "جمارك.", [("name", "إسلام"), ("name", "منى عبد الحميد")])
add(L, "أيوه يا فندم، الطرد وزنه ٢ كيلو و٣٠٠ جرام، والجمارك ٤٨٥ جنيه ومصاريف التخليص ٣٥ جنيه.")
add(L, "يعني ٥٢٠ جنيه على فستانين وشنطة؟ ده الأوردر كله كان ١٤٠٠ جنيه من شي إن.")
cc = ai(grp(AR_C2, [4, 4, 4]))
add(L, "طب ماشي، هدفع بكارت ميزة، الرقم " + cc + ".", [("card", cc)])
ph = arc("010 2734 5518")
add(L, "والموبايل بتاعي " + ph + "، لو المندوب تاه يكلمني.", [("phone", ph)])
ad = "١٤ شارع ٢٣٣ المعادي، الدور التالت، شقة ٧، جنب سوبر ماركت فتح الله"
add(L, "العنوان " + ad, [("address", ad)], "تمام يا فندم، والعنوان اللي هيتسلم عليه؟")
add(L, "تمام يا مدام منى، التسليم خلال ٣ أيام عمل من مكتب بريد المعادي.", [("name", "منى")])
em = "mona.abdelhamid91@gmail.com"
add(L, "ممكن تبعتولي الإيصال على الإيميل؟ " + em, [("email", em)])
add(L, "هيوصل لحضرتك إيصال برقم " + np_num("EG 7734 0912") + " خلال ساعة إن شاء الله.")

add(L, "أرامكس مرحبا، معك رنا، كيف بقدر ساعدك؟", [("name", "رنا")])
add(L, "مرحبا رنا، أنا أبو خالد الزعبي، عندي شحنة من أمريكا عن طريق شوب آند شيب.",
    [("name", "رنا"), ("name", "أبو خالد الزعبي")])
add(L, "أهلين أبو خالد، شو رقم الشحنة أو رقم الصندوق تبعك؟", [("name", "أبو خالد")])
add(L, "رقم الحساب JO" + np_num("412 883") + "، والشحنة رقمها " + np_num("5531 0047 726") + ".")
add(L, "الشحنة وصلت عمّان من ١٠ أيام، والجمارك عليها ١٦٪ ضريبة مبيعات على قيمة ٢٣٠ دينار.")
add(L, "يا زلمة ٢٣٠ شو؟ أنا دافع ١٨٠ دولار بس، الفاتورة عندي.")
add(L, "إذا بتبعتلنا الفاتورة بنعدل القيمة وبنرجعلك الفرق ع الحساب البنكي.")
ib = grp(AR_JO, [4, 4, 4, 4, 4, 4, 4])
add(L, "تمام، الآيبان تبعي " + ib + "، بنك العربي.", [("iban", ib)])
em = "abu.khaled.zoubi@yahoo.com"
add(L, "وبعتلك الفاتورة من إيميلي " + em + " هلأ.", [("email", em)])
ph = ai("0795") + " " + ai("318") + " " + ai("642")
add(L, "ورقمي " + ph + " إذا في شي.", [("phone", ph)])
cc = grp(AR_C3, [4, 4, 4])
add(L, "وبدي أدفع رسوم التخزين بالبطاقة، ماستركارد " + cc + ".", [("card", cc)])
add(L, "رسوم التخزين ٣ دنانير عن كل يوم بعد أول ٥ أيام، يعني ١٥ دينار لحد اليوم.")

add(L, "السلام عليكم، بغيت نسول على واحد الكولي جاني من فرنسا، la poste قالو ليا راه وصل "
       "للمغرب من عشرين يوم.")
add(L, "وعليكم السلام، أنا كريمة من أمانة، عطيني numéro de suivi عافاك.", [("name", "كريمة")])
add(L, "هو " + np_num("CP 2215 8836 4FR") + "، ختي صيفطاتو ليا من ليون.")
add(L, "سميتي خديجة بنعلي، باء نون عين لام ياء.", [("name", "خديجة بنعلي"),
                                                  ("name", "باء نون عين لام ياء")])
add(L, "شكرا لالة خديجة، فالسيستيم مكتوب بلي الكولي تصيفط للدار البيضاء نهار ٣ مارس ومن بعد "
       "ما بان والو.", [("name", "خديجة")])
ad = "زنقة ابن منير، رقم ٤٧، الطابق الثاني، المعاريف، الدار البيضاء ٢٠٣٣٠"
add(L, "واش العنوان باقي هو " + ad + "؟", [("address", ad)])
add(L, "ايه هو هداك، والتيليفون ديالي 06 61 42 87 35.", [("phone", "06 61 42 87 35")])
add(L, "غادي نديرو réclamation، والتعويض كيكون حتى ل ٥٠٠ درهم إلا ما لقيناهش فخمسة عشر يوم.")
em = "khadija point benali arobase gmail point com"
add(L, "صيفطي ليا الفاتورة ديال الكولي فالإيميل، الإيميل ديالي " + em + ".", [("email", em)])
add(L, "راه كان فيه تليفون سامسونغ A54 ديال ٣٢٠٠ درهم، ماشي غير حوايج.")

add(L, "ألو، مساء الخير، أنا مقيم في جدة ومعايا شحنة محجوزة عندكم في الجمارك بقالها أسبوع.")
add(L, "يا هلا، ممكن رقم الإقامة عشان أطلع الشحنة؟")
iq = arc(grp(AR_IQ1, [4, 3, 3]))
add(L, "رقم الإقامة " + iq + "، والاسم محمود سعد الدين.", [("id", iq), ("name", "محمود سعد الدين")])
add(L, "تمام يا أستاذ محمود، وتاريخ الميلاد زي ما هو في الإقامة؟", [("name", "محمود")])
add(L, "واحد ابريل ستة وتمانين", [("date_of_birth", "واحد ابريل ستة وتمانين")],
    "تمام يا أستاذ محمود، وتاريخ الميلاد زي ما هو في الإقامة؟")
ph = "صفر خمسة ستة، تسعة واحد اتنين، تلاتة أربعة صفر تمانية"
add(L, "ورقم الجوال " + ph + ".", [("phone", ph)])
add(L, "الرسوم ١٨٠ ريال جمارك و٢٠ ريال خدمة، تدفعها أونلاين أو بالبطاقة معايا.")
c1, c2 = grp(AR_C4[:8], [4]), grp(AR_C4[8:], [4])
add(L, "هدفع بالفيزا، " + c1 + "... استنى ثانية الكارت مقلوب... " + c2 + ".",
    [("card", c1), ("card", c2)])
ib = AR_SA[:4] + " " + ai(grp(AR_SA[4:], [4, 4, 4, 4]))
add(L, "ولو فيه مرتجع نزله في حسابي " + ib + ".", [("iban", ib)])


# Arabic, second part. Calls: a lost registered letter (Kuwait, formal MSA), a
# post office box renewal (Dubai, Emirati), a parcel stuck at Beirut airport
# customs (Lebanese), a parcel from a Chinese site (Nazareth, Arab citizen of
# Israel calling the Israeli post in Arabic).
AR_KW = iban("KW", "NBOK0000000000002010361849")
AR_AE = iban("AE", "0260001015937462810")
AR_LB = iban("LB", "009900000001001901229114")
AR_IL = iban("IL", "0108000000048612903")
AR_C5 = card("481592006643718")        # Visa, Dubai
AR_TZ = il_id("20394718")

add(L, "مساء الخير، أود الاستفسار عن رسالة مسجلة أرسلتها إلى وزارة العدل بتاريخ الخامس عشر "
       "من يناير ولم تصل حتى الآن.")
add(L, "رقم الإيصال " + np_num("RR ٤٨٢ ٩١٣ ٥٥٠") + " KW، وقد أرسلتها من مكتب بريد حولي.")
add(L, "وفقاً لسجلاتنا، آخر حركة للرسالة كانت في مركز الفرز بالشويخ يوم ١٧ يناير الساعة ١١:٤٠ "
       "صباحاً.")
add(L, "التعويض عن الرسائل المسجلة المفقودة عشرة دنانير، ويُحوَّل إلى حسابك البنكي خلال ١٤ يوم "
       "عمل.")
ib = grp(AR_KW, [4, 4, 4, 4, 4, 4])
add(L, "حسناً، رقم الآيبان هو " + ib + "، لدى البنك الوطني.", [("iban", ib)])
dob = "الثالث من أكتوبر عام ألف وتسعمئة واثنين وسبعين"
add(L, "وتاريخ ميلادي " + dob + " إذا احتجتم للتحقق.", [("date_of_birth", dob)])
em = "faisal underscore alenezi at outlook dot com"
add(L, "أرجو إرسال نموذج المطالبة على البريد الإلكتروني " + em + ".", [("email", em)])
add(L, "ورقم هاتفي +965 9874 1120.", [("phone", "+965 9874 1120")])

add(L, "بريد الإمارات، معاك مريم، شو أقدر أساعدك؟", [("name", "مريم")])
add(L, "مرحبا، أبا أجدد صندوق البريد مالي في فرع الكرامة، خلص الاشتراك من أسبوعين.")
add(L, "التجديد السنوي ٣٥٠ درهم للأفراد، وبعد التاريخ في غرامة تأخير ٥٠ درهم، وينتهي "
       "الاشتراك الجديد ٣١ ديسمبر.")
add(L, ai("1989/07/23"), [("date_of_birth", ai("1989/07/23"))],
    "تمام، عشان أتأكد من الهوية، تاريخ الميلاد لو سمحت؟")
cc = ar(AR_C5[:4]) + "، " + grp(AR_C5[4:], [4, 4])
add(L, "بدفع بالفيزا، الرقم " + cc + ".", [("card", cc)])
em = "mhd.shamsi88@hotmail.com"
add(L, "وارسلولي الفاتورة على " + em + " لو سمحتي.", [("email", em)])
ph = ai("050 218 4477")
add(L, "ولو في شي كلموني على " + ph + ".", [("phone", ph)])
add(L, "الأسبوع اللي طاف دفعت مرتين، مرة من التطبيق ومرة في الفرع، ٣٥٠ و٣٥٠.")
ib = AR_AE[:2] + " " + ai(grp(AR_AE[2:], [2, 3, 4, 4, 4]))
add(L, "رجعولي وحدة منهم على الآيبان " + ib + ".", [("iban", ib)])

add(L, "ألو مرحبا، في عندي طرد من باريس عالق بالجمرك بالمطار، قالولي روح عالمكتب بس أنا ما "
       "فيني روح.")
add(L, "أهلا، ليبان بوست معك جاد. بتعطيني رقم الإرسالية؟", [("name", "جاد")])
add(L, "إيه، " + np_num("CX 044 718 266 FR") + "، مبعوت من أختي من شهر.")
add(L, "الرسم الجمركي ٣٥ دولار فريش، وخدمة التوصيل ١٠ دولار، بيوصلك خلال ٤٨ ساعة بعد الدفع.")
ad = "الأشرفية، شارع مار مخايل، بناية نصّار، الطابق الرابع"
add(L, "تمام، التوصيل على " + ad + "، حد فرن الضيعة.", [("address", ad)])
add(L, "رقمي ٧١ ٩٣٤ ٢١٨، وإذا ما رديت ابعتلي واتساب.", [("phone", "٧١ ٩٣٤ ٢١٨")])
em = "lara.haddad@hotmail.com"
add(L, "والإيميل " + em + " مشان الإيصال.", [("email", em)])
ib = AR_LB[:4] + " " + grp(AR_LB[4:], [4, 4, 4, 4, 4, 4])
add(L, "بدي رجّع الطرد للبايع، والمصاري اللي دفعتها أونلاين رجعوها على حسابي " + ib + ".", [("iban", ib)])

add(L, "ألو، مرحبا، أنا بحكي من الناصرة، عندي رزمة من علي إكسبرس صرلها شهر ولسا ما وصلت.")
add(L, "أهلا وسهلا، معك سماح من البريد. شو اسمك الكامل؟", [("name", "سماح")])
add(L, "اسمي وسيم عودة.", [("name", "وسيم عودة")], "أهلا وسهلا، معك سماح من البريد. شو اسمك الكامل؟")
tz = arc(grp(AR_TZ, [3, 3, 3]))
add(L, "ورقم الهوية " + tz + ".", [("id", tz)])
add(L, "يعني " + AR_TZ + "، صح؟", [("id", AR_TZ)])
add(L, "الرزمة موجودة بفرع البريد بشارع بولس السادس من تاريخ ٢ الشهر، وبتضل لحد ١٦ الشهر.")
add(L, "ليش ما بعتولي إشعار؟ أنا بشتغل بحيفا لحد الساعة ستة.")
ph = "052-6418830"
add(L, "بعتنالك SMS على الرقم " + ph + "، هاد رقمك؟", [("phone", ph)])
ad = "حي الصفافرة، شارع ٦٠٧١ بيت رقم ١٢، الناصرة"
add(L, "لا، هاد رقم أخوي. بدي التوصيل للبيت: " + ad + ".", [("address", ad)])
ib = grp(AR_IL, [4, 4, 4, 4, 4])
add(L, "وإذا في رسوم جمرك زيادة رجعوها ع حسابي بالعربي، " + ib + ".", [("iban", ib)])


# Arabic, third part. Calls: a refund after a return (Doha), a parcel held at a
# courier branch (Sudanese resident of Riyadh), a damaged parcel (Jeddah), cash
# on delivery money for a small shop (Mansoura, Egyptian), a returned phone
# (young Saudi caller).
AR_QA = iban("QA", "QNBA000000000418376250017")
AR_C6 = card("37650180246913")         # Amex, Doha
AR_C7 = card("446404223918506")        # mada, Jeddah
AR_C8 = card("458012907463551")        # Visa, Riyadh
AR_IQ2 = sa_id("251936084")
AR_SAID2 = sa_id("104296630")
AR_SAID3 = sa_id("112570843")

add(L, "هلا، رجعت جوتي لموقع أمريكي عن طريق كيو بوست من ثلاث أسابيع، والبايع يقول ما وصلته.")
add(L, "الشحنة وصلت نيويورك يوم ٢٨ فبراير ومسجل إنها انسلمت الساعة ٢:١٥ الظهر، وموقع عليها.")
ib = grp(AR_QA, [4, 4, 4, 4, 4, 4, 4])
add(L, "زين، البايع يبي يرجع الفلوس على الآيبان، وهذا هو " + ib + ".", [("iban", ib)])
cc = ar(grp(AR_C6, [4, 6, 5]), gsep="، ")
add(L, "ورسوم الشحن دفعتها بأمريكان إكسبريس " + cc + "، تقدرون ترجعونها؟", [("card", cc)])
add(L, ai("12-03-1994"), [("date_of_birth", ai("12-03-1994"))],
    "للتحقق بس، تاريخ ميلادك المسجل عندنا؟")
add(L, "رسوم الشحن ٢١٠ ريال ما تنرد لأن الشحنة انسلمت، بس بنفتح لك طلب تحقق رقم "
       + np_num("٧٧٤٠٢١٥") + ".")

add(L, "السلام عليكم، أنا سوداني مقيم في الرياض، عندي طرد في فرع سمسا الملز، قالوا لازم أجي "
       "بالإقامة.")
iq = arc(grp(AR_IQ2, [1, 3, 3, 3]))
add(L, "رقم الإقامة " + iq + "، خلاس؟", [("id", iq)])
add(L, "يعني " + ai(AR_IQ2[:5]) + "... و" + ai(AR_IQ2[5:]) + "؟",
    [("id", ai(AR_IQ2[:5])), ("id", ai(AR_IQ2[5:]))])
add(L, "عشرين ستة تسعين", [("date_of_birth", "عشرين ستة تسعين")],
    "وتاريخ ميلادك بالميلادي يا أخوي؟")
ad = "حي الملز، شارع الجامعة، عمارة ١٤، شقة ٩، الرياض"
add(L, "ممكن توصلوه البيت؟ العنوان " + ad + ".", [("address", ad)])
add(L, "التوصيل من الفرع ٢٠ ريال، ويوصلك بكرة بين ٤ العصر و٩ المغرب، والطرد وزنه ٧ كيلو.")

add(L, "السلام عليكم، معك أم سلطان، جاني طرد مكسور، طقم فناجين من تركيا.",
    [("name", "أم سلطان")])
add(L, "هلا أم سلطان، سلامتك. عطيني رقم الهوية اللي الشحنة باسمها لو سمحتي.",
    [("name", "أم سلطان")])
add(L, "الهوية " + ai(AR_SAID2) + ".", [("id", ai(AR_SAID2))],
    "هلا أم سلطان، سلامتك. عطيني رقم الهوية اللي الشحنة باسمها لو سمحتي.")
dob = ai("1408/04/15") + " هجري"
add(L, "وتاريخ الميلاد " + dob + "، يعني تقريباً سبعة وثمانين ميلادي.",
    [("date_of_birth", dob), ("date_of_birth", "سبعة وثمانين ميلادي")])
em = "um.sultan آت جيميل دوت كوم"
add(L, "أرسل لك الصور على الإيميل؟ إيميلي " + em + ".", [("email", em)])
ad = "جدة، حي الروضة، شارع الأمير سلطان، فيلا ٢١"
add(L, "والعنوان اللي انسلم فيه " + ad + "، والمندوب رماه عند الباب.", [("address", ad)])
cc = ai(grp(AR_C7, [4, 4, 4]))
add(L, "والمبلغ رجعوه على بطاقة مدى " + cc + ".", [("card", cc)])
add(L, "قيمة الطقم ٤٥٠ ريال، والتعويض يا يكون كامل يا حسب التأمين، والحالة رقمها "
       + np_num("CS-20419") + ".")

add(L, "ألو، أنا عندي بيدج على فيسبوك ببيع هدوم أطفال وبشحن معاكم تحصيل عند الاستلام، "
       "والفلوس بقالها أسبوعين ما نزلتش.")
add(L, "حضرتك عندك ٣٧ شحنة اتسلموا من ١ لـ ١٤ الشهر، إجمالي التحصيل ١٢,٦٥٠ جنيه، والتحويل "
       "بيتم كل يوم حد وأربعاء.")
ib = grp(AR_EG, [4, 4, 4, 4, 4, 4, 4])
add(L, "طب أنا غيرت الحساب، الجديد " + ib + "، البنك الأهلي.", [("iban", ib)])
em = "amira.kids.store@gmail.com"
add(L, "وابعتولي كشف الحساب على " + em + ".", [("email", em)])
add(L, "خمسة وعشرين ديسمبر تسعين", [("date_of_birth", "خمسة وعشرين ديسمبر تسعين")],
    "عشان تعديل الحساب البنكي لازم نتأكد، تاريخ ميلاد صاحبة الحساب؟")
ad = "المنصورة، شارع الجلاء، برج النور، الدور الخامس"
add(L, "والمندوب ييجي ياخد الشحنات من " + ad + "، بعد الضهر.", [("address", ad)])

add(L, "هلا، رجعت جوال لنون لأنه جاني مفتوح، والمندوب استلمه مني يوم الثلاثاء.")
add(L, "الشحنة المرتجعة رقمها " + np_num("NR ٣٣٠ ٨١٧ ٥٠٦") + "، ووصلت المستودع في الخرج.")
sid = ar(AR_SAID3[:4]) + " " + AR_SAID3[4:]
add(L, "رقم هويتي " + sid + "، والمبلغ ٣٢٩٩ ريال.", [("id", sid)])
cc = grp(AR_C8, [4, 4, 4])
add(L, "على الفيزا، أمليك الرقم كامل؟ " + cc + ".", [("card", cc)])
dob = ai("2001/11/04")
add(L, "تاريخ الميلاد " + dob + "، والعنوان الدمام، حي الشاطئ، شارع ٢٧.",
    [("date_of_birth", dob), ("address", "الدمام، حي الشاطئ، شارع ٢٧")])
add(L, "الاسترداد يأخذ من ٧ إلى ١٤ يوم عمل، وتوصلك رسالة على الجوال برقم الطلب.")


# ---------------------------------------------------------------- Hebrew
# Calls: a parcel from a Chinese site held for VAT (native speaker), a registered
# letter notice (older Russian-speaking immigrant), a parcel lost on its way to
# Addis Ababa (Ethiopian-Israeli caller), a return to a French shop (French
# immigrant), renting a PO box (Anglo immigrant), a courier who could not find a
# house in Tayibe (Arab citizen speaking Hebrew).

def he(s, **kw):
    return digits_words("he", s, **kw)


def hem(s, **kw):
    return digits_words("hem", s, **kw)


HE_TZ1 = il_id("31872604")
HE_TZ2 = il_id("32104857")
HE_C1 = card("458011226093471")        # Visa (Cal)
HE_IL1 = iban("IL", "0126140000000523817")
HE_FR = iban("FR", "30004005180001029388421")
HE_GB = iban("GB", "BARC20005873619044")

L = "he"
add(L, "דואר ישראל שלום, מדברת אורית, במה אפשר לעזור?", [("name", "אורית")])
add(L, "היי אורית, מדבר עידו לוי, יש לי חבילה מעלי אקספרס שתקועה במכס כבר שלושה שבועות.",
    [("name", "אורית"), ("name", "עידו לוי")])
add(L, "מספר המשלוח הוא LP" + np_num("00 6621 4409 8813") + ", ככה כתוב באפליקציה.")
add(L, "רגע, אני בודקת... כן, החבילה עוכבה כי הערך שלה מעל 75 דולר, צריך לשלם מע\"מ של 17 "
       "אחוז, זה 86 ש\"ח, ועוד 24 ש\"ח דמי טיפול.")
tz = he(grp(HE_TZ1, [3, 3, 3]), gsep=", ")
add(L, "כן, " + tz + ".", [("id", tz)], "בשביל השחרור אני צריכה מספר תעודת זהות.")
cc = num_words("he", grp(HE_C1, [2, 2, 2, 2, 2, 2, 2]))
add(L, "אני משלם בויזה, " + cc + ".", [("card", cc)])
add(L, "תודה, התשלום עבר, החבילה תגיע לסניף תוך שלושה עד חמישה ימי עסקים.")

add(L, "שלום, אני קיבלתי פתק בתיבה, דואר רשום, אני לא מבינה מה זה ומאיפה.")
add(L, "סבטלנה קוזלובה, אבל כולם קוראים לי סווטה.",
    [("name", "סבטלנה קוזלובה"), ("name", "סווטה")],
    "בוקר טוב גברת, הפתק זה הודעה על דבר דואר רשום. מה השם שלך?")
add(L, "סווטה, אני רואה פה מכתב רשום מביטוח לאומי, נשלח ב-3 לחודש.", [("name", "סווטה")])
tz = hem(HE_TZ2[:3]) + "... " + hem(HE_TZ2[3:6]) + "... " + hem(HE_TZ2[6:])
add(L, "תעודת זהות שלי " + tz + ", רגע אני מסתכלת בתעודה, כן.", [("id", tz)])
add(L, "27 במרץ 1968", [("date_of_birth", "27 במרץ 1968")], "ותאריך לידה בבקשה?")
add(L, "אפשר לאסוף עד ה-18 בחודש מהסניף ברחוב הרצל בבת ים, בין 8 ל-12:30.")
add(L, "אני לא יכולה ללכת, יש לי בעיה ברגל. אפשר שהנכד יאסוף? יש לו ייפוי כוח.")

add(L, "שלום, שמי אלמז טקלה, שלחתי חבילה לאחותי באדיס אבבה לפני חודשיים והיא לא הגיעה.",
    [("name", "אלמז טקלה")])
add(L, "אני רואה שהמשלוח יצא מנתב\"ג ב-4 בינואר, ומאז אין סריקה. אפשר לפתוח בירור, זה "
       "לוקח עד 30 יום.")
add(L, "אם לא נמצא, הפיצוי על חבילה רשומה לחו\"ל הוא עד 240 ש\"ח.")
ib = grp(HE_IL1, [4, 4, 4, 4, 4])
add(L, "בסדר, תעבירו לחשבון שלי, ה-IBAN הוא " + ib + ".", [("iban", ib)])
ph = num_words("he", "058 41 27 30 9")
add(L, "והטלפון שלי " + ph + ", אם אני לא עונה תשלחו הודעה.", [("phone", ph)])
add(L, "תודה אלמז, מספר הפנייה שלך " + np_num("7745102") + ", תקבלי עדכון בסמס.",
    [("name", "אלמז")])

add(L, "Allô, שלום, אני ז'רום אזולאי, אני צריך... comment dire... להחזיר חבילה לצרפת, "
       "ללה רדוט.", [("name", "ז'רום אזולאי")])
add(L, "אין בעיה ז'רום. משלוח החזרה לצרפת עם מעקב עולה 89 ש\"ח עד 2 ק\"ג, ומגיע תוך 10 ימים.",
    [("name", "ז'רום")])
add(L, "והמייל שלי jerome.azoulay@free.fr, בשביל הקבלה.",
    [("email", "jerome.azoulay@free.fr")])
ib = grp(HE_FR, [4, 4, 4, 4, 4, 4])
add(L, "לה רדוט מחזירים את הכסף לחשבון שלי בצרפת, " + ib + ", voilà.", [("iban", ib)])
ad = "שדרות ניצה 18, דירה 9, נתניה"
add(L, "תבואו לאסוף מהבית, " + ad + ".", [("address", ad)])
add(L, "d'accord, ויום חמישי זה טוב? כי ביום שישי אני בפריז עד ה-20.")

add(L, "Hi, סליחה, העברית שלי לא מושלמת, קוראים לי שירה גולדברג ואני רוצה לשכור תא דואר.",
    [("name", "שירה גולדברג")])
add(L, "בשמחה שירה. תא דואר קטן עולה 260 ש\"ח לשנה, ויש רשימת המתנה של בערך חודש בסניף.",
    [("name", "שירה")])
ad = "נחל שורק 18, דירה 4, בית שמש"
add(L, "הכתובת שלי " + ad + ".", [("address", ad)])
em = "shira.goldberg שטרודל gmail נקודה com"
add(L, "המייל זה " + em + ".", [("email", em)])
add(L, "5.6.1990", [("date_of_birth", "5.6.1990")], "ותאריך לידה?")
ib = "GB" + HE_GB[2:4] + " " + grp(HE_GB[4:], [4, 4, 4, 4])
add(L, "אפשר לשלם בהעברה מהחשבון שלי באנגליה? " + ib + ".", [("iban", ib)])

add(L, "שליחויות צ'יטה שלום, מדבר אלון.", [("name", "אלון")])
add(L, "אהלן, אני איאד מסארווה מטייבה, יש לי משלוח שהשליח אומר שהוא לא מצא את הבית.",
    [("name", "איאד מסארווה")])
add(L, "כן, בטייבה אין לנו תמיד שמות רחובות במערכת. תן לי כתובת מדויקת.")
ad = "שכונה מזרחית, רחוב 12, בית 7, ליד המסגד הגדול, טייבה"
add(L, "תרשום: " + ad + ".", [("address", ad)])
add(L, "ותגיד לשליח שיתקשר, 052-8134702, אני בבית אחרי ארבע.", [("phone", "052-8134702")])
add(L, "השליח יגיע מחר בין 10 ל-2, ומשלוח חוזר עולה 35 שקל כי זה ניסיון שלישי.")


# Hebrew, second part. Calls: a missed courier delivery in Tel Aviv (young
# caller), parcel lockers, a damaged parcel (Haifa), a Cyprus web shop owner
# sending from Israel, mail redirection after a move (older caller).
HE_TZ3 = il_id("05673291")
HE_TZ4 = il_id("20981736")
HE_C2 = card("532610984470213")        # Mastercard (Max)
HE_C3 = card("37561004739281")         # Amex
HE_C4 = card("405832771906142")        # Visa
HE_CY = iban("CY", "002001950000357001234567")
HE_IL2 = iban("IL", "0206000000318445120")

add(L, "היי זה השליח? לא, סליחה, זה המוקד? השליח השאיר לי הודעה שהוא היה פה ולא הייתי")
add(L, "כן, זה המוקד של HFD, מדברת מאיה. יש לך מספר משלוח?", [("name", "מאיה")])
add(L, "כן רגע... " + np_num("HFD 2204 5817 33") + ", זה מאיביי, אוזניות.")
ad = "בן יהודה 142 קומה 3 דירה 11 תל אביב"
add(L, "כתובת " + ad + " אין מעלית והאינטרקום לא עובד", [("address", ad)],
    "מה הכתובת למסירה?")
ph = "אפס חמישים וארבע, שש שש שבע, תשעים ואחת, אפס שתיים"
assert ph == num_words("he", "054") + ", " + he("667") + ", " + num_words("he", "91 02", gsep=", ")
add(L, "שיתקשר אליי לפני, " + ph + ".", [("phone", ph)])
add(L, "אין בעיה, קבעתי מסירה חוזרת ליום רביעי בין 16:00 ל-20:00, בלי עלות נוספת.")
add(L, "וואלה תודה, ואם אני לא פה שישאיר אצל השכן בדירה 12, או בלוקר של בוקסיט בפינה.")
add(L, "אי אפשר להשאיר אצל שכן בלי אישור בכתב, אבל לבוקסיט בסופר-פארם בז'בוטינסקי כן.")

add(L, "הקוד לאיסוף מהלוקר הוא 482 615, והוא תקף ל-72 שעות מרגע ההפקדה.")
add(L, "הלוקר בתחנת הדלק סונול ברחוב ויצמן פתוח 24 שעות, בקניון הוא נסגר ב-22:00.")
add(L, "התא מספר 37 לא נפתח, הכנסתי את הקוד שלוש פעמים, 9... 9... 1... 4... 0... 7.")
add(L, "שולחים לך קוד חדש בסמס תוך חמש דקות, ואם לא, תלחצי על הכפתור הירוק ותתקשרי ל-*2040.")
add(L, "ביום שישי החבילות מחולקות עד 13:00 בלבד, ובחגים אין חלוקה בכלל, חוץ מחול המועד.")

add(L, "שלום, הגיעה אליי חבילה מרוסקת, סט צלחות מאיקאה, שלוש מתוך שש שבורות.")
add(L, "צר לי לשמוע. אני יכול לפתוח תביעת נזק, אני רק צריך תעודת זהות של מקבלת המשלוח.")
tz = num_words("he", grp(HE_TZ3, [1, 2, 2, 2, 2]))
add(L, "זה " + tz + ".", [("id", tz)],
    "צר לי לשמוע. אני יכול לפתוח תביעת נזק, אני רק צריך תעודת זהות של מקבלת המשלוח.")
dob = "אחד עשר בנובמבר שמונים ושתיים"
add(L, "ותאריך לידה " + dob + ", אם צריך.", [("date_of_birth", dob)])
em = "dana קו תחתון rosen שטרודל walla נקודה co נקודה il"
add(L, "תשלחו את הטופס למייל, " + em + ".", [("email", em)])
add(L, "קיבלתי. שווי הנזק לפי החשבונית 319 ש\"ח, והמשלוח היה בביטוח בסיסי עד 500 ש\"ח.")
cc = grp(HE_C2, [4, 4, 4])
add(L, "ההחזר יחזור לכרטיס ששילמת בו? זה המאסטרקארד " + cc + ".", [("card", cc)])
add(L, "כן, ההחזר לכרטיס המקורי, תוך 14 ימי עסקים. מספר התביעה " + np_num("CL-88213") + ".")
add(L, "ואפשר שהשליח ייקח את הקרטון בחזרה? הוא תופס לי חצי מרפסת בקריית חיים.")

add(L, "שלום, יש לי חנות אונליין בקפריסין, אני שולח מפה, מרחובות, בערך 40 חבילות בחודש.")
add(L, "אהלן, מדבר רועי. לעסקים יש תעריף מיוחד, 38 ש\"ח לחבילה עד חצי קילו ליוון וקפריסין.",
    [("name", "רועי")])
add(L, "מעולה, והתשלום ממני יהיה מהחשבון העסקי בלימסול, " + HE_CY + ".", [("iban", HE_CY)])
add(L, "+357 96 741852, זה הנייד שלי שם, או פה 050-3391174.",
    [("phone", "+357 96 741852"), ("phone", "050-3391174")], "ומה הטלפון ליצירת קשר?")
em = "kobi@kobi-shop.com.cy"
add(L, "את החוזה שלחו ל-" + em + ", תודה.", [("email", em)])

add(L, "שלום לך, אני רוצה להפנות את הדואר שלי לכתובת החדשה, עברנו דירה בחודש שעבר.")
tz = hem(HE_TZ4)
add(L, "יהושע פרידמן, תעודת זהות " + tz + ".", [("name", "יהושע פרידמן"), ("id", tz)],
    "בשמחה. שם מלא ותעודת זהות בבקשה.")
add(L, "תודה מר פרידמן. מאיזו כתובת?", [("name", "פרידמן")])
ad1 = "רחוב ארלוזורוב 57, דירה 2, רמת גן"
add(L, "מ" + ad1 + ".", [("address", ad1)], "תודה מר פרידמן. מאיזו כתובת?")
ad2 = "הנרקיסים 6, כפר סבא, מיקוד 4424506"
add(L, "ולאן? ל" + ad2 + ", בית פרטי.", [("address", ad2)])
add(L, "הפניית דואר לשנה עולה 129 ש\"ח, לחצי שנה 79 ש\"ח, ומתחילה תוך 3 ימי עבודה.")
add(L, "שנה. ותרשמי טלפון בבית, 09-7665320, אני לא כל כך עם הנייד.",
    [("phone", "09-7665320")])
cc = grp(HE_C4, [4, 4, 4])
add(L, "לשלם בכרטיס, " + cc + ", תוקף אחת עשרה שלושים ואחת.", [("card", cc)])
ib = grp(HE_IL2, [4, 4, 4, 4, 4])
add(L, "ואם יהיה החזר, לחשבון בדואר, " + ib + ".", [("iban", ib)])


# Hebrew, third part. Calls: a customs broker clearing a private import, a
# parcel from a fashion site stuck with a courier (young Ethiopian-Israeli
# caller), a parcel to parents that came back (Israeli living in Berlin), a lost
# parcel (young caller from Haifa), and lines about fees, branches and holidays.
HE_TZ5 = il_id("04459218")
HE_TZ6 = il_id("21357960")
HE_C5 = card("458033912067754")        # Visa
HE_C6 = card("522481007736925")        # Mastercard
HE_C7 = card("676119004582300")        # Maestro
HE_IL3 = iban("IL", "0311780000004417762")
HE_DE = iban("DE", "100700240932118700")

add(L, "שלום, הגעתם לרוזנטל עמילות מכס, מדברת לימור.", [("name", "לימור")])
add(L, "היי, הזמנתי אופניים חשמליים מגרמניה, ושלחו לי מכתב שצריך עמיל מכס כי זה מעל 1,000 "
       "דולר.")
add(L, "נכון, על אופניים חשמליים יש מכס של 12 אחוז ומע\"מ 17 אחוז, והעמלה שלנו 450 ש\"ח.")
add(L, HE_TZ5[:3] + "-" + HE_TZ5[3:6] + "-" + HE_TZ5[6:], [("id", HE_TZ5[:3] + "-" + HE_TZ5[3:6] + "-" + HE_TZ5[6:])],
    "בשביל רשומון יבוא אישי אני צריכה את מספר תעודת הזהות של היבואן, כלומר שלך.")
dob = "שלושה באוגוסט שבעים ותשע"
add(L, "רגע... אה, תאריך לידה " + dob + ".", [("date_of_birth", dob)])
em = "nir.bachar שטרודל gmail דוט קום"
add(L, "את כל המסמכים תשלחי ל-" + em + ", החשבונית והשטר מטען.", [("email", em)])
add(L, "טלפון במשרד 03-6129587 שלוחה 4, אחרי חמש רק בנייד.", [("phone", "03-6129587")])
cc = grp(HE_C3, [4, 6, 5])
add(L, "אני אשלם את המיסים באמריקן אקספרס, " + cc + ".", [("card", cc)])
ib = grp(HE_IL3, [4, 4, 4, 4, 4])
add(L, "ואם יש החזר ממס הקנייה שיחזור לחשבון " + ib + ".", [("iban", ib)])
add(L, "השחרור לוקח 2 עד 4 ימי עבודה, ההובלה מאשדוד עוד 220 ש\"ח, והמשלוח הגיע באונייה "
       "MSC ב-9 לחודש.")

add(L, "אהלן, קוראים לי טספאי אדמסו, אבל כולם אומרים יוסי, אני מבאר שבע.",
    [("name", "טספאי אדמסו"), ("name", "יוסי")])
add(L, "היי יוסי, פה נועה מ-DHL אקספרס, אני רואה שהחבילה שלך משיין מחכה לתשלום מע\"מ.",
    [("name", "יוסי"), ("name", "נועה")])
add(L, "מע\"מ 58 ש\"ח ועוד 35 ש\"ח עמלת שחרור, סה\"כ 93 ש\"ח.")
tz = he(HE_TZ6[:4]) + " " + HE_TZ6[4:]
add(L, "תעודת זהות " + tz + ".", [("id", tz)])
cc = he(grp(HE_C6, [4, 4, 4]), gsep=", ")
add(L, "אני משלם עכשיו בטלפון, " + cc + ".", [("card", cc)])
em = "yossi.adamsu שטרודל hotmail נקודה com"
add(L, "תשלחי אישור ל-" + em + ".", [("email", em)])
ph = "אפס חמש שתיים, שש אחת, אפס ארבע, שמונה שמונה שש"
assert ph == he("052") + ", " + he("61") + ", " + he("04") + ", " + he("886")
add(L, "ואם השליח מגיע, " + ph + ", אני בעבודה עד שש.", [("phone", ph)])
ad = "רחוב יהודה הלוי 23, כניסה ב', דירה 14, באר שבע"
add(L, "הכתובת " + ad + ".", [("address", ad)])

add(L, "שלום, אני מתקשרת מברלין, שלחתי חבילה להורים שלי ליום הולדת של אבא והיא חזרה אליי.")
add(L, "אני רואה שהיא הגיעה ב-11 במאי, היו שני ניסיונות מסירה ואחרי 14 יום היא הוחזרה לשולח.")
ad = "השקד 9, מושב בני דרור, מיקוד 4081500"
add(L, "אבל הם בבית כל היום! הכתובת שלהם " + ad + ".", [("address", ad)])
add(L, "15 באפריל 1991", [("date_of_birth", "15 באפריל 1991")],
    "בשביל פתיחת בירור אני צריכה את תאריך הלידה שלך.")
em = "m.levi.berlin@gmx.de"
add(L, "המייל " + em + ", ואת דמי המשלוח החוזר אפשר לזכות לחשבון הגרמני " + HE_DE + ".",
    [("email", em), ("iban", HE_DE)])
add(L, "דמי המשלוח החוזר הם 18 יורו, ועד סוף החודש הזיכוי עובר, זה 14 ימי עבודה.")

add(L, "מה נשמע, תקשיבי, הזמנתי מאמזון לפני חודש וחצי, המעקב אומר שזה נמסר ב-2 ביוני ב-14:10 "
       "ואני לא קיבלתי כלום.")
ad = "רחוב מוריה 88 דירה 31 חיפה"
add(L, "כן, " + ad + ", יש שם 40 תיבות ואין שמות על חצי מהן.", [("address", ad)],
    "אוקיי, לפי הסריקה זה נמסר לתיבת הדואר. אתה גר בבניין?")
dob = "עשרים ושתיים לתשע תשעים ושש"
add(L, dob, [("date_of_birth", dob)], "תאריך לידה בבקשה, בשביל האימות?")
cc = grp(HE_C7, [4, 4, 4, 4])
add(L, "שילמתי במאסטרו, " + cc + ".", [("card", cc)])
add(L, "פתחתי פנייה, מספר " + np_num("40-218-7733") + ", הבודק מהסניף יחזור אליך תוך 5 ימי עבודה.")

add(L, "הסניף בדיזנגוף סנטר פתוח בימים א'-ה' 8:00-18:00, ובשישי 8:00-12:00.")
add(L, "בפסח אין חלוקת דואר ב-15 וב-21 באפריל, ושאר הימים כרגיל.")
add(L, "המחיר למכתב רשום בארץ 22.50 ש\"ח, עם אישור מסירה 31 ש\"ח.")
add(L, "חבילה של 5 קילו לארצות הברית עולה 184 ש\"ח באקספרס, 97 ש\"ח ברגיל, זה 10 עד 15 ימים.")
add(L, "זה היה המשלוח השני החודש, הראשון הגיע ב-3 בינואר והשני אמור להגיע עד יום ראשון.")
add(L, "המכס פוטר עד 75 דולר, מעל זה משלמים מע\"מ, ומעל 500 דולר גם מכס לפי סוג המוצר.")
add(L, "שלחתי את זה בדואר שליחים, המספר " + np_num("EE 30 218 774 6IL") + ", יצא מסניף "
       "כיכר המדינה.")


# Hebrew, fourth part: a lost registered letter (Druze caller from the Carmel),
# express post to the US (older Anglo caller mixing English), and the Tayibe
# caller paying the redelivery fee.
HE_TZ7 = il_id("20753194")
HE_TZ8 = il_id("34219075")
HE_C8 = card("453201776180913")        # Visa
HE_C9 = card("458021883016640")        # Visa
HE_IL4 = iban("IL", "0341220000002290017")

tz = grp(HE_TZ7, [3, 4])
add(L, "מספר זהות " + tz + ", והמכתב נשלח למשרד הפנים בחיפה לפני שלושה שבועות.",
    [("id", tz)], "כדי לפתוח תביעה על מכתב רשום שאבד אני צריך מספר זהות של השולח.")
add(L, "14/02/1987", [("date_of_birth", "14/02/1987")], "ותאריך לידה?")
ib = grp(HE_IL4, [4, 4, 4, 4, 4])
add(L, "את הפיצוי תעבירו לחשבון שלי בבנק ערבי ישראלי, " + ib + ".", [("iban", ib)])
add(L, "הטלפון בבית 04-8391265, אני בדלית אל כרמל.", [("phone", "04-8391265")])
add(L, "אז 04-8391265, נכון? נחזור אלייך תוך 30 יום עם תשובה.", [("phone", "04-8391265")])

cc = en(grp(HE_C8, [4, 4, 4]), gsep=", ")
add(L, "הכרטיס זה... sorry, in English it's easier, " + cc + ".", [("card", cc)],
    "משלוח אקספרס לניו יורק, 184 שקל. איך תרצה לשלם?")
tz = en(grp(HE_TZ8, [3, 3, 3]), gsep=", ")
add(L, "מספר תעודת זהות, " + tz + ".", [("id", tz)])
dob = "שתים עשרה במרץ חמישים ואחת"
add(L, "אני נולדתי " + dob + ", אני כבר לא צעיר.", [("date_of_birth", dob)])
em = "bernie.katz48 at gmail dot com"
add(L, "ואת האישור תשלחי ל-" + em + ", הנכדה שלי קוראת לי את זה.", [("email", em)])

cc = "-".join(grp(HE_C9, [4, 4, 4]).split())
add(L, "ויזה, " + cc + ", בשביל ה-35 שקל של המשלוח החוזר.", [("card", cc)])


# ---------------------------------------------------------------- Greek
# Calls: a missed courier delivery (Athens, younger caller), VAT on a parcel
# from the UK (Nicosia, Cypriot speech), a parcel from China held at customs
# (Thessaloniki), a registered letter notice (older caller, Piraeus), a return
# to a Greek web shop with a refund (younger caller).

def el(s, **kw):
    return digits_words("el", s, **kw)


EL_AFM1 = afm("13590624")
EL_AFM2 = afm("04418273")
EL_C1 = card("516832004719856")        # Mastercard (Nicosia)
EL_C2 = card("474120936610578")        # Visa (Thessaloniki)
EL_CY = iban("CY", "003001080000000357220841")
EL_GR1 = iban("GR", "01401250000012300445871")

L = "el"
add(L, "ACS καλησπέρα σας, ονομάζομαι Ευτυχία, πώς μπορώ να βοηθήσω;", [("name", "Ευτυχία")])
add(L, "Καλησπέρα, είμαι ο Νίκος Σταματόπουλος, μου άφησε ο κούριερ ειδοποίηση ότι δεν με βρήκε, "
       "αλλά ήμουν σπίτι όλη μέρα.", [("name", "Νίκος Σταματόπουλος")])
add(L, "Μάλιστα κύριε Νίκο, μου λέτε τον αριθμό αποστολής που γράφει η ειδοποίηση;",
    [("name", "Νίκο")])
add(L, "Ναι, " + np_num("7204 4518 36") + ", από Πλαίσιο, ένα λάπτοπ.")
add(L, "Βλέπω ότι ο συνεργάτης σημείωσε «κλειστό κατάστημα» στις 11:40. Ποια είναι η διεύθυνση "
       "παράδοσης;")
ad = "Πατησίων 112, τέταρτος όροφος, Αθήνα 11257"
add(L, "Είναι " + ad + ", πολυκατοικία, δεν είναι κατάστημα!", [("address", ad)],
    "Βλέπω ότι ο συνεργάτης σημείωσε «κλειστό κατάστημα» στις 11:40. Ποια είναι η διεύθυνση "
    "παράδοσης;")
ph = num_words("el", "694 41 27 803")
add(L, "Να με πάρει τηλέφωνο πριν ανέβει, το κινητό μου είναι " + ph + ".", [("phone", ph)])
add(L, "Δηλαδή 6944127803, σωστά;", [("phone", "6944127803")])
add(L, "Και στείλτε μου ενημερώσεις στο nikos.stam84@gmail.com.",
    [("email", "nikos.stam84@gmail.com")])
add(L, "Σωστά. Αύριο Πέμπτη μπορεί να έρθει; Από τις 9 μέχρι τις 3 θα είμαι σίγουρα.")
add(L, "Το έχω προγραμματίσει για αύριο Πέμπτη, 9 με 3, και χωρίς επιπλέον χρέωση.")

add(L, "Κυπριακά Ταχυδρομεία, καλημέρα, μιλάτε με τη Χρυστάλλα.", [("name", "Χρυστάλλα")])
add(L, "Καλημέρα κόρη μου, είμαι ο Χαράλαμπος Ιωάννου, ο Μπάμπης, ήρτεν μου χαρτί ότι έχω δέμα "
       "που την Αγγλία τζαι πρέπει να πληρώσω.", [("name", "Χαράλαμπος Ιωάννου"),
                                                     ("name", "Μπάμπης")])
add(L, "Ναι κύριε Μπάμπη, μετά το Brexit ό,τι έρχεται από Ηνωμένο Βασίλειο πληρώνει ΦΠΑ 19% "
       "τζαι τέλος εκτελωνισμού 4 ευρώ.", [("name", "Μπάμπη")])
add(L, "Ήντα μου λες κόρη μου, εν ένα πουλόβερ που μου έστειλεν η κόρη μου που το Λονδίνο, "
       "35 λίρες.")
cc = grp(EL_C1, [4, 4, 4])
add(L, "Εντάξει, θα πληρώσω με την κάρτα, " + cc + ".", [("card", cc)],
    "Μπορείτε να πληρώσετε με κάρτα τώρα στο τηλέφωνο ή στο ταχυδρομείο.")
ph = num_words("el", "99 48 27 16")
add(L, "Τζαι το τηλέφωνο μου " + ph + ", να μου πείτε πότε να έρτω.", [("phone", ph)])
add(L, "Το δέμα θα σας περιμένει στο Κεντρικό Ταχυδρομείο Λευκωσίας, στην Ελευθερίας, μέχρι τις "
       "28 του μηνός.")
ib = grp(EL_CY, [4, 4, 4, 4, 4, 4])
add(L, "Τζαι αν μου πάρετε παραπάνω, να μου τα επιστρέψετε στον λογαριασμό " + ib + ".",
    [("iban", ib)])
add(L, "Τζαι τα εκατόν σαράντα εννιά τζαι πενήντα που επλήρωσα στο site για μεταφορικά, εν "
       "τα θωρώ πουθενά.")

add(L, "Γεια σας, έχω ένα δέμα από την Κίνα, από Temu, που έχει κολλήσει στο τελωνείο "
       "Θεσσαλονίκης εδώ και δύο εβδομάδες.")
add(L, "Για τον εκτελωνισμό χρειάζομαι τον ΑΦΜ σας και ένα email για να σας στείλουμε τη "
       "διασάφηση.")
afs = num_words("el", grp(EL_AFM1, [3, 3, 3]), gsep=", ")
add(L, "Ο ΑΦΜ μου είναι " + afs + ".", [("id", afs)])
em = "eleni.tsak παπάκι gmail τελεία com"
add(L, "Το email είναι " + em + ", eleni με ένα λ.", [("email", em)])
dob = "δεκαεννιά Ιουλίου του ενενήντα τρία"
add(L, "Και ημερομηνία γέννησης " + dob + ".", [("date_of_birth", dob)])
add(L, "Η αξία είναι 68 ευρώ, άρα πληρώνετε ΦΠΑ 24%, 16,32, συν 3 ευρώ τέλος χειρισμού.")
cc = el(EL_C2[:4]) + " " + grp(EL_C2[4:], [4, 4])
add(L, "Να πληρώσω με Visa, " + cc + ";", [("card", cc)])
add(L, "Εντάξει, θα φύγει από το τελωνείο την Τρίτη 14 Μαΐου και θα παραδοθεί μέσα σε 2-3 "
       "εργάσιμες.")

add(L, "Εμπρός; Παιδί μου, μου άφησαν ένα χαρτάκι στο γραμματοκιβώτιο για συστημένο, και δεν "
       "ξέρω από πού είναι.")
add(L, "Με λένε Σταυρούλα Κατσαρού, αλλά όλοι με φωνάζουν Σούλα.",
    [("name", "Σταυρούλα Κατσαρού"), ("name", "Σούλα")], "Καλημέρα σας κυρία μου. Πώς σας λένε;")
add(L, "Κυρία Κατσαρού, το συστημένο είναι από την ΑΑΔΕ, στάλθηκε στις 3 του μήνα.",
    [("name", "Κατσαρού")])
afs = el(grp(EL_AFM2, [3, 3, 3]), gsep=", ")
add(L, "Περιμένετε να βρω τα γυαλιά μου... ο ΑΦΜ, " + afs + ".", [("id", afs)])
add(L, "εικοσιτρείς του έκτου του σαράντα εννιά",
    [("date_of_birth", "εικοσιτρείς του έκτου του σαράντα εννιά")],
    "Και την ημερομηνία γέννησης, για να το επιβεβαιώσω;")
ad = "Καραΐσκου 45, δεύτερος όροφος, Πειραιάς"
add(L, "Μένω στην " + ad + ", απέναντι από τον Άγιο Σπυρίδωνα.", [("address", ad)])
add(L, "Μπορείτε να το παραλάβετε από το κατάστημα ΕΛΤΑ Πειραιά, στην Τσαμαδού, από 7:30 έως "
       "14:30, μέχρι τις 20 του μήνα.")
add(L, "Αν δεν μπορείτε, μπορεί να το πάρει κάποιος με εξουσιοδότηση θεωρημένη από ΚΕΠ.")

add(L, "Γεια, θέλω να επιστρέψω ένα παπούτσι που πήρα από Skroutz, μου ήρθε λάθος νούμερο, 42 "
       "αντί για 43.")
add(L, "Η επιστροφή είναι δωρεάν μέσα σε 14 μέρες, το αφήνετε σε ένα BoxNow locker με τον "
       "κωδικό " + np_num("RT-553 018") + ".")
em = "mariosk_98 παπάκι hotmail τελεία gr"
add(L, "Τέλεια. Και το αποδεικτικό στείλ' το στο " + em + ".", [("email", em)])
ib = grp(EL_GR1, [4, 4, 4, 4, 4, 4])
add(L, "Τα λεφτά θα γυρίσουν στο IBAN " + ib + ";", [("iban", ib)],
    "Πού θέλετε να γίνει η επιστροφή των 89,90;")
add(L, "Το κατάστημα κάνει την επιστροφή μέσα σε 5 με 7 εργάσιμες αφού παραλάβει το δέμα.")
add(L, "Μάριος Κωνσταντίνου.", [("name", "Μάριος Κωνσταντίνου")],
    "Και το ονοματεπώνυμο του δικαιούχου του λογαριασμού;")


# Greek, second part. Calls: a lost parcel with compensation (Athens), cash on
# delivery money for a small producer (Crete), a Greek living in Germany sending
# a parcel home, parcel lockers, a parcel for an older Cypriot caller (Larnaca).
EL_AFM3 = afm("07721548")
EL_AFM4 = afm("15002936")
EL_GR2 = iban("GR", "01101800000018029674310")
EL_GR3 = iban("GR", "02603210000840200871964")
EL_DE = iban("DE", "200400000628417539")
EL_CY2 = iban("CY", "005003570000000150036112")
EL_C3 = card("491873006512449")        # Visa (Cyprus)

add(L, "ΕΛΤΑ Courier, καλησπέρα, είμαι ο Στέλιος.", [("name", "Στέλιος")])
add(L, "Καλησπέρα, η Κατερίνα Βλάχου είμαι, έστειλα ένα δέμα στη Λάρισα πριν από δεκαπέντε "
       "μέρες και δεν έχει φτάσει ακόμα.", [("name", "Κατερίνα Βλάχου")])
add(L, "Ο αριθμός αποστολής είναι RE " + np_num("482 913 556") + " GR, το έστειλα από το "
       "κατάστημα στην Πανεπιστημίου.")
add(L, "Βλέπω ότι η τελευταία σάρωση είναι στο κέντρο διαλογής στην Κρυονερίου, Δευτέρα στις "
       "22:15. Θα ανοίξω αίτημα αναζήτησης.")
add(L, "Αν δεν βρεθεί σε 20 εργάσιμες, η αποζημίωση για συστημένο δέμα είναι έως 50 ευρώ, συν "
       "τα ταχυδρομικά τέλη.")
afs = grp(EL_AFM3, [3, 3, 3])
add(L, "Ο ΑΦΜ του αποστολέα, δηλαδή ο δικός μου, είναι " + afs + ".", [("id", afs)])
ib = grp(EL_GR2, [4, 4, 4, 4, 4, 4])
add(L, "Και τα χρήματα να πάνε στο " + ib + ", Εθνική Τράπεζα.", [("iban", ib)])
add(L, "Το σταθερό μου είναι 210 6124 583, απογεύματα είμαι σπίτι.",
    [("phone", "210 6124 583")])
ad = "Ηλιουπόλεως 27, Βύρωνας, 16231"
add(L, "Η διεύθυνσή μου, αν θέλετε να στείλετε έγγραφα, είναι " + ad + ".", [("address", ad)])
add(L, "Δεκαοχτώ Οκτωβρίου, εβδομήντα ένα.",
    [("date_of_birth", "Δεκαοχτώ Οκτωβρίου, εβδομήντα ένα")],
    "Για την αποζημίωση χρειάζομαι και την ημερομηνία γέννησής σας.")
EL_C9 = card("474121580036937")
add(L, "Και να πληρώσω τα 3,20 για το νέο συστημένο με κάρτα, " + grp(EL_C9, [4, 4, 4]) + ".",
    [("card", grp(EL_C9, [4, 4, 4]))])
add(L, "Ευχαριστώ κυρία Βλάχου, ο αριθμός αιτήματος είναι " + np_num("4471-09") + ".",
    [("name", "Βλάχου")])

add(L, "Γεια σας, έχω μικρή επιχείρηση στα Χανιά, μέλι και ρακή, και στέλνω με αντικαταβολή. Τα "
       "λεφτά του Μαρτίου δεν μπήκαν.")
add(L, "Καλησπέρα, με λένε Φωτεινή. Βλέπω 23 αποστολές με αντικαταβολή τον Μάρτιο, σύνολο "
       "1.148,60 ευρώ, αποδόθηκαν στις 4 Απριλίου.", [("name", "Φωτεινή")])
ib = "GR" + EL_GR3[2:4] + " " + grp(EL_GR3[4:], [4, 4, 4, 4, 4])
add(L, "Ο καινούριος είναι " + ib + ", Πειραιώς.", [("iban", ib)],
    "Σε ποιον λογαριασμό; Γιατί άλλαξα τράπεζα τον Φεβρουάριο.")
afs = num_words("el", grp(EL_AFM4, [3, 3, 3]), gsep=", ")
add(L, "Ο ΑΦΜ της επιχείρησης, που είναι ατομική, στο όνομά μου, " + afs + ".", [("id", afs)])
em = "manolis.melissokomos@yahoo.gr"
add(L, "Στείλτε μου τη φόρμα αλλαγής στο " + em + ".", [("email", em)])
ph = el("697") + " " + num_words("el", "30 18 25 4")
add(L, "Και ένα κινητό: " + ph + ".", [("phone", ph)])
ad = "Κισάμου 118, Χανιά 73100"
add(L, "Ο κούριερ να περνάει για παραλαβή από την " + ad + ", Τρίτη και Παρασκευή.",
    [("address", ad)])
add(L, "Η χρέωση αντικαταβολής είναι 1,50 ευρώ ανά δέμα, και η απόδοση γίνεται κάθε Τετάρτη.")

add(L, "Hallo, συγγνώμη, μένω στο Μόναχο, στέλνω ένα δέμα στη μητέρα μου στην Καλαμάτα και "
       "θέλω να ξέρω πόσο κάνει.")
add(L, "Από Γερμανία με DHL Paket έως 5 κιλά είναι 17,99 ευρώ, φτάνει σε 5 με 8 εργάσιμες.")
add(L, "My name is... συγγνώμη, το όνομά μου είναι Dimitrios Papadakis, με λατινικά στο "
       "διαβατήριο.", [("name", "Dimitrios Papadakis")])
ad = "Αριστομένους 64, Καλαμάτα 24100"
add(L, "Η διεύθυνση παραλήπτη: " + ad + ", στο όνομα της μητέρας μου.", [("address", ad)])
em = "d.papadakis@web.de"
add(L, "Για ειδοποιήσεις, " + em + ".", [("email", em)])
ib = grp(EL_DE, [4, 4, 4, 4, 4])
add(L, "Αν χρειαστεί επιστροφή, ο λογαριασμός μου στη Γερμανία είναι " + ib + ".",
    [("iban", ib)])
add(L, "7 Νοεμβρίου 1985", [("date_of_birth", "7 Νοεμβρίου 1985")],
    "Για την ταυτοποίηση, την ημερομηνία γέννησής σας;")

add(L, "Ο κωδικός παραλαβής είναι 6 3 8 2 1 4 και ισχύει για 3 μέρες.")
add(L, "Το locker στον Σκλαβενίτη στην Αγίου Δημητρίου δέχεται μόνο μικρά και μεσαία δέματα.")
add(L, "δεν ανοίγει το ντουλαπάκι 18 έβαλα τον κωδικό δυο φορές και βγάζει σφάλμα")
add(L, "Πατήστε «Άνοιγμα» στην εφαρμογή όταν είστε σε απόσταση 10 μέτρων, και αν δεν ανοίξει "
       "σε 2 λεπτά σας ξαναστέλνουμε PIN.")

add(L, "Akis Express, καλημέρα, η Γιώτα είμαι.", [("name", "Γιώτα")])
add(L, "Καλημέρα κοπέλα μου, ο Σάββας Χατζηγεωργίου εν που σας παίρνει, έχω έναν δέμαν που "
       "τον γιο μου που την Αθήνα τζαι εν ήρτεν.", [("name", "Σάββας Χατζηγεωργίου")])
add(L, "Κύριε Σάββα, βλέπω το δέμα στη Λάρνακα από την Παρασκευή, ο οδηγός δεν βρήκε το σπίτι.",
    [("name", "Σάββα")])
ad = "οδός Γρηγόρη Αυξεντίου 9, Αραδίππου, Λάρνακα"
add(L, "Μα εν τόσα χρόνια εδώ! " + ad + ", δίπλα που το περίπτερο.", [("address", ad)],
    "Πείτε μου τη διεύθυνση όπως ακριβώς τη δίνετε.")
add(L, "Τζαι το τηλέφωνο του σπιθκιού εν 24 638 215.", [("phone", "24 638 215")])
add(L, "πρώτη Απριλίου του πενήντα οχτώ",
    [("date_of_birth", "πρώτη Απριλίου του πενήντα οχτώ")],
    "Για επιβεβαίωση, την ημερομηνία γέννησης σας;")
cc = num_words("el", grp(EL_C3, [2, 2, 2, 2, 2, 2, 2]))
add(L, "Τα 6 ευρώ της επαναποστολής με την κάρτα, " + cc + ".", [("card", cc)])
ib = grp(EL_CY2, [4, 4, 4, 4, 4, 4])
add(L, "Τζαι ο γιος μου λέει αν πάρετε τίποτε παραπάνω, στον λογαριασμό μου " + ib + ".",
    [("iban", ib)])


# Greek, third part. Calls: a Greek-Australian sending a parcel to Melbourne,
# VAT on a parcel from the US (Patras, younger caller), renting a PO box
# (Heraklion), a wrong customs charge on books from the UK (student,
# Thessaloniki), and lines about ferries, holidays, fees and sizes.
EL_AFM5 = afm("11846307")
EL_AFM6 = afm("16204589")
EL_AFM7 = afm("10935172")
EL_AFM8 = afm("08877413")
EL_C4 = card("455701893024461")        # Visa (Australia)
EL_C5 = card("516844021973308")        # Mastercard
EL_C6 = card("402360118845729")        # Visa
EL_C7 = card("535920047168132")        # Mastercard
EL_C8 = card("37751480239006")         # Amex
EL_GR4 = iban("GR", "01722730005273012887402")
EL_GR5 = iban("GR", "01404110411002101934658")

add(L, "Καλημέρα, είμαι από τη Μελβούρνη, ήρθα για το Πάσχα, και θέλω να στείλω ένα δέμα πίσω "
       "στην Αυστραλία, λάδι και ελιές.")
add(L, "Το λάδι δεν επιτρέπεται σε αεροπορικό δέμα πάνω από 5 λίτρα, και η Αυστραλία έχει "
       "αυστηρούς ελέγχους για τρόφιμα.")
add(L, "Ok, ok. Το όνομα είναι Con Georgiou, C-O-N, Κώστας δηλαδή, αλλά εκεί όλοι Con.",
    [("name", "Con Georgiou"), ("name", "Κώστας")])
ad = "17 Albert Street, Brunswick, Victoria 3056"
add(L, "Η διεύθυνση στην Αυστραλία είναι " + ad + ".", [("address", ad)])
ph = "+61 412 558 093"
add(L, "Το αυστραλέζικο κινητό " + ph + ", και εδώ έχω ελληνικό καρτοκινητό 690 714 2286.",
    [("phone", ph), ("phone", "690 714 2286")])
em = "con.georgiou60 at bigpond dot com"
add(L, "Και email, " + em + ".", [("email", em)])
add(L, "Δέμα 10 κιλών για Αυστραλία, οικονομικό, 96 ευρώ, φτάνει σε 4 με 6 εβδομάδες.")
cc = en(grp(EL_C4, [4, 4, 4]), gsep=", ")
add(L, "Θα πληρώσω με την κάρτα την αυστραλέζικη, " + cc + ".", [("card", cc)])

add(L, "γεια σας μου ήρθε sms ότι έχω να πληρώσω δασμό για ένα δέμα από αμερική από την "
       "amazon")
add(L, "Ναι, για εισαγωγές εκτός ΕΕ από 1η Ιουλίου 2021 πληρώνεται ΦΠΑ από το πρώτο ευρώ.")
afs = grp(EL_AFM5, [3, 3, 3])
add(L, "ο αφμ μου " + afs + " και είμαι στην Πάτρα", [("id", afs)])
add(L, "τριάντα ένα του δώδεκα του ενενήντα εννιά",
    [("date_of_birth", "τριάντα ένα του δώδεκα του ενενήντα εννιά")],
    "Και την ημερομηνία γέννησης για την ταυτοποίηση;")
em = "katerina.p99 παπάκι gmail τελεία com"
add(L, "και στείλτε μου την απόδειξη στο " + em, [("email", em)])
cc = grp(EL_C5, [4, 4, 4])
add(L, "πληρώνω με mastercard " + cc, [("card", cc)])
ib = grp(EL_GR4, [4, 4, 4, 4, 4, 4])
add(L, "αν τελικά χρεωθώ διπλά πού θα μου τα επιστρέψετε στο " + ib + " σωστά", [("iban", ib)])

add(L, "Καλημέρα, θα ήθελα να νοικιάσω ταχυδρομική θυρίδα στο κεντρικό κατάστημα Ηρακλείου.")
add(L, "Βεβαίως, η μικρή θυρίδα είναι 45 ευρώ τον χρόνο, η μεγάλη 70, και χρειάζεται "
       "ταυτότητα και ΑΦΜ.")
add(L, "Λέγομαι Μαρία-Ελένη Ζαχαράκη.", [("name", "Μαρία-Ελένη Ζαχαράκη")],
    "Πώς λέγεστε;")
afs = el(grp(EL_AFM6, [3, 3, 3]), gsep=", ")
add(L, "ΑΦΜ " + afs + ".", [("id", afs)])
ad = "Λεωφόρος Κνωσού 210, Ηράκλειο 71409"
add(L, "Διεύθυνση κατοικίας " + ad + ".", [("address", ad)])
add(L, "2/9/1977", [("date_of_birth", "2/9/1977")], "Και η ημερομηνία γέννησης;")
ph = "εξακόσια ενενήντα εννιά, τετρακόσια πενήντα δύο, δεκαεφτά, τριάντα οχτώ"
assert ph == num_words("el", "699 452 17 38", gsep=", ")
add(L, "Κινητό " + ph + ".", [("phone", ph)])
cc = grp(EL_C6, [4, 4, 4])
add(L, "Και πληρώνω με κάρτα, " + cc + ", λήξη 08/27.", [("card", cc)])

add(L, "Γεια σας, είμαι φοιτήτρια στη Θεσσαλονίκη, παρήγγειλα βιβλία από το Λονδίνο και μου "
       "ζητάνε 22 ευρώ δασμό, αλλά τα βιβλία δεν έχουν δασμό.")
add(L, "Τα βιβλία έχουν μηδενικό δασμό, αλλά ΦΠΑ 6%, και τέλος εκτελωνισμού 5 ευρώ.")
afs = el(EL_AFM7[:3]) + ", " + grp(EL_AFM7[3:], [3, 3])
add(L, "Ο ΑΦΜ μου είναι " + afs + ".", [("id", afs)])
add(L, "Δηλαδή " + EL_AFM7[:5] + "... " + EL_AFM7[5:] + ";",
    [("id", EL_AFM7[:5]), ("id", EL_AFM7[5:])])
add(L, "14 Φεβρουαρίου 2002", [("date_of_birth", "14 Φεβρουαρίου 2002")],
    "Ημερομηνία γέννησης;")
em = "a.mitsou παπάκι auth τελεία gr"
add(L, "Το πανεπιστημιακό μου email, " + em + ".", [("email", em)])
ib = grp(EL_GR5, [4, 4, 4, 4, 4, 4])
add(L, "Την επιστροφή της διαφοράς στο " + ib + ", είναι της μητέρας μου, αλλά είμαι "
       "συνδικαιούχος.", [("iban", ib)])
cc = grp(EL_C8, [4, 6])
add(L, "Τα 6,50 θα τα πληρώσω με American Express, " + cc + ".", [("card", cc)])

add(L, "Λόγω της απεργίας των ναυτεργατών στις 9 και 10 Απριλίου, τα δέματα για Κρήτη και "
       "Δωδεκάνησα θα καθυστερήσουν.")
add(L, "Το πλοίο της Blue Star για Πάρο φεύγει 7:25 από τον Πειραιά, οπότε το δέμα θα είναι "
       "εκεί την Τετάρτη.")
add(L, "Του Αγίου Πνεύματος και στις 15 Αυγούστου δεν γίνεται διανομή, ούτε στον Άγιο "
       "Νικόλαο.")
add(L, "εφτά και πενήντα τα μεταφορικά και δύο ευρώ η αντικαταβολή σύνολο εννιά και πενήντα")
add(L, "Ήρθε με Speedex από τον Κωτσόβολο, δύο κούτες, η μία ήρθε Παρασκευή, η άλλη ακόμα "
       "τίποτα.")
add(L, "Το δέμα ζυγίζει 4,6 κιλά και οι διαστάσεις είναι 40 επί 30 επί 25 εκατοστά.")
add(L, "Έκλεισα το δωμάτιο 214 στο ξενοδοχείο Ελπίς μέχρι τις 12 Ιουλίου, μπορείτε να το "
       "αφήσετε στη ρεσεψιόν;")
add(L, "Φύλαξη στο κατάστημα είναι δωρεάν για 10 μέρες, μετά 2 ευρώ τη μέρα, και το συμβόλαιο "
       "της εταιρείας σας ξεκίνησε 1η Μαρτίου 2022.")


def main():
    self_test()
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    write_all(root)


if __name__ == "__main__":
    main()
