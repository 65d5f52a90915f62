"""Score the ``dates`` layer on real news articles: ``evaluation/data/real_dates.jsonl``.

The gold (33 dated articles of the news corpus, Reuters-21578 1987 and Wikinews, 483 time
expressions annotated from ``evaluation/data/guidelines/dates.md`` before the system was run on
them) is split into ``dev`` (may be looked at while tuning) and ``untouched`` (must not be looked at
until the end), followed by the ``fresh`` split of ``fresh_dates.jsonl`` (10 articles, 120
expressions, annotated in session 5 and scored once at the end); the figures are reported for each
split apart. The article texts are read from the
corpus (``--corpora``/news/articles.jsonl); without it the evaluation is skipped.

Matching: a system expression matches a gold one strictly when the offsets are identical; the
relaxed matching is one-to-one, identical spans first, then the first overlapping gold expression.
Values are compared after normalisation (``same_value``): durations with known numbers by
their length (``P1DE`` = ``P10Y``, ``P16.5Y`` = ``P16Y6M``, ``P1W`` = ``P7D``, quarters ``P6Q`` =
``P18M``), and clock times with a zone as one UTC instant (``T23:18-04`` = next day ``T03:18Z``).

Figures: value accuracy over the gold expressions (right when some system expression overlaps it
and has the same value; issue 19's goal is >= 95%), the same accuracy by the gold's reference time
(``absolute``: none needed, ``published``, ``narrative``: an earlier expression of the text);
strict span P/R/F1; relaxed span P/R/F1; value P/R/F1 (relaxed pairs with the same value); type
accuracy on relaxed pairs; reference accuracy (of the gold expressions whose value is right, the
share whose system expression says the gold's kind of reference time, and for a narrative one an
earlier expression overlapping the gold's; a system that records none is read as ``absolute``).
Two systems in the same run: ``newsparse`` (``newsparse.parse`` with every installed plugin, as a
user runs it) and ``search_dates`` (``dateparser.search_dates`` with
``languages=["en"]``, anchored at noon of the publication date; every hit is a DATE whose value is
its day, as in ``evaluation.dates``).
``--gold FILE`` scores another gold file of the same format instead (a check set such as
``evaluation/data/check_dates_s11.jsonl``), split by split as its rows name them; an undated
article (``published`` null, as in ``check_dates_s13.jsonl`` and ``check_dates_s36.jsonl``) is parsed without
a publication date; a check set's B half (``check_s36_B``) is held out like ``untouched`` (no error list).
A row with a ``document`` index (``check_dates_conll_s14.jsonl``) is a CoNLL-2003 train story, its
text rebuilt by ``evaluation.conll_documents`` (the file holds offsets and values only); with a
``first_sentence`` index the story is that document's text from that sentence on (a story the reader
leaves inside the one before it, its dateline split in two sentences).
``--gold`` may be given more than once; with ``--a-rows odd|even`` only the A halves' rows (split
ending ``_A``) at odd or even positions are scored, numbered 1-based through the A rows of the files
one after another in the order given, pooled into one split ``A_odd`` or ``A_even`` (session 42: odd
tunes, even counts; the check sets given as conll_s14, s12, s13, s36).
Run as ``python -m evaluation.dates_real [--corpora PATH] [--gold FILE]... [--a-rows odd|even] [--json OUT]
[--errors] [--no-peer]``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from evaluation.real_common import Counts, accuracy, article_texts, load_gold, overlaps, scored, side_by_side

__all__ = ["Found", "Scores", "a_rows", "main", "match", "reference_class", "same_value", "score_article"]

GOLD = "real_dates.jsonl"
REFERENCES = ("absolute", "published", "narrative")
_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)(Y|Q|M|W|D|DE|CE))*(?:T(?:(\d+(?:\.\d+)?)(H|M|S))+)?")
_PART = re.compile(r"(\d+(?:\.\d+)?)(DE|CE|Y|Q|M|W|D|H|S)")
_MONTHS = {"CE": 1200.0, "DE": 120.0, "Y": 12.0, "Q": 3.0, "M": 1.0}
_SECONDS = {"W": 604800.0, "D": 86400.0, "H": 3600.0, "M": 60.0, "S": 1.0}
_ZONED = re.compile(r"^(\d{4}-\d\d-\d\dT\d\d:\d\d)(?::\d\d)?(Z|[+-]\d\d(?::?\d\d)?)$")


@dataclass(frozen=True)
class Found:
    """A system's time expression: offsets, text, type and value."""

    start: int
    end: int
    text: str
    type: str
    value: str
    reference: str | None = None  # "published", "narrative" or None, where the system says
    reference_span: tuple[int, int] | None = None  # the earlier expression a narrative value used


@dataclass
class Scores:
    """Everything counted over one system's run on one split."""

    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    value: Counts = field(default_factory=Counts)
    gold_right: list[bool] = field(default_factory=list)
    by_reference: dict[str, list[bool]] = field(default_factory=lambda: {r: [] for r in REFERENCES})
    type_right: list[bool] = field(default_factory=list)
    reference_right: list[bool] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        """The reported figures (fractions, and the number of gold expressions)."""
        figures = {
            "value_accuracy": accuracy(self.gold_right),
            **{f"value_accuracy_{r}": accuracy(v) for r, v in self.by_reference.items()},
            "strict_precision": self.strict.precision(),
            "strict_recall": self.strict.recall(),
            "strict_f1": self.strict.f1(),
            "relaxed_precision": self.relaxed.precision(),
            "relaxed_recall": self.relaxed.recall(),
            "relaxed_f1": self.relaxed.f1(),
            "value_precision": self.value.precision(),
            "value_recall": self.value.recall(),
            "value_f1": self.value.f1(),
            "type_accuracy": accuracy(self.type_right),
            "reference_accuracy": accuracy(self.reference_right),
        }
        return figures | {"gold": float(len(self.gold_right))}


def _instant(value: str) -> dt.datetime | None:
    """The UTC instant of a clock time written with a zone, else None."""
    found = _ZONED.match(value)
    if found is None:
        return None
    zone = found.group(2)
    zone = "+00:00" if zone == "Z" else (zone if len(zone) > 3 else zone + ":00")
    if ":" not in zone:
        zone = f"{zone[:3]}:{zone[3:]}"
    try:
        return dt.datetime.fromisoformat(found.group(1) + zone).astimezone(dt.UTC)
    except ValueError:
        return None


def _length(value: str) -> tuple[float, float] | None:
    """A duration with known numbers as (months, seconds), else None (``P16.5Y`` = ``P16Y6M``, ``P6Q`` =
    ``P18M``)."""
    if value in ("P", "PT") or not _DURATION.fullmatch(value):
        return None
    date_part, _, time_part = value[1:].partition("T")
    months = seconds = 0.0
    for number, unit in _PART.findall(date_part):
        if unit in _MONTHS:
            months += float(number) * _MONTHS[unit]
        else:
            seconds += float(number) * _SECONDS[unit]
    for number, unit in _PART.findall(time_part):
        seconds += float(number) * _SECONDS[unit]
    return round(months, 6), round(seconds, 3)


def same_value(gold: str, found: str) -> bool:
    """Whether two TIMEX3 values are the same after normalisation (module docstring)."""
    if gold == found:
        return True
    lengths = _length(gold), _length(found)
    if lengths[0] is not None:
        return lengths[0] == lengths[1]
    instants = _instant(gold), _instant(found)
    return instants[0] is not None and instants[0] == instants[1]


def reference_class(expression: Mapping[str, Any]) -> str:
    """``absolute``, ``published`` or ``narrative``: the gold expression's kind of reference time."""
    reference = expression.get("anchor")
    if reference is None:
        return "absolute"
    return "published" if reference == "published" else "narrative"


def _span(expression: Mapping[str, Any]) -> tuple[int, int]:
    """The (start, end) of a gold expression."""
    return int(expression["span"]["start"]), int(expression["span"]["end"])


def match(gold: Sequence[Mapping[str, Any]], found: Sequence[Found]) -> tuple[dict[int, int], int]:
    """One-to-one relaxed pairs {found index: gold index} (identical spans first) and the strict count."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    exact = {_span(g): i for i, g in enumerate(gold)}
    for j, expression in enumerate(found):
        i = exact.get((expression.start, expression.end))
        if i is not None and i not in used:
            used.add(i)
            pairs[j] = i
    strict = len(pairs)
    for j, expression in enumerate(found):
        if j in pairs:
            continue
        for i, g in enumerate(gold):
            if i not in used and overlaps((expression.start, expression.end), _span(g)):
                used.add(i)
                pairs[j] = i
                break
    return pairs, strict


def _same_reference(expression: Mapping[str, Any], found: Found, gold: Sequence[Mapping[str, Any]]) -> bool:
    """Whether a right value was resolved against the gold's reference time (for a narrative one,
    an expression overlapping the gold's reference expression)."""
    kind = reference_class(expression)
    if (found.reference or "absolute") != kind:
        return False
    if kind != "narrative":
        return True
    used = next((g for g in gold if g.get("id") == expression["anchor"]), None)
    return (
        used is not None and found.reference_span is not None and overlaps(found.reference_span, _span(used))
    )


def score_article(article: Mapping[str, Any], found: Sequence[Found], scores: Scores) -> None:
    """Compare one article's system expressions with its gold expressions."""
    gold = article["dates"]
    pairs, strict = match(gold, found)
    scores.strict.add(strict, len(found) - strict, len(gold) - strict)
    scores.relaxed.add(len(pairs), len(found) - len(pairs), len(gold) - len(pairs))
    right_pairs = sum(same_value(gold[i]["value"], found[j].value) for j, i in pairs.items())
    scores.value.add(right_pairs, len(found) - right_pairs, len(gold) - right_pairs)
    scores.type_right += [found[j].type == gold[i]["type"] for j, i in pairs.items()]
    for expression in gold:
        span = _span(expression)
        near = [f for f in found if overlaps((f.start, f.end), span)]
        right = any(same_value(expression["value"], f.value) for f in near)
        scores.gold_right.append(right)
        same = [f for f in near if same_value(expression["value"], f.value)]
        if same:
            scores.reference_right.append(_same_reference(expression, same[0], article["dates"]))
        scores.by_reference[reference_class(expression)].append(right)
        if not right:
            offered = ", ".join(f"{f.text!r} {f.value}" for f in near) or "nothing"
            scores.errors.append(
                f"{article['id']} {article['published']}: {expression['span']['text']!r} "
                f"{expression['value']} ({reference_class(expression)}) <- {offered}"
            )
    matched = set(pairs)
    scores.errors += [
        f"{article['id']}: spurious {f.text!r} {f.type} {f.value}"
        for j, f in enumerate(found)
        if j not in matched
    ]


def newsparse_dates(text: str, published: str | None) -> list[Found]:
    """The dates layer's expressions, through the whole pipeline as a user runs it."""
    import newsparse

    doc = newsparse.parse(text, published=published)
    return [
        Found(
            d.start,
            d.end,
            d.text,
            d.type,
            d.value,
            getattr(d, "reference", None),
            (d.reference_span.start, d.reference_span.end) if getattr(d, "reference_span", None) else None,
        )
        for d in doc.dates
    ]


def peer_dates(text: str, published: str | None) -> list[Found]:
    """``dateparser.search_dates`` anchored at noon of the publication day (its own default for an
    undated article); each hit a DATE of its day."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {}
    if published:
        settings["RELATIVE_BASE"] = dt.datetime.combine(dt.date.fromisoformat(published[:10]), dt.time(12))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        hits = search_dates(text, languages=["en"], settings=settings) or []
    found: list[Found] = []
    position = 0
    for surface, when in hits:
        start = text.find(surface, position)
        if start < 0:
            start = text.find(surface)
            if start < 0:
                continue
        else:
            position = start + len(surface)
        found.append(Found(start, start + len(surface), surface, "DATE", when.date().isoformat()))
    return found


System = Callable[[str, str | None], list[Found]]
HELD_OUT = ("untouched", "untouched_b", "fresh")
#: a check set's held-out half ends so (``check_s36_B``): its errors are never listed
HELD_OUT_SUFFIX = "_B"


def _read_gold(path: Path) -> list[dict[str, Any]]:
    """The gold records of a JSON Lines file given on the command line (``--gold``)."""
    import json

    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def a_rows(gold: Sequence[dict[str, Any]], parity: str) -> list[dict[str, Any]]:
    """The A rows (split ending ``_A``) at odd or even positions, numbered 1-based through all the A rows
    in the order given, renamed to the pooled split ``A_odd`` or ``A_even``; every other row is dropped."""
    half = [row for row in gold if str(row["split"]).endswith("_A")]
    keep = 1 if parity == "odd" else 0
    return [row | {"split": f"A_{parity}"} for n, row in enumerate(half, 1) if n % 2 == keep]


def _splits(gold: Sequence[Mapping[str, Any]]) -> list[str]:
    """The splits of the gold, the usual ones first in their order, then any other in file order."""
    named = list(dict.fromkeys(str(a["split"]) for a in gold))
    usual = [s for s in ("dev", "untouched", "fresh") if s in named]
    return usual + [s for s in named if s not in usual]


def run(
    articles: Sequence[Mapping[str, Any]], texts: Mapping[str, str], systems: Mapping[str, System]
) -> dict[str, Scores]:
    """Score every system on the articles."""
    runs = {name: Scores() for name in systems}
    for article in articles:
        text = texts[article["id"]]
        for name, system in systems.items():
            published = article.get("published")
            score_article(article, system(text, str(published) if published else None), runs[name])
    return runs


def gold_texts(corpora: Path, gold: Sequence[dict[str, Any]]) -> dict[str, str] | None:
    """The texts of the gold's articles (news corpus, or CoNLL train for rows with a ``document``
    index); each gold span without its text gets it, for the error lists."""
    news = [a["id"] for a in gold if "document" not in a]
    texts = article_texts(corpora, news) if news else {}
    stories = [a for a in gold if "document" in a]
    if stories:
        from evaluation.conll_documents import read_documents, sentence_spans, train_path

        if texts is None or not train_path(corpora).is_file():
            return None
        documents = read_documents(train_path(corpora))
        for a in stories:
            document = documents[int(a["document"])]
            start = sentence_spans(document)[int(a.get("first_sentence", 0))][0]
            texts[a["id"]] = document.text[start:]
    if texts is None:
        return None
    for article in gold:
        for expression in article["dates"]:
            span = expression["span"]
            if "text" not in span and article["id"] in texts:
                span["text"] = texts[article["id"]][span["start"] : span["end"]]
    return texts


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation per split and print the tables; skip cleanly without the corpus."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.dates_real", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="list every mismatch of the dev split")
    parser.add_argument("--no-peer", action="store_true", help="skip dateparser.search_dates")
    parser.add_argument(
        "--gold", type=Path, action="append", help="score this gold file (a check set) instead; repeatable"
    )
    parser.add_argument("--a-rows", choices=("odd", "even"), help="only the A rows at odd or even places")
    args = parser.parse_args(argv)
    if args.gold is None:
        gold = load_gold(GOLD)
    else:
        gold = [row for path in args.gold for row in _read_gold(path)]
    if args.a_rows:
        gold = a_rows(gold, args.a_rows)
    texts = gold_texts(Path(args.corpora), gold)
    if texts is None or len(texts) < len(gold):
        print(f"dates_real: skipped (news corpus not found under {args.corpora})")
        return 0
    systems: dict[str, System] = {"newsparse": newsparse_dates}
    if not args.no_peer:
        systems["search_dates"] = peer_dates
    figures: dict[str, dict[str, dict[str, float]]] = {}
    for split in [s for s in _splits(gold) if scored(s)]:
        chosen = [a for a in gold if a["split"] == split]
        runs = run(chosen, texts, systems)
        figures[split] = {name: scores.figures() for name, scores in runs.items()}
        n_gold = sum(len(a["dates"]) for a in chosen)
        print(f"\n[{split}: {len(chosen)} articles, {n_gold} gold time expressions]")
        side_by_side(figures[split], counts=("gold",), label=28, cell=16)
        if args.errors and split not in HELD_OUT and not split.endswith(HELD_OUT_SUFFIX):
            print("\n".join(runs["newsparse"].errors))
    if args.json:
        import json

        named = ",".join(str(g) for g in args.gold or [GOLD])
        args.json.write_text(json.dumps({"figures": figures, "gold": named}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
