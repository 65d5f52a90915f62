"""tools/outside_agreements.py's session-28 outside text: ACLED dev notes and UD EWT dev documents."""

from __future__ import annotations

import json
from pathlib import Path

from tests.evaluation.test_outside_agreements_polnear import tool


def test_acled_notes_come_with_their_event_date(tmp_path: Path) -> None:
    """Each note of acled/dev.jsonl is one text, named by its event id and dated by its event date."""
    (tmp_path / "acled").mkdir()
    rows = [
        {"event_id_cnty": "YEM1", "notes": "A truce was agreed.", "event_date": "2020-05-02"},
        {"event_id_cnty": "SYR2", "notes": "Clashes erupted.", "event_date": ""},
    ]
    (tmp_path / "acled" / "dev.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8"
    )
    found = list(tool().acled_texts(tmp_path))
    assert found == [
        ("acled-YEM1", "A truce was agreed.", "2020-05-02"),
        ("acled-SYR2", "Clashes erupted.", None),
    ]


def test_ud_dev_documents_join_their_sentences(tmp_path: Path) -> None:
    """A UD EWT dev document is its sentences' ``# text`` lines joined, named by its ``newdoc id``."""
    (tmp_path / "ud-ewt").mkdir()
    (tmp_path / "ud-ewt" / "en_ewt-ud-dev.conllu").write_text(
        "# newdoc id = doc-a\n# sent_id = doc-a-1\n# text = Iran signed.\n1\tIran\n\n"
        "# sent_id = doc-a-2\n# text = It held.\n1\tIt\n\n"
        "# newdoc id = doc-b\n# text = A deal.\n1\tA\n\n",
        encoding="utf-8",
    )
    found = list(tool().ud_dev_texts(tmp_path))
    assert found == [("ud-dev-doc-a", "Iran signed. It held.", None), ("ud-dev-doc-b", "A deal.", None)]


def test_source_of_names_each_outside_source() -> None:
    """``--count`` tallies records by the source of their text's id."""
    source_of = tool().source_of
    assert [
        source_of(i) for i in ("acled-YEM1", "ud-dev-x", "polnear-nyt", "conll2003-train-4", "bbc-tech-1")
    ] == [
        "acled",
        "ud-dev",
        "polnear",
        "conll2003-train",
        "news",
    ]
