"""The spaCy variant: a tagger + parser pipeline, trained here on two sentences, fills the layer."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsparse import Document
from newsparse.spans import Span
from newsparse.syntax import UPOS_TAGS
from newsparse_syntax import spacy_backend, syntax_of, syntax_within

spacy = pytest.importorskip("spacy")

TRAINING = [
    (
        "Russia signed the deal .",
        ["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
        [1, 1, 3, 1, 1],
        ["nsubj", "ROOT", "det", "dobj", "punct"],
    ),
    (
        "The rebels rejected the plan .",
        ["DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
        [1, 2, 2, 4, 2, 2],
        ["det", "nsubj", "ROOT", "det", "dobj", "punct"],
    ),
]


def _train(path: Path) -> None:
    from spacy.training import Example

    nlp = spacy.blank("en")
    tagger = nlp.add_pipe("tagger")
    parser = nlp.add_pipe("parser")
    examples = []
    for text, tags, heads, deps in TRAINING:
        for tag in tags:
            tagger.add_label(tag)
        for dep in deps:
            parser.add_label(dep)
        examples.append(Example.from_dict(nlp.make_doc(text), {"tags": tags, "heads": heads, "deps": deps}))
    random.seed(1)
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(40):
        nlp.update(examples, sgd=optimizer)
    nlp.to_disk(path)


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A saved tagger + parser pipeline trained on the two sentences above."""
    path = tmp_path_factory.mktemp("spacy") / "tiny_parser"
    _train(path)
    return path


@pytest.fixture()
def configured(trained: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv(spacy_backend.ENV_VAR, str(trained))
    spacy_backend.load_model.cache_clear()
    yield trained
    spacy_backend.load_model.cache_clear()


def test_layer_comes_from_the_trained_pipeline(configured: Path) -> None:
    text = "Russia signed the deal ."
    words = syntax_of(Document(text))
    assert [w.text for w in words] == text.split()
    assert [w.upos for w in words] == TRAINING[0][1]  # learnt by heart from two sentences
    by_text = {w.text: w for w in words}
    assert by_text["signed"].deprel == "root" and by_text["signed"].head is None
    assert by_text["Russia"].deprel == "nsubj" and words[by_text["Russia"].head].text == "signed"
    assert by_text["deal"].deprel == "obj"  # spaCy's dobj, in UD's name


def test_every_word_is_well_formed_on_other_text(configured: Path) -> None:
    text = "Talks  resumed in Geneva.\n\nThe rebels agreed."
    words = syntax_of(Document(text))
    assert all(w.upos in UPOS_TAGS for w in words)
    assert all(w.text == text[w.start : w.end] and not w.text.isspace() for w in words)
    assert all(w.head is None or 0 <= w.head < len(words) for w in words)


def test_pipeline_without_parser_falls_back_to_the_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blank = tmp_path / "blank"
    spacy.blank("en").to_disk(blank)
    monkeypatch.setenv(spacy_backend.ENV_VAR, str(blank))
    spacy_backend.load_model.cache_clear()
    try:
        assert spacy_backend.configured_model() is None
        words = syntax_of(Document("Russia signed the deal."))
        assert [w.text for w in words] == ["Russia", "signed", "the", "deal", "."]
        assert words[0].deprel == "nsubj" and words[0].head == 1
    finally:
        spacy_backend.load_model.cache_clear()


def test_one_sentence_from_the_trained_pipeline(configured: Path) -> None:
    text = "Talks resumed . Russia signed the deal ."
    start = text.index("Russia")
    words = syntax_within(Document(text), Span.of(text, start, len(text)))
    assert [w.text for w in words] == "Russia signed the deal .".split()
    assert all(w.text == text[w.start : w.end] for w in words)  # offsets into the whole text
    by_text = {w.text: w for w in words}
    assert by_text["Russia"].deprel == "nsubj" and words[by_text["Russia"].head].text == "signed"
