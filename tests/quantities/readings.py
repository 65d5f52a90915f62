"""What the reading tests share: the type of the ``quantities`` fixture and a (text, counted) view."""

from __future__ import annotations

from collections.abc import Callable

from newsparse import Quantity

Q = Callable[[str], list[Quantity]]


def counted(quantities: Q, text: str) -> list[tuple[str, str | None]]:
    """(text, counted noun) of every quantity of ``text``."""
    return [(q.text, q.counted.text if q.counted else None) for q in quantities(text)]
