"""Company evidence that outweighs a first name: "chief economist at Fannie Mae", "Merrill Lynch's
chief executive", "said Jason Daw at Merrill Lynch" make the name a company although "Fannie",
"Merrill" and "Morgan" open people's names too."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

from newsparse_entities.words import Candidate, Words

__all__ = ["company_over_first_name", "curated_aliases", "first_name_once"]

# Evidence that only an organisation's context gives (its employee, its possessions, "X said its").
_COMPANY_CONTEXT: Final = frozenset(["affiliation", "org_context", "says_it", "company_descriptor"])
# Evidence of a person a name carries in itself, not from its context.
_INTRINSIC_PERSON: Final = frozenset(["first_name"])
# Evidence of a person from context: any of it keeps the person ("Mr", a title, "he said").
_CONTEXT_PERSON: Final = frozenset(
    "title role apposition initial says says_he verb_his scorecard scorer substitute weak_first_name".split()
)


def company_over_first_name(
    votes: dict[str, dict[str, int]], chunk_cands: Sequence[Candidate], chunk_keys: Sequence[str]
) -> set[str]:
    """Drop the person votes of names of two or more words whose only person evidence is a first name
    and that a company's context marks somewhere in the document; the names changed."""
    evidence: dict[str, set[str]] = {}
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        if c.evidence and " " in key:
            evidence.setdefault(key, set()).update(c.evidence)
    changed = set()
    for key, ev in evidence.items():
        if ev & _COMPANY_CONTEXT and ev & _INTRINSIC_PERSON and not ev & _CONTEXT_PERSON:
            if votes[key].pop("PERSON", None) is not None:
                changed.add(key)
    return changed


def first_name_once(
    votes: dict[str, dict[str, int]],
    named: dict[str, int],
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    words: Words,
    surnames: Mapping[str, None],
    weight: int,
) -> None:
    """A first name inside a name votes once per name, not once per mention (``named``: how many of the
    name's mentions hold one), so a club's or a newspaper's name written four times ("Royal Mail",
    "Willem II Tilburg") is not outvoted by its first name; but not for a person's full name (its last
    word a known surname: "Fidel Castro", whose "regime" votes ORG) or a thing the text counts or owns
    ("a Mac Mini", "his Mac Mini", "two Golden Globes"), where the mentions' votes stand."""
    for key, n in named.items():
        pooled = votes[key]
        if n < 2 or "PERSON" not in pooled or key.split()[-1] in surnames:
            continue
        cands = (c for c, k in zip(chunk_cands, chunk_keys, strict=True) if k == key)
        if any(c.i > 0 and words.lower[c.i - 1] in _COUNTING for c in cands):
            continue
        pooled["PERSON"] -= weight * (n - 1)


# Words before a name that make it a thing counted or owned, not one body ("a Mac Mini", "his Mac Mini").
_COUNTING: Final = frozenset(
    "a an one two three four five six seven eight nine ten his her their my your our its".split()
)


def curated_aliases(out: list[Any], text: str) -> list[Any]:
    """Lone rule-found organisations that open exactly one curated company's name of two words or
    more in the document ("Merrill" beside "Merrill Lynch"): mentions of that company (form alias).
    ``out`` holds the resolved mentions (named tuples with start, end, id, type, canonical, form)."""
    fulls: dict[str, dict[str, int]] = {}  # first word -> curated id -> a mention of it
    for k, r in enumerate(out):
        if r.type == "ORG" and r.form == "name" and " " in r.canonical and not r.id.startswith(_RULE_IDS):
            fulls.setdefault(text[r.start : r.end].split()[0], {}).setdefault(r.id, k)
    if not fulls:
        return out  # most documents name no curated company of two words
    result = []
    for r in out:
        found = fulls.get(text[r.start : r.end]) if r.id.startswith("org:") else None
        if found is not None and len(found) == 1:
            full = out[next(iter(found.values()))]
            r = r._replace(
                id=full.id, type="ORG", canonical=full.canonical, form="alias", identifiers=full.identifiers
            )
        result.append(r)
    return result


# Id prefixes of names found by rules or places, not curated organisations.
_RULE_IDS: Final = (
    "org:",
    "person:",
    "geonames:",
    "iso3166-2:",
    "loc:",
    "event:",
    "facility:",
    "norp:",
    "product:",
)
