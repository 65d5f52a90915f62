"""Session 43 (issue 14): a press digest's heading line in capitals over a list of dashed items names
the paper, one organisation; a section of one paper, a place heading or a headline does not.
Passages written for the test."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_entities.digest_heads import heading_name
from tests.entities.helpers import parse, types_of

_DIGEST = (
    "PRESS DIGEST - Tunisia - Sept 3 .\n\nTUNIS 1997-09-03\n\n"
    "These are the leading stories in the Tunis press on Wednesday .\n\n"
    "AL-SABAHIYA\n\n- Cabinet approves new budget for the coming year .\n\n"
    "- Olive harvest expected to rise by a third .\n\n"
    "LE QUOTIDIEN DE TUNIS\n\n- Port of Sfax to be widened next spring .\n\n"
    "NAJMAT AL-SAHIL\n\n-- Central bank keeps its main rate unchanged .\n"
)
_RULED_DIGEST = (
    "PRESS DIGEST - Maldives newspapers - Sept 3 .\n\n"
    "Following are some of the main stories in Wednesday 's Maldives newspapers :\n\n"
    "---\n\nHAVEERUFAHI\n\nNew airport terminal to open in March .\n\n"
    "---\n\nMIADHUVAS\n\nFishermen ask for higher prices for tuna .\n"
)


def test_each_paper_heading_of_a_digest_is_an_organisation() -> None:
    got = types_of(_DIGEST)
    assert got.get("AL-SABAHIYA") == "ORG"
    assert got.get("NAJMAT AL-SAHIL") == "ORG"


def test_a_place_inside_a_paper_heading_gives_way() -> None:
    doc = parse(_DIGEST)
    start = _DIGEST.index("LE QUOTIDIEN DE TUNIS")
    inside = [
        (m.text, e.type)
        for e in doc.entities
        for m in e.mentions
        if start <= m.start < start + len("LE QUOTIDIEN DE TUNIS")
    ]
    assert inside == [("LE QUOTIDIEN DE TUNIS", "ORG")]


def test_headings_below_a_rule_of_dashes_are_papers() -> None:
    got = types_of(_RULED_DIGEST)
    assert got.get("HAVEERUFAHI") == "ORG"
    assert got.get("MIADHUVAS") == "ORG"


def test_a_section_of_one_paper_and_a_place_heading_are_no_paper() -> None:
    got = types_of(
        "PRESS DIGEST - Chile - LA NACION SEPT 3 .\n\nSANTIAGO 1997-09-03\n\n"
        "These are the leading stories in Wednesday 's daily La Nacion .\n\n"
        "FRONT PAGE\n\n-- Copper exports rose in August , the mining ministry said .\n\n"
        "BUSINESS PAGES\n\n-- Pension funds buy more foreign shares .\n\n"
        "PERU\n\n-- Lima and Santiago to talk about fishing rights .\n"
    )
    assert "FRONT PAGE" not in got and "BUSINESS PAGES" not in got
    assert got.get("PERU") == "GPE"


def test_a_line_in_running_text_over_a_dash_is_left_alone() -> None:
    got = types_of(
        "Shares of Hallworth Mining rose on Monday , traders said .\n\n- The company plans a new mine .\n"
    )
    assert got.get("Hallworth Mining") == "ORG"
    assert not any(len(name) > 40 for name in got)


def test_heading_name_takes_short_capitals_and_refuses_the_rest() -> None:
    common = {"front", "page", "daily", "news", "the", "island"}
    assert heading_name("AN-NADWA", common)
    assert heading_name("DAILY NEWS", common)  # common words, but its head is an organisation head
    assert not heading_name("FRONT PAGE", common)
    assert not heading_name("THE ISLAND", common)
    assert not heading_name("PRESS DIGEST - CHILE", common)
    assert not heading_name("Al-Sabahiya", common)
    assert not heading_name("TOP 10 STORIES", common)


_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-' .abc"


@given(st.lists(st.text(alphabet=_CHARS, min_size=1, max_size=9), max_size=6))
def test_a_heading_name_is_one_to_four_words_in_capitals_with_no_digit(parts: list[str]) -> None:
    line = " ".join(parts)
    if heading_name(line, set()):
        words = line.split()
        assert 1 <= len(words) <= 4
        assert not any(c.isdigit() or c.islower() for c in line)
        assert all(w[0].isupper() for w in words)
