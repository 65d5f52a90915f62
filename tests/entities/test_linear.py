"""Document-wide look-ups of the entities layer read each word's positions once, not once per word."""

from __future__ import annotations

from typing import Any, ClassVar

from newsparse import Document
from newsparse_entities.chunk_context import named_alone_elsewhere, opens_name_elsewhere
from newsparse_entities.head_aliases import head_aliases
from newsparse_entities.resolve import Resolved
from newsparse_entities.words import words_of


class _Counted(list[int]):
    """A list of positions that counts the items read from it."""

    read: ClassVar[list[int]] = [0]

    def __iter__(self) -> Any:
        for item in super().__iter__():
            _Counted.read[0] += 1
            yield item


def _reads_of_alone_checks(copies: int) -> int:
    """Positions read when every sentence-opening "Gunmen" asks whether it stands alone elsewhere."""
    words = words_of(Document("Gunmen killed 3 people. Gunmen fled north.\r\n" * copies))
    index: dict[str, list[int]] = {}
    for k in words.caps:
        index.setdefault(words.text[k], _Counted()).append(k)
    _Counted.read[0] = 0
    opening = [k for k in words.caps if words.text[k] == "Gunmen"]
    assert not any(named_alone_elsewhere(words, u, index) for u in opening)
    assert not any(opens_name_elsewhere(words, u, index) for u in opening)
    return _Counted.read[0]


def test_standing_alone_elsewhere_reads_each_position_once() -> None:
    """Each call used to read all the word's positions: a word opening n sentences cost n * n."""
    assert _reads_of_alone_checks(40) <= 5 * _reads_of_alone_checks(10)  # linear: 4x; was 16x


def test_a_word_standing_alone_elsewhere_is_still_found() -> None:
    """ "Apple said" after "such as Microsoft and Apple": found; the lone one mid-sentence has no other."""
    words = words_of(Document("Apple rose. Firms such as Microsoft and Apple gained. Apple said so."))
    index: dict[str, list[int]] = {}
    apple = [k for k in range(len(words.text)) if words.text[k] == "Apple"]
    assert [named_alone_elsewhere(words, u, index) for u in apple] == [True, False, True]


class _CountedEnd(Resolved):
    """A decided mention that counts reads of its end."""

    reads: ClassVar[list[int]] = [0]

    @property
    def end(self) -> int:
        _CountedEnd.reads[0] += 1
        value = tuple.__getitem__(self, 1)
        assert isinstance(value, int)
        return value


def _alias_reads(copies: int) -> tuple[int, int]:
    """Aliases found and ends read in "the Security Council met; the Council said", repeated."""
    text = "The Security Council met on Monday. Later the Council said so.\n" * copies
    words = words_of(Document(text))
    resolved = []
    at = text.find("Security Council")
    while at >= 0:
        resolved.append(_CountedEnd(at, at + 16, "Q1", "ORG", "UN Security Council", "name", {}))
        at = text.find("Security Council", at + 1)
    _CountedEnd.reads[0] = 0
    aliases = [r for r in head_aliases(words, resolved, text, frozenset()) if r.form == "alias"]
    return len(aliases), _CountedEnd.reads[0]


def test_head_aliases_read_the_organisations_named_before_by_bisection() -> None:
    """Each "the Council" used to rescan every organisation named before it (quadratic)."""
    found_short, reads_short = _alias_reads(10)
    found_long, reads_long = _alias_reads(40)
    assert (found_short, found_long) == (10, 40)
    assert reads_long <= 5 * reads_short  # linear: 4x; was about 16x
