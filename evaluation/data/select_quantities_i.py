"""Select the sentences of check set I of the quantities layer from TempEval-3 train wire (issue 18, s19).

The tuned quantities sets no longer predict held-out text, so set I draws from wire text no set has
used: TempEval-3 **train** files (TimeBank and AQUAINT, never platinum; text = the TEXT element
without its tags, ``evaluation.dates.read_tml``) of wire sources (Wall Street Journal, AP, APW, NYT,
Xinhua; broadcast transcripts left out) dated 1989 to 1998, whose file name no earlier file under
``evaluation/data/`` names (files tagged ``_s19`` or later and draws' pools skipped, so that the draw
reproduces) and that are not in the dates layer's ``held`` part of TempEval-3 (every fifth file of
each corpus, ``evaluation.dates.part_of``). Sentences come from ``select_quantities.sentences``:
*number* sentences have 6 to 70 words, a digit or number word (``select_quantities.has_number``) and
a capital start; *plain* sentences (negatives) have 8 to 50 words, a capital start, a closing full
stop or quote and no digit or number word. Files are shuffled with ``random.Random(SEED_I)``; up to
two number sentences per file (chosen by the same generator) until ``NUMBERS``, then, from a second
pass over the same order, one plain sentence per file until ``PLAIN``. The rows are then shuffled by
the same generator and alternate between half A (``check_i_a``, even rows, tuned on) and half B
(``check_i_b``, odd rows, held out: only its summary figures are printed). Rows keep the TimeML file
and the sentence index only; the text is rebuilt at run time. Run:
``python -m evaluation.data.select_quantities_i [--corpora PATH]``: one JSON line per sentence (tml,
sentence, split), in the order of ``real_quantities_i_s19.jsonl``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from evaluation.data.drawing import TEMPEVAL, corpora_folder, earlier_text
from evaluation.data.select_quantities import number_and_plain_rows, sentences

__all__ = ["HALVES", "NUMBERS", "PLAIN", "SEED_I", "files", "main", "selection", "sentence_spans"]

SEED_I = 20261918
SESSION = 19
NUMBERS = 160
PLAIN = 40
HALVES = ("check_i_a", "check_i_b")
DATA = Path(__file__).resolve().parent
WIRE = re.compile(r"^(?:wsj_|WSJ|AP\d|APW|NYT|XIE)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of a TempEval text (``select_quantities.sentences``): the one splitter of set I."""
    return sentences(text)


def files(corpora: Path) -> list[tuple[str, str]]:
    """The candidate (``corpus/name.tml``, text) pairs in name order: wire, 1989-1998, unnamed, not held."""
    from evaluation.dates import part_of, read_tml

    named = earlier_text(DATA, SESSION)
    out = []
    for corpus in TEMPEVAL:
        for index, path in enumerate(sorted((corpora / "tempeval3" / corpus).glob("*.tml"))):
            if part_of(index) == "held" or path.stem in named or not WIRE.match(path.name):
                continue
            doc = read_tml(path)
            if 1989 <= doc.dct.year <= 1998:
                out.append((f"{corpus}/{path.name}", doc.text))
    return out


def selection(candidates: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """The seeded draw (module docstring): rows of ``tml``, ``sentence`` and ``split``."""
    return number_and_plain_rows(candidates, SEED_I, (NUMBERS, PLAIN), HALVES, "tml")


def main(argv: list[str] | None = None) -> int:
    """Print the selection as JSON lines."""
    for row in selection(files(corpora_folder(argv, __doc__))):
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
