"""Reported clauses separated from their verb: ``said on Wednesday he had clinched``, ``told
reporters the talks had failed``, ``said late on Tuesday that 12 people were killed``.

The clause's verb is the ``ccomp`` of the reporting verb when only prepositional phrases, bare
times, adverbs, a hearer right after "told" and a closing "that" stand between the verb and the
clause's own subject, and the clause is finite.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_syntax.objects import TIME_WORDS, time_phrase
from newsparse_syntax.sentence_state import QUOTES, RELATIVE, State, group_end

__all__ = [
    "ADVERBIAL",
    "REPORTING",
    "complement_label",
    "infinitive_label",
    "infinitive_to",
    "inverted_report",
    "noun_infinitives",
    "reported_clause",
    "split_opening",
]

_NEGATION: Final = frozenset({"not", "never"})
_SPLITTING: Final = 4  # adverbs, negation and auxiliaries between "to" and its predicate, at most
_BE_FORMS: Final = frozenset("is are was were be been 's ’s".split())  # an existential "be" tagged VERB
_INFINITIVE_AUXILIARIES: Final = frozenset({"cop", "aux:pass"})  # "to be lifted", "to be a problem"
REPORTING = frozenset(
    "said says say told tells tell added adds announced announces stated declared warned warns insisted "
    "insists noted explained claimed claims confirmed confirms denied denies acknowledged admitted "
    "reported reports revealed argued argues believed believes thought thinks estimated "
    "informed assured reminded".split()
)
# verbs that report a quotation told before them ('"...," the minister stressed'; "commented Habib")
TOLD_AFTER = REPORTING | frozenset(
    "commented comments stressed stresses remarked remarks observed recalled replied responded conceded "
    "cautioned complained quipped concluded countered".split()
)
HEARERS = frozenset("told tells tell informed assured reminded warned warns".split())
# words that open another clause in the gap: "revealed on Thursday when Smith was named" (an
# adverbial clause), "announced in what it called", "to the doctors without whom we would"
ADVERBIAL = frozenset("when while because although though unless once as after before since until".split())
_OPENERS = ADVERBIAL | frozenset("where if which whom whose".split())
# subordinators that open an adverbial clause, never a verb's complement ("left because they were";
# not "when": "know when it starts" is what is known)
_ADVERBIAL_MARKS = (ADVERBIAL - {"when"}) | frozenset("like whereas so".split())
# the last word of a hearer after "told" ("told reporters", "told the Reuters news agency")
_HEARER_ENDS = frozenset(
    "reporters journalists agency television radio newspaper daily reuters afp parliament mps "
    "lawmakers legislators delegates supporters audience conference court jury committee "
    "programme program website show magazine channel station service network".split()
)
_POSSESSIVE = frozenset({"'s", "’s", "'", "’"})


def complement_label(lower: list[str], tags: list[str], gap: range) -> str:
    """``advcl`` for a clause after a verb that a subordinator in ``gap`` opens as an adverbial
    ("fled as the war began", "wait until they leave"), else ``ccomp`` ("said (that) they were")."""
    adverbial = any(tags[k] == "SCONJ" and lower[k] in _ADVERBIAL_MARKS for k in gap)
    return "advcl" if adverbial else "ccomp"


_CLOSERS = frozenset({",", "?", "!"})  # what ends the content of a report told after it
_HELD = frozenset({"ccomp", "xcomp", "obj"})  # a reporting verb with one of these reports its own clause


# verbs whose object is the subject of the infinitive after it ("urged Iran to sign": ``xcomp``);
# after another verb and its object, the infinitive tells what for ("used gas to disperse": ``advcl``)
_OBJECT_CONTROL = frozenset(
    "ask asks asked asking tell tells told telling urge urges urged urging allow allows allowed allowing "
    "permit permits permitted force forces forced forcing order orders ordered ordering persuade persuaded "
    "convince convinced encourage encourages encouraged encouraging invite invites invited inviting "
    "expect expects expected expecting want wants wanted wanting need needs needed like likes liked "
    "prefer require requires required requiring enable enables enabled enabling help helps helped helping "
    "get gets got getting lead leads led leading cause causes caused remind reminded warn warns warned "
    "advise advises advised instruct instructed teach taught pressure pressured push pushed "
    "authorize authorized "
    "authorise authorised oblige obliges obliged compel compelled beg begged challenge challenged prompt "
    "prompted request requested call calls called recommend recommended find finds found induce induced "
    "leave leaves left".split()
)
# nouns (and indefinite pronouns) an infinitive completes ("the right to appeal", "plans to build",
# "nothing to suggest"): the infinitive is the noun's ``acl``, not the verb's purpose
_INFINITIVE_NOUNS = frozenset(
    "right rights plan plans power powers ability chance chances commitment promise promises reason "
    "reasons time opportunity opportunities decision attempt attempts bid bids effort efforts way ways "
    "need authority permission deal agreement pledge move intention determination proposal proposals "
    "motion call request threat offer capacity freedom obligation duty licence license mandate incentive "
    "campaign drive strategy scheme programme program initiative legislation bill measures steps money "
    "funds funding resources willingness desire wish failure refusal readiness days weeks months hours "
    "nothing anything something everything more little much enough".split()
)

# of those, the nouns an infinitive after them may be a purpose of the verb before ("camped for three
# days to ensure", "kept the sites at capacity to make"): no ``acl`` for an infinitive left alone
_PURPOSE_NOUNS: Final = frozenset("days weeks months hours capacity money funds funding resources".split())
_NOMINAL: Final = frozenset({"NOUN", "PROPN"})
_HAVING = frozenset("have has had having".split())  # "has a reputation to sustain": the noun's
_TAKING = frozenset("take takes took taking taken".split())
_WH_WORDS = frozenset("what which how where whether who whom".split())
_RANKS = frozenset("first last only next second third".split())  # "the last country to launch"


def infinitive_to(state: State, p: int, q: int) -> int:
    """Where the "to" of predicate ``q``'s infinitive stands after verb ``p``: right before it, or
    before the adverbs, negation and auxiliaries of ``q`` between them ("vowed to quickly end",
    "needs to be consistent", "is likely to be lifted"); -1 when ``q`` is no infinitive."""
    lower, tags, heads, rels = state.lower, state.tags, state.heads, state.rels
    first = state.start_of.get(q, q)  # a nominal predicate's phrase: "to be a problem"
    k, copular = first - 1, False
    while k > p and first - k <= _SPLITTING:
        if heads[k] == q and rels[k] in _INFINITIVE_AUXILIARIES:
            copular = copular or rels[k] == "cop"
        elif tags[k] != "ADV" and lower[k] not in _NEGATION:
            break
        k -= 1
    if k <= p or lower[k] != "to" or tags[k] != "PART":
        return -1
    return k if tags[q] == "VERB" or copular else -1


def infinitive_label(state: State, p: int, between: range) -> tuple[str, int]:
    """The label and head of the infinitive after verb ``p``: ``xcomp`` of the verb ("agreed to
    freeze", "urged Iran to sign"), ``acl`` of a noun it completes ("has the right to appeal"), or
    ``advcl`` after an object of a verb that does not pass it on ("used tear gas to disperse them")."""
    lower, tags = state.lower, state.tags
    if tags[p] != "VERB" or lower[p] in _OBJECT_CONTROL or len(between) < 2:
        return "xcomp", p
    last = between[-2]  # the word before "to"
    noun = state.group_of[last]
    if noun < 0 or tags[last] in ("ADJ", "ADV"):  # "found it hard to", "hot enough to": as before
        return "xcomp", p
    if state.pp[noun] >= 0 or lower[noun] in TIME_WORDS or tags[noun] == "NUM":
        return "xcomp", p  # "agreed in 1970 to spend", "decided last week to sell": no object between
    if lower[p] in _TAKING or lower[state.start_of.get(noun, noun)] in _WH_WORDS:
        return "xcomp", p  # "it took decades to happen", "know what to do": left as before
    start = state.start_of.get(noun, noun)
    ranked = not _RANKS.isdisjoint(lower[start:noun]) or any(w.endswith("est") for w in lower[start:noun])
    word = lower[noun]
    if word in _INFINITIVE_NOUNS or word[:-1] in _INFINITIVE_NOUNS or lower[p] in _HAVING or ranked:
        return "acl", noun  # "plans to build", "has a duty to protect", "the first country to launch"
    if lower[p] in _BE_FORMS:
        return "acl", noun  # "there is a balance to be struck": the noun's, not the existential's
    return "advcl", p


def noun_infinitives(state: State, predicates: Sequence[int]) -> None:
    """An infinitive left without a head right after a noun that takes one is that noun's ``acl`` ("a
    chance to present", "in an attempt to stop", "the first team to win"); "to" becomes its ``mark``."""
    tags, group_of, lower = state.tags, state.group_of, state.lower
    if "to" not in lower:  # (one C scan: most sentences have no infinitive)
        return
    for q in predicates:
        if tags[q] != "VERB" or not state.free(q):
            continue
        to = infinitive_to(state, -1, q)
        if to < 1:
            continue
        last = to - 1 if lower[to - 1] not in _NEGATION else to - 2  # "the decision not to seek"
        noun = group_of[last] if last >= 0 else -1
        if noun < 0 or tags[noun] != "NOUN" or group_end(state, noun) != last + 1:
            continue
        if not _takes_infinitive(state, noun):
            continue
        if state.free(to):
            state.attach(to, q, "mark")
        if last < to - 1 and state.free(to - 1):
            state.attach(to - 1, q, "advmod")
        state.attach(q, noun, "acl")


def _takes_infinitive(state: State, noun: int) -> bool:
    """Whether the noun group headed by ``noun`` takes an infinitive as its ``acl``: a modified noun
    of intent or means ("an attempt", "Microsoft's plans"), or a ranked group ("the first team")."""
    lower, tags = state.lower, state.tags
    start = state.start_of.get(noun, noun)
    if start == noun or tags[noun - 1] in _NOMINAL:  # "gangs plan to", "now plans to": a verb mistagged
        return False
    word = lower[noun]
    if word in _PURPOSE_NOUNS or word in TIME_WORDS:  # "last month to lead": a purpose of the verb
        return False
    if word in _INFINITIVE_NOUNS or word[:-1] in _INFINITIVE_NOUNS:
        return True
    return not _RANKS.isdisjoint(lower[start:noun]) or any(w.endswith("est") for w in lower[start:noun])


def inverted_report(state: State, predicates: Sequence[int]) -> None:
    """A report told after its content ('"The talks failed," the minister said', "..., said Kerry"):
    the reporting verb becomes the root and the content's root its ``ccomp``, as UD annotates it."""
    rels, lower = state.rels, state.lower
    if TOLD_AFTER.isdisjoint(lower):  # (one C scan: most sentences report nothing)
        return
    try:
        root = rels.index("root")
    except ValueError:
        return
    said = [k for k, p in enumerate(predicates) if p > root and lower[p] in TOLD_AFTER]
    if not said:
        return
    p = predicates[said[-1]]
    subject = state.subject_of.get(p, -1)
    if subject < 0 or state.tags[p] != "VERB" or not state.free(p):
        return
    k = (p if subject > p else state.start_of.get(subject, subject)) - 1
    while k > root and lower[k] in QUOTES:
        k -= 1
    if k <= root or lower[k] not in _CLOSERS:
        return
    opener = lower[1] if len(lower) > 1 and lower[0] in QUOTES else lower[0]
    if opener in ADVERBIAL or opener == "if":  # '"If X, Y," he said': Y is the root
        return
    if any(state.heads[q] is None for q in predicates[said[-1] + 1 :]):
        return  # another clause after it: "..., the minister said he would resign"
    if subject < p and _holds_clause(state, p):
        return
    if any(state.free(q) and _marked(state, q) for q in predicates[: said[-1]] if q > root):
        return  # "were arrested after they opened fire, police said": the clause of time stays the root's
    state.attach(root, p, "ccomp")
    rels[p] = "root"


def _marked(state: State, q: int) -> bool:
    """Whether predicate ``q`` has an adverbial subordinator as its ``mark`` (a clause of time or cause)."""
    heads, k = state.heads, -1
    for _ in range(heads.count(q)):
        k = heads.index(q, k + 1)
        if state.rels[k] == "mark" and state.lower[k] in ADVERBIAL:
            return True
    return False


def _holds_clause(state: State, p: int) -> bool:
    """Whether verb ``p`` has a dependent of its own that is what it reports (a clause, an object)."""
    heads, k = state.heads, -1
    for _ in range(heads.count(p)):  # (counted first: C scans, no loop over every word)
        k = heads.index(p, k + 1)
        if state.rels[k] in _HELD:
            return True
    return False


def reported_clause(state: State, verbs: tuple[int, int], subject: int, start: int, finite: bool) -> bool:
    """Attach predicate ``q`` of ``verbs`` (subject ``subject``, first word ``start``, ``finite`` with
    an auxiliary or copula) as the ``ccomp`` of reporting verb ``p`` across obliques, times, a hearer."""
    p, q = verbs
    lower, tags = state.lower, state.tags
    if lower[p] not in REPORTING or tags[p] != "VERB" or lower[subject] in RELATIVE:
        return False
    if start <= p + 1 or start > q or not state.free(q):
        return False
    that = start - 1 if lower[start - 1] == "that" and state.heads[start - 1] in (None, q) else -1
    last = _gap_end(state, p, that if that >= 0 else start, that >= 0)
    if last < -1:
        return False
    timed = last >= 0 and (lower[last] in TIME_WORDS or state.rels[last] == "obl:unmarked")
    if not (finite or that >= 0 or timed or _with_object(state, q)):
        return False  # "said in a statement the company released on Monday": a relative clause
    if not finite and tags[q] == "VERB" and lower[q].endswith("ing"):
        return False
    if that >= 0:
        state.attach(that, q, "mark")
    state.attach(q, p, "ccomp")
    return True


def _gap_end(state: State, p: int, stop: int, commas: bool) -> int:
    """The head of the last group between ``p`` and ``stop`` when every word there belongs to a
    prepositional phrase, a bare time, an adverb or (after "told") the hearer, or is a comma before
    a "that" (never right after the verb: "a trader said, despite a forecast that ..."); -1 when
    only adverbs stand there, -2 when anything else does."""
    tags, group_of, lower = state.tags, state.group_of, state.lower
    last = -1
    k = p + 1
    while k < stop:
        if lower[k] in _OPENERS and k > p + 1 and state.rels[k] != "case":
            return -2  # (not "admitted before a court": a preposition; "tell which results are")
        if lower[k] == "what" and tags[k - 1] == "ADP":
            return -2  # "announced in what it called"
        head = group_of[k]
        if head < 0:
            comma = commas and k > p + 1 and lower[k] == ","
            if not (tags[k] == "ADV" or comma or _inside(state, k, p, stop)):
                return -2
            k += 1
            continue
        if tags[head] == "VERB" or not _gap_group(state, (p, stop), k, head):
            return -2
        last = head
        k = max(k + 1, group_end(state, head))
    return last


def _gap_group(state: State, gap: tuple[int, int], k: int, head: int) -> bool:
    """Whether the group of ``head`` (met at ``k``) may stand in the gap: a prepositional phrase, a
    bare time, a word hanging on another in the gap, or the hearer right after "told"."""
    p, stop = gap
    if k == p + 1 and state.lower[p] in HEARERS and state.tags[head] in ("PRON", "PROPN", "NOUN"):
        return True
    if state.pp[head] >= 0 or _inside(state, head, p, stop):
        return True
    return state.lower[head] in TIME_WORDS or time_phrase(state, head)


def _inside(state: State, k: int, p: int, stop: int) -> bool:
    """Whether word ``k`` hangs on a word strictly between ``p`` and ``stop`` ("Sept. 10, 2002")."""
    head = state.heads[k]
    return head is not None and p < head < stop


def _with_object(state: State, q: int) -> bool:
    """Whether a determiner, number, pronoun or name follows ``q`` (its object: not a relative
    clause missing one, "the statement the company released")."""
    after = q + 1
    return after < len(state.tags) and state.tags[after] in ("DET", "NUM", "PRON", "PROPN")


def split_opening(state: State, p: int, subject: int) -> None:
    """``told reporters troops had withdrawn``, ``said Tuesday militants had fired``: the hearer or
    the time a noun group opens with, right after reporting verb ``p``, is a group of its own, not
    part of the reported clause's subject (which must be right before its verb or auxiliary)."""
    lower, tags = state.lower, state.tags
    start, end = state.start_of.get(subject, subject), group_end(state, subject)
    if end >= len(tags) or tags[end] not in ("AUX", "VERB") or tags[end - 1] not in ("NOUN", "PROPN"):
        return
    if tags[end] == "VERB" and lower[end].endswith("ing"):
        return  # "told reporters waiting outside": no clause
    if not _POSSESSIVE.isdisjoint(lower[start:end]):
        return  # "said Monday's vote was", "told Radio 4's Today programme": one group
    cut = _hearer_end(state, start, end) if lower[p] in HEARERS else _time_end(lower, start)
    if not start < cut <= subject:
        return
    head = cut - 1
    for k in range(start, cut):
        state.group_of[k] = head
        if k != head:
            state.heads[k] = head
    state.heads[head] = state.rels[head] = None
    state.start_of[head] = start
    state.start_of[subject] = cut


def _time_end(lower: list[str], i: int) -> int:
    """Where a day's name, "today" or "last week" opening a group at ``i`` ends (-1 if none opens it)."""
    if lower[i] in TIME_WORDS:
        return i + 1
    if lower[i] in ("last", "next") and i + 1 < len(lower) and lower[i + 1] in TIME_WORDS:
        return i + 2
    return -1


def _hearer_end(state: State, i: int, j: int) -> int:
    """Where the hearer opening group ``[i, j)`` after "told" ends: past its last hearer's noun
    ("reporters", "news agency"), else past its opening run of names ("the BBC", "AFP"); -1 if none."""
    lower, tags = state.lower, state.tags
    if lower[j - 1] in _HEARER_ENDS:
        return -1  # "told the BBC programme Go Digital how": the whole group is the hearer
    for k in range(j - 2, i - 1, -1):
        if lower[k] in _HEARER_ENDS:
            return k + 1
    k = i + 1 if tags[i] == "DET" else i
    if k >= j or tags[k] != "PROPN" or tags[j - 1] != "NOUN":
        return -1  # (a name after a name: "the Times Higher Education Supplement")
    while k < j and tags[k] == "PROPN":
        k += 1
    return k
