"""Unit tests of session 6's source and nesting shapes (passages written for the tests)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Token
from newsparse.text import TokenColumns, columns_of
from newsparse_claims.phrases import relative_subject, skip_back_to_name, source_before

from .test_real_patterns import summary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a participle after a closed quotation continues the claim
            'Ann Lee said the plan "will not work," adding that the vote must wait.',
            [("Ann Lee", "said", 'the plan "will not work'), ("Ann Lee", "adding", "the vote must wait")],
        ),
        (  # the cue of the inner report is nested in the participle's content
            "The deal is done, Mr. Reed said, adding that he hoped the board would agree.",
            [
                ("Mr. Reed", "said", "The deal is done"),
                ("Mr. Reed", "adding", "he hoped the board would agree"),
            ],
        ),
    ],
)
def test_participles_after_a_quotation(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert summary(text) == expected


def test_a_cue_inside_the_quotation_after_a_cue_is_nested() -> None:
    text = "Tom Reed, the head of the union, said, \u201cI have long said that the plan is unfair.\u201d"
    assert summary(text) == [("Tom Reed", "said", "I have long said that the plan is unfair.")]


def test_a_cue_after_a_closed_quotation_stays_a_claim() -> None:
    text = 'Ann Lee said "the plan is fair," and Tom Reed said it was not.'
    assert [(s, c) for s, c, _ in summary(text)] == [("Ann Lee", "said"), ("Tom Reed", "said")]


def test_long_relative_clause_after_the_source() -> None:
    text = (
        "The city council, which has been criticised for months by residents of the old harbour "
        "district and by two of its own members, said the road would reopen in May."
    )
    assert summary(text) == [("The city council", "said", "the road would reopen in May")]


def test_an_opening_adverbial_is_no_source() -> None:
    text = "In his speech on Monday, Mr. Reed, the mayor of the town, said the budget was balanced."
    assert [s for s, _, _ in summary(text)] == ["Mr. Reed"]


def test_quantifier_subject() -> None:
    assert summary("Some say the vote was rigged.") == [("Some", "say", "the vote was rigged")]
    expected = [("Some reports", "said", "the vote was rigged")]
    assert summary("Some reports said the vote was rigged.") == expected


def test_party_label_before_the_cue() -> None:
    text = "The bill is dead, Sen. Ann Lee, R-Ky., said on Tuesday."
    assert [s for s, _, _ in summary(text)] == ["Sen. Ann Lee"]


def test_called_after_an_apposition_takes_a_quotation() -> None:
    text = "Tom Reed, a member of the panel, called the ruling \u201cshameful\u201d on Friday."
    assert summary(text) == [("Tom Reed", "called", "the ruling \u201cshameful\u201d on Friday")]
    assert summary("A new group, called \u201cHope\u201d, met in the town hall.") == []


def test_a_source_stops_at_another_cue_verb() -> None:
    text = "A survey for the charity suggests most older voters say they always vote."
    assert summary(text) == [
        ("A survey for the charity", "suggests", "most older voters say they always vote")
    ]


def test_a_long_name_is_read_through_of() -> None:
    text = "The Office of Finance of the Federal Home Loan Banks announced a debt offering."
    assert summary(text) == [
        ("The Office of Finance of the Federal Home Loan Banks", "announced", "a debt offering")
    ]


def test_a_weekday_between_source_and_cue() -> None:
    text = "Mr. Reed, the former minister, on Saturday called the plan a disgrace."
    assert [s for s, _, _ in summary(text)] == ["Mr. Reed"]


def test_preferred_shares_are_no_attitude() -> None:
    assert summary("The company will pay dividends on the existing preferred shares.") == []


def _tokens(words: list[str]) -> TokenColumns:
    """Tokens of words joined by single spaces."""
    out, at = [], 0
    for word in words:
        out.append(Token(at, at + len(word), word))
        at += len(word) + 1
    return columns_of(tuple(out))


_WORDS = st.sampled_from(
    ["the", "The", "council", "Ann", "Lee", ",", "who", "which", "of", "for", "on", "Monday", "said",
     "has", "been", "some", "voters", ".", "Mr", "R-Ky", "called", "yesterday"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=40), st.data())
def test_phrase_readers_stay_in_their_range(words: list[str], data: st.DataObject) -> None:
    tokens = _tokens(words)
    low = [w.lower() for w in words]
    lo = data.draw(st.integers(0, len(words) - 1))
    i = data.draw(st.integers(lo, len(words)))
    a, b = source_before(tokens, low, lo, i)
    assert lo <= a <= b == i
    assert lo <= skip_back_to_name(tokens, low, lo, i) <= i
    if i > lo:
        a, b = relative_subject(tokens, low, lo, i - 1 if low[i - 1] == "," else i)
        assert lo <= a <= b <= i


def test_relative_clause_without_its_closing_comma() -> None:
    text = "Ann Lee, who is chair of the Hope Fund said in a statement that the plan failed."
    assert summary(text) == [("Ann Lee", "said", "the plan failed")]


def test_plural_possessive_inside_a_source() -> None:
    assert summary("The parents' group said the school must close.") == [
        ("The parents' group", "said", "the school must close")
    ]
    assert summary("'We will win,' the minister said.") == [("the minister", "said", "We will win")]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister told BBC Radio 4's Today programme the plan would work.", "the plan would work"),
        ("He told Reuters' reporters the deal was off.", "the deal was off"),
        ("She told Reuters 20 people had died.", "20 people had died"),
    ],
)
def test_a_broadcaster_and_its_programme_are_the_recipient(text: str, content: str) -> None:
    assert [c for _, _, c in summary(text)] == [content]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Speaking at their poster launch Tory co-chairman Liam Fox said his party would win.", "Liam Fox"),
        ("In September she said her decision was a mistake.", "she"),
        ("About half of the voters say they want a change.", "About half of the voters"),
    ],
)
def test_a_source_read_back_to_a_preposition_keeps_its_name(text: str, source: str) -> None:
    assert [s for s, _, _ in summary(text)] == [source]


def test_a_place_governed_by_a_preposition_is_no_source() -> None:
    text = "A spokesman for the local hunt at Postbridge on Dartmoor in the West Country said 2,000 came."
    sources = [s for s, _, _ in summary(text)]
    assert not any(s and s.startswith(("at ", "in the West")) for s in sources)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The leader of the party has always called the tax unfair.", "The leader of the party"),
        ("Those were the mistakes the inquiry found, Ms Abbott said.", "Ms Abbott"),
        ("Voters said they were proud of what they believed Labour had achieved.", "Voters"),
    ],
)
def test_a_source_read_over_a_finite_verb(text: str, source: str) -> None:
    assert [s for s, _, _ in summary(text)][:1] == [source]


def test_anonymity_is_no_statement() -> None:
    text = "The plan was approved, said a source who asked not to be identified."
    assert summary(text) == [("a source", "said", "The plan was approved")]


def test_despite_claims_is_a_noun() -> None:
    text = "He insisted he still trusted Mr Blair, despite claims of a rift."
    assert summary(text) == [("He", "insisted", "he still trusted Mr Blair, despite claims of a rift")]


def test_a_plural_noun_after_a_past_verb_is_no_cue() -> None:
    assert summary("The scandal has prompted calls for a lower voting age.") == []
    assert summary("Trump calls for a ban.") == [("Trump", "calls", "a ban")]


def test_a_sunday_newspaper_keeps_its_name() -> None:
    text = "A poll for the Independent on Sunday found Labour ahead."
    assert [s for s, _, _ in summary(text)] == ["A poll for the Independent on Sunday"]


def test_a_title_case_headline_cue() -> None:
    text = "Bellwether County Says Trump Should Win The Nomination. Voters there picked the winner."
    assert summary(text) == [("Bellwether County", "Says", "Trump Should Win The Nomination")]
    assert summary("The new Says app was launched in the city on Monday by its makers.") == []
