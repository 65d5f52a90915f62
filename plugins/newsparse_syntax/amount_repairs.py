"""Tag repairs around amounts: "about", "around" and "over" before a number are degree adverbs.

UD tags "about 30 people", "around 1,100 cartoons", "over 200 weapons" with an adverb modifying the
number (``advmod``), not a preposition: read as a preposition, the amount's noun became an oblique
("killed about 30 people": people was ``obl``, not the object). Read off UD EWT dev's confusions
(cross-validated), counted on unused news articles (docs/layers/syntax.md gives the counts).
"""

from __future__ import annotations

import re

from newsparse_syntax.sentence_state import indices

__all__ = ["CUES", "repair_approximators"]

_APPROXIMATORS = frozenset({"about", "around", "over"})
CUES = frozenset(w for a in _APPROXIMATORS for w in (a, a.capitalize()))  # a sentence needs one
_YEAR = re.compile(r"1[5-9]\d\d|20\d\d|'\d\d")
# words after a number that make it a time of day, not an amount ("around 5 pm", "about 6 o'clock")
_CLOCK = frozenset("am pm a.m. p.m. a.m p.m o'clock GMT BST".split())
# time units: "over five years" is a preposition's span of time ("a project over five years")
_SPANS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights weekend weekends season seasons".split()
)


def repair_approximators(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, "about", "around" or "over" tagged ADP right before a number (or a currency
    sign and a number) as ADV: "killed about 30 people", "spent about $20,000", "over 200 weapons".

    A year or a time of day keeps its preposition ("around 1990", "around 5:00", "around 5 pm"),
    and so does "over" before a span of time after a noun ("a project over five years"; but "for
    over 2 years")."""
    n = len(forms)
    for k in indices(tags, "ADP"):
        word = str.lower(forms[k])
        if word not in _APPROXIMATORS:
            continue
        number = k + 1
        if number < n and tags[number] == "SYM":
            number += 1  # "about $ 20,000"
        if number >= n or tags[number] != "NUM" or not _is_amount(forms, number):
            continue
        after = str.lower(forms[number + 1]) if number + 1 < n else ""
        if word == "over" and after in _SPANS and (k == 0 or tags[k - 1] != "ADP"):
            continue
        tags[k] = "ADV"


def _is_amount(forms: list[str], number: int) -> bool:
    """Whether the number at ``number`` is an amount: not a year or a clock time."""
    form = forms[number]
    if ":" in form or _YEAR.fullmatch(form):
        return False
    return number + 1 >= len(forms) or forms[number + 1] not in _CLOCK
