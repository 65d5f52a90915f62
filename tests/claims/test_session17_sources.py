"""Rules of session 17 on source entities: collective heads after a nation adjective, the noun a
relative "who"/"which" source stands for, and "he" passing over a relative source naming no person."""

from __future__ import annotations

import pytest

from newsparse import Entity
from newsparse_claims.model import Claim
from newsparse_syntax import syntax_of

from .layers import document, entity, run

ENDINGS = ("\n", "\r\n", "\r")


def _claims(text: str, entities: tuple[Entity, ...] = (), *, with_syntax: bool = False) -> list[Claim]:
    """The claims found in ``text`` (given its entities and, if asked, its syntax layer)."""
    doc = document(text, entities=entities)
    if with_syntax:
        doc = document(text, entities=entities, syntax=tuple(syntax_of(doc)))
    return [c for c in run(doc, "claims").layer("claims") if isinstance(c, Claim)]


@pytest.mark.parametrize(
    ("source", "name"),
    [("Japanese firms", "Japanese"), ("US retailers", "US"), ("Three leading UK video game companies", "UK"),
     ("Almost a million US consumers", "US"), ("Indian television channels", "Indian")],
)
def test_a_nation_before_a_collective_plural_head_is_not_the_source_entity(source: str, name: str) -> None:
    """'Japanese firms said', 'three US insurance executives said': collective, no entity (guideline)."""
    text = f"Prices fell. {source} said sales would rise next year."
    (claim,) = _claims(text, (entity(text, "nation", "GPE", name),))
    assert claim.source_text is not None and claim.source_text.text == source
    assert claim.source is None


@pytest.mark.parametrize("source", ["Russian officials", "Chinese state media", "US government economists"])
def test_a_nation_before_an_official_head_keeps_the_nation(source: str) -> None:
    """'Russian officials said', 'Chinese state media said': the state's own voice (unchanged)."""
    name = source.split()[0]
    text = f"Prices fell. {source} said sales would rise next year."
    (claim,) = _claims(text, (entity(text, "nation", "GPE", name),))
    assert claim.source == "nation"


def test_a_capitalised_head_is_a_name_not_a_collective() -> None:
    """'the Scottish Executive has insisted': "Executive" names a body; "executives" would not."""
    text = "Prices fell. But the Scottish Executive has insisted the policy was sound."
    (claim,) = _claims(text, (entity(text, "scotland", "GPE", "Scottish"),))
    assert claim.source == "scotland"


@pytest.mark.parametrize("end", ENDINGS)
def test_who_stands_for_the_common_noun_its_clause_hangs_from(end: str) -> None:
    """'... disappoint some senior Conservative members, who say ...': the antecedent is that phrase,
    its entity the party named in it (syntax layer: the noun the relative clause modifies)."""
    text = (f"He left.{end}His decision will disappoint some senior Conservative members, "
            "who say the party needs him.")
    (claim,) = _claims(text, (entity(text, "tories", "ORG", "Conservative"),), with_syntax=True)
    assert claim.source_text is not None and claim.source_text.text == "who"
    assert claim.antecedent is not None and claim.antecedent.text == "some senior Conservative members"
    assert claim.source == "tories"


def test_who_without_the_syntax_layer_stays_unresolved() -> None:
    """Without a syntax producer the relative source keeps no antecedent (as before)."""
    text = "His decision will disappoint some senior Conservative members, who say the party needs him."
    (claim,) = _claims(text, (entity(text, "tories", "ORG", "Conservative"),))
    assert claim.antecedent is None and claim.source is None


def test_who_after_a_name_keeps_the_name() -> None:
    """'Tory leader Michael Howard, who said ...': the name rule, not the parse (unchanged)."""
    text = "He spoke to Tory leader Michael Howard, who said the party would win."
    (claim,) = _claims(text, (entity(text, "howard", "PERSON", "Michael Howard"),), with_syntax=True)
    assert claim.source == "howard"


@pytest.mark.parametrize("end", ENDINGS)
def test_he_passes_over_a_which_source(end: str) -> None:
    """'Tom Hanks stars. The film is based on a book which tells a story. "...," he said.': "he" is
    Tom Hanks, not what "which" stood for."""
    text = (f"Tom Hanks plays five roles.{end}The film is based on a book which tells the story of a boy."
            f'{end}"It was almost impossible," he said.')
    claims = _claims(text, (entity(text, "hanks", "PERSON", "Tom Hanks"),), with_syntax=True)
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "he"
    assert claims[-1].source == "hanks"


@pytest.mark.parametrize("end", ENDINGS)
def test_the_company_is_the_organisation_quoted_before(end: str) -> None:
    """'Macrovision said ... The company said ...': the latest organisation quoted before it."""
    text = (f"Macrovision said the system would stop copying.{end}"
            "The company said it would ship the system in May.")
    claims = _claims(text, (entity(text, "macrovision", "ORG", "Macrovision"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "The company"
    assert claims[-1].source == "macrovision"
    assert claims[-1].antecedent is not None and claims[-1].antecedent.text == "Macrovision"


def test_the_company_passes_over_a_person_quoted_last() -> None:
    """'Acme said ... Ann Lee said ... The firm said': a person is not the firm; Acme is."""
    text = ("Acme said sales rose. Analyst Ann Lee said the rise was small. "
            "The firm said it would hire more staff.")
    ents = (entity(text, "acme", "ORG", "Acme"), entity(text, "lee", "PERSON", "Ann Lee"))
    assert _claims(text, ents)[-1].source == "acme"


def test_the_company_with_no_organisation_quoted_stays_unresolved() -> None:
    """'IBM gave away patents ... The company said': no organisation quoted before, no entity
    (the nearest organisation named is not trusted)."""
    text = "IBM gave away 500 patents to Linux developers. The company said it wanted more firms to join."
    ents = (entity(text, "ibm", "ORG", "IBM"), entity(text, "linux", "ORG", "Linux"))
    assert _claims(text, ents)[-1].source is None


@pytest.mark.parametrize("end", ENDINGS)
def test_he_passes_over_an_organisation_named_by_the_whole_source(end: str) -> None:
    """'Paul Myers spoke. "...," Napster said. "...," he said.': "he" is Paul Myers, not Napster."""
    text = (f"Wippit boss Paul Myers spoke at the launch.{end}"
            f'"Our service is cheaper," Napster said.{end}"Who wants to pay more?" he said.')
    ents = (entity(text, "myers", "PERSON", "Paul Myers"), entity(text, "napster", "ORG", "Napster"))
    claims = _claims(text, ents)
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "he"
    assert claims[-1].source == "myers"


def test_he_keeps_a_spokesman_for_an_organisation() -> None:
    """'A spokesman for Acme said ... He added ...': a person is meant; "he" keeps that source."""
    text = "A spokesman for Acme said prices would rise. He added that sales were strong."
    ents = (entity(text, "acme", "ORG", "Acme"),)
    claims = _claims(text, ents)
    assert claims[-1].antecedent is not None and claims[-1].antecedent.text == "A spokesman for Acme"
    assert claims[-1].source == "acme"


def test_a_place_after_from_only_qualifies_the_source() -> None:
    """'A party of councillors from Nottingham agreed that ...': the place is where they come from."""
    text = "A party of councillors from Nottingham agreed that the campaign was strong."
    (claim,) = _claims(text, (entity(text, "nottingham", "GPE", "Nottingham"),))
    assert claim.source is None


@pytest.mark.parametrize("end", ENDINGS)
def test_she_passes_over_a_plural_source(end: str) -> None:
    """'Finance Minister Sue Essex set out the plan. But opposition parties said ... She said ...':
    "she" is not the parties."""
    text = (f"Finance Minister Sue Essex set out the plan.{end}"
            f"But opposition parties said taxes would rise.{end}She said spending would be kept low.")
    claims = _claims(text, (entity(text, "essex", "PERSON", "Sue Essex"),))
    assert claims[-1].source_text is not None and claims[-1].source_text.text == "She"
    assert claims[-1].source == "essex"
