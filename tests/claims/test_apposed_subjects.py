"""A quotation, then its speaker with a long apposition, then "said of ...": the source is the subject
of the cue verb from the sentence structure, never the phrase after the cue (passages written for the
tests)."""

from __future__ import annotations

from newsparse_claims.structure import content_before, worth_analysing

from .test_structure_sources import claims_of

APPOSED = (
    '"It is a sound and careful plan," Ann Lee, director of the centrist Harbour Policy Centre and a '
    "professor at the Maxwell School of Lakeside University, said of the budget."
)


def test_the_speaker_before_an_apposition_is_the_source_not_the_phrase_after_the_cue() -> None:
    source, cue, content = claims_of(APPOSED, with_syntax=True)[0]
    assert cue == "said"
    assert source is not None and source.startswith("Ann Lee, director of the centrist Harbour Policy Centre")
    assert "of the budget" not in source
    assert content == "It is a sound and careful plan"


def test_without_a_tree_the_phrase_after_the_cue_is_not_taken() -> None:
    assert all(source != "of the budget" for source, _cue, _content in claims_of(APPOSED, with_syntax=False))


def test_a_cue_followed_by_a_preposition_is_analysed_only_after_a_comma() -> None:
    text = 'Ann, a lawyer, said of it. Ann said of it. "Yes," Ann, a lawyer, said about us.'
    said = [i for i in range(len(text)) if text.startswith("said", i)]
    assert [worth_analysing(text, (i, i + 4)) for i in said] == [True, False, True]


def test_a_preposition_after_a_cue_is_never_its_source() -> None:
    text = 'Labour said he had "cleverly" not asked about paid advocacy.'
    assert all(
        source is None or not source.startswith("about")
        for source, _cue, _content in claims_of(text, with_syntax=True)
    )


def test_the_content_is_cut_before_the_subject_only_when_the_subject_starts_inside_it() -> None:
    text = '"It works," Ann Lee said'
    assert content_before(text, (1, 16), (12, 19)) == (1, 9)
    assert content_before(text, (1, 9), (12, 19)) == (1, 9)


def test_a_subject_with_a_relative_clause_speaks_the_complement_after_the_cue() -> None:
    text = (
        "However, Mr Johnson, who was forced to apologise last year for an article in the magazine, "
        'said Mr Blair "should butt out of" the row.'
    )
    expected = [("Mr Johnson", "said", 'Mr Blair "should butt out of" the row')]
    assert claims_of(text, with_syntax=True) == expected


def test_a_content_read_over_the_subject_without_a_quotation_gives_no_half_claim() -> None:
    text = "However, one dealer, who asked not to be named, told Reuters."
    assert all(content != "However" for _source, _cue, content in claims_of(text, with_syntax=True))


def test_a_cue_that_ends_the_text_after_a_comma_gives_no_claim_and_no_crash() -> None:
    """The source read after the cue is empty at the text's end (hypothesis found ",reported")."""
    for with_syntax in (False, True):
        assert claims_of(",reported", with_syntax=with_syntax) == []
