"""A noun's reduced relative clause taken for, or taking, the clause's verb: "Research conducted by
the EOC revealed that ...", "armed men driving a vehicle carried out an attack".

The parser made "conducted" the root with "Research" its subject, and left the real verb
("revealed") unattached with no subject. Where the participle has no object or auxiliary, a
prepositional phrase follows it, and then comes a finite verb with no subject of its own, the
participle is the noun's reduced relative clause (``acl``, as UD attaches it) and the noun is the
later verb's subject. The mirror: a past verb the parser hung ``acl`` on the last noun of an "-ing"
modifier ("men driving a vehicle carried") is the root, the noun before the "-ing" word its subject
(docs/design.md, Session 33: syntax).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.lexicon import FINITE_AUXILIARIES_BUT_DO
from newsparse_syntax.parser import Parse
from newsparse_syntax.sentence_state import indices

__all__ = ["repair_relatives"]

_SUBJECTS = frozenset({"nsubj", "nsubj:pass"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# what a prepositional phrase between the participle and the finite verb is made of
_PHRASE = frozenset({"ADP", "DET", "NUM", "ADJ", "NOUN", "PROPN", "PART", "SYM", "X"})
_NOUN_PHRASE = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "CCONJ"})
_PHRASE_ENDS = frozenset({"NOUN", "PROPN", "NUM"})  # "... in 2005 are hoping"
_OBJECT_STARTS = frozenset({"DET", "NUM", "PRON", "NOUN", "PROPN", "ADJ"})
_CLAUSE_STARTS = frozenset({"that", ":"})  # "revealed that", "said :"
_AGENTS = frozenset({"by", "of"})
# a participle with any of these dependents heads a clause of its own: "bypassed the Cabinet"
_CLAUSAL = frozenset({"obj", "iobj", "ccomp", "xcomp", "aux", "aux:pass", "cop", "expl"})
_AUXILIARY = frozenset({"aux", "aux:pass", "cop"})


def repair_relatives(parse: Parse, forms: list[str], tags: list[str], lexicon: Mapping[str, str]) -> Parse:
    """``parse`` with each reduced relative clause read as the clause's verb re-attached (see the
    module); the same ``parse`` where there is none."""
    found: list[tuple[int, int]] = []
    closing: list[tuple[int, int]] = []
    n = len(tags)
    for p in indices(tags, "VERB"):
        if not 0 < p < n - 1 or tags[p - 1] not in _NOMINAL:
            continue
        clause = -1
        if p < n - 2 and tags[p + 1] == "ADP" and _participle(forms, p, lexicon):
            clause = _finite_after(forms, tags, parse, p, lexicon)
            if clause >= 0:
                found.append((p, clause))
        if clause < 0 and parse.rels[p] == "acl" and parse.heads[p] == p - 1:
            gerund = _gerund_before(forms, tags, parse, p, lexicon)
            if gerund >= 0:
                closing.append((gerund, p))
    if not found and not closing:
        return parse
    heads, rels = list(parse.heads), list(parse.rels)
    for p, clause in found:
        _reattach(heads, rels, p, clause)
    for gerund, verb in closing:
        _close_gerund(heads, rels, gerund, verb)
    return Parse(tuple(heads), tuple(rels))


def _gerund_before(
    forms: list[str], tags: list[str], parse: Parse, verb: int, lexicon: Mapping[str, str]
) -> int:
    """The "-ing" participle whose phrase ends right before past verb ``verb``, which the parse hung
    ``acl`` on that phrase's last noun ("armed men driving a vehicle carried out", "protesters
    opposing the President gathered"): -1 unless the sentence has no subject before ``verb``, the
    participle follows its noun, and that noun is free (or the object of an opening "-ed" word)."""
    form = forms[verb]
    if not str.islower(form) or form.endswith("ing"):
        return -1
    if not form.endswith("ed") and lexicon.get(form) not in ("VBD", "VBN"):
        return -1
    if verb + 1 < len(tags) and forms[verb + 1] in _AGENTS:
        return -1  # "a vehicle used by": the noun's own participle
    heads, rels = parse.heads, parse.rels
    if any(
        rels[k] in _SUBJECTS and heads[k] is not None
        for k in range(len(tags))
        if k < verb or heads[k] == verb
    ):
        return -1
    g = verb - 2
    while g > 0 and (
        tags[g] in _PHRASE or tags[g] == "CCONJ" or forms[g] == "-" or _joined_gerund(forms, rels, g)
    ):
        g -= 1  # (through "and living conditions": an "-ing" word the parse joined to the participle)
    if g < 1 or tags[g] != "VERB" or not forms[g].endswith("ing") or tags[g - 1] not in _NOMINAL:
        return -1
    noun = g - 1
    if rels[g] not in (None, "acl") or heads[g] not in (None, noun):
        return -1
    if rels[noun] is None:
        return g
    opener = heads[noun]
    if (
        rels[noun] == "obj"
        and opener == noun - 1
        and forms[opener].endswith("ed")
        and rels[opener] in (None, "root")
    ):
        return g  # "armed men driving": "armed" opens the noun phrase
    return -1


def _joined_gerund(forms: list[str], rels: tuple[str | None, ...], k: int) -> bool:
    """Whether word ``k`` is an "-ing" word the parse made a conjunct ("against dire economic and
    living conditions")."""
    return rels[k] == "conj" and forms[k].endswith("ing")


def _close_gerund(heads: list[int | None], rels: list[str | None], gerund: int, verb: int) -> None:
    """Make ``verb`` the clause's root with the noun before ``gerund`` its subject, ``gerund`` that
    noun's ``acl`` and an opening "-ed" word its ``amod``; what hung on the opener goes to ``verb``."""
    noun = gerund - 1
    opener = heads[noun] if rels[noun] == "obj" else None
    heads[verb], rels[verb] = None, "root"
    heads[noun], rels[noun] = verb, "nsubj"
    heads[gerund], rels[gerund] = noun, "acl"
    if opener is not None:
        heads[opener], rels[opener] = noun, "amod"
        for k in range(len(heads)):
            if heads[k] == opener and k != noun:
                heads[k] = verb
    for k in range(noun):
        if heads[k] == gerund:
            heads[k] = verb


def _participle(forms: list[str], p: int, lexicon: Mapping[str, str]) -> bool:
    """Whether word ``p`` reads as a past participle: lower case, "-ed" or a participle by the
    lexicon, or any past form before "by" ("sites hit by the worm")."""
    form = forms[p]
    if not str.islower(form):
        return False
    known = lexicon.get(form, "")
    return form.endswith("ed") or known == "VBN" or (known == "VBD" and forms[p + 1] == "by")


def _finite_after(forms: list[str], tags: list[str], parse: Parse, p: int, lexicon: Mapping[str, str]) -> int:
    """The head of the finite clause the words after participle ``p``'s prepositional phrase open
    (-1 if none): a finite verb with no subject, its clause unattached or hung on ``p``."""
    heads, rels = parse.heads, parse.rels
    noun = p - 1
    if heads[noun] != p or rels[noun] not in _SUBJECTS or rels[p] not in (None, "root", "ccomp"):
        return -1
    if any(heads[k] == p and rels[k] in _CLAUSAL for k in range(len(tags))):
        return -1
    if _inside_phrase(tags, noun):
        return -1  # "figures on searches in England and Wales carried out": not the subject's head
    above = heads[p]
    if rels[p] == "ccomp" and above is not None and str.endswith(forms[above], "ing"):
        return -1  # "People using the sites hit by Santy will": the noun is the object of "using"
    n = len(tags)
    j = p + 1
    while j < n and (tags[j] in _PHRASE or (tags[j] == "CCONJ" and j + 1 < n and tags[j + 1] in _PHRASE)):
        j += 1
    if j >= n or j == p + 1 or tags[j - 1] not in _PHRASE_ENDS:
        return -1
    verb = j
    word = str.lower(forms[verb])
    if tags[verb] == "AUX":
        if word not in FINITE_AUXILIARIES_BUT_DO:
            return -1
        governor = heads[verb]  # "are hoping", "had involved": the clause is the verb the auxiliary serves
        if rels[verb] not in _AUXILIARY or governor is None or governor < verb:
            return -1
        clause = governor
    elif tags[verb] == "VERB" and _finite_verb(forms, tags, verb, forms[p + 1] == "by", lexicon):
        clause = verb
    else:
        return -1
    if any(heads[k] == clause and rels[k] in _SUBJECTS for k in range(n)):
        return -1
    if heads[clause] is not None and heads[clause] != p:
        return -1
    if rels[p] == "ccomp" and above is not None and _under(heads, above, clause):
        return -1
    return clause


def _inside_phrase(tags: list[str], noun: int) -> bool:
    """Whether a preposition opens the noun phrase ending at ``noun`` (its words and conjuncts)."""
    k = noun - 1
    while k >= 0 and tags[k] in _NOUN_PHRASE:
        k -= 1
    return k >= 0 and tags[k] == "ADP"


def _finite_verb(
    forms: list[str], tags: list[str], verb: int, agent: bool, lexicon: Mapping[str, str]
) -> bool:
    """Whether VERB ``verb`` is finite: a present form ("shows"), an irregular past ("said",
    "came"), or a past in "-ed" before its object, a reported clause or a verb it governs
    ("produced only 1,440 hits", "started randomly searching"); after a participle with its agent
    (``agent``: "supported by their unions gathered at"), before a preposition too."""
    form = forms[verb]
    if not str.islower(form) or form.endswith("ing"):
        return False
    known = lexicon.get(form, "")
    after = verb + 1
    while after < len(tags) - 1 and tags[after] == "ADV":
        after += 1
    if after >= len(tags) or forms[after] in _AGENTS:
        return False  # "... troops backed by", "activists accused of": another participle
    if known in ("VBZ", "VBP"):
        return True
    if known == "VBD" and not form.endswith("ed"):
        return True
    if known not in ("VBD", "VBN"):
        return False
    following = forms[after]
    if tags[after] in _OBJECT_STARTS or following in _CLAUSE_STARTS:
        return True
    if tags[after] == "VERB" and following.endswith("ing"):
        return True  # "started randomly searching"
    if following == "to" and after + 1 < len(tags) and tags[after + 1] in ("VERB", "AUX"):
        return True  # "agreed to pay"
    return agent and tags[after] == "ADP"


def _under(heads: list[int | None] | tuple[int | None, ...], word: int, top: int) -> bool:
    """Whether ``top`` is ``word`` or one of its heads."""
    seen = 0
    k: int | None = word
    while k is not None and seen < len(heads):
        if k == top:
            return True
        k = heads[k]
        seen += 1
    return False


def _reattach(heads: list[int | None], rels: list[str | None], p: int, clause: int) -> None:
    """Make participle ``p`` the ``acl`` of the noun before it, the noun the subject of ``clause``,
    and ``clause`` take the participle's place; the participle's dependents outside its own phrase
    (before the noun, after the clause's verb) go to ``clause``."""
    noun = p - 1
    passive = any(heads[k] == clause and rels[k] == "aux:pass" for k in range(len(heads)))
    heads[clause], rels[clause] = heads[p], rels[p]
    heads[p], rels[p] = noun, "acl"
    heads[noun], rels[noun] = clause, "nsubj:pass" if passive else "nsubj"
    for k in range(len(heads)):
        if heads[k] == p and (k < noun or k > clause) and k != noun:
            heads[k] = clause
