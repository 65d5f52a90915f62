"""The core helpers extractors use: phrases, roles, clauses, quotations, datelines, negation, modality."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Sentence, Span
from newsparse.syntax import (
    Modality,
    SyntaxTree,
    Word,
    dateline_end,
    datelines,
    paragraph_quotations,
    quotations,
)
from newsparse.text import split_sentences
from tests.syntax.helpers import analysed, index_of


def test_noun_phrase_with_and_without_modifiers() -> None:
    words, tree = analysed("Bomb blasts in a southern district of Damascus killed at least 62 people.")
    district = index_of(words, "district")
    assert tree.noun_phrase(district).text == "a southern district"
    assert tree.noun_phrase(district, modifiers=True).text == "a southern district of Damascus"
    blasts = index_of(words, "blasts")
    assert tree.noun_phrase(blasts, modifiers=True).text == "Bomb blasts in a southern district of Damascus"


def test_subject_objects_obliques() -> None:
    words, tree = analysed("Russia and Turkey signed a new deal.")
    signed = index_of(words, "signed")
    subject = tree.subject(signed)
    assert subject is not None and subject.text == "Russia"
    assert [p.text for p in tree.objects(signed)] == ["a new deal"]
    assert tree.dependents(index_of(words, "Russia"), "conj") == (index_of(words, "Turkey"),)
    words, tree = analysed("The envoys met in Sochi on Monday.")
    met = index_of(words, "met")
    assert [(case, p.text) for case, p in tree.obliques(met)] == [("in", "Sochi"), ("on", "Monday")]
    assert tree.objects(met) == ()


def test_clause_of_a_word() -> None:
    words, tree = analysed("Officials said the rebels had withdrawn from the town.")
    town = index_of(words, "town")
    clause = tree.clause(town)
    assert clause.text == "the rebels had withdrawn from the town"
    assert words[clause.head].text == "withdrawn"
    assert tree.predicate(index_of(words, "Officials")) == index_of(words, "said")


@pytest.mark.parametrize(
    ("text", "verb", "expected"),
    [
        ("The rebels did not sign the deal.", "sign", Modality(True, None)),
        ("The rebels would sign the deal.", "sign", Modality(False, "would")),
        ("The rebels refused to sign the deal.", "sign", Modality(True, None)),
        ("The rebels agreed to freeze the fighting.", "freeze", Modality(False, "agreed")),
        ("The rebels signed the deal.", "signed", Modality(False, None)),
        ("The rebels never refused to sign the deal.", "sign", Modality(False, None)),
        ("The rebels signed the deal on May 1.", "signed", Modality(False, None)),  # a month, no modal
        ("The rebels may sign the deal.", "sign", Modality(False, "may")),
    ],
)
def test_negation_and_modality(text: str, verb: str, expected: Modality) -> None:
    words, tree = analysed(text)
    assert tree.modality(index_of(words, verb)) == expected


def test_quotations_pair_and_run_to_the_paragraph_end() -> None:
    text = 'He said "we will stay" and left.\n“It is over,” she said. "An open quote\nNext paragraph.'
    spans = quotations(text)
    assert [s.text for s in spans] == ['"we will stay"', "“It is over,”", '"An open quote']
    words, tree = analysed(text)
    stay = words[index_of(words, "stay")]
    assert tree.in_quotation(stay.start, stay.end)
    left = words[index_of(words, "left")]
    assert not tree.in_quotation(left.start, left.end)


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("MOSCOW: Russia said on Monday.", "MOSCOW"),
        ("BEIRUT (Reuters) - Rebels said on Monday.", "BEIRUT (Reuters)"),
        ("GAZA CITY, Gaza Strip - Rebels said.", "GAZA CITY, Gaza Strip"),
        ("LOWELL, Mass., April 7 - Wang Laboratories Inc said.", "LOWELL, Mass., April 7"),
        ("TV, films, and games have been gearing up.", None),
        ("MUNICH Major powers agreed.", "MUNICH"),
        ("NEW YORK Stocks rose on Monday.", "NEW YORK"),
        ("TEL AVIV Israel said on Monday.", "TEL AVIV"),
        ("LONDON 1996-08-30\n\nWest Indian all-rounder Phil Simmons took four.", "LONDON 1996-08-30"),
        ("AKRON , Ohio 1996-08-22\n\nScores on Thursday.", "AKRON , Ohio 1996-08-22"),
        ("NEW YORK 74 59 .556 -\n\nBALTIMORE 70 63 .526 4", None),
        ("UN Security Council members met.", None),
        ("EU Foreign ministers met.", None),
        ("NATO Secretary General Jens Stoltenberg said.", None),
        ("Russia said on Monday.", None),
    ],
)
def test_datelines(text: str, dateline: str | None) -> None:
    found = datelines(text, split_sentences(text))
    assert [s.text for s in found] == ([dateline] if dateline else [])


def test_dateline_only_opens_a_paragraph() -> None:
    text = "Talks went on. MOSCOW: more."
    assert dateline_end(text, 15) == 15
    assert datelines("Intro.\n\nMOSCOW: more.", [Sentence(0, 6), Sentence(8, 21)])[0].text == "MOSCOW"


def test_word_at_and_invalid_upos() -> None:
    _words, tree = analysed("Talks resumed.")
    assert tree.word_at(7) == 1 and tree.word_at(5) is None
    with pytest.raises(ValueError, match="'upos' must be in"):
        Word(0, 5, "Talks", "NN")
    assert SyntaxTree.of("", []).words == ()


def test_a_broken_layer_from_another_plugin_cannot_hang_or_crash_the_helpers() -> None:
    text = "a b c"
    words = [
        Word(0, 1, "a", "VERB", 1, "xcomp"),
        Word(2, 3, "b", "VERB", 0, "xcomp"),  # a cycle
        Word(4, 5, "c", "NOUN", 99, "obj"),  # a head out of range
    ]
    tree = SyntaxTree.of(text, words)
    assert tree.head_of(2) is None and tree.predicate(2) == 2
    assert tree.clause(0).text in ("a b", "a")
    assert isinstance(tree.modality(0), Modality)
    assert tree.noun_phrase(0).head == 0


def test_a_conjoined_verb_shares_the_first_verbs_subject_when_asked() -> None:
    text = "The rebels attacked the town and killed 12 people."
    words = [
        Word(0, 3, "The", "DET", 1, "det"),
        Word(4, 10, "rebels", "NOUN", 2, "nsubj"),
        Word(11, 19, "attacked", "VERB", None, "root"),
        Word(20, 23, "the", "DET", 4, "det"),
        Word(24, 28, "town", "NOUN", 2, "obj"),
        Word(29, 32, "and", "CCONJ", 6, "cc"),
        Word(33, 39, "killed", "VERB", 2, "conj"),
        Word(40, 42, "12", "NUM", 8, "nummod"),
        Word(43, 49, "people", "NOUN", 6, "obj"),
        Word(49, 50, ".", "PUNCT", None, None),
    ]
    tree = SyntaxTree.of(text, words)
    assert tree.subject(6) is None  # UD's basic tree: no subject of its own
    shared = tree.subject(6, shared=True)
    assert shared is not None and shared.text == "The rebels"


def test_a_conjoined_verb_in_a_complement_clause_shares_nothing() -> None:
    text = "Officials argue that meetings serve a purpose and accused Israel."
    words = [
        Word(0, 9, "Officials", "NOUN", 1, "nsubj"),
        Word(10, 15, "argue", "VERB", None, "root"),
        Word(16, 20, "that", "SCONJ", 4, "mark"),
        Word(21, 29, "meetings", "NOUN", 4, "nsubj"),
        Word(30, 35, "serve", "VERB", 1, "ccomp"),
        Word(36, 37, "a", "DET", 6, "det"),
        Word(38, 45, "purpose", "NOUN", 4, "obj"),
        Word(46, 49, "and", "CCONJ", 8, "cc"),
        Word(50, 57, "accused", "VERB", 4, "conj"),
        Word(58, 64, "Israel", "PROPN", 8, "obj"),
        Word(64, 65, ".", "PUNCT", None, None),
    ]
    tree = SyntaxTree.of(text, words)
    assert tree.subject(8, shared=True) is None  # "serve" sits in a complement clause


def test_sentence_trees_of_one_long_paragraph_scan_it_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """A tree per sentence read the quotations of its whole paragraph: quadratic in one long paragraph."""
    import newsparse.syntax as syntax
    from newsparse import Pipeline
    from newsparse.plugins import default_registry

    scanned = [0]

    def counted(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
        scanned[0] += (len(text) if end is None else end) - start
        return quotations(text, start, end)

    monkeypatch.setattr(syntax, "quotations", counted)
    text = '"We will not accept this deal," he said. "It is a disaster," she said. ' * 40
    doc = Pipeline.build(default_registry().extractors, only=["syntax"]).parse(text)
    trees = [syntax.sentence_tree(doc, sentence) for sentence in doc.sentences]
    assert len(trees) == 80
    assert scanned[0] <= 2 * len(text)  # was 80 times the text
    tree = trees[1]
    assert tree is not None and tree.in_quotation(text.index("disaster"), text.index("disaster") + 8)
    assert not tree.in_quotation(text.index("she"), text.index("she") + 3)


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_quotes_of_a_sentence_tree_stay_in_its_paragraph(newline: str) -> None:
    """A quotation left open at a paragraph's end stops there; the next paragraph's words are outside."""
    from newsparse import Pipeline
    from newsparse.plugins import default_registry
    from newsparse.syntax import sentence_tree

    text = f'He said: "We will go on.{newline}The talks ended on Monday.'
    doc = Pipeline.build(default_registry().extractors, only=["syntax"]).parse(text)
    first, second = (sentence_tree(doc, s) for s in doc.sentences)
    assert first is not None and first.in_quotation(text.index("go"), text.index("go") + 2)
    assert second is not None and not second.in_quotation(text.index("talks"), text.index("talks") + 5)


def test_a_long_hyphenated_run_splits_in_linear_time() -> None:
    """The e-mail and file-name alternatives read every "al-al-..." to its end from each word of it
    (quadratic: minutes for this text); bounded to a real address's length, the scan is linear."""
    from newsparse_syntax.words import split_columns

    text = "al-" * 30_000 + "cease-fire-" * 5_000
    starts, _ends, texts = split_columns(text)
    assert texts[:4] == ["al", "-", "al", "-"] and len(starts) == 2 * 30_000 + 4 * 5_000
    _, _, kept = split_columns("Write to press.office@un.org or see report-2018.pdf, al-Assad said.")
    assert kept[:6] == ["Write", "to", "press.office@un.org", "or", "see", "report-2018.pdf"]


QUOTY = st.lists(st.sampled_from(['"', "“", "”", "a", " ", "said.", "\n", "  \n"]), max_size=40).map("".join)


@given(QUOTY)
def test_paragraph_quotations_are_the_same_under_every_line_ending(text: str) -> None:
    """Bare "\\r" and "\\r\\n" end a paragraph as "\\n" does: the same quotations, the same quoted words."""
    expected = [(s.start, s.end) for s in paragraph_quotations(text)]
    assert [(s.start, s.end) for s in paragraph_quotations(text.replace("\n", "\r"))] == expected
    windows = text.replace("\n", "\r\n")
    assert [s.text for s in paragraph_quotations(windows)] == [text[a:b] for a, b in expected]


def test_a_quote_left_open_at_a_line_end_stops_before_the_white_space() -> None:
    """Closed by a line end inside the text given, an open quote keeps no trailing blanks."""
    text = 'He said "no more   \rShe left.'
    assert [s.text for s in quotations(text)] == ['"no more']
    assert [s.text for s in paragraph_quotations(text)] == ['"no more']


class _ReadCounted(Sequence[Word]):
    """A sequence of words that counts every item read from it (the work a lookup does)."""

    def __init__(self, words: Sequence[Word], reads: list[int]) -> None:
        """Stand in for ``words``; ``reads[0]`` gathers the items read."""
        self.words, self.reads = words, reads

    def __len__(self) -> int:
        """As many as the words."""
        return len(self.words)

    def __getitem__(self, index: Any) -> Any:
        """One read per item handed out."""
        found = self.words[index]
        self.reads[0] += len(found) if isinstance(index, slice) else 1
        return found


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_a_tree_per_sentence_reads_only_its_own_words(monkeypatch: pytest.MonkeyPatch, newline: str) -> None:
    """Each sentence's tree filtered the document's whole syntax layer: a tree per sentence was
    quadratic in a long document (the words are now gathered once per document)."""
    import newsparse.syntax as syntax
    from newsparse import Pipeline
    from newsparse.plugins import default_registry

    reads = [0]
    original = syntax._words_inside

    def counted(words: Sequence[Word], span: Sentence | Span) -> tuple[Word, ...]:
        return original(_ReadCounted(words, reads), span)

    monkeypatch.setattr(syntax, "_words_inside", counted)
    text = f"Gunmen stormed the village on Monday. They killed 12 people.{newline}" * 60
    doc = Pipeline.build(default_registry().extractors, only=["syntax"]).parse(text)
    trees = [syntax.sentence_tree(doc, sentence) for sentence in doc.sentences]
    assert len(trees) == 120 and all(tree is not None for tree in trees)
    words = len(doc.layer("syntax"))
    assert reads[0] <= 4 * words  # was the whole layer per sentence: 120 times the words
    assert doc.syntax_words is doc.syntax_words and len(doc.syntax_words) == words
    second = trees[1]
    assert second is not None and [w.text for w in second.words][:2] == ["They", "killed"]
    assert second.words[1].head is None or second.words[1].head < len(second.words)


def test_a_participle_clause_shares_the_subject_of_its_verb() -> None:
    """ "Troops battled the militia, killing 40 and wounding 12": the troops killed and wounded."""
    text = "Troops battled the militia, killing 40 and wounding 12."
    words, tree = analysed(text)
    killing, wounding = index_of(words, "killing"), index_of(words, "wounding")
    assert tree.subject(killing) is None and tree.subject(wounding) is None  # none of their own
    for verb in (killing, wounding):
        shared = tree.subject(verb, shared=True)
        assert shared is not None and text[shared.start : shared.end] == "Troops"


def test_a_participle_with_an_auxiliary_shares_no_subject() -> None:
    """An ``advcl`` with an auxiliary is a clause of its own, not one its verb's subject controls."""
    text = "He left, having said nothing."
    words = [
        Word(0, 2, "He", "PRON", 1, "nsubj"),
        Word(3, 7, "left", "VERB", None, "root"),
        Word(7, 8, ",", "PUNCT", None, None),
        Word(9, 15, "having", "AUX", 4, "aux"),
        Word(16, 20, "said", "VERB", 1, "advcl"),
        Word(21, 28, "nothing", "PRON", 4, "obj"),
        Word(28, 29, ".", "PUNCT", None, None),
    ]
    tree = SyntaxTree.of(text, words)
    assert tree.subject(4, shared=True) is None
