"""Rules of session 13 on source entities, found on real-news errors and checked on unused articles."""

from __future__ import annotations

import attrs

from newsparse import Entity
from newsparse_claims.model import Claim
from newsparse_claims.states import generic_ministry, governmental

from .layers import document, entity, run


def _claims(text: str, entities: tuple[Entity, ...] = ()) -> list[Claim]:
    """The claims found in ``text`` (given its entities)."""
    doc = run(document(text, entities=entities), "claims")
    return [c for c in doc.layer("claims") if isinstance(c, Claim)]


def _with(ent: Entity, **identifiers: object) -> Entity:
    """``ent`` with these identifiers (a country code, a geonames id)."""
    return attrs.evolve(ent, identifiers=identifiers)


def _oslo_story(source: str) -> tuple[str, tuple[Entity, ...]]:
    """A wire story from Oslo about Norway and South Africa whose second claim has ``source``."""
    text = (
        "OSLO, March 17 - Norway's parliament has approved a trade ban against South Africa, "
        f"{source} said.\n    South Africa said the ban was unfair."
    )
    oslo = _with(entity(text, "geonames:3143244", "GPE", "OSLO"), country="NO")
    norway = _with(entity(text, "norway", "GPE", "Norway"), iso3166="NO")
    africa = _with(entity(text, "south-africa", "GPE", "South Africa"), iso3166="ZA")
    return text, (oslo, norway, africa)


def test_government_officials_in_a_wire_story_speak_for_the_dateline_state() -> None:
    text, entities = _oslo_story("government officials")
    first, second = _claims(text, entities)
    assert (first.source_text.text, first.source) == ("government officials", "norway")
    assert second.source == "south-africa"


def test_an_unnamed_ministry_speaks_for_the_dateline_state() -> None:
    text, entities = _oslo_story("trade ministry officials")
    assert _claims(text, entities)[0].source == "norway"


def test_the_opposition_or_a_local_government_is_not_the_state() -> None:
    for source in ("opposition officials", "local government officials", "the shadow cabinet"):
        text, entities = _oslo_story(source)
        assert _claims(text, entities)[0].source is None, source


def test_collective_sources_without_government_words_stay_unresolved() -> None:
    text, entities = _oslo_story("analysts")
    assert _claims(text, entities)[0].source is None


def test_a_ministry_named_without_its_state_is_the_dateline_state() -> None:
    text = (
        "PARIS, Oct 20 - France and the United States will meet, the Foreign Ministry spokesman said.\n"
    )
    paris = _with(entity(text, "geonames:2988507", "GPE", "PARIS"), country="FR")
    france = _with(entity(text, "france", "GPE", "France"), iso3166="FR")
    usa = _with(entity(text, "united-states", "GPE", "United States"), iso3166="US")
    ministry = entity(text, "org:foreign-ministry", "ORG", "Foreign Ministry")
    ministry = attrs.evolve(ministry, canonical="Foreign Ministry")
    (claim,) = _claims(text, (paris, france, usa, ministry))
    assert claim.source == "france"


def test_without_a_dateline_the_one_state_named_before_is_the_government() -> None:
    text = "India has raised the limit on foreign investment. The government hopes to add users."
    india = _with(entity(text, "india", "GPE", "India"), iso3166="IN")
    (claim,) = _claims(text, (india,))
    assert (claim.source_text.text, claim.source) == ("The government", "india")


def test_without_a_dateline_two_states_named_before_leave_the_government_unresolved() -> None:
    text = "India and Pakistan met on Monday. The government hopes to add users."
    india = _with(entity(text, "india", "GPE", "India"), iso3166="IN")
    pakistan = _with(entity(text, "pakistan", "GPE", "Pakistan"), iso3166="PK")
    (claim,) = _claims(text, (india, pakistan))
    assert claim.source is None


def test_a_state_named_in_the_source_is_kept() -> None:
    text = "OSLO, March 17 - Talks ended, the Swedish government said.\n"
    oslo = _with(entity(text, "geonames:3143244", "GPE", "OSLO"), country="NO")
    norway = _with(entity(text, "norway", "GPE", "Norway"), iso3166="NO")
    sweden = _with(entity(text, "sweden", "NORP", "Swedish"), iso3166="SE")
    (claim,) = _claims(text, (oslo, norway, sweden))
    assert claim.source == "sweden"


def test_governmental_and_generic_ministry_words() -> None:
    assert governmental("a senior government figure") and governmental("the finance ministry")
    assert not governmental("former government officials") and not governmental("analysts")
    assert generic_ministry("Foreign Ministry") and generic_ministry("Ministry of Finance")
    assert not generic_ministry("Russian Defense Ministry") and not generic_ministry("Acme Corp")


def _people(text: str, *names: str) -> tuple[Entity, ...]:
    """A person entity for each name (every occurrence of its last word and of the whole name)."""
    return tuple(
        entity(text, "person:" + name.lower().replace(" ", "-"), "PERSON", name.split()[-1])
        for name in names
    )


def test_he_is_the_person_opening_the_sentence_before_not_an_earlier_speaker() -> None:
    text = (
        'Tim Collins said it would be a "huge boost" if Mr Hague returned. '
        "Mr Hague became an MP at 27. He said he felt fortunate."
    )
    first, second = _claims(text, _people(text, "Tim Collins", "William Hague"))
    assert first.source == "person:tim-collins"
    assert second.antecedent is not None and second.antecedent.text == "Hague"
    assert (second.source_text.text, second.source) == ("He", "person:william-hague")


def test_he_after_a_person_two_sentences_back_keeps_the_earlier_speaker() -> None:
    text = (
        "Tim Collins said the party needed Mr Hague. Mr Hague became an MP at 27. "
        "The party lost in 2001. He said he felt fortunate."
    )
    second = _claims(text, _people(text, "Tim Collins", "William Hague"))[-1]
    assert second.source == "person:tim-collins"


def test_a_name_inside_a_quotation_is_not_the_subject_before_he() -> None:
    text = (
        'Willie Walsh told AP: "I have opportunities. Brian is in the same position." '
        "He said he had received 40 proposals."
    )
    last = _claims(text, _people(text, "Willie Walsh", "Brian Dunne"))[-1]
    assert last.source == "person:willie-walsh"


def test_a_person_inside_the_sentence_before_is_not_its_subject() -> None:
    text = "Tim Collins said the party needed him. The party owes much to Mr Hague. He said it was time."
    last = _claims(text, _people(text, "Tim Collins", "William Hague"))[-1]
    assert last.source == "person:tim-collins"


def test_who_after_a_name_and_an_age_is_that_person() -> None:
    text = "It is also a first nomination for Staunton, 49, who told reporters she was surprised."
    (claim,) = _claims(text, _people(text, "Imelda Staunton"))
    assert claim.antecedent is not None and claim.antecedent.text == "Staunton"
    assert claim.source == "person:imelda-staunton"


def test_which_after_a_dash_or_a_preposition_and_comma_is_the_body() -> None:
    text = "The IAAF - which said it was surprised - will appeal."
    (claim,) = _claims(text, (entity(text, "org:iaaf", "ORG", "IAAF"),))
    assert claim.source == "org:iaaf"
    text = "Mr Campbell is an adviser for Labour, which denies engaging in personal campaigning."
    (claim,) = _claims(text, (entity(text, "labour-party", "ORG", "Labour"),))
    assert claim.source == "labour-party"


def test_which_after_a_place_ending_a_longer_name_is_not_the_place() -> None:
    text = "It took up the case of the European Roma Rights Centre, which said the measures were unfair."
    (claim,) = _claims(text, (entity(text, "centre", "GPE", "Centre"),))
    assert claim.source is None


def test_which_after_a_place_in_a_phrase_without_a_comma_is_not_the_place() -> None:
    text = "Officials attended a conference in Tehran which questioned the Holocaust."
    claims = _claims(text, (entity(text, "iran-tehran", "GPE", "Tehran"),))
    assert all(c.source is None for c in claims)


def test_yesterday_before_the_subject_is_no_part_of_the_source() -> None:
    text = "Dealers were cautious. Yesterday the Japanese finance ministry said it will help them."
    (claim,) = _claims(text)
    assert claim.source_text is not None and claim.source_text.text == "the Japanese finance ministry"


def test_a_cue_inside_a_quotation_opened_in_the_content_does_not_cut_it() -> None:
    text = 'Ann Lee said the plan was "a good start, and as the minister said, a fair deal for all."'
    claims = _claims(text)
    assert claims[0].content.text.endswith("a fair deal for all")


def test_a_cue_after_a_closed_quotation_still_cuts_the_content() -> None:
    text = 'Ann Lee said the plan was "a good start" but Tom Reed said it was too late.'
    first, second = _claims(text)
    assert first.content.text.startswith('the plan was "a good start') and "Reed" not in first.content.text
    assert second.source_text is not None and second.source_text.text == "Tom Reed"


def test_an_inch_mark_opens_no_quotation() -> None:
    text = "Police described the intruder as about 5' 10\" tall and said he wore a mask."
    first = _claims(text)[0]
    assert first.content.text.endswith("tall")


def test_the_person_heading_a_source_after_title_words_is_its_entity() -> None:
    text = "Hillary Clinton spokesman Brian Fallon said the report was wrong."
    people = _people(text, "Hillary Clinton", "Brian Fallon")
    people = (entity(text, "person:hillary-clinton", "PERSON", "Hillary Clinton"), people[1])
    (claim,) = _claims(text, people)
    assert claim.source == "person:brian-fallon"


def test_a_person_after_of_or_a_comma_is_not_the_head() -> None:
    text = "Ann Lee, a friend of Thomas Reed, said the report was wrong."
    people = (entity(text, "person:ann-lee", "PERSON", "Ann Lee"),
              entity(text, "person:thomas-reed", "PERSON", "Thomas Reed"))
    claims = _claims(text, people)
    assert claims[0].source == "person:ann-lee"


def test_bare_officials_speak_for_the_story_state_but_company_officials_do_not() -> None:
    text, entities = _oslo_story("officials")
    assert _claims(text, entities)[0].source == "norway"
    text, entities = _oslo_story("company officials")
    assert _claims(text, entities)[0].source is None
