"""The draw of ``check_dates_conll_s14.jsonl``: 24 dated Reuters wire stories of CoNLL-2003 train that
tell earlier events with dates (session 14, issue 19's narrative timelines).

Drawn once on an earlier reader of train (919 stories, since replaced by the one reader
``evaluation.conll_documents``): a story qualified when its body (after the dateline) was 500-2,200
characters, named a month or a year before 1996, and had a past-narrative word (trial, court,
sentenced, died, anniversary, investigation, arrested, killed, history, ago, earlier, last year); 24
were drawn with ``random.Random(1419)`` from the qualifying stories in file order; half ``A`` (tuned
on) is the even positions of the drawn indexes in ascending order, half ``B`` (never read) the odd
ones. The stories were then matched by text to the one reader's documents; :data:`DRAWN` keeps them
as (document index, first sentence, half): one story (``RICHMOND, Va.`` / ``1996-08-22``, a dateline
split in two sentences) is left by the reader inside document 59 and starts at its sentence 5.
Printed: one ``document first_sentence half`` line per story. The check set stores document indexes,
offsets and values only: the text is rebuilt by ``evaluation.conll_documents``.
"""

from __future__ import annotations

import sys

SEED = 1419
SIZE = 24
DRAWN: tuple[tuple[int, int, str], ...] = (
    (4, 0, "A"), (43, 0, "B"), (59, 5, "A"), (69, 0, "B"), (99, 0, "A"), (111, 0, "B"),
    (175, 0, "A"), (270, 0, "B"), (271, 0, "A"), (367, 0, "B"), (370, 0, "A"), (377, 0, "B"),
    (504, 0, "A"), (598, 0, "B"), (601, 0, "A"), (664, 0, "B"), (685, 0, "A"), (687, 0, "B"),
    (713, 0, "A"), (746, 0, "B"), (748, 0, "A"), (810, 0, "B"), (864, 0, "A"), (879, 0, "B"),
)  # fmt: skip


def draw() -> list[tuple[int, int, str]]:
    """The drawn stories in ascending order: (document index, first sentence, half ``A`` or ``B``)."""
    return list(DRAWN)


def main() -> int:
    """Print the draw."""
    for index, first, half in draw():
        print(index, first, half)
    return 0


if __name__ == "__main__":
    sys.exit(main())
