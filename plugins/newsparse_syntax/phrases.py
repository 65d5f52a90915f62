"""Phrases found before predicates: number modifiers, "according to", coordination and the
stretches between commas (appositions, parenthetical phrases) that subject searches skip.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.sentence_state import (
    PARTICIPLE_ENDS,
    QUOTES,
    REACH,
    State,
    group_end,
    indices,
    next_group,
)

__all__ = ["according_to", "appositions", "coordinated_groups", "number_modifiers", "participle_modifiers"]

_NUMBER_MODIFIERS = {
    "at": ("least", "most"),
    "more": ("than",),
    "less": ("than",),
    "fewer": ("than",),
    "up": ("to",),
}
_PREPOSITION_VERBS = frozenset("including regarding concerning excluding".split())
_CLAUSE_OPENERS = frozenset({",", ";", ":", "and", "but", "so", '"', "“"})  # a subject may follow
_SUBJECT_PRONOUNS = frozenset("i we they he she you it".split())


def number_modifiers(state: State) -> None:
    """``at least 62 people``, ``more than 60``: the pair modifies the number (not a preposition)."""
    lower, tags = state.lower, state.tags
    if _NUMBER_MODIFIERS.keys().isdisjoint(lower):
        return
    for k in range(len(tags) - 2):
        if tags[k + 2] != "NUM" or lower[k + 1] not in _NUMBER_MODIFIERS.get(lower[k], ()):
            continue
        state.attach(k, k + 2, "advmod")
        state.attach(k + 1, k, "fixed")
        for j in (k, k + 1):  # out of any noun group they were read into
            head = state.group_of[j]
            if head == j:
                del state.start_of[j]
            elif head >= 0 and state.start_of.get(head) == j:
                state.start_of[head] = j + 1
            state.group_of[j] = -1


def participle_modifiers(state: State, verbs: list[int], lexicon: Mapping[str, str]) -> None:
    """``see attached file``, ``reported increased sales``, ``of escalated violence``: a past participle
    right after a verb or a preposition and before a noun group modifies the noun (``amod``, joining
    its group), which is the verb's object or the preposition's noun.
    """
    tags, lower = state.tags, state.lower
    for k in verbs:
        if k == 0 or tags[k - 1] not in ("VERB", "ADP") or state.group_of[k] >= 0:
            continue
        if state.group_of[k - 1] >= 0:
            continue
        if not lower[k].endswith("ed") and lexicon.get(lower[k]) != "VBN":
            continue
        head = next_group(state, k + 1)
        if head < 0 or tags[head] not in ("NOUN", "PROPN") or tags[k + 1] == "DET" or not state.free(k):
            continue  # "giving United the chance", "given the low value": not a modifier
        state.attach(k, head, "amod")
        state.group_of[k] = head
        state.start_of[head] = k


def according_to(state: State) -> list[int]:
    """``according to the army``, ``including three children``: a preposition, not a verb and its object.

    The word becomes the ``case`` of the group after it ("according" + ``fixed`` "to"); returns where
    such prepositions are.
    """
    found: list[int] = []
    lower, n = state.lower, len(state.tags)
    if "according" in lower:
        for k in indices(lower, "according"):
            head = next_group(state, k + 2) if k + 2 < n and lower[k + 1] == "to" else -1
            if head >= 0:
                state.attach(k + 1, k, "fixed")
                _as_preposition(state, k, head, found)
    if not _PREPOSITION_VERBS.isdisjoint(lower):
        for k, word in enumerate(lower):
            if word in _PREPOSITION_VERBS and state.tags[k] == "VERB" and k + 1 < n:
                head = next_group(state, k + 1)
                if head >= 0:
                    _as_preposition(state, k, head, found)
    return sorted(found)


def _as_preposition(state: State, k: int, head: int, found: list[int]) -> None:
    state.attach(k, head, "case")
    state.pp[head] = k
    found.append(k)


def coordinated_groups(state: State, conjunctions: list[int]) -> None:
    """``A and B``: B is ``conj`` of A, ``and`` its ``cc`` (B keeps A's role)."""
    tags = state.tags
    for k in conjunctions:
        if k == 0:
            continue
        left = state.group_of[k - 1]
        right = next_group(state, k + 1)
        if left >= 0 and right >= 0 and _coordinated_adjectives(state, k, left, right):
            continue
        if left >= 0 and right >= 0 and state.free(right) and (state.pp[right] < 0 or state.pp[left] >= 0):
            pronoun = (tags[left] == "PRON") != (tags[right] == "PRON")
            pronoun = pronoun or state.lower[right] in _SUBJECT_PRONOUNS
            if pronoun and not _opening_subjects(state, left, right):
                continue  # "... in Fiji and I cannot wait": a new clause, not a conjunct
            after = group_end(state, right)
            if after < len(tags) and tags[after] in ("AUX", "VERB") and state.pp[right] < 0:
                before = state.start_of.get(left, left) - 1
                if (
                    (state.pp[left] >= 0 and not _of_opening_noun(state, left))
                    or tags[left] == "ADJ"
                    or (before >= 0 and tags[before] in ("AUX", "VERB"))
                ):
                    continue  # "the food was excellent and the service was terrific": two clauses
            first = _list_start(state, left)
            for member in (left, right):
                if member != first:
                    state.attach(member, first, "conj")
            state.attach(k, right, "cc")
            state.pp[right] = -1


def _of_opening_noun(state: State, head: int) -> bool:
    """``the fate of Iraq and Palestine is``: the prepositional group ``head`` modifies the noun that
    opens the clause, so a group coordinated with it is part of the subject, not a new clause.
    """
    case = state.pp[head]
    noun = state.group_of[case - 1] if case > 0 else -1
    if noun < 0 or state.pp[noun] >= 0 or state.tags[noun] not in ("NOUN", "PROPN"):
        return False
    before = state.start_of.get(noun, noun) - 1
    return before < 0 or state.tags[before] == "SCONJ" or state.lower[before] in _CLAUSE_OPENERS


def _opening_subjects(state: State, left: int, right: int) -> bool:
    """``Laura and I are``, ``so she and her friends are``: two groups opening a clause before its
    verb are one subject.
    """
    after = group_end(state, right)
    before = state.start_of.get(left, left) - 1
    return (
        (before < 0 or state.tags[before] == "SCONJ" or state.lower[before] in _CLAUSE_OPENERS)
        and state.pp[left] < 0
        and after < len(state.tags)
        and state.tags[after] in ("AUX", "VERB")
    )


def _coordinated_adjectives(state: State, k: int, left: int, right: int) -> bool:
    """``privileged or confidential information``: the lone adjectives before ``k`` modify the noun."""
    tags = state.tags
    start = state.start_of.get(right, right)
    if tags[left] != "ADJ" or state.start_of.get(left, left) != left or not state.free(left):
        return False
    if tags[start] != "ADJ" or tags[right] not in ("NOUN", "PROPN") or state.pp[left] >= 0:
        return False
    state.attach(left, right, "amod")
    state.attach(k, start, "cc")
    first = left
    while first > 1 and state.lower[first - 1] == "," and tags[first - 2] == "ADJ" and state.free(first - 2):
        first -= 2
        state.attach(first, right, "amod")  # "affectionate, satisfying and harmonious relationships"
    for j in range(first, start):  # one group from the first adjective on
        if state.start_of.get(j) == j:
            del state.start_of[j]
        elif state.free(j) and state.lower[j] == ",":
            state.attach(j, right, "punct")
        state.group_of[j] = right
    state.start_of[right] = first
    return True


# words opening a stretch between commas that names some of the group before it
_SELECTING = frozenset(
    "including excluding mainly mostly chiefly largely primarily especially notably".split()
)


def appositions(state: State) -> None:
    """``Kerry, the U.S. secretary of state, said``: the second group is ``appos`` of the first.

    Only a common-noun group (or one opening with a determiner), with its prepositional phrases,
    between commas and followed by a verb, an adverb or the sentence's end (not a list).
    """
    tags, lower, n = state.tags, state.lower, len(state.tags)
    group_of, start_of = state.group_of, state.start_of
    for k in indices(lower, ","):
        if k == 0 or k == n - 1:
            continue
        first = group_of[k - 1]
        if first < 0:
            continue  # nothing below applies without a group before the comma
        second = group_of[k + 1]
        if second >= 0 and start_of.get(second) != k + 1:
            second = -1  # only a group starting right after the comma
        if tags[first] == "PROPN" and _age(state, k, first):
            continue
        if second < 0 and tags[k + 1] == "ADP":
            _parenthetical_phrase(state, k)  # "John Ison, from the group Fathers 4 Justice, said"
            continue
        if lower[k + 1] in _SELECTING:
            _selection(state, k)  # "six million people, mainly Jews, perished"
            continue
        if tags[k + 1] == "VERB" and lower[k + 1].endswith(PARTICIPLE_ENDS):
            _parenthetical_participle(state, k, first)  # "The deal, signed in Doha, calls for"
            continue
        if second < 0 or tags[first] not in ("PROPN", "NOUN"):
            continue
        if not state.free(second) or state.pp[second] >= 0:
            continue
        named = tags[second] == "PROPN" and tags[first] == "NOUN"  # "his lawyer, Walter Phillips, said"
        names = tags[second] == tags[first] == "PROPN"  # "The Lord Chancellor, Lord Falconer, agreed"
        counted = tags[second] == "NUM" and second + 1 < n and lower[second + 1] == "of"  # "one of the"
        if (
            tags[second] != "NOUN"
            and tags[state.start_of.get(second, second)] != "DET"
            and not (named or names or counted)
        ):
            continue
        end = group_end(state, second)
        while end + 1 < n and tags[end] in ("ADP", "CCONJ") and next_group(state, end + 1) >= 0:
            following = next_group(state, end + 1)  # "of state", "and financier"
            if tags[end] == "ADP" and state.pp[following] != end:
                break
            end = group_end(state, following)
        closing = end < n and lower[end] == ","
        if closing and end + 1 < n and not _opens_clause(state, end + 1):
            continue
        if not closing and (end < n - 1 or names):
            continue  # neither a closing comma nor the sentence's last mark
        state.attach(second, first, "appos")
        if closing:
            state.appositive[end] = k - 1


def _opens_clause(state: State, k: int) -> bool:
    """Whether word ``k``, after an apposition's closing comma, opens the clause: a verb, an auxiliary,
    an adverb, or an adjective in "-ed" opening its subject ("in Choloma, Cortes, armed men attacked")."""
    tag = state.tags[k]
    return tag in ("VERB", "AUX", "ADV") or (tag == "ADJ" and state.lower[k].endswith("ed"))


def _age(state: State, k: int, name: int) -> bool:
    """``Nina Chahine, 19, said``: a lone number between commas after a name is its ``amod``."""
    n = len(state.tags)
    if state.tags[name] != "PROPN" or k + 3 >= n or state.lower[k + 2] != ",":
        return False
    if state.tags[k + 1] != "NUM" or next_group(state, k + 1) != k + 1 or not state.free(k + 1):
        return False
    state.attach(k + 1, name, "amod")
    state.appositive[k + 2] = k - 1
    return True


def _selection(state: State, k: int) -> None:
    """``six of its officials, including its chairman and his deputy, were held``, ``people, mainly
    Jews, perished``: a stretch between commas that names some of the group before it, before the
    verb, is skipped by subject searches (no verb inside it)."""
    n = len(state.tags)
    for end in range(k + 2, min(n - 1, k + REACH)):
        if state.tags[end] in ("VERB", "AUX") or state.lower[end] in QUOTES:
            return
        if state.lower[end] == ",":
            if end > k + 2 and state.tags[end + 1] in ("VERB", "AUX", "ADV"):
                state.appositive[end] = k - 1
            return


def _parenthetical_phrase(state: State, k: int) -> None:
    """A prepositional phrase between commas after a group, before a verb: skipped by subject searches."""
    n = len(state.tags)
    end = k + 1
    while end + 1 < n and state.tags[end] == "ADP":
        following = next_group(state, end + 1)
        if following < 0 or state.pp[following] != end:
            return
        end = group_end(state, following)
    if end > k + 1 and end + 1 < n and state.lower[end] == "," and state.tags[end + 1] in ("VERB", "AUX"):
        state.appositive[end] = k - 1


def _parenthetical_participle(state: State, k: int, noun: int) -> None:
    """A participle's phrase between commas after a noun, before the verb: it modifies the noun."""
    n = len(state.tags)
    for end in range(k + 2, min(n - 1, k + REACH)):
        if state.tags[end] in ("VERB", "AUX") or state.lower[end] in QUOTES:
            return
        if state.lower[end] == ",":
            if state.tags[end + 1] in ("VERB", "AUX", "ADV"):
                state.attach(k + 1, noun, "acl")
                state.appositive[end] = k - 1
            return


def _list_start(state: State, last: int) -> int:
    """The first of a comma list of free groups ending with ``last`` ("Russia, Turkey, Iran and ...").

    The groups between are attached to it as ``conj``.
    """
    members = [last]
    k = state.start_of.get(last, last) - 1
    while k > 0 and state.lower[k] == "," and len(members) < REACH:
        head = state.group_of[k - 1]
        if head < 0 or not state.free(head) or state.pp[head] >= 0 or state.tags[head] == "PRON":
            break
        if state.tags[head] != state.tags[last] and "NOUN" in (state.tags[head], state.tags[last]):
            break  # "In Syria, fighters and ...": not one list
        members.append(head)
        k = state.start_of.get(head, head) - 1
    if len(members) == 1 or state.tags[last] == "PRON":
        return last
    first = members[-1]
    for member in members[1:-1]:
        state.attach(member, first, "conj")
    return first
