"""Role triggers of a casualty event: the words that say it ("killed", "death toll", "were wounded").

A trigger is found by a dict lookup per token: only a token that can open one of the lexicon's
phrases is read further, and :func:`openers` finds those once per document so that a sentence
without one is never read.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

import attrs

from newsparse.text import TokenColumns
from newsparse_events.asides import death_splits
from newsparse_events.lexicon import ANAPHORIC_FIGURES, GROUP_NOUNS, HARD_BREAKS, TRIGGERS

__all__ = ["MAX_SUBJECT_GAP", "Trigger", "drop_group_nouns", "find_triggers", "openers", "with_splits"]

MAX_SUBJECT_GAP = 10  # tokens between a count and a passive/intransitive trigger after it


@attrs.frozen
class Trigger:
    """A role trigger as a token range ``[a, b)`` with its role and grammatical form."""

    a: int
    b: int
    role: str
    form: str


def _lengths_by_first_word() -> dict[str, tuple[int, ...]]:
    """For each word that can open a trigger, the phrase lengths to try, longest first."""
    lengths: dict[str, set[int]] = {}
    for key in (*TRIGGERS, *ANAPHORIC_FIGURES):
        lengths.setdefault(key[0], set()).add(len(key))
    return {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}


_LENGTHS_BY_FIRST_WORD: Mapping[str, tuple[int, ...]] = MappingProxyType(_lengths_by_first_word())

# A trigger of one word is one of _SINGLE_WORDS; a longer one opens with a pair of _OPENING_PAIRS.
_SINGLE_WORDS = frozenset(key[0] for key in (*TRIGGERS, *ANAPHORIC_FIGURES) if len(key) == 1)
_OPENING_PAIRS = frozenset(key[:2] for key in (*TRIGGERS, *ANAPHORIC_FIGURES) if len(key) > 1)
_PAIR_FIRSTS = frozenset(pair[0] for pair in _OPENING_PAIRS)


_OPENING_WORDS = _SINGLE_WORDS | _PAIR_FIRSTS


def openers(low: tuple[str, ...]) -> list[int]:
    """Indices of the tokens whose lower-cased texts ``low`` may open a trigger (a superset of where
    :func:`find_triggers` finds one); ``low`` is the document's shared ``token_lowers``.

    Found once per document so that the sentences without one (most of them: "the" opens a
    trigger only in "the number", "the dead", ...) are never read; a pair is checked across a
    sentence end too, which only lets a sentence through needlessly.
    """
    # compiled, a loop testing each word by one C call is a third of the time of ``compress`` over
    # ``map`` of the set's ``__contains__`` (a method call an item); the same indices, in order
    opening, single, pairs = _OPENING_WORDS, _SINGLE_WORDS, _OPENING_PAIRS
    last = len(low) - 1
    found = []
    i = 0
    for word in low:
        if word in opening and (word in single or (i < last and (word, low[i + 1]) in pairs)):
            found.append(i)
        i += 1
    return found


def find_triggers(
    tokens: TokenColumns, lo: int, hi: int, low: tuple[str, ...] | None = None
) -> list[Trigger]:
    """The role triggers among tokens ``[lo, hi)``, longest match first, not overlapping.

    Only a token that can open a trigger is looked at further, so a sentence costs one dict
    lookup per token plus a few tuple lookups per candidate. ``low``: the document's shared
    ``token_lowers`` (the same texts lower-cased), else the tokens are lower-cased here.
    """
    out: list[Trigger] = []
    words = low[lo:hi] if low is not None else tuple([str.lower(t) for t in tokens.texts[lo:hi]])
    i = 0
    size = hi - lo
    while i < size:
        lengths = _LENGTHS_BY_FIRST_WORD.get(words[i])
        hit = None
        if lengths is not None:
            for n in lengths:
                if n > size - i:
                    continue
                key = tuple(words[i : i + n])
                if key in TRIGGERS:
                    hit = (n, *TRIGGERS[key])
                    break
                if key in ANAPHORIC_FIGURES and not (i + n < size and words[i + n] == "of"):
                    hit = (n, "", "anaphor")
                    break
        if hit is None:
            i += 1
            continue
        n, role, form = hit
        out.append(Trigger(lo + i, lo + i + n, role, form))
        i += n
    return out


def with_splits(
    tokens: TokenColumns, lo: int, hi: int, triggers: list[Trigger], low: tuple[str, ...] | None = None
) -> list[Trigger]:
    """The triggers with the verbs of a split "beat <object> to death" added, in text order (``low``:
    the document's shared ``token_lowers``, as for :func:`find_triggers`)."""
    if "death" not in (low[lo:hi] if low is not None else [str.lower(t) for t in tokens.texts[lo:hi]]):
        return triggers
    verbs = death_splits(tokens, lo, hi, [(t.a, t.b) for t in triggers])
    if not verbs:
        return triggers
    added = [Trigger(k, k + 1, "killed", "verb") for k in verbs if not any(t.a <= k < t.b for t in triggers)]
    return sorted([*triggers, *added], key=lambda t: t.a)


def drop_group_nouns(tokens: TokenColumns, triggers: Sequence[Trigger]) -> list[Trigger]:
    """Drop a group noun ("detainees") that is the subject of the next trigger ("300 detainees have died")."""
    out = []
    for n, trig in enumerate(triggers):
        following = triggers[n + 1] if n + 1 < len(triggers) else None
        if (
            trig.form == "noun"
            and str.lower(tokens.texts[trig.a]) in GROUP_NOUNS
            and following is not None
            and following.form == "verb"
            and following.a - trig.b <= MAX_SUBJECT_GAP
            and not any(t in HARD_BREAKS or t == "," for t in tokens.texts[trig.b : following.a])
        ):
            continue
        out.append(trig)
    return out
