#!/usr/bin/env python3
"""Writes data/redaction/blind2/<lang>.jsonl: a held-out ("blind") evaluation set
for the personal-data redactor, for en, ar, he and el.

Who wrote it and how: a helper session (an AI assistant) wrote every utterance by
hand from general knowledge of how callers and contact-centre agents talk on the
phone in each language, and of how a speech recogniser such as Whisper writes that
speech down. It was written WITHOUT reading the redactor's rules, code, tests, other
data sets, README or git history: the author knew only the public promise (which
kinds are redacted and which numbers must stay). The set therefore measures what
callers say, not what the rules expect.

Each language has about 60 utterances with personal spans (card, iban, id, phone,
email, date_of_birth, name, address) and about 40 utterances with ordinary,
non-personal numbers and near-misses (prices, order/ticket numbers, times,
appointment dates, counts, "my name" without a name, company names...), which
carry no spans. Items whose scored line is an agent repeating a name carry a
"context" (the earlier line; it is redacted first but its spans are not scored).

Every personal number is freshly generated from a seeded RNG and completed with
its check rule (Luhn, Teudat Zehut, AFM, Saudi ID/Iqama, IBAN mod 97, SSN ranges),
then rendered the way it was spoken: digits grouped with spaces/dashes/dots,
Arabic-Indic digits, digits as words, pairs, triples, "double"/"oh", mixtures.
Long non-personal numbers are asserted NOT to pass those checks. The script is
deterministic and self-checking; run it with python3.

Record format, one JSON object per line:
  {"text": ..., "spans": [{"kind", "start", "end"}], "context"?: ...}
start/end are byte offsets into the UTF-8 text.

Scored once through `calltone redact` before any rule was changed for it (stop 29):
en 72.4, ar 80.8, he 79.2, el 80.0 % recall; 0.44/0.65/0.22/0.22 over-redactions
per 25 sentences (README, Redaction). Its misses were then fixed in the rules, not in the
gold, so it is no longer held out; tests/redact.rs keeps a floor on it.
"""
import json, os, re, random, unicodedata
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind2")
KINDS = ["card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"]


# ---------------------------------------------------------------- check rules
def luhn_complete(prefix):
    digits = [int(c) for c in prefix]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 0:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return prefix + str((10 - total % 10) % 10)


def luhn_ok(s):
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            d = d - 9 if d > 9 else d
        total += d
    return total % 10 == 0


def tz_complete(prefix8):   # Israeli Teudat Zehut: 8 digits + check
    total = 0
    for i, c in enumerate(prefix8):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return prefix8 + str((10 - total % 10) % 10)


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    total = 0
    for i, c in enumerate(s):
        d = int(c) * (1 if i % 2 == 0 else 2)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def afm_complete(prefix8):  # Greek AFM: 8 digits + check
    total = sum(int(c) * 2 ** (8 - i) for i, c in enumerate(prefix8))
    return prefix8 + str(total % 11 % 10)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit() or s == "000000000":
        return False
    return afm_complete(s[:8]) == s


def saudi_complete(prefix9):  # Saudi national ID (starts 1) / Iqama (starts 2): 9 digits + Luhn check
    return luhn_complete(prefix9)


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_complete(country, bban):
    """ISO 13616: check digits = 98 - (BBAN + country + '00') mod 97."""
    bban = bban.upper()
    chk = 98 - _iban_num(bban + country + "00") % 97
    return country + "%02d" % chk + bban


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) >= 15 and _iban_num(s[4:] + s[:4]) % 97 == 1


def ssn_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    a, g, n = int(s[:3]), int(s[3:5]), int(s[5:])
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= n <= 9999


def not_personal_number(s):
    """A long number used in a non-personal sentence must fail every check."""
    d = re.sub(r"\D", "", s.translate(FROM_AI))
    assert not (12 <= len(d) <= 19 and luhn_ok(d)), ("Luhn-valid non-personal", s)
    assert not tz_ok(d), ("TZ-valid non-personal", s)
    assert not afm_ok(d), ("AFM-valid non-personal", s)
    assert not saudi_ok(d), ("Saudi-valid non-personal", s)
    return s


# ---------------------------------------------------------------- generators
class Gen:
    def __init__(self, seed):
        self.R = random.Random(seed)

    def d(self, n):
        return "".join(self.R.choice("0123456789") for _ in range(n))

    def pick(self, s):
        return self.R.choice(s)

    def card(self, prefix, length=16):
        n = luhn_complete(prefix + self.d(length - 1 - len(prefix)))
        assert len(n) == length and luhn_ok(n), n
        return n

    def tz(self, first=None):
        p = (first if first is not None else self.pick("0123")) + self.d(7)
        n = tz_complete(p)
        assert tz_ok(n), n
        return n

    def afm(self, first=None):
        p = (first if first is not None else self.pick("01")) + self.d(7)
        n = afm_complete(p)
        assert afm_ok(n), n
        return n

    def saudi(self, first):
        n = saudi_complete(first + self.d(8))
        assert saudi_ok(n) and n[0] == first, n
        return n

    def iban(self, country, bban):
        n = iban_complete(country, bban)
        assert iban_ok(n), n
        return n

    def ssn(self):
        while True:
            a = self.R.randint(1, 899)
            if a != 666:
                break
        n = "%03d%02d%04d" % (a, self.R.randint(1, 99), self.R.randint(1, 9999))
        assert ssn_ok(n), n
        return n


# ---------------------------------------------------------------- rendering
TO_AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_AI = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def ai(s):
    return s.translate(TO_AI)


def chunks(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s), (s, sizes)
    return out


def grp(s, sizes, sep=" "):
    return sep.join(chunks(s, sizes))


def grp4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def say(s, sizes, fn, sep=", "):
    return sep.join(fn(c) for c in chunks(s, sizes))


def digits_of(rendered):
    return re.sub(r"\D", "", rendered.translate(FROM_AI))


def dg(number, rendered):
    """Check that a digit rendering carries exactly the number's digits."""
    assert digits_of(rendered) == number, (number, rendered)
    return rendered


# English
EN1 = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_n(n):
    if n < 10:
        return EN1[n]
    if n < 20:
        return EN_TEEN[n - 10]
    t, o = divmod(n, 10)
    return EN_TENS[t] + ("" if o == 0 else " " + EN1[o])


def en_d(s, zero="zero", dbl=False):
    words, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        run = j - i
        w = zero if s[i] == "0" else EN1[int(s[i])]
        if dbl and run >= 2:
            while run > 0:
                if run == 3:
                    words.append("triple " + w)
                    run = 0
                elif run >= 2:
                    words.append("double " + w)
                    run -= 2
                else:
                    words.append(w)
                    run -= 1
        else:
            words += [w] * run
        i = j
    return " ".join(words)


def en_p(s, zero="oh"):
    parts = []
    for k in range(0, len(s), 2):
        c = s[k:k + 2]
        if len(c) == 1 or c[0] == "0":
            parts.append(en_d(c, zero=zero))
        else:
            parts.append(en_n(int(c)))
    return parts


# Arabic
AR1 = {
    "msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "زيرو واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاث أربع خمس ست سبع ثمان تسع".split(),
}
AR_TENS = {
    "msa": ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "lev": ["", "عشرة", "عشرين", "تلاتين", "اربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}
AR_TENS["egy"] = AR_TENS["lev"]
AR_TENS["gulf"] = AR_TENS["msa"]
AR_TEEN = {
    "msa": ["أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "lev": ["احدعش", "اطنعش", "تلطعش", "اربعطعش", "خمسطعش", "سطعش", "سبعطعش", "تمنطعش", "تسعطعش"],
    "egy": ["حداشر", "اتناشر", "تلاتاشر", "اربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر", "تمنتاشر", "تسعتاشر"],
    "gulf": ["احدعش", "اثنعش", "ثلطعش", "أربعطعش", "خمسطعش", "ستطعش", "سبعطعش", "ثمنطعش", "تسعطعش"],
}


def ar_n(n, dia="msa"):
    if n < 10:
        return AR1[dia][n]
    if n == 10:
        return "عشرة"
    if n < 20:
        return AR_TEEN[dia][n - 11]
    t, o = divmod(n, 10)
    if o == 0:
        return AR_TENS[dia][t]
    one = AR1[dia][o] if dia != "egy" else AR1["lev"][o]
    return one + " و" + AR_TENS[dia][t]


def ar_d(s, dia="msa"):
    return " ".join(AR1[dia][int(c)] for c in s)


def ar_p(s, dia="msa"):
    parts = []
    for k in range(0, len(s), 2):
        c = s[k:k + 2]
        if len(c) == 1 or c[0] == "0":
            parts.append(ar_d(c, dia))
        else:
            parts.append(ar_n(int(c), dia))
    return parts


# Hebrew
HE1 = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]


def he_n(n):
    if n < 10:
        return HE1[n]
    if n < 20:
        return HE_TEEN[n - 10]
    t, o = divmod(n, 10)
    return HE_TENS[t] + ("" if o == 0 else " ו" + HE1[o])


def he_d(s):
    return " ".join(HE1[int(c)] for c in s)


def he_p(s):
    parts = []
    for k in range(0, len(s), 2):
        c = s[k:k + 2]
        if len(c) == 1 or c[0] == "0":
            parts.append(he_d(c))
        else:
            parts.append(he_n(int(c)))
    return parts


# Greek
EL1 = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL1F = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]
EL_HUN = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια", "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def el_n(n):
    assert 0 <= n < 1000
    if n == 0:
        return "μηδέν"
    h, r = divmod(n, 100)
    parts = []
    if h:
        parts.append("εκατόν" if (h == 1 and r) else EL_HUN[h])
    if r:
        if r < 10:
            parts.append(EL1[r])
        elif r < 20:
            parts.append(EL_TEEN[r - 10])
        else:
            t, o = divmod(r, 10)
            parts.append(EL_TENS[t] + ("" if o == 0 else " " + EL1[o]))
    return " ".join(parts)


def el_d(s, formal=False):
    table = EL1F if formal else EL1
    return " ".join(table[int(c)] for c in s)


def el_g(c):
    """A group (pair or triple) read as one number, leading zeros as 'μηδέν'."""
    z = len(c) - len(c.lstrip("0"))
    if z == len(c):
        return " ".join(["μηδέν"] * z)
    return " ".join(["μηδέν"] * z + [el_n(int(c[z:]))])


def el_p(s):
    return [el_g(s[k:k + 2]) for k in range(0, len(s), 2)]


def noacc(s):
    """Greek written without the tonos, as some transcripts come out."""
    return unicodedata.normalize("NFC", "".join(
        ch for ch in unicodedata.normalize("NFD", s) if ch != "\u0301"))


# ---------------------------------------------------------------- items
MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]")
BAD_EDGE = set(" \t.,;:!?،؟\"'")


def item(sentence, context=None):
    text, spans, at = "", [], 0
    for m in MARK.finditer(sentence):
        text += sentence[at:m.start()]
        start = len(text.encode())
        text += m.group(2)
        spans.append({"kind": m.group(1), "start": start, "end": len(text.encode())})
        at = m.end()
    text += sentence[at:]
    out = {"text": text, "spans": spans}
    if context is not None:
        out["context"] = MARK.sub(lambda m: m.group(2), context)
    # self-checks
    assert "[[" not in text and "]]" not in text, sentence
    raw = text.encode()
    for sp in spans:
        assert sp["kind"] in KINDS, sp
        val = raw[sp["start"]:sp["end"]].decode()
        assert val, sentence
        assert val[0] not in BAD_EDGE and val[-1] not in BAD_EDGE, (val, sentence)
    if context is not None:
        assert "[[" not in out["context"], context
    return out


class Book:
    def __init__(self):
        self.items = []

    def add(self, sentence, context=None):
        self.items.append(item(sentence, context))

    def neg(self, sentence, context=None):
        it = item(sentence, context)
        assert not it["spans"], sentence
        self.items.append(it)


# ================================================================ English
def build_en():
    g, B = Gen(20250601), Book()
    A = B.add

    # --- cards
    c = g.card("453918")
    A(f"Yeah, it's [[card|{dg(c, grp(c, [4, 4, 4, 4]))}]].")
    c = g.card("541275")
    A(f"The card number is [[card|{dg(c, grp(c, [4, 4, 4, 4], '-'))}]], it's a Mastercard.")
    c = g.card("471650")
    A(f"Okay so the long number is [[card|{say(c, [4, 4, 4, 4], en_d)}]]. Did you get all that?")
    c = g.card("492982")
    k = chunks(c, [4, 4, 4, 4])
    A(f"Um, [[card|{en_d(k[0])}, {k[1]} {k[2]} {k[3]}]], and the expiry's on the back somewhere.")
    c = g.card("37915", 15)
    A(f"It's an Amex, so it's [[card|{dg(c, grp(c, [4, 6, 5]))}]].")
    c = g.card("523641")
    A(f"I'll do it in twos, [[card|{', '.join(en_p(c))}]].")
    c = g.card("402400")
    A(f"Card number: [[card|{en_d(c, zero='oh', dbl=True)}]].")
    c = g.card("222100")
    A(f"The number's [[card|{dg(c, c)}]], I just want to pay off the eighty six fifty that's outstanding.")
    c = g.card("601199")
    A(f"[[card|{dg(c, ', '.join(c))}]].", context="And the long number across the front of the card?")
    c = g.card("455673")
    A(f"Can you take it off my other card instead? That's [[card|{dg(c, grp(c, [4, 4, 4, 4], '. '))}]].")

    # --- IBANs
    ib = g.iban("GB", "BARC" + g.d(14))
    A(f"My IBAN is [[iban|{grp4(ib)}]].")
    ib = g.iban("DE", g.d(18))
    A(f"It's a German account, the IBAN is [[iban|{ib}]].")
    ib = g.iban("FR", g.d(23))
    A(f"Could you refund it to [[iban|{grp4(ib)}]] please, that's my French account.")
    ib = g.iban("IE", "AIBK" + g.d(14))
    A(f"Have you got a pen? [[iban|{grp4(ib)}]].")
    ib = g.iban("ES", g.d(20))
    A(f"The IBAN on my statement says [[iban|{grp(ib, [4] * 6)}]].")
    ib = g.iban("NL", "INGB" + g.d(10))
    A(f"So it's [[iban|{ib[:2]} {en_d(ib[2:4])}, {ib[4:8]}, {en_d(ib[8:], zero='oh')}]].")

    # --- IDs
    s = g.ssn()
    A(f"My social is [[id|{dg(s, grp(s, [3, 2, 4], '-'))}]].")
    s = g.ssn()
    A(f"Social security number [[id|{dg(s, grp(s, [3, 2, 4]))}]].")
    s = g.ssn()
    A(f"It's [[id|{say(s, [3, 2, 4], en_d)}]], that's my social.")
    s = g.ssn()
    A(f"SSN is [[id|{dg(s, s)}]], and I already gave that to the last person.")
    s = g.ssn()
    A(f"Sure, social's [[id|{en_d(s[:3], zero='oh')}, {en_p(s[3:5])[0]}, {' '.join(en_p(s[5:]))}]].")
    s = g.ssn()
    A(f"[[id|{en_d(s[:3])} {s[3:5]} {s[5:]}]].", context="Can I get the last, sorry, the full social security number?")
    t = g.tz()
    A(f"I'm Israeli, my ID number, the teudat zehut, is [[id|{dg(t, t)}]].")
    q = g.saudi("2")
    A(f"My iqama number is [[id|{dg(q, grp(q, [4, 3, 3]))}]].")
    a = g.afm()
    A(f"For the Greek tax number, the AFM, it's [[id|{en_d(a)}]].")
    n = g.saudi("1")
    A(f"The Saudi national ID on the account is [[id|{dg(n, n)}]], that's mine.")

    # --- phones
    p = "07700900" + g.d(3)
    A(f"Best number is [[phone|{dg(p, grp(p, [5, 6]))}]].")
    p = "447" + g.d(9)
    A(f"You can reach me on [[phone|+{dg(p, grp(p, [2, 4, 6]))}]].")
    p = "41555501" + g.d(2)
    A(f"My cell is [[phone|({p[:3]}) {p[3:6]}-{p[6:]}]].")
    p = "164655501" + g.d(2)
    A(f"Call me back on [[phone|+{dg(p, grp(p, [1, 3, 3, 4]))}]] after six, I'm at work till then.")
    p = "07" + g.pick("3456789") + g.d(8)
    A(f"It's [[phone|{en_d(p, zero='oh', dbl=True)}]].")
    p = "97254" + g.d(7)
    A(f"I'm abroad at the moment, so it's [[phone|+{dg(p, grp(p, [3, 2, 3, 4]))}]].")
    p = "009665" + g.pick("0345") + g.d(7)
    A(f"My Saudi number is [[phone|{dg(p, grp(p, [5, 2, 3, 4]))}]].")
    p = "61755501" + g.d(2)
    A(f"Text me at [[phone|{dg(p, grp(p, [3, 3, 4], '.'))}]].")
    p = "02079460" + g.d(3)
    A(f"The landline's [[phone|{en_d(p[:3], zero='oh')}, {en_d(p[3:7])}, {' '.join(en_p(p[7:]))}]].")
    p = "07" + g.pick("3456789") + g.d(8)
    A(f"Mobile's [[phone|{en_d(p[:5], zero='oh')}, {p[5:8]} {p[8:]}]].")
    p1 = "01614960" + g.d(3)
    p2 = "07700900" + g.d(3)
    A(f"Home is [[phone|{dg(p1, grp(p1, [4, 3, 4]))}]] and my mobile is [[phone|{dg(p2, grp(p2, [5, 6]))}]].")

    # --- e-mails
    A("My email's [[email|sarah.okafor84@gmail.com]].")
    A("It's [[email|j dot murphy at outlook dot com]].")
    A("Email is [[email|tom underscore hargreaves at yahoo dot co dot uk]].")
    A("[[email|mchen@brightwave.io]].", context="And what's the best email for you?")
    A("Can you send the confirmation to [[email|l.ferreira@protonmail.com]] instead?")
    A("Yeah so it's [[email|KevinOBrien1990@hotmail.com]], all one word.")
    A("The new one is [[email|anna-maria.kowalski@web.de]], the old one doesn't work anymore.")

    # --- dates of birth
    A("I was born on the [[date_of_birth|14th of February 1982]].")
    A("Date of birth is [[date_of_birth|03/07/1985]].")
    A("D.O.B., uh, [[date_of_birth|twelfth of September, nineteen seventy nine]].")
    A("Date of birth? [[date_of_birth|March 3rd, 1990]].")
    A("I was born [[date_of_birth|21-11-1967]], if that helps.")
    A("My birthday's the [[date_of_birth|5th of June, eighty-eight]].")
    A("I was born in [[date_of_birth|May 1979]], I don't remember what I put on the form.")
    A("[[date_of_birth|oh nine, oh four, nineteen ninety three]].", context="Can you confirm your date of birth for me?")
    A("Yep, [[date_of_birth|1-9-76]].", context="And the date of birth on the account?")

    # --- names (self-introductions)
    p = "07700900" + g.d(3)
    A(f"Hi, my name is [[name|Priya Raman]] and my number is [[phone|{dg(p, grp(p, [5, 3, 3]))}]].")
    A("Yeah hi, it's [[name|Daniel Whitaker]] here, I called yesterday about the router.")
    A("Hello, this is [[name|Grace O'Connell]] calling about my bill.")
    A("Hiya, I'm [[name|Marcus Bell]], I spoke to someone on Tuesday.")
    A("Name's [[name|Chidi Okonkwo]].")
    A("Hi, you're speaking to [[name|Aaron Feldman]].")
    A("Yeah it's [[name|Callum Fraser]], date of birth [[date_of_birth|17/04/1995]].")
    # --- names repeated by the agent
    A("Thanks Ms [[name|Hussain]], can I just take your date of birth please?",
      context="Hi, uh, my name is [[name|Fatima Hussain]].")
    A("Okay, thank you [[name|Robert]]. Let me pull that up.",
      context="It's [[name|Robert Kline]].")
    A("Lovely, thanks Mrs [[name|Alvarez]], and what's the first line of the address?",
      context="Yeah, [[name|Jenny Alvarez]].")
    A("Thank you Mr [[name|Li]], and is this the number ending in 42?",
      context="My name's [[name|Li Wei]].")
    A("Thanks [[name|Sophie]], and is [[name|Brennan-Hall]] with a hyphen?",
      context="I'm [[name|Sophie Brennan-Hall]].")

    # --- addresses
    A("I live at [[address|42 Elmwood Road]], in Leeds.")
    A("My address is [[address|Flat 3, 17 Harcourt Street]].")
    A("The address is [[address|1834 West Oak Avenue, apartment 12B]], Denver.")
    A("I'm at [[address|twenty seven Queens Drive]], the one by the park.")
    A("Can you send it to [[address|9 Millbrook Close]] please?")
    A("We moved to [[address|310 Lakeview Boulevard]] last month so the bills are going to the old place.")
    A("My new address is [[address|55B Carlton Terrace]], Glasgow.")

    # --- non-personal
    N = B.neg
    N("The bill says forty nine ninety nine but I was told thirty five a month.")
    N(f"My order number is {not_personal_number('7734 2219 8810 4452')}.")
    N("I've been on hold for forty five minutes.")
    N("Can you call me back after 3:30? I'm in meetings till then.")
    N("The engineer's booked for the 14th of March between 8 and 12.")
    N("I've been a customer since 2011, so I'd expect a bit better.")
    N("It's only giving me 20 gigs of data instead of the 50 I pay for.")
    N("You charged me £127.40 twice.")
    N("My balance is showing minus 2,340 dollars, that can't be right.")
    N("The account's in my name, not my husband's.")
    N("My name is spelled wrong on the letter you sent.")
    N("The tracking number is 1Z 4F9 W82 03 1188 2957.")
    N("The ticket reference is INC 004 1873.")
    N("I ordered 3 of the 64 gig ones and only 2 arrived.")
    N("Hi, I'm calling from Northgate Dental, about an invoice.")
    N("Your colleague Sarah said she'd email me the form.")
    N("The shop on the high street told me to ring you.")
    N("What name is the booking under?")
    N("You gave me a 15 percent discount last year.")
    N("I pressed 2 and it just kept looping back to the start.")
    N("The package was due on the 2nd of June, it's now the 9th.")
    N("I paid it on 12/04/2024 by bank transfer.")
    N("The router model is TP-Link Archer AX55.")
    N("I've got the iPhone 15 Pro Max, 256 gig.")
    N("I live at home with my parents so the post goes there anyway.")
    sp = "4472918333061128"
    not_personal_number(sp)
    N(f"Order {say(sp, [4, 4, 4, 4], en_d)}.")
    N("The invoice number is 20240319-0047.")
    N("The flight is on the 21st at 6:45 in the morning.")
    N("It's two hundred and fifty pounds for the year.")
    N("My date of birth? Hang on, why do you need that?")
    N("My email isn't working since the update.")
    N("The phone number on your website just goes to voicemail.")
    N("We've got 4 lines on the family plan and we use about 100 gigabytes.")
    N("It says error code 0x80070005 when I try to pay.")
    N("Yeah, the Main Street branch closed in 2019.")
    N("The promo code was SPRING25.")
    N("The card was declined three times yesterday.")
    N("I was born in Ireland but I've lived here twenty years.")
    N("My IBAN changed when I switched banks, do I need to update it?")
    N("Version 4.11.2 of the app keeps crashing.")
    N("Sorry, it's actually my wife's account, she's at work till five.",
      context="Can I take your name please?")
    N("It's Vodafone, the twenty four month contract.")
    return B.items


# ================================================================ Arabic
def build_ar():
    g, B = Gen(20250602), Book()
    A = B.add

    # --- cards
    c = g.card("453201")
    A(f"إيه، رقم البطاقة [[card|{dg(c, ai(grp(c, [4, 4, 4, 4])))}]]، وهي فيزا.")
    c = g.card("542188")
    A(f"رقم الكارت [[card|{dg(c, grp(c, [4, 4, 4, 4], '-'))}]] يا فندم.")
    c = g.card("476173")
    A(f"رقم البطاقة هو [[card|{say(c, [4, 4, 4, 4], lambda x: ar_d(x, 'msa'), '، ')}]].")
    c = g.card("588845")
    A(f"أبي أدفع ببطاقة مدى، الرقم [[card|{dg(c, ai(c))}]].")
    c = g.card("529415")
    A(f"بدي أعطيك رقم البطاقة، [[card|{'، '.join(ar_p(c, 'lev'))}]].")
    c = g.card("440647")
    k = chunks(c, [4, 4, 4, 4])
    A(f"الرقم [[card|{ar_d(k[0], 'gulf')} {ai(k[1])} {ai(k[2])} {ai(k[3])}]].")
    c = g.card("3742", 15)
    A(f"عندي أمريكان إكسبريس، رقمها [[card|{dg(c, grp(c, [4, 6, 5]))}]].")
    c = g.card("409917")
    A(f"الفيزا رقمها [[card|{say(c, [4, 4, 4, 4], lambda x: ar_d(x, 'egy'), '، ')}]].")
    c = g.card("515865")
    A(f"ادفع الـ ٣٥٠ ريال من البطاقة اللي رقمها [[card|{dg(c, ai(grp(c, [4, 4, 4, 4])))}]].")
    c = g.card("968209")
    A(f"[[card|{dg(c, grp(c, [4, 4, 4, 4]))}]]", context="تفضل، رقم البطاقة كامل؟")

    # --- IBANs
    ib = g.iban("SA", "80" + g.d(18))
    A(f"رقم الآيبان [[iban|{grp4(ib)}]].")
    ib = g.iban("SA", "10" + g.d(18))
    A(f"الآيبان حقي [[iban|{ib}]].")
    ib = g.iban("AE", g.d(19))
    A(f"حسابي في الإمارات، الآيبان [[iban|{grp4(ib)}]].")
    ib = g.iban("EG", g.d(25))
    A(f"رقم الـ IBAN بتاعي [[iban|{ib}]].")
    ib = g.iban("JO", "ARAB" + g.d(22))
    A(f"الآيبان تبعي [[iban|{grp4(ib)}]].")
    ib = g.iban("SA", "45" + g.d(18))
    A(f"رقم الآيبان هو [[iban|{ib[:2]}{ai(grp4(ib)[2:])}]].")
    ib = g.iban("LB", g.d(24))
    A(f"حولولي المصاري على [[iban|{grp4(ib)}]] لو سمحت.")

    # --- IDs (Saudi national ID / Iqama, one Israeli ID)
    n = g.saudi("1")
    A(f"رقم الهوية [[id|{dg(n, ai(n))}]].")
    q = g.saudi("2")
    A(f"رقم الإقامة [[id|{dg(q, q)}]].")
    n = g.saudi("1")
    A(f"هويتي [[id|{ar_d(n, 'gulf')}]].")
    n = g.saudi("1")
    A(f"رقم الهوية الوطنية هو [[id|{dg(n, ai(grp(n, [4, 3, 3])))}]].")
    n = g.saudi("1")
    A(f"تفضل، [[id|{ar_d(n[0], 'msa')}، {'، '.join(ar_p(n[1:], 'msa'))}]].")
    n = g.saudi("1")
    p = "05" + g.pick("0345689") + g.d(7)
    A(f"سجلي المدني [[id|{dg(n, ai(n))}]] وجوالي [[phone|{dg(p, ai(p))}]].")
    q = g.saudi("2")
    A(f"رقم إقامتي [[id|{say(q, [4, 3, 3], lambda x: ar_d(x, 'msa'), '، ')}]].")
    q = g.saudi("2")
    A(f"رقم الإقامة [[id|{dg(q, ai(grp(q, [3, 3, 4], '-')))}]].")
    t = g.tz()
    A(f"رقم الهوية تبعي [[id|{dg(t, t)}]].")
    n = g.saudi("1")
    A(f"[[id|{dg(n, ai(n))}]]", context="ممكن رقم الهوية لو سمحت؟")

    # --- phones
    p = "05" + g.pick("0345689") + g.d(7)
    A(f"رقم جوالي [[phone|{dg(p, ai(grp(p, [3, 3, 4])))}]].")
    p = "5" + g.pick("0345689") + g.d(7)
    A(f"تقدر تتواصل معي على [[phone|+966 {grp(p, [2, 3, 4])}]].")
    p = "009665" + g.pick("0345") + g.d(7)
    A(f"الرقم مع المفتاح الدولي [[phone|{dg(p, p)}]].")
    p = "01" + g.pick("0125") + g.d(8)
    A(f"رقم الموبايل بتاعي [[phone|{dg(p, ai(grp(p, [4, 3, 4])))}]].")
    p = "05" + g.pick("0345689") + g.d(7)
    A(f"جوالي [[phone|{ar_d(p, 'gulf')}]].")
    p = "9627" + g.pick("789") + g.d(7)
    A(f"رقمي الأردني [[phone|+{dg(p, grp(p, [3, 2, 3, 4]))}]].")
    p = "03" + g.d(6)
    A(f"خدي رقمي، [[phone|{dg(p, grp(p, [2, 3, 3]))}]].")
    p = "05" + g.pick("02568") + g.d(7)
    A(f"رقمي بالإمارات [[phone|{ar_d(p[:3], 'lev')}، {ar_d(p[3:6], 'lev')}، {'، '.join(ar_p(p[6:], 'lev'))}]].")
    p = "011" + g.d(7)
    A(f"أو على رقم البيت [[phone|{dg(p, ai(grp(p, [3, 3, 4])))}]].")
    p = "05" + g.pick("02348") + g.d(7)
    A(f"رقم البلفون [[phone|{dg(p, grp(p, [3, 7], '-'))}]].")
    p1 = "05" + g.pick("0345689") + g.d(7)
    p2 = "05" + g.pick("0345689") + g.d(7)
    A(f"عندي رقمين: [[phone|{dg(p1, ai(p1))}]] و[[phone|{dg(p2, ai(p2))}]].")
    p = "01" + g.pick("0125") + g.d(8)
    A(f"اكتب عندك: [[phone|{ar_d(p, 'egy')}]].")
    p = "05" + g.pick("0345689") + g.d(7)
    A(f"أرسلوا كود التفعيل لـ[[phone|{dg(p, ai(p))}]] لو سمحت.")

    # --- e-mails
    A("الإيميل [[email|ahmed.alharbi88@gmail.com]].")
    A("بريدي الإلكتروني هو [[email|m.saleh92@hotmail.com]].")
    A("الإيميل بتاعي [[email|محمد دوت علي آت ياهو دوت كوم]].")
    A("ابعتلي على [[email|nour.hamdan@outlook.com]] لو سمحت.")
    A("إيميل الشغل [[email|k.almutairi@stc.com.sa]].")
    A("تمام، الإيميل هو [[email|layla_1995@yahoo.com]].")

    # --- dates of birth
    A(f"تاريخ ميلادي [[date_of_birth|{ai('14/03/1985')}]].")
    A(f"مواليد [[date_of_birth|{ai('1405/07/12')}]] هـ.")
    A("وُلدتُ في [[date_of_birth|الخامس عشر من مارس عام ألف وتسعمائة وثمانية وثمانين]].")
    A("أنا مواليد [[date_of_birth|٢٠ أكتوبر ٩٢]].")
    A("انولدت ب[[date_of_birth|٣ شباط ١٩٩٠]].")
    A("تاريخ الميلاد [[date_of_birth|1990/5/22]].")
    A("تاريخ ميلادي [[date_of_birth|سبعة وعشرين ستة ألف وتسعمية وتسعين]].")
    A(f"تاريخ الميلاد حسب الهوية [[date_of_birth|{ai('1978-11-02')}]].")
    A("تاريخ ميلادي بالهجري [[date_of_birth|٣ رجب ١٤١٠]].")

    # --- names
    A("السلام عليكم، اسمي [[name|محمد العتيبي]].")
    A("هلا، معك [[name|عبدالله الشهري]].")
    A("مرحبا، أنا اسمي [[name|رامي حداد]].")
    A("أيوه، أنا اسمي [[name|منى عبد الرحمن]]، كنت متصلة امبارح.")
    A("اسمي هو [[name|ليلى منصور]] وتاريخ ميلادي [[date_of_birth|٩ يناير ١٩٨٧]].")
    A("أنا [[name|نورة القحطاني]]، صاحبة الحساب.")
    A("مساء الخير، معك [[name|طارق النجار]] من عمّان.")
    A("تمام أستاذ [[name|خالد]]، ممكن رقم الجوال لو سمحت؟",
      context="اسمي [[name|خالد الزهراني]].")
    A("أهلاً مدام [[name|سلمى]]، كيف بقدر ساعدك؟",
      context="أنا [[name|سلمى يوسف]].")
    A("أهلاً يا أستاذ [[name|أحمد]]، حضرتك محتاج إيه؟",
      context="معاك [[name|أحمد فتحي]].")
    A("شكراً أخ [[name|فيصل المطيري]]، تم تسجيل الطلب.",
      context="اسمي [[name|فيصل المطيري]].")
    A("أهلين [[name|ريم]]، و[[name|الخطيب]] اسم العيلة صح؟",
      context="أنا اسمي [[name|ريم الخطيب]].")

    # --- addresses
    A("ساكن في [[address|١٥ شارع التحرير]]، الدقي.")
    A("عنواني [[address|٢٢ شارع الجامعة]]، عمّان.")
    A("العنوان الوطني: [[address|شارع الأمير سلطان، مبنى ٤٥١٢]]، الرياض.")
    A("ساكنة ب[[address|شارع الحمرا، بناية ١٢]].")
    A("أسكن في [[address|7 شارع الملك فيصل]].")
    A("عنوان التوصيل [[address|٣٠ ش الهرم]]، الجيزة.")
    A("عنواني الجديد [[address|عمارة ٩ شارع عبد العزيز، شقة ٤]].")

    # --- non-personal
    N = B.neg
    N("الفاتورة جاتني ٣٤٥ ريال وأنا باقتي ١٥٠ بس.")
    N(f"رقم الطلب {not_personal_number(ai('7734221988104453'))}.")
    N("صار لي ساعة ونص أنتظر على الخط.")
    N("ممكن تتصلوا فيني بعد الساعة ٤ العصر؟")
    N("موعد الفني يوم ١٤ مارس من الساعة ٨ للساعة ١٢.")
    N("أنا عميل عندكم من سنة ٢٠١١.")
    N("الباقة فيها ٢٠ جيجا بس وخلصت بأسبوع.")
    N("خصموا مني ١٢٧ جنيه مرتين.")
    N("رصيدي بالسالب ٢٣٤٠ ريال.")
    N("الحساب باسمي مش باسم جوزي.")
    N("اسمي مكتوب غلط في الفاتورة.")
    N(f"رقم الشحنة {not_personal_number('290018847731')}.")
    N(f"رقم البلاغ {ai('20240319')}-{ai('0047')}.")
    N("طلبت ٣ أجهزة ووصلني ٢ بس.")
    N("أنا متصل من شركة النور للتجارة بخصوص فاتورة.")
    N("الموظفة اللي اسمها سارة قالت لي بترسل الإيميل.")
    N("الفرع اللي في شارع التحلية قال لي أتصل عليكم.")
    N("على أي اسم الحجز؟")
    N("عطوني خصم ١٥٪ السنة اللي فاتت.")
    N("ضغطت ٢ وما صار شي.")
    N("الطلب كان المفروض يوصل ٢ يونيو واليوم ٩.")
    N(f"دفعت بتاريخ {ai('12/04/2024')} بتحويل بنكي.")
    N("الراوتر موديل هواوي B535.")
    N("عندي آيفون ١٥ برو ماكس ٢٥٦ جيجا.")
    N("أنا ساكن مع أهلي فالشحنات كلها تروح هناك.")
    sp = "447291833306"
    not_personal_number(sp)
    N(f"رقم الطلب {say(sp, [4, 4, 4], lambda x: ar_d(x, 'msa'), '، ')}.")
    N("تاريخ الميلاد؟ ليش تحتاجونه؟")
    N("الإيميل عندي ما يشتغل من بعد التحديث.")
    N("رقمكم اللي على الموقع ما أحد يرد عليه.")
    N("عندنا ٤ خطوط على نفس الحساب ونستهلك تقريباً ١٠٠ جيجا.")
    N("انولدت في جدة بس ساكن بالرياض من عشرين سنة.")
    N("كود الخصم RAMADAN25.")
    N("البطاقة اترفضت تلات مرات امبارح.")
    N("غيرت البنك، لازم أحدث الآيبان؟")
    N("التطبيق نسخة ٤.١١.٢ يعلق كل شوي.")
    N("الرحلة يوم ٢١ الساعة ٦:٤٥ الصبح.")
    N("سعر الاشتراك مية وخمسين ريال بالشهر.")
    N("في رمضان سنة ١٤٤٥ صار نفس الشي.")
    N("رقم الفاتورة INV-2024-00831.")
    N("بدي أعرف ليش الفاتورة طلعت ٨٩ دينار هالشهر.")
    N("ممكن أحجز موعد يوم الأحد ٥/٥؟")
    N("الحساب مش باسمي، باسم أبويا، هو مسافر.",
      context="ممكن الاسم الكامل لو سمحت؟")
    return B.items


# ================================================================ Hebrew
def build_he():
    g, B = Gen(20250603), Book()
    A = B.add

    # --- cards
    c = g.card("458012")
    A(f"מספר הכרטיס [[card|{dg(c, grp(c, [4, 4, 4, 4]))}]].")
    c = g.card("432651")
    A(f"כן, [[card|{say(c, [4, 4, 4, 4], he_d)}]].")
    c = g.card("532610")
    A(f"זה [[card|{dg(c, grp(c, [4, 4, 4, 4], '-'))}]], מאסטרקארד.")
    c = g.card("491873")
    A(f"אפשר לחייב את הכרטיס [[card|{dg(c, c)}]].")
    c = g.card("545721")
    A(f"אני אגיד לך בזוגות: [[card|{', '.join(he_p(c))}]].")
    c = g.card("426684")
    k = chunks(c, [4, 4, 4, 4])
    A(f"[[card|{he_d(k[0])}, {k[1]} {k[2]} {k[3]}]], זה הכרטיס של הבנק.")
    c = g.card("3751", 15)
    A(f"יש לי אמריקן אקספרס, [[card|{dg(c, grp(c, [4, 6, 5]))}]].")
    c = g.card("3608", 14)
    A(f"כרטיס דיינרס, המספר [[card|{dg(c, grp(c, [4, 6, 4]))}]].")
    c = g.card("480513")
    A(f"תרשום: [[card|{dg(c, ', '.join(c))}]].")
    c = g.card("552231")
    A(f"[[card|{dg(c, grp(c, [4, 4, 4, 4]))}]]", context="מה מספר הכרטיס?")

    # --- IBANs
    ib = g.iban("IL", "010" + g.d(16))
    A(f"מספר ה-IBAN שלי [[iban|{grp4(ib)}]].")
    ib = g.iban("IL", "012" + g.d(16))
    A(f"איבאן: [[iban|{ib}]].")
    ib = g.iban("IL", "020" + g.d(16))
    A(f"תעבירו את ההחזר ל-[[iban|{grp4(ib)}]].")
    ib = g.iban("DE", g.d(18))
    A(f"יש לי חשבון בגרמניה, האייבן הוא [[iban|{grp4(ib)}]].")
    ib = g.iban("GB", "HBUK" + g.d(14))
    A(f"החשבון באנגליה: [[iban|{ib}]].")
    ib = g.iban("IT", "X" + g.d(22))
    A(f"ההעברה צריכה להיות ל-[[iban|{grp4(ib)}]], זה החשבון שלי באיטליה.")

    # --- IDs (Teudat Zehut)
    t = g.tz()
    A(f"תעודת זהות [[id|{dg(t, t)}]].")
    t = g.tz()
    A(f"ת\"ז [[id|{dg(t, t)}]].")
    t = g.tz()
    A(f"מספר תעודת הזהות שלי [[id|{he_d(t)}]].")
    t = g.tz()
    A(f"המספר זהות: [[id|{dg(t, grp(t, [3, 3, 3]))}]].")
    t = g.tz()
    A(f"זה [[id|{dg(t, grp(t, [8, 1], '-'))}]], עם ספרת ביקורת.")
    t = g.tz()
    A(f"[[id|{he_d(t[:1])} {', '.join(he_p(t[1:]))}]].", context="אפשר תעודת זהות?")
    t = g.tz()
    A(f"שמי [[name|אורנה שטרן]] ות\"ז [[id|{dg(t, t)}]].")
    t = g.tz(first="0")
    A(f"מספר הזהות שלי מתחיל באפס, [[id|{dg(t, t)}]].")
    t = g.tz()
    A(f"תעודת זהות [[id|{he_d(t[:4])}, {t[4:]}]].")

    # --- phones
    p = "05" + g.pick("0234") + g.d(7)
    A(f"הטלפון שלי [[phone|{p[:3]}-{p[3:]}]].")
    p = "05" + g.pick("0234") + g.d(7)
    A(f"אפשר לחזור אליי ל-[[phone|{dg(p, grp(p, [3, 3, 4]))}]].")
    p = "5" + g.pick("0234") + g.d(7)
    A(f"מספר בינלאומי: [[phone|+972-{p[:2]}-{p[2:]}]].")
    p = "05" + g.pick("0234") + g.d(7)
    A(f"הנייד [[phone|{say(p, [3, 3, 4], he_d)}]].")
    p = "03" + g.d(7)
    A(f"בבית [[phone|{p[:2]}-{p[2:]}]].")
    p = "009725" + g.pick("0234") + g.d(7)
    A(f"מחו\"ל מחייגים [[phone|{dg(p, grp(p, [5, 2, 7]))}]].")
    p = "05" + g.pick("0234") + g.d(7)
    A(f"תרשמי: [[phone|{he_d(p[:3])}, {he_d(p[3:6])}, {', '.join(he_p(p[6:]))}]].")
    p1 = "05" + g.pick("0234") + g.d(7)
    p2 = "09" + g.d(7)
    A(f"נייד [[phone|{dg(p1, grp(p1, [3, 7], '-'))}]] ו-[[phone|{dg(p2, grp(p2, [2, 7], '-'))}]] בעבודה.")
    p = "05" + g.pick("0234") + g.d(7)
    A(f"תתקשרו אליי ב-[[phone|{dg(p, p)}]] אחרי חמש.")
    p = "05" + g.pick("0234") + g.d(7)
    A(f"תשלחו SMS ל[[phone|{dg(p, p)}]].")
    p = "02" + g.d(7)
    A(f"יש לי גם טלפון נוסף, [[phone|{dg(p, grp(p, [2, 3, 4]))}]].")
    p1 = "05" + g.pick("0234") + g.d(7)
    p2 = "05" + g.pick("0234") + g.d(7)
    A(f"אני מתקשרת מ-[[phone|{dg(p1, grp(p1, [3, 7], '-'))}]] אבל תחזרו אליי ל-[[phone|{dg(p2, grp(p2, [3, 7], '-'))}]].")

    # --- e-mails
    A("המייל שלי [[email|dana.levi82@gmail.com]].")
    A("האימייל: [[email|יוסי נקודה כהן שטרודל ג'ימייל נקודה קום]].")
    A("כתובת הדואר האלקטרוני [[email|avi_m@walla.co.il]].")
    A("תשלחו ל-[[email|ronit.a@hotmail.com]].")
    A("כן, זה [[email|michal.bendavid@bezeqint.net]].", context="מה כתובת המייל?")
    A("המייל [[email|eyal1990@gmail.com]], הכל באותיות קטנות.")
    A("רק תוודא ש-[[email|ori.katz@gmail.com]] זה המייל שמעודכן אצלכם.")

    # --- dates of birth
    A("נולדתי ב-[[date_of_birth|12.5.1987]].")
    A("תאריך לידה [[date_of_birth|03/11/1975]].")
    A("נולדתי ב[[date_of_birth|שלושה במרץ 1990]].")
    A("תאריך לידה [[date_of_birth|עשרים ושבעה ביוני, שמונים ושמונה]].")
    A("אני יליד [[date_of_birth|15 באוגוסט 1979]].")
    A("ילידת [[date_of_birth|1.1.2000]].")
    A("התאריך לידה שלי זה ה-[[date_of_birth|9 בספטמבר 82]].")
    A("[[date_of_birth|אחד עשר בנובמבר אלף תשע מאות שמונים וחמש]].", context="תאריך לידה בבקשה?")
    t = g.tz()
    A(f"ת.ז. [[id|{dg(t, t)}]] ותאריך לידה [[date_of_birth|22/07/1993]].")
    A("נולדתי ב[[date_of_birth|ינואר 1968]], היום לא זוכר בעל פה.")

    # --- names
    A("שלום, שמי [[name|דנה לוי]].")
    A("היי, קוראים לי [[name|אבי כהן]].")
    A("שלום, מדברת [[name|רותי אזולאי]].")
    A("השם שלי זה [[name|עומר ביטון]].")
    A("אני [[name|יוסי מזרחי]], התקשרתי אתמול.")
    A("שלום, פה [[name|גיל רוזן]].")
    A("תודה אדון [[name|פרידמן]], אפשר מספר תעודת זהות?",
      context="שלום, מדבר [[name|אלון פרידמן]].")
    A("כן, [[name|מיכל]], אני רואה את החשבון.",
      context="שמי [[name|מיכל שפירא]].")
    A("בסדר גמור מר [[name|פרץ]], אני מעדכן.",
      context="זה [[name|משה פרץ]].")
    A("תודה רבה גברת [[name|גבאי]], יום טוב.",
      context="קוראים לי [[name|נועה גבאי]].")
    A("היי [[name|שירה]], ו[[name|אלמוג]] זה עם א' בהתחלה?",
      context="מדברת [[name|שירה אלמוג]].")

    # --- addresses
    A("אני גר ב[[address|הרצל 12]], רמת גן.")
    A("הכתובת שלי היא [[address|רחוב ז'בוטינסקי 45, דירה 8]].")
    A("גרה ב[[address|שדרות רוטשילד 101]].")
    A("הכתובת: [[address|דרך מנחם בגין 132]], תל אביב.")
    A("תשלחו ל[[address|אלנבי 60]] בתל אביב.")
    A("אני גר ב[[address|רחוב הגפן 7]].")
    A("כתובת: [[address|סוקולוב שלושים ושתיים]], הרצליה.")

    # --- non-personal
    N = B.neg
    N("החשבונית יצאה 149 שקל במקום 99.")
    N(f"מספר ההזמנה שלי {not_personal_number('88213 4471 0092')}.")
    N("אני מחכה על הקו כבר ארבעים דקות.")
    N("תחזרו אליי אחרי 16:30, אני בעבודה.")
    N("הטכנאי קבע ל-14 במרץ בין 8 ל-12.")
    N("אני לקוח שלכם מ-2011.")
    N("נשארו לי רק 20 ג'יגה מתוך 50.")
    N("חייבו אותי פעמיים 127.40 ש\"ח.")
    N("היתרה שלי במינוס 2,340 שקל.")
    N("החשבון על שמי, לא על שם בעלי.")
    N("שמי לא מופיע על החשבונית.")
    N("מספר משלוח RR123456785IL.")
    N("מספר פנייה 4471873.")
    N("הזמנתי 3 מכשירים והגיעו רק 2.")
    N("אני מתקשר מחברת אלקטרה מיזוג בקשר לחשבונית.")
    N("הנציגה שקוראים לה שרית אמרה שתשלח לי טופס.")
    N("הסניף ברחוב הרצל סגור היום.")
    N("על איזה שם ההזמנה?")
    N("קיבלתי 15 אחוז הנחה בשנה שעברה.")
    N("לחצתי 2 וזה פשוט חוזר להתחלה.")
    N("החבילה הייתה אמורה להגיע ב-2 ביוני, היום כבר ה-9.")
    N("שילמתי ב-12/04/2024 בהעברה בנקאית.")
    N("הראוטר זה TP-Link Archer AX55.")
    N("יש לי אייפון 15 פרו מקס, 256 ג'יגה.")
    N("אני גר אצל ההורים, אז הדואר מגיע לשם.")
    sp = "447291833306"
    not_personal_number(sp)
    N(f"מספר הזמנה {say(sp, [4, 4, 4], he_d)}.")
    N("תאריך לידה? למה אתם צריכים את זה?")
    N("המייל שלי לא עובד מאז העדכון.")
    N("המספר שלכם באתר לא עונה.")
    N("יש לנו 4 קווים ואנחנו גולשים בערך 100 ג'יגה.")
    N("נולדתי בחיפה אבל גר בתל אביב כבר עשרים שנה.")
    N("קוד קופון SUMMER25.")
    N("הכרטיס נדחה שלוש פעמים אתמול.")
    N("החלפתי בנק, צריך לעדכן את מספר החשבון?")
    N("האפליקציה בגרסה 4.11.2 קורסת כל הזמן.")
    N("הטיסה ב-21 לחודש בשש ארבעים וחמש בבוקר.")
    N("זה עולה מאה חמישים שקל לחודש.")
    N("קבעתי תור לשבוע הבא, ביום שלישי בעשר.")
    N("מספר החשבונית 20240319-0047.")
    N("בערב ראש השנה תשפ\"ד היה בדיוק אותו דבר.")
    N("אני צריך 2 כבלים של 5 מטר.")
    N("רגע, זה על שם אשתי, היא לא בבית עכשיו.",
      context="עם מי יש לי הכבוד?")
    return B.items


# ================================================================ Greek
def build_el():
    g, B = Gen(20250604), Book()
    A = B.add

    def U(s, context=None):        # the same, transcribed without accents
        B.add(noacc(s), None if context is None else noacc(context))

    # --- cards
    c = g.card("453987")
    A(f"Ο αριθμός της κάρτας είναι [[card|{dg(c, grp(c, [4, 4, 4, 4]))}]].")
    c = g.card("476126")
    A(f"Ναι, [[card|{say(c, [4, 4, 4, 4], el_d)}]].")
    c = g.card("517805")
    A(f"Σας τα λέω ανά δύο: [[card|{', '.join(el_p(c))}]].")
    c = g.card("402360")
    k = chunks(c, [4, 4, 4, 4])
    A(f"Λοιπόν, [[card|{el_d(k[0])}, {k[1]} {k[2]} {k[3]}]], είναι η χρεωστική.")
    c = g.card("535110")
    A(f"Κάρτα [[card|{dg(c, c)}]].")
    c = g.card("489504")
    A(f"Ο αριθμός: [[card|{dg(c, grp(c, [4, 4, 4, 4], '-'))}]].")
    c = g.card("3768", 15)
    A(f"Έχω American Express, [[card|{dg(c, grp(c, [4, 6, 5]))}]].")
    c = g.card("457321")
    U(f"Ο αριθμός της κάρτας μου είναι [[card|{say(c, [4, 4, 4, 4], el_d)}]].")
    c = g.card("522419")
    A(f"Ορίστε: [[card|{say(c, [4, 4, 4, 4], lambda x: el_d(x, formal=True))}]].")
    c = g.card("471498")
    A(f"[[card|{dg(c, grp(c, [4, 4, 4, 4]))}]]", context="Μου λέτε τον αριθμό της κάρτας;")

    # --- IBANs
    ib = g.iban("GR", "011" + g.d(20))
    A(f"Το IBAN μου είναι [[iban|{grp4(ib)}]].")
    ib = g.iban("GR", "026" + g.d(20))
    A(f"IBAN: [[iban|{ib}]].")
    ib = g.iban("GR", "017" + g.d(20))
    A(f"Είναι [[iban|GR {el_p(ib[2:4])[0]}, {grp4(ib[4:])}]].")
    ib = g.iban("DE", g.d(18))
    A(f"Δουλεύω στη Γερμανία, το IBAN είναι [[iban|{grp4(ib)}]].")
    ib = g.iban("CY", "002" + g.d(21))
    A(f"Έχω λογαριασμό στην Κύπρο: [[iban|{grp4(ib)}]].")
    ib = g.iban("GR", "014" + g.d(20))
    U(f"Το IBAN είναι [[iban|{grp4(ib)}]], στην Alpha.")

    # --- IDs (AFM)
    a = g.afm()
    A(f"ΑΦΜ [[id|{dg(a, a)}]].")
    a = g.afm()
    A(f"Το ΑΦΜ μου είναι [[id|{dg(a, grp(a, [3, 3, 3]))}]].")
    a = g.afm()
    A(f"Ο ΑΦΜ είναι [[id|{el_d(a)}]].")
    a = g.afm(first="1")
    A(f"Ο αριθμός φορολογικού μητρώου είναι [[id|{', '.join(el_g(x) for x in chunks(a, [3, 3, 3]))}]].")
    a = g.afm()
    U(f"Το ΑΦΜ μου είναι [[id|{dg(a, a)}]].")
    a = g.afm()
    A(f"Α.Φ.Μ.: [[id|{dg(a, grp(a, [3, 3, 3], '.'))}]].")
    a = g.afm()
    A(f"[[id|{el_d(a[0])} {', '.join(el_p(a[1:]))}]].", context="Το ΑΦΜ σας παρακαλώ;")
    a = g.afm()
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"Το ΑΦΜ είναι [[id|{dg(a, a)}]] και το κινητό [[phone|{dg(p, p)}]].")
    a = g.afm(first="0")
    A(f"Ξεκινάει με μηδέν: [[id|{dg(a, a)}]].")

    # --- phones
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"Το κινητό μου είναι [[phone|{dg(p, p)}]].")
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"Πάρτε με στο [[phone|{dg(p, grp(p, [3, 3, 4]))}]].")
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"Από το εξωτερικό: [[phone|+30 {dg(p, grp(p, [3, 3, 4]))}]].")
    p = "210" + g.d(7)
    A(f"Σταθερό: [[phone|{dg(p, grp(p, [3, 3, 4]))}]].")
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"Το τηλέφωνό μου είναι [[phone|{el_d(p)}]].")
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"Γράψτε: [[phone|{el_g(p[:3])}, {el_g(p[3:6])}, {el_g(p[6:8])}, {el_g(p[8:])}]].")
    p = "00306" + "9" + g.pick("0345789") + g.d(7)
    A(f"Με το πρόθεμα είναι [[phone|{dg(p, grp(p, [4, 10]))}]].")
    p = "447700900" + g.d(3)
    A(f"Μένω στο Λονδίνο, το νούμερό μου είναι [[phone|+{dg(p, grp(p, [2, 4, 6]))}]].")
    p = "69" + g.pick("0345789") + g.d(7)
    A(f"[[phone|{', '.join(el_p(p))}]].", context="Ένα τηλέφωνο επικοινωνίας;")
    p = "69" + g.pick("0345789") + g.d(7)
    U(f"Το κινητό μου είναι [[phone|{dg(p, grp(p, [3, 3, 4]))}]].")
    p1 = "69" + g.pick("0345789") + g.d(7)
    p2 = "2310" + g.d(6)
    A(f"Κινητό [[phone|{dg(p1, p1)}]] και σταθερό [[phone|{dg(p2, grp(p2, [4, 6]))}]].")

    # --- e-mails
    A("Το email μου είναι [[email|g.papadopoulos@gmail.com]].")
    A("Είναι [[email|νίκος τελεία αλεξίου παπάκι gmail τελεία com]].")
    A("Στείλτε το στο [[email|eleni_georgiou@hotmail.com]].")
    A("Το μέιλ είναι [[email|kostas1985@otenet.gr]].")
    A("[[email|d.nikolaidis@yahoo.gr]], όλα μικρά.", context="Και το email σας;")
    A("Ηλεκτρονική διεύθυνση [[email|anna.stavrou@outlook.com]].")

    # --- dates of birth
    A("Γεννήθηκα στις [[date_of_birth|12 Μαρτίου 1985]].")
    A("Ημερομηνία γέννησης [[date_of_birth|03/07/1979]].")
    A("Στις [[date_of_birth|δεκαπέντε Αυγούστου του ογδόντα οχτώ]].", context="Πότε γεννηθήκατε;")
    A("Γεννήθηκα [[date_of_birth|21-11-1967]].")
    A("Είμαι γεννημένη στις [[date_of_birth|5 Ιουνίου 1992]].")
    U("Ημερομηνία γέννησης [[date_of_birth|14/2/1990]].")
    A("Γεννήθηκα τον [[date_of_birth|Μάιο του 1979]], τη μέρα δεν τη θυμάμαι.")
    A("Γεννήθηκα στις [[date_of_birth|είκοσι εφτά Ιανουαρίου χίλια εννιακόσια ογδόντα τρία]].")
    A("Ημ/νία γέννησης: [[date_of_birth|1.9.76]].")
    A("Λέγομαι [[name|Χρήστος Αντωνίου]], γεννήθηκα [[date_of_birth|30/10/1971]].")

    # --- names
    A("Καλημέρα, με λένε [[name|Γιώργο Παπαδόπουλο]].")
    A("Λέγομαι [[name|Μαρία Κωνσταντίνου]].")
    A("Γεια σας, είμαι η [[name|Ελένη Γεωργίου]].")
    A("Το όνομά μου είναι [[name|Δημήτρης Νικολαΐδης]].")
    A("Ονομάζομαι [[name|Κωνσταντίνος Σταύρου]] και σας καλώ για τον λογαριασμό.")
    U("Με λένε [[name|Σοφία Ράπτη]].")
    A("Γεια σας, [[name|Χριστίνα Δήμου]] εδώ.")
    A("Ευχαριστώ κύριε [[name|Αλεξίου]], μου δίνετε το ΑΦΜ σας;",
      context="Καλησπέρα, με λένε [[name|Νίκο Αλεξίου]].")
    A("Μάλιστα κύριε [[name|Βλάχο]], σας ακούω.",
      context="Είμαι ο [[name|Παναγιώτης Βλάχος]].")
    A("Ευχαριστώ πολύ κυρία [[name|Μαυρίδου]].",
      context="Λέγομαι [[name|Αικατερίνη Μαυρίδου]].")
    A("Εντάξει κύριε [[name|Κατσαρέ]], το κοιτάω.",
      context="Με λένε [[name|Σπύρο Κατσαρό]].")
    A("[[name|Γιάννη]], μια στιγμή να δω τον λογαριασμό.",
      context="Το όνομά μου είναι [[name|Γιάννης Οικονόμου]].")
    A("Ευχαριστώ κύριε [[name|Παπαδόπουλε]].",
      context="Με λένε [[name|Άρη Παπαδόπουλο]].")

    # --- addresses
    A("Μένω στην [[address|Πατησίων 45]], στην Αθήνα.")
    A("Η διεύθυνσή μου είναι [[address|Ερμού 12]], Θεσσαλονίκη.")
    A("Μένω στην [[address|οδό Εγνατίας 120]], τρίτος όροφος.")
    A("Η διεύθυνση είναι [[address|Λεωφόρος Κηφισίας 234]], Μαρούσι.")
    A("Κάθομαι στη [[address|Βασιλίσσης Σοφίας σαράντα δύο]].")
    U("Μένω στην [[address|Αριστοτέλους 7]], Πειραιάς.")
    A("Στείλτε το στην [[address|Ακαδημίας 28]], διαμέρισμα στον δεύτερο.")

    # --- non-personal
    N = B.neg
    N("Ο λογαριασμός ήρθε 49,90 ευρώ ενώ το πακέτο είναι 35.")
    N(f"Ο αριθμός παραγγελίας είναι {not_personal_number('7734 2219 8810 4453')}.")
    N("Περιμένω στη γραμμή σαράντα πέντε λεπτά.")
    N("Μπορείτε να με πάρετε μετά τις 3:30;")
    N("Ο τεχνικός θα έρθει στις 14 Μαρτίου, από τις 8 ως τις 12.")
    N("Είμαι πελάτης σας από το 2011.")
    N("Μου έχουν μείνει μόνο 20 GB από τα 50.")
    N("Με χρεώσατε 127,40 ευρώ δύο φορές.")
    N("Το υπόλοιπο δείχνει μείον 2.340 ευρώ.")
    N("Ο λογαριασμός είναι στο όνομά μου, όχι του άντρα μου.")
    N("Το όνομά μου είναι γραμμένο λάθος στον λογαριασμό.")
    N(f"Ο αριθμός αποστολής είναι {not_personal_number('7201 4458 9913')}.")
    N("Ο αριθμός του αιτήματος είναι 4471873.")
    N("Παρήγγειλα 3 κινητά και ήρθαν μόνο 2.")
    N("Σας παίρνω από την εταιρεία Άλφα Τεχνική για ένα τιμολόγιο.")
    N("Η κοπέλα που λέγεται Κατερίνα μου είπε ότι θα μου στείλει email.")
    N("Το κατάστημα στην Ερμού μου είπε να σας πάρω.")
    N("Σε ποιο όνομα είναι η κράτηση;")
    N("Πέρυσι μου κάνατε έκπτωση 15%.")
    N("Πάτησα το 2 και δεν έγινε τίποτα.")
    N("Το δέμα έπρεπε να έρθει στις 2 Ιουνίου και σήμερα έχουμε 9.")
    N("Πλήρωσα στις 12/04/2024 με έμβασμα.")
    N("Το ρούτερ είναι ZTE H288A.")
    N("Έχω iPhone 15 Pro Max, 256 GB.")
    N("Μένω με τους γονείς μου, οπότε τα δέματα πάνε εκεί.")
    sp = "447291833306"
    not_personal_number(sp)
    N(f"Παραγγελία {say(sp, [4, 4, 4], el_d)}.")
    N("Ημερομηνία γέννησης; Γιατί τη χρειάζεστε;")
    N("Το email μου δεν δουλεύει μετά την αναβάθμιση.")
    N("Το τηλέφωνο που έχετε στο site δεν απαντάει.")
    N("Έχουμε 4 γραμμές και καταναλώνουμε περίπου 100 GB.")
    N("Γεννήθηκα στη Λάρισα αλλά μένω Αθήνα εδώ και είκοσι χρόνια.")
    N("Ο κωδικός προσφοράς ήταν SPRING25.")
    N("Η κάρτα απορρίφθηκε τρεις φορές χθες.")
    N("Άλλαξα τράπεζα, πρέπει να σας δώσω καινούριο IBAN;")
    N("Η εφαρμογή στην έκδοση 4.11.2 κολλάει συνέχεια.")
    N("Η πτήση είναι στις 21 του μήνα στις 6:45 το πρωί.")
    N("Κοστίζει εκατόν πενήντα ευρώ τον χρόνο.")
    N("Μου λένε συνέχεια να περιμένω και κανείς δεν απαντάει.")
    N("Ο αριθμός τιμολογίου είναι 20240319-0047.")
    N("Το ραντεβού μου είναι την Τρίτη στις δέκα.")
    N(noacc("Πλήρωσα 30 ευρώ αλλά δεν φαίνεται η πληρωμή."))
    N("Το Σάββατο 15 του μήνα είναι ανοιχτό το κατάστημα;")
    N("Δεν είναι δικός μου ο λογαριασμός, είναι της μητέρας μου.",
      context="Με ποιον μιλάω, παρακαλώ;")
    return B.items


# ================================================================ main
def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, build in (("en", build_en), ("ar", build_ar), ("he", build_he), ("el", build_el)):
        items = build()
        path = os.path.join(OUT_DIR, lang + ".jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for it in items:
                f.write(json.dumps(it, ensure_ascii=False) + "\n")
        kinds = Counter(sp["kind"] for it in items for sp in it["spans"])
        personal = sum(1 for it in items if it["spans"])
        nonpersonal = len(items) - personal
        for k in KINDS:
            assert kinds[k] >= 5, (lang, k, kinds[k])
        assert sum(kinds.values()) >= 50, (lang, sum(kinds.values()))
        print(f"{lang}: {len(items)} utterances, {personal} with personal spans, "
              f"{nonpersonal} non-personal, {sum(kinds.values())} spans")
        print("    " + ", ".join(f"{k}={kinds[k]}" for k in KINDS))


if __name__ == "__main__":
    main()
