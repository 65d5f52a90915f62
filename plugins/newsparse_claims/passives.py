"""Passive reporting cues with no source: "X is expected to ...", "it was reported that ...".

The guideline counts a passive reporting verb with a propositional content as a claim whose source
is absent; its content is the subject and the infinitive ("Trump ... to win"), or what follows "that".
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from newsparse.text import TokenColumns
from newsparse_claims.lexicon import PASSIVE_MARKERS, RELATIVE_SOURCES
from newsparse_claims.phrases import clause_start
from newsparse_claims.subjects import subject_before

if TYPE_CHECKING:
    from newsparse_claims.recognise import Found

__all__ = ["PASSIVE_PAIRS", "PASSIVE_REPORTING", "passive_at", "passive_cue", "without_inner_passives"]

# Participles that report without a reporter after "is"/"are"/"was"/"were" ("is expected to").
PASSIVE_REPORTING: Final = (
    frozenset("expected said believed reported thought alleged rumored rumoured".split())
)
# "is accused of": a charge reported without its accuser; ", it has been announced.": a report closing its
# sentence (:func:`_reported_after`)
_AFTER_CLAUSE: Final = frozenset("announced reported confirmed revealed claimed".split())
_SENTENCE_TAIL: Final = frozenset({".", "on", "in"})
# (participle, next word) pairs worth a look, tested as one set lookup per cue word
PASSIVE_PAIRS: Final = frozenset(
    {(w, n) for w in PASSIVE_REPORTING | _AFTER_CLAUSE for n in ("to", "that")}
    | {(w, n) for w in _AFTER_CLAUSE for n in _SENTENCE_TAIL}
    | {("accused", "of")}
)
_BETWEEN: Final = frozenset("widely also generally now still not already largely originally".split())
_CONTENT_OPENERS: Final = frozenset({"to", "that"})


def passive_cue(cols: TokenColumns, low: list[str], lo: int, i: int) -> tuple[int, int] | None:
    """For a reporting participle at ``i`` in "SUBJECT BE [adverb] PARTICIPLE to/that", the cue's first
    token (the "be") and where the content starts (the subject, or after "that" for "it"); else None."""
    if i + 1 < len(low) and low[i + 1] == "of":
        return _accused(low, lo, i) if low[i] == "accused" else None
    if i + 1 >= len(low) or low[i + 1] not in _CONTENT_OPENERS:
        return None
    be = i - 1
    while be > lo and low[be] in _BETWEEN:
        be -= 1
    if be <= lo or low[be] not in PASSIVE_MARKERS or low[be] in {"be", "been", "being"}:
        return None
    if low[i + 1] == "that":
        return (be, i + 2) if low[be - 1] == "it" else None  # "it was reported that ..."
    if low[be - 1] in RELATIVE_SOURCES or low[be - 1] == "that":
        return (be, be - 1)  # "delegates who are expected to support ..."
    subject = subject_before(cols, low, lo, be)
    if subject[0] >= subject[1] or low[subject[0]] in {"it", "there"}:
        return None  # "it is expected to rain", no subject: nothing is reported of anyone
    return (be, subject[0])


def _accused(low: list[str], lo: int, i: int) -> tuple[int, int] | None:
    """For "accused" at ``i`` in "X is / has been / who is accused of ...", the cue's first token and
    where the content (the charge) starts; None when the accuser is named after it ("by the watchdog":
    the agent rules' claim) or no form of "be" comes before it ("Critics accused X of ...")."""
    be = i - 1
    while be > lo and low[be] in _BETWEEN:
        be -= 1
    if be <= lo or low[be] not in PASSIVE_MARKERS or low[be] == "be":
        return None
    if low[be] == "been" and low[be - 1] in _PERFECT:
        be -= 1  # "has been accused of"
    end = _clause_end(low, i + 2)
    if "by" in low[i + 2 : end]:
        return None
    return (be, i + 2)


_PERFECT: Final = frozenset({"has", "have", "had"})


def _clause_end(low: list[str], a: int) -> int:
    """Where the clause that opens at token ``a`` ends: at the first comma, semicolon or full stop."""
    b = a
    while b < len(low) and low[b] not in _CLAUSE_ENDS:
        b += 1
    return b


_CLAUSE_ENDS: Final = frozenset({",", ";", ".", "!", "?", ":"})


def passive_at(cols: TokenColumns, low: list[str], lo: int, i: int) -> tuple[int, int, int] | None:
    """The cue's first token and the content's token range (its end ``start`` when it runs to the
    content's cut) of the passive cue at ``i`` ("X is expected to ...", "who is accused of X,"), or None."""
    if low[i + 1] in _SENTENCE_TAIL:
        return _reported_after(low, lo, i) if low[i] in _AFTER_CLAUSE else None
    found = passive_cue(cols, low, lo, i)
    if found is None:
        return None
    if low[i] == "accused":
        return (found[0], found[1], _clause_end(low, found[1]))  # the charge ends with its clause
    return (found[0], found[1], found[1])


def _reported_after(low: list[str], lo: int, i: int) -> tuple[int, int, int] | None:
    """For ", it has been announced." or ", it was claimed in court." closing a sentence: the cue's first
    token ("it") and the clause before the comma, the content (the guideline's claim without a source)."""
    k = i + 1
    while k < len(low) and k - i <= MAX_TAIL_ADVERBIAL and low[k] not in _CLAUSE_ENDS:
        k += 1  # "on Wednesday", "in court"; never "by the BBC": the reporter named
    if k >= len(low) or low[k] not in {".", "!"} or "by" in low[i + 1 : k]:
        return None
    be = i - 1
    if be <= lo:
        return None
    if low[be] == "been" and low[be - 1] in _PERFECT:
        be -= 1
    elif low[be] not in {"is", "was"}:
        return None
    if be - 2 < lo or low[be - 1] != "it" or low[be - 2] != ",":
        return None
    start = clause_start(low, lo, be - 2)  # the cue opens at "it": a claim before ends at its comma
    return (be - 1, start, be - 2) if start < be - 2 else None


MAX_TAIL_ADVERBIAL: Final = 4  # tokens after the participle before the sentence's end ("on Wednesday")


def without_inner_passives(found: list[Found]) -> list[Found]:
    """The claims without a passive one inside another claim's content ("He was said to be ..., X said").

    (Dropping every claim inside an inverted claim's content, "A has proposed B, delegates said",
    lost more right claims than wrong ones on PolNeAR train: that content often reaches too far back.)
    """
    inner = set()
    for n, f in enumerate(found):
        for m, g in enumerate(found):
            if m != n and g.source is None and not g.unresolved and (
                f.content[0] <= g.cue[0] and g.cue[1] <= f.content[1]
            ):
                inner.add(m)
    if not inner:
        return found
    renumber: dict[int, int] = {}
    kept: list[Found] = []
    for n, f in enumerate(found):
        if n in inner or (f.parent is not None and f.parent not in renumber):
            continue
        renumber[n] = len(kept)
        kept.append(f if f.parent is None else f.with_parent(renumber[f.parent]))
    return kept
