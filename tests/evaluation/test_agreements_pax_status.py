"""The PA-X scorer's status line (``evaluation.agreements_pax.score_status``) on records written here."""

from __future__ import annotations

from types import SimpleNamespace

from evaluation.agreements_pax import RowScores, StatusScores, score_status

from newsparse import Evidence, Span

NAME = "Ceasefire Agreement between Arland and the Northern Front"
ROW = {
    "Agt": NAME,
    "description": "The parties agree to stop fighting.",
    "Status": "Multiparty signed/agreed",
}


def _record(start: int, status: str | None, cue: str = "") -> SimpleNamespace:
    """A record of the layer with one mention at ``start`` and its status evidence."""
    evidence = (Evidence("status", start, start + len(cue), cue),) if cue else ()
    return SimpleNamespace(
        start=start, mentions=(Span(start, start + 9, "Agreement"),), status=status, evidence=evidence
    )


def _doc(*records: SimpleNamespace) -> SimpleNamespace:
    return SimpleNamespace(agreements=records)


def test_a_signed_row_scores_its_record_at_the_name() -> None:
    """Signed, in force and extended are allowed; null and the other states are counted apart."""
    scores = StatusScores()
    assert score_status(scores, ROW, _doc(_record(10, "signed"))) == []
    assert score_status(scores, ROW, _doc(_record(10, "in_force"))) == []
    assert score_status(scores, ROW, _doc(_record(10, None))) == ["status: none from ''"]
    assert score_status(scores, ROW, _doc(_record(10, "violated", "Violations"))) == [
        "status: violated from 'Violations'"
    ]
    figures = scores.figures()
    assert (figures["status_rows"], figures["status_signed_share"]) == (4, 0.5)
    assert (figures["status_signed_of_given"], figures["status_none"], figures["status_violated"]) == (
        2 / 3,
        1,
        1,
    )


def test_rows_not_scored() -> None:
    """A unilateral row, and a row whose only record lies in the description, add nothing."""
    scores = StatusScores()
    unilateral = {**ROW, "Status": "Unilateral document"}
    assert score_status(scores, unilateral, _doc(_record(0, None))) == []
    assert score_status(scores, ROW, _doc(_record(len(NAME) + 5, None))) == []
    assert scores.rows == 0
    assert RowScores().figures()["status_signed_share"] is None
