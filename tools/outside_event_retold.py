"""Where the retold-incident rule (below, never landed) changes an event's date or place on outside text.

Development only (never imported by the package). Usage, from the repository root:

    python tools/outside_event_retold.py --half odd|even [--unused FILE] [--polnear FILE]

The outside texts of ``tools/outside_agreements.py`` (unused news, CoNLL-2003 train, TempEval-3 train,
the PolNeAR counting list), split by position before any was read: a text's position is its line in
the unused or PolNeAR list (from 1), its CoNLL story index or its TempEval file index; ``odd`` shapes,
``even`` counts once. Each text with a definite incident noun is parsed once with the layer as it is
registered; the rule then runs on its events, and every event whose date or place changes is printed
with its sentence and the sentence the value comes from. The rule under count lives here, not in the
package: it was counted and not landed (0 firings on either half; docs/design.md, session 32, events2).

The rule: "Three dissidents were killed in the attack": the casualty's clause names its incident with a
definite noun, and a sentence near it (up to three before or after, the earlier first) names the same
noun with a date or a place inside the noun's own phrase ("the August 7 bombings in east Africa",
"Wednesday's shooting"); an undated or unplaced casualty takes them. A phrase that tells another
incident ("another attack", "last year's bombing") gives nothing. Session 32, events2 (issue 16).
Since session 34 the outside texts are read without copies (``outside_copies.without_copies``:
a text that copies a text a set or test names, or an earlier text of the list, is dropped, and
standard error says which); ``--keep-copies`` reads the lists as given.
Since session 35 the two lists are those ``evaluation.outside_lists`` computes from the checkout and the
corpora, unless ``--unused`` / ``--polnear`` name files.
"""

from __future__ import annotations

import argparse
import bisect
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "plugins"), str(ROOT / "src"), str(ROOT / "tools")]

import attrs  # noqa: E402
from evaluation.outside_lists import polnear_names, unused_ids  # noqa: E402
from outside_agreements import CORPORA, outside_texts, polnear_texts  # noqa: E402
from outside_copies import KEEP_HELP  # noqa: E402

import newsparse  # noqa: E402
from newsparse import Document, Span, TimeExpression  # noqa: E402
from newsparse.syntax import SyntaxTree, datelines, sentence_tree  # noqa: E402
from newsparse_events.actors import PLACE_KINDS  # noqa: E402
from newsparse_events.anchors import past_weekday  # noqa: E402
from newsparse_events.areas import areas_in_sentence  # noqa: E402
from newsparse_events.context import Mention, mentions_of, within  # noqa: E402
from newsparse_events.model import DateRef, Event  # noqa: E402
from newsparse_events.places import located_names  # noqa: E402

LAYERS = ("syntax", "dates", "quantities", "entities", "agreements", "claims", "events")
_CASUALTY = re.compile(r"\b(?:killed|killing|dead|died|wounded|injured|shot|kidnapped|abducted)\b", re.I)

MAX_APART = 3  # sentences between the casualty and the one that dates or places its incident
MAX_BEFORE = 40  # characters before the trigger where its clause may name the incident
MAX_AFTER = 50  # the same after it ("were killed on Monday in the attack")
CASUALTY_ROLES = frozenset({"killed", "wounded", "casualties", "missing", "abducted"})
_NOUNS = (
    "attack|blast|bombing|explosion|shooting|clash|raid|ambush|massacre|assault|stabbing|"
    "airstrike|air strike|shelling|incident|riot|crash"
)
_REFERS = re.compile(
    rf"\b(?:the|this|that|these|those)\s+(?:[\w-]+\s+){{0,2}}?(?P<noun>{_NOUNS})(?:s|es)?\b", re.IGNORECASE
)
_ANOTHER = re.compile(
    r"\b(?:another|second|third|earlier|previous|separate|similar|other|last|first|latest|new)\b[\w\s-]*$",
    re.IGNORECASE,
)
_DAY = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def retold_incidents(doc: Document, events: Sequence[Event]) -> list[Event]:
    """The events, each undated or unplaced casualty taking what a near sentence writes on its incident."""
    if not events or _REFERS.search(doc.text) is None:
        return list(events)
    heads = [(d.start, d.end) for d in datelines(doc.text, doc.sentences)]
    dates = sorted(
        (t for t in doc.dates if not any(a <= t.start < b for a, b in heads)), key=lambda t: t.start
    )
    mentions = mentions_of(doc)
    return [_completed(doc, event, dates, mentions) for event in events]


def _completed(
    doc: Document, event: Event, dates: Sequence[TimeExpression], mentions: Sequence[Mention]
) -> Event:
    """The event with the date and place of the nearest retelling of its named incident, if it lacks them."""
    if event.role not in CASUALTY_ROLES or event.scope != "incident" or event.background:
        return event
    if event.date is not None and event.place is not None:
        return event
    noun = _named_incident(doc, event)
    if noun is None:
        return event
    here = doc.sentence_index(event.trigger.start)
    order = [k for d in range(1, MAX_APART + 1) for k in (here - d, here + d)]
    for k in (k for k in order if 0 <= k < len(doc.sentences)):
        for date, place in _retellings(doc, k, noun, dates, mentions):
            if event.date is None and date is not None:
                event = attrs.evolve(event, date=date)
            if event.place is None and event.place_text is None and place is not None:
                start, end, ident = place
                areas = areas_in_sentence(doc, place, mentions, PLACE_KINDS)
                event = attrs.evolve(
                    event, place=ident, place_text=Span.of(doc.text, start, end), areas=areas
                )
            return event
    return event


def _named_incident(doc: Document, event: Event) -> str | None:
    """The incident noun the event's clause names near its trigger ("killed in the attack"), if any."""
    sentence = doc.sentences[doc.sentence_index(event.trigger.start)]
    lo = max(sentence.start, event.trigger.start - MAX_BEFORE)
    hi = min(sentence.end, event.trigger.end + MAX_AFTER)
    found = _REFERS.search(doc.text, lo, hi)
    if found is None or _ANOTHER.search(doc.text, lo, found.start("noun")):
        return None
    return found.group("noun").lower().replace(" ", "")


def _retellings(
    doc: Document, k: int, noun: str, dates: Sequence[TimeExpression], mentions: Sequence[Mention]
) -> Iterator[tuple[DateRef | None, tuple[int, int, str | None] | None]]:
    """Each mention of ``noun`` in sentence ``k`` whose phrase writes a date or a place on it."""
    sentence = doc.sentences[k]
    pattern = re.compile(rf"\b{noun}(?:s|es)?\b".replace("airstrike", "air ?strike"), re.IGNORECASE)
    tree: SyntaxTree | None = None
    for found in pattern.finditer(doc.text, sentence.start, sentence.end):
        if _ANOTHER.search(doc.text, max(sentence.start, found.start() - 30), found.start()):
            continue  # "another attack", "last year's bombing": a different incident
        tree = tree or sentence_tree(doc, sentence)
        word = tree.word_at(found.start()) if tree is not None else None
        if tree is None or word is None:
            continue
        phrase = tree.noun_phrase(word, modifiers=True)
        date = _date_in(doc, dates, phrase.start, phrase.end)
        place = _place_in(doc, mentions, dates, phrase.start, phrase.end)
        if date is not None or place is not None:
            yield date, place


def _date_in(doc: Document, dates: Sequence[TimeExpression], start: int, end: int) -> DateRef | None:
    """The calendar date (a year, month or day, none after publication) written inside ``[start, end)``."""
    published = doc.meta.published_date
    for t in within(dates, [d.start for d in dates], start, end):
        if t.end > end or t.type != "DATE":
            continue
        date = past_weekday(DateRef.of(t), published)
        value = date.value or ""
        if _DAY.fullmatch(value) and (published is None or value <= published.isoformat()):
            return date
    return None


def _place_in(
    doc: Document, mentions: Sequence[Mention], dates: Sequence[TimeExpression], start: int, end: int
) -> tuple[int, int, str | None] | None:
    """The first place named after a locative preposition inside ``[start, end)``."""
    tokens = doc.token_columns
    lo = bisect.bisect_left(tokens.starts, start)
    hi = bisect.bisect_right(tokens.ends, end)
    near = within(mentions, [m[0] for m in mentions], start, end)
    spans = [(t.start, t.end) for t in dates]
    places = located_names(doc.text, tokens, lo, hi, near, spans, PLACE_KINDS)
    return places[0] if places else None


def positioned(
    unused: Path | None, polnear: Path | None, *, keep_copies: bool = False
) -> Iterator[tuple[int, str, str, str | None]]:
    """Each outside text with its position (see the module's docstring); copies dropped unless
    ``keep_copies`` (session 34); a list not given is the computed one (``evaluation.outside_lists``)."""
    lines = {i: n for n, i in enumerate(unused_ids(unused, ROOT, CORPORA), 1)}
    conll = re.compile(r"conll2003-train-(\d+)$")
    from evaluation.data.drawing import TEMPEVAL, tempeval_id

    tml = {
        tempeval_id(f"{corpus}/{path.name}"): index
        for corpus in TEMPEVAL
        for index, path in enumerate(sorted((CORPORA / "tempeval3" / corpus).glob("*.tml")))
    }
    for text_id, text, published in outside_texts(CORPORA, unused, keep_copies=keep_copies):
        if text_id in lines:
            yield lines[text_id], text_id, text, published
        elif (m := conll.match(text_id)) is not None:
            yield int(m.group(1)), text_id, text, published
        else:  # TempEval: the index in its corpus's sorted listing
            yield tml[text_id], text_id, text, published
    names = {n.removesuffix(".txt"): k for k, n in enumerate(polnear_names(polnear, ROOT, CORPORA), 1)}
    for text_id, text, published in polnear_texts(CORPORA, polnear, keep_copies=keep_copies):
        yield names[text_id.removeprefix("polnear-")], text_id, text, published


def _sentence(doc: Document, at: int) -> str:
    s = doc.sentences[doc.sentence_index(at)]
    return " ".join(doc.text[s.start : s.end].split())


def main(argv: Sequence[str] | None = None) -> int:
    """Print every firing of the rule on the chosen half, then the counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--half", choices=("odd", "even"), required=True)
    parser.add_argument("--unused", type=Path, help="a list of unused news ids (default: computed)")
    parser.add_argument("--polnear", type=Path, help="a list of PolNeAR train files (default: computed)")
    parser.add_argument("--keep-copies", action="store_true", help=KEEP_HELP)
    args = parser.parse_args(argv)
    want = 1 if args.half == "odd" else 0
    texts = events = firings = 0
    for position, text_id, text, published in positioned(
        args.unused, args.polnear, keep_copies=args.keep_copies
    ):
        if position % 2 != want or not _REFERS.search(text) or not _CASUALTY.search(text):
            continue
        texts += 1
        doc = newsparse.parse(text, published=published, id=text_id, only=LAYERS)
        before = list(doc.events)
        events += len(before)
        for old, new in zip(before, retold_incidents(doc, before), strict=True):
            if old == new:
                continue
            firings += 1
            print(f"== {text_id} {old.role} {old.trigger.text!r}: {_sentence(doc, old.trigger.start)!r}")
            if old.date != new.date and new.date is not None:
                print(f"   date {new.date.text!r} ({new.date.value}) from {_sentence(doc, new.date.start)!r}")
            if old.place_text != new.place_text and new.place_text is not None:
                print(f"   place {new.place_text.text!r} from {_sentence(doc, new.place_text.start)!r}")
    print(f"{args.half} half: {texts} texts parsed, {events} events, {firings} firings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
