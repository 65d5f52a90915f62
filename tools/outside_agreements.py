"""Where the working tree's agreements differ from a git revision's on text outside every set.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_agreements.py [--base REV] [--cue REGEX] [--unused FILE] [--polnear FILE] [--list]

A rule "counted on text outside every set" is counted here: the unused news articles of ``--unused``
(a list of ids; by default the list ``evaluation.outside_lists`` computes) that no file under
evaluation/ or tests/ names, the CoNLL-2003 train
stories no file there names (a ``doc`` / ``document`` index of a JSON Lines row, an index of a
``*conll*_ids.txt`` file, or a ``conll2003-train-N`` / ``conll-train-N`` id), and the TempEval-3
train files (TimeBank, AQUAINT; never platinum) whose name no file there holds, outside the dates
layer's held fifth (``evaluation.dates.part_of``).  With ``--cue`` only the texts the pattern matches
are parsed (a rule fires only where its words are, and parsing is the slow part).  Each text is parsed
once up to the agreements layer's inputs; both versions' ``extract`` then run on it, and every record
one version has and the other lacks is printed with its sentence, for the reader to judge
("N firings, M right").  ``--list`` prints the outside ids only.  ``--polnear FILE`` (session 23) adds the
PolNeAR train texts the file lists (one file name a line; ``python -m evaluation.outside_lists
--write-polnear FILE`` writes the counting half) that no file under evaluation/ or tests/ names, dated
by PolNeAR's ``metadata.tsv``.  ``--acled``
(session 28) adds the ACLED notes of ``acled/dev.jsonl`` (the events layer's tuning set; no
agreements set names them), each dated by its event date; ``--ud-dev`` adds the UD EWT **dev**
documents (the syntax layer's tuning set; never its test file), each document's sentences joined.
``--count`` prints how many records the base revision gives on each source instead of the differences.
``--half odd|even`` (session 32) keeps the texts at odd or even places of the whole list (from 0,
before the cue): shape a rule on one half, count it once on the other.  Since session 34 the outside
texts are read without copies (``outside_copies.without_copies``: a text that copies a text a set or
test names, or an earlier text of the list, is dropped, and standard error says which);
``--keep-copies`` reads the lists as given (the halves of sessions 31-34).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import chain
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from ab_agreements_speed import upstream  # noqa: E402
from evaluation.outside_lists import polnear_names, unused_ids  # noqa: E402
from outside_copies import KEEP_HELP, without_copies  # noqa: E402
from plugin_ab import load_base  # noqa: E402

from newsparse import Agreement, Document, Pipeline  # noqa: E402
from newsparse.consultation import Consultations  # noqa: E402
from newsparse.frozen import FrozenDict  # noqa: E402
from newsparse.model import view_of  # noqa: E402
from newsparse_agreements import records  # noqa: E402

CORPORA = Path(os.environ.get("NEWSPARSE_CORPORA", ROOT.parent / "shared" / "corpora"))
_CONLL_ID = re.compile(r"conll(?:2003)?-train-(\d+)")
_INDEX = re.compile(r"\b\d+\b")


def named_text(root: Path) -> str:
    """Every text file under ``root``'s evaluation/ and tests/ (draws' ``*_pool.txt`` inputs left out),
    joined: an id or a file name it holds is used by some set or test."""
    parts = []
    for folder in ("evaluation", "tests"):
        for path in sorted((root / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".jsonl", ".json", ".txt", ".md"}:
                if not path.name.endswith("_pool.txt"):
                    parts.append(path.read_text(encoding="utf-8", errors="ignore"))
    return "\n".join(parts)


def _row_indexes(path: Path) -> set[int]:
    """The ``doc`` / ``document`` indexes of a JSON Lines file's rows (CoNLL-2003 train stories)."""
    found: set[int] = set()
    for line in path.read_text(encoding="utf-8", errors="ignore").splitlines():
        try:
            row = json.loads(line)
        except ValueError:
            continue
        if isinstance(row, dict):
            found.update(row[k] for k in ("doc", "document") if isinstance(row.get(k), int))
    return found


def conll_named(root: Path, named: str) -> set[int]:
    """The CoNLL-2003 train story indexes some file under evaluation/ or tests/ uses."""
    used = {int(n) for n in _CONLL_ID.findall(named)}
    for folder in ("evaluation", "tests"):
        for path in sorted((root / folder).rglob("*")):
            if path.suffix == ".jsonl":
                used |= _row_indexes(path)
            elif "conll" in path.name and path.name.endswith("_ids.txt"):
                used.update(int(n) for n in _INDEX.findall(path.read_text(encoding="utf-8")))
    return used


def outside_texts(
    corpora: Path, unused: Path | None, root: Path = ROOT, *, keep_copies: bool = False
) -> Iterator[tuple[str, str, str | None]]:
    """The (id, text, publication date) of every outside text: unused news (the ids of the file ``unused``,
    else the computed list), then CoNLL train, then TempEval-3 train; without copies of named texts or of
    earlier texts unless ``keep_copies``."""
    listed = _outside_texts(corpora, unused, root)
    yield from without_copies(listed, corpora, root=root, keep=keep_copies, label="outside texts")


def _outside_texts(corpora: Path, unused: Path | None, root: Path) -> Iterator[tuple[str, str, str | None]]:
    """:func:`outside_texts` as given (copies included)."""
    from evaluation.conll_documents import read_documents, train_path
    from evaluation.data.drawing import TEMPEVAL, tempeval_id
    from evaluation.dates import part_of, read_tml

    named = named_text(root)
    wanted = [i for i in unused_ids(unused, root, corpora) if i not in named]
    articles: dict[str, dict[str, Any]] = {}
    with (corpora / "news" / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            articles[article["id"]] = article
    for article_id in (i for i in wanted if i in articles):
        published = articles[article_id].get("published")
        yield article_id, articles[article_id]["text"], str(published)[:10] if published else None
    used = conll_named(root, named)
    for index, story in enumerate(read_documents(train_path(corpora))):
        if index not in used:
            yield f"conll2003-train-{index}", story.text, story.published
    for corpus in TEMPEVAL:
        for index, path in enumerate(sorted((corpora / "tempeval3" / corpus).glob("*.tml"))):
            if part_of(index) != "held" and path.stem not in named:
                yield tempeval_id(f"{corpus}/{path.name}"), read_tml(path).text, None


def polnear_texts(
    corpora: Path, listing: Path | None, root: Path = ROOT, *, keep_copies: bool = False
) -> Iterator[tuple[str, str, str | None]]:
    """The (id, text, publication date) of each PolNeAR train text ``listing`` names (one file name a
    line; None: the computed counting half) that no file under ``root``'s evaluation/ or tests/ names:
    outside text for the count; without copies of named texts or of earlier texts unless ``keep_copies``."""
    listed = _polnear_texts(corpora, listing, root)
    yield from without_copies(listed, corpora, root=root, keep=keep_copies, label="outside PolNeAR texts")


def _polnear_texts(corpora: Path, listing: Path | None, root: Path) -> Iterator[tuple[str, str, str | None]]:
    """:func:`polnear_texts` as given (copies included)."""
    from evaluation.data.drawing import polnear_metadata

    named = named_text(root)
    meta = polnear_metadata(corpora)
    for name in polnear_names(listing, root, corpora):
        stem = name.removesuffix(".txt")
        if stem in named:
            continue
        published = meta.get(stem, {}).get("publication_date")
        text = (corpora / "polnear" / "train" / "text" / name).read_text(encoding="utf-8")
        yield f"polnear-{stem}", text, published if published and published != "None" else None


def acled_texts(corpora: Path) -> Iterator[tuple[str, str, str | None]]:
    """The (id, note, event date) of every ACLED note of the events layer's tuning split: outside text
    for agreements, which no agreements set names."""
    with (corpora / "acled" / "dev.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            row = json.loads(line)
            yield f"acled-{row['event_id_cnty']}", row["notes"], row.get("event_date") or None


def ud_dev_texts(corpora: Path) -> Iterator[tuple[str, str, str | None]]:
    """The (id, text, None) of every UD EWT dev document (the syntax layer's tuning split, never its
    test split), its sentences' ``# text`` lines joined by spaces."""
    document, sentences = "", list[str]()
    for line in (corpora / "ud-ewt" / "en_ewt-ud-dev.conllu").read_text(encoding="utf-8").splitlines():
        if line.startswith("# newdoc id = "):
            if sentences:
                yield f"ud-dev-{document}", " ".join(sentences), None
            document, sentences = line.removeprefix("# newdoc id = "), []
        elif line.startswith("# text = "):
            sentences.append(line.removeprefix("# text = "))
    if sentences:
        yield f"ud-dev-{document}", " ".join(sentences), None


def source_of(text_id: str) -> str:
    """The outside source a text id comes from (its prefix), for ``--count``."""
    for prefix in ("acled", "ud-dev", "polnear", "conll2003-train", "tempeval"):
        if text_id.startswith(prefix):
            return prefix
    return "tempeval" if "/" in text_id or text_id.endswith(".tml") else "news"


def summary(agreement: Agreement) -> str:
    """One line naming what a record says: kind, mention, sides, business roles, status."""
    roles = {k: list(getattr(agreement, k)) for k in ("acquirer", "target", "seller")}
    roles = {k: v for k, v in roles.items() if v}
    return (
        f"{agreement.kind} {agreement.text!r} at {agreement.start}: parties {list(agreement.parties)} "
        f"{roles or ''} status {agreement.status} mentions {[m.text for m in agreement.mentions]}"
    )


def _sentence(doc: Document, start: int) -> str:
    """The text of the sentence holding offset ``start``, on one line."""
    for sentence in doc.sentences:
        if sentence.start <= start < sentence.end:
            return " ".join(doc.text[sentence.start : sentence.end].split())
    return ""


def differences(
    doc: Document, old: Sequence[Any], new: Sequence[Any], describe: Callable[[Any], str] = summary
) -> list[str]:
    """The annotations (agreements unless ``describe`` says another layer's line) one version gives and
    the other does not ("-" base only, "+" working tree only), each with its sentence."""
    before = {describe(a): a for a in old}
    after = {describe(a): a for a in new}
    lines = [f"- {line}\n    {_sentence(doc, a.start)}" for line, a in before.items() if line not in after]
    lines += [f"+ {line}\n    {_sentence(doc, a.start)}" for line, a in after.items() if line not in before]
    return lines


def consulting(doc: Document, producers: Sequence[Any]) -> Document:
    """``doc`` with the span-by-span producers (``syntax``) answering ``consult``, as the pipeline gives
    the agreements layer: without them the structure rules (:mod:`.structure`) never run (session 25)."""
    consultations = Consultations(doc, {e.produces: e for e in producers}, [])
    layers = {e.produces for e in producers}
    return view_of(doc, FrozenDict(doc.layers), consultations.for_layers(layers))


def outside_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every outside-text comparison takes: the base revision, a cue, the two lists."""
    parser.add_argument("--base", default="HEAD", help="the git revision to compare with")
    parser.add_argument("--cue", help="parse only the texts this regular expression (any case) matches")
    parser.add_argument(
        "--unused", type=Path, help="a list of unused news ids (default: computed, evaluation.outside_lists)"
    )
    parser.add_argument("--polnear", type=Path, help="also the PolNeAR train texts this file lists")
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)


def chosen_texts(
    args: argparse.Namespace, *extra: Iterable[tuple[str, str, str | None]]
) -> list[tuple[str, str, str | None]]:
    """The outside texts the options of :func:`outside_arguments` name (the unused news ids, then the
    ``--polnear`` list's texts, then ``extra``), those only that ``--cue`` matches."""
    cue = re.compile(args.cue, re.IGNORECASE) if args.cue else None
    keep = getattr(args, "keep_copies", False)
    polnear = polnear_texts(CORPORA, args.polnear, keep_copies=keep) if args.polnear else iter(())
    first = (
        iter(())
        if getattr(args, "only_added", False)
        else chain(outside_texts(CORPORA, args.unused, keep_copies=keep), polnear)
    )
    return [t for t in chain(first, *extra) if cue is None or cue.search(t[1])]


def print_differences(
    texts: Sequence[tuple[str, str, str | None]],
    old: Pipeline,
    new: Pipeline,
    lines_of: Callable[[str, Document, Document], list[str]],
) -> None:
    """Parse each text with the base's and the working tree's pipeline, print what ``lines_of`` (text
    id, base document, new document) gives wherever it gives anything, then how many texts differ."""
    differing = 0
    for text_id, text, published in texts:
        lines = lines_of(text_id, old.parse(text, published=published), new.parse(text, published=published))
        if lines:
            differing += 1
            print(f"{text_id}:\n" + "\n".join(lines))
    print(f"{len(texts)} outside texts parsed, {differing} differ")


def _texts(args: argparse.Namespace) -> list[tuple[str, str, str | None]]:
    """The outside texts the options name; with ``--half`` those at odd or even places (from 0) of
    the whole list, counted before the cue, so a rule is shaped on one half and counted once on the
    other (session 32; the places as ``outside_quantities.at_half`` counts them)."""

    def every() -> list[tuple[str, str, str | None]]:
        acled = acled_texts(CORPORA) if args.acled else iter(())
        return chosen_texts(args, acled, ud_dev_texts(CORPORA) if args.ud_dev else iter(()))

    texts = every()
    if args.half:
        cue, args.cue = args.cue, None
        places = {text_id: k for k, (text_id, _, _) in enumerate(every())}
        args.cue = cue
        parity = 1 if args.half == "odd" else 0
        texts = [t for t in texts if places[t[0]] % 2 == parity]
    return texts


def main(argv: Sequence[str] | None = None) -> int:
    """Print every outside text whose agreements differ between ``--base`` and the working tree."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    outside_arguments(parser)
    parser.add_argument("--acled", action="store_true", help="also the ACLED dev notes (events' tuning set)")
    parser.add_argument(
        "--ud-dev", action="store_true", help="also the UD EWT dev documents (syntax's tuning set)"
    )
    parser.add_argument("--only-added", action="store_true", help="only the --acled / --ud-dev texts")
    parser.add_argument("--count", action="store_true", help="print the base's records per source and stop")
    parser.add_argument("--list", action="store_true", help="print the outside ids and stop")
    parser.add_argument(
        "--half", choices=("odd", "even"), help="only the texts at odd or even places of the whole list"
    )
    args = parser.parse_args(argv)
    texts = _texts(args)
    if args.list:
        print("\n".join(text_id for text_id, _, _ in texts))
        return 0
    pipeline = upstream()
    differing = 0
    tally: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        old = load_base(args.base, Path(folder), "newsparse_agreements", "records")
        for text_id, text, published in texts:
            doc = consulting(pipeline.parse(text, published=published), pipeline.consulted)
            if args.count:
                found = list(old.extract(doc))
                tally[source_of(text_id)] += len(found)
                print(
                    "".join(f"{text_id}: = {summary(a)}\n    {_sentence(doc, a.start)}\n" for a in found),
                    end="",
                )
                continue
            lines = differences(doc, list(old.extract(doc)), list(records.extract(doc)))
            if lines:
                differing += 1
                print(f"{text_id}:\n" + "\n".join(lines))
    if args.count:
        print(f"{len(texts)} outside texts parsed; base records by source: {dict(sorted(tally.items()))}")
        return 0
    print(f"{len(texts)} outside texts parsed, {differing} differ")
    return 0


if __name__ == "__main__":
    sys.exit(main())
