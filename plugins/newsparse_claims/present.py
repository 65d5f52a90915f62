"""How people see the ``claims`` layer: who said it, the cue, and what was said; marked by cue and source."""

from __future__ import annotations

from newsparse.humanize import clip
from newsparse.presentation import Column, Context, Mark, Presentation
from newsparse_claims.model import Claim

__all__ = ["PRESENTATION", "source_of"]


def source_of(claim: Claim, context: Context) -> str:
    """The source by name, with the words that named it: ``Russian Defense Ministry (“It”)``."""
    written = claim.source_text.text if claim.source_text is not None else ""
    if claim.antecedent is not None and written:
        written = f"{written}, i.e. {claim.antecedent.text}"
    if claim.source:
        name = context.name(claim.source)
        return f"{name} (“{clip(written, 40)}”)" if written and written != name else name
    return f"“{clip(written, 60)}”" if written else "unnamed source"


def _summary(claim: Claim, context: Context) -> str:
    written = claim.source_text.text if claim.source_text is not None else ""
    who = context.name(claim.source) if claim.source else (written or "unnamed source")
    said = f"“{clip(claim.content.text, 160)}”"
    if claim.cue.text.lower().startswith("according to"):
        return f"according to {who}: {said}"
    return f"{who} {claim.cue.text}: {said}"


def _marks(claim: Claim) -> list[Mark]:
    marks = [Mark(claim.cue.start, claim.cue.end, "cue")]
    if claim.source_text is not None:
        marks.append(Mark(claim.source_text.start, claim.source_text.end, "source"))
    return sorted(marks, key=lambda mark: mark.start)


def _figures(claim: Claim) -> str:
    return ", ".join(f"“{q.text}”" for q in claim.quantities)


def _tooltip(claim: Claim, context: Context) -> list[str]:
    lines = [f"source: {source_of(claim, context)}", f"cue: “{claim.cue.text}”"]
    lines.append(f"says: “{clip(claim.content.text, 200)}”")
    if claim.quantities:
        lines.append(f"figures: {_figures(claim)}")
    return lines


PRESENTATION = Presentation(
    title="Claims",
    summary=_summary,
    label=lambda claim, context: claim.source_text.text if claim.source_text is not None else claim.cue.text,
    columns=(
        Column("Source", lambda claim, context: context.name(claim.source) if claim.source else ""),
        Column("Cue", lambda claim, context: claim.cue.text),
        Column("What was said", lambda claim, context: clip(claim.content.text, 220)),
        Column("Figures", lambda claim, context: _figures(claim)),
    ),
    tooltip=_tooltip,
    marks=_marks,
    details=lambda claim: f"source={claim.source} cue={claim.cue.text!r}",
    lead=40,
    label_header="Said by (as written)",
    colour="#d81b9c",
)
