"""Session 19, round 2: "Y quoted X as saying ..." is one claim of Y (a newspaper, an agency), cue
"quoted", content what X said, as the claims guideline annotates the outermost attribution; read on
the wire check set's half A, unused news and TempEval-3 train files no set names."""

from __future__ import annotations

from .layers import document, run


def claims(text: str) -> list[tuple[str | None, str, str, str]]:
    """(source, cue, content, kind) of the claims of ``text``."""
    out = []
    for claim in run(document(text), "claims").layer("claims"):
        source = claim.source_text.text if claim.source_text is not None else None
        out.append((source, claim.cue.text, claim.content.text, claim.kind))
    return out


def test_an_active_quoting_is_the_quoting_source_s_claim() -> None:
    """'The Argus quoted an official as saying ...': the newspaper's claim, the speaker inside."""
    text = "The Argus quoted immigration official Jurie de Wet as saying the arrests stemmed from leads."
    assert claims(text) == [
        ("The Argus", "quoted", "the arrests stemmed from leads", "indirect")
    ]


def test_a_long_quoted_speaker_with_commas_and_a_nested_cue() -> None:
    """The speaker may hold commas; a cue inside the content is the quoted speaker's words."""
    text = (
        "The Spectator quoted an officer in the Amherst, N.Y., Police Department as saying that the "
        "bulletin had indicated links between the men."
    )
    assert claims(text) == [
        ("The Spectator", "quoted", "the bulletin had indicated links between the men", "indirect")
    ]


def test_a_quotation_before_the_quoting_source_is_its_content() -> None:
    """'"...," AP quoted a prosecutor as saying.' and '... as saying in a statement.': the quotation."""
    assert claims('"He has been ripping people off," AP quoted prosecutor Russell McGuire as saying.') == [
        ("AP", "quoted", "He has been ripping people off", "direct")
    ]
    assert claims('"We will find a solution," the agency quoted lawmakers as saying in a statement.') == [
        ("the agency", "quoted", "We will find a solution", "direct")
    ]


def test_a_passive_quoting_stays_the_speaker_s_and_a_plain_quoting_is_none() -> None:
    """'Lee was quoted as saying ...' is Lee's claim; 'He quoted the poem' reports nothing."""
    assert claims("Lee was quoted by the agency as saying the talks would resume.") == [
        ("Lee", "saying", "the talks would resume", "indirect")
    ]
    assert claims("He quoted the poem at length before the vote.") == []
