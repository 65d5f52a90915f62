"""A rule parser over UPOS tags: who did what to whom, in one left-to-right pass per step.

Steps: noun groups (``groups``), phrases before the predicates (``phrases``), prepositional
phrases (``case`` + ``obl``/``nmod``), predicates with their auxiliaries and copulas, subjects
(nearest free group to the left, skipping prepositional phrases and stretches between commas),
objects (first free group to the right), open and clausal complements, coordination, relative
clauses and the root. Every scan is bounded (``REACH`` words), so a sentence of any length is
parsed in linear time. Relations the rules cannot decide are left unattached (None).
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping

import attrs

from newsparse_syntax.clauses import free_clauses
from newsparse_syntax.copulas import (
    AFTER_CLAUSE,
    BE,
    FLOATING,
    FRONT_WORDS,
    copula_gap,
    exclaimed_predicate,
    extraposed,
    fronted_predicate,
    inverted_auxiliary,
    inverted_copula,
    is_place,
    may_strand,
    opens_clause,
    particle_predicate,
    stranded,
)
from newsparse_syntax.groups import noun_groups
from newsparse_syntax.objects import (
    TIME_WORDS,
    nearest_predicate,
    next_free_group,
    objects,
    time_phrase,
    verb_time,
)
from newsparse_syntax.parentheticals import ASIDE_MARKS, may_invert, parenthetical_subject
from newsparse_syntax.participles import participle_clauses
from newsparse_syntax.phrases import (
    according_to,
    appositions,
    coordinated_groups,
    number_modifiers,
    participle_modifiers,
)
from newsparse_syntax.reported import (
    ADVERBIAL,
    REPORTING,
    complement_label,
    infinitive_label,
    infinitive_to,
    inverted_report,
    noun_infinitives,
    reported_clause,
    split_opening,
)
from newsparse_syntax.sentence_state import (
    PARTICIPLE_ENDS,
    QUOTES,
    REACH,
    RELATIVE,
    State,
    group_end,
    indices,
    next_group,
)

__all__ = ["Parse", "parse_sentence"]

SPEECH = frozenset(
    "said says say told tells added adds asked asks stated states declared declares wrote writes "
    "warned warns announced announces insisted insists noted notes explained explains claimed claims".split()
)
_NEGATION = frozenset({"not", "n't", "n’t", "never"})
_PARTICLES = frozenset("up out down off away back".split())
_CAUSATIVES = frozenset(
    "let lets make makes made help helps helped watch watched see saw hear heard have has had".split()
)
# relations whose dependents never get dependents of their own in these rules
_LEAVES = frozenset(
    "det amod compound flat nummod case punct advmod aux aux:pass cop mark cc compound:prt".split()
)
# verbs whose following noun is often a clause's subject ("said the rebels attacked")
_CLAUSE_VERBS = SPEECH | frozenset(
    "think thinks thought believe believes believed know knows knew hope hoped fear feared feel felt "
    "found find finds saw see says say suggest suggested show showed shows mean means meant "
    "guess guessed realize realized realise realised understand understood argue argued "
    "admit admits admitted confirm confirms confirmed deny denies denied acknowledge acknowledges "
    "acknowledged reveal reveals revealed report reports reported "
    "estimate estimates estimated".split()
)
_SUBORDINATORS = frozenset("after before since until till as once unless because".split())
# of those, the ones whose ADP before a clause's subject is its mark ("as" only opening a clause:
# elsewhere it is too often a preposition whose group was misread as a subject, "Urban as a genre is")
_MARKING = _SUBORDINATORS - {"as"}
# what may be the subject of "for ... to": "for us to get", "for Iran to sign" (not a common noun:
# "the right to see", "measures to combat" are a noun's complements far more often than subjects)
_FOR_SUBJECTS = frozenset({"PRON", "PROPN"})
_FOR_TIMES = TIME_WORDS | frozenset(
    "time times while days weeks months years decades centuries generations hours minutes".split()
)
# adverbs that approximate or limit a number ("for about 10 years", "in nearly 40 countries")
_APPROXIMATE = frozenset("about around over nearly almost approximately roughly some only just".split())
_AS_PHRASES = frozenset("such well same so just".split())  # "such as", "as well as"
_RAISING = frozenset("seems seemed seem appears appeared appear".split())
_VERBAL_PREPOSITIONS = frozenset("to at from on during into until since after before for in".split())
_MARKS = frozenset({"SCONJ", "ADV"})  # what may stand between a verb and its clausal complement
_AUXILIARY = frozenset({"aux", "aux:pass", "cop"})  # a set: one C test over a slice of relations
# where a relative clause's scan back from a predicate stops: punctuation, question words, relatives
_CLAUSE_STOPS = frozenset(', ; : - – — ( " “ what where when why how'.split()) | RELATIVE
_NOMINATIVE = frozenset("i we they he she".split())  # subjects of their own clause, never objects
_HAVE = frozenset("has have had".split())
_MARK_TAGS = frozenset({"SCONJ", "ADP"})


@attrs.frozen
class Parse:
    """Heads (sentence-local index, None when unattached) and relation labels of one sentence."""

    heads: tuple[int | None, ...]
    rels: tuple[str | None, ...]


def parse_sentence(lower: list[str], tags: list[str], lexicon: Mapping[str, str]) -> Parse:
    """Parse one sentence from its lower-cased words, UPOS tags and the word-class lexicon."""
    n = len(tags)
    heads: list[int | None] = [None] * n
    rels: list[str | None] = [None] * n
    groups = noun_groups(lower, tags, heads, rels, lexicon)
    group_of = [-1] * n
    start_of: dict[int, int] = {}
    for lo, hi, head in groups:
        start_of[head] = lo
        group_of[lo:hi] = [head] * (hi - lo)
    state = State(lower, tags, heads, rels, group_of, [-1] * n, start_of)
    at = _positions(tags)
    adpositions = at.get("ADP", [])
    number_modifiers(state)
    participle_modifiers(state, at.get("VERB", []), lexicon)
    according = according_to(state)
    if according:
        adpositions = sorted(adpositions + according)
    _prepositions(state, adpositions)
    if "for" in lower:
        _infinitive_subjects(state)
    coordinated_groups(state, at.get("CCONJ", []))
    appositions(state)
    predicates = _predicates(state, lexicon, at.get("VERB", []), at.get("AUX", []))
    _subjects(state, predicates)
    _participle_subjects(state, predicates)
    _complements(state, predicates)
    objects(state, predicates)
    participle_clauses(state, predicates, lexicon)
    free_clauses(state, predicates)
    _clauses(state, predicates)
    inverted_report(state, predicates)
    _attach_prepositional(state, predicates, adpositions)
    noun_infinitives(state, predicates)
    _break_cycles(heads, rels)
    return Parse(tuple(heads), tuple(rels))


def _positions(tags: list[str]) -> dict[str, list[int]]:
    """Where the adpositions, conjunctions, verbs and auxiliaries of a sentence are (one pass)."""
    at: dict[str, list[int]] = {"ADP": [], "CCONJ": [], "VERB": [], "AUX": []}
    wanted = at.get
    for k, tag in enumerate(tags):
        found = wanted(tag)
        if found is not None:
            found.append(k)
    return at


def _break_cycles(heads: list[int | None], rels: list[str | None]) -> None:
    """Detach any word whose head chain loops back (linear: each word is walked once).

    A walk marks the words it passes with its own number, so a word marked by the current walk
    closes a loop and one marked by an earlier walk ends the walk (its chain is known to end).
    """
    mark = [0] * len(heads)  # 0 new, else the number of the walk that passed the word
    walk = 0
    leaves = _LEAVES
    # nothing depends on a determiner, an auxiliary, ...: it cannot close a loop
    for first, rel in enumerate(rels):
        if rel is None or rel in leaves or heads[first] is None or mark[first]:
            continue
        walk += 1
        k: int | None = first
        while k is not None and not mark[k]:
            mark[k] = walk
            head = heads[k]
            if head is not None and mark[head] == walk:
                heads[k] = rels[k] = None
                break
            k = head


def _prepositions(state: State, adpositions: list[int]) -> None:
    """An adposition followed by a group is that group's ``case``."""
    tags, lower, heads, rels = state.tags, state.lower, state.heads, state.rels
    group_of, start_of, pp, n = state.group_of, state.start_of, state.pp, len(state.tags)
    for k in adpositions:
        if k > 0 and tags[k - 1] == "VERB" and lower[k] in _PARTICLES:
            state.attach(k, k - 1, "compound:prt")  # "picking up the eggs": the eggs are the object
        elif group_of[k] < 0 and heads[k] is None and rels[k] is None:
            start = k + 1
            if start + 1 < n and tags[start] == "ADV":
                start = _amount_start(state, start)  # past "about" in "with about 40 fighters"
            head = group_of[start] if start < n else -1  # the group starting right after it
            if head < 0 or start_of.get(head) != start:
                continue
            if lower[k] in _SUBORDINATORS and _clause_after(state, k, head):
                continue  # "after the company announced": a clause, its subject not a preposition's
            heads[k], rels[k] = head, "case"
            pp[head] = k
            if start > k + 1:
                state.attach(k + 1, start, "advmod")


def _amount_start(state: State, k: int) -> int:
    """Where the group after a preposition starts: ``k``, or past an approximating adverb before
    a number ("for about 10 years", "in nearly 40 countries": the adverb modifies the number)."""
    tags, n = state.tags, len(state.tags)
    if k + 1 < n and tags[k] == "ADV" and state.free(k) and state.lower[k] in _APPROXIMATE:
        after = tags[k + 1]
        if after == "NUM" or (after == "SYM" and k + 2 < n and tags[k + 2] == "NUM"):  # "about £55,000"
            return k + 1
    return k


def _clause_after(state: State, k: int, head: int) -> bool:
    """Whether the group of ``head`` after "after", "before", "as" ... ``k`` is the subject of a
    finite verb right after it (the word is then that verb's ``mark``).
    """
    tags, lower, n = state.tags, state.lower, len(state.tags)
    verb = group_end(state, head)
    if tags[head] not in ("NOUN", "PROPN", "PRON") or verb >= n or tags[verb] not in ("VERB", "AUX"):
        return False  # "after their 0-0 draw": a mistagged noun after a number
    if k > 0 and lower[k - 1] in _AS_PHRASES:
        return False  # "companies such as Google say": a preposition
    if tags[verb] == "VERB":
        if lower[verb].endswith("ing"):
            return False
        participle = lower[verb].endswith(PARTICIPLE_ENDS) or lower[verb].endswith(("ld", "id"))
        if participle and verb + 1 < n and tags[verb + 1] in ("ADP", "ADV"):
            return False  # "after talks held in Geneva": a participle's phrase
        state.attach(k, verb, "mark")
    return True


def _infinitive_subjects(state: State) -> None:
    """``no way for us to get home``: the group after "for" is the subject of the infinitive after it
    ("for" and "to" its ``mark``), not the object of a preposition: a pronoun or a name ("for Iran to
    sign"), or any group after a "for" the tagger reads as a conjunction; not a time ("for some
    time to come" stays a preposition).
    """
    for k in indices(state.lower, "for"):
        head = next_group(state, k + 1)
        if head < 0 or not (state.tags[k] == "SCONJ" or state.tags[head] in _FOR_SUBJECTS):
            continue
        if state.lower[head] in _FOR_TIMES:
            continue  # "for some time to come", "for years to come": a preposition's time
        if state.pp[head] not in (-1, k) or not _infinitive_subject(state, k, head):
            continue
        state.pp[head] = -1


def _infinitive_subject(state: State, k: int, head: int) -> bool:
    to = group_end(state, head)
    if to + 1 >= len(state.tags) or state.lower[to] != "to" or state.tags[to] != "PART":
        return False
    if state.tags[to + 1] != "VERB" or not state.free(to):
        return False
    verb = to + 1
    state.attach(k, verb, "mark")
    state.attach(to, verb, "mark")
    state.attach(head, verb, "nsubj")
    state.subject_of[verb] = head
    return True


def _chain_start(state: State, k: int) -> int:
    """The first word of predicate ``k``'s auxiliaries, negation and adverbs to its left."""
    lo = k
    tags, lower = state.tags, state.lower
    while lo > 0 and k - lo < 6 and (tags[lo - 1] in ("AUX", "ADV") or lower[lo - 1] in _NEGATION):
        lo -= 1
    if lo > 1 and lower[lo - 1] in FLOATING and tags[lo - 2] == "AUX":
        return _chain_start(state, lo - 1)  # "we are all looking": past the quantifier to the subject
    if lo > 1 and tags[k] == "VERB" and tags[lo - 1] == "PART" and lower[lo - 1] == "to":
        if tags[lo - 2] == "AUX" and lower[lo - 2] in BE and not _infinitive_before(state, lo - 2):
            return _chain_start(state, lo - 2)  # "Telewest is to offer": "be to" is the verb's auxiliary
    return lo


def _infinitive_before(state: State, be: int) -> bool:
    """Whether an infinitive stands within eight words before ``be`` ("the way to tackle it is to
    look": its object is not the subject a "be to" predicate would find)."""
    lower, tags = state.lower, state.tags
    window = range(max(0, be - 8), be - 1)
    return any(lower[j] == "to" and tags[j] == "PART" and tags[j + 1] == "VERB" for j in window)


def _clause_start(state: State, p: int) -> int:
    """The first word of predicate ``p`` with its auxiliaries (computed once per predicate)."""
    start = state.chains.get(p)
    if start is None:
        start = state.chains[p] = _chain_start(state, _first_of(state, p))
    return start


def _first_of(state: State, p: int) -> int:
    """The first word of predicate ``p`` itself: its group's start, or its preposition ("is in Gaza")."""
    first = state.start_of.get(p, p) if state.group_of[p] == p else p
    if state.pp[p] >= 0:
        first = state.pp[p]
        while first > 0 and state.tags[first - 1] == "ADP" and state.rels[first - 1] is None:
            first -= 1  # "out of business"
    return first


def _predicates(
    state: State, lexicon: Mapping[str, str], verbs: list[int], auxiliaries: list[int]
) -> list[int]:
    """Verbs and copular predicates, with their auxiliaries, copulas and negation attached."""
    tags, lower = state.tags, state.lower
    found = [k for k in verbs if state.group_of[k] < 0 and state.rels[k] != "case"]  # not "a revised copy"
    n = len(tags)
    for k in auxiliaries:
        after, be = (lower[k + 1], tags[k + 1]) if k + 1 < n else (".", "PUNCT"), lower[k] in BE
        if be and k > 0 and lower[k - 1] in FRONT_WORDS and fronted_predicate(state, k, found):
            continue
        if be and k > 2 and after[1] in AFTER_CLAUSE and exclaimed_predicate(state, k, found):
            continue
        if may_strand(after) and stranded(state, k):
            found.append(k)  # "they didn't.", "as I can": the auxiliary stands for its verb
            continue
        if lower[k] in BE:
            j = k + 1
            while j < n and j - k < 4 and copula_gap(state, j):
                if is_place(state, k, j):  # "he has been away", "I'd be here"
                    break
                j += 1
            if j < n and tags[j] in ("VERB", "AUX"):
                continue
            while j < n and tags[j] == "ADP" and j - k < 5:  # "is in Gaza", "are out of business"
                j += 1
            target = state.group_of[j] if j < n else -1
            if target < 0 and j < n and (tags[j] == "ADJ" or is_place(state, k, j)):
                target = j
            elif target < 0 and particle_predicate(state, k, j):
                target = j - 1  # "the war was over"
            if k == 0 and target >= 0 and inverted_copula(state, target, found):
                continue
            if target >= 0 and state.free(target) and not inverted_auxiliary(state, target):
                state.attach(k, target, "cop")
                found.append(target)
    found.sort()
    heads, rels = state.heads, state.rels
    for p in found:
        passive = False
        first = _first_of(state, p)
        start = state.chains.get(p)
        if start is None:  # what _clause_start computes, from the first word just found
            start = state.chains[p] = _chain_start(state, first)
        for a in range(start, first):
            if heads[a] is not None or rels[a] is not None:  # (a < first <= p: never p itself)
                continue
            if tags[a] == "AUX":
                heads[a], rels[a] = p, "aux"
                passive = lower[a] in BE or lower[a] in ("get", "got", "gets")
            elif lower[a] in _NEGATION or tags[a] == "ADV":
                heads[a], rels[a] = p, "advmod"
            elif lower[a] == "to":
                heads[a], rels[a] = p, "mark"  # "is to offer"
        if passive and tags[p] == "VERB" and _participle(lower[p], lexicon.get(lower[p], "")):
            for a in range(_chain_start(state, p), p):
                if state.rels[a] == "aux" and (lower[a] in BE or lower[a] in ("get", "got", "gets")):
                    if lower[a + 1] == "to":
                        continue  # "is to be decided": "is" stays the auxiliary of "be to"
                    state.rels[a] = "aux:pass"
                    state.passive.add(p)
    return found


def _question_subject(state: State, p: int) -> bool:
    """``Are you enjoying it?``: the pronoun between an auxiliary and the verb is its subject."""
    k = p - 1
    while k > 0 and state.tags[k] == "ADV" and state.group_of[k] < 0:
        k -= 1
    if k < 1 or state.tags[k] != "PRON" or state.tags[k - 1] != "AUX" or not state.free(k):
        return False
    if state.group_of[k] != k or not state.free(k - 1):
        return False
    passive = state.lower[k - 1] in BE and not state.lower[p].endswith("ing")
    state.attach(k - 1, p, "aux:pass" if passive else "aux")
    state.attach(k, p, "nsubj:pass" if passive else "nsubj")
    state.subject_of[p] = k
    if passive:
        state.passive.add(p)
    return True


def _participle(word: str, lexicon_tag: str) -> bool:
    return lexicon_tag in ("VBN", "VBD") or word.endswith(PARTICIPLE_ENDS)


def _subject_left(state: State, p: int) -> int:
    """The nearest free group left of predicate ``p``'s auxiliaries, past prepositional phrases."""
    tags, lower, heads, rels, group_of = state.tags, state.lower, state.heads, state.rels, state.group_of
    appositive = state.appositive
    k = _clause_start(state, p) - 1
    stop = max(-1, p - REACH)
    while k > stop:
        if k in appositive:
            k = appositive[k]
            continue
        word = lower[k]
        if word == ")":  # "the Kurdistan Workers Party (PKK) said": past the brackets
            opening = _opening_bracket(lower, k, stop)
            if opening >= 0:
                k = opening - 1
                continue
        if rels[k] == "cop" or (tags[k] == "ADV" and group_of[k] < 0) or word in QUOTES:
            k -= 1
            continue
        if word in FLOATING and k > 0 and tags[k - 1] == "PRON" and group_of[k] == k:
            state.attach(k, p, "advmod")  # "they all need": the pronoun is the subject
            k -= 1
            continue
        head = group_of[k]
        if head < 0 or head == p:
            return -1
        while heads[head] is not None and _stands_for(state, head):
            head = heads[head]  # type: ignore[assignment]
        if state.pp[head] >= 0:
            k = state.pp[head] - 1
            continue
        if heads[head] is not None or rels[head] is not None:
            return -1
        before = state.start_of.get(head, head) - 1
        if before >= 0 and group_of[before] >= 0 and time_phrase(state, head):
            k = before  # "the hottest item on lists this year is": past the time phrase
            continue
        return head
    return -1


def _stands_for(state: State, head: int) -> bool:
    """Whether group ``head`` stands for the one it hangs on (a conjunct, an apposition, an age)."""
    rel = state.rels[head]
    return rel in ("conj", "appos") or (rel == "amod" and state.tags[head] == "NUM")


def _participle_subjects(state: State, predicates: list[int]) -> None:
    """``the survey cited in the article shows``: a participle's "subject" is the next verb's."""
    tags = state.tags
    for q in predicates:
        if (
            q in state.subject_of
            or state.rels[q] is not None
            or (tags[q] != "VERB" and not _has_aux(state, q))
            or (state.lower[q].endswith("ing") and not _has_aux(state, q))  # "fired on people demanding"
        ):
            continue
        k = _clause_start(state, q) - 1
        stop = max(-1, q - REACH)
        while k > stop:
            head = state.group_of[k]
            if head >= 0 and state.pp[head] >= 0:
                k = state.pp[head] - 1
            elif tags[k] == "ADV" and head < 0:
                k -= 1
            else:
                break
        subject = state.subject_of.get(k, -1) if k > stop else -1
        if subject < 0 or tags[k] != "VERB" or _has_aux(state, k):
            continue
        if not state.lower[k].endswith(PARTICIPLE_ENDS):
            continue
        noun = state.group_of[k - 1]  # "(percent of) those surveyed say": right before the participle
        if k + 1 == q and noun >= 0 and state.lower[q] in _CLAUSE_VERBS and q not in state.passive:
            pass
        elif (
            (subject != k - 1 and not _inside_phrase(state, noun, subject))
            or k + 1 >= q
            or tags[k + 1] not in ("ADP", "ADV")
        ):
            continue
        del state.subject_of[k]
        state.attach(subject, q, "nsubj:pass" if q in state.passive else "nsubj")
        state.subject_of[q] = subject
        state.attach(k, noun if noun >= 0 else subject, "acl")


def _inside_phrase(state: State, noun: int, subject: int) -> bool:
    """Whether ``noun`` ends a prepositional phrase after ``subject`` ("the bodies of people killed")."""
    k = noun + 1
    return (
        noun > subject and state.pp[noun] >= 0 and group_end(state, noun) == k and state.tags[k + 1] == "ADP"
    )


def _opening_bracket(lower: list[str], k: int, stop: int) -> int:
    """The "(" matching the ")" at ``k``, not before ``stop`` (-1 if none)."""
    for j in range(k - 1, stop, -1):
        if lower[j] == "(":
            return j
        if lower[j] == ")":
            return -1
    return -1


def _subjects(state: State, predicates: list[int]) -> None:
    """``nsubj`` (``nsubj:pass`` after a passive auxiliary) of every predicate that has one."""
    tags, lower = state.tags, state.lower
    relative = False  # whether a predicate before has a relative pronoun for its subject
    for p in predicates:
        if p > 1 and tags[p - 1] in ("PRON", "ADV") and _question_subject(state, p):
            continue  # (only a pronoun or an adverb before the verb can make a question)
        if lower[p].endswith("ing") and tags[p] == "VERB" and not _has_aux(state, p):
            continue  # "women wearing ...", "companies making ...": a modifier, not a clause
        subject = _subject_left(state, p)
        antecedent = _past_relative(state, p, subject) if relative else -1
        if antecedent >= 0:
            subject = antecedent  # "drivers who took part in protests were arrested": the drivers
        elif subject >= 0 and _reduced_relative(state, p, subject):
            state.attach(p, subject, "acl")  # "the shares reflected on your statement": not a clause
            continue
        if subject >= 0 and lower[subject] == "there" and tags[p] == "VERB":
            state.attach(subject, p, "expl")  # "there is no delivery": the subject follows
            subject = next_free_group(state, p + 1)
        if subject < 0 and p > 3 and lower[_clause_start(state, p) - 1] in ASIDE_MARKS:
            subject = parenthetical_subject(state, p, _clause_start(state, p) - 1)  # "X, the envoy, said"
        if subject < 0 and p > 0 and tags[p - 1] == "PUNCT" and (lower[p] in SPEECH or may_invert(state, p)):
            subject = next_group(state, p + 1)  # '"...," said Kerry'
            if subject >= 0 and (
                state.pp[subject] >= 0 or not state.free(subject) or opens_clause(state, subject)
            ):
                subject = -1  # '..., said the talks would resume': a clause, not an inversion
        if subject >= 0 and lower[subject] == "it" and extraposed(state, p):
            state.attach(subject, p, "expl")  # "it is easy to get": the clause after is the subject
            continue
        if subject >= 0 and lower[subject] == "it" and lower[p] in _RAISING:
            state.attach(subject, p, "expl")  # "it seems that ...": no one seems
            continue
        if subject >= 0 and _gerund_object(state, p, subject):
            continue
        if subject >= 0:
            state.attach(subject, p, "nsubj:pass" if p in state.passive else "nsubj")
            state.subject_of[p] = subject
            before = state.start_of.get(subject, subject) - 1
            if before >= 0 and tags[before] in _MARK_TAGS:
                _mark_before(state, p, before)
            if lower[subject] in RELATIVE:
                relative = True
                if subject > 1 and lower[subject - 1] == ",":
                    _close_relative(state, p, subject - 1)


def _past_relative(state: State, p: int, subject: int) -> int:
    """The noun a relative clause without commas modifies when that clause ends right before
    predicate ``p`` ("the drivers who took part in protests were arrested", "an earthquake which
    struck Japan killed"): the clause's last group is its verb's, not ``p``'s subject (-1 if none)."""
    lower, tags = state.lower, state.tags
    first = _clause_start(state, p)
    if first > 0 and (tags[first - 1] == "CCONJ" or (lower[first - 1] == "to" and tags[first - 1] == "PART")):
        return -1  # "who want to work", "who played a game and made": p is inside the clause
    if subject >= 0 and (lower[subject] in RELATIVE or lower[subject] in _NOMINATIVE):
        return -1  # "teams who have caused upsets and we will have to": a clause's own subject
    k = (state.start_of.get(subject, subject) if subject >= 0 else first) - 1
    stop, nominal = max(0, p - REACH), subject >= 0
    while k > stop and tags[k] not in ("VERB", "AUX", "SCONJ", "CCONJ") and lower[k] not in _CLAUSE_STOPS:
        nominal = nominal or tags[k] in ("NOUN", "PROPN", "NUM", "PRON")
        k -= 1
    who = state.subject_of.get(k, -1) if k > stop and tags[k] == "VERB" and nominal else -1
    if who < 1 or lower[who] not in RELATIVE or lower[k] in _CLAUSE_VERBS or lower[k] in _CAUSATIVES:
        return -1
    finite = lower[p] in _HAVE or lower[p] in SPEECH or _has_aux(state, p) or _past_with_object(state, p)
    if tags[p] == "VERB" and not finite:
        return -1  # "a system that ensures files play", "offers access to eight deprived communities"
    noun = state.group_of[who - 1]
    if noun < 0 or not state.free(noun) or state.pp[noun] >= 0 or tags[noun] not in ("NOUN", "PROPN", "NUM"):
        return -1
    return noun


def _past_with_object(state: State, p: int) -> bool:
    """Whether verb ``p`` is a past form in -ed with an object after it ("struck Japan killed one
    person"), not a participle modifying a noun ("eight deprived communities")."""
    after = p + 1
    tags = state.tags
    return state.lower[p].endswith("ed") and after < len(tags) and tags[after] in ("DET", "NUM", "PRON")


def _mark_before(state: State, p: int, k: int) -> None:
    """``after nine soldiers were killed``, ``while a third man was held``: a free subordinator ``k``
    right before the subject's group is the ``mark`` of its clause (an ADP only of the marking kind)."""
    if not state.free(k):
        return
    opening = k == 0 or state.tags[k - 1] in ("PUNCT", "CCONJ")  # '"As this soldier was moving'
    if state.tags[k] == "SCONJ" or state.lower[k] in _MARKING or opening:
        state.attach(k, p, "mark")


def _gerund_object(state: State, p: int, subject: int) -> bool:
    """``Acquiring talent gives ...``: the group is the gerund's object, the gerund the subject."""
    gerund = state.start_of.get(subject, subject) - 1
    if gerund < 0 or state.tags[gerund] != "VERB" or not state.lower[gerund].endswith("ing"):
        return False
    if not state.free(gerund) or (gerund > 0 and state.tags[gerund - 1] not in ("PUNCT", "CCONJ", "SCONJ")):
        return False
    if (
        gerund > 1
        and state.lower[gerund - 1] == ","
        and "VERB" in state.tags[max(0, gerund - REACH) : gerund]
    ):
        return False  # "attacked the town, saying it was held": a participle clause, not a subject
    state.attach(subject, gerund, "obj")
    state.attach(gerund, p, "csubj")
    return True


def _close_relative(state: State, p: int, opening: int) -> None:
    """``The minister, who spoke on Monday, said``: the next comma closes the clause (skipped later)."""
    n = len(state.tags)
    for k in range(p + 1, min(n - 1, p + REACH)):
        if state.lower[k] == ",":
            if state.tags[k + 1] in ("VERB", "AUX", "ADV"):  # the main clause's predicate follows
                state.appositive[k] = opening - 1
            return


def _reduced_relative(state: State, p: int, subject: int) -> bool:
    """Whether participle ``p`` modifies the object before it ("had repairs done", "a memoir called X").

    Only a participle with no auxiliary and no object of its own, after a group that directly
    follows a verb which does not take a clause ("said the rebels attacked" stays a clause).
    """
    tags, lower = state.tags, state.lower
    start = state.start_of.get(subject, subject)
    if start == 0 or tags[start - 1] != "VERB" or lower[start - 1] in _CLAUSE_VERBS:
        return False
    if not _right_after(state, subject, p):
        return False
    if tags[p] != "VERB" or not lower[p].endswith(("ed", "en", "wn", "ne", "lt", "pt", "ught")):
        return False
    after = p + 1
    return after >= len(tags) or tags[after] in ("ADP", "PUNCT", "ADV", "SCONJ", "CCONJ", "PART")


def _right_after(state: State, head: int, p: int) -> bool:
    """Whether ``p`` follows the group of ``head`` with only its prepositional phrases between."""
    k = p - 1
    while k > head and state.group_of[k] >= 0 and state.pp[state.group_of[k]] >= 0:
        k = state.pp[state.group_of[k]] - 1
    return k >= 0 and state.group_of[k] == head and group_end(state, head) == k + 1


def _has_aux(state: State, p: int) -> bool:
    start = _clause_start(state, p)
    return start < p and not _AUXILIARY.isdisjoint(state.rels[start:p])


def _complements(state: State, predicates: list[int]) -> None:
    """``agreed to freeze``: ``xcomp`` (``to`` is its ``mark``); ``said (that) X did``: ``ccomp``."""
    tags, lower = state.tags, state.lower
    for p, q in itertools.pairwise(predicates):
        if q - p > REACH or not state.free(q):
            continue
        to = infinitive_to(state, p, q)  # "agreed to freeze", "vowed to quickly end"
        if to > p:
            between = range(p + 1, to + 1)
            if all(tags[k] in ("ADV", "PART") or state.group_of[k] >= 0 for k in between):
                state.attach(to, q, "mark")
                if to - 1 > p and lower[to - 1] in _NEGATION and state.free(to - 1):
                    state.attach(to - 1, q, "advmod")  # "agreed not to enrich"
                label, head = infinitive_label(state, p, between)
                state.attach(q, head, label)
                continue
        subject = state.subject_of.get(q, -1)
        if lower[p] in _CAUSATIVES and subject > p and state.start_of.get(subject, subject) == p + 1:
            if not _has_aux(state, q) and state.tags[q] == "VERB":  # "let me know": me is let's object
                state.attach(subject, p, "obj")
                del state.subject_of[q]
                state.attach(q, p, "xcomp")
                continue
        if q in state.subject_of and tags[p] == "VERB":
            subject = state.subject_of[q]
            after = subject > q  # "said there was": the clause may open with "there"
            subject_start = _clause_opening(state, p, q) if after else state.start_of.get(subject, subject)
            if not after and subject_start == p + 1 < subject and lower[p] in REPORTING:
                split_opening(state, p, subject)  # "told reporters troops had": the hearer apart
                subject_start = state.start_of[subject]
            gap = range(p + 1, subject_start)
            if subject_start > p and _MARKS.issuperset(tags[p + 1 : subject_start]):
                for k in gap:
                    if tags[k] == "SCONJ":
                        state.attach(k, q, "mark")
                state.attach(q, p, complement_label(lower, tags, gap))
            elif subject_start > p + 1 and _that_after_phrase(state, p, subject_start - 1):
                state.attach(subject_start - 1, q, "mark")  # "told the court that he ...",
                state.attach(q, p, "ccomp")  # "said on Monday that ...": what was said
            elif lower[p] in REPORTING:  # "said on Wednesday he had clinched", "told reporters the talks had"
                reported_clause(state, (p, q), subject, subject_start, _has_aux(state, q))


def _clause_opening(state: State, p: int, q: int) -> int:
    """The first word of predicate ``q``'s subject, or its "there" when the subject follows it and
    ``p`` takes a clause ("said there was evidence"; not "worsen if there is", "sold there will")."""
    subject = state.subject_of[q]
    if subject > q and (state.lower[p] in _CLAUSE_VERBS or state.lower[p] in REPORTING):
        k = _clause_start(state, q) - 1
        if k > p and state.rels[k] == "expl" and state.heads[k] == q:
            if ADVERBIAL.isdisjoint(state.lower[p + 1 : k]):
                return k
    return state.start_of.get(subject, subject)


def _that_after_phrase(state: State, p: int, that: int) -> bool:
    """Whether ``that`` is a "that" (SCONJ) after verb of saying ``p`` with only noun groups,
    prepositions and adverbs between them (the hearer or an oblique: "told the court that")."""
    if state.lower[that] != "that" or state.tags[that] != "SCONJ" or state.lower[p] not in SPEECH:
        return False  # ("have confidence that", "create the framework so that": no report)
    tags, group_of = state.tags, state.group_of
    between = range(p + 1, that)
    return all(tags[k] in ("ADP", "ADV") or (group_of[k] >= 0 and tags[k] != "VERB") for k in between)


def _clauses(state: State, predicates: list[int]) -> None:
    """Relative clauses (``acl:relcl``), coordinated predicates (``conj``) and the ``root``."""
    tags, lower, heads, rels, subject_of = state.tags, state.lower, state.heads, state.rels, state.subject_of
    previous = -1
    root = -1
    for p in predicates:
        subject = subject_of.get(p, -1)
        if heads[p] is not None or rels[p] is not None:
            previous = p  # attached already: neither a relative clause, a conjunct nor the root
            continue
        if subject > 0 and lower[subject] in RELATIVE:
            noun = state.group_of[subject - 1]
            if noun < 0 and subject > 1 and tags[subject - 1] == "PUNCT":
                noun = state.group_of[subject - 2]
            named = state.heads[noun] if noun >= 0 and tags[noun] == "NUM" else None
            if named is not None and state.rels[noun] == "amod":
                noun = named  # "Nina Chahine, 19, who": the clause is of the name
            if noun >= 0:
                state.attach(p, noun, "acl:relcl")
        if previous >= 0 and subject < 0 and heads[p] is None and rels[p] is None:
            start = _chain_start(state, p)
            if start > 0 and tags[start - 1] == "CCONJ":
                state.attach(p, previous, "conj")
                state.attach(start - 1, p, "cc")
        if root < 0 and heads[p] is None and rels[p] is None:
            rels[p] = "root"
            root = p
        previous = p


def _attach_prepositional(state: State, predicates: list[int], adpositions: list[int]) -> None:
    """A prepositional group modifies the noun just before it (``nmod``), else a predicate (``obl``).

    After a verb's object or oblique, prepositions of place, time and direction ("on", "to", "at")
    and time words ("on Monday") go to the verb (counts on UD EWT dev).
    """
    lower, heads, rels, pp, group_of = state.lower, state.heads, state.rels, state.pp, state.group_of
    for case in adpositions:
        head = heads[case] if rels[case] == "case" else None
        if head is None or pp[head] != case or heads[head] is not None or rels[head] is not None:
            continue
        before = case - 1
        word = lower[case]
        if word in ("including", "excluding") and before > 0 and lower[before] == ",":
            before -= 1  # "12 people, including three children": the children are of the people
        noun = group_of[before] if before >= 0 else -1
        verbal = word in _VERBAL_PREPOSITIONS or lower[head] in TIME_WORDS
        if noun >= 0 and verbal and rels[noun] in ("obj", "obl") and heads[noun] is not None:
            state.attach(head, heads[noun], "obl")
            continue
        if noun >= 0 and rels[noun] == "iobj" and lower[head] in TIME_WORDS and heads[noun] is not None:
            state.attach(head, heads[noun], "obl")  # "told MPs on Monday": the telling's time
            continue
        if noun >= 0 and word != "of" and heads[noun] is not None and verb_time(state, noun):
            state.attach(head, heads[noun], "obl")  # "died today in an attempt": not the time's
            continue
        if noun >= 0 and (word == "of" or state.tags[noun] != "PRON"):
            state.attach(head, noun, "nmod")
            continue
        target = nearest_predicate(predicates, case)
        if target >= 0:
            state.attach(head, target, "obl")
