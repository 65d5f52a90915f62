"""A/B of the built-in syntax layer: a git revision's plugin against the working tree, in one process.

Development only (never imported by the package). Usage, from the repository root:

    python tools/ab_syntax_speed.py [--base REV] [--identity N] [--timing-ids FILE] [--count 300]
        [--repeats 5] [--fresh] [--pipeline] [--timing-only] [--corpora PATH]

The plugin of ``REV`` (default ``HEAD``) is copied out of git into a temporary package of another
name, so both versions run side by side on the same documents:

- identity: the words of the first ``N`` news articles (every offset, tag, head and label, and each
  sentence alone through ``analyse_within`` for the first 50) and of every UD EWT dev and test
  sentence, hashed; the two hashes and the count of differing documents are printed;
- timing: the articles whose ids ``--timing-ids`` lists (one a line; default the first ``--count``
  articles), each analysed by both versions ``--repeats`` times, alternating which goes first; the
  least CPU time of each document's runs is summed per version (the least resists a loaded machine);
- with ``--fresh``, also whole passes over those articles, each begun with the version's tagger
  memory of word types emptied (what articles never seen cost), the least pass of each version;
- with ``--pipeline``, the same fresh passes of the whole default pipeline (which consults the layer
  sentence by sentence) and of the layer alone (``only=["syntax"]``), each version's plugin swapped
  into the extractor, after checking that both give every document the same JSON (syntax included);
- with ``--floor``, fresh passes of the working tree's layer alone as it is, with its rule parser
  replaced by a parse that attaches nothing, and with the tag repairs skipped as well: what the
  layer would read if the parser (and the repairs) cost nothing, the floor of every other step.

The base copy runs pure Python: when the working tree runs compiled (mypyc) a line says the times
are not like for like; ``tools/pipeline_ab.py alternate --base-checkout PATH`` compares two builds.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.conllu import read_conllu  # noqa: E402
from plugin_ab import least_times, print_like_for_like_note  # noqa: E402
from plugin_ab import load_base as load_plugin  # noqa: E402

from newsparse import Document, Meta  # noqa: E402
from newsparse.text import split_sentences  # noqa: E402


def load_base(revision: str, folder: Path) -> ModuleType:
    """The layer module of ``revision``'s plugin, imported as a package of its own name."""
    return load_plugin(revision, folder, "newsparse_syntax", "layer")


def digest(words: Sequence[Any]) -> str:
    """A hash of every field of every word."""
    h = hashlib.sha256()
    for w in words:
        h.update(f"{w.start}\t{w.end}\t{w.text}\t{w.upos}\t{w.head}\t{w.deprel}\n".encode())
    return h.hexdigest()


def identity(old: ModuleType, new: ModuleType, articles: list[str], corpora: Path) -> None:
    """Print both versions' hashes of the news articles and of UD EWT dev and test."""
    docs = [Document(text, meta=Meta()) for text in articles]
    hashes = [hashlib.sha256(), hashlib.sha256()]
    differing = 0
    for k, doc in enumerate(docs):
        pair = [digest(module.analyse(doc)) for module in (old, new)]
        if k < 50:
            for sentence in doc.sentences:
                alone = [digest(module.analyse_within(doc, sentence)) for module in (old, new)]
                differing += alone[0] != alone[1]
        for h, value in zip(hashes, pair, strict=True):
            h.update(value.encode())
        differing += pair[0] != pair[1]
    print(
        f"news, first {len(docs)}: base {hashes[0].hexdigest()[:16]} new {hashes[1].hexdigest()[:16]}"
        f" differing {differing}"
    )
    taggers = [module.default_tagger() for module in (old, new)]
    hashes = [hashlib.sha256(), hashlib.sha256()]
    differing = count = 0
    for name in ("dev", "test"):
        path = corpora / "ud-ewt" / f"en_ewt-ud-{name}.conllu"
        if not path.exists():
            print(f"{path} missing: UD EWT {name} skipped")
            continue
        for gold in read_conllu(path):
            offsets = [(s.start, s.end) for s in split_sentences(gold.text)]
            pair = [
                digest(m.analyse_text(gold.text, offsets, t))
                for m, t in zip((old, new), taggers, strict=True)
            ]
            for h, value in zip(hashes, pair, strict=True):
                h.update(value.encode())
            differing += pair[0] != pair[1]
            count += 1
    print(
        f"UD EWT dev+test, {count} sentences: base {hashes[0].hexdigest()[:16]} "
        f"new {hashes[1].hexdigest()[:16]} differing {differing}"
    )


def timing(old: ModuleType, new: ModuleType, articles: list[str], repeats: int) -> None:
    """Print each version's summed least CPU time a document, and their ratio."""
    docs = [Document(text, meta=Meta()) for text in articles]
    runs: list[Callable[[Document], object]] = [old.analyse, new.analyse]
    totals = least_times(runs, docs, repeats)  # after a first pass: segment, load the taggers, fill memories
    n = len(docs)
    print(
        f"{n} articles, least of {repeats} runs each: base {totals[0]:.3f}s ({n / totals[0]:.0f}/s), "
        f"new {totals[1]:.3f}s ({n / totals[1]:.0f}/s), speed-up {totals[0] / totals[1]:.3f}"
    )


def fresh_timing(old: ModuleType, new: ModuleType, articles: list[str], repeats: int) -> None:
    """Print each version's least CPU time of a whole pass over the articles, each pass begun with
    its tagger's memory of word types emptied (as for articles never seen: every type is new once)."""
    docs = [Document(text, meta=Meta()) for text in articles]
    for doc in docs:
        doc.sentences  # noqa: B018 (segmented before any timing)
    modules = (old, new)
    clock = time.process_time
    least = [float("inf"), float("inf")]
    for r in range(repeats):
        for side in (0, 1) if r % 2 else (1, 0):
            module = modules[side]
            module.default_tagger()._memory.clear()  # (development only: the tagger's own cache)
            started = clock()
            for doc in docs:
                module.analyse(doc)
            least[side] = min(least[side], clock() - started)
    n = len(docs)
    print(
        f"{n} articles, fresh type memory, least of {repeats} passes: base {least[0]:.3f}s "
        f"({n / least[0]:.0f}/s), new {least[1]:.3f}s ({n / least[1]:.0f}/s), "
        f"speed-up {least[0] / least[1]:.3f}"
    )


def pipelines(module: ModuleType) -> tuple[Any, Any]:
    """The default pipeline and the syntax layer alone, their syntax extractor running ``module``."""
    import attrs

    import newsparse

    def swapped(extractor: Any) -> Any:
        if extractor.produces != "syntax":
            return extractor
        return attrs.evolve(extractor, extract=module.analyse, extract_within=module.analyse_within)

    full = newsparse.default_pipeline()
    alone = newsparse.default_pipeline(only=["syntax"])
    return (
        attrs.evolve(full, consulted=tuple(map(swapped, full.consulted))),
        attrs.evolve(alone, extractors=tuple(map(swapped, alone.extractors))),
    )


def pipeline_timing(old: ModuleType, new: ModuleType, articles: list[str], repeats: int) -> None:
    """Whole passes of the default pipeline (syntax consulted) and of the layer alone, each version
    in turn from an empty type memory (least CPU time of ``repeats``), and whether every document's
    JSON, syntax included, is the same from both."""
    runs = [pipelines(module) for module in (old, new)]
    same = sum(
        runs[0][k].parse(text).to_json(include=["syntax"])
        == runs[1][k].parse(text).to_json(include=["syntax"])
        for text in articles
        for k in (0, 1)
    )
    print(f"pipeline and layer alone: {same} of {2 * len(articles)} documents' JSON the same")
    clock = time.process_time
    for k, name in enumerate(("whole pipeline", "layer alone (only syntax)")):
        least = [float("inf"), float("inf")]
        for r in range(repeats):
            for side in (0, 1) if r % 2 else (1, 0):
                (old, new)[side].default_tagger()._memory.clear()  # (development only)
                started = clock()
                for text in articles:
                    runs[side][k].parse(text)
                least[side] = min(least[side], clock() - started)
        n = len(articles)
        print(
            f"{name}, {n} articles, fresh type memory, least of {repeats} passes: base {least[0]:.3f}s "
            f"({n / least[0]:.0f}/s), new {least[1]:.3f}s ({n / least[1]:.0f}/s), "
            f"speed-up {least[0] / least[1]:.3f}"
        )


# the layer's tag repairs, by their names in the layer module (what ``--floor`` skips in its last pass)
_REPAIRS = (
    "_repair",
    "repair_news",
    "repair_degree",
    "repair_function_words",
    "repair_marks",
    "repair_name_particles",
    "repair_apostrophe_names",
)


def floor_timing(new: ModuleType, articles: list[str], repeats: int) -> None:
    """Print the layer alone's least CPU time of a fresh pass as it is, with no parser, and with no
    parser and no repairs (development only: the module's names are swapped, then restored)."""
    parse_class = sys.modules["newsparse_syntax.parser"].Parse
    kept = {name: getattr(new, name) for name in ("parse_sentence", *_REPAIRS)}

    def unattached(lower: Sequence[str], tags: Sequence[str], lexicon: object) -> Any:
        return parse_class((None,) * len(tags), (None,) * len(tags))

    alone = pipelines(new)[1]
    steps: list[tuple[str, dict[str, Any]]] = [
        ("as it is", {}),
        ("no parser", {"parse_sentence": unattached}),
        ("no parser, no repairs", {"parse_sentence": unattached, **dict.fromkeys(_REPAIRS, _nothing)}),
    ]
    n = len(articles)
    try:
        for name, swaps in steps:
            for key, value in swaps.items():
                setattr(new, key, value)
            least = float("inf")
            for _ in range(repeats):
                new.default_tagger()._memory.clear()  # (development only)
                started = time.process_time()
                for text in articles:
                    alone.parse(text)
                least = min(least, time.process_time() - started)
            rate = f"{least:.3f}s ({n / least:.0f}/s)"
            print(f"layer alone, {name}, fresh type memory, least of {repeats}: {rate}")
    finally:
        for key, value in kept.items():
            setattr(new, key, value)


def _nothing(*args: Any) -> None:
    """A repair that repairs nothing (for :func:`floor_timing`)."""


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--identity", type=int, default=300, help="news articles hashed (0: none)")
    parser.add_argument("--timing-ids", type=Path, help="ids of the articles timed, one a line")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--fresh", action="store_true", help="also time passes from an empty type memory")
    parser.add_argument(
        "--pipeline", action="store_true", help="also the default pipeline and the layer alone"
    )
    parser.add_argument("--timing-only", action="store_true", help="skip the identity hashes")
    parser.add_argument("--floor", action="store_true", help="also the layer with no parser, no repairs")
    args = parser.parse_args(argv)
    corpora = Path(args.corpora)
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    import newsparse_syntax.layer as new

    with tempfile.TemporaryDirectory() as folder:
        old = load_base(args.base, Path(folder))
        if args.identity and not args.timing_only:
            identity(old, new, [row["text"] for row in rows[: args.identity]], corpora)
        if args.timing_ids:
            wanted = args.timing_ids.read_text(encoding="utf-8").split()[: args.count]
            by_id = {row["id"]: row["text"] for row in rows}
            texts = [by_id[i] for i in wanted if i in by_id]
        else:
            texts = [row["text"] for row in rows[: args.count]]
        print_like_for_like_note("newsparse_syntax")
        timing(old, new, texts, args.repeats)
        if args.fresh:
            fresh_timing(old, new, texts, args.repeats)
        if args.pipeline:
            pipeline_timing(old, new, texts, args.repeats)
        if args.floor:
            floor_timing(new, texts, args.repeats)


if __name__ == "__main__":
    main()
