"""Helpers for the outside-list tests: fake news ids and files under ``tmp_path`` (no corpora needed).

The ids are built from pieces, so that no file under tests/ names a news id of the real corpus (the
outside-list recipe reads every file there).
"""

from __future__ import annotations

from pathlib import Path

BBC = "bbc-" + "zz"
REUTERS = "reuters" + "21578"
WIKINEWS = "wikinews" + "-ID"


def bbc(n: int) -> str:
    """A fake BBC id (a category the corpus has not)."""
    return f"{BBC}-{n:03d}"


def write(path: Path, text: str) -> None:
    """Write ``text`` to ``path``, its folders made."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
