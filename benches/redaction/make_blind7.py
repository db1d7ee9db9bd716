#!/usr/bin/env python3
"""Blind evaluation set 7 for the contact-centre personal-data redactor.

Who / how: written by hand by a helper session working from the task spec
alone (kinds, span conventions, item format).  The author never read the
redactor's rules, source, tests, notes, git history or any other
evaluation set.  Every personal value is invented; every check-digit
number (Luhn cards, ISO 13616 IBANs, Israeli Teudat Zehut, Greek AFM and
AMKA, Saudi national ID / Iqama, Emirates ID, Kuwaiti civil ID, US SSN
structure) is generated here and asserted valid, and long non-personal
numbers are asserted to FAIL those checks.

The utterances imitate speech-recogniser output from phone calls in
English, Arabic (MSA, Gulf, Levantine, Egyptian, Maghrebi), Hebrew and
Greek: digits as words, grouped digits, Arabic-Indic digits, odd or no
punctuation, lower case, code-switching.

Item format (one JSON object per line, UTF-8):
  {"text": str,
   "spans": [{"kind": str, "start": int, "end": int}, ...],
   "context": str   # optional earlier line of the same call, not scored
  }
kinds: card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of "text".  Items with
no spans are non-personal utterances that must be left unchanged.

In the source below a span is written inline as [[kind|value]]; build()
strips the markers, computes byte offsets, and asserts that
text.encode()[start:end] decodes to exactly the value.

Run:  python3 benches/redaction/make_blind7.py
Writes data/redaction/blind7/{en,ar,he,el}.jsonl (deterministic).
"""
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind7"))
KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")


# ----------------------------------------------------------------- checks
def digits(s):
    return "".join(str(unicodedata.digit(c)) for c in s if c.isdigit())


def luhn_ok(d):
    d = digits(d)
    t = 0
    for i, c in enumerate(reversed(d)):
        x = int(c)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        t += x
    return t % 10 == 0


def luhn_fix(p):
    for c in "0123456789":
        if luhn_ok(p + c):
            return p + c
    raise AssertionError(p)


def card(p):
    assert len(p) in (14, 15), p
    if len(p) == 14:
        assert p[:2] in ("34", "37"), p
    v = luhn_fix(p)
    assert len(v) in (15, 16) and luhn_ok(v)
    return v


def tz_ok(d):
    d = digits(d)
    if len(d) != 9:
        return False
    t = 0
    for i, c in enumerate(d):
        x = int(c) * (1 + i % 2)
        if x > 9:
            x -= 9
        t += x
    return t % 10 == 0


def tz_fix(p):
    assert len(p) == 8
    for c in "0123456789":
        if tz_ok(p + c):
            return p + c
    raise AssertionError(p)


def afm_ok(d):
    d = digits(d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm_fix(p):
    assert len(p) == 8
    s = sum(int(p[i]) * 2 ** (8 - i) for i in range(8))
    v = p + str(s % 11 % 10)
    assert afm_ok(v)
    return v


def saudi_ok(d):
    d = digits(d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(p):
    v = luhn_fix(p)
    assert saudi_ok(v), v
    return v


def ssn_ok(s):
    d = digits(s)
    if len(d) != 9:
        return False
    return d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000"


def ssn(s):
    assert ssn_ok(s), s
    return s


KW_W = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def kw_ok(d):
    d = digits(d)
    if len(d) != 12:
        return False
    c = 11 - sum(int(a) * w for a, w in zip(d, KW_W)) % 11
    return c < 10 and c == int(d[11])


def kw_fix(p):
    # bump the serial until the Kuwaiti check digit exists (deterministic)
    assert len(p) == 11
    while True:
        c = 11 - sum(int(a) * w for a, w in zip(p, KW_W)) % 11
        if c < 10:
            v = p + str(c)
            assert kw_ok(v)
            return v
        p = p[:-1] + str((int(p[-1]) + 1) % 10)


IBAN_LEN = {"GB": 22, "IE": 22, "DE": 22, "PL": 28, "ES": 24, "NL": 18, "SA": 24, "AE": 23,
            "EG": 29, "JO": 30, "KW": 30, "QA": 29, "TN": 24, "LB": 28, "IL": 23, "GR": 27,
            "CY": 28}


def _i36(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    x = re.sub(r"[\s-]", "", s).upper()
    return len(x) == IBAN_LEN.get(x[:2], -1) and _i36(x[4:] + x[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _i36(bban + cc + "00") % 97
    v = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(v), v
    return v


def any_check(d):
    d = digits(d)
    n = len(d)
    if 13 <= n <= 19 and luhn_ok(d):
        return True
    if n == 9 and (tz_ok(d) or afm_ok(d) or ssn_ok(d)):
        return True
    if n == 10 and saudi_ok(d):
        return True
    if n == 11 and luhn_ok(d):
        return True
    if n == 12 and kw_ok(d):
        return True
    return False


def bad(s):
    """A non-personal number: bump its last digit until no check passes."""
    for _ in range(10):
        if not any_check(s):
            return s
        i = max(i for i, c in enumerate(s) if c.isdigit())
        c = s[i]
        base = ord(c) - unicodedata.digit(c)
        s = s[:i] + chr(base + (unicodedata.digit(c) + 1) % 10) + s[i + 1:]
    raise AssertionError("cannot make %r fail the checks" % s)


# ------------------------------------------------------------- formatting
def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def grps(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


AI = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ai(s):
    return s.translate(AI)


def noacc(s):
    return unicodedata.normalize("NFC", "".join(
        c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn"))


def _groups(s):
    return s.replace("-", " ").split()


def _chunks2(g):
    return [g[i:i + 2] for i in range(0, len(g), 2)]


# English
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_T = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en_say(s, oh=False, double=False, gsep=" "):
    out = []
    for g in _groups(s):
        w, i = [], 0
        while i < len(g):
            c = g[i]
            word = "oh" if (c == "0" and oh) else EN_D[int(c)]
            if double and i + 1 < len(g) and g[i + 1] == c and (i + 2 >= len(g) or g[i + 2] != c):
                w.append("double " + word)
                i += 2
            else:
                w.append(word)
                i += 1
        out.append(" ".join(w))
    return gsep.join(out)


def en_pair(p):
    if len(p) == 1:
        return EN_D[int(p)]
    if p[0] == "0":
        return "oh " + EN_D[int(p[1])]
    n = int(p)
    if n < 20:
        return EN_TEEN[n - 10]
    return EN_T[n // 10] + ("-" + EN_D[n % 10] if n % 10 else "")


def en_pairs(s, gsep=", "):
    return gsep.join(" ".join(en_pair(c) for c in _chunks2(g)) for g in _groups(s))


def en_iban_say(v, gsep=", "):
    return gsep.join(" ".join(c if c.isalpha() else EN_D[int(c)] for c in v[i:i + 4])
                     for i in range(0, len(v), 4))


# Arabic
AR_D = {
    "msa": ["صفر", "واحد", "اثنان", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "gulf": ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"],
    "egy": ["صفر", "واحد", "اتنين", "تلاتة", "اربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "lev": ["صفر", "واحد", "تنين", "تلاتة", "اربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"],
    "mag": ["زيرو", "واحد", "جوج", "تلاتة", "ربعة", "خمسة", "ستة", "سبعة", "تمنية", "تسعود"],
}
AR_T = {
    "gulf": ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "egy": ["", "عشرة", "عشرين", "تلاتين", "اربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}
AR_T["lev"] = AR_T["egy"]
AR_TEEN = {
    "gulf": ["عشرة", "احدعش", "اثنعش", "ثلطعش", "اربعطعش", "خمسطعش", "سطعش", "سبعطعش", "ثمنطعش", "تسعطعش"],
    "egy": ["عشرة", "حداشر", "اتناشر", "تلاتاشر", "اربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر", "تمنتاشر", "تسعتاشر"],
    "lev": ["عشرة", "احدعش", "تنعش", "تلطعش", "اربعطعش", "خمسطعش", "سطعش", "سبعطعش", "تمنطعش", "تسعطعش"],
}


def ar_say(s, dial="egy", gsep=" "):
    d = AR_D[dial]
    return gsep.join(" ".join(d[int(c)] for c in g) for g in _groups(s))


def ar_pair(p, dial):
    d = AR_D[dial]
    if len(p) == 1:
        return d[int(p)]
    if p[0] == "0":
        return d[0] + " " + d[int(p[1])]
    n = int(p)
    if n < 20:
        return AR_TEEN[dial][n - 10]
    t, u = n // 10, n % 10
    return AR_T[dial][t] if u == 0 else "%s و%s" % (d[u], AR_T[dial][t])


def ar_pairs(s, dial="egy", gsep="، "):
    return gsep.join(" ".join(ar_pair(c, dial) for c in _chunks2(g)) for g in _groups(s))


# Hebrew
HE_D = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה",
           "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_T = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]


def he_say(s, gsep=" "):
    return gsep.join(" ".join(HE_D[int(c)] for c in g) for g in _groups(s))


def he_pair(p):
    if len(p) == 1:
        return HE_D[int(p)]
    if p[0] == "0":
        return "אפס " + HE_D[int(p[1])]
    n = int(p)
    if n < 20:
        return HE_TEEN[n - 10]
    t, u = n // 10, n % 10
    return HE_T[t] if u == 0 else HE_T[t] + " ו" + HE_D[u]


def he_pairs(s, gsep=", "):
    return gsep.join(" ".join(he_pair(c) for c in _chunks2(g)) for g in _groups(s))


# Greek
EL_D = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_T = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]
EL_H = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια", "εφτακόσια",
        "οχτακόσια", "εννιακόσια"]


def el_num(n):
    if n < 10:
        return EL_D[n]
    if n < 20:
        return EL_TEEN[n - 10]
    if n < 100:
        return EL_T[n // 10] + (" " + EL_D[n % 10] if n % 10 else "")
    h, r = n // 100, n % 100
    if h == 1:
        return "εκατό" if r == 0 else "εκατόν " + el_num(r)
    return EL_H[h] + (" " + el_num(r) if r else "")


def el_grp(g):
    """a group said as a number, leading zeros said as 'μηδέν'"""
    w = []
    while len(g) > 1 and g[0] == "0":
        w.append("μηδέν")
        g = g[1:]
    w.append(el_num(int(g)))
    return " ".join(w)


def el_say(s, gsep=" "):
    return gsep.join(" ".join(EL_D[int(c)] for c in g) for g in _groups(s))


def el_groups(s, gsep=", "):
    return gsep.join(el_grp(g) for g in _groups(s))


def el_pairs(s, gsep=", "):
    return gsep.join(" ".join(el_grp(c) for c in _chunks2(g)) for g in _groups(s))


# ------------------------------------------------------------- items
MARK = re.compile(r"\[\[(\w+)\|(.*?)\]\]")


def build(src):
    out, spans, pos = "", [], 0
    for m in MARK.finditer(src):
        out += src[pos:m.start()]
        kind, val = m.group(1), m.group(2)
        assert kind in KINDS, kind
        assert val and val == val.strip(), repr(val)
        assert val[-1] not in ".,;:!?،؟", repr(val)
        b0 = len(out.encode("utf-8"))
        out += val
        b1 = len(out.encode("utf-8"))
        spans.append((kind, b0, b1, val))
        pos = m.end()
    out += src[pos:]
    assert "[[" not in out and "]]" not in out and "|" not in out, out
    return out, spans


def check_value(kind, val):
    """Extra guard for spans written with numerals."""
    d = digits(val)
    if kind == "card" and re.fullmatch(r"[\d -]+", val):
        assert len(d) in (15, 16) and luhn_ok(d), val
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}[0-9A-Z ]+", val):
        assert iban_ok(val), val
    if kind == "id" and len(d) == 9 and re.fullmatch(r"[0-9 -]+", val):
        assert tz_ok(d) or afm_ok(d) or ssn_ok(val), val


def I(text, ctx=None):
    return (text, ctx)


def render(items):
    rows = []
    for text, ctx in items:
        t, spans = build(text)
        for kind, b0, b1, val in spans:
            enc = t.encode("utf-8")
            assert enc[b0:b1].decode("utf-8") == val
            # the value is found where we put it (first occurrence at or before)
            assert enc.find(val.encode("utf-8")) <= b0
            check_value(kind, val)
        row = {"text": t, "spans": [{"kind": k, "start": a, "end": b} for k, a, b, _ in spans]}
        if ctx:
            c, _ = build(ctx)
            row["context"] = c
        rows.append(row)
    return rows


# ===================================================================== EN
C = [card(p) for p in ["453916072384158", "542523343010990", "37144963539843", "601100099013942",
                       "491748203317562", "222300184756301", "535310448826074", "479512660384207"]]
GB1 = iban("GB", "BARC20035347582916")
GB2 = iban("GB", "HBUK40127681245093")
IE1 = iban("IE", "BOFI90583812746023")
DE1 = iban("DE", "100701240894471620")
PL1 = iban("PL", "114020040000350281645923")
ES1 = iban("ES", "01822370410201583647")
NL1 = iban("NL", "RABO0384712956")
S = [ssn(x) for x in ["521-47-3386", "408-62-1975", "239-51-0847", "617-08-4432", "145-73-9021",
                      "703-19-5580"]]
TZ_EN = tz_fix("30587412")
IQ_EN = saudi("238104657")

c5mix = "%s, %s, %s, %s" % (en_say(C[4][0:4]), C[4][4:8], en_say(C[4][8:12], oh=True), C[4][12:16])

EN = [
    # --- name
    I("hi yeah my name is [[name|Oluwaseun Adeyemi]] and I'm ringing about a payment that went out twice"),
    I("Good afternoon, you're through to Brightline Energy, my name's [[name|Priya]], how can I help today?"),
    I("this is [[name|Dariusz Kowalczyk]] i spoke to someone yesterday about the router"),
    I("yeah it's [[name|Mehmet Yildirim]]", "Can I take your full name please?"),
    I("Thank you Mrs [[name|Okonkwo]], I've got your account up in front of me now."),
    I("okay thanks for holding mister [[name|gutierrez]] i just need to ask a couple of security questions"),
    I("I'm [[name|Valentina Restrepo]], I'm the account holder's daughter, she said it's fine for me to call."),
    I("The account's under [[name|Anjali Raghunathan]], that's [[name|A N J A L I]].", "Whose name is the account in?"),
    I("No sorry, it's [[name|Kwame Mensah]], with an E on the end of Kwame."),
    I("Hello, [[name|Ellie]] speaking, Sunrise Telecom, how can I help?"),
    I("my name is [[name|Nguyen Thi Lan]] but everyone calls me [[name|Lana]]"),
    I("Right, Mr [[name|Fitzgerald-Obi]], I'll get that confirmation emailed over to you now."),
    I("Yes, hello, it is [[name|Svetlana Morozova]] here, I am calling for my internet, it is not working since Monday."),
    # --- phone
    I("my mobile's [[phone|%s]]" % en_say("07700 900417", oh=True, double=True)),
    I("You can call me back on [[phone|+44 7700 900381]], that's my work phone."),
    I("So that's [[phone|07700 900652]], is that right?"),
    I("My number's [[phone|0161 496 0823]] and my email is [[email|d.ferreira@btinternet.com]]."),
    I("[[phone|seven one eight, five five five, oh one nine two]]", "What's the best number to reach you on?"),
    I("it's [[phone|plus one six four six five five five oh one seven eight]]"),
    I("Call me on [[phone|(312) 555-0134]] after five, please."),
    I("my home phone is [[phone|020 7946 0318]] but i'm never in to be honest"),
    I("Oh wait, no, that's the old one. It's [[phone|07700 900219]]."),
    # --- email
    I("It's [[email|john dot okafor at gmail dot com]].", "And what email would you like the receipt sent to?"),
    I("email me at [[email|nadia.petrova84@outlook.com]] please"),
    I("[[email|r underscore singh at yahoo dot co dot uk]], all one word"),
    I("my email is [[email|l dot martinez seventy-one at hotmail dot com]] lowercase"),
    I("its [[email|ahmed hyphen farouk at protonmail dot com]] i think you had it wrong before"),
    I("Yeah, the email is [[email|chen.wei.2001@icloud.com]]."),
    I("[[email|kofi dot boateng ninety-nine at gmail dot com]], same as always", "And is the email still the same?"),
    I("Can you send it to [[email|mgonzalez at rivera-logistics dot com]]? That's my work one."),
    # --- date of birth
    I("Date of birth is the [[date_of_birth|fourth of May nineteen eighty-two]]."),
    I("[[date_of_birth|fourth of may eighty two]]", "Can I have your date of birth please?"),
    I("D O B [[date_of_birth|12/03/1967]]"),
    I("I was born on [[date_of_birth|March 3rd, 1991]], so I don't know why it says I'm under eighteen."),
    I("[[date_of_birth|oh nine, oh seven, seventy-five]]", "And your date of birth, day, month and year?"),
    I("It's [[date_of_birth|June the twenty-first, nineteen fifty-eight]], I'm nearly seventy, love."),
    I("no sorry it's the [[date_of_birth|fourteenth of july two thousand and one]] not the fourth"),
    I("my birthday is [[date_of_birth|11/23/1989]], month first"),
    I("It's [[name|Rosa Delgado]], date of birth [[date_of_birth|2nd February 1979]]."),
    # --- card
    I("The card number is [[card|%s]]." % grp(C[0])),
    I("[[card|%s]]" % en_say(grp(C[1]), gsep=", "), "Okay, when you're ready, the long number across the front of the card."),
    I("it's [[card|%s]]" % en_pairs(grp(C[4]))),
    I("It's an Amex, [[card|%s]]." % grps(C[2], [4, 6, 5])),
    I("card number [[card|%s]] expiry oh nine twenty-seven" % grp(C[3], sep="-")),
    I("Right, [[card|%s]]." % c5mix, "Go ahead with the card number whenever you're ready."),
    I("[[card|%s]], that's the debit card, not the credit one." % C[5]),
    I("ok so its [[card|%s]] and the expiry is oh nine twenty seven" % en_say(C[6], oh=True, double=True)),
    I("Let me read that back to you: [[card|%s]]." % en_say(grp(C[7]), gsep=", ")),
    # --- iban
    I("My IBAN is [[iban|%s]]." % grp(GB1)),
    I("[[iban|%s]]" % en_iban_say(GB2), "Could you read me the IBAN from your statement?"),
    I("It's [[iban|%s]], it's an Irish account." % IE1),
    I("the refund should go to my German account, [[iban|%s]]" % grp(DE1)),
    I("My Polish bank, the IBAN is [[iban|%s]], I hope this is okay." % grp(PL1)),
    I("[[iban|E S %s, %s]]" % (en_say(ES1[2:4]), grp(ES1[4:])), "And the IBAN for the Spanish account?"),
    I("ok the iban is [[iban|%s]]" % NL1.lower()),
    # --- id
    I("my social is [[id|%s]]" % S[0]),
    I("[[id|%s]]" % en_say(S[1], oh=True, gsep=", "), "Last thing, can I get your social security number?"),
    I("Social security number [[id|%s]]." % S[2].replace("-", " ")),
    I("its [[id|%s]]" % digits(S[3])),
    I("Wait, I said that wrong. It's [[id|%s]]." % S[4]),
    I("[[id|seven oh three, %s]], that's my social" % en_pairs(S[5][4:].replace("-", " "))),
    I("My Israeli ID number, the teudat zehut, is [[id|%s]]." % TZ_EN),
    I("my iqama number is [[id|%s]] i work in riyadh" % en_say(IQ_EN)),
    # --- address
    I("I live at [[address|42 Hollybrook Road, Flat 3, Sheffield S10 2LB]]."),
    I("[[address|1187 West Maplewood Avenue, apartment 4C, Chicago, Illinois 60614]]", "What's the service address?"),
    I("it's [[address|twenty-seven Albany Crescent, Cardiff, C F five, three A Z]]"),
    I("It's [[address|flat 12, 9 Kingsley Court, Luton LU2 7HD]]."),
    I("send it to [[address|58 dunmore street glasgow g5 8ha]] please"),
    I("The new address is [[address|3 Orchard Lane, Little Hadham, SG11 2DY]], we moved in last week."),
    I("It's [[address|2210 Ocotillo Drive, Tucson, Arizona 85719]] and the phone is [[phone|520-555-0161]]."),
    I("we're at [[address|6 Pemberton Close, Wigan WN3 4PL]], the house with the blue door"),
    # --- non-personal
    I("Thank you for calling Northwind Mobile, this call may be recorded for training and quality purposes."),
    I("hiya i'm calling about my broadband it keeps cutting out every evening"),
    I("I've been on hold for forty-five minutes, this is ridiculous."),
    I("My order number is %s." % bad("7730 4419 2281 0065")),
    I("The bill was a hundred and forty-two pounds sixty, which is way more than last month."),
    I("Your appointment is on the fourth of May between eight and twelve."),
    I("I was born in Manchester but I live in Leeds now."),
    I("My name is on the account, it's a joint account with my husband."),
    I("I'm fine thanks, and you?"),
    I("i'm on the unlimited plan the thirty five pound one with the disney plus thing"),
    I("You've used eighteen point five gig out of your thirty gig allowance."),
    I("The tracking number is JD%s." % bad("014600004871296532")),
    I("ticket number INC%s" % bad("0048213")),
    I("It was due on the first of March and I paid it on the second."),
    I("The last four digits? Hang on, I haven't got the card on me."),
    I("My date of birth? Hang on, let me get my glasses."),
    I("I've been with you since two thousand and nine, fifteen years!"),
    I("meter reading is %s" % bad("04417")),
    I("Press one for billing, two for technical support, or three for anything else."),
    I("The engineer's booked for Thursday the ninth, any time from eight till one."),
    I("I paid two hundred and fifty dollars on January third and it still shows as outstanding."),
    I("order number %s" % bad("9 5 1 2 0 9 8 4 3")),
    I("I'm calling from Athens actually, I'm on holiday."),
    I("it's the twenty nineteen model the galaxy s ten"),
    I("Version fourteen point two point one of the app crashes every single time."),
    I("The Netflix add-on is ten ninety-nine a month and I want to cancel it."),
    I("It's been three weeks and nobody has called me back."),
    I("Can you spell that for me, please?"),
    I("The reference on the letter is %s." % bad("4471 2093 8816 5520")),
    I("i want to upgrade to the iphone sixteen pro two hundred and fifty six gig"),
    I("It's twenty percent off for six months, then it goes back up to forty-four ninety-nine."),
    I("Sorry, can you say that again? The line is terrible."),
    I("My daughter turns eighteen next month so she wants her own contract."),
    I("Is there anything else I can help you with today?"),
    I("You have a fourteen-day cooling-off period from the 3rd of June."),
    I("The account number on the bill is %s, does that help?" % bad("30198744")),
    I("I'm calling on behalf of my mum, she's ninety-one and a bit deaf."),
    I("the parcel was supposed to come on the twelfth of november"),
    I("There's an early termination fee of twenty-five pounds for each month left."),
    I("My case number is %s." % bad("500288719034117")),
    I("I work nights, so after ten p.m. is best."),
    I("the router light is flashing orange then green then off"),
    I("Thanks for calling Harbour Bank, you're through to the fraud team."),
    I("It just says error code four oh four."),
    I("We moved in back in twenty twenty-one."),
    I("my card got declined in tesco for twelve pounds forty"),
    I("I'm calling about my mum's account, she passed away last month."),
    I("Upload speed is like two megabits and I'm paying for five hundred."),
    I("Can I pay by card over the phone?"),
    I("Birthday discount? No, I never got any email about that."),
    I("%s, that's the order reference on the confirmation" % en_say(bad("98211704"))),
    I("Room 214, it's the conference line, not my desk."),
    I("The twelve-month deal is nine pounds a month for the first year."),
]

# ===================================================================== AR
SA_ID = [saudi(p) for p in ["104739826", "110582374", "106254913", "113870456"]]
IQ = [saudi(p) for p in ["243906187", "251874039", "230619845"]]
EID = [luhn_fix("78419908812345"), luhn_fix("78419853307218")]
assert all(len(x) == 15 and x.startswith("784") for x in EID)
KWID = kw_fix("28803150123")
EGID = ["28705120201587", "29411032101846"]
JOID = "9881027364"
CA = [card(p) for p in ["446404120937152", "529741038826491", "588845017263390", "37910456283401",
                        "410685203917744", "540761192384205", "457865301228419", "521893664017352"]]
SA1 = iban("SA", "45000000172635980112")
SA2 = iban("SA", "10000004861390025716")
AE1 = iban("AE", "0330000010195623478")
EG1 = iban("EG", "0037000120000104839261057")
JO1 = iban("JO", "ARAB1210000000001284573910")
KW1 = iban("KW", "NBOK0000000000002018237465")
QA1 = iban("QA", "QNBA000000000724315897001")
TN1 = iban("TN", "10006035183598478831")
LB1 = iban("LB", "099900000001001901229114")

ca4mix = "%s %s %s %s" % (ar_say(CA[4][:4], "lev"), CA[4][4:8], CA[4][8:12], CA[4][12:])
qa_spoken = "كيو ايه %s، كيو ان بي ايه، %s" % (ar_say(QA1[2:4], "gulf"),
                                           ar_say(grp(QA1[8:]), "gulf", gsep="، "))

AR = [
    # --- name
    I("هلا وغلا، معك [[name|نورة]] من خدمة العملاء، كيف أقدر أخدمك؟"),
    I("مرحبا، أنا [[name|رامي الخوري]]، عندي مشكلة بالفاتورة تبع هالشهر"),
    I("أيوه يا فندم، أنا [[name|محمود عبد الحميد]] وكنت كلمتكم امبارح بخصوص الراوتر"),
    I("السلام عليكم ورحمة الله، اسمي [[name|فاطمة الزهراء بنعلي]]، وأود الاستفسار عن رصيد حسابي."),
    I("السلام عليكم، سميتي [[name|يوسف العلوي]] وبغيت نسول على الفاكتورة ديال هاد الشهر"),
    I("شكراً أستاذ [[name|خالد]]، لحظة من فضلك أتأكد من البيانات"),
    I("تمام يا مدام [[name|هبة]]، الطلب اتسجل وهيوصلك إشعار"),
    I("[[name|سارة عبد الرحمن القحطاني]]", "الاسم الثلاثي لو سمحتي؟"),
    I("يا هلا، معك [[name|أبو فهد]]، أبي أسألك عن الفاتورة"),
    I("أهلا فيكي، معك [[name|لين]]، كيف فيني ساعدك؟"),
    I("عفواً يا أخ [[name|عمر]]، ممكن تعيد آخر رقمين؟"),
    I("انا [[name|محمد عرفان خان]] انا عندي اقامة وابغى اطلع شريحة جديدة"),
    I("اسمي [[name|جوزيف ماثيو]] وأنا من الفلبين، أتكلم عربي شوية"),
    I("معاك [[name|كريم بن سالم]] من صفاقس، عندي مشكل في الكونيكسيون"),
    # --- phone
    I("رقمي [[phone|%s]]" % ar_say("055 431 2876", "gulf")),
    I("جوالي [[phone|%s]]" % ai("0503921874")),
    I("رقم الموبايل [[phone|01145782390]] وده نفس رقم الواتساب"),
    I("[[phone|%s، %s]]" % (ar_say("010", "egy"), ar_pairs("98326415", "egy")), "رقم حضرتك إيه يا فندم؟"),
    I("إذا بدك تحكيني، [[phone|+961 3 482 915]]"),
    I("رقمي [[phone|%s]] إذا انقطع الخط" % ai("079 548 2316")),
    I("[[phone|+971 50 734 2198]]", "رقم التواصل لو سمحت؟"),
    I("النمرة ديالي [[phone|06 61 48 27 93]]"),
    I("[[phone|%s]]" % ar_say("0662 173 058", "mag"), "عطيني النمرة ديالك عافاك"),
    I("يعني الرقم [[phone|%s]]، صح؟" % ai("0503219874")),
    I("[[phone|صفر خمسة، %s]]" % ar_pairs("67214830", "gulf"), "وش رقم جوالك؟"),
    I("جوالي [[phone|+966 56 218 4407]] والإيميل [[email|ahmed.alharbi88@gmail.com]]"),
    # --- email
    I("[[email|محمد دوت علي ات جيميل دوت كوم]]", "ممكن البريد الإلكتروني؟"),
    I("الإيميل تبعي [[email|rania_haddad@hotmail.com]]"),
    I("ايميلي [[email|سلمى نقطة يوسف ات ياهو نقطة كوم]]"),
    I("ابعتلي على [[email|hassan.elmasry@outlook.com]] لو سمحت"),
    I("[[email|عبدالله تسعين ات جيميل دوت كوم]] كله سمول", "والإيميل؟"),
    I("الإيميل ديالي [[email|younes.benali@yahoo.fr]]"),
    I("البريد الإلكتروني هو [[email|n.alsabah at outlook dot com]]"),
    # --- date of birth
    I("تاريخ ميلادي [[date_of_birth|%s]]" % ai("15/03/1985")),
    I("تاريخ الميلاد بالهجري [[date_of_birth|%s]]" % ai("12/06/1405")),
    I("[[date_of_birth|اتنين وعشرين مارس تلاتة وتسعين]]", "تاريخ الميلاد يا فندم؟"),
    I("أنا مواليد [[date_of_birth|عشرة تنين ألفين]]"),
    I("وُلدتُ في [[date_of_birth|الرابع من مايو عام ألف وتسعمائة واثنين وثمانين]]"),
    I("ميلادي [[date_of_birth|خمسطعش ثلاثة تسعين]]"),
    I("تزاديت [[date_of_birth|7 يوليوز 1988]] ف مراكش"),
    I("[[name|ليلى حداد]]، مواليد [[date_of_birth|%s]]" % ai("1992/11/03")),
    I("لا غلط، مواليدي [[date_of_birth|عشرين تمانية اربعة وسبعين]]"),
    # --- card
    I("رقم البطاقة [[card|%s]]" % grp(CA[0])),
    I("[[card|%s]]" % ai(grp(CA[1])), "رقم البطاقة لو سمحت"),
    I("[[card|%s]]" % ar_say(grp(CA[2]), "gulf", gsep="، "), "تفضل، رقم البطاقة"),
    I("الكارت رقمه [[card|%s]]" % ar_pairs(grp(CA[5]), "egy")),
    I("[[card|%s]]، هذي بطاقة مدى" % CA[6]),
    I("رقم الكريديت كارد [[card|%s]]" % ca4mix),
    I("بطاقة أمريكان إكسبريس، الرقم [[card|%s]]" % ai(grps(CA[3], [4, 6, 5]))),
    I("أعيد عليك الرقم: [[card|%s]]، صحيح؟" % grp(CA[7], sep="-")),
    # --- iban
    I("الآيبان [[iban|%s]]" % grp(SA1)),
    I("الايبان حقي [[iban|SA%s]]" % ai(grp(SA2)[2:])),
    I("[[iban|AE %s]]" % ar_say(grp(AE1[2:]), "gulf", gsep="، "), "رقم الآيبان لو سمحت؟"),
    I("رقم الآيبان بتاعي [[iban|%s]]" % EG1),
    I("[[iban|%s]]" % grp(JO1), "شو رقم الآيبان؟"),
    I("حسابي في الوطني، الآيبان [[iban|%s]]" % grp(KW1)),
    I("الـIBAN متاعي [[iban|%s]]" % grp(TN1)),
    I("[[iban|%s]]" % qa_spoken, "اقرا لي الآيبان حرف حرف"),
    I("حوّلولي عَ [[iban|%s]] بليز" % grp(LB1)),
    # --- id
    I("رقم الهوية [[id|%s]]" % SA_ID[0]),
    I("السجل المدني [[id|%s]]" % ai(SA_ID[1])),
    I("رقم الإقامة [[id|%s]]" % ar_say(IQ[0], "gulf")),
    I("[[id|%s]]" % grps(IQ[1], [4, 3, 3]), "رقم الإقامة لو سمحت"),
    I("رقم الهوية الإماراتية [[id|%s]]" % grps(EID[0], [3, 4, 7, 1], "-")),
    I("الرقم القومي [[id|%s]]" % EGID[0]),
    I("الرقم القومي بتاعي [[id|%s]]" % ar_say(EGID[1], "egy")),
    I("الرقم المدني [[id|%s]]" % ai(KWID)),
    I("الرقم الوطني [[id|%s]]" % JOID),
    I("لا لحظة، غلطت، رقم الهوية الصح [[id|%s]]" % ai(SA_ID[2])),
    I("[[id|%s]]، هذا رقم هوية الوالد" % SA_ID[3]),
    I("الإقامة رقمها [[id|%s]] والجواز عند الكفيل" % ai(IQ[2])),
    I("[[id|%s]]" % grps(EID[1], [3, 4, 7, 1], " "), "رقم الهوية لو سمحت؟"),
    # --- address
    I("العنوان [[address|فيلا ١٢، شارع الأمير سلطان، حي النرجس، الرياض]]"),
    I("ساكن في [[address|١٥ شارع التحرير، الدقي، الجيزة]]"),
    I("[[address|عمارة ٧ شقة ١٤ شارع جمال عبد الناصر، العصافرة، إسكندرية]]", "العنوان بالتفصيل يا فندم؟"),
    I("عنواني [[address|شارع مكة، عمارة ٤٥، الطابق التالت، عمّان]]"),
    I("كنسكن في [[address|زنقة ابن سينا رقم 23، أكدال، الرباط]]"),
    I("التوصيل على [[address|شقة ٢٠٥، بناية الوحدة، شارع الشيخ زايد، دبي]]"),
    I("عنواني [[address|بيروت، الأشرفية، شارع مار مخايل، بناية رقم ١٨، الطابق الرابع]]"),
    I("[[address|بيت 34، شارع 12، قطعة 5، الجابرية]]", "وين العنوان؟"),
    # --- non-personal
    I("أهلاً وسهلاً بك في خدمة عملاء شركة النخيل للاتصالات، مكالمتك مسجلة لضمان الجودة."),
    I("الفاتورة جاتني ٣٥٠ ريال وأنا ما استخدمت شي"),
    I("الباقة ٢٠ جيجا بـ ٩٩ ريال شهرياً"),
    I("رقم الطلب %s" % ai(bad("7731 0482 2219 6604"))),
    I("موعدك يوم الأحد الساعة عشرة الصبح في الفرع"),
    I("أنا متصل من جدة"),
    I("الحمد لله بخير، وانت كيفك؟"),
    I("رقم البلاغ %s" % ai(bad("458221"))),
    I("اتصلت أكثر من خمس مرات وما أحد رد علي"),
    I("فيه خصم ١٥٪ على الباقة السنوية"),
    I("رمضان كريم، كل عام وانتو بخير"),
    I("بكرة عيد ميلاد بنتي وبدي جبلها موبايل جديد"),
    I("اسمي موجود على الحساب بس الخط باسم أخوي"),
    I("السعر ١٩٩ جنيه في الشهر شامل الضريبة"),
    I("النت بطيء جداً، السرعة ٢ ميجا بس"),
    I("استنيت على الخط نص ساعة يا جماعة"),
    I("الشحنة كان المفروض توصل يوم ١٢ نوفمبر"),
    I("آخر موعد للسداد ٢٥ الشهر"),
    I("اضغط واحد للعربية، Press two for English"),
    I("رقم التتبع %s" % bad("SA 0091 4477 2380 1256")),
    I("أنا ساكن في الرياض من ٢٠١٥"),
    I("عندي ثلاث خطوط، واحد لي واثنين للعيال"),
    I("الراوتر يطفي ويشتغل كل عشر دقايق"),
    I("الموظف قال لي بيتصلون خلال ٤٨ ساعة"),
    I("العرض ينتهي ٣١ ديسمبر"),
    I("المبلغ المستحق ألف ومية وخمسين درهم"),
    I("شو يعني رسوم إلغاء؟ ما حدا قلي"),
    I("تمام، شكراً جزيلاً، مع السلامة"),
    I("مسا الخير، عندي مشكلة بالتطبيق، كل ما افتحه بيسكر لحاله"),
    I("دفعت ٥٠٠ درهم يوم ٣ يناير وما انعكس المبلغ"),
    I("ولدي عمره ١٦ سنة ويبي شريحة"),
    I("كم سعر الآيفون ١٦ برو ماكس؟"),
    I("الضمان سنتين من تاريخ الشراء"),
    I("واش عندكم شي عرض ديال الأنترنيت؟ بغيت شي حاجة رخيصة"),
    I("خلصت ميتين درهم البارح وباقي ما خدام والو"),
    I("رقم الحساب في الفاتورة %s" % ai(bad("30198744"))),
    I("المكالمة انقطعت مرتين"),
    I("الساعة ثلاثة ونص العصر مناسبة لك؟"),
    I("ممكن تتهجى الاسم لو سمحت؟"),
    I("أنا من مصر بس عايش في الكويت"),
    I("نسبة الضريبة ١٥ بالمية"),
    I("الكود اللي وصلني في الرسالة أربع أرقام بس"),
    I("اشتراك شاهد بـ ٢٥ ريال بالشهر"),
    I("الطلب رقم %s" % ar_say(bad("984120573"), "egy")),
    I("تم تحويل المكالمة للقسم الفني، لحظات من فضلك"),
    I("تاريخ الفاتورة ١ مارس ٢٠٢٤"),
    I("الموعد بكرة الساعة ٩ الصبح في فرع العليا"),
    I("يا أخي أنا مشغول، بسرعة لو سمحت"),
    I("المبلغ ٢٣٤٥ ريال و٥٠ هللة"),
    I("رقم الشكوى %s" % ai(bad("2024091877315"))),
    I("عيد ميلاد سعيد لابنك، بس هاد العرض خلص"),
]

# ===================================================================== HE
TZH = [tz_fix(p) for p in ["03124567", "20487315", "31694028", "05837461", "32018974", "04421983", "21195630"]]
CH = [card(p) for p in ["458012739064521", "532610874429013", "37651209483711", "455701938265410",
                        "540829174630251", "426684012397553", "522491037784620"]]
ILS = [iban("IL", b) for b in ["0126320000004857219", "0108000000012875634", "0204210000008811237",
                               "0310270000000583162", "0911380000247361205"]]
GBH = iban("GB", "LOYD30963418620547")
ch5mix = "%s %s %s %s" % (he_say(CH[5][:4]), CH[5][4:8], CH[5][8:12], CH[5][12:])

HE = [
    # --- name
    I("שלום, שמי [[name|אורית לוי]], אני מתקשרת בקשר לחשבונית של החודש"),
    I("שלום, מדברת [[name|מיכל]] משירות הלקוחות, במה אפשר לעזור?"),
    I("היי, כאן [[name|יוסי אברהם]], דיברתי איתכם אתמול על הראוטר"),
    I("אני [[name|מוחמד עבאס]] מטמרה, יש לי בעיה עם האינטרנט"),
    I("קוראים לי [[name|אלכסנדר פטרוב]], אני לא מדבר טוב עברית, סליחה"),
    I("תודה אדון [[name|כהן]], אני רק בודק משהו במערכת"),
    I("גברת [[name|ביטון]], את עדיין על הקו?"),
    I("שְׁמִי [[name|דָּנִיֵּאל מִזְרָחִי]] וַאֲנִי רוֹצֶה לְבַטֵּל אֶת הַמִּנּוּי"),
    I("[[name|טספאיה וורקו]]", "שם מלא בבקשה?"),
    I("מדבר [[name|עמית]], אני הבן של בעל החשבון"),
    I("[[name|רונית]], אפשר לדבר עם אחראית משמרת?"),
    I("השם שלי [[name|סאמר חלבי]] מדלית אל כרמל"),
    I("כן שלום אני [[name|ז'וליין אזולאי]] לקוח שלכם כבר עשר שנים"),
    # --- phone
    I("המספר שלי [[phone|050-7384912]]"),
    I("[[phone|%s]]" % he_say("052 765 4321", gsep=", "), "מספר טלפון לחזרה?"),
    I("[[phone|אפס חמש ארבע, %s]]" % he_pairs("6231890", gsep=" "), "איזה מספר נייד?"),
    I("אפשר גם בוואטסאפ, [[phone|+972 58 641 2290]]"),
    I("בבית [[phone|03-6124587]] אבל עדיף בנייד"),
    I("תחזרו אליי למספר [[phone|052 918 3046]] אחרי ארבע"),
    I("אז זה [[phone|054-2290317]], נכון?"),
    I("הנייד [[phone|0546673018]] והמייל [[email|h.khoury@bezeqint.net]]"),
    I("[[phone|אפס שתיים, %s]] זה הטלפון בבית" % he_pairs("5671203", gsep=" ")),
    # --- email
    I("המייל שלי [[email|dana.levi@walla.co.il]]"),
    I("[[email|רוני נקודה כהן שטרודל ג'ימייל נקודה קום]]", "מה כתובת המייל?"),
    I("[[email|avi_mizrahi77@gmail.com]]", "ואימייל?"),
    I("המייל זה [[email|שירה קו תחתון בן דוד שטרודל הוטמייל נקודה קום]]"),
    I("המייל זה [[email|yael.k שטרודל gmail נקודה com]]"),
    I("תשלחו את החשבונית למייל [[email|moshe.ben.ami@outlook.co.il]] בבקשה"),
    # --- date of birth
    I("תאריך לידה [[date_of_birth|12.3.1985]]"),
    I("נולדתי ב-[[date_of_birth|4 במאי 1982]], תבדקי שוב"),
    I("[[date_of_birth|שתיים עשרה בשלוש שמונים וחמש]]", "תאריך לידה?"),
    I("תאריך הלידה העברי שלי [[date_of_birth|ט״ו בשבט תשמ״ה]], אבל במערכת אצלכם זה לועזי"),
    I("[[date_of_birth|01/09/1990]]", "ומה תאריך הלידה של בעל החשבון?"),
    I("תאריך הלידה שלי הוא [[date_of_birth|עשרים ושלושה ביולי אלפיים ושלוש]]"),
    I("ת״ז [[id|%s]] ותאריך לידה [[date_of_birth|3.11.76]]" % TZH[1]),
    # --- card
    I("מספר הכרטיס [[card|%s]]" % grp(CH[0])),
    I("[[card|%s]]" % he_say(grp(CH[1]), gsep=", "), "תקריא לי בבקשה את מספר הכרטיס"),
    I("[[card|%s]]" % he_pairs(grp(CH[3]))),
    I("זה [[card|%s]] זה הויזה של הבנק" % CH[4]),
    I("אמריקן אקספרס, [[card|%s]]" % grps(CH[2], [4, 6, 5])),
    I("הקרדיט קארד שלי [[card|%s]]" % ch5mix),
    I("אני חוזר על המספר: [[card|%s]], נכון?" % grp(CH[6], sep="-")),
    # --- iban
    I("[[iban|%s]]" % grp(ILS[0]), "מה מספר ה-IBAN?"),
    I("ה-IBAN שלי [[iban|%s]]" % ILS[1]),
    I("[[iban|איי אל %s]]" % he_say(grp(ILS[2][2:]), gsep=", ")),
    I("החשבון באנגליה, [[iban|%s]]" % grp(GBH)),
    I("איבן [[iban|IL %s %s]]" % (he_pair(ILS[3][2:4]), grp(ILS[3][4:]))),
    I("תעבירו את ההחזר לחשבון [[iban|%s]] זה בדואר" % grp(ILS[4], sep="-")),
    # --- id
    I("תעודת זהות [[id|%s]]" % TZH[0]),
    I("[[id|%s]]" % he_say(TZH[2]), "מספר תעודת זהות בבקשה"),
    I("מספר זהות [[id|%s]]" % grps(TZH[3], [3, 3, 3])),
    I("לא סליחה, טעיתי, [[id|%s]]" % TZH[4]),
    I("מספר הזהות של אמא שלי זה [[id|%s]]" % he_pairs(TZH[5], gsep=" ")),
    I("זה [[id|%s]] עם ספרת ביקורת" % TZH[6]),
    I("[[id|%s]], זה הת״ז" % grps(tz_fix("22873054"), [8, 1], "-")),
    # --- address
    I("הכתובת שלי [[address|הרצל 15 דירה 4, רמת גן]]"),
    I("[[address|רחוב יפו 97, ירושלים]]", "מה הכתובת להתקנה?"),
    I("הכתובת [[address|דרך השלום 53 קומה 7 דירה 28 גבעתיים]]"),
    I("כתובת למשלוח: [[address|הנביאים 12/3, חיפה]]"),
    I("אני גר ב[[address|שכונת אל-נור, רחוב 5 בית 22, אום אל-פחם]]"),
    I("[[address|הגפן 7, כפר סבא 4425107]]", "והכתובת?"),
    I("תשלחו את הטכנאי ל[[address|שדרות ירושלים 140, יפו]] קומה שנייה"),
    # --- non-personal
    I("שלום, הגעתם לשירות הלקוחות של גל-נט, השיחה מוקלטת לצורך שיפור השירות"),
    I("החשבון הגיע 289 שקל, זה לא הגיוני"),
    I("החבילה של 50 ג'יגה ב-29.90 לחודש"),
    I("מספר הזמנה %s" % bad("7731 0482 2219 6604")),
    I("התור שלי ביום שלישי ב-10:30"),
    I("אני מתקשר מבאר שבע"),
    I("הכל בסדר, תודה, ואיתך?"),
    I("השם שלי רשום על החשבון אבל הקו של הבת שלי"),
    I("חיכיתי על הקו ארבעים דקות"),
    I("יש הנחה של 15 אחוז לשנה הראשונה"),
    I("אני לקוח שלכם משנת 2008"),
    I("הטכנאי יגיע מחר בין שמונה לשתים עשרה"),
    I("המשלוח היה אמור להגיע ב-12 בנובמבר"),
    I("יום הולדת לבן שלי מחר והוא רוצה אייפון"),
    I("התשלום יורד ב-1 לכל חודש"),
    I("מספר פנייה %s" % bad("90118734")),
    I("הראוטר מהבהב באדום כבר יומיים"),
    I("חג שמח!"),
    I("אפשר לדבר עם נציג אנושי?"),
    I("זה עולה 49 שקל לחודש כולל מע״מ"),
    I("אני בן 67 ואני לא מבין בטכנולוגיה"),
    I("הקש 3 למחלקה הטכנית"),
    I("קניתי את המכשיר לפני שנתיים"),
    I("ההחזר יהיה תוך 7 עד 10 ימי עסקים"),
    I("ב-2019 עברתי דירה ומאז יש בעיות בקליטה"),
    I("אני גר בחיפה"),
    I("תּוֹדָה רַבָּה, יוֹם טוֹב"),
    I("ב-4 במאי יש לי תור לרופא אז אני לא בבית"),
    I("שילמתי 1,250 ש״ח ב-3 בינואר"),
    I("קוד לקוח %s" % bad("984406172")),
    I("מספר משלוח %s" % bad("RR 4471 2093 8816 5520 IL")),
    I("שבע מאות שקל על חודש אחד?"),
    I("הגלישה בחו״ל עולה 12 דולר ליום"),
    I("השיחה התנתקה לי פעמיים"),
    I("אני צריך את זה עד יום ראשון"),
    I("קיבלתי הודעה שהחבילה ממתינה בסניף הדואר"),
    I("אמרו לי שזה ייקח שלושה ימים"),
    I("אני בחו״ל, בקפריסין, עד ה-20 לחודש"),
    I("מה ההבדל בין המסלול של 39 למסלול של 59?"),
    I("המספר סידורי של הראוטר מתחיל ב-%s" % bad("95341")),
    I("סליחה שאני מפריע, רק שאלה קטנה"),
    I("הוא בן 18 עכשיו, אז הוא יכול לפתוח חשבון לבד?"),
    I("לחצתי אחת ואז שתיים ואז זה ניתק"),
    I("%s, זה מספר ההזמנה מהאתר" % he_say(bad("4521 907 386"))),
    I("אני קורא לך מהעבודה אז אני לא יכול לדבר הרבה"),
    I("השם של החברה זה כהן ובניו בע״מ, זה עסק"),
    I("בסדר גמור, תודה רבה לך"),
    I("כמה עולה חבילת חו״ל לשבוע ביוון?"),
    I("החשבונית מה-1 בפברואר הייתה גבוהה ב-80 שקל"),
]

# ===================================================================== EL
AFM = [afm_fix(p) for p in ["04783215", "13592048", "07261934", "11846390", "03927451", "14205867"]]
AMKA = [luhn_fix("1503782417"), luhn_fix("0711914382")]
assert all(len(x) == 11 for x in AMKA)
CG = [card(p) for p in ["451017390264815", "529304417756280", "37462098153301", "414720036698157",
                        "557318409912634", "490861275530142", "516893042277819", "402400718394266"]]
GR1 = iban("GR", "017" + "2041" + "0000041036782915")
GR2 = iban("GR", "026" + "0178" + "0000450200312914")
GR3 = iban("GR", "011" + "0438" + "0000438291045572")
GR4 = iban("GR", "014" + "0712" + "0712002002813667")
CY1 = iban("CY", "002" + "00195" + "0000357008145926")
DEG = iban("DE", "500105175407324931")
cg5mix = "%s, %s, %s, %s" % (CG[5][:4], el_say(CG[5][4:8]), CG[5][8:12], el_say(CG[5][12:]))

EL = [
    # --- name
    I("Καλησπέρα, με λένε [[name|Γιώργο Παπαδόπουλο]] και παίρνω για τον λογαριασμό μου."),
    I("λέγομαι [[name|Μαρία Κωνσταντίνου]] και έχω πρόβλημα με το ίντερνετ"),
    I("Καλημέρα σας, εδώ [[name|Κατερίνα]] από την εξυπηρέτηση πελατών, πώς μπορώ να σας βοηθήσω;"),
    I("Ευχαριστώ πολύ, κύριε [[name|Παπαδόπουλε]], μισό λεπτάκι να το ελέγξω."),
    I("κυρία [[name|Αλεξίου]], είστε ακόμα στη γραμμή;"),
    I("με λένε [[name|Αχμέτ Χασάν]], είμαι από τη Συρία αλλά μένω εδώ δέκα χρόνια"),
    I("Ονομάζομαι [[name|Αρμπέν Χότζα]] και θέλω να κάνω φορητότητα."),
    I("[[name|Ευάγγελος Τσακίρης]]", "Το ονοματεπώνυμό σας;"),
    I("ναι γεια σας ειμαι η [[name|ελενη μαυρου]] τηλεφωνησα και χθες"),
    I("Είμαι ο [[name|Δημήτρης]], ο γιος της κυρίας [[name|Σταυρούλας]], εκείνη έχει το συμβόλαιο."),
    I("λέγομαι [[name|Ιβάν Σαββίδης]], είμαι από τη Γεωργία, μιλάω λίγο ελληνικά"),
    I("Ευχαριστούμε, κυρία [[name|Ραφαηλίδου]], καλή σας μέρα."),
    I("με λένε [[name|Τζένιφερ Σάντος]], δουλεύω σε σπίτι στην Κηφισιά"),
    I("ΟΝΟΜΑΖΟΜΑΙ [[name|ΝΙΚΟΛΑΟΣ ΒΛΑΧΟΣ]]"),
    # --- phone
    I("το κινητό μου είναι [[phone|694 512 3378]]"),
    I("[[phone|%s]]" % el_say("697 42 15 880", gsep=", "), "Ένα τηλέφωνο επικοινωνίας;"),
    I("[[phone|%s]]" % el_pairs("69 44 12 34 56", gsep=" "), "Και το κινητό σας;"),
    I("Πάρτε με στο [[phone|+30 697 123 4480]] μετά τις πέντε."),
    I("σταθερό [[phone|210 6843 921]] αλλά δεν είμαι σχεδόν ποτέ σπίτι"),
    I("Στη Θεσσαλονίκη, [[phone|2310 452 118]]."),
    I("[[phone|%s]]" % el_groups("699 342 17 05"), "Πείτε μου έναν αριθμό να σας καλέσουμε."),
    I("Δηλαδή [[phone|6988 123 456]], σωστά;"),
    I("είμαι στην Κύπρο, [[phone|+357 99 482 317]]"),
    # --- email
    I("το email μου είναι [[email|giorgos.pap@gmail.com]]"),
    I("[[email|μαρία τελεία κωνσταντίνου παπάκι gmail τελεία com]]", "Ένα email;"),
    I("Είναι [[email|nikos κάτω παύλα 85 παπάκι yahoo τελεία gr]]."),
    I("στείλτε το στο [[email|e.mavrou@otenet.gr]] παρακαλώ"),
    I("[[email|kostas τελεία δημητρίου παπάκι hotmail τελεία com]]", "Το email σας;"),
    I("το μειλ μου ειναι [[email|a_hotza παπακι outlook τελεια com]]"),
    I("Το κινητό [[phone|6973 118 204]] και το μέιλ [[email|s.lazaridou@hotmail.gr]]."),
    # --- date of birth
    I("Γεννήθηκα στις [[date_of_birth|15 Μαρτίου 1978]]."),
    I("ημερομηνία γέννησης [[date_of_birth|03/07/1990]]"),
    I("[[date_of_birth|δεκαπέντε του τρία του ογδόντα οχτώ]]", "Ημερομηνία γέννησης;"),
    I("[[date_of_birth|είκοσι δύο Ιουνίου χίλια εννιακόσια εξήντα πέντε]]", "Και η ημερομηνία γέννησής σας;"),
    I("γεννηθηκα [[date_of_birth|7 μαιου 2001]]"),
    I("Η ημερομηνία γέννησης είναι [[date_of_birth|1η Οκτωβρίου 1959]]."),
    I("όχι συγγνώμη, [[date_of_birth|δώδεκα Ιουνίου ογδόντα τέσσερα]]"),
    I("[[name|Σοφία Λαζαρίδου]], γεννημένη [[date_of_birth|4/11/1993]]."),
    # --- card
    I("ο αριθμός της κάρτας είναι [[card|%s]]" % grp(CG[0])),
    I("[[card|%s]]" % el_say(grp(CG[1]), gsep=", "), "Πείτε μου τον αριθμό της κάρτας, τα δεκαέξι ψηφία."),
    I("[[card|%s]]" % el_pairs(grp(CG[3]))),
    I("American Express, [[card|%s]]" % grps(CG[2], [4, 6, 5])),
    I("[[card|%s]], αυτή είναι η χρεωστική" % CG[4]),
    I("Η credit card μου είναι [[card|%s]]." % cg5mix),
    I("Επαναλαμβάνω: [[card|%s]], σωστά;" % grp(CG[6], sep="-")),
    I("καρτα [[card|%s]] ληξη 08/27" % noacc(el_pairs(grp(CG[7])))),
    # --- iban
    I("Το IBAN μου είναι [[iban|%s]]." % grp(GR1)),
    I("[[iban|%s]]" % GR2, "Το IBAN για την επιστροφή;"),
    I("[[iban|GR %s]]" % el_pairs(grp(GR3[2:]), gsep=", "), "Διαβάστε μου το IBAN σας."),
    I("[[iban|τζι άρ %s]]" % el_say(grp(GR4[2:]), gsep=", ")),
    I("Ο λογαριασμός είναι στην Κύπρο, [[iban|%s]]." % grp(CY1)),
    I("δουλεύω στη Γερμανία, οπότε το IBAN είναι [[iban|%s]]" % grp(DEG)),
    # --- id
    I("ΑΦΜ [[id|%s]]" % AFM[0]),
    I("[[id|%s]]" % el_say(AFM[1]), "Τον ΑΦΜ σας, παρακαλώ."),
    I("Ο αριθμός φορολογικού μητρώου μου είναι [[id|%s]]." % AFM[2]),
    I("ΑΜΚΑ [[id|%s]]" % AMKA[0]),
    I("[[id|%s]]" % el_pairs(grps(AMKA[1], [6, 5])), "Το ΑΜΚΑ σας;"),
    I("αριθμός ταυτότητας [[id|ΑΚ 482913]]"),
    I("[[id|άλφα νι %s]]" % el_say("730215"), "Τον αριθμό της αστυνομικής σας ταυτότητας;"),
    I("[[id|%s]]" % grps(AFM[3], [3, 3, 3]), "Το ΑΦΜ σας;"),
    I("Όχι, λάθος, ο ΑΦΜ είναι [[id|%s]]." % AFM[4]),
    I("το αφμ της εταιρείας δεν το ξέρω, το δικό μου είναι [[id|%s]]" % el_groups(grps(AFM[5], [3, 3, 3]))),
    # --- address
    I("μένω στην [[address|Ερμού 25, Αθήνα 105 63]]"),
    I("[[address|Λεωφόρος Κηφισίας 124, Μαρούσι]]", "Η διεύθυνση εγκατάστασης;"),
    I("Η διεύθυνση είναι [[address|Τσιμισκή 48, 3ος όροφος, Θεσσαλονίκη]]."),
    I("[[address|Αγίου Νικολάου 7, Πάτρα 262 21]]", "Σε ποια διεύθυνση να σταλεί ο λογαριασμός;"),
    I("η διευθυνση ειναι [[address|οδος ανδρεα παπανδρεου 12 ηρακλειο κρητης]]"),
    I("Η διεύθυνσή μου είναι [[address|Λεωφόρος Μακαρίου 45, διαμέρισμα 302, Λευκωσία 1065]]."),
    I("στείλτε τον τεχνικό στην [[address|Πατησίων είκοσι οχτώ, τέταρτος όροφος, Αθήνα]]"),
    # --- non-personal
    I("Καλησπέρα σας, εξυπηρέτηση πελατών της Αιγαίον Τηλεπικοινωνίες, η κλήση καταγράφεται."),
    I("ο λογαριασμός ήρθε 87 ευρώ, πώς γίνεται αυτό;"),
    I("Έχω το πακέτο με τα 10 GB στα 15 ευρώ."),
    I("Παίρνω από την Αθήνα."),
    I("καλά είμαι ευχαριστώ, εσείς;"),
    I("Το ραντεβού είναι την Τρίτη στις 10:30."),
    I("Ο αριθμός παραγγελίας είναι %s." % bad("7730 4419 2281 0065")),
    I("περιμένω σαράντα λεπτά στη γραμμή"),
    I("Έχει έκπτωση 20% για τους πρώτους έξι μήνες."),
    I("Είμαι πελάτης σας από το 2010."),
    I("Το όνομά μου είναι στον λογαριασμό αλλά η γραμμή είναι της κόρης μου."),
    I("ο τεχνικός θα έρθει αύριο μεταξύ 9 και 1"),
    I("Πλήρωσα 120 ευρώ στις 3 Ιανουαρίου και ακόμα φαίνεται απλήρωτο."),
    I("Το δέμα έπρεπε να έρθει στις 12 Νοεμβρίου."),
    I("Χρόνια πολλά! Γιορτάζω σήμερα."),
    I("ο αριθμός αίτησης είναι %s" % bad("98342011")),
    I("μπορώ να μιλήσω με κάποιον υπεύθυνο;"),
    I("Γεννήθηκα στη Θεσσαλονίκη αλλά μένω στην Πάτρα."),
    I("το ρούτερ αναβοσβήνει κόκκινο από χθες"),
    I("Πατήστε 1 για λογαριασμούς ή 2 για τεχνική υποστήριξη."),
    I("Ο γιος μου κλείνει τα 18 τον Μάρτιο και θέλει δικό του συμβόλαιο."),
    I("η δόση είναι 24,90 το μήνα για 24 μήνες"),
    I("Η προθεσμία πληρωμής λήγει στις 25 του μήνα."),
    I("Ο κωδικός του αιτήματος είναι %s." % bad("9921 4580 7733 1046")),
    I("εντάξει ευχαριστώ πολύ, καλό απόγευμα"),
    I("Έχω κάνει τρία τηλέφωνα αυτή την εβδομάδα."),
    I("ειμαι 72 χρονων και δεν ξερω απο αυτα"),
    I("Το συμβόλαιο λήγει τον Σεπτέμβριο του 2025."),
    I("Η ταχύτητα είναι μόνο 4 Mbps ενώ πληρώνω για 100."),
    I("Πόσο κάνει το iPhone 16 Pro με πρόγραμμα;"),
    I("Μου είπαν ότι θα με πάρουν πίσω σε 48 ώρες."),
    I("Χρέωση περιαγωγής 0,19 λεπτά το λεπτό, είναι σωστό αυτό;"),
    I("Τον ΑΦΜ; Μισό λεπτό να βρω το εκκαθαριστικό."),
    I("Ο αριθμός του ρούτερ %s, είναι στο αυτοκόλλητο από κάτω." % el_say(bad("95340177"))),
    I("το κατάστημα στην Ερμού είναι ανοιχτό μέχρι τις εννιά;"),
    I("Συγγνώμη, δεν σας ακούω καλά, χαλάει η γραμμή."),
    I("Η επιστροφή χρημάτων γίνεται σε 7 με 10 εργάσιμες."),
    I("Είμαι στο Λονδίνο για δουλειά μέχρι τις 20 του μήνα."),
    I("Η προσφορά ισχύει έως τις 31 Δεκεμβρίου."),
    I("%s, αυτός είναι ο αριθμός του δέματος" % el_groups(bad("440 128 739 915"))),
    I("Έχω δύο γραμμές, μία καρτοκινητή και μία με συμβόλαιο."),
    I("Έκλεισε η γραμμή δύο φορές ενώ μιλούσαμε."),
    I("Μου ήρθε μήνυμα με έναν κωδικό έξι ψηφίων."),
    I("Τι είναι αυτή η χρέωση των 4,99 για υπηρεσίες τρίτων;"),
    I("Βάλτε με στην αναμονή, δεν πειράζει."),
    I("Ο λογαριασμός του Φεβρουαρίου ήταν 30 ευρώ παραπάνω."),
    I("Παπαδόπουλος και Σία Ο.Ε., είναι επαγγελματικός λογαριασμός."),
    I("ναι ναι σας ακούω πείτε μου"),
    I("Θέλω να μεταφέρω τον αριθμό μου από άλλη εταιρεία."),
    I("Η σύνδεση είναι στο εξοχικό, στη Χαλκιδική, μόνο το καλοκαίρι."),
]


# ===================================================================== main
def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in (("en", EN), ("ar", AR), ("he", HE), ("el", EL)):
        rows = render(items)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), "duplicate text in %s" % lang
        per = {k: 0 for k in KINDS}
        for r in rows:
            for s in r["spans"]:
                per[s["kind"]] += 1
        for k in KINDS:
            assert per[k] >= 6, (lang, k, per[k])
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        npers = sum(1 for r in rows if r["spans"])
        print("%s: %d items (%d personal, %d non-personal) spans: %s" % (
            lang, len(rows), npers, len(rows) - npers,
            ", ".join("%s=%d" % (k, per[k]) for k in KINDS)))


if __name__ == "__main__":
    main()
