#!/usr/bin/env python3
"""Generate the held-out redaction evaluation set "blind22".

Written by a helper session that worked only from a written brief (the
product's specification of what counts as personal data, and the output
format). That session never opened, listed or read the redactor, its rules,
its tests, or any other evaluation set or generator. The lines were composed
by hand, imagining about a dozen whole customer-service calls per language in
sectors chosen to differ from earlier sets; every check-digit value (cards,
IBANs, national IDs) is computed here, and long non-personal numbers are
asserted to FAIL those checks.

Running it (Python 3, standard library only) writes
    data/redaction/blind22/{en,ar,he,el}.jsonl
one JSON object per line:
    {"text": str,
     "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str}          # optional; an earlier line of the same call
- kind is one of: card, iban, id, phone, email, date_of_birth, name, address
- start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
  computed by searching for each span's substring, and asserted.
- items with empty spans are non-personal and must come out unchanged.
"""
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "data", "redaction", "blind22"))
KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}

# ---------------------------------------------------------------- checks


def luhn_ok(s):
    if not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_digit(body):
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def card(body):
    """body = all digits but the last; returns a valid card number."""
    n = body + luhn_digit(body)
    assert 13 <= len(n) <= 19 and luhn_ok(n)
    return n


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "MA": 28, "KW": 30, "QA": 29,
            "BH": 22, "LB": 28, "NL": 18, "ES": 24, "IT": 27, "PS": 29}


def _iban_num(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return (len(s) >= 15 and s[:2] in IBAN_LEN and len(s) == IBAN_LEN[s[:2]]
            and s[2:4].isdigit() and _iban_num(s) % 97 == 1)


def iban(cc, bban):
    chk = 98 - _iban_num(cc + "00" + bban) % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert len(s) == IBAN_LEN[cc], (cc, len(s))
    assert iban_ok(s)
    return s


def tz_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = 0
    for i, ch in enumerate(s):
        d = int(ch) * (1 if i % 2 == 0 else 2)
        tot += d if d < 10 else d - 9
    return tot % 10 == 0


def tz(body8):
    for d in "0123456789":
        if tz_ok(body8 + d):
            return body8 + d
    raise AssertionError(body8)


def afm_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    tot = sum(int(s[i]) * 2 ** (8 - i) for i in range(8))
    return tot % 11 % 10 == int(s[8])


def afm(body8):
    n = body8 + str(sum(int(body8[i]) * 2 ** (8 - i) for i in range(8)) % 11 % 10)
    assert afm_ok(n)
    return n


def saudi_ok(s):
    return len(s) == 10 and s.isdigit() and s[0] in "12" and luhn_ok(s)


def saudi(body9):
    assert body9[0] in "12"
    n = body9 + luhn_digit(body9)
    assert saudi_ok(n)
    return n


def ssn_ok(s):
    s = s.replace("-", "").replace(" ", "")
    if len(s) != 9 or not s.isdigit():
        return False
    a, g, r = int(s[:3]), int(s[3:5]), int(s[5:])
    return 0 < a < 900 and a != 666 and g > 0 and r > 0


def id_ok(s):
    return tz_ok(s) or afm_ok(s) or saudi_ok(s) or ssn_ok(s)


def np_(num):
    """A long NON-personal number: assert it fails every check, return it."""
    d = re.sub(r"\D", "", num)
    if 13 <= len(d) <= 19:
        assert not luhn_ok(d), num
    if len(d) == 9:
        assert not tz_ok(d) and not afm_ok(d), num
    if len(d) == 10:
        assert not saudi_ok(d), num
    return num


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def ar_ind(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ---------------------------------------------------- digits spoken as words
EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_D_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def words(s, table, sep=" ", oh=False):
    out = []
    for ch in s:
        if ch.isdigit():
            w = table[int(ch)]
            if oh and ch == "0":
                w = "oh"
            out.append(w)
        elif ch in " -":
            out.append(",")
        else:
            out.append(ch)
    txt = sep.join(out)
    return txt.replace(" ,", ",")


WORD2D = {}
for _t in (EN_D, AR_D, AR_D_EG, HE_F, HE_M, EL_D):
    for _i, _w in enumerate(_t):
        WORD2D[_w] = str(_i)
WORD2D.update({"oh": "0", "nought": "0", "επτά": "7", "οκτώ": "8",
               "εννέα": "9", "τέσσερις": "4", "إثنين": "2", "اثنان": "2",
               "ثلاث": "3", "تلات": "3", "أربع": "4", "اربعة": "4", "اربع": "4",
               "خمس": "5", "ست": "6", "سبع": "7", "ثمان": "8", "تمن": "8",
               "تسع": "9", "زيرو": "0", "שתים": "2", "תשעה": "9"})


def spoken_digits(span):
    """Best-effort: read a span of digits/words back to a digit string.
    Returns None where a token is not a plain digit word (tens, etc.)."""
    s = span.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    toks = re.split(r"[\s,.\-–/،]+", s)
    out, mult = [], 1
    for t in toks:
        if not t:
            continue
        tl = t.lower()
        if tl in ("double", "دبل"):
            mult = 2
            continue
        if tl in ("triple",):
            mult = 3
            continue
        if tl in WORD2D:
            out.append(WORD2D[tl] * mult)
        elif t.isascii() and (t.isdigit() or (t.isalnum() and t.isupper())):
            out.append(t * mult)
        elif False:
            out.append(WORD2D[tl] * mult)
        elif tl[:1] in ("ו", "و") and tl[1:] in WORD2D:
            out.append(WORD2D[tl[1:]] * mult)
        else:
            return None
        mult = 1
    return "".join(out)


STATS = {"checked": 0, "unchecked": 0}


def check_value(kind, sub):
    if kind not in ("card", "iban", "id"):
        return
    d = spoken_digits(sub)
    if d is None:
        STATS["unchecked"] += 1
        return
    STATS["checked"] += 1
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), (sub, d)
    elif kind == "iban":
        assert iban_ok(d), (sub, d)
    else:
        assert id_ok(d), (sub, d)


# ---------------------------------------------------------------- builder


def build(items, lang):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        ctx = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else None
            assert kind in KINDS, kind
            assert sub and sub == sub.strip(), repr(sub)
            if occ is None:
                assert text.count(sub) == 1, (lang, sub, text)
                ci = text.index(sub)
            else:
                ci = -1
                for _ in range(occ + 1):
                    ci = text.index(sub, ci + 1)
            start = len(text[:ci].encode("utf-8"))
            end = start + len(sub.encode("utf-8"))
            assert b[start:end].decode("utf-8") == sub
            check_value(kind, sub)
            out.append({"kind": kind, "start": start, "end": end})
        out.sort(key=lambda x: x["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], (lang, text)
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    texts = [r["text"] for r in rows]
    assert len(set(texts)) == len(texts), [t for t in texts if texts.count(t) > 1]
    return rows

# ================================================================ English
EN_V = dict(
    c_zoo=card("492973105562418"), c_pawn=card("438857601840262"),
    c_visa13=card("422213640587"), c_amex=card("37146620593118"),
    c_mc=card("541333801947265"), c_disc=card("601155201837004"),
    c_maestro=card("675940213358812207"), c_mc2=card("222300514488719"),
    ib_zoo=iban("GB", "MIDL40051584731162"), ib_wind=iban("GB", "BARC20714583608315"),
    ib_kayak=iban("IE", "AIBK93115252089147"), ib_school=iban("IE", "BOFI90120738441526"),
    ib_heat=iban("GB", "LOYD30962217550843"), ib_obs=iban("DE", "500105175407324931"),
    ib_occ=iban("SA", "15000418236600710042"), ib_knit=iban("GB", "NAIA07011642900917"),
    ssn_pawn="219-47-3062", ssn_mom="457-83-1196", ssn_dad="461-20-7734",
    ssn_def="527-09-8841", ssn_cos="602-31-4459",
    iq1=saudi("243819056"), iq2=saudi("219447026"), nid=saudi("109834571"),
)
for _k in ("ssn_pawn", "ssn_mom", "ssn_dad", "ssn_def", "ssn_cos"):
    assert ssn_ok(EN_V[_k])


def ew(s, oh=True):
    return words(s, EN_D, oh=oh)


def en1():
    v = EN_V
    zoo_card = ew(grp(v["c_zoo"], [4, 4, 4, 4]))
    amex = v["c_amex"]
    amex_sp = "%s, %s, %s" % (ew(amex[:4], oh=False), amex[4:10], ew(amex[10:]))
    conf = np_("8841027736519")
    ib_wind = grp(v["ib_wind"], [4] * 6)
    ib_kayak = grp(v["ib_kayak"], [4] * 6)
    ib_obs = grp(v["ib_obs"], [4] * 6)
    ib_zoo = "%s, %s" % (" ".join(v["ib_zoo"][:4]), ew(grp(v["ib_zoo"][4:], [4, 6, 8])))
    ssn_sp = ew(v["ssn_pawn"])
    pawn_card = grp(v["c_pawn"], [4, 4, 4, 4], "-")
    visa13 = v["c_visa13"]
    visa13_sp = "%s %s %s" % (visa13[:4], ew(visa13[4:9], oh=False), visa13[9:])
    Q_DOB = "And the date of birth for the lead member, please?"
    return [
        # --- zoo annual pass (Stockport, older caller)
        ("Good morning, you're through to Harrowfield Zoo memberships, my name's Kerry, how can I help?",
         [("name", "Kerry")]),
        ("Hiya, yeah, it's Maggie Pennington here, I want to renew the family pass for me and the grandkids.",
         [("name", "Maggie Pennington")]),
        ("Yeah it's, um, 27 Fernleigh Road, Heaton Moor, Stockport, SK4 3JW.",
         [("address", "27 Fernleigh Road, Heaton Moor, Stockport, SK4 3JW")],
         "Lovely, thanks Maggie. Can I take the first line of the address and the postcode?"),
        ("So the family pass is ninety-four pounds fifty, or it's eight pounds a month over twelve months, and that covers two adults and up to three children under 16.", []),
        (Q_DOB, []),
        ("Fourth of the ninth, nineteen fifty-eight.", [("date_of_birth", "Fourth of the ninth, nineteen fifty-eight")], Q_DOB),
        ("The pass would start on the 1st of June and run until the 31st of May next year, and your membership number stays the same, that's %s." % np_("40071 2284"), []),
        ("Go on then, I'll pay it all now by card. It's %s." % zoo_card, [("card", zoo_card)]),
        ("Actually no, for the monthly one they want the bank details, hang on. It's %s." % ib_zoo,
         [("iban", ib_zoo)], "For the monthly option I'd need the IBAN off your bank statement."),
        ("Thanks for that, that's gone through, you'll get the new cards in five to seven working days.", []),
        # --- pawn shop (Baltimore)
        ("Thank you for calling Gold Key Pawn on Eastern Avenue, this is Tony.", [("name", "Tony")]),
        ("Yeah hi, uh, my name is DeShawn Whitaker, I pawned a guitar, a Fender, back in March and I wanna pick it up.",
         [("name", "DeShawn Whitaker")]),
        ("Okay so the loan was two hundred and twenty dollars, the fee is twenty-five percent for ninety days, so you're looking at two seventy-five to get it out.", []),
        ("I got the ticket right here, it's number 0 0 3 4 8 1 7.", []),
        ("For the ID on file I'll need the last four... actually the full social, sorry, it's a Maryland pawn law thing.", []),
        ("Sure, it's %s." % ssn_sp, [("id", ssn_sp)], "actually the full social, sorry"),
        ("Best number's four four three, seven one two, oh nine eight eight.",
         [("phone", "four four three, seven one two, oh nine eight eight")]),
        ("I'll pay the two seventy-five on my debit, %s." % pawn_card, [("card", pawn_card)]),
        ("Alright, we're open till seven tonight, Saturday ten to four.", []),
        ("The Fender's model number is %s and it's in the back on shelf 12." % np_("0144-5002-5063"), []),
        # --- karate dojo (Perth)
        ("G'day, Sunrise Shotokan, Brett speaking.", [("name", "Brett")]),
        ("Oh hi, it's Sharon, Sharon Kowalczyk, I'm ringing about enrolling my son in the juniors.",
         [("name", "Sharon", 0), ("name", "Sharon Kowalczyk")]),
        ("Juniors are Tuesdays and Thursdays at four-thirty, it's a hundred and forty a term, plus sixty-five for the gi.", []),
        ("He was born on the 22nd of November 2015, so he's nine.", [("date_of_birth", "22nd of November 2015")],
         "And how old is he? I need his date of birth for the insurance."),
        ("Email's shazza dot k seventy-four at bigpond dot com.", [("email", "shazza dot k seventy-four at bigpond dot com")]),
        ("And mobile's oh four one two, three three eight, nine oh five.", [("phone", "oh four one two, three three eight, nine oh five")]),
        ("We're at 16 Banksia Way, Ellenbrook, 6069.", [("address", "16 Banksia Way, Ellenbrook, 6069")],
         "And your home address for the insurance form?"),
        ("Grading's on Saturday the 14th at the Midland Rec Centre, nine a.m., and it's thirty-five dollars per belt.", []),
        ("the card's %s" % visa13_sp, [("card", visa13_sp)], "How would you like to pay the term fees?"),
        # --- windscreen replacement (Leicester)
        ("Hello, ClearView Glass, you're speaking with Chloe, can I start with the vehicle registration?", [("name", "Chloe")]),
        ("Yes hello, it's a, a Toyota Auris, registration is K-L-six-seven, P-X-R.", []),
        ("This is Rajesh Mistry. Raj is fine.", [("name", "Rajesh Mistry"), ("name", "Raj", 1)], "And who am I speaking to?"),
        ("There's a chip about the size of a 10p, and a crack maybe thirty centimetres from it, on the passenger side.", []),
        ("Is it going through your insurance? The excess on most policies is seventy-five or a hundred and fifteen pounds.", []),
        ("Policy number is L V 2 2 7 1 9 0 4 3 8 8.", []),
        ("Yes, at home, fifty-eight Evington Lane, LE5 5PQ.", [("address", "fifty-eight Evington Lane, LE5 5PQ")],
         "Where would you like the fitter to come, Mr Mistry?"),
        ("We've got Thursday the 19th between eight and twelve, or Friday the 20th, twelve till four.", []),
        ("My number is oh seven seven double oh, nine double oh, four six one.",
         [("phone", "oh seven seven double oh, nine double oh, four six one")]),
        ("For the excess refund it's %s, that's Barclays." % ib_wind, [("iban", ib_wind)]),
        ("Thank you, Mr Mistry, the job reference is CV-88310472.", [("name", "Mistry")]),
        # --- kayak rental (Killarney)
        ("Lakeside Paddle, Niamh speaking.", [("name", "Niamh")]),
        ("Hi, Ciarán O'Sullivan here, I'd a booking for four double kayaks on Sunday.", [("name", "Ciarán O'Sullivan")]),
        ("Sunday at ten we've two doubles left and three singles, it's forty euro per double for two hours, wetsuits are a fiver extra.", []),
        ("could you not do the half eleven slot instead theres six of us now", []),
        ("The number you have is wrong, it should be oh eight seven, two one four, double six five three.",
         [("phone", "oh eight seven, two one four, double six five three")]),
        ("email is ciaran dot osullivan at eircom dot net, no fada on the a", [("email", "ciaran dot osullivan at eircom dot net")]),
        ("Grand, for the deposit back the IBAN is %s." % ib_kayak, [("iban", ib_kayak)]),
        ("Lovely, thanks a million, see you Sunday, park by the old boathouse past Ross Castle.", []),
        ("The weather warning is yellow till Saturday at 6 p.m. so Sunday should be fine, winds of 20 to 30 kilometres an hour.", []),
        # --- observatory night tours (Flagstaff)
        ("Thanks for calling Mesa Dark Sky Observatory, this is Marisol, how can I help you tonight?", [("name", "Marisol")]),
        ("Hi, my name is Gary Lindqvist, and uh, I'm trying to book the Saturn viewing for six people.", [("name", "Gary Lindqvist")]),
        ("Saturn tours run Friday and Saturday at 8:30 and 10 p.m., adults are $32, kids 5 to 12 are $18, under 5 free.", []),
        ("It's an Amex, %s." % amex_sp, [("card", amex_sp)]),
        ("Yeah, it's 7/14/63.", [("date_of_birth", "7/14/63")], "And for the liability waiver I need the date of birth of the lead guest."),
        ("Confirmation number is %s, you'll want that at the gate." % " ".join(conf), []),
        ("Sure, 2210 West Aspen Avenue, Apartment 5, Flagstaff, Arizona 86001.",
         [("address", "2210 West Aspen Avenue, Apartment 5, Flagstaff, Arizona 86001")], "Where should we mail the parking permit?"),
        ("My cell is nine two eight, seven seven four, oh three one six.", [("phone", "nine two eight, seven seven four, oh three one six")]),
        ("One of the group is my brother-in-law from Munich, he paid you twice, can you refund him to %s?" % ib_obs, [("iban", ib_obs)]),
        ("You're all set, gates open at 7:45 and it drops to about 40 degrees up there.", []),
    ]



def en_iban_sp(ib):
    """IBAN read out: letters one by one, digits as words, groups of four."""
    g = grp(ib, [4] * 8).split(" ")
    return ", ".join(" ".join(c if c.isalpha() else EN_D[int(c)] for c in x) for x in g)


def en2():
    v = EN_V
    iq1 = grp(v["iq1"], [3, 3, 4])
    iq2 = ew(grp(v["iq2"], [3, 3, 4]))
    nid = ew(grp(v["nid"], [4, 3, 3]))
    ib_occ = grp(v["ib_occ"], [4] * 6)
    ib_school = en_iban_sp(v["ib_school"])
    ib_heat = grp(v["ib_heat"], [4] * 6)
    ib_knit = v["ib_knit"]
    mc = grp(v["c_mc"], [4, 4, 4, 4])
    mc2 = grp(v["c_mc2"], [4, 4, 4, 4])
    disc = ew(grp(v["c_disc"], [4, 4, 4, 4]))
    mae = grp(v["c_maestro"], [4, 4, 4, 4, 3])
    ssn_mom = ew(v["ssn_mom"])
    ssn_cos = v["ssn_cos"].replace("-", " ")
    return [
        # --- cord-blood bank (Houston, Nigerian couple)
        ("Good afternoon, Lifeline Cord Blood, how may I help you?", []),
        ("Good afternoon, my name is Chiamaka Okonkwo, my husband and I want to register for the collection kit.",
         [("name", "Chiamaka Okonkwo")]),
        ("So the collection fee is one thousand four hundred and ninety-five dollars and then storage is a hundred and ninety-nine a year, or thirty-nine ninety-five for twenty years up front.", []),
        ("My date of birth is the second of February, nineteen ninety-one.",
         [("date_of_birth", "second of February, nineteen ninety-one")]),
        ("Social is %s." % ssn_mom, [("id", ssn_mom)], "And the mother's social security number?"),
        ("And for my husband, he says it's %s, he's beside me." % v["ssn_dad"], [("id", v["ssn_dad"])]),
        ("Email is chichi underscore okonkwo at yahoo dot com.", [("email", "chichi underscore okonkwo at yahoo dot com")]),
        ("The card is %s, expiry I'll tell you after." % mc, [("card", mc)]),
        ("Ship the kit to 9014 Bellaire Boulevard, Unit 210, Houston, Texas 77036.",
         [("address", "9014 Bellaire Boulevard, Unit 210, Houston, Texas 77036")]),
        ("Kit goes out at 34 weeks, so around the 3rd of July, and the FedEx tracking is 7 7 2 4 1 9 0 3 3 8 6 1.", []),
        # --- occupational health, Gulf pre-employment medicals (Kochi)
        ("Good morning, Medline Occupational Health, how can I help?", []),
        ("Good morning madam, myself Shafeek, I am coming back from Dammam for the medical, for iqama renewal.",
         [("name", "Shafeek")]),
        ("Iqama number is %s madam." % iq1, [("id", iq1)]),
        ("The GAMCA slip fee is three thousand six hundred rupees, X-ray and blood test included, report in 48 hours.", []),
        ("My WhatsApp is plus nine one, nine eight four five oh, two two three one seven.",
         [("phone", "plus nine one, nine eight four five oh, two two three one seven")]),
        ("Date of birth is 12-05-1988 as per passport.", [("date_of_birth", "12-05-1988")], "Date of birth as per passport, please?"),
        ("My cousin also coming same day, his iqama is %s." % iq2, [("id", iq2)]),
        ("Company wants the sponsor ID also, it is %s." % nid, [("id", nid)]),
        ("For the refund of the extra charge you can send to my Al Rajhi account, IBAN %s." % ib_occ, [("iban", ib_occ)]),
        ("Send the report to mail id shafeekdxb88@gmail.com madam.", [("email", "shafeekdxb88@gmail.com")]),
        ("Token number 47, please come fasting, no food after 10 p.m., and bring four passport photos.", []),
        # --- school uniform supplier (Cork)
        ("Hello, you're through to McCarthy School Wear, how can I help?", []),
        ("Hello, Bernie Twomey here, I ordered two jumpers for my granddaughter for Scoil Mhuire and only the one came.",
         [("name", "Bernie Twomey")]),
        ("The order was on the 12th of August, order number 5 5 0 2 1 9, and I paid thirty-eight euro fifty.", []),
        ("The crested jumpers come in age 9-10, 11-12 and 13, and the 13 is out of stock till the 2nd of September.", []),
        ("It came to 3 Ashgrove Lawn, Ballincollig, County Cork, P31 KX62.",
         [("address", "3 Ashgrove Lawn, Ballincollig, County Cork, P31 KX62")], "Can you confirm the delivery address?"),
        ("My landline is oh two one, four eight seven, twenty-two sixty.", [("phone", "oh two one, four eight seven, twenty-two sixty")]),
        ("Ah just refund it, the IBAN is %s." % ib_school, [("iban", ib_school)]),
        ("and the email is bernadette twomey fifty-one all one word at gmail dot com",
         [("email", "bernadette twomey fifty-one all one word at gmail dot com")]),
        # --- heat-pump grant scheme (Cardiff)
        ("Warm Homes Grant helpline, you're speaking to Gethin, how can I help?", [("name", "Gethin")]),
        ("Hello love, yes, my name's Trish, well Patricia Evans-Morgan, I'm seventy-six.",
         [("name", "Trish"), ("name", "Patricia Evans-Morgan")]),
        ("The grant is up to seven thousand five hundred pounds for an air source heat pump, and the property needs an EPC of D or below.", []),
        ("Your EPC certificate number is 0 3 8 4 dash 2 9 7 1 dash 6 4 0 0 dash 2 5 8 5 dash 7 1 1 2.", []),
        ("It was the thirtieth of January, forty-nine.", [("date_of_birth", "thirtieth of January, forty-nine")],
         "Can I confirm your date of birth?"),
        ("I live at 7 Heol Y Felin, Rhiwbina, Cardiff, CF14 6NT.", [("address", "7 Heol Y Felin, Rhiwbina, Cardiff, CF14 6NT")]),
        ("My grandson set up an email for me, it's t-r-i-s-h dot e-m seven six at outlook dot com.",
         [("email", "t-r-i-s-h dot e-m seven six at outlook dot com")]),
        ("The cashback part comes to me, is it, then it's Lloyds, %s." % ib_heat, [("iban", ib_heat)]),
        ("An assessor will come out on Wednesday the 8th between nine and one, and it takes about two hours.", []),
        # --- vending machine refund (Chicago)
        ("SnackRight refunds line, how can I help?", []),
        ("hi yeah my name is darek nowicki the machine on the third floor of the Wacker building ate my five dollar bill",
         [("name", "darek nowicki")]),
        ("Machine ID is %s, it's on the sticker by the coin slot, and it happened at like 2:15 pm on Tuesday." % " ".join(np_("447103922")), []),
        ("We can refund through PayPal or mail a check, refunds under ten dollars are processed in 3 to 5 business days.", []),
        ("paypal is darek dot nowicki at gmail dot com", [("email", "darek dot nowicki at gmail dot com")]),
        ("you can text me at seven seven three, four oh two, eighty-eight nineteen",
         [("phone", "seven seven three, four oh two, eighty-eight nineteen")]),
        ("Or just put it back on my card, %s." % disc, [("card", disc)]),
        ("Your refund reference is SR 2 0 4 4 8 and it'll show as SNACKRIGHT 800 on the statement.", []),
        # --- knitting yarn shop (Hobart)
        ("Hi, Woolly Wombat Yarns, Bec speaking.", [("name", "Bec")]),
        ("Oh hello, it's Dot Hargreaves, I ordered twelve balls of the merino eight-ply in Sea Mist and got Storm instead.",
         [("name", "Dot Hargreaves")]),
        ("Dye lot was 2 2 4 7, and it was forty-two dollars sixty with the shipping.", []),
        ("41 Nelson Road, Mount Nelson, Tasmania 7007.", [("address", "41 Nelson Road, Mount Nelson, Tasmania 7007")],
         "What's the postal address for the replacement?"),
        ("landline is oh three, six two two three, four eight nine one", [("phone", "oh three, six two two three, four eight nine one")]),
        ("It's one of those long card numbers, nineteen digits, %s." % mae, [("card", mae)]),
        ("Or put it back in my old account in England, I still have it, %s." % ib_knit, [("iban", ib_knit)]),
        ("Nineteenth of October, 1944.", [("date_of_birth", "Nineteenth of October, 1944")], "And for our birthday club, your date of birth?"),
        ("No worries, I'll pop them in the post Monday with Australia Post, should be there by Thursday the 9th.", []),
        # --- bail bonds (Atlanta)
        ("Peach State Bail Bonds, we're open twenty-four seven, what's the booking number?", []),
        ("booking number is %s, he's at Fulton County" % " ".join(np_("240091773")), []),
        ("Bond's set at fifteen thousand, our premium is ten percent, so fifteen hundred, and we can do five hundred down.", []),
        ("I'm Tamika Brooks, his sister, I'll be the co-signer.", [("name", "Tamika Brooks")]),
        ("March third, nineteen ninety-six.", [("date_of_birth", "March third, nineteen ninety-six")], "Defendant's date of birth?"),
        ("His social is five two seven, oh nine, eighty-eight forty-one, and mine is %s." % ssn_cos,
         [("id", "five two seven, oh nine, eighty-eight forty-one"), ("id", ssn_cos)]),
        ("I stay at 1187 Cascade Road Southwest, Apartment 12C, Atlanta, 30311.",
         [("address", "1187 Cascade Road Southwest, Apartment 12C, Atlanta, 30311")], "Co-signer's home address?"),
        ("Put the five hundred on the Mastercard, %s." % mc2, [("card", mc2)]),
        ("It's four oh four, three three one, fifty-two eighty, and email tamika dot brooks eighty-eight at icloud dot com.",
         [("phone", "four oh four, three three one, fifty-two eighty"), ("email", "tamika dot brooks eighty-eight at icloud dot com")]),
        ("The agent will meet you at the Rice Street jail in about 45 minutes, release usually takes 4 to 8 hours.", []),
    ]


# ================================================================ Arabic
AR_V = dict(
    c_camel=card("476173012294385"), c_shisha=card("507803112459876"),
    c_majlis=card("588845701226390"), c_felucca=card("455701983310276"),
    c_fes=card("529415007731862"), c_sadu=card("446404123905117"),
    c_palm=card("37649120558301"), c_food=card("517960024418837"),
    ib_well=iban("JO", "ARAB1180000000011920437655"), ib_camel=iban("AE", "0330000010293847561"),
    ib_pitch=iban("SA", "45000000117359028801"), ib_felucca=iban("EG", "0003000841237765190023451"),
    ib_fes=iban("MA", "007810000288830014582913"), ib_palm=iban("SA", "10000031880274466012"),
    ib_food=iban("AE", "0260001015673498201"), ib_sadu=iban("KW", "NBOK0000000000002010146795"),
    n1=saudi("104478236"), n2=saudi("110935724"), n3=saudi("108821653"), n4=saudi("112046789"),
    q1=saudi("231460958"), q2=saudi("245597013"), q3=saudi("220873146"), q4=saudi("251190374"),
)


def aw(s, table=AR_D):
    return words(s, table).replace(",", "،")


def ar1():
    v = AR_V
    ib_well = grp(v["ib_well"], [4] * 8)
    ib_camel = grp(v["ib_camel"], [4] * 6)
    ib_pitch = grp(v["ib_pitch"], [4] * 6)
    ib_fel = grp(v["ib_felucca"], [4] * 8)
    c_camel = ar_ind(grp(v["c_camel"], [4] * 4))
    c_shisha = aw(grp(v["c_shisha"], [4] * 4), AR_D_EG)
    c_majlis = ar_ind(grp(v["c_majlis"], [4] * 4))
    c_fel = grp(v["c_felucca"], [4] * 4)
    n1 = aw(grp(v["n1"], [4, 2, 4]))
    n2 = ar_ind(v["n2"])
    ref_pitch = ar_ind(np_("774102938"))
    chip = ar_ind(np_("984000123456781"))
    return [
        # --- water-well drilling (Mafraq, Levantine)
        ("شركة الينابيع لحفر الآبار، معك المهندس وائل، تفضل.", [("name", "وائل")]),
        ("أهلين، أنا سليمان الخوالدة من المفرق، بدي أستفسر عن حفر بير بأرضي.", [("name", "سليمان الخوالدة")]),
        ("الحفر بيكون عمق تقريبًا ٣٥٠ متر، والمتر بخمسة وعشرين دينار، يعني حوالي ٨٧٥٠ دينار غير المضخة.", []),
        ("لازم ترخيص من سلطة المياه، ورقم الطلب عندهم ٢٠٢٤/٠٣٣٨١٧، وبياخد تقريبًا ستين يوم.", []),
        ("المفرق، حي الحسين، شارع الملك طلال، عمارة سبعة، الطابق التاني.",
         [("address", "المفرق، حي الحسين، شارع الملك طلال، عمارة سبعة، الطابق التاني")], "شو عنوان السكن لعقد الاتفاقية؟"),
        ("رقمي %s، هاد عليه واتساب كمان." % aw("079 531 4802", AR_D_EG), [("phone", aw("079 531 4802", AR_D_EG))]),
        ("الدفعة الأولى رح أحولها من حسابي، الآيبان %s." % ib_well, [("iban", ib_well)]),
        ("أنا مواليد واحد وعشرين نيسان سنة السبعين.", [("date_of_birth", "واحد وعشرين نيسان سنة السبعين")], "وتاريخ ميلادك لو سمحت؟"),
        ("تمام أبو محمد، بنبعتلك الفني يوم الأحد الصبح يعاين الأرض.", [("name", "أبو محمد")]),
        ("يعني الفحص بخمسين دينار وبنخصمها من الفاتورة إذا مشينا بالحفر، والمضخة الغاطسة بين ١٢٠٠ و١٨٠٠.", []),
        # --- camel racing entries (UAE, Gulf)
        ("مكتب تسجيل سباقات الهجن، مساك الله بالخير.", []),
        ("مساك الله بالنور، معاك سعيد بن راشد الكتبي، أبا أسجل ثلاث قعدان في شوط الحقايق.", [("name", "سعيد بن راشد الكتبي")]),
        ("شوط الحقايق يوم الجمعة الساعة سبع الصبح، والمسافة أربعة كيلو، ورسوم التسجيل ٣٠٠ درهم للمطية.", []),
        ("رقم الشريحة حق المطية %s، مكتوب في الكرت الأخضر." % chip, []),
        ("رقمي صفر خمسين، سبعة ستة ثلاثة، أربعة أربعة صفر تسعة.", [("phone", "صفر خمسين، سبعة ستة ثلاثة، أربعة أربعة صفر تسعة")]),
        ("الإيميل سعيد دوت الكتبي سبعة سبعة آت هوتميل دوت كوم.", [("email", "سعيد دوت الكتبي سبعة سبعة آت هوتميل دوت كوم")]),
        ("الجوايز تنزل على الحساب، هذا الآيبان %s، بنك الإمارات دبي الوطني." % ib_camel, [("iban", ib_camel)]),
        ("والرسوم بالبطاقة، %s." % c_camel, [("card", c_camel)]),
        ("أبشر يا سعيد، تم التسجيل، ورقم المشاركة ٤٤٨، والمطايا لازم توصل الميدان قبل بيوم.", [("name", "سعيد")]),
        # --- shisha lounge (Cairo, Egyptian)
        ("كافيه ليالي الزمالك، مساء الفل، معاك كريم.", [("name", "كريم")]),
        ("مساء النور، أنا مروة عبد الحميد، عايزة أحجز ترابيزة لعيد ميلاد صاحبتي يوم الخميس.", [("name", "مروة عبد الحميد")]),
        ("المينيمم للترابيزة ٦٠٠ جنيه للفرد، والشيشة بـ١٢٠، والحجز من تسعة بالليل لحد واحدة.", []),
        ("هنكون حوالي ١٢ واحد، ممكن ترابيزتين جنب الشباك اللي على النيل؟", []),
        ("رقمي %s." % aw("012 847 630 11", AR_D_EG), [("phone", aw("012 847 630 11", AR_D_EG))]),
        ("العربون خمسمية جنيه، هدفعه بالكارت، الرقم %s." % c_shisha, [("card", c_shisha)]),
        ("تمام يا أستاذة مروة، الحجز باسمك يوم الخميس ٢٢ الساعة عشرة.", [("name", "مروة")]),
        ("ابعتلي التأكيد على marwa_abdelhamid93@yahoo.com لو سمحت.", [("email", "marwa_abdelhamid93@yahoo.com")]),
        ("لا معلش، الدي جي بيبدأ حداشر ونص، والتورتة ممنوع تدخل من برة إلا بخمسين جنيه فتح.", []),
        # --- majlis upholstery (Riyadh, Najdi)
        ("مؤسسة الديار للتنجيد، حياك الله.", []),
        ("الله يحييك، معك عبدالله العتيبي، أبي أجدد جلسة المجلس، تقريبًا ١٤ متر كنب أرضي.", [("name", "عبدالله العتيبي")]),
        ("المتر بمية وثمانين ريال مع القماش، والمدة عشرة أيام عمل بعد ما نستلم الجلسة.", []),
        ("الرياض، حي النرجس، شارع عثمان بن عفان، فيلا ٢٢.", [("address", "الرياض، حي النرجس، شارع عثمان بن عفان، فيلا ٢٢")],
         "وين الموقع عشان يجيك المندوب ياخذ المقاسات؟"),
        ("رقم الهوية عشان الفاتورة الضريبية، %s." % n1, [("id", n1)]),
        ("جوالي ٠٥٠٤٤٧٢٩١٨.", [("phone", "٠٥٠٤٤٧٢٩١٨")]),
        ("رقم عرض السعر ٤٥٢٢٠٩٧ وصالح لمدة ١٥ يوم، والقماش التركي زيادة ٣٠ ريال للمتر.", []),
        ("أبشر يا أبو فهد، المندوب يمرك بكرة بعد العصر.", [("name", "أبو فهد")]),
        ("بدفع العربون بمدى، الرقم %s." % c_majlis, [("card", c_majlis)]),
        # --- five-a-side pitch booking (Jeddah, Hijazi)
        ("ملاعب الكورنيش، معاك هتّان، آمر؟", [("name", "هتّان")]),
        ("هلا والله، معك ريان باشراحيل، أبغى أحجز الملعب الخماسي يوم الثلاثاء.", [("name", "ريان باشراحيل")]),
        ("الساعة بمية وخمسين ريال، ومن بعد الساعة ١١ بالليل بمية وعشرين، والإضاءة مشمولة.", []),
        ("أبغى من ٩ لين ١١، ساعتين، واحنا ١٠ لاعيبة.", []),
        ("رقم الهوية %s." % n2, [("id", n2)], "عطني رقم الهوية عشان أسجل الحجز."),
        ("رقمي +966 56 771 3082 واتساب.", [("phone", "+966 56 771 3082")]),
        ("خلاص يا ريان، انحجز لك، رقم الحجز %s وادفع خلال ساعة." % ref_pitch, [("name", "ريان")]),
        ("لو انلغى بسبب المطر رجعوا المبلغ على الآيبان %s." % ib_pitch, [("iban", ib_pitch)]),
        ("ايميلي rayyan underscore b44 at gmail dot com", [("email", "rayyan underscore b44 at gmail dot com")]),
        # --- felucca rides (Aswan, Saidi)
        ("فلوكة نور النيل، أهلًا وسهلًا يا فندم.", []),
        ("أهلًا، اسمي حاتم الشاذلي، عايز أحجز فلوكة للغروب لجروب سياح ألمان.", [("name", "حاتم الشاذلي")]),
        ("الفلوكة بتاخد لحد ١٥ فرد، الساعة بـ٤٠٠ جنيه، والجولة لجزيرة النباتات حوالي ساعتين ونص.", []),
        ("الغروب الأيام دي على الساعة خمسة وربع، فخلينا نتحرك أربعة ونص من مرسى الكورنيش قدام فندق كتراكت.", []),
        ("التحويل هيبقى على حساب المركب، الآيبان %s، بنك مصر." % ib_fel, [("iban", ib_fel)]),
        ("موبايلي +20 10 9384 2271، كلمني عليه يوم الرحلة.", [("phone", "+20 10 9384 2271")]),
        ("ماشي، هدفع فيزا دلوقتي، الرقم %s." % c_fel, [("card", c_fel)], "ممكن تدفع العربون بالفيزا لو تحب."),
        ("الجروب فيه ١٤ واحد و٣ أطفال، والأطفال تحت ٦ سنين مجانًا.", []),
    ]



def ar2():
    v = AR_V
    ib_fes = grp(v["ib_fes"], [4] * 7)
    ib_sadu = grp(v["ib_sadu"], [4] * 8)
    ib_palm = grp(v["ib_palm"], [4] * 6)
    ib_food = grp(v["ib_food"], [4] * 6)
    c_fes = grp(v["c_fes"], [4] * 4)
    c_sadu = aw(grp(v["c_sadu"], [4] * 4))
    p = v["c_palm"]
    c_palm = ar_ind("%s %s %s" % (p[:4], p[4:10], p[10:]))
    c_food = aw(grp(v["c_food"], [4] * 4), AR_D_EG)
    n3 = aw(grp(v["n3"], [3, 3, 4]))
    q2 = ar_ind(v["q2"])
    n4 = ar_ind(grp(v["n4"], [4, 3, 3]))
    q1 = grp(v["q1"], [2, 2, 2, 2, 2])
    q3 = aw(v["q3"][:5]) + "... " + aw(v["q3"][5:])
    order = ar_ind(np_("14720098336521"))
    return [
        # --- leather goods shop (Fes, Darija)
        ("السلام عليكم، دار الجلد فاس، مرحبا.", []),
        ("وعليكم السلام، سميتي يوسف بنجلون، كنت طلبت واحد الجاكيط ديال الجلد وما وصلاتنيش.", [("name", "يوسف بنجلون")]),
        ("الجاكيط كان بألف وتمنمية درهم، والتوصيل كياخد من تلاتة حتى خمسة ديال الأيام.", []),
        ("رقم الكوموند ديالك هو ٩٩٢٠٣٨٤، تصيفط نهار الاثنين مع أمانة.", []),
        ("زنقة ابن خلدون، رقم ٢٣، حي الأندلس، فاس، الطابق الثاني.",
         [("address", "زنقة ابن خلدون، رقم ٢٣، حي الأندلس، فاس، الطابق الثاني")], "عطيني العنوان عافاك."),
        ("النمرة ديالي زيرو ستة، واحد وستين، تمنية وتلاتين، عشرين، سبعة وربعين.",
         [("phone", "زيرو ستة، واحد وستين، تمنية وتلاتين، عشرين، سبعة وربعين")]),
        ("صيفطو ليا الفلوس ف الحساب، الـIBAN ديالي %s." % ib_fes, [("iban", ib_fes)]),
        ("خلصت بالكارط ديال البنك، %s، ويلا بغيتو رجعوها فيها." % c_fes, [("card", c_fes)]),
        ("الإيميل ديالي youssef.bj آروباز gmail.com", [("email", "youssef.bj آروباز gmail.com")]),
        ("واخا السي يوسف، غادي نرجعو ليك الفلوس فـ ٤٨ ساعة.", [("name", "يوسف")]),
        # --- Sadu weaving workshop (Kuwait)
        ("بيت السدو، التسجيل، هلا.", []),
        ("هلا، اسمي دانة العنزي، أبي أسجل بنتي في ورشة السدو للصغار.", [("name", "دانة العنزي")]),
        ("الورشة ثمان حصص، كل سبت من الساعة ٤ لين ٦، والرسوم ٣٥ دينار شامل الخامات.", []),
        ("مواليد ٢٠١٤/٩/٣.", [("date_of_birth", "٢٠١٤/٩/٣")], "كم عمر البنت؟ عطيني تاريخ ميلادها."),
        ("الرميثية، قطعة ٣، شارع ١٤، جادة ٢، منزل ١٨.", [("address", "الرميثية، قطعة ٣، شارع ١٤، جادة ٢، منزل ١٨")], "وعنوان السكن؟"),
        ("تلفوني +965 9984 2207.", [("phone", "+965 9984 2207")]),
        ("الإيميل dana.alenezi آت outlook دوت كوم.", [("email", "dana.alenezi آت outlook دوت كوم")]),
        ("أدفع بالفيزا، %s." % c_sadu, [("card", c_sadu)]),
        ("ولو تبين ترجعين المبلغ إذا ما اكتمل العدد، هذا الآيبان %s." % ib_sadu, [("iban", ib_sadu)]),
        ("الحد الأدنى ستة أطفال، وإذا ما اكتمل العدد لين ١٥ أكتوبر نأجل الورشة أسبوعين.", []),
        # --- dialysis centre (Riyadh, formal)
        ("مركز الأمل لغسيل الكلى، صباح الخير، معكِ الممرضة رزان.", [("name", "رزان")]),
        ("صباح النور، أنا نادية حدّاد، أتصل بخصوص مواعيد والدي، نبغى نغير الجلسات لأيام السبت والاثنين والأربعاء.", [("name", "نادية حدّاد")]),
        ("الجلسة أربع ساعات، من الساعة سبعة الصبح لحد الحادية عشرة، والتأمين يغطي ٨٠ بالمية.", []),
        ("والدي مواليد ١٢/٠٧/١٩٤٨.", [("date_of_birth", "١٢/٠٧/١٩٤٨")], "ما تاريخ ميلاد المريض؟"),
        ("إقامة الوالد %s، وإقامتي أنا %s." % (q3, q1), [("id", q3), ("id", q1)]),
        ("حي الملز، شارع الأحساء، عمارة ١٤، شقة ٥، الرياض.", [("address", "حي الملز، شارع الأحساء، عمارة ١٤، شقة ٥، الرياض")],
         "من أجل خدمة النقل، ما هو عنوانكم؟"),
        ("رقم ملف الوالد في المركز ٣٣٠٧٨، وغرفة ١٢ سرير ٤.", []),
        ("جوالي 0551 204 833، وإيميلي نادية دوت حداد آت هوتميل دوت كوم.",
         [("phone", "0551 204 833"), ("email", "نادية دوت حداد آت هوتميل دوت كوم")]),
        ("تم، ثبتنا السبت الساعة سبعة، ويرجى الحضور قبل الموعد بربع ساعة.", []),
        # --- palm seedlings nursery (Al-Ahsa)
        ("مشتل واحة الأحساء للنخيل، السلام عليكم.", []),
        ("وعليكم السلام، أنا سلطان الشمري، أبغى ٤٠ فسيلة خلاص و٢٠ شيشي.", [("name", "سلطان الشمري")]),
        ("الفسيلة النسيجية بخمسة وثلاثين ريال، والخلاص المتر ونص بـ٢٥٠، والتوصيل للمزرعة ٤٠٠ ريال.", []),
        ("الهوية %s." % n3, [("id", n3)], "أحتاج رقم الهوية للفاتورة."),
        ("والعامل اللي بيستلم إقامته %s." % q2, [("id", q2)]),
        ("والمزرعة باسم الوالد، هويته %s." % n4, [("id", n4)]),
        ("١٤٠٥/٠٦/١٧ هجري.", [("date_of_birth", "١٤٠٥/٠٦/١٧ هجري")], "تاريخ الميلاد حسب الهوية؟"),
        ("العنوان الوطني ٧٨٤٢ شارع الأمير سلطان، حي المزروع، الهفوف ٣٦٣٦١.",
         [("address", "٧٨٤٢ شارع الأمير سلطان، حي المزروع، الهفوف ٣٦٣٦١")]),
        ("جوالي صفر خمسة ثلاثة، ستة ستة ستة، واحد أربعة ثمانية صفر.", [("phone", "صفر خمسة ثلاثة، ستة ستة ستة، واحد أربعة ثمانية صفر")]),
        ("أدفع بالأمريكان إكسبريس، %s." % c_palm, [("card", c_palm)]),
        ("ولو فيه فرق رجعوه على الآيبان %s." % ib_palm, [("iban", ib_palm)]),
        ("الشحنة الأولى يوم الأحد ٢٠ شعبان، والثانية بعدها بأسبوع، والري بالتنقيط أول ٣ شهور كل يومين.", []),
        # --- computer training centre (Beirut, Lebanese)
        ("مركز النخبة للكمبيوتر، بونجور، معك ساندرا.", [("name", "ساندرا")]),
        ("بونجور، أنا ريتا خوري، حابة سجل بدورة الـICDL المسائية.", [("name", "ريتا خوري")]),
        ("الدورة سبع مواد، تلات مرات بالجمعة من ستة لتمانية، والقسط ٣٠٠ دولار فريش.", []),
        ("أنا من مواليد تمانية وعشرين شباط ألفين وواحد.", [("date_of_birth", "تمانية وعشرين شباط ألفين وواحد")]),
        ("رقمي 03 418 672.", [("phone", "03 418 672")]),
        ("الإيميل rita underscore khoury آت جيميل دوت كوم.", [("email", "rita underscore khoury آت جيميل دوت كوم")]),
        ("ساكنة بالأشرفية، شارع مار مخايل، بناية نصر، الطابق الرابع.",
         [("address", "الأشرفية، شارع مار مخايل، بناية نصر، الطابق الرابع")], "وين ساكنة؟ بدنا العنوان للفاتورة."),
        ("الامتحان رح يكون بـ١٥ حزيران، والـSkills Card بتوصلك بالإيميل بعد أسبوع.", []),
        ("في حسم ١٠ بالمية إذا دفعتي القسط كامل قبل أول الشهر.", []),
        # --- food-delivery app support (Dubai, Egyptian caller)
        ("خدمة عملاء سفرة، معاك نور، إزاي أقدر أساعدك؟", [("name", "نور")]),
        ("أيوه، أنا محمود عبد الرازق، الأوردر بتاعي اتأخر ساعة ونص ووصل بارد.", [("name", "محمود عبد الرازق")]),
        ("رقم الأوردر %s، والمبلغ ٨٧ درهم ونص." % order, []),
        ("هنرجعلك ٢٥ درهم كريدت في المحفظة، بيتضاف خلال ٢٤ ساعة.", []),
        ("لا أنا عايز الفلوس ترجع على الكارت، %s." % c_food, [("card", c_food)]),
        ("أو حولهم على الحساب، الآيبان %s." % ib_food, [("iban", ib_food)]),
        ("شقة ٩٠٤، برج الريم، البرشاء ١، دبي.", [("address", "شقة ٩٠٤، برج الريم، البرشاء ١، دبي")], "العنوان المسجل عندك إيه بالظبط؟"),
        ("مواليد تسعة وعشرين أربعة سبعة وتمانين، ليه؟", [("date_of_birth", "تسعة وعشرين أربعة سبعة وتمانين")],
         "عشان نتأكد من الحساب، تاريخ ميلادك لو سمحت؟"),
        ("المطعم كان مطعم أبو شقرة فرع الكرامة، والسواق اتأخر عند إشارة شارع الشيخ زايد.", []),
    ]



def ar3():
    """More lines from the same Arabic calls."""
    v = AR_V
    q4 = aw(grp(v["q4"], [2, 2, 2, 2, 2]))
    return [
        # pitch booking (Jeddah)
        ("ولو تأخرت صاحبي يستلم، هو مقيم وإقامته %s." % q4, [("id", q4)]),
        ("الأسعار شاملة ضريبة القيمة المضافة ١٥٪، والفاتورة توصلك خلال ٣ أيام عمل.", []),
        # leather shop (Fes)
        ("تاريخ الازدياد ديالي ١٧ يونيو ١٩٩٢.", [("date_of_birth", "١٧ يونيو ١٩٩٢")]),
        ("الصيفطة من طنجة لفاس كاتاخد ٢٤ ساعة، والثمن ٣٥ درهم، وإلا بغيتي لاكسبريس زيد ٢٠.", []),
        # shisha lounge (Cairo)
        ("عشان كارت العضوية، مواليد تلاتة تسعة خمسة وتسعين.", [("date_of_birth", "تلاتة تسعة خمسة وتسعين")],
         "لو عايزة كارت العضوية محتاجين تاريخ الميلاد."),
        # felucca (Aswan)
        ("الفلوكة اللي اسمها أم كلثوم فاضية الساعة ستة بس، والتانية نفرتيتي محجوزة لحد الجمعة.", []),
        # food-delivery app (Dubai)
        ("رقم الشكوى %s وهيتواصلوا معاك خلال ٤٨ ساعة." % ar_ind(np_("20241107553218")), []),
        # water well (Mafraq)
        ("المضخة ضمانها سنتين، وموديلها GX-400/18، والكيبل ٩٠ متر على حسابنا.", []),
    ]


# ================================================================ Hebrew
HE_V = dict(
    c_mikveh=card("458003417725913"), c_music=card("532610448802376"),
    c_bake=card("37528401663920"), c_cable=card("401288301564217"),
    c_diners=card("3056930902590"), c_mri=card("555716009243318"),
    c_bridge=card("417633015688420"), c_bus=card("272004193375601"),
    ib_kash=iban("IL", "0126800000004356123"), ib_josh=iban("GB", "HBUK40127656093317"),
    ib_bake=iban("FR", "30003036200002087153421"), ib_cable=iban("IL", "0109120000019837462"),
    ib_olim=iban("IL", "0205310000004412897"), ib_camera=iban("IL", "0117280000000937514"),
    ib_bus=iban("IL", "0311450000007720391"), ib_fa=iban("IL", "0176300000008120554"),
    t_samer=tz("31556820"), t_josh=tz("34210958"), t_fa=tz("20974431"),
    t_olim=tz("33817362"), t_mri=tz("03482917"), t_camera=tz("31774059"),
    t_bus=tz("20066513"), t_olim2=tz("34912476"),
)


def hw(s, fem=True):
    return words(s, HE_F if fem else HE_M)


def he1():
    v = HE_V
    c_mikveh = grp(v["c_mikveh"], [4] * 4, "-")
    c_music = grp(v["c_music"], [4] * 4)
    a = v["c_bake"]
    c_bake = "%s %s %s" % (a[:4], a[4:10], a[10:])
    c_cable = hw(grp(v["c_cable"], [4] * 4))
    t_samer = hw(grp(v["t_samer"], [2, 2, 2, 2]))
    t_josh = grp(v["t_josh"], [3, 3, 3])
    ib_kash = grp(v["ib_kash"], [4] * 6)
    ib_josh = grp(v["ib_josh"], [4] * 6)
    ib_bake = grp(v["ib_bake"], [4] * 7)
    ib_cable = grp(v["ib_cable"], [4] * 6)
    return [
        # --- mikveh appointments (Bnei Brak)
        ("מקווה טהרת הבית, ערב טוב, מדברת רבקי.", [("name", "רבקי")]),
        ("ערב טוב, מדברת חני ויסברג, רציתי לקבוע תור לטבילה ליום רביעי בערב.", [("name", "חני ויסברג")]),
        ("ביום רביעי יש לנו תורים מ-19:30 עד 22:00, כל חצי שעה, והתשלום 60 שקל, או 45 עם כרטיסייה.", []),
        ("אני רוצה אמבטיה פרטית, אפשר בשמונה וחצי?", []),
        ("הטלפון שלי אפס חמש שלוש, שבע שש ארבע, אחת אחת שמונה שתיים.", [("phone", "אפס חמש שלוש, שבע שש ארבע, אחת אחת שמונה שתיים")]),
        ("אז רשמתי אותך, רביעי שמונה וחצי, חדר מספר 3.", []),
        ("אני משלמת באשראי, %s." % c_mikveh, [("card", c_mikveh)]),
        ("ליל הטבילה יוצא השבוע בי\"ב באדר, אז כדאי לקבוע עד יום שלישי.", []),
        # --- kashrut certification (Haifa, Arab citizen)
        ("מחלקת כשרות, רבנות חיפה, שלום.", []),
        ("שלום, שמי סאמר חורי, יש לי מסעדת חומוס בוואדי ניסנאס ואני רוצה תעודת כשרות.", [("name", "סאמר חורי")]),
        ("האגרה החודשית היא 1,800 שקל לפי גודל העסק, ומשגיח מגיע שלוש פעמים בשבוע.", []),
        ("תעודת זהות, %s." % t_samer, [("id", t_samer)], "אני צריך מספר תעודת זהות של בעל העסק."),
        ("והכתובת הפרטית שלי, רחוב עבאס 17, דירה 2, חיפה.", [("address", "רחוב עבאס 17, דירה 2, חיפה")]),
        ("נייד 052-6118403, יעני תתקשרו אחרי שתיים.", [("phone", "052-6118403")]),
        ("המייל, סאמר נקודה חורי שטרודל וואלה נקודה קו נקודה איי אל.", [("email", "סאמר נקודה חורי שטרודל וואלה נקודה קו נקודה איי אל")]),
        ("בסדר סאמר, המשגיח יבוא ביום ראשון לבדיקה ראשונית.", [("name", "סאמר")]),
        ("להחזר של המקדמה, האייבן שלי %s." % ib_kash, [("iban", ib_kash)]),
        ("הספק של הבשר צריך להיות עם הכשר בד\"ץ או רבנות, ואת הטחינה של הר ברכה אין בעיה.", []),
        # --- musical instrument shop (Tel Aviv)
        ("כלי זמר אלנבי, מדבר עומרי.", [("name", "עומרי")]),
        ("היי, זה דניאל, דניאל אזולאי, הבאתי לכם גיטרה לתיקון לפני שבועיים.", [("name", "דניאל", 0), ("name", "דניאל אזולאי")]),
        ("כן, הפנדר סטרטוקאסטר, מספר תיקון 30817, החלפנו סריגים ומיתרים, יוצא 450 שקל.", []),
        ("אפשר לאסוף מחר בין 10 ל-7, ביום שישי עד 2.", []),
        ("תעשה לי את זה בשלושה תשלומים על הכרטיס %s." % c_music, [("card", c_music)]),
        ("אם משהו, אני ב-054-7713920.", [("phone", "054-7713920")]),
        ("ותשלח חשבונית ל daniel.azulay93@gmail.com", [("email", "daniel.azulay93@gmail.com")]),
        ("אחי יש לכם עוד את הגיבסון לס פול שראיתי באינסטגרם ב-8900", []),
        # --- shooting range (Modiin, Anglo oleh)
        ("מטווח השומרון, שלום, מדברת ליאת.", [("name", "ליאת")]),
        ("היי, אממ, קוראים לי ג'וש, יהושע גולדברג, I mean, אני רוצה לחדש את הרישיון ולעשות את האימון.",
         [("name", "ג'וש"), ("name", "יהושע גולדברג")]),
        ("האימון לחידוש זה 350 שקל, כולל 50 כדורים, 9 מילימטר, וזה לוקח בערך שעתיים.", []),
        ("תעודת זהות %s." % t_josh, [("id", t_josh)]),
        ("אממ, שתים עשרה שש שמונים ושמונה.", [("date_of_birth", "שתים עשרה שש שמונים ושמונה")], "ותאריך לידה?"),
        ("אני גר ברחוב עמק איילון 23, דירה 8, מודיעין.", [("address", "רחוב עמק איילון 23, דירה 8, מודיעין")]),
        ("הכי טוב בסלולרי, my cell, +972 58 441 2076.", [("phone", "+972 58 441 2076")]),
        ("מחכים לך ביום חמישי ב-16:00, תביא את הרישיון הישן ואת האישור הרפואי.", []),
        ("את ההחזר על התשלום הכפול תעבירו לחשבון שלי באנגליה, %s." % ib_josh, [("iban", ib_josh)]),
        # --- baking workshop (Rishon LeZion, French olah)
        ("סדנאות האפייה של מאפה ושות', שלום.", []),
        ("שלום, אני אלודי בן חמו, euh, אני רוצה להירשם לסדנת הקרואסונים.", [("name", "אלודי בן חמו")]),
        ("הסדנה בימי שלישי, ארבעה מפגשים של שלוש שעות, 780 שקל כולל חומרים, מקסימום 12 משתתפים.", []),
        ("המייל זה elodie נקודה benhamou שטרודל orange נקודה fr.", [("email", "elodie נקודה benhamou שטרודל orange נקודה fr")]),
        ("הטלפון, אפס חמישים, שלוש, שלושים ושלוש, אחת עשרה, תשעים ושבע.",
         [("phone", "אפס חמישים, שלוש, שלושים ושלוש, אחת עשרה, תשעים ושבע")]),
        ("אפשר להחזיר לחשבון הצרפתי שלי? %s." % ib_bake, [("iban", ib_bake)]),
        ("אני משלמת באמריקן אקספרס, %s." % c_bake, [("card", c_bake)]),
        ("מעולה אלודי, נתראה ביום שלישי בשש.", [("name", "אלודי")]),
        ("הסדנה ברחוב רוטשילד 40, קומה 2, ליד הבנק, וחניה יש בכחול לבן.", []),
        # --- cable car, group tickets (Rosh HaNikra, Russian-speaking olah)
        ("נקרות ראש הנקרה, הזמנות קבוצתיות, שלום.", []),
        ("שלום, מדברת סבטה, סבטלנה קוגן, מנהריה, אני רוצה להזמין כרטיסים לקבוצה של פנסיונרים.",
         [("name", "סבטה"), ("name", "סבטלנה קוגן")]),
        ("לקבוצות מעל 20 איש המחיר 49 שקל לאדם במקום 62, והרכבל פועל מ-9 עד 16:00.", []),
        ("אנחנו 34 אנשים, ביום רביעי ה-14 במאי, עם אוטובוס, מגיעים בסביבות 10.", []),
        ("טלפון בבית אפס ארבע, תשע תשע אחת, שלוש אפס, שמונה שתיים.", [("phone", "אפס ארבע, תשע תשע אחת, שלוש אפס, שמונה שתיים")]),
        ("מייל sveta_kogan1961 שטרודל mail.ru", [("email", "sveta_kogan1961 שטרודל mail.ru")]),
        ("אני משלמת בכרטיס שלי, %s." % c_cable, [("card", c_cable)]),
        ("או בהעברה, זה האייבן של המועדון, %s." % ib_cable, [("iban", ib_cable)]),
        ("תודה סבטלנה, ההזמנה נשלחה, מספר אישור 7750213.", [("name", "סבטלנה")]),
    ]



def he2():
    v = HE_V
    c_diners = grp(v["c_diners"], [4, 6, 4])
    c_mri = grp(v["c_mri"], [4] * 4)
    c_bridge = ew(grp(v["c_bridge"], [4] * 4))
    c_bus = grp(v["c_bus"], [4] * 4, "-")
    t_fa = hw(grp(v["t_fa"], [4, 4, 1]), fem=False)
    t_olim = grp(v["t_olim"], [8, 1], "-")
    t_olim2 = hw(grp(v["t_olim2"], [3, 3, 3]))
    t_mri = hw(grp(v["t_mri"], [4, 3, 2]))
    t_camera = v["t_camera"]
    t_bus = hw(grp(v["t_bus"], [2, 3, 4]))
    ib_fa = grp(v["ib_fa"], [4] * 6)
    ib_olim = grp(v["ib_olim"], [4] * 6)
    ib_camera = v["ib_camera"]
    ib_bus = grp(v["ib_bus"], [4] * 6)
    return [
        # --- first-aid course (Be'er Sheva, Ethiopian-Israeli caller)
        ("קורסי עזרה ראשונה חובש פלוס, בוקר טוב.", []),
        ("בוקר טוב, שמי ברהנו אדמסו, אני צריך קורס עזרה ראשונה בשביל העבודה בגן.", [("name", "ברהנו אדמסו")]),
        ("הקורס 44 שעות, ארבעה ימים, מ-8:30 עד 17:00, המחיר 1,250 שקל, והתעודה בתוקף לשנתיים.", []),
        ("תעודת זהות שלי, %s." % t_fa, [("id", t_fa)]),
        ("נולדתי ב-23 בספטמבר 1994.", [("date_of_birth", "23 בספטמבר 1994")], "ותאריך לידה בשביל התעודה?"),
        ("באר שבע, שכונה ד', רחוב יהודה הלוי 11, דירה 6.", [("address", "באר שבע, שכונה ד', רחוב יהודה הלוי 11, דירה 6")],
         "לאיזו כתובת לשלוח את התעודה?"),
        ("אני משלם בדיינרס, %s." % c_diners, [("card", c_diners)]),
        ("ואם הקורס מתבטל, תחזירו לחשבון הזה, %s." % ib_fa, [("iban", ib_fa)]),
        ("המייל berhanu.a שטרודל walla נקודה com", [("email", "berhanu.a שטרודל walla נקודה com")]),
        ("הקורס הבא מתחיל ב-3 בנובמבר, ויש עוד 6 מקומות מתוך 18.", []),
        # --- absorption centre housing (Ashdod, Ukrainian olim)
        ("מרכז קליטה אשדוד, מחלקת דיור, שלום.", []),
        ("שלום, אני אולג, אולג מלניק, עלינו לפני חודשיים מחרקוב, אני ואשתי.", [("name", "אולג", 0), ("name", "אולג מלניק")]),
        ("דמי השכירות בדירה זמנית הם 1,900 שקל לחודש, ואתם זכאים לשנה אחת, עם אפשרות הארכה לשישה חודשים.", []),
        ("מספר תעודת זהות, %s." % t_olim, [("id", t_olim)]),
        ("ושל אשתי, רגע, %s." % t_olim2, [("id", t_olim2)]),
        ("אני נולדתי 5.8.1979, אשתי 17.2.1982.", [("date_of_birth", "5.8.1979"), ("date_of_birth", "17.2.1982")]),
        ("+972 55 663 0184, זה הפלאפון שלי.", [("phone", "+972 55 663 0184")]),
        ("oleg.melnyk79 שטרודל ג'ימייל נקודה קום", [("email", "oleg.melnyk79 שטרודל ג'ימייל נקודה קום")], "ומייל?"),
        ("סל הקליטה נכנס לחשבון בבנק, %s." % ib_olim, [("iban", ib_olim)], "לאיזה חשבון נכנס סל הקליטה?"),
        ("הכתובת הנוכחית, רחוב שבטי ישראל 9, דירה 14, רובע ג', אשדוד.", [("address", "רחוב שבטי ישראל 9, דירה 14, רובע ג', אשדוד")]),
        ("האולפן מתחיל ב-1 בספטמבר, חמישה ימים בשבוע, 8:00 עד 13:00, בבניין 4.", []),
        # --- MRI imaging institute (Petah Tikva, older native caller)
        ("מכון דימות השרון, שלום, מדבר אלון.", [("name", "אלון")]),
        ("שלום, מדבר משה פרידמן, יש לי הפניה ל-MRI של הגב התחתון מקופת חולים.", [("name", "משה פרידמן")]),
        ("התור הפנוי הראשון הוא ב-27 במרץ בשעה 23:40, או ב-2 באפריל ב-6:15 בבוקר.", []),
        ("ההתחייבות בתוקף 90 יום, מספר התחייבות 11487203, וההשתתפות העצמית 165 שקל.", []),
        ("ת.ז. %s." % t_mri, [("id", t_mri)]),
        ("עשרים וארבעה בחמישי, ארבעים ושבע.", [("date_of_birth", "עשרים וארבעה בחמישי, ארבעים ושבע")], "ותאריך לידה, אדוני?"),
        ("רחוב ז'בוטינסקי 88, פתח תקווה.", [("address", "רחוב ז'בוטינסקי 88, פתח תקווה")], "ומה הכתובת שלך, לשלוח את הפענוח בדואר?"),
        ("טלפון בבית 03-9312874.", [("phone", "03-9312874")]),
        ("אשראי, %s." % c_mri, [("card", c_mri)]),
        ("להגיע חצי שעה לפני, בלי תכשיטים ובלי מפתחות, והבדיקה עצמה 40 דקות.", []),
        # --- bridge club (Ra'anana, older Anglo olah)
        ("מועדון הברידג' רעננה, שלום.", []),
        ("Hello, כן, שלום, my name is Shirley, שירלי כהן-לוי, I want to register for the Tuesday duplicate.",
         [("name", "Shirley"), ("name", "שירלי כהן-לוי")]),
        ("הטורניר בימי שלישי ב-19:30, 16 שולחנות, דמי השתתפות 40 שקל, 30 לחברים.", []),
        ("I was born... ב-11 במרץ, 1941.", [("date_of_birth", "11 במרץ, 1941")]),
        ("רחוב אחוזה 112, דירה 3, רעננה.", [("address", "רחוב אחוזה 112, דירה 3, רעננה")], "כתובת למשלוח כרטיס החבר?"),
        ("The card, כן, %s." % c_bridge, [("card", c_bridge)]),
        ("email, shirley dot c l at bezeqint dot net", [("email", "shirley dot c l at bezeqint dot net")]),
        ("דמי חבר שנתיים 600 שקל, ויש הנחה של 10 אחוז למי שמשלם עד סוף ינואר.", []),
        # --- camera repair lab (Jerusalem, caller from Abu Ghosh)
        ("מעבדת הצילום, ירושלים, שלום.", []),
        ("שלום, אני רנין עבד אלרחמן, מאבו גוש, המצלמה שלי, קנון R6, נפלה והעדשה נתקעה.", [("name", "רנין עבד אלרחמן")]),
        ("הבדיקה 150 שקל, ואם מתקנים זה יורד מהמחיר, והתיקון לוקח 10 עד 14 ימי עבודה.", []),
        ("תעודת זהות %s." % t_camera, [("id", t_camera)]),
        ("שלושה באוקטובר תשעים ושש.", [("date_of_birth", "שלושה באוקטובר תשעים ושש")], "תאריך לידה בשביל האחריות?"),
        ("הנייד שלי 050-2284417.", [("phone", "050-2284417")]),
        ("רחוב המעיין 4, אבו גוש.", [("address", "רחוב המעיין 4, אבו גוש")], "לאיזו כתובת להחזיר את המצלמה בשליח?"),
        ("אם זה לא שווה לתקן, תחזירו את דמי הבדיקה ל-%s." % ib_camera, [("iban", ib_camera)]),
        ("העדשה 24-105, מספר סידורי 8802113907, עוד באחריות עד 2026?", []),
        # --- event minibus hire (Daliyat al-Karmel, Druze caller)
        ("הסעות הכרמל, מדבר שמעון.", [("name", "שמעון")]),
        ("אהלן, מדבר ואיל חלבי מדלית אל כרמל, אני צריך מיניבוס לחתונה.", [("name", "ואיל חלבי")]),
        ("מיניבוס 20 מקומות מדלית לנצרת וחזור זה 1,400 שקל, ואם זה אחרי חצות עוד 300.", []),
        ("החתונה ב-18 ביולי, יוצאים בשש וחצי מהכיכר, חוזרים בערך באחת.", []),
        ("תעודת זהות %s." % t_bus, [("id", t_bus)]),
        ("חמש עשרה באפריל שמונים.", [("date_of_birth", "חמש עשרה באפריל שמונים")], "ותאריך לידה של המזמין?"),
        ("רחוב הרקפות 12, דלית אל כרמל.", [("address", "רחוב הרקפות 12, דלית אל כרמל")], "לאן לשלוח את החשבונית?"),
        ("המקדמה 500 בכרטיס, %s." % c_bus, [("card", c_bus)]),
        ("ואם מבטלים, להחזיר ל-%s." % ib_bus, [("iban", ib_bus)]),
        ("wael.halabi שטרודל hotmail.com, הכל באותיות קטנות.", [("email", "wael.halabi שטרודל hotmail.com")]),
        ("יש לנו גם אוטובוס 50 מקומות, אבל הוא תפוס עד ה-20 לחודש.", []),
    ]


# ================================================================ Greek
EL_V = dict(
    c_shelter=card("450903318426770"), c_yacht=card("516732099104583"),
    c_refuge=card("479260118833021"), c_book=card("552214870036619"),
    c_quad=card("404177253390148"), c_wood=card("535566710022947"),
    c_stamp=card("37820144992156"), c_pool=card("3614890064791"),
    ib_yacht=iban("GR", "01724510005450112873341"), ib_acc=iban("CY", "005001230000004471936018"),
    ib_quad=iban("DE", "760400610218834755"), ib_wood=iban("GR", "01107230000723084419276"),
    ib_asb=iban("CY", "002004560000000357218844"), ib_stamp=iban("GR", "02601870000910200487735"),
    ib_pool=iban("CY", "018001420000001208832617"), ib_life=iban("GR", "01409710971002101188243"),
    a_shelter=afm("04718236"), a_yacht=afm("12790354"), a_elec=afm("09935127"),
    a_book=afm("04462197"), a_acc=afm("13308846"), a_wood=afm("11583020"),
    a_stamp=afm("16624793"), a_life=afm("07239615"),
)


def gw(s):
    return words(s, EL_D)


def el1():
    v = EL_V
    a_shelter = gw(grp(v["a_shelter"], [3, 3, 3]))
    a_elec = gw(grp(v["a_elec"], [3, 3, 3]))
    a_book = grp(v["a_book"], [3, 3, 3])
    a_acc = gw(grp(v["a_acc"], [2, 2, 2, 3]))
    c_shelter = grp(v["c_shelter"], [4] * 4)
    c_yacht = gw(grp(v["c_yacht"], [4] * 4))
    c_refuge = gw(grp(v["c_refuge"], [4] * 4))
    c_book = grp(v["c_book"], [4] * 4)
    ib_yacht = grp(v["ib_yacht"], [4] * 7)
    ib_acc = grp(v["ib_acc"], [4] * 7)
    chip = grp(np_("300220000154783"), [3, 4, 4, 4])
    return [
        # --- stray-animal shelter adoption (Thessaloniki)
        ("Φιλοζωικό καταφύγιο Θεσσαλονίκης, καλημέρα, είμαι η Δήμητρα.", [("name", "Δήμητρα")]),
        ("Καλημέρα, με λένε Κατερίνα Παπαδοπούλου, είδα στο Instagram τον Μπόμπο, το λευκό σκυλάκι, και θέλω να τον υιοθετήσω.",
         [("name", "Κατερίνα Παπαδοπούλου")]),
        ("Η υιοθεσία δεν κοστίζει, ζητάμε μόνο μια δωρεά 30 ευρώ για το τσιπάκι και τα εμβόλια, και ο Μπόμπος είναι 4 χρονών.", []),
        ("Το ΑΦΜ μου είναι %s." % a_shelter, [("id", a_shelter)], "Για το συμφωνητικό υιοθεσίας χρειάζομαι ΑΦΜ."),
        ("Μένω στην Εγνατίας 112, τρίτος όροφος, 54630.", [("address", "Εγνατίας 112, τρίτος όροφος, 54630")]),
        ("Το κινητό μου, έξι εννιά τέσσερα τέσσερα, εφτακόσια δεκαοχτώ, διακόσια τρία.",
         [("phone", "έξι εννιά τέσσερα τέσσερα, εφτακόσια δεκαοχτώ, διακόσια τρία")]),
        ("k.papadopoulou παπάκι gmail τελεία com", [("email", "k.papadopoulou παπάκι gmail τελεία com")], "Και ένα email;"),
        ("Τέλεια, κυρία Παπαδοπούλου, σας περιμένουμε το Σάββατο στις 11 για γνωριμία.", [("name", "Παπαδοπούλου")]),
        ("Ο αριθμός τσιπ είναι %s, θα τον γράψουμε στο βιβλιάριο υγείας." % chip, []),
        ("Θέλω να κάνω και μια δωρεά 50 ευρώ με κάρτα, %s." % c_shelter, [("card", c_shelter)]),
        # --- yacht charter (Lefkada)
        ("Ionian Blue Charters, γεια σας.", []),
        ("Γεια σας, είμαι ο Στέλιος Μαυρίδης, είχα κλείσει το Bavaria 46 για μια εβδομάδα τον Ιούλιο.", [("name", "Στέλιος Μαυρίδης")]),
        ("Η εβδομάδα από 5 έως 12 Ιουλίου είναι 3.850 ευρώ, συν 180 ο τελικός καθαρισμός, και η εγγύηση 1.500.", []),
        ("ΑΦΜ %s, για το μισθωτήριο." % v["a_yacht"], [("id", v["a_yacht"])]),
        ("Την εγγύηση να μου την επιστρέψετε στο %s." % ib_yacht, [("iban", ib_yacht)]),
        ("Γεννήθηκα στις 14 Μαρτίου 1986.", [("date_of_birth", "14 Μαρτίου 1986")], "Για το δίπλωμα του κυβερνήτη, ημερομηνία γέννησης;"),
        ("Εντάξει κύριε Μαυρίδη, το σκάφος σας περιμένει στη μαρίνα Λευκάδας, θέση Δ-14, από τις 5 το απόγευμα.", [("name", "Μαυρίδη")]),
        ("Αν με χάσετε, +30 697 412 8830.", [("phone", "+30 697 412 8830")]),
        ("Την προκαταβολή με Mastercard, %s." % c_yacht, [("card", c_yacht)]),
        # --- mountain refuge (Olympus)
        ("Καταφύγιο Σπήλιος Αγαπητός, παρακαλώ.", []),
        ("Γεια, λέγομαι Νίκος Τσιρίγος, θέλουμε να κλείσουμε τέσσερα κρεβάτια για το Σάββατο.", [("name", "Νίκος Τσιρίγος")]),
        ("Η διανυκτέρευση είναι 16 ευρώ για μέλη ΕΟΣ και 22 για μη μέλη, το δείπνο στις 7 και το φως σβήνει στις 10.", []),
        ("Ανεβαίνουμε από Πριόνια γύρω στις 9, κάνουμε περίπου τρεισήμισι ώρες.", []),
        ("κινητό 697 33 45 218", [("phone", "697 33 45 218")]),
        ("nikos κάτω παύλα tsirigos ενενήντα εννιά παπάκι yahoo τελεία gr",
         [("email", "nikos κάτω παύλα tsirigos ενενήντα εννιά παπάκι yahoo τελεία gr")], "Το email σου;"),
        ("Η κάρτα είναι %s." % c_refuge, [("card", c_refuge)]),
        ("οκ Νίκο τα λέμε το σάββατο φέρτε υπνόσακο και φακό", [("name", "Νίκο")]),
        # --- electrician call-out (Athens, older caller)
        ("Ηλεκτρολογικές εργασίες Σταθόπουλος, λέγετε.", []),
        ("Ναι, καλησπέρα, είμαι η Ευτέρπη Καραγιάννη, μου έπεσε ο γενικός και δεν ξανανεβαίνει, είμαι χωρίς ρεύμα από τις έξι.",
         [("name", "Ευτέρπη Καραγιάννη")]),
        ("Η επίσκεψη είναι 40 ευρώ, και μετά ό,τι χρειαστεί, ο μάστορας μπορεί να 'ρθει σε μία ώρα.", []),
        ("Η διεύθυνση είναι Αγίου Μελετίου 23, στα Πατήσια, δεύτερος όροφος.",
         [("address", "Αγίου Μελετίου 23, στα Πατήσια, δεύτερος όροφος")]),
        ("Το σταθερό μου, δύο δέκα, ογδόντα έξι, σαράντα εφτά, τριακόσια δεκαεννιά.",
         [("phone", "δύο δέκα, ογδόντα έξι, σαράντα εφτά, τριακόσια δεκαεννιά")]),
        ("ΑΦΜ για την απόδειξη, εεε, μισό λεπτό, %s." % a_elec, [("id", a_elec)]),
        ("Εντάξει κυρία Ευτέρπη, ο ηλεκτρολόγος είναι καθ' οδόν.", [("name", "Ευτέρπη")]),
        ("Αν είναι ο ρελές διαρροής, ο καινούργιος 40 αμπέρ κοστίζει 65 ευρώ με την εργασία.", []),
        # --- bookbinding (Nafplio)
        ("Βιβλιοδετείο Αναγέννηση, καλημέρα σας.", []),
        ("Καλημέρα, με λένε Άρη Κωνσταντίνου, θέλω να δέσω τη διατριβή μου, πέντε αντίτυπα.", [("name", "Άρη Κωνσταντίνου")]),
        ("Σκληρόδετο με χρυσοτυπία στη ράχη είναι 28 ευρώ το τεμάχιο, έτοιμα σε τρεις εργάσιμες, δηλαδή την Πέμπτη 17.", []),
        ("Στείλτε μου τα δοκιμαστικά στο aris.konst@hotmail.com", [("email", "aris.konst@hotmail.com")]),
        ("ΑΦΜ %s, θέλω τιμολόγιο." % a_book, [("id", a_book)]),
        ("Τηλέφωνο 27520 23814.", [("phone", "27520 23814")]),
        ("Πληρώνω με κάρτα, %s." % c_book, [("card", c_book)]),
        ("Η διατριβή είναι 312 σελίδες, Α4, και θέλω το εξώφυλλο σε μπορντό με τη χρονιά 2025.", []),
        # --- private accountant (Limassol, Cypriot)
        ("Λογιστικό γραφείο Χ. Ιωάννου και Συνεργάτες, καλημέρα.", []),
        ("Καλημέρα, ο Χαράλαμπος είμαι, ο Λάμπης, ο πελάτης σας που έχει την ταβέρνα στη Γερμασόγεια.",
         [("name", "Χαράλαμπος"), ("name", "Λάμπης")]),
        ("Ναι κύριε Λάμπη, πείτε μου.", [("name", "Λάμπη")]),
        ("Η φορολογική δήλωση για το 2023 πρέπει να μπει μέχρι τις 31 Ιουλίου, και το ΦΠΑ του τριμήνου είναι 2.340 ευρώ.", []),
        ("Ο λογαριασμός για την επιστροφή φόρου είναι %s." % ib_acc, [("iban", ib_acc)]),
        ("Το κινητό μου εν ενενήντα εννιά, τετρακόσια ογδόντα δύο, εξακόσια δεκαεφτά.",
         [("phone", "ενενήντα εννιά, τετρακόσια ογδόντα δύο, εξακόσια δεκαεφτά")]),
        ("Τζιαι για το σπίτι στη Θεσσαλονίκη έχω ελληνικό ΑΦΜ, %s." % a_acc, [("id", a_acc)]),
        ("Γεννήθηκα εικοσιπέντε του έξι του εξήντα εννιά.", [("date_of_birth", "εικοσιπέντε του έξι του εξήντα εννιά")]),
        ("Η διεύθυνση για τα χαρτιά, Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, Λεμεσός 3030.",
         [("address", "Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, Λεμεσός 3030")]),
    ]



def el2():
    v = EL_V
    a_life = gw(grp(v["a_life"], [2, 3, 4]))
    a_wood = grp(v["a_wood"], [3, 3, 3], "-")
    a_stamp = gw(grp(v["a_stamp"], [3, 3, 3]))
    c_quad = grp(v["c_quad"], [4] * 4)
    c_wood = grp(v["c_wood"], [4] * 4, "-")
    s = v["c_stamp"]
    c_stamp = "%s %s %s" % (s[:4], s[4:10], s[10:])
    p = v["c_pool"]
    c_pool = gw("%s %s %s" % (p[:4], p[4:10], p[10:]))
    ib_life = grp(v["ib_life"], [4] * 7)
    ib_quad = grp(v["ib_quad"], [4] * 6)
    ib_wood = grp(v["ib_wood"], [4] * 7)
    ib_asb = grp(v["ib_asb"], [4] * 7)
    ib_stamp = v["ib_stamp"]
    ib_pool = grp(v["ib_pool"], [4] * 7)
    return [
        # --- lifeguard course (Chania)
        ("Σχολή ναυαγοσωστών Κρήτης, γεια σας.", []),
        ("Γεια σας, με λένε Μανώλη Βρεντζό, θέλω να γραφτώ στο σεμινάριο του Μαΐου.", [("name", "Μανώλη Βρεντζό")]),
        ("Το σεμινάριο είναι 12 μέρες, 120 ώρες, κοστίζει 380 ευρώ, και οι εξετάσεις είναι στις 28 Μαΐου στο κολυμβητήριο.", []),
        ("Πρέπει να κολυμπάς 50 μέτρα σε κάτω από 45 δευτερόλεπτα και 200 μέτρα ελεύθερο χωρίς στάση.", []),
        ("Γεννήθηκα δεκαεφτά Αυγούστου του 2004.", [("date_of_birth", "δεκαεφτά Αυγούστου του 2004")]),
        ("ΑΦΜ, %s." % a_life, [("id", a_life)]),
        ("Μένω στην Αποκορώνου 35, Χανιά.", [("address", "Αποκορώνου 35, Χανιά")]),
        ("6945 081 127, αυτό είναι το κινητό μου.", [("phone", "6945 081 127")]),
        ("Για την επιστροφή της προκαταβολής, %s." % ib_life, [("iban", ib_life)]),
        ("ωραία Μανώλη θα σου στείλω το πρόγραμμα στο μέσεντζερ", [("name", "Μανώλη")]),
        # --- quad-bike rental (Naxos, German visitor)
        ("Naxos Moto Rent, καλημέρα.", []),
        ("Καλημέρα, με λένε Sarah Müller, θέλω να νοικιάσω δύο γουρούνες για τρεις μέρες.", [("name", "Sarah Müller")]),
        ("Η γουρούνα 300 κυβικά είναι 45 ευρώ τη μέρα, με κράνη και μικτή ασφάλεια, και η εγγύηση 200.", []),
        ("03/11/1991.", [("date_of_birth", "03/11/1991")], "Ημερομηνία γέννησης, όπως στο δίπλωμα;"),
        ("Το email είναι sarah.mueller@web.de.", [("email", "sarah.mueller@web.de")]),
        ("Η εγγύηση να γυρίσει στο γερμανικό μου λογαριασμό, %s." % ib_quad, [("iban", ib_quad)]),
        ("Πληρώνω με Visa, %s." % c_quad, [("card", c_quad)]),
        ("Μένουμε στο Studios Anemos στην Αγία Άννα, δίπλα στο σούπερ μάρκετ.", []),
        ("Εντάξει Sarah, περάστε από το γραφείο στο λιμάνι στις 9.", [("name", "Sarah")]),
        # --- carpentry, fitted wardrobes (Larissa)
        ("Ξυλουργείο Τσακίρης, λέγετε.", []),
        ("Γεια σας, εδώ Βασιλική Ζαφειρίου, ήρθε ο τεχνίτης και πήρε μέτρα για ντουλάπα στο υπνοδωμάτιο.", [("name", "Βασιλική Ζαφειρίου")]),
        ("Η ντουλάπα 2,40 επί 2,60, με συρόμενες πόρτες, βγαίνει 1.890 ευρώ με ΦΠΑ 24%, παράδοση σε 5 με 6 εβδομάδες.", []),
        ("ΑΦΜ: %s." % a_wood, [("id", a_wood)]),
        ("Η διεύθυνση είναι Παπαναστασίου 71, τέταρτος όροφος, Λάρισα 41222.", [("address", "Παπαναστασίου 71, τέταρτος όροφος, Λάρισα 41222")]),
        ("Αν χρειαστεί επιστροφή, το IBAN μου είναι %s." % ib_wood, [("iban", ib_wood)]),
        ("Την προκαταβολή με κάρτα, %s." % c_wood, [("card", c_wood)]),
        ("Σταθερό 2410 618 552.", [("phone", "2410 618 552")]),
        ("vasiliki κάτω παύλα zaf παπάκι gmail τελεία com", [("email", "vasiliki κάτω παύλα zaf παπάκι gmail τελεία com")], "Και ένα email για το σχέδιο;"),
        ("Γεννήθηκα 30 Οκτωβρίου 1983, γιατί;", [("date_of_birth", "30 Οκτωβρίου 1983")], "Για την εγγύηση χρειάζομαι και ημερομηνία γέννησης."),
        ("Ευχαριστώ κυρία Ζαφειρίου, θα σας στείλουμε το σχέδιο μέχρι την Τετάρτη.", [("name", "Ζαφειρίου")]),
        # --- asbestos survey (Nicosia, Cypriot)
        ("Καλημέρα, AsbestoCheck Κύπρου, η Άντρη είμαι.", [("name", "Άντρη")]),
        ("Καλημέρα, ο Γιωρκής Χατζηγεωργίου εδώ, είχα ζητήσει επιθεώρηση για την παλιά ταράτσα.", [("name", "Γιωρκής Χατζηγεωργίου")]),
        ("Η επιθεώρηση με δειγματοληψία είναι 350 ευρώ συν ΦΠΑ 19%, και τα αποτελέσματα του εργαστηρίου σε 10 εργάσιμες.", []),
        ("Στην οδό Θεμιστοκλή Δέρβη 18, Στρόβολος, 2066.", [("address", "οδό Θεμιστοκλή Δέρβη 18, Στρόβολος, 2066")],
         "Πού ακριβώς είναι το σπίτι;"),
        ("Εικοσιτρείς Φεβρουαρίου του πενήντα εννιά.", [("date_of_birth", "Εικοσιτρείς Φεβρουαρίου του πενήντα εννιά")],
         "Ημερομηνία γέννησης του ιδιοκτήτη;"),
        ("Για την επιστροφή, %s." % ib_asb, [("iban", ib_asb)]),
        ("Κινητό +357 96 315 440.", [("phone", "+357 96 315 440")]),
        ("Το email μου εν giorkis.ch@cytanet.com.cy", [("email", "giorkis.ch@cytanet.com.cy")]),
        ("Εντάξει κύριε Γιωρκή, ο επιθεωρητής εννά έρτει την Πέμπτη στις οκτώ.", [("name", "Γιωρκή")]),
        ("Το σπίτι εν του 1974, τζιαι η ταράτσα εν περίπου 90 τετραγωνικά.", []),
        # --- stamp shop (Patras, older collector)
        ("Φιλοτελικό κατάστημα Πάτρας, παρακαλώ.", []),
        ("Καλησπέρα, ο Διονύσης Λεκκός είμαι, ο συλλέκτης, για τη σειρά του 1896, τους Ολυμπιακούς.", [("name", "Διονύσης Λεκκός")]),
        ("Η πλήρης σειρά του 1896 σε καλή κατάσταση είναι 2.400 ευρώ, και το φύλλο με τον Ερμή 85.", []),
        ("Ο κατάλογος Hellas 2024, σελίδα 37, αριθμοί 108 έως 119.", []),
        ("ΑΦΜ, %s." % a_stamp, [("id", a_stamp)]),
        ("Θα πληρώσω με την Αμέρικαν, %s." % c_stamp, [("card", c_stamp)]),
        ("Στείλτε τα στη Μαιζώνος 144, Πάτρα 26222.", [("address", "Μαιζώνος 144, Πάτρα 26222")]),
        ("Ή κάντε μου επιστροφή στο %s αν δεν είναι σε καλή κατάσταση." % ib_stamp, [("iban", ib_stamp)]),
        ("Είμαι γεννημένος δέκα Ιανουαρίου του πενήντα δύο.", [("date_of_birth", "δέκα Ιανουαρίου του πενήντα δύο")],
         "Για την κάρτα μέλους της λέσχης, ημερομηνία γέννησης;"),
        ("lekkos.d@otenet.gr, με δύο κάπα.", [("email", "lekkos.d@otenet.gr")]),
        # --- swimming-pool builder (Paphos)
        ("Blue Lagoon Pools, Πάφος, καλησπέρα.", []),
        ("Καλησπέρα, λέγομαι Παναγιώτα Ευαγόρου, θέλω προσφορά για πισίνα οκτώ επί τέσσερα.", [("name", "Παναγιώτα Ευαγόρου")]),
        ("Πισίνα 8 επί 4 με βάθος 1,20 έως 1,80 ξεκινά από 28.500 ευρώ, με σύστημα αλμύρας 3.200 παραπάνω.", []),
        ("Χρειάζεται άδεια οικοδομής από τον Δήμο Πάφου, παίρνει περίπου 3 μήνες.", []),
        ("Γεννήθηκα 9/4/1977.", [("date_of_birth", "9/4/1977")], "Για το συμβόλαιο, ημερομηνία γέννησης;"),
        ("Μένω στην οδό Γλάδστωνος 12, Κάτω Πάφος, 8046.", [("address", "οδό Γλάδστωνος 12, Κάτω Πάφος, 8046")]),
        ("Το τηλέφωνο, ενενήντα εφτά, εξήντα ένα, είκοσι οχτώ, τριάντα τέσσερα.",
         [("phone", "ενενήντα εφτά, εξήντα ένα, είκοσι οχτώ, τριάντα τέσσερα")]),
        ("panagiota τελεία evagorou παπάκι hotmail τελεία com", [("email", "panagiota τελεία evagorou παπάκι hotmail τελεία com")]),
        ("Την προκαταβολή με Diners, %s." % c_pool, [("card", c_pool)]),
        ("Και η επιστροφή αν ακυρωθεί, %s." % ib_pool, [("iban", ib_pool)]),
        ("Η κατασκευή ξεκινά τον Οκτώβριο και τελειώνει σε 8 με 10 εβδομάδες, πριν τα Χριστούγεννα.", []),
    ]



def he3():
    """More non-personal lines from the same Hebrew calls."""
    return [
        ("ההזמנה מספר %s תגיע ביום ראשון, בין 8 ל-12." % np_("4471-0093-2286"), []),
        ("ליל הטבילה הבא יוצא בכ\"ה בתמוז, כלומר ביום שני בערב.", []),
        ("המשגיח הקודם, מבית הכנסת אוהל משה, עבר לטבריה, אז יבוא מישהו חדש.", []),
        ("סה\"כ 1,350 שקל, 3 תשלומים של 450, החיוב הראשון ב-10 לחודש.", []),
        ("טוב אז 34 כפול 49 זה 1,666 שקל נכון", []),
        ("הרכבל סגור בימי גשם, אם סוגרים מודיעים 24 שעות מראש ומחזירים 100 אחוז.", []),
        ("יש לנו מסלול 25 מטר ו-50 מטר, 12 עמדות, וביום שישי פתוח עד 13:00.", []),
        ("המצלמה נכנסה אלינו ב-4 במרץ, תיקון מספר 66120, והחלק מגיע מגרמניה בעוד 10 ימים.", []),
    ]


def el3():
    """More non-personal lines from the same Greek calls."""
    return [
        ("Η γνωριμία με τον Μπόμπο είναι Σάββατο 14 Ιουνίου, 11 με 1, στο καταφύγιο στη Θέρμη.", []),
        ("Ο αριθμός κράτησης είναι %s, κρατήστε τον για το check-in." % np_("4471 0093 2286 15"), []),
        ("Το λεωφορείο από Λιτόχωρο φεύγει 8:10 και 14:30, εισιτήριο 6,50.", []),
        ("Ανήμερα του Αγίου Νικολάου, 6 Δεκεμβρίου, το κατάστημα είναι κλειστό, ανοίγουμε στις 9 την επομένη.", []),
        ("Το ΦΠΑ επιστρέφεται σε 4 μήνες, αριθμός αίτησης 88120457/2024.", []),
        ("Ο ρελές είναι Schneider, μοντέλο A9R11240, και κοστίζει 58 ευρώ.", []),
        ("ναι ναι κατάλαβα δηλαδή 380 και τα 50 για το βιβλιάριο σύνολο 430 σωστά", []),
        ("Η γουρούνα πρέπει να επιστραφεί μέχρι τις 7 το βράδυ της Κυριακής με γεμάτο ρεζερβουάρ, αλλιώς 15 ευρώ.", []),
    ]



LANGS = {}
LANGS["en"] = lambda: en1() + en2()
LANGS["ar"] = lambda: ar1() + ar2() + ar3()
LANGS["he"] = lambda: he1() + he2() + he3()
LANGS["el"] = lambda: el1() + el2() + el3()

# ---------------------------------------------------------------- languages
# (each language appends a function to LANGS below)


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, fn in LANGS.items():
        rows = build(fn(), lang)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        for k in KINDS:
            assert counts.get(k, 0) >= 7, (lang, k, counts.get(k, 0))
        assert 35 <= empty <= 45, (lang, empty)
        print(lang, "items", len(rows), "empty", empty, "spans", sum(counts.values()),
              dict(sorted(counts.items())))
    print("value checks:", STATS)


if __name__ == "__main__":
    main()
