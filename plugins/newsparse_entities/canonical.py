"""Canonical names of organisations built on a country: "U.S. Senate" is the United States Senate."""

from __future__ import annotations

from typing import Final

# Last words of a state's own institutions: after an abbreviated country ("U.S. Senate", "UK
# Treasury") the canonical name spells the country out; a party or a company keeps its own name
# ("UK Independence Party", "US Airways").
STATE_INSTITUTIONS: Final = frozenset(
    """Senate Congress Treasury Army Navy Marines Embassy Government Parliament Administration
    Military Supreme""".split()
)


def spelt_out(name: str, prefix: str, country: str) -> str:
    """``name`` with its abbreviated country prefix (``prefix``, as written) replaced by the country's
    name when the rest is one of the state's institutions; ``name`` otherwise."""
    letters = prefix.replace(".", "")
    if not (letters.isupper() and len(letters) <= 3 and name.startswith(prefix)):
        return name
    rest = name[len(prefix) :].strip()
    words = rest.split()
    if not words or (words[-1] not in STATE_INSTITUTIONS and words[0] not in STATE_INSTITUTIONS):
        return name
    return f"{country} {rest}"
