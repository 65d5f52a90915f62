"""Where the working tree's quantities differ from a git revision's on text outside every set.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_quantities.py [--base REV] [--cue REGEX] [--unused FILE] [--polnear FILE]
        [--half odd|even]

The outside texts are those of ``tools/outside_agreements.py`` (the unused news ids no file under
evaluation/ or tests/ names, the CoNLL-2003 and TempEval-3 train stories no set names, and with
``--polnear`` the PolNeAR train texts of the counting half that no file names). With ``--cue`` only
the texts the pattern matches are parsed; with ``--half`` only those at odd or even places of the
whole list (to fit a guard on one half and count on the other). Each text is parsed by the default
pipeline twice, once with ``--base``'s quantities extractor swapped in
(``ab_entities_speed.pipelines``), and every quantity one version gives and the other does not is
printed with its sentence ("-" base only, "+" working tree only), for the reader to judge ("N
firings, M right").
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

from ab_entities_speed import load_base, pipelines  # noqa: E402
from outside_agreements import chosen_texts, differences, outside_arguments, print_differences  # noqa: E402

from newsparse import Quantity  # noqa: E402

Text = tuple[str, str, str | None]  # (id, text, publication date) of an outside text


def summary(q: Quantity) -> str:
    """One line naming what an amount says: text, value or bounds, modifier, unit, change, counted."""
    counted = q.counted.text if q.counted is not None else None
    return (
        f"{q.text!r} at {q.start}: value {q.value} [{q.low}, {q.high}] {q.modifier} unit {q.unit} "
        f"change {q.change} counted {counted!r}"
    )


def at_half(texts: Sequence[Text], every: Sequence[str], half: str) -> list[Text]:
    """The ``texts`` whose id stands at an odd (``half="odd"``) or even place of ``every`` (the ids of
    the whole outside list, counted from 0), so that a cue never moves a text to the other half."""
    places = {text_id: k for k, text_id in enumerate(every)}
    parity = 1 if half == "odd" else 0
    return [t for t in texts if places[t[0]] % 2 == parity]


def main(argv: Sequence[str] | None = None) -> int:
    """Print every outside text whose quantities differ between ``--base`` and the working tree."""
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
    with tempfile.TemporaryDirectory() as folder:
        old, new = pipelines(load_base("quantities", args.base, Path(folder)), "quantities")
        print_differences(
            texts, old, new, lambda _, a, b: differences(b, a.quantities, b.quantities, summary)
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
