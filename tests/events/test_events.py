"""Unit tests of the events and contested extractors on hand-built layers."""

from __future__ import annotations

import json
import math

import attrs
import pytest

from newsparse import Annotation, Entity, Quantity, Span, TimeExpression
from newsparse.serialize import document_from_dict
from newsparse_events.contest import figure_range
from newsparse_events.model import Contest, Event, QuantityRef

from ..claims.layers import at, date, document, entity, quantity, run

JANUARY = "In January alone, 211 civilians were killed and 1,447 wounded."


def events(doc_text: str, **layers: object) -> list[Event]:
    """The events our extractor finds in ``text`` with the given layers."""
    doc = run(document(doc_text, **layers), "events")  # type: ignore[arg-type]
    return [e for e in doc.layer("events") if isinstance(e, Event)]


def facts(found: list[Event]) -> list[tuple[str, str | None, str | None]]:
    """(role, count text, victim group) of each event."""
    return [(e.role, e.count.text if e.count else None, e.victims.text if e.victims else None) for e in found]


def test_one_event_per_fact_with_date_interval() -> None:
    qs = [
        quantity(JANUARY, "211", 211, counted="civilians"),
        quantity(JANUARY, "1,447", 1447, counted="civilians"),
    ]
    jan = date(JANUARY, "January", "2018-01", "2018-01-01", "2018-01-31")
    found = events(JANUARY, quantities=qs, dates=[jan])
    assert facts(found) == [("killed", "211", "civilians"), ("wounded", "1,447", "civilians")]
    assert [e.count.value for e in found if e.count] == [211, 1447]
    assert [e.text for e in found] == ["211 civilians were killed", "1,447 wounded"]
    for e in found:
        assert e.kind == "casualty"
        assert e.date is not None and (e.date.value, e.date.first, e.date.last) == (
            "2018-01",
            "2018-01-01",
            "2018-01-31",
        )


def test_elided_group_without_counted_noun() -> None:
    qs = [quantity(JANUARY, "211", 211, counted="civilians"), quantity(JANUARY, "1,447", 1447)]
    assert facts(events(JANUARY, quantities=qs)) == [
        ("killed", "211", "civilians"),
        ("wounded", "1,447", "civilians"),
    ]


def test_active_coordination() -> None:
    # "wounded nearly 100" names no group: the guideline's null (only a gapped "and 1,447 wounded" shares it)
    text = "Clashes in Tripoli have killed 32 people and wounded nearly 100 since last week."
    qs = [quantity(text, "32", 32, counted="people"), quantity(text, "nearly 100", 100, modifier="approx")]
    assert facts(events(text, quantities=qs)) == [
        ("killed", "32", "people"),
        ("wounded", "nearly 100", None),
    ]


@pytest.mark.parametrize(
    ("text", "needle", "value", "kwargs", "expected"),
    [
        (
            "Russia intensifies airstrikes in Idlib, dozens killed",
            "dozens",
            None,
            {"low": 24, "high": 99},
            ("killed", "dozens", None),
        ),
        (
            "The raids led to dozens of casualties.",
            "dozens",
            None,
            {"low": 24, "high": 99, "counted": "casualties"},
            ("casualties", "dozens", None),
        ),
        (
            "Since then dozens of civilians have lost their lives.",
            "dozens",
            None,
            {"low": 24, "high": 99, "counted": "civilians"},
            ("killed", "dozens", "civilians"),
        ),
        (
            "Syrian officials say the death toll is closer to 10,000.",
            "closer to 10,000",
            10000,
            {"modifier": "approx"},
            ("killed", "closer to 10,000", None),
        ),
        (
            "The death toll from the earthquake has risen to 2,100.",
            "2,100",
            2100,
            {},
            ("killed", "2,100", None),
        ),
        (
            "More than 300 detainees have died in custody.",
            "More than 300",
            300,
            {"modifier": "over", "counted": "detainees"},
            ("killed", "More than 300", "detainees"),
        ),
        (
            "Police arrested 120 protesters in the capital.",
            "120",
            120,
            {"counted": "protesters"},
            ("arrested", "120", "protesters"),
        ),
        (
            "Nearly 700,000 people have been displaced by the floods.",
            "Nearly 700,000",
            700000,
            {"modifier": "approx", "counted": "people"},
            ("displaced", "Nearly 700,000", "people"),
        ),
        (
            "Officials said 18 migrants were still missing.",
            "18",
            18,
            {"counted": "migrants"},
            ("missing", "18", "migrants"),
        ),
        (
            "Five aid workers were kidnapped last month.",
            "Five",
            5,
            {"counted": "workers"},
            ("abducted", "Five", "workers"),
        ),
        ("The storm left 23 dead.", "23", 23, {}, ("killed", "23", None)),
        (
            "At least 5,000 refugees crossed the border.",
            "At least 5,000",
            5000,
            {"modifier": "at_least", "counted": "refugees"},
            ("displaced", "At least 5,000", "refugees"),
        ),
    ],
)
def test_forms(
    text: str, needle: str, value: int | None, kwargs: dict[str, object], expected: tuple[object, ...]
) -> None:
    q = quantity(text, needle, value, **kwargs)  # type: ignore[arg-type]
    assert facts(events(text, quantities=[q])) == [expected]


@pytest.mark.parametrize(
    ("text", "counts", "expected"),
    [
        (
            "Twelve people, including three children, were killed in the strike.",
            [("Twelve", 12, "people"), ("three", 3, "children")],
            [("killed", "Twelve", "people")],
        ),
        (
            "The separatists said 20 of their fighters had been killed.",
            [("20", 20, None)],
            [("killed", "20", "fighters")],
        ),
        (
            "Activists said the dead included at least 30 civilians.",
            [("at least 30", 30, "civilians")],
            [("killed", "at least 30", "civilians")],
        ),
        ("Among the dead were 4 journalists.", [("4", 4, "journalists")], [("killed", "4", "journalists")]),
        ("The dead man was a teacher.", [], []),
    ],
)
def test_asides_possessives_and_the_dead(
    text: str, counts: list[tuple[str, int, str | None]], expected: list[tuple[str, str | None, str | None]]
) -> None:
    qs = [quantity(text, needle, value, counted=counted) for needle, value, counted in counts]
    assert facts(events(text, quantities=qs)) == expected


def test_count_less_event_needs_a_victim() -> None:
    text = "The jet was shot down and the pilot lost his life. Talks were killed off."
    assert facts(events(text)) == [("killed", "the", "pilot")]  # an unnumbered single victim counts 1


@pytest.mark.parametrize(
    ("text", "needle", "kwargs"),
    [
        (
            "Over 100 villages were destroyed and many killed.",
            "Over 100",
            {"counted": "villages", "modifier": "over"},
        ),
        (
            "Forces seized over 3,000 square kilometers, killing militants.",
            "over 3,000 square kilometers",
            {"unit": "km**2"},
        ),
    ],
)
def test_non_victim_counts_are_not_used(text: str, needle: str, kwargs: dict[str, object]) -> None:
    q = quantity(text, needle, 3000, **kwargs)  # type: ignore[arg-type]
    assert all(e.count is None for e in events(text, quantities=[q]))


@pytest.mark.parametrize("dateline", ["", "MOSCOW: "])
def test_perpetrator_place_and_leading_clause_date(dateline: str) -> None:
    text = (
        dateline + "Since the jet was downed on Saturday, 12 civilians were killed by Russian jets in Idlib."
    )
    ents = [entity(text, "russia", "GPE", "Russian", form="demonym"), entity(text, "idlib", "GPE", "Idlib")]
    sat = date(text, "Saturday", "2018-02-03", "2018-02-03", "2018-02-03")
    (event,) = events(
        text, quantities=[quantity(text, "12", 12, counted="civilians")], entities=ents, dates=[sat]
    )
    assert event.perpetrator == "russia" and event.perpetrator_text is not None
    assert event.place == "idlib" and event.place_text is not None and event.place_text.text == "Idlib"
    assert event.date is None  # Saturday times the downing, not the killing


def test_active_perpetrator() -> None:
    text = "Government troops of Assad killed 12 militants in a raid."
    ents = [entity(text, "assad-regime", "ORG", "Assad")]
    (event,) = events(text, quantities=[quantity(text, "12", 12, counted="militants")], entities=ents)
    assert event.perpetrator == "assad-regime"


@attrs.frozen
class Said(Annotation):
    """A claim-shaped annotation defined here: the events plugin reads claims by field name only."""

    start: int
    end: int
    text: str
    cue: Span
    content: Span
    source: str | None
    source_text: Span | None
    antecedent: Span | None = None


def said(text: str, source: str, cue: str, content: str, ident: str | None) -> Said:
    """A claim-shaped annotation placed by substrings."""
    s, c, k = at(text, source), at(text, cue), at(text, content)
    start, end = min(s[0], c[0], k[0]), max(s[1], c[1], k[1])
    return Said(start, end, text[start:end], Span(*c, cue), Span(*k, content), ident, Span(*s, source))


UN = (
    "While UN officials say hundreds of thousands of people have been killed in the conflict, "
    "Syrian regime officials say the death toll is closer to 10,000."
)


def un_layers(second_source: str | None = "syrian-regime") -> dict[str, object]:
    """Quantities and claims of the UN sentence; ``second_source`` is the regime officials' id."""
    q1 = quantity(UN, "hundreds of thousands", None, low=200000, high=999999, counted="people")
    q2 = quantity(UN, "closer to 10,000", 10000, modifier="approx")
    claims = [
        said(
            UN,
            "UN officials",
            "say",
            "hundreds of thousands of people have been killed in the conflict",
            "un",
        ),
        said(UN, "Syrian regime officials", "say", "the death toll is closer to 10,000", second_source),
    ]
    return {"quantities": [q1, q2], "claims": claims}


def test_sources_from_the_claims_layer_and_contest() -> None:
    doc = run(document(UN, **un_layers()), "events", "contested")  # type: ignore[arg-type]
    found = [e for e in doc.layer("events") if isinstance(e, Event)]
    assert [(e.source.source, e.source.source_text, e.source.cue) for e in found if e.source] == [
        ("un", "UN officials", "say"),
        ("syrian-regime", "Syrian regime officials", "say"),
    ]
    (contest,) = doc.layer("contested")
    assert isinstance(contest, Contest) and contest.role == "killed" and contest.victims == "people"
    assert [(f.text, f.source, f.source_text) for f in contest.figures] == [
        ("hundreds of thousands", "un", "UN officials"),
        ("closer to 10,000", "syrian-regime", "Syrian regime officials"),
    ]
    assert all(UN[f.claim.start : f.claim.end] == f.claim.text for f in contest.figures)


def test_same_source_is_not_a_contest() -> None:
    doc = run(document(UN, **un_layers("un")), "events", "contested")  # type: ignore[arg-type]
    assert doc.layer("contested") == ()


def test_agreeing_figures_are_not_a_contest() -> None:
    text = "Police said 8 people were killed. Hospital officials said 8 people had died."
    qs = [quantity(text, "8", 8, counted="people"), quantity(text, "8", 8, counted="people", occurrence=1)]
    claims = [
        said(text, "Police", "said", "8 people were killed", "police"),
        said(text, "Hospital officials", "said", "8 people had died", None),
    ]
    doc = run(document(text, quantities=qs, claims=claims), "events", "contested")
    # the second source retells the same toll: one event, and no contest
    assert len(doc.layer("events")) == 1 and doc.layer("contested") == ()


def test_different_groups_are_not_a_contest_unless_contrasted() -> None:
    plain = "The army said 25 insurgents were killed. Villagers said 40 people had died."
    contrasted = "The army said 25 insurgents were killed. Villagers, however, said 40 people had died."
    for text, expected in ((plain, 0), (contrasted, 1)):
        qs = [quantity(text, "25", 25, counted="insurgents"), quantity(text, "40", 40, counted="people")]
        claims = [
            said(text, "The army", "said", "25 insurgents were killed", "army"),
            said(text, "Villagers", "said", "40 people had died", None),
        ]
        doc = run(document(text, quantities=qs, claims=claims), "events", "contested")
        assert len(doc.layer("contested")) == expected, text


def test_figure_range() -> None:
    def ref(
        value: float | None, low: float | None = None, high: float | None = None, mod: str | None = None
    ) -> QuantityRef:
        """A count ref without a span."""
        return QuantityRef(0, 0, "", value, low, high, mod)

    assert figure_range(ref(211, 211, 211)) == (211, 211)
    assert figure_range(ref(None, 200000, 999999)) == (200000, 999999)
    assert figure_range(ref(10000, mod="approx")) == pytest.approx((10000 / 1.5, 15000))
    assert figure_range(ref(3000, 3000, None, "over")) == (3000, math.inf)
    assert figure_range(ref(20, mod="under")) == (0, 20)


def test_json_round_trip() -> None:
    doc = run(document(UN, **un_layers()), "events", "contested")  # type: ignore[arg-type]
    types = {
        "events": Event,
        "contested": Contest,
        "quantities": Quantity,
        "entities": Entity,
        "dates": TimeExpression,
    }
    data = json.loads(doc.to_json())
    data["layers"].pop("claims")
    back = document_from_dict(data, types)
    assert back.layer("events") == doc.layer("events") and back.layer("contested") == doc.layer("contested")


def test_a_figure_that_refers_back_takes_the_role_and_is_contested() -> None:
    text = "Rights groups said 92 people were killed, while officials insisted the number was about 35."
    qs = [quantity(text, "92", 92, counted="people"), quantity(text, "about 35", 35, modifier="approx")]
    claims = [
        said(text, "Rights groups", "said", "92 people were killed", None),
        said(text, "officials", "insisted", "the number was about 35", None),
    ]
    doc = run(document(text, quantities=qs, claims=claims), "events", "contested")
    assert facts([e for e in doc.layer("events") if isinstance(e, Event)]) == [
        ("killed", "92", "people"),
        ("killed", "about 35", None),
    ]
    assert len(doc.layer("contested")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The number was about 35.",
        "The number of voters was about 35.",
        "Officials said 12 homes burned. The figure was 35.",
    ],
)
def test_a_figure_with_nothing_to_refer_to_is_no_event(text: str) -> None:
    qs = [quantity(text, "35", 35)]
    assert events(text, quantities=qs) == []


def test_huge_and_vague_values_do_not_break_contests() -> None:
    text = "Officials say 7 people were killed. Rebels, however, say 9 people died."
    huge = 10**400  # an integer too large for a float
    qs = [
        Quantity(*at(text, "7"), "7", huge, huge, huge, counted=Span(*at(text, "people"), "people")),
        Quantity(*at(text, "9"), "9", None, None, None, counted=Span(*at(text, "people", 1), "people")),
    ]
    claims = [
        said(text, "Officials", "say", "7 people were killed", None),
        said(text, "Rebels", "say", "9 people died", None),
    ]
    doc = run(document(text, quantities=qs, claims=claims), "events", "contested")
    assert [e.count.value if e.count else None for e in doc.layer("events")] == [huge, None]  # type: ignore[attr-defined]
    assert doc.layer("contested") == ()
    assert figure_range(QuantityRef(0, 0, "", huge, None, None, "approx")) == (math.inf, math.inf)


def test_object_after_all_a_flight_and_a_people_named_by_entities() -> None:
    crash = "The crash killed all 176 people on board."
    assert facts(events(crash, quantities=[quantity(crash, "176", 176, counted="people")])) == [
        ("killed", "176", "people")
    ]
    flood = "Flooding forced about 12,000 residents to leave their homes."
    q = quantity(flood, "about 12,000", 12000, modifier="approx", counted="residents")
    assert facts(events(flood, quantities=[q])) == [("displaced", "about 12,000", "residents")]
    exodus = "The UN says 370,000 Rohingya have fled to Bangladesh."
    rohingya = entity(exodus, "rohingya", "NORP", "Rohingya")
    q = quantity(exodus, "370,000", 370000)
    assert facts(events(exodus, quantities=[q], entities=[rohingya])) == [
        ("displaced", "370,000", "Rohingya")
    ]
    assert facts(events(exodus, quantities=[q])) == [("displaced", "370,000", None)]


def test_nearly_n_lies_near_n() -> None:
    nearly = QuantityRef(0, 0, "", 10000, None, 10000, "approx")
    assert figure_range(nearly) == pytest.approx((10000 / 1.5, 10000))
    assert figure_range(QuantityRef(0, 0, "", None, None, None, None)) == (0, math.inf)


@pytest.mark.parametrize(
    "text", ["Clashes resulted in several fatalities.", "The attack caused several fatalities."]
)
def test_several_before_a_toll_noun_keeps_its_bounds(text: str) -> None:
    import newsparse

    found = [e for e in newsparse.parse(text).layer("events") if e.role == "killed"]
    assert [(e.count.low, e.count.high, e.count.text) for e in found if e.count] == [(3, 9, "several")]


def _parsed(text: str) -> list[Event]:
    import newsparse

    return list(newsparse.parse(text).layer("events"))


@pytest.mark.parametrize(
    ("text", "perpetrator"),
    [
        ("Iraqi troops battled members of the Mehdi Army, killing 40 gunmen.", "Iraqi troops"),
        ("A compound came under insurgent fire today, killing a British soldier.", "insurgent"),
        ("Afghan forces repelled a Taliban attack, killing 21 militants.", "Afghan forces"),
    ],
)
def test_who_killed_in_a_trailing_participle(text: str, perpetrator: str) -> None:
    found = [e for e in _parsed(text) if e.role == "killed"]
    assert [e.perpetrator_text.text if e.perpetrator_text else None for e in found] == [perpetrator]


def test_anti_x_forces_are_not_x() -> None:
    text = "Anti-Houthi forces thwarted an attack, killing and injuring a number of fighters."
    for event in _parsed(text):
        assert event.perpetrator != "houthis"


def test_a_figure_naming_no_group_has_no_victims() -> None:
    text = "A policeman was killed and 70 were injured when a bomb exploded."
    wounded = [e for e in _parsed(text) if e.role == "wounded"]
    assert wounded and all(e.victims is None for e in wounded)


def test_n_others_names_the_group_others() -> None:
    """ "seven others": the victim group is the head noun phrase as written (guidelines, session 19)."""
    found = _parsed("A soldier was killed and seven others were injured.")
    wounded = [e for e in found if e.role == "wounded"]
    assert [(e.count.value if e.count else None, e.victims.text if e.victims else None) for e in wounded] == [
        (7, "others")
    ]


def test_the_trigger_word_is_no_instrument() -> None:
    found = [e for e in _parsed("The farmer was jailed for shooting dead a burglar.") if e.role == "killed"]
    assert found and found[0].instrument is None


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The singer has died in Los Angeles at the age of 93, his family said.", False),
        ("The record topped the chart on Sunday, 27 years after his death.", False),
        ("He died at home after a long battle with cancer.", False),
        ("A soldier died of his wounds in hospital aged 23.", True),
        ("A man was shot dead in Karachi at the age of 40.", True),
    ],
)
def test_a_natural_death_told_as_biography_is_no_event(text: str, kept: bool) -> None:
    assert bool([e for e in _parsed(text) if e.role == "killed"]) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Vickery was injured as his club side beat Bath 17-16 in the derby on Saturday.", False),
        ("Millions saw the villain killed off on Friday.", False),
        ("The game proceeds to kill him off within moments.", False),
        ("The gang which killed him included three men.", True),
    ],
)
def test_sports_injuries_and_characters_killed_off_are_no_events(text: str, kept: bool) -> None:
    assert bool(_parsed(text)) is kept


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("An Iranian weblogger has been jailed for 14 years on charges of spying.", False),
        ("The farmer was jailed for life in September.", False),
        ("Authorities have jailed at least two journalists.", True),
    ],
)
def test_a_court_sentence_is_no_arrest(text: str, kept: bool) -> None:
    assert bool([e for e in _parsed(text) if e.role == "arrested"]) is kept


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("Parents of Stefan Pakeerah, who was stabbed to death in Leicester, spoke.", ["Stefan Pakeerah"]),
        ("The film recounts the life of Ray Charles, who died in 2004.", []),
    ],
)
def test_a_named_victim_before_who_and_a_violent_trigger(text: str, victims: list[str]) -> None:
    found = [e for e in _parsed(text) if e.role == "killed"]
    assert [e.victims.text if e.victims else None for e in found] == victims


@pytest.mark.parametrize(
    ("text", "dated"),
    [
        ("Sri Lanka faces a bill in 2005 for work after the tsunami which killed 30,000 people.", False),
        ("On Monday a bomb that killed 12 people exploded in Kabul.", True),
    ],
)
def test_a_date_before_an_earlier_event_s_relative_clause_is_not_its_date(text: str, dated: bool) -> None:
    import newsparse

    found = list(newsparse.parse(text, published="2007-05-27").layer("events"))
    assert found and (found[0].date is not None) is dated


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("The hotel manager saved 1,200 Tutsis from death during the genocide.", False),
        ("An interesting view but missing two crucial facts.", False),
        ("Five fishermen went missing at sea.", True),
    ],
)
def test_saved_from_death_and_missing_an_object_are_no_events(text: str, kept: bool) -> None:
    assert bool(_parsed(text)) is kept


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("Activists staged a demonstration to condemn the killing of a local official.", True),
        ("Protesters lit candles to honour a man who died in the riots.", True),
        ("Gunmen killed five civilians in Kabul.", False),
    ],
)
def test_a_killing_a_protest_condemns_or_honours_is_background(text: str, background: bool) -> None:
    found = [e for e in _parsed(text) if e.role == "killed"]
    assert found and found[0].background is background


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("I just thank God that no-one got injured.", False),
        ("None of the passengers were injured.", False),
        ("One of the passengers was injured.", True),
    ],
)
def test_a_denied_toll_is_no_event(text: str, kept: bool) -> None:
    assert bool(_parsed(text)) is kept


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        ("The clashes caused fatalities among Houthi fighters including a commander.", "Houthi fighters"),
        ("Reports said the death toll for U.S. soldiers serving in Iraq reached 2,000.", "U.S. soldiers"),
    ],
)
def test_a_toll_among_or_for_a_group_names_its_victims(text: str, victims: str) -> None:
    found = [e for e in _parsed(text) if e.role == "killed"]
    assert found and found[0].victims is not None and found[0].victims.text == victims


def test_missing_a_week_after_is_still_missing() -> None:
    found = _parsed("Nearly 1,000 people remain missing a week after the cyclone struck.")
    assert [(e.role, e.count.text if e.count else None) for e in found] == [("missing", "Nearly 1,000")]


def test_a_storm_is_a_means_never_an_actor() -> None:
    text = "Aid came after Hurricane Mitch. Mitch killed about 10,000 people in 1998."
    found = [e for e in _parsed(text) if e.role == "killed"]
    assert found and found[0].perpetrator is None
    assert found[0].instrument is not None and found[0].instrument.text == "Mitch"
