"""Where the working tree's dates differ from a git revision's on text outside every set.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_dates.py [--base REV] [--cue REGEX] [--unused FILE] [--polnear FILE]

The outside texts are those of ``tools/outside_agreements.py`` (the unused news ids no file under
evaluation/ or tests/ names, the CoNLL-2003 stories and TempEval-3 train files no set names, and with
``--polnear`` the PolNeAR train texts of the counting half). With ``--cue`` only the texts the pattern
matches are parsed. Each text is parsed by the default pipeline twice, once with ``--base``'s dates
extractor swapped in, and every time expression one version gives and the other does not is printed
with its sentence ("-" base only, "+" working tree only). A TempEval-3 file's differences also say
whether its TIMEX3 gold holds an expression at that place (``gold: ...`` or ``gold: none``); the
TempEval-3 files are part of the dates layer's ``tune`` part, so they are counted apart.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from ab_entities_speed import pipelines  # noqa: E402
from outside_agreements import CORPORA, chosen_texts, differences, outside_arguments, print_differences  # noqa: E402
from plugin_ab import load_base  # noqa: E402

from newsparse import TimeExpression  # noqa: E402


def summary(t: TimeExpression) -> str:
    """One line naming a time expression: text, offset, type, value, mod."""
    return f"{t.text!r} at {t.start}: {t.type} {t.value} mod {t.mod}"


def gold_at(text_id: str, lines: list[str]) -> list[str]:
    """``lines`` with, for a TempEval-3 file, the gold TIMEX3 overlapping each difference."""
    if not text_id.startswith("tempeval3-"):
        return lines
    from evaluation.dates import read_tml

    _, corpus, name = text_id.split("-", 2)
    doc = read_tml(CORPORA / "tempeval3" / corpus / f"{name}.tml")
    out = []
    for line in lines:
        start = int(line.split(" at ", 1)[1].split(":", 1)[0])
        gold = [g for g in doc.gold if g.start <= start < g.end]
        named = ", ".join(f"{g.text!r} {g.type} {g.value}" for g in gold) or "none"
        out.append(f"{line}\n    gold: {named}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print every outside text whose dates differ between ``--base`` and the working tree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    outside_arguments(parser)
    args = parser.parse_args(argv)
    texts = chosen_texts(args)
    with tempfile.TemporaryDirectory() as folder:
        load_base(args.base, Path(folder), "newsparse_dates", "recognise")
        old, new = pipelines(sys.modules["newsparse_dates_base"], "dates")
        print_differences(
            texts, old, new, lambda i, a, b: gold_at(i, differences(b, a.dates, b.dates, summary))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
