"""Where the working tree's dates differ from a git revision's on text outside every set.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_dates.py [--base REV] [--cue REGEX] [--unused FILE] [--polnear FILE]
        [--half odd|even]

The outside texts are those of ``tools/outside_agreements.py`` (the unused news ids no file under
evaluation/ or tests/ names, the CoNLL-2003 stories and TempEval-3 train files no set names, and with
``--polnear`` the PolNeAR train texts of the counting half). With ``--cue`` only the texts the pattern
matches are parsed; with ``--half`` only those at odd or even places of the whole list (counted from 0,
as ``tools/outside_quantities.py`` counts them: fit a guard on one half, count on the other). A
TempEval-3 file is parsed with its creation date as the publication date, as the dates scorer parses it
(``tools/outside_agreements.py`` gives none). Each text is parsed by the default pipeline twice, once
with ``--base``'s dates extractor swapped in, and every time expression one version gives and the other
does not is printed with its sentence ("-" base only, "+" working tree only). A TempEval-3 file's
differences also say whether its TIMEX3 gold holds an expression at that place (``gold: ...`` or ``gold:
none``); the TempEval-3 files are part of the dates layer's ``tune`` part, so they are counted apart.
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
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
from outside_quantities import at_half  # noqa: E402
from plugin_ab import load_base  # noqa: E402

from newsparse import TimeExpression  # noqa: E402

Text = tuple[str, str, str | None]  # (id, text, publication date) of an outside text


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


def with_creation_date(texts: Sequence[Text]) -> list[Text]:
    """``texts`` with each TempEval-3 file's creation date (DCT) as its publication date."""
    from evaluation.dates import read_tml

    out = []
    for text_id, text, published in texts:
        if text_id.startswith("tempeval3-") and published is None:
            _, corpus, name = text_id.split("-", 2)
            published = read_tml(CORPORA / "tempeval3" / corpus / f"{name}.tml").dct.isoformat()
        out.append((text_id, text, published))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print every outside text whose dates differ between ``--base`` and the working tree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    outside_arguments(parser)
    parser.add_argument(
        "--half", choices=("odd", "even"), help="only the texts at odd or even places of the whole list"
    )
    args = parser.parse_args(argv)
    texts = chosen_texts(args)
    if args.half:  # the places in the list of every outside text, before the cue is applied
        cue, args.cue = args.cue, None
        every = chosen_texts(args)
        args.cue = cue
        texts = at_half(texts, [t[0] for t in every], args.half)
    texts = with_creation_date(texts)
    with tempfile.TemporaryDirectory() as folder:
        load_base(args.base, Path(folder), "newsparse_dates", "recognise")
        old, new = pipelines(sys.modules["newsparse_dates_base"], "dates")
        print_differences(
            texts, old, new, lambda i, a, b: gold_at(i, differences(b, a.dates, b.dates, summary))
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
