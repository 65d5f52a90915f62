"""Matching and scoring of the real agreements scorer on small synthetic cases (no corpus)."""

from __future__ import annotations

from typing import Any

from evaluation.agreements_real import Scores, compatible, cue_baseline, match_records, score_article

from newsparse import Agreement, Entity, Mention


def _span(text: str, surface: str, nth: int = 1) -> dict[str, Any]:
    """A gold span for the nth occurrence of surface in text."""
    start = -1
    for _ in range(nth):
        start = text.index(surface, start + 1)
    return {"anchor": surface, "start": start, "end": start + len(surface), "text": surface}


def _gold(text: str, kind: str, mentions: list[str], **fields: Any) -> dict[str, Any]:
    """A gold record with empty defaults."""
    spans = [_span(text, m) for m in mentions]
    record: dict[str, Any] = {
        "kind": kind,
        "trigger": spans[0],
        "mentions": spans,
        "parties": [],
        "mediators": [],
        "guarantors": [],
        "endorsers": [],
        "observers": [],
        "venue": None,
        "date": None,
        "status": None,
        "roles": {},
        "price": None,
    }
    record.update(fields)
    return record


TEXT = "Egypt brokered a truce between Israel and Hamas. The ceasefire held. Acme agreed a merger."


def _entities() -> dict[str, Entity]:
    """The entities of TEXT."""
    out = {}
    for eid, name in (("egypt", "Egypt"), ("israel", "Israel"), ("hamas", "Hamas"), ("acme", "Acme")):
        start = TEXT.index(name)
        out[eid] = Entity(eid, "GPE", name, (Mention(start, start + len(name), name),), {})
    return out


def _name(surface: str) -> dict[str, Any]:
    """A gold name anchored in TEXT."""
    return {"name": surface, "span": _span(TEXT, surface)}


def test_kinds_compatible_within_families_and_with_the_generic_head() -> None:
    assert compatible("truce", "ceasefire")
    assert compatible("agreement", "transfer")
    assert compatible("acquisition", "merger")
    assert not compatible("ceasefire", "merger")


def test_match_is_one_to_one_prefers_the_same_kind_and_needs_overlap() -> None:
    gold = [_gold(TEXT, "truce", ["truce", "ceasefire"])]
    truce_start = TEXT.index("truce")
    generic = Agreement(truce_start, truce_start + 5, "truce", "agreement")
    exact = Agreement(truce_start, truce_start + 5, "truce", "truce")
    far = Agreement(0, 5, "Egypt", "truce")
    assert match_records(gold, [generic, exact]) == [(0, 1)]
    assert match_records(gold, [far]) == []
    assert match_records(gold + gold, [exact]) == [(0, 0)]


def test_score_article_counts_detection_parties_third_parties_venue_and_status() -> None:
    gold = [
        _gold(
            TEXT,
            "truce",
            ["truce", "ceasefire"],
            parties=[_name("Israel"), _name("Hamas")],
            mediators=[_name("Egypt")],
            status="signed",
        ),
        _gold(TEXT, "merger", ["merger"], parties=[_name("Acme")], status="signed"),
    ]
    ceasefire = TEXT.index("ceasefire")
    found = Agreement(
        ceasefire,
        ceasefire + 9,
        "ceasefire",
        "ceasefire",
        parties=("israel", "egypt"),
        status="in_force",
        mentions=((ceasefire, ceasefire + 9, "ceasefire"),),
    )
    spurious = Agreement(0, 5, "Egypt", "treaty")
    scores = Scores()
    score_article({"id": "t", "agreements": gold}, [found, spurious], _entities(), scores)
    figures = scores.figures()
    assert (scores.detection.tp, scores.detection.fp, scores.detection.fn) == (1, 1, 1)
    assert (scores.parties.tp, scores.parties.fp, scores.parties.fn) == (1, 1, 1)
    assert figures["third_party_f1"] == 0.0
    assert figures["venue_accuracy"] == 1.0  # None == None
    assert figures["status_accuracy"] == 0.0
    assert figures["kind_accuracy"] == 0.0
    assert any("missed merger" in line for line in scores.errors)


def test_cue_baseline_merges_a_repeated_noun_into_one_record() -> None:
    records = cue_baseline("The deal was signed. The deal holds. A truce began.")
    assert [(r.text, r.kind, len(r.mentions)) for r in records] == [
        ("deal", "agreement", 2),
        ("truce", "truce", 1),
    ]


def test_a_text_party_is_matched_by_its_name() -> None:
    gold = [_gold(TEXT, "merger", ["merger"], parties=[_name("Acme")], status="signed")]
    merger = TEXT.index("merger")
    found = Agreement(
        merger, merger + 6, "merger", "merger", parties=("text:Acme", "text:Initech"), status="signed"
    )
    scores = Scores()
    score_article({"id": "t", "agreements": gold}, [found], {}, scores)
    assert (scores.parties.tp, scores.parties.fp, scores.parties.fn) == (1, 1, 0)


def test_a_text_party_is_matched_by_the_gold_names_anchored_text() -> None:
    text = "Israel and the PLO signed a peace deal."
    deal = text.index("peace deal")
    plo = {"name": "Palestine Liberation Organisation", "span": _span(text, "PLO")}
    gold = [_gold(text, "peace_agreement", ["peace deal"], parties=[plo], roles={"acquirer": [plo]})]
    found = Agreement(deal, deal + 10, "peace deal", "peace_agreement", parties=("text:PLO",))
    scores = Scores()
    score_article({"id": "t", "agreements": gold}, [found], {}, scores)
    assert (scores.parties.tp, scores.parties.fp, scores.parties.fn) == (1, 0, 0)
    assert (scores.roles.tp, scores.roles.fn) == (0, 1)


def test_a_text_party_with_another_name_stays_unmatched() -> None:
    text = "Israel and the PLO signed a peace deal."
    deal = text.index("peace deal")
    plo = {"name": "Palestine Liberation Organisation", "span": _span(text, "PLO")}
    gold = [_gold(text, "peace_agreement", ["peace deal"], parties=[plo])]
    found = Agreement(deal, deal + 10, "peace deal", "peace_agreement", parties=("text:Israel",))
    scores = Scores()
    score_article({"id": "t", "agreements": gold}, [found], {}, scores)
    assert (scores.parties.tp, scores.parties.fp, scores.parties.fn) == (0, 1, 1)
