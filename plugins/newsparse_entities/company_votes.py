"""Company evidence that outweighs a first name: "chief economist at Fannie Mae", "Merrill Lynch's
chief executive", "said Jason Daw at Merrill Lynch" make the name a company although "Fannie",
"Merrill" and "Morgan" open people's names too."""

from __future__ import annotations

from collections.abc import Sequence

from newsparse_entities.words import Candidate

__all__ = ["company_over_first_name"]

# Evidence that only an organisation's context gives (its employee, its possessions, "X said its").
_COMPANY_CONTEXT = frozenset(["affiliation", "org_context", "says_it", "company_descriptor"])
# Evidence of a person a name carries in itself, not from its context.
_INTRINSIC_PERSON = frozenset(["first_name"])
# Evidence of a person from context: any of it keeps the person ("Mr", a title, "he said").
_CONTEXT_PERSON = frozenset(
    "title role apposition initial says says_he scorecard scorer substitute weak_first_name".split()
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
