#!/usr/bin/env python3
"""Held-out evaluation set "blind39" for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief. The author never read the
redactor, its rules, its tests, or any other evaluation set or generator; every line below was
composed from the brief's specification and general knowledge of how people talk on the phone.
All values are invented; check-digit values (cards, IBANs, national IDs) are computed here.

Output: data/redaction/blind39/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
  - kind: card, iban, id, phone, email, date_of_birth, name, address
  - start/end: BYTE offsets into the UTF-8 encoding of text, end exclusive
  - context (optional, not scored): an earlier line of the same call
Items with empty spans are non-personal and must come out unchanged.

Sectors (travel, leisure, hospitality, sport, culture, hobbies):
  en: canal narrowboat hire, axe-throwing venue, whale-watching tours, greyhound-racing
      hospitality, ghost walks, curling club, murder-mystery dinners, caving expeditions,
      darts league, bungee jumping, GAA club membership, planetarium shows
  ar: dhow dinner cruise, padel courts, sandboarding tours, Wadi Rum stargazing nights,
      horse-carriage (caleche) rides, glass-bottom boat trips, endurance horse-race entries,
      bird-watching tours, Petra-by-night show tickets, squash courts, Fes tannery tours,
      Arabian horse show tickets
  he: Jordan river rafting, Galilee jeep tours, backgammon tournaments, table-tennis club,
      Ramon crater rappelling, speed-cubing competitions, model-rocketry club, ham-radio
      licence course, magic-trick shop, LEGO robotics club, stand-up comedy club, mini-golf
  el: water-polo club, beach-volleyball tournament, open-air summer cinema, sport-fishing
      trips, donkey trekking, tavli tournament, Byzantine-chant lessons, canyoning in Zagori,
      SUP board rental, retro arcade / pinball bar, orienteering club, regatta registration

Run: python3 benches/redaction/make_blind39.py   (standard library only, deterministic)
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT_DIR = os.path.join(ROOT, "data", "redaction", "blind39")

# ---------------------------------------------------------------- check digits
def luhn_ok(s):
    d = [int(c) for c in s]
    tot = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        tot += x
    return tot % 10 == 0


def luhn(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, c in enumerate(s):
        x = int(c) * (1 if i % 2 == 0 else 2)
        tot += x // 10 + x % 10
    return tot % 10 == 0


def tz(partial8):
    for c in "0123456789":
        if tz_ok(partial8 + c):
            return partial8 + c
    raise AssertionError


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm(partial8):
    s = partial8 + str(sum(int(partial8[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)
    assert afm_ok(s)
    return s


def saudi(partial9):
    assert partial9[0] in "12" and len(partial9) == 9
    return luhn(partial9)


def saudi_ok(s):
    return len(s) == 10 and s[0] in "12" and luhn_ok(s)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "MA": 28, "FR": 27, "KW": 30, "QA": 29, "BH": 22, "LB": 28}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == IBAN_LEN.get(s[:2], -1) and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9:
        return False
    a, g, r = int(d[:3]), int(d[3:5]), int(d[5:])
    return a not in (0, 666) and a < 900 and g != 0 and r != 0


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


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FROM_AR = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")

# ---------------------------------------------------------------- number words
WORDS = {
    "en": "zero one two three four five six seven eight nine".split(),
    "en_oh": "oh one two three four five six seven eight nine".split(),
    "ar": "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
    "ar_col": "صفر واحد اتنين تلاتة اربعة خمسة ستة سبعة تمانية تسعة".split(),
    "he_f": "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(),
    "he_m": "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
    "el": "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split(),
}


def words(s, style="en", double=False, sep=" "):
    """Digit string -> spoken digits. Non-digits in s are dropped."""
    w = WORDS[style]
    d = [c for c in s if c.isdigit()]
    out, i = [], 0
    while i < len(d):
        if double and i + 1 < len(d) and d[i] == d[i + 1] and style.startswith("en"):
            out.append("double " + w[int(d[i])])
            i += 2
        else:
            out.append(w[int(d[i])])
            i += 1
    return sep.join(out)


EN_TENS = "_ ten twenty thirty forty fifty sixty seventy eighty ninety".split()
EN_TEEN = "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
EL_TENS = "_ δέκα είκοσι τριάντα σαράντα πενήντα εξήντα εβδομήντα ογδόντα ενενήντα".split()
EL_TEEN = ("δέκα έντεκα δώδεκα δεκατρία δεκατέσσερα δεκαπέντε δεκαέξι δεκαεφτά δεκαοχτώ "
           "δεκαεννιά").split()


def pair_words(s, lang):
    """Two-digit groups spoken as numbers: '42' -> forty-two / σαράντα δύο."""
    out = []
    for i in range(0, len(s), 2):
        p = s[i:i + 2]
        if len(p) == 1 or p[0] == "0":
            out.append(words(p, "en_oh" if lang == "en" else lang))
            continue
        t, u = int(p[0]), int(p[1])
        if lang == "en":
            out.append(EN_TEEN[u] if t == 1 else EN_TENS[t] + ("-" + WORDS["en"][u] if u else ""))
        else:
            out.append(EL_TEEN[u] if t == 1 else EL_TENS[t] + (" " + WORDS["el"][u] if u else ""))
    return " ".join(out)


# ---------------------------------------------------------------- items
def P(text, *spans, ctx=None):
    return (text, list(spans), ctx)


def _digit_runs(text):
    t = text.translate(FROM_AR)
    for m in re.finditer(r"\d(?:[\d \-.]*\d)?", t):
        yield re.sub(r"\D", "", m.group(0))


def assert_not_personal(text):
    """Long numbers in non-personal items must fail every check-digit test."""
    for d in _digit_runs(text):
        if 13 <= len(d) <= 19:
            assert not luhn_ok(d), ("luhn-valid number in non-personal item", text)
        if len(d) == 9:
            assert not tz_ok(d) and not afm_ok(d) and not ssn_ok(d), ("9-digit id-valid", text)
        if len(d) == 10 and d[0] in "12":
            assert not saudi_ok(d), ("saudi-valid", text)
        if len(d) >= 15:
            for cc in IBAN_LEN:
                assert not iban_ok(cc + d[:2] + d[2:]), text


def to_records(items, lang):
    recs = []
    for text, spans, ctx in items:
        b = text.encode("utf-8")
        out, pos = [], 0
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, kind
            sb = sub.encode("utf-8")
            i = b.find(sb, pos)
            assert i >= 0, (lang, "span not found in order", sub, text)
            out.append({"kind": kind, "start": i, "end": i + len(sb)})
            pos = i + len(sb)
        for s in out:
            assert b[s["start"]:s["end"]].decode("utf-8")
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"]
        if not spans:
            assert_not_personal(text)
        r = {"text": text, "spans": out}
        if ctx:
            r["context"] = ctx
        recs.append(r)
    return recs


def _self_test():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82WEST12345698765432") and iban_ok("DE89370400440532013000")
    assert tz_ok("000000018") and afm_ok("090000045")
    assert ssn_ok("123-45-6789") and not ssn_ok("666-12-3456") and not ssn_ok("912-12-3456")


LANGS = {}

# ================================================================ languages
# (each language appends its items to LANGS[lang] below)


def say(s, style="en", sizes=None, sep=", ", double=False):
    """Digits spoken in groups, e.g. say('4111222233334444') -> 'four one one one, ...'."""
    d = re.sub(r"\D", "", s)
    parts = grp(d, sizes or [4] * ((len(d) + 3) // 4)).split(" ")
    return sep.join(words(p, style, double=double) for p in parts if p)


# ---------------------------------------------------------------- English, part 1
EN_CARD1 = luhn("492940125523118")            # Visa 16
EN_CARD2 = luhn("506104012345678901")         # Verve 19
EN_CARD3 = luhn("37144963539843")             # Amex 15
EN_CARD4 = luhn("545762019938214")            # Mastercard 16
EN_IBAN1 = iban("IE", "AIBK93115212345678")
EN_IBAN2 = iban("GB", "NWBK60161331926819")
EN_SSN1, EN_SSN2 = "408-62-9117", "471-28-0553"
assert ssn_ok(EN_SSN1) and ssn_ok(EN_SSN2)

LANGS["en"] = [
    # narrowboat hire, Braunston (Welsh caller)
    P("Good morning, Kingfisher Cruisers, you're through to Bethan, how can I help?",
      ("name", "Bethan")),
    P("Hiya, yeah, it's Gareth Pryce-Jones here, I've got a boat booked out of Braunston for the week of the ninth.",
      ("name", "Gareth Pryce-Jones")),
    P("Lovely. So that's the Wren, fifty-seven foot, six berths, seven nights from Saturday the ninth of August, handover from two p.m."),
    P("The balance outstanding is six hundred and forty pounds and the damage deposit is two hundred and fifty, fully refundable."),
    P("Yeah it's oh seven seven double oh, nine double oh one two three.",
      ("phone", "oh seven seven double oh, nine double oh one two three"),
      ctx="And what's the best mobile for you while you're on the cut?"),
    P("Go on then, it's a Visa, " + grp4(EN_CARD1) + ", expiry oh nine twenty-seven.",
      ("card", grp4(EN_CARD1)), ctx="Would you like to settle the balance by card now?"),
    P("Thanks, that's gone through, six hundred and forty pounds, authorisation code eight four seven two two one."),
    P("It's gareth dot p j at gmail dot com, all lower case.",
      ("email", "gareth dot p j at gmail dot com"), ctx="And the email for the boat handbook?"),
    P("Fourteenth of February, nineteen seventy-one.",
      ("date_of_birth", "Fourteenth of February, nineteen seventy-one"),
      ctx="The lead helmsman has to be over twenty-one, so can I take your date of birth?"),
    P("Post it to fourteen Heol y Parc, Pontypridd, C F three seven, two A B.",
      ("address", "fourteen Heol y Parc, Pontypridd, C F three seven, two A B"),
      ctx="And your home address for the paperwork?"),
    P("You'll go through the Braunston flight, that's six locks, allow about two hours, and the Blue Line pub is just past lock three."),
    P("Fuel's included up to forty hours on the engine counter, after that it's two pounds twenty an hour."),
    # axe-throwing league, Cleveland (US)
    P("hey its deshawn whitaker from the tuesday night league i was told to call about the prize money",
      ("name", "deshawn whitaker")),
    P("Yeah man, you finished first out of twenty-two throwers, so it's seven hundred fifty dollars, and anything over six hundred we need a W-9 on file."),
    P("Okay my social's 4 0 8, 6 2, 9 1 1 7.", ("id", "4 0 8, 6 2, 9 1 1 7")),
    P("Got it, " + EN_SSN1 + ". And your date of birth for the form?", ("id", EN_SSN1)),
    P("June third, eighty-eight. Nineteen eighty-eight.",
      ("date_of_birth", "June third, eighty-eight. Nineteen eighty-eight"),
      ctx="Got it. And your date of birth for the form?"),
    P("Mail it to 2216 Euclid Heights Boulevard, apartment 3B, Cleveland Heights, Ohio 44106.",
      ("address", "2216 Euclid Heights Boulevard, apartment 3B, Cleveland Heights, Ohio 44106")),
    P("Lane four is booked for your team at seven thirty on the twelfth, that's ninety minutes, sixty-five bucks a lane, max six throwers."),
    P("Your confirmation number is 5561 0932 8871 4403, the check goes out within 10 business days."),
    P("Perfect man, we'll see you Tuesday. Bring closed-toe shoes."),
    # whale watching, West Cork (Australian and Irish callers)
    P("Cork Coast Whale Watch, Siobhán speaking.", ("name", "Siobhán")),
    P("G'day, um, my name's Kylie, Kylie Brennan, I'm ringing from Brisbane about the trip on the twenty-first.",
      ("name", "Kylie"), ("name", "Kylie Brennan")),
    P("So the boat leaves Baltimore pier at ten fifteen, it's about three and a half hours, forty-five euro adults, twenty-five for kids under twelve."),
    P("Mostly fin whales and humpbacks this time of year, we had thirty-one sightings last September alone."),
    P("It's plus six one, four one two, three four five, six seven eight.",
      ("phone", "plus six one, four one two, three four five, six seven eight"),
      ctx="And a mobile number in case the weather cancels us?"),
    P("kylie underscore b eighty four at bigpond dot com",
      ("email", "kylie underscore b eighty four at bigpond dot com"),
      ctx="Grand, and an email for the tickets?"),
    P("Hello, it's Dara Ó Súilleabháin, we were on the Sunday boat that got called off with the swell.",
      ("name", "Dara Ó Súilleabháin")),
    P("Sure it's " + grp4(EN_IBAN1) + ".", ("iban", grp4(EN_IBAN1)),
      ctx="No bother, we refund to a bank account, have you the IBAN there?"),
    P("That's a hundred and thirty-five euro for the three of ye, it'll be back in five to seven working days."),
    P("Ah no, it's oh eight seven, two two three, four five six seven.",
      ("phone", "oh eight seven, two two three, four five six seven"),
      ctx="Is the landline in Skibbereen still the best number for you?"),
    # greyhound racing hospitality (Nigerian caller in London)
    P("Good afternoon sir, my name is Oluwaseun Adeyemi, I want to book the Panorama restaurant for my wife's fortieth.",
      ("name", "Oluwaseun Adeyemi")),
    P("Lovely, Mr Adeyemi. Can you spell the surname for me?", ("name", "Adeyemi")),
    P("A, D, E, Y, E, M, I. But everybody calls me Seun.",
      ("name", "A, D, E, Y, E, M, I"), ("name", "Seun")),
    P("Saturday the eighteenth, twelve races, first race seven forty-two, and the package is forty-nine ninety-five a head with a three-course meal and a race card."),
    P("Trap six won at five to two in race nine last week, and the sponsor's race is race eleven at ten oh four."),
    P("My number is 07911 123 456, or my wife's, that's plus two three four, eight zero three, five five five, zero one nine nine.",
      ("phone", "07911 123 456"), ("phone", "plus two three four, eight zero three, five five five, zero one nine nine")),
    P("I'll use my Verve card, " + grp4(EN_CARD2) + ".", ("card", grp4(EN_CARD2))),
    P("Table twelve by the window, party of eight, that's three hundred and ninety-nine sixty, and we'll put a cake on for an extra twenty-five."),
    # ghost walks, Edinburgh (Indian caller)
    P("Hello, good evening, I am Priya Raghunathan calling from Pune, actually, for our team offsite in Edinburgh.",
      ("name", "Priya Raghunathan")),
    P("We do the Closes and Vaults tour at eight and at half nine, ninety minutes, eighteen pounds each, and a group of ten gets one free."),
    P("Yes, it is p r i y a dot r a g h u at techvana dot in.",
      ("email", "p r i y a dot r a g h u at techvana dot in"), ctx="What email shall I send the tickets to?"),
    P("my mobile plus nine one nine eight four five zero one two three four five",
      ("phone", "plus nine one nine eight four five zero one two three four five")),
    P("Booking reference GW-24-0917, meet at the Mercat Cross ten minutes early, and it's not suitable for under eights."),
    P("That's fine Priya, twelve tickets, one free, so a hundred and ninety-eight pounds in total.", ("name", "Priya")),
    P("Okay, please take it on my Amex, " + grp(EN_CARD3, [4, 6, 5]) + ".", ("card", grp(EN_CARD3, [4, 6, 5]))),
    # curling club, Duluth (job application)
    P("Yeah hi, uh, Lars here, Lars Gundersen, about the ice technician opening.",
      ("name", "Lars"), ("name", "Lars Gundersen")),
    P("Sure, it's four seven one, two eight, oh five five three.",
      ("id", "four seven one, two eight, oh five five three"), ctx="For the payroll paperwork I'll need your social."),
    P("November thirtieth, 1979.", ("date_of_birth", "November thirtieth, 1979"), ctx="And date of birth?"),
    P("It's 1127 East Fourth Street, Duluth, Minnesota, five five eight oh five.",
      ("address", "1127 East Fourth Street, Duluth, Minnesota, five five eight oh five"),
      ctx="And your mailing address?"),
    P("The league runs sixteen weeks from October sixth, sheets one through five, draws at six and eight fifteen."),
    P("Membership is four hundred twenty dollars for the season, juniors one-forty, and the bonspiel entry is separate."),
    P("Okay, I'll pass it to the rink manager, you'll hear by Friday."),
]


EN_CARD5 = luhn("453912345678")               # Visa 13
EN_CARD6 = luhn("601143875021963")            # Discover 16
EN_CARD7 = luhn("675938410229173")            # Maestro 16
EN_CARD8 = luhn("448530671245992")            # Visa 16
EN_IBAN3 = iban("DE", "500105175407324931")
EN_IBAN4 = iban("GB", "BARC20051558301234")
EN_IBAN5 = iban("IE", "BOFI90001729384756")
EN_IBAN6 = iban("AE", "0330000019100842337")
EN_IBAN7 = iban("CY", "00200195" + "0000357018264913")
EN_IBAN8 = iban("GB", "MIDL40051561827390")
EN_SSN3, EN_SSN4, EN_SSN5 = "529-44-0871", "318-70-2264", "602-15-4439"
assert all(ssn_ok(x) for x in (EN_SSN3, EN_SSN4, EN_SSN5))

LANGS["en"] += [
    # murder-mystery dinners, Manchester
    P("Good evening, Whodunnit Dinners, you're speaking with Rhiannon."),
    P("It's the Titanic one on the twenty-fifth, there's fourteen of us, it's for work."),
    P("So the Titanic Affair starts seven for seven thirty, three courses, fifty-four pounds a head, and the detective reveal is about ten fifteen."),
    P("um the card's a mastercard " + say(EN_CARD4, "en", sep=" ") + " expiry twelve twenty six",
      ("card", say(EN_CARD4, "en", sep=" "))),
    P("We had to cancel the Cluedo night on the third of March, you charged me a hundred and eight pounds on the twenty-eighth of February and I've still not had it back."),
    P("Sorry about that. You'll get it back to the account, it's " + grp4(EN_IBAN4) + ".",
      ("iban", grp4(EN_IBAN4))),
    P("no it's g b two nine, sorry, g b " + words(EN_IBAN8[2:4]) + " " + " ".join(EN_IBAN8[4:8].lower()) + " " + say(EN_IBAN8[8:], "en", [6, 8], " "),
      ("iban", "g b " + words(EN_IBAN8[2:4]) + " " + " ".join(EN_IBAN8[4:8].lower()) + " " + say(EN_IBAN8[8:], "en", [6, 8], " ")),
      ctx="Can you read me the IBAN for the refund please?"),
    P("The table plan's done by the twentieth, and the dress code is nineteen-twelve, flat caps and pearls, optional of course."),
    P("Email's siobhan dot mcgarry, that's s i o b h a n, at outlook dot com.",
      ("email", "siobhan dot mcgarry, that's s i o b h a n, at outlook dot com")),
    # caving expeditions, Yorkshire Dales (German caller)
    P("Hello, yes, my name is Jürgen Weißmüller, I booked the Gaping Gill winch meet for me and my son.",
      ("name", "Jürgen Weißmüller")),
    P("Right, the winch runs the May bank holiday, it's a hundred and ten metres down, about fifteen quid each, and you queue from eight."),
    P("For under eighteens I need the date of birth on the waiver. Your son's is?"),
    P("He is born the seventh of April two thousand and nine.",
      ("date_of_birth", "the seventh of April two thousand and nine")),
    P("For the deposit refund, my IBAN is " + grp4(EN_IBAN3) + ".", ("iban", grp4(EN_IBAN3))),
    P("Thanks, that's forty pounds deposit back, allow ten days for a foreign transfer."),
    P("The grade four trip on Saturday is six hours underground, two pitches of twenty metres, helmets and lamps included, a hundred and forty-five per person."),
    P("Meet at the Clapham car park, grid ref SD 745 692, nine a.m. sharp, and we'll be out by four."),
    P("We stay at the Helwith Bridge Hotel in room two fourteen, from the nineteenth until the twenty-third."),
    # darts league, Galway pub
    P("Ah howya, it's Fiachra here, Fiachra Keane, captain of the Crane Bar team.",
      ("name", "Fiachra"), ("name", "Fiachra Keane")),
    P("Division two, we've played eleven, won eight, and the finals night is the fourteenth of December in the Galway Bay Hotel."),
    P("Prize money for division two is four hundred euro, split it how you like. What account will I send it to?"),
    P("It's " + " ".join(EN_IBAN5[:4]) + " " + grp(EN_IBAN5[4:8], [4]) + " " + say(EN_IBAN5[8:], "en_oh", [3, 3, 4, 4], " ") + ".",
      ("iban", " ".join(EN_IBAN5[:4]) + " " + grp(EN_IBAN5[4:8], [4]) + " " + say(EN_IBAN5[8:], "en_oh", [3, 3, 4, 4], " "))),
    P("Oh eight five, one... no sorry, oh eight six, one four four, two nine one nine.",
      ("phone", "oh eight six, one four four, two nine one nine"),
      ctx="Can I get a number for the fixtures secretary to reach you?"),
    P("Entry for next season is sixty euro a team, twelve teams max, darts at half eight, best of nine legs, five-oh-one double out."),
    P("The league cup draw is on Thursday, you've got the Hole in the Wall away, and they beat ye seven two last time."),
    # US darts league W-9
    P("Hi, this is the treasurer with the Tri-County Steel Tip League, congrats on the win."),
    P("sure its 5 2 9 4 4 0 8 7 1", ("id", "5 2 9 4 4 0 8 7 1"),
      ctx="Your winnings were eight hundred, so I need your social security number for the W-9."),
    # bungee jumping, Cairns (Australian callers, Dubai expat)
    P("G'day, Skybridge Bungy, you're speaking with Brodie."),
    P("Hey mate, it's Shazza, well Sharon, Sharon Tuckwell, I booked the night jump for my daughter.",
      ("name", "Shazza"), ("name", "Sharon"), ("name", "Sharon Tuckwell")),
    P("No worries. It's fifty metres over the rainforest pool, minimum age ten, weight between thirty-five and a hundred and fifty kilos, a hundred and ninety-nine bucks."),
    P("Second of September, twenty-twelve.", ("date_of_birth", "Second of September, twenty-twelve"),
      ctx="Since she's under eighteen, what's her date of birth?"),
    P("Pay with my Visa, four five three nine one two three four five six seven eight " + words(EN_CARD5[-1]) + ".",
      ("card", "four five three nine one two three four five six seven eight " + words(EN_CARD5[-1]))),
    P("Hello, my name is Rahul Menon, I'm calling from Dubai, my jump on Monday got cancelled with the storm.",
      ("name", "Rahul Menon")),
    P("My IBAN is " + grp4(EN_IBAN6) + ", Emirates NBD.", ("iban", grp4(EN_IBAN6))),
    P("You were on the twelve forty shuttle, flight EK four three two lands at six ten, so we'll rebook you for Wednesday at three."),
    P("Just text me on oh five oh, seven five four, double two one nine.",
      ("phone", "oh five oh, seven five four, double two one nine")),
    # GAA club membership, Cork
    P("Hi there, this is Máire Ní Bhriain, I'm the registrar with Na Piarsaigh juvenile section.",
      ("name", "Máire Ní Bhriain")),
    P("Hiya, I'm registering the twins for under-nines hurling, their birthday is the eleventh of October twenty sixteen.",
      ("date_of_birth", "the eleventh of October twenty sixteen")),
    P("The family membership is a hundred and fifty euro for the year, under-nines train Saturdays at ten, helmets are compulsory."),
    P("Go on, it's 23 Churchfield Avenue, Farranree, Cork, T23 K2F9.",
      ("address", "23 Churchfield Avenue, Farranree, Cork, T23 K2F9"), ctx="Address for the family?"),
    P("I'll do the direct debit, it's " + grp4(EN_IBAN7) + ", it's my Cypriot account, I still have it.",
      ("iban", grp4(EN_IBAN7))),
    P("ciara dot o connell eighty eight at hotmail dot ie",
      ("email", "ciara dot o connell eighty eight at hotmail dot ie"), ctx="And an email for the club newsletter?"),
    P("Grand Ciara, the Cúl Camp is the fifth to the ninth of August, ninety euro, and the lotto draw is every Monday, jackpot's at eight thousand two hundred.",
      ("name", "Ciara")),
    # planetarium volunteer docents, Chicago
    P("Hi, my name is Yolanda Reyes-Okafor, I'm applying for the docent program.", ("name", "Yolanda Reyes-Okafor")),
    P("Three one eight, seven zero, two two six four.", ("id", "Three one eight, seven zero, two two six four"),
      ctx="For the background check I'll need your full social."),
    P("And date of birth?  It's 03/14/1962.", ("date_of_birth", "03/14/1962")),
    P("Current address is 5540 South Hyde Park Boulevard, unit 9C, Chicago, Illinois 60637.",
      ("address", "5540 South Hyde Park Boulevard, unit 9C, Chicago, Illinois 60637")),
    P("Okay, and the other applicant, your husband? His is " + EN_SSN5 + ", date of birth August 9, 1960.",
      ("id", EN_SSN5), ("date_of_birth", "August 9, 1960")),
    P("It's yreyes at uchicago dot e d u.", ("email", "yreyes at uchicago dot e d u")),
    P("Shows are Black Holes at two thirty and Skywatch Live at three forty-five, the dome seats two hundred and forty, tickets twenty-two ninety-five."),
    P("Docents do at least two four-hour shifts a month, orientation is Saturday, January eighteenth, from nine to one."),
    P("I paid with my Discover, " + grp4(EN_CARD6) + ", for the annual pass, and I got charged twice on the sixth.",
      ("card", grp4(EN_CARD6))),
    P("I see two charges of one hundred fifteen dollars on December sixth, order numbers 88172 and 88173, I'll void the second one."),
    P("Thanks so much, you'll get an email from the volunteer coordinator by next Friday."),
]


EN_SSN6, EN_SSN7 = "214-67-3390", "087-31-5526"
assert ssn_ok(EN_SSN6) and ssn_ok(EN_SSN7)
LANGS["en"] += [
    P("And my partner won the doubles, so hers too: two one four, six seven, three three nine oh.",
      ("id", "two one four, six seven, three three nine oh")),
    P("Actually my wife's putting in for the bar job as well, hers is zero eight seven, three one, five five two six.",
      ("id", "zero eight seven, three one, five five two six")),
    P("Send the invite pack to Flat 4, 27 Wilmslow Road, Rusholme, Manchester, M14 5TB.",
      ("address", "Flat 4, 27 Wilmslow Road, Rusholme, Manchester, M14 5TB")),
    P("The deposit's on my Maestro, " + say(EN_CARD7, "en_oh", sep=" ... ") + ".",
      ("card", say(EN_CARD7, "en_oh", sep=" ... "))),
    P("Our home address is Lindenstraße 42, 79098 Freiburg, in Germany.",
      ("address", "Lindenstraße 42, 79098 Freiburg")),
    P("shazza dot t at outlook dot com dot a u", ("email", "shazza dot t at outlook dot com dot a u"),
      ctx="Where do you want the jump video sent?"),
    P("Send the certificate to 7 Banksia Court, Mooloolaba, Queensland, four five five seven.",
      ("address", "7 Banksia Court, Mooloolaba, Queensland, four five five seven")),
    P("Card number " + grp(EN_CARD8, [4, 4, 4, 4], "-") + ", the name on it is S Tuckwell.",
      ("card", grp(EN_CARD8, [4, 4, 4, 4], "-")), ("name", "S Tuckwell")),
    P("Yeah, fiachra dot keane at eircom dot net, f i a c h r a.",
      ("email", "fiachra dot keane at eircom dot net, f i a c h r a"), ctx="And an email for the results sheet?"),
]


EN_IBAN9 = iban("GB", "LOYD30964712650388")
LANGS["en"] += [
    P("Right so the refund's going to " + " ".join(EN_IBAN9[:2]) + " " + EN_IBAN9[2:4] + " " + " ".join(EN_IBAN9[4:8]) + ", then " + grp(EN_IBAN9[8:], [2, 2, 2, 4, 4]) + ", yeah?",
      ("iban", " ".join(EN_IBAN9[:2]) + " " + EN_IBAN9[2:4] + " " + " ".join(EN_IBAN9[4:8]) + ", then " + grp(EN_IBAN9[8:], [2, 2, 2, 4, 4])),
      ctx="Priya, the Vaults tour was oversold, so we'll refund two tickets to your company's UK account."),
    P("Ring the wife instead, she's on oh one one three, four nine six, oh double seven one, she'll be at home in Leeds.",
      ("phone", "oh one one three, four nine six, oh double seven one")),
    P("Okay my number's 216-555-0148 and the work one is two one six, five five five, oh one... oh nine three.",
      ("phone", "216-555-0148"), ("phone", "two one six, five five five, oh one... oh nine three")),
    P("It's thirteen, oh six, ninety-four, the thirteenth of June.",
      ("date_of_birth", "thirteen, oh six, ninety-four, the thirteenth of June"),
      ctx="Bungee requires ID on the day, what's your date of birth, Rahul?"),
]


# ---------------------------------------------------------------- Arabic, part 1
def ar(x):
    """ASCII digits -> Arabic-Indic digits."""
    return x.translate(AR_DIGITS)


AR_CARD1 = luhn("423598120476531")            # Visa 16
AR_CARD2 = luhn("440647821930274")            # mada 16
AR_CARD3 = luhn("507803412298765")            # Meeza 16
AR_ID1 = saudi("104587329")                   # national ID
AR_ID2 = saudi("239104578")                   # iqama
AR_ID3 = saudi("110293847")
AR_IBAN1 = iban("SA", "10000019283746501122")
AR_IBAN2 = iban("EG", "0002012100000093811460725")
AR_IBAN3 = iban("JO", "ARAB1140000000114037610500")
AR_IBAN4 = iban("MA", "007780000162930011870423")

LANGS["ar"] = [
    # dhow dinner cruise, Dubai Marina (Gulf)
    P("مساء الخير، مراكب الخور للعشاء، معك شمّا، كيف أقدر أساعدك؟", ("name", "شمّا")),
    P("هلا والله، أنا خليفة بن سعيد المزروعي، أبي أحجز طاولة على الداو يوم الخميس.",
      ("name", "خليفة بن سعيد المزروعي")),
    P("الرحلة تطلع الساعة ثمان ونص من مرسى دبي، مدتها ساعتين، والبوفيه مفتوح، السعر ٢٢٠ درهم للشخص والأطفال تحت ست سنوات مجاناً."),
    P("عندنا طاولة رقم ١٤ على السطح العلوي، وعرض التنورة يبدأ الساعة تسع وربع."),
    P("رقمي صفر خمسة صفر، أربعة سبعة ثلاثة، ثمانية واحد اثنين تسعة.",
      ("phone", "صفر خمسة صفر، أربعة سبعة ثلاثة، ثمانية واحد اثنين تسعة"), ctx="ممكن رقم التواصل؟"),
    P("البطاقة فيزا " + ar(grp4(AR_CARD1)) + " وتنتهي ١١/٢٨.", ("card", ar(grp4(AR_CARD1)))),
    P("الإيميل khalifa.mz@outlook.com عشان ترسلون التأكيد.", ("email", "khalifa.mz@outlook.com")),
    P("تمام أستاذ خليفة، الحجز مؤكد لخمسة أشخاص، والمجموع ٨٨٠ درهم، ورقم الحجز DHW-20931.",
      ("name", "خليفة")),
    P("السنة الماضية انخصم مني ٤٤٠ درهم مرتين بتاريخ ١٢ مارس، والموظف قال بيرجعونها خلال ١٤ يوم عمل."),
    # padel courts, Riyadh (Najdi)
    P("أكاديمية بادل الياسمين، السلام عليكم."),
    P("وعليكم السلام، معك عبدالعزيز القحطاني، أبغى اشتراك شهري لي ولولدي.",
      ("name", "عبدالعزيز القحطاني")),
    P("الاشتراك الشهري ٦٥٠ ريال، يشمل ثمان حصص مع المدرب، والملعب رقم ٣ مكيف، والحجز قبل ٤٨ ساعة."),
    P("رقم الهوية " + ar(AR_ID1) + ".", ("id", ar(AR_ID1)), ctx="عشان التسجيل في النظام أحتاج رقم الهوية الوطنية."),
    P("مواليد خمسطعش شعبان ألف وأربعمية وعشرة هجري.",
      ("date_of_birth", "خمسطعش شعبان ألف وأربعمية وعشرة هجري"), ctx="وتاريخ الميلاد؟"),
    P("العنوان الوطني حي الملقا، شارع أنس بن مالك، مبنى ٨٢٣٤، الرياض ١٣٥٢١.",
      ("address", "حي الملقا، شارع أنس بن مالك، مبنى ٨٢٣٤، الرياض ١٣٥٢١")),
    P("الدفع بمدى، الرقم " + ar(grp4(AR_CARD2[:8])) + " ... " + ar(grp4(AR_CARD2[8:])) + ".",
      ("card", ar(grp4(AR_CARD2[:8])) + " ... " + ar(grp4(AR_CARD2[8:])))),
    P("البطولة الودية يوم الجمعة الساعة سبعة مساءً، رسوم المشاركة ١٥٠ ريال للفريق، والجوائز لأول ثلاث فرق."),
    P("أيوه يا باشا، رقم الإقامة " + words(AR_ID2, "ar_col") + ".",
      ("id", words(AR_ID2, "ar_col")), ctx="وأنت يا أخ، مقيم؟ عطني رقم الإقامة."),
    P("الآيبان " + grp4(AR_IBAN1) + " بنك الراجحي.", ("iban", grp4(AR_IBAN1)),
      ctx="الحصص اللي ما حضرتها نرجع مبلغها على حسابك، عطني الآيبان."),
    P("يا هلا أبو فهد، المدرب الإسباني موجود الساعة عشرة بالليل، الملعب الزجاجي رقم ٥.", ("name", "أبو فهد")),
    # sandboarding, Siwa (Egyptian)
    P("ألو، أيوه يا فندم، أنا اسمي محمود عبد الفتاح، كنت عايز أحجز رحلة التزحلق على الرمال في سيوة.",
      ("name", "محمود عبد الفتاح")),
    P("الرحلة بتتحرك الساعة ٣ العصر بالعربيات الفور باي فور، وبنرجع بعد الغروب عند عين كليوباترا، والفرد بـ٩٥٠ جنيه."),
    P("موبايلي صفر واحد اتنين اتنين، سبعة واحد تمانية، اربعة صفر تلاتة ستة.",
      ("phone", "صفر واحد اتنين اتنين، سبعة واحد تمانية، اربعة صفر تلاتة ستة")),
    P("هدفع بكارت ميزة، " + words(AR_CARD3[:4], "ar_col") + "، " + words(AR_CARD3[4:8], "ar_col") + "، " + words(AR_CARD3[8:12], "ar_col") + "، " + words(AR_CARD3[12:], "ar_col") + ".",
      ("card", words(AR_CARD3[:4], "ar_col") + "، " + words(AR_CARD3[4:8], "ar_col") + "، " + words(AR_CARD3[8:12], "ar_col") + "، " + words(AR_CARD3[12:], "ar_col"))),
    P("الايميل محمود اندرسكور فتاح اتنين وتمانين آت ياهو دوت كوم.",
      ("email", "محمود اندرسكور فتاح اتنين وتمانين آت ياهو دوت كوم")),
    P("تمام يا أستاذ محمود، اتسجلت لأربعة أفراد يوم ٢٢ أكتوبر، رقم الحجز ٤٤١٨٠٧.", ("name", "محمود")),
    P("الرحلة اتلغت بسبب الرياح، والفلوس هترجع على الحساب " + grp4(AR_IBAN2) + ".",
      ("iban", grp4(AR_IBAN2))),
    P("البورد بيتأجر بـ١٥٠ جنيه زيادة، والحمام في واحة سيوة بيقفل الساعة ستة."),
    # stargazing, Wadi Rum (Jordanian)
    P("مخيم نجوم رم، معك سلمان الزوايدة، تفضلي.", ("name", "سلمان الزوايدة")),
    P("مرحبا، أنا رولا حداد من عمّان، بدي أحجز ليلة رصد النجوم إلي ولصاحباتي.",
      ("name", "رولا حداد")),
    P("الليلة بتبلش الساعة تسعة، معنا تلسكوب ١٢ إنش، وبنشوف زحل والمشتري، السعر ٣٥ دينار مع العشا والزرب."),
    P("القمر بكون محاق تاريخ ٢٨ الشهر، فهاي أحسن ليلة، والباص من ساحة المركز الساعة ستة ونص."),
    P("رقمي صفر سبعة تسعة، خمسة اربعة ستة، اتنين صفر تسعة واحد.",
      ("phone", "صفر سبعة تسعة، خمسة اربعة ستة، اتنين صفر تسعة واحد"), ctx="شو رقمك يا رولا؟"),
    P("أهلين، بدي أكدلك إنه العربون ٢٠ دينار، وإذا لغيتي قبل ٤٨ ساعة بنرجعلك ياه."),
    P("رجعوا العربون على حسابي، الآيبان " + AR_IBAN3[:4] + " " + AR_IBAN3[4:8] + " " + grp4(AR_IBAN3[8:]) + ".",
      ("iban", AR_IBAN3[:4] + " " + AR_IBAN3[4:8] + " " + grp4(AR_IBAN3[8:]))),
    P("rola.haddad91@gmail.com، يعني رولا نقطة حداد واحد وتسعين.",
      ("email", "rola.haddad91@gmail.com"), ("email", "رولا نقطة حداد واحد وتسعين"),
      ctx="وين بدك نبعتلك التذاكر؟"),
    # caleche rides, Marrakech (Darija)
    P("السلام، معاك يوسف من كوتشي البهجة، شنو خاصك؟", ("name", "يوسف")),
    P("سلام، أنا سميرة العلوي، بغيت نحجز كوتشي لجولة فالمدينة نهار السبت.", ("name", "سميرة العلوي")),
    P("الجولة ديال ساعة ونص، كدوز على الكتبية وحدائق ماجوريل، الثمن ٣٠٠ درهم للكوتشي، وكيهز حتى لخمسة ديال الناس."),
    P("النمرة ديالي zero six soixante-et-un, vingt-trois, quarante-cinq, soixante-dix-huit.",
      ("phone", "zero six soixante-et-un, vingt-trois, quarante-cinq, soixante-dix-huit")),
    P("العنوان ديالي زنقة ابن عائشة رقم ١٧، الطابق التاني، جليز، مراكش.",
      ("address", "زنقة ابن عائشة رقم ١٧، الطابق التاني، جليز، مراكش"), ctx="فين نصيفطو ليك الفاتورة؟"),
    P("الرقم ديال الحساب " + " ".join(AR_IBAN4[:2]) + " " + grp(AR_IBAN4[2:], [2, 3, 3, 16]) + ".",
      ("iban", " ".join(AR_IBAN4[:2]) + " " + grp(AR_IBAN4[2:], [2, 3, 3, 16]))),
    P("الكوتشي رقم ٢١١ غادي يتسناك حدا ساحة جامع الفنا على الخمسة ديال العشية."),
    # glass-bottom boat, Hurghada (Egyptian)
    P("أيوه، أنا هبة، هبة الشناوي، حجزت المركب الزجاج بكرة.", ("name", "هبة"), ("name", "هبة الشناوي")),
    P("المركب بيطلع من مارينا الغردقة الساعة عشرة الصبح، ساعتين، والتذكرة ٤٠٠ جنيه للكبير و٢٠٠ للطفل."),
    P("المركب رقم ٧ اسمه نور البحر، والريس هيستناكم عند البوابة رقم ٢."),
    P("بنتي مواليد ٣ / ٩ / ٢٠١٨.", ("date_of_birth", "٣ / ٩ / ٢٠١٨"), ctx="الأطفال تحت سبع سنين نص تذكرة، مواليد امتى؟"),
    P("رقمي +20 100 482 7391 عليه واتساب.", ("phone", "+20 100 482 7391")),
    P("الشعاب المرجانية عند جزيرة الجفتون، والغطس بـ٣٥ دولار زيادة، والرحلة بتلغى لو الموج فوق متر ونص."),
]


AR_CARD4 = luhn("552107348819260")            # Mastercard 16
AR_CARD5 = luhn("458763001295518")            # Visa 16
AR_CARD6 = luhn("377812649013725"[:14])       # Amex 15
AR_CARD7 = luhn("410039887261043")            # Visa 16
AR_CARD8 = luhn("533598410277615")            # Mastercard 16
AR_ID4, AR_ID5, AR_ID6 = saudi("118273645"), saudi("245019873"), saudi("227364501")
AR_ID7, AR_ID8 = saudi("109283746"), saudi("251836047")
AR_IBAN5 = iban("AE", "0260001015827364901")
AR_IBAN6 = iban("QA", "QNBA000000000712834650911")
AR_IBAN7 = iban("KW", "NBOK0000000000002019837465")
AR_IBAN8 = iban("SA", "45000000308127734019")

LANGS["ar"] += [
    # endurance horse-race entries, Abu Dhabi (MSA / Gulf)
    P("اتحاد سباقات القدرة، صباح الخير، معك الموظفة ريم الكعبي.", ("name", "ريم الكعبي")),
    P("صباح النور، أنا الفارس تركي بن ناصر العتيبي من الرياض، أبي أسجل في سباق المئة والعشرين كيلو.",
      ("name", "تركي بن ناصر العتيبي")),
    P("السباق يوم السبت ١٨ يناير، أربع مراحل، ينطلق الساعة ستة الفجر، ورسوم التسجيل ١٥٠٠ درهم للخيل الواحد."),
    P("الفرس اسمها ريم الصحراء، عمرها تسع سنوات، ورقم الشريحة ٧٨٤٠٩٣٢١."),
    P("الهوية الوطنية " + ar(grp(AR_ID4, [3, 3, 4])) + ".", ("id", ar(grp(AR_ID4, [3, 3, 4]))),
      ctx="للفرسان من خارج الدولة نحتاج رقم الهوية وتاريخ الميلاد."),
    P("تاريخ ميلادي الخامس من يناير ألف وتسعمية واثنين وتسعين.",
      ("date_of_birth", "الخامس من يناير ألف وتسعمية واثنين وتسعين")),
    P("الجائزة تتحول على حساب الإسطبل، الآيبان " + grp4(AR_IBAN5) + ".", ("iban", grp4(AR_IBAN5))),
    P("جوالي السعودي +966 55 318 2047 والإماراتي 052 771 3408.",
      ("phone", "+966 55 318 2047"), ("phone", "052 771 3408")),
    P("الفحص البيطري الساعة أربعة العصر يوم الجمعة، والحد الأقصى لنبض القلب أربعة وستين نبضة بالدقيقة."),
    P("شكراً، رقم المشاركة ٢١٧، والبطاقة بتوصلك على الإيميل."),
    P("turki point otaibi at hotmail point com", ("email", "turki point otaibi at hotmail point com"),
      ctx="والبريد الإلكتروني لو سمحت؟"),
    # bird-watching tours, Azraq wetlands (Lebanese caller)
    P("بونجور، أنا جورج، جورج خوري، متصل من بيروت، بدي أعرف عن رحلة مراقبة الطيور بالأزرق.",
      ("name", "جورج"), ("name", "جورج خوري")),
    P("الرحلة بموسم الهجرة، من ١٥ آذار لآخر نيسان، بتطلع الساعة خمسة الصبح، ومنشوف اللقلق والبجع، والمجموعة ما بتزيد عن ١٢ شخص."),
    P("الكلفة ٦٠ دينار للشخص مع المنظار والفطور، والمحمية بتسكر الساعة سبعة."),
    P("إي، الرقم صفر تلاتة، سبعة واحد، أربعة أربعة، تسعة صفر.",
      ("phone", "صفر تلاتة، سبعة واحد، أربعة أربعة، تسعة صفر"), ctx="في رقم لبناني نحكيك عليه؟"),
    P("الكارت تبعي ماستركارد " + grp4(AR_CARD4) + "، بس استنى، لا لا صح، هيدا هو.",
      ("card", grp4(AR_CARD4))),
    P("عنواني بيروت، الأشرفية، شارع مار مخايل، بناية الريّس، الطابق الرابع.",
      ("address", "بيروت، الأشرفية، شارع مار مخايل، بناية الريّس، الطابق الرابع")),
    P("georges.khoury@idm.net.lb", ("email", "georges.khoury@idm.net.lb"), ctx="وإيميلك مسيو جورج؟"),
    P("بالمناسبة، طير الفلامنغو شفناه آخر مرة بتاريخ ٢ نيسان، وعددهم كان ٤٣٠ طير."),
    # Petra by night tickets (Jordanian)
    P("مرحبا، مركز زوار البترا، تفضل."),
    P("أهلين، أنا أبو يزن، يعني اسمي خالد المجالي، بدي تذاكر البترا بالليل لإلي ولمرتي.",
      ("name", "أبو يزن"), ("name", "خالد المجالي")),
    P("العرض الاثنين والأربعاء والخميس، بيبلش الساعة تمانية ونص، والتذكرة ١٧ دينار، والمشي من البوابة للخزنة كيلو ونص."),
    P("الفيزا " + " ".join(words(g, "ar_col") for g in grp4(AR_CARD5).split()) + ".",
      ("card", " ".join(words(g, "ar_col") for g in grp4(AR_CARD5).split()))),
    P("ابعتيلي على khaled underscore majali at yahoo dot com.",
      ("email", "khaled underscore majali at yahoo dot com")),
    P("رقم الحجز PBN-7731، والشموع ألف وخمسمية شمعة، والعرض بيطول ساعتين تقريباً."),
    P("ما في مشكلة، بنحطلكم تذكرتين بسعر المقيم."),
    # squash courts, Jeddah (Hijazi, Egyptian and Sudanese expats)
    P("نادي سكواش الشاطئ، أهلاً، اتفضل."),
    P("سلام عليكم، أنا بكري عثمان، سوداني مقيم، أبغى أسجل في دوري الهواة.", ("name", "بكري عثمان")),
    P("رقم إقامتي " + ar(AR_ID5) + ".", ("id", ar(AR_ID5))),
    P("وأخوي معاي، إقامته اتنين اتنين سبعة، تلاتة ستة اربعة، خمسة صفر واحد " + words(AR_ID6[-1], "ar_col") + ".",
      ("id", "اتنين اتنين سبعة، تلاتة ستة اربعة، خمسة صفر واحد " + words(AR_ID6[-1], "ar_col"))),
    P("الدوري ست جولات، كل يوم ثلاثاء الساعة تسعة بالليل، الملاعب من ١ إلى ٤، الرسوم ٢٠٠ ريال والكرات علينا."),
    P("سكني في حي الروضة، شارع الأمير سلطان، عمارة ٢٧، شقة ٦، جدة.",
      ("address", "حي الروضة، شارع الأمير سلطان، عمارة ٢٧، شقة ٦، جدة"), ctx="العنوان للفاتورة؟"),
    P("أنا من مواليد ١٩٨٥/٠٧/٢٣.", ("date_of_birth", "١٩٨٥/٠٧/٢٣")),
    P("أمكس " + grp(AR_CARD6, [4, 6, 5]) + ".", ("card", grp(AR_CARD6, [4, 6, 5])),
      ctx="الدفع بالبطاقة ولا كاش؟"),
    P("هويتي " + words(AR_ID7[:5], "ar") + "، " + words(AR_ID7[5:], "ar") + ".",
      ("id", words(AR_ID7[:5], "ar") + "، " + words(AR_ID7[5:], "ar")),
      ctx="وأنت يا أستاذ، سعودي؟ عطني رقم الهوية."),
    P("حجزنا الملعب رقم ٢ يوم الخميس من الساعة ٨ إلى ٩:٣٠، والساعة بـ٩٠ ريال، وفيه خصم ١٥٪ للأعضاء."),
    # Fes tannery tours (Darija, French)
    P("ألو، مرحبا، أنا نادية بنجلون، كنتكلم من الدار البيضاء، بغيت زيارة للدباغة شوارة.",
      ("name", "نادية بنجلون")),
    P("الزيارة كتبدا مع التسعود ديال الصباح، ساعة وحدة، كتطلعو للسطح ديال الحانوت، الثمن ١٢٠ درهم مع المرشد."),
    P("الإيمايل ديالي nadia point benjelloun arobase gmail point com.",
      ("email", "nadia point benjelloun arobase gmail point com")),
    P("النمرة +212 661 874 309، وإلا ما جاوبتش صيفط ليا ميساج.", ("phone", "+212 661 874 309")),
    P("العنوان ٤٥ زنقة الحرية، الطابق ٣، المعاريف، الدار البيضاء.",
      ("address", "٤٥ زنقة الحرية، الطابق ٣، المعاريف، الدار البيضاء")),
    P("مدام، راه الحجز تأكد نهار الأحد ١٤ على التسعة ونص."),
    P("الجلد ديال الماعز كيتباع بـ٣٥٠ درهم للمتر، والباب بوجلود كيتسد على العشرة."),
    # Arabian horse show tickets, Riyadh (MSA)
    P("مهرجان الخيل العربية الأصيلة، مساء الخير."),
    P("السلام عليكم، اسمي منيرة الدوسري، اشتريت أربع تذاكر للمنصة الملكية وانلغى يوم الأحد.",
      ("name", "منيرة الدوسري")),
    P("المبلغ ٢٤٠٠ ريال بيرجع خلال عشرة أيام عمل، رقم الطلب ٩٩٠١٢٤٥٧٨١."),
    P("الآيبان " + AR_IBAN8[:2] + " " + words(AR_IBAN8[2:4], "ar") + " " + grp4(AR_IBAN8[4:]) + ".",
      ("iban", AR_IBAN8[:2] + " " + words(AR_IBAN8[2:4], "ar") + " " + grp4(AR_IBAN8[4:]))),
    P("ورقم هويتي واحد صفر تسعة... لا، واحد واحد صفر، " + words(AR_ID3[3:], "ar") + ".",
      ("id", "واحد واحد صفر، " + words(AR_ID3[3:], "ar"))),
    P("مواليد ٢٢ رمضان ١٤١٢.", ("date_of_birth", "٢٢ رمضان ١٤١٢"), ctx="وتاريخ الميلاد حسب الهوية؟"),
    P("وأختي اشترت بطاقتها " + grp4(AR_CARD7) + " وتبي ترجع مبلغها كمان.", ("card", grp4(AR_CARD7))),
    P("حاضر، والحين الفئة الذهبية بعد الظهر، والمهرة الفائزة اسمها غزالة."),
    P("بطولة الجمال تبدأ الساعة ٤:٠٠، والفئات سبع، والتذكرة العادية ٧٥ ريال، والمواقف رقم ٦ قريبة من البوابة ب."),
    # Qatari and Kuwaiti spectators
    P("أنا حمد الكواري من الدوحة، حسابي في QNB، " + grp4(AR_IBAN6) + ".",
      ("name", "حمد الكواري"), ("iban", grp4(AR_IBAN6))),
    P("وأنا ولد عمه من الكويت، بو عبدالرحمن، حسابي " + grp4(AR_IBAN7) + ".",
      ("name", "بو عبدالرحمن"), ("iban", grp4(AR_IBAN7))),
    P("رقم الكويتي ستة تسعة، أربعة اثنين، ثلاثة واحد، سبعة ثمانية.",
      ("phone", "ستة تسعة، أربعة اثنين، ثلاثة واحد، سبعة ثمانية")),
    P("البطاقة " + words(AR_CARD8, "ar") + ".", ("card", words(AR_CARD8, "ar"))),
    P("توصل الشهادة على العنوان: الدوحة، منطقة الدفنة، شارع ٨٠٠، مبنى ٢٣، منطقة ٦١.",
      ("address", "الدوحة، منطقة الدفنة، شارع ٨٠٠، مبنى ٢٣، منطقة ٦١")),
]


AR_ID9 = saudi("120938475")
LANGS["ar"] += [
    P("أنا مواليد تسعة وعشرين نوفمبر سنة تسعة وتمانين.",
      ("date_of_birth", "تسعة وعشرين نوفمبر سنة تسعة وتمانين"), ctx="وتاريخ ميلادك يا أستاذ بكري؟"),
    P("ولدي عمره أربعطعش، مواليد ٢٠١٠/٤/٣، يقدر يلعب في فئة الناشئين؟",
      ("date_of_birth", "٢٠١٠/٤/٣")),
    P("يعني... مواليد ستة وعشرين ديسمبر ألفين وواحد.",
      ("date_of_birth", "ستة وعشرين ديسمبر ألفين وواحد"), ctx="وتاريخ ميلاد الفارس المرافق؟"),
    P("رقم الهوية حق المرافق " + ar(AR_ID9[:5]) + " " + ar(AR_ID9[5:]) + ".",
      ("id", ar(AR_ID9[:5]) + " " + ar(AR_ID9[5:]))),
    P("أنا ساكن في عمّان، جبل عمّان، شارع الرينبو، عمارة ١٩، الطابق التاني.",
      ("address", "جبل عمّان، شارع الرينبو، عمارة ١٩، الطابق التاني"), ctx="شو عنوانك عشان نبعتلك الفاتورة؟"),
    P("وصّلوا الشيك على ١٢ شارع مصدق، الدقي، الجيزة، شقة ٨.",
      ("address", "١٢ شارع مصدق، الدقي، الجيزة، شقة ٨")),
    P("الرحلة البحرية الجاية يوم ٥ مايو، والمركب بيشيل ٣٠ راكب، والغدا سمك مشوي على المركب."),
    P("إحنا فاتحين من السبت للخميس من تسعة الصبح لخمسة العصر، والجمعة إجازة."),
    P("الدوري بدأ في ١ سبتمبر ٢٠٢٣ والعقد مع الراعي لمدة ثلاث سنوات بقيمة ١٢٠ ألف ريال."),
    P("رحلة طيران الإمارات EK 925 توصل القاهرة الساعة ١١:٤٠، والباص يطلع للواحة بعدها بساعة."),
    P("الخيل رقم ١٩ اسمها سلمى، ومالكها إسطبلات الوثبة، وطلعت الثانية في سباق ٢٠٢٢."),
    P("سعر الليلة في المخيم ٨٥ دينار، والخيمة الفقاعة ١٤٠، وفيه خصم ١٠٪ للإقامة ثلاث ليالي."),
    P("يا جماعة الطقس يوم الثلاثاء فيه عاصفة رملية، فغيرنا الموعد للأربعاء ١٧ الساعة أربعة."),
    P("رقم الشكوى ٥٥٢٠١٧٨٤٣٣٩١٠٢٧ وبيتواصل معك قسم المالية خلال ٧٢ ساعة."),
]


# ---------------------------------------------------------------- Hebrew, part 1
HE_TZ1, HE_TZ2, HE_TZ3 = tz("31485207"), tz("20573619"), tz("05829316")
HE_TZ4, HE_TZ5 = tz("34019275"), tz("32760418")
HE_CARD1 = luhn("458003216754901")            # Visa 16
HE_CARD2 = luhn("532610947788203")            # Mastercard 16
HE_CARD3 = luhn("402487315590612")            # Visa 16
HE_IBAN1 = iban("IL", "0126230000000542816")  # bank 12, branch 623
HE_IBAN2 = iban("IL", "0107520000012947330")
HE_IBAN3 = iban("FR", "30004009180000178452915")

LANGS["he"] = [
    # Jordan river rafting, Kfar Blum (Russian-speaking caller)
    P("שלום, הגעת לקייקי הירדן, מדברת שירן, איך אפשר לעזור?", ("name", "שירן")),
    P("כן, שלום, מדברת סבטלנה גורביץ', אני רוצה להזמין את המסלול המשפחתי ליום שישי.",
      ("name", "סבטלנה גורביץ'")),
    P("המסלול המשפחתי שמונה קילומטר, בערך שעה וחצי על המים, מגיל חמש, מאה ועשרים שקל לאדם, והיציאה האחרונה בשלוש."),
    P("יש לנו סירה לשישה אנשים, ובסוף המסלול יש הסעה חזרה לחניון מספר 2."),
    P("נייד שלי אפס חמש ארבע, שבע שלוש אחת, תשעים ושתיים, שמונה אפס.",
      ("phone", "אפס חמש ארבע, שבע שלוש אחת, תשעים ושתיים, שמונה אפס")),
    P("תודה סבטלנה, אני שולחת לך עכשיו אישור בוואטסאפ.", ("name", "סבטלנה")),
    P("אני משלמת בויזה, " + grp4(HE_CARD1) + ", תוקף שלוש עשרים ושבע.", ("card", grp4(HE_CARD1))),
    P("ההזמנה מספר 558193, ארבעה מבוגרים ושני ילדים, סך הכול שש מאות ושמונים שקל, יום שישי שלושה באוגוסט בעשר בבוקר."),
    P("sveta.gurevich@walla.co.il", ("email", "sveta.gurevich@walla.co.il"), ctx="לאיזה מייל לשלוח את הקבלה?"),
    # Galilee jeep tours (Anglo immigrant)
    P("Hi, אה, שלום, קוראים לי ג'ונתן פלדמן, עליתי מניו ג'רזי לפני שנתיים, אז סליחה על העברית.",
      ("name", "ג'ונתן פלדמן")),
    P("אין בעיה, ג'ונתן. הסיור בג'יפים יוצא מראש פינה בשמונה וחצי, ארבע שעות, כולל ארוחת בוקר בחורשת טל.",
      ("name", "ג'ונתן")),
    P("המחיר לג'יפ של שבעה מקומות הוא אלף שמונה מאות שקל, ובחגים יש תוספת של עשרים אחוז."),
    P("המייל שלי זה ג'ונתן פלדמן, הכול ביחד, שטרודל ג'ימייל נקודה קום, ג'ונתן עם ג'יי או אן איי טי איי אן.",
      ("email", "ג'ונתן פלדמן, הכול ביחד, שטרודל ג'ימייל נקודה קום")),
    P("תעודת זהות שלי " + words(HE_TZ1, "he_f") + ".", ("id", words(HE_TZ1, "he_f")),
      ctx="בשביל הביטוח של הנהג אני צריך תעודת זהות."),
    P("תאריך לידה עשרים ושניים במאי שמונים ושש, 1986.",
      ("date_of_birth", "עשרים ושניים במאי שמונים ושש, 1986")),
    P("It's plus one, two oh one, five five five, oh one three four, זה המספר האמריקאי, יש לי גם ישראלי.",
      ("phone", "plus one, two oh one, five five five, oh one three four")),
    P("עצירה ראשונה בתצפית על הכנרת, אחר כך נחל עמוד, וחוזרים לחניון בשתיים."),
    # backgammon tournament (Arab citizen speaking Hebrew)
    P("ערב טוב, אני מדבר על טורניר השש בש בחיפה, שמי סאמר חורי, מעבלין.", ("name", "סאמר חורי")),
    P("הטורניר ביום שבת בשעה שש בערב במועדון בוואדי ניסנאס, דמי השתתפות מאה שקל, פרס ראשון אלפיים וחמש מאות."),
    P("משחקים עד שבע נקודות, שעון של שלושים שניות למהלך, ויש שתים עשרה שולחנות."),
    P("ת.ז. שלי " + grp(HE_TZ2, [3, 3, 3], "-") + ".", ("id", grp(HE_TZ2, [3, 3, 3], "-"))),
    P("אפס ארבע שמונה... סליחה, אפס חמש שתיים, שלוש חמש שבע, ארבע ארבע, אחת תשע.",
      ("phone", "אפס חמש שתיים, שלוש חמש שבע, ארבע ארבע, אחת תשע"), ctx="מספר טלפון?"),
    P("תודה סאמר, נתראה בשבת, ותביא את הלוח שלך אם יש לך.", ("name", "סאמר")),
    P("הכתובת שלי רחוב אל-ג'בל 14, אעבלין, מיקוד 3001200.",
      ("address", "רחוב אל-ג'בל 14, אעבלין, מיקוד 3001200"), ctx="לאן לשלוח את הגביע אם לא תגיע לטקס?"),
    # table tennis club (Ethiopian-Israeli parent)
    P("שלום, אני אבבה טספאיה, אני רוצה לרשום את הבן שלי לחוג טניס שולחן.", ("name", "אבבה טספאיה")),
    P("החוג ביום שני ורביעי בחמש וחצי באולם הספורט של קריית משה, שלוש מאות ועשרים שקל לחודש, ויש הנחת אחים של עשרה אחוז."),
    P("הוא נולד בשמונה עשר ביוני אלפיים ושלוש עשרה.",
      ("date_of_birth", "שמונה עשר ביוני אלפיים ושלוש עשרה"), ctx="מה תאריך הלידה של הילד?"),
    P("תעודת זהות של הילד " + words(HE_TZ3, "he_m") + ".", ("id", words(HE_TZ3, "he_m"))),
    P("אנחנו גרים ברחוב הנביאים 31 דירה 7, רחובות.", ("address", "רחוב הנביאים 31 דירה 7, רחובות")),
    P("הוראת קבע מהחשבון " + grp4(HE_IBAN1) + ".", ("iban", grp4(HE_IBAN1))),
    P("המשחק הראשון בליגה נגד הפועל רמת גן בעשרים ושמונה באוקטובר, המחבט עולה מאה וחמישים."),
    # Ramon crater rappelling (French immigrant)
    P("בונז'ור, סליחה, שלום, כאן איזבל אזולאי, הזמנתי סנפלינג במכתש ליום ראשון.", ("name", "איזבל אזולאי")),
    P("הסנפלינג מקיר של שלושים ושמונה מטר, יוצאים מהמצפה בשבע בבוקר, לוקח שלוש שעות, מאתיים ותשעים שקל."),
    P("אני רוצה לבטל, והחשבון שלי עוד בצרפת, " + grp4(HE_IBAN3) + ".", ("iban", grp4(HE_IBAN3))),
    P("izabel point azoulay arobase orange point fr",
      ("email", "izabel point azoulay arobase orange point fr"), ctx="לאיזה מייל לשלוח את אישור הביטול?"),
    P("מדמואזל אזולאי, דמי הביטול עשרה אחוז, אז נחזיר מאתיים שישים ואחד שקל.", ("name", "אזולאי")),
    P("נולדתי ב-14.07.1979, יום הבסטיליה, כן.", ("date_of_birth", "14.07.1979")),
    P("יש משב רוח של ארבעים קמ\"ש ביום שני, לכן כל היציאות מבוטלות עד יום רביעי."),
    # speed-cubing competition (teen and parent)
    P("היי, זה נועם, אני רוצה להירשם לתחרות הקוביות ההונגריות בתל אביב.", ("name", "נועם")),
    P("התחרות ב-22 בדצמבר, קטגוריות שלוש על שלוש, ארבע על ארבע ועיוורון, דמי רישום שבעים שקל, השיא הישראלי שבע נקודה שלוש שניות."),
    P("אמא שלו פה, שמי אורית בן חיים, אני משלמת, " + say(HE_CARD2, "he_f", sep=" ") + ".",
      ("name", "אורית בן חיים"), ("card", say(HE_CARD2, "he_f", sep=" "))),
    P("noam underscore cuber at gmail dot com", ("email", "noam underscore cuber at gmail dot com")),
    P("המזהה שלו ב-WCA הוא 2019BENH03, וזה לא מספר אישי."),
    P("תעודת הזהות של נועם " + HE_TZ4 + ".", ("id", HE_TZ4), ctx="לרישום לקטגוריית נוער צריך ת.ז. של המתחרה."),
    P("כן, הוא מתאריך שלוש בינואר 2011.", ("date_of_birth", "שלוש בינואר 2011"), ctx="ותאריך לידה שלו?"),
]


HE_TZ6, HE_TZ7, HE_TZ8 = tz("30195847"), tz("21846630"), tz("01592834")
HE_CARD4 = luhn("491770326685140")            # Visa 16
HE_CARD5 = luhn("520498113076452")            # Mastercard 16
HE_CARD6 = luhn("37561984302177"[:14])        # Amex 15
HE_CARD7 = luhn("426391058827734")            # Visa 16
HE_CARD8 = luhn("540112873390561")            # Mastercard 16
HE_IBAN4 = iban("IL", "0209180000003371945")
HE_IBAN5 = iban("IL", "0116700000000286413")
HE_IBAN6 = iban("IL", "0311250000045510928")
HE_IBAN7 = iban("IL", "0468430000000918276")
HE_IBAN8 = iban("IL", "0097010000001637052")

LANGS["he"] += [
    # model-rocketry club, Modiin
    P("מועדון הטילאות של מודיעין, שלום, מדבר עידו.", ("name", "עידו")),
    P("אהלן, כאן רוני, רוני שטרן, אבא של יהלי מהקבוצה של יום שלישי.", ("name", "רוני"), ("name", "רוני שטרן")),
    P("השיגור הבא בשדה ליד לטרון בשישה עשר בנובמבר, מנועי C6-5, גובה מקסימלי שלוש מאות מטר, ואסור לשגר ברוח מעל עשרים קמ\"ש."),
    P("ערכת הבנייה עולה מאה שמונים ותשעה שקלים, והמנועים ארבעים וחמש לזוג."),
    P("תשלחו את הערכה לרחוב עמק דותן 8, דירה 12, מודיעין.", ("address", "רחוב עמק דותן 8, דירה 12, מודיעין")),
    P("סבבה, תחייב את המאסטרקארד " + grp4(HE_CARD5) + ".", ("card", grp4(HE_CARD5))),
    P("הטלפון שלי 054-7719203, ושל אשתי 050-3346128.", ("phone", "054-7719203"), ("phone", "050-3346128")),
    P("את ההחזר על הסדנה שבוטלה תעבירו ל-" + HE_IBAN4 + ".", ("iban", HE_IBAN4)),
    # ham-radio licence course (older Russian-speaking caller)
    P("אלו, שלום, מדבר יבגני קפלן, אני רוצה קורס לרישיון חובב רדיו.", ("name", "יבגני קפלן")),
    P("הקורס ארבעה עשר מפגשים, בימי ראשון בשבע בערב, בבית הספר בבאר שבע, מחיר אלף ומאתיים שקל כולל חומרים."),
    P("המבחן של משרד התקשורת בעשרים וחמישה בפברואר, ואות הקריאה מתחיל ב-4X, זה לא מספר אישי."),
    P("תעודת זהות " + say(HE_TZ5, "he_m", [3, 3, 3], ", ") + ".", ("id", say(HE_TZ5, "he_m", [3, 3, 3], ", ")),
      ctx="למבחן במשרד התקשורת צריך מספר תעודת זהות."),
    P("אני נולד... נולדתי שלושים באפריל אלף תשע מאות חמישים ושמונה.",
      ("date_of_birth", "שלושים באפריל אלף תשע מאות חמישים ושמונה")),
    P("טלפון בבית אפס שמונה, שש חמש אחת, שלוש שתיים שבע שלוש.",
      ("phone", "אפס שמונה, שש חמש אחת, שלוש שתיים שבע שלוש")),
    P("אני גר ברחוב יהודה הלוי 47, דירה 3, באר שבע.", ("address", "רחוב יהודה הלוי 47, דירה 3, באר שבע")),
    P("בסדר יבגני, רשמתי, התדר של הממסר המקומי מאה ארבעים וחמש נקודה שש מגה הרץ.", ("name", "יבגני")),
    P("ystd58 at mail dot ru, זה וואי אס טי די חמש שמונה.",
      ("email", "ystd58 at mail dot ru, זה וואי אס טי די חמש שמונה"), ctx="ומייל?"),
    # magic-trick shop
    P("חנות הקסמים של אבי, שלום.",),
    P("היי, אני שחר, הזמנתי באתר קלפים מסומנים וקופסת חיתוך ועוד לא הגיע.", ("name", "שחר")),
    P("ההזמנה מספר 20114, יצאה בשמונה במאי עם דואר שליחים, מספר מעקב RR 938 441 207 IL, זמן אספקה עד עשרה ימי עסקים."),
    P("הכתובת שצריכה להיות זה קיבוץ יגור, בית 212, מיקוד 3006500.",
      ("address", "קיבוץ יגור, בית 212, מיקוד 3006500")),
    P("shahar.magic@gmail.com, shahar עם h בסוף.", ("email", "shahar.magic@gmail.com")),
    P("המבצע: חפיסת בייסיקל ב-39.90, שלוש ב-99, ומשלוח חינם מעל מאתיים."),
    P("האמקס שלי " + grp(HE_CARD6, [4, 6, 5]) + ".", ("card", grp(HE_CARD6, [4, 6, 5]))),
    # LEGO robotics club
    P("שלום, מדברת מרים, מהחוג לרובוטיקה של לגו בכפר סבא.", ("name", "מרים")),
    P("שלום, זאת דנה לוי-אברהם, רציתי לרשום את התאומים לקבוצה של כיתות ג'.",
      ("name", "דנה לוי-אברהם")),
    P("הם ילידי תשעה באוקטובר אלפיים וחמש עשרה.", ("date_of_birth", "תשעה באוקטובר אלפיים וחמש עשרה")),
    P("החוג ביום חמישי בארבע וחצי, שלושים ושתיים פגישות בשנה, מאתיים ושמונים לחודש, ותחרות FLL בעשרים בינואר."),
    P("הוראת קבע, הבנק " + HE_IBAN5[4:7] + "... כלומר ה-IBAN המלא " + grp4(HE_IBAN5) + ".",
      ("iban", grp4(HE_IBAN5))),
    P("ת\"ז של התאומים: " + HE_TZ6 + " ו-" + HE_TZ7 + ".", ("id", HE_TZ6), ("id", HE_TZ7)),
    P("נשלח לך קוד גישה לאפליקציה, אפס ארבע שבע שתיים, תשני אותו בכניסה הראשונה."),
    P("dana underscore la at hotmail dot com", ("email", "dana underscore la at hotmail dot com")),
    # stand-up comedy club
    P("קומדי בר, ערב טוב, מדבר אלירן.", ("name", "אלירן")),
    P("אחי מה קורה זה מוטי אזולאי ביקשתי שש כרטיסים להופעה של חמישי",
      ("name", "מוטי אזולאי")),
    P("ההופעה בעשר וחצי, מינימום הזמנה שתי משקאות, כרטיס מאה ועשרים, ושולחן שש ליד הבמה."),
    P("תרשום את הויזה ארבע תשע אחת שבע, שבע אפס שלוש שתיים, שש שש שמונה חמש, אחת ארבע " + words(HE_CARD4[-2:], "he_f") + ".",
      ("card", "ארבע תשע אחת שבע, שבע אפס שלוש שתיים, שש שש שמונה חמש, אחת ארבע " + words(HE_CARD4[-2:], "he_f"))),
    P("טוב מוטי, כתבתי, שש כרטיסים על השם שלך, תגיעו עשרים דקות לפני.", ("name", "מוטי")),
    P("נייד אפס חמש שמונה שש שתיים שתיים שלוש אפס שבע שבע",
      ("phone", "אפס חמש שמונה שש שתיים שתיים שלוש אפס שבע שבע")),
    P("ההופעה הקודמת ב-14 בספטמבר בוטלה, והחיוב של 480 ש\"ח יחזור תוך שלושה ימי עסקים."),
    # mini-golf birthday
    P("שלום, אני מתקשרת בקשר ליום הולדת במיני גולף, שמי הדס יוסף.", ("name", "הדס יוסף")),
    P("החבילה לשמונה עשר מסלולים, עשרים ילדים, שעה וחצי, כולל פיצה ושתייה, אלף ארבע מאות שקל, בימי שישי משתיים עד חמש."),
    P("המספר שלי פלוס תשע שבע שתיים, חמישים ושתיים, ארבע שמונה שש, שבעים ואחת, עשרים.",
      ("phone", "פלוס תשע שבע שתיים, חמישים ושתיים, ארבע שמונה שש, שבעים ואחת, עשרים")),
    P("היום הולדת של הבת שלי בעשרים ושלושה במרץ, היא תהיה בת שבע."),
    P("מקדמה של ארבע מאות בכרטיס " + say(HE_CARD7, "he_f", sep=", ") + ".",
      ("card", say(HE_CARD7, "he_f", sep=", "))),
    P("הדס, אני רושמת לך את שישי העשרים וארבעה, מסלול הפיראטים, ואם יורד גשם עוברים לאולם.", ("name", "הדס")),
    P("אני גרה ברחוב שבזי 9, נווה צדק, תל אביב, אם צריך לשלוח הזמנות.",
      ("address", "רחוב שבזי 9, נווה צדק, תל אביב")),
    P("hadas.yosef@icloud.com", ("email", "hadas.yosef@icloud.com"), ctx="ומייל לאישור?"),
]


LANGS["he"] += [
    P("כן, זה " + HE_IBAN6[:2] + " " + words(HE_IBAN6[2:4], "he_m") + ", ואז " + grp(HE_IBAN6[4:], [3, 3, 13]) + ".",
      ("iban", HE_IBAN6[:2] + " " + words(HE_IBAN6[2:4], "he_m") + ", ואז " + grp(HE_IBAN6[4:], [3, 3, 13])),
      ctx="להחזר על ההשכרה של הרפסודה אני צריכה מספר IBAN."),
    P("אה, אחי, הזיכוי לחשבון " + grp4(HE_IBAN7) + ", על שם אשתי.", ("iban", grp4(HE_IBAN7))),
    P("תעבירו את הפרס לחשבון " + HE_IBAN8 + ", זה בנק אגוד בנצרת.", ("iban", HE_IBAN8),
      ctx="סאמר, זכית במקום השני, שמונה מאות שקל."),
    P("תעודת זהות " + " ".join(HE_TZ8) + ".", ("id", " ".join(HE_TZ8)), ctx="לביטוח של הג'יפ צריך גם את הנהג השני."),
    P("הכרטיס של החברה " + grp(HE_CARD3, [4, 4, 4, 4], "-") + ", על שם רובוטק בע\"מ.", ("card", grp(HE_CARD3, [4, 4, 4, 4], "-"))),
    P("תחייבו את ה" + "מאסטרקארד שמסתיים ב-" + HE_CARD8[-4:] + "... לא, תרשום את כל המספר: " + grp4(HE_CARD8) + ".",
      ("card", grp4(HE_CARD8))),
    P("אני גרה בשדרות ירושלים 112, קומה 4, יפו, מיקוד 6811221.",
      ("address", "שדרות ירושלים 112, קומה 4, יפו, מיקוד 6811221"), ctx="מה הכתובת למשלוח המדליה?"),
    P("הכתובת: מושב בית שערים, משק 44.", ("address", "מושב בית שערים, משק 44")),
    P("תאריך לידה? ט\"ו בשבט תשמ\"ה, בלועזי שישה בפברואר שמונים וחמש.",
      ("date_of_birth", "ט\"ו בשבט תשמ\"ה, בלועזי שישה בפברואר שמונים וחמש")),
    P("היא נולדה ב-2.11.2009, אז היא בקטגוריית עד שש עשרה.", ("date_of_birth", "2.11.2009")),
    P("המסלול המאתגר של הרפטינג ארבעה עשר קילומטר, מגיל עשר, מאה שמונים וחמישה שקל, לא פתוח בשבת."),
    P("יש חניה בחינם ליד גשר הפקק, ומשם הליכה של חמש דקות לנקודת היציאה."),
    P("הג'יפ מספר 41-277-65 יחכה לכם בכניסה לקיבוץ עמיעד בשמונה ועשרים."),
    P("בטורניר הקודם היו שישים וארבעה משתתפים, והאלוף מנצרת ניצח בגמר חמש שלוש."),
    P("המועדון פתוח ראשון עד חמישי מארבע עד עשר, שישי מתשע עד אחת, ובחגים סגור."),
    P("המנוי השנתי עולה אלף חמש מאות, או מאה ארבעים לחודש בהוראת קבע, ההתחייבות לשנה מאחד בספטמבר."),
    P("ביום ראשון העשרים ושניים יש תחזית לשיטפונות בנגב, אז כל הסנפלינג נדחה לשבוע אחרי."),
    P("הקוביה GAN 12 עולה מאתיים שלושים ותשעה, והטיימר של סטאקמט מאה ועשרים."),
    P("הטיל הכי גבוה שלנו הגיע לאלף ומאתיים מטר בשיגור של אוגוסט, עם מנוע F."),
    P("בגלל השביתה בנמל החבילה תתעכב, הזמנה מספר 88431-2 תגיע עד ה-30 לחודש."),
    P("הערכה של לגו ספייק פריים עולה אלף שמונה מאות ותשעים, ואפשר בשלושה תשלומים."),
    P("הכרטיסים למופע של שבת בשתים עשרה בלילה נגמרו, נשארו רק לשמונה וחצי, מאה שלושים שקל."),
    P("ההזמנה ליום הולדת: מסלול שמונה עשר גומות, עשרים ושניים ילדים, עוגה ב-150, בלונים ב-80."),
    P("שלום, כן, יש לנו מקום במסלול של יום שני בשעה אחת עשרה ורבע, שתי סירות פנויות."),
    P("מחר ברדיו בשמונה בבוקר יש תחרות ציד שועלים, תדר מאה ארבעים וארבע נקודה חמש, נקודת מפגש בפארק הלאומי."),
    P("המבחן העיוני שלושים שאלות, צריך עשרים וארבע נכונות כדי לעבור, והתוצאות תוך שבועיים."),
    P("אני מזכירה שבחודש יולי המחיר עולה בחמישה עשר אחוז בגלל העונה."),
    P("הקוביה הגדולה מאה ושמונים, אבל הכרטיס לבית הספר של הקוסמים בהרצליה עולה שלוש מאות."),
]


HE_IBAN9 = iban("IL", "0541290000000730584")
LANGS["he"] += [
    P("אה, תחזירו את המקדמה, יש לי את ה-IBAN פה: " + " ".join(HE_IBAN9[:2]) + ", " + say(HE_IBAN9[2:], "he_f", [2, 3, 3, 13], ", ") + ".",
      ("iban", " ".join(HE_IBAN9[:2]) + ", " + say(HE_IBAN9[2:], "he_f", [2, 3, 3, 13], ", ")),
      ctx="הדס, בגלל הגשם ביטלנו את המסלול החיצוני."),
]


# ---------------------------------------------------------------- Greek, part 1
EL_AFM1, EL_AFM2, EL_AFM3, EL_AFM4 = afm("13478502"), afm("05592174"), afm("14830269"), afm("07716435")
EL_CARD1 = luhn("476173019284415")            # Visa 16
EL_CARD2 = luhn("516730218874930")            # Mastercard 16
EL_CARD3 = luhn("455620774190318")            # Visa 16
EL_CARD4 = luhn("523318046677291")            # Mastercard 16
EL_IBAN1 = iban("GR", "014" + "0102" + "0000002311988455")
EL_IBAN2 = iban("CY", "00500185" + "0000004810273366")
EL_IBAN3 = iban("GR", "017" + "2264" + "0000026400819771")
EL_IBAN4 = iban("GR", "026" + "0047" + "0000075203144681")

LANGS["el"] = [
    # water-polo club, Piraeus
    P("Καλησπέρα σας, Ναυτικός Όμιλος Πειραιά, τμήμα υδατοσφαίρισης, η Δέσποινα είμαι.", ("name", "Δέσποινα")),
    P("Γεια σας, με λένε Σταυρούλα Μαυρίδου και θέλω να γράψω τον γιο μου στο τμήμα παίδων.",
      ("name", "Σταυρούλα Μαυρίδου")),
    P("Οι προπονήσεις είναι Δευτέρα, Τετάρτη και Παρασκευή στις έξι και μισή, στην πισίνα των 50 μέτρων, και η συνδρομή 45 ευρώ τον μήνα."),
    P("Γεννήθηκε στις δεκαεφτά Μαΐου του δύο χιλιάδες δώδεκα.",
      ("date_of_birth", "δεκαεφτά Μαΐου του δύο χιλιάδες δώδεκα"), ctx="Ημερομηνία γέννησης του παιδιού;"),
    P("Το κινητό μου είναι έξι εννιά επτά, τέσσερα πέντε δύο, οχτώ ένα μηδέν τρία.",
      ("phone", "έξι εννιά επτά, τέσσερα πέντε δύο, οχτώ ένα μηδέν τρία")),
    P("Μένουμε στην Ακτή Θεμιστοκλέους 84, τρίτος όροφος, 185 37 Πειραιάς.",
      ("address", "Ακτή Θεμιστοκλέους 84, τρίτος όροφος, 185 37 Πειραιάς")),
    P("Ευχαριστώ, θα χρειαστούμε και ιατρική βεβαίωση και δύο φωτογραφίες."),
    P("Ο αγώνας με τον Ολυμπιακό είναι το Σάββατο στις 12, στο κολυμβητήριο Παπαστράτειο, είσοδος ελεύθερη."),
    P("Για την απόδειξη θέλω το ΑΦΜ σας. Ναι, " + EL_AFM1 + ".", ("id", EL_AFM1)),
    # beach-volleyball tournament, Chalkidiki
    P("Ναι γεια, ο Θοδωρής εδώ, Θοδωρής Καραγιάννης, για το τουρνουά μπιτς βόλεϊ στη Σάνη.",
      ("name", "Θοδωρής"), ("name", "Θοδωρής Καραγιάννης")),
    P("Το τουρνουά είναι στις δεκαπέντε Ιουλίου, ανδρικά διπλά, 32 ομάδες, συμμετοχή 60 ευρώ ανά ομάδα, το πρώτο βραβείο 1.500."),
    P("Και ο συμπαίκτης μου είναι μικρότερος, γεννημένος είκοσι του τρία του ενενήντα ένα.",
      ("date_of_birth", "είκοσι του τρία του ενενήντα ένα")),
    P("Το email μου thodoris κάτω παύλα kara παπάκι yahoo τελεία gr.",
      ("email", "thodoris κάτω παύλα kara παπάκι yahoo τελεία gr")),
    P("Εντάξει Θοδωρή, σας έγραψα στο γκρουπ Γ, πρώτος αγώνας Σάββατο εννιά και μισή στο γήπεδο 4.", ("name", "Θοδωρή")),
    P("Θα πληρώσω με κάρτα, " + grp4(EL_CARD1) + ", λήγει δέκα εικοσιοχτώ.", ("card", grp4(EL_CARD1))),
    P("Τα έπαθλα τα χορηγεί η Μύθος και το ξενοδοχείο Σάνη Ρίζορτ, και το πάρτι είναι στο Beach Bar Κάππα."),
    # open-air summer cinema, Athens
    P("Θερινός κινηματογράφος Αίγλη, καλησπέρα.",),
    P("Καλησπέρα, εγώ είμαι η κυρία Φρόσω, Ευφροσύνη Λαμπράκη, και θέλω να κρατήσω τέσσερις θέσεις για απόψε.",
      ("name", "Φρόσω"), ("name", "Ευφροσύνη Λαμπράκη")),
    P("Απόψε παίζουμε «Το Ποτάμι» στις εννιά και είκοσι και «Καζαμπλάνκα» στις έντεκα και δέκα, εισιτήριο εννιά ευρώ, μειωμένο επτά."),
    P("Το τηλέφωνο του σπιτιού είναι διακόσια δέκα, εφτακόσια είκοσι τρία, σαράντα πέντε, ογδόντα ένα.",
      ("phone", "διακόσια δέκα, εφτακόσια είκοσι τρία, σαράντα πέντε, ογδόντα ένα")),
    P("Καλά κυρία Λαμπράκη, σας κράτησα τις θέσεις δώδεκα με δεκαπέντε στη σειρά Ε.", ("name", "Λαμπράκη")),
    P("Η κάρτα διαρκείας για όλο το καλοκαίρι κοστίζει 65 ευρώ και ισχύει από 1η Ιουνίου ως 30 Σεπτεμβρίου."),
    P("Το κυλικείο κλείνει στις δώδεκα, και τη Δευτέρα 14 Αυγούστου έχουμε αφιέρωμα στον Κακογιάννη."),
    # sport-fishing trips, Limassol (Cypriot)
    P("Ναι, καλημέρα, ο Χαράλαμπος, Χαμπής, που έκλεισα το ψάρεμα για την Κυριακή.",
      ("name", "Χαράλαμπος"), ("name", "Χαμπής")),
    P("Το σκάφος φεύγει που τη μαρίνα της Λεμεσού στις πέντε το πρωί, οχτώ ώρες, 120 ευρώ το άτομο, μέχρι έξι άτομα."),
    P("Το κινητό μου εν ενενήντα εννιά, πενήντα τέσσερα, τριάντα δύο, δεκαεννιά.",
      ("phone", "ενενήντα εννιά, πενήντα τέσσερα, τριάντα δύο, δεκαεννιά")),
    P("Για την επιστροφή της προκαταβολής, το IBAN μου εν " + grp4(EL_IBAN2) + ".", ("iban", grp4(EL_IBAN2))),
    P("Πιάσαμε ένα ξιφία σαράντα δύο κιλά τον Ιούνιο, και τον Σεπτέμβριο έρκουνται οι τόνοι."),
    P("Στέλνε μου στο χαμπης 1975, γράφε το με λατινικά, habis1975 at cytanet dot com dot cy.",
      ("email", "habis1975 at cytanet dot com dot cy")),
    P("Ο αριθμός της άδειας ψαρέματος του σκάφους είναι ΛΕΜ 2318 και χωρεί οχτώ καλάμια."),
    # donkey trekking, Santorini / Tinos
    P("Γεια σας, λέγομαι Αγγελική Ρούσσου, θέλω πληροφορίες για τη βόλτα με τα γαϊδουράκια.",
      ("name", "Αγγελική Ρούσσου")),
    P("Η διαδρομή είναι δυόμισι ώρες από τον Βώλακα ως το Κάμπο, 35 ευρώ ο ενήλικας, 20 το παιδί, και τα ζώα δεν σηκώνουν πάνω από 80 κιλά."),
    P("Η γαϊδουρίτσα η Ζωίτσα είναι η πιο ήσυχη, ενώ ο Μήτσος είναι για τους πιο μεγάλους."),
    P("Ναι, angeliki.roussou@hotmail.com.", ("email", "angeliki.roussou@hotmail.com"), ctx="Ένα email για την επιβεβαίωση;"),
    P("Θέλω απόδειξη με το ΑΦΜ μου, " + say(EL_AFM2, "el", [3, 3, 3], ", ") + ".",
      ("id", say(EL_AFM2, "el", [3, 3, 3], ", "))),
    P("Τηλέφωνο συν τριάντα, έξι εννιά τέσσερα, ένα δύο τρία, σαράντα πέντε εξήντα επτά.",
      ("phone", "συν τριάντα, έξι εννιά τέσσερα, ένα δύο τρία, σαράντα πέντε εξήντα επτά")),
    # tavli tournament (older callers)
    P("Εμπρός; Ο Μπάμπης είμαι, από το καφενείο στον Βύρωνα, για το πρωτάθλημα τάβλι.", ("name", "Μπάμπης")),
    P("Το τουρνουά είναι Κυριακή 3 Νοεμβρίου στις πέντε, παίζουμε πόρτες, πλακωτό και φεύγα, ως τα πέντε, συμμετοχή 15 ευρώ."),
    P("Γεννήθηκα το σαράντα εννιά, εικοσιτρείς Οκτωβρίου του χίλια εννιακόσια σαράντα εννιά.",
      ("date_of_birth", "εικοσιτρείς Οκτωβρίου του χίλια εννιακόσια σαράντα εννιά"),
      ctx="Για την κατηγορία βετεράνων χρειάζομαι ημερομηνία γέννησης."),
    P("Η διεύθυνση; Φορμίωνος 27, Βύρωνας, 162 31.", ("address", "Φορμίωνος 27, Βύρωνας, 162 31")),
    P("Εντάξει, σας έβαλα στον όμιλο τρία, με τον πρωταθλητή της περσινής χρονιάς."),
    P("Το πρώτο έπαθλο είναι ένα τάβλι χειροποίητο από τη Σκύρο αξίας 300 ευρώ."),
]


EL_AFM5, EL_AFM6, EL_AFM7, EL_AFM8 = afm("16204487"), afm("04418832"), afm("11375096"), afm("15542013")
EL_CARD5 = luhn("492183650017246")            # Visa 16
EL_CARD6 = luhn("37912045881236"[:14])        # Amex 15
EL_CARD7 = luhn("535872196604418")            # Mastercard 16
EL_CARD8 = luhn("675923014886712")            # Maestro 16
EL_IBAN5 = iban("GR", "011" + "0240" + "0000024000418233")
EL_IBAN6 = iban("CY", "00200128" + "0067250021000000")
EL_IBAN7 = iban("GR", "014" + "0695" + "0000069502318876")
EL_IBAN8 = iban("CY", "00700102" + "0000000370055219")

LANGS["el"] += [
    # Byzantine-chant lessons, Thessaloniki
    P("Καλημέρα σας, είμαι ο πατήρ Νικόδημος, από τη σχολή βυζαντινής μουσικής του Αγίου Δημητρίου.", ("name", "πατήρ Νικόδημος")),
    P("Καλημέρα πάτερ, είμαι ο Αριστείδης Παπαδάκης, ήθελα να γραφτώ στα μαθήματα για αρχάριους.",
      ("name", "Αριστείδης Παπαδάκης")),
    P("Τα μαθήματα είναι κάθε Τρίτη στις επτά, τρία χρόνια για το πτυχίο, και τα δίδακτρα 30 ευρώ τον μήνα, οι εξετάσεις τον Ιούνιο."),
    P("Ημερομηνία γεννήσεως; Δώδεκα του τρία του ογδόντα τέσσερα.",
      ("date_of_birth", "Δώδεκα του τρία του ογδόντα τέσσερα")),
    P("Μένω στην Εγνατία 131, δεύτερος όροφος, 546 21 Θεσσαλονίκη.",
      ("address", "Εγνατία 131, δεύτερος όροφος, 546 21 Θεσσαλονίκη")),
    P("ΑΦΜ " + grp(EL_AFM5, [3, 3, 3], " ") + ", ΔΟΥ Ε΄ Θεσσαλονίκης.", ("id", grp(EL_AFM5, [3, 3, 3], " ")),
      ctx="Για το πιστοποιητικό χρειαζόμαστε ΑΦΜ και ΔΟΥ."),
    P("Το κινητό εξήντα εννιά, τριάντα οχτώ, δεκαπέντε, είκοσι δύο, εβδομήντα τρία.",
      ("phone", "εξήντα εννιά, τριάντα οχτώ, δεκαπέντε, είκοσι δύο, εβδομήντα τρία")),
    P("Θα διδάξουμε τους οχτώ ήχους, πρώτα τον πλάγιο του τετάρτου, και η πρώτη εξέταση είναι στις 20 Δεκεμβρίου."),
    P("Σας ευχαριστώ πολύ, ο Θεός μαζί σας."),
    # canyoning in Zagori
    P("Γεια, είμαι η Κατερίνα Δούκα, έχουμε κλείσει φαράγγι για το Σαββατοκύριακο, τέσσερα άτομα.",
      ("name", "Κατερίνα Δούκα")),
    P("Η κατάβαση είναι στο φαράγγι του Βίκου, επίπεδο τρία, έξι ώρες, με ραπέλ ως δεκαπέντε μέτρα, 85 ευρώ με στολή και κράνος."),
    P("Συνάντηση στο Μονοδένδρι στις οχτώ, στο καφενείο στην πλατεία, και η επιστροφή γύρω στις τρεις."),
    P("Πληρώνω με την κάρτα " + say(EL_CARD2, "el", sep=", ") + ".", ("card", say(EL_CARD2, "el", sep=", "))),
    P("Θα μου στείλετε στο katerina τελεία douka παπάκι gmail τελεία com.",
      ("email", "katerina τελεία douka παπάκι gmail τελεία com")),
    P("Η κυρία Δούκα; Ναι, εδώ Ηλίας από το Zagori Outdoors, ο καιρός την Κυριακή δείχνει καταιγίδες.",
      ("name", "Δούκα"), ("name", "Ηλίας")),
    P("Τότε επιστρέψτε μου τα χρήματα στο " + grp4(EL_IBAN1) + ".", ("iban", grp4(EL_IBAN1))),
    # SUP board rental, Corfu
    P("Hello, γεια σας, ο Στέλιος εδώ από τα SUP του Αγίου Γορδίου.", ("name", "Στέλιος")),
    P("γεια σας ονομάζομαι ιουλία μπεκιάρη θα ήθελα δυο σανίδες για αύριο το πρωί",
      ("name", "ιουλία μπεκιάρη")),
    P("Η σανίδα είναι 15 ευρώ την ώρα, 40 για μισή μέρα, και το μάθημα για αρχάριους 25 ευρώ, από τις εννιά ως τις έντεκα."),
    P("Κάρτα Mastercard " + grp(EL_CARD4, [4, 4, 4, 4], "-") + ".", ("card", grp(EL_CARD4, [4, 4, 4, 4], "-"))),
    P("Το κινητό μου είναι +30 698 112 4470.", ("phone", "+30 698 112 4470")),
    P("Η σανίδα με τον αριθμό 7 έχει χαλασμένο πτερύγιο, οπότε θα σας δώσουμε την 12 και την 14."),
    P("Μένω μόνιμα στην Κέρκυρα, οδός Γεωργίου Θεοτόκη 18, 491 00.",
      ("address", "οδός Γεωργίου Θεοτόκη 18, 491 00"), ctx="Και μια διεύθυνση για την εγγύηση;"),
    P("Το ΑΦΜ μου είναι " + EL_AFM3 + ", τιμολόγιο θέλω, για την εταιρεία.", ("id", EL_AFM3)),
    # retro arcade / pinball bar, Exarcheia
    P("Ναι, γεια, ο Άκης από το Pinball Bar στα Εξάρχεια.", ("name", "Άκης")),
    P("ρε φίλε γεια με λένε νίκο σταθόπουλο έχω κλείσει το πάρτι για σάββατο",
      ("name", "νίκο σταθόπουλο")),
    P("Έχουμε 18 φλίπερ και 30 παλιά arcade, το πακέτο πάρτι είναι 20 ευρώ το άτομο με απεριόριστες μάρκες για δύο ώρες."),
    P("Το ρεκόρ στο Addams Family το έχει κάποιος με 48 εκατομμύρια πόντους, από το 2019."),
    P("nikos underscore stath ninety nine at gmail dot com",
      ("email", "nikos underscore stath ninety nine at gmail dot com")),
    P("Η προκαταβολή 100 ευρώ στο " + EL_IBAN5 + ", αιτιολογία πάρτι Σαββάτου.", ("iban", EL_IBAN5)),
    P("Το έστειλα από το δικό μου, το " + grp4(EL_IBAN7) + ".", ("iban", grp4(EL_IBAN7))),
    P("Τέλεια, τα λέμε το Σάββατο στις οχτώ."),
    # orienteering club, Cyprus
    P("Καλησπέρα, η Άντρη Χριστοδούλου που τον Όμιλο Προσανατολισμού Λευκωσίας.", ("name", "Άντρη Χριστοδούλου")),
    P("Ο αγώνας εν στην Πλάτρες, στις εικοσιδύο Μαρτίου, τρεις διαδρομές, δύο, τέσσερα και οχτώ χιλιόμετρα, εγγραφή δέκα ευρώ."),
    P("Ο γιος μου γεννήθηκε στις εννιά Ιανουαρίου δύο χιλιάδες οχτώ, να μπει στην κατηγορία Μ16;",
      ("date_of_birth", "εννιά Ιανουαρίου δύο χιλιάδες οχτώ")),
    P("Το τηλέφωνο μου εν εικοσιδύο, τετρακόσια τριάντα ένα, εξακόσια δεκαεννιά.",
      ("phone", "εικοσιδύο, τετρακόσια τριάντα ένα, εξακόσια δεκαεννιά")),
    P("Η διεύθυνσή μου είναι Λεωφόρος Στροβόλου 214, διαμέρισμα 301, 2048 Στρόβολος.",
      ("address", "Λεωφόρος Στροβόλου 214, διαμέρισμα 301, 2048 Στρόβολος")),
    P("Το IBAN μου στην Τράπεζα Κύπρου εν " + grp4(EL_IBAN8) + ".", ("iban", grp4(EL_IBAN8))),
    P("Η συνδρομή του ομίλου εν 40 ευρώ τον χρόνο και τα τσιπάκια SI ενοικιάζονται δύο ευρώ."),
    # regatta registration, Hydra
    P("Καλημέρα, Ιστιοπλοϊκός Όμιλος Ύδρας."),
    P("Καλημέρα, είμαι ο καπετάν Γιάννης, Ιωάννης Βλαστός, για τη ρεγκάτα του Ιουνίου.",
      ("name", "Γιάννης"), ("name", "Ιωάννης Βλαστός")),
    P("Η ρεγκάτα ξεκινάει στις 21 Ιουνίου στις έντεκα, διαδρομή Ύδρα–Σπέτσες 18 ναυτικά μίλια, συμμετοχή 150 ευρώ για σκάφη ως 40 πόδια."),
    P("Το σκάφος λέγεται «Αμαλία», 36 πόδια, αριθμός νηολογίου Π 4512, με πέντε άτομα πλήρωμα."),
    P("Η κάρτα μου " + grp4(EL_CARD3) + ".", ("card", grp4(EL_CARD3))),
    P("Email, john vlastos, όλα μαζί, στο otenet τελεία gr.",
      ("email", "john vlastos, όλα μαζί, στο otenet τελεία gr")),
    P("Ο ΑΦΜ του σκάφους είναι στο όνομά μου, μηδέν εφτά εφτά, ένα έξι τέσσερα, τρία πέντε " + words(EL_AFM4[-1], "el") + ".",
      ("id", "μηδέν εφτά εφτά, ένα έξι τέσσερα, τρία πέντε " + words(EL_AFM4[-1], "el"))),
]


LANGS["el"] += [
    P("Ναι, η Visa, " + say(EL_CARD5, "el", [4, 4, 4, 4], " ") + ".", ("card", say(EL_CARD5, "el", [4, 4, 4, 4], " ")),
      ctx="Θέλετε να πληρώσετε τη συνδρομή με κάρτα;"),
    P("Την American Express, " + grp(EL_CARD6, [4, 6, 5]) + ", λήξη ένα είκοσι εννιά.", ("card", grp(EL_CARD6, [4, 6, 5]))),
    P("Πέντε τρία πέντε οχτώ, εφτά δύο ένα εννιά... ναι... έξι έξι μηδέν τέσσερα, τέσσερα ένα οχτώ " + words(EL_CARD7[-1], "el") + ".",
      ("card", "Πέντε τρία πέντε οχτώ, εφτά δύο ένα εννιά"), ("card", "έξι έξι μηδέν τέσσερα, τέσσερα ένα οχτώ " + words(EL_CARD7[-1], "el")),
      ctx="Πείτε μου τον αριθμό της κάρτας, σιγά σιγά."),
    P("Η Maestro μου, " + grp4(EL_CARD8) + ".", ("card", grp4(EL_CARD8))),
    P("Στείλτε την επιστροφή στο " + EL_IBAN3[:4] + " " + say(EL_IBAN3[4:], "el", [3, 4, 16], ", ") + ".",
      ("iban", EL_IBAN3[:4] + " " + say(EL_IBAN3[4:], "el", [3, 4, 16], ", "))),
    P("IBAN " + grp4(EL_IBAN4) + ", Εθνική Τράπεζα, δικαιούχος εγώ.", ("iban", grp4(EL_IBAN4)),
      ctx="Λόγω αέρα ακυρώθηκε η ρεγκάτα, θα επιστρέψουμε τη συμμετοχή."),
    P("Στο κυπριακό μου, " + grp4(EL_IBAN6) + ".", ("iban", grp4(EL_IBAN6))),
    P("Το ΑΦΜ είναι " + grp(EL_AFM6, [3, 3, 3], ".") + ".", ("id", grp(EL_AFM6, [3, 3, 3], "."))),
    P("ΑΦΜ; " + say(EL_AFM7, "el", [3, 3, 3], " ") + ".", ("id", say(EL_AFM7, "el", [3, 3, 3], " ")),
      ctx="Για την απόδειξη της ενοικίασης θέλω ένα ΑΦΜ."),
    P("Και της γυναίκας μου το ΑΦΜ, " + EL_AFM8 + ".", ("id", EL_AFM8)),
    P("Εγώ μένω στη Λάρνακα, οδός Ερμού 45, 6021.", ("address", "οδός Ερμού 45, 6021")),
    P("Η διεύθυνση είναι Πατησίων 112, τέταρτος όροφος, 112 57 Αθήνα.",
      ("address", "Πατησίων 112, τέταρτος όροφος, 112 57 Αθήνα")),
    P("Να το στείλετε στο χωριό, Κήποι Ζαγορίου, δίπλα στην εκκλησία, 440 07.",
      ("address", "Κήποι Ζαγορίου, δίπλα στην εκκλησία, 440 07")),
    P("Είμαι γεννημένη 30/11/1967.", ("date_of_birth", "30/11/1967"), ctx="Για την ασφάλεια χρειάζομαι ημερομηνία γέννησης."),
    P("Του Αγίου Γεωργίου γεννήθηκα, εικοσιτρείς Απριλίου του εβδομήντα δύο.",
      ("date_of_birth", "εικοσιτρείς Απριλίου του εβδομήντα δύο")),
    P("Η μικρή γεννήθηκε ένα του έξι του δεκαέξι.", ("date_of_birth", "ένα του έξι του δεκαέξι"),
      ctx="Για τη μειωμένη τιμή, πόσων χρονών είναι η μικρή;"),
    P("froso λαμπράκη σαράντα εννιά παπάκι hotmail τελεία com",
      ("email", "froso λαμπράκη σαράντα εννιά παπάκι hotmail τελεία com")),
    P("a-r-i-s τελεία p-a-p παπάκι y-a-h-o-o τελεία g-r",
      ("email", "a-r-i-s τελεία p-a-p παπάκι y-a-h-o-o τελεία g-r")),
    P("Σταθερό στην Ύδρα, είκοσι δύο ενενήντα οχτώ, πενήντα δύο, σαράντα έξι, τριάντα.",
      ("phone", "είκοσι δύο ενενήντα οχτώ, πενήντα δύο, σαράντα έξι, τριάντα")),
    P("Το πλοίο της Hellenic Seaways φεύγει από τον Πειραιά 7:30 και φτάνει Ύδρα 9:25, εισιτήριο 33,50."),
    P("Η πτήση A3 274 από Λονδίνο προσγειώνεται στην Κέρκυρα στις 14:50, οπότε το μάθημα μετακινείται στις 17:00."),
    P("Ο αριθμός κράτησης είναι 4417 2290 8831, κρατήστε τον για την επιστροφή."),
    P("Η χρέωση των 85 ευρώ έγινε στις 2 Μαΐου και το συμβόλαιο του ομίλου με τον δήμο ξεκίνησε την 1η Ιανουαρίου 2022."),
    P("Το δωμάτιο 204 στον ξενώνα Μικρό Πάπιγκο είναι κλεισμένο για δύο νύχτες, 70 ευρώ η βραδιά."),
    P("Οι Λευκαδίτες κέρδισαν πέρσι με χρόνο τέσσερις ώρες και δεκαοχτώ λεπτά."),
    P("Το Σάββατο 12 Οκτωβρίου έχει Παναγίτσα στο χωριό, γι' αυτό οι βόλτες σταματάνε στις δύο."),
    P("Στο φλίπερ Twilight Zone χρειάζονται δύο μάρκες, ενώ το Pac-Man και το Galaga μία."),
    P("Τα μαθήματα ξεκινούν τη Δευτέρα 16 Σεπτεμβρίου και η τελετή λήξης είναι στις 25 Μαΐου."),
    P("Η χωρητικότητα του θερινού είναι 420 θέσεις, και από τις 15 Αυγούστου παίζουμε και μεταμεσονύχτια."),
    P("Φέτος στον αγώνα του Ολύμπου είχαμε 312 δρομείς, και ο πιο μεγάλος ήταν 74 χρονών."),
    P("Ο Άγιος Γόρδιος έχει ανατολικό αέρα πέντε μποφόρ σήμερα, οπότε κλείνουμε στις δώδεκα."),
    P("Αν γράψετε και τα δύο παιδιά έχετε έκπτωση 20%, δηλαδή 72 ευρώ τον μήνα αντί για 90."),
]


def main():
    _self_test()
    os.makedirs(OUT_DIR, exist_ok=True)
    for lang, items in LANGS.items():
        recs = to_records(items, lang)
        counts = {}
        for r in recs:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        nonp = sum(1 for r in recs if not r["spans"])
        with open(os.path.join(OUT_DIR, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in recs:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        print(lang, "items", len(recs), "non-personal", nonp, "spans",
              sum(counts.values()), dict(sorted(counts.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
