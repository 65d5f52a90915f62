"""What the words around an amount add to it: a rate ("$18 a barrel"), an age ("aged 40"), a change.

A pass over the amounts the scan found, reading a few words on either side of each: the unit of a
rate written after the amount ("a day", "per share", "annually"), an age told by "aged" or by a
name's apposition ("Prince Charles, 56,"), and the direction of a change ("fell 3.2%", "a 3%
rise", "rose by three to 40") with the level reached when the text gives it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

from .found import Found, replaced
from .growth import cut_after, is_owner, period_and
from .lexicon import DOWN_WORDS, MONTHS, NOT_DESIGNATOR, UP_WORDS
from .numbers import Words
from .rate_units import rate

__all__ = ["in_context", "is_change_word", "with_modifier"]

_RACE_WORDS: Final = frozenset(
    "title final finals relay race hurdles freestyle butterfly breaststroke backstroke sprint record "
    "gold silver bronze champion heats heat semi-final finalist finalists runner runners winner winners "
    "medallist medallists specialist world indoor outdoor season titles victory ranking man".split()
)
_UP, _DOWN = UP_WORDS, DOWN_WORDS

# nouns after the amount: "a 3% rise", "a 500-job cut"
_UP_NOUNS: Final = frozenset(
    "rise rises increase increases gain gains jump growth hike hikes surge advance boost improvement".split()
)
_DOWN_NOUNS: Final = frozenset(
    "fall falls drop drops decline declines cut cuts loss losses reduction slump dip decrease".split()
)
# words that may stand between the verb and the amount: "fell, by 18 pct", "reduced overall by"
_SKIP: Final = frozenset(
    """
    by a an another further some just only nearly almost about around roughly more than less over
    under overall sharply slightly steeply , its their his her the total costs " “ ” ' back
    """.split()
)
_PARTICLE_VERBS: Final = frozenset(
    """
    set pick picked racked take took taken make made sum summed end ended hook hooked use used sign signed
    line lined back backed open opened pay paid put shut turn turned water voted break broke step
    stepped hand handed sit sat stand stood tie tied flagged flag clocked notched chalked piled
    rounded drummed called showed shown turn turned drew drawn draw brought bring came come held
    hold freed snapped shot gunned hunted tracked laid lay struck knocked wrote written let settled
    pinned clock clocks clocking notch notches notching rack racks racking chalk chalks chalking
    send sends sending sent
    """.split()
)
_RAISE: Final = frozenset("raise raises raised raising".split())
_JUMP_EVENTS: Final = frozenset({"long", "high", "triple", "ski"})
_PEOPLE = frozenset("people those anyone everyone men women children adults pensioners workers".split())
_DIED: Final = frozenset("died dies dead death retired retires retire".split())
_AGE_PREVIOUS: Final = (
    frozenset("aged age of ages at , are were is was just only still now".split())
    | frozenset("i'm i’m he's he’s she's she’s".split())  # "I'm 27", "she's 17,"
    | _PEOPLE
)
_AGE_BEFORE: Final = (("aged",), ("age",), ("age", "of"), ("ages", "of"), ("ages",))


def in_context(words: Words, found: Sequence[Found]) -> list[Found]:
    """The amounts with their rate unit, age and change read from the words around them."""
    out: list[Found] = []
    for index, f in enumerate(found):
        first = bisect_left(words.starts, f.start)
        last = bisect_left(words.starts, f.end, first) - 1
        if last < first:
            last = first
        if _race_or_name(words, f, first, last):
            continue
        previous = out[-1] if out else None
        f = rate(words, f, last)
        if f.modifier is None and first >= 4 and words.lower[first - 1] == "of":
            f = _estimated(words, f, first)
        # (the steps below first test the amount's unit or kind: tested here, most calls are saved)
        if f.unit is None and f.kind == "number":
            f = _age(words, f, first, last)
        f = _change(words, f, first, last, found[index + 1] if index + 1 < len(found) else None)
        if f.unit == "deg":
            f = _temperature_difference(words, f, last)
        if previous is not None:
            if f.unit == "m":
                f = _million_after_money(words, previous, f)
            if f.kind == "number" and f.unit is None and f.counted is None:
                f = _same_currency(words, previous, f, last)
            f = _parallel(words, previous, f, first)
            if f.change is None and previous.change is not None:
                f = _joined_change(words, previous, f)
            if previous.kind == "age" and f.kind == "number" and f.unit is None and f.counted is None:
                f = _joined_age(words, previous, f)
            if f.kind == "number" and f.unit is None and f.counted is None:
                f = _compared(words, previous, f, first, last)
        out.append(f)
    return out


def _estimated(words: Words, f: Found, first: int) -> Found:
    """ "an estimated fortune of $15bn", "an estimated total of 50 mln dlrs": the estimate is approximate."""
    if words.lower[first - 4 : first - 2] != ("an", "estimated") or not words.texts[first - 2].isalpha():
        return f
    return f if f.value is None else with_modifier(f, "approx", f.value)


def _temperature_difference(words: Words, f: Found, last: int) -> Found:
    """ "warmed by 1.5 degrees", "1.5 degrees of warming": a difference of temperature (``delta_degC``)."""
    if f.unit != "deg" or f.kind != "temperature":
        return f
    after = words.lower[last + 1 : last + 3]
    before = str.lower(words.text[max(0, f.start - 60) : f.start])
    if f.change is not None or after in (("of", "warming"), ("of", "cooling")) or "warming" in before:
        return replaced(f, unit="delta_degC")
    return f


def _compared(words: Words, previous: Found, f: Found, first: int, last: int) -> Found:
    """ "590,000 tonnes, which compares with 585,000", "54 million people, up from 34 million": the
    bare number compared with an amount of the same sentence takes its unit or counted noun; not
    the start of "from 40 to 1,796 cinemas", which takes the unit or noun of its end."""
    if f.kind != "number" or f.unit is not None or f.counted is not None or f.value is None:
        return f
    if first < 1 or words.lower[first - 1] not in _COMPARED or previous.value is None:
        return f
    if last + 1 < words.size and words.lower[last + 1] == "of":
        return f  # "£450 a year, with half of all pensioners": a share of a group, not compared
    if words.lower[first - 1] == "from" and last + 2 < words.size and words.lower[last + 1] == "to":
        return f  # a start level: its end says what it measures ("from 350 to 400 colleges")
    between = words.text[previous.end : f.start]
    if len(between) > 80 or any(c in between for c in ".;!?") or not 0 < f.value <= 10 * abs(previous.value):
        return f
    if previous.kind in ("dimension", "currency") and previous.unit is not None:
        return replaced(f, unit=previous.unit, kind=previous.kind)
    if previous.kind == "number" and previous.unit is None and previous.counted is not None:
        return replaced(f, counted=previous.counted)
    return f


_COMPARED: Final = frozenset({"from", "with", "vs", "vs.", "versus", "against"})


def _race_or_name(words: Words, f: Found, first: int, last: int) -> bool:
    """ "the 100m title", "the Six Nations", "a fourth title": a name or an ordinal, not an amount."""
    if f.kind == "currency" or f.kind == "percent":
        return False  # (most amounts: none of the tests below applies to them)
    n = words.size
    following = words.lower[last + 1] if last + 1 < n else ""
    if f.kind == "dimension" and (following in _RACE_WORDS or _race_distance(words, f, first, last)):
        return True
    if f.kind == "number" and words.lower[first] in ("a", "an"):
        fraction = f.value is not None and f.value < 1
        return fraction and following.isalpha() and following not in ("of", "and", "or")  # "a fourth title"
    if f.kind == "number" and f.modifier is None and _year_or_pronoun(words, f, first, last):
        return True
    if f.kind == "number" and f.modifier is None and first == last and _digits_in_name(words, first):
        return True  # "his RBS 6 Nations Championship rivals", "the Radio 1 Thursday night show"
    text = words.texts[first]
    if f.kind != "number" or f.modifier is not None or not text[:1].isupper() or not text.isalpha():
        return False
    before = words.texts[first - 1] if first >= 1 else ""
    after = words.texts[last + 1] if last + 1 < n else ""
    inside = before.replace("'", "").replace("’", "").isalpha() and words.gap(first) <= 1 and first == last
    if inside and not (before.isupper() and len(before) > 3) and f.value is not None:
        if f.counted is None or after[:1].isupper() or before[:1].isupper():
            return True  # "the Six Nations", "Ocean's Twelve", "BBC One show": a name inside a sentence
    head = words.texts[f.counted[1]] if f.counted is not None else ""
    if head and (head.islower() or _acronym_plural(head)):
        return False  # "Three Russian jets", "Ninety one MPs"
    return (after[:1].isupper() and after[:1].isalpha()) or (
        before[:1].isupper() and before.isalpha()
    )  # "Six Nations", "Radio Five Live", "January Two"


def _race_distance(words: Words, f: Found, first: int, last: int) -> bool:
    """Whether a run distance names a race: "won the women's 800m.", "800m and 1,500m champion",
    "compete over 1500m" (not "the final 200m", "the 300m stage", "race 30m to score")."""
    if f.unit not in ("m", "km") or f.value not in (_RACE_METRES if f.unit == "m" else _RACE_KM):
        return False
    lower, n = words.lower, words.size
    following = lower[last + 1] if last + 1 < n else ""
    if following in ("and", "or") and last + 4 < n and words.texts[last + 3] == words.texts[last]:
        return words.is_digits(last + 2) and lower[last + 4] in _RACE_WORDS  # "800m and 1500m champion"
    if f.modifier == "over":
        core = bisect_left(words.starts, f.core_start)
        return core >= 2 and lower[core - 1] == "over" and lower[core - 2] in _RACE_VERBS
    before = lower[first - 1] if first >= 1 else ""
    owner = before.endswith(("'s", "’s")) and words.texts[first - 1][:1].islower()
    return (before == "the" or owner) and (following in _AFTER_RACE or not following[:1].isalpha())


_RACE_METRES: Final = frozenset({60, 100, 110, 200, 400, 800, 1000, 1500, 3000, 5000, 10000})
_RACE_KM: Final = frozenset({3, 5, 8, 10})
_RACE_VERBS: Final = frozenset(
    "compete competes competing race races racing run runs ran running seconds secs".split()
)
# words after "the 800m" that end its noun phrase: the distance is the whole name of the race
_AFTER_RACE: Final = frozenset(
    "in at on behind while and or with for went was is will after before also this last next but".split()
)


def _acronym_plural(text: str) -> bool:
    """Whether a word is the plural of an acronym ("MPs", "CDs"): a count's noun, not a name's word."""
    return len(text) >= 3 and text[-1] == "s" and text[:-1].isupper()


def _digits_in_name(words: Words, k: int) -> bool:
    """Whether the number in digits at word ``k`` stands inside a name: a capitalised word on
    either side, neither a function word ("The 5,808 Academy voters") nor a month."""
    if not words.is_digits(k) or k < 1 or k + 1 >= words.size or words.gap(k) != 1 or words.gap(k + 1) != 1:
        return False
    before, after = words.texts[k - 1], words.texts[k + 1]
    if not (before.isalpha() and after.isalpha() and before[:1].isupper() and after[:1].isupper()):
        return False
    return words.lower[k - 1] not in NOT_DESIGNATOR and words.lower[k - 1] not in MONTHS


def _year_or_pronoun(words: Words, f: Found, first: int, last: int) -> bool:
    """ "its 2004 financial reports" (a year), "one set of", "one broker said" (not a count)."""
    text = words.texts[first]
    lower = words.lower
    if len(text) == 4 and text.isdigit() and "1900" <= text <= "2099" and first == last:
        return first >= 1 and lower[first - 1] in _DETERMINERS
    if lower[first] != "one" or f.counted is None or first != last:
        return False
    head = f.counted[1]
    if lower[head] in _ANONYMOUS:  # "one broker said"; "only one diplomat among them" counts
        return not (first >= 1 and lower[first - 1] in ("only", "just"))
    return head + 1 < words.size and lower[head + 1] == "of"


_DETERMINERS: Final = frozenset(
    "the its their his her this that our these those whose fiscal in since until during".split()
)
_ANONYMOUS: Final = frozenset(
    "broker dealer trader analyst economist source official diplomat banker observer expert".split()
)


def _parallel(words: Words, previous: Found, f: Found, first: int) -> Found:
    """What an amount takes from the one before it: the currency of "rose 806 mln stg to 7.08
    billion", the modifier and rate of "up to $9bn (£4.6bn)" and "£20 ($38) a month"."""
    if previous.change_to is not None and f.value == previous.change_to and previous.unit is not None:
        if f.unit is None and previous.kind == "currency":
            return replaced(f, unit=previous.unit.split("/")[0], kind="currency")
        if f.unit is not None and "/" in previous.unit and previous.unit.split("/")[0] == f.unit:
            return replaced(f, unit=previous.unit)  # "rose $3 an ounce to $420": a level of the same rate
    if not (first >= 1 and words.texts[first - 1] == "(" and previous.end <= words.starts[first - 1]):
        return f
    if words.starts[first - 1] - previous.end > 1 or previous.kind != f.kind:
        return f
    # a converted measure keeps its own bounds ("over 45 degrees (114 F)"), but not its precision
    money = f.kind == "currency" or previous.modifier == "approx"  # "some 45 km (28 miles)"
    if money and previous.modifier not in (None, "range") and f.modifier is None and f.value is not None:
        f = with_modifier(f, previous.modifier, f.value)
    if previous.unit and "/" in previous.unit and f.unit and "/" not in f.unit:
        f = replaced(f, unit=f"{f.unit}/{previous.unit.split('/', 1)[1]}")
    if previous.change is not None and f.change is None:
        f = replaced(f, change=previous.change)
    return f


def _joined_change(words: Words, previous: Found, f: Found) -> Found:
    """ "prices rose by 3% and 1.2%", "fell 15% or 20%": an amount joined to a change shares it."""
    between = words.text[previous.end : f.start]
    noun_end = words.ends[previous.counted[1]] if previous.counted is not None else previous.end
    restated = words.text[max(previous.end, noun_end) : f.start].strip() in (", or", "or")
    if f.kind == "percent" != previous.kind and f.value is not None and restated:
        return replaced(f, change=previous.change)  # "down 0.89 points, or 0.01%": the same fall
    if f.kind != previous.kind or f.unit != previous.unit or f.value is None or f.modifier == "range":
        return f
    if f.start - previous.end > 8 or str.lower(between.strip()) not in _JOINS:
        if len(between) > 50 or _AND_BY.search(between) is None:
            if not period_and(words, f, between):
                return f  # ("cut revenues by 2 bln dlrs in 1988 and by 11 bln dlrs in 1989" shares "cut")
    return replaced(f, change=previous.change)  # ("rose 0.6% on the month and 6.1% on the year")


_JOINS: Final = frozenset({"and", "or", "and by", "or by", ", and", ", and by"})
_AND_BY: Final = re.compile(r"^[^.;:()]*\b(?:and|or)\s+by\s*$", re.IGNORECASE)


def _joined_age(words: Words, previous: Found, f: Found) -> Found:
    """ "the pension age from 60 to 65": an amount joined to an age is an age too."""
    if f.value is None or not 0 < f.value < 125 or f.start - previous.end > 5:
        return f
    if str.lower(words.text[previous.end : f.start].strip()) not in ("to", "and", "or", "-", "–"):
        return f
    return replaced(f, unit="year", kind="age")


def _million_after_money(words: Words, previous: Found, f: Found) -> Found:
    """ "1bn euros immediately, with another 550m": a glued "m" after money in millions is a million
    of the same currency, not a metre."""
    if f.unit != "m" or f.unit_text != "m" or f.value is None or words.text[f.end - 2 : f.end - 1] == " ":
        return f
    if (
        previous.kind != "currency"
        or previous.unit is None
        or previous.value is None
        or previous.value < 10**6
    ):
        return f
    between = words.text[previous.end : f.start]
    if len(between) > 80 or any(c in between for c in ".;!?"):
        return f
    value = f.value * 10**6
    unit = previous.unit.split("/")[0]
    return replaced(f, value=value, low=value, high=value, unit=unit, kind="currency", unit_text=None)


def _same_currency(words: Words, previous: Found, f: Found, last: int) -> Found:
    """ "6,000 billion yen, including more than 1,000 billion in tax cuts": a bare amount in millions
    or more after money of the same sentence is that money (the guidelines' parallel amounts)."""
    if f.kind != "number" or f.unit is not None or f.counted is not None or words.lower[last] not in _SCALES:
        return f
    if previous.kind != "currency" or previous.unit is None or previous.end > f.start:
        return f
    big = previous.value if previous.value is not None else previous.low
    if big is None or abs(big) < 10**5:
        return f
    between = words.text[previous.end : f.start]
    if len(between) > 150 or any(c in between for c in ".;!?") or _ROW_END.search(between):
        return f  # (a line break before an indent or a capital ends a row of a table, not a wrap)
    return replaced(f, unit=previous.unit.split("/")[0], kind="currency")


_ROW_END: Final = re.compile(r"\n(?=[\sA-Z])")
_SCALES: Final = frozenset("million millions billion billions trillion mln bln bn mn m b tn".split())


def with_modifier(f: Found, modifier: str, value: Fraction) -> Found:
    """``f`` with a modifier and the bounds it gives the value (as the scan's bounds step does)."""
    if modifier == "over":
        return replaced(f, modifier=modifier, low=value, high=None, low_inclusive=False)
    if modifier == "under":
        return replaced(f, modifier=modifier, low=None, high=value, high_inclusive=False)
    if modifier == "at_least":
        return replaced(f, modifier=modifier, low=value, high=None)
    if modifier == "at_most":
        return replaced(f, modifier=modifier, low=None, high=value)
    return replaced(f, modifier=modifier, low=None, high=None)


def _age(words: Words, f: Found, first: int, last: int) -> Found:
    """ "aged 40", "at the age of seven", "Prince Charles, 56,": an age in years."""
    lower = words.lower
    if f.unit is not None or f.kind != "number" or first < 1:
        return f
    if lower[first - 1] not in _AGE_PREVIOUS:
        return _age_in_clause(words, f, first)  # the readings below need one of these words before it
    ranged = f.value is None and f.modifier == "range" and f.counted is None
    if ranged and f.high is not None and f.high < 130:
        if any(lower[max(0, first - len(before)) : first] == before for before in _AGE_BEFORE):
            return replaced(f, unit="year", unit_text=None, kind="age")  # "aged 10 to 13"
    if f.value is None or not 0 < f.value < 130:
        return f
    for before in _AGE_BEFORE:
        k = first - len(before)
        if k >= 0 and lower[k:first] == before:
            return replaced(f, unit="year", unit_text=None, kind="age", counted=None)
    if (
        f.counted is None
        and first >= 2
        and lower[first - 1] == "at"
        and not _DIED.isdisjoint(lower[max(0, first - 5) : first - 1])
    ):
        if last + 1 >= words.size or words.texts[last + 1] in (".", ",", ";", ")"):
            return replaced(f, unit="year", kind="age")  # "has died in Germany at 50" (not "at 50 sites")
    verb = first >= 2 and lower[first - 1] in ("are", "were")
    people = first >= 1 and (lower[first - 1] in _PEOPLE or (verb and lower[first - 2] in _PEOPLE))
    if f.modifier in ("over", "under", "at_least") and f.counted is None and people:
        return replaced(f, unit="year", kind="age")  # "people over 60", "children as young as 12"
    if f.counted is not None or f.modifier is not None or f.value.denominator != 1:
        return f
    # apposition after a name: "Prince Charles, 56, and" (a comma on both sides, a capital before)
    n = words.size
    if (
        first >= 2
        and words.texts[first - 1] == ","
        and last + 1 < n
        and words.texts[last + 1] in (",", ")", ".", ";", "-", "–", "—")
        and words.texts[first - 2][:1].isupper()
        and words.texts[first - 2].isalpha()
        and words.is_digits(first)
    ):
        return replaced(f, unit="year", kind="age")
    following = lower[last + 1] if last + 1 < n else ""
    person = lower[last + 2] if last + 2 < n else ""
    if words.texts[first - 1] == "At" and following == "," and person in _PERSONS and f.value < 110:
        return replaced(f, unit="year", kind="age")  # "At 12, he was canvassing"
    linking = first - 2 if lower[first - 1] in _JUST and first >= 3 else first - 1
    pronoun_be = first - 2 if lower[first - 1] in _JUST and first >= 2 else first - 1
    if lower[pronoun_be] in _PRONOUN_BE and following in _AFTER_AGE and words.is_digits(first):
        if 5 <= f.value <= 110:
            return replaced(f, unit="year", kind="age")  # "I'm only 27 and", "she's 30."
    if linking >= 1 and lower[linking] in ("is", "was") and following in _AFTER_AGE:
        subject = words.texts[linking - 1]
        named = subject[:1].isupper() and subject.isalpha() and str.lower(subject) not in _NOT_PERSON
        pronoun = str.lower(subject) in ("he", "she", "who")
        if (named or pronoun) and words.is_digits(first) and (5 if pronoun else 15) <= f.value <= 110:
            return replaced(f, unit="year", kind="age")  # "Pickens is 58.", "when he was just 14,"
    return _age_in_clause(words, f, first)


def _age_in_clause(words: Words, f: Found, first: int) -> Found:
    """ "the voting age is 18", "age to 16", "when I turn 60", "children as young as 12", "live
    until 85", "retire before 65": an age said by a word of age, life or retirement before it."""
    if f.counted is not None or f.value is None:
        return f  # (the cheap tests first: most amounts have a counted noun or none of these words)
    lower = words.lower
    previous = lower[first - 1]
    turn = previous in _TURN or (previous == "as" and first >= 3 and lower[first - 2] in ("young", "old"))
    life = previous in _UNTIL and first >= 2 and not _LIFE.isdisjoint(lower[max(0, first - 4) : first - 1])
    aged = False
    reach = 9 if previous in ("from", "to") else 5  # "the retirement age for public workers from 60"
    if not (turn or life):
        aged = "age" in words.text[words.starts[first - reach if first > reach else 0] : words.starts[first]]
        if not aged:
            return f
    if f.value.denominator != 1 or not 0 < f.value < 125:
        return f
    if aged:
        for k in range(first - 1, max(-1, first - reach - 1), -1):
            if words.texts[k] == "age":
                break
            if not words.texts[k].isalpha():
                return f  # ("the age of the 300 buildings" has a counted noun; "age, 18" another clause)
        else:
            return f
    age = replaced(f, unit="year", kind="age")
    if life and previous in _PAST:  # "work past 65": more than 65, the word in the span
        return with_modifier(replaced(age, start=words.starts[first - 1]), "over", f.value)
    return age


_PAST: Final = frozenset({"past", "beyond"})
_TURN: Final = frozenset("turn turns turned turning".split())
_UNTIL: Final = frozenset("until till to before at beyond past".split())
_LIFE: Final = frozenset("live lives lived living retire retires retired retiring retirement work".split())
_PERSONS: Final = frozenset("he she i they we his her".split())
_JUST: Final = frozenset({"just", "only", "still", "now"})
_PRONOUN_BE: Final = frozenset({"i'm", "i’m", "he's", "he’s", "she's", "she’s"})
_AFTER_AGE: Final = frozenset({".", ",", "when", "at", "-", "–", ";", "and"})  # "who was 13 at the time"
_NOT_PERSON: Final = frozenset("it this that there the which what here total figure rate price index".split())


def _change(words: Words, f: Found, first: int, last: int, following: Found | None) -> Found:
    """ "fell 3.2%", "was up 12 cents", "a 3% rise", "rose by three to 40": the direction of a change."""
    if f.kind == "age" or (f.value is None and f.modifier != "range"):
        return f  # a vague amount ("may lose millions") is approximate, not the size of a change
    if f.unit is None and last + 1 < words.size and words.lower[last + 1] == "times":
        return f  # "lost three times to Roddick", "rates rose five times": occurrences, not a change
    direction = _verb_before(words, f, first) or _noun_after(words, last) or cut_after(words, f, last)
    if direction is None:
        return f
    change_to = None
    if following is not None and following.value is not None:
        k = bisect_left(words.starts, following.start)
        reach = 4 if f.unit is not None and "/" in f.unit else 2  # "rose $3 an ounce to $420"
        if k >= 1 and words.lower[k - 1] == "to" and bisect_left(words.starts, f.end) >= k - reach:
            change_to = following.value
    return replaced(f, change=direction, change_to=change_to)


def is_change_word(words: Words, k: int) -> bool:
    """Whether word ``k`` says a rise or a fall ("rose", "fell", "up")."""
    return _direction(words, k) is not None


def _direction(words: Words, k: int) -> str | None:
    """The direction word ``k`` gives ("rose" up, "fell" down), or None (a particle: "set up 3")."""
    word = words.lower[k]
    if word in _UP:
        if word == "up" and k >= 1 and words.lower[k - 1] in _PARTICLE_VERBS:
            return None
        if word in ("jump", "jumps") and k >= 1 and words.lower[k - 1] in _JUMP_EVENTS:
            return None  # "the long jump at 6.63m", "Women's triple jump 1.": an event, no rise
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
            if k >= 2 and lower[k - 2] in _JUMP_EVENTS and lower[k - 1] in ("jump", "jumps"):
                return None  # "took the long jump at 6.63m": an event
            return "up" if lower[k - 1] in _UP_NOUNS else _loss(words, f, lower[k - 1])  # "growth of"
        if word in ("to", "from", "at", "of", "vs", "versus"):
            if word == "of" and f.kind == "percent":
                return _rate_of(words, k)  # "grew at an annual rate of 3.8%", "a rise in prices of 7.1%"
            return None  # "rose to 40", "up from 34 million": a level, not the change
        if word == "by":
            return _direction_before_by(words, f, k)
        direction = _direction(words, k)
        if direction is not None:
            if word.endswith("ed") and k >= 1 and is_owner(lower[k - 1]):
                return None  # "Gencor's increased 41.5 percent stake": an adjective of the noun, no change
            if (k + 1 < first and lower[k + 1] == "from") or (word in _RAISE and f.kind != "percent"):
                return None  # ("raised 61 mln" is money raised: "raise" says a change only with "by")
            return direction if _changes(words, f, k, first) else None
        if word not in _SKIP and not (k >= 1 and lower[k - 1] in ("a", "an") and word.isalpha()):
            return None  # (one adjective after "a" is skipped: "expanded by a breakneck 9.5%")
        skipped += 1
        k -= 1
    return None


def _direction_before_by(words: Words, f: Found, by: int) -> str | None:
    """The change verb before "by": "reduce expenses by one mln dlrs"; for money and percentages
    also past its object ("boost its 2004 dividend payment by 27%"), within the clause."""
    reach = 9 if f.kind in ("percent", "currency") else 5
    if by >= 1 and words.lower[by - 1] in _LOSE and f.kind == "number":
        return None  # "we lost by two points": the margin of a defeat, not a fall
    for j in range(by - 1, max(-1, by - reach), -1):
        direction = _direction(words, j)
        if direction is not None:
            return direction
        if by - j >= 4 and words.lower[j] in _CLAUSE_ENDS:
            return None  # "..., which the bank said by ...": another clause
    return None  # ("restate its earnings by $4.4bn": none)


_CLAUSE_ENDS: Final = frozenset(", ; : ( ) that which who said says and but while as".split())


def _rate_of(words: Words, of: int) -> str | None:
    """The direction of "grew at an annual rate of" or "a rise in producer prices of" before a
    percentage: a change verb before "rate", or a change noun before "in", a few words back."""
    lower = words.lower
    if of >= 1 and lower[of - 1] == "rate":
        for j in range(of - 2, max(-1, of - 6), -1):
            if lower[j] in _UP or lower[j] in _DOWN:
                return _direction(words, j)
            if lower[j] not in ("at", "an", "a", "the") and lower[j] not in _RATE_ADJECTIVES:
                return None
        return None
    for j in range(of - 2, max(0, of - 5), -1):
        if lower[j] == "in" and lower[j - 1] in _NOUN_OF and lower[j - 1] not in ("loss", "losses"):
            return "up" if lower[j - 1] in _UP_NOUNS else "down"  # "a rise in producer prices of 7.1%"
        if not words.texts[j].isalpha():
            return None
    return None


def _changes(words: Words, f: Found, k: int, first: int) -> bool:
    """Whether the direction word ``k`` makes the amount a change: not "down one single line" (a
    preposition), not "lost eight of their last 13 matches" or "lost two props" (a count of losses)."""
    lower = words.lower
    if lower[k] in ("up", "down") and f.kind == "number" and f.value == 1 and f.counted is not None:
        return False
    if lower[k] in _LOSE and f.kind == "number" and f.unit is None:
        last = bisect_left(words.starts, f.end) - 1
        if last + 1 < words.size and lower[last + 1] == "of":
            return False
        return f.counted is None or lower[f.counted[1]] in _LOST_CHANGES
    return True


_LOSE: Final = frozenset("lost lose loses losing".split())
# what is lost as a fall of a level ("lost 41 points", "lost 500 jobs"), not a count of losses
_LOST_CHANGES: Final = frozenset(
    "points jobs posts positions seats shares members subscribers customers users votes cents percent".split()
)


def _loss(words: Words, f: Found, noun: str) -> str | None:
    """ "the loss of 800 jobs" is a fall; "the loss of 700 troops" is a count of casualties."""
    if noun in ("loss", "losses"):
        counted = words.lower[f.counted[1]] if f.counted is not None else ""
        return "down" if counted in ("jobs", "posts", "positions") else None
    return "down"


_NOUN_OF: Final = _UP_NOUNS | _DOWN_NOUNS


def _noun_after(words: Words, last: int) -> str | None:
    """ "a 3% rise", "12 cents higher": the direction of a noun or adverb right after the amount."""
    k = last + 1
    if k < words.size and words.texts[k] in ("-",) and words.gap(k) == 0:
        k += 1
    if k + 1 < words.size and words.lower[k] in ("point", "points"):
        k += 1  # "a one point drop", "closed just under one point lower": a change of points
        if words.lower[k] in ("up", "down", "off"):
            return None  # "30 points down", "five points off the fourth spot": behind, not a fall
    if k >= words.size:
        return None
    word = words.lower[k]
    if (
        word in _RATE_ADJECTIVES
        and k + 1 < words.size
        and words.lower[k + 1] in ("growth", "rise", "increase", "fall", "decline")
    ):
        k += 1  # "about 1.75 pct annual growth"
        word = words.lower[k]
    if word in ("higher", "lower") and k + 1 < words.size:
        following = words.texts[k + 1]
        if following.isalpha() and following.islower() and following not in _AFTER_COMPARATIVE:
            return None  # "two lower courts", "12 higher-paid staff": an adjective of the noun
    if word in _UP_NOUNS or word in ("higher",):
        return "up"
    if word in _DOWN_NOUNS or word in ("lower", "off", "fewer"):  # "N fewer <noun>": a fall (guideline)
        return "down"
    if word in ("up", "down") and k + 1 < words.size and words.lower[k + 1] in _AFTER_UP_DOWN:
        return word  # "closed 12% down on Wednesday", "5% up on the year"
    return None


_AFTER_UP_DOWN = frozenset({"on", "from", "at", "over", "against", "compared", ",", ".", ";", "year-on-year"})


_RATE_ADJECTIVES: Final = frozenset(
    "annual yearly quarterly monthly average overall real nominal underlying".split()
)
# words that may follow "N cents higher" when it says a change (else "higher" qualifies a noun)
_AFTER_COMPARATIVE: Final = frozenset(
    """
    than at on in to from for after over against and or but while as with by since until yesterday
    today overnight this last earlier later so still again compared when despite amid following
    """.split()
)
