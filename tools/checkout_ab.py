"""A like-for-like speed A/B of two built checkouts: ``pipeline_ab.py time`` (and ``dump``) run in
subprocesses, each with its checkout's own ``.venv/bin/python``, so compiled meets compiled.

Development only (never imported by the package); ``tools/pipeline_ab.py alternate`` and
``tools/pipeline_ab.py identity`` call it. The side that runs first alternates pair by pair (a
loaded machine drifts); per layer it reports each side's least and median CPU milliseconds over the
pairs, their spread (min–max), the median of the pairs' new/base ratios, and whether the difference
of the medians exceeds the larger spread (under the scatter nothing is claimed).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

import attrs

SIDES = ("base", "new")
# run by each side's interpreter in its checkout: the build's own stale check, then what it runs
_BUILD_CHECK = (
    "import newsparse, newsparse.compiled as c; c.require_fresh(); "
    "print(newsparse.__file__); print(c.compiled_summary())"
)

Times = dict[str, float]
Runner = Callable[[str, Path], Times]


class CheckoutError(Exception):
    """A checkout that cannot be timed: no folder, no ``.venv``, no ``tools/pipeline_ab.py``, stale build."""


def interpreter(checkout: Path) -> Path:
    """The checkout's own ``.venv/bin/python``; :class:`CheckoutError` if the checkout cannot run the A/B."""
    if not checkout.is_dir():
        raise CheckoutError(f"{checkout}: no such checkout")
    if not (checkout / "tools" / "pipeline_ab.py").is_file():
        raise CheckoutError(f"{checkout}: no tools/pipeline_ab.py (not a newsparse checkout?)")
    python = checkout / ".venv" / "bin" / "python"
    if not python.exists():
        raise CheckoutError(f"{checkout}: no .venv/bin/python (make install in that checkout first)")
    return python


def build_state(checkout: Path) -> str:
    """The checkout's compiled summary, after its build's own stale check (``require_fresh``) passed
    and its interpreter was seen to import the checkout's own newsparse; else :class:`CheckoutError`."""
    done = subprocess.run(
        [str(interpreter(checkout)), "-c", _BUILD_CHECK], cwd=checkout, capture_output=True, text=True
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or ["(no message)"]
        raise CheckoutError(f"{checkout}: refused, its build check failed: {lines[-1]}")
    where, summary = [*done.stdout.strip().splitlines(), "", ""][:2]
    if not Path(where).resolve().is_relative_to(checkout.resolve()):
        raise CheckoutError(f"{checkout}: its interpreter imports newsparse from {where}, not the checkout")
    return summary


def pair_order(pair: int) -> tuple[str, str]:
    """Which side runs first in pair ``pair`` (0-based): base first in even pairs, new first in odd."""
    return SIDES if pair % 2 == 0 else (SIDES[1], SIDES[0])


def alternate(checkouts: Mapping[str, Path], pairs: int, run: Runner) -> dict[str, list[Times]]:
    """Each side's times of ``pairs`` runs, the side that runs first alternating pair by pair."""
    out: dict[str, list[Times]] = {side: [] for side in SIDES}
    for pair in range(pairs):
        for side in pair_order(pair):
            out[side].append(run(side, checkouts[side]))
    return out


def time_command(python: Path, checkout: Path, options: Sequence[str]) -> list[str]:
    """The command that runs ``checkout``'s own ``pipeline_ab.py time`` with its own interpreter."""
    return [str(python), str(checkout / "tools" / "pipeline_ab.py"), "time", *options]


def subprocess_runner(options: Sequence[str]) -> Runner:
    """A runner: ``pipeline_ab.py time`` with ``options`` in a subprocess, its JSON line read back."""

    def run(side: str, checkout: Path) -> Times:
        command = time_command(interpreter(checkout), checkout, options)
        done = subprocess.run(command, cwd=checkout, capture_output=True, text=True)
        if done.returncode != 0:
            raise CheckoutError(f"{side} ({checkout}): `time` failed: {done.stderr.strip()[-400:]}")
        return {k: float(v) for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}

    return run


@attrs.frozen
class Side:
    """One side's figures for one layer over the pairs (CPU milliseconds)."""

    least: float
    median: float
    high: float

    @property
    def spread(self) -> float:
        """Max minus min over the pairs."""
        return self.high - self.least


@attrs.frozen
class LayerSummary:
    """One layer's two sides and the median of the pairs' new/base ratios."""

    name: str
    base: Side
    new: Side
    ratio: float

    @property
    def scatter(self) -> float:
        """The larger of the two sides' spreads: a difference under it is not claimed."""
        return max(self.base.spread, self.new.spread)

    @property
    def exceeds(self) -> bool:
        """Whether the difference of the medians exceeds the scatter (needs two pairs or more)."""
        return abs(self.new.median - self.base.median) > self.scatter


def _side(values: Sequence[float]) -> Side:
    return Side(min(values), statistics.median(values), max(values))


def summarise(runs: Mapping[str, Sequence[Times]]) -> list[LayerSummary]:
    """Per layer (in the base's first run's order; only layers both sides time in every run)."""
    base, new = runs["base"], runs["new"]
    names = [n for n in base[0] if all(n in r for r in (*base, *new))]
    out = []
    for name in names:
        ratios = [n[name] / b[name] if b[name] else float("nan") for b, n in zip(base, new, strict=True)]
        out.append(
            LayerSummary(
                name, _side([r[name] for r in base]), _side([r[name] for r in new]), statistics.median(ratios)
            )
        )
    return out


def verdict(summary: LayerSummary, pairs: int) -> str:
    """One line: whether ``summary``'s difference exceeds the scatter, or that nothing is claimed."""
    difference = summary.new.median - summary.base.median
    head = f"{summary.name}: new/base {summary.ratio:.3f} (medians differ by {difference:+.1f} ms"
    if pairs < 2:
        return f"{head}; one pair has no spread): claim nothing, run --pairs 2 or more"
    if summary.exceeds:
        return f"{head}, more than the scatter {summary.scatter:.1f} ms): a difference the runs resolve"
    return f"{head}, within the scatter {summary.scatter:.1f} ms): claim nothing"


def report(summaries: Sequence[LayerSummary], pairs: int) -> str:
    """The table of every layer and the verdict lines (each layer that exceeds, and always the total)."""
    head = (
        f"{'layer':<14}{'base least':>11}{'median':>9}{'spread':>17}"
        f"{'new least':>11}{'median':>9}{'spread':>17}{'new/base':>10}  scatter"
    )
    lines = [head]
    for s in summaries:
        spreads = [f"{x.least:.1f}–{x.high:.1f}" for x in (s.base, s.new)]
        lines.append(
            f"{s.name:<14}{s.base.least:>11.1f}{s.base.median:>9.1f}{spreads[0]:>17}"
            f"{s.new.least:>11.1f}{s.new.median:>9.1f}{spreads[1]:>17}{s.ratio:>10.3f}  "
            + ("exceeds" if s.exceeds and pairs >= 2 else "within")
        )
    shown = [s for s in summaries if s.name != "total" and s.exceeds and pairs >= 2]
    shown += [s for s in summaries if s.name == "total"]
    return "\n".join([*lines, *(verdict(s, pairs) for s in shown)])


def identity(checkouts: Mapping[str, Path], options: Sequence[str]) -> tuple[int, int, list[int]]:
    """``pipeline_ab.py dump`` on both sides, each with its own interpreter, compared line by line:
    (articles, differing articles, the first 20 differing line numbers; a missing line differs)."""
    with tempfile.TemporaryDirectory() as folder:
        texts = []
        for side in SIDES:
            checkout = checkouts[side]
            out = Path(folder) / f"{side}.jsonl"
            command = [str(interpreter(checkout)), str(checkout / "tools" / "pipeline_ab.py"), "dump"]
            done = subprocess.run(
                [*command, "--out", str(out), *options], cwd=checkout, capture_output=True, text=True
            )
            if done.returncode != 0:
                raise CheckoutError(f"{side} ({checkout}): `dump` failed: {done.stderr.strip()[-400:]}")
            texts.append(out.read_bytes().splitlines())
    return compare_lines(texts[0], texts[1])


def compare_lines(base: Sequence[bytes], new: Sequence[bytes]) -> tuple[int, int, list[int]]:
    """(lines, differing lines, the first 20 differing line numbers) of two dumps, byte for byte."""
    count = max(len(base), len(new))
    differing = [k for k in range(count) if _line(base, k) != _line(new, k)]
    return count, len(differing), differing[:20]


def _line(lines: Sequence[bytes], k: int) -> bytes | None:
    return lines[k] if k < len(lines) else None
