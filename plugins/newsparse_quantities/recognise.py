"""The quantities recogniser: modifier + currency + number (+ range) + unit, then what is counted.

One left-to-right scan over :class:`~newsparse_quantities.numbers.Words`; at each word that can
start an amount it reads, in order, a modifier ("over", "at least"), a currency sign, a number,
an optional second number of a range, a unit (percent, currency name, or a pint unit), a
post-modifier ("or more"), and the counted noun (:mod:`.scanner`, from the pieces of
:mod:`.reader`); then the words around each amount add a rate, an age or a change
(:mod:`.context`).  Numbers that are names, dates, times, years, durations, phone numbers or
ordinals are skipped whole.  Linear in the text's length.  Here: the entry points, and counted
nouns shared by elision.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from fractions import Fraction
from typing import Final

from newsparse import Token
from newsparse.text import TokenColumns

from .context import in_context
from .conventions import apply_conventions
from .conversions import bracketed_conversions
from .elision import number_of_counted, parallel_counted
from .found import Found, replaced, to_quantity
from .growth import growth_rates
from .hyphen_words import without_hyphen_words
from .lexicon import SCALE_WORDS
from .numbers import Words, split_words
from .percent_pairs import without_percent_pairs
from .pitching import without_pitching_nouns
from .reader_tables import ELIDED
from .scanner import _Scanner
from .shared_rates import shared_rates
from .windows import window_words

__all__ = ["Found", "find_numbers", "recognise", "recognise_text", "to_quantity"]


def _elided_counted(words: Words, found: list[Found]) -> list[tuple[int, int] | None]:
    """Counted nouns, with elision: "211 civilians were killed and 1,447 wounded" -> civilians."""
    out: list[tuple[int, int] | None] = []
    prev: Found | None = None
    prev_counted: tuple[int, int] | None = None
    for f in found:
        counted = f.counted
        if counted is None and f.kind == "number" and prev is not None and prev_counted is not None:
            between = words.text[prev.end : f.start]
            tail = str.lower(words.text[f.end : f.end + 12].strip()) or "-"
            clean = not any(c in between for c in ".;!?")
            if (
                len(between) < 60
                and clean
                and (" and " in between or "," in between)
                and tail.split()[0].rstrip(",.;") in ELIDED
            ):
                counted = prev_counted
            elif len(between) < 150 and clean and str.lower(between).rstrip().endswith(_OTHERS):
                counted = prev_counted  # "three of the militants were killed, and the other three"
            elif len(between) < 40 and clean and _out_of(words, prev, prev_counted, between):
                counted = prev_counted  # "64 respondents out of 146", "7200 votes out of 2.37 million"
        out.append(counted)
        if f.kind == "number":
            prev, prev_counted = f, counted
    return _shared_forward(words, found, out)


def _out_of(words: Words, amount: Found, counted: tuple[int, int], between: str) -> bool:
    """Whether a count follows "out of" just after an amount and its noun ("64 respondents out of
    146"), the noun after the amount (not "workers, 300 out of")."""
    return _OUT_OF.search(between) is not None and words.starts[counted[0]] >= amount.end


def _shared_forward(
    words: Words, found: list[Found], counted: list[tuple[int, int] | None]
) -> list[tuple[int, int] | None]:
    """A bare number joined by "and"/"or" to the next amount takes its noun: "12 and 11 players"."""
    out = list(counted)
    for index in range(len(found) - 2, -1, -1):
        f, nxt = found[index], found[index + 1]
        if out[index] is not None or f.kind != "number" or nxt.kind != "number" or out[index + 1] is None:
            continue
        between = " ".join(str.lower(words.text[f.end : nxt.start]).split())
        if between in _JOINED or (between == "to" and _after_from(words, f)) or _OF_PART.fullmatch(between):
            out[index] = out[index + 1]  # "12 and 11 players", "from 155,000 to 110,000 staff"
    return out


def _shared_unit(words: Words, found: list[Found]) -> list[Found]:
    """A bare number joined by "and"/"or" to the next amount takes its unit: "five and ten gigabytes"."""
    out = list(found)
    for index in range(len(found) - 2, -1, -1):
        f, nxt = out[index], out[index + 1]
        if f.kind != "number" or f.unit is not None or f.counted is not None or f.modifier is not None:
            continue
        if nxt.unit is None or nxt.kind not in ("dimension", "temperature", "currency", "percent", "age"):
            continue
        if nxt.kind == "age" and not str.lower(words.text[nxt.start : nxt.end]).endswith("olds"):
            continue  # "16 and 17-year-olds" share the age; "3 and 25-year-old Smith" do not
        between = str.lower(words.text[f.end : nxt.start].strip())
        if between == "to" and nxt.modifier is None and _after_from(words, f) and nxt.kind != "age":
            pass  # "from 18 to 50%": a sign written once for a start and an end level applies to both
        elif nxt.core_start != nxt.number_start or not (
            between in ("and", "or") or (between == "," and _listed(words, found[index + 1], nxt))
        ):
            continue  # the unit must follow the second number ("$5 and $10" has its own)
        out[index] = replaced(f, unit=nxt.unit, kind=nxt.kind, unit_text=nxt.unit_text)
    return out


def _shared_scale(words: Words, found: list[Found]) -> list[Found]:
    """A bare number listed before an amount with a scale word takes the scale: "4 and 5 mln
    tonnes" -> 4 million, "10, 20 and 30 million shares" (the guidelines apply every scale word)."""
    out, scales = list(found), [0] * len(found)
    for index in range(len(found) - 2, -1, -1):
        f, nxt = out[index], out[index + 1]
        if (f.kind != "number" and f.kind not in _LIST_KINDS) or f.modifier is not None or f.value is None:
            continue
        if nxt.value is None or f.number_end != f.end or f.value >= 1000:
            continue  # the bare number must end its amount ("4 tonnes and 5 mln tonnes" has its own)
        scale = scales[index + 1] or _scale_after(words, nxt)
        between = str.lower(words.text[f.end : nxt.start].strip())
        if not scale or not (between in ("and", "or") or (between == "," and scales[index + 1])):
            continue
        value = f.value * scale
        out[index], scales[index] = replaced(f, value=value, low=value, high=value), scale
    return out


def _scale_after(words: Words, f: Found) -> int:
    """The big scale word ("mln", "million", "bn") spaced after an amount's number, else 0."""
    match = _SCALE_AFTER.search(words.text, f.number_start, f.number_end)
    return SCALE_WORDS.get(str.lower(match.group(1)), 0) if match else 0


def _listed(words: Words, written: Found, nxt: Found) -> bool:
    """Whether a comma joins a bare number to a list that ends in a unit: "3, 4 and 5 tonnes" (the
    next amount took the unit from the list's end) or "3, 4 or 5 dlrs" (a range of alternatives)."""
    if written.unit is None:
        return True
    return nxt.modifier == "range" and _ALTERNATIVE.search(words.text[nxt.number_start : nxt.end]) is not None


def _after_from(words: Words, f: Found) -> bool:
    """Whether the word before the amount is "from"."""
    k = bisect_left(words.starts, f.start)
    return k >= 1 and words.lower[k - 1] == "from"


# "Nine of the Council's 15 members", "two of The Aviator's four producers", "10 of the next 13 games",
# "six out of the 14 places"
_OF_PART: Final = re.compile(r"(?:out )?of(?: [\w.]+(?:'s|s'|’s|s’)?){0,3}")
_OUT_OF: Final = re.compile(r"\bout of(?: a total of| an? [a-z]+ of)?\s*$", re.IGNORECASE)
_SCALE_AFTER: Final = re.compile(r"\d (million|mln|mn|billion|bln|bn|trillion|tn)$", re.IGNORECASE)
_LIST_KINDS: Final = ("dimension", "currency", "percent")
_ALTERNATIVE: Final = re.compile(r"\d (?:and|or) \d")
_OTHERS: Final = ("the other", "another", "the remaining", "the remainder of", "other")
_JOINED: Final = frozenset({"and", "or", ",", "out of", "out of every", "in every", "of every"})


def recognise(text: str, tokens: Sequence[Token]) -> list[tuple[Found, tuple[int, int] | None]]:
    """Every amount of ``text`` (split from the document's ``tokens``) with its counted noun's span."""
    return _recognise(split_words(text, tokens))


def recognise_text(
    text: str, columns: TokenColumns | None = None
) -> list[tuple[Found, tuple[int, int] | None]]:
    """What :func:`recognise` gives, splitting only the stretches of ``text`` near number-like words
    (taken from ``columns``, the document's tokens, when given: no second tokenisation)."""
    return _recognise(window_words(text, columns))


def _recognise(words: Words, fractions: bool = False) -> list[tuple[Found, tuple[int, int] | None]]:
    """The amounts of ``words``; fractions in words ("half", "a third") only when ``fractions``."""
    found = without_hyphen_words(words.text, in_context(words, _Scanner(words).scan()))
    found = without_percent_pairs(words.text, found)  # "46%-35%": two levels, not a range
    found = _shared_scale(words, _shared_unit(words, found))
    found = bracketed_conversions(words, growth_rates(words, apply_conventions(words, found, fractions)))
    found = shared_rates(words, found)
    found, counted = parallel_counted(words, found, _elided_counted(words, found))
    counted = without_pitching_nouns(words.text, found, counted)
    spans = [(words.starts[c[0]], words.ends[c[1]]) if c is not None else None for c in counted]
    found, spans = number_of_counted(words, found, spans)
    return list(zip(found, spans, strict=True))


def find_numbers(text: str, tokens: Sequence[Token]) -> list[tuple[int, int, Fraction]]:
    """The numbers alone (no modifier, unit or range), measurements left out, for number-only scoring."""
    out = []
    for f, _ in _recognise(split_words(text, tokens), fractions=True):
        if f.kind in ("dimension", "temperature"):
            continue
        value = f.value if f.value is not None and f.modifier != "range" else f.low
        if f.value is None and f.modifier != "range":
            continue
        if value is not None:
            out.append((f.number_start, f.number_end, value))
        out.extend(f.extra_numbers)
    return out
