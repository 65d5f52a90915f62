"""Participle clauses: ``advcl`` and ``acl`` for the verbs in -ing or -ed that head no clause of
their own ("An airstrike hit the market, killing 12 people", "Speaking to reporters, he said",
"women wearing masks"). Without them the toll, the report or the modifier hangs on nothing, and the
layers that read the tree cannot tie it to its event or its speaker.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.objects import TIME_WORDS
from newsparse_syntax.reported import ADVERBIAL, REPORTING
from newsparse_syntax.sentence_state import PARTICIPLE_ENDS, REACH, State, group_end

__all__ = ["participle_clauses"]

# subordinators that may open a participle clause ("while visiting", "after meeting", "by cutting")
_CLAUSE_MARKS = frozenset(
    "while after before when since by without despite upon once though although".split()
)
_AUXILIARY = frozenset({"aux", "aux:pass", "cop"})
_CHAIN = frozenset({"aux", "aux:pass", "advmod", "mark"})  # what stands in a predicate's verb chain
# what opens a subordinate clause before its subject ("when an airliner crashed")
_SUBORDINATING = ADVERBIAL | frozenset({"if", "whether", "where"})
_MODIFIERS = frozenset({"acl", "amod", "acl:relcl"})  # predicates that modify a noun, never a clause's head
_NOMINAL = frozenset({"NOUN", "PROPN"})
_ABSOLUTE = frozenset({"with", "without", "despite"})  # "with X doing": X is the gerund's subject
_NO_COMPLEMENT = frozenset({"PUNCT", "CCONJ", "AUX"})  # what follows a gerund that is a noun's last word
_OBJECT_STARTS = frozenset({"DET", "NUM", "PRON", "NOUN", "PROPN", "ADJ"})
# gerunds that go on with a report ("said ..., adding that"): they hang on the verb of saying
_REPORTING_GERUNDS = frozenset(
    "adding saying noting stating explaining insisting warning claiming arguing citing telling".split()
)
# a gerund's mark inside a clause is a preposition ("include" mistagged SCONJ is not)
_PREPOSITION_CLASSES = frozenset({"IN", "TO"})
_NOT_MARKS = frozenset("that up off out down back away".split())  # before a gerund, never its mark
_GOING_ON = frozenset("keep keeps kept keeping carry carries carried carrying go goes went going".split())
_OBJECT_MARKS = frozenset({"from", "as", "into"})  # "prevented them from", "regarded X as", "tricked X into"
# participles that work as prepositions ("including three children", "based on", "given the risk")
_PREPOSITIONAL = frozenset(
    "including excluding regarding concerning according following based given barring pending "
    "considering assuming compared starting beginning".split()
)


def participle_clauses(state: State, predicates: list[int], lexicon: Mapping[str, str]) -> None:
    """Attach every free, subjectless participle without auxiliaries: after a comma or opening the
    sentence, to its clause's verb as ``advcl``; right after a noun (no comma, -ing), to the noun as
    ``acl``; after a comma that follows a free noun ("the company, based in London, said"), ``acl``."""
    tags, lower, heads, rels, subject_of = state.tags, state.lower, state.heads, state.rels, state.subject_of
    for p in predicates:
        if tags[p] != "VERB" or heads[p] is not None or rels[p] is not None or p in subject_of:
            continue
        word = lower[p]
        if word in _PREPOSITIONAL:
            continue
        known = lexicon.get(word, "")
        gerund = word.endswith("ing") and known in ("", "VBG")
        if not gerund and known != "VBN" and not (known == "" and word.endswith(PARTICIPLE_ENDS)):
            if known != "VBD" or p > 1 or word == "had":
                continue  # a past form opening the sentence only: "Asked about it, he said"
        if _has_auxiliary(state, p):
            continue
        k = p - 1
        while k >= 0 and tags[k] == "ADV" and state.free(k) and p - k < 3:
            k -= 1  # ", also killing", ", thereby raising"
        mark = k if k >= 0 and lower[k] in _CLAUSE_MARKS and tags[k] in ("SCONJ", "ADP") else -1
        if mark >= 0:
            if not state.free(mark):
                continue
            k -= 1
        if mark < 0 and gerund and k > 0 and tags[k] == "SCONJ" and state.free(k) and lower[k - 1] != ",":
            if lexicon.get(lower[k]) in _PREPOSITION_CLASSES:
                _after_word(state, p, k)  # "accused of violating", "review it before sending"
        elif k < 0 or (k == 0 and tags[0] == "PUNCT" and lower[0] != ","):
            _opening(state, predicates, p, mark)
        elif lower[k] == ",":
            _after_comma(state, predicates, p, k, mark)
        elif gerund and mark < 0 and k == p - 1:
            _after_noun(state, p)


def _has_auxiliary(state: State, p: int) -> bool:
    """Whether an auxiliary or copula hangs on ``p`` from the few words before it."""
    rels, heads = state.rels, state.heads
    return any(heads[a] == p and rels[a] in _AUXILIARY for a in range(max(0, p - 4), p))


def _attach_clause(state: State, p: int, head: int, mark: int) -> None:
    """``p`` is ``head``'s adverbial clause, opened by subordinator ``mark`` if any ("while visiting")."""
    state.attach(p, head, "advcl")
    if mark >= 0:
        state.attach(mark, p, "mark")


def _opening(state: State, predicates: list[int], p: int, mark: int) -> None:
    """``Speaking to reporters, he said``: the first verb with a subject after the clause's comma."""
    lower, n = state.lower, len(state.tags)
    comma = next((j for j in range(p + 1, min(n, p + REACH)) if lower[j] == ","), -1)
    if comma < 0 or comma + 1 == n or state.tags[comma + 1] == "CCONJ":
        return  # ("Checked in late, but staff was kind": two clauses)
    if any(p < q < comma for q in predicates):
        return  # "Going there is never easy, but": the participle is a subject
    for q in predicates:
        if q <= comma or q - p > REACH:
            continue
        if q in state.subject_of and state.heads[q] is None and state.rels[q] in (None, "root"):
            _attach_clause(state, p, q, mark)
        return


def _after_comma(state: State, predicates: list[int], p: int, comma: int, mark: int) -> None:
    """``hit the market, killing 12``: the verb before the comma; ``X, based in Y, said``: ``acl`` of X."""
    after = p + 1
    following, tag = (state.lower[after], state.tags[after]) if after < len(state.tags) else (".", "PUNCT")
    if following == "," or tag == "CCONJ":
        return  # "curfews, tagging or bans": an item of a list
    if not state.lower[p].endswith("ing") and tag in _OBJECT_STARTS:
        return  # "blocked roads, attacked buildings": a past tense with its object, not a participle
    noun = state.group_of[comma - 1] if comma > 0 else -1
    if noun >= 0 and mark < 0 and state.tags[noun] in _NOMINAL and _subject_ahead(state, noun, p):
        if not state.lower[p].endswith("ing"):
            state.attach(p, noun, "acl")
        return
    nearest, loose, saying = -1, -1, False
    for q in reversed(predicates):
        if q >= p:
            continue
        if p - q > REACH:
            break
        if state.rels[q] in _MODIFIERS:
            continue
        if not _main_line(state, q):
            loose = q if loose < 0 and nearest < 0 else loose  # only one nearer than any main verb
            continue
        if nearest < 0:
            nearest = q
            if state.lower[p] not in _REPORTING_GERUNDS:
                break
        if state.lower[q] in REPORTING:  # "said 12 were killed, adding that": the saying goes on
            nearest, saying = q, True
            break
    if nearest >= 0 and loose > nearest and not saying:
        return  # "struck when an airliner crashed, killing": either clause may have killed; undecided
    nearest = nearest if nearest >= 0 else loose
    if nearest >= 0 and not (state.lower[nearest].endswith("ing") and _series(state, p)):
        _attach_clause(state, p, nearest, mark)


def _main_line(state: State, q: int) -> bool:
    """Whether predicate ``q`` heads a finite clause that is not subordinate: not "to (have) clashed",
    not "being held", not "when an airliner crashed" (a participle after it tells of the main act)."""
    lower, heads, rels = state.lower, state.heads, state.rels
    k = q - 1
    while k >= 0 and heads[k] == q and rels[k] in _CHAIN:
        if lower[k] == "being":
            return False
        k -= 1
    if k >= 0 and lower[k] == "to":
        return False
    subject = state.subject_of.get(q, -1)
    if subject < 0 or subject > q:
        return True
    before = state.start_of.get(subject, subject) - 1
    return before < 0 or lower[before] not in _SUBORDINATING


def _series(state: State, p: int) -> bool:
    """Whether an "and"/"or" and another gerund follow ``p`` ("setting up X, getting Y and
    educating Z"): the gerunds are items of one list, not clauses of each other."""
    lower, tags = state.lower, state.tags
    for k in range(p + 1, min(len(tags) - 1, p + REACH)):
        if tags[k] == "CCONJ":
            return tags[k + 1] == "VERB" and lower[k + 1].endswith("ing")
        if lower[k] in (";", ":"):
            return False
    return False


def _subject_ahead(state: State, noun: int, p: int) -> bool:
    """Whether ``noun`` is still free or the subject of a predicate after ``p`` (what the comma-set
    participle sits inside: "the company, based in London, said")."""
    head = state.heads[noun]
    if head is None:
        return state.rels[noun] is None and state.pp[noun] < 0  # (a prepositional phrase attaches later)
    return head > p and state.rels[noun] in ("nsubj", "nsubj:pass")


def _after_noun(state: State, p: int) -> None:
    """``women wearing masks``: a gerund right after a noun group modifies it (``acl``)."""
    noun = state.group_of[p - 1]
    if noun < 0 or state.tags[noun] not in _NOMINAL or group_end(state, noun) != p:
        return
    opening = state.pp[noun]
    if opening >= 0 and state.lower[opening] in _ABSOLUTE:
        return  # "with Boyle setting a best": the noun is the gerund's subject, not its head
    if state.rels[noun] == "obj" or state.lower[noun] in TIME_WORDS:
        return  # "stop people swapping files", "this year rising prices": not the noun's modifier
    if p + 1 < len(state.tags) and state.tags[p + 1] in _NO_COMPLEMENT:
        return  # "file sharing is", "law breaking,": a compound noun, not a clause
    state.attach(p, noun, "acl")


def _after_word(state: State, p: int, mark: int) -> None:
    """A gerund after a subordinator inside a clause: ``advcl`` of the verb or adjective right before
    ("committed to getting", "responsible for protecting") or of the verb whose object stands there
    ("prevented the department from running"); ``acl`` of a noun right before "of" ("a way of
    influencing"). The subordinator is its ``mark``."""
    tags, lower, b = state.tags, state.lower, mark - 1
    word = lower[mark]
    if word in _NOT_MARKS or (word == "on" and lower[b] in _GOING_ON):
        return  # "grown up playing", "kept on talking": a particle; "hoped that allowing X will"
    if tags[b] in ("VERB", "ADJ"):
        head, label = b, "advcl"
    else:
        noun = state.group_of[b]
        if noun < 0 or group_end(state, noun) != mark:
            return
        if tags[noun] == "NOUN" and word == "of":
            head, label = noun, "acl"
        elif state.rels[noun] == "obj" and state.heads[noun] is not None and _passes_on(state, noun, word):
            head, label = state.heads[noun] or 0, "advcl"
        else:
            return
    state.attach(p, head, label)
    state.attach(mark, p, "mark")


def _passes_on(state: State, noun: int, word: str) -> bool:
    """Whether a gerund after object ``noun`` is its verb's clause, not the noun's: after a pronoun or
    name ("accused Mr Brown of missing"), or "from", "as", "into" ("keeping traffic from going")."""
    return state.tags[noun] in ("PRON", "PROPN") or word in _OBJECT_MARKS
