"""Tree repair for verbs in a series that share one subject: "Trump met donors, criticised X and
said ...", "X arrived on Monday, held talks and told reporters ...".

The parser attaches a verb after "and" to the predicate just before it and leaves a comma-led one
unattached, so "criticised" had no head and "said" hung on "criticised": no subject reached either.
UD attaches every later member of the series ``conj`` to the first verb, which has the subject;
the core's ``SyntaxTree.subject(..., shared=True)`` then gives them that subject.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.parser import Parse
from newsparse_syntax.sentence_state import indices

__all__ = ["repair_series", "repair_series_arrays"]

_JOINERS = frozenset({"and", "or", "but"})
_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_BETWEEN = frozenset({"ADV", "PART"})  # "and then said", "and also told"
_PAST = frozenset({"VBD", "VBN"})
# a series never runs across these, a relative word or a subordinator (nor any word tagged SCONJ)
_STOPS = frozenset(
    ': ; ( ) “ ” " -- – — which who whom as because when while if although though unless whether'.split()
)  # not "after", "before", "since", "until": far more often prepositions ("after rehearsal")
# the tense of a verb with an auxiliary is the auxiliary's ("was invited ... and performed")
_AUX_TENSE = {
    **dict.fromkeys("was were had did".split(), "past"),
    **dict.fromkeys("is are am has have does do 's".split(), "present"),
}


def repair_series(parse: Parse, forms: list[str], tags: list[str], lexicon: Mapping[str, str]) -> Parse:
    """``parse`` with each later verb of a series attached ``conj`` to its first verb (the same
    ``parse`` where the sentence has no verb after a comma or a conjunction)."""
    if "," not in forms and "and" not in forms and "or" not in forms:
        return parse
    verbs = [p for p in indices(tags, "VERB") if _led(forms, tags, parse.rels, p)]
    if not verbs:
        return parse  # most sentences: no free or conjoined verb after a comma or a conjunction
    heads, rels = list(parse.heads), list(parse.rels)
    repair_series_arrays(list(map(str.lower, forms)), tags, heads, rels, lexicon, verbs)
    return Parse(tuple(heads), tuple(rels))


def _led(forms: list[str], tags: list[str], rels: tuple[str | None, ...], p: int) -> bool:
    """Whether verb ``p`` is free or a conjunct with a comma or a conjunction before it (a cheap
    test the full one of :func:`repair_series_arrays` narrows)."""
    rel = rels[p]
    if rel is not None and rel != "conj":
        return False
    k = _past_adverbs(tags, p)
    return k > 0 and (tags[k] == "CCONJ" or forms[k] == ",")


def _past_adverbs(tags: list[str], p: int) -> int:
    """The index of the word before verb ``p`` once up to three adverbs or particles are passed
    ("and then said", "and also told")."""
    k = p - 1
    while k >= 0 and p - k <= 3 and tags[k] in _BETWEEN:
        k -= 1
    return k


def repair_series_arrays(
    lower: list[str],
    tags: list[str],
    heads: list[int | None],
    rels: list[str | None],
    lexicon: Mapping[str, str],
    verbs: list[int],
) -> None:
    """Attach, in place, each later verb of a series among ``verbs`` (ascending) ``conj`` to its
    first verb (see the module)."""
    subjects = {heads[k] for k, rel in enumerate(rels) if rel in _SUBJECTS}
    for p in verbs:
        if p in subjects or rels[p] not in (None, "conj"):
            continue
        cue = _cue(lower, tags, p)
        if cue < 0 or (rels[p] == "conj" and lower[cue] not in _JOINERS):
            continue
        tense = _tense(lower[p], lexicon)
        first = _first_verb(lower, tags, heads, rels, subjects, p, tense, lexicon)
        if (
            first < 0
            or heads[p] == first
            or _joined_already(lower, tags, heads, rels, p, first, tense, lexicon)
        ):
            continue
        if lower[cue] not in _JOINERS and not _closed(lower, tags, rels, subjects, p, tense, lexicon):
            continue  # a comma-led verb only where "and" + a verb of the same tense closes the list
        heads[p], rels[p] = first, "conj"
        if lower[cue] in _JOINERS and heads[cue] is None and rels[cue] is None:
            heads[cue], rels[cue] = p, "cc"


def _cue(lower: list[str], tags: list[str], p: int) -> int:
    """The "and"/"or"/"but" or comma just before verb ``p`` (past adverbs), or -1."""
    k = _past_adverbs(tags, p)
    if k > 0 and (lower[k] == "," or (lower[k] in _JOINERS and tags[k] == "CCONJ")):
        return k
    return -1


def _tense(word: str, lexicon: Mapping[str, str]) -> str:
    """ "past", "present" (third person) or "" from the lexicon's class (the ending if unknown)."""
    known = lexicon.get(word)
    if known in _PAST or (known is None and word.endswith("ed")):
        return "past"
    if known == "VBZ" or (known is None and word.endswith("s") and not word.endswith("ss")):
        return "present"
    return ""


def _first_verb(
    lower: list[str],
    tags: list[str],
    heads: list[int | None],
    rels: list[str | None],
    subjects: set[int | None],
    p: int,
    tense: str,
    lexicon: Mapping[str, str],
) -> int:
    """The nearest verb before ``p`` of the same tense with a subject of its own, heading the
    sentence or a conjunct, with no stop and no other subject between; -1 if none."""
    if not tense:
        return -1
    for q in range(p - 1, -1, -1):
        if lower[q] in _STOPS or tags[q] == "SCONJ":
            return -1
        if q in subjects:
            ok = (
                tags[q] == "VERB"
                and rels[q] in ("root", "conj")
                and _finite_tense(lower, heads, rels, q, lexicon) == tense
            )
            return q if ok and not _subject_between(heads, rels, q, p) else -1
    return -1


def _finite_tense(
    lower: list[str], heads: list[int | None], rels: list[str | None], q: int, lexicon: Mapping[str, str]
) -> str:
    """The tense of verb ``q``: its first "be", "have" or "do" auxiliary's, else its own."""
    for k in range(max(0, q - 4), q):
        if heads[k] == q and rels[k] in ("aux", "aux:pass"):
            return _AUX_TENSE.get(lower[k], _tense(lower[q], lexicon))
    return _tense(lower[q], lexicon)


def _joined_already(
    lower: list[str],
    tags: list[str],
    heads: list[int | None],
    rels: list[str | None],
    p: int,
    first: int,
    tense: str,
    lexicon: Mapping[str, str],
) -> bool:
    """Whether ``p`` is already a conjunct of another verb of its tense that is not in the series
    ("a ceremony held in London and hosted by X"): that verb, not ``first``, is its first conjunct."""
    head = heads[p]
    if rels[p] != "conj" or head is None or tags[head] != "VERB" or heads[head] == first:
        return False
    return _tense(lower[head], lexicon) == tense


def _subject_between(heads: list[int | None], rels: list[str | None], q: int, p: int) -> bool:
    """Whether a subject between ``q`` and ``p`` belongs to a predicate other than ``q``."""
    return any(rels[k] in _SUBJECTS and heads[k] != q for k in range(q + 1, p))


def _closed(
    lower: list[str],
    tags: list[str],
    rels: list[str | None],
    subjects: set[int | None],
    p: int,
    tense: str,
    lexicon: Mapping[str, str],
) -> bool:
    """Whether a later verb of ``tense`` with no subject follows "and"/"or" after ``p``."""
    for r in range(p + 1, len(tags)):
        if lower[r] in _STOPS or r in subjects or rels[r] in _SUBJECTS:
            return False
        if tags[r] == "VERB" and r not in subjects and _tense(lower[r], lexicon) == tense:
            cue = _cue(lower, tags, r)
            if cue >= 0 and lower[cue] in _JOINERS:
                return True
    return False
