"""Which clauses of a sentence tell the trigger's incident, from the sentence's tree.

A place or a date belongs to the incident only if it hangs (through any chain of heads) from the
trigger's own predicate, a conjunct or participle clause that shares it, or the noun a relative
clause on the trigger describes (and the clause of that noun when it is the subject: "a bomb that
killed 12 exploded in Kabul"). "Smith spoke at the convention in Cleveland and criticised the
handling of Benghazi, where four Americans lost their lives": Cleveland is where Smith spoke. Where
the parser leaves the trigger or the place unattached, nothing is decided.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from newsparse.syntax import SyntaxTree

__all__ = ["foreign_spans", "incident_heads"]

# relations up which a clause still tells the same act: "killed 12 and wounded 30", "shot to death",
# "Troops battled the militia, killing 40" (a participle clause)
_SAME_ACT: Final = frozenset({"conj", "xcomp"})
# between a place and the areas written after it: "Lunsar town, Marampa subdivision (Port Loko, "
_AREA_GAP: Final = re.compile(r"(?:\s+[a-z]+)?\s*[,(]\s*")
# relations whose clause tells another act, whose places and dates are its own: what was said or
# thought ("ccomp"); an act told alongside ("parataxis"); an adverbial clause of time or cause
# ("protested in Suri after a youth was injured") often shares the incident's place, so is undecided
_OTHER_ACTS: Final = frozenset({"ccomp", "parataxis", "csubj"})
_SAYING: Final = frozenset(
    "said says say told tells reported reports announced stated added confirmed".split()
)
_COMPLEMENTS: Final = frozenset({"", "that", "whether", "if"})  # what opens a clause of what was said
# a relative clause's noun whose own clause tells the incident: its subject ("a bomb, which killed 12,
# exploded in Kabul") or an oblique of its act ("an attack at Mukeshefah in Saladin province, where 6
# were killed"); not an object or a noun's modifier ("a critique of the handling of Benghazi, where")
_IN_PHRASE: Final = frozenset({"nmod", "conj", "appos", "compound", "flat", "nmod:poss"})
_NOUNS: Final = frozenset({"NOUN", "PROPN"})
_TOLD_ON: Final = frozenset({"nsubj", "nsubj:pass", "obl"})
# words opening a relative clause the parser may leave unattached: "Benghazi, where four died"
_OPENERS: Final = frozenset({"where", "which", "whom", "who"})
_OPENER_WORDS: Final = 24  # the fronted adjuncts read: "On the night of 27 April 2020, in Kingston city,"
_FRONTED: Final = frozenset({"ADP", "NUM", "PROPN", "ADV"})  # "On 8 May", "In Kabul", "Tuesday", "Earlier"
# adverbial clauses telling a fact of the same incident: "one was killed while two were injured"
_SAME_TIME: Final = frozenset({"while", "whilst", "as", "when", "whereas"})


def _participle(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` heads a participle clause: "..., killing 40", "..., coded at X, and killed"."""
    word = tree.words[k]
    return word.deprel == "advcl" and not tree.dependents(k, "aux", "aux:pass", "mark")


def _mark(tree: SyntaxTree, k: int) -> str:
    """The subordinator opening clause ``k`` ("while", "after", "that"), lower-cased; "" for none."""
    marks = tree.dependents(k, "mark")
    return str.lower(tree.words[marks[0]].text) if marks else ""


def _same_time(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` heads a clause of the same moment: "..., while two were injured" (also
    where the parser calls it a complement: "detonated whilst a member was attempting to clear it")."""
    return tree.words[k].deprel in ("advcl", "ccomp") and _mark(tree, k) in _SAME_TIME


def _consequence(tree: SyntaxTree, k: int, head: int) -> bool:
    """Whether clause ``k`` is what a participle brought about: "..., resulting in 1 soldier killed"."""
    return tree.words[k].deprel == "ccomp" and str.lower(tree.words[head].text).endswith("ing")


def _opened_noun(tree: SyntaxTree, verb: int) -> int | None:
    """The noun an unattached relative clause describes: "Benghazi" of "Benghazi, where four died"."""
    for k in range(verb - 1, max(-1, verb - 8), -1):
        word = tree.words[k]
        head = tree.head_of(k)
        if str.lower(word.text) in _OPENERS and head is None:
            before = k - 1
            while before >= 0 and tree.words[before].upos == "PUNCT":
                before -= 1
            if before >= 0 and str.lower(tree.words[before].text) in {"in", "at", "during"}:
                before -= 1  # "the attack in which"
            if before >= 0 and tree.words[before].upos in ("NOUN", "PROPN"):
                return before
            return None
        if head is not None and not k < head <= verb:
            return None  # a word of another clause before the relative word
    return None


def incident_heads(tree: SyntaxTree, at: int) -> tuple[frozenset[int], bool] | None:
    """The words whose dependents may tell the incident of the trigger verb ``at``, and whether the
    walk ended at the noun a relative clause describes; None: undecided (a noun trigger, a fragment).

    Up from the trigger through conjuncts, open complements and participle clauses; a relative
    clause adds the noun it describes, and that noun's clause only when the noun is its subject or
    an oblique of its act; a participle on a noun ("1 soldier killed") the clause the noun sits in.
    """
    if tree.words[at].upos != "VERB":
        return None
    heads: set[int] = {at}
    k: int | None = at
    relative = False
    for _ in range(len(tree.words)):
        if k is None:
            break
        heads.add(k)
        heads.update(tree.dependents(k, "conj"))
        head, relation = tree.head_of(k), tree.words[k].deprel
        if head is None and relation != "root":
            head = _opened_noun(tree, k) if tree.words[k].upos == "VERB" else None
            if head is None:
                return None  # an unattached word: the parser did not decide, nor do we
            relation = "acl:relcl"
        if head is None:
            break
        if (
            relation in _SAME_ACT
            or _participle(tree, k)
            or _same_time(tree, k)
            or _consequence(tree, k, head)
        ):
            k = head
        elif not _rooted(tree, head):
            return None  # a clause hung on a fragment the parser left unattached: undecided
        elif relation == "acl":  # "resulting in 1 soldier killed": the victim's clause tells it
            heads.add(head)
            k = tree.predicate(head)
            k = None if k == head else k
        elif relation == "acl:relcl" and tree.words[head].upos in ("NOUN", "PROPN"):
            top = _phrase_top(tree, head, heads)
            told = tree.words[top].deprel in _TOLD_ON or _acting_object(tree, k, top, at)
            k, relative = (tree.head_of(top), False) if told else (None, True)
        elif relation not in _OTHER_ACTS or _mark(tree, k) not in _COMPLEMENTS or _reported(tree, head):
            return None  # an adverbial clause ("after he was arrested"), or a fragment: undecided
        else:
            break
    return frozenset(heads), relative


def _phrase_top(tree: SyntaxTree, noun: int, heads: set[int]) -> int:
    """The top noun of the phrase ``noun`` sits in, each noun on the way added to ``heads``: a relative
    clause hung on "Dar es Salaam" of "the bombings at the embassies in Nairobi and Dar es Salaam, which
    killed 257" tells of the whole phrase."""
    k = noun
    for _ in range(len(tree.words)):
        heads.add(k)
        head = tree.head_of(k)
        if head is None or tree.words[k].deprel not in _IN_PHRASE or tree.words[head].upos not in _NOUNS:
            break
        k = head
    return k


def _acting_object(tree: SyntaxTree, verb: int, noun: int, at: int) -> bool:
    """Whether a relative clause's noun is the object of its own act and the agent of the clause's:
    "conducted a Sharia court which executed a man", "launched an attack that killed 5" (not "honour
    a man who died": he is its victim)."""
    return (
        tree.words[noun].deprel == "obj"
        and bool(tree.dependents(at, "obj"))
        and any(str.lower(tree.words[s].text) in _OPENERS | {"that"} for s in tree.dependents(verb, "nsubj"))
    )


def _reported(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` reports its complement: "Relatives of the Omagh bombing victims said 29 were
    killed" names the incident in the saying's subject (a source's base is read elsewhere)."""
    return str.lower(tree.words[verb].text) in _SAYING


def _rooted(tree: SyntaxTree, k: int) -> bool:
    """Whether the chain of heads from word ``k`` reaches the sentence's root."""
    j: int | None = k
    for _ in range(len(tree.words)):
        if j is None:
            return False
        if tree.words[j].deprel == "root":
            return True
        j = tree.head_of(j)
    return False


def _hangs(tree: SyntaxTree, k: int, heads: frozenset[int]) -> bool:
    """Whether word ``k`` hangs from one of ``heads`` (or is one), or from nothing the tree decides.

    A word in brackets the parser left unattached hangs where the word before the bracket does:
    "in Pamoli village (Beni, Nord-Kivu)".
    """
    j: int | None = k
    last = k
    for _ in range(2 * len(tree.words)):
        if j is None:
            j = _bracketed(tree, last)
            j = _fragment_host(tree, last) if j is None else j
            if j is None:
                break
        if j in heads:
            return True
        last = j
        j = tree.head_of(j)
    return tree.words[last].deprel != "root"  # an unattached chain: undecided, kept


def _fragment_host(tree: SyntaxTree, k: int) -> int | None:
    """The word an unattached fragment of a place chain follows: "town" for "subdivision" of "in
    Lunsar town, Marampa subdivision", the nearest word before it attached leftwards."""
    if tree.words[k].deprel is not None:
        return None
    for j in range(k - 1, max(-1, k - _OPENER_WORDS // 3), -1):
        head = tree.head_of(j)
        if tree.words[j].upos != "PUNCT" and tree.words[j].deprel is not None and (head is None or head < j):
            return j
    return None


def _bracketed(tree: SyntaxTree, k: int) -> int | None:
    """The word before the bracket an unattached word ``k`` sits in, if any."""
    if tree.words[k].deprel is not None:
        return None
    for j in range(k - 1, max(-1, k - _OPENER_WORDS), -1):
        mark = tree.words[j].text
        if mark == ")":
            return None
        if mark == "(":
            return j - 1 if j > 0 and tree.words[j - 1].upos != "PUNCT" else None
    return None


def _opener_end(tree: SyntaxTree) -> int:
    """The index of the comma closing the fronted adjuncts ("On 28 April 2020, in Kingston city,"), else 0.

    A fronted adjunct scopes over the whole sentence, whatever verb the parser hangs it on.
    """
    end = depth = 0
    for k, word in enumerate(tree.words[:_OPENER_WORDS]):
        depth += (word.text == "(") - (word.text == ")")
        if word.upos in ("VERB", "AUX") and depth <= 0:
            break  # "(as reported)" is no clause of the sentence
        if word.text == "," and k > end and tree.words[end if end == 0 else end + 1].upos in _FRONTED:
            end = k
    return end


def foreign_spans(
    tree: SyntaxTree | None, trigger_start: int, spans: Sequence[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The ``spans`` (places, dates) of the trigger's sentence that hang from another clause."""
    at = tree.word_at(trigger_start) if tree is not None else None
    if tree is None or at is None or not spans:
        return []
    found = incident_heads(tree, at)
    if found is None:
        return []
    heads, relative = found
    opener = 0 if relative else _opener_end(tree)  # "On 5 May, followers of a cleric who was arrested"
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # each word of the span: a name's head may be its first or last
        words = [
            k for k in range(len(tree.words)) if start <= tree.words[k].start and tree.words[k].end <= end
        ]
        if words and words[-1] >= opener and not any(_hangs(tree, k, heads) for k in words):
            out.append((start, end))
        elif any(a <= start and end <= b for a, b in out) or (
            out and start >= out[-1][1] and _AREA_GAP.fullmatch(tree.text, out[-1][1], start)
        ):
            out.append((start, end))  # "in Lunsar town, Marampa subdivision (Port Loko, North-West)"
    return out
