"""Copular readings of a sentence's auxiliaries: fronted ("What is the code?"), exclaimed ("how
friendly the staff is"), inverted ("Is it available?") and stranded ("but they didn't") copulas and
auxiliaries, place predicates ("they were there"), and the clause tests they share.
"""

from __future__ import annotations

from newsparse_syntax.sentence_state import PARTICIPLE_ENDS, QUOTES, State, group_end, next_group

__all__ = [
    "AFTER_CLAUSE",
    "BE",
    "FLOATING",
    "FRONTED",
    "FRONT_WORDS",
    "copula_gap",
    "exclaimed_predicate",
    "extraposed",
    "fronted_predicate",
    "inverted_auxiliary",
    "inverted_copula",
    "is_place",
    "may_strand",
    "opens_clause",
    "particle_predicate",
    "stranded",
]

BE = frozenset("be is are was were been being am 's 're 'm ’s ’re ’m".split())
FRONTED = frozenset({"what", "who", "here", "how"})  # predicates before their copula and subject
_COPULA_GAP = frozenset({"being", "been"}) | QUOTES  # 'was "criminal"', "has been"
_CLAUSE_ENDS = frozenset(". , ; ? ! ) ... -- –".split())  # after an auxiliary that ends its clause
_JOINING = frozenset({"and", "or", "but"})
FLOATING = frozenset({"all", "both"})  # quantifiers after a subject pronoun
_ENCLOSED = frozenset({"attached", "enclosed"})  # "Attached is the draft"
FRONT_WORDS = FRONTED | _ENCLOSED
AFTER_CLAUSE = frozenset({"PUNCT", "CCONJ", "SCONJ", "ADP"})  # what may follow a clause-final copula
# particles that end a clause as the predicate of "be" ("the war was over", "the deal is off")
_PREDICATE_PARTICLES = frozenset("over up down off out through".split())
_PLACE_ADVERBS = frozenset(
    "away here there back home abroad together alone ahead behind outside inside overseas nearby".split()
)


def is_place(state: State, k: int, j: int) -> bool:
    """Whether word ``j`` after the copula ``k`` is a place predicate ("they were there", "is away");
    "there" only after a subject, never in "are there any", "what hope is there".
    """
    if state.lower[j] not in _PLACE_ADVERBS:
        return False
    if state.lower[j] != "there":
        return True
    i = k - 1
    while i > 0 and state.tags[i] in ("AUX", "ADV", "PART"):
        i -= 1
    head = state.group_of[i] if i >= 0 else -1
    if head < 0 or state.tags[head] not in ("PRON", "NOUN", "PROPN"):
        return False
    start = state.start_of.get(head, head)
    return state.lower[start] not in FRONTED and (start == 0 or state.lower[start - 1] not in FRONTED)


def particle_predicate(state: State, k: int, j: int) -> bool:
    """Whether the word before ``j`` is a particle ending the clause of the copula ``k`` as its
    predicate ("said the war was over", "the deal is off,": UD's adverb predicate with ``cop``)."""
    last = j - 1
    if last <= k or state.lower[last] not in _PREDICATE_PARTICLES or not state.free(last):
        return False
    if state.tags[last] not in ("ADV", "ADP") or state.group_of[last] >= 0:
        return False
    return j >= len(state.tags) or state.lower[j] in _CLAUSE_ENDS or state.tags[j] == "CCONJ"


def copula_gap(state: State, j: int) -> bool:
    """Whether word ``j`` may stand between a copula and its predicate: an adverb, "not", "been", a
    quote, or a quantifier floating before a verb ("they are all looking": not a copula).
    """
    if state.tags[j] in ("ADV", "PART") or state.lower[j] in _COPULA_GAP:
        return True
    return state.lower[j] in FLOATING and j + 1 < len(state.tags) and state.tags[j + 1] in ("VERB", "AUX")


def may_strand(after: tuple[str, str]) -> bool:
    """Whether the word after an auxiliary (lower-cased form, tag) lets it end its clause."""
    return after[0] in _CLAUSE_ENDS or after[0] in _JOINING or after[1] in ("PART", "ADV")


def stranded(state: State, k: int) -> bool:
    """Whether auxiliary ``k`` ends its clause after a subject ("but they didn't", "as it was")."""
    tags, n, be = state.tags, len(state.tags), state.lower[k] in BE
    j = k + 1
    while j < n and (tags[j] == "PART" or (tags[j] == "ADV" and not be)):  # "you're in": a predicate
        j += 1
    if j < n and (state.lower[j] not in _CLAUSE_ENDS and (state.lower[j] not in _JOINING or be)):
        return False  # "One answer is that ...", 'was "criminal"': a copula before its predicate
    if j + 1 < n and state.lower[j] == "," and tags[j + 1] in ("ADP", "ADV", "VERB", "AUX"):
        return False  # "Cell is, in fact, designed to": a parenthesis before the verb
    i = k - 1
    while i > 0 and tags[i] in ("ADV", "AUX"):
        i -= 1
    head = state.group_of[i] if i >= 0 else -1
    if head < 0 or tags[head] not in ("PRON", "NOUN", "PROPN") or group_end(state, head) != i + 1:
        return False
    before = state.start_of.get(head, head) - 1  # "what it is": the question word is the predicate
    return not (be and before >= 0 and state.lower[before] in FRONTED)


def fronted_predicate(state: State, k: int, found: list[int]) -> bool:
    """``What is the dress code?``, ``Here's an excerpt``: the opening word is the predicate, the
    group after the copula ``k`` its subject (as UD has it).
    """
    w = k - 1
    if w < 0 or (w > 0 and state.tags[w - 1] not in ("CCONJ", "PUNCT")):
        return False
    if state.lower[w] not in FRONTED and state.lower[w] not in _ENCLOSED:
        return False
    if w > 0 and state.lower[w - 1] == "," and state.lower[w] == "who":
        return False  # "Zelikow, who is close to ...": a relative clause, not a question
    subject = next_group(state, k + 1)
    if subject < 0 or not state.free(subject) or not state.free(w) or opens_clause(state, subject):
        return False  # "What is the company doing?": the group is the verb's subject
    state.subject_of[w] = subject
    if state.lower[w] in _ENCLOSED:  # "Attached is the draft": a passive with its subject after it
        state.attach(k, w, "aux:pass")
        state.attach(subject, w, "nsubj:pass")
        state.passive.add(w)
        return True  # already a predicate (a verb)
    state.attach(k, w, "cop")
    state.attach(subject, w, "nsubj")
    found.append(w)
    return True


def exclaimed_predicate(state: State, k: int, found: list[int]) -> bool:
    """``how friendly the staff is``: a clause-final copula ``k``, its subject just before it, and
    the adjective after "how" before that its predicate.
    """
    n, tags = len(state.tags), state.tags
    if k + 1 < n and tags[k + 1] not in ("PUNCT", "CCONJ", "SCONJ", "ADP"):
        return False
    last = k - 1
    if state.lower[last] in FLOATING and tags[last - 1] == "PRON":
        last -= 1  # "how agreeable they all are"
    subject = state.group_of[last]
    if subject < 0 or group_end(state, subject) != last + 1 or not state.free(subject):
        return False
    predicate = state.start_of.get(subject, subject) - 1
    if predicate < 1 or tags[predicate] != "ADJ" or state.group_of[predicate] not in (-1, predicate):
        return False
    while state.rels[predicate] == "conj" and state.heads[predicate] is not None:
        predicate = state.heads[predicate]  # type: ignore[assignment]  # "how friendly and polite"
    if predicate < 1 or state.lower[predicate - 1] != "how" or not state.free(predicate):
        return False
    state.attach(k, predicate, "cop")
    state.attach(subject, predicate, "nsubj")
    state.attach(predicate - 1, predicate, "advmod")
    if last < k - 1:
        state.attach(k - 1, predicate, "advmod")
    state.subject_of[predicate] = subject
    found.append(predicate)
    return True


def inverted_copula(state: State, subject: int, found: list[int]) -> bool:
    """``Is it still available?``, ``Is this okay?``: after an opening copula (word 0), the group
    is the subject and the adjective or group after it the predicate.
    """
    if state.tags[subject] not in ("PRON", "NOUN", "PROPN") or not state.free(subject):
        return False
    n = len(state.tags)
    after = group_end(state, subject)
    while after < n and state.tags[after] == "ADV":
        after += 1
    predicate = after if after < n and state.tags[after] == "ADJ" and state.group_of[after] < 0 else -1
    if predicate < 0:
        predicate = next_group(state, after) if after < n else -1
    if predicate < 0 or not state.free(predicate) or state.pp[predicate] >= 0:
        return False
    state.attach(0, predicate, "cop")
    found.append(predicate)
    if state.lower[subject] == "it" and extraposed(state, predicate):
        state.attach(subject, predicate, "expl")  # "Is it possible that ...": the clause is the subject
        return True
    state.attach(subject, predicate, "nsubj")
    state.subject_of[predicate] = subject
    return True


def inverted_auxiliary(state: State, target: int) -> bool:
    """``Are you enjoying it?``, ``How is it going?``: a participle after the group, not a copula."""
    if state.tags[target] != "PRON":
        return False
    after = group_end(state, target)
    n = len(state.tags)
    while after < n and state.tags[after] == "ADV":
        after += 1
    return (
        after < n and state.tags[after] == "VERB" and state.lower[after].endswith(("ing", *PARTICIPLE_ENDS))
    )


def extraposed(state: State, p: int) -> bool:
    """Whether copular predicate ``p`` is followed by the clause that is its real subject."""
    if state.tags[p] not in ("ADJ", "NOUN"):
        return False
    after = group_end(state, p) if state.group_of[p] >= 0 else p + 1
    return after < len(state.tags) and (
        (state.lower[after] == "to" and state.tags[after] == "PART")
        or (state.lower[after] == "that" and state.tags[after] == "SCONJ")
    )


def opens_clause(state: State, head: int) -> bool:
    """Whether a verb or auxiliary follows the group of ``head`` (it is then that verb's subject)."""
    after = group_end(state, head)
    return after < len(state.tags) and state.tags[after] in ("AUX", "VERB")
