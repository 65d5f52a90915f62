"""Score the ``quantities`` layer on real news sentences: ``evaluation/data/real_quantities.jsonl``.

The gold (415 sentences of the news corpus, annotated from ``evaluation/data/guidelines/
quantities.md`` before the system was run on them; issue 18) is split into ``dev`` (may be looked
at while tuning) and ``untouched`` (must not be looked at until the end), followed by the ``fresh``
split of ``fresh_quantities.jsonl`` (100 sentences, session 5, scored once at the end) and by
batch B, ``real_quantities_b.jsonl`` (150 sentences of articles no other set uses, session 7),
split into ``dev_b`` and ``untouched_b`` the same way, and by check set C,
``real_quantities_c.jsonl`` (150 sentences of unused articles, session 11, split ``check_c``,
tuned on), and by check set D, ``real_quantities_d.jsonl`` (160 sentences of unused articles,
session 12: even rows ``check_d_a``, tuned on; odd rows ``check_d_b``, held out, only its figures
are printed), and by check set E, ``real_quantities_e.jsonl`` (80 sentences of unused articles,
session 13, halves ``check_e_a`` and ``check_e_b`` the same way), and by check set F,
``real_quantities_f.jsonl`` (80 sentences of unused articles weighted to Reuters-21578 and
Wikinews, session 14, halves ``check_f_a`` and ``check_f_b`` the same way), and by check set G,
``real_quantities_g.jsonl`` (100 prose sentences of CoNLL-2003 ``eng.train``, Reuters 1996, stored
as document and sentence indices and rebuilt by ``evaluation.conll_documents``, the one CoNLL
reader; halves ``check_g_a`` and ``check_g_b``), and by check set H, ``real_quantities_h.jsonl``
(120 more such sentences, session 16, weighted to the issue's miss classes; halves ``check_h_a`` and
``check_h_b``), and by check set I, ``real_quantities_i_s19.jsonl`` (200 sentences of TempEval-3 train
wire stories, 1989-1998, 40 of them without a number, session 19, stored as TimeML file and sentence
index and rebuilt by ``evaluation.dates.read_tml``; halves ``check_i_a`` and ``check_i_b``), and by check
set J, ``real_quantities_j_s23.jsonl`` (160 sentences of PolNeAR train texts, 2015-2016 US election
news, 54 without a number, session 23, stored as file name and sentence index and read from
``polnear/train/text/``; halves ``check_j_a`` and ``check_j_b``), and by check set K,
``real_quantities_k_s26.jsonl`` (60 sentences of unused BBC and Reuters-21578 news and of PolNeAR train
texts no set names, session 26, stored as news id or PolNeAR file and sentence index; halves
``check_k_a`` and ``check_k_b``), and by check set L, ``real_quantities_l_s27.jsonl`` (58 such sentences,
session 27; halves ``check_l_a`` and ``check_l_b``), and by check set M, ``real_quantities_m_s41.jsonl``
(119 unused BBC sentences weighted to rates, changes and ages, session 41; halves ``check_m_a``, the
next session's tuning part, and ``check_m_b``, its counting part), and by check set N,
``real_quantities_n_s42.jsonl`` (58 unused BBC sentences where an amount stands near a change word,
session 42; halves ``check_n_a`` and ``check_n_b``, both the counting part of session 42's rule, then
``check_n_a`` a tuning part and ``check_n_b`` held out); figures are reported per split. The
article texts are read from the corpus; without it the evaluation is skipped.

Matching, per sentence, greedy over the gold quantities in text order: a prediction is a
candidate for a gold quantity when their **values agree** (single numbers equal to a relative
1e-6; a predicted range with both bounds equal to the gold range's; a predicted single number
equal to a gold range's midpoint, as quantulum3 reports ranges; a predicted range whose bounds
are one number equals that number). Among the unmatched candidates, one whose span overlaps the
gold span is taken, else the nearest by start offset. Each prediction matches at most once.

- value F1: matched pairs are true positives, other predictions false positives, other gold
  quantities false negatives;
- value+unit F1 and value+change F1: the same, counting as true positives only the matched pairs
  whose unit (or change) also agrees; a pair that fails counts as one false positive and one
  false negative (the CQE convention);
- counted-noun accuracy: over matched pairs whose gold has a counted noun, the share where the
  predicted counted noun's head (last word) equals the gold one's (case, plural "s"/"ies" and a
  possessive ignored). None when the system never gives a counted noun.

Units agree when their normalised forms are equal: ``A/B`` compounds part by part; ISO codes and
``cent``/``penny`` as written; physical units through pint (``mi`` = mile, ``t`` = tonne); other
words (the counted noun standing in for a unit) folded like counted nouns. A prediction with no
unit and a counted noun offers that noun's head (its last word: "oil workers" -> "workers", the
guidelines' "head form") as its unit. Change: the prediction's own ``change``
field when it has one (``up``/``increase``, ``down``/``decrease``), else from its modifier
(``over``/``at_least`` -> ``>``, ``under``/``at_most`` -> ``<``, ``approx`` -> ``~``, else ``=``);
a vague amount (no value, no modifier, bounds an order of magnitude apart: "dozens", "hundreds
of") is ``~``, as the guidelines class it.

Two systems in the same run: ``pipeline`` (``newsparse.parse`` on each whole article, once; the
quantities that start inside a gold sentence) and ``quantulum3`` (``quantulum3.parser.parse`` on
each sentence; units mapped by ``PEER_UNITS``; change always ``=``; no counted noun).
Run as ``python -m evaluation.quantities_real [--corpora PATH] [--json OUT] [--errors] [--split dev]
[--rows odd|even] [--pooled]``: ``--rows`` keeps each split's odd or even rows (1-based, file order) and
``--pooled`` scores the chosen splits (``NEWSPARSE_EVAL_SPLITS``) as one section (session 42).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from evaluation.conll_documents import read_documents, sentence_spans, train_path
from evaluation.real_common import Counts, accuracy, load_gold, scored, side_by_side

__all__ = [
    "PEER_UNITS",
    "Predicted",
    "Scores",
    "change_of",
    "conll_rows",
    "fold_noun",
    "in_rows",
    "main",
    "match_sentence",
    "mixed_rows",
    "numbered",
    "polnear_rows",
    "same_unit",
    "score_sentence",
    "tempeval_rows",
    "values_agree",
]

GOLD = "real_quantities.jsonl"
GOLD_B = "real_quantities_b.jsonl"  # batch B (session 7): splits dev_b and untouched_b
GOLD_C = "real_quantities_c.jsonl"  # check set C (session 11): split check_c, tuned on
GOLD_D = "real_quantities_d.jsonl"  # check set D (session 12): check_d_a tuned on, check_d_b held out
GOLD_E = "real_quantities_e.jsonl"  # check set E (session 13): check_e_a tuned on, check_e_b held out
GOLD_F = "real_quantities_f.jsonl"  # check set F (session 14): check_f_a tuned on, check_f_b held out
#: check set G (session 14): CoNLL-2003 train sentences; check_g_a tuned on, check_g_b held out
GOLD_G = "real_quantities_g.jsonl"
#: check set H (session 16): CoNLL-2003 train sentences; check_h_a tuned on, check_h_b held out
GOLD_H = "real_quantities_h.jsonl"
#: check set I (session 19): TempEval-3 train wire sentences; check_i_a tuned on, check_i_b held out
GOLD_I = "real_quantities_i_s19.jsonl"
#: check set J (session 23): PolNeAR train sentences; check_j_a tuned on, check_j_b held out
GOLD_J = "real_quantities_j_s23.jsonl"
#: check set K (session 26): unused news and PolNeAR sentences; check_k_a tuned on, check_k_b held out
GOLD_K = "real_quantities_k_s26.jsonl"
#: check set L (session 27): unused news and PolNeAR sentences; check_l_a tuned on, check_l_b held out
GOLD_L = "real_quantities_l_s27.jsonl"
#: check set M (session 41): unused BBC sentences; check_m_a the tuning part, check_m_b held out (counting)
GOLD_M = "real_quantities_m_s41.jsonl"
#: check set N (session 42): amounts near a change word; check_n_a tuning after the count, check_n_b held out
GOLD_N = "real_quantities_n_s42.jsonl"
SPLITS = (
    "dev", "dev_b", "check_c", "check_d_a", "check_d_b", "check_e_a", "check_e_b", "check_f_a", "check_f_b",
    "check_g_a", "check_g_b", "check_h_a", "check_h_b", "check_i_a", "check_i_b", "check_j_a", "check_j_b",
    "check_k_a", "check_k_b", "check_l_a", "check_l_b", "check_m_a", "check_m_b",
    "check_n_a", "check_n_b", "untouched", "untouched_b", "fresh",
)
TUNING_SPLITS = (
    "dev", "dev_b", "check_c", "check_d_a", "check_e_a", "check_f_a", "check_g_a", "check_h_a", "check_i_a",
    "check_j_a", "check_k_a", "check_l_a", "check_m_a", "check_n_a",
)
GOLD_FILES = (GOLD, GOLD_B, GOLD_C, GOLD_D, GOLD_E, GOLD_F)
MODIFIER_CHANGES = {"over": ">", "at_least": ">", "under": "<", "at_most": "<", "approx": "~"}
DIRECTIONS = {"up": "up", "increase": "up", "rise": "up", "down": "down", "decrease": "down", "fall": "down"}
#: quantulum3 unit names (and a few spellings) -> the gold's normalised units.
PEER_UNITS = {
    "dollar": "USD",
    "united states dollar": "USD",
    "euro": "EUR",
    "pound sterling": "GBP",
    "yen": "JPY",
    "japanese yen": "JPY",
    "canadian dollar": "CAD",
    "australian dollar": "AUD",
    "hong kong dollar": "HKD",
    "indian rupee": "INR",
    "percentage": "percent",
    "%": "percent",
    "pct": "percent",
    "per cent": "percent",
    "percentage point": "percentage_point",
    "point": "points",
    "cent": "cent",
    "penny": "penny",
    "pence": "penny",
    "barrel": "bbl",
    "barrels per day": "bbl/d",
    "bpd": "bbl/d",
    "tonne": "t",
    "ton": "t",
    "metric ton": "t",
    "kilometre": "km",
    "kilometer": "km",
    "mile": "mi",
    "yard": "yd",
    "inch": "in",
    "gigabyte": "GB",
    "year": "year",
    "stone": "stone",
    "degree celsius": "degC",
}


@dataclass(frozen=True)
class Predicted:
    """One predicted quantity in a common form: span, value or range, unit, change, counted noun."""

    start: int
    end: int
    text: str
    value: float | None
    low: float | None
    high: float | None
    unit: str | None
    change: str
    counted: str | None = None


@dataclass
class Scores:
    """Everything counted over one run on one split."""

    value: Counts = field(default_factory=Counts)
    unit: Counts = field(default_factory=Counts)
    change: Counts = field(default_factory=Counts)
    counted: list[bool] = field(default_factory=list)
    offers_counted: bool = False
    errors: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float | None]:
        """The reported figures."""
        return {
            "value_precision": self.value.precision(),
            "value_recall": self.value.recall(),
            "value_f1": self.value.f1(),
            "value_unit_f1": self.unit.f1(),
            "value_change_f1": self.change.f1(),
            "counted_accuracy": accuracy(self.counted) if self.offers_counted else None,
            "counted_n": float(len(self.counted)),
            "matched": float(self.value.tp),
        }


def _close(a: float, b: float) -> bool:
    """Equal to a relative 1e-6."""
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def values_agree(gold: Mapping[str, Any], found: Predicted) -> bool:
    """Whether a prediction's value or range agrees with a gold quantity's (module docstring)."""
    if gold["value"] is not None:
        if found.value is not None:
            return _close(float(gold["value"]), found.value)
        return (
            found.low is not None
            and found.high is not None
            and _close(found.low, found.high)
            and _close(found.low, float(gold["value"]))
        )
    low, high = float(gold["low"]), float(gold["high"])
    if found.value is not None:
        return _close(found.value, (low + high) / 2)
    return (
        found.low is not None
        and found.high is not None
        and _close(found.low, low)
        and _close(found.high, high)
    )


def fold_noun(word: str) -> str:
    """A noun compared loosely: lower case, no possessive, singular by dropping "s"/"ies"."""
    folded = re.sub(r"['\u2019]s?$", "", word.strip().lower())
    if folded.endswith("ies") and len(folded) > 4:
        return folded[:-3] + "y"
    if folded.endswith("s") and not folded.endswith("ss") and len(folded) > 3:
        return folded[:-1]
    return folded


def _head(phrase: str | None) -> str | None:
    """The folded last word of a noun phrase, or None."""
    words = re.findall(r"[\w'\u2019-]+", phrase or "")
    return fold_noun(words[-1]) if words else None


@lru_cache(maxsize=1)
def _registry() -> Any:
    """A pint unit registry (built once), or None when pint is not installed."""
    try:
        import pint
    except ImportError:  # pragma: no cover - pint comes with the quantities plugin
        return None
    return pint.UnitRegistry()


@lru_cache(maxsize=512)
def _unit_part(part: str) -> str:
    """One part of a unit in a canonical form: an ISO code, a pint unit name or a folded word."""
    text = part.strip()
    if re.fullmatch(r"[A-Z]{3}", text):
        return text
    mapped = PEER_UNITS.get(text.lower())
    if mapped is not None and mapped != text:
        return _unit_part(mapped)
    if text.lower() in {"percent", "percentage_point", "points", "cent", "penny", "year"}:
        return text.lower()
    registry = _registry()
    if registry is not None and text:
        try:
            units = registry.parse_units(text.replace("°C", "degC").replace("°F", "degF"))
            return str(units)
        except Exception:  # pint raises many kinds of error for a non-unit word
            pass
    return fold_noun(text)


def normalise_unit(unit: str | None) -> str | None:
    """A unit in a canonical form for comparison, compounds part by part; None stays None."""
    if unit is None or not unit.strip():
        return None
    mapped = PEER_UNITS.get(unit.strip().lower(), unit)
    parts = re.split(r"\s*/\s*|\s+per\s+", mapped)
    return "/".join(_unit_part(p) for p in parts)


def same_unit(gold: str | None, found: str | None) -> bool:
    """Whether two units agree once normalised (module docstring)."""
    return normalise_unit(gold) == normalise_unit(found)


def change_of(quantity: Any) -> str:
    """The change of a predicted ``newsparse.Quantity``: its ``change`` field, else its modifier."""
    change = getattr(quantity, "change", None)
    direction = getattr(change, "direction", change)
    if isinstance(direction, str) and direction.lower() in DIRECTIONS:
        return DIRECTIONS[direction.lower()]
    modifier = getattr(quantity, "modifier", None)
    vague = getattr(quantity, "value", 0) is None and getattr(quantity, "low", None) is not None
    if modifier is None and vague:
        return "~"  # a vague amount: "dozens", "hundreds of thousands"
    return MODIFIER_CHANGES.get(modifier or "", "=")


def _number(value: Any) -> float | None:
    """A number as a float, None kept."""
    return None if value is None else float(value)


def from_newsparse(quantity: Any) -> Predicted:
    """A ``newsparse.Quantity`` in the common form (its counted noun stands in for a missing unit)."""
    counted = getattr(quantity, "counted", None)
    counted_text = getattr(counted, "text", None)
    return Predicted(
        start=quantity.start,
        end=quantity.end,
        text=quantity.text,
        value=_number(quantity.value),
        low=_number(quantity.low) if quantity.value is None else None,
        high=_number(quantity.high) if quantity.value is None else None,
        unit=quantity.unit or (counted_text.split()[-1] if counted_text and counted_text.split() else None),
        change=change_of(quantity),
        counted=counted_text,
    )


def _overlaps(gold: Mapping[str, Any], found: Predicted) -> bool:
    """Whether a prediction's span shares a character with the gold span."""
    start, end = int(gold["span"]["start"]), int(gold["span"]["end"])
    return found.start < end and start < found.end


def match_sentence(
    gold: Sequence[Mapping[str, Any]], predicted: Sequence[Predicted]
) -> list[tuple[int, int]]:
    """Greedy one-to-one (gold index, predicted index) pairs of one sentence (module docstring)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for g_index, quantity in enumerate(gold):
        candidates = [i for i, p in enumerate(predicted) if i not in used and values_agree(quantity, p)]
        if not candidates:
            continue
        start = quantity["span"]["start"]
        best = next(
            (i for i in candidates if _overlaps(quantity, predicted[i])),
            min(candidates, key=lambda i: abs(predicted[i].start - start)),
        )
        used.add(best)
        pairs.append((g_index, best))
    return pairs


def _gold_value(quantity: Mapping[str, Any]) -> str:
    """A gold value or range for an error line."""
    if quantity["value"] is not None:
        return str(quantity["value"])
    return f"{quantity['low']}..{quantity['high']}"


def score_sentence(
    sentence: Mapping[str, Any], predicted: Sequence[Predicted], scores: Scores, label: str = ""
) -> None:
    """Compare one sentence's predictions with its gold quantities and add to the scores."""
    gold = sentence["quantities"]
    pairs = match_sentence(gold, predicted)
    scores.value.add(len(pairs), len(predicted) - len(pairs), len(gold) - len(pairs))
    scores.offers_counted = scores.offers_counted or any(p.counted for p in predicted)
    unit_ok = change_ok = 0
    for g_index, p_index in pairs:
        want, found = gold[g_index], predicted[p_index]
        if same_unit(want["unit"], found.unit):
            unit_ok += 1
        else:
            scores.errors.append(f"{label}: {want['span']['text']!r} unit {found.unit!r} vs {want['unit']!r}")
        if found.change == want["change"]:
            change_ok += 1
        else:
            scores.errors.append(
                f"{label}: {want['span']['text']!r} change {found.change} vs {want['change']}"
            )
        if want.get("counted"):
            wanted = want["counted"]["text"]
            right = _head(found.counted) == _head(wanted)
            scores.counted.append(right)
            if not right:
                shown = want["span"]["text"]
                scores.errors.append(f"{label}: {shown!r} counted {found.counted!r} vs {wanted!r}")
    scores.unit.add(unit_ok, len(predicted) - unit_ok, len(gold) - unit_ok)
    scores.change.add(change_ok, len(predicted) - change_ok, len(gold) - change_ok)
    matched_gold, matched_found = {g for g, _ in pairs}, {p for _, p in pairs}
    scores.errors += [
        f"{label}: missed {q['span']['text']!r} = {_gold_value(q)}"
        for i, q in enumerate(gold)
        if i not in matched_gold
    ]
    scores.errors += [
        f"{label}: spurious {p.text!r} = {p.value if p.value is not None else (p.low, p.high)}"
        for i, p in enumerate(predicted)
        if i not in matched_found
    ]


def quantulum_sentence(text: str, offset: int) -> list[Predicted]:
    """quantulum3's quantities of one sentence in the common form, offsets into the article."""
    from quantulum3 import parser

    try:
        found = parser.parse(text)
    except Exception:  # the peer may fail on odd input; it then finds nothing
        return []
    out = []
    for quantity in found:
        name = quantity.unit.name
        unit = None if quantity.unit.entity.name == "dimensionless" and name != "percentage" else name
        start, end = quantity.span
        out.append(
            Predicted(
                offset + start, offset + end, quantity.surface, float(quantity.value), None, None, unit, "="
            )
        )
    return out


def _articles(corpora: Path, ids: Iterable[str]) -> dict[str, tuple[str, str | None]] | None:
    """Text and publication date of the wanted articles, or None when the corpus is absent."""
    path = corpora / "news" / "articles.jsonl"
    if not path.is_file():
        return None
    wanted, found = set(ids), {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in wanted:
                found[article["id"]] = (article["text"], article.get("published"))
    return found


def _shifted(node: Any, offset: int) -> Any:
    """A gold quantity (or part) with every ``start``/``end`` moved by ``offset``."""
    if isinstance(node, dict):
        return {k: (v + offset if k in ("start", "end") and isinstance(v, int) else _shifted(v, offset))
                for k, v in node.items()}
    if isinstance(node, list):
        return [_shifted(v, offset) for v in node]
    return node


def conll_rows(
    rows: Sequence[Mapping[str, Any]], corpora: Path
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]]] | None:
    """Set G's rows, keyed by (doc, sentence) with offsets in the sentence, as article rows.

    Each row gets an ``id`` (``conll-train-<doc>``), its sentence's ``start``/``end`` in the rebuilt
    document and its offsets moved there; also the documents' text and date by id. None without
    the corpus.
    """
    if not train_path(corpora).is_file():
        return None
    docs = read_documents(train_path(corpora))
    out: list[dict[str, Any]] = []
    texts: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        doc = docs[int(row["doc"])]
        start, end = sentence_spans(doc)[int(row["sentence"])]
        identifier = f"conll-train-{doc.index}"
        texts[identifier] = (doc.text, doc.published)
        out.append({**_shifted(dict(row), start), "id": identifier, "start": start, "end": end})
    return out, texts


def tempeval_rows(
    rows: Sequence[Mapping[str, Any]], corpora: Path
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]]] | None:
    """Set I's rows, keyed by (TimeML file, sentence) with offsets in the sentence, as article rows.

    Each row gets an ``id`` (``tempeval3-<corpus>-<name>``), its sentence's ``start``/``end`` in the
    rebuilt text (``select_quantities_i.sentence_spans``) and its offsets moved there; also the texts
    and their creation dates (the publication date) by id. None without the corpus.
    """
    from evaluation.data.drawing import tempeval_id
    from evaluation.data.select_quantities_i import sentence_spans
    from evaluation.dates import read_tml

    out: list[dict[str, Any]] = []
    texts: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        path = corpora / "tempeval3" / str(row["tml"])
        if not path.is_file():
            return None
        identifier = tempeval_id(str(row["tml"]))
        if identifier not in texts:
            doc = read_tml(path)
            texts[identifier] = (doc.text, doc.dct.isoformat())
        start, end = sentence_spans(texts[identifier][0])[int(row["sentence"])]
        out.append({**_shifted(dict(row), start), "id": identifier, "start": start, "end": end})
    return out, texts


def polnear_rows(
    rows: Sequence[Mapping[str, Any]], corpora: Path
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]]] | None:
    """Set J's rows, keyed by (PolNeAR train file, sentence) with offsets in the sentence, as article rows.

    Each row gets an ``id`` (``polnear-<stem>``), its sentence's ``start``/``end`` in the text
    (``select_quantities.sentences``) and its offsets moved there; also the texts and their publication
    dates (``metadata.tsv``) by id. None without the corpus.
    """
    from evaluation.data.drawing import polnear_metadata
    from evaluation.data.select_quantities import sentences

    folder = corpora / "polnear" / "train" / "text"
    if not folder.is_dir():
        return None
    dates = polnear_metadata(corpora)
    out: list[dict[str, Any]] = []
    texts: dict[str, tuple[str, str | None]] = {}
    for row in rows:
        stem = str(row["file"]).removesuffix(".txt")
        identifier = f"polnear-{stem}"
        if identifier not in texts:
            published = dates.get(stem, {}).get("publication_date")
            texts[identifier] = ((folder / str(row["file"])).read_text(encoding="utf-8"), published)
        start, end = sentences(texts[identifier][0])[int(row["sentence"])]
        out.append({**_shifted(dict(row), start), "id": identifier, "start": start, "end": end})
    return out, texts


def mixed_rows(
    rows: Sequence[Mapping[str, Any]], corpora: Path
) -> tuple[list[dict[str, Any]], dict[str, tuple[str, str | None]]] | None:
    """Set K's rows, keyed by (news id or PolNeAR file, sentence) with offsets in the sentence, as
    article rows: PolNeAR rows through ``polnear_rows``, news rows by the same sentence splitter. None
    without the corpus."""
    from evaluation.data.select_quantities import sentences

    polnear = polnear_rows([r for r in rows if "file" in r], corpora)
    news = _articles(corpora, (str(r["news"]) for r in rows if "news" in r))
    if polnear is None or news is None:
        return None
    out, texts = polnear[0], dict(polnear[1])
    for row in (r for r in rows if "news" in r):
        identifier = str(row["news"])
        texts[identifier] = news[identifier]
        start, end = sentences(news[identifier][0])[int(row["sentence"])]
        out.append({**_shifted(dict(row), start), "id": identifier, "start": start, "end": end})
    return out, texts


def run(
    sentences: Sequence[Mapping[str, Any]],
    articles: Mapping[str, tuple[str, str | None]],
    peer: Callable[[str, int], list[Predicted]] = quantulum_sentence,
) -> dict[str, Scores]:
    """Score the pipeline (each article parsed once) and the peer on the given sentences."""
    import newsparse

    runs = {"pipeline": Scores(), "quantulum3": Scores()}
    parsed: dict[str, list[Predicted]] = {}
    for sentence in sentences:
        identifier, start, end = sentence["id"], sentence["start"], sentence["end"]
        text, published = articles[identifier]
        if identifier not in parsed:
            doc = newsparse.parse(text, published=str(published) if published else None)
            parsed[identifier] = [from_newsparse(q) for q in doc.quantities]
        ours = [p for p in parsed[identifier] if start <= p.start < end]
        label = f"{identifier}@{start}"
        score_sentence(sentence, ours, runs["pipeline"], label)
        score_sentence(sentence, peer(text[start:end], start), runs["quantulum3"], label)
    return runs


def numbered(rows: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The gold rows, each with ``row``: its 1-based place among its split's rows in file order, so
    that ``--rows odd|even`` can cut a half in two (session 42) before the rows are rebuilt."""
    seen: dict[str, int] = {}
    out = []
    for row in rows:
        seen[row["split"]] = seen.get(row["split"], 0) + 1
        out.append({**row, "row": seen[row["split"]]})
    return out


def in_rows(row: Mapping[str, Any], rows: str | None) -> bool:
    """Whether a numbered gold row is taken by ``--rows`` (None: every row; ``odd``; ``even``)."""
    return rows is None or int(row["row"]) % 2 == (1 if rows == "odd" else 0)


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation per split and print the tables; skip cleanly without the corpus."""
    parser = argparse.ArgumentParser(prog="python -m evaluation.quantities_real", description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--errors", action="store_true", help="list every mismatch of dev and dev_b")
    parser.add_argument("--split", choices=SPLITS, help="score this split only (tune on dev alone)")
    parser.add_argument(
        "--rows", choices=("odd", "even"), help="only each split's odd or even rows (1-based)"
    )
    parser.add_argument("--pooled", action="store_true", help="score the chosen splits' rows as one pool")
    args = parser.parse_args(argv)
    gold = numbered(s for name in GOLD_FILES for s in load_gold(name))
    articles = _articles(Path(args.corpora), (s["id"] for s in gold))
    conll = conll_rows(numbered(load_gold(GOLD_G) + load_gold(GOLD_H)), Path(args.corpora))
    wire = tempeval_rows(numbered(load_gold(GOLD_I)), Path(args.corpora))
    polnear = polnear_rows(numbered(load_gold(GOLD_J)), Path(args.corpora))
    mixed_gold = numbered(load_gold(GOLD_K) + load_gold(GOLD_L) + load_gold(GOLD_M) + load_gold(GOLD_N))
    mixed = mixed_rows(mixed_gold, Path(args.corpora))
    if (
        articles is None
        or conll is None
        or wire is None
        or polnear is None
        or mixed is None
        or len(articles) < len({s["id"] for s in gold})
    ):
        print(f"quantities_real: skipped (news, CoNLL, TempEval or PolNeAR corpus not under {args.corpora})")
        return 0
    gold += conll[0] + wire[0] + polnear[0] + mixed[0]
    articles.update({**conll[1], **wire[1], **polnear[1], **mixed[1]})
    figures: dict[str, dict[str, dict[str, float | None]]] = {}
    splits = [s for s in ((args.split,) if args.split else SPLITS) if scored(s)]
    groups = {"pooled " + "+".join(splits): splits} if args.pooled else {s: [s] for s in splits}
    for split, members in groups.items():
        chosen = [s for s in gold if s["split"] in members and in_rows(s, args.rows)]
        runs = run(chosen, articles)
        figures[split] = {name: scores.figures() for name, scores in runs.items()}
        n_gold = sum(len(s["quantities"]) for s in chosen)
        print(f"\n[{split}: {len(chosen)} sentences, {n_gold} gold quantities]")
        side_by_side(figures[split], counts=("matched", "counted_n"), label=20, cell=14)
        if args.errors and set(members) <= set(TUNING_SPLITS):
            print("\n".join(runs["pipeline"].errors))
    if args.json:
        args.json.write_text(json.dumps({"figures": figures, "gold": list(GOLD_FILES)}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
