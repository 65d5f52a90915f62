"""Camel case, as brands write their names ("PlayStation", "YouTube") and surnames do not ("McCall"):
a name with such a word is no person's (resolve._decide)."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["is_camel_case"]

# A capital inside a word after a lower-case letter ("PlayStation", "YouTube"), past the prefixes of
# surnames written so ("McCall", "MacLeod", "DeShawn", "LeBron", "DiMaggio", "VanDyke").
_CAMEL: Final = re.compile(r"[a-z][A-Z]")
_CAMEL_NAME: Final = re.compile(r"(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]+$")


def is_camel_case(word: str) -> bool:
    """Whether a word is written in camel case as brands are ("PlayStation"), not as surnames are."""
    return _CAMEL.search(word) is not None and _CAMEL_NAME.match(word) is None
