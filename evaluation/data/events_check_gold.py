"""Build ``check_events.jsonl``: the session-11 events check set (10 unused conflict articles).

The gold below was written from ``guidelines/events.md`` before the system was run on these
articles; anchors are "words" or "words@context" (the words inside the first occurrence of the
context). The articles are those of ``select_events_check.py`` plus two BBC politics articles with
a wound and a kidnapping. Research only: the texts stay in the corpus.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

IDS = (
    "wikinews-ID5930 wikinews-ID32638 wikinews-ID118008 wikinews-ID5765 wikinews-ID32979 "
    "reuters21578-13184 reuters21578-17962 wikinews-ID74807 bbc-politics-308 bbc-politics-150"
).split()
# the gold of a CoNLL check set's half: document index -> events, from the rebuilt texts
GoldOf = Callable[[dict[int, str]], dict[int, list[dict[str, Any]]]]
NewsGoldOf = Callable[[dict[str, str]], dict[str, list[dict[str, Any]]]]


def span(text: str, anchor: str | None) -> dict[str, Any] | None:
    """The gold span of an anchor "words" or "words@context" in the text."""
    if anchor is None:
        return None
    words, _, context = anchor.partition("@")
    at = text.index(context or words) + (context or words).index(words)
    return {"anchor": anchor, "start": at, "end": at + len(words), "text": words}


def named(text: str, name: str | None, anchor: str | None) -> dict[str, Any] | None:
    """A named field (perpetrator, place, source): its canonical name and anchored span."""
    return None if name is None else {"name": name, "span": span(text, anchor)}


def event(
    text: str, role: str, trigger: str, count: tuple[Any, Any, Any, Any], **fields: Any
) -> dict[str, Any]:
    """One gold event in the format of ``real_events.jsonl``."""
    value, low, high, count_anchor = count
    date = fields.get("date")
    return {
        "role": role,
        "trigger": span(text, trigger),
        "count": {"value": value, "low": low, "high": high, "span": span(text, count_anchor)},
        "victims": span(text, fields.get("victims")),
        "perpetrator": named(text, *fields.get("perpetrator", (None, None))),
        "instrument": span(text, fields.get("instrument")),
        "place": named(text, *fields.get("place", (None, None))),
        "date": None if date is None else {"value": date[0], "span": span(text, date[1])},
        "scope": fields.get("scope", "incident"),
        "period": span(text, fields.get("period")),
        "source": named(text, *fields.get("source", (None, None))),
        "alternatives": fields.get("alternatives", []),
    }


def gold(texts: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    """The events of each article."""
    t = texts
    return {
        "wikinews-ID5765": [
            event(
                t["wikinews-ID5765"],
                "killed",
                "murder@the murder on",
                (1, 1, 1, None),
                perpetrator=("Islamic extremist", "an Islamic extremist"),
                date=("2004", "last year@extremist last year"),
            ),
            event(
                t["wikinews-ID5765"],
                "killed",
                "assassination",
                (1, 1, 1, None),
                victims="political icon Pim Fortuyn",
                date=("2002", "2002"),
            ),
        ],
        "wikinews-ID74807": [],
        "wikinews-ID5930": [
            event(
                t["wikinews-ID5930"],
                "killed",
                "murder@murder of their brother",
                (1, 1, 1, None),
                victims="their brother Robert McCartney",
                perpetrator=("gang", "The gang"),
                place=("Belfast", "Belfast@center of Belfast"),
            ),
        ],
        "wikinews-ID118008": [],
        "bbc-politics-308": [
            event(
                t["bbc-politics-308"],
                "wounded",
                "wounded",
                (1, 1, 1, None),
                victims="he@Oxford, he served",
                place=("Normandy", "Normandy"),
            ),
        ],
        "reuters21578-17962": [],
        "reuters21578-13184": [],
        "wikinews-ID32979": [
            event(
                t["wikinews-ID32979"],
                "displaced",
                "evacuated@were evacuated into",
                (8, 8, 8, "Eight"),
                victims="senators@Eight senators",
                place=("Russell Building", "Russell Building"),
                date=("2006-02-08", "Wednesday"),
            ),
            event(
                t["wikinews-ID32979"],
                "displaced",
                "evacuated@were evacuated into",
                (200, 201, None, "over 200"),
                victims="senate staff members",
                place=("Russell Building", "Russell Building"),
                date=("2006-02-08", "Wednesday"),
            ),
        ],
        "wikinews-ID32638": [
            event(
                t["wikinews-ID32638"],
                "wounded",
                "injured",
                (12, 12, 12, "around a dozen"),
                victims="Indians@dozen Indians",
                perpetrator=("police", "police@a police operation"),
                place=("southern region of Brazil", "southern region of Brazil"),
            ),
            event(
                t["wikinews-ID32638"],
                "arrested",
                "arrested",
                (8, 8, 8, "eight@eight Indians"),
                victims="Indians@eight Indians",
                place=("Catarina", "Catarina"),
            ),
        ],
        "bbc-politics-150": [
            event(
                t["bbc-politics-150"],
                "abducted",
                "kidnapped",
                (1, 1, 1, None),
                victims="aid worker Margaret Hassan",
                place=("Baghdad", "Baghdad@abducted in Baghdad"),
                date=(None, "19 October"),
            ),
        ],
    }


def write_conll_halves(
    corpora: Path, stem: str, halves: Mapping[str, tuple[Sequence[int], GoldOf]], folder: Path
) -> None:
    """Write ``<stem>_<half>.jsonl`` into ``folder`` for each half of a CoNLL-2003 train check set:
    document indexes, dateline dates and gold events (never the text, rebuilt at run time)."""
    from evaluation.conll_documents import train_documents

    docs = train_documents(corpora)
    texts = {doc.index: doc.text for doc in docs}
    for name, (indexes, gold_of) in halves.items():
        events = gold_of(texts)
        with (folder / f"{stem}_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for index in indexes:
                row = {
                    "id": f"conll-train-{index}",
                    "doc": index,
                    "subset": "conll2003/eng.train",
                    "split": "check",
                    "published": docs[index].published,
                    "events": events.get(index, []),
                }
                handle.write(json.dumps(row) + "\n")


def write_news_halves(
    corpora: Path, stem: str, halves: Mapping[str, tuple[Sequence[str], NewsGoldOf]], folder: Path
) -> None:
    """Write ``<stem>_<half>.jsonl`` into ``folder`` for each half of a news check set: ids, subsets,
    publication dates and gold events (never the text, read from the corpus at run time)."""
    wanted = {aid for ids, _ in halves.values() for aid in ids}
    meta: dict[str, Any] = {}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                meta[record["id"]] = record
    texts = {aid: record["text"] for aid, record in meta.items()}
    for name, (ids, gold_of) in halves.items():
        events = gold_of(texts)
        assert set(events) <= set(ids), f"gold of an article outside half {name}"
        with (folder / f"{stem}_{name}.jsonl").open("w", encoding="utf-8") as handle:
            for aid in ids:
                record = meta[aid]
                row = {
                    "id": aid,
                    "subset": record["subset"],
                    "split": "check",
                    "published": record["published"],
                    "events": events.get(aid, []),
                }
                handle.write(json.dumps(row) + "\n")


def main(corpora: Path) -> None:
    """Write ``check_events.jsonl`` beside this script."""
    texts: dict[str, str] = {}
    meta: dict[str, Any] = {}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in IDS:
                texts[record["id"]] = record["text"]
                meta[record["id"]] = record
    events = gold(texts)
    out = Path(__file__).with_name("check_events.jsonl")
    with out.open("w", encoding="utf-8") as handle:
        for aid in IDS:
            record = meta[aid]
            row = {
                "id": aid,
                "subset": record["subset"],
                "split": "check",
                "published": record["published"],
                "events": events[aid],
            }
            handle.write(json.dumps(row) + "\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("../shared/corpora"))
