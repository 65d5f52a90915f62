"""End-to-end: the installed pipeline against the seed article's gold annotations, per layer.

The gold is ``seeds/000_76987922ef306dd1.gold.json`` (conventions and id scheme: ``seeds/README.md``).
Each layer's precision and recall are printed (run with ``-s``) and must reach the minimum figures in
``FLOORS``; the lead raises them as the extractors improve. Matching rules:

- dates: same span and same TIMEX3 value.
- quantities: same span, value, low, high, modifier and unit.
- entities: mentions, compared by span (a leading "the"/"The" and a trailing possessive "’s" are
  ignored on both sides) and entity type; ``entities_linked`` also needs the predicted entity to map
  onto the gold one (``id_map``: same id, ISO 3166 code, GeoNames id or canonical name as in
  ``same_entity``; failing all four, the gold entity most of its matched mentions belong to, so an
  actor the gold names "assad-regime" and a plugin "syrian-government" still links).
- agreements: same kind and an overlapping trigger or mention; ``agreements_fields`` then compares
  the role sets (parties, guarantors, endorsers, mediators, observers), venue, status and violators
  of matched records, predicted entity ids being mapped onto gold ids through the entities layer.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import newsparse

# Minimum (precision, recall) per layer; raise them as the extractors improve.
FLOORS: dict[str, tuple[float, float]] = {
    "dates": (1.0, 1.0),
    "quantities": (1.0, 1.0),
    "entities": (1.0, 1.0),
    "entities_linked": (1.0, 1.0),
    "agreements": (1.0, 1.0),
    "agreements_fields": (1.0, 1.0),
}

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_76987922ef306dd1.txt"
GOLD = ROOT / "seeds" / "000_76987922ef306dd1.gold.json"
SCHEMA = ROOT / "src" / "newsparse" / "schema" / "document.schema.json"
PUBLISHED = "2018-02-06"
LAYERS = ("dates", "quantities", "entities", "agreements")
ROLE_FIELDS = ("parties", "guarantors", "endorsers", "mediators", "observers")
# ISO 3166 alpha-2 -> alpha-3 for the countries of the gold, so either code links a country.
ALPHA3 = {"RU": "RUS", "SY": "SYR", "TR": "TUR", "IR": "IRN", "KZ": "KAZ"}

Json = dict[str, Any]


# ----------------------------------------------------------------------------- scoring helpers


def prf(true_positives: int, predicted: int, gold: int) -> tuple[float, float]:
    """Precision and recall; precision is 0.0 when nothing is predicted (producing nothing earns nothing)."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 1.0
    return precision, recall


def same_number(a: object, b: object) -> bool:
    """Numbers equal up to float rounding (211 == 211.0); None only equals None."""
    if a is None or b is None:
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-9)
    return False


def norm_unit(unit: object) -> object:
    """A unit string without spaces ("km ** 2" == "km**2")."""
    return unit.replace(" ", "") if isinstance(unit, str) else unit


def match_pairs(gold: list[Json], pred: list[Json], same: Any) -> list[tuple[int, int]]:
    """A one-to-one greedy matching of gold and predicted items (in text order) under ``same``."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and same(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def same_date(g: Json, p: Json) -> bool:
    """Dates match on span and TIMEX3 value."""
    return (g["start"], g["end"], g["value"]) == (p.get("start"), p.get("end"), p.get("value"))


def same_quantity(g: Json, p: Json) -> bool:
    """Quantities match on span, value, bounds, modifier and unit."""
    return (
        (g["start"], g["end"]) == (p.get("start"), p.get("end"))
        and all(same_number(g[k], p.get(k)) for k in ("value", "low", "high"))
        and g["modifier"] == p.get("modifier")
        and norm_unit(g["unit"]) == norm_unit(p.get("unit"))
    )


def same_span(g: Json, p: Json) -> bool:
    """Spans match exactly."""
    return (g["start"], g["end"]) == (p.get("start"), p.get("end"))


_LEADING = re.compile(r"(?:the|The) ")
_TRAILING = ("’s", "'s")


def core_span(start: int, end: int, text: str) -> tuple[int, int]:
    """A mention's span without a leading "the " and a trailing possessive "’s"."""
    if _LEADING.match(text):
        start, text = start + 4, text[4:]
    for suffix in _TRAILING:
        if text.endswith(suffix) and len(text) > len(suffix):
            end, text = end - len(suffix), text[: -len(suffix)]
    return start, end


def mentions_of(entities: Iterable[Json]) -> list[Json]:
    """Every mention flattened, with its entity (for type and identity) and its core span."""
    out = []
    for entity in entities:
        for m in entity.get("mentions", ()):
            start, end = core_span(m["start"], m["end"], m["text"])
            out.append({"start": start, "end": end, "type": entity.get("type"), "entity": entity})
    return sorted(out, key=lambda m: (m["start"], m["end"]))


def norm_id(value: object) -> str:
    """An id or name lower-cased with everything but letters and digits removed."""
    return re.sub(r"[^0-9a-z]", "", str(value).lower())


def same_entity(gold: Json, pred: Json) -> bool:
    """Whether a predicted entity is the gold one: same id, ISO 3166 code, GeoNames id or name."""
    if norm_id(gold["id"]) == norm_id(pred.get("id")):
        return True
    gold_ids, pred_ids = gold.get("identifiers") or {}, pred.get("identifiers") or {}
    pid = norm_id(pred.get("id"))
    iso = gold_ids.get("iso3166")
    if iso:
        codes = {iso.lower(), ALPHA3.get(iso, iso).lower()}
        if norm_id(pred_ids.get("iso3166", "")) in codes or pid in codes | {"iso" + c for c in codes}:
            return True
    geonames = gold_ids.get("geonames")
    if geonames is not None and (
        str(pred_ids.get("geonames")) == str(geonames) or pid in {str(geonames), f"geonames{geonames}"}
    ):
        return True
    return norm_id(gold["canonical"]) == norm_id(pred.get("canonical"))


def id_map(gold_entities: list[Json], pred_entities: list[Json]) -> dict[str, str]:
    """Predicted entity id -> gold id: by ``same_entity``, else by the majority of matched mentions."""
    mapping: dict[str, str] = {}
    gold_mentions = {(m["start"], m["end"]): m["entity"]["id"] for m in mentions_of(gold_entities)}
    for pred in pred_entities:
        linked = [g["id"] for g in gold_entities if same_entity(g, pred)]
        if linked:
            mapping[str(pred.get("id"))] = linked[0]
            continue
        votes = Counter(
            gold_mentions[key]
            for m in mentions_of([pred])
            if (key := (m["start"], m["end"])) in gold_mentions
        )
        if votes:
            mapping[str(pred.get("id"))] = votes.most_common(1)[0][0]
    return mapping


def agreement_spans(record: Json) -> list[tuple[int, int]]:
    """The trigger and every mention of an agreement record."""
    spans = [(record["start"], record["end"])]
    spans += [(m["start"], m["end"]) for m in record.get("mentions") or ()]
    return spans


def same_agreement(g: Json, p: Json) -> bool:
    """Agreements match on kind and an overlapping trigger or mention."""
    return g["kind"] == p.get("kind") and any(
        gs < pe and ps < ge for gs, ge in agreement_spans(g) for ps, pe in agreement_spans(p)
    )


def agreement_items(record: Json, ids: Mapping[str, str]) -> set[tuple[str, str]]:
    """The (field, value) facts of a record, entity ids mapped through ``ids``."""
    items = {(f, ids.get(str(x), str(x))) for f in ROLE_FIELDS for x in record.get(f) or ()}
    if record.get("venue"):
        items.add(("venue", ids.get(record["venue"], record["venue"])))
    if record.get("status"):
        items.add(("status", record["status"]))
    for v in record.get("violations") or ():
        if v.get("violator"):
            items.add(("violator", ids.get(v["violator"], v["violator"])))
    return items


def score(gold: Mapping[str, list[Json]], pred: Mapping[str, list[Json]]) -> dict[str, tuple[float, float]]:
    """Precision and recall of every scored view of the layers (keys of ``FLOORS`` and a few diagnostics)."""
    out: dict[str, tuple[float, float]] = {}
    for layer, same in (("dates", same_date), ("quantities", same_quantity)):
        g, p = list(gold.get(layer, ())), list(pred.get(layer, ()))
        out[layer] = prf(len(match_pairs(g, p, same)), len(p), len(g))
        out[layer + "_span_only"] = prf(len(match_pairs(g, p, same_span)), len(p), len(g))

    gold_entities, pred_entities = list(gold.get("entities", ())), list(pred.get("entities", ()))
    gm, pm = mentions_of(gold_entities), mentions_of(pred_entities)
    typed = match_pairs(gm, pm, lambda a, b: same_span(a, b) and a["type"] == b["type"])
    ids = id_map(gold_entities, pred_entities)
    linked = sum(1 for gi, pi in typed if ids.get(str(pm[pi]["entity"].get("id"))) == gm[gi]["entity"]["id"])
    out["entities"] = prf(len(typed), len(pm), len(gm))
    out["entities_linked"] = prf(linked, len(pm), len(gm))
    out["entities_span_only"] = prf(len(match_pairs(gm, pm, same_span)), len(pm), len(gm))

    ga, pa = list(gold.get("agreements", ())), list(pred.get("agreements", ()))
    pairs = match_pairs(ga, pa, same_agreement)
    out["agreements"] = prf(len(pairs), len(pa), len(ga))
    identity = {str(e["id"]): str(e["id"]) for e in gold_entities}
    gold_items = {(gi, *item) for gi, g in enumerate(ga) for item in agreement_items(g, identity)}
    pred_items = {(gi, *item) for gi, pi in pairs for item in agreement_items(pa[pi], ids)}
    out["agreements_fields"] = prf(len(gold_items & pred_items), len(pred_items), len(gold_items))
    return out


def differences(gold: Mapping[str, list[Json]], pred: Mapping[str, list[Json]]) -> list[str]:
    """Human-readable misses (gold not matched) and spurious predictions, for dates, quantities, mentions."""

    def show(item: Json, keys: tuple[str, ...]) -> str:
        return f"{item.get('text')!r}@{item.get('start')} " + " ".join(f"{k}={item.get(k)!r}" for k in keys)

    lines = []
    views = (
        ("dates", list(gold.get("dates", ())), list(pred.get("dates", ())), same_date, ("value",)),
        (
            "quantities",
            list(gold.get("quantities", ())),
            list(pred.get("quantities", ())),
            same_quantity,
            ("value", "low", "high", "modifier", "unit"),
        ),
    )
    for layer, g, p, same, keys in views:
        pairs = match_pairs(g, p, same)
        lines += [
            f"{layer} missed   {show(g[i], keys)}" for i in sorted(set(range(len(g))) - {a for a, _ in pairs})
        ]
        lines += [
            f"{layer} spurious {show(p[i], keys)}" for i in sorted(set(range(len(p))) - {b for _, b in pairs})
        ]
    gm, pm = mentions_of(gold.get("entities", ())), mentions_of(pred.get("entities", ()))
    pairs = match_pairs(gm, pm, lambda a, b: same_span(a, b) and a["type"] == b["type"])
    for label, items, used in (
        ("missed  ", gm, {a for a, _ in pairs}),
        ("spurious", pm, {b for _, b in pairs}),
    ):
        for i, m in enumerate(items):
            if i not in used:
                lines.append(
                    f"entities {label} @{m['start']}-{m['end']} {m['type']} id={m['entity'].get('id')!r}"
                )
    return lines


# ----------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def gold_raw() -> str:
    """The gold file's JSON text."""
    return GOLD.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def gold(gold_raw: str) -> Json:
    """The gold document as JSON data."""
    data: Json = json.loads(gold_raw)
    return data


@pytest.fixture(scope="module")
def doc() -> newsparse.Document:
    """The seed parsed by every installed plugin."""
    return newsparse.parse(SEED.read_text(encoding="utf-8"), published=PUBLISHED)


@pytest.fixture(scope="module")
def predicted(doc: newsparse.Document) -> Json:
    """The pipeline's layers as JSON data (the same shape as the gold's)."""
    layers: Json = doc.to_dict()["layers"]
    return layers


@pytest.fixture(scope="module")
def figures(gold: Json, predicted: Json) -> dict[str, tuple[float, float]]:
    """The pipeline's precision and recall against the gold."""
    return score(gold["layers"], predicted)


# ----------------------------------------------------------------------------- the gold file itself


def spans_in(value: object, path: str = "") -> Iterator[tuple[str, Json]]:
    """Every JSON object with integer start and end (with its path), however deeply nested."""
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield path, value
        for key, item in value.items():
            yield from spans_in(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from spans_in(item, f"{path}[{i}]")


def test_gold_text_is_the_seed(gold: Json) -> None:
    """The gold holds the seed file's exact text and its publication date."""
    assert gold["text"] == SEED.read_text(encoding="utf-8")
    assert gold["meta"]["published"] == PUBLISHED
    assert set(gold["layers"]) == set(LAYERS)
    assert gold["problems"] == []


def test_gold_offsets_are_consistent(gold: Json) -> None:
    """Every object with start/end in the gold slices the text to exactly its ``text``."""
    text = gold["text"]
    found = list(spans_in(gold["layers"], "layers"))
    assert len(found) > 100
    for path, item in found:
        assert 0 <= item["start"] < item["end"] <= len(text), path
        if "text" in item:
            assert text[item["start"] : item["end"]] == item["text"], path
    for sentence in gold["sentences"]:
        assert text[sentence["start"] : sentence["end"]].strip()


def test_gold_loads_as_a_document(gold_raw: str, gold: Json) -> None:
    """The gold loads with ``Document.from_json`` into the contract's types and writes back unchanged."""
    loaded = newsparse.Document.from_json(gold_raw)
    kinds = {
        "dates": newsparse.TimeExpression,
        "quantities": newsparse.Quantity,
        "entities": newsparse.Entity,
        "agreements": newsparse.Agreement,
    }
    for layer, kind in kinds.items():
        items = loaded.layer(layer)
        assert items and all(isinstance(item, kind) for item in items), layer
    again = loaded.to_dict()
    for layer in LAYERS:
        for mine, theirs in zip(gold["layers"][layer], again["layers"][layer], strict=True):
            assert _gold_keys(mine, theirs) == mine
    assert again["text"] == gold["text"]


def _gold_keys(mine: Any, theirs: Any) -> Any:
    """``theirs`` cut to the keys the gold writes, nested (optional fields added later, such as a
    mention's ``title``, are not in the gold)."""
    if isinstance(mine, dict) and isinstance(theirs, dict):
        return {k: _gold_keys(v, theirs.get(k)) for k, v in mine.items()}
    if isinstance(mine, list) and isinstance(theirs, list) and len(mine) == len(theirs):
        return [_gold_keys(m, t) for m, t in zip(mine, theirs, strict=True)]
    return theirs


@pytest.mark.skipif(not SCHEMA.exists(), reason="no JSON Schema in the repository yet")
def test_gold_validates_against_the_schema(gold: Json) -> None:
    """The gold is valid under the repository's JSON Schema."""
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(gold)


def test_gold_is_internally_consistent(gold: Json) -> None:
    """Unique entity ids, non-overlapping mentions, agreements refer to gold entities, sorted layers."""
    layers = gold["layers"]
    ids = [e["id"] for e in layers["entities"]]
    assert len(ids) == len(set(ids))
    mentions = sorted((m["start"], m["end"]) for e in layers["entities"] for m in e["mentions"])
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(mentions))
    for record in layers["agreements"]:
        refs = [x for f in ROLE_FIELDS for x in record[f]] + [v["violator"] for v in record["violations"]]
        refs += [record["venue"]] if record["venue"] else []
        assert set(refs) <= set(ids), record["kind"]
    for layer in ("dates", "quantities"):
        starts = [item["start"] for item in layers[layer]]
        assert starts == sorted(starts), layer


def test_scorer_gives_the_gold_full_marks_and_nothing_zero(gold: Json) -> None:
    """The scorer itself: the gold against itself scores 1.0 everywhere; an empty prediction scores 0.0."""
    assert all(value == (1.0, 1.0) for value in score(gold["layers"], gold["layers"]).values())
    empty = score(gold["layers"], {layer: [] for layer in LAYERS})
    assert all(value == (0.0, 0.0) for value in empty.values())


# ----------------------------------------------------------------------------- the pipeline


def test_print_figures(figures: dict[str, tuple[float, float]], doc: newsparse.Document) -> None:
    """Prints precision and recall per layer (visible with ``pytest -s``)."""
    print("\nseed 000_76987922ef306dd1: precision / recall (floor)")
    for name, (p, r) in figures.items():
        floor = FLOORS.get(name)
        shown = f"  floor {floor[0]:.2f} / {floor[1]:.2f}" if floor else "  (diagnostic)"
        print(f"  {name:22s} {p:5.2f} / {r:5.2f}{shown}")
    for problem in doc.problems:
        print("  problem:", problem)
    gold_layers = json.loads(GOLD.read_text(encoding="utf-8"))["layers"]
    for line in differences(gold_layers, doc.to_dict()["layers"]):
        print("  " + line)
    assert set(FLOORS) <= set(figures)


@pytest.mark.parametrize("layer", LAYERS)
def test_layer_runs_cleanly_on_the_seed(layer: str, doc: newsparse.Document) -> None:
    """Each layer is produced, and its extractor records no problem on the seed."""
    assert layer in doc.layers
    assert not [p for p in doc.problems if layer in (p.layer, p.extractor)]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_layer_reaches_its_floor(name: str, figures: dict[str, tuple[float, float]]) -> None:
    """Precision and recall of each scored view reach the floors in ``FLOORS``."""
    precision, recall = figures[name]
    floor_p, floor_r = FLOORS[name]
    assert precision >= floor_p, f"{name}: precision {precision:.3f} < floor {floor_p}"
    assert recall >= floor_r, f"{name}: recall {recall:.3f} < floor {floor_r}"


# ----------------------------------------------------------------------------- must-haves


def occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of ``needle``."""
    return [(m.start(), m.end()) for m in re.finditer(re.escape(needle), text)]


def overlapping(items: Iterable[Json], start: int, end: int) -> list[Json]:
    """The items whose span overlaps [start, end)."""
    return [item for item in items if item["start"] < end and start < item["end"]]


def test_nothing_from_model_designations(gold: Json, predicted: Json) -> None:
    """No date and no quantity overlaps "Su-25"."""
    spans = occurrences(gold["text"], "Su-25")
    assert len(spans) == 2
    for start, end in spans:
        assert not overlapping(predicted.get("dates", ()), start, end)
        assert not overlapping(predicted.get("quantities", ()), start, end)


@pytest.mark.parametrize("number", ["30", "211", "1,447", "3,000", "3,035", "10,000", "100"])
def test_no_date_from_counts_and_measures(number: str, gold: Json, predicted: Json) -> None:
    """Counts and measures are not dates."""
    text = gold["text"]
    spans = [(s, e) for s, e in occurrences(text, number) if not text[e : e + 1].isdigit()]
    assert spans
    for start, end in spans:
        assert not overlapping(predicted.get("dates", ()), start, end), number


def test_no_quantity_inside_a_time_expression(gold: Json, predicted: Json) -> None:
    """Durations and years ("three months", "March 2011") belong to the dates layer, not quantities."""
    for timex in gold["layers"]["dates"]:
        assert not overlapping(predicted.get("quantities", ()), timex["start"], timex["end"]), timex["text"]


def test_dateline_is_the_city_not_the_state(gold: Json, predicted: Json) -> None:
    """The dateline "MOSCOW:" is never linked to Russia, the state."""
    start, end = occurrences(gold["text"], "MOSCOW")[0]
    russia = next(e for e in gold["layers"]["entities"] if e["id"] == "russia")
    for entity in predicted.get("entities", ()):
        if overlapping(entity["mentions"], start, end):
            assert not same_entity(russia, entity), entity["id"]


def predicted_at(predicted: Json, layer: str, gold_item: Json) -> Json | None:
    """The predicted item of ``layer`` with exactly the gold item's span, if any."""
    return next((p for p in predicted.get(layer, ()) if same_span(gold_item, p)), None)


@pytest.mark.parametrize(
    ("expression", "value"),
    [
        ("Saturday", "2018-02-03"),
        ("January", "2018-01"),
        ("March 2011", "2011-03"),
        ("October of last year", "2017-10"),
    ],
)
def test_dates_resolve_on_the_publication_date(
    expression: str, value: str, gold: Json, predicted: Json
) -> None:
    """Issue 3's seed dates: each expression comes out with its span and TIMEX3 value."""
    for item in (d for d in gold["layers"]["dates"] if d["text"] == expression):
        found = predicted_at(predicted, "dates", item)
        assert found is not None, f"{expression!r} at {item['start']} not found"
        assert (found["type"], found["value"]) == ("DATE", value)


def test_since_march_2011_is_an_interval_to_publication(gold: Json, predicted: Json) -> None:
    """The expression "since March 2011" gives an interval from 2011-03-01 to the publication date."""
    item = next(d for d in gold["layers"]["dates"] if d["text"] == "March 2011")
    found = predicted_at(predicted, "dates", item)
    assert found is not None and found["interval"] == {"first": "2011-03-01", "last": PUBLISHED}


@pytest.mark.parametrize("expression", ["the last week", "the last two months", "the last three months"])
def test_last_n_units_are_anchored_durations(expression: str, gold: Json, predicted: Json) -> None:
    """The "last week/two months/three months" are durations anchored on, and ending at, publication."""
    for item in (d for d in gold["layers"]["dates"] if d["text"] == expression):
        found = predicted_at(predicted, "dates", item)
        assert found is not None, f"{expression!r} at {item['start']} not found"
        assert (found["type"], found["value"], found["anchored"]) == ("DURATION", item["value"], True)
        assert found["interval"] is not None and found["interval"]["last"] == PUBLISHED


def test_quantities_count_the_right_nouns(gold: Json, predicted: Json) -> None:
    """Issue 4: each counted amount names its noun ("1,447" counts the wounded civilians)."""
    for item in gold["layers"]["quantities"]:
        found = predicted_at(predicted, "quantities", item)
        assert found is not None, f"{item['text']!r} at {item['start']} not found"
        assert found.get("counted") == item["counted"], item["text"]


def entity_of(predicted: Json, start: int, end: int) -> Json:
    """The predicted entity with a mention exactly at [start, end)."""
    found = [
        e
        for e in predicted.get("entities", ())
        for m in e["mentions"]
        if (m["start"], m["end"]) == (start, end)
    ]
    assert len(found) == 1, f"no single entity mentioned at {start}-{end}"
    return found[0]


@pytest.mark.parametrize(
    "gold_id", ["russia", "turkey", "iran", "syria", "isis", "assad-regime", "anadolu-agency"]
)
def test_each_actor_is_one_entity(gold_id: str, gold: Json, predicted: Json) -> None:
    """Issue 5: every mention of an actor (name, demonym, capital for its state, alias) is one entity."""
    entity = next(e for e in gold["layers"]["entities"] if e["id"] == gold_id)
    ids = {entity_of(predicted, m["start"], m["end"])["id"] for m in entity["mentions"]}
    assert len(ids) == 1, f"{gold_id}: mentions split over {sorted(ids)}"


def test_seed_agreements_records(gold: Json, predicted: Json) -> None:
    """Issue 6: two records, the zone and the cease-fire, with their endorsers, venue, status and violator."""
    ids = id_map(gold["layers"]["entities"], list(predicted.get("entities", ())))
    records = list(predicted.get("agreements", ()))
    assert sorted(r["kind"] for r in records) == ["ceasefire", "de_escalation_zone"]
    for record in records:
        assert {ids.get(x) for x in record["endorsers"]} == {"turkey", "russia", "iran"}, record["kind"]
    ceasefire = next(r for r in records if r["kind"] == "ceasefire")
    assert ids.get(ceasefire["venue"]) == "astana"
    assert ceasefire["status"] == "violated"
    assert {ids.get(v["violator"]) for v in ceasefire["violations"]} == {"assad-regime"}
