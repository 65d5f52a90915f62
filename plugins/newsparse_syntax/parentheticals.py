"""Subjects across a parenthetical: ``Kerry, the envoy who met them in Geneva, said``,
``Governor Chris Christie – a Dallas Cowboys fan – gave``.

When a predicate has no subject and its clause opens right after a comma or a dash, the stretch
back to the matching comma or dash is an apposition or an aside; the noun group before it, when
it opens a clause, is the predicate's subject.
"""

from __future__ import annotations

from newsparse_syntax.sentence_state import QUOTES, REACH, State, group_end, next_group

__all__ = ["ASIDE_MARKS", "may_invert", "parenthetical_subject"]

_DASHES = frozenset({"-", "–", "—", "--"})
ASIDE_MARKS = _DASHES | {","}  # what may close an aside before its predicate
_STOPS = QUOTES | {";", ":", "(", ")"}
_NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
# what may stand before a subject that opens its clause
_OPENERS = frozenset({",", "(", "[", "–", "—", "--"}) | QUOTES
_OPENING_TAGS = frozenset({"CCONJ", "SCONJ"})
# verbs of saying whose subject may follow them ("..., says the minister.")
_INVERTING = frozenset("said says added adds asked asks wrote writes noted notes explained continued".split())
# verbs of reporting whose subject follows them after a quotation ('"...," concluded the report',
# '"...," agrees Michelle Stevens') or at the sentence's end ("..., reported the Washington Examiner.")
_REPORTING = frozenset(
    "reported reports concluded concludes agreed agrees recalled recalls continued continues replied "
    "replies responded responds argued argues observed observes remarked remarks countered counters "
    "acknowledged acknowledges admitted admits quipped quips tweeted tweets joked jokes recounted "
    "recounts predicted predicts complained complains conceded concedes cautioned cautions "
    "emphasized emphasised emphasizes emphasises suggested suggests commented comments stressed "
    "stresses".split()
)
_QUOTATION_ENDS = frozenset({",", ".", "?", "!"})  # before a closing quotation mark
_NOT_ASIDE = frozenset({"CCONJ", "AUX"})
_CLIMB = frozenset({"conj", "appos", "flat", "nmod", "compound"})  # from a group to the one it hangs on


def parenthetical_subject(state: State, p: int, k: int) -> int:
    """The subject of predicate ``p`` past the aside that ends with the comma or dash at ``k``
    (right before ``p`` and its auxiliaries), or -1: the aside opens with the same mark."""
    lower, tags = state.lower, state.tags
    mark = lower[k]
    if state.rels[p] is not None or mark not in ASIDE_MARKS or not _free_mark(state, k):
        return -1
    if lower[_chain_first(state, p)].endswith("ing"):
        return -1  # (no subject for "having been charged")
    if p + 1 < len(lower) and lower[p + 1] in _DASHES:
        return -1  # "by slow, dial-up connection": a compound, not a predicate
    if lower[p] in _INVERTING and _ends_sentence(state, next_group(state, p + 1)):
        return -1  # "..., says Baroness Susan Greenfield.": an inverted subject
    dash = mark in _DASHES
    stop = max(0, k - REACH)
    j = k - 1
    while j > stop:
        word = lower[j]
        if (word in _DASHES if dash else word == ",") and _free_mark(state, j):
            break
        if word in _STOPS or (dash and word == "."):
            return -1
        j -= 1
    if j <= stop or j >= k - (2 if dash else 1) or tags[j + 1] in _NOT_ASIDE or tags[j - 1] == "PUNCT":
        return -1  # (an aside opens with neither a conjunction nor an auxiliary: "X, is in prison")
    head = _group_before(state, j - 1, stop)
    if head < 0 or tags[head] not in _NOMINAL or not state.free(head) or state.pp[head] >= 0:
        return -1
    start = state.start_of.get(head, head)
    if start > 0 and lower[start - 1] not in _OPENERS and tags[start - 1] not in _OPENING_TAGS:
        return -1
    if start > 0 and lower[start - 1] == "," and (tags[head] == "NUM" or "CCONJ" in tags[j + 1 : k]):
        return -1  # "West, 26, began", "carmakers, including Hyundai, Toyota and Ford, have": not the subject
    return head


def may_invert(state: State, p: int) -> bool:
    """Whether reporting verb ``p`` (not one of the parser's verbs of saying) may have its subject
    after it: right after a quotation, or with the group after it ending the sentence."""
    if state.lower[p] not in _REPORTING:
        return False
    if p > 1 and state.lower[p - 1] in QUOTES and state.lower[p - 2] in _QUOTATION_ENDS:
        return True
    head = next_group(state, p + 1)
    return _ends_sentence(state, head) and (head > p + 1 or state.tags[head] in ("PROPN", "PRON"))


def _group_before(state: State, k: int, stop: int) -> int:
    """The group ending at ``k``, past the prepositional phrases that follow it ("Cruz of Texas")."""
    while k >= stop:
        head = state.group_of[k]
        if head < 0:
            return -1
        while state.heads[head] is not None and state.rels[head] in _CLIMB:
            head = state.heads[head]  # type: ignore[assignment]
        if state.pp[head] < 0:
            return head
        k = state.pp[head] - 1
    return -1


def _chain_first(state: State, p: int) -> int:
    """The first word of predicate ``p``'s auxiliaries ("having" of "having been charged")."""
    k = p
    while k > 0 and state.heads[k - 1] == p and state.rels[k - 1] in ("aux", "aux:pass", "advmod"):
        k -= 1
    return k


def _ends_sentence(state: State, head: int) -> bool:
    """Whether the group of ``head`` (-1: none) ends the sentence, but for its last mark."""
    if head < 0:
        return False
    end = group_end(state, head)
    return end >= len(state.tags) - 1 and (end == len(state.tags) or state.tags[end] == "PUNCT")


def _free_mark(state: State, k: int) -> bool:
    """Whether the mark at ``k`` is free punctuation, not inside a group ("T-Shirt", "R-Tenn")."""
    group = state.group_of
    inside = k > 0 and k + 1 < len(group) and group[k - 1] >= 0 and group[k - 1] == group[k + 1]
    return state.rels[k] is None and not inside
