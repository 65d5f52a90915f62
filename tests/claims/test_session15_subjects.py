"""Sources of session 15 (PolNeAR train's source-less cues), on short written passages.

Each text holds in every line-ending style ("\\n", "\\r\\n", "\\r"): the rules read words, not lines.
"""

from __future__ import annotations

import pytest

from newsparse_syntax import syntax_of

from .layers import document, run
from .summaries import ENDINGS, in_paragraphs, summary


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Current and former officials who spoke with the paper said the party had become a shell.",
         [("Current and former officials who spoke with the paper", "said", "the party had become a shell")]),
        ("Friends of Mr. Lee who have seen him on the trail say that he is tired.",
         [("Friends of Mr. Lee who have seen him on the trail", "say", "he is tired")]),
        ("Academics from the Institute of Education at London University found that games help pupils.",
         [("Academics from the Institute of Education at London University", "found", "games help pupils")]),
        ('"We have a much greater need for storage," Richard Doherty, from the Hollywood Laboratories,'
         " one of the pioneers of the disc, told the BBC.",
         [("Richard Doherty, from the Hollywood Laboratories, one of the pioneers of the disc", "told",
           "We have a much greater need for storage")]),
        ("Majorities of Democrats in five states say they would be satisfied with both candidates.",
         [("Majorities of Democrats in five states", "say", "they would be satisfied with both candidates")]),
        ("Sanders' campaign launched an ad buy in California on Tuesday and announced it would seek a"
         " recount.",
         [("Sanders' campaign", "announced", "it would seek a recount")]),
    ],
)
def test_a_long_noun_phrase_opening_the_sentence_is_the_source(
    text: str, expected: list[tuple[str, ...]], ending: str
) -> None:
    """The whole noun phrase between the sentence's start and the cue, with its relative clauses."""
    assert summary(in_paragraphs(text, ending))[-len(expected):] == expected


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    "text",
    [
        "Hendrix, widely considered one of the best guitarists of his era, died in 1970.",
        "All the cafes in the country have to use software to block websites considered harmful.",
        "Quite the contrary, the country has seen economic war declared against it by its neighbours.",
        "A fan jumped on stage and attacked the singer, who then left the hall.",
        "Shivering in a long dress, the actress stopped to sign autographs and joked that it was cold.",
        "It obliges all firms to make declarations, which, critics say, will add to their costs.",
        "Lee used to back Paul, but now said the senator had lost his way.",
    ],
)
def test_no_source_from_a_clause_or_a_participle(text: str, ending: str) -> None:
    """A verb, a participle or a second clause before the cue: the stretch is no noun phrase."""
    assert [row for row in summary(in_paragraphs(text, ending)) if row[0] and len(row[0]) > 40] == []


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Manafort worked on gaming and taxes, said lobbyist and strategist Charlie Black, his partner.",
         [("lobbyist and strategist Charlie Black", "said", "Manafort worked on gaming and taxes")]),
        ("The group is $9 million short, said former governor Ed Rendell.",
         [("former governor Ed Rendell", "said", "The group is $9 million short")]),
    ],
)
def test_an_inverted_speaker_with_an_apposition(
    text: str, expected: list[tuple[str, ...]], ending: str
) -> None:
    """'..., said NAME, APPOSITION.': the name, up to its comma; "Ed" is a name, not a verb."""
    assert summary(in_paragraphs(text, ending))[-len(expected):] == expected


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_pronoun_after_an_inverted_cue_opens_the_content(ending: str) -> None:
    """'Baird & Co., Inc., said it won ...': "it won ..." is what was said, not who said it."""
    said = "Robert Baird & Co., Inc., said it won $1 million of bonds, Series 1996, on Tuesday."
    text = in_paragraphs(said, ending)
    assert all(row[0] is None or not row[0].startswith("it ") for row in summary(text))


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The states combined the groups, a practice criticized by Miller and some civil rights advocates.",
         ("Miller", "criticized")),
        ("The bill was opposed by the Liberal Democrats.", ("the Liberal Democrats", "opposed")),
        ("The story was first reported by the Washington Post on Monday.",
         ("the Washington Post", "reported")),
        ("A call for shortlists has been rejected by one of the party's most senior members.",
         ("one of the party's most senior members", "rejected")),
    ],
)
def test_the_agent_of_a_passive_speech_verb_is_the_source(
    text: str, expected: tuple[str, str], ending: str
) -> None:
    """'criticized by X', 'reported by X': X said it; the content is the subject without "was"."""
    rows = summary(in_paragraphs(text, ending))
    assert [(source, cue) for source, cue, _content in rows] == [expected]
    assert not rows[0][2].endswith((" was", " been", " has"))


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    "text",
    [
        "The plan was backed by the bank and supported by three funds.",
        "The rule was rejected by saying it would cost too much.",
        "Sales reported by 12 shops fell.",
    ],
)
def test_no_agent_source_for_support_a_gerund_or_a_number(text: str, ending: str) -> None:
    """"backed by" and "supported by" are not on the list; "by saying", "by 12" name no agent."""
    assert summary(in_paragraphs(text, ending)) == []


@pytest.mark.parametrize("ending", ENDINGS)
def test_a_naming_participle_takes_the_parsed_subject(ending: str) -> None:
    """'X went after Bush, calling him "a stiff"': "calling" reports speech like "saying" (the parse's
    subject of the verb before the comma); "accused by X of Y" ends the agent at "of"."""
    text = in_paragraphs('The governor went after Bush, calling him "a total stiff."', ending)
    doc = document(text)
    doc = document(text, syntax=tuple(syntax_of(doc)))
    claims = run(doc, "claims").layer("claims")
    rows = [(c.source_text.text if c.source_text else None, c.cue.text) for c in claims]
    assert rows == [("The governor", "calling")]
    accused = summary(in_paragraphs("He was accused by the news media of beating his wife.", ending))
    assert [(source, cue) for source, cue, _content in accused] == [("the news media", "accused")]
