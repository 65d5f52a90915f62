"""A/B of a built-in layer (entities or quantities): a git revision's plugin against the working tree.

Development only (never imported by the package). Usage, from the repository root:

    python tools/ab_entities_speed.py [--layer entities|quantities] [--base REV] [--ids FILE]
        [--count 300] [--repeats 5] [--identity] [--pipeline] [--corpora PATH] [--new REV]

(``tools/ab_quantities_speed.py`` is this tool with ``--layer quantities``.)

The plugin of ``REV`` (default ``HEAD``) is copied out of git into a temporary package of another
name, so both versions run side by side on the same news articles (those ``--ids`` lists, one a
line; default the unused news ids ``evaluation.outside_lists`` computes):

- identity (``--identity``): every listed article parsed by the default pipeline with each
  version's extractor swapped in; the whole ``doc.to_dict()`` JSON (keys sorted) compared, and
  the count of differing articles printed (a speed change must leave it at 0);
- ``--new REV``: time ``REV`` copied out of git as the base is, instead of the working tree. The
  working tree, imported first and under its own name, has measured 1-2% faster than the same code
  copied out (session 16: ``--base HEAD`` with a clean tree gave -2.1%); two copies compare fairly
  (``--base X --new X`` gave +0.2%);
- timing: ``--count`` of the articles (a seeded sample), each given to both extractors ``--repeats``
  times, alternating which goes first; the least CPU time of each article's runs is summed per
  version (the least resists a loaded machine); with ``--pipeline``, the same for the whole default
  pipeline with each version's extractor.

The copies out of git run pure Python: when the working tree runs compiled (mypyc) and ``--new`` is
not given, a line says the times are not like for like; ``tools/pipeline_ab.py alternate
--base-checkout PATH`` compares two built checkouts.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import random
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src")]

from evaluation.outside_lists import unused_ids  # noqa: E402
from plugin_ab import least_times, print_like_for_like_note  # noqa: E402
from plugin_ab import load_base as load_plugin  # noqa: E402

from newsparse import Document, Meta  # noqa: E402
from newsparse.api import default_registry  # noqa: E402
from newsparse.pipeline import Pipeline  # noqa: E402

# each layer's plugin package and the module whose ``extract`` the pipeline calls (None: the package)
LAYERS = {"entities": ("newsparse_entities", "extract"), "quantities": ("newsparse_quantities", None)}


def load_base(layer: str, revision: str, folder: Path, side: str = "base") -> ModuleType:
    """The module with ``extract`` of ``revision``'s ``layer`` plugin, imported under a name of its own."""
    plugin, module = LAYERS[layer]
    loaded = load_plugin(revision, folder, plugin, module or "recognise", side)
    return loaded if module else sys.modules[f"{plugin}_{side}"]


def working_tree(layer: str) -> ModuleType:
    """The module with ``extract`` of the working tree's ``layer`` plugin."""
    plugin, module = LAYERS[layer]
    return importlib.import_module(f"{plugin}.{module}" if module else plugin)


def read_articles(corpora: Path, ids: Sequence[str] | None) -> list[dict[str, Any]]:
    """The news articles of ``ids`` in that order (every article when None)."""
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as f:
        rows = [json.loads(line) for line in f]
    if ids is None:
        return rows
    by_id = {row["id"]: row for row in rows}
    return [by_id[i] for i in ids if i in by_id]


def pipelines(old: ModuleType, layer: str) -> list[Pipeline]:
    """The default pipeline with the base revision's ``layer`` extractor, and as installed."""
    extractors = list(default_registry().extractors)
    swapped = [attrs.evolve(e, extract=old.extract) if e.name == layer else e for e in extractors]
    return [Pipeline.build(swapped), Pipeline.build(extractors)]


def identity(old: ModuleType, articles: list[dict[str, Any]], layer: str) -> None:
    """Print how many articles' whole JSON differs between the two versions."""
    runs = pipelines(old, layer)
    differing = 0
    for row in articles:
        dumps = [
            json.dumps(
                p.parse(row["text"], published=row.get("published"), title=row.get("title")).to_dict(),
                sort_keys=True,
            )
            for p in runs
        ]
        differing += dumps[0] != dumps[1]
    print(f"identity: {len(articles)} articles, whole JSON differing in {differing}")


def timing(
    old: ModuleType, texts: list[str], repeats: int, pipeline: bool, new: ModuleType, layer: str
) -> None:
    """Print the summed least CPU times of the two extractors (and pipelines) and their change;
    ``new``: the working tree's module or a second revision copied out of git like the base."""
    docs = [Document(text, meta=Meta()) for text in texts]
    for doc in docs:  # the core's tokens and sentences, shared by both and timed by neither
        _ = doc.token_columns, doc.sentences
    extractors = [lambda d: list(old.extract(d)), lambda d: list(new.extract(d))]
    report(f"{layer} extractor", least_times(extractors, docs, repeats), len(docs))
    if pipeline:
        runs = pipelines(old, layer)
        report("whole pipeline", least_times([p.parse for p in runs], texts, repeats), len(texts))


def report(name: str, totals: list[float], n: int) -> None:
    """One line of figures: base and new CPU seconds, articles a second, the change."""
    base, new = totals
    print(
        f"{name}, {n} articles: base {base:.3f}s ({n / base:.0f}/s), new {new:.3f}s ({n / new:.0f}/s), "
        f"change {100 * (new / base - 1):+.1f}%"
    )


def main(argv: list[str] | None = None) -> int:
    """Run the identity check and the timings the options ask for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--layer", choices=sorted(LAYERS), default="entities")
    parser.add_argument("--base", default="HEAD")
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--ids", type=Path, help="a list of news ids (default: the computed unused ids)")
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--identity", action="store_true", help="compare every listed article's JSON")
    parser.add_argument("--pipeline", action="store_true", help="also time the whole default pipeline")
    parser.add_argument(
        "--new",
        default=None,
        help="time this revision, copied out of git as the base is, not the working tree",
    )
    args = parser.parse_args(argv)
    ids = unused_ids(args.ids, ROOT, Path(args.corpora))
    articles = read_articles(Path(args.corpora), ids)
    with tempfile.TemporaryDirectory() as folder, tempfile.TemporaryDirectory() as other:
        old = load_base(args.layer, args.base, Path(folder))
        new = (
            working_tree(args.layer)
            if args.new is None
            else load_base(args.layer, args.new, Path(other), "new")
        )
        if args.identity:
            identity(old, articles, args.layer)
        sample = random.Random(14).sample(articles, min(args.count, len(articles)))
        if args.new is None:  # (with --new both sides are copies out of git: both pure)
            print_like_for_like_note(LAYERS[args.layer][0])
        timing(old, [row["text"] for row in sample], args.repeats, args.pipeline, new, args.layer)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
