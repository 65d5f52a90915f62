"""Select the sentences of check set F of the quantities layer, reproducibly (issue 18, session 14).

Check set F draws 80 sentences with a number (the candidate rule and splitter of
``select_quantities``) from articles of ``/work/brief/unused_ids.txt``-style id lists that no file
of ``evaluation/data/`` names (nor any check set drawn before it), weighted to Reuters-21578 and
Wikinews and to business news, where units are rates, compounds, index points, shares, tonnes and
per-share money. It is annotated before the system is run on it and split by a fixed rule: the even
rows (0, 2, ...) are half A (split ``check_f_a``, tuned on), the odd rows half B (split
``check_f_b``, never read: only its summary figures are printed, at the start and end of a session).
Run: python -m evaluation.data.select_quantities_f IDS_FILE [--corpora PATH]; it prints one JSON
line per sentence (id, subset, split, start, end), in the order of ``real_quantities_f.jsonl``.
"""

from __future__ import annotations

from evaluation.data.select_quantities_d import HalvedSet
from evaluation.data.select_quantities_e import PRIOR as PRIOR_E

__all__ = ["HALVES", "OWN", "PRIOR", "QUOTAS_F", "SEED_F", "SET_F", "main", "selection", "used_ids"]

SEED_F = 20261214
QUOTAS_F = {
    "reuters21578/general": 13,
    "reuters21578/world-politics-conflict": 16,
    "wikinews/politics-conflicts": 6,
    "bbc/business": 29,
    "bbc/tech": 8,
    "bbc/sport": 4,
    "bbc/politics": 4,
}
#: the split of a row by its position: even rows are half A (tuned on), odd rows half B (held out).
HALVES = ("check_f_a", "check_f_b")
#: files of set F itself, which must not exclude the articles they were drawn from.
OWN = frozenset({"real_quantities_f.jsonl"})
#: the check sets that existed when set F was drawn: their articles are excluded too (a later check
#: set is not, so that this draw still reproduces).
PRIOR = PRIOR_E | {"entities_check_s13.json", "entities_check_s13_ids.jsonl", "real_quantities_e.jsonl"}


SET_F = HalvedSet(QUOTAS_F, SEED_F, HALVES, OWN, PRIOR, __doc__)
used_ids = SET_F.used_ids
selection = SET_F.selection
main = SET_F.main


if __name__ == "__main__":
    raise SystemExit(main())
