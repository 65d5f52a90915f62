"""Throughput of the whole pipeline, of each layer, and of the peers, in this process, same texts."""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from benchmarks.common import Article, Rate, paired_ratios, time_interleaved, time_over


def _parse_with(pipeline: Any, articles: Sequence[Article]) -> Callable[[str], object]:
    published = {a.text: a.published for a in articles}
    return lambda text: pipeline.parse(text, published=published.get(text))


def pipeline_rates(articles: Sequence[Article]) -> tuple[list[Rate], dict[str, float]]:
    """The whole pipeline, each layer alone (with the layers it requires), and segmentation alone.

    Also the time each extractor itself spends inside the whole pipeline's run (seconds).
    """
    import newsparse
    from newsparse import Document, Meta

    texts = [a.text for a in articles]
    full = newsparse.default_pipeline()
    layers = ", ".join(full.layers) or "none"
    rates = [time_over("newsparse pipeline", texts, _parse_with(full, articles), note=f"layers: {layers}")]
    own = _time_inside(full, articles)
    for extractor in full.extractors:
        alone = newsparse.default_pipeline(only=[extractor.produces])
        extra = [layer for layer in alone.layers if layer != extractor.produces]
        note = f"runs {', '.join(extra)} too (required)" if extra else ""
        rates.append(time_over(f"  {extractor.produces} alone", texts, _parse_with(alone, articles), note))
    from newsparse.plugins import default_registry

    for extractor in default_registry().extractors:  # on-demand layers (syntax): not in the pipeline
        if extractor.on_demand:
            alone = newsparse.default_pipeline(only=[extractor.produces])
            name = f"  {extractor.produces} alone (on demand)"
            rates.append(time_over(name, texts, _parse_with(alone, articles), "not in the default pipeline"))
    rates.append(
        time_over(
            "  segmentation only", texts, lambda t: Document(t, meta=Meta()), "tokens + sentences, no layer"
        )
    )
    return rates, own


def _time_inside(full: Any, articles: Sequence[Article]) -> dict[str, float]:
    """CPU seconds each extractor spends inside the whole pipeline's run, its own work only.

    A producer consulted span by span (syntax) is timed as its own entry, "<layer> (consulted)", and
    taken out of the consumer that asked first: the shared parse is not the consumer's cost.
    """
    own: dict[str, float] = {e.name: 0.0 for e in full.extractors}
    own.update({f"{e.produces} (consulted)": 0.0 for e in full.consulted})
    nested = [0.0]  # seconds spent in consulted producers during the current extractor's run

    def timed(extractor: Any) -> Any:
        def extract(doc: Any) -> list[Any]:
            nested[0], started = 0.0, time.process_time()
            try:
                return list(extractor.extract(doc))
            finally:
                own[extractor.name] += time.process_time() - started - nested[0]

        return attrs.evolve(extractor, extract=extract)

    def consulted(producer: Any) -> Any:
        def extract_within(doc: Any, span: Any) -> list[Any]:
            started = time.process_time()
            try:
                return list(producer.extract_within(doc, span))
            finally:
                spent = time.process_time() - started
                own[f"{producer.produces} (consulted)"] += spent
                nested[0] += spent

        return attrs.evolve(producer, extract_within=extract_within)

    wrapped = attrs.evolve(
        full,
        extractors=tuple(timed(e) for e in full.extractors),
        consulted=tuple(consulted(e) for e in full.consulted),
    )
    time_over("(per-extractor timing run)", [a.text for a in articles], _parse_with(wrapped, articles))
    return own


def peer_rates(
    articles: Sequence[Article], subset: int, slow_subset: int, rounds: int = 12, chunk: int = 0
) -> tuple[list[Rate], list[Rate], dict[str, Any] | None]:
    """The peers, each beside the newsparse pipeline timed on exactly the same texts.

    Returns (peer rates, pipeline rates on the same subsets), pairwise, and the speed goal's ratio
    against ``search_dates(languages=["en"])`` (None without dateparser).
    """
    import newsparse

    full = newsparse.default_pipeline()
    peers: list[Rate] = []
    ours: list[Rate] = []

    def pair(name: str, texts: list[str], run: Callable[[str], object], note: str, repeat: int = 1) -> None:
        peers.append(time_over(name, texts, run, note, repeat))
        ours.append(
            time_over(f"newsparse on the same {len(texts)}", texts, _parse_with(full, articles), "", repeat)
        )

    texts = [a.text for a in articles]
    found = None
    try:
        from dateparser.search import search_dates
    except ImportError:
        pass
    else:
        pair(
            "dateparser.search_dates",
            texts[:slow_subset],
            lambda t: search_dates(t),
            f"default call (detects the language); first {slow_subset} articles",
        )
        # The speed goal's ratio: passes of each side interleaved round by round (see search_dates_ratio).
        peer, mine, found = search_dates_ratio(articles, subset, rounds, chunk)
        peers.append(peer)
        ours.append(mine)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser as quantulum
    except ImportError:
        pass
    else:
        pair("quantulum3.parser.parse", texts[:subset], quantulum.parse, f"first {subset} articles")
    try:
        import spacy
    except ImportError:
        pass
    else:
        nlp = spacy.blank("en")
        pair('spacy.blank("en") tokenisation', texts, nlp, "tokeniser only, all articles")
    return peers, ours, found


def search_dates_ratio(
    articles: Sequence[Article], subset: int, rounds: int, chunk: int = 0, old_rounds: int = 5
) -> tuple[Rate, Rate, dict[str, Any]]:
    """The speed goal's ratio, pipeline over ``search_dates(languages=["en"])``, on the first ``subset``.

    ``rounds`` interleaved rounds (a pass of each side over the texts, ``chunk`` texts at a time; 0:
    whole passes, peer first, as before); the figure is the median of the rounds' ratios. The old
    figure, each side's fastest pass of the first ``old_rounds`` rounds, is the same passes read the
    old way; the two rates returned are those fastest passes.
    """
    from dateparser.search import search_dates

    import newsparse

    texts = [a.text for a in articles][:subset]
    runs = (lambda t: search_dates(t, languages=["en"]), _parse_with(newsparse.default_pipeline(), articles))
    peer_seconds, our_seconds = time_interleaved(texts, runs, max(rounds, old_rounds), chunk or len(texts))
    first = max(1, min(old_rounds, len(peer_seconds)))
    chars = sum(len(t) for t in texts)
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    note = f"English only, as newsparse; first {len(texts)} articles; fastest of {first} alternating passes"
    name = 'dateparser.search_dates(languages=["en"])'
    peer = Rate(name, len(texts), chars, size, min(peer_seconds[:first]), note)
    mine = Rate(f"newsparse on the same {len(texts)}", len(texts), chars, size, min(our_seconds[:first]))
    found = {
        "articles": len(texts),
        "chunk": chunk or len(texts),
        "old_rounds": first,
        "old_ratio": round(mine.chars_per_second / peer.chars_per_second, 3),
        "interleaved": paired_ratios(peer_seconds, our_seconds).to_dict(),
        "peer_cpu_s": [round(s, 4) for s in peer_seconds],
        "newsparse_cpu_s": [round(s, 4) for s in our_seconds],
    }
    return peer, mine, found


def layer_counts(articles: Iterable[Article]) -> dict[str, int]:
    """How many annotations each layer found on the articles (shows which extractors have landed)."""
    import newsparse

    counts: dict[str, int] = {}
    pipeline = newsparse.default_pipeline()
    for article in articles:
        doc = pipeline.parse(article.text, published=article.published)
        for layer in pipeline.layers:
            counts[layer] = counts.get(layer, 0) + len(doc.layer(layer))
    return counts
