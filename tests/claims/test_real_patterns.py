"""Unit tests of the reporting patterns of issue 15 (passages written for the tests, not evidence)."""

from __future__ import annotations

import pytest

from newsparse_claims.model import Claim

from .layers import document, run
from .summaries import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"The plan will not work," Mr. Lee said. "We need more time."',
            [("Mr. Lee", "said", 'The plan will not work," Mr. Lee said. "We need more time.')],
        ),
        (
            "Sen. Ann Park (R-Ga.) said the vote would be held on Monday.",
            [("Sen. Ann Park (R-Ga.)", "said", "the vote would be held on Monday")],
        ),
        (
            '"It was a bad deal," said Tom Reed, a lawyer at the firm.',
            [("Tom Reed, a lawyer at the firm", "said", "It was a bad deal")],
        ),
        (
            "“Why do we have to see this again?” Clinton said. “It must stop.”",
            [("Clinton", "said", "Why do we have to see this again?” Clinton said. “It must stop.")],
        ),
    ],
)
def test_quote_first_and_titled_sources(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_quotation_over_several_sentences_keeps_its_speaker() -> None:
    text = 'He spoke late. "We tried. We failed. We will try again," said Mr. Obama.'
    assert summary(text) == [("Mr. Obama", "said", "We tried. We failed. We will try again")]


def test_the_noun_state_is_no_cue() -> None:
    assert summary("Officials of the state election board met on Monday. The states vote in May.") == []


def test_listener_is_never_the_source() -> None:
    found = summary('"We will stay," the minister told Reuters.')
    assert found == [("the minister", "told", "We will stay")]


def test_long_apposition_and_coordinated_cue() -> None:
    text = (
        "Ann Lee, the attorney general of Ohio, one of the states in the suit, said the rule was illegal. "
        "Tom Reed says the vote failed and said he would appeal."
    )
    assert summary(text) == [
        ("Ann Lee", "said", "the rule was illegal"),
        ("Tom Reed", "says", "the vote failed"),
        ("Tom Reed", "said", "he would appeal"),
    ]


def test_relative_pronoun_source_and_no_infinitive_cue() -> None:
    assert summary("It is fair to say that he lost. She hired a lawyer who said the deal was fair.") == [
        ("who", "said", "the deal was fair")
    ]


def test_headline_colon_participle_and_called_for() -> None:
    text = (
        "Pence: Flowers will not be at the debate\n\n"
        "Trump hit back on Monday, saying the poll was rigged. "
        "A man called Ali left. The mayor called for calm."
    )
    assert summary(text) == [
        ("Pence", ":", "Flowers will not be at the debate"),
        ("Trump", "saying", "the poll was rigged"),
        ("The mayor", "called", "calm"),
    ]


def test_colon_after_a_label_is_no_claim() -> None:
    assert summary("Note: the figures were revised on Monday.") == []


def test_a_dateline_colon_is_the_place_of_writing_not_a_speaker() -> None:
    text = "Strikes hit Idlib\n\nMOSCOW: Russia has intensified its airstrikes on the province."
    assert summary(text) == []
    assert [cue for _, cue, _ in summary("Pence: Flowers won't be at the debate.")] == [":"]


@pytest.mark.parametrize(
    ("text", "kind", "negated", "modality"),
    [
        ('"We will stay," the minister said.', "direct", False, None),
        ("The minister said the troops would stay.", "indirect", False, None),
        ("The troops will stay, according to the minister.", "according_to", False, None),
        ("The minister believes the troops will stay.", "belief", False, None),
        ("A poll showed the party ahead.", "perception", False, None),
        ("The minister did not say when the troops would leave.", "indirect", True, None),
        ("The minister would say only that the troops were safe.", "indirect", False, "would"),
    ],
)
def test_kind_negation_and_modality(text: str, kind: str, negated: bool, modality: str | None) -> None:
    claims = [c for c in run(document(text), "claims").layer("claims") if isinstance(c, Claim)]
    assert [(c.kind, c.negated, c.modality) for c in claims] == [(kind, negated, modality)]


def test_content_before_an_inverted_cue_keeps_its_inner_clauses() -> None:
    text = (
        "Concern over a trade war, although less pronounced, gives pause, "
        "dealers said on the eve of the new fiscal year starting in April."
    )
    assert summary(text) == [
        ("dealers", "said", "Concern over a trade war, although less pronounced, gives pause")
    ]


def test_quotation_after_the_cue_runs_to_its_end() -> None:
    assert summary('The mayor said: "We tried. We failed." Then she left.') == [
        ("The mayor", "said", "We tried. We failed.")
    ]


def test_negation_and_modal_stay_out_of_the_source() -> None:
    assert summary("He did not say when. She would say the talks failed.") == [
        ("He", "say", "when"),
        ("She", "say", "the talks failed"),
    ]


def test_manner_adverb_stays_out_of_the_source() -> None:
    assert summary("The governor sharply criticized the plan on Monday.") == [
        ("The governor", "criticized", "the plan")
    ]


def test_a_headline_before_a_colon_is_no_speaker() -> None:
    assert summary("Stealth Over Health: the campaign hid the visit") == []


def test_an_attribution_inside_a_quotation_is_the_speaker_s_words() -> None:
    text = '"I say we fight on," the senator said.'
    assert summary(text) == [("the senator", "said", "I say we fight on")]
