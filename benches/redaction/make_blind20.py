#!/usr/bin/env python3
"""Blind evaluation set "blind20" for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief (the
product's specification of what counts as personal, the output format and a list
of sectors to avoid). It never opened the redactor, its rules, its tests, or any
other evaluation set or generator. Every call, name and value is invented; values
that carry a check digit (cards, IBANs, national IDs) are computed below, and long
numbers that are NOT personal are asserted to fail those checks.

Output: data/redaction/blind20/{en,ar,he,el}.jsonl (relative to the repository
root), one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive);
  they are computed here by searching for each span's substring and asserted.
- context (optional, not scored) is an earlier line of the same call, e.g. the
  agent's question before the caller's answer.
- Items whose spans list is empty are non-personal and must come out unchanged.

Run:  python3 benches/redaction/make_blind20.py
Deterministic: standard library only, no randomness.
"""

import json
import re
from collections import Counter
from pathlib import Path

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")
OUT_DIR = Path(__file__).resolve().parents[2] / "data" / "redaction" / "blind20"

# ---------------------------------------------------------------- check digits

AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
TO_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")


def only_digits(s):
    return re.sub(r"\D", "", s.translate(TO_ASCII))


def luhn_ok(num):
    d = [int(c) for c in only_digits(num)]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError(partial)


def card(partial):
    """partial = all digits but the last; returns the full Luhn-valid number."""
    full = luhn_complete(partial)
    assert 13 <= len(full) <= 19, full
    return full


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "KW": 30, "QA": 29, "LB": 28, "BH": 22,
            "FR": 27, "NL": 18, "IT": 27, "ES": 24, "TR": 26, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    assert len(cc) + 2 + len(bban) == IBAN_LEN[cc], (cc, bban, len(bban))
    chk = 98 - _iban_num(bban + cc + "00") % 97
    out = f"{cc}{chk:02d}{bban}"
    assert iban_ok(out)
    return out


def iban_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    if len(s) < 4 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def tz_ok(s):
    """Israeli Teudat Zehut."""
    s = only_digits(s)
    if len(s) != 9:
        return False
    total = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        total += x if x < 10 else x - 9
    return total % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError(partial8)


def afm_ok(s):
    """Greek tax number (AFM)."""
    s = only_digits(s)
    if len(s) != 9:
        return False
    d = [int(c) for c in s]
    return sum(d[i] * 2 ** (8 - i) for i in range(8)) % 11 % 10 == d[8]


def afm(partial8):
    d = [int(c) for c in partial8]
    out = partial8 + str(sum(d[i] * 2 ** (8 - i) for i in range(8)) % 11 % 10)
    assert afm_ok(out)
    return out


def saudi_ok(s):
    """Saudi national ID (1...) or Iqama (2...): 10 digits, Luhn."""
    s = only_digits(s)
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


def saudi(partial9):
    assert partial9[0] in "12"
    out = luhn_complete(partial9)
    assert saudi_ok(out)
    return out


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", only_digits(s) if "-" not in s else s)
    if not m:
        return False
    a, g, n = (int(x) for x in m.groups())
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= n <= 9999


def ssn(s):
    assert ssn_ok(s), s
    return s


def grp(s, sizes, sep=" "):
    """Split s into groups of the given sizes (an int repeats)."""
    if isinstance(sizes, int):
        sizes = [sizes] * ((len(s) + sizes - 1) // sizes)
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i:i + n])
        i += n
    assert i >= len(s), (s, sizes)
    return sep.join(out)


def not_personal_number(s):
    """Assert a long non-personal number fails every check it could be taken for."""
    d = only_digits(s)
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), s
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), s
    if len(d) == 10 and d[0] in "12":
        assert not saudi_ok(d), s
    assert not iban_ok(s), s
    return s


# --------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()


def say(digs, words, sep=" ", double=None, zero=None):
    """Digits as words; double='double' collapses pairs; zero replaces '0'."""
    out, i = [], 0
    digs = only_digits(digs)
    while i < len(digs):
        c = digs[i]
        w = zero if (c == "0" and zero) else words[int(c)]
        if double and i + 1 < len(digs) and digs[i + 1] == c:
            out.append(f"{double} {w}")
            i += 2
        else:
            out.append(w)
            i += 1
    return sep.join(out)


def say_groups(digs, sizes, words, joiner=", ", **kw):
    return joiner.join(say(g, words, **kw) for g in grp(only_digits(digs), sizes).split(" "))


def en(digs, **kw):
    return say(digs, EN_D, **kw)


def en_g(digs, sizes, joiner=", ", **kw):
    return say_groups(digs, sizes, EN_D, joiner, **kw)


# --------------------------------------------------------------------- builder

def P(text, *spans, ctx=None):
    """An item: text, spans as (kind, substring) or (kind, substring, nth)."""
    return (text, list(spans), ctx)


def build(lang, items):
    lines, seen = [], set()
    for text, spans, ctx in items:
        assert text not in seen, ("duplicate text", text)
        seen.add(text)
        raw = text.encode("utf-8")
        recs = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            assert sub and sub == sub.strip() and sub[-1] not in ",.?!;:", (text, sub)
            if len(sp) > 2:
                idx = -1
                for _ in range(sp[2] + 1):
                    idx = text.find(sub, idx + 1)
                    assert idx >= 0, (text, sub)
            else:
                assert text.count(sub) == 1, ("ambiguous or missing span", text, sub)
                idx = text.find(sub)
            start = len(text[:idx].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert raw[start:end].decode("utf-8") == sub
            recs.append({"kind": kind, "start": start, "end": end})
        recs.sort(key=lambda r: r["start"])
        for a, b in zip(recs, recs[1:]):
            assert a["end"] <= b["start"], ("overlap", text)
        # everything outside the spans must not look like a check-digit value
        rest, last = [], 0
        for r in recs:
            rest.append(raw[last:r["start"]].decode("utf-8"))
            last = r["end"]
        rest.append(raw[last:].decode("utf-8"))
        for part in rest:
            for m in re.finditer(r"[0-9٠-٩](?:[0-9٠-٩]|[ .\-](?=[0-9٠-٩]))*", part):
                not_personal_number(m.group(0))
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{1,4}){3,8}", part):
                assert not iban_ok(m.group(0)), m.group(0)
        obj = {"text": text, "spans": recs}
        if ctx:
            obj["context"] = ctx
        lines.append(obj)
    return lines


def summary(lang, lines):
    kinds = Counter(r["kind"] for o in lines for r in o["spans"])
    empty = sum(1 for o in lines if not o["spans"])
    total = sum(kinds.values())
    print(f"{lang}: {len(lines)} items, {empty} non-personal, {total} spans: "
          + ", ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS))
    return kinds, empty, total


LANGS = {}

# =================================================================== languages
# (each language appends its items to LANGS[code] below)


def main():
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    ok = True
    for lang, items in LANGS.items():
        lines = build(lang, items)
        kinds, empty, total = summary(lang, lines)
        # the brief's ranges: >= 7 spans of every kind, 20-25 names, 75-85 spans,
        # 35-45 non-personal items, about 120 items
        ok &= (all(kinds.get(k, 0) >= 7 for k in KINDS) and 20 <= kinds["name"] <= 25
               and 75 <= total <= 85 and 35 <= empty <= 45 and 110 <= len(lines) <= 130)
        with open(OUT_DIR / f"{lang}.jsonl", "w", encoding="utf-8") as f:
            for o in lines:
                f.write(json.dumps(o, ensure_ascii=False) + "\n")
    assert ok, "counts outside the brief's ranges"


def spell_alnum(s, words, groups=4, joiner=", ", lsep=" "):
    """Read a code aloud: letters as capitals, digits as words, in groups."""
    s = re.sub(r"\s", "", s)
    return joiner.join(lsep.join(words[int(c)] if c.isdigit() else c for c in g)
                       for g in grp(s, groups).split(" "))


# ===================================================================== English
# Calls: jury summoning bureau (UK), travel insurance claim (AU + an Anglo-Israeli),
# hot-air balloon flights (UK), EV charging network (IE), video-game player support
# (US), hotel reservations (IN caller living in Dubai), museum membership (US),
# life insurance (NG caller in the US), payroll help desk (IN agent; IE and SA staff),
# household census survey (IE), septic-tank pump-outs (AU), consumer helpline (UK,
# NG-British caller), coffee-machine subscription (US, Ghanaian-American), cruise
# refunds (Greek-Australian caller).

E_CARD_MC5 = card("552233009011843")         # Declan
E_CARD_MC2 = card("222300481127659")         # Lupe, 2-series Mastercard
E_CARD_AMEX = card("34782051196374")         # Venkatesh, 15 digits
E_CARD_DINERS = card("3056930902590")        # Mick, 14 digits
E_CARD_DISC = card("601100099013942")        # Kwame
E_CARD_MAESTRO = card("675964982643213445")  # Margaret, 19 digits
E_CARD_VISA = card("453201511283036")        # Bill
E_CARD_VERVE = card("506099058312744901")    # Emeka, 19 digits

E_IBAN_GB1 = iban("GB", "BARC20039546783921")
E_IBAN_GB2 = iban("GB", "LOYD30962514837260")
E_IBAN_IE1 = iban("IE", "AIBK93104726185534")
E_IBAN_IE2 = iban("IE", "BOFI90378312094476")
E_IBAN_AE = iban("AE", "0260001015582937416")
E_IBAN_SA = iban("SA", "15000608010167519042")
E_IBAN_GR = iban("GR", "01101250000000231847652")
E_IBAN_DE = iban("DE", "500105175407324931")

E_SSN1 = ssn("412-67-3098")
E_SSN2 = ssn("531-84-2206")
E_SSN3 = ssn("287-45-0913")
E_SSN4 = ssn("609-18-7754")
E_IQAMA = saudi("245817309")
E_SAUDI = saudi("108836152")
E_AFM = afm("04718263")
E_TZ = tz("31245867")

_ph_tunde = en("07700900418", zero="oh", double="double")
_ph_darren = en_g("0412678903", [4, 3, 3], zero="oh")
_ph_declan = en_g("0873145592", [3, 3, 4], zero="oh", double="double")
_mc5 = en_g(E_CARD_MC5, 4)
_tz = grp(E_TZ, 3)

EN_1 = [
    # --- jury summoning bureau (UK; caller Nigerian-British)
    P("Good morning, Juror Summoning Bureau, you're speaking with Gemma.", ("name", "Gemma")),
    P("Yeah hi, um, my name's Babatunde Bakare, people call me Tunde, I got a summons for, er, Snaresbrook Crown Court.",
      ("name", "Babatunde Bakare"), ("name", "Tunde")),
    P("Thank you, Mr Bakare. Can I take your juror number? It's the nine digits at the top of the letter.",
      ("name", "Bakare")),
    P("It's 4 1 7 2 2 0 9 3 8.", ctx="Can I take your juror number?"),
    P("Lovely. So you're due to start Monday the fourteenth of October at nine thirty, for up to ten working days."),
    P("The thing is I've got a hospital appointment on the sixteenth, ten past eleven, at Whipps Cross, I've waited eight months for it."),
    P(f"yeah its {_ph_tunde} thats my mobile", ("phone", _ph_tunde),
      ctx="No problem, I can defer you. What's the best number to reach you on?"),
    P("Twelfth of March, nineteen eighty-four.", ("date_of_birth", "Twelfth of March, nineteen eighty-four"),
      ctx="And just to confirm your date of birth?"),
    P(f"Right, and for the loss of earnings form, my IBAN is {grp(E_IBAN_GB1, 4)}, that's Barclays in Stratford.",
      ("iban", grp(E_IBAN_GB1, 4))),
    P("You can claim up to sixty-four pounds ninety-five a day for the first ten days, and travel at thirty-one p a mile."),

    # --- travel insurance claim (Australian caller, then an Anglo-Israeli caller)
    P("G'day, thanks for calling Southern Cross Travel Cover, how can I help?"),
    P("Yeah g'day, it's Darren Whitlock here, ringing about a claim for my luggage, Qantas lost it in Singapore.",
      ("name", "Darren Whitlock")),
    P("Yep, S C T dash two oh two four dash seven seven one eight three.",
      ctx="No worries. Have you got your policy number handy?"),
    P("And it was QF1 out of Sydney on the 3rd of February, landed Heathrow on the 4th, bag turned up on the 11th."),
    P("I spent about six hundred and forty bucks on clothes and a charger, got all the receipts from Changi and Boots."),
    P(f"Can you pay it into my UK account? I'm in London half the year. It's {spell_alnum(E_IBAN_GB2, EN_D)}.",
      ("iban", spell_alnum(E_IBAN_GB2, EN_D))),
    P(f"Ta. Best number for me is {_ph_darren}.", ("phone", _ph_darren)),
    P("Post them to 22 Kookaburra Crescent, Gympie, Queensland 4570.",
      ("address", "22 Kookaburra Crescent, Gympie, Queensland 4570"),
      ctx="And a postal address for the claim forms?"),
    P("email's dazza dot whitlock at bigpond dot com all one word dazza",
      ("email", "dazza dot whitlock at bigpond dot com")),
    P(f"Hi, I'm British but I live in Modi'in, and the claim form wants my Israeli ID number, so that's {_tz}.",
      ("id", _tz)),
    P("plus nine seven two, fifty-four, seven three one, double eight two oh",
      ("phone", "plus nine seven two, fifty-four, seven three one, double eight two oh"),
      ctx="Got it. And a phone number in Israel?"),

    # --- hot-air balloon flights (UK, older caller)
    P("Hello, Avon Valley Balloon Flights, how can I help?"),
    P("Oh hello, yes, I've a voucher my son gave me for my eightieth, and it runs out on the thirtieth of June."),
    P("Yes, it's B-A-L 773 902, on the back of the card.", ctx="Lovely. Can I take the voucher code?"),
    P("Margaret Hollis. Mrs.", ("name", "Margaret Hollis"), ctx="And the name on the voucher?"),
    P("Thank you, Mrs Hollis. We fly at six in the morning or half seven in the evening from Ashton Court, weather permitting.",
      ("name", "Hollis")),
    P("The basket takes up to sixteen, the flight's about an hour, but allow four hours altogether with the champagne."),
    P("Yes, it's 0117 496 0352, that's the house.", ("phone", "0117 496 0352"),
      ctx="Could I have a number for the morning of the flight, in case we cancel for wind?"),
    P("It's 7 Mill Lane, Little Shelford, Cambridge, CB22 5EN.",
      ("address", "7 Mill Lane, Little Shelford, Cambridge, CB22 5EN"),
      ctx="And where shall I post the confirmation?"),
    P(f"I'd like to add my nephew too, that's the extra forty-five pounds? I'll pay on my Maestro, {grp(E_CARD_MAESTRO, [4, 4, 4, 4, 3])}.",
      ("card", grp(E_CARD_MAESTRO, [4, 4, 4, 4, 3]))),

    # --- EV charging network (Ireland)
    P("Hi, you're through to Ionra Charge support, this is Aoife.", ("name", "Aoife")),
    P("how's it going my name is declan furlong i've an issue with the charger at the applegreen in enfield it took my money and never started",
      ("name", "declan furlong")),
    P("Sorry to hear that, Declan. What time was that at?", ("name", "Declan")),
    P("Around twenty past seven yesterday evening, it charged me fifteen euro and I got maybe two kilowatt hours out of it."),
    P("declan dot furlong at eircom dot net", ("email", "declan dot furlong at eircom dot net"),
      ctx="Can I get the email address on the account?"),
    P(f"I paid with the Mastercard, {_mc5}.", ("card", _mc5)),
    P(f"Actually, I've cancelled that card since, can you refund it to the account? IBAN is {grp(E_IBAN_IE2, 4)}.",
      ("iban", grp(E_IBAN_IE2, 4))),
    P(f"Ah sure look, I'll give you the mobile too, {_ph_declan}.", ("phone", _ph_declan)),
    P("Your refund reference is I C E four four zero nine one, it should be back in three to five working days."),
    P("My car's a 2021 Kia e-Niro, the 64 kilowatt battery one, if that matters."),

    # --- video-game player support (US)
    P("Thanks for contacting Nimbus Games player support, how can I help you today?"),
    P("Hi, yeah, this is Lupe Marquez, my son's account got hacked and somebody bought like four hundred dollars of gems.",
      ("name", "Lupe Marquez")),
    P("It's jlo.marquez@icloud.com, that's mine, he uses my email for everything.",
      ("email", "jlo.marquez@icloud.com"), ctx="I'm so sorry. What's the email on the account?"),
    P("The charges were on May 2nd, three of them, $99.99, $149.99 and another $149.99, all within like ten minutes."),
    P(f"Okay, the card is {grp(E_CARD_MC2, 4, '-')}, it's a Mastercard.", ("card", grp(E_CARD_MC2, 4, "-"))),
    P("Oh that'd be mine, 07/22/1965. Wait, no, he put his own. Um, it's 11/04/2009.",
      ("date_of_birth", "07/22/1965"), ("date_of_birth", "11/04/2009"),
      ctx="And to verify the account holder, what's the date of birth on the account?"),
    P("His gamer tag is DragonSlayer2209, he's level 87, he's been playing since he was eight."),
    P(f"The bank already asked for my social for the fraud report, I gave them {E_SSN4}, was that okay?",
      ("id", E_SSN4)),
    P("We've opened ticket 58133207. Refunds usually take seven to ten business days."),
]
LANGS["en"] = EN_1


_ph_venky = "plus nine seven one, five zero, seven four two, one nine eight six"
_ph_bridie = en_g("0214872290", [3, 3, 4], zero="oh", double="double")
_ph_mick = en("0411232887", zero="oh", double="double")
_ssn2 = en_g(E_SSN2, [3, 2, 4], zero="oh")
_ssn3 = en_g(E_SSN3, [3, 2, 4], zero="oh")
_iq = en_g(E_IQAMA, [2, 4, 4], joiner=" ")
_ie1 = spell_alnum(E_IBAN_IE1, EN_D)

EN_2 = [
    # --- hotel reservations (Indian caller living in Dubai, Goa resort)
    P("Good afternoon, Sea Breeze Resorts reservations, how may I help you?"),
    P("Hello madam, myself Venkatesh Ramaswamy, calling from Dubai, I want to book Candolim property for three nights from 24th December.",
      ("name", "Venkatesh Ramaswamy")),
    P("Certainly, Mr Venkatesh. Two adults and two children? Deluxe sea-view is 8,500 rupees per night plus 18 percent GST.",
      ("name", "Venkatesh")),
    P("Yes, and kindly give room 304 if possible, last time we were in 304 only and kids liked it."),
    P(_ph_venky, ("phone", _ph_venky), ctx="For the booking I need a mobile number, sir."),
    P("r venkatesh at zohomail dot in, r for Ramesh, no dot in between",
      ("email", "r venkatesh at zohomail dot in"), ctx="And email ID?"),
    P("Flat 1204, Al Fahad Tower 2, Tecom, Dubai. Same on the invoice please.",
      ("address", "Flat 1204, Al Fahad Tower 2, Tecom, Dubai"), ctx="Billing address for the GST invoice?"),
    P(f"Advance I will pay by Amex, {grp(E_CARD_AMEX, [4, 6, 5])}.", ("card", grp(E_CARD_AMEX, [4, 6, 5]))),
    P(f"If any cancellation, refund should come to my Emirates NBD account, IBAN {grp(E_IBAN_AE, 4)}.",
      ("iban", grp(E_IBAN_AE, 4))),
    P("Check-in is 2 PM, check-out 11 AM, breakfast is from 7 to 10:30, and your confirmation number is SBR 77 41 920."),

    # --- museum membership (US, older caller)
    P("Thanks for calling the Lakeshore Museum of Natural History, membership office."),
    P("Yes hello, my name's William Thornton, most folks call me Bill, I'm renewing the family membership.",
      ("name", "William Thornton"), ("name", "Bill")),
    P("Great. Family level is $145 for the year, or $260 if you do two years, and the parking add-on for lot C is $40."),
    P("Sure, it's 1187 Elm Avenue, Lakewood, Ohio, 44107.", ("address", "1187 Elm Avenue, Lakewood, Ohio, 44107"),
      ctx="Can I get your mailing address for the new cards?"),
    P("October 30th, '57. So yes, I qualify.", ("date_of_birth", "October 30th, '57"),
      ctx="Seniors over sixty-five get twenty percent off. Can I get your date of birth?"),
    P(f"Put it on the Visa, {E_CARD_VISA}, expiry oh nine twenty-eight.", ("card", E_CARD_VISA)),
    P("The new exhibit, Dinosaurs of Patagonia, opens March 8th, and members get a preview on the 7th from 5 to 8 PM."),
    P("Do you still rent out the Lincoln Room for birthday parties on Saturdays? For about twenty kids, sometime in April."),

    # --- life insurance (Nigerian caller in the US)
    P("Thank you for calling Evergreen Mutual Life, may I have the policy number?"),
    P("Good afternoon ma, the policy number is E M L zero zero four five seven two one nine."),
    P("This is Chukwuemeka Okafor, but you can call me Emeka.",
      ("name", "Chukwuemeka Okafor"), ("name", "Emeka"), ctx="And who am I speaking with?"),
    P(f"Ehn, take the full one, it's {E_SSN1}.", ("id", E_SSN1),
      ctx="For security, can I get the last four of your social?"),
    P("I want to add my wife as a second beneficiary, fifty percent each, and change the premium from quarterly to monthly."),
    P(_ssn2, ("id", _ssn2), ctx="And your wife's social security number?"),
    P("Fifth of November, nineteen eighty-nine.", ("date_of_birth", "Fifth of November, nineteen eighty-nine"),
      ctx="And her date of birth?"),
    P("My number is plus two three four, eight oh three, four five six, seven eight two one, that's my Lagos line, I'm there till August.",
      ("phone", "plus two three four, eight oh three, four five six, seven eight two one")),
    P("Please send the documents to our house in Lagos, Plot 15, Adeola Odeku Street, Victoria Island.",
      ("address", "Plot 15, Adeola Odeku Street, Victoria Island")),
    P("emeka underscore okafor seventy-seven at yahoo dot com",
      ("email", "emeka underscore okafor seventy-seven at yahoo dot com"), ctx="Is there an email we can use?"),
    P(f"I'll pay the first month now with my card, it's a Nigerian Verve card, {grp(E_CARD_VERVE, [4, 4, 4, 4, 3])}, will that work?",
      ("card", grp(E_CARD_VERVE, [4, 4, 4, 4, 3]))),
    P("The premium goes from $38.50 to $41 a month starting January, and the cover stays at $250,000."),

    # --- payroll help desk (Indian agent; callers from the Dublin and Riyadh offices)
    P("Welcome to PeopleFirst payroll helpdesk, my name is Sanjana, may I know who I'm speaking with?",
      ("name", "Sanjana")),
    P("Hiya, it's Siobhan McGrath, employee number 20417, the Dublin office.", ("name", "Siobhan McGrath")),
    P("I've changed bank, so I need my salary going into the new account from the September pay run."),
    P(f"Okay so it's {_ie1}.", ("iban", _ie1), ctx="Please tell me the new IBAN."),
    P("No, send them to my personal one, s-i-o-b-h-a-n dot m-c-g-r-a-t-h at gmail dot com.",
      ("email", "s-i-o-b-h-a-n dot m-c-g-r-a-t-h at gmail dot com"),
      ctx="And the email for payslips, is it still the work one?"),
    P("The cut-off for September is the 18th, so if it's updated before then you'll be paid on the 25th."),
    P("Your overtime for August was 14.5 hours at time and a half, that's €412.88 gross."),
    P("the ninth of the fourth seventy two", ("date_of_birth", "the ninth of the fourth seventy two"),
      ctx="For verification, your date of birth please?"),
    P("Hello, I am calling from the Riyadh office, my salary came short this month, housing allowance of 2,750 riyals is missing."),
    P(f"yes madam my iqama is {_iq}", ("id", _iq), ctx="Can you tell me your Iqama number for verification?"),
    P(f"Also please update my account, new IBAN is {grp(E_IBAN_SA, 4)}, Al Rajhi.", ("iban", grp(E_IBAN_SA, 4))),
    P(f"Good morning, also Riyadh office, my GOSI deduction says 9.75 percent, it should be 10. My national ID is {E_SAUDI}.",
      ("id", E_SAUDI)),
]
LANGS["en"] = EN_1 + EN_2



EN_3 = [
    # --- household census survey (Ireland, older caller)
    P("Hello, this is the household survey team at the Central Statistics Office, you started the form online and didn't finish?"),
    P("Oh yes, I got stuck on question 23, how many rooms, does the conservatory count?"),
    P("It does, yeah. And can I just confirm I'm speaking to Bridget Kavanagh?", ("name", "Bridget Kavanagh")),
    P("You are, but sure everyone calls me Bridie.", ("name", "Bridie")),
    P("It's eleven Hazel Grove, Ballincollig, County Cork, P31 X2F7.",
      ("address", "eleven Hazel Grove, Ballincollig, County Cork, P31 X2F7"),
      ctx="What's the address of the household, as it should appear?"),
    P(f"The landline is {_ph_bridie}, I don't do the mobile.", ("phone", _ph_bridie)),
    P("June the first, nineteen forty-six. I'll be eighty this summer, God help us.",
      ("date_of_birth", "June the first, nineteen forty-six"), ctx="And your own date of birth?"),
    P("There's a fifty euro voucher for finishing it, or you can give it to a charity like the Simon Community or Barnardos."),

    # --- septic-tank pump-outs (rural Australia)
    P("yeah g'day mate ringing from out past Kilcoy, our septic's backing up again, it's the 4,500 litre tank, you did it in March"),
    P("We can get a truck out Thursday between 8 and 12, it's $420 plus $2.10 a kilometre over 50 k."),
    P("Lot 4, 1280 Wombat Gully Road, Kilcoy, 4515. Turn in after the Shell servo.",
      ("address", "Lot 4, 1280 Wombat Gully Road, Kilcoy, 4515"), ctx="What's the property address again?"),
    P(f"best number's my mobile {_ph_mick}", ("phone", _ph_mick)),
    P(f"Yeah righto, it's a Diners, {grp(E_CARD_DINERS, [4, 6, 4])}.", ("card", grp(E_CARD_DINERS, [4, 6, 4])),
      ctx="Can I grab a card for the call-out fee?"),

    # --- consumer helpline (UK, Nigerian-British caller)
    P("Hi, my name is Temitope Adeyemi, I bought a washing machine from BrightHome Electricals on the 2nd of August and it's leaked three times.",
      ("name", "Temitope Adeyemi")),
    P("Yes, CMP-88213-B. It cost £489 plus £35 for fitting, and I've called them six times since the 15th.",
      ctx="Did the retailer give you a complaint reference?"),
    P("It's 14, Cranbrook Road, Ilford, I G one, four P U.",
      ("address", "14, Cranbrook Road, Ilford, I G one, four P U"),
      ctx="We'll refer it to Trading Standards. Can I take your address?"),
    P("t underscore adeyemi at yahoo dot co dot uk, t for Tango", ("email", "t underscore adeyemi at yahoo dot co dot uk"),
      ctx="And an email so they can contact you?"),
    P("3rd of November 1991.", ("date_of_birth", "3rd of November 1991"), ctx="And your date of birth, for our records?"),
    P("You had 30 days to reject it for a full refund, after that they get one go at repair or replacement within six months."),

    # --- coffee-machine subscription (US, Ghanaian-American caller)
    P("Yeah hi, um, I want to pause my subscription, the name is Kwame Boateng.", ("name", "Kwame Boateng")),
    P("Got it. I see the Barista Pro machine on a 24-month plan that started January 15th, 2024, and you're on month 9."),
    P("Right, and I'm moving, so the pods should go to my new place, 4410 North Clark Street, apartment 2B, Chicago, 60640.",
      ("address", "4410 North Clark Street, apartment 2B, Chicago, 60640")),
    P("Yeah it's 917-384-2265, still a New York number.", ("phone", "917-384-2265"),
      ctx="And is the phone number changing too?"),
    P("kwame dash b at protonmail dot com", ("email", "kwame dash b at protonmail dot com"),
      ctx="And the email for the receipts?"),
    P(f"Update the card too, it's a Discover, {grp(E_CARD_DISC, 4)}.", ("card", grp(E_CARD_DISC, 4))),
    P(f"ugh okay it's {_ssn3}", ("id", _ssn3),
      ctx="Because the machine is financed, moving the plan needs a quick credit check, so I'll need your social."),

    # --- cruise refunds (Greek-Australian caller)
    P("Hi love, it's Eleni Papadakis, but everyone calls me Nelly, our cruise out of Piraeus on the 9th of May got cancelled.",
      ("name", "Eleni Papadakis"), ("name", "Nelly")),
    P("Yes, booking AS-5530-118, two cabins, 7 nights, it came to 4,860 euros all up."),
    P(f"I'd like the refund to my Greek account, {grp(E_IBAN_GR, 4)}, it's the National Bank in Kalamata.",
      ("iban", grp(E_IBAN_GR, 4))),
    P(f"The bank wants my AFM with it, that's {E_AFM}, I got one when I inherited Mum's house.", ("id", E_AFM)),
    P(f"The second cabin was my husband's, put his share in his German account, {E_IBAN_DE}.", ("iban", E_IBAN_DE)),
    P("Refunds take up to fourteen working days, and the port taxes of 180 euros come back separately."),
]
LANGS["en"] = EN_1 + EN_2 + EN_3


# ====================================================================== Arabic
# Calls: water-tank cleaning (Amman, Levantine), neighbourhood generator subscription
# (Beirut), abaya boutique (Dubai, Emirati), medical-tourism facilitator (Cairo agent;
# Kuwaiti, Saudi and Nazareth callers), domestic-worker recruitment office (Riyadh,
# Najdi), riad booking (Marrakech, Darija with French), consumer-protection hotline
# (Cairo, Egyptian), wedding sweets from a bakery (Irbid), fish-market delivery (Doha),
# land registry (Amman, MSA; a Jerusalemite caller), life insurance (Bahrain),
# e-learning platform (Riyadh, young callers), parcel customs (Rabat, Darija).

AR_UNITS = {
    "lev": "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "egy": "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
    "gulf": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "msa": "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "mag": "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
}
_TENS_LEV = ["", "عشرة", "عشرين", "تلاتين", "أربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"]
_TENS_GULF = ["", "عشرة", "عشرين", "ثلاثين", "أربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"]
AR_TENS = {"lev": _TENS_LEV, "egy": _TENS_LEV, "gulf": _TENS_GULF, "msa": _TENS_GULF,
           "mag": ["", "عشرة", "عشرين", "تلاتين", "ربعين", "خمسين", "ستين", "سبعين", "تمانين", "تسعين"]}
_TEENS_LEV = "حداشر اتناشر تلتاشر أربعتاشر خمستاشر ستاشر سبعتاشر تمنتاشر تسعتاشر".split()
AR_TEENS = {"lev": _TEENS_LEV, "egy": _TEENS_LEV,
            "gulf": "إحدعش اثنعش ثلطعش أربعطعش خمسطعش ستطعش سبعطعش ثمنطعش تسعطعش".split(),
            "msa": ["أحد عشر", "اثنا عشر", "ثلاثة عشر", "أربعة عشر", "خمسة عشر", "ستة عشر",
                    "سبعة عشر", "ثمانية عشر", "تسعة عشر"],
            "mag": "حضاش طناش تلطاش ربعطاش خمسطاش سطاش سبعطاش تمنطاش تسعطاش".split()}


def ar_pair(g, d):
    u, t = int(g[1]), int(g[0])
    units = AR_UNITS[d]
    if t == 0:
        return f"{units[0]} {units[u]}"
    if t == 1:
        return AR_TENS[d][1] if u == 0 else AR_TEENS[d][u - 1]
    if u == 0:
        return AR_TENS[d][t]
    return f"{units[u]} و{AR_TENS[d][t]}"


def ar_say(digs, d, sizes=None, joiner="، "):
    """Digits as Arabic words in dialect d; groups of 2 are read as numbers."""
    digs = only_digits(digs)
    if sizes is None:
        return " ".join(AR_UNITS[d][int(c)] for c in digs)
    out = []
    for g in grp(digs, sizes).split(" "):
        out.append(ar_pair(g, d) if len(g) == 2 else " ".join(AR_UNITS[d][int(c)] for c in g))
    return joiner.join(out)


def ai(s):
    """Western digits to Arabic-Indic digits."""
    return s.translate(AR_INDIC)


A_CARD_MC = card("535522104873391")
A_CARD_VISA_AI = card("498571230046628")
A_CARD_MADA = card("588845302117649")
A_CARD_KHADIJA = card("457173004518822")
A_CARD_AMEX = card("37691002453718")
A_CARD_QA = card("520473381109562")
A_CARD_REEM = card("410685227361904")
A_CARD_SAMER = card("476173900214536")

A_IBAN_LB = iban("LB", "0014" + "00000003201728845112")
A_IBAN_AE = iban("AE", "0350000012984470316")
A_IBAN_KW = iban("KW", "NBOK" + "0000000000201452807311")
A_IBAN_EG = iban("EG", "0019" + "0005" + "00000000263180002")
A_IBAN_JO = iban("JO", "CBJO" + "0010" + "000000000131000302")
A_IBAN_QA = iban("QA", "QNBA" + "000000000724315290017")
A_IBAN_BH = iban("BH", "NBOB" + "00001299563214")
A_IBAN_SA = iban("SA", "80" + "000204608016072391")

A_SAUDI1 = saudi("104729385")
A_SAUDI2 = saudi("110358247")
A_IQAMA1 = saudi("237180456")
A_SAUDI3 = saudi("107294113")
A_IQAMA2 = saudi("241659037")
A_SAUDI4 = saudi("112847560")
A_TZ1 = tz("20354718")
A_TZ2 = tz("08127734")

_a_ph_rami = ar_say("0795532184", "lev", [3, 3, 2, 2])
_a_ph_george = ar_say("70316952", "lev", [2, 2, 2, 2])
_a_ph_badr = ("زائد " + ar_say("965", "gulf") + "، " + ar_say("97314408", "gulf", [4, 4]))
_a_ph_naz = ar_say("0527249016", "lev", [3, 3, 2, 2])
_a_ph_abd = ar_say("0553071946", "gulf", [3, 3, 4])
_a_ph_khadija = "zéro six, soixante et onze, vingt-trois, quarante-huit, quinze"
_a_tz1 = ar_say(A_TZ1, "lev", [3, 3, 3])
_a_id4 = ar_say(A_SAUDI4, "gulf")

AR_1 = [
    # --- water-tank cleaning (Amman)
    P("مركز الصفا لتنظيف وتعقيم خزانات المياه، معك هبة، تفضل.", ("name", "هبة")),
    P("أهلين، أنا رامي الحوراني من الجبيهة، بدي أحجز تنظيف للخزانات اللي عالسطح.", ("name", "رامي الحوراني")),
    P("أهلا أستاذ رامي، كم خزان عندك وقديش سعة كل واحد؟", ("name", "رامي")),
    P("تلات خزانات عالسطح، كل واحد متر ونص مكعب، وواحد أرضي تقريبا أربع متر."),
    P("الخزان العلوي بخمستاشر دينار والأرضي بخمسة وعشرين، يعني المجموع سبعين دينار مع التعقيم."),
    P("بنقدر نيجيك يوم السبت الجاي الساعة تسعة الصبح، والشغل بياخد حوالي ساعتين ونص."),
    P("الجبيهة، شارع ياجوز، عمارة رقم ١٧، الطابق التالت.",
      ("address", "الجبيهة، شارع ياجوز، عمارة رقم ١٧، الطابق التالت"), ctx="وين العنوان بالزبط؟"),
    P("العمارة اللي جنب مسجد الهدى ومقابل صيدلية الشفاء، الباب البني."),
    P(f"اه رقمي {_a_ph_rami}", ("phone", _a_ph_rami), ctx="وعطيني رقم تلفون نتواصل معك عليه."),
    P(f"بدفع بالبطاقة إذا بصير، ماستركارد {grp(A_CARD_MC, 4)}", ("card", grp(A_CARD_MC, 4))),

    # --- neighbourhood generator subscription (Beirut)
    P("ألو، اشتراك مولّد النور، مين معي؟"),
    P("مرحبا، أنا جورج الخوري، مشترك عندكن خمسة أمبير بالأشرفية.", ("name", "جورج الخوري")),
    P("أهلين جورج، شو القصة؟", ("name", "جورج")),
    P("الفاتورة هالشهر طالعة مية وأربعين دولار، وأنا ما صرفت أكتر من تلتمية كيلو."),
    P("التسعيرة صارت ٤٢ سنت عالكيلوواط بعد ما غلي المازوت، وفي اشتراك ثابت ١٢ دولار."),
    P("الأشرفية، شارع مار مخايل، بناية النجار، الطابق الرابع.",
      ("address", "الأشرفية، شارع مار مخايل، بناية النجار، الطابق الرابع"),
      ctx="عطيني العنوان لأبعتلك الفني يشيّك العداد."),
    P(f"الرقم {_a_ph_george}، ألفا", ("phone", _a_ph_george), ctx="ورقم الموبايل؟"),
    P("ابعتلي الفاتورة عالإيميل georges.khoury76@hotmail.com بليز", ("email", "georges.khoury76@hotmail.com")),
    P(f"والتأمين، المية دولار، رجعوها على حسابي، الآيبان {grp(A_IBAN_LB, 4)}", ("iban", grp(A_IBAN_LB, 4))),

    # --- abaya boutique (Dubai)
    P("مساء الخير، بوتيك لمسة حرير للعبايات، كيف أقدر أخدمج؟"),
    P("مساء النور، أنا مريم المزروعي، طلبت عباية مطرزة من أسبوعين ولين الحين ما وصلت.", ("name", "مريم المزروعي")),
    P("حياج الله يا مريم، عطيني رقم الطلب لو سمحتي.", ("name", "مريم")),
    P("الطلب رقم ٤٥٢٠٨٨، عباية كريب أسود، الطول ٥٨ والكم ٢٤، والتطريز على الأكمام."),
    P("السعر ألف ومية وخمسين درهم، دفعتي خمسمية عربون والباقي ستمية وخمسين عند الاستلام."),
    P("فيلا ٢٧، شارع ١٩، الخوانيج ٢، دبي.", ("address", "فيلا ٢٧، شارع ١٩، الخوانيج ٢، دبي"), ctx="وين تبين التوصيل؟"),
    P("رقمي ٠٥٠ ٣١٧ ٨٨٤٦، واتساب بعد.", ("phone", "٠٥٠ ٣١٧ ٨٨٤٦")),
    P(f"بدفع الباقي الحين بالفيزا، {ai(grp(A_CARD_VISA_AI, 4))}", ("card", ai(grp(A_CARD_VISA_AI, 4)))),
    P(f"ولو تأخرت بعد الخميس رجعوا العربون على حسابي، الآيبان {A_IBAN_AE}", ("iban", A_IBAN_AE)),

    # --- medical-tourism facilitator (Cairo)
    P("شركة النيل للسياحة العلاجية، معاك دكتور شريف، أقدر أساعد حضرتك إزاي؟", ("name", "شريف")),
    P("هلا والله، أنا بدر العنزي من الكويت، أبي أسوي عملية تغيير مفصل الركبة عندكم بالقاهرة.", ("name", "بدر العنزي")),
    P("أهلا بيك، الباقة الشاملة ٤٨٠٠ دولار، فيها العملية وخمس ليالي في المستشفى وعشرة في الفندق."),
    P("حاجز على الكويتية رحلة KU 543 يوم ١٤ أكتوبر، توصل القاهرة الساعة ٣ العصر."),
    P("مواليد ٢٢/٧/١٩٧١", ("date_of_birth", "٢٢/٧/١٩٧١"), ctx="ممكن تاريخ الميلاد عشان ملف المستشفى؟"),
    P(f"رقمي {_a_ph_badr}", ("phone", _a_ph_badr)),
    P("الإيميل bader.alenezi@gmail.com، كله سمول.", ("email", "bader.alenezi@gmail.com")),
    P(f"بدفع العربون بالأمريكان إكسبرس، {grp(A_CARD_AMEX, [4, 6, 5])}.", ("card", grp(A_CARD_AMEX, [4, 6, 5]))),
    P(f"ولو ما مشت الأمور رجعوا لي المبلغ على حسابي في الوطني، {grp(A_IBAN_KW, 4)}", ("iban", grp(A_IBAN_KW, 4))),
    P("السلام عليكم، أنا من جدة، أبي أعرف عن عمليات الليزك عندكم وكم تكلف للعينين."),
    P(f"أكيد، هويتي {_a_id4}", ("id", _a_id4), ctx="عشان نفتح لك ملف محتاجين رقم الهوية الوطنية يا فندم."),
    P("مرحبا، أنا من الناصرة، بدي أسأل عن زراعة أسنان عندكم، السعر بالشيكل ولا بالدولار؟"),
    P(f"رقم الهوية تبعي {_a_tz1}", ("id", _a_tz1), ctx="للحجز لازم رقم الهوية أو الباسبور."),
    P(f"{_a_ph_naz}، هاد البلفون", ("phone", _a_ph_naz), ctx="ورقم التلفون؟"),

    # --- domestic-worker recruitment office (Riyadh)
    P("مكتب الأمانة للاستقدام، السلام عليكم."),
    P("وعليكم السلام، معك عبدالله الشهري، عندي طلب استقدام عاملة منزلية من الفلبين.", ("name", "عبدالله الشهري")),
    P("هلا أستاذ عبدالله، عطني رقم العقد في مساند.", ("name", "عبدالله")),
    P("رقم العقد ٣٨٤٧٢٩١٠٥٦، وله تسعين يوم والتأشيرة ما طلعت."),
    P(f"هويتي {ai(A_SAUDI1)}", ("id", ai(A_SAUDI1)), ctx="عشان أتحقق، رقم الهوية الوطنية؟"),
    P(f"لا التأشيرة باسم زوجتي مو باسمي، هويتها {ai(grp(A_SAUDI2, [1, 3, 3, 3]))}",
      ("id", ai(grp(A_SAUDI2, [1, 3, 3, 3])))),
    P("١٤٠٢/٠٩/١٧ هجري", ("date_of_birth", "١٤٠٢/٠٩/١٧"), ctx="وتاريخ ميلادك مثل ما هو بالهوية؟"),
    P("الرسوم ستة عشر ألف وخمسمية ريال شاملة التذكرة، وفترة التجربة تسعين يوم."),
    P(f"وأبي أنقل كفالة العاملة الحالية بعد، رقم إقامتها {A_IQAMA1}", ("id", A_IQAMA1)),
    P(f"ادفع الدفعة الثانية بمدى، {grp(A_CARD_MADA, 4)}", ("card", grp(A_CARD_MADA, 4))),
    P(f"والفرق رجعوه على حسابي في الأهلي، {grp(A_IBAN_SA, 4)}", ("iban", grp(A_IBAN_SA, 4))),
    P(f"جوالي {_a_ph_abd}", ("phone", _a_ph_abd)),

    # --- riad booking (Marrakech; Darija with French)
    P("رياض الياسمين، مراكش، بونجور."),
    P("سلام، أنا خديجة بنعلي، بغيت نحجز جوج بيوت لثلاث ليالي من 12 يوليوز.", ("name", "خديجة بنعلي")),
    P("مرحبا لالة خديجة، شحال ديال الناس غادي تكونو؟", ("name", "خديجة")),
    P("ربعة، أنا وراجلي وجوج ديال الدراري، واحد عندو 7 سنين والآخر 12."),
    P("البيت ب 950 درهم لليلة مع الفطور، والضريبة ديال السياحة 30 درهم للشخص فالليلة."),
    P(f"النمرة ديالي {_a_ph_khadija}", ("phone", _a_ph_khadija)),
    P("khadija point benali quatre-vingt-huit arobase gmail point com",
      ("email", "khadija point benali quatre-vingt-huit arobase gmail point com"),
      ctx="والإيميل باش نصيفطو ليك الكونفيرماسيون؟"),
    P(f"ها هي لاكارط {grp(A_CARD_KHADIJA, 4)}", ("card", grp(A_CARD_KHADIJA, 4)), ctx="خاصنا نضمنو الحجز بالكارط."),
    P("رقم 14، زنقة ابن بطوطة، المعاريف، الدار البيضاء.", ("address", "رقم 14، زنقة ابن بطوطة، المعاريف، الدار البيضاء"),
      ctx="والعنوان ديالك باش نديرو الفاكتورة؟"),
    P("الشيك إن من الساعة 2 ديال العشية، والرياض قريب لساحة جامع الفنا، عشر دقايق على رجليك."),
]
LANGS["ar"] = AR_1


A_IBAN_JO2 = iban("JO", "CAAB" + "1020" + "000000000207316450")
_a_ph_jasim = ar_say("55213047", "gulf", [4, 4])
_a_card_samer = ar_say(A_CARD_SAMER, "msa", [4, 4, 4, 4])
_a_card_reem = ar_say(A_CARD_REEM, "gulf", [4, 4, 4, 4])
_a_iq2 = ar_say(A_IQAMA2, "egy", [2, 2, 2, 2, 2])
_a_tz2 = grp(A_TZ2, 3, "-")

AR_2 = [
    # --- consumer-protection hotline (Cairo)
    P("جهاز حماية المستهلك، الخط الساخن ١٩٥٨٨، اتفضل يا فندم."),
    P("أيوه يا فندم، أنا اسمي محمد عبد الحميد، وصحابي بيقولولي حمادة، اشتريت موبايل من محل في وسط البلد والشاشة باظت بعد أسبوع.",
      ("name", "محمد عبد الحميد"), ("name", "حمادة")),
    P("تمام يا أستاذ محمد، اشتريته بكام وإمتى؟", ("name", "محمد")),
    P("بتمانية آلاف وتسعمية جنيه، يوم ٣ مارس، والفاتورة معايا رقمها ٠٠٤٥١٨ وعليها ضمان سنة."),
    P("وصاحب المحل بيقولي الضمان مايشملش الشاشة، وقالي روح للتوكيل اللي في مدينة نصر."),
    P("رقمي ٠١٠٠ ٤٧٣ ٨٢٩١", ("phone", "٠١٠٠ ٤٧٣ ٨٢٩١"), ctx="محتاجين رقم موبايل عشان المندوب يكلم حضرتك."),
    P("١٢ شارع جامعة الدول العربية، المهندسين، الجيزة، الدور التالت، شقة ٧",
      ("address", "١٢ شارع جامعة الدول العربية، المهندسين، الجيزة، الدور التالت، شقة ٧"),
      ctx="والعنوان بالتفصيل يا فندم؟"),
    P("الإيميل حمادة أندرسكور تسعين آت ياهو دوت كوم", ("email", "حمادة أندرسكور تسعين آت ياهو دوت كوم")),
    P("مواليد خمستاشر تمانية تسعين", ("date_of_birth", "خمستاشر تمانية تسعين"), ctx="وتاريخ ميلاد حضرتك؟"),
    P(f"المحل وافق يرجعلي الفلوس تحويل، فهديلهم الآيبان ده {grp(A_IBAN_EG, 4)}", ("iban", grp(A_IBAN_EG, 4))),
    P("الشكوى اتسجلت برقم ٢٤٠٩١٧٣، وهيتم الرد عليها خلال سبع أيام عمل."),

    # --- wedding sweets from a bakery (Irbid)
    P("مخابز وحلويات الأصيل، صباح الخير."),
    P("صباح النور، أنا سهى العمري، بدي أطلب كعك ومعمول لعرس ابني يوم الجمعة الجاي.", ("name", "سهى العمري")),
    P("خمسة كيلو معمول تمر، وتلاتة جوز، وتلاتة فستق، ومية وخمسين حبة كعك بالسمسم."),
    P("كيلو المعمول بالتمر بستة دنانير والفستق بعشرة، والتوصيل ببلاش فوق خمسين دينار."),
    P("إربد، الحي الشرقي، شارع الملك طلال، عمارة رقم ٤٣، الطابق الأول",
      ("address", "إربد، الحي الشرقي، شارع الملك طلال، عمارة رقم ٤٣، الطابق الأول"), ctx="وين بدك نوصّل؟"),
    P("إذا بتقدروا توصلوا قبل العصر، الساعة أربعة الزفة بتطلع من الدار."),
    P(f"وإذا انلغى إشي رجعولي المبلغ على حسابي بالقاهرة عمان، {grp(A_IBAN_JO2, 4)}", ("iban", grp(A_IBAN_JO2, 4))),

    # --- fish-market delivery (Doha)
    P("سوق السمك المركزي، خدمة التوصيل، هلا."),
    P("هلا، معاك جاسم الكواري، أبي كيلوين هامور وكيلو ربيان جامبو منظف.", ("name", "جاسم الكواري")),
    P("الهامور اليوم بخمسة وسبعين ريال الكيلو، والربيان بتسعين، والتنظيف ببلاش."),
    P("منطقة ٦١، شارع ٨٢٠، مبنى ٢٣، الطابق الخامس، شقة ٥٠٢، الدفنة",
      ("address", "منطقة ٦١، شارع ٨٢٠، مبنى ٢٣، الطابق الخامس، شقة ٥٠٢، الدفنة"), ctx="عطني العنوان الوطني لو سمحت."),
    P(f"رقمي {_a_ph_jasim}", ("phone", _a_ph_jasim)),
    P(f"بدفع أونلاين، ماستركارد {A_CARD_QA}", ("card", A_CARD_QA)),
    P(f"وآخر مرة الربيان كان خربان وقالوا بيرجعون لي ثمانين ريال على الآيبان {grp(A_IBAN_QA, 4)}",
      ("iban", grp(A_IBAN_QA, 4))),
    P("نوصل خلال ساعة ونص إن شاء الله، والطلب رقم ٧٧٠٢١."),

    # --- land registry (Amman, MSA)
    P("دائرة الأراضي والمساحة، مركز الاتصال، كيف يمكنني مساعدتك؟"),
    P("السلام عليكم، اسمي سامر النابلسي، أريد الاستعلام عن معاملة إفراز قطعة أرض في مادبا.", ("name", "سامر النابلسي")),
    P("القطعة رقم ٥١٢ من حوض ٧ أم القنافذ، ومساحتها ألف ومئتان وخمسون مترا مربعا."),
    P("رسوم الإفراز ٤٥٠ دينارا، والمعاملة تستغرق من عشرة إلى خمسة عشر يوم عمل."),
    P(f"أنا من القدس وأحمل الهوية الزرقاء، رقمها {_a_tz2}", ("id", _a_tz2)),
    P("الخامس عشر من شباط عام ألف وتسعمئة وثمانية وسبعين",
      ("date_of_birth", "الخامس عشر من شباط عام ألف وتسعمئة وثمانية وسبعين"), ctx="وما تاريخ ميلادك من فضلك؟"),
    P("سامر نقطة نابلسي آت أوتلوك دوت كوم", ("email", "سامر نقطة نابلسي آت أوتلوك دوت كوم"),
      ctx="وعنوان البريد الإلكتروني لإرسال إشعار الإنجاز؟"),
    P(f"سأدفع الرسوم إلكترونيا بالبطاقة، رقمها {_a_card_samer}", ("card", _a_card_samer)),
    P("الدائرة تفتح من الأحد إلى الخميس من الثامنة والنصف حتى الثالثة، وفرع مادبا في شارع الملك عبدالله."),

    # --- life insurance (Bahrain)
    P("شركة الأمان للتأمين على الحياة، معك نوال، كيف أقدر أخدمك؟", ("name", "نوال")),
    P("مرحبا، أنا يوسف الجودر، عندي وثيقة تأمين وأبي أضيف ولدي كمستفيد.", ("name", "يوسف الجودر")),
    P("رقم الوثيقة LP-2019-88412، والقسط الشهري خمسة وأربعين دينار."),
    P("ولدي مواليد ثلاثة يناير ألفين وعشرة، وأنا ستة أبريل واحد وثمانين.",
      ("date_of_birth", "ثلاثة يناير ألفين وعشرة"), ("date_of_birth", "ستة أبريل واحد وثمانين")),
    P(f"التعويضات حولوها على حسابي في بنك البحرين الوطني، {A_IBAN_BH}", ("iban", A_IBAN_BH)),
    P("منزل ١٢٤٥، طريق ٣٢١٥، مجمع ٩٣٢، الرفاع", ("address", "منزل ١٢٤٥، طريق ٣٢١٥، مجمع ٩٣٢، الرفاع"),
      ctx="وعنوان السكن الحالي؟"),
    P("الإيميل yousif.aljowder@batelco.com.bh", ("email", "yousif.aljowder@batelco.com.bh")),
    P("مبلغ التغطية مية ألف دينار، والوثيقة تتجدد كل سنة في شهر أبريل."),

    # --- e-learning platform (Riyadh)
    P("هلا، معك فريق الدعم في منصة درب للتعلم، كيف أقدر أساعدك؟"),
    P("هلا والله، أنا ريم القحطاني، اشتركت في الباقة السنوية بس الكورسات مقفلة عندي.", ("name", "ريم القحطاني")),
    P("يا هلا ريم، وش الإيميل المسجل عندك؟", ("name", "ريم")),
    P("الإيميل reem_q22@outlook.com", ("email", "reem_q22@outlook.com")),
    P(f"دفعت بالفيزا، {_a_card_reem}", ("card", _a_card_reem)),
    P(f"رقم الهوية {A_SAUDI3}، عشان الشهادة تطلع باسمي", ("id", A_SAUDI3)),
    P("مواليد ٨ ربيع الأول ١٤٢٤", ("date_of_birth", "٨ ربيع الأول ١٤٢٤"), ctx="وتاريخ الميلاد للشهادة؟"),
    P("الباقة السنوية بـ ٣٩٩ ريال، والشهرية بـ ٤٩، وعندنا خصم ١٥٪ للطلاب."),
    P("أيوه يا باشا، أنا مقيم مصري في الرياض، عايز أسجل في كورس الإكسل، والموقع بيطلب رقم الإقامة."),
    P(f"رقم الإقامة {_a_iq2}", ("id", _a_iq2)),
    P("مواليد ١٠ / ١١ / ١٩٨٥", ("date_of_birth", "١٠ / ١١ / ١٩٨٥"), ctx="وتاريخ الميلاد زي ما هو في الإقامة؟"),

    # --- parcel customs (Rabat)
    P("إدارة الجمارك، مصلحة الطرود البريدية، السلام عليكم."),
    P("سلام عليكم، سميتي إدريس الفاسي، عندي كولية جاية من الصين وطلبو مني نخلص الديوانة.", ("name", "إدريس الفاسي")),
    P("الرقم ديال التتبع LX204118935CN، وفيها طابعة ثلاثية الأبعاد بثمن 3200 درهم."),
    P("الرسوم 17.5 فالمية ديال الديوانة وزيد 20 فالمية ديال TVA، يعني تقريبا 1200 درهم."),
    P("إقامة النخيل، عمارة 5، شقة 12، حي الرياض، الرباط", ("address", "إقامة النخيل، عمارة 5، شقة 12، حي الرياض، الرباط"),
      ctx="شنو العنوان اللي مكتوب على الكولية؟"),
    P("الواتساب ديالي +212 6 61 47 93 08", ("phone", "+212 6 61 47 93 08")),
    P("الإيميل idriss.fassi@menara.ma", ("email", "idriss.fassi@menara.ma")),
    P("الكولية غادي تبقى عندنا 15 يوم، من بعد كترجع للمرسل."),
]
LANGS["ar"] = AR_1 + AR_2


# ====================================================================== Hebrew
# Calls: medical-cannabis licensing unit (older native caller), land registry
# (Russian immigrant), dance school (Russian immigrant mother), consumer-protection
# authority (Arab citizen from Tayibe), travel insurance abroad (Anglo immigrant),
# Eilat hotel reservations (French immigrant), bowling-alley birthday (Ethiopian-
# Israeli mother), coffee-capsule subscription, skydiving centre, EV charging
# network (Arab agent), payroll department (Ethiopian-Israeli and American callers),
# National Insurance disability allowance (older Russian immigrant), sewage-truck
# pumping on a moshav.

HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
HE_TENS = ["", "עשר", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"]
HE_TEENS = {"f": ["אחת עשרה", "שתים עשרה", "שלוש עשרה", "ארבע עשרה", "חמש עשרה", "שש עשרה",
                  "שבע עשרה", "שמונה עשרה", "תשע עשרה"],
            "m": ["אחד עשר", "שנים עשר", "שלושה עשר", "ארבעה עשר", "חמישה עשר", "שישה עשר",
                  "שבעה עשר", "שמונה עשר", "תשעה עשר"]}


def he_pair(g, gen):
    words = HE_F if gen == "f" else HE_M
    t, u = int(g[0]), int(g[1])
    if t == 0:
        return f"אפס {words[u]}"
    if t == 1:
        return ("עשר" if gen == "f" else "עשרה") if u == 0 else HE_TEENS[gen][u - 1]
    if u == 0:
        return HE_TENS[t]
    return f"{HE_TENS[t]} ו{words[u]}"


def he_say(digs, gen="f", sizes=None, joiner=", "):
    """Digits as Hebrew words (feminine or masculine); groups of 2 read as numbers."""
    words = HE_F if gen == "f" else HE_M
    digs = only_digits(digs)
    if sizes is None:
        return " ".join(words[int(c)] for c in digs)
    return joiner.join(he_pair(g, gen) if len(g) == 2 else " ".join(words[int(c)] for c in g)
                       for g in grp(digs, sizes).split(" "))


H_TZ1 = tz("05431876")
H_TZ2 = tz("31762548")
H_TZ3 = tz("02481735")
H_TZ4 = tz("32908164")
H_TZ5 = tz("31405927")
H_TZ6 = tz("33718420")
H_TZ7 = tz("21674903")
H_SSN = ssn("523-41-8876")

H_CARD_SVETA = card("458003217746192")
H_CARD_AMEX = card("37559106284137")
H_CARD_STEPH = card("492941103378250")
H_CARD_BRACHA = card("532610087244913")
H_CARD_NOA = card("512744093381026")
H_CARD_ITAY = card("426684119052737")
H_CARD_SHUKI = card("3625178044319")
H_CARD_DORIT = card("545762300918442")

H_IBAN_JOSH = iban("IL", "010" + "812" + "0000009988712")
H_IBAN_FR = iban("FR", "30004" + "02837" + "00010582471" + "52")
H_IBAN_TESFAYE = iban("IL", "020" + "468" + "0000001473528")
H_IBAN_VALENTINA = iban("IL", "011" + "093" + "0000000620417")
H_IBAN_DORIT = iban("IL", "012" + "600" + "0000000358149")
H_IBAN_ZHENYA = iban("IL", "031" + "046" + "0000000271836")
H_IBAN_AHMAD = iban("IL", "012" + "731" + "0000000465092")
H_IBAN_ITAY = iban("IL", "010" + "955" + "0000003317460")

_h_tz1 = he_say(H_TZ1, "f", [3, 3, 3])
_h_tz3 = he_say(H_TZ3, "m", [3, 3, 3])
_h_ph_sveta = he_say("0548813270", "f", [3, 3, 2, 2])
_h_card_sveta = grp(H_CARD_SVETA, 4, "-")

HE_1 = [
    # --- medical-cannabis licensing unit (older native caller from Beersheba)
    P("היחידה לקנאביס רפואי, שלום, מדברת אורית, במה אפשר לעזור?", ("name", "אורית")),
    P("שלום, שמי משה אלמליח, אני מחכה לחידוש הרישיון כבר חודשיים ואין לי שום תשובה.", ("name", "משה אלמליח")),
    P("בסדר משה, תן לי רגע. יש לך את מספר הבקשה?", ("name", "משה")),
    P("כן, מספר בקשה 4471802, והרישיון שלי זה 30 גרם בחודש, T20 C4, והוא נגמר ב-15 לחודש."),
    P(f"כן, {_h_tz1}", ("id", _h_tz1), ctx="לאימות, מספר תעודת זהות?"),
    P("נולדתי בכ\"ד בסיוון תשט\"ז, אה, אני לא זוכר בלועזי", ("date_of_birth", "כ\"ד בסיוון תשט\"ז"),
      ctx="ותאריך לידה?"),
    P("הטלפון בבית 08-6423517, בנייד אני לא תמיד שומע.", ("phone", "08-6423517")),
    P("תשלחו את המכתב לרחוב יהודה הלוי 9, דירה 2, באר שבע, שם אני גר.",
      ("address", "רחוב יהודה הלוי 9, דירה 2, באר שבע")),
    P("הבקשה הועברה לרופא המאשר ב-2 בחודש, זמן הטיפול עד 30 ימי עבודה, ואחרי זה זה עובר לבית המרקחת."),

    # --- land registry (Russian immigrant, Ashdod)
    P("לשכת רישום המקרקעין, מוקד טלפוני, שלום."),
    P("שלום, קוראים לי יבגני קוזלוב, אפשר ז'ניה, אני רוצה לשאול על הערת אזהרה על הדירה שלי.",
      ("name", "יבגני קוזלוב"), ("name", "ז'ניה")),
    P("גוש 2071, חלקה 88, תת חלקה 14, זה באשדוד, רובע ג'."),
    P("שדרות מנחם בגין 41, דירה 14, אשדוד", ("address", "שדרות מנחם בגין 41, דירה 14, אשדוד"),
      ctx="ומה הכתובת של הנכס?"),
    P(f"תעודת זהות שלי {H_TZ2}", ("id", H_TZ2)),
    P("האגרה היא 173 שקל לכל הערה, ואת זה משלמים באתר לפני שמגישים."),
    P("ז'ניה נקודה קוזלוב שטרודל מייל נקודה רו", ("email", "ז'ניה נקודה קוזלוב שטרודל מייל נקודה רו"),
      ctx="לאיזה מייל לשלוח את האישור?"),
    P(f"ואם משלמים יותר מדי, תחזירו לחשבון שלי בבינלאומי, {H_IBAN_ZHENYA}", ("iban", H_IBAN_ZHENYA)),
    P("זה לוקח בדרך כלל 14 ימי עבודה, ואם יש משכנתא צריך גם אישור מהבנק."),

    # --- dance school (Russian immigrant mother)
    P("סטודיו למחול אלגרו, שלום, במה אפשר לעזור?"),
    P("כן שלום, אני סבטלנה גורודצקי, אני רוצה לרשום את הבת שלי לבלט.", ("name", "סבטלנה גורודצקי")),
    P("איזה כיף, סבטלנה. בת כמה היא?", ("name", "סבטלנה")),
    P("תשע, היא עושה בלט כבר שלוש שנים, עוד בסנט פטרבורג התחילה."),
    P("קבוצת גיל 8 עד 10 זה בימים שני ורביעי, 16:30 עד 17:45, ו-320 שקל לחודש."),
    P("המופע של סוף השנה ב-22 ביוני בהיכל התרבות, כרטיס 60 שקל."),
    P("חמש עשרה באוגוסט 2015", ("date_of_birth", "חמש עשרה באוגוסט 2015"),
      ctx="ותאריך הלידה של הילדה, בשביל הביטוח?"),
    P(f"טלפון שלי {_h_ph_sveta}", ("phone", _h_ph_sveta)),
    P(f"תעודת זהות של ההורה, {H_TZ6}, אני משלמת בכרטיס {_h_card_sveta}",
      ("id", H_TZ6), ("card", _h_card_sveta)),
    P("רחוב סוקולוב 58, קומה 4, רמת השרון", ("address", "רחוב סוקולוב 58, קומה 4, רמת השרון"),
      ctx="וכתובת מגורים לטופס ההרשמה?"),

    # --- consumer-protection authority (Arab citizen from Tayibe)
    P("הרשות להגנת הצרכן, שלום, איך אפשר לעזור?"),
    P("שלום, שמי אחמד מסארווה מטייבה, קניתי מקרר בחנות בכפר סבא והוא לא מקרר בכלל.", ("name", "אחמד מסארווה")),
    P("אוקיי אחמד, מתי קנית ובכמה?", ("name", "אחמד")),
    P("לפני חודש וחצי, ב-4,290 שקל, שילמתי בשנים עשר תשלומים, והטכנאי בא כבר שלוש פעמים."),
    P(f"{_h_tz3}", ("id", _h_tz3), ctx="אני צריכה מספר תעודת זהות כדי לפתוח תלונה."),
    P("רחוב 6031, בית 12, טייבה", ("address", "רחוב 6031, בית 12, טייבה"), ctx="כתובת למשלוח מכתב?"),
    P("הנייד שלי 050-4418263, אפשר גם וואטסאפ", ("phone", "050-4418263")),
    P("החנות אמרה שהאחריות רק דרך היבואן, ושלחו אותי לשירות של אלקטרה בפתח תקווה."),
    P(f"אם מחליטים להחזיר לי כסף, זה החשבון, {grp(H_IBAN_AHMAD, 4)}", ("iban", grp(H_IBAN_AHMAD, 4))),
    P("מספר התלונה שלך 2024-118376, תקבל מכתב תוך 21 ימים."),

    # --- travel insurance abroad (Anglo immigrant, code-switching)
    P("ביטוח נסיעות לחו\"ל, שלום, במה אפשר לעזור?"),
    P("היי, אה, זה ג'וש גרינברג, I mean יהושע, אני בניו יורק ואני צריך להאריך את הפוליסה.",
      ("name", "ג'וש גרינברג"), ("name", "יהושע")),
    P("עוד 19 יום, עד ה-28 באוגוסט, וזה 4.5 דולר ליום עם הרחבה לספורט אתגרי."),
    P("המספר האמריקאי שלי זה plus one 201 447 3912", ("phone", "plus one 201 447 3912")),
    P("המייל זה jgreenberg613@gmail.com", ("email", "jgreenberg613@gmail.com")),
    P(f"תחייבו את האמקס, {grp(H_CARD_AMEX, [4, 6, 5])}", ("card", grp(H_CARD_AMEX, [4, 6, 5]))),
    P(f"ואת ההחזר על הימים שלא ניצלתי תעבירו ל-IBAN {H_IBAN_JOSH}", ("iban", H_IBAN_JOSH)),
    P("July fourth, eighty-eight, כן, יום העצמאות", ("date_of_birth", "July fourth, eighty-eight"),
      ctx="ותאריך לידה, בבקשה?"),
]
LANGS["he"] = HE_1


_h_card_steph = he_say(H_CARD_STEPH, "f", [4, 4, 4, 4])
_h_ph_bracha = he_say("0527714906", "f", [3, 3, 4])
_h_card_noa = he_say(H_CARD_NOA, "f", [4, 4, 4, 4], joiner=" ")
_h_tz7 = he_say(H_TZ7, "f", [3, 2, 2, 2])
_h_iban_itay = spell_alnum(H_IBAN_ITAY, HE_F)

HE_2 = [
    # --- Eilat hotel reservations (French immigrant)
    P("מלון נעמה ביץ' אילת, מחלקת הזמנות, שלום."),
    P("כן שלום, אני סטפן בן חמו, אני רוצה להזמין לפסח, שני חדרים, מ-12 עד 16 באפריל.", ("name", "סטפן בן חמו")),
    P("בשמחה סטפן. חדר משפחה עם נוף לים זה 1,480 שקל ללילה, חצי פנסיון.", ("name", "סטפן")),
    P("אנחנו ארבעה מבוגרים ושלושה ילדים, הקטן בן שנתיים, צריך עריסה בחדר."),
    P("המספר הצרפתי שלי +33 6 12 84 56 07, אני עוד חצי שנה בפריז", ("phone", "+33 6 12 84 56 07")),
    P(f"כן, הויזה, {_h_card_steph}", ("card", _h_card_steph), ctx="לשריון החדרים אני צריכה כרטיס אשראי."),
    P(f"אם יש ביטול, תחזירו את המקדמה לחשבון שלי בצרפת, {grp(H_IBAN_FR, 4)}", ("iban", grp(H_IBAN_FR, 4))),
    P("סטפן נקודה בן חמו שטרודל אורנג' נקודה אף אר", ("email", "סטפן נקודה בן חמו שטרודל אורנג' נקודה אף אר"),
      ctx="ולאיזה מייל לשלוח את האישור?"),
    P("רחוב ניצה 12, דירה 7, נתניה", ("address", "רחוב ניצה 12, דירה 7, נתניה"), ctx="וכתובת לחשבונית?"),
    P("הצ'ק אין בשלוש, הצ'ק אאוט באחת עשרה, ובשבת יש לייט צ'ק אאוט עד ארבע ב-200 שקל."),

    # --- bowling-alley birthday (Ethiopian-Israeli mother, Kiryat Gat)
    P("באולינג סיטי קריית גת, שלום, מה אפשר לעשות בשבילך?"),
    P("שלום, אני ברכה טגניה, רציתי לסגור יום הולדת לבן שלי, הוא בן עשר.", ("name", "ברכה טגניה")),
    P("ביום שישי 14 במרץ, בעשר בבוקר, בערך 25 ילדים."),
    P("החבילה זה 85 שקל לילד, כולל שעה וחצי משחק, נעליים, פיצה ושתייה, ומינימום 15 ילדים."),
    P(f"הטלפון {_h_ph_bracha}", ("phone", _h_ph_bracha)),
    P(f"מקדמה של 500 שקל, בכרטיס {grp(H_CARD_BRACHA, 4)}", ("card", grp(H_CARD_BRACHA, 4))),
    P("ברכה נקודה טי שטרודל וואלה נקודה קו נקודה איי אל", ("email", "ברכה נקודה טי שטרודל וואלה נקודה קו נקודה איי אל"),
      ctx="ומייל לשלוח את ההזמנה?"),
    P("ואם יורד גשם אין בעיה, זה בפנים, והחניה בחינם מול קניון לב העיר."),

    # --- coffee-capsule subscription
    P("קפה פלוס, מחלקת מנויים, שלום."),
    P("היי, זאת נועה ברקוביץ', אני רוצה להקפיא את המנוי לחודשיים, אני טסה לתאילנד.", ("name", "נועה ברקוביץ'")),
    P("אין בעיה, אני רואה מנוי של 120 קפסולות בחודש ב-189 שקל, נכון?"),
    P("כן, ותעדכן גם את הכתובת למשלוח כשאני חוזרת, ז'בוטינסקי 104, קומה 3, דירה 12, פתח תקווה",
      ("address", "ז'בוטינסקי 104, קומה 3, דירה 12, פתח תקווה")),
    P("המכונה בהשאלה, אז אם מבטלים לפני 24 חודשים יש דמי ביטול של 350 שקל."),
    P(f"תעדכן כרטיס חדש {_h_card_noa}", ("card", _h_card_noa)),
    P("המייל שלי השתנה, עכשיו זה noa.berko@gmail.com", ("email", "noa.berko@gmail.com")),
    P("והטלפון נשאר 054-2290316?", ("phone", "054-2290316")),

    # --- skydiving centre (young native caller)
    P("סקיידייב ישראל, שלום."),
    P("אהלן, זה איתי שושן, קיבלתי שובר צניחה ליום הולדת ואני רוצה לקבוע.", ("name", "איתי שושן")),
    P("מגניב איתי, השובר בתוקף עד 31 בדצמבר, והקפיצה מ-12,000 רגל, בערך 45 שניות נפילה חופשית.", ("name", "איתי")),
    P("משקל מקסימלי 100 קילו, וצריך להגיע שעתיים לפני בשביל התדריך."),
    P("ארבעה עשר בפברואר אלפיים ושש, אני כבר בן 18, אל תדאגי", ("date_of_birth", "ארבעה עשר בפברואר אלפיים ושש"),
      ctx="בשביל הביטוח אני צריכה תאריך לידה, חייבים להיות מעל 18."),
    P(f"ותעודת זהות {_h_tz7}", ("id", _h_tz7)),
    P("כן, 054 773 1928", ("phone", "054 773 1928"), ctx="ומספר נייד לעדכונים על מזג האוויר?"),
    P("איתי קו תחתון שושן שטרודל ג'ימייל נקודה קום", ("email", "איתי קו תחתון שושן שטרודל ג'ימייל נקודה קום")),
    P(f"אני רוצה גם צילום וידאו, זה עוד 450? אז תחייבו את הויזה {H_CARD_ITAY}", ("card", H_CARD_ITAY)),
    P(f"ואם דוחים בגלל רוח ואני לא יכול, ההחזר לחשבון {_h_iban_itay}", ("iban", _h_iban_itay)),
    P("הצניחות בשישי ושבת, בשעות 8:00, 10:30 ו-13:00, ואם יש רוח מעל 20 קשר דוחים."),
]
LANGS["he"] = HE_1 + HE_2


_h_tz4 = grp(H_TZ4, [3, 3, 3])
_h_tz5 = he_say(H_TZ5, "m")
_h_ph_shuki = he_say("0506623481", "m", [3, 3, 2, 2])

HE_3 = [
    # --- EV charging network (Arab agent)
    P("מוקד עמדות הטעינה, מדבר מוחמד, שלום.", ("name", "מוחמד")),
    P("שלום, זו דורית אלון, העמדה בחניון של הקניון בראשון לא עובדת והחיוב ירד לי.", ("name", "דורית אלון")),
    P("עמדה מספר 3 מתוך 6, בקומה מינוס 2, חייבו אותי 42.80 שקל על אפס קילוואט."),
    P(f"החיוב היה בכרטיס {grp(H_CARD_DORIT, 4)}", ("card", grp(H_CARD_DORIT, 4))),
    P(f"עדיף שתחזירו לחשבון, {grp(H_IBAN_DORIT, 4)}", ("iban", grp(H_IBAN_DORIT, 4))),
    P("והמייל dorit.alon@walla.co.il", ("email", "dorit.alon@walla.co.il")),
    P("ההחזר יעבור תוך 7 עד 10 ימי עסקים, מספר פנייה 558031, ובינתיים אפשר להטעין בעמדה ליד סופר יודה."),
    P("הרכב זה טסלה מודל 3 משנת 2022, טעינה מהירה עד 150 קילוואט."),

    # --- payroll department (Ethiopian-Israeli, American and Arab employees)
    P("מחלקת שכר, שלום."),
    P("שלום, שמי טספאי אבבה, אני עובד במחסן במודיעין, רציתי לשנות חשבון בנק למשכורת.", ("name", "טספאי אבבה")),
    P(_h_tz4, ("id", _h_tz4), ctx="בסדר, תגיד לי תעודת זהות."),
    P(f"החשבון החדש בבנק מזרחי, אייבן {grp(H_IBAN_TESFAYE, 4)}", ("iban", grp(H_IBAN_TESFAYE, 4))),
    P("יליד 1.9.1984, נולדתי בגונדר", ("date_of_birth", "1.9.1984"), ctx="ותאריך לידה לאימות?"),
    P("ועברתי דירה, עכשיו אני גר ברחוב עמק דותן 6, דירה 3, מודיעין", ("address", "רחוב עמק דותן 6, דירה 3, מודיעין")),
    P("המשכורת של החודש כבר יצאה ב-9, אז זה ייכנס רק מהמשכורת של מאי."),
    P("Hi, סליחה, העברית שלי לא מושלמת, אני רייצ'ל סטיין מהמשרד בהרצליה.", ("name", "רייצ'ל סטיין")),
    P(f"אמרו לי שצריך לעדכן טופס W-9 כי אני אזרחית אמריקאית, ה-social security שלי זה {H_SSN}", ("id", H_SSN)),
    P("ילידת 12 במאי 1979", ("date_of_birth", "12 במאי 1979"), ctx="ותאריך לידה כמו בדרכון?"),
    P("ושלחו את הטופס ל-rachel.stein@hey.com בבקשה", ("email", "rachel.stein@hey.com")),
    P("נקודות הזיכוי שלך זה 2.75 בגלל עלייה, וזה בתוקף עד דצמבר 2026."),
    P("שלום, מדברת רנין עבאסי מהמוקד בנצרת, בתלוש של אפריל חסרות לי שעות נוספות.", ("name", "רנין עבאסי")),
    P("עשרים ושלושה בנובמבר תשעים ושש", ("date_of_birth", "עשרים ושלושה בנובמבר תשעים ושש"), ctx="לאימות, תאריך לידה?"),
    P("היו לי 18 שעות נוספות ב-125 אחוז ו-6 שעות ב-150, וזה לא מופיע בכלל."),

    # --- National Insurance disability allowance (older Russian immigrant, Haifa)
    P("ביטוח לאומי, מוקד נכות כללית, שלום."),
    P("שלום, אני ולנטינה פטרובה, אני מקבלת קצבה והחודש לא נכנס כסף.", ("name", "ולנטינה פטרובה")),
    P("הקצבה של 3,820 שקל צריכה להיכנס ב-25 לחודש, והיום כבר 28."),
    P(f"מספר זהות {_h_tz5}", ("id", _h_tz5)),
    P("28.10.1948", ("date_of_birth", "28.10.1948"), ctx="ותאריך לידה?"),
    P(f"החלפתי בנק, עכשיו בדיסקונט, זה החשבון החדש, {H_IBAN_VALENTINA}", ("iban", H_IBAN_VALENTINA)),
    P("לא, עברתי, רחוב הנביאים 17, דירה 4, קומה שנייה, חיפה", ("address", "רחוב הנביאים 17, דירה 4, קומה שנייה, חיפה"),
      ctx="הכתובת שלך עדיין אותה כתובת?"),
    P("טלפון בבית 04-8527391", ("phone", "04-8527391")),
    P("בדקתי, ההעברה חזרה מהבנק הקודם ב-26, נשלח שוב תוך 5 ימי עסקים."),

    # --- sewage-truck pumping (moshav farmer)
    P("שאיבות הגליל, ביוביות, שלום."),
    P("אהלן, מדבר שוקי מבית שערים, הבור ספיגה עולה לי שוב.", ("name", "שוקי")),
    P("מושב בית שערים, משק 42.", ("address", "מושב בית שערים, משק 42"), ctx="איפה זה בדיוק?"),
    P("תגיד לנהג שייכנס בכניסה השנייה אחרי הלול, ליד הפרדס."),
    P("ביובית של 12 קוב, 750 שקל פלוס מע\"מ, נוכל להגיע מחר בין 7 ל-11."),
    P(f"הנייד שלי {_h_ph_shuki}", ("phone", _h_ph_shuki)),
    P(f"תרשום את הדיינרס, {grp(H_CARD_SHUKI, [4, 6, 4])}", ("card", grp(H_CARD_SHUKI, [4, 6, 4]))),
]
LANGS["he"] = HE_1 + HE_2 + HE_3


# ======================================================================= Greek
# Calls: ski-equipment hire on Troodos (Cyprus), Hellenic Cadastre (older Athenian),
# dance school (Thessaloniki mother), island hotel on Naxos, consumer-protection
# service (older Cypriot), travel insurance (young caller), life insurance (Greek-
# American), island cruise booking, cesspit pumping (Cretan village), coffee-machine
# subscription (young Athenian), EV charging (Thessaloniki), disability allowance
# (older caller), payroll department (Greek and Cypriot employees).

EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
EL_TENS = ["", "δέκα", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα", "ογδόντα", "ενενήντα"]
EL_TEENS = ["έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι", "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_HUND = ["", "εκατό", "διακόσια", "τριακόσια", "τετρακόσια", "πεντακόσια", "εξακόσια", "εφτακόσια",
           "οχτακόσια", "εννιακόσια"]


def el_pair(g):
    t, u = int(g[0]), int(g[1])
    if t == 0:
        return f"μηδέν {EL_D[u]}"
    if t == 1:
        return "δέκα" if u == 0 else EL_TEENS[u - 1]
    return EL_TENS[t] if u == 0 else f"{EL_TENS[t]} {EL_D[u]}"


def el_triple(g):
    h = int(g[0])
    if h == 0:
        return f"μηδέν {el_pair(g[1:])}"
    if g[1:] == "00":
        return EL_HUND[h]
    head = "εκατόν" if h == 1 else EL_HUND[h]
    tail = EL_D[int(g[2])] if g[1] == "0" else el_pair(g[1:])
    return f"{head} {tail}"


def el_say(digs, sizes=None, joiner=", "):
    """Digits as Greek words; groups of 2 or 3 are read as numbers."""
    digs = only_digits(digs)
    if sizes is None:
        return " ".join(EL_D[int(c)] for c in digs)
    out = []
    for g in grp(digs, sizes).split(" "):
        out.append(el_pair(g) if len(g) == 2 else el_triple(g) if len(g) == 3
                   else " ".join(EL_D[int(c)] for c in g))
    return joiner.join(out)


G_CARD_SKI = card("431940227816503")
G_CARD_DANCE = card("516732009481275")
G_CARD_AMEX = card("37420981556233")
G_CARD_CRUISE = card("492118306674520")
G_CARD_COFFEE = card("535817440290613")
G_CARD_EV = card("676300741193855206")
G_CARD_DISC = card("601155802274391")
G_CARD_BOTHROS = card("455672018836290")

G_IBAN_GR1 = iban("GR", "0110125" + "0000004820177351")
G_IBAN_GR2 = iban("GR", "0172214" + "0005214036881027")
G_IBAN_GR3 = iban("GR", "0260043" + "0000510200731448")
G_IBAN_GR4 = iban("GR", "0140128" + "0000280101346695")
G_IBAN_GR5 = iban("GR", "0110567" + "0000056738402190")
G_IBAN_CY1 = iban("CY", "002" + "00123" + "0000000357201884")
G_IBAN_CY2 = iban("CY", "005" + "00208" + "0000001002746350")
G_IBAN_CY3 = iban("CY", "018" + "00004" + "0000000061829457")

G_AFM1 = afm("10482736")
G_AFM2 = afm("13957042")
G_AFM3 = afm("04471829")
G_AFM4 = afm("11620385")
G_AFM5 = afm("16073924")
G_AFM6 = afm("12835190")
G_AFM7 = afm("05591746")
G_SSN = ssn("118-52-7740")

_g_ph_ski = el_say("99457218", [2, 2, 2, 2])
_g_ph_land = el_say("2106419832", [3, 3, 4])
_g_ph_dance = el_say("6973218540", [3, 2, 3, 2])

EL_1 = [
    # --- ski-equipment hire on Troodos (young Cypriot)
    P("Troodos Ski Rentals, καλημέρα, η Άντρη εδώ.", ("name", "Άντρη")),
    P("Καλημέρα, εν ο Αντρέας Χαραλάμπους, θέλω να κλείσω εξοπλισμό για την Κυριακή, για τέσσερα άτομα.",
      ("name", "Αντρέας Χαραλάμπους")),
    P("Βεβαίως Αντρέα. Πέδιλα, μπότες και κράνος, είκοσι πέντε ευρώ την ημέρα ο καθένας, τα παιδιά δεκαοχτώ.",
      ("name", "Αντρέα")),
    P("Τα νούμερα των παπουτσιών εν 44, 39, 36 τζαι 33, τζαι ο μικρός εν ένα και τριάντα ύψος."),
    P("Ανοίγουμε στις οχτώ και μισή, και αν κλείσει ο δρόμος από τις Πλάτρες λόγω χιονιού σας παίρνουμε τηλέφωνο."),
    P(f"Ναι, {_g_ph_ski}", ("phone", _g_ph_ski), ctx="Σε ποιο κινητό να σας πάρουμε;"),
    P("andreas.ch99@cytanet.com.cy, για να μου στείλετε την απόδειξη", ("email", "andreas.ch99@cytanet.com.cy")),
    P(f"Να πληρώσω τώρα την προκαταβολή, Visa {grp(G_CARD_SKI, 4)}", ("card", grp(G_CARD_SKI, 4))),
    P("Δεκαεννιά του δέκα του ενενήντα εννιά", ("date_of_birth", "Δεκαεννιά του δέκα του ενενήντα εννιά"),
      ctx="Για την ασφάλεια χρειάζομαι ημερομηνία γέννησης του υπεύθυνου."),
    P("Οδός Γλάδστωνος 27, διαμέρισμα 4, 3041 Λεμεσός", ("address", "Οδός Γλάδστωνος 27, διαμέρισμα 4, 3041 Λεμεσός"),
      ctx="Και διεύθυνση για το συμβόλαιο;"),
    P(f"Αν δεν ανοίξει η πίστα, επιστροφή στον λογαριασμό μου, {G_IBAN_CY1}", ("iban", G_IBAN_CY1)),

    # --- Hellenic Cadastre (older Athenian)
    P("Ελληνικό Κτηματολόγιο, τηλεφωνικό κέντρο, καλημέρα σας."),
    P("Καλημέρα, λέγομαι Δημήτριος Κατσαρός, αλλά όλοι Μήτσο με λένε, θέλω να ρωτήσω για μια δήλωση ακινήτου.",
      ("name", "Δημήτριος Κατσαρός"), ("name", "Μήτσο")),
    P("Μάλιστα κύριε Κατσαρέ, έχετε τον ΚΑΕΚ του ακινήτου;", ("name", "Κατσαρέ")),
    P("Ναι, ΚΑΕΚ 050251703008, είναι ένα χωράφι στην Εύβοια, τέσσερα στρέμματα, από τη μάνα μου."),
    P(f"Ο ΑΦΜ μου είναι {G_AFM1}", ("id", G_AFM1)),
    P("Είκοσι δύο Ιουλίου του σαράντα εννιά", ("date_of_birth", "Είκοσι δύο Ιουλίου του σαράντα εννιά"),
      ctx="Και ημερομηνία γέννησης;"),
    P("Μένω στην Πατησίων 211, στον τρίτο όροφο, 112 53 Αθήνα", ("address", "Πατησίων 211, στον τρίτο όροφο, 112 53 Αθήνα")),
    P(f"Σταθερό, {_g_ph_land}", ("phone", _g_ph_land), ctx="Ένα τηλέφωνο επικοινωνίας;"),
    P("Το πρόστιμο για εκπρόθεσμη δήλωση είναι 20 ευρώ, και το πάγιο τέλος 35 ευρώ ανά δικαίωμα."),
    P("Το γραφείο στη Χαλκίδα είναι ανοιχτό Δευτέρα με Παρασκευή, 8 με 2, στην οδό Αβάντων."),

    # --- dance school (Thessaloniki mother)
    P("Σχολή χορού Τερψιχόρη, καλησπέρα."),
    P("Καλησπέρα, είμαι η Σούλα Μαυρίδου, θέλω να γράψω την κόρη μου στο μπαλέτο και στα παραδοσιακά.",
      ("name", "Σούλα Μαυρίδου")),
    P("Το μπαλέτο είναι Τρίτη και Πέμπτη 5:30 με 6:30, 45 ευρώ τον μήνα, και τα παραδοσιακά Σάββατο πρωί, 30 ευρώ."),
    P("Η παράσταση του Ιουνίου είναι στις 14 στο Βασιλικό Θέατρο, και τα κοστούμια τα χρεώνουμε 25 ευρώ."),
    P("Γεννήθηκε 3 Μαρτίου 2016, είναι Ιχθύς.", ("date_of_birth", "3 Μαρτίου 2016")),
    P(f"Το κινητό μου {_g_ph_dance}", ("phone", _g_ph_dance)),
    P(f"Να πληρώσω την εγγραφή με κάρτα, {grp(G_CARD_DANCE, 4)}", ("card", grp(G_CARD_DANCE, 4))),
    P("Αγίου Δημητρίου 45, δεύτερος όροφος, Θεσσαλονίκη", ("address", "Αγίου Δημητρίου 45, δεύτερος όροφος, Θεσσαλονίκη"),
      ctx="Και η διεύθυνση για την καρτέλα;"),

    # --- island hotel on Naxos (Athenian freelancer)
    P("Ξενοδοχείο Αστέρι της Νάξου, καλησπέρα, η Δέσποινα εδώ.", ("name", "Δέσποινα")),
    P("Καλησπέρα, με λένε Θοδωρής Λιάπης, θα ήθελα ένα δίκλινο από τις 8 μέχρι τις 15 Αυγούστου.",
      ("name", "Θοδωρής Λιάπης")),
    P("Για τον Δεκαπενταύγουστο έχουμε μόνο ένα με θέα στη θάλασσα, 140 ευρώ τη βραδιά με πρωινό, το δωμάτιο 12."),
    P("Το πλοίο φτάνει στις 14:30, το Blue Star από Πειραιά, μπορείτε να στείλετε κάποιον στο λιμάνι;"),
    P("thodoris τελεία liapis παπάκι hotmail τελεία com", ("email", "thodoris τελεία liapis παπάκι hotmail τελεία com"),
      ctx="Ένα email για την επιβεβαίωση;"),
    P(f"Θα σας δώσω την Amex για εγγύηση, {grp(G_CARD_AMEX, [4, 6, 5])}", ("card", grp(G_CARD_AMEX, [4, 6, 5]))),
    P(f"Θέλω τιμολόγιο, είμαι ελεύθερος επαγγελματίας, ΑΦΜ {grp(G_AFM6, 3)}", ("id", grp(G_AFM6, 3))),
    P("Λεωφόρος Κηφισίας 124, 115 26 Αθήνα", ("address", "Λεωφόρος Κηφισίας 124, 115 26 Αθήνα"),
      ctx="Και η διεύθυνσή σας για το τιμολόγιο;"),
    P("Το check-out είναι στις 11, και για late check-out μέχρι τις 4 χρεώνουμε 40 ευρώ."),

    # --- consumer-protection service (older Cypriot, Limassol)
    P("Υπηρεσία Προστασίας Καταναλωτή, καλημέρα σας."),
    P("Καλημέρα κόρη μου, είμαι η Μαρούλλα Γεωργίου που τη Λεμεσό, αγόρασα ένα κλιματιστικό τζαι εν δουλεύκει.",
      ("name", "Μαρούλλα Γεωργίου")),
    P("Μάλιστα κυρία Γεωργίου, πότε το αγοράσατε και από ποιο κατάστημα;", ("name", "Γεωργίου")),
    P("Στις 3 του Ιούλη, 899 ευρώ, από τα Ηλεκτρικά Κώστας στην Ανεξαρτησίας, τζαι η εγγύηση εν δύο χρόνια."),
    P("Το σταθερό μου εν 25 873 416", ("phone", "25 873 416")),
    P("Αρχιεπισκόπου Κυπριανού 58, διαμέρισμα 203, 3036 Λεμεσός",
      ("address", "Αρχιεπισκόπου Κυπριανού 58, διαμέρισμα 203, 3036 Λεμεσός"),
      ctx="Η διεύθυνσή σας για την επιστολή;"),
    P(f"Αν μου δώσουν πίσω τα λεφτά, να τα βάλουν στον λογαριασμό μου, {grp(G_IBAN_CY2, 4)}",
      ("iban", grp(G_IBAN_CY2, 4))),
    P("Ο αριθμός του παραπόνου σας είναι 7781 του 2024, και θα λάβετε απάντηση μέσα σε 30 εργάσιμες."),
]
LANGS["el"] = EL_1


_g_afm2 = el_say(G_AFM2, [3, 3, 3])
_g_ph_cruise = el_say("6944182763", [4, 2, 2, 2])
_g_card_cruise = el_say(G_CARD_CRUISE, [4, 4, 4, 4])
_g_afm7 = el_say(G_AFM7)

EL_2 = [
    # --- travel insurance (young Athenian abroad)
    P("Ασφάλειες ταξιδιού Ταξιδεύω Άνετα, καλησπέρα, πώς μπορώ να βοηθήσω;"),
    P("Γεια σας, λέγομαι Νεφέλη Αντωνίου, είμαι στη Λισαβόνα και μου έκλεψαν το σακίδιο με το λάπτοπ.",
      ("name", "Νεφέλη Αντωνίου")),
    P("Το συμβόλαιό σας είναι το ΤΑ-558120, καλύπτει μέχρι 1.500 ευρώ για αποσκευές, με απαλλαγή 100."),
    P("Χρειάζομαι τη δήλωση από την αστυνομία και αποδείξεις, το λάπτοπ το πήρα πέρσι τον Νοέμβριο 1.199 ευρώ."),
    P(f"ο αφμ μου {_g_afm2}", ("id", _g_afm2)),
    P("γεννήθηκα 12/04/1998", ("date_of_birth", "12/04/1998"), ctx="Και την ημερομηνία γέννησης, για ταυτοποίηση;"),
    P("nefeli κάτω παύλα antoniou παπάκι gmail τελεία com", ("email", "nefeli κάτω παύλα antoniou παπάκι gmail τελεία com")),
    P("Το κινητό μου είναι +30 694 718 2265, έχω ρόαμινγκ", ("phone", "+30 694 718 2265")),
    P(f"Την αποζημίωση στον λογαριασμό μου στην Εθνική, {grp(G_IBAN_GR1, 4)}", ("iban", grp(G_IBAN_GR1, 4))),
    P("Η πτήση της επιστροφής είναι η A3 621 την Κυριακή στις 18:40, φτάνω Αθήνα 23:15."),

    # --- life insurance (Greek-American from Astoria)
    P("Ασφαλιστική Ολύμπια, τμήμα ασφαλειών ζωής, καλημέρα."),
    P("Καλημέρα, είμαι ο Κωνσταντίνος Παπαγεωργίου, αλλά στην Αμερική με λένε Gus, μένω στην Αστόρια τριάντα χρόνια.",
      ("name", "Κωνσταντίνος Παπαγεωργίου"), ("name", "Gus")),
    P("Έχω ένα συμβόλαιο από το 1995 εδώ στην Ελλάδα και θέλω να αλλάξω δικαιούχο, το ασφάλισμα είναι 50.000 ευρώ."),
    P(f"Ο ελληνικός ΑΦΜ μου είναι {G_AFM3}, και το αμερικάνικο social security {G_SSN}",
      ("id", G_AFM3), ("id", G_SSN)),
    P("Τέσσερις Ιουλίου, χίλια εννιακόσια πενήντα οχτώ", ("date_of_birth", "Τέσσερις Ιουλίου, χίλια εννιακόσια πενήντα οχτώ"),
      ctx="Την ημερομηνία γέννησής σας;"),
    P("Το τηλέφωνο στη Νέα Υόρκη, 718 274 9051", ("phone", "718 274 9051")),
    P("το email είναι gus.papa58@aol.com", ("email", "gus.papa58@aol.com")),
    P(f"Τα ασφάλιστρα να τα χρεώνετε στην Discover μου, {grp(G_CARD_DISC, 4)}", ("card", grp(G_CARD_DISC, 4))),
    P(f"Και αν γίνει κάτι, το ποσό να πάει στον λογαριασμό στην Εθνική, {grp(G_IBAN_GR5, 4)}", ("iban", grp(G_IBAN_GR5, 4))),

    # --- island cruise booking
    P("Κρουαζιέρες Αιγαίου, κρατήσεις, καλησπέρα."),
    P("Γεια σας, Μπάμπης Τσακίρης εδώ, θέλω να κλείσω την τριήμερη κρουαζιέρα, Μύκονο, Πάτμο, Κουσάντασι.",
      ("name", "Μπάμπης Τσακίρης")),
    P("Φυσικά κύριε Μπάμπη. Η επόμενη αναχώρηση είναι Παρασκευή 19 Σεπτεμβρίου από το Λαύριο, 520 ευρώ το άτομο σε εσωτερική καμπίνα.",
      ("name", "Μπάμπη")),
    P("Θα είμαστε δύο, την καμπίνα 7042 αν είναι ελεύθερη, και χρειαζόμαστε διαβατήρια για την Τουρκία;"),
    P(f"Ναι, το κινητό {_g_ph_cruise}", ("phone", _g_ph_cruise), ctx="Ένα τηλέφωνο για την κράτηση;"),
    P("b-a-b-i-s παύλα t-s-a-k παπάκι yahoo τελεία gr", ("email", "b-a-b-i-s παύλα t-s-a-k παπάκι yahoo τελεία gr"),
      ctx="Και το email σας;"),
    P(f"Πληρώνω με Visa, {_g_card_cruise}", ("card", _g_card_cruise)),
    P("Οι λιμενικοί φόροι είναι 89 ευρώ ανά άτομο, και το πακέτο ποτών 35 ευρώ τη μέρα."),

    # --- cesspit pumping (Cretan village)
    P("Αποφράξεις Βόθρων Χανίων, παρακαλώ."),
    P("Ναι, γεια σου, εδώ Στέλιος Μαρκάκης από τον Βάμο, ο βόθρος ξεχείλισε πάλι.", ("name", "Στέλιος Μαρκάκης")),
    P("Βάμος Αποκορώνου, οδός Ελευθερίου Βενιζέλου 8", ("address", "Βάμος Αποκορώνου, οδός Ελευθερίου Βενιζέλου 8"),
      ctx="Πού ακριβώς είναι το σπίτι;"),
    P("Θα δεις την εκκλησία του Αγίου Γεωργίου, και μετά το καφενείο στρίβεις δεξιά."),
    P("Το βυτίο είναι 10 κυβικά, 120 ευρώ η άντληση, και πάνω από 20 χιλιόμετρα 1,5 ευρώ το χιλιόμετρο."),
    P("Σταθερό 28250 31417, κινητό δεν έχω", ("phone", "28250 31417")),
    P(f"Θα ήθελα απόδειξη με ΑΦΜ, {_g_afm7}", ("id", _g_afm7)),
    P(f"Να πληρώσω με κάρτα, {grp(G_CARD_BOTHROS, 4)}", ("card", grp(G_CARD_BOTHROS, 4))),
    P("Μπορούμε να έρθουμε αύριο μεταξύ 9 και 1, ή την Πέμπτη το απόγευμα."),
]
LANGS["el"] = EL_1 + EL_2


_g_iban_ev = spell_alnum(G_IBAN_GR2, EL_D)
_g_afm4 = el_say(G_AFM4, [3, 2, 2, 2])
_g_ph_koula = el_say("2310448912", [4, 3, 3])
_g_ph_savvas = el_say("96518803", [2, 2, 2, 2])

EL_3 = [
    # --- coffee-machine subscription (young Athenian, no punctuation)
    P("Coffee Club Hellas, καλησπέρα, πώς μπορώ να σας εξυπηρετήσω;"),
    P("γεια σας είμαι ο ιάσονας δούκας θέλω να αλλάξω το πρόγραμμα γιατί δεν πίνω πια τόσο καφέ",
      ("name", "ιάσονας δούκας")),
    P("Το πρόγραμμα των 60 καψουλών είναι 24,90 τον μήνα, και με 12μηνη δέσμευση η μηχανή είναι δωρεάν."),
    P("Και στείλτε τις κάψουλες στη νέα μου διεύθυνση, Ιπποκράτους 33, τέταρτος όροφος, Εξάρχεια",
      ("address", "Ιπποκράτους 33, τέταρτος όροφος, Εξάρχεια")),
    P(f"Αλλάξτε και την κάρτα, {grp(G_CARD_COFFEE, 4, '-')}", ("card", grp(G_CARD_COFFEE, 4, "-"))),
    P("Το email παραμένει iasonas.doukas@protonmail.com", ("email", "iasonas.doukas@protonmail.com")),
    P("Η επόμενη αποστολή φεύγει στις 3 του μήνα, και η ACS την παραδίδει σε 1 με 2 εργάσιμες."),

    # --- EV charging (Thessaloniki)
    P("Κέντρο εξυπηρέτησης ElectroCharge, καλημέρα."),
    P("Καλημέρα, το όνομά μου είναι Κατερίνα Ζαχαρίου, ο φορτιστής στο πάρκινγκ της Αριστοτέλους με χρέωσε δύο φορές.",
      ("name", "Κατερίνα Ζαχαρίου")),
    P("Βλέπω δύο χρεώσεις των 18,60 ευρώ στις 7 Μαρτίου, 10:42 και 10:44, για 32 κιλοβατώρες."),
    P(f"Η κάρτα είναι η Maestro, {grp(G_CARD_EV, [4, 4, 4, 4, 3])}", ("card", grp(G_CARD_EV, [4, 4, 4, 4, 3]))),
    P(f"Προτιμώ να μου τα επιστρέψετε στον λογαριασμό, {_g_iban_ev}", ("iban", _g_iban_ev)),
    P("katerina τελεία zachariou παπάκι outlook τελεία com", ("email", "katerina τελεία zachariou παπάκι outlook τελεία com"),
      ctx="Σε ποιο email να στείλουμε την επιβεβαίωση;"),
    P("Η επιστροφή γίνεται σε 5 με 7 εργάσιμες, ο αριθμός αιτήματος είναι 30017."),

    # --- disability allowance (older woman, Thessaloniki)
    P("ΟΠΕΚΑ, γραμμή εξυπηρέτησης, παρακαλώ."),
    P("Καλημέρα παιδί μου, Κυριακή Μπαλτά λέγομαι, Κούλα με φωνάζουν, δεν πήρα το επίδομα αναπηρίας αυτόν τον μήνα.",
      ("name", "Κυριακή Μπαλτά"), ("name", "Κούλα")),
    P("Το επίδομα είναι 362 ευρώ και πληρώνεται την τελευταία εργάσιμη του μήνα, δηλαδή στις 29."),
    P(f"Ναι, {_g_afm4}", ("id", _g_afm4), ctx="Τον ΑΦΜ σας, παρακαλώ."),
    P("Δεκαπέντε Αυγούστου του πενήντα δύο, της Παναγίας", ("date_of_birth", "Δεκαπέντε Αυγούστου του πενήντα δύο"),
      ctx="Και την ημερομηνία γέννησης;"),
    P(f"Άλλαξα τράπεζα, πάει στη Eurobank τώρα, {grp(G_IBAN_GR3, 4)}", ("iban", grp(G_IBAN_GR3, 4))),
    P("Μένω στην Εγνατία 102, πέμπτος όροφος, 546 31 Θεσσαλονίκη", ("address", "Εγνατία 102, πέμπτος όροφος, 546 31 Θεσσαλονίκη")),
    P(f"Τηλέφωνο {_g_ph_koula}", ("phone", _g_ph_koula)),
    P("Η επανεξέταση από την ΚΕΠΑ είναι στις 12 Νοεμβρίου, στις 10:30, στο Παπαγεωργίου."),

    # --- payroll department (Greek and Cypriot employees)
    P("Τμήμα μισθοδοσίας, καλημέρα."),
    P("Καλημέρα, Ευάγγελος Ρήγας από την αποθήκη στον Ασπρόπυργο, ο Βαγγέλης, μου λείπουν οι υπερωρίες του Φεβρουαρίου.",
      ("name", "Ευάγγελος Ρήγας"), ("name", "Βαγγέλης")),
    P(f"Ο ΑΦΜ είναι {G_AFM5}", ("id", G_AFM5)),
    P("τρεις του πέμπτου του ογδόντα εφτά", ("date_of_birth", "τρεις του πέμπτου του ογδόντα εφτά"),
      ctx="Ημερομηνία γέννησης για επιβεβαίωση;"),
    P(f"Και από τον επόμενο μήνα ο μισθός να πηγαίνει στην Alpha, {grp(G_IBAN_GR4, 4)}", ("iban", grp(G_IBAN_GR4, 4))),
    P("Οι υπερωρίες είναι 16 ώρες με προσαύξηση 40%, θα μπουν με τη μισθοδοσία της 30ής."),
    P("Καλημέρα, ο Σάββας Νικολάου είμαι, από το γραφείο της Λάρνακας, άλλαξα διεύθυνση και τράπεζα.",
      ("name", "Σάββας Νικολάου")),
    P("Λεωφόρος Αρτέμιδος 14, διαμέρισμα 302, 6020 Λάρνακα", ("address", "Λεωφόρος Αρτέμιδος 14, διαμέρισμα 302, 6020 Λάρνακα"),
      ctx="Πείτε μου τη νέα διεύθυνση."),
    P(f"Ο νέος λογαριασμός, {G_IBAN_CY3}", ("iban", G_IBAN_CY3)),
    P("το προσωπικό μου email, savvas_n@outlook.com", ("email", "savvas_n@outlook.com")),
    P("είκοσι τρεις Ιανουαρίου ενενήντα ένα", ("date_of_birth", "είκοσι τρεις Ιανουαρίου ενενήντα ένα"),
      ctx="Και ημερομηνία γέννησης, να σας βρω στο σύστημα;"),
    P(f"κινητό {_g_ph_savvas}", ("phone", _g_ph_savvas)),
    P("Τον 13ο μισθό τον πληρώνουμε τον Δεκέμβριο, και για το ΓεΣΥ κρατείται 2,65%."),
]
LANGS["el"] = EL_1 + EL_2 + EL_3


if __name__ == "__main__":
    main()
