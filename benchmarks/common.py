"""What every benchmark section shares: the articles, a timer and a throughput record."""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_76987922ef306dd1.txt"
SEED_PUBLISHED = "2018-02-06"


def default_corpora() -> Path:
    """``$NEWSPARSE_CORPORA`` or ``../shared/corpora`` next to the repository."""
    return Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))


@attrs.frozen
class Article:
    """One benchmark article: its text and publication date (if the corpus gives one)."""

    text: str
    published: str | None = None

    @property
    def item(self) -> dict[str, Any]:
        """The article as a ``parse_many`` item."""
        return {"text": self.text, "published": self.published}


def load_articles(path: Path, limit: int) -> list[Article]:
    """The first ``limit`` articles of a JSONL file with ``text`` (and ``published``) fields."""
    articles: list[Article] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if len(articles) >= limit:
                break
            record = json.loads(line)
            if isinstance(record.get("text"), str):
                articles.append(Article(record["text"], record.get("published")))
    return articles


@attrs.frozen
class Rate:
    """How long one tool took on some texts, with the derived throughput.

    ``seconds`` is CPU time of this process: on a shared machine it is what an idle one would
    show as wall time, while wall time (``wall_seconds``, also kept) depends on the neighbours.
    """

    name: str
    articles: int
    chars: int
    utf8_bytes: int
    seconds: float
    note: str = ""
    wall_seconds: float | None = None

    @property
    def per_second(self) -> float:
        """Articles per second."""
        return self.articles / self.seconds if self.seconds else float("inf")

    @property
    def mb_per_second(self) -> float:
        """Megabytes (10**6 bytes of UTF-8 text) per second."""
        return self.utf8_bytes / 1e6 / self.seconds if self.seconds else float("inf")

    @property
    def chars_per_second(self) -> float:
        """Characters per second (the fair basis for ratios between subsets)."""
        return self.chars / self.seconds if self.seconds else float("inf")

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data."""
        return {
            "name": self.name,
            "articles": self.articles,
            "chars": self.chars,
            "utf8_bytes": self.utf8_bytes,
            "cpu_seconds": round(self.seconds, 4),
            "wall_seconds": None if self.wall_seconds is None else round(self.wall_seconds, 4),
            "articles_per_second": round(self.per_second, 2),
            "mb_per_second": round(self.mb_per_second, 4),
            "note": self.note,
        }


def time_over(
    name: str, texts: Sequence[str], run: Callable[[str], object], note: str = "", repeat: int = 1
) -> Rate:
    """Run ``run`` on every text (after one untimed warm-up call) and time the whole.

    With ``repeat`` > 1 the texts are run that many times and the fastest pass is kept: a short
    run on a shared machine is otherwise as much a measure of the neighbours as of the code.
    """
    if texts:
        run(texts[0])
    seconds = wall = float("inf")
    for _ in range(max(1, repeat)):
        started, cpu = time.perf_counter(), time.process_time()
        for text in texts:
            run(text)
        seconds = min(seconds, time.process_time() - cpu)
        wall = min(wall, time.perf_counter() - started)
    chars = sum(len(t) for t in texts)
    size = sum(len(t.encode("utf-8", "surrogatepass")) for t in texts)
    return Rate(name, len(texts), chars, size, seconds, note, wall)


def _one_pass(texts: Sequence[str], run: Callable[[str], object]) -> tuple[float, float]:
    """CPU and wall seconds of one pass of ``run`` over ``texts``."""
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        run(text)
    return time.process_time() - cpu, time.perf_counter() - started


@attrs.frozen
class Spread:
    """A ratio measured round by round: its median, least and greatest round, and how many rounds."""

    median: float
    low: float
    high: float
    rounds: int

    def to_dict(self) -> dict[str, Any]:
        """The figures as JSON-ready data."""
        return {
            "median": round(self.median, 3),
            "low": round(self.low, 3),
            "high": round(self.high, 3),
            "rounds": self.rounds,
        }


def paired_ratios(peer: Sequence[float], ours: Sequence[float]) -> Spread:
    """Each round's ``peer / ours`` (both timed in that round, so under the same neighbours), summarised.

    The median of the rounds' ratios does not hang on one lucky pass of either side, as the ratio of
    each side's fastest pass does; the least and greatest round show how far the rounds scattered.
    """
    ratios = sorted(p / o for p, o in zip(peer, ours, strict=True) if o > 0)
    if not ratios:
        return Spread(float("nan"), float("nan"), float("nan"), 0)
    return Spread(statistics.median(ratios), ratios[0], ratios[-1], len(ratios))


def time_interleaved(
    texts: Sequence[str],
    runs: tuple[Callable[[str], object], Callable[[str], object]],
    rounds: int = 12,
    chunk: int = 0,
) -> tuple[list[float], list[float]]:
    """CPU seconds of each side's pass over ``texts``, round by round, the two sides interleaved.

    Each round walks the texts ``chunk`` at a time (0: all at once, a whole pass of the first side
    and then of the second, as the bench's old ``time_pair`` did) and times both sides on each
    chunk, the order swapped from chunk to chunk; one untimed warm-up call of each side first.
    """
    for run in runs:
        if texts:
            run(texts[0])
    step = chunk if chunk > 0 else max(1, len(texts))
    seconds: tuple[list[float], list[float]] = ([], [])
    for _ in range(max(1, rounds)):
        spent = [0.0, 0.0]
        for number, begin in enumerate(range(0, len(texts), step)):
            part = texts[begin : begin + step]
            for side in (0, 1) if number % 2 == 0 else (1, 0):
                spent[side] += _one_pass(part, runs[side])[0]
        seconds[0].append(spent[0])
        seconds[1].append(spent[1])
    return seconds
