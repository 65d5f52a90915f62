"""What the words around an amount add to it: a rate ("$18 a barrel"), an age ("aged 40"), a change.

A pass over the amounts the scan found, reading a few words on either side of each: the unit of a
rate written after the amount ("a day", "per share", "annually"), an age told by "aged" or by a
name's apposition ("Prince Charles, 56,"), and the direction of a change ("fell 3.2%", "a 3%
rise", "rose by three to 40") with the level reached when the text gives it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

import attrs

from .found import Found
from .numbers import Words

__all__ = ["in_context"]

# "a day", "per share", "every year": the denominators of a rate, as the unit's second part
_PER_WORDS = frozenset({"a", "an", "per", "every", "each"})
_DENOMINATORS = {
    "day": "d",
    "week": "week",
    "month": "month",
    "year": "year",
    "annum": "year",
    "hour": "h",
    "minute": "min",
    "second": "s",
    "barrel": "bbl",
    "share": "share",
    "tonne": "t",
    "ton": "t",
    "ounce": "oz",
    "gallon": "gal",
    "litre": "l",
    "liter": "l",
    "game": "game",
    "match": "game",
    "person": "person",
    "head": "head",
    "kilo": "kg",
    "kilogram": "kg",
    "pound": "lb",
    "mile": "mi",
}
_ADVERB_RATES = {"annually": "year", "yearly": "year", "monthly": "month", "daily": "d", "weekly": "week"}
_RATE_KINDS = frozenset({"currency", "dimension", "number"})

_UP = frozenset(
    """
    rose rise rises rising risen up gained gain gains gaining climbed climb climbs climbing jumped jump
    jumps jumping increased increase increases increasing grew grow grows growing growth added add adds
    soared soar soaring surged surge surging advanced advance advancing boosted boost boosting higher rallied rally firmed picked expanded expand expanding
    """.split()
)
_DOWN = frozenset(
    """
    fell fall falls falling fallen down dropped drop drops dropping declined decline declines declining
    lost lose loses losing cut cuts cutting shed sheds shedding slipped slip slips slipping slid slide
    slumped slump plunged plunge plunging tumbled tumble decreased decrease decreasing reduced reduce
    reducing lower lowered eased ease easing knocked shrank shrink shrinking contracted slashed slash
    trimmed trim sank sink dipped dip
    """.split()
)
# nouns after the amount: "a 3% rise", "a 500-job cut"
_UP_NOUNS = frozenset("rise rises increase increases gain gains jump growth hike hikes surge advance".split())
_DOWN_NOUNS = frozenset("fall falls drop drops decline declines cut cuts loss losses reduction slump dip".split())
# words that may stand between the verb and the amount: "fell, by 18 pct", "reduced overall by"
_SKIP = frozenset(
    """
    by a an another further some just only nearly almost about around roughly more than less over
    under overall sharply slightly steeply , its their his her the total costs
    """.split()
)
_PARTICLE_VERBS = frozenset(
    """
    set pick picked take took taken make made sum summed end ended hook hooked use used sign signed
    line lined back backed open opened pay paid put shut turn turned water voted break broke step
    stepped hand handed sit sat stand stood tie tied
    """.split()
)
_AGE_BEFORE = (("aged",), ("age",), ("age", "of"), ("ages", "of"), ("ages",))


def in_context(words: Words, found: Sequence[Found]) -> list[Found]:
    """The amounts with their rate unit, age and change read from the words around them."""
    out = []
    for index, f in enumerate(found):
        first = bisect_left(words.starts, f.start)
        last = max(first, bisect_left(words.starts, f.end) - 1)
        f = _rate(words, f, last)
        f = _age(words, f, first, last)
        f = _change(words, f, first, last, found[index + 1] if index + 1 < len(found) else None)
        out.append(f)
    return out


def _rate(words: Words, f: Found, last: int) -> Found:
    """ "$18 a barrel", "500,000 barrels per day", "400 mln dlrs annually": the unit becomes a rate."""
    if f.unit is None or f.kind not in _RATE_KINDS or "/" in f.unit:
        return f
    k = last + 1
    n = len(words)
    if k + 1 < n and words.lower[k] == "of" and words.texts[k + 1].isalpha():
        k += 2  # "barrels of oil per day"
    if k >= n or words.gap(k) > 2:
        return f
    word = words.lower[k]
    per: str | None = None
    end = k
    if word in _ADVERB_RATES:
        per = _ADVERB_RATES[word]
    elif word in _PER_WORDS and k + 1 < n:
        noun = words.lower[k + 1]
        singular = noun[:-1] if noun.endswith("s") and noun[:-1] in _DENOMINATORS else noun
        per = _DENOMINATORS.get(singular)
        end = k + 1
    if per is None:
        return f
    return attrs.evolve(f, end=words.ends[end], unit=f"{f.unit}/{per}")


def _age(words: Words, f: Found, first: int, last: int) -> Found:
    """ "aged 40", "at the age of seven", "Prince Charles, 56,": an age in years."""
    if f.unit is not None or f.kind != "number" or f.value is None or not 0 < f.value < 130:
        return f
    lower = words.lower
    for before in _AGE_BEFORE:
        k = first - len(before)
        if k >= 0 and lower[k:first] == before:
            return attrs.evolve(f, unit="year", unit_text=None, kind="age", counted=None)
    if f.counted is not None or f.modifier is not None or f.value.denominator != 1:
        return f
    # apposition after a name: "Prince Charles, 56, and" (a comma on both sides, a capital before)
    n = len(words)
    if (
        first >= 2
        and words.texts[first - 1] == ","
        and last + 1 < n
        and words.texts[last + 1] in (",", ")", ".", ";")
        and words.texts[first - 2][:1].isupper()
        and words.texts[first - 2].isalpha()
        and words.is_digits(first)
    ):
        return attrs.evolve(f, unit="year", kind="age")
    return f


def _change(words: Words, f: Found, first: int, last: int, following: Found | None) -> Found:
    """ "fell 3.2%", "was up 12 cents", "a 3% rise", "rose by three to 40": the direction of a change."""
    if f.kind == "age" or f.modifier == "range":
        return f
    direction = _verb_before(words, f, first)
    if direction is None:
        direction = _noun_after(words, last)
    if direction is None:
        return f
    change_to = None
    if following is not None and following.value is not None:
        k = bisect_left(words.starts, following.start)
        if k >= 1 and words.lower[k - 1] == "to" and bisect_left(words.starts, f.end) >= k - 2:
            change_to = following.value
    return attrs.evolve(f, change=direction, change_to=change_to)


def _direction(words: Words, k: int) -> str | None:
    """The direction word ``k`` gives ("rose" up, "fell" down), or None (a particle: "set up 3")."""
    word = words.lower[k]
    if word in _UP:
        if word == "up" and k >= 1 and words.lower[k - 1] in _PARTICLE_VERBS:
            return None
        return "up"
    if word in _DOWN:
        if word == "down" and k >= 1 and words.lower[k - 1] in _PARTICLE_VERBS:
            return None
        return "down"
    return None


def _verb_before(words: Words, f: Found, first: int) -> str | None:
    """The direction of a verb (or "up"/"down") a few words before the amount, or None."""
    lower = words.lower
    k = first - 1
    skipped = 0
    while k >= 0 and skipped <= 3:
        word = lower[k]
        if word in ("at", "of") and k >= 1 and lower[k - 1] in _NOUN_OF:
            return "up" if lower[k - 1] in _UP_NOUNS else _loss(words, f, lower[k - 1])  # "growth of"
        if word in ("to", "from", "at", "of", "vs", "versus"):
            return None  # "rose to 40", "up from 34 million": a level, not the change
        if word == "by":
            return next(
                (d for j in range(k - 1, max(-1, k - 5), -1) if (d := _direction(words, j)) is not None), None
            )  # "reduce expenses by one mln dlrs", "restate its earnings by $4.4bn" (none)
        direction = _direction(words, k)
        if direction is not None:
            return None if k + 1 < first and lower[k + 1] == "from" else direction
        if word not in _SKIP:
            return None
        skipped += 1
        k -= 1
    return None


def _loss(words: Words, f: Found, noun: str) -> str | None:
    """ "the loss of 800 jobs" is a fall; "the loss of 700 troops" is a count of casualties."""
    if noun in ("loss", "losses"):
        counted = words.lower[f.counted[1]] if f.counted is not None else ""
        return "down" if counted in ("jobs", "posts", "positions") else None
    return "down"


_NOUN_OF = _UP_NOUNS | _DOWN_NOUNS


def _noun_after(words: Words, last: int) -> str | None:
    """ "a 3% rise", "12 cents higher": the direction of a noun or adverb right after the amount."""
    k = last + 1
    if k < len(words) and words.texts[k] in ("-",) and words.gap(k) == 0:
        k += 1
    if k >= len(words):
        return None
    word = words.lower[k]
    if word in _UP_NOUNS or word in ("higher",):
        return "up"
    if word in _DOWN_NOUNS or word in ("lower", "off"):
        return "down"
    return None
