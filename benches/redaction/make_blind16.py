#!/usr/bin/env python3
"""Blind held-out evaluation set "blind16" for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, started by a project session, wrote this script
working only from a written brief (the product's specification of what counts as personal
and the output format). It never opened the redactor, its rules, its tests, or any other
evaluation set or generator. The calls, people, numbers and addresses are invented; the
check digits of cards, IBANs and national IDs are computed here, and long non-personal
numbers are asserted to fail those checks.

Output (deterministic, standard library only):
    data/redaction/blind16/{en,ar,he,el}.jsonl
one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind: card, iban, id, phone, email, date_of_birth, name, address.
- start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive. They are computed
  by searching for each span's substring and asserted below.
- context (optional, not scored): an earlier line of the same call, given where the line
  alone would not tell a reader that the value is personal.
- items with empty spans are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind16.py
"""

import json
import re
import sys
from collections import Counter
from pathlib import Path

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = Path(__file__).resolve().parents[2] / "data" / "redaction" / "blind16"

AR_INDIC = "٠١٢٣٤٥٦٧٨٩"
TO_ASCII = str.maketrans(AR_INDIC, "0123456789")
TO_INDIC = str.maketrans("0123456789", AR_INDIC)


def ai(s):
    """ASCII digits -> Arabic-Indic digits."""
    return s.translate(TO_INDIC)


def digits_of(s):
    return "".join(ch for ch in s.translate(TO_ASCII) if ch.isdigit())


# ---------------------------------------------------------------- check digits

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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    d = luhn_complete(partial)
    assert 13 <= len(d) <= 19 and luhn_ok(d), d
    return d


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "QA": 29, "KW": 30,
            "BH": 22, "LB": 28, "TR": 26, "PS": 29, "ES": 24, "IT": 27}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    check = 98 - _iban_num(bban + cc + "00") % 97
    s = f"{cc}{check:02d}{bban}"
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s), s
    return s


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n if n < 10 else n - 9
    return total % 10 == 0


def tz(partial8):
    assert len(partial8) == 8
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(partial8):
    assert len(partial8) == 8
    s = sum(int(partial8[i]) * 2 ** (8 - i) for i in range(8))
    d = partial8 + str((s % 11) % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and d.isdigit() and luhn_ok(d)


def saudi(partial9):
    assert len(partial9) == 9 and partial9[0] in "12"
    d = luhn_complete(partial9)
    assert saudi_ok(d)
    return d


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ssn(s):
    assert ssn_ok(s), s
    return s


def ref(s):
    """A non-personal number (reference, order, tracking ...): assert it fails the checks."""
    d = digits_of(s)
    assert not looks_valid(d), s
    return s


def looks_valid(d):
    """Would this digit string pass any check of a card or national ID?"""
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if saudi_ok(d):
        return True
    return False


def grp(d, *sizes, sep=" "):
    """Group a digit string: grp('4111111111111111', 4, 4, 4, 4)."""
    assert sum(sizes) == len(d), (d, sizes)
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    return sep.join(out)


# ---------------------------------------------------------------- numbers as words
# Every spoken value below is produced from its digit string by say(), so the words
# always spell the generated (checked) value.

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen "
           "nineteen").split()
EN_TENS = [None, None] + "twenty thirty forty fifty sixty seventy eighty ninety".split()

AR_D = {
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
AR_TEEN = {
    "msa": "عشرة أحد_عشر اثنا_عشر ثلاثة_عشر أربعة_عشر خمسة_عشر ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر",
    "egy": "عشرة حداشر اتناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر",
}
AR_TENS = {
    "msa": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين",
    "egy": "_ _ عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين",
}

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TEEN = ("עשר|אחת עשרה|שתים עשרה|שלוש עשרה|ארבע עשרה|חמש עשרה|שש עשרה|שבע עשרה|"
           "שמונה עשרה|תשע עשרה").split("|")
HE_TENS = [None, None] + "עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_D_FORMAL = "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()
EL_TEEN = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ "
           "δεκαεννιά").split()
EL_TENS = [None, None] + ("είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα "
                          "ενενήντα").split()
EL_HUND = [None, "εκατό"] + ("διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια "
                             "εφτακόσια οχτακόσια εννιακόσια").split()


def _en_num(n):
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    h, r = divmod(n, 100)
    return EN_D[h] + " hundred" + (" and " + _en_num(r) if r else "")


def _ar_num(n, dia):
    d = AR_D[dia]
    key = "egy" if dia in ("egy", "lev", "mag") else "msa"
    if n < 10:
        return d[n]
    if n < 20:
        return AR_TEEN[key].split()[n - 10].replace("_", " ")
    t, u = divmod(n, 10)
    tens = AR_TENS[key].split()[t]
    return (d[u] + " و" + tens) if u else tens


def _he_num(n, g):
    d = HE_F if g == "f" else HE_M
    if n < 10:
        return d[n]
    if n < 20:
        return HE_TEEN[n - 10]
    t, u = divmod(n, 10)
    return HE_TENS[t] + (" ו" + HE_F[u] if u else "")


def _el_num(n, formal=False):
    d = EL_D_FORMAL if formal else EL_D
    if n < 10:
        return d[n]
    if n < 20:
        return EL_TEEN[n - 10]
    if n < 100:
        t, u = divmod(n, 10)
        return EL_TENS[t] + (" " + d[u] if u else "")
    h, r = divmod(n, 100)
    if r == 0:
        return EL_HUND[h]
    return ("εκατόν" if h == 1 else EL_HUND[h]) + " " + _el_num(r, formal)


def _digit_words(lang, g, opt):
    if lang == "en":
        zero = opt.get("zero", "zero")
        words = [zero if c == "0" else EN_D[int(c)] for c in g]
        if opt.get("doubles"):
            out, i = [], 0
            while i < len(g):
                j = i
                while j < len(g) and g[j] == g[i]:
                    j += 1
                run = j - i
                w = words[i]
                if run == 2:
                    out.append("double " + w)
                elif run == 3:
                    out.append("triple " + w)
                else:
                    out.extend([w] * run)
                i = j
            return " ".join(out)
        return " ".join(words)
    if lang == "ar":
        d = AR_D[opt.get("dia", "msa")]
        return " ".join(d[int(c)] for c in g)
    if lang == "he":
        d = HE_F if opt.get("g", "f") == "f" else HE_M
        return " ".join(d[int(c)] for c in g)
    if lang == "el":
        d = EL_D_FORMAL if opt.get("formal") else EL_D
        return " ".join(d[int(c)] for c in g)
    raise ValueError(lang)


def _number_words(lang, g, opt):
    lead = len(g) - len(g.lstrip("0"))
    rest = g[lead:]
    parts = []
    if lead:
        parts.append(_digit_words(lang, "0" * lead, opt))
    if rest:
        n = int(rest)
        if lang == "en":
            parts.append(_en_num(n))
        elif lang == "ar":
            assert n < 100
            parts.append(_ar_num(n, opt.get("dia", "msa")))
        elif lang == "he":
            assert n < 100
            parts.append(_he_num(n, opt.get("g", "f")))
        else:
            parts.append(_el_num(n, opt.get("formal", False)))
    return " ".join(parts)


def say(lang, s, pat=None, sep=" ", **opt):
    """Spell a value as a recogniser writes spoken digits.

    Without pat, groups follow the spaces/dashes of s and every digit is a word.
    With pat (e.g. "3d 2n 2n 3d"), the digits of s are consumed group by group: 'd' one
    word per digit, 'n' the group said as a number ("forty-two"). Letters in s (IBANs,
    postcodes) are written as spaced capitals.
    """
    if pat is None:
        groups = [("d", g) for g in re.split(r"[ \-]+", s.strip())]
    else:
        chars = [c for c in s if c.isalnum()]
        groups, i = [], 0
        for tok in pat.split():
            n, mode = int(tok[:-1]), tok[-1]
            groups.append((mode, "".join(chars[i:i + n])))
            i += n
        assert i == len(chars), (s, pat)
    out = []
    for mode, g in groups:
        words, run = [], ""
        for c in g + " ":
            if c.isdigit():
                run += c
                continue
            if run:
                words.append(_digit_words(lang, run, opt) if mode == "d"
                             else _number_words(lang, run, opt))
                run = ""
            if c.isalpha():
                words.append(c.upper())
        out.append(" ".join(words))
    return sep.join(out)


# ---------------------------------------------------------------- items -> JSON lines

LANGS = {"en": [], "ar": [], "he": [], "el": []}


def add(lang, text, spans=(), context=None):
    """spans: (kind, substring) or (kind, substring, after): the substring is searched
    from the end of the previous span (or after the first occurrence of `after`)."""
    LANGS[lang].append((text, list(spans), context))


def _check_value(kind, sub):
    plain = sub.translate(TO_ASCII)
    if kind in ("card", "id", "phone") and re.fullmatch(r"\+?[\d\s\-.()]+", plain):
        d = digits_of(plain)
        if kind == "card":
            assert 13 <= len(d) <= 19 and luhn_ok(d), sub
        elif kind == "id":
            assert (tz_ok(d) or afm_ok(d) or saudi_ok(d)
                    or (re.fullmatch(r"\d{3}[- ]\d{2}[- ]\d{4}", plain) and ssn_ok(plain))), sub
        else:
            assert 7 <= len(d) <= 15, sub
    if kind == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", plain):
        assert iban_ok(plain), sub
    if kind == "email" and "@" in sub:
        assert re.fullmatch(r"[\w.+\-]+@[\w\-]+(\.[\w\-]+)+", sub), sub


def _check_rest(text):
    """Digits outside the spans must not pass any card / ID / IBAN check."""
    plain = text.translate(TO_ASCII)
    for m in re.finditer(r"\d+(?:[ \-./]\d+)*", plain):
        pieces = re.split(r"[ \-./]", m.group())
        for i in range(len(pieces)):
            for j in range(i + 1, len(pieces) + 1):
                d = "".join(pieces[i:j])
                assert not looks_valid(d), (d, text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,}", plain):
        assert not iban_ok(m.group().strip()), (m.group(), text)


def build(lang):
    lines = []
    for text, spans, ctx in LANGS[lang]:
        b = text.encode("utf-8")
        assert text == text.strip() and "  " not in text, text
        pos, out = 0, []
        masked = bytearray(b)
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), (sub, text)
            sb = sub.encode("utf-8")
            frm = pos
            if len(sp) > 2:
                frm = max(pos, b.index(sp[2].encode("utf-8")) + len(sp[2].encode("utf-8")))
            start = b.find(sb, frm)
            assert start >= 0, (kind, sub, text)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            # a span must not cut a word in two
            if start > 0:
                prv = b[:start].decode("utf-8")[-1:]
                assert not (prv.isalnum() and sub[0].isalnum()), (sub, text)
            if end < len(b):
                nxt = b[end:].decode("utf-8")[:1]
                assert not (nxt.isalnum() and sub[-1].isalnum()), (sub, text)
            _check_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
            masked[start:end] = b" # " .ljust(end - start, b"#")[: end - start]
            pos = end
        _check_rest(bytes(masked).decode("utf-8", "replace"))
        obj = {"text": text, "spans": out}
        if ctx:
            obj["context"] = ctx
        lines.append(json.dumps(obj, ensure_ascii=False))
    return lines


def stats(lang):
    kinds = Counter(sp[0] for _, spans, _ in LANGS[lang] for sp in spans)
    empty = sum(1 for _, spans, _ in LANGS[lang] if not spans)
    return kinds, empty


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for lang, items in LANGS.items():
        if not items:
            continue
        lines = build(lang)
        texts = [t for t, _, _ in items]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        (OUT_DIR / f"{lang}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        kinds, empty = stats(lang)
        lower = sum(1 for t in texts if t == t.lower() and not re.search(r"[.,?!،؟]", t))
        print(f"{lang}: {len(items)} items, {sum(kinds.values())} spans, {empty} non-personal, "
              f"{lower} lower-case/unpunctuated | "
              + ", ".join(f"{k} {kinds[k]}" for k in KINDS))
        # the shape the brief asked for
        assert 110 <= len(items) <= 130, lang
        assert 75 <= sum(kinds.values()) <= 85, lang
        assert all(kinds[k] >= 7 for k in KINDS), (lang, kinds)
        assert 20 <= kinds["name"] <= 25, lang
        assert 35 <= empty <= 45, lang
    return 0


# ================================================================ English

def E(text, spans=(), context=None):
    add("en", text, spans, context)


def g4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nohy(s):
    return s.replace("-", " ").replace(",", "")


en_c = [card("454617830092215"), card("535421069847733"), card("37825109347120"),
        card("601148209937561"), card("492918003466271"), card("222300417865920"),
        card("675941203388190417"), card("431940055612873")]
en_ib = [iban("GB", "BARC20658273645190"), iban("GB", "MIDL40051572839014"),
         iban("IE", "AIBK93115247801936"), iban("IE", "BOFI90001784523106"),
         iban("DE", "370400440532876192"), iban("NL", "INGB0006284137"),
         iban("SA", "10000020148830271905"), iban("GR", "01720840000084512963307")]
en_ssn = [ssn("219-54-8836"), ssn("610-22-4851"), ssn("523-41-7709"), ssn("412-78-3305")]
en_tz = tz("31275046")
en_sa = saudi("107823451")
en_iq = saudi("245819330")
en_afm = afm("14638920")

# --- call: blood-test lab, Leicester (UK); caller of Indian origin
E("Good morning, Castlegate Diagnostics, you're speaking to Jade, how can I help?",
  [("name", "Jade")])
E("Um, yeah, hi, my name's Priya Raghunathan, I had bloods done on Tuesday and they said "
  "the results would be ready in three to five working days.",
  [("name", "Priya Raghunathan")])
E("yeah its the fourteenth of october nineteen eighty seven",
  [("date_of_birth", "fourteenth of october nineteen eighty seven")],
  "Can I just take your date of birth, please?")
E("Forty-two Marston Avenue, L E four, seven Q D.",
  [("address", "Forty-two Marston Avenue, L E four, seven Q D")],
  "And the first line of the address and the postcode?")
E("Okay, so I can see the sample was received on the 3rd at 10:42 and it's gone for a full "
  "blood count and an HbA1c, the HbA1c usually takes a bit longer, up to seven days.")
E("could you email them to me instead its priya dot r eighty seven at gmail dot com",
  [("email", "priya dot r eighty seven at gmail dot com")])
E("Thank you, Miss Raghunathan, I've updated that on the request form.",
  [("name", "Raghunathan")])
E(f"The reference on your form is L D {say('en', ref('1477390'))}, and the private panel "
  "was £129, that was taken on the 28th of February.")
E("so the vitamin d one is separate is it because the gp only ticked two boxes")

# --- call: wedding-dress rental, Galway (Ireland)
E("hi there im ringing about renting a dress for the twenty first of june the ivory one "
  "thats in the window")
E("It's Aoife Ní Bhriain, that's B H R I A I N.",
  [("name", "Aoife Ní Bhriain"), ("name", "B H R I A I N")],
  "Lovely. And who am I speaking with?")
E("Grand, Aoife, so the Rosalind gown is €380 for the weekend hire and there's a €200 "
  "deposit that's refunded when it comes back.", [("name", "Aoife")])
E(f"Can I put the deposit on my card? It's {grp(en_c[0], 4, 4, 4, 4)}.",
  [("card", grp(en_c[0], 4, 4, 4, 4))])
E(f"Bank transfer is easier, actually. My IBAN is {g4(en_ib[2])}.",
  [("iban", g4(en_ib[2]))], "And for the refund of the deposit, card or bank transfer?")
E("so collection is friday the twentieth after two oclock and it has to be back by monday "
  "the twenty third before twelve otherwise its twenty five euro a day")
E(f"{say('en', '087 231 4469', sep=', ')}.",
  [("phone", say('en', '087 231 4469', sep=', '))],
  "And the best number to get you on?")
E("the veil is extra is it the long cathedral one with the lace edge")

# --- call: kitchen-renovation contractor, Ohio (US)
E("Thank you for calling Oakline Kitchen and Bath, this is Marissa, are you calling about "
  "a new project or an existing one?", [("name", "Marissa")])
E("existing one my name is dwayne jackson folks call me dj we had the consult last thursday",
  [("name", "dwayne jackson"), ("name", "dj")])
E("Okay, I have the quote here, it's $18,450 for the cabinets and the quartz countertop, "
  "and the install is scheduled for the week of April 14th, about eight working days.")
E("The job address is 2217 Maple Ridge Drive, Westerville, Ohio 43081, that's the house, "
  "not the rental.", [("address", "2217 Maple Ridge Drive, Westerville, Ohio 43081")])
E(f"Sure, it's {say('en', '219 54 8836', sep=', ')}.",
  [("id", say('en', '219 54 8836', sep=', '))],
  "For the twelve-month financing I'll need your Social Security number to run the credit "
  "application.")
E(f"and my wifes for the joint application is {say('en', '610 22 4851', zero='oh')}",
  [("id", say('en', '610 22 4851', zero='oh'))])
E("Cell is (614) 382-7710, and email is dwayne.jackson77@outlook.com.",
  [("phone", "(614) 382-7710"), ("email", "dwayne.jackson77@outlook.com")])
E("The countertop is the Calacatta Laza, SKU 40117-QZ, and the sink is the Kohler K-5540, "
  "both in stock at the Dublin, Ohio warehouse.")
E("Okay, Mr. Jackson, you're all set, you'll get a text confirming the 14th.",
  [("name", "Jackson")])
E("uh the old cabinets we rip out those go in the dumpster right thats included in the "
  "twenty one hundred for demo")

# --- call: medical equipment rental, Brisbane (Australia)
E("G'day, CareHire Medical, Liam speaking.", [("name", "Liam")])
E("Hi, yeah, I'm after an oxygen concentrator for my dad, he's coming home from the Wesley "
  "on Friday.")
E("So the five-litre concentrator is $95 a week, the portable one is $140, minimum hire is "
  "four weeks, and delivery within Brisbane metro is $60 each way.")
E("Sharon Kowalczyk, with a W and a C Z.",
  [("name", "Sharon Kowalczyk")],
  "Can I grab your name?")
E("yeah its unit four twelve banksia crescent toowong four oh six six",
  [("address", "unit four twelve banksia crescent toowong four oh six six")],
  "and the delivery address for the concentrator?")
E(f"My mobile's {say('en', '0412 387 550', sep=', ', zero='oh', doubles=True)}.",
  [("phone", say('en', '0412 387 550', sep=', ', zero='oh', doubles=True))])
E("second of july nineteen forty one",
  [("date_of_birth", "second of july nineteen forty one")],
  "And your dad's date of birth for the prescription form?")
E(f"It's an Amex, {say('en', grp(en_c[2], 4, 6, 5), sep=', ', zero='oh')}.",
  [("card", say('en', grp(en_c[2], 4, 6, 5), sep=', ', zero='oh'))])
E("Thanks for that, that's all booked in for Friday between eight and twelve.")
E("does the wheelchair fold up because hes got a little hyundai i30 and the boot is tiny")

# --- call: food-delivery app rider support, London (UK); Nigerian and Dutch riders
E("Good afternoon. My name is Chukwuemeka Obi, my rider ID is R-448192, my payout for last "
  "week did not come.", [("name", "Chukwuemeka Obi")])
E("Nineteen, oh four, ninety-one.", [("date_of_birth", "Nineteen, oh four, ninety-one")],
  "No problem, I just need to verify you. What's your date of birth?")
E("I can see 46 orders between the 3rd and the 9th, total £612.40, the payout was "
  "scheduled for Wednesday but it bounced back on Thursday.")
E(f"Yes, the account changed. It is {say('en', g4(en_ib[1]), sep=', ')}.",
  [("iban", say('en', g4(en_ib[1]), sep=', '))],
  "It bounced because the bank rejected it. Have you got a new IBAN for me?")
E("okay emeka ive updated it the payout should land in two to three working days",
  [("name", "emeka")])
E("my number is plus four four seven seven double oh nine one eight two six four in case "
  "you need to call me back",
  [("phone", "plus four four seven seven double oh nine one eight two six four")])
E("And my email is e m e k a underscore obi at yahoo dot com, the app has an old one.",
  [("email", "e m e k a underscore obi at yahoo dot com")])
E("the bike was in the shop on tuesday so i only did like twenty hours that week and i had "
  "three cancelled orders")
E("So the two cancelled orders from the Nando's on Queensway were auto-refunded and you "
  "still get the £3.20 cancellation fee for each.")
nl_sp = say('en', g4(en_ib[5])).lower()
E(f"hey its sander de vries rider in leeds my payout account is dutch its {nl_sp}",
  [("name", "sander de vries"), ("iban", nl_sp)])

# --- call: student-housing office, Dublin (Ireland)
E("Hi, my name is Faisal Al-Harbi, I'm starting the MSc in September and I need a room "
  "from the 1st of September.", [("name", "Faisal Al-Harbi")])
E(f"My Saudi national ID, it's {say('en', grp(en_sa, 3, 3, 4), sep=', ')}.",
  [("id", say('en', grp(en_sa, 3, 3, 4), sep=', '))],
  "For international students we need a passport or a national ID number.")
E(f"The scholarship pays the rent from Riyadh, from the account {g4(en_ib[6])}, and "
  "my email is faisal dot alharbi at hotmail dot com.",
  [("iban", g4(en_ib[6])), ("email", "faisal dot alharbi at hotmail dot com")])
E("So the en-suite rooms are €1,150 a month, studios are €1,480, the licence is 41 weeks and "
  "the booking deposit is €500.")
E("hiya its noa ben david here im the one who emailed about the twin room",
  [("name", "noa ben david")])
E("Yes, I have your email here. The form asks for an ID number and a date of birth.")
E(f"Okay, my Israeli ID number is {grp(en_tz, 3, 3, 3)}, and I was born on 02/05/2004.",
  [("id", grp(en_tz, 3, 3, 3)), ("date_of_birth", "02/05/2004")])
E("room two fourteen in block c is free from the twenty eighth of august and the laundry "
  "card top up is twenty euro")
E(f"i grew up in riyadh so i dont have the passport yet i have the iqama number "
  f"{say('en', grp(en_iq, 3, 3, 4))}",
  [("id", say('en', grp(en_iq, 3, 3, 4)))])
E(f"I'm paying my daughter's rent from Germany, it comes from {g4(en_ib[4])}, "
  "could you put her room number on the receipt?", [("iban", g4(en_ib[4]))])
E("Twenty-third of November, two thousand and three.",
  [("date_of_birth", "Twenty-third of November, two thousand and three")],
  "And your date of birth, Faisal?")

# --- call: piano tuner, Boston (US)
E("Back Bay Piano, Arturo speaking.", [("name", "Arturo")])
E("Yes, hello, this is Eleanor Whitfield, I'd like the piano tuned before my granddaughter's "
  "recital.", [("name", "Eleanor Whitfield")])
E("It's a Steinway Model M from 1927, it hasn't been tuned since, oh, March of last year, "
  "and the middle C sticks a little.")
E("I'm at 48 Commonwealth Avenue, apartment 5, in Back Bay, the buzzer says Whitfield.",
  [("address", "48 Commonwealth Avenue, apartment 5"), ("address", "Back Bay"),
   ("name", "Whitfield")])
E("A standard tuning is $165, if it needs a pitch raise that's another $60, and I have "
  "Tuesday the 9th at 10 or Thursday the 11th at 2:30.")
E(f"My number is {say('en', '617 442 0913', sep=', ', zero='oh')}.",
  [("phone", say('en', '617 442 0913', sep=', ', zero='oh'))])
E(f"i can pay when you come or now on the discover card {grp(en_c[3], 4, 4, 4, 4, sep='-')}",
  [("card", grp(en_c[3], 4, 4, 4, 4, sep='-'))])
E("we tune to a four forty unless you want it at four thirty two and it takes about ninety "
  "minutes")

# --- call: cemetery plot office, Cork (Ireland)
E("hello yeah its declan murphy here im ringing about the plot beside my wife in section d",
  [("name", "declan murphy")])
E("Yes, I have it here, section D, row 14, plot 112, the reservation fee is €2,300 and the "
  "opening fee on the day is separate, that's €650.")
E("thats myself the fifth of january nineteen forty eight",
  [("date_of_birth", "fifth of january nineteen forty eight")],
  "For the deeds I need the date of birth of the person it's reserved for.")
E("Fourteen Ashgrove Road, Douglas, Cork, T12 XH58.",
  [("address", "Fourteen Ashgrove Road, Douglas, Cork, T12 XH58")],
  "And your postal address for the deeds, Mr. Murphy?")
E("Your wife's headstone went up on the 17th of May 2019 and the grave number on the "
  "register is 4471.")
E(f"the landline is {say('en', '021 489 3376', zero='oh')} i dont do the mobile",
  [("phone", say('en', '021 489 3376', zero='oh'))])
E("is the gate on the kinsale road side open on sundays or only the main one")

# --- call: scaffolding hire, Manchester (UK); a Greek plasterer on the same site
E("alright mate its gaz from holt and sons builders need a tower for the wellington street "
  "job", [("name", "gaz")])
E("I need it for six weeks, eight metre working height, and about 40 metres of tube and "
  "fittings, starting Monday the 2nd.")
E("Delivery to 38 Wellington Street, Salford, M3 5EW, the site entrance is round the back by "
  "the Co-op.", [("address", "38 Wellington Street, Salford, M3 5EW")])
E("That's £285 a week for the tower, the tube is 40p a metre per week, and delivery and "
  "collection is £120, so around £2,400 all in plus VAT.")
E(f"Mobile is {say('en', '07913 446 208', sep=', ', zero='oh', doubles=True)}, ring that "
  "not the office.",
  [("phone", say('en', '07913 446 208', sep=', ', zero='oh', doubles=True))])
E(f"And the damage deposit goes back to {en_ib[0]} when it's collected, yeah?",
  [("iban", en_ib[0])])
E(f"Hello, it's Nikos from the plastering crew on that site. For the invoice you need my "
  f"Greek tax number, the AFM, it is {grp(en_afm, 3, 3, 3)}.",
  [("name", "Nikos"), ("id", grp(en_afm, 3, 3, 3))])
gr_sp = (f"G R {say('en', en_ib[7][2:4], '2n')}, "
         f"{say('en', grp(en_ib[7][4:], 3, 4, 4, 4, 4, 4), sep=', ')}")
E(f"Pay it to my Greek account please, {gr_sp}, and send the remittance to nikos "
  "underscore plaster at yahoo dot gr.",
  [("iban", gr_sp), ("email", "nikos underscore plaster at yahoo dot gr")])
E("the edge protection we had on the last job was short by two boards and we got a warning "
  "from the inspector on the twelfth")

# --- call: aquarium and pet-fish shop, Florida (US)
E("Reef Republic, this is Destiny, how can I help you?", [("name", "Destiny")])
E("Yes, hi, I ordered the 75-gallon setup online, order number 20418877, and it says pending "
  "since Monday.")
E("Okay, the 75-gallon tank with the stand is $689, the canister filter is $219, and live "
  "corals ship separately, Tuesdays only, overnight, $49.")
E("It's venkat dot s at proton dot me, no, sorry, venkat underscore s at proton dot me.",
  [("email", "venkat dot s at proton dot me"), ("email", "venkat underscore s at proton dot me")],
  "What email did you use for the order?")
k_card = f"{grp(en_c[5][:8], 4, 4)}, {say('en', en_c[5][8:12])}, {say('en', en_c[5][12:])}"
E(f"Use the Mastercard instead, {k_card}.", [("card", k_card)])
E("ship to eleven thirty sawgrass lane apartment two oh four kissimmee florida three four "
  "seven four one", [("address", "eleven thirty sawgrass lane apartment two oh four kissimmee "
                     "florida three four seven four one")])
E(f"The tracking number is {ref('9405 5118 9956 2310 4471 28')}, it should arrive Thursday "
  "between 9 and 5, and the fish are guaranteed for 14 days.")

# --- call: dog-walking service, Sydney (Australia)
E("Hey, I booked walks for Charlie, my kelpie, Mondays and Wednesdays, but I need to add "
  "Fridays from next week.")
E("Charlie's walks are $35 for the half hour, we do pickups between 11 and 1, and we're "
  "closed over the Australia Day long weekend.")
E("its josh dot nguyen nine one at outlook dot com dot au",
  [("email", "josh dot nguyen nine one at outlook dot com dot au")],
  "whats the best email for the invoices")
E("It's 7/23 Glebe Point Road, Glebe, the key's in the lockbox by the side gate.",
  [("address", "7/23 Glebe Point Road, Glebe")], "And the pickup address?")
E(f"Just put it on the card, {say('en', grp(en_c[1], 4, 4, 4, 4), sep=', ', doubles=True)}.",
  [("card", say('en', grp(en_c[1], 4, 4, 4, 4), sep=', ', doubles=True))])
E("hes three years old about twenty two kilos fine with other dogs but he goes off at bikes")

# --- call: chess club, London (UK); Indian parent
E("Hello, yes, good evening, I am Lakshmi Iyer, I want to enrol my son for the junior "
  "Saturday session.", [("name", "Lakshmi Iyer")])
E("Third August 2014, he is eleven now.", [("date_of_birth", "Third August 2014")],
  "Lovely. What's his date of birth? The junior sections go by age.")
E("The juniors meet Saturdays 10 to 12, the term fee is £95 for 11 weeks, and the rapidplay on "
  "the 15th is £12 entry, for players rated under 1200.")
E("My number is +91 98450 23817, no, that's my India number, UK number is 07452 118 903.",
  [("phone", "+91 98450 23817"), ("phone", "07452 118 903")])
ch_card = say('en', grp(en_c[6], 4, 4, 4, 4, 3), zero='oh')
E(f"its an old maestro card nineteen digits {ch_card}", [("card", ch_card)])

# --- call: car-wash subscription, Austin (US)
E("yeah hi i wanna cancel my unlimited wash plan its been charging me twice")
E("I see two charges of $29.99, one on the 5th and one on the 6th, on the card ending in "
  "4471, so I'll refund the duplicate, that takes 5 to 7 business days.")
E("(512) 730-4418.", [("phone", "(512) 730-4418")],
  "Can I get the phone number on the account?")
m_card = (f"{say('en', grp(en_c[4][:8], 4, 4), sep=', ')}, mm-hm, "
          f"{say('en', grp(en_c[4][8:], 4, 4), sep=', ')}")
E(f"Actually keep it but move it to my other card, {m_card}.", [("card", m_card)])
E("The Platinum plan is $39.99 a month and includes the tyre shine and the undercarriage, "
  "and it works at all 14 locations, the Lamar one too.")
E("so if i downgrade to basic on the twentieth do i lose the wash i already paid for in may")

# --- call: recycling deposit refund, Ennis (Ireland)
E("hiya the machine in the supermarket in ennis jammed and swallowed about sixty cans and "
  "never gave me the docket")
E(f"Okay, the voucher number on the receipt is {ref('7730 2214 9985 61')}, and sixty cans at "
  "15 cent is €9, plus the 24 bottles at 25 cent, €6, so €15 in total.")
ie_sp = (f"IE {say('en', en_ib[3][2:4], '2n')}, {' '.join(en_ib[3][4:8])}, "
         f"{say('en', grp(en_ib[3][8:], 3, 3, 4, 4), sep=', ')}")
E(f"Yeah, grand, it's {ie_sp}.", [("iban", ie_sp)],
  "We can't pay cash for that, I'll transfer it. What's the IBAN?")

# --- call: fishing licence line (US, Texas)
E("I need a resident fishing licence for me and my boy, we're going out to Toledo Bend on the "
  "fourth.")
E("Born March the ninth, nineteen seventy-four.",
  [("date_of_birth", "March the ninth, nineteen seventy-four")], "Date of birth?")
E("Mine's 523-41-7709.", [("id", "523-41-7709")],
  "The state needs your Social Security number on the licence, federal rule.")
E(f"and his is {say('en', '412 78 3305', zero='oh')} he just turned seventeen",
  [("id", say('en', '412 78 3305', zero='oh'))])
o_card = nohy(say('en', en_c[7], '2n 2n 2n 2n 2n 2n 2n 2n'))
E(f"put both on the visa {o_card}", [("card", o_card)])
E("billyray dot tucker at yahoo dot com, all one word the billyray.",
  [("email", "billyray dot tucker at yahoo dot com")], "And an email for the receipt?")
E("Resident fishing is $30, the saltwater endorsement is $10, it's good through August 31st, "
  "and the lake record on Toledo Bend is 16 pounds.")
E("the youth one is free under seventeen right so i dont pay for him till next june")



# ================================================================ Arabic
def A(text, spans=(), context=None):
    add("ar", text, spans, context)


ar_c = [card("484783021954663"), card("588845102938475"), card("432198007364512"),
        card("529741860213378"), card("507803219648300"), card("415464093372881"),
        card("558312746690125"), card("37654120883912")]
ar_ib = [iban("SA", "80000123608010167519"), iban("SA", "15000608141210770009"),
         iban("AE", "0260001015328460011"), iban("AE", "0350000004782291054"),
         iban("EG", "0003004100000171249036520"), iban("EG", "0002012800001200398712450"),
         iban("JO", "CBJO0010000000000131000302"), iban("JO", "ARAB1140000000114001928374")]
ar_sa = [saudi("108492736"), saudi("110357729"), saudi("104418265")]
ar_iq = [saudi("241097735"), saudi("235618820"), saudi("251340961")]
ar_tz = [tz("20836451"), tz("03194472")]

# --- call: mosque zakat and charity committee, Amman (Jordan, Levantine)
A("السلام عليكم، لجنة زكاة وصدقات مسجد الهدى، معك أبو أنس، تفضل.", [("name", "أبو أنس")])
A("وعليكم السلام، أنا ليث الزعبي، بدي أدفع زكاة المال عن السنة هاي وما بعرف كيف أحسبها.",
  [("name", "ليث الزعبي")])
A("الله يتقبل منك، النصاب هالسنة حوالي ٤٢٥٠ دينار، وبتطلع اثنين ونص بالمية من المبلغ اللي حال "
  "عليه الحول.")
A("مرحبا أنا أم يزن بدي أسجل عندكم للمساعدة زوجي متوفي من سنتين وعندي تلات ولاد",
  [("name", "أم يزن")])
jo1 = grp(ar_ib[6], 4, 4, 4, 4, 4, 4, 4, 2)
A(f"هي الآيبان: {jo1}، باسمي بالبنك.", [("iban", jo1)],
  "طيب، الآيبان تبعك عشان نحوّل عليه المساعدة الشهرية؟")
A(f"رقمي {say('ar', '079 558 2140', dia='lev', sep='، ')}.",
  [("phone", say('ar', '079 558 2140', dia='lev', sep='، '))])
A("ساكنة في جبل النصر، شارع الشهيد، عمارة ١٤، الطابق التاني، فوق الدكانة.",
  [("address", "جبل النصر، شارع الشهيد، عمارة ١٤، الطابق التاني")],
  "وين ساكنة بالزبط يا خالة؟")
A("المساعدة الشهرية ٧٥ دينار وبتتوزع أول خميس من كل شهر بعد صلاة العصر وبرمضان في طرد "
  "غذائي كمان")
A(f"تمام يا أم يزن، سجلنا الطلب ورقمه {ref('3318')}، وبنتصل فيكي خلال أسبوعين.",
  [("name", "أم يزن")])
A("مواليد ١٥ شباط ١٩٨٢.", [("date_of_birth", "١٥ شباط ١٩٨٢")], "وتاريخ ميلادك؟")
A("انا من الداخل من ام الفحم وبدي اتبرع بكفالة يتيم بس ما عندي رقم وطني اردني عندي هوية "
  f"اسرائيلية رقمها {say('ar', grp(ar_tz[0], 3, 3, 3), dia='lev')}",
  [("id", say('ar', grp(ar_tz[0], 3, 3, 3), dia='lev'))])
A("كفالة اليتيم ٤٠ دينار بالشهر والدفع بيكون كل ٣ شهور وبيوصلك تقرير عن الولد مرتين بالسنة")

# --- call: car-wash subscription, Riyadh (Saudi, Gulf)
A("هلا والله، معك نواف من لمعة لغسيل السيارات، كيف أقدر أخدمك؟", [("name", "نواف")])
A("السلام عليكم أبي أجدد الاشتراك الشهري الباقة الذهبية اللي فيها التلميع")
A("الباقة الذهبية بـ ١٩٩ ريال بالشهر، فيها أربع غسلات داخلي وخارجي وتلميع، والفضية بـ ١٢٩ "
  "بدون تلميع.")
A("محمد بن سعد العتيبي، أبو سعد.", [("name", "محمد بن سعد العتيبي"), ("name", "أبو سعد")],
  "الاسم الكريم؟")
A(f"جوالي {ai('054 321 8876')}، وإذا ما رديت كلم الواتساب.",
  [("phone", ai('054 321 8876'))])
A(f"ادفع بمدى، الرقم {ai(grp(ar_c[0], 4, 4, 4, 4))}.",
  [("card", ai(grp(ar_c[0], 4, 4, 4, 4)))])
A("السيارة لكزس ٢٠٢١ لونها أبيض، والغسلة الجاية يوم الأحد الساعة ٤ العصر في فرع طريق الملك "
  "عبدالعزيز.")
A("تم يا أبو سعد، الاشتراك يبدأ من ١ رجب وينتهي ٣٠ رجب، ويتجدد تلقائي إذا ما ألغيت.",
  [("name", "أبو سعد")])
A("طيب والجمعة تفتحون ولا بس بعد الصلاة لان اغلب الناس تجي الجمعة")

# --- call: hunting and fishing licences (Saudi, Gulf; a resident from Pakistan)
A("مرحبا أبغى أطلع رخصة صيد بري لهالموسم وأبغى أعرف الطيور المسموحة")
sa_sp = say('ar', grp(ar_sa[0], 4, 3, 3), dia='gulf', sep=' ')
A(f"{sa_sp}.", [("id", sa_sp)], "رقم الهوية الوطنية لو سمحت؟")
A("هجري، ١٤٠٨/٠٣/١٧.", [("date_of_birth", "١٤٠٨/٠٣/١٧")], "وتاريخ الميلاد، هجري ولا ميلادي؟")
A("رسوم الرخصة ٣٠٠ ريال للموسم، والموسم من ١ سبتمبر إلى ٣١ يناير، والحد الأعلى خمس طيور "
  "باليوم.")
A(f"السلام عليكم، اسمي شهزاد أحمد، مقيم، رقم إقامتي {ar_iq[0]}، أبغى رخصة صيد بحري للقارب.",
  [("name", "شهزاد أحمد"), ("id", ar_iq[0])])
A("رخصة الصيد البحري الترفيهي للقارب ٥٠٠ ريال بالسنة، وللفرد ١٥٠، وممنوع الصيد جنب المحميات "
  "عند جزر فرسان.")
A("ارسلوها على الإيميل shahzad.ahmed88@gmail.com لو سمحت.",
  [("email", "shahzad.ahmed88@gmail.com")])
A("شكراً أستاذ شهزاد، الرخصة بتوصلك رسالة خلال ٤٨ ساعة.", [("name", "شهزاد")])
A("يعني لو طلعت مع اخوي بنفس القارب لازم كل واحد رخصة ولا رخصة القارب تكفي")

# --- call: medical equipment rental, Cairo (Egypt, Egyptian)
A("ألو، مساء الخير، عندكم جهاز أكسجين للإيجار؟ بابا خارج من المستشفى بكرة.")
A("أيوه يا فندم، مركز الأكسجين خمسة لتر بـ ١٢٠٠ جنيه في الشهر، والسرير الطبي بـ ٩٠٠، "
  "والتأمين ٣٠٠٠ جنيه بيرجع لحضرتك.")
A("أنا اسمي رانيا عبد الحميد وبابا اسمه مكتوب في الروشتة", [("name", "رانيا عبد الحميد")])
A("١٤ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩، جنب صيدلية العزبي.",
  [("address", "١٤ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٩")],
  "العنوان بالتفصيل يا فندم؟")
eg_ph = say('ar', '0100 654 2318', dia='egy', sep='، ')
A(f"رقمي {eg_ph}، ده عليه واتساب.", [("phone", eg_ph)])
A(f"والتأمين يرجعلي على الحساب ده {ar_ib[4]}.", [("iban", ar_ib[4])])
A("بابا مواليد ٣ مارس ١٩٤٩", [("date_of_birth", "٣ مارس ١٩٤٩")],
  "وتاريخ ميلاد المريض عشان العقد")
A("تمام يا مدام رانيا المندوب هيكون عندك بكرة من ١٠ لـ ٢ الضهر", [("name", "رانيا")])
A("هو الجهاز ده بيعمل صوت عالي بالليل ولا هادي عشان ماما نومها خفيف")

# --- call: food-delivery app rider support, Jeddah (Saudi; a Sudanese rider)
A("أهلاً بك في دعم المناديب، كيف أقدر أساعدك؟")
A("السلام عليكم، أنا مصعب عثمان، مندوب في جدة، حسابي موقوف من أمس وما أعرف ليش.",
  [("name", "مصعب عثمان")])
iq_sp = say('ar', grp(ar_iq[1], 4, 4, 2), dia='egy', sep='، ')
A(f"{iq_sp}.", [("id", iq_sp)], "عشان أتحقق منك، رقم الإقامة لو سمحت؟")
A("الحساب انوقف بسبب تقييمين أقل من ٣ نجوم يوم ١٢ و١٣ الشهر، وبيرجع يشتغل بعد ٧٢ ساعة من "
  "المراجعة.")
A("وتاريخ ميلادي ١٩٩٥/٠٨/٠٤ ميلادي لو تحتاجه.", [("date_of_birth", "١٩٩٥/٠٨/٠٤")])
sa_pay = f"إس إيه {ai(grp(ar_ib[1][2:], 2, 4, 4, 4, 4, 4))}"
A(f"المستحقات غيرتها، الآيبان الجديد {sa_pay}، بنك الرياض.", [("iban", sa_pay)])
A("رقمي +966 50 417 2293 وعليه واتساب", [("phone", "+966 50 417 2293")])
A("والإيميل musab أندر سكور osman آت ياهو دوت كوم.",
  [("email", "musab أندر سكور osman آت ياهو دوت كوم")])
A("والطلبات اللي وصلتها امس سبعتاشر طلب هل بتنحسب ولا راحت")
A("رصيدك الحالي ٨٤٠ ريال، وبيتحول يوم الثلاثاء الجاي، والعمولة على كل طلب ٩ ريال.")

# --- call: student housing, Irbid (Jordan); students from Nazareth and from Saudi Arabia
A("مرحبا، سكن الطالبات، معك سماح.", [("name", "سماح")])
A("أهلين أنا رزان مصالحة سنة أولى صيدلة بدي غرفة مفردة للفصل الأول",
  [("name", "رزان مصالحة")])
A("الغرفة المفردة ١٢٠ دينار بالشهر، والمزدوجة ٨٠، والتأمين ١٠٠ دينار بيرجع آخر السنة، "
  "والعقد تسع شهور.")
A(f"أنا من الناصرة، معي هوية إسرائيلية بس، رقمها {grp(ar_tz[1], 3, 3, 3)}.",
  [("id", grp(ar_tz[1], 3, 3, 3))])
A("رقمي الإسرائيلي +972 52 663 1490، ولما أوصل بطلع خط أردني.",
  [("phone", "+972 52 663 1490")])
A("تسعة وعشرين أيار ألفين وستة", [("date_of_birth", "تسعة وعشرين أيار ألفين وستة")],
  "وتاريخ الميلاد")
A("أهلا رزان، الغرفة ٢١٤ بالطابق التاني فاضية من أول أيلول.", [("name", "رزان")])
A("والإيميل razan.masalha06@hotmail.com", [("email", "razan.masalha06@hotmail.com")])
A(f"السلام عليكم، أنا طالب سعودي بالهندسة، رقم هويتي {ai(ar_sa[1])}، بدي أحجز لأختي.",
  [("id", ai(ar_sa[1]))])
A(f"{ar_ib[7]}", [("iban", ar_ib[7])], "التأمين برجع على حساب بنكي، شو الآيبان؟")
A("في باص للجامعة الساعة سبعة ونص الصبح ولا لازم نمشي")

# --- call: blood-test lab home visit, Alexandria (Egypt)
A("معمل النخبة للتحاليل، صباح الخير، حضرتك عايز تحجز زيارة منزلية؟")
A("أيوه أنا هبة سامي عايزة أعمل صورة دم كاملة وسكر تراكمي والدكتور كاتب كمان وظايف كبد",
  [("name", "هبة سامي")])
A("الصورة الكاملة بـ ١٨٠ جنيه، والتراكمي ٢٥٠، ووظايف الكبد ٤٠٠، والزيارة المنزلية ١٠٠ جنيه "
  "زيادة، والنتيجة بتطلع بعد ٢٤ ساعة.")
A("٢٣ شارع خالد بن الوليد، سيدي بشر، عمارة الصفا، الدور الخامس.",
  [("address", "٢٣ شارع خالد بن الوليد، سيدي بشر، عمارة الصفا، الدور الخامس")],
  "العنوان يا فندم؟")
A(f"موبايلي {ai('0122 847 3096')}.", [("phone", ai('0122 847 3096'))])
A("ابعتولي النتيجة على heba.samy آت جيميل دوت كوم",
  [("email", "heba.samy آت جيميل دوت كوم")])
A("مواليد اتنين وعشرين نوفمبر تسعين", [("date_of_birth", "اتنين وعشرين نوفمبر تسعين")],
  "وتاريخ الميلاد عشان التقرير")
A(f"هدفع بالفيزا، {grp(ar_c[2], 4, 4, 4, 4)}.", [("card", grp(ar_c[2], 4, 4, 4, 4))])
A("المعاد بكرة الساعة ٨ الصبح، ولازم صيام من ١٠ لـ ١٢ ساعة قبل التراكمي، ممكن تشربي مية بس.")

# --- call: kitchen renovation, Dubai (UAE; Lebanese agent, Emirati client)
A("مرحبا، معك جورج من مطابخ الأرز، شو فيني ساعدك؟", [("name", "جورج")])
A("هلا أبا أغير المطبخ كامل الكاونتر والكبتات الفيلا قديمة شوي")
A("المطبخ الكامل مع رخام الكوارتز بيبلش من ٣٥ ألف درهم، والتنفيذ بياخد ٣ لـ ٤ أسابيع، "
  "والمعاينة ببلاش.")
A("فيلا ٢٣، شارع ١٨ب، الورقاء ٣، ورا مسجد الورقاء الكبير.",
  [("address", "فيلا ٢٣، شارع ١٨ب، الورقاء ٣")], "وين الفيلا بالزبط؟")
uae_ph = say('ar', '056 229 0147', dia='gulf', sep='، ').replace("صفر", "زيرو")
A(f"رقمي {uae_ph}.", [("phone", uae_ph)])
A(f"العربون ٥٠٠٠ درهم، خلني أدفع بالبطاقة، {grp(ar_c[3], 4, 4, 4, 4)}.",
  [("card", grp(ar_c[3], 4, 4, 4, 4))])
A("ارسل لي العرض على ahmed.almarzooqi@gmail.com",
  [("email", "ahmed.almarzooqi@gmail.com")])
ae1 = grp(ar_ib[2], 4, 4, 4, 4, 4, 3)
A(f"اوكي، الآيبان {ae1}، بنك الإمارات دبي الوطني.", [("iban", ae1)],
  "إذا ما عجبك التصميم العربون برجع، عطيني الآيبان تبعك.")
A("بدي الخزاين لون رمادي غامق متل اللي بالمعرض بشارع الشيخ زايد")

# --- call: caftan and wedding-dress rental, Casablanca (Morocco, Darija)
A("الو السلام عليكم واش عندكم القفاطن ديال الكرا للعرس")
A("آه عندنا، القفطان العادي ب ٨٠٠ درهم لنهار واحد، والتكشيطة ديال العروسة ب ٢٥٠٠، والضمانة "
  "١٠٠٠ درهم كترجع ليك.")
A("انا سكينة بنعلي العرس ديال ختي نهار السبت الجاي", [("name", "سكينة بنعلي")])
A("زنقة الحرية رقم ١٧ حي المعاريف الدار البيضاء الطابق الثاني",
  [("address", "زنقة الحرية رقم ١٧ حي المعاريف الدار البيضاء الطابق الثاني")],
  "فين نصيفطو ليك القفطان؟")
ma_ph = say('ar', '06 61 42 87 35', '2d 2n 2n 2n 2n', dia='mag')
A(f"النمرة ديالي {ma_ph}", [("phone", ma_ph)])
A("الإيميل هو sakina point benali arobase gmail point com",
  [("email", "sakina point benali arobase gmail point com")])
ma_card = say('ar', grp(ar_c[4], 4, 4, 4, 4), dia='mag')
A(f"غادي نخلص الضمانة بالكارط {ma_card}", [("card", ma_card)])
A("واخا آلالة، غادي يوصلك القفطان نهار الخميس مع العشية، وخاصو يرجع قبل نهار الثلاثاء.")
A("الفرح نهار السبت ١٤ والحنة نهار الجمعة ١٣ وخاصني جوج قفاطن واحد للحنة وواحد للعرس")

# --- call: aquarium and ornamental-fish shop, Kuwait (Gulf)
A("هلا عندكم سمك ديسكس أبي حوض ٢٠٠ لتر مع فلتر خارجي")
A("الحوض ٢٠٠ لتر بـ ٨٥ دينار، والفلتر ٣٥، والديسكس الحبة بـ ١٢ دينار، والتوصيل داخل الكويت "
  "٣ دنانير.")
A("معاك بو فهد، خلاص احجز لي الحوض.", [("name", "بو فهد")], "على اسم منو الطلب؟")
A("السالمية قطعة اربعة شارع اتنعش منزل تلاثة وتلاثين",
  [("address", "السالمية قطعة اربعة شارع اتنعش منزل تلاثة وتلاثين")], "العنوان؟")
A("لا لحظة، وصلوه لبيت أهلي أحسن، الجابرية، قطعة ١١، شارع ٥، جادة ٢، منزل ١٨.",
  [("address", "الجابرية، قطعة ١١، شارع ٥، جادة ٢، منزل ١٨")])
A(f"رقمي {ai('6604 2871')}، كلمني قبل لا توصلون.", [("phone", ai('6604 2871'))])
kw_card = ai(grp(ar_c[5], 4, 4, 4, 4, sep="-"))
A(f"ادفع أونلاين بالفيزا {kw_card}", [("card", kw_card)])
A(f"رفضت؟ طيب جرب هذي {grp(ar_c[1], 4, 4, 4, 4)} وأرسل الفاتورة على fahad.q@outlook.com",
  [("card", grp(ar_c[1], 4, 4, 4, 4)), ("email", "fahad.q@outlook.com")])
A("الحوض يبيله اسبوعين دورة نيتروجين قبل لا تحط السمك لا تستعجل")

# --- call: Quran memorisation centre, Sharjah (UAE, MSA)
A("مركز النور لتحفيظ القرآن الكريم، معكم الأستاذة مريم، تفضلي.", [("name", "مريم")])
A("السلام عليكم، أنا أم عبدالله، أريد تسجيل ابني في الحلقة المسائية.",
  [("name", "أم عبدالله")])
A("الخامس من يناير عام ألفين وسبعة عشر.",
  [("date_of_birth", "الخامس من يناير عام ألفين وسبعة عشر")], "ما تاريخ ميلاد الطالب؟")
A("وأخته الكبيرة أيضاً، مواليد ٢٠١٥/٣/٢٢، هل عندكم حلقة للبنات؟",
  [("date_of_birth", "٢٠١٥/٣/٢٢")])
A("الحلقة المسائية من الساعة ٤ إلى ٦ من الأحد إلى الخميس، والرسوم ٦٠٠ درهم للفصل، والفصل ١٢ "
  "أسبوعاً.")
A("الشارقة، منطقة النهدة، بناية الياسمين، شقة ٥٠٤.",
  [("address", "الشارقة، منطقة النهدة، بناية الياسمين، شقة ٥٠٤")], "وعنوان السكن للملف؟")
q1 = say('ar', grp(ar_c[6][:8], 4, 4), dia='msa', sep='، ')
q2 = say('ar', grp(ar_c[6][8:], 4, 4), dia='msa', sep='، ')
A(f"رقم البطاقة {q1}، نعم، {q2}.", [("card", f"{q1}، نعم، {q2}")])
ae2 = f"AE{ar_ib[3][2:4]} {say('ar', grp(ar_ib[3][4:], 3, 4, 4, 4, 4), dia='msa')}"
A(f"وإذا انسحب نسترد على الآيبان {ae2}", [("iban", ae2)])
A("والبريد umabdullah2017 آت هوتميل دوت كوم",
  [("email", "umabdullah2017 آت هوتميل دوت كوم")])
A("الاختبار الشهري يوم الخميس الأخير من كل شهر، ومن يحفظ جزء عمّ يأخذ شهادة في حفل نهاية رمضان.")
A("هل يوجد خصم للإخوة لأن عندي ثلاثة أطفال وأريد تسجيلهم كلهم في الفصل الثاني")

# --- call: scaffolding hire, Dammam (Saudi, Gulf)
A("السلام عليكم، معك أبو ماجد، مقاول، أبي سقالات لعمارة ثلاث أدوار.", [("name", "أبو ماجد")])
A("إيجار السقالة المتر المربع بـ ١٥ ريال بالشهر، وأقل مدة شهر، والتركيب والفك ٢٥٠٠ ريال.")
A("الموقع في الدمام حي الفيصلية شارع ٢٣ جنب مسجد التقوى",
  [("address", "الدمام حي الفيصلية شارع ٢٣")], "وين الموقع")
sa2 = say('ar', ar_sa[2], '1d 3d 3d 3d', dia='gulf')
A(f"رقم هويتي للعقد {sa2}", [("id", sa2)])
A(f"والمشرف اللي بيستلم عنده إقامة رقمها {ai(ar_iq[2])}، عشان تصريح البوابة.",
  [("id", ai(ar_iq[2]))])
dm_ph = say('ar', '053 918 4406', dia='gulf')
A(f"جوالي {dm_ph} اتصل قبل التوصيل بساعة", [("phone", dm_ph)])
A(f"ومبلغ التأمين رجعوه على {grp(ar_ib[0], 4, 4, 4, 4, 4, 4)}.",
  [("iban", grp(ar_ib[0], 4, 4, 4, 4, 4, 4))])
A(f"والدفع ببطاقة الشركة أمريكان إكسبريس {grp(ar_c[7], 4, 6, 5)}، والفاتورة على "
  "abu.majed.contracting@gmail.com",
  [("card", grp(ar_c[7], 4, 6, 5)), ("email", "abu.majed.contracting@gmail.com")])
A("نبي التركيب يوم السبت ٧ الصبح قبل الحر والعمال عندهم تصريح من البلدية رقم ٤٤٧١٢")

# --- call: medical equipment rental, Cairo (a second caller cancels)
A("عايزة ألغي إيجار الكرسي المتحرك الحاجة اتوفت الله يرحمها يوم الحد")
eg2 = ar_ib[5]
A(f"اكتب عندك {eg2}، والحساب باسم أخويا.", [("iban", eg2)],
  "البقاء لله يا فندم. التأمين ١٥٠٠ جنيه هيرجع على الحساب، ممكن الآيبان؟")
A("المندوب هيعدي ياخد الكرسي يوم الاتنين بين ١١ و٣، ورقم طلب الإلغاء ٨٠٢٢٦.")



# ================================================================ Hebrew
def H(text, spans=(), context=None):
    add("he", text, spans, context)


he_c = [card("458003127745612"), card("532610884201937"), card("401795220063418"),
        card("540128836617204"), card("455742009183365"), card("522198730014462"),
        card("37620811459023"), card("489014567723059")]
he_ib = [iban("IL", "0126450000000378142"), iban("IL", "0108020000004561973"),
         iban("IL", "0200710000000912846"), iban("IL", "0114630000000275031"),
         iban("IL", "0311160000000640187"), iban("IL", "0545000000001830226"),
         iban("FR", "10107001180007345621947"), iban("GB", "NWBK60730412837465")]
he_tz = [tz(x) for x in ("03345127", "20518736", "31208457", "05811342", "30467712",
                         "22915408", "34012769", "02776154")]


def tzdash(d):
    return d[:8] + "-" + d[8]


# --- call: private blood-test lab, home draw (native speakers)
H("מעבדת שקד שלום, מדברת הדס, במה אפשר לעזור?", [("name", "הדס")])
H("היי אממ שמי ענבל כהן-לוי עשיתי בדיקות דם ביום שלישי ועוד לא קיבלתי תוצאות",
  [("name", "ענבל כהן-לוי")])
lab_tz = say('he', grp(he_tz[2], 3, 3, 3))
H(f"{lab_tz}.", [("id", lab_tz)], "מה מספר תעודת הזהות?")
H("אחת עשרה ביוני שמונים ותשע.", [("date_of_birth", "אחת עשרה ביוני שמונים ותשע")],
  "ותאריך לידה לאימות?")
H("הדגימה הגיעה למעבדה ב-14:20, ספירת הדם מוכנה, ויטמין D ו-B12 לוקחים עוד שלושה ימי עבודה.")
H("תשלחי לי את התוצאות למייל, inbal.cl שטרודל gmail נקודה com.",
  [("email", "inbal.cl שטרודל gmail נקודה com")])
H("הבדיקה עלתה 280 שקל, ההחזר מהביטוח המשלים עד 75 אחוז, והקבלה נשלחה ב-3 במרץ.")
H("ולדיקור בבית בפעם הבאה, הכתובת היא רחוב הנרקיסים 3, דירה 12, כרמיאל.",
  [("address", "רחוב הנרקיסים 3, דירה 12, כרמיאל")])
H("בסדר, ביקור בית זה עוד 90 שקל, הדוגמנית מגיעה בין שבע לתשע בבוקר ביום ראשון, צריך צום של "
  "שתים עשרה שעות.")
H(f"אפשר באשראי {grp(he_c[0], 4, 4, 4, 4)}", [("card", grp(he_c[0], 4, 4, 4, 4))])
H("ואם לא עונים בנייד אז בבית 04-9983127", [("phone", "04-9983127")])

# --- call: kitchen-renovation contractor (agent an Arab citizen, client native)
H("שלום, מדבר עלא ממטבחי הגליל, קיבלתי הודעה שרציתם הצעת מחיר.", [("name", "עלא")])
H("כן אני שוקי שוקי אברהמי אשתי השאירה את ההודעה",
  [("name", "שוקי"), ("name", "שוקי אברהמי")])
H("המטבח, עשרה מטר רץ עם שיש קיסר, יוצא 48,500 שקל כולל התקנה, וזמן אספקה שמונה שבועות "
  "מהמדידה.")
H("הגפן 27, קריית טבעון, בית פרטי עם שער ירוק.", [("address", "הגפן 27, קריית טבעון")],
  "מה הכתובת למדידה?")
H("נייד 052-7314468, ותשלח את ההצעה גם למייל shuki.avr@gmail.com",
  [("phone", "052-7314468"), ("email", "shuki.avr@gmail.com")])
H(f"מקדמה של עשרה אחוז אני מעביר בכרטיס, {grp(he_c[1], 4, 4, 4, 4)}.",
  [("card", grp(he_c[1], 4, 4, 4, 4))])
H("הידיות השחורות שראינו באולם התצוגה בנוף הגליל זה בתוספת או כלול")
H("בסדר גמור שוקי אני מגיע למדידה ביום חמישי בעשר", [("name", "שוקי")])
H(f"אם מבטלים אחרי המדידה המקדמה חוזרת לחשבון, תרשום {g4(he_ib[4])}",
  [("iban", g4(he_ib[4]))])
H("הארונות העליונים עד התקרה זה עוד 3,200, והכיור הכפול של פרנקה ב-1,150.")

# --- call: bottle-deposit refund line (an older immigrant from Russia)
H("שלום, מוקד החזרת פיקדון, איך אפשר לעזור?")
H("שלום מדברת סבטלנה פרידמן אני מביא כל שבוע בקבוקים לסופר והמכונה לא נותן לי קבלה",
  [("name", "סבטלנה פרידמן")])
H("כל בקבוק שלושים אגורות, אז על 80 בקבוקים זה 24 שקל, ומספר המכונה על המדבקה הוא 3117.")
H(f"כן, {g4(he_ib[0])}, בנק הפועלים.", [("iban", g4(he_ib[0]))],
  "אנחנו יכולים להעביר את הזיכוי לחשבון בנק, מה ה-IBAN?")
sv_ph = say('he', '04 852 1907', sep=', ')
H(f"טלפון בבית {sv_ph}, נייד אין לי.", [("phone", sv_ph)])
sv_tz = say('he', he_tz[0], g='m')
H(f"תעודת זהות {sv_tz}", [("id", sv_tz)])
H("או שתשלחו צ'ק הביתה, רחוב מוריה 64, דירה 3, חיפה.",
  [("address", "רחוב מוריה 64, דירה 3, חיפה")])
H("אני גרה ליד הקניון גרנד והמכונה שם תמיד מלאה כבר בשבע בבוקר")
H("הזיכוי יעבור תוך 14 ימי עסקים, ומספר הפנייה שלך הוא 558207.")

# --- call: student housing office (an Ethiopian-Israeli student, a new immigrant from France)
H("מעונות הסטודנטים שלום, עם מי אני מדברת?")
H("היי אני אדיסו טגניה סטודנט שנה ראשונה בהנדסה הגשתי בקשה למעונות",
  [("name", "אדיסו טגניה")])
H("חדר ביחידה של שלושה עולה 1,450 שקל לחודש, חדר יחיד 2,100, והחוזה עשרה חודשים מה-15 "
  "באוקטובר.")
H(f"תעודת זהות {tzdash(he_tz[1])}, ונולדתי ב-12 בפברואר 2005.",
  [("id", tzdash(he_tz[1])), ("date_of_birth", "12 בפברואר 2005")])
H("הכתובת הקבועה שלי רחוב הנביאים 8 קריית מלאכי אצל ההורים",
  [("address", "רחוב הנביאים 8 קריית מלאכי")])
H("Bonjour, סליחה, שלום, קוראים לי אמלי אזולאי, עליתי מצרפת לפני שנה.",
  [("name", "אמלי אזולאי")])
H(f"שכר הדירה יורד מהחשבון של ההורים שלי בצרפת, {g4(he_ib[6])}.",
  [("iban", g4(he_ib[6]))])
H("המייל שלי אמלי נקודה אזולאי שטרודל ג'ימייל נקודה קום",
  [("email", "אמלי נקודה אזולאי שטרודל ג'ימייל נקודה קום")])
H("תשעה בינואר אלפיים ושלוש", [("date_of_birth", "תשעה בינואר אלפיים ושלוש")],
  "ותאריך הלידה שלך?")
H("תודה אמלי, שיבצנו אותך בבניין 4, חדר 218, המפתחות בעשרים ושמונה בספטמבר.",
  [("name", "אמלי")])
H("יש מכבסה בבניין או שצריך ללכת למעונות ברושים")

# --- call: piano tuner, Jerusalem (an Anglo immigrant caller)
H("הלו, יוסי מדבר, כיוון פסנתרים.", [("name", "יוסי")])
H("Hi, sorry, העברית שלי לא מושלמת, שמי ג'ניפר רוזנברג, אני צריכה כיוון לפסנתר.",
  [("name", "ג'ניפר רוזנברג")])
H("כיוון רגיל 450 שקל, אם הוא לא כוון שלוש שנים צריך כיוון כפול וזה 700, ולוקח בערך שעתיים.")
H("זה יאמהה U3 משנת 1985, והקליד של הלה הגבוה נתקע.")
H("הכתובת עמק רפאים 41, קומה שנייה, דירה 5, ירושלים, יש חניה מאחורה.",
  [("address", "עמק רפאים 41, קומה שנייה, דירה 5, ירושלים")])
jen_ph = f"{say('he', '054 612', sep=', ')}, {say('en', '0893', zero='oh')}"
H(f"my number is {jen_ph}", [("phone", jen_ph)])
H(f"אני משלמת באשראי, ויזה, {grp(he_c[2], 4, 4, 4, 4)}.", [("card", grp(he_c[2], 4, 4, 4, 4))])
H("את הקבלה למייל jenny.rosenberg at yahoo dot com, thanks.",
  [("email", "jenny.rosenberg at yahoo dot com")])
H(f"או שאני אעביר מהחשבון שלי באנגליה, {g4(he_ib[7])}, זה בסדר?", [("iban", g4(he_ib[7]))])
H("אפשר לבוא ביום שישי בבוקר לפני שבת או שאתה לא עובד בשישי")

# --- call: burial society, plot bought in advance (an elderly widower)
H("חברה קדישא קהילתית, שלום, במה אפשר לעזור?")
H("שלום, מדבר מרדכי גולדשטיין, מוטי, אני רוצה לשאול על קניית חלקה ליד אשתי ז\"ל.",
  [("name", "מרדכי גולדשטיין"), ("name", "מוטי")])
H("חלקה בחיים ליד בת זוג זה 38,000 שקל, בגוש ג', שורה 12, קבר 7, ואפשר לשלם בעשרה תשלומים.")
H('כ"ג באדר תש"ז.', [("date_of_birth", 'כ"ג באדר תש"ז')], "ותאריך הלידה שלך?")
H(f"תעודת זהות {grp(he_tz[3], 3, 3, 3)}", [("id", grp(he_tz[3], 3, 3, 3))])
H("שדרות ירושלים מאה ושתים עשרה דירה תשע יפו",
  [("address", "שדרות ירושלים מאה ושתים עשרה דירה תשע יפו")], "לאן לשלוח את שטר החלקה?")
H("הטלפון בבית 03-6829174, תתקשרו אחרי ארבע.", [("phone", "03-6829174")])
H('האזכרה של אשתי בט"ו בשבט, ואני רוצה לבוא ביום ראשון עם הילדים לראות את המקום.')
H("בית העלמין פתוח מראשון עד חמישי משבע עד חמש, בשישי עד שתים עשרה, ובשבת סגור.")

# --- call: dog-walking service, Tel Aviv
H("היי, כאן נועה מ'הולכים על ארבע', מה נשמע?", [("name", "נועה")])
H("היי אני גל יש לי כלבה בשם שירה רציתי טיולים בבוקר לפני העבודה", [("name", "גל")])
H("טיול של חצי שעה זה 45 שקל, שעה 70, ויש חבילה של עשרים טיולים ב-1,200.")
H("הכתובת בן יהודה שמונים ושבע דירה ארבע תל אביב",
  [("address", "בן יהודה שמונים ושבע דירה ארבע תל אביב")])
gal_ph = say('he', '0504418273', '1d 2n 7d')
H(f"הטלפון שלי {gal_ph}", [("phone", gal_ph)])
gal_card = say('he', he_c[3], '2n 2n 2n 2n 2n 2n 2n 2n')
H(f"תחייבי את הכרטיס {gal_card}", [("card", gal_card)])
H("שירה בת שלוש, שוקלת שמונה קילו, והיא לא מסתדרת עם כלבים גדולים בגינת מאיר.")
H("המפתח אצל השכן בקומה שנייה אם אני לא בבית")

# --- call: food-delivery rider support (a rider who is an Arab citizen)
H("שלום, הגעת לתמיכת שליחים, במה אוכל לעזור?")
H("אהלן, אני מוחמד חאג' יחיא, שליח בפתח תקווה, לא קיבלתי תשלום על השבוע שעבר.",
  [("name", "מוחמד חאג' יחיא")])
rid_tz = say('he', grp(he_tz[4], 3, 3, 3), g='m')
H(rid_tz, [("id", rid_tz)], "לאימות, מספר תעודת זהות?")
H("27/3/98", [("date_of_birth", "27/3/98")], "ותאריך לידה?")
H("אני רואה 52 משלוחים בין ה-1 ל-7 לחודש, סך הכול 2,340 שקל, התשלום יצא ביום חמישי וחזר.")
rid_ib = f"{he_ib[1][:4]} {grp(he_ib[1][4:], 3, 3, 5, 4, 4)}"
H(f"כי החשבון השתנה, עכשיו זה {rid_ib}, בנק לאומי.", [("iban", rid_ib)])
H("תעדכן גם טלפון, +972 54 781 2236, והמייל mhmd קו תחתון haj שטרודל hotmail נקודה com.",
  [("phone", "+972 54 781 2236"), ("email", "mhmd קו תחתון haj שטרודל hotmail נקודה com")])
H("בסדר מוחמד עדכנתי הכסף ייכנס תוך שלושה ימי עסקים", [("name", "מוחמד")])
H("והטיפ של הלקוח מרמת אביב שלושים שקל לא נכנס בכלל")

# --- call: medical-equipment lending and rental (oxygen, wheelchair), Jerusalem
H("שלום, רציתי לשאול אם יש לכם מרכז חמצן להשכרה, אבא שלי משתחרר משערי צדק ביום ראשון.")
H("מרכז חמצן זה 390 שקל לחודש, כיסא גלגלים בפיקדון של 500 שקל שחוזר, ומיטה סיעודית 650.")
H("על שמי, רותי שמעוני, הבת שלו.", [("name", "רותי שמעוני")], "על שם מי לרשום?")
H("רחוב הפסגה 19 בית וגן ירושלים קומה שלישית בלי מעלית",
  [("address", "רחוב הפסגה 19 בית וגן ירושלים קומה שלישית")], "לאן להביא את הציוד?")
H(f"אבא נולד ב-2 ביולי 1938, תעודת זהות {tzdash(he_tz[5])}.",
  [("date_of_birth", "2 ביולי 1938"), ("id", tzdash(he_tz[5]))])
rut_card = f"{grp(he_c[4][:8], 4, 4)}, כן, {grp(he_c[4][8:], 4, 4)}"
H(f"את הפיקדון בכרטיס, {rut_card}.", [("card", rut_card)])
H(f"וכשמחזירים, שיחזירו לחשבון {he_ib[5]}", [("iban", he_ib[5])])
H("המייל ruti.shimoni שטרודל walla נקודה co נקודה il",
  [("email", "ruti.shimoni שטרודל walla נקודה co נקודה il")])
H("צריך מרשם מהרופא או שמספיק מכתב שחרור מבית החולים")
H("הפיקדון חוזר תוך 30 יום מהחזרת הציוד, ואם יש נזק מקזזים לפי המחירון.")

# --- call: recreational fishing licence
H("שלום אני צריך רישיון דיג ספורטיבי בחכה מהחוף לכנרת")
H("רישיון דיג חובבים שנתי 120 שקל, בכנרת יש איסור דיג מה-15 באפריל עד סוף מאי, וגודל מינימום "
  "לאמנון 24 סנטימטר.")
H("שמי ליאור בן חמו ואני דג בעיקר בחוף גופרה", [("name", "ליאור בן חמו")])
H("03.08.1991", [("date_of_birth", "03.08.1991")], "תאריך לידה?")
fish_tz = say('he', he_tz[7], '1d 2n 2n 2n 2n')
H(f"{fish_tz}", [("id", fish_tz)], "ומספר תעודת זהות?")
H("lior.benhamo@walla.co.il, והנייד 052-331-8907.",
  [("email", "lior.benhamo@walla.co.il"), ("phone", "052-331-8907")])
H(f"תחייב את המאסטרקארד {grp(he_c[5], 4, 4, 4, 4, sep='-')}",
  [("card", grp(he_c[5], 4, 4, 4, 4, sep='-'))])
H("אפשר לדוג גם בנמל יפו או שזה אסור שם")
H("הרישיון נשלח בדואר תוך עשרה ימי עבודה, ובינתיים האישור במייל תקף לשלושים יום.")
H("ומה עם רשת הטלה מהסירה של אבא שלי היא רשומה על שם המושב")

# --- call: chess club, Beer Sheva (a mother who immigrated from Russia)
H("מועדון השחמט באר שבע, שלום.")
H("שלום מדברת אולגה קפלן אני רוצה לרשום את הבן שלי לחוג", [("name", "אולגה קפלן")])
H("הוא נולד ב-19 בנובמבר 2016, הוא כבר משחק טוב, עם סבא.",
  [("date_of_birth", "19 בנובמבר 2016")])
H("החוג בימי שני ורביעי מ-17:00 עד 18:30, 260 שקל לחודש, והטורניר בחנוכה לדירוג עד 1400.")
H(f"תעודת זהות של הילד {he_tz[6]}", [("id", he_tz[6])])
olga_ph = say('he', '054 772 3118')
H(f"המספר שלי {olga_ph} תתקשרו בערב", [("phone", olga_ph)])
H(f"{he_ib[2]}", [("iban", he_ib[2])], "להוראת קבע אני צריכה מספר חשבון, IBAN.")
H("ומייל olga.kaplan77 שטרודל mail נקודה ru", [("email", "olga.kaplan77 שטרודל mail נקודה ru")])
H(f"את דמי הרישום אני משלמת עכשיו בכרטיס {grp(he_c[7], 4, 4, 4, 4)}",
  [("card", grp(he_c[7], 4, 4, 4, 4))])
H("דמי הרישום לאיגוד השחמט 85 שקל לשנה, ותעודת שחקן מגיעה אחרי חודש.")

# --- call: scaffolding hire (a building contractor)
H("פיגומי הצפון, שלום, מדבר אבי.", [("name", "אבי")])
H("שלום, אני דודו מזרחי, קבלן, אני צריך פיגום לשיפוץ חזית, בניין של ארבע קומות.",
  [("name", "דודו מזרחי")])
H("פיגום חזית זה 35 שקל למטר רבוע לחודש, מינימום חודשיים, הרכבה ופירוק 6,000 שקל, ויש ביטוח "
  "צד ג'.")
H("הכתובת של האתר יהודה הלוי 58, תל אביב, הכניסה מהחצר.",
  [("address", "יהודה הלוי 58, תל אביב")])
dd_ib = f"IL {say('he', he_ib[3][2:4], '2n')} {say('he', grp(he_ib[3][4:], 3, 3, 4, 4, 5))}"
H(f"את הפיקדון תחזירו לחשבון {dd_ib}", [("iban", dd_ib)])
H(f"תחייב את האמריקן אקספרס של החברה {grp(he_c[6], 4, 6, 5)}, והחשבונית ל-dudu.mizrahi.build@gmail.com",
  [("card", grp(he_c[6], 4, 6, 5)), ("email", "dudu.mizrahi.build@gmail.com")])
H("נייד 050 662 7319 אני באתר כל היום", [("phone", "050 662 7319")])
H("הפיגום צריך אישור מהנדס לפני שמעלים עליו פועלים, ואנחנו שולחים אותו ביום ההרכבה.")
H("אם הגשם ימשיך ביום שלישי נדחה את ההרכבה ליום חמישי")



# ================================================================ Greek
def G(text, spans=(), context=None):
    add("el", text, spans, context)


el_c = [card("414720036658127"), card("516731048892205"), card("455090112736489"),
        card("537812204966130"), card("492501883347216"), card("524367009128854"),
        card("37461590338127"), card("448811206573390")]
el_ib = [iban("GR", "01107810000078129466031"), iban("GR", "01401850185002002148730"),
         iban("GR", "01724310000002313028456"), iban("GR", "02600880000460200377412"),
         iban("GR", "01104450000044629017733"), iban("CY", "002001280000001200527600"),
         iban("CY", "005001770000000184250361"), iban("DE", "500105175407324931")]
el_afm = [afm(x) for x in ("04671239", "11830952", "03259874", "13476021", "05918843",
                           "10264758", "06037195", "14592306")]

# --- call: parish charity fund, Athens (an elderly widow)
G("Ενοριακό Φιλόπτωχο Ταμείο Αγίου Δημητρίου, καλημέρα σας, είμαι η κυρία Ευτυχία.",
  [("name", "Ευτυχία")])
G("Καλημέρα, παιδί μου. Με λένε Ευαγγελία Κωνσταντίνου, αλλά όλοι Λίτσα με φωνάζουν. Θέλω να "
  "γραφτώ για το συσσίτιο.",
  [("name", "Ευαγγελία Κωνσταντίνου"), ("name", "Λίτσα")])
G("Το συσσίτιο γίνεται κάθε Τετάρτη και Παρασκευή στις δώδεκα, στο πνευματικό κέντρο, και τα "
  "δέματα μοιράζονται την πρώτη Κυριακή του μήνα μετά τη λειτουργία.")
G("Εικοσιπέντε Μαρτίου του σαράντα εννιά, ανήμερα του Ευαγγελισμού.",
  [("date_of_birth", "Εικοσιπέντε Μαρτίου του σαράντα εννιά")],
  "Ημερομηνία γέννησης, κυρία μου;")
G("Μένω στην Αγίας Ζώνης 38, στον δεύτερο, Κυψέλη.",
  [("address", "Αγίας Ζώνης 38, στον δεύτερο, Κυψέλη")])
lit_ph = say('el', '2108624119', '3n 3n 2n 2n', sep=', ')
G(f"Τηλέφωνο σπιτιού, {lit_ph}.", [("phone", lit_ph)])
G(f"Το ΑΦΜ μου, μισό να βρω τα γυαλιά μου, {grp(el_afm[0], 3, 3, 3)}.",
  [("id", grp(el_afm[0], 3, 3, 3))])
G(f"Ναι, το έχω γραμμένο εδώ, {g4(el_ib[0])}.", [("iban", g4(el_ib[0]))],
  "Το βοήθημα των 50 ευρώ πάει σε λογαριασμό, έχετε IBAN;")
G("Για τη δωρεά των 150 ευρώ σας κόβουμε απόδειξη και την περνάτε στην εφορία, εκπίπτει είκοσι "
  "τοις εκατό.")
G("μου είπαν ότι έρχεται αυτοκίνητο για όσους δεν μπορούν να ανέβουν τα σκαλιά της εκκλησίας")

# --- call: wedding-dress rental, Thessaloniki
G("γεια σας ενοικίαση νυφικών λευκό ατελιέ πείτε μου")
G("Γεια σας, είμαι η Δανάη, έχω κλείσει ραντεβού για πρόβα το Σάββατο.", [("name", "Δανάη")])
G("Το νυφικό ενοικιάζεται 650 ευρώ για τρεις μέρες, η προκαταβολή είναι 200, και η εγγύηση 300 "
  "επιστρέφεται όταν το φέρετε πίσω καθαρό.")
G("ο γάμος είναι στις δεκατέσσερις σεπτεμβρίου στην αχειροποιήτου και το παίρνουμε την πέμπτη "
  "το απόγευμα")
G("Μάλιστα, Δανάη Μαυρίδου, σωστά; Σας βλέπω στο σύστημα.", [("name", "Δανάη Μαυρίδου")])
dn_card = say('el', grp(el_c[0], 4, 4, 4, 4), sep=', ', formal=True)
G(f"Την προκαταβολή με κάρτα, {dn_card}.", [("card", dn_card)])
dn_ph = say('el', '6947123386', '3d 3d 2n 2n', sep=', ')
G(f"Το κινητό μου είναι {dn_ph}.", [("phone", dn_ph)])
G("και το μέιλ danai.mav παπάκι gmail τελεία com",
  [("email", "danai.mav παπάκι gmail τελεία com")])
G(f"Την εγγύηση να μου την επιστρέψετε στο {el_ib[1]}, είναι Alpha.", [("iban", el_ib[1])])
G("Το πέπλο και το στέμμα είναι έξτρα, 80 ευρώ, και το στρίφωμα γίνεται δωρεάν αν το ζητήσετε "
  "μέχρι τις 5 του μήνα.")

# --- call: kitchen renovation, Athens
G("Κουζίνες Ορίζων, καλησπέρα, ο Σπύρος είμαι.", [("name", "Σπύρος")])
G("Καλησπέρα, λέγομαι Ιωάννα Λαμπράκη, είχε έρθει ο συνεργάτης σας για μέτρηση την Πέμπτη.",
  [("name", "Ιωάννα Λαμπράκη")])
G("Η προσφορά για την κουζίνα είναι 7.850 ευρώ με πάγκο Silestone, τα ντουλάπια λάκα, και η "
  "τοποθέτηση θέλει τέσσερις με πέντε εργάσιμες.")
G("Αγίου Μελετίου 23, τρίτος όροφος, Κυψέλη, 113 61.",
  [("address", "Αγίου Μελετίου 23, τρίτος όροφος, Κυψέλη, 113 61")],
  "Να επιβεβαιώσω τη διεύθυνση;")
io_afm = say('el', el_afm[1], '3n 3n 3n', sep=', ')
G(f"Για την απόδειξη θέλω να βάλετε ΑΦΜ, είναι {io_afm}.", [("id", io_afm)])
G("Στείλτε μου τα σχέδια στο ioanna.lambraki@yahoo.gr.", [("email", "ioanna.lambraki@yahoo.gr")])
G(f"Την προκαταβολή με κάρτα, {grp(el_c[2], 4, 4, 4, 4)}.", [("card", grp(el_c[2], 4, 4, 4, 4))])
G(f"και ό,τι περισσέψει από την προκαταβολή στον λογαριασμό μου {g4(el_ib[2])}",
  [("iban", g4(el_ib[2]))])
G("Ο πάγκος θα κοπεί στο εργοστάσιο στη Μεταμόρφωση και η παράδοση είναι στις 18 Μαρτίου, "
  "Τρίτη.")
G("θέλω και τον απορροφητήρα που είδαμε στο κατάστημα στη λεωφόρο αλεξάνδρας τον ασημί")

# --- call: recreational fishing licence, Heraklion (Crete)
G("Καλημέρα, θέλω να βγάλω άδεια ερασιτεχνικής αλιείας για το σκάφος μου, ένα φουσκωτό πέντε "
  "μέτρα.")
G("Μανώλης Χαιρέτης, από το Ηράκλειο.", [("name", "Μανώλης Χαιρέτης")], "Το ονοματεπώνυμό σας;")
G("Η άδεια για σκάφος κοστίζει 30 ευρώ τον χρόνο, ισχύει για όλη την επικράτεια, και "
  "απαγορεύεται το ψαροντούφεκο με φιάλη.")
G("γεννήθηκα δώδεκα του έξι του εξήντα εφτά",
  [("date_of_birth", "δώδεκα του έξι του εξήντα εφτά")])
mn_afm = say('el', grp(el_afm[2], 3, 3, 3))
G(f"ΑΦΜ {mn_afm}", [("id", mn_afm)])
mn_ph = say('el', '2810345672', '2n 2n 3n 3n')
G(f"σταθερό {mn_ph} κινητό δεν έχω", [("phone", mn_ph)])
G("Η διεύθυνσή μου είναι Ικάρου 54, Ηράκλειο, 71307.",
  [("address", "Ικάρου 54, Ηράκλειο, 71307")])
G("το email manolis.ch67 παπάκι hotmail τελεία com",
  [("email", "manolis.ch67 παπάκι hotmail τελεία com")])
G("το παράβολο πληρώνεται ηλεκτρονικά κωδικός 2189 και η άδεια βγαίνει σε δέκα μέρες")
G("Το καλοκαίρι απαγορεύεται το ψάρεμα γύρω από τη Σπιναλόγκα, και για τον ροφό το ελάχιστο "
  "μέγεθος είναι 45 εκατοστά.")

# --- call: medical-equipment rental, Nicosia (Cyprus, Cypriot speakers)
G("Καλημέρα, Μεντικέρ Κύπρου, η Χριστιάνα είμαι, πώς μπορώ να βοηθήσω;", [("name", "Χριστιάνα")])
G("καλημέρα είμαι ο αντρέας ο αντρίκκος που σας επήρα εχτές για το οξυγόνο της μάμμας μου",
  [("name", "αντρέας"), ("name", "αντρίκκος")])
G("Η συσκευή οξυγόνου είναι 120 ευρώ τον μήνα, το αναπηρικό καροτσάκι 40, και το νοσοκομειακό "
  "κρεβάτι 90, με εγγύηση 200.")
G("οδός Στασάνδρου 17 διαμέρισμα 202 Στρόβολος Λευκωσία",
  [("address", "οδός Στασάνδρου 17 διαμέρισμα 202 Στρόβολος Λευκωσία")],
  "Πού να φέρουμε τα πράματα;")
an_ph = say('el', '99312465', '2n 3n 3n', sep=', ')
G(f"Το κινητό μου {an_ph}.", [("phone", an_ph)])
G("Η μάμμα μου γεννήθηκε στις τρεις Ιουλίου του τριάντα οχτώ.",
  [("date_of_birth", "τρεις Ιουλίου του τριάντα οχτώ")])
G(f"Την εγγύηση να την επιστρέψετε στην Τράπεζα Κύπρου, {g4(el_ib[5])}.",
  [("iban", g4(el_ib[5]))])
G("ο γιατρός στο γενικό νοσοκομείο είπε δύο λίτρα το λεπτό για δεκαέξι ώρες την ημέρα")
G("Ο τεχνικός θα έρθει την Πέμπτη μεταξύ 9 και 1, και αν έχει πρόβλημα η συσκευή έχουμε γραμμή "
  "24 ώρες.")

# --- call: food-delivery rider support, Athens (a rider of Albanian origin)
G("υποστήριξη διανομέων καλησπέρα σε τι μπορώ να βοηθήσω")
G("Γεια σας, με λένε Ερμίρ Χότζα, είμαι διανομέας στο Παγκράτι, δεν πληρώθηκα την προηγούμενη "
  "εβδομάδα.", [("name", "Ερμίρ Χότζα")])
G("δεκαεννιά του έξι του ενενήντα τρία", [("date_of_birth", "δεκαεννιά του έξι του ενενήντα τρία")],
  "Για επιβεβαίωση, ημερομηνία γέννησης;")
G("Βλέπω 61 παραγγελίες από τις 3 έως τις 9 του μήνα, σύνολο 418,50 ευρώ, και η πληρωμή "
  "επέστρεψε την Πέμπτη.")
G(f"Είμαι με μπλοκάκι, το ΑΦΜ μου {el_afm[4]}.", [("id", el_afm[4])])
er_ib = f"GR {say('el', el_ib[3][2:4], '2n')} {grp(el_ib[3][4:], 3, 4, 4, 4, 4, 4)}"
G(f"Άλλαξα τράπεζα, το καινούργιο IBAN είναι {er_ib}.", [("iban", er_ib)])
G("κινητό 6981 447 203 και email ermir.hoxha παπάκι gmail τελεία com",
  [("phone", "6981 447 203"), ("email", "ermir.hoxha παπάκι gmail τελεία com")])
G("εντάξει ερμίρ το διόρθωσα θα μπουν μέσα σε τρεις εργάσιμες", [("name", "ερμίρ")])
G("και τα φιλοδωρήματα από τον πελάτη στη φορμίωνος δεν φαίνονται καθόλου στην εφαρμογή")

# --- call: private student residence, Ioannina (a first-year student from Cyprus)
G("φοιτητικές κατοικίες δωδώνη καλημέρα")
G("Καλημέρα σας, λέγομαι Παναγιώτα Χριστοδούλου, είμαι πρωτοετής στην Ιατρική και είμαι από την "
  "Κύπρο.", [("name", "Παναγιώτα Χριστοδούλου")])
G("Το μονόκλινο με δικό του μπάνιο είναι 340 ευρώ τον μήνα, με ρεύμα και ίντερνετ, και το "
  "συμβόλαιο είναι δέκα μήνες από την 1η Οκτωβρίου.")
G("γεννήθηκα στις 23 Απριλίου 2006", [("date_of_birth", "23 Απριλίου 2006")])
pa_afm = say('el', el_afm[3], '3n 3n 3n', sep=', ')
G(f"Έβγαλα ΑΦΜ τον Σεπτέμβρη, είναι {pa_afm}.", [("id", pa_afm)],
  "Για το μισθωτήριο χρειάζομαι ΑΦΜ.")
G("το κινητό μου είναι κυπριακό +357 96 418 302", [("phone", "+357 96 418 302")])
G("μόνιμη διεύθυνση Αποστόλου Παύλου 45 Κάτω Πάφος 8046",
  [("address", "Αποστόλου Παύλου 45 Κάτω Πάφος 8046")])
G("Και το email p.christodoulou06@gmail.com.", [("email", "p.christodoulou06@gmail.com")])
G(f"Το ενοίκιο θα το πληρώνει ο πατέρας μου που δουλεύει στη Γερμανία, από το {g4(el_ib[7])}.",
  [("iban", g4(el_ib[7]))])
G(f"την κράτηση την πληρώνω τώρα με κάρτα {grp(el_c[4], 4, 4, 4, 4, sep='-')}",
  [("card", grp(el_c[4], 4, 4, 4, 4, sep='-'))])
G("υπάρχει λεωφορείο για το πανεπιστήμιο ή πρέπει να πάρω ταξί κάθε πρωί")

# --- call: diagnostic lab, home blood draw, Athens (an older couple)
G("Διαγνωστικό Εργαστήριο Ζωή, η Δέσποινα σας μιλάει.", [("name", "Δέσποινα")])
G("Γεια σας, εδώ Παναγιώτης Ρούσσος, Τάκης, θέλω να κλείσω αιμοληψία στο σπίτι για μένα και τη "
  "γυναίκα μου.", [("name", "Παναγιώτης Ρούσσος"), ("name", "Τάκης")])
G("Η αιμοληψία κατ' οίκον είναι 15 ευρώ, η γενική αίματος 8, το σάκχαρο 3, και τα αποτελέσματα "
  "βγαίνουν την επόμενη μέρα μετά τις 2.")
G("Εγώ γεννήθηκα 4 Νοεμβρίου 1951, και η κυρία μου 17 του οχτώ του πενήντα τέσσερα.",
  [("date_of_birth", "4 Νοεμβρίου 1951"), ("date_of_birth", "17 του οχτώ του πενήντα τέσσερα")])
G("Λεωφόρος Πεντέλης 112, Βριλήσσια, πρώτος όροφος, το κουδούνι δεξιά.",
  [("address", "Λεωφόρος Πεντέλης 112, Βριλήσσια, πρώτος όροφος")], "Η διεύθυνση;")
tk_ph = say('el', '6935584107', '3d 3d 2n 2d', sep=', ')
G(f"{tk_ph}", [("phone", tk_ph)], "Ένα κινητό για τον νοσηλευτή;")
G("τα αποτελέσματα στείλτε τα στο email της κόρης μου eleni κάτω παύλα roussou παπάκι yahoo "
  "τελεία gr", [("email", "eleni κάτω παύλα roussou παπάκι yahoo τελεία gr")])
G(f"Θα πληρώσω τώρα με την κάρτα, {el_c[3]}.", [("card", el_c[3])])
G("Πρέπει να είστε νηστικοί από τις δέκα το βράδυ, και ο νοσηλευτής θα έρθει Σάββατο στις 7:30.")
G("η γιατρός στο κέντρο υγείας μου έγραψε και θυρεοειδή tsh και t4 μπαίνουν αυτά στο πακέτο")

# --- call: cemetery office, family grave, Thessaloniki
G("κοιμητήριο ευαγγελίστριας γραφείο καλημέρα")
G("καλημέρα σας ονομάζομαι σταύρος αναγνωστόπουλος θα ήθελα να αγοράσω οικογενειακό τάφο",
  [("name", "σταύρος αναγνωστόπουλος")])
G("ο οικογενειακός τάφος στο τμήμα β σειρά 7 είναι 4.500 ευρώ για είκοσι χρόνια και η "
  "ανανέωση γίνεται εδώ στο γραφείο")
G("Μάλιστα, κύριε Αναγνωστόπουλε, θα χρειαστώ και την ημερομηνία γέννησής σας για τη σύμβαση.",
  [("name", "Αναγνωστόπουλε")])
G("τριάντα ένα δεκεμβρίου του πενήντα εννιά",
  [("date_of_birth", "τριάντα ένα δεκεμβρίου του πενήντα εννιά")])
G(f"το αφμ είναι {grp(el_afm[5], 3, 3, 3)}", [("id", grp(el_afm[5], 3, 3, 3))])
G("η διεύθυνση για την αλληλογραφία είναι εγνατίας 128 τέταρτος όροφος θεσσαλονίκη 54622",
  [("address", "εγνατίας 128 τέταρτος όροφος θεσσαλονίκη 54622")])
G("και το μέιλ stavros.anagn παπάκι otenet τελεία gr",
  [("email", "stavros.anagn παπάκι otenet τελεία gr")])
st_card = say('el', grp(el_c[5], 4, 4, 4, 4))
G(f"την προκαταβολή με την κάρτα {st_card}", [("card", st_card)])
G(f"Και την ετήσια συντήρηση με πάγια εντολή από τον λογαριασμό {g4(el_ib[4])}.",
  [("iban", g4(el_ib[4]))])
G("Η ταφή της μητέρας μου έγινε το 2011 στον τάφο 112, και η εκταφή πρέπει να γίνει μέσα στη "
  "χρονιά.")
G("τα κεριά και το λάδι για το καντήλι τα αφήνουν στο κουβούκλιο δίπλα στην εκκλησία του αγίου "
  "λουκά")

# --- call: car-wash subscription, Limassol (a young Cypriot caller)
G("πλυντήριο αφρός λεμεσού γεια σας")
G("γεια σου εν ο μάριος που το συνδρομητικό πακέτο εσιει μιαν χρέωση διπλή",
  [("name", "μάριος")])
G("το πακέτο premium εν 39 ευρώ τον μήνα με απεριόριστα πλυσίματα το basic 25 και η διπλή "
  "χρέωση θα σου επιστραφεί σε πέντε εργάσιμες")
G(f"βάλε την αμέξ {grp(el_c[6], 4, 6, 5)} που την άλλη εν να τη κλείσω",
  [("card", grp(el_c[6], 4, 6, 5))])
G(f"ή βάλε τα πίσω στον λογαριασμό {el_ib[6]}", [("iban", el_ib[6])])
mr_ph = say('el', '97451289', '2n 6d')
G(f"το κινητό μου {mr_ph}", [("phone", mr_ph)])
G("τζαι το email marios.k99@hotmail.com", [("email", "marios.k99@hotmail.com")])
G("το πλυντήριο στη μακαρίου εν ανοιχτό ως τις δέκα το βράδυ αλλά το σαββατοκύριακο κλείνει "
  "στις εφτά")
G("Το βαν σας είναι κατηγορία Β, οπότε έχει 5 ευρώ επιπλέον ανά πλύσιμο.")

# --- call: aquarium and fish shop, Piraeus
G("ενυδρεία πειραιά καλησπέρα")
G("Καλησπέρα, με λένε Nikolas Ioannou, έχω παραγγείλει ένα ενυδρείο 240 λίτρων online.",
  [("name", "Nikolas Ioannou")])
G("Το ενυδρείο 240 λίτρων με τη βάση είναι 520 ευρώ, το εξωτερικό φίλτρο 145, και τα ψάρια τα "
  "στέλνουμε μόνο Τρίτη και Τετάρτη.")
G("Στείλτε το στην Καραϊσκάκη 61, Πειραιάς, 18532, τρίτος όροφος, έχει ασανσέρ.",
  [("address", "Καραϊσκάκη 61, Πειραιάς, 18532, τρίτος όροφος")])
G("σταθερό 210 417 2298 κινητό δεν σηκώνω στη δουλειά", [("phone", "210 417 2298")])
ni_afm = say('el', el_afm[6], '3n 3n 3n', sep=', ', formal=True)
G(f"Θέλω απόδειξη με ΑΦΜ, {ni_afm}.", [("id", ni_afm)])
G("nikolas.ioannou παπάκι outlook τελεία com", [("email", "nikolas.ioannou παπάκι outlook τελεία com")],
  "Και ένα email για την απόδειξη;")
ni_card = f"{grp(el_c[7][:8], 4, 4)}, ναι, {grp(el_c[7][8:], 4, 4)}"
G(f"Κάρτα, {ni_card}.", [("card", ni_card)])
G("η παραγγελία μου έχει αριθμό 784412 και λέει ότι θα φτάσει την παρασκευή")
G("οι νέον τέτρα είναι 2,50 το ένα και οι σκαλάρες 9 ευρώ αλλά θέλει δύο εβδομάδες κύκλο αζώτου "
  "πριν βάλετε ψάρια")

# --- call: piano tuner, Athens (an elderly widow)
G("κουρδίσματα πιάνου παρακαλώ")
G("Καλησπέρα σας, είμαι η Ελπίδα Σταματοπούλου, έχω ένα πιάνο Petrof που θέλει κούρδισμα.",
  [("name", "Ελπίδα Σταματοπούλου")])
G("Το κούρδισμα είναι 90 ευρώ, αν δεν έχει κουρδιστεί πάνω από πέντε χρόνια θέλει δεύτερο "
  "πέρασμα, και κρατάει περίπου μιάμιση ώρα.")
G("Μάλιστα, κυρία Ελπίδα, πού μένετε;", [("name", "Ελπίδα")])
G("στην πατησίων διακόσια δεκαεπτά στον πέμπτο όροφο κοντά στην αγίου μελετίου",
  [("address", "πατησίων διακόσια δεκαεπτά στον πέμπτο όροφο")])
el_ph = say('el', '6973245518', '3d 3n 2n 2n', sep=', ')
G(f"Το τηλέφωνό μου, {el_ph}.", [("phone", el_ph)])
G(f"για την απόδειξη το αφμ μου {el_afm[7]}", [("id", el_afm[7])])
elp_card = say('el', el_c[1], formal=True)
G(f"αν θέλετε πληρώνω με κάρτα {elp_card}", [("card", elp_card)])
G("Το πιάνο είναι του 1978, το είχε ο άντρας μου, και το λα δεν κρατάει το κούρδισμα πάνω από "
  "δυο μήνες.")
G("μπορείτε να έρθετε την κυριακή το πρωί μετά την εκκλησία ή μόνο καθημερινές")


if __name__ == "__main__":
    sys.exit(main())
