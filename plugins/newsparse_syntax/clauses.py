"""Finite adverbial clauses left free by the pairwise rules, and relative clauses with no "who".

"arrested him in July after they opened fire": the clause opened by "after" is the arrest's
``advcl`` whatever stands between (an object, a prepositional phrase); "If they come, we leave":
a clause opened at the start of the sentence is the ``advcl`` of the clause after its comma.
"the experience I have had", "the town where he lived", "a time when troops were rotating":
the clause is the noun's ``acl:relcl`` (counts on UD EWT dev in ``docs/design.md``, session 20).
"""

from __future__ import annotations

from newsparse_syntax.reported import REPORTING
from newsparse_syntax.sentence_state import RELATIVE, State

__all__ = ["free_clauses"]

# subordinators that open an adverbial clause after any verb ("fled in July after they opened")
_ADVERBIAL = frozenset("after before because since until although though unless once whereas while".split())
# ... and those that may open what a verb of knowing or asking takes ("asked him if", "know when")
_OPEN = frozenset({"if", "when", "as"})
_ASKING = REPORTING | frozenset(
    "ask asked asks know knew known wonder wondered see saw decide decided".split()
)
# nouns of time a "when" clause describes ("at a time when", "the day when")
_TIMES = frozenset(
    "time times day days moment year years period era week weeks night morning age point".split()
)
_PERSONAL = frozenset("i you he she we they".split())
_STOPS = frozenset({";", ":", "--", "—", "–"})
# nouns whose clause says what they hold, not what they lack ("the fact they were organised": ``acl``)
_CONTENT = frozenset(
    "fact chance chances possibility hope hopes news idea belief claim claims fear fears sign signs "
    "evidence view suggestion notion danger risk likelihood concern concerns warning impression "
    "feeling sense rumours report reports assurance assurances guarantee proof".split()
)


def free_clauses(state: State, predicates: list[int]) -> None:
    """Attach each free finite clause that a subordinator or a noun opens (see the module)."""
    previous = -1
    for q in predicates:
        if state.free(q):
            subject = state.subject_of.get(q, -1)
            if 0 < subject < q:
                opener = state.start_of.get(subject, subject) - 1
                if opener >= 0 and not _relative(state, q, subject, opener):
                    _adverbial(state, predicates, previous, q, opener)
        previous = q


def _adverbial(state: State, predicates: list[int], previous: int, q: int, opener: int) -> None:
    """``q`` (subject opening at ``opener`` + 1) as the ``advcl`` of the clause it tells when or why."""
    lower, tags = state.lower, state.tags
    word = lower[opener]
    if tags[opener] not in ("SCONJ", "ADV", "ADP") or (word not in _ADVERBIAL and word not in _OPEN):
        return
    if previous >= 0 and previous < opener:
        if _STOPS.isdisjoint(lower[previous + 1 : opener]) and tags[previous] in ("VERB", "AUX", "ADJ"):
            if word in _OPEN and lower[previous] in _ASKING:
                return  # "asked him if they", "know now when": what is asked or known
            _link(state, q, previous, opener)
        return
    if previous >= 0 or any(t not in ("CCONJ", "ADV", "PUNCT") for t in tags[:opener]):
        return
    comma = lower.index(",", q) if "," in lower[q:] else -1
    main = next((p for p in predicates if p > comma > 0 and state.free(p)), -1)
    relative = lower[state.subject_of.get(main, main)] in RELATIVE  # a relative clause after the comma
    if main > 0 and tags[main - 1] != "CCONJ" and not relative and _STOPS.isdisjoint(lower[comma:main]):
        _link(state, q, main, opener)  # "If you have questions, please contact Joan"


def _link(state: State, q: int, head: int, opener: int) -> None:
    """Attach clause ``q`` to ``head`` as ``advcl``, its opener as ``mark`` if still free."""
    state.attach(q, head, "advcl")
    if state.free(opener) or state.heads[opener] == q:
        state.attach(opener, q, "advmod" if state.tags[opener] == "ADV" else "mark")


def _relative(state: State, q: int, subject: int, opener: int) -> bool:
    """Attach ``q`` as the ``acl:relcl`` of the noun before its clause when nothing but "where",
    a "when" after a noun of time, or a personal pronoun subject stands between; say if it did."""
    lower, tags = state.lower, state.tags
    word = lower[opener]
    if word in ("where", "when") and opener > 0:
        noun = state.group_of[opener - 1]
        if (
            noun == opener - 1
            and tags[noun] in ("NOUN", "PROPN")
            and (word == "where" or lower[noun] in _TIMES)
        ):
            state.attach(q, noun, "acl:relcl")
            state.attach(opener, q, "advmod")
            return True
        return False
    noun = state.group_of[opener]
    if noun != opener or tags[noun] != "NOUN" or lower[subject] not in _PERSONAL or lower[noun] in _CONTENT:
        return False
    if any(
        state.heads[k] == q and state.rels[k] in ("obj", "ccomp", "xcomp")
        for k in range(q + 1, min(len(tags), q + 12))
    ):
        return False  # "the experience I have had": the noun is what the clause lacks
    if _clause_boundary(state, noun):
        return False
    state.attach(q, noun, "acl:relcl")
    return True


def _clause_boundary(state: State, noun: int) -> bool:
    """Whether a new clause may start after ``noun`` rather than describe it: the noun is a hearer
    ("told Labour supporters he was"), a fronted phrase ("in a couple of years they will"), or the
    object of an "if" clause ("if we get a draw we go")."""
    tags, lower, heads = state.tags, state.lower, state.heads
    start = state.start_of.get(noun, noun)
    verb = heads[noun]
    if (verb is None and state.rels[noun] is None and start > 0 and tags[start - 1] == "VERB") or (
        verb is not None and state.rels[noun] in ("obj", "iobj") and lower[verb] in _ASKING
    ):
        return True
    if verb is not None and state.rels[noun] == "obj" and verb in state.subject_of:
        opener = state.start_of.get(state.subject_of[verb], state.subject_of[verb]) - 1
        if opener >= 0 and (lower[opener] in _ADVERBIAL or lower[opener] in _OPEN):
            return True
    group = noun
    for _ in range(len(tags)):  # back through "in a couple of years" to its first preposition
        case = state.pp[group]
        if case < 0:
            return False
        if case == 0 or tags[case - 1] in ("PUNCT", "CCONJ", "SCONJ"):
            return True
        group = state.group_of[case - 1]
        if group < 0 or group >= case:
            return False
    return False
