"""Rules of session 9 found on unused real articles (passages written for the tests, not evidence)."""

from __future__ import annotations

import pytest

from newsparse_claims.model import Claim

from .layers import document, entity, run


def summary(text: str, entities: tuple[object, ...] = ()) -> list[tuple[str | None, str, str]]:
    """(source as written, cue, content) of each claim found in ``text``."""
    doc = run(document(text, entities=entities), "claims")
    return [
        (c.source_text.text if c.source_text else None, c.cue.text, c.content.text)
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee told the BBC Mr Reed would stay on.", "Mr Reed would stay on"),
        ("Ann Lee told Labour members the party would win.", "the party would win"),
        ("Ann Lee told the Sunday Times the plan was dead.", "the plan was dead"),
        ("Ann Lee told the panel the plan was dead.", "the plan was dead"),
        ("Ann Lee told reporters Democratic leaders would meet.", "Democratic leaders would meet"),
        ("Ann Lee told the conference both parties had agreed.", "both parties had agreed"),
        ("Ann Lee told the news agency INA the road was closed.", "the road was closed"),
        ("Ann Lee told Reuters 20 people had died.", "20 people had died"),
    ],
)
def test_the_recipient_of_told_is_one_name_or_body(text: str, content: str) -> None:
    assert summary(text) == [("Ann Lee", "told", content)]


def test_a_persons_name_after_the_recipient_opens_the_content() -> None:
    text = "Ann Lee told the BBC Tom Reed had always backed the plan."
    people = (entity(text, "person:tom-reed", "PERSON", "Tom Reed"),)
    assert summary(text, people) == [("Ann Lee", "told", "Tom Reed had always backed the plan")]


def test_a_programme_after_a_possessive_is_part_of_the_recipient() -> None:
    found = summary("The pay would rise, Ann Lee told GMTV's Sunday programme.")
    assert found == [("Ann Lee", "told", "The pay would rise")]


@pytest.mark.parametrize(
    "text",
    [
        'Ann Lee said in an interview with The Spectator magazine: "We will win."',
        'Ann Lee told BBC One\'s Breakfast with Frost: "We will win."',
        'Ann Lee said after the meeting: "We will win."',
    ],
)
def test_an_adverbial_closed_by_a_colon_is_not_content(text: str) -> None:
    [(source, _cue, content)] = summary(text)
    assert (source, content.rstrip(".")) == ("Ann Lee", "We will win")


def test_a_clause_before_a_colon_stays_content() -> None:
    found = summary("Ann Lee said the reason was simple: money.")
    assert found == [("Ann Lee", "said", "the reason was simple: money")]


@pytest.mark.parametrize(
    "text",
    ["Speaking in Leeds he said the plan was dead.", "Instead they said the plan was dead."],
)
def test_a_pronoun_after_a_fronted_adverbial_is_the_whole_source(text: str) -> None:
    [(source, _cue, content)] = summary(text)
    assert (source.lower(), content) in {("he", "the plan was dead"), ("they", "the plan was dead")}


def test_a_pronoun_in_a_relative_clause_keeps_the_noun_before_it() -> None:
    """ "the choices he says are facing us": the noun is no fronted adverbial."""
    for source, _cue, _content in summary("He set out the choices he says are facing Britain."):
        assert source != "he"


def test_a_second_verb_of_the_subject_ends_the_first_content_at_its_conjunction() -> None:
    found = summary("Ann Lee has said she wants lower taxes but on Monday said rates would rise.")
    assert found[0] == ("Ann Lee", "said", "she wants lower taxes")
    assert found[1][1:] == ("said", "rates would rise")


def test_a_comma_inside_an_open_quotation_does_not_cut_the_content() -> None:
    found = summary('Ann Lee said the poster was "not anti-Jewish, but anti-Tory".')
    assert found == [("Ann Lee", "said", 'the poster was "not anti-Jewish, but anti-Tory')]  # marks trimmed


def test_a_second_that_clause_continues_the_content() -> None:
    found = summary("Ann Lee said mothers had leave, but that few could take it.")
    assert found == [("Ann Lee", "said", "mothers had leave, but that few could take it")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee offered a genuine alternative.",
        "Ann Lee sought guidance from the committee.",
        "They agreed to keep to the site.",
        "Jobs have continued to increase since then.",
        "Ann Lee refused his award.",
        "A club official, who declined to be named, left.",
        "Ann Lee declined to comment.",  # no content (guideline; session 20 round 1b)
    ],
)
def test_verbs_of_action_are_no_cues(text: str) -> None:
    assert summary(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Ann Lee declined to say when the talks would resume.", "declined"),
        ("The government refused to back the bill.", "refused"),
        ('Ann Lee continued: "We will win."', "continued"),
        ("Ann Lee agreed the act was unfair.", "agreed"),
        ("The analysts agreed with the traders in calling the report negative.", "agreed"),
    ],
)
def test_verbs_of_action_before_speech_are_cues(text: str, cue: str) -> None:
    assert [found[1] for found in summary(text)] == [cue]


def test_a_coordinated_verb_of_action_ends_the_content() -> None:
    found = summary("Ann Lee said her comments were fair and offered an apology.")
    assert found == [("Ann Lee", "said", "her comments were fair")]
    found = summary("Ann Lee said her comments were fair and refused to apologise.")
    assert found == [("Ann Lee", "said", "her comments were fair"), ("Ann Lee", "refused", "to apologise")]


def test_a_noun_claims_before_a_preposition_is_no_cue() -> None:
    assert summary("The minister shrugged off claims from the opposition.") == []
    assert summary("He ridiculed plans for processing asylum claims overseas.") == []


def test_a_sentence_adverb_before_an_inverted_cue_is_not_the_content() -> None:
    found = summary("However, he said, Acme's results will be down slightly.")
    assert found == [("he", "said", "Acme's results will be down slightly")]


@pytest.mark.parametrize(
    "text",
    [
        "Ann Lee said on Monday the plan was dead.",
        "Ann Lee said earlier this week the plan was dead.",
        "Ann Lee has said in the past the plan was dead.",
        "Ann Lee said in a statement the plan was dead.",
        "Ann Lee said yesterday the plan was dead.",
    ],
)
def test_a_time_or_occasion_adverbial_after_the_cue_is_not_content(text: str) -> None:
    [(source, _cue, content)] = summary(text)
    assert (source, content) == ("Ann Lee", "the plan was dead")


def test_an_adverbial_without_a_clause_after_it_stays() -> None:
    assert summary("Ann Lee said on Monday.") == []


def test_who_stands_for_the_name_just_before_it() -> None:
    text = "The plan was attacked by Tory leader Ann Lee, who said it would fail."
    people = (entity(text, "person:ann-lee", "PERSON", "Ann Lee"),)
    doc = run(document(text, entities=people), "claims")
    [claim] = [c for c in doc.layer("claims") if isinstance(c, Claim)]
    assert claim.source_text is not None and claim.source_text.text == "who"
    assert claim.antecedent is not None and claim.antecedent.text == "Ann Lee"
    assert claim.source == "person:ann-lee"


def test_which_after_a_place_in_a_phrase_stands_for_nothing() -> None:
    text = "Delegates met at a conference in Tehran which said the report was false."
    places = (entity(text, "place:tehran", "GPE", "Tehran"),)
    doc = run(document(text, entities=places), "claims")
    for claim in doc.layer("claims"):
        assert isinstance(claim, Claim) and claim.source is None and claim.antecedent is None


def test_add_up_is_no_cue() -> None:
    found = summary("Labour claim the savings do not add up and that the figures are fantasy.")
    assert found == [("Labour", "claim", "the savings do not add up and that the figures are fantasy")]


def test_a_cue_noun_after_a_particle_is_no_cue() -> None:
    assert summary("He played down reports of a rift.") == []


def test_a_content_stays_in_the_paragraph_of_its_cue() -> None:
    """A wire story's indented paragraph break after "Corp." (not read as a sentence end)."""
    text = "Acme said it bought shares of Nippon Corp.\n    The sale left 450 mln yen, the sources said."
    found = summary(text)
    assert ("Acme", "said", "it bought shares of Nippon Corp") in found
    assert ("the sources", "said", "The sale left 450 mln yen") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ann Lee refused to discuss reports that she would quit.",
            ("Ann Lee", "refused", "to discuss reports that she would quit"),
        ),
        ("The firm steadily refuses to release the data.", ("The firm", "refuses", "to release the data")),
    ],
)
def test_declined_to_is_a_cue_before_any_infinitive(text: str, expected: tuple[str, str, str]) -> None:
    """The infinitive phrase is the content, not a clause inside it."""
    assert summary(text) == [expected]


def test_an_infinitive_after_a_refusal_is_no_trailer() -> None:
    """ "who refused to endorse X, spoke": the content is after the cue, not the name before it."""
    [(source, cue, content)] = summary("Ann Lee, who refused to endorse Tom Reed, spoke.")
    assert (source, cue) == ("who", "refused")
    assert content.startswith("to endorse Tom Reed")
