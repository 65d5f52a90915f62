"""``evaluation.entities --conll-half odd|even``: CoNLL-2003 train's tuning part (odd stories) and
counting part (even stories) are scored apart (session 40); written stories only, no corpus text."""

from __future__ import annotations

from pathlib import Path

import pytest
from evaluation.entities import conll_half, main, read_conll

from evaluation import entities

_STORY = """{head} NN B-NP O
. . O O

{place} NNP B-NP B-LOC
1996-08-22 CD I-NP O

{name} NNP B-NP B-ORG
said VBD B-VP O
. . O O

"""


def _write(tmp_path: Path) -> Path:
    """A CoNLL file of four stories, each a headline, a dateline and one sentence naming a company."""
    stories = [("Alpha", "LONDON", "Acme"), ("Beta", "PARIS", "Bolt"), ("Gamma", "ROME", "Cord")]
    stories.append(("Delta", "OSLO", "Dyna"))
    path = tmp_path / "conll2003" / "eng.train"
    path.parent.mkdir()
    path.write_text("".join(_STORY.format(head=h, place=p, name=n) for h, p, n in stories), encoding="utf-8")
    return path


def test_the_halves_alternate_from_the_first_story(tmp_path: Path) -> None:
    stories = read_conll(_write(tmp_path))
    assert len(stories) == 4
    odd, even = conll_half(stories, "odd"), conll_half(stories, "even")
    assert [a.text.split()[0] for a in odd] == ["Alpha", "Gamma"]
    assert [a.text.split()[0] for a in even] == ["Beta", "Delta"]
    assert conll_half(stories, None) == stories
    with pytest.raises(ValueError):
        conll_half(stories, "third")


def test_the_option_scores_one_half(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path)
    # the report's other parts (fresh interpreters, linking passages) are not this option's
    monkeypatch.setattr(entities, "startup", lambda: 0.0)
    monkeypatch.setattr(
        entities,
        "linking",
        lambda records: {"mentions": 0, "found": 0, "right": 0, "accuracy": 0.0, "errors": []},
    )
    args = ["--corpora", str(tmp_path), "--conll-file", "eng.train", "--conll-half", "even", "--no-peer"]
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "eng.train, even stories, 2 rebuilt articles" in out


def test_the_counting_part_lists_no_errors(tmp_path: Path) -> None:
    _write(tmp_path)
    with pytest.raises(SystemExit):
        main(
            ["--corpora", str(tmp_path), "--conll-file", "eng.train", "--conll-half", "even", "--errors", "5"]
        )
