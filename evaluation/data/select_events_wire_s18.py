"""Draw the session-18 wire events check set: 24 unused wire stories with casualty words, seed 18182.

Sources, in this order: CoNLL-2003 **train** documents (``evaluation.conll_documents``, never
eng.testa/testb) that no file under ``evaluation/data/`` names (a ``doc``/``document`` index of a
JSON Lines file, a ``conll-train-N`` id, a CoNLL id list; files tagged ``_s18`` or later skipped, and
the exclusions of ``select_events_conll_s16.used``), then TempEval-3 **train** documents (TimeBank
and AQUAINT, never platinum; text = the TEXT element without its tags, ``evaluation.dates.read_tml``)
whose file name no such file names. A candidate has at most 4,000 characters and at least two
casualty words (killed, dead, died, wounded, injured, bodies, massacre, bomb, shot, clashes). The
pool held 2 CoNLL documents and 36 TempEval ones: the draw takes the CoNLL ones in seeded order, then
a seeded sample of 22 TempEval ones (one ``random.Random(18182)``). Half A (tuned on) is every even
position of the draw, half B (summary only) every odd one. The pool is committed as
``events_wire_s18_pool.txt`` (``CORPORA --pool``) and the draw as ``events_wire_s18_ids.txt``. Run
as ``python -m evaluation.data.select_events_wire_s18 CORPORA [POOL_FILE]``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from evaluation.conll_documents import train_documents
from evaluation.data.drawing import TEMPEVAL, earlier_files, earlier_text, run_draw, tempeval_stories
from evaluation.data.select_events_conll_s16 import used as s16_used

SEED = 18182
SESSION = 18
SIZE = 24
MAX_CHARS = 4000
DATA = Path(__file__).resolve().parent
POOL = DATA / "events_wire_s18_pool.txt"
CASUALTY = re.compile(r"\b(killed|dead|died|wounded|injured|bodies|massacre|bomb|shot|clashes)\b", re.I)
_CONLL_ID = re.compile(r"conll(?:2003)?-train-(\d+)")


def _indexes_named(path: Path, text: str) -> set[int]:
    """The CoNLL document indexes a data file names: ``doc``/``document`` fields, ids, id lists."""
    found = {int(n) for n in _CONLL_ID.findall(text)}
    if path.suffix == ".jsonl":
        for line in text.splitlines():
            row = json.loads(line) if line.strip() else {}
            found |= {
                row[k] for k in ("doc", "document") if isinstance(row, dict) and isinstance(row.get(k), int)
            }
    if "conll" in path.name and path.name.endswith("_ids.txt"):
        found |= {
            int(line.split()[0]) for line in text.splitlines() if line.split() and line.split()[0].isdigit()
        }
    return found


def conll_used(corpora: Path) -> set[int]:
    """CoNLL train indexes that an earlier check set or id list uses."""
    taken = set(s16_used(corpora))
    for path in earlier_files(DATA, SESSION):
        taken |= _indexes_named(path, path.read_text(encoding="utf-8", errors="ignore"))
    return taken


def tempeval_path(corpora: Path, set_id: str) -> Path:
    """The TimeML file of a ``tempeval3-<corpus>-<name>`` id."""
    _, corpus, name = set_id.split("-", 2)
    if corpus not in TEMPEVAL:
        raise ValueError(f"not a TempEval-3 train id: {set_id}")
    return corpora / "tempeval3" / corpus / f"{name}.tml"


def wire_text(corpora: Path, set_id: str) -> tuple[str, str]:
    """The (text, publication date) of a set id: a CoNLL train story or a TempEval-3 train file."""
    from evaluation.dates import read_tml

    if set_id.startswith("conll-train-"):
        doc = train_documents(corpora)[int(set_id.rsplit("-", 1)[1])]
        return doc.text, doc.published
    tml = read_tml(tempeval_path(corpora, set_id))
    return tml.text, tml.dct.isoformat()


def _qualifies(text: str) -> bool:
    """At most 4,000 characters and two casualty words."""
    return len(text) <= MAX_CHARS and len(CASUALTY.findall(text)) >= 2


def pool(corpora: Path) -> list[str]:
    """The candidates: unused CoNLL train stories, then unnamed TempEval-3 train files, in order."""
    taken = conll_used(corpora)
    conll = [
        f"conll-train-{d.index}"
        for d in train_documents(corpora)
        if d.index not in taken and _qualifies(d.text)
    ]
    stories = tempeval_stories(corpora, earlier_text(DATA, SESSION), set())
    return conll + [set_id for set_id, _, text in stories if _qualifies(text)]


def draw(lines: Iterable[str]) -> list[tuple[str, str]]:
    """The drawn (id, half) pairs of the pool's lines (one id each): every CoNLL candidate in seeded
    order, then the seeded fill."""
    pooled = [i for line in lines for i in line.split()]
    conll = [i for i in pooled if i.startswith("conll-train-")]
    fill = [i for i in pooled if not i.startswith("conll-train-")]
    rng = random.Random(SEED)
    chosen = rng.sample(conll, min(SIZE, len(conll)))
    chosen += rng.sample(fill, min(SIZE - len(chosen), len(fill)))
    return [(i, "AB"[position % 2]) for position, i in enumerate(chosen)]


def main(argv: list[str]) -> None:
    """Print the pool (``CORPORA --pool``) or the draw from a pool file, one ``id half`` a line."""
    run_draw(argv, pool, draw, POOL)


if __name__ == "__main__":
    main(sys.argv[1:])
