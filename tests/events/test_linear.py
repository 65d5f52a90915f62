"""Work per event stays local: a long story of many dated casualty sentences costs linear time."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
import newsparse_events.background as background
import newsparse_events.occasions as occasions
import newsparse_events.recognise as recognise
from newsparse_events.context import Frame

from ..test_robustness_layers import _Counted

SENTENCE = "Gunmen killed 3 people in Kabul on Monday. A bomb killed 12 soldiers in Aleppo on March 4.\r\n"


def _widest_blocked(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[int, int]:
    """The events found in ``text`` and the most blocked spans any one event was handed."""
    seen = [0]
    original = recognise._event

    def counted(*args: Any, **kwargs: Any) -> Any:
        blocked = args[9] if len(args) > 9 else kwargs.get("blocked", ())
        seen[0] = max(seen[0], len(blocked))
        return original(*args, **kwargs)

    monkeypatch.setattr(recognise, "_event", counted)
    doc = newsparse.parse(text, published="2018-02-06", only=["events"])
    return len(doc.layer("events")), seen[0]


@pytest.mark.pure
def test_each_event_reads_only_the_blocked_spans_of_its_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each event used to be handed every date of the story (events x dates: quadratic)."""
    found_short, widest_short = _widest_blocked(monkeypatch, SENTENCE * 2)
    found_long, widest_long = _widest_blocked(monkeypatch, SENTENCE * 40)
    assert found_short > 0 and found_long >= 20 * found_short
    assert widest_long == widest_short <= 2


def test_near_finds_what_a_scan_finds_in_the_same_order() -> None:
    """The bisection keeps every blocked span touching the range (ends included), in ``blocked`` order."""
    blocked = [(50, 60), (0, 5), (10, 40), (58, 70), (5, 9), (100, 101)]
    frame = Frame([], blocked, [], sorted((a, b, k) for k, (a, b) in enumerate(blocked)), 30)
    for start, end in [(0, 0), (5, 10), (41, 49), (40, 50), (59, 59), (60, 100), (0, 200), (102, 300)]:
        assert frame.near(start, end) == [b for b in blocked if start <= b[1] and b[0] <= end]


# --- one long sentence of many casualty clauses (no full stop: a table, a list) ---------------------

CLAUSES = (
    "Gunmen killed 3 people, wounded 4 soldiers, and abducted 5 villagers in Kabul, Herat and Kandahar, "
)


def _read_per_event(monkeypatch: pytest.MonkeyPatch, texts: list[str]) -> list[tuple[int, dict[str, int]]]:
    """The events of each text and the characters the clause and occasion look-ups read on it."""
    read: dict[str, int] = {}
    monkeypatch.setattr(background, "_CLAUSE_BREAK", _Counted(background._CLAUSE_BREAK, read, ["clause"]))
    monkeypatch.setattr(occasions, "_DAY_OF", _Counted(occasions._DAY_OF, read, ["occasion"]))
    found = []
    for text in texts:
        read.clear()
        doc = newsparse.parse(text, published="2018-02-06", only=["events"])
        found.append((len(doc.layer("events")), dict(read)))
    return found


@pytest.mark.parametrize("ending", ["", "\r\n", "\r"])
def test_each_event_reads_only_the_end_of_its_clause(monkeypatch: pytest.MonkeyPatch, ending: str) -> None:
    """Each event used to read its whole sentence twice (events x sentence: quadratic)."""
    (found_short, short), (found_long, long) = _read_per_event(
        monkeypatch, [CLAUSES * 10 + ending, CLAUSES * 80 + ending]
    )
    assert found_long >= found_short > 0
    assert long["clause"] <= 12 * short["clause"]  # 8x the text; was 64x
    assert long["occasion"] <= 12 * short["occasion"]


_OLD_CLAUSE_BREAK = re.compile(r"[,;:()]")
_OLD_WORD = re.compile(r"[\w'-]+")


@given(
    st.lists(
        st.sampled_from(["after", "killing", "of", "a", ",", "(", "x" * 150, "the", "relatives", " "]),
        max_size=60,
    ),
    st.integers(0, 30),
)
def test_last_words_are_those_the_whole_clause_ends_with(pieces: list[str], lo: int) -> None:
    """The window gives the same last words as the whole clause (all of them when it holds them all)."""
    text = " ".join(pieces)
    lo = min(lo, len(text))
    whole = [w.lower() for w in _OLD_WORD.findall(_OLD_CLAUSE_BREAK.split(text[lo:])[-1])]
    words = background._last_words(text, lo, len(text))
    assert words == whole[-len(words) :] if len(words) < len(whole) else words == whole
    assert len(words) >= min(len(whole), background._KEPT_WORDS)


class _Reads(list):  # type: ignore[type-arg]
    """The document's mentions, counting every item read (bisected or sliced)."""

    reads = 0

    def __getitem__(self, index: Any) -> Any:
        """One read per item handed out."""
        found = super().__getitem__(index)
        _Reads.reads += len(found) if isinstance(index, slice) else 1
        return found

    def __iter__(self) -> Any:
        """A full pass reads every item."""
        _Reads.reads += len(self)
        return super().__iter__()


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_joined_places_read_only_the_mentions_of_their_stretch(newline: str) -> None:
    """Each event's "in X and Y" check read every mention of the document (events x mentions)."""
    from newsparse_events.places import joined_places

    text = f"Clashes in Dhaka and Bogra killed 3 people.{newline}" * 200
    starts = [m.start() for m in re.finditer(r"Dhaka|Bogra", text)]
    mentions = _Reads((s, s + 5, f"e{k % 2}", "GPE", None) for k, s in enumerate(starts))
    _Reads.reads = 0
    last = text.rindex("Clashes")
    found = joined_places(text, last, len(text), mentions)
    assert found == [(text.index("Dhaka", last), text.index("Bogra", last) + 5)]
    assert _Reads.reads <= 40  # two bisections and the stretch's own two mentions, not all 400
