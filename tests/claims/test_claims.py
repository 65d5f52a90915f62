"""Unit tests of the claims extractor on hand-built layers."""

from __future__ import annotations

import json

import pytest

from newsparse import Entity, Quantity, TimeExpression
from newsparse.serialize import document_from_dict
from newsparse_claims import model
from newsparse_claims.model import Claim

from .layers import date, document, entity, quantity, run

UN = (
    "While UN officials say hundreds of thousands of people have been killed in the conflict, "
    "Syrian regime officials say the death toll is closer to 10,000."
)


def claims_of(text: str, **layers: object) -> list[Claim]:
    """The claims our extractor finds in ``text`` with the given layers."""
    doc = run(document(text, **layers), "claims")  # type: ignore[arg-type]
    return [c for c in doc.layer("claims") if isinstance(c, Claim)]


def summary(claims: list[Claim]) -> list[tuple[str | None, str, str]]:
    """(source as written, cue, content) of each claim."""
    return [(c.source_text.text if c.source_text else None, c.cue.text, c.content.text) for c in claims]


def test_two_sources_in_one_sentence() -> None:
    q1 = quantity(UN, "hundreds of thousands", None, low=200000, high=999999, counted="people")
    q2 = quantity(UN, "closer to 10,000", 10000, modifier="approx")
    ents = [entity(UN, "united-nations", "ORG", "UN"), entity(UN, "assad-regime", "ORG", "Syrian regime")]
    claims = claims_of(UN, entities=ents, quantities=[q1, q2])
    assert summary(claims) == [
        ("UN officials", "say", "hundreds of thousands of people have been killed in the conflict"),
        ("Syrian regime officials", "say", "the death toll is closer to 10,000"),
    ]
    assert [c.source for c in claims] == ["united-nations", "assad-regime"]
    assert [[q.text for q in c.quantities] for c in claims] == [
        ["hundreds of thousands"],
        ["closer to 10,000"],
    ]
    assert claims[0].quantities[0].low == 200000 and claims[1].quantities[0].modifier == "approx"


def test_according_to_after_and_pronoun_and_participle() -> None:
    text = (
        "Airstrikes are hitting the area, according to a Russian Defense Ministry statement. "
        "It said 30 militants were initially confirmed killed, "
        "claiming they were members of the Al-Nusra group."
    )
    ents = [entity(text, "russian-defense-ministry", "ORG", "Russian Defense Ministry")]
    claims = claims_of(text, entities=ents, quantities=[quantity(text, "30", 30, counted="militants")])
    assert summary(claims) == [
        ("a Russian Defense Ministry statement", "according to", "Airstrikes are hitting the area"),
        ("It", "said", "30 militants were initially confirmed killed"),
        ("It", "claiming", "they were members of the Al-Nusra group"),
    ]
    assert [c.source for c in claims] == ["russian-defense-ministry"] * 3
    assert (
        claims[1].antecedent is not None
        and claims[1].antecedent.text == "a Russian Defense Ministry statement"
    )
    assert [q.value for q in claims[1].quantities] == [30]
    assert claims[2].quantities == ()


def test_according_to_first() -> None:
    text = "According to measurements by Anadolu Agency, regime forces have seized roughly 3,035 square km."
    ents = [entity(text, "anadolu-agency", "ORG", "Anadolu Agency")]
    (claim,) = claims_of(text, entities=ents)
    assert claim.source_text is not None and claim.source_text.text == "measurements by Anadolu Agency"
    assert claim.source == "anadolu-agency"
    assert claim.content.text == "regime forces have seized roughly 3,035 square km"


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Police detained 15 suspects after the clashes, a spokesman said.",
            "a spokesman",
            "said",
            "Police detained 15 suspects after the clashes",
        ),
        (
            "Twelve people died in the fire, said the regional governor.",
            "the regional governor",
            "said",
            "Twelve people died in the fire",
        ),
        (
            "Three peacekeepers were wounded, the mission said in a statement on Thursday.",
            "the mission",
            "said",
            "Three peacekeepers were wounded",
        ),
        (
            "“We will not retreat,” the commander told reporters.",
            "the commander",
            "told",
            "We will not retreat",
        ),
        (
            "Hundreds of people fled the village, a local official told AFP.",
            "a local official",
            "told",
            "Hundreds of people fled the village",
        ),
        (
            "The minister told reporters that talks would resume.",
            "The minister",
            "told",
            "talks would resume",
        ),
        (
            "The army said in a statement that 25 insurgents were killed.",
            "The army",
            "said",
            "25 insurgents were killed",
        ),
        (
            "Viktor Vodolatsky, a deputy of the State Duma, said special forces are conducting an operation.",
            "Viktor Vodolatsky",
            "said",
            "special forces are conducting an operation",
        ),
        (
            "Villagers, however, told journalists that 40 people had died.",
            "Villagers",
            "told",
            "40 people had died",
        ),
        (
            "The United Nations estimates that 400,000 people have been killed.",
            "The United Nations",
            "estimates",
            "400,000 people have been killed",
        ),
        ("Officials have also said the toll could rise.", "Officials", "said", "the toll could rise"),
        (
            "Security forces arrested 35 people in overnight raids, state media reported.",
            "state media",
            "reported",
            "Security forces arrested 35 people in overnight raids",
        ),
    ],
)
def test_forms(text: str, source: str, cue: str, content: str) -> None:
    assert summary(claims_of(text)) == [(source, cue, content)]


@pytest.mark.parametrize(
    "text",
    [
        "Six people were reported killed in the blast.",
        "The claims could not be verified.",
        "The Islamic State launched an attack on the town.",
        "A Russian Su-25 fighter jet was shot down on Saturday.",
        "",
        "said",
        "According to",
    ],
)
def test_not_claims(text: str) -> None:
    assert claims_of(text) == []


def test_dates_inside_content_only() -> None:
    text = "On Monday, officials said 14 people were killed in January."
    days = [
        date(text, "Monday", "2018-02-05", "2018-02-05", "2018-02-05"),
        date(text, "January", "2018-01", "2018-01-01", "2018-01-31"),
    ]
    (claim,) = claims_of(text, dates=days, quantities=[quantity(text, "14", 14, counted="people")])
    assert [(d.text, d.value, d.first, d.last) for d in claim.dates] == [
        ("January", "2018-01", "2018-01-01", "2018-01-31")
    ]


def test_json_round_trip_and_offsets() -> None:
    q1 = quantity(UN, "hundreds of thousands", None, low=200000, high=999999, counted="people")
    doc = run(document(UN, entities=[entity(UN, "un", "ORG", "UN")], quantities=[q1]), "claims")
    types = {"claims": model.Claim, "entities": Entity, "quantities": Quantity, "dates": TimeExpression}
    back = document_from_dict(json.loads(doc.to_json()), types)
    assert back == doc
    for claim in doc.layer("claims"):
        assert isinstance(claim, Claim)
        for span in (claim, claim.cue, claim.content, claim.source_text):
            assert span is not None and UN[span.start : span.end] == span.text
