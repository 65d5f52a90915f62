"""Select the sentences of check set D of the quantities layer, reproducibly (issue 18, session 12).

Check set D draws 160 sentences with a number (the candidate rule and splitter of
``select_quantities``) from articles of ``/work/brief/unused_ids.txt``-style id lists that no file
of ``evaluation/data/`` names, over business, sport, tech/science, politics and conflict. It is
annotated before the system is run on it and split by a fixed rule: the even rows (0, 2, ...) are
half A (split ``check_d_a``, tuned on), the odd rows half B (split ``check_d_b``, never read:
only its summary figures are printed, at the start and at the end of the session).
Run: python -m evaluation.data.select_quantities_d IDS_FILE [--corpora PATH]; it prints one JSON
line per sentence (id, subset, split, start, end), in the order of ``real_quantities_d.jsonl``.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import attrs

from evaluation.data.drawing import CHECK_SETS, corpus_articles, ids_named
from evaluation.data.select_quantities import draw
from evaluation.data.select_quantities_c import candidate_pools

__all__ = [
    "HALVES", "OWN", "QUOTAS_D", "SEED_D", "SET_D", "HalvedSet",
    "main", "selection", "used_before", "used_ids",
]

HERE = Path(__file__).resolve().parent
SEED_D = 20261205
QUOTAS_D = {
    "bbc/business": 35,
    "bbc/sport": 25,
    "bbc/tech": 25,
    "bbc/politics": 25,
    "reuters21578/general": 20,
    "reuters21578/world-politics-conflict": 20,
    "wikinews/politics-conflicts": 10,
}
#: the split of a row by its position: even rows are half A (tuned on), odd rows half B (held out).
HALVES = ("check_d_a", "check_d_b")
#: files of set D itself, which must not exclude the articles they were drawn from.
OWN = frozenset({"real_quantities_d.jsonl"})


def used_before(own: frozenset[str], prior: frozenset[str]) -> set[str]:
    """Every article id named by a scripted set of ``evaluation/data/`` or a check set of ``prior``.

    The files ``own`` (the set's gold) and check sets drawn later are left out, so a draw reproduces."""
    paths = sorted(HERE.glob("*.json*"))
    return ids_named(p for p in paths if p.name not in own and (p.name not in CHECK_SETS or p.name in prior))


def halved_draw(
    articles: list[dict[str, Any]],
    allowed: set[str],
    used: set[str],
    quotas: dict[str, int],
    seed: int,
    halves: tuple[str, str],
) -> list[dict[str, Any]]:
    """A seeded draw of sentences by subset quota, as rows split into two halves by row parity."""
    pools = candidate_pools(articles, allowed, used, quotas)
    rows = draw(pools, quotas, random.Random(seed), seed + 1, halves)
    return [{**row, "split": halves[index % 2]} for index, row in enumerate(rows)]


def print_draw(argv: list[str] | None, doc: str | None, select: Any, used: set[str]) -> int:
    """Print ``select(articles, allowed, used)`` as JSON lines (argument one: the file of allowed ids)."""
    args = list(sys.argv[1:] if argv is None else argv)
    allowed = set(Path(args.pop(0)).read_text(encoding="utf-8").split())
    for row in select(corpus_articles(args, doc), allowed, used):
        print(json.dumps(row))
    return 0


@attrs.frozen
class HalvedSet:
    """A check set drawn by subset quota and halved by row parity: its used ids, draw and script."""

    quotas: dict[str, int]
    seed: int
    halves: tuple[str, str]
    own: frozenset[str]
    prior: frozenset[str]
    doc: str | None

    def used_ids(self) -> set[str]:
        """The ids the draw leaves out: scripted sets and the check sets drawn before this one."""
        return used_before(self.own, self.prior)

    def selection(
        self, articles: list[dict[str, Any]], allowed: set[str], used: set[str]
    ) -> list[dict[str, Any]]:
        """The drawn sentences as rows of id, subset, split (half A or B by row parity), start and end."""
        return halved_draw(articles, allowed, used, self.quotas, self.seed, self.halves)

    def main(self, argv: list[str] | None = None) -> int:
        """Print the selection as JSON lines (the first argument is the file of allowed ids)."""
        return print_draw(argv, self.doc, self.selection, self.used_ids())


#: set D: no check set existed before it, so every check set's articles stay drawable.
SET_D = HalvedSet(QUOTAS_D, SEED_D, HALVES, OWN, frozenset(), __doc__)
used_ids = SET_D.used_ids
selection = SET_D.selection
main = SET_D.main


if __name__ == "__main__":
    raise SystemExit(main())
