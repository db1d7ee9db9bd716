#!/usr/bin/env python3
"""Generator of the held-out redaction evaluation set "blind46".

Written by a helper session working only from a written brief. The helper never
read the redactor, its rules, its tests, or any other evaluation set or generator;
the lines are imagined customer-service phone calls (as a speech recogniser would
transcribe them) in online-only / app-based services, subscriptions and digital goods.
All values are invented; check digits are computed here.

Output: data/redaction/blind46/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address.
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  computed by searching for each span's substring and asserted below.
- context (optional) is an earlier line of the same call; it is not scored.
- Items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind46.py   (standard library only, deterministic)
"""
import json
import os
import re

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
OUT = os.path.join(ROOT, "data", "redaction", "blind46")


# ---------------------------------------------------------------- check digits
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


def luhn(payload):
    """payload + Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    return "%s%02d%s" % (cc, chk, bban)


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22}


def iban_ok(s):
    s = re.sub(r"[\s-]", "", s).upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def tz_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 + i % 2)
        s += n // 10 + n % 10
    return s % 10 == 0


def tz(payload8):
    for c in "0123456789":
        if tz_ok(payload8 + c):
            return payload8 + c
    raise AssertionError


def afm_ok(d):
    d = re.sub(r"\D", "", d)
    if len(d) != 9:
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(payload8):
    s = sum(int(payload8[i]) * 2 ** (8 - i) for i in range(8))
    return payload8 + str((s % 11) % 10)


def saudi_ok(d):
    d = re.sub(r"\D", "", d)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})-?(\d{2})-?(\d{4})", s.replace(" ", "-"))
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def not_personal_number(d):
    """A long number that must not pass any of the check-digit tests."""
    d = re.sub(r"\D", "", d)
    assert not (13 <= len(d) <= 19 and luhn_ok(d)), d
    assert not tz_ok(d) and not afm_ok(d) and not saudi_ok(d), d
    return True


# ------------------------------------------------------- spoken-digit helpers
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_D = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()      # feminine (counting)
HE_DM = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()  # masculine
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def spell(digits, words, sep=" "):
    return sep.join(words[int(c)] for c in digits if c.isdigit())


def ar_indic(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


def group(d, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


# ------------------------------------------------------------- item builder
def build(items):
    """items: list of (text, [(kind, substring), ...], context) -> list of dicts.
    Spans are searched in order, each after the end of the previous one."""
    out = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else ""
        res, pos = [], 0
        for kind, sub in spans:
            assert kind in KINDS, kind
            i = text.find(sub, pos)
            assert i >= 0, (sub, text)
            b0 = len(text[:i].encode("utf-8"))
            b1 = b0 + len(sub.encode("utf-8"))
            assert text.encode("utf-8")[b0:b1].decode("utf-8") == sub
            assert sub == sub.strip() and sub, (sub, text)
            res.append({"kind": kind, "start": b0, "end": b1})
            pos = i + len(sub)
        if not spans:   # long digit runs in non-personal lines must fail every check
            for run in re.findall(r"\d[\d -]{7,}\d", text.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))):
                if len(re.sub(r"\D", "", run)) >= 9:
                    not_personal_number(run)
        d = {"text": text, "spans": res}
        if ctx:
            d["context"] = ctx
        out.append(d)
    return out


LANGS = {}

# ====================================================================== EN
# Calls: password-manager family plan (VaultNest), VPN subscription (TunnelHop),
# stock-photo licensing (Lumaframe), podcast hosting (Castwell), meditation app
# (StillPoint), pet GPS-collar subscription (PawTrace), e-signature service (InkLoop),
# virtual mailbox / mail scanning (Postbox Anywhere), font licensing (Typecast Foundry),
# dashcam cloud subscription (RoadEye), digital sheet-music store (Scorely),
# period-tracking app premium (Moonly).
EN_CARD = ["4532017788129347", "5168730022451180", "374219088155332", "6011209455308719",
           "4917620033184572", "5355147702910364", "2221034188702656", "4024007186203948"]
for _c in EN_CARD:
    assert luhn_ok(_c), _c
EN_IBAN = [iban("GB", "BARC20035847112093"), iban("IE", "BOFI90583312907745"),
           iban("DE", "100700240938271146"), iban("AE", "0260001015553200114"),
           iban("GB", "LOYD30962214870036"), iban("IE", "AIBK93115212345678"),
           iban("GB", "HBUK40127635519082"), iban("CY", "005003550000000417220091")]
for _i in EN_IBAN:
    assert iban_ok(_i), _i
EN_SSN = ["512-48-7730", "219-66-4081", "407-23-9156", "038-71-2265"]
for _s in EN_SSN:
    assert ssn_ok(_s), _s
EN_IQAMA = "2118830450"
EN_TZ = tz("33418806")
assert saudi_ok(EN_IQAMA) and tz_ok(EN_TZ)
EN_NP = ["7730512448192", "4532017788129340", "90817263544"]   # order/ticket numbers
for _n in EN_NP:
    not_personal_number(_n)

EN = [
    # --- VaultNest password manager, family plan (UK)
    ("Thank you for calling VaultNest, this is Gemma, how can I help?", [("name", "Gemma")]),
    ("Hiya, yeah, my name's Kieran Walsh, I'm on the family plan and my daughter's been locked out.",
     [("name", "Kieran Walsh")]),
    ("It's kieran dot walsh seventy-four at gmail dot com.",
     [("email", "kieran dot walsh seventy-four at gmail dot com")], "Can I just take the email on the account?"),
    ("yeah its oh seven seven double oh nine double oh four four nine",
     [("phone", "oh seven seven double oh nine double oh four four nine")], "And the full mobile number, please?"),
    ("The family plan is £47.88 a year and covers up to six members, you've got five on it at the moment.", []),
    ("Right, and I was charged twice on the 3rd of March, once £47.88 and once £3.99.", []),
    ("Your refund reference is VN dash 7730 512 448 192.", []),
    ("Four five three two, oh one seven seven, double eight one two, nine three four seven.",
     [("card", "Four five three two, oh one seven seven, double eight one two, nine three four seven")],
     "Can you read me the new card number?"),
    ("Lovely, and it's Mr Walsh at 27 Cranbrook Road, Ilford, IG1 4PU still for the billing address?",
     [("name", "Mr Walsh"), ("address", "27 Cranbrook Road, Ilford, IG1 4PU")]),
    ("No we've moved, it's flat 3, 118 Whitchurch Lane, Edgware, HA8 6QN.",
     [("address", "flat 3, 118 Whitchurch Lane, Edgware, HA8 6QN")], "Is the billing address still the same?"),
    # --- TunnelHop VPN (US)
    ("TunnelHop support, you're speaking with Marcus.", [("name", "Marcus")]),
    ("hey um this is Destiny Reyes I bought the three year plan and it won't connect on my Roku",
     [("name", "Destiny Reyes")]),
    ("Okay, so the three-year plan was $79.20 and it includes eight devices, the Roku counts as one.", []),
    ("Chicago, but it's stuck at 99 percent every time, since like Tuesday.", []),
    ("For the refund under the 30-day guarantee I need to verify you, what's your date of birth?", []),
    ("Uh, November fourth, nineteen ninety-one.",
     [("date_of_birth", "November fourth, nineteen ninety-one")], "What's your date of birth?"),
    ("and the callback number is four six nine, five five five, oh one eight two",
     [("phone", "four six nine, five five five, oh one eight two")]),
    ("We also need the last four of the card, which is 2656, and I'll credit the Mastercard.", []),
    ("Your case number is 90817263544, the credit posts in 7 to 10 days.", []),
    # --- Lumaframe stock-photo licensing (Nigerian contributor)
    ("Good afternoon, Lumaframe contributor desk, may I have your name?", []),
    ("Good afternoon. My name is Oluwaseun Adeyemi-Bakare, Seun for short, I am a contributor in Lagos.",
     [("name", "Oluwaseun Adeyemi-Bakare"), ("name", "Seun")]),
    ("Thank you sir, how can I help with your payouts today?", []),
    ("I see 812 downloads, 340 of them extended licence, total $1,226.40, the payout is scheduled for the 15th.", []),
    ("I want to change the payout to my UK account, the IBAN is " + group(EN_IBAN[0], [4] * 5) + ".",
     [("iban", group(EN_IBAN[0], [4] * 5))]),
    ("Is that the Barclays account in London, the one ending 093?", []),
    ("I'm not a US person. My email is seun.frames@yahoo.com, you can send the W-8BEN form there.",
     [("email", "seun.frames@yahoo.com")]),
    ("The phone I'm reachable on is plus two three four, eight oh three, four one two, seven seven six oh.",
     [("phone", "plus two three four, eight oh three, four one two, seven seven six oh")]),
    ("Your image ID 4532017788129340 was flagged for a model release, that's why it's on hold.", []),
    # --- Castwell podcast hosting (Irish)
    ("Castwell, Aoife speaking.", [("name", "Aoife")]),
    ("Howya, it's Ciarán Ó Murchú here, I host a podcast called The Long Acre.",
     [("name", "Ciarán Ó Murchú")]),
    ("The RSS feed's dropped off Spotify since episode 112, and we have 4,300 listeners a week.", []),
    ("It's the Pro plan, €19 a month, renews on the 9th, so we'd have about 48 hours of storage left.", []),
    ("Could you confirm the phone on the account?", []),
    ("Oh eight seven, two two three, nine four one six.", [("phone", "Oh eight seven, two two three, nine four one six")],
     "Could you confirm the phone on the account?"),
    ("And the billing address is, hang on, 14 Ard na Gréine, Knocknacarra, Galway, H91 X2C4.",
     [("address", "14 Ard na Gréine, Knocknacarra, Galway, H91 X2C4")], "What's the billing address on the account?"),
    ("yeah the iban there is IE 26 BOFI 9058 3312 9077 45 no sorry that's the Bank of Ireland one, that's the one I want",
     [("iban", "IE 26 BOFI 9058 3312 9077 45")]),
    # --- StillPoint meditation app (Australian)
    ("G'day, StillPoint support, you're through to Bec.", [("name", "Bec")]),
    ("Hi, my name's Lachlan Fitzgerald, Lachie's fine.", [("name", "Lachlan Fitzgerald"), ("name", "Lachie")]),
    ("My seven-day trial rolled into the annual for $99.99 on Sunday and I only wanted the monthly at $12.99.", []),
    ("For security what's the date of birth on the profile?", []),
    ("Twenty-second of the eighth, eighty-seven.", [("date_of_birth", "Twenty-second of the eighth, eighty-seven")],
     "For security what's the date of birth on the profile?"),
    ("And the mobile, oh four one two, three three eight, nine oh five.",
     [("phone", "oh four one two, three three eight, nine oh five")]),
    ("The new card's a Visa, four nine one seven, six two oh oh, three three one eight, four five seven two.",
     [("card", "four nine one seven, six two oh oh, three three one eight, four five seven two")]),
    # --- PawTrace GPS collar subscription (Indian caller in Bangalore)
    ("PawTrace, good morning, this is Rohan.", [("name", "Rohan")]),
    ("Good morning, myself Lakshmi Narayanan, I am calling about the collar for my dog Bruno.",
     [("name", "Lakshmi Narayanan")]),
    ("Yes ma'am, the tracker shows last ping at 6:42 this morning near Cubbon Park.", []),
    ("Battery is 3 percent only. The subscription is 499 rupees per month, plus 18 percent GST.", []),
    ("plus nine one nine eight four four five, zero two one three seven",
     [("phone", "plus nine one nine eight four four five, zero two one three seven")],
     "Can I have the registered mobile number please?"),
    ("lakshmi underscore n at rediffmail dot com, lakshmi with a k s h m i",
     [("email", "lakshmi underscore n at rediffmail dot com")], "And your email id?"),
    ("The replacement collar, model PT-300, is 2,999 rupees and ships in 4 days.", []),
    # --- InkLoop e-signature service (US, small landlord)
    ("InkLoop, this is Tasha, can I get your name?", []),
    ("yeah hi it's Bobby, Robert Kowalczyk, K O W A L C Z Y K", [("name", "Bobby"), ("name", "Robert Kowalczyk")]),
    ("The Business plan is $25 per user a month, you have 3 users and 100 envelopes, you've used 61.", []),
    ("Sure, it's five one two, four eight, seven seven three oh.", [("id", "five one two, four eight, seven seven three oh")],
     "For the identity check, what's your Social Security number?"),
    ("And mine for the co-signer form is " + EN_SSN[1] + ", that's my wife's form I'm filling.", [("id", EN_SSN[1])]),
    ("uh date of birth is oh three slash seventeen slash sixty-eight", [("date_of_birth", "oh three slash seventeen slash sixty-eight")],
     "And your date of birth for the verification?"),
    ("The property's at 2207 Lakeview Terrace, unit 4, Sheboygan, Wisconsin — no, that's the rental, send mail to my house.", []),
    ("Mail goes to 1148 Maple Ridge Drive, Apartment 2B, Columbus, Ohio 43215.",
     [("address", "1148 Maple Ridge Drive, Apartment 2B, Columbus, Ohio 43215")], "What's your mailing address?"),
    ("Template 14 is the Ohio lease, it's 22 pages, and initials are on pages 3, 9 and 21.", []),
    ("and you can email the audit trail to bobby k landlord at outlook dot com",
     [("email", "bobby k landlord at outlook dot com")]),
    # --- Postbox Anywhere, virtual mailbox and scanning (UK expat)
    ("Postbox Anywhere, good evening.", []),
    ("Hi, I'm ringing from Dubai actually, I've got the virtual address in Manchester, the 30 scans a month plan.", []),
    ("So you're on Scan 30 at £14.99, and you've used 27 scans this month, three left until the 28th.", []),
    ("I need the HMRC letter that came on Monday scanned, and forwarded on to my actual address here.", []),
    ("Go ahead with the forwarding address.", []),
    ("It's villa 12, street 7B, Al Barsha 2, Dubai. PO box is separate, 33417.",
     [("address", "villa 12, street 7B, Al Barsha 2, Dubai")], "Go ahead with the forwarding address."),
    ("International forwarding is £9.50 plus postage, about 6 to 8 working days.", []),
    ("And can I also change the card, it's a Discover, six oh one one, two oh nine four, five five three oh, eight seven one nine.",
     [("card", "six oh one one, two oh nine four, five five three oh, eight seven one nine")]),
    ("Use the Halifax one, it's GB seven six H B U K four oh one two seven six three five five one nine oh eight two.",
     [("iban", "GB seven six H B U K four oh one two seven six three five five one nine oh eight two")]),
    ("And a UK mobile for the texts? mine's oh seven nine one one, double two six, eight three four.",
     [("phone", "oh seven nine one one, double two six, eight three four")]),
    # --- Typecast Foundry, font licensing (Irish agent, German design studio)
    ("Typecast Foundry licensing, Niamh here.", [("name", "Niamh")]),
    ("Hello, Jürgen Hoffmann speaking, from Studio Kranich in Hamburg.", [("name", "Jürgen Hoffmann")]),
    ("We bought the Halden Sans family, 12 weights, the desktop licence for 5 seats, invoice TF-2024-0318.", []),
    ("Now the client wants it in an app, so we need the app licence, it is 1,450 euro for up to 50,000 installs.", []),
    ("We pay by transfer. Our IBAN is " + group(EN_IBAN[2], [4] * 5) + ", for the refund of the first invoice.",
     [("iban", group(EN_IBAN[2], [4] * 5))]),
    ("j.hoffmann@studio-kranich.de", [("email", "j.hoffmann@studio-kranich.de")],
     "And the email for the licence certificate?"),
    ("The webfont version is counted by pageviews, 250,000 a month, and the licence starts on the 1st of April.", []),
    # --- RoadEye dashcam cloud subscription (Indian driver in the UAE)
    ("RoadEye Cloud, good afternoon, how may I help you?", []),
    ("Hello madam, I am Mohammed Shafeeq, I drive for a limousine company, my dashcam cloud stopped uploading.",
     [("name", "Mohammed Shafeeq")]),
    ("The 4G cloud plan is 39 dirhams a month, 90 days of clips, and your camera is the RE-4K model.", []),
    ("For the accident footage request from the police we need your Emirates ID or your iqama if from Saudi.", []),
    ("I have Saudi iqama also from before, number " + group(EN_IQAMA, [3, 3, 4]) + ".",
     [("id", group(EN_IQAMA, [3, 3, 4]))]),
    ("The clip is from 14th January at 11:52 pm on Sheikh Zayed Road, near Mall of the Emirates exit.", []),
    ("My number is zero five zero, seven one four, three three zero nine.",
     [("phone", "zero five zero, seven one four, three three zero nine")]),
    ("And refund can go to my salary account, " + EN_IBAN[3] + ", Emirates NBD.", [("iban", EN_IBAN[3])]),
    ("The account holder name is Mohammed Shafeeq Kunnath, correct?", [("name", "Mohammed Shafeeq Kunnath")]),
    ("My date of birth is 05-06-1985, if you need.", [("date_of_birth", "05-06-1985")]),
    # --- Scorely digital sheet-music store (Nigerian church music director)
    ("Scorely customer care, my name is Daniel.", [("name", "Daniel")]),
    ("Good morning. I am Mrs Ngozi Eze, music director at a church in Enugu.",
     [("name", "Mrs Ngozi Eze")]),
    ("I purchased the Handel Messiah choral pack, 48 scores, 34.99 dollars, but the download link expired after 72 hours.", []),
    ("The Mastercard. five three five five, one four seven seven, zero two nine one, zero three six four.",
     [("card", "five three five five, one four seven seven, zero two nine one, zero three six four")]),
    ("Please send it to ngozi eze choir at gmail dot com, n g o z i.",
     [("email", "ngozi eze choir at gmail dot com")]),
    ("Each score can be printed 5 times, so for 40 choristers you'd need the ensemble licence, 8 copies per title.", []),
    # --- Moonly period-tracking app premium (Australian)
    ("Hi, you've reached Moonly support, how can I help?", []),
    ("hi um my name is Tayla Nguyen and the app says my premium expired but I paid on the 12th",
     [("name", "Tayla Nguyen")]),
    ("Thanks Tayla, the yearly premium is $59.99, and I see a payment on the 12th declined, then retried on the 13th.",
     [("name", "Tayla")]),
    ("It's the ninth of July, two thousand and one.", [("date_of_birth", "ninth of July, two thousand and one")],
     "Could you confirm your birth date?"),
    ("Update it to the Amex, three seven four two, one nine oh eight, eight one five, five three three two.",
     [("card", "three seven four two, one nine oh eight, eight one five, five three three two")]),
    ("The 28-day average and the 5-day window will recalculate overnight, around 2am.", []),
    ("Mum pays for it actually, can the receipts go to her, bernadette nguyen 62 at bigpond dot com",
     [("email", "bernadette nguyen 62 at bigpond dot com")]),
    ("Sure, and a postal address for the tax invoice?", []),
    ("Unit 5, 41 Beaconsfield Parade, St Kilda West, Victoria 3182.",
     [("address", "Unit 5, 41 Beaconsfield Parade, St Kilda West, Victoria 3182")], "And a postal address for the tax invoice?"),
    # --- extra lines, various calls
    ("My date of birth's the 30th of September 1979, and the Social is " + EN_SSN[2] + ".",
     [("date_of_birth", "30th of September 1979"), ("id", EN_SSN[2])]),
    ("I moved from Israel last year, my teudat zehut is " + EN_TZ + " if that helps for the old account.",
     [("id", EN_TZ)]),
    ("Card number 4024 0071 8620 3948, expiry oh eight twenty-seven.", [("card", "4024 0071 8620 3948")]),
    ("It's a Mastercard, 2221 0341 8870 2656.", [("card", "2221 0341 8870 2656")]),
    ("Social's oh three eight, seven one, two two six five.", [("id", "oh three eight, seven one, two two six five")],
     "And the last thing, the Social Security number?"),
    ("Refund to " + group(EN_IBAN[5], [4] * 5) + " please, that's AIB.", [("iban", group(EN_IBAN[5], [4] * 5))]),
    ("The old Cyprus account, " + EN_IBAN[7] + ", is closed now.", [("iban", EN_IBAN[7])]),
    ("Iqama number two one four seven seven nine zero two one two.",
     [("id", "two one four seven seven nine zero two one two")], "Your iqama number please?"),
    ("Born 12/02/1990.", [("date_of_birth", "12/02/1990")]),
    ("My DOB is twenty-fifth December nineteen fifty-six, I'm the account holder.",
     [("date_of_birth", "twenty-fifth December nineteen fifty-six")]),
    ("Billing's 9 Rathgar Avenue, Dublin 6, D06 K2W9.", [("address", "9 Rathgar Avenue, Dublin 6, D06 K2W9")]),
    ("Deliver the printed certificate to 33 Marlowe Close, Basingstoke, RG24 9DA.",
     [("address", "33 Marlowe Close, Basingstoke, RG24 9DA")]),
    ("The trial is 14 days, then $4.99 a week, cancel any time before Friday the 21st.", []),
    ("Order 5521-8830-1147 shipped on the 2nd via DHL, tracking JD014600003812345678.", []),
    ("Yeah the card's " + group(EN_CARD[1], [4, 4, 4, 4], "-") + ", the debit one.", [("card", group(EN_CARD[1], [4, 4, 4, 4], "-"))]),
    ("the lloyds iban is " + EN_IBAN[4].lower() + " all one go", [("iban", EN_IBAN[4].lower())]),
    ("You can text me on plus one, three one two, five five five, oh one four six, it's my cell.",
     [("phone", "plus one, three one two, five five five, oh one four six")]),
    ("Um, the email's tunde at tundebakes dot co dot uk, T U N D E.", [("email", "tunde at tundebakes dot co dot uk")],
     "What email should the invoice go to?"),
]


LANGS["en"] = EN

# ====================================================================== AR
# Calls: football-streaming app (Gulf), e-book store app (Egyptian), parental-control app
# (Levantine), game top-up code store (Saudi), cloud photo backup (Moroccan), AI
# photo-editing app (Jordanian), smart-home camera cloud (Emirati), freelancer invoicing
# app (Egyptian), language-exchange app (MSA), recipe app premium (Algerian), baby-monitor
# app (Kuwaiti), key-finder tag app (Palestinian/Jordanian).
AR_CARD = ["4587123009172563", "5219440877136022", "4406471182903356", "5392810066437184",
           "4100395527811645", "378902664107357", "5220784133599011", "4988312077466123"]
AR_IBAN = ["SA9445000000108533120077", "SA6510000001400019282911", "AE180260001015553200114",
           "AE030350000012098877101", "EG970002000412000000718830015", iban("EG", "0003010520000004419273301"),
           "JO87ARAB1180000000118000417500", iban("JO", "HBHO0320000000228819400100")]
AR_SID = ["1082341155", "1844203750", "1093725057", "2540199250", "1173556851", "2901244752",
          "1556208351", "1873306516"]
for _c in AR_CARD:
    assert luhn_ok(_c), _c
for _i in AR_IBAN:
    assert iban_ok(_i), _i
for _d in AR_SID:
    assert saudi_ok(_d), _d
AR_NP = ["77420913", "3350018842617", "8800412236", "20240315007", "5521883"]
for _n in AR_NP:
    not_personal_number(_n)

AR = [
    # --- football-streaming app "كورة بلس" (Saudi caller)
    ("كورة بلس، معك نورة، كيف أقدر أخدمك؟", [("name", "نورة")]),
    ("هلا، أنا فهد العتيبي، أبو سلطان، الاشتراك حقي انقطع قبل مباراة الهلال والنصر",
     [("name", "فهد العتيبي"), ("name", "أبو سلطان")]),
    ("أبشر أستاذ فهد، الباقة السنوية ٣٩٩ ريال وتشمل دوري روشن وكأس الملك", [("name", "أستاذ فهد")]),
    ("الخصم صار يوم ١٥ مارس الساعة ثلاث الفجر، مرتين ٣٩٩ و ٤٩", []),
    ("عشان أتحقق منك، عطني رقم الهوية الوطنية لو سمحت", []),
    ("الهوية " + ar_indic(AR_SID[0]), [("id", ar_indic(AR_SID[0]))], "عطني رقم الهوية الوطنية لو سمحت"),
    ("صفر خمسة ستة، أربعة أربعة ثلاثة، سبعة واحد صفر ثمانية",
     [("phone", "صفر خمسة ستة، أربعة أربعة ثلاثة، سبعة واحد صفر ثمانية")], "وجوالك المسجل؟"),
    ("SA94 4500 0000 1085 3312 0077 يعني بنك ساب", [("iban", "SA94 4500 0000 1085 3312 0077")]),
    ("رقم التذكرة " + ar_indic(AR_NP[0]) + " والمبلغ يرجع خلال ١٤ يوم عمل", []),
    ("يعني المباراة الجاية الجمعة الساعة تسعة ونص أقدر أشوفها؟", []),
    # --- e-book store app "مكتبة سطر" (Egyptian)
    ("مكتبة سطر، صباح الخير يا فندم", []),
    ("صباح النور، أنا منة الله عبد الحميد، اشتريت تلات كتب امبارح ومش ظاهرين في التطبيق",
     [("name", "منة الله عبد الحميد")]),
    ("تمام يا مدام منة، الطلب بتاع رواية عزازيل وثلاثية نجيب محفوظ، إجمالي ٢٨٥ جنيه، صح؟", [("name", "مدام منة")]),
    ("ممكن الإيميل اللي على الحساب؟", []),
    ("menna.abdelhamid92@hotmail.com", [("email", "menna.abdelhamid92@hotmail.com")], "ممكن الإيميل اللي على الحساب؟"),
    ("والموبايل؟ صفر واحد اتنين، تمانية تلاتة، صفر صفر، تسعة واحد، سبعة أربعة",
     [("phone", "صفر واحد اتنين، تمانية تلاتة، صفر صفر، تسعة واحد، سبعة أربعة")]),
    ("الكتب بتنزل على أربع أجهزة بس، وإنتي عندك خمسة، عشان كده", []),
    ("طب ابعتولي الفاتورة على البيت، العنوان ١٤ شارع الطيران، مدينة نصر، الدور الرابع شقة ١٢",
     [("address", "١٤ شارع الطيران، مدينة نصر، الدور الرابع شقة ١٢")]),
    ("كود الخصم رمضان٢٠ بيدي ٢٠٪ لحد آخر الشهر", []),
    # --- parental-control app "عين الأهل" (Lebanese / Syrian)
    ("مرحبا، معك رامي من عين الأهل، كيف فيني ساعدك؟", [("name", "رامي")]),
    ("مرحبا، أنا ريم حداد، بدي أعرف ليش التطبيق عم يسكّر يوتيوب عابني الساعة خمسة العصر",
     [("name", "ريم حداد")]),
    ("أكيد، وقت الشاشة محطوط ساعتين باليوم، ومن ٥ لـ ٧ مسموح بس التطبيقات التعليمية", []),
    ("الاشتراك العائلي ٤٫٩٩ دولار بالشهر لخمس أجهزة", []),
    ("بدي غيّر الكرت، رقمه " + group(AR_CARD[0], [4, 4, 4, 4]), [("card", group(AR_CARD[0], [4, 4, 4, 4]))]),
    ("ورقم تلفوني +٩٦١ ٧١ تلاتة وسبعين، تسعة وتلاتين، خمسة وخمسين",
     [("phone", "+٩٦١ ٧١ تلاتة وسبعين، تسعة وتلاتين، خمسة وخمسين")]),
    ("الإيميل reem.haddad.lb على ياهو دوت كوم", [("email", "reem.haddad.lb على ياهو دوت كوم")]),
    ("ابني عمره ١١ سنة والبنت ٨، بدي حساب لكل واحد", []),
    # --- game top-up code store "شحن بلس" (Saudi teenager)
    ("شحن بلس، معك خدمة العملاء", []),
    ("السلام عليكم، اسمي تركي، تركي الشمري، شريت بطاقة ستور ٢٠٠ ريال والكود طلع مستخدم",
     [("name", "تركي"), ("name", "تركي الشمري")]),
    ("وعليكم السلام، رقم الطلب " + ar_indic(AR_NP[1]) + "؟", []),
    ("نحتاج تاريخ ميلادك لأن الحساب فيه تحقق عمر", []),
    ("مواليد ٢٠٠٥/٨/١٩", [("date_of_birth", "٢٠٠٥/٨/١٩")], "نحتاج تاريخ ميلادك لأن الحساب فيه تحقق عمر"),
    ("ولو بترجع الفلوس على بطاقة أبوي، رقمها " + spell(AR_CARD[1], AR_D),
     [("card", spell(AR_CARD[1], AR_D))]),
    ("الكود من سيريال " + AR_NP[2] + " وكل الأكواد لازم تنشحن خلال ٣٠ يوم", []),
    ("طيب وإيميلي turki_gamer07@outlook.sa", [("email", "turki_gamer07@outlook.sa")]),
    # --- cloud photo backup "Souvenirs Cloud" (Moroccan, Darija with French)
    ("Souvenirs Cloud, السلام، معاك خدمة الزبناء", []),
    ("السلام، أنا سكينة بنعلي، عندي الأبونمون ديال ٢ تيرا و ما بقاوش التصاور كيتسجلو",
     [("name", "سكينة بنعلي")]),
    ("واخا لالة سكينة، الأبونمون ب ٩٩ درهم فالشهر و عمر ٩٧ فالمية", [("name", "لالة سكينة")]),
    ("sakina point benali at gmail point com", [("email", "sakina point benali at gmail point com")], "عطيني الإيميل ديالك عافاك"),
    ("و النمرة ديالي زيرو ستة، واحد تمنية، أربعة وأربعين، سبعة وعشرين، تسعة وخمسين",
     [("phone", "زيرو ستة، واحد تمنية، أربعة وأربعين، سبعة وعشرين، تسعة وخمسين")]),
    ("عندك ١٢ ألف تصويرة و ٣٤٠ فيديو، خاصك تمسحي شي حاجة ولا تزيدي ل ٥ تيرا", []),
    ("العنوان ديال الفاكتورة: زنقة ابن سينا رقم ٢٣، أكدال، الرباط",
     [("address", "زنقة ابن سينا رقم ٢٣، أكدال، الرباط")]),
    # --- AI photo-editing app "لمسة" (Jordanian)
    ("تطبيق لمسة، مرحبا", []),
    ("مرحبا، معك لانا الخطيب، اشتركت بالنسخة برو وانسحب مني ٣٥ دينار بدل ٣٫٥",
     [("name", "لانا الخطيب")]),
    ("بعتذر منك، الخطة السنوية ٣٥ دينار والشهرية ٣٫٥، يمكن اخترتي السنوية بالغلط", []),
    ("بدي ترجعولي المصاري على حسابي، الآيبان JO87 ARAB 1180 0000 0001 1800 0417 50",
     [("iban", "JO87 ARAB 1180 0000 0001 1800 0417 50")]),
    ("صفر سبعة تسعة، خمسة خمسة اتنين، أربعة تسعة، صفر واحد",
     [("phone", "صفر سبعة تسعة، خمسة خمسة اتنين، أربعة تسعة، صفر واحد")], "رقم تلفونك لو سمحتي"),
    ("الفلتر الجديد بيشتغل على آيفون ١٢ وما فوق، ونسخة التطبيق ٨٫٢", []),
    # --- smart-home camera cloud "حارس" (Emirati)
    ("حارس للكاميرات المنزلية، معاك شما، تفضل", [("name", "شما")]),
    ("مرحبا، أنا خليفة المزروعي، الكاميرا اللي في الحوش ما تسجل من يوم الأحد", [("name", "خليفة المزروعي")]),
    ("باقة التخزين السحابي ٢٩ درهم شهرياً لثلاث كاميرات، والتسجيل يتحفظ ٣٠ يوم", []),
    ("دبي، المزهر ١، شارع ٢٤، فيلا ٣٧ قريب من مدرسة الإمارات",
     [("address", "دبي، المزهر ١، شارع ٢٤، فيلا ٣٧")], "تفضل العنوان الجديد"),
    ("والخصم يكون من حسابي في الإمارات الإسلامي، " + group(AR_IBAN[3], [4] * 5),
     [("iban", group(AR_IBAN[3], [4] * 5))]),
    ("رقمك للتنبيهات يا أستاذ خليفة؟", [("name", "أستاذ خليفة")]),
    ("٠٥٠ ٦٦٣ ٢١٨٧", [("phone", "٠٥٠ ٦٦٣ ٢١٨٧")], "رقمك للتنبيهات يا أستاذ خليفة؟"),
    ("الكاميرا موديل HC-360 والتحديث رقم ٤٫١٫٧ ينزل الليلة الساعة ٢", []),
    # --- freelancer invoicing app "فاتورتي" (Egyptian)
    ("فاتورتي، أهلاً بحضرتك", []),
    ("أهلاً، معاك كريم سامي، أنا مصمم فري لانسر، والعميل بتاعي في السعودية مش عارف يحول",
     [("name", "كريم سامي")]),
    ("الباقة الاحترافية ١٥٠ جنيه في الشهر، و٥٠ فاتورة، حضرتك عامل ٤٧ الشهر ده", []),
    ("الفاتورة رقم INV-2024-0113 بمبلغ ١٢٠٠ دولار، تاريخ الاستحقاق ٢٨ فبراير", []),
    ("عايز أحط الآيبان بتاعي على الفاتورة: EG97 0002 0004 1200 0000 7188 3001 5",
     [("iban", "EG97 0002 0004 1200 0000 7188 3001 5")]),
    ("وكمان حساب تاني في بنك مصر " + AR_IBAN[5], [("iban", AR_IBAN[5])]),
    ("ورقم البطاقة اللي بدفع بيها الاشتراك " + group(AR_CARD[2], [4, 4, 4, 4], "-"),
     [("card", group(AR_CARD[2], [4, 4, 4, 4], "-"))]),
    ("والإيميل karim underscore sami design at gmail dot com",
     [("email", "karim underscore sami design at gmail dot com")]),
    ("العنوان اللي يطلع على الفاتورة: ٧ شارع الجزيرة الوسطى، الزمالك، القاهرة",
     [("address", "٧ شارع الجزيرة الوسطى، الزمالك، القاهرة")]),
    ("ضريبة القيمة المضافة ١٤٪ بتتحسب لوحدها على أي فاتورة فوق ٥٠٠٠ جنيه", []),
    # --- language-exchange app "حكي" (MSA)
    ("مرحباً بكم في خدمة عملاء تطبيق حكي لتبادل اللغات", []),
    ("مساء الخير، اسمي عبد الرحمن الحربي، وأرغب في إلغاء الاشتراك الذهبي", [("name", "عبد الرحمن الحربي")]),
    ("الاشتراك الذهبي بقيمة ٢٤٩ ريالاً سنوياً، ويتيح ٣ لغات و٢٠ جلسة صوتية شهرياً", []),
    ("الثالث من يناير عام ألف وتسعمئة وتسعة وتسعين", [("date_of_birth", "الثالث من يناير عام ألف وتسعمئة وتسعة وتسعين")],
     "للتحقق، ما تاريخ ميلادك المسجل؟"),
    ("ورقم الهوية " + spell(AR_SID[1], AR_D), [("id", spell(AR_SID[1], AR_D))]),
    ("سيتم إيقاف التجديد التلقائي اعتباراً من ١ أبريل، ولن يُخصم أي مبلغ بعد ذلك", []),
    ("شكراً أستاذ عبد الرحمن، هل تريد استرداد المبلغ إلى البطاقة نفسها؟", [("name", "أستاذ عبد الرحمن")]),
    ("لا، إلى الحساب " + AR_IBAN[1], [("iban", AR_IBAN[1])]),
    # --- recipe app premium "طبخة" (Algerian)
    ("طبخة، السلام عليكم", []),
    ("وعليكم السلام، أنا نسرين بوزيد من وهران، خلصت الأبونمون و ما نقدرش نشوف الوصفات",
     [("name", "نسرين بوزيد")]),
    ("الأبونمون بريميوم ب ٦٠٠ دينار فالشهر، و فيه ٣٠٠ وصفة رمضانية", []),
    ("ولدي عندو الميلاد نتاعو ١٢ أفريل، نحب نطلب الكيكة من الوصفات", []),
    ("سبعطاش جوان ألف وتسعمية وتمانين",
     [("date_of_birth", "سبعطاش جوان ألف وتسعمية وتمانين")], "عطيني تاريخ الميلاد نتاعك باش نتأكد من الحساب"),
    ("الكارت نتاعي " + spell(AR_CARD[3][:8], AR_D) + " " + AR_CARD[3][8:],
     [("card", spell(AR_CARD[3][:8], AR_D) + " " + AR_CARD[3][8:])]),
    ("و الإيميل nesrine.bouzid@yahoo.fr", [("email", "nesrine.bouzid@yahoo.fr")]),
    # --- baby-monitor app "مهدي" (Kuwaiti)
    ("تطبيق مهدي لمراقبة الأطفال، معاك دانة", [("name", "دانة")]),
    ("هلا، أنا أم يوسف، بشاير الرشيدي، التطبيق يطلع صوت تنبيه كل عشر دقايق",
     [("name", "أم يوسف"), ("name", "بشاير الرشيدي")]),
    ("حساس التنفس موديل BM-2 يحتاج تحديث، والاشتراك ٣ دنانير بالشهر", []),
    ("٢٢ / ١٠ / ١٩٩٣", [("date_of_birth", "٢٢ / ١٠ / ١٩٩٣")], "عطيني تاريخ ميلادك لو سمحتي"),
    ("رقمي +٩٦٥ ٩٩٨٢ ٤٤١٠", [("phone", "+٩٦٥ ٩٩٨٢ ٤٤١٠")]),
    ("أنا سعودية والإقامة حقتي في السعودية كانت " + ar_indic(AR_SID[3]), [("id", ar_indic(AR_SID[3]))]),
    ("ادفعي بالبطاقة " + AR_CARD[4], [("card", AR_CARD[4])]),
    # --- key-finder tag app "لاقيها" (Palestinian in Jordan)
    ("مرحبا، اسمي محمود أبو عيشة، اشتريت ٤ قطع تتبع، وحدة منهم ما بتظهر", [("name", "محمود أبو عيشة")]),
    ("القطعة رقم ٣ آخر مكان إلها عند دوار الداخلية الساعة ١٠ الصبح", []),
    ("بطارية القطعة بتعيش ١٢ شهر، والبديلة CR2032 بدينار واحد", []),
    ("ابعتولي البديلة على العنوان: عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة ١٩، الطابق الثاني",
     [("address", "عمّان، جبل الحسين، شارع خالد بن الوليد، عمارة ١٩، الطابق الثاني")]),
    ("وأنا بشتغل بالسعودية، هويتي المقيم " + group(AR_SID[5], [4, 3, 3]), [("id", group(AR_SID[5], [4, 3, 3]))]),
    ("mahmoud abu aisha ٨٨ at hotmail dot com", [("email", "mahmoud abu aisha ٨٨ at hotmail dot com")],
     "شو الإيميل تبعك؟"),
    # --- extra lines from the same calls
    ("الهوية الوطنية ١٠٩٣ ٧٢٥ ٠٥٧", [("id", "١٠٩٣ ٧٢٥ ٠٥٧")]),
    ("رقم الهوية " + AR_SID[4] + " والجوال ٠٥٤٣٣١٠٩٨٢", [("id", AR_SID[4]), ("phone", "٠٥٤٣٣١٠٩٨٢")]),
    ("هويتي واحد خمسة خمسة ستة اثنين صفر ثمانية ثلاثة خمسة واحد", [("id", "واحد خمسة خمسة ستة اثنين صفر ثمانية ثلاثة خمسة واحد")],
     "رقم الهوية لو سمحت؟"),
    ("انا مواليد ٩ ٩ ٨٦", [("date_of_birth", "٩ ٩ ٨٦")]),
    ("تاريخ ميلادي خمسة وعشرين ديسمبر ٢٠٠٢", [("date_of_birth", "خمسة وعشرين ديسمبر ٢٠٠٢")]),
    ("البطاقة " + ar_indic(group(AR_CARD[5], [4, 6, 5])), [("card", ar_indic(group(AR_CARD[5], [4, 6, 5])))]),
    ("بطاقة مدى " + AR_CARD[6] + " واسم صاحبها حمد", [("card", AR_CARD[6])]),
    ("الآيبان AE18 0260 0010 1555 3200 114", [("iban", "AE18 0260 0010 1555 3200 114")]),
    ("العنوان الرياض حي الملقا شارع أنس بن مالك فيلا ١٤", [("address", "حي الملقا شارع أنس بن مالك فيلا ١٤")]),
    ("ساكن في جدة، حي الروضة، شارع الأمير سلطان، عمارة ٥ شقة ٩",
     [("address", "جدة، حي الروضة، شارع الأمير سلطان، عمارة ٥ شقة ٩")]),
    ("الطلب رقم ٥٥٢١٨٨٣ وصل فرع العليا يوم الخميس ١٢ الساعة ٤ العصر", []),
    ("السعر ٨٩٫٩٩ ريال مع الضريبة ١٥٪", []),
    ("اكتب عندك: شارع عبد الله بن رواحة، بيت رقم ٦، الشميساني، عمان ١١١٩٤", [("address", "شارع عبد الله بن رواحة، بيت رقم ٦، الشميساني، عمان ١١١٩٤")],
     "وين بدك نبعتلك الجهاز؟"),
    ("الإيميل هو abu.sultan1985 آت آيكلاود دوت كوم", [("email", "abu.sultan1985 آت آيكلاود دوت كوم")]),
    ("رقم الإقامة؟ لا لحظة، الهوية، " + group(AR_SID[7], [2, 4, 4]), [("id", group(AR_SID[7], [2, 4, 4]))]),
    ("وتاريخ الميلاد؟ ... أول واحد أربعة ألفين وسبعة", [("date_of_birth", "أول واحد أربعة ألفين وسبعة")]),
    ("أنا من مواليد ثمانية وسبعين، تحديداً ١٤ فبراير ١٩٧٨", [("date_of_birth", "١٤ فبراير ١٩٧٨")]),
    ("الكرت رقمه " + spell(AR_CARD[7], AR_D) + " وبينتهي سنة ٢٧", [("card", spell(AR_CARD[7], AR_D))]),
    ("حولولي على " + group(AR_IBAN[7], [4] * 7), [("iban", group(AR_IBAN[7], [4] * 7))]),
    ("تلفوني ٠١٠٠ ٧٧٣ ٤٥٢٩ واتساب", [("phone", "٠١٠٠ ٧٧٣ ٤٥٢٩")]),
    ("التذكرة ٢٠٢٤٠٣١٥٠٠٧ مفتوحة عند الفريق التقني، الرد خلال ٤٨ ساعة", []),
    ("يعني لازم أحدث التطبيق للنسخة ٥٫٠ قبل ٣١ مايو؟", []),
    ("جربت شارع فيصل وشارع التحلية والتطبيق ما التقط الإشارة", []),
    ("العرض ثلاثة شهور بسعر شهرين، ٩٨ ريال بدل ١٤٧", []),
    ("المبلغ رجع ٢٤٩ ريال يوم ٢ مارس على البطاقة المنتهية ب ٧١٥٤", []),
    ("الباقة العائلية فيها ست حسابات، كل حساب ب ١٩ ريال", []),
    ("إذا ما وصلك الكود خلال ١٠ دقايق جرب تعيد التشغيل", []),
    ("التطبيق شغال على أندرويد ١٠ وما فوق، وحجمه ٢٤٠ ميجا", []),
]

LANGS["ar"] = AR

# ====================================================================== HE
# Calls: transcription app (native), digital-planner templates store (Anglo immigrant),
# online survey tool (Arab citizen), self-publishing e-book platform (French immigrant),
# music-streaming family plan (Russian-speaking immigrant), plant-identification app
# (older native), online fax service (Ethiopian-Israeli), WhatsApp sticker-pack app
# (teen), baby sleep-tracking app (native), kids' reading app (Russian-speaking),
# podcast-app premium (Arab citizen).
HE_TZ = [tz("30715384"), tz("05863271"), tz("21457096"), tz("31682240"), tz("20493817"),
         tz("34178865"), tz("06127755"), tz("02591183"), tz("20177435")]
HE_CARD = [luhn(x) for x in ["458003117264590", "532610984417203", "401877230955126",
                             "375522019863341"[:14], "457199043381627", "522341870046198",
                             "491603388127450", "540931276614082"]]
HE_IBAN = ["IL260126450000000478811", "IL620208120000000193377", "IL330310920000000631884",
           "IL410126810000000277405", iban("IL", "0208090000000554129"), iban("IL", "0171730000000089455"),
           iban("GB", "NWBK60730911846627"), iban("IL", "0314460000000402770")]
for _t in HE_TZ:
    assert tz_ok(_t), _t
for _c in HE_CARD:
    assert luhn_ok(_c) and 13 <= len(_c) <= 19, _c
for _i in HE_IBAN:
    assert iban_ok(_i), _i
HE_NP = ["48812077", "3301984462", "7700219345016", "9789657712340"]
for _n in HE_NP:
    not_personal_number(_n)

HE = [
    # --- transcription app "מילולית" (native Israeli)
    ("מילולית שלום, מדברת שירן, במה אפשר לעזור?", [("name", "שירן")]),
    ("היי, שמי עומר בן דוד, אני עיתונאי ויש לי חבילה של 20 שעות תמלול בחודש", [("name", "עומר בן דוד")]),
    ("אוקיי, אני רואה שנוצלו 19 שעות ו-40 דקות, והחידוש ב-1 לחודש", []),
    ("החבילה עולה 89 ש\"ח לחודש, ושעה נוספת 12 ש\"ח", []),
    ("אני רוצה לעבור לחבילה השנתית, תחייבו את הכרטיס החדש", []),
    ("המספר " + group(HE_CARD[0], [4, 4, 4, 4], " "), [("card", group(HE_CARD[0], [4, 4, 4, 4], " "))],
     "מה מספר הכרטיס?"),
    ("ולאימות, תעודת זהות?", []),
    (spell(HE_TZ[0], HE_D), [("id", spell(HE_TZ[0], HE_D))], "ולאימות, תעודת זהות?"),
    ("הקובץ האחרון, ראיון של שעה ועשרים, נתקע על 87 אחוז", []),
    ("omer.bendavid שטרודל וואלה נקודה קו נקודה איל", [("email", "omer.bendavid שטרודל וואלה נקודה קו נקודה איל")],
     "לאיזה מייל לשלוח את החשבונית?"),
    # --- digital planner templates store "PlanIt" (Anglo immigrant)
    ("PlanIt, שלום", []),
    ("היי, אממ, my name is, סליחה, קוראים לי ג'ניפר רוזנבלום, Jen, קניתי את המתכנן הדיגיטלי ל-2025",
     [("name", "ג'ניפר רוזנבלום"), ("name", "Jen")]),
    ("כן, המתכנן עולה 49 ש\"ח והוא עובד עם GoodNotes ועם Notability", []),
    ("הקישור להורדה נשלח ב-3 בינואר, ותוקף הקישור 7 ימים", []),
    ("תשלחו שוב ל jen rosenblum at gmail dot com, זה באנגלית",
     [("email", "jen rosenblum at gmail dot com")]),
    ("הטלפון שלי אפס חמש ארבע, שבע שבע, שתיים אחת, שמונה אפס, תשע",
     [("phone", "אפס חמש ארבע, שבע שבע, שתיים אחת, שמונה אפס, תשע")]),
    ("ויש לי עוד חשבון באנגליה, אם נוח להחזיר לשם, " + group(HE_IBAN[6], [4] * 5),
     [("iban", group(HE_IBAN[6], [4] * 5))]),
    ("החזר לחשבון זר לוקח 10 עד 14 ימי עסקים, ועמלת המרה 2 אחוז", []),
    # --- online survey tool "סקרנית" (Arab citizen)
    ("סקרנית שלום, מדברת הדס", [("name", "הדס")]),
    ("שלום, אני סמאח חורי מנצרת, יש לי מנוי עסקי ועבר לי הסקר של 500 משתתפים", [("name", "סמאח חורי")]),
    ("המנוי העסקי מוגבל ל-1,000 תשובות בחודש, כרגע יש לך 1,240", []),
    ("אני רוצה להגדיל, אפשר לחייב בהוראת קבע מהבנק?", []),
    ("כן, תגידי לי את מספר החשבון הבינלאומי, ה-IBAN", []),
    ("IL33 0310 9200 0000 0631 884", [("iban", "IL33 0310 9200 0000 0631 884")], "תגידי לי את ה-IBAN"),
    ("תודה גברת חורי, ותאריך לידה לאימות?", [("name", "גברת חורי")]),
    ("עשרים ושלושה בשישה שמונים ותשע", [("date_of_birth", "עשרים ושלושה בשישה שמונים ותשע")], "ותאריך לידה לאימות?"),
    ("ותעודת זהות " + group(HE_TZ[1], [3, 3, 3], "-"), [("id", group(HE_TZ[1], [3, 3, 3], "-"))]),
    ("הכתובת לחשבונית: רחוב פאולוס השישי 112, נצרת, מיקוד 1614101",
     [("address", "רחוב פאולוס השישי 112, נצרת, מיקוד 1614101")]),
    # --- self-publishing e-book platform "הוצאה בקליק" (French immigrant)
    ("הוצאה בקליק, בוקר טוב", []),
    ("בוקר טוב, זה ז'רמי אטלן, אני סופר, הספר שלי נמכר 312 עותקים ולא קיבלתי תמלוגים", [("name", "ז'רמי אטלן")]),
    ("רגע, התמלוגים משולמים ב-15 לחודש, 70 אחוז מהמחיר, 34.90 לעותק", []),
    ("אני רוצה לשנות את החשבון, החדש הוא " + HE_IBAN[0], [("iban", HE_IBAN[0])]),
    ("ומספר הזהות שלי " + HE_TZ[2] + ", בשביל הדיווח למס הכנסה", [("id", HE_TZ[2])]),
    ("jeremy.attlan@free.fr, עם שני T", [("email", "jeremy.attlan@free.fr")], "מה המייל לדוחות?"),
    ("הכתובת, רחוב הרצל 45 דירה 8, נתניה", [("address", "רחוב הרצל 45 דירה 8, נתניה")], "ומה הכתובת למשלוח הטופס?"),
    ("מספר ה-ISBN של הספר 9789657712340, והמחיר באמזון 9.99 דולר", []),
    # --- music-streaming family plan "צליל" (Russian-speaking immigrant)
    ("צליל, שלום, במה אפשר לעזור?", []),
    ("שלום, זה אולג, אולג קרסנוב, יש לי מנוי משפחתי ל-6 אנשים וחייבו אותי פעמיים",
     [("name", "אולג"), ("name", "אולג קרסנוב")]),
    ("המנוי המשפחתי 34.90 לחודש, ואני רואה שני חיובים ב-8 בפברואר", []),
    ("תחזירו לכרטיס, " + spell(HE_CARD[1][:8], HE_D) + " " + group(HE_CARD[1][8:], [4, 4]),
     [("card", spell(HE_CARD[1][:8], HE_D) + " " + group(HE_CARD[1][8:], [4, 4]))]),
    ("וטלפון שלי אפס חמש שתיים, שלוש שלוש אחת, שש אפס, שבע שבע",
     [("phone", "אפס חמש שתיים, שלוש שלוש אחת, שש אפס, שבע שבע")]),
    ("הבת שלי בת 16, היא יכולה להיות בחשבון?", []),
    ("כן, מגיל 13 אפשר. הפלייליסט 'מזרחית 2024' ו'שירי ארץ ישראל' יחזרו אחרי החידוש", []),
    ("ותאריך הלידה שלך?", []),
    ("אחד בספטמבר שבעים ושבע", [("date_of_birth", "אחד בספטמבר שבעים ושבע")], "ותאריך הלידה שלך?"),
    # --- plant-identification app "עלה" (older native speaker)
    ("אפליקציית עלה, שלום", []),
    ("שלום גברתי, מדבר יוסף, יוסי, לוי, אני בן 74 ולא מבין למה גבו ממני כסף",
     [("name", "יוסף"), ("name", "יוסי"), ("name", "לוי")]),
    ("היה לך ניסיון חינם של 7 ימים ואז חיוב של 119 ש\"ח לשנה ב-2 במרץ", []),
    ("אני רוצה לבטל. והכתובת שלי זה שדרות רוטשילד ארבעים ושתיים, ראשון לציון, קומה שלישית",
     [("address", "שדרות רוטשילד ארבעים ושתיים, ראשון לציון, קומה שלישית")]),
    ("טלפון בבית אפס שלוש, תשע שש ארבע, שבע שתיים, אחת אחת",
     [("phone", "אפס שלוש, תשע שש ארבע, שבע שתיים, אחת אחת")]),
    ("תודה מר לוי, הביטול בתוקף מהיום, ההחזר יופיע בחשבון הבא", [("name", "מר לוי")]),
    ("צילמתי פיקוס בנימינה והאפליקציה אמרה שזה זית", []),
    # --- online fax service "פקסנט" (Ethiopian-Israeli)
    ("פקסנט שלום, מדברת מורן, איך אפשר לעזור?", [("name", "מורן")]),
    ("שלום, שמי צגה אבבה, אני צריכה לשלוח פקס לביטוח לאומי והמנוי לא עובד", [("name", "צגה אבבה")]),
    ("המנוי הבסיסי 29 ש\"ח ל-100 עמודים, נשארו לך 3", []),
    ("אני רוצה לשלם על עוד, הכרטיס " + HE_CARD[2], [("card", HE_CARD[2])]),
    ("מספר הפקס שלכם שמופיע בחשבון הוא 077-4410020, זה מספר של המערכת", []),
    ("והנייד שלי 058-6612043", [("phone", "058-6612043")]),
    ("ת\"ז " + HE_TZ[3], [("id", HE_TZ[3])]),
    ("נולדתי ב-4.4.1981 באתיופיה, בגונדר", [("date_of_birth", "4.4.1981")]),
    ("tsega.abebe אין רווח, באט ג'ימייל", [("email", "tsega.abebe אין רווח, באט ג'ימייל")], "מה המייל שלך?"),
    # --- WhatsApp sticker-pack app "סטיקרז" (teen)
    ("סטיקרז היי", []),
    ("היי זה נועה, נועה מזרחי, קניתי חבילה של סטיקרים של 15 שקל והיא לא מופיעה בוואטסאפ",
     [("name", "נועה"), ("name", "נועה מזרחי")]),
    ("את צריכה לעדכן לגרסה 3.2, והחבילה 'חתולים מדברים' עם 30 סטיקרים", []),
    ("אמא שלי שילמה, הכרטיס שלה " + spell(HE_CARD[3], HE_D), [("card", spell(HE_CARD[3], HE_D))]),
    ("noa mizrahi 2009 at gmail dot com", [("email", "noa mizrahi 2009 at gmail dot com")], "מה המייל של החשבון?"),
    ("אני נולדתי ב-שלושה עשר ביולי אלפיים ותשע", [("date_of_birth", "שלושה עשר ביולי אלפיים ותשע")]),
    # --- baby sleep-tracking app "לילה טוב" (native)
    ("לילה טוב אפליקציה, מדבר עידו", [("name", "עידו")]),
    ("היי, מדברת מיכל ששון, המצלמה של התינוקת מתנתקת כל לילה בשתיים", [("name", "מיכל ששון")]),
    ("המנוי הפרימיום 39 ש\"ח לחודש, וזה כולל היסטוריה של 30 יום", []),
    ("אני רוצה להעביר את המנוי לחשבון של בעלי, והתשלום מהבנק, " + group(HE_IBAN[1], [4] * 5),
     [("iban", group(HE_IBAN[1], [4] * 5))]),
    ("הטלפון שלו פלוס תשע שבע שתיים, חמש אפס, שמונה ארבע ארבע, אחת אפס תשע שש",
     [("phone", "פלוס תשע שבע שתיים, חמש אפס, שמונה ארבע ארבע, אחת אפס תשע שש")]),
    ("תעודת זהות שלי? שלוש ארבע אחת, שבע שמונה שמונה, שש חמש אחת",
     [("id", "שלוש ארבע אחת, שבע שמונה שמונה, שש חמש אחת")], "אני צריך תעודת זהות של בעל המנוי"),
    ("הכתובת: רחוב המעפילים 7, כניסה ב', דירה 14, מודיעין",
     [("address", "רחוב המעפילים 7, כניסה ב', דירה 14, מודיעין")]),
    # --- kids' reading app "קוראים" (Russian-speaking)
    ("קוראים, שלום", []),
    ("שלום, מדברת ז'ניה, יבגניה פרידמן, הבן שלי לא רואה את הספרים ברוסית", [("name", "ז'ניה"), ("name", "יבגניה פרידמן")]),
    ("הספרייה ברוסית היא תוסף של 14.90 לחודש, כ-200 ספרים לגילאי 4 עד 9", []),
    ("המייל zhenya.fr@mail.ru, ז'ניה עם z h", [("email", "zhenya.fr@mail.ru")]),
    ("ת\"ז שלי " + spell(HE_TZ[6], HE_D), [("id", spell(HE_TZ[6], HE_D))]),
    ("אפס חמש אפס, ארבע שלוש שתיים, אחת אחת, תשעים",
     [("phone", "אפס חמש אפס, ארבע שלוש שתיים, אחת אחת, תשעים")], "מה מספר הטלפון?"),
    ("וגרים ברחוב ז'בוטינסקי 18, אשדוד, דירה 21", [("address", "רחוב ז'בוטינסקי 18, אשדוד, דירה 21")]),
    # --- podcast-app premium "האזנה" (Arab citizen)
    ("האזנה שלום, מדבר מוחמד", [("name", "מוחמד")]),
    ("אהלן, אני ראמי עזאם מטייבה, שילמתי על פרימיום ואני עדיין שומע פרסומות",
     [("name", "ראמי עזאם")]),
    ("תודה, ראיתי תשלום של 19.90 ב-5 באפריל", []),
    ("הכרטיס שלי " + group(HE_CARD[4], [4, 4, 4, 4], "-"), [("card", group(HE_CARD[4], [4, 4, 4, 4], "-"))]),
    ("המייל rami_azzam@hotmail.co.il", [("email", "rami_azzam@hotmail.co.il")]),
    ("תאריך לידה 30/11/1995", [("date_of_birth", "30/11/1995")]),
    ("הפודקאסט 'חיות כיס' יוצא כל יום שני ב-6 בבוקר", []),
    # --- extra lines from these calls
    ("הזהות שלי " + group(HE_TZ[7], [2, 3, 4]), [("id", group(HE_TZ[7], [2, 3, 4]))]),
    ("מספר זהות " + spell(HE_TZ[8][:4], HE_D) + " " + HE_TZ[8][4:], [("id", spell(HE_TZ[8][:4], HE_D) + " " + HE_TZ[8][4:])]),
    ("תעודת זהות " + HE_TZ[4], [("id", HE_TZ[4])]),
    ("חשבון " + HE_IBAN[3], [("iban", HE_IBAN[3])]),
    ("ההחזר לחשבון " + group(HE_IBAN[4], [4] * 5) + " בבנק לאומי", [("iban", group(HE_IBAN[4], [4] * 5))]),
    ("ה-IBAN שלי " + HE_IBAN[5].lower(), [("iban", HE_IBAN[5].lower())]),
    ("iban " + group(HE_IBAN[7], [2, 2, 3, 3, 13]), [("iban", group(HE_IBAN[7], [2, 2, 3, 3, 13]))]),
    ("כרטיס " + HE_CARD[5] + " תוקף 09/28", [("card", HE_CARD[5])]),
    ("הכרטיס של העסק " + group(HE_CARD[6], [4, 4, 4, 4]), [("card", group(HE_CARD[6], [4, 4, 4, 4]))]),
    ("כרטיס אמריקן אקספרס " + group(HE_CARD[3], [4, 6, 5]), [("card", group(HE_CARD[3], [4, 6, 5]))]),
    ("נולדתי בשנים עשר במרץ שמונים וארבע", [("date_of_birth", "שנים עשר במרץ שמונים וארבע")]),
    ("יום הולדת שלי 17.02.68", [("date_of_birth", "17.02.68")], "תאריך לידה?"),
    ("טלפון 02-6734491", [("phone", "02-6734491")]),
    ("אני גרה ברחוב יפו 97, ירושלים, קומה 2, ליד התחנה המרכזית", [("address", "רחוב יפו 97, ירושלים, קומה 2")],
     "מה הכתובת למשלוח?"),
    ("כתובת: שכונת הדר, רחוב הנביאים 22, חיפה 3310402", [("address", "רחוב הנביאים 22, חיפה 3310402")]),
    ("תאריך לידה, אממ, עשרים ושמונה באוקטובר אלפיים ושתיים", [("date_of_birth", "עשרים ושמונה באוקטובר אלפיים ושתיים")]),
    ("אפשר גם בנייד של אשתי, לא, סליחה, שלי, 054 שלוש שבע שבע, שמונים ושתיים, עשרים ואחת",
     [("phone", "054 שלוש שבע שבע, שמונים ושתיים, עשרים ואחת")]),
    ("תשלחו לי SMS ל-0533017746", [("phone", "0533017746")]),
    ("המייל: levi.yosef1950 בג'ימייל", [("email", "levi.yosef1950 בג'ימייל")]),
    ("המשלוח לרחוב הגפן 3, קריית טבעון", [("address", "רחוב הגפן 3, קריית טבעון")], "לאן לשלוח את הערכה?"),
    ("מספר ההזמנה " + HE_NP[0] + ", נשלח ב-12 ביוני", []),
    ("מספר הלקוח שלך " + HE_NP[1] + ", תשמרי אותו", []),
    ("קוד המעקב " + HE_NP[2] + " של דואר ישראל", []),
    ("השיחה הזו מוקלטת לצורך שיפור השירות, ממתינים כ-4 דקות", []),
    ("החיוב הבא ב-14 במאי, 89 ש\"ח", []),
    ("יש לנו סניף ברחוב אלנבי בתל אביב, אבל השירות רק אונליין", []),
    ("גרסה 12.4 יצאה ביום ראשון, תעדכנו בבקשה", []),
    ("המנוי חודשי, 24 חודשים במחיר קבוע, אחר כך 59 ש\"ח", []),
    ("הזמנו 250 מדבקות ל-פורים, ב-45 ש\"ח", []),
    ("נשלח לך קוד אימות בן 6 ספרות, תקף ל-10 דקות", []),
    ("נציג מהתמיכה הטכנית יחזור אלייך מחר בין 9 ל-12", []),
    ("שלחתי את הדוח ב-31.12, לא ב-1.1", []),
    ("חדר 204 במלון דן פנורמה, זה איפה שהכנס, לא קשור אליי", []),
]

LANGS["he"] = HE

# ====================================================================== EL
# Calls: astrology app (older Athenian), ringtone store (Cypriot), stock-music licensing
# for video creators (young Greek), crossword subscription (pensioner), museum audio-guide
# app (tour guide), antivirus subscription (Cypriot family), offline hiking-maps app,
# tavli (backgammon) app premium, screen-recording software licence, AI voice-over app,
# QR-menu app for tavernas, barber-shop booking app.
EL_AFM = [afm("04412987"), afm("13876520"), afm("07922314"), afm("16344059"), afm("05521178"),
          afm("12096643"), afm("08867230"), afm("14700521")]
EL_CARD = [luhn(x) for x in ["447802315690287", "535201774839016", "402611039578824",
                             "516648203371955", "376491203378"[:12] + "55", "490511873306642",
                             "523908441170263", "455617920034478"]]
EL_IBAN = ["GR1601101250000000012300695", "GR9202603400000871203344512", "GR8701722480000022481093317",
           "GR5501401150115002120930017", "CY65002003570000000359118824", "CY17002001280000001200527600",
           iban("GR", "0110218" + "0000021832077104"), iban("CY", "005001270000000127744309")]
for _a in EL_AFM:
    assert afm_ok(_a), _a
for _c in EL_CARD:
    assert luhn_ok(_c) and 13 <= len(_c) <= 19, _c
for _i in EL_IBAN:
    assert iban_ok(_i), _i
EL_NP = ["210044873", "5520918374", "90014427731"]
for _n in EL_NP:
    not_personal_number(_n)

EL = [
    # --- astrology app "Ζώδιο+" (older Athenian lady)
    ("Ζώδιο Plus, καλημέρα σας, είμαι η Δέσποινα", [("name", "Δέσποινα")]),
    ("Καλημέρα κορίτσι μου, με λένε Ευανθία Κωστοπούλου, και μου κόψατε 9,99 ενώ είχα ακυρώσει",
     [("name", "Ευανθία Κωστοπούλου")]),
    ("Μάλιστα κυρία Κωστοπούλου, η χρέωση έγινε στις 3 Μαρτίου, το μηνιαίο πακέτο ωροσκοπίου", [("name", "κυρία Κωστοπούλου")]),
    ("Για τον ωροσκόπο χρειάζομαι την ημερομηνία γέννησης που δηλώσατε", []),
    ("εεε δεκαπέντε του οχτώ του πενήντα εννιά, Λέων είμαι",
     [("date_of_birth", "δεκαπέντε του οχτώ του πενήντα εννιά")], "Χρειάζομαι την ημερομηνία γέννησης που δηλώσατε"),
    ("Και ένα τηλέφωνο; δύο ένα μηδέν, εξήντα εφτά, σαράντα δύο, τριάντα ένα, μηδέν εννιά",
     [("phone", "δύο ένα μηδέν, εξήντα εφτά, σαράντα δύο, τριάντα ένα, μηδέν εννιά")]),
    ("Η επιστροφή γίνεται σε 5 με 7 εργάσιμες, ο αριθμός αιτήματος είναι " + EL_NP[0], []),
    ("Η Αφροδίτη μπαίνει στους Ιχθύες την Παρασκευή, το γράφει και το app", []),
    # --- ringtone store "Ήχοι" (Cypriot)
    ("Καλησπέρα, Ήχοι ringtones", []),
    ("Καλησπέρα, ο Μπάμπης είμαι, Χαράλαμπος Χαραλάμπους, που την Πάφο", [("name", "Μπάμπης"), ("name", "Χαράλαμπος Χαραλάμπους")]),
    ("Εν εκατέβηκεν το ringtone που επλήρωσα, 1,49 ευρώ, το τραγούδι της Eurovision", []),
    ("Το κινητό σας κύριε Χαραλάμπους;", [("name", "κύριε Χαραλάμπους")]),
    ("ενενήντα εννιά, εξήντα δύο, δεκατρία, σαράντα οχτώ",
     [("phone", "ενενήντα εννιά, εξήντα δύο, δεκατρία, σαράντα οχτώ")], "Το κινητό σας κύριε Χαραλάμπους;"),
    ("Να μου επιστρέψετε τα λεφτά στο " + group(EL_IBAN[4], [4] * 7), [("iban", group(EL_IBAN[4], [4] * 7))]),
    ("Η συνδρομή Ήχοι Unlimited είναι 3,99 τον μήνα για 50 ήχους", []),
    # --- stock-music licensing for creators "SoundLoft" (young Greek)
    ("SoundLoft support, γεια σας", []),
    ("Γεια, λέγομαι Στέλιος Μαυρίδης, κάνω βίντεο στο YouTube και μου ήρθε copyright claim", [("name", "Στέλιος Μαυρίδης")]),
    ("Το κομμάτι Summer Drift είναι στη Creator άδεια, 14,99 τον μήνα, για 1 κανάλι", []),
    ("Το email μου stelios τελεία mavridis παπάκι gmail τελεία com",
     [("email", "stelios τελεία mavridis παπάκι gmail τελεία com")]),
    ("Θα πληρώσω το ετήσιο με την κάρτα " + group(EL_CARD[0], [4, 4, 4, 4]), [("card", group(EL_CARD[0], [4, 4, 4, 4]))]),
    ("Για το τιμολόγιο χρειάζομαι ΑΦΜ", []),
    (EL_AFM[0], [("id", EL_AFM[0])], "Για το τιμολόγιο χρειάζομαι ΑΦΜ"),
    ("Το βίντεο ανέβηκε στις 22 Ιουνίου και έχει 48.000 προβολές", []),
    # --- crossword subscription "Σταυρόλεξο Online" (pensioner)
    ("Σταυρόλεξο Online, παρακαλώ", []),
    ("Γεια σας, εγώ είμαι ο Θανάσης ο Παπαθανασίου, συνταξιούχος, δεν μου ανοίγει το σημερινό",
     [("name", "Θανάσης ο Παπαθανασίου")]),
    ("Κύριε Θανάση, η συνδρομή σας έληξε στις 30 Απριλίου, είναι 24 ευρώ τον χρόνο", [("name", "Κύριε Θανάση")]),
    ("Να την ανανεώσω. Η κάρτα είναι τέσσερα, εννιά, μηδέν, πέντε, ένα, ένα, οχτώ, εφτά, τρία, τρία, μηδέν, έξι, έξι, τέσσερα, " + EL_CARD[5][14:].replace("", " ").strip(),
     [("card", "τέσσερα, εννιά, μηδέν, πέντε, ένα, ένα, οχτώ, εφτά, τρία, τρία, μηδέν, έξι, έξι, τέσσερα, " + EL_CARD[5][14:].replace("", " ").strip())]),
    ("Και ο ΑΦΜ μου " + spell(EL_AFM[1], EL_D), [("id", spell(EL_AFM[1], EL_D))]),
    ("Γεννήθηκα 2 Φεβρουαρίου του 1948", [("date_of_birth", "2 Φεβρουαρίου του 1948")]),
    ("Μένω στην Πατησίων 112, τρίτος όροφος, Αθήνα 11257, να μου στείλετε και το έντυπο",
     [("address", "Πατησίων 112, τρίτος όροφος, Αθήνα 11257")]),
    ("Το έντυπο βγαίνει κάθε Πέμπτη, 64 σελίδες, με 40 σταυρόλεξα", []),
    # --- museum audio-guide app "Ξενάγηση" (tour guide)
    ("Ξενάγηση app, καλημέρα σας", []),
    ("Καλημέρα, είμαι η Κατερίνα Ζαχαρίου, ξεναγός, αγόρασα 25 κωδικούς για το Μουσείο της Ακρόπολης",
     [("name", "Κατερίνα Ζαχαρίου")]),
    ("Οι κωδικοί είναι 6 ευρώ ο ένας, ισχύουν 48 ώρες από την ενεργοποίηση", []),
    ("Το γκρουπ είναι από τη Γερμανία, 25 άτομα, έρχονται Σάββατο 10:30", []),
    ("Το τιμολόγιο στον ΑΦΜ " + group(EL_AFM[2], [3, 3, 3], "."), [("id", group(EL_AFM[2], [3, 3, 3], "."))]),
    ("Και η διεύθυνση του γραφείου είναι Ερμού 45, Αθήνα 10563", [("address", "Ερμού 45, Αθήνα 10563")]),
    ("Κινητό εξι εννιά εφτά, τέσσερα τέσσερα οχτώ, δύο μηδέν ένα πέντε",
     [("phone", "εξι εννιά εφτά, τέσσερα τέσσερα οχτώ, δύο μηδέν ένα πέντε")]),
    # --- antivirus subscription "Ασπίδα" (Cypriot family)
    ("Ασπίδα Antivirus, καλησπέρα σας", []),
    ("Καλησπέρα, Παναγιώτα Ιωάννου, η Γιώτα, έχω την οικογενειακή άδεια για 5 συσκευές", [("name", "Παναγιώτα Ιωάννου"), ("name", "Γιώτα")]),
    ("Σωστά, 49,90 τον χρόνο, ανανεώθηκε αυτόματα στις 11 Ιανουαρίου", []),
    ("Θέλω να το πληρώνω από τον λογαριασμό μου, CY17 0020 0128 0000 0012 0052 7600",
     [("iban", "CY17 0020 0128 0000 0012 0052 7600")]),
    ("Και το email giota.ioannou@cytanet.com.cy", [("email", "giota.ioannou@cytanet.com.cy")]),
    ("Η διεύθυνση: Λεωφόρος Μακαρίου 28, διαμέρισμα 301, Λευκωσία 1065",
     [("address", "Λεωφόρος Μακαρίου 28, διαμέρισμα 301, Λευκωσία 1065")]),
    ("Το τηλέφωνο +357 96 418 203", [("phone", "+357 96 418 203")]),
    ("Ο υπολογιστής του γιου μου έχει Windows 11 και βγάζει σφάλμα 0x80070005", []),
    # --- offline hiking-maps app "Μονοπάτια" 
    ("Μονοπάτια εφαρμογή, γεια σας, είμαι ο Άρης", [("name", "Άρης")]),
    ("Γεια σου, Νίκος εδώ, Nikos Karras, πήρα το Pro και δεν κατεβαίνουν οι χάρτες της Κρήτης",
     [("name", "Νίκος"), ("name", "Nikos Karras")]),
    ("Οι χάρτες της Κρήτης είναι 1,2 GB, θέλεις Wi-Fi, και το Pro είναι 29,99 τον χρόνο", []),
    ("Το φαράγγι της Σαμαριάς είναι 16 χιλιόμετρα, ανοίγει 1η Μαΐου", []),
    ("Για επιστροφή, ο λογαριασμός μου " + EL_IBAN[0], [("iban", EL_IBAN[0])]),
    ("nikos.karras@outlook.com", [("email", "nikos.karras@outlook.com")], "Ποιο είναι το email του λογαριασμού;"),
    ("Γεννήθηκα το '91, εικοσιεφτά Νοεμβρίου", [("date_of_birth", "'91, εικοσιεφτά Νοεμβρίου")]),
    # --- tavli app premium "Τάβλι Pro" 
    ("Τάβλι Pro, καλησπέρα", []),
    ("Καλησπέρα, ο Σταύρος Αντωνίου εδώ, έβαλα 20 ευρώ για πούλια και δεν τα βλέπω", [("name", "Σταύρος Αντωνίου")]),
    ("Κύριε Αντωνίου, βλέπω αγορά 20 ευρώ στις 21:40 χθες, 2.000 πούλια", [("name", "Κύριε Αντωνίου")]),
    ("Πλήρωσα με " + spell(EL_CARD[1], EL_D), [("card", spell(EL_CARD[1], EL_D))]),
    ("Το κινητό μου έξι εννιά τέσσερα, εβδομήντα δύο, δεκαοχτώ, εξήντα εφτά, μηδέν τρία",
     [("phone", "έξι εννιά τέσσερα, εβδομήντα δύο, δεκαοχτώ, εξήντα εφτά, μηδέν τρία")]),
    ("Παίζω πόρτες, πλακωτό και φεύγα, 3 παιχνίδια, κατάταξη 1.450", []),
    # --- screen-recording software licence "Καταγραφή" (small business)
    ("Καλημέρα, τμήμα αδειών, η Μαρίνα", [("name", "Μαρίνα")]),
    ("Καλημέρα, Σπύρος Λαμπράκης από ένα λογιστικό γραφείο, θέλουμε 4 άδειες",
     [("name", "Σπύρος Λαμπράκης")]),
    ("Η επαγγελματική άδεια είναι 79 ευρώ εφάπαξ, οι 4 βγαίνουν 316 συν ΦΠΑ 24%", []),
    ("Με έμβασμα, από τον " + group(EL_IBAN[1], [4] * 7), [("iban", group(EL_IBAN[1], [4] * 7))]),
    ("Για το τιμολόγιο, ο προσωπικός μου ΑΦΜ " + EL_AFM[3], [("id", EL_AFM[3])]),
    ("Έδρα μας: Τσιμισκή 67, 2ος όροφος, Θεσσαλονίκη 54622", [("address", "Τσιμισκή 67, 2ος όροφος, Θεσσαλονίκη 54622")]),
    ("s.lamprakis παπάκι otenet τελεία gr", [("email", "s.lamprakis παπάκι otenet τελεία gr")], "Και ένα email για το κλειδί;"),
    # --- AI voice-over app "Φωνή AI" (young Cypriot creator)
    ("Φωνή AI, γεια σας", []),
    ("γεια με λενε ελενη χριστοφορου και θελω να κανω ακυρωση", [("name", "ελενη χριστοφορου")]),
    ("Έχετε 120 λεπτά φωνής τον μήνα, χρησιμοποιήσατε 118", []),
    ("η καρτα ειναι " + EL_CARD[2], [("card", EL_CARD[2])]),
    ("ημερομηνια γεννησης 07/03/2003", [("date_of_birth", "07/03/2003")]),
    ("και το κινητο ενενηντα εφτα, τριαντα ενα, μηδεν μηδεν, εβδομηντα πεντε",
     [("phone", "ενενηντα εφτα, τριαντα ενα, μηδεν μηδεν, εβδομηντα πεντε")]),
    # --- QR-menu app for tavernas "Menoo"
    ("Menoo, καλησπέρα", []),
    ("Καλησπέρα, Ρούλα Δημητρίου, έχω ταβέρνα στη Νάξο και το QR δεν ανοίγει τον κατάλογο", [("name", "Ρούλα Δημητρίου")]),
    ("Το πακέτο σας είναι 15 ευρώ τον μήνα, για 12 τραπέζια, μέχρι 31 Οκτωβρίου", []),
    ("Ο μουσακάς στα 12,50 και η χωριάτικη στα 9 δεν εμφανίζονται", []),
    ("Χρέωση στην " + group(EL_CARD[3], [4, 4, 4, 4], "-"), [("card", group(EL_CARD[3], [4, 4, 4, 4], "-"))]),
    ("Η ταβέρνα είναι στην Πλάκα, δίπλα στην παραλία, αλλά το τιμολόγιο στο σπίτι, Αγίου Νικολάου 8, Νάξος 84300",
     [("address", "Αγίου Νικολάου 8, Νάξος 84300")]),
    ("ο ΑΦΜ μου είναι " + group(EL_AFM[4], [2, 3, 4]), [("id", group(EL_AFM[4], [2, 3, 4]))]),
    # --- barber-shop booking app "Κούρεμα"
    ("Κούρεμα app, γεια", []),
    ("Γεια, ο Μιχάλης είμαι, κουρείο στο Περιστέρι, η εφαρμογή μου χρεώνει 2 φορές το μήνα",
     [("name", "Μιχάλης")]),
    ("Το πακέτο Barber είναι 19 ευρώ τον μήνα, έχετε 2 καρέκλες, 340 ραντεβού τον Μάιο", []),
    ("Επιστροφή στον " + EL_IBAN[6], [("iban", EL_IBAN[6])]),
    ("Ημερομηνία γέννησης; Είκοσι ένα Μαΐου του ογδόντα οχτώ",
     [("date_of_birth", "Είκοσι ένα Μαΐου του ογδόντα οχτώ")]),
    ("michalis barber 88 at yahoo dot gr", [("email", "michalis barber 88 at yahoo dot gr")], "Το email σας;"),
    # --- extra lines
    ("ΑΦΜ " + EL_AFM[5], [("id", EL_AFM[5])]),
    ("Ο ΑΦΜ είναι μηδέν οχτώ οχτώ, έξι εφτά δύο, τρία μηδέν εννιά", [("id", "μηδέν οχτώ οχτώ, έξι εφτά δύο, τρία μηδέν εννιά")]),
    ("ΑΦΜ μου το " + EL_AFM[7], [("id", EL_AFM[7])]),
    ("IBAN " + EL_IBAN[2], [("iban", EL_IBAN[2])]),
    ("ο λογαριασμός είναι " + group(EL_IBAN[3], [4] * 7), [("iban", group(EL_IBAN[3], [4] * 7))]),
    ("IBAN της Κύπρου, " + EL_IBAN[7], [("iban", EL_IBAN[7])]),
    ("Κάρτα " + EL_CARD[4], [("card", EL_CARD[4])]),
    ("Η Mastercard μου " + group(EL_CARD[6], [4, 4, 4, 4]), [("card", group(EL_CARD[6], [4, 4, 4, 4]))]),
    ("Visa " + group(EL_CARD[7], [4, 4, 4, 4]) + ", λήξη 11/27", [("card", group(EL_CARD[7], [4, 4, 4, 4]))]),
    ("Γεννήθηκα στις 14 Μαρτίου 1962", [("date_of_birth", "14 Μαρτίου 1962")]),
    ("εννιά του δώδεκα, εβδομήντα τρία", [("date_of_birth", "εννιά του δώδεκα, εβδομήντα τρία")], "Πότε γεννηθήκατε;"),
    ("Μένω στην Ανδρέα Παπανδρέου 33, Χαλάνδρι, 15232, κουδούνι Βλάχου", [("address", "Ανδρέα Παπανδρέου 33, Χαλάνδρι, 15232")]),
    ("Το email, κάπα σίγμα ... kostas.sfakianakis παπάκι yahoo τελεία gr", [("email", "kostas.sfakianakis παπάκι yahoo τελεία gr")]),
    ("Το σταθερό στη Λεμεσό είναι είκοσι πέντε, τριακόσια σαράντα, εκατόν δώδεκα",
     [("phone", "είκοσι πέντε, τριακόσια σαράντα, εκατόν δώδεκα")]),
    ("ημερομηνία γέννησης 30.09.1977", [("date_of_birth", "30.09.1977")]),
    ("Τηλέφωνο 2310 552 874", [("phone", "2310 552 874")]),
    ("+30 697 001 4412", [("phone", "+30 697 001 4412")], "Ένα κινητό για επικοινωνία;"),
    ("Το email μου είναι despina_k παπάκι hotmail τελεία com", [("email", "despina_k παπάκι hotmail τελεία com")]),
    ("anna.petrou77@gmail.com", [("email", "anna.petrou77@gmail.com")], "Το email;"),
    ("Στείλτε το στην οδό Αγίου Δημητρίου 12, Θεσσαλονίκη", [("address", "Αγίου Δημητρίου 12, Θεσσαλονίκη")]),
    ("Η διεύθυνση είναι Κολοκοτρώνη 9, Ναύπλιο 21100", [("address", "Κολοκοτρώνη 9, Ναύπλιο 21100")]),
    ("Με λένε Αλεξάνδρα, Αλέκα με φωνάζουν", [("name", "Αλεξάνδρα"), ("name", "Αλέκα")]),
    ("Αριθμός παραγγελίας " + EL_NP[1] + ", εκδόθηκε 5 Ιουλίου", []),
    ("Ο κωδικός κράτησης " + EL_NP[2] + " ισχύει μέχρι τις 23:59", []),
    ("Η συνδρομή ξεκίνησε 1 Σεπτεμβρίου 2022 και είναι δίχρονη", []),
    ("Έχετε 3 συσκευές συνδεδεμένες, η τέταρτη θέλει αναβάθμιση 10 ευρώ", []),
    ("Πάρτε μας ξανά Δευτέρα με Παρασκευή 9 με 5", []),
    ("Το κατάστημα στην οδό Σταδίου δεν έχει σχέση, εμείς είμαστε μόνο online", []),
    ("Η έκδοση 7.3 βγήκε την Τρίτη, κάντε ενημέρωση", []),
    ("Η προσφορά ισχύει ως τις 15 Αυγούστου, 50% έκπτωση", []),
    ("Η Κατερίνη και η Λάρισα δεν έχουν ακόμα κάλυψη στο app", []),
    ("Ο Παρθενώνας έχει 12 στάσεις στην ξενάγηση, κάθε μία 3 λεπτά", []),
    ("Θα σας χρεώσουμε 4,99 στις 28 του μήνα", []),
    ("Το αίτημα θα απαντηθεί σε 48 ώρες", []),
    ("εεε ναι, την προηγούμενη Κυριακή, 2 του μήνα, στις 8 το βράδυ", []),
    ("ΦΠΑ 19% για Κύπρο, 24% για Ελλάδα", []),
]

LANGS["el"] = EL


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
        print(lang, len(rows), "items,", sum(counts.values()), "spans,", empty, "empty",
              dict(sorted(counts.items())))


if __name__ == "__main__":
    main()
