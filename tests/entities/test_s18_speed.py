"""Session 18 (round 2): the entities layer's speed steps keep the output and skip the work they skip."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_entities.acronyms import _RUN, _runs, _spellings

_SMALL_WORDS = frozenset("of and for the on de du des".split())
_RUN_WORDS = st.sampled_from(
    ["Bank", "BANK", "Board", "of", "and", "the", "B", "Trade", "Tory", "O'Brien", "Act"]
)


def _plain_spellings(text: str, acronym: str) -> dict[str, list[tuple[int, int]]]:
    """The spellings of ``acronym`` as found before session 18: from every word of every run, the
    capitalised words after it listed again."""
    found: dict[str, list[tuple[int, int]]] = {}
    for run in _RUN.finditer(text):
        words = run.group().split(" ")
        if sum(w not in _SMALL_WORDS for w in words) < 3:
            continue
        parts = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", run.group())]
        for k, (start, _, word) in enumerate(parts):
            if word in _SMALL_WORDS or word[0] != acronym[0]:
                continue
            caps = [p for p in parts[k:] if p[2] not in _SMALL_WORDS]
            if any(len(p[2]) > 1 and p[2].isupper() for p in caps[: len(acronym)]):
                continue
            if len(caps) < len(acronym) or any(p[2][0] != ch for p, ch in zip(caps, acronym, strict=False)):
                continue
            name = run.group()[start : caps[len(acronym) - 1][1]].rstrip("'")
            if acronym not in name and name.rsplit(" ", 1)[-1] not in ("Act", "Bill", "Law"):
                found.setdefault(name, []).append((run.start() + start, run.start() + start + len(name)))
    return found


@settings(max_examples=300, deadline=None)
@given(st.lists(_RUN_WORDS, max_size=14).map(" ".join), st.sampled_from(["BTB", "BOT", "TBB", "BBBB", "OBT"]))
def test_spellings_are_those_of_every_word_walked(text: str, acronym: str) -> None:
    """An acronym's spellings, read from each run's capitalised words listed once, are those the walk
    from every word of the run found."""
    assert _spellings(_runs(text), acronym) == _plain_spellings(text, acronym)


def test_an_acronym_spelled_in_a_run_with_small_words() -> None:
    """ "Department of Trade and Industry" spells DTI; a run in capitals spells nothing."""
    text = "the Department of Trade and Industry (DTI) said. RANGERS BEAT INDIANS"
    assert _spellings(_runs(text), "DTI") == {"Department of Trade and Industry": [(4, 36)]}
    assert _spellings(_runs(text), "RBI") == {}
