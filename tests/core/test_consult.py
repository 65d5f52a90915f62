"""Layers read span by span: ``Extractor(consults=...)``, ``extract_within`` and ``Document.consult``."""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from newsparse import Document, Extractor, Pipeline, Sentence, Span
from newsparse.model import Annotation
from newsparse.plugins import default_registry
from newsparse.syntax import SyntaxTree, Word, sentence_tree

TEXT = "Rebels agreed to a truce. Kerry said it was fragile. Nothing else happened here."


@attrs.frozen
class Mark(Annotation):
    """A toy annotation: one per word of the spans asked for."""

    start: int
    end: int
    text: str


def _words(doc: Document, start: int, end: int) -> list[Mark]:
    marks, at = [], start
    for piece in doc.text[start:end].split():
        begin = doc.text.index(piece, at)
        marks.append(Mark(begin, begin + len(piece), piece))
        at = begin + len(piece)
    return marks


def _producer(calls: list[tuple[int, int]], *, within: bool = True) -> Extractor:
    def whole(doc: Document) -> list[Mark]:
        calls.append((0, len(doc.text)))
        return _words(doc, 0, len(doc.text))

    def inside(doc: Document, span: Sentence | Span) -> list[Mark]:
        calls.append((span.start, span.end))
        return _words(doc, span.start, span.end)

    return Extractor(
        name="marks",
        produces="marks",
        extract=whole,
        annotation_types=Mark,
        on_demand=True,
        extract_within=inside if within else None,
    )


def _consumer(name: str, seen: list[tuple[Annotation, ...]], sentences: Iterable[int] = (0,)) -> Extractor:
    wanted = tuple(sentences)

    def extract(doc: Document) -> list[Span]:
        for index in wanted:
            seen.append(doc.consult("marks", doc.sentences[index]))
        return []

    return Extractor(name=name, produces=name, extract=extract, annotation_types=Span, consults="marks")


def test_a_consulted_layer_is_computed_only_on_the_spans_asked_for() -> None:
    calls: list[tuple[int, int]] = []
    seen: list[tuple[Annotation, ...]] = []
    pipeline = Pipeline.build([_producer(calls), _consumer("first", seen)])
    doc = pipeline.parse(TEXT)
    assert pipeline.layers == ("first",)
    first = doc.sentences[0]
    assert calls == [(first.start, first.end)]
    assert [m.text for m in seen[0]] == ["Rebels", "agreed", "to", "a", "truce."]  # type: ignore[attr-defined]
    assert "marks" not in doc.layers  # consulted, not produced


def test_two_consumers_of_one_span_pay_once() -> None:
    calls: list[tuple[int, int]] = []
    seen: list[tuple[Annotation, ...]] = []
    extractors = [_producer(calls), _consumer("first", seen, (0, 1)), _consumer("second", seen, (1,))]
    Pipeline.build(extractors).parse(TEXT)
    assert len(calls) == 2
    assert seen[1] is seen[2]


def test_a_producer_without_extract_within_runs_over_the_whole_document_first() -> None:
    calls: list[tuple[int, int]] = []
    seen: list[tuple[Annotation, ...]] = []
    pipeline = Pipeline.build([_producer(calls, within=False), _consumer("first", seen, (1,))])
    doc = pipeline.parse(TEXT)
    assert pipeline.layers == ("marks", "first")
    assert calls == [(0, len(TEXT))]
    assert [m.text for m in seen[0]] == ["Kerry", "said", "it", "was", "fragile."]  # type: ignore[attr-defined]
    assert len(doc.layer("marks")) == len(TEXT.split())


def test_a_missing_producer_leaves_the_consumer_without_the_layer() -> None:
    seen: list[tuple[Annotation, ...]] = []
    doc = Pipeline.build([_consumer("first", seen)]).parse(TEXT)
    assert seen == [()]
    assert doc.problems == ()


def test_a_failing_producer_is_a_problem_and_the_consumer_still_runs() -> None:
    def broken(doc: Document, span: Sentence | Span) -> list[Mark]:
        raise RuntimeError("no model")

    producer = attrs.evolve(_producer([]), extract_within=broken)
    seen: list[tuple[Annotation, ...]] = []
    doc = Pipeline.build([producer, _consumer("first", seen, (0, 1))]).parse(TEXT)
    assert seen == [(), ()]
    assert "first" in doc.layers
    assert [(p.extractor, p.error) for p in doc.problems] == [("marks", "RuntimeError")]  # once per document


def test_annotations_outside_the_span_are_refused() -> None:
    def spilling(doc: Document, span: Sentence | Span) -> list[Mark]:
        return _words(doc, 0, len(doc.text))

    producer = attrs.evolve(_producer([]), extract_within=spilling)
    seen: list[tuple[Annotation, ...]] = []
    doc = Pipeline.build([producer, _consumer("first", seen)]).parse(TEXT)
    assert seen == [()]
    assert doc.problems[0].error == "InvalidAnnotation"
    assert "outside the span" in doc.problems[0].message


def test_consult_outside_a_pipeline_reads_the_layer_inside_the_span() -> None:
    doc = Document(TEXT)
    marks = tuple(_words(doc, 0, len(TEXT)))
    doc = doc.with_layer("marks", marks)
    second = doc.sentences[1]
    assert [m.text for m in doc.consult("marks", second)] == ["Kerry", "said", "it", "was", "fragile."]  # type: ignore[attr-defined]
    assert doc.consult("absent", second) == ()


def _syntax_pipeline(consumer: Extractor) -> Pipeline:
    return Pipeline.build([*default_registry().extractors, consumer], only=[consumer.produces])


def test_sentence_trees_agree_whether_consulted_or_cut_from_the_whole_layer() -> None:
    trees: list[SyntaxTree | None] = []

    def extract(doc: Document) -> list[Span]:
        trees.extend(sentence_tree(doc, sentence) for sentence in doc.sentences)
        return []

    consumer = Extractor(
        name="probe", produces="probe", extract=extract, annotation_types=Span, consults="syntax"
    )
    pipeline = _syntax_pipeline(consumer)
    assert "syntax" not in pipeline.layers
    pipeline.parse(TEXT)
    whole = Pipeline.build(default_registry().extractors, only=["syntax"]).parse(TEXT)
    cut = [sentence_tree(whole, sentence) for sentence in whole.sentences]
    assert [t.words for t in trees if t] == [t.words for t in cut if t]
    first = cut[0]
    assert first is not None and all(w.head is None or 0 <= w.head < len(first.words) for w in first.words)
    verb = first.word_at(TEXT.index("agreed"))
    assert verb is not None
    subject = first.subject(verb)
    assert subject is not None and subject.text == "Rebels"


def test_no_tree_without_a_syntax_producer() -> None:
    assert sentence_tree(Document(TEXT), Document(TEXT).sentences[0]) is None
    assert isinstance(Word(0, 6, "Rebels", "NOUN"), Word)


def test_can_consult_says_whether_anything_would_answer() -> None:
    """A consumer learns, without asking a span, whether a producer or the document holds the layer."""
    answers: list[bool] = []

    def extract(doc: Document) -> list[Span]:
        answers.append(doc.can_consult("marks"))
        return []

    consumer = Extractor(
        name="asker", produces="asker", extract=extract, annotation_types=Span, consults="marks"
    )
    Pipeline.build([_producer([]), consumer]).parse(TEXT)
    Pipeline.build([consumer]).parse(TEXT)
    assert answers == [True, False]
    assert not Document(TEXT).can_consult("marks")
