"""Measurements that need a fresh process: peak memory, cold start, and inputs that might not finish."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from benchmarks.common import ROOT

# Peak RSS of parsing ``limit`` articles with the whole pipeline, nothing else loaded.
_RSS = """
import json, resource, sys
import newsparse
path, limit = sys.argv[1], int(sys.argv[2])
count = 0
with open(path, encoding="utf-8") as handle:
    for line in handle:
        if count >= limit:
            break
        record = json.loads(line)
        newsparse.parse(record["text"], published=record.get("published"))
        count += 1
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:  # VmHWM: this program's own peak (ru_maxrss keeps the parent's peak across fork and exec)
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
except (OSError, StopIteration):
    pass
print(json.dumps({"articles": count, "maxrss_kb": peak}))
"""

# Import + first parse, timed from the first line of the program.
_COLD = """
import time
started = time.perf_counter()
import sys, json
import newsparse
imported = time.perf_counter()
text = open(sys.argv[1], encoding="utf-8").read()
newsparse.parse(text, published=sys.argv[2])
parsed = time.perf_counter()
cpu = time.process_time()  # the interpreter's own start-up included: a little more than ours
print(json.dumps({"import": imported - started, "first_parse": parsed - imported, "total": parsed - started,
                  "cpu": cpu}))
"""

# Import of the entities plugin and load of its gazetteer alone (the part of the cold start it owns).
_GAZETTEER = """
import json, time
started = time.perf_counter()
from newsparse_entities.gazetteer import load
load()
print(json.dumps({"seconds": time.perf_counter() - started}))
"""

# The whole pipeline on ``base * 4**k`` characters of one pattern, one JSON line per size (CPU time).
_ADVERSARIAL = """
import json, sys, time
import attrs
import newsparse
pattern, base, steps = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
pipeline = newsparse.default_pipeline(max_chars=10**9)
pipeline.parse(pattern * 10)
own = {}
def timed(extractor):
    def extract(doc):
        started = time.process_time()
        try:
            return list(extractor.extract(doc))
        finally:
            own[extractor.name] = time.process_time() - started
    return attrs.evolve(extractor, extract=extract)
pipeline = attrs.evolve(pipeline, extractors=tuple(timed(e) for e in pipeline.extractors))
for step in range(steps):
    size = base * 4 ** step
    text = (pattern * (size // len(pattern) + 1))[:size]
    started = time.process_time()
    newsparse.Document(text)
    segmented = time.process_time()
    pipeline.parse(text)
    seconds = time.process_time() - segmented
    slowest = max(own, key=own.get) if own else None
    print(json.dumps({"chars": size, "seconds": seconds + segmented - started,
                      "segmentation": segmented - started, "slowest": slowest,
                      "slowest_seconds": own.get(slowest, 0.0)}), flush=True)
"""


def _python(code: str, *args: str, timeout: float) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter that may write bytecode caches, as an installed package has
    them (pip compiles them at install); a shell's ``PYTHONDONTWRITEBYTECODE`` would make every child
    recompile every module and measure the compiler, not newsparse."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
        env=env,
    )


def _last_json(output: str) -> dict[str, Any]:
    return json.loads(output.strip().splitlines()[-1])


def peak_rss(path: Path, limit: int) -> dict[str, Any]:
    """Peak resident memory (MB) of a fresh process that parses ``limit`` articles of ``path``."""
    proc = _python(_RSS, str(path), str(limit), timeout=600)
    if proc.returncode:
        raise RuntimeError(f"peak RSS run failed: {proc.stderr.strip()[-500:]}")
    data = _last_json(proc.stdout)
    return {"articles": data["articles"], "peak_rss_mb": round(data["maxrss_kb"] / 1024, 1)}


def cold_start(text_path: Path, published: str, runs: int = 3) -> dict[str, Any]:
    """Import + first parse in a fresh process (median of ``runs``), and the whole process's wall time.

    One untimed process goes first, so the bytecode caches exist as they do after an install."""
    inside: list[dict[str, float]] = []
    wall: list[float] = []
    _python(_COLD, str(text_path), published, timeout=120)
    for _ in range(runs):
        started = time.perf_counter()
        proc = _python(_COLD, str(text_path), published, timeout=120)
        wall.append(time.perf_counter() - started)
        if proc.returncode:
            raise RuntimeError(f"cold start run failed: {proc.stderr.strip()[-500:]}")
        inside.append(_last_json(proc.stdout))
    median = {key: round(statistics.median(run[key] for run in inside), 3) for key in inside[0]}
    return {**median, "process_wall": round(statistics.median(wall), 3), "runs": runs}


def gazetteer_start(runs: int = 3) -> float:
    """Seconds to import the entities plugin and load its gazetteer in a fresh process (best of ``runs``)."""
    best = float("inf")
    for _ in range(runs):
        proc = _python(_GAZETTEER, timeout=120)
        if proc.returncode:
            raise RuntimeError(f"gazetteer start run failed: {proc.stderr.strip()[-500:]}")
        best = min(best, _last_json(proc.stdout)["seconds"])
    return round(best, 3)


def adversarial(pattern: str, base: int, steps: int, timeout: float) -> list[dict[str, Any]]:
    """The whole pipeline on ``pattern`` repeated to base, 4x, 16x ... characters, in a child process
    that is killed after ``timeout`` seconds (the sizes it finished are kept)."""
    try:
        proc = _python(_ADVERSARIAL, pattern, str(base), str(steps), timeout=timeout)
        output, finished = proc.stdout, proc.returncode == 0
        if proc.returncode:
            raise RuntimeError(f"adversarial run failed: {proc.stderr.strip()[-500:]}")
    except subprocess.TimeoutExpired as exc:
        raw = exc.stdout or b""
        output, finished = raw.decode() if isinstance(raw, bytes) else raw, False
    rows = [json.loads(line) for line in output.splitlines() if line.strip()]
    if not finished:
        rows.append({"chars": base * 4 ** len(rows), "seconds": None, "timeout": timeout})
    return rows


def workers(path: Path, limit: int) -> dict[str, Any]:
    """:func:`benchmarks.scaling.workers` in a fresh process.

    Forked workers share their parent's memory copy-on-write; a parent that has loaded the peers
    (spaCy, quantulum3, dateparser) makes every worker copy pages as its garbage collector walks
    them, which would charge the peers' memory to newsparse's speed-up.
    """
    code = (
        "import json, sys; from pathlib import Path; from benchmarks import common, scaling; "
        "articles = common.load_articles(Path(sys.argv[1]), int(sys.argv[2])); "
        "print(json.dumps(scaling.workers(articles)))"
    )
    proc = _python(code, str(path), str(limit), timeout=900)
    if proc.returncode:
        raise RuntimeError(f"parallel run failed: {proc.stderr.strip()[-500:]}")
    return _last_json(proc.stdout)
