"""What the plugin A/B speed tools share: a git revision's plugin loaded beside the working tree's,
and the least-CPU-time measure of several runs over the same inputs.

Development only (never imported by the package); imported by ``tools/ab_*_speed.py`` run as scripts.
"""

from __future__ import annotations

import importlib
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
