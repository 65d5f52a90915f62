"""The syntax scorer's parts of UD EWT dev: the tuning part (``--dev-tune``) and the held-back
fifth (``--dev-holdout``) split dev between them, every fifth sentence held back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from evaluation.syntax import main


def _sentence(k: int) -> str:
    rows = ("1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_", "2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_")
    return f"# sent_id = s{k}\n" + "\n".join(rows) + "\n"


@pytest.mark.parametrize(("option", "count"), [("--dev-tune", 8), ("--dev-holdout", 2), ("--dev", 10)])
def test_each_part_scores_its_own_sentences(tmp_path: Path, option: str, count: int) -> None:
    root = tmp_path / "ud-ewt"
    root.mkdir()
    (root / "en_ewt-ud-dev.conllu").write_text("\n".join(_sentence(k) for k in range(10)), encoding="utf-8")
    (root / "en_ewt-ud-test.conllu").write_text(_sentence(99), encoding="utf-8")
    out = tmp_path / "figures.json"
    assert main(["--corpora", str(tmp_path), option, "--json", str(out)]) == 0
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert f"({count} sentences" in figures["set"]
    assert figures["systems"]["newsparse"]["words"] == 2 * count
