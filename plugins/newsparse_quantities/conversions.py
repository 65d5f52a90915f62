"""Bracketed conversions: "up to $500,000 (£266,582)", "almost 6bn euros ($8bn; £6bn)".

A conversion restates the amount before it in another currency or unit, so a reader takes it as
the same amount: it is annotated as a quantity of its own (each written amount counts, with its
own unit), with the modifier and the change of the amount it converts ("up to $500,000
(£266,582)": both at most; "fell 30ft (10m)": neither is a change). Rates are already shared by
the rate reading ("£20 ($38) a month"). The words of the brackets are all the evidence: an amount
with a unit right after "(" that follows an amount with another unit, and the amounts after it
in the same brackets joined by ";" or ",".
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from .context import with_modifier
from .found import Found, replaced
from .numbers import Words

__all__ = ["bracketed_conversions"]

_KINDS: Final = frozenset({"currency", "dimension"})
_BOUND_MODIFIERS: Final = frozenset({"over", "under", "at_least", "at_most", "approx"})
_OPEN: Final = "("
_NEXT: Final = frozenset({";", ","})


def bracketed_conversions(words: Words, found: Sequence[Found]) -> list[Found]:
    """The amounts, each conversion in brackets after an amount taking that amount's modifier and
    change (module docstring)."""
    out = list(found)
    if "(" not in words.text:  # (most texts have no brackets: one test)
        return out
    text = words.text
    for index in range(1, len(out)):
        f = out[index]
        if f.kind not in _KINDS or f.unit is None or f.start != f.core_start:
            continue  # a conversion has a unit and no modifier word of its own
        head = _converted(text, out, index)
        if head is None:
            continue
        converted = replaced(f, change=head.change, change_to=None)
        if head.modifier in _BOUND_MODIFIERS and f.value is not None:
            converted = with_modifier(converted, head.modifier, f.value)
        out[index] = converted
    return out


def _converted(text: str, found: Sequence[Found], index: int) -> Found | None:
    """The amount that ``found[index]`` converts: the amount right before an opening bracket just
    before it, or the one a conversion before it in the same brackets converts; None otherwise."""
    f = found[index]
    k = index - 1
    while k >= 0:
        prev = found[k]
        between = text[prev.end : f.start].strip()
        if between == _OPEN:
            head = prev
            break
        if between not in _NEXT or prev.kind not in _KINDS:
            return None
        f, k = prev, k - 1  # "($8bn; £6bn)": the second converts what the first does
    else:
        return None
    if head.kind not in _KINDS or head.unit is None or head.unit == found[index].unit:
        return None
    return head
