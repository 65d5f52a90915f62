"""Score the ``dates`` layer on TempEval-3 TimeML (TimeBank, AQUAINT), beside ``dateparser.search_dates``.

Each ``.tml`` file gives a document creation time (used as the publication date) and a TEXT with
inline TIMEX3 tags. The tags are stripped to recover the plain text, keeping the offsets of every
TIMEX3. Both systems run on the same texts in the same run; reported per corpus and overall:

- strict span P/R/F1 (identical offsets), relaxed span P/R/F1 (any overlap, one-to-one),
- type accuracy on relaxed matches,
- value F1 (relaxed match and identical value: the TempEval-3 ranking figure),
- articles per second.

The documents are also reported in two fixed parts: ``held`` (every fifth file of each corpus in
name order) and ``tune`` (the others). Rules are worked out on ``tune`` errors only (``--errors``
lists nothing of ``held``); ``held`` checks that a change generalises beyond the cases it fixed.

Run as ``python -m evaluation.dates [--corpora PATH] [--json OUT] [--errors] [--no-peer]
[--part tune|held|tune-odd|tune-even|all] [--halves] [--conventions]``. ``--halves`` splits by
``half_of`` (every second file held) instead. ``--conventions`` prints, after the table and beside
the default value F1 (unchanged), the value F1 when a value is also counted equal under one of the
gold's stated conventions
(``evaluation.dates_conventions``: fiscal periods, weeks), with the count of each.

The ``tune`` part is split again by file (``tune_half_of``): the files at odd positions of the ``tune``
part in the evaluation's file order (TimeBank then AQUAINT, name order; the 1st, 3rd, ...) are
``tune-odd``, the rest ``tune-even``. ``tune-odd`` builds error tables and rules, ``tune-even`` counts a
rule once: ``--errors`` lists the errors of ``tune-odd`` files only (session 40).
"""

from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import os
import re
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from evaluation.dates_conventions import CONVENTIONS, convention_of

__all__ = ["Doc", "Timex", "half_of", "main", "match", "part_of", "read_tml", "score"]

CORPORA = ("timebank", "aquaint")
PARTS = ("tune", "held")
TUNE_HALVES = ("tune-odd", "tune-even")
HELD_EVERY = 5  # every fifth document of each corpus (name order) is held out from tuning
_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True)
class Timex:
    """One time expression: offsets into the plain text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True)
class Doc:
    """A TimeML document: name, creation date, plain text and gold expressions."""

    name: str
    dct: dt.date
    text: str
    gold: tuple[Timex, ...]


def read_tml(path: Path) -> Doc:
    """Parse a TimeML file: strip the tags of TEXT, keep the offsets of its TIMEX3 elements."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d\d-\d\d)", raw, re.S)
    body_match = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    if dct_match is None or body_match is None:
        raise ValueError(f"{path}: no DCT or TEXT")
    body = body_match.group(1)
    pieces: list[str] = []
    length = 0
    pos = 0
    opened: tuple[int, dict[str, str]] | None = None
    spans: list[tuple[int, int, dict[str, str]]] = []
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[pos : m.start()])
        pieces.append(chunk)
        length += len(chunk)
        pos = m.end()
        if m.group(2) != "TIMEX3":
            continue
        if m.group(1) == "" and m.group(4) == "":
            opened = (length, dict(_ATTR.findall(m.group(3))))
        elif m.group(1) == "/" and opened is not None:
            spans.append((opened[0], length, opened[1]))
            opened = None
    pieces.append(html.unescape(body[pos:]))
    text = "".join(pieces)
    gold = tuple(Timex(s, e, text[s:e], a.get("type", ""), a.get("value", "")) for s, e, a in spans if e > s)
    return Doc(path.stem, dt.date.fromisoformat(dct_match.group(1)), text, gold)


@dataclass
class Score:
    """Counts for one system on one corpus."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    type_ok: int = 0
    value_ok: int = 0
    seconds: float = 0.0
    pipeline_seconds: float = 0.0
    docs: int = 0
    errors: list[str] = field(default_factory=list)
    conventions: Counter[str] = field(default_factory=Counter)  # values equal only under a convention

    def add(self, other: Score) -> None:
        """Accumulate another score into this one."""
        for name in (
            "gold",
            "system",
            "strict",
            "relaxed",
            "type_ok",
            "value_ok",
            "seconds",
            "pipeline_seconds",
            "docs",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.conventions.update(other.conventions)

    @staticmethod
    def _f1(hit: int, system: int, gold: int) -> tuple[float, float, float]:
        p = hit / system if system else 0.0
        r = hit / gold if gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def convention_f1(self) -> float:
        """Value F1 (in percent) when a value equal under a stated convention counts as right."""
        return 100 * self._f1(self.value_ok + self.conventions.total(), self.system, self.gold)[2]

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 (in percent), type accuracy and speed."""
        sp, sr, sf = self._f1(self.strict, self.system, self.gold)
        rp, rr, rf = self._f1(self.relaxed, self.system, self.gold)
        vp, vr, vf = self._f1(self.value_ok, self.system, self.gold)
        return {
            "strict_p": 100 * sp, "strict_r": 100 * sr, "strict_f1": 100 * sf,
            "relaxed_p": 100 * rp, "relaxed_r": 100 * rr, "relaxed_f1": 100 * rf,
            "type_acc": 100 * self.type_ok / self.relaxed if self.relaxed else 0.0,
            "value_p": 100 * vp, "value_r": 100 * vr, "value_f1": 100 * vf,
            "articles_per_s": self.docs / self.seconds if self.seconds else 0.0,
            "pipeline_articles_per_s": self.docs / self.pipeline_seconds if self.pipeline_seconds else 0.0,
            "gold": self.gold, "system": self.system,
        }  # fmt: skip


def match(doc: Doc, found: Sequence[Timex]) -> tuple[dict[int, int], int]:
    """Pair ``found`` with the gold of ``doc`` one-to-one, exact spans first, then overlaps: the pairs
    (index in ``found`` -> index in the gold) and how many of them are exact."""
    used: set[int] = set()
    pairs: dict[int, int] = {}
    exact = {(g.start, g.end): i for i, g in enumerate(doc.gold)}
    for j, f in enumerate(found):
        i = exact.get((f.start, f.end))
        if i is not None and i not in used:
            used.add(i)
            pairs[j] = i
    strict = len(pairs)
    for j, f in enumerate(found):
        if j in pairs:
            continue
        for i, g in enumerate(doc.gold):
            if i not in used and f.start < g.end and g.start < f.end:
                used.add(i)
                pairs[j] = i
                break
    return pairs, strict


def score(doc: Doc, found: Sequence[Timex], seconds: float, keep_errors: bool = False) -> Score:
    """Match ``found`` against the gold of ``doc`` one-to-one (exact spans first, then overlaps)."""
    s = Score(gold=len(doc.gold), system=len(found), seconds=seconds, docs=1)
    pairs, s.strict = match(doc, found)
    used = set(pairs.values())
    s.relaxed = len(pairs)
    for j, i in pairs.items():
        f, g = found[j], doc.gold[i]
        s.type_ok += f.type == g.type
        s.value_ok += f.value == g.value
        convention = convention_of(g.value, f.value, doc.dct)
        if convention is not None:
            s.conventions[convention] += 1
        if keep_errors and (f.value != g.value or (f.start, f.end) != (g.start, g.end)):
            ctx = doc.text[max(0, g.start - 80) : g.end + 40].replace("\n", " ")
            s.errors.append(
                f"{doc.name} {doc.dct} WRONG  gold {g.text!r} {g.type} {g.value}"
                f"  ours {f.text!r} {f.type} {f.value}  | {ctx}"
            )
    if keep_errors:
        for i, g in enumerate(doc.gold):
            if i not in used:
                ctx = doc.text[max(0, g.start - 40) : g.end + 30].replace("\n", " ")
                s.errors.append(f"{doc.name} {doc.dct} MISS   {g.text!r} {g.type} {g.value}  | {ctx}")
        for j, f in enumerate(found):
            if j not in pairs:
                ctx = doc.text[max(0, f.start - 40) : f.end + 30].replace("\n", " ")
                s.errors.append(f"{doc.name} {doc.dct} FALSE  {f.text!r} {f.type} {f.value}  | {ctx}")
    return s


Run = Callable[[Doc], tuple[list[Timex], float, float]]


def part_of(index: int) -> str:
    """The fixed part of the ``index``-th file of a corpus (name order): ``held`` or ``tune``."""
    return "held" if index % HELD_EVERY == HELD_EVERY - 1 else "tune"


def tune_half_of(position: int) -> str:
    """The half of the ``tune`` part that holds its ``position``-th file (0-based, the evaluation's file
    order across both corpora): ``tune-odd`` for the 1st, 3rd, ... file, ``tune-even`` for the others."""
    return "tune-odd" if position % 2 == 0 else "tune-even"


def _labelled(root: Path, limit: int, halves: bool) -> list[tuple[str, str, str, Path]]:
    """Every file as (corpus, part, half of the tune part or "", path), in the evaluation's order."""
    out: list[tuple[str, str, str, Path]] = []
    position = 0
    for corpus in CORPORA:
        files = sorted((root / corpus).glob("*.tml"))
        if limit:
            files = files[:limit]
        for i, f in enumerate(files):
            part = half_of(i) if halves else part_of(i)
            half = ""
            if part == "tune":
                half = tune_half_of(position)
                position += 1
            out.append((corpus, part, half, f))
    return out


def half_of(index: int) -> str:
    """The fixed half of the ``index``-th file of a corpus (name order), as ``--halves`` splits them:
    every second file is ``held`` (its errors are never read), the others ``tune``."""
    return "held" if index % 2 == 1 else "tune"


def _ours() -> Run:
    """Our ``dates`` layer: results through the pipeline exactly as a user runs it; timed twice, the
    layer alone (its extractor on a segmented document) and the whole pipeline (segmentation included)."""
    import newsparse_dates
    import newsparse_syntax
    from newsparse import Document, Meta
    from newsparse.testing import pipeline_for

    pipe = pipeline_for(newsparse_dates, newsparse_syntax, only=["dates"])  # syntax: consulted by dates

    def run(doc: Doc) -> tuple[list[Timex], float, float]:
        t0 = time.perf_counter()
        parsed = pipe.parse(doc.text, published=doc.dct.isoformat())
        pipeline_seconds = time.perf_counter() - t0
        segmented = Document(doc.text, meta=Meta(published=doc.dct))
        t0 = time.perf_counter()
        list(newsparse_dates.extract(segmented))
        layer_seconds = time.perf_counter() - t0
        found = [Timex(d.start, d.end, d.text, d.type, d.value) for d in parsed.dates]
        return found, layer_seconds, pipeline_seconds

    return run


def _peer() -> Run:
    """``dateparser.search_dates`` anchored on the creation date; every hit is a DATE of its day."""
    from dateparser.search import search_dates

    def run(doc: Doc) -> tuple[list[Timex], float, float]:
        t0 = time.perf_counter()
        base = dt.datetime.combine(doc.dct, dt.time(12))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            hits = search_dates(doc.text, languages=["en"], settings={"RELATIVE_BASE": base}) or []
        out: list[Timex] = []
        pos = 0
        for sub, when in hits:
            start = doc.text.find(sub, pos)
            if start < 0:
                start = doc.text.find(sub)
                if start < 0:
                    continue
            else:
                pos = start + len(sub)
            out.append(Timex(start, start + len(sub), sub, "DATE", when.date().isoformat()))
        elapsed = time.perf_counter() - t0
        return out, elapsed, elapsed

    return run


def _evaluate(
    docs: Iterable[tuple[str, str, str, Doc]], systems: dict[str, Run], errors: bool
) -> dict[str, dict[str, Score]]:
    """Run every system on every document; scores per system, corpus, part, half of tune and "both".

    Errors are kept for ``tune-odd`` files only: ``tune-even`` counts rules, ``held`` is never read."""
    result: dict[str, dict[str, Score]] = {name: {} for name in systems}
    for corpus, part, half, doc in docs:
        for name, run in systems.items():
            found, elapsed, pipeline_elapsed = run(doc)
            listed = errors and name == "ours" and half == "tune-odd"
            s = score(doc, found, elapsed, keep_errors=listed)
            s.pipeline_seconds = pipeline_elapsed
            for key in (corpus, part, *((half,) if half else ()), "both"):
                result[name].setdefault(key, Score()).add(s)
            if listed:
                print("\n".join(s.errors))
    return result


def _table(result: dict[str, dict[str, Score]]) -> str:
    """The report table: one row per corpus and system."""
    cols = (
        "strict_f1",
        "relaxed_f1",
        "type_acc",
        "value_p",
        "value_r",
        "value_f1",
        "articles_per_s",
        "pipeline_articles_per_s",
    )
    names = (
        "strict F1",
        "relaxed F1",
        "type acc",
        "value P",
        "value R",
        "value F1",
        "art/s",
        "art/s pipeline",
    )
    head = f"{'corpus':10} {'system':13} {'gold':>5} {'found':>6} " + " ".join(f"{c:>14}" for c in names)
    lines = [head, "-" * len(head)]
    for corpus in (*CORPORA, *PARTS, *TUNE_HALVES, "both"):
        for name, per in result.items():
            if corpus not in per:
                continue
            fig = per[corpus].figures()
            label = "newsparse" if name == "ours" else "search_dates"
            lines.append(
                f"{corpus:10} {label:13} {int(fig['gold']):>5} {int(fig['system']):>6} "
                + " ".join(f"{fig[c]:>14.2f}" for c in cols)
            )
    return "\n".join(lines)


def _convention_table(result: dict[str, dict[str, Score]]) -> str:
    """Our value F1 as written (the default figure) and under the gold's stated conventions."""
    head = f"{'corpus':10} {'value F1':>9} {'conventions':>12} " + " ".join(f"{c:>17}" for c in CONVENTIONS)
    lines = ["value F1 under the gold's conventions (evaluation.dates_conventions; newsparse only)", head]
    for corpus in (*CORPORA, *PARTS, *TUNE_HALVES, "both"):
        s = result["ours"].get(corpus)
        if s is not None:
            counts = " ".join(f"{s.conventions[c]:>17d}" for c in CONVENTIONS)
            lines.append(f"{corpus:10} {s.figures()['value_f1']:>9.2f} {s.convention_f1():>12.2f} {counts}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Evaluate on TempEval-3 training data and print the table (and optionally errors / JSON)."""
    default = os.environ.get("NEWSPARSE_CORPORA") or str(
        Path(__file__).resolve().parents[1] / ".." / "shared" / "corpora"
    )
    parser = argparse.ArgumentParser(prog="python -m evaluation.dates", description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", default=default, help="folder holding tempeval3/")
    parser.add_argument("--json", dest="json_out", help="write the figures to this JSON file")
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print our misses, false positives and wrong values (tune-odd files)",
    )
    parser.add_argument(
        "--part", choices=("all", *PARTS, *TUNE_HALVES), default="all", help="only the documents of one part"
    )
    parser.add_argument(
        "--no-peer", action="store_true", help="skip dateparser.search_dates (quick iterations)"
    )
    parser.add_argument("--limit", type=int, default=0, help="only the first N files of each corpus")
    parser.add_argument(
        "--halves", action="store_true", help="held = every second file of a corpus (half_of), tune = others"
    )
    parser.add_argument(
        "--conventions", action="store_true", help="also print value F1 under the gold's stated conventions"
    )
    args = parser.parse_args(argv)
    root = Path(args.corpora) / "tempeval3"
    if not root.is_dir():
        print(f"no TempEval-3 data at {root}", file=sys.stderr)
        return 2
    docs = [
        (corpus, part, half, read_tml(f))
        for corpus, part, half, f in _labelled(root, args.limit, args.halves)
        if args.part in ("all", part, half)
    ]
    systems: dict[str, Run] = {"ours": _ours()}
    if not args.no_peer:
        systems["peer"] = _peer()
    result = _evaluate(docs, systems, args.errors)
    every = "second" if args.halves else f"{HELD_EVERY}th"
    print(f"TempEval-3 training data (TimeBank + AQUAINT), {len(docs)} documents; value F1 = relaxed match "
          f"and identical value; held = every {every} file of a corpus, tune = the rest")  # fmt: skip
    print(_table(result))
    print(
        "art/s: the dates layer alone (on a segmented document); art/s pipeline: parse() with only this layer"
    )
    if args.conventions:
        print(_convention_table(result))
    if "peer" in result:
        ours_speed = result["ours"]["both"].figures()["articles_per_s"]
        peer_speed = result["peer"]["both"].figures()["articles_per_s"]
        if peer_speed:
            pipe_speed = result["ours"]["both"].figures()["pipeline_articles_per_s"]
            print(
                f"speed: the dates layer is {ours_speed / peer_speed:.1f}x faster than search_dates "
                f"({pipe_speed / peer_speed:.1f}x with the whole pipeline, segmentation included)"
            )
    if args.json_out:
        figures = {
            ("newsparse" if name == "ours" else "search_dates"): {c: s.figures() for c, s in per.items()}
            for name, per in result.items()
        }
        Path(args.json_out).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
