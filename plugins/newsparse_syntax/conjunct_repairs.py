"""Tree repair for a finite verb of a series hung on a non-finite verb inside the first verb's
complement: "Iran wants to turn the tables and is inviting cartoonists", "this makes him look weak
and brings shame on him", "She answers all questions asked and provides the best service".

The parser joins a verb after "and" to the predicate just before it, here an infinitive, a
participle or a gerund. A finite verb ("is inviting", "brings") cannot be the conjunct of a
non-finite one: it continues the series of the finite verb that governs it, the one with the
subject. UD attaches it ``conj`` to that verb; the core's ``SyntaxTree.subject(..., shared=True)``
then gives it that verb's subject (docs/design.md, Session 34: syntax2).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.parser import Parse
from newsparse_syntax.sentence_state import QUOTES

__all__ = ["repair_conjuncts"]

_SUBJECTS = frozenset({"nsubj", "nsubj:pass", "expl"})
_AUXILIARIES = frozenset({"aux", "aux:pass"})
_JOINERS = frozenset({"and", "or", "but"})
_BETWEEN = frozenset({"ADV", "PART", "AUX"})  # "and is inviting", "and then told", "and may not"
# a finite auxiliary gives its verb's tense; a modal's verb matches any finite first verb
_AUX_TENSE = {
    **dict.fromkeys("was were had did".split(), "past"),
    **dict.fromkeys("is are am has does".split(), "present"),
    **dict.fromkeys("will would can could may might must shall should".split(), "modal"),
}
# how a non-finite verb hangs on its governor: a complement or a modifier
_NON_FINITE_RELS = frozenset({"xcomp", "advcl", "acl"})
_CLIMB = frozenset({"xcomp", "advcl", "acl", "obj", "obl", "ccomp"})


def repair_conjuncts(parse: Parse, forms: list[str], tags: list[str], lexicon: Mapping[str, str]) -> Parse:
    """``parse`` with each finite conjunct of a non-finite verb re-attached ``conj`` to the finite
    verb that governs that one (see the module); the same ``parse`` where there is none."""
    heads, rels = parse.heads, parse.rels
    moves: list[tuple[int, int]] = []
    for p, rel in enumerate(rels):
        if rel != "conj" or tags[p] != "VERB":
            continue
        x = heads[p]
        if x is None or x >= p or tags[x] != "VERB":
            continue
        first = _governor(forms, tags, heads, rels, p, x, lexicon)
        if first >= 0:
            moves.append((p, first))
    if not moves:
        return parse
    new_heads = list(heads)
    for p, first in moves:
        new_heads[p] = first
    return Parse(tuple(new_heads), rels)


def _governor(
    forms: list[str],
    tags: list[str],
    heads: tuple[int | None, ...],
    rels: tuple[str | None, ...],
    p: int,
    x: int,
    lexicon: Mapping[str, str],
) -> int:
    """The finite verb governing non-finite verb ``x`` that finite conjunct ``p`` continues, or -1."""
    if not _joined(forms, tags, p) or _has(heads, rels, p, _SUBJECTS) or _has(heads, rels, x, _SUBJECTS):
        return -1
    if _has(heads, rels, x, _AUXILIARIES):
        return -1  # "it is addressed and may contain": the verb before is finite
    kind = _non_finite(forms, rels, x)
    if not kind:
        return -1
    # a bare past verb continues an infinitive or a preposition's gerund ("from closing a well and
    # confiscated"), not a participle nor a comma-led "-ing" word ("spiralling prices ... and reduced")
    past = kind == "infinitive" or (kind == "gerund" and tags[x - 1] in ("ADP", "SCONJ"))
    tense = _conjunct_tense(forms, heads, rels, p, lexicon, past=past)
    if not tense:
        return -1
    g = x
    for _ in range(3):  # up the chain of complements: "wants to turn", "makes him look"
        if rels[g] not in _CLIMB:
            return -1
        h = heads[g]
        if h is None or h >= x or tags[h] not in ("VERB", "AUX"):
            return -1
        g = h
        if _has(heads, rels, g, _SUBJECTS):
            own = _finite_tense(forms, heads, rels, g, lexicon)
            ok = tags[g] == "VERB" and own and (tense == "modal" or own == tense)
            return g if ok and rels[g] != "ccomp" and not _quoted(forms, g, p) else -1
    return -1


def _quoted(forms: list[str], g: int, p: int) -> bool:
    """Whether a quotation mark stands between words ``g`` and ``p`` (a series does not run out of
    a quotation: '"are going there to get in their faces", and has identified')."""
    return any(forms[k] in QUOTES for k in range(g + 1, p))


def _joined(forms: list[str], tags: list[str], p: int) -> bool:
    """Whether "and"/"or"/"but" stands just before verb ``p`` (past auxiliaries and adverbs)."""
    k = p - 1
    while k > 0 and p - k <= 3 and tags[k] in _BETWEEN:
        k -= 1
    return tags[k] == "CCONJ" and str.lower(forms[k]) in _JOINERS


def _has(heads: tuple[int | None, ...], rels: tuple[str | None, ...], v: int, wanted: frozenset[str]) -> bool:
    """Whether word ``v`` has a dependent whose relation is in ``wanted`` (looked for near ``v``)."""
    lo, hi = max(0, v - 12), min(len(heads), v + 12)
    return any(heads[k] == v and rels[k] in wanted for k in range(lo, hi))


def _non_finite(forms: list[str], rels: tuple[str | None, ...], x: int) -> str:
    """How verb ``x`` (no subject, no auxiliary) is non-finite: "infinitive" after "to" or as a bare
    complement, "gerund" in "-ing", "participle" as a noun's or clause's modifier; "" if none."""
    form = str.lower(forms[x])
    after_to = x > 0 and str.lower(forms[x - 1]) == "to"
    if after_to or (rels[x] == "xcomp" and not form.endswith(("ed", "ing"))):
        return "infinitive"
    if form.endswith("ing") and rels[x] in _NON_FINITE_RELS:
        return "gerund"
    if rels[x] in _NON_FINITE_RELS:
        return "participle"
    return ""


def _conjunct_tense(
    forms: list[str],
    heads: tuple[int | None, ...],
    rels: tuple[str | None, ...],
    p: int,
    lexicon: Mapping[str, str],
    *,
    past: bool,
) -> str:
    """The tense that shows verb ``p`` finite: its finite auxiliary's, "present" for an "-s" form,
    "past" for a past form where ``past`` allows it (a participle may continue a participle); ""."""
    for k in range(max(0, p - 3), p):
        if heads[k] == p and rels[k] in _AUXILIARIES:
            return _AUX_TENSE.get(str.lower(forms[k]), "")
    form = str.lower(forms[p])
    known = lexicon.get(form)
    if known == "VBZ":
        return "present"
    if past and (known == "VBD" or (known in (None, "VBN") and form.endswith("ed"))):
        return "past"
    return ""


def _finite_tense(
    forms: list[str],
    heads: tuple[int | None, ...],
    rels: tuple[str | None, ...],
    q: int,
    lexicon: Mapping[str, str],
) -> str:
    """The tense of verb ``q`` with a subject: its first auxiliary's, else its own form's ("")."""
    for k in range(max(0, q - 4), q):
        if heads[k] == q and rels[k] in _AUXILIARIES:
            return _AUX_TENSE.get(str.lower(forms[k]), "")
    form = str.lower(forms[q])
    known = lexicon.get(form)
    if known in ("VBZ", "VBP") or (known == "NNS" and form.endswith("s")):
        return "present"  # "She answers all questions": a plural noun's form, a verb here
    if known == "VBD" or (known in (None, "VBN") and form.endswith("ed")):
        return "past"
    return ""
