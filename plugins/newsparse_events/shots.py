"""A person who "was shot" is wounded: the passive "shot" read as a trigger of its own (issue 16).

"Two friends, Donna Small and Asha Jama, were shot in his Bristol hometown", "ten Palestinians were
shot by the rubber bullets": a form of "be" right before "shot" (an adverb between: "also", "gravely")
makes it the passive of shooting someone, a wound the guideline counts. "shot dead", "shot to death"
and "fatally shot" stay the lexicon's killings. "shot" is not read after "is"/"are" ("her mind is
shot"), "get" ("people get shot every day") or "be" ("to be shot in the museum"); before a particle
("shot down", "shot up", "shot at": fired at, not hit) or a coordinated act ("was shot and killed":
the killing's prior act); with a killing later in its clause ("was shot in the head and died"); or
in a relative clause on a killing's victim ("the death of a man who was shot": the death tells it).
A killing of as many told in a sentence just before is how they died (``refine._shot_of_killed``: "A
policeman has been shot dead ... He was shot on Wednesday"), and an outcome told in the next sentence
replaces it (``refine._shots_told_after``: "two men were shot ... One man was injured and the other
died"). The phrase still needs a victim (a
count, a person noun or a name) to become an event: "the film was shot in Cape Town" gives none.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse.text import TokenColumns
from newsparse_events.lexicon import HARD_BREAKS
from newsparse_events.triggers import Trigger

__all__ = ["SHOT", "with_passive_shots"]

SHOT: Final = "shot"
_PASSIVE_BE: Final = frozenset({"was", "were", "been", "being"})
_BETWEEN: Final = frozenset({"also", "all", "then", "later"})  # "also were shot"; "-ly" adverbs too
# what makes "shot" another phrase or another act: a particle, a coordination, a killing's words
_NOT_AFTER: Final = frozenset(
    {"down", "up", "back", "off", "out", "through", "at", "dead", "to", "and", "or", ","}
)
KILLING_REACH: Final = 10  # tokens after "shot" within which a killing makes it that killing's prior act
_RELATIVES: Final = frozenset({"who", "whom"})  # "that" also opens what was claimed or said


def _after_be(low: Sequence[str], lo: int, k: int) -> bool:
    """Whether the "shot" at token ``k`` follows a form of "be", past adverbs ("were also shot")."""
    j = k - 1
    while j >= lo and (low[j] in _BETWEEN or low[j].endswith("ly")):
        j -= 1
    return j >= lo and low[j] in _PASSIVE_BE


def _wound(
    tokens: TokenColumns, low: Sequence[str], span: tuple[int, int], k: int, killings: list[int]
) -> bool:
    """Whether the "shot" at token ``k`` of the tokens ``span`` is a passive that tells a wound, not a
    killing's prior act."""
    lo, hi = span
    if not _after_be(low, lo, k) or (k + 1 < hi and low[k + 1] in _NOT_AFTER):
        return False
    later = next((a for a in killings if k < a <= k + KILLING_REACH), None)
    if later is not None and not any(t in HARD_BREAKS for t in tokens.texts[k + 1 : later]):
        return False
    before = next((a for a in reversed(killings) if k - KILLING_REACH <= a < k), None)
    return before is None or not any(w in _RELATIVES for w in low[before:k])


def with_passive_shots(
    tokens: TokenColumns, low: Sequence[str], lo: int, hi: int, triggers: list[Trigger]
) -> list[Trigger]:
    """The triggers with a "wounded" trigger added at each passive "shot" of tokens ``[lo, hi)``.

    ``low`` is the document's lower-cased token texts (``Document.token_lowers``).
    """
    shots: list[int] = []
    k = lo
    while k < hi:
        try:
            k = low.index(SHOT, k, hi)
        except ValueError:
            break
        shots.append(k)
        k += 1
    if not shots:
        return triggers
    taken = [(t.a, t.b) for t in triggers]
    killings = [t.a for t in triggers if t.role == "killed"]
    added = [
        Trigger(k, k + 1, "wounded", "verb")
        for k in shots
        if not any(a <= k < b for a, b in taken) and _wound(tokens, low, (lo, hi), k, killings)
    ]
    return sorted([*triggers, *added], key=lambda t: t.a) if added else triggers
