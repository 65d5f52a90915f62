"""Counted nouns read from the structure of the sentence (the ``syntax`` layer, consulted per sentence).

Where the words next to a bare count give no counted noun, the sentence's dependency tree may:
the noun the number modifies ("two SCSI-technology portable Winchester disk drives": ``nummod``
of "drives", kept with the compounds just before it, adjectives left out as the guidelines say),
the noun after "of" that the number heads ("300 of the workers"), or the subject of a
predicative count ("the dead numbered 40"). Only sentences holding such a count are analysed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Document, Sentence
from newsparse.syntax import SyntaxTree, sentence_tree

from .found import Found, replaced
from .lexicon import DOWN_WORDS, IRREGULAR_PLURALS, UP_WORDS, plural_in_s

__all__ = ["change_from_tree", "counted_from_tree", "structured_counted"]

Counted = tuple[int, int] | None

_NOUNS = frozenset({"NOUN"})
# verbs whose object is the count of their subject: "the dead numbered 40", "losses totalled 300"
_COUNTING_VERBS = frozenset(
    "number numbers numbered numbering total totals totaled totalled totaling totalling".split()
)
_MAX_GAP = 8  # words between a number and the noun it modifies
# nouns that are no counted thing when a number modifies them (units, times and proportions the
# scanner reads otherwise, or measures with no thing counted)
_NOT_COUNTED = frozenset(
    """
    percent pct cent cents times time year years month months week weeks day days hour hours minute
    minutes second seconds decade decades century centuries point points others other
    """.split()
)
_NEXT_WORD = re.compile(r"[ \t]*\n?[ \t]*(?<=\s)([A-Za-z][\w'-]*)")  # a wire story's line breaks too
_CLAUSE_PART = re.compile(r"[^,.;:()]{0,80}")
_NEXT_MEASURE = re.compile(r"[ \t]+\d[\d,.]*[ \t]+[A-Za-z]+[ \t]+([A-Za-z][\w'-]*)")  # "two 500 KV cables"
_LAST_WORD = re.compile(r"\b([a-z]+)\W*$")
# words after a count that open no noun phrase it could count ("12 in 2004", "40 to 50", "three were")
_NOT_BEFORE_NOUN = frozenset(
    """
    in to and or at on by for from into with than as per a an is are was were will would has have had
    be been said says percent pct times per cent billion million year years month months week weeks
    day days minutes hours a.m p.m am pm gmt others other less fewer that which who whose after
    before during last next each every since while because so can could may might must should
    compared following around outside respectively thereafter worldwide don't i'm
    """.split()
)
_CHANGE_KINDS = frozenset({"percent", "currency", "dimension"})  # not counts: "boosted by 300 troops"
# nouns of a group whose members are counted: "two of the side" counts players
_COLLECTIVES = frozenset("side team squad group club family party government staff crew".split())
_PLURALS_ALSO = frozenset({"criteria", "data", "media", "phenomena"})


def counted_from_tree(tree: SyntaxTree, number_start: int, number_end: int) -> Counted:
    """The character span of the noun a count written at ``[number_start, number_end)`` counts."""
    number = _number_word(tree, number_start, number_end)
    if number is None:
        return None
    word = tree.words[number]
    if _not_a_count(tree, number, number_start, number_end):
        return None
    head = tree.head_of(number)
    if word.deprel == "nummod" and head is not None and number < head <= number + _MAX_GAP:
        plural = _plural(tree.words[head].text) or str.lower(tree.words[number].text) in ("one", "1")
        return _noun_span(tree, head, number) if plural else None
    partitive = _of_noun(tree, number)
    if partitive is not None:
        if _possessor(tree, partitive) or str.lower(tree.words[partitive].text) in _COLLECTIVES:
            return None  # "five of the world's ... institutions", "two of the side"
        return _noun_span(tree, partitive)
    if word.deprel in ("obj", "xcomp", "obl") and head is not None:
        if str.lower(tree.words[head].text) in _COUNTING_VERBS:
            subjects = tree.dependents(head, "nsubj")
            return _noun_span(tree, subjects[0]) if subjects else None
    return None


def _not_a_count(tree: SyntaxTree, number: int, start: int, end: int) -> bool:
    """A number that names a kind or a multiple, not a count of the noun after it.

    Read on unused news: "a 300-strong audience", "a top-five player", "four times more mobiles",
    "5/2 favourite".
    """
    text = tree.text
    if "/" in text[start:end] or text[end : end + 1] == "-" or text[start - 1 : start] == "-":
        return True
    after = number + 1
    return after < len(tree.words) and str.lower(tree.words[after].text) == "times"


def _possessor(tree: SyntaxTree, noun: int) -> bool:
    """Whether a noun is a possessor ("the world's"), whose phrase names no counted thing itself."""
    after = noun + 1
    return after < len(tree.words) and str.lower(tree.words[after].text) in ("'s", "’s", "'", "’")


def _plural(word: str) -> bool:
    """Whether a noun reads as a plural: a count of two or more counts a plural ("a 15 rating" none)."""
    low = str.lower(word)
    return plural_in_s(low) or low in IRREGULAR_PLURALS or low in _PLURALS_ALSO


def _number_word(tree: SyntaxTree, start: int, end: int) -> int | None:
    """The number word of the stretch whose head lies outside it (the last NUM word), if any."""
    first = tree.word_at(start)
    if first is None:
        return None
    found = None
    for k in range(first, len(tree.words)):
        if tree.words[k].start >= end:
            break
        if tree.words[k].upos == "NUM":
            found = k
    return found


def _of_noun(tree: SyntaxTree, number: int) -> int | None:
    """The noun after "of" that the number heads: "300 of the workers" (a pronoun counts nothing)."""
    for k in tree.dependents(number, "nmod"):
        cases = tree.dependents(k, "case")
        if k > number and cases and str.lower(tree.words[cases[0]].text) == "of":
            return k
    return None


def _noun_span(tree: SyntaxTree, head: int, number: int = -1) -> Counted:
    """The head noun with the compounds written just before it, or None for no common noun; a
    compound written after another number than ``number`` is its unit ("two 500 KV cables")."""
    word = tree.words[head]
    if word.text.istitle() and len(word.text) > 1:
        return None  # "12 Angry Men": a title, not a count
    if word.upos not in _NOUNS or str.lower(word.text) in _NOT_COUNTED or not word.text.isalpha():
        return None
    first = head
    while first > 0 and tree.head_of(first - 1) == head and tree.words[first - 1].deprel == "compound":
        if tree.text[tree.words[first - 1].start - 1 : tree.words[first - 1].start] == "-":
            break  # "Fourth-quarter vehicle unit sales": the hyphenated word is no compound noun
        if number >= 0 and first - 2 > number and tree.words[first - 2].upos == "NUM":
            break
        first -= 1
    return (tree.words[first].start, word.end)


def structured_counted(
    doc: Document, found: Sequence[Found], counted: Sequence[Counted], spare: bool = True
) -> tuple[list[Found], list[Counted]]:
    """The amounts and counted nouns, with what the sentence's tree adds: the noun of a bare count
    that has none, and the direction of a "by" phrase the words around the amount did not reach.
    ``spare`` asks no tree for a direction no tree could give (``_may_change``); False asks (tests)."""
    out_found, out = list(found), list(counted)
    trees: dict[int, SyntaxTree | None] = {}
    text = doc.text
    for index, f in enumerate(found):
        wants_noun = out[index] is None and _bare(f) and _worth_asking(text, f)
        wants_change = (
            f.change is None
            and f.kind in _CHANGE_KINDS
            and f.value is not None
            and _after_by(text, f)
            and (not spare or _may_change(doc, f))
        )
        if not (wants_noun or wants_change):
            continue
        at = doc.sentence_index(f.start)
        if at >= len(doc.sentences):
            continue
        if at not in trees:
            trees[at] = _tree(doc, doc.sentences[at])
        tree = trees[at]
        if tree is None:
            continue
        if wants_noun:
            out[index] = counted_from_tree(tree, f.number_start, f.number_end)
        direction = change_from_tree(tree, f.number_start, f.number_end) if wants_change else None
        if direction is not None:
            out_found[index] = replaced(f, change=direction)
    if "One" in text:  # one scan of the text: most articles hold no capitalised "One"
        return _without_described_ones(doc, trees, out_found, out)
    return out_found, out


def _without_described_ones(
    doc: Document, trees: dict[int, SyntaxTree | None], found: list[Found], counted: list[Counted]
) -> tuple[list[Found], list[Counted]]:
    """The amounts less each sentence's first word "One" that is the determiner "a certain"
    ("One problem is that", "One candidate, Marco Rubio,"), with their counted nouns."""
    text = doc.text
    kept_found: list[Found] = []
    kept: list[Counted] = []
    for f, noun in zip(found, counted, strict=True):
        if noun is not None and text[f.number_start : f.number_end] == "One" and _opens_sentence(doc, f):
            if _described_one(doc, trees, f, noun):
                continue
        kept_found.append(f)
        kept.append(noun)
    return kept_found, kept


def _opens_sentence(doc: Document, f: Found) -> bool:
    """Whether the amount is the first word of its sentence (white space and quotes before it)."""
    at = doc.sentence_index(f.start)
    if at >= len(doc.sentences):
        return False
    start = doc.sentences[at].start
    return f.start == f.number_start and not doc.text[start : f.start].strip(" \t\n\"'\u201c\u2018")


def _described_one(
    doc: Document, trees: dict[int, SyntaxTree | None], f: Found, noun: tuple[int, int]
) -> bool:
    """Whether a sentence's first word "One" is the determiner "a certain": its noun is described
    by what follows (an apposition, a relative or participle clause, "such", the subject of "is"
    naming it: "One candidate, Marco Rubio,", "One manager who", "One problem is that"), which a
    count rarely is ("One person was killed")."""
    text = doc.text
    if _DESCRIBED_AFTER.match(text, noun[1]) or _SUCH.match(text, f.number_end):
        return True
    at = doc.sentence_index(f.start)
    if at not in trees:
        trees[at] = _tree(doc, doc.sentences[at])
    tree = trees[at]
    number = tree.word_at(f.number_start) if tree is not None else None
    if tree is None or number is None or tree.words[number].deprel != "nummod":
        return False
    head = tree.head_of(number)
    if head is None:
        return False
    if tree.dependents(head, "appos", "acl", "acl:relcl"):
        return True
    verb = tree.head_of(head)
    if verb is None or tree.words[head].deprel != "nsubj" or tree.words[verb].upos == "ADJ":
        return False  # "One locomotive was stationary": a state of the one counted, not "a certain"
    return bool(tree.dependents(verb, "cop"))


# after the noun of a first "One": a comma (an apposition, a name), a relative pronoun, or a
# copula before what the noun is ("One problem is that", "One exception was a page")
_DESCRIBED_AFTER = re.compile(
    r"\s*(?:,|(?:who|that|which|whose)\b|(?:is|was)\s+(?:that|how|what|whether|the|a|an)\b)"
)
_SUCH = re.compile(r"\s+such\b")


def _after_by(text: str, f: Found) -> bool:
    """Whether the amount follows "by" ("by two cents a lb")."""
    return str.lower(text[max(0, f.start - 3) : f.start]) == "by "


def _may_change(doc: Document, f: Found) -> bool:
    """Whether the amount's sentence holds a rise or fall word anywhere (cased as written), without
    which ``change_from_tree`` gives no direction: it names one only for a tree word whose lowered
    text is in ``UP_WORDS`` or ``DOWN_WORDS``, and every word of the tree is a stretch of that
    sentence (so its lowered text lies in the lowered sentence). Spares the parse, not the result."""
    at = doc.sentence_index(f.start)
    if at >= len(doc.sentences):
        return False  # no sentence: no tree is asked either
    sentence = doc.sentences[at]
    return _CHANGE_WORD.search(str.lower(doc.text[sentence.start : sentence.end])) is not None


# any rise or fall word as a stretch of lowered text (no word bounds: a tree word may split a run)
_CHANGE_WORD = re.compile("|".join(sorted(UP_WORDS | DOWN_WORDS, key=len, reverse=True)))


def _bare(f: Found) -> bool:
    """Whether an amount is a count with no unit (the only kind with a counted noun to find)."""
    return f.kind == "number" and f.unit is None


def _worth_asking(text: str, f: Found) -> bool:
    """Whether the words around a bare count could give the tree a noun to find (saves most parses):
    a word after the number ("of the", "UK top 30 singles") or a counting verb before it."""
    after = _NEXT_WORD.match(text, f.end) or _NEXT_MEASURE.match(text, f.end)
    if after is not None:
        word = str.lower(after.group(1))
        if word == "of" or (
            word not in _NOT_BEFORE_NOUN and not word.endswith("ed") and _plural_ahead(text, f.end)
        ):
            return True
    before = _LAST_WORD.search(text, max(0, f.start - 24), f.start)
    return before is not None and str.lower(before.group(1)) in _COUNTING_VERBS


def _plural_ahead(text: str, end: int) -> bool:
    """Whether a plural noun may stand in the words after ``end`` before a punctuation mark (the
    only nouns a count of more than one modifies)."""
    stretch = _CLAUSE_PART.match(text, end)
    words = stretch.group(0).split()[:_MAX_GAP] if stretch is not None else []
    return any(_plural(word.strip("'\u2019\"")) for word in words)


def _tree(doc: Document, sentence: Sentence) -> SyntaxTree | None:
    """The sentence's tree, from the ``syntax`` layer or by consulting it; None without one."""
    return sentence_tree(doc, sentence)


def change_from_tree(tree: SyntaxTree, number_start: int, number_end: int) -> str | None:
    """The direction of a "by" phrase of a rise or fall verb far from its amount: "increased ... its
    prices for unalloyed ingot and extrusion billet by two cents a lb" (up)."""
    number = _number_word(tree, number_start, number_end)
    if number is None:
        return None
    phrase = number
    head = tree.head_of(number)
    if tree.words[number].deprel in ("nummod", "compound") and head is not None and head > number:
        phrase = head  # "by two cents": the phrase is headed by the unit noun
    cases = tree.dependents(phrase, "case")
    if not cases or str.lower(tree.words[cases[0]].text) != "by":
        return None
    verb = _governing_verb(tree, phrase)
    if verb is None or tree.dependents(verb, "aux:pass"):
        return None  # "was boosted by 300 troops": the agent of a passive, not the size of a change
    word = str.lower(tree.words[verb].text)
    return "up" if word in UP_WORDS else "down" if word in DOWN_WORDS else None


def _governing_verb(tree: SyntaxTree, phrase: int) -> int | None:
    """The verb a "by" phrase belongs to: its head, or up through the nouns it hangs from when the
    parse attached it to the verb's object ("prices for ingot and billet by two cents")."""
    k = phrase
    for _ in range(4):
        head = tree.head_of(k)
        if head is None or tree.words[k].deprel not in _UP_TO_VERB:
            return None
        if tree.words[head].upos == "VERB":
            return head if tree.words[k].deprel in ("obl", "nmod") or k != phrase else None
        k = head
    return None


_UP_TO_VERB = frozenset({"obl", "nmod", "conj", "obj"})
