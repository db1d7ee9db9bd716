#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind33".

Written by a helper session working only from a written brief. It never read the redactor,
its rules, its tests, or any other evaluation set or generator; the lines below come from the
brief's specification and general knowledge of how people talk on customer-service calls.

Running this script writes data/redaction/blind33/{en,ar,he,el}.jsonl (relative to the
repository root). Each line is one JSON object:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end are BYTE
offsets into the UTF-8 encoding of text (end exclusive). "context" (optional, not scored) is an
earlier line of the same call. Items with empty "spans" are non-personal and must come out
unchanged. All values are invented; check digits are computed here and asserted.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check-digit helpers


def luhn_ok(d):
    d = re.sub(r"\D", "", d)
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn_complete(prefix):
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27}


def make_iban(cc, bban):
    r = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in r.upper())
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 if i % 2 == 0 else 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0


def make_tz(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def make_afm(p8):
    s = sum(int(p8[i]) * 2 ** (8 - i) for i in range(8))
    r = p8 + str((s % 11) % 10)
    assert afm_ok(r)
    return r


def make_saudi(p9):
    assert p9[0] in "12" and len(p9) == 9
    return luhn_complete(p9)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s.strip())
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def make_card(prefix, length):
    body = prefix
    i = 0
    while len(body) < length - 1:
        body += str((7 * i + 3 + len(prefix)) % 10)
        i += 1
    c = luhn_complete(body)
    assert luhn_ok(c) and len(c) == length
    return c


def not_any_check(d):
    """A long non-personal number must fail every check it could be mistaken for."""
    d = re.sub(r"\D", "", d)
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), d
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), d
    if len(d) == 10 and d[0] in "12":
        assert not luhn_ok(d), d
    return d


# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def en(d, oh=False, double=False, sep=" "):
    d = re.sub(r"\D", "", d)
    out = []
    i = 0
    while i < len(d):
        w = "oh" if (oh and d[i] == "0") else EN_D[int(d[i])]
        if double and i + 1 < len(d) and d[i + 1] == d[i]:
            out.append("double " + w)
            i += 2
            continue
        out.append(w)
        i += 1
    return sep.join(out)


def en2(d):
    """two-digit number in words: '42' -> 'forty-two'"""
    n = int(d)
    if len(d) == 2 and d[0] == "0":
        return "oh " + EN_D[n]
    if n < 10:
        return EN_D[n]
    if n < 20:
        return EN_TEENS[n - 10]
    return EN_TENS[n // 10] + ("" if n % 10 == 0 else "-" + EN_D[n % 10])


AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_IND = "٠١٢٣٤٥٦٧٨٩"


def ar(d, sep=" "):
    return sep.join(AR_D[int(c)] for c in re.sub(r"\D", "", d))


def ar_ind(s):
    return "".join(AR_IND[int(c)] if c.isdigit() else c for c in s)


HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()


def he(d, masc=False, sep=" "):
    t = HE_M if masc else HE_F
    return sep.join(t[int(c)] for c in re.sub(r"\D", "", d))


EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def el(d, sep=" "):
    return sep.join(EL_D[int(c)] for c in re.sub(r"\D", "", d))


# ---------------------------------------------------------------- item builder


def build(items):
    """items: list of (text, [(kind, substring[, nth])], context). Returns JSON-able dicts."""
    out = []
    for text, spans, ctx in items:
        b = text.encode("utf-8")
        res = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            nth = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            pos = -1
            for _ in range(nth + 1):
                pos = b.find(sb, pos + 1)
                assert pos >= 0, (sub, text)
            res.append({"kind": kind, "start": pos, "end": pos + len(sb)})
            assert b[pos:pos + len(sb)].decode("utf-8") == sub
        res.sort(key=lambda s: s["start"])
        for a, c in zip(res, res[1:]):
            assert a["end"] <= c["start"], ("overlap", text)
        o = {"text": text, "spans": res}
        if ctx:
            o["context"] = ctx
        out.append(o)
    return out


LANGS = {}

# ================================================================ ENGLISH
# Calls: architect practice (UK), brewery tours (Irish), clinical-trial recruitment (US),
# cardiology clinic (Indian), Christmas-tree delivery (UK), doula service (Australian),
# department store (Nigerian), DIY store (UK), film festival (US), forklift training (Irish),
# fireworks retailer (US), bathroom remodel (Australian), conference registration (Indian),
# food-truck hire (Nigerian).
EN = []


def en_add(text, *spans, ctx=""):
    EN.append((text, list(spans), ctx))


E_CARD = [make_card("4539", 16), make_card("5412", 16), make_card("3714", 15), make_card("6011", 16),
          make_card("5299", 16), make_card("4929", 16), make_card("3530", 16), make_card("2223", 16)]
E_IBAN = [make_iban("GB", "NWBK60813812345678"), make_iban("IE", "BOFI90001722334455"),
          make_iban("GB", "BARC20005573104822"), make_iban("DE", "500105175407324931"),
          make_iban("IE", "AIBK93208614027391"), make_iban("GB", "LOYD30962500817744"),
          make_iban("AE", "0260001015553317001")]
E_SSN = ["412-58-3907", "231-74-0561", "578-03-2219", "305-61-4478"]
for s in E_SSN:
    assert ssn_ok(s)
E_TZ = make_tz("31594027")
E_IQAMA = make_saudi("241873306")
E_SAUDI = make_saudi("108265417")
E_AFM = make_afm("14728305")

# --- architect practice, UK
c = E_CARD[0]
en_add("Good morning, Harwood and Pike Architects, you're through to Priya, how can I help?", ("name", "Priya"))
en_add("Hi, yeah, my name's Gareth Llewellyn, we had the planning drawings done with you last spring.",
       ("name", "Gareth Llewellyn"))
en_add("It's 14 Clifton Terrace, Penarth, CF64 1DX.", ("address", "14 Clifton Terrace, Penarth, CF64 1DX"),
       ctx="And the address of the site, please?")
en_add("The revised elevations will be ready on the 3rd of March, and the fee for the revision is £450 plus VAT.")
en_add("Our project reference is HP-2291, and the drawings go to the council by the 17th.")
en_add(f"Okay I'll pay the deposit now, card number is {c[:4]} {c[4:8]} {c[8:12]} {c[12:]}.",
       ("card", f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"))
en_add("Lovely, that's gone through, two hundred and twenty-five pounds, and the receipt number is 40771.")
en_add("we looked at the Victoria Road scheme as a reference the one by Foster's people near the Co-op")

# --- brewery tours, Irish
c = E_CARD[1]
en_add("Howya, Liffey Hop Brewery tours, Aoife speaking.", ("name", "Aoife"))
en_add("Ah hi, it's Ciarán Ó Briain here, I've a booking for Saturday.", ("name", "Ciarán Ó Briain"))
en_add("Grand so Ciarán, that's the half two tour for eight people, tasting included, sixty-five euro each.",
       ("name", "Ciarán"))
en_add(f"Yeah it's oh eight seven, {en('2419', oh=True)}, {en('338', oh=True)}.",
       ("phone", f"oh eight seven, {en('2419', oh=True)}, {en('338', oh=True)}"),
       ctx="Can I get a mobile number for you in case the tour's delayed?")
en_add("The tour lasts ninety minutes and the last bus back to Heuston is at ten past six.")
en_add(f"I'll pay for the lot now, it's a Mastercard, {en(c[:4])}, {en(c[4:8])}, {en(c[8:12])}, {en(c[12:])}.",
       ("card", f"{en(c[:4])}, {en(c[4:8])}, {en(c[8:12])}, {en(c[12:])}"))
en_add("Grand, eight tickets at sixty-five, that's five hundred and twenty euro, booking ref LHB 7730.")

# --- clinical-trial recruitment, US
s = E_SSN[0]
en_add("Thank you for calling the Brightwater Research screening line, this is Marcus, may I have your name?",
       ("name", "Marcus"))
en_add("Yes hi, this is Dolores Ramírez, I saw the ad for the migraine study.", ("name", "Dolores Ramírez"))
en_add("Great, Ms. Ramírez, and your date of birth?", ("name", "Ramírez"))
en_add("It's July 9th, 1971.", ("date_of_birth", "July 9th, 1971"), ctx="Great, Ms. Ramírez, and your date of birth?")
en_add("The study runs twelve weeks, with six visits, and each completed visit pays seventy-five dollars.")
en_add(f"For the stipend forms we need the Social, um, it's {s[:3]}, {s[4:6]}, {s[7:]}.",
       ("id", f"{s[:3]}, {s[4:6]}, {s[7:]}"))
en_add("sure it's dolo dot ramirez seventy one at yahoo dot com",
       ("email", "dolo dot ramirez seventy one at yahoo dot com"), ctx="And a good email for the consent packet?")
en_add("Your first visit is Tuesday the 14th at 8:30 AM, building C, third floor, suite 340.")
en_add("Protocol number BRX-2207-M, and the study drug is given as two tablets twice a day.")

# --- cardiology clinic, Indian English
d = "14/02/1958"
en_add("Good afternoon, Heartline Cardiac Centre, Nandini here, how may I help you?", ("name", "Nandini"))
en_add("Hello madam, myself Venkatesh Iyer, I am calling for my father's echo appointment.",
       ("name", "Venkatesh Iyer"))
en_add("Patient is Ramaswamy Iyer, R-A-M-A-S-W-A-M-Y.", ("name", "Ramaswamy Iyer"), ("name", "R-A-M-A-S-W-A-M-Y"),
       ctx="Okay sir, patient name please?")
en_add(f"His DOB is {d}, fourteen February fifty-eight.", ("date_of_birth", d),
       ("date_of_birth", "fourteen February fifty-eight"))
en_add("The echo is booked for the 21st at 10:15, please come fasting, and the charge is 2,800 rupees.")
en_add("one more thing his Holter report from Apollo hospital is dated 5th January, should we bring it")
en_add(f"And a contact number for him, madam, it is double nine eight, {en('4027', oh=True)}, {en('615', double=True)}.",
       ("phone", f"double nine eight, {en('4027', oh=True)}, {en('615', double=True)}"))
en_add("Yes sir, noted. Token number will be 37, please report at the OPD counter by 9:45.")

# --- Christmas-tree delivery, UK
c = E_CARD[2]
en_add("Oh hello, I'd like a seven foot Nordmann fir delivered, the name's Alistair Booth.", ("name", "Alistair Booth"))
en_add("Flat 3, 27 Hawthorn Rise, Harrogate, HG2 0QP.", ("address", "Flat 3, 27 Hawthorn Rise, Harrogate, HG2 0QP"),
       ctx="No problem, what's the delivery address?")
en_add("We deliver between the 1st and the 20th of December, the seven foot is £64.99 and the stand is another twelve.")
en_add(f"It's an Amex, so it's fifteen digits, {c[:4]} {c[4:10]} {c[10:]}.", ("card", f"{c[:4]} {c[4:10]} {c[10:]}"))
en_add("You're slot fourteen on the Harrogate van, Tuesday, and the driver is on the road from 8 till 4.")
en_add("is that near the Waitrose on Otley Road because the van went to Booth's last year by mistake")
en_add("Reference FP-55120, and we'll collect the tree on the 6th of January for recycling.")

# --- doula service, Australian
dob = "the twenty-third of August, ninety-two"
en_add("G'day, Gentle Arrivals doula service, Tash speaking.", ("name", "Tash"))
en_add("Hi, I'm Bronwyn Kettle, I'm due in May and looking for birth support.", ("name", "Bronwyn Kettle"))
en_add("Congrats Bron! What's your due date and how many weeks are you?", ("name", "Bron"))
en_add("Due date's the 12th of May, I'm twenty-four weeks today.")
en_add(f"For the intake form, date of birth is {dob}.", ("date_of_birth", dob))
en_add(f"And the best mobile, um, oh four one two, {en('508', double=True)}, {en('773', double=True)}.",
       ("phone", f"oh four one two, {en('508', double=True)}, {en('773', double=True)}"))
en_add("Our package is three prenatal visits, on call from thirty-eight weeks, and two postnatal visits, for $1,950.")
en_add("we're in Fremantle, up near the Cappuccino Strip, not far from the markets")
en_add("I live at 8 Quarry Street, Fremantle, WA 6160, the blue door.", ("address", "8 Quarry Street, Fremantle, WA 6160"))


# --- department store, Nigerian English
c = E_CARD[3]
en_add("Good evening, welcome to Ebeano Plaza customer care, my name is Chiamaka, how may I help you?",
       ("name", "Chiamaka"))
en_add("Good evening o. My name is Oluwaseun Adebayo-Williams, I ordered a standing fan and it has not come.",
       ("name", "Oluwaseun Adebayo-Williams"))
en_add("Sorry about that sir, can you give me the order number?")
en_add("Order number is 5 5 0 2 1 8 8 4, and I paid forty-two thousand five hundred naira on the 2nd.")
en_add(f"The phone number on the order is plus two three four, eight oh three, {en('516', oh=True)}, {en('2290', oh=True)}.",
       ("phone", f"plus two three four, eight oh three, {en('516', oh=True)}, {en('2290', oh=True)}"))
en_add("Okay sir, it is showing dispatched from our Lekki warehouse, it will get to you by Thursday latest.")
en_add("No 12 Adeola Odeku Street, Victoria Island, Lagos, opposite the Eko hotel side.",
       ("address", "No 12 Adeola Odeku Street, Victoria Island, Lagos"), ctx="Please confirm the delivery address sir.")
en_add(f"If you want a refund instead I can put it back on the card ending, sorry, the full card is needed, {c}.",
       ("card", c))
en_add("Binatone fan, model BF-1655, quantity one, and the Sunday sale discount was fifteen percent.")

# --- DIY store, UK
e = "d.kowalczyk1988@gmail.com"
en_add("Hi, um, yeah, it's Dariusz Kowalczyk, my click and collect says ready but they can't find it.",
       ("name", "Dariusz Kowalczyk"))
en_add("Let me look, Dariusz, can I take the email on the order?", ("name", "Dariusz"))
en_add("it's d dot k o w a l c z y k one nine eight eight at gmail dot com",
       ("email", "d dot k o w a l c z y k one nine eight eight at gmail dot com"),
       ctx="Let me look, Dariusz, can I take the email on the order?")
en_add(f"So that's {e}, yeah?", ("email", e))
en_add("Right, two tins of Dulux Timeless white, a 25 kilo bag of Blue Circle and a Bosch drill, order 88213.")
en_add("It'll be in bay 6 at the Leeds Kirkstall store, open till 8 tonight, 10 till 4 Sunday.")
en_add("and the drill was £79 but it's showing £89 on my receipt can you sort that")

# --- film festival, US
c = E_CARD[4]
dob = "11/30/1989"
en_add("Hey, it's Jamal Whitaker, I'm picking up my filmmaker pass.", ("name", "Jamal Whitaker"))
en_add(f"{dob}.", ("date_of_birth", dob), ctx="Awesome, for the filmmaker credential I need your date of birth.")
en_add("Your short screens Friday at 7:40 in Theater 2, runtime 18 minutes, and Q&A after.")
en_add("The All Access pass is $395 and the industry brunch on Sunday is another forty.")
en_add("My cell is area code three one two, five five five, oh one four seven.",
       ("phone", "three one two, five five five, oh one four seven"))
en_add(f"Charge the upgrade to this one, five two nine nine, {en(c[4:8])}... {en(c[8:12])}, {en(c[12:])}.",
       ("card", f"five two nine nine, {en(c[4:8])}... {en(c[8:12])}, {en(c[12:])}"))
en_add("Festival runs March 6 through 15, over 120 films, and the closing night film is at the Paramount.")

# --- forklift training, Irish
iban = E_IBAN[1]
en_add("Hi, this is Siobhán from Kerrigan Logistics, I've four lads to book on the counterbalance course.", ("name", "Siobhán"))
en_add("Course is three days, the 9th to the 11th, and it's four hundred and ten euro a head.")
en_add("The first one is Pádraig Nolan, and his PPS is on the form already.", ("name", "Pádraig Nolan"))
en_add(f"We'll pay by transfer, our IBAN for the refund side is {group4(iban)}.", ("iban", group4(iban)))
en_add("the yard is out past the Athlone roundabout at the Topaz, unit 14 in the business park")
en_add("Certificates are valid for three years, and the retest is €195.")

# --- fireworks retailer, US
c = E_CARD[5]
en_add("Hi, my name is, uh, Bethany Schuler, I ordered the Grand Finale kit for the Fourth.", ("name", "Bethany Schuler"))
en_add("For age verification I need the birth date on your ID, Bethany.", ("name", "Bethany"))
en_add("Uh, it's April the second, nineteen ninety-four.", ("date_of_birth", "April the second, nineteen ninety-four"),
       ctx="For age verification I need the birth date on your ID, Bethany.")
en_add("The kit is 500 grams, 36 shots, $249.99, and we ship ground only, 5 to 7 business days.")
en_add("Ship to 4410 Juniper Hollow Road, Bozeman, Montana 59715.",
       ("address", "4410 Juniper Hollow Road, Bozeman, Montana 59715"))
en_add(f"visa {en(c[:4])} {en(c[4:8])} {en(c[8:12])} {en(c[12:])}",
       ("card", f"{en(c[:4])} {en(c[4:8])} {en(c[8:12])} {en(c[12:])}"))
en_add("Your tracking number is 1Z 999 AA1 0123 4567 84, and UPS says Friday.")


not_any_check("1Z 999 AA1 0123 4567 84")

# --- bathroom remodel financing, US
s1, s2 = E_SSN[1], E_SSN[2]
en_add(f"Sure, it's {s1}.", ("id", s1),
       ctx="Okay, for the financing application on the walk-in shower, I'll need your Social Security number.")
en_add(f"and my wife's is {en(s2[:3])} {en(s2[4:6])} {en(s2[7:])}", ("id", f"{en(s2[:3])} {en(s2[4:6])} {en(s2[7:])}"))
en_add("Her date of birth is 3-17-66 and mine is 10-2-63.", ("date_of_birth", "3-17-66"), ("date_of_birth", "10-2-63"))
en_add("The quote was $18,400, that's 60 months at 7.99 percent, first payment due June 1st.")
en_add("Tile is the Carrara look, 12 by 24, about 140 square feet, and the vanity is the 48 inch Kohler.")
en_add("email the contract to ray underscore and underscore linda at comcast dot net",
       ("email", "ray underscore and underscore linda at comcast dot net"))
en_add("Crew shows up Monday at seven, demo takes two days, and the permit number is B-2024-07731.")

# --- conference registration, Indian speaker in Riyadh / Dubai
iq = E_IQAMA
iban = E_IBAN[6]
en_add(f"Yes, Iqama is {iq[:4]} {iq[4:7]} {iq[7:]}.", ("id", f"{iq[:4]} {iq[4:7]} {iq[7:]}"),
       ctx="For the Riyadh venue, security needs your Iqama number, sir.")
en_add(f"and my colleague is Saudi national, his ID is {en(E_SAUDI[:5])}, {en(E_SAUDI[5:])}",
       ("id", f"{en(E_SAUDI[:5])}, {en(E_SAUDI[5:])}"))
en_add("Delegate fee is 3,500 riyals, early bird till the 30th, and the summit is on the 14th and 15th of October.")
en_add("Badge email please. It is anil dot menon at gulfpetro dot ae, menon M-E-N-O-N.",
       ("email", "anil dot menon at gulfpetro dot ae"))
en_add(f"For the refund of the duplicate payment, use our Dubai account, IBAN {iban}.", ("iban", iban))
en_add("Session 4B is in Hall 3, from 11:30 to 1, and lunch is at the Marriott ballroom.")
en_add(f"My mobile is zero five zero, {en('4418', double=True)}, {en('726')}.",
       ("phone", f"zero five zero, {en('4418', double=True)}, {en('726')}"))

# --- food-truck hire, Nigerian caller in London
iban = E_IBAN[5]
en_add("Yes, we do jollof, suya, small chops, for 150 guests it's £2,200 for four hours.")
en_add("My name is Mrs Folake Adeyemi-Okafor, and the event is on Saturday the 19th at 2pm.",
       ("name", "Folake Adeyemi-Okafor"))
en_add("Where's the venue, Mrs Adeyemi-Okafor?", ("name", "Adeyemi-Okafor"))
en_add("It's at my house, 221 Peckham Rye, London SE22 9QA, we have a big drive.",
       ("address", "221 Peckham Rye, London SE22 9QA"))
en_add(f"For the deposit refund if we cancel, my account is {group4(iban)}.", ("iban", group4(iban)))
en_add("my email is folake f o l a k e underscore okafor at hotmail dot co dot uk",
       ("email", "folake f o l a k e underscore okafor at hotmail dot co dot uk"))
en_add("And my phone is oh seven seven double oh, nine double oh, three one five.",
       ("phone", "oh seven seven double oh, nine double oh, three one five"))

# --- exhibition stand builder (Greek client at a German trade fair)
iban = E_IBAN[3]
en_add(f"Hi, for the invoice I need to put my Greek tax number, AFM {E_AFM}.", ("id", E_AFM))
en_add(f"Refunds go to my German account, {group4(iban)}, at the Sparkasse.", ("iban", group4(iban)))
en_add("The stand is 36 square metres, hall 5, stand B41, and the build-up is on the 8th and 9th of November.")
en_add("please send it to k dot papadakis at stand dash works dot gr",
       ("email", "k dot papadakis at stand dash works dot gr"))

# --- dubbing studio, Tel Aviv (Anglo immigrant)
iban = make_iban("IL", "0126890000051234567")
en_add(f"Okay, my ID number is {en(E_TZ[:3])}, {en(E_TZ[3:6])}, {en(E_TZ[6:])}.",
       ("id", f"{en(E_TZ[:3])}, {en(E_TZ[3:6])}, {en(E_TZ[6:])}"),
       ctx="For payroll we need your teudat zehut and your bank details.")
en_add(f"And the IBAN is {iban}, it's a Leumi account.", ("iban", iban))
en_add("You're booked for the cartoon session, episodes 4 to 9, at 2,400 shekels, studio 3 on Sunday.")
en_add("My address is 7 Rehov Ahad Ha'am, apartment 12, Tel Aviv.", ("address", "7 Rehov Ahad Ha'am, apartment 12, Tel Aviv"))
en_add("Twenty-ninth of January, eighty-seven.", ("date_of_birth", "Twenty-ninth of January, eighty-seven"),
       ctx="And the date of birth for the contract?")

# --- more refunds and misc
iban = E_IBAN[0]
en_add(f"For the architect's fee refund, sorts code and account won't do, it needs the IBAN: {group4(iban)}.",
       ("iban", group4(iban)))
iban = E_IBAN[4]
en_add(f"ah the Bank of Ireland one, sorry no, the AIB one, {iban[:4]} {group4(iban[4:])}",
       ("iban", f"{iban[:4]} {group4(iban[4:])}"))
iban = E_IBAN[2]
en_add(f"I B A N, G B {en2(iban[2:4])}, B A R C, {en(iban[8:14])}, {en(iban[14:])}.",
       ("iban", f"G B {en2(iban[2:4])}, B A R C, {en(iban[8:14])}, {en(iban[14:])}"))
en_add(f"SSN is {E_SSN[3].replace('-', ' ')}.", ("id", E_SSN[3].replace('-', ' ')))
c = E_CARD[6]
en_add(f"JCB card, {c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}.", ("card", f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}"))
c = E_CARD[7]
en_add(f"it's {c[:4]}, {c[4:6]} {c[6:8]}, no sorry, {c[4:8]}, then {c[8:12]}, {c[12:]}",
       ("card", f"{c[:4]}, {c[4:6]} {c[6:8]}, no sorry, {c[4:8]}, then {c[8:12]}, {c[12:]}"))
en_add("The delivery window is 8 to 12 on Friday the 22nd, and the 4 foot tree is £39.")

LANGS["en"] = EN


# ================================================================ ARABIC
# Calls: air-purifier rental (Saudi, Gulf), brick supplier (Egyptian), athletics club (Jordanian),
# charcoal delivery (Levantine), civil-registry office (MSA), car-audio installer (UAE),
# endocrinology clinic (Egyptian), demolition contractor (Moroccan), fabric shop (Moroccan),
# currency exchange (Jordanian), farm stay (Jordanian), doctor home visits (Gulf), engagement
# rings (Levantine), fireworks for Eid (Egyptian).
AR = []


def ar_add(text, *spans, ctx=""):
    AR.append((text, list(spans), ctx))


AR_EG = "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split()


def ar_eg(d, sep=" "):
    return sep.join(AR_EG[int(c)] for c in re.sub(r"\D", "", d))


A_CARD = [make_card("4847", 16), make_card("5326", 16), make_card("4462", 16), make_card("5189", 16),
          make_card("4576", 16), make_card("5044", 16), make_card("3782", 15), make_card("4017", 16)]
A_IBAN = [make_iban("SA", "10000001234567891234"), make_iban("AE", "0330001234509876543"),
          make_iban("EG", "0003000100000001234567891"), make_iban("JO", "ARAB1230000000123456789012"),
          make_iban("MA", "007780000123400056789012"), make_iban("SA", "45000000608010123456"),
          make_iban("AE", "0260001012345678901")]
A_SAUDI = [make_saudi("104358926"), make_saudi("110927364"), make_saudi("106671203"), make_saudi("119045582")]
A_IQAMA = [make_saudi("235196074"), make_saudi("248803317"), make_saudi("220561948")]
A_TZ = make_tz("20368415")

# --- air-purifier rental, Saudi (Gulf / Najdi)
i = A_SAUDI[0]
ar_add("السلام عليكم، معك عبدالرحمن من شركة نقاء لتأجير أجهزة تنقية الهواء، كيف أقدر أخدمك؟", ("name", "عبدالرحمن"))
ar_add("وعليكم السلام، معك نوف الشمري، أبي أستأجر جهازين للبيت عشان الغبار.", ("name", "نوف الشمري"))
ar_add("حياك الله أستاذة نوف، الجهاز الكبير بمية وتسعين ريال بالشهر، والعقد أقل شي ثلاث شهور.", ("name", "نوف"))
ar_add(f"رقم الهوية {ar_ind(i)}", ("id", ar_ind(i)), ctx="طيب عطني رقم الهوية عشان العقد لو سمحتي.")
ar_add("الرياض، حي الملقا، شارع الأمير محمد بن سعد، فيلا ٢٧",
       ("address", "الرياض، حي الملقا، شارع الأمير محمد بن سعد، فيلا ٢٧"), ctx="والعنوان الوطني؟")
ar_add("التوصيل يوم الأحد بين الساعة أربع وثمان المسا، ورقم الطلب ٥٥٣١٢.")
ar_add(f"جوالي صفر خمسة خمسة، {ar('412')}، {ar('7093')}", ("phone", f"صفر خمسة خمسة، {ar('412')}، {ar('7093')}"))
ar_add("الفلتر يتغير كل ست شهور وسعره خمسة وثمانين ريال، والضمان سنتين.")
ar_add("يعني قريب من بانوراما مول؟ لا لا، جنب جامع الراجحي على طريق أنس بن مالك")

# --- brick supplier, Egyptian
c = A_CARD[0]
ar_add("ألو، مصنع الحرية للطوب الأحمر؟ أنا المهندس شريف عبد العظيم، عايز أطلب عشرين ألف طوبة.",
       ("name", "شريف عبد العظيم"))
ar_add("أهلا يا باشمهندس شريف، الألف طوبة بألف وتمنمية جنيه، والنقلة فيها عشرة آلاف.", ("name", "شريف"))
ar_add("١٤ شارع الجمهورية، أرض الجمعية، مدينة السادات، المنوفية",
       ("address", "١٤ شارع الجمهورية، أرض الجمعية، مدينة السادات، المنوفية"), ctx="التسليم هيبقى على الموقع، العنوان إيه يا فندم؟")
ar_add(f"رقمي صفر واحد صفر، {ar_eg('0234')}، {ar_eg('5178')}",
       ("phone", f"صفر واحد صفر، {ar_eg('0234')}، {ar_eg('5178')}"))
ar_add(f"هدفع العربون بالفيزا، الرقم {c[:4]} {c[4:8]} {c[8:12]} {c[12:]}",
       ("card", f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"))
ar_add("النقلة الأولى يوم السبت الصبح بدري، والتانية بعدها بأسبوع، وكل عربية فيها خمستاشر طن.")
ar_add("الفاتورة رقم ٢٠٢٤٠٨١٧ والإجمالي ستة وتلاتين ألف جنيه شامل النقل.")

# --- athletics club, Jordanian
d = "١٢/٠٦/٢٠١٢"
ar_add("مرحبا، نادي الأولمبي لألعاب القوى، معك رند.", ("name", "رند"))
ar_add("أهلين، أنا أبو زيد، بدي أسجّل ابني بفريق الجري تحت الأربعتعشر.", ("name", "أبو زيد"))
ar_add("زيد عمر الخصاونة", ("name", "زيد عمر الخصاونة"), ctx="أهلا وسهلا، شو اسم الولد الثلاثي؟")
ar_add(f"وتاريخ ميلاده {d}", ("date_of_birth", d))
ar_add("التمرين ثلاث أيام بالأسبوع، أحد وثلاثاء وخميس، من خمسة لسبعة، والاشتراك خمسة وأربعين دينار بالشهر.")
ar_add(f"رقم الأب صفر سبعة تسعة، {ar('551')}، {ar('3024')}", ("phone", f"صفر سبعة تسعة، {ar('551')}، {ar('3024')}"))
ar_add("البطولة الجاية بستاد عمّان الدولي بأول آب، والباص بطلع من الدوار السابع الساعة ستة الصبح")

# --- charcoal delivery, Levantine
e = "fadi.haddad88@gmail.com"
ar_add("مرحبا، فحم النخلة للتوصيل؟ بدي طلبية كبيرة لمطعم.")
ar_add("أكيد، الكيس عشرة كيلو بستة دنانير، وإذا أكتر من عشرين كيس التوصيل ببلاش.")
ar_add("اسمي فادي حداد، ابعتلي الفاتورة ع الإيميل.", ("name", "فادي حداد"))
ar_add(f"الإيميل {e}", ("email", e))
ar_add("يعني fadi نقطة haddad ثمانية وثمانين آت جيميل دوت كوم", ("email", "fadi نقطة haddad ثمانية وثمانين آت جيميل دوت كوم"))
ar_add("بنوصل يوم الخميس قبل الضهر، وطلبك رقمه ٧٧٤٠.")
ar_add("المطعم بجبل اللويبدة، شارع الكلية العلمية الإسلامية، عمارة ١٩، الطابق الأرضي",
       ("address", "جبل اللويبدة، شارع الكلية العلمية الإسلامية، عمارة ١٩، الطابق الأرضي"))

# --- civil-registry office, MSA
i = A_SAUDI[1]
ar_add("أهلاً بكم في مركز خدمة الأحوال المدنية، معكم الموظف ماجد العتيبي.", ("name", "ماجد العتيبي"))
ar_add("أرغب في حجز موعد لاستخراج شهادة ميلاد لمولودتي الجديدة.")
ar_add(f"رقم السجل المدني {ar(i)}", ("id", ar(i)), ctx="تفضل بذكر رقم السجل المدني للأب.")
ar_add("المولودة اسمها جود، وتاريخ ميلادها الخامس من شوال ألف وأربعمائة وخمسة وأربعين.",
       ("name", "جود"), ("date_of_birth", "الخامس من شوال ألف وأربعمائة وخمسة وأربعين"))
ar_add("موعدك يوم الثلاثاء الساعة التاسعة والنصف صباحاً، ورقم الموعد ٤٠٩٨٢٢، والرسوم مائة ريال.")
ar_add("يرجى إحضار تبليغ الولادة من مستشفى الملك فهد وصورتين من الهوية.")

# --- car-audio installer, UAE
c = A_CARD[1]
ar_add("هلا والله، معاك حمدان من صوتيات الخليج، شو تبا؟", ("name", "حمدان"))
ar_add("هلا والله، أبا أركب سماعات وسب ووفر في اللاندكروزر.")
ar_add("الباكج الكامل بأربعة آلاف وخمسمية درهم، والتركيب ياخذ ست ساعات.")
ar_add(f"زين، ادفع العربون بالكارت، {ar(c[:4])}، {ar(c[4:8])}، {ar(c[8:12])}، {ar(c[12:])}",
       ("card", f"{ar(c[:4])}، {ar(c[4:8])}، {ar(c[8:12])}، {ar(c[12:])}"))
ar_add(f"ورقمي صفر خمسة صفر، {ar('77')} {ar('31')}، {ar('604')}", ("phone", f"صفر خمسة صفر، {ar('77')} {ar('31')}، {ar('604')}"))
ar_add("موعدك باجر الساعة عشر الصبح في فرعنا بالقوز الصناعية، جنب محطة إينوك.")
ar_add("الضمان سنة على الشغل وثلاث سنين على السماعات، والموديل JBL GTO-939.")


# --- endocrinology clinic, Egyptian
ar_add("عيادة الدكتور هشام للغدد الصماء والسكر، معاكي مروة، أؤمري.", ("name", "مروة"))
ar_add("أيوه يا حبيبتي، أنا اسمي سعاد محمود، عايزة أحجز كشف للغدة الدرقية.", ("name", "سعاد محمود"))
ar_add("حاضر يا مدام سعاد، سنك كام أو تاريخ ميلادك للملف؟", ("name", "سعاد"))
ar_add("مواليد تلاتة وعشرين سبتمبر سبعة وسبعين", ("date_of_birth", "تلاتة وعشرين سبتمبر سبعة وسبعين"),
       ctx="حاضر يا مدام سعاد، سنك كام أو تاريخ ميلادك للملف؟")
ar_add("الكشف بستمية جنيه والاستشارة خلال أسبوعين ببلاش، والدكتور بيبدأ الساعة سبعة بالليل.")
ar_add("هتعملي تحليل TSH وT4 قبلها، في معمل البرج فرع المهندسين، النتيجة بتطلع تاني يوم.")
ar_add(f"رقم الموبايل صفر واحد واحد، {ar_eg('492')}، {ar_eg('38')}، {ar_eg('016')}",
       ("phone", f"صفر واحد واحد، {ar_eg('492')}، {ar_eg('38')}، {ar_eg('016')}"))
ar_add("الحجز يوم الاتنين ١٨ الشهر، ورقمك في الدور ١٢.")

# --- demolition contractor, Moroccan (Darija)
iban = A_IBAN[4]
ar_add("ألو، شركة الهدم والحفر ديال الأطلس؟ بغيت نهدم واحد الدار قديمة.")
ar_add("أنا سميتي يوسف بنعلي", ("name", "يوسف بنعلي"), ctx="مرحبا، شنو سميتك الله يخليك؟")
ar_add("واخا سي يوسف، فين كاينة الدار؟", ("name", "يوسف"))
ar_add("الدار فدرب السلطان، زنقة ٤٢، رقم ١٧، الدار البيضاء",
       ("address", "درب السلطان، زنقة ٤٢، رقم ١٧، الدار البيضاء"), ctx="واخا سي يوسف، فين كاينة الدار؟")
ar_add("الخدمة كتاخد عشرة أيام، والثمن خمسة وثلاثين ألف درهم، والرخصة ديال الجماعة عليك.")
ar_add(f"ومنين نرجعو ليك الضمانة، عطيني الـ RIB ولا الإيبان: {iban}", ("iban", iban))
ar_add(f"التيليفون ديالي زيرو ستة، {ar('61')}، {ar('48')}، {ar('92')}، {ar('05')}",
       ("phone", f"زيرو ستة، {ar('61')}، {ar('48')}، {ar('92')}، {ar('05')}"))

# --- fabric shop, Moroccan
c = A_CARD[2]
ar_add("السلام، محل الثوب والحرير فالمدينة القديمة، خديجة معاك.", ("name", "خديجة"))
ar_add("بغيت عشرين متر ديال الكريب للقفاطن، اللون بلو روا، والمتر بشحال؟")
ar_add("المتر بمية وعشرين درهم، وإلا خديتي أكثر من خمسطاش متر كاين تخفيض عشرة فالمية.")
ar_add(f"غادي نخلص بالكارط، {c[:4]} {c[4:8]}، {c[8:12]} {c[12:]}", ("card", f"{c[:4]} {c[4:8]}، {c[8:12]} {c[12:]}"))
ar_add("صيفطوها ليا للدار، حي الرياض، شارع النخيل، إقامة الياسمين، الطابق ٣، الرباط",
       ("address", "حي الرياض، شارع النخيل، إقامة الياسمين، الطابق ٣، الرباط"))
ar_add("الإيميل ديالي salma.bennani@outlook.fr", ("email", "salma.bennani@outlook.fr"))
ar_add("التوصيل نهار الجمعة مع أمانة، والكوموند رقم ١٦٠٢٣.")

# --- currency exchange, Jordanian
i = A_IQAMA[0]
iban = A_IBAN[3]
ar_add("صباح النور، بدي أحوّل ألفين دولار لحساب أخوي بالسعودية، شو سعر الصرف اليوم؟")
ar_add("الدولار اليوم بسبعين قرش وتسعة، والعمولة خمسة دنانير على التحويل.")
ar_add(f"رقم إقامة أخوي هناك {ar_ind(i[:3])} {ar_ind(i[3:6])} {ar_ind(i[6:])}", ("id", f"{ar_ind(i[:3])} {ar_ind(i[3:6])} {ar_ind(i[6:])}"))
ar_add(f"والتحويل بينزل من حسابي هون، الآيبان {iban[:4]} {group4(iban[4:])}", ("iban", f"{iban[:4]} {group4(iban[4:])}"))
ar_add("الحوالة رقمها ٩٩٠٣٤٥١٧٢ وبتوصل خلال ٢٤ ساعة ما عدا الجمعة.")
ar_add("محمود سليم العزام", ("name", "محمود سليم العزام"), ctx="اسم المستفيد؟")

# --- farm stay, Jordanian / Palestinian
ar_add("أهلا بمزرعة الزيتونة للإقامة الريفية بعجلون، معك سلمى.", ("name", "سلمى"))
ar_add("مرحبا، أنا لينا، بدي أحجز شاليه لعيلتي لويكند الجاي.", ("name", "لينا"))
ar_add("الشاليه لستة أشخاص بمية وعشرين دينار الليلة، والفطور مشمول، والمسبح بيفتح من الساعة تسعة.")
ar_add(f"ابعتيلي التأكيد ع lina underscore kh آت ياهو دوت كوم", ("email", "lina underscore kh آت ياهو دوت كوم"))
ar_add("بنوصل الجمعة حوالي العصر، وبنطلع الأحد الساعة اتنعش.")
ar_add("المزرعة بعد قلعة الربض بخمس كيلو، على طريق عنجرة.")


# --- doctor home visits, Gulf (Kuwaiti / Saudi)
i, q = A_SAUDI[2], A_IQAMA[1]
c = A_CARD[3]
ar_add("أبي دكتور يزور الوالد، كبير في السن وعنده ضغط وسكر.")
ar_add(f"هويته {ar(i[:5])}، {ar(i[5:])}، ومواليد ١٣٦٠/٠٧/٠١ هجري",
       ("id", f"{ar(i[:5])}، {ar(i[5:])}"), ("date_of_birth", "١٣٦٠/٠٧/٠١"),
       ctx="تمام، رقم هوية المريض وتاريخ ميلاده لو سمحت.")
ar_add(f"والممرضة اللي عندنا بالبيت فلبينية، رقم إقامتها {q}", ("id", q))
ar_add("الزيارة بثلاثمية وخمسين ريال، والدكتور يوصل خلال ساعتين، والتحاليل بالبيت بمية وعشرين زيادة.")
ar_add(f"الدفع مدى ولا فيزا؟ فيزا، {c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}", ("card", f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}"))
ar_add("العنوان جدة، حي الروضة، شارع صاري، مبنى ٨، شقة ٤",
       ("address", "جدة، حي الروضة، شارع صاري، مبنى ٨، شقة ٤"))

# --- engagement rings, Levantine (Arab citizen of Israel, Nazareth)
c = A_CARD[4]
ar_add("مجوهرات الأميرة بالناصرة، أهلين، شو بتأمري؟")
ar_add("بدنا خاتم خطوبة ألماس، نص قيراط، الميزانية حوالي عشرة آلاف شيكل.")
ar_add(f"للفاتورة بدنا رقم الهوية، هويتي {A_TZ[:3]}-{A_TZ[3:6]}-{A_TZ[6:]}", ("id", f"{A_TZ[:3]}-{A_TZ[3:6]}-{A_TZ[6:]}"))
ar_add("أنا رهف، وخطيبي اسمه جريس، بدنا نحفر الأسماء جوا الخاتم.", ("name", "رهف"), ("name", "جريس"))
ar_add(f"بدفع بالبطاقة، {ar(c[:4])}... {ar(c[4:8])}... {ar(c[8:12])}... {ar(c[12:])}",
       ("card", f"{ar(c[:4])}... {ar(c[4:8])}... {ar(c[8:12])}... {ar(c[12:])}"))
ar_add("التصليح والتكبير ببلاش أول سنة، والخاتم بيكون جاهز بعد عشر أيام، يوم الخميس ١٤.")
ar_add("ومقاس الإصبع ٥٢، وعيار الدهب ١٨.")

# --- fireworks for Eid / weddings, Egyptian
c = A_CARD[6]
iban = A_IBAN[2]
ar_add("ألو، عايز أحجز عرض ألعاب نارية لفرح ابن أختي يوم الخميس الجاي.")
ar_add("العرض العادي عشر دقايق بخمستاشر ألف، والكبير عشرين دقيقة بتلاتين ألف جنيه.")
ar_add(f"الآيبان بتاعي {iban[:2]} {ar_eg(iban[2:4])}، {group4(iban[4:])}",
       ("iban", f"{iban[:2]} {ar_eg(iban[2:4])}، {group4(iban[4:])}"), ctx="لو الفرح اتلغى هنرجعلك الفلوس، قولي رقم الحساب الدولي.")
ar_add(f"وهدفع الباقي بأمريكان إكسبريس، {c[:4]} {c[4:10]} {c[10:]}", ("card", f"{c[:4]} {c[4:10]} {c[10:]}"))
ar_add("القاعة في التجمع الخامس، جنب كارفور، والعرض الساعة عشرة ونص بالليل.")
ar_add("ابعتلي العقد على الواتس، ولا على الميل ahmed_ragab90 at yahoo dot com",
       ("email", "ahmed_ragab90 at yahoo dot com"))

# --- more callers: refunds, contracts, identity checks
iban = A_IBAN[0]
ar_add(f"الآيبان حقي {iban[:2]}{ar_ind(iban[2:])}", ("iban", f"{iban[:2]}{ar_ind(iban[2:])}"))
iban = A_IBAN[1]
ar_add(f"حولوا المبلغ على AE {ar(iban[2:4])}، {ar(iban[4:7])}، {ar(iban[7:])}",
       ("iban", f"AE {ar(iban[2:4])}، {ar(iban[4:7])}، {ar(iban[7:])}"))
iban = A_IBAN[5]
ar_add(f"يعني الإيبان {group4(iban)} صح؟ إيه صح.", ("iban", group4(iban)))
iban = A_IBAN[6]
ar_add(f"حساب الشركة بالإمارات {iban}", ("iban", iban))
i = A_SAUDI[3]
ar_add(f"رقم الهوية الوطنية واحد، {ar(i[1:4])}، {ar(i[4:7])}، {ar(i[7:])}",
       ("id", f"واحد، {ar(i[1:4])}، {ar(i[4:7])}، {ar(i[7:])}"))
q = A_IQAMA[2]
ar_add(f"الإقامة {ar_ind(q)} ومنتهية الشهر الجاي", ("id", ar_ind(q)))
c = A_CARD[5]
ar_add(f"رقم البطاقة {ar_ind(c)}", ("card", ar_ind(c)))
c = A_CARD[7]
ar_add(f"فيزا أربعة صفر واحد سبعة، {ar(c[4:8])}، لا لا آسفة، {ar(c[4:8])}، بعدين {ar(c[8:12])}، {ar(c[12:])}",
       ("card", f"أربعة صفر واحد سبعة، {ar(c[4:8])}، لا لا آسفة، {ar(c[4:8])}، بعدين {ar(c[8:12])}، {ar(c[12:])}"))
ar_add("ثمانية وعشرين فبراير ألف وتسعمية وتسعين", ("date_of_birth", "ثمانية وعشرين فبراير ألف وتسعمية وتسعين"),
       ctx="تاريخ الميلاد؟")
ar_add("أنا مواليد ٣ رمضان ١٤٠٨، يعني عمري ٣٧ سنة", ("date_of_birth", "٣ رمضان ١٤٠٨"))
ar_add("تاريخ ميلادي 1992-11-05", ("date_of_birth", "1992-11-05"))
ar_add("ميلادها سبعطاش أربعة ألفين وتمنتاشر", ("date_of_birth", "سبعطاش أربعة ألفين وتمنتاشر"))
ar_add("الإيميل: noura.q آت hotmail دوت كوم", ("email", "noura.q آت hotmail دوت كوم"))
ar_add("ايميلي k.alharbi@icloud.com واسمي خالد الحربي", ("email", "k.alharbi@icloud.com"), ("name", "خالد الحربي"))
ar_add("ابعتولي على m_elsayed2001@gmail.com", ("email", "m_elsayed2001@gmail.com"))
ar_add("رقم الجوال ٠٥٦٣٤٨٢٩١٧", ("phone", "٠٥٦٣٤٨٢٩١٧"))
ar_add("الرقم الدولي +962 78 514 2263", ("phone", "+962 78 514 2263"))
ar_add("العنوان: دبي، البرشاء الأولى، شارع ٢٣، فيلا ١١٥", ("address", "دبي، البرشاء الأولى، شارع ٢٣، فيلا ١١٥"))
ar_add("سكني بعمان، خلدا، شارع وصفي التل، بناية ٦٤، شقة ٧", ("address", "عمان، خلدا، شارع وصفي التل، بناية ٦٤، شقة ٧"))
ar_add("رقم الشحنة ٧٧٠٢١٩٤٣٨٥٥٠١٢٣ والوزن ١٢ كيلو، توصل يوم الأربعاء.")
not_any_check("770219438550123")
ar_add("السعر ٢٤٩٩ ريال شامل الضريبة، والعرض ينتهي ٣١ ديسمبر.")

LANGS["ar"] = AR


# ================================================================ HEBREW
# Calls: acoustic panels (native), advertising/billboards (native), after-school club (Russian-
# speaking mother), botanical-garden membership (Anglo), builders' merchant (Arab citizen),
# clinical-trial recruitment (Ethiopian-Israeli), comedy-club tickets (young native), dating-app
# support (French immigrant), door installation (native, older), ENT clinic (Russian-speaking),
# fabric shop (French immigrant), food-truck hire (Arab citizen), fertiliser supplier (kibbutz).
HE = []


def he_add(text, *spans, ctx=""):
    HE.append((text, list(spans), ctx))


H_TZ = [make_tz(p) for p in ["03251846", "20713395", "31862047", "05529318", "32470956", "02718864",
                             "21956033", "34180572"]]
H_CARD = [make_card("4580", 16), make_card("5326", 16), make_card("4557", 16), make_card("5411", 16),
          make_card("3759", 15), make_card("4901", 16), make_card("5200", 16), make_card("4266", 16)]
H_IBAN = [make_iban("IL", p) for p in ["0108000000012345678", "0206510000098765432", "0317220000045612378",
                                       "0126910000031415926", "0104800000027182818", "0201230000055501234",
                                       "0115870000012121212"]]

# --- acoustic panels, native
t = H_TZ[0]
he_add("שלום, הגעת לאקוסטיקה פלוס, מדברת שני, איך אפשר לעזור?", ("name", "שני"))
he_add("היי, מדבר עומרי כהן, אני צריך לוחות בידוד אקוסטי לאולפן בבית.", ("name", "עומרי כהן"))
he_add("בשמחה עומרי, כמה מטר רבוע החדר?", ("name", "עומרי"))
he_add("בערך שלושה על ארבע, גובה שתיים שישים, אז בערך שתים עשרה מטר רצפה.")
he_add("הלוח של חמישים על חמישים עולה שמונים ותשעה שקל, ולחדר כזה צריך בערך שלושים לוחות.")
he_add(f"לחשבונית אני צריכה תעודת זהות.")
he_add(f"כן, {he(t[:3])}, {he(t[3:6])}, {he(t[6:])}", ("id", f"{he(t[:3])}, {he(t[3:6])}, {he(t[6:])}"),
       ctx="לחשבונית אני צריכה תעודת זהות.")
he_add("הכתובת למשלוח?")
he_add("רחוב ביאליק 34, דירה 9, קומה שלישית, רמת גן", ("address", "רחוב ביאליק 34, דירה 9, קומה שלישית, רמת גן"),
       ctx="הכתובת למשלוח?")
he_add("המשלוח יגיע ביום רביעי בין שמונה לשתיים, מספר הזמנה 40187.")

# --- advertising / billboards, native
c = H_CARD[0]
he_add("בוקר טוב, שלטי חוצות הדרום, מדבר אבי.", ("name", "אבי"))
he_add("בוקר טוב, כאן שירן מהמאפייה של אחים לוי בבאר שבע, רצינו שלט על כביש 40.", ("name", "שירן"))
he_add("שלט של שלוש על שש בצומת להבים עולה שבעת אלפים ומאתיים לחודש, מינימום שלושה חודשים.")
he_add(f"אני משלמת מקדמה בכרטיס, {c[:4]} {c[4:8]} {c[8:12]} {c[12:]}", ("card", f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"))
he_add("הקמפיין עולה ב-1 בספטמבר ויורד אחרי החגים, בערך ב-20 באוקטובר.")
he_add("תשלחו את ההדמיה למייל shiran אט lev bakery נקודה co נקודה il", ("email", "shiran אט lev bakery נקודה co נקודה il"))
he_add("המאפייה ברחוב קק״ל, ליד הקניון הגדול, ופתוחה עד עשר בלילה.")

# --- after-school club, Russian-speaking mother
d = "17.03.2016"
he_add("שלום, קוראים לי סבטלנה גורביץ, אני רוצה לרשום בת שלי לצהרון.", ("name", "סבטלנה גורביץ"))
he_add("בטח סבטה, מה השם של הילדה?", ("name", "סבטה"))
he_add("מילנה, מילנה גורביץ, היא בכיתה ב׳.", ("name", "מילנה", 0), ("name", "מילנה גורביץ"), ctx="בטח סבטה, מה השם של הילדה?")
he_add(f"תאריך לידה שלה {d}", ("date_of_birth", d))
he_add("הצהרון מ-13:00 עד 17:00, ראשון עד חמישי, עם ארוחת צהריים, 1,450 שקל לחודש.")
he_add(f"טלפון שלי אפס חמש ארבע, {he('381')}, {he('2760')}", ("phone", f"אפס חמש ארבע, {he('381')}, {he('2760')}"))
he_add("טלפון של בעלי, דימה, אפס חמש שתיים שש שבע תשע שלוש אחת אפס אחת",
       ("name", "דימה"), ("phone", "אפס חמש שתיים שש שבע תשע שלוש אחת אפס אחת"))

# --- botanical garden membership, Anglo immigrant
iban = H_IBAN[0]
he_add("היי, אממ, שמי ג׳ושוע פרידמן, אני רוצה לחדש את המנוי המשפחתי.", ("name", "ג׳ושוע פרידמן"))
he_add("מנוי משפחתי לשנה עולה 390 שקל, וכולל כניסה לפסטיבל הצבעונים במרץ.")
he_add("אני רוצה הוראת קבע, הנה ה-IBAN שלי", )
he_add(f"{iban[:2]} {iban[2:4]} {iban[4:7]} {iban[7:10]} {iban[10:]}",
       ("iban", f"{iban[:2]} {iban[2:4]} {iban[4:7]} {iban[7:10]} {iban[10:]}"), ctx="אני רוצה הוראת קבע, הנה ה-IBAN שלי")
he_add("my email is josh.friedman@gmail.com, כלומר josh נקודה friedman שטרודל ג׳ימייל נקודה קום",
       ("email", "josh.friedman@gmail.com"), ("email", "josh נקודה friedman שטרודל ג׳ימייל נקודה קום"))
he_add("הכרטיס יישלח בדואר תוך 14 ימי עסקים.")

# --- builders' merchant, Arab citizen speaking Hebrew
t = H_TZ[1]
he_add("שלום, אני מוחמד ח׳טיב מטמרה, צריך עשרים שקי מלט ושני קוב חול.", ("name", "מוחמד ח׳טיב"))
he_add("בסדר מוחמד, שק מלט בשלושים ושמונה, והחול שלוש מאות לקוב, עם הובלה.", ("name", "מוחמד"))
he_add(f"תעודת זהות שלי {t[:5]} {t[5:]}", ("id", f"{t[:5]} {t[5:]}"))
he_add("תביאו לשכונה המערבית, רחוב אל-זיתון 15, טמרה", ("address", "רחוב אל-זיתון 15, טמרה"))
he_add("ההובלה מחר בשבע בבוקר, והמשאית לוקחת עד שמונה טון.")


# --- clinical-trial recruitment, Ethiopian-Israeli caller
t = H_TZ[2]
he_add("מרכז המחקר הקליני, שלום, מדברת הדס, איך אפשר לעזור?", ("name", "הדס"))
he_add("שלום, אני טגסט, טגסט אדמסו, ראיתי מודעה על מחקר על סוכרת.", ("name", "טגסט", 0), ("name", "טגסט אדמסו"))
he_add("כן, המחקר נמשך עשרים ושישה שבועות, יש שמונה ביקורים, ומקבלים החזר נסיעות של מאה שקל לביקור.")
he_add("אני צריכה את תאריך הלידה שלך.")
he_add("אחד עשר בנובמבר אלף תשע מאות שמונים ושש", ("date_of_birth", "אחד עשר בנובמבר אלף תשע מאות שמונים ושש"),
       ctx="אני צריכה את תאריך הלידה שלך.")
he_add(f"ותעודת זהות, {he(t[:2])}... {he(t[2:5])}... {he(t[5:])}", ("id", f"{he(t[:2])}... {he(t[2:5])}... {he(t[5:])}"))
he_add("הביקור הראשון ביום שלישי ה-9 בשמונה וחצי בבוקר, בניין 3, קומה 2, חדר 214, לבוא בצום.")
he_add("אני גרה בקריית מלאכי, רחוב הנרקיסים 8", ("address", "קריית מלאכי, רחוב הנרקיסים 8"))
he_add("טלפון אפס חמש שמונה, ארבע ארבע, שבע אחת, אפס שלוש שש", ("phone", "אפס חמש שמונה, ארבע ארבע, שבע אחת, אפס שלוש שש"))

# --- comedy-club tickets, young native
c = H_CARD[1]
he_add("אהלן, רציתי ארבעה כרטיסים למופע של חמישי בעשר.")
he_add("יש, זה תשעים שקל לכרטיס, מינימום הזמנה מהבר חמישים לאדם, ביחד שש מאות.")
he_add("על שם איתי, איתי ברק", ("name", "איתי", 0), ("name", "איתי ברק"), ctx="")
he_add(f"מספר כרטיס {he(c[:4], masc=False)} {he(c[4:8])} {he(c[8:12])} {he(c[12:])}",
       ("card", f"{he(c[:4])} {he(c[4:8])} {he(c[8:12])} {he(c[12:])}"))
he_add("אחי אני צריך גם חנייה, יש ליד הבר? יש את החניון של דיזנגוף סנטר, עשרים שקל עד חצות")
he_add("אישור הזמנה 7731 נשלח ב-SMS, הדלתות נפתחות בתשע וחצי.")

# --- dating-app support, French immigrant
e = "laurent.benhamou@orange.fr"
he_add("שירות לקוחות של אפליקציית ההכרויות, שלום, מדבר ניר.", ("name", "ניר"))
he_add("בונז׳ור, אה, שלום, קוראים לי לורן בן חמו, חסמו לי את החשבון.", ("name", "לורן בן חמו"))
he_add("אני בודק, לורן, מה המייל של החשבון?", ("name", "לורן"))
he_add(f"{e}, לורן עם t בסוף", ("email", e), ctx="אני בודק, לורן, מה המייל של החשבון?")
he_add("המנוי פרימיום חודשי הוא 79.90, חודש שלושה 199, וחויבת ב-3 ביוני.")
he_add("ואולי לשנות לי את תאריך לידה, כתוב שם 1985 אבל אני נולדתי בשנים עשר לינואר שמונים ותשע",
       ("date_of_birth", "שנים עשר לינואר שמונים ותשע"))
he_add("החסימה תוסר תוך 48 שעות, מספר פנייה 2291045.")

# --- door installation, older native
iban = H_IBAN[1]
t = H_TZ[3]
he_add("שלום, פה יוסף אברהמי, הזמנתי דלת כניסה ועוד לא התקינו.", ("name", "יוסף אברהמי"))
he_add("רגע אדון אברהמי, יש לי פה הזמנה 5520, דלת פלדלת דגם 7, אלף מאתיים על מאתיים ועשר.", ("name", "אברהמי"))
he_add("ההתקנה נקבעה ליום ראשון הקרוב, בין שמונה לעשר.")
he_add("ואם אני מבטל, תחזירו לחשבון? כן, רק תגיד לי את מספר ה-IBAN.")
he_add(f"{he(iban[2:4], masc=True)}... אה, IL {iban[2:4]} {iban[4:7]} {iban[7:13]} {iban[13:]}",
       ("iban", f"IL {iban[2:4]} {iban[4:7]} {iban[7:13]} {iban[13:]}"),
       ctx="ואם אני מבטל, תחזירו לחשבון? כן, רק תגיד לי את מספר ה-IBAN.")
he_add(f"ותעודת זהות שלי זה {t[0]} {t[1:3]} {t[3:6]} {t[6:]}", ("id", f"{t[0]} {t[1:3]} {t[3:6]} {t[6:]}"))
he_add("אני גר ברחוב הגפן 3, כרמיאל, בית פרטי עם שער ירוק", ("address", "רחוב הגפן 3, כרמיאל"))
he_add("הדלת עולה 4,900 כולל התקנה, ופירוק הישנה עוד 250.")

# --- ENT clinic, Russian-speaking caller
he_add("שלום, אני יבגני קוגן, אני רוצה תור לרופא, יש לי שמיעה לא טובה.", ("name", "יבגני קוגן"))
he_add("יש תור אצל ד״ר פרץ ביום חמישי ב-16:40, ובדיקת שמיעה לפני, בארבע.")
he_add("עשרים ושניים, שש, חמישים ושמונה", ("date_of_birth", "עשרים ושניים, שש, חמישים ושמונה"), ctx="תאריך לידה?")
he_add(f"תעודת זהות {he(H_TZ[4], masc=True)}", ("id", he(H_TZ[4], masc=True)))
he_add("טלפון בבית אפס ארבע, שמונה שש שבע, אחת אפס תשע שתיים", ("phone", "אפס ארבע, שמונה שש שבע, אחת אפס תשע שתיים"))
he_add("ההשתתפות העצמית 32 שקל, ותביא הפניה מרופא משפחה.")


# --- fabric shop, French immigrant
c = H_CARD[2]
he_add("שלום, אני רוצה להזמין שמונה מטר פשתן לווילונות, צבע שמנת.")
he_add("המטר 68 שקל, רוחב מטר ארבעים, ויש הנחה של עשרה אחוז מעל עשרה מטר.")
he_add(f"אוקיי, אני משלמת, כרטיס {c[:4]}, {c[4:8]}, {c[8:12]}, {c[12:]}", ("card", f"{c[:4]}, {c[4:8]}, {c[8:12]}, {c[12:]}"))
he_add("לשלוח לנתניה, רחוב סמילנסקי 22, דירה 14, קוד בכניסה 1379",
       ("address", "רחוב סמילנסקי 22, דירה 14"))
he_add("המייל שלי אמלי קו תחתון דהאן שטרודל וואלה נקודה קו נקודה איל",
       ("email", "אמלי קו תחתון דהאן שטרודל וואלה נקודה קו נקודה איל"))
he_add("המשלוח עם חברת השליחויות ביום שני, שלושים ותשעה שקל.")

# --- food-truck hire, Arab citizen speaking Hebrew
iban = H_IBAN[2]
c = H_CARD[3]
he_add("שלום, רציתי להזמין פודטראק לחתונה של אחי באום אל-פחם, שלוש מאות אורחים.")
he_add("המנה של שווארמה ופלאפל זה 45 לאורח, ועד ארבע שעות הגשה.")
he_add(f"אני משלם מקדמה של שלושת אלפים, {he(c[:4], masc=True)}, {he(c[4:8], masc=True)}, {he(c[8:12], masc=True)}, {he(c[12:], masc=True)}",
       ("card", f"{he(c[:4], masc=True)}, {he(c[4:8], masc=True)}, {he(c[8:12], masc=True)}, {he(c[12:], masc=True)}"))
he_add(f"ואם יש החזר, החשבון שלי {iban}", ("iban", iban))
he_add("טלפון שלי 052-6418830, ואם לא עונה תתקשר לאחי 054-9072215",
       ("phone", "052-6418830"), ("phone", "054-9072215"))
he_add("החתונה ב-12 באוגוסט, מתחילים בשמונה בערב, האולם ליד צומת מגידו.")

# --- fertiliser supplier, kibbutz
iban = H_IBAN[3]
he_add("דשנים הנגב, שלום, מה אפשר לעשות בשבילך?")
he_add("שלום, מדברת רותי מהרפת בקיבוץ, אנחנו צריכים עשרה טון אשלגן לפרדס.", ("name", "רותי"))
he_add("הטון ב-1,850, משלוח בתוך שלושה ימי עסקים, והמשאית מגיעה עד השער.")
he_add(f"החשבון של הקיבוץ להחזרים {group4(iban)}", ("iban", group4(iban)))
he_add("החשבונית על שם האגודה השיתופית, מספר עוסק 570012345.")
not_any_check("570012345")
c = H_CARD[7]
he_add(f"ויזה, {c[:4]} {c[4:8]}, רגע, {c[8:12]} {c[12:]}, תוקף 08/28", ("card", f"{c[:4]} {c[4:8]}, רגע, {c[8:12]} {c[12:]}"))
he_add("למשלוח לכתובת: קיבוץ רביבים, ד.נ. חלוצה, מיקוד 8551500", ("address", "קיבוץ רביבים, ד.נ. חלוצה, מיקוד 8551500"),
)

# --- more identity checks, refunds and contact details
t = H_TZ[5]
he_add(f"מספר תעודת זהות {t}", ("id", t))
t = H_TZ[6]
he_add(f"ת״ז {t[:3]}, אה, {t[3:6]}, {t[6:]}", ("id", f"{t[:3]}, אה, {t[3:6]}, {t[6:]}"))
t = H_TZ[7]
he_add("ומה תעודת הזהות של הילד?")
he_add(f"{he(t[:3])} {he(t[3:6])} {he(t[6:])}", ("id", f"{he(t[:3])} {he(t[3:6])} {he(t[6:])}"), ctx="ומה תעודת הזהות של הילד?")
iban = H_IBAN[4]
he_add(f"אני מקריא את ה-IBAN: {iban}", ("iban", iban))
iban = H_IBAN[5]
he_add(f"איי אל {he(iban[2:4])}, {he(iban[4:7])}, {he(iban[7:13])}, {he(iban[13:])}",
       ("iban", f"איי אל {he(iban[2:4])}, {he(iban[4:7])}, {he(iban[7:13])}, {he(iban[13:])}"))
iban = H_IBAN[6]
he_add(f"חשבון בינלאומי {iban[:4]} {iban[4:]}", ("iban", f"{iban[:4]} {iban[4:]}"))
c = H_CARD[4]
he_add(f"אמריקן אקספרס, {c[:4]} {c[4:10]} {c[10:]}", ("card", f"{c[:4]} {c[4:10]} {c[10:]}"))
c = H_CARD[5]
he_add(f"הכרטיס מתחיל ב{c[:4]}, אחר כך {c[4:8]}, {c[8:12]} ו{c[12:]}", ("card", f"{c[:4]}, אחר כך {c[4:8]}, {c[8:12]} ו{c[12:]}"))
c = H_CARD[6]
he_add(f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8:10]} {c[10:12]} {c[12:14]} {c[14:]}",
       ("card", f"{c[:2]} {c[2:4]} {c[4:6]} {c[6:8]} {c[8:10]} {c[10:12]} {c[12:14]} {c[14:]}"),
       ctx="תקריאי לי את מספר הכרטיס בבקשה")
he_add("נולדתי ב-3.8.1974", ("date_of_birth", "3.8.1974"))
he_add("תאריך הלידה של אמא שלי? כ״ג באדר תש״ח", ("date_of_birth", "כ״ג באדר תש״ח"))
he_add("יום הולדת שלו חמישה בדצמבר, הוא נולד בתשעים ותשע", ("date_of_birth", "חמישה בדצמבר, הוא נולד בתשעים ותשע"))
he_add("ילידת 29/02/1992", ("date_of_birth", "29/02/1992"))
he_add("אפשר לשלוח לי למייל: dana.m93@walla.co.il", ("email", "dana.m93@walla.co.il"))
he_add("המייל זה אבי גבאי אחד שתיים שלוש שטרודל ג׳ימייל דוט קום", ("email", "אבי גבאי אחד שתיים שלוש שטרודל ג׳ימייל דוט קום"))
he_add("המייל הוא y.tesfaye@hotmail.com, טספאיה עם y", ("email", "y.tesfaye@hotmail.com"))
he_add("אפשר להשיג אותי בפלוס תשע שבע שתיים, חמישים, שבע שלוש שש, אחת אחת, שמונה ארבע",
       ("phone", "פלוס תשע שבע שתיים, חמישים, שבע שלוש שש, אחת אחת, שמונה ארבע"))
he_add("המספר בבית 02-6711954", ("phone", "02-6711954"))
he_add("אני גרה בשדרות ירושלים 101, יפו, קומה 4, דירה 12", ("address", "שדרות ירושלים 101, יפו, קומה 4, דירה 12"))
he_add("הכתובת שלי היא רחוב הרב קוק 7, בית שמש", ("address", "רחוב הרב קוק 7, בית שמש"))
he_add("מספר המשלוח 1234 5678 9012 3456 ועוקבים אחריו באתר של דואר ישראל.")
not_any_check("1234 5678 9012 3456")
he_add("החוזה התחיל ב-1 בינואר 2023 והוא לשלוש שנים, עם הצמדה של 2.5 אחוז.")
he_add("הסניף ברחוב הרצל בחולון סגור ביום שישי, תבואו לסניף בקניון חולון.")
he_add("המטוס נוחת ב-22:15, טיסה LY 316, ואחרי זה נוסעים ישר לאילת.")

LANGS["he"] = HE


# ================================================================ GREEK
# Calls: architect's office (Athens, older caller), awning installer (Cyprus), bathroom
# renovation (Thessaloniki), brewery tours (Crete, young), cardiology clinic (older woman),
# conference registration (young professional), civil registry (Cyprus), DIY store (Cyprus),
# department store (Athens), Erasmus exchange office, fabric shop, food-truck hire, fertiliser
# supplier (farmer, older).
EL = []


def el_add(text, *spans, ctx=""):
    EL.append((text, list(spans), ctx))


G_AFM = [make_afm(p) for p in ["04582713", "11736094", "06219458", "13305867", "07794120", "12068843",
                               "05531276", "16640389"]]
G_CARD = [make_card("4920", 16), make_card("5168", 16), make_card("4741", 16), make_card("5559", 16),
          make_card("3768", 15), make_card("4165", 16), make_card("5105", 16), make_card("4312", 19)]
G_IBAN = [make_iban("GR", "01101040000010412345678"), make_iban("GR", "01720450005045012345678"),
          make_iban("CY", "002001950000357012345678"), make_iban("GR", "02601280000540200987654"),
          make_iban("CY", "005001210000001234567890"), make_iban("GR", "01406210621002101234567"),
          make_iban("CY", "018000010000000012345678")]

# --- architect's office, Athens, older caller
a = G_AFM[0]
el_add("Αρχιτεκτονικό γραφείο Σταυρόπουλου, καλημέρα, η Ελένη είμαι.", ("name", "Ελένη"))
el_add("Καλημέρα σας, εεε, με λένε Παναγιώτη Καραγιάννη, θέλω να κάνουμε τακτοποίηση αυθαιρέτου.",
       ("name", "Παναγιώτη Καραγιάννη"))
el_add("Μάλιστα κύριε Καραγιάννη, το ακίνητο πού βρίσκεται;", ("name", "Καραγιάννη"))
el_add("Οδός Αγίου Μελετίου 48, στην Κυψέλη, δεύτερος όροφος.",
       ("address", "Οδός Αγίου Μελετίου 48, στην Κυψέλη, δεύτερος όροφος"), ctx="Μάλιστα κύριε Καραγιάννη, το ακίνητο πού βρίσκεται;")
el_add("Η αυτοψία κοστίζει εκατόν πενήντα ευρώ και η τακτοποίηση γύρω στα οχτακόσια, ανάλογα τα τετραγωνικά.")
el_add(f"Για το τιμολόγιο χρειάζομαι ΑΦΜ.")
el_add(f"Ο ΑΦΜ μου είναι {el(a[:3])}, {el(a[3:6])}, {el(a[6:])}", ("id", f"{el(a[:3])}, {el(a[3:6])}, {el(a[6:])}"),
       ctx="Για το τιμολόγιο χρειάζομαι ΑΦΜ.")
el_add("Η αυτοψία θα γίνει την Τρίτη 14 Μαΐου στις έντεκα, και ο φάκελος κατατίθεται μέχρι 30 Ιουνίου.")
el_add("είναι πάνω από τον φούρνο τον Κρητικό απέναντι από την πλατεία Αγίου Γεωργίου")

# --- awning installer, Cyprus
c = G_CARD[0]
el_add("Τέντες Λεμεσού, καλησπέρα, τι θα θέλατε;")
el_add("Καλησπέρα, εν η Άντρη, Άντρη Χαραλάμπους, θέλω μια τέντα για τη βεράντα.", ("name", "Άντρη", 0), ("name", "Άντρη Χαραλάμπους"))
el_add("Ναι κυρία Χαραλάμπους, πόσα μέτρα εν η βεράντα;", ("name", "Χαραλάμπους"))
el_add("Πέντε επί τρία περίπου. Η τέντα με μοτέρ κοστίζει χίλια εκατόν ογδόντα ευρώ, με τηλεχειριστήριο.")
el_add("Το σπίτι εν στην οδό Αρχιεπισκόπου Κυπριανού 17, Άγιος Αθανάσιος, Λεμεσός",
       ("address", "οδό Αρχιεπισκόπου Κυπριανού 17, Άγιος Αθανάσιος, Λεμεσός"))
el_add(f"Το κινητό μου εννιά εννιά, {el('58')}, {el('31')}, {el('47')}", ("phone", f"εννιά εννιά, {el('58')}, {el('31')}, {el('47')}"))
el_add(f"Να πληρώσω την προκαταβολή με κάρτα: {c[:4]} {c[4:8]} {c[8:12]} {c[12:]}", ("card", f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"))
el_add("Ο τεχνικός θα έρθει την Πέμπτη το απόγευμα, γύρω στις πέντε, για μέτρηση.")

# --- bathroom renovation, Thessaloniki
a = G_AFM[1]
iban = G_IBAN[0]
el_add("Γεια σας, λέγομαι Σταύρος Παπαδόπουλος, είχα κλείσει ανακαίνιση μπάνιου για Σεπτέμβρη.",
       ("name", "Σταύρος Παπαδόπουλος"))
el_add("Ναι κύριε Σταύρο, το έχω, μπάνιο έξι τετραγωνικά, τέσσερις χιλιάδες διακόσια με τα υλικά.", ("name", "Σταύρο"))
el_add("Αν ακυρώσω, σε ποιο λογαριασμό γυρνάει η προκαταβολή;")
el_add(f"Πείτε μου το IBAN σας. - {group4(iban)}", ("iban", group4(iban)))
el_add(f"ΑΦΜ {a}, ΔΟΥ Καλαμαριάς", ("id", a))
el_add("Εργασίες από 2 Σεπτεμβρίου για δώδεκα εργάσιμες, πλακάκια 60 επί 120 από την Κεραμική Αλφα.")
el_add("Μένω Εγνατίας 112, Θεσσαλονίκη, ΤΚ 54630, τέταρτος όροφος", ("address", "Εγνατίας 112, Θεσσαλονίκη, ΤΚ 54630, τέταρτος όροφος"))

# --- brewery tours, Crete, young
e = "manos.kal@gmail.com"
el_add("Γεια σου, Ζυθοποιία Χανίων, η Κατερίνα στο τηλέφωνο.", ("name", "Κατερίνα"))
el_add("Γεια, θέλω να κλείσω ξενάγηση για έξι άτομα το Σάββατο.")
el_add("Η ξενάγηση με γευσιγνωσία είναι δεκαοχτώ ευρώ το άτομο, ξεκινάει στις έξι και κρατάει μιάμιση ώρα.")
el_add("Σε ποιο όνομα;")
el_add("Μάνος, Μάνος Καλαϊτζάκης", ("name", "Μάνος", 0), ("name", "Μάνος Καλαϊτζάκης"), ctx="Σε ποιο όνομα;")
el_add("το μέιλ μου είναι manos τελεία kal παπάκι gmail τελεία com", ("email", "manos τελεία kal παπάκι gmail τελεία com"))
el_add(f"Δηλαδή {e};", ("email", e))
el_add("Η ζυθοποιία είναι στο λιμάνι, δίπλα στο Νεώριο, μετά το Φιρκά.")

# --- cardiology clinic, older woman
el_add("Καρδιολογικό ιατρείο του κυρίου Νικολαΐδη, παρακαλώ.")
el_add("Καλημέρα παιδάκι μου, είμαι η Βασιλική Μαυρίδου, θέλω ραντεβού για υπέρηχο καρδιάς.",
       ("name", "Βασιλική Μαυρίδου"))
el_add("Βεβαίως κυρία Βασιλική, ημερομηνία γέννησης;", ("name", "Βασιλική"))
el_add("Δεκαπέντε Μαρτίου του σαράντα εννιά", ("date_of_birth", "Δεκαπέντε Μαρτίου του σαράντα εννιά"),
       ctx="Βεβαίως κυρία Βασιλική, ημερομηνία γέννησης;")
el_add("Ο υπέρηχος κοστίζει εξήντα ευρώ, και το ραντεβού είναι Δευτέρα 3 Ιουνίου στις δέκα και μισή.")
el_add("Το τηλέφωνο του σπιτιού, δύο ένα μηδέν, εξήντα εφτά, τριάντα δύο, μηδέν εννιά εννιά",
       ("phone", "δύο ένα μηδέν, εξήντα εφτά, τριάντα δύο, μηδέν εννιά εννιά"))
el_add("παίρνω τρία φάρμακα, Concor 5, Salospir 100 και μισό Lasix το πρωί")


# --- conference registration, young professional
c = G_CARD[1]
el_add("Γραμματεία του συνεδρίου, καλησπέρα, ο Θοδωρής είμαι.", ("name", "Θοδωρής"))
el_add("Καλησπέρα, είμαι η Δέσποινα Αλεξίου, θέλω να κάνω εγγραφή στο συνέδριο πληροφορικής.",
       ("name", "Δέσποινα Αλεξίου"))
el_add("Η πρώιμη εγγραφή είναι διακόσια είκοσι ευρώ μέχρι 15 Απριλίου, μετά διακόσια ογδόντα.")
el_add(f"Ωραία, κάρτα, {el(c[:4])}, {el(c[4:8])}, {el(c[8:12])}, {el(c[12:])}",
       ("card", f"{el(c[:4])}, {el(c[4:8])}, {el(c[8:12])}, {el(c[12:])}"))
el_add("το email μου despina κάτω παύλα alexiou παπάκι yahoo τελεία gr",
       ("email", "despina κάτω παύλα alexiou παπάκι yahoo τελεία gr"))
el_add("Το συνέδριο γίνεται στο Μέγαρο Μουσικής, αίθουσα Τριάντη, 23 με 25 Μαΐου, και η δική σας ομιλία στις 11:20.")
el_add("Κινητό; - Έξι εννιά επτά, τέσσερα πέντε, δύο οχτώ, ένα μηδέν ένα",
       ("phone", "Έξι εννιά επτά, τέσσερα πέντε, δύο οχτώ, ένα μηδέν ένα"))

# --- civil registry, Cyprus
el_add("Καλημέρα, θέλω πιστοποιητικό γέννησης για τον γιο μου, να το πάρει για το πανεπιστήμιο.")
el_add("Ονοματεπώνυμο του παιδιού και ημερομηνία γέννησης;")
el_add("Χρίστος Γεωργίου, γεννήθηκε στις δεκαεννιά Ιουλίου του δύο χιλιάδες πέντε",
       ("name", "Χρίστος Γεωργίου"), ("date_of_birth", "δεκαεννιά Ιουλίου του δύο χιλιάδες πέντε"),
       ctx="Ονοματεπώνυμο του παιδιού και ημερομηνία γέννησης;")
el_add("Το πιστοποιητικό κοστίζει πέντε ευρώ και είναι έτοιμο σε τρεις εργάσιμες, μπορείτε να το παραλάβετε από το ΚΕΠ.")
el_add("Η διεύθυνση αποστολής: Λεωφόρος Μακαρίου 112, διαμέρισμα 301, Λευκωσία 1071",
       ("address", "Λεωφόρος Μακαρίου 112, διαμέρισμα 301, Λευκωσία 1071"))
el_add("Τηλέφωνο: +357 96 412 873", ("phone", "+357 96 412 873"))

# --- DIY store, Cyprus
iban = G_IBAN[2]
c = G_CARD[2]
el_add("Γειά σας, έν το κατάστημα DIY στη Λάρνακα; Εν ήρτε η παραγγελία μου.")
el_add("Μισό λεπτό, ποιος αριθμός παραγγελίας;")
el_add("Εξήντα δύο, σαράντα ένα, εννιακόσια τρία, το έκαμα στις 2 του μήνα.")
el_add("Ναι, ένα δράπανο Makita κι ένα τραπέζι κήπου, σύνολο τριακόσια δεκαεφτά ευρώ.")
el_add(f"Θέλω επιστροφή χρημάτων, ο λογαριασμός μου εν {iban[:4]} {group4(iban[4:])}",
       ("iban", f"{iban[:4]} {group4(iban[4:])}"))
el_add("Με λένε Κυριάκο, Κυριάκο Ιωάννου, και έν τζιαι η κάρτα που επλήρωσα", ("name", "Κυριάκο", 0), ("name", "Κυριάκο Ιωάννου"))
el_add(f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}", ("card", f"{c[:4]}-{c[4:8]}-{c[8:12]}-{c[12:]}"),
       ctx="Με λένε Κυριάκο, Κυριάκο Ιωάννου, και έν τζιαι η κάρτα που επλήρωσα")

# --- department store, Athens
iban = G_IBAN[1]
a = G_AFM[2]
el_add("Πολυκατάστημα Αττικόν, εξυπηρέτηση πελατών, λέγετε.")
el_add("Καλησπέρα, εεε, είμαι ο Γιάννης, Γιάννης Τσακίρης, ήθελα να επιστρέψω ένα παλτό.", ("name", "Γιάννης", 0), ("name", "Γιάννης Τσακίρης"))
el_add("Κύριε Τσακίρη, έχετε την απόδειξη; Η επιστροφή γίνεται μέσα σε 30 ημέρες.", ("name", "Τσακίρη"))
el_add("Ναι, το πήρα στις 11 Νοεμβρίου, εκατόν ογδόντα εννιά ευρώ, από το τρίτο όροφο.")
el_add(f"Για επιστροφή με τραπεζικό έμβασμα χρειάζομαι ΑΦΜ και IBAN.")
el_add(f"ΑΦΜ {a[:3]} {a[3:6]} {a[6:]}, και IBAN {iban}", ("id", f"{a[:3]} {a[3:6]} {a[6:]}"), ("iban", iban),
       ctx="Για επιστροφή με τραπεζικό έμβασμα χρειάζομαι ΑΦΜ και IBAN.")
el_add("το μέιλ μου γιάννης τσακίρης ογδόντα ένα παπάκι hotmail τελεία com",
       ("email", "γιάννης τσακίρης ογδόντα ένα παπάκι hotmail τελεία com"))

# --- Erasmus exchange office
d = "04/09/2003"
el_add("Καλημέρα, είμαι η Φωτεινή Ζαχαρίου, φοιτήτρια τρίτου έτους, κάνω αίτηση για Ισπανία.", ("name", "Φωτεινή Ζαχαρίου"))
el_add("Η προθεσμία είναι 28 Φεβρουαρίου, η υποτροφία είναι 540 ευρώ το μήνα, για πέντε μήνες.")
el_add(f"Ημερομηνία γέννησης {d}", ("date_of_birth", d))
el_add("Και ο ΑΦΜ μου, γιατί τον ζητάει η αίτηση;")
el_add(f"{el(G_AFM[3][:3])} {el(G_AFM[3][3:6])} {el(G_AFM[3][6:])}",
       ("id", f"{el(G_AFM[3][:3])} {el(G_AFM[3][3:6])} {el(G_AFM[3][6:])}"), ctx="Για την υποτροφία χρειάζεται και ο ΑΦΜ σας.")
el_add("Μένω στη φοιτητική εστία, αλλά η μόνιμη διεύθυνση είναι Παπαναστασίου 76, Πάτρα",
       ("address", "Παπαναστασίου 76, Πάτρα"))
el_add("fotini.zach@upatras.gr, το zach με z", ("email", "fotini.zach@upatras.gr"))


# --- fabric shop, Athens (Psyrri)
c = G_CARD[3]
el_add("Καλημέρα, θα ήθελα δώδεκα μέτρα λινό για κουρτίνες, σε χρώμα άμμου.")
el_add("Το λινό είναι δεκαεννιά ενενήντα το μέτρο, φάρδος δύο ογδόντα, και το ράψιμο εξτρά.")
el_add(f"Εντάξει, η κάρτα είναι {c[:4]}, {c[4:8]}, όχι συγγνώμη, {c[:4]}, {c[4:8]}, {c[8:12]}, {c[12:]}",
       ("card", f"{c[:4]}, {c[4:8]}, όχι συγγνώμη, {c[:4]}, {c[4:8]}, {c[8:12]}, {c[12:]}"))
el_add("Να τα στείλετε στη διεύθυνση Ιπποκράτους 150, Νεάπολη Εξαρχείων, 11472 Αθήνα",
       ("address", "Ιπποκράτους 150, Νεάπολη Εξαρχείων, 11472 Αθήνα"))
el_add("Παραλαβή από το μαγαζί στην Αγίων Ασωμάτων, από Δευτέρα ως Σάββατο 9 με 3.")

# --- food-truck hire, Cypriot wedding
c = G_CARD[4]
iban = G_IBAN[4]
el_add("Καλησπέρα, θέλω να κλείσω καντίνα για γάμο στην Πάφο, τριακόσια άτομα.")
el_add("Σουβλάκια και χαλλούμι, δεκατέσσερα ευρώ το άτομο, για τέσσερις ώρες, από τις δέκα το βράδυ.")
el_add("Είμαι η Ελενίτσα, η αδελφή της νύφης, εγώ κανονίζω τα πάντα.", ("name", "Ελενίτσα"))
el_add("Ωραία κυρία Ελενίτσα, σε ποιο αριθμό να σας πάρω;", ("name", "Ελενίτσα"))
el_add("Στο εννιά εφτά, εξήντα τρία, δεκαοχτώ, είκοσι δύο", ("phone", "εννιά εφτά, εξήντα τρία, δεκαοχτώ, είκοσι δύο"),
       ctx="Ωραία κυρία Ελενίτσα, σε ποιο αριθμό να σας πάρω;")
el_add(f"Η προκαταβολή με Amex: {c[:4]} {c[4:10]} {c[10:]}", ("card", f"{c[:4]} {c[4:10]} {c[10:]}"))
el_add(f"Κι αν ακυρωθεί, στο {iban}", ("iban", iban))
el_add("Ο γάμος είναι στις 7 Σεπτεμβρίου, στο κτήμα πάνω από τη Γεροσκήπου.")

# --- fertiliser supplier, farmer, older
a = G_AFM[4]
iban = G_IBAN[3]
el_add("Γεια σου, ο Μήτσος ο Μπαλτάς είμαι από το Τύρναβο, θέλω είκοσι σακιά νιτρική.", ("name", "Μήτσος ο Μπαλτάς"))
el_add("Γεια σου κυρ Μήτσο, το σακί των πενήντα κιλών είναι είκοσι οχτώ ευρώ, και ο φορτωτής έρχεται την Τετάρτη.", ("name", "Μήτσο"))
el_add(f"Ο ΑΦΜ μου είναι {el(a[:2])}... {el(a[2:5])}... {el(a[5:])}", ("id", f"{el(a[:2])}... {el(a[2:5])}... {el(a[5:])}"))
el_add(f"IBAN {iban[:2]} {iban[2:4]} {iban[4:7]} {iban[7:11]} {iban[11:]}",
       ("iban", f"{iban[:2]} {iban[2:4]} {iban[4:7]} {iban[7:11]} {iban[11:]}"))
el_add("το κτήμα είναι στο δρόμο για Λάρισα μετά το τρίτο χιλιόμετρο, απέναντι από το βενζινάδικο της ΕΚΟ")
el_add("η επιδότηση του ΟΠΕΚΕΠΕ μπαίνει τέλη Ιουνίου, τότε να πληρώσω τα υπόλοιπα χίλια διακόσια")

# --- more identity checks, refunds and contact details
a = G_AFM[5]
el_add(f"ΑΦΜ: {a}", ("id", a))
a = G_AFM[6]
el_add(f"ο αριθμός φορολογικού μητρώου είναι {a[:3]}.{a[3:6]}.{a[6:]}", ("id", f"{a[:3]}.{a[3:6]}.{a[6:]}"))
a = G_AFM[7]
el_add(f"Α Φ Μ {el(a[:3])}, {a[3:6]}, {el(a[6:])}", ("id", f"{el(a[:3])}, {a[3:6]}, {el(a[6:])}"))
iban = G_IBAN[5]
el_add(f"το ΙΒΑΝ μου είναι {group4(iban)}, στην Alpha", ("iban", group4(iban)))
iban = G_IBAN[6]
el_add(f"CY {el(iban[2:4])}, {iban[4:12]}, {iban[12:]}", ("iban", f"CY {el(iban[2:4])}, {iban[4:12]}, {iban[12:]}"),
       ctx="Πείτε μου το IBAN για την επιστροφή")
c = G_CARD[5]
el_add(f"αριθμός κάρτας {c[:4]} {c[4:8]} {c[8:12]} {c[12:]} λήξη δώδεκα είκοσι έξι",
       ("card", f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:]}"))
c = G_CARD[6]
el_add(f"Mastercard {el(c[:4])} {c[4:8]} {el(c[8:12])} {c[12:]}", ("card", f"{el(c[:4])} {c[4:8]} {el(c[8:12])} {c[12:]}"))
c = G_CARD[7]
el_add(f"Η κάρτα έχει δεκαεννιά ψηφία: {c[:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}",
       ("card", f"{c[:4]} {c[4:8]} {c[8:12]} {c[12:16]} {c[16:]}"))
el_add("γεννήθηκα 12/10/1968", ("date_of_birth", "12/10/1968"))
el_add("Ημερομηνία γέννησης; - Εικοσιτρείς του Αυγούστου, ογδόντα ένα", ("date_of_birth", "Εικοσιτρείς του Αυγούστου, ογδόντα ένα"))
el_add("η μικρή γεννήθηκε 1η Απριλίου 2019", ("date_of_birth", "1η Απριλίου 2019"))
el_add("γεννημένη 7.1.77", ("date_of_birth", "7.1.77"), ctx="Και την ημερομηνία γέννησής σας;")
el_add("Το κινητό μου είναι 694 718 2035", ("phone", "694 718 2035"))
el_add("σταθερό 2310 845 117", ("phone", "2310 845 117"))
el_add("πάρτε με στο +30 697 553 8104", ("phone", "+30 697 553 8104"))
el_add("στείλτε μου στο nikos_vl@otenet.gr", ("email", "nikos_vl@otenet.gr"))
el_add("το μέιλ είναι α ρ γ υ ρ ώ κάτω παύλα σ παπάκι γιάχου ντοτ κομ", ("email", "α ρ γ υ ρ ώ κάτω παύλα σ παπάκι γιάχου ντοτ κομ"))
el_add("Μένω στην Ανδρέα Παπανδρέου 9, Χαλάνδρι", ("address", "Ανδρέα Παπανδρέου 9, Χαλάνδρι"))
el_add("Ο αριθμός παραγγελίας σας είναι 4017 2288 5530 1194, και θα τον βρείτε στο SMS.")
not_any_check("4017 2288 5530 1194")
el_add("Το συμβόλαιο ξεκίνησε 1η Μαρτίου 2022 και είναι διετές, με έκπτωση 15%.")
el_add("Η πτήση A3 802 φεύγει στις 06:45, πύλη 14, και επιστρέφει την Κυριακή 22 του μήνα.")
el_add("Το κατάστημα στην Ερμού κλείνει στις εννιά, της Γλυφάδας στις δέκα, και την Κυριακή 15 είναι ανοιχτά.")

LANGS["el"] = EL


# ================================================================ MAIN (kept at end)


def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind33")
    os.makedirs(outdir, exist_ok=True)
    from collections import Counter
    for lang, items in LANGS.items():
        rows = build(items)
        with open(os.path.join(outdir, f"{lang}.jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c = Counter(s["kind"] for r in rows for s in r["spans"])
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", sum(c.values()), "spans,", empty, "empty", dict(sorted(c.items())))


if __name__ == "__main__":
    main()
