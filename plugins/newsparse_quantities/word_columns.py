"""The words the recogniser reads (:class:`Words`) and the numbers it reads there (:class:`Num`):
classes the compiled build makes native.

The scan reads a word's columns a few hundred thousand times per 300 articles (``w.lower[i]``,
``w.texts[i]``, ``w.gap(i)``). An attrs class is a Python class to mypyc, so each read went through
Python's attribute lookup; this plain final class compiles to a C struct whose fields the compiled
modules read directly. It is as frozen as the attrs class was: its fields are set once, in
``__init__``, and any later write raises ``AttributeError`` (compiled or not). Pure Python reads
it through its slots, as it read the attrs class's.
"""

from __future__ import annotations

from fractions import Fraction
from typing import ClassVar, Final, NoReturn, final

__all__ = ["Num", "Words"]

_ASCII_DIGITS: Final = frozenset("0123456789")
# every field of a Words, in order
_Fields = tuple[str, tuple[int, ...], tuple[int, ...], tuple[str, ...], tuple[str, ...], int, tuple[int, ...]]


@final
class Words:
    """The text's words with offsets; ``lower`` is lower-cased text (index-aligned).

    ``size`` is the number of words, stored because :meth:`gap` and :meth:`is_digits` run a few
    hundred times per document and a stored int is cheaper than ``len()`` each time.
    ``digit_words`` are the indexes of the words that start with an ASCII digit (known while
    splitting, so that the scan need not test every word for them).
    """

    __slots__ = ("digit_words", "ends", "lower", "size", "starts", "text", "texts")
    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    texts: tuple[str, ...]
    lower: tuple[str, ...]
    size: int
    digit_words: tuple[int, ...]

    def __init__(
        self,
        text: str,
        starts: tuple[int, ...],
        ends: tuple[int, ...],
        texts: tuple[str, ...],
        lower: tuple[str, ...],
        size: int,
        digit_words: tuple[int, ...],
    ) -> None:
        """Keep the columns, once (a frozen value: :meth:`__setattr__` refuses every later write;
        mypyc compiles ``object.__setattr__`` on ``self`` to a direct store)."""
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "starts", starts)
        object.__setattr__(self, "ends", ends)
        object.__setattr__(self, "texts", texts)
        object.__setattr__(self, "lower", lower)
        object.__setattr__(self, "size", size)
        object.__setattr__(self, "digit_words", digit_words)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        """Refuse a write: the words of a text never change (as an ``attrs.frozen`` class refuses)."""
        raise AttributeError(f"Words is frozen: cannot set {name!r}")

    def _key(self) -> _Fields:
        """Every field, in order: what equality and the hash compare (as attrs' did)."""
        return (self.text, self.starts, self.ends, self.texts, self.lower, self.size, self.digit_words)

    def __eq__(self, other: object) -> bool:
        """Equal when every field is (words of the same text split the same way)."""
        return isinstance(other, Words) and self._key() == other._key()

    def __hash__(self) -> int:
        """The hash of every field (equal words hash alike)."""
        return hash(self._key())

    def __repr__(self) -> str:
        """The fields, as attrs wrote them."""
        return (
            f"Words(text={self.text!r}, starts={self.starts!r}, ends={self.ends!r}, texts={self.texts!r}, "
            f"lower={self.lower!r}, size={self.size!r}, digit_words={self.digit_words!r})"
        )

    def __len__(self) -> int:
        """Number of words."""
        return self.size

    def gap(self, i: int) -> int:
        """Characters between word ``i - 1`` and word ``i`` (0 means glued; large at the edges)."""
        if 0 < i < self.size:
            return self.starts[i] - self.ends[i - 1]
        return 99

    def is_digits(self, i: int) -> bool:
        """Whether word ``i`` is a numeral written with digits."""
        return 0 <= i < self.size and self.texts[i][:1] in _ASCII_DIGITS


# every field of a Num, in order
_NumFields = tuple[int, int, Fraction | None, Fraction | None, Fraction | None, bool, bool, bool, bool]


@final
class Num:
    """A number read at some word index: its words, value (None when vague) and bounds.

    ``first`` and ``last`` are the indexes of its first and last word (inclusive); ``digits``: written
    with digits (possibly with a scale: "1.5 million"); ``plain``: a bare integer written with digits
    only, no separator, decimal or scale; ``scaled``: it carries a scale word or suffix ("million",
    "bn", "k"). Native and frozen as :class:`Words` is (read about 72,000 times per 300 articles).
    """

    __slots__ = ("digits", "first", "high", "last", "low", "negative", "plain", "scaled", "value")
    # the fields in the constructor's order (what ``found.replaced`` builds a copy from)
    __match_args__: ClassVar[tuple[str, ...]] = (
        "first", "last", "value", "low", "high", "digits", "plain", "scaled", "negative",
    )  # fmt: skip
    first: int
    last: int
    value: Fraction | None
    low: Fraction | None
    high: Fraction | None
    digits: bool
    plain: bool
    scaled: bool
    negative: bool

    def __init__(
        self,
        first: int,
        last: int,
        value: Fraction | None,
        low: Fraction | None,
        high: Fraction | None,
        digits: bool = False,
        plain: bool = False,
        scaled: bool = False,
        negative: bool = False,
    ) -> None:
        """Keep the fields, once (:meth:`__setattr__` refuses every later write)."""
        object.__setattr__(self, "first", first)
        object.__setattr__(self, "last", last)
        object.__setattr__(self, "value", value)
        object.__setattr__(self, "low", low)
        object.__setattr__(self, "high", high)
        object.__setattr__(self, "digits", digits)
        object.__setattr__(self, "plain", plain)
        object.__setattr__(self, "scaled", scaled)
        object.__setattr__(self, "negative", negative)

    def __setattr__(self, name: str, value: object) -> NoReturn:
        """Refuse a write: a number read never changes (as an ``attrs.frozen`` class refuses)."""
        raise AttributeError(f"Num is frozen: cannot set {name!r}")

    def _key(self) -> _NumFields:
        """Every field, in order: what equality and the hash compare (as attrs' did)."""
        return (
            self.first, self.last, self.value, self.low, self.high,
            self.digits, self.plain, self.scaled, self.negative,
        )  # fmt: skip

    def __eq__(self, other: object) -> bool:
        """Equal when every field is."""
        return isinstance(other, Num) and self._key() == other._key()

    def __hash__(self) -> int:
        """The hash of every field (equal numbers hash alike)."""
        return hash(self._key())

    def __repr__(self) -> str:
        """The fields, as attrs wrote them."""
        return (
            f"Num(first={self.first!r}, last={self.last!r}, value={self.value!r}, low={self.low!r}, "
            f"high={self.high!r}, digits={self.digits!r}, plain={self.plain!r}, scaled={self.scaled!r}, "
            f"negative={self.negative!r})"
        )
