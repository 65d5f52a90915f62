"""Session 16 round 4: an inverted source's apposition runs on past the full stop of a title, initial
or abbreviation inside the sentence (passages written for the tests)."""

from __future__ import annotations

import pytest

from newsparse.annotations import Claim

from .layers import document, run

_ENDINGS = ("\n", "\r\n", "\r")


def sources(text: str) -> list[str | None]:
    """The source phrase of each claim found in ``text``."""
    doc = run(document(text), "claims")
    found = [c for c in doc.layer("claims") if isinstance(c, Claim)]
    return [c.source_text.text if c.source_text else None for c in found]


@pytest.mark.parametrize("end", _ENDINGS)
def test_title_inside_an_apposition_does_not_end_the_source(end: str) -> None:
    text = (f"Paragraph one.{end}{end}\"We will win this race,\" said Jane Roe, a pollster who worked for "
            f"Texas Sen. Ted Cruz. Other things happened later.{end}")
    assert sources(text) == ["Jane Roe, a pollster who worked for Texas Sen. Ted Cruz"]


@pytest.mark.parametrize("end", _ENDINGS)
def test_initial_inside_an_apposition_does_not_end_the_source(end: str) -> None:
    text = (f'"Prices will fall," said Henri Roe, vice-president of the Arthur D. Little consultancy.{end}'
            f"Other things happened later.{end}")
    assert sources(text) == ["Henri Roe, vice-president of the Arthur D. Little consultancy"]


@pytest.mark.parametrize("end", _ENDINGS)
def test_abbreviation_before_a_lower_case_word_does_not_end_the_source(end: str) -> None:
    text = f'"Prices will fall," said Ann Lee, an analyst at Acme Inc. in Boston.{end}'
    assert sources(text) == ["Ann Lee, an analyst at Acme Inc. in Boston"]


@pytest.mark.parametrize("end", _ENDINGS)
def test_abbreviation_before_a_capital_still_ends_the_source(end: str) -> None:
    # the splitter keeps "Bros. However" in one sentence: the apposition must not run into the next one
    text = (f'"It did well," said Dan Fell, president of distribution at Warner Bros. However, critics '
            f"were less kind.{end}")
    assert sources(text) == ["Dan Fell, president of distribution at Warner Bros"]


@pytest.mark.parametrize("end", _ENDINGS)
def test_relative_clause_with_a_cue_ends_the_apposition(end: str) -> None:
    text = (f"\"I'm surprised anyone could find us,\" said Fannie Roe, a member of St. Matthew's, who said "
            f"she believed arson was to blame.{end}")
    assert sources(text)[0] == "Fannie Roe, a member of St. Matthew's"


def test_relative_clause_without_a_cue_stays_in_the_apposition() -> None:
    text = '"It was great," said Nikki Roe, 28, who went to the pageant.\n'
    assert sources(text) == ["Nikki Roe, 28, who went to the pageant"]
