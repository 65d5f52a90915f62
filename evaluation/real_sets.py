"""Shared plumbing of the real-article scorers (`entities_real`, `claims_real`).

Loads a gold set of `data/real_*.jsonl` beside the corpus text it points into (the gold holds ids
and offsets only), and formats precision/recall/F1 tables. The corpora are optional: without them
the scorers skip.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

DATA = Path(__file__).resolve().parent / "data"
SPLITS = ("dev", "untouched", "fresh")
#: capitalised words that open sentences: the baselines do not take them for names.
FUNCTION_WORDS = frozenset(
    "The A An In On At As But And Or If When While After Before Although Since For With From By Of To "
    "He She It They We I You This That These Those There Their His Her Its Our Some Many Most More "
    "Last Not No Now Yet Still So Such Also However Meanwhile Even Under Until Other One Two Three".split()
)


def corpus_path(corpora: str | Path) -> Path:
    """Where the news corpus lives under the corpora folder."""
    return Path(corpora) / "news" / "articles.jsonl"


def load_gold(name: str, corpora: str | Path) -> list[dict[str, Any]]:
    """The gold rows of `data/<name>.jsonl` (and the later `fresh_` split), each with its `text`."""
    files = dict.fromkeys([DATA / f"{name}.jsonl", DATA / f"{name.replace('real_', 'fresh_', 1)}.jsonl"])
    wanted = [json.loads(line) for path in files if path.is_file()
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids = {row["id"] for row in wanted}
    texts: dict[str, str] = {}
    with corpus_path(corpora).open(encoding="utf-8") as handle:
        for line in handle:
            article = json.loads(line)
            if article["id"] in ids:
                texts[article["id"]] = article["text"]
    missing = ids - texts.keys()
    if missing:
        raise KeyError(f"articles missing from the corpus: {sorted(missing)[:5]}")
    return [{**row, "text": texts[row["id"]]} for row in wanted]


def limit(row: dict[str, Any]) -> int:
    """The offset up to which an article is annotated (its cut, else its whole text)."""
    return int(row["cut"]) if row.get("cut") is not None else len(row["text"])


def normalise_name(name: str | None) -> str:
    """A name compared loosely: accents, case, punctuation and a leading "the" ignored."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    words = re.sub(r"[^\w\s]", " ", text).split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    """Precision, recall and F1 from true positives and the two totals."""
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def ratio(hits: float, total: float) -> float | None:
    """hits / total, or None when there is nothing to count."""
    return hits / total if total else None


def fmt(value: Any) -> str:
    """A figure for a table cell."""
    if value is None:
        return "  n/a"
    if isinstance(value, float):
        return f"{value:5.3f}"
    return f"{value:>5}"


def table(title: str, rows: Iterable[tuple[str, Any, Any]], columns: tuple[str, str]) -> str:
    """A plain text table: one metric per row, one column per system."""
    lines = [title, f"  {'metric':<34} {columns[0]:>10} {columns[1]:>10}"]
    lines += [f"  {name:<34} {fmt(a):>10} {fmt(b):>10}" for name, a, b in rows]
    return "\n".join(lines)
