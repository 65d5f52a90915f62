"""Session 39: the side of a deal verb with no subject of its own, told by what controls it
(``controllers.controller_subjects``), and the possessor of a pursuit noun whose "for" / "of"
complement is the deal (``controllers.pursuer_parties``), read from the dependency tree."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Agreement
from newsparse_agreements.controllers import _PURSUIT, INTENT_NOUNS, PURSUIT_NOUNS
from tests.agreements.helpers import agreements_of, parse

SPEC = {
    "bush": ("PERSON", "George Bush", ("George Bush",), {}),
    "lebed": ("PERSON", "Alexander Lebed", ("Alexander Lebed",), {}),
    "obama": ("PERSON", "Barack Obama", ("Mr. Obama",), {}),
    "iran": ("GPE", "Iran", ("Iran",), {}),
    "chile": ("GPE", "Chile", ("Chile",), {}),
    "peru": ("GPE", "Peru", ("Peru",), {}),
    "un": ("ORG", "United Nations", ("UN",), {}),
    "smith": ("PERSON", "John Smith", ("John Smith",), {}),
}


def parties_of(text: str) -> set[str]:
    """The parties of the one agreement of ``text``."""
    found: list[Agreement] = agreements_of(parse(text, SPEC))
    assert len(found) == 1, found
    return set(found[0].parties)


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "The minister said the country will act despite George Bush's refusal to sign up to the "
            "Kyoto protocol.",
            {"bush"},
        ),
        (
            "Alexander Lebed flew to the region on Friday. He returned at the weekend, pledging to "
            "conclude a political settlement.",
            {"lebed"},
        ),
        ("Chile returned home on Monday, pledging to sign a trade agreement with Peru.", {"chile", "peru"}),
    ],
)
def test_a_controller_names_the_side_of_a_subjectless_deal_verb(text: str, sides: set[str]) -> None:
    """A participle's host subject, or an intent noun's possessor, signs what the verb names."""
    assert parties_of(text) == sides


@pytest.mark.usefixtures("with_tree")
def test_the_possessor_of_a_push_for_a_deal_is_a_side() -> None:
    """ "Mr. Obama's push for a nuclear agreement with Iran": Obama beside Iran."""
    text = "The rupture over Mr. Obama's push for a nuclear agreement with Iran led to a spectacle."
    assert parties_of(text) == {"obama", "iran"}


@pytest.mark.usefixtures("with_tree")
@pytest.mark.parametrize(
    "text",
    [
        "The UN welcomed the decision to sign the truce.",  # an outsider's verb carries no intent
        "John Smith criticised the plan to sign the deal.",  # nor a critic's
    ],
)
def test_no_side_where_nothing_controls_the_deal_verb(text: str) -> None:
    """An outsider who welcomes or criticises a decision or a plan to sign is no side."""
    assert not parties_of(text) & {"un", "smith"}


@given(
    owner=st.sampled_from(["Obama's", "Rome's", "the rebels'", "Britain\u2019s"]),
    noun=st.sampled_from(sorted(PURSUIT_NOUNS)),
    case=st.sampled_from(["for", "of"]),
    gap=st.lists(st.sampled_from(["a", "new", "400m", "euro", "nuclear"]), max_size=4),
)
def test_the_pursuit_cue_holds_every_possessed_pursuit_noun(
    owner: str, noun: str, case: str, gap: list[str]
) -> None:
    """The cheap test finds "X's <noun> for/of ..." right before a mention, whatever the words between."""
    before = " ".join(["over", owner, noun, case, *gap]) + " "
    assert _PURSUIT.search(before) is not None


@given(noun=st.sampled_from(["support", "criticism", "opposition", "view", "copy"]))
def test_the_pursuit_cue_leaves_other_nouns(noun: str) -> None:
    """A supporter's or critic's noun is no pursuit: "Obama's support for a deal" names no side."""
    assert _PURSUIT.search(f"over Obama's {noun} for a ") is None
    assert noun not in INTENT_NOUNS
