"""Session 30, second round: "the statement" as the body that issued it ("X said in a statement"),
and the "in a report" shape only on a verb of saying or finding."""

from __future__ import annotations

from .layers import entity, source_links

SAID_IN = (
    "Pathway Communications said in a statement that the site was closed.\n\n"
    '"We are searching for a new host," the statement said.'
)
FROM = 'A statement from Acme Corp reached reporters.\n\n"Sales fell," the statement said.'
FOLLOWED = (
    "In last year's survey, Keane were followed by Franz Ferdinand.\n\n"
    "The survey said half of the critics liked guitars."
)


def test_a_body_saying_in_a_statement_issued_it() -> None:
    pathway = entity(SAID_IN, "Pathway Communications", "ORG", "Pathway Communications")
    assert ("the statement", "Pathway Communications") in source_links(SAID_IN, pathway)


def test_a_statement_from_a_body_is_that_body() -> None:
    acme = entity(FROM, "Acme Corp", "ORG", "Acme Corp")
    assert ("the statement", "Acme Corp") in source_links(FROM, acme)


def test_in_a_survey_on_a_verb_that_does_not_say_names_no_maker() -> None:
    keane = entity(FOLLOWED, "Keane", "ORG", "Keane")
    assert ("The survey", None) in source_links(FOLLOWED, keane)
