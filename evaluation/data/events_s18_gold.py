"""Build ``check_events_s18_a.jsonl`` and ``..._b.jsonl``: the session-18 events check set, halves A/B.

The gold was written from ``guidelines/events.md`` and the article texts only, before the system was
run on these articles (anchors as in ``events_check_gold.py``; difficult calls in
``guidelines/events_s18_notes.md``). The ids and halves are those of ``events_s18_ids.txt``, the
draw of ``select_events_s18.py``: half A (to tune on) and half B (scored only, never read).
Articles without a gold event test precision: most of the pool's casualty words are deaths of
natural causes, film titles and sport. Research only: the texts stay in the corpus.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from evaluation.data.events_check_gold import event, write_news_halves

DATA = Path(__file__).resolve().parent
DRAWN = [line.split() for line in (DATA / "events_s18_ids.txt").read_text(encoding="utf-8").splitlines()]
HALF_A = [aid for aid, half in DRAWN if half == "A"]
HALF_B = [aid for aid, half in DRAWN if half == "B"]


def gold_a(t: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The events of half A's articles that have any (the others have none)."""
    tsunami = t["bbc-business-398"]
    asia: dict[str, Any] = {
        "instrument": "tsunami@the tsunami, which ravaged",
        "place": ("south and east Asia", "south and east Asia"),
        "date": (None, "26 December"),
    }
    return {
        "bbc-politics-119": [
            event(
                t["bbc-politics-119"],
                "wounded",
                "injured",
                (400, None, 400, "nearly 400"),
                victims="people@400 people",
                date=("1981", "1981@the 1981 Brixton"),
                scope="cumulative",
                period="the following three days",
            ),
        ],
        "bbc-business-398": [
            event(
                tsunami,
                "killed",
                "killed@which killed",
                (30000, 30001, None, "more than 30,000"),
                victims="people@its people",
                instrument="tsunami@after the tsunami",
                place=("Sri Lanka", "Sri Lanka@Sri Lanka faces"),
                date=(None, "26 December"),
                source=("central bank", "central bank@its central bank says"),
            ),
            event(
                tsunami,
                "killed",
                "dead@feared to be dead",
                (150000, 150000, 150000, "Some 150,000"),
                victims="people@150,000 people",
                **asia,
            ),
            event(tsunami, "displaced", "left homeless", (None, 2000000, 9999999, "millions"), **asia),
        ],
    }


def gold_b(t: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The events of half B's articles that have any (the others have none)."""
    crash = t["bbc-entertainment-230"]
    flight: dict[str, Any] = {
        "instrument": "plane crashed@the plane crashed in",
        "place": ("Bahamas", "Bahamas"),
        "date": ("2001", "2001@died in 2001"),
    }
    feud = t["bbc-entertainment-288"]
    return {
        "bbc-entertainment-230": [
            event(
                crash,
                "killed",
                "died@she died in 2001",
                (1, 1, 1, None),
                victims="she@which she died",
                **flight,
            ),
            event(
                crash,
                "killed",
                "killed@eight others were killed",
                (8, 8, 8, "eight@eight others"),
                victims="others@eight others",
                **flight,
            ),
        ],
        "bbc-entertainment-288": [
            event(
                feud,
                "wounded",
                "shot@reportedly shot",
                (1, 1, 1, None),
                victims="member@A member of",
                place=("radio station", "radio station"),
            ),
            event(feud, "wounded", "shot@both been shot", (1, 1, 1, None), victims="he@Both he and"),
            event(
                feud, "wounded", "shot@both been shot", (1, 1, 1, None), victims="The Game@he and The Game"
            ),
        ],
        "bbc-entertainment-215": [
            event(
                t["bbc-entertainment-215"],
                "killed",
                "killings",
                (None, 2, None, None),
                place=("Northern Ireland", "Northern Ireland"),
                date=("1972", "1972"),
            ),
        ],
    }


def main(corpora: Path) -> None:
    """Write the two halves beside this script."""
    halves = {"a": (HALF_A, gold_a), "b": (HALF_B, gold_b)}
    write_news_halves(corpora, "check_events_s18", halves, Path(__file__).resolve().parent)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
