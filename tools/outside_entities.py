"""Dump the entities layer's mentions on one half of the outside text, for a base/branch count.

Development only. Run from a checkout's root (its code is the one imported):

    python PATH/tools/outside_entities.py --half odd|even [--cue REGEX] [--polnear FILE] > OUT.jsonl

The outside text is ``tools/outside_agreements.py``'s (unused news, unnamed CoNLL-2003 train stories,
TempEval-3 train files; the unused news ids of ``--unused``, by default the list
``evaluation.outside_lists`` computes) plus ``--polnear``'s PolNeAR train files. A text's position is its
line in the id list (news, PolNeAR), its story index (CoNLL) or its order (TempEval), counted from 1:
``odd`` is the half to shape a rule on, ``even`` the half to count it on once. Each line printed is one
text's mentions (start, end, text, type, title) and sentence ends; ``--diff A B`` prints the mentions and
the sentence ends that differ.
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path.cwd()
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(Path(__file__).resolve().parent)]


Positioned = tuple[int, str, str, str | None]


def _positioned(
    corpora: Path, unused: Path | None, polnear: Path | None, keep: bool = False
) -> Iterator[Positioned]:
    """(position, id, text, date) of every outside text; copies dropped unless ``keep`` (session 34);
    without ``unused``, the computed list of unused news ids."""
    saved = list(sys.path)
    from evaluation.outside_lists import unused_ids
    from outside_agreements import outside_texts, polnear_texts

    sys.path[:] = saved  # it puts its own checkout first: the plugins must come from the one run

    lines = {i: n for n, i in enumerate(unused_ids(unused, ROOT, corpora), 1)}
    order: dict[str, int] = {}
    for text_id, text, published in outside_texts(corpora, unused, ROOT, keep_copies=keep):
        if text_id in lines:
            pos = lines[text_id]
        elif text_id.startswith("conll2003-train-"):
            pos = int(text_id.rsplit("-", 1)[1]) + 1
        else:
            order["t"] = order.get("t", 0) + 1
            pos = order["t"]
        yield pos, text_id, text, published
    if polnear is not None:
        names = polnear.read_text(encoding="utf-8").split()
        plines = {n.removesuffix(".txt"): k for k, n in enumerate(names, 1)}
        for text_id, text, published in polnear_texts(corpora, polnear, ROOT, keep_copies=keep):
            yield plines[text_id.removeprefix("polnear-")], text_id, text, published


def _dump(args: argparse.Namespace) -> None:
    """Print each chosen text's mentions as one JSON line."""
    from newsparse import parse

    cue = re.compile(args.cue) if args.cue else None
    want = 1 if args.half == "odd" else 0
    found_module = ""
    for pos, text_id, text, published in _positioned(
        args.corpora, args.unused, args.polnear, args.keep_copies
    ):
        if pos % 2 != want or (cue is not None and not cue.search(text)):
            continue
        doc = parse(text, published=published, only=["entities"])
        if not found_module:
            found_module = sys.modules["newsparse_entities"].__file__ or "?"
            print(f"entities from {found_module}", file=sys.stderr)
        found = []
        for e in doc.entities:
            for m in e.mentions:
                title = text[m.title.start : m.title.end] if m.title is not None else None
                found.append([m.start, m.end, m.text, e.type, title])
        ends = [s.end for s in doc.sentences]
        print(json.dumps({"id": text_id, "text": text, "mentions": sorted(found), "ends": ends}), flush=True)


def _sentence(text: str, at: int) -> str:
    """The line-free stretch of ``text`` around offset ``at`` (up to 160 characters each side)."""
    return " ".join(text[max(0, at - 160) : at + 160].split())


def _diff(a: Path, b: Path) -> None:
    """Print the mentions one dump has and the other lacks, text by text, with their context."""
    base = {row["id"]: row for row in map(json.loads, a.read_text(encoding="utf-8").splitlines())}
    for row in map(json.loads, b.read_text(encoding="utf-8").splitlines()):
        before = base[row["id"]]
        for end in sorted(set(before.get("ends", ())) ^ set(row.get("ends", ()))):
            side = "-" if end in before["ends"] else "+"
            print(f"== {row['id']}: sentence end {side} at {end}: {_sentence(row['text'], end)}")
        old = {tuple(m) for m in before["mentions"]}
        new = {tuple(m) for m in row["mentions"]}
        if old == new:
            continue
        print(f"== {row['id']}: {_sentence(row['text'], min(m[0] for m in old ^ new))}")
        for m in sorted(old - new):
            print(f"   - {m}")
        for m in sorted(new - old):
            print(f"   + {m}")


def _default_corpora() -> Path:
    """``NEWSPARSE_CORPORA``, else ``shared/corpora`` beside the checkout's folder."""
    return Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))


def main() -> None:
    """Parse the arguments and dump or diff."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("odd", "even"))
    parser.add_argument("--cue", help="parse only the texts this pattern matches")
    parser.add_argument("--corpora", type=Path, default=_default_corpora())
    parser.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    parser.add_argument("--polnear", type=Path)
    parser.add_argument("--diff", nargs=2, type=Path)
    parser.add_argument(
        "--keep-copies",
        action="store_true",
        help="read the outside list as given, copies of named texts and repeated texts included",
    )
    args = parser.parse_args()
    if args.diff:
        _diff(*args.diff)
    else:
        _dump(args)


if __name__ == "__main__":
    main()
