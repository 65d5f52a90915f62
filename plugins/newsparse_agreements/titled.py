"""A bare generic head that opens a heading and names its two sides: "Agreement between India and
Pakistan on ...", "Deal between X and the Y Initiative" (session 40, issue 17).

A bare singular "agreement" / "deal" / "accord" / "pact" / "protocol" with no determiner is no record
("agreement was broad"; "Internet Protocol"). Capitalised at the start of a line or a sentence and
followed by "between" and two capitalised names joined by "and" or a comma, it is the title of one
agreement between those sides (a headline, a document's name): a record, its parties read from the
"between" phrase as for "an agreement between X and Y". Decided by closed word classes only
("between", "and", "the", the sentence's start) and capitals; lower-case sides ("between the two
sides") and numbers ("between 1990 and 1995") are left alone.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["titled_between"]

# "between [the] Name ... and|, [the] Name" on the head's own line and in its sentence; a title may
# capitalise "Between", "And" and "The" ("Agreement Between the Republic of X and ...", session 41).
_BETWEEN_SIDES: Final = re.compile(
    r"[ \t]+(?i:between)[ \t]+(?:(?i:the)[ \t]+)?[A-Z][^\n;:.!?]{0,120}?"
    r"(?:[ \t]+(?i:and)|,)[ \t]+(?:(?i:the)[ \t]+)?[A-Z]"
)
# What may come before the head on its line: nothing, or the end of a sentence (and a quote).
_OPENS: Final = re.compile(r"(?:\A|\n|[.!?][\"”’']?[ \t]+)[ \t]*\Z")
_REACH: Final = 8


def titled_between(text: str, start: int, end: int) -> bool:
    """Whether the bare head at ``start:end`` opens a line or a sentence, capitalised, and is followed
    by "between" and two capitalised sides ("Agreement between India and Pakistan")."""
    return (
        text[start].isupper()
        and _OPENS.search(text, max(0, start - _REACH), start) is not None
        and _BETWEEN_SIDES.match(text, end) is not None
    )
