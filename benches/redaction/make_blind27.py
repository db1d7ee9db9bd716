#!/usr/bin/env python3
"""Blind redaction evaluation set "blind27" (English, Arabic, Hebrew, Greek).

Written by a helper session working only from a written brief: it never read the
redactor, its rules, its tests, nor any other evaluation set or generator. The
lines imitate speech-recogniser transcripts of customer-service phone calls in
sectors whose English names begin with A-L: art/antiques and number-plate
auction houses, allotment society, beekeepers' cooperative, blood donation,
cord-blood banking, copyright (music royalties) collecting society,
crowdfunding, DNA genealogy testing, domain registration and hosting,
film-extras casting, funeral directors, halal certification, hearing-aid
service, interpreting and certified translation, lotteries and raffles,
libraries, lost property offices. All values are invented; check-digit values
(cards, IBANs, national IDs) are computed here and asserted.

Output: data/redaction/blind27/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive).
Items with empty spans are non-personal and must come out unchanged.

Deterministic, standard library only:  python3 benches/redaction/make_blind27.py
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data",
                   "redaction", "blind27")

# ---------------------------------------------------------------- check digits

def luhn_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn_complete(prefix):
    """prefix digits -> prefix + Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def tz_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = 0
    for i, x in enumerate(d):
        x *= 1 if i % 2 == 0 else 2
        tot += x - 9 if x > 9 else x
    return tot % 10 == 0


def tz_complete(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError


def afm_ok(s):
    d = [int(c) for c in s if c.isdigit()]
    if len(d) != 9:
        return False
    tot = sum(x * 2 ** (8 - i) for i, x in enumerate(d[:8]))
    return tot % 11 % 10 == d[8]


def afm_complete(p8):
    d = [int(c) for c in p8]
    return p8 + str(sum(x * 2 ** (8 - i) for i, x in enumerate(d)) % 11 % 10)


def saudi_complete(p9):
    assert p9[0] in "12"
    return luhn_complete(p9)


def saudi_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


# ---------------------------------------------------------------- spoken digits

W_EN = "zero one two three four five six seven eight nine".split()
W_AR = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
W_HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
W_HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
W_EL = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_DIG = "٠١٢٣٤٥٦٧٨٩"


def say(s, words, sep=" ", oh=False):
    out = []
    for c in s:
        if c.isdigit():
            w = words[int(c)]
            if oh and c == "0":
                w = "oh"
            out.append(w)
    return sep.join(out)


def ar_digits(s):
    return "".join(AR_DIG[int(c)] if c.isdigit() else c for c in s)


# ---------------------------------------------------------------- item builder

def build(items, lang):
    """items: list of (text, [(kind, substring[, occurrence])], context)."""
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, (lang, kind)
            assert sub and sub == sub.strip(), (lang, repr(sub))
            if occ is None:
                occ = 0
                assert text.count(sub) == 1, (lang, "ambiguous/missing", sub, text)
            pos = -1
            for _ in range(occ + 1):
                pos = text.find(sub, pos + 1)
                assert pos >= 0, (lang, "missing", sub, text)
            start = len(text[:pos].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            flat = "".join(str(AR_DIG.index(c)) if c in AR_DIG else c for c in sub)
            if kind == "card" and re.fullmatch(r"[\d \-]+", flat):
                dd = re.sub(r"\D", "", flat)
                assert 13 <= len(dd) <= 19 and luhn_ok(dd), (lang, sub)
            if kind == "iban" and re.fullmatch(r"[A-Za-z]{2}[ \-]?\d{2}[\dA-Z \-]+", flat):
                assert iban_ok(flat.replace("-", "")), (lang, sub)
            if kind == "id" and re.fullmatch(r"[\d \-]+", flat):
                dd = re.sub(r"\D", "", flat)
                assert tz_ok(dd) or afm_ok(dd) or saudi_ok(dd) or ssn_ok(dd), (lang, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda x: x["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], (lang, "overlap", text)
        if not spans:
            check_nonpersonal(text, lang)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


def check_nonpersonal(text, lang):
    """Long digit runs in non-personal items must fail every check."""
    t = "".join(str(AR_DIG.index(c)) if c in AR_DIG else c for c in text)
    for m in re.finditer(r"\d[\d \-]*\d", t):
        d = re.sub(r"\D", "", m.group())
        if len(d) < 9:
            continue
        assert not (13 <= len(d) <= 19 and luhn_ok(d)), (lang, "luhn", text)
        assert not (len(d) == 9 and (tz_ok(d) or afm_ok(d))), (lang, "9-digit", text)
        assert not saudi_ok(d), (lang, "saudi", text)
    for m in re.finditer(r"\b[A-Z]{2}\d{2}[A-Z0-9 ]{10,34}", t):
        assert not iban_ok(m.group()), (lang, "iban", text)


LANGS = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        cnt = {}
        for r in rows:
            for s in r["spans"]:
                cnt[s["kind"]] = cnt.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", empty, "non-personal,",
              sum(cnt.values()), "spans", dict(sorted(cnt.items())))


# ---------------------------------------------------------------- self-tests
assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
assert tz_ok("000000018") and afm_ok(afm_complete("09061490"))
assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456")

# LANGUAGES

# ================================================================ ENGLISH
C1 = luhn_complete("453201779912345")
C2 = luhn_complete("552043118876420")
C3 = luhn_complete("37821455190330")
C4 = luhn_complete("601155440982173")
C5 = luhn_complete("492988120034517")
C6 = luhn_complete("535417760029861")
C7 = luhn_complete("416598002371554")
C8 = luhn_complete("222100456781239")
EI1 = iban_make("GB", "NWBK60161331926819")
EI2 = iban_make("IE", "AIBK93115212345678")
EI3 = iban_make("GB", "BARC20325873001946")
EI4 = iban_make("DE", "500105175407324931")
EI5 = iban_make("IE", "BOFI90001712983406")
EI6 = iban_make("GB", "LOYD30963620871154")
EI7 = iban_make("GB", "HBUK40127645019283")
ES1 = saudi_complete("238104577")
for _s in ("412-58-7731", "209-33-4810", "531 07 2296", "523-61-0847", "148 22 9035", "611-40-2873"):
    assert ssn_ok(_s)

EN = [
    # --- call 1: antiques auction house (UK agent, elderly caller, Yorkshire)
    ("Good morning, Halloran and Pike auctioneers, you're through to Philippa, how can I help?",
     [("name", "Philippa")]),
    ("Morning love, yes, my name's Arthur Beddows, I left a bid on one of your lots.",
     [("name", "Arthur Beddows")]),
    ("Lot two hundred and fourteen, the Royal Doulton jug, I put four hundred and fifty on it.", []),
    ("That one hammered at five hundred and twenty on Thursday the ninth, so I'm afraid you were outbid.", []),
    ("Buyer's premium is twenty four percent plus VAT, and the next sale is the seventeenth of October.", []),
    ("Can I take a postcode for the account? It's LS6 2QT, um, 14 Cardigan Road, Headingley.",
     [("address", "LS6 2QT"), ("address", "14 Cardigan Road, Headingley")]),
    ("It's oh one one three, two seven eight, four four nine one.",
     [("phone", "oh one one three, two seven eight, four four nine one")],
     "And the best number to reach you on?"),
    ("Right it's " + grp(C1) + ", expiry oh nine twenty seven.", [("card", grp(C1))]),
    ("Collection is from the Harrogate saleroom, Unit 3, open ten till four, Monday to Friday.", []),
    # --- call 2: allotment association (older caller, Welsh)
    ("Hello, Penylan Allotment Society, Gethin speaking.", [("name", "Gethin")]),
    ("hiya gethin its bronwen pritchard here from plot forty one", [("name", "bronwen pritchard")]),
    ("The rent's gone up to sixty two pounds fifty for a half plot, payable by the first of April.", []),
    ("The water troughs are switched on from March to October, and the skip comes on the twenty third.", []),
    ("Can you send the renewal form to my email, it's bron dot pritchard sixty at btinternet dot com",
     [("email", "bron dot pritchard sixty at btinternet dot com")]),
    ("I'll put it in the post as well, still 27 Ty Draw Road, Penylan, CF23 5HB, is it?",
     [("address", "27 Ty Draw Road, Penylan, CF23 5HB")]),
    ("Thats it yeah. Oh and my mobile changed, its oh seven nine double four, six one two, three oh eight.",
     [("phone", "oh seven nine double four, six one two, three oh eight")]),
    ("The AGM is at the Bethel chapel hall on Tuesday at seven thirty, bring your own mug.", []),
    # --- call 3: blood donation service (Irish)
    ("You're through to the Blood Transfusion Service donor line, this is Siobhán.", [("name", "Siobhán")]),
    ("Hi there, it's Ciarán Ó Dubhghaill, I want to book in to give blood.",
     [("name", "Ciarán Ó Dubhghaill")]),
    ("Third of the eleventh, ninety-one.", [("date_of_birth", "Third of the eleventh, ninety-one")],
     "can I just confirm your date of birth?"),
    ("Grand. Your last donation was the twelfth of June, so you're eligible after the fourth of September.", []),
    ("We have a clinic in the Clayton Hotel, Galway, on the nineteenth, slots at ten past five or twenty to six.", []),
    ("Your donor number is 4471 0928, that's just for our system.", []),
    ("And is 087 314 2296 still the best number?", [("phone", "087 314 2296")]),
    ("It is, yeah. And the address is Apartment 6, Dún Aengus Court, Newcastle Road, Galway H91 X2E4.",
     [("address", "Apartment 6, Dún Aengus Court, Newcastle Road, Galway H91 X2E4")]),
    # --- call 4: cord blood bank (US)
    ("Thank you for calling LifeCord Family Bank, my name is Destiny, may I have your name please?",
     [("name", "Destiny")]),
    ("Hi, yeah, this is Kayleigh Brandt, I'm thirty four weeks and I want to enroll.",
     [("name", "Kayleigh Brandt")]),
    ("Congratulations! The storage plan is one hundred seventy five a year, or three thousand two hundred for eighteen years.", []),
    ("The collection kit ships within five business days, and the courier fee is one fifty.", []),
    ("Sure, it's four one two, five eight, seven seven three one.",
     [("id", "four one two, five eight, seven seven three one")], "For the mother's record we need your social."),
    ("um February second nineteen ninety", [("date_of_birth", "February second nineteen ninety")],
     "And your date of birth?"),
    ("Due date is the twenty-sixth of November, at St. Luke's in Boise.", []),
    ("Which hospital room number? They gave me room 412 on the maternity floor for the tour.", []),
    ("I'll put the deposit on my Amex, " + grp(C3[:4], 4) + " " + C3[4:10] + " " + C3[10:] + ".",
     [("card", grp(C3[:4], 4) + " " + C3[4:10] + " " + C3[10:])]),
    ("Mailing address for the kit is 2218 North Harrison Street, Apartment B, Boise, Idaho 83702.",
     [("address", "2218 North Harrison Street, Apartment B, Boise, Idaho 83702")]),
    ("Best email, kayleigh underscore brandt at outlook dot com.",
     [("email", "kayleigh underscore brandt at outlook dot com")]),
    ("Your enrollment confirmation number is L C F dash 3 0 9 9 4 1.", []),
    # --- call 5: music royalties collecting society (Nigerian caller)
    ("Good afternoon, you are through to the Performing Rights Collective members line, Tobi speaking.",
     [("name", "Tobi")]),
    ("Good afternoon sir. My name is Chukwuemeka Obi-Nwosu, I am a songwriter, I registered last year.",
     [("name", "Chukwuemeka Obi-Nwosu")]),
    ("It is 00482 7716 31, the one on the letter. And the royalties should go to my Irish account, " + EI2[:2] + " " + say(EI2[2:4], W_EN) + " " + grp(EI2[4:]) + ".",
     [("iban", EI2[:2] + " " + say(EI2[2:4], W_EN) + " " + grp(EI2[4:]))]),
    ("You have three works registered, and the distribution on the fifth of April was one hundred and eighty two pounds forty.", []),
    ("The song Lagos Na Wa had four thousand one hundred streams in quarter two.", []),
    ("Yes. G B " + EI6[2:4] + " " + grp(EI6[4:]) + ".",
     [("iban", "G B " + EI6[2:4] + " " + grp(EI6[4:]))], "We pay into a bank account, can I take the IBAN please?"),
    ("And your email is emeka at obinwosu music dot n g?", [("email", "emeka at obinwosu music dot n g")]),
    ("Yes o. And my phone is plus two three four, eight zero three, five five one, two nine zero seven.",
     [("phone", "plus two three four, eight zero three, five five one, two nine zero seven")]),
    ("The next distribution is in October, and the admin fee is twelve point five percent.", []),
]
EN += [
    # --- call 6: crowdfunding platform (Australian)
    ("G'day, you've reached Backyard Pledge support, Bec here.", [("name", "Bec")]),
    ("Hey Bec, it's Lachlan Thwaites, I'm running the campaign for the community surf club.",
     [("name", "Lachlan Thwaites")]),
    ("No worries Lachie, your campaign's at eighteen thousand four hundred of the twenty-five grand target.",
     [("name", "Lachie")]),
    ("The platform fee's five percent and payment processing is two point nine percent plus thirty cents.", []),
    ("So it's " + EI3[:4] + ", " + EI3[4:8] + " " + EI3[8:14] + ", " + EI3[14:] + ".",
     [("iban", EI3[:4] + ", " + EI3[4:8] + " " + EI3[8:14] + ", " + EI3[14:])],
     "What's the IBAN on the UK account?"),
    ("mobile is oh four one two, three three seven, eight oh nine", [("phone", "oh four one two, three three seven, eight oh nine")]),
    ("And I was born the twenty-ninth of January eighty-seven if you need it.",
     [("date_of_birth", "twenty-ninth of January eighty-seven")]),
    ("The campaign closes on the thirty-first at midnight AEST, then funds settle in seven to ten days.", []),
    ("email's lachie.t@sandgate-slsc.org.au", [("email", "lachie.t@sandgate-slsc.org.au")]),
    # --- call 7: DNA genealogy kit (US, Southern)
    ("Thanks for calling RootsMatch, this is Tyrone, who am I speaking with today?", [("name", "Tyrone")]),
    ("Hi, my name is, uh, Mary-Beth, Mary-Beth Cottingham.",
     [("name", "Mary-Beth", 0), ("name", "Mary-Beth Cottingham")]),
    ("I sent my saliva kit back on the third and it still says processing, it's been six weeks.", []),
    ("The kit barcode is RM 7730 1185 0042, and results usually take four to eight weeks.", []),
    ("Your ancestry shows forty-one percent Scottish and twenty percent Scandinavian, Miss Cottingham.",
     [("name", "Cottingham")]),
    ("I wanna upgrade to the health report, use the Discover card on file, no, a new one, " + C4 + ".",
     [("card", C4)]),
    ("three five two one six, it's 4107 Old Leeds Road, Birmingham Alabama",
     [("address", "three five two one six"), ("address", "4107 Old Leeds Road, Birmingham Alabama")],
     "And the billing address for that card?"),
    ("it's the whole thing, two oh nine, three three, four eight one oh",
     [("id", "two oh nine, three three, four eight one oh")]),
    ("Your match list has three hundred and twelve fourth cousins and one possible half sibling.", []),
    # --- call 8: domain registrar and web hosting (Indian caller)
    ("Welcome to HostKaro support, I am Pradeep, please tell me your registered name.", [("name", "Pradeep")]),
    ("Yes sir, myself Venkatesh Subramaniam, my domain is expiring.",
     [("name", "Venkatesh Subramaniam")]),
    ("Okay Mr Venkatesh, the domain chennaisweets dot in renews on the fourteenth for eight hundred ninety nine rupees.",
     [("name", "Venkatesh")]),
    ("Refunds for the cancelled SSL go to the company account, " + " ".join(EI7[i:i+2] for i in range(0, 22, 2)) + ", it's my own account actually.",
     [("iban", " ".join(EI7[i:i+2] for i in range(0, 22, 2)))]),
    ("The hosting plan is the Business 20 plan with twenty gigabytes, ninety nine point nine percent uptime.", []),
    ("Registered email is venky dot subbu eighty two at gmail dot com, na?",
     [("email", "venky dot subbu eighty two at gmail dot com")]),
    ("Correct. Mobile plus nine one nine eight four one zero double two seven six five.",
     [("phone", "plus nine one nine eight four one zero double two seven six five")]),
    ("Please pay with card, number is " + " ".join(C7[i:i+2] for i in range(0, 16, 2)) + ".",
     [("card", " ".join(C7[i:i+2] for i in range(0, 16, 2)))]),
    ("Your ticket ID is 2024 0611 7359 and the DNS will propagate in twenty four to forty eight hours.", []),
    # --- call 9: film and TV extras casting agency (London)
    ("Crowd Call Casting, Jas speaking.", [("name", "Jas")]),
    ("Hi Jas, it's Femi here, Femi Adeyemi-Hart, I got a text about the period drama.",
     [("name", "Femi", 0), ("name", "Femi Adeyemi-Hart")]),
    ("Yeah, it's a 5 a.m. call at Shepperton, Stage H, on Wednesday the twenty-second, day rate ninety-five pounds.", []),
    ("We need your costume sizes, chest forty, waist thirty-two, shoe ten.", []),
    ("Fourteen oh seven ninety three.", [("date_of_birth", "Fourteen oh seven ninety three")],
     "What's your date of birth?"),
    ("It's on my app, " + grp(EI1) + ".", [("iban", grp(EI1))]),
    ("And send the call sheet to femi at femiadeyemihart dot co dot uk",
     [("email", "femi at femiadeyemihart dot co dot uk")]),
    ("oh and the payroll form wants my social too, six one one dash four zero dash two eight seven three, from my US days",
     [("id", "six one one dash four zero dash two eight seven three")]),
    ("Hair and make-up is at six fifteen, wrap is usually around seven in the evening, overtime at time and a half.", []),
]
EN += [
    # --- call 10: funeral directors (Irish, bereaved caller)
    ("Hello, is that Gallagher's? It's Noreen Keogh, I'm ringing about my father's arrangements.",
     [("name", "Noreen Keogh")]),
    ("He was born the eighth of May, nineteen thirty-nine, in Ballina.",
     [("date_of_birth", "the eighth of May, nineteen thirty-nine")],
     "can you confirm your father's date of birth?"),
    ("Removal is on Thursday at six from the funeral home, and the eleven o'clock Mass on Friday.", []),
    ("The deposit of one thousand five hundred euro, could you do a transfer? The IBAN is " + grp(EI5) + ".",
     [("iban", grp(EI5))]),
    ("Ah no I'll pay by card, it's the Mastercard, " + grp(C2, 4, "-") + ".", [("card", grp(C2, 4, "-"))]),
    ("Send the invoice to noreen keogh fifty-five at eircom dot net please.",
     [("email", "noreen keogh fifty-five at eircom dot net")]),
    # --- call 11: hearing aid service (Australian, older caller)
    ("Yes hello dear, speak up a bit would you, I'm ringing about me hearing aids, the left one whistles.", []),
    ("Sixteenth of August, forty-four.", [("date_of_birth", "Sixteenth of August, forty-four")],
     "Can I get your date of birth to find your file?"),
    ("The warranty runs to March twenty twenty-six, so the repair is free, it takes about ten working days.", []),
    ("We'll send a postage bag to 9 Wattle Crescent, Kiama New South Wales 2533, is that right Mr Doherty?",
     [("address", "9 Wattle Crescent, Kiama New South Wales 2533"), ("name", "Doherty")]),
    ("home phone is oh two four two three two, five five one eight", [("phone", "oh two four two three two, five five one eight")]),
    ("The batteries are size 312, a packet of sixty is forty-nine dollars ninety-five.", []),
    # --- call 12: interpreting agency (UK agency, Saudi interpreter)
    ("Hi, my name is Abdulrahman Al-Otaibi, I'm an Arabic interpreter, you asked me to register.",
     [("name", "Abdulrahman Al-Otaibi")]),
    ("My Saudi national ID is " + ES1[:1] + " " + ES1[1:4] + " " + ES1[4:7] + " " + ES1[7:] + ", sorry, that's my old Iqama.",
     [("id", ES1[:1] + " " + ES1[1:4] + " " + ES1[4:7] + " " + ES1[7:])]),
    ("I also had a US social from my time in Ohio, five three one, oh seven, two two nine six.",
     [("id", "five three one, oh seven, two two nine six")]),
    ("The court job is at Snaresbrook Crown Court, Court 4, nine thirty, minimum three hours at thirty-two pounds an hour.", []),
    ("Phone, plus nine six six, five five, three one two, four four oh seven.",
     [("phone", "plus nine six six, five five, three one two, four four oh seven")]),
    # --- call 13: lottery operator (UK)
    ("hi um I think I've won on the Saturday draw, three numbers and the bonus ball, I'm Shanice Okafor",
     [("name", "Shanice Okafor")]),
    ("Well done! The winning numbers were 4, 11, 23, 29, 38 and 52, bonus 17.", []),
    ("Three plus bonus on that draw paid one hundred and forty pounds, it'll go to your account in two days.", []),
    ("twelve twelve two thousand and one", [("date_of_birth", "twelve twelve two thousand and one")],
     "for security can I take your full date of birth"),
    ("And the card on your player account, is it still the one starting 4929? We have " + grp(C5) + ".",
     [("card", grp(C5))]),
    ("No I changed it, it's five three five four one seven seven six, double oh two nine, eight six one... "
     + say(C6[-1], W_EN) + ".", [("card", "five three five four one seven seven six, double oh two nine, eight six one... " + say(C6[-1], W_EN))]),
    ("Winnings over fifty thousand need a claim form, and the ticket must be received within one hundred and eighty days.", []),
    # --- call 14: library service (US)
    ("Hi, I'm calling about a library card for my son, I'm his mom, Ximena Gutiérrez-Ruiz.",
     [("name", "Ximena Gutiérrez-Ruiz")]),
    ("You have four items overdue since the ninth, twenty-five cents a day each, that's nine dollars fifty.", []),
    ("June 30, 2015.", [("date_of_birth", "June 30, 2015")], "For the child's card, his date of birth?"),
    ("And your SSN is optional, but it's on the old form as 523-61-0847.", [("id", "523-61-0847")]),
    ("The new address is 77 Maple Ridge Drive, Unit 12, Fairfield, Connecticut 06824.",
     [("address", "77 Maple Ridge Drive, Unit 12, Fairfield, Connecticut 06824")]),
    ("The book club meets in Room 2B on the first Tuesday of the month, and the e-book limit is ten titles.", []),
    ("My spouse's social, if you need it, one four eight, two two, nine oh three five.",
     [("id", "one four eight, two two, nine oh three five")]),
    ("And payment for the replacement card, two dollars, on " + C8[:4] + " " + C8[4:8] + " " + say(C8[8:], W_EN) + ".",
     [("card", C8[:4] + " " + C8[4:8] + " " + say(C8[8:], W_EN))]),
    ("Oh and the refund for the lost-book fee can go to my German account from when I worked in Frankfurt, " + EI4 + ".",
     [("iban", EI4)]),
]
LANGS["en"] = EN

# ================================================================ ARABIC
AC1 = luhn_complete("445566120983741")
AC2 = luhn_complete("529415003377162")
AC3 = luhn_complete("588845031277609")
AC4 = luhn_complete("537710662094418")
AC5 = luhn_complete("430157228810946")
AC6 = luhn_complete("37144982736100")
AC7 = luhn_complete("622190448812573")
AC8 = luhn_complete("419873305561208")
AI1 = iban_make("SA", "80000204608016172293")
AI2 = iban_make("AE", "0260001015384726901")
AI3 = iban_make("EG", "0003000120000007741920561")
AI4 = iban_make("JO", "CBJO0010000000000131000302")
AI5 = iban_make("SA", "10000001234000078812")
AI6 = iban_make("AE", "0350000012094418773")
AI7 = iban_make("JO", "ARAB1230000000123456789012")
AI8 = iban_make("SA", "45000000163098227451")
AD1 = saudi_complete("108345172")
AD2 = saudi_complete("229017364")
AD3 = saudi_complete("110587023")
AD4 = saudi_complete("245590318")
AD5 = saudi_complete("103398816")
AD6 = saudi_complete("212006479")
AD7 = saudi_complete("117742095")
AD8 = saudi_complete("250481137")

AR = [
    # --- call 1: halal certification body (UAE, Gulf dialect)
    ("هيئة الاعتماد الحلال، معك شما، كيف أقدر أساعدك؟", [("name", "شما")]),
    ("هلا، معك خليفة بن سالم المهيري، عندي مصنع لحوم في مصفح وأبا أجدد الشهادة.",
     [("name", "خليفة بن سالم المهيري")]),
    ("حياك الله يا أبو سالم، الشهادة رقم HC-2291-07 تنتهي في ١٥ ديسمبر، والتجديد رسومه ٤٥٠٠ درهم.",
     [("name", "أبو سالم")]),
    ("التفتيش الميداني يوم الأحد الجاي الساعة عشر الصبح، والمدة تقريباً ثلاث ساعات.", []),
    ("خط الإنتاج فيه ١٢ عامل، والطاقة ٨٠٠ ذبيحة في اليوم.", []),
    ("المصنع في مصفح الصناعية، شارع ١٦، مستودع رقم ٤٢، أبوظبي",
     [("address", "مصفح الصناعية، شارع ١٦، مستودع رقم ٤٢، أبوظبي")], "وين نرسل المفتش؟ عطني العنوان بالتفصيل."),
    ("رقمي صفر خمسة صفر، سبعة سبعة اثنين، تسعة واحد أربعة ثمانية",
     [("phone", "صفر خمسة صفر، سبعة سبعة اثنين، تسعة واحد أربعة ثمانية")]),
    ("والإيميل khalifa.almheiri@masafah-meats.ae", [("email", "khalifa.almheiri@masafah-meats.ae")]),
    ("الرسوم تنحول على حسابنا، وإذا فيه استرجاع نرجعه على الآيبان حقك.", []),
    ("الآيبان " + grp(AI2) + " باسمي الشخصي", [("iban", grp(AI2))]),
    # --- call 2: cord blood bank (Jordan, Levantine)
    ("مرحبا، بنك دم الحبل السري، معك رنا.", [("name", "رنا")]),
    ("أهلين، أنا اسمي دانة الخطيب، حامل بالشهر الثامن وبدي أسجل.",
     [("name", "دانة الخطيب")]),
    ("يا هلا مدام دانة، الباقة الأساسية ٩٥٠ دينار لعشرين سنة، وفي خصم ١٠٪ إذا دفعتي مرة وحدة.",
     [("name", "دانة")]),
    ("موعد الولادة المتوقع ٣ تشرين الثاني بمستشفى الخالدي.", []),
    ("بدنا تاريخ ميلادك لملف الأم.", []),
    ("اه، ١٩ أيلول ١٩٩٢", [("date_of_birth", "١٩ أيلول ١٩٩٢")], "بدنا تاريخ ميلادك لملف الأم."),
    ("عبدون، شارع القاهرة، عمارة ١٧، الطابق التاني، عمّان",
     [("address", "عبدون، شارع القاهرة، عمارة ١٧، الطابق التاني، عمّان")], "والعنوان لتوصيل الحقيبة؟"),
    ("موبايلي ٠٧٩ ٥٥٨ ٢٣١٤", [("phone", "٠٧٩ ٥٥٨ ٢٣١٤")]),
    ("بدي أدفع التحويل من حسابي، الآيبان JO" + AI4[2:4] + " CBJO " + grp(AI4[8:]),
     [("iban", "JO" + AI4[2:4] + " CBJO " + grp(AI4[8:]))]),
    ("تمام، بعيده عليكي: " + AI4 + "، صح؟", [("iban", AI4)]),
    ("الحقيبة بتوصلك خلال أسبوع، ورقم الشحنة ٧٧٠١٤٣٢٥٦.", []),
    # --- call 3: car number-plate auction (Dubai, Gulf)
    ("مزاد اللوحات المميزة، معك عبدالله.", [("name", "عبدالله")]),
    ("مرحبا، أنا مطر الكتبي، أبا أشارك في مزاد السبت على اللوحة ٧٧٧ كود AA.",
     [("name", "مطر الكتبي")]),
    ("اللوحة سعرها الافتتاحي ٢٥٠ ألف درهم، والتأمين ٢٥ ألف يرجع لك إذا ما فزت.", []),
    ("المزاد في فندق جراند حياة الساعة ٤:٣٠ العصر يوم ١٢ الشهر.", []),
    ("تأمين المشاركة بالبطاقة، عطني الرقم.", []),
    ("البطاقة " + ar_digits(grp(AC1)), [("card", ar_digits(grp(AC1)))], "تأمين المشاركة بالبطاقة، عطني الرقم."),
    ("رقم المزايد حقك ٣١٨، وتقدر تزايد أونلاين بعد.", []),
    ("وعشان العقد نبي تاريخ الميلاد.", []),
    ("مواليد واحد وعشرين خمسة تسعة وثمانين", [("date_of_birth", "واحد وعشرين خمسة تسعة وثمانين")],
     "وعشان العقد نبي تاريخ الميلاد."),
    ("ورقمي زيرو فايف فايف، ثري ون ناين، إيت فور زيرو سكس",
     [("phone", "زيرو فايف فايف، ثري ون ناين، إيت فور زيرو سكس")]),
    # --- call 4: blood donation (Saudi, MSA-ish agent, Najdi caller)
    ("بنك الدم المركزي، السلام عليكم، معك الممرضة هيفاء.", [("name", "هيفاء")]),
    ("وعليكم السلام، معك فيصل العتيبي، أبي أحجز موعد تبرع بالصفائح.",
     [("name", "فيصل العتيبي")]),
    ("حياك يا أخ فيصل، ممكن رقم الهوية الوطنية؟", [("name", "فيصل")]),
    (say(AD1, W_AR), [("id", say(AD1, W_AR))], "ممكن رقم الهوية الوطنية؟"),
    ("آخر تبرع لك كان في ٣ رجب، لازم تنتظر ٥٦ يوم بين كل تبرع والثاني.", []),
    ("عندنا مواعيد يوم الثلاثاء من ٨ الصبح لين ١٢ الظهر، والتبرع ياخذ تقريباً ساعة ونص.", []),
    ("جوالي ٠٥٥ ٣٢١ ٧٧٠٤ ويوصلني عليه الواتساب", [("phone", "٠٥٥ ٣٢١ ٧٧٠٤")]),
    ("ولأخوي بعد أبي أحجز، هويته " + ar_digits(AD3[:4] + " " + AD3[4:7] + " " + AD3[7:]),
     [("id", ar_digits(AD3[:4] + " " + AD3[4:7] + " " + AD3[7:]))]),
    ("نسبة الهيموجلوبين لازم فوق ١٣، والوزن فوق ٥٠ كيلو.", []),
    # --- call 5: crowdfunding platform (Egypt, Egyptian dialect)
    ("منصة إيد واحدة للتمويل الجماعي، معاك كريم، أقدر أساعد حضرتك إزاي؟", [("name", "كريم")]),
    ("أيوه، أنا نرمين عبد الفتاح، عاملة حملة لعملية لبنت أختي.",
     [("name", "نرمين عبد الفتاح")]),
    ("الحملة جمعت ١٨٤ ألف جنيه من ٢٥٠ ألف، وفاضل ١٢ يوم.", []),
    ("عمولة المنصة ٥٪، والسحب بياخد من ٣ لـ ٥ أيام عمل.", []),
    ("عشان السحب محتاجين رقم الآيبان بتاع حضرتك.", []),
    ("آه، هو EG" + AI3[2:4] + " " + " ".join(AI3[i:i+4] for i in range(4, 29, 4)),
     [("iban", "EG" + AI3[2:4] + " " + " ".join(AI3[i:i+4] for i in range(4, 29, 4)))],
     "عشان السحب محتاجين رقم الآيبان بتاع حضرتك."),
    ("والإيميل نرمين اندرسكور عبد الفتاح آت ياهو دوت كوم", [("email", "نرمين اندرسكور عبد الفتاح آت ياهو دوت كوم")]),
    ("موبايلي زيرو واحد واحد، اتنين خمسة اربعة، تمانية سبعة، تلاتة صفر",
     [("phone", "زيرو واحد واحد، اتنين خمسة اربعة، تمانية سبعة، تلاتة صفر")]),
    ("والعنوان للإيصال: ١٤ شارع عباس العقاد، مدينة نصر، الدور التالت شقة ٧",
     [("address", "١٤ شارع عباس العقاد، مدينة نصر، الدور التالت شقة ٧")]),
    ("رقم الحملة على الموقع ٣٠٩٨٢٢ ولو حد سأل يدخل عليه.", []),
]
AR += [
    # --- call 6: certified translation agency (Egypt)
    ("مكتب الترجمة المعتمدة، صباح الخير.", []),
    ("صباح النور، أنا الدكتور هشام الشناوي، عايز أترجم شهادة ميلاد وعقد جواز للسفارة.",
     [("name", "هشام الشناوي")]),
    ("الصفحة الواحدة بـ ٣٥٠ جنيه، والتصديق من الخارجية ١٢٠٠، والاستلام بعد ٤ أيام عمل.", []),
    ("شهادة الميلاد مكتوب فيها مواليد ٧ / ٤ / ١٩٨١، صح كده يا دكتور؟",
     [("date_of_birth", "٧ / ٤ / ١٩٨١")]),
    ("ابعتلنا الصور على الإيميل hesham.elshenawy81@hotmail.com", [("email", "hesham.elshenawy81@hotmail.com")]),
    ("هدفع بالفيزا، الرقم " + " ".join(AC5[i:i+4] for i in range(0, 16, 4)), [("card", " ".join(AC5[i:i+4] for i in range(0, 16, 4)))]),
    ("رقم الطلب عندنا ٥٥٤٠٢٧١٨، احتفظ بيه.", []),
    # --- call 7: funeral services (Levantine, Amman)
    ("مكتب خدمات الجنائز، عظّم الله أجركم.", []),
    ("أجرنا وأجركم، معك أبو يزن، يعني أنا يوسف الحوراني، توفت الوالدة الله يرحمها.",
     [("name", "أبو يزن"), ("name", "يوسف الحوراني")]),
    ("الدفن بعد صلاة الظهر بمقبرة سحاب، وبيت العزا ثلاث أيام من الساعة ٥ للساعة ٩.", []),
    ("لشهادة الوفاة بنحتاج تاريخ ميلاد المرحومة.", []),
    ("مواليد ١٩٤٦، تقريباً أول شهر ثلاثة، يعني ١ / ٣ / ١٩٤٦",
     [("date_of_birth", "١ / ٣ / ١٩٤٦")], "لشهادة الوفاة بنحتاج تاريخ ميلاد المرحومة."),
    ("بيت العزا بجبل الحسين، شارع خالد بن الوليد، قرب دوار فراس، عمارة ٩",
     [("address", "جبل الحسين، شارع خالد بن الوليد، قرب دوار فراس، عمارة ٩")], "وين بيت العزا؟"),
    ("التكلفة الكلية ٦٥٠ دينار بتشمل الكفن والسيارة والقهوة.", []),
    ("رقمي ٠٧٨ ٦٦٣ ٠٩١٢ ولا رقم أخوي زياد ٠٧٧٧٢٠٤٥٥٨",
     [("phone", "٠٧٨ ٦٦٣ ٠٩١٢"), ("name", "زياد"), ("phone", "٠٧٧٧٢٠٤٥٥٨")]),
    # --- call 8: hearing aids (Morocco, Darija)
    ("السلام، مركز السمعيات، معاك سلمى، شنو نقدر نعاونك؟", [("name", "سلمى")]),
    ("السلام عليكم، أنا الحاج عبد الكريم بناني، السماعة ديالي ولات كتصفر.",
     [("name", "عبد الكريم بناني")]),
    ("السماعة عندها ضمان حتى لشهر ستة ٢٠٢٦، والإصلاح كياخد عشرة أيام.", []),
    ("خمسة وعشرين يناير ألف وتسعمية وخمسين", [("date_of_birth", "خمسة وعشرين يناير ألف وتسعمية وخمسين")],
     "عطيني تاريخ الازدياد باش نلقى الملف."),
    ("ساكن ف زنقة ابن بطوطة رقم ١٧، حي المعاريف، الدار البيضاء",
     [("address", "زنقة ابن بطوطة رقم ١٧، حي المعاريف، الدار البيضاء")]),
    ("البيلات ديال السماعة ثمنها ٩٠ درهم للباكية ديال ستة.", []),
    ("التيليفون ديالي زيرو ستة، سبعين، اثنين وعشرين، خمسة وأربعين، تسعطاش",
     [("phone", "زيرو ستة، سبعين، اثنين وعشرين، خمسة وأربعين، تسعطاش")]),
    # --- call 9: raffle / lottery (UAE, expat caller, mixed)
    ("Big Falcon Raffle، مساء الخير، معاك جورج.", [("name", "جورج")]),
    ("مساء النور، اسمي محمد رفيق، اشتريت تذكرتين للسحب الكبير.", [("name", "محمد رفيق")]),
    ("الجائزة الكبرى ٢٠ مليون درهم، والسحب يوم ٣ الشهر الجاي الساعة ٧:٣٠ مساء.", []),
    ("أرقام التذكرتين ٠٤٥٨٨٣ و٠٤٥٨٨٤، كل تذكرة بـ ٥٠٠ درهم.", []),
    ("البطاقة اللي دفعت فيها " + AC2[:4] + " " + AC2[4:8] + " " + AC2[8:12] + " " + AC2[12:],
     [("card", AC2[:4] + " " + AC2[4:8] + " " + AC2[8:12] + " " + AC2[12:])]),
    ("وإذا فزت وين نحول؟ حسابي " + AI6, [("iban", AI6)]),
    ("الإيميل rafiq dot mohd at gmail dot com", [("email", "rafiq dot mohd at gmail dot com")]),
    ("رقم الإقامة للتحقق " + AD2, [("id", AD2)], "عشان نتحقق نحتاج رقم الإقامة."),
    # --- call 10: public library (Saudi, MSA)
    ("مكتبة الملك فهد العامة، قسم العضويات، معك الموظفة نوف الشهري.", [("name", "نوف الشهري")]),
    ("السلام عليكم، أنا طالبة، اسمي ريم القحطاني، أرغب بإصدار بطاقة عضوية.", [("name", "ريم القحطاني")]),
    ("رسوم العضوية السنوية مئة ريال، ويحق لك استعارة خمسة كتب لمدة أسبوعين.", []),
    ("أرجو تزويدي برقم الهوية الوطنية.", []),
    ("رقم الهوية " + ar_digits(AD5), [("id", ar_digits(AD5))], "أرجو تزويدي برقم الهوية الوطنية."),
    ("وتاريخ الميلاد؟", []),
    ("١٤١٩/٨/١٢ هجري", [("date_of_birth", "١٤١٩/٨/١٢")], "وتاريخ الميلاد؟"),
    ("البريد الإلكتروني ريم دوت قحطاني ثلاثة صفر آت كيه إس يو دوت إي دي يو دوت إس إيه",
     [("email", "ريم دوت قحطاني ثلاثة صفر آت كيه إس يو دوت إي دي يو دوت إس إيه")]),
    ("العنوان الوطني: حي النرجس، شارع الأمير سلطان، رقم المبنى ٧٣١٢، الرياض ١٣٣٢٧",
     [("address", "حي النرجس، شارع الأمير سلطان، رقم المبنى ٧٣١٢، الرياض ١٣٣٢٧")]),
    ("المكتبة مفتوحة من الأحد إلى الخميس من ٨ صباحاً حتى ٨ مساءً، والقاعة رقم ٣ للدراسة.", []),
]
AR += [
    # --- call 11: film extras casting (Ouarzazate, Darija + French)
    ("allo, casting dyal Atlas Studios, m3ak Yassine", [("name", "Yassine")]),
    ("سلام ياسين، أنا خديجة أيت الحاج، شفت الإعلان ديال الفيلم التاريخي.", [("name", "ياسين"), ("name", "خديجة أيت الحاج")]),
    ("التصوير غادي يبدا نهار ٢٠ أكتوبر، الخلصة ٣٠٠ درهم فالنهار، والحضور الساعة ٥ الصباح.", []),
    ("عطيني تاريخ الازدياد ديالك.", []),
    ("ثلاثة مارس تسعين", [("date_of_birth", "ثلاثة مارس تسعين")], "عطيني تاريخ الازدياد ديالك."),
    ("والتيليفون؟ +212 661 48 93 07", [("phone", "+212 661 48 93 07")]),
    ("الإيميل ديالي khadija point aithaj arobase gmail point com", [("email", "khadija point aithaj arobase gmail point com")]),
    ("اللباس: الطول ١٦٨، الصباط ٣٨، والشعر طويل.", []),
    # --- call 12: domain and hosting (Jordan, young caller, code-switching)
    ("أهلا وسهلا بشركة استضافة نطاق، معك عمر من الدعم الفني.", [("name", "عمر")]),
    ("هاي عمر، أنا لين الزعبي، الدومين تبعي انتهى والموقع واقف.", [("name", "لين الزعبي")]),
    ("الدومين بيتجدد بـ ١٥ دينار بالسنة، والاستضافة ٤٥ دينار، ورقم التذكرة ٨٨٤٢٠٦٣.", []),
    ("بدي أدفع بالماستر كارد، " + " ".join(AC4[i:i+4] for i in range(0, 16, 4)) + " والانتهاء ٠٨/٢٧",
     [("card", " ".join(AC4[i:i+4] for i in range(0, 16, 4)))]),
    ("لا لا غلط، الكرت التاني، " + AC7, [("card", AC7)]),
    ("والإيميل المسجل lee.zoubi@outlook.com صح؟", [("email", "lee.zoubi@outlook.com")]),
    ("وللفاتورة، حولت من حسابي البنكي " + grp(AI7), [("iban", grp(AI7))]),
    ("السيرفر بيرجع خلال ساعتين، والـ DNS بياخد لـ ٤٨ ساعة.", []),
    # --- call 13: lost property office (Dubai Metro, Indian/Gulf caller)
    ("مكتب المفقودات، مساء الخير.", []),
    ("مساء الخير، نسيت شنطتي في المترو أمس، أنا سلطانة بيغم، مقيمة في الشارقة.", [("name", "سلطانة بيغم")]),
    ("الشنطة لقيناها في محطة يونيون، الرحلة الساعة ٦:١٥، رقم البلاغ LP-٤٠٣٩٢.", []),
    ("عشان الاستلام لازم رقم الإقامة أو الهوية.", []),
    ("عندي إقامة سعودية قديمة " + say(AD4[:5], W_AR) + " " + ar_digits(AD4[5:]),
     [("id", say(AD4[:5], W_AR) + " " + ar_digits(AD4[5:]))], "عشان الاستلام لازم رقم الإقامة أو الهوية."),
    ("عنواني في الشارقة، التعاون، بناية النور، شقة ٩٠٤", [("address", "التعاون، بناية النور، شقة ٩٠٤")]),
    ("وكان في الشنطة بطاقة مدى " + ar_digits(AC3) + " بليز تأكدوا إنها موجودة", [("card", ar_digits(AC3))]),
    ("رسوم التخزين ١٠ دراهم لليوم بعد أول ٧ أيام.", []),
    # --- extra lines from earlier calls (follow-ups)
    ("نسيت أقول، هوية زوجي " + AD7[:3] + "-" + AD7[3:6] + "-" + AD7[6:], [("id", AD7[:3] + "-" + AD7[3:6] + "-" + AD7[6:])],
     "بنك الدم: تحتاجون رقم هوية المرافق؟"),
    ("وحساب الاسترجاع الراجحي " + AI1[:4] + " " + say(AI1[4:], W_AR), [("iban", AI1[:4] + " " + say(AI1[4:], W_AR))]),
    ("رقم الإقامة تبعي " + AD8 + " والهوية الجديدة " + AD6,
     [("id", AD8), ("id", AD6)], "المزاد: نحتاج رقم الهوية أو الإقامة للعقد."),
    ("ادفع العربون بالأمريكان إكسبريس " + AC6[:4] + " " + AC6[4:10] + " " + AC6[10:],
     [("card", AC6[:4] + " " + AC6[4:10] + " " + AC6[10:])]),
    ("وأرسل الفاتورة على فيصل أندرسكور عتيبي آت آي كلاود دوت كوم", [("email", "فيصل أندرسكور عتيبي آت آي كلاود دوت كوم")]),
    ("والآيبان حق زوجتي للتعويض " + grp(AI8), [("iban", grp(AI8))]),
    ("بطاقة ابني الفيزا " + AC8, [("card", AC8)]),
]
LANGS["ar"] = AR

# ================================================================ HEBREW
HC1 = luhn_complete("458003317264509")
HC2 = luhn_complete("532610948827730")
HC3 = luhn_complete("401795220368114")
HC4 = luhn_complete("545762001938826")
HC5 = luhn_complete("37661184025937")
HC6 = luhn_complete("489327716600524")
HC7 = luhn_complete("517308864412095")
HC8 = luhn_complete("455071239984062")
HI1 = iban_make("IL", "0106120004438291057")
HI2 = iban_make("IL", "0126440000018827365")
HI3 = iban_make("IL", "0208710000007712048")
HI4 = iban_make("FR", "30004008120001234567" + "891")
HI5 = iban_make("IL", "0313330000044051982")
HI6 = iban_make("IL", "0117780000062219034")
HI7 = iban_make("GB", "MIDL40051552208374")
HI8 = iban_make("IL", "0206150000003348710")
HZ1 = tz_complete("03418827")
HZ2 = tz_complete("20716549")
HZ3 = tz_complete("31289440")
HZ4 = tz_complete("05992716")
HZ5 = tz_complete("34401862")
HZ6 = tz_complete("02751398")
HZ7 = tz_complete("32087415")
HZ8 = tz_complete("06640293")

HE = [
    # --- call 1: art auction house (Tel Aviv, native speakers)
    ("בית מכירות פומביות גורדון-לוי, מדברת מיכל, שלום.", [("name", "מיכל")]),
    ("שלום מיכל, כאן איתמר ברקוביץ, השארתי הצעה טלפונית על הליטוגרפיה של רובין.",
     [("name", "מיכל"), ("name", "איתמר ברקוביץ")]),
    ("פריט מספר 143 נפתח ב-8,000 דולר, והמכירה ביום שלישי ה-14 בשמונה בערב.", []),
    ("עמלת קונה 22 אחוז פלוס מע\"מ, והתצוגה פתוחה מראשון עד חמישי בין עשר לשש.", []),
    ("בשביל ההשתתפות אני צריכה תעודת זהות.", []),
    ("כן, " + " ".join(HZ1), [("id", " ".join(HZ1))], "בשביל ההשתתפות אני צריכה תעודת זהות."),
    ("ואת כרטיס האשראי לביטחון, " + grp(HC1, 4, "-"), [("card", grp(HC1, 4, "-"))]),
    ("נייד שלי אפס חמש ארבע, שבע שתיים שלוש, תשע תשע אפס אחת",
     [("phone", "אפס חמש ארבע, שבע שתיים שלוש, תשע תשע אפס אחת")]),
    ("המשלוח של היצירה לכתובת רחוב שלמה המלך 31 דירה 4, תל אביב.", [("address", "רחוב שלמה המלך 31 דירה 4, תל אביב")]),
    ("תודה איתמר, אני שולחת את הקטלוג למייל.", [("name", "איתמר")]),
    # --- call 2: cord blood bank (French immigrant caller)
    ("שלום, בנק דם טבורי, אני דנה.", [("name", "דנה")]),
    ("אלו, שלום, אני... קוראים לי סטפני אזולאי, אני בהריון, חודש שביעי.", [("name", "סטפני אזולאי")]),
    ("מזל טוב! המסלול הבסיסי 5,900 שקל לעשרים שנה, או 39 שקל לחודש.", []),
    ("תאריך לידה שלך בבקשה?", []),
    ("vingt-deux... סליחה, עשרים ושתיים באוגוסט תשעים ואחת",
     [("date_of_birth", "עשרים ושתיים באוגוסט תשעים ואחת")], "תאריך לידה שלך בבקשה?"),
    ("והמייל? stephanie.azoulay@orange.fr", [("email", "stephanie.azoulay@orange.fr")]),
    ("אני משלמת מהחשבון בצרפת, IBAN " + grp(HI4), [("iban", grp(HI4))]),
    ("הערכה תגיע תוך חמישה ימי עסקים, ומספר ההזמנה 77310452.", []),
    ("אני גרה ברחוב הרב קוק 9, קומה 2, נתניה", [("address", "רחוב הרב קוק 9, קומה 2, נתניה")]),
    # --- call 3: blood donation service (Ethiopian-Israeli caller)
    ("שירותי הדם, שלום, מדבר אלון.", [("name", "אלון")]),
    ("שלום, אני אבבה טספאי, רציתי לתרום דם ביום חמישי.", [("name", "אבבה טספאי")]),
    ("יש לנו ניידת בקניון הזהב בראשון ביום חמישי מ-10 עד 7, או בבית החולים בשעה 12.", []),
    ("תעודת זהות בבקשה.", []),
    (say(HZ2, W_HE_F), [("id", say(HZ2, W_HE_F))], "תעודת זהות בבקשה."),
    ("ותאריך לידה?", []),
    ("שלושה בינואר אלפיים", [("date_of_birth", "שלושה בינואר אלפיים")], "ותאריך לידה?"),
    ("תרמת לפני 90 יום, אז אתה כבר יכול לתרום שוב, ההמוגלובין היה 14.2.", []),
    ("הטלפון שלי 052-8814073", [("phone", "052-8814073")]),
    # --- call 4: crowdfunding platform (Anglo immigrant)
    ("היי, הגעת לתמיכה של הדסטארט-פלוס, שמי נועה, איך אפשר לעזור?", [("name", "נועה")]),
    ("hi, um, סליחה, העברית שלי not great, my name is ג'ושוע פיינברג, I have a campaign for a kids' theatre",
     [("name", "ג'ושוע פיינברג")]),
    ("אין בעיה ג'וש, הקמפיין הגיע ל-64 אחוז, 128,000 שקל מתוך 200,000.", [("name", "ג'וש")]),
    ("העמלה היא 5 אחוז ועוד 3 אחוז סליקה, הכסף מועבר 14 יום אחרי הסיום.", []),
    ("for the transfer, my Israeli account, " + HI2[:4] + " " + HI2[4:7] + " " + HI2[7:10] + " " + HI2[10:],
     [("iban", HI2[:4] + " " + HI2[4:7] + " " + HI2[7:10] + " " + HI2[10:])]),
    ("and my old UK one in case, " + HI7, [("iban", HI7)]),
    ("המייל josh feinberg at gmail dot com, feinberg with e i", [("email", "josh feinberg at gmail dot com")]),
    ("מספר טלפון, +972 58 441 2096", [("phone", "+972 58 441 2096")]),
    ("הקמפיין נסגר ב-30 בנובמבר בחצות.", []),
    # --- call 5: DNA genealogy (Russian-speaking immigrant, older)
    ("חברת גנומה-שורשים, שלום, מדברת ליאת.", [("name", "ליאת")]),
    ("שלום, שמי ולנטינה קוגן, אני מחפשת קרובים, עשיתי בדיקה לפני חודשיים.", [("name", "ולנטינה קוגן")]),
    ("התוצאות מראות 3 בני דודים מדרגה שנייה, ואחד בארצות הברית.", []),
    ("מספר הערכה שלך הוא GR-5530-118, נכון?", []),
    ("כן. תאריך לידה, אתם שואלים? אחד עשר, אחד עשר, חמישים ושמונה",
     [("date_of_birth", "אחד עשר, אחד עשר, חמישים ושמונה")]),
    ("אני גרה בקריית ים, רחוב ההסתדרות 18 דירה 33", [("address", "קריית ים, רחוב ההסתדרות 18 דירה 33")]),
    ("תשלחי לי מייל, valya kogan שטרודל walla נקודה co נקודה il",
     [("email", "valya kogan שטרודל walla נקודה co נקודה il")]),
    ("הדוח המורחב עולה 249 שקל, ויש מבצע עד סוף החודש.", []),
    ("אני משלמת בכרטיס, " + say(HC2[:8], W_HE_F) + ", " + grp(HC2[8:]), [("card", say(HC2[:8], W_HE_F) + ", " + grp(HC2[8:]))]),
    # --- call 6: hearing aids (older native caller)
    ("מכון שמיעה טובה, מדבר רועי.", [("name", "רועי")]),
    ("כן שלום, מדברת רבקה שטיינברג, אני לא שומעת טוב עם המכשיר החדש.", [("name", "רבקה שטיינברג")]),
    ("המכשיר באחריות עד מרץ 2026, הכיוון הוא בחינם, יש תור ביום רביעי בשעה 11.", []),
    ("תעודת זהות?", []),
    ("אפס שש, שש ארבע, אפס שתיים, תשע... " + say(HZ8[7:], W_HE_F),
     [("id", "אפס שש, שש ארבע, אפס שתיים, תשע... " + say(HZ8[7:], W_HE_F))], "תעודת זהות?"),
    ("הסוללות מספר 13, חבילה של 60 עולה 120 שקל.", []),
    ("אני בבית, הטלפון 03-6412287", [("phone", "03-6412287")]),
]
HE += [
    # --- call 7: interpreting agency (Arab citizen speaking Hebrew)
    ("סוכנות תרגום ומתורגמנות, בוקר טוב.", []),
    ("בוקר אור, שמי סמאח ח'טיב, אני מתורגמנית לערבית, רציתי לעדכן פרטים.", [("name", "סמאח ח'טיב")]),
    ("הדיון בבית משפט השלום בחיפה ביום ראשון ב-8:30, אולם 5, תעריף 180 שקל לשעה.", []),
    ("את יכולה לתת לי תעודת זהות לעדכון?", []),
    ("יעני, כן, " + HZ3[:3] + " " + HZ3[3:6] + " " + HZ3[6:], [("id", HZ3[:3] + " " + HZ3[3:6] + " " + HZ3[6:])],
     "את יכולה לתת לי תעודת זהות לעדכון?"),
    ("החשבון לתשלום השתנה, עכשיו בבנק ערבי ישראלי, " + grp(HI5), [("iban", grp(HI5))]),
    ("אני גרה בשפרעם, שכונת אלנור, רחוב 12 בית 7", [("address", "שפרעם, שכונת אלנור, רחוב 12 בית 7")]),
    ("המייל samah underscore khatib at hotmail dot com", [("email", "samah underscore khatib at hotmail dot com")]),
    ("ההזמנה מספר 4410-228, ונשלח אלייך אישור בוואטסאפ.", []),
    # --- call 8: lottery operator (young native caller, lower case no punctuation)
    ("מפעל הפיס שירות לקוחות מדבר עידו", [("name", "עידו")]),
    ("היי עידו זה שירן מלכה זכיתי בלוטו אני חושבת חמש מספרים", [("name", "עידו"), ("name", "שירן מלכה")]),
    ("המספרים בהגרלה של מוצאי שבת היו 3 9 17 22 28 36 והחזק 5", []),
    ("חמישה מספרים בלי החזק זה 2,140 שקל, מעל 1,000 שקל צריך להגיע לסניף", []),
    ("תאריך לידה בשביל האימות", []),
    ("שלושים ואחד בדצמבר תשעים ותשע", [("date_of_birth", "שלושים ואחד בדצמבר תשעים ותשע")], "תאריך לידה בשביל האימות"),
    ("והכרטיס שלי בלוטו אונליין " + HC3, [("card", HC3)]),
    ("תעודת זהות " + " ".join(HZ4[i:i+3] for i in range(0, 9, 3)), [("id", " ".join(HZ4[i:i+3] for i in range(0, 9, 3)))]),
    ("הסניף ברחוב יפו 97 בירושלים פתוח עד ארבע", []),
    ("פלאפון אפס חמש שלוש, שבע שבע שבע, אחת ארבע שש שתיים", [("phone", "אפס חמש שלוש, שבע שבע שבע, אחת ארבע שש שתיים")]),
    # --- call 9: public library (Russian-speaking immigrant)
    ("ספריה עירונית, שלום, כאן אסתי.", [("name", "אסתי")]),
    ("שלום, מדבר בוריס גולדשטיין, אני רוצה מנוי לספריה, גם לנכד.", [("name", "בוריס גולדשטיין")]),
    ("המנוי השנתי 120 שקל, לגמלאים 60, ויש מדף ספרים ברוסית בקומה 2.", []),
    ("יש לכם שלושה ספרים באיחור מ-5 בספטמבר, הקנס שקל ליום לספר.", []),
    ("תעודת זהות שלי " + say(HZ5, W_HE_M), [("id", say(HZ5, W_HE_M))]),
    ("לנכד תאריך לידה, ארבעה עשר ביוני 2016", [("date_of_birth", "ארבעה עשר ביוני 2016")]),
    ("כתובת, רחוב רגר 140 דירה 16, באר שבע", [("address", "רחוב רגר 140 דירה 16, באר שבע")]),
    ("מייל boris.goldshtein1952@mail.ru", [("email", "boris.goldshtein1952@mail.ru")]),
    ("שעות הפתיחה ראשון עד חמישי 9 עד 19, ושישי עד 12.", []),
    # --- call 10: film extras casting (young, Tel Aviv)
    ("קאסטינג ניצבים, מדברת שקד.", [("name", "שקד")]),
    ("אהלן שקד, זה אביב, אביב כהן-צדוק, קיבלתי הודעה על הצילומים.", [("name", "שקד"), ("name", "אביב", 0), ("name", "אביב כהן-צדוק")]),
    ("הצילומים ביום רביעי ה-22 בנמל יפו, כינוס בחמש וחצי בבוקר, 450 שקל ליום.", []),
    ("מידות: חולצה L, מכנסיים 32, נעליים 43.", []),
    ("לתשלום תביא תעודת זהות וחשבון בנק.", []),
    ("חשבון " + HI3[:2] + " " + say(HI3[2:4], W_HE_M) + " " + " ".join(HI3[i:i+3] for i in range(4, 23, 3)),
     [("iban", HI3[:2] + " " + say(HI3[2:4], W_HE_M) + " " + " ".join(HI3[i:i+3] for i in range(4, 23, 3)))]),
    ("נולדתי ב-7.7.97 אם צריך גיל", [("date_of_birth", "7.7.97")]),
    ("מייל aviv.cz@gmail.com", [("email", "aviv.cz@gmail.com")]),
    ("וגם בשביל הביטוח תעודת זהות " + HZ6, [("id", HZ6)]),
    # --- call 11: domain registrar and hosting (Arab citizen, code-switching)
    ("שלום, אחסון אתרים וירטו, מדבר טל.", [("name", "טל")]),
    ("אהלן טל, מדבר ג'ורג' עזאם מנצרת, האתר של המסעדה נפל.", [("name", "ג'ורג' עזאם")]),
    ("הדומיין פג ב-3 לחודש, החידוש 89 שקל לשנה, והשרת יעלה תוך שעתיים.", []),
    ("אני משלם בויזה, " + " ".join(HC6[i:i+4] for i in range(0, 16, 4)), [("card", " ".join(HC6[i:i+4] for i in range(0, 16, 4)))]),
    ("לא רגע, זה הכרטיס של העסק, שלי זה " + HC7, [("card", HC7)]),
    ("החשבון להחזר " + HI8, [("iban", HI8)]),
    ("הטלפון 04-6578831 או נייד 050 776 2041", [("phone", "04-6578831"), ("phone", "050 776 2041")]),
    ("מספר הכרטיסייה אצלנו 2290417, אפשר לעקוב באתר.", []),
    # --- call 12: lost property, trains (French immigrant)
    ("מחלקת אבידות ומציאות של הרכבת, שלום.", []),
    ("שלום, אני יעל, יעל בן-חמו, שכחתי תיק ברכבת מבנימינה.", [("name", "יעל", 0), ("name", "יעל בן-חמו")]),
    ("הרכבת של 17:42 לתל אביב סבידור, קרון 4? מצאנו תיק שחור.", []),
    ("אפשר לאסוף בתחנת סבידור מרכז, ראשון עד חמישי בין 8 ל-16, דמי שמירה 20 שקל.", []),
    ("בתיק היה כרטיס אשראי, " + HC4, [("card", HC4)]),
    ("וגם הכרטיס הצרפתי שלי " + grp(HC8), [("card", grp(HC8))]),
    ("תשלחו לי הודעה ל-054-3390218", [("phone", "054-3390218")]),
    ("הכתובת שלי בבנימינה, רחוב הנדיב 23", [("address", "בנימינה, רחוב הנדיב 23")]),
    ("אם לא אספתם תוך 90 יום, התיק עובר למשטרה.", []),
    ("החשבון להחזר של דמי הנסיעה " + grp(HI1), [("iban", grp(HI1))]),
    ("מייל יעל בן חמו שטרודל ג'ימייל נקודה קום", [("email", "יעל בן חמו שטרודל ג'ימייל נקודה קום")]),
    ("ומספר התלונה שלך 5501-933, ויש גם הנחה של 25 אחוז ברב-קו.", []),
    ("וכן, כרטיס האמריקן אקספרס גם היה בתיק, " + HC5[:4] + " " + HC5[4:10] + " " + HC5[10:],
     [("card", HC5[:4] + " " + HC5[4:10] + " " + HC5[10:])]),
    ("תעודת זהות שלי " + HZ7[:2] + "-" + HZ7[2:], [("id", HZ7[:2] + "-" + HZ7[2:])]),
]
HE += [
    ("ולהחזר של העמלה, החשבון בדיסקונט " + HI6[:2] + "-" + HI6[2:4] + "-" + HI6[4:], [("iban", HI6[:2] + "-" + HI6[2:4] + "-" + HI6[4:])]),
    ("אממ תאריך לידה שלי, תשעה עשר, שתיים, שמונים ושבע", [("date_of_birth", "תשעה עשר, שתיים, שמונים ושבע")],
     "רק לאימות, מה תאריך הלידה?"),
    ("לאן לשלוח את הקבלה? לשדרות ירושלים 102 קומה 3, יפו", [("address", "שדרות ירושלים 102 קומה 3, יפו")]),
]
LANGS["he"] = HE

# ================================================================ GREEK
GC1 = luhn_complete("451738820946113")
GC2 = luhn_complete("520471196083357")
GC3 = luhn_complete("476602519938804")
GC4 = luhn_complete("549218870041276")
GC5 = luhn_complete("34598817203366")
GC6 = luhn_complete("402360091187425")
GC7 = luhn_complete("516743320958801")
GC8 = luhn_complete("437790815526032")
GI1 = iban_make("GR", "0110125" + "0000004419283746")
GI2 = iban_make("CY", "00200195" + "0000003570199281")
GI3 = iban_make("GR", "0172044" + "0005044077218836")
GI4 = iban_make("GR", "0260301" + "0000260200771934")
GI5 = iban_make("CY", "00500180" + "0018015609823310")
GI6 = iban_make("GR", "0140110" + "0110002001563388")
GI7 = iban_make("DE", "210700200091822736")
GI8 = iban_make("GR", "0110802" + "0000080244916207")
GA = [afm_complete(p) for p in ("04412986", "13372055", "06129844", "11904733",
                                "07755120", "16203348", "04938811", "12067790")]

EL = [
    # --- call 1: auction house (Athens)
    ("Οίκος Δημοπρασιών Βέργος-Αλεξίου, καλημέρα σας, είμαι η Κατερίνα.", [("name", "Κατερίνα")]),
    ("Καλημέρα, με λένε Σπύρο Μαυρογιάννη, θέλω να κάνω τηλεφωνική προσφορά για ένα έργο.",
     [("name", "Σπύρο Μαυρογιάννη")]),
    ("Βεβαίως κύριε Μαυρογιάννη. Είναι η παρτίδα 87, ο πίνακας του Τσαρούχη, εκτίμηση 12.000 με 15.000 ευρώ.",
     [("name", "Μαυρογιάννη")]),
    ("Η δημοπρασία είναι την Τρίτη 14 Μαΐου στις επτά το απόγευμα, στο ξενοδοχείο Μεγάλη Βρεταννία.", []),
    ("Η προμήθεια αγοραστή είναι 25% συν ΦΠΑ.", []),
    ("Για την εγγραφή χρειάζομαι το ΑΦΜ σας.", []),
    (GA[0][:3] + " " + GA[0][3:6] + " " + GA[0][6:], [("id", GA[0][:3] + " " + GA[0][3:6] + " " + GA[0][6:])],
     "Για την εγγραφή χρειάζομαι το ΑΦΜ σας."),
    ("Και μια κάρτα για εγγύηση, " + grp(GC1), [("card", grp(GC1))]),
    ("Το κινητό μου είναι έξι εννιά τέσσερα, τριάντα δύο, πενήντα ένα, εφτά οχτώ τρία.",
     [("phone", "έξι εννιά τέσσερα, τριάντα δύο, πενήντα ένα, εφτά οχτώ τρία")]),
    ("Η παράδοση γίνεται από την αίθουσα στην οδό Ρηγίλλης μέσα σε δέκα εργάσιμες.", []),
    # --- call 2: beekeepers' cooperative (Crete, older caller)
    ("Μελισσοκομικός Συνεταιρισμός, παρακαλώ.", []),
    ("Γεια σας, εδώ ο Μανόλης ο Τζανακάκης, από τις Αρχάνες, μελισσοκόμος.", [("name", "Μανόλης ο Τζανακάκης")]),
    ("Καλώς τον κυρ Μανόλη. Η τιμή του θυμαρίσιου φέτος είναι 7,20 το κιλό, και παραλαμβάνουμε ως 30 Σεπτεμβρίου.",
     [("name", "Μανόλη")]),
    ("Έχω 140 κυψέλες και βγάλαμε καμιά 2.300 κιλά.", []),
    ("Για την πληρωμή να σας δώσω το IBAN. Γιώτα, γκρι, ... G R " + say(GI1[2:4], W_EL) + " " + grp(GI1[4:]),
     [("iban", "G R " + say(GI1[2:4], W_EL) + " " + grp(GI1[4:]))]),
    ("Και το ΑΦΜ μου εεε " + say(GA[1], W_EL), [("id", say(GA[1], W_EL))]),
    ("Διεύθυνση; Αρχάνες Ηρακλείου, οδός Καπετανάκη 8, ΤΚ 70100.",
     [("address", "Αρχάνες Ηρακλείου, οδός Καπετανάκη 8, ΤΚ 70100")]),
    ("Η συνέλευση είναι την Κυριακή στις έντεκα στο καφενείο της πλατείας.", []),
    ("και το σταθερό 2810 752 114", [("phone", "2810 752 114")]),
    # --- call 3: blood donation (Cyprus)
    ("Κέντρο Αιμοδοσίας, καλημέρα, η Άντρη είμαι.", [("name", "Άντρη")]),
    ("Καλημέρα Άντρη, εν ο Χαράλαμπος Χατζηπαναγής, ήθελα να κλείσω ραντεβού να δώσω αίμα.",
     [("name", "Άντρη"), ("name", "Χαράλαμπος Χατζηπαναγής")]),
    ("Έχουμε Τετάρτη 9 του μηνός στις 10:30 ή Πέμπτη στις 3, στη Λευκωσία.", []),
    ("Την ημερομηνία γεννήσεως σας;", []),
    ("Δεκαεννιά του έξι του ογδόντα τέσσερα.", [("date_of_birth", "Δεκαεννιά του έξι του ογδόντα τέσσερα")],
     "Την ημερομηνία γεννήσεως σας;"),
    ("Το κινητό μου ενενήντα εννιά, τέσσερα πέντε έξι, εφτά οχτώ μηδέν",
     [("phone", "ενενήντα εννιά, τέσσερα πέντε έξι, εφτά οχτώ μηδέν")]),
    ("Η τελευταία σας αιμοδοσία ήταν στις 2 Φεβρουαρίου, άρα είστε εντάξει, περνούν οι 3 μήνες.", []),
    ("Μένω Στροβόλο, οδός Αρχαγγέλου 27, διαμέρισμα 102", [("address", "Στροβόλο, οδός Αρχαγγέλου 27, διαμέρισμα 102")]),
    # --- call 4: cord blood bank (Thessaloniki)
    ("Τράπεζα Ομφαλοπλακουντιακού Αίματος, είμαι η Ελπίδα, πώς μπορώ να βοηθήσω;", [("name", "Ελπίδα")]),
    ("Γεια σας, λέγομαι Βασιλική Τσολάκη, αλλά όλοι με λένε Βάσω, είμαι έγκυος 32 εβδομάδων.",
     [("name", "Βασιλική Τσολάκη"), ("name", "Βάσω")]),
    ("Το πακέτο φύλαξης για 25 χρόνια κοστίζει 1.850 ευρώ, ή 12 δόσεις των 160.", []),
    ("Η πιθανή ημερομηνία τοκετού είναι 18 Νοεμβρίου στο Ιατρικό Κέντρο.", []),
    ("Ημερομηνία γέννησης της μητέρας;", []),
    ("3/2/1993", [("date_of_birth", "3/2/1993")], "Ημερομηνία γέννησης της μητέρας;"),
    ("Το email μου είναι vaso κάτω παύλα tsolaki παπάκι yahoo τελεία gr",
     [("email", "vaso κάτω παύλα tsolaki παπάκι yahoo τελεία gr")]),
    ("Διεύθυνση αποστολής του κιτ: Εγνατίας 154, 4ος όροφος, Θεσσαλονίκη 54636",
     [("address", "Εγνατίας 154, 4ος όροφος, Θεσσαλονίκη 54636")]),
    ("Θα πληρώσω με κάρτα, " + GC2[:4] + " " + GC2[4:8] + " " + say(GC2[8:], W_EL), [("card", GC2[:4] + " " + GC2[4:8] + " " + say(GC2[8:], W_EL))]),
    ("Ο αριθμός σύμβασης είναι ΤΟ-2024-07731, θα τον βρείτε στο email.", []),
    # --- call 5: music copyright society (bouzouki player, Athens)
    ("Οργανισμός Συλλογικής Διαχείρισης, Γιώργος, παρακαλώ.", [("name", "Γιώργος")]),
    ("Γεια σου Γιώργο, ο Τάκης Μπαλτάς είμαι, συνθέτης, μέλος με αριθμό 5520.",
     [("name", "Γιώργο"), ("name", "Τάκης Μπαλτάς")]),
    ("Η διανομή του Ιουνίου ήταν 418 ευρώ και 60 λεπτά, από 37 ραδιοφωνικές μεταδόσεις.", []),
    ("Άλλαξα τράπεζα, γράψε το νέο IBAN: " + GI3, [("iban", GI3)]),
    ("Email, takis.baltas@gmail.com", [("email", "takis.baltas@gmail.com")]),
    ("Το τραγούδι Φεγγάρι της Κυψέλης παίχτηκε 1.200 φορές στο Spotify.", []),
    ("ΑΦΜ " + GA[2], [("id", GA[2])], "Χρειάζομαι και το ΑΦΜ σου για την παρακράτηση."),
    ("Η παρακράτηση φόρου είναι 20%, και η επόμενη διανομή τον Δεκέμβριο.", []),
]
EL += [
    # --- call 6: crowdfunding (young Athenian, lower case)
    ("γεια σας είμαι η δανάη κωνσταντίνου έχω την καμπάνια για το καταφύγιο στην αίγινα",
     [("name", "δανάη κωνσταντίνου")]),
    ("Μάλιστα Δανάη, έχετε μαζέψει 6.340 από τα 10.000, και μένουν 9 μέρες.", [("name", "Δανάη")]),
    ("Η χρέωση της πλατφόρμας είναι 5% και τα χρήματα μεταφέρονται σε 7 εργάσιμες.", []),
    ("το iban μου είναι " + grp(GI4.lower()[:2] + GI4[2:]), [("iban", grp(GI4.lower()[:2] + GI4[2:]))]),
    ("και το κινητό μου 6978 441 203", [("phone", "6978 441 203")]),
    ("danai.k@protonmail.com είναι το email", [("email", "danai.k@protonmail.com")]),
    # --- call 7: funeral directors (Cyprus, older caller)
    ("Γραφείο Τελετών Ευαγγέλου, συλλυπητήρια, πώς να σας βοηθήσω;", []),
    ("Ευχαριστώ κόρη μου. Εγώ είμαι η Παναγιώτα Ιωάννου, απεβίωσε ο άντρας μου ο Σάββας.",
     [("name", "Παναγιώτα Ιωάννου"), ("name", "Σάββας")]),
    ("Η κηδεία θα γίνει το Σάββατο στις 11 στον Άγιο Αντώνιο, και το τρισάγιο στις 10:30.", []),
    ("Για το πιστοποιητικό θανάτου χρειάζομαι την ημερομηνία γέννησης του μακαρίτη.", []),
    ("Γεννήθηκε στις εικοσιτρείς Απριλίου του σαράντα εννιά.", [("date_of_birth", "εικοσιτρείς Απριλίου του σαράντα εννιά")],
     "Για το πιστοποιητικό θανάτου χρειάζομαι την ημερομηνία γέννησης του μακαρίτη."),
    ("Το κόστος είναι 2.400 ευρώ μαζί με τα στεφάνια και το καφέ μετά.", []),
    ("Να πληρώσω με έμβασμα, έχω λογαριασμό στην Τράπεζα Κύπρου, " + grp(GI2), [("iban", grp(GI2))]),
    ("Το σπίτι εν στη Λάρνακα, οδός Ζήνωνος Κιτιέως 45, κοντά στην Αγία Φανερωμένη.",
     [("address", "οδός Ζήνωνος Κιτιέως 45")], "Πού θα γίνει η παρηγοριά;"),
    ("Τηλέφωνο 24 652 318", [("phone", "24 652 318")]),
    # --- call 8: hearing aids (older caller, Piraeus)
    ("Ακουστικά Βαρηκοΐας Ηχώ, ο Αλέξης, παρακαλώ.", [("name", "Αλέξης")]),
    ("Ναι, εγώ είμαι η κυρία Φρόσω Λαμπράκη, το ακουστικό μου σφυρίζει.", [("name", "Φρόσω Λαμπράκη")]),
    ("Το ακουστικό έχει εγγύηση ως τον Μάρτιο του 2026, η επισκευή κάνει 10 με 15 μέρες.", []),
    ("Μου λέτε την ημερομηνία γέννησης για να βρω την καρτέλα;", []),
    ("Πέντε Ιουλίου τριάντα οχτώ.", [("date_of_birth", "Πέντε Ιουλίου τριάντα οχτώ")],
     "Μου λέτε την ημερομηνία γέννησης για να βρω την καρτέλα;"),
    ("Μένω στην Καραΐσκου 112, δεύτερος όροφος, Πειραιάς.", [("address", "Καραΐσκου 112, δεύτερος όροφος, Πειραιάς")]),
    ("Το σταθερό μου είναι δύο ένα μηδέν, τέσσερα ένα, εφτά εφτά, μηδέν εννιά, πέντε",
     [("phone", "δύο ένα μηδέν, τέσσερα ένα, εφτά εφτά, μηδέν εννιά, πέντε")]),
    ("Οι μπαταρίες νούμερο 312, το πακέτο των 6 κάνει 8 ευρώ.", []),
    # --- call 9: interpreting agency (Greek-Australian interpreter, code-switching)
    ("Γραφείο Διερμηνείας, καλησπέρα.", []),
    ("Καλησπέρα, είμαι ο Νικ, Nick Papadopoulos, από Μελβούρνη, θέλω να γραφτώ ως διερμηνέας.",
     [("name", "Νικ"), ("name", "Nick Papadopoulos")]),
    ("Η ανάθεση είναι στο Πρωτοδικείο, αίθουσα 5, Πέμπτη 9:00, με αμοιβή 45 ευρώ την ώρα.", []),
    ("Χρειάζομαι ΑΦΜ και τραπεζικό λογαριασμό.", []),
    ("ΑΦΜ " + GA[3][:4] + " " + GA[3][4:], [("id", GA[3][:4] + " " + GA[3][4:])], "Χρειάζομαι ΑΦΜ και τραπεζικό λογαριασμό."),
    ("My bank here is Piraeus, " + GI6, [("iban", GI6)]),
    ("And the email, nick dot papadopoulos at bigpond dot com", [("email", "nick dot papadopoulos at bigpond dot com")]),
    ("my Aussie mobile, plus six one four one two, five five eight, nine zero three",
     [("phone", "plus six one four one two, five five eight, nine zero three")]),
    # --- call 10: lottery operator (young caller)
    ("Εξυπηρέτηση παικτών Τζόκερ, λέγετε.", []),
    ("Ναι γεια, λέγομαι Στέλιος Ραφαηλίδης, νομίζω κέρδισα 5 αριθμούς στο χθεσινό.", [("name", "Στέλιος Ραφαηλίδης")]),
    ("Οι αριθμοί της κλήρωσης ήταν 4, 12, 19, 33, 41 και Τζόκερ 7.", []),
    ("Το 5 χωρίς Τζόκερ πληρώνει 2.850 ευρώ, και πάνω από 500 το παίρνετε από τράπεζα.", []),
    ("Για την πληρωμή θέλουμε ΑΦΜ.", []),
    (say(GA[4][:5], W_EL) + ", " + GA[4][5:], [("id", say(GA[4][:5], W_EL) + ", " + GA[4][5:])], "Για την πληρωμή θέλουμε ΑΦΜ."),
    ("Ημερομηνία γέννησης 11.09.2001", [("date_of_birth", "11.09.2001")]),
    ("Και η κάρτα που έχω στο λογαριασμό παίκτη, " + GC3, [("card", GC3)]),
    ("Ο κωδικός του δελτίου είναι 0421-7788-3390-12, κρατήστε τον.", []),
    # --- call 11: municipal library (Cyprus)
    ("Δημοτική Βιβλιοθήκη Λεμεσού, η Μαρούλλα είμαι.", [("name", "Μαρούλλα")]),
    ("Καλημέρα, ο Κυριάκος Σολομού, θέλω να κάμω κάρτα μέλους για τον εαυτό μου και την κόρη μου.",
     [("name", "Κυριάκος Σολομού")]),
    ("Η συνδρομή είναι 15 ευρώ τον χρόνο, και δανείζεστε 6 βιβλία για 21 μέρες.", []),
    ("Η κόρη μου γεννήθηκε 28 Αυγούστου 2014.", [("date_of_birth", "28 Αυγούστου 2014")]),
    ("Διεύθυνση: Αγίας Φυλάξεως 77, Λεμεσός 3025", [("address", "Αγίας Φυλάξεως 77, Λεμεσός 3025")]),
    ("Κινητό +357 96 418 227", [("phone", "+357 96 418 227")]),
    ("Email kyriakos.solomou παπάκι cytanet τελεία com τελεία cy",
     [("email", "kyriakos.solomou παπάκι cytanet τελεία com τελεία cy")]),
    ("Το πρόστιμο για καθυστέρηση είναι 20 σεντ τη μέρα, και το ωράριο 8 με 7.", []),
    ("Και για τη συνδρομή, κάρτα " + " ".join(GC6[i:i+4] for i in range(0, 16, 4)), [("card", " ".join(GC6[i:i+4] for i in range(0, 16, 4)))]),
    # --- call 12: lost property office (Athens metro)
    ("Γραφείο Απολεσθέντων Αντικειμένων, καλημέρα.", []),
    ("Καλημέρα, είμαι η Ειρήνη Δουλγεράκη, ξέχασα το πορτοφόλι μου στο μετρό στο Σύνταγμα.",
     [("name", "Ειρήνη Δουλγεράκη")]),
    ("Βρέθηκε ένα πορτοφόλι στη γραμμή 3, στις 18:40, στο βαγόνι 2, αριθμός καταγραφής 7702.", []),
    ("Μέσα είχε δύο κάρτες, τη Visa " + grp(GC4) + " και μια American Express " + GC5[:4] + " " + GC5[4:10] + " " + GC5[10:],
     [("card", grp(GC4)), ("card", GC5[:4] + " " + GC5[4:10] + " " + GC5[10:])]),
    ("Το ΑΦΜ μου να σας πω; " + GA[5], [("id", GA[5])]),
    ("Μπορείτε να το παραλάβετε από τον σταθμό Σύνταγμα, Δευτέρα με Παρασκευή 8 με 3.", []),
    ("Το email μου ειρήνη ντουλ παπάκι gmail τελεία κομ", [("email", "ειρήνη ντουλ παπάκι gmail τελεία κομ")]),
    ("Μένω Παγκράτι, Υμηττού 63", [("address", "Παγκράτι, Υμηττού 63")]),
    ("και κινητό εξήντα εννιά, σαράντα τέσσερα, μηδέν πέντε, εξήντα εφτά, είκοσι ένα",
     [("phone", "εξήντα εννιά, σαράντα τέσσερα, μηδέν πέντε, εξήντα εφτά, είκοσι ένα")]),
]
EL += [
    # --- follow-ups in the same calls
    ("Κύριε Σπύρο, για την εξόφληση θα σας στείλω τα στοιχεία μας στο email, ποιο είναι;", [("name", "Σπύρο")]),
    ("spiros underscore mavro sixty at hotmail dot com, με γιώτα στο spiros",
     [("email", "spiros underscore mavro sixty at hotmail dot com")]),
    ("Την προηγούμενη φορά πληρώσατε στις 3 Απριλίου ποσό 4.750 ευρώ για την παρτίδα 112.", []),
    ("Ο σύζυγος θα πληρώσει από τον δικό του λογαριασμό, " + GI8[:4] + " " + say(GI8[4:11], W_EL) + " " + grp(GI8[11:]),
     [("iban", GI8[:4] + " " + say(GI8[4:11], W_EL) + " " + grp(GI8[11:]))]),
    ("Το ΑΦΜ του συζύγου, " + GA[6][:2] + " " + GA[6][2:5] + " " + GA[6][5:], [("id", GA[6][:2] + " " + GA[6][2:5] + " " + GA[6][5:])]),
    ("Η γυναίκα μου ζούσε στη Γερμανία, η σύνταξή της πάει στο " + grp(GI7), [("iban", grp(GI7))]),
    ("Και το ΑΦΜ της μακαρίτισσας; Όχι, λάθος, εννοώ της κόρης μου, " + GA[7], [("id", GA[7])]),
    ("Η κάρτα του γιου μου, πέντε ένα έξι εφτά, " + GC7[4:8] + " " + GC7[8:12] + " " + GC7[12:],
     [("card", "πέντε ένα έξι εφτά, " + GC7[4:8] + " " + GC7[8:12] + " " + GC7[12:])]),
    ("Εγώ γεννήθηκα το εβδομήντα πέντε, δώδεκα Μαρτίου, αν το χρειάζεστε.",
     [("date_of_birth", "το εβδομήντα πέντε, δώδεκα Μαρτίου")]),
    ("Και για το ενοίκιο της κυψέλης, πληρώνω από Κύπρο, " + GI5, [("iban", GI5)]),
    ("Πάρε και την άλλη κάρτα, " + GC8[:4] + "-" + GC8[4:8] + "-" + GC8[8:12] + "-" + GC8[12:],
     [("card", GC8[:4] + "-" + GC8[4:8] + "-" + GC8[8:12] + "-" + GC8[12:])]),
    ("Η επόμενη κλήρωση είναι την Πέμπτη στις 22:00, και το τζακπότ φτάνει τα 3,2 εκατομμύρια.", []),
    ("Το κατάστημα Ευρυδίκη στην Εθνική Οδό, στο ύψος της Λαμίας, είναι σημείο παραλαβής.", []),
]
LANGS["el"] = EL

# END LANGUAGES
if __name__ == "__main__":
    main()
