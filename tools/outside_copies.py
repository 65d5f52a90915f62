"""Drop from an outside list every text that copies a text a set or test names, and every later copy.

Development only (never imported by the package). Every ``tools/outside_*.py`` scan reads its texts
through :func:`without_copies` (session 34): the texts a set or test names are found as
``duplicate_texts.py`` finds them (every set of ``evaluation/data/``, every id a file under evaluation/
or tests/ names, the TempEval-3 held fifth and PolNeAR dev), compared by normalised text
(``evaluation.text_copies``). What was dropped is printed to standard error, by ids and counts only.
``keep=True`` (the scans' ``--keep-copies``) reads the list as given and says so.
"""

from __future__ import annotations

import functools
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO, TypeVar

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1])]

import duplicate_texts  # noqa: E402
from evaluation.text_copies import describe, drop_copies, named_index  # noqa: E402

Item = TypeVar("Item", bound=Sequence[object])
KEEP_HELP = "read the outside list as given, copies of named texts and repeated texts included"


@functools.cache
def named_texts(corpora: Path, root: Path = duplicate_texts.ROOT) -> dict[str, str]:
    """Normalised text -> id of every corpus text a set or test under ``root`` names (the held-out
    TempEval-3 fifth and PolNeAR dev included; the TempEval-3 tune part only where a set names it)."""
    texts, _, fixed = duplicate_texts.corpus_texts(corpora)
    uses: dict[str, set[duplicate_texts.Use]] = defaultdict(set)
    for source in (duplicate_texts.set_uses(root), duplicate_texts.named_uses(root, texts)):
        for key, found in source.items():
            uses[key] |= found
    for key, found in fixed.items():
        uses[key] |= {u for u in found if u.role == "held-out"}
    index = named_index(texts, sorted(k for k, u in uses.items() if u))
    return {text: key.split(":", 1)[1] for text, key in index.items()}


def without_copies(
    items: Iterable[Item],
    corpora: Path,
    *,
    root: Path = duplicate_texts.ROOT,
    keep: bool = False,
    label: str = "outside list",
    out: TextIO | None = None,
) -> list[Item]:
    """``items`` ((id, text, ...) tuples, in order) without the copies :func:`drop_copies` finds against
    :func:`named_texts` (of ``root``'s sets and tests); prints what was dropped (or, with ``keep``,
    that nothing was checked)."""
    listed = list(items)
    stream = out if out is not None else sys.stderr
    if keep:
        print(f"{label}: {len(listed)} texts, copies kept (--keep-copies): not checked", file=stream)
        return listed
    kept, dropped = drop_copies(((str(i[0]), str(i[1])) for i in listed), named_texts(corpora, root))
    print(describe(label, len(listed), dropped), file=stream)
    chosen: list[Item] = []
    for item in listed:
        if len(chosen) < len(kept) and str(item[0]) == kept[len(chosen)]:
            chosen.append(item)
    return chosen
