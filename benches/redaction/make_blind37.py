#!/usr/bin/env python3
"""Held-out redaction evaluation set "blind37".

Written by a helper session working only from a written brief. The helper never read
the redactor, its rules, its tests, or any other evaluation set or generator; the lines
below are invented from general knowledge of how people talk on customer-service calls
(public services, government offices, courts, utilities and non-profits).

Running this script (standard library only, deterministic) writes
    data/redaction/blind37/{en,ar,he,el}.jsonl
relative to the repository root. Each line is one JSON object:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive); they are
  computed here by searching for each span's substring and asserted.
- context (optional) is an earlier line of the same call; it is not scored.
- Items with empty spans are non-personal and must come out unchanged.
All values are invented; check-digit values (card Luhn, IBAN mod-97, Israeli Teudat
Zehut, Greek AFM, Saudi ID/Iqama) are computed below, and long non-personal numbers are
asserted to fail those checks.
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits

def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def luhn(prefix):
    """Complete a digit string with its Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "FR": 27, "KW": 30, "QA": 29,
            "BH": 22, "LB": 28}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    """Build an IBAN (no spaces) with computed check digits."""
    bban = bban.replace(" ", "")
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (s, len(s))
    assert iban_ok(s)
    return s


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def tz_ok(d):
    if len(d) != 9:
        return False
    s = 0
    for i, c in enumerate(d):
        n = int(c) * (1 if i % 2 == 0 else 2)
        s += n if n < 10 else n - 9
    return s % 10 == 0


def tz(eight):
    for c in "0123456789":
        if tz_ok(eight + c):
            return eight + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(eight):
    d = eight + str((sum(int(eight[i]) * 2 ** (8 - i) for i in range(8)) % 11) % 10)
    assert afm_ok(d)
    return d


def saudi_ok(d):
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def saudi(nine):
    assert nine[0] in "12"
    return luhn(nine)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def any_check_ok(d):
    """True if a digit string would pass any personal-number check."""
    if 13 <= len(d) <= 19 and luhn_ok(d):
        return True
    if len(d) == 9 and (tz_ok(d) or afm_ok(d)):
        return True
    if len(d) == 10 and saudi_ok(d):
        return True
    return False

# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
EN_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
            "eighteen nineteen").split()
EN_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def en_pair(p, zero="oh"):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return zero + " " + EN_D[b]
    if a == 1:
        return EN_TEENS[b]
    return EN_TENS[a] + ("" if b == 0 else "-" + EN_D[b])


def en_digits(s, zero="zero", double=False, sep=" "):
    """Digits as words; groups separated in s by spaces become sep-joined groups."""
    out = []
    for g in s.split():
        w = []
        i = 0
        while i < len(g):
            c = g[i]
            word = zero if c == "0" else EN_D[int(c)]
            if double and i + 1 < len(g) and g[i + 1] == c and not (i + 2 < len(g) and g[i + 2] == c):
                w.append("double " + word)
                i += 2
                continue
            w.append(word)
            i += 1
        out.append(" ".join(w))
    return sep.join(out)


AR_D = ["صفر", "واحد", "اثنين", "ثلاثة", "أربعة", "خمسة", "ستة", "سبعة", "ثمانية", "تسعة"]
AR_D_LEV = ["صفر", "واحد", "تنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"]
AR_D_EG = ["صفر", "واحد", "اتنين", "تلاتة", "أربعة", "خمسة", "ستة", "سبعة", "تمانية", "تسعة"]
AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def ar_digits(s, table=AR_D, sep=" "):
    return sep.join(" ".join(table[int(c)] for c in g) for g in s.split())


def ar_ind(s):
    return s.translate(AR_IND)


HE_F = ["אפס", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"]
HE_M = ["אפס", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"]


def he_digits(s, table=HE_F, sep=" "):
    return sep.join(" ".join(table[int(c)] for c in g) for g in s.split())


EL_D = ["μηδέν", "ένα", "δύο", "τρία", "τέσσερα", "πέντε", "έξι", "εφτά", "οχτώ", "εννιά"]
EL_TEENS = ["δέκα", "έντεκα", "δώδεκα", "δεκατρία", "δεκατέσσερα", "δεκαπέντε", "δεκαέξι",
            "δεκαεφτά", "δεκαοχτώ", "δεκαεννιά"]
EL_TENS = ["", "", "είκοσι", "τριάντα", "σαράντα", "πενήντα", "εξήντα", "εβδομήντα",
           "ογδόντα", "ενενήντα"]


def el_digits(s, sep=" "):
    return sep.join(" ".join(EL_D[int(c)] for c in g) for g in s.split())


def el_pair(p):
    a, b = int(p[0]), int(p[1])
    if a == 0:
        return "μηδέν " + EL_D[b]
    if a == 1:
        return EL_TEENS[b]
    return EL_TENS[a] + ("" if b == 0 else " " + EL_D[b])


def el_pairs(s, sep=" "):
    """Greek digits read two by two ("εξήντα εφτά"); an odd leading digit alone."""
    out = []
    for g in s.split():
        w = []
        if len(g) % 2:
            w.append(EL_D[int(g[0])])
            g = g[1:]
        w += [el_pair(g[i:i + 2]) for i in range(0, len(g), 2)]
        out.append(" ".join(w))
    return sep.join(out)

# ---------------------------------------------------------------- building items

DIGIT_RUN = re.compile(r"\d(?:[ .\-]?\d)*")


def build(items, lang):
    out = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        b = text.encode("utf-8")
        cur = 0
        js = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, (lang, kind)
            sb = sub.encode("utf-8")
            pos = b.find(sb, cur)
            assert pos >= 0, (lang, "span not found in order", sub, text)
            end = pos + len(sb)
            assert b[pos:end].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (lang, repr(sub))
            js.append({"kind": kind, "start": pos, "end": end})
            cur = end
        if not spans:
            # long numbers in non-personal lines must fail every check
            plain = text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
            for m in DIGIT_RUN.finditer(plain):
                d = re.sub(r"\D", "", m.group())
                assert not any_check_ok(d), (lang, "non-personal number passes a check", d, text)
        obj = {"text": text, "spans": js}
        if ctx:
            obj["context"] = ctx
        out.append(obj)
    return out


LANGS = {}

# ================================================================ data

# ---------------------------------------------------------------- English, part 1
# Calls: county-court small-claims filing office; Blue Badge disabled-parking permit office;
# coroner's office; probate registry; district-heating network billing; sea-rescue
# lifeboat charity donations.
_c1 = luhn("453201776408215")        # Visa
_c2 = luhn("552384190066371")        # Mastercard
_c3 = luhn("37914420586103")         # Amex, 15
_c4 = luhn("601100947731820")        # Discover
_ib1 = iban("GB", "LOYD30962178534016")
_ib2 = iban("IE", "AIBK93115241660873")
_ss1 = "412-58-3307"
_tz1 = tz("33845170")
assert ssn_ok(_ss1) and luhn_ok(_c1) and luhn_ok(_c3)

EN = [
    # small-claims filing office
    ("Good morning, County Court Money Claims Centre, you're speaking with Gareth, how can I help?",
     [("name", "Gareth")]),
    ("Morning. Yes, my name is Chukwuemeka Okafor, but everybody calls me Emeka, I filed a claim last week against my former landlord.",
     [("name", "Chukwuemeka Okafor"), ("name", "Emeka")]),
    ("Okay Emeka, have you got the claim number there? It starts with two letters and then some digits.",
     [("name", "Emeka")]),
    ("Yes it's K9QZ 41 07, sorry K9QZ4107. The amount was one thousand eight hundred and fifty pounds plus the seventy pound fee.",
     []),
    ("Right, I can see that claim. The defendant has fourteen days from service to respond, so that takes us to the 23rd of May.",
     []),
    ("And the hearing, if it goes to a hearing, would that be at Croydon or at Bromley?",
     []),
    ("Usually it's transferred to the defendant's home court, so that would be Bromley County Court on this one.",
     []),
    ("To confirm your identity Mr Okafor can I take your date of birth please?",
     [("name", "Okafor")]),
    ("Nineteenth of the eleventh, nineteen eighty-one.",
     [("date_of_birth", "Nineteenth of the eleventh, nineteen eighty-one")],
     "To confirm your identity Mr Okafor can I take your date of birth please?"),
    ("and the address we've got for you is it still flat 3 42 Gipsy Hill London SE19 1QS",
     [("address", "flat 3 42 Gipsy Hill London SE19 1QS")]),
    ("No, I moved. The new address is 17B Adelaide Road, Penge, SE20 7DB.",
     [("address", "17B Adelaide Road, Penge, SE20 7DB")]),
    ("Zero seven nine four six, three one eight, two two five.",
     [("phone", "Zero seven nine four six, three one eight, two two five")],
     "Best number to reach you on?"),
    ("If you want to pay the hearing fee now it's a hundred and fifteen pounds, I can take a card over the phone.",
     []),
    ("Okay, it's a Visa, " + grp(_c1) + ", expiry oh eight twenty-seven.",
     [("card", grp(_c1))]),
    ("That's gone through, your payment reference is 88 31 04 57 20, keep that safe.",
     []),

    # Blue Badge permit office
    ("Blue Badge team, Aoife speaking.",
     [("name", "Aoife")]),
    ("Hello love, it's Bernie Whelan here, Bernadette Whelan, I'm ringing about renewing my badge, it runs out on the thirtieth of June.",
     [("name", "Bernie Whelan"), ("name", "Bernadette Whelan")]),
    ("No problem Mrs Whelan. Can you give me your badge number, it's on the front, sixteen characters or so.",
     [("name", "Whelan")]),
    ("Oh God, hang on, my glasses. W H E L 5 5 0 3 1 2 B 0 9 2 0 6, is that what you want?",
     []),
    ("The third of March, 1946. I'm seventy-eight, I'm not getting any younger.",
     [("date_of_birth", "The third of March, 1946")],
     "That's the one. And your date of birth for me?"),
    ("And are you still at 9 Sunnybank Terrace?",
     [("address", "9 Sunnybank Terrace")]),
    ("I am yes, 9 Sunnybank Terrace, Ballyhaunis... well it's Mayo but you know, F35 XK20.",
     [("address", "9 Sunnybank Terrace, Ballyhaunis"), ("address", "F35 XK20")]),
    ("The renewal fee is ten pounds and it takes up to twelve weeks, so please don't leave it later than April.",
     []),
    ("Is it alright to park on the double yellows outside Tesco for three hours with it?",
     []),
    ("Up to three hours on single or double yellows, yes, as long as you display the clock showing your arrival time.",
     []),
    ("could you send the form to my daughter's email she does all that for me it's siobhan dot whelan 62 at gmail dot com",
     [("email", "siobhan dot whelan 62 at gmail dot com")]),
    ("So that's S I O B H A N dot W H E L A N six two at gmail.com?",
     [("email", "S I O B H A N dot W H E L A N six two at gmail.com")]),

    # coroner's office
    ("Coroner's office, this is Dev, I'm one of the coroner's officers.",
     [("name", "Dev")]),
    ("Hi, um, my name's Priya, Priya Raghunathan, it's about my father, the inquest.",
     [("name", "Priya"), ("name", "Priya Raghunathan")]),
    ("I'm very sorry for your loss, Priya. Do you have the case reference? It's on the letter, CO slash 2024 slash 0 0 6 1 8.",
     [("name", "Priya")]),
    ("The pre-inquest review is listed for Tuesday the 9th at ten thirty, courtroom two, it should take about forty minutes.",
     []),
    ("Can I get the post-mortem report before that? My brother is flying in from Bangalore on the sixth.",
     []),
    ("We'll need to verify you as next of kin. What's your own date of birth, Ms Raghunathan?",
     [("name", "Raghunathan")]),
    ("It's 14/02/1979.",
     [("date_of_birth", "14/02/1979")],
     "We'll need to verify you as next of kin. What's your own date of birth, Ms Raghunathan?"),
    ("plus four four seven seven double oh, nine four one, five six six",
     [("phone", "plus four four seven seven double oh, nine four one, five six six")],
     "and a phone number in case the listing moves"),
    ("The report is forty-two pages, we can email a password protected copy, or post it recorded delivery, that's first class, arrives in two days.",
     []),
    ("Email please, it's priya.r at raghunathan-law dot co dot uk",
     [("email", "priya.r at raghunathan-law dot co dot uk")]),

    # probate registry
    ("Probate enquiries, you're through to Marcus.",
     [("name", "Marcus")]),
    ("G'day Marcus, Darren Pike, well Dazza, calling from Perth, Western Australia, it's about my late aunt's estate in Hampshire.",
     [("name", "Marcus"), ("name", "Darren Pike"), ("name", "Dazza")]),
    ("Right, Mr Pike. Applications submitted since March are taking about sixteen weeks, I'm afraid, and yours went in on the 2nd of April.",
     [("name", "Pike")]),
    ("Crikey. The estate's worth about three hundred and ten grand, the fee was two seventy-three quid, I paid that already.",
     []),
    ("Mobile's oh four one two, five five three, eight nine oh. Or with the sixty-one in front from there.",
     [("phone", "oh four one two, five five three, eight nine oh")],
     "What's the best number for you, bearing in mind the time difference?"),
    ("The solicitor wants the refund of the overpaid fee to go to my UK account, the IBAN is " + grp(_ib1) + ".",
     [("iban", grp(_ib1))]),
    ("Let me read it back: " + " ".join(_ib1[:4]) + ", " + grp(_ib1[4:]) + ", correct?",
     [("iban", " ".join(_ib1[:4]) + ", " + grp(_ib1[4:]))]),
    ("Spot on. And the grant will go to my aunt's house, that's the executor's address, 4 Mill Lane, Bishop's Waltham, SO32 1AF.",
     [("address", "4 Mill Lane, Bishop's Waltham, SO32 1AF")]),

    # district heating billing
    ("Hi, this is Kirsty McAllister, I'm in one of the flats on the heat network at Dalmarnock and my bill's gone through the roof.",
     [("name", "Kirsty McAllister")]),
    ("Sorry to hear that Kirsty. The unit rate went up from 9.8p to 14.2p per kilowatt hour on the first of October, and the standing charge is 61p a day.",
     [("name", "Kirsty")]),
    ("I used 1,460 kilowatt hours in January, that's madness for a two bedroom flat.",
     []),
    ("Your heat meter serial is 7730 2219 4156 6043, I'll book an engineer to check it, the next slot is Thursday between eight and one.",
     []),
    ("aye it's I E " + en_digits(_ib2[2:4]) + " A I B K " + en_digits(grp(_ib2[8:], 3)) + " sorry it's an Irish account my partner's",
     [("iban", "I E " + en_digits(_ib2[2:4]) + " A I B K " + en_digits(grp(_ib2[8:], 3)))],
     "for the direct debit we'll need the new bank details"),

    # lifeboat charity donations
    ("Thank you for calling the lifeboat appeal, my name's Tunde, are you calling to make a donation?",
     [("name", "Tunde")]),
    ("Yes, I'd like to give fifty pounds in memory of a friend, he was on the crew at Wells for twenty-two years.",
     []),
    (en_digits(grp(_c2), zero="oh") + ", and the security code is two four one",
     [("card", en_digits(grp(_c2), zero="oh"))],
     "That's very kind. Can I take the long number on the card?"),
    ("It's American Express, " + _c3[:4] + " " + _c3[4:10] + " " + _c3[10:] + ", it's my husband's card but he's here.",
     [("card", _c3[:4] + " " + _c3[4:10] + " " + _c3[10:])]),
    ("The boat costs about two point two million pounds, and it's launched around forty times a year from that station.",
     []),
]
LANGS["en"] = EN

# ---------------------------------------------------------------- English, part 2
# Calls: prison-visits booking line; US Social Security card replacement office; organ-donor
# register; migrant-workers legal-aid clinic (Riyadh); state ombudsman complaints (Israel);
# street-lighting fault line; council noise-nuisance team; freedom-of-information office.
_c5 = luhn("492913305528460")        # Visa debit
_c6 = luhn("535461070019834")        # Mastercard
_c7 = luhn("675950012288731")        # Maestro 16
_c8 = luhn("4024007199326")          # Visa 13
_ib3 = iban("DE", "370400440532013000")
_ib4 = iban("SA", "80000000608010167519")
_ib5 = iban("GB", "BARC20325373014477")
_ss2, _ss3, _ss4, _ss5 = "287-46-1093", "531 07 2264", "046-83-5512", "623-19-8840"
for _s in (_ss2, _ss3.replace(" ", "-"), _ss4, _ss5):
    assert ssn_ok(_s)
assert not ssn_ok("666-12-3456") and not ssn_ok("912-34-5678")
_iq1 = saudi("241977305")            # Iqama
_tz2 = tz("21475039")

EN += [
    # prison visits booking
    ("Visits booking line. Are you booking a social visit or a legal visit?",
     []),
    ("social visit for my brother he's on C wing his prison number is A7731KD",
     []),
    ("Visiting sessions are Monday, Wednesday and Saturday, two till four. Saturday the 14th is full, I've got Wednesday the 18th at two.",
     []),
    ("Kayleigh Dobson, and it's the second of August two thousand and one.",
     [("name", "Kayleigh Dobson"), ("date_of_birth", "the second of August two thousand and one")],
     "And the lead visitor's details, your name and date of birth?"),
    ("You can bring two adults and three children, and up to twenty-five pounds in coins for the vending machines, no notes.",
     []),
    ("Can you text the confirmation to oh seven seven one two, nine oh four, three seven one? No wait, three seven six.",
     [("phone", "oh seven seven one two, nine oh four, three seven one? No wait, three seven six")]),

    # US Social Security card replacement
    ("Social Security Administration, this call may be recorded. What's the reason for your call today?",
     []),
    ("Yeah hi I need a replacement card, my wallet got stolen at the game on Sunday.",
     []),
    (en_digits(_ss2.replace("-", " ")) + ".",
     [("id", en_digits(_ss2.replace("-", " ")))],
     "Okay. Can I have the Social Security number?"),
    ("Uh, July fourth, no, June fourth, 1988. I always say July.",
     [("date_of_birth", "June fourth, 1988")],
     "And your date of birth, month day year."),
    ("You're allowed three replacement cards in a year and ten in a lifetime; the card will arrive in ten to fourteen business days.",
     []),
    ("mail it to 2217 North Kedzie Avenue apartment 3R Chicago Illinois 60647",
     [("address", "2217 North Kedzie Avenue apartment 3R Chicago Illinois 60647")]),
    ("My mom also needs hers replaced, her number is " + _ss3 + ", she's sitting right here.",
     [("id", _ss3)]),
    ("the field office on Western Avenue is open nine to four Monday through Friday except Wednesdays when we close at noon",
     []),
    ("It's marisol underscore vega at yahoo dot com, m a r i s o l.",
     [("email", "marisol underscore vega at yahoo dot com")]),
    ("My SSN? Sure, " + _ss4 + ". Sorry, " + _ss5 + " is my husband's, the first one is mine.",
     [("id", _ss4), ("id", _ss5)],
     "I'll need the Social Security number on the account."),

    # organ donor register
    ("Organ Donor Register, thanks for holding. Are you registering a decision or updating one?",
     []),
    ("Updating, I registered in 2009 when I got my driving licence, but I want to add my eyes now, I'd left them off.",
     []),
    ("twenty-first of the ninth eighty-six",
     [("date_of_birth", "twenty-first of the ninth eighty-six")],
     "What date of birth did you register with?"),
    ("It's O-L-U-W-A-S-E-U-N dot A-D-E-Y-E-M-I at outlook dot com.",
     [("email", "O-L-U-W-A-S-E-U-N dot A-D-E-Y-E-M-I at outlook dot com")],
     "We'll send an updated confirmation. What's the email?"),
    ("About six thousand people are waiting for a transplant, and around seven thousand families were approached last year.",
     []),

    # migrant-workers legal-aid clinic, Riyadh (Indian caller in English)
    ("Hello madam, I am calling the legal help clinic, my sponsor has not paid salary for four months, from Rabi al-Awwal.",
     []),
    ("Iqama number is " + en_digits(_iq1[:5]) + ", " + en_digits(_iq1[5:]) + ".",
     [("id", en_digits(_iq1[:5]) + ", " + en_digits(_iq1[5:]))],
     "I understand. What is your Iqama number?"),
    ("Salary is one thousand eight hundred riyals, plus food allowance three hundred, total owed is eight thousand four hundred.",
     []),
    ("zero five six, four four one, eight zero two seven. WhatsApp also same number only.",
     [("phone", "zero five six, four four one, eight zero two seven")],
     "Your Saudi mobile?"),
    ("Salary account IBAN is " + _ib4 + ", Al Rajhi, in my name.",
     [("iban", _ib4)]),
    ("The labour court hearing is usually within thirty days, the case number will come by SMS, something like 4507 2291 38.",
     []),

    # state ombudsman complaints, Israel (Anglo immigrant)
    ("Hi, I'm calling about a complaint, I made aliyah from New Jersey in 2019 and the Ministry has ignored three letters.",
     []),
    ("Sure, it's " + _tz1[:3] + "-" + _tz1[3:6] + "-" + _tz1[6:] + ".",
     [("id", _tz1[:3] + "-" + _tz1[3:6] + "-" + _tz1[6:])],
     "Can I have your teudat zehut number?"),
    ("And for my wife, " + en_digits(_tz2, zero="zero") + ", that's my wife's.",
     [("id", en_digits(_tz2, zero="zero"))]),
    ("My Israeli cell is oh five four, seven two two, nineteen sixty-three.",
     [("phone", "oh five four, seven two two, nineteen sixty-three")]),
    ("Complaints are answered within ninety days, the file number is 2024-11853, quote that.",
     []),

    # street lighting
    ("I'm reporting a street light out, it's the one on the corner of Jubilee Road by the Spar, column number 0147.",
     []),
    ("It's been out since the fifth, and the one outside the Methodist church on King Street flickers every night from about 10 p.m.",
     []),
    ("Thanks, that's logged as fault 3391 0822, our contractor aims to fix it within five working days, seven for a cable fault.",
     []),

    # noise nuisance team
    ("It's Ms Adaeze Nwosu, N W O S U.",
     [("name", "Adaeze Nwosu")],
     "Environmental health noise team, can I take your name?"),
    ("I live at 61 Coniston Court, Harrow Road, W9 3RL, the noise is from number 59.",
     [("address", "61 Coniston Court, Harrow Road, W9 3RL")]),
    ("Keep the diary sheets for fourteen days, note the time, say 11:45 p.m. to 2 a.m., and the type of noise.",
     []),
    ("Oh two oh, eight nine six nine, four four one two.",
     [("phone", "Oh two oh, eight nine six nine, four four one two")],
     "A number to call you back on if an officer is out on Friday night?"),

    # freedom of information office
    ("Information rights team. Your request was received on the 3rd and we have twenty working days to respond, so by the 31st.",
     []),
    ("I'd like the figures for 2019 to 2023, the number of fixed penalty notices by ward, there are twenty-one wards.",
     []),
    ("Please send the disclosure to foi.requests at the-ledger-news dot co dot uk, I'm the reporter on it, Rhys Pritchard.",
     [("email", "foi.requests at the-ledger-news dot co dot uk"), ("name", "Rhys Pritchard")]),
    ("If the request costs more than four hundred and fifty pounds to answer, that's eighteen hours of officer time, we can refuse it.",
     []),

    # more payments (lifeboat charity, small-claims office, FOI copying fee)
    ("go on, " + en_digits(grp(_c5), zero="oh", double=True) + " expires eleven twenty-six",
     [("card", en_digits(grp(_c5), zero="oh", double=True))],
     "can I pay the copying fee of twelve pounds forty on my debit card"),
    ("The card is " + _c6 + ", start date oh three twenty-two.",
     [("card", _c6)]),
    ("It's a Maestro, " + grp(_c7) + ", sorry, it's an old one but it still works.",
     [("card", grp(_c7))]),
    ("Old Visa card, thirteen digits: " + _c8[:4] + " " + _c8[4:7] + " " + _c8[7:10] + " " + _c8[10:] + ".",
     [("card", _c8[:4] + " " + _c8[4:7] + " " + _c8[7:10] + " " + _c8[10:])]),
    ("That's " + grp(_c4, sep="-") + ", Discover, yeah.",
     [("card", grp(_c4, sep="-"))]),
    ("For the monthly gift by bank transfer from Germany, my IBAN is " + grp(_ib3) + ".",
     [("iban", grp(_ib3))]),
    ("The account for the refund, hang on, it's a Barclays one, " + grp(_ib5) + ".",
     [("iban", grp(_ib5))]),
    ("The gift aid adds twenty-five pence for every pound, so your fifty becomes sixty-two fifty.",
     []),
]

# ---------------------------------------------------------------- English, part 3
# Call: victim-support charity referral line; more lines from the calls above.
_ib6 = iban("IE", "BOFI90001712345678")
_ib7 = iban("CY", "002001950000357001234567")
_ss6 = "508-72-4419"
assert ssn_ok(_ss6)
EN += [
    ("Victim support line, you're safe to talk? Okay. The police passed on a referral, crime number 45/118730/24.",
     []),
    ("um it's the it's the twenty-ninth of February ninety-two, leap year baby",
     [("date_of_birth", "the twenty-ninth of February ninety-two")],
     "Can I confirm your date of birth before we go on?"),
    ("The compensation scheme needs the application within two years of the incident, and awards start at one thousand pounds.",
     []),
    ("Use my work one, it's 0161 496 0732, extension 214, only between nine and five.",
     [("phone", "0161 496 0732")],
     "is there a safe number we can call, one he doesn't know"),
    ("yeah make it sunflower dot lagos eighty-eight at proton dot me, all lower case",
     [("email", "sunflower dot lagos eighty-eight at proton dot me")],
     "And an email that's only yours?"),
    ("The emergency fund can pay for a lock change, up to two hundred and fifty pounds, paid straight into your account.",
     []),
    ("My account's Irish, Bank of Ireland, " + grp(_ib6) + ".",
     [("iban", grp(_ib6))]),
    ("My mum was born on 5.10.1961, she's the one on the tenancy, will that matter?",
     [("date_of_birth", "5.10.1961")]),
    # probate: Cypriot account of a beneficiary
    ("The second beneficiary is in Limassol, his account is " + grp(_ib7) + ", with Bank of Cyprus.",
     [("iban", grp(_ib7))]),
    ("and his mobile over there is plus three five seven nine nine, six one two, four oh eight",
     [("phone", "plus three five seven nine nine, six one two, four oh eight")]),
    # Social Security: a second caller
    ("yeah the number's " + _ss6.replace("-", "") + " no dashes and my birthday is 03-17-1975",
     [("id", _ss6.replace("-", "")), ("date_of_birth", "03-17-1975")],
     "I'll need the Social Security number and your date of birth."),
    # coroner's office: a funeral director
    ("Send the release form to the funeral director, it's ops at kingsley hyphen and hyphen sons dot co dot uk.",
     [("email", "ops at kingsley hyphen and hyphen sons dot co dot uk")]),
    # Blue Badge: change of address
    ("We're moving her in with us, the new address will be 22 Rosemount Avenue, Castlebar.",
     [("address", "22 Rosemount Avenue, Castlebar")]),
    ("Her number there will be oh nine four, nine oh two, double five three one.",
     [("phone", "oh nine four, nine oh two, double five three one")]),
    ("Ring me on +1 (312) 555-0148 if anything else is needed, I'm back in Chicago on Monday.",
     [("phone", "+1 (312) 555-0148")]),
]

# ---------------------------------------------------------------- Arabic, part 1
# Calls: civil-defence fire-safety certificate office (Riyadh, Gulf); Sharia-court marriage
# contract appointments (Amman, Levantine); Dubai district-cooling billing (Emirati / MSA);
# Egyptian ration-card (tamween) office (Egyptian); Moroccan medical-assistance card office
# (Darija).
_asa1 = saudi("108843217")           # Saudi national ID
_asa2 = saudi("246105538")           # Iqama
_asa3 = saudi("110472096")
_aib1 = iban("SA", "10000001403277584160")
_aib2 = iban("JO", "ARAB1210000000001230450801")
_aib3 = iban("AE", "0330000019100234567")
_ac1 = luhn("446404998207315")       # mada / Visa
_ac2 = luhn("507803116690274")       # Meeza
_ac3 = luhn("529415020088126")

AR = [
    # civil defence certificate office, Riyadh
    ("الدفاع المدني، إدارة التراخيص، معك أخوك فهد، تفضل.",
     [("name", "فهد")]),
    ("السلام عليكم، معك عبدالرحمن الشهري، عندي محل مواد بناء وأبي أجدد شهادة السلامة.",
     [("name", "عبدالرحمن الشهري")]),
    ("وعليكم السلام يا أستاذ عبدالرحمن، رقم الرخصة عندك؟ يبدأ بأربعين.",
     [("name", "عبدالرحمن")]),
    ("إيه، الرخصة ٤٠١٧٣٣٨٢، والمساحة تقريباً ثلاثمية وخمسين متر، وفيه مستودع ورا.",
     []),
    ("طيب، رقم الهوية لو سمحت؟",
     []),
    (ar_digits(_asa1[:4]) + "، " + ar_digits(_asa1[4:7]) + "، " + ar_digits(_asa1[7:]),
     [("id", ar_digits(_asa1[:4]) + "، " + ar_digits(_asa1[4:7]) + "، " + ar_digits(_asa1[7:]))],
     "طيب، رقم الهوية لو سمحت؟"),
    ("الرسوم ألف ومية ريال، والزيارة الميدانية بعد خمسة أيام عمل، يعني الأحد الجاي بين تسعة واثنعش.",
     []),
    ("وش العنوان الوطني للمحل؟",
     []),
    ("العنوان الوطني RRNA4421، مبنى ٧٨١٢، شارع الأمير مشعل، حي السويدي، الرياض ١٢٧٩٢.",
     [("address", "RRNA4421، مبنى ٧٨١٢، شارع الأمير مشعل، حي السويدي، الرياض ١٢٧٩٢")],
     "وش العنوان الوطني للمحل؟"),
    ("جوالي " + ar_ind("0553148207") + "، وإذا ما رديت كلم الموظف حقي.",
     [("phone", ar_ind("0553148207"))]),
    ("والموظف حقي بنغالي، رقم إقامته " + _asa2 + "، يتكلم عربي شوي.",
     [("id", _asa2)]),
    ("أبي أدفع بالمدى، الرقم " + grp(_ac1) + ".",
     [("card", grp(_ac1))]),
    ("تم يا طويل العمر، رقم السداد ٩٩٠٢٤٤٨١٣٦، والشهادة تصدر خلال ٤٨ ساعة بعد الزيارة.",
     []),
    ("طفايات الحريق لازم تكون ستة كيلو، وحدة لكل مية متر، وتاريخ الصيانة ما يتعدى سنة.",
     []),

    # Sharia court marriage contract, Amman
    ("المحكمة الشرعية بعمّان، مرحبا.",
     []),
    ("مرحبا، أنا اسمي رنا الخطيب، بدي أحجز موعد لعقد القران، أنا وخطيبي.",
     [("name", "رنا الخطيب")]),
    ("أهلين آنسة رنا، لازم فحص ما قبل الزواج أول، بيطلع بعد ثلاث أيام، وبعدين بتحجزي.",
     [("name", "رنا")]),
    ("عملناه الفحص بـ ١٢ آذار، وبدنا الموعد بأول نيسان إذا في، يوم الخميس أحسن.",
     []),
    ("شو تاريخ ميلادك؟",
     []),
    ("تلاتة وعشرين تمانية تسعة وتسعين",
     [("date_of_birth", "تلاتة وعشرين تمانية تسعة وتسعين")],
     "شو تاريخ ميلادك؟"),
    ("واسم الخاطب الكامل؟",
     []),
    ("يزن محمود العبادي، هو من إربد بس ساكنين بعمان.",
     [("name", "يزن محمود العبادي")],
     "واسم الخاطب الكامل؟"),
    ("المهر المقدم دينار واحد والمؤخر عشرة آلاف، هيك اتفقوا الأهل.",
     []),
    ("رسوم العقد خمسة وعشرين دينار، وبتجيبوا شاهدين مع هوياتهم.",
     []),
    ("رقمي صفر سبعة تسعة، خمسة تلاتة تمانية، واحد أربعة، صفر سبعة.",
     [("phone", "صفر سبعة تسعة، خمسة تلاتة تمانية، واحد أربعة، صفر سبعة")]),
    ("ابعتيلي الأوراق على الإيميل rana.khatib94@gmail.com",
     [("email", "rana.khatib94@gmail.com")]),
    ("الموعد يوم الخميس ٤ نيسان الساعة ١١ ونص، قاعة رقم ٣، الطابق الثاني.",
     []),

    # Dubai district cooling billing
    ("شكراً لاتصالك بخدمة العملاء للتبريد المركزي، معك مريم، كيف أقدر أساعدك؟",
     [("name", "مريم")]),
    ("مرحبا مريم، أنا سلطان بن حمد المري، الفاتورة هالشهر ألفين وسبعمية درهم، وايد.",
     [("name", "مريم"), ("name", "سلطان بن حمد المري")]),
    ("يا أستاذ، رسوم السعة ثابتة، ٨٥ فلس لكل طن تبريد، والاستهلاك ٥٣ فلس للطن ساعة.",
     []),
    ("رقم الحساب عندك؟ عشرة أرقام يبدأ بـ ٧٠.",
     []),
    ("٧٠٠٠٤٨١٣٦٦، الشقة ١٥٠٤، برج الندى، دبي مارينا.",
     []),
    ("حاب أحول الخصم المباشر على حساب ثاني، الآيبان " + _aib3 + ".",
     [("iban", _aib3)]),
    ("خلني أعيده: " + " ".join(_aib3[:2]) + " " + _aib3[2:4] + " " + grp(_aib3[4:], 3) + "، صح؟",
     [("iban", " ".join(_aib3[:2]) + " " + _aib3[2:4] + " " + grp(_aib3[4:], 3))]),
    ("زيرو فايف زيرو، سبعة سبعة تسعة، ثلاثة اثنين واحد أربعة",
     [("phone", "زيرو فايف زيرو، سبعة سبعة تسعة، ثلاثة اثنين واحد أربعة")],
     "ورقم الموبايل المسجل؟"),
    ("الفاتورة القادمة بتصدر يوم ٢٨ في الشهر، والمبلغ المستحق ٢٬٧٤٠ درهم، وعندك مهلة ٢٠ يوم.",
     []),

    # Egyptian ration card office
    ("مكتب التموين، أيوه يا فندم.",
     []),
    ("أيوه يا أستاذ، أنا اسمي سعاد، سعاد عبد الفتاح يعني، عايزة أضيف بنتي على البطاقة.",
     [("name", "سعاد"), ("name", "سعاد عبد الفتاح")]),
    ("حاضر يا حاجة سعاد، البنت مولودة إمتى؟",
     [("name", "سعاد")]),
    ("مواليد عشرة تسعة ألفين وعشرين",
     [("date_of_birth", "عشرة تسعة ألفين وعشرين")],
     "حاضر يا حاجة سعاد، البنت مولودة إمتى؟"),
    ("الإضافة متوقفة دلوقتي إلا للمواليد قبل ٢٠١٨، وكل فرد ليه خمسين جنيه دعم في الشهر.",
     []),
    ("طب أنا ساكنة في ١٤ شارع السد العالي، عزبة النخل، الدور التالت، ينفع أنقل البطاقة لمكتب قريب؟",
     [("address", "١٤ شارع السد العالي، عزبة النخل، الدور التالت")]),
    ("رقم الموبايل بتاعك يا حاجة؟",
     []),
    ("صفر واحد صفر، اتنين تمانية، سبعة سبعة، تلاتة، صفر تسعة واحد",
     [("phone", "صفر واحد صفر، اتنين تمانية، سبعة سبعة، تلاتة، صفر تسعة واحد")],
     "رقم الموبايل بتاعك يا حاجة؟"),
    ("الصرف من أول الشهر لحد يوم ٢٥، كيلو رز وزجاجة زيت وكيلو سكر للفرد.",
     []),
    ("ادفعي غرامة بدل الفاقد عشرين جنيه بكارت ميزة، الرقم " + _ac2 + ".",
     [("card", _ac2)]),

    # Moroccan medical-assistance card office
    ("ألو، السلام عليكم، بغيت نسول على لاكارط ديال الراميد، سالات ليا.",
     []),
    ("مرحبا، شنو سميتك الكاملة؟",
     []),
    ("سميتي فاطمة الزهراء بنعلي، ولكن كيعيطو ليا زهرة.",
     [("name", "فاطمة الزهراء بنعلي"), ("name", "زهرة")]),
    ("لالة زهرة، خاصك تجيبي شهادة السكنى وشهادة الدخل، والتجديد كل ثلاث سنين.",
     [("name", "زهرة")]),
    ("أنا ساكنة فـ زنقة ابن سينا رقم 27، حي المسيرة، مراكش.",
     [("address", "زنقة ابن سينا رقم 27، حي المسيرة، مراكش")]),
    ("زيرو ستة، واحد تمانية، ربعة أربعة، زوج سبعة، تسعة خمسة",
     [("phone", "زيرو ستة، واحد تمانية، ربعة أربعة، زوج سبعة، تسعة خمسة")],
     "عطيني النمرة ديال التيليفون"),
    ("المستشفى الجامعي محمد السادس كيستقبل من الثامنة حتى الرابعة، والمصلحة فالطابق الأول.",
     []),
]
LANGS["ar"] = AR

# ---------------------------------------------------------------- Arabic, part 2
# Calls: orphan-sponsorship charity (Kuwait, Gulf); zakat fund office (Jordan); Saudi
# social-housing application line (MSA / Gulf); Red Crescent volunteer registration
# (Beirut, Levantine); public defender's office (Arab citizen of Israel); waqf
# endowments office (Cairo).
_ac4 = luhn("485960220173644")
_ac5 = luhn("37422185506631")          # Amex 15
_ac6 = luhn("526702894410539")
_ac7 = luhn("458976031288702")
_aib4 = iban("KW", "NBOK0000000000001000372151")
_aib5 = iban("EG", "0019000500000000263180002")
_aib6 = iban("JO", "CAAB1110000000003201775104")
_aib7 = iban("SA", "45800000002390144671")
_aib8 = iban("MA", "011519000001205000534921")
_asa4 = saudi("104518839")
_asa5 = saudi("223067915")
_atz1 = tz("30582746")
_asa6 = saudi("115907264")

AR += [
    # orphan sponsorship charity, Kuwait
    ("جمعية كفالة الأيتام، صباح الخير، معاك نوف.",
     [("name", "نوف")]),
    ("صباح النور، أنا بو فيصل، اسمي بدر العنزي، أبي أكفل يتيم بشكل شهري.",
     [("name", "بدر العنزي")]),
    ("حياك الله أخوي، الكفالة خمسة وعشرين دينار بالشهر، وتقدر تختار الدولة، اليمن أو السودان أو سوريا.",
     []),
    ("خلها تنقص من حسابي، الآيبان " + grp(_aib4) + ".",
     [("iban", grp(_aib4))]),
    ("وإذا تبي بالبطاقة الحين: " + grp(_ac4) + " ونقطع أول شهر.",
     [("card", grp(_ac4))]),
    ("التقرير السنوي عن اليتيم يوصلك بشهر ديسمبر، فيه الصور والدرجات.",
     []),
    ("الإيميل bader underscore alenezi at hotmail dot com",
     [("email", "bader underscore alenezi at hotmail dot com")]),
    ("رقمي تسعة تسعة سبعة، ثمانية واحد، صفر أربعة اثنين، يعني ٩٩٧٨١٠٤٢ بدون مفتاح.",
     [("phone", "تسعة تسعة سبعة، ثمانية واحد، صفر أربعة اثنين"), ("phone", "٩٩٧٨١٠٤٢")]),

    # zakat fund, Jordan
    ("صندوق الزكاة، مرحبا فيك.",
     []),
    ("مرحبا، بدي أسأل عن المعونة الشهرية لأمي، هي أرملة وعمرها اثنين وستين سنة.",
     []),
    ("المعونة بين خمسين ومية وعشرين دينار حسب عدد أفراد الأسرة، وبتتجدد كل ست شهور.",
     []),
    ("شو تاريخ ميلاد الوالدة؟",
     []),
    ("١٩٦٢/٠٤/١٧",
     [("date_of_birth", "١٩٦٢/٠٤/١٧")],
     "شو تاريخ ميلاد الوالدة؟"),
    ("جبل النصر، شارع الأمير حسن، عمارة ١٩، الطابق الأرضي، جنب مسجد الرحمة.",
     [("address", "جبل النصر، شارع الأمير حسن، عمارة ١٩، الطابق الأرضي")],
     "والعنوان؟"),
    ("بدنا الحساب يلي بتنزل عليه المعونة",
     []),
    ("حسابها في كابيتال بنك، " + grp(_aib6) + "، باسمها.",
     [("iban", grp(_aib6))],
     "بدنا الحساب يلي بتنزل عليه المعونة"),
    ("والزكاة عن مالي أنا، عندي تلاتة آلاف دينار صرلها سنة، يعني اثنين ونص بالمية، خمسة وسبعين دينار؟",
     []),
    ("بدفعها بالفيزا، " + en_digits(grp(_ac7)) + "، انتهاء ١١/٢٨.",
     [("card", en_digits(grp(_ac7)))]),

    # Saudi social housing
    ("مرحباً بك في خدمة عملاء الإسكان التنموي، معك عبدالله، كيف أخدمك؟",
     [("name", "عبدالله")]),
    ("السلام عليكم، أنا نورة القحطاني، قدمت على الدعم السكني من سنتين وما وصلني شي.",
     [("name", "نورة القحطاني")]),

    ("رقم الهوية " + ar_ind(_asa4) + ".",
     [("id", ar_ind(_asa4))],
     "يا أختي، أعطيني رقم الهوية الوطنية."),
    ("ثمانية رجب ألف وأربعمية وعشرة",
     [("date_of_birth", "ثمانية رجب ألف وأربعمية وعشرة")],
     "تاريخ الميلاد بالهجري؟"),
    ("الطلب رقم ٣٣١٠٥٨٧٤٢ تحت الدراسة، وعدد الأسر المستفيدة هالسنة ٩٠ ألف أسرة، والقرض يصل إلى ٥٠٠ ألف ريال.",
     []),
    ("وزوجي مقيم، رقم إقامته " + ar_digits(_asa5) + "، يدخل بالطلب؟",
     [("id", ar_digits(_asa5))]),
    ("حساب الدعم على الراجحي، " + " ".join(_aib7[:2]) + " " + ar_digits(_aib7[2:4]) + " " + grp(_aib7[4:]) + ".",
     [("iban", " ".join(_aib7[:2]) + " " + ar_digits(_aib7[2:4]) + " " + grp(_aib7[4:]))]),
    ("بريدي نورة نقطة القحطاني آت آوتلوك دوت سا",
     [("email", "نورة نقطة القحطاني آت آوتلوك دوت سا")]),
    ("ولا لحظة، الإيميل بالإنجليزي: noura.alqahtani@outlook.sa",
     [("email", "noura.alqahtani@outlook.sa")]),
    ("أخوي رقم هويته " + _asa6[:5] + " " + _asa6[5:] + "، هو اللي بيراجع عني.",
     [("id", _asa6[:5] + " " + _asa6[5:])]),

    # Red Crescent volunteer registration, Beirut
    ("الصليب الأحمر اللبناني، مركز التطوع، أهلاً.",
     []),
    ("أهلين، أنا كريستيل حداد، بدي سجّل كمسعفة متطوعة، عمري ١٩ سنة.",
     [("name", "كريستيل حداد")]),
    ("أهلا كريستيل، الدورة ١٢٠ ساعة، بتبلش بـ ٦ تشرين الأول، كل سبت وأحد من ٨ الصبح.",
     [("name", "كريستيل")]),
    ("ميلادك بأي سنة بالضبط؟ بدي اليوم والشهر كمان.",
     []),
    ("مواليد ١٤ شباط ٢٠٠٥.",
     [("date_of_birth", "١٤ شباط ٢٠٠٥")],
     "ميلادك بأي سنة بالضبط؟ بدي اليوم والشهر كمان."),
    ("ساكنة بمنطقة الأشرفية، شارع مار مخايل، بناية عازار، الطابق الرابع.",
     [("address", "الأشرفية، شارع مار مخايل، بناية عازار، الطابق الرابع")],
     "وين ساكنة؟"),
    ("رقمي تلاتة، تمانية تلاتة، صفر تسعة، سبعة تنين، يعني ٠٣ ٨٣٠ ٩٧٢",
     [("phone", "تلاتة، تمانية تلاتة، صفر تسعة، سبعة تنين"), ("phone", "٠٣ ٨٣٠ ٩٧٢")]),
    ("والإيميل christelle dot haddad at yahoo dot com",
     [("email", "christelle dot haddad at yahoo dot com")]),
    ("المركز بالكرنتينا، مفتوح ٢٤ ساعة، وبيستقبل حوالي ٤٠ مهمة بالليلة.",
     []),

    # public defender's office (Arab citizen of Israel)
    ("مكتب الدفاع العام، شالوم، مرحبا.",
     []),
    ("مرحبا، أنا سامر، سامر أبو ريّا من سخنين، ابني انعقل امبارح وبدنا محامي.",
     [("name", "سامر"), ("name", "سامر أبو ريّا")]),
    (ar_digits(_atz1[:3], AR_D_LEV) + "، " + ar_digits(_atz1[3:6], AR_D_LEV) + "، " + ar_digits(_atz1[6:], AR_D_LEV),
     [("id", ar_digits(_atz1[:3], AR_D_LEV) + "، " + ar_digits(_atz1[3:6], AR_D_LEV) + "، " + ar_digits(_atz1[6:], AR_D_LEV))],
     "رقم هوية الابن؟"),
    ("الجلسة لتمديد الاعتقال بكرا الساعة عشرة بمحكمة الصلح بالناصرة، قاعة ٧.",
     []),
    ("رقم تلفوني ٠٥٠-٦٢١-٤٤٨٣.",
     [("phone", "٠٥٠-٦٢١-٤٤٨٣")]),
    ("وإيميل المحامية: m.haj at pd dash court dot org",
     [("email", "m.haj at pd dash court dot org")]),

    # waqf endowments office, Cairo
    ("هيئة الأوقاف، إدارة الإيجارات، اتفضل.",
     []),
    ("أنا المستأجر لمحل في عمارة الوقف، إيجاري ٣٥٠ جنيه من ١٩٨٧، والإنذار بيقول ٢٠٠٠ جنيه.",
     []),
    ("عنوان المحل اللي مأجره؟",
     []),
    ("٨ شارع الخليج المصري، باب الخلق، الدور الأرضي، محل رقم ٣.",
     [("address", "٨ شارع الخليج المصري، باب الخلق، الدور الأرضي، محل رقم ٣")],
     "عنوان المحل اللي مأجره؟"),
    ("وانا اسمي الحاج عبد الستار حسنين، ومولود خمسة وعشرين عشرة تسعتاشر خمسين.",
     [("name", "عبد الستار حسنين"), ("date_of_birth", "خمسة وعشرين عشرة تسعتاشر خمسين")]),
    ("أستاذ عبد الستار، تقدر تحول الفرق على حساب الهيئة، وإنت لو ليك مستحقات بتنزل على حسابك.",
     [("name", "عبد الستار")]),
    ("حسابي في البنك الأهلي " + _aib5 + ".",
     [("iban", _aib5)]),
    ("ابني بيدفع بالكريديت بتاعته: " + _ac6[:4] + " " + _ac6[4:8] + "، " + _ac6[8:12] + "، " + _ac6[12:] + ".",
     [("card", _ac6[:4] + " " + _ac6[4:8] + "، " + _ac6[8:12] + "، " + _ac6[12:])]),
    ("موبايل ابني صفر اتناشر، سبعمية تسعة وتلاتين، ستة وأربعين، اتنين وتسعين",
     [("phone", "صفر اتناشر، سبعمية تسعة وتلاتين، ستة وأربعين، اتنين وتسعين")]),
    ("ايميله hassanein.legal@yahoo.com عشان يبعتوا الإنذار.",
     [("email", "hassanein.legal@yahoo.com")]),
    # a Moroccan donor to the orphan charity
    ("أنا من المغرب، الحساب ديالي فالتجاري وفا بنك، " + grp(_aib8) + ".",
     [("iban", grp(_aib8))]),
    ("صفطو ليا الإيصال على zineb pointe benali arobase gmail point com",
     [("email", "zineb pointe benali arobase gmail point com")]),
    ("خلصت بلكارط ديال أمريكان إكسبريس، " + _ac5 + "، صافي؟",
     [("card", _ac5)]),
    ("ساكن فالدار البيضاء، زنقة مولاي يوسف رقم ١١، الطابق الثالث، الشقة ٦.",
     [("address", "زنقة مولاي يوسف رقم ١١، الطابق الثالث، الشقة ٦")]),
    ("عندي عرض: الكفالة السنوية بـ ٢٧٠ دينار بدل ٣٠٠، وتنتهي يوم ٣١ مارس.",
     []),
    ("الحملة جمعت ١٬٢٥٠٬٠٠٠ دينار من ١٨ ألف متبرع، و٦٠٪ منهم من الكويت.",
     []),
]

# ---------------------------------------------------------------- Arabic, part 3
# More lines from the calls above (labour office fees, charity and court payments).
_ac8 = luhn("431422007659318")
_ac9 = luhn("558801136724096")
_aib9 = iban("AE", "2602600010152740358")
_asa7 = saudi("107733518")
_asa8 = saudi("250418663")
AR += [
    ("بطاقة مدى " + ar_digits(grp(_ac8)) + "، والرمز على الجوال.",
     [("card", ar_digits(grp(_ac8)))]),
    ("الكرت ماستر كارد: " + ar_ind(grp(_ac9)) + ".",
     [("card", ar_ind(grp(_ac9)))]),
    ("أنا مواليد ٣/٩/١٩٨٤ ميلادي، يعني ١٤٠٤ هجري.",
     [("date_of_birth", "٣/٩/١٩٨٤")]),
    ("هويتي الوطنية " + ar_ind(_asa7[:1]) + " " + ar_ind(_asa7[1:4]) + " " + ar_ind(_asa7[4:7]) + " " + ar_ind(_asa7[7:]) + "، وجوالي بالملف نفسه.",
     [("id", ar_ind(_asa7[:1]) + " " + ar_ind(_asa7[1:4]) + " " + ar_ind(_asa7[4:7]) + " " + ar_ind(_asa7[7:]))]),
    ("الإقامة رقم " + ar_digits(_asa8[:4]) + " " + ar_digits(_asa8[4:]) + "، لا آسف، " + ar_digits(_asa8) + " هذا هو.",
     [("id", ar_digits(_asa8[:4]) + " " + ar_digits(_asa8[4:])), ("id", ar_digits(_asa8))]),
    ("حساب الإمارات دبي الوطني: " + grp(_aib9) + ".",
     [("iban", grp(_aib9))]),
]

# ---------------------------------------------------------------- Hebrew, part 1
# Calls: execution office (debt-enforcement files); population registry biometric ID
# renewal; labour-court registry; Holocaust survivors' rights authority; nature-and-parks
# annual pass.
_htz1 = tz("31248657")
_htz2 = tz("20936814")
_htz3 = tz("04781263")
_htz4 = tz("34420719")
_hib1 = iban("IL", "0126800000000389412")
_hib2 = iban("IL", "0206110000000558270")
_hc1 = luhn("458003117624590")
_hc2 = luhn("532610098843172")

HE = [
    # execution office
    ("הוצאה לפועל, מוקד טלפוני, מדברת שרית, במה אפשר לעזור?",
     [("name", "שרית")]),
    ("כן שלום, אממ, קיבלתי הודעה על עיקול בחשבון, אני לא מבין בכלל על מה.",
     []),
    ("מה מספר התיק? עשר ספרות עם לוכסן, משהו כמו 512345-08-23.",
     []),
    ("זה 5-07-88213-41, כן, ואומרים שהחוב זה ארבעת אלפים שלוש מאות שקל עם הריבית.",
     []),
    (he_digits(_htz1[:3]) + ", " + he_digits(_htz1[3:6]) + ", " + he_digits(_htz1[6:]),
     [("id", he_digits(_htz1[:3]) + ", " + he_digits(_htz1[3:6]) + ", " + he_digits(_htz1[6:]))],
     "לצורך זיהוי, תעודת זהות?"),
    ("דניאל בן שושן. דני.",
     [("name", "דניאל בן שושן"), ("name", "דני")],
     "ושם מלא?"),
    ("תודה דני, אפשר לשלם את כל הסכום עכשיו או לבקש צו תשלומים, מינימום מאה חמישים שקל לחודש.",
     [("name", "דני")]),
    ("אני אשלם עכשיו בכרטיס, " + grp(_hc1) + ", תוקף שתיים עשרים ושבע.",
     [("card", grp(_hc1))]),
    ("העיקול יוסר תוך שלושה ימי עסקים, האסמכתא שלך 77014-2.",
     []),
    ("רק תעדכני את הכתובת, אני כבר לא גר ברמלה, עברתי לרחוב הרצל 118 דירה 9, ראשון לציון.",
     [("address", "רחוב הרצל 118 דירה 9, ראשון לציון")]),

    # population registry
    ("רשות האוכלוסין וההגירה, שלום, אני רוצה לקבוע תור לתעודה ביומטרית.",
     []),
    ("שלום, מדברת ויקה, ויקטוריה קוזלובה, אני עולה חדשה, הגעתי בדצמבר.",
     [("name", "ויקה"), ("name", "ויקטוריה קוזלובה")]),
    ("ויקטוריה, התור הפנוי הקרוב בלשכה בחיפה הוא ב-17 ביולי בשעה 08:40, או בעכו ב-9 ביולי.",
     [("name", "ויקטוריה")]),
    ("מספר הזהות שלי " + _htz2 + ", קיבלתי אותו בנתב\"ג.",
     [("id", _htz2)]),
    ("שניים בינואר אלף תשע מאות תשעים ושבע.",
     [("date_of_birth", "שניים בינואר אלף תשע מאות תשעים ושבע")],
     "ותאריך לידה?"),
    ("האגרה לתעודת זהות חכמה היא אפס שקלים בהנפקה ראשונה, ודרכון ביומטרי עולה 305 שקל.",
     []),
    ("אפס חמש שלוש, שבע שבע, שמונה, אחת, ארבע, שש, אפס. לא, סליחה, ארבע שש תשע.",
     [("phone", "אפס חמש שלוש, שבע שבע, שמונה, אחת, ארבע, שש, אפס. לא, סליחה, ארבע שש תשע")],
     "טלפון לשלוח אלייך SMS עם התור?"),
    ("המייל שלי vika.kozlova שטרודל mail נקודה ru",
     [("email", "vika.kozlova שטרודל mail נקודה ru")]),

    # labour court registry
    ("מזכירות בית הדין האזורי לעבודה תל אביב, שלום.",
     []),
    ("שלום, שמי וואסים ח'ורי, אני תובע נגד מעסיק לשעבר, מסעדה ביפו, על פיצויי פיטורים.",
     [("name", "וואסים ח'ורי")]),
    ("מר ח'ורי, הדיון המוקדם נקבע ל-3 בנובמבר בשעה 9:30 אולם 6, לפני הרשמת.",
     [("name", "ח'ורי")]),
    ("אני עבדתי שם שבע שנים, משכורת תשעת אלפים, והם שילמו לי רק אלף ומאתיים.",
     []),
    ("אפשר לקבל את ההחלטות במייל? wasimkhoury80@walla.co.il, הכל צמוד.",
     [("email", "wasimkhoury80@walla.co.il")]),
    ("הפיצוי ייכנס לחשבון בבנק לאומי, IBAN " + _hib1 + ".",
     [("iban", _hib1)]),
    ("מספר התיק ס\"ע 45219-11-23, תכתוב אותו בכל מסמך.",
     []),
    ("אני גר בנצרת, שכונת אל-בשארה, רחוב 6133 בית 4.",
     [("address", "שכונת אל-בשארה, רחוב 6133 בית 4")]),

    # Holocaust survivors' rights authority
    ("הרשות לזכויות ניצולי השואה, מדבר אליעזר, שלום.",
     [("name", "אליעזר")]),
    ("שלום, אני מתקשרת בשביל אבא שלי, הוא בן תשעים ושלוש, הוא נולד ברומניה.",
     []),
    ("שמונה עשר במרץ שלושים ואחת. אלף תשע מאות שלושים ואחת.",
     [("date_of_birth", "שמונה עשר במרץ שלושים ואחת. אלף תשע מאות שלושים ואחת")],
     "מה תאריך הלידה שלו?"),
    (_htz3[:1] + " " + _htz3[1:5] + " " + _htz3[5:],
     [("id", _htz3[:1] + " " + _htz3[1:5] + " " + _htz3[5:])],
     "ותעודת הזהות שלו?"),
    ("התגמול החודשי עולה מ-2,470 ל-2,610 שקל מינואר, והמענק השנתי 4,000 שקל משולם באפריל.",
     []),
    ("הכסף נכנס לחשבון שלו בדיסקונט, " + grp(_hib2) + ".",
     [("iban", grp(_hib2))]),
    ("הוא גר איתנו, הכתובת זה שדרות ירושלים 40 קומה 3, בת ים, מיקוד 5921340.",
     [("address", "שדרות ירושלים 40 קומה 3, בת ים, מיקוד 5921340")]),
    ("והטלפון בבית זה אפס שלוש, חמש חמש שש, שמונים ושתיים, שבעים.",
     [("phone", "אפס שלוש, חמש חמש שש, שמונים ושתיים, שבעים")]),
    ("אני הבת, מדברת רותי, רות גולדנברג.",
     [("name", "רותי"), ("name", "רות גולדנברג")]),

    # nature and parks annual pass
    ("רשות הטבע והגנים, מנוי מתמון, שלום.",
     []),
    ("היי, אני רוצה לחדש את המנוי המשפחתי, הוא נגמר ב-31 במרץ.",
     []),
    ("מנוי משפחתי עולה 332 שקל לשנה, כולל כניסה חופשית ל-62 אתרים וחניה בחוף דור.",
     []),
    ("והאם זה כולל את עין גדי ואת מצדה? אנחנו נוסעים בפסח, בשבוע של ה-14.",
     []),
    ("מצדה כן, הרכבל לא, הרכבל 38 שקל לאדם.",
     []),
    ("טוב, תחייבי את הכרטיס " + he_digits(grp(_hc2)) + ".",
     [("card", he_digits(grp(_hc2)))]),
    ("על שם מי המנוי?",
     []),
    ("על שמי, אברהם ווֹרקוּ, ואשתי גם נכנסת בו.",
     [("name", "אברהם ווֹרקוּ")],
     "על שם מי המנוי?"),
    ("אברהם, שלחתי לך קישור לאפליקציה, המנוי הדיגיטלי מוכן תוך עשר דקות.",
     [("name", "אברהם")]),
    ("אפשר גם ת\"ז של אשתי בשביל הכרטיס השני: " + _htz4 + ".",
     [("id", _htz4)]),
]
LANGS["he"] = HE

# ---------------------------------------------------------------- Hebrew, part 2
# Calls: Israel Land Authority lease office; defence-ministry rehabilitation department;
# natural-gas distribution connection; lone-soldier centre (non-profit); road-authority
# pothole damage claims; emotional-first-aid hotline volunteer intake.
_htz5 = tz("05931748")
_htz6 = tz("32067715")
_htz7 = tz("20288460")
_htz8 = tz("31975022")
_hib3 = iban("IL", "0107460000000721185")
_hib4 = iban("IL", "0310900000000163057")
_hib5 = iban("FR", "30004008060001234567890")
_hib6 = iban("IL", "0541820000000094436")
_hib7 = iban("GB", "HBUK40127671902348")
_hc3 = luhn("426684103359217")
_hc4 = luhn("541279300618845")
_hc5 = luhn("37655102948813")
_hc6 = luhn("491701982200563")

HE += [
    # Israel Land Authority lease
    ("רשות מקרקעי ישראל, מוקד חכירות, מדבר עומר.",
     [("name", "עומר")]),
    ("בונז'ור, כלומר שלום, אני יונתן בנישו, B-E-N-I-C-H-O-U, מנתניה.",
     [("name", "יונתן בנישו"), ("name", "B-E-N-I-C-H-O-U")]),
    ("כן אדוני, על איזה נכס מדובר? גוש וחלקה.",
     []),
    ("גוש 8261 חלקה 44, זה דירה בבניין ישן, החוזה נגמר ב-2026, תקופת חכירה 49 שנה.",
     []),
    ("דמי ההיוון הם 3.75 אחוז מערך הקרקע, וזה לפי שומה מ-1 בינואר.",
     []),
    ("רחוב סמילנסקי 21, דירה 4, נתניה.",
     [("address", "רחוב סמילנסקי 21, דירה 4, נתניה")],
     "הכתובת של הנכס?"),
    ("אני משלם מחשבון בצרפת, ה-IBAN שלי " + grp(_hib5) + ".",
     [("iban", grp(_hib5))]),
    ("הטלפון שלי פלוס תשע שבע שתיים, חמישים ושתיים, שש שש שבע, ארבעים ותשע, שמונים.",
     [("phone", "פלוס תשע שבע שתיים, חמישים ושתיים, שש שש שבע, ארבעים ותשע, שמונים")]),

    # defence ministry rehabilitation department
    ("אגף השיקום, שלום, מדברת מיכל, מה מספר התיק שלך?",
     [("name", "מיכל")]),
    ("תיק 338-52, אני נכה צה\"ל עשרים אחוז, אני רוצה לבקש החזר על פיזיותרפיה.",
     []),
    ("כן, " + he_digits(_htz5[:4], HE_M) + ", " + he_digits(_htz5[4:], HE_M) + ".",
     [("id", he_digits(_htz5[:4], HE_M) + ", " + he_digits(_htz5[4:], HE_M))],
     "אתה יכול לאשר תעודת זהות?"),
    ("כ\"ג באדר תשמ\"ב.",
     [("date_of_birth", "כ\"ג באדר תשמ\"ב")],
     "ותאריך לידה?"),
    ("ההחזר הוא עד 12 טיפולים בשנה, 180 שקל לטיפול, תוך 30 יום מהגשת הקבלות.",
     []),
    ("את ההחזר לחשבון " + _hib3[:2] + " " + _hib3[2:4] + " " + he_digits(grp(_hib3[4:], 3)) + ".",
     [("iban", _hib3[:2] + " " + _hib3[2:4] + " " + he_digits(grp(_hib3[4:], 3)))]),
    ("ועוד דבר, כתובת המייל שלי השתנתה: itzik.peretz82 שטרודל gmail נקודה com.",
     [("email", "itzik.peretz82 שטרודל gmail נקודה com")]),

    # natural gas connection
    ("חברת הגז הטבעי, מחלקת חיבורים, שלום. חיבור בית פרטי או בניין משותף?",
     []),
    ("בית פרטי, במושב, אני מדברת מהאזור של חדרה. הצינור עובר כבר ברחוב.",
     []),
    ("עלות החיבור 1,850 שקל כולל מע\"מ, המונה מותקן תוך 21 ימי עבודה, והמחיר לקוב 4.92 שקל.",
     []),
    ("שלי? אממ, אסתר-מלכה אזולאי. פשוט מלכי.",
     [("name", "אסתר-מלכה אזולאי"), ("name", "מלכי")],
     "שם מלא בשביל ההזמנה?"),
    ("הכתובת המדויקת להתקנה?",
     []),
    ("משק 37, רחוב הדקלים, מושב גבעת חיים, ליד הצרכניה.",
     [("address", "משק 37, רחוב הדקלים, מושב גבעת חיים")],
     "הכתובת המדויקת להתקנה?"),
    ("מקדמה של 500 שקל. כרטיס: " + _hc3[:4] + " " + _hc3[4:8] + " " + _hc3[8:12] + " " + _hc3[12:] + ".",
     [("card", _hc3[:4] + " " + _hc3[4:8] + " " + _hc3[8:12] + " " + _hc3[12:])]),
    ("הטלפון זה 04-6251739 או הנייד 052-774-1902.",
     [("phone", "04-6251739"), ("phone", "052-774-1902")]),
    ("ולתעודת הזהות: " + he_digits(_htz6) + ".",
     [("id", he_digits(_htz6))]),

    # lone soldier centre
    ("Hi, שלום, מרכז החיילים הבודדים, מדברת נעמה.",
     [("name", "נעמה")]),
    ("היי, זה ג'וש, I mean, יהושע סילברמן, אני חייל בודד מלוס אנג'לס, אני צריך עזרה עם דירה.",
     [("name", "ג'וש"), ("name", "יהושע סילברמן")]),
    ("יש לנו מענק שכירות של 1,200 שקל לחודש למשך 18 חודשים, ובית חיילים בירושלים עם 40 מיטות.",
     []),
    ("ten, October, two thousand four. עשרה באוקטובר אלפיים וארבע.",
     [("date_of_birth", "ten, October, two thousand four"), ("date_of_birth", "עשרה באוקטובר אלפיים וארבע")],
     "מתי נולדת?"),
    ("תשלחו לאבא שלי את הקבלה לתרומה, הוא רוצה לתרום, josh.silverman.sr at gmail dot com",
     [("email", "josh.silverman.sr at gmail dot com")]),
    ("הוא ישלם באמריקן אקספרס, " + _hc5[:4] + " " + _hc5[4:10] + " " + _hc5[10:] + ".",
     [("card", _hc5[:4] + " " + _hc5[4:10] + " " + _hc5[10:])]),
    ("המספר של היחידה שלי זה 8200, הבסיס בגלילות, החופשה הבאה ב-12.",
     []),
    ("אני בנייד אפס חמש שמונה, ארבע שלוש אחת, אפס אפס שש שבע.",
     [("phone", "אפס חמש שמונה, ארבע שלוש אחת, אפס אפס שש שבע")]),
    ("תעבירו את המענק לחשבון שלי בפועלים: " + _hib6 + ".",
     [("iban", _hib6)]),
    ("וההורים שלי שולחים מאנגליה, מהחשבון " + grp(_hib7) + ", זה בסדר?",
     [("iban", grp(_hib7))]),

    # road authority pothole damage claim
    ("נתיבי ישראל, מוקד תביעות, בוקר טוב.",
     []),
    ("בוקר טוב, נסעתי בכביש 6, סליחה, כביש 4 ליד מחלף גהה, ונכנסתי לבור, שני צמיגים הלכו.",
     []),
    ("באיזה קילומטר ומתי בערך? זה קרה ביום שלישי בערב?",
     []),
    ("יום שלישי ה-5, בסביבות 21:15, קילומטר 87, הנתיב הימני.",
     []),
    ("הקבלה מהפנצ'ריה 1,340 שקל, והגרר עוד 450.",
     []),
    ("אני צריכה פרטים: שם מלא, תעודת זהות וכתובת.",
     []),
    ("אני אולגה לבדב, ת\"ז " + _htz7 + ", גרה ברחוב ז'בוטינסקי 7 קומה 12 דירה 48, פתח תקווה.",
     [("name", "אולגה לבדב"), ("id", _htz7),
      ("address", "רחוב ז'בוטינסקי 7 קומה 12 דירה 48, פתח תקווה")],
     "אני צריכה פרטים: שם מלא, תעודת זהות וכתובת."),
    ("בחשבון " + grp(_hib4) + ", ולמייל olga_lebedev קו תחתון 77 שטרודל yandex נקודה ru",
     [("iban", grp(_hib4)), ("email", "olga_lebedev קו תחתון 77 שטרודל yandex נקודה ru")]),
    ("מספר התביעה 2024-0093172, תשובה תוך 90 יום.",
     []),

    # emotional first aid hotline volunteer intake
    ("שלום, התקשרתי בקשר להתנדבות בקו הסיוע, ראיתי מודעה על קורס בספטמבר.",
     []),
    ("הקורס 60 שעות, פעמיים בשבוע, ואחרי זה משמרת של 4 שעות פעם בשבוע לפחות שנה.",
     []),
    ("מה תאריך הלידה שלך? צריך להיות מעל 22.",
     []),
    ("4.6.1990",
     [("date_of_birth", "4.6.1990")],
     "מה תאריך הלידה שלך? צריך להיות מעל 22."),
    ("שם ומייל בבקשה.",
     []),
    ("שמי הדס ששון, והמייל hadas.s שטרודל hotmail דוט co דוט il",
     [("name", "הדס ששון"), ("email", "hadas.s שטרודל hotmail דוט co דוט il")],
     "שם ומייל בבקשה."),
    ("הדס, הראיון האישי יהיה ביום חמישי 14:00 במשרדים ברחוב המסגר, קומה 3.",
     [("name", "הדס")]),
    ("לגבי הזיהוי, תעודת זהות " + he_digits(_htz8[:3]) + " " + he_digits(_htz8[3:6]) + " " + he_digits(_htz8[6:]) + ", אני גר בבאר שבע.",
     [("id", he_digits(_htz8[:3]) + " " + he_digits(_htz8[3:6]) + " " + he_digits(_htz8[6:]))]),
    ("והתרומה החודשית שלי, 50 שקל, מהכרטיס " + he_digits(grp(_hc4), HE_M) + ".",
     [("card", he_digits(grp(_hc4), HE_M))]),
    ("תרשמי גם את הכרטיס של בעלי " + grp(_hc6, sep="-") + ".",
     [("card", grp(_hc6, sep="-"))]),
    ("אני בטלפון 02-5663180, שלוחה 3, רק בבוקר.",
     [("phone", "02-5663180")]),
    ("נולדתי בעשרים ושלוש ביוני שמונים וארבע, אם זה חשוב.",
     [("date_of_birth", "עשרים ושלוש ביוני שמונים וארבע")]),
]

# ---------------------------------------------------------------- Hebrew, part 3
# More lines from the calls above.
_hc7 = luhn("552211740386019")
HE += [
    ("תשלחו את ההחלטה לכתובת: רחוב הגפן 3, כפר יאסיף, מיקוד 2490800.",
     [("address", "רחוב הגפן 3, כפר יאסיף, מיקוד 2490800")]),
    ("אני משלם את האגרה, הכרטיס " + he_digits(_hc7[:4]) + ", " + he_digits(_hc7[4:8]) + ", " + he_digits(_hc7[8:12]) + ", " + he_digits(_hc7[12:]) + ".",
     [("card", he_digits(_hc7[:4]) + ", " + he_digits(_hc7[4:8]) + ", " + he_digits(_hc7[8:12]) + ", " + he_digits(_hc7[12:]))]),
    ("המייל של הבת שלי, היא מטפלת בזה: tsega underscore worku at gmail dot com, טי אס אי ג'י איי.",
     [("email", "tsega underscore worku at gmail dot com")]),
    ("תתקשרו אליי לקווי, אפס ארבע, שמונה חמש שתיים, שבעים ואחת, אפס שלוש.",
     [("phone", "אפס ארבע, שמונה חמש שתיים, שבעים ואחת, אפס שלוש")]),
    ("אני עובר דירה בחודש הבא, הכתובת החדשה: שדרות בן גוריון 55 דירה 15, קריית מוצקין.",
     [("address", "שדרות בן גוריון 55 דירה 15, קריית מוצקין")]),
    ("המרכז שלנו בשדרות בן גוריון, ליד העירייה, פתוח עד שבע בערב, חוץ מיום שישי.",
     []),
    ("אפשר לשלוח לי ב-WhatsApp, המספר +972-50-318-4427.",
     [("phone", "+972-50-318-4427")]),
]

# ---------------------------------------------------------------- Greek, part 1
# Calls: citizens' service centre (KEP) certifications; electricity distribution network
# new connection; magistrates' court (Eirinodikeio) registry; Cyprus civil registry ID
# cards; social pharmacy (non-profit); fire-service agricultural burning permits.
_ga1 = afm("12903857")
_ga2 = afm("04417620")
_ga3 = afm("15528093")
_ga4 = afm("80311746")
_gib1 = iban("GR", "01101250000000012300695")
_gib2 = iban("CY", "002001280000001200527600")
_gib3 = iban("GR", "01720350005035071432109")
_gc1 = luhn("479291058833204")
_gc2 = luhn("516732004418957")
_ph1 = "6947318205"
_ph2 = "99613842"

EL = [
    # KEP
    ("ΚΕΠ, καλημέρα σας, λέγετε.",
     []),
    ("Καλημέρα, εεε, ήθελα να ρωτήσω για επικύρωση αντιγράφου, για το πτυχίο, το χρειάζομαι για τον ΑΣΕΠ.",
     []),
    ("Γίνεται χωρίς ραντεβού, από οχτώ έως δύο και μισή, και την Τετάρτη μέχρι τις έξι. Δωρεάν είναι.",
     []),
    ("Και πιστοποιητικό οικογενειακής κατάστασης; Το θέλω σε δύο αντίγραφα για τις 15 του μήνα.",
     []),
    ("Να σας το στείλουμε ηλεκτρονικά. Το ΑΦΜ σας;",
     []),
    (el_digits(_ga1[:3]) + ", " + el_digits(_ga1[3:6]) + ", " + el_digits(_ga1[6:]),
     [("id", el_digits(_ga1[:3]) + ", " + el_digits(_ga1[3:6]) + ", " + el_digits(_ga1[6:]))],
     "Να σας το στείλουμε ηλεκτρονικά. Το ΑΦΜ σας;"),
    ("Και το όνομά σας;",
     []),
    ("Με λένε Γεωργία Παπαδοπούλου, Γωγώ με φωνάζουν όλοι.",
     [("name", "Γεωργία Παπαδοπούλου"), ("name", "Γωγώ")],
     "Και το όνομά σας;"),
    ("Κυρία Παπαδοπούλου, πείτε μου ένα email.",
     [("name", "Παπαδοπούλου")]),
    ("gogo παπάκι gmail τελεία com, γκογκό, g o g o, και μετά 1975",
     [("email", "gogo παπάκι gmail τελεία com, γκογκό, g o g o, και μετά 1975")],
     "Κυρία Παπαδοπούλου, πείτε μου ένα email."),
    ("Δηλαδή gogo1975@gmail.com, σωστά;",
     [("email", "gogo1975@gmail.com")]),
    ("Ο αριθμός πρωτοκόλλου είναι 4471/2024, θα το έχετε σε τρεις εργάσιμες.",
     []),

    # electricity network new connection
    ("Διαχειριστής Δικτύου, νέες συνδέσεις, με λένε Θοδωρή, πώς μπορώ να βοηθήσω;",
     [("name", "Θοδωρή")]),
    ("Γεια σας, χτίσαμε ένα σπίτι στο χωριό, στη Μεσσηνία, και θέλουμε ρεύμα, τριφασικό.",
     []),
    ("Η προσφορά σύνδεσης βγαίνει σε 20 εργάσιμες, τριφασική παροχή 25 kVA κοστίζει περίπου 1.150 ευρώ συν ΦΠΑ 24%.",
     []),
    ("Η διεύθυνση του ακινήτου;",
     []),
    ("Θέση Λάκκα, Αγίου Νικολάου 8, Πεταλίδι Μεσσηνίας, 24005.",
     [("address", "Θέση Λάκκα, Αγίου Νικολάου 8, Πεταλίδι Μεσσηνίας, 24005")],
     "Η διεύθυνση του ακινήτου;"),
    ("Όνομα ιδιοκτήτη;",
     []),
    ("Κωνσταντίνος Μαυρογιάννης, Ντίνος, εγώ είμαι.",
     [("name", "Κωνσταντίνος Μαυρογιάννης"), ("name", "Ντίνος")],
     "Όνομα ιδιοκτήτη;"),
    ("Κύριε Μαυρογιάννη, ένα κινητό;",
     [("name", "Μαυρογιάννη")]),
    ("εξήντα εννιά τριάντα δύο, πενήντα ένα, δεκαεφτά, ογδόντα οχτώ",
     [("phone", "εξήντα εννιά τριάντα δύο, πενήντα ένα, δεκαεφτά, ογδόντα οχτώ")],
     "Κύριε Μαυρογιάννη, ένα κινητό;"),
    ("Το ΑΦΜ μου είναι " + _ga2 + ", αλλά το οικόπεδο είναι στο όνομα της μάνας μου.",
     [("id", _ga2)]),
    ("Η προκαταβολή πληρώνεται με κάρτα ή στον λογαριασμό " + grp(_gib1) + ".",
     [("iban", grp(_gib1))]),
    ("Ο αριθμός παροχής θα είναι κάτι σαν 2 11592137-01 7, θα τον δείτε στην προσφορά.",
     []),

    # magistrates' court registry
    ("Ειρηνοδικείο, γραμματεία, παρακαλώ.",
     []),
    ("Καλησπέρα, είμαι η δικηγόρος Ελευθερία Σταθοπούλου, για την αγωγή με γενικό αριθμό κατάθεσης 1187/2024.",
     [("name", "Ελευθερία Σταθοπούλου")]),
    ("Η συζήτηση είναι προσδιορισμένη για τις 12 Φεβρουαρίου, 9:00, αίθουσα 3, στο πινάκιο είναι 14η.",
     []),
    ("Τη δικαστική δαπάνη, 250 ευρώ, πού να την καταθέσουμε;",
     []),
    ("Ο εντολέας μου μένει στην οδό Τσιμισκή 112, 4ος όροφος, Θεσσαλονίκη 54622, εκεί να επιδοθεί.",
     [("address", "Τσιμισκή 112, 4ος όροφος, Θεσσαλονίκη 54622")]),
    ("Τα στοιχεία επικοινωνίας του γραφείου: stathopoulou.law@otenet.gr, 2310 245 718.",
     [("email", "stathopoulou.law@otenet.gr"), ("phone", "2310 245 718")]),
    ("Ο αντίδικος, η εταιρεία Ατλαντίς ΑΕ, έχει έδρα στο Καλοχώρι, οδός 26ης Οκτωβρίου.",
     []),

    # Cyprus civil registry ID cards
    ("Τμήμα Αρχείου Πληθυσμού, καλημέρα.",
     []),
    ("Καλημέρα, Χαράλαμπος Ιωάννου λέγομαι, Μπάμπης, θέλω ταυτότητα καινούργια, η δική μου έληξε.",
     [("name", "Χαράλαμπος Ιωάννου"), ("name", "Μπάμπης")]),
    ("Κύριε Μπάμπη, το τέλος είναι 30 ευρώ, και για απώλεια 60. Κλείνετε ραντεβού μέσω της πλατφόρμας.",
     [("name", "Μπάμπη")]),
    ("Ημερομηνία γέννησης παρακαλώ.",
     []),
    ("Είκοσι τέσσερις του δώδεκα, ε, Δεκεμβρίου, πενήντα εννιά.",
     [("date_of_birth", "Είκοσι τέσσερις του δώδεκα, ε, Δεκεμβρίου, πενήντα εννιά")],
     "Ημερομηνία γέννησης παρακαλώ."),
    ("Το κινητό μου είναι " + el_pairs(_ph2) + ".",
     [("phone", el_pairs(_ph2))]),
    ("Μένω Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 47, διαμέρισμα 203, Λάρνακα 6017.",
     [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 47, διαμέρισμα 203, Λάρνακα 6017")]),
    ("Η ταυτότητα βγαίνει σε δέκα μέρες και την παραλαμβάνετε από το ΚΕΠ Λάρνακας, όχι από την Επαρχιακή.",
     []),

    # social pharmacy
    ("Κοινωνικό Φαρμακείο, γεια σας.",
     []),
    ("Γεια σας, κορίτσι μου, είμαι ο κυρ Σταμάτης, Σταμάτης Κουτσογιάννης, παίρνω τα φάρμακα για την πίεση από σας.",
     [("name", "Σταμάτης"), ("name", "Σταμάτης Κουτσογιάννης")]),
    ("Ναι κύριε Σταμάτη, το Amlor 10 mg ήρθε, έχουμε 3 κουτιά, και η ινσουλίνη έρχεται την Πέμπτη.",
     [("name", "Σταμάτη")]),
    ("Θα έρθει η κόρη μου να τα πάρει. Θέλετε το ΑΜΚΑ; Όχι, το ΑΦΜ λέτε; " + el_pairs(_ga3) + ".",
     [("id", el_pairs(_ga3))]),
    ("Και το τηλέφωνο του σπιτιού, διακόσια δέκα, πέντε τέσσερα τρία, μηδέν έξι, δέκα.",
     [("phone", "διακόσια δέκα, πέντε τέσσερα τρία, μηδέν έξι, δέκα")]),
    ("Είμαστε ανοιχτά Δευτέρα με Παρασκευή 10 με 1, στο πρώην 2ο Δημοτικό, στην Πατησίων.",
     []),
    ("Θέλω να κάνω μια δωρεά 40 ευρώ, με την κάρτα " + grp(_gc1) + ".",
     [("card", grp(_gc1))]),

    # fire-service burning permit
    ("Πυροσβεστική Υπηρεσία, για άδεια καύσης κλαδεμάτων, σωστά πήρα;",
     []),
    ("Σωστά. Από 1η Μαΐου ως 31 Οκτωβρίου απαγορεύεται, τώρα γίνεται με δήλωση, 50 μέτρα από δάσος.",
     []),
    ("Γιώτα Λιάπη με λένε, έχω ελιές στο Αίγιο, 120 ρίζες.",
     [("name", "Γιώτα Λιάπη")]),
    ("Κυρία Γιώτα, το χωράφι πού ακριβώς; Σας ζητάω και τη διεύθυνση κατοικίας σας.",
     [("name", "Γιώτα")]),
    ("Μένω στην Ανδρέα Λόντου 19, Αίγιο, 25100. Το χωράφι είναι στο Σελινούντα.",
     [("address", "Ανδρέα Λόντου 19, Αίγιο, 25100")]),
    ("και το κινητό σας",
     []),
    ("έξι εννιά επτά, τέσσερα, ένα, εφτά, τρία, οχτώ, δύο, μηδέν, πέντε",
     [("phone", "έξι εννιά επτά, τέσσερα, ένα, εφτά, τρία, οχτώ, δύο, μηδέν, πέντε")],
     "και το κινητό σας"),
]
assert el_digits(_ph1) == "έξι εννιά τέσσερα εφτά τρία ένα οχτώ δύο μηδέν πέντε"
LANGS["el"] = EL

# ---------------------------------------------------------------- Greek, part 2
# Calls: asylum service appointments; civil registry office (birth registration);
# forestry office permits; children's charity donations line; Cyprus student-grant service.
_ga5 = afm("16674512")
_ga6 = afm("07052994")
_ga7 = afm("11839260")
_gib4 = iban("GR", "02600270000860200893712")
_gib5 = iban("CY", "005003570000035701987413")
_gib6 = iban("GR", "01400820082002101458830")
_gib7 = iban("DE", "500105175407324931")
_gib8 = iban("CY", "018000010000000091270066")
_gc3 = luhn("403587221109468")
_gc4 = luhn("545301886620437")
_gc5 = luhn("34095571836202")
_gc6 = luhn("492182004476713")
_gc7 = luhn("558937120098411")
_gc8 = luhn("411773650284192")

EL += [
    # asylum service
    ("Υπηρεσία Ασύλου, γραμμή ραντεβού. Hello, do you speak Greek?",
     []),
    ("Ναι, λίγο ελληνικά. Με λένε Ahmad Zaki Rahimi, από Αφγανιστάν, θέλω ανανέωση κάρτα.",
     [("name", "Ahmad Zaki Rahimi")]),
    ("Κύριε Rahimi, η κάρτα αιτούντος ανανεώνεται κάθε έξι μήνες. Ραντεβού στις 22 Μαρτίου, 10:30, στο Περιφερειακό Γραφείο Πειραιά.",
     [("name", "Rahimi")]),
    ("Ημερομηνία γέννησης όπως είναι στην κάρτα;",
     []),
    ("Πρώτη του πρώτου, δύο χιλιάδες. Ένα ένα δύο χιλιάδες.",
     [("date_of_birth", "Πρώτη του πρώτου, δύο χιλιάδες. Ένα ένα δύο χιλιάδες")],
     "Ημερομηνία γέννησης όπως είναι στην κάρτα;"),
    ("Μένω στο camp, όχι, τώρα μένω Αχαρνών 251, δεύτερος όροφος, Αθήνα.",
     [("address", "Αχαρνών 251, δεύτερος όροφος, Αθήνα")]),
    ("Τηλέφωνο: +30 694 731 8205.",
     [("phone", "+30 694 731 8205")]),

    # civil registry office: birth registration
    ("Ληξιαρχείο, καλημέρα.",
     []),
    ("Καλημέρα σας, είμαι ο Αλέξανδρος Νικολαΐδης, γεννήθηκε ο γιος μας την Κυριακή, στο Μαιευτήριο Έλενα, και θέλουμε να τον δηλώσουμε.",
     [("name", "Αλέξανδρος Νικολαΐδης")]),
    ("Συγχαρητήρια! Η δήλωση γέννησης γίνεται ηλεκτρονικά από το μαιευτήριο, μέσα σε 10 ημέρες, μετά παίρνει ΑΜΚΑ.",
     []),
    ("Και για την ονοματοδοσία, ο πολιτικός γάμος μας ήταν στις 7 Ιουνίου 2019, εδώ στο δημαρχείο.",
     []),
    ("Θα μου πείτε ημερομηνία γέννησης του πατέρα για την πράξη;",
     []),
    ("Δώδεκα Μαρτίου του ογδόντα πέντε. 12/03/1985.",
     [("date_of_birth", "Δώδεκα Μαρτίου του ογδόντα πέντε"), ("date_of_birth", "12/03/1985")],
     "Θα μου πείτε ημερομηνία γέννησης του πατέρα για την πράξη;"),
    ("Η σύζυγος, 9 Σεπτεμβρίου 1988.",
     [("date_of_birth", "9 Σεπτεμβρίου 1988")],
     "Και η μητέρα;"),
    ("Στείλτε μου το απόσπασμα στο alex κάτω παύλα nikolaidis παπάκι yahoo τελεία gr.",
     [("email", "alex κάτω παύλα nikolaidis παπάκι yahoo τελεία gr")]),
    ("Το ΑΦΜ του πατέρα θα χρειαστεί: " + _ga5[:3] + " " + _ga5[3:6] + " " + _ga5[6:] + ".",
     [("id", _ga5[:3] + " " + _ga5[3:6] + " " + _ga5[6:])]),

    # forestry office
    ("Δασαρχείο, καλησπέρα σας.",
     []),
    ("Καλησπέρα. Θέλω άδεια για να κόψω δύο πεύκα στο οικόπεδο, είναι 15 μέτρα και γέρνουν πάνω στο σπίτι.",
     []),
    ("Η αίτηση κοστίζει 17 ευρώ παράβολο, και ο δασοφύλακας κάνει αυτοψία σε περίπου 30 ημέρες.",
     []),
    ("Η διεύθυνση του οικοπέδου και το όνομά σας;",
     []),
    ("Ζωή Ξενάκη, οδός Κρήτης 5, Ντράφι, Πικέρμι, 19009.",
     [("name", "Ζωή Ξενάκη"), ("address", "οδός Κρήτης 5, Ντράφι, Πικέρμι, 19009")],
     "Η διεύθυνση του οικοπέδου και το όνομά σας;"),
    ("Κυρία Ξενάκη, το ΑΦΜ;",
     [("name", "Ξενάκη")]),
    (el_digits(_ga6) + ", και το email μου zoi.xenaki@hotmail.com",
     [("id", el_digits(_ga6)), ("email", "zoi.xenaki@hotmail.com")],
     "Κυρία Ξενάκη, το ΑΦΜ;"),
    ("Ο αριθμός πρωτοκόλλου σας είναι 21876, και η ζώνη στο Πικέρμι είναι χαρακτηρισμένη δασική από το 1934.",
     []),

    # children's charity donations line
    ("Γραμμή δωρεών, καλησπέρα, είμαι η Δανάη. Θα θέλατε να κάνετε δωρεά;",
     [("name", "Δανάη")]),
    ("Ναι, εεε, 50 ευρώ, για τα Χριστούγεννα, με κάρτα.",
     []),
    ("Τον αριθμό της κάρτας, παρακαλώ.",
     []),
    (el_digits(grp(_gc3), sep=", "),
     [("card", el_digits(grp(_gc3), sep=", "))],
     "Τον αριθμό της κάρτας, παρακαλώ."),
    ("Για την απόδειξη, το όνομα;",
     []),
    ("Stelios Georgiou, με το Latin, G-E-O-R-G-I-O-U, από Λεμεσό.",
     [("name", "Stelios Georgiou"), ("name", "G-E-O-R-G-I-O-U")],
     "Για την απόδειξη, το όνομα;"),
    ("Και για τη μηνιαία πάγια εντολή, το IBAN μου είναι " + grp(_gib5) + ".",
     [("iban", grp(_gib5))]),
    ("Το email; stelios77 at cytanet dot com dot cy",
     [("email", "stelios77 at cytanet dot com dot cy")]),
    ("Η γυναίκα μου θέλει να δώσει κι αυτή, κάρτα " + grp(_gc4, sep="-") + ".",
     [("card", grp(_gc4, sep="-"))]),
    ("Με 30 ευρώ τον μήνα καλύπτουμε τη σίτιση ενός παιδιού για 10 ημέρες. Έχουμε 19 σπίτια φιλοξενίας.",
     []),
    ("Μια American Express, " + _gc5[:4] + " " + _gc5[4:10] + " " + _gc5[10:] + ", της εταιρείας μου.",
     [("card", _gc5[:4] + " " + _gc5[4:10] + " " + _gc5[10:])]),
    ("Από Γερμανία πληρώνω, ο λογαριασμός είναι " + _gib7 + ".",
     [("iban", _gib7)]),

    # Cyprus student grant
    ("Υπηρεσία Φοιτητικής Μέριμνας, καλημέρα.",
     []),
    ("Καλημέρα, είμαι η Ραφαέλλα Χριστοδούλου, φοιτήτρια στη Θεσσαλονίκη, για το φοιτητικό χορήγημα.",
     [("name", "Ραφαέλλα Χριστοδούλου")]),
    ("Οι αιτήσεις κλείνουν στις 31 Δεκεμβρίου, και η βασική χορηγία είναι 1.500 ευρώ τον χρόνο.",
     []),
    ("Πού να κατατεθεί το χορήγημα;",
     []),
    ("Στον λογαριασμό μου στην Τράπεζα Κύπρου, " + _gib8[:2] + " " + el_digits(_gib8[2:4]) + " " + grp(_gib8[4:]) + ".",
     [("iban", _gib8[:2] + " " + el_digits(_gib8[2:4]) + " " + grp(_gib8[4:]))],
     "Πού να κατατεθεί το χορήγημα;"),
    ("Γεννήθηκα 17 του πέντε 2003.",
     [("date_of_birth", "17 του πέντε 2003")]),
    ("Το κινητό μου στην Ελλάδα, εξήντα εννιά ογδόντα, μηδέν τέσσερα, είκοσι τρία, εξήντα επτά, και στην Κύπρο 97 412 530.",
     [("phone", "εξήντα εννιά ογδόντα, μηδέν τέσσερα, είκοσι τρία, εξήντα επτά"), ("phone", "97 412 530")]),
    ("Η διεύθυνση στην Κύπρο: Αγίας Φυλάξεως 88, Λεμεσός 3025.",
     [("address", "Αγίας Φυλάξεως 88, Λεμεσός 3025")]),
    ("rafaella.xr παπάκι ucy.ac.cy",
     [("email", "rafaella.xr παπάκι ucy.ac.cy")]),

    # more: payments and ids from the calls above
    ("Πληρώνω το παράβολο με την κάρτα " + el_pairs(grp(_gc6)) + ".",
     [("card", el_pairs(grp(_gc6)))]),
    ("Ο λογαριασμός στην Εθνική είναι " + grp(_gib4) + ", στο όνομά μου.",
     [("iban", grp(_gib4))]),
    ("Εεε, IBAN " + _gib6 + ", Eurobank, της κόρης μου.",
     [("iban", _gib6)]),
    ("Και η γυναίκα μου, ΑΦΜ " + el_digits(_ga7[:3]) + " " + el_digits(_ga7[3:6]) + " " + el_digits(_ga7[6:]) + ".",
     [("id", el_digits(_ga7[:3]) + " " + el_digits(_ga7[3:6]) + " " + el_digits(_ga7[6:]))]),
    ("Η κάρτα λήγει 08/27 και το CVV είναι 614, η κάρτα είναι " + _gc7 + ".",
     [("card", _gc7)]),
    ("Εγώ πληρώνω με τη χρεωστική, " + grp(_gc8, 4, ".") + ".",
     [("card", grp(_gc8, 4, "."))]),
    ("ΑΦΜ: " + _ga4[:2] + "-" + _ga4[2:5] + "-" + _ga4[5:] + ", αν το χρειάζεστε.",
     [("id", _ga4[:2] + "-" + _ga4[2:5] + "-" + _ga4[5:])]),
    ("Το IBAN για την επιστροφή, Ελληνική Τράπεζα: " + grp(_gib2) + ".",
     [("iban", grp(_gib2))]),
    ("Το IBAN της Πειραιώς, " + grp(_gib3) + ", είναι της αδερφής μου.",
     [("iban", grp(_gib3))]),
]

# ---------------------------------------------------------------- Hebrew and Greek, extra lines
_hc8 = luhn("432101557790263")
_hib8 = iban("IL", "0126350000000471993")
HE += [
    ("תאריך הלידה שלי? 30 בספטמבר 78, שלושים לתשע שבעים ושמונה.",
     [("date_of_birth", "30 בספטמבר 78"), ("date_of_birth", "שלושים לתשע שבעים ושמונה")]),
    ("החשבון החדש שלי: " + _hib8[:4] + " " + he_digits(grp(_hib8[4:], 3)) + ".",
     [("iban", _hib8[:4] + " " + he_digits(grp(_hib8[4:], 3)))]),
    ("כרטיס ויזה, " + _hc8[:8] + " " + _hc8[8:] + ", זה של העסק.",
     [("card", _hc8[:8] + " " + _hc8[8:])]),
    ("הלשכה ברחוב הנביאים סגורה ביום רביעי אחרי הצהריים, ובימי ראשון פתוח רק עד 12:00.",
     []),
    ("שילמתי 1,250 שקל ב-3 תשלומים, האחרון יורד ב-10 באוגוסט, אסמכתא 884310276.",
     []),
    ("יש לי 2 ילדים, בני 7 ו-11, ובשנת 2022 קיבלתי פטור של 35 אחוז.",
     []),
]
EL += [
    ("Ημερομηνία γέννησης; Τριάντα ένα του οχτώ, εξήντα επτά.",
     [("date_of_birth", "Τριάντα ένα του οχτώ, εξήντα επτά")]),
    ("Το σπίτι της μητέρας μου, εκεί να έρθει το χαρτί: Πλατεία Ελευθερίας 3, Κάτω Πολεμίδια, Λεμεσός 4150.",
     [("address", "Πλατεία Ελευθερίας 3, Κάτω Πολεμίδια, Λεμεσός 4150")]),
    ("Η γραμμή είναι ανοιχτή 24 ώρες, ο αριθμός 1056, και το ΚΕΠ στην Ερμού κλείνει στις 3.",
     []),
    ("Πληρώθηκαν 3 δόσεις των 412,50 ευρώ, η τελευταία στις 28/11, με κωδικό ΡF 17 4471 0098 1320.",
     []),
    ("Η υπάλληλος από το γραφείο Χανίων είπε ότι το έγγραφο 55/2023 είναι στον φάκελο.",
     []),
]


# ================================================================ main

def main():
    root = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind37")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, len(rows), "items,", empty, "non-personal,",
              sum(counts.values()), "spans", dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
