"""End-to-end on the seed article: the claims, events and contested figure the article states.

Runs every installed plugin plus ours; it needs the other layers' plugins (dates, quantities,
entities) and is skipped, saying why, when one is missing.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsparse import Document
from newsparse.errors import PipelineError, PluginError
from newsparse_claims.model import Claim
from newsparse_events.model import Contest, Event


@pytest.fixture(scope="module")
def seed_doc(seed_text: str) -> Document:
    """The seed parsed by every installed plugin and ours."""
    from evaluation.claims_events import build_pipeline

    try:
        pipeline = build_pipeline()
    except (PipelineError, PluginError) as exc:  # pragma: no cover - only while another layer is missing
        pytest.skip(f"the other layers' plugins are not installed or do not load: {exc}")
    return pipeline.parse(seed_text, published="2018-02-06")


def _named(claim: Any) -> str | None:
    """The source a claim names (through the antecedent for a pronoun)."""
    span = claim.antecedent or claim.source_text
    return span.text if span is not None else None


def test_claims(seed_doc: Document) -> None:
    claims = [c for c in seed_doc.layer("claims") if isinstance(c, Claim)]
    got = {(_named(c), c.cue.text) for c in claims}
    for expected in [
        ("UN officials", "say"),
        ("Syrian regime officials", "say"),
        ("a Russian Defense Ministry statement", "according to"),
        ("a Russian Defense Ministry statement", "said"),
        ("Viktor Vodolatsky", "said"),
    ]:
        assert expected in got
    un = next(c for c in claims if _named(c) == "UN officials")
    assert un.content.text == "hundreds of thousands of people have been killed in the conflict"
    assert [q.text for q in un.quantities] == ["hundreds of thousands"]
    assert un.source is not None  # the UN entity, whatever its id scheme
    it = next(c for c in claims if c.source_text is not None and c.source_text.text == "It")
    assert it.content.text == "30 militants were initially confirmed killed"


def _event(doc: Document, trigger: str, count: str) -> Event:
    """The event with this trigger and count text."""
    for e in doc.layer("events"):
        if (
            isinstance(e, Event)
            and e.trigger.text == trigger
            and e.count is not None
            and e.count.text == count
        ):
            return e
    seen = [getattr(e, "text", "") for e in doc.layer("events")]
    raise AssertionError(f"no event {trigger!r} with count {count!r} in {seen}")


def test_events(seed_doc: Document) -> None:
    killed = _event(seed_doc, "killed", "211")
    wounded = _event(seed_doc, "wounded", "1,447")
    for e, value in ((killed, 211), (wounded, 1447)):
        assert e.count is not None and e.count.value == value
        assert e.victims is not None and e.victims.text == "civilians"
        assert e.date is not None and (e.date.value, e.date.first, e.date.last) == (
            "2018-01",
            "2018-01-01",
            "2018-01-31",
        )
    assert (killed.role, wounded.role) == ("killed", "wounded")

    militants = _event(seed_doc, "killed", "30")
    assert militants.victims is not None and militants.victims.text == "militants"
    assert (
        militants.source is not None
        and militants.source.source_text == "a Russian Defense Ministry statement"
    )

    headline = _event(seed_doc, "killed", "dozens")
    assert headline.role == "killed" and headline.count is not None and headline.count.low == 24
    assert headline.start < seed_doc.sentences[1].start

    lives = _event(seed_doc, "lost their lives", "dozens")
    assert lives.role == "killed" and lives.victims is not None and lives.victims.text == "civilians"

    hundreds = _event(seed_doc, "killed", "hundreds of thousands")
    assert hundreds.victims is not None and hundreds.victims.text == "people"
    assert hundreds.source is not None and hundreds.source.source_text == "UN officials"

    toll = _event(seed_doc, "death toll", "closer to 10,000")
    assert (
        toll.role == "killed"
        and toll.source is not None
        and toll.source.source_text == "Syrian regime officials"
    )


def test_contested(seed_doc: Document) -> None:
    contests = [c for c in seed_doc.layer("contested") if isinstance(c, Contest)]
    assert len(contests) == 1
    (contest,) = contests
    assert contest.role == "killed"
    assert [(f.text, f.source_text) for f in contest.figures] == [
        ("hundreds of thousands", "UN officials"),
        ("closer to 10,000", "Syrian regime officials"),
    ]
