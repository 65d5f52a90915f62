"""Noun cues with a complement "that" clause: "complaints that ...", "he made the suggestion that ...".

The guideline (evaluation/data/guidelines/claims.md, "Clarifications, session 42") takes a noun of
saying, fearing or signalling with a "that" clause as a cue: "rumours that ...", "warnings that ...",
"his protestations that ...", with the possessor or the subject of the light verb as the source and
no source when no holder is named. PolNeAR marks them too ("the allegation that", "a belief that",
"made the suggestion that"). The word rules take a few such nouns after a possessor in object
position (``noun_cues``); this module takes the rest of the shape through the parse.

A table noun (below), in lower case, followed by "that" and a word that opens a clause of its own
(not a verb: "the claim that was rejected" is a relative clause), where no found claim covers the
noun (its cue or its content: an attribution inside another's content is the outer one's words)
and no quotation holds it. The sentence's parse decides the rest:

- the noun is tagged ``NOUN``, and a bare noun right after a subject or "to" is a verb the tagger
  misread ("Critics charge that", "hesitate to report that"): no claim;
- the source is the subject of a light verb that takes the noun as its object ("he made the
  suggestion that", "left no doubt that"), else the noun's possessor or a capitalised modifier right
  before it ("Trump's accusation that", "the DOJ demand that", "Republican criticism that");
- a noun that names no holder gives no claim here, though the guideline takes it with no source
  ("complaints that ..."): PolNeAR, the gold this rule was tuned on, marks only about half of those
  places (session 43's section of docs/design.md), against nearly all of those with a holder;
- a noun that is the object or oblique of another verb whose subject is a person ("Cruz played down
  the idea that", "Christie bristled at the suggestion that") is that verb's content: the outer
  attribution's, so no claim here; nor a noun hung on a found cue ("said in a statement that");
- the content is the "that" clause: the words after "that" to the end of the clause's subtree.

Only sentences holding a table noun before "that" are analysed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Final

from newsparse import Document
from newsparse import Span as QuoteSpan
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.found import Found
from newsparse_claims.lexicon import CLAUSE_VERBS

__all__ = ["CLAUSE_NOUNS", "LIGHT_VERBS", "noun_clauses"]

Span = tuple[int, int]

# Nouns whose "that" clause is what someone says, holds or signals, written from their meaning
# (singular and plural written out):
# - saying: claim, assertion, allegation, accusation, charge, statement, announcement, admission,
#   acknowledg(e)ment, remark, comment, suggestion, insistence, argument, contention, assurance,
#   reassurance, promise, pledge, vow, warning, complaint, criticism, denial, declaration,
#   prediction, report, rumo(u)r, reminder, hint, boast, threat, demand, insinuation, proclamation,
#   testimony, confession, concession, explanation, speculation, revelation, disclosure, aside,
#   protestation, implication, signal;
# - holding or fearing: belief, view, opinion, conviction, confidence, hope, fear, concern, worry,
#   doubt, suspicion, expectation, assumption, understanding, recognition, sense, feeling,
#   impression, consensus, conclusion, idea, notion, perception, theory, optimism, pessimism,
#   skepticism.
# Left out: nouns of a fact or a state of things, whose clause nobody claims ("the fact that", "the
# news that", "evidence that", "a sign that", "the possibility that", "the risk that"), and
# "message" and "thought", whose "that" is mostly a relative pronoun in news ("a message that fails").
CLAUSE_NOUNS: Final = frozenset(
    """
    claim claims assertion assertions allegation allegations accusation accusations charge charges
    statement statements announcement announcements admission admissions acknowledgment acknowledgments
    acknowledgement acknowledgements remark remarks comment comments suggestion suggestions insistence
    argument arguments contention contentions assurance assurances reassurance reassurances promise
    promises pledge pledges vow vows warning warnings complaint complaints criticism criticisms denial
    denials declaration declarations prediction predictions report reports rumor rumors rumour rumours
    reminder reminders hint hints boast boasts threat threats demand demands insinuation insinuations
    proclamation testimony confession concession explanation speculation revelation revelations
    disclosure aside protestation protestations implication implications signal signals
    belief beliefs view views opinion opinions conviction confidence hope hopes fear fears concern
    concerns worry worries doubt doubts suspicion suspicions expectation expectations assumption
    assumptions understanding recognition sense feeling impression consensus conclusion idea ideas
    notion perception theory optimism pessimism skepticism scepticism
    """.split()
)
# Light verbs whose object noun is the subject's own act or attitude ("made the claim", "expressed
# concern", "gave assurances", "floated the idea", "left no doubt", "held the belief"): every form.
LIGHT_VERBS: Final = frozenset(
    """
    make makes made making express expresses expressed expressing voice voices voiced voicing
    give gives gave given giving offer offers offered offering repeat repeats repeated repeating
    reiterate reiterates reiterated reiterating evince evinces evinced evincing share shares shared
    sharing float floats floated floating raise raises raised raising leave leaves left leaving
    have has had having hold holds held holding
    """.split()
)
# a subject pronoun or a name heading the subject of a governing verb: a person acting on the noun
_PERSON_PRONOUNS: Final = frozenset("i we you he she they who".split())
_POSSESSIVE_PRONOUNS: Final = frozenset("his her their its my our your".split())
_GENITIVE: Final = frozenset({"'s", "’s", "'", "’"})
# a noun with none of these dependents is a bare noun (a verb when a subject precedes it)
_NOUN_DEPENDENTS: Final = frozenset({"det", "nmod:poss", "amod", "nummod", "compound", "case"})
_VERB_BEFORE_TAGS: Final = frozenset({"NOUN", "PROPN", "PRON", "AUX", "PART"})
_GOVERNED: Final = frozenset({"obj", "obl", "nmod"})


def noun_clauses(doc: Document, sentence_starts: Sequence[int], found: Sequence[Found]) -> list[Found]:
    """The claims of table nouns before a complement "that" whose holder is named, where no found
    claim covers the noun and no quotation holds it."""
    low = doc.token_lowers
    if "that" not in low or CLAUSE_NOUNS.isdisjoint(low):
        return []  # most texts: two C-level passes over the tokens, no Python loop
    texts = doc.token_columns.texts
    starts = doc.token_columns.starts
    ends = doc.token_columns.ends
    out: list[Found] = []
    trees: dict[int, SyntaxTree | None] = {}
    for k in _places(low, texts):
        cue = (starts[k], ends[k])
        if any(_covers(f, cue) for f in found) or _quoted(doc.paragraph_quotes, cue[0]):
            continue
        at = bisect.bisect_right(sentence_starts, cue[0]) - 1
        if at < 0:
            continue
        if at not in trees:
            trees[at] = sentence_tree(doc, doc.sentences[at])
        tree = trees[at]
        made = None if tree is None else _claim(tree, cue, found)
        if made is not None:
            out.append(made)
    return out


def _places(low: Sequence[str], texts: Sequence[str]) -> list[int]:
    """The token indexes of table nouns in lower case before "that" and a word that is no verb."""
    out = []
    k = _next(low, "that", 1)
    while k > 0:
        noun = k - 1
        if low[noun] in CLAUSE_NOUNS and texts[noun].islower() and k + 1 < len(low):
            after = low[k + 1]
            if after not in CLAUSE_VERBS and not after.endswith("ed") and after not in _RELATIVE_NEXT:
                out.append(noun)
        k = _next(low, "that", k + 1)
    return out


# words right after "that" that continue a relative clause, not open a complement's own subject
_RELATIVE_NEXT: Final = frozenset("has have had does do did would could should will can may might".split())


def _next(low: Sequence[str], word: str, start: int) -> int:
    """The index of the next ``word`` from ``start`` on, or -1."""
    try:
        return low.index(word, start)
    except ValueError:
        return -1


def _quoted(quotes: Sequence[QuoteSpan], offset: int) -> bool:
    """Whether ``offset`` lies inside one of the (disjoint, ordered) quotations."""
    at = bisect.bisect_right(quotes, offset, key=_quote_start) - 1
    return at >= 0 and offset < quotes[at].end


def _quote_start(quote: QuoteSpan) -> int:
    return quote.start


def _covers(item: Found, cue: Span) -> bool:
    """Whether a found claim's cue overlaps ``cue`` or its content holds it."""
    return (item.cue[0] < cue[1] and cue[0] < item.cue[1]) or item.content[0] <= cue[0] < item.content[1]


def _claim(tree: SyntaxTree, cue: Span, found: Sequence[Found]) -> Found | None:
    """The noun at ``cue`` as a claim: its holder the source, its "that" clause the content; None
    when the parse reads no such noun, the noun is another act's content or names no holder."""
    noun = tree.word_at(cue[0])
    if noun is None or tree.words[noun].upos != "NOUN" or noun + 2 >= len(tree.words):
        return None
    if _read_as_verb(tree, noun):
        return None  # "Critics charge that", "to report that": a verb the tagger read as a noun
    if tree.words[noun + 1].text.lower() != "that" or tree.words[noun + 2].upos in ("VERB", "AUX"):
        return None  # "a claim that was rejected": a relative clause
    content = _content(tree, noun)
    if content is None:
        return None
    light = _light_verb(tree, noun)
    if light is not None:
        subject = _light_subject(tree, light)
        return None if subject is None else Found(cue, content, subject)
    governor = _governor(tree, noun)
    if governor is not None and (_on_found_cue(tree, governor, found) or _person_subject(tree, governor)):
        return None  # "Cruz played down the idea that", "said in a statement that": the outer act's
    holder = _holder(tree, noun)
    return None if holder is None else Found(cue, content, holder)


def _read_as_verb(tree: SyntaxTree, noun: int) -> bool:
    """Whether a bare noun (no determiner, possessor, adjective or preposition of its own) follows a
    word a verb follows: a noun, a name, a pronoun, an auxiliary or "to" ("Critics charge that")."""
    if noun == 0 or any(tree.words[k].deprel in _NOUN_DEPENDENTS for k in tree.children[noun]):
        return False
    return tree.words[noun - 1].upos in _VERB_BEFORE_TAGS


def _holder(tree: SyntaxTree, noun: int) -> Span | None:
    """The noun's possessor ("his", "Donald Trump's", "the campaign's") or a capitalised modifier right
    before it ("the DOJ demand", "Republican criticism"), as its phrase; None when none names a holder."""
    owners = [k for k in tree.dependents(noun, "nmod:poss") if k < noun and _genitive(tree, k)]
    if owners:
        phrase = tree.noun_phrase(owners[0])
        first = tree.word_at(phrase.start)
        while first is not None and first > 0 and tree.words[first - 1].upos == "PROPN":
            first -= 1  # "Bill O'Reilly's": the name's first words the parse hung elsewhere
        return (tree.words[phrase.head if first is None else first].start, phrase.end)
    before = noun - 1  # a name or a name's adjective right before the noun ("the DOJ demand")
    named = before >= 0 and tree.words[before].deprel in ("compound", "amod") and tree.head_of(before) == noun
    if named and _capitalised(tree, before) and before > 0:  # not a sentence's first word
        start = before
        while start > 0 and tree.words[start - 1].deprel == "compound" and _capitalised(tree, start - 1):
            start -= 1
        return (tree.words[start].start, tree.words[before].end)
    k = noun - 1  # the tagger's genitive without the relation: skip adjectives and adverbs back
    while k >= 0 and tree.words[k].upos in ("ADJ", "ADV") and tree.words[k].text.islower():
        k -= 1
    if k < 0:
        return None
    word = tree.words[k].text.lower()
    if word in _POSSESSIVE_PRONOUNS:
        return (tree.words[k].start, tree.words[k].end)
    if word in _GENITIVE and k > 0 and tree.words[k - 1].upos in ("PROPN", "NOUN"):
        phrase = tree.noun_phrase(k - 1)
        return (phrase.start, tree.words[k].end)
    return None


def _capitalised(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` opens with a capital letter."""
    return tree.words[k].text[:1].isupper()


def _genitive(tree: SyntaxTree, k: int) -> bool:
    """Whether word ``k`` is a possessive pronoun or a name or noun marked by "'s" ("Trump's")."""
    if tree.words[k].text.lower() in _POSSESSIVE_PRONOUNS or tree.words[k].text.endswith(("'s", "’s")):
        return True
    return k + 1 < len(tree.words) and tree.words[k + 1].text in _GENITIVE


def _light_verb(tree: SyntaxTree, noun: int) -> int | None:
    """The light verb whose object the noun is ("made the suggestion", "did express concern"): the
    parse's governor, else the verb that stands right before the noun's determiner and adjectives."""
    head = tree.head_of(noun)
    if head is not None and tree.words[noun].deprel == "obj" and tree.words[head].text.lower() in LIGHT_VERBS:
        return None if _inside_phrase(tree, head, noun) else head
    k = noun - 1  # back over the noun's determiner, adjectives and adverbs to a light verb form
    while k >= 0 and tree.words[k].text.lower() not in LIGHT_VERBS:
        if tree.words[k].upos not in ("DET", "ADJ", "ADV", "NUM") or not tree.words[k].text.islower():
            return None
        k -= 1
    if k < 0 or _inside_phrase(tree, k, noun):
        return None
    return k  # the tagger may read "express" or "voice" as an adjective or a noun: the word decides


def _inside_phrase(tree: SyntaxTree, verb: int, noun: int) -> bool:
    """Whether the light verb form is a participle inside the noun's phrase ("the firmly held
    belief"): a determiner, adjective or adverb before it and no determiner between it and the noun."""
    if verb == 0 or verb > noun or tree.words[verb - 1].upos not in ("DET", "ADV", "ADJ"):
        return False
    return not any(tree.words[k].upos == "DET" for k in range(verb + 1, noun))


def _light_subject(tree: SyntaxTree, verb: int) -> Span | None:
    """The light verb's subject: the parse's, else a pronoun or a name right before the verb and its
    auxiliaries ("He did express concern", where the tagger read "express" as an adjective)."""
    subject = tree.subject(verb, shared=True)
    if subject is not None and subject.end <= tree.words[verb].start:
        return (subject.start, subject.end)
    k = verb - 1
    while k >= 0 and tree.words[k].upos in ("AUX", "PART", "ADV"):
        k -= 1
    if k < 0 or not (tree.words[k].upos == "PROPN" or tree.words[k].text.lower() in _PERSON_PRONOUNS):
        return None
    start = k
    while start > 0 and tree.words[start - 1].upos == "PROPN":
        start -= 1
    return (tree.words[start].start, tree.words[k].end)


def _governor(tree: SyntaxTree, noun: int) -> int | None:
    """The verb the noun is an object or oblique of ("played down the idea", "bristled at the idea")."""
    head = tree.head_of(noun)
    if head is None or tree.words[noun].deprel not in _GOVERNED or tree.words[head].upos != "VERB":
        return None
    return head


def _on_found_cue(tree: SyntaxTree, verb: int, found: Sequence[Found]) -> bool:
    """Whether the verb is a found claim's cue ("said in a statement that")."""
    word = tree.words[verb]
    return any(f.cue[0] < word.end and word.start < f.cue[1] for f in found)


def _person_subject(tree: SyntaxTree, verb: int) -> bool:
    """Whether the verb's subject (its own, a conjunct's or an open complement's governor's) is a
    person: a subject pronoun or a name."""
    k: int | None = verb
    for _ in range(4):
        if k is None:
            return False
        subject = tree.subject(k, shared=True)
        if subject is not None:
            word = tree.words[subject.head]
            return word.upos == "PROPN" or word.text.lower() in _PERSON_PRONOUNS
        if tree.words[k].deprel != "xcomp":
            return False
        k = tree.head_of(k)
    return False


def _content(tree: SyntaxTree, noun: int) -> Span | None:
    """The "that" clause after the noun: from the word after "that" to the end of the clause the
    parse makes of it or, further, to the first strong break (";", ":", a dash, a bracket) or the
    sentence's end; before the noun's own verb when the noun is its subject. None without a verb."""
    first = noun + 2
    head = tree.predicate(first)
    words = _subtree(tree, head) if head >= first else set()
    last = max(words) if words and min(words) > noun else first
    k = last + 1
    while k < len(tree.words) and tree.words[k].text not in _STRONG_BREAKS:
        k += 1
    last = k - 1
    governor = tree.head_of(noun)
    if governor is not None and governor > first and tree.words[noun].deprel in ("nsubj", "nsubj:pass"):
        last = min(last, governor - 1)  # "his claim that A is false": A ends before the noun's verb
    if not any(tree.words[k].upos in ("VERB", "AUX") for k in range(first, last + 1)):
        return None
    start, end = tree.words[first].start, tree.words[last].end
    while end > start and not tree.text[end - 1].isalnum() and tree.text[end - 1] not in ')"”’':
        end -= 1
    return (start, end) if end > start else None


_STRONG_BREAKS: Final = frozenset([";", ":", "—", "–", "--", "(", "[", "?", "!"])


def _subtree(tree: SyntaxTree, head: int) -> set[int]:
    """The indexes of the words of ``head``'s subtree (``head`` included)."""
    stack, seen = [head], {head}
    while stack:
        k = stack.pop()
        fresh = [c for c in tree.children[k] if c not in seen]  # a malformed tree may hold a cycle
        seen.update(fresh)
        stack.extend(fresh)
    return seen
