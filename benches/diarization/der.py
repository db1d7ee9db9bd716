#!/usr/bin/env python3
"""Diarization error rate of RTTM hypotheses against RTTM references (pyannote.metrics).

Scoring convention (NIST md-eval style):
- a collar of 0.25 s on EACH side of every reference boundary is not scored. pyannote.metrics'
  `collar` is the TOTAL width of that window: `UEMSupportMixin.extrude` in
  pyannote/metrics/utils.py (3.2.1) removes `Segment(t - .5 * collar, t + .5 * collar)` around
  each boundary t, and its docstring says "the duration of collars centered around reference
  segment boundaries". So # Without a UEM pyannote warns on every file that it used the extent of both: that is intended.
warnings.filterwarnings("ignore", message="'uem' was approximated")

COLLAR = 0.5 here means +-0.25 s;
- overlapped speech is scored (skip_overlap=False): both speakers must be found there;
- hypothesis labels are mapped to reference labels by the optimal one-to-one mapping
  (pyannote's Hungarian mapping), so label names never matter;
- the scored region (UEM) is, as pyannote does without one, the extent of reference and
  hypothesis together.

DER = (missed + false alarm + confusion) / total reference speech, each part also given as a
fraction of reference speech; totals are sums over files (time-weighted), not means of rates.

Usage:
  der.py REF HYP [--json OUT]       REF/HYP: an .rttm file or a directory of them (all files
                                    in them are read; file ids come from the RTTM lines)
  der.py --selftest REF             checks of the scorer on truth and corrupted truth
As a module: load_rttm(paths) -> {file_id: Annotation}; score(refs, hyps) -> dict.
"""

import argparse
import glob
import json
import os
import sys
import warnings

from pyannote.core import Annotation, Segment, Timeline
from pyannote.metrics.diarization import DiarizationErrorRate

# Without a UEM pyannote warns on every file that it used the extent of both: that is intended.
warnings.filterwarnings("ignore", message="'uem' was approximated")

COLLAR = 0.5  # total width in pyannote.metrics: +-0.25 s around each reference boundary
SKIP_OVERLAP = False


def rttm_paths(path):
    if os.path.isdir(path):
        return sorted(glob.glob(os.path.join(path, "*.rttm")))
    return [path]


def load_rttm(paths):
    """{file_id: Annotation} from RTTM files (SPEAKER lines only)."""
    if isinstance(paths, str):
        paths = rttm_paths(paths)
    out = {}
    for p in paths:
        with open(p) as f:
            for n, line in enumerate(f, 1):
                parts = line.split()
                if not parts or parts[0] != "SPEAKER":
                    continue
                if len(parts) < 8:
                    raise ValueError(f"{p}:{n}: not an RTTM SPEAKER line: {line.strip()!r}")
                fid, start, dur, label = parts[1], float(parts[3]), float(parts[4]), parts[7]
                ann = out.setdefault(fid, Annotation(uri=fid))
                if dur > 0:
                    ann[Segment(start, start + dur), ann.new_track(Segment(start, start + dur))] = label
    return out


def parse_rttm_text(text):
    """{file_id: Annotation} from RTTM text (e.g. a command's stdout)."""
    out = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[0] == "SPEAKER":
            fid, start, dur, label = parts[1], float(parts[3]), float(parts[4]), parts[7]
            ann = out.setdefault(fid, Annotation(uri=fid))
            if dur > 0:
                seg = Segment(start, start + dur)
                ann[seg, ann.new_track(seg)] = label
    return out


def score(refs, hyps, files=None):
    """Per-file and total DER. A file without a hypothesis counts as all missed."""
    metric = DiarizationErrorRate(collar=COLLAR, skip_overlap=SKIP_OVERLAP)
    # Secondary: no collar at all. With +-0.25 s collars and truth split at every pause over
    # 0.3 s, a third of the synthetic calls' speaker time and most of their (short) overlap is
    # not scored; the no-collar figure shows what boundaries and overlaps cost.
    strict = DiarizationErrorRate(collar=0.0, skip_overlap=False)
    per_file = {}
    keys = ("total", "missed detection", "false alarm", "confusion")
    tot = dict.fromkeys(keys, 0.0)
    tot0 = dict.fromkeys(keys, 0.0)
    for fid in files or sorted(refs):
        ref = refs[fid]
        hyp = hyps.get(fid, Annotation(uri=fid))
        d = metric(ref, hyp, detailed=True)
        d0 = strict(ref, hyp, detailed=True)
        for k in keys:
            tot[k] += d[k]
            tot0[k] += d0[k]
        per_file[fid] = rates(d)
        per_file[fid]["no_collar"] = rates(d0)
        per_file[fid]["hyp_speakers"] = len(hyp.labels())
        per_file[fid]["ref_speakers"] = len(ref.labels())
    total = rates(tot)
    total["no_collar"] = rates(tot0)
    return {"files": per_file, "total": total,
            "convention": {"collar_each_side_s": COLLAR / 2, "skip_overlap": SKIP_OVERLAP,
                           "scorer": "pyannote.metrics DiarizationErrorRate"}}


def rates(d):
    t = d["total"]
    f = (lambda x: x / t) if t > 0 else (lambda x: 0.0)
    return {
        "scored_speech_s": round(t, 3),
        "der": round(f(d["missed detection"] + d["false alarm"] + d["confusion"]), 4),
        "missed": round(f(d["missed detection"]), 4),
        "false_alarm": round(f(d["false alarm"]), 4),
        "confusion": round(f(d["confusion"]), 4),
    }


# ---------------------------------------------------------------------------------------------
# Self-test: the scorer on truth and on deliberately corrupted truth.


def relabel(ann, mapping):
    out = Annotation(uri=ann.uri)
    for seg, track, label in ann.itertracks(yield_label=True):
        out[seg, track] = mapping.get(label, label)
    return out


def one_speaker(ann):
    out = Annotation(uri=ann.uri)
    for seg in ann.get_timeline().support():
        out[seg] = "ALL"
    return out


def shifted(ann, dt):
    out = Annotation(uri=ann.uri)
    for seg, track, label in ann.itertracks(yield_label=True):
        out[Segment(max(0.0, seg.start + dt), seg.end + dt), track] = label
    return out


def without_overlap(ann):
    """Keeps only the longer-running speaker where two overlap (a single-speaker-at-a-time
    diarizer): the overlap regions lose the second speaker."""
    overlap = ann.get_overlap()
    out = Annotation(uri=ann.uri)
    for seg, track, label in ann.itertracks(yield_label=True):
        for piece in [seg] if not overlap else seg_minus(seg, overlap):
            out[piece, out.new_track(piece)] = label
    # put back one speaker in each overlap region: the one whose segment started first
    for region in overlap:
        owners = [(s.start, l) for s, _, l in ann.itertracks(yield_label=True) if s.intersects(region)]
        out[region, out.new_track(region)] = min(owners)[1]
    return out


def seg_minus(seg, timeline):
    pieces = [seg]
    for cut in timeline:
        nxt = []
        for p in pieces:
            if not p.intersects(cut):
                nxt.append(p)
                continue
            if p.start < cut.start:
                nxt.append(Segment(p.start, cut.start))
            if cut.end < p.end:
                nxt.append(Segment(cut.end, p.end))
        pieces = nxt
    return [p for p in pieces if p.duration > 0]


def minority_time(ann):
    """(minority speaker's speech time, its part outside overlap): a one-speaker hypothesis
    maps its one label to the majority speaker, so it confuses the minority's speech outside
    overlap, and misses one speaker of every overlap (collars aside)."""
    d = {l: ann.label_duration(l) for l in ann.labels()}
    if len(d) < 2:
        return 0.0, 0.0
    return min(d.values()), min(d.values()) - ann.get_overlap().duration()


def selftest(ref_path):
    refs = load_rttm(ref_path)
    if not refs:
        sys.exit(f"no RTTM references in {ref_path}")
    labels = sorted({l for a in refs.values() for l in a.labels()})
    swap = {labels[0]: labels[-1], labels[-1]: labels[0]} if len(labels) > 1 else {}
    cases = [
        ("truth vs truth", {k: v for k, v in refs.items()}, "0"),
        ("labels swapped", {k: relabel(v, swap) for k, v in refs.items()}, "0 (optimal mapping)"),
        ("labels renamed S1/S2", {k: relabel(v, {l: f"S{i + 1}" for i, l in enumerate(labels)})
                                  for k, v in refs.items()}, "0"),
        ("one speaker everywhere", {k: one_speaker(v) for k, v in refs.items()},
         "confusion ~ minority share outside overlap, missed ~ overlap share"),
        ("shifted +0.2 s", {k: shifted(v, 0.2) for k, v in refs.items()}, "~0 (inside the collar)"),
        ("shifted +0.5 s", {k: shifted(v, 0.5) for k, v in refs.items()}, "> 0"),
        ("overlap: second speaker dropped", {k: without_overlap(v) for k, v in refs.items()},
         "missed ~ overlap share"),
        ("empty hypothesis", {}, "missed 100 %"),
    ]
    rows = []
    for name, hyps, expect in cases:
        r = score(refs, hyps)
        rows.append((name, r["total"], expect))
        nc = r["total"]["no_collar"]
        print(f"  {name}: without collar DER {nc['der']:.4f} (missed {nc['missed']:.4f}, "
              f"FA {nc['false_alarm']:.4f}, confusion {nc['confusion']:.4f})")
    # the shares of the reference that is scored: collars taken out as the metric does
    metric = DiarizationErrorRate(collar=COLLAR, skip_overlap=SKIP_OVERLAP)
    scored = {}
    for k, a in refs.items():
        extent = a.get_timeline().extent()
        uem = metric.extrude(Timeline([Segment(0.0, extent.end)]), a, collar=COLLAR)
        scored[k] = a.crop(uem, mode="intersection")
    raw_speech = sum(sum(a.label_duration(l) for l in a.labels()) for a in refs.values())
    raw_ov = sum(a.get_overlap().duration() for a in refs.values()) / raw_speech
    print(f"raw truth: overlap is {raw_ov:.4f} of speaker time; the collars leave this much scored:")
    refs_scored = scored
    speech = sum(sum(a.label_duration(l) for l in a.labels()) for a in refs_scored.values())
    ms = sum(minority_time(a)[0] for a in refs_scored.values()) / speech
    ms_solo = sum(minority_time(a)[1] for a in refs_scored.values()) / speech
    ov = sum(a.get_overlap().duration() for a in refs_scored.values()) / speech
    print(f"{len(refs)} reference files, {speech / 60:.1f} min of speaker time (overlap counted "
          f"per speaker); minority speaker share {ms:.4f} ({ms_solo:.4f} outside overlap); "
          f"overlap share {ov:.4f} (outside the collars)")
    print("| hypothesis | DER | missed | FA | confusion | expected |")
    print("|---|---|---|---|---|---|")
    for name, t, expect in rows:
        print(f"| {name} | {t['der']:.4f} | {t['missed']:.4f} | {t['false_alarm']:.4f} | "
              f"{t['confusion']:.4f} | {expect} |")
    failures = []
    get = dict((n, t) for n, t, _ in rows)
    if get["truth vs truth"]["der"] != 0:
        failures.append("truth vs truth is not 0")
    if get["labels swapped"]["der"] != 0 or get["labels renamed S1/S2"]["der"] != 0:
        failures.append("relabelled truth is not 0")
    if get["shifted +0.2 s"]["der"] > 0.01:
        failures.append("a shift inside the collar scores")
    if get["shifted +0.5 s"]["der"] <= 0.0:
        failures.append("a shift beyond the collar does not score")
    if abs(get["empty hypothesis"]["missed"] - 1.0) > 1e-6:
        failures.append("empty hypothesis is not 100 % missed")
    one = get["one speaker everywhere"]
    # collars remove some reference time, so the share is close to, not exactly, the minority's
    if abs(one["confusion"] - ms_solo) > 0.05 or abs(one["missed"] - ov) > 0.05:
        failures.append(f"one speaker: confusion {one['confusion']} / missed {one['missed']} far "
                        f"from the minority's solo share {ms_solo:.4f} / overlap share {ov:.4f}")
    if abs(get["overlap: second speaker dropped"]["missed"] - ov) > 0.05:
        failures.append("dropping overlap's second speaker does not miss about the overlap share")
    for f in failures:
        print("FAIL:", f)
    return 1 if failures else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("ref", help="reference .rttm or directory")
    ap.add_argument("hyp", nargs="?", help="hypothesis .rttm or directory")
    ap.add_argument("--json", help="write the per-file and total scores here")
    ap.add_argument("--selftest", action="store_true")
    a = ap.parse_args()
    if a.selftest:
        sys.exit(selftest(a.ref))
    if not a.hyp:
        ap.error("a hypothesis is needed (or --selftest)")
    refs, hyps = load_rttm(a.ref), load_rttm(a.hyp)
    r = score(refs, hyps)
    print("| file | ref spk | hyp spk | speech s | DER | missed | FA | confusion |")
    print("|---|---|---|---|---|---|---|---|")
    for fid, s in r["files"].items():
        print(f"| {fid} | {s['ref_speakers']} | {s['hyp_speakers']} | {s['scored_speech_s']:.1f} | "
              f"{s['der']:.4f} | {s['missed']:.4f} | {s['false_alarm']:.4f} | {s['confusion']:.4f} |")
    t = r["total"]
    print(f"| **total** | | | {t['scored_speech_s']:.1f} | {t['der']:.4f} | {t['missed']:.4f} | "
          f"{t['false_alarm']:.4f} | {t['confusion']:.4f} |")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(r, f, indent=1)


if __name__ == "__main__":
    main()
