#!/usr/bin/env python3
"""Blind held-out evaluation set 18 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session started by the project, working only from
a written brief. It never opened, listed or read the redactor, its rules, its
tests, or any other evaluation set or generator. Every line was composed from
general knowledge of how customers and agents talk on the phone in English,
Arabic, Hebrew and Greek, written the way a speech recogniser (Whisper-like)
transcribes them: mostly punctuated, sometimes lower case without punctuation,
with fillers, false starts, corrections, digits spoken as words, spelled values
and code-switching.

Output: data/redaction/blind18/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}                      # context is optional
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  computed here by searching for each span's substring, and asserted.
- context, when present, is an earlier line of the same call (not scored).
- Items with empty spans are non-personal and must come out unchanged.

All values are invented. Card numbers (Luhn), IBANs (mod 97, exact length per
country), Israeli IDs, Greek AFMs, Saudi IDs/Iqamas get computed check digits;
US SSNs use valid area/group/serial ranges. Long numbers in non-personal items
are asserted to FAIL those checks.

Run:  python3 benches/redaction/make_blind18.py     (standard library only,
deterministic; prints item and span counts per language and kind).
"""
import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = Path(__file__).resolve().parents[2] / "data" / "redaction" / "blind18"

# --------------------------------------------------------------------------
# check digits
# --------------------------------------------------------------------------
_DIGIT_TRANS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def ascii_digits(s):
    return s.translate(_DIGIT_TRANS)


def digits_of(s):
    return re.sub(r"\D", "", ascii_digits(s), flags=re.ASCII)


def luhn_ok(ds):
    total = 0
    for i, ch in enumerate(reversed(ds)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    """body = all digits but the last; returns the full Luhn-valid number."""
    n = luhn_complete(body)
    assert 13 <= len(n) <= 19 and luhn_ok(n), n
    return n


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "QA": 29, "KW": 30, "BH": 22,
            "LB": 28, "TR": 26, "NL": 18, "ES": 24, "IT": 27, "PS": 29, "MT": 31}


def _iban_int(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 4 and IBAN_LEN.get(s[:2]) == len(s) and s[2:4].isdigit()
            and s.isalnum() and _iban_int(s[4:] + s[:4]) % 97 == 1)


def iban(cc, bban):
    chk = 98 - _iban_int(bban + cc + "00") % 97
    s = f"{cc}{chk:02d}{bban}"
    assert iban_ok(s), s
    return s


def il_id_ok(ds):
    return len(ds) == 9 and luhn_ok(ds)


def il_id(body8):
    assert len(body8) == 8
    n = luhn_complete(body8)
    assert il_id_ok(n)
    return n


def afm_ok(ds):
    if len(ds) != 9 or not ds.isdigit():
        return False
    s = sum(int(ds[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(ds[8])


def afm(body8):
    assert len(body8) == 8
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def sa_id_ok(ds):
    return len(ds) == 10 and ds[0] in "12" and luhn_ok(ds)


def sa_id(body9):
    assert len(body9) == 9 and body9[0] in "12"
    n = luhn_complete(body9)
    assert sa_id_ok(n)
    return n


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


def ssn(a, g, n):
    s = f"{a}-{g}-{n}"
    assert ssn_ok(s), s
    return s


def bad(ds):
    """A non-personal number: assert it passes none of the personal checks."""
    d = digits_of(ds)
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), ds
    assert not il_id_ok(d) and not afm_ok(d) and not sa_id_ok(d), ds
    return ds


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


def ai(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def fmt4(s, sep=" "):
    """An IBAN (or any code) in groups of four."""
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------
# numbers spoken as words
# --------------------------------------------------------------------------
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]

AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد ثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "صفر واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEEN = {
    "msa": ["عشرة", "أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر",
            "ستة عشر", "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
    "gulf": "عشرة احدعش اثنعش ثلطعش اربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش".split(),
    "egy": "عشرة حداشر اتناشر تلاتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split(),
    "lev": "عشرة احدعش اطنعش تلطعش اربعطعش خمسطعش سطعش سبعطعش تمنطعش تسعطعش".split(),
    "mag": "عشرة حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split(),
}
AR_TENS = {
    "msa": ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "gulf": ["", "", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"],
    "egy": ["", "", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
    "lev": ["", "", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
    "mag": ["", "", "عشرين", "تلاتين", "ربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"],
}
HE_DF = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_DM = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה",
           "שש עשרה", "שבע עשרה", "שמונה עשרה", "תשע עשרה"]
HE_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TEEN = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
           "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια",
           "εφτακόσια", "οχτακόσια", "εννιακόσια"]


def _digit(lang, d, v):
    if lang == "en":
        return "oh" if (d == 0 and v == "oh") else EN_D[d]
    if lang == "ar":
        return AR_D[v or "msa"][d]
    if lang == "he":
        return (HE_DM if v == "m" else HE_DF)[d]
    if lang == "el":
        return EL_D[d]
    raise ValueError(lang)


def _num(lang, n, v):
    """n in 10..99 (el: 10..999) as one number."""
    t, u = divmod(n, 10)
    if lang == "en":
        if n < 20:
            return EN_TEEN[n - 10]
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    if lang == "ar":
        v = v or "msa"
        if n < 20:
            return AR_TEEN[v][n - 10]
        if not u:
            return AR_TENS[v][t]
        unit = AR_D[v][u] if not (v == "msa" and u == 2) else "اثنين"
        return f"{unit} و{AR_TENS[v][t]}"
    if lang == "he":
        if n < 20:
            return HE_TEEN[n - 10]
        return HE_TENS[t] + (" ו" + HE_DF[u] if u else "")
    if lang == "el":
        if n >= 100:
            h, r = divmod(n, 100)
            if r == 0:
                return EL_HUND[h]
            head = "εκατόν" if h == 1 else EL_HUND[h]
            return head + " " + (EL_D[r] if r < 10 else _num("el", r, v))
        if n < 20:
            return EL_TEEN[n - 10]
        return EL_TENS[t] + (" " + EL_D[u] if u else "")
    raise ValueError(lang)


def say(lang, ds, spec=None, sep=" ", v=None, double=False):
    """Speak the digit string ds. spec: groups such as "ddd nn dd" where each
    group of d's is spoken digit by digit and each group of n's as one number
    (a group starting with 0 is spoken digit by digit). v: dialect/variant
    (en: "oh"; ar: msa/gulf/egy/lev/mag; he: "m" for masculine)."""
    ds = digits_of(ds)
    spec = spec or "d" * len(ds)
    groups, i = [], 0
    for tok in spec.split():
        g = ds[i:i + len(tok)]
        i += len(tok)
        if tok[0] == "n" and g[0] != "0" and len(g) > 1:
            groups.append(_num(lang, int(g), v))
        else:
            words = [_digit(lang, int(c), v) for c in g]
            if double and lang == "en":
                merged, j = [], 0
                while j < len(words):
                    if j + 1 < len(words) and words[j] == words[j + 1]:
                        merged.append("double " + words[j])
                        j += 2
                    else:
                        merged.append(words[j])
                        j += 1
                words = merged
            groups.append(" ".join(words))
    assert i == len(ds), (ds, spec)
    return sep.join(groups)


# --------------------------------------------------------------------------
# items -> JSON lines
# --------------------------------------------------------------------------
LANGS = {"en": [], "ar": [], "he": [], "el": []}


def add(lang, text, *spans, ctx=None):
    """spans: (kind, substring) or (kind, substring, occurrence_index)."""
    LANGS[lang].append((text, spans, ctx))


def _check_value(lang, kind, sub):
    ds = digits_of(sub)
    if kind == "card" and len(ds) >= 13:
        assert 13 <= len(ds) <= 19 and luhn_ok(ds), sub
    elif kind == "iban":
        compact = re.sub(r"[\s\-.,]", "", ascii_digits(sub))
        if re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9]{10,30}", compact):
            assert iban_ok(compact), sub
    elif kind == "id":
        if lang == "he" and len(ds) == 9:
            assert il_id_ok(ds), sub
        elif lang == "el" and len(ds) == 9:
            assert afm_ok(ds), sub
        elif lang == "ar" and len(ds) == 10:
            assert sa_id_ok(ds), sub
        elif lang == "en" and len(ds) == 9:
            assert ssn_ok(ds) or il_id_ok(ds) or afm_ok(ds), sub
        elif lang == "en" and len(ds) == 10:
            assert sa_id_ok(ds), sub


_RUN = re.compile(r"\d(?:[ \-.]?\d)*", re.ASCII)


def _check_nonpersonal(text):
    t = ascii_digits(text)
    for m in _RUN.finditer(t):
        ds = digits_of(m.group())
        assert not (13 <= len(ds) <= 19 and luhn_ok(ds)), (text, ds)
        assert not il_id_ok(ds) and not afm_ok(ds) and not sa_id_ok(ds), (text, ds)
        assert not re.fullmatch(r"\d{3}-\d{2}-\d{4}", m.group()), text
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,34}", t):
        assert not iban_ok(m.group().rstrip()), text
    assert "@" not in text, text


def build(lang):
    rows, seen = [], set()
    for text, spans, ctx in LANGS[lang]:
        assert text == text.strip() and text not in seen, text
        seen.add(text)
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (text, sub)
            sb = sub.encode("utf-8")
            hits = [m.start() for m in re.finditer(re.escape(sb), b)]
            if occ is None:
                assert len(hits) == 1, (text, sub, len(hits))
                start = hits[0]
            else:
                start = hits[occ]
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            _check_value(lang, kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], (text, a, c)
        if not out:
            _check_nonpersonal(text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


# === DATA ===


# ---- English, part 1 -----------------------------------------------------
# Calls: UK (Leeds) pharmacy repeat prescription; US (Houston) self-storage;
# Irish (Cork) wedding florist; Australian (Brisbane) newspaper subscription;
# Indian caller in Riyadh booking an air-conditioner installation.
E = "en"

# A. pharmacy, Leeds
add(E, "Good morning, you're through to Hollins Lane Pharmacy, Dev speaking, how can I help?",
    ("name", "Dev"))
add(E, "Oh hello love, yes, it's Margaret Thwaite here, I'm ringing about me repeat prescription.",
    ("name", "Margaret Thwaite"))
_q = "Lovely, thanks Margaret. Can I just take your date of birth so I can find you on the system?"
add(E, _q, ("name", "Margaret"))
add(E, "Aye, it's the ninth of November, nineteen forty-seven.",
    ("date_of_birth", "ninth of November, nineteen forty-seven"), ctx=_q)
add(E, "Right, I can see you. So that's the amlodipine five milligram and the omeprazole twenty, "
       "twenty-eight of each, and they'll be ready Thursday after two.")
add(E, "It's nine pound ninety an item now, or there's the prepayment certificate, thirty-two pound "
       "five for three months, which works out cheaper if you're on four items.")
add(E, "your last lot was picked up on the fourteenth of march so you're due anyway")
_ph = say(E, "01134960027", "dddd ddd dddd", sep=", ", v="oh", double=True)
add(E, f"Can you ring me when it's in? {_ph}. That's the house phone, I don't do the mobile.",
    ("phone", _ph))
_q = "Or we can deliver it, is it still 14 Back Nook Terrace, Horsforth?"
add(E, _q, ("address", "14 Back Nook Terrace, Horsforth"))
add(E, "No, I've moved in with me daughter, it's 3 Wharfedale View, Yeadon, LS19 7QT now.",
    ("address", "3 Wharfedale View, Yeadon, LS19 7QT"), ctx=_q)
add(E, "No problem. Deliveries to Yeadon are Tuesdays and Fridays, driver's out between ten and one, "
       "and there's no charge for the over sixty-fives.")

# B. self-storage, Houston
add(E, "thank you for calling lone star self storage on westheimer this is kayleigh how can i help you",
    ("name", "kayleigh"))
add(E, "Hi, yeah, my name's DeShawn, DeShawn Mitchell. I got a ten by fifteen with y'all and I wanna "
       "downsize to a ten by ten.", ("name", "DeShawn", 0), ("name", "DeShawn Mitchell"))
add(E, "Okay so the ten by ten climate controlled is a hundred twenty-nine a month, and the first "
       "month is one dollar with the summer promo.")
add(E, "You'd be moving from unit C214 to B108 on the ground floor, your gate code stays the same, "
       "and the old unit needs to be empty by the 30th.")
c = card("601100927734815")
_g = [say(E, c[i:i + 4], v="oh") for i in range(0, 16, 4)]
_sp = f"{_g[0]}, uh, {_g[1]}, {_g[2]}, {_g[3]}"
add(E, f"Can we switch the autopay to my Discover? It's {_sp}.", ("card", _sp))
_ph = say(E, "7134482609", "ddd ddd dddd", sep=", ", v="oh")
add(E, f"best number for the gate alerts is {_ph}", ("phone", _ph))
add(E, "office hours are nine to six monday to saturday but the gate's open six a m to ten p m "
       "every day")
add(E, "Alright, Mr. Mitchell, you're all set, you'll get a text with the new unit number and the "
       "lease addendum.", ("name", "Mitchell"))

# C. wedding florist, Cork
add(E, "Hiya, Blossom and Briar, Ciarán speaking.", ("name", "Ciarán"))
add(E, "Hi, it's Siobhán Ní Dhonnchadha here, I was after ringing yesterday about the flowers for "
       "the wedding.", ("name", "Siobhán Ní Dhonnchadha"))
add(E, "So that's the bridal bouquet, four bridesmaids, six buttonholes and the two pedestals for "
       "St. Multose in Kinsale, Saturday the twenty-second of August.")
add(E, "Peonies'll be gone by then, so we'd go with garden roses and sweet pea, it'd come to about "
       "three hundred and forty euro all in.")
_q = "Grand. And Siobhán, how are you spelling the surname for the invoice?"
add(E, _q, ("name", "Siobhán"))
add(E, "Dhonnchadha. D, H, O, N, N, C, H, A, D, H, A.",
    ("name", "Dhonnchadha"), ("name", "D, H, O, N, N, C, H, A, D, H, A"), ctx=_q)
add(E, "Send it to shiv underscore n d eighty-eight at eircom dot net, that's the one I check.",
    ("email", "shiv underscore n d eighty-eight at eircom dot net"))
add(E, "We'd take a hundred euro deposit today, and that's refundable up to thirty days before.")
ib = iban("IE", "AIBK93104538772106")
add(E, f"If anything's refunded put it back to my account so, it's {fmt4(ib)}.", ("iban", fmt4(ib)))
add(E, "And on the morning of, deliver the bride's flowers to my mam's house, 7 Lower Glanmire Road, "
       "Tivoli, T23 KX94.", ("address", "7 Lower Glanmire Road, Tivoli, T23 KX94"))
_ph = say(E, "0872145590", "ddd ddd dddd", sep=", ", v="oh", double=True)
add(E, f"Best to get me on the mobile, {_ph}, I'm in work till five.", ("phone", _ph))

# D. newspaper subscription, Brisbane
add(E, "G'day, you've reached the River City Times subscriptions team, Mick speaking.",
    ("name", "Mick"))
add(E, "Yeah hi, it's Kylie here, Kylie Tran, um, the paper's been turning up soaking wet every "
       "second morning.", ("name", "Kylie", 0), ("name", "Kylie Tran"))
add(E, "Sorry to hear that. You're on the seven-day print plus digital, that's eleven fifty a week, "
       "billed every four weeks on a Tuesday.")
add(E, "Just confirming the delivery address, unit 3, 42 Boundary Street, West End, 4101?",
    ("address", "unit 3, 42 Boundary Street, West End, 4101"))
add(E, "Yeah the run's done by about half five and the sprinklers next door come on at six, that'll "
       "be it.")
add(E, f"I'll put a credit on for the last three weeks, that's thirty-four fifty, and I've logged it "
       f"under case {bad('77810092')}.")
c = card("531288402716559")
_g = [say(E, c[i:i + 4], v="oh", double=True) for i in range(0, 16, 4)]
_sp = ", ".join(_g)
add(E, f"While I've got you, can I update the card? New one's {_sp}.", ("card", _sp))
add(E, "email for the digital login is k dot tran eighty-one at bigpond dot com, all lower case",
    ("email", "k dot tran eighty-one at bigpond dot com"))
_ph = say(E, "0412339805", "dddd ddd ddd", sep=", ", v="oh", double=True)
add(E, f"And the mobile's {_ph}.", ("phone", _ph))
add(E, "No worries Kylie, that's all sorted, you'll see the credit on the next bill.",
    ("name", "Kylie"))

# E. air-conditioner installation, Riyadh (Indian caller)
add(E, "Good evening sir, Cool Breeze Air Conditioning, my name is Rahul, how may I help you?",
    ("name", "Rahul"))
add(E, "Hello, myself Venkatesh Subramanian, actually I booked one split AC installation for "
       "Thursday only but nobody came.", ("name", "Venkatesh Subramanian"))
add(E, "Sorry sir, Thursday the team was stuck at another site. It's the one point five ton inverter, "
       "model GS-18XPUV, correct? I can give Sunday between 2 and 5 PM.")
iq = sa_id("243187059")
_sp = (f"{say(E, iq[:4])}, {say(E, iq[4:7])}, {say(E, iq[7])} six, sorry sorry, "
       f"{say(E, iq[7:])}")
add(E, f"The building watchman is asking iqama number of the tenant for the gate pass, so note it, "
       f"{_sp}.", ("id", _sp))
_ph = say(E, "0553184420", "dddd ddd ddd", sep=", ", double=True)
add(E, f"You can call me on {_ph}, WhatsApp also same number.", ("phone", _ph))
add(E, "Address is building 7432, Prince Sultan Street, Al Malqa district, Riyadh 13524, third floor "
       "flat 9, near Panda hypermarket.",
    ("address", "building 7432, Prince Sultan Street, Al Malqa district, Riyadh 13524, third floor "
                "flat 9"))
add(E, "Total is 1,850 riyals with copper pipe up to three metres, extra pipe is 60 riyals per metre, "
       "and the wall bracket is 120.")
c = card("446404381275590")
add(E, f"I will pay advance by card only, it is mada card, {grp(c, [4, 4, 4, 4])}.",
    ("card", grp(c, [4, 4, 4, 4])))
ib = iban("SA", "80000519608011274530")
add(E, f"If Sunday also you cancel, refund to my Al Rajhi account, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(E, "Okay Mr. Venkatesh, noted, Sunday 2 to 5, the technician will call you half an hour before "
       "coming.", ("name", "Venkatesh"))

# ---- English, part 2 -----------------------------------------------------
# Calls: US (Columbus) escape-room party booking; UK (London) auction-house
# consignment; Nigerian (Lagos) online car-parts shop; Greek-Australian caller
# booking a yoga retreat in Crete; Irish (Dublin) airport parking.

# F. escape room, Columbus
add(E, "Hi, um, I wanted to book the Pharaoh's Tomb room for my daughter's thirteenth birthday, "
       "there'd be like eleven kids?")
add(E, "So Pharaoh's Tomb maxes out at ten, but we could split you between Pharaoh's Tomb and "
       "Sherlock's Study, both at 4:15 on Saturday the 19th.")
_q = "Sure thing, and can I get a name for the booking?"
add(E, "Yeah, it's Jenna Kowalczyk, that's K-O-W-A-L-C-Z-Y-K.",
    ("name", "Jenna Kowalczyk"), ("name", "K-O-W-A-L-C-Z-Y-K"), ctx=_q)
add(E, "It's thirty-two a head, so three fifty-two plus tax, and the fifty dollar deposit comes off "
       "the total on the day.")
c = card("34910772361552")
_sp = ", ".join(say(E, g, v="oh") for g in (c[:4], c[4:10], c[10:]))
add(E, f"Okay, it's an Amex, {_sp}.", ("card", _sp))
add(E, "And the confirmation goes to jenna.kowalczyk84@outlook.com, right?",
    ("email", "jenna.kowalczyk84@outlook.com"))
add(E, "Perfect. Doors open fifteen minutes early, the game itself is sixty minutes, and you get the "
       "party room for forty-five minutes after for cake.")

# G. auction house, London
add(E, "Good afternoon, Hartley and Crewe valuations desk, how can I help?")
add(E, "Hello, yes. My name is Rupert Ashdown-Fell and I've a pair of Georgian candlesticks I'd like "
       "to put into one of your sales.", ("name", "Rupert Ashdown-Fell"))
add(E, "Lovely. Our next silver sale is on the 12th of June, the catalogue goes live three weeks "
       "before, and silver usually runs lots 140 to 210.")
add(E, "Seller's commission is fifteen percent plus VAT, and for a pair like that I'd expect an "
       "estimate of eight hundred to twelve hundred pounds.")
_q = ("Before we can register you as a seller I need to run the anti-money-laundering check, so "
      "could I take your date of birth?")
add(E, "Of course. Third of February, 1958.", ("date_of_birth", "Third of February, 1958"), ctx=_q)
add(E, "And they can be collected from my address, The Old Rectory, Church Lane, Little Bardfield, "
       "Essex, CM7 4TS.",
    ("address", "The Old Rectory, Church Lane, Little Bardfield, Essex, CM7 4TS"))
ib = iban("GB", "LOYD30962517493306")
_sp = f"{ib[:2]} {ib[2:4]}, L O Y D, {grp(ib[8:], [6, 8])}"
add(E, f"Proceeds by bank transfer, please. The IBAN is {_sp}.", ("iban", _sp))

# H. car parts, Lagos
add(E, "Good afternoon ma. My name is Chukwuemeka Okonkwo, but everybody calls me Emeka. I ordered "
       "brake pads for Corolla 2012 and they sent me the ones for Camry.",
    ("name", "Chukwuemeka Okonkwo"), ("name", "Emeka"))
add(E, "Ah, sorry about that sir. I can see order AS-4471-0983, delivered Tuesday the 3rd. The Camry "
       "pads are thirty-eight thousand five hundred naira, the Corolla ones are thirty-two thousand.")
add(E, "For the pickup, my address is No. 12 Adeola Odeku Street, Victoria Island, second floor, "
       "suite 4, it's beside Zenith Bank.",
    ("address", "No. 12 Adeola Odeku Street, Victoria Island, second floor, suite 4"))
_sp = f"{say(E, '0803')}, {say(E, '412')}, 7756"
add(E, f"The rider can call me on {_sp}.", ("phone", _sp))
c = card("506104023317884012")
add(E, f"And I want to pay for the correct ones now, use my Verve card, {grp(c, [4, 4, 4, 4, 3])}.",
    ("card", grp(c, [4, 4, 4, 4, 3])))
add(E, "Send the receipt to emeka dot okonkwo at yahoo dot com.",
    ("email", "emeka dot okonkwo at yahoo dot com"))
add(E, f"Done sir. Corolla pads, part number {bad('04465-02220')}, will ship today and should reach "
       f"you Friday before 6pm.")

# I. yoga retreat in Crete, caller from Melbourne
add(E, "Yes, the seven-night retreat runs from the 3rd to the 10th of October, it's 1,450 euro twin "
       "share or 1,900 for a single, and room 6 is the only single left.")
c = card("453977012648830")
_sp = ", ".join(say(E, c[i:i + 4], v="oh", double=True) for i in range(0, 16, 4))
add(E, f"Can I put the deposit on my Visa? {_sp}.", ("card", _sp))
_q = "For the registration form I need your full date of birth, sorry."
add(E, "No worries, 23/04/1979.", ("date_of_birth", "23/04/1979"), ctx=_q)
a = afm("14620357")
add(E, f"Oh and can the invoice have my AFM on it, I've got one from when we inherited my yiayia's "
       f"place. It's {grp(a, [3, 3, 3])}.", ("id", grp(a, [3, 3, 3])))
add(E, "Sure, send everything to eleni underscore papas at outlook dot com.",
    ("email", "eleni underscore papas at outlook dot com"))
ib = iban("GR", "01722610005226038114270")
add(E, f"Any refund can go to my Greek account, the one at Piraeus, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(E, "The transfer from Chania airport is forty euro each way, but for flights landing after 9pm "
       "we can't do it.")

# J. airport parking, Dublin
add(E, "Hiya, I'm ringing about a booking I made online for the long term car park, the Blue one, "
       "I want to change the dates.")
add(E, "No bother. So you're in on the fourteenth at half five in the morning, back the twenty-first "
       "on the EI 164, landing ten past nine, that's eight days.")
add(E, "Moving it to the sixteenth to the twenty-third is the same price, seventy-nine ninety-nine, "
       "and there's no change fee if it's more than forty-eight hours out.")
c = card("222300486715337")
_sp = " ".join(say(E, c[i:i + 4], v="oh", double=True) for i in range(0, 16, 4))
add(E, f"yeah put it on this one instead {_sp}", ("card", _sp))
_sp = (f"plus {say(E, '353')}, {say(E, '85')}, "
       f"{say(E, '7710462', 'ddd dddd', sep=', ', v='oh', double=True)}")
add(E, f"If there's a problem text me, I'm on {_sp}.", ("phone", _sp))
ib = iban("IE", "BOFI90583316620417")
add(E, f"And the first booking, can you refund that to the bank, the old card's cancelled. It's "
       f"{fmt4(ib)}.", ("iban", fmt4(ib)))

# ---- English, part 3 -----------------------------------------------------
# Calls: UK (Bromley) private-school admissions, Nigerian-British parent;
# US (New Jersey) youth-soccer coach background check; US (Arizona) ambulance
# billing; Welsh rail delay-repay claim; American immigrant in Israel calling
# the English line of a vitamins and supplements web shop.

# K. school admissions, Bromley
add(E, "Good morning, St. Aldhelm's admissions office, how can I help?")
add(E, "Morning. I'm calling about Year 7 entry for September, we missed the open morning on the 4th "
       "and I wanted to know if the assessment is still the 18th of January.")
add(E, "It is, Saturday the 18th at nine, registration is a hundred and fifty pounds, non-refundable, "
       "and the bursary forms close on the 30th of November.")
_q = "And what's your son's date of birth?"
add(E, "He was born on the 2nd of August 2013, so he's one of the youngest in his year.",
    ("date_of_birth", "2nd of August 2013"), ctx=_q)
add(E, "Our home address is 58 Ravensbourne Avenue, Bromley, BR2 0AU.",
    ("address", "58 Ravensbourne Avenue, Bromley, BR2 0AU"))
_ph = say(E, "07700900412", "ddddd dddddd", v="oh", double=True)
add(E, f"Best number is {_ph}, that's my mobile.", ("phone", _ph))
add(E, "And e-mail, s-e-u-n dot adeyemi at btinternet dot com.",
    ("email", "s-e-u-n dot adeyemi at btinternet dot com"))
ib = iban("DE", "760700240318842715")
add(E, f"The fees will come from my husband's account in Frankfurt, he works there, so it's a German "
       f"IBAN, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(E, "Fees are six thousand two hundred and forty pounds a term, lunches included, and there's a "
       "five percent sibling discount from the second child.")

# L. youth soccer league, New Jersey
add(E, "Hey, I'm coaching the under-tens this fall and the portal keeps rejecting my background "
       "check, it says error 4031.")
s1 = ssn("219", "44", "6031")
_q = "Okay, let me run it manually, what's the social you entered?"
_sp = ", ".join(say(E, p, v="oh") for p in s1.split("-"))
add(E, f"{_sp}.", ("id", _sp), ctx=_q)
add(E, f"So that's {s1}, okay, I see it, the portal had the three and the one switched.",
    ("id", s1))
add(E, "and date of birth is seven twelve eighty-eight",
    ("date_of_birth", "seven twelve eighty-eight"))
add(E, "Could you email the clearance to tbrennan underscore coach at gmail dot com?",
    ("email", "tbrennan underscore coach at gmail dot com"))
add(E, "Season starts September 7th, practices are Tuesdays and Thursdays 5:30 to 7 at Veterans "
       "Field, and you've got fourteen kids on the roster.")

# M. ambulance billing, Arizona
add(E, "Hi, it's for me, Gloria Esparza, I was taken to Banner Desert on April second and I got a "
       "bill I don't understand.", ("name", "Gloria Esparza"))
add(E, "Sure. The transport on April 2nd was billed at eighteen forty-seven sixty, insurance paid "
       "twelve twelve forty, so your balance is six thirty-five twenty.")
_q = "Okay, for verification, your date of birth?"
add(E, "Oh-three, fifteen, nineteen sixty-two.",
    ("date_of_birth", "Oh-three, fifteen, nineteen sixty-two"), ctx=_q)
s2 = ssn("584", "17", "2290")
add(E, f"The form you sent asks for the whole social security number, so it's {s2.replace('-', ' ')}.",
    ("id", s2.replace("-", " ")))
s3 = ssn("331", "08", "4475")
_sp = (f"{say(E, '331')}, {say(E, '08', v='oh')}, {say(E, '447')}... no wait, "
       f"{say(E, '4475')}")
assert s3.replace("-", "") == "331084475"
add(E, f"And my husband is the guarantor, his social is {_sp}.", ("id", _sp))
add(E, "His birthday is June 30th, 1959.", ("date_of_birth", "June 30th, 1959"),
    ctx="I'll need the guarantor's date of birth as well.")
add(E, "Mailing address is 2217 East Saguaro Vista Drive, Apartment 112, Mesa, Arizona 85204.",
    ("address", "2217 East Saguaro Vista Drive, Apartment 112, Mesa, Arizona 85204"))
c = card("414720938851107")
_sp = f"{c[:4]} {c[4:8]}, {say(E, c[8:12])}, {say(E, c[12:], v='oh')}"
add(E, f"I can do the payment plan, put the first hundred on my card, {_sp}.", ("card", _sp))
add(E, "Okay, so a hundred today and then fifty-three seventy-seven a month for ten months, the "
       "first one on the fifteenth.")

# N. rail delay repay, Wales
add(E, "The 17:42 from Cardiff Central to Swansea was cancelled so I got the 18:12 instead and I got "
       "in fifty-eight minutes late.")
add(E, "ticket reference is 9KX4T2LQ it was an off peak return twenty three pounds eighty")
add(E, "For a delay of thirty to fifty-nine minutes you get fifty percent of the single fare back, "
       "so that'd be five ninety-five, paid within twenty-eight days.")
add(E, "my email's g pryce seven one at icloud dot com",
    ("email", "g pryce seven one at icloud dot com"))
ib = iban("GB", "BARC20315572910438")
add(E, f"I'd rather have it by bank transfer than a voucher, if that's alright. {fmt4(ib)}.",
    ("iban", fmt4(ib)), ctx="You can have it as a rail voucher or a bank transfer.")
add(E, "Right you are, claim number DR-20931, you'll get an email within 5 working days.")

# O. supplements web shop, English line, Israel
add(E, "Hi, you've reached the English line at Shemesh Naturals, how can I help?")
add(E, "Hi, this is Yehuda Feldman, I ordered the vitamin D drops and the magnesium last week and "
       "nothing's come.", ("name", "Yehuda Feldman"))
t = il_id("32718405")
_q = "I can look it up by your teudat zehut number."
add(E, f"Sure, it's {' '.join(t)}.", ("id", " ".join(t)), ctx=_q)
_sp = say(E, t, "ddd ddd ddd", sep=", ", v="oh")
add(E, f"Let me read it back, {_sp}?", ("id", _sp))
add(E, "The magnesium was back-ordered, it ships on the 12th with Israel Post, tracking "
       f"RR{bad('482219006')}IL.")
add(E, "You can reach me on +972 58 662 4193, WhatsApp is best.", ("phone", "+972 58 662 4193"))
add(E, "Deliver to Rehov Nahal Sorek 19, apartment 6, Beit Shemesh, the building with the blue gate.",
    ("address", "Rehov Nahal Sorek 19, apartment 6, Beit Shemesh"))
add(E, "It's 14.02.1986.", ("date_of_birth", "14.02.1986"),
    ctx="And for the birthday club discount I need your date of birth.")
ib = iban("IL", "0127360000000418827")
add(E, f"For the missing item I'd rather a refund to my bank account, {fmt4(ib)}.",
    ("iban", fmt4(ib)))

# ---- Arabic, part 1 ------------------------------------------------------
# Calls: Saudi (Gulf) Umrah travel agency; Egyptian pharmacy delivery;
# Jordanian (Levantine) private-school enrolment; Emirati oud and perfume web
# shop; Saudi vehicle-inspection centre (MSA agent, Sudanese caller);
# Lebanese wedding zaffa troupe.
A = "ar"

# A. Umrah agency, Riyadh (Gulf)
add(A, "السلام عليكم، مؤسسة الروضة للحج والعمرة، معك فهد، تفضل.", ("name", "فهد"))
add(A, "وعليكم السلام، هلا والله، معك عبدالله بن سعد القحطاني، أبي أحجز عمرة لي وللأهل بالعشر "
       "الأواخر.", ("name", "عبدالله بن سعد القحطاني"))
add(A, "حياك الله. عندنا باقة العشر الأواخر، الفندق على بعد ثلاث مية متر من الحرم، أربع ليالي، "
       "بثلاثة آلاف وتسع مية ريال للشخص.")
add(A, "والباص يطلع من الرياض يوم عشرين رمضان الساعة عشر الصبح، والرجعة يوم خمسة وعشرين، والأطفال "
       "تحت ست سنين بنص السعر.")
_q = "طيب يا أبو فيصل، أبي رقم الهوية الوطنية حقتك عشان التصريح."
add(A, _q, ("name", "أبو فيصل"))
sid = sa_id("105328847")
_sp = say(A, sid, "dddd ddd ddd", sep="، ", v="gulf")
add(A, f"ايه، سجل عندك: {_sp}.", ("id", _sp), ctx=_q)
add(A, f"أعيد عليك: {grp(sid, [4, 3, 3])}، صح؟", ("id", grp(sid, [4, 3, 3])))
sid2 = sa_id("107740296")
add(A, f"وهوية الزوجة {ai(sid2)}، والعيال ما عندهم هوية، مضافين في سجل الأسرة.",
    ("id", ai(sid2)))
add(A, "اثنعش ثلاثة ألف وأربع مية وخمسة.", ("date_of_birth", "اثنعش ثلاثة ألف وأربع مية وخمسة"),
    ctx="وتاريخ ميلادك بالهجري لو سمحت؟")
_sp = say(A, "0538214667", "ddd ddd dddd", v="gulf")
add(A, f"وجوالي {_sp}، عليه واتساب.", ("phone", _sp))
c = card("588845120736491")
add(A, f"العربون أبي أدفعه بمدى، رقم البطاقة {ai(grp(c, [4, 4, 4, 4]))}.",
    ("card", ai(grp(c, [4, 4, 4, 4]))))
ib = iban("SA", "10000034518826007194")
add(A, f"ولو انلغى الحجز رجعوا المبلغ على الآيبان {fmt4(ib)}.", ("iban", fmt4(ib)))
add(A, "وعنواني الوطني ٨٤٢٢ شارع عثمان بن عفان، حي النرجس، الرياض ١٣٣٢٧.",
    ("address", "٨٤٢٢ شارع عثمان بن عفان، حي النرجس، الرياض ١٣٣٢٧"))
add(A, f"الدفعة الثانية تنسدد قبل خمسطعش شعبان، ورقم الحجز {ai('44027')}، والتذاكر توصلك قبل "
       f"السفر بيومين.")

# B. pharmacy delivery, Cairo (Egyptian)
add(A, "صيدليات الشفاء، معاك دينا، أؤمر يا فندم.", ("name", "دينا"))
add(A, "أيوه يا فندم، أنا محمود عبد الفتاح، عايز أطلب علاج الضغط بتاع الحاجة، وكمان شريط بنادول.",
    ("name", "محمود عبد الفتاح"))
add(A, "تمام يا فندم، الكونكور خمسة مللي العلبة بتلاتة وسبعين جنيه، والبنادول إكسترا بخمسة وأربعين، "
       "والتوصيل خمستاشر جنيه.")
add(A, "الحاجة مواليد عشرة أربعة سنة ستة وخمسين.",
    ("date_of_birth", "عشرة أربعة سنة ستة وخمسين"),
    ctx="الروشتة دي على التأمين، محتاجة تاريخ ميلاد الحاجة.")
_sp = say(A, "01147309628", "ddd dddd dddd", sep="، ", v="egy")
add(A, f"رقمي {_sp}، ولو مش برد ابعتلي رسالة.", ("phone", _sp))
add(A, "العنوان ١٤ شارع مصدق، الدقي، الدور التالت شقة ٧، جنب بنزينة موبيل.",
    ("address", "١٤ شارع مصدق، الدقي، الدور التالت شقة ٧"))
c = card("455702118346920")
_sp = " ".join(say(A, c[i:i + 4], v="egy") for i in range(0, 16, 4))
add(A, f"هدفع بالفيزا عشان مفيش فكة، الرقم {_sp}.", ("card", _sp))
add(A, f"الطلب هيوصل خلال ساعة إلا ربع، ورقم الأوردر {ai('55317')}، والطيار معاه الماكينة.")
add(A, "تمام يا أستاذ محمود، الطيار هيكلمك قبل ما يوصل بعشر دقايق.", ("name", "محمود"))
add(A, "وفي خصم عشرة في المية على الفاتورة لو الطلب فوق تلتمية جنيه، والعرض لحد آخر الشهر.")

# C. private school enrolment, Amman (Levantine)
add(A, "مدرسة الأفق الدولية، قسم القبول والتسجيل، معك رنا، كيف بقدر أساعدك؟", ("name", "رنا"))
add(A, "مرحبا، أنا هبة الخطيب، بدي أسجل ابني بالصف الأول للسنة الجاية إن شاء الله.",
    ("name", "هبة الخطيب"))
add(A, "أهلين. الرسوم للصف الأول ألفين وتسعمية دينار بالسنة، بتندفع على أربع دفعات، وفي خصم خمسة "
       "بالمية للإخوة.")
add(A, "هو مواليد سبعطعش تسعة ألفين وتسعطعش.", ("date_of_birth", "سبعطعش تسعة ألفين وتسعطعش"),
    ctx="شو تاريخ ميلاد الولد؟")
add(A, "امتحان القبول يوم السبت ستة نيسان الساعة تسعة ونص، وبياخد تقريباً ساعة ونص.")
_sp = say(A, "0795613482", "ddd ddd dddd", sep="، ", v="lev")
add(A, f"رقمي {_sp}، وإذا ما رديت ابعتيلي مسج.", ("phone", _sp))
add(A, "ساكنين في خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني.",
    ("address", "خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني"))
add(A, "الإيميل تبعي heba.khatib90@gmail.com، كل الإيميلات بتوصلني عليه.",
    ("email", "heba.khatib90@gmail.com"))
ib = iban("JO", "ARAB1235000000127741903500")
add(A, f"وإذا بدكم ترجعوا رسوم التسجيل، الآيبان تبعي {fmt4(ib)}.", ("iban", fmt4(ib)))
add(A, "الزي المدرسي بينباع من المدرسة، الطقم بخمسة وتلاتين دينار، والكتب بمية وعشرين.")

# D. oud and perfume web shop, Dubai (Gulf)
add(A, "مساء الخير، عطور الريم أونلاين، معاك مريم، كيف أقدر أخدمك؟", ("name", "مريم"))
add(A, "مساء النور، أنا سيف الكتبي، طلبت دهن عود كمبودي من أسبوع وللحين ما وصلني.",
    ("name", "سيف الكتبي"))
add(A, f"الطلب رقم {ai('88214')} طلع من المستودع يوم الأحد، التولة الكمبودي بألف ومية وخمسين درهم، "
       f"والشحن مجاني فوق خمسمية.")
_q = "العنوان المسجل عندي فيلا ٤٢، سكة ١٥، البرشاء الثالثة، دبي، صح؟"
add(A, _q, ("address", "فيلا ٤٢، سكة ١٥، البرشاء الثالثة، دبي"))
add(A, "لا، هذا القديم. الحين أنا ساكن في الخوانيج الأولى، فيلا ٨، شارع ٥ب.",
    ("address", "الخوانيج الأولى، فيلا ٨، شارع ٥ب"), ctx=_q)
_sp = say(A, "0507734128", "ddd ddd dddd", sep="، ", v="gulf").replace("صفر", "زيرو")
add(A, f"رقمي {_sp}، خل المندوب يتصل قبل لا يوصل.", ("phone", _sp))
add(A, "ابعثولي الفاتورة على الإيميل: سيف أندرسكور كي تي بي آت هوتميل دوت كوم.",
    ("email", "سيف أندرسكور كي تي بي آت هوتميل دوت كوم"))
c = card("521034996180772")
add(A, f"وأبي أطلب بخور بعد، ادفع بالبطاقة {grp(c, [4, 4, 4, 4])}.", ("card", grp(c, [4, 4, 4, 4])))
ib = iban("AE", "0260004193377581024")
add(A, f"والمبلغ الزايد رجعوه على حسابي في الإمارات دبي الوطني، {fmt4(ib)}.", ("iban", fmt4(ib)))
add(A, "البخور المروكي عليه عرض، اشتر اثنين وخذ الثالث مجاناً، لين آخر الشهر.")

# E. vehicle inspection centre, Saudi Arabia (MSA agent, Sudanese caller)
add(A, "مركز الفحص الدوري للمركبات، معك المشرف خالد العتيبي، تفضل.", ("name", "خالد العتيبي"))
add(A, "السلام عليكم يا أخي، معاك عثمان الطيب، عايز أحجز موعد فحص للعربية.", ("name", "عثمان الطيب"))
add(A, "المواعيد المتاحة يوم الثلاثاء الساعة الثامنة وعشر دقائق أو الأربعاء الساعة الواحدة والنصف، "
       "والرسوم مئة وثلاثة وخمسون ريالاً شاملة الضريبة.")
add(A, "السيارة هايلكس موديل ألفين وخمسطعش، وآخر فحص كان في شهر عشرة، يعني منتهي من أسبوعين.")
iq = sa_id("241590738")
_sp = say(A, iq, "dddd ddd ddd", sep="، ", v="egy")
add(A, f"تمام، رقم الإقامة {_sp}.", ("id", _sp), ctx="أحتاج رقم الإقامة لو سمحت.")
add(A, f"أعيد الرقم: {ai(grp(iq, [4, 3, 3]))}، صحيح؟", ("id", ai(grp(iq, [4, 3, 3]))))
add(A, "وتاريخ الميلاد في الإقامة ١٩٨٣/٠٧/٢١.", ("date_of_birth", "١٩٨٣/٠٧/٢١"))
add(A, f"والجوال {ai('0564208813')}.", ("phone", ai("0564208813")))
add(A, "يرجى الحضور قبل الموعد بخمس عشرة دقيقة، وإحضار رخصة السير، ومدة الفحص حوالي عشرين دقيقة.")
add(A, "لو الفحص ما نجح عندك أربعة عشر يوم لإعادة الفحص مجاناً مرة وحدة.")

# F. wedding zaffa troupe, Zahle (Lebanese)
add(A, "ألو مرحبا، هيدا رقم فرقة نجوم الزفة؟ بدي احجز زفة لعرس خيي.")
add(A, "إيه نعم، معك جورج، تفضلي.", ("name", "جورج"))
add(A, "أنا ريتا حداد، العرس بأول سبت من آب، بالضيعة بزحلة.", ("name", "ريتا حداد"))
add(A, "الزفة الكاملة مع الطبل والمزمار وأربع دبّيكة بألف ومية دولار، والساعة الزيادة بمية وخمسين.")
add(A, "منوصل قبل الغدا بساعة، يعني حوالي الوحدة، والزفة بتطول شي خمسة وأربعين دقيقة.")
add(A, "سجّل رقمي: 03 712 458، وإذا ما رديت بعتلي واتساب.", ("phone", "03 712 458"))
add(A, "العرس ببيت أهلي، العنوان: زحلة، حي المعلقة، شارع البربارة، بناية عازار، الطابق الأول.",
    ("address", "زحلة، حي المعلقة، شارع البربارة، بناية عازار، الطابق الأول"))
ib = iban("LB", "004300000000281766031201")
add(A, f"وإذا انلغى العرس لا سمح الله، رجعولي العربون ع حسابي {fmt4(ib)}.", ("iban", fmt4(ib)))
add(A, "تكرمي مدام ريتا، منحكيكي قبل العرس بجمعة لنأكد كل شي.", ("name", "ريتا"))

# ---- Arabic, part 2 ------------------------------------------------------
# Calls: Marrakech hammam and spa (Darija with French); Fes carpet bazaar
# shipping to France (Darija, French-Moroccan buyer); online-course platform
# (MSA, Saudi student); Alexandria cosmetic and dermatology clinic (Egyptian);
# Dubai desert-safari tours (Gulf); Qassim dates wholesaler (Gulf).

# G. hammam and spa, Marrakech (Darija)
add(A, "ألو، حمام الياسمين سبا، معاك سلمى، مرحبا.", ("name", "سلمى"))
add(A, "ألو سلام، أنا خديجة بنعلي، بغيت نحجز جوج بلايص للحمام والماساج نهار السبت.",
    ("name", "خديجة بنعلي"))
add(A, "واخا، عندنا la formule hammam، gommage و massage بخمسمية وخمسين درهم للواحد، وكتاخد تقريباً "
       "ساعتين.")
add(A, "السبت كاين غير فالعشية، مع التلاتة والنص ولا مع الخمسة، الصباح عامر.")
_sp = "zéro six, soixante-et-un, trente-huit, vingt-neuf, soixante-quatorze"
add(A, f"النمرة ديالي {_sp}.", ("phone", _sp))
add(A, "إيه، khadija.benali88@menara.ma", ("email", "khadija.benali88@menara.ma"),
    ctx="واش عندك شي إيميل نصيفطو ليك الكونفيرماسيون؟")
add(A, "تسعطاش مارس، ألف وتسعمية وتسعين.", ("date_of_birth", "تسعطاش مارس، ألف وتسعمية وتسعين"),
    ctx="إلا كان عيد ميلادك هاد الشهر عندنا تخفيض، شنو تاريخ الازدياد ديالك؟")
c = card("454718230966127")
add(A, f"نخلص العربون دابا بالكارط: {grp(c, [4, 4, 4, 4])}.", ("card", grp(c, [4, 4, 4, 4])))
add(A, "واش كتجيو حتى للدار؟ حيت ماما ما تقدرش تخرج. العنوان ديالي: إقامة النخيل، عمارة ب، الشقة ١٢، "
       "شارع محمد الخامس، گيليز.",
    ("address", "إقامة النخيل، عمارة ب، الشقة ١٢، شارع محمد الخامس، گيليز"))
add(A, "العربون مية درهم، وإلا لغيتي قبل ربعة وعشرين ساعة كنرجعوه ليك.")

# H. carpet bazaar, Fes, shipping to Lyon (Darija / French)
add(A, "بازار فاس للزرابي، مرحبا بيك، تفضل.")
add(A, "السلام، أنا سفيان العلوي، شريت عندكم زربية بني ورين فالصيف وقلتو غادي تصيفطوها لفرنسا.",
    ("name", "سفيان العلوي"))
add(A, "إيه، الزربية ديالك مترين على تلاتة، الشحن بالبوسطة كياخد بين عشرة وخمسطاش يوم، والديوانة "
       "ممكن تطلب شي مية أورو.")
add(A, "العنوان ديالي: 14 rue Paul Bert, 69003 Lyon, الطابق التالت.",
    ("address", "14 rue Paul Bert, 69003 Lyon, الطابق التالت"))
add(A, "والإيميل soufiane point alaoui arobase free point fr.",
    ("email", "soufiane point alaoui arobase free point fr"))
ib = iban("FR", "30004028170001094752148")
add(A, f"الفرق ديال الشحن رجعوه ليا فالحساب ديالي ففرنسا: {fmt4(ib)}.", ("iban", fmt4(ib)))
c = card("535501276640318")
_sp = say(A, c, "dddd dddd dddd dddd", sep="، ", v="mag")
add(A, f"والباقي نخلصو بالكارط، ماستركارد، {_sp}.", ("card", _sp))
add(A, "التمن ديال الزربية كان ستة آلاف وخمسمية درهم، خلصتي ألفين عربون، بقا عليك ربعة آلاف وخمسمية.")

# I. online-course platform (MSA)
add(A, "أهلاً بك في منصة مدارك للتعلم الإلكتروني، معك ليلى من فريق الدعم الفني.", ("name", "ليلى"))
add(A, "مرحباً، اسمي نورة الشمري، اشتركت في دورة تحليل البيانات ولا أستطيع الدخول إلى حسابي.",
    ("name", "نورة الشمري"))
add(A, "البريد المسجل هو nouraa.sh@hotmail.com على ما أظن.", ("email", "nouraa.sh@hotmail.com"))
add(A, "أو ربما سجلت بالبريد الثاني، إن أو آر إيه تسعة ستة آت جيميل دوت كوم.",
    ("email", "إن أو آر إيه تسعة ستة آت جيميل دوت كوم"))
add(A, "الدورة مدتها ثمانية أسابيع، وتتضمن اثنتي عشرة محاضرة مسجلة، والاختبار النهائي في الخامس عشر "
       "من الشهر القادم.")
add(A, "الثالث من يناير عام ألفين وواحد.", ("date_of_birth", "الثالث من يناير عام ألفين وواحد"),
    ctx="للتحقق من الهوية، ما تاريخ ميلادك؟")
sid3 = sa_id("112036574")
add(A, f"ورقم الهوية الوطنية لإصدار الشهادة {ai(sid3)}.", ("id", ai(sid3)))
c = card("491683520047716")
_sp = say(A, c, "dddd dddd dddd dddd", sep="، ", v="msa")
add(A, f"سأجدد الاشتراك السنوي بالبطاقة، رقمها {_sp}.", ("card", _sp))
add(A, "الاشتراك السنوي بمئتين وتسعة وتسعين ريالاً بدلاً من أربعمئة، والعرض ينتهي بعد ثلاثة أيام.")
add(A, f"تمت إعادة تعيين كلمة المرور، وستصلك رسالة خلال خمس دقائق، ورقم التذكرة {ai('73052')}.")

# J. cosmetic and dermatology clinic, Alexandria (Egyptian)
add(A, "عيادات لمسة للتجميل والجلدية فرع سموحة، معاكي نورهان.", ("name", "نورهان"))
add(A, "أهلاً، أنا اسمي ياسمين السيد، كنت عايزة أحجز جلسة ليزر.", ("name", "ياسمين السيد"))
add(A, "جلسة الليزر للوش بألف ومتين جنيه، والباكدج ست جلسات بستة آلاف، والجلسة كل أربع أسابيع.")
_sp = say(A, "22", "nn", v="egy") + " خمسة تسعين"
add(A, f"مواليد {_sp}.", ("date_of_birth", _sp), ctx="ممكن تاريخ الميلاد عشان أفتحلك ملف؟")
add(A, "وأختي هتيجي معايا، هي مواليد ٣ / ١١ / ١٩٩٤، افتحيلها ملف هي كمان.",
    ("date_of_birth", "٣ / ١١ / ١٩٩٤"))
add(A, f"رقمي {ai('012 2847 3905')} عليه واتساب.", ("phone", ai("012 2847 3905")))
add(A, "ممكن توصلولي الكريمات البيت؟ العنوان ١٨ شارع أحمد شوقي، رشدي، الدور الخامس.",
    ("address", "١٨ شارع أحمد شوقي، رشدي، الدور الخامس"))
c = card("507803129964017")
add(A, f"هدفع الباكدج بكارت ميزة، {c}.", ("card", c))
ib = iban("EG", "0003012000000384015562207")
add(A, f"ولو لغيت الجلسات الباقية الفلوس ترجع على حسابي في الأهلي، {fmt4(ib)}.", ("iban", fmt4(ib)))
add(A, "ابعتيلي العرض على الإيميل، yasmin.elsayed22@yahoo.com.", ("email", "yasmin.elsayed22@yahoo.com"))
add(A, "ممنوع الشمس أسبوع بعد الجلسة، واستخدمي واقي شمس خمسين كل تلات ساعات.")
add(A, "أقرب ميعاد يوم الخميس الساعة خمسة ونص مع دكتورة الجلدية، أو السبت الساعة اتناشر.")

# K. desert safari, Dubai (Gulf)
add(A, "ديزرت ستارز للرحلات، معك حمدان، كيف أقدر أساعدك؟", ("name", "حمدان"))
add(A, "رحلة السفاري المسائية تبدأ الساعة ثلاث العصر، فيها تطعيس وركوب جمال وعشاء وعرض تنورة، والسعر "
       "مية وخمسة وثلاثين درهم للشخص.")
add(A, "الأطفال تحت الخمس سنين مجاناً، ومن خمس لاثنعش بنص السعر، والسيارة تاخذ ستة ركاب.")
add(A, "الاستلام من الفندق بين ثلاث إلا ربع وثلاث وربع، ولازم تكونون في اللوبي، والرجعة حوالي الساعة "
       "تسعة ونص.")
_sp = f"زائد {say(A, '971', v='gulf')}، {say(A, '552096638', 'nn ddd dddd', sep='، ', v='gulf')}"
add(A, f"أرسلوا لي التأكيد واتساب على {_sp}.", ("phone", _sp))
add(A, "وعلى الإيميل بعد: إيه دوت منصور آت جي ميل دوت كوم.",
    ("email", "إيه دوت منصور آت جي ميل دوت كوم"))
c = card("37644102588193")
add(A, f"الدفع بالكارت، أمريكان إكسبريس، {grp(c, [4, 6, 5])}.", ("card", grp(c, [4, 6, 5])))
ib = iban("AE", "0350001027733614508")
add(A, f"ولو انلغت الرحلة بسبب الجو، رجعوا المبلغ على {fmt4(ib)}.", ("iban", fmt4(ib)))
add(A, "رقم الحجز DS-7741، وإذا ألغيت قبل أربعة وعشرين ساعة نرجع المبلغ كامل.")

# L. dates wholesaler, Qassim (Gulf)
add(A, "مصنع تمور البدائع، معك أبو ناصر.", ("name", "أبو ناصر"))
add(A, "هلا، أنا صاحب محل في حايل، أبي أطلب مية كرتون سكري مفتل وخمسين كرتون خلاص.")
add(A, "السكري المفتل الكرتون ثلاثة كيلو بخمسة وسبعين ريال، والخلاص بخمسة وخمسين، والشحن لحايل ثلاث "
       "مية ريال.")
add(A, "عطني السجل التجاري والرقم الضريبي عشان الفاتورة الضريبية.")
add(A, f"السجل التجاري {ai(bad('1131024587'))}، والرقم الضريبي {ai(bad('310245871700003'))}.")
sid4 = sa_id("109861432")
_sp = f"{say(A, sid4[:4], v='gulf')}، {sid4[4:7]} {sid4[7:]}"
add(A, f"بس المؤسسة فردية باسمي، لو تبي رقم الهوية: {_sp}.", ("id", _sp))
add(A, f"يعني {ai(sid4)}؟ تمام.", ("id", ai(sid4)))
ib = iban("SA", "45000000608017329911")
_sp = f"إس إيه {ai(ib[2:4])}، {ai(fmt4(ib[4:]))}"
add(A, f"ولو فيه كراتين خربانة رجعوا فلوسها على الآيبان: {_sp}.", ("iban", _sp))
add(A, "وصلوها على البيت مو المحل، العنوان الوطني ٣٤١٨ طريق الملك عبدالعزيز، حي النقرة، حائل ٥٥٤٣١.",
    ("address", "٣٤١٨ طريق الملك عبدالعزيز، حي النقرة، حائل ٥٥٤٣١"))
add(A, "التوصيل يوم الأربعاء الجاي إن شاء الله، والسواق يتصل فيك قبلها بساعة.")
add(A, "الكراتين ما تنخزن برا الثلاجة أكثر من أسبوعين في الصيف، وحرارة المستودع لازم تحت خمسة وعشرين.")

# ---- Hebrew, part 1 ------------------------------------------------------
# Calls: building-management company (Ramat Gan, native speaker); pharmacy
# home delivery (Ashdod, Russian-speaking immigrant); public-transport smart
# card (Ethiopian-Israeli student); synagogue High Holiday seats (Netanya,
# French immigrant); flower delivery (Arab citizen from Nazareth); air-
# conditioner technician (Be'er Sheva).
H = "he"

# A. building management, Ramat Gan
add(H, "ניהול בניינים אחוזת השרון, מדברת שירן, שלום.", ("name", "שירן"))
add(H, "היי, כאן אבי רוזנטל, אני גר באחד הבניינים שאתם מנהלים, ירד לי פעמיים דמי ועד החודש.",
    ("name", "אבי רוזנטל"))
add(H, "ז'בוטינסקי 87, דירה 14, רמת גן. הבניין עם הפיצריה למטה.",
    ("address", "ז'בוטינסקי 87, דירה 14, רמת גן"), ctx="באיזו כתובת מדובר?")
tz = il_id("05728164")
_sp = say(H, tz, "ddd ddd ddd", sep=", ")
add(H, f"זה אני, {_sp}.", ("id", _sp),
    ctx="בשביל לאמת אני צריכה את מספר תעודת הזהות של בעל הדירה.")
add(H, "אני רואה שחויבתם פעמיים בחודש מאי, מאתיים ארבעים וחמישה שקל כל פעם, והחיוב הכפול יבוטל עד "
       "העשירי לחודש.")
ib = iban("IL", "0109360000005582417")
add(H, f"אני מעדיף החזר לחשבון ולא זיכוי, ה-IBAN שלי {fmt4(ib)}.", ("iban", fmt4(ib)))
c = card("458011236694207")
add(H, f"ומעכשיו תחייבו בכרטיס אחר, {grp(c, [4, 4, 4, 4], '-')}.", ("card", grp(c, [4, 4, 4, 4], "-")))
add(H, "הגנן מגיע כל יום שלישי בשבע בבוקר, והניקיון של הלובי בימי ראשון וחמישי.")
add(H, "דמי הניהול עלו בשמונה אחוז מינואר, זה הוחלט באסיפת הדיירים בעשרים ושלושה בנובמבר.")
add(H, "תשלחי לי את הקבלה למייל, אבי אר שטרודל וואלה נקודה קו נקודה איי אל.",
    ("email", "אבי אר שטרודל וואלה נקודה קו נקודה איי אל"))
add(H, "בסדר אבי, טיפלתי בזה, תקבל אס אם אס עם מספר פנייה.", ("name", "אבי"))
add(H, f"מספר הפנייה {bad('550319274')}, אם לא רואים את הזיכוי עד סוף החודש תתקשר ותגיד את המספר.")

# B. pharmacy delivery, Ashdod (Russian-speaking immigrant)
add(H, "בית מרקחת הדקל, שלום, מדבר יוסי.", ("name", "יוסי"))
add(H, "שלום, זה גלינה קוזנצובה, אני רוצה להזמין תרופות, מרשם קבוע מהרופא.",
    ("name", "גלינה קוזנצובה"))
tz = il_id("31462058")
_sp = say(H, tz)
add(H, f"רגע, אני מסתכלת בתעודה... {_sp}.", ("id", _sp), ctx="אני צריך מספר תעודת זהות, גברתי.")
add(H, "יש לך שלוש תרופות במרשם: אלטרוקסין חמישים מיקרוגרם, נורמיטן חמישים וליפיטור עשרים, "
       "ההשתתפות העצמית שלושים ושניים שקל וחמישים אגורות.")
add(H, "נולדתי שני ביוני, חמישים ושמונה.", ("date_of_birth", "שני ביוני, חמישים ושמונה"),
    ctx="ותאריך לידה בבקשה?")
add(H, "תביאו הביתה, אני לא הולכת טוב. רחוב הרצל עשרים ושלוש, דירה שבע, אשדוד.",
    ("address", "רחוב הרצל עשרים ושלוש, דירה שבע, אשדוד"))
_sp = say(H, "088523791", "dd ddd dd nn", sep=", ")
add(H, f"טלפון בבית {_sp}, נייד אין לי.", ("phone", _sp))
c = card("453218769015544")
_sp = f"{c[:4]}... כן? {c[4:8]}... {c[8:12]}, {c[12:]}"
add(H, f"אני משלמת בכרטיס ויזה, {_sp}.", ("card", _sp))
add(H, "המשלוח יגיע מחר בין ארבע לשבע, עלות המשלוח עשרים שקל, ולאזרחים ותיקים יש עשרה אחוז הנחה.")
add(H, "הליפיטור חסר במלאי עד יום חמישי, אז אני שולח עכשיו את השניים ואת השלישי ביום ראשון, בלי עלות "
       "נוספת.")

# C. public-transport smart card (Ethiopian-Israeli student)
add(H, "מוקד כרטיס הנסיעה החכם, שמי מורן, במה אוכל לעזור?", ("name", "מורן"))
add(H, "אהלן, קוראים לי ברהנו ווסה, הטעינו לי חופשי חודשי והוא לא עובד באוטובוס.",
    ("name", "ברהנו ווסה"))
add(H, "אני רואה טעינה של חופשי חודשי ארצי בשלוש מאות שישים וחמישה שקל מהחמישה באוגוסט, ונראה "
       "שהיא נטענה על פרופיל רגיל.")
add(H, "שלושה בינואר אלפיים ושתיים.", ("date_of_birth", "שלושה בינואר אלפיים ושתיים"),
    ctx="כדי לקבל הנחת סטודנט אני צריכה תאריך לידה ומספר זהות.")
tz = il_id("32904415")
add(H, f"ותעודת זהות {tz}.", ("id", tz))
add(H, "פרופיל סטודנט נותן שלושים ושלושה אחוז הנחה, וצריך להעלות אישור לימודים לשנת תשפ״ה עד סוף "
       "אוקטובר.")
add(H, "המייל שלי berhanu.w96@gmail.com", ("email", "berhanu.w96@gmail.com"))
_sp = say(H, "0536327841", "ddd ddd nn nn", sep=", ")
add(H, f"אם צריך תתקשרו אליי, {_sp}.", ("phone", _sp))
ib = iban("IL", "0126120000000734816")
add(H, f"את הכסף של הטעינה הקודמת תחזירו לחשבון בנק, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(H, "תשלחו את הכרטיס החדש עם התמונה לכתובת רחוב הגפן 9, דירה 3, קריית מלאכי.",
    ("address", "רחוב הגפן 9, דירה 3, קריית מלאכי"))
add(H, "הנסיעה מקריית מלאכי לבאר שבע בקו 369 עולה שלושה עשר וחצי, ועם הפרופיל זה יוצא בערך תשעה "
       "שקלים.")

# D. synagogue High Holiday seats, Netanya (French immigrant)
add(H, "בית הכנסת אור חדש, משרד הגבאי, שלום.")
add(H, "Bonjour, אה, סליחה, שלום, שמי סילבי אזולאי, אני רוצה לשמור מקומות לראש השנה ויום כיפור.",
    ("name", "סילבי אזולאי"))
add(H, "מקום בעזרת נשים זה מאה ושמונים שקל לכל החגים, באולם הגברים מאתיים וחמישים, והשורות "
       "הראשונות כבר מלאות.")
add(H, "תפילת כל נדרי מתחילה בשש וחמישה, ונעילה בערך בשש ועשרים למחרת, והשופר בשבע ועשר.")
_sp = say(H, "0527194060", "ddd ddd dddd", sep=", ")
add(H, f"הנייד שלי {_sp}, פנוי תמיד.", ("phone", _sp))
ib = iban("FR", "10207000410402771530236")
add(H, f"אני אעביר מהחשבון שלי בצרפת, ה-IBAN {fmt4(ib)}, זה בסדר?", ("iban", fmt4(ib)))
add(H, "המייל sylvie point azoulay arobase orange point fr, לשלוח לשם את האישור.",
    ("email", "sylvie point azoulay arobase orange point fr"))
add(H, "תודה גברת אזולאי, שמרתי שני מקומות בשורה שמונה, מקומות אחד עשר ושתים עשרה.",
    ("name", "אזולאי"))
add(H, "ואת הקבלה לסעיף 46 תשלחו לכתובת שדרות ניצה 15, דירה 32, נתניה.",
    ("address", "שדרות ניצה 15, דירה 32, נתניה"))

# E. flower delivery (Arab citizen from Nazareth)
add(H, "פרחי הגליל, מדברת ליאת, היי.", ("name", "ליאת"))
add(H, "אהלן, שלום, אני סאמר מנצרת, רציתי להזמין זר ליום הולדת של אמא שלי.", ("name", "סאמר"))
add(H, "יש לנו זר ורדים אדומים בשלוש מאות, זר עונתי במאתיים ועשרים, ואפשר להוסיף בלון בשלושים וחמש.")
add(H, "תשלחו לבית של אמא, שכונת אלמסקוביה, רחוב 6126 מספר 14, נצרת.",
    ("address", "שכונת אלמסקוביה, רחוב 6126 מספר 14, נצרת"))
add(H, "משלוחים לנצרת ביום שישי רק עד השעה אחת, ואחרי זה רק ביום ראשון.")
c = card("532610447389126")
_sp = f"{c[:4]} {c[4:8]}, {say(H, c[8:12])}, {say(H, c[12:])}"
add(H, f"אני אשלם בכרטיס, מאסטרקארד, {_sp}.", ("card", _sp))
_sp = say(H, "046562389", "dd ddd dd dd", sep=", ")
add(H, f"אם השליח לא מוצא, שיתקשר לאמא בבית, {_sp}.", ("phone", _sp))
add(H, "על הכרטיס לכתוב: יום הולדת שמח, מכל המשפחה, באהבה.")
add(H, "אפשר להוסיף גם שוקולד בלגי בארבעים ותשעה שקל או בקבוק יין בשמונים.")

# F. air-conditioner technician, Be'er Sheva
add(H, "מיזוג הנגב, שלום, מדבר דודי.", ("name", "דודי"))
add(H, "היי, שמי אורטל בן שושן, המזגן בסלון מטפטף ומפסיק לקרר אחרי עשר דקות.",
    ("name", "אורטל בן שושן"))
add(H, "זה אינוורטר של שניים וחצי כוח סוס מדגם אלקטרה אלפא 140? אם זה בתוך האחריות של חמש שנים אז "
       "הביקור בחינם.")
add(H, "טכנאי יכול להגיע ביום רביעי בין שמונה לשתים עשרה, או ביום חמישי אחרי הצהריים.")
add(H, "הכתובת שלי שדרות רגר 41, דירה 9, באר שבע, קומה שלישית בלי מעלית.",
    ("address", "שדרות רגר 41, דירה 9, באר שבע, קומה שלישית"))
add(H, "הנייד שלי 054-7726135.", ("phone", "054-7726135"))
tz = il_id("03981547")
_sp = say(H, tz, "ddd ddd nn d", sep=", ")
add(H, f"על שמי, {_sp}.", ("id", _sp), ctx="על שם מי האחריות? אני צריך מספר תעודת זהות.")
add(H, "אם צריך להחליף מדחס זה אלף שמונה מאות שקל כולל עבודה, ואם זה רק מילוי גז אז שלוש מאות "
       "וחמישים.")
ib = iban("IL", "0204740000000291055")
_sp = f"איי אל {say(H, ib[2:4], 'nn')}, {fmt4(ib[4:])}"
add(H, f"ובחודש שעבר שילמתי מאה וחמישים על ביקור שהיה באחריות, תחזירו לי לחשבון, {_sp}.",
    ("iban", _sp))

# ---- Hebrew, part 2 ------------------------------------------------------
# Calls: newspaper subscription (Jerusalem, American immigrant mixing English);
# escape-room booking (Haifa); self-storage units (Petah Tikva); bar-mitzvah
# event production (Ashdod); private dermatology clinic (Arab citizen from
# Umm al-Fahm).

# G. newspaper subscription, Jerusalem (Anglo immigrant)
add(H, "מחלקת המנויים של העיתון 'הבוקר', מדבר עידו.", ("name", "עידו"))
add(H, "Hi, sorry, אה, שלום, my Hebrew is not so good, קוראים לי ג'ודי, ג'ודית גרינברג, אני רוצה "
       "לבטל את ה-subscription.", ("name", "ג'ודי", 0), ("name", "ג'ודית גרינברג"))
add(H, "המנוי שלך הוא סוף שבוע בלבד, שלושים ותשעה תשעים בחודש, עם התחייבות לשנה שנגמרת בשלושים "
       "ביוני.")
add(H, "אם תבטלי עכשיו יש דמי יציאה של שישים שקל, או שאפשר לעבור לדיגיטל בלבד בתשעה עשר תשעים בחודש.")
add(H, "October fourteenth, 1961, אה, ארבעה עשר באוקטובר, שישים ואחת.",
    ("date_of_birth", "October fourteenth, 1961"),
    ("date_of_birth", "ארבעה עשר באוקטובר, שישים ואחת"), ctx="לאימות אני צריך תאריך לידה.")
tz = il_id("34215608")
_sp = say("en", tz, "ddd ddd ddd", sep=", ", v="oh")
add(H, f"תעודת זהות, sorry, in English, {_sp}.", ("id", _sp))
add(H, "העיתון מגיע לרחוב עזה 31, דירה 4, ירושלים, נכון?", ("address", "רחוב עזה 31, דירה 4, ירושלים"))
c = card("37218345662091")
_sp = ", ".join(say("en", g, v="oh") for g in (c[:4], c[4:10], c[10:]))
add(H, f"אוקיי, אני משלמת את דמי היציאה, כרטיס אמריקן אקספרס, {_sp}.", ("card", _sp))
add(H, "והמייל, ג'ודי גרין שישים ואחת שטרודל ג'ימייל נקודה קום.",
    ("email", "ג'ודי גרין שישים ואחת שטרודל ג'ימייל נקודה קום"))
_sp = "plus one, " + say("en", "7184026631", "ddd ddd dddd", sep=", ", v="oh")
add(H, f"אפשר גם בטלפון האמריקאי, {_sp}.", ("phone", _sp))
ib = iban("IL", "0317800000000612093")
add(H, f"אם יש החזר, תחזירו ל-IBAN שלי, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(H, "הביטול ייכנס לתוקף בסוף מחזור החיוב, בעשרים ושמונה לחודש, והעיתון האחרון יגיע ביום שישי "
       "שאחרי.")
add(H, "מחיר המנוי הדיגיטלי יעלה לעשרים ותשעה תשעים אחרי שלושה חודשים ראשונים.")

# H. escape room, Haifa
add(H, "חדרי בריחה קוד אדום חיפה, מדברת נויה.", ("name", "נויה"))
add(H, "אהלן, זה עומר כהן, רציתי לסגור חדר לשבעה אנשים ביום חמישי בערב.", ("name", "עומר כהן"))
add(H, "החדר 'המעבדה הנטושה' מתאים עד שמונה, יש פנוי בשמונה ועשרים או בעשר, המחיר מאה ועשרים לאדם.")
add(H, "מי שמגיע ברכב, יש חניה כחול-לבן ברחוב הנביאים, והחדר בקומה מינוס אחת.")
_sp = "אפס חמישים ושתיים, " + say(H, "8817430", "ddd nn nn", sep=", ")
add(H, f"הטלפון שלי {_sp}.", ("phone", _sp))
add(H, "יש הנחת יום הולדת? אני נולדתי בעשרים ושמונה ביולי אלפיים, זה בדיוק השבוע.",
    ("date_of_birth", "עשרים ושמונה ביולי אלפיים"))
c = card("458022751930846")
_sp = say(H, c, "nn nn nn nn nn nn nn nn", sep=", ")
add(H, f"תחייבי את המקדמה, {_sp}.", ("card", _sp))
add(H, "ואישור למייל, עומר כהן חיפה שטרודל ג'ימייל נקודה קום, הכל מחובר.",
    ("email", "עומר כהן חיפה שטרודל ג'ימייל נקודה קום"))
ib = iban("IL", "0117250000000140662")
_sp = f"{ib[:4]} {say(H, ib[4:10], 'ddd ddd', sep=', ')}, {grp(ib[10:], [4, 4, 5])}"
add(H, f"אם זה יתבטל בגלל המצב, תחזירו לחשבון הזה, {_sp}.", ("iban", _sp))
add(H, "המקדמה מאתיים שקל, וביטול עד עשרים וארבע שעות לפני מחזיר את הכל.")
add(H, "יש לנו גם חדר לילדים מגיל עשר, שישים דקות, ושלושה רמזים בחינם.")
add(H, "אם אתם יותר משבעה, אפשר לפצל לשני חדרים שמתחילים באותה שעה, בשמונה ועשרים.")

# I. self-storage, Petah Tikva
add(H, "מחסני השרון, שחר, שלום.", ("name", "שחר"))
add(H, "היי, מדברת רונית אברג'ל, אני שוכרת אצלכם מחסן ואני רוצה לעבור לגדול יותר.",
    ("name", "רונית אברג'ל"))
add(H, "המחסן שלך מספר 214, ארבעה מטר רבוע, ארבע מאות ועשרים בחודש. הגדול הבא הוא שמונה מטר, בשבע "
       "מאות ותשעים.")
tz = il_id("06673882")
_sp = f"{tz[:4]}, {say(H, tz[4:])}"
add(H, f"בטח, {_sp}.", ("id", _sp), ctx="לחוזה החדש אני צריך תעודת זהות.")
add(H, "שתים עשרה לשמונה, שמונים ושבע.", ("date_of_birth", "שתים עשרה לשמונה, שמונים ושבע"),
    ctx="ותאריך לידה?")
add(H, "הכתובת למכתבים: רחוב ויצמן 5, דירה 11, כפר סבא.", ("address", "רחוב ויצמן 5, דירה 11, כפר סבא"))
ib = iban("IL", "0108420000003319750")
add(H, f"את הפיקדון של המחסן הקטן תחזירו לחשבון בלאומי, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(H, "ואת החוזה לחתימה למייל ronit.abergel@walla.co.il.", ("email", "ronit.abergel@walla.co.il"))
c = card("549183026675412")
add(H, f"ותעבירו את החיוב החודשי לכרטיס החדש, {grp(c, [4, 4, 4, 4])}.", ("card", grp(c, [4, 4, 4, 4])))
add(H, "הגישה למחסנים שבעה ימים בשבוע משש בבוקר עד עשר בלילה, והקוד בשער מתחלף כל שלושה חודשים.")
add(H, "המעבר יכול להיות ביום ראשון הקרוב, יש לנו עגלות ומעלית משא, ואין תוספת על החודש הראשון.")
add(H, f"מספר החוזה הישן {bad('771204586')}, והחדש יישלח אלייך תוך יום עסקים.")

# J. bar-mitzvah event production, Ashdod
add(H, "אירועים ושמחות, מדבר קובי.", ("name", "קובי"))
add(H, "שלום, כאן מזל אוחיון, אנחנו עושים בר מצווה לבן שלי באולם בשלושה בנובמבר.",
    ("name", "מזל אוחיון"))
add(H, "החבילה כוללת די ג'יי, הגברה, תאורה ומסך לד, אלף שמונה מאות דולר, ומצגת תמונות זה עוד חמש מאות.")
add(H, "הוא נולד בכ״ג בחשוון תשע״ג, זה יוצא שבעה בנובמבר אלפיים ושתים עשרה.",
    ("date_of_birth", "כ״ג בחשוון תשע״ג"), ("date_of_birth", "שבעה בנובמבר אלפיים ושתים עשרה"),
    ctx="בשביל המצגת, מתי הוא נולד?")
add(H, "תרשום גם את הנייד של בעלי, 058-441-9276, הוא מתאם מול האולם.", ("phone", "058-441-9276"))
tz = il_id("02588417")
_sp = say(H, tz, "d nn nn nn nn", sep=", ")
add(H, f"בשביל החוזה, תעודת זהות {_sp}.", ("id", _sp))
add(H, "את הצילומים לפני נעשה אצלנו בבית, רחוב רוגוזין 12, כניסה ב', דירה 7, אשדוד.",
    ("address", "רחוב רוגוזין 12, כניסה ב', דירה 7, אשדוד"))
c = card("426681304579925")
_sp = ", ".join(say(H, c[i:i + 4]) for i in range(0, 16, 4))
add(H, f"את המקדמה בכרטיס, {_sp}.", ("card", _sp))
add(H, "מזל או שבעים ושבע שטרודל הוטמייל נקודה קום, לשם תשלח את החוזה.",
    ("email", "מזל או שבעים ושבע שטרודל הוטמייל נקודה קום"))
ib = iban("IL", "0546020000000083552")
add(H, f"ואם חס וחלילה מבטלים, ההחזר ל-IBAN {fmt4(ib)}.", ("iban", fmt4(ib)))
add(H, "סגור מזל, אני שולח לך חוזה בוואטסאפ.", ("name", "מזל"))
add(H, "הדי ג'יי מגיע שעתיים לפני, והאירוע נגמר עד חצות כי זה יום חול.")
add(H, "ההנחה של אלף שקל בתוקף רק אם סוגרים עד סוף השבוע, ואחרי זה המחיר עולה.")
add(H, "האולם נפתח בשש וחצי, קבלת פנים עד שמונה, והעלייה לתורה בשבת שאחרי בבית הכנסת.")

# K. private dermatology clinic (Arab citizen from Umm al-Fahm)
add(H, "מרפאת עור פרטית, מדברת הדס, שלום.", ("name", "הדס"))
add(H, "שלום, שמי ג'יהאן אבו חוסין, מאום אל פחם, רציתי לקבוע תור לבדיקת שומות.",
    ("name", "ג'יהאן אבו חוסין"))
add(H, "התור הפנוי הקרוב הוא ביום שני, שבעה עשר בחודש, בתשע ורבע, הבדיקה שש מאות וחמישים שקל, וחלק "
       "מזה חוזר מהביטוח המשלים.")
tz = il_id("20817364")
_sp = say(H, tz, "ddd ddd ddd", sep=", ", v="m")
add(H, f"תעודת זהות {_sp}.", ("id", _sp))
add(H, "תאריך לידה 3.9.1979.", ("date_of_birth", "3.9.1979"))
add(H, "תשלחי את הסיכום ל-jihan.ah79@hotmail.com.", ("email", "jihan.ah79@hotmail.com"))
add(H, "ואם צריך, הנייד +972-52-6190348.", ("phone", "+972-52-6190348"))
c = card("455725806613390")
add(H, f"אני אשלם עכשיו בכרטיס, {' '.join(c)}.", ("card", " ".join(c)))
add(H, "את התוצאות תשלחו בדואר, הכתובת שלי שכונת אל-ביאדר, רחוב 3 בית 27, אום אל-פחם.",
    ("address", "שכונת אל-ביאדר, רחוב 3 בית 27, אום אל-פחם"))
add(H, "תגיעי רבע שעה לפני עם ההתחייבות מהקופה, והחניה בבניין בתשלום, שמונה שקל לשעה.")
add(H, "תוצאות הביופסיה לוקחות בין עשרה לארבעה עשר ימי עבודה, ומספר הבדיקה יופיע בהודעה.")
add(H, "הרופאה מקבלת רק בימי שני ורביעי, ובחודש אוגוסט המרפאה סגורה משלושה עד שבעה עשר.")

# ---- Greek, part 1 -------------------------------------------------------
# Calls: vehicle-inspection centre (KTEO, Piraeus area, older man); heating-
# oil delivery (Thessaloniki, older woman); pharmacy (Nicosia, Cypriot
# dialect); building management and shared charges (Athens, young tenant);
# florist (Patras); rail tickets (student, Thessaloniki-Athens).
G = "el"

# A. KTEO vehicle inspection
add(G, "ΚΤΕΟ Αγίου Ιωάννη Ρέντη, καλημέρα, είμαι η Δέσποινα.", ("name", "Δέσποινα"))
add(G, "Καλημέρα κοπέλα μου. Λέγομαι Παναγιώτης Σταθόπουλος, ο Τάκης, θέλω να κλείσω ραντεβού για το "
       "αυτοκίνητο, έληξε ο έλεγχος.", ("name", "Παναγιώτης Σταθόπουλος"), ("name", "Τάκης"))
add(G, "Έχουμε ελεύθερο την Τρίτη δεκαεννιά στις οχτώ και σαράντα ή την Πέμπτη στις έντεκα και "
       "τέταρτο.")
add(G, "Το τέλος για επιβατικό είναι πενήντα πέντε ευρώ, και αν κοπεί ξαναέρχεστε μέσα σε τριάντα μέρες "
       "χωρίς χρέωση.")
add(G, "Είναι ένα Toyota Yaris του 2009, βενζίνη, έχει γράψει εκατόν ογδόντα χιλιάδες χιλιόμετρα.")
_sp = say(G, "6947318205", "ddd nnn nn dd", sep=", ")
add(G, f"Το κινητό μου είναι {_sp}.", ("phone", _sp))
a = afm("04831726")
add(G, f"Τιμολόγιο, γιατί είναι της επιχείρησης. Το ΑΦΜ μου είναι {a}.", ("id", a),
    ctx="Θέλετε απόδειξη ή τιμολόγιο;")
add(G, "Η διεύθυνση για το τιμολόγιο: Θηβών 214, Νίκαια, ΤΚ 184 54.",
    ("address", "Θηβών 214, Νίκαια, ΤΚ 184 54"))
add(G, "Και την υπενθύμιση στείλτε τη στο τάκης τελεία στάθο παπάκι yahoo τελεία gr.",
    ("email", "τάκης τελεία στάθο παπάκι yahoo τελεία gr"))
add(G, "Να φέρετε άδεια κυκλοφορίας, το ασφαλιστήριο και το προηγούμενο δελτίο, και να είστε εκεί δέκα "
       "λεπτά νωρίτερα.")

# B. heating-oil delivery, Thessaloniki
add(G, "Πετρέλαια Θέρμανσης Αφοί Τσολάκη, παρακαλώ.")
add(G, "Καλησπέρα, η κυρία Σούλα Καραγιάννη είμαι, από την Καλαμαριά, θέλω να παραγγείλω πετρέλαιο.",
    ("name", "Σούλα Καραγιάννη"))
add(G, "Η τιμή σήμερα είναι ένα και δεκαεφτά το λίτρο, η ελάχιστη παραγγελία πεντακόσια λίτρα, και για "
       "χίλια λίτρα έχετε έκπτωση δύο λεπτά.")
add(G, "Θα σας έρθει την Παρασκευή το πρωί, μεταξύ εννιά και δώδεκα, και το βυτίο θέλει να μπορεί να "
       "σταθμεύσει μπροστά.")
add(G, "Μένω στην Κομνηνών 38, δεύτερο όροφο, Καλαμαριά, η δεξαμενή είναι στο υπόγειο.",
    ("address", "Κομνηνών 38, δεύτερο όροφο, Καλαμαριά"),
    ctx="Σε ποια διεύθυνση να έρθει το βυτιοφόρο;")
_sp = say(G, "2310441628", "dddd nnn nnn", sep=", ")
add(G, f"Τηλέφωνο σπιτιού {_sp}, κινητό δεν έχω.", ("phone", _sp))
a = afm("11930485")
_sp = say(G, a, "ddd ddd ddd", sep=", ")
add(G, f"Να περάσει και για το επίδομα θέρμανσης, το ΑΦΜ μου είναι {_sp}.", ("id", _sp))
c = card("416598203375418")
_sp = say(G, c, "dddd dddd dddd dddd", sep=", ")
add(G, f"Θα σας δώσω την κάρτα τώρα, {_sp}.", ("card", _sp))
ib = iban("GR", "02602180000350200345712")
add(G, f"Την προηγούμενη φορά με χρεώσατε διπλά, να μου τα γυρίσετε στον λογαριασμό {fmt4(ib)}.",
    ("iban", fmt4(ib)))
add(G, "Εντάξει κυρία Καραγιάννη, σας το κανονίσαμε.", ("name", "Καραγιάννη"))
add(G, "Το επίδομα θέρμανσης φέτος πιστώνεται σε δύο δόσεις, η πρώτη μέχρι τέλος Δεκεμβρίου.")

# C. pharmacy, Nicosia (Cypriot dialect)
add(G, "Φαρμακείο Στροβόλου, η Χρυστάλλα είμαι, πείτε μου.", ("name", "Χρυστάλλα"))
add(G, "Γεια σου κόρη μου, εν ο Αντρέας ο Κυριάκου που τον Στρόβολο, θέλω να μου ετοιμάσεις τα φάρμακα "
       "της γυναίκας μου.", ("name", "Αντρέας ο Κυριάκου"))
add(G, "Ναι, εν έτοιμα. Εν τα τρία του ΓεΣΥ, συν το σιρόπι που εν εκτός λίστας, δώδεκα ευρώ και πενήντα "
       "σεντ.")
add(G, "Δεκαεφτά του έξι του σαράντα εννιά.", ("date_of_birth", "Δεκαεφτά του έξι του σαράντα εννιά"),
    ctx="Πε μου την ημερομηνία γέννησης της κυρίας να τη βρω στο σύστημα.")
add(G, "Η παράδοση στο σπίτι εν δωρεάν πάνω που είκοσι ευρώ, αλλιώς δυόμισι, και ο κούριερ περνά μετά "
       "τις πέντε.")
add(G, "Στείλε μου τα σπίτι, Αρχιεπισκόπου Μακαρίου Γ' 57, διαμέρισμα 3, Στρόβολος, δίπλα που την "
       "εκκλησία.", ("address", "Αρχιεπισκόπου Μακαρίου Γ' 57, διαμέρισμα 3, Στρόβολος"))
_sp = say(G, "99472815", "nn nn nn nn", sep=", ")
add(G, f"Το κινητό μου εν {_sp}.", ("phone", _sp))
c = card("476173802596231")
add(G, f"Πληρώνω με την κάρτα, {grp(c, [4, 4, 4, 4])}.", ("card", grp(c, [4, 4, 4, 4])))
add(G, "Το Depon εν τελειωμένο, έρκεται αύριο το πρωί, να σου το φυλάξω;")

# D. building management and shared charges, Athens
add(G, "Διαχείριση Πολυκατοικιών «Αστική», καλησπέρα, ο Στέλιος είμαι.", ("name", "Στέλιος"))
add(G, "Γεια σας, με λένε Ιωάννα Μαυρίδου, είμαι ένοικος σε μία από τις πολυκατοικίες που "
       "διαχειρίζεστε και θέλω να ρωτήσω για τα κοινόχρηστα.", ("name", "Ιωάννα Μαυρίδου"))
add(G, "Φορμίωνος 102, τρίτος όροφος, διαμέρισμα Γ2, Βύρωνας.",
    ("address", "Φορμίωνος 102, τρίτος όροφος, διαμέρισμα Γ2, Βύρωνας"), ctx="Σε ποια διεύθυνση;")
add(G, "Τα κοινόχρηστα Ιανουαρίου είναι ογδόντα τρία και σαράντα, από τα οποία τα πενήντα ένα είναι "
       "θέρμανση, με βάση τις ώρες που γράψατε.")
add(G, "Ο λογαριασμός ρεύματος για τον ανελκυστήρα ήταν διακόσια δώδεκα ευρώ και μοιράζεται με τα "
       "χιλιοστά, εσείς έχετε εξήντα ένα χιλιοστά.")
ib = iban("GR", "01408200000020021887430")
add(G, f"Η πάγια εντολή θα φεύγει πλέον από τον λογαριασμό μου στην Alpha, {fmt4(ib)}.",
    ("iban", fmt4(ib)))
add(G, "Στείλτε μου την απόδειξη στο ioanna κάτω παύλα mav παπάκι gmail τελεία com.",
    ("email", "ioanna κάτω παύλα mav παπάκι gmail τελεία com"))
add(G, "ή στείλτε μου μήνυμα στο 6972 418 306.", ("phone", "6972 418 306"))
a = afm("07245913")
add(G, f"Ναι, {a}.", ("id", a),
    ctx="Για τη βεβαίωση κοινοχρήστων για την εφορία χρειάζομαι το ΑΦΜ σας.")
add(G, "Η γενική συνέλευση είναι την Τετάρτη είκοσι δύο στις εφτά το απόγευμα στην πυλωτή, θα "
       "συζητηθεί και η αλλαγή του λέβητα.")

# E. florist, Patras
add(G, "Ανθοπωλείο «Γαρδένια», λέγομαι Βασιλική, πώς μπορώ να βοηθήσω;", ("name", "Βασιλική"))
add(G, "Καλησπέρα, είμαι ο Νίκος ο Αθανασόπουλος, θέλω να στείλω λουλούδια στη μητέρα μου για τη γιορτή "
       "της, του Αγίου Κωνσταντίνου και Ελένης.", ("name", "Νίκος ο Αθανασόπουλος"))
add(G, "Ένα μπουκέτο με τριαντάφυλλα και λίλιουμ κάνει σαράντα πέντε ευρώ, το μεγάλο εξήντα πέντε, και "
       "η μεταφορά εντός Πάτρας τρία ευρώ.")
add(G, "Να πάνε στη μητέρα μου, οδός Κορίνθου 287, πρώτος όροφος, κουδούνι Αθανασοπούλου.",
    ("address", "Κορίνθου 287, πρώτος όροφος, κουδούνι Αθανασοπούλου"))
add(G, "Η εικοστή πρώτη Μαΐου πέφτει Τετάρτη, οπότε θα τα παραδώσουμε από τις εννιά το πρωί, πριν τις "
       "δώδεκα.")
add(G, "Αν δεν ανοίξει, πάρτε στο σταθερό της, 2610 334 917.", ("phone", "2610 334 917"))
c = card("516732098814275")
_sp = say(G, c, "dddd nn nn nn nn nn nn", sep=", ")
add(G, f"Με κάρτα, {_sp}.", ("card", _sp))
add(G, "Στην κάρτα να γράφει: Χρόνια πολλά μανούλα, με αγάπη από όλους μας.")

# F. rail tickets
add(G, "Εξυπηρέτηση πελατών σιδηροδρόμων, καλησπέρα σας.")
add(G, "Καλησπέρα, είμαι η Δανάη Κωνσταντινίδου, φοιτήτρια, και θέλω να βγάλω εισιτήριο Θεσσαλονίκη "
       "Αθήνα με την έκπτωση.", ("name", "Δανάη Κωνσταντινίδου"))
add(G, "Το Intercity των εφτά και δεκαπέντε φτάνει Αθήνα στις έντεκα και είκοσι, το εισιτήριο είναι "
       "σαράντα πέντε ευρώ και με το φοιτητικό εικοσιπέντε τοις εκατό κάτω.")
add(G, "Είκοσι εννιά του δώδεκα, δύο χιλιάδες τρία.",
    ("date_of_birth", "Είκοσι εννιά του δώδεκα, δύο χιλιάδες τρία"),
    ctx="Για τη φοιτητική έκπτωση χρειάζομαι ημερομηνία γέννησης.")
add(G, "Σας έχω θέση σαράντα δύο στο βαγόνι τέσσερα, παράθυρο, και ο κωδικός κράτησης είναι Ε Κ Τ εννιά "
       "τέσσερα εφτά.")
add(G, "Στείλτε το εισιτήριο στο danae.k03@hotmail.com.", ("email", "danae.k03@hotmail.com"))
c = card("479201364088523")
add(G, f"Πληρώνω με τη χρεωστική, {grp(c, [4, 4, 4, 4])}.", ("card", grp(c, [4, 4, 4, 4])))
add(G, "Αν χάσετε το τρένο, μπορείτε να αλλάξετε το εισιτήριο μέχρι μία ώρα μετά την αναχώρηση με "
       "χρέωση δέκα τοις εκατό.")
add(G, "Το τρένο των εφτά κάνει στάση στη Λάρισα και στον Δομοκό, όχι στη Λιανοκλάδι.")

# ---- Greek, part 2 -------------------------------------------------------
# Calls: thermal spa (Aidipsos, retired couple); newspaper subscription
# (Athens, pensioner); air-conditioner installation with a state subsidy
# (Heraklion); bouzouki night-club table booking (Athens); car-import
# registration agent (Limassol, British expat); guided tours of archaeological
# sites (Argolida).

# G. thermal spa, Aidipsos
add(G, "Ιαματικά Λουτρά Αιδηψού, καλημέρα, είμαι η Φωτεινή.", ("name", "Φωτεινή"))
add(G, "Καλημέρα σας. Εδώ Χαράλαμπος Ζαχαρίου, ο Μπάμπης, θέλω να κλείσουμε με τη γυναίκα μου το "
       "πρόγραμμα των δεκαπέντε λουτροθεραπειών.",
    ("name", "Χαράλαμπος Ζαχαρίου"), ("name", "Μπάμπης"))
add(G, "Το πακέτο των δεκαπέντε λουτρών είναι εκατόν πενήντα ευρώ το άτομο, και για τους άνω των "
       "εξήντα πέντε έχει έκπτωση είκοσι τοις εκατό.")
add(G, "Εγώ είμαι γεννημένος δεκατρείς Απριλίου του χίλια εννιακόσια πενήντα έξι, και η σύζυγος δύο "
       "του οχτώ του πενήντα εννιά.",
    ("date_of_birth", "δεκατρείς Απριλίου του χίλια εννιακόσια πενήντα έξι"),
    ("date_of_birth", "δύο του οχτώ του πενήντα εννιά"))
add(G, "Οι θεραπείες γίνονται από τις εφτά το πρωί ως τη μία, κάθε λουτρό είκοσι λεπτά, και χρειάζεται "
       "βεβαίωση γιατρού.")
add(G, "Η διεύθυνσή μας για την κράτηση: Ελευθερίου Βενιζέλου 19, Χαλκίδα, ΤΚ 341 00.",
    ("address", "Ελευθερίου Βενιζέλου 19, Χαλκίδα, ΤΚ 341 00"))
_sp = say(G, "6970052281", "ddd ddd nn nn", sep=", ")
add(G, f"Κινητό της κυρίας μου, {_sp}, εγώ δεν το ακούω.", ("phone", _sp))
a = afm("13852074")
_wrong = "πέντε" if a[6] != "5" else "τέσσερα"
_sp = (f"{say(G, a[:3])}, {say(G, a[3:6])}, {_wrong}... όχι, συγγνώμη, "
       f"{say(G, a[6:])}")
add(G, f"Την απόδειξη με ΑΦΜ, {_sp}.", ("id", _sp))
ib = iban("GR", "01104560000045629887310")
add(G, f"Αν ακυρώσουμε, να επιστρέψετε την προκαταβολή στο {fmt4(ib)}, Εθνική Τράπεζα.",
    ("iban", fmt4(ib)))
add(G, "Η προκαταβολή είναι τριάντα τοις εκατό, και το ξενοδοχείο δίπλα έχει δωμάτιο με πρωινό στα "
       "πενήντα πέντε τη βραδιά.")

# H. newspaper subscription, Athens
add(G, "Συνδρομές «Η Ημερήσια», καλησπέρα.")
add(G, "Καλησπέρα, η Λίτσα Παπαδάκη είμαι, έχω συνδρομή στην Κυριακάτικη και θέλω να την αλλάξω σε "
       "ψηφιακή.", ("name", "Λίτσα Παπαδάκη"))
add(G, "Η έντυπη Κυριακάτικη είναι δώδεκα ευρώ τον μήνα, η ψηφιακή οχτώ ενενήντα εννιά, και με ετήσια "
       "πληρωμή έχετε δύο μήνες δώρο.")
add(G, "Είμαι συνταξιούχος, γεννημένη στις 3 Μαΐου του 1948, δεν έχετε έκπτωση για μας;",
    ("date_of_birth", "3 Μαΐου του 1948"))
add(G, "Για συνταξιούχους έχουμε τριάντα τοις εκατό τον πρώτο χρόνο, δηλαδή έξι και είκοσι εννιά τον "
       "μήνα.")
a = afm("05316628")
_sp = say(G, a, "d nn nn nn nn", sep=", ")
add(G, f"Βεβαίως, {_sp}.", ("id", _sp), ctx="Για την έκπτωση συνταξιούχου θα χρειαστώ το ΑΦΜ σας.")
add(G, "Η εφημερίδα ερχόταν στην Ιπποκράτους 76, τέταρτος όροφος, Εξάρχεια, να σταματήσει από την "
       "επόμενη Κυριακή.", ("address", "Ιπποκράτους 76, τέταρτος όροφος, Εξάρχεια"))
add(G, "Το email μου είναι litsa παπάκι otenet τελεία gr.", ("email", "litsa παπάκι otenet τελεία gr"))
c = card("455812007733914")
add(G, f"Να, την έχω μπροστά μου, {grp(c, [4, 4, 4, 4])}.", ("card", grp(c, [4, 4, 4, 4])),
    ctx="Τον αριθμό της κάρτας σας;")
ib = iban("GR", "02601800000840200612375")
add(G, f"Και τα λεφτά του Δεκεμβρίου που πλήρωσα ήδη, επιστροφή στον λογαριασμό {fmt4(ib)}.",
    ("iban", fmt4(ib)))

# I. air-conditioner installation with state subsidy, Heraklion
add(G, "Κλιματιστικά Κρήτης, Μανώλης, παρακαλώ.", ("name", "Μανώλης"))
add(G, "Γεια σας, η Ειρήνη Τσαγκαράκη είμαι από το Ηράκλειο, θέλω να βάλω δύο κλιματιστικά με το "
       "πρόγραμμα «Ανακυκλώνω - Αλλάζω Συσκευή».", ("name", "Ειρήνη Τσαγκαράκη"))
add(G, "Η επιδότηση είναι μέχρι τριακόσια πενήντα ευρώ ανά συσκευή, και τα δωδεκάρια A+++ κοστίζουν "
       "εφτακόσια ογδόντα εγκατεστημένα.")
a1, a2 = afm("16624098"), afm("10473352")
add(G, f"Το δικό μου {a1} και του άντρα μου {a2}.", ("id", a1), ("id", a2),
    ctx="Χρειάζομαι το ΑΦΜ σας και του συζύγου, γιατί είστε στην ίδια δήλωση.")
add(G, "Εννιά Νοεμβρίου ογδόντα ένα.", ("date_of_birth", "Εννιά Νοεμβρίου ογδόντα ένα"),
    ctx="Το πρόγραμμα θέλει και ημερομηνία γέννησης του δικαιούχου.")
add(G, "Η εγκατάσταση θα γίνει στο σπίτι μας, Λεωφόρος Κνωσού 133, Ηράκλειο, ισόγειο με αυλή.",
    ("address", "Λεωφόρος Κνωσού 133, Ηράκλειο, ισόγειο"))
_sp = say(G, "6945213087", "nn nn nnn nnn", sep=", ")
add(G, f"Το κινητό μου είναι {_sp}.", ("phone", _sp))
add(G, "Και στο mail eirini.tsag@gmail.com στείλτε μου την προσφορά.",
    ("email", "eirini.tsag@gmail.com"))
ib = iban("GR", "01707500005075038217946")
_sp = f"τζι άρ {ib[2:4]} {fmt4(ib[4:])}"
add(G, f"Και το IBAN για την επιδότηση, {_sp}.", ("iban", _sp))
add(G, "Ο τεχνικός μπορεί να έρθει την Πέμπτη στις δέκα, η εγκατάσταση θέλει περίπου τρεις ώρες για τα "
       "δύο, και τα παλιά τα παίρνουμε εμείς.")
add(G, "Αν ο σωλήνας περάσει τα τρία μέτρα, είναι είκοσι πέντε ευρώ το επιπλέον μέτρο.")

# J. bouzouki night club, Athens
add(G, "Καλησπέρα, θα ήθελα να κλείσω τραπέζι για το Σάββατο για έξι άτομα.")
add(G, "Βεβαίως, είμαι ο Άρης, σε ποιο όνομα να το γράψω;", ("name", "Άρης"))
add(G, "Στο όνομα Κωνσταντίνος Μπαλτάς, ο Ντίνος.", ("name", "Κωνσταντίνος Μπαλτάς"), ("name", "Ντίνος"))
add(G, "Για έξι άτομα στην πίστα έχει ελάχιστη κατανάλωση δύο φιάλες, η φιάλη ουίσκι εκατόν ογδόντα, "
       "και το πρόγραμμα ξεκινάει στις δώδεκα και μισή.")
add(G, "Τα λουλούδια είναι πέντε ευρώ το πιάτο, και το τραπέζι κρατιέται μέχρι τη μία.")
add(G, "Είναι τα γενέθλιά μου, γεννήθηκα 14 Σεπτεμβρίου '92, κάνετε κανένα κέρασμα;",
    ("date_of_birth", "14 Σεπτεμβρίου '92"))
_sp = say(G, "6974305118", "dddd nnn nnn", sep=", ")
add(G, f"Γράψε το κινητό μου, {_sp}.", ("phone", _sp))
c = card("3641287709512")
add(G, f"Για την προκαταβολή, Diners, {grp(c, [4, 6, 4])}.", ("card", grp(c, [4, 6, 4])))
add(G, "Στείλε επιβεβαίωση στο ντίνος μπαλτάς παπάκι τζιμέιλ τελεία κομ.",
    ("email", "ντίνος μπαλτάς παπάκι τζιμέιλ τελεία κομ"))
ib = iban("GR", "01412900000129002117653")
add(G, f"Αν δεν έρθουμε λόγω καιρού, τα λεφτά πίσω στο {fmt4(ib)}.", ("iban", fmt4(ib)))
add(G, "Η είσοδος είναι από την παραλιακή, δίπλα στο βενζινάδικο, και το πάρκινγκ είναι δεκαπέντε ευρώ.")

# K. car-import registration agent, Limassol (British expat)
add(G, "Εισαγωγές Αυτοκινήτων «Λεμεσός Μότορς», η Μαρούλλα, πείτε μου.", ("name", "Μαρούλλα"))
add(G, "Hello, γεια σας, sorry my Greek is not great, my name is Gary Whitmore, έφερα το αυτοκίνητο από "
       "την Αγγλία.", ("name", "Gary Whitmore"))
add(G, "Για εισαγωγή από το Ηνωμένο Βασίλειο ο φόρος κατανάλωσης εξαρτάται από τα γραμμάρια CO2, για "
       "εκατόν είκοσι γραμμάρια είναι περίπου χίλια οχτακόσια ευρώ.")
add(G, "Η εγγραφή και οι πινακίδες κοστίζουν διακόσια σαράντα ευρώ, και το ραντεβού στο ΤΟΜ είναι την "
       "Πέμπτη στις εννιά και μισή.")
add(G, "Fourth of July nineteen seventy, like Independence Day, ha.",
    ("date_of_birth", "Fourth of July nineteen seventy"), ctx="Ημερομηνία γέννησης του ιδιοκτήτη;")
add(G, "Η διεύθυνση στην Κύπρο: Αγίου Ανδρέα 245, διαμέρισμα 12, Λεμεσός 3036.",
    ("address", "Αγίου Ανδρέα 245, διαμέρισμα 12, Λεμεσός 3036"))
add(G, "Δηλαδή +357 99 618240, σωστά;", ("phone", "+357 99 618240"))
ib = iban("CY", "005004060000000381957201")
add(G, f"For the refund of the deposit, το IBAN μου, {fmt4(ib)}.", ("iban", fmt4(ib)))
add(G, "Email, gary dot whitmore at btinternet dot com.",
    ("email", "gary dot whitmore at btinternet dot com"))
c = card("465901887236451")
_sp = ", ".join(say("en", c[i:i + 4], v="oh", double=True) for i in range(0, 16, 4))
add(G, f"Yes, Visa, {_sp}.", ("card", _sp), ctx="Θα πληρώσετε με κάρτα;")
add(G, "Τα χαρτιά από την DVLA πρέπει να είναι πρωτότυπα, και η μετάφραση γίνεται σε τρεις εργάσιμες.")

# L. guided tours of archaeological sites, Argolida
add(G, "Ξεναγήσεις Αργολίδας, καλημέρα σας.")
add(G, "Καλημέρα, λέγομαι Σταύρος Οικονόμου, θέλω να κλείσω ξενάγηση στις Μυκήνες και στην Επίδαυρο "
       "για την οικογένεια.", ("name", "Σταύρος Οικονόμου"))
add(G, "Η ολοήμερη ξενάγηση ξεκινάει στις οχτώ και μισή από το Ναύπλιο, κοστίζει εξήντα πέντε ευρώ ο "
       "ενήλικας, τα παιδιά κάτω των δώδεκα δωρεάν, και τα εισιτήρια των χώρων είναι επιπλέον.")
add(G, "Στις Μυκήνες θα δείτε την Πύλη των Λεόντων και τον Θησαυρό του Ατρέα, και στην Επίδαυρο το "
       "θέατρο, γύρω στις δώδεκα.")
a = afm("17520394")
add(G, f"Θέλω τιμολόγιο παροχής υπηρεσιών, στο ΑΦΜ μου, {grp(a, [3, 3, 3])}.", ("id", grp(a, [3, 3, 3])))
add(G, "Δεκαεννιά Ιανουαρίου του εβδομήντα εννιά.",
    ("date_of_birth", "Δεκαεννιά Ιανουαρίου του εβδομήντα εννιά"),
    ctx="Για την ασφάλεια της εκδρομής χρειαζόμαστε ημερομηνία γέννησης του αρχηγού της ομάδας.")
add(G, "Η διεύθυνση για το τιμολόγιο: Γούναρη 58, Πάτρα, ΤΚ 262 21.",
    ("address", "Γούναρη 58, Πάτρα, ΤΚ 262 21"))
ib = iban("GR", "01701450005145038662219")
add(G, f"Αν ακυρωθεί λόγω καύσωνα, επιστροφή στο {fmt4(ib)}.", ("iban", fmt4(ib)))
c = card("523944170028861")
_sp = (f"{say(G, c[:4])}, {say(G, c[4:12], 'nn nn nn nn', sep=', ')}, "
       f"{'ογδόντα εννιά' if c[12:14] != '89' else 'ογδόντα οχτώ'}, όχι, συγγνώμη, "
       f"{say(G, c[12:14], 'nn')}, {say(G, c[14:])}")
add(G, f"Η προκαταβολή με κάρτα, {_sp}.", ("card", _sp))
add(G, "Στείλτε τα εισιτήρια στο s τελεία oikonomou παπάκι gmail τελεία com.",
    ("email", "s τελεία oikonomou παπάκι gmail τελεία com"))
add(G, "Το λεωφορείο είναι κλιματιζόμενο, είκοσι θέσεων, και η επιστροφή στο Ναύπλιο γύρω στις πέντε.")

# === END DATA ===


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang, items in LANGS.items():
        if not items:
            continue
        rows = build(lang)
        with open(OUT_DIR / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        kinds = Counter(s["kind"] for r in rows for s in r["spans"])
        nonp = sum(1 for r in rows if not r["spans"])
        print(f"{lang}: {len(rows)} items ({nonp} non-personal), "
              f"{sum(kinds.values())} spans: "
              + ", ".join(f"{k} {kinds.get(k, 0)}" for k in KINDS))
    return 0


if __name__ == "__main__":
    sys.exit(main())
