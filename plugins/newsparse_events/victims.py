"""Who was hit: a trigger's victim group, from the counted noun or the words around the trigger.

The counted noun names the group ("12 soldiers", "seven others": the head noun phrase as written,
as the guideline says); a figure that names none gets none ("claimed 2,400 lives"). Without a count, a victim
noun right before the trigger is its subject ("the pilot lost his life"), or one after an active
trigger its object ("gunmen killed residents").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final, Protocol

from newsparse import Quantity, Span
from newsparse.text import TokenColumns
from newsparse_events.lexicon import NON_VICTIMS, POSSESSIVES, SKIP_BEFORE_TRIGGER, VICTIM_NOUNS
from newsparse_events.model import QuantityRef
from newsparse_events.singles import group_among, is_passive, is_person_noun

__all__ = [
    "NOT_GROUPS",
    "PEOPLE_KINDS",
    "TriggerLike",
    "head_word",
    "several_before",
    "victims_after",
    "victims_of",
    "victims_stretch",
]

PEOPLE_KINDS = frozenset({"NORP", "GROUP"})
# counted nouns that name no victim group of their own: "2,400 lives" ("seven others" is the group
# "others", the head noun phrase as written: guidelines/events.md, session 19)
NOT_GROUPS = frozenset({"lives", "life"})
# determiners that open an active trigger's object: its subject is then who acted, not who was hit
_OBJECT_OPENERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "several", "some", "many"})


class TriggerLike(Protocol):
    """What the victim readers need of a trigger: its token range, role and form."""

    @property
    def a(self) -> int:
        """The first token of the trigger."""

    @property
    def b(self) -> int:
        """The token after the trigger."""

    @property
    def role(self) -> str:
        """The role it says (killed, wounded, ...)."""

    @property
    def form(self) -> str:
        """verb, noun, toll or anaphor."""


def head_word(span: Span | None) -> str:
    """The last word of a span, lower-cased (its head noun, for English noun phrases)."""
    return str.lower(str(span.text)).split()[-1] if span is not None and span.text.strip() else ""


def plural_person(word: str) -> bool:
    """Whether a lower-case word is the plural of a person noun ("supporters", "pilgrims", "tribesmen")."""
    if word.endswith("men"):
        return is_person_noun(word[:-3] + "man")
    # no person noun ends in "-ment" ("sentiments", "settlements"), whatever the suffix guess says
    return word.endswith("s") and not word.endswith(("ss", "ments")) and is_person_noun(word[:-1])


def _victim_word(word: str, wide: bool) -> bool:
    """Whether a lower-case word names a victim group: listed, or (``wide``) any plural person noun."""
    return word in VICTIM_NOUNS or (wide and plural_person(word))


def victims_after(text: str, tokens: TokenColumns, k: int, hi: int, *, wide: bool = False) -> Span | None:
    """A victim noun right after token ``k`` ("12 people", "dozens of civilians", "20 of their fighters").

    ``wide`` also takes a plural person noun the lexicon does not list ("arrested supporters").
    """
    if k < hi and str.lower(tokens.texts[k]) == "of":
        k += 1
        if k < hi and str.lower(tokens.texts[k]) in POSSESSIVES:
            k += 1
    if k < hi and _victim_word(str.lower(tokens.texts[k]), wide):
        return Span.of(text, tokens.starts[k], tokens.ends[k])
    return None


def _subject_before(text: str, tokens: TokenColumns, lo: int, a: int, *, wide: bool) -> Span | None:
    """A victim noun that is the subject right before trigger token ``a`` ("the pilot lost his life").

    ``wide`` (a passive or intransitive trigger: its subject was hit) also takes a plural person
    noun the lexicon does not list ("pilgrims were injured", "two fans died").
    """
    k = a
    while k > lo and str.lower(tokens.texts[k - 1]) in SKIP_BEFORE_TRIGGER:
        k -= 1
    if k > lo and _victim_word(str.lower(tokens.texts[k - 1]), wide):
        return Span.of(text, tokens.starts[k - 1], tokens.ends[k - 1])
    return None


def victims_of(
    text: str,
    tokens: TokenColumns,
    bounds: tuple[int, int],
    trig: TriggerLike,
    count: tuple[int, int, Quantity] | None,
    mentions: Sequence[tuple[int, int, str, str, str | None]] = (),
) -> Span | None:
    """The victim group of a trigger in a sentence of tokens ``bounds`` = ``[lo, hi)`` (see the module)."""
    found = _victims_of(text, tokens, bounds, trig, count, mentions)
    if found is None and trig.form in {"noun", "toll"}:
        found = group_among(text, tokens, trig.b, bounds[1])  # "the toll for U.S. soldiers"
    return found


def _victims_of(
    text: str,
    tokens: TokenColumns,
    bounds: tuple[int, int],
    trig: TriggerLike,
    count: tuple[int, int, Quantity] | None,
    mentions: Sequence[tuple[int, int, str, str, str | None]],
) -> Span | None:
    """The victim group of :func:`victims_of` before a toll's "among"/"for" group is looked for."""
    lo, hi = bounds
    if count is None:
        active = trig.form == "verb" and not is_passive(tokens, lo, trig.a)
        found = _subject_before(text, tokens, lo, trig.a, wide=not active)
        transitive = active and trig.role != "displaced"  # "residents fled their homes": they fled
        if (
            found is not None
            and transitive
            and trig.b < hi
            and str.lower(tokens.texts[trig.b]) in _OBJECT_OPENERS
        ):
            # "police arrested the rioters", "gunmen abducted the prefect": the subject did it
            return victims_after(text, tokens, trig.b + 1, hi) or _object_head(text, tokens, trig.b + 1, hi)
        if transitive or (active and found is None):
            # the object was hit ("gunmen killed residents"), even after a subject that names people
            # ("police arrested protesters")
            found = victims_after(text, tokens, trig.b, hi, wide=True) or found
        return found
    counted = count[2].counted
    if counted is not None and counted.end <= count[2].start:
        # a noun the quantities layer carries over from an earlier count ("killed one person and
        # injured at least three"): it names that count's group, in another clause, not this one's
        counted = None
    trigger_start = tokens.starts[trig.a]
    if counted is not None and head_word(counted) in NOT_GROUPS:
        return None  # "claimed 2,400 lives": no victim group is named
    if counted is not None and head_word(counted) not in NON_VICTIMS:
        if counted.start == trigger_start and trig.role in {"killed", "casualties", "wounded"}:
            return None  # "dozens of casualties": the trigger is not a group
        return Span.of(text, counted.start, counted.end)
    return (
        victims_after(text, tokens, count[1], hi)
        or _others_after(text, tokens, count[1], hi)
        or _people_after(text, tokens, count[1], hi, mentions)
    )


def _others_after(text: str, tokens: TokenColumns, k: int, hi: int) -> Span | None:
    """ "others" right after a count ("injuring seven others"): the victim group as written, which the
    quantities layer leaves uncounted (a pronoun there)."""
    if k < hi and str.lower(tokens.texts[k]) == "others":
        return Span.of(text, tokens.starts[k], tokens.ends[k])
    return None


MAX_OBJECT_WORDS = 4


def _object_head(text: str, tokens: TokenColumns, k: int, hi: int) -> Span | None:
    """The head noun of an object starting at token ``k``: "the [former] mayor of X" gives "mayor"."""
    end = k
    while end < hi and end - k < MAX_OBJECT_WORDS and tokens.texts[end].replace("-", "").isalpha():
        word = str.lower(tokens.texts[end])
        if word in {"of", "and", "in", "at", "on", "as", "who", "from", "near", "with"}:
            break
        end += 1
    return Span.of(text, tokens.starts[end - 1], tokens.ends[end - 1]) if end > k else None


def _people_after(
    text: str,
    tokens: TokenColumns,
    k: int,
    hi: int,
    mentions: Sequence[tuple[int, int, str, str, str | None]],
) -> Span | None:
    """A people or group named right after a count ("370,000 Rohingya", "130,000 Syrian Kurds")."""
    end = k
    while end < hi and end - k < 3 and tokens.texts[end][:1].isupper() and tokens.texts[end].isalpha():
        end += 1
    if end == k:
        return None
    head_start, head_end = tokens.starts[end - 1], tokens.ends[end - 1]
    for start, stop, _ident, kind, _form in mentions:
        if kind in PEOPLE_KINDS and start <= head_start and head_end <= stop:
            return Span.of(text, head_start, head_end)
    return None


def several_before(
    text: str, tokens: TokenColumns, lo: int, k: int, active: bool
) -> tuple[QuantityRef, Span | None] | None:
    """ "several" (3 to 9) right before token ``k`` (the trigger past its auxiliaries), with its group.

    "left several injured", "caused several fatalities"; before a passive or intransitive trigger
    the subject it opens too: "Several people were wounded" (the people, 3 to 9).
    """
    j = k - 1
    if not active and j - 1 >= lo and str.lower(tokens.texts[j - 1]) == "several":
        word = str.lower(tokens.texts[j])
        j = j - 1 if word in VICTIM_NOUNS or plural_person(word) else j
    if j < lo or str.lower(tokens.texts[j]) != "several":
        return None
    several = Span.of(text, tokens.starts[j], tokens.ends[j])
    group = Span.of(text, tokens.starts[j + 1], tokens.ends[k - 1]) if j < k - 1 else None
    return QuantityRef(several.start, several.end, several.text, None, 3, 9, None), group


# between victims and their trigger, a locative phrase and no origin: "people at Kralgund town (...) were"
_LOCATED_GAP: Final = re.compile(
    r"\s+(?:in|at|near|inside|outside)\s(?:(?!\b(?:from|of|who|which|that)\b)[^.;])*"
)


def victims_stretch(
    text: str, trigger: Span, count: QuantityRef | None, victims: Span | None, start: int, end: int
) -> list[tuple[int, int]]:
    """The stretch of an event's victims that names no place of it (none without victims).

    "the toll for U.S. soldiers serving in Iraq reached 2,000": Iraq is no part of the victims; "five
    people in Kabul were killed": Kabul is where.
    """
    if victims is None:
        return []
    between = trigger.end <= victims.start and count is not None and victims.end <= count.start
    span = (victims.start, victims.end) if between else (min(start, victims.start), max(end, victims.end))
    if not between and _LOCATED_GAP.fullmatch(text, victims.end, trigger.start):
        span = (span[0], victims.end)
    return [span]
