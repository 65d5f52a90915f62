"""Score the entities layer on a check set (``data/entities_check_s11.json``, or ``_s12`` with ``--set s12``).

The gold gives, per article, entities as [type, canonical, anchors]; anchors are resolved to every
whole-word occurrence before the article's cut, longest anchor first, never overlapping.  Predicted
mentions touching an ``ignore`` surface are dropped.  Scored as ``entities_real`` scores (exact span,
then type).  An anchor may also be ``{"s": surface, "occ": n}``: the n-th whole-word occurrence.
Usage: ``python -m evaluation.entities_check [--set s12] [--half A|B] [--verbose]``; ``--half`` keeps
the articles of one half of a check set whose ids file gives halves (half B: print the summary only).
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from evaluation.entities_real import _explain, gold_mentions, score_article, summarise, system_mentions
from evaluation.real_common import excluded_ids, is_excluded
from evaluation.real_sets import corpus_path

HERE = Path(__file__).with_name("data")


def _occurrences(text: str, surface: str) -> list[tuple[int, int]]:
    """Whole-word occurrences of a surface string in a text."""
    pattern = re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)")
    return [m.span() for m in pattern.finditer(text)]


def _surface(anchor: str | dict[str, Any]) -> str:
    """The surface string of an anchor (a bare string or an ``{"s": ..., "occ": n}`` pick)."""
    return anchor if isinstance(anchor, str) else str(anchor["s"])


def _option(argv: list[str], name: str) -> str | None:
    """The value following ``name`` on the command line, if any."""
    return argv[argv.index(name) + 1] if name in argv[:-1] else None


def resolve(
    text: str, cut: int, entities: list[list[Any]], ignore: list[str]
) -> tuple[dict[str, Any], list[tuple[int, int]]]:
    """Gold entities with offsets, and the ignored spans."""
    anchors = sorted(
        ((len(_surface(a)), _surface(a), k, a) for k, e in enumerate(entities) for a in e[2]),
        key=lambda t: (t[0], t[1], t[2]), reverse=True,
    )
    taken: list[tuple[int, int]] = []
    found: dict[int, list[dict[str, Any]]] = {}
    for _, surface, k, anchor in anchors:
        spans = _occurrences(text[:cut], surface)
        if isinstance(anchor, dict):
            spans = spans[anchor["occ"] - 1:anchor["occ"]]
        for s, e in spans:
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.setdefault(k, []).append({"start": s, "end": e, "text": surface, "form": "name"})
    row = {
        "entities": [
            {"type": e[0], "canonical": e[1], "mentions": found.get(k, [])} for k, e in enumerate(entities)
        ]
    }
    ignored = [  # an ignored surface inside a gold mention ("European" in "European Union") is gold
        (s, e)
        for surface in ignore
        for s, e in _occurrences(text[:cut], surface)
        if not any(s < te and ts < e for ts, te in taken)
    ]
    return row, ignored


def main(argv: list[str]) -> int:
    """Print the check set's figures (and the errors with --verbose)."""
    import newsparse_entities
    from newsparse.testing import pipeline_for

    name = _option(argv, "--set") or "s11"
    half = _option(argv, "--half")
    gold = json.loads((HERE / f"entities_check_{name}.json").read_text(encoding="utf-8"))["articles"]
    cuts = {}
    for line in (HERE / f"entities_check_{name}_ids.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        if (half is None or rec.get("half") == half) and not is_excluded(rec, excluded_ids()):
            cuts[rec["id"]] = rec["cut"]
    gold = {aid: ann for aid, ann in gold.items() if aid in cuts}
    texts = {}
    with corpus_path(os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora")).open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec["id"] in gold:
                texts[rec["id"]] = rec
    pipe = pipeline_for(newsparse_entities)
    counts = []
    for aid, ann in gold.items():
        rec = texts[aid]
        row, ignored = resolve(rec["text"], cuts[aid], ann["entities"], ann["ignore"])
        doc = pipe.parse(rec["text"], published=rec.get("published"))
        pred = [
            p
            for p in system_mentions(doc, rec["text"], cuts[aid])
            if not any(p.start < e and s < p.end for s, e in ignored)
        ]
        g = gold_mentions(row)
        counts.append(score_article(g, pred))
        if "--verbose" in argv and (name == "s11" or half == "A"):
            print(_explain({**row, "id": aid, "text": rec["text"]}, g, pred))
    print(json.dumps(summarise(counts), indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
