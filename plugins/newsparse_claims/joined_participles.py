"""Speech participles joined to their clause by a word, not a comma ("..., trashing X and accusing
him of ...", "she is facing criticism after saying ..."): the parse's shared subject is their source."""

from __future__ import annotations

import re
from typing import Final

__all__ = ["JOINING_WORDS", "joined_participle"]

# Words before a participle that tie it to the clause before it, as a comma does (the word rules
# already read a participle cue after them: ``recognise._BEFORE_PARTICIPLE`` less "by" and nouns).
JOINING_WORDS: Final = frozenset({"and", "while", "after", "before", "also", "even"})

_JOINED: Final = re.compile(r"\b(?:and|while|after|before|also|even)\s+\Z", re.IGNORECASE)


def joined_participle(text: str, cue: tuple[int, int]) -> bool:
    """Whether the cue is an "-ing" participle right after a joining word ("and accusing", "after saying").

    The word rules found no subject for it; the parse's subject of the verb it hangs on (through
    ``conj`` and participle clauses: ``SyntaxTree.subject(shared=True)``) is its source.
    """
    joined = _JOINED.search(text, max(0, cue[0] - 12), cue[0])
    return text[cue[1] - 3 : cue[1]] == "ing" and joined is not None
