"""List the casualty events whose deaths the joined-roles reading tells apart, on a counting half.

Development only (never imported by the package). Session 34, events (issue 16): a ``casualties``
event whose trigger joins a killing and an injury by "and" ("killing and injuring a number of
fighters") names its roles in ``includes``; base gives no such field, so every event with
``killed`` among them is a firing (the event's deaths change from untold to told). Usage:

    python tools/outside_joined_deaths.py --acled-half odd|even     # ACLED dev rows, 1-based lines
    python tools/outside_joined_deaths.py --unused-half odd|even    # lines of the unused news ids
                                          [--unused FILE]           # (default: computed)

Each firing is printed with its row id or article id and its sentence, to be judged from the text
("N firings, M right"): right when the sentence says that someone died.
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

from acled_event_fields import ACLED, half_rows  # noqa: E402
from evaluation.outside_lists import default_corpora, unused_ids  # noqa: E402
from outside_copies import KEEP_HELP, without_copies  # noqa: E402

CORPORA = default_corpora()
# the joined triggers of the lexicon all hold these words: no text without them can fire
CUE = re.compile(r"\bkill(?:ed|ing) and (?:injur|wound)", re.IGNORECASE)


def acled_texts(half: str) -> Iterator[tuple[str, str, str | None]]:
    """(row id, note, event date) of the ACLED dev rows at odd or even 1-based lines."""
    for row in half_rows(ACLED, half):
        if row.get("notes"):
            yield row["event_id_cnty"], row["notes"], row.get("event_date") or None


def unused_texts(
    half: str, keep_copies: bool = False, unused: Path | None = None
) -> Iterator[tuple[str, str, str | None]]:
    """(id, text, published) of the unused news ids (the file ``unused``'s, else the computed list) at odd
    or even 1-based lines of the list; the whole list's copies of named texts and later copies dropped
    first unless ``keep_copies`` (session 34)."""
    want = 1 if half == "odd" else 0
    ids = unused_ids(unused, ROOT, CORPORA)
    place = {i: n for n, i in reversed(list(enumerate(ids, start=1)))}
    articles: dict[str, dict[str, str]] = {}
    with (CORPORA / "news" / "articles.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            article = json.loads(line)
            articles[article["id"]] = article
    listed = [
        (i, articles[i]["text"], str(articles[i]["published"])[:10] if articles[i].get("published") else None)
        for i in ids
        if i in articles
    ]
    for text_id, text, published in without_copies(listed, CORPORA, keep=keep_copies, label="unused news"):
        if place[text_id] % 2 == want:
            yield text_id, text, published


def main(argv: Sequence[str] | None = None) -> int:
    """Print every firing of the chosen half with its sentence, then the counts."""
    import newsparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--acled-half", choices=("odd", "even"))
    parser.add_argument("--unused-half", choices=("odd", "even"))
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    parser.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    args = parser.parse_args(argv)
    texts = [
        *(acled_texts(args.acled_half) if args.acled_half else ()),
        *(unused_texts(args.unused_half, args.keep_copies, args.unused) if args.unused_half else ()),
    ]
    cued = firings = 0
    for ident, text, published in texts:
        if not CUE.search(text):
            continue
        cued += 1
        doc = newsparse.parse(text, published=published)
        for event in doc.events:
            if "killed" in getattr(event, "includes", ()):
                firings += 1
                sentence = next(s for s in doc.sentences if s.start <= event.trigger.start < s.end)
                words = " ".join(text[sentence.start : sentence.end].split())
                count = event.count.text if event.count is not None else None
                print(f"{ident}\t{event.trigger.text!r} count={count!r} scope={event.scope}\t{words}")
    print(f"{len(texts)} texts, {cued} with a joined trigger's words, {firings} firings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
