"""Read a CoNLL-U treebank into sentences whose words carry character offsets into the sentence text.

The offsets come from the words' forms and ``SpaceAfter=No``, so a tagger that segments the raw
text itself can be scored by aligning its words to the gold words by offsets.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import attrs

__all__ = ["GoldSentence", "GoldWord", "read_conllu"]


@attrs.frozen
class GoldWord:
    """One gold word: offsets in its sentence's text, form, UPOS, head index (-1: root), relation."""

    start: int
    end: int
    form: str
    upos: str
    head: int
    deprel: str


@attrs.frozen
class GoldSentence:
    """A gold sentence: its text rebuilt from the forms, its words, its id."""

    id: str
    text: str
    words: tuple[GoldWord, ...]


def _parse_block(lines: list[str], index: int) -> GoldSentence | None:
    sent_id = f"s{index}"
    rows: list[list[str]] = []
    joined: dict[str, str] = {}  # word id inside a multi-word token -> the MISC deciding its space
    for line in lines:
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line and not line.startswith("#"):
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                rows.append(cols)
            elif len(cols) == 10 and "-" in cols[0]:
                first, _, last = cols[0].partition("-")
                if first.isdigit() and last.isdigit():
                    for k in range(int(first), int(last)):
                        joined[str(k)] = "SpaceAfter=No"
                    joined[last] = cols[9]
    if not rows:
        return None
    text = ""
    words = []
    for cols in rows:
        start = len(text)
        text += cols[1]
        head = int(cols[6]) - 1 if cols[6].isdigit() else -1
        words.append(GoldWord(start, len(text), cols[1], cols[3], head, cols[7]))
        if "SpaceAfter=No" not in joined.get(cols[0], cols[9]):
            text += " "
    return GoldSentence(sent_id, text.rstrip(" "), tuple(words))


def read_conllu(path: Path) -> Iterator[GoldSentence]:
    """The sentences of a CoNLL-U file (multi-word tokens give their words their spacing)."""
    block: list[str] = []
    index = 0
    with path.open(encoding="utf-8") as handle:
        for raw in handle:
            line = raw.rstrip("\n")
            if line.strip():
                block.append(line)
                continue
            sentence = _parse_block(block, index)
            block = []
            if sentence is not None:
                index += 1
                yield sentence
    sentence = _parse_block(block, index)
    if sentence is not None:
        yield sentence
