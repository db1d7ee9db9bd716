#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind38".

Written by a helper session working only from a written brief. That session never
read the redactor, its rules, its tests, or any other evaluation set or generator;
every line below comes from the brief and from general knowledge of how people
talk on customer-service phone calls (health, care, wellbeing and family services).

Running it writes data/redaction/blind38/{en,ar,he,el}.jsonl (relative to the
repository root), one JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}   # "context" optional, not scored

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
- Items with empty spans are non-personal and must come out unchanged.

All values are invented. Check-digit values (cards, IBANs, national IDs) are
computed here and asserted; long non-personal numbers are asserted to FAIL the
checks. Spans are located by searching for their substring (in order, each
search starting after the previous span) and asserted.

Deterministic: standard library only, no randomness.
"""
import json
import os
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits


def digits(s):
    return "".join(ch for ch in s if ch.isdigit())


def luhn_ok(num):
    d = [int(c) for c in digits(num)]
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_make(body):
    """Append the Luhn check digit to body (a digit string)."""
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "LB": 28, "QA": 29, "KW": 30,
            "BH": 22, "FR": 27, "NL": 18, "PS": 29}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = "".join(iban.split()).upper()
    if s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    bban = bban.replace(" ", "")
    assert len(bban) + 4 == IBAN_LEN[cc], (cc, bban, len(bban))
    chk = 98 - _iban_num(bban + cc + "00") % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(iban)
    return iban


def tz_ok(num):
    d = digits(num)
    if len(d) != 9:
        return False
    total = 0
    for i, c in enumerate(d):
        x = int(c) * (1 if i % 2 == 0 else 2)
        total += x // 10 + x % 10
    return total % 10 == 0


def tz_make(body8):
    for c in "0123456789":
        if tz_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def afm_ok(num):
    d = digits(num)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm_make(body8):
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def saudi_make(body9):
    assert body9[0] in "12" and len(body9) == 9
    return luhn_make(body9)


def saudi_ok(num):
    d = digits(num)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(num):
    d = digits(num)
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def card_ok(num):
    d = digits(num)
    return 13 <= len(d) <= 19 and luhn_ok(d)


def not_personal_number(num):
    """Assert a long non-personal number fails every check."""
    d = digits(num)
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), ("luhn-valid", num)
    assert not tz_ok(d), ("tz-valid", num)
    assert not afm_ok(d), ("afm-valid", num)
    assert not saudi_ok(d), ("saudi-valid", num)
    return num


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def grp4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_IND = "٠١٢٣٤٥٦٧٨٩"
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def say(s, words, sep=" ", oh=False):
    out = []
    for c in s:
        if c.isdigit():
            w = words[int(c)]
            if oh and c == "0":
                w = "oh"
            out.append(w)
    return sep.join(out)


def en(s, oh=False, sep=" "):
    return say(s, EN_D, sep, oh)


def ar(s, sep=" "):
    return say(s, AR_D, sep)


def ar_ind(s):
    return "".join(AR_IND[int(c)] if c.isdigit() else c for c in s)


def he(s, sep=" ", masc=False):
    return say(s, HE_M if masc else HE_F, sep)


def el(s, sep=" "):
    return say(s, EL_D, sep)


def wg(fn, s, sizes, sep=", ", **kw):
    """Speak s in groups: wg(en, "07700988416", [5, 3, 3])."""
    return sep.join(fn(g, **kw) for g in grp(s, sizes).split(" "))


# ---------------------------------------------------------------- building

LANGS = {}


def build(items):
    """items: list of (text, [(kind, substring), ...], context-or-None)."""
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        cursor = 0
        out = []
        for kind, sub in spans:
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            assert sb, (text, kind)
            pos = b.find(sb, cursor)
            assert pos >= 0, ("span not found", kind, sub, text)
            out.append({"kind": kind, "start": pos, "end": pos + len(sb)})
            assert b[pos:pos + len(sb)].decode("utf-8") == sub
            assert sub == sub.strip(), ("span has outer space", sub)
            cursor = pos + len(sb)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def stats(rows):
    c = {k: 0 for k in sorted(KINDS)}
    neg = 0
    for r in rows:
        if not r["spans"]:
            neg += 1
        for s in r["spans"]:
            c[s["kind"]] += 1
    return c, neg


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind38")
    os.makedirs(outdir, exist_ok=True)
    for lang, fn in LANGS.items():
        rows = build(fn())
        texts = [r["text"] for r in rows]
        assert len(texts) == len(set(texts)), "duplicate text in " + lang
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c, neg = stats(rows)
        print(lang, len(rows), "items,", sum(c.values()), "spans,", neg, "empty:",
              " ".join("%s=%d" % kv for kv in c.items()))


# ---------------------------------------------------------------- languages
# (each language registers a function returning its items)

# ================================================================ English


def en_items_1():
    I = []
    a = I.append
    # --- call 1: donor breast-milk bank (Yorkshire, UK)
    a(("Good morning, Northern Donor Milk Bank, you're speaking to Harriet, how can I help?",
       [("name", "Harriet")]))
    a(("Hi, yeah, my name's Chloe Whitfield, I rang last week about, um, about donating.",
       [("name", "Chloe Whitfield")]))
    a(("Lovely, thanks Chloe. And can I take a date of birth for you?", [("name", "Chloe")]))
    a(("It's the fourteenth of February, ninety-one.", [("date_of_birth", "the fourteenth of February, ninety-one")],
       "And can I take a date of birth for you?"))
    a(("And baby's date of birth?", []))
    a(("she was born on the 3rd of June so she's about eleven weeks now",
       [("date_of_birth", "3rd of June")], "And baby's date of birth?"))
    a(("We freeze it for at least 24 hours, and the van comes round every second Tuesday.", []))
    a(("What's the best number to get you on?", []))
    a(("zero seven seven double oh, nine double eight, four one six",
       [("phone", "zero seven seven double oh, nine double eight, four one six")],
       "What's the best number to get you on?"))
    a(("yeah it's chloe dot whitfield ninety one at gmail dot com",
       [("email", "chloe dot whitfield ninety one at gmail dot com")],
       "And an email for the screening forms?"))
    a(("Where should the courier pick up the freezer box from?", []))
    a(("Flat 2, 17 Ashbourne Road, Headingley, LS6 3JP. It's the door round the side.",
       [("address", "Flat 2, 17 Ashbourne Road, Headingley, LS6 3JP")],
       "Where should the courier pick up the freezer box from?"))
    a(("The box holds up to 4 litres and the collection slot is between 9 and 1.", []))
    a(("Your reference is DMB 40721 and the blood test kit should be with you by Thursday the 12th.", []))

    # --- call 2: tinnitus retraining clinic (Cork, Ireland)
    a(("Hello, Quiet Mind Tinnitus Clinic, Aoife speaking.", [("name", "Aoife")]))
    a(("Howya, it's Paddy Sullivan here, I've an appointment Thursday I think.",
       [("name", "Paddy Sullivan")]))
    a(("Grand, Paddy, I have you down for half two on Thursday the ninth.", [("name", "Paddy")]))
    a(("Nineteenth of the eleventh, nineteen fifty-eight.",
       [("date_of_birth", "Nineteenth of the eleventh, nineteen fifty-eight")],
       "Can you confirm your date of birth for me?"))
    a(("And the mobile, is it still oh eight seven, two two four, six one nine oh?",
       [("phone", "oh eight seven, two two four, six one nine oh")]))
    a(("No, that's changed, it's oh eight six now, three three one, double five, oh two.",
       [("phone", "oh eight six now, three three one, double five, oh two")]))
    a(("The sound generator rental is forty euro a month, billed on the first.", []))
    ie1 = iban_make("IE", "BOFI90001712345678")
    a(("For the direct debit, the IBAN is " + grp4(ie1) + ", that's Bank of Ireland.",
       [("iban", grp4(ie1))]))
    a(("The programme runs eighteen months and most people notice a difference after six to eight weeks.", []))
    a(("so the session on the 9th is at 2:30 and the one after is the 23rd at 11", []))

    # --- call 3: stoma-care supplies home delivery (Dundee, Scotland)
    a(("You're through to StomaDirect home delivery, my name is Devinder, how can I help today?",
       [("name", "Devinder")]))
    a(("oh hello dear it's Mrs Henderson, Margaret Henderson, I'm ringing about my bags",
       [("name", "Henderson"), ("name", "Margaret Henderson")]))
    a(("No problem. Can I just check the address we have, is it 42 Kirkton Crescent?",
       [("address", "42 Kirkton Crescent")]))
    a(("That's right, 42 Kirkton Crescent, Dundee, DD3 9LR.",
       [("address", "42 Kirkton Crescent, Dundee, DD3 9LR")]))
    a(("So that's sixty closed pouches, size thirty-eight millimetre, and two boxes of the adhesive remover wipes.", []))
    a(("Your next delivery's due on the 23rd, that's a Monday, between eight and twelve.", []))
    a(("It's oh one three eight two, five four one, seven seven three.",
       [("phone", "oh one three eight two, five four one, seven seven three")],
       "Could I get a phone number in case the driver can't find you?"))
    a(("Prescription 7710 2293 came over from the Lochee surgery on the fourth.", []))

    # --- call 4: postpartum doula agency (Atlanta, US)
    a(("Thanks for calling Fourth Trimester Doulas, this is Brianna.", [("name", "Brianna")]))
    a(("Hi, um, I'm Keisha, Keisha Robinson, I'm due in like five weeks.",
       [("name", "Keisha"), ("name", "Keisha Robinson")]))
    a(("October twenty-second, but my OB thinks it might be earlier.", [],
       "Congratulations! And when's your due date?"))
    a(("Our overnight package is thirty-two hundred dollars for twelve nights, with a five hundred deposit.", []))
    c1 = luhn_make("441712348806195")
    a(("Sure, it's a Visa, " + wg(en, c1, [4, 4, 4, 4]) + ".",
       [("card", wg(en, c1, [4, 4, 4, 4]))]))
    a(("five three one, four seven, two two eight six", [("id", "five three one, four seven, two two eight six")],
       "For the FSA letter I'll need the policyholder's social."))
    assert ssn_ok("531472286")
    a(("it's keisha underscore rob at yahoo dot com", [("email", "keisha underscore rob at yahoo dot com")],
       "And an email for the contract?"))
    a(("seven twelve ninety-four", [("date_of_birth", "seven twelve ninety-four")],
       "And your birthday for the intake form?"))
    a(("We're at 1187 Maple Ridge Drive, apartment 4B, Decatur, Georgia 30033.",
       [("address", "1187 Maple Ridge Drive, apartment 4B, Decatur, Georgia 30033")]))
    a(("So the first overnight shift would be the night you get home, eight p.m. to six a.m.", []))

    # --- call 5: hyperbaric oxygen therapy centre (Gold Coast, Australia)
    a(("G'day, Coastal Hyperbaric, Jas speaking.", [("name", "Jas")]))
    a(("Hi, it's Minh Tran, I've got a referral from my GP for the twenty sessions.",
       [("name", "Minh Tran")]))
    a(("Each session's about two hours at two point four atmospheres, so you'll need to be here by seven forty-five.", []))
    a(("Yeah mobile's zero four three one, eight eight two, oh five nine.",
       [("phone", "zero four three one, eight eight two, oh five nine")]))
    a(("DOB's the second of April 1979.", [("date_of_birth", "the second of April 1979")]))
    a(("Unit 6, 24 Kirra Street, Coolangatta, Queensland 4225.",
       [("address", "Unit 6, 24 Kirra Street, Coolangatta, Queensland 4225")],
       "And your home address, Minh?"))
    c2 = luhn_make("523911046723308")
    a(("Card's a Mastercard, " + grp4(c2) + ", cheers.", [("card", grp4(c2))]))
    a(("Medicare item number 13015, and the gap's about ninety-five bucks a dive.", []))
    a(("Cheers, see you Monday at a quarter to eight then.", []))

    # --- call 6: eating-disorder outpatient clinic (Chicago, US), father calling
    a(("Lakeshore Eating Recovery, this is Marisol, how can I help you?", [("name", "Marisol")]))
    a(("Yeah hi, my name is Doug Kowalski, I'm calling about my daughter, she's fifteen.",
       [("name", "Doug Kowalski")]))
    a(("She was born March 3rd, 2010.", [("date_of_birth", "March 3rd, 2010")],
       "Okay, Mr. Kowalski, what's her date of birth?"))
    a(("Subscriber's social is 214-63-9087, that's me, I'm the subscriber.",
       [("id", "214-63-9087")]))
    assert ssn_ok("214639087")
    a(("Best number is three one two, five five five, oh one eight seven.",
       [("phone", "three one two, five five five, oh one eight seven")]))
    a(("dkowalski at comcast dot net, all one word", [("email", "dkowalski at comcast dot net")],
       "And where should I email the intake packet?"))
    c3 = luhn_make("601100728814052")
    a(("For the assessment fee, it's a Discover card, " + wg(en, c3, [4, 4, 4, 4], sep=" ") + ".",
       [("card", wg(en, c3, [4, 4, 4, 4], sep=" "))]))
    a(("The intensive outpatient program is three hours a day, four days a week, for about eight to twelve weeks.", []))
    a(("We have an intake slot on Monday the 14th at 10:30 or Wednesday at 3.", []))
    a(("okay I'll put her down for Monday then and you'll get a text the day before", []))
    return I




def en_items_2():
    I = []
    a = I.append
    # --- call 7: respite-care short breaks (London, Nigerian caller)
    a(("Good afternoon o. My name is Oluwaseun Adeyemi, but everybody calls me Seun. It's for my mummy.",
       [("name", "Oluwaseun Adeyemi"), ("name", "Seun")]))
    a(("Mummy lives with me, at 14 Okehampton Close, Thamesmead, London, SE28 8BT.",
       [("address", "14 Okehampton Close, Thamesmead, London, SE28 8BT")]))
    a(("plus four four, seven nine one one, two three eight, five four zero",
       [("phone", "plus four four, seven nine one one, two three eight, five four zero")],
       "And a contact number for you?"))
    a(("Email is seun dot adeyemi at outlook dot co dot uk.",
       [("email", "seun dot adeyemi at outlook dot co dot uk")]))
    a(("The council funds up to fourteen nights a year, after that it's a hundred and eighteen pounds a night.", []))
    gb1 = iban_make("GB", "BARC20038441736208")
    a(("For the deposit refund, my IBAN is " + gb1 + ", Barclays.", [("iban", gb1)]))
    a(("Her next assessment is on the 30th of September, and the carer's review is in January.", []))

    # --- call 8: supervised child-contact centre (Cardiff, Wales)
    a(("Morning, Riverside Child Contact Centre, Rhys speaking.", [("name", "Rhys")]))
    a(("hiya it's danny danny connolly the court's said I need to book supervised contact",
       [("name", "danny danny connolly")]))
    a(("The sessions are Saturdays, ten till twelve, and it's twenty-five pound a session paid in advance.", []))
    a(("The order's dated the 2nd of May and the case number is CF24P00391.", []))
    a(("Twenty-ninth of August, eighty-seven.", [("date_of_birth", "Twenty-ninth of August, eighty-seven")],
       "Date of birth, Danny?"))
    c4 = luhn_make("492181530047762")
    a(("Go on then, " + grp(c4, [4, 4, 4, 4], "-") + ", it's a debit card.", [("card", grp(c4, [4, 4, 4, 4], "-"))]))
    a(("d connolly eight seven at hotmail dot co dot uk", [("email", "d connolly eight seven at hotmail dot co dot uk")],
       "And an email for the confirmation?"))
    gb2 = iban_make("GB", "NWBK60731209518843")
    a(("If the session's cancelled we refund to " + grp4(gb2) + ".", [("iban", grp4(gb2))]))
    a(("So that's six sessions, first one Saturday the 18th, ten o'clock, room 3.", []))

    # --- call 9: varicose-vein clinic (Bangalore), caller working in Riyadh
    a(("VeinCare Clinic, Priya here, good morning.", [("name", "Priya")]))
    a(("Good morning madam, my name is Venkatesh, V-E-N-K-A-T-E-S-H, I am calling from Riyadh.",
       [("name", "Venkatesh"), ("name", "V-E-N-K-A-T-E-S-H")]))
    iq = saudi_make("247150983")
    a(("For the medical certificate they want my Iqama number also, it is " + wg(en, iq, [3, 3, 4], sep=" ") + ".",
       [("id", wg(en, iq, [3, 3, 4], sep=" "))]))
    a(("my number here is plus nine six six, five zero four, one one seven, two eight three",
       [("phone", "plus nine six six, five zero four, one one seven, two eight three")]))
    a(("vky dot subra at rediffmail dot com", [("email", "vky dot subra at rediffmail dot com")],
       "Where should I send the scan report, sir?"))
    a(("Sclerotherapy is two sessions, each is eighteen thousand five hundred rupees, and the Doppler scan is 3,200.", []))
    c5 = luhn_make("3056930902590")
    a(("I'll pay by Diners, " + grp(c5, [4, 6, 4]) + ".", [("card", grp(c5, [4, 6, 4]))]))
    sa1 = iban_make("SA", "80000608010167519452")
    a(("Or I can transfer from my Al Rajhi account, " + grp4(sa1) + ", if that is easier.", [("iban", grp4(sa1))]))
    a(("I land on the 6th, flight SV 762, so Saturday the 8th at 11 is fine.", []))

    # --- call 10: smoking-cessation service (Dublin, Ireland)
    a(("Quit Clinic Dublin, Ciarán speaking.", [("name", "Ciarán")]))
    a(("Hi there, Breda Fitzgerald, I'm on the twelve-week programme.",
       [("name", "Breda Fitzgerald")]))
    a(("sixth of january nineteen seventy", [("date_of_birth", "sixth of january nineteen seventy")],
       "Can you just confirm your date of birth for me?"))
    a(("You've been smoke free eleven days, that's brilliant, and the patches are twenty-one milligram for the first six weeks.", []))
    a(("I've moved actually, it's Apartment 9, The Maltings, Bride Street, Dublin 8, D08 K7P2.",
       [("address", "Apartment 9, The Maltings, Bride Street, Dublin 8, D08 K7P2")]))
    ie2 = iban_make("IE", "AIBK93115212345671")
    a(("For the refund of the deposit, IBAN's " + grp4(ie2) + ".", [("iban", grp4(ie2))]))
    a(("Carbon monoxide reading was four parts per million, down from twenty-two.", []))

    # --- call 11: lymphoedema compression-garment fitting (Perth, Australia)
    a(("Oh hi, um, I need to reorder my sleeve and glove, the old ones are stretched.", []))
    a(("The flat-knit sleeve is class two, and we re-measure every six months; the rebate covers two garments a year.", []))
    a(("Same address? 34 Banksia Parade, Mandurah, WA 6210?",
       [("address", "34 Banksia Parade, Mandurah, WA 6210")]))
    a(("it's shaz.mcallister@bigpond.com", [("email", "shaz.mcallister@bigpond.com")],
       "And the email for the receipt?"))
    c6 = luhn_make("450399112278160")
    a(("Visa, " + en(c6[:4]) + ", " + c6[4:8] + ", " + en(c6[8:12]) + ", " + c6[12:] + ".",
       [("card", en(c6[:4]) + ", " + c6[4:8] + ", " + en(c6[8:12]) + ", " + c6[12:])]))
    a(("That's two hundred and forty-six dollars, and it'll be ready in ten working days.", []))

    # --- call 12: adoption agency information line (Albuquerque, US)
    a(("Desert Bloom Adoptions, this is Tamara, how can I help you today?", [("name", "Tamara")]))
    a(("Hi, yes, uh, we're starting the home study, my wife and I.", []))
    a(("The home study fee is $2,800 and the average wait right now is eighteen to twenty-four months.", []))
    a(("Mine's four oh eight, six one, five five two nine.", [("id", "four oh eight, six one, five five two nine")],
       "For the background check we'll need both Social Security numbers."))
    a(("And my wife's is 527 88 1043.", [("id", "527 88 1043")]))
    assert ssn_ok("408615529") and ssn_ok("527881043")
    a(("two two one oh calle cuervo northwest albuquerque new mexico eight seven one oh four",
       [("address", "two two one oh calle cuervo northwest albuquerque new mexico eight seven one oh four")],
       "And what's the home address?"))
    a(("Cell is five oh five, four eight two, seven seven one three.",
       [("phone", "five oh five, four eight two, seven seven one three")]))
    a(("ortega dot family dot adopt at gmail dot com", [("email", "ortega dot family dot adopt at gmail dot com")],
       "Email for the orientation invite?"))
    a(("Um, eleven, twenty, eighty-two.", [("date_of_birth", "eleven, twenty, eighty-two")],
       "And your date of birth, Mr. Ortega?"))
    c7 = luhn_make("37828200631400")
    a(("Application fee on the Amex, " + grp(c7, [4, 6, 5]) + ".", [("card", grp(c7, [4, 6, 5]))]))
    a(("Orientation is Tuesday the 4th at 6 p.m., it's about ninety minutes, and there's a 10 percent discount for military families.", []))

    # --- call 13: postnatal recovery hotel (Israel), Anglo immigrant caller
    a(("Hi, I'm calling from the US side of the family, well, we made aliyah, about the recovery hotel after the birth.", []))
    tz1 = tz_make("03184527")
    a(("My teudat zehut is " + tz1 + ".", [("id", tz1)]))
    tz2 = tz_make("32759016")
    a(("And my husband's ID, " + wg(en, tz2, [3, 3, 3]) + ".", [("id", wg(en, tz2, [3, 3, 3]))]))
    a(("Cell is oh five four, seven seven one, two three oh eight.",
       [("phone", "oh five four, seven seven one, two three oh eight")]))
    a(("I was born on June 5th, 1990. Sorry, June 15th.", [("date_of_birth", "June 5th, 1990"), ("date_of_birth", "June 15th")]))
    a(("We live at 8 Rechov HaNarkis, apartment 12, Beit Shemesh.",
       [("address", "8 Rechov HaNarkis, apartment 12, Beit Shemesh")]))
    il1 = iban_make("IL", "0126480000004517832")
    a(("For the deposit you can take it from " + grp4(il1) + ", that's Bank Leumi.", [("iban", grp4(il1))]))
    c8 = luhn_make("541275006392114")
    a(("Or just put it on my card, " + grp4(c8) + ".", [("card", grp4(c8))]))
    a(("The package is three nights, 2,450 shekels, and the health fund returns up to 1,100.", []))
    a(("Check-in is from 2 p.m., room 214, and the baby nursery is on the fourth floor.", []))

    # --- call 14: meals on wheels (Yorkshire, UK), negative-heavy
    a(("Meals on Wheels, Harrogate, hello.", []))
    a(("Hello love, it's about the Friday delivery, the driver came at half eleven and the soup was cold.", []))
    a(("Each hot meal is four pounds ninety, pudding's another one twenty, and we invoice on the 1st of the month.", []))
    gb3 = iban_make("GB", "LOYD30941611847023")
    a(("the bank's the IBAN on my statement " + gb3.lower() + " is that what you need",
       [("iban", gb3.lower())]))
    order = not_personal_number("7710229300418823")
    a(("Your account reference is " + order + ", and the next menu starts on Monday the 7th.", []))
    a(("We've got you down for seven meals a week, two of them the diabetic option.", []))
    a(("Tracking for the frozen box is JD0146 0000 4718 2736, it left Leeds at ten past nine.", []))
    not_personal_number("0146000047182736")
    return I


LANGS["en"] = lambda: en_items_1() + en_items_2()


# ================================================================ Arabic

EG_D = "زيرو واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()


def eg(s, sep=" "):
    return say(s, EG_D, sep)


def ar_items_1():
    I = []
    a = I.append
    # --- call 1: hijama (cupping) clinic, Riyadh (Gulf)
    a(("مركز الشفاء للحجامة، معك نورة، تفضل.", [("name", "نورة")]))
    a(("هلا والله، معك أبو فهد، اسمي عبدالله الشمري، أبغى أحجز حجامة.",
       [("name", "أبو فهد"), ("name", "عبدالله الشمري")]))
    a(("أيام السنة عندنا ١٧ و١٩ و٢١ من الشهر الهجري، والجلسة بمية وخمسين ريال.", []))
    sid1 = saudi_make("104738265")
    a(("إي، " + wg(ar, sid1, [1, 3, 3, 3], sep=" ") + ".", [("id", wg(ar, sid1, [1, 3, 3, 3], sep=" "))],
       "رقم الهوية لو سمحت؟"))
    a(("مواليد ١٤٠٥/٠٦/١٢ هجري.", [("date_of_birth", "١٤٠٥/٠٦/١٢ هجري")], "وتاريخ الميلاد؟"))
    a(("جوالي " + ar_ind("0504718236") + " عليه واتساب.", [("phone", ar_ind("0504718236"))]))
    c1 = luhn_make("446404220193857")
    a(("بطاقة مدى، " + wg(ar, c1, [4, 4, 4, 4], sep="، ") + ".", [("card", wg(ar, c1, [4, 4, 4, 4], sep="، "))]))
    a(("الكاسات الزيادة كل كاسة عشرة ريال، والموعد الاثنين بعد العصر الساعة أربعة ونص.", []))
    a(("يعني بعد صلاة العصر على طول، الفرع اللي في حي الملقا مقابل صيدلية النهدي.", []))
    a(("تمام، الله يعطيك العافية، الله يشفيك.", []))

    # --- call 2: thalassaemia day-care centre, Amman (Levantine)
    a(("مركز رعاية مرضى الثلاسيميا، معك رزان، كيف بقدر أساعدك؟", [("name", "رزان")]))
    a(("مرحبا، أنا هبة الخطيب، إم يزن، ابني بياخد نقل دم عندكم.",
       [("name", "هبة الخطيب"), ("name", "إم يزن")]))
    a(("كل ثلاث أسابيع نقل دم، وفحص الفيريتين كل ثلاث شهور.", []))
    a(("ابني مواليد ٢٠١٦، شهر تسعة، يوم ٢٢.", [("date_of_birth", "٢٠١٦، شهر تسعة، يوم ٢٢")],
       "شو تاريخ ميلاد الولد؟"))
    a(("رقمي صفر سبعة تسعة، خمسة خمسة صفر، اتنين تلاتة واحد تمانية.",
       [("phone", "صفر سبعة تسعة، خمسة خمسة صفر، اتنين تلاتة واحد تمانية")]))
    jo1 = iban_make("JO", "ARAB0120000000123456780912")
    a(("بدك الآيبان للتعويض؟ هو " + grp4(jo1) + "، البنك العربي.", [("iban", grp4(jo1))]))
    a(("ساكنين في جبل الحسين، شارع خالد بن الوليد، عمارة ٣٤، الطابق التاني.",
       [("address", "جبل الحسين، شارع خالد بن الوليد، عمارة ٣٤، الطابق التاني")]))
    a(("الموعد الجاي الأحد ٢٣ الشهر الساعة تمانية الصبح، غرفة ٥.", []))
    a(("والدوا اللي بيطلع الحديد، الجرعة ٥٠٠ ملغ مرتين باليوم.", []))

    # --- call 3: kidney-stone lithotripsy clinic, Cairo (Egyptian)
    a(("عيادة تفتيت الحصوات، معاك كريم، أؤمر يا فندم.", [("name", "كريم")]))
    a(("أيوه يا ابني، أنا الحاج سيد عبد العظيم، كنت حاجز جلسة تفتيت.",
       [("name", "سيد عبد العظيم")]))
    a(("جلسة التفتيت بألفين وخمسمية جنيه، والأشعة المقطعية بتمنمية وخمسين.", []))
    a(("الحصوة ١٢ مللي في الكلية الشمال، والدكتور قال محتاجين جلستين.", []))
    a(("رقمي " + wg(eg, "01234709155", [3, 3, 2, 3], sep="، ") + ".",
       [("phone", wg(eg, "01234709155", [3, 3, 2, 3], sep="، "))]))
    a(("العنوان ١٤ شارع الترعة البولاقية، شبرا، الدور الرابع، شقة ٨.",
       [("address", "١٤ شارع الترعة البولاقية، شبرا، الدور الرابع، شقة ٨")]))
    a(("الإيميل سيد نقطة عظيم خمسة وخمسين آت ياهو دوت كوم.",
       [("email", "سيد نقطة عظيم خمسة وخمسين آت ياهو دوت كوم")]))
    eg1 = iban_make("EG", "0019000500000000263180002")
    a(("ابني بيحوّل من حسابه، الآيبان " + eg1 + ".", [("iban", eg1)]))
    c2 = luhn_make("426896700125043")
    a(("ولا أدفع بالفيزا أحسن؟ " + grp4(c2) + ".", [("card", grp4(c2))]))
    a(("مواليد خمسة وعشرين اتنين سنة خمسة وخمسين.",
       [("date_of_birth", "خمسة وعشرين اتنين سنة خمسة وخمسين")], "وتاريخ الميلاد يا حاج؟"))
    a(("الجلسة يوم السبت الجاي الساعة عشرة، وتيجي صايم ست ساعات.", []))

    # --- call 4: addiction rehab centre, Beirut (Lebanese)
    a(("مركز الأمل للتعافي، معك كارين، بونجور.", [("name", "كارين")]))
    a(("بونجور، أنا رامي، رامي حداد، عم بتصل كرمال خيي.", [("name", "رامي"), ("name", "رامي حداد")]))
    a(("البرنامج ٢٨ يوم، والكلفة ٤٥٠٠ دولار، بس في خصم ١٠٪ إذا دفعتوا سلف.", []))
    a(("خيي مواليد ٧ أيار ١٩٩١.", [("date_of_birth", "٧ أيار ١٩٩١")]))
    a(("رقمي 03 482 117، إذا ما رديت ابعتلي واتساب.", [("phone", "03 482 117")]))
    a(("الإيميل rami_haddad84@hotmail.com", [("email", "rami_haddad84@hotmail.com")]))
    lb1 = iban_make("LB", "099900000001001901229114")
    a(("الدفع تحويل على حسابنا، بس إذا بدكن ترجعوا الضمانة بعتولي على " + grp4(lb1) + ".",
       [("iban", grp4(lb1))]))
    a(("الزيارات بس يوم الأحد، من الساعة ٣ لـ ٥، والأسبوع الأول ممنوع تلفونات.", []))
    a(("أوكي، ميرسي، منحكيك بكرا.", []))

    # --- call 5: orphan sponsorship (kafala) programme, Abu Dhabi (Gulf)
    a(("برنامج كفالة الأيتام، معك مريم، شلون أقدر أساعدك؟", [("name", "مريم")]))
    a(("مساء الخير، أنا سالم المنصوري، أبا أكفل يتيم شهرياً.", [("name", "سالم المنصوري")]))
    a(("الكفالة ٣٠٠ درهم شهرياً، وعندنا ١٢٠٠ طفل على قائمة الانتظار.", []))
    ae1 = iban_make("AE", "0330000010284735661")
    a(("خصم شهري من الحساب، الآيبان " + wg(ar, ae1[2:], [2, 3, 4, 4, 4, 4], sep=" ") + ".",
       [("iban", wg(ar, ae1[2:], [2, 3, 4, 4, 4, 4], sep=" "))]))
    a(("إيميلي salem.almansoori@gmail.com", [("email", "salem.almansoori@gmail.com")],
       "وين نرسل لك تقرير اليتيم؟"))
    a(("رقمي صفر خمسين، سبعة سبعة ثلاثة، أربعة واحد اثنين ثمانية.",
       [("phone", "صفر خمسين، سبعة سبعة ثلاثة، أربعة واحد اثنين ثمانية")]))
    a(("العنوان فيلا ٢٣، شارع ١٤، الخالدية، أبوظبي.", [("address", "فيلا ٢٣، شارع ١٤، الخالدية، أبوظبي")]))
    a(("التقرير يوصلك كل ستة شهور، وأول دفعة بتكون يوم ١ الشهر الجاي.", []))

    # --- call 6: menopause clinic, Casablanca (Darija)
    a(("عيادة صحة المرأة، معاك سلمى، مرحبا.", [("name", "سلمى")]))
    a(("السلام، سميتي فاطمة الزهراء بنعلي، بغيت نشد موعد.", [("name", "فاطمة الزهراء بنعلي")]))
    a(("تزاديت ف 12 مارس 1971.", [("date_of_birth", "12 مارس 1971")]))
    a(("النمرة ديالي 06 61 47 29 03.", [("phone", "06 61 47 29 03")]))
    a(("ساكنة ف زنقة ابن تومرت، رقم 45، المعاريف، الدار البيضاء.",
       [("address", "زنقة ابن تومرت، رقم 45، المعاريف، الدار البيضاء")]))
    a(("الفحص ديال العظام ب 600 درهم، والموعد نهار الخميس مع العشرة ديال الصباح.", []))
    ma1 = iban_make("MA", "011780000012345678901234")
    a(("يلا بغيتي تخلصي بالتحويل، عطيني الآيبان ديالك باش نرجعو ليك الفرق.", []))
    a(("هو " + grp4(ma1) + ".", [("iban", grp4(ma1))]))
    return I




def ar_items_2():
    I = []
    a = I.append
    # --- call 7: migraine clinic, Jeddah (MSA / formal)
    a(("مرحباً بكم في عيادة الصداع النصفي، كيف يمكنني مساعدتك؟", []))
    a(("السلام عليكم، اسمي خالد بن سعيد العتيبي، وأرغب في حجز موعد للمتابعة.",
       [("name", "خالد بن سعيد العتيبي")]))
    sid2 = saudi_make("109872364")
    a(("رقم الهوية الوطنية " + ar_ind(sid2) + ".", [("id", ar_ind(sid2))]))
    a(("البريد الإلكتروني خالد شرطة سفلية عتيبي آت آوتلوك نقطة كوم.",
       [("email", "خالد شرطة سفلية عتيبي آت آوتلوك نقطة كوم")]))
    a(("حقنة البوتوكس كل اثني عشر أسبوعاً، والتكلفة ألف ومئتا ريال للجلسة.", []))
    a(("سجّل عدد نوبات الصداع: هذا الشهر كانت تسع نوبات، وأطولها استمرت ثماني عشرة ساعة.", []))
    c3 = luhn_make("522019344180276")
    a(("سأدفع بالبطاقة الائتمانية، الرقم " + ar_ind(grp4(c3)) + ".", [("card", ar_ind(grp4(c3)))]))
    a(("موعدك يوم الأربعاء الموافق الخامس من الشهر القادم، الساعة التاسعة والنصف صباحاً.", []))

    # --- call 8: prosthetic-limb workshop, Zarqa (Jordanian working in Saudi)
    a(("ورشة الأطراف الصناعية، تفضل.", []))
    a(("مرحبا، معك محمود أبو رمان، بدي أسأل عن الطرف اللي طلبته لأبوي.", [("name", "محمود أبو رمان")]))
    iq1 = saudi_make("231460875")
    a(("أنا مقيم بالسعودية، رقم الإقامة " + wg(ar, iq1, [2, 4, 4], sep="، ") + ".",
       [("id", wg(ar, iq1, [2, 4, 4], sep="، "))]))
    a(("رقمي السعودي " + ar_ind("+966 55 318 4720") + "، والأردني صفر سبعة سبعة، ستة أربعة اتنين، تسعة تسعة واحد صفر.",
       [("phone", ar_ind("+966 55 318 4720")), ("phone", "صفر سبعة سبعة، ستة أربعة اتنين، تسعة تسعة واحد صفر")]))
    a(("الطرف تحت الركبة، سعره ٢٨٠٠ دينار، وبيحتاج ٣ قياسات وأسبوعين تصنيع.", []))
    a(("الوالد ساكن بالزرقاء، حي معصوم، شارع الملك طلال، بناية ١٢.",
       [("address", "الزرقاء، حي معصوم، شارع الملك طلال، بناية ١٢")], "وين بدنا نبعت الفني للقياس؟"))
    a(("موديل الركبة 3R80 والقدم 1C30، والكفالة سنتين.", []))

    # --- call 9: parenting-skills course, Dubai (Emirati)
    a(("هلا، دورة مهارات التربية الإيجابية، تفضلي.", []))
    a(("هلا فيج، أنا شمّة، أم حمدان، حابة أسجل في الدورة.", [("name", "شمّة"), ("name", "أم حمدان")]))
    a(("الدورة ثمان جلسات، كل ثلاثاء من الساعة سبع لين تسع، والرسوم ١٥٠٠ درهم.", []))
    a(("إيميلي shamma.h92 at hotmail dot com", [("email", "shamma.h92 at hotmail dot com")]))
    a(("ورقمي ٠٥٦ ٢٢٨ ٩٠٤٧", [("phone", "٠٥٦ ٢٢٨ ٩٠٤٧")]))
    c4 = luhn_make("404176239920514")
    a(("الفيزا " + c4[:8] + " " + wg(ar, c4[8:], [4, 4], sep=" ") + ".",
       [("card", c4[:8] + " " + wg(ar, c4[8:], [4, 4], sep=" "))]))
    a(("الجلسة الأولى يوم ١٤ أكتوبر، والقاعة رقم ٢٠٣ في الطابق الثاني.", []))

    # --- call 10: vitamin IV-drip clinic, Dubai (Egyptian expat)
    a(("دريب لاونج، صباح الخير.", []))
    a(("صباح النور، أنا مروة الشناوي، عايزة أحجز جلسة فيتامين في البيت.", [("name", "مروة الشناوي")]))
    a(("العنوان برج الياسمين، شقة ١٥٠٧، البرشاء هايتس، دبي.",
       [("address", "برج الياسمين، شقة ١٥٠٧، البرشاء هايتس، دبي")]))
    a(("رقمي " + wg(eg, "971528840613", [3, 2, 3, 4], sep=" ") + ".",
       [("phone", wg(eg, "971528840613", [3, 2, 3, 4], sep=" "))]))
    a(("الباقة بتاعة المناعة بـ ٧٥٠ درهم، والزيارة في البيت ١٥٠ زيادة، والجلسة ٤٥ دقيقة.", []))
    c5 = luhn_make("535210077416698")
    a(("الكارت ماستركارد، " + c5[:4] + " " + c5[4:8] + "، لا لا استني، " + c5[:4] + " " + c5[4:8] + " " + c5[8:12] + " " + c5[12:] + ".",
       [("card", c5[:4] + " " + c5[4:8] + " " + c5[8:12] + " " + c5[12:])]))
    a(("مواليد ٣ ١١ ٨٩", [("date_of_birth", "٣ ١١ ٨٩")], "تاريخ الميلاد عشان الملف؟"))
    a(("الممرضة هتوصل بين الساعة ٦ و٧ المسا، ورقم الحجز DL-40982.", []))

    # --- call 11: cochlear-implant programme, Riyadh (Gulf, father)
    a(("برنامج زراعة القوقعة، السلام عليكم.", []))
    a(("وعليكم السلام، معك فيصل القحطاني، أبو ريان، بخصوص ولدي.", [("name", "فيصل القحطاني"), ("name", "أبو ريان")]))
    sid3 = saudi_make("110452398")
    a(("هويتي " + sid3 + "، وهوية الولد " + ar(saudi_make("150837261")) + ".",
       [("id", sid3), ("id", ar(saudi_make("150837261")))]))
    a(("الولد مواليد عشرين ثلاثة ألفين وعشرين.", [("date_of_birth", "عشرين ثلاثة ألفين وعشرين")]))
    a(("العنوان الوطني: ٧٢٣٤ طريق أبي بكر الصديق، حي التعاون، الرياض ١٢٤٧٨.",
       [("address", "٧٢٣٤ طريق أبي بكر الصديق، حي التعاون، الرياض ١٢٤٧٨")]))
    sa1 = iban_make("SA", "10000001400012345601")
    a(("لبدل السكن والمواصلات حوّلوا على الآيبان " + sa1 + ".", [("iban", sa1)]))
    a(("جلسة البرمجة بعد ٤ أسابيع من العملية، وبعدها جلسات تأهيل سمعي ٣ مرات في الأسبوع.", []))
    a(("رقم الملف ٤٤٨٢١٧، وموعد العملية ١٠ جمادى الآخرة.", []))

    # --- call 12: postnatal home-care nurse, Alexandria (Egyptian)
    a(("رعاية ماما وبيبي، اتفضلي يا فندم.", []))
    a(("أهلاً، أنا ياسمين، ياسمين عبد الحميد، ولدت من أسبوع وعايزة ممرضة تيجي البيت.",
       [("name", "ياسمين"), ("name", "ياسمين عبد الحميد")]))
    a(("الزيارة ساعتين بـ ٦٠٠ جنيه، والباكدج ١٠ زيارات بـ ٥٠٠٠.", []))
    a(("البيبي اتولد يوم ٢ مارس الساعة ٤ الفجر.", [("date_of_birth", "٢ مارس")]))
    a(("إحنا في سموحة، شارع فوزي معاذ، عمارة ٧، الدور السادس.",
       [("address", "سموحة، شارع فوزي معاذ، عمارة ٧، الدور السادس")]))
    a(("الإيميل yasmin.abdelhamid@gmail.com، وده نفس الواتساب بتاعي ٠١١٥٤٣٢٨٧٩٠.",
       [("email", "yasmin.abdelhamid@gmail.com"), ("phone", "٠١١٥٤٣٢٨٧٩٠")]))
    c6 = luhn_make("512345990071234")
    a(("هدفع ميزة، " + wg(eg, c6, [4, 4, 4, 4], sep=" ") + ".", [("card", wg(eg, c6, [4, 4, 4, 4], sep=" "))]))
    a(("الممرضة هتيجي الساعة ١٠ الصبح من السبت للخميس، ووزن البيبي ٣ كيلو و٢٠٠.", []))

    # --- call 13: premature-baby (NICU) follow-up clinic, Dammam (Sudanese expat)
    a(("عيادة متابعة الخدج، معاك، اتفضلي.", []))
    a(("السلام عليكم، أنا أم مصعب، اسمي إخلاص عثمان، بنتي كانت في الحضانة.",
       [("name", "أم مصعب"), ("name", "إخلاص عثمان")]))
    iq2 = saudi_make("245819033")
    a(("رقم إقامتي " + ar_ind(grp(iq2, [3, 3, 4])) + "، وإقامة أبوها " + saudi_make("238800147") + ".",
       [("id", ar_ind(grp(iq2, [3, 3, 4]))), ("id", saudi_make("238800147"))]))
    a(("وُلدت في الأسبوع ٣٢، وزنها كان ١٦٥٠ جرام، وقعدت في الحضانة ٢٤ يوم.", []))
    a(("البت مواليد ١٨ / ١٢ / ٢٠٢٤.", [("date_of_birth", "١٨ / ١٢ / ٢٠٢٤")]))
    a(("ساكنين في الدمام، حي الفيصلية، شارع ١٩، بيت رقم ٤٢.",
       [("address", "الدمام، حي الفيصلية، شارع ١٩، بيت رقم ٤٢")]))
    a(("ikhlas underscore osman at yahoo dot com", [("email", "ikhlas underscore osman at yahoo dot com")],
       "عندك إيميل نرسل عليه نتيجة فحص النظر؟"))
    a(("فحص النظر بعد ٦ أسابيع، وتطعيم الشهرين في المركز الصحي يوم ١٥.", []))
    a(("رقم المراجعة ٧٠٤٥١ وما عليك رسوم، التأمين يغطي.", []))
    return I




def ar_items_3():
    I = []
    a = I.append
    # --- call 14: premarital-counselling course, Doha (Gulf)
    a(("مركز الاستشارات العائلية، دورة المقبلين على الزواج، تفضل.", []))
    a(("الدورة خمس جلسات، من الأحد للخميس، من ٤ لين ٧ المسا، والرسوم ٤٠٠ ريال للشخص.", []))
    c7 = luhn_make("455673018824419")
    a(("ادفع عني وعنها بنفس البطاقة؟ " + wg(ar, c7, [4, 4, 4, 4], sep=" ") + ".",
       [("card", wg(ar, c7, [4, 4, 4, 4], sep=" "))]))
    a(("لا، حق خطيبتي بطاقة ثانية، " + grp(luhn_make("37144963539843"), [4, 6, 5], "-") + ".",
       [("card", grp(luhn_make("37144963539843"), [4, 6, 5], "-"))]))
    qa1 = iban_make("QA", "QNBA000000000012345678901")
    a(("إذا انلغت الدورة يرجع المبلغ على الآيبان " + grp4(qa1) + ".", [("iban", grp4(qa1))]))
    a(("القاعة رقم ٣ في الطابق الأرضي، والموقف مجاني لمدة ساعتين.", []))
    a(("الشهادة تطلع بعد ١٠ أيام عمل، وتحتاجونها لعقد القران في المحكمة.", []))
    not_personal_number("2024110933")
    a(("رقم الطلب ٢٠٢٤١١٠٩٣٣، احتفظ فيه لو سمحت.", []))
    return I


LANGS["ar"] = lambda: ar_items_1() + ar_items_2() + ar_items_3()


# ================================================================ Hebrew


def he_items_1():
    I = []
    a = I.append
    # --- call 1: Tipat Halav well-baby clinic (native speakers)
    a(("טיפת חלב נווה שאנן, מדברת שירן, שלום.", [("name", "שירן")]))
    a(("היי, אממ, שמי נועה ברקוביץ, אני צריכה לקבוע חיסון של חודשיים.",
       [("name", "נועה ברקוביץ")]))
    tz1 = tz_make("30472615")
    a(("תעודת זהות של האמא?", []))
    a((wg(he, tz1, [3, 3, 3], sep=", ") + ".", [("id", wg(he, tz1, [3, 3, 3], sep=", "))],
       "תעודת זהות של האמא?"))
    a(("התינוקת נולדה בשמונה עשר לאוגוסט.", [("date_of_birth", "שמונה עשר לאוגוסט")]))
    a(("יש תור ביום שלישי ב-8:40 או ביום חמישי ב-12:15, אצל האחות בחדר 3.", []))
    a(("אפס חמש שתיים, שלוש שמונה אחת, תשעים ושבע אפס שש",
       [("phone", "אפס חמש שתיים, שלוש שמונה אחת, תשעים ושבע אפס שש")], "מספר טלפון לתזכורת?"))
    a(("המשקל היה 4 קילו 350, והיקף ראש 38 סנטימטר, זה בסדר גמור.", []))
    a(("תביאי את הפנקס הצהוב ואת מדבקות הקופה, ותגיעי עשר דקות לפני.", []))

    # --- call 2: tongue-tie (frenotomy) clinic (French immigrant)
    a(("מרפאת לשון קשורה, בוקר טוב.", []))
    a(("בונז'ור, כן, שלום, קוראים לי אורלי אזולאי, אני מצטערת, העברית שלי לא מושלמת.",
       [("name", "אורלי אזולאי")]))
    a(("הבן שלי נולד ב-2 בינואר, והוא לא יונק טוב, זה כואב.", [("date_of_birth", "2 בינואר")]))
    a(("הבדיקה עולה 650 שקל, והחיתוך עצמו עוד 900, זה לוקח חמש דקות.", []))
    a(("המייל שלי זה orly point azoulay at gmail point com, סליחה, נקודה.",
       [("email", "orly point azoulay at gmail point com")]))
    c1 = luhn_make("497401228837560")
    a(("כרטיס אשראי, ויזה, " + grp4(c1) + ".", [("card", grp4(c1))]))
    a(("אנחנו גרים ברחוב הנביאים 14, דירה 7, נתניה.", [("address", "רחוב הנביאים 14, דירה 7, נתניה")]))
    a(("אז יום ראשון ב-10 וחצי, ותביאי את הכרטיס מהבית חולים.", []))

    # --- call 3: birth-preparation course (Ethiopian immigrant)
    a(("קורס הכנה ללידה, מדברת אפרת.", [("name", "אפרת")]))
    a(("שלום, אני תגסט, תגסט מנגיסטו, רציתי להירשם לקורס עם בעלי.",
       [("name", "תגסט"), ("name", "תגסט מנגיסטו")]))
    a(("הקורס שש מפגשים, כל יום רביעי משבע עד תשע, ב-480 שקל לזוג.", []))
    tz2 = tz_make("31856027")
    a(("תעודת זהות " + tz2 + ".", [("id", tz2)]))
    a(("נולדתי בעשרים ושלוש לתשעה תשעים ושש.", [("date_of_birth", "עשרים ושלוש לתשעה תשעים ושש")]))
    a(("הטלפון שלי 054-6612893.", [("phone", "054-6612893")]))
    a(("הכתובת רחוב הגפן 9, קריית מלאכי.", [("address", "רחוב הגפן 9, קריית מלאכי")]))
    a(("אני בשבוע 28, התאריך המשוער זה 14 בדצמבר.", []))

    # --- call 4: baby sleep consultant (Anglo immigrant)
    a(("שלום, כאן סיוון, ייעוץ שינה לתינוקות.", [("name", "סיוון")]))
    a(("היי, זאת ג'סיקה, ג'סיקה גולדברג, אני מרעננה, סליחה על העברית.",
       [("name", "ג'סיקה"), ("name", "ג'סיקה גולדברג")]))
    a(("החבילה כוללת ביקור בית של שעתיים ושבועיים של ליווי בוואטסאפ, 1,200 שקל.", []))
    a(("jess dot goldberg at gmail dot com", [("email", "jess dot goldberg at gmail dot com")], "מה המייל שלך?"))
    c2 = luhn_make("535877120046993")
    a(("זה מאסטרקארד, " + wg(he, c2, [4, 4, 4, 4], sep=", ") + ".",
       [("card", wg(he, c2, [4, 4, 4, 4], sep=", "))]))
    a(("אחוזה 118, דירה 5, רעננה", [("address", "אחוזה 118, דירה 5, רעננה")], "ואיפה הביקור, מה הכתובת?"))
    a(("הוא מתעורר כל שעתיים, ויש לו שתי שינות ביום, בערך ארבעים דקות כל אחת.", []))
    a(("תודה ג'סיקה, נתראה ביום שני בשמונה בערב.", [("name", "ג'סיקה")]))

    # --- call 5: reflexology clinic (Russian immigrant)
    a(("קליניקה לרפלקסולוגיה, שלום.", []))
    a(("שלום, מדברת סבטלנה קוגן, אני רוצה לקבוע טיפול, כן?", [("name", "סבטלנה קוגן")]))
    a(("טיפול של שעה זה 280, וכרטיסייה של עשרה טיפולים 2,400.", []))
    a(("הטלפון שלי אפס חמש שמונה, שבע ארבע, שלוש שלוש, אחת אפס, לא, סליחה, אחת תשע.",
       [("phone", "אפס חמש שמונה, שבע ארבע, שלוש שלוש, אחת אפס"), ("phone", "אחת תשע")]))
    a(("sveta_kogan@mail.ru", [("email", "sveta_kogan@mail.ru")], "ומייל לקבלה?"))
    il1 = iban_make("IL", "0201770000000841576")
    a(("להחזר, האיבן שלי " + grp4(il1) + ", בנק הפועלים.", [("iban", grp4(il1))]))
    a(("אז יום חמישי, 17:00, קומה שנייה, חדר 4.", []))

    # --- call 6: scoliosis brace clinic (Arab citizen speaking Hebrew)
    a(("מרפאת סקוליוזיס, מדבר אלון.", [("name", "אלון")]))
    a(("אהלן, אני סמיר חורי, מדבר בקשר לבת שלי, היא צריכה מחוך חדש.",
       [("name", "סמיר חורי")]))
    a(("המחוך צריך להיות עליה עשרים ושלוש שעות ביום, ויש ביקורת כל ארבעה חודשים.", []))
    tz3 = tz_make("05831942")
    a(("תעודת זהות שלה " + wg(he, tz3, [2, 3, 4], sep=" ", masc=True) + ".",
       [("id", wg(he, tz3, [2, 3, 4], sep=" ", masc=True))]))
    a(("היא נולדה שלוש עשרה במאי אלפיים ואחת עשרה.", [("date_of_birth", "שלוש עשרה במאי אלפיים ואחת עשרה")]))
    a(("אנחנו גרים בשפרעם, שכונה מזרחית, רחוב 12, בית 31.", [("address", "שפרעם, שכונה מזרחית, רחוב 12, בית 31")]))
    a(("המחוך עולה 7,800 שקל, הקופה מחזירה 75 אחוז.", []))
    il2 = iban_make("IL", "0126950000000327114")
    a(("תעבירו את ההחזר ל-" + il2 + ".", [("iban", il2)]))
    return I




def he_items_2():
    I = []
    a = I.append
    # --- call 7: homeopathy clinic, Jerusalem (older native speaker)
    a(("מרפאה הומאופתית, שלום, במה אפשר לעזור?", []))
    a(("שלום גברתי, כאן יהושע פרידמן, אני מטופל אצלכם כבר שנים.", [("name", "יהושע פרידמן")]))
    tz4 = tz_make("00745218")
    a(("תעודת זהות " + wg(he, tz4, [3, 3, 3], sep=" ", masc=True) + ".",
       [("id", wg(he, tz4, [3, 3, 3], sep=" ", masc=True))]))
    a(("נולדתי בכ\"ג בתשרי תש\"ח, זה בלועזי שבעה באוקטובר ארבעים ושבע.",
       [("date_of_birth", "כ\"ג בתשרי תש\"ח"), ("date_of_birth", "שבעה באוקטובר ארבעים ושבע")]))
    a(("הטלפון בבית אפס שתיים, שש ארבע שלוש, עשרים ושתיים, שמונים.",
       [("phone", "אפס שתיים, שש ארבע שלוש, עשרים ושתיים, שמונים")]))
    a(("אני גר ברחוב עזה 27, קומה שלישית בלי מעלית, ירושלים.",
       [("address", "רחוב עזה 27, קומה שלישית בלי מעלית, ירושלים")]))
    a(("הבקבוקון של שלושים מיליליטר עולה 95, והמשלוח 25 שקל.", []))
    c3 = luhn_make("458003417725196")
    a(("כרטיס " + c3[:4] + " " + c3[4:8] + " " + c3[8:12] + " " + c3[12:] + ", תוקף עד 2027.",
       [("card", c3[:4] + " " + c3[4:8] + " " + c3[8:12] + " " + c3[12:])]))
    a(("המשלוח יגיע ביום רביעי או חמישי, בין תשע לאחת.", []))

    # --- call 8: wound-care clinic (Druze caller)
    a(("מרפאת פצעים, מדברת ליאת.", [("name", "ליאת")]))
    a(("שלום, אני ואיל חלבי, מדליית אל כרמל, בשביל אבא שלי, יש לו פצע ברגל מהסוכרת.",
       [("name", "ואיל חלבי")]))
    tz5 = tz_make("02219834")
    a(("תעודת זהות של אבא " + tz5[:5] + " " + he(tz5[5:]) + ".", [("id", tz5[:5] + " " + he(tz5[5:]))]))
    a(("טיפול בלחץ שלילי זה שלוש פעמים בשבוע, כל החלפה בערך חצי שעה.", []))
    a(("הכתובת של אבא שכונת אל-וואדי, בית 18, דליית אל כרמל.",
       [("address", "שכונת אל-וואדי, בית 18, דליית אל כרמל")]))
    a(("הנייד שלי 050 7 34 81 26", [("phone", "050 7 34 81 26")]))
    il3 = iban_make("IL", "0107470000004183902")
    a(("לגבי ההחזר מהביטוח, ה-IBAN " + il3 + ".", [("iban", il3)]))
    a(("אחות תגיע אליכם בימים א', ג' ו-ה', ההפניה בתוקף לשלושה חודשים.", []))

    # --- call 9: parents-of-twins association (native)
    a(("עמותת הורים לתאומים, שלום.", []))
    a(("היי, זה עומרי, עומרי שטרן, רציתי לחדש את החברות.", [("name", "עומרי"), ("name", "עומרי שטרן")]))
    a(("דמי חבר 220 לשנה, ויש הנחה של 15 אחוז בחנות של העמותה על עגלות תאומים.", []))
    a(("המייל omri קו תחתון stern שטרודל walla נקודה co נקודה il",
       [("email", "omri קו תחתון stern שטרודל walla נקודה co נקודה il")]))
    a(("התאומים נולדו בשלושים ואחד במרץ, עשרים עשרים ושלוש.",
       [("date_of_birth", "שלושים ואחד במרץ, עשרים עשרים ושלוש")]))
    il4 = iban_make("IL", "0316020000000271593")
    a(("הוראת קבע מהחשבון, IL " + grp4(il4[2:]) + ".", [("iban", "IL " + grp4(il4[2:]))]))
    a(("יש מפגש הורים ביום שישי ב-10 בפארק הירקון, ליד שער 7.", []))
    a(("אתה רוצה גם את ערכת הלידה? היא 180 שקל.", []))

    # --- call 10: bereavement support group (Russian immigrant)
    a(("קו התמיכה לאבלים, שלום, מדברת דנה.", [("name", "דנה")]))
    a(("שלום, אני בוריס, בוריס לוין, אשתי נפטרה לפני חודשיים.", [("name", "בוריס"), ("name", "בוריס לוין")]))
    a(("הקבוצה נפגשת כל יום שני ב-18:30, שתים עשרה מפגשים, בלי תשלום.", []))
    a(("טלפון? " + wg(he, "0547391206", [3, 3, 2, 2], sep=" ") + ".",
       [("phone", wg(he, "0547391206", [3, 3, 2, 2], sep=" "))]))
    a(("boris.levin1958@gmail.com", [("email", "boris.levin1958@gmail.com")], "יש לך כתובת מייל?"))
    tz6 = tz_make("31744906")
    a(("תעודת זהות, רגע, " + tz6 + ".", [("id", tz6)]))
    a(("המפגש הראשון ב-3 בנובמבר, בקומה 2 במתנ\"ס, חדר 21.", []))

    # --- call 11: hypnotherapy for quitting anxiety (young Tel Aviv caller)
    a(("היפנוזה טיפולית, מדבר גיא.", [("name", "גיא")]))
    a(("אהלן, זאת מאיה רוזן, דיברנו בוואטסאפ.", [("name", "מאיה רוזן")]))
    a(("שלושה מפגשים של שעה וחצי, 1,350 שקל, ואפשר לפרוס לשלושה תשלומים.", []))
    c4 = luhn_make("432106698812048")
    bad = c4[:4] + " " + c4[4:8] + " " + c4[8:10]
    good = c4[:4] + " " + c4[4:8] + " " + c4[8:12] + " " + c4[12:]
    a(("הכרטיס " + bad + ", רגע, מההתחלה, " + good + ".", [("card", bad), ("card", good)]))
    a(("מיי אט רוזן דוט סטודיו, maya@rozen.studio", [("email", "מיי אט רוזן דוט סטודיו"), ("email", "maya@rozen.studio")]))
    a(("אני גרה בשינקין 41, דירה 3, תל אביב.", [("address", "שינקין 41, דירה 3, תל אביב")]))
    a(("נולדתי ב-1999, עשרים ותשעה ביוני.", [("date_of_birth", "1999, עשרים ותשעה ביוני")]))
    a(("הקליניקה ברחוב אבן גבירול, מול הקניון, קומה 4.", []))

    # --- call 12: home-visit paediatrician service
    a(("רופא עד הבית לילדים, שלום, מדברת הדס.", [("name", "הדס")]))
    a(("הי, שמי אליאור דהן, הבן שלי עם חום של 39.8 כבר יומיים.", [("name", "אליאור דהן")]))
    a(("הילד נולד שבע עשרה לשתיים אלפיים עשרים ואחת.", [("date_of_birth", "שבע עשרה לשתיים אלפיים עשרים ואחת")]))
    tz7 = tz_make("34120587")
    a(("תעודת זהות של הילד " + tz7[:3] + "-" + tz7[3:6] + "-" + tz7[6:] + ".", [("id", tz7[:3] + "-" + tz7[3:6] + "-" + tz7[6:])]))
    a(("הכתובת: רחוב הרקפת 6, דירה 12, קומה 4, באר שבע.", [("address", "רחוב הרקפת 6, דירה 12, קומה 4, באר שבע")]))
    a(("אם אני לא עונה, הטלפון של אשתי פלוס תשע שבע שתיים, חמישים ושתיים, שש שש אחת, שמונה אפס ארבע ארבע.",
       [("phone", "פלוס תשע שבע שתיים, חמישים ושתיים, שש שש אחת, שמונה אפס ארבע ארבע")]))
    c5 = luhn_make("552261890027310")
    a(("אשראי: " + grp(c5, [4, 4, 4, 4], "-") + ".", [("card", grp(c5, [4, 4, 4, 4], "-"))]))
    il5 = iban_make("IL", "0207560000000412288")
    a(("ואם יש החזר מהקופה, לחשבון " + grp4(il5) + ".", [("iban", grp4(il5))]))
    a(("ביקור בית זה 550 שקל, הרופא יגיע תוך שעה וחצי, בערך ב-21:15.", []))
    a(("תני לו 7.5 מיליליטר אקמולי כל שש שעות עד שהרופא מגיע.", []))
    return I




def he_items_3():
    I = []
    a = I.append
    # --- call 13: private 3D-mammography institute
    a(("מכון ממוגרפיה תלת ממדית, שלום, במה אפשר לעזור?", []))
    a(("אני צריכה להזיז תור, היה לי ליום ראשון ה-12 בשמונה וחצי.", []))
    a(("יש ביום שלישי ה-14 ב-11:20, או ביום חמישי ה-16 ב-7:45 בבוקר.", []))
    a(("הבדיקה 890 שקל, ואם יש ביטוח משלים מקבלים בחזרה עד 70 אחוז.", []))
    c6 = luhn_make("526844003192857")
    a(("אני משלמת באשראי " + wg(he, c6[:8], [4, 4], sep=" ") + " " + c6[8:12] + " " + c6[12:] + ".",
       [("card", wg(he, c6[:8], [4, 4], sep=" ") + " " + c6[8:12] + " " + c6[12:])]))
    il6 = iban_make("IL", "0116420000003370518")
    a(("אם תבוטל הבדיקה ההחזר הולך לחשבון " + il6 + ", דיסקונט.", [("iban", il6)]))
    a(("מספר ההזמנה 58812, ותביאי את הצילומים הקודמים מ-2022.", []))

    # --- call 14: feeding clinic for picky eaters (children)
    a(("מרפאת האכלה לילדים, בוקר טוב.", []))
    a(("בוקר אור, הבת שלי בת שלוש וחצי ואוכלת רק ארבעה מאכלים, פסטה, במבה, בננה ויוגורט.", []))
    a(("האבחון שעתיים, 1,100 שקל, ואחריו עשרה מפגשים של ארבעים וחמש דקות.", []))
    c7 = luhn_make("400937550126648")
    a(("זה ויזה, " + c7[:4] + ", " + c7[4:8] + ", " + c7[8:12] + ", " + c7[12:] + ".",
       [("card", c7[:4] + ", " + c7[4:8] + ", " + c7[8:12] + ", " + c7[12:])]))
    il7 = iban_make("IL", "0540190000000685904")
    a(("האיבן להחזרים " + il7.lower() + ".", [("iban", il7.lower())]))
    a(("המפגשים בימי ראשון ב-16:00 בסניף בפתח תקווה, ליד בית החולים שניידר.", []))
    a(("היא שוקלת 13 קילו וגובה 96 סנטימטר, האחות בטיפת חלב אמרה שזה אחוזון 15.", []))
    return I


LANGS["he"] = lambda: he_items_1() + he_items_2() + he_items_3()


# ================================================================ Greek


def el_items_1():
    I = []
    a = I.append
    # --- call 1: aquatic therapy for children, Limassol (Cyprus)
    a(("Κέντρο υδροθεραπείας Ακουα Κιντς, καλημέρα, είμαι η Άντρη.", [("name", "Άντρη")]))
    a(("Καλημέρα, με λένε Χαράλαμπο Γεωργίου, ο Μπάμπης, για τον γιο μου, κάνει υδροθεραπεία μαζί σας.",
       [("name", "Χαράλαμπο Γεωργίου"), ("name", "Μπάμπης")]))
    a(("Η συνεδρία είναι σαράντα πέντε λεπτά, στην πισίνα στους τριάντα τέσσερις βαθμούς, και κοστίζει τριάντα πέντε ευρώ.", []))
    a(("Γεννήθηκε στις εννιά Ιουλίου του δεκαεννιά.", [("date_of_birth", "εννιά Ιουλίου του δεκαεννιά")]))
    a(("Το κινητό μου ενενήντα εννιά, τετρακόσια δώδεκα, εξακόσια τριάντα οχτώ.",
       [("phone", "ενενήντα εννιά, τετρακόσια δώδεκα, εξακόσια τριάντα οχτώ")]))
    cy1 = iban_make("CY", "002001950000357001234567")
    a(("Για την επιστροφή, το IBAN είναι " + grp4(cy1) + ", Τράπεζα Κύπρου.", [("iban", grp4(cy1))]))
    a(("Μένουμε στην οδό Αρχιεπισκόπου Μακαρίου 58, διαμέρισμα 102, Λεμεσός 3065.",
       [("address", "οδό Αρχιεπισκόπου Μακαρίου 58, διαμέρισμα 102, Λεμεσός 3065")]))
    a(("Το επόμενο ραντεβού είναι Τρίτη στις τέσσερις και μισή, και μετά κάθε Τρίτη μέχρι τις 20 Δεκεμβρίου.", []))

    # --- call 2: Holter-monitor home test, Athens
    a(("Καρδιολογικό Χόλτερ κατ' οίκον, παρακαλώ.", []))
    a(("Ναι, γεια σας, λέγομαι Σταυρούλα Παπαδοπούλου, η Σούλα, έχω παραπεμπτικό για χόλτερ ρυθμού.",
       [("name", "Σταυρούλα Παπαδοπούλου"), ("name", "Σούλα")]))
    afm1 = afm_make("04715328")
    a(("Το ΑΦΜ μου " + el(afm1) + ".", [("id", el(afm1))]))
    a(("Η συσκευή μένει είκοσι τέσσερις ώρες, και η τιμή είναι ογδόντα ευρώ με την επίσκεψη.", []))
    a(("Γεννήθηκα τρεις του τρία του πενήντα εννιά.", [("date_of_birth", "τρεις του τρία του πενήντα εννιά")]))
    a(("Η διεύθυνση Πατησίων 214, τρίτος όροφος, Κυψέλη.", [("address", "Πατησίων 214, τρίτος όροφος, Κυψέλη")]))
    a(("Σταθερό διακόσια δέκα, οκτακόσια είκοσι ένα, σαράντα, εβδομήντα πέντε.",
       [("phone", "διακόσια δέκα, οκτακόσια είκοσι ένα, σαράντα, εβδομήντα πέντε")]))
    c1 = luhn_make("516732009481254")
    a(("Θα πληρώσω με κάρτα, " + grp4(c1) + ".", [("card", grp4(c1))]))
    a(("Ο τεχνικός θα έρθει Πέμπτη μεταξύ εννιά και έντεκα, και θα τον παραλάβει Παρασκευή την ίδια ώρα.", []))

    # --- call 3: stroke rehabilitation centre, Thessaloniki (daughter calling)
    a(("Κέντρο αποκατάστασης Ανάπλαση, Θεσσαλονίκη, καλησπέρα σας, είμαι ο Νίκος.", [("name", "Νίκος")]))
    a(("Καλησπέρα, εεε, είμαι η Κατερίνα Τσολάκη, για τον πατέρα μου, είχε εγκεφαλικό πριν τρεις εβδομάδες.",
       [("name", "Κατερίνα Τσολάκη")]))
    afm2 = afm_make("11820467")
    a(("Ο ΑΦΜ του πατέρα μου " + afm2[:3] + " " + afm2[3:6] + " " + afm2[6:] + ".", [("id", afm2[:3] + " " + afm2[3:6] + " " + afm2[6:])]))
    a(("είκοσι δύο του έντεκα του σαράντα οχτώ", [("date_of_birth", "είκοσι δύο του έντεκα του σαράντα οχτώ")],
       "Ημερομηνία γέννησης του ασθενούς;"))
    a(("Η νοσηλεία είναι σαράντα πέντε μέρες, ο ΕΟΠΥΥ καλύπτει το μεγαλύτερο μέρος, και η συμμετοχή είναι 15%.", []))
    a(("Το μέιλ μου katerina τελεία tsolaki παπάκι gmail τελεία com.",
       [("email", "katerina τελεία tsolaki παπάκι gmail τελεία com")]))
    a(("Το κινητό μου έξι εννιά επτά, τέσσερα δύο ένα, μηδέν οχτώ, πενήντα τρία.",
       [("phone", "έξι εννιά επτά, τέσσερα δύο ένα, μηδέν οχτώ, πενήντα τρία")]))
    a(("Το δωμάτιο είναι το 312, τρίτος όροφος, επισκεπτήριο από πέντε μέχρι επτά.", []))
    a(("Ευχαριστώ πολύ, κυρία Τσολάκη, θα σας καλέσουμε αύριο.", [("name", "κυρία Τσολάκη")]))

    # --- call 4: postnatal home midwife, Patras (young caller)
    a(("Μαίες κατ' οίκον, γεια σας.", []))
    a(("γεια σας είμαι η ελένη καραγιάννη γέννησα πριν πέντε μέρες και θέλω μαία στο σπίτι",
       [("name", "ελένη καραγιάννη")]))
    a(("Η επίσκεψη είναι μιάμιση ώρα, εξήντα ευρώ, και το πακέτο με πέντε επισκέψεις διακόσια πενήντα.", []))
    a(("Το μωρό γεννήθηκε στις 14 Οκτωβρίου.", [("date_of_birth", "14 Οκτωβρίου")]))
    a(("Μένω στην Κορίνθου 117, δεύτερος, κουδούνι Καραγιάννη-Ρήγα, Πάτρα 26223.",
       [("address", "Κορίνθου 117, δεύτερος, κουδούνι Καραγιάννη-Ρήγα, Πάτρα 26223")]))
    a(("Κινητό 6944 718 302.", [("phone", "6944 718 302")]))
    a(("eleni_kar@yahoo.gr", [("email", "eleni_kar@yahoo.gr")], "Και ένα μέιλ για την απόδειξη;"))
    gr1 = iban_make("GR", "01101250000012500123456")
    a(("Πληρώνω με έμβασμα από το " + gr1 + ".", [("iban", gr1)]))
    a(("Η μαία θα έρθει αύριο στις δέκα, θα ζυγίσει το μωρό, είναι 3 κιλά και 100 τώρα.", []))

    # --- call 5: pulmonology spirometry screening (older caller, Piraeus)
    a(("Πνευμονολογικό κέντρο, Πειραιάς, παρακαλώ.", []))
    a(("Ναι κορίτσι μου, είμαι ο Ντίνος, Κωνσταντίνος Μαυρίδης, θέλω να κλείσω για τη σπιρομέτρηση.",
       [("name", "Ντίνος"), ("name", "Κωνσταντίνος Μαυρίδης")]))
    afm3 = afm_make("03398514")
    a(("ΑΦΜ " + wg(el, afm3, [3, 3, 3], sep=", ") + ".", [("id", wg(el, afm3, [3, 3, 3], sep=", "))]))
    a(("Γεννήθηκα το σαράντα ένα, δεκαπέντε Αυγούστου, του Δεκαπενταύγουστου.",
       [("date_of_birth", "σαράντα ένα, δεκαπέντε Αυγούστου")]))
    a(("Μένω στην Καραΐσκου 33, ισόγειο, Πειραιάς.", [("address", "Καραΐσκου 33, ισόγειο, Πειραιάς")]))
    a(("Η σπιρομέτρηση κάνει τριάντα ευρώ, κρατάει είκοσι λεπτά, και να μην καπνίσετε τέσσερις ώρες πριν.", []))
    a(("Πέμπτη 9 του μήνα στις 11:30, στον δεύτερο όροφο, γραφείο 4.", []))
    a(("Εντάξει κύριε Μαυρίδη, σας περιμένουμε.", [("name", "κύριε Μαυρίδη")]))

    # --- call 6: baby-massage class, Nicosia (young Cypriot mum)
    a(("Baby Touch μαθήματα μασάζ μωρού, γεια σου.", []))
    a(("Γεια σου, είμαι η Γεωργία, Γεωργία Χριστοδούλου, θέλω να γραφτώ με την κόρη μου.",
       [("name", "Γεωργία"), ("name", "Γεωργία Χριστοδούλου")]))
    a(("Είναι τέσσερα μαθήματα, κάθε Σάββατο στις 10, σαράντα ευρώ όλα μαζί, μέχρι έξι μωρά σε κάθε ομάδα.", []))
    a(("Η μικρή γεννήθηκε εικοσιοχτώ Μαΐου φέτος.", [("date_of_birth", "εικοσιοχτώ Μαΐου")]))
    a(("Τηλέφωνο +357 96 58 31 20.", [("phone", "+357 96 58 31 20")]))
    a(("georgia κάτω παύλα xr παπάκι hotmail τελεία com", [("email", "georgia κάτω παύλα xr παπάκι hotmail τελεία com")],
       "Email για να σου στείλω το πρόγραμμα;"))
    c2 = luhn_make("402400711930645")
    a(("Κάρτα " + wg(el, c2, [4, 4, 4, 4], sep=" ") + ".", [("card", wg(el, c2, [4, 4, 4, 4], sep=" "))]))
    return I




def el_items_2():
    I = []
    a = I.append
    # --- call 7: salt cave / halotherapy, Athens (young caller)
    a(("Αλατοσπήλαιο Halo Athens, καλησπέρα.", []))
    a(("Καλησπέρα, λέγομαι Φαίη Αναστασίου, θέλω πακέτο για εμένα και τον μικρό που έχει άσθμα.",
       [("name", "Φαίη Αναστασίου")]))
    a(("Η συνεδρία είναι σαράντα πέντε λεπτά, δεκαπέντε ευρώ, και το πακέτο των δέκα εκατόν είκοσι.", []))
    a(("faih.anast@gmail.com", [("email", "faih.anast@gmail.com")], "Ένα μέιλ για την κράτηση;"))
    c3 = luhn_make("530614488207731")
    a(("Με κάρτα, " + c3[:4] + " " + c3[4:8] + " " + c3[8:12] + " " + c3[12:] + ".",
       [("card", c3[:4] + " " + c3[4:8] + " " + c3[8:12] + " " + c3[12:])]))
    a(("Έχουμε ελεύθερο Κυριακή στις 12 ή Δευτέρα στις έξι και μισή το απόγευμα.", []))
    a(("Είμαστε στη Λεωφόρο Κηφισίας, δίπλα στο Μετρό Πανόρμου, στον πρώτο όροφο.", []))

    # --- call 8: bone-density (DEXA) scan centre, Heraklion, Crete (older woman)
    a(("Κέντρο οστικής πυκνότητας, Ηράκλειο, παρακαλώ.", []))
    a(("Γεια σας παιδί μου, είμαι η Ευτυχία Μαρκάκη, η κυρα-Ευτυχία, μου 'πε ο γιατρός να κάνω μέτρηση.",
       [("name", "Ευτυχία Μαρκάκη"), ("name", "κυρα-Ευτυχία")]))
    afm4 = afm_make("02361749")
    a(("Τον ΑΦΜ τον έχω εδώ γραμμένο, " + afm4 + ".", [("id", afm4)]))
    a(("Είμαι του σαράντα πέντε, δώδεκα Φλεβάρη.", [("date_of_birth", "σαράντα πέντε, δώδεκα Φλεβάρη")]))
    a(("Μένω στα Πεζά, οδός Ελευθερίας 9, πάνω από το καφενείο.", [("address", "Πεζά, οδός Ελευθερίας 9")]))
    a(("Τηλέφωνο σπιτιού δύο οχτώ ένα μηδέν, επτά τρία, τέσσερα πέντε, έξι δύο.",
       [("phone", "δύο οχτώ ένα μηδέν, επτά τρία, τέσσερα πέντε, έξι δύο")]))
    a(("Η μέτρηση ισχίου και σπονδυλικής στήλης είναι σαράντα ευρώ, με παραπεμπτικό πληρώνετε 15%.", []))
    a(("Ραντεβού Τετάρτη 18 στις εννιά, να μη φορέσετε τίποτα μεταλλικό.", []))

    # --- call 9: memory clinic, Volos (son calling about his mother)
    a(("Ιατρείο Μνήμης, Βόλος, καλημέρα, είμαι η Δέσποινα.", [("name", "Δέσποινα")]))
    a(("Καλημέρα, εδώ Θανάσης Ζήσης, καλώ για τη μητέρα μου, ξεχνάει πολύ τον τελευταίο καιρό.",
       [("name", "Θανάσης Ζήσης")]))
    a(("Η νευροψυχολογική εκτίμηση κρατάει δύο ώρες και κοστίζει ογδόντα ευρώ.", []))
    afm5 = afm_make("13905826")
    a(("Ο ΑΦΜ της μητέρας μου " + wg(el, afm5, [3, 3, 3], sep=" ") + ".", [("id", wg(el, afm5, [3, 3, 3], sep=" "))]))
    a(("Γεννημένη είκοσι εννιά Ιανουαρίου χίλια εννιακόσια τριάντα εννιά.",
       [("date_of_birth", "είκοσι εννιά Ιανουαρίου χίλια εννιακόσια τριάντα εννιά")]))
    a(("Μένει μαζί μας, Ιάσονος 71, Βόλος 38221.", [("address", "Ιάσονος 71, Βόλος 38221")]))
    a(("thanasis.zisis παπάκι otenet.gr", [("email", "thanasis.zisis παπάκι otenet.gr")], "Ένα μέιλ να σας στείλουμε τα ερωτηματολόγια;"))
    gr2 = iban_make("GR", "01721230005123012345678")
    a(("Για τα παραστατικά και την επιστροφή, IBAN " + grp4(gr2) + ", Πειραιώς.", [("iban", grp4(gr2))]))
    a(("Το ραντεβού είναι 7 Νοεμβρίου στις 10:00, να φέρετε και τις εξετάσεις αίματος του 2023.", []))

    # --- call 10: whole-body cryotherapy centre, Athens (young athlete)
    a(("Cryo Lab Γλυφάδα, γεια σας.", []))
    a(("Γεια, είμαι ο Alex, Αλέξανδρος Βλάχος, παίζω μπάσκετ και έχω θέμα με το γόνατο.",
       [("name", "Alex"), ("name", "Αλέξανδρος Βλάχος")]))
    a(("Μείον εκατόν δέκα βαθμούς για τρία λεπτά, είκοσι πέντε ευρώ η συνεδρία, δέκα συνεδρίες διακόσια.", []))
    c4 = luhn_make("491761000328874")
    a(("Κάρτα " + wg(el, c4[:4], [4]) + " " + c4[4:8] + " " + c4[8:12] + " " + wg(el, c4[12:], [2, 2], sep=" ") + ".",
       [("card", wg(el, c4[:4], [4]) + " " + c4[4:8] + " " + c4[8:12] + " " + wg(el, c4[12:], [2, 2], sep=" "))]))
    a(("alex vlachos 10 at outlook dot com, όλα μαζί", [("email", "alex vlachos 10 at outlook dot com")]))
    a(("Κινητό εξήντα εννιά, εβδομήντα επτά, τετρακόσια πενήντα, ογδόντα ένα, δεκαεννιά.",
       [("phone", "εξήντα εννιά, εβδομήντα επτά, τετρακόσια πενήντα, ογδόντα ένα, δεκαεννιά")]))
    gr3 = iban_make("GR", "02603400000340100473812")
    a(("Αν ακυρώσω, επιστροφή στο " + gr3[:4] + " " + el(gr3[4:8]) + " " + grp4(gr3[8:]) + ".",
       [("iban", gr3[:4] + " " + el(gr3[4:8]) + " " + grp4(gr3[8:]))]))
    a(("Την Παρασκευή στις 7 το πρωί, πριν την προπόνηση, και φέρε κάλτσες και γάντια.", []))

    # --- call 11: ADHD coaching for a teenager, Larnaca (Cyprus)
    a(("ADHD Coaching Λάρνακα, παρακαλώ.", []))
    a(("Καλημέρα σας, ονομάζομαι Παναγιώτα Ιωάννου, η Γιώτα, ο γιος μου είναι δεκαπέντε και διαγνώστηκε πέρσι.",
       [("name", "Παναγιώτα Ιωάννου"), ("name", "Γιώτα")]))
    a(("Οι συνεδρίες είναι μία τη βδομάδα, πενήντα λεπτά, πενήντα πέντε ευρώ, και κάθε μήνα μία με τους γονείς.", []))
    a(("Το κινητό μου είναι ενενήντα εννιά, εξήντα επτά, ογδόντα τρία, δεκατέσσερα.",
       [("phone", "ενενήντα εννιά, εξήντα επτά, ογδόντα τρία, δεκατέσσερα")]))
    a(("giota.ioannou@cytanet.com.cy", [("email", "giota.ioannou@cytanet.com.cy")], "Και το email σας;"))
    cy2 = iban_make("CY", "005002710000027101234567")
    a(("Πάγια εντολή από " + grp4(cy2) + ", Ελληνική Τράπεζα.", [("iban", grp4(cy2))]))
    c5 = luhn_make("542418009977213")
    a(("Ή με κάρτα " + grp(c5, [4, 4, 4, 4], "-") + ", ό,τι σας βολεύει.", [("card", grp(c5, [4, 4, 4, 4], "-"))]))
    a(("Η διεύθυνση Γρηγόρη Αυξεντίου 24, διαμέρισμα 3, Λάρνακα 6023.",
       [("address", "Γρηγόρη Αυξεντίου 24, διαμέρισμα 3, Λάρνακα 6023")]))
    a(("Πρώτη συνάντηση Πέμπτη 3 Οκτωβρίου στις 5, στο γραφείο δίπλα στο Λύκειο Αγίου Γεωργίου.", []))

    # --- call 12: infant-formula helpline (Cyprus), negative-heavy
    a(("Γραμμή εξυπηρέτησης βρεφικού γάλακτος, καλησπέρα σας.", []))
    a(("Καλησπέρα, αγόρασα δύο κουτιά των 800 γραμμαρίων, παρτίδα L2305 1147, λήξη 03/2026, και το ένα μύριζε περίεργα.", []))
    a(("Ο κωδικός του προϊόντος είναι 5201 0482 7731 9, τον βλέπω στο κάτω μέρος.", []))
    not_personal_number("5201048277319")
    a(("Το πήρα από το φαρμακείο στην Έγκωμη στις 12 του μήνα, πλήρωσα είκοσι τέσσερα ενενήντα.", []))
    a(("Θα σας στείλουμε δύο κουτιά αντικατάστασης σε πέντε με επτά εργάσιμες, αριθμός αναφοράς ΑΝ-77412.", []))
    a(("Δίνω τρεις μεζούρες σε ενενήντα μιλιλίτρ νερό, έξι φορές τη μέρα, είναι τριών μηνών.", []))
    return I




def el_items_3():
    I = []
    a = I.append
    # --- call 13: association for parents of children with type-1 diabetes, Thessaloniki
    a(("Σύλλογος Γονέων Παιδιών με Διαβήτη, καλημέρα.", []))
    a(("Καλημέρα, είμαι ο Σάκης, Αθανάσιος Ντόκος, θέλουμε να γραφτούμε μέλη με τη γυναίκα μου.",
       [("name", "Σάκης"), ("name", "Αθανάσιος Ντόκος")]))
    a(("Η συνδρομή είναι τριάντα ευρώ τον χρόνο, και η κατασκήνωση τον Ιούλιο δώδεκα μέρες, διακόσια πενήντα.", []))
    afm6 = afm_make("06629173")
    afm7 = afm_make("14472035")
    a(("ΑΦΜ δικό μου " + afm6 + " και της γυναίκας μου " + wg(el, afm7, [3, 3, 3], sep=", ") + ".",
       [("id", afm6), ("id", wg(el, afm7, [3, 3, 3], sep=", "))]))
    gr4 = iban_make("GR", "01400140014002320012345")
    a(("Η συνδρομή να τραβιέται από το " + grp4(gr4) + ", Alpha Bank.", [("iban", grp4(gr4))]))
    c6 = luhn_make("455620071133896")
    a(("Για την κατασκήνωση πληρώνω τώρα με κάρτα, " + wg(el, c6, [4, 4, 4, 4], sep=", ") + ".",
       [("card", wg(el, c6, [4, 4, 4, 4], sep=", "))]))
    c7 = luhn_make("516700223981447")
    a(("Α, όχι, αυτή έληξε, πάρτε την άλλη, " + grp4(c7) + ".", [("card", grp4(c7))]))
    gr5 = iban_make("GR", "01101830000018300567890")
    a(("Κι αν υπάρξει επιστροφή, στο IBAN της γυναίκας μου " + gr5 + ".", [("iban", gr5)]))
    a(("Ο μικρός είναι εννιά χρονών, έχει αντλία ινσουλίνης εδώ και δύο χρόνια, HbA1c 7,2.", []))
    a(("Η ενημερωτική συνάντηση είναι Σάββατο 26 στις 11, στην αίθουσα του Ιπποκράτειου, στον πρώτο.", []))
    a(("Ο αριθμός μητρώου μέλους θα είναι 2417, θα σας έρθει η κάρτα μέλους σε δέκα μέρες.", []))
    a(("το τηλέφωνο του συλλόγου για τις διακοπές είναι στο φυλλάδιο και η γραμματεία κλείνει στις τρεις", []))
    return I


LANGS["el"] = lambda: el_items_1() + el_items_2() + el_items_3()


# @@LANGS@@

if __name__ == "__main__":
    main()
