"""Objects of verbs: ``obj`` and ``iobj`` (the first free groups to a verb's right), naming and
becoming complements, bare time phrases (``obl:unmarked``) and fronted question objects.
"""

from __future__ import annotations

import bisect

from newsparse_syntax.sentence_state import REACH, RELATIVE, State, group_end, next_group

__all__ = ["TIME_WORDS", "nearest_predicate", "next_free_group", "objects", "time_phrase", "verb_time"]

_DITRANSITIVE = frozenset(
    "give gives gave given giving send sends sent offer offers offered show shows showed shown tell tells "
    "told ask asks asked grant granted pay pays paid owe owes owed lend lent bring brought buy bought teach "
    "taught hand handed award awarded deny denied cost costs charge charged promise promised get got "
    "wish wished make made call called".split()
)
# of the verbs above, those whose two following nouns are nearly always recipient and thing given
_GIVING = frozenset(
    "give gives gave given giving send sends sent offer offers offered grant granted owe owes owed lend lent "
    "hand handed award awarded".split()
)
_RECIPIENT_VERBS = frozenset(
    "tell tells told telling ask asks asked asking inform informs informed notify notified remind reminded "
    "warn warns warned assure assured assures".split()
)
_DEICTIC_TIMES = frozenset("today yesterday tomorrow tonight".split())
_NAMING = frozenset("named called dubbed titled entitled nicknamed".split())
_BECOMING = frozenset("become becomes became becoming remain remains remained remaining".split())
_QUANTITIES = frozenset("most more enough much less least same".split())  # "took most of Fallujah"
_WH_OBJECTS = frozenset({"what", "whom", "who", "which"})
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december morning evening night week weekend month year day "
    "today yesterday tomorrow tonight spring summer autumn winter".split()
)


def next_free_group(state: State, k: int) -> int:
    """The first free group starting at ``k``, past adverbs (-1 if something else comes first)."""
    n = len(state.tags)
    while k < n and state.tags[k] == "ADV" and state.group_of[k] < 0:
        k += 1
    head = next_group(state, k)
    return head if head >= 0 and state.free(head) and state.pp[head] < 0 else -1


def objects(state: State, predicates: list[int]) -> None:
    """``obj`` (and ``iobj`` before it) of verbs: the first free groups to their right."""
    tags, n = state.tags, len(state.tags)
    heads, rels, group_of, start_of, pp = state.heads, state.rels, state.group_of, state.start_of, state.pp
    for p in predicates:
        if tags[p] != "VERB":
            continue
        naming = state.lower[p] in _NAMING and (
            p in state.passive or (p not in state.subject_of and tags[p - 1] in ("NOUN", "PROPN"))
        )
        if naming or state.lower[p] in _BECOMING:  # "was named envoy", "a cat named Star", "became chief"
            complement = next_free_group(state, p + 1)
            if complement >= 0:
                state.attach(complement, p, "xcomp")
            continue
        if p in state.passive:
            if state.lower[p] in _DITRANSITIVE:  # "I was given a charge": the thing given
                theme = next_free_group(state, p + 1)
                if theme >= 0 and tags[theme] != "ADJ":
                    state.attach(theme, p, "obj")
            continue
        k = p + 1
        found: list[int] = []
        while k < n and k - p < REACH and len(found) < 2:
            tag, group = tags[k], group_of[k]
            if (
                tag == "ADV"
                or (group < 0 and rels[k] in ("advmod", "fixed"))  # "at least 62"
                or (heads[k] == p and rels[k] == "compound:prt")  # "make up the evidence"
                or (tag == "ADP" and group < 0 and state.free(k) and next_group(state, k + 1) < 0)
            ):
                if tag == "ADP" and state.free(k):
                    state.attach(k, p, "compound:prt")
                k += 1
                continue
            head = group if group >= 0 and start_of.get(group) == k else -1  # the group starting at k
            if head < 0 or pp[head] >= 0 or heads[head] is not None or rels[head] is not None:
                break
            k = group_end(state, head)
            if time_phrase(state, head):
                state.attach(head, p, "obl:unmarked")  # "announced last week", "said Tuesday"
                continue
            if k < n and state.lower[k] == "ago":
                break  # "told us a year ago": a time, not a second object
            found.append(head)
        if (
            len(found) == 2
            and state.lower[p] in _DITRANSITIVE
            and (tags[found[0]] == "PRON" or (state.lower[p] in _GIVING and tags[found[1]] != "PRON"))
        ):
            state.attach(found[0], p, "iobj")
            state.attach(found[1], p, "obj")
        elif found and tags[found[0]] == "ADJ" and not _quantity(state, found[0]):
            state.attach(found[0], p, "xcomp")  # "make sure", "get rid": a predicate, not an object
        elif found:
            recipient = state.lower[p] in _RECIPIENT_VERBS  # "told reporters", "asked me to go"
            state.attach(found[0], p, "iobj" if recipient else "obj")
        else:
            _fronted_object(state, p)


def _quantity(state: State, head: int) -> bool:
    """Whether the adjective ``head`` stands for an amount ("took most of it", "do more"), not a
    state ("make sure"); not in "how much" or "much-anticipated".
    """
    if state.lower[head] not in _QUANTITIES or state.lower[state.start_of.get(head, head) - 1] == "how":
        return False
    return head + 1 >= len(state.tags) or state.lower[head + 1] != "-"


def time_phrase(state: State, head: int) -> bool:
    """Whether the group of ``head`` is a bare time expression ("today", "last week", "Tuesday")."""
    word = state.lower[head]
    if word not in TIME_WORDS:
        return False
    start = state.start_of.get(head, head)
    if start == head:
        return word in _DEICTIC_TIMES or (state.tags[head] == "PROPN" and word.endswith("day"))
    return state.lower[start] in ("this", "last", "next", "every", "each", "that", "earlier", "later")


def _fronted_object(state: State, p: int) -> None:
    """``what did you eat``: a question word before the auxiliary and the subject is the object."""
    subject = state.subject_of.get(p, -1)
    if subject < 0:
        return
    k = state.start_of.get(subject, subject) - 1
    auxiliaries = 0
    while k >= 0 and state.tags[k] == "AUX":
        k -= 1
        auxiliaries += 1
    wh = _wh_group(state, k)
    if auxiliaries and wh >= 0 and state.free(wh):
        state.attach(wh, p, "obj")  # "what foods do you eat", "which one should I get"
    elif not auxiliaries and wh >= 0 and state.rels[wh] == "obj" and state.lower[k] != "which":
        outer = state.heads[wh]  # "know what I can do": what is done, the clause is known
        state.attach(wh, p, "obj")
        if outer is not None and state.free(p):
            state.attach(p, outer, "ccomp")
    elif (
        not auxiliaries
        and k > 0
        and state.lower[k] in RELATIVE
        and state.tags[k] == "PRON"
        and state.free(k)
        and state.group_of[k - 1] >= 0
    ):
        state.attach(k, p, "obj")  # "the fees that they charge": the noun is what they charge
        if state.free(p):
            state.attach(p, state.group_of[k - 1], "acl:relcl")


def _wh_group(state: State, k: int) -> int:
    """The head of the group ending at ``k`` when it opens with a question word ("what", "what time")."""
    head = state.group_of[k] if k >= 0 else -1
    if head < 0 or group_end(state, head) != k + 1:
        return -1
    return head if state.lower[state.start_of.get(head, head)] in _WH_OBJECTS else -1


def verb_time(state: State, noun: int) -> bool:
    """Whether group ``noun`` is a verb's time ("today", "in 1984", "on Tuesday"): a phrase after it
    is the verb's too ("reached a deal in 1984 with its creditors"), not the time's modifier."""
    rel = state.rels[noun]
    if rel == "obl:unmarked":
        return True
    if rel != "obl":
        return False
    word = state.lower[noun]
    return word in TIME_WORDS or (len(word) == 4 and word[:2] in ("19", "20") and word.isdigit())


def nearest_predicate(predicates: list[int], k: int) -> int:
    """The predicate before ``k`` (or the first after it), -1 if none within reach."""
    at = bisect.bisect_left(predicates, k)
    if at > 0 and k - predicates[at - 1] <= REACH:
        return predicates[at - 1]
    if at < len(predicates) and predicates[at] - k <= REACH:
        return predicates[at]
    return -1
