"""``evaluation.dates_real`` reads a check set of CoNLL-2003 train stories by document index."""

from __future__ import annotations

from pathlib import Path

from evaluation.dates_real import gold_texts

SENTENCES = [
    ["EU", "rejects"], ["BRUSSELS", "1996-08-22"], ["Sales", "rose", "in", "July", "."],
    ["Talks", "end"], ["LONDON", "1996-08-23"], ["Talks", "end", "Friday", "."],
]
TRAIN = "\n\n".join("\n".join(f"{token} X X O" for token in tokens) for tokens in SENTENCES) + "\n"


def test_conll_rows_get_their_text_and_span_text(tmp_path: Path) -> None:
    """A row with a ``document`` index reads the rebuilt story; its spans get their text."""
    folder = tmp_path / "conll2003"
    folder.mkdir()
    (folder / "eng.train").write_text(TRAIN, encoding="utf-8")
    gold = [
        {"id": "conll-train-0", "document": 0, "dates": [{"span": {"start": 21, "end": 31}}]},
        {"id": "conll-train-1", "document": 1, "dates": []},
    ]
    texts = gold_texts(tmp_path, gold)
    assert texts is not None
    assert texts["conll-train-0"].split("\n\n")[1] == "BRUSSELS 1996-08-22"
    assert gold[0]["dates"][0]["span"]["text"] == "1996-08-22"
    assert texts["conll-train-1"].endswith("Talks end Friday.")


def test_without_the_corpus_nothing_is_read(tmp_path: Path) -> None:
    """No CoNLL file: the evaluation is skipped (None), never scored on empty texts."""
    assert gold_texts(tmp_path, [{"id": "conll-train-0", "document": 0, "dates": []}]) is None


def test_a_story_may_start_at_a_sentence_of_its_document(tmp_path: Path) -> None:
    """``first_sentence``: the story is its document's text from that sentence on, offsets from there."""
    folder = tmp_path / "conll2003"
    folder.mkdir()
    (folder / "eng.train").write_text(TRAIN, encoding="utf-8")
    span = {"start": 14, "end": 18}
    gold = [{"id": "story", "document": 0, "first_sentence": 2, "dates": [{"span": span}]}]
    texts = gold_texts(tmp_path, gold)
    assert texts is not None
    assert texts["story"] == "Sales rose in July."
    assert span["text"] == "July"
