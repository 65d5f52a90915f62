"""A demonstrative that no noun phrase follows is a pronoun: "those of the author", "received this
in error", "Check these out", "can't beat this", "those killed in the attack".

UD tags "this", "that", "these" and "those" DET only when they modify a nominal, PRON when they
stand for one. The tagger, which sees them far more often as determiners, reads some pronouns as
DET; the word after them decides, a closed class of tags. Read off UD EWT dev's tuning part
(cross-validated errors; docs/design.md, session 41).
"""

from __future__ import annotations

from typing import Final

from newsparse_syntax.sentence_state import indices

__all__ = ["DEMONSTRATIVE_CUES", "repair_demonstratives"]

_DEMONSTRATIVES: Final = ("this", "that", "these", "those")
DEMONSTRATIVE_CUES: Final = frozenset(
    form for word in _DEMONSTRATIVES for form in (word, word.capitalize(), word.upper())
)
# what cannot follow a determiner inside its noun phrase: a preposition, an auxiliary, a conjunction
_AFTER: Final = frozenset({"ADP", "AUX", "SCONJ", "CCONJ"})
# punctuation that closes the phrase (not a quotation mark, hyphen or opening bracket, which may
# open a modifier: 'this "new" plan', "these - and other - plans")
_CLOSING: Final = frozenset(". , ; : ! ? ) ] ... …".split())
# what follows a participle that modifies the noun a determiner opens ("these armed men")
_NOMINAL: Final = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})


def repair_demonstratives(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a demonstrative tagged DET as PRON when no noun phrase follows it: the
    sentence ends, or a preposition, auxiliary, conjunction, closing punctuation mark, or a verb
    that is not a participle before a noun comes next."""
    n = len(forms)
    for k in indices(tags, "DET"):
        if forms[k] not in DEMONSTRATIVE_CUES:
            continue
        j = k + 1
        if j == n:
            tags[k] = "PRON"
            continue
        after = tags[j]
        if (
            after in _AFTER
            or (after == "PUNCT" and forms[j] in _CLOSING)
            or (after == "VERB" and (j + 1 == n or tags[j + 1] not in _NOMINAL))
        ):
            tags[k] = "PRON"
