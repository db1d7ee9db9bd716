"""Blind held-out redaction set 87 (en, ar, he, el).

Who wrote it and how: a helper session, working only from a written brief
(the product's specification of what counts as personal data in call
transcripts) and its own knowledge of how people talk on the phone.  It
never read the redactor, its rules, its tests or any other evaluation set
or generator.  All values are invented; every check-digit value (cards,
IBANs, national IDs) is computed here, and long non-personal numbers are
asserted to FAIL those checks.

Area of this set: loyalty programmes, lotteries, betting and casino customer
support, prize claims, coupon and cash-back schemes (lottery prize claims
and subscriptions, sports-betting and bookmaker accounts, online-casino
withdrawals and self-exclusion, casino players' clubs and a casino cruise,
bingo club, scratch cards, football pools, mall and shopping-festival
raffles, radio and TV competitions, "under the cap" and golden-ticket
promotions, manufacturer rebates and cash-back, cash-back apps and wallets,
points and stamp-card loyalty programmes, a co-operative's shareholder
coupons, coupon booklets).

Output: running this script writes data/redaction/blind87/{en,ar,he,el}.jsonl
(relative to the repository root), one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}            # "context" is optional

- kind: card, iban, id, phone, email, date_of_birth, name, address.
- start/end: BYTE offsets into the UTF-8 encoding of "text", end exclusive,
  computed here by searching for the span's substring and asserted.
- context: an earlier line of the same call (e.g. the agent's question); it
  is not scored.
- Items with empty "spans" are non-personal and must come out unchanged.
"""
import json
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "data", "redaction", "blind87")

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name",
         "address")
LANGS = ("en", "ar", "he", "el")
ITEMS = {lang: [] for lang in LANGS}

# ---------------------------------------------------------------------------
# check-digit helpers
# ---------------------------------------------------------------------------


def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    """body: the card number without its check digit (spaces allowed)."""
    body = re.sub(r"\D", "", body)
    full = luhn_complete(body)
    assert 13 <= len(full) <= 19, full
    assert luhn_ok(full)
    return full


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29,
            "JO": 30, "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27,
            "LB": 28, "QA": 29, "KW": 30, "BH": 22, "NL": 18, "ES": 24}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(country, bban):
    bban = re.sub(r"\s", "", bban).upper()
    check = 98 - _iban_num(bban + country + "00") % 97
    full = "%s%02d%s" % (country, check, bban)
    assert len(full) == IBAN_LEN[country], (full, len(full))
    assert iban_ok(full)
    return full


def il_id_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        total += n - 9 if n > 9 else n
    return total % 10 == 0


def il_id(body8):
    for c in "0123456789":
        if il_id_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    full = body8 + str(s % 11 % 10)
    assert afm_ok(full)
    return full


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi_id(body9):
    assert len(body9) == 9 and body9[0] in "12"
    full = luhn_complete(body9)
    assert saudi_ok(full)
    return full


def ssn(area, group, serial):
    assert 1 <= area <= 899 and area != 666, area
    assert 1 <= group <= 99 and 1 <= serial <= 9999
    return "%03d-%02d-%04d" % (area, group, serial)


def nonpii(d):
    """A long non-personal number: assert it fails every check it could
    be mistaken for, and return it."""
    d = re.sub(r"\D", "", d)
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), d
    if len(d) == 9:
        assert not il_id_ok(d) and not afm_ok(d), d
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), d
    return d


def grp(d, sizes, sep=" "):
    """grp('4111111111111111', '4444') -> '4111 1111 1111 1111'."""
    out, i = [], 0
    for n in sizes:
        n = int(n)
        out.append(d[i:i + n])
        i += n
    assert i == len(d), (d, sizes)
    return sep.join(out)


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ind(s):
    """Western to Arabic-Indic digits."""
    return s.translate(AR_DIGITS)


# ---------------------------------------------------------------------------
# numbers spoken as words
# ---------------------------------------------------------------------------
EN_D = "zero one two three four five six seven eight nine".split()
EN_TEEN = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
           "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

AR_D = {"msa": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة",
        "dia": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة",
        "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود"}
AR_D = {k: v.split() for k, v in AR_D.items()}
AR_TEEN = {"msa": "عشرة أحد_عشر اثنا_عشر ثلاثة_عشر أربعة_عشر خمسة_عشر "
                  "ستة_عشر سبعة_عشر ثمانية_عشر تسعة_عشر",
           "dia": "عشرة حداشر اتناشر تلتاشر اربعتاشر خمستاشر ستاشر سبعتاشر "
                  "تمنتاشر تسعتاشر"}
AR_TEEN["mag"] = AR_TEEN["dia"]
AR_TEEN = {k: [w.replace("_", " ") for w in v.split()]
           for k, v in AR_TEEN.items()}
AR_TENS = {"msa": "_ _ عشرين ثلاثين أربعين خمسين ستين سبعين ثمانين تسعين",
           "dia": "_ _ عشرين تلاتين اربعين خمسين ستين سبعين تمانين تسعين"}
AR_TENS["mag"] = AR_TENS["dia"]
AR_TENS = {k: v.split() for k, v in AR_TENS.items()}

HE_D = {"f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
        "m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()}
HE_TEEN = {"f": ["עשר", "אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה",
                 "חמש עשרה", "שש עשרה", "שבע עשרה", "שמונה עשרה",
                 "תשע עשרה"],
           "m": ["עשרה", "אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר",
                 "חמישה עשר", "שישה עשר", "שבעה עשר", "שמונה עשר",
                 "תשעה עשר"]}
HE_TENS = "_ _ עשרים שלושים ארבעים חמישים שישים שבעים שמונים תשעים".split()

EL_D = {"col": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
        "frm": "μηδέν ένα δύο τρία τέσσερα πέντε έξι επτά οκτώ εννέα".split()}
EL_TEEN = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι "
           "δεκαεφτά δεκαοχτώ δεκαεννιά").split()
EL_TENS = ("_ _ είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα "
           "ενενήντα").split()


def _two(lang, n, v):
    t, u = divmod(n, 10)
    if lang == "en":
        if t == 1:
            return EN_TEEN[u]
        return EN_TENS[t] + ("-" + EN_D[u] if u else "")
    if lang == "ar":
        if t == 1:
            return AR_TEEN[v][u]
        return (AR_D[v][u] + " و" if u else "") + AR_TENS[v][t]
    if lang == "he":
        if t == 1:
            return HE_TEEN[v][u]
        return HE_TENS[t] + (" ו" + HE_D[v][u] if u else "")
    if lang == "el":
        if t == 1:
            return EL_TEEN[u]
        return EL_TENS[t] + (" " + EL_D[v][u] if u else "")
    raise ValueError(lang)


def _digit(lang, ch, v, zero):
    if lang == "en":
        return zero if ch == "0" else EN_D[int(ch)]
    if lang == "ar":
        return AR_D[v][int(ch)]
    if lang == "he":
        return HE_D[v][int(ch)]
    return EL_D[v][int(ch)]


def say(lang, spec, v=None, zero="zero", sep=" "):
    """Speak a digit string.  spec is split on spaces into tokens:
    a 2-digit token without leading zero is said as a number ("42" ->
    forty-two), '~42' forces digit by digit, '^77' -> "double seven"
    (English), anything else is said digit by digit."""
    v = v or {"en": None, "ar": "msa", "he": "f", "el": "col"}[lang]
    words = []
    for tok in spec.split():
        if tok.startswith("^"):
            assert lang == "en" and len(tok) == 3 and tok[1] == tok[2]
            words.append("double " + _digit(lang, tok[1], v, zero))
        elif tok.startswith("~"):
            words.extend(_digit(lang, c, v, zero) for c in tok[1:])
        elif len(tok) == 2 and tok[0] != "0":
            words.append(_two(lang, int(tok), v))
        else:
            words.extend(_digit(lang, c, v, zero) for c in tok)
    return sep.join(words)


# ---------------------------------------------------------------------------
# items
# ---------------------------------------------------------------------------

NUM_RUN = re.compile(r"[0-9\u0660-\u0669]+(?:[ .\-][0-9\u0660-\u0669]+)*")
IBAN_RUN = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4})+")


def A(lang, text, *spans, ctx=None):
    """Add one item.  spans: (kind, substring) or (kind, substring, n) where
    n picks the n-th (0-based) occurrence of the substring."""
    ITEMS[lang].append((text, spans, ctx))


def encode_item(lang, text, spans, ctx):
    assert text == text.strip() and text, text
    b = text.encode("utf-8")
    out, taken = [], []
    for sp in spans:
        kind, sub = sp[0], sp[1]
        nth = sp[2] if len(sp) > 2 else None
        assert kind in KINDS, kind
        assert sub and sub == sub.strip(" ,.?"), (lang, sub)
        idxs = [m.start() for m in re.finditer(re.escape(sub), text)]
        if nth is None:
            assert len(idxs) == 1, (lang, text, sub, idxs)
            ci = idxs[0]
        else:
            ci = idxs[nth]
        start = len(text[:ci].encode("utf-8"))
        end = start + len(sub.encode("utf-8"))
        assert b[start:end].decode("utf-8") == sub
        for s2, e2 in taken:
            assert end <= s2 or start >= e2, (lang, text, sub)
        taken.append((start, end))
        out.append({"kind": kind, "start": start, "end": end})
    # Long numbers outside the spans must not pass a personal-data check.
    masked = bytearray(b)
    for s, e in taken:
        masked[s:e] = b"#" * (e - s)
    rest = masked.decode("utf-8", "replace")
    for m in NUM_RUN.finditer(rest):
        d = re.sub(r"\D", "", m.group().translate(
            str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")))
        nonpii(d)
    for m in IBAN_RUN.finditer(rest):
        assert not iban_ok(m.group()), (lang, text)
    out.sort(key=lambda s: s["start"])
    obj = {"text": text, "spans": out}
    if ctx:
        obj["context"] = ctx
    return obj


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang in LANGS:
        items = ITEMS[lang]
        if not items:
            continue
        seen = set()
        rows = []
        for text, spans, ctx in items:
            assert text not in seen, (lang, text)
            seen.add(text)
            rows.append(encode_item(lang, text, spans, ctx))
        with open(os.path.join(OUT, lang + ".jsonl"), "w",
                  encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {k: 0 for k in KINDS}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] += 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "empty", empty, "spans",
              sum(counts.values()), counts)


# ---------------------------------------------------------------------------
# English
# ---------------------------------------------------------------------------

def en(spec, **k):
    return say("en", spec, **k)


# --- call 1: UK lottery prize claim line (Leeds caller) --------------------
E = "en"
A(E, "Good afternoon, you're through to Northstar Lotteries prize claims, "
     "my name's Priya, how can I help?", ("name", "Priya"))
A(E, "Hiya, yeah, um, I think I've won something on Saturday's draw. It's "
     "Gary here, Gary Whitfield.",
  ("name", "Gary", 0), ("name", "Gary Whitfield"))
A(E, "Lovely. Can you read me the ticket serial from the bottom of the slip? "
     "It's the long one under the barcode.")
A(E, "yeah its 0417 2298 5531 0063 and then underneath it says draw 2291",
  ctx="Can you read me the ticket serial from the bottom of the slip?")
A(E, "Thank you. So that ticket matched five numbers plus the bonus ball on "
     "the 12th of October draw, and the prize is twenty-five thousand four "
     "hundred and ten pounds.")
A(E, "Nineteenth of June, nineteen seventy-one.",
  ("date_of_birth", "Nineteenth of June, nineteen seventy-one"),
  ctx="Can I take your date of birth, Gary?")
A(E, "Yeah it's flat 3, 27 Harehills Lane, Leeds, LS8 4EX.",
  ("address", "flat 3, 27 Harehills Lane, Leeds, LS8 4EX"),
  ctx="And the address we'll post the claim pack to?")
A(E, "Anything over fifty thousand we'd send a claims adviser out, but "
     "yours we can pay by bank transfer within 5 working days.")
IB_E1 = iban("GB", "NWBK56003874102935")
SP_E1 = "G B %s N W B K %s" % (en(IB_E1[2:4]), en("~" + IB_E1[8:]))
A(E, "Hang on it's on the app... right, %s." % SP_E1, ("iban", SP_E1),
  ctx="Have you got your IBAN handy? It's on your online banking.")
PH_E1 = "~07841 ~623 ~950"
A(E, "Oh, %s. That's my mobile." % en(PH_E1, zero="oh"),
  ("phone", en(PH_E1, zero="oh")),
  ctx="And a contact number in case the payment bounces?")
A(E, "Brilliant. So just to confirm, that's Mr Gary Whitfield, and the "
     "claim reference is NSL-88-1042.", ("name", "Gary Whitfield"))

# --- call 2: US casino players' club, missing W-2G (Arizona) ---------------
A(E, "Thank you for calling Silver Mesa Players Club, this is Travis.",
  ("name", "Travis"))
A(E, "Hi, yes, this is Dolores Ramirez, but everybody calls me Dee.",
  ("name", "Dolores Ramirez"), ("name", "Dee"))
A(E, "So I hit a jackpot on one of the Buffalo Gold machines Saturday night, "
     "like eleven forty p.m., and the attendant said the W-2G would be mailed "
     "and I never got it.")
A(E, "No problem, Miss Ramirez. For anything over twelve hundred dollars we "
     "need your social on file. Can you give me that?", ("name", "Ramirez"))
SSN_E1 = ssn(452, 68, 1193)
A(E, "Sure, it's four five two, sixty-eight, eleven ninety-three.",
  ("id", "four five two, sixty-eight, eleven ninety-three"),
  ctx="Can you give me your social?")
assert SSN_E1 == "452-68-1193"
A(E, "The jackpot was four thousand eight hundred and they withheld, um, I "
     "think it was twenty-four percent?")
A(E, "March 3rd, 1958.", ("date_of_birth", "March 3rd, 1958"),
  ctx="And your date of birth for the account?")
A(E, "It should be 1120 West Alameda Drive, apartment 4B, Tempe, Arizona "
     "85282. But I moved in April, so it might've gone to the old one.",
  ("address", "1120 West Alameda Drive, apartment 4B, Tempe, Arizona 85282"),
  ctx="What's the mailing address we have? It might've gone to an old one.")
A(E, "Can you just email it? It's dee dot ramirez fifty-eight at yahoo dot "
     "com.", ("email", "dee dot ramirez fifty-eight at yahoo dot com"))
A(E, "OK, I've requested a reprint, the reference is 77104, it goes out in "
     "five to seven business days, and you'll get a copy at the cage on your "
     "next visit too.")

# --- call 3: Irish sports-betting account verification (Cork) ---------------
A(E, "Hi there, you're through to BetHarbour, Aoife speaking.",
  ("name", "Aoife"))
A(E, "howya its podge kavanagh here i cant withdraw me winnings at all",
  ("name", "podge kavanagh"))
A(E, "Yeah, Pádraig, P-A-D-R-A-I-G, with the fada on the A.",
  ("name", "Pádraig"), ("name", "P-A-D-R-A-I-G"),
  ctx="OK, and what's the full name on the account?")
A(E, "Right so your withdrawal of three hundred and sixty euro from the "
     "Cheltenham bets is pending because the account isn't verified yet.")
A(E, "the fourth of the ninth ninety two",
  ("date_of_birth", "the fourth of the ninth ninety two"),
  ctx="Grand. What's your date of birth?")
A(E, "9 Ballyvolane Park, Mayfield, Cork, and the Eircode is T23 X2F8.",
  ("address", "9 Ballyvolane Park, Mayfield, Cork"), ("address", "T23 X2F8"),
  ctx="And your address, including the Eircode?")
IB_E2 = iban("IE", "AIBK93115248271936")
SP_E2 = "I E %s A I B K %s" % (en(IB_E2[2:4]), grp(IB_E2[8:], "2444"))
A(E, "OK hang on. %s. Is that it? Yeah." % SP_E2, ("iban", SP_E2),
  ctx="And the IBAN you want the winnings paid into?")
A(E, "Grand, once that's verified the three-sixty goes out in one to three "
     "working days. Your bet slip reference is BH 4471 0923.")
PH_E2 = "087 " + say("en", "~319 ~4426", zero="oh")
A(E, "ya its %s" % PH_E2, ("phone", PH_E2),
  ctx="And the mobile number for the text code?")

# --- call 4: online casino withdrawal, Nigerian caller in London -------------
A(E, "Yes, good afternoon. My name is Oluwaseun Adeyemi. O-L-U-W-A-S-E-U-N.",
  ("name", "Oluwaseun Adeyemi"), ("name", "O-L-U-W-A-S-E-U-N"),
  ctx="Thank you for holding, can I take your name please?")
A(E, "Thanks Oluwaseun. And the email address on the account?",
  ("name", "Oluwaseun"))
A(E, "It is seun underscore adeyemi at outlook dot com.",
  ("email", "seun underscore adeyemi at outlook dot com"))
A(E, "I deposited two hundred pounds on Friday, I played the Pharaoh's "
     "Fortune one, I won one thousand one hundred and fifty, and since "
     "Tuesday the withdrawal is just saying pending.")
CD_E1 = card("5412 7534 8890 221")
A(E, "Um, it's %s. Mastercard." % grp(CD_E1, "4444"),
  ("card", grp(CD_E1, "4444")),
  ctx="Can you read me the long number on the card you deposited with?")
A(E, "Twenty-second of January, 1987.",
  ("date_of_birth", "Twenty-second of January, 1987"),
  ctx="And your date of birth please?")
PH_E3 = "plus four four, " + en("~7459 ~118 ~306", zero="oh")
A(E, "My number is %s." % PH_E3, ("phone", PH_E3))
A(E, "Right, I can see it, ticket 60-118-442, it was held by our payments "
     "team for a routine check. It should land within 48 hours.")

# --- call 5: US card-linked cash-back app (Indian-American caller) -----------
A(E, "Hi, thanks for calling Brightback rewards support, my name is Shannon. "
     "Who am I speaking with today?", ("name", "Shannon"))
A(E, "Yeah hi, this is Venkatesh Subramanian, you can call me Venky.",
  ("name", "Venkatesh Subramanian"), ("name", "Venky"))
A(E, "So I linked my card and I bought stuff at, uh, Kroger on the 14th and "
     "Target on the 15th, and the 5% cash back never showed, it's like "
     "$11.40 missing.")
CD_E2 = card("6011 4728 0195 366")
SP_E3 = en(grp(CD_E2, "4444"))
SP_E3 = SP_E3[0].upper() + SP_E3[1:]
A(E, "It's a Discover. %s." % SP_E3, ("card", SP_E3),
  ctx="Which card did you link? Can you read me the full number?")
A(E, "v dot s-u-b-r-a-m-a-n-i-a-n at gmail dot com",
  ("email", "v dot s-u-b-r-a-m-a-n-i-a-n at gmail dot com"),
  ctx="And the email you signed up with?")
A(E, "OK so the Kroger one is showing as pending, offers can take up to 30 "
     "days to post, and the Target offer expired on the 12th, so that one "
     "won't qualify, unfortunately.")
A(E, "Thanks, Mr. Subramanian. I've opened case 88213407 for the Kroger one.",
  ("name", "Subramanian"))
A(E, "408-839-2714", ("phone", "408-839-2714"),
  ctx="And what's the best callback number?")

# --- call 6: coalition points programme, Australian caller in London --------
A(E, "Oh hi, yeah, it's Bron, Bronwyn Fitzgerald. I'm ringing about points "
     "that never turned up.", ("name", "Bron", 0),
  ("name", "Bronwyn Fitzgerald"))
A(E, "I did a shop at Hartley's on the 3rd of May, spent about ninety quid, "
     "should've been 180 points and I've got nothing.")
A(E, "yeah it's 9826 0031 4417 5520",
  ctx="Can you give me your Orbit card number? It starts 9826.")
A(E, "Flat 12, Beaumont Court, 48 Leyton Road, E15 1DT.",
  ("address", "Flat 12, Beaumont Court, 48 Leyton Road, E15 1DT"),
  ctx="And the postcode and first line of the address on the account?")
A(E, "Thanks. And is 07912 448 306 still the best number for you?",
  ("phone", "07912 448 306"))
A(E, "Yep. Email's bron dot fitz at bigpond dot com dot au, still got the "
     "old Aussie one.", ("email", "bron dot fitz at bigpond dot com dot au"))
A(E, "Yeah, it's 14/08/89.", ("date_of_birth", "14/08/89"),
  ctx="Can you confirm your date of birth for security?")
A(E, "Right, I've added the 180 points manually, your new balance is 2,460, "
     "and that's worth twelve pounds thirty off at the till.")


# --- call 7: New Jersey sportsbook, identity check --------------------------
A(E, "Thanks for holding. So the reason your deposit didn't go through is "
     "the identity check timed out, it happens a lot on Sundays before the "
     "early games.")
A(E, "i put fifty bucks on the giants moneyline at plus one forty and it "
     "just like spun and spun and then said declined")
SSN_E2 = ssn(219, 45, 7730)
A(E, "yeah it's 219 45 7730", ("id", SSN_E2.replace("-", " ")),
  ctx="I'll need the full social security number to rerun it.")
A(E, "So that's %s, and date of birth?" % SSN_E2, ("id", SSN_E2))
A(E, "Seven nineteen ninety-five.",
  ("date_of_birth", "Seven nineteen ninety-five"),
  ctx="So that's 219-45-7730, and date of birth?")
CD_E3 = card("3714 496353 9843")
A(E, "OK. It's an Amex, %s." % grp(CD_E3, "465"),
  ("card", grp(CD_E3, "465")),
  ctx="You're verified. Want to try the deposit again with the same card?")
A(E, "Done, your balance is now $50 and the bet on the 1 p.m. kickoff is "
     "still open, ticket 5538-2210.")

# --- call 8: Manchester bingo club, older member ----------------------------
A(E, "Hello love, I'm ringing about me Golden Ticket night, they said I'd "
     "won the line on the half seven game but nobody's paid me.")
A(E, "It's Maureen Higgins, I've been a member there since 1998.",
  ("name", "Maureen Higgins"))
PH_E4 = ("oh one six one, four nine six, three three one... no, sorry love, "
         "three three seven oh")
A(E, "It's %s." % PH_E4, ("phone", PH_E4),
  ctx="And the phone number on your membership?")
A(E, "The second of the eleventh, forty-six.",
  ("date_of_birth", "The second of the eleventh, forty-six"),
  ctx="Just for security, your date of birth?")
A(E, "14 Crossley Street, Gorton, but you've got it on me card.",
  ("address", "14 Crossley Street, Gorton"),
  ctx="And what address is on your membership?")
A(E, "Right, I can see it, game 12 on Thursday the 6th, one line, forty "
     "pounds, and it's marked as paid at the desk at 9:14, so I'll get the "
     "manager to check the camera.")
A(E, "Your membership number is 0048 7716, and your points are 1,240, "
     "that's three free books on a Monday.")

# --- call 9: soft-drink "under the cap" instant win --------------------------
A(E, "Hi, my son found a winning code under one of the Fizzwell caps, it "
     "says instant win, but the website keeps saying invalid code.")
A(E, "It's K 7 X, 9 P L, 4 4 R.",
  ctx="Can you read me the code exactly as it's printed?")
A(E, "That code's for the bike prize, the Raleigh one, and the claim window "
     "closes on the 31st of August at midnight.")
A(E, "My name is Sunita Chauhan, I'm his mum, he's only 14 so it'll be in "
     "my name.", ("name", "Sunita Chauhan"))
A(E, "s chauhan eighty-one at hotmail dot co dot uk",
  ("email", "s chauhan eighty-one at hotmail dot co dot uk"),
  ctx="And an email for the confirmation?")
A(E, "Deliver it to 62 Belgrave Road, Leicester, LE4 6AR please.",
  ("address", "62 Belgrave Road, Leicester, LE4 6AR"))
A(E, "The bike's dispatched within 28 days and you'll get a tracking text "
     "from 60777.")

# --- call 10: Irish radio competition, prize trip ---------------------------
A(E, "Congratulations again, you've won the Friday Fling, two return flights "
     "to Lanzarote and five nights at the Hotel Marina Playa.")
A(E, "The flights are FR 7024 out on the 14th of March and FR 7025 back on "
     "the 19th, leaving Dublin at 06:15.")
PH_E5 = "+353 86 214 7793"
A(E, "Yeah, it's %s, that's the mobile." % PH_E5, ("phone", PH_E5),
  ctx="We'll need a mobile for the airline, is it the one you called from?")
A(E, "ger underscore malone at eircom dot net",
  ("email", "ger underscore malone at eircom dot net"),
  ctx="And where will we email the e-tickets?")
IB_E3 = iban("IE", "BOFI90583812406357")
SP_E4 = "I E %s, B O F I, %s" % (en(IB_E3[2:4]), en(grp(IB_E3[8:], "2444")))
A(E, "Oh go on, I'll take the cash. It's %s." % SP_E4, ("iban", SP_E4),
  ctx="Or you can take two thousand euro instead of the trip, paid by "
      "transfer.")

# --- call 11: Dubai mall raffle, caller living in Riyadh --------------------
A(E, "Good evening, Dream Mall Raffle winners' desk, how may I help you?")
A(E, "Hello madam, my name is Mohammed Rafiq Shaikh, I am calling from "
     "Riyadh, my ticket came in the draw.", ("name", "Mohammed Rafiq Shaikh"))
A(E, "Yes sir, ticket 204-118-775 from the 23rd of December draw, the prize "
     "is one hundred thousand dirhams, and the Nissan went to ticket "
     "009-442-318.")
IQ_E1 = saudi_id("243105886")
SP_E5 = en("~2431 ~05 ^88 ~6" + IQ_E1[-1])
A(E, "I am not having Emirates ID madam, only my Iqama, the number is %s."
  % SP_E5, ("id", SP_E5))
IB_E4 = iban("AE", "0330180927465120847")
A(E, "Yes, Emirates bank, %s." % grp(IB_E4, "44444 3".replace(" ", "")),
  ("iban", grp(IB_E4, "444443")),
  ctx="For the transfer we need a UAE IBAN in your name.")
PH_E6 = "plus nine six six, " + en("~55 ~312 ^88 ~40")
A(E, "My Saudi number, %s, WhatsApp also." % PH_E6, ("phone", PH_E6))
A(E, "For cash prizes above fifty thousand dirhams the winner collects in "
     "person at customer service on level 2, 10 a.m. to 10 p.m., any day "
     "except Friday morning.")

# --- call 12: Israeli lottery English line, new immigrant in Jerusalem -------
A(E, "Hi, yes, hello, this is Shira Goldblatt, I made aliyah last year so "
     "my Hebrew's not great.", ("name", "Shira Goldblatt"))
A(E, "I won on the Chance draw, the card one, I put in twenty shekels on "
     "hearts and clubs, and it says I won 18,000.")
TZ_E1 = il_id("32854719")
A(E, "Sure, it's %s %s, um, %s." % (TZ_E1[:3], TZ_E1[3:6], TZ_E1[6:]),
  ("id", "%s %s, um, %s" % (TZ_E1[:3], TZ_E1[3:6], TZ_E1[6:])),
  ctx="Can I have your teudat zehut number, the nine digits?")
A(E, "So that's %s, nine digits, good." % TZ_E1, ("id", TZ_E1))
IB_E5 = iban("IL", "0126340000412837905")
A(E, "%s" % grp(IB_E5, "44444 3".replace(" ", "")),
  ("iban", grp(IB_E5, "444443")),
  ctx="Prizes over ten thousand are paid by transfer. What's your IBAN?")
A(E, "054-7723196, that's my cell.", ("phone", "054-7723196"))
A(E, "Transfers take up to 14 days and 25% tax is deducted at source, so "
     "you'll get 13,500.")

# --- call 13: Greek scratch card, British expat in Crete --------------------
A(E, "Hello, do you speak English? Oh thank God. I've got a five thousand "
     "euro scratchcard, the Super 7 one, bought at the kiosk on Dimokratias "
     "Street in Chania.")
AFM_E1 = afm("14298573")
A(E, "My AFM, the tax number, is %s %s %s." % (
    AFM_E1[:3], AFM_E1[3:6], AFM_E1[6:]),
  ("id", "%s %s %s" % (AFM_E1[:3], AFM_E1[3:6], AFM_E1[6:])))
A(E, "OK, AFM %s, thank you." % AFM_E1, ("id", AFM_E1))
IB_E6 = iban("GR", "01107400000074231987654")
A(E, "It's with Piraeus, %s." % grp(IB_E6, "4444443"),
  ("iban", grp(IB_E6, "4444443")),
  ctx="Prizes over one thousand euro we pay by transfer. Your IBAN please?")
A(E, "38 Kydonias Street, Chania, 731 35.",
  ("address", "38 Kydonias Street, Chania, 731 35"),
  ctx="And your address in Greece?")
A(E, "Prizes above a thousand are taxed, so you'll receive four thousand "
     "three hundred after the withholding, normally within 10 working days.")

# --- call 14: US mail-in rebate, prepaid rebate card -------------------------
A(E, "I sent in the form for the hundred-and-fifty-dollar rebate on the "
     "Dreamcrest mattress back in February and the tracker says ineligible, "
     "missing UPC.")
A(E, "It's 4471-2290-3316.",
  ctx="Do you have the tracking number from the confirmation page?")
CD_E4 = card("4817 3306 2951 447")
SP_E6 = en(grp(CD_E4, "4444"), zero="oh")
A(E, "well it came in the end, it's the prepaid visa, %s, and it says "
     "declined everywhere" % SP_E6, ("card", SP_E6))
A(E, "OK, prepaid rebate cards expire six months after issue, yours was "
     "issued on the 2nd of May, so it's active until November 2nd.")

# --- call 15: UK bookmaker, each-way payout ---------------------------------
A(E, "I had an each-way on Molly's Dream in the 3:40 at Haydock, twenty to "
     "one, and the app only paid the place part.")
A(E, "Right, Molly's Dream came second, so the win half loses and the place "
     "half pays a quarter of the odds, that's sixty pounds back on your "
     "tenner each-way.")
A(E, "The bet ID is 7781-0932-5561, placed Saturday at 2:57.")
IB_E7 = iban("GB", "MIDL40127691835520")
A(E, "yeah just stick it in the bank, %s" % IB_E7, ("iban", IB_E7),
  ctx="Do you want it back on the account or withdrawn to your bank?")

# --- call 16: online casino self-exclusion (Glasgow) ------------------------
A(E, "I want to close my account for good. I've lost about three grand "
     "since Christmas and I cannae stop.")
A(E, "12th of March '83.", ("date_of_birth", "12th of March '83"),
  ctx="I can do that for you. Can I just confirm your date of birth?")
A(E, "It's jamie mac 83 at gmail dot com, all one word.",
  ("email", "jamie mac 83 at gmail dot com"))
CD_E5 = card("4658 5821 9904 331")
A(E, "And can you block this card as well, %s." % grp(CD_E5, "4444"),
  ("card", grp(CD_E5, "4444")))
A(E, "Your account's closed for five years from today, the balance of "
     "twelve pounds sixty goes back to your card in 3 to 5 days.")

# --- call 17: manufacturer cash-back, caller living in Germany --------------
A(E, "I bought the Kestrel S9 shaver in the promotion, it was thirty euro "
     "cash back, I submitted on the 2nd of June, participation number "
     "KS-55-21984.")
IB_E8 = iban("DE", "760260000874312950")
A(E, "OK, the new one is %s." % grp(IB_E8, "444442"),
  ("iban", grp(IB_E8, "444442")),
  ctx="The payout bounced on the 18th of July, the IBAN had a typo. Can "
      "you give it again?")
A(E, "aoife dot brennan at web dot de",
  ("email", "aoife dot brennan at web dot de"),
  ctx="And the email address to send the confirmation to?")

# --- call 18: Texas lottery scratch ticket claim ----------------------------
A(E, "five one three, no wait, five three one, twenty-two, oh eight four "
     "six", ("id", "five one three, no wait, five three one, twenty-two, oh "
                   "eight four six"),
  ctx="For a prize over six hundred I need your Social Security number.")
assert ssn(531, 22, 846) == "531-22-0846"
A(E, "That ticket's a $5,000 winner on the Cash Blast game, game number "
     "2418, so you'll have to come in to the Austin claim center or mail "
     "it in.")

# --- call 19: UK lottery subscription, changing cards ------------------------
CD_E6 = card("4921 8170 6635 429")
CD_E7 = card("5355 2208 4419 071")
SP_E7 = en("~4921 ~8170 ~6635 ~42" + CD_E6[-1], zero="oh")
A(E, "The old one was %s but that expired, the new one's a Mastercard, %s."
  % (SP_E7, grp(CD_E7, "4444")),
  ("card", SP_E7), ("card", grp(CD_E7, "4444")))
A(E, "So that's %s, expiry 09/28, and I'll put the two pound fifty for "
     "each draw on it from Saturday." % grp(CD_E7, "4444", "-"),
  ("card", grp(CD_E7, "4444", "-")))


# ---------------------------------------------------------------------------
# Arabic
# ---------------------------------------------------------------------------
R = "ar"


def ar(spec, v="msa"):
    return say("ar", spec, v=v)


# --- call 1: Riyadh shopping-festival raffle, Saudi caller (Gulf) -----------
A(R, "مركز خدمة عملاء سحوبات مهرجان النخيل للتسوق، معك نوف، كيف أقدر "
     "أخدمك؟", ("name", "نوف"))
A(R, "هلا والله، معك عبدالعزيز القحطاني، يقولون طلع اسمي في سحب الخميس",
  ("name", "عبدالعزيز القحطاني"))
A(R, "مبروك مقدماً، بس خلني أتأكد، السحب كان على كوبون رقم ٤٨٢٠٣٣ من فرع "
     "طريق الملك عبدالله، والجائزة سيارة لكزس موديل ٢٠٢٥")
SID_R1 = saudi_id("104521883")
A(R, "إيه، %s" % ind(SID_R1), ("id", ind(SID_R1)),
  ctx="ممكن رقم الهوية الوطنية لو سمحت؟")
A(R, "مواليد ٢٣ رجب ١٤١٢ هجري", ("date_of_birth", "٢٣ رجب ١٤١٢"),
  ctx="وتاريخ الميلاد مثل ما هو في الهوية؟")
A(R, "حي النرجس، شارع الأمير سعود بن فيصل، مبنى ٣١٤٥، الرياض ١٣٣٢٧",
  ("address", "حي النرجس، شارع الأمير سعود بن فيصل، مبنى ٣١٤٥، الرياض "
              "١٣٣٢٧"),
  ctx="عطني عنوانك الوطني عشان نرسل لك خطاب الاستلام")
PH_R1 = "٠٥٥٣١٢٤٤٧٩"
A(R, "جوالي %s، واتساب بعد" % PH_R1, ("phone", PH_R1))
IB_R1 = iban("SA", "80000204608017253941")
A(R, "الآيبان حقي %s، الراجحي" % grp(IB_R1, "444444"),
  ("iban", grp(IB_R1, "444444")),
  ctx="لو تبي قيمة السيارة نقداً بدلها نحتاج الآيبان")
A(R, "تمام أستاذ عبدالعزيز، بيتواصل معك فريق التسليم خلال ثلاث أيام عمل",
  ("name", "عبدالعزيز"))
A(R, "لازم تحضر الكوبون الأصلي مع الفاتورة، والتسليم يكون في المعرض يوم "
     "الأحد من الساعة ٤ العصر لين ١٠ بالليل")

# --- call 2: mall-group loyalty points, Emirati caller ----------------------
A(R, "برنامج سعادة للمكافآت، مساء الخير، شو أقدر أساعدك فيه؟")
A(R, "مرحبا، أنا مريم الشامسي، عندي مشكلة في النقاط من أسبوعين",
  ("name", "مريم الشامسي"))
A(R, "اشتريت من المول يوم ١٢ فبراير بـ ٨٥٠ درهم والمفروض ينزل لي ١٧٠٠ "
     "نقطة وما نزل شي")
PH_R2 = ar("~050 ~699 ~4122")
A(R, PH_R2, ("phone", PH_R2), ctx="شو رقم الموبايل المسجل عندنا؟")
A(R, "شفت الفاتورة، رقمها INV 2025 0441، والنقاط معلقة لأن المحل سجلها "
     "متأخر، بتنزل خلال ٤٨ ساعة")
A(R, "الإيميل مريم أندرسكور شامسي آت هوتميل دوت كوم",
  ("email", "مريم أندرسكور شامسي آت هوتميل دوت كوم"))
A(R, "٢٩ أكتوبر ١٩٩٠", ("date_of_birth", "٢٩ أكتوبر ١٩٩٠"),
  ctx="للتحقق بس، تاريخ ميلادك لو سمحتي؟")
A(R, "وبعد عندك عرض الحين، كل ١٠٠ درهم تصرفينها في المطاعم يوم الجمعة "
     "تاخذين عليها نقاط دبل لين آخر مارس")

# --- call 3: Ramadan TV competition prize, Egyptian caller -------------------
A(R, "أهلاً بحضرتك في خدمة عملاء مسابقة كنز رمضان، معاك أحمد، أقدر أساعد "
     "حضرتك إزاي؟", ("name", "أحمد"))
A(R, "أيوه يا فندم، أنا محمود عبد الفتاح، وكلموني من البرنامج قالولي إني "
     "كسبت خمسين ألف جنيه", ("name", "محمود عبد الفتاح"))
A(R, "ألف مبروك يا أستاذ محمود! ممكن حضرتك تأكد لي كود المشاركة اللي "
     "اتبعتلك في الرسالة؟", ("name", "محمود"))
A(R, "الكود KZ 7731 R، وجالي يوم التلات اللي فات الساعة عشرة بالليل")
A(R, "١٤ شارع مصطفى النحاس، الدور التالت، شقة ٧، مدينة نصر، القاهرة",
  ("address", "١٤ شارع مصطفى النحاس، الدور التالت، شقة ٧، مدينة نصر، "
              "القاهرة"),
  ctx="العنوان بالتفصيل لو سمحت عشان نبعت العقد")
PH_R3 = ar("~012 ~8341 ~7290", v="dia")
A(R, "رقمي %s، ده عليه واتساب" % PH_R3, ("phone", PH_R3))
IB_R2 = iban("EG", "0019000500000263180002741")
A(R, "استنى بس أجيبه من الأبلكيشن... %s" % grp(IB_R2, "44444441"),
  ("iban", grp(IB_R2, "44444441")),
  ctx="محتاجين رقم الآيبان بتاع حضرتك عشان التحويل")
A(R, "الجايزة بيتخصم منها ضريبة عشرين في المية، يعني حضرتك هتستلم أربعين "
     "ألف، والتحويل بياخد من سبعة لعشرة أيام عمل")
A(R, "ولو حابب تحضر الحلقة الجاية، التصوير يوم الأحد ٢٣ مارس الساعة ١١ "
     "الصبح في مدينة الإنتاج الإعلامي")

# --- call 4: Jordanian charity lottery, caller from Irbid (Levantine) -------
A(R, "اليانصيب الخيري، مرحبا، تفضل")
A(R, "مرحبا خيتي، معك أبو يزن، يعني خالد العمري، من إربد",
  ("name", "أبو يزن"), ("name", "خالد العمري"))
A(R, "اشتريت ورقة من الكشك اللي جنب دوار القبة، رقمها ٠٧٣٥٢٨، وطلعت "
     "بالسحب تبع الخميس، الجائزة التانية")
A(R, "صح، الرقم ٠٧٣٥٢٨ ربح الجائزة التانية، عشرة آلاف دينار، وبنقتطع منها "
     "خمستاشر بالمية ضريبة")
IB_R3 = iban("JO", "ARAB1180000011837294065122")
A(R, "آه معي، %s" % grp(IB_R3, "44444442"),
  ("iban", grp(IB_R3, "44444442")),
  ctx="المبالغ فوق الألف دينار بنحولها على الحساب، معك رقم الآيبان؟")
PH_R4 = ar("~079 ~544 ~3108", v="dia")
A(R, "الرقم %s" % PH_R4, ("phone", PH_R4), ctx="ورقم تلفونك يا خال؟")
A(R, "تمام أبو يزن، بنحوّل المبلغ خلال أسبوع، وبتوصلك رسالة لما ينزل",
  ("name", "أبو يزن"))

# --- call 5: Lebanese online Loto account, French/English switching --------
A(R, "Bonjour، لوتو الأرز، معك جويل، كيف فيني ساعدك؟", ("name", "جويل"))
A(R, "bonjour، أنا ريتا حداد، عندي مشكلة بالـ account تبعي، ما عم يقبل "
     "الكارت", ("name", "ريتا حداد"))
A(R, "عم حاول حط عشرين دولار للسحب تبع الخميس، والـ jackpot صاير تلاتة "
     "مليون دولار")
CD_R1 = card("4584 3320 1967 554")
A(R, "الكارت فيزا، %s" % grp(CD_R1, "4444"), ("card", grp(CD_R1, "4444")))
A(R, "المشكلة إنو الكارت صادر من برّا، لازم تفعّلي الـ 3D Secure من البنك، "
     "وبعدين جرّبي بعد ٢٤ ساعة")
A(R, "ايه، rita.haddad91@gmail.com", ("email", "rita.haddad91@gmail.com"),
  ctx="والإيميل المسجل عالحساب نفسه؟")
A(R, "رقمي 71 448 302", ("phone", "71 448 302"))
A(R, "سبعتاشر آب، واحد وتسعين",
  ("date_of_birth", "سبعتاشر آب، واحد وتسعين"),
  ctx="وتاريخ الميلاد للتأكيد؟")

# --- call 6: Moroccan sports-betting kiosk ticket (Darija) ------------------
A(R, "السلام عليكم، رهان المغرب، معاك سناء، شنو نقدر نعاونك؟",
  ("name", "سناء"))
A(R, "وعليكم السلام، أنا يوسف بنعلي، ربحت واحد الپاري ديال الكورة "
     "ومابغاوش يخلصوني فالكيوسك", ("name", "يوسف بنعلي"))
A(R, "الپاري فيه خمسة ديال الماتشات، حطيت عشرين درهم، والكوط كانت تقريبا "
     "١٥٠، يعني خاصني ناخد شي ٣٠٠٠ درهم")
A(R, "شفت التيكي، الرقم ديالو 88-1402-7731، الربح فوق ٢٠٠٠ درهم كيتخلص غير "
     "بالتحويل البنكي، ماشي فالكيوسك")
IB_R4 = iban("MA", "007810000043572918460335")
A(R, "الإيبان ديالي %s" % grp(IB_R4, "4444444"),
  ("iban", grp(IB_R4, "4444444")))
PH_R5 = ar("~06 61 23 47 85", v="mag")
A(R, "%s، هادا هو النمرة ديالي" % PH_R5, ("phone", PH_R5))
A(R, "رقم ١٢، زنقة الياسمين، حي المعاريف، الدار البيضاء",
  ("address", "رقم ١٢، زنقة الياسمين، حي المعاريف، الدار البيضاء"),
  ctx="عافاك العنوان ديالك؟")
A(R, "مزيان السي يوسف، التحويل غادي يوصلك من هنا لتلاتة أيام ديال الخدمة",
  ("name", "يوسف"))


# --- call 7: cash-back wallet, Egyptian resident of Jeddah -------------------
A(R, "استرداد بلس، السلام عليكم، تفضل")
A(R, "وعليكم السلام، أنا اسمي شريف حسني، مقيم في جدة، والكاش باك بتاعي "
     "ما نزلش من شهر", ("name", "شريف حسني"))
A(R, "كنت دافع ألف ومية ريال في المعرض، والمفروض خمسة في المية ترجع، يعني "
     "خمسة وخمسين ريال")
IQ_R1 = saudi_id("247730159")
SP_R1 = ar("~" + IQ_R1, v="dia")
A(R, "أيوه، %s" % SP_R1, ("id", SP_R1), ctx="رقم الإقامة لو سمحت؟")
A(R, "يعني %s، صح كده؟" % ind(IQ_R1), ("id", ind(IQ_R1)))
CD_R2 = card("5297 4108 3362 175")
A(R, "البطاقة مدى، %s" % ind(grp(CD_R2, "4444")),
  ("card", ind(grp(CD_R2, "4444"))),
  ctx="البطاقة اللي ربطتها بالحساب إيه رقمها؟")
A(R, "شريف دوت حسني آت ياهو دوت كوم",
  ("email", "شريف دوت حسني آت ياهو دوت كوم"),
  ctx="والإيميل اللي مسجل بيه؟")
A(R, "مواليد خمستاشر تسعة تمانين", ("date_of_birth", "خمستاشر تسعة تمانين"),
  ctx="وتاريخ ميلادك؟")
A(R, "حي الصفا، شارع الأمير ماجد، عمارة ١٨، شقة ٤، جدة",
  ("address", "حي الصفا، شارع الأمير ماجد، عمارة ١٨، شقة ٤، جدة"),
  ctx="والعنوان الوطني؟")
A(R, "الطلب رقم ٩٩٠٤٥٢٧١ اتعلّق لأن الفاتورة ما كانش عليها الرقم الضريبي "
     "بتاع المحل")
A(R, "تمام يا أستاذ شريف، الكاش باك هينزل خلال ٧٢ ساعة إن شاء الله",
  ("name", "شريف"))

# --- call 8: Kuwaiti co-operative society, shareholder coupons --------------
A(R, "جمعية الروضة التعاونية، قسم المساهمين، تفضلي")
A(R, "هلا والله، أنا حصة العنزي، أبي أسأل عن أرباح المساهمين والكوبونات",
  ("name", "حصة العنزي"))
A(R, "أرباح هالسنة ثمانية بالمية على المشتريات، وكوبونات خصم عشرة دنانير "
     "لكل مساهم، ويبدا الصرف من ١٥ أبريل")
A(R, "رقم المساهم عندي ٧٧٤١٢، وكل مشترياتي بالبطاقة، بس ما وصلتني ولا رسالة")
IB_R5 = iban("KW", "NBOK0000000000002018744316")
A(R, "%s، الوطني" % grp(IB_R5, "44444442"), ("iban", grp(IB_R5, "44444442")),
  ctx="عشان نحول الأرباح نحتاج رقم الآيبان")
A(R, "الجابرية، قطعة ٣، شارع ١٥، جادة ٢، منزل ٢٢",
  ("address", "الجابرية، قطعة ٣، شارع ١٥، جادة ٢، منزل ٢٢"),
  ctx="وعنوان السكن المسجل؟")
A(R, "تلفوني ٩٩٨٤٥٢١٣", ("phone", "٩٩٨٤٥٢١٣"))
A(R, "تقدرين تستلمين الكوبونات من مكتب المساهمين بالفرع الرئيسي، من السبت "
     "للأربعاء، من ٩ الصبح لين ١ الظهر")

# --- call 9: Israeli lottery Arabic line, caller from Nazareth --------------
A(R, "مفعال هبايس، مرحبا، كيف بقدر أساعدك؟")
A(R, "أهلين، أنا سامر خوري من الناصرة، ربحت باللوتو تبع يوم التلاتا",
  ("name", "سامر خوري"))
A(R, "الورقة فيها ست أرقام صح بدون الرقم القوي، يعني الجائزة حوالي ٣٢ ألف "
     "شيكل قبل الضريبة")
TZ_R1 = il_id("39024617")
SP_R2 = ar("~" + TZ_R1, v="dia")
A(R, SP_R2, ("id", SP_R2), ctx="رقم الهوية لو سمحت")
A(R, "تمام، %s" % TZ_R1, ("id", TZ_R1))
A(R, "3.4.1985", ("date_of_birth", "3.4.1985"), ctx="وتاريخ الميلاد؟")
IB_R6 = iban("IL", "0344170000005213984")
A(R, "الحساب بالبنك العربي، %s" % grp(IB_R6, "444443"),
  ("iban", grp(IB_R6, "444443")))
A(R, "صفر خمسة اتنين، 884 1937", ("phone", "صفر خمسة اتنين، 884 1937"),
  ctx="ورقم التلفون؟")
A(R, "شارع بولس السادس ٤٥، الطابق التاني، الناصرة",
  ("address", "شارع بولس السادس ٤٥، الطابق التاني، الناصرة"),
  ctx="والعنوان لإرسال الشيك؟")
A(R, "الشيك بيوصل بالبريد خلال ١٤ يوم، أو فيك تيجي على فرعنا بحيفا")

# --- call 10: Egyptian cash-back app --------------------------------------
A(R, "أنا نهى السيد، عندي حساب على رجّعلي والفلوس متعلقة من أسبوعين",
  ("name", "نهى السيد"))
A(R, "عملت تلات طلبات بكود الخصم RAG20 وكل واحدة المفروض ترجع ٢٠٪ بحد "
     "أقصى ١٥٠ جنيه")
CD_R3 = card("5078 0312 4489 206")
SP_R3 = ar(grp(CD_R3, "4444").replace(" ", " ~").join(["~", ""]), v="dia")
A(R, "ميزة، %s" % SP_R3, ("card", SP_R3),
  ctx="الكارت اللي بتسحبي عليه الفلوس إيه رقمه؟")
A(R, "noha_elsayed@outlook.com", ("email", "noha_elsayed@outlook.com"),
  ctx="والإيميل المسجل؟")
A(R, "٢/١٢/١٩٩٤", ("date_of_birth", "٢/١٢/١٩٩٤"), ctx="تاريخ الميلاد؟")
A(R, "حضرتك المبلغ المتاح ٣٨٥ جنيه، والحد الأدنى للسحب ٥٠٠، فلازم توصلي "
     "له الأول")
A(R, "الكاش باك بيفضل معلّق تلاتين يوم بعد الاستلام عشان لو في مرتجع")


# --- call 11: Qatari football prediction competition ------------------------
A(R, "هلا، أنا جاسم المري، توقعت نتيجة النهائي صح وقالوا لي إني فزت",
  ("name", "جاسم المري"))
A(R, "توقعت اثنين واحد للسد، وجات النتيجة ٢–١ في الدقيقة ٩٠، والسحب بين "
     "الفائزين كان الساعة ٨ المسا")
A(R, "رقمي ٥٥١٢ ٨٨٣٠، نفس اللي سجلت فيه", ("phone", "٥٥١٢ ٨٨٣٠"))
A(R, "٤-٦-١٩٩٩", ("date_of_birth", "٤-٦-١٩٩٩"),
  ctx="عشان نطابق مع البطاقة الشخصية، تاريخ ميلادك؟")
A(R, "jassim_marri@outlook.com، كله سمول", ("email", "jassim_marri@outlook.com"))
IB_R7 = iban("QA", "QNBA000000000715402388913")
A(R, "إيه، %s" % grp(IB_R7, "44444441"), ("iban", grp(IB_R7, "44444441")),
  ctx="الجائزة تنصرف نقدي أربعة آلاف وخمسمية ريال، تبيها على الآيبان؟")
A(R, "أو تقدر تستلم الجهاز نفسه من فرعنا في الدوحة فستيفال سيتي، من الساعة "
     "١٠ الصبح لين ١٠ بالليل")

# --- call 12: Sharjah raffle tickets charged twice, Syrian caller ----------
A(R, "مرحبا، معك رامي، رامي الحلبي، اشتريت بطاقتين للسحب عالموقع وانسحب "
     "المبلغ مرتين", ("name", "رامي", 0), ("name", "رامي الحلبي"))
A(R, "البطاقة الوحدة بـ ٥٠٠ درهم، وإذا اشتريت تنتين بتاخد التالتة مجاناً، "
     "والسحب الكبير بـ ٣ الشهر")
CD_R4 = card("5187 2204 9931 664")
CD_R5 = card("3782 510466 2091")
A(R, "دفعت بالماستر كارد %s، لا لحظة، بالأمريكان إكسبرس، %s" % (
    grp(CD_R4, "4444"), ind(grp(CD_R5, "465"))),
  ("card", grp(CD_R4, "4444")), ("card", ind(grp(CD_R5, "465"))))
A(R, "تذاكرك هي ٢٢٧٥٠١ و٢٢٧٥٠٢، والتالتة المجانية ٢٢٧٥٠٣، وكلها داخلة "
     "بسحب ٣ أبريل")
A(R, "التعاون، برج الوحدة، شقة ١٤٠٣، الشارقة",
  ("address", "التعاون، برج الوحدة، شقة ١٤٠٣، الشارقة"),
  ctx="وين عنوانك بالإمارات؟")
A(R, "رامي دوت حلبي آت آي كلاود دوت كوم",
  ("email", "رامي دوت حلبي آت آي كلاود دوت كوم"),
  ctx="والإيميل لنبعتلك تأكيد الاسترجاع؟")
A(R, "المبلغ المكرر، خمسمية درهم، بيرجع عالبطاقة خلال ٥ إلى ٧ أيام عمل، "
     "رقم الطلب RF-40917")

# --- call 13: coffee-chain loyalty stars, caller from Dammam ----------------
A(R, "يعطيك العافية، أنا نورة الدوسري، النجوم حقتي انمسحت من الحساب",
  ("name", "نورة الدوسري"))
A(R, "كان عندي ٤٢٠ نجمة، يعني تقريباً أربع مشروبات مجانية، وفجأة صار "
     "الرصيد صفر يوم ١ يناير")
A(R, "النجوم تنتهي بعد ١٢ شهر من تاريخ الشراء، بس بما إنها أول مرة بنرجع "
     "لك ٢٠٠ نجمة كتعويض")
A(R, "٩ / ٩ / ٢٠٠١", ("date_of_birth", "٩ / ٩ / ٢٠٠١"),
  ctx="أحتاج أتأكد من تاريخ الميلاد المسجل")
CD_R6 = card("4009 8721 5530 612")
A(R, "البطاقة المربوطة %s" % grp(CD_R6, "4444"), ("card", grp(CD_R6, "4444")))
A(R, "نورة دوت دي ألفين وواحد آت جيميل دوت كوم",
  ("email", "نورة دوت دي ألفين وواحد آت جيميل دوت كوم"),
  ctx="والإيميل عشان نرسل لك كوبون الاعتذار؟")

# --- call 14: mall cash prize, Yemeni resident of Al Khobar -----------------
IQ_R2 = saudi_id("231847706")
SP_R4 = ("اثنين ثلاثة واحد أربعة، لا لحظة، اثنين ثلاثة واحد ثمانية، %s"
         % ar("~" + IQ_R2[4:]))
A(R, "رقم الإقامة %s" % SP_R4, ("id", SP_R4))
IB_R8 = iban("SA", "10000071294836501177")
SP_R5 = "إس إيه %s، %s" % (ar(IB_R8[2:4]), ar("~" + IB_R8[4:]))
A(R, SP_R5, ("iban", SP_R5), ctx="وش رقم الآيبان اللي نحول عليه الجائزة؟")
A(R, "الخبر، حي العقربية، شارع ٢٢، بيت ١٠",
  ("address", "الخبر، حي العقربية، شارع ٢٢، بيت ١٠"), ctx="والعنوان؟")
A(R, "الجائزة عشرين ألف ريال، تنصرف بعد ما نتأكد إن الإقامة سارية، وتاخذ "
     "خمسة أيام عمل")

# --- call 15: Saudi caller, UAE lottery online account ----------------------
SID_R2 = saudi_id("109873342")
A(R, "رقم هويتي %s" % ind(grp(SID_R2, "433")),
  ("id", ind(grp(SID_R2, "433"))), ctx="نحتاج رقم الهوية عشان نوثق الحساب")
A(R, "يعني %s، مضبوط؟" % SID_R2, ("id", SID_R2))
A(R, "abu.faisal.1985 آت جيميل دوت كوم",
  ("email", "abu.faisal.1985 آت جيميل دوت كوم"), ctx="والبريد الإلكتروني؟")
CD_R8 = card("4847 8303 1156 290")
SP_R6 = ar(grp(CD_R8, "4444"))
A(R, "وأبغى أضيف بطاقة مدى للمحفظة، الرقم %s" % SP_R6, ("card", SP_R6))
A(R, "نعم، لاعبين المملكة يقدرون يشاركون أونلاين، بس الجوائز فوق ١٠٠ ألف "
     "درهم لازم تستلمها بنفسك في أبوظبي")
A(R, "السحب القادم يوم السبت ١٨ أكتوبر الساعة ٨:٣٠ مساءً، والجائزة الكبرى "
     "١٠٠ مليون درهم")

# --- call 16: Lebanese casino players' card ---------------------------------
A(R, "بطاقة اللاعب بتعطيك نقطة على كل عشرة دولار بتلعبها عالطاولات، و١٠٠٠ "
     "نقطة بتساوي عشاء لشخصين بالمطعم")
A(R, "الطاولة رقم ١٢ كانت مسكرة ليلة السبت، وأنا لعبت على ١٤ من الساعة ١١ "
     "للساعة ٢، وما انحسبلي ولا نقطة")
CD_R7 = card("4263 9917 0384 552")
A(R, "بدي جدد العضوية الذهبية، خصموا من الكارت %s، ٤٠ دولار" % grp(
    CD_R7, "4444", "-"), ("card", grp(CD_R7, "4444", "-")))
A(R, "رقم بطاقة اللاعب عندك 0061-8830، والعضوية الذهبية بتخلص بـ ٣١ كانون "
     "الأول")


# ---------------------------------------------------------------------------
# Hebrew
# ---------------------------------------------------------------------------
H = "he"


def he(spec, v="f"):
    return say("he", spec, v=v)


# --- call 1: lottery prize claim, native Israeli from Petah Tikva ----------
A(H, "מפעל המזל, שלום, מדברת מורן, במה אפשר לעזור?", ("name", "מורן"))
A(H, "שלום, שמי אבי, אברהם לוי בעצם, זכיתי בלוטו ביום שלישי",
  ("name", "אבי"), ("name", "אברהם לוי"))
A(H, "רגע, שנייה, אני בודקת... כן, בהגרלה מספר 3721 היו לך חמישה מספרים "
     "והמספר החזק, זה פרס של 183,400 ש״ח")
A(H, "הטופס נשלח דרך האפליקציה ביום ראשון בשעה 21:40, מספר טופס "
     "0038-5521-9907")
TZ_H1 = il_id("05839127")
SP_H1 = he("~" + TZ_H1)
A(H, "כן, %s" % SP_H1, ("id", SP_H1),
  ctx="אני צריכה את מספר תעודת הזהות שלך, בבקשה")
A(H, "אז %s, נכון?" % TZ_H1, ("id", TZ_H1))
A(H, "נולדתי בשנים עשר במרץ שבעים ותשע",
  ("date_of_birth", "שנים עשר במרץ שבעים ותשע"))
A(H, "רחוב ז'בוטינסקי 88, דירה 14, פתח תקווה",
  ("address", "רחוב ז'בוטינסקי 88, דירה 14, פתח תקווה"),
  ctx="וכתובת מגורים?")
A(H, "050-6623418, זה הנייד", ("phone", "050-6623418"))
IB_H1 = iban("IL", "0126610000000337415")
A(H, "אממ... %s" % grp(IB_H1, "444443"), ("iban", grp(IB_H1, "444443")),
  ctx="בזכיות מעל חמישים אלף אנחנו צריכים מספר IBAN לטופס ההעברה")
A(H, "בסדר גמור אבי, הכסף יועבר תוך 14 ימי עסקים, ויש ניכוי מס של 35 "
     "אחוז על כל סכום מעל 49 אלף", ("name", "אבי"))
A(H, "אם תרצה לבוא לסניף, הסניף הראשי ברחוב ויצמן פתוח בימים א׳ עד ה׳ "
     "משמונה עד ארבע")

# --- call 2: sports-betting kiosk slip, Russian-speaking immigrant ---------
A(H, "כן שלום, זה ולדימיר, וובה, אני רוצה לברר על הטופס שלי",
  ("name", "ולדימיר"), ("name", "וובה"))
A(H, "שמתי על מכבי חיפה נגד בית״ר, יחס 2.35, וגם על ברצלונה, שלושה "
     "משחקים, שלושים שקל")
A(H, "המשחק של ברצלונה נדחה, אז הוא נחשב כיחס 1, והזכייה שלך יורדת ל-70 "
     "ש״ח וחמישים אגורות")
TZ_H2 = il_id("31740256")
SP_H2 = he("~" + TZ_H2, v="m")
A(H, SP_H2, ("id", SP_H2), ctx="תעודת זהות שלך?")
PH_H1 = he("~054 81 27 73 ~5")
A(H, "נייד שלי %s" % PH_H1, ("phone", PH_H1))
CD_H1 = card("4580 1122 7394 581")
A(H, "ויזה, %s, תוקף 11/27" % grp(CD_H1, "4444"),
  ("card", grp(CD_H1, "4444")), ctx="באיזה כרטיס אשראי לזכות אותך?")
A(H, "וובה נקודה קוזלוב שטרודל ג'ימייל נקודה קום",
  ("email", "וובה נקודה קוזלוב שטרודל ג'ימייל נקודה קום"),
  ctx="ואימייל לקבלה?")
A(H, "חמישה עשר בינואר, שישים ושמונה",
  ("date_of_birth", "חמישה עשר בינואר, שישים ושמונה"),
  ctx="ותאריך לידה בשביל האימות")
A(H, "מספר הטופס שלך 4417-0932, הוא נשמר אצלנו, הזיכוי ייכנס תוך 3 ימים")

# --- call 3: supermarket club points, Ethiopian-Israeli caller -------------
A(H, "מועדון שפע, מדבר עידו, שלום", ("name", "עידו"))
A(H, "שלום, אני טיגיסט מלסה, יש לי בעיה עם הנקודות",
  ("name", "טיגיסט מלסה"))
A(H, "קניתי ביום חמישי בסניף בקריית גת ב-640 שקל, והיה אמור להיות לי 64 "
     "נקודות, ולא נכנס כלום")
A(H, "אני רואה את הקנייה, קופה 7, קבלה מספר 55120, הנקודות נכנסות אחרי 72 "
     "שעות")
A(H, "31.8.90", ("date_of_birth", "31.8.90"), ctx="לאימות, תאריך לידה?")
A(H, "08-6819437, זה הבית", ("phone", "08-6819437"))
A(H, "רחוב הרצל 17 דירה 3, קריית גת",
  ("address", "רחוב הרצל 17 דירה 3, קריית גת"),
  ctx="והכתובת שרשומה אצלך?")
TZ_H3 = il_id("32075844")
A(H, "מספר הזהות שלי %s" % grp(TZ_H3, "333", "-"),
  ("id", grp(TZ_H3, "333", "-")))
CD_H2 = card("5326 1048 7793 260")
SP_H3 = he(grp(CD_H2, "4444"))
A(H, "זה המאסטרקארד, %s" % SP_H3, ("card", SP_H3),
  ctx="איזה כרטיס מחובר למועדון?")
A(H, "בנוסף, ביום שלישי יש נקודות כפולות על מוצרי חלב, עד סוף אוקטובר")

# --- call 4: chocolate "golden ticket" promotion, Arab caller from Haifa ----
A(H, "שלום, אני ג'ורג' חדאד מחיפה, מצאתי כרטיס זהב בתוך עטיפה של "
     "השוקולד", ("name", "ג'ורג' חדאד"))
A(H, "על הכרטיס כתוב קוד GLD-4471-KX ומאחורה כתוב שהמבצע בתוקף עד 30 "
     "בספטמבר")
A(H, "מזל טוב! הקוד הזה זוכה בסוף שבוע זוגי באילת, שני לילות, או 1,500 "
     "ש״ח בהעברה בנקאית, מה שתבחר")
A(H, "מעולה ג'ורג', אני צריכה כמה פרטים כדי להפיק את השובר",
  ("name", "ג'ורג'"))
TZ_H4 = il_id("02953716")
A(H, "%s" % TZ_H4, ("id", TZ_H4), ctx="מספר תעודת זהות?")
A(H, "georgeh שטרודל walla נקודה co נקודה il",
  ("email", "georgeh שטרודל walla נקודה co נקודה il"))
A(H, "רחוב עבאס 21, קומה שנייה, חיפה",
  ("address", "רחוב עבאס 21, קומה שנייה, חיפה"),
  ctx="אנחנו שולחים גם מארז שוקולד הביתה, מה הכתובת?")
PH_H2 = he("~052 ~441 98 73")
A(H, "טלפון %s" % PH_H2, ("phone", PH_H2))
IB_H2 = iban("IL", "0108020000061947730")
A(H, "אני מעדיף את הכסף, זה %s" % IB_H2, ("iban", IB_H2))
A(H, "ההעברה יוצאת תוך 5 ימי עסקים, ותקבל SMS מהמספר 4040 כשהיא בוצעה")

# --- call 5: cash-back app, French-speaking immigrant in Netanya -----------
A(H, "allô? כן, שלום, שמי סטפן אטלן, אני מנתניה, יש לי בעיה עם הקאשבק",
  ("name", "סטפן אטלן"))
A(H, "הזמנתי דרך האפליקציה ב-12 ביוני, 3 הזמנות, והיה צריך לחזור לי 8 "
     "אחוז, בערך 96 שקל")
IB_H3 = iban("FR", "20041010050500371482267")
A(H, "החשבון שלי עדיין בצרפת, %s" % grp(IB_H3, "4444443"),
  ("iban", grp(IB_H3, "4444443")))
CD_H3 = card("4970 1044 8812 753")
A(H, "הכרטיס זה ויזה צרפתי, %s" % grp(CD_H3, "4444"),
  ("card", grp(CD_H3, "4444")))
A(H, "stephane point attal arobase orange point fr",
  ("email", "stephane point attal arobase orange point fr"),
  ctx="באיזה אימייל נרשמת?")
A(H, "ארבעה ביולי שישים ושתיים",
  ("date_of_birth", "ארבעה ביולי שישים ושתיים"), ctx="ותאריך לידה?")
A(H, "הקאשבק עובר לסטטוס מאושר רק אחרי 60 יום, ואז אפשר למשוך מעל 50 ש״ח")

# --- call 6: coffee-chain stamp card, English-speaking immigrant -----------
A(H, "היי, אה, זאת רחל, Rachel Goldberg, סליחה העברית שלי לא הכי...",
  ("name", "רחל"), ("name", "Rachel Goldberg"))
A(H, "יש לי כרטיס מועדון של קפה גרעין, היו לי 9 חותמות, ועוד אחת זה קפה "
     "חינם, והכרטיס נעלם מהאפליקציה")
CD_H4 = card("5236 9911 4470 315")
A(H, "oh, okay, %s" % grp(CD_H4, "4444"), ("card", grp(CD_H4, "4444")),
  ctx="איזה כרטיס אשראי חיברת לאפליקציה?")
A(H, "הטלפון שלי 058-7331264", ("phone", "058-7331264"))
A(H, "rachel.g שטרודל gmail נקודה com",
  ("email", "rachel.g שטרודל gmail נקודה com"))
A(H, "החזרתי לך את 9 החותמות, ובנוסף בימי ראשון כל קפה שני בחמישים אחוז "
     "הנחה עד סוף החודש")
A(H, "הכרטיס הפיזי מספר 7700 4128 9031 עדיין פעיל, רק צריך לחבר אותו מחדש")


# --- call 7: radio morning-show contest, young caller from Ashdod ----------
A(H, "הלו, מדבר ליאור מהדסק של תוכנית הבוקר, חזרתי אלייך לגבי הזכייה",
  ("name", "ליאור"))
A(H, "היי! וואו, כן, זאת שירי, שירן ביטון", ("name", "שירי"),
  ("name", "שירן ביטון"))
A(H, "אז ככה, זכית בשובר בשווי 2,000 ש״ח לרשת האופנה, השובר בתוקף שנה "
     "מיום ההנפקה")
TZ_H5 = il_id("20741593")
SP_H4 = he("20 74 15 93 ~" + TZ_H5[-1])
A(H, "%s" % SP_H4, ("id", SP_H4), ctx="בשביל הדיווח למס אני צריך ת״ז")
A(H, "2.2.2001", ("date_of_birth", "2.2.2001"), ctx="ותאריך לידה?")
A(H, "שדרות מנחם בגין 45, דירה 9, אשדוד",
  ("address", "שדרות מנחם בגין 45, דירה 9, אשדוד"),
  ctx="לאן לשלוח את השובר המודפס?")
A(H, "shiran.b2001 שטרודל gmail נקודה com",
  ("email", "shiran.b2001 שטרודל gmail נקודה com"))
A(H, "זה 053-2287416, אפשר גם וואטסאפ", ("phone", "053-2287416"))
A(H, "השידור שלך עלה ביום רביעי ב-8:15, ואם תרצי את ההקלטה אני אשלח לך "
     "קישור")
IB_H4 = iban("IL", "0207440000000518826")
A(H, "רגע, אני פותחת את האפליקציה של הבנק... %s" % grp(IB_H4, "444443"),
  ("iban", grp(IB_H4, "444443")),
  ctx="או שאפשר לקבל את השווי בכסף, 1,700 ש״ח אחרי מס, אז צריך IBAN")

# --- call 8: football pools, older caller from Jerusalem ------------------
A(H, "ערב טוב, מדבר שלמה פרץ, אני ממלא טוטו כבר ארבעים שנה",
  ("name", "שלמה פרץ"))
A(H, "בטוטו 16 של השבת היו לי 15 ניחושים נכונים, ובאתר כתוב שהזכייה היא "
     "רק 312 שקל")
A(H, "נכון, במחזור 2318 היו 41 זוכים עם 15 ניחושים, אז הפרס מתחלק, זה "
     "312 שקל ו-40 אגורות לכל טור")
A(H, "הטופס שמולא בדוכן ברחוב אגריפס, שני טורים כפולים, 24 ש״ח")
TZ_H6 = il_id("01593486")
SP_H5 = he("~0 15 93 48 ~" + TZ_H6[-2:], v="m")
A(H, "מספר זהות %s" % SP_H5, ("id", SP_H5))
PH_H3 = he("~02 ~671 ~44 90")
A(H, "בבית, %s" % PH_H3, ("phone", PH_H3), ctx="ומספר טלפון?")
A(H, "רחוב יפו 120, כניסה ב׳, ירושלים",
  ("address", "רחוב יפו 120, כניסה ב׳, ירושלים"), ctx="וכתובת?")
IB_H5 = iban("IL", "0117120000004432719")
SP_H6 = "אי אל %s, %s" % (he(IB_H5[2:4]), he("~" + IB_H5[4:]))
A(H, SP_H6, ("iban", SP_H6),
  ctx="במכתב ששלחנו יש שורה של מספר IBAN, תקריא לי אותה")
A(H, "זכיות עד 600 שקל אפשר לפדות בכל נקודת מכירה, לא צריך להעביר לבנק")

# --- call 9: lottery subscription, changing the credit card ---------------
A(H, "כאן יוסי מזרחי, המנוי שלי ללוטו נפל, לא ירד החיוב כבר פעמיים",
  ("name", "יוסי מזרחי"))
CD_H5 = card("5412 6630 1958 427")
CD_H6 = card("4557 2081 6643 119")
A(H, "הכרטיס הישן היה %s והוא פג תוקף, החדש זה %s" % (
    grp(CD_H5, "4444"), he(grp(CD_H6, "4444"))),
  ("card", grp(CD_H5, "4444")), ("card", he(grp(CD_H6, "4444"))))
A(H, "אז עדכנתי %s, תודה יוסי" % grp(CD_H6, "4444", "-"),
  ("card", grp(CD_H6, "4444", "-")), ("name", "יוסי"))
A(H, "עשרים ושלושה בנובמבר, שמונים וחמש",
  ("date_of_birth", "עשרים ושלושה בנובמבר, שמונים וחמש"),
  ctx="לפני שאני משנה אמצעי תשלום, תאריך לידה?")
A(H, "yossi.m קו תחתון 85 שטרודל hotmail נקודה com",
  ("email", "yossi.m קו תחתון 85 שטרודל hotmail נקודה com"),
  ctx="ואימייל לקבלות?")
A(H, "המנוי עולה 29.90 לחודש, שתי הגרלות בשבוע, שלישי ושבת, וההגרלות "
     "שפספסת לא מחויבות")
A(H, "ההגרלה הבאה ביום שלישי ב-22:30, הפרס הראשון 12 מיליון")

# --- call 10: casino-cruise players' club, Eilat ---------------------------
A(H, "שלום, קוראים לי משה אזולאי, הייתי בהפלגה מאילת בחודש שעבר",
  ("name", "משה אזולאי"))
A(H, "בכרטיס מועדון השחקנים היו לי 14,200 נקודות, ובאתר רואים רק 4,200")
A(H, "אני רואה שהנקודות מהשולחן של הבלאק ג'ק, שולחן 6, לא נקלטו, ההפלגה "
     "יצאה ב-3 במאי וחזרה ב-5")
CD_H7 = card("3759 824610 3387")
A(H, "אמריקן אקספרס, %s" % grp(CD_H7, "465"), ("card", grp(CD_H7, "465")),
  ctx="עם איזה כרטיס שילמת על ההפלגה?")
A(H, "moshe.azulay שטרודל yahoo נקודה com",
  ("email", "moshe.azulay שטרודל yahoo נקודה com"))
IB_H6 = iban("CY", "005007030000000357219468")
A(H, "החברה בקפריסין אז הם ביקשו ממני פעם IBAN קפריסאי, יש לי חשבון שם, "
     "%s" % grp(IB_H6, "4444444"), ("iban", grp(IB_H6, "4444444")))
A(H, "רחוב התמרים 7, אילת", ("address", "רחוב התמרים 7, אילת"),
  ctx="לאן לשלוח את השובר להפלגה הבאה?")
A(H, "התא שלך היה 412 בסיפון 4, וההפלגה הבאה עם הטבת חברי מועדון יוצאת "
     "ב-17 ביוני, 20 אחוז הנחה")

# --- call 11: scratch card, caller from Be'er Sheva ------------------------
A(H, "שלום, שמי מזל אוחיון, גירדתי כרטיס של מפעל המזל וזכיתי ב-10,000",
  ("name", "מזל אוחיון"))
A(H, "איזה מזל, כל הכבוד! הכרטיס נקנה בקיוסק ליד התחנה המרכזית בבאר שבע?")
A(H, "כן, כרטיס 'כפול ומכופל', מספר סידורי 771-20943-118")
TZ_H7 = il_id("06622815")
A(H, "%s %s" % (TZ_H7[:4], TZ_H7[4:]), ("id", "%s %s" % (TZ_H7[:4],
                                                        TZ_H7[4:])),
  ctx="מספר תעודת זהות, כולל ספרת ביקורת")
A(H, "15/6/58", ("date_of_birth", "15/6/58"), ctx="תאריך לידה?")
A(H, "שכונה ד׳, רחוב רינגלבלום 33, באר שבע",
  ("address", "שכונה ד׳, רחוב רינגלבלום 33, באר שבע"))
A(H, "הטלפון 054-9102236, זה של הבן שלי אבל הוא תמיד איתי",
  ("phone", "054-9102236"))
IB_H7 = iban("IL", "0316050000002209514")
A(H, "%s" % grp(IB_H7, "444443", "-"), ("iban", grp(IB_H7, "444443", "-")),
  ctx="בסדר, ומספר IBAN להעברה?")
A(H, "מעל 5,000 צריך להגיע לאחד ממרכזי הפדיון, הקרוב אלייך בבאר שבע "
     "ברחוב הנשיאים, בימים א׳ עד ה׳")

# --- call 12: gift-card cash-back, Israeli student in London ---------------
A(H, "היי, מדברת נועה שמש, אני סטודנטית בלונדון ויש לי כרטיס מתנה שהקאשבק "
     "שלו לא נכנס", ("name", "נועה שמש"))
A(H, "אני רואה שהכרטיס נטען ב-500 ש״ח ב-1 בספטמבר, ביום ראשון בבוקר, "
     "והקאשבק היה אמור להיכנס עד סוף החודש")
CD_H8 = card("4929 0317 5528 804")
A(H, "%s, ויזה בריטית" % grp(CD_H8, "4444"), ("card", grp(CD_H8, "4444")),
  ctx="לאיזה כרטיס להחזיר את הקאשבק?")
IB_H8 = iban("GB", "BARC20325373419904")
A(H, "או לחשבון, %s" % IB_H8, ("iban", IB_H8))
A(H, "Flat 4, 22 Kilburn High Road, London NW6 5UA",
  ("address", "Flat 4, 22 Kilburn High Road, London NW6 5UA"),
  ctx="והכתובת שלך בלונדון?")
A(H, "פלוס ארבעים וארבע, 7723 901 448",
  ("phone", "פלוס ארבעים וארבע, 7723 901 448"), ctx="טלפון?")
A(H, "noa.shemesh שטרודל ucl נקודה ac נקודה uk",
  ("email", "noa.shemesh שטרודל ucl נקודה ac נקודה uk"))
A(H, "ה-9 בינואר 1999", ("date_of_birth", "9 בינואר 1999"),
  ctx="ותאריך לידה לאימות")
A(H, "הקאשבק על כרטיסי מתנה הוא 5 אחוז, כלומר 25 ש״ח, והוא נכנס בתוך 30 "
     "יום מהטעינה")

# --- call 13: coupon booklet hotline (numbers only) -----------------------
A(H, "בפנקס הקופונים יש 40 שוברים, כל שובר של 10 או 20 אחוז, והפנקס עולה "
     "49 ש״ח")
A(H, "הקופון של המסעדה בתל אביב לא תקף בשישי ושבת, ורק עד 18:00 בימים "
     "רגילים")
A(H, "קוד הקופון הוא SAVE-2024-77, והוא פג ב-31 בדצמבר")
A(H, "יש לך עוד 12 קופונים שלא מומשו, השווי הכולל בערך 380 שקל")


# --- call 14: winnings desk, results and rules ----------------------------
A(H, "תוצאות הלוטו של מוצאי שבת: 3, 11, 19, 24, 30, 36, והמספר החזק 5")
A(H, "בצ'אנס של 14:00 יצאו אס תלתן, מלך יהלום, עשר לב ושבע עלה")
A(H, "זכייה עד 49 אלף ש״ח פטורה מניכוי, ומעל זה מנכים 35 אחוז מס במקור")
A(H, "ההגרלה של יום חמישי הבא, ה-14 בנובמבר, היא הגרלה כפולה, הפרס הראשון "
     "30 מיליון")
A(H, "בווינר מגבלת ההימור היא 1,000 שקל לטופס, והזכייה המקסימלית 250 אלף")
A(H, "דוד שלי תמיד אומר שבלוטו צריך לשחק על אותם מספרים כל שבוע, אז אני "
     "ממלאת את התאריכים של הילדים")
A(H, "שלום, הגעת למוקד הזכיות, שמי אורטל, איך אפשר לעזור?",
  ("name", "אורטל"))
A(H, "כאן רונית מרמת גן, רציתי לשאול על פרס שלא קיבלתי",
  ("name", "רונית"))
A(H, "נולדתי בחמישה באוגוסט חמישים וחמש",
  ("date_of_birth", "חמישה באוגוסט חמישים וחמש"),
  ctx="בשביל לאתר את הזכייה אני צריכה תאריך לידה")


# ---------------------------------------------------------------------------
# Greek
# ---------------------------------------------------------------------------
G = "el"
EL_HUND = ("_ εκατό διακόσια τριακόσια τετρακόσια πεντακόσια εξακόσια "
           "εφτακόσια οχτακόσια εννιακόσια").split()


def _el_hund(t):
    h, rest = int(t[0]), int(t[1:])
    assert len(t) == 3 and h > 0, t
    w = EL_HUND[h]
    if rest == 0:
        return w
    if h == 1:
        w = "εκατόν"
    if rest < 10:
        return w + " " + EL_D["col"][rest]
    return w + " " + _two("el", rest, "col")


def el(spec, v="col"):
    """Like say('el', ...), and '%123' says a three-digit number."""
    out = []
    for tok in spec.split():
        if tok.startswith("%"):
            out.append(_el_hund(tok[1:]))
        else:
            out.append(say("el", tok, v=v))
    return " ".join(out)


def afm_spoken(d):
    """AFM read as 0 / two-digit / hundreds / hundreds."""
    assert d[0] == "0" and d[1] != "0" and d[3] != "0" and d[6] != "0", d
    return el("~0 %s %%%s %%%s" % (d[1:3], d[3:6], d[6:9]))


# --- call 1: Joker prize claim, older caller from Athens --------------------
A(G, "Παίγνια Αιγαίου, καλησπέρα σας, ονομάζομαι Δέσποινα, πώς μπορώ να "
     "σας βοηθήσω;", ("name", "Δέσποινα"))
A(G, "Καλησπέρα, εδώ Γιώργος Παπαδόπουλος, μου βγήκε το Τζόκερ, πέντε "
     "νούμερα, χωρίς τον Τζόκερ όμως", ("name", "Γιώργος Παπαδόπουλος"))
A(G, "Μάλιστα, στην κλήρωση της Πέμπτης, αριθμοί 4, 12, 23, 31, 40 και "
     "Τζόκερ 7, το κέρδος για πέντε επιτυχίες είναι 94.310 ευρώ")
A(G, "Τα κέρδη πάνω από 100 ευρώ φορολογούνται, και πληρώνονται σε "
     "τραπεζικό λογαριασμό μέσα σε 10 εργάσιμες")
A(G, "Κύριε Παπαδόπουλε, θα χρειαστώ τον ΑΦΜ σας",
  ("name", "Παπαδόπουλε"))
AFM_G1 = afm("04218763")
A(G, "Ναι, %s" % afm_spoken(AFM_G1), ("id", afm_spoken(AFM_G1)))
A(G, "Δηλαδή %s %s %s, σωστά;" % (AFM_G1[:3], AFM_G1[3:6], AFM_G1[6:]),
  ("id", "%s %s %s" % (AFM_G1[:3], AFM_G1[3:6], AFM_G1[6:])))
A(G, "Γεννήθηκα στις 3 Φεβρουαρίου 1951",
  ("date_of_birth", "3 Φεβρουαρίου 1951"))
IB_G1 = iban("GR", "01101280000012847305519")
A(G, "Στην Εθνική, %s" % grp(IB_G1, "4444443"),
  ("iban", grp(IB_G1, "4444443")), ctx="Και το IBAN σας;")
A(G, "Πατησίων 112, τρίτος όροφος, Κυψέλη, 11257",
  ("address", "Πατησίων 112, τρίτος όροφος, Κυψέλη, 11257"),
  ctx="Και η διεύθυνση κατοικίας σας;")
PH_G1 = el("%210 82 31 %447")
A(G, "Σπίτι, %s" % PH_G1, ("phone", PH_G1), ctx="Ένα τηλέφωνο επικοινωνίας;")

# --- call 2: sports-betting account locked, young caller from Thessaloniki -
A(G, "Γεια σας, είμαι ο Στέλιος Μαυρίδης, μου έχουν κλειδώσει τον "
     "λογαριασμό στο στοίχημα", ("name", "Στέλιος Μαυρίδης"))
A(G, "Έπαιξα ένα παρολί, ΠΑΟΚ-Άρης άσος με απόδοση 1,85 και Ολυμπιακός "
     "διπλό στο 2,40, είκοσι ευρώ, και το κέρδος ήταν 88,80")
A(G, "Στέλιο, ο λογαριασμός κλειδώθηκε επειδή δεν έχει γίνει ταυτοποίηση. "
     "Πες μου την ημερομηνία γέννησης", ("name", "Στέλιο"))
A(G, "δώδεκα του τρία ενενήντα εννιά",
  ("date_of_birth", "δώδεκα του τρία ενενήντα εννιά"))
AFM_G2 = afm("15370284")
SP_G1 = "158, όχι συγγνώμη, %s %s %s" % (AFM_G2[:3], AFM_G2[3:6], AFM_G2[6:])
A(G, "Ο ΑΦΜ μου είναι %s" % SP_G1, ("id", SP_G1))
A(G, "stelios κάτω παύλα mav παπάκι gmail τελεία com",
  ("email", "stelios κάτω παύλα mav παπάκι gmail τελεία com"),
  ctx="Και το email του λογαριασμού;")
PH_G2 = el("69 44 ~1 27 53 ~0")
A(G, "%s" % PH_G2, ("phone", PH_G2), ctx="Το κινητό σου για τον κωδικό;")
CD_G1 = card("5168 4420 9317 064")
A(G, "Mastercard, %s" % grp(CD_G1, "4444"), ("card", grp(CD_G1, "4444")),
  ctx="Με ποια κάρτα έκανες την κατάθεση;")
A(G, "Μόλις ανέβουν τα έγγραφα, η ανάληψη των 88,80 ευρώ θα γίνει μέσα σε "
     "24 ώρες, κωδικός αιτήματος 330-915")

# --- call 3: Limassol casino players' club, Cypriot caller ----------------
A(G, "Καλησπέρα, Καζίνο Λεμεσού, Players Club, είμαι ο Χαράλαμπος",
  ("name", "Χαράλαμπος"))
A(G, "Γεια σου, είμαι η Ελένη Χριστοδούλου, ίντα γίνεται με τους πόντους "
     "μου; Εν τους βλέπω στην εφαρμογή", ("name", "Ελένη Χριστοδούλου"))
A(G, "Είχα 3.500 πόντους από τη ρουλέτα το Σάββατο, τραπέζι 9, και τωρά "
     "εν μηδέν")
A(G, "Οι πόντοι από τα τραπέζια περνούν μετά από 48 ώρες. Έχει και τουρνουά "
     "πόκερ στις 21 του μήνα, buy-in 150 ευρώ")
A(G, "Το κινητό μου εν 99 634 218", ("phone", "99 634 218"))
CD_G2 = card("4073 9921 5560 381")
A(G, "Visa, %s" % grp(CD_G2, "4444"), ("card", grp(CD_G2, "4444")),
  ctx="Με ποια κάρτα θέλετε να πληρώσετε το buy-in;")
IB_G2 = iban("CY", "002011700000000461239907")
A(G, "Τα κέρδη να πάσιν στον λογαριασμό μου, %s" % grp(IB_G2, "4444444"),
  ("iban", grp(IB_G2, "4444444")))
A(G, "Λεωφόρος Μακαρίου 55, διαμέρισμα 302, Λεμεσός 3065",
  ("address", "Λεωφόρος Μακαρίου 55, διαμέρισμα 302, Λεμεσός 3065"),
  ctx="Η διεύθυνση για την καινούργια κάρτα μέλους;")
A(G, "eleni.christodoulou παπάκι cytanet τελεία com τελεία cy",
  ("email", "eleni.christodoulou παπάκι cytanet τελεία com τελεία cy"))

# --- call 4: supermarket points, older caller from Agia Paraskevi ----------
A(G, "Λέγομαι Παρασκευή Νικολάου, αλλά όλοι Βούλα με λένε",
  ("name", "Παρασκευή Νικολάου"), ("name", "Βούλα"))
A(G, "Ψώνισα την Παρασκευή στο κατάστημα της Αγίας Παρασκευής, 78 ευρώ, "
     "και δεν μου πέρασαν οι πόντοι")
A(G, "Κυρία Βούλα, βλέπω τις αγορές σας, στην απόδειξη 2217 δεν είχε "
     "σκαναριστεί η κάρτα", ("name", "Βούλα"))
A(G, "Είκοσι πέντε Μαΐου του σαράντα εννιά",
  ("date_of_birth", "Είκοσι πέντε Μαΐου του σαράντα εννιά"),
  ctx="Για επιβεβαίωση, ημερομηνία γέννησης;")
A(G, "697 745 0311, το κινητό", ("phone", "697 745 0311"))
CD_G3 = card("4578 3320 1694 227")
SP_G2 = el(grp(CD_G3, "4444"), v="frm")
A(G, "Την έχω συνδέσει με την κάρτα της τράπεζας, %s" % SP_G2,
  ("card", SP_G2))
A(G, "Αγίου Ιωάννου 14, Αγία Παρασκευή",
  ("address", "Αγίου Ιωάννου 14, Αγία Παρασκευή"),
  ctx="Να σας στείλω και την καινούργια κάρτα, σε ποια διεύθυνση;")
A(G, "Τους 156 πόντους σας τους πρόσθεσα τώρα, με 500 πόντους παίρνετε "
     "κουπόνι 5 ευρώ, που ισχύει μέχρι 30 Ιουνίου")

# --- call 5: radio competition, young caller from Heraklion ---------------
A(G, "Γεια σου, είμαι ο Μάκης από το Ράδιο Κνωσός, σε παίρνω για τον "
     "διαγωνισμό", ("name", "Μάκης"))
A(G, "Αλήθεια; Κέρδισα; Είμαι η Κάτια, Αικατερίνη Σφακιανάκη κανονικά",
  ("name", "Κάτια"), ("name", "Αικατερίνη Σφακιανάκη"))
A(G, "Κέρδισες ένα Σαββατοκύριακο για δύο στη Σαντορίνη, 2 διανυκτερεύσεις, "
     "και 300 ευρώ σε δωροεπιταγές")
AFM_G3 = afm("13926450")
A(G, "%s" % el("~" + AFM_G3, v="frm"), ("id", el("~" + AFM_G3, v="frm")),
  ctx="Για την απόδοση του φόρου χρειάζομαι τον ΑΦΜ σου")
IB_G3 = iban("GR", "01407350000735102448196")
A(G, "Το IBAN είναι %s" % IB_G3, ("iban", IB_G3))
A(G, "Λεωφόρος Κνωσού 214, Ηράκλειο, 71409",
  ("address", "Λεωφόρος Κνωσού 214, Ηράκλειο, 71409"),
  ctx="Πού να σου στείλουμε τις δωροεπιταγές;")
A(G, "katia.sfak παπάκι yahoo τελεία gr",
  ("email", "katia.sfak παπάκι yahoo τελεία gr"))
A(G, "7/11/2000", ("date_of_birth", "7/11/2000"),
  ctx="Και ημερομηνία γέννησης για το ξενοδοχείο;")
A(G, "Στο ίδιο κινητό, 698 320 4451", ("phone", "698 320 4451"))

# --- call 6: coffee-pack caps promotion, caller from Larnaca --------------
A(G, "Γεια σας, Αντρίκκος εδώ, Αντρέας Γεωργίου, μάζεψα 20 καπάκια από τον "
     "καφέ για το δώρο", ("name", "Αντρίκκος"), ("name", "Αντρέας Γεωργίου"))
A(G, "Με 20 καπάκια παίρνετε την κούπα, με 50 τη μηχανή εσπρέσο, και η "
     "προσφορά λήγει στις 31 Οκτωβρίου")
A(G, "Οδός Ερμού 15, Λάρνακα 6021", ("address", "Οδός Ερμού 15, Λάρνακα 6021"),
  ctx="Πού να στείλουμε το δώρο;")
PH_G3 = "συν " + el("%357 96 ~118 ~402")
A(G, "%s" % PH_G3, ("phone", PH_G3), ctx="Ένα τηλέφωνο για τον κούριερ;")
A(G, "antrikkos64 παπάκι hotmail τελεία com",
  ("email", "antrikkos64 παπάκι hotmail τελεία com"))
A(G, "Εννιά του εφτά του εξήντα τέσσερα",
  ("date_of_birth", "Εννιά του εφτά του εξήντα τέσσερα"),
  ctx="Και ημερομηνία γέννησης, για να επιβεβαιώσω ότι είστε ενήλικας")
A(G, "Ο κωδικός συμμετοχής σας είναι CF-7731-204 και θα λάβετε SMS όταν "
     "φύγει το δέμα")


# --- call 7: cash-back app, Albanian-born caller in Athens -----------------
A(G, "Γεια σας, με λένε Ερμίρα Χότζα, έχω την εφαρμογή Επιστροφή Plus και "
     "δεν μου έχουν δώσει τα χρήματα", ("name", "Ερμίρα Χότζα"))
A(G, "Έκανα τρεις αγορές τον Μάρτιο, σύνολο 240 ευρώ, με επιστροφή 4%, "
     "δηλαδή 9,60 ευρώ, και ακόμα γράφει σε εκκρεμότητα")
A(G, "Η επιστροφή εγκρίνεται όταν περάσει η περίοδος επιστροφής προϊόντων, "
     "45 μέρες, και η ελάχιστη ανάληψη είναι 10 ευρώ")
CD_G4 = card("4175 0093 2281 736")
A(G, "Η κάρτα είναι... συγγνώμη, είναι Visa Electron, %s" % grp(CD_G4,
                                                              "4444"),
  ("card", grp(CD_G4, "4444")))
A(G, "ermira.hoxha παπάκι gmail τελεία com",
  ("email", "ermira.hoxha παπάκι gmail τελεία com"),
  ctx="Με ποιο email είστε εγγεγραμμένη;")
IB_G4 = iban("GR", "01722310000223104937762")
A(G, "Και για την ανάληψη, το IBAN μου %s" % grp(IB_G4, "4444443"),
  ("iban", grp(IB_G4, "4444443")))
A(G, "15.04.1988", ("date_of_birth", "15.04.1988"),
  ctx="Την ημερομηνία γέννησής σας για ταυτοποίηση;")
A(G, "Ευχαριστώ κυρία Χότζα, θα το δει το τμήμα πληρωμών μέσα σε 48 ώρες",
  ("name", "Χότζα"))

# --- call 8: football pools, older caller from Patras ----------------------
A(G, "Εδώ Τάκης, από την Πάτρα, παίζω Προπό από το 1975", ("name", "Τάκης"))
A(G, "Είχα 13 σημεία στη στήλη, στο κουπόνι της 38ης αγωνιστικής, και μου "
     "λένε στο πρακτορείο ότι κερδίζω μόνο 42 ευρώ")
A(G, "Σωστά, την 38η αγωνιστική είχαμε 1.204 νικητές με 13 σημεία, γιατί δεν "
     "έγινε κανένα διπλό, οπότε η απόδοση είναι χαμηλή")
A(G, "Το δελτίο έχει κωδικό 0441 2290 8817 και παίχτηκε την Κυριακή στις "
     "11:20 το πρωί")
AFM_G4 = afm("06834217")
A(G, "Γράψε: %s" % afm_spoken(AFM_G4), ("id", afm_spoken(AFM_G4)),
  ctx="Για την ένσταση χρειάζομαι τον ΑΦΜ σας")
A(G, "%s, εντάξει, τον πέρασα" % AFM_G4, ("id", AFM_G4))
A(G, "Κορίνθου 203, Πάτρα, 26223", ("address", "Κορίνθου 203, Πάτρα, 26223"),
  ctx="Διεύθυνση αλληλογραφίας;")
A(G, "2610 443 912, σπίτι", ("phone", "2610 443 912"))

# --- call 9: scratch card, caller from Nicosia ------------------------------
A(G, "Καλημέρα, Μιχάλης Κωνσταντίνου, που τη Λευκωσία, κέρδισα 10.000 στο "
     "ξυστό", ("name", "Μιχάλης Κωνσταντίνου"))
A(G, "Συγχαρητήρια! Για ποσά πάνω από 5.000 πρέπει να έρθετε στα γραφεία "
     "μας στη Λεωφόρο Αρχιεπισκόπου Κυπριανού, με την ταυτότητα και το "
     "λαχείο")
A(G, "Το λαχείο έχει σειρά 4471 και αριθμό 208813, αγοράστηκε στο περίπτερο "
     "στην Ερμού")
IB_G5 = iban("CY", "003002100000000288741530")
A(G, "Εν μπορώ να τα στείλετε στον λογαριασμό; %s" % grp(IB_G5, "4444444"),
  ("iban", grp(IB_G5, "4444444")))
PH_G4 = el("99 87 13 ~05")
A(G, "Το κινητό μου, %s" % PH_G4, ("phone", PH_G4))
A(G, "michalis.k παπάκι primehome τελεία com",
  ("email", "michalis.k παπάκι primehome τελεία com"))
A(G, "Οδός Στασικράτους 12, διαμέρισμα 4, Λευκωσία 1065",
  ("address", "Οδός Στασικράτους 12, διαμέρισμα 4, Λευκωσία 1065"),
  ctx="Και η διεύθυνσή σας;")
A(G, "Εντάξει Μιχάλη, σε περιμένουμε τη Δευτέρα", ("name", "Μιχάλη"))

# --- call 10: online keno subscription, young caller from Athens ----------
A(G, "Γεια σας, λέγομαι Ιωάννα Ραφαηλίδου, θέλω να αλλάξω κάρτα στη "
     "συνδρομή", ("name", "Ιωάννα Ραφαηλίδου"))
CD_G5 = card("4940 1822 7365 019")
A(G, "Η νέα κάρτα είναι %s" % grp(CD_G5, "4444"),
  ("card", grp(CD_G5, "4444")))
SP_G3 = el(grp(CD_G5, "4444"))
A(G, "Οπότε %s, σωστά;" % SP_G3, ("card", SP_G3))
A(G, "21 Αυγούστου 1997", ("date_of_birth", "21 Αυγούστου 1997"),
  ctx="Ημερομηνία γέννησης, για να επιβεβαιώσω;")
A(G, "ioanna.raf κάτω παύλα 97 παπάκι outlook τελεία com",
  ("email", "ioanna.raf κάτω παύλα 97 παπάκι outlook τελεία com"))
IB_G6 = iban("GR", "02603450000340200417385")
A(G, "Το υπόλοιπο των 37,50 να πάει στο %s" % IB_G6, ("iban", IB_G6))
A(G, "Η συνδρομή είναι 2 ευρώ ανά κλήρωση, κάθε 5 λεπτά από τις 9 το πρωί, "
     "με ημερήσιο όριο 50 ευρώ")
A(G, "Οι κληρώσεις 1.145.220 έως 1.145.380 πληρώθηκαν κανονικά")

# --- call 11: lottery subscription by post, older caller from Volos -------
A(G, "Με λένε Φωτεινή Καραγιάννη, από τον Βόλο, έχω συνδρομή στο Λαϊκό εδώ "
     "και είκοσι χρόνια", ("name", "Φωτεινή Καραγιάννη"))
A(G, "Η συνδρομή σας είναι 5 λαχνοί την εβδομάδα, 2,50 ο λαχνός, και η "
     "επόμενη κλήρωση είναι την Τρίτη 14 Ιανουαρίου")
A(G, "Ιάσονος 47, Βόλος, 38221", ("address", "Ιάσονος 47, Βόλος, 38221"),
  ctx="Σε ποια διεύθυνση έρχονται οι λαχνοί σας;")
A(G, "24210 35718", ("phone", "24210 35718"), ctx="Τηλέφωνο σταθερό;")
AFM_G5 = afm("03571946")
A(G, "ΑΦΜ %s" % " ".join(AFM_G5), ("id", " ".join(AFM_G5)))
CD_G6 = card("6759 3341 0028 7716 44")
A(G, "Η κάρτα που πληρώνω είναι η %s" % grp(CD_G6, "44443"),
  ("card", grp(CD_G6, "44443")))
IB_G7 = iban("GR", "01104510000451762093318")
A(G, "Τα κέρδη να πηγαίνουν στον λογαριασμό, %s" % grp(IB_G7, "4444443"),
  ("iban", grp(IB_G7, "4444443")))
A(G, "Ο λαχνός 048213 κέρδισε 20 ευρώ στην κλήρωση της 7ης Ιανουαρίου, θα "
     "σας τα πιστώσουμε στην επόμενη συνδρομή")

# --- call 12: casino self-exclusion, caller from Loutraki ------------------
A(G, "Καλησπέρα, είμαι ο Νίκος, Νίκος Αλεξίου, θέλω να αποκλειστώ από το "
     "καζίνο", ("name", "Νίκος", 0), ("name", "Νίκος Αλεξίου"))
A(G, "Έχω χάσει κοντά 6.000 ευρώ από τον Σεπτέμβριο, πήγαινα κάθε Σάββατο "
     "στο Λουτράκι")
AFM_G6 = afm("12045873")
SP_G4 = "%s, %s %s" % (el("%" + AFM_G6[:3]), AFM_G6[3:6], AFM_G6[6:])
A(G, "ΑΦΜ %s" % SP_G4, ("id", SP_G4))
A(G, "τριάντα του δέκα, ογδόντα δύο",
  ("date_of_birth", "τριάντα του δέκα, ογδόντα δύο"),
  ctx="Και ημερομηνία γέννησης;")
A(G, "nikos alexiou 82 παπάκι gmail τελεία com",
  ("email", "nikos alexiou 82 παπάκι gmail τελεία com"))
CD_G7 = card("5213 7740 6618 902")
A(G, "Και να μπλοκάρετε και την κάρτα %s, να μην μπορώ να ποντάρω online"
  % grp(CD_G7, "4444"), ("card", grp(CD_G7, "4444")))
IB_G8 = iban("GR", "01708800000880123365021")
A(G, "Το υπόλοιπο στον λογαριασμό σας θα επιστραφεί στο %s" % grp(
    IB_G8, "4444443"), ("iban", grp(IB_G8, "4444443")))
A(G, "Ο αυτοαποκλεισμός ισχύει για 12 μήνες τουλάχιστον, σε όλα τα καζίνο "
     "της χώρας, και δεν ανακαλείται πριν λήξει")
A(G, "Σου στέλνω και τη γραμμή βοήθειας με μήνυμα, είναι δωρεάν και "
     "ανώνυμη")

# --- general lines from lottery, betting and loyalty calls (no personal data)
A(G, "Στο Τζόκερ της Κυριακής το τζακποτ φτάνει τα 4,5 εκατομμύρια, "
     "κλήρωση στις 22:00")
A(G, "Οι αριθμοί που κληρώθηκαν στο Λόττο: 5, 17, 28, 33, 41, 46, και ο "
     "συμπληρωματικός 19")
A(G, "Το κουπόνι έκπτωσης 10 ευρώ ισχύει για αγορές άνω των 60 ευρώ, μέχρι "
     "15 Δεκεμβρίου")
A(G, "Το πρακτορείο στην οδό Αγίου Δημητρίου κλείνει στις 9 το βράδυ το "
     "Σάββατο")
A(G, "Στο Παναθηναϊκός-ΑΕΚ η απόδοση ήταν 2,10 για τον άσο και 3,25 για την "
     "ισοπαλία")
A(G, "Μπορείτε να εξαργυρώσετε 1.000 πόντους για δωροκάρτα 10 ευρώ ή να "
     "τους κρατήσετε μέχρι τον Μάιο")
A(G, "Ο Άγιος Βασίλης φέτος φέρνει διπλούς πόντους από 20 έως 31 Δεκεμβρίου")
A(G, "Το ξυστό Χρυσή Λίρα κοστίζει 3 ευρώ και το μέγιστο κέρδος είναι "
     "100.000")
A(G, "εεε το ΚΙΝΟ κληρώνει κάθε πέντε λεπτά και το ελάχιστο ποντάρισμα είναι "
     "50 λεπτά")
A(G, "Η ανάληψη 120 ευρώ από τις 3 Μαρτίου φαίνεται εκτελεσμένη, αριθμός "
     "συναλλαγής 7730 0412 9958 36")


A(G, "ναι ναι το είδα το μήνυμα αλλά έγραφε ότι ο κωδικός 48 21 90 έληξε την "
     "Πέμπτη")
A(G, "Στις 14 Φεβρουαρίου, του Αγίου Βαλεντίνου, είχαμε διπλούς πόντους σε "
     "όλα τα καταστήματα")
A(G, "Η κλήρωση της Πρωτοχρονιάς έχει 20 εκατομμύρια, ο λαχνός κοστίζει 30 "
     "ευρώ και το ένα δέκατο 3 ευρώ")
A(G, "Η κάρτα μέλους σας είναι η χρυσή, με 12.400 πόντους, και ανεβαίνετε σε "
     "πλατινένια στους 15.000")
A(G, "Η πτήση για το ταξίδι του διαγωνισμού είναι A3 652, αναχώρηση 7:40 από "
     "Ηράκλειο, επιστροφή Κυριακή 21:15")
A(G, "εντάξει κατάλαβα άρα περιμένω μέχρι την Τετάρτη 12 του μήνα και αν δεν "
     "έρθει ξαναπαίρνω")
A(G, "Καλησπέρα, στο τμήμα κερδών, η Βασιλική είμαι, πείτε μου",
  ("name", "Βασιλική"))
A(G, "Α, και μετακόμισα, τώρα μένω στην Αλεξάνδρας 76, Αμπελόκηποι",
  ("address", "Αλεξάνδρας 76, Αμπελόκηποι"))


if __name__ == "__main__":
    main()
