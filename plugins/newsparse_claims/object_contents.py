"""Speech acts whose noun-phrase object is their content: "criticizes the decision", "would deny it".

The guideline (evaluation/data/guidelines/claims.md) takes a speech act with a noun-phrase content
("criticised the decision", "dismissed claims of a rift", "denounced the slanders"). The word rules
take the past forms of many such verbs; the other forms ("rejects", "would not criticize", "to
condemn") and some verbs ("chided", "rubbished", "extols") they never take. For a form of the table
below that no found claim covers, the syntax layer's parse of its sentence decides: the verb has an
object after it and no clausal complement, a subject before it (the source; a participle's or an
infinitive's controller), and the object's noun phrase (with an oblique "for", "of", "as", "over"
right after it: "blamed China for the losses") is the content. Only sentences holding a table form
are analysed.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Final

from newsparse import Document
from newsparse import Span as QuoteSpan
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse_claims.found import Found
from newsparse_claims.lexicon import (
    ATTITUDE_CUES,
    CUE_VERBS,
    PARTICIPLE_CUES,
    SHARED_SUBJECT_CUES,
    SOURCE_NOUNS,
    SPEECH_PARTICIPLES,
)

__all__ = ["OBJECT_CONTENT_VERBS", "object_contents"]

Span = tuple[int, int]

# Speech acts whose object is what is said (each form written out; the word rules' own forms are
# taken out below). Why each is in:
# - stating or withholding a proposition the object names: deny ("denied the report": the report
#   is what is denied), confirm, acknowledge, admit, concede, announce, disclose, declare
#   ("declared an emergency"), proclaim;
# - committing to or foretelling what the object names: promise ("promised a veto"), pledge,
#   predict ("predicted a landslide"), propose, recommend, endorse (a stated backing of the object);
# - judging aloud what the object names (the object is the matter of the judgment, the speech act's
#   content by the guideline's "criticised the decision"): criticize/criticise, condemn, denounce,
#   decry, deplore, praise, hail, applaud, commend, laud, extol, blame ("X for Y"), fault, rebuke,
#   chide, scold, castigate, berate, lambaste, slam, blast, ridicule, mock, deride, rubbish,
#   disavow, repudiate, reject, dispute, downplay, tout, accuse ("X of Y").
# Left out, with another common sense in news whose object is no content: dismiss (an employee, a
# case), attack, defend, challenge,
# question (a suspect), welcome (guests), celebrate, reveal (a photo reveals a scar), cheer, boo,
# support, back, oppose (attitudes the word rules read by their own lists).
_SPEECH_ACT_FORMS: Final = frozenset(
    """
    deny denies denied denying confirm confirms confirmed confirming
    acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
    concede concedes conceded conceding announce announces announced announcing
    disclose discloses disclosed disclosing declare declares declared declaring
    proclaim proclaims proclaimed proclaiming
    promise promises promised promising pledge pledges pledged pledging
    predict predicts predicted predicting propose proposes proposed proposing
    recommend recommends recommended recommending endorse endorses endorsed endorsing
    criticize criticizes criticized criticizing criticise criticises criticised criticising
    condemn condemns condemned condemning denounce denounces denounced denouncing
    decry decries decried decrying deplore deplores deplored deploring
    praise praises praised praising hail hails hailed hailing applaud applauds applauded applauding
    commend commends commended commending laud lauds lauded lauding extol extols extolled extolling
    blame blames blamed blaming fault faults faulted faulting rebuke rebukes rebuked rebuking
    chide chides chided chiding scold scolds scolded scolding castigate castigates castigated castigating
    berate berates berated berating lambaste lambastes lambasted lambasting lambast lambasts
    slam slams slammed slamming blast blasts blasted blasting
    ridicule ridicules ridiculed ridiculing mock mocks mocked mocking deride derides derided deriding
    rubbish rubbishes rubbished rubbishing disavow disavows disavowed disavowing
    repudiate repudiates repudiated repudiating reject rejects rejected rejecting
    dispute disputes disputed disputing
    downplay downplays downplayed downplaying tout touts touted touting
    accuse accuses accused accusing
    """.split()
)
# the forms the word rules read already (with their own guards): never asked here
_HAND_CUES: Final = CUE_VERBS | ATTITUDE_CUES | PARTICIPLE_CUES | SPEECH_PARTICIPLES | SHARED_SUBJECT_CUES
OBJECT_CONTENT_VERBS: Final = _SPEECH_ACT_FORMS - _HAND_CUES

# words before a table form that make it a noun ("the blame", "a promise", "his praise")
_NOUN_BEFORE: Final = frozenset(
    "a an the this that these those his her its their our my your no any every such of".split()
)
# subject words that name no source (the writer or reader, a pronoun standing for no speaker)
_NOT_SOURCES: Final = frozenset("i we you me us it this that these those there here what which".split())
_SOURCE_HEADS: Final = frozenset({"NOUN", "PROPN", "PRON"})
# a clause or a second object after the verb: another shape ("deny her the nomination")
_OTHER_COMPLEMENTS: Final = frozenset({"ccomp", "xcomp", "parataxis", "csubj", "iobj"})
# prepositions of an oblique after the object that PolNeAR and the guideline keep in the content
# ("blamed China for the losses", "accused him of lying", "hailed the deal as a victory")
_KEPT_OBLIQUES: Final = frozenset({"for", "of", "as", "over", "about", "against"})
_SUBJECTS: Final = ("nsubj",)


def object_contents(doc: Document, sentence_starts: Sequence[int], found: Sequence[Found]) -> list[Found]:
    """The claims of table verbs with a noun-phrase object and a subject, none where a found claim
    covers the verb (its cue or its content: an attribution inside another's content is the outer
    one's words, by the guideline) or a quotation holds it."""
    low = doc.token_lowers
    if OBJECT_CONTENT_VERBS.isdisjoint(low):
        return []  # most texts: one C-level pass over the tokens, no Python loop
    texts = doc.token_columns.texts
    places = [k for k in _indices(low, OBJECT_CONTENT_VERBS.intersection(low)) if _verb_place(low, texts, k)]
    if not places:
        return []
    starts = doc.token_columns.starts
    ends = doc.token_columns.ends
    out: list[Found] = []
    trees: dict[int, SyntaxTree | None] = {}
    for k in places:
        cue = (starts[k], ends[k])
        if any(_covers(f, cue) for f in found) or _quoted(doc.paragraph_quotes, cue[0]):
            continue
        at = bisect.bisect_right(sentence_starts, cue[0]) - 1
        if at < 0 or _headline(doc.text, cue, sentence_starts[at]):
            continue
        if at not in trees:
            trees[at] = sentence_tree(doc, doc.sentences[at])
        tree = trees[at]
        made = None if tree is None else _claim(tree, cue)
        if made is not None:
            out.append(made)
    return out


def _indices(low: Sequence[str], words: AbstractSet[str]) -> list[int]:
    """The places of ``words`` in ``low``, in text order (``tuple.index`` finds each, in C)."""
    out = []
    for word in words:
        k = low.index(word)
        while k >= 0:
            out.append(k)
            k = _next(low, word, k + 1)
    return sorted(out)


def _next(low: Sequence[str], word: str, start: int) -> int:
    """The index of the next ``word`` from ``start`` on, or -1."""
    try:
        return low.index(word, start)
    except ValueError:
        return -1


def _verb_place(low: Sequence[str], texts: Sequence[str], k: int) -> bool:
    """Whether the table form at ``k`` may be a verb with an object, by its words alone (each trigger
    costs a sentence's analysis): not after a determiner or a possessive (a noun: "the blame"), and
    before a word that may open a noun phrase (not a preposition, a conjunction, a complementiser, a
    pronoun object or punctuation: "deny that", "blame for", "rubbish, and"); a form that is also a
    noun ("promises", "rubbish", "fault") only after a word a verb follows: an auxiliary, "to", a
    subject pronoun, an adverb, a name or a plural ("Authorities blame", "at fault", "election promises");
    no past participle after "be" (a passive: "was lauded by")."""
    if k + 1 >= len(low) or (k > 0 and low[k - 1] in _NOUN_BEFORE):
        return False
    after = low[k + 1]
    if after in _NO_OBJECT_NEXT or not (after[0].isalnum() or after[0] in _OBJECT_MARKS):
        return False
    before = low[k - 1] if k > 0 else ""
    if before in _BE and low[k].endswith("ed"):
        return False  # a passive ("was lauded by"): no object
    if low[k] not in _NOUN_FORMS:
        return True
    return before in _VERB_BEFORE or before.endswith(("ly", "s")) or (k > 0 and texts[k - 1][:1].isupper())


_BE: Final = frozenset("is are was were be been being 's 're".split())


# words after a table form that open no object: prepositions, conjunctions, complementisers, question
# words, pronoun objects (a content that is a bare pronoun says nothing), subject pronouns (a clause:
# "deny he was there"), negation and adverbs
_NO_OBJECT_NEXT: Final = frozenset(
    """
    to that by in on at after before but and or nor how what whether if why when where who which for of
    with from as into about against over under than so because while it them him me us you there here
    not also again too up out he she they we i very
    """.split()
)
_OBJECT_MARKS: Final = "$£€\"“‘'"
# table forms that are also common nouns ("election promises", "household rubbish", "at fault")
_NOUN_FORMS: Final = frozenset(
    """
    promise promises pledge pledges praise blame fault faults rubbish dispute disputes ridicule rebuke
    rebukes tout touts blast blasts hail hails mock slam slams
    """.split()
)
# words a verb follows: auxiliaries, modals, "to", negation, subject pronouns, a few adverbs
_VERB_BEFORE: Final = frozenset(
    """
    to will would could can may might should must shall do does did not n't never also still often
    he she they who 'll 'd
    """.split()
)


def _headline(text: str, cue: Span, sentence_start: int) -> bool:
    """Whether the cue is capitalised inside its sentence: a title-case headline ("GOP Candidates
    Resoundingly Reject The Idea"), whose words the parse tags as names."""
    return cue[0] > sentence_start and text[cue[0]].isupper()


def _quoted(quotes: Sequence[QuoteSpan], offset: int) -> bool:
    """Whether ``offset`` lies inside one of the (disjoint, ordered) quotations."""
    at = bisect.bisect_right(quotes, offset, key=_quote_start) - 1
    return at >= 0 and offset < quotes[at].end


def _quote_start(quote: QuoteSpan) -> int:
    return quote.start


def _covers(item: Found, cue: Span) -> bool:
    """Whether a found claim's cue overlaps ``cue`` or its content holds it."""
    return (item.cue[0] < cue[1] and cue[0] < item.cue[1]) or item.content[0] <= cue[0] < item.content[1]


def _claim(tree: SyntaxTree, cue: Span) -> Found | None:
    """The verb at ``cue`` as a claim: its subject the source, its object's phrase the content."""
    verb = tree.word_at(cue[0])
    if verb is None or tree.words[verb].upos != "VERB" or tree.words[verb].deprel is None:
        return None  # a verb the parse left unattached: its subject is a guess ("wave of migrants, ...")
    kids = [k for k in tree.children[verb] if tree.words[k].start >= cue[1]]
    objects = [k for k in kids if tree.words[k].deprel == "obj"]
    if len(objects) != 1 or any(tree.words[k].deprel in _OTHER_COMPLEMENTS for k in kids):
        return None
    subject = _source(tree, verb)
    if subject is None or subject[1] > cue[0]:
        return None
    content = _content(tree, verb, objects[0])
    if content[0] < cue[1]:
        return None
    return Found(cue, content, subject)


def _source(tree: SyntaxTree, verb: int) -> Span | None:
    """The verb's subject phrase (a participle's or conjunct's shared one, an infinitive's controller),
    when its head may name a speaker."""
    own = tree.dependents(verb, *_SUBJECTS)
    head: int | None = own[0] if own else None
    governor = tree.head_of(verb)
    if head is None and governor is not None and _infinitive(tree, verb):
        if tree.dependents(governor, "obj", "iobj"):
            return None  # "pushes Democrats to reject the deal": the object rejects, not the subject
    if head is None and governor is not None and tree.words[verb].deprel == "xcomp":
        found = tree.dependents(governor, *_SUBJECTS)  # "were quick to condemn", "went on to endorse"
        head = found[0] if found else None
    if head is None:
        phrase = tree.subject(verb, shared=True)
        head = None if phrase is None else phrase.head
    if head is None:
        return None
    word = tree.words[head]
    lower = str.lower(word.text)
    if word.upos not in _SOURCE_HEADS or lower in _NOT_SOURCES:
        return None
    if word.upos == "NOUN" and word.text == lower and not _speaker_noun(lower):
        return None  # a thing, not a speaker: "The prize commends an author" (but "experts", "Trump")
    phrase = tree.noun_phrase(head, modifiers=True)  # "Trump and Sanders", "Jane Doe, a spokeswoman"
    end = min(phrase.end, tree.words[verb].start)
    if _gap(tree, verb, end):  # a relative clause or words the parse hung elsewhere: the core alone
        core = tree.noun_phrase(head)
        end = min(core.end, tree.words[verb].start)
    while end > phrase.start and not tree.text[end - 1].isalnum() and tree.text[end - 1] not in ").":
        end -= 1
    return (phrase.start, end) if end > phrase.start else None


def _infinitive(tree: SyntaxTree, verb: int) -> bool:
    """Whether the verb is an infinitive opened by "to" ("to reject the deal")."""
    return any(str.lower(tree.words[k].text) == "to" for k in tree.dependents(verb, "mark"))


def _gap(tree: SyntaxTree, verb: int, start: int) -> bool:
    """Whether a word other than the verb's auxiliaries, negation and adverbs stands between ``start``
    and the verb."""
    for k in range(verb - 1, -1, -1):
        word = tree.words[k]
        if word.end <= start:
            return False
        own = tree.head_of(k) == verb and word.deprel in _BEFORE_VERB
        if not own and any(ch.isalnum() for ch in word.text):
            return True
    return False


_BEFORE_VERB: Final = frozenset({"aux", "advmod", "neg", "aux:pass"})


def _speaker_noun(lower: str) -> bool:
    """Whether a lower-case common noun may name a speaker: a plural ("experts", "the men"), a noun of
    the sources' list ("the panel", "the report"), or a noun of agent ("the donor", "a critic")."""
    return lower.endswith(_PERSON_ENDINGS) or lower in SOURCE_NOUNS


_PERSON_ENDINGS: Final = ("s", "men", "er", "or", "ist", "ian", "ant", "ent", "ic", "person", "woman")


def _content(tree: SyntaxTree, verb: int, obj: int) -> Span:
    """The object's noun phrase with its modifiers, and an oblique "for/of/as/over ..." of the verb
    that follows it ("blamed China for the losses")."""
    words = _subtree(tree, obj)  # the whole object: "a sharp drop in values", "programs that help people"
    start, end = tree.words[min(words)].start, tree.words[max(words)].end
    for k in tree.dependents(verb, "obl", "advcl"):  # "of lying": a clause opened by its mark
        case = tree.dependents(k, "case", "mark")
        if not case or str.lower(tree.words[case[0]].text) not in _KEPT_OBLIQUES:
            continue
        if tree.words[case[0]].start < end or tree.words[case[0]].start - end > 2:
            continue
        end = max(end, tree.words[_last(tree, k)].end)
    while end > start and not tree.text[end - 1].isalnum() and tree.text[end - 1] not in ')"”’':
        end -= 1
    return (start, end)


def _last(tree: SyntaxTree, head: int) -> int:
    """The index of the last word of ``head``'s subtree."""
    return max(_subtree(tree, head))


def _subtree(tree: SyntaxTree, head: int) -> set[int]:
    """The indexes of the words of ``head``'s subtree (``head`` included)."""
    stack, seen = [head], {head}
    while stack:
        k = stack.pop()
        fresh = [c for c in tree.children[k] if c not in seen]  # a malformed tree may hold a cycle
        seen.update(fresh)
        stack.extend(fresh)
    return seen
