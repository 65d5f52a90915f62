"""Resolve the hand-written anchors of the real entities and claims sets to checked offsets.

The hand annotations live in `anchors_b/entities/<id>.json` and `anchors_b/claims/<id>.json`
(surface strings with an occurrence index or a short context, never article text beyond that);
this script finds each anchor in the corpus text, checks `text[start:end]`, and writes
`real_entities.jsonl` and `real_claims.jsonl`. Run: python -m evaluation.data.anchor_b [--corpora P].

Anchor syntax (a string): `S` every whole-word occurrence of S before the cut (entities) or the
only one (claims); `S#n` the n-th whole-word occurrence; `S|CTX` the occurrence of S inside the
unique context string CTX. Entity mentions may carry a prefix giving the form: `dem:` demonym,
`cap:` capital for its state, `dl:` dateline, `alias:`, `acr:`, `sur:`, `name:`.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ANCHORS = HERE / "anchors_b"
PREFIXES = {"dem": "demonym", "cap": "capital", "dl": "dateline", "alias": "alias", "acr": "acronym",
            "sur": "surname", "name": "name"}


class AnchorError(ValueError):
    """An anchor that does not resolve to exactly one place (or to any place) in the text."""


def word_occurrences(text: str, surface: str) -> list[int]:
    """Start offsets of `surface` in `text` not glued to a letter or digit on either side."""
    starts = []
    for match in re.finditer(re.escape(surface), text):
        before = text[match.start() - 1] if match.start() else " "
        after = text[match.end()] if match.end() < len(text) else " "
        if not (before.isalnum() or after.isalnum()):
            starts.append(match.start())
    return starts


def resolve_one(text: str, anchor: str, *, words: bool = True) -> tuple[int, int]:
    """The (start, end) of one anchor that must designate a single occurrence."""
    found = resolve_many(text, anchor, words=words)
    if len(found) != 1:
        raise AnchorError(f"anchor {anchor!r} matches {len(found)} places")
    return found[0]


def resolve_many(text: str, anchor: str, *, words: bool = True) -> list[tuple[int, int]]:
    """Every (start, end) an anchor designates: all occurrences, the n-th, or the one in a context."""
    if "|" in anchor:
        surface, context = anchor.split("|", 1)
        places = [m.start() for m in re.finditer(re.escape(context), text)]
        if len(places) != 1:
            raise AnchorError(f"context {context!r} occurs {len(places)} times")
        inner = word_occurrences(context, surface) if words else [context.find(surface)]
        if not inner or inner[0] < 0:
            raise AnchorError(f"{surface!r} not in its context {context!r}")
        return [(places[0] + inner[0], places[0] + inner[0] + len(surface))]
    surface, _, index = anchor.rpartition("#") if re.search(r"#\d+$", anchor) else (anchor, "", "")
    starts = word_occurrences(text, surface) if words else [m.start() for m in
                                                             re.finditer(re.escape(surface), text)]
    if index:
        if int(index) > len(starts):
            raise AnchorError(f"{anchor!r}: only {len(starts)} occurrences")
        starts = [starts[int(index) - 1]]
    if not starts:
        raise AnchorError(f"{anchor!r} not found")
    return [(start, start + len(surface)) for start in starts]


def split_form(spec: str) -> tuple[str | None, str]:
    """Separate a form prefix (`dem:Iranian`) from the anchor."""
    head, sep, rest = spec.partition(":")
    if sep and head in PREFIXES:
        return PREFIXES[head], rest
    return None, spec


def default_form(surface: str, entity: dict[str, Any]) -> str:
    """The form of a mention with no prefix: name, acronym or surname, decided from its surface."""
    canonical = str(entity["c"])
    letters = re.sub(r"[^A-Za-z]", "", surface)
    if surface == canonical:
        return "name"
    if letters.isupper() and len(letters) <= 6 and " " not in surface:
        return "acronym"
    if entity["t"] == "PERSON" and " " not in surface:
        return "surname"
    return "alias" if surface in canonical else "name"


def _mention_candidates(
    text: str, entities: list[dict[str, Any]]
) -> list[tuple[int, int, int, int, tuple[str | None, Any]]]:
    """(priority, start, end, entity index, spec) for every place an entity's anchors designate."""
    found = []
    for index, entity in enumerate(entities):
        for spec in entity["m"]:
            anchor = spec["s"] if isinstance(spec, dict) else spec
            form, anchor = split_form(anchor)
            explicit = "|" in anchor or re.search(r"#\d+$", anchor) is not None
            for start, end in resolve_many(text, anchor):
                found.append((1 if explicit else 0, start, end, index, (form, spec)))
    return found


def _flatten(text: str, candidates: list[Any], skipped: set[tuple[int, int]]) -> list[Any]:
    """Keep explicit anchors first, then longer spans; drop what overlaps a kept mention."""
    kept: list[Any] = []
    for cand in sorted(candidates, key=lambda c: (-c[0], -(c[2] - c[1]), c[1])):
        priority, start, end, index, _ = cand
        if (start, end) in skipped:
            continue
        clash = [k for k in kept if k[1] < end and start < k[2]]
        if not clash:
            kept.append(cand)
            continue
        for other in clash:
            contained = other[1] <= start and end <= other[2]
            if priority == 1 and other[0] == 1 and (other[1], other[2], other[3]) != (start, end, index):
                raise AnchorError(f"explicit anchors clash at {text[start:end]!r} ({start})")
            if not contained and priority == 0 and other[0] == 0:
                raise AnchorError(f"mentions cross at {text[start:end]!r} ({start})")
    return sorted(kept, key=lambda c: c[1])


def _title(text: str, start: int, end: int, title: str) -> dict[str, Any] | None:
    """The occurrence of a title next to its person's mention (just before it or in an apposition).

    None when no occurrence lies within 60 characters: a bare anchor with a title designates every
    occurrence of the name, and only the ones the title stands beside carry it.
    """
    window_start = max(0, start - 150)
    places = [window_start + m.start() for m in re.finditer(re.escape(title), text[window_start:end + 150])]
    near = [p for p in places if start - 60 <= p + len(title) <= start or end <= p <= end + 60]
    if not near:
        return None
    best = min(near, key=lambda p: min(abs(p + len(title) - start), abs(p - end)))
    return {"start": best, "end": best + len(title), "text": title}


def resolve_entities(text: str, hand: dict[str, Any]) -> list[dict[str, Any]]:
    """The entities of one article with every mention resolved to checked offsets."""
    entities = hand["entities"]
    skipped = {span for anchor in hand.get("skip", []) for span in resolve_many(text, anchor)}
    kept = _flatten(text, _mention_candidates(text, entities), skipped)
    out = [{"canonical": e["c"], "type": e["t"], "mentions": []} for e in entities]
    titled: set[int] = set()
    for _, start, end, index, (form, spec) in kept:
        mention: dict[str, Any] = {"start": start, "end": end, "text": text[start:end],
                                   "form": form or default_form(text[start:end], entities[index])}
        if isinstance(spec, dict) and spec.get("title"):
            title = _title(text, start, end, spec["title"])
            if title is not None:
                mention["title"] = title
                titled.add(id(spec))
        out[index]["mentions"].append(mention)
    for entity in out:
        if not entity["mentions"]:
            raise AnchorError(f"entity {entity['canonical']!r} has no mention left")
    for entity in entities:
        for spec in entity["m"]:
            if isinstance(spec, dict) and spec.get("title") and id(spec) not in titled:
                raise AnchorError(f"title {spec['title']!r} not beside any {spec['s']!r}")
    return out


def resolve_claims(text: str, hand: dict[str, Any]) -> list[dict[str, Any]]:
    """The claims of one article with cue, source and content pieces resolved to offsets."""
    out = []
    for claim in hand["claims"]:
        cue = resolve_one(text, claim["cue"], words=False)
        record: dict[str, Any] = {
            "cue": {"start": cue[0], "end": cue[1], "text": text[cue[0]:cue[1]]},
            "source": None, "source_entity": claim.get("ent"), "content": [],
            "kind": claim["kind"], "negated": bool(claim.get("neg", False)), "modality": claim.get("mod"),
        }
        if claim.get("src"):
            src = resolve_one(text, claim["src"], words=False)
            record["source"] = {"start": src[0], "end": src[1], "text": text[src[0]:src[1]]}
        for first, last in claim["content"]:
            start = resolve_one(text, first, words=False)[0]
            stop = text.find(last, start)
            if stop < 0:
                raise AnchorError(f"content end {last!r} not after {first!r}")
            record["content"].append({"start": start, "end": stop + len(last), "from": first, "to": last})
        if claim["kind"] not in {"direct", "indirect", "according_to", "belief", "perception"}:
            raise AnchorError(f"unknown kind {claim['kind']!r}")
        out.append(record)
    return out


def uncovered_names(text: str, entities: list[dict[str, Any]]) -> list[str]:
    """Capitalised words outside every mention: the annotator's check for missed names."""
    covered = {i for e in entities for m in e["mentions"] for i in range(m["start"], m["end"])}
    return [f"{m.start()}:{m.group()}" for m in re.finditer(r"\b[A-Z][\w'.&-]*", text)
            if m.start() not in covered]


def load_corpus(corpora: Path) -> dict[str, dict[str, Any]]:
    """The news corpus by article id."""
    path = corpora / "news" / "articles.jsonl"
    return {a["id"]: a for a in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def build(which: str, corpus: dict[str, dict[str, Any]], check: str | None = None) -> list[dict[str, Any]]:
    """Resolve every hand file of one set (`entities` or `claims`), in the selection's order."""
    selection = json.loads((HERE / "devsets_b.json").read_text(encoding="utf-8"))[which]
    rows = []
    for row in selection:
        path = ANCHORS / which / f"{row['id']}.json"
        if not path.exists():
            continue
        text = corpus[row["id"]]["text"][: row["cut"]]
        hand = json.loads(path.read_text(encoding="utf-8"))
        try:
            records = resolve_entities(text, hand) if which == "entities" else resolve_claims(text, hand)
        except AnchorError as error:
            raise AnchorError(f"{row['id']}: {error}") from error
        if check == row["id"] and which == "entities":
            print(" ".join(uncovered_names(text, records)))
        rows.append({"id": row["id"], "subset": row["subset"], "split": row["split"],
                     "published": row["published"], "cut": row["cut"], which: records})
    return rows


def main(argv: list[str] | None = None) -> int:
    """Resolve both sets and write real_entities.jsonl and real_claims.jsonl."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpora", default=os.environ.get("NEWSPARSE_CORPORA", "../shared/corpora"))
    parser.add_argument("--check", help="print the uncovered capitalised words of this article id")
    args = parser.parse_args(argv)
    corpus = load_corpus(Path(args.corpora))
    for which in ("entities", "claims"):
        try:
            rows = build(which, corpus, args.check)
        except AnchorError as error:
            print(f"Error: {error}", file=sys.stderr)
            return 1
        out = HERE / f"real_{which}.jsonl"
        out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
        print(f"{which}: {len(rows)} articles, {sum(len(r[which]) for r in rows)} records -> {out.name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
