"""The news corpus used for speed figures: the first N articles of ``news/articles.jsonl``."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any


def first_articles(path: Path, limit: int = 300) -> list[dict[str, Any]]:
    """The first ``limit`` records of the JSONL file ``path`` (none when it is absent)."""
    if not path.is_file():
        return []
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in itertools.islice(handle, limit)]
