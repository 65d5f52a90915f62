"""Session 17: a wire headline's deal is the body's deal, and "a 1993 peace deal" retells "the 1993 ...
peace deal" (one record each), in any line-ending convention."""

from __future__ import annotations

import pytest

import newsparse
from newsparse import Agreement
from newsparse_agreements.headline import headline_end

ENDINGS = ("\n", "\r\n", "\r")

HEADLINE = (
    "Colombia, Norway reach aviation agreement.\n\nMIAMI 1996-08-23\n\n"
    "Norway and Colombia reached an agreement on Friday that will allow three more flights.\n\n"
    "Under the agreement, the airlines may also shift four weekly flights."
)
SIGNING = (
    "CRICKET - MILLNS SIGNS FOR BOLAND.\n\nCAPE TOWN 1996-08-22\n\n"
    "South African provincial side Boland said on Thursday they had signed fast bowler David Millns "
    "on a one year contract."
)
YEARS = (
    "The Authority was set up under the 1993 PLO-Israel interim peace deal.\n\n"
    "Israel has said it will not allow the Authority, set up under a 1993 interim peace deal, to operate."
)


def deals(text: str) -> list[Agreement]:
    """The agreements of ``text`` read by the whole pipeline (the headline's record needs its syntax)."""
    return list(newsparse.parse(text).agreements)


@pytest.mark.parametrize("eol", ENDINGS)
def test_the_headline_agreement_is_the_body_agreement(eol: str) -> None:
    (rec,) = deals(HEADLINE.replace("\n", eol))
    assert len(rec.mentions) == 3
    assert set(rec.parties) == {"norway", "colombia"}


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_headline_signing_is_the_body_contract(eol: str) -> None:
    (rec,) = deals(SIGNING.replace("\n", eol))
    assert rec.kind == "contract"
    assert set(rec.parties) == {"org:boland", "person:david-millns"}


def test_a_first_line_without_a_dateline_after_it_is_no_headline() -> None:
    text = HEADLINE.replace("MIAMI 1996-08-23\n\n", "")
    assert headline_end(text) == 0
    assert headline_end(HEADLINE) == HEADLINE.index("\n")
    assert headline_end("One line only.") == 0


def test_a_headline_deal_with_other_sides_stays_apart() -> None:
    text = HEADLINE.replace(
        "Colombia, Norway reach aviation agreement", "Japan and China sign aviation agreement"
    )
    assert len(deals(text)) == 2


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_deal_named_by_the_same_year_is_one_record(eol: str) -> None:
    (rec,) = deals(YEARS.replace("\n", eol))
    assert [m.text for m in rec.mentions] == ["PLO-Israel interim peace deal", "peace deal"]


def test_deals_of_different_years_stay_apart() -> None:
    assert len(deals(YEARS.replace("a 1993 interim", "a 1995 interim"))) == 2


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_compound_of_a_state_and_initials_names_both_sides(eol: str) -> None:
    text = (
        "Israeli officials defended their settlement policy.\n\nThe council condemned violations of the "
        "Israeli-PLO peace deals on Monday."
    ).replace("\n", eol)
    (rec,) = deals(text)
    assert set(rec.parties) == {"israel", "text:PLO"}


def test_a_compound_of_two_unknown_words_stays_one_name() -> None:
    (rec,) = deals("Airbus ended the Rolls-Royce engine deal on Monday.")
    assert "org:rolls-royce" in rec.parties
    assert not any(p.startswith("text:") for p in rec.parties)


@pytest.mark.parametrize("eol", ENDINGS)
def test_what_a_deal_set_up_is_no_side_of_it(eol: str) -> None:
    text = "Gaza was calm.\n\nThe Palestinian Authority was set up under the PLO-Israel peace deal.".replace(
        "\n", eol
    )
    (rec,) = deals(text)
    assert not any("authority" in p for p in rec.parties)


def test_sides_that_set_up_a_deal_stay_sides() -> None:
    (rec,) = deals("Israel and Jordan set up a joint water commission under the peace treaty signed in 1994.")
    assert {"israel", "jordan"} <= set(rec.parties)


@pytest.mark.parametrize("eol", ENDINGS)
def test_a_state_verb_of_an_object_relative_states_nothing_of_the_deal(eol: str) -> None:
    text = (
        "Grozny was quiet.\n\nLebed said he had clinched a truce with the rebels and promised to halt an "
        "assault on Grozny, which the rebels have held since August 6."
    ).replace("\n", eol)
    (rec,) = deals(text)
    assert rec.status == "signed"


def test_a_relative_on_the_deal_itself_still_states_it() -> None:
    (rec,) = deals("The truce, which the rebels have violated twice, was signed in May.")
    assert rec.status == "violated"
