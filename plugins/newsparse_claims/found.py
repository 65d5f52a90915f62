"""A claim as the word rules find it: token-free character offsets, before its source is resolved.

A plain class, compiled with the rules (mypyc): compiled, it is a native class, so the rules build
it by a direct call and read its fields as C struct fields (its offsets as unboxed pairs). An attrs
class stays a Python class there, whose every field read goes through the interpreter's look-up.
"""

from __future__ import annotations

from typing import Final

__all__ = ["Found", "build_found"]


class Found:
    """One claim as token-free character offsets; ``parent`` is the index of the claim it continues.

    Immutable: its fields are ``Final`` (mypy refuses a write); the copies below give a changed claim.
    """

    __slots__ = ("content", "cue", "parent", "source", "unresolved")

    def __init__(
        self,
        cue: tuple[int, int],
        content: tuple[int, int],
        source: tuple[int, int] | None,
        parent: int | None = None,
        unresolved: bool = False,  # a cue verb whose source the word rules did not find (``structure``)
    ) -> None:
        self.cue: Final[tuple[int, int]] = cue
        self.content: Final[tuple[int, int]] = content
        self.source: Final[tuple[int, int] | None] = source
        self.parent: Final[int | None] = parent
        self.unresolved: Final[bool] = unresolved

    def _fields(self) -> tuple[tuple[int, int], tuple[int, int], tuple[int, int] | None, int | None, bool]:
        """The fields in order: what equality, hashing and the text form read."""
        return (self.cue, self.content, self.source, self.parent, self.unresolved)

    def __eq__(self, other: object) -> bool:
        """Equal when every field is (as an attrs value class compares)."""
        if not isinstance(other, Found):
            return NotImplemented
        return self._fields() == other._fields()

    def __ne__(self, other: object) -> bool:
        """Not equal when a field differs."""
        if not isinstance(other, Found):
            return NotImplemented
        return self._fields() != other._fields()

    def __hash__(self) -> int:
        """The hash of the fields (the value is never changed after it is built)."""
        return hash(self._fields())

    def __repr__(self) -> str:
        """The constructor call that builds this value."""
        return (
            f"Found(cue={self.cue!r}, content={self.content!r}, source={self.source!r}, "
            f"parent={self.parent!r}, unresolved={self.unresolved!r})"
        )

    def with_content(self, content: tuple[int, int]) -> Found:
        """This claim with another content."""
        return Found(self.cue, content, self.source, self.parent, self.unresolved)

    def with_parent(self, parent: int | None) -> Found:
        """This claim continuing another claim (its index renumbered)."""
        return Found(self.cue, self.content, self.source, parent, self.unresolved)

    def resolved(self, source: tuple[int, int]) -> Found:
        """This claim with the source found for it after the word rules (no longer unresolved)."""
        return Found(self.cue, self.content, source, self.parent, False)


def build_found(
    cue: tuple[int, int],
    content: tuple[int, int],
    source: tuple[int, int] | None,
    parent: int | None,
    unresolved: bool,
) -> Found:
    """A found claim from every field, in order (the rules' positional builder)."""
    return Found(cue, content, source, parent, unresolved)
