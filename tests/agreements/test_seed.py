"""The seed article's two agreements: with hand-built layers, and end to end with the real plugins."""

from __future__ import annotations

import newsparse
from newsparse import Agreement, Document
from tests.agreements.helpers import SEED_ENTITIES, agreements_of, parse


def _by_kind(records: list[Agreement] | tuple[Agreement, ...]) -> dict[str, Agreement]:
    return {a.kind: a for a in records}


def _id_at(doc: Document, text: str, after: int = 0) -> str:
    """The id of the entity with a mention of ``text`` at its first occurrence after ``after``."""
    start = doc.text.index(text, after)
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.start <= start and start + len(text) <= mention.end:
                return str(entity.id)
    raise AssertionError(f"no entity covers {text!r} at {start}")


def _check_seed(doc: Document, records: list[Agreement] | tuple[Agreement, ...]) -> None:
    assert [a.kind for a in records] == ["de_escalation_zone", "ceasefire"]
    zone, truce = _by_kind(records)["de_escalation_zone"], _by_kind(records)["ceasefire"]
    endorsed = doc.text.index("endorsed by Turkey, Russia and Iran")
    states = [_id_at(doc, name, endorsed) for name in ("Turkey", "Russia", "Iran")]
    assert len(set(states)) == 3

    # (1) the Idlib de-escalation zone: every mention, singular and plural, in one record
    assert zone.text == "de-escalation zone"
    assert len(zone.mentions) == 5
    assert {m.text for m in zone.mentions} == {"de-escalation zone", "de-escalation zones"}
    assert zone.parties == ()
    assert list(zone.endorsers) == states
    assert list(zone.guarantors) == states
    assert [p.text for p in zone.provisions] == ["acts of aggression are expressly prohibited"] * 2
    assert zone.status == "violated"
    assert zone.violations and all("airstrikes" in v.text for v in zone.violations)
    regime = _id_at(doc, "Assad", doc.text.index("Assad forces in the Idlib"))
    assert regime in {v.violator for v in zone.violations}

    # (2) the Astana cease-fire, endorsed by Ankara, Moscow and Tehran = the same three states
    ankara = doc.text.index("Ankara")
    assert truce.text == "cease-fire agreement"
    assert [m.text for m in truce.mentions] == ["cease-fire agreement"]
    assert list(truce.endorsers) == [
        _id_at(doc, "Ankara"),
        _id_at(doc, "Moscow", ankara),
        _id_at(doc, "Tehran"),
    ]
    assert list(truce.endorsers) == states
    assert truce.parties == () and truce.guarantors == () and truce.mediators == ()
    assert truce.venue == _id_at(doc, "Astana")
    assert truce.status == "violated"
    assert truce.date is None
    assert [v.violator for v in truce.violations] == [
        _id_at(doc, "Assad", doc.text.index("Assad regime constitute"))
    ]
    assert "blatant violations" in truce.violations[0].text

    for record in records:
        fields = {e.field for e in record.evidence}
        assert {"kind", "endorsers", "status", "violations"} <= fields
        for ev in record.evidence:
            assert doc.text[ev.start : ev.end] == ev.text


def test_seed_with_hand_built_layers(seed_text: str) -> None:
    doc = parse(seed_text, SEED_ENTITIES, {"on Saturday": "2018-02-03"})
    records = agreements_of(doc)
    _check_seed(doc, records)
    assert _by_kind(records)["ceasefire"].endorsers == ("turkey", "russia", "iran")
    assert _by_kind(records)["ceasefire"].venue == "astana"


def test_seed_end_to_end(seed_text: str) -> None:
    doc = newsparse.parse(seed_text, published="2018-02-06")
    assert not [p for p in doc.problems if p.extractor == "agreements"]
    assert doc.entities, "the entities layer is empty: is the entities plugin installed?"
    _check_seed(doc, doc.agreements)


def test_seed_json_round_trip(seed_text: str) -> None:
    doc = newsparse.parse(seed_text, published="2018-02-06")
    again = Document.from_json(doc.to_json())
    assert again.agreements == doc.agreements
    data = doc.to_dict()["layers"]["agreements"]
    assert data[1]["kind"] == "ceasefire" and data[1]["status"] == "violated"
    assert data[1]["endorsers"] == list(doc.agreements[1].endorsers)


def test_seed_spans_equal_the_gold_file(seed_text: str) -> None:
    """Triggers, mentions, provisions and violation spans are those of ``seeds/*.gold.json``."""
    import json
    from pathlib import Path

    gold_path = Path(__file__).resolve().parents[2] / "seeds" / "000_76987922ef306dd1.gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))["layers"]["agreements"]
    doc = parse(seed_text, SEED_ENTITIES, {"on Saturday": "2018-02-03"})
    ours = agreements_of(doc)
    assert len(ours) == len(gold) == 2
    for mine, theirs in zip(ours, gold, strict=True):
        assert (mine.kind, mine.start, mine.end, mine.status) == (
            theirs["kind"],
            theirs["start"],
            theirs["end"],
            theirs["status"],
        )
        assert [(m.start, m.end) for m in mine.mentions] == [
            (m["start"], m["end"]) for m in theirs["mentions"]
        ]
        assert [(p.start, p.end) for p in mine.provisions] == [
            (p["start"], p["end"]) for p in theirs["provisions"]
        ]
        assert [(v.start, v.end) for v in mine.violations] == [
            (v["start"], v["end"]) for v in theirs["violations"]
        ]
        role_phrases = {(e.field, e.text) for e in mine.evidence if e.field in ("endorsers", "guarantors")}
        gold_phrases = {
            (e["field"], e["text"]) for e in theirs["evidence"] if e["field"] in ("endorsers", "guarantors")
        }
        assert role_phrases == gold_phrases
