"""Rules of session 16 (PolNeAR train misses), on short written passages.

Each text holds in every line-ending style ("\\n", "\\r\\n", "\\r"): the rules read words, not lines.
"""

from __future__ import annotations

import pytest

from newsparse_claims.model import Claim

from .layers import document, run
from .summaries import ENDINGS, in_paragraphs, summary


def _kinds(text: str) -> list[tuple[str, str]]:
    """(cue, kind) of each claim found in ``text``."""
    claims = run(document(text), "claims").layer("claims")
    return [(c.cue.text, c.kind) for c in claims if isinstance(c, Claim)]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In an NBC News/Wall Street Journal poll released Monday, 50 percent of voters chose Clinton.",
         [("an NBC News/Wall Street Journal poll released Monday", "In",
           "50 percent of voters chose Clinton")]),
        ("In a Reuters poll, 52 percent of voters said they backed Lee.",
         [("a Reuters poll", "In", "52 percent of voters said they backed Lee")]),
        ("But in last year's survey, the party trailed by ten points.",
         [("last year's survey", "in", "the party trailed by ten points")]),
    ],
)
def test_a_poll_opening_the_sentence_is_its_source(
    text: str, expected: list[tuple[str, ...]], ending: str
) -> None:
    """ "In a CNN poll, ...": the poll is the source and "in" the cue, as "according to" (PolNeAR)."""
    assert summary(in_paragraphs(text, ending))[-len(expected):] == expected


def test_a_poll_claim_is_an_according_to_claim() -> None:
    """Its kind is the one of "according to": the poll is what the content is according to."""
    assert _kinds("In a Reuters poll, 52 percent of voters backed Lee.") == [("In", "according_to")]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    "text",
    [
        "He has a decisive lead in the polls ahead of the primary.",  # not opening the sentence
        "Some 63% of respondents in the Sunday Times poll backed the minister.",  # inside the subject
        "He insisted there was no limit to his party's ambitions in the coming poll.",
        "Voters in Iowa. A new poll is due.",  # another sentence
        "In Iowa the poll, which was taken on Monday, showed nothing.",  # a clause after the poll word
    ],
)
def test_a_poll_elsewhere_is_no_source(text: str, ending: str) -> None:
    """Only "In ... poll," opening a sentence: a poll inside a clause or phrase gives no "in" claim."""
    assert all(cue.lower() != "in" for _source, cue, _content in summary(in_paragraphs(text, ending)))


def test_a_trailing_cue_keeps_a_poll_opening_its_content() -> None:
    """ "In a poll, A, the paper said": the paper's claim holds the poll, which gives none of its own."""
    text = "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead, the paper said."
    assert summary(text) == [
        ("the paper", "said", "In a Des Moines Register poll last month, Mr. Cruz had a 10-point lead")
    ]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sanders campaign responded Friday, saying industry lobbyists have donated to a super PAC.",
         [("The Sanders campaign", "saying", "industry lobbyists have donated to a super PAC")]),
    ],
)
def test_a_participle_stands_alone_when_the_verb_before_reports_only_a_time(
    text: str, expected: list[tuple[str, ...]], ending: str
) -> None:
    """ "X responded Friday, saying ...": "responded" reports only a time; the participle is the claim."""
    assert summary(in_paragraphs(text, ending))[-len(expected):] == expected


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Hours later, Trump returned the compliment to Adelson, telling Reuters, "He is an amazing man."',
         [("Trump", "telling", "He is an amazing man.")]),
        ("Instead, Lee returned to Iowa, saying he would win.", [("Lee", "saying", "he would win")]),
    ],
)
def test_a_fronted_adverbial_is_not_the_shared_subject(
    text: str, expected: list[tuple[str, ...]], ending: str
) -> None:
    """ "Instead, Lee ..., saying": the participle's source is the subject after the adverbial's comma."""
    assert summary(in_paragraphs(text, ending))[-len(expected):] == expected


def test_a_fronted_adverbial_without_a_named_subject_gives_no_source() -> None:
    """ "Instead, the senator is sticking ..., hoping": no longer "Instead" as the source."""
    text = "Instead, the Vermont senator is sticking to his message, hoping to avoid any misstep."
    assert all(source != "Instead" for source, _cue, _content in summary(text))


_TRANSCRIPT = (
    "Partial transcript as follows:{e}{e}(BEGIN VIDEO CLIP.){e}{e}"
    "TRUMP: The deaths in Louisiana make clear how much work we have to do.{e}{e}(END VIDEO CLIP.){e}{e}"
    "TAPPER: And obviously, you are supporting Donald Trump.{e}{e}"
    "FALLIN: I think he is trying to campaign as a racial healer.{e}"
)


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_transcript_speaker_label_is_no_dateline(ending: str) -> None:
    """ "TAPPER: ..." opening several paragraphs of prose: speakers, not the place of writing."""
    sources = [source for source, cue, _content in summary(_TRANSCRIPT.format(e=ending)) if cue == ":"]
    assert sources == ["TRUMP", "TAPPER", "FALLIN"]


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW: Russia's central bank cut its main rate on Monday.{e}{e}The rouble fell.{e}",
        "ISSUER: Marion County Board of Education ST: WV{e}{e}ISSUE: Public School, Series 1996{e}"
        "{e}DELIVERY: 9/17/96 approx{e}",
    ],
)
def test_a_dateline_or_a_table_field_is_no_speaker(text: str, ending: str) -> None:
    """One dateline opening a story, or a table's capitalised fields, give no colon claim."""
    assert [cue for _source, cue, _content in summary(text.format(e=ending)) if cue == ":"] == []


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministry responded by saying it would act.", [("The ministry", "saying", "it would act")]),
        ('Mr. Trump issued a statement saying, "I do not feel that heritage matters."',
         [("Mr. Trump", "saying", "I do not feel that heritage matters.")]),
        ("The Argentine had stoked up the row by saying Hewitt's celebrations were bad for the sport.",
         [("The Argentine", "saying", "Hewitt's celebrations were bad for the sport")]),
    ],
)
def test_saying_after_a_statement_or_by_shares_the_clause_subject(
    text: str, expected: list[tuple[str, ...]], ending: str
) -> None:
    """ "X responded by saying ...", "X issued a statement saying ...": X is the source."""
    assert summary(in_paragraphs(text, ending))[-len(expected):] == expected


def test_claiming_after_by_is_no_speech() -> None:
    """ "won the title by claiming the doubles": only "saying" after "by" reads the clause's subject."""
    assert summary("The Swiss won the title by claiming the doubles.") == []


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said that Lee was rude.",
         ("Sandy Phillips", "said", "Lee was rude")),
        ("Mr. Slinker, whose latest start-up, Paradata, uses big data, said Mr. Trump was a good candidate.",
         ("Mr. Slinker", "said", "Mr. Trump was a good candidate")),
    ],
)
def test_a_name_before_a_relative_clause_is_the_source(
    text: str, expected: tuple[str, ...], ending: str
) -> None:
    """ "NAME, who/whose ..., X, Y, said": the name opening the sentence, not the relative clause's last."""
    assert expected in summary(in_paragraphs(text, ending))
