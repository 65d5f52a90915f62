"""The benchmark's paired timer: both sides see the same texts, in alternating passes."""

from __future__ import annotations


def test_time_interleaved_on_no_texts_gives_zero_work() -> None:
    from benchmarks.common import time_interleaved

    peer, ours = time_interleaved([], (str, str), rounds=2)
    assert peer == ours == [0.0, 0.0]


def test_time_interleaved_alternates_whole_passes_peer_first_and_keeps_every_round() -> None:
    from benchmarks.common import time_interleaved

    calls: list[str] = []
    texts = ["one text", "another", "a third"]
    peer, ours = time_interleaved(texts, (lambda t: calls.append("p"), lambda t: calls.append("o")), rounds=2)
    # one warm-up call each, then per round a whole pass of the peer and a whole pass of ours
    assert calls == ["p", "o"] + (["p"] * 3 + ["o"] * 3) * 2
    assert len(peer) == len(ours) == 2


def test_time_interleaved_in_chunks_swaps_the_order_from_chunk_to_chunk() -> None:
    from benchmarks.common import time_interleaved

    calls: list[str] = []
    texts = ["a", "b", "c"]
    time_interleaved(texts, (lambda t: calls.append("p" + t), lambda t: calls.append("o" + t)), 1, chunk=2)
    assert calls == ["pa", "oa", "pa", "pb", "oa", "ob", "oc", "pc"]


def test_paired_ratios_takes_each_rounds_ratio_and_their_median_not_the_fastest_passes() -> None:
    from benchmarks.common import paired_ratios

    # the fastest passes (2.0 and 0.25, from different rounds) would read 8x; no round does
    spread = paired_ratios([2.0, 3.0, 2.4], [0.4, 0.5, 0.25])
    assert (spread.low, spread.high, spread.rounds) == (5.0, 9.6, 3)
    assert spread.median == 6.0
    assert paired_ratios([], []).rounds == 0


def test_time_inside_counts_a_consulted_producer_apart_from_its_consumer() -> None:
    from benchmarks.common import Article
    from benchmarks.throughput import _time_inside

    from newsparse import Document, Extractor, Pipeline, Sentence, Span

    def within(doc: Document, span: Sentence | Span) -> list[Span]:
        return [Span(span.start, span.end, doc.text[span.start : span.end])]

    def extract(doc: Document) -> list[Span]:
        return [s for s in doc.consult("parts", doc.sentences[0]) if isinstance(s, Span)]

    producer = Extractor(
        name="parts",
        produces="parts",
        extract=lambda doc: [],
        annotation_types=Span,
        on_demand=True,
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
