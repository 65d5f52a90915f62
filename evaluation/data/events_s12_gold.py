"""Build ``check_events_s12_a.jsonl`` and ``..._b.jsonl``: the session-12 events check set, halves A/B.

The gold was written from ``guidelines/events.md`` before the system was run on these articles
(anchors as in ``events_check_gold.py``). The ids are those of ``select_events_s12.py``: half A
(tuned on) and half B (scored only, never read). Articles without a gold event test precision.
Research only: the texts stay in the corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event, write_news_halves

HALF_A = (
    "reuters21578-20890 reuters21578-6652 reuters21578-13320 wikinews-ID33196 reuters21578-5145 "
    "wikinews-ID83237 bbc-entertainment-018 bbc-entertainment-209 bbc-politics-120 bbc-tech-068"
).split()
HALF_B = (
    "reuters21578-245 reuters21578-20882 reuters21578-1865 reuters21578-8167 reuters21578-20891 "
    "reuters21578-18332 bbc-entertainment-124 bbc-entertainment-284 bbc-politics-368 bbc-tech-202"
).split()


def gold_a(t: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The events of half A's articles that have any (the others have none)."""
    return {
        "reuters21578-5145": [
            event(
                t["reuters21578-5145"],
                "killed",
                "killed",
                (300, 300, None, "at least 300"),
                victims="people@300 people",
                instrument="earthquake",
                place=("Ecuador", "Ecuador@- Ecuador announced"),
                date=("1987-W10", "last\nweek"),
            ),
        ],
        "bbc-entertainment-018": [
            event(
                t["bbc-entertainment-018"],
                "killed",
                "murdered",
                (1, 1, 1, None),
                victims="fashion designer Gianni Versace",
                perpetrator=("Andrew Cunanan", "Andrew Cunanan"),
                place=("Florida", "Florida"),
                date=("1997", "1997"),
            ),
            event(
                t["bbc-entertainment-018"],
                "killed",
                "killed@later killed himself",
                (1, 1, 1, None),
                victims="himself",
            ),
        ],
        "bbc-politics-120": [
            event(
                t["bbc-politics-120"],
                "killed",
                "died@grandmother died",
                (1, 1, 1, None),
                victims="grandmother",
                place=("Auschwitz", "Auschwitz"),
            ),
            event(
                t["bbc-politics-120"],
                "killed",
                "killed@were killed by",
                (None, 2, None, None),
                victims="those@families of those",
                perpetrator=("Nazis", "Nazis@killed by the Nazis"),
                scope="cumulative",
            ),
        ],
    }


def gold_b(t: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The events of half B's articles that have any (the others have none)."""
    text = t["bbc-entertainment-124"]
    shared: dict[str, Any] = {
        "perpetrator": ("Charles Manson", "Charles Manson"),
        "place": ("home", "home@a home which"),
        "date": ("1969", "1969"),
    }
    return {
        "bbc-entertainment-124": [
            event(text, "killed", "deaths", (1, 1, 1, None), victims="actress Sharon Tate", **shared),
            event(
                text,
                "killed",
                "deaths",
                (4, 4, 4, "four@four of her"),
                victims="friends@her friends",
                **shared,
            ),
        ],
    }


def main(corpora: Path) -> None:
    """Write the two halves beside this script."""
    halves = {"a": (HALF_A, gold_a), "b": (HALF_B, gold_b)}
    write_news_halves(corpora, "check_events_s12", halves, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
