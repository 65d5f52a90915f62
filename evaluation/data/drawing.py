"""What the scripted draws of the real sets share: reading the corpus, finding ids already used."""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from evaluation.text_copies import drop_copies, named_index

#: sets drawn after the fresh splits from articles those draws left unused (quantities batch B,
#: session 7): the earlier draws ignore them, so that they still reproduce.
DRAWN_LATER = frozenset({"real_quantities_b.jsonl"})
#: check sets drawn after every scripted draw (session 11 and later): no earlier draw reads them, so
#: each earlier draw still reproduces; a new check set's file names join this list.
CHECK_SETS = frozenset(
    {
        "entities_check_s11.json",
        "entities_check_s11_ids.jsonl",
        "check_agreements_s11.jsonl",
        "entities_check_s12.json",
        "entities_check_s12_ids.jsonl",
        "check_events.jsonl",
        "real_quantities_c.jsonl",
        "check_dates_s11.jsonl",
        "check_agreements_s12.jsonl",
        "real_quantities_d.jsonl",
        "check_claims_s12.jsonl",
        "check_dates_s12.jsonl",
        "check_events_s12_a.jsonl",
        "check_events_s12_b.jsonl",
        "check_dates_s13.jsonl",
        "check_agreements_s13.jsonl",
        "entities_check_s13.json",
        "entities_check_s13_ids.jsonl",
        "real_quantities_e.jsonl",
        "check_agreements_s14.jsonl",
        "check_claims_s14.jsonl",
        "real_quantities_f.jsonl",
        "check_agreements_conll_s14.jsonl",
        "check_events_conll_s14_a.jsonl",
        "check_events_conll_s14_b.jsonl",
        "real_quantities_g.jsonl",
        "check_dates_conll_s14.jsonl",
        "check_agreements_conll_s15.jsonl",
        "check_events_conll_s15_a.jsonl",
        "check_events_conll_s15_b.jsonl",
        "check_agreements_conll_s16.jsonl",
        "check_events_conll_s16_a.jsonl",
        "check_events_conll_s16_b.jsonl",
        "real_quantities_h.jsonl",
        "check_agreements_s17.jsonl",
        "check_events_s18_a.jsonl",
        "check_events_s18_b.jsonl",
        "check_events_wire_s18_a.jsonl",
        "check_events_wire_s18_b.jsonl",
        "check_agreements_wire_s18.jsonl",
        "check_claims_wire_s18.jsonl",
        "real_quantities_i_s19.jsonl",
        "check_agreements_s20.jsonl",
        "check_events_s21_a.jsonl",
        "check_events_s21_b.jsonl",
        "check_agreements_polnear_s22.jsonl",
        "check_events_polnear_s22_a.jsonl",
        "check_events_polnear_s22_b.jsonl",
        "check_agreements_polnear_s23.jsonl",
        "real_quantities_j_s23.jsonl",
        "real_quantities_k_s26.jsonl",
        "real_quantities_l_s27.jsonl",
        "check_events_polnear_s23_a.jsonl",
        "check_events_polnear_s23_b.jsonl",
        "check_dates_s36.jsonl",
        "real_quantities_m_s41.jsonl",
        "check_agreements_s42.jsonl",
        "claims_that_s42.jsonl",
        "real_quantities_n_s42.jsonl",
        "check_agreements_wire_s42.jsonl",
    }
)
#: check sets whose file name carries no session tag, drawn after the session-16 CoNLL agreements
#: and events draws (quantities set H, s16 round 2): those draws skip them, so that they reproduce.
DRAWN_AFTER_S16 = frozenset({"real_quantities_h.jsonl"})
_SESSION_TAG = re.compile(r"_s(\d+)")
#: the TempEval-3 train corpora the wire draws read (never platinum, the test set).
TEMPEVAL = ("timebank", "aquaint")
#: draws of this session or later skip a candidate whose text copies a text a file names, or an earlier
#: candidate's (by normalised text, ``evaluation.text_copies``); earlier draws reproduce as they were.
COPIES_SKIPPED_FROM = 34


def is_pool_file(name: str) -> bool:
    """Whether a data file is a draw's committed input (``*_pool.txt``): it lists candidates, not ids a
    set uses, so scans for "ids named under evaluation/" skip it (else one pool would empty the next)."""
    return name.endswith("_pool.txt")


def tagged_before(name: str, session: int) -> bool:
    """Whether a data file's ``_sN`` tags (if any) are all of sessions before ``session``: a draw of that
    session skips the files made the same day or later, so that it still reproduces."""
    return all(int(n) < session for n in _SESSION_TAG.findall(name))


def corpora_folder(argv: list[str] | None, description: str | None) -> Path:
    """The corpora folder given by ``--corpora`` (default NEWSPARSE_CORPORA, else ../shared/corpora)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    return Path(parser.parse_args(argv).corpora)


def write_gold(
    argv: list[str] | None, description: str | None, build: Callable[[Path], list[dict[str, Any]]], out: Path
) -> int:
    """A gold script's command: write ``build``'s rows to ``out`` as JSON Lines, or with ``--check``
    say whether ``out`` is up to date (exit 1 if not)."""
    args = list(sys.argv[1:] if argv is None else argv)
    check = "--check" in args
    rows = build(corpora_folder([a for a in args if a != "--check"], description))
    text = "".join(json.dumps(row) + "\n" for row in rows)
    if check:
        same = out.is_file() and out.read_text(encoding="utf-8") == text
        print("up to date" if same else "differs")
        return 0 if same else 1
    out.write_text(text, encoding="utf-8")
    return 0


def corpus_articles(argv: list[str] | None, description: str | None) -> list[dict[str, Any]]:
    """The news corpus's articles, from the corpora folder the command line names."""
    path = corpora_folder(argv, description) / "news" / "articles.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def ids_named(paths: Iterable[Path]) -> set[str]:
    """Every string ``id`` field at any depth of the JSON or JSON Lines files ``paths``."""
    found: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("id"), str):
                found.add(node["id"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for path in paths:
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".json":
            walk(json.loads(text))
        else:
            for line in text.splitlines():
                if line.strip():
                    walk(json.loads(line))
    return found


def earlier_files(folder: Path, session: int, *, whole_path: bool = False) -> list[Path]:
    """The files under ``folder`` made before ``session`` (no ``_sN`` tag of it or later), committed pools
    left out; ``whole_path`` reads the tags of the path under ``folder`` (a tagged subfolder counts)."""
    return [
        p
        for p in sorted(folder.rglob("*"))
        if p.is_file()
        and tagged_before(p.relative_to(folder).as_posix() if whole_path else p.name, session)
        and not is_pool_file(p.name)
    ]


def earlier_text(folder: Path, session: int, *, whole_path: bool = False) -> str:
    """The text of every file ``earlier_files`` gives, joined: a draw skips a candidate named in it."""
    files = earlier_files(folder, session, whole_path=whole_path)
    return "\n".join(p.read_text(encoding="utf-8", errors="ignore") for p in files)


def ids_named_before(
    root: Path, ids: set[str], session: int, texts: Mapping[str, str] | None = None
) -> set[str]:
    """The ids of ``ids`` that a file under ``root``'s evaluation/ or tests/ names (files tagged ``session``
    or later, and draws' committed pools, skipped, so that a draw still reproduces); with ``texts`` (every
    id of the corpus -> its text), from session 34 on, also the ids whose text copies such a named text
    or an earlier id's (:func:`copies_named_before`)."""
    named = _named_in_files(root, ids, session)
    if texts is not None:
        named |= set(copies_named_before(root, sorted(ids - named), session, texts))
    return named


def _named_in_files(root: Path, ids: Iterable[str], session: int) -> set[str]:
    """The ids of ``ids`` some file under ``root``'s evaluation/ or tests/ holds (as ``ids_named_before``)."""
    find = ids_in_text(ids)
    named: set[str] = set()
    for folder in ("evaluation", "tests"):
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file() or not tagged_before(path.name, session) or is_pool_file(path.name):
                continue
            text = path.read_text(encoding="utf-8", errors="ignore")
            named.update(find(text))
    return named


def ids_in_text(ids: Iterable[str]) -> Callable[[str], set[str]]:
    """A finder of the ids of ``ids`` that a text holds, as ``{i for i in ids if i in text}`` gives them, read
    from the text's runs of the ids' own characters (an id found in a text lies inside one such run): each
    id is no longer searched for in the whole of every file (most of a draw's time before session 38)."""
    by_length: dict[int, set[str]] = {}
    for identifier in ids:
        by_length.setdefault(len(identifier), set()).add(identifier)
    always = by_length.pop(0, set())  # the empty id is in every text
    letters = "".join(sorted({c for group in by_length.values() for i in group for c in i}))
    runs = re.compile(f"[{re.escape(letters)}]+" if letters else "(?!)")  # no letters: no run
    groups = sorted(by_length.items())

    def find(text: str) -> set[str]:
        """The ids the text holds."""
        found = set(always)
        for run in set(runs.findall(text)):
            for length, group in groups:
                if length > len(run):
                    break
                pieces = (run[k : k + length] for k in range(len(run) - length + 1))
                found.update(piece for piece in pieces if piece in group)
        return found

    return find


def copies_named_before(
    root: Path, candidates: Iterable[str], session: int, texts: Mapping[str, str]
) -> dict[str, str]:
    """Each candidate (in order) whose normalised text is the text of an id of ``texts`` that a file under
    ``root``'s evaluation/ or tests/ names, or an earlier candidate's -> that id; printed to standard error
    (ids only). Empty before session 34 (``COPIES_SKIPPED_FROM``), so that earlier draws reproduce."""
    if session < COPIES_SKIPPED_FROM:
        return {}
    wanted = list(candidates)
    index = named_index(texts, sorted(_named_in_files(root, texts, session)))
    _, dropped = drop_copies(((i, texts.get(i, "")) for i in wanted), index)
    found = {d.key: d.copies for d in dropped}
    if found:
        pairs = " ".join(f"{k}={v}" for k, v in found.items())
        print(f"draw: {len(found)} of {len(wanted)} candidates skipped as copies: {pairs}", file=sys.stderr)
    return found


def polnear_metadata(corpora: Path) -> dict[str, dict[str, str]]:
    """PolNeAR's ``metadata.tsv`` rows by file stem: each text's compartment, publisher, publication date
    and wire service, as the PolNeAR check sets draw and date their texts."""
    with (corpora / "polnear" / "metadata.tsv").open(encoding="utf-8", newline="") as handle:
        return {r["filename"]: r for r in csv.DictReader(handle, delimiter="\t")}


def tempeval_id(relative: str) -> str:
    """The set's id of a TempEval-3 file ("aquaint/X.tml" -> "tempeval3-aquaint-X")."""
    corpus, name = relative.split("/")
    return f"tempeval3-{corpus}-{name.removesuffix('.tml')}"


def tempeval_stories(
    corpora: Path, named: str, taken: set[str], session: int = 0
) -> Iterator[tuple[str, str, str]]:
    """The (id, file stem, text) of each TempEval-3 train file, in file order, whose stem ``named`` does
    not hold and whose id ``taken`` lacks: the wire draws' candidates before their own filters. From
    session 34 on (``session``), a file whose text copies a named file's or an earlier one's is skipped."""
    from evaluation.dates import read_tml

    stories: dict[str, tuple[str, str]] = {}
    texts: dict[str, str] = {}
    for corpus in TEMPEVAL:
        for path in sorted((corpora / "tempeval3" / corpus).glob("*.tml")):
            set_id = tempeval_id(f"{corpus}/{path.name}")
            if session >= COPIES_SKIPPED_FROM:
                texts[set_id] = read_tml(path).text
            if set_id not in taken and path.stem not in named:
                stories[set_id] = (path.stem, texts.get(set_id) or read_tml(path).text)
    skipped: dict[str, str] = {}
    if session >= COPIES_SKIPPED_FROM:
        stems = {i: i.split("-", 2)[2] for i in texts}
        index = named_index(texts, [i for i in texts if i not in stories and stems[i] in named])
        _, dropped = drop_copies(((i, t) for i, (_, t) in stories.items()), index)
        skipped = {d.key: d.copies for d in dropped}
        if skipped:
            pairs = " ".join(f"{k}={v}" for k, v in skipped.items())
            print(f"draw: {len(skipped)} TempEval-3 stories skipped as copies: {pairs}", file=sys.stderr)
    for set_id, (stem, text) in stories.items():
        if set_id not in skipped:
            yield set_id, stem, text


def run_draw(
    argv: list[str],
    pool: Callable[[Path], list[str]],
    draw: Callable[[list[str]], list[tuple[str, str]]],
    default_pool: Path,
) -> None:
    """A wire draw's command line: print the pool (``CORPORA --pool``) or the draw from a pool file
    (``CORPORA [POOL_FILE]``, default ``default_pool``), one ``id half`` a line."""
    if len(argv) == 2 and argv[1] == "--pool":
        print("\n".join(pool(Path(argv[0]))))
        return
    source = Path(argv[1]) if len(argv) > 1 else default_pool
    for chosen, half in draw(source.read_text(encoding="utf-8").splitlines()):
        print(chosen, half)
