"""Session 30: "the report" (poll, survey, study) as the body the document names as its maker, read
from the sentence structure of the noun's earlier mentions ("a report by Oxfam", "Oxfam says in a
report"); two makers, or none, leave it unlinked."""

from __future__ import annotations

from newsparse import Claim

from .layers import document, entity, run, source_links

BY = "Pupils read less, says a report by the Audit Office.\n\nThe report said schools should act."
IN = "Oxfam says in a report that aid budgets are falling.\n\nThe report said children will die."
TWO = (
    "A report by the Audit Office found delays. A report by Oxfam found gaps.\n\n"
    "The report said schools should act."
)


def test_a_report_by_a_body_is_that_body() -> None:
    audit = entity(BY, "Audit Office", "ORG", "Audit Office")
    assert ("The report", "Audit Office") in source_links(BY, audit)


def test_a_body_saying_in_a_report_is_its_maker() -> None:
    oxfam = entity(IN, "Oxfam", "ORG", "Oxfam")
    assert ("The report", "Oxfam") in source_links(IN, oxfam)


def test_two_makers_leave_the_report_unlinked() -> None:
    audit = entity(TWO, "Audit Office", "ORG", "Audit Office")
    oxfam = entity(TWO, "Oxfam", "ORG", "Oxfam")
    assert ("The report", None) in source_links(TWO, audit, oxfam)


def test_without_a_tree_nothing_is_linked() -> None:
    audit = entity(BY, "Audit Office", "ORG", "Audit Office")
    doc = run(document(BY, entities=(audit,)), "claims")
    found = [
        (c.source_text.text if c.source_text else None, c.source)
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]
    assert ("The report", None) in found
