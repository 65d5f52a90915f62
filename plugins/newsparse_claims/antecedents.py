"""What a "he"/"she"/"it"/"they" source stands for: the latest named source before it, else the
latest fitting entity named (moved from ``resolve``, which had reached the 800-line limit)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse import Span
from newsparse_claims.lexicon import PRONOUNS
from newsparse_claims.model import Claim
from newsparse_claims.pronoun_fit import Mentions, passed_over

__all__ = ["MAX_PRONOUN_DISTANCE", "pronoun_antecedent"]

MAX_PRONOUN_DISTANCE: Final = 600  # characters back to look for a pronoun's antecedent
_DOUBLE_MARKS: Final = ('"', "“", "”")


def pronoun_antecedent(
    text: str,
    claims: Sequence[Claim],
    mentions: Mentions,
    pronoun: Span,
    word: str | None = None,
) -> tuple[Span | None, str | None]:
    """What a pronoun source stands for: the latest named source before it, else the latest fitting entity.

    A person opening the sentence before a "he"/"she" (its subject) comes before an earlier source.
    ``word`` is the pronoun when the source is a possessive phrase ("its report" is read as "it").
    """
    said = word or str.lower(pronoun.text)
    person = said in ("he", "she")
    for claim in reversed(claims):
        if claim.source_text is None or claim.source_text.start >= pronoun.start:
            continue
        if pronoun.start - claim.source_text.end > MAX_PRONOUN_DISTANCE:
            break
        if person and passed_over(mentions, claim, said):
            continue  # "a book which tells ...", "New Labour said ...": no person for a "he"
        named = claim.antecedent or claim.source_text
        if str.lower(named.text) not in PRONOUNS:
            subject = _subject_before(text, mentions, pronoun, claim.source_text.end, said)
            if subject is not None:
                return Span.of(text, subject[0], subject[1]), subject[2]
            return named, claim.source
    wanted = {"PERSON"} if said in {"he", "she"} else {"ORG", "GPE", "GROUP", "NORP"}
    latest_first = mentions.starting_in(pronoun.start - MAX_PRONOUN_DISTANCE, pronoun.start)[::-1]
    for start, end, ident, kind in latest_first:
        if end <= pronoun.start and pronoun.start - end <= MAX_PRONOUN_DISTANCE and kind in wanted:
            return Span.of(text, start, end), ident
    return None, None


def _subject_before(
    text: str, mentions: Mentions, pronoun: Span, after: int, said: str
) -> tuple[int, int, str] | None:
    """The person opening the sentence before a "he"/"she" that opens its own ("Mr Hague became an MP
    at 27. He said ..."), named after offset ``after`` and with no other person between; else None."""
    if said not in ("he", "she") or not _opens_sentence(text, pronoun.start):
        return None
    window = mentions.starting_in(max(after, pronoun.start - MAX_PRONOUN_DISTANCE), pronoun.start)
    if not window:
        return None  # most pronouns: the latest source is the latest name
    last = next((m for m in window[::-1] if m[3] == "PERSON"), None)
    if last is None or last[1] > pronoun.start:
        return None
    between = text[last[1] : pronoun.start + 1]  # with the pronoun's first letter, after the last end
    if len(_SENTENCE_END.findall(between)) != 1 or not _opens_sentence(text, last[0]):
        return None  # the person is not the subject of the sentence just before
    if any(mark in between for mark in _DOUBLE_MARKS):
        return None  # a name in a quotation ('"... Brian and Seamus are ..." He said') is not the subject
    return last[0], last[1], str(last[2])


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` opens a sentence or paragraph (after at most a title: "Mr Hague")."""
    return at > 0 and _OPENS_SENTENCE.search(text, max(0, at - 16), at) is not None


# what stands before a sentence's subject: a sentence's or paragraph's end, then at most a title
_OPENS_SENTENCE: Final = (
    re.compile(r"(?:[.!?][\"”’]?[ \t]+|\n\s*)(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?\Z")
)
_SENTENCE_END: Final = re.compile(r"[.!?][\"”’]?\s+(?=[\"“A-Z])")
