"""A like-for-like speed A/B of two built checkouts: ``pipeline_ab.py time`` (and ``dump``) run in
subprocesses, each with its checkout's own ``.venv/bin/python``, so compiled meets compiled.

Development only (never imported by the package); ``tools/pipeline_ab.py alternate`` and
``tools/pipeline_ab.py identity`` call it. First one run of each side is made and thrown away (the
first process of a session read up to 20% slower than the rest: files, caches, clock). Then the
pairs: the side that runs first alternates pair by pair (base-new, new-base, ...: every two pairs
run ABBA, so a steady drift of a loaded machine cancels), and both runs of a pair get the same
``PYTHONHASHSEED`` (each pair its own), so a pair's two processes differ in their code, not in their
string hashes. The verdict comes from the pairs themselves: each pair's new/base ratio, their
geometric mean and its 95% interval (Student's t on the logarithms of the ratios, as many degrees of
freedom as pairs less one); a difference is claimed only where the interval leaves out 1. Per layer
it also shows each side's least and median CPU milliseconds and their spread (min–max).
"""

from __future__ import annotations

import json
import math
import os
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
WARM_UP_SEED = 0  # the thrown-away first runs' hash seed; pair k's is k + 1
# Student's t, two-sided 95%, for 1 to 10 degrees of freedom; beyond, 2.2 (10 pairs or more)
_T95 = (12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228)

Times = dict[str, float]
Runner = Callable[[str, Path, int], Times]  # (side, checkout, hash seed) -> the run's times


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


def alternate(
    checkouts: Mapping[str, Path], pairs: int, run: Runner, warm_up: bool = True
) -> dict[str, list[Times]]:
    """Each side's times of ``pairs`` runs, the side that runs first alternating pair by pair and both
    runs of pair k with hash seed k + 1; before them, with ``warm_up``, one run of each side thrown away."""
    if warm_up:
        for side in reversed(pair_order(0)):
            run(side, checkouts[side], WARM_UP_SEED)
    out: dict[str, list[Times]] = {side: [] for side in SIDES}
    for pair in range(pairs):
        for side in pair_order(pair):
            out[side].append(run(side, checkouts[side], pair + 1))
    return out


def time_command(python: Path, checkout: Path, options: Sequence[str]) -> list[str]:
    """The command that runs ``checkout``'s own ``pipeline_ab.py time`` with its own interpreter."""
    return [str(python), str(checkout / "tools" / "pipeline_ab.py"), "time", *options]


def subprocess_runner(options: Sequence[str]) -> Runner:
    """A runner: ``pipeline_ab.py time`` with ``options`` in a subprocess with the given
    ``PYTHONHASHSEED``, its JSON line read back."""

    def run(side: str, checkout: Path, seed: int) -> Times:
        command = time_command(interpreter(checkout), checkout, options)
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(command, cwd=checkout, capture_output=True, text=True, env=env)
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
    """One layer's two sides and each pair's new/base ratio (in pair order)."""

    name: str
    base: Side
    new: Side
    ratios: tuple[float, ...]

    @property
    def ratio(self) -> float:
        """The geometric mean of the pairs' new/base ratios (nan where a base time is 0)."""
        if not all(r > 0 for r in self.ratios):
            return math.nan
        return math.exp(statistics.fmean(map(math.log, self.ratios)))

    @property
    def interval(self) -> tuple[float, float] | None:
        """The 95% interval of :attr:`ratio` (t on the ratios' logarithms); None under two pairs."""
        if len(self.ratios) < 2 or math.isnan(self.ratio):
            return None
        logs = [math.log(r) for r in self.ratios]
        degrees = len(logs) - 1
        t = _T95[degrees - 1] if degrees <= len(_T95) else 2.2
        half = t * statistics.stdev(logs) / math.sqrt(len(logs))
        centre = statistics.fmean(logs)
        return math.exp(centre - half), math.exp(centre + half)

    @property
    def exceeds(self) -> bool:
        """Whether the 95% interval of the ratio leaves out 1 (never under two pairs)."""
        bounds = self.interval
        return bounds is not None and (bounds[0] > 1.0 or bounds[1] < 1.0)


def _side(values: Sequence[float]) -> Side:
    return Side(min(values), statistics.median(values), max(values))


def summarise(runs: Mapping[str, Sequence[Times]]) -> list[LayerSummary]:
    """Per layer (in the base's first run's order; only layers both sides time in every run)."""
    base, new = runs["base"], runs["new"]
    names = [n for n in base[0] if all(n in r for r in (*base, *new))]
    out = []
    for name in names:
        ratios = tuple(n[name] / b[name] if b[name] else math.nan for b, n in zip(base, new, strict=True))
        out.append(LayerSummary(name, _side([r[name] for r in base]), _side([r[name] for r in new]), ratios))
    return out


def verdict(summary: LayerSummary) -> str:
    """One line: the ratio, its interval and the pairs' own ratios, and whether it is a difference."""
    pairs = ", ".join(f"{r:.3f}" for r in summary.ratios)
    head = f"{summary.name}: new/base {summary.ratio:.3f} (pairs {pairs}"
    bounds = summary.interval
    if bounds is None:
        return f"{head}; one pair has no scatter): claim nothing, run --pairs 3 or more"
    head += f"; 95% interval {bounds[0]:.3f}–{bounds[1]:.3f}"
    if summary.exceeds:
        return f"{head}, leaves out 1): a difference the runs resolve"
    return f"{head}, holds 1): claim nothing"


def report(summaries: Sequence[LayerSummary]) -> str:
    """The table of every layer and the verdict lines (each layer that exceeds, and always the total)."""
    head = (
        f"{'layer':<14}{'base least':>11}{'median':>9}{'spread':>17}"
        f"{'new least':>11}{'median':>9}{'spread':>17}{'new/base':>10}{'95% interval':>15}"
    )
    lines = [head]
    for s in summaries:
        spreads = [f"{x.least:.1f}–{x.high:.1f}" for x in (s.base, s.new)]
        bounds = s.interval
        shown = "—" if bounds is None else f"{bounds[0]:.3f}–{bounds[1]:.3f}"
        lines.append(
            f"{s.name:<14}{s.base.least:>11.1f}{s.base.median:>9.1f}{spreads[0]:>17}"
            f"{s.new.least:>11.1f}{s.new.median:>9.1f}{spreads[1]:>17}{s.ratio:>10.3f}{shown:>15}  "
            + ("exceeds" if s.exceeds else "within")
        )
    picked = [s for s in summaries if s.name != "total" and s.exceeds]
    picked += [s for s in summaries if s.name == "total"]
    return "\n".join([*lines, *(verdict(s) for s in picked)])


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
