#!/usr/bin/env python3
"""Blind held-out evaluation set "blind47" for the call-transcript personal-data redactor.

Written by a helper session working only from a written brief: it never read the redactor,
its rules, its tests, or any other evaluation set or generator. All values are invented;
check-digit values (cards, IBANs, national IDs) are computed below and asserted.

Sectors (non-profit, religious, community/membership organisations, local government):
  en: Freemasons' lodge secretary, Women's Institute branch, Royal British Legion poppy appeal,
      gurdwara langar rota, RCCG church convention registration, GAA club membership,
      RSL club membership, council Blue Badge desk, civil registration office (birth registration),
      council noise-complaint line, Neighbourhood Watch scheme, community-foundation grants,
      county veterans service office.
  ar: Red Crescent volunteers, municipal building-permit office, orphan-sponsorship (kafala)
      charity, family diwan association dues, Egyptian housing cooperative, Moroccan
      neighbourhood association, Ramadan iftar tent, Saudi civil-affairs office, UAE marriage
      fund, Jordanian zakat fund.
  he: eruv hotline, moshav committee, interest-free loan gemach, arnona discount department,
      Ethiopian community Sigd buses, population-registry office, hachnasat kallah fund,
      lone-soldier association, WWII veterans' association, municipal residents' parking label.
  el: Cretan regional association, village panigyri committee, municipal sidewalk-permit office,
      volunteer forest-fire brigade, school parents' association, municipal philharmonic band,
      Cyprus community council, Cyprus displaced-persons office, parish memorial-service office,
      municipal sports-ground booking.

Output: data/redaction/blind47/{en,ar,he,el}.jsonl, one JSON object per line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...], "context": str}
kind is one of card, iban, id, phone, email, date_of_birth, name, address; start/end are BYTE
offsets into the UTF-8 encoding of text (end exclusive). "context" (optional) is an earlier line
of the same call; it is not scored. Items with empty "spans" are non-personal and must come out
unchanged.
"""
import json
import os
import re
import sys

KINDS = {"card", "iban", "id", "phone", "email", "date_of_birth", "name", "address"}
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "redaction", "blind47")


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


def luhn(prefix):
    """Complete a digit string with its Luhn check digit."""
    for c in "0123456789":
        if luhn_ok(prefix + c):
            return prefix + c
    raise AssertionError


def tz_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = 0
    for i, c in enumerate(d):
        x = int(c) * (1 + i % 2)
        s += x - 9 if x > 9 else x
    return s % 10 == 0


def tz(prefix8):
    for c in "0123456789":
        if tz_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def afm_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    s = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return (s % 11) % 10 == int(d[8])


def afm(prefix8):
    for c in "0123456789":
        if afm_ok(prefix8 + c):
            return prefix8 + c
    raise AssertionError


def saudi(prefix9):
    assert prefix9[0] in "12"
    return luhn(prefix9)


def ssn_ok(s):
    a, g, n = s.split("-")
    a, g, n = int(a), int(g), int(n)
    return 1 <= a <= 899 and a != 666 and 1 <= g <= 99 and 1 <= n <= 9999


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30, "GB": 22,
            "IE": 22, "DE": 22, "MA": 28, "FR": 27}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    return len(s) == IBAN_LEN[s[:2]] and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    s = "%s%02d%s" % (cc, chk, bban)
    assert iban_ok(s), s
    return s


def grp(s, n=4, sep=" "):
    return sep.join(s[i:i + n] for i in range(0, len(s), n))


def bad(d):
    """Assert that a long non-personal number fails every check it could be mistaken for."""
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
AR_D = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_D = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()  # feminine (counting) forms
HE_DM = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()  # masculine forms
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()
AR_IND = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def say(digits, words, sep=" ", oh=False):
    out = []
    for c in digits:
        if c.isdigit():
            w = words[int(c)]
            if oh and c == "0":
                w = "oh"
            out.append(w)
        elif c in " -":
            continue
    return sep.join(out)


def arabic_indic(s):
    return s.translate(AR_IND)


# ---------------------------------------------------------------- building items
def _digits_ascii(s):
    return s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))


_WORD_DIGIT = {}
for _ws in ("zero one two three four five six seven eight nine".split(), "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split(),
            "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(), "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split(),
            "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split(),
            "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split(), "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split(),
            "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()):
    for _i, _w in enumerate(_ws):
        _WORD_DIGIT[_w] = str(_i)
_WORD_DIGIT["oh"] = "0"


def _to_digits(sub):
    """Digits of a span: written digits as they are, single spoken digit words decoded."""
    out = []
    for tok in re.findall(r"\w+", _digits_ascii(sub)):
        t = tok.lower()
        if t in _WORD_DIGIT:
            out.append(_WORD_DIGIT[t])
        elif re.fullmatch(r"[0-9a-z]*\d[0-9a-z]*|[a-z]{1,4}", t):
            out.append(t)
        else:
            return None  # tens, "double", words we do not decode: value was asserted where built
    return "".join(out)


def _check_value(kind, sub, lang):
    d = _to_digits(sub)
    if d is None:
        return
    if kind == "card":
        assert d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d), (lang, sub)
    elif kind == "iban":
        d = d.upper()
        if d[:2] in IBAN_LEN and len(d) == IBAN_LEN[d[:2]]:
            assert iban_ok(d), (lang, sub)
        else:  # one part of an IBAN split by a read-back: the whole is asserted where built
            assert len(d) < 30, (lang, sub)
    elif kind == "id":
        assert d.isdigit(), (lang, sub)
        ok = tz_ok(d) or afm_ok(d) or (len(d) == 10 and d[0] in "12" and luhn_ok(d))
        ok = ok or (len(d) == 9 and ssn_ok(d[:3] + "-" + d[3:5] + "-" + d[5:]))
        assert ok, (lang, sub)


def build(items, lang):
    rows = []
    for it in items:
        if len(it) == 2:
            text, spans = it
            ctx = ""
        else:
            text, spans, ctx = it
        b = text.encode("utf-8")
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            occ = sp[2] if len(sp) > 2 else 0
            assert kind in KINDS, (kind, text)
            sb = sub.encode("utf-8")
            pos = -1
            for _ in range(occ + 1):
                pos = b.find(sb, pos + 1)
                assert pos >= 0, (lang, sub, text)
            end = pos + len(sb)
            assert b[pos:end].decode("utf-8") == sub
            assert sub == sub.strip(" ,.?!،؟"), (lang, "untrimmed span", sub)
            out.append({"kind": kind, "start": pos, "end": end})
            if kind in ("card", "iban", "id"):
                _check_value(kind, sub, lang)
        out.sort(key=lambda s: s["start"])
        for a, c in zip(out, out[1:]):
            assert a["end"] <= c["start"], (lang, "overlap", text)
        if not out:
            for m in re.finditer(r"\d+(?:[ .\-]\d+)*", _digits_ascii(text)):
                bad(m.group())
        row = {"text": text, "spans": out}
        if ctx:
            row["context"] = ctx
        rows.append(row)
    return rows


LANGS = {}


def main():
    os.makedirs(OUT, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        with open(os.path.join(OUT, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        counts = {}
        for r in rows:
            for s in r["spans"]:
                counts[s["kind"]] = counts.get(s["kind"], 0) + 1
        empty = sum(1 for r in rows if not r["spans"])
        print(lang, "items", len(rows), "spans", sum(counts.values()), "empty", empty,
              " ".join("%s=%d" % (k, counts.get(k, 0)) for k in sorted(KINDS)))


# ================================================================ LANGUAGE DATA
def sayg(digits, words, n, sep=", ", oh=False):
    d = re.sub(r"\D", "", digits)
    return sep.join(say(d[i:i + n], words, oh=oh) for i in range(0, len(d), n))


# ---------------------------------------------------------------- English
EN_CARD = [luhn("453201511283036"), luhn("525412345678901"), luhn("37828224631000"),
           luhn("601100099013942"), luhn("422222222222"), luhn("535522004731890"),
           luhn("675948123456789012"), luhn("498765432109876")]
EN_IBAN = [iban("GB", "BARC20005578901234"), iban("IE", "AIBK93115212345678"),
           iban("GB", "HBUK40127612345678"), iban("IE", "BOFI90001712345678"),
           iban("DE", "370400440532013000"), iban("GB", "LOYD30963611223344"),
           iban("IE", "IPBS99070312345678"), iban("GB", "NWBK60730822446688")]
EN_SSN = ["531-72-8846", "209-44-6183", "372-81-0459", "614-20-7735", "145-67-2290",
          "488-03-1962", "027-59-4418", "760-12-3385"]
for _s in EN_SSN:
    assert ssn_ok(_s)
assert len(EN_CARD[2]) == 15 and len(EN_CARD[4]) == 13 and len(EN_CARD[6]) == 19

_c0 = sayg(EN_CARD[0], EN_D, 4)
_s1 = sayg("531728846", EN_D, 3).replace("seven, two, eight", "seven two, eight")
_i3sp = " ".join(EN_IBAN[3][:2]) + " " + sayg(EN_IBAN[3][2:4], EN_D, 2) + " " + " ".join(EN_IBAN[3][4:8]) + " " + sayg(EN_IBAN[3][8:], EN_D, 3)
EN = [
    # Freemasons' lodge (Ohio): lodge secretary and a petitioner
    ("Good evening, Lakeside Lodge number 618, this is Walt speaking.", [("name", "Walt")]),
    ("Hi, yeah, my name's Desmond Pruitt, I put in a petition for membership back in, uh, March.",
     [("name", "Desmond Pruitt")]),
    ("Okay, I've got your petition right here. The investigating committee meets the second Tuesday, that's the 14th, at 7:30.",
     []),
    ("For the background check Grand Lodge needs your social, so go ahead whenever you're ready.", []),
    ("It's five three one, seven two, eight eight four six.", [("id", "five three one, seven two, eight eight four six")],
     "For the background check Grand Lodge needs your social, so go ahead whenever you're ready."),
    ("October the ninth, nineteen seventy-four.", [("date_of_birth", "October the ninth, nineteen seventy-four")],
     "And your date of birth, Desmond?"),
    ("The initiation fee is $275 and the annual dues are $140, payable by January 31st.", []),
    ("I can do the fee on my card now, it's a Visa, " + _c0 + ", expiry oh eight twenty-eight.",
     [("card", _c0)]),
    ("We meet at the Masonic Temple on Jefferson Street, upstairs from the old Woolworth's, doors open at seven.", []),
    ("Your petition reference is PT-2024-0587 and the vote will be at the stated meeting on the 28th.", []),
    # Women's Institute branch (Yorkshire)
    ("Hello, Thornbury WI, Jean speaking, how can I help?", [("name", "Jean")]),
    ("oh hello love it's pam here pam hitchcock i've been meaning to renew my membership", [("name", "pam hitchcock")]),
    ("Lovely to hear from you. The subscription this year is £54, and that includes the magazine, eleven issues.", []),
    ("I'd like to pay by direct debit, my IBAN is " + grp(EN_IBAN[0]) + ".", [("iban", grp(EN_IBAN[0]))]),
    ("Yes, 27 Heather Close, Thornbury, BD3 7QL.", [("address", "27 Heather Close, Thornbury, BD3 7QL")],
     "Right, and is your address still the same, dear?"),
    ("The jam and Jerusalem evening is on the 3rd of June, two till four, tickets are £6.50.", []),
    ("We need 36 scones and 4 Victoria sponges for the Queen's Jubilee tea, can you do a dozen?", []),
    ("And a phone number in case the coach is late? Oh one two seven four, four nine six, oh seven five three.",
     [("phone", "Oh one two seven four, four nine six, oh seven five three")]),
    # Royal British Legion poppy appeal (Glasgow)
    ("Poppy Appeal volunteer line, you're speaking to Fiona.", [("name", "Fiona")]),
    ("Aye hiya, I'm Alasdair, Alasdair McBride, I did the collecting tins at Buchanan Street station last year.",
     [("name", "Alasdair", 0), ("name", "Alasdair McBride")]),
    ("We've got 120 tins and 4,000 poppies for the Glasgow Central stand this year, collection runs 24th October to the 11th of November.", []),
        ("Aye, it's oh seven nine one one, one two three, four five six.",
     [("phone", "oh seven nine one one, one two three, four five six")], "Can I take your mobile?"),
    ("alasdair dot mcbride seventy at gmail dot com", [("email", "alasdair dot mcbride seventy at gmail dot com")],
     "And an email for the rota?"),
    ("The Remembrance Sunday parade forms up at 10:15 at the Cenotaph in George Square.", []),
    ("Last year the Scotland appeal raised 3.2 million and our branch did £18,430.", []),
    ("Your volunteer pack reference is RBL 4471 0983 2205, keep that for the lanyard.", []),
    # Gurdwara langar sewa rota (Southall)
    ("Sat Sri Akal ji, gurdwara office, Harjinder speaking.", [("name", "Harjinder")]),
    ("Sat Sri Akal, uncle ji, this is Gurpreet Kaur Sandhu, everybody calls me Preeti, I want to book our family for langar sewa.",
     [("name", "Gurpreet Kaur Sandhu"), ("name", "Preeti")]),
    ("Very good beta. Sunday langar is for 800 to 900 sangat, we need two quintals atta and 60 litres of dal.", []),
    ("For Gurpurab, Guru Nanak Dev ji's birthday, the sewa slots are already full till 27th November.", []),
        ("Plus four four, seven eight four six, double three, two nine one zero.",
     [("phone", "Plus four four, seven eight four six, double three, two nine one zero")],
     "Please give me your number."),
    ("My husband wants to give a donation also, for the roof fund, can he pay with card? Five two five four, one two three four, five six seven eight, nine zero one "
     + EN_D[int(EN_CARD[1][-1])] + ".",
     [("card", "Five two five four, one two three four, five six seven eight, nine zero one " + EN_D[int(EN_CARD[1][-1])])]),
    ("The roof fund target is £250,000, we are at 61 percent.", []),
    ("Ji, and the email, preeti underscore sandhu at hotmail dot co dot uk.",
     [("email", "preeti underscore sandhu at hotmail dot co dot uk")]),
    ("Akhand Path starts Friday 6 am and bhog is Sunday at 11.", []),
    # RCCG convention registration (Houston)
    ("Praise the Lord, RCCG North America convention registration, my name is Sister Folake, how may I help you?",
     [("name", "Folake")]),
    ("Praise God sister, I'm Oluwaseun Adeyemi, Seun for short, I want to register my family for the convention.",
     [("name", "Oluwaseun Adeyemi"), ("name", "Seun")]),
    ("Okay brother, the convention is August 8th to 11th at the Redemption Camp in Floyd, Texas.", []),
    ("Registration is $45 per adult and $20 per child, children under 5 are free.", []),
    ("For the hotel block the group code is RCCG24, rooms at $129 a night, 350 rooms reserved.", []),
    ("It's " + grp(EN_CARD[2], 5) + ".", [("card", grp(EN_CARD[2], 5))], "You can pay with card, what's the number?"),
        ("Two eight one, five five five, zero one nine two.", [("phone", "Two eight one, five five five, zero one nine two")],
     "And a phone number, brother?"),
    ("Please also my email, seun.adeyemi@outlook.com.", [("email", "seun.adeyemi@outlook.com")]),
    ("The Holy Ghost Service starts at 7 pm on Friday, and buses leave from the parish at 3:30.", []),
    # County veterans service office (Georgia)
    ("Chatham County Veterans Service Office, this is Darnell.", [("name", "Darnell")]),
    ("Hey, my name is Luanne Whitaker, I'm calling about my daddy's VA pension paperwork.",
     [("name", "Luanne Whitaker")]),
        ("Two oh nine, forty-four, sixty-one eighty-three.", [("id", "Two oh nine, forty-four, sixty-one eighty-three")],
     "Okay ma'am, what's the veteran's Social Security number?"),
    ("He was born July 2nd, 1946.", [("date_of_birth", "July 2nd, 1946")], "And his date of birth?"),
    ("And yours too, since you're the power of attorney, I need your social as well.", []),
    ("Mine's 372-81-0459.", [("id", "372-81-0459")]),
    ("The claim form is VA 21-534EZ, and processing takes about 125 days right now.", []),
    ("He served in Vietnam from 1966 to 1968, 1st Cavalry Division.", []),
    ("My co-organizer is applying too, she asked me to give hers, it's 145 67 2290.", [("id", "145 67 2290")]),
    ("And my cell, in case you need anything, is six one two, five five five, oh one four eight.",
     [("phone", "six one two, five five five, oh one four eight")]),
    ("Actually, put the lodge dues on my Discover instead, " + grp(EN_CARD[3]) + ".", [("card", grp(EN_CARD[3]))]),
    ("For the two Anzac breakfast tickets use the old Visa, " + grp(EN_CARD[4]) + ".", [("card", grp(EN_CARD[4]))]),
    ("I'm in London now, so any refund goes to my UK account, " + EN_IBAN[2] + ".", [("iban", EN_IBAN[2])]),
    ("If the Lotto comes up, pay it into the Bank of Ireland one, " + _i3sp + ".", [("iban", _i3sp)]),
    ("His widow's social, for the survivor benefit, is oh two seven, five nine, four four one eight.",
     [("id", "oh two seven, five nine, four four one eight")]),
    ("Please send the name badges to 8814 Bissonnet Street, Apartment 210, Houston, Texas 77074.",
     [("address", "8814 Bissonnet Street, Apartment 210, Houston, Texas 77074")]),
    ("For the children's programme, the eldest was born on the 3rd of March 2016.", [("date_of_birth", "3rd of March 2016")]),
    ("and the email for the newsletter is bazza dot k sixty two at bigpond dot com", [("email", "bazza dot k sixty two at bigpond dot com")]),
    ("My sponsor asked me to pass on his as well, it's six one four, two oh, seven seven three five.",
     [("id", "six one four, two oh, seven seven three five")]),
    ("Oh and my sister's the caregiver, hers is 760-12-3385.", [("id", "760-12-3385")]),
    ("Ooh, I'm seventy-five next week, born the 12th of June 1949, so do I get the reduced rate?",
     [("date_of_birth", "12th of June 1949")]),
    ("Send the tins to my flat, 3/2, 14 Hyndland Road, Glasgow, G12 9UP.", [("address", "3/2, 14 Hyndland Road, Glasgow, G12 9UP")]),
    ("For the Gift Aid refund the account is " + sayg(EN_IBAN[5][2:4], EN_D, 2).join([EN_IBAN[5][:2].lower() + " ", " " + EN_IBAN[5][4:8].lower() + " "]) + sayg(EN_IBAN[5][8:], EN_D, 2, " ") + " ji",
     [("iban", sayg(EN_IBAN[5][2:4], EN_D, 2).join([EN_IBAN[5][:2].lower() + " ", " " + EN_IBAN[5][4:8].lower() + " "]) + sayg(EN_IBAN[5][8:], EN_D, 2, " "))]),
]
LANGS["en"] = EN
_i1 = grp(EN_IBAN[1])
_c5 = grp(EN_CARD[5], 4, "-")
_c7 = sayg(EN_CARD[7][:8], EN_D, 4) + ", " + " ".join(EN_CARD[7][8:12]) + ", " + sayg(EN_CARD[7][12:], EN_D, 4)
EN += [
    # GAA club membership (Co. Mayo)
    ("Hello, Ballinrobe GAA, this is the membership secretary.", []),
    ("howya it's podge here podge walsh i want to renew the family membership for me and the two young lads",
     [("name", "podge walsh")]),
    ("Family membership is €180 for the year, juveniles under 18 are €40 each, and the Lotto is €2 a line.", []),
    ("Grand. Take it by direct debit, the IBAN is " + _i1 + ".", [("iban", _i1)]),
    ("Sorry, can you say the last part again? I've got " + _i1[:-9] + "...", [("iban", _i1[:-9])]),
    ("yeah " + _i1[-9:], [("iban", _i1[-9:])], "Sorry, can you say the last part again?"),
    ("It's Cloongowla, Ballinrobe, F31 K2X8.", [("address", "Cloongowla, Ballinrobe, F31 K2X8")], "And the eircode for the house?"),
    ("Our U14s play Castlebar Mitchels Saturday at half eleven in MacHale Park, 2-14 to 1-09 last time.", []),
    ("The Lotto jackpot is at €7,400, numbers drawn Sunday night in Flannery's.", []),
    ("My wife does the bank stuff from Germany now, she works in Munich, her account is " + grp(EN_IBAN[4]) + ".",
     [("iban", grp(EN_IBAN[4]))]),
        ("Oh eight seven, two two three, four nine one eight.", [("phone", "Oh eight seven, two two three, four nine one eight")],
     "And a mobile?"),
    # RSL club membership (Queensland)
    ("G'day, Burleigh RSL, membership desk, Shazza speaking.", [("name", "Shazza")]),
    ("G'day, it's Barry Kowalczyk, Bazza, I've let my membership lapse, how do I get back in?",
     [("name", "Barry Kowalczyk"), ("name", "Bazza")]),
    ("No worries mate. Ordinary membership is $5.50 a year, or $10 for two years, and Anzac Day breakfast tickets are $25.", []),
    ("Fifteenth of the third, sixty-two.", [("date_of_birth", "Fifteenth of the third, sixty-two")], "What's your date of birth, love?"),
    ("Unit 4, 19 Goodwin Terrace, Burleigh Heads, Queensland 4220.",
     [("address", "Unit 4, 19 Goodwin Terrace, Burleigh Heads, Queensland 4220")], "And your residential address?"),
    ("Best contact number? It's oh four one two, three four five, six seven eight.",
     [("phone", "oh four one two, three four five, six seven eight")]),
    ("Members' draw is Friday at 6:30, you need to be in the auditorium, prize is 1,250 in vouchers.", []),
    ("The Anzac Day dawn service starts at 4:28 on the 25th of April at the Esplanade.", []),
    # Council Blue Badge desk (Leicester)
    ("Leicester City Council Blue Badge team, my name is Priya, how can I help today?", [("name", "Priya")]),
    ("Shirin Banu Chowdhury, born 22nd of November 1941.",
     [("name", "Shirin Banu Chowdhury"), ("date_of_birth", "22nd of November 1941")], "What's her full name and date of birth please?"),
    ("Flat 12, Sutherland House, 6 Belgrave Gate, Leicester, LE1 3GQ.",
     [("address", "Flat 12, Sutherland House, 6 Belgrave Gate, Leicester, LE1 3GQ")], "And the address the badge should be sent to?"),
    ("The badge costs £10, it's valid for three years, and decisions take up to 12 weeks.", []),
    ("Yeah it's " + _c5 + ".", [("card", _c5)], "You can pay the £10 over the phone. Card number?"),
    ("Your application number is BB-118-40672, please quote it if you ring back.", []),
    # Register office, birth registration (Dublin)
    ("Civil Registration Service, Joyce House, you're through to Orla.", [("name", "Orla")]),
    ("Hi, I need to register my daughter's birth, she was born on the second of April, so we're inside the three months.",
     [("date_of_birth", "the second of April")]),
    ("Congratulations! We need both parents' PPS numbers, photo ID, and the birth notification from the Rotunda.", []),
    ("The appointment slots are Tuesday 10:40 or Thursday 14:20, room 3.", []),
    ("We're at 41 Clonliffe Avenue, Ballybough, Dublin 3, D03 V2F7.",
     [("address", "41 Clonliffe Avenue, Ballybough, Dublin 3, D03 V2F7")], "Where's the family living now?"),
    ("A full birth certificate costs €20, and a short one is €10.", []),
    ("Can you send the confirmation to niamh, that's N I A M H, dot oconnor, O C O N N O R, at eircom dot net?",
     [("email", "niamh, that's N I A M H, dot oconnor, O C O N N O R, at eircom dot net")]),
    # Council noise complaint line (Manchester)
    ("Environmental Health out-of-hours noise line, what's the address of the noise?", []),
    ("It's the flat above, number 56, I'm at 54 Claremont Road, Moss Side, M14 4RR, the party's been going since 11.",
     [("address", "54 Claremont Road, Moss Side, M14 4RR")]),
    ("An officer can attend between 10 pm and 3 am; tonight there are 9 calls ahead of you.", []),
    ("We recorded 72 decibels at the boundary last time, the limit at night is 34.", []),
    ("Your case number is NC 2291 4460 1173.", []),
    ("Can the officer ring me when they're outside? My number is 07700 900 461.", [("phone", "07700 900 461")]),
    # Neighbourhood Watch scheme (Bristol)
    ("Hi, I'm the coordinator for the Redland Neighbourhood Watch, Ade Ogunleye, I want to register the new scheme.",
     [("name", "Ade Ogunleye")]),
    ("We cover 46 houses on Cotham Brow and Zetland Road, meetings are the first Monday of the month at the Kings Arms.", []),
    ("ade dot ogunleye at proton mail dot com, all one word protonmail", [("email", "ade dot ogunleye at proton mail dot com")],
     "What email should the alerts go to?"),
    ("The window stickers come in packs of 25 and the street signs are £38 each.", []),
    ("Our deputy's email is k.rowe1958@btinternet.com.", [("email", "k.rowe1958@btinternet.com")]),
    # Community-foundation small grants (Minneapolis)
    ("Twin Cities Community Foundation grants line, this is Marisol.", [("name", "Marisol")]),
    ("Hi, uh, I run a Hmong elders' sewing circle and we're applying for the 2,500 dollar mini grant.", []),
    ("sure it's four eight eight zero three one nine six two", [("id", "four eight eight zero three one nine six two")],
     "As a sole organizer with no EIN we need your SSN for the 1099, you can read it to me."),
    ("The deadline is March 15th at 5 pm Central, decisions go out May 1st, and 38 grants were funded last cycle.", []),
    ("And for the fiscal sponsor, their SSN is, um, it's actually their EIN, 41-1867024.", []),
    ("My date of birth, you said? It's 05/19/1958.", [("date_of_birth", "05/19/1958")]),
    ("And the $15 application fee, can I do that by card? It's " + _c7 + ".", [("card", _c7)]),
]
LANGS["en"] = EN


# ---------------------------------------------------------------- Arabic
AR_EG = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_LEV = "صفر واحد تنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_MA = "زيرو واحد جوج تلاتة ربعة خمسة ستة سبعة تمنية تسعود".split()
AR_CARD = [luhn("458763210987654"), luhn("512345678901234"), luhn("440647123456789"), luhn("529415000111222"),
           luhn("588845012345678"), luhn("409812345678901"), luhn("37144963539843"), luhn("623456789012345")]
AR_IBAN = [iban("SA", "80000000608010167519"), iban("SA", "10000001234567891234"),
           iban("AE", "0330000010123456789"), iban("AE", "0260001015555666777"),
           iban("EG", "0019000500000000263180002"), iban("EG", "0037012300000123456789012"),
           iban("JO", "ARAB1180000000118200345601"), iban("MA", "007780000123400051234567")]
AR_ID = [saudi("110354872"), saudi("104927361"), saudi("108562039"), saudi("113790284"),
         saudi("245601938"), saudi("238817465"), saudi("102468013"), saudi("251903376")]
_a_id0 = say(AR_ID[0], AR_D)
_a_id4 = arabic_indic(AR_ID[4])
_a_c0 = arabic_indic(grp(AR_CARD[4]))
_a_i0 = grp(AR_IBAN[1])
_a_c1 = sayg(AR_CARD[0], AR_EG, 4, "، ")
_a_i4 = grp(AR_IBAN[4])
_a_i6 = AR_IBAN[6][:4] + " " + AR_IBAN[6][4:8] + " " + sayg(AR_IBAN[6][8:12], AR_LEV, 4) + " " + AR_IBAN[6][12:]
AR = [
    # Saudi Red Crescent volunteer registration (Riyadh)
    ("هيئة الهلال الأحمر السعودي، معك عبدالله، كيف أقدر أخدمك؟", [("name", "عبدالله")]),
    ("هلا والله، أنا فيصل بن سعد القحطاني، أبي أسجل متطوع في دورة الإسعافات الأولية.", [("name", "فيصل بن سعد القحطاني")]),
    ("حياك الله يا فيصل، الدورة يوم الأحد ٢٠ رجب، من الساعة ٤ العصر إلى ٩ بالليل، والمقاعد ٣٠ بس.", [("name", "فيصل")]),
    ("ابشر، " + _a_id0, [("id", _a_id0)], "عطني رقم الهوية الوطنية لو سمحت."),
    ("مواليد ١٤١٠/٠٣/١٥ هجري.", [("date_of_birth", "١٤١٠/٠٣/١٥")], "وتاريخ الميلاد؟"),
    ("رقم جوالي ٠٥٥ ٤٣٢ ١٩٨٧، وإذا ما رديت كلم الواتساب نفس الرقم.", [("phone", "٠٥٥ ٤٣٢ ١٩٨٧")]),
    ("أخوي معي بعد يبي يسجل بس هو مقيم، رقم إقامته " + _a_id4 + ".", [("id", _a_id4)]),
    ("الدورة مجانية، والشهادة معتمدة سنتين، والحد الأدنى للعمر ١٨ سنة.", []),
    ("المقر على طريق الملك فهد قبل برج المملكة، المدخل رقم ٣، والمواقف من الجهة الشمالية.", []),
    ("يعني الساعة كم أكون هناك؟ تقريبا ٣:٣٠ عشان التسجيل يأخذ نص ساعة.", []),
    # Jeddah municipality, building-permit office
    ("أمانة محافظة جدة، بلدية الروضة الفرعية، معك سلطان.", [("name", "سلطان")]),
    ("السلام عليكم، معك عبدالرحمن الزهراني، قدمت على رخصة ترميم للسور من أسبوعين.", [("name", "عبدالرحمن الزهراني")]),
    ("رقم الطلب عندك؟ ايه، ٤٤٠٩٨٢١٣٨٠، وتاريخ التقديم ٣ ربيع الأول.", []),
    ("رسوم الرخصة ١٥٠٠ ريال، والغرامة لو بنيت قبل الرخصة تبدأ من ١٠٠٠٠ ريال.", []),
    ("حي الروضة، شارع الأمير سلطان، فيلا ٢٣.", [("address", "حي الروضة، شارع الأمير سلطان، فيلا ٢٣")], "وين موقع العقار بالضبط؟"),
    ("والهوية؟ " + AR_ID[1] + " يا أخوي، نفس اللي في الصك.", [("id", AR_ID[1])]),
    ("أدفع الرسوم بالمدى، الرقم " + _a_c0 + ".", [("card", _a_c0)]),
    ("ولو انرفض الطلب ترجع الفلوس على الآيبان حقي " + _a_i0 + ".", [("iban", _a_i0)]),
    ("المهندس بيزورك يوم الأربعاء بين ٩ و١٢ الظهر، والرخصة تصدر خلال ١٠ أيام عمل.", []),
    ("الارتفاع المسموح للسور ٢٫٥ متر، و٣٠ سم زيادة لو فيه شبك.", []),
    # Egyptian orphan-sponsorship (kafala) charity, Cairo
    ("جمعية بسمة لرعاية الأيتام، معاك منى، اتفضل يا فندم.", [("name", "منى")]),
    ("أيوه يا مدام منى، أنا اسمي إبراهيم عبد الفتاح، وصحابي بيقولولي هيما، عايز أكفل طفل.",
     [("name", "إبراهيم عبد الفتاح"), ("name", "هيما")]),
    ("تمام يا أستاذ إبراهيم، الكفالة الشهرية ٨٠٠ جنيه، وعندنا ١٢٠ طفل مستنيين كفيل.", [("name", "إبراهيم")]),
    ("رقمي صفر واحد صفر، اتنين تلاتة أربعة خمسة، ستة سبعة تمانية تسعة.",
     [("phone", "صفر واحد صفر، اتنين تلاتة أربعة خمسة، ستة سبعة تمانية تسعة")], "ممكن رقم موبايل حضرتك؟"),
    ("والإيميل هيما أندرسكور تسعة تلاتة آت ياهو دوت كوم.", [("email", "هيما أندرسكور تسعة تلاتة آت ياهو دوت كوم")]),
    ("هدفع أول شهر بالفيزا، " + _a_c1 + ".", [("card", _a_c1)]),
    ("والباقي تحويل شهري من حسابي، الآيبان " + _a_i4 + ".", [("iban", _a_i4)]),
    ("العنوان عشان الإيصالات: ١٤ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧.",
     [("address", "١٤ شارع مصدق، الدقي، الجيزة، الدور التالت شقة ٧")]),
    ("الإيصال هيوصل في خلال ١٤ يوم، ورقم التبرع ٣٣٠٩١٧٤٥.", []),
    ("في رمضان بنعمل شنطة بـ ٤٥٠ جنيه، وكسوة العيد ٣٥٠، والحفلة يوم ٢٠ مارس الساعة ٦.", []),
    ("الطفل اللي هتكفله عنده ٧ سنين، في تانية ابتدائي، في مدرسة أحمد عرابي.", []),
    # Jordanian family diwan association dues (Amman)
    ("ديوان آل العبادي، معك أبو سمير.", [("name", "أبو سمير")]),
    ("مرحبا عمي، أنا رامي العبادي، ابن أبو رامي، بدي أدفع الاشتراك السنوي.",
     [("name", "رامي العبادي")]),
    ("أهلين يا رامي، الاشتراك ٥٠ دينار، والعطوة الأخيرة كلفت الديوان ٣٠٠٠ دينار.", [("name", "رامي")]),
    ("بدي أعمل اقتطاع شهري من حسابي، الآيبان تبعي " + _a_i6 + ".", [("iban", _a_i6)]),
    ("ساكن بجبل عمان، الدوار التالت، شارع الأميرة هيا، عمارة ٧، الطابق التاني.",
     [("address", "جبل عمان، الدوار التالت، شارع الأميرة هيا، عمارة ٧، الطابق التاني")], "وين ساكن هلأ عشان نبعتلك الدعوات؟"),
    ("رقمي صفر سبعة تسعة، خمسة خمسة خمسة، تنين واحد تلاتة أربعة.",
     [("phone", "صفر سبعة تسعة، خمسة خمسة خمسة، تنين واحد تلاتة أربعة")]),
    ("مواليد خمستعش نيسان تسعة وتمانين.", [("date_of_birth", "خمستعش نيسان تسعة وتمانين")], "وتاريخ ميلادك للبطاقة؟"),
    ("الاجتماع العام الجمعة الجاي بعد صلاة العصر، والمنسف على حساب الديوان، ٢٠ سدر.", []),
    ("صندوق الطوارئ فيه ١٢٬٤٠٠ دينار، وصرفنا السنة الماضية ٤ حالات علاج.", []),
    # Egyptian housing cooperative (Nasr City)
    ("جمعية الإسكان التعاوني للمعلمين، صباح الخير، معاكي حسن.", [("name", "حسن")]),
    ("صباح النور، أنا سهير محمد علي، عضوة قديمة، عايزة أسأل على القسط.",
     [("name", "سهير محمد علي")]),
    ("القسط الجاي ٢٥ ألف جنيه، ميعاده ٣٠ يونيو، والتسليم المتوقع ٢٠٢٦ في التجمع الخامس.", []),
    ("النموذج ب مساحته ١٣٠ متر، ٣ أوض، والدور التالت بزيادة ٥٪.", []),
    ("عايزة أغير العنوان اللي بتبعتوا عليه، بقيت ساكنة في ٧ شارع عباس العقاد، مدينة نصر، القاهرة.",
     [("address", "٧ شارع عباس العقاد، مدينة نصر، القاهرة")]),
    ("واحد وعشرين ستة ألف تسعمية اتنين وسبعين.", [("date_of_birth", "واحد وعشرين ستة ألف تسعمية اتنين وسبعين")],
     "وتاريخ الميلاد عشان نحدث البيانات يا مدام سهير؟"),
    ("والإيميل suhair.m.aly@gmail.com، ولو مش عارف تكتبه ابعتلك رسالة.", [("email", "suhair.m.aly@gmail.com")]),
    ("لو عايزة تنسحبي بنرجع المقدم بعد خصم ١٠٪ على حساب بنكي، الآيبان بتاعك إيه؟", []),
    ("هو " + grp(AR_IBAN[5]) + "، في البنك الأهلي.", [("iban", grp(AR_IBAN[5]))],
     "لو عايزة تنسحبي بنرجع المقدم بعد خصم ١٠٪ على حساب بنكي، الآيبان بتاعك إيه؟"),
]
LANGS["ar"] = AR
_a_id2 = say(AR_ID[2][:5], AR_D) + "، " + AR_ID[2][5:]
_a_id3 = arabic_indic(AR_ID[3][:3] + " " + AR_ID[3][3:6] + " " + AR_ID[3][6:])
_a_c2 = sayg(AR_CARD[2], AR_D, 2, " ")
_a_c3 = sayg(AR_CARD[3], AR_MA, 4, "، ")
_a_i2 = " ".join(AR_IBAN[2][:2]) + " " + sayg(AR_IBAN[2][2:], AR_D, 3, "، ")
_a_i7 = grp(AR_IBAN[7])
AR += [
    # Moroccan neighbourhood association (Casablanca, Darija)
    ("ألو، جمعية النور للتنمية ديال الحي، معاك خديجة.", [("name", "خديجة")]),
    ("سلام عليكم، أنا سي محمد بنعلي، ساكن ف الحي هادي عشرين عام، بغيت نتسجل ف حملة التشجير.", [("name", "محمد بنعلي")]),
    ("مرحبا سي محمد، الحملة نهار السبت ١٢ أكتوبر مع ٩ ديال الصباح، غادي نغرسو ٢٠٠ شجرة.", [("name", "محمد")]),
    ("درب السلطان، زنقة ٢٤، رقم ١٧، الدار البيضاء.", [("address", "درب السلطان، زنقة ٢٤، رقم ١٧، الدار البيضاء")], "فين ساكن بالضبط؟"),
    ("النمرة ديالي زيرو ستة، واحد جوج، تلاتة ربعة، خمسة ستة، سبعة تمنية.",
     [("phone", "زيرو ستة، واحد جوج، تلاتة ربعة، خمسة ستة، سبعة تمنية")]),
    ("والإيميل mohamed.benali1975@gmail.com باش نصيفطو ليك البرنامج.", [("email", "mohamed.benali1975@gmail.com")]),
    ("الانخراط ١٠٠ درهم للعام، وإلا بغيتي تخلص بالكارط عطيني النمرة.", []),
    ("واخا، " + _a_c3 + ".", [("card", _a_c3)], "الانخراط ١٠٠ درهم للعام، وإلا بغيتي تخلص بالكارط عطيني النمرة."),
    ("ولدي كيخدم ف فرنسا، ولكن الحساب ديالي هنا ف المغرب، الرقم " + _a_i7 + "، حطو عليه التعويض.", [("iban", _a_i7)]),
    ("اللقاء الجاي مع المقاطعة نهار الخميس على ٦ ديال العشية ف دار الشباب الحسن الثاني.", []),
    ("المصابيح ديال الزنقة ١٤ مطفيين من ٣ سيمانات، والبلدية قالت ف ١٥ يوم.", []),
    ("وإلا ماجاوبتش، عيط لبنتي ف الرباط، زيرو سبعة، ستين، تلاتة وعشرين، أربعين، تسعة وتسعين.",
     [("phone", "زيرو سبعة، ستين، تلاتة وعشرين، أربعين، تسعة وتسعين")]),
    # Ramadan iftar tent (Sharjah)
    ("خيمة إفطار صائم في الممزر، معاك خالد، تفضل.", [("name", "خالد")]),
    ("مرحبا، أنا أم حمدان، أبغي أتبرع بـ ٥٠٠ وجبة لليلة ٢٧ رمضان.", [("name", "أم حمدان")]),
    ("الوجبة بـ ١٥ درهم، يعني المجموع ٧٥٠٠ درهم، والإفطار الساعة ٦:٤٢.", []),
    ("الخيمة تستوعب ٨٠٠ شخص، ونوزع ٢٠٠ وجبة زيادة عند إشارة الممزر.", []),
    ("ادفع بالبطاقة، " + _a_c2 + ".", [("card", _a_c2)], "كيف حابة تدفعين؟"),
    ("لا لحظة، هذي البطاقة منتهية، خذ الثانية: " + grp(AR_CARD[1]) + ".", [("card", grp(AR_CARD[1]))]),
    ("رقم تلفوني صفر خمسة صفر، سبعة ستة خمسة، أربعة ثلاثة اثنين واحد.",
     [("phone", "صفر خمسة صفر، سبعة ستة خمسة، أربعة ثلاثة اثنين واحد")]),
    ("والإيصال على الإيميل um.hamdan.77@hotmail.com لو سمحت.", [("email", "um.hamdan.77@hotmail.com")]),
    ("وأختي بعد تبي تتطوع، رقمها +971 56 218 4490.", [("phone", "+971 56 218 4490")]),
    ("الوجبة فيها رز وهريس ولبن و٣ حبات تمر، ونبدأ التحضير الساعة ٢.", []),
    # Saudi civil affairs office (Riyadh)
    ("وكالة الأحوال المدنية، فرع الملز، معك الموظف نايف الشمري.", [("name", "نايف الشمري")]),
    ("السلام عليكم، أبي أحجز موعد بدل فاقد للهوية.", []),
    ("تفضل، رقم السجل المدني؟", []),
    (_a_id2, [("id", _a_id2)], "تفضل، رقم السجل المدني؟"),
    ("وتاريخ الميلاد بالهجري؟ اثنعش شعبان ألف وأربعمية وواحد.",
     [("date_of_birth", "اثنعش شعبان ألف وأربعمية وواحد")]),
    ("موعدك يوم الثلاثاء ١٢/٠٨ الساعة ١٠:٣٠، ورسوم بدل الفاقد ١٠٠ ريال أول مرة و٣٠٠ ثاني مرة.", []),
    ("أبي أضيف زوجتي في سجل الأسرة، هي مقيمة ورقم إقامتها " + AR_ID[5] + ".", [("id", AR_ID[5])]),
    ("وأبوي بعد يبي يجدد، هويته " + _a_id3 + "، ومواليد ١٣٦٥/٠٧/٠١.",
     [("id", _a_id3), ("date_of_birth", "١٣٦٥/٠٧/٠١")]),
    ("العنوان الوطني حي الملز، شارع الأحساء، مبنى ٢٨٤٥، الرمز البريدي ١٢٦٢٩.",
     [("address", "حي الملز، شارع الأحساء، مبنى ٢٨٤٥، الرمز البريدي ١٢٦٢٩")]),
    ("الجوال المسجل في أبشر +966 50 312 7789، نفس الرقم.", [("phone", "+966 50 312 7789")]),
    ("ادفع الرسوم بمدى؟ " + grp(AR_CARD[5]) + "، بس ذي بطاقة أخوي، مشكلة؟", [("card", grp(AR_CARD[5]))]),
    ("الإيميل f.alqahtani@outlook.sa، كله حروف صغيرة.", [("email", "f.alqahtani@outlook.sa")]),
    ("المراجعة في الدور الأرضي، الكاونتر ١٤، وخذ معك صورتين ٤×٦ خلفية بيضاء.", []),
    # UAE Marriage Fund (Abu Dhabi)
    ("صندوق الزواج، معك مريم، كيف أقدر أساعدك؟", [("name", "مريم")]),
    ("مرحبا، اسمي سعيد راشد الكتبي، أبغي أقدم على منحة الزواج.", [("name", "سعيد راشد الكتبي")]),
    ("المنحة ٧٠ ألف درهم، وشرط الراتب ما يزيد عن ٥٠ ألف، وعمر الزوج ٢١ سنة فما فوق.", []),
    ("مواليدي عشرين واحد ألفين وواحد.", [("date_of_birth", "عشرين واحد ألفين وواحد")], "تاريخ ميلادك لو سمحت؟"),
    ("والعروس مواليد ٣ سبتمبر ٢٠٠٣.", [("date_of_birth", "٣ سبتمبر ٢٠٠٣")]),
    ("ساكن في أبوظبي، مدينة محمد بن زايد، شارع ١٥، فيلا ٣٢.",
     [("address", "أبوظبي، مدينة محمد بن زايد، شارع ١٥، فيلا ٣٢")], "وين عنوان السكن؟"),
    ("الآيبان اللي تنزل عليه المنحة " + _a_i2 + ".", [("iban", _a_i2)]),
    ("الإيميل سعيد دوت الكتبي ثلاثة ثلاثة آت جي ميل دوت كوم.", [("email", "سعيد دوت الكتبي ثلاثة ثلاثة آت جي ميل دوت كوم")]),
    ("ورقمي صفر خمسة ستة، اثنين واحد ثمانية، أربعة أربعة تسعة صفر.", [("phone", "صفر خمسة ستة، اثنين واحد ثمانية، أربعة أربعة تسعة صفر")]),
    ("حفل الزواج الجماعي يوم ١٥ نوفمبر في مركز أدنيك، ومسجل فيه ٢٥٠ عريس.", []),
    ("الدورة التأهيلية للمقبلين على الزواج ٣ أيام، من ٥ إلى ٨ المساء.", []),
    # Jordanian zakat fund (Amman)
    ("صندوق الزكاة، لجنة زكاة الشميساني، معك المحاسب يوسف.", [("name", "يوسف")]),
    ("السلام عليكم، أنا نجوى الخطيب، أرملة وعندي أربع أولاد، وبدي أقدم على المعونة الشهرية.", [("name", "نجوى الخطيب")]),
    ("نصاب الزكاة هذا العام ٣٨٥٠ ديناراً، أي ما يعادل ٨٥ غراماً من الذهب.", []),
    ("المعونة الشهرية ٧٥ ديناراً، وتصرف في الأسبوع الأول من كل شهر.", []),
    ("العنوان: الهاشمي الشمالي، شارع البطحاء، عمارة ٤٢، الطابق الأول.",
     [("address", "الهاشمي الشمالي، شارع البطحاء، عمارة ٤٢، الطابق الأول")]),
    ("تاريخ الميلاد الثالث من آب عام ألف وتسعمئة وواحد وثمانين.",
     [("date_of_birth", "الثالث من آب عام ألف وتسعمئة وواحد وثمانين")]),
    ("هاتفي ٠٧٧ ٦٥٤ ٣٢١٠.", [("phone", "٠٧٧ ٦٥٤ ٣٢١٠")]),
    ("البريد الإلكتروني najwa.khatib81 at yahoo dot com.", [("email", "najwa.khatib81 at yahoo dot com")]),
    ("ابني يدفع زكاة ماله من السعودية بالبطاقة، رقمها " + grp(AR_CARD[6], 5) + ".", [("card", grp(AR_CARD[6], 5))]),
    ("وصلته تحويلات من حسابه السعودي، الآيبان " + AR_IBAN[0] + ".", [("iban", AR_IBAN[0])]),
    ("زكاة الفطر هذه السنة ١٨٠ قرشاً عن كل فرد، وآخر موعد قبل صلاة العيد.", []),
    ("الكشف الاجتماعي يوم الإثنين، والباحثة ستزورك بين ١١ و٢.", []),
    ("للمتابعة رقم المعاملة ٢٠٢٤٠٥١٧٣٣ واحتفظي به.", []),
    ("ومعي زميل سوداني بعد، إقامته " + say(AR_ID[7], AR_D) + ".", [("id", say(AR_ID[7], AR_D))]),
    ("والصك باسم الوالد الله يحفظه، هويته " + AR_ID[6] + ".", [("id", AR_ID[6])]),
    ("ولو ما اكتمل العدد رجعوا المبلغ على حسابي، " + AR_IBAN[3] + ".", [("iban", AR_IBAN[3])]),
    ("حملة التبرع بالدم يوم الخميس من ٨ الصبح لين ٤ العصر في النخيل مول.", []),
    ("فيه بلاغ رقم ٩٣٧ على نفس الشارع، والمقاول شركة الفوزان، والمدة ٤٥ يوم.", []),
    ("كفالة الأسرة كاملة ٢٥٠٠ جنيه في الشهر، وعندنا ٤٠ أسرة في أسوان.", []),
    ("الديوان بيفتح من ٧ لـ ١١ بالليل، وبرمضان بعد التراويح.", []),
    ("الحملة غادي تكون مع مؤسسة محمد السادس للبيئة، وعندنا ٣٠ متطوع.", []),
    ("الخيمة ورا مسجد الشيخ سلطان، والدخول من بوابة ٢، وفيه ٦٠ موقف.", []),
    ("الهوية الجديدة تطلع بعد ٥ أيام عمل وتستلمها من نفس الفرع.", []),
    ("طلبك رقم MF-2024-88317 تحت الدراسة، والرد خلال ٣٠ يوم.", []),
    ("صرفنا هذا الشهر ٤٢٠ طرداً غذائياً على ١٨ منطقة.", []),
    ("الجمعية العمومية يوم ١٥ أغسطس الساعة ١١ في نادي المعلمين بالزمالك.", []),
]
LANGS["ar"] = AR


# ---------------------------------------------------------------- Hebrew
HE_CARD = [luhn("458003123456789"), luhn("532610987654321"), luhn("37551012345678"), luhn("409876543210123"),
           luhn("552233445566778"), luhn("490012345678901"), luhn("3600123456789"), luhn("518212345678901")]
HE_IBAN = [iban("IL", "0126800000012345678"), iban("IL", "0107450000034567891"), iban("IL", "0201230000056781234"),
           iban("IL", "0114320000087654321"), iban("IL", "0315550000011223344"), iban("IL", "0542100000098765432"),
           iban("IL", "0091000000024681357"), iban("FR", "30003012340001234567890")]
HE_ID = [tz("03145926"), tz("20481357"), tz("31256890"), tz("05987412"), tz("32165498"), tz("02468135"),
         tz("34051276"), tz("30987654")]
_h_id0 = sayg(HE_ID[0], HE_D, 3, ", ")
_h_i0 = grp(HE_IBAN[0])
_h_c0 = sayg(HE_CARD[0][:8], HE_D, 4, ", ") + ", " + HE_CARD[0][8:12] + " " + HE_CARD[0][12:]
_h_i1 = "IL " + sayg(HE_IBAN[1][2:], HE_D, 2, " ")
HE = [
    # eruv hotline (Bnei Brak / Jerusalem)
    ("קו העירוב של המועצה הדתית, שלום. העירוב בשכונה תקין השבת, חוץ מקטע ליד רחוב ז'בוטינסקי 112.", []),
    ("שלום, מדבר יענקי פרידמן, רציתי לדווח שהחוט נפל ליד הגשר בקצה רחוב רבי עקיבא.", [("name", "יענקי פרידמן")]),
    ("תודה רבה, נשלח את הצוות עד שעה שתיים, הדלקת נרות ב-16:21.", []),
    ("הטלפון שלי אפס חמש שתיים, שבע שש חמש, ארבע שלוש שתיים אחת, אם צריך לחזור אליי.",
     [("phone", "אפס חמש שתיים, שבע שש חמש, ארבע שלוש שתיים אחת")]),
    ("ההודעה המוקלטת מתעדכנת כל שבוע ביום שישי ב-12 בצהריים, ובחגים ערב לפני.", []),
    ("העירוב מכסה 14 קילומטר, יש לנו 6 בודקים ו-3 טנדרים.", []),
    ("אממ, אני גר בחזון איש 48, דירה 5, ורואה מהמרפסת שהחוט תלוי.", [("address", "חזון איש 48, דירה 5")]),
    # moshav committee fees (Negev)
    ("ועד מושב בית שקמה, מדברת שולה, שלום.", [("name", "שולה")]),
    ("היי שולה, זה עמית ברקוביץ, יש לי שאלה על חשבון הוועד של החודש.", [("name", "עמית ברקוביץ")]),
    ("מסי ועד הם 780 ש\"ח לחודש, ומים חקלאיים 2.4 ש\"ח לקוב, וחשבון אוגוסט יצא 1,236 ש\"ח.", []),
    ("אני במשק 112, אם תרצו לבדוק את השעון.", [("address", "משק 112")], "איפה אתה גר במושב, איזה משק?"),
    ("תעבירו את החיוב בהוראת קבע, חשבון " + _h_i0 + ".", [("iban", _h_i0)]),
    ("והמייל amit.berko שטרודל gmail נקודה com.", [("email", "amit.berko שטרודל gmail נקודה com")]),
    ("האספה הכללית ביום שלישי ב-20:00 במועדון, נצביע על הגדר החדשה, 340 אלף ש\"ח.", []),
    ("הבריכה פתוחה מ-16 עד 19, הכניסה לחברי מושב ב-15 ש\"ח.", []),
    # interest-free loan gemach (Jerusalem)
    ("גמ\"ח יד אליעזר, שלום, מדברת חני.", [("name", "חני")]),
    ("שלום חני, קוראים לי מלכי שטרן, אני צריכה הלוואה לחתונה של הבת.", [("name", "מלכי שטרן")]),
    ("ההלוואה עד 20,000 ש\"ח, ב-40 תשלומים של 500, ללא ריבית, ונדרשים שני ערבים.", []),
    ("מספר תעודת זהות שלך?", []),
    (_h_id0, [("id", _h_id0)], "מספר תעודת זהות שלך?"),
    ("ואת הכתובת, רחוב סורוצקין 23, דירה 14, ירושלים.", [("address", "רחוב סורוצקין 23, דירה 14, ירושלים")]),
    ("הערב הראשון הוא בעלי, תעודת זהות " + HE_ID[1] + ".", [("id", HE_ID[1])]),
    ("ההחזר יורד בעשירי לחודש מהחשבון, " + _h_i1 + ".", [("iban", _h_i1)]),
    ("אפשר לשריין את הכסף עד ראש חודש אדר, והחתימה אצל הרב ביום חמישי ב-9.", []),
    ("תאריך לידה? כ\"ב בתשרי תשמ\"ג.", [("date_of_birth", "כ\"ב בתשרי תשמ\"ג")]),
    # municipal arnona discount department (Haifa)
    ("עיריית חיפה, מחלקת הנחות בארנונה, שמי רונית, במה אפשר לעזור?", [("name", "רונית")]),
    ("שלום רונית, מדבר מוחמד עבאסי, אני גר בוואדי ניסנאס ורוצה לבקש הנחה כי אני סטודנט.",
     [("name", "מוחמד עבאסי")]),
    ("ההנחה לסטודנטים עד 10 אחוז, ולנכות 40 אחוז, על 100 מטר ראשונים.", []),
    ("כתובת הנכס, בבקשה?", []),
    ("רחוב חורי 7, קומה 2, חיפה.", [("address", "רחוב חורי 7, קומה 2, חיפה")], "כתובת הנכס, בבקשה?"),
    ("תעודת זהות שלוש אחת שתיים, חמש שש שמונה, תשע אפס " + HE_D[int(HE_ID[2][-1])] + ".",
     [("id", "שלוש אחת שתיים, חמש שש שמונה, תשע אפס " + HE_D[int(HE_ID[2][-1])])]),
    ("תאריך לידה 03.08.1999.", [("date_of_birth", "03.08.1999")]),
    ("הארנונה לדו-חודשי היא 684 ש\"ח, ומספר החשבון בעירייה 100293847.", []),
    ("אני אשלם את היתרה עכשיו, כרטיס " + _h_c0 + ".", [("card", _h_c0)]),
    ("והמייל, mohammad.abbasi99@walla.co.il.", [("email", "mohammad.abbasi99@walla.co.il")]),
    ("הבקשה תיבדק תוך 60 יום, ואם אושרה ההנחה תחול מה-1 בינואר.", []),
    # Ethiopian community association, Sigd buses (Kiryat Gat)
    ("עמותת בית ישראל, שלום, מדבר אברהם.", [("name", "אברהם")]),
    ("שלום אברהם, שמי טגיסט מלקו, אני רוצה לרשום את המשפחה לאוטובוס לסיגד בירושלים.", [("name", "טגיסט מלקו")]),
    ("הסיגד השנה ביום חמישי, כ\"ט בחשוון, האוטובוס יוצא מקריית גת ב-6:30 בבוקר, 50 מקומות.", []),
    ("אנחנו חמישה, אני, בעלי ושלושה ילדים, והסבתא בת 84.", []),
    ("כרטיס לאוטובוס 25 שקל לאדם, ילדים עד גיל 6 בחינם, וקייסים מהקהילה יברכו בטיילת ארמון הנציב.", []),
    ("הטלפון שלי אפס חמישה שלושה, שמונה שמונה, שבעה ארבעה, אחד אחד.",
     [("phone", "אפס חמישה שלושה, שמונה שמונה, שבעה ארבעה, אחד אחד")]),
    ("אנחנו גרים ברחוב האורן 17, דירה 9, קריית גת.", [("address", "רחוב האורן 17, דירה 9, קריית גת")]),
    ("תעודת זהות של בעלי, " + " ".join(HE_ID[7]) + ".", [("id", " ".join(HE_ID[7]))]),
    ("המייל של הבת שלי, tigist underscore malko at gmail dot com, היא קוראת את זה.", [("email", "tigist underscore malko at gmail dot com")]),
]
LANGS["he"] = HE
_h_id3 = HE_ID[3][:2] + "-" + HE_ID[3][2:5] + "-" + HE_ID[3][5:]
_h_c1 = grp(HE_CARD[1])
_h_i2 = sayg(HE_IBAN[2][2:4], HE_D, 2).join(["IL ", " " + grp(HE_IBAN[2][4:])])
_h_c2 = sayg(HE_CARD[2][:4], HE_D, 4) + " " + HE_CARD[2][4:10] + " " + HE_CARD[2][10:]
HE += [
    # population-registry office (Be'er Sheva)
    ("רשות האוכלוסין, לשכת באר שבע, מדברת אורטל, איך אפשר לעזור?", [("name", "אורטל")]),
    ("כן שלום, קוראים לי ולדימיר קוגן, וולודיה, אני צריך לחדש דרכון ביומטרי.", [("name", "ולדימיר קוגן"), ("name", "וולודיה")]),
    ("בסדר, מה מספר תעודת הזהות?", []),
    ("זה " + _h_id3 + ".", [("id", _h_id3)], "בסדר, מה מספר תעודת הזהות?"),
    ("ותאריך לידה?", []),
    ("שנים-עשר בספטמבר, אלף תשע מאות שבעים ושמונה.", [("date_of_birth", "שנים-עשר בספטמבר, אלף תשע מאות שבעים ושמונה")], "ותאריך לידה?"),
    ("יש תור ביום ראשון ב-8:40 או ביום רביעי ב-13:15, באגרה של 305 ש\"ח לדרכון ו-58 לתיעוד ביומטרי.", []),
    ("אפשר לשלם עכשיו בכרטיס, " + _h_c1 + ".", [("card", _h_c1)]),
    ("אישור התור יישלח ל-054-3219876, זה נכון?", [("phone", "054-3219876")]),
    ("הלשכה בקומה 3 בקניון הנגב, חניה בתשלום, 12 שקל לשעה.", []),
    ("הדרכון יגיע בדואר תוך 14 ימי עבודה, מספר הבקשה 7731-0042-19.", []),
    ("לאיזו כתובת לשלוח? לשדרות רגר 114, דירה 27, באר שבע.", [("address", "שדרות רגר 114, דירה 27, באר שבע")]),
    # hachnasat kallah fund (Bnei Brak)
    ("קרן הכנסת כלה, שלום, כאן ברכי.", [("name", "ברכי")]),
    ("שלום ברכי, אני שרה רבקה וייס, אני רוצה להגיש בקשה למענק לנכדה שלי.", [("name", "שרה רבקה וייס")]),
    ("המענק 8,000 ש\"ח, ועוד סט כלים ושמלה בהשאלה, והחתונה צריכה להיות עד 90 יום מהבקשה.", []),
    ("תאריך הלידה של הכלה?", []),
    ("היא נולדה בט\"ו בשבט תשס\"ד, זה, אממ, שבעה בפברואר אלפיים וארבע.",
     [("date_of_birth", "ט\"ו בשבט תשס\"ד"), ("date_of_birth", "שבעה בפברואר אלפיים וארבע")], "תאריך הלידה של הכלה?"),
    ("תעבירו לחשבון של הכלה, " + _h_i2 + ".", [("iban", _h_i2)]),
    ("אני גם רוצה לתרום, כרטיס " + grp(HE_CARD[3]) + ", תוקף 09/27.", [("card", grp(HE_CARD[3]))]),
    ("ואפשר מייל? שרה קו תחתון וייס שטרודל נטוויז'ן נקודה נט.", [("email", "שרה קו תחתון וייס שטרודל נטוויז'ן נקודה נט")]),
    ("הוועדה יושבת ביום שני, ועד היום עזרנו ל-1,450 כלות.", []),
    ("הטלפון בבית אפס שלוש, חמש שבע אחת, שתיים שתיים שמונה.", [("phone", "אפס שלוש, חמש שבע אחת, שתיים שתיים שמונה")]),
    # lone-soldier association (Tel Aviv)
    ("עמותת בית לחייל הבודד, מדברת נעמה, שלום.", [("name", "נעמה")]),
    ("Hi, um, שלום, my name is Josh, ג'וש גולדברג, my son is a lone soldier in גולני.",
     [("name", "Josh"), ("name", "ג'וש גולדברג")]),
    ("ג'וש, אני אעבור לאנגלית אם יותר נוח. הדירה בתל אביב היא ל-6 חיילים, 1,200 ש\"ח בחודש.", [("name", "ג'וש")]),
    ("His date of birth is, אה, עשרים ושניים ביוני אלפיים וחמש.", [("date_of_birth", "עשרים ושניים ביוני אלפיים וחמש")]),
    ("תעודת הזהות שלו " + HE_ID[4] + ", הוא קיבל אותה בנתב\"ג.", [("id", HE_ID[4])]),
    ("The stipend goes to his Israeli account, " + grp(HE_IBAN[3]) + ".", [("iban", grp(HE_IBAN[3]))]),
    ("I'd like to donate on my Amex, " + _h_c2 + ".", [("card", _h_c2)]),
    ("My number in New Jersey is plus one, two zero one, five five five, zero one three seven.",
     [("phone", "plus one, two zero one, five five five, zero one three seven")]),
    ("ארוחת שישי בשבת הקרובה לכ-80 חיילים, ויש חבילות לחיילים לחנוכה ב-180 ש\"ח.", []),
    ("הטלפון של הבן בצבא 058-7012345, אבל הוא עונה רק בסופ\"ש.", [("phone", "058-7012345")]),
    ("Oh and his friend from Lyon, also a lone soldier, his account is in France, " + grp(HE_IBAN[7]) + ".",
     [("iban", grp(HE_IBAN[7]))]),
    # WWII veterans' association (Ashdod)
    ("ארגון נכי המלחמה בנאצים, סניף אשדוד, מדברת אלה.", [("name", "אלה")]),
    ("אלה, שלום, אני מדבר בשביל אבא שלי, הוא ותיק מלחמה, בן 99, אני בוריס, בוריס לרנר.", [("name", "בוריס", 0), ("name", "בוריס לרנר")]),
    ("אבא נולד תשעה במאי, עשרים וחמש, בקייב.", [("date_of_birth", "תשעה במאי, עשרים וחמש")]),
    ("אירוע יום הניצחון ב-9 במאי בשעה 11:00, יש אוטובוס מ-4 נקודות בעיר, 120 מקומות.", []),
    ("המענק השנתי לוותיקים 4,240 ש\"ח, משולם באפריל.", []),
    ("תעודת זהות שלו, רגע, אני מחפש... הנה, " + " ".join(HE_ID[5][i:i + 3] for i in (0, 3, 6)) + ".",
     [("id", " ".join(HE_ID[5][i:i + 3] for i in (0, 3, 6)))]),
    ("המענק ייכנס לחשבון בנק ירושלים, " + HE_IBAN[5] + ".", [("iban", HE_IBAN[5])]),
    ("אנחנו ברחוב שבטי ישראל 9, רובע ג', דירה 31, אשדוד.", [("address", "רחוב שבטי ישראל 9, רובע ג', דירה 31, אשדוד")]),
    ("המייל boris.lerner שטרודל mail.ru, אני כותב ברוסית יותר טוב.", [("email", "boris.lerner שטרודל mail.ru")]),
    ("דמי חבר 60 ש\"ח בשנה, אפשר בכרטיס, " + HE_CARD[6] + ".", [("card", HE_CARD[6])]),
    ("בכנס האחרון היו 340 ותיקים, הכי מבוגר בן 102.", []),
    # municipal residents' parking label (Tel Aviv)
    ("מוקד 106 עיריית תל אביב, שלום, מדבר אלון.", [("name", "אלון")]),
    ("בונז'ור, אה, שלום, שמי אורלי בן חמו, עליתי מצרפת לפני שנה ואני צריכה תו חניה.", [("name", "אורלי בן חמו")]),
    ("אורלי, התו אזורי, אזור 7, ועולה 37 ש\"ח לשנה, והחניה הכחולה-לבנה בחינם בין 21 ל-7.", [("name", "אורלי")]),
    ("הכתובת שלך בתעודת הזהות?", []),
    ("רחוב בן יהודה 163, דירה 4, תל אביב.", [("address", "רחוב בן יהודה 163, דירה 4, תל אביב")], "הכתובת שלך בתעודת הזהות?"),
    ("ומספר זהות " + sayg(HE_ID[6], HE_D, 3, ", ") + ".", [("id", sayg(HE_ID[6], HE_D, 3, ", "))]),
    ("נולדתי ב-14/07/1990, אם צריך.", [("date_of_birth", "14/07/1990")]),
    ("אני משלמת בכרטיס " + grp(HE_CARD[4], 4, "-") + ".", [("card", grp(HE_CARD[4], 4, "-"))]),
    ("והטלפון הצרפתי שלי עוד פעיל, +33 6 12 34 56 78, וגם 052-8877665.", [("phone", "+33 6 12 34 56 78"), ("phone", "052-8877665")]),
    ("המייל: orly.benhamou@free.fr.", [("email", "orly.benhamou@free.fr")]),
    ("החזר על תו כפול ייכנס לחשבון " + HE_IBAN[6] + ".", [("iban", HE_IBAN[6])]),
    ("התו יישלח תוך 10 ימי עבודה; עד אז האישור במייל תקף, מספר פנייה 2024-118732.", []),
    ("יש גם 1,200 מקומות בחניון רידינג, 5 ש\"ח לתושבים, ובלילה חניון גבעון.", []),
    ("אני רוצה גם לתרום 180 ש\"ח, כרטיס " + sayg(HE_CARD[5], HE_D, 4, ", ") + ".", [("card", sayg(HE_CARD[5], HE_D, 4, ", "))]),
    ("המייל שלי מלכי נקודה שטרן שטרודל ג'ימייל נקודה קום.", [("email", "מלכי נקודה שטרן שטרודל ג'ימייל נקודה קום")]),
    ("אם יש החזר, שיחזור לחשבון " + grp(HE_IBAN[4]) + ".", [("iban", grp(HE_IBAN[4]))]),
    ("בשבת הבאה פרשת וישלח, העירוב ייבדק ביום חמישי בלילה ב-23:00.", []),
    ("קיבלנו 17 דיווחים השבוע, 11 מהם מרמת אהרן.", []),
    ("הטרקטור של הוועד עולה 90 ש\"ח לשעה, מזמינים במזכירות עד יום רביעי.", []),
    ("יש לנו גם גמ\"ח שמלות כלה ברחוב רבי עקיבא 90, פתוח בימים א' ו-ג' מ-19:00 עד 22:00.", []),
    ("השנה הייתה עלייה של 5.29 אחוז בתעריף, לפי צו הארנונה.", []),
    ("התפילה מתחילה ב-9:00 ונגמרת בערך ב-13:30, ואחר כך ארוחה לכ-3,000 איש.", []),
    ("אפשר גם לקבוע תור ב-*3450 או באפליקציה, 24 שעות ביממה.", []),
    ("ביום רביעי, י\"ח בסיוון, יש ערב התרמה באולם ארמונות חן, כרטיס 250 ש\"ח.", []),
    ("The apartment in Florentin has 3 bedrooms, and the Shabbat meal is at 19:30 on Dizengoff.", []),
    ("יש מקהלה ביום שלישי ב-17:00, 45 חברים, ובחודש הבא טיול ליד ושם, 2 אוטובוסים.", []),
    ("הקנס על חניה באזור לא נכון 250 ש\"ח, אבל עם תו אזור 7 אפשר לחנות גם בכיכר המדינה.", []),
]
LANGS["he"] = HE


# ---------------------------------------------------------------- Greek
EL_CARD = [luhn("451234567890123"), luhn("516789012345678"), luhn("402400712345678"), luhn("549876543210987"),
           luhn("37770012345678"), luhn("476173000000000"), luhn("530125987654321"), luhn("455673123456789")]
EL_IBAN = [iban("GR", "0172040" + "0005040123456789"), iban("GR", "0140230" + "0023001234567890"),
           iban("GR", "0260310" + "0000654321098765"), iban("GR", "0110450" + "0000045012345678"),
           iban("CY", "00500125" + "0000012345678901"), iban("CY", "01800001" + "0000456789012345"),
           iban("DE", "500105175407324931"), iban("GR", "0110125" + "0000000012345678")]
EL_ID = [afm("04567891"), afm("11223344"), afm("13579246"), afm("07281934"), afm("14725836"), afm("09876543"),
         afm("12987654"), afm("05318642")]
_g_i0 = grp(EL_IBAN[0])
_g_id0 = sayg(EL_ID[0], EL_D, 3, ", ")
_g_c0 = grp(EL_CARD[0])
_g_i1 = "GR " + sayg(EL_IBAN[1][2:4], EL_D, 2) + " " + grp(EL_IBAN[1][4:])
EL = [
    # Cretan regional association (Athens)
    ("Παγκρήτια Ένωση Αττικής, καλησπέρα, η Δέσποινα στο τηλέφωνο.", [("name", "Δέσποινα")]),
    ("Καλησπέρα, με λένε Μανώλη Τζανακάκη, από τα Σφακιά, θέλω να γραφτώ μέλος.", [("name", "Μανώλη Τζανακάκη")]),
    ("Η ετήσια συνδρομή είναι 30 ευρώ, και ο χορός του συλλόγου είναι στις 18 Φεβρουαρίου στο κέντρο «Κρήτη», 45 ευρώ με φαγητό.", []),
    ("Τη διεύθυνσή σας για το περιοδικό;", []),
    ("Μένω στην οδό Κρήτης 24, Περιστέρι, 121 34.", [("address", "οδό Κρήτης 24, Περιστέρι, 121 34")], "Τη διεύθυνσή σας για το περιοδικό;"),
    ("Και ένα κινητό;", []),
    ("έξι εννιά εφτά, τέσσερα πέντε, έξι εφτά, οχτώ εννιά, μηδέν ένα", [("phone", "έξι εννιά εφτά, τέσσερα πέντε, έξι εφτά, οχτώ εννιά, μηδέν ένα")],
     "Και ένα κινητό;"),
    ("Τη συνδρομή θα την πληρώσω με κάρτα, " + _g_c0 + ".", [("card", _g_c0)]),
    ("Το email μου είναι manolis.tzanakakis παπάκι gmail τελεία com.", [("email", "manolis.tzanakakis παπάκι gmail τελεία com")]),
    ("Έχουμε 1.200 μέλη, και τα μαθήματα λύρας είναι Τρίτη και Πέμπτη 7 με 9.", []),
    ("Γεννήθηκα στις δώδεκα Μαρτίου του πενήντα οχτώ, στην Ανώπολη.", [("date_of_birth", "δώδεκα Μαρτίου του πενήντα οχτώ")]),
    # village panigyri committee (Epirus)
    ("Ναι, εδώ η επιτροπή του πανηγυριού της Παναγίας, στο Συρράκο, ο Λευτέρης.", [("name", "Λευτέρης")]),
    ("Γεια σου, είμαι η Κατερίνα Γκούμα, θέλω να κλείσω πάγκο για τα γλυκά στο πανηγύρι.", [("name", "Κατερίνα Γκούμα")]),
    ("Το πανηγύρι είναι 14 και 15 Αυγούστου, οι πάγκοι είναι 60 ευρώ για δύο μέρες, και έχουμε μόνο 12 θέσεις.", []),
    ("Την κομπανία «Ηπειρώτικη Ψυχή» την κλείσαμε για 3.500, και το κλαρίνο παίζει από τις 10 το βράδυ.", []),
    ("Θα σου στείλω το παραστατικό, δώσε μου το ΑΦΜ σου.", []),
    (_g_id0, [("id", _g_id0)], "Θα σου στείλω το παραστατικό, δώσε μου το ΑΦΜ σου."),
    ("Και το IBAN για την επιστροφή αν βρέξει, " + _g_i0 + ".", [("iban", _g_i0)]),
    ("Το τηλέφωνό μου 26590 71234, εδώ στο χωριό.", [("phone", "26590 71234")]),
    ("Τα λεωφορεία από Ιωάννινα φεύγουν 6 και 8 το απόγευμα, 7,50 το εισιτήριο.", []),
    # municipal sidewalk-occupancy permit office (Thessaloniki)
    ("Δήμος Θεσσαλονίκης, τμήμα αδειών κοινοχρήστων χώρων, καλημέρα, Αντωνία.", [("name", "Αντωνία")]),
    ("Καλημέρα, λέγομαι Στέλιος Καραμανλής, όχι ο πολιτικός χαχα, έχω ένα καφενείο και θέλω άδεια για τραπεζοκαθίσματα.",
     [("name", "Στέλιος Καραμανλής")]),
    ("Το τέλος είναι 38 ευρώ το τετραγωνικό τον χρόνο για τη ζώνη Α, και δικαιούστε έως 24 τετραγωνικά.", []),
    ("Το κατάστημα είναι στην Αγίας Σοφίας 52, ισόγειο, Θεσσαλονίκη 546 22.",
     [("address", "Αγίας Σοφίας 52, ισόγειο, Θεσσαλονίκη 546 22")], "Ποια είναι η διεύθυνση του καταστήματος;"),
    ("ΑΦΜ επιχείρησης, συγγνώμη, δικό μου προσωπικό, " + EL_ID[1] + ".", [("id", EL_ID[1])]),
    ("Η αίτηση έχει αριθμό πρωτοκόλλου 45211/2024 και η επιτροπή συνεδριάζει κάθε δεύτερη Τετάρτη.", []),
    ("Στείλτε μου στο stelios.kafeneio@yahoo.gr.", [("email", "stelios.kafeneio@yahoo.gr")]),
    ("Το πρόστιμο για αυθαίρετη κατάληψη είναι διπλάσιο του τέλους, δηλαδή 76 ευρώ το τετραγωνικό.", []),
    ("Τα 912 ευρώ μπορείτε να τα πληρώσετε με κάρτα, " + grp(EL_CARD[1], 4, "-") + ";",
     [("card", grp(EL_CARD[1], 4, "-"))]),
    # volunteer forest-fire brigade (Penteli)
    ("Εθελοντική Ομάδα Δασοπροστασίας Πεντέλης, ο Θοδωρής εδώ.", [("name", "Θοδωρής")]),
    ("γεια σας με λένε ευτυχία μαυρίδου έφη δηλαδή θέλω να γίνω εθελόντρια για το καλοκαίρι", [("name", "ευτυχία μαυρίδου"), ("name", "έφη")]),
    ("Ωραία Έφη. Οι βάρδιες είναι 8 ώρες, από 1 Ιουνίου μέχρι 31 Οκτωβρίου, και το σεμινάριο είναι 40 ώρες.", [("name", "Έφη")]),
    ("Ημερομηνία γέννησης;", []),
    ("Είκοσι εφτά του έντεκα του ενενήντα εννιά.", [("date_of_birth", "Είκοσι εφτά του έντεκα του ενενήντα εννιά")], "Ημερομηνία γέννησης;"),
    ("Η διεύθυνσή μου είναι Δήμητρος 17, Νέα Πεντέλη, τρίτος όροφος.", [("address", "Δήμητρος 17, Νέα Πεντέλη, τρίτος όροφος")]),
    ("Κινητό εξήντα εννιά, σαράντα εφτά, είκοσι ένα, τριάντα τρία, δεκαοχτώ.",
     [("phone", "εξήντα εννιά, σαράντα εφτά, είκοσι ένα, τριάντα τρία, δεκαοχτώ")]),
    ("Το πυροσβεστικό όχημα είναι 4x4 με δεξαμενή 600 λίτρων, και πέρσι βγήκαμε σε 73 συμβάντα.", []),
    ("Η ασφάλιση για τους εθελοντές καλύπτει έως 15.000 ευρώ, και η στολή κοστίζει 85.", []),
    # school parents' association (Patras)
    ("Σύλλογος Γονέων και Κηδεμόνων του 5ου Δημοτικού Πάτρας, γεια σας, η Βούλα.", [("name", "Βούλα")]),
    ("Γεια σας, είμαι πατέρας από την Γ2, ο Νίκος Αθανασίου.", [("name", "Νίκος Αθανασίου")]),
    ("Η εκδρομή στο Ναύπλιο είναι 28 Μαΐου, 22 ευρώ το παιδί, και χρειαζόμαστε 4 συνοδούς.", []),
    ("Θα πληρώσω για δύο παιδιά με κατάθεση, από τον λογαριασμό " + _g_i1 + ".", [("iban", _g_i1)]),
    ("Το ΑΦΜ για την απόδειξη, " + EL_ID[2][:3] + " " + EL_ID[2][3:6] + " " + EL_ID[2][6:] + ".",
     [("id", EL_ID[2][:3] + " " + EL_ID[2][3:6] + " " + EL_ID[2][6:])]),
    ("Και το email μου nikos underscore ath τελεία 80 στο hotmail, hotmail τελεία com.",
     [("email", "nikos underscore ath τελεία 80 στο hotmail, hotmail τελεία com")]),
    ("Η γιορτή λήξης είναι 14 Ιουνίου στις 7, στην αυλή, και ο σύλλογος έχει ταμείο 2.340 ευρώ.", []),
]
LANGS["el"] = EL
_g_i4 = grp(EL_IBAN[4])
_g_c4 = sayg(EL_CARD[3][:4], EL_D, 4) + ", " + EL_CARD[3][4:8] + ", " + sayg(EL_CARD[3][8:], EL_D, 4, ", ")
_g_id3 = sayg(EL_ID[3], EL_D, 3, ", ")
EL += [
    # municipal philharmonic band (Corfu)
    ("Φιλαρμονική Εταιρεία του Δήμου, γραμματεία, καλημέρα, η Σπυριδούλα.", [("name", "Σπυριδούλα")]),
    ("Καλημέρα, είμαι η Ιωάννα Βλάχου, θέλω να γράψω τον γιο μου στο τμήμα πνευστών.", [("name", "Ιωάννα Βλάχου")]),
    ("Τα μαθήματα είναι δωρεάν, τα όργανα τα δανείζουμε, μόνο 50 ευρώ εγγύηση, και η λιτανεία του Αγίου Σπυρίδωνα είναι Κυριακή των Βαΐων.", []),
    ("Ο μικρός γεννήθηκε 5 Απριλίου 2014.", [("date_of_birth", "5 Απριλίου 2014")], "Ημερομηνία γέννησης του παιδιού;"),
    ("Μένουμε στην Ευγενίου Βουλγάρεως 38, Κέρκυρα, 491 00.", [("address", "Ευγενίου Βουλγάρεως 38, Κέρκυρα, 491 00")]),
    ("Για την απόδειξη της εγγύησης, το ΑΦΜ μου " + _g_id3 + ".", [("id", _g_id3)]),
    ("Την εγγύηση την πληρώνω με κάρτα, " + _g_c4 + ".", [("card", _g_c4)]),
    ("Το τηλέφωνο του σπιτιού είναι 26610 45873 και το κινητό 6977 418 302.", [("phone", "26610 45873"), ("phone", "6977 418 302")]),
    ("Οι πρόβες είναι Δευτέρα και Πέμπτη 6 με 8, και η μπάντα έχει 85 μουσικούς από το 1840.", []),
    # Cyprus community council (Larnaca district)
    ("Κοινοτικό Συμβούλιο Ορόκλινης, γεια σας, ο Αντρέας.", [("name", "Αντρέας")]),
    ("Γεια σου, ίντα κάμνεις, είμαι η Παναγιώτα Χριστοδούλου, η Γιώτα, εν για την άδεια για το σκάψιμο μπροστά που το σπίτι.",
     [("name", "Παναγιώτα Χριστοδούλου"), ("name", "Γιώτα")]),
    ("Εντάξει κυρία μου, η άδεια εν 75 ευρώ τζαι θέλει 10 εργάσιμες, ο μηχανικός έρκεται Τρίτη πρωί.", []),
    ("Η διεύθυνση εν Οδός Αγίου Γεωργίου 12, Ορόκλινη 7040.", [("address", "Οδός Αγίου Γεωργίου 12, Ορόκλινη 7040")]),
    ("Το κινητό μου εννιά εννιά, ογδόντα εφτά, εξήντα πέντε, σαράντα τρία.",
     [("phone", "εννιά εννιά, ογδόντα εφτά, εξήντα πέντε, σαράντα τρία")]),
    ("Η εγγύηση επιστρέφεται στο " + _g_i4 + ".", [("iban", _g_i4)]),
    ("Να πληρώσω με κάρτα τωρά; " + grp(EL_CARD[5]) + ".", [("card", grp(EL_CARD[5]))]),
    ("Τα σκουπίδια μαζεύκουνται Δευτέρα τζαι Πέμπτη, τζαι τα ογκώδη την πρώτη Σάββατο του μήνα.", []),
    ("Τα κοινοτικά τέλη για το 2024 εν 85 ευρώ για οικία τζαι 170 για υποστατικό.", []),
    ("Γεννήθηκα εικοσιτρείς του Ιούλη του εξήντα εφτά, αν το θέλεις για το σύστημα.",
     [("date_of_birth", "εικοσιτρείς του Ιούλη του εξήντα εφτά")]),
    # Cyprus displaced-persons office (Nicosia)
    ("Υπηρεσία Μέριμνας και Αποκατάστασης Εκτοπισθέντων, καλημέρα, η Μαρία.", [("name", "Μαρία")]),
    ("Καλημέρα, λέγομαι Χαράλαμπος Ιωάννου, Μπάμπης, είμαι πρόσφυγας που την Κερύνεια, για το σχέδιο στέγασης.",
     [("name", "Χαράλαμπος Ιωάννου"), ("name", "Μπάμπης")]),
    ("Το σχέδιο δίνει έως 60.000 ευρώ για ανέγερση, τζαι οι αιτήσεις λήγουν 30 Σεπτεμβρίου.", []),
    ("Ημερομηνία γέννησης 14/08/1971.", [("date_of_birth", "14/08/1971")]),
    ("Τζαι η σύζυγος, γεννημένη δεκαεννιά Μαρτίου εβδομήντα τέσσερα.", [("date_of_birth", "δεκαεννιά Μαρτίου εβδομήντα τέσσερα")]),
    ("Μένουμε Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, Στρόβολος 2064.",
     [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 45, διαμέρισμα 302, Στρόβολος 2064")]),
    ("Το ποσό να κατατεθεί στον λογαριασμό " + EL_IBAN[5] + ".", [("iban", EL_IBAN[5])]),
    ("Τηλέφωνο +357 99 123 456.", [("phone", "+357 99 123 456")]),
    ("Τζαι το email μου, babis.ioannou@cytanet.com.cy.", [("email", "babis.ioannou@cytanet.com.cy")]),
    ("Η προσφυγική ταυτότητα ανανεώνεται κάθε 10 χρόνια, τζαι τα έντυπα είναι στο ΚΕΠ Λευκωσίας, γραφείο 14.", []),
    ("Έχουμε 2.300 αιτήσεις φέτος, τζαι η επιτροπή κρίνει μέσα σε 4 μήνες.", []),
    # parish memorial-service office (Kalamaria)
    ("Ιερός Ναός Αγίου Νικολάου, γραφείο, ο πατήρ Γεράσιμος.", [("name", "Γεράσιμος")]),
    ("Ευλογείτε πάτερ, είμαι η Ελένη Παπαδοπούλου, θέλω να κάνουμε το σαρανταήμερο μνημόσυνο της μητέρας μου.",
     [("name", "Ελένη Παπαδοπούλου")]),
    ("Ο Κύριος. Το μνημόσυνο μπορεί να γίνει Κυριακή 3 Νοεμβρίου μετά τη Θεία Λειτουργία, γύρω στις 10:30.", []),
    ("Τα κόλλυβα τα φτιάχνει το φούρνο «Άγιος Δημήτριος» για 60 ευρώ, και τα πρόσφορα 3 ευρώ το ένα.", []),
    ("Η μακαρίτισσα γεννήθηκε στις 3 Ιανουαρίου 1940, στην Καβάλα, να το γράψουμε στη δίπτυχη;",
     [("date_of_birth", "3 Ιανουαρίου 1940")]),
    ("Το τρισάγιο θα γίνει στο σπίτι, Αγίου Δημητρίου 8, Καλαμαριά, δεύτερος όροφος.",
     [("address", "Αγίου Δημητρίου 8, Καλαμαριά, δεύτερος όροφος")]),
    ("Για την απόδειξη της δωρεάς στον ναό, ΑΦΜ " + EL_ID[4] + ".", [("id", EL_ID[4])]),
    ("Ο αδερφός μου είναι στη Στουτγάρδη και θα στείλει από εκεί, " + grp(EL_IBAN[6]) + ", αυτός είναι ο λογαριασμός του.",
     [("iban", grp(EL_IBAN[6]))]),
    ("Θα πληρώσω με κάρτα, " + grp(EL_CARD[6]) + ".", [("card", grp(EL_CARD[6]))]),
    ("Στείλτε μου το πρόγραμμα στο ελένη τελεία παπ παπάκι otenet τελεία gr.", [("email", "ελένη τελεία παπ παπάκι otenet τελεία gr")]),
    ("Το κινητό μου εξήντα εννιά τριάντα, πεντακόσια δώδεκα, τετρακόσια ογδόντα εννιά.",
     [("phone", "εξήντα εννιά τριάντα, πεντακόσια δώδεκα, τετρακόσια ογδόντα εννιά")]),
    ("Η εορτή του Αγίου Νικολάου είναι 6 Δεκεμβρίου, ο εσπερινός στις 6 το απόγευμα.", []),
    # municipal sports-ground booking (Piraeus)
    ("Δήμος Πειραιά, διεύθυνση αθλητισμού, κρατήσεις γηπέδων, καλησπέρα, ο Γρηγόρης.", [("name", "Γρηγόρης")]),
    ("Γεια σας, είμαι ο Ντίνος Κυριακίδης, θέλω το γήπεδο 5x5 στο Καραϊσκάκη... όχι στο στάδιο, στο δημοτικό στον Άγιο Διονύσιο.",
     [("name", "Ντίνος Κυριακίδης")]),
    ("Το γήπεδο είναι 40 ευρώ η ώρα, 20:00 με 22:00, και η κράτηση γίνεται έως 14 ημέρες πριν.", []),
    ("Για το μπλοκάκι χρειάζομαι ΑΦΜ, " + EL_ID[5][:4] + " " + EL_ID[5][4:] + ".", [("id", EL_ID[5][:4] + " " + EL_ID[5][4:])]),
    ("Η προκαταβολή 80 ευρώ, με κάρτα, " + grp(EL_CARD[7]) + ".", [("card", grp(EL_CARD[7]))]),
    ("Αν ακυρωθεί, επιστροφή στο " + grp(EL_IBAN[2]) + ".", [("iban", grp(EL_IBAN[2]))]),
    ("Το email dinos κάτω παύλα kyr παπάκι gmail τελεία com.", [("email", "dinos κάτω παύλα kyr παπάκι gmail τελεία com")]),
    ("Ο κωδικός κράτησης είναι ΓΠ-0815, και τα αποδυτήρια ανοίγουν 15 λεπτά πριν.", []),
    ("Πέρσι κάναμε 3.450 κρατήσεις, και το τουρνουά του Δήμου ξεκινάει 1 Μαρτίου με 32 ομάδες.", []),
    ("Και του συμπαίκτη που πληρώνει τα μισά, ΑΦΜ " + sayg(EL_ID[6], EL_D, 3, ", ") + ".", [("id", sayg(EL_ID[6], EL_D, 3, ", "))]),
    ("Βάλτε καλύτερα το ΑΦΜ του συζύγου μου, αυτός είναι ο κηδεμόνας, " + grp(EL_ID[7], 3, ".") + ".", [("id", grp(EL_ID[7], 3, "."))]),
    ("Τον πάγκο θα τον πληρώσω με κάρτα, " + sayg(EL_CARD[2], EL_D, 4, ", ") + ".", [("card", sayg(EL_CARD[2], EL_D, 4, ", "))]),
    ("Με την Αμέρικαν Εξπρές μπορώ; " + grp(EL_CARD[4], 5) + ".", [("card", grp(EL_CARD[4], 5))]),
    ("Είμαι γεννημένος 2/2/1985, μπαίνω στο τουρνουά βετεράνων;", [("date_of_birth", "2/2/1985")]),
    ("Το email μου ioanna τελεία vlachou παπάκι yahoo τελεία gr.", [("email", "ioanna τελεία vlachou παπάκι yahoo τελεία gr")]),
    ("Για τα καύσιμα που βάζω με το δικό μου αυτοκίνητο, το IBAN μου είναι " + EL_IBAN[3] + ".", [("iban", EL_IBAN[3])]),
    ("Το ημερολόγιο στείλτε το στο γραφείο μου, Πατησίων 112, 4ος όροφος, Αθήνα 112 57.", [("address", "Πατησίων 112, 4ος όροφος, Αθήνα 112 57")]),
    ("Ο σύλλογος ιδρύθηκε το 1952 και στεγάζεται στην οδό Ελευθερίου Βενιζέλου, στον 2ο όροφο.", []),
    ("Η βραδιά κρητικής μουσικής είναι 12 Απριλίου στο Γκάζι, 25 ευρώ η είσοδος.", []),
    ("Φέτος ήρθαν 4.000 άτομα στο πανηγύρι και ψήσαμε 35 αρνιά.", []),
    ("Η ζώνη Β είναι 26 ευρώ το τετραγωνικό και η ζώνη Γ 19.", []),
    ("Στην πλατεία Αριστοτέλους δεν επιτρέπονται τραπεζοκαθίσματα μετά τη 1 τα ξημερώματα.", []),
    ("Ο κίνδυνος πυρκαγιάς αύριο είναι κατηγορίας 4, και η περιπολία ξεκινάει στις 11 π.μ.", []),
    ("Το 112 θα στείλει μήνυμα αν χρειαστεί εκκένωση από το Νταού Πεντέλης.", []),
    ("Η συνδρομή του συλλόγου είναι 10 ευρώ τον χρόνο ανά οικογένεια, και φέτος πλήρωσαν 187 οικογένειες.", []),
    ("Αγοράσαμε 12 κλιματιστικά από τον Κωτσόβολο, 4.980 ευρώ συνολικά.", []),
    ("Η συναυλία των Χριστουγέννων είναι 22 Δεκεμβρίου στο Δημοτικό Θέατρο, ώρα 20:30.", []),
    ("Η Ορόκλινη έχει 7.500 κατοίκους τζαι το κοινοτικό γραφείο ανοίγει 7:30 ως 2:30.", []),
    ("Ο αριθμός φακέλου σας είναι 19/2024/3381, να τον αναφέρετε όταν τηλεφωνάτε.", []),
    ("Το Ψυχοσάββατο είναι 22 Φεβρουαρίου, φέρτε τα ονόματα των κεκοιμημένων μέχρι την Παρασκευή.", []),
    ("Η Κυριακή των Μυροφόρων πέφτει 19 Μαΐου φέτος, και η λειτουργία αρχίζει 7:15.", []),
]
LANGS["el"] = EL


if __name__ == "__main__":
    main()
