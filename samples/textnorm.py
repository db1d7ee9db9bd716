"""Text normalisation and edit distance for word and character error rates, shared by
samples/make_samples.py and benches/compare_faster_whisper.py."""

import re
import unicodedata


def normalise(text, language):
    """Lowercase, drop punctuation and symbols, collapse spaces. For ar/he/el also drop combining
    marks (Arabic harakat, Hebrew niqqud, Greek tonos), which are optional in the written form."""
    text = unicodedata.normalize("NFKD" if language != "en" else "NFKC", text.lower())
    out = []
    for c in text:
        cat = unicodedata.category(c)
        if cat[0] in "PS":
            out.append(" ")
        elif cat == "Mn" and language != "en":
            continue
        else:
            out.append(c)
    text = unicodedata.normalize("NFC", "".join(out))
    if language == "el":
        text = text.replace("ς", "σ")
    return re.sub(r"\s+", " ", text).strip()


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1]
