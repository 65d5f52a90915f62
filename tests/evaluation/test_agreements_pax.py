"""The PA-X scorer (``evaluation.agreements_pax``) on rows written here; it skips without the corpus."""

from __future__ import annotations

from pathlib import Path

from evaluation.agreements_pax import (
    Found,
    RowScores,
    between_names,
    content_words,
    cue_baseline,
    main,
    read_rows,
    row_document,
    score_row,
)

ROW = {
    "Agt": "Ceasefire Agreement between the Government of Arland and the Northern Front",
    "description": "The parties agree to stop fighting, with Norland as guarantor.",
    "Dat": "03/04/2001",
    "Part": "Government of Arland; Northern Front",
    "ThrdPart": "Government of Norland",
    "stage_label": "Ceasefire",
}
HEADER = "Agt,description,Dat,Part,ThrdPart,stage_label\n"


def test_between_names_splits_the_sides_up_to_a_preposition() -> None:
    """ "between X, Y and Z on ..." gives X, Y, Z; a name without "between" gives nothing."""
    assert between_names("Agreement between Arland, Borland and the Front on Prisoners") == (
        "Arland",
        "Borland",
        "Front",
    )
    assert between_names("The Toncontin Agreement") == ()
    assert "government" not in content_words("Government of Arland") == {"arland"}


def test_a_row_scored_against_its_signatories_third_parties_and_date() -> None:
    """A signatory, a place that signed nothing, a third party, a ceasefire kind and a coarser date."""
    scores = RowScores()
    found = Found(
        records=1,
        kinds=("ceasefire",),
        parties=(("Government of Arland", "arland"), ("Capital City",), ("Montelimar Declaration",)),
        third=(("Norland",),),
        date="2001-04",
    )
    wrong = score_row(scores, ROW, found)
    figures = scores.figures()
    assert figures["party_precision"] == 1 / 3
    assert figures["party_recall_between"] == 1 / 2  # the Northern Front was missed
    assert (
        figures["ceasefire_kind_accuracy"],
        figures["third_party_precision"],
        figures["date_accuracy"],
    ) == (1, 1, 1)
    assert "signatory missed: Northern Front" in wrong


def test_the_baseline_reads_the_names_after_between() -> None:
    """The cue-word baseline: one record, kind from a ceasefire word, the capitalised sides as parties."""
    found = cue_baseline(row_document(ROW))
    assert (found.records, found.kinds) == (1, ("ceasefire",))
    assert found.parties == (("Government of Arland",), ("Northern Front",))


def test_halves_and_a_missing_corpus(tmp_path: Path) -> None:
    """Odd places (from 0) are the tuning part, even places the counting part; no corpus: skipped."""
    assert main(["--corpora", str(tmp_path)]) == 0
    (tmp_path / "pax").mkdir()
    lines = [f"Agreement {i},,01/01/2000,,,Other\n" for i in range(5)]
    (tmp_path / "pax" / "pax.csv").write_text(HEADER + "".join(lines), encoding="utf-8")
    assert [r["Agt"] for r in read_rows(tmp_path, "odd") or []] == ["Agreement 1", "Agreement 3"]
    assert len(read_rows(tmp_path, "even") or []) == 3
    assert main(["--corpora", str(tmp_path), "--half", "odd"]) == 0


def test_a_party_taken_from_the_title_is_right_only_on_the_title_line() -> None:
    """``Agt`` counts a venue named in the title right; ``Part`` alone does not (session 41)."""
    row = dict(ROW, Agt="Mexico Agreement between Arland and the Northern Front")
    scores = RowScores()
    found = Found(records=1, kinds=("agreement",), parties=(("Mexico",), ("Arland",)), third=())
    wrong = score_row(scores, row, found)
    figures = scores.figures()
    assert (figures["party_precision"], figures["party_precision_part"]) == (1, 1 / 2)
    assert "party from the title only: Mexico" in wrong
