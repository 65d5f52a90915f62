"""The benchmark's paired timer: both sides see the same texts, in alternating passes."""

from __future__ import annotations

from benchmarks.common import time_pair


def test_time_pair_alternates_the_two_sides_and_keeps_one_rate_each() -> None:
    calls: list[str] = []
    texts = ["one text", "another"]
    first, second = time_pair(
        ("peer", "ours"), texts, (lambda t: calls.append("p"), lambda t: calls.append("o")), rounds=3
    )
    # one warm-up call each, then three rounds of a pass of each side, peer first
    assert calls == ["p", "o"] + (["p", "p", "o", "o"] * 3)
    assert (first.name, second.name) == ("peer", "ours")
    assert first.articles == second.articles == 2
    assert first.chars == second.chars == len("one text") + len("another")
    assert first.seconds >= 0 and second.seconds >= 0


def test_time_pair_on_no_texts_gives_zero_work() -> None:
    first, second = time_pair(("a", "b"), [], (str, str), rounds=2)
    assert first.articles == second.articles == 0
    assert first.chars == 0



def test_time_inside_counts_a_consulted_producer_apart_from_its_consumer() -> None:
    from benchmarks.common import Article
    from benchmarks.throughput import _time_inside

    from newsparse import Document, Extractor, Pipeline, Sentence, Span

    def within(doc: Document, span: Sentence | Span) -> list[Span]:
        return [Span(span.start, span.end, doc.text[span.start : span.end])]

    def extract(doc: Document) -> list[Span]:
        return [s for s in doc.consult("parts", doc.sentences[0]) if isinstance(s, Span)]

    producer = Extractor(
        name="parts", produces="parts", extract=lambda doc: [], annotation_types=Span, on_demand=True,
        extract_within=within,
    )
    consumer = Extractor(
        name="user", produces="user", extract=extract, annotation_types=Span, consults="parts"
    )
    pipeline = Pipeline.build([producer, consumer])
    assert [e.name for e in pipeline.consulted] == ["parts"]
    own = _time_inside(pipeline, [Article("Talks resumed. Then they stopped.")])
    assert set(own) == {"user", "parts (consulted)"}
    assert own["parts (consulted)"] >= 0 and own["user"] >= 0
