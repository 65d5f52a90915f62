"""Session 18, round 2: a time phrase the word rules took for the source gives way to the cue verb's
subject ("Dianne Feinstein last week said"); read on PolNeAR train, where it was the source 14 times."""

from __future__ import annotations

from newsparse_syntax import syntax_of

from .layers import document, run


def sources(text: str) -> list[tuple[str | None, str]]:
    """(source, cue) of the claims of ``text`` with its syntax layer."""
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = []
    for claim in run(doc, "claims").layer("claims"):
        source = claim.source_text.text if claim.source_text is not None else None
        out.append((source, claim.cue.text))
    return out


def test_a_name_before_a_time_is_the_source() -> None:
    """The parse makes "week" the subject of "said": the name before the time is the source."""
    text = "Democrat Dianne Feinstein (D-Calif.) last week said Clinton was not the originator of the chains."
    assert sources(text) == [("Democrat Dianne Feinstein", "said")]


def test_an_apposed_name_before_a_time_is_the_source() -> None:
    """'Reince Priebus, the GOP chairman, this past week announced': the name before the apposition."""
    text = "Reince Priebus, the GOP chairman, this past week announced the creation of a website."
    assert sources(text) == [("Reince Priebus", "announced")]


def test_a_subject_after_an_opening_time_is_the_source() -> None:
    """'Last month, the Independent, a British newspaper, revealed': the verb's subject in the tree."""
    text = "Last month, the Independent, a British newspaper, revealed that most clothing was made abroad."
    assert sources(text) == [("the Independent", "revealed")]


def test_a_clause_before_the_time_gives_no_source() -> None:
    """A noun inside a relative clause before the time ('opposed Trump during the primaries') is no
    source of "said"."""
    text = ("Beck, who virulently opposed Trump during the Republican presidential primaries, last week "
            "said Trump was seeking a media empire.")
    said = [source for source, cue in sources(text) if cue == "said"]
    assert said and not any(source and "primaries" in source for source in said)
