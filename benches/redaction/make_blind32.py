"""Blind held-out redaction set "blind32".

Written by a helper session that worked only from a written brief. It never
opened, listed or read the redactor, its rules, its tests, or any other
evaluation set or generator; the calls below are imagined from general
knowledge of how people talk on customer-service phone calls, and every value
in them is invented (check digits are computed here, never copied).

Running this script (Python 3, standard library only, deterministic) writes
data/redaction/blind32/{en,ar,he,el}.jsonl next to the repository root, one
JSON object per line:

    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}

- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  found by searching for each span's substring (in order of appearance) and
  asserted below.
- context (optional, not scored) is an earlier line of the same call.
- Items whose spans list is empty are non-personal and must come out unchanged.
"""
import json
import os
import re
import random

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "..", "data", "redaction", "blind32")
RNG = random.Random(3232)

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    d = [int(c) for c in d]
    s = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(prefix, length):
    body = prefix + "".join(RNG.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return luhn_complete(body)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "QA": 29, "KW": 30, "BH": 22,
            "LB": 28, "FR": 27, "US": 0}


def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN[s[:2]] and iban_num(s[4:] + s[:4]) % 97 == 1


def iban(country, bban):
    assert len(bban) + 4 == IBAN_LEN[country], (country, len(bban) + 4)
    chk = 98 - iban_num(bban + country + "00") % 97
    v = "%s%02d%s" % (country, chk, bban)
    assert iban_ok(v)
    return v


def il_id_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        x = int(c) * (1 + i % 2)
        s += x // 10 + x % 10
    return s % 10 == 0


def il_id(body8):
    for c in "0123456789":
        if il_id_ok(body8 + c):
            return body8 + c


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return s % 11 % 10 == int(d[8])


def afm(body8):
    for c in "0123456789":
        if afm_ok(body8 + c):
            return body8 + c


def sa_id_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def sa_id(body9):
    v = luhn_complete(body9)
    assert sa_id_ok(v)
    return v


def ssn_ok(a, g, s):
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def by4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


AR_DIG = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
TO_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

EN_W = "zero one two three four five six seven eight nine".split()
AR_W = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
EG_W = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_W = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def words(d, table, sep=" ", oh=False):
    out = []
    for c in d:
        if c.isdigit():
            w = table[int(c)]
            if oh and c == "0":
                w = "oh"
            out.append(w)
    return sep.join(out)


# ---------------------------------------------------------------- items

def digit_runs(t):
    t = t.translate(AR_DIG)
    for m in re.finditer(r"\d(?:[ .\-/]?\d)*", t):
        yield re.sub(r"\D", "", m.group(0))


def assert_not_personal_number(d, where):
    n = len(d)
    if 13 <= n <= 19:
        assert not luhn_ok(d), ("luhn-valid number outside spans", d, where)
    if n == 9:
        assert not il_id_ok(d), ("valid Teudat Zehut outside spans", d, where)
        assert not afm_ok(d), ("valid AFM outside spans", d, where)
    if n == 10 and d[0] in "12":
        assert not sa_id_ok(d), ("valid Saudi id outside spans", d, where)


def build(items):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        pos = 0
        out = []
        masked = bytearray(b)
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            assert sub == sub.strip() and sub, (sub, text)
            i = b.find(sb, pos)
            assert i >= 0, ("span not found", kind, sub, text)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            assert b[i:i + len(sb)].decode("utf-8") == sub
            masked[i:i + len(sb)] = b"#" * len(sb)
            plain = re.sub(r"[ \-.,]", "", sub.translate(AR_DIG))
            if plain.isdigit() and kind == "card":
                assert luhn_ok(plain) and 13 <= len(plain) <= 19, sub
            if kind == "iban" and re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", plain):
                assert iban_ok(plain), sub
            if plain.isdigit() and kind == "id":
                assert il_id_ok(plain) or afm_ok(plain) or sa_id_ok(plain) or len(plain) == 9, sub
            pos = i + len(sb)
        for d in digit_runs(masked.decode("utf-8", "replace")):
            assert_not_personal_number(d, text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", empty, "spans", sum(counts.values()),
              dict(sorted(counts.items())))


# ==== LANGUAGE DATA BELOW ====

# ---------------------------------------------------------------- English
# Calls: medical records office (UK), will writing (UK, plus an Anglo in
# Israel), mould remediation (Australia), private investigator (US),
# timeshare owner services (Indian caller), rugby club (Ireland), telehealth
# (US), trailer hire (Nigerian caller in London), tuxedo hire (US), recording
# studio (UK/Ireland), passport adviceline (Scotland), smoking cessation (UK).


def en_say(v, oh=False):
    """Spell a value char by char: letters as capitals, digits as words, groups of 4."""
    parts = []
    for i in range(0, len(v), 4):
        g = v[i:i + 4]
        parts.append(" ".join(c if c.isalpha() else (("oh" if oh and c == "0" else EN_W[int(c)])) for c in g))
    return ", ".join(parts)


E_AMEX1 = card("37", 15)
E_AMEX2 = card("3714", 15)
E_MC_RUGBY = card("5412", 16)
E_VISA_TRAILER = card("4659", 16)
E_DISC = card("6011", 16)
E_VISA13 = card("4", 13)
E_MC_MOULD = card("5217", 16)
E_CARD19 = card("6271", 19)
for c_ in (E_AMEX1, E_AMEX2, E_MC_RUGBY, E_VISA_TRAILER, E_DISC, E_VISA13, E_MC_MOULD, E_CARD19):
    assert luhn_ok(c_)

E_GB1 = iban("GB", "NWBK60161331926819")
E_GB2 = iban("GB", "BARC20035381234761")
E_IE1 = iban("IE", "AIBK93115212345678")
E_IE2 = iban("IE", "BOFI90001712345670")
E_DE1 = iban("DE", "370400440532013000")
E_IL1 = iban("IL", "0107480000061452397")
E_SA1 = iban("SA", "80000000608010167519")

assert ssn_ok("523", "41", "8806") and ssn_ok("421", "67", "0935") and ssn_ok("602", "18", "4473")
E_SA_ID = sa_id("108364527")
E_IQAMA = sa_id("239817460")
E_TZ = il_id("03471952")
E_AFM = afm("13582406")
assert E_SA_ID[0] == "1" and E_IQAMA[0] == "2"

EN = []
A = EN.append

# 1. medical records office, Yorkshire
A(("Good morning, you're through to health records at Kingsmead Hospital, my name's Hayley, how can I help?", [("name", "Hayley")]))
A(("Hiya, yeah, um, I'm after a copy of my notes from when I was on Ward 7, back in March.", []))
A(("No problem. Can I take your full name, please?", []))
A(("It's Siobhan Mary Kavanagh, that's S I O B H A N.", [("name", "Siobhan Mary Kavanagh"), ("name", "S I O B H A N")], "No problem. Can I take your full name, please?"))
A(("the twenty ninth of february nineteen eighty eight", [("date_of_birth", "the twenty ninth of february nineteen eighty eight")], "Thanks. And your date of birth?"))
A(("Flat 3, 41 Cromwell Terrace, Leeds, LS6 2QT. Oh, but I've moved since, it's now 9 Holly Bank Close, Harrogate.",
   [("address", "Flat 3, 41 Cromwell Terrace, Leeds, LS6 2QT"), ("address", "9 Holly Bank Close, Harrogate")],
   "And what's the address we'd have on file for you?"))
A(("Right, so that's the records from the 14th to the 22nd of March, they'll go out within 30 days, your reference is SAR 4471 0923.", []))
A(("Can I have them e-mailed instead? It's siobhan dot kav at outlook dot ie.", [("email", "siobhan dot kav at outlook dot ie")]))

# 2. will writing
A(("Oh hello, yes, this is Mr Pritchard, Dennis Pritchard, I rang on Tuesday about the mirror wills?", [("name", "Pritchard"), ("name", "Dennis Pritchard")]))
A(("Yes, the mirror wills are two hundred and ninety-five pounds for the pair, plus VAT, and that includes storage for 25 years.", []))
A(("And the home visit, is that Thursday the 9th at half ten?", []))
A(("Mine's the 3rd of June 1947. My wife's is, oh, she's shouting it at me, the 17th of November 1949.",
   [("date_of_birth", "3rd of June 1947"), ("date_of_birth", "17th of November 1949")],
   "Lovely. I'll need your date of birth and your wife's for the paperwork."))
A(("It's The Old Forge, 22 Mill Lane, Little Wenlock, Telford, TF6 5BL.", [("address", "The Old Forge, 22 Mill Lane, Little Wenlock, Telford, TF6 5BL")], "And the address for the visit?"))
A(("Does the executor have to be family? Only my nephew lives down in Shrewsbury and he's ever so busy.", []))
A(("I'll pay the deposit now if that's easier, it's a Visa, " + grp(E_VISA13, [4, 3, 3, 3]) + ".", [("card", grp(E_VISA13, [4, 3, 3, 3]))]))
A(("Hi, I live in Ra'anana but I'm British, I need an English will for my UK assets. My name's Hannah Gold-Berman.", [("name", "Hannah Gold-Berman")]))
A(("For an expat will we also note your local ID number, whatever that is over there.", []))
A(("Sure, my teudat zehut is " + " ".join(E_TZ) + ", and the fee can come from my Israeli account, " + by4(E_IL1) + ".",
   [("id", " ".join(E_TZ)), ("iban", by4(E_IL1))]))
A(("Let me just read the ID back, " + words(E_TZ, EN_W) + ", is that right?", [("id", words(E_TZ, EN_W))]))

# 3. mould remediation, Brisbane
A(("G'day, Clearair Mould Solutions, you're speaking with the bookings team.", []))
A(("hey mate its tash here um weve got the black mould coming through the bathroom ceiling again", [("name", "tash")]))
A(("No worries, can I grab your surname and a contact number?", []))
A(("Yeah, it's Nguyen, and my mobile's 0412 889 307.", [("name", "Nguyen"), ("phone", "0412 889 307")], "No worries, can I grab your surname and a contact number?"))
A(("Sorry, you dropped out there, oh four one two, eight eight nine...?", [("phone", "oh four one two, eight eight nine")]))
A(("three oh seven", [("phone", "three oh seven")], "Sorry, you dropped out there, oh four one two, eight eight nine...?"))
A(("Unit 5, 118 Beaudesert Road, Moorooka, Queensland 4105.", [("address", "Unit 5, 118 Beaudesert Road, Moorooka, Queensland 4105")], "And the property address?"))
A(("Earliest we can do an inspection is Monday the 2nd between 7 and 9, it's $249 and that gets credited if you go ahead with the treatment.", []))
A(("The landlord's paying, it's Ray White Annerley, they said to invoice them directly.", []))
A(("Sweet, I'll put the $249 on my card for now, " + grp(E_MC_MOULD, [4, 4, 4, 4]) + ", they can pay me back.", [("card", grp(E_MC_MOULD, [4, 4, 4, 4]))]))
A(("and send the report to tash underscore nguyen at bigpond dot com", [("email", "tash underscore nguyen at bigpond dot com")]))

# 4. private investigator, US
A(("Hi, um, yes, my name is Tyrone Whitaker, I spoke to somebody about a background, no, about finding a person. A skip trace.", [("name", "Tyrone Whitaker")]))
A(("Okay Mr. Whitaker, for a locate we start at three fifty, with a five hundred dollar retainer.", [("name", "Whitaker")]))
A(("For the intake form I'm going to need your social.", []))
A(("Yeah it's 5 2 3, 4 1, 8 8 0 6.", [("id", "5 2 3, 4 1, 8 8 0 6")], "For the intake form I'm going to need your social."))
A(("oh nine fourteen seventy nine", [("date_of_birth", "oh nine fourteen seventy nine")], "And a date of birth for you?"))
A(("You want his social too? I got it off our old tax return, 602-18-4473.", [("id", "602-18-4473")]))
A(("Sure, it's an Amex, " + grp(E_AMEX1, [4, 6, 5]) + ", sorry, no, that's my business one, hang on... " + grp(E_AMEX2, [4, 6, 5]) + ".",
   [("card", grp(E_AMEX1, [4, 6, 5])), ("card", grp(E_AMEX2, [4, 6, 5]))], "And I'll take the retainer on a card?"))
A(("Expiry's oh eight, twenty-seven.", []))
A(("t whitaker seventy nine at gmail dot com", [("email", "t whitaker seventy nine at gmail dot com")], "And a good email for the report?"))
A(("We usually have something within 10 to 14 business days, and I'll call you Friday either way.", []))

# 5. timeshare owner services
A(("Welcome to Sunvista Resorts owner services, may I have your membership number?", []))
A(("Yes, membership number is 7 7 0 4 2 1 9 6. My name is Venkatesh Subramaniam, Venky is fine.", [("name", "Venkatesh Subramaniam"), ("name", "Venky")]))
A(("Thank you. I see two weeks at the Marbella property, week 31 and week 32, and a maintenance fee of one thousand one hundred and forty euros outstanding.", []))
A(("For the refund of the overpayment, my account is, IBAN, " + by4(E_GB1) + ".", [("iban", by4(E_GB1))]))
A(("Let me read that back, " + en_say(E_GB1) + ".", [("iban", en_say(E_GB1))]))
A(("Or if it's easier, my Saudi account, we are in Jeddah now, " + E_SA1 + ".", [("iban", E_SA1)]))
A(("For the KYC they are asking my Iqama number also, it is " + grp(E_IQAMA, [4, 3, 3]) + ".", [("id", grp(E_IQAMA, [4, 3, 3]))]))
A(("And the resort in Crete wanted my Greek tax number, AFM, I have it from the apartment, " + E_AFM + ".", [("id", E_AFM)]))
A(("My mobile is plus 44 7700 954 318, WhatsApp is also same.", [("phone", "plus 44 7700 954 318")]))
A(("Thank you, the refund of 320 euros will take 7 to 10 working days to reach you.", []))
A(("Can you send the statement to venky dot s underscore 1971 at yahoo dot co dot in.", [("email", "venky dot s underscore 1971 at yahoo dot co dot in")]))
A(("And please update my postal address to 14 Larkspur Avenue, Wembley, HA9 8NE.", [("address", "14 Larkspur Avenue, Wembley, HA9 8NE")]))

# 6. rugby club, Dublin
A(("Hello, Ballinteer RFC, membership, it's Ciarán here.", [("name", "Ciarán")]))
A(("Ah howya, I'm ringing about registering my young lad for the under-twelves.", []))
A(("Yeah, Fionnuala Ní Bhriain, everybody calls me Nuala.", [("name", "Fionnuala Ní Bhriain"), ("name", "Nuala")], "Grand, and is it yourself that'll be the parent contact? Your name?"))
A(("Thanks Nuala. The fee's a hundred and eighty for the season, or sixty a term.", [("name", "Nuala")]))
A(("I'll pay it by card now so, it's " + en_say(E_MC_RUGBY) + ".", [("card", en_say(E_MC_RUGBY))]))
A(("oh eight seven, double two four, six nine one eight", [("phone", "oh eight seven, double two four, six nine one eight")], "And your mobile?"))
A(("Training is Saturday mornings at 10 on the back pitch behind Marlay Park, first session is the 6th of September.", []))
A(("Twelfth of January twenty fourteen.", [("date_of_birth", "Twelfth of January twenty fourteen")], "And his date of birth, for the age grade?"))
A(("Or actually put the rest on direct debit, from " + by4(E_IE2) + ".", [("iban", by4(E_IE2))]))
# 7. telehealth, US
A(("Thanks for calling MedNow Virtual Care. Can I get the patient's first and last name?", []))
A(("Yeah hi it's, um, it's for me, Latoya Jenkins-Ruiz.", [("name", "Latoya Jenkins-Ruiz")]))
A(("April seventeenth, ninety-two.", [("date_of_birth", "April seventeenth, ninety-two")], "Okay, and your date of birth?"))
A(("And the last four of your social, or the full one if it's your first visit with us.", []))
A(("It's my first visit. Four two one dash six seven dash oh nine three five.", [("id", "Four two one dash six seven dash oh nine three five")]))
A(("Got it. The visit fee is $79, or a $0 copay if your plan's in network. Is your pharmacy still the Walgreens on Broad and Ninth?", []))
A(("Yes. And can you text the link to (267) 334-9081?", [("phone", "(267) 334-9081")]))
A(("You'll get a text within 5 minutes, and the provider will join at 3:40 Eastern.", []))
A(("The payment method on file ends in 4417, do you want to keep that one?", []))
A(("hi um my roommate is also sick she is international student she doesnt have social can she use her saudi national id its " + words(E_SA_ID, EN_W),
   [("id", words(E_SA_ID, EN_W))]))
A(("We can take a passport or national ID for self-pay visits, that's $79 flat, 15 minute consult.", []))

# 8. trailer hire, south London
A(("Morning, Hitchup Trailer Hire, how can I help?", []))
A(("Good morning sir, my name is Oluwaseun Adeyemi-Bakare, I want to hire the box trailer for this weekend.", [("name", "Oluwaseun Adeyemi-Bakare")]))
A(("No bother, Oluwaseun, is it? The 8 by 5 box trailer is forty quid a day or a hundred for the weekend, with a two hundred pound deposit.", [("name", "Oluwaseun")]))
A(("Yes please. I will pay the deposit with my debit card, " + by4(E_VISA_TRAILER, "-") + ".", [("card", by4(E_VISA_TRAILER, "-"))]))
A(("And for the booking I'll need a phone number and the address where the trailer will be kept overnight.", []))
A(("Phone is 07456 219 884. Address, 27B Old Kent Road, London, SE1 5TY, that's my shop, Adire House.", [("phone", "07456 219 884"), ("address", "27B Old Kent Road, London, SE1 5TY")]))
A(("Collection is from our Croydon yard on Purley Way, Friday from 4pm, back by Monday 9am.", []))
A(("Just bring your photocard licence and a utility bill dated in the last 3 months.", []))
A(("The deposit refund, please send it to my account instead of the card, " + by4(E_GB2) + ".", [("iban", by4(E_GB2))]))
A(("Trailer number TR-0452, it's got a 750 kilo limit, so no more than about 40 bags of cement.", []))

# 9. tuxedo hire, New Jersey
A(("Hi, thank you for calling Tuxedo Junction, how can I help you?", []))
A(("hi im calling about the group order for my brothers wedding my name is arjun mehta", [("name", "arjun mehta")]))
A(("Congrats! Okay, so that's 7 tuxes in the Navy Slim Fit, pickup Thursday October 16th, returns by Monday the 20th.", []))
A(("Yes. Can you send the fitting sheet to arjun.mehta88@gmail.com?", [("email", "arjun.mehta88@gmail.com")]))
A(("That's a-r-j-u-n dot m-e-h-t-a eight eight at gmail dot com?", [("email", "a-r-j-u-n dot m-e-h-t-a eight eight at gmail dot com")]))
A(("Perfect. Total is $1,239.65 with the damage waiver, and a $200 deposit today.", []))
A(("Discover, " + E_DISC[:4] + " " + words(E_DISC[4:8], EN_W) + " " + E_DISC[8:12] + " " + E_DISC[12:] + ".",
   [("card", E_DISC[:4] + " " + words(E_DISC[4:8], EN_W) + " " + E_DISC[8:12] + " " + E_DISC[12:])], "Great, what card would you like to use?"))
A(("And can we ship two of them to the groomsmen out of state? One's at 1187 Maple Ridge Drive, Apt 3C, Columbus, Ohio 43215.",
   [("address", "1187 Maple Ridge Drive, Apt 3C, Columbus, Ohio 43215")]))
A(("Shipping is $35 each, 2 to 3 business days, and the return label is in the box.", []))
A(("The Calvin Klein vests are out of stock in champagne, but we have the Vera Wang in blush.", []))

# 10. recording studio
A(("hey its jaz from the band paper wolves we wanna book the live room for two days", [("name", "jaz")]))
A(("Sweet, the live room's 650 a day with an engineer, 8 hours, and mixing is extra at 90 an hour.", []))
A(("We can do the 23rd and the 24th of May. It's 50% deposit to lock it in.", []))
A(("Deposit on my card, it's " + by4(E_CARD19) + ", it's one of those long ones.", [("card", by4(E_CARD19))]))
A(("Just in case we cancel, the refund goes to my Irish account, " + en_say(E_IE1) + ".", [("iban", en_say(E_IE1))]))
A(("Actually no, put our drummer's one, he's German, " + by4(E_DE1) + ".", [("iban", by4(E_DE1))]))
A(("Email for the invoice is jaz@paperwolves.band, no wait, send it to my personal one, jasmine.okoro at hotmail dot co dot uk.",
   [("email", "jaz@paperwolves.band"), ("email", "jasmine.okoro at hotmail dot co dot uk")]))
A(("We've got the Neve desk booked out till 6 on the 23rd, so you'd load in at 10.", []))

# 11. passport adviceline, Edinburgh caller
A(("Passport Adviceline, you're speaking to Rukhsana, can I take the applicant's name?", [("name", "Rukhsana")]))
A(("Yeah, it's Callum Fraser.", [("name", "Callum Fraser")], "Passport Adviceline, you're speaking to Rukhsana, can I take the applicant's name?"))
A(("Twenty-third of the eighth, two thousand and one.", [("date_of_birth", "Twenty-third of the eighth, two thousand and one")], "Thank you. And the date of birth?"))
A(("Application reference is 1200 4589 3321, I applied on the 2nd of July and paid the £88.50.", []))
A(("It's still with the examiner; standard service is up to 3 weeks and you're at day 19.", []))
A(("Can I change the delivery address? I've moved to 4 Albany Street, Edinburgh, EH1 3QB.", [("address", "4 Albany Street, Edinburgh, EH1 3QB")]))
A(("07931 552 640, no sorry, six oh four at the end.", [("phone", "07931 552 640"), ("phone", "six oh four")], "I'll need a contact number as well."))
A(("I'm flying to Malaga on the 30th, flight EZY 6921, is there any way to upgrade to the one week fast track?", []))

# 12. stop smoking service
A(("Hello, Stop Smoking Service, it's Nkechi speaking.", [("name", "Nkechi")]))
A(("Hi, er, my GP referred me, I'm on about 20 a day, been smoking since I was 15.", []))
A(("Okay, the first session's 40 minutes, then weekly for 12 weeks, and the patches are free on prescription for you.", []))
A(("Gurpreet Singh Sandhu, born on the thirtieth of October, nineteen seventy-six.", [("name", "Gurpreet Singh Sandhu"), ("date_of_birth", "thirtieth of October, nineteen seventy-six")], "Can I take your name and date of birth?"))
A(("plus four four, seven seven double oh, nine six two, four one five", [("phone", "plus four four, seven seven double oh, nine six two, four one five")], "And a mobile number for reminders?"))
A(("Your first appointment is Wednesday the 12th at 10:15, room 4, at the Northgate Health Centre.", []))
A(("59 Grange Road, Southall, UB1 2HP.", [("address", "59 Grange Road, Southall, UB1 2HP")], "And your home address, so we can post the carbon monoxide leaflet?"))
A(("And for the app they want an email, it's gurpreet dot sandhu seventy six at icloud dot com", [("email", "gurpreet dot sandhu seventy six at icloud dot com")]))
A(("I tried the vape from Boots in January, lasted about 6 days.", []))
A(("Your CO reading was 18 parts per million last time, we want it under 10 by week 4.", []))

LANGS["en"] = EN


# ---------------------------------------------------------------- Arabic
# Calls: modest swimwear shop (Dubai), rice importer (Riyadh), tea merchant
# (Fes, darija), paediatric clinic (Amman), prosthetics centre (Cairo),
# tobacco shop (Beirut), travel agency (Riyadh), silversmith (Oman), social
# housing support (Saudi, MSA), smart-home installer (Abu Dhabi), TV repair
# (Cairo), sign maker (Amman).

def ar(s):
    return s.translate(TO_AR)


R_MADA1 = card("588845", 16)
R_VISA_TOB = card("4847", 16)
R_VISA_TRAVEL = card("4462", 16)
R_MC_SMART = card("5239", 16)
R_VISA_TV = card("4216", 16)
R_MC_SIGN = card("5178", 16)
R_MADA_SILVER = card("440647", 16)
R_VISA_CLINIC = card("4921", 16)

R_AE1 = iban("AE", "0260001015333439201")
R_AE2 = iban("AE", "0330000019100284571")
R_MA = iban("MA", "011519000001205000534921")
R_EG = iban("EG", "0019000500000000263180002")
R_SA1 = iban("SA", "20000002480608015879")
R_SA2 = iban("SA", "45000000198273641002")
R_JO = iban("JO", "CBJO0010000000000131000302")
R_QA = iban("QA", "QNBA000000000012345678901")

R_ID_RICE = sa_id("107552981")
R_ID_PROS = sa_id("110938274")
R_ID_TRAVEL = sa_id("104476120")
R_IQ_DRIVER = sa_id("246118093")
R_ID_HOUSING = sa_id("102487335")
R_IQ_HOUSING = sa_id("231790546")

AR_ = []
A = AR_.append

# 1. modest swimwear, Dubai
A(("مرحبا، معك ميثاء من بوركيني ستايل، كيف أقدر أساعدك؟", [("name", "ميثاء")]))
A(("أهلين، أنا ريم الحلبي، طلبت مايوه شرعي من الموقع من عشر أيام وما وصل لهلأ", [("name", "ريم الحلبي")]))
A(("حياج الله أخت ريم، ممكن رقم الطلب؟", [("name", "ريم")]))
A(("رقم الطلب ٧٧٤٠٩٢، والمبلغ كان ٣٨٩ درهم مع التوصيل", []))
A(("الطلب طلع من المستودع يوم ١٤ وصار فيه تأخير من شركة الشحن، بيوصلج خلال يومين إن شاء الله", []))
A(("طيب ممكن تتأكدي من العنوان؟ دبي، البرشاء ١، شارع ٣٣، فيلا ١٢", [("address", "دبي، البرشاء ١، شارع ٣٣، فيلا ١٢")]))
A(("ورقمي الجديد " + "صفر خمسة خمسة، ثلاثة أربعة سبعة، تسعة واحد صفر اثنين", [("phone", "صفر خمسة خمسة، ثلاثة أربعة سبعة، تسعة واحد صفر اثنين")]))
A(("إذا تبين ترجعين القطعة، نرجع لج المبلغ على الآيبان خلال ١٤ يوم عمل", []))
A(("اه يعني الآيبان تبعي هو " + by4(R_AE1) + "، بنك الإمارات دبي الوطني", [("iban", by4(R_AE1))]))
A(("والإيميل reem.halabi92@hotmail.com", [("email", "reem.halabi92@hotmail.com")]))
A(("المقاس L كان صغير، بدي XL بنفس اللون الكحلي، موديل لين ٢٠٢٤", []))

# 2. rice importer, Riyadh
A(("شركة السنبلة لاستيراد الأرز، تفضل طال عمرك", []))
A(("السلام عليكم، معك عبدالعزيز القحطاني من تموينات الروضة، أبي ٤٠ كيس بسمتي أبو كاس حجم ١٠ كيلو", [("name", "عبدالعزيز القحطاني")]))
A(("وعليكم السلام، الكيس بـ ١٤٥ ريال، والأربعين كيس ٥٨٠٠ ريال شامل الضريبة", []))
A(("التوصيل يوم الأحد الصبح بين ٧ و ١٠، والسواق بيتصل قبل بنص ساعة", []))
A(("العنوان: الرياض، حي الروضة، شارع خالد بن الوليد، المبنى ٤٣٢١، الرمز البريدي ١٣٢١٣", [("address", "الرياض، حي الروضة، شارع خالد بن الوليد، المبنى ٤٣٢١، الرمز البريدي ١٣٢١٣")]))
A(("للفاتورة الضريبية نحتاج رقم الهوية أو رقم السجل التجاري", []))
A(("هويتي " + ar(R_ID_RICE), [("id", ar(R_ID_RICE))], "للفاتورة الضريبية نحتاج رقم الهوية أو رقم السجل التجاري"))
A(("أعيد عليك: " + words(R_ID_RICE, AR_W), [("id", words(R_ID_RICE, AR_W))]))
A(("والدفع مدى، رقم البطاقة " + grp(R_MADA1, [4, 4, 4, 4]), [("card", grp(R_MADA1, [4, 4, 4, 4]))]))
A(("وجوالي " + ar("050 482 7361"), [("phone", ar("050 482 7361"))]))
A(("طلبيتنا الشهر الماضي كانت ٢٥ كيس بتاريخ ٣ رمضان، رقم الفاتورة ٩٩٠٢٣٤٥", []))

# 3. tea merchant, Fes (darija)
A(("آلو، السلام، دار أتاي الصحراء، معاك كريمة", [("name", "كريمة")]))
A(("السلام عليكم، أنا يوسف بنعلي من فاس، بغيت نطلب أتاي الخضر گانبودر، عشرين كيلو", [("name", "يوسف بنعلي")]))
A(("مرحبا سي يوسف، الكيلو ب ٨٥ درهم، والعشرين كيلو ب ١٦٥٠ مع التوصيل", [("name", "يوسف")]))
A(("غادي نصيفط ليكم الفلوس من الحساب ديالي، " + by4(R_MA), [("iban", by4(R_MA))]))
A(("زنقة ابن خلدون، رقم ١٧، الطابق التاني، حي الأطلس، فاس", [("address", "زنقة ابن خلدون، رقم ١٧، الطابق التاني، حي الأطلس، فاس")], "عطيني العنوان ديال التوصيل عافاك"))
A(("النمرة ديالي 06 61 48 27 93، ولا صيفط ليا ميساج فالواتساب", [("phone", "06 61 48 27 93")]))
A(("الطلبية غادي توصل نهار الخميس ولا الجمعة، والشحن ب ٤٥ درهم", []))
A(("youssef.benali arobase gmail point com", [("email", "youssef.benali arobase gmail point com")], "والإيميل باش نصيفطو ليك الفاكتورة؟"))

# 4. paediatric clinic, Amman
A(("عيادة د. سهى للأطفال، مرحبا، معك لانا", [("name", "لانا")]))
A(("مرحبا، بدي احجز موعد لابني، عنده حرارة من امبارح ٣٩ ونص", []))
A(("١٢/٨/٢٠٢١", [("date_of_birth", "١٢/٨/٢٠٢١")], "شو تاريخ ميلاد الطفل؟"))
A(("أنا أم كرم، هبة الزعبي", [("name", "أم كرم"), ("name", "هبة الزعبي")], "وانتي مين معي؟"))
A(("أهلا أم كرم، في موعد اليوم الساعة ٥ ونص، والكشفية ٢٠ دينار", [("name", "أم كرم")]))
A(("٠٧٩٥٥٣٨٢١٤", [("phone", "٠٧٩٥٥٣٨٢١٤")], "رقم تلفونك لو سمحتي؟"))
A(("عنا تأمين نات هيلث، رقم البوليصة ٣٣٨١٠٠٧٢، وبطلبوا تاريخ ميلادي كمان، ٤ شباط ٩٠", [("date_of_birth", "٤ شباط ٩٠")]))
A(("بالبطاقة، " + grp(R_VISA_CLINIC, [4, 4, 4, 4]), [("card", grp(R_VISA_CLINIC, [4, 4, 4, 4]))], "الفرق بتدفعيه بالبطاقة، ولا كاش؟"))
A(("والعنوان بس للملف: عمان، خلدا، شارع عامر بن مالك، عمارة ٢٣، الطابق التالت", [("address", "عمان، خلدا، شارع عامر بن مالك، عمارة ٢٣، الطابق التالت")]))
A(("الدكتورة بتشوف المواعيد لحد الساعة ٨ المسا، والخميس لحد ٢", []))

# 5. prosthetics centre, Cairo
A(("مركز النور للأطراف الصناعية، صباح الخير", []))
A(("صباح النور يا فندم، أنا الحاج سيد عبد الفتاح، عايز أسأل على طرف صناعي تحت الركبة", [("name", "سيد عبد الفتاح")]))
A(("أهلا يا حاج سيد، الطرف تحت الركبة بيبدأ من ٤٥ ألف جنيه، والمقاس بياخد أسبوعين", [("name", "سيد")]))
A(("مواليد خمسة وعشرين يونيو تسعة وخمسين", [("date_of_birth", "خمسة وعشرين يونيو تسعة وخمسين")], "ممكن تاريخ الميلاد عشان الملف؟"))
A(("الموبايل " + words("012", EG_W) + "، " + words("8340", EG_W) + "، " + words("0967", EG_W),
   [("phone", words("012", EG_W) + "، " + words("8340", EG_W) + "، " + words("0967", EG_W))]))
A(("ابني هيحول المقدم من حسابه في البنك الأهلي، الآيبان بتاعه " + R_EG, [("iban", R_EG)]))
A(("العنوان: ١٢ شارع مصدق، الدقي، الجيزة، الدور الرابع شقة ٨", [("address", "١٢ شارع مصدق، الدقي، الجيزة، الدور الرابع شقة ٨")]))
A(("الكشف ٣٠٠ جنيه والمتابعة ببلاش لمدة ٣ شهور", []))
A(("ميعادك يوم التلات ١٨ الساعة ١١ الصبح في فرع مدينة نصر", []))
A(("الإيميل بتاع بنتي هي اللي بتتابع، نور سيد أندرسكور ٨٥ آت ياهو دوت كوم", [("email", "نور سيد أندرسكور ٨٥ آت ياهو دوت كوم")]))
A(("في مريض سعودي جاي من جدة يركب طرف، بيقول رقم هويته " + grp(R_ID_PROS, [1, 3, 3, 3]), [("id", grp(R_ID_PROS, [1, 3, 3, 3]))]))

# 6. tobacco shop, Beirut
A(("ألو، دخان أبو طوني، نعم", []))
A(("مرحبا، أنا جورج خوري، بدي وصّي كروز مارلبورو ريد وعلبتين معسل تفاحتين", [("name", "جورج خوري")]))
A(("تكرم عينك أستاذ جورج، الكروز بـ ١٨ دولار والمعسل ٩ دولار", [("name", "جورج")]))
A(("بتوصلوا عالأشرفية؟ العنوان شارع سرسق، بناية الريّس، الطابق الخامس", [("address", "شارع سرسق، بناية الريّس، الطابق الخامس")]))
A(("٠٣ ٤٧٢ ٩١٨", [("phone", "٠٣ ٤٧٢ ٩١٨")], "وعطيني رقمك لو سمحت"))
A(("لازم نتأكد إنك فوق ال ١٨، شو تاريخ ميلادك؟", []))
A(("مواليد تلاتة أيلول أربعة وتسعين", [("date_of_birth", "تلاتة أيلول أربعة وتسعين")], "لازم نتأكد إنك فوق ال ١٨، شو تاريخ ميلادك؟"))
A(("التوصيل بياخد ساعة، والدفع كاش أو عن طريق OMT", []))
A(("خلص بدفع هلق بالكارت، " + R_VISA_TOB[:4] + " " + words(R_VISA_TOB[4:8], AR_W) + " " + R_VISA_TOB[8:12] + " " + R_VISA_TOB[12:],
   [("card", R_VISA_TOB[:4] + " " + words(R_VISA_TOB[4:8], AR_W) + " " + R_VISA_TOB[8:12] + " " + R_VISA_TOB[12:])]))
# 7. travel agency, Riyadh
A(("وكالة الرحّال للسفر والسياحة، حياك الله", []))
A(("هلا والله، أنا بو ناصر، مشاري العنزي، أبي أحجز لي وللعيال باكج تركيا، طرابزون، عشرة أيام", [("name", "بو ناصر"), ("name", "مشاري العنزي")]))
A(("أبشر، الباكج ٤٨٠٠ ريال للشخص، فندق خمس نجوم والطيران مباشر", []))
A(("للحجز أحتاج رقم الهوية وتاريخ الميلاد لكل مسافر", []))
A(("هويتي " + words(R_ID_TRAVEL[:5], AR_W) + "، " + words(R_ID_TRAVEL[5:], AR_W) + "، وتاريخ ميلادي ٢/١١/١٩٨٠",
   [("id", words(R_ID_TRAVEL[:5], AR_W) + "، " + words(R_ID_TRAVEL[5:], AR_W)), ("date_of_birth", "٢/١١/١٩٨٠")], "للحجز أحتاج رقم الهوية وتاريخ الميلاد لكل مسافر"))
A(("والأم مواليد عشرين ثمانية، ستة وثمانين", [("date_of_birth", "عشرين ثمانية، ستة وثمانين")]))
A(("والسواق بيروح معنا، إقامته " + ar(R_IQ_DRIVER), [("id", ar(R_IQ_DRIVER))]))
A(("والدفع؟ مدى ولا فيزا؟", []))
A(("فيزا، " + by4(R_VISA_TRAVEL), [("card", by4(R_VISA_TRAVEL))], "والدفع؟ مدى ولا فيزا؟"))
A(("وإذا صار إلغاء، المبلغ يرجع على الآيبان حقي " + R_SA1, [("iban", R_SA1)]))
A(("الرحلة XY 215 تطلع الساعة ٢:٤٥ الفجر يوم ١٥ يوليو، والرجعة ٢٥ يوليو", []))
A(("ايميلي mishari.alanzi@outlook.sa", [("email", "mishari.alanzi@outlook.sa")]))
A(("ترى أصغر واحد عمره ٤ سنين، يحتاج مقعد لحاله؟", []))

# 8. silversmith, Muttrah / Nizwa
A(("محل الفضة الأصيلة في مطرح، تفضل", []))
A(("السلام عليكم، أنا سالم بن خميس البلوشي، كنت طالب خنجر فضة مع الحزام", [("name", "سالم بن خميس البلوشي")]))
A(("إي نعم، الخنجر جاهز، الوزن ٣٢٠ جرام، والحساب ٢٨٠ ريال عماني", []))
A(("بحوّل العربون من حسابي في الإمارات لأني أشتغل في العين، " + by4(R_AE2), [("iban", by4(R_AE2))]))
A(("ولا أقولك، خذ العربون من البطاقة أسهل، " + by4(R_MADA_SILVER, "-"), [("card", by4(R_MADA_SILVER, "-"))]))
A(("العنوان فرق، سكة ١٤، بيت رقم ٢١١، نزوى، قريب من الجامع", [("address", "فرق، سكة ١٤، بيت رقم ٢١١، نزوى، قريب من الجامع")]))
A(("رقمي تسعة تسعة، ثلاثة اثنين، سبعة واحد، ثمانية أربعة", [("phone", "تسعة تسعة، ثلاثة اثنين، سبعة واحد، ثمانية أربعة")]))
A(("نقش الاسم على الغمد بخمسة ريال زيادة، ويجهز بعد ٣ أيام", []))

# 9. social housing support, MSA
A(("مرحباً بك في مركز اتصال برنامج الإسكان التنموي، كيف أخدمك؟", []))
A(("السلام عليكم، أنا أرملة وعندي أربعة أطفال وقدمت على الدعم السكني من سنة", []))
A((ar(R_ID_HOUSING), [("id", ar(R_ID_HOUSING))], "الله يحفظك، ممكن رقم الهوية الوطنية؟"))
A(("أكرر الرقم: " + words(R_ID_HOUSING, AR_W) + "، صحيح؟", [("id", words(R_ID_HOUSING, AR_W))]))
A(("خمسة عشر رجب ألف وأربعمئة وستة", [("date_of_birth", "خمسة عشر رجب ألف وأربعمئة وستة")], "وتاريخ الميلاد بالهجري لو سمحتِ"))
A(("طلبك رقم ٨٨٣٠٢١٥٧ حالته تحت الدراسة، والمدة المتوقعة ٩٠ يوم عمل", []))
A(("اسمي حصة بنت عبدالله الدوسري، والجوال تغير، الجديد ٠٥٥ ٨٩٣ ٠٤١٢", [("name", "حصة بنت عبدالله الدوسري"), ("phone", "٠٥٥ ٨٩٣ ٠٤١٢")]))
A(("أبشري أخت حصة، تم تحديث رقم الجوال", [("name", "حصة")]))
A(("والحساب البنكي المسجل للدعم هو " + by4(R_SA2) + "، هذا حسابي في الراجحي", [("iban", by4(R_SA2))]))
A(("الدمام، حي الفيصلية، شارع ٢٥، رقم المبنى ٧٧٣٢، الرقم الإضافي ٣٣١٨", [("address", "الدمام، حي الفيصلية، شارع ٢٥، رقم المبنى ٧٧٣٢، الرقم الإضافي ٣٣١٨")], "وما هو عنوانك الوطني؟"))
A(("قدمي الطلب عن طريق التطبيق، وارفعي صك الإعالة وصورة الهوية، والرد خلال ٣٠ يوم", []))
A(("البريد الإلكتروني hessa.dossary آت جيميل دوت كوم", [("email", "hessa.dossary آت جيميل دوت كوم")]))
A(("أنا مقيم يمني ومعي إقامة رقمها " + grp(R_IQ_HOUSING, [4, 3, 3], "-") + "، هل يحق لي التقديم؟", [("id", grp(R_IQ_HOUSING, [4, 3, 3], "-"))]))
A(("للأسف البرنامج مخصص للمواطنين فقط، وشكراً لاتصالك", []))

# 10. smart-home installer, Abu Dhabi
A(("مرحبا، سمارت نست للأنظمة الذكية، معك وسيم", [("name", "وسيم")]))
A(("هلا، أبا أركب كاميرات وقفل ذكي للفيلا، كم التكلفة؟", []))
A(("الباقة الأساسية ٤ كاميرات وقفل وحساسات بـ ٦٥٠٠ درهم، والتركيب بياخد يوم واحد", []))
A(("تمام، اسمي حمدان المزروعي", [("name", "حمدان المزروعي")]))
A(("أبوظبي، مدينة خليفة أ، شارع ١٦، فيلا ٤٧", [("address", "أبوظبي، مدينة خليفة أ، شارع ١٦، فيلا ٤٧")], "أستاذ حمدان، ممكن العنوان؟"))
A(("بدفع عربون ٢٠٪ بالبطاقة، " + grp(R_MC_SMART, [4, 4, 4, 4]), [("card", grp(R_MC_SMART, [4, 4, 4, 4]))]))
A(("هاتفي +971 50 618 2294", [("phone", "+971 50 618 2294")]))
A(("والإيميل حق التطبيق hamdan underscore m at gmail dot com", [("email", "hamdan underscore m at gmail dot com")]))
A(("وإذا تبون ترجعون الفلوس، حسابي القديم في قطر، " + by4(R_QA), [("iban", by4(R_QA))]))
A(("الراوتر لازم يكون ٥ جيجا، والتطبيق يشتغل على أندرويد وآيفون", []))

# 11. TV repair, Cairo
A(("صيانة شاشات النصر، أيوه يا فندم", []))
A(("أيوه، الشاشة سامسونج ٥٥ بوصة، الصورة بتقطع والصوت شغال", []))
A(("الكشف في البيت بـ ١٥٠ جنيه، ولو فيها بوردة هتبقى من ١٢٠٠ لـ ٢٠٠٠", []))
A(("اسمي منى فتحي", [("name", "منى فتحي")], "اسم حضرتك إيه؟"))
A(("تمام يا مدام منى، والعنوان؟", [("name", "منى")]))
A(("١٤ شارع جسر السويس، عمارة ٣، الدور السادس، مصر الجديدة", [("address", "١٤ شارع جسر السويس، عمارة ٣، الدور السادس، مصر الجديدة")], "تمام يا مدام منى، والعنوان؟"))
A(("الفني هييجي بكرة من ١٠ لـ ٢ الضهر", []))
A(("ابعتلي على الواتس " + words("011", EG_W) + "، " + words("2375", EG_W) + "، " + words("4086", EG_W),
   [("phone", words("011", EG_W) + "، " + words("2375", EG_W) + "، " + words("4086", EG_W))]))
A(("وهدفع بالفيزا، " + R_VISA_TV[:8] + "، " + words(R_VISA_TV[8:], EG_W), [("card", R_VISA_TV[:8] + "، " + words(R_VISA_TV[8:], EG_W))]))
A(("وابعت الفاتورة على mona.fathy75 آت جي ميل دوت كوم", [("email", "mona.fathy75 آت جي ميل دوت كوم")]))
A(("الضمان ٣ شهور على القطعة، والموديل UA55TU7000 لسه بينزل له قطع", []))

# 12. sign maker, Amman
A(("محل يافطات النجمة، أهلين", []))
A(("مرحبا، بدي يافطة مضيئة للمحل، مترين بنص متر، مكتوب عليها مخبز السلام", []))
A(("اليافطة الفليكس مع الإضاءة ٢٢٠ دينار، وبتجهز خلال ٥ أيام", []))
A(("اسمي رامي الشوبكي، وهاد رقمي ٠٧٨ ٦٦٢ ٣٠٩٥", [("name", "رامي الشوبكي"), ("phone", "٠٧٨ ٦٦٢ ٣٠٩٥")]))
A(("آيبان، من حسابي " + by4(R_JO), [("iban", by4(R_JO))], "بتحول عن طريق كليك ولا آيبان؟"))
A(("او بدفع النص بالبطاقة والباقي كاش، " + R_MC_SIGN, [("card", R_MC_SIGN)]))
A(("ابعتلي الديزاين على الإيميل rami.shobaki@yahoo.com", [("email", "rami.shobaki@yahoo.com")]))
A(("التركيب بكون يوم السبت الصبح الساعة ٩، والرافعة عليكم ب ٣٠ دينار", []))

LANGS["ar"] = AR_


# ---------------------------------------------------------------- Hebrew
# Calls: organ-donor card registry, prison visit booking (Arab citizen),
# rehabilitation centre (Russian-speaking daughter), paint store (Anglo),
# plasterer (French oleh), pet cremation, meditation centre, outdoor gear
# shop, table tennis club, vacuum cleaner repair, video production (bar
# mitzvah), urology clinic.

H_TZ = [il_id(b) for b in ("31874052", "04528761", "32196405", "30957218",
                           "21346870", "05871394", "33570128", "01298745")]
for t_ in H_TZ:
    assert il_id_ok(t_)
H_IL = [iban("IL", b) for b in ("0126150000047210385", "0208270000011984562", "0316880000006427193",
                                "0105530000032719844", "0114920000085120376", "0209110000023345601")]
H_FR = iban("FR", "30004000031234567890143")
H_GB = iban("GB", "LOYD30963312345678")
H_VISA1 = card("4580", 16)
H_MC1 = card("5326", 16)
H_AMEX = card("3759", 15)
H_DINERS = card("36", 14)
H_MC2 = card("5103", 16)
H_VISA2 = card("4557", 16)
H_VISA3 = card("4580", 16)
H_MC3 = card("5448", 16)

HE = []
A = HE.append

# 1. organ donor card registry
A(("שלום, הגעתם לאדי, המרכז הלאומי להשתלות, מדברת אורית, במה אוכל לעזור?", [("name", "אורית")]))
A(("שלום, אני רוצה להצטרף לכרטיס אדי, ראיתי את הפרסומת בטלוויזיה", []))
A(("שמי טספאיה וורקו", [("name", "טספאיה וורקו")], "בשמחה. שם מלא בבקשה?"))
A((words(H_TZ[0], HE_F), [("id", words(H_TZ[0], HE_F))], "ומספר תעודת זהות?"))
A(("רגע, אני חוזרת: " + words(H_TZ[0][:5], HE_M) + ", " + words(H_TZ[0][5:], HE_M) + ", נכון?",
   [("id", words(H_TZ[0][:5], HE_M) + ", " + words(H_TZ[0][5:], HE_M))]))
A(("תודה טספאיה. ותאריך לידה?", [("name", "טספאיה")]))
A(("אחד בינואר שמונים וארבע, ככה רשום אצלי בתעודה", [("date_of_birth", "אחד בינואר שמונים וארבע")], "תודה טספאיה. ותאריך לידה?"))
A(("הכרטיס יישלח בדואר תוך 21 ימי עסקים, וההצטרפות בחינם", []))
A(("רחוב הרב קוק 14, דירה 3, קריית מלאכי", [("address", "רחוב הרב קוק 14, דירה 3, קריית מלאכי")], "לאיזו כתובת לשלוח את הכרטיס?"))
A(("052-6614839", [("phone", "052-6614839")], "וטלפון נייד, למקרה שנצטרך?"))
A(("אפשר לבחור אילו איברים לתרום, כליות, כבד, לב, קרניות, או הכול", []))

# 2. prison visit booking
A(("שירות בתי הסוהר, מוקד תיאום ביקורים, שלום", []))
A(("שלום, מדבר מוחמד עבד אלחלים מטמרה, אני רוצה לתאם ביקור אצל אח שלי בכלא מגידו", [("name", "מוחמד עבד אלחלים")]))
A(("הביקור הבא פנוי ביום שלישי ה-14 לחודש, בין 9:00 ל-11:30, עד 3 מבקרים", []))
A(("ת.ז. שלי " + grp(H_TZ[1], [3, 3, 3], "-") + ", ונולדתי ב-2.6.1991", [("id", grp(H_TZ[1], [3, 3, 3], "-")), ("date_of_birth", "2.6.1991")], "מספר תעודת זהות ותאריך לידה של המבקר?"))
A(("הטלפון שלי אפס חמש שתיים, שבע שלוש תשע, ארבע אחת, אפס שמונה", [("phone", "אפס חמש שתיים, שבע שלוש תשע, ארבע אחת, אפס שמונה")]))
A(("תביא תעודה מזהה, אסור להכניס טלפונים, ואפשר להפקיד עד 400 שקל לקנטינה", []))
A(("אני רוצה להפקיד לו עכשיו 300 בכרטיס, " + by4(H_VISA1), [("card", by4(H_VISA1))]))
A(("תודה מוחמד, הביקור נקבע, מספר אישור 55021873", [("name", "מוחמד")]))

# 3. rehabilitation centre
A(("מרכז שיקום גליל, מחלקת קבלה, שלום", []))
A(("שלום, זאת סבטלנה קוזלובה, אני מתקשרת לגבי אבא שלי שעבר שבץ", [("name", "סבטלנה קוזלובה")]))
A(("כן, סבטלנה, אני רואה את ההפניה מבית החולים מה-3 בנובמבר", [("name", "סבטלנה")]))
A(("איפה זה בדיוק? בניין 4, קומה 2, ליד הבורסה ברמת גן", []))
A(("לטופס צריך את התאריך לידה שלו, זה שבעה עשר במרץ, אלף תשע מאות ארבעים ותשע", [("date_of_birth", "שבעה עשר במרץ, אלף תשע מאות ארבעים ותשע")]))
A(("והמייל שלי svetlana.k שטרודל walla נקודה co נקודה il", [("email", "svetlana.k שטרודל walla נקודה co נקודה il")]))
A(("האשפוז במימון קופת חולים, 21 יום בשלב הראשון, ואפשר להאריך ל-42", []))
A(("את התוספת לחדר יחיד, 180 שקל ליום, נחייב מהחשבון שלך?", []))
A(("כן, מהחשבון בלאומי, " + H_IL[0], [("iban", H_IL[0])], "את התוספת לחדר יחיד, 180 שקל ליום, נחייב מהחשבון שלך?"))

# 4. paint store
A(("צבעי השרון, שלום", []))
A(("hi, um, שלום, זה ג'ונתן, jonathan, אממ, הזמנתי צבע לקירות באתר", [("name", "ג'ונתן"), ("name", "jonathan")]))
A(("כן ג'ונתן, 4 דליים של סופרקריל, 18 ליטר, לבן שבור, 1,240 שקל", [("name", "ג'ונתן")]))
A(("אני אשלם בכרטיס, " + by4(H_MC2), [("card", by4(H_MC2))]))
A(("הכתובת למשלוח: רחוב העצמאות 8, דירה 12, רעננה", [("address", "רחוב העצמאות 8, דירה 12, רעננה")]))
A(("המשלוח ביום חמישי בין 8 ל-12, עלות 60 שקל, והמלאי של גוון 2065 מגיע רק בשבוע הבא", []))
A(("and my phone, the Israeli one, is 054 776 2093", [("phone", "054 776 2093")]))
A(("והמייל jon dot katz at gmail dot com, katz with a z", [("email", "jon dot katz at gmail dot com")]))
A(("אם יש החזר, תעבירו לחשבון שלי באנגליה, " + by4(H_GB), [("iban", by4(H_GB))]))

# 5. plasterer
A(("שלום, אני מתקשרת בקשר להצעת מחיר לשפכטל וטיח בדירה", []))
A(("קוראים לי אודליה בן שושן", [("name", "אודליה בן שושן")], "אין בעיה, מה השם?"))
A(("אודליה, כמה מטר הדירה?", [("name", "אודליה")]))
A(("ארבעה חדרים, בערך 95 מטר, תקרה 2.70", []))
A(("תיקון סדקים ושפכטל מלא, זה בסביבות 8,500 שקל כולל חומר, 5 ימי עבודה", []))
A(("אנחנו גרים ברחוב הנשיאים 23, קומה 6, נתניה", [("address", "רחוב הנשיאים 23, קומה 6, נתניה")]))
A(("את המקדמה אני אעביר מהחשבון הצרפתי שלי, " + by4(H_FR), [("iban", by4(H_FR))]))
A(("הנייד שלי 053-3308172, או בוואטסאפ +33 6 12 48 90 57", [("phone", "053-3308172"), ("phone", "+33 6 12 48 90 57")]))
A(("העבודה מתחילה אחרי פסח, ב-22 באפריל, ואורכת שבוע", []))

# 6. pet cremation
A(("שלום, הגעת לגן עדן לחיות, שירותי פרידה מבעלי חיים", []))
A(("היי... הכלבה שלנו, לוסי, מתה הלילה, היא הייתה בת 14", []))
A(("משתתפת בצערך. שריפה פרטנית עם החזרת האפר זה 1,450 שקל, שריפה קבוצתית 650", []))
A(("מדבר אלון גרינברג, אנחנו מהרצליה", [("name", "אלון גרינברג")]))
A(("אלון, אנחנו יכולים לאסוף מהבית היום אחרי 16:00. מה הכתובת?", [("name", "אלון")]))
A(("רחוב סוקולוב 41, כניסה ב', הרצליה", [("address", "רחוב סוקולוב 41, כניסה ב', הרצליה")], "אלון, אנחנו יכולים לאסוף מהבית היום אחרי 16:00. מה הכתובת?"))
A(("כן, מסטרקארד, " + words(H_MC1[:4], HE_F) + ", " + H_MC1[4:8] + " " + H_MC1[8:12] + " " + H_MC1[12:],
   [("card", words(H_MC1[:4], HE_F) + ", " + H_MC1[4:8] + " " + H_MC1[8:12] + " " + H_MC1[12:])], "תשלום בכרטיס אשראי?"))
A(("את התעודה אפשר לקבל במייל, alon.green@gmail.com", [("email", "alon.green@gmail.com")]))
A(("האיסוף כלול במחיר עד 30 קילומטר, והאפר חוזר תוך 7 עד 10 ימים בכד עץ", []))
# 7. meditation centre
A(("מרכז מדיטציה תובנה, שלום, במה אפשר לעזור?", []))
A(("היי, רציתי להירשם לריטריט שתיקה של 7 ימים בפברואר", []))
A(("הריטריט מה-12 עד ה-19 בפברואר, 2,900 שקל כולל לינה וארוחות צמחוניות", []))
A(("איתי, איתי שפירא", [("name", "איתי"), ("name", "איתי שפירא")], "איך קוראים לך?"))
A(("29.2.96", [("date_of_birth", "29.2.96")], "ותאריך לידה? אנחנו צריכים בגלל הביטוח"))
A(("ולביטוח גם תעודת זהות, " + grp(H_TZ[6], [4, 5]), [("id", grp(H_TZ[6], [4, 5]))]))
A(("המייל זה itai underscore shapira at gmail dot com, באנגלית", [("email", "itai underscore shapira at gmail dot com")]))
A(("תשלום בכרטיס, אמריקן אקספרס, " + grp(H_AMEX, [4, 6, 5]), [("card", grp(H_AMEX, [4, 6, 5]))]))
A(("הטלפון, זה אפס חמש ארבע, שש שש... לא סליחה, שש חמש, שלוש שתיים אחת, תשע אפס",
   [("phone", "אפס חמש ארבע"), ("phone", "שש חמש, שלוש שתיים אחת, תשע אפס")]))
A(("אם מבטלים עד 14 יום לפני, מחזירים 80%, לאיזה חשבון?", []))
A(("לחשבון בדיסקונט, " + by4(H_IL[1]), [("iban", by4(H_IL[1]))], "אם מבטלים עד 14 יום לפני, מחזירים 80%, לאיזה חשבון?"))
A(("ההסעה יוצאת מתחנת רכבת בנימינה ב-15:30, והטלפונים נאספים בכניסה", []))

# 8. outdoor gear shop
A(("שלום, הגעת לשירות הלקוחות של המטייל, במה אפשר לעזור?", []))
A(("שלום, שמי דמיטרי וולקוב, קניתי אוהל אצלכם ונקרע לי בתפר אחרי פעם אחת", [("name", "דמיטרי וולקוב")]))
A(("מספר הזמנה 301877, קניתי ב-5 באוגוסט, שילמתי 1,890", []))
A(("שדרות ירושלים 77, דירה 9, אשדוד, מיקוד 7752214", [("address", "שדרות ירושלים 77, דירה 9, אשדוד, מיקוד 7752214")], "אז נצטרך לשלוח למעבדה, זה 10 ימי עסקים. לאן להחזיר את האוהל?"))
A(("מספר זהות " + words(H_TZ[2], HE_M), [("id", words(H_TZ[2], HE_M))], "תעודת זהות לאימות, בבקשה"))
A(("אם לא מתקנים, אני רוצה זיכוי לחשבון, " + H_IL[2], [("iban", H_IL[2])]))
A(("בינתיים אני קונה שק שינה, 420 שקל, כרטיס " + by4(H_VISA2), [("card", by4(H_VISA2))]))
A(("נייד 058-4412976, ומייל dima.volkov84 שטרודל mail נקודה ru", [("phone", "058-4412976"), ("email", "dima.volkov84 שטרודל mail נקודה ru")]))
A(("האוהל דגם קואצ'ואה 3, יש עליו אחריות של שנתיים", []))

# 9. table tennis club
A(("מועדון טניס שולחן הפועל רמת השרון, שלום", []))
A(("שלום, אני רוצה לרשום את הבת שלי לחוג, היא בת 9", []))
A(("החוג בימים ב' ו-ה' מ-16:30 עד 17:45, 320 שקל לחודש", []))
A(("אני ריטה, ריטה אבו ריא", [("name", "ריטה"), ("name", "ריטה אבו ריא")], "מה השם שלך?"))
A(("עשרים ושלושה ביוני אלפיים חמש עשרה", [("date_of_birth", "עשרים ושלושה ביוני אלפיים חמש עשרה")], "תאריך הלידה של הילדה?"))
A(("תעודת זהות שלי " + grp(H_TZ[3], [3, 3, 3]), [("id", grp(H_TZ[3], [3, 3, 3]))], "ותעודת זהות שלך, בשביל הביטוח"))
A(("הוראת קבע מהחשבון " + by4(H_IL[3]), [("iban", by4(H_IL[3]))]))
A(("ואימייל rita.aburiya שטרודל hotmail נקודה com", [("email", "rita.aburiya שטרודל hotmail נקודה com")]))
A(("התחרות הראשונה ב-3 בינואר באולם ספורטק, 40 שקל דמי השתתפות", []))

# 10. vacuum cleaner repair, Haifa
A(("מעבדת שואבי אבק, דייסון, רובורוק ועוד, שלום", []))
A(("שלום, השואב הרובוטי שלי, רובורוק S7, לא נטען כבר שבוע", []))
A(("בדיקה 150 שקל, ואם מתקנים זה יורד מהמחיר. קנית לפני פחות משנתיים?", []))
A(("שמי משה אלמליח, אני מחיפה", [("name", "משה אלמליח")]))
A(("הכתובת לאיסוף: רחוב מוריה 112, קומה 3, חיפה", [("address", "רחוב מוריה 112, קומה 3, חיפה")]))
A(("אני משלם עכשיו, כרטיס דיינרס " + grp(H_DINERS, [4, 6, 4]), [("card", grp(H_DINERS, [4, 6, 4]))]))
A(("טלפון בבית 04-8345521", [("phone", "04-8345521")]))
A(("ואם צריך להחזיר כסף, זה לחשבון " + by4(H_IL[4]), [("iban", by4(H_IL[4]))]))
A(("הסוללה המקורית עולה 390, התואמת 210, אחריות 6 חודשים", []))

# 11. video production, bar mitzvah
A(("אולפני פריים, הפקות וידאו, שלום", []))
A(("בונז'ור... סליחה, שלום, אני רוצה סרט לבר מצווה של הבן שלי", []))
A(("חבילת צילום עם רחפן, 6 שעות, ועריכה של 15 דקות, 7,800 שקל", []))
A(("אני מרים אזולאי", [("name", "מרים אזולאי")]))
A(("מרים, מתי האירוע?", [("name", "מרים")]))
A(("ב-14 במאי, באולם גני אביב, הוא נולד ב-3 במרץ 2013 אז זה יוצא קצת אחרי", [("date_of_birth", "3 במרץ 2013")]))
A(("5 ביולי 1979, ות.ז. " + H_TZ[4], [("date_of_birth", "5 ביולי 1979"), ("id", H_TZ[4])], "לחוזה צריך תאריך לידה שלך ותעודת זהות"))
A(("מקדמה 2,000 בכרטיס, " + by4(H_MC3, "-"), [("card", by4(H_MC3, "-"))]))
A(("המייל myriam.azoulay at orange dot fr", [("email", "myriam.azoulay at orange dot fr")]))
A(("הסרט מוכן 6 שבועות אחרי האירוע, עם 2 סבבי תיקונים", []))

# 12. urology clinic
A(("מרפאת אורולוגיה, ד\"ר שטרן, שלום", []))
A(("שלום, אני צריך תור לבדיקת PSA ואולטרסאונד", []))
A(("יש תור ב-8 בדצמבר בשעה 10:20, או ב-15 בשעה 8:40", []))
A(("יעקב פרץ, קוראים לי קובי, ת.ז. " + grp(H_TZ[5], [2, 3, 4]), [("name", "יעקב פרץ"), ("name", "קובי"), ("id", grp(H_TZ[5], [2, 3, 4]))], "שם ותעודת זהות?"))
A(("י\"ב בתשרי תשי\"ז", [("date_of_birth", "י\"ב בתשרי תשי\"ז")], "ותאריך לידה?"))
A(("ההתחייבות מכללית, 42 שקל השתתפות עצמית", []))
A(("טלפון +972 50 733 8214", [("phone", "+972 50 733 8214")]))
A(("ואת התוצאות לשלוח בדואר לכתובת רחוב ביאליק 9, דירה 4, בני ברק", [("address", "רחוב ביאליק 9, דירה 4, בני ברק")]))
A(("המייל kobi.peretz56 שטרודל gmail נקודה com", [("email", "kobi.peretz56 שטרודל gmail נקודה com")]))
A(("הבן שלי משלם את ההפרש, מהחשבון שלו, " + by4(H_IL[5]), [("iban", by4(H_IL[5]))]))
A(("לשמירת התור צריך כרטיס אשראי, דמי אי הגעה 150 שקל", []))
A(("כן, " + H_VISA3, [("card", H_VISA3)], "לשמירת התור צריך כרטיס אשראי, דמי אי הגעה 150 שקל"))

LANGS["he"] = HE


# ---------------------------------------------------------------- Greek
# Calls: mail forwarding (Athens, older caller), organic skincare shop
# (Thessaloniki), packaging supplier (Limassol, Cypriot), reflexology
# (Nicosia, older Cypriot caller), padel club (Glyfada), sheet-music shop,
# tanning salon, voice-over studio, waxing salon (Larnaca), wound-care
# clinic, nightclub table booking, passport office.

G_AFM = [afm(b) for b in ("04851237", "12673904", "06392718", "11840295",
                          "05527163", "13309842", "07714526", "10268351")]
for a_ in G_AFM:
    assert afm_ok(a_)
G_GR = [iban("GR", b) for b in ("01101250000000012300695", "02607120000430104815922", "01720450005045012876314",
                                "01402080208002101377548", "01108650000086532017740", "02601640000510200391825")]
G_CY = [iban("CY", b) for b in ("002001280000001200527600", "005003570000000019284173")]
G_VISA1 = card("4539", 16)
G_MC1 = card("5355", 16)
G_VISA2 = card("4175", 16)
G_MC2 = card("5169", 16)
G_MC3 = card("5291", 16)
G_AMEX = card("3779", 15)
G_VISA3 = card("4024", 16)
G_VISA4 = card("4998", 16)

EL = []
A = EL.append

# 1. mail forwarding
A(("ΕΛΤΑ, υπηρεσία προώθησης αλληλογραφίας, καλημέρα σας, ονομάζομαι Δέσποινα", [("name", "Δέσποινα")]))
A(("Καλημέρα κοπέλα μου, μετακομίζω και θέλω να μου έρχονται τα γράμματα στο καινούργιο σπίτι", []))
A(("Βεβαίως. Η υπηρεσία κοστίζει 18 ευρώ για 6 μήνες, ή 30 ευρώ για 12 μήνες", []))
A(("Λέγομαι Κωνσταντίνος Μαυρίδης, αλλά όλοι με λένε Ντίνο", [("name", "Κωνσταντίνος Μαυρίδης"), ("name", "Ντίνο")], "Το όνομά σας;"))
A(("Κύριε Μαυρίδη, την παλιά διεύθυνση;", [("name", "Μαυρίδη")]))
A(("Πατησίων 112, 4ος όροφος, Αθήνα, 11257", [("address", "Πατησίων 112, 4ος όροφος, Αθήνα, 11257")], "Κύριε Μαυρίδη, την παλιά διεύθυνση;"))
A(("και η καινούργια, Αγίου Δημητρίου 8, Άλιμος, ταχυδρομικός κώδικας 17456", [("address", "Αγίου Δημητρίου 8, Άλιμος, ταχυδρομικός κώδικας 17456")]))
A(("εεε, " + words(G_AFM[0], EL_W), [("id", words(G_AFM[0], EL_W))], "Και το ΑΦΜ σας για την απόδειξη;"))
A(("Και για επιβεβαίωση, ημερομηνία γέννησης;", []))
A(("Έντεκα του τρία του σαράντα επτά", [("date_of_birth", "Έντεκα του τρία του σαράντα επτά")], "Και για επιβεβαίωση, ημερομηνία γέννησης;"))
A(("Η προώθηση ξεκινά από 1η Οκτωβρίου και θέλει 3 με 5 εργάσιμες", []))
A(("εξακόσια ενενήντα τέσσερα, πεντακόσια ογδόντα δύο, δεκαεφτά, τριάντα ένα", [("phone", "εξακόσια ενενήντα τέσσερα, πεντακόσια ογδόντα δύο, δεκαεφτά, τριάντα ένα")], "Κινητό έχετε;"))

# 2. organic skincare shop
A(("Γεια σας, από το Bio Ritual Θεσσαλονίκης, πώς μπορώ να βοηθήσω;", []))
A(("γεια σας παρήγγειλα έναν ορό με βιταμίνη c και μου ήρθε σπασμένος", []))
A(("Ωχ, λυπάμαι πολύ. Ποιος είναι ο αριθμός παραγγελίας;", []))
A(("Είναι το 40871, είμαι η Μυρτώ Καλαϊτζίδου", [("name", "Μυρτώ Καλαϊτζίδου")]))
A(("Κυρία Καλαϊτζίδου, θα σας στείλουμε καινούριο χωρίς χρέωση, 32,50 ευρώ ήταν", [("name", "Καλαϊτζίδου")]))
A(("Στείλτε μου και την απόδειξη στο myrto.k παπάκι gmail τελεία com", [("email", "myrto.k παπάκι gmail τελεία com")]))
A(("Η διεύθυνση είναι η ίδια; Εγνατίας 145, 2ος, Θεσσαλονίκη;", [("address", "Εγνατίας 145, 2ος, Θεσσαλονίκη")]))
A(("Όχι, τώρα μένω στην Καλαμαριά, Κομνηνών 33", [("address", "Καλαμαριά, Κομνηνών 33")]))
A(("Και βάλτε μου και μια κρέμα ματιών, 24 ευρώ, με την κάρτα " + by4(G_VISA4), [("card", by4(G_VISA4))]))
A(("Το νέο πακέτο φεύγει αύριο με ACS, σε 1 με 2 μέρες θα το έχετε", []))

# 3. packaging supplier, Limassol
A(("Καλημέρα, Limassol Packaging, παρακαλώ", []))
A(("Καλημέρα, είμαι ο Σάββας Χαραλάμπους, που τον φούρνο στη Λεμεσό, θέλω κούτες για τις πίτσες", [("name", "Σάββας Χαραλάμπους")]))
A(("Ναι Σάββα, οι κούτες 33 εκατοστά εν 14 σεντ το κομμάτι, τζιαι ελάχιστη παραγγελία 500", [("name", "Σάββα")]))
A(("Εντάξει, βάλε μου 2000, τζαι 1000 σακούλες χάρτινες", []))
A(("Έμβασμα, το IBAN μου εν " + by4(G_CY[0]), [("iban", by4(G_CY[0]))], "Πληρωμή με έμβασμα ή κάρτα;"))
A(("Τηλέφωνο 99 451 782", [("phone", "99 451 782")]))
A(("Παράδοση στον φούρνο, Αρχιεπισκόπου Μακαρίου Γ΄ 210, Λεμεσός", [("address", "Αρχιεπισκόπου Μακαρίου Γ΄ 210, Λεμεσός")]))
A(("Η παράδοση Πέμπτη 11 του μήνα, το φορτηγό φτάνει κατά τις 7 το πρωί", []))
A(("Τζαι το email μου savvas.ch at cytanet dot com dot cy", [("email", "savvas.ch at cytanet dot com dot cy")]))
A(("Το υπόλοιπο να το πάρεις που την κάρτα, " + grp(G_MC3, [4, 4, 4, 4]), [("card", grp(G_MC3, [4, 4, 4, 4]))]))

# 4. reflexology, Nicosia
A(("Κέντρο Ρεφλεξολογίας Ισορροπία, Λευκωσία, παρακαλώ", []))
A(("Γεια σου κορούα μου, είμαι η κυρία Σούλα, Σούλα Γεωργίου, θέλω ραντεβού για τα πόδια μου", [("name", "Σούλα"), ("name", "Σούλα Γεωργίου")]))
A(("Βεβαίως, η συνεδρία 45 λεπτά κάνει 35 ευρώ, έχουμε Τρίτη στις 10:30", []))
A(("Δεκαεφτά Αυγούστου του σαράντα οχτώ", [("date_of_birth", "Δεκαεφτά Αυγούστου του σαράντα οχτώ")], "Ημερομηνία γέννησης για την καρτέλα σας;"))
A(("Τηλέφωνο σπιτιού είκοσι δύο, σαράντα οχτώ, τριάντα ένα, πενήντα εφτά", [("phone", "είκοσι δύο, σαράντα οχτώ, τριάντα ένα, πενήντα εφτά")]))
A(("Μένω στο Στρόβολο, οδός Κέννεντυ 18, διαμέρισμα 4", [("address", "Στρόβολο, οδός Κέννεντυ 18, διαμέρισμα 4")]))
A(("Θα πληρώσω με την κάρτα μου, περίμενε να βρω τα γυαλιά... " + by4(G_VISA1), [("card", by4(G_VISA1))]))
A(("Το πακέτο των 6 συνεδριών έχει 180 ευρώ αντί 210", []))

# 5. padel club, Glyfada
A(("Padel Club Γλυφάδας, γεια σας!", []))
A(("γεια θέλω να κλείσω γήπεδο για σάββατο απόγευμα για τέσσερα άτομα", []))
A(("Έχουμε το γήπεδο 3 στις 18:00, 40 ευρώ η ώρα, 10 το άτομο", []))
A(("Στο όνομα Άγγελος, Άγγελος Παππάς", [("name", "Άγγελος"), ("name", "Άγγελος Παππάς")], "Σε ποιο όνομα;"))
A(("697 743 0218", [("phone", "697 743 0218")], "Τέλεια, θες και ρακέτες; 3 ευρώ η μία. Το κινητό σου;"))
A(("Κράτηση με κάρτα, " + by4(G_MC1), [("card", by4(G_MC1))]))
A(("Για την ετήσια συνδρομή, 250 ευρώ, χρειάζομαι ΑΦΜ και ημερομηνία γέννησης", []))
A(("ΑΦΜ " + G_AFM[1] + ", γεννήθηκα 14/07/1999", [("id", G_AFM[1]), ("date_of_birth", "14/07/1999")], "Για την ετήσια συνδρομή, 250 ευρώ, χρειάζομαι ΑΦΜ και ημερομηνία γέννησης"))

# 6. sheet-music shop
A(("Μουσικός Οίκος Αρμονία, καλησπέρα", []))
A(("Καλησπέρα, ψάχνω τις παρτιτούρες του Χατζιδάκι για πιάνο, τον δεύτερο τόμο", []))
A(("Τον έχουμε, 28 ευρώ, και το βιβλίο με τα τραγούδια του Θεοδωράκη 35", []))
A(("Ναι, στο όνομα Ευάγγελος Τσιρίγος, Βαγγέλης", [("name", "Ευάγγελος Τσιρίγος"), ("name", "Βαγγέλης")], "Θα τα στείλουμε; Σε ποιο όνομα;"))
A(("Διεύθυνση αποστολής: Λεωφόρος Αλεξάνδρας 56, 3ος όροφος, 11473 Αθήνα", [("address", "Λεωφόρος Αλεξάνδρας 56, 3ος όροφος, 11473 Αθήνα")]))
A(("Θα κάνω κατάθεση από τον λογαριασμό μου, " + by4(G_GR[0]), [("iban", by4(G_GR[0]))]))
A(("Και τιμολόγιο παρακαλώ, ΑΦΜ " + grp(G_AFM[2], [3, 3, 3]), [("id", grp(G_AFM[2], [3, 3, 3]))]))
A(("Το email μου είναι vangelis underscore piano at yahoo dot gr", [("email", "vangelis underscore piano at yahoo dot gr")]))
A(("Το δέμα θα φτάσει σε 2 εργάσιμες, με κωδικό αποστολής 7394 0021 5566", []))
# 7. tanning salon, Kolonaki
A(("Sun Lounge Κολωνάκι, καλησπέρα, η Δανάη είμαι", [("name", "Δανάη")]))
A(("καλησπέρα θέλω να κλείσω spray tan για παρασκευή πριν από γάμο", []))
A(("Το spray tan είναι 30 ευρώ, το πακέτο 10 συνεδριών solarium 60 ευρώ", []))
A(("Κική, δηλαδή Κυριακή Αλεξίου", [("name", "Κική"), ("name", "Κυριακή Αλεξίου")], "Όνομα;"))
A(("Τρεις του δέκα του δύο χιλιάδες τέσσερα", [("date_of_birth", "Τρεις του δέκα του δύο χιλιάδες τέσσερα")], "Για την κάρτα μέλους χρειάζομαι ημερομηνία γέννησης, πρέπει να είστε άνω των 18"))
A(("κινητό εξήντα εννιά, σαράντα πέντε, εξήντα εφτά, μηδέν δύο, ογδόντα ένα", [("phone", "εξήντα εννιά, σαράντα πέντε, εξήντα εφτά, μηδέν δύο, ογδόντα ένα")]))
A(("Προκαταβολή 15 ευρώ με κάρτα, " + words(G_VISA2[:4], EL_W) + ", " + G_VISA2[4:8] + " " + G_VISA2[8:12] + " " + G_VISA2[12:],
   [("card", words(G_VISA2[:4], EL_W) + ", " + G_VISA2[4:8] + " " + G_VISA2[8:12] + " " + G_VISA2[12:])]))
A(("Κι αν ακυρωθεί ο γάμος, η προκαταβολή να γυρίσει στο " + G_GR[1], [("iban", G_GR[1])]))
A(("Το χρώμα το medium κρατάει 7 με 10 μέρες, μην κάνετε ντους για 8 ώρες", []))

# 8. voice-over studio
A(("Studio Φωνή, καλημέρα, τι θα θέλατε;", []))
A(("Καλημέρα, με λένε Ιάσονας Δημόπουλος, είμαι ηθοποιός, μου είπαν να πάρω για την οντισιόν της διαφήμισης", [("name", "Ιάσονας Δημόπουλος")]))
A(("Ναι, η οντισιόν είναι την Τετάρτη 9 στις 12:00, αμοιβή 350 ευρώ για το σποτ των 30 δευτερολέπτων", []))
A(("Για την πληρωμή θέλουμε ΑΦΜ και IBAN", []))
A(("ΑΦΜ " + grp(G_AFM[3], [3, 3, 3], "-") + ", και IBAN " + by4(G_GR[2]),
   [("id", grp(G_AFM[3], [3, 3, 3], "-")), ("iban", by4(G_GR[2]))], "Για την πληρωμή θέλουμε ΑΦΜ και IBAN"))
A(("Επαναλαμβάνω το ΑΦΜ, " + words(G_AFM[3], EL_W) + ", σωστά;", [("id", words(G_AFM[3], EL_W))]))
A(("Και για το συμβόλαιο ημερομηνία γέννησης, 30 Νοεμβρίου 1993, και email jason.dimopoulos@gmail.com",
   [("date_of_birth", "30 Νοεμβρίου 1993"), ("email", "jason.dimopoulos@gmail.com")]))
A(("Κινητό 6932 118 406", [("phone", "6932 118 406")]))
A(("Το σποτ θα παίζει 6 μήνες σε τηλεόραση και ραδιόφωνο, η ηχογράφηση γύρω στις 2 ώρες", []))

# 9. waxing salon, Larnaca
A(("Smooth Studio Λάρνακα, παρακαλώ", []))
A(("Γεια σου, θέλω ραντεβού για full legs τζαι μασχάλες", []))
A(("Χριστιάνα Νεοφύτου", [("name", "Χριστιάνα Νεοφύτου")], "Σε ποιο όνομα;"))
A(("Έχουμε Σάββατο 11:15, κάνει 38 ευρώ, τζαι η δεύτερη επίσκεψη έχει 20% έκπτωση", []))
A(("+357 96 718 224", [("phone", "+357 96 718 224")], "Τηλέφωνο;"))
A(("Τζαι πληρώνω online, η κάρτα μου " + by4(G_MC2), [("card", by4(G_MC2))]))
A(("Τζαι το email μου christiana παπάκι hotmail τελεία com", [("email", "christiana παπάκι hotmail τελεία com")]))
A(("Αν ακυρώσω, το refund στον λογαριασμό μου, " + by4(G_CY[1]), [("iban", by4(G_CY[1]))]))

# 10. wound-care clinic
A(("Κλινική Τραύματος και Επουλώσεων, καλημέρα σας", []))
A(("Καλημέρα, είμαι ο Παναγιώτης Σταυρακάκης, διαβητικός, έχω ένα έλκος στο πόδι που δεν κλείνει", [("name", "Παναγιώτης Σταυρακάκης")]))
A(("Η πρώτη επίσκεψη 60 ευρώ, και οι αλλαγές 25 η φορά, δύο φορές την εβδομάδα", []))
A(("Είκοσι οχτώ Φεβρουαρίου χίλια εννιακόσια πενήντα ένα", [("date_of_birth", "Είκοσι οχτώ Φεβρουαρίου χίλια εννιακόσια πενήντα ένα")], "Ημερομηνία γέννησης;"))
A(("Τον ΑΦΜ τον έχω εδώ στο εκκαθαριστικό, " + G_AFM[4], [("id", G_AFM[4])]))
A(("Μένω στην Καλλιθέα, Ελευθερίου Βενιζέλου 204, 1ος όροφος", [("address", "Καλλιθέα, Ελευθερίου Βενιζέλου 204, 1ος όροφος")], "Η διεύθυνση για επισκέψεις στο σπίτι;"))
A(("Σταθερό 210 9567 342, το κινητό δεν το ακούω", [("phone", "210 9567 342")]))
A(("Για να επιβεβαιώσω τον ΑΦΜ: " + grp(G_AFM[4], [3, 3, 3]) + ";", [("id", grp(G_AFM[4], [3, 3, 3]))]))
A(("Θα χρεωθεί η κάρτα της κόρης μου, " + by4(G_VISA3), [("card", by4(G_VISA3))]))
A(("Κι η επιστροφή από τον ΕΟΠΥΥ να πάει στο " + by4(G_GR[3]), [("iban", by4(G_GR[3]))]))
A(("και email της κόρης μου, maria.stavr at gmail dot com", [("email", "maria.stavr at gmail dot com")]))

# 11. nightclub table booking
A(("Γεια σου, Club Άστρον, κρατήσεις τραπεζιών", []))
A(("Έλα, θέλω τραπέζι για Σάββατο, είμαστε 8 άτομα", []))
A(("Το τραπέζι δίπλα στην πίστα έχει minimum 600 ευρώ, με 2 φιάλες", []))
A(("Λάκης, Μιχάλης Λαμπράκης", [("name", "Λάκης"), ("name", "Μιχάλης Λαμπράκης")], "Το όνομα;"))
A(("έξι εννιά οχτώ, δύο τέσσερα έξι, εννιά μηδέν εφτά πέντε", [("phone", "έξι εννιά οχτώ, δύο τέσσερα έξι, εννιά μηδέν εφτά πέντε")], "Ωραία Λάκη, κινητό;"))
A(("Προκαταβολή 200 με κάρτα, " + grp(G_AMEX, [4, 6, 5]), [("card", grp(G_AMEX, [4, 6, 5]))]))
A(("Αν δεν έρθουμε, τα λεφτά πίσω στο " + by4(G_GR[5]) + ", και στείλε μου επιβεβαίωση στο lakis_lamprakis@hotmail.gr",
   [("iban", by4(G_GR[5])), ("email", "lakis_lamprakis@hotmail.gr")]))
A(("Για είσοδο θέλουμε 21 και πάνω, πότε γεννήθηκες;", []))
A(("Πέντε Μαΐου του ενενήντα εννιά", [("date_of_birth", "Πέντε Μαΐου του ενενήντα εννιά")], "Για είσοδο θέλουμε 21 και πάνω, πότε γεννήθηκες;"))
A(("Η πόρτα ανοίγει 12:00, dress code, όχι βερμούδες, και το τραπέζι κρατιέται μέχρι τη 1:30", []))

# 12. passport office
A(("Διεύθυνση Διαβατηρίων, καλημέρα", []))
A(("Καλημέρα, θέλω να ρωτήσω πού είναι το διαβατήριό μου, έκανα αίτηση στις 3 Ιουνίου", []))
A(("Ναι, 2024/ΑΘ/118237", [], "Τον αριθμό αίτησης τον έχετε;"))
A(("Ελένη Βασιλείου, 19 Ιανουαρίου 1987", [("name", "Ελένη Βασιλείου"), ("date_of_birth", "19 Ιανουαρίου 1987")], "Ονοματεπώνυμο και ημερομηνία γέννησης παρακαλώ"))
A(("Κυρία Βασιλείου, το διαβατήριο είναι έτοιμο στο Α.Τ. Αμπελοκήπων, παραλαβή 8:00 με 14:00", [("name", "Βασιλείου")]))
A(("Το παράβολο ήταν 84,40 ευρώ, ισχύς 10 χρόνια", []))
A(("Το παράβολο το είχα βγάλει με τον ΑΦΜ μου, " + words(G_AFM[5][:4], EL_W) + ", " + G_AFM[5][4:], [("id", words(G_AFM[5][:4], EL_W) + ", " + G_AFM[5][4:])]))
A(("Αν δεν μπορώ να πάω, μπορεί να το παραλάβει ο άντρας μου με εξουσιοδότηση;", []))
A(("email eleni.vasileiou87 παπάκι yahoo τελεία gr, κινητό 6945 802 117", [("email", "eleni.vasileiou87 παπάκι yahoo τελεία gr"), ("phone", "6945 802 117")]))
A(("Και το δεύτερο παράβολο που πλήρωσα κατά λάθος; Να επιστραφεί στο " + by4(G_GR[4]), [("iban", by4(G_GR[4]))]))

LANGS["el"] = EL


if __name__ == "__main__":
    main()
