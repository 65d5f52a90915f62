"""Which texts the evaluation sets, the tests and the outside lists share: one article under two ids.

Development only (never imported by the package). Usage, from the repository root:

    python tools/duplicate_texts.py [--corpora PATH] [--root PATH] [--unused FILE] [--polnear FILE]
                                    [--write-unused OUT] [--write-polnear OUT]

The news corpus holds some articles twice, under two ids (session 34): an "outside" count could then
read a gold text, a count could read one story twice, and a held-out item whose text is also a tuning
item would inflate a held-out figure. This maps every set of ``evaluation/data/`` to the texts it
names (news ids, CoNLL-2003 train story indexes, TempEval-3 train files, PolNeAR file names, by the
rows' ``split`` / ``half`` fields or the ``_a`` / ``_b`` file names; TempEval's tune / held fifth as
``evaluation.dates.part_of`` cuts it), finds the texts that are the same after lower-casing and
collapsing white space, and prints, by **ids and set names only** (never a text or a gold):
duplicate groups inside the outside lists (and how many straddle the odd/even halves), outside ids
whose text a gold set or test names, held-out items whose text is also a tuning item (same layer and
across layers), held-out items shared by two held-out sets, and near-duplicates (same title, or same
first 300 characters, texts not equal) apart. ``--write-unused`` / ``--write-polnear`` write a
deduplicated outside list: the first id of each group kept, every id whose text a gold set or test
names dropped, the kept ids interleaved so that each keeps its line parity (odd/even half) where the
halves' sizes allow; the ids whose half changed are printed. The two outside lists are those
``evaluation.outside_lists`` computes from the checkout and the corpora (session 35) unless
``--unused`` / ``--polnear`` name a file (one name a line); the report never names where a list came
from (stderr does), so a computed list and the same list given as a file print the same report.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT)]

from evaluation.outside_lists import (  # noqa: E402  (one id pattern and one recipe for audit and lists)
    NEWS_ID,
    default_corpora,
    polnear_names,
    unused_ids,
)
from evaluation.text_copies import normalise  # noqa: E402  (one normalisation for the audit and the scans)

LAYERS = ("agreements", "claims", "dates", "entities", "events", "quantities")
PREFIX = 300


@attrs.frozen
class Use:
    """One set's use of a text: the set (file and split), its layer and its role (tuning, held-out or
    named: a test, a selection script, a README, no scored split)."""

    set_name: str
    layer: str
    role: str


def role_of(split: str, file_name: str) -> str:
    """Whether a set's split is tuned on (``tuning``) or read for summary figures only (``held-out``):
    dev thirds, check sets' A halves and single check sets are tuning; untouched thirds, fresh sets,
    B halves and the written passages' held-out parts are held out."""
    s = split.lower()
    stem = Path(file_name).stem.lower()
    if s.startswith("dev") or s in {"a", "tune"}:
        return "tuning"
    if s in {"untouched", "untouched_b", "fresh", "b", "held"} or s.startswith("heldout"):
        return "held-out"
    if s.endswith("_b") or (s == "check" and stem.endswith("_b")):
        return "held-out"
    if s.startswith("check") or s.endswith("_a"):
        return "tuning"
    return "named"


def layer_of(file_name: str, row: Mapping[str, Any]) -> str:
    """The layer a set file scores: its ``set`` field, else the layer word in its name."""
    if isinstance(row.get("set"), str):
        return str(row["set"])
    name = file_name.lower()
    for layer in LAYERS:
        if layer in name or layer.rstrip("s") in name:
            return layer
    if name.startswith("devsets"):
        return "entities+claims"
    return "other"


def key_of_row(row: Mapping[str, Any]) -> str | None:
    """The text a gold row names, as ``corpus:name``: a PolNeAR file, a TempEval-3 file, a CoNLL-2003
    train story or a news id; None when the row names no corpus text (a passage written for a test)."""
    if isinstance(row.get("polnear"), str):
        return "polnear:" + Path(row["polnear"]).name
    if isinstance(row.get("file"), str) and row["file"].endswith(".txt"):
        return "polnear:" + row["file"]
    if isinstance(row.get("tml"), str):
        return "tempeval:" + row["tml"]
    for field in ("doc", "document"):
        if isinstance(row.get(field), int) and not isinstance(row.get(field), bool):
            return f"conll:{row[field]}"
    for field in ("news", "id"):
        value = row.get(field)
        if isinstance(value, str) and NEWS_ID.fullmatch(value) and "text" not in row:
            return "news:" + value
    return None


def duplicate_groups(texts: Mapping[str, str]) -> list[list[str]]:
    """The keys whose texts are equal after ``normalise``, in the mapping's order, groups of two or more."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for key, text in texts.items():
        if text.strip():
            by_text[normalise(text)].append(key)
    return [keys for keys in by_text.values() if len(keys) > 1]


def near_groups(texts: Mapping[str, str], titles: Mapping[str, str], width: int = PREFIX) -> list[list[str]]:
    """Keys whose texts differ but share a title or the first ``width`` normalised characters."""
    exact = {k: normalise(t) for k, t in texts.items()}
    buckets: dict[str, list[str]] = defaultdict(list)
    for key, text in exact.items():
        if len(text) >= width // 2:
            buckets["p:" + text[:width]].append(key)
        if normalise(titles.get(key, "")):
            buckets["t:" + normalise(titles[key])].append(key)
    groups: list[list[str]] = []
    seen: set[tuple[str, ...]] = set()
    for keys in buckets.values():
        distinct = sorted({exact[k] for k in keys})
        if len(keys) > 1 and len(distinct) > 1 and tuple(keys) not in seen:
            seen.add(tuple(keys))
            groups.append(keys)
    return groups


def straddles(group: Sequence[str], position: Mapping[str, int]) -> bool:
    """Whether a group's members sit at lines of both parities (one story in both halves)."""
    return len({position[k] % 2 for k in group if k in position}) > 1


def leaks(
    groups: Iterable[Sequence[str]], uses: Mapping[str, Iterable[Use]]
) -> list[tuple[str, Use, str, Use]]:
    """Each (held-out key, its set, other key, other set) where a held-out item's text (the same key or a
    copy) is a tuning item or an item of another held-out set (another set name), no pair twice."""
    found: list[tuple[str, Use, str, Use]] = []
    seen: set[tuple[str, str, str, str]] = set()
    for group in groups:
        pairs = [(k, u) for k in group for u in sorted(uses.get(k, ()), key=lambda use: use.set_name)]
        for held_key, held in pairs:
            if held.role != "held-out":
                continue
            for other_key, other in pairs:
                if other.role == "named" or other.set_name == held.set_name:
                    continue
                if other.role == "held-out" and (held_key, held.set_name) > (other_key, other.set_name):
                    continue
                mark = (held_key, held.set_name, other_key, other.set_name)
                if mark not in seen:
                    seen.add(mark)
                    found.append((held_key, held, other_key, other))
    return found


def deduplicated(
    ids: Sequence[str], groups: Iterable[Sequence[str]], named: set[str]
) -> tuple[list[str], list[str], list[str]]:
    """The outside list without its copies: (kept ids, dropped ids, kept ids whose line parity changed).
    The first id of each group stays, ids whose text a gold set or test names go; the kept ids of the
    even and the odd lines are interleaved so that each keeps its parity while both halves last."""
    later = {k for g in groups for k in list(g)[1:]}
    dropped = [i for i in ids if i in named or i in later]
    halves: tuple[list[str], list[str]] = ([], [])
    for line, key in enumerate(ids):
        if key not in dropped:
            halves[line % 2].append(key)
    kept: list[str] = []
    moved: list[str] = []
    even, odd = halves
    for n in range(max(len(even), len(odd))):
        for parity, half in ((0, even), (1, odd)):
            if n < len(half):
                if len(kept) % 2 != parity:
                    moved.append(half[n])
                kept.append(half[n])
    return kept, dropped, moved


def named_ids(text: str) -> set[str]:
    """The news ids a file's text names (whole ids only: ``reuters21578-1`` is not in ``-10``)."""
    return set(NEWS_ID.findall(text))


def _rows(path: Path) -> Iterable[tuple[dict[str, Any], str]]:
    """A set file's rows, each with the layer hint of its list (``devsets_b.json`` holds two lists)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".jsonl":
        for line in text.splitlines():
            row = json.loads(line) if line.strip() else None
            if isinstance(row, dict):
                yield row, ""
        return
    data = json.loads(text)
    if isinstance(data, dict) and isinstance(data.get("articles"), dict):
        for key in data["articles"]:
            yield {"id": key}, ""
        return
    for layer, value in data.items() if isinstance(data, dict) else ():
        if isinstance(value, list):
            for row in value:
                if isinstance(row, dict):
                    yield row, layer


def _halves(folder: Path) -> dict[str, str]:
    """The A/B half of each entities check set's ids (kept apart, in ``entities_check_sNN_ids.jsonl``)."""
    found: dict[str, str] = {}
    for path in folder.glob("entities_check_s*_ids.jsonl"):
        for row, _ in _rows(path):
            found[f"{path.name.removesuffix('_ids.jsonl')}:{row['id']}"] = str(row.get("half", "check"))
    return found


def set_uses(root: Path) -> dict[str, set[Use]]:
    """Every gold set's texts by key, with the set (file and split), layer and role of each use."""
    folder = root / "evaluation" / "data"
    halves = _halves(folder)
    uses: dict[str, set[Use]] = defaultdict(set)
    for path in sorted([*folder.glob("*.jsonl"), *folder.glob("*.json")]):
        for row, hint in _rows(path):
            key = key_of_row(row)
            if key is None:
                continue
            split = str(row.get("split", row.get("half", "")))
            if path.name.startswith("entities_check_s") and path.suffix == ".json":
                split = halves.get(f"{path.stem}:{row['id']}", "check")
                split = {"A": "check_A", "B": "check_B"}.get(split, split)
            layer = hint or layer_of(path.name, row)
            uses[key].add(Use(f"{path.name}[{split}]", layer, role_of(split, path.name)))
    return uses


def named_uses(root: Path, keys: Iterable[str]) -> dict[str, set[Use]]:
    """The keys a file under evaluation/ or tests/ names anywhere (draws' ``*_pool.txt`` inputs left
    out): news ids as whole ids, PolNeAR, TempEval and CoNLL names by their file stem or ``conll`` id."""
    wanted = list(keys)
    found: dict[str, set[Use]] = defaultdict(set)
    stems = {k: Path(k.split(":", 1)[1]).stem for k in wanted if k.startswith(("polnear:", "tempeval:"))}
    for folder in ("evaluation", "tests"):
        for path in sorted((root / folder).rglob("*")):
            if not path.is_file() or path.name.endswith("_pool.txt"):
                continue
            if path.suffix not in {".py", ".jsonl", ".json", ".txt", ".md"}:
                continue
            text = path.read_text(encoding="utf-8", errors="ignore")
            name = path.relative_to(root).as_posix()
            for news in named_ids(text):
                found["news:" + news].add(Use(name, "named", "named"))
            for key, stem in stems.items():
                if stem in text:
                    found[key].add(Use(name, "named", "named"))
            for index in re.findall(r"conll(?:2003)?-train-(\d+)", text):
                found[f"conll:{index}"].add(Use(name, "named", "named"))
    return found


def corpus_texts(corpora: Path) -> tuple[dict[str, str], dict[str, str], dict[str, set[Use]]]:
    """Every text a set can name, by key (news, PolNeAR train and dev, CoNLL-2003 train, TempEval-3
    train), their titles, and the uses the corpora fix themselves (TempEval's fifths, PolNeAR dev)."""
    texts: dict[str, str] = {}
    titles: dict[str, str] = {}
    fixed: dict[str, set[Use]] = defaultdict(set)
    news = corpora / "news" / "articles.jsonl"
    for line in news.read_text(encoding="utf-8").splitlines() if news.is_file() else ():
        record = json.loads(line)
        texts["news:" + record["id"]] = record["text"]
        titles["news:" + record["id"]] = record.get("title") or ""
    for split in ("train", "dev"):
        for path in sorted((corpora / "polnear" / split / "text").glob("*.txt")):
            key = "polnear:" + path.name if split == "train" else "polnear:dev/" + path.name
            texts[key] = path.read_text(encoding="utf-8")
            if split == "dev":
                fixed[key].add(Use("polnear dev[claims attribution]", "claims", "held-out"))
    from evaluation.conll_documents import read_documents, train_path
    from evaluation.dates import CORPORA, part_of, read_tml

    if train_path(corpora).is_file():
        for doc in read_documents(train_path(corpora)):
            texts[f"conll:{doc.index}"] = doc.text
    for corpus in CORPORA:
        for index, path in enumerate(sorted((corpora / "tempeval3" / corpus).glob("*.tml"))):
            key = f"tempeval:{corpus}/{path.name}"
            texts[key] = read_tml(path).text
            part = part_of(index)
            fixed[key].add(Use(f"tempeval3 {part}", "dates", "held-out" if part == "held" else "tuning"))
    return texts, titles, fixed


def outside_keys(label: str, given: Path | None, root: Path, corpora: Path) -> list[str]:
    """An outside list's keys (``news:`` ids or ``polnear:`` train file names) in its order: the names
    the file ``given`` lists, else the list ``evaluation.outside_lists`` computes from ``root`` and
    ``corpora`` (the unused news ids, the PolNeAR counting half)."""
    if label == "news":
        return ["news:" + i for i in unused_ids(given, root, corpora)]
    return ["polnear:" + n for n in polnear_names(given, root, corpora)]


def _report_outside(
    label: str,
    keys: list[str],
    texts: Mapping[str, str],
    titles: Mapping[str, str],
    uses: Mapping[str, set[Use]],
) -> None:
    """Print an outside list's copy groups, how many straddle the halves, its gold-named copies and its
    near-duplicates (inside the list, and of a set-named text)."""
    position = {k: i for i, k in enumerate(keys)}
    inside = duplicate_groups({k: texts[k] for k in keys if k in texts})
    print(f"\n## {label}: {len(keys)} ids, {len(keys) - sum(k in texts for k in keys)} without a text")
    print(
        f"1. copy groups inside the list: {len(inside)} ({sum(map(len, inside))} ids, "
        f"{sum(len(g) - 1 for g in inside)} copies); straddling odd/even: "
        f"{sum(straddles(g, position) for g in inside)}"
    )
    for group in inside:
        print("   ", " = ".join(f"{k.split(':', 1)[1]}@{position[k]}" for k in group))
    copies = gold_copies(keys, texts, uses)
    roles = {
        k: sorted({u.role for u in uses[o] if u.role != "named"}) or ["named"] for k, (o, _) in copies.items()
    }
    print(
        f"2. outside ids whose text a gold set or test names: {len(copies)} (by the roles of its sets: "
        f"{dict(Counter('+'.join(r) for r in roles.values()))})"
    )
    for key, (other, names) in copies.items():
        same = "itself" if other == key else other.split(":", 1)[1]
        print(f"    {key.split(':', 1)[1]} = {same} [{'+'.join(roles[key])}]: {', '.join(sorted(names))}")
    named = {k for k, u in uses.items() if u and k in texts}
    pool = set(keys) | named
    near = [g for g in near_groups({k: texts[k] for k in texts if k in pool}, titles) if set(g) & set(keys)]
    inside_near = [g for g in near if set(g) <= set(keys)]
    print(
        f"4. near-duplicates (same title or first {PREFIX} characters, texts differ): "
        f"{len(inside_near)} groups inside the list "
        f"({sum(straddles(g, position) for g in inside_near)} straddling), "
        f"{len(near) - len(inside_near)} groups with a set-named text"
    )
    for group in near:
        print("   ", " ~ ".join(k.split(":", 1)[1] + ("" if k in position else " (named)") for k in group))


def gold_copies(
    keys: Sequence[str], texts: Mapping[str, str], uses: Mapping[str, set[Use]]
) -> dict[str, tuple[str, set[str]]]:
    """Each outside key whose text (its own or a copy's) a set or test names: the named key and its sets."""
    by_text: dict[str, list[str]] = defaultdict(list)
    for key, text in texts.items():
        by_text[normalise(text)].append(key)
    found: dict[str, tuple[str, set[str]]] = {}
    for key in keys:
        for other in by_text.get(normalise(texts.get(key, "")), [key]) if key in texts else [key]:
            names = {u.set_name.split("[")[0].split("/")[-1] for u in uses.get(other, ())}
            if names:
                found[key] = (other, names)
                break
    return found


def sentence_leaks(rows: Sequence[tuple[str, str, str]]) -> list[tuple[str, str, str, str]]:
    """Each (held-out split, its id, other split, other id) where a held-out sentence's normalised text
    is also a sentence of a tuning split or of another held-out split; ``rows`` are (split, id, text)."""
    by_text: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for split, key, text in rows:
        by_text[normalise(text)].append((split, key))
    found: list[tuple[str, str, str, str]] = []
    for members in by_text.values():
        for split, key in members:
            if role_of(split, "") != "held-out":
                continue
            for other_split, other_key in members:
                other_role = role_of(other_split, "")
                if other_split == split or (
                    other_role == "held-out" and (split, key) > (other_split, other_key)
                ):
                    continue
                found.append((split, key, other_split, other_key))
    return found


def quantity_sentences(corpora: Path) -> list[tuple[str, str, str]]:
    """Every quantities gold sentence as (split, article id, sentence text), rebuilt as the scorer does."""
    from evaluation.real_common import load_gold

    from evaluation import quantities_real as q

    gold = [s for name in q.GOLD_FILES for s in load_gold(name)]
    articles = q._articles(corpora, (s["id"] for s in gold)) or {}
    rows = [
        (s["split"], s["id"], articles[s["id"]][0][s["start"] : s["end"]])
        for s in gold
        if s["id"] in articles
    ]
    for built in (
        q.conll_rows(load_gold(q.GOLD_G) + load_gold(q.GOLD_H), corpora),
        q.tempeval_rows(load_gold(q.GOLD_I), corpora),
        q.polnear_rows(load_gold(q.GOLD_J), corpora),
        q.mixed_rows(load_gold(q.GOLD_K) + load_gold(q.GOLD_L) + load_gold(q.GOLD_M), corpora),
    ):
        if built is not None:
            rows += [(s["split"], s["id"], built[1][s["id"]][0][s["start"] : s["end"]]) for s in built[0]]
    return rows


def _print_pairs(title: str, rows: Sequence[tuple[str, Use, str, Use]]) -> None:
    """Print held-out/other pairs, the same layer's first, by ids and set names."""
    same = [r for r in rows if r[1].layer == r[3].layer or "+" in r[1].layer + r[3].layer]
    print(f"{title}: {len(rows)} pairs, {len(same)} in the same layer")
    for held_key, held_use, other_key, other_use in sorted(
        rows, key=lambda r: (r[1].layer != r[3].layer, r[1].layer, r[0])
    ):
        how = "same id" if held_key == other_key else "copy"
        print(
            f"    [{held_use.layer}] {held_key.split(':', 1)[1]} {held_use.set_name} <- {how} "
            f"{other_key.split(':', 1)[1]} {other_use.set_name} [{other_use.layer}]"
        )


def _report_sets(
    texts: Mapping[str, str], titles: Mapping[str, str], uses: Mapping[str, set[Use]], corpora: Path
) -> None:
    """Print held-out items whose text is a tuning item, held-out copies across held-out sets, the
    quantities sentences shared so, and near-duplicates among the texts any set names."""
    groups = duplicate_groups(texts)
    used = sorted(k for k, u in uses.items() if any(x.role != "named" for x in u))
    grouped = {k for g in groups for k in g}
    single = [[k] for k in used if k not in grouped]
    found = leaks([*groups, *single], uses)
    same_id = [f for f in found if f[0] == f[2]]
    print("\n## gold sets")
    print(
        f"copy groups in the corpora: {len(groups)}; groups with two or more set-named members: "
        f"{sum(sum(k in set(used) for k in g) > 1 for g in groups)}"
    )
    _print_pairs(
        "3a. held-out items whose text is a copy (another id) of a tuning item",
        [f for f in found if f[3].role == "tuning" and f[0] != f[2]],
    )
    _print_pairs(
        "3b. held-out items copied (another id) in another held-out set",
        [f for f in found if f[3].role == "held-out" and f[0] != f[2]],
    )
    layer_same = [f for f in same_id if f[3].role == "tuning" and f[1].layer == f[3].layer]
    print(
        f"3c. the same id held out in one set and tuned on in another: {len(same_id)} pairs, "
        f"{len(layer_same)} in the same layer (by set: "
        f"{dict(sorted(Counter(f[1].set_name + ' <- ' + f[3].set_name for f in layer_same).items()))})"
    )
    across = Counter(f[1].set_name for f in same_id if f[3].role == "tuning" and f[1].layer != f[3].layer)
    print(
        "    across layers (a set shared by two layers' draws), held-out pairs by set:",
        dict(sorted(across.items())),
    )
    shared = sentence_leaks(quantity_sentences(corpora))
    print(f"3d. quantities held-out sentences whose text is also another split's sentence: {len(shared)}")
    for split, key, other_split, other_key in shared:
        print(f"    {key} [{split}] = {other_key} [{other_split}] ({role_of(other_split, '')})")
    near = [g for g in near_groups({k: texts[k] for k in used if k in texts}, titles) if len(g) > 1]
    print(
        f"4. near-duplicates among set-named texts (same title or first {PREFIX} characters, texts "
        f"differ): {len(near)} groups"
    )
    for group in near:
        print(
            "   ",
            " ~ ".join(
                f"{k.split(':', 1)[1]} ({', '.join(sorted(u.set_name for u in uses[k]))})" for k in group
            ),
        )


def _write(out: Path, keys: list[str], texts: Mapping[str, str], uses: Mapping[str, set[Use]]) -> None:
    """Write an outside list without its copies and gold-named texts; print what was dropped or moved."""
    groups = duplicate_groups({k: texts[k] for k in keys if k in texts})
    named = set(gold_copies(keys, texts, uses))
    kept, dropped, moved = deduplicated(keys, groups, named)
    out.write_text("".join(k.split(":", 1)[1] + "\n" for k in kept), encoding="utf-8")
    print(
        f"\nwrote {out}: {len(kept)} of {len(keys)} ids ({len(dropped)} dropped); "
        f"{len(moved)} kept ids changed half: {' '.join(k.split(':', 1)[1] for k in moved)}"
    )


def main(argv: list[str] | None = None) -> int:
    """Command line: report the shared texts and the outside lists (computed unless given), optionally
    write the deduplicated outside lists."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", type=Path, default=default_corpora())
    parser.add_argument(
        "--root", type=Path, default=ROOT, help="the checkout whose sets and tests name texts"
    )
    parser.add_argument(
        "--unused", type=Path, help="an outside list of news ids, one a line (default: computed)"
    )
    parser.add_argument(
        "--polnear",
        type=Path,
        help="an outside list of PolNeAR train file names, one a line (default: computed)",
    )
    parser.add_argument("--write-unused", type=Path, help="write the deduplicated news list here")
    parser.add_argument("--write-polnear", type=Path, help="write the deduplicated PolNeAR list here")
    args = parser.parse_args(argv)
    root = args.root.resolve()
    texts, titles, fixed = corpus_texts(args.corpora)
    uses: dict[str, set[Use]] = defaultdict(set)
    for source in (set_uses(root), named_uses(root, texts), fixed):
        for key, found in source.items():
            uses[key] |= found
    lists = (("news", args.unused, args.write_unused), ("polnear", args.polnear, args.write_polnear))
    for label, path, out in lists:
        where = path if path is not None else f"computed from {root} and {args.corpora}"
        print(f"outside {label} list: {where}", file=sys.stderr)
        keys = outside_keys(label, path, root, args.corpora)
        _report_outside(f"outside {label} list", keys, texts, titles, uses)
        if out:
            _write(out, keys, texts, uses)
    _report_sets(texts, titles, uses, args.corpora)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
