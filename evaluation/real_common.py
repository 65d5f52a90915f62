"""Shared parts of the scorers on the real development sets (``evaluation/data/real_*.jsonl``).

The gold files hold anchors and offsets only; the article texts are read from the news corpus
(``<corpora>/news/articles.jsonl``), which is research-only and never shipped. Names are compared
as the scorers' docstrings say: by overlapping spans, or by normalised names.
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

__all__ = [
    "Counts",
    "accuracy",
    "article_texts",
    "load_gold",
    "match_names",
    "normalise",
    "overlaps",
    "rebuilt_texts",
    "span_of",
]

DATA = Path(__file__).parent / "data"


@dataclass
class Counts:
    """True positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int, fp: int, fn: int) -> None:
        """Accumulate one comparison."""
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def precision(self) -> float:
        """Precision (1.0 when nothing was predicted)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    def recall(self) -> float:
        """Recall (1.0 when there was nothing to find)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def f1(self) -> float:
        """F1 (1.0 when there was nothing to find and nothing was found)."""
        if self.tp == self.fp == self.fn == 0:
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)


def scored(split: str) -> bool:
    """Whether a split is scored in this run: all, or those named in NEWSPARSE_EVAL_SPLITS (dev,...).

    Tuning runs set ``NEWSPARSE_EVAL_SPLITS=dev`` so that held-out figures are not even printed.
    """
    wanted = os.environ.get("NEWSPARSE_EVAL_SPLITS", "").replace(",", " ").split()
    return not wanted or split in wanted


def excluded_ids() -> frozenset[str]:
    """The texts NEWSPARSE_EVAL_EXCLUDE_IDS names (news ids, ``doc`` indexes, TempEval or PolNeAR file
    names; comma or space separated): the gold loader drops their rows, e.g. a held-out item whose text
    is also a tuning item (``tools/duplicate_texts.py``). Empty by default: every row is scored."""
    return frozenset(os.environ.get("NEWSPARSE_EVAL_EXCLUDE_IDS", "").replace(",", " ").split())


def is_excluded(row: Mapping[str, Any], names: frozenset[str]) -> bool:
    """Whether a gold row's text is one of ``names`` (its id, ``news``, ``file``, ``polnear``, ``tml``,
    ``doc`` or ``document`` field, a path matched by its file name)."""
    fields = (row.get(f) for f in ("id", "news", "file", "polnear", "tml", "doc", "document"))
    return any(str(v) in names or Path(str(v)).name in names for v in fields if v is not None)


def accuracy(values: Sequence[bool]) -> float:
    """The share of true values (1.0 for none)."""
    return sum(values) / len(values) if values else 1.0


def load_gold(name: str) -> list[dict[str, Any]]:
    """The gold records of ``evaluation/data/<name>``, one article per line.

    For ``real_<set>.jsonl``, the ``fresh`` split annotated later (``fresh_<set>.jsonl``) follows.
    ``name`` may also be a path to an existing file (a check set given on the command line); a name
    that names no file is an error, never an empty gold set scored as if it were one.
    """
    given = Path(name)
    if given.is_file():
        paths = [given]
    else:
        paths = [DATA / given.name, DATA / given.name.replace("real_", "fresh_", 1)]
        if not paths[0].is_file():
            raise FileNotFoundError(f"no gold file {name!r} (looked for {paths[0]})")
    rows: list[dict[str, Any]] = []
    for path in dict.fromkeys(paths):
        if path.is_file():
            with path.open(encoding="utf-8") as handle:
                rows += [json.loads(line) for line in handle if line.strip()]
    names = excluded_ids()
    return [row for row in rows if not is_excluded(row, names)] if names else rows


def article_texts(corpora: Path, ids: Iterable[str]) -> dict[str, str] | None:
    """The texts of the wanted articles from the news corpus, or None when the corpus is absent."""
    path = corpora / "news" / "articles.jsonl"
    if not path.is_file():
        return None
    wanted = set(ids)
    texts: dict[str, str] = {}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            if record["id"] in wanted:
                texts[record["id"]] = record["text"]
    return texts


def rebuilt_texts(corpora: Path, gold: Sequence[Mapping[str, Any]]) -> dict[str, str] | None:
    """The gold articles' texts: news articles by id, CoNLL-2003 train documents (``doc``), TempEval-3
    train files (``tml``, the TEXT without its tags) and PolNeAR texts (``polnear``, a path under
    corpora/polnear) rebuilt, a set may mix them; None when a source is absent.

    The one reader of the check sets that store ids and gold only (events and agreements scorers).
    """
    if not any("doc" in article or "tml" in article or "polnear" in article for article in gold):
        return article_texts(corpora, (a["id"] for a in gold))
    from evaluation.conll_documents import read_documents, train_path
    from evaluation.dates import read_tml

    texts: dict[str, str] = {}
    if any("doc" in article for article in gold):
        if not train_path(corpora).is_file():
            return None
        docs = read_documents(train_path(corpora))
        texts.update({a["id"]: docs[a["doc"]].text for a in gold if "doc" in a})
    for article in (a for a in gold if "tml" in a):
        path = corpora / "tempeval3" / article["tml"]
        if not path.is_file():
            return None
        texts[article["id"]] = read_tml(path).text
    for article in (a for a in gold if "polnear" in a):
        path = corpora / "polnear" / article["polnear"]
        if not path.is_file():
            return None
        texts[article["id"]] = path.read_text(encoding="utf-8")
    news = [a["id"] for a in gold if not {"doc", "tml", "polnear"} & set(a)]  # a mixed set (agreements s20)
    if news:
        found = article_texts(corpora, news)
        if found is None:
            return None
        texts.update(found)
    return texts


# letters NFKD leaves whole, which the ASCII fold would drop ("Diyarbakır" must equal "Diyarbakir")
_FOLDS: Final = tuple(zip("ıİłŁøØđĐðßæÆœŒ", "i I l L o O d D d ss ae Ae oe Oe".split(), strict=True))
_UNDECOMPOSED: Final = {ord(letter): ascii_form for letter, ascii_form in _FOLDS}


def normalise(name: str) -> str:
    """A name lower-cased, ASCII-folded, without a leading "the", possessive or punctuation."""
    name = name.translate(_UNDECOMPOSED)
    folded = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    folded = re.sub(r"['\u2019]s\b", "", folded)
    folded = re.sub(r"[^a-z0-9]+", " ", folded).strip()
    return re.sub(r"^the ", "", folded)


def span_of(value: Any) -> tuple[int, int] | None:
    """The (start, end) of a gold span dict or of an annotation with ``start``/``end``, else None."""
    if value is None:
        return None
    if isinstance(value, Mapping):
        if "start" in value and "end" in value:
            return int(value["start"]), int(value["end"])
        return span_of(value.get("span"))
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if isinstance(start, int) and isinstance(end, int):
        return start, end
    return None


def overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    """Whether two spans share at least one character."""
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def _names_match(gold: Mapping[str, Any], entity: Any) -> bool:
    """Whether a gold name (with its anchored span) denotes a predicted entity."""
    gold_span = span_of(gold)
    if any(overlaps(gold_span, span_of(m)) for m in getattr(entity, "mentions", ())):
        return True
    forms = {normalise(getattr(entity, "canonical", "") or ""), normalise(str(getattr(entity, "id", "")))}
    forms.update(normalise(m.text) for m in getattr(entity, "mentions", ()))
    wanted = {normalise(gold["name"])}
    if isinstance(gold.get("span"), Mapping) and "text" in gold["span"]:
        wanted.add(normalise(gold["span"]["text"]))
    return bool(wanted & (forms - {""}))


def match_names(
    gold: Sequence[Mapping[str, Any]], predicted: Iterable[str], entities: Mapping[str, Any]
) -> tuple[int, int, int]:
    """One-to-one matches between gold names and predicted entity ids: (tp, fp, fn).

    A predicted id matches a gold name when one of its entity's mentions overlaps the gold span,
    or when the normalised gold name (or anchored text) equals its canonical name, id or a mention.
    """
    remaining = list(dict.fromkeys(predicted))
    unique = list({normalise(g["name"]): g for g in gold}.values())
    tp = fn = 0
    for name in unique:
        hit = next((i for i in remaining if i in entities and _names_match(name, entities[i])), None)
        if hit is None:
            hit = next((i for i in remaining if normalise(i) == normalise(name["name"])), None)
        if hit is None:
            fn += 1
        else:
            tp += 1
            remaining.remove(hit)
    return tp, len(remaining), fn


def side_by_side(
    figures: Mapping[str, Mapping[str, float | None]],
    *,
    counts: Sequence[str] = ("matched",),
    label: int = 22,
    cell: int = 20,
) -> None:
    """Print the runs' figures side by side, one row per figure (``counts`` as whole numbers)."""
    names = list(figures)
    header = f"{'figure':<{label}}" + "".join(f"{name:>{cell}}" for name in names)
    print(header)
    print("-" * len(header))
    for key in figures[names[0]]:
        cells = []
        for name in names:
            value = figures[name][key]
            if value is None:
                cells.append(f"{'n/a':>{cell}}")
            else:
                cells.append(f"{value:>{cell}.0f}" if key in counts else f"{value:>{cell}.3f}")
        print(f"{key:<{label}}" + "".join(cells))
