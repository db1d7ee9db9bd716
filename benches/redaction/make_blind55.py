#!/usr/bin/env python3
"""Blind evaluation set "blind55" for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief: it never read the
redactor, its rules, its tests or any other evaluation set or generator. Every
line below is invented from the brief and general knowledge of how people talk on
the phone (and how a speech recogniser such as Whisper writes it down). All values
(names, numbers, addresses, e-mails) are invented; check digits are computed here.

Sectors (sport, leisure, culture, hobbies and events), about a dozen calls per
language:
  en: axe-throwing venue, Gaelic football club, lawn bowls club, murder-mystery
      dinners, Scrabble tournament, squash academy, stand-up comedy club, bonsai
      society show, classic-car reliability trial, esports tournament, curling
      club, fossil-hunting walks, amateur-radio licence course.
  ar: padel courts, handball club, drone-racing league, fencing club, stand-up
      comedy theatre, bird-watching trips, poetry festival, model-aircraft club,
      judo club, street-photography walks, theatre-festival accreditation,
      anime and cosplay convention.
  he: rhythmic-gymnastics club, judo club, amateur-theatre auditions, community
      choir, orienteering club, crane-watching tours, triathlon club, water-polo
      club, speedcubing competition, Lego fan convention, capoeira group,
      table-tennis club.
  el: tavli tournament, water-polo academy, beach-volleyball tournament,
      canyoning tours, speleology club, historic-car rally, handball club, comic
      con and cosplay, stained-glass workshop, Greco-Roman wrestling club, Patras
      carnival parade crews, via-ferrata guided climbs.

Output: data/redaction/blind55/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional, an earlier line of the same call; not scored)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
computed by searching for the span's substring and asserted below.
Items with empty spans are non-personal and must come out unchanged.

Usage: python3 benches/redaction/make_blind55.py  (deterministic, stdlib only)
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- check digits
def luhn_ok(d):
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


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "MA": 28, "LB": 28, "KW": 30, "QA": 29,
            "BH": 22, "FR": 27, "US": 0}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    out = "%s%02d%s" % (cc, chk, bban)
    assert len(out) == IBAN_LEN[cc], (cc, len(out))
    assert iban_ok(out)
    return out


def iban_ok(s):
    s = s.replace(" ", "")
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def tz_ok(d):
    if len(d) != 9:
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 + i % 2)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def tz_complete(p8):
    for c in "0123456789":
        if tz_ok(p8 + c):
            return p8 + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm_complete(p8):
    s = sum(int(p8[i]) * 2 ** (8 - i) for i in range(8))
    return p8 + str((s % 11) % 10)


def saudi_complete(p9):
    assert p9[0] in "12" and len(p9) == 9
    return luhn_complete(p9)


def ssn_ok(s):
    a, g, n = s.split("-")
    return (len(a) == 3 and len(g) == 2 and len(n) == 4 and a not in ("000", "666")
            and a[0] != "9" and g != "00" and n != "0000")

# ---------------------------------------------------------------- spoken digits
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_MSA = "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AIND = "٠١٢٣٤٥٦٧٨٩"


def say(digits, words, sep=" "):
    return sep.join(words[int(c)] for c in digits if c.isdigit())


def arind(s):
    return "".join(AIND[int(c)] if c.isdigit() else c for c in s)


def digits_of(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(str(int(ch)))  # also maps Arabic-Indic digits
    return "".join(out)

# ---------------------------------------------------------------- building items
LANGS = {}


def _find(text, sub, nth):
    i = -1
    for _ in range(nth + 1):
        i = text.find(sub, i + 1)
        assert i >= 0, ("span not found", sub, text)
    return i


def build(items):
    out = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        sp = []
        for s in spans:
            kind, sub = s[0], s[1]
            nth = s[2] if len(s) > 2 else 0
            assert kind in KINDS, kind
            assert sub == sub.strip() and sub, repr(sub)
            ci = _find(text, sub, nth)
            b0 = len(text[:ci].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            check_value(kind, sub)
            sp.append({"kind": kind, "start": b0, "end": b1})
        sp.sort(key=lambda x: x["start"])
        for a, b in zip(sp, sp[1:]):
            assert a["end"] <= b["start"], ("overlap", text)
        if not sp:
            check_nonpersonal(text)
        o = {"text": text, "spans": sp}
        if ctx:
            o["context"] = ctx
        out.append(o)
    return out


WORD_DIGIT = {}
for _ws in (EN_D, AR_D, AR_MSA, HE_F, HE_M, EL_D):
    for _i, _w in enumerate(_ws):
        WORD_DIGIT[_w] = str(_i)
WORD_DIGIT.update({"oh": "0", "زيرو": "0", "ثماني": "8", "οκτώ": "8", "επτά": "7", "εννέα": "9"})


def spoken_digits(sub):
    """Digits of a span written only with digits and single-digit words, else None."""
    out = []
    for tok in re.split(r"[\s,،.\-/()+]+", sub):
        if not tok:
            continue
        if all(c.isdigit() for c in tok):
            out.append(digits_of(tok))
        elif tok.lower() in WORD_DIGIT:
            out.append(WORD_DIGIT[tok.lower()])
        else:
            return None
    return "".join(out)


def check_value(kind, sub):
    """Spans of numbers that carry a check digit must be valid."""
    if kind == "iban":
        s = re.sub(r"^(إس إيه|Γκρ) ", lambda m: {"إس إيه": "SA", "Γκρ": "GR"}[m.group(1)], sub)
        s = s.replace(" ", "").replace(",", "").upper()
        assert iban_ok(s), ("bad iban", sub)
        return
    d = spoken_digits(sub)
    if d is None:
        return
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), ("bad card", sub)
    elif kind == "id":
        ok = (tz_ok(d) or afm_ok(d) or (len(d) == 10 and d[0] in "12" and luhn_ok(d))
              or (len(d) == 9 and ssn_ok(d[:3] + "-" + d[3:5] + "-" + d[5:])))
        assert ok, ("bad id", sub)
    CHECKED[kind] = CHECKED.get(kind, 0) + 1


CHECKED = {}


def check_nonpersonal(text):
    # long digit runs (separators allowed) in non-personal lines must fail the checks
    for m in re.finditer(r"[0-9٠-٩](?:[0-9٠-٩]|[ .\-/](?=[0-9٠-٩]))+", text):
        d = digits_of(m.group(0))
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid non-personal", text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d), ("id-valid non-personal", text)
        if len(d) == 10 and d[0] in "12":
            assert not luhn_ok(d), ("saudi-valid non-personal", text)
    for m in re.finditer(r"\b[A-Z]{2}[0-9]{2}[A-Z0-9 ]{10,34}", text):
        assert not iban_ok(m.group(0).strip()), ("iban-valid non-personal", text)

# ================================================================ ENGLISH
def en_say(d, groups, oh=False, sep=", "):
    out, i = [], 0
    for g in groups:
        w = [EN_D[int(c)] for c in d[i:i + g]]
        if oh:
            w = ["oh" if x == "zero" else x for x in w]
        out.append(" ".join(w))
        i += g
    assert i == len(d)
    return sep.join(out)


EN_CARD1 = luhn_complete("453201511283036")        # visa 16
EN_CARD2 = luhn_complete("37144963539843")          # amex 15
EN_CARD3 = luhn_complete("542523343010990")         # mastercard 16
EN_CARD4 = luhn_complete("601100099013942")         # discover 16
EN_CARD5 = luhn_complete("492948201177305")         # visa 16
EN_CARD6 = luhn_complete("535310048826417")         # mc 16
EN_CARD7 = luhn_complete("418829306651")            # visa 13
EN_CARD8 = luhn_complete("636297104455802817")      # 19 digits
EN_IBAN_IE = iban("IE", "AIBK93104738291156")
EN_IBAN_GB = iban("GB", "BARC20714583920461")
EN_IBAN_GB2 = iban("GB", "LOYD30962210387445")
EN_IBAN_DE = iban("DE", "370400440532013000")
EN_IBAN_AE = iban("AE", "0330000010492738561")
EN_IBAN_IE2 = iban("IE", "BOFI90001728830145")
EN_IBAN_CY = iban("CY", "002001950000357001834471")
for s in ("529-44-1087", "318-62-4470", "078-31-9925", "602-18-3341", "241-90-5586", "455-07-2913"):
    assert ssn_ok(s)
EN_TZ = tz_complete("03418962")
EN_AFM = afm_complete("13904275")
assert not luhn_ok("4532015112830361") or EN_CARD1 == "4532015112830361"

LANGS["en"] = [
    # --- call 1: axe-throwing venue (US)
    ("Thanks for calling Timber Tomahawk Axe Lounge, this is Tyler, how can I help you?", [("name", "Tyler")]),
    ("Yeah hi, um, I wanna book lanes for a bachelor party, like twelve guys, Saturday the 14th, around 8 p.m.?", []),
    ("Sure thing. Twelve people is three lanes, that's $35 a head for 90 minutes, so $420 before tax.", []),
    ("Yeah it's Dwayne, Dwayne Okafor-Reyes.", [("name", "Dwayne"), ("name", "Dwayne Okafor-Reyes")], "Can I get a name for the booking?"),
    ("Perfect. And a good callback number for you?", []),
    ("Two one four, five five... no wait, two one four, eight three nine, oh six six two.", [("phone", "Two one four, five five... no wait, two one four, eight three nine, oh six six two")]),
    ("Two one four, eight three nine, zero six six two. Got it.", [("phone", "Two one four, eight three nine, zero six six two")]),
    ("ok the card is " + en_say(EN_CARD1, [4, 4, 4, 4]) + " and it expires oh nine twenty eight", [("card", en_say(EN_CARD1, [4, 4, 4, 4]))]),
    ("You're booked, confirmation number is TT-20417, and I'll throw in two free pitchers because it's before 9.", []),
    ("Sure, it's 5 2 9, 4 4, 1 0 8 7.", [("id", "5 2 9, 4 4, 1 0 8 7")], "For the league cash prize over six hundred dollars we need a W-9, so I'll need your social."),
    ("Our league season is 8 weeks, Tuesdays at 7:30, and the finals are on November 21st.", []),
    # --- call 2: Gaelic football club membership (Irish)
    ("Hello, you're through to St. Brigid's GAA, Siobhán speaking.", [("name", "Siobhán")]),
    ("Hiya, 'tis Ciarán Ó Súilleabháin here, I want to sign up the young lad for the under-twelves.", [("name", "Ciarán Ó Súilleabháin")]),
    ("Grand, Ciarán. What's the young lad's name and date of birth?", [("name", "Ciarán")]),
    ("Oisín, O-I-S-I-N with a fada on the i, born the fourth of February twenty fifteen.", [("name", "Oisín"), ("name", "O-I-S-I-N"), ("date_of_birth", "the fourth of February twenty fifteen")]),
    ("Membership is €90 for the year, or €150 for the family if you have two or more playing.", []),
    ("Ah we've three, so the family one. Sure I'll set up the direct debit now, the IBAN is " + group4(EN_IBAN_IE) + ".", [("iban", group4(EN_IBAN_IE))]),
    ("Oh eight seven, two three four, fifty-one sixty-eight.", [("phone", "Oh eight seven, two three four, fifty-one sixty-eight")], "And the best mobile for you, Ciarán?"),
    ("Training is Saturday at half ten in Páirc Uí Chaoimh, well, beside it, the small pitch past the Marina.", []),
    ("Our address is 14 Glenheights Road, Ballyvolane, Cork, T23 KX94.", [("address", "14 Glenheights Road, Ballyvolane, Cork, T23 KX94")], "And a home address for the registration?"),
    ("email is ciaran dot osullivan seventy-seven at eircom dot net", [("email", "ciaran dot osullivan seventy-seven at eircom dot net")]),
    ("The Cúl Camp runs from the 7th to the 11th of July, ten to two, and it's €75 a child.", []),
    # --- call 3: lawn bowls club (Australian)
    ("Good morning, Mosman Bowling Club, you're speaking with Darren.", [("name", "Darren")]),
    ("Oh hello love, it's Bev Tonkin, Beverley, I'm after the barefoot bowls for my grandson's twenty-first.", [("name", "Bev Tonkin"), ("name", "Beverley")]),
    ("No worries, Bev. Barefoot bowls is $15 per person, minimum twenty, and the green is ours from 2 till 5.", [("name", "Bev")]),
    ("Lovely. My mobile's oh four one two, three four five, six seven eight. No, sorry, six seven nine at the end.", [("phone", "oh four one two, three four five, six seven eight. No, sorry, six seven nine")]),
    ("Sorry, was that 0412 345 679?", [("phone", "0412 345 679")]),
    ("We're at 27 Raglan Street, Mosman, just past the Commonwealth Bank, you can't miss it.", []),
    ("It's a Mastercard: " + EN_CARD3[:4] + " " + EN_CARD3[4:8] + " " + EN_CARD3[8:12] + " " + EN_CARD3[12:] + ".", [("card", group4(EN_CARD3))]),
    ("Pennant season starts the first Saturday in October and the fees went up 4.5 percent this year.", []),
    ("The invoice can go to bev dot tonkin at bigpond dot com, b-e-v dot t-o-n-k-i-n.", [("email", "bev dot tonkin at bigpond dot com"), ("email", "b-e-v dot t-o-n-k-i-n")]),
    ("Send the paper copy to 9 Bay Street, unit 4, Mosman New South Wales 2088 please.", [("address", "9 Bay Street, unit 4, Mosman New South Wales 2088")]),
    # --- call 4: murder-mystery dinner theatre (UK)
    ("Hello, Dead on Arrival Murder Mystery Dinners, Gemma here, how can I help?", [("name", "Gemma")]),
    ("Oh hiya, yeah it's Gaz, well Gareth Pryce, we've got a works do in December for about forty people.", [("name", "Gaz"), ("name", "Gareth Pryce")]),
    ("Lovely. The 1920s Gatsby one is our most popular, £59 a head, three courses and the show, doors at 7.", []),
    ("We've got the Friday the 12th or the Saturday the 20th free at the Grand Hotel, that's in the Lovell Suite.", []),
    ("So that's Gareth, G-A-R-E-T-H, and the surname Pryce with a Y?", [("name", "Gareth"), ("name", "G-A-R-E-T-H"), ("name", "Pryce")]),
    ("yeah pryce with a y and my number's oh seven seven double oh, nine double oh, one two three", [("phone", "oh seven seven double oh, nine double oh, one two three")]),
    ("Deposit's £500 non refundable, balance due 28 days before, reference MM-7734-G.", []),
    ("Can you pay it by bank transfer from the company? The IBAN is " + EN_IBAN_GB + ".", [("iban", EN_IBAN_GB)]),
    ("Right, and the remittance goes to gareth.pryce@valleyfreight.co.uk.", [("email", "gareth.pryce@valleyfreight.co.uk")]),
    ("Dietary stuff, we've got six veggie, two vegan, one coeliac, and the lads from accounts won't eat fish.", []),
    # --- call 5: Scrabble tournament entries (Nigerian caller, US club)
    ("Good afternoon, Tri-State Scrabble Association, this is Funmilayo.", [("name", "Funmilayo")]),
    ("Ah good afternoon ma, my name is Chukwuemeka Okonkwo, but everybody calls me Emeka.", [("name", "Chukwuemeka Okonkwo"), ("name", "Emeka")]),
    ("You're welcome sir. Is this for the Labor Day tournament, the 23-game division?", []),
    ("Yes yes, division two, my rating is 1487 and I played in Lagos last year, the 2023 Open.", []),
    ("Entry fee is $85, and if you finish top three the prize is over $600 so we need your social for the 1099.", []),
    ("Okay. Three one eight, six two, four four seven zero.", [("id", "Three one eight, six two, four four seven zero")], "so we need your social for the 1099."),
    ("It's +234 803 614 2279, the Nigerian one, or the US one, 973 418 5502.", [("phone", "+234 803 614 2279"), ("phone", "973 418 5502")]),
    ("My email is emeka underscore okonkwo at yahoo dot com.", [("email", "emeka underscore okonkwo at yahoo dot com")]),
    ("Round one starts 9 a.m. sharp at the Hilton, room 214, and we use the CSW21 word list.", []),
]

LANGS["en"] += [
    # --- call 6: squash club court booking and junior squad (Indian caller)
    ("Yes hello, Venkatesh this side, I want to put my daughter in the junior squad, under thirteen.", [("name", "Venkatesh")]),
    ("twenty second august two thousand thirteen", [("date_of_birth", "twenty second august two thousand thirteen")], "Her date of birth please, sir?"),
    ("The junior squad is Monday Wednesday Friday 5 to 6:30, fees are ₹4,500 per month plus 18% GST.", []),
    ("Flat 302, Sai Krupa Apartments, 4th Cross, 6th Block Koramangala, Bangalore 560095.", [("address", "Flat 302, Sai Krupa Apartments, 4th Cross, 6th Block Koramangala, Bangalore 560095")], "Address for the kit delivery, sir?"),
    ("Actually I'm in Dubai for work till March, so the refund of the old advance, you can send to my Emirates NBD account, " + EN_IBAN_AE + ".", [("iban", EN_IBAN_AE)]),
    ("Court 3 is booked for you tomorrow 7 a.m. to 7:45, booking ID 88213, and the ball machine is ₹200 extra.", []),
    ("And one Dunlop Sonic Core Pro, the yellow dot, six balls, that's model number DSC-6Y.", []),
    # --- call 7: stand-up comedy club (UK)
    ("Laughing Gas Comedy Club, box office, Jodie speaking.", [("name", "Jodie")]),
    ("Hiya, I'm booked to do the open mic on Thursday and the promoter said ring you about getting paid.", []),
    ("Okay, the headline slot's £150 and open spots are £25 travel, and we pay by bank transfer within 14 days.", []),
    ("Right, sort code and account, or the IBAN? Here's the IBAN: " + group4(EN_IBAN_GB2).lower() + ".", [("iban", group4(EN_IBAN_GB2).lower())]),
    ("And because you're on a US tour visa, our accountant needs a US tax number, if you have one.", []),
    ("Yeah I've a social from when I lived in Chicago, six oh two, one eight, three three four one.", [("id", "six oh two, one eight, three three four one")]),
    ("My mate's Israeli, she's doing the Friday, and she only has her Israeli ID, it's " + EN_TZ[:3] + "-" + EN_TZ[3:6] + "-" + EN_TZ[6:] + ".", [("id", EN_TZ[:3] + "-" + EN_TZ[3:6] + "-" + EN_TZ[6:])]),
    ("Shows are 18 plus, doors at half seven, and the late show on Saturday finishes about 11:15.", []),
    ("We don't do refunds within 48 hours, but I can move the four tickets to the 3rd of May.", []),
    # --- call 8: bonsai society annual show (US)
    ("Pacific Northwest Bonsai Society, this is Linda, are you calling about the spring show?", [("name", "Linda")]),
    ("Yes ma'am, I'm entering two trees, a Japanese black pine and a trident maple, about 40 years old.", []),
    ("Entry is $30 per tree, setup is Friday April 11 from noon, and judging's Saturday at 10.", []),
    ("Okay, and um, my card is " + en_say(EN_CARD2, [4, 6, 5], sep=" ") + ".", [("card", en_say(EN_CARD2, [4, 6, 5], sep=" "))]),
    ("And since you're judging the novice class there's a $650 honorarium, so I need your Social Security number.", []),
    ("Sure, two four one, nine zero, fifty-five eighty-six.", [("id", "two four one, nine zero, fifty-five eighty-six")], "so I need your Social Security number."),
    ("Mail the check to 8816 Northeast Juniper Lane, Redmond, Washington, nine eight zero five two.", [("address", "8816 Northeast Juniper Lane, Redmond, Washington, nine eight zero five two")]),
    ("The pots are Tokoname, the big one is a 16-inch oval, and the stand is lot 4471 from the auction.", []),
    ("Our show is at the Bellevue Botanical Garden, 12001 Main Street, same as last year.", []),
    # --- call 9: classic car rally entries (UK)
    ("Morning. I'd like to enter my 1967 MGB GT in the pre-1970 class. Nigel Fairbrother.", [("name", "Nigel Fairbrother")]),
    ("Entry's £395 for crew of two, that includes the road book, two dinners and the plaque.", []),
    ("Nineteenth of the ninth, fifty-eight. 19/09/1958.", [("date_of_birth", "Nineteenth of the ninth, fifty-eight"), ("date_of_birth", "19/09/1958")], "For the insurance we need the driver's date of birth"),
    ("My navigator is a German chap, he'll pay his half from his account, DE, let me read it, " + EN_IBAN_DE[:2] + " " + EN_IBAN_DE[2:4] + " " + " ".join(EN_IBAN_DE[i:i + 4] for i in range(4, 22, 4)) + ".", [("iban", EN_IBAN_DE[:2] + " " + EN_IBAN_DE[2:4] + " " + " ".join(EN_IBAN_DE[i:i + 4] for i in range(4, 22, 4)))]),
    ("The registration is KXR 416E, chassis GHD4-138826, and she's done 86,000 miles.", []),
    ("Post the regs pack to The Old Forge, 3 Church Lane, Bourton-on-the-Water, GL54 2BY.", [("address", "The Old Forge, 3 Church Lane, Bourton-on-the-Water, GL54 2BY")]),
    ("Start is Broadway at 7:01, first car away, then it's 140 miles with six regularity sections.", []),
    # --- call 10: esports tournament registration (US)
    ("Thanks for calling Apex Arena esports, my name's Kayla, how can I help?", [("name", "Kayla")]),
    ("hi yeah my son's registered for the Rocket League regional and he won like two thousand dollars", []),
    ("Congrats! For prize money over $600 we need the player's SSN, and since he's a minor, his date of birth.", []),
    ("ok his social is zero seven eight, three one, nine nine two five and he was born may ninth two thousand eight", [("id", "zero seven eight, three one, nine nine two five"), ("date_of_birth", "may ninth two thousand eight")]),
    ("1207 West Oakdale Avenue, apartment 2 F, Chicago, Illinois 60657", [("address", "1207 West Oakdale Avenue, apartment 2 F, Chicago, Illinois 60657")], "And where should we mail the check?"),
    ("His team tag is xXBlazeXx, ranked Grand Champ 2, and the finals are in Dallas on July 19th.", []),
    ("Travel is covered, flight AA 2297 out of O'Hare at 6:40 a.m., and the hotel is the Omni, room block code APX25.", []),
    ("Can I pay the finals entry for his duo partner on my card? It's " + en_say(EN_CARD4, [4, 4, 4, 4]) + ".", [("card", en_say(EN_CARD4, [4, 4, 4, 4]))]),
]

LANGS["en"] += [
    # --- call 11: curling club learn-to-curl (Scotland)
    ("He's born the thirtieth of November 2011, and we're at 22 Braehead Crescent, Stirling, FK7 7QL.", [("date_of_birth", "the thirtieth of November 2011"), ("address", "22 Braehead Crescent, Stirling, FK7 7QL")]),
    ("Learn to curl is £12 a session, Sunday 4 till 6, sheet 5, and the stones are 19 kilos each so no wee ones under 8.", []),
    ("Best email's morag mcleish at btinternet dot com, that's m-c-l-e-i-s-h.", [("email", "morag mcleish at btinternet dot com"), ("email", "m-c-l-e-i-s-h")]),
    ("card's " + EN_CARD7[:4] + " " + EN_CARD7[4:8] + " " + EN_CARD7[8:] + ", it's an old Visa", [("card", EN_CARD7[:4] + " " + EN_CARD7[4:8] + " " + EN_CARD7[8:])]),
    # --- call 12: fossil-hunting guided walks (Dorset)
    ("Jurassic Coast Fossil Walks, hello. Tide's out at 11:20 on Saturday so the walk starts at 10 from Charmouth.", []),
    ("Hi, we're over from Cyprus, two adults and two kids, the kids are 7 and 10.", []),
    ("That's £14 adults, £8 kids, and the ammonite splitting workshop is another £6 each.", []),
    ("I'd rather pay by transfer, my Cypriot bank, " + group4(EN_IBAN_CY) + ".", [("iban", group4(EN_IBAN_CY))]),
    ("Plus three five seven, nine nine, four eight one, two six three.", [("phone", "Plus three five seven, nine nine, four eight one, two six three")], "And a mobile in case the walk's cancelled for weather?"),
    ("the booking email is andreas.k.ioannou@cytanet.com.cy", [("email", "andreas.k.ioannou@cytanet.com.cy")]),
    ("Actually pay the shop bits on card, " + EN_CARD5[:4] + "-" + EN_CARD5[4:8] + "-" + EN_CARD5[8:12] + "-" + EN_CARD5[12:] + ".", [("card", EN_CARD5[:4] + "-" + EN_CARD5[4:8] + "-" + EN_CARD5[8:12] + "-" + EN_CARD5[12:])]),
    ("For the Greek tax receipt my brother-in-law asked for his AFM on it, it's " + EN_AFM + ".", [("id", EN_AFM)]),
    # --- call 13: amateur radio licence course (UK)
    ("hi it's for the foundation licence exam on the 8th of March", []),
    ("Harpreet Kaur, born 03/06/1994, 41 Elmwood Road, Slough, SL2 5DT.", [("name", "Harpreet Kaur"), ("date_of_birth", "03/06/1994"), ("address", "41 Elmwood Road, Slough, SL2 5DT")], "For Ofcom the candidate's date of birth and home address, please."),
    ("and the email is h dot kaur ninety four at outlook dot com", [("email", "h dot kaur ninety four at outlook dot com")]),
    ("Course fee is £35, exam £27.50, and you'll practise on the club's Yaesu FT-991A on 145.500 megahertz.", []),
    ("For the refund of the cancelled October course, my Irish account, " + EN_IBAN_IE2 + ".", [("iban", EN_IBAN_IE2)]),
    ("My husband's paying the rest, his card number is " + en_say(EN_CARD6, [4, 4, 4, 4], oh=True) + ".", [("card", en_say(EN_CARD6, [4, 4, 4, 4], oh=True))]),
    ("Long card, the one from the credit union, " + " ".join(EN_CARD8[i:i + 4] for i in range(0, 19, 4)) + ".", [("card", " ".join(EN_CARD8[i:i + 4] for i in range(0, 19, 4)))]),
    ("His mother was born on the twelfth of January sixty-one, she's doing the course too.", [("date_of_birth", "the twelfth of January sixty-one")]),
    ("Call sign will be M7 something, and the club net is Tuesdays 8 p.m., ticket number 50231 for the exam.", []),
]

LANGS["en"] += [
    # --- extra lines from the calls above
    ("yeah the postcode's BT9 6AZ, it's 5 Malone Park, Belfast, the house with the green door", [("address", "BT9 6AZ"), ("address", "5 Malone Park, Belfast")], "And the address for the membership card?"),
    ("You can reach me on nine eight four five oh, one two three four five, that's my Bangalore number.", [("phone", "nine eight four five oh, one two three four five")]),
    ("Best number is (312) 847-2093, that's my cell, don't call the house phone.", [("phone", "(312) 847-2093")]),
    ("My doubles partner's email is tunde.adeyemi at gmail.com", [("email", "tunde.adeyemi at gmail.com")]),
]

# ================================================================ ARABIC
def ar_say(d, groups, words=AR_D, sep=" "):
    out, i = [], 0
    for g in groups:
        out.append(" ".join(words[int(c)] for c in d[i:i + g]))
        i += g
    assert i == len(d)
    return sep.join(out)


AR_CARD1 = luhn_complete("400861327745018")
AR_CARD2 = luhn_complete("522041887316204")
AR_CARD3 = luhn_complete("484783012295563")
AR_CARD4 = luhn_complete("551390476630128")
AR_CARD5 = luhn_complete("427319550184476")
AR_CARD6 = luhn_complete("37828311457102")
AR_CARD7 = luhn_complete("458962004713385")
AR_CARD8 = luhn_complete("650031778642091")
AR_IBAN_SA = iban("SA", "80000000608010167519")
AR_IBAN_AE = iban("AE", "0260001015832947103")
AR_IBAN_EG = iban("EG", "0019000500000000263180002")
AR_IBAN_JO = iban("JO", "CBJO0010000000000131000302")
AR_IBAN_MA = iban("MA", "011519000001205000534921")
AR_IBAN_LB = iban("LB", "0999000000010019012345AB")
AR_IBAN_KW = iban("KW", "NBOK0000000000001000372151")
AR_IBAN_SA2 = iban("SA", "15000000183027449001")
AR_ID1 = saudi_complete("108437265")
AR_ID2 = saudi_complete("113059842")
AR_IQ1 = saudi_complete("241905738")
AR_IQ2 = saudi_complete("253376190")
AR_ID3 = saudi_complete("104728816")
AR_IQ3 = saudi_complete("229184057")
AR_ID4 = saudi_complete("110596423")
AR_ID5 = saudi_complete("107731904")

LANGS["ar"] = [
    # --- call 1: padel court booking (Dubai, Gulf dialect)
    ("مساء الخير، ملاعب بادل النخلة، معك ريم، كيف أقدر أساعدك؟", [("name", "ريم")]),
    ("مساء النور، أبي أحجز ملعب بادل يوم الخميس الساعة تسع بالليل، ساعة ونص.", []),
    ("الملعب رقم ٤ فاضي، الساعة بـ ٢٠٠ درهم، يعني ٣٠٠ درهم للساعة ونص، وإيجار المضارب ٢٥ درهم للمضرب.", []),
    ("باسمي، أنا سلطان الكعبي.", [("name", "سلطان الكعبي")], "الحجز باسم منو؟"),
    ("تمام أستاذ سلطان، ورقم تلفونك؟", [("name", "أستاذ سلطان")]),
    ("صفر خمسة خمسة، سبعة تلاتة اتنين، أربعة تسعة واحد صفر", [("phone", "صفر خمسة خمسة، سبعة تلاتة اتنين، أربعة تسعة واحد صفر")], "ورقم تلفونك؟"),
    ("يعني ٠٥٥ ٧٣٢ ٤٩١٠ صح؟", [("phone", "٠٥٥ ٧٣٢ ٤٩١٠")]),
    ("والدفع بالبطاقة، الرقم " + arind(group4(AR_CARD1)) + ".", [("card", arind(group4(AR_CARD1)))]),
    ("رقم الحجز PDL-30581، ولازم توصلون قبل عشر دقايق، والملعب جنب مواقف مول الإمارات.", []),
    ("وعندنا بطولة الهواة يوم ١٨ ديسمبر، رسوم الفريق ٤٥٠ درهم، والجوائز لأول تلات فرق.", []),
    ("وإذا تبي العضوية السنوية بـ ٣٫٥٠٠ درهم، تحصل خصم ١٥٪ على كل الحجوزات.", []),
    ("الإيميل sultan.alkaabi88@gmail.com عشان ترسلون لي الفاتورة", [("email", "sultan.alkaabi88@gmail.com")]),
    ("وإذا في استرجاع حطوه في حسابي، الآيبان " + AR_IBAN_AE + ".", [("iban", AR_IBAN_AE)]),
    # --- call 2: handball club youth registration (Cairo, Egyptian)
    ("ألو، نادي الشمس، قسم كرة اليد، أيوه يا فندم.", []),
    ("أيوه يا أستاذ، أنا عايزة أسجل ابني في اختبارات الناشئين تحت ١٤ سنة.", []),
    ("الاختبارات يوم السبت الجاي الساعة ٤ العصر في الصالة المغطاة، والاشتراك ٦٥٠ جنيه في الشهر.", []),
    ("اسم الكابتن الصغير إيه؟ وتاريخ ميلاده؟", []),
    ("اسمه يوسف، يوسف محمود عبد الحميد، مواليد ١٧ / ٨ / ٢٠١٢.", [("name", "يوسف"), ("name", "يوسف محمود عبد الحميد"), ("date_of_birth", "١٧ / ٨ / ٢٠١٢")], "اسم الكابتن الصغير إيه؟ وتاريخ ميلاده؟"),
    ("أنا منى، منى الشربيني، والدته.", [("name", "منى"), ("name", "منى الشربيني")], "وحضرتك اسمك إيه يا مدام؟"),
    ("تمام يا مدام منى، رقم الموبايل؟", [("name", "مدام منى")]),
    ("صفر واحد صفر، اتنين تمانية، خمسة ستة، تلاتة أربعة، تسعة سبعة", [("phone", "صفر واحد صفر، اتنين تمانية، خمسة ستة، تلاتة أربعة، تسعة سبعة")], "تمام يا مدام منى، رقم الموبايل؟"),
    ("١٤ شارع الطيران، الدور التالت، شقة ٧، مدينة نصر، القاهرة.", [("address", "١٤ شارع الطيران، الدور التالت، شقة ٧، مدينة نصر، القاهرة")], "والعنوان؟"),
    ("بس إحنا جنب جامع رابعة، الناس كلها عارفاه.", []),
    ("الدفع بالتحويل البنكي، آيبان النادي على الإيصال رقم ٧٧٤٣١٠.", []),
    ("أنا هحول من حسابي، الآيبان بتاعي " + group4(AR_IBAN_EG) + ".", [("iban", group4(AR_IBAN_EG))]),
    # --- call 3: drone racing league (Riyadh, Saudi)
    ("السلام عليكم، دوري سباقات الدرون، معك فيصل.", [("name", "فيصل")]),
    ("وعليكم السلام، حبيت أسجل في الجولة الثالثة، فئة ٧٥ ملم.", []),
    ("أبشر، التسجيل يبي رقم الهوية الوطنية لأن فيه جوائز.", []),
    ("رقم الهوية " + ar_say(AR_ID1, [1, 3, 3, 3]) + ".", [("id", ar_say(AR_ID1, [1, 3, 3, 3]))], "التسجيل يبي رقم الهوية الوطنية لأن فيه جوائز."),
    ("وزميلي مقيم، رقم إقامته " + AR_IQ1 + ".", [("id", AR_IQ1)]),
    ("الجولة في حلبة ديراب يوم الجمعة ٢٢ نوفمبر، التسجيل من ٧ الصبح، والرسوم ٣٠٠ ريال للطيار.", []),
    ("والجائزة الأولى ١٠٬٠٠٠ ريال تنحول على الآيبان، عطني الآيبان لو سمحت.", []),
    ("إس إيه " + AR_IBAN_SA[2:4] + " " + " ".join(AR_IBAN_SA[i:i + 4] for i in range(4, 24, 4)), [("iban", "إس إيه " + AR_IBAN_SA[2:4] + " " + " ".join(AR_IBAN_SA[i:i + 4] for i in range(4, 24, 4)))], "عطني الآيبان لو سمحت."),
    ("الدرون حقي موديل DJI Avata 2 والبطاريات ٦ إس، ١٥٥٠ ملي أمبير.", []),
    ("جوالي ٠٥٠٣٨٤٧٢١٦، ولو ما رديت كلم أخوي ٠٥٦٢١٩٨٤٣٠.", [("phone", "٠٥٠٣٨٤٧٢١٦"), ("phone", "٠٥٦٢١٩٨٤٣٠")]),
    ("وتاريخ ميلادك؟ لازم يكون فوق ١٦ سنة.", []),
    ("مواليد خمسة وعشرين ستة ألفين وخمسة", [("date_of_birth", "خمسة وعشرين ستة ألفين وخمسة")], "وتاريخ ميلادك؟ لازم يكون فوق ١٦ سنة."),
    # --- call 4: fencing club (Alexandria, Egyptian)
    ("نادي سبورتنج، قسم سلاح الشيش، مع حضرتك كريم.", [("name", "كريم")]),
    ("أهلاً يا كابتن، أنا عم رضا، عايز أسأل على تمرين السيف للبنات.", [("name", "رضا")]),
    ("التمرين التلات والخميس من ٦ لـ ٨، والبدلة والقناع بـ ٤٢٠٠ جنيه، والاشتراك الربع سنوي ١٨٠٠.", []),
    ("بنتي اسمها جنى، ومواليد تلاتة عشرة ألفين وخمستاشر.", [("name", "جنى"), ("date_of_birth", "تلاتة عشرة ألفين وخمستاشر")]),
    ("تمام يا عم رضا، هبعتلك الفورمة على الواتس.", [("name", "عم رضا")]),
    ("على نفس الرقم، ٠١٢٢٣٤٥٩٨٧١.", [("phone", "٠١٢٢٣٤٥٩٨٧١")]),
    ("هادفع الاشتراك بالفيزا، " + ar_say(AR_CARD2, [4, 4, 4, 4], sep="، ") + ".", [("card", ar_say(AR_CARD2, [4, 4, 4, 4], sep="، "))]),
    ("البطولة الجاية يوم ٣ مارس في ستاد برج العرب، ومعاد الوزن الساعة ٨ الصبح.", []),
    # --- call 5: stand-up comedy night (Amman, Levantine)
    ("مرحبا، مسرح الضحكة للكوميديا، معك لين، كيف بقدر أساعدك؟", [("name", "لين")]),
    ("أهلين، بدي أحجز أربع تذاكر لعرض الستاند أب يوم الجمعة، الساعة تسعة.", []),
    ("التذكرة بـ ١٥ دينار، والصف الأول بـ ٢٠، والعرض مدته ساعة وربع.", []),
    ("اسمي طارق الحوراني، والدفع بالبطاقة: " + AR_CARD3[:4] + " " + AR_CARD3[4:8] + " " + AR_CARD3[8:12] + " " + AR_CARD3[12:], [("name", "طارق الحوراني"), ("card", group4(AR_CARD3))]),
    ("شكراً أستاذ طارق، رح يوصلك مسج على الرقم المسجل.", [("name", "أستاذ طارق")]),
    ("الرقم صفر سبعة تسعة، خمسة خمسة اتنين، تلاتة صفر ستة واحد.", [("phone", "صفر سبعة تسعة، خمسة خمسة اتنين، تلاتة صفر ستة واحد")]),
    ("والإيميل طارق نقطة حوراني آت هوتميل دوت كوم", [("email", "طارق نقطة حوراني آت هوتميل دوت كوم")]),
    ("المسرح بجبل اللويبدة، بعد دوار باريس، والبوابة بتفتح الساعة ثمانية ونص.", []),
]

LANGS["ar"] += [
    # --- call 6: bird-watching trips (Azraq, Jordan)
    ("محمية الأزرق، رحلات مراقبة الطيور، الرحلة الصبحية بتطلع الساعة ٥:٣٠ من عمان وبترجع الساعة ٢.", []),
    ("بدي أحجز لشخصين، أنا وزوجتي، ووقت الهجرة بالربيع، يعني آخر آذار.", []),
    ("أكيد، سعر الشخص ٣٥ دينار مع الفطور والمنظار، والحد الأقصى ١٢ شخص بالباص.", []),
    ("عنواني للفاتورة: عمان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني.", [("address", "عمان، خلدا، شارع وصفي التل، عمارة ٢٣، الطابق التاني")]),
    ("والإيميل نور underscore haddad at yahoo dot com", [("email", "نور underscore haddad at yahoo dot com")]),
    ("بدي أحول العربون من حسابي بالبنك العربي، " + group4(AR_IBAN_JO) + ".", [("iban", group4(AR_IBAN_JO))]),
    ("شفنا السنة الماضية ٢١٧ نوع، والعقاب الملكي بيظهر عادة بين ١٠ و ١٢ الظهر.", []),
    # --- call 7: Arabic poetry festival (MSA)
    ("مهرجان الشعر العربي، قسم تسجيل الشعراء المشاركين، تفضل.", []),
    ("السلام عليكم، أرغب في المشاركة في أمسية الشعر الفصيح، اسمي عبد الرحمن بن ناصر العتيبي.", [("name", "عبد الرحمن بن ناصر العتيبي")]),
    ("أهلاً بك أستاذ عبد الرحمن، نحتاج رقم الهوية الوطنية لإصدار بطاقة المشاركة.", [("name", "أستاذ عبد الرحمن")]),
    ("رقم الهوية " + arind(AR_ID2) + ".", [("id", arind(AR_ID2))], "نحتاج رقم الهوية الوطنية لإصدار بطاقة المشاركة."),
    ("الرابع عشر من شعبان عام ألف وأربعمئة وسبعة هجري.", [("date_of_birth", "الرابع عشر من شعبان عام ألف وأربعمئة وسبعة هجري")], "وتاريخ الميلاد كما في الهوية؟"),
    ("تقام الأمسية مساء الثلاثاء في القاعة الكبرى، ومدة كل قصيدة لا تتجاوز سبع دقائق، والمكافأة ٥٠٠٠ ريال.", []),
    ("تحول المكافأة إلى حسابي في الراجحي، رقم الآيبان " + AR_IBAN_SA2 + ".", [("iban", AR_IBAN_SA2)]),
    ("وللتواصل بريدي الإلكتروني a.alotaibi@poetmail.sa، وجوالي ٠٥٤٨٨١٢٣٦٧.", [("email", "a.alotaibi@poetmail.sa"), ("phone", "٠٥٤٨٨١٢٣٦٧")]),
    # --- call 8: model aircraft club (Casablanca, Darija)
    ("ألو، نادي الطائرات المصغرة ديال الدار البيضاء، شكون معايا؟", []),
    ("السلام، أنا سي العربي بنعيسى، بغيت نسجل الولد ديالي في الكورس ديال الطيران.", [("name", "سي العربي بنعيسى")]),
    ("واخا، الكورس فيه ثمن حصص، كل سبت من العشرة حتى الطناش، والثمن ٩٠٠ درهم.", []),
    ("الولد سميتو أيوب، وزاد في ٩ يونيو ٢٠١٠.", [("name", "أيوب"), ("date_of_birth", "٩ يونيو ٢٠١٠")]),
    ("ساكنين في زنقة ابن بطوطة رقم ٤٧، حي المعاريف، الدار البيضاء ٢٠٣٣٠.", [("address", "زنقة ابن بطوطة رقم ٤٧، حي المعاريف، الدار البيضاء ٢٠٣٣٠")], "الساكنين فين؟"),
    ("النمرة ديالي زيرو ستة، واحد اتنين، تلاتة أربعة، خمسة ستة، سبعة تمانية... لا سمح ليا، سبعة تسعة.", [("phone", "زيرو ستة، واحد اتنين، تلاتة أربعة، خمسة ستة، سبعة تمانية... لا سمح ليا، سبعة تسعة")]),
    ("الخلاص بالتحويل، الحساب ديالي " + AR_IBAN_MA[:2] + " " + AR_IBAN_MA[2:4] + " " + " ".join(AR_IBAN_MA[i:i + 4] for i in range(4, 28, 4)) + ".", [("iban", AR_IBAN_MA[:2] + " " + AR_IBAN_MA[2:4] + " " + " ".join(AR_IBAN_MA[i:i + 4] for i in range(4, 28, 4)))]),
    ("الطيارة اللي عندو موديل Cessna 182 ديال ١٤٠٠ ملم، والبطارية ٣ سيل.", []),
    # --- call 9: judo club (Tunis / Algiers)
    ("نادي الجيدو، صباح الخير، معاك سليم.", [("name", "سليم")]),
    ("صباح النور خويا، نحب نسجل بنتي في الحزام الأصفر، عندها ١١ عام.", []),
    ("مرحبا، الاشتراك ٦٠ دينار في الشهر، والتمارين نهار الإثنين والأربعاء مع الستة متاع العشية.", []),
    ("شنوة الإسم الكامل متاع البنية وتاريخ الولادة؟", []),
    ("ياسمين بن علي، مولودة في ٢ فيفري ٢٠١٤.", [("name", "ياسمين بن علي"), ("date_of_birth", "٢ فيفري ٢٠١٤")], "شنوة الإسم الكامل متاع البنية وتاريخ الولادة؟"),
    ("العنوان: نهج الحبيب ثامر عدد ١٢، المنزه السادس، تونس.", [("address", "نهج الحبيب ثامر عدد ١٢، المنزه السادس، تونس")]),
    ("البطولة الجهوية يوم ١٥ أفريل، والميزان تحت ٤٠ كيلو، والشهادة الطبية لازمة قبل ٣٠ مارس.", []),
    ("الإيميل متاعي: hedi.benali1979 آت جيميل دوت كوم", [("email", "hedi.benali1979 آت جيميل دوت كوم")]),
]

LANGS["ar"] += [
    # --- call 10: photography walk workshop (Beirut, Lebanese)
    ("بونجور، ورشة التصوير بالشارع، معك كارين، كيفك؟", [("name", "كارين")]),
    ("هاي، بدي سجّل بالجولة تبع الجميزة ومار مخايل نهار الأحد، قديش الكلفة؟", []),
    ("الجولة ٤٥ دولار، بتبلش الساعة ٤ ونص عند درج مار نقولا، وبتخلص مع الغروب.", []),
    ("منيح، ادفع بالكارت؟ " + AR_CARD4[:4] + " " + AR_CARD4[4:8] + "، " + AR_CARD4[8:12] + " " + AR_CARD4[12:] + ".", [("card", AR_CARD4[:4] + " " + AR_CARD4[4:8] + "، " + AR_CARD4[8:12] + " " + AR_CARD4[12:])]),
    ("وابعتيلي التفاصيل على maya.khoury.photo@outlook.com", [("email", "maya.khoury.photo@outlook.com")]),
    ("ورح جيب معي الكانون 5D مارك ٤ والعدسة ٣٥ ملم، بس الفلاش لأ.", []),
    ("وإذا انلغت الجولة رجعولي المصاري عالحساب، " + AR_IBAN_LB + ".", [("iban", AR_IBAN_LB)]),
    # --- call 11: theatre festival accreditation (Riyadh, MSA / Saudi)
    ("مهرجان الرياض المسرحي، قسم اعتماد الفرق، معك نورة.", [("name", "نورة")]),
    ("هلا والله، فرقتنا فيها ستة ممثلين، نبي نسجل الاعتماد قبل آخر موعد، ٢٠ أكتوبر.", []),
    ("نحتاج لكل عضو رقم الهوية أو الإقامة، تفضل.", []),
    ("الأول هويته " + ar_say(AR_ID3, [3, 3, 4], words=AR_MSA) + "، والثاني مقيم، إقامته " + ar_say(AR_IQ2, [2, 2, 2, 2, 2]) + ".", [("id", ar_say(AR_ID3, [3, 3, 4], words=AR_MSA)), ("id", ar_say(AR_IQ2, [2, 2, 2, 2, 2]))], "نحتاج لكل عضو رقم الهوية أو الإقامة، تفضل."),
    ("والثالث " + AR_ID4[:4] + " " + AR_ID4[4:7] + " " + AR_ID4[7:] + "، والرابع " + arind(AR_IQ3) + ".", [("id", AR_ID4[:4] + " " + AR_ID4[4:7] + " " + AR_ID4[7:]), ("id", arind(AR_IQ3))]),
    ("العرض مدته ٥٥ دقيقة، على خشبة مسرح رقم ٢، وتجربة الإضاءة الساعة ١١ الصبح يوم العرض.", []),
    ("ومدير الفرقة ساكن في الرياض، حي الملقا، شارع أنس بن مالك، فيلا ١٨.", [("address", "الرياض، حي الملقا، شارع أنس بن مالك، فيلا ١٨")]),
    # --- call 12: anime and cosplay convention (Jeddah, Saudi)
    ("أهلاً، هذا دعم تذاكر مهرجان الأنمي في جدة؟ اشتريت تذكرة وما وصلتني.", []),
    ("ألف... قصدي واحد صفر سبعة، سبعة تلاتة واحد، تسعة صفر، أربعة " + AR_D[int(AR_ID5[-1])] + ".", [("id", "واحد صفر سبعة، سبعة تلاتة واحد، تسعة صفر، أربعة " + AR_D[int(AR_ID5[-1])])], "أعطيني رقم الهوية اللي سجلت فيه."),
    ("لقيتها، التذكرة VIP بـ ٤٩٩ ريال، رقم الطلب ٨٨٠٤١٢٥٧٣١٩٦، وراحت على إيميل فيه غلطة.", []),
    ("صحح الإيميل لو سمحت: ريما دوت الغامدي أندرسكور تو آت آيكلاود دوت كوم", [("email", "ريما دوت الغامدي أندرسكور تو آت آيكلاود دوت كوم")]),
    ("والمسابقة حقت الكوسبلاي أبي أسجل فيها بشخصية ميكاسا، والجائزة تنرسل للعنوان.", []),
    ("العنوان جدة، حي الروضة، شارع الأمير سلطان، عمارة ٩، شقة ١٤، الرمز البريدي ٢٣٤٣٥.", [("address", "جدة، حي الروضة، شارع الأمير سلطان، عمارة ٩، شقة ١٤، الرمز البريدي ٢٣٤٣٥")]),
    ("وتاريخ ميلادي ٣٠/١١/٢٠٠٣، عشان فئة الكبار.", [("date_of_birth", "٣٠/١١/٢٠٠٣")]),
    ("أبي أشتري تذكرة ثانية لأختي بالبطاقة، " + ar_say(AR_CARD5, [4, 4, 4, 4], sep="، ") + ".", [("card", ar_say(AR_CARD5, [4, 4, 4, 4], sep="، "))]),
    # --- extra lines from the calls above
    ("بطاقة الأمريكان إكسبريس رقمها " + AR_CARD6[:4] + " " + AR_CARD6[4:10] + " " + AR_CARD6[10:] + ".", [("card", AR_CARD6[:4] + " " + AR_CARD6[4:10] + " " + AR_CARD6[10:])]),
    ("ادفع بهذي: " + arind(AR_CARD7) + "، وتنتهي ٠٩/٢٧.", [("card", arind(AR_CARD7))]),
    ("خلي الدفع على بطاقة مدى " + AR_CARD8[:4] + "-" + AR_CARD8[4:8] + "-" + AR_CARD8[8:12] + "-" + AR_CARD8[12:] + ".", [("card", AR_CARD8[:4] + "-" + AR_CARD8[4:8] + "-" + AR_CARD8[8:12] + "-" + AR_CARD8[12:])]),
    ("أنا كويتي، حولوا لي على بنك الكويت الوطني، " + group4(AR_IBAN_KW) + ".", [("iban", group4(AR_IBAN_KW))]),
    ("عنواني دبي، الجميرا ٣، شارع ٢٧ب، فيلا ٦٤.", [("address", "دبي، الجميرا ٣، شارع ٢٧ب، فيلا ٦٤")]),
    ("الإيميل هو k_almansouri@emirates.net.ae، كاف أندرسكور المنصوري.", [("email", "k_almansouri@emirates.net.ae"), ("email", "كاف أندرسكور المنصوري")]),
    ("أنا من مواليد سنة تسعين، أربعة وعشرين أبريل ١٩٩٠.", [("date_of_birth", "سنة تسعين، أربعة وعشرين أبريل ١٩٩٠")]),
    ("كلمني على +٩٧١ ٥٠ ٤٤٧ ٢١٨٣ أو على الواتساب +962 79 618 3302.", [("phone", "+٩٧١ ٥٠ ٤٤٧ ٢١٨٣"), ("phone", "+962 79 618 3302")]),
]

# ================================================================ HEBREW
def he_say(d, groups, words=HE_F, sep=" "):
    out, i = [], 0
    for g in groups:
        out.append(" ".join(words[int(c)] for c in d[i:i + g]))
        i += g
    assert i == len(d)
    return sep.join(out)


HE_CARD1 = luhn_complete("458003217765910")
HE_CARD2 = luhn_complete("532610048822751")
HE_CARD3 = luhn_complete("401288771530662")
HE_CARD4 = luhn_complete("375510982741")    # 13 digits
HE_CARD5 = luhn_complete("222300418857364")
HE_CARD6 = luhn_complete("476173900115482")
HE_CARD7 = luhn_complete("36227504811097")   # 15 digits
HE_CARD8 = luhn_complete("518844302976611")
HE_IBAN1 = iban("IL", "0108000000099998888")
HE_IBAN2 = iban("IL", "0126230000004471025")
HE_IBAN3 = iban("IL", "0207610000000523871")
HE_IBAN4 = iban("IL", "0310450000000083319")
HE_IBAN5 = iban("IL", "0111520000000290146")
HE_IBAN6 = iban("IL", "0540010000000367712")
HE_IBAN_FR = iban("FR", "20041010050500013M02606")
HE_TZ = [tz_complete(p) for p in ("31418276", "20573918", "04412739", "32958810",
                                  "05926374", "34107765", "21388046", "30227491", "06153388")]

LANGS["he"] = [
    # --- call 1: rhythmic gymnastics club (Russian immigrant mother)
    ("שלום, מועדון התעמלות אומנותית הדר, מדברת אלינה, במה אפשר לעזור?", [("name", "אלינה")]),
    ("שלום, זה סבטלנה, אני רוצה לרשום את הבת שלי לקבוצה תחרותית.", [("name", "סבטלנה")]),
    ("בשמחה, הקבוצה התחרותית מתאמנת ארבע פעמים בשבוע, ראשון עד רביעי משלוש וחצי עד שש.", []),
    ("התשלום 780 שקל לחודש, ועוד 1,200 שקל לבגד תחרות, התחרות הראשונה ב-14 בנובמבר באשדוד.", []),
    ("מה השם המלא של הילדה ותאריך לידה?", []),
    ("דריה קוזלובה, נולדה שנים עשר במרץ אלפיים ושש עשרה.", [("name", "דריה קוזלובה"), ("date_of_birth", "שנים עשר במרץ אלפיים ושש עשרה")], "מה השם המלא של הילדה ותאריך לידה?"),
    ("ותעודת זהות של ההורה, בבקשה.", []),
    ("שלוש אחת ארבע, אחת שמונה שתיים, שבע שש... רגע, " + he_say(HE_TZ[0], [3, 3, 3]) + ".", [("id", "שלוש אחת ארבע, אחת שמונה שתיים, שבע שש... רגע, " + he_say(HE_TZ[0], [3, 3, 3]))], "ותעודת זהות של ההורה, בבקשה."),
    ("תודה סבטלנה. מספר טלפון?", [("name", "סבטלנה")]),
    ("אפס חמש ארבע, שש שבע שלוש, אחת אחת, שמונה תשע", [("phone", "אפס חמש ארבע, שש שבע שלוש, אחת אחת, שמונה תשע")], "תודה סבטלנה. מספר טלפון?"),
    ("והכתובת? רחוב ויצמן 38, דירה 12, קומה רביעית, נתניה.", [("address", "רחוב ויצמן 38, דירה 12, קומה רביעית, נתניה")]),
    ("אפשר לשלם בכרטיס? " + HE_CARD1[:4] + " " + HE_CARD1[4:8] + " " + HE_CARD1[8:12] + " " + HE_CARD1[12:] + ", תוקף 11/27.", [("card", group4(HE_CARD1))]),
    ("המייל sveta.kozlova84 שטרודל gmail נקודה com", [("email", "sveta.kozlova84 שטרודל gmail נקודה com")]),
    # --- call 2: judo club (Ethiopian-Israeli father)
    ("מועדון ג'ודו מכבי, ערב טוב.", []),
    ("ערב טוב, אני יצחק מקונן, אני רוצה לשאול על חוג לבן שלי, הוא בן תשע.", [("name", "יצחק מקונן")]),
    ("כן, יש קבוצת חגורה לבנה ביום שני וחמישי בחמש, 250 שקל לחודש, וחליפה עולה 180.", []),
    ("השם של הילד יונתן, נולד בשלושה ביולי 2015.", [("name", "יונתן"), ("date_of_birth", "שלושה ביולי 2015")]),
    ("בסדר יצחק, ואיפה אתם גרים?", [("name", "יצחק")]),
    ("בקרית מלאכי, רחוב הרב קוק 7 כניסה ב.", [("address", "קרית מלאכי, רחוב הרב קוק 7 כניסה ב")], "ואיפה אתם גרים?"),
    ("התחרות של המועדון בחנוכה, בשבע בבוקר שקילה, והאולם ברחוב ז'בוטינסקי ליד הקניון.", []),
    ("הטלפון שלי 052-7716043, ושל אשתי 050-3381927.", [("phone", "052-7716043"), ("phone", "050-3381927")]),
    ("הוראת קבע מהחשבון, IBAN " + HE_IBAN1 + ".", [("iban", HE_IBAN1)]),
    # --- call 3: amateur theatre troupe (Anglo immigrant)
    ("היי, זה שירה, I mean, שמי שירה גולדברג, אני מתקשרת על האודישנים להצגה.", [("name", "שירה"), ("name", "שירה גולדברג")]),
    ("היי, האודישנים לקזבלן ביום שלישי בשמונה בערב, במתנ\"ס בית הכרם, חדר 4.", []),
    ("מעולה, I'm so excited. הטלפון שלי זה plus nine seven two, five four, six zero two, three three one nine.", [("phone", "plus nine seven two, five four, six zero two, three three one nine")]),
    ("ה-email שלי shira underscore goldberg at walla dot co dot il.", [("email", "shira underscore goldberg at walla dot co dot il")]),
    ("דמי ההשתתפות 350 שקל לעונה, והחזרות עד מאי, ההצגות ב-5, 6 ו-7 ביוני.", []),
    ("ואני צריכה תעודת זהות לביטוח של התיאטרון.", []),
    ("It's " + HE_TZ[1][:3] + " " + HE_TZ[1][3:6] + " " + HE_TZ[1][6:] + ", אני עולה חדשה אז זה חדש.", [("id", HE_TZ[1][:3] + " " + HE_TZ[1][3:6] + " " + HE_TZ[1][6:])], "ואני צריכה תעודת זהות לביטוח של התיאטרון."),
    ("אני גרה ברחוב עזה 22, דירה 3, ירושלים, מיקוד 9242113.", [("address", "רחוב עזה 22, דירה 3, ירושלים, מיקוד 9242113")]),
    # --- call 4: community choir (French immigrant)
    ("מקהלת קולות הים, שלום, כאן דני.", [("name", "דני")]),
    ("בונז'ור, אה, שלום, קוראים לי אלודי בנחמו, אני רוצה להצטרף למקהלה, אני סופרן.", [("name", "אלודי בנחמו")]),
    ("נהדר. החזרות ביום רביעי ב-19:30, ובדצמבר יש קונצרט בהיכל התרבות, כרטיסים 90 שקל.", []),
    ("דמי חבר 1,400 לשנה, אפשר בעשרה תשלומים. אם יש לך חשבון בצרפת, גם אפשר העברה.", []),
    ("כן, מהחשבון שלי בפריז, " + group4(HE_IBAN_FR) + ".", [("iban", group4(HE_IBAN_FR))]),
    ("והמייל שלי elodie.benhamou@orange.fr, אה, e-l-o-d-i-e.", [("email", "elodie.benhamou@orange.fr"), ("email", "e-l-o-d-i-e")]),
    ("אני גרה בנתניה, בשדרות ניצה 15, דירה 21.", [("address", "נתניה, בשדרות ניצה 15, דירה 21")]),
    # --- call 5: orienteering club
    ("מועדון ניווט ספורטיבי, מדבר איתי.", [("name", "איתי")]),
    ("היי, אני רוני, רציתי לרשום אותי ואת אבא שלי לליגת הניווט של החורף.", [("name", "רוני")]),
    ("סבבה. המקצה הראשון ב-9 בינואר ביער בן שמן, זינוק מ-8:30, והמסלול הקצר 4.2 קילומטר.", []),
    ("דמי רישום 95 שקל למשתתף, ועוד 40 להשכרת צ'יפ SI אם אין לכם.", []),
    ("אני צריך את תעודות הזהות לביטוח, תגידי לאט.", []),
    ("שלי " + he_say(HE_TZ[2], [2, 2, 2, 3]) + ", ושל אבא " + HE_TZ[3] + ".", [("id", he_say(HE_TZ[2], [2, 2, 2, 3])), ("id", HE_TZ[3])], "אני צריך את תעודות הזהות לביטוח, תגידי לאט."),
    ("ותאריכי לידה?", []),
    ("אני ארבעה באוגוסט תשעים ושמונה, אבא עשרים ושלושה בינואר שישים ושבע.", [("date_of_birth", "ארבעה באוגוסט תשעים ושמונה"), ("date_of_birth", "עשרים ושלושה בינואר שישים ושבע")], "ותאריכי לידה?"),
    ("תשלום בכרטיס, " + he_say(HE_CARD2, [4, 4, 4, 4], sep=", ") + ".", [("card", he_say(HE_CARD2, [4, 4, 4, 4], sep=", "))]),
    ("במפה של בן שמן יש 22 נקודות ביקורת, ומספר המפה 1:10,000.", []),
]

LANGS["he"] += [
    # --- call 6: bird-watching tours, Hula valley (older native caller)
    ("אגמון החולה, סיורי צפרות, בוקר טוב.", []),
    ("בוקר טוב, מדברת ציפי אלמוג, רציתי להזמין את הסיור בעגלה של הזריחה לשמונה אנשים.", [("name", "ציפי אלמוג")]),
    ("העגורים פה עד סוף פברואר, הסיור יוצא ב-6:15 ונמשך שעתיים, 85 שקל לאדם, ילדים עד גיל 3 חינם.", []),
    ("על שם מי ההזמנה?", []),
    ("על שמי, ותרשמי טלפון אפס ארבע, שש תשע אחת, שלוש שתיים שתיים שבע, זה הבית בראש פינה.", [("phone", "אפס ארבע, שש תשע אחת, שלוש שתיים שתיים שבע")]),
    ("וגם הנייד של הבן שלי, חמישים ושמונה, שבע שלוש ארבע, תשעים ואחת שש... לא, אפס חמש שמונה, שבע שלוש ארבע, תשע אחת שש שתיים.", [("phone", "חמישים ושמונה, שבע שלוש ארבע, תשעים ואחת שש... לא, אפס חמש שמונה, שבע שלוש ארבע, תשע אחת שש שתיים")]),
    ("מספר ההזמנה שלך 402718, ואת החניה תעשי בחניון הצפוני, ליד מגדל התצפית.", []),
    ("תשלחי לי אישור, tzipi.almog@013net.net", [("email", "tzipi.almog@013net.net")]),
    # --- call 7: triathlon club (Arab citizen speaking Hebrew)
    ("קבוצת טריאתלון גליל, שלום, מדבר עידו.", [("name", "עידו")]),
    ("שלום, אני סאמר חאג' יחיא מטייבה, אני רוצה להירשם לקבוצה לקראת איש הברזל באילת.", [("name", "סאמר חאג' יחיא")]),
    ("אחלה. האימונים בבריכה שלישי וחמישי ב-5:30 בבוקר, ורכיבה ארוכה בשבת, 60 עד 90 קילומטר.", []),
    ("דמי המועדון 450 לחודש, כולל תוכנית אימונים, והתחרות באילת ב-21 בנובמבר.", []),
    ("הכתובת שלי טייבה, שכונה מערבית, רחוב 30 בית מספר 12, מיקוד 4040000.", [("address", "טייבה, שכונה מערבית, רחוב 30 בית מספר 12, מיקוד 4040000")]),
    ("תעודת זהות " + HE_TZ[4][:4] + "-" + HE_TZ[4][4:] + ", ותאריך לידה 17.05.1991.", [("id", HE_TZ[4][:4] + "-" + HE_TZ[4][4:]), ("date_of_birth", "17.05.1991")]),
    ("תודה, תקבל הודעה בוואטסאפ עם קישור לתשלום, 450 בהוראת קבע ב-10 לחודש.", []),
    ("ההעברה מחשבון בנק ערבי, " + group4(HE_IBAN2) + ".", [("iban", group4(HE_IBAN2))]),
    ("המייל samer.hy שטרודל hotmail נקודה קום", [("email", "samer.hy שטרודל hotmail נקודה קום")]),
    # --- call 8: water polo club
    ("מועדון כדורמים, גילי מדברת.", [("name", "גילי")]),
    ("אהלן, הבן שלי רוצה לעשות ניסיון בקבוצת הנערים, הוא בן 14.", []),
    ("האימון הבא ביום ראשון ב-17:00 בבריכת גורדון, והבריכה היא 25 על 20, אז שיביא כובע.", []),
    ("עומר בן דוד, עשרים ותשעה בספטמבר אלפיים ועשר.", [("name", "עומר בן דוד"), ("date_of_birth", "עשרים ותשעה בספטמבר אלפיים ועשר")], "מה השם שלו ותאריך לידה?"),
    ("תשלום על שנה שלמה זה 3,600, ואם משלמים עד ה-1 באוקטובר יש 10 אחוז הנחה.", []),
    ("שלם בכרטיס " + he_say(HE_CARD3, [4, 4, 4, 4], words=HE_M) + ".", [("card", he_say(HE_CARD3, [4, 4, 4, 4], words=HE_M))]),
    # --- call 9: speedcubing competition
    ("שלום, זה לגבי תחרות הקובייה ההונגרית בחולון? הבן שלי רוצה להירשם.", []),
    ("כן, התחרות ב-25 במרץ, קטגוריות 3x3, 2x2 ועיוורון, הרשמה 70 שקל, והשיא הישראלי 5.2 שניות.", []),
    ("אני צריכה שם מלא ותאריך לידה שלו בשביל ה-WCA.", []),
    ("אופק שרעבי, נולד ב-8 בפברואר 2011.", [("name", "אופק שרעבי"), ("date_of_birth", "8 בפברואר 2011")], "אני צריכה שם מלא ותאריך לידה שלו בשביל ה-WCA."),
    ("והמייל של ההורה: orit_sharabi@gmail.com", [("email", "orit_sharabi@gmail.com")]),
    ("תשלום, " + HE_CARD4[:4] + " " + HE_CARD4[4:8] + " " + HE_CARD4[8:] + ".", [("card", HE_CARD4[:4] + " " + HE_CARD4[4:8] + " " + HE_CARD4[8:])]),
    ("מספר האישור 55031, הזינוק של ה-3x3 בשעה עשר, אולם 2.", []),
    # --- call 10: Lego fan convention
    ("כנס חובבי לגו, מכירת דוכנים, מדברת מרגריטה.", [("name", "מרגריטה")]),
    ("שלום, אני רוצה לשכור דוכן להציג דיורמה של תל אביב, 2 מטר על 1.5.", []),
    ("דוכן סטנדרטי 600 שקל ליומיים, ה-18 וה-19 ביולי, גני התערוכה ביתן 2.", []),
    ("בוריס, בוריס רבינוביץ', תרשמי בבקשה ב-ץ בסוף.", [("name", "בוריס"), ("name", "בוריס רבינוביץ'")], "ושמך?"),
    ("ת.ז. " + HE_TZ[5] + ", וכתובת למשלוח התג: רחוב הנשיאים 9 דירה 44, באר שבע.", [("id", HE_TZ[5]), ("address", "רחוב הנשיאים 9 דירה 44, באר שבע")]),
    ("ההחזר על הכנס הקודם, תעבירי לחשבון " + HE_IBAN3 + ".", [("iban", HE_IBAN3)]),
    ("הסט הגדול שם זה 10316, 9,090 חלקים, ויש עוד 12 סטים ישנים משנות התשעים.", []),
]

LANGS["he"] += [
    # --- call 11: capoeira group
    ("שלום, קבוצת קפוארה אשה, אני רוצה לשאול על הבטיזאדו, טקס החגורות, מתי זה?", []),
    ("הבטיזאדו ב-2 בספטמבר, עם מסטרה מברזיל, ההרשמה 320 שקל כולל חולצה וחבל, וסדנה של ברימבאו ב-11.", []),
    ("אוקיי, תרשמי אותי, שמי טל, טל אברג'יל, ואני משלמת ב" + HE_CARD5[:4] + " " + HE_CARD5[4:8] + " " + HE_CARD5[8:12] + " " + HE_CARD5[12:] + ".", [("name", "טל"), ("name", "טל אברג'יל"), ("card", group4(HE_CARD5))]),
    ("זה טל נקודה אברג'יל קו תחתון תשעים ושתיים שטרודל ג'ימייל נקודה קום", [("email", "טל נקודה אברג'יל קו תחתון תשעים ושתיים שטרודל ג'ימייל נקודה קום")], "תודה טל, הקבלה תישלח למייל."),
    ("השיעורים ברחוב יפו 97, קומה 2, מול התחנה המרכזית, וחניה בכחול לבן אחרי 7.", []),
    ("אני גרה בחיפה, רחוב מסדה 31 דירה 6, אם אפשר לשלוח את החבל בדואר.", [("address", "חיפה, רחוב מסדה 31 דירה 6")]),
    # --- call 12: table tennis club (Nazareth, Arab citizen)
    ("מועדון טניס שולחן נצרת, אהלן.", []),
    ("אהלן, קוראים לי ג'ורג' חדאד, אני רוצה להירשם לליגה של הוותיקים, מעל חמישים.", [("name", "ג'ורג' חדאד")]),
    ("בשמחה ג'ורג'. אני צריך תאריך לידה בשביל הקטגוריה.", [("name", "ג'ורג'")]),
    ("אחד עשר באפריל אלף תשע מאות שבעים ושלוש.", [("date_of_birth", "אחד עשר באפריל אלף תשע מאות שבעים ושלוש")], "אני צריך תאריך לידה בשביל הקטגוריה."),
    ("שלושה, אפס, שניים, שניים, שבעה, ארבעה, תשעה, אחד, " + HE_M[int(HE_TZ[7][8])] + ".", [("id", "שלושה, אפס, שניים, שניים, שבעה, ארבעה, תשעה, אחד, " + HE_M[int(HE_TZ[7][8])])], "ומספר זהות?"),
    ("הכתובת נצרת, שכונת אל-ביר, רחוב 6024 בית 15.", [("address", "נצרת, שכונת אל-ביר, רחוב 6024 בית 15")]),
    ("והנייד 0544-812-763, לא, 054-4812763, כן.", [("phone", "0544-812-763"), ("phone", "054-4812763")]),
    ("הליגה משחקת בימי שלישי, 12 מחזורים, המחבט שלי בטרפליי טימו בול ALC, 1,100 שקל עלה.", []),
    ("ההחזר על הטורניר שבוטל, תעביר ל-" + group4(HE_IBAN4) + ".", [("iban", group4(HE_IBAN4))]),
    # --- extra lines from the calls above
    ("רגע, את הכרטיס של בעלי, " + he_say(HE_CARD6, [4, 4, 4, 4], sep=", ") + ".", [("card", he_say(HE_CARD6, [4, 4, 4, 4], sep=", "))]),
    ("כרטיס דיינרס, " + HE_CARD7[:4] + " " + HE_CARD7[4:10] + " " + HE_CARD7[10:] + ".", [("card", HE_CARD7[:4] + " " + HE_CARD7[4:10] + " " + HE_CARD7[10:])]),
    ("חמש אחת שמונה שמונה, " + HE_CARD8[4:8] + ", " + HE_CARD8[8:12] + ", " + he_say(HE_CARD8[12:], [4]) + ".", [("card", "חמש אחת שמונה שמונה, " + HE_CARD8[4:8] + ", " + HE_CARD8[8:12] + ", " + he_say(HE_CARD8[12:], [4]))], "מספר כרטיס?"),
    ("החשבון בדואר ישראל, " + HE_IBAN5 + ", ומספר הזהות של בעל החשבון " + HE_TZ[6] + ".", [("iban", HE_IBAN5), ("id", HE_TZ[6])]),
    ("תזכה את החשבון הזה: " + " ".join(HE_IBAN6[i:i + 4] for i in range(0, 23, 4)).lower() + ".", [("iban", " ".join(HE_IBAN6[i:i + 4] for i in range(0, 23, 4)).lower())]),
    ("תעודת זהות של הילד " + he_say(HE_TZ[8], [1, 2, 3, 3], words=HE_M) + ".", [("id", he_say(HE_TZ[8], [1, 2, 3, 3], words=HE_M))]),
    ("תתקשרו לנייד, פלוס תשע שבע שתיים חמישים, שש שמונה שבע, שלושים ושתיים עשרים ואחת.", [("phone", "פלוס תשע שבע שתיים חמישים, שש שמונה שבע, שלושים ושתיים עשרים ואחת")]),
    ("אפשר גם בבית, 03-6412795, אחרי שש.", [("phone", "03-6412795")]),
    ("המייל של אבא שלי zeev.rabinovich@bezeqint.net, תשלחי גם אליו.", [("email", "zeev.rabinovich@bezeqint.net")]),
    ("הכתובת למשלוח: קיבוץ גבעת ברנר, ת.ד. 112, מיקוד 6093000.", [("address", "קיבוץ גבעת ברנר, ת.ד. 112, מיקוד 6093000")], "לאן לשלוח את המדליות?"),
    ("ההזמנה מספר 7720145 הייתה ל-3 בדצמבר, שתי משבצות של 90 דקות, ובוטלה בגלל הגשם.", []),
    ("ביום רביעי הקרוב זה ה-15, החוג עובר לאולם ברחוב בן גוריון 4, ליד קופת חולים מכבי.", []),
    ("המחיר עלה ב-2024 מ-250 ל-280, כי העירייה העלתה את שכר הדירה של האולם ב-12 אחוז.", []),
    ("יש לנו 3 מאמנים, שניים מהם אלופי ישראל, וקבוצה של 18 ילדים, והאימון הכי מוקדם ב-6:45.", []),
]

# ================================================================ GREEK
def el_say(d, groups, sep=" "):
    out, i = [], 0
    for g in groups:
        out.append(" ".join(EL_D[int(c)] for c in d[i:i + g]))
        i += g
    assert i == len(d)
    return sep.join(out)


EL_CARD1 = luhn_complete("451416028877340")
EL_CARD2 = luhn_complete("516732094418825")
EL_CARD3 = luhn_complete("402360119837452")
EL_CARD4 = luhn_complete("37696140022851")      # 15 digits
EL_CARD5 = luhn_complete("549137700266109")
EL_CARD6 = luhn_complete("476650318294017")
EL_CARD7 = luhn_complete("222721553908146")
EL_CARD8 = luhn_complete("455701882360")        # 13 digits
EL_IBAN_GR1 = iban("GR", "01101250000000012300695")
EL_IBAN_GR2 = iban("GR", "01720440005044037592116")
EL_IBAN_GR3 = iban("GR", "02601430000240100876432")
EL_IBAN_GR4 = iban("GR", "01403120312002101548760")
EL_IBAN_CY1 = iban("CY", "002001950000357004483920")
EL_IBAN_CY2 = iban("CY", "005002710002710102883417")
EL_IBAN_GR5 = iban("GR", "01100400000004029631188")
EL_AFM = [afm_complete(p) for p in ("04518736", "11827409", "06733102", "14450961",
                                    "03891277", "12095384", "07216659", "15730042", "10362815")]

LANGS["el"] = [
    # --- call 1: tavli tournament (older caller, Piraeus)
    ("Καλησπέρα σας, Όμιλος Τάβλι Πειραιά, εδώ Στέλιος.", [("name", "Στέλιος")]),
    ("Καλησπέρα παιδί μου, λέγομαι Γιάννης Καραμανλάκης, θέλω να γραφτώ στο τουρνουά, πόρτες, πλακωτό και φεύγα.", [("name", "Γιάννης Καραμανλάκης")]),
    ("Μάλιστα. Το τουρνουά ξεκινάει Σάββατο 9 Νοεμβρίου στις 11, συμμετοχή 25 ευρώ, και το πρώτο έπαθλο 500 ευρώ.", []),
    ("Για το έπαθλο θα χρειαστώ ΑΦΜ.", []),
    ("Εεε, μηδέν τέσσερα πέντε, ένα οχτώ εφτά, τριάντα έξι, " + EL_D[int(EL_AFM[0][8])] + ".", [("id", "μηδέν τέσσερα πέντε, ένα οχτώ εφτά, τριάντα έξι, " + EL_D[int(EL_AFM[0][8])])], "Για το έπαθλο θα χρειαστώ ΑΦΜ."),
    ("Και ένα τηλέφωνο; Το κινητό σας;", []),
    ("Κινητό δεν έχω, γράψε το σπίτι, διακόσια δέκα, τετρακόσια δεκαεφτά, εξήντα εφτά είκοσι δύο.", [("phone", "διακόσια δέκα, τετρακόσια δεκαεφτά, εξήντα εφτά είκοσι δύο")], "Και ένα τηλέφωνο; Το κινητό σας;"),
    ("Δηλαδή 210 4176722, σωστά;", [("phone", "210 4176722")]),
    ("Μένω στην Ηρώων Πολυτεχνείου 58, δεύτερος όροφος, Πειραιάς, αν θέλεις να στείλεις τίποτα χαρτιά.", [("address", "Ηρώων Πολυτεχνείου 58, δεύτερος όροφος, Πειραιάς")]),
    ("Κάθε παρτίδα είναι στα 5 πόντους, έχουμε 64 παίκτες και 16 τραπέζια στην αίθουσα στην Ακτή Μιαούλη.", []),
    # --- call 2: water polo club (mother, Athens)
    ("Ναυτικός Όμιλος, τμήμα υδατοσφαίρισης, καλημέρα, η Κατερίνα είμαι.", [("name", "Κατερίνα")]),
    ("Καλημέρα, είμαι η Ελένη Ζαχαρίου, θέλω να γράψω τον γιο μου στις ακαδημίες πόλο.", [("name", "Ελένη Ζαχαρίου")]),
    ("Βεβαίως. Οι προπονήσεις είναι Τρίτη, Πέμπτη και Παρασκευή 18:00 με 19:30, η συνδρομή 55 ευρώ τον μήνα.", []),
    ("Το όνομα του παιδιού και ημερομηνία γέννησης;", []),
    ("Άρης Ζαχαρίου, γεννήθηκε στις 14 Ιουνίου 2013.", [("name", "Άρης Ζαχαρίου"), ("date_of_birth", "14 Ιουνίου 2013")], "Το όνομα του παιδιού και ημερομηνία γέννησης;"),
    ("Και η διεύθυνσή σας, κυρία Ζαχαρίου;", [("name", "κυρία Ζαχαρίου")]),
    ("Λεωφόρος Αλεξάνδρας 112, τρίτος όροφος, Αθήνα 11473.", [("address", "Λεωφόρος Αλεξάνδρας 112, τρίτος όροφος, Αθήνα 11473")], "Και η διεύθυνσή σας, κυρία Ζαχαρίου;"),
    ("Το κινητό μου είναι έξι εννιά τέσσερα, πέντε δύο οχτώ, τριάντα ένα σαράντα τέσσερα.", [("phone", "έξι εννιά τέσσερα, πέντε δύο οχτώ, τριάντα ένα σαράντα τέσσερα")]),
    ("Και το email; eleni τελεία zachariou παπάκι yahoo τελεία gr.", [("email", "eleni τελεία zachariou παπάκι yahoo τελεία gr")]),
    ("Η πάγια εντολή θα είναι από τον λογαριασμό " + EL_IBAN_GR1 + ".", [("iban", EL_IBAN_GR1)]),
    ("Τον Μάρτιο έχουμε το τουρνουά στο ΟΑΚΑ, και το σκουφάκι είναι το νούμερο 7 για τους μικρούς.", []),
    # --- call 3: beach volleyball tournament (Thessaloniki, young)
    ("Γεια σας, για το τουρνουά beach volley στην Περαία; Θέλω να δηλώσω ομάδα.", []),
    ("Ναι, 2 επί 2, κατηγορίες ανδρών, γυναικών και μικτό, συμμετοχή 40 ευρώ η ομάδα, 12 με 14 Ιουλίου.", []),
    ("Με λένε Μαριλένα Τσολάκη, και δηλώνω με τη συμπαίκτριά μου από τον Άρη.", [("name", "Μαριλένα Τσολάκη")]),
    ("Ωραία, ένα κινητό;", []),
    ("6977 408 215", [("phone", "6977 408 215")], "Ωραία, ένα κινητό;"),
    ("Πληρώνω με κάρτα, " + EL_CARD1[:4] + " " + EL_CARD1[4:8] + " " + EL_CARD1[8:12] + " " + EL_CARD1[12:] + ".", [("card", group4(EL_CARD1))]),
    ("Το πρόγραμμα βγαίνει Τετάρτη, πρώτοι αγώνες 9:30, και τα γήπεδα είναι δίπλα στο Μπλε Κύμα.", []),
    # --- call 4: canyoning tours (Crete)
    ("Crete Canyoning, καλησπέρα, ο Μανώλης.", [("name", "Μανώλης")]),
    ("Καλησπέρα, θέλαμε για το φαράγγι του Κλάδου, 4 άτομα, 23 Αυγούστου.", []),
    ("Είναι επιπέδου 3, 7 ώρες, 13 καταβάσεις με σχοινί, η πιο ψηλή 45 μέτρα, 95 ευρώ το άτομο με εξοπλισμό.", []),
    ("Για την ασφάλεια χρειάζομαι ημερομηνίες γέννησης όλων.", []),
    ("Εγώ 2 Φεβρουαρίου 1990, η γυναίκα μου 19/11/1992, και τα αδέρφια μου δεν ξέρω, θα σου στείλω.", [("date_of_birth", "2 Φεβρουαρίου 1990"), ("date_of_birth", "19/11/1992")], "Για την ασφάλεια χρειάζομαι ημερομηνίες γέννησης όλων."),
    ("Το mail είναι p κάτω παύλα vardakis eighty eight... όχι, χωρίς το eighty eight, p κάτω παύλα vardakis παπάκι gmail τελεία com", [("email", "p κάτω παύλα vardakis eighty eight... όχι, χωρίς το eighty eight, p κάτω παύλα vardakis παπάκι gmail τελεία com")]),
    ("Προκαταβολή 30% με κάρτα, " + el_say(EL_CARD2, [4, 4, 4, 4], sep=", ") + ".", [("card", el_say(EL_CARD2, [4, 4, 4, 4], sep=", "))]),
    ("Ο κωδικός κράτησης είναι CC-2318, σημείο συνάντησης Σούγια στις 7:45 πρωί.", []),
    # --- call 5: speleology club (Crete, older)
    ("Σπηλαιολογικός Όμιλος Κρήτης, ναι;", []),
    ("Γεια σας, ονομάζομαι Εμμανουήλ Σταυρουλάκης, θέλω να γίνω μέλος, έχω κάνει σπήλαια από το '85.", [("name", "Εμμανουήλ Σταυρουλάκης")]),
    ("Καλώς τον κύριο Σταυρουλάκη! Η ετήσια συνδρομή 60 ευρώ και η ασφάλιση 35. Πείτε μου ΑΦΜ για την απόδειξη.", [("name", "κύριο Σταυρουλάκη")]),
    ("Ο ΑΦΜ μου " + EL_AFM[1][:3] + " " + EL_AFM[1][3:6] + " " + EL_AFM[1][6:] + ".", [("id", EL_AFM[1][:3] + " " + EL_AFM[1][3:6] + " " + EL_AFM[1][6:])]),
    ("Και πότε γεννηθήκατε, για την ασφάλιση;", []),
    ("Είκοσι οχτώ Οκτωβρίου του πενήντα εννιά.", [("date_of_birth", "Είκοσι οχτώ Οκτωβρίου του πενήντα εννιά")], "Και πότε γεννηθήκατε, για την ασφάλιση;"),
    ("Η επόμενη εξόρμηση είναι στο Σπήλαιο Σφεντόνη στις 3 Μαΐου, βάθος 270 μέτρα, αναχώρηση 6:00 από το Ηράκλειο.", []),
    ("Η διεύθυνση είναι Κνωσού 214, Ηράκλειο 71409.", [("address", "Κνωσού 214, Ηράκλειο 71409")], "Διεύθυνση για την κάρτα μέλους;"),
    ("Την συνδρομή θα την πληρώσω με έμβασμα από " + group4(EL_IBAN_GR2) + ".", [("iban", group4(EL_IBAN_GR2))]),
    # --- call 6: historic car rally (Cyprus)
    ("Ιστορικό Ράλι Κύπρου, γραμματεία, η Χρυστάλλα μιλά.", [("name", "Χρυστάλλα")]),
    ("Γεια σου κόρη μου, Πάμπος εδώ, ο Χαράλαμπος Χατζηπαύλου, να δηλώσω την Λάντσια Φούλβια του '71.", [("name", "Πάμπος"), ("name", "Χαράλαμπος Χατζηπαύλου")]),
    ("Η συμμετοχή 250 ευρώ, το ράλι 18 με 20 Οκτωβρίου, εκκίνηση από το Κάστρο της Λεμεσού στις 8.", []),
    ("Το κινητό μου ενενήντα εννιά, τέσσερα πέντε, εξήντα εφτά, ογδόντα ένα.", [("phone", "ενενήντα εννιά, τέσσερα πέντε, εξήντα εφτά, ογδόντα ένα")]),
    ("Πληρώνω με μεταφορά, ο λογαριασμός " + group4(EL_IBAN_CY1) + ".", [("iban", group4(EL_IBAN_CY1))]),
    ("Μένω Λεμεσό, οδός Αγίας Φυλάξεως 33, διαμέρισμα 201, 3025.", [("address", "Λεμεσό, οδός Αγίας Φυλάξεως 33, διαμέρισμα 201, 3025")]),
    ("Το αυτοκίνητο έχει αριθμό πλαισίου 818.630.001482 και ο αριθμός συμμετοχής από πέρσι ήταν 27.", []),
]

LANGS["el"] += [
    # --- call 7: handball club (Cyprus, youth)
    ("Καλημέρα, Σύλλογος Χειροσφαίρισης Λευκωσίας, εν η Άντρη που μιλά.", [("name", "Άντρη")]),
    ("Καλημέρα, ήθελα να γράψω τη μικρή στο τμήμα κορασίδων, είναι δώδεκα χρονών.", []),
    ("Ναι, οι προπονήσεις εν Δευτέρα και Τετάρτη 4:30 στο κλειστό του Λυκαβηττού, 40 ευρώ τον μήνα.", []),
    ("Η μικρή λέγεται Σταυριάνα Κωνσταντίνου, γεννημένη 7 Απριλίου 2013, και εγώ είμαι η μάμμα της, η Γεωργία.", [("name", "Σταυριάνα Κωνσταντίνου"), ("date_of_birth", "7 Απριλίου 2013"), ("name", "Γεωργία")]),
    ("Το τηλέφωνο μου +357 96 118 304.", [("phone", "+357 96 118 304")]),
    ("Πληρώνω τον χρόνο μαζί, με την κάρτα " + EL_CARD3[:4] + " " + EL_CARD3[4:8] + " " + EL_CARD3[8:12] + " " + EL_CARD3[12:] + ".", [("card", group4(EL_CARD3))]),
    ("Τον Φεβράρη έχει τουρνουά στη Λάρνακα, 16 ομάδες, και το λεωφορείο φεύγει 7 το πρωί από το ΓΣΠ.", []),
    # --- call 8: comics and cosplay convention (young Athenian)
    ("Γεια, για τα εισιτήρια του comic con στο Γκάζι, τα τριήμερα τελείωσαν;", []),
    ("Έχουν μείνει 40 τριήμερα στα 45 ευρώ, το ημερήσιο 18, και ο διαγωνισμός cosplay είναι την Κυριακή στις 17:00.", []),
    ("Θέλω 2 τριήμερα και να δηλώσω στο cosplay. Είμαι ο Θοδωρής, Theodoros Papanikolaou στην ταυτότητα.", [("name", "Θοδωρής"), ("name", "Theodoros Papanikolaou")]),
    ("Ok, για τον διαγωνισμό θέλω ημερομηνία γέννησης, γιατί κάτω από 16 πάει σε άλλη κατηγορία.", []),
    ("τριάντα ένα δώδεκα δύο χιλιάδες τέσσερα", [("date_of_birth", "τριάντα ένα δώδεκα δύο χιλιάδες τέσσερα")], "για τον διαγωνισμό θέλω ημερομηνία γέννησης"),
    ("και το email μου είναι theo dot pap underscore cosplay at gmail dot com", [("email", "theo dot pap underscore cosplay at gmail dot com")]),
    ("κάρτα " + el_say(EL_CARD4, [4, 6, 5]), [("card", el_say(EL_CARD4, [4, 6, 5]))]),
    ("Η στολή μου είναι Geralt από το Witcher 3, με σπαθί 1,20 μέτρα, επιτρέπεται;", []),
    # --- call 9: stained-glass workshop (older lady)
    ("Εργαστήρι Βιτρό Ίριδα, καλησπέρα.", []),
    ("Καλησπέρα σας, είμαι η Φωτεινή Αλεξίου, ήθελα να ρωτήσω για τα μαθήματα Tiffany.", [("name", "Φωτεινή Αλεξίου")]),
    ("Τα μαθήματα είναι 8 εβδομάδες, κάθε Πέμπτη 6 με 9, κοστίζουν 240 ευρώ με τα υλικά, και ξεκινάμε 2 Οκτωβρίου.", []),
    ("Τι ωραία. Γράψτε με. Το κινητό, εξήντα εννιά, σαράντα πέντε, τριακόσια δώδεκα, ογδόντα, εφτά εννιά.", [("phone", "εξήντα εννιά, σαράντα πέντε, τριακόσια δώδεκα, ογδόντα, εφτά εννιά")]),
    ("Τέλεια, και ένα email για την απόδειξη;", []),
    ("fotini.alexiou@otenet.gr, όλα μικρά, με ένα λάμδα.", [("email", "fotini.alexiou@otenet.gr")]),
    ("Χρειάζομαι και τον ΑΦΜ σας για το τιμολόγιο.", []),
    (el_say(EL_AFM[2], [3, 3, 3]) + ".", [("id", el_say(EL_AFM[2], [3, 3, 3]))], "Χρειάζομαι και τον ΑΦΜ σας για το τιμολόγιο."),
    ("Το εργαστήρι είναι στην Ασκληπιού 17, πάνω από το φαρμακείο, στο Κολωνάκι.", []),
    ("Εγώ μένω στο Χαλάνδρι, Ανδρέα Παπανδρέου 41, να μου στείλετε το τιμολόγιο εκεί.", [("address", "Χαλάνδρι, Ανδρέα Παπανδρέου 41")]),
    # --- call 10: Greco-Roman wrestling club (Thessaloniki, Pontic father)
    ("Αθλητικός Σύλλογος Πάλης Καλαμαριάς, ναι.", []),
    ("Γεια σου, είμαι ο Σάββας Ιωαννίδης, ο πατέρας του μικρού, θέλει να πάει στο πανελλήνιο παίδων.", [("name", "Σάββας Ιωαννίδης")]),
    ("Ναι. Το πανελλήνιο είναι 15 Δεκεμβρίου στη Λάρισα, ζύγιση 8 το πρωί, κατηγορία μέχρι 48 κιλά.", []),
    ("Για το δελτίο θέλω ημερομηνία γέννησης του παιδιού και τον ΑΦΜ του κηδεμόνα.", []),
    ("Γεννήθηκε στις έντεκα του Μάρτη του δύο χιλιάδες δέκα, και ο ΑΦΜ μου " + EL_AFM[3] + ".", [("date_of_birth", "έντεκα του Μάρτη του δύο χιλιάδες δέκα"), ("id", EL_AFM[3])], "Για το δελτίο θέλω ημερομηνία γέννησης του παιδιού και τον ΑΦΜ του κηδεμόνα."),
    ("Η διεύθυνση Πόντου 23, Καλαμαριά, Θεσσαλονίκη 55132.", [("address", "Πόντου 23, Καλαμαριά, Θεσσαλονίκη 55132")]),
    ("Τα έξοδα του πούλμαν 30 ευρώ, ξενοδοχείο Ολυμπία, δωμάτιο 214, 2 διανυκτερεύσεις.", []),
    ("Τα λεφτά για το ξενοδοχείο να τα στείλω στο IBAN του συλλόγου; Εγώ έχω Πειραιώς, " + EL_IBAN_GR3 + ".", [("iban", EL_IBAN_GR3)]),
    # --- call 11: Patras carnival parade group registration
    ("Καρναβάλι Πάτρας, δηλώσεις πληρωμάτων, Γιώργος εδώ.", [("name", "Γιώργος")]),
    ("Γεια σου, θέλουμε να κατεβάσουμε πλήρωμα, 120 άτομα, θέμα «Οι Αργοναύτες».", []),
    ("Μάλιστα. Η δήλωση κλείνει 20 Ιανουαρίου, η μεγάλη παρέλαση είναι την Κυριακή 2 Μαρτίου στις 14:00.", []),
    ("Υπεύθυνη πληρώματος θα είμαι εγώ, ονομάζομαι Βασιλική Πετροπούλου, Βάσω με λένε όλοι.", [("name", "Βασιλική Πετροπούλου"), ("name", "Βάσω")]),
    ("ΑΦΜ " + EL_AFM[4][:2] + " " + EL_AFM[4][2:5] + " " + EL_AFM[4][5:] + ", τηλέφωνο 2610 334 819.", [("id", EL_AFM[4][:2] + " " + EL_AFM[4][2:5] + " " + EL_AFM[4][5:]), ("phone", "2610 334 819")], "ΑΦΜ υπεύθυνου και τηλέφωνο, Βάσω."),
    ("Και το mail, vaso κάτω παύλα petro παπάκι hotmail τελεία com.", [("email", "vaso κάτω παύλα petro παπάκι hotmail τελεία com")]),
    ("Το παράβολο 150 ευρώ, αριθμός πληρωμάτος 37, και οι στολές παραδίδονται στο Αρσάκειο μέχρι τις 25.", []),
    # --- call 12: via ferrata guided climb (Kalymnos)
    ("Kalymnos Via Ferrata, γεια σας, λέγετε.", []),
    ("Γεια σας, κλείσαμε για 3 άτομα στις 6 Ιουνίου, θα ήθελα να αλλάξω στις 8.", []),
    ("Κανένα πρόβλημα, η διαδρομή είναι 4 ώρες, βαθμός δυσκολίας D, 75 ευρώ το άτομο, και συνάντηση στο Αργινώντα στις 8:30.", []),
    ("Στο όνομα της Ελπίδας Μαυρίδου είναι, εγώ είμαι.", [("name", "Ελπίδας Μαυρίδου")]),
    ("Ναι, το βρήκα, κυρία Μαυρίδου, κράτηση KVF-0615, έχετε ήδη προκαταβολή 67,50.", [("name", "κυρία Μαυρίδου")]),
    ("Το υπόλοιπο με κάρτα, " + el_say(EL_CARD5[:8], [4, 4]) + ", " + EL_CARD5[8:12] + " " + EL_CARD5[12:] + ".", [("card", el_say(EL_CARD5[:8], [4, 4]) + ", " + EL_CARD5[8:12] + " " + EL_CARD5[12:])]),
]

LANGS["el"] += [
    # --- extra lines from the calls above
    ("Η κάρτα του άντρα μου, " + el_say(EL_CARD6, [4, 4, 4, 4], sep=", ") + ", λήγει 08/28.", [("card", el_say(EL_CARD6, [4, 4, 4, 4], sep=", "))]),
    ("Mastercard " + EL_CARD7[:4] + "-" + EL_CARD7[4:8] + "-" + EL_CARD7[8:12] + "-" + EL_CARD7[12:] + ".", [("card", EL_CARD7[:4] + "-" + EL_CARD7[4:8] + "-" + EL_CARD7[8:12] + "-" + EL_CARD7[12:])]),
    ("Παλιά Visa είναι, δεκατρία ψηφία: " + EL_CARD8 + ".", [("card", EL_CARD8)]),
    ("Την επιστροφή στον λογαριασμό μου στην Εθνική, " + " ".join(EL_IBAN_GR4[i:i + 4] for i in range(0, 27, 4)).lower() + ".", [("iban", " ".join(EL_IBAN_GR4[i:i + 4] for i in range(0, 27, 4)).lower())]),
    ("Στείλε τα στην Ελληνική Τράπεζα, Κύπρου είναι, " + EL_IBAN_CY2 + ".", [("iban", EL_IBAN_CY2)]),
    ("Γκρ " + EL_IBAN_GR5[2:4] + ", " + " ".join(EL_IBAN_GR5[i:i + 4] for i in range(4, 27, 4)) + ".", [("iban", "Γκρ " + EL_IBAN_GR5[2:4] + ", " + " ".join(EL_IBAN_GR5[i:i + 4] for i in range(4, 27, 4)))], "Πείτε μου το IBAN για την επιστροφή."),
    ("Ο ΑΦΜ της εταιρείας όχι, ο δικός μου: " + el_say(EL_AFM[5], [2, 2, 2, 3]) + ".", [("id", el_say(EL_AFM[5], [2, 2, 2, 3]))]),
    ("Για τη γυναίκα μου ο ΑΦΜ είναι " + EL_AFM[6][:3] + "." + EL_AFM[6][3:6] + "." + EL_AFM[6][6:] + ".", [("id", EL_AFM[6][:3] + "." + EL_AFM[6][3:6] + "." + EL_AFM[6][6:])]),
    ("Το ΑΦΜ σας; " + EL_AFM[7] + ", ναι, " + EL_AFM[7] + ".", [("id", EL_AFM[7]), ("id", EL_AFM[7], 1)]),
    ("ΑΦΜ του κηδεμόνα " + el_say(EL_AFM[8], [1, 1, 1, 1, 1, 1, 1, 1, 1]) + ".", [("id", el_say(EL_AFM[8], [1, 1, 1, 1, 1, 1, 1, 1, 1]))]),
    ("Το email είναι k.papadaki1987@gmail.com, κάπα τελεία papadaki.", [("email", "k.papadaki1987@gmail.com"), ("email", "κάπα τελεία papadaki")]),
    ("γράψε nikos_tsaousis παπάκι outlook τελεία com", [("email", "nikos_tsaousis παπάκι outlook τελεία com")]),
    ("Μήπως στο mail της δουλειάς, m.georgiou at cytanet dot com dot cy;", [("email", "m.georgiou at cytanet dot com dot cy")]),
    ("Γεννήθηκα 03/07/1966, στη Λεμεσό.", [("date_of_birth", "03/07/1966")], "Ημερομηνία γέννησης;"),
    ("Στείλτε τα στην Εγνατίας 112, τρίτος, Θεσσαλονίκη, ΤΚ 54630.", [("address", "Εγνατίας 112, τρίτος, Θεσσαλονίκη, ΤΚ 54630")], "Σε ποια διεύθυνση να στείλουμε τις κάρτες;"),
    ("Μένω στην Αγίου Ανδρέα 45 στην Πάτρα, πίσω από την εκκλησία.", [("address", "Αγίου Ανδρέα 45 στην Πάτρα")]),
    ("Εγώ είμαι στην Κύπρο τώρα, το κινητό μου είναι εννιά εφτά, δεκαοχτώ, είκοσι δύο, σαράντα, και στην Ελλάδα 6932 105 487.", [("phone", "εννιά εφτά, δεκαοχτώ, είκοσι δύο, σαράντα"), ("phone", "6932 105 487")]),
    ("Από το εξωτερικό πάρτε στο +30 697 224 8016.", [("phone", "+30 697 224 8016")]),
    ("Ο γραμμωτός κώδικας του εισιτηρίου είναι 5012 8844 1937 2206 και η θέση Γ14.", []),
    ("Η πτήση μου είναι A3 952 από Κολωνία, φτάνω 23:40, οπότε έρχομαι στις 9 το πρωί του Σαββάτου.", []),
]

# ---------------------------------------------------------------- main
def main():
    root = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
    outdir = os.path.join(root, "data", "redaction", "blind55")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items)
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        tally = {}
        for r in rows:
            for s in r["spans"]:
                tally[s["kind"]] = tally.get(s["kind"], 0) + 1
        npers = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "non-personal", npers, "spans",
              sum(tally.values()), dict(sorted(tally.items())), file=sys.stderr)
    print("check-digit values verified:", CHECKED, file=sys.stderr)


if __name__ == "__main__":
    main()
