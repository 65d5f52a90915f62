"""Every organisation description ("the company" -> an ORG) the working tree gives on outside text.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_descriptions.py --half odd|even|all [--unused FILE] [--polnear FILE]

The outside texts are ``outside_agreements.outside_texts`` (unused news, CoNLL train and TempEval-3
train stories no set names) then ``polnear_texts`` (the PolNeAR counting half), in that order;
``--half odd`` keeps the texts at odd 1-based positions of that sequence (to shape a rule on),
``--half even`` the others (counted once).  Base gives no description of form ``description``, so
every one printed is a firing: its noun, the entity it stands for, and the text from the start of
the sentence two before it to the noun, for the reader to judge.
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
Since session 35 the two lists are those ``evaluation.outside_lists`` computes from the checkout and the
corpora, unless ``--unused`` / ``--polnear`` name files.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from itertools import chain
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from outside_agreements import CORPORA, outside_texts, polnear_texts  # noqa: E402
from outside_copies import KEEP_HELP  # noqa: E402

import newsparse  # noqa: E402
from newsparse_entities.org_descriptions import DESCRIPTION_FORM, ORG_NOUNS  # noqa: E402

_CUE = re.compile(r"\b[Tt]he (?:" + "|".join(sorted(ORG_NOUNS | {"government"})) + r")\b")


def main(argv: Sequence[str] | None = None) -> int:
    """Print every description of form ``description`` on the chosen half of the outside texts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("odd", "even", "all"), default="odd")
    parser.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    parser.add_argument("--polnear", type=Path, help="a list of PolNeAR train files (default: computed)")
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    args = parser.parse_args(argv)
    keep = args.keep_copies
    texts = chain(
        outside_texts(CORPORA, args.unused, keep_copies=keep),
        polnear_texts(CORPORA, args.polnear, keep_copies=keep),
    )
    firings = parsed = 0
    for position, (text_id, text, published) in enumerate(texts, start=1):
        if args.half != "all" and (position % 2 == 1) != (args.half == "odd"):
            continue
        if not _CUE.search(text):
            continue
        parsed += 1
        doc = newsparse.parse(text, published, only=["entities"])
        starts = [s.start for s in doc.sentences]
        for entity in doc.entities:
            for d in entity.descriptions:
                if d.form != DESCRIPTION_FORM:
                    continue
                firings += 1
                own = max(0, sum(1 for s in starts if s <= d.start) - 1)
                lo = starts[max(0, own - 2)] if starts else 0
                context = " ".join(text[lo : d.end].split())[-400:]
                about = (
                    f"{entity.type} {entity.confidence} {len(entity.mentions)} {sorted(entity.identifiers)}"
                )
                print(f"[{firings}] {text_id} the {d.text} -> {entity.canonical} ({about})")
                print(f"    ...{context}\n")
    print(f"{parsed} texts parsed, {firings} descriptions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
