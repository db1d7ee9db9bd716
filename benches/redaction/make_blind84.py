#!/usr/bin/env python3
"""Blind evaluation set 84 for the call-transcript personal-data redactor.

Who wrote it and how: a helper session, working only from a written brief
(the product's specification of what counts as personal data and how the set
should be written). It never read the redactor, its rules, its tests or any
other evaluation set or generator. Every call, name and value below is
invented; check-digit values (cards, IBANs, national IDs) are computed here.

Area of this set: streaming, gaming, software and app subscriptions
(video and music streaming billing disputes, family plans, parental controls,
game accounts and in-game purchases, account recovery, dating apps, fitness
apps, cloud storage, antivirus/VPN/password-manager and other software
licences, audiobook and meditation apps).

Output: data/redaction/blind84/{en,ar,he,el}.jsonl, one JSON object a line:
    {"text": str, "spans": [{"kind": str, "start": int, "end": int}, ...],
     "context": str (optional)}
kind is one of card, iban, id, phone, email, date_of_birth, name, address.
start/end are BYTE offsets into the UTF-8 encoding of text (end exclusive),
computed here by searching for each span's substring (spans are listed in
order of appearance; each is searched after the end of the previous one).
context, when present, is an earlier line of the same call; it is not scored.
Items with empty spans are non-personal and must come out unchanged.

Run: python3 benches/redaction/make_blind84.py [--strict]
(--strict also asserts the planned item and span counts per language.)
"""
import json
import os
import re
import sys
from collections import Counter

KINDS = ("card", "iban", "id", "phone", "email", "date_of_birth", "name", "address")

# ---------------------------------------------------------------- check digits


def digits_of(s):
    """ASCII digits of s (Arabic-Indic digits mapped to ASCII)."""
    s = s.translate(str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789"))
    return re.sub(r"[^0-9]", "", s)


def luhn_ok(s):
    d = digits_of(s)
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return len(d) > 1 and total % 10 == 0


def luhn_full(body):
    """body digits + the Luhn check digit."""
    body = digits_of(body)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


def card(body):
    num = luhn_full(body)
    assert 13 <= len(num) <= 19 and luhn_ok(num), num
    return num


IBAN_LEN = {"GR": 27, "CY": 28, "IL": 23, "SA": 24, "AE": 23, "EG": 29, "JO": 30,
            "GB": 22, "IE": 22, "DE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27,
            "MA": 28, "KW": 30, "QA": 29, "BH": 22, "LB": 28}


def _iban_mod(s):
    s = s[4:] + s[:4]
    n = "".join(str(int(c, 36)) for c in s)
    return int(n) % 97


def iban(cc, bban):
    bban = bban.replace(" ", "").upper()
    check = 98 - _iban_mod(cc + "00" + bban)
    out = "%s%02d%s" % (cc, check, bban)
    assert iban_ok(out), out
    return out


def iban_ok(s):
    s = re.sub(r"[\s.-]", "", s).upper()
    cc = s[:2]
    return cc in IBAN_LEN and len(s) == IBAN_LEN[cc] and _iban_mod(s) == 1


def il_id(body8):
    body8 = digits_of(body8)
    assert len(body8) == 8
    for c in "0123456789":
        if il_id_ok(body8 + c):
            return body8 + c
    raise AssertionError(body8)


def il_id_ok(s):
    d = digits_of(s)
    if len(d) != 9:
        return False
    total = 0
    for i, ch in enumerate(d):
        n = int(ch) * (1 + i % 2)
        total += n // 10 + n % 10
    return total % 10 == 0


def afm(body8):
    body8 = digits_of(body8)
    assert len(body8) == 8
    s = sum(int(body8[i]) * 2 ** (8 - i) for i in range(8))
    out = body8 + str(s % 11 % 10)
    assert afm_ok(out)
    return out


def afm_ok(s):
    d = digits_of(s)
    if len(d) != 9:
        return False
    total = sum(int(d[i]) * 2 ** (8 - i) for i in range(8))
    return total % 11 % 10 == int(d[8])


def saudi_id(body9):
    body9 = digits_of(body9)
    assert len(body9) == 9 and body9[0] in "12"
    return luhn_full(body9)


def saudi_id_ok(s):
    d = digits_of(s)
    return len(d) == 10 and d[0] in "12" and luhn_ok(d)


def ssn_ok(s):
    d = digits_of(s)
    if len(d) != 9:
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def not_personal_number(s):
    """Assert that a long non-personal number fails every check."""
    d = digits_of(s)
    assert not luhn_ok(d), s
    assert not il_id_ok(d) and not afm_ok(d) and not saudi_id_ok(d), s
    assert not iban_ok(s), s
    return s


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


def arabic_digits(s):
    return s.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))


# ---------------------------------------------------------------- spoken digits

EN_D = "zero one two three four five six seven eight nine".split()
AR_D = "صفر واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()
AR_MSA = "صفر واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
HE_F = "אפס אחת שתיים שלוש ארבע חמש שש שבע שמונה תשע".split()
HE_M = "אפס אחד שניים שלושה ארבעה חמישה שישה שבעה שמונה תשעה".split()
EL_D = "μηδέν ένα δύο τρία τέσσερα πέντε έξι εφτά οχτώ εννιά".split()


def say(words, s, oh=False, double=False, sep=" ", groups=None):
    """Spell digits of s with the word list; groups of digits joined by ', '."""
    d = digits_of(s)
    chunks = group(d, groups).split(" ") if groups else [d]
    out = []
    for ch in chunks:
        w, i = [], 0
        while i < len(ch):
            word = words[int(ch[i])]
            if oh and ch[i] == "0":
                word = "oh"
            if double and i + 1 < len(ch) and ch[i + 1] == ch[i]:
                w.append("double " + word)
                i += 2
                continue
            w.append(word)
            i += 1
        out.append(sep.join(w))
    comma = "، " if "\u0600" <= words[1][0] <= "\u06ff" else ", "
    return comma.join(out)


_WORD_DIGIT = {}
for _lst in (EN_D, AR_D, AR_MSA, HE_F, HE_M, EL_D):
    for _i, _w in enumerate(_lst):
        _WORD_DIGIT[_w] = str(_i)
_WORD_DIGIT.update({"oh": "0", "o": "0", "اثنين": "2", "ثلاثة": "3", "ثمانية": "8", "تسعه": "9",
                    "خمسه": "5", "سته": "6", "سبعه": "7", "اربعة": "4", "اربعه": "4", "تلاته": "3",
                    "تمانيه": "8", "ثمانيه": "8", "واحده": "1", "زيرو": "0", "ενιά": "9", "εννέα": "9",
                    "οκτώ": "8", "επτά": "7", "μηδέν": "0", "ένας": "1", "τρεις": "3", "τέσσερις": "4"})
_FILLERS = {"uh", "um", "its", "it's", "and", "יעני", "אה", "εε", "εεε", "يعني", "اه"}


def spoken_digits(s):
    """Digits of a value spoken one digit a word (with 'double'); None if any word is not one."""
    out, dbl = [], False
    for tok in re.findall(r"[^\s,،.\-–—…]+", s.lower()):
        if tok in _FILLERS:
            continue
        if tok in ("double", "דאבל", "دبل"):
            dbl = True
            continue
        d = _WORD_DIGIT.get(tok)
        if d is None and tok.startswith(("و", "ו")):
            d = _WORD_DIGIT.get(tok[1:])
        if d is None:
            if re.fullmatch(r"[0-9٠-٩]+", tok):
                d = digits_of(tok)
            else:
                return None
        out.append(d * 2 if dbl else d)
        dbl = False
    return "".join(out)


def check_value(kind, sub):
    """Assert that a card/iban/id span holds a valid value, when it can be read back."""
    if kind == "iban":
        if re.search(r"[A-Z]{2}\s?[0-9]{2}", sub) and not re.search(r"[^\x00-\x7f]", sub):
            assert iban_ok(sub), sub
        return
    if kind not in ("card", "id"):
        return
    d = digits_of(sub) if re.search(r"[0-9٠-٩]", sub) and not re.search(r"[A-Za-z\u0590-\u05ff\u0600-\u06ff\u0370-\u03ff]{3}", sub) else spoken_digits(sub)
    if d is None:
        return
    if kind == "card":
        assert 13 <= len(d) <= 19 and luhn_ok(d), (sub, d)
    else:
        assert il_id_ok(d) or afm_ok(d) or saudi_id_ok(d) or ssn_ok(d), (sub, d)
    CHECKED.append((kind, d))


CHECKED = []


# ---------------------------------------------------------------- building


def build(items, lang):
    rows = []
    for it in items:
        text, spans = it[0], it[1]
        context = it[2] if len(it) > 2 else None
        b = text.encode("utf-8")
        cursor = 0
        out = []
        for sp in spans:
            kind, sub = sp[0], sp[1]
            assert kind in KINDS, (kind, text)
            sb = sub.encode("utf-8")
            pos = b.find(sb, cursor)
            assert pos >= 0, ("span not found", lang, sub, text)
            assert sub == sub.strip() and sub, ("untrimmed span", sub)
            end = pos + len(sb)
            assert b[pos:end].decode("utf-8") == sub
            check_value(kind, sub)
            out.append({"kind": kind, "start": pos, "end": end})
            cursor = end
        row = {"text": text, "spans": out}
        if context:
            row["context"] = context
        rows.append(row)
    return rows


def stats(rows):
    c = Counter(sp["kind"] for r in rows for sp in r["spans"])
    empty = sum(1 for r in rows if not r["spans"])
    return c, empty


LANGS = {}


def main():
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    outdir = os.path.join(root, "data", "redaction", "blind84")
    os.makedirs(outdir, exist_ok=True)
    for lang, items in LANGS.items():
        rows = build(items, lang)
        texts = [r["text"] for r in rows]
        assert len(set(texts)) == len(texts), "duplicate text in " + lang
        with open(os.path.join(outdir, lang + ".jsonl"), "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        c, empty = stats(rows)
        print("  (%d card/id values read back and checked)" % len(CHECKED))
        del CHECKED[:]
        total = sum(c.values())
        print("%s: %d items, %d spans, %d empty; %s" % (
            lang, len(rows), total, empty,
            ", ".join("%s %d" % (k, c[k]) for k in KINDS)))
        if "--strict" in sys.argv:
            assert 110 <= len(rows) <= 130, lang
            assert 75 <= total <= 90, (lang, total)
            assert 35 <= empty <= 45, (lang, empty)
            assert all(c[k] >= 7 for k in KINDS), (lang, c)
            assert 20 <= c["name"] <= 25, (lang, c["name"])


# ================================================================ languages
# (each language appends its items to LANGS below)


# ---------------------------------------------------------------- English
# Calls: Flickbox (video streaming, double charge, US); Tunewave (music family
# plan, Ireland); PixelForge Network (hacked game account, Wales); Jelly Rush
# Kingdom (child's in-app purchases, Nigeria); LiveLoop (streamer payouts, US).

EN_C1 = card("414720318856207")            # Visa 16
EN_C2 = card("506128041177392016")         # Verve 19
EN_IB1 = iban("IE", "AIBK93115247719063")
EN_SSN1 = "524-31-8806"
assert ssn_ok(EN_SSN1)
EN_GPA = not_personal_number("GPA.3341-8820-1176-54320")

EN = [
    ("Thank you for calling Flickbox, my name is Marisol, who do I have the pleasure of speaking with?",
     [("name", "Marisol")]),
    ("Yeah, hi, this is Derrick Washington.", [("name", "Derrick Washington")]),
    ("Okay, I can see the account here. What seems to be the issue today?", []),
    ("So I got charged fifteen forty-nine twice on the 3rd, and then twenty-two ninety-nine on March 14th, and I only have the one plan.", []),
    ("I see two charges, both dated March 3rd, reference FBX-20931-7744. The second one is a duplicate authorization, it should drop off on its own.", []),
    ("It's a Visa. Um, four one four seven... no wait, let me read it off the card. %s." % group4(EN_C1),
     [("card", group4(EN_C1))], "Can you read me the card you'd like the refund to go back to?"),
    ("uh june ninth nineteen eighty seven", [("date_of_birth", "june ninth nineteen eighty seven")],
     "And to verify, the date of birth on the account?"),
    ("Yeah, it's four oh four, six one two, eight eight three oh.",
     [("phone", "four oh four, six one two, eight eight three oh")],
     "And the best number to reach you if the refund doesn't show up?"),
    ("You'll see the fifteen forty-nine back within five to seven business days, and I've added a one-month credit of $7.99 for the trouble.", []),
    ("Is there anything else I can help you with today, Mr. Washington?", [("name", "Washington")]),
    ("Nah, that's it. The Standard with Ads plan, two screens, that's all I need.", []),

    ("Tunewave Premium, you're speaking with Ciarán, how can I help?", [("name", "Ciarán")]),
    ("Hiya, it's Siobhán Ní Bhriain here, I'm the one that pays for the family plan.",
     [("name", "Siobhán Ní Bhriain")]),
    ("We've six on it already and my young lad's after adding his friend from Mallow and now it won't let him in at all.", []),
    ("The family plan is capped at six accounts, so you'd need to remove one first. It's seventeen ninety-nine a month for the lot.", []),
    ("I want to move it off the card and onto direct debit. The IBAN is %s." % group4(EN_IB1),
     [("iban", group4(EN_IB1))]),
    ("Fourteen Ashgrove Lawn, Ballincollig, County Cork, P31 X2K8.",
     [("address", "Fourteen Ashgrove Lawn, Ballincollig, County Cork, P31 X2K8")],
     "And the billing address for the mandate?"),
    ("Yeah, it's siobhan dot nibhriain at gmail dot com, all one word, no fada.",
     [("email", "siobhan dot nibhriain at gmail dot com")],
     "And an email for the mandate confirmation?"),
    ("Grand so, that'll come out on the first of every month starting the 1st of May, and the card payment from the 28th of April will be the last one.", []),
    ("Lovely, you're all set, you'll get the mandate by email in the next day or two.", []),

    ("PixelForge support, Tomasz speaking.", [("name", "Tomasz")]),
    ("Hi, yeah, my name's Gareth Pryce, it's about my son's account, someone's got into it and changed everything.",
     [("name", "Gareth Pryce")]),
    ("They've bought twenty-four hundred Forge Points, that's seventy-nine ninety-nine, at like three in the morning on the 9th of February.", []),
    ("It was g dot pryce, p r y c e, seventy-four at hotmail dot co dot uk.",
     [("email", "g dot pryce, p r y c e, seventy-four at hotmail dot co dot uk")],
     "What was the original email on the account before it was changed?"),
    ("The mobile on it is oh seven seven double oh, nine double oh, four five six.",
     [("phone", "oh seven seven double oh, nine double oh, four five six")],
     "And the phone number that was set up for two-step verification?"),
    ("Twenty-second of August, two thousand and eleven. He's thirteen.",
     [("date_of_birth", "Twenty-second of August, two thousand and eleven")],
     "And the date of birth on the account, which would be your son's?"),
    ("Right, Mr Pryce, I've reversed the twenty-four hundred points and opened ticket 884 1227 for the security team.",
     [("name", "Pryce")]),
    ("It's a PF5 Slim, model CFI-2016, bought in the Black Friday sale, if that makes any difference.", []),
    ("Logins came from two new devices on the 8th and 10th of February, both after 2 a.m., so we'll sign out every session.", []),

    ("Good afternoon, please is this Jelly Rush support? My name is Chinedu Okafor, I am calling from Lagos.",
     [("name", "Chinedu Okafor")]),
    ("My daughter took my phone and bought gems, forty-five thousand naira in one evening!", []),
    ("I'm so sorry to hear that. Could I have the phone number linked to the game account?", []),
    ("It is plus two three four, eight zero three, four one two, seven seven nine zero.",
     [("phone", "plus two three four, eight zero three, four one two, seven seven nine zero")]),
    ("The card they charged is a Verve, %s." % say(EN_D, EN_C2, groups=[4, 4, 4, 4, 3]),
     [("card", say(EN_D, EN_C2, groups=[4, 4, 4, 4, 3]))]),
    ("Please the receipt says order %s, is that the one?" % EN_GPA, []),
    ("Yes, that's one of eleven orders, the biggest is the Mega Chest for nineteen thousand nine hundred and ninety naira.", []),
    ("Under Settings, Family, turn on Ask to Buy and set the spending limit to zero, then she can't buy anything without your PIN.", []),
    ("Fifth of November, nineteen seventy-nine.", [("date_of_birth", "Fifth of November, nineteen seventy-nine")],
     "For the refund form I'll need your date of birth please."),
    ("Send it to chinedu.okafor79@yahoo.com please.", [("email", "chinedu.okafor79@yahoo.com")]),

    ("LiveLoop creator support, this is Hannah.", [("name", "Hannah")]),
    ("hey its jaylen brooks my payouts been on hold since like the 15th",
     [("name", "jaylen brooks")]),
    ("Okay, it looks like the tax info didn't match, so I need you to re-enter your Social.", []),
    ("okay its five two four, three one, eight eight oh six",
     [("id", "five two four, three one, eight eight oh six")]),
    ("The hold is for twelve eighty-four sixty in subs and bits from the last two pay periods.", []),
    ("You streamed 212 hours last month and peaked at 1,850 concurrent viewers, which is why you qualify for the 70/30 split.", []),
    ("4417 North Kedzie Avenue, apartment 2B, Chicago, Illinois 60625.",
     [("address", "4417 North Kedzie Avenue, apartment 2B, Chicago, Illinois 60625")],
     "And the mailing address for your year-end forms?"),
]
assert say(EN_D, EN_SSN1, oh=True, groups=[3, 2, 4]) == "five two four, three one, eight eight oh six"

# RideCore (connected bike app, Australia); VaultKey (password manager
# lock-out, England); ShieldNet (antivirus auto-renewal, India); Hearth Audio
# (audiobooks, Israeli caller in English); SafeNest (parental-control app,
# Anglo immigrant in Israel).
EN_C3 = card("535122009871443")            # Mastercard
EN_C4 = card("652150078812349")            # RuPay
EN_IB2 = iban("GB", "LOYD30963417652204")
EN_IB5 = iban("IL", "0126240000084613920")
EN_IL1 = il_id("31244571")
EN_IL2 = il_id("20563318")
EN_INV = not_personal_number("4512 0098 7731 2206")   # an invoice number

EN += [
    ("RideCore, you're through to Lachlan.", [("name", "Lachlan")]),
    ("G'day, it's Bron Fitzgerald. My card expired and now the bike won't load any of the classes.",
     [("name", "Bron Fitzgerald")]),
    ("No worries, the membership's paused, not cancelled, so your streaks and your two hundred and twelve rides are all still there.", []),
    ("Yep, new one's a Mastercard, %s, expiry oh nine twenty-eight." % group4(EN_C3, "-"),
     [("card", group4(EN_C3, "-"))]),
    ("Unit 3, 27 Jacaranda Street, Paddington, Queensland 4064.",
     [("address", "Unit 3, 27 Jacaranda Street, Paddington, Queensland 4064")],
     "And the billing address on that card?"),
    ("bron fitz at bigpond dot com", [("email", "bron fitz at bigpond dot com")],
     "And the email we should send the receipt to?"),
    ("Oh four one two, three three eight, nine oh one.", [("phone", "Oh four one two, three three eight, nine oh one")],
     "And a mobile in case the payment fails again?"),
    ("It's sixty-four dollars a month, and I'll backdate it so you're not charged for the nine days it was paused.", []),
    ("Thirtieth of the first, eighty-two.", [("date_of_birth", "Thirtieth of the first, eighty-two")],
     "Last thing, the date of birth for the heart-rate zones, we have it blank?"),
    ("The Sunrise Ride on the Noosa route at 6 a.m. is back on your schedule for Tuesday and Thursday.", []),

    ("VaultKey customer care, my name is Dariusz, how can I help?", [("name", "Dariusz")]),
    ("Hello, yes, my name is Margaret Holloway and I've gone and forgotten my master password and I'm completely locked out.",
     [("name", "Margaret Holloway")]),
    ("It's p, h, o, l, l, o, w, a, y, five one, at b t internet dot com.",
     [("email", "p, h, o, l, l, o, w, a, y, five one, at b t internet dot com")],
     "Which email address is the vault registered to?"),
    ("The third of March, nineteen fifty-one.", [("date_of_birth", "The third of March, nineteen fifty-one")],
     "And your date of birth for the recovery check?"),
    ("It's the house phone, oh one six three two, nine six oh, double seven four.",
     [("phone", "oh one six three two, nine six oh, double seven four")],
     "Is there a phone number we can send the recovery code to?"),
    ("I can't reset the master password itself, but your emergency contact can approve access after a forty-eight hour wait.", []),
    ("Then I want my money back for the year, it renewed on the 12th of January for thirty-six pounds and I haven't been able to use it.", []),
    ("Of course. Please can you read me the bank details for the refund?", []),
    ("It's %s." % group4(EN_IB2), [("iban", group4(EN_IB2))]),
    ("9 Wellington Close, Shrewsbury, SY2 6PL.", [("address", "9 Wellington Close, Shrewsbury, SY2 6PL")],
     "And the postal address on the account, so I can match it?"),
    ("Wellington's the name of the close, it's near the Morrisons, not the town, love.", []),

    ("Hello, I am calling regarding ShieldNet Total Security, it auto-renewed for two thousand nine hundred and ninety-nine rupees without any intimation.", []),
    ("Sure sir, may I know whom I am speaking with?", []),
    ("Myself Venkatesh Subramanian, calling from Bangalore.", [("name", "Venkatesh Subramanian")]),
    ("Thank you Mr. Venkatesh. Can you please confirm the card number which got charged?", [("name", "Venkatesh")]),
    ("It is a RuPay card, %s." % say(EN_D, EN_C4, groups=[4, 4, 4, 4]),
     [("card", say(EN_D, EN_C4, groups=[4, 4, 4, 4]))]),
    ("Registered mobile is plus nine one, nine eight four five zero, six one three two seven.",
     [("phone", "plus nine one, nine eight four five zero, six one three two seven")]),
    ("venkat dot s underscore blr at rediffmail dot com", [("email", "venkat dot s underscore blr at rediffmail dot com")],
     "And the email ID registered with the licence?"),
    ("No. 42, 3rd Cross, 5th Main, Jayanagar 4th Block, Bengaluru 560011.",
     [("address", "No. 42, 3rd Cross, 5th Main, Jayanagar 4th Block, Bengaluru 560011")],
     "For the GST invoice, what is the billing address?"),
    ("The licence covers 3 devices for 365 days, key starting SNT-88K4, and invoice number %s is for the renewal." % EN_INV, []),
    ("Refund will reflect in five to seven working days, sir, your complaint number is 2025 0417 3391.", []),

    ("Hi, I'm calling from Israel about my Hearth Audio subscription, the Israeli card keeps getting declined.", []),
    ("Sure, I can help with that. Can I take your name?", []),
    ("Yeah, it's Noa Ben-Shimol.", [("name", "Noa Ben-Shimol")]),
    ("Israeli cards need the cardholder's ID number with the payment. It's %s." % group(EN_IL1, [3, 3, 3]),
     [("id", group(EN_IL1, [3, 3, 3]))]),
    ("Oh five four, seven seven two, three one, oh eight.", [("phone", "Oh five four, seven seven two, three one, oh eight")],
     "And a phone number for the card verification text?"),
    ("And honestly if it doesn't work, just refund the two months to my account, %s." % EN_IB5,
     [("iban", EN_IB5)]),
    ("noa.bs@walla.co.il", [("email", "noa.bs@walla.co.il")], "What email is the account under?"),
    ("You've got 14 credits left and the Premium plan renews on the 21st at fourteen ninety-five.", []),

    ("SafeNest, this is Shira. How can I help?", [("name", "Shira")]),
    ("Hi, it's Yudi Klein, I'm in Beit Shemesh. The filter on my kids' tablets stopped working after the update.",
     [("name", "Yudi Klein")]),
    ("Version 7.4.2 had a bug with the schedule, so update to 7.4.3 and set the bedtime lock again from 21:00 to 7:00.", []),
    ("uh my teudat zehut is %s" % say(EN_D, EN_IL2, groups=[3, 3, 3]),
     [("id", say(EN_D, EN_IL2, groups=[3, 3, 3]))],
     "To change the payment method I need the ID number of the cardholder."),
    ("Five profiles, 39 shekels a month, and the free month ran out on the 2nd of June.", []),
]

# DraftPro (design software licence for a Greek studio); Stillpoint
# (meditation app, expat in Riyadh); Arena Pass (game subscription, Riyadh);
# FitHer (women's fitness app, Jeddah); Podwave (podcast hosting payouts, US);
# Questery (game store age check, US); Burrow VPN (Dubai); CodeNest (IDE
# licence, Amman); Kindling (dating app, German caller in the UK).
EN_C5 = card("37828411920315")             # Amex 15
EN_C6 = card("675911223344556")            # Maestro
EN_C7 = card("601155443322110")            # Discover
EN_C8 = card("440647558102394")            # mada
EN_IB3 = iban("DE", "500105175407324931")
EN_IB4 = iban("GR", "01107240000072400184315")
EN_IB6 = iban("SA", "80000504608016230917")
EN_IB7 = iban("AE", "0260001015334218901")
EN_IB8 = iban("JO", "ARAB1180000000118201554100")
EN_AFM = afm("06483172")
EN_SA1 = saudi_id("106245873")
EN_SA2 = saudi_id("110938462")
EN_IQ1 = saudi_id("245106788")
EN_SSN2 = "318-46-2290"
assert ssn_ok(EN_SSN2)
EN_TXN = not_personal_number("7731 0042 9981 5567")

EN += [
    ("Hello, good morning, I am Kostas Papadakis from Papadakis Design in Thessaloniki, we have five seats of DraftPro.",
     [("name", "Kostas Papadakis")]),
    ("For the Greek invoice I need the AFM on it, my AFM is %s, and not the company name only." % EN_AFM,
     [("id", EN_AFM)]),
    ("Tsimiski 48, third floor, 546 23 Thessaloniki.", [("address", "Tsimiski 48, third floor, 546 23 Thessaloniki")],
     "And the address to print on the invoice?"),
    ("Five seats at fifty-nine ninety-nine a seat a year is two ninety-nine ninety-five before VAT, and Greek VAT is 24 percent.", []),
    ("We pay by bank transfer now, not card, from %s." % group4(EN_IB4), [("iban", group4(EN_IB4))]),

    ("Thanks Fiona, and what's the Iqama number on the mada card?", [("name", "Fiona")],
     "Hi, it's Fiona McLeod, I'm in Riyadh and Stillpoint keeps rejecting my card."),
    ("It's two four five one, oh six seven, eight eight %s." % say(EN_D, EN_IQ1[-1]),
     [("id", "two four five one, oh six seven, eight eight %s" % say(EN_D, EN_IQ1[-1]))]),
    ("And the card itself is %s, expires twelve twenty-seven." % group4(EN_C8), [("card", group4(EN_C8))]),
    ("The yearly plan is 299 riyals and the 30-day Sleep Stories pack is 49, both show as failed on the 5th and the 6th.", []),

    ("Hi, yes, my name is Abdulrahman Al-Qahtani, I paid for the Arena Pass for twelve months and the server has been down since Ramadan.",
     [("name", "Abdulrahman Al-Qahtani")]),
    ("National ID %s." % say(EN_D, EN_SA1), [("id", say(EN_D, EN_SA1))],
     "Sure, for Saudi accounts I need to verify the national ID or Iqama number."),
    ("oh five five, three one two, four four seven eight", [("phone", "oh five five, three one two, four four seven eight")],
     "And the mobile number registered?"),
    ("Please transfer the refund to %s, it's Al Rajhi." % EN_IB6, [("iban", EN_IB6)]),
    ("The refund is prorated, so 8 months of 35 riyals is 280 riyals, and the transaction number is %s." % EN_TXN, []),

    ("Yeah, it's %s." % group(EN_SA2, [4, 3, 3]), [("id", group(EN_SA2, [4, 3, 3]))],
     "For FitHer in Saudi we verify every member with their national ID number, what is yours?"),
    ("Um, the 7th of May 1996. The Hijri one I'd have to check, sorry.",
     [("date_of_birth", "the 7th of May 1996")], "And your date of birth?"),
    ("The Jeddah studio classes are at 5:30 and 8 p.m. and the plan is 129 riyals a month, 10 classes.", []),

    ("Podwave payouts, this is Connor. Before I release the payment I need the full Social on file.", [("name", "Connor")]),
    ("Sure, it's %s." % EN_SSN2, [("id", EN_SSN2)]),
    ("And the hosting is billed to the Amex, %s." % group(EN_C5, [4, 6, 5]), [("card", group(EN_C5, [4, 6, 5]))]),
    ("Your show had 48,300 downloads in April, so at the 22 dollar CPM that's the 1,062 in the payout.", []),

    ("Hollow Crown is rated M, so I need the account holder's date of birth before I can unlock it.", []),
    ("Yeah, that's me, April 2nd, 1990.", [("date_of_birth", "April 2nd, 1990")]),
    ("So the Discover card is six oh one one, double five four four, three three two two, one one oh %s." % say(EN_D, EN_C7[-1]),
     [("card", "six oh one one, double five four four, three three two two, one one oh %s" % say(EN_D, EN_C7[-1]))]),
    ("2250 Ridgecrest Drive, Colorado Springs, 80918.", [("address", "2250 Ridgecrest Drive, Colorado Springs, 80918")],
     "And the billing zip and street for that card?"),

    ("The Burrow VPN two-year plan was 89 dollars, and I cancelled on day 27, so within the 30 days.", []),
    ("Villa 14, Street 7B, Al Barsha 2, Dubai.", [("address", "Villa 14, Street 7B, Al Barsha 2, Dubai")],
     "Can you confirm the address on the account?"),
    ("Refund to my Emirates NBD account please, IBAN %s." % group4(EN_IB7), [("iban", group4(EN_IB7))]),

    ("CodeNest renews 40 licences on the 1st of July, and we're dropping to 32, so eight fewer at 149 each.", []),
    ("We've moved to a new bank in Amman, so the direct debit is now from %s." % group4(EN_IB8), [("iban", group4(EN_IB8))]),

    ("Hi, I'm Jonas Wehrmann, and Kindling has charged me for Gold three times although I cancelled in the app.",
     [("name", "Jonas Wehrmann")]),
    ("Ja, the twenty-sixth of September, ninety-three.", [("date_of_birth", "the twenty-sixth of September, ninety-three")],
     "I'm sorry about that. Can you confirm your date of birth for me?"),
    ("Please put it back on the German account, %s, not the Maestro." % group4(EN_IB3), [("iban", group4(EN_IB3))]),
    ("The Maestro was %s, I think that one is blocked now anyway." % group4(EN_C6), [("card", group4(EN_C6))]),
    ("jonas dot wehrmann at web dot de", [("email", "jonas dot wehrmann at web dot de")],
     "And which email should the confirmation go to?"),
    ("You had 5 Super Likes and 2 Boosts left, and Gold was 24 ninety-nine on the 3rd, 10th and 17th.", []),
]

LANGS["en"] = EN

# ---------------------------------------------------------------- Arabic
# Calls: Mashhad+ (video streaming double charge, Riyadh, Gulf); Naghma (music
# family plan, Amman, Levantine); Desert Wars (son's in-game purchases, Cairo,
# Egyptian); Wisal (matrimonial app, Casablanca, Darija); Liyaqati (fitness
# app, Dubai, Gulf).
AR_G = "صفر واحد اثنين ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة".split()
AR_EG = "زيرو واحد اتنين تلاتة أربعة خمسة ستة سبعة تمانية تسعة".split()

AR_SA1 = saudi_id("107734562")
AR_C1 = card("440647902215873")           # mada
AR_IB1 = iban("JO", "CBJO0010000000000131002477")
AR_C2 = card("507803125566109")           # Meeza
AR_IB2 = iban("EG", "0019000500000002631809421")
AR_IB3 = iban("MA", "011780000012345077692241")
AR_IB4 = iban("AE", "0350000000217766503")
AR_C3 = card("37144963539843")             # Amex
AR_ORD1 = not_personal_number("٤٤٠٩٨٢١٣٧٧")
AR_ORD2 = not_personal_number("2024031588721045")

AR = [
    ("مرحبا بك في مشهد بلس، معك نوف، كيف أقدر أخدمك؟", [("name", "نوف")]),
    ("هلا والله، معك عبدالله الشمري، عندي مشكلة في الاشتراك.", [("name", "عبدالله الشمري")]),
    ("انخصم مني مرتين تسعة وأربعين ريال يوم ثلاثة رمضان، وأنا أصلاً مشترك بالباقة السنوية.", []),
    ("أبشر يا أستاذ عبدالله، ممكن رقم الهوية الوطنية المسجل بالحساب؟", [("name", "عبدالله")]),
    ("إيه، %s" % say(AR_G, AR_SA1), [("id", say(AR_G, AR_SA1))]),
    ("البطاقة مدى، رقمها %s" % arabic_digits(group4(AR_C1)), [("card", arabic_digits(group4(AR_C1)))]),
    ("جوالي ٠٥٠٣٤٨٢٢٧١ ولا تتصلون على الثابت", [("phone", "٠٥٠٣٤٨٢٢٧١")]),
    ("تم استرجاع المبلغ، يوصلك خلال أربعة عشر يوم عمل، ورقم الطلب %s." % AR_ORD1, []),
    ("الباقة السنوية بمية وتسعة وتسعين ريال وتشمل الدوري والمسلسلات، وتتجدد أول شوال.", []),
    ("طيب والحلقة الأخيرة من مسلسل بيت سلطان ما تشتغل على الشاشة الثانية، يطلع كود خطأ ٤٠٣.", []),

    ("نغمة، معك رامي، تفضّل.", [("name", "رامي")]),
    ("مرحبا، أنا رولا حداد، عندي الباقة العائلية وبدي أضيف ابني بس بيقلّي وصلت الحد.", [("name", "رولا حداد")]),
    ("الباقة العائلية بتاخد ست حسابات، وإنتِ حاليًا عندك ستة، فلازم تشيلي واحد، والسعر سبعة دنانير بالشهر.", []),
    ("وكمان بدي أدفع من الحساب البنكي بدل البطاقة، الآيبان تبعي %s" % group4(AR_IB1), [("iban", group4(AR_IB1))]),
    ("عمّان، خلدا، شارع وصفي التل، عمارة ١٨، الطابق التالت.", [("address", "عمّان، خلدا، شارع وصفي التل، عمارة ١٨، الطابق التالت")],
     "وشو العنوان اللي بدك ياه على الفاتورة؟"),
    ("اتناشر أربعة تمانية وتمانين.", [("date_of_birth", "اتناشر أربعة تمانية وتمانين")], "وتاريخ ميلادك لو سمحتِ؟"),
    ("الإيميل رولا دوت حداد تمانية وتمانين ات جيميل دوت كوم", [("email", "رولا دوت حداد تمانية وتمانين ات جيميل دوت كوم")]),
    ("رقمي صفر سبعة تسعة، خمسة خمسة اتنين، تلاتة تلاتة تمانية واحد", [("phone", "صفر سبعة تسعة، خمسة خمسة اتنين، تلاتة تلاتة تمانية واحد")]),
    ("تمام، الخصم بيصير يوم خمسة بكل شهر، وأول خصم من الحساب رح يكون بأيار.", []),

    ("أيوه يا فندم، أنا المهندس شريف عبد العزيز، ابني اشترى شدّات بحوالي تلات تلاف وخمسمية جنيه من غير ما أعرف.", [("name", "شريف عبد العزيز")]),
    ("معلش يا باشمهندس شريف، ممكن حضرتك تقولّي رقم الكارت اللي اتسحب منه؟", [("name", "شريف")]),
    ("الكارت ميزة، %s" % say(AR_EG, AR_C2, groups=[4, 4, 4, 4]), [("card", say(AR_EG, AR_C2, groups=[4, 4, 4, 4]))]),
    ("رقم الموبايل زيرو واحد اتنين، تمانية تسعة أربعة خمسة، تلاتة تلاتة واحد سبعة.", [("phone", "زيرو واحد اتنين، تمانية تسعة أربعة خمسة، تلاتة تلاتة واحد سبعة")]),
    ("فيه تمن عمليات من يوم ١٥ مارس، أكبرهم بتسعمية وتسعة وتسعين جنيه، رقم العملية %s." % AR_ORD2, []),
    ("من الإعدادات حضرتك تفعّل قفل الشراء وتحط باسورد من ست أرقام، وكمان تحدد وقت اللعب بساعتين في اليوم.", []),
    ("ياريت الفلوس ترجع على الحساب البنكي مش الكارت، الآيبان %s" % AR_IB2, [("iban", AR_IB2)]),
    ("١٥ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٧", [("address", "١٥ شارع عباس العقاد، مدينة نصر، الدور التالت، شقة ٧")],
     "والعنوان المسجل على الحساب يا فندم؟"),
    ("الموضوع هياخد من سبعة لعشرة أيام عمل، ورقم الشكوى ٧٧٠٣١ يا فندم.", []),

    ("السلام عليكم، أنا سميرة بنّاني، كنعيّط من كازا، بغيت نلغي الاشتراك ديال وصال.", [("name", "سميرة بنّاني")]),
    ("وعليكم السلام أختي سميرة، مرحبا بيك، شنو المشكل بالضبط؟", [("name", "سميرة")]),
    ("خلّصت تسعة وتسعين درهم فالشهر، وتقطعو ليا جوج مرات فنفس النهار، نهار الجمعة.", []),
    ("النمرة ديالي زيرو ستة، ثمنطاش، اثنين وأربعين، سبعة وسبعين، ثلاثين.", [("phone", "زيرو ستة، ثمنطاش، اثنين وأربعين، سبعة وسبعين، ثلاثين")]),
    ("samira.bennani91@hotmail.fr", [("email", "samira.bennani91@hotmail.fr")], "واش ممكن تعطيني الإيميل اللي مسجلة بيه؟"),
    ("أنا من مواليد ١٩ يوليوز ١٩٩١، باش تتأكدي.", [("date_of_birth", "١٩ يوليوز ١٩٩١")]),
    ("رجعي ليا الفلوس فالحساب البنكي، %s" % group4(AR_IB3), [("iban", group4(AR_IB3))]),
    ("الاشتراك الذهبي كيعطيك عشرة ديال الإعجابات فالنهار، وغادي يتسالى يوم ثلاثين أبريل.", []),

    ("مساء الخير، معاك هند من لياقتي، كيف أقدر أساعدك؟", [("name", "هند")]),
    ("مساء النور، معك حمدان المنصوري، أبا ألغي الاشتراك الشهري.", [("name", "حمدان المنصوري")]),
    ("الاشتراك الشهري تسعة وتسعين درهم، ولو ألغيته اليوم تقدر تستخدم البرنامج لين ثمانية وعشرين الشهر.", []),
    ("رقمي +971 50 664 1289", [("phone", "+971 50 664 1289")]),
    ("تاريخ الميلاد ١٩٨٥/٠٣/١٤", [("date_of_birth", "١٩٨٥/٠٣/١٤")], "عشان أتحقق من الحساب، تاريخ ميلادك؟"),
    ("فيلا ٢٢، شارع ١٧، الخوانيج ٢، دبي", [("address", "فيلا ٢٢، شارع ١٧، الخوانيج ٢، دبي")], "وين عنوانك المسجل؟"),
    ("وانخصم من الأمريكان إكسبريس %s مرتين" % group(AR_C3, [4, 6, 5]), [("card", group(AR_C3, [4, 6, 5]))]),
    ("رجّعوا المبلغ على حسابي في بنك الإمارات دبي الوطني، %s" % AR_IB4, [("iban", AR_IB4)]),
    ("تمرين الساعة ستة الصبح مع برنامج تحدي الثلاثين يوم، وخسرت أربعة كيلو، بس ما أبا أجدد.", []),
]

# Dafater Cloud (accounting software licence, Riyadh, MSA); Ain al-Ahl
# (parental-control app, Egyptian in Jeddah); Hisn (antivirus renewal, Arab
# citizen of Israel, Nazareth); Arena Network (hacked console account, Kuwait).
AR_IQ1 = saudi_id("238190457")
AR_IQ2 = saudi_id("251347706")
AR_C4 = card("414709335120468")           # Visa
AR_IB5 = iban("SA", "10000001234008771520")
AR_VAT = not_personal_number("٣١٠١٢٢٣٩٣٥٠٠٠٠٣")
AR_CR = not_personal_number("1010447281")
AR_IL1 = il_id("03845221")
AR_IL2 = il_id("20917345")
AR_IB6 = iban("IL", "0105120000063390477")
AR_C5 = card("524330778190226")           # Mastercard
AR_IB7 = iban("KW", "NBOK0000000000002003318841")

AR += [
    ("شركة دفاتر كلاود، معك المهندس ماجد القحطاني، تفضل.", [("name", "ماجد القحطاني")]),
    ("السلام عليكم، أنا محمد باعشن، صاحب مؤسسة باعشن للمقاولات، عندنا اشتراك خمسة مستخدمين.", [("name", "محمد باعشن")]),
    ("الفاتورة الضريبية لازم يكون فيها الرقم الضريبي %s والسجل التجاري %s." % (AR_VAT, AR_CR), []),
    ("أبغى أغير الدفع من حسابي الشخصي، ورقم إقامتي %s" % AR_IQ1, [("id", AR_IQ1)]),
    ("بطاقة فيزا %s وتنتهي ٠٨/٢٧" % group4(AR_C4), [("card", group4(AR_C4))]),
    ("والتحويل البنكي من الآيبان %s" % group4(AR_IB5), [("iban", group4(AR_IB5))]),
    ("٣٤٥٦ طريق الملك فهد، حي العليا، الرياض ١٢٢١٤، الرقم الإضافي ٧٧٨١",
     [("address", "٣٤٥٦ طريق الملك فهد، حي العليا، الرياض ١٢٢١٤، الرقم الإضافي ٧٧٨١")],
     "وما هو العنوان الوطني المسجل للمؤسسة؟"),
    ("m.baashen@baashen-co.com.sa", [("email", "m.baashen@baashen-co.com.sa")], "والبريد الإلكتروني لإرسال الفواتير؟"),
    ("الباقة الاحترافية بألف ومئتين ريال سنويًا للمستخدم، والتجديد في ١ محرم، ويمكن إضافة مستخدمين بتسعة وتسعين ريال شهريًا.", []),

    ("ألو، أيوه، أنا اسمي منى الشربيني، مصرية ساكنة في جدة، والأبلكيشن بتاع الرقابة على الأولاد وقف خالص.", [("name", "منى الشربيني")]),
    ("طيب يا فندم، الجهاز اللي عليه المشكلة أندرويد ولا آيفون؟", []),
    ("تابلت سامسونج، وابني عنده عشر سنين، وبيفتح يوتيوب لحد الساعة اتنين بالليل.", []),
    ("اللي عملناه في التحديث ١٢.٤ إن الجدول بيتمسح، حضرتك ادخلي على قواعد الوقت وحطي من تسعة بالليل لسبعة الصبح.", []),
    ("إيميلي منى أندرسكور شربيني سبعة تمانية ات ياهو دوت كوم", [("email", "منى أندرسكور شربيني سبعة تمانية ات ياهو دوت كوم")]),
    ("رقم الإقامة %s" % say(AR_EG, AR_IQ2, groups=[4, 3, 3]), [("id", say(AR_EG, AR_IQ2, groups=[4, 3, 3]))],
     "عشان نغير صاحب الحساب محتاجين رقم الإقامة يا فندم."),
    ("تاريخ ميلاده ٢٣ سبتمبر ٢٠١٤، عشان الفلتر يبقى على سن عشرة.", [("date_of_birth", "٢٣ سبتمبر ٢٠١٤")],
     "وتاريخ ميلاد الطفل اللي على الجهاز؟"),
    ("الاشتراك العائلي بتسعة وعشرين ريال في الشهر لغاية خمس أجهزة، وانتي دافعة لحد ٣٠ يونيو.", []),

    ("مرحبا، بحكي من الناصرة، عندي اشتراك بحصن للحماية وتجدد لحاله بمية وتسعين شيكل.", []),
    ("أهلا وسهلا، مع مين بحكي؟", []),
    ("معك وسيم خوري.", [("name", "وسيم خوري")]),
    ("يا هلا أستاذ وسيم. بطاقات الاعتماد الإسرائيلية بتطلب رقم هوية صاحب البطاقة، شو رقم هويتك؟", [("name", "وسيم")]),
    ("%s" % say(AR_D, AR_IL1), [("id", say(AR_D, AR_IL1))]),
    ("بس البطاقة على اسم مرتي، هويتها %s" % AR_IL2, [("id", AR_IL2)]),
    ("شارع بولس السادس ١٤٢، الناصرة، ١٦٠٠٠", [("address", "شارع بولس السادس ١٤٢، الناصرة، ١٦٠٠٠")], "والعنوان للفاتورة؟"),
    ("رقم التلفون ٠٥٢-٦٦٣٤١٨٩", [("phone", "٠٥٢-٦٦٣٤١٨٩")]),
    ("واذا بدك ترجع المصاري، على حساب البنك %s" % group4(AR_IB6), [("iban", group4(AR_IB6))]),
    ("الرخصة لثلاث أجهزة لمدة سنة، ورقم الرخصة HSN-4471-0932-88، ورح يوصلك إيميل خلال ٢٤ ساعة.", []),

    ("هلا، أنا بدر العنزي من الكويت، حسابي بشبكة أرينا انسرق وغيروا الإيميل.", [("name", "بدر العنزي")]),
    ("كان bader underscore q8 ات جيميل دوت كوم", [("email", "bader underscore q8 ات جيميل دوت كوم")], "شنو كان الإيميل الأصلي؟"),
    ("تاريخ ميلادي ستة عشر، عشرة، ألفين وثلاثة.", [("date_of_birth", "ستة عشر، عشرة، ألفين وثلاثة")]),
    ("+٩٦٥ ٦٦٠٤ ٥٨١٢", [("phone", "+٩٦٥ ٦٦٠٤ ٥٨١٢")], "ورقم التلفون المربوط بالتحقق بخطوتين؟"),
    ("اشتروا ٥٠٠٠ كوين بـ ٣٩.٩٩ دينار يوم ١١ فبراير الساعة ثلاثة الفجر، من جهاز في دولة ثانية.", []),
    ("البطاقة ماستر كارد %s" % say(AR_G, AR_C5), [("card", say(AR_G, AR_C5))]),
    ("رجعوا لي الفلوس على حسابي بالوطني %s" % AR_IB7, [("iban", AR_IB7)]),
    ("سكرنا كل الجلسات، وفتحنا تذكرة رقم ٩٩٣٢٠٤، والحساب بيرجع لك خلال ٤٨ ساعة.", []),
    ("لعبة ليلة الصقور بالإصدار ٢.١ بعدها موجودة في المكتبة، ما تنحذف.", []),
]

# Mal'ab+ (sports streaming, Algiers); Masmou' (audiobook app, Riyadh);
# Naghamat (music streaming, Beirut); Diamond top-up for a mobile game (Tunis);
# Qimma Games pass (Riyadh); Nafaq VPN (Sudanese caller in Riyadh).
AR_C6 = card("628012775304916")           # CIB (Algeria)
AR_SA2 = saudi_id("109182736")
AR_SA3 = saudi_id("113560298")
AR_IQ3 = saudi_id("227004615")
AR_C7 = card("446404551087320")           # mada
AR_IB8 = iban("LB", "099900000000100190227114")
AR_C8 = card("540021877366512")           # Mastercard
AR_REF = not_personal_number("١٠٢٣٤٥٦٧٨٩٠١٢٣")

AR += [
    ("ملعب بلس، معاك ياسمين، واش نقدر نعاونك؟", [("name", "ياسمين")]),
    ("صحيتي، أنا كريم بلعيد، خلّصت الاشتراك تاع الموسم وما راهش يخدم الماتش.", [("name", "كريم بلعيد")]),
    ("ماتش الكأس كان يبدا على الثمانية ونص، وبقيت نستنى حتى للعشرة وما جاش.", []),
    ("الاشتراك تاع الموسم بثلاثة آلاف وخمسمية دينار، وراه مسجل عندنا نهار ٢ سبتمبر.", []),
    ("النومرو تاعي زيرو خمسة خمسة ستة، ثلاثة وعشرين، أربعة وتسعين، ستين", [("phone", "زيرو خمسة خمسة ستة، ثلاثة وعشرين، أربعة وتسعين، ستين")],
     "عطيني النومرو المسجل في الحساب."),
    ("karim.belaid.dz@gmail.com", [("email", "karim.belaid.dz@gmail.com")], "والإيمايل؟"),
    ("الكارط CIB رقمها %s" % group4(AR_C6), [("card", group4(AR_C6))]),
    ("حي ٢٠٠ مسكن، عمارة ب، رقم ١٢، باب الزوار، الجزائر العاصمة",
     [("address", "حي ٢٠٠ مسكن، عمارة ب، رقم ١٢، باب الزوار، الجزائر العاصمة")], "والعنوان تاعك من فضلك؟"),
    ("رانا نعوضولك بشهر مجاني، والماتشات الجايين في الجولة ١٤ و١٥ يكونو عادي.", []),

    ("السلام عليكم، أنا نورة الدوسري، مشتركة في تطبيق مسموع وانخصم مني الاشتراك السنوي مع إني لغيته.", [("name", "نورة الدوسري")]),
    ("وعليكم السلام، حياك الله. نحتاج نتحقق من هويتك، ممكن رقم الهوية؟", []),
    ("رقم الهوية %s" % arabic_digits(AR_SA2), [("id", arabic_digits(AR_SA2))]),
    ("وتاريخ ميلادي ١٤١٢/٠٧/٠٩ هـ", [("date_of_birth", "١٤١٢/٠٧/٠٩ هـ")]),
    ("اللي انخصم على بطاقة مدى %s بتاريخ ١٠ ذو القعدة" % say(AR_G, AR_C7, groups=[4, 4, 4, 4]),
     [("card", say(AR_G, AR_C7, groups=[4, 4, 4, 4]))]),
    ("الاشتراك السنوي بمئتين وتسعة وتسعين ريال، وعندك ٣٤ كتاب محفوظ في المكتبة ما راح تنحذف.", []),
    ("رقم الطلب %s، والمبلغ يرجع خلال سبعة إلى عشرة أيام." % AR_REF, []),

    ("نغمات، معك طوني، كيف فيني ساعدك؟", [("name", "طوني")]),
    ("بونجور، أنا كارلا عيسى، عم يقطعولي عشرة دولار كل شهر على حساب ما بعرفه.", [("name", "كارلا عيسى")]),
    ("هيدا حساب عائلي مفتوح من ٢٠٢٢، في عليه أربع أعضاء، وآخر دفعة كانت ٣ آذار.", []),
    ("الإيميل تبعي carla dot issa at outlook dot com", [("email", "carla dot issa at outlook dot com")]),
    ("رقمي ٠٣ ٤٨٧ ٢٢٩", [("phone", "٠٣ ٤٨٧ ٢٢٩")], "وشو رقم تلفونك؟"),
    ("تمانية تشرين الأول أربعة وتسعين", [("date_of_birth", "تمانية تشرين الأول أربعة وتسعين")], "وتاريخ الميلاد للتأكيد؟"),
    ("الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الخامس", [("address", "الأشرفية، شارع مار مخايل، بناية الحلو، الطابق الخامس")],
     "والعنوان المسجل على الحساب؟"),
    ("رجعولي المصاري ع الحساب %s" % group4(AR_IB8), [("iban", group4(AR_IB8))]),
    ("بعد ما نلغي الحساب، الأغاني المحمّلة بتضل تلاتين يوم بس.", []),

    ("عسلامة، أنا أيمن الطرابلسي، شريت ألفين جوهرة وما وصلوش للحساب.", [("name", "أيمن الطرابلسي")]),
    ("aymen underscore trb at gmail point com", [("email", "aymen underscore trb at gmail point com")], "شنوة الإيميل متاع الحساب؟"),
    ("نهار خمسطاش مارس ألفين وستة، عندي ثمنطاش عام.", [("date_of_birth", "خمسطاش مارس ألفين وستة")],
     "لازمني نتأكد من العمر، شنوة تاريخ الولادة؟"),
    ("الألفين جوهرة بـ ٢٩ دينار، والطلبية رقم ٧٧٤٠٢١ توصل في ظرف ساعة.", []),
    ("خلّصت بالماستركارد متاع بابا %s" % group(AR_C8, [4, 4, 4, 4], "-"), [("card", group(AR_C8, [4, 4, 4, 4], "-"))]),

    ("معك أبو فيصل، اشتراك قمة قيمز حقي موقوف من أسبوع.", [("name", "أبو فيصل")]),
    ("أبشر، بس أحتاج رقم الهوية الوطنية لصاحب الحساب.", []),
    ("%s" % group(AR_SA3, [3, 3, 4], " "), [("id", group(AR_SA3, [3, 3, 4], " "))]),
    ("الباقة الذهبية بتسعة وثلاثين ريال، وفيها مية لعبة، والتجديد يوم ٢٥ من كل شهر.", []),
    ("حساب قمة قيمز مربوط بجهاز البلايستيشن الثاني، موديل CFI-1216A، لازم تفعله كجهاز أساسي.", []),

    ("أنا عثمان من السودان، مقيم في الرياض، وتطبيق نفق الـ VPN جدد لي سنتين بدون ما أطلب.", [("name", "عثمان")]),
    ("رقم إقامتي %s" % say(AR_G, AR_IQ3), [("id", say(AR_G, AR_IQ3))]),
    ("osman.eltayeb@hotmail.com", [("email", "osman.eltayeb@hotmail.com")], "وعلى أي إيميل مسجل الاشتراك؟"),
    ("حي الملز، شارع الستين، عمارة ٤، شقة ١١، الرياض", [("address", "حي الملز، شارع الستين، عمارة ٤، شقة ١١، الرياض")],
     "وعنوانك المسجل عندنا يا أستاذ؟"),
    ("السنتين بمية وتسعة وخمسين دولار، ونقدر نرجع لك المبلغ كامل لأنك طلبت خلال ثلاثين يوم.", []),
    ("رقمي ٠٥٩٨٨٤٣٠١٥", [("phone", "٠٥٩٨٨٤٣٠١٥")]),
    ("السيرفرات في دبي وفرانكفورت، والسرعة ما تنزل عن مية ميقا.", []),
]

LANGS["ar"] = AR

# ---------------------------------------------------------------- Hebrew
# Calls: Strimo (video streaming double charge, Tel Aviv, native speaker);
# Tslil (music family plan, French immigrant in Netanya); Portal Games
# (child's in-game purchases, Russian-speaking father in Ashdod); Matchi
# (dating app, Anglo immigrant in Jerusalem); Kosheron (fitness app,
# Ethiopian-Israeli caller in Rehovot).
HE_ID1 = il_id("30418825")
HE_C1 = card("455698120043771")           # Visa
HE_IB1 = iban("IL", "0108000000021449870")
HE_C2 = card("532611047729386")           # Mastercard
HE_ID2 = il_id("32167490")
HE_C3 = card("37605512340981")             # Amex
HE_ID3 = il_id("20846153")
HE_ORD1 = not_personal_number("8820 3371 0045 1190")

HE = [
    ("שלום, הגעת לשירות הלקוחות של סטרימו, מדברת מיכל, איך אפשר לעזור?", [("name", "מיכל")]),
    ("היי מיכל, מדבר עומר לוי, חייבו אותי פעמיים על החודש הזה.", [("name", "עומר לוי")]),
    ("אני רואה שני חיובים של 39.90 ב-3 לחודש, אחד מהם זה חיוב כפול, הוא יתבטל תוך עשרה ימי עסקים.", []),
    ("בשביל לאמת את החשבון אני צריכה מספר תעודת זהות, בבקשה.", []),
    ("כן, %s" % say(HE_F, HE_ID1), [("id", say(HE_F, HE_ID1))]),
    ("הכרטיס שמחויב זה ויזה %s" % group4(HE_C1), [("card", group4(HE_C1))]),
    ("הטלפון שלי אפס חמש ארבע, שבע שלוש שתיים, תשעים ואחת, שמונה אפס", [("phone", "אפס חמש ארבע, שבע שלוש שתיים, תשעים ואחת, שמונה אפס")]),
    ("רחוב אבן גבירול 112, דירה 9, תל אביב", [("address", "רחוב אבן גבירול 112, דירה 9, תל אביב")], "ומה הכתובת לחשבונית?"),
    ("מספר הפנייה שלך %s, ואתה תקבל SMS כשהזיכוי יעבור." % HE_ORD1, []),
    ("תודה רבה עומר, יום טוב.", [("name", "עומר")]),
    ("ועוד משהו, הסדרה \"משפחת ברגר\" נעצרת כל פעם בפרק 6, בעונה 2.", []),

    ("צליל, שלום, מדבר אלון.", [("name", "אלון")]),
    ("בונז'ור, אה, שלום, קוראים לי סנדרין אבוטבול, אני מנתניה, יש לי בעיה עם המנוי המשפחתי.", [("name", "סנדרין אבוטבול")]),
    ("אז בעצם, הבן שלי רוצה להצטרף, אבל כתוב שיש כבר שישה משתמשים, זה המקסימום?", []),
    ("כן, המנוי המשפחתי הוא עד שישה חשבונות, 34.90 לחודש, אפשר להסיר אחד מהאפליקציה.", []),
    ("ואני רוצה להעביר להוראת קבע מהבנק, מספר IBAN %s" % group4(HE_IB1), [("iban", group4(HE_IB1))]),
    ("המייל זה סנדרין נקודה אבוטבול שטרודל ג'ימייל נקודה קום", [("email", "סנדרין נקודה אבוטבול שטרודל ג'ימייל נקודה קום")]),
    ("רחוב סמילנסקי 18, קומה שלישית, נתניה", [("address", "רחוב סמילנסקי 18, קומה שלישית, נתניה")], "מה הכתובת שלך, גברת אבוטבול?"),
    ("ההוראה תיכנס לתוקף מה-1 ביוני, והחיוב האחרון בכרטיס יהיה ב-20 במאי.", []),

    ("שלום, מדבר יבגני, ז'ניה, הבן שלי קנה במשחק מטבעות בשמונה מאות שקל בלי לשאול.", [("name", "יבגני"), ("name", "ז'ניה")]),
    ("אני מאוד מצטערת לשמוע, יבגני. מאיזה כרטיס זה חויב?", [("name", "יבגני")]),
    ("מאסטרקארד, %s" % say(HE_F, HE_C2, groups=[4, 4, 4, 4]), [("card", say(HE_F, HE_C2, groups=[4, 4, 4, 4]))]),
    ("זה שבע רכישות בין 14 ל-16 בפברואר, הכי גדולה 199 שקל, של חבילת \"אוצר הדרקון\".", []),
    ("טלפון שלי 052-8834417", [("phone", "052-8834417")], "איזה טלפון מחובר לחשבון?"),
    ("בהגדרות, תחת \"בקרת הורים\", תגדיר קוד של ארבע ספרות ותגביל רכישות ל-0 שקל.", []),
    ("אשדוד, רחוב הרב קוק 7, דירה 24", [("address", "אשדוד, רחוב הרב קוק 7, דירה 24")], "ואיפה אתה גר, בשביל הטופס?"),
    ("ת.ז. שלי %s" % HE_ID2, [("id", HE_ID2)]),
    ("הבקשה להחזר נפתחה, מספר 55102, תשובה תוך 48 שעות.", []),

    ("Hi, אה, שלום, זה דניאל גרינברג, I'm calling about Matchi, המנוי של הזהב.", [("name", "דניאל גרינברג")]),
    ("שלום דניאל, מה הבעיה עם המנוי?", [("name", "דניאל")]),
    ("I cancelled it, ביטלתי באפליקציה ב-2 במרץ, ועדיין ירדו לי 89 שקל.", []),
    ("dan dot greenberg at gmail dot com", [("email", "dan dot greenberg at gmail dot com")], "באיזה מייל רשום החשבון?"),
    ("שלושה עשר ביולי, שמונים ותשע", [("date_of_birth", "שלושה עשר ביולי, שמונים ותשע")], "ותאריך לידה לאימות?"),
    ("It was on the Amex, %s" % group(HE_C3, [4, 6, 5]), [("card", group(HE_C3, [4, 6, 5]))]),
    ("ה-Super Likes שנשארו לך, חמישה, יישארו עד סוף התקופה, ב-31 במרץ.", []),
    ("and my social is 227-58-4103, אם אתם צריכים בשביל ה-US account", [("id", "227-58-4103")]),

    ("כושרון שלום, מדברת שירן.", [("name", "שירן")]),
    ("שלום, אני אביבה טספאי, מרחובות. המנוי שלי נחסם ואני לא מבינה למה.", [("name", "אביבה טספאי")]),
    ("המנוי נחסם כי הכרטיס פג תוקף ב-01/25, אז שלושה חיובים חזרו.", []),
    ("בשביל לשחרר אני צריכה תעודת זהות, אביבה.", [("name", "אביבה")]),
    ("%s" % say(HE_M, HE_ID3), [("id", say(HE_M, HE_ID3))]),
    ("אני נולדתי בעשרים ושניים בנובמבר אלף תשע מאות תשעים ושתיים", [("date_of_birth", "עשרים ושניים בנובמבר אלף תשע מאות תשעים ושתיים")],
     "ותאריך לידה?"),
    ("רחוב הרצל 210, כניסה ב', רחובות", [("address", "רחוב הרצל 210, כניסה ב', רחובות")], "והכתובת שרשומה אצלך?"),
    ("האימון של שש בבוקר עם התוכנית \"שלושים יום לכושר\" יחזור לך מחר, ויש לך עוד 12 אימונים במנוי.", []),
]
assert ssn_ok("227-58-4103")

# Anan Plus (cloud storage licence, Arab citizen speaking Hebrew, Haifa);
# Magen (antivirus renewal, older caller, Be'er Sheva); Kolot (audiobook app,
# Bnei Brak); Sheket (meditation app, Haifa).
HE_ID4 = il_id("23233971")
HE_IB2 = iban("IL", "0200120000003311825")
HE_ID5 = il_id("01927364")
HE_C4 = card("3056930902590")              # Diners 14
HE_IB3 = iban("IL", "0126130000052277410")
HE_C5 = card("458003715526091")           # Visa
HE_IB4 = iban("IL", "0309180000016004572")
HE_C6 = card("547219336508142")           # Mastercard
HE_LIC = not_personal_number("4410-2287-9931-0055")

HE += [
    ("ענן פלוס, שלום, מדבר עידו.", [("name", "עידו")]),
    ("שלום, אני סאמר ח'ורי מחיפה, יש לי עסק קטן ואנחנו עם רישיון לחמישה משתמשים.", [("name", "סאמר ח'ורי")]),
    ("אני רוצה להוריד לשלושה משתמשים, כי שניים עזבו, ולשלם בהעברה מהבנק.", []),
    ("בסדר סאמר, בשביל שינוי בעל החשבון אני צריך תעודת זהות.", [("name", "סאמר")]),
    ("%s" % group(HE_ID4, [3, 3, 3], "-"), [("id", group(HE_ID4, [3, 3, 3], "-"))]),
    ("ה-IBAN זה %s" % HE_IB2, [("iban", HE_IB2)]),
    ("samer.khoury.haifa@gmail.com", [("email", "samer.khoury.haifa@gmail.com")], "ולאיזה מייל לשלוח את החשבונית?"),
    ("רחוב עבאס 31, ואדי ניסנאס, חיפה", [("address", "רחוב עבאס 31, ואדי ניסנאס, חיפה")], "והכתובת של העסק?"),
    ("שלושה משתמשים זה 147 שקל לחודש במקום 245, כל אחד עם שני טרה של אחסון.", []),

    ("מגן אבטחה, שלום, מדברת רותי, במה אפשר לעזור?", [("name", "רותי")]),
    ("שלום גברתי, שמי יעקב אזולאי, אני בן שבעים ושלוש, ואתם חידשתם לי את האנטי וירוס בלי לשאול.", [("name", "יעקב אזולאי")]),
    ("ירד לי מהדיינרס %s, מאתיים ארבעים ותשעה שקל." % group(HE_C4, [4, 6, 4]), [("card", group(HE_C4, [4, 6, 4]))]),
    ("תעודת זהות: אפס אחד, תשעה שניים שבעה, שלושה שישה ארבעה, %s" % HE_M[int(HE_ID5[-1])],
     [("id", "אפס אחד, תשעה שניים שבעה, שלושה שישה ארבעה, %s" % HE_M[int(HE_ID5[-1])])]),
    ("בבית, אפס שמונה, שש שתיים שלוש, ארבע חמש אחת שבע", [("phone", "אפס שמונה, שש שתיים שלוש, ארבע חמש אחת שבע")],
     "ויש טלפון שאפשר לחזור אליך?"),
    ("תחזירו לי לחשבון בבנק, %s" % group4(HE_IB3), [("iban", group4(HE_IB3))]),
    ("החידוש היה ב-12 בינואר, וחוק הגנת הצרכן נותן לך לבטל תוך 14 יום, אז מגיע לך החזר מלא.", []),
    ("הרישיון הוא לשלושה מחשבים, מספר רישיון %s, ותקבל מכתב ביטול בדואר." % HE_LIC, []),

    ("שלום, מדבר מנחם מנדל פרידמן מבני ברק, לגבי המנוי של קולות, הספרים המוקלטים.", [("name", "מנחם מנדל פרידמן")]),
    ("אני רוצה לעבור מהכרטיס, ויזה %s, להוראת קבע." % say(HE_F, HE_C5, groups=[4, 4, 4, 4]),
     [("card", say(HE_F, HE_C5, groups=[4, 4, 4, 4]))]),
    ("מספר החשבון לזה %s" % group4(HE_IB4), [("iban", group4(HE_IB4))]),
    ("רחוב רבי עקיבא 88, דירה 4, בני ברק", [("address", "רחוב רבי עקיבא 88, דירה 4, בני ברק")], "מה הכתובת, רב מנחם?"),
    ("נולדתי בי\"ז בתמוז תשמ\"ה, אם אתם צריכים לועזי אני צריך לבדוק.", [("date_of_birth", "י\"ז בתמוז תשמ\"ה")],
     "ותאריך לידה בבקשה?"),
    ("הטלפון אפס חמש שלוש, שלוש אחת שלוש, עשרים ושתיים, שמונים ושבע", [("phone", "אפס חמש שלוש, שלוש אחת שלוש, עשרים ושתיים, שמונים ושבע")]),
    ("המנוי השנתי 299 שקל, כולל 40 ספרים, והפרק האחרון של \"בית הרב\" עולה ביום חמישי.", []),

    ("שקט שלום, זאת נועה, מה שלומך?", [("name", "נועה")]),
    ("היי, אני טליה מזרחי, נרשמתי לניסיון של שבעה ימים ופתאום חייבו אותי על שנה.", [("name", "טליה מזרחי")]),
    ("המייל שלי טליה אנדרסקור מזרחי שטרודל הוטמייל נקודה קום", [("email", "טליה אנדרסקור מזרחי שטרודל הוטמייל נקודה קום")]),
    ("4 באוגוסט 2001", [("date_of_birth", "4 באוגוסט 2001")], "ותאריך הלידה שרשום אצלנו?"),
    ("חייבו 179.90 ב-9 במאי, יום אחרי שהניסיון נגמר.", []),
    ("חויב המאסטרקארד שמתחיל 5472 ונגמר ב... רגע, %s" % group4(HE_C6), [("card", group4(HE_C6))]),
    ("050-7712290", [("phone", "050-7712290")], "ומספר טלפון לעדכון?"),
    ("המדיטציה \"עשר דקות לשינה\" והקורס של 21 יום נשארים פתוחים עד סוף החודש.", []),
]

# Arena Network (hacked console account, Russian-speaking mother, Karmiel);
# Strimo again (Israeli living in Berlin); Fotolight (photo software, Anglo
# in Modiin); Yeladudes (children's streaming, parental controls, Kiryat
# Shmona).
HE_C7 = card("222100458731096")           # Mastercard 2-series
HE_IB5 = iban("DE", "100500000190045873")
HE_ID6 = il_id("31570926")
HE_IB6 = iban("GB", "BARC20032641187530")
HE_C8 = card("492181330476205")           # Visa
HE_ID7 = il_id("02219843")
HE_IB7 = iban("IL", "0116020000004718336")
HE_IB8 = iban("IL", "0542710000000981226")
HE_TXN = not_personal_number("3301 5567 2210 4439 08")

HE += [
    ("שלום, אני לודמילה, לודה, החשבון של הבן שלי פרצו אותו ושינו את הסיסמה.", [("name", "לודמילה"), ("name", "לודה")]),
    ("המייל המקורי היה ארטיום, a r t y o m, שבע שבע, שטרודל מייל נקודה רו",
     [("email", "ארטיום, a r t y o m, שבע שבע, שטרודל מייל נקודה רו")], "מה היה המייל המקורי בחשבון?"),
    ("הוא נולד בשלושים במרץ, אלפיים ותשע", [("date_of_birth", "שלושים במרץ, אלפיים ותשע")], "ותאריך הלידה שלו?"),
    ("אפס חמש שמונה, ארבע ארבע, אחת, שבע, שש, שתיים, אפס", [("phone", "אפס חמש שמונה, ארבע ארבע, אחת, שבע, שש, שתיים, אפס")],
     "ומספר הטלפון לאימות דו-שלבי?"),
    ("קנו 5,000 מטבעות ב-39.99 דולר ב-11 בפברואר בשלוש בלילה, ממכשיר בחו\"ל.", []),
    ("זה ירד מהמאסטרקארד שלי, %s" % group(HE_C7, [4, 4, 4, 4], "-"), [("card", group(HE_C7, [4, 4, 4, 4], "-"))]),
    ("סגרנו את כל ההתחברויות, פתחנו קריאה מספר 993204, והחשבון יחזור אליכם תוך 48 שעות.", []),
    ("המשחק \"לילה של נשרים\" גרסה 2.1 נשאר בספרייה, הוא לא נמחק.", []),

    ("אני גר בברלין כבר שלוש שנים, והמנוי הישראלי של סטרימו לא עובד פה, כתוב שהתוכן לא זמין באזור.", []),
    ("הזכויות על \"משפחת ברגר\" ועל הליגה הן רק לישראל, אז מחוץ לארץ רואים רק את הסרטים.", []),
    ("אז אני רוצה לבטל ולקבל החזר על מרץ ואפריל, לחשבון הגרמני, %s" % group4(HE_IB5), [("iban", group4(HE_IB5))]),
    ("%s" % say(HE_F, HE_ID6, groups=[3, 3, 3]), [("id", say(HE_F, HE_ID6, groups=[3, 3, 3]))],
     "בשביל לבטל אני צריכה את מספר תעודת הזהות של בעל החשבון."),
    ("+49 151 22884301", [("phone", "+49 151 22884301")],
     "וטלפון גרמני שאפשר לשלוח אליו SMS?"),
    ("גיא נקודה בן דוד שטרודל ג'י אם אקס נקודה די אי", [("email", "גיא נקודה בן דוד שטרודל ג'י אם אקס נקודה די אי")], "והמייל?"),
    ("הזיכוי של 79.80 יגיע תוך עשרה ימי עסקים, מספר עסקה %s." % HE_TXN, []),

    ("Hi, כן, שמי רייצ'ל גולדשטיין, אני ממודיעין, I have a question about my Fotolight subscription.", [("name", "רייצ'ל גולדשטיין")]),
    ("אני מעצבת גרפית, הייתה לי תוכנית של 24.99 דולר לחודש, והם העלו ל-32.99 בלי להודיע.", []),
    ("השינוי במחיר נכנס ב-1 באפריל, ושלחנו הודעה במייל ב-1 במרץ, שלושים יום מראש.", []),
    ("rachel dot goldstein dot design at gmail dot com", [("email", "rachel dot goldstein dot design at gmail dot com")],
     "לאיזה מייל שלחנו? אני רוצה לבדוק."),
    ("The sixth of December, seventy-nine. שישה בדצמבר", [("date_of_birth", "The sixth of December, seventy-nine"), ("date_of_birth", "שישה בדצמבר")],
     "ולאימות, תאריך לידה?"),
    ("הכרטיס הוא ויזה %s" % HE_C8, [("card", HE_C8)]),
    ("ואם יש החזר, לחשבון שלי באנגליה, %s" % group4(HE_IB6), [("iban", group4(HE_IB6))]),
    ("אפשר לעבור לתוכנית הצילום, 11.99 לחודש, שתי אפליקציות ו-20 ג'יגה.", []),

    ("ילדודס שלום, מדבר אביב.", [("name", "אביב")]),
    ("שלום, הבנות שלי רואות סרטונים עד אחת עשרה בלילה, איך אני שם הגבלת זמן?", []),
    ("בפרופיל של כל ילד יש \"שעון שינה\", תגדיר משמונה בערב עד שבע בבוקר ומגבלה של שעה וחצי ביום.", []),
    ("וגם אני רוצה לשנות את אמצעי התשלום להוראת קבע. ת\"ז %s" % group(HE_ID7, [2, 3, 4]), [("id", group(HE_ID7, [2, 3, 4]))]),
    ("מספר חשבון בינלאומי %s" % HE_IB7, [("iban", HE_IB7)]),
    ("רחוב תל חי 15, קריית שמונה, מיקוד 1101502", [("address", "רחוב תל חי 15, קריית שמונה, מיקוד 1101502")], "והכתובת למשלוח החשבונית?"),
    ("אפס חמש אחת, תשע אפס, שמונים ושמונה, שלושים ושלוש", [("phone", "אפס חמש אחת, תשע אפס, שמונים ושמונה, שלושים ושלוש")],
     "ומספר נייד?"),
    ("המנוי המשפחתי 29.90, עד ארבעה פרופילים, והחיוב ב-10 לכל חודש.", []),
    ("סליחה, טעיתי בחשבון, זה לא הבנק הזה. תרשום %s" % group4(HE_IB8), [("iban", group4(HE_IB8))]),
]

# PlayPass (game subscription cancellation, Ethiopian-Israeli caller,
# Kiryat Gat).
HE += [
    ("אני רוצה לבטל את פליי-פס, זה 49 שקל לחודש ואני כבר לא משחק בכלל.", []),
    ("ברהנו תשעים ושבע שטרודל וואלה נקודה קו נקודה איי אל", [("email", "ברהנו תשעים ושבע שטרודל וואלה נקודה קו נקודה איי אל")],
     "מה כתובת המייל בחשבון?"),
    ("עשרים ואחד באוקטובר, תשעים ושבע", [("date_of_birth", "עשרים ואחד באוקטובר, תשעים ושבע")], "ותאריך לידה?"),
    ("אני גר ברחוב הנרקיסים 12, דירה 3, קריית גת", [("address", "רחוב הנרקיסים 12, דירה 3, קריית גת")]),
    ("המנוי יישאר פעיל עד ה-18 ביוני, ואחרי זה המשחקים מהקטלוג כבר לא ייפתחו.", []),
    ("יש לך עכשיו 3 משחקים במבצע עד יום ראשון, 60 אחוז הנחה, אם אתה רוצה לקנות אותם.", []),
    ("השרתים בתחזוקה ביום שלישי בין 02:00 ל-06:00, אז אל תיבהל אם זה לא עובד.", []),
    ("שלחנו לך קוד אימות בן שש ספרות, הוא תקף לעשר דקות.", []),
    ("שיחקתי 34 שעות בחודש שעבר, והמבצע היה שלושה חודשים ב-9.90.", []),
    ("מספר ההזמנה של הביטול GP-77120-3381, תשמור אותו.", []),
    ("המוקד פתוח בימים א'-ה' משמונה עד שמונה בערב, ובשישי עד אחת.", []),
]

LANGS["he"] = HE

# ---------------------------------------------------------------- Greek
# Calls: Vlepo+ (video streaming double charge, Athens); Melodia (music family
# plan, Limassol, Cypriot speaker); Arena Heroes (child's in-game purchases,
# Thessaloniki); Tairi (dating app, Patras); FitZone (fitness app invoice,
# Heraklion).
EL_C1 = card("492950112478036")           # Visa
EL_IB1 = iban("CY", "002001950000357001234567")
EL_C2 = card("516732008845129")           # Mastercard
EL_AFM1 = afm("04815926")
EL_C3 = card("37912284011634")             # Amex
EL_AFM2 = afm("10377294")
EL_IB2 = iban("GR", "01721650005165094871226")
EL_REF1 = not_personal_number("5012 8830 1177 4460")

EL = [
    ("Καλησπέρα σας, Βλέπω Plus, ονομάζομαι Δέσποινα, πώς μπορώ να σας βοηθήσω;", [("name", "Δέσποινα")]),
    ("Γεια σας, με λένε Άγγελο Μαυρίδη, με χρεώσατε δύο φορές αυτόν τον μήνα.", [("name", "Άγγελο Μαυρίδη")]),
    ("Βλέπω δύο χρεώσεις των 9,99 ευρώ στις 3 Μαρτίου, η μία είναι διπλή προέγκριση και θα αποδεσμευτεί σε πέντε εργάσιμες.", []),
    ("Μάλιστα κύριε Μαυρίδη, μου λέτε τον αριθμό της κάρτας;", [("name", "Μαυρίδη")]),
    ("Ναι, Visa, %s" % group4(EL_C1), [("card", group4(EL_C1))]),
    ("έξι εννιά τέσσερα επτά, τριάντα ένα, είκοσι δύο, ογδόντα", [("phone", "έξι εννιά τέσσερα επτά, τριάντα ένα, είκοσι δύο, ογδόντα")],
     "Κι ένα κινητό για να σας ενημερώσουμε;"),
    ("Το πακέτο Premium με τις τέσσερις οθόνες είναι 15,99 τον μήνα και το ανανεώνετε κάθε 3 του μήνα.", []),
    ("Ο αριθμός αιτήματος είναι %s, κρατήστε τον." % EL_REF1, []),
    ("Και η σειρά \"Η Κυρία Ελένη\" κολλάει στο τρίτο επεισόδιο, σε όλες τις συσκευές.", []),

    ("Μελωδία, καλημέρα, είμαι η Ραφαέλα, πώς να βοηθήσω;", [("name", "Ραφαέλα")]),
    ("Καλημέρα κοπέλα μου, εγώ εν η Χρυστάλλα Κωνσταντίνου που τη Λεμεσό, έχω το οικογενειακό πακέτο τζαι εν μου αφήνει να βάλω τον γιο μου.", [("name", "Χρυστάλλα Κωνσταντίνου")]),
    ("Το οικογενειακό είναι μέχρι έξι λογαριασμούς, 16,99 τον μήνα, και έχετε ήδη έξι.", []),
    ("Ίντα να σας πω, θέλω να το πληρώνω που την τράπεζα, το IBAN μου εν %s" % group4(EL_IB1), [("iban", group4(EL_IB1))]),
    ("ενενήντα εννιά, τριάντα τέσσερα, πενήντα έξι, εβδομήντα οχτώ", [("phone", "ενενήντα εννιά, τριάντα τέσσερα, πενήντα έξι, εβδομήντα οχτώ")],
     "Το τηλέφωνό σας κυρία Κωνσταντίνου;"),
    ("χρυσταλλα κωνσταντινου παπάκι χοτμέιλ τελεία κομ", [("email", "χρυσταλλα κωνσταντινου παπάκι χοτμέιλ τελεία κομ")],
     "Και ένα email για την εντολή;"),
    ("Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 58, διαμέρισμα 302, 3065 Λεμεσός", [("address", "Λεωφόρος Αρχιεπισκόπου Μακαρίου Γ' 58, διαμέρισμα 302, 3065 Λεμεσός")],
     "Η διεύθυνση χρέωσης;"),
    ("Η πάγια εντολή θα ξεκινήσει την 1η Μαΐου, και η τελευταία χρέωση στην κάρτα θα είναι στις 28 Απριλίου.", []),

    ("Καλησπέρα, είμαι ο Θανάσης Οικονόμου από Θεσσαλονίκη, ο μικρός μου αγόρασε διαμάντια στο Ήρωες της Αρένας χωρίς να με ρωτήσει.", [("name", "Θανάσης Οικονόμου")]),
    ("Λυπάμαι πολύ κύριε Θανάση. Από ποια κάρτα έγινε η χρέωση;", [("name", "Θανάση")]),
    ("Mastercard, %s" % say(EL_D, EL_C2, groups=[4, 4, 4, 4]), [("card", say(EL_D, EL_C2, groups=[4, 4, 4, 4]))]),
    ("Είναι εννιά αγορές από 14 μέχρι 16 Φεβρουαρίου, η μεγαλύτερη 49,99, το πακέτο \"Θησαυρός του Δράκου\".", []),
    ("Στις Ρυθμίσεις, Γονικός Έλεγχος, βάζετε τετραψήφιο PIN και όριο αγορών μηδέν ευρώ.", []),
    ("2310 445 219", [("phone", "2310 445 219")], "Ένα τηλέφωνο επικοινωνίας;"),
    ("Για την επιστροφή θέλω και τον ΑΦΜ σας, για το παραστατικό.", []),
    ("Ο ΑΦΜ μου είναι %s" % say(EL_D, EL_AFM1, groups=[3, 3, 3]), [("id", say(EL_D, EL_AFM1, groups=[3, 3, 3]))]),
    ("Η αίτηση επιστροφής έχει αριθμό 55102 και θα έχετε απάντηση σε 48 ώρες.", []),

    ("Γεια, είμαι η Κατερίνα, Κατερίνα Σωτηροπούλου, από Πάτρα, θέλω να κλείσω τη συνδρομή στο Ταίρι.", [("name", "Κατερίνα"), ("name", "Κατερίνα Σωτηροπούλου")]),
    ("Φυσικά Κατερίνα, για επιβεβαίωση, ημερομηνία γέννησης;", [("name", "Κατερίνα")]),
    ("εεε δεκαεννιά Ιουνίου του ενενήντα έξι", [("date_of_birth", "δεκαεννιά Ιουνίου του ενενήντα έξι")]),
    ("katerina.sot96 at gmail.com", [("email", "katerina.sot96 at gmail.com")], "Σε ποιο email είναι ο λογαριασμός;"),
    ("Η Gold συνδρομή ήταν 24,99 και ανανεώθηκε στις 2 Μαρτίου, ενώ την ακύρωσα την 1η.", []),
    ("Επιστροφή στην American Express, %s" % group(EL_C3, [4, 6, 5]), [("card", group(EL_C3, [4, 6, 5]))]),
    ("Σας έμειναν πέντε Super Like, που ισχύουν μέχρι τις 31 του μήνα.", []),

    ("FitZone, καλησπέρα, Στέλιος στο τηλέφωνο.", [("name", "Στέλιος")]),
    ("Γεια σας, ο Μανώλης Τσαγκαράκης είμαι, από το Ηράκλειο, θέλω τιμολόγιο για την ετήσια συνδρομή.", [("name", "Μανώλης Τσαγκαράκης")]),
    ("Βεβαίως, μου δίνετε ΑΦΜ και ΔΟΥ;", []),
    ("ΑΦΜ %s, ΔΟΥ Ηρακλείου" % EL_AFM2, [("id", EL_AFM2)]),
    ("Η διεύθυνση είναι Λεωφόρος Κνωσού 214, 714 09 Ηράκλειο", [("address", "Λεωφόρος Κνωσού 214, 714 09 Ηράκλειο")]),
    ("Θα πληρώσω με μεταφορά από το %s" % group4(EL_IB2), [("iban", group4(EL_IB2))]),
    ("Η ετήσια είναι 119 ευρώ με ΦΠΑ 24%, και περιλαμβάνει τα 300 προγράμματα και τα live μαθήματα των 7 το πρωί.", []),
]

# TimologioPro (invoicing app licence, shop in Larissa); Asfalis (antivirus
# renewal, older caller in Piraeus); Akouo (audiobook app, student in
# Nicosia); Arena Network (hacked console account, mother in Volos).
EL_AFM3 = afm("80214637")
EL_IB3 = iban("GR", "01403580358002101187643")
EL_GEMI = not_personal_number("158837201000")
EL_AFM4 = afm("02739155")
EL_C4 = card("455672003318947")           # Visa
EL_AFM5 = afm("16633028")
EL_IB4 = iban("CY", "005003600000003601184205")
EL_AFM6 = afm("11850463")
EL_C5 = card("675941002233417")           # Maestro

EL += [
    ("Καλημέρα, λέγομαι Ευαγγελία Ζήση, έχω ένα κατάστημα με ανταλλακτικά στη Λάρισα και χρησιμοποιώ το TimologioPro.", [("name", "Ευαγγελία Ζήση")]),
    ("Το πακέτο μου είναι για 500 παραστατικά τον μήνα και θέλω να πάω στο απεριόριστο, επειδή στέλνω όλα στο myDATA.", []),
    ("Για την αλλαγή θα χρειαστώ τον ΑΦΜ της επιχείρησης, κυρία Ζήση.", [("name", "Ζήση")]),
    ("Είμαι ατομική, οπότε ο δικός μου, %s" % group(EL_AFM3, [3, 3, 3], "."), [("id", group(EL_AFM3, [3, 3, 3], "."))]),
    ("Ο αριθμός ΓΕΜΗ είναι %s, αν χρειάζεται κι αυτός." % EL_GEMI, []),
    ("Η έδρα είναι στην οδό Παπαναστασίου 73, 412 22 Λάρισα", [("address", "Παπαναστασίου 73, 412 22 Λάρισα")],
     "Ποια διεύθυνση να γράψω στα στοιχεία τιμολόγησης;"),
    ("evaggelia.zisi@otenet.gr", [("email", "evaggelia.zisi@otenet.gr")]),
    ("Και η πάγια από τον λογαριασμό %s" % EL_IB3, [("iban", EL_IB3)]),
    ("Το απεριόριστο είναι 29 ευρώ τον μήνα συν ΦΠΑ, από την 1η Ιουλίου, και το τιμολόγιο 2024-0613 θα βγει με την παλιά τιμή.", []),

    ("Ασφαλής, καλησπέρα, ο Γρηγόρης είμαι.", [("name", "Γρηγόρης")]),
    ("Παιδί μου καλησπέρα, η Σταυρούλα Αντωνίου είμαι, η Βούλα, μου πήρατε πενήντα εννιά ευρώ για το αντιβιοτικό του υπολογιστή.", [("name", "Σταυρούλα Αντωνίου"), ("name", "Βούλα")]),
    ("Ναι κυρία μου, το antivirus, η ανανέωση έγινε αυτόματα στις 12 Ιανουαρίου.", []),
    ("Ναι, από την κάρτα τη Visa, %s" % say(EL_D, EL_C4, groups=[4, 4, 4, 4]), [("card", say(EL_D, EL_C4, groups=[4, 4, 4, 4]))]),
    ("γεννήθηκα στις είκοσι οχτώ Οκτωβρίου του σαράντα εννιά", [("date_of_birth", "είκοσι οχτώ Οκτωβρίου του σαράντα εννιά")],
     "Για την ταυτοποίηση, ημερομηνία γέννησης;"),
    ("Στο σπίτι, δύο ένα μηδέν, τετρακόσια δώδεκα, ογδόντα επτά, τριάντα", [("phone", "δύο ένα μηδέν, τετρακόσια δώδεκα, ογδόντα επτά, τριάντα")],
     "Και ένα τηλέφωνο να σας πάρουμε όταν γίνει η επιστροφή;"),
    ("Και για την απόδειξη επιστροφής, ο ΑΦΜ σας;", []),
    ("Μηδέν δύο επτά, τρία εννιά ένα, πέντε πέντε, %s" % EL_D[int(EL_AFM4[-1])],
     [("id", "Μηδέν δύο επτά, τρία εννιά ένα, πέντε πέντε, %s" % EL_D[int(EL_AFM4[-1])])]),
    ("Η άδεια είναι για τρεις συσκευές, 365 μέρες, και έχετε δικαίωμα επιστροφής μέσα σε 14 μέρες από την ανανέωση.", []),

    ("Γεια σας, με λένε Μάριο Χαραλάμπους, είμαι φοιτητής στη Λευκωσία, τζαι το Akouo μου έκοψε ετήσια συνδρομή.", [("name", "Μάριο Χαραλάμπους")]),
    ("συν τρία πέντε εφτά, ενενήντα εφτά, έξι δύο, τέσσερα οχτώ, μηδέν ένα", [("phone", "συν τρία πέντε εφτά, ενενήντα εφτά, έξι δύο, τέσσερα οχτώ, μηδέν ένα")],
     "Ποιο τηλέφωνο είναι δηλωμένο στον λογαριασμό;"),
    ("μάριος κάτω παύλα χ, εβδομήντα δύο, παπάκι ucy τελεία ac τελεία cy", [("email", "μάριος κάτω παύλα χ, εβδομήντα δύο, παπάκι ucy τελεία ac τελεία cy")],
     "Και το email σας;"),
    ("Δέκα τρία του δύο χίλια τρία", [("date_of_birth", "Δέκα τρία του δύο χίλια τρία")], "Ημερομηνία γέννησης;"),
    ("Είχα ΑΦΜ όταν δούλευα στην Ελλάδα, %s, αν σας χρειάζεται για την απόδειξη." % EL_AFM5, [("id", EL_AFM5)]),
    ("Να μου τα γυρίσετε στον λογαριασμό, %s" % group4(EL_IB4), [("iban", group4(EL_IB4))]),
    ("Η ετήσια είναι 79,90 τζαι έχω ακόμα 12 βιβλία, το \"Ο Καπετάν Μιχάλης\" μισό.", []),

    ("Καλησπέρα, ονομάζομαι Ιφιγένεια Καρρά, ο γιος μου ο μεγάλος, δεκατεσσάρων χρονών, του έκλεψαν τον λογαριασμό στο Arena Network.", [("name", "Ιφιγένεια Καρρά")]),
    ("ήταν γ, ι, ω, ρ, γ, ο, ς, καρρας, μηδέν εννιά, στο yahoo τελεία gr", [("email", "γ, ι, ω, ρ, γ, ο, ς, καρρας, μηδέν εννιά, στο yahoo τελεία gr")],
     "Ποιο ήταν το αρχικό email του λογαριασμού;"),
    ("Γεννήθηκε στις 7 Απριλίου 2010.", [("date_of_birth", "7 Απριλίου 2010")], "Και η ημερομηνία γέννησης του λογαριασμού;"),
    ("Κινητό μου, 697 708 4412", [("phone", "697 708 4412")]),
    ("Αγόρασαν 5.000 νομίσματα με 39,99 στις 11 Φεβρουαρίου, στις τρεις τα ξημερώματα, από συσκευή στο εξωτερικό.", []),
    ("Χρεώθηκε η Maestro μου, %s" % group4(EL_C5), [("card", group4(EL_C5))]),
    ("Για την αίτηση επιστροφής θα συμπληρώσω τον ΑΦΜ σας, ο οποίος είναι;", []),
    ("%s" % group(EL_AFM6, [3, 3, 3], " "), [("id", group(EL_AFM6, [3, 3, 3], " "))]),
    ("Κλείσαμε όλες τις συνδέσεις και ανοίξαμε αίτημα 993204, ο λογαριασμός θα επανέλθει σε 48 ώρες.", []),
]

# Tounel VPN (Greek living in Munich); Galini (meditation app, Larnaca);
# Paidoupoli (children's streaming, parental controls, Ioannina); GamePass
# Ellas (game subscription outage); Melodia Student (music student plan,
# Athens).
EL_IB5 = iban("DE", "701500000000318425")
EL_AFM7 = afm("14920386")
EL_C6 = card("3614890064791")             # Diners 14
EL_IB6 = iban("CY", "001002600000005602217730")
EL_AFM8 = afm("07251349")
EL_IB7 = iban("GR", "02601240000410200882731")
EL_C7 = card("414720095632118")           # Visa
EL_C8 = card("545301227784690")           # Mastercard
EL_IB8 = iban("GR", "01101180000011864902217")
EL_ORD = not_personal_number("3307 1942 5518 2206")

EL += [
    ("Γεια σας, είμαι η Νεφέλη Δρόσου, μένω στο Μόναχο, και το Tounel VPN με χρέωσε για δύο χρόνια αντί για έναν μήνα.", [("name", "Νεφέλη Δρόσου")]),
    ("Τα δύο χρόνια είναι 89 δολάρια και ακυρώσατε την 27η μέρα, άρα είστε μέσα στις 30 μέρες της εγγύησης.", []),
    ("Θέλω τα χρήματα στον γερμανικό λογαριασμό, %s" % group4(EL_IB5), [("iban", group4(EL_IB5))]),
    ("nefeli dot drosou at gmx dot de", [("email", "nefeli dot drosou at gmx dot de")], "Σε ποιο email να στείλουμε την επιβεβαίωση;"),
    ("Και βάλτε και τον ελληνικό ΑΦΜ μου στην απόδειξη, %s, τον χρειάζομαι για την εφορία." % EL_AFM7, [("id", EL_AFM7)]),
    ("Οι servers στη Φρανκφούρτη και στην Αθήνα θα είναι εκτός από τις 2 μέχρι τις 4 τα ξημερώματα της Τρίτης.", []),

    ("Γαλήνη, καλησπέρα σας.", []),
    ("Καλησπέρα, ο Πανίκος Ιωάννου είμαι που τη Λάρνακα, έκοψέ μου η εφαρμογή δύο φορές.", [("name", "Πανίκος Ιωάννου")]),
    ("Κανένα πρόβλημα κύριε Πανίκο, τα τέσσερα τελευταία ψηφία της κάρτας;", [("name", "Πανίκο")]),
    ("Εν Diners, όλη η κάρτα εν %s" % group(EL_C6, [4, 6, 4]), [("card", group(EL_C6, [4, 6, 4]))]),
    ("Μένω Ερμού 12, διαμέρισμα 4, 6023 Λάρνακα", [("address", "Ερμού 12, διαμέρισμα 4, 6023 Λάρνακα")], "Η διεύθυνσή σας;"),
    ("Πρώτη Σεπτεμβρίου εβδομήντα οχτώ", [("date_of_birth", "Πρώτη Σεπτεμβρίου εβδομήντα οχτώ")], "Ημερομηνία γέννησης;"),
    ("Να μου τα γυρίσετε στον λογαριασμό της Τράπεζας Κύπρου, %s" % EL_IB6, [("iban", EL_IB6)]),
    ("Η ετήσια συνδρομή είναι 59,99, και το πρόγραμμα \"Δέκα λεπτά για ύπνο\" μένει ανοιχτό μέχρι τις 30 Ιουνίου.", []),

    ("Παιδούπολη, καλημέρα, είμαι η Σοφία.", [("name", "Σοφία")]),
    ("Καλημέρα, θέλω να βάλω όριο χρόνου στα παιδιά, βλέπουν βίντεο μέχρι τις έντεκα το βράδυ.", []),
    ("Στο προφίλ κάθε παιδιού πατάτε \"Ώρα για ύπνο\", βάζετε από 8 το βράδυ μέχρι 7 το πρωί και όριο μιάμισης ώρας τη μέρα.", []),
    ("Θέλω και να αλλάξω την πληρωμή σε πάγια εντολή, ο ΑΦΜ μου είναι %s" % say(EL_D, EL_AFM8), [("id", say(EL_D, EL_AFM8))]),
    ("IBAN %s" % group4(EL_IB7), [("iban", group4(EL_IB7))]),
    ("Δωδώνης 41, Ιωάννινα, ταχυδρομικός κώδικας 452 21", [("address", "Δωδώνης 41, Ιωάννινα, ταχυδρομικός κώδικας 452 21")],
     "Η διεύθυνση για τα παραστατικά;"),
    ("Το οικογενειακό είναι 7,99 για τέσσερα προφίλ και η χρέωση γίνεται στις 10 κάθε μήνα.", []),

    ("Είναι ήδη τρίτη μέρα που δεν μπαίνω στο GamePass Ellas, και πλήρωσα 14,99 στις 5 του μήνα.", []),
    ("Είχαμε βλάβη στους servers από την Παρασκευή 14 Ιουνίου, θα σας πιστώσουμε μία εβδομάδα δωρεάν.", []),
    ("Για να πιστώσω τον λογαριασμό, μου επιβεβαιώνετε το email και την ημερομηνία γέννησης;", []),
    ("nikos_papa88 στο hotmail.com, και γεννήθηκα 30/11/1988", [("email", "nikos_papa88 στο hotmail.com"), ("date_of_birth", "30/11/1988")]),
    ("Ο αριθμός παραγγελίας είναι %s και η πίστωση θα φανεί σε 24 ώρες." % EL_ORD, []),
    ("Το Forza Kingdom 5 και το Πόλεμος των Θεών 2 είναι στον κατάλογο μέχρι τον Αύγουστο.", []),
    ("Πληρώνω με Visa, μήπως να την αλλάξω; Είναι η %s" % group(EL_C7, [4, 4, 4, 4], "-"), [("card", group(EL_C7, [4, 4, 4, 4], "-"))]),

    ("Μελωδία, καλησπέρα.", []),
    ("Γεια, λέγομαι Δανάη Πετροπούλου και θέλω να περάσω στο φοιτητικό πακέτο.", [("name", "Δανάη Πετροπούλου")]),
    ("Το φοιτητικό είναι 5,99 τον μήνα για 12 μήνες, με επιβεβαίωση φοιτητικής ιδιότητας κάθε χρόνο.", []),
    ("έχω γεννηθεί τέσσερις Μαΐου δύο χιλιάδες τέσσερα", [("date_of_birth", "τέσσερις Μαΐου δύο χιλιάδες τέσσερα")],
     "Για το φοιτητικό χρειάζομαι ημερομηνία γέννησης."),
    ("danai τελεία petropoulou παπάκι uoa τελεία gr", [("email", "danai τελεία petropoulou παπάκι uoa τελεία gr")], "Και το ακαδημαϊκό σας email;"),
    ("Μένω στην Ιπποκράτους 160, στα Εξάρχεια, 114 72 Αθήνα", [("address", "Ιπποκράτους 160, στα Εξάρχεια, 114 72 Αθήνα")]),
    ("Η κάρτα που θα χρεώνεται είναι Mastercard, %s" % group4(EL_C8), [("card", group4(EL_C8))]),
    ("έξι εννιά εννιά, δύο πέντε δύο, δεκαεπτά, σαράντα", [("phone", "έξι εννιά εννιά, δύο πέντε δύο, δεκαεπτά, σαράντα")],
     "Ένα κινητό τηλέφωνο;"),
    ("Ή καλύτερα χρεώστε τον λογαριασμό του πατέρα μου, %s" % group4(EL_IB8), [("iban", group4(EL_IB8))]),
    ("Η προσφορά των τριών μηνών δωρεάν λήγει στις 31 Οκτωβρίου και μετά η πρώτη χρέωση είναι την 1η Νοεμβρίου.", []),
]

# Sportflix (sports streaming, older caller in Kalamata).
EL += [
    ("Ναι, γεια σας, ο Μπάμπης Λαμπρόπουλος από την Καλαμάτα, δεν μου παίζει ο αγώνας.", [("name", "Μπάμπης Λαμπρόπουλος")]),
    ("Ο αγώνας ξεκινούσε στις 21:30 και έβλεπα μαύρη οθόνη μέχρι το ημίχρονο.", []),
    ("Αριστομένους 88, Καλαμάτα, 241 00", [("address", "Αριστομένους 88, Καλαμάτα, 241 00")], "Η διεύθυνση του συνδρομητή;"),
    ("δύο εφτά δύο ένα μηδέν, οχτώ εννιά τέσσερα πέντε ένα", [("phone", "δύο εφτά δύο ένα μηδέν, οχτώ εννιά τέσσερα πέντε ένα")],
     "Και ένα σταθερό;"),
    ("3 του 7 του 58", [("date_of_birth", "3 του 7 του 58")], "Για επιβεβαίωση, ημερομηνία γέννησης;"),
    ("Το πακέτο Sportflix είναι 19,90 τον μήνα και η Super League ξεκινάει ξανά στις 24 Αυγούστου.", []),
    ("Και τον καινούριο αποκωδικοποιητή στείλτε τον στο εξοχικό, Ναυαρίνου 5, 240 01 Πύλος.", [("address", "Ναυαρίνου 5, 240 01 Πύλος")]),
    ("Ο αποκωδικοποιητής είναι μοντέλο SX-4410, η εγγύηση είναι 24 μήνες και φτάνει σε 3 με 5 εργάσιμες.", []),
]

LANGS["el"] = EL

if __name__ == "__main__":
    main()
