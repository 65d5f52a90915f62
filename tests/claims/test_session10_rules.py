"""Rules of session 10 found on PolNeAR dev misses and checked on unused real articles (test passages)."""

from __future__ import annotations

import pytest

from .summaries import summary


def test_a_cue_closing_its_paragraph_with_a_colon_attributes_the_next_one() -> None:
    found = summary('Ann Lee continued:\n\n"The plan is dead. We will vote against it."')
    assert found == [("Ann Lee", "continued", "The plan is dead. We will vote against it.")]
    found = summary("The judge said she must:\n\n- pay a fine")
    assert found[0][:2] == ("The judge", "said") and found[0][2].startswith("she must:")


def test_the_and_a_capitalised_name_is_a_shared_subject() -> None:
    found = summary("The Times filed a motion, arguing the move was needed.")
    assert found == [("The Times", "arguing", "the move was needed")]
    assert summary("The Party's nominee met them, saying he would win.")[0][0] != "The Party"


def test_a_description_and_the_name_beside_it_are_the_source() -> None:
    found = summary("In a statement, one of the family's lawyers, Ann Lee, said the videos show a calm man.")
    assert found == [("one of the family's lawyers, Ann Lee", "said", "the videos show a calm man")]
    assert summary("His lawyer, Ann Lee, said the case was weak.")[0][0] == "His lawyer, Ann Lee"


def test_set_phrases_attribute_nothing() -> None:
    assert summary("Having said that, the plan is dead.") == []
    assert summary("Let's say you think a degree will cost a lot.") == []
    assert summary("Let us say then that it is a mini revolution.") == []
    assert summary("PolitiFact rated 32% of Republican claims as false.") == []
    assert summary("He claims the plan is dead.") == [("He", "claims", "the plan is dead")]


def test_a_quotation_resumed_after_its_cue_runs_to_its_end() -> None:
    text = '"If you look back," Ann Lee said, "I wrote those things. You have a choice."'
    [(source, cue, content)] = summary(text)
    assert (source, cue) == ("Ann Lee", "said")
    assert content.endswith("You have a choice.")
    [(_source, _cue, content)] = summary('"We will win," Ann Lee said, "and they will lose."')
    assert content.endswith("they will lose")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ann Lee praised the plans, which include a tax cut.", "the plans"),
        ("Ann Lee attacked the plan, dubbing it a farce.", "the plan"),
        ("Ann Lee praised his work but also had to give him more time.", "his work"),
        ("Ann Lee hailed Tom for a goal and also the fans.", "Tom for a goal and also the fans"),
        ('Ann Lee described it as "not easy, which we knew."', 'it as "not easy, which we knew'),
    ],
)
def test_the_object_of_a_stance_cue_ends_before_a_clause(text: str, content: str) -> None:
    [(_source, _cue, found)] = summary(text)
    assert found == content


def test_a_verb_of_action_before_a_comma_and_a_quotation_reports_speech() -> None:
    found = summary('Ann Lee continued, "All we ask for is a chance."')
    assert found == [("Ann Lee", "continued", "All we ask for is a chance.")]


def test_called_names_an_object_with_a_phrase_inside_it() -> None:
    found = summary("Ann Lee called her vote in favor of the war a mistake.")
    assert found == [("Ann Lee", "called", "her vote in favor of the war a mistake")]
    assert summary("Ann Lee called the police to the scene.") == []


def test_called_after_an_apposition_names_a_pronoun_object() -> None:
    found = summary("Tom Reed, of the Greens, called it a budget for the rich.")
    assert found == [("Tom Reed", "called", "it a budget for the rich")]
    assert summary("He, called a hero by many, left.") == []
