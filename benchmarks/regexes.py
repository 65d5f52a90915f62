"""Every module-level regular expression of newsparse and its plugins, timed on growing hostile text.

A pattern that backtracks (nested or adjacent quantifiers over overlapping classes, or a search
that rescans a long run from every start) takes time that grows faster than the text.  Each
pattern found in a module (directly, or inside a module-level tuple, list, set or dict) is run
with ``finditer`` on runs of characters that such patterns trip on, at 256, 1,024 and 4,096
characters, followed by a character that makes a match fail at the end.  The growth exponent
between the two largest sizes is ~1 for a linear scan and ~2 for a quadratic one.

The scan runs in a child process: a pattern that backtracks exponentially would never return, so
the parent kills the child when one pattern has run past the time limit, reports that pattern,
and continues after it in a fresh child.  Patterns built inside functions are not seen.

The result is a list of candidates to review, not of bugs: a pattern that is only ever used with
``match``/``fullmatch`` on a short, bounded piece of text (a gap between two names, a window of 24
characters) cannot cost much whatever its shape, while one used with ``finditer``/``search`` over
the whole article costs what this scan measures.
"""

from __future__ import annotations

import importlib
import json
import math
import pkgutil
import queue
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from typing import Any

from benchmarks.common import ROOT

PACKAGES = (
    "newsparse",
    "newsparse_dates",
    "newsparse_quantities",
    "newsparse_entities",
    "newsparse_agreements",
)
UNITS = (
    ".",
    "1",
    "a",
    "A",
    " ",
    "-",
    ",",
    "1,",
    "1.",
    "a ",
    "A.",
    "A ",
    "\n",
    "'",
    "1 ",
    "a-",
    "over 1,000 and ",
)
TAILS = ("", "!", "\x00")
SIZES = (256, 1024, 4096)
_SLOW_ENOUGH = 0.002  # seconds at the largest size below which growth is noise


def _modules() -> Iterator[Any]:
    for name in PACKAGES:
        try:
            package = importlib.import_module(name)
        except Exception:  # a plugin that is not installed or does not import: nothing to scan
            continue
        yield package
        for info in pkgutil.walk_packages(getattr(package, "__path__", []), prefix=f"{name}."):
            try:
                yield importlib.import_module(info.name)
            except Exception:  # a build script needing extras, say
                continue


def _patterns_in(value: Any, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 2 and isinstance(value, (tuple, list, set, frozenset)):
        for item in value:
            yield from _patterns_in(item, depth + 1)
    elif depth < 2 and isinstance(value, dict):
        for item in value.values():
            yield from _patterns_in(item, depth + 1)


def find_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """(where, pattern) for every distinct module-level pattern, in a stable order."""
    seen: dict[tuple[str, int], str] = {}
    found: list[tuple[str, re.Pattern[str]]] = []
    for module in _modules():
        for attribute, value in sorted(vars(module).items()):
            for pattern in _patterns_in(value):
                key = (pattern.pattern, pattern.flags)
                if key not in seen:
                    seen[key] = f"{module.__name__}.{attribute}"
                    found.append((seen[key], pattern))
    return found


def _time(pattern: re.Pattern[str], text: str, anchored: bool) -> float:
    started = time.process_time()
    if anchored:
        pattern.match(text)
    else:
        for _ in pattern.finditer(text):
            pass
    return time.process_time() - started


def _worst(pattern: re.Pattern[str], anchored: bool) -> dict[str, Any]:
    worst: dict[str, Any] = {"exponent": 0.0, "seconds": 0.0, "input": None}
    for unit in UNITS:
        for tail in TAILS:
            times = []
            for size in SIZES:
                text = (unit * (size // len(unit) + 1))[:size] + tail
                times.append(_time(pattern, text, anchored))
                if times[-1] > 0.5:  # clearly superlinear already: do not wait for the next size
                    break
            if len(times) < 2:
                continue
            small, large = times[-2], times[-1]
            exponent = math.log(large / small, 4) if small > 0 and large > _SLOW_ENOUGH else 1.0
            if large > _SLOW_ENOUGH and exponent > worst["exponent"]:
                worst = {
                    "exponent": round(exponent, 2),
                    "seconds": round(large, 4),
                    "input": f"{unit!r}*n+{tail!r}",
                }
    return worst


def scan_one(pattern: re.Pattern[str]) -> dict[str, Any]:
    """The worst growth exponent of ``pattern`` over the hostile inputs with ``finditer`` (the
    whole text), and with ``match`` at the start (how a pattern used at one position behaves)."""
    anchored = _worst(pattern, anchored=True)
    return {**_worst(pattern, anchored=False), "match_exponent": anchored["exponent"]}


def _child(skip: int) -> None:
    """Scan the patterns from number ``skip`` on, one JSON line when starting and when done."""
    for number, (where, pattern) in enumerate(find_patterns()):
        if number < skip:
            continue
        print(json.dumps({"start": number, "where": where}), flush=True)
        print(json.dumps({"done": number, "where": where, **scan_one(pattern)}), flush=True)


def _events(proc: subprocess.Popen[str], lines: queue.Queue[str | None]) -> None:
    """Copy the child's output lines to ``lines`` (None at its end), so that reading can time out."""
    assert proc.stdout is not None
    for line in proc.stdout:
        lines.put(line)
    lines.put(None)


def scan(timeout: float = 20.0) -> dict[str, Any]:
    """Scan every pattern (in child processes; a pattern still running ``timeout`` s after it
    started is reported as a hang and skipped).  Returns the count and the suspicious patterns."""
    results: list[dict[str, Any]] = []
    hangs: list[str] = []
    skip = 0
    while True:
        command = [sys.executable, "-c", f"from benchmarks.regexes import _child; _child({skip})"]
        proc = subprocess.Popen(
            command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, cwd=ROOT
        )
        lines: queue.Queue[str | None] = queue.Queue()
        threading.Thread(target=_events, args=(proc, lines), daemon=True).start()
        started: dict[str, Any] | None = None
        try:
            while True:
                line = lines.get(timeout=timeout)  # the time limit is per pattern, not per child
                if line is None:
                    break
                event = json.loads(line)
                if "done" in event:
                    results.append(event)
                    started = None
                else:
                    started = event
        except queue.Empty:
            proc.kill()
        proc.wait()
        if started is None:
            break
        hangs.append(started["where"])
        skip = started["start"] + 1
    suspicious = sorted(
        (r for r in results if r["exponent"] >= 1.5), key=lambda r: (-r["exponent"], -r["seconds"])
    )
    return {"patterns": len(results) + len(hangs), "hangs": hangs, "superlinear": suspicious}


if __name__ == "__main__":
    print(json.dumps(scan(), indent=2))
