"""A comma-led participle in -ing the parse left unattached is an ``advcl`` of the predicate of the
clause the comma closes (``participle_repairs``), and shares that clause's subject."""

from __future__ import annotations

from newsparse_syntax.participle_repairs import attach_comma_participles

from .helpers import analysed, head_text, index_of


def _attached(text: str, tags: str, heads: list[int | None], rels: list[str | None]) -> list[int | None]:
    """The heads after the repair (``text`` and ``tags`` one a word)."""
    forms, tagged = text.split(), tags.split()
    assert len(forms) == len(tagged) == len(heads) == len(rels)
    attach_comma_participles(forms, [f.lower() for f in forms], tagged, heads, rels)
    return heads


def test_a_free_participle_after_a_comma_hangs_on_the_main_clause() -> None:
    words, tree = analysed("The film has topped the box office chart, displacing Ocean's 12.")
    displacing = index_of(words, "displacing")
    assert head_text(words, displacing) == "topped" and words[displacing].deprel == "advcl"
    subject = tree.subject(displacing, shared=True)
    assert subject is not None and subject.text == "The film"


def test_the_repair_climbs_from_the_word_before_the_comma() -> None:
    text = "troops fired on the crowd , thereby killing four"
    tags = "NOUN VERB ADP DET NOUN PUNCT ADV VERB NUM"
    heads: list[int | None] = [1, None, 4, 4, 1, None, None, None, 7]
    rels: list[str | None] = ["nsubj", "root", "case", "det", "obl", None, None, None, "obj"]
    assert _attached(text, tags, heads, rels)[7] == 1 and rels[7] == "advcl"


def test_lists_names_and_subordinate_clauses_are_left_alone() -> None:
    for text, tags, heads, rels, participle in (
        (  # a list of noun phrases: "retraining" modifies "costs"
            "costs rose , retraining costs and fees",
            "NOUN VERB PUNCT VERB NOUN CCONJ NOUN",
            [1, None, None, None, None, None, None],
            ["nsubj", "root", None, None, None, None, None],
            3,
        ),
        (  # a place name: "Richfield Avenue, Reading"
            "they play at Avenue , Reading",
            "PRON VERB ADP PROPN PUNCT VERB",
            [1, None, 3, 1, None, None],
            ["nsubj", "root", "case", "obl", None, None],
            5,
        ),
        (  # a subordinate clause closes before the comma: either clause may be the actor's
            "he won while she prevailed , allowing",
            "PRON VERB SCONJ PRON VERB PUNCT VERB",
            [1, None, 4, 4, 1, None, None],
            ["nsubj", "root", "mark", "nsubj", "advcl", None, None],
            6,
        ),
        (  # across a semicolon
            "he won ; later , adding",
            "PRON VERB PUNCT ADV PUNCT VERB",
            [1, None, None, 1, None, None],
            ["nsubj", "root", None, "advmod", None, None],
            5,
        ),
    ):
        assert _attached(text, tags, list(heads), list(rels))[participle] is None, text


def test_an_attached_or_prepositional_participle_is_left_alone() -> None:
    words, _ = analysed("The BBC collected three awards, including best online entertainment.")
    assert words[index_of(words, "including")].deprel != "advcl"
