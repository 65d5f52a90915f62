"""Cost the whole pipeline's time outside the extractors (the core), piece by piece, and the syntax consulted.

Development only (never imported by the package). Usage, from the repository root:

    python tools/core_cost.py [--count 100] [--seed 14] [--repeats 5] [--ids FILE] [--articles FILE]

On ``--count`` unused news articles drawn as ``tools/pipeline_ab.py time`` draws them (same seed, same
articles), parsed with their publication dates by the installed build (compiled or pure: the first
line says which), in one process, least CPU time of ``--repeats`` passes:

- each extractor's own time inside the whole pipeline, the syntax layer's consulted spans taken out
  of the extractor that asked first (as ``benchmarks/throughput.py`` ``_time_inside`` counts), and
  the core: the pipeline's time outside every extractor;
- the core's pieces, each timed by a wrapper around the name the pipeline calls: the document's
  first token columns, ``fresh_document`` (the sentences), the checks of each layer, the sorts, the
  views, ``keep_derived``, ``result_of``; and the lower-cased tokens (``Document.token_lowers``, paid
  by the first layer that reads them);
- every consultation of a span-by-span producer (``syntax``): which extractor asked, the words, its
  CPU inside the pipeline, and the same spans analysed again, each right after its own parse
  (warm), which says how much of the consulted cost is the caches the other layers' work leaves cold.
"""

from __future__ import annotations

import argparse
import contextlib
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import attrs  # noqa: E402
from pipeline_ab import DEFAULT_ARTICLES, load_articles, parse  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document, Pipeline, consultation, model  # noqa: E402
from newsparse import pipeline as pipeline_module  # noqa: E402
from newsparse.compiled import compiled_summary  # noqa: E402

# the names the pipeline module calls for its own work, timed by a wrapper each (pipeline.py is
# interpreted in every build: its module globals are what it calls)
CORE_CALLS = (
    "fresh_document",
    "_check_annotations",
    "_sort_by_offsets",
    "view_of",
    "keep_derived",
    "result_of",
    "Consultations",
)
# the derived columns a document computes on first use, timed where they are first asked for
DERIVED = ("token_columns", "token_lowers")


@attrs.define
class Costs:
    """CPU seconds and calls by name, summed over one pass."""

    seconds: defaultdict[str, float] = attrs.field(factory=lambda: defaultdict(float))
    calls: Counter[str] = attrs.field(factory=Counter)

    def add(self, name: str, began: float) -> None:
        """Charge the CPU time since ``began`` and one call to ``name``."""
        self.seconds[name] += time.process_time() - began
        self.calls[name] += 1


def _timed_call(function: Callable[..., Any], name: str, costs: Costs) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        began = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            costs.add(name, began)

    return timed


def _timed_property(prop: property, name: str, costs: Costs) -> property:
    """``prop`` charging ``name`` only when it computes (its cache slot is empty), not when it reads."""
    slot = {"token_columns": "_columns", "token_lowers": "_lowered"}[name]
    getter = prop.fget
    assert getter is not None

    def timed(doc: Document) -> Any:
        if getattr(doc, slot) is not None:
            return getter(doc)
        began = time.process_time()
        try:
            return getter(doc)
        finally:
            costs.add(name, began)

    return property(timed, doc=prop.__doc__)


@contextlib.contextmanager
def core_wrapped(costs: Costs) -> Iterator[None]:
    """The pipeline's own calls and the document's derived columns timed into ``costs``; restored after."""
    saved = {name: getattr(pipeline_module, name) for name in CORE_CALLS}
    properties = {name: vars(model.Document)[name] for name in DERIVED}
    try:
        for name, function in saved.items():
            setattr(pipeline_module, name, _timed_call(function, name, costs))
        for name, prop in properties.items():
            setattr(model.Document, name, _timed_property(prop, name, costs))
        yield
    finally:
        for name, function in saved.items():
            setattr(pipeline_module, name, function)
        for name, prop in properties.items():
            setattr(model.Document, name, prop)


def inside(full: Pipeline, costs: Costs) -> Pipeline:
    """``full`` with each extractor's own time charged to its name and each consulted producer's to
    "<layer> (consulted)" (taken out of the extractor that asked), as the bench counts them."""
    nested = [0.0]

    def timed(extractor: Any) -> Any:
        def extract(doc: Document) -> list[Any]:
            nested[0], began = 0.0, time.process_time()
            try:
                return list(extractor.extract(doc))
            finally:
                costs.seconds[extractor.name] += time.process_time() - began - nested[0]
                costs.calls[extractor.name] += 1

        return attrs.evolve(extractor, extract=extract)

    def consulted(producer: Any) -> Any:
        def extract_within(doc: Document, span: Any) -> list[Any]:
            began = time.process_time()
            try:
                return list(producer.extract_within(doc, span))
            finally:
                spent = time.process_time() - began
                costs.seconds[f"{producer.produces} (consulted)"] += spent
                costs.calls[f"{producer.produces} (consulted)"] += 1
                nested[0] += spent

        return attrs.evolve(producer, extract_within=extract_within)

    return attrs.evolve(
        full,
        extractors=tuple(timed(e) for e in full.extractors),
        consulted=tuple(consulted(e) for e in full.consulted),
    )


def least_pass(run: Callable[[Costs], None], repeats: int) -> tuple[float, Costs]:
    """The least total CPU seconds of ``repeats`` passes of ``run``, and the least of each name."""
    best_total, best = float("inf"), Costs()
    for _ in range(max(1, repeats)):
        costs = Costs()
        began = time.process_time()
        run(costs)
        best_total = min(best_total, time.process_time() - began)
        for name, seconds in costs.seconds.items():
            if name not in best.seconds or seconds < best.seconds[name]:
                best.seconds[name] = seconds
            best.calls[name] = costs.calls[name]
    return best_total, best


@attrs.frozen
class Consult:
    """One span a producer analysed for an extractor: who asked, the words, CPU in the pipeline and warm."""

    asker: str
    words: int
    seconds: float
    warm: float


def consults(full: Pipeline, articles: Sequence[dict[str, Any]]) -> list[Consult]:
    """Every span analysed for a consulting extractor in one pass over ``articles``, each analysed
    again right after its own parse (the same document and span, warm caches)."""
    asking = [""]
    found: list[Consult] = []

    def timed(extractor: Any) -> Any:
        def extract(doc: Document) -> list[Any]:
            asking[0] = extractor.name
            return list(extractor.extract(doc))

        return attrs.evolve(extractor, extract=extract)

    produce = consultation.Consultations._produce

    def measured(self: Any, producer: Any, span: Any) -> Any:
        began = time.process_time()
        items = produce(self, producer, span)
        spent = time.process_time() - began
        assert producer.extract_within is not None
        began = time.process_time()
        tuple(producer.extract_within(self.doc, span))
        found.append(Consult(asking[0], len(items), spent, time.process_time() - began))
        return items

    wrapped = attrs.evolve(full, extractors=tuple(timed(e) for e in full.extractors))
    consultation.Consultations._produce = measured  # type: ignore[method-assign]
    try:
        for article in articles:
            parse(wrapped, article)
    finally:
        consultation.Consultations._produce = produce  # type: ignore[method-assign]
    return found


def table(articles: Sequence[dict[str, Any]], repeats: int) -> list[tuple[str, int, float, float]]:
    """(piece, calls a pass, least CPU ms, share of the whole pipeline in %) for every row printed.

    Each share is of the whole pipeline's time in the same passes: the layers' of the passes with
    the layers timed, the core's pieces' of the passes with its calls wrapped (each wrapper adds a
    little to both); the first row is the pipeline alone, no wrapper."""
    full = newsparse.default_pipeline()

    def plain(_: Costs) -> None:
        for article in articles:
            parse(full, article)

    plain(Costs())  # a warm-up pass: compiled patterns, the tagger, unit tables
    total, _ = least_pass(plain, repeats)

    def layered(costs: Costs) -> None:
        counted = inside(full, costs)
        for article in articles:
            parse(counted, article)

    layered_total, layers = least_pass(layered, repeats)

    def pieces_run(costs: Costs) -> None:
        with core_wrapped(costs):
            for article in articles:
                parse(full, article)

    pieces_total, pieces = least_pass(pieces_run, repeats)
    rows = [("whole pipeline", len(articles), total * 1000, 100.0)]
    named = sorted(layers.seconds.items(), key=lambda item: -item[1])
    for name, seconds in named:
        rows.append((name, layers.calls[name], seconds * 1000, 100 * seconds / layered_total))
    core = layered_total - sum(layers.seconds.values())
    rows.append(("core (outside every extractor)", len(articles), core * 1000, 100 * core / layered_total))
    for name in (*DERIVED, *CORE_CALLS):
        seconds = pieces.seconds.get(name, 0.0)
        rows.append((f"  {name}", pieces.calls.get(name, 0), seconds * 1000, 100 * seconds / pieces_total))
    return rows


def consult_rows(found: Sequence[Consult]) -> list[tuple[str, int, int, float, float]]:
    """(asker, spans, words, ms in the pipeline, ms warm) per extractor that asked, then all of them."""
    by: dict[str, list[Consult]] = {}
    for consult in found:
        by.setdefault(consult.asker, []).append(consult)
    rows = []
    for asker, items in sorted(by.items(), key=lambda item: -len(item[1])):
        rows.append(_consult_row(asker, items))
    rows.append(_consult_row("all", list(found)))
    return rows


def _consult_row(name: str, items: Sequence[Consult]) -> tuple[str, int, int, float, float]:
    return (
        name,
        len(items),
        sum(c.words for c in items),
        1000 * sum(c.seconds for c in items),
        1000 * sum(c.warm for c in items),
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Print the core's table and the consultations' table for the drawn articles."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ids", type=Path, help="article ids, one a line (default: the unused news ids)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="the news JSONL")
    parser.add_argument("--count", type=int, default=100, help="articles drawn")
    parser.add_argument("--seed", type=int, default=14, help="the draw's seed (pipeline_ab's)")
    parser.add_argument("--repeats", type=int, default=5, help="passes, the least kept")
    args = parser.parse_args(argv)
    pool = load_articles(args.articles, args.ids)
    drawn = random.Random(args.seed).sample(pool, min(args.count, len(pool)))
    print(f"{len(drawn)} drawn articles (seed {args.seed}); {compiled_summary()}")
    rows = table(drawn, args.repeats)
    print("| piece | calls | least CPU ms | share of the pipeline |")
    print("|---|---|---|---|")
    for name, calls, ms, share in rows:
        print(f"| {name} | {calls:,} | {ms:.1f} | {share:.1f}% |")
    consults(newsparse.default_pipeline(), drawn)  # a warm-up pass
    found = consults(newsparse.default_pipeline(), drawn)
    print()
    print("| asked by | spans | words | CPU ms in the pipeline | the same spans again, warm |")
    print("|---|---|---|---|---|")
    for asker, spans, words, ms, warm in consult_rows(found):
        print(f"| {asker} | {spans} | {words:,} | {ms:.1f} | {warm:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
