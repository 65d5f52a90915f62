"""``evaluation.dates_real`` reads a check set of CoNLL-2003 train stories by document index."""

from __future__ import annotations

from pathlib import Path

from evaluation.dates_real import gold_texts

TRAIN = """EU NNP B-NP B-ORG
rejects VBZ B-VP O

BRUSSELS NNP B-NP B-LOC
1996-08-22 CD I-NP O

Sales rose in July .

LONDON NNP B-NP B-LOC
1996-08-23 CD I-NP O

Talks end Friday .
"""


def test_conll_rows_get_their_text_and_span_text(tmp_path: Path) -> None:
    """A row with a ``document`` index reads the rebuilt story; its spans get their text."""
    folder = tmp_path / "conll2003"
    folder.mkdir()
    (folder / "eng.train").write_text(TRAIN, encoding="utf-8")
    gold = [
        {"id": "conll-train-0", "document": 0, "dates": [{"span": {"start": 20, "end": 30}}]},
        {"id": "conll-train-1", "document": 1, "dates": []},
    ]
    texts = gold_texts(tmp_path, gold)
    assert texts is not None
    assert texts["conll-train-0"].splitlines()[1] == "BRUSSELS 1996-08-22"
    assert gold[0]["dates"][0]["span"]["text"] == "1996-08-22"
    assert texts["conll-train-1"].endswith("Talks end Friday.")


def test_without_the_corpus_nothing_is_read(tmp_path: Path) -> None:
    """No CoNLL file: the evaluation is skipped (None), never scored on empty texts."""
    assert gold_texts(tmp_path, [{"id": "conll-train-0", "document": 0, "dates": []}]) is None
