"""What the plugin A/B speed tools share: a git revision's plugin loaded beside the working tree's,
and the least-CPU-time measure of several runs over the same inputs.

Development only (never imported by the package); imported by ``tools/ab_*_speed.py`` run as scripts.
The base copied out of git runs pure Python; when the working tree's plugin runs compiled (mypyc),
the tools print :func:`like_for_like_note` before their times: compare two built checkouts with
``tools/pipeline_ab.py alternate --base-checkout PATH`` instead.
"""

from __future__ import annotations

import argparse
import importlib
import random
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def load_base(revision: str, folder: Path, plugin: str, module: str, side: str = "base") -> ModuleType:
    """The ``module`` of ``revision``'s ``plugin`` (``newsparse_<layer>``), imported from ``folder`` as
    a package named ``<plugin>_<side>``, so both versions can run side by side in one process (two
    revisions copied out of git need two sides and two folders)."""
    base_package = f"{plugin}_{side}"
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", revision, f"plugins/{plugin}"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    package = folder / base_package
    (folder / "plugins" / plugin).rename(package)
    for source in package.glob("*.py"):
        text = source.read_text(encoding="utf-8")
        source.write_text(text.replace(plugin, base_package), encoding="utf-8")
    sys.path.insert(0, str(folder))
    return importlib.import_module(f"{base_package}.{module}")


def like_for_like_note(plugin: str) -> str | None:
    """The line saying a timing is not like for like, when any loaded module of the working tree's
    ``plugin`` runs compiled (the base copy, from ``.py`` sources, always runs pure); else None."""
    from newsparse.compiled import is_compiled

    loaded = [m for n, m in list(sys.modules.items()) if n == plugin or n.startswith(plugin + ".")]
    compiled = sum(1 for m in loaded if m is not None and is_compiled(m))
    if not compiled:
        return None
    return (
        f"NOT LIKE FOR LIKE: the working tree's {plugin} runs compiled ({compiled} modules, mypyc), "
        "the base copied out of git pure Python, so the times below compare pure with compiled; "
        "compare two built checkouts with `tools/pipeline_ab.py alternate --base-checkout PATH`"
    )


def print_like_for_like_note(plugin: str) -> None:
    """Print :func:`like_for_like_note` for ``plugin`` when there is one."""
    note = like_for_like_note(plugin)
    if note is not None:
        print(note)


def least_times(runs: Sequence[Callable[[Any], object]], inputs: Sequence[Any], repeats: int) -> list[float]:
    """Each run's least CPU time per input, summed over the inputs (runs alternate which goes first)."""
    for item in inputs:
        for run in runs:
            run(item)
    clock = time.process_time
    totals = [0.0] * len(runs)
    for k, item in enumerate(inputs):
        least = [float("inf")] * len(runs)
        for r in range(repeats):
            order = range(len(runs)) if (k + r) % 2 else reversed(range(len(runs)))
            for side in order:
                started = clock()
                runs[side](item)
                least[side] = min(least[side], clock() - started)
        totals = [t + x for t, x in zip(totals, least, strict=True)]
    return totals


def ab_arguments(description: str, base: str) -> argparse.ArgumentParser:
    """The options the document-level A/B tools share: base revision, draw size, repeats, limit."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--base", default=base)
    parser.add_argument("--count", type=int, default=300)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--identity-only", action="store_true")
    return parser


def identity_then_times(
    layer: str,
    docs: Sequence[Any],
    runs: Sequence[Callable[[Any], object]],
    key: Callable[[object], str],
    args: argparse.Namespace,
) -> int:
    """Print the documents whose output (as ``key`` renders it) differs between the two ``runs``,
    then both runs' least CPU times on a seeded draw of the news documents (those before the
    CoNLL stories, which the document lists end with), after the not-like-for-like line if it applies."""
    differing = [k for k, d in enumerate(docs) if key(runs[0](d)) != key(runs[1](d))]
    print(f"documents {len(docs)}, differing {len(differing)}: {differing[:20]}")
    if args.identity_only:
        return 0
    news = docs[: len(docs) - min(len(docs), 907 if args.limit is None else args.limit)]
    drawn = random.Random(14).sample(list(news), min(args.count, len(news)))
    print_like_for_like_note(f"newsparse_{layer}")
    base, new = least_times(runs, drawn, args.repeats)
    print(
        f"{layer} on {len(drawn)} news: base {base * 1000:.1f} ms, new {new * 1000:.1f} ms, {new / base:.3f}"
    )
    return 0
