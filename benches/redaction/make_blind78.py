#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind78": customer-service calls in EDUCATION
(schools, universities, exam boards, student loans and grants, enrolment, certificates
and transcripts), in English, Arabic, Hebrew and Greek.

Who wrote it and how: a helper session, working only from a written brief and its own
knowledge of how people talk on the phone. It never read the redactor, its rules, its
tests, or any other evaluation set or generator. All people, numbers and addresses are
invented. Check-digit values (payment cards, IBANs, national IDs) are computed by the
helpers below, and every span is asserted (its substring, and for cards, IBANs and IDs
its check digits, also when the digits are spoken as words).

Running it writes data/redaction/blind78/{en,ar,he,el}.jsonl (relative to the repository
root), one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind: card, iban, id, phone, email, date_of_birth, name, address.
- start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive.
- context: optional, not scored: an earlier line of the same call.
- Items with empty spans are non-personal and must come out unchanged.

Standard library only; deterministic.
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                       "data", "redaction", "blind78")

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def tz_ok(d):
    """Israeli Teudat Zehut: 9 digits, weights 1,2,1,2,... from the left."""
    if len(d) != 9:
        return False
    total = 0
    for i, c in enumerate(d):
        n = int(c) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def afm_ok(d):
    """Greek AFM: 9 digits, check = (sum d_i * 2^(8-i)) mod 11 mod 10."""
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(d):
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group != 0 and serial != 0


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "KW": 30, "QA": 29,
            "BH": 22, "LB": 28, "TR": 26, "MA": 28}


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban_ok(s):
    return len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]] \
        and s[2:4].isdigit() and iban_mod(s) == 1


def _fill(template, ok):
    """template has exactly one '_' standing for the check digit."""
    assert template.count("_") == 1, template
    for c in "0123456789":
        cand = template.replace("_", c)
        if ok(re.sub(r"\D", "", cand)):
            return cand
    raise AssertionError("no check digit for " + template)


def card(t):
    return _fill(t, luhn_ok)


def tz(t):
    return _fill(t, tz_ok)


def afm(t):
    return _fill(t, afm_ok)


def saudi(t):
    return _fill(t, saudi_ok)


def iban(t):
    """t like 'GB__ NWBK 6016 ...' : '__' is replaced by the computed check digits."""
    assert t[2:4] == "__", t
    compact = re.sub(r"[^0-9A-Z]", "", t.replace("__", "00"))
    assert len(compact) == IBAN_LEN[compact[:2]], (t, len(compact))
    check = "%02d" % (98 - iban_mod(compact))
    out = t[:2] + check + t[4:]
    assert iban_ok(re.sub(r"[^0-9A-Z]", "", out)), out
    return out


# ------------------------------------------------------------ spoken numbers

AR_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

EN_W = "zero one two three four five six seven eight nine".split()
AR_W = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_W_COLLOQ = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_W = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()

EL_TENS = {2: "είκοσι", 3: "τριάντα", 4: "σαράντα", 5: "πενήντα", 6: "εξήντα",
           7: "εβδομήντα", 8: "ογδόντα", 9: "ενενήντα"}
EL_TEENS = {10: "δέκα", 11: "έντεκα", 12: "δώδεκα", 13: "δεκατρία", 14: "δεκατέσσερα",
            15: "δεκαπέντε", 16: "δεκαέξι", 17: "δεκαεφτά", 18: "δεκαοχτώ", 19: "δεκαεννιά"}
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy",
           8: "eighty", 9: "ninety"}
EN_TEENS = {10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen",
            15: "fifteen", 16: "sixteen", 17: "seventeen", 18: "eighteen", 19: "nineteen"}
HE_TENS = {2: "עשרים", 3: "שלושים", 4: "ארבעים", 5: "חמישים", 6: "שישים", 7: "שבעים",
           8: "שמונים", 9: "תשעים"}
HE_TEENS_F = {10: "עשר", 11: "אחת עשרה", 12: "שתים עשרה", 13: "שלוש עשרה",
              14: "ארבע עשרה", 15: "חמש עשרה", 16: "שש עשרה", 17: "שבע עשרה",
              18: "שמונה עשרה", 19: "תשע עשרה"}
AR_TENS = {2: "عشرين", 3: "ثلاثين", 4: "أربعين", 5: "خمسين", 6: "ستين", 7: "سبعين",
           8: "ثمانين", 9: "تسعين"}


def say(d, lang, group_sep=" ", pairs=False, oh=False, colloq=False, masc=False):
    """Speak a digit string (spaces in it = group breaks) digit by digit, or in pairs."""
    groups = d.split()
    out = []
    for g in groups:
        if pairs:
            assert len(g) == 2, g
            out.append(say_pair(g, lang, oh=oh, masc=masc))
            continue
        words = []
        for c in g:
            n = int(c)
            if lang == "en":
                words.append("oh" if (oh and n == 0) else EN_W[n])
            elif lang == "ar":
                words.append((AR_W_COLLOQ if colloq else AR_W)[n])
            elif lang == "he":
                words.append((HE_M if masc else HE_F)[n])
            elif lang == "el":
                words.append(EL_W[n])
        out.append(" ".join(words))
    return group_sep.join(out)


def say_pair(g, lang, oh=False, masc=False):
    n = int(g)
    if g[0] == "0":
        return say(g, lang, oh=oh, masc=masc)
    t, u = divmod(n, 10)
    if lang == "en":
        if n < 20:
            return EN_TEENS[n]
        return EN_TENS[t] + ("-" + EN_W[u] if u else "")
    if lang == "el":
        if n < 20:
            return EL_TEENS[n]
        return EL_TENS[t] + (" " + EL_W[u] if u else "")
    if lang == "he":
        if n < 20:
            return HE_TEENS_F[n]
        return HE_TENS[t] + (" ו" + (HE_M if masc else HE_F)[u] if u else "")
    if lang == "ar":
        assert n >= 20, g
        return (AR_W[u] + " و" if u else "") + AR_TENS[t]
    raise ValueError(lang)


# Word -> digits, used to check spoken spans.
WORD_DIGIT = {}
for _lst in (EN_W, AR_W, AR_W_COLLOQ, HE_F, HE_M, EL_W):
    for _i, _w in enumerate(_lst):
        WORD_DIGIT[_w] = _i
WORD_DIGIT.update({"oh": 0, "o": 0, "nought": 0, "zéro": 0,
                   "اثنان": 2, "إثنين": 2, "تنين": 2, "ثلاث": 3, "تلات": 3, "أربع": 4,
                   "اربعة": 4, "اربع": 4, "خمس": 5, "ست": 6, "سبع": 7, "ثمان": 8, "تمنية": 8,
                   "تمن": 8, "تسع": 9, "زيرو": 0, "وحدة": 1, "واحدة": 1,
                   "שתים": 2, "אפעס": 0, "ένας": 1, "μία": 1, "μια": 1, "τρεις": 3,
                   "τέσσερις": 4, "επτά": 7, "οκτώ": 8, "εννέα": 9, "δυο": 2})
TENS_WORD = {}
for _tab in (EN_TENS, EL_TENS, HE_TENS, AR_TENS):
    for _k, _w in _tab.items():
        TENS_WORD[_w] = _k
TENS_WORD.update({"عشرون": 2, "ثلاثون": 3, "اربعين": 4, "تلاتين": 3, "تمانين": 8,
                  "ογδόντα": 8})
TEEN_WORD = {}
for _tab in (EN_TEENS, EL_TEENS):
    for _k, _w in _tab.items():
        TEEN_WORD[_w] = _k
EL_HUND = {"εκατό": 1, "εκατόν": 1, "διακόσια": 2, "τριακόσια": 3, "τετρακόσια": 4,
           "πεντακόσια": 5, "εξακόσια": 6, "εφτακόσια": 7, "επτακόσια": 7,
           "οχτακόσια": 8, "οκτακόσια": 8, "εννιακόσια": 9, "εννεακόσια": 9}
EL_HUND_SAY = {1: "εκατόν", 2: "διακόσια", 3: "τριακόσια", 4: "τετρακόσια",
               5: "πεντακόσια", 6: "εξακόσια", 7: "εφτακόσια", 8: "οχτακόσια",
               9: "εννιακόσια"}


def say_el_triple(g):
    """Greek reading of a 3-digit group the way people read phone numbers and AFMs."""
    assert len(g) == 3, g
    if g[0] == "0":
        return EL_W[0] + " " + say_pair(g[1:], "el")
    h, rest = int(g[0]), int(g[1:])
    if rest == 0:
        return "εκατό" if h == 1 else EL_HUND_SAY[h]
    return EL_HUND_SAY[h] + " " + say_pair(g[1:], "el").replace("μηδέν ", "")


MULT = {"double": 2, "triple": 3, "دبل": 2, "דאבל": 2, "διπλό": 2}
LETTER_WORDS = {}


def spoken_to_chars(s):
    """Very small parser for spoken/written numbers: returns the digit/letter string."""
    s = s.translate(AR_INDIC)
    # hebrew two-word teens
    for k, w in HE_TEENS_F.items():
        if " " in w:
            s = s.replace(w, " %d " % k)
    toks = re.findall(r"[0-9]+|[^\W\d_]+", s.replace("-", " "))
    out = []
    mult = 1
    i = 0
    while i < len(toks):
        t = toks[i]
        low = t.lower()
        nxt = None
        if t.isdigit():
            out.append(t * mult if mult > 1 and len(t) == 1 else t)
            mult = 1
        elif low in EL_HUND:
            val = EL_HUND[low] * 100
            if i + 1 < len(toks):
                n1 = toks[i + 1].lower()
                if n1 in TEEN_WORD:
                    val += TEEN_WORD[n1]
                    i += 1
                elif n1 in TENS_WORD:
                    val += TENS_WORD[n1] * 10
                    i += 1
                    if i + 1 < len(toks) and toks[i + 1].lower() in WORD_DIGIT and \
                            WORD_DIGIT[toks[i + 1].lower()] > 0:
                        val += WORD_DIGIT[toks[i + 1].lower()]
                        i += 1
                elif n1 in WORD_DIGIT and WORD_DIGIT[n1] > 0:
                    val += WORD_DIGIT[n1]
                    i += 1
            out.append(str(val))
        elif low in MULT:
            mult = MULT[low]
        elif low in TEEN_WORD:
            out.append(str(TEEN_WORD[low]))
        elif low in TENS_WORD:
            tens = TENS_WORD[low]
            unit = 0
            if i + 1 < len(toks):
                nxt = toks[i + 1].lower()
                if nxt.startswith("ו") and nxt[1:] in WORD_DIGIT:
                    nxt = nxt[1:]
                if nxt in WORD_DIGIT and WORD_DIGIT[nxt] > 0:
                    unit = WORD_DIGIT[nxt]
                    i += 1
            out.append(str(tens * 10 + unit))
        elif low in WORD_DIGIT or (low.startswith("ו") and low[1:] in WORD_DIGIT):
            n = WORD_DIGIT.get(low, WORD_DIGIT.get(low[1:]))
            # arabic "unit و-tens"
            if i + 1 < len(toks) and toks[i + 1].startswith("و") and \
                    toks[i + 1][1:] in TENS_WORD and n > 0:
                out.append(str(TENS_WORD[toks[i + 1][1:]] * 10 + n))
                i += 1
            else:
                out.append(str(n) * mult)
            mult = 1
        elif len(t) == 1 and t.isascii() and t.isalpha():
            out.append(t.upper() * mult)
            mult = 1
        elif t.isupper() and t.isascii():
            out.append(t)
        i += 1
    return "".join(out)


# ------------------------------------------------------------ items -> jsonl

def it(text, *spans, ctx=""):
    """spans: (kind, substring) in text order; kind ending in '!' skips the value check
    (used for spans holding a spoken correction)."""
    return (text, list(spans), ctx)


RUN_RE = re.compile(r"\d(?:[\d]|[ .\-/](?=\d))*")


def check_free_numbers(text, where):
    """Numbers outside personal spans must not pass the check-digit tests."""
    t = text.translate(AR_INDIC)
    cands = set()
    for m in RUN_RE.finditer(t):
        run = m.group(0)
        cands.add(re.sub(r"\D", "", run))
        for piece in re.split(r"[ .\-/]", run):
            cands.add(piece)
    for d in cands:
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), (where, d, "luhn")
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), (where, d, "tz/afm")
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), (where, d, "saudi")
    for m in re.finditer(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){10,30}", t):
        c = m.group(0).replace(" ", "")
        for n in range(15, len(c) + 1):
            assert not iban_ok(c[:n]), (where, c, "iban")


def check_value(kind, sub, where):
    if kind in ("card", "iban", "id", "phone"):
        v = spoken_to_chars(sub)
        if kind == "iban" and iban_ok(re.sub(r"[^0-9A-Za-z]", "", sub).upper()):
            return
        if kind == "card":
            assert 13 <= len(v) <= 19 and v.isdigit() and luhn_ok(v), (where, sub, v)
        elif kind == "iban":
            assert iban_ok(v), (where, sub, v)
        elif kind == "id":
            assert v.isdigit() and (tz_ok(v) or afm_ok(v) or saudi_ok(v) or ssn_ok(v)), \
                (where, sub, v)
        elif kind == "phone":
            assert v.isdigit() and 7 <= len(v) <= 15, (where, sub, v)


def build(lang, items):
    rows = []
    seen = set()
    for n, (text, spans, ctx) in enumerate(items):
        where = "%s#%d %r" % (lang, n, text[:50])
        assert text == text.strip() and text not in seen, where
        seen.add(text)
        b = text.encode("utf-8")
        pos = 0
        out = []
        masked = b
        for kind, sub in spans:
            nocheck = kind.endswith("!")
            kind = kind.rstrip("!")
            assert kind in KINDS, where
            assert sub and sub == sub.strip(" ,.?!،؟"), (where, sub)
            sb = sub.encode("utf-8")
            start = b.find(sb, pos)
            assert start >= 0, (where, "not found after previous span", sub)
            end = start + len(sb)
            assert b[start:end].decode("utf-8") == sub
            if not nocheck:
                check_value(kind, sub, where)
            out.append({"kind": kind, "start": start, "end": end})
            masked = masked[:start] + b"|" * (end - start) + masked[end:]
            pos = end
        check_free_numbers(masked.decode("utf-8", "replace").replace("|", " | "), where)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}  # lang -> list of items; filled below, one language at a time

def spell(s, lang="en", sep=", ", oh=False, colloq=False, masc=False):
    """Letters stay letters (spaced), digits become words; spaces in s = group breaks."""
    out = []
    for g in s.split():
        w = []
        for c in g:
            w.append(c if c.isalpha() else say(c, lang, oh=oh, colloq=colloq, masc=masc))
        out.append(" ".join(w))
    return sep.join(out)


# =================================================================== ENGLISH
# Calls: UK student finance helpline; US university financial aid office; exam board
# post-results service; Irish student grant helpdesk; English-language test centre;
# primary school office; graduate records (certificates, apostille); university
# accommodation (Australia); open/distance-learning enrolments; SAT tutoring agency;
# music exam board; overseas student-loan repayments; university fees office.

EN_CARD1 = card("4929 3810 5562 187_")
EN_CARD2 = card("5412 7534 9021 066_")
EN_CARD3 = card("3756 104829 3317_")
EN_CARD4 = card("6011 4820 7719 305_")
EN_CARD5 = card("4024 0071 8853 229_")
EN_CARD6 = card("2221 0093 4476 512_")
EN_CARD7 = card("6759 4120 8834 5521 03_")
EN_CARD8 = card("4556 7301 2298 441_")
EN_IBAN_IE1 = iban("IE__ AIBK 9311 5212 3456 78")
EN_IBAN_AE = iban("AE__ 0331 2345 6789 0123 456")
EN_IBAN_DE = iban("DE__ 2105 0170 0012 3998 47")
EN_IBAN_GB1 = iban("GB__ MIDL 4005 1571 2288 93")
EN_IBAN_SA = iban("SA__ 8000 0002 0860 1012 3456")
EN_IBAN_GR = iban("GR__ 0172 0450 0050 4509 3871 226")
EN_IBAN_JO = iban("JO__ ARAB 1180 0000 0011 8273 6450 19")
EN_IBAN_IE2 = iban("IE__ BOFI 9000 1786 4430 12")
EN_AFM = afm("13458209_")
EN_SAUDI = saudi("104772819_")
EN_IQAMA = saudi("2381045 76_")
EN_TZ = tz("30456218_")
EN_PH_IE = "oh eight seven, two one four, double six three nine"

EN = [
    # --- UK student finance helpline
    it("Good morning, you're through to Student Finance, my name's Karen, how can I help?",
       ("name", "Karen")),
    it("Hiya, yeah, it's Gemma Whitfield here, I'm ringing about my maintenance loan, it "
       "still hasn't come through.", ("name", "Gemma Whitfield")),
    it("No worries Gemma, can I take your customer reference number first?",
       ("name", "Gemma")),
    it("Yeah, it's one two... no, hang on. It's 4417 8820 391."),
    it("Fourteenth of the ninth, two thousand and four.",
       ("date_of_birth", "Fourteenth of the ninth, two thousand and four"),
       ctx="Thank you. And can you confirm your date of birth for me?"),
    it("um so the first instalment was meant to be paid on the 23rd of September and it's "
       "now the 2nd of October"),
    it("I can see the payment of £1,432.67 was released on the 27th, but it was returned "
       "by the bank."),
    it("Yeah it's, um, 14 Larkspur Close, Hebden Bridge, HX7 8QT.",
       ("address", "14 Larkspur Close, Hebden Bridge, HX7 8QT"),
       ctx="Has your address changed since you applied? What's the new one?"),
    it("Mobile's " + say("07712 483 906", "en", ", ", oh=True) + ".",
       ("phone", say("07712 483 906", "en", ", ", oh=True)),
       ctx="And a mobile number in case the bank needs to get in touch?"),
    it("So that's the 2024 to 25 academic year, tuition fee loan of nine thousand two "
       "hundred and fifty pounds, paid directly to the university."),
    it("It can take three to five working days, so you should see it by Friday the 6th."),
    # --- US university financial aid office
    it("Thank you for calling the Office of Financial Aid at Hollins State, how can I help "
       "you today?"),
    it("Hi, my name is Destiny Alvarez, I'm a sophomore and I got an email saying my FAFSA "
       "was selected for verification?", ("name", "Destiny Alvarez")),
    it("Okay Destiny, I'll need to verify your identity first. Can I get your Social "
       "Security number?", ("name", "Destiny")),
    it("Sure, it's 412-68-3097.", ("id", "412-68-3097")),
    it("And my mom's is five two nine, one four, seven seven three zero, she's the parent "
       "on the form.", ("id", "five two nine, one four, seven seven three zero")),
    it("Date of birth is 11/04/2005.", ("date_of_birth", "11/04/2005"),
       ctx="Thank you. And your date of birth?"),
    it("Got it. We're still missing the 2023 IRS tax return transcript and the V1 "
       "verification worksheet."),
    it("so the pell grant was seven thousand three ninety five and now it says three "
       "thousand six hundred what happened"),
    it("The award was prorated because you dropped to nine credit hours on September 14th."),
    it("There's also a balance of $2,118.40 on your student account, due by November 1st, "
       "or a $75 late fee applies."),
    it("Can I just pay that now by card? It's a Discover, " + EN_CARD4 + ".",
       ("card", EN_CARD4)),
    it("(720) 384-1956, that's my cell.", ("phone", "(720) 384-1956"),
       ctx="And the best number to reach you if the verification team has questions?"),
    it("Perfect, and the email on file is destiny.alvarez04@gmail.com, is that still good?",
       ("email", "destiny.alvarez04@gmail.com")),
    it("It's 2250 Sycamore Drive, Apartment 12B, Bowling Green, Kentucky 42101.",
       ("address", "2250 Sycamore Drive, Apartment 12B, Bowling Green, Kentucky 42101"),
       ctx="And is your mailing address still the same, or has that changed?"),
    # --- exam board, post-results services
    it("Hello, Post-Results Services, how can I help?"),
    it("Good afternoon. My name is Mrs Folake Adeyemi, I'm calling on behalf of my son "
       "regarding his A-level Chemistry result.", ("name", "Folake Adeyemi")),
    it("Thank you, Mrs Adeyemi. Requests for a review of marking have to come through the "
       "school's exams officer, I'm afraid.", ("name", "Adeyemi")),
    it("The exams officer said the centre number is 54213 and his candidate number is "
       "0417, and on paper 2 he got 58 out of 100."),
    it("The deadline for priority reviews was the 22nd of August; standard reviews close "
       "on the 26th of September, and the fee is £48.50 per component."),
    it("He needs an A for Leeds and he got a B by two marks. Two marks!"),
    # --- Irish student grant helpdesk
    it("You're through to the student grants helpdesk, how can I help you today?"),
    it("hi yeah its ciaran o'shea here i applied for the grant back in may and i havent "
       "heard a thing", ("name", "ciaran o'shea")),
    it("Okay Ciarán, have you got your application number there?", ("name", "Ciarán")),
    it("I do yeah, it's 24-118-5573."),
    it("Grand. The decision issued on the 9th of September. You've been awarded the "
       "non-adjacent rate, that's €3,500 for the year."),
    it("I've an IBAN here ending 4471 but the payment came back. Can you read me out the "
       "full IBAN?"),
    it("Yeah, it's " + spell(EN_IBAN_IE1) + ".", ("iban", spell(EN_IBAN_IE1))),
    it("And just to confirm, the address we have is Apartment 6, Riverside Court, Bishop "
       "Street, Limerick, V94 K2T8?",
       ("address", "Apartment 6, Riverside Court, Bishop Street, Limerick, V94 K2T8")),
    it("no that's my old one, it's 31 Ballinlough Road, Cork, T12 X5P4 now",
       ("address", "31 Ballinlough Road, Cork, T12 X5P4")),
    it("Contact number, yeah, " + EN_PH_IE + ".", ("phone", EN_PH_IE)),
    # --- English-language test centre
    it("Good morning, Northgate Test Centre, how may I help you?"),
    it("Good morning ma'am, myself Venkatesh Iyer, I want to reschedule my IELTS Academic "
       "test which is on 15th of March.", ("name", "Venkatesh Iyer")),
    it("No problem, sir. Can I have your date of birth to find the booking?"),
    it("Yes, it is 03-07-1996, third of July ninety-six.",
       ("date_of_birth", "03-07-1996"), ("date_of_birth", "third of July ninety-six")),
    it("The next available Academic slot is Saturday the 12th of April at 9 a.m., with "
       "the speaking test at 2:40 in the afternoon."),
    it("The transfer fee is £56, and the test fee you paid was £195."),
    it("Kindly send the confirmation to my mail, it's venky dot iyer ninety six at the "
       "rate of gmail dot com.",
       ("email", "venky dot iyer ninety six at the rate of gmail dot com")),
    it("Hello, good afternoon. My name is Chukwuemeka Obi, I sat for the test on the 8th "
       "and my result is not yet out.", ("name", "Chukwuemeka Obi")),
    it("Results are usually released 13 days after the test for the paper-based test, so "
       "that would be this Friday."),
    it("Please can you call me back on plus two three four, eight zero three, four five "
       "two, one one nine zero. My network is bad.",
       ("phone", "plus two three four, eight zero three, four five two, one one nine zero")),
    it("The TRF number on your booking is 24GB018834OBIC001A, you'll need that for the "
       "university."),
    # --- primary school office
    it("St Aidan's Primary, Mrs Patel speaking.", ("name", "Patel")),
    it("Hi, it's Lauren Bradshaw here, from Year 2, Robins class, my son won't be in "
       "today, he's got a temperature.", ("name", "Lauren Bradshaw")),
    it("Thanks for letting us know. I'll mark it as an authorised absence for Tuesday "
       "the 4th."),
    it("Hello, I'm ringing about an in-year place for my daughter, we've just moved down "
       "from Manchester."),
    it("Twenty-first of June, 2017.", ("date_of_birth", "Twenty-first of June, 2017"),
       ctx="Of course. What's her date of birth?"),
    it("Flat 3, 112 Wellington Road, Oldham, OL8 4DQ.",
       ("address", "Flat 3, 112 Wellington Road, Oldham, OL8 4DQ"),
       ctx="And what's your address now?"),
]

EN += [
    # --- graduate records: replacement certificates, apostille
    it("Graduate Records, good morning."),
    it("Hello, yes, good morning. My name is Eleni Papadaki, I graduated in 2019 and I "
       "need a replacement degree certificate.", ("name", "Eleni Papadaki")),
    it("Certainly. A replacement certificate is £65, and an official transcript is £15 per "
       "copy, or £40 for three."),
    it("For the Greek recognition they also want my tax number, the AFM, it's " +
       " ".join(EN_AFM) + ".", ("id", " ".join(EN_AFM))),
    it("To my parents' house, please: 148 Kifisias Avenue, Marousi, 151 24, Athens, Greece.",
       ("address", "148 Kifisias Avenue, Marousi, 151 24, Athens, Greece"),
       ctx="And where should we post the certificate to?"),
    it("And the refund of the extra £15 can go to my Greek account, " + EN_IBAN_GR + ".",
       ("iban", EN_IBAN_GR)),
    it("Hello, I am Abdulrahman Al-Qahtani, I need my certificate attested for the Saudi "
       "Cultural Bureau.", ("name", "Abdulrahman Al-Qahtani")),
    it("Yes, it is " + say(EN_SAUDI[:3] + " " + EN_SAUDI[3:6] + " " + EN_SAUDI[6:9] + " " +
                          EN_SAUDI[9], "en", ", ") + ".",
       ("id", say(EN_SAUDI[:3] + " " + EN_SAUDI[3:6] + " " + EN_SAUDI[6:9] + " " +
                  EN_SAUDI[9], "en", ", ")),
       ctx="For the verification letter the bureau asks for your national ID number."),
    it("Hi, it's Noa Friedman, I did my masters with you in 2021. The embassy form wants my "
       "Israeli ID number, it's " + EN_TZ[:3] + " " + EN_TZ[3:6] + " " + EN_TZ[6:] + ".",
       ("name", "Noa Friedman"), ("id", EN_TZ[:3] + " " + EN_TZ[3:6] + " " + EN_TZ[6:])),
    it("The apostille takes about ten working days, and the fee is £30 plus postage."),
    it("noa, n o a, dot friedman at walla dot co dot il",
       ("email", "noa, n o a, dot friedman at walla dot co dot il"),
       ctx="We'll email you a PDF copy first. What's the best email address?"),
    # --- university accommodation (Australia)
    it("G'day, Student Accommodation, it's Bec speaking.", ("name", "Bec")),
    it("Yeah hi, Jarrod Mitchell here, I'm in Block D, room 219, and the heater's been "
       "busted since Monday.", ("name", "Jarrod Mitchell")),
    it("No worries, I'll log a maintenance job, reference MJ-30418, should be someone out "
       "by Thursday arvo."),
    it("Also my rent, the $285 a week, it came out twice on the 1st."),
    it("Yep, " + say(EN_CARD2, "en", ", ", oh=True) + ".",
       ("card", say(EN_CARD2, "en", ", ", oh=True)),
       ctx="I can see two debits of $1,140 on the 1st of March. Can you read me the card "
           "number they came off?"),
    it("and your mobile's still oh four one two, five five eight, three seven nine?",
       ("phone", "oh four one two, five five eight, three seven nine")),
    it("it's jarrod dot mitchell at student dot unimelb... no, sorry, it's jmitch97 at "
       "outlook dot com",
       ("email", "jarrod dot mitchell at student dot unimelb"),
       ("email", "jmitch97 at outlook dot com"),
       ctx="And a personal email, not the uni one?"),
    # --- open / distance learning enrolments
    it("Thanks for holding, you're through to Carrick Open Learning enrolments."),
    it("hiya my names danny hughes i want to sign up for the level one certificate in "
       "psychology starting in october", ("name", "danny hughes")),
    it("Lovely, Danny. The module fee is £3,486, or you can spread it over 12 monthly "
       "payments of £290.50.", ("name", "Danny")),
    it("Yeah it's 9 Coronation Terrace, Blyth, Northumberland, NE24 2HS.",
       ("address", "9 Coronation Terrace, Blyth, Northumberland, NE24 2HS"),
       ctx="Can I take your home address, please?"),
    it("and email is danny h underscore 1988 at hotmail dot co dot uk",
       ("email", "danny h underscore 1988 at hotmail dot co dot uk")),
    it("Seventh of the eleventh, eighty-eight.",
       ("date_of_birth", "Seventh of the eleventh, eighty-eight"),
       ctx="And your date of birth, please? We have to check you're over 18."),
    it("Can I pay the first one on my debit card? It's " + EN_CARD1 + ".",
       ("card", EN_CARD1)),
    # --- SAT tutoring agency
    it("BrightPath Tutoring, how can I help you?"),
    it("Hi, yes, I'm calling about SAT prep for my daughter, she's a junior at Lincoln High."),
    it("Sure! Our SAT package is 10 sessions for $649, and the next diagnostic test is "
       "Saturday, May 3rd."),
    it("Okay. My name's Rob Kowalski, that's K-O-W-A-L-S-K-I.",
       ("name", "Rob Kowalski"), ("name", "K-O-W-A-L-S-K-I")),
    it("It's 614, uh, 614-829-0375.", ("phone", "614, uh, 614-829-0375"),
       ctx="Thanks. And the best number for you?"),
    it("American Express, " + EN_CARD3 + ".", ("card", EN_CARD3),
       ctx="And which card would you like to use for the deposit?"),
    it("Great, the $150 deposit is charged today and the remaining $499 on the first "
       "session."),
    it("rob k 1975 at yahoo dot com, all lowercase",
       ("email", "rob k 1975 at yahoo dot com")),
    # --- music exam board
    it("Music Exams Board, customer services."),
    it("Hello, I'm a piano teacher, I entered six candidates for the summer session, Grade 5 "
       "theory on the 14th of June, and only five got their slips."),
    it("My applicant number is 112 8473."),
    it("I can see the entry for six candidates, total fee £402, paid on the 2nd of May."),
    it("The missing one's Grade 3 piano, not theory, and it's at the Harrogate centre."),
    # --- overseas student-loan repayments
    it("Hi there, my name is Aisling Kelly, well, Kelly-Nwosu now, I got married.",
       ("name", "Aisling Kelly"), ("name", "Kelly-Nwosu")),
    it("I live in Dubai now and I want to set up the repayments from my account here, the "
       "IBAN is " + EN_IBAN_AE + ".", ("iban", EN_IBAN_AE)),
    it("Your repayment threshold for the UAE is £31,200, so you'll pay 9% over that, about "
       "£186 a month."),
    it("Villa 27, Street 14B, Al Barsha 2, Dubai.",
       ("address", "Villa 27, Street 14B, Al Barsha 2, Dubai"),
       ctx="Can you confirm your overseas address, please?"),
    it("And my UAE mobile is plus nine seven one, fifty, four four seven, two one eight "
       "three.", ("phone", "plus nine seven one, fifty, four four seven, two one eight three")),
    it("Hi, it's Jonas Becker. I want to pay the rest off in one go from my German account, "
       + EN_IBAN_DE + ".", ("name", "Jonas Becker"), ("iban", EN_IBAN_DE)),
    it("Your settlement figure today is £11,846.22, valid until the 30th."),
]

EN_SSN3 = "two three one, four seven, nine oh six five"
EN_IQAMA = saudi("238104576_")
EN_CARD5_SAID = (say(EN_CARD5[:9], "en", ", ", oh=True) + " — yeah — " +
                 say(EN_CARD5[10:], "en", ", ", oh=True))
EN_CARD6_SAID = ("two two two one double oh nine three four four seven six five one two " +
                 say(EN_CARD6[-1], "en"))
EN_CARD8_SAID = ("four double five six, seven three oh one, double two nine eight, "
                 "double four one " + say(EN_CARD8[-1], "en"))
assert spoken_to_chars(EN_CARD6_SAID) == EN_CARD6.replace(" ", "")
assert spoken_to_chars(EN_CARD8_SAID) == EN_CARD8.replace(" ", "")

EN += [
    # --- university fees office (refunds, deposits, payment plans)
    it("Hi, I overpaid my tuition by £1,200 and they told me to give the IBAN for the "
       "refund, it's " + EN_IBAN_GB1 + ".", ("iban", EN_IBAN_GB1)),
    it("The sponsor pays my fees, but the allowance refund should go to my Saudi account, "
       + EN_IBAN_SA + ", at Al Rajhi.", ("iban", EN_IBAN_SA)),
    it("My father will pay the £2,000 deposit from Amman, and any refund goes back to his "
       "account, " + EN_IBAN_JO + ".", ("iban", EN_IBAN_JO)),
    it("yeah the iban is " + EN_IBAN_IE2.lower() + " bank of ireland",
       ("iban", EN_IBAN_IE2.lower())),
    it("So that's " + EN_CARD5_SAID + "?", ("card", EN_CARD5_SAID)),
    it("ok its " + EN_CARD6_SAID + " expiry next march", ("card", EN_CARD6_SAID)),
    it("It's a Maestro, " + EN_CARD7 + ".", ("card", EN_CARD7),
       ctx="Which card would you like to pay the resit fee with?"),
    it("Right, it's " + EN_CARD8_SAID + ".", ("card", EN_CARD8_SAID),
       ctx="You can pay the $120 enrollment deposit by card over the phone."),
    # --- more financial-aid verification calls (US)
    it("Sure, my social is " + EN_SSN3 + ".", ("id", EN_SSN3),
       ctx="I'll just need your Social Security number to pull up the file."),
    it("I'm the dad, I'm on the FAFSA as the contributor, my SSN is 603-11-4582.",
       ("id", "603-11-4582")),
    it("I'm resident in Riyadh, so it's my Iqama, " + EN_IQAMA + ".", ("id", EN_IQAMA),
       ctx="For international applicants we need a national ID or residence permit number."),
    # --- test centre and graduate records, continued
    it("My email is chuks underscore obi at yahoo dot com, c h u k s.",
       ("email", "chuks underscore obi at yahoo dot com, c h u k s")),
    it("It's 19th December 1999.", ("date_of_birth", "19th December 1999"),
       ctx="Can you confirm your date of birth, please?"),
    it("On the passport it is 1417/07/02 Hijri, that is 13 November 1996.",
       ("date_of_birth", "1417/07/02"), ("date_of_birth", "13 November 1996"),
       ctx="And your date of birth exactly as it appears on your passport?"),
    it("You can email me at aisling.kellynwosu@gmail.com with the new schedule.",
       ("email", "aisling.kellynwosu@gmail.com")),
    it("It's 0161 496 0723, that's the home phone.", ("phone", "0161 496 0723"),
       ctx="And a daytime number for you?"),
    it("My Indian number is +91 98450 37261, WhatsApp also same.",
       ("phone", "+91 98450 37261")),
]

LANGS["en"] = EN

# ==================================================================== ARABIC
# Calls: Saudi university admissions; student stipend (Saudi); private school fees
# (Sharjah, Levantine parent); Egyptian secondary-exam grade appeals; Jordanian university
# transcripts; Moroccan baccalaureate equivalence; national testing centre (Saudi);
# kindergarten registration (Kuwait/Egypt); English-language institute (Cairo); girls'
# student housing (Jordan); certificate attestation for expatriate teachers; university
# tuition instalments and refunds.

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ard(s):
    """Latin digits -> Arabic-Indic digits."""
    return s.translate(AR_DIGITS)


AR_SID1 = saudi("108447213_")
AR_SID2 = saudi("110239857_")
AR_IQ1 = saudi("245130786_")
AR_IBAN_SA1 = iban("SA__ 1000 0000 1874 2556 6011")
AR_IBAN_JO1 = iban("JO__ HBHO 0320 0000 0045 1872 2390 16")
AR_CARD1 = card("4582 3310 7764 029_")
AR_CARD2 = card("5078 0312 4496 118_")
AR_CARD3 = card("4464 0521 9930 847_")
AR_SID2_SAID = say(AR_SID2[:3] + " " + AR_SID2[3:6] + " " + AR_SID2[6:], "ar", "، ")
AR_CARD2_SAID = say(AR_CARD2, "ar", "، ", colloq=True)
AR_PH_EG = say("0100 456 7891", "ar", "، ", colloq=True)
AR_PH_JO = say("079 522 7619", "ar", "، ", colloq=True)

AR = [
    # --- Saudi university admissions
    it("عمادة القبول والتسجيل، معك نورة، تفضل.", ("name", "نورة")),
    it("السلام عليكم، أنا فيصل الشمري، قدمت على القبول من أسبوعين وللحين ما وصلني شي.",
       ("name", "فيصل الشمري")),
    it("وعليكم السلام، حياك الله أستاذ فيصل، عطني رقم الهوية لو سمحت.", ("name", "فيصل")),
    it("رقم هويتي " + ard(AR_SID1) + ".", ("id", ard(AR_SID1))),
    it("مواليد ١٥ / ٣ / ١٤٢٦ هجري.", ("date_of_birth", "١٥ / ٣ / ١٤٢٦ هجري"),
       ctx="وتاريخ ميلادك بالهجري؟"),
    it("طلبك حالته مقبول مبدئياً في كلية علوم الحاسب، ولازم تأكد القبول قبل يوم الخميس "
       "٢٢ صفر."),
    it("نسبتك الموزونة ٨٧٫٤٥ بالمية، والحد الأدنى للكلية هذي السنة ٨٥."),
    it("جوالي ٠٥٥ ٣٢١ ٤٧٨٩ لو احتجتوا أي شي.", ("phone", "٠٥٥ ٣٢١ ٤٧٨٩")),
    it("الإيميل faisal.alshammari@outlook.sa", ("email", "faisal.alshammari@outlook.sa"),
       ctx="وإيميلك الشخصي عشان نرسل لك خطاب القبول؟"),
    it("رسوم السكن الجامعي ١٨٠٠ ريال للفصل، والتسجيل يفتح الساعة ٩ الصبح."),
    # --- student stipend (Saudi)
    it("مركز خدمة الطلاب، كيف أقدر أخدمك؟"),
    it("هلا، معك الجوهرة القحطاني، طالبة في المستوى الرابع، والمكافأة ما نزلت من شهرين.",
       ("name", "الجوهرة القحطاني")),
    it("أبشري يا الجوهرة، ممكن رقم الهوية الوطنية؟", ("name", "الجوهرة")),
    it("ايه، " + AR_SID2_SAID + ".", ("id", AR_SID2_SAID)),
    it("المكافأة ٩٩٠ ريال شهرياً، وتنزل يوم ٢٧ من كل شهر ميلادي."),
    it("الظاهر إن الآيبان المسجل عندنا غلط، فيه خانة ناقصة."),
    it("طيب الآيبان الصحيح " + AR_IBAN_SA1 + "، تأكدت منه من التطبيق.",
       ("iban", AR_IBAN_SA1)),
    it("الحساب في البنك الأهلي، فرع طريق الملك فهد."),
    # --- private school fees (Sharjah, Levantine mother)
    it("مدرسة الإشراق الخاصة، صباح الخير."),
    it("صباح النور، أنا رنا حداد، أم لطالبين عندكم بالصف الخامس والسابع، بدي أدفع القسط "
       "التاني.", ("name", "رنا حداد")),
    it("أهلين مدام رنا، القسط التاني ١٤٬٢٥٠ درهم لكل طالب، وآخر موعد ١٥ يناير.",
       ("name", "رنا")),
    it("طيب بدي ادفع بالفيزا، الرقم " + AR_CARD1 + ".", ("card", AR_CARD1)),
    it("وإذا في خصم الإخوة ١٠٪، بينزل من القسط الأول ولا التاني؟"),
    it("رقم موبايلي ٠٥٠ ٦٢٨ ٣٣٤١، وعليه واتساب كمان.", ("phone", "٠٥٠ ٦٢٨ ٣٣٤١")),
    it("تمام، وبنبعتلك الإيصال على الإيميل المسجل rana.haddad81 at yahoo dot com، صح؟",
       ("email", "rana.haddad81 at yahoo dot com")),
    it("الباص رقم ١٧ بيتأخر كل يوم عشر دقايق عن الساعة ٦:٤٥."),
    it("وعنواننا تغير، صرنا ساكنين في النهدة، بناية الزهراء، شقة ٩٠٤، الشارقة.",
       ("address", "النهدة، بناية الزهراء، شقة ٩٠٤، الشارقة")),
    # --- Egyptian secondary-exam grade appeals
    it("أيوه يا فندم، معاك محمود من خدمة عملاء التظلمات.", ("name", "محمود")),
    it("ألو، أيوه، أنا اسمي هبة عبد الحميد، ولية أمر طالبة في تالتة ثانوي، عايزة أقدم "
       "تظلم في الكيميا.", ("name", "هبة عبد الحميد")),
    it("حاضر يا مدام هبة، رقم جلوس الطالبة كام؟", ("name", "هبة")),
    it("رقم الجلوس ٧٣٨٢١٤."),
    it("رسوم التظلم ١٠٠ جنيه للمادة، والتقديم مفتوح لحد يوم ١٢ أغسطس."),
    it("بالكارت، رقمه " + AR_CARD2_SAID + ".", ("card", AR_CARD2_SAID),
       ctx="وحضرتك هتدفعي بالكارت ولا فوري؟"),
    it("١٥ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧.",
       ("address", "١٥ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧"),
       ctx="وعنوان حضرتك للمراسلة؟"),
    it("رقم التليفون " + AR_PH_EG + ".", ("phone", AR_PH_EG)),
    it("النتيجة هتظهر خلال ٤٥ يوم على الموقع برقم الجلوس."),
    it("بنتي جابت ٣٩٨ من ٤١٠ يعني ٩٧٪، والكيميا بس اللي ناقصة."),
    # --- Jordanian university transcripts
    it("دائرة القبول والتسجيل، تفضل."),
    it("مرحبا، معك يزن الخطيب، خريج هندسة مدنية سنة ٢٠١٨، بدي كشف علامات مصدق "
       "بالإنجليزي.", ("name", "يزن الخطيب")),
    it("أهلا يزن، الكشف بيكلف ١٥ دينار، والتصديق من وزارة الخارجية عليك.",
       ("name", "يزن")),
    it("رقمي الجامعي ٢٠١٤٠٣٢٧٨."),
    it("بدي يوصلني على البيت: عمان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني.",
       ("address", "عمان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")),
    it("تلفوني " + AR_PH_JO + ".", ("phone", AR_PH_JO)),
    it("والدفع بحوّله من حسابي، الآيبان " + AR_IBAN_JO1 + ".", ("iban", AR_IBAN_JO1)),
    it("بتوصلك رسالة لما يجهز، عادة خلال ٣ أيام عمل."),
    # --- Moroccan baccalaureate equivalence
    it("ألو، السلام، أنا سميرة بنعلي، بغيت نسول على المعادلة ديال الباكالوريا ديال ولدي.",
       ("name", "سميرة بنعلي")),
    it("مرحبا لالة سميرة، شنو هو رقم الملف؟", ("name", "سميرة")),
    it("رقم الملف هو ٢٠٢٤/٨٨١٣."),
    it("خاصك تجيبي نسخة مصادق عليها من الشهادة، و ٢٠٠ درهم ديال الواجبات."),
    it("التيليفون ديالي 06 61 29 47 83.", ("phone", "06 61 29 47 83")),
    it("ساكنين ف زنقة ابن بطوطة رقم ١٤، المعاريف، الدار البيضاء.",
       ("address", "زنقة ابن بطوطة رقم ١٤، المعاريف، الدار البيضاء"),
       ctx="وفين ساكنين، العنوان الكامل؟"),
    it("الإيميل سميرة بوان بنعلي أروباز جيميل بوان كوم",
       ("email", "سميرة بوان بنعلي أروباز جيميل بوان كوم")),
    it("تاريخ الازدياد ديال ولدي ١٢ مارس ٢٠٠٦.", ("date_of_birth", "١٢ مارس ٢٠٠٦")),
    # --- national testing centre (Saudi)
    it("مركز الاختبارات، معك عبدالله.", ("name", "عبدالله")),
    it("السلام عليكم، ابغى اغير موعد اختبار التحصيلي، كان يوم الأحد ١٠ رمضان."),
    it("إقامة، " + ard(AR_IQ1) + ".", ("id", ard(AR_IQ1)),
       ctx="ممكن رقم الهوية أو الإقامة؟"),
    it("اسمي عمر باوزير، يمني، مقيم في جدة.", ("name", "عمر باوزير"),
       ctx="وش اسمك الكامل؟"),
    it("رسوم تغيير الموعد ٥٠ ريال، والموعد الجديد السبت ١٩ رمضان الساعة ٩ الصبح."),
    it("أدفع بمدى، رقم البطاقة " + AR_CARD3 + ".", ("card", AR_CARD3)),
]

AR_IQ2 = saudi("241877305_")
AR_IQ3 = saudi("230956148_")
AR_SID3 = saudi("101564729_")
AR_SID4 = saudi("112983406_")
AR_TZ = tz("20387145_")
AR_IBAN_KW = iban("KW__ NBOK 0000 0000 2041 8876 3310 55")
AR_IBAN_AE1 = iban("AE__ 0260 0010 1557 2849 301")
AR_IBAN_AE2 = iban("AE__ 0350 0000 0092 4417 653")
AR_IBAN_SA2 = iban("SA__ 8000 0504 6080 1017 7245")
AR_IBAN_EG = iban("EG__ 0019 0005 0000 0000 2631 8000 2")
AR_CARD4 = card("5243 8801 6652 904_")
AR_IBAN_LB = iban("LB__ 0999 0000 0001 0019 0122 9114")
AR_CARD5 = card("4847 2190 0375 618_")
AR_CARD6 = card("5399 4120 7786 031_")
AR_CARD7 = card("4096 6630 1284 557_")
AR_CARD8 = card("5188 2406 9913 472_")
AR_IQ2_SAID = say(AR_IQ2[:4] + " " + AR_IQ2[4:7] + " " + AR_IQ2[7:], "ar", "، ", colloq=True)
AR_CARD6_SAID = say(AR_CARD6, "ar", "، ", colloq=True)
AR_CARD7_SAID = say(AR_CARD7, "ar", "، ")
AR_PH_SA2 = "صفر خمسة أربعة، سبعة سبعة تسعة، واحد اتنين تمانية اتنين"
AR_PH_SA3 = "صفر خمسة، " + say_pair("43", "ar") + "، " + say_pair("28", "ar") + "، " + \
    say_pair("91", "ar") + "، " + say_pair("70", "ar")
assert spoken_to_chars(AR_PH_SA3) == "0543289170"

AR += [
    # --- kindergarten registration (Kuwait)
    it("روضة البراعم، مرحبا."),
    it("هلا، أنا دانة العنزي، أبي أسجل بنتي في KG1 للسنة الياية.", ("name", "دانة العنزي")),
    it("مواليد خمسة وعشرين يونيو ألفين وعشرين.",
       ("date_of_birth", "خمسة وعشرين يونيو ألفين وعشرين"),
       ctx="حياج الله، البنت مواليد أي سنة بالضبط؟"),
    it("الرسوم السنوية ١٬٨٥٠ دينار، تندفع على ثلاث دفعات، وأول دفعة قبل ١ سبتمبر."),
    it("رقمي ٩٩٦٥٢٣٧٨، وإذا ما رديت كلموا أبوها.", ("phone", "٩٩٦٥٢٣٧٨")),
    it("ساكنين في الجابرية، قطعة ١٢، شارع ٤، جادة ٣، منزل ٢٧.",
       ("address", "الجابرية، قطعة ١٢، شارع ٤، جادة ٣، منزل ٢٧")),
    it("وإذا انسحبت البنت قبل بداية السنة نرجع المبلغ على حسابج، عطيني الآيبان."),
    it("تفضلي، " + AR_IBAN_KW + ".", ("iban", AR_IBAN_KW)),
    it("والإيميل dana.alenezi@gmail.com", ("email", "dana.alenezi@gmail.com")),
    it("أدفع الدفعة الأولى بالكي نت، ولا بطاقة الفيزا، رقمها " + AR_CARD5 + ".",
       ("card", AR_CARD5)),
    # --- English-language institute (Cairo)
    it("معهد النخبة للغات، مساء الخير يا فندم."),
    it("مساء النور، أنا اسمي محمد سعيد، بس الكل بيقولي حمادة، عايز أحجز كورس IELTS.",
       ("name", "محمد سعيد"), ("name", "حمادة")),
    it("تمام يا فندم، الكورس ٨ أسابيع، ٣ أيام في الأسبوع، والسعر ٦٥٠٠ جنيه."),
    it("في placement test يوم السبت الجاي الساعة ١١، وبعدها بنحدد الـ level."),
    it("الإيميل بتاعي حمادة أندرسكور سعيد تسعين آت جيميل دوت كوم.",
       ("email", "حمادة أندرسكور سعيد تسعين آت جيميل دوت كوم")),
    it("ينفع أدفع بالكارت على التليفون ولا لازم أجي الفرع؟"),
    it("الكارت رقمه " + AR_CARD6_SAID + ".", ("card", AR_CARD6_SAID)),
    it("ساكن في مدينة نصر، ٢٢ شارع عباس العقاد، عمارة ٤، شقة ١٣.",
       ("address", "مدينة نصر، ٢٢ شارع عباس العقاد، عمارة ٤، شقة ١٣")),
    it("الفرع اللي في المعادي بيفتح من ١٠ الصبح لـ ٩ بالليل."),
    # --- girls' student housing (Irbid)
    it("سكن الطالبات، مرحبا."),
    it("مرحبا، أنا لين العمري، سنة أولى صيدلة، بدي أحجز غرفة مفردة للفصل الجاي.",
       ("name", "لين العمري")),
    it("الغرفة المفردة ١٢٠ دينار بالشهر، والمزدوجة ٨٥، وفي تأمين ١٠٠ دينار بيرجع آخر السنة."),
    it("تاريخ ميلادي ٣ / ٩ / ٢٠٠٦.", ("date_of_birth", "٣ / ٩ / ٢٠٠٦")),
    it("رقم أبوي، صفر سبعة سبعة... لا، صفر سبعة تسعة، ستة تمانية تلاتة، أربعة أربعة صفر "
       "اتنين", ("phone!", "صفر سبعة سبعة... لا، صفر سبعة تسعة، ستة تمانية تلاتة، أربعة "
                 "أربعة صفر اتنين"),
       ctx="بنحتاج رقم ولي الأمر كمان."),
    it("إيميلي leen.alomari@hotmail.com", ("email", "leen.alomari@hotmail.com")),
    it("والتأمين بدفعه هلأ بالبطاقة: " + AR_CARD7_SAID + ".", ("card", AR_CARD7_SAID)),
    it("بنطلب صورة عن الهوية وصورة شخصية، والدوام بالمكتب من ٨ لـ ٣."),
    # --- certificate attestation for expatriate teachers (Saudi)
    it("خدمة مصادقة الشهادات، تفضل."),
    it("السلام عليكم، أنا مدرس مصري شغال في الرياض، والشهادة بتاعتي صادرة من جامعة عين شمس "
       "سنة ٢٠٠٩."),
    it("رقم الإقامة بتاعي " + AR_IQ2_SAID + ".", ("id", AR_IQ2_SAID)),
    it("اتنين وعشرين أكتوبر تسعة وتمانين.", ("date_of_birth", "اتنين وعشرين أكتوبر تسعة وتمانين"),
       ctx="وتاريخ الميلاد زي ما هو في الجواز؟"),
    it("الطلب رقم ٥٥٨١٠٢٣٣٤ تحت المراجعة، ومدة المعالجة ١٠ أيام عمل."),
    it("رسوم المصادقة ٢٠٠ ريال، وتدفع عن طريق سداد برقم الفاتورة."),
    it("جوالي " + AR_PH_SA2 + ".", ("phone", AR_PH_SA2)),
    it("ولو الطلب اترفض الفلوس ترجع على الآيبان ده: SA" + ard(AR_IBAN_SA2[2:]) + ".",
       ("iban", "SA" + ard(AR_IBAN_SA2[2:]))),
    # --- university tuition instalments and refunds (Abu Dhabi)
    it("الشؤون المالية للطلبة، مرحبا."),
    it("مرحبا الساع، معاك حمدان المزروعي، طالب ماجستير، أبا أقسط رسوم الفصل.",
       ("name", "حمدان المزروعي")),
    it("هلا حمدان، رسوم الفصل ٣٦٬٠٠٠ درهم، وتقدر تقسطها على ٤ دفعات بدون فوايد.",
       ("name", "حمدان")),
    it("الدفعة الأولى بالبطاقة، رقمها " + ard(AR_CARD4) + ".", ("card", ard(AR_CARD4))),
    it("والاسترداد حق الفصل الماضي حولوه على " + AR_IBAN_AE1 + " لو سمحت.",
       ("iban", AR_IBAN_AE1)),
    it("رقمي +٩٧١ ٥٠ ٧٧٤ ٢٨١٦.", ("phone", "+٩٧١ ٥٠ ٧٧٤ ٢٨١٦")),
    it("سكني في أبوظبي، مدينة خليفة أ، شارع ٢٤، فيلا ١١.",
       ("address", "أبوظبي، مدينة خليفة أ، شارع ٢٤، فيلا ١١")),
    it("والإيميل hamdan.m آت icloud دوت كوم", ("email", "hamdan.m آت icloud دوت كوم")),
    it("المحاضرات تبدأ ١٤ يناير، وآخر يوم للحذف والإضافة ٢١ يناير."),
    # --- Arab citizen of Israel registering for a degree
    it("مرحبا، اسمي أحمد مصاروة، من الطيبة، بدي أسجل للقب الأول بالتمريض.",
       ("name", "أحمد مصاروة")),
    it("رقم الهوية " + AR_TZ + ".", ("id", AR_TZ)),
    it("رقم البلفون 052-4713390.", ("phone", "052-4713390")),
    it("امتحان البسيخومتري يوم ٧ أيلول، وعلامتي السابقة كانت ٦١٢."),
    # --- more callers: stipend, testing centre, school registration
    it("السلام عليكم، اسمي ريما الدوسري، عندي نفس مشكلة المكافأة، رقم الهوية " +
       ard(AR_SID4) + ".", ("name", "ريما الدوسري"), ("id", ard(AR_SID4))),
    it("هويتي " + say(AR_SID3, "ar", " ") + "، ومواليد عشرة أربعة ألف وأربعمية وعشرين.",
       ("id", say(AR_SID3, "ar", " ")),
       ("date_of_birth", "عشرة أربعة ألف وأربعمية وعشرين"),
       ctx="أعطني رقم الهوية وتاريخ الميلاد لو سمحت."),
    it("أنا سوري مقيم بجدة، بدي سجل ابني بالصف الأول، رقم إقامتي " + AR_IQ3 + ".",
       ("id", AR_IQ3)),
    it("ابني مواليد ٢٠١٨/١١/٠٤.", ("date_of_birth", "٢٠١٨/١١/٠٤")),
    it("العنوان: جدة، حي الروضة، شارع الأمير ماجد، عمارة ٩، شقة ٥.",
       ("address", "جدة، حي الروضة، شارع الأمير ماجد، عمارة ٩، شقة ٥")),
    it("رقم جوالي " + AR_PH_SA3 + ".", ("phone", AR_PH_SA3)),
    it("الفصل الأول يبدأ ١٨ أغسطس، والزي المدرسي من مكتبة جرير أو من المدرسة بـ ٣٥٠ ريال."),
    it("ممكن ترجعوا رسوم التظلم على حسابي في البنك الأهلي المصري، الآيبان " + AR_IBAN_EG + ".",
       ("iban", AR_IBAN_EG)),
    it("وبالنسبة للمواصلات، استرجاع رسوم الباص يكون على الآيبان " + AR_IBAN_AE2 + ".",
       ("iban", AR_IBAN_AE2)),
    it("بدي أدفع رسوم الكشف بالبطاقة، " + AR_CARD8 + ".", ("card", AR_CARD8)),
    it("إيميلي yazan dot khatib at gmail dot com، وتاريخ ميلادي ١٢/١١/١٩٩٥.",
       ("email", "yazan dot khatib at gmail dot com"), ("date_of_birth", "١٢/١١/١٩٩٥")),
    it("الحوالة وصلتنا، رقمها ٧٧٤١٠٢٩٣٨٥٦ وتاريخها ٣ فبراير، بس المبلغ ناقص ٢٥٠ درهم."),
    it("خلص، رجعولي الفرق على حسابي بلبنان، " + AR_IBAN_LB + ".", ("iban", AR_IBAN_LB)),
]

LANGS["ar"] = AR

# ==================================================================== HEBREW
# Calls: university student secretariat; matriculation (bagrut) exam appeals; scholarship
# fund; psychometric-exam prep course; ulpan for new immigrants; first-grade registration;
# student dormitories; degree-eligibility certificates and transcripts; music
# conservatory; distance-learning courses; pre-academic preparatory programme.

HE_TZ1 = tz("31245897_")
HE_TZ2 = tz("31826540_")
HE_TZ3 = tz("20581346_")
HE_TZ4 = tz("34520917_")
HE_TZ5 = tz("02716835_")
HE_CARD1 = card("4580 1160 2273 948_")
HE_CARD2 = card("5326 1042 8877 310_")
HE_IBAN1 = iban("IL__ 0126 8000 0000 0514 772")
HE_IBAN2 = iban("IL__ 0107 5200 0000 3388 104").replace(" ", "")
HE_TZ2_SAID = say(HE_TZ2[:3] + " " + HE_TZ2[3:6] + " " + HE_TZ2[6:], "he", ", ")
HE_TZ4_SAID = " ".join(HE_TZ4)
HE_TZ5_SAID = (" ".join(HE_TZ5[:3]) + ", אממ, " + " ".join(HE_TZ5[3:6]) + ", " +
               " ".join(HE_TZ5[6:]))
HE_PH1 = say("052 631 4487", "he", ", ")
HE_PH2 = say("053 77 21 905", "he", ", ", masc=True)

HE = [
    # --- university student secretariat
    it("מזכירות סטודנטים, מדברת מיכל, שלום.", ("name", "מיכל")),
    it("היי, שלום, שמי עידו ברק, אני סטודנט שנה שנייה בהנדסת חשמל, וחסר לי ציון בקורס "
       "מבוא למערכות.", ("name", "עידו ברק")),
    it("בסדר עידו, תן לי בבקשה מספר תעודת זהות.", ("name", "עידו")),
    it("כן, " + HE_TZ1 + ".", ("id", HE_TZ1)),
    it("הציון בקורס 10431 עוד לא הוזן, המרצה אמר שזה יעלה עד יום חמישי."),
    it("שכר הלימוד לסמסטר ב' הוא 7,280 ₪, ואפשר לפרוס לעשרה תשלומים."),
    it("נולדתי ב-14 בפברואר 2001.", ("date_of_birth", "14 בפברואר 2001"),
       ctx="ותאריך לידה, לאימות?"),
    it("הכתובת שלי השתנתה, אני גר עכשיו ברחוב ז'בוטינסקי 112, דירה 14, רמת גן.",
       ("address", "רחוב ז'בוטינסקי 112, דירה 14, רמת גן")),
    it("אוקיי, עדכנתי. האישור יישלח למייל שמופיע אצלנו, ido.barak12@gmail.com.",
       ("email", "ido.barak12@gmail.com")),
    it("מספר הפנייה שלך הוא 2024-118739, אם תצטרך לחזור אלינו."),
    # --- bagrut exam appeals
    it("אגף הבחינות, שלום, במה אפשר לעזור?"),
    it("שלום, מדברת אורית לוי, אני אמא של תלמידה בכיתה י\"ב, יש לנו ערעור על הבגרות "
       "במתמטיקה.", ("name", "אורית לוי")),
    it("אני צריכה את מספר השאלון ואת תעודת הזהות של התלמידה."),
    it("השאלון 035582, חמש יחידות, והיא קיבלה 74."),
    it("תעודת הזהות שלה: " + HE_TZ2_SAID + ".", ("id", HE_TZ2_SAID)),
    it("עלות ערעור היא 98 שקלים, והתשובה תוך 30 יום מיום ההגשה."),
    it("אפשר לשלם באשראי? ויזה, " + HE_CARD1 + ".", ("card", HE_CARD1)),
    it("הטלפון שלי " + HE_PH1 + ".", ("phone", HE_PH1)),
    it("מועד החורף מתחיל ב-20 בינואר, ואם היא רוצה לשפר, ההרשמה עד ה-15 בדצמבר."),
    # --- scholarship fund
    it("קרן המלגות, שלום."),
    it("שלום, קוראים לי מוחמד ח'טיב, אני סטודנט לרפואה בטכניון, הגשתי בקשה למלגה.",
       ("name", "מוחמד ח'טיב")),
    it("כן מוחמד, אני רואה את הבקשה. המלגה היא 10,000 ₪ לשנה, בתמורה ל-130 שעות התנדבות.",
       ("name", "מוחמד")),
    it("אני צריכה מספר חשבון בפורמט IBAN בשביל ההעברה."),
    it("בטח, " + HE_IBAN1 + ", זה בנק הפועלים.", ("iban", HE_IBAN1)),
    it("היי, מדברת ילמה טספאי, קיבלתי מכתב שהמלגה שלי אושרה אבל הכסף לא נכנס.",
       ("name", "ילמה טספאי")),
    it("כן, " + HE_TZ3[:3] + " " + HE_TZ3[3:6] + " " + HE_TZ3[6:] + ".",
       ("id", HE_TZ3[:3] + " " + HE_TZ3[3:6] + " " + HE_TZ3[6:]),
       ctx="ילמה, אפשר לאמת מספר תעודת זהות?"),
    it("ה-IBAN שלי " + HE_IBAN2 + ", אני מקווה שהפעם נכון.", ("iban", HE_IBAN2)),
    it("ההעברות יוצאות ב-10 לכל חודש, אז את אמורה לראות את זה עד יום ראשון."),
    # --- psychometric prep course
    it("הגעתם ל'מטרה 800', מדבר רועי, איך אפשר לעזור?", ("name", "רועי")),
    it("Hi, uh, sorry, my Hebrew... שמי דניאל גולדברג, עליתי לפני שנה מניו ג'רזי ואני "
       "רוצה להירשם לקורס.", ("name", "דניאל גולדברג")),
    it("אין בעיה דניאל, הקורס הבא מתחיל ב-3 במרץ, 120 שעות, והמחיר 6,990 ₪.",
       ("name", "דניאל")),
    it("המייל שלי דניאל ג'י תשעים וארבע שטרודל ג'ימייל נקודה קום.",
       ("email", "דניאל ג'י תשעים וארבע שטרודל ג'ימייל נקודה קום")),
    it("תשלום בכרטיס, " + HE_CARD2 + ".", ("card", HE_CARD2)),
    it("מספר טלפון 054-8812937.", ("phone", "054-8812937")),
    it("המבחן הפסיכומטרי הקרוב ב-9 באפריל, ואנחנו ממליצים להירשם אליו עד ה-15 בפברואר."),
    it("יש גם סימולציות בימי שישי ב-8:30 בסניף שלנו ברחוב ויצמן בכפר סבא."),
    # --- ulpan for new immigrants
    it("אולפן גשר, שלום."),
    it("שלום, ז'ה... סליחה. שמי איזבל אזולאי, עליתי מפריז לפני חודשיים, אני רוצה להירשם "
       "לאולפן בוקר.", ("name", "איזבל אזולאי")),
    it("ברוכה הבאה, איזבל. יש לך כבר מספר תעודת זהות?", ("name", "איזבל")),
    it("כן, יש לי, זה " + HE_TZ4_SAID + ".", ("id", HE_TZ4_SAID)),
    it("אני גרה ברחוב הרצל 45, דירה 8, נתניה.", ("address", "רחוב הרצל 45, דירה 8, נתניה")),
    it("שלום, שמי אלכסנדר פרלמוטר, אפשר סשה. אני צריך אולפן ערב, אני עובד בבוקר.",
       ("name", "אלכסנדר פרלמוטר"), ("name", "סשה")),
    it("שדרות בן גוריון 17, קומה שלישית, אשדוד.",
       ("address", "שדרות בן גוריון 17, קומה שלישית, אשדוד"), ctx="ומה הכתובת?"),
    it("טלפון " + HE_PH2 + ".", ("phone", HE_PH2)),
    it("האולפן בחינם לעולים חדשים בחמשת החודשים הראשונים, 500 שעות לימוד."),
    it("השיעורים בימים א' עד ה', משמונה וחצי עד אחת."),
    it("תאריך הלידה שלי 07.11.1986.", ("date_of_birth", "07.11.1986")),
    # --- first-grade registration
    it("מחלקת החינוך, רישום לגני ילדים ולכיתה א', שלום."),
    it("שלום, אני רוצה לרשום את הבן שלי לכיתה א' בבית ספר רמב\"ם."),
    it("תאריך לידה של הילד: שלושה באוגוסט אלפיים תשע עשרה.",
       ("date_of_birth", "שלושה באוגוסט אלפיים תשע עשרה")),
    it("רחוב הנרקיס 9, שכונת נווה זית, קריית ביאליק.",
       ("address", "רחוב הנרקיס 9, שכונת נווה זית, קריית ביאליק"), ctx="וכתובת מגורים?"),
    it("שלי? רגע... " + HE_TZ5_SAID + ".", ("id", HE_TZ5_SAID),
       ctx="תעודת זהות של ההורה הרושם?"),
    it("הרישום פתוח עד ה-31 בינואר, והשיבוץ יישלח באמצע מאי."),
]

HE_TZ6 = tz("20894431_")
HE_TZ7 = tz("32671905_")
HE_TZ8 = tz("21375068_")
HE_CARD3 = card("5425 7730 1968 204_")
HE_CARD4 = card("4580 2215 6093 817_")
HE_CARD5 = card("4580 3367 1029 554_")
HE_CARD6 = card("5326 4471 0825 193_")
HE_CARD7 = card("4557 8802 3146 620_")
HE_CARD8 = card("3759 882104 5561_")
HE_IBAN3 = iban("IL__ 0202 5100 0000 4872 093")
HE_IBAN4 = iban("IL__ 0314 6200 0000 1955 803")
HE_IBAN5 = iban("IL__ 0117 4400 0000 6120 558")
HE_IBAN6 = iban("IL__ 0209 1800 0000 2736 614").replace(" ", "").lower()
HE_IBAN7 = iban("GB__ BARC 2026 1493 0187 45")
HE_IBAN8 = iban("IL__ 0108 0300 0000 5521 807")
HE_IBAN3_SAID = ("IL, " + say_pair(HE_IBAN3[2:4], "he") + ", " +
                 say(HE_IBAN3[5:].replace(" ", "")[:3] + " " + HE_IBAN3[5:].replace(" ", "")[3:6] +
                     " " + HE_IBAN3[5:].replace(" ", "")[6:], "he", ", "))
HE_CARD4_SAID = say(HE_CARD4, "he", ", ")
HE_CARD5_SAID = HE_CARD5[:9] + ", אה, " + HE_CARD5[10:]
HE_PH3 = ("אפס " + say_pair("54", "he") + ", " + say("771", "he") + ", " +
          say_pair("32", "he") + ", " + say_pair("90", "he"))
assert spoken_to_chars(HE_PH3) == "0547713290"
HE_PH4 = "אפס חמש אפס, אממ, שלוש שמונה, תשע אחת, שש שש שבע"

HE += [
    # --- student dormitories
    it("מדור מעונות, שלום."),
    it("שלום, אני אמל אבו סעלוק, סטודנטית לסיעוד, ביקשתי חדר במעונות ועוד לא קיבלתי "
       "תשובה.", ("name", "אמל אבו סעלוק")),
    it("את מופיעה ברשימת ההמתנה, מקום 14, לבניין ג'."),
    it("אבל זה שעה וחצי נסיעה מרהט כל יום, בלי אוטובוס ישיר."),
    it("שכר הדירה במעונות 1,150 ₪ לחודש כולל חשמל, והפיקדון 2,000 ₪."),
    it("המייל שלי amal.abusalouk@gmail.com, תעדכנו אותי שם.",
       ("email", "amal.abusalouk@gmail.com")),
    it("פלאפון 050-9473621, ותעודת זהות " + HE_TZ6 + ".",
       ("phone", "050-9473621"), ("id", HE_TZ6)),
    it("הפיקדון מוחזר בסוף השנה לחשבון שתמסרי לנו."),
    it("אז שיחזירו אותו ל-" + HE_IBAN4 + ", זה החשבון שלי בבנק הדואר.", ("iban", HE_IBAN4)),
    it("את הפיקדון אפשר לשלם עכשיו בכרטיס: " + HE_CARD7 + ".", ("card", HE_CARD7)),
    # --- degree-eligibility certificates and transcripts
    it("היחידה לאישורים ולתעודות, שלום."),
    it("היי, שמי רחל שטיין, עשיתי תואר שני ב-2016 ואני צריכה transcript באנגלית, גיליון "
       "ציונים.", ("name", "רחל שטיין")),
    it("בסדר. גיליון ציונים באנגלית עולה 45 ₪, ואישור זכאות לתואר 60 ₪."),
    it("נולדתי ב-23.6.1988, אם זה עוזר למצוא אותי.", ("date_of_birth", "23.6.1988")),
    it("אני בבוסטון עכשיו, תשלחו לכתובת 41 Beacon Street, Apartment 3, Boston, MA 02108.",
       ("address", "41 Beacon Street, Apartment 3, Boston, MA 02108")),
    it("הטלפון האמריקאי שלי +1 617 442 0913.", ("phone", "+1 617 442 0913")),
    it("כרטיס אשראי אמריקאי, מסטרקרד, " + HE_CARD3 + ".", ("card", HE_CARD3)),
    it("המסמכים נשלחים בדואר רשום תוך 14 ימי עבודה, או בדיגיטל תוך 3 ימים."),
    it("ומייל: rachel dot stein at outlook dot com", ("email", "rachel dot stein at outlook dot com")),
    it("אם יש החזר, יש לי חשבון באנגליה, " + HE_IBAN7 + ".", ("iban", HE_IBAN7)),
    # --- music conservatory
    it("קונסרבטוריון עירוני, בוקר טוב."),
    it("בוקר טוב, מדבר אבי מזרחי, הבת שלי לומדת אצלכם כינור ואני רוצה לשלם את החצי השני "
       "של השנה.", ("name", "אבי מזרחי")),
    it("כן, אבי. נשארו 2,340 ₪, שזה שישה תשלומים של 390 ₪.", ("name", "אבי")),
    it("תחייבו את הכרטיס הזה: " + HE_CARD4_SAID + ".", ("card", HE_CARD4_SAID)),
    it("הקונצרט של סוף השנה ביום שלישי, ה-18 ביוני, בשעה 19:00 באולם רובינשטיין."),
    it("מבחן הרסיטל של הבגרות במוזיקה נקבע ל-2 במאי בשעה 10:15."),
    it("הכתובת למשלוח התעודה: רחוב סוקולוב 33, הרצליה.",
       ("address", "רחוב סוקולוב 33, הרצליה")),
    it("ואת היתרה מהשנה שעברה, 180 ₪, תחזירו ל-" + HE_IBAN5 + ".", ("iban", HE_IBAN5)),
    it("היא ילידת 2 בספטמבר 2012, אם אתם צריכים לטופס.",
       ("date_of_birth", "2 בספטמבר 2012")),
    # --- distance-learning courses
    it("מוקד ההרשמה ללימודים מרחוק, שלום."),
    it("שלום, אני רוצה להירשם לקורס מבוא לסטטיסטיקה לסמסטר 2025א."),
    it("הקורס שווה 6 נקודות זכות, ומחירו 2,890 ₪ כולל ספרים."),
    it("שמי טליה פרץ, תעודת זהות " + say(HE_TZ7, "he") + ".",
       ("name", "טליה פרץ"), ("id", say(HE_TZ7, "he"))),
    it("כתובת למשלוח הספרים: משק 52, מושב בית עזרא, מיקוד 7983000.",
       ("address", "משק 52, מושב בית עזרא, מיקוד 7983000")),
    it("המייל: taliaperetz שטרודל walla נקודה co נקודה il",
       ("email", "taliaperetz שטרודל walla נקודה co נקודה il")),
    it("טלפון נייח 08-6723415, ונולדתי בעשרים ושבעה במאי תשעים ושתיים.",
       ("phone", "08-6723415"), ("date_of_birth", "עשרים ושבעה במאי תשעים ושתיים")),
    it("כרטיס " + HE_CARD6 + ", בשלושה תשלומים.", ("card", HE_CARD6)),
    it("מועד א' של הבחינה ב-12 בפברואר, מועד ב' ב-9 במרץ."),
    it("ואם תבטלי עד ה-30 באוקטובר, מקבלים החזר מלא פחות 100 ₪ דמי טיפול."),
    it("את ההחזר תעבירו ל-" + HE_IBAN6, ("iban", HE_IBAN6)),
    # --- pre-academic preparatory programme (discharged soldiers)
    it("מכינה קדם אקדמית, שלום."),
    it("אהלן, זה איתי שושן, השתחררתי בנובמבר ורציתי לשאול על המכינה.",
       ("name", "איתי שושן")),
    it("מעולה איתי. המכינה מתחילה ב-5 בינואר, חמישה חודשים, ומי שזכאי משתמש בפיקדון.",
       ("name", "איתי")),
    it("תאריך לידה? ארבע בשתיים אלפיים וארבע.",
       ("date_of_birth", "ארבע בשתיים אלפיים וארבע")),
    it("הכתובת שלי זה רחוב תל חי 28, דירה 3, קריית שמונה.",
       ("address", "רחוב תל חי 28, דירה 3, קריית שמונה")),
    it("האימייל itay.shoshan04@gmail.com", ("email", "itay.shoshan04@gmail.com")),
    it("אני צריך לשלם את דמי ההרשמה, 350 ₪, אפשר בכרטיס?"),
    it("כן, " + HE_CARD5_SAID + ".", ("card", HE_CARD5_SAID)),
    it("הטלפון שלי " + HE_PH3 + ".", ("phone", HE_PH3)),
    it("ת\"ז " + HE_TZ8 + ", והמענק מהקרן ייכנס ל-" + HE_IBAN8 + ".",
       ("id", HE_TZ8), ("iban", HE_IBAN8)),
    # --- parents' payments at a high school
    it("מזכירות תיכון ע\"ש יצחק רבין, שלום."),
    it("שלום, מדברת סבטלנה קוגן, אמא של תלמיד מכיתה ט', הוא לא נוסע לטיול השנתי ואני "
       "רוצה החזר.", ("name", "סבטלנה קוגן")),
    it("הטיול עלה 890 ₪, וההחזר יהיה 70% כי ההזמנה כבר שולמה."),
    it("אין בעיה, ההחזר יהיה בהעברה בנקאית. מה ה-IBAN?"),
    it("אז... " + HE_IBAN3_SAID + ".", ("iban", HE_IBAN3_SAID)),
    it("הטלפון שלי 058-6120447.", ("phone", "058-6120447")),
    it("אני שולחת אישור למייל שרשום אצלנו, lena.kogan@walla.co.il, נכון?",
       ("email", "lena.kogan@walla.co.il")),
    # --- private tutoring agency
    it("שיעורים פרטיים 'מורה בבית', מדבר גיל.", ("name", "גיל")),
    it("שלום, אני צריכה מורה למתמטיקה לבת שלי, היא בכיתה י', ארבע יחידות."),
    it("שיעור של 45 דקות עולה 150 ₪, וחבילה של 10 שיעורים 1,350 ₪."),
    it("שמי טיגיסט וורקו, אנחנו מקריית גת.", ("name", "טיגיסט וורקו")),
    it("הכתובת לשיעורים בבית: רחוב הגפן 6, דירה 11, קריית גת.",
       ("address", "רחוב הגפן 6, דירה 11, קריית גת")),
    it("מספר הטלפון שלי " + HE_PH4 + ".", ("phone", HE_PH4)),
    it("אני משלמת באמריקן אקספרס, " + HE_CARD8 + ".", ("card", HE_CARD8)),
    it("הציון שלה במבחן האחרון היה 62, והמבחן הבא ב-11 בנובמבר."),
    it("היא נולדה ב-19 באוקטובר 2009, אם צריך בשביל הביטוח.",
       ("date_of_birth", "19 באוקטובר 2009")),
    it("ואת החשבונית תשלחו ל-tigist.w שטרודל gmail נקודה com.",
       ("email", "tigist.w שטרודל gmail נקודה com")),
]

LANGS["he"] = HE

# ===================================================================== GREEK
# Calls: university department secretariat; cram school (frontistirio) for the national
# exams; student housing allowance helpline; foreign-language certificate exam centre;
# Cypriot university student affairs; music school (odeio); recognition of foreign
# degrees; private school enrolment; Erasmus office; student residence (estia);
# distance-learning master's fees; first-grade registration at a primary school.

EL_AFM1 = afm("04718235_")
EL_AFM2 = afm("13690427_")
EL_AFM3 = afm("16245570_")
EL_AFM5 = afm("11879034_")
EL_IBAN_GR1 = iban("GR__ 0110 1740 0000 1744 8012 335")
EL_IBAN_CY1 = iban("CY__ 0050 0123 0000 0012 3457 8901")
EL_CARD1 = card("4571 0930 2288 164_")
EL_CARD2 = card("5168 4402 9917 036_")
EL_CARD3 = card("4093 8215 7740 612_")
EL_CARD2_SAID = ", ".join(say_pair(EL_CARD2.replace(" ", "")[i:i + 2], "el")
                          for i in range(0, 16, 2))
EL_AFM2_SAID = ", ".join(say_el_triple(EL_AFM2[i:i + 3]) for i in (0, 3, 6))
EL_PH1 = ("εξακόσια ενενήντα εφτά, τριακόσια είκοσι τέσσερα, πενήντα έξι, "
          "εβδομήντα ένα")
EL_PH_CY1 = "ενενήντα εννιά, σαράντα ένα, είκοσι εφτά, τριάντα έξι"

EL = [
    # --- university department secretariat
    it("Γραμματεία Τμήματος Πληροφορικής, καλημέρα."),
    it("Καλημέρα σας, με λένε Κωνσταντίνα Ραφαηλίδη, είμαι στο τέταρτο έτος και θα ήθελα "
       "ένα πιστοποιητικό σπουδών.", ("name", "Κωνσταντίνα Ραφαηλίδη")),
    it("Βεβαίως, κυρία Ραφαηλίδη. Τον αριθμό μητρώου σας;", ("name", "Ραφαηλίδη")),
    it("Ναι, είναι 1115201900187."),
    it("Το πιστοποιητικό το βγάζετε και μόνη σας από τη φοιτητική μερίδα, αλλά για την "
       "αναλυτική βαθμολογία θέλουμε αίτηση."),
    it("Εεε, τη χρειάζομαι για μεταπτυχιακό στο Άμστερνταμ, η προθεσμία είναι 15 Ιανουαρίου."),
    it("Το mail μου είναι konstantina τελεία raf παπάκι gmail τελεία com.",
       ("email", "konstantina τελεία raf παπάκι gmail τελεία com")),
    it("Μου λείπει και ένα μάθημα, τα Δίκτυα του 5ου εξαμήνου, πέρασα με 7,5 τον Σεπτέμβρη "
       "αλλά δεν έχει περαστεί."),
    it("Το κινητό μου, " + EL_PH1 + ".", ("phone", EL_PH1)),
    # --- cram school (frontistirio)
    it("Φροντιστήριο Ορίζοντες, καλησπέρα, είμαι η Βάσω.", ("name", "Βάσω")),
    it("Καλησπέρα, λέγομαι Δημήτρης Καραγιάννης, ο γιος μου θα δώσει Πανελλήνιες του χρόνου "
       "και θέλω να δω τα δίδακτρα.", ("name", "Δημήτρης Καραγιάννης")),
    it("Μάλιστα κύριε Δημήτρη. Για τη Γ' Λυκείου, θετικές σπουδές, είναι 280 ευρώ τον μήνα "
       "για 9 μήνες, και τα διαγωνίσματα είναι κάθε Σάββατο.", ("name", "Δημήτρη")),
    it("Κάνετε έκπτωση αν πληρώσω όλη τη χρονιά εφάπαξ;"),
    it("Ναι, 10%, δηλαδή 2.268 ευρώ αντί για 2.520."),
    it("Εντάξει, θα πληρώσω με κάρτα, " + EL_CARD1 + ".", ("card", EL_CARD1)),
    it("Εγνατία 112, τρίτος όροφος, 546 30 Θεσσαλονίκη.",
       ("address", "Εγνατία 112, τρίτος όροφος, 546 30 Θεσσαλονίκη"),
       ctx="Τη διεύθυνσή σας για την απόδειξη;"),
    it("Το σταθερό του σπιτιού μας είναι 2310 284 913.", ("phone", "2310 284 913")),
    it("Τα μαθήματα ξεκινάνε Δευτέρα 8 Σεπτεμβρίου, 5 με 9 το απόγευμα."),
    it("Α, και για την απόδειξη, το ΑΦΜ μου είναι " + EL_AFM1 + ".", ("id", EL_AFM1)),
    # --- student housing allowance helpline
    it("Γραμμή υποστήριξης για το στεγαστικό επίδομα, παρακαλώ."),
    it("Γεια σας, είμαι ο Νίκος Σταυρόπουλος, έκανα αίτηση για το επίδομα των 1.500 ευρώ και "
       "μου βγήκε απορριπτέα.", ("name", "Νίκος Σταυρόπουλος")),
    it("Ναι, " + EL_AFM2_SAID + ".", ("id", EL_AFM2_SAID), ctx="Να μου πείτε τον ΑΦΜ σας;"),
    it("Βλέπω ότι το οικογενειακό εισόδημα ξεπερνάει το όριο των 30.000 ευρώ, συν 3.000 για "
       "κάθε παιδί."),
    it("Ναι, αλλά είμαστε τρία παιδιά, άρα το όριο είναι 39.000."),
    it("Επίσης το IBAN που δηλώσατε δεν είναι στο όνομά σας."),
    it("Το σωστό είναι " + EL_IBAN_GR1 + ", Εθνική Τράπεζα.", ("iban", EL_IBAN_GR1)),
    it("Η διεύθυνση του μισθωτηρίου είναι Αγίου Δημητρίου 45, Πάτρα, 262 22.",
       ("address", "Αγίου Δημητρίου 45, Πάτρα, 262 22")),
    it("Μπορείτε να κάνετε ένσταση μέχρι τις 30 Ιουνίου, μέσα από την πλατφόρμα."),
    # --- foreign-language certificate exam centre
    it("Κέντρο εξετάσεων, καλημέρα, είμαι η Ελπίδα.", ("name", "Ελπίδα")),
    it("Καλημέρα, εδώ Μαρίνα Κωστοπούλου, θέλω να δηλώσω τον γιο μου για το Proficiency τον "
       "Μάιο.", ("name", "Μαρίνα Κωστοπούλου")),
    it("Η εξέταση είναι το Σάββατο 17 Μαΐου, το εξέταστρο 235 ευρώ, και η προθεσμία εγγραφών "
       "14 Μαρτίου."),
    it("Ημερομηνία γέννησης του παιδιού; Δώδεκα του τρία του δύο χιλιάδες εννιά.",
       ("date_of_birth", "Δώδεκα του τρία του δύο χιλιάδες εννιά")),
    it("Θέλω και το email για να στείλετε το admission, είναι marinak78 παπάκι yahoo τελεία gr.",
       ("email", "marinak78 παπάκι yahoo τελεία gr")),
    it("Ο κωδικός της εξέτασης είναι C2-0517 και το εξεταστικό μας κέντρο είναι το GR042."),
    it("Πληρώνω με την κάρτα, " + EL_CARD2_SAID + ".", ("card", EL_CARD2_SAID)),
    # --- Cypriot university, student affairs
    it("Γραφείο Φοιτητικών Υποθέσεων, καλημέρα."),
    it("Καλημέρα, εν ο Μπάμπης, Χαράλαμπος Χατζηγεωργίου, έσιει μια διαφορά στα δίδακτρα μου "
       "τζαι θέλω να μου εξηγήσετε.", ("name", "Μπάμπης"),
       ("name", "Χαράλαμπος Χατζηγεωργίου")),
    it("Ναι κύριε Χατζηγεωργίου, βλέπω ότι χρεωθήκατε 3.417 ευρώ αντί 3.400, λόγω τέλους "
       "εγγραφής 17 ευρώ.", ("name", "Χατζηγεωργίου")),
    it("Εντάξει, τζαι για την επιστροφή, ο λογαριασμός μου εν " + EL_IBAN_CY1 + ".",
       ("iban", EL_IBAN_CY1)),
    it("Το κινητό μου εν " + EL_PH_CY1 + ".", ("phone", EL_PH_CY1)),
    it("Η διεύθυνση μου εν Λεωφόρος Μακαρίου 45, διαμέρισμα 302, 1065 Λευκωσία.",
       ("address", "Λεωφόρος Μακαρίου 45, διαμέρισμα 302, 1065 Λευκωσία")),
    it("Η εγγραφή για το εαρινό εξάμηνο ανοίγει στις 13 Ιανουαρίου τζαι κλείνει στις 24."),
    # --- music school (odeio)
    it("Ωδείο Αρμονία, παρακαλώ."),
    it("Γεια σας, η Σούλα Μιχαηλίδου είμαι, η μαμά από το πιάνο, της Τρίτης.",
       ("name", "Σούλα Μιχαηλίδου")),
    it("Α, γεια σας κυρία Σούλα! Τι κάνετε;", ("name", "Σούλα")),
    it("Θέλω να πληρώσω το τρίμηνο, τα 165 ευρώ, και τις εξετάσεις του Ιουνίου."),
    it("Οι εξετάσεις είναι στις 21 Ιουνίου, και το παράβολο 60 ευρώ."),
    it("Η κάρτα είναι " + EL_CARD3 + ", λήγει 08/27.", ("card", EL_CARD3)),
    it("Και στείλτε μου την απόδειξη στο soula.mich παπάκι hotmail τελεία com, με ΑΦΜ " +
       EL_AFM5 + ".", ("email", "soula.mich παπάκι hotmail τελεία com"), ("id", EL_AFM5)),
    # --- recognition of foreign degrees
    it("Υπηρεσία αναγνώρισης τίτλων σπουδών, παρακαλώ."),
    it("Καλημέρα σας, ονομάζομαι Ιωάννα Τσακίρη, πήρα το πτυχίο μου από το Μάντσεστερ και "
       "περιμένω την ισοτιμία από τον Φεβρουάριο.", ("name", "Ιωάννα Τσακίρη")),
    it("Ο αριθμός πρωτοκόλλου της αίτησης είναι 4521/12-02-2024."),
    it("Κυρία Τσακίρη, η αίτησή σας θα συζητηθεί στην ολομέλεια της 27ης Νοεμβρίου.",
       ("name", "Τσακίρη")),
    it("Γεννήθηκα στις 3 Αυγούστου 1994, αν το χρειάζεστε για την ταυτοποίηση.",
       ("date_of_birth", "3 Αυγούστου 1994")),
    it("Τα παράβολα ήταν 350 ευρώ για αναγνώριση και 100 για αντιστοιχία."),
    it("Μένω στην Ελευθερίου Βενιζέλου 18, Χαλάνδρι, 152 31.",
       ("address", "Ελευθερίου Βενιζέλου 18, Χαλάνδρι, 152 31")),
    it("Το τηλέφωνό μου είναι 6944 718 203.", ("phone", "6944 718 203")),
    it("Α, και το ΑΦΜ μου, " + EL_AFM3[:3] + " " + EL_AFM3[3:6] + " " + EL_AFM3[6:] + ".",
       ("id", EL_AFM3[:3] + " " + EL_AFM3[3:6] + " " + EL_AFM3[6:])),
]

EL_AFM4 = afm("07532946_")
EL_AFM6 = afm("14560283_")
EL_AFM7 = afm("12098361_")
EL_AFM8 = afm("16837402_")
EL_IBAN_DE = iban("DE__ 7005 0000 0089 4412 76")
EL_IBAN_GR2 = iban("GR__ 0172 0150 0050 1508 3427 116")
EL_IBAN_GR3 = iban("GR__ 0260 2160 0001 3910 7845 221")
EL_IBAN_GR4 = iban("GR__ 0140 7050 7050 0200 1938 454")
EL_IBAN_GR5 = iban("GR__ 0110 1280 0000 1283 3905 617").replace(" ", "")
EL_IBAN_CY2 = iban("CY__ 0020 0195 0000 3570 1238 4401").replace(" ", "")
EL_CARD4 = card("4977 1082 5630 441_")
EL_CARD5 = card("4539 6620 1875 390_")
EL_CARD6 = card("5355 8107 2294 663_")
EL_CARD7 = card("4024 9931 6047 285_")
EL_CARD8 = card("5457 3388 1204 917_")
EL_CARD4_SAID = say(EL_CARD4, "el", ", ")
EL_CARD8_SAID = ", ".join(say_pair(EL_CARD8.replace(" ", "")[i:i + 2], "el")
                          for i in range(0, 16, 2))
_gr2 = EL_IBAN_GR2.replace(" ", "")
EL_IBAN_GR2_SAID = ("GR " + say_pair(_gr2[2:4], "el") + ", " +
                    ", ".join(say_pair(_gr2[i:i + 2], "el") for i in range(4, 26, 2)) +
                    ", " + say(_gr2[26], "el"))
EL_AFM6_SAID = say(EL_AFM6, "el", " ")
EL_PH2 = "έξι εννιά τρία, τέσσερα τέσσερα μηδέν, εφτά δύο, πέντε οχτώ"
EL_PH3 = "εξακόσια ενενήντα εννιά, εκατόν δώδεκα, τριάντα τέσσερα, μηδέν εννιά"

EL += [
    # --- private school enrolment
    it("Εκπαιδευτήρια Ανατολή, τμήμα εγγραφών, καλημέρα."),
    it("Καλημέρα, είμαι η Τζένη Αλεξίου, θα ήθελα πληροφορίες για εγγραφή στην Α' Γυμνασίου.",
       ("name", "Τζένη Αλεξίου")),
    it("Βεβαίως κυρία Αλεξίου. Τα δίδακτρα για το Γυμνάσιο είναι 7.850 ευρώ τον χρόνο, χωρίς "
       "το σχολικό λεωφορείο.", ("name", "Αλεξίου")),
    it("Το λεωφορείο πόσο είναι; Περνάει από τη Βούλα, από τη Βασιλίσσης Παύλου;"),
    it("Είναι 1.100 ευρώ τον χρόνο, και η στάση είναι στην πλατεία, στις 7:20 το πρωί."),
    it("Η κόρη μου γεννήθηκε 14 Φεβρουαρίου 2013.", ("date_of_birth", "14 Φεβρουαρίου 2013")),
    it("Αθηνάς 27, Βούλα, 166 73.", ("address", "Αθηνάς 27, Βούλα, 166 73"),
       ctx="Και η διεύθυνση κατοικίας σας;"),
    it("Το mail μου jenny κάτω παύλα alexiou παπάκι gmail τελεία com.",
       ("email", "jenny κάτω παύλα alexiou παπάκι gmail τελεία com")),
    it("Κινητό, " + EL_PH2 + ".", ("phone", EL_PH2)),
    it("Για την προκαταβολή εγγραφής, τα 500 ευρώ, μπορώ να δώσω κάρτα;"),
    it("Ναι, " + EL_CARD4_SAID + ".", ("card", EL_CARD4_SAID)),
    it("Η συνέντευξη γνωριμίας είναι την Πέμπτη 6 Μαρτίου στις 11:00."),
    it("Αν τελικά δεν έρθει, η προκαταβολή επιστρέφεται στο " + EL_IBAN_GR5.lower() + ".",
       ("iban", EL_IBAN_GR5.lower())),
    # --- Erasmus office
    it("Γραφείο Erasmus, γεια σας."),
    it("Γεια σας, είμαι ο Στέλιος Μαυρίδης, είμαι με Erasmus στο Μόναχο και δεν έχω πάρει "
       "ακόμα την πρώτη δόση της υποτροφίας.", ("name", "Στέλιος Μαυρίδης")),
    it("Στέλιο, η πρώτη δόση είναι το 70%, δηλαδή 2.380 ευρώ, και έχει φύγει στις 4 Νοεμβρίου.",
       ("name", "Στέλιο")),
    it("Σε ποιο IBAN; Γιατί άνοιξα και γερμανικό λογαριασμό, τον " + EL_IBAN_DE + ".",
       ("iban", EL_IBAN_DE)),
    it("Εμείς το στείλαμε στον ελληνικό, " + EL_IBAN_GR2_SAID + ".",
       ("iban", EL_IBAN_GR2_SAID)),
    it("Τη δεύτερη δόση, 1.020 ευρώ, θα την πάρεις μετά το Transcript of Records, τον Ιούλιο."),
    it("Το γερμανικό μου κινητό είναι +49 151 2387 4410.", ("phone", "+49 151 2387 4410")),
    it("Και το mail, stelios.mav@gmail.com, και ΑΦΜ " + EL_AFM7 + " αν χρειάζεται.",
       ("email", "stelios.mav@gmail.com"), ("id", EL_AFM7)),
    # --- student residence (estia)
    it("Φοιτητική Εστία, παρακαλώ."),
    it("Καλησπέρα, με λένε Φατμέ Χουσεΐν, είμαι πρωτοετής από την Ξάνθη και θέλω να κάνω "
       "αίτηση για δωμάτιο.", ("name", "Φατμέ Χουσεΐν")),
    it("Οι αιτήσεις γίνονται ηλεκτρονικά μέχρι τις 20 Οκτωβρίου και τα αποτελέσματα βγαίνουν "
       "στις 5 Νοεμβρίου."),
    it("Χρειάζεστε και το εκκαθαριστικό της εφορίας και το ΑΦΜ του γονέα."),
    it("Το ΑΦΜ του πατέρα μου είναι " + EL_AFM6_SAID + ".", ("id", EL_AFM6_SAID)),
    it("Η μόνιμη διεύθυνσή μας είναι οδός Καραολή και Δημητρίου 9, Ξάνθη, 671 00.",
       ("address", "οδός Καραολή και Δημητρίου 9, Ξάνθη, 671 00")),
    it("Τηλέφωνο επικοινωνίας 6978 552 104, και email fatme.h2006 παπάκι gmail τελεία com.",
       ("phone", "6978 552 104"), ("email", "fatme.h2006 παπάκι gmail τελεία com")),
    it("Ημερομηνία γέννησης 22/01/2006.", ("date_of_birth", "22/01/2006")),
    it("Για το επίδομα σίτισης το IBAN μου είναι " + EL_IBAN_GR3 + ".", ("iban", EL_IBAN_GR3)),
    it("Τα δωμάτια είναι δίκλινα, στον 2ο και 3ο όροφο, και η διαμονή είναι δωρεάν για όσους "
       "πληρούν τα κριτήρια."),
    # --- distance-learning master's fees
    it("Γραμματεία Μεταπτυχιακών Προγραμμάτων, καλημέρα σας."),
    it("Καλημέρα. Είμαι ο Αριστείδης Λαμπρόπουλος, είμαι 58 χρονών, εκπαιδευτικός, και θέλω "
       "να κάνω το μεταπτυχιακό εξ αποστάσεως.", ("name", "Αριστείδης Λαμπρόπουλος")),
    it("Πολύ ωραία. Τα τέλη φοίτησης είναι 3.600 ευρώ, σε τρεις δόσεις των 1.200."),
    it("Θα πληρώσω την πρώτη δόση με την κάρτα μου, " + EL_CARD5.replace(" ", "-") + ".",
       ("card", EL_CARD5.replace(" ", "-"))),
    it("Το ΑΦΜ μου για το τιμολόγιο είναι " + EL_AFM4 + ".", ("id", EL_AFM4)),
    it("Γεννήθηκα 9 Μαΐου του '66.", ("date_of_birth", "9 Μαΐου του '66"),
       ctx="Ημερομηνία γέννησης;"),
    it("Σταθερό σπιτιού 210 654 3218.", ("phone", "210 654 3218")),
    it("Το email είναι a.lampropoulos παύλα 66 παπάκι otenet τελεία gr.",
       ("email", "a.lampropoulos παύλα 66 παπάκι otenet τελεία gr")),
    it("Αν ακυρώσω πριν ξεκινήσει, η επιστροφή πάει στο " + EL_IBAN_GR4 + ";",
       ("iban", EL_IBAN_GR4)),
    it("Μαθήματα μέσω Zoom κάθε Τετάρτη 18:00 με 21:00, και δια ζώσης δύο Σαββατοκύριακα το "
       "εξάμηνο."),
    # --- first-grade registration, primary school
    it("12ο Δημοτικό Σχολείο Περιστερίου, καλημέρα."),
    it("Καλημέρα, είμαι η Ντορίνα Χότζα, θέλω να γράψω το παιδί στην πρώτη τάξη.",
       ("name", "Ντορίνα Χότζα")),
    it("Η εγγραφή γίνεται ηλεκτρονικά από 1 έως 20 Μαρτίου, και μετά φέρνετε τα δικαιολογητικά."),
    it("Το παιδί είναι γεννημένο τον Ιούνιο του 2019, στις 11 Ιουνίου.",
       ("date_of_birth", "Ιούνιο του 2019"), ("date_of_birth", "11 Ιουνίου")),
    it("Μένουμε στην Εθνάρχου Μακαρίου 64, Περιστέρι, 121 32, είμαστε μέσα στα όρια;",
       ("address", "Εθνάρχου Μακαρίου 64, Περιστέρι, 121 32")),
    it("Ναι, είστε στη δική μας περιοχή, το σχολείο είναι πίσω από την πλατεία Δημαρχείου."),
    it("Το κινητό μου, " + EL_PH3 + ".", ("phone", EL_PH3)),
    it("Και ο ΑΦΜ μου, εεε, " + EL_AFM8[:3] + ", " + EL_AFM8[3:6] + ", " + EL_AFM8[6:] + ".",
       ("id", EL_AFM8[:3] + ", " + EL_AFM8[3:6] + ", " + EL_AFM8[6:])),
    # --- Cypriot student grant
    it("Υπηρεσία Φοιτητικής Μέριμνας, καλημέρα σας."),
    it("Καλημέρα, η Χρυστάλλα Νεοφύτου είμαι, εν για την κόρη μου που σπουδάζει Αθήνα, ακόμα "
       "εν επήραμε την χορηγία.", ("name", "Χρυστάλλα Νεοφύτου")),
    it("Κυρία Νεοφύτου, η χορηγία των 2.500 ευρώ πληρώνεται μέχρι τέλος Μαρτίου.",
       ("name", "Νεοφύτου")),
    it("Ο λογαριασμός εν στην Τράπεζα Κύπρου, " + EL_IBAN_CY2 + ".", ("iban", EL_IBAN_CY2)),
    it("Το τηλέφωνο μου εν +357 22 458 319.", ("phone", "+357 22 458 319")),
    it("Η διεύθυνση μας εν Αρχιεπισκόπου Κυπριανού 12, Στρόβολος, 2059 Λευκωσία.",
       ("address", "Αρχιεπισκόπου Κυπριανού 12, Στρόβολος, 2059 Λευκωσία")),
    it("Η κόρη μου εν γεννημένη 30 του Οκτώβρη του 2004.",
       ("date_of_birth", "30 του Οκτώβρη του 2004")),
    # --- other payments: summer school, books, exam fees
    it("Γεια σας, Γιώργος Αντωνίου εδώ, θέλω να πληρώσω το τέλος αίτησης για το θερινό "
       "σχολείο, τα 40 ευρώ.", ("name", "Γιώργος Αντωνίου")),
    it("Η κάρτα είναι " + EL_CARD6 + ", και την απόδειξη στο g.antoniou παπάκι cytanet "
       "τελεία com τελεία cy.", ("card", EL_CARD6),
       ("email", "g.antoniou παπάκι cytanet τελεία com τελεία cy")),
    it("Τα βιβλία του Β2 κοστίζουν 62 ευρώ, και το πακέτο με το workbook 78."),
    it("Πληρώνω με κάρτα, τέσσερα μηδέν δύο τέσσερα, εννιά εννιά... συγγνώμη, "
       + EL_CARD7 + ".", ("card!", "τέσσερα μηδέν δύο τέσσερα, εννιά εννιά"),
       ("card", EL_CARD7)),
    it("Εντάξει, χρεώστε την ίδια κάρτα για τις εξετάσεις: " + EL_CARD8_SAID + ".",
       ("card", EL_CARD8_SAID)),
    it("Ο μικρός είναι γεννημένος 5/9/2016, να το γράψετε στην αίτηση.",
       ("date_of_birth", "5/9/2016")),
]

LANGS["el"] = EL

# ======================================================================= main


def main():
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(lang, items)
        kinds = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print("%s: %d items, %d non-personal, %d spans: %s" % (
            lang, len(rows), empty, sum(kinds.values()),
            ", ".join("%s %d" % (k, kinds[k]) for k in KINDS)))
        if "--strict" in sys.argv:
            for k in KINDS:
                assert kinds[k] >= 7, (lang, k)
            assert 20 <= kinds["name"] <= 27, (lang, kinds["name"])
            assert 35 <= empty <= 45, (lang, empty)


if __name__ == "__main__":
    main()
