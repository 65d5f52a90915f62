"""A headline in capitals that names whole an event or a product the body names in ordinary case
("RESULTS AT CANADIAN OPEN" over "the Canadian Open") gives that event, not the demonym or country
that opens it; a headline run the body does not name stays as the other rules decide (session 40)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.entities.helpers import entity_at, parse

_STORY = (
    "TENNIS - LOCAL HOPES FADE AT CANADIAN OPEN .\n\nTORONTO 1996-08-22\n\n"
    "Two seeds lost on Thursday at the Canadian Open , the last big event before the season ends ."
)


def test_a_headline_event_the_body_names_is_that_event() -> None:
    doc = parse(_STORY)
    entity = entity_at(doc, "CANADIAN OPEN")
    assert entity.type == "EVENT"
    assert entity is entity_at(doc, "Canadian Open")
    assert all(m.text != "CANADIAN" for e in doc.entities for m in e.mentions)


def test_a_country_opening_a_headline_event_gives_way() -> None:
    doc = parse(
        "SOCCER - HOLDERS KNOCKED OUT OF ITALIAN CUP .\n\nROME 1996-08-28\n\n"
        "The holders were beaten 2-0 at home in the Italian Cup on Wednesday , their coach said ."
    )
    assert entity_at(doc, "ITALIAN CUP").type == "EVENT"


def test_a_headline_with_no_body_event_keeps_its_names() -> None:
    doc = parse(
        "TENNIS - LOCAL HOPES FADE AT CANADIAN OPEN .\n\nTORONTO 1996-08-22\n\n"
        "Two seeds lost on Thursday in Toronto , the last big week before the season ends ."
    )
    assert all(m.text != "CANADIAN OPEN" for e in doc.entities for m in e.mentions)


def test_a_body_event_in_running_text_is_untouched() -> None:
    doc = parse("Two seeds lost on Thursday at the Canadian Open , the last big event of the season .")
    assert entity_at(doc, "Canadian Open").type == "EVENT"


@given(st.sampled_from(["RESULTS AT", "NEWS FROM", "SEEDS OUT OF"]), st.sampled_from(["FIRST", "THIRD"]))
def test_the_headline_mention_spans_the_event_words_only(before: str, rank: str) -> None:
    doc = parse(
        f"TENNIS - {before} CANADIAN OPEN {rank} ROUND .\n\nTORONTO 1996-08-22\n\n"
        "Two seeds lost on Thursday at the Canadian Open , the last big event before the season ends ."
    )
    assert entity_at(doc, "CANADIAN OPEN").type == "EVENT"
