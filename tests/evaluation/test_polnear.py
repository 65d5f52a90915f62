"""The PolNeAR scorer on brat text written for the test (the corpus itself is never needed)."""

from __future__ import annotations

from pathlib import Path

from evaluation.claims_real import PredClaim
from evaluation.polnear import load_split, only_named, read_ann, score, token_f1

TEXT = "The Post reports that taxes rose. Voters left, an aide said."
ANN = (
    "T1\tSource 0 8\tThe Post\n"
    "T2\tCue 9 16\treports\n"
    "T3\tContent 17 32\tthat taxes rose\n"
    "T4\tAttribution 9 16\treports\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
    "T5\tCue 55 59\tsaid\n"
    "T6\tContent 34 40;41 45\tVoters left\n"
    "E2\tCue:T5 Content:T6\n"
)


def test_read_ann_ties_cue_source_and_pieced_content() -> None:
    first, second = read_ann(ANN)
    assert (first["cue"], first["source"], first["content"]) == ((9, 16), (0, 8), ((17, 32),))
    assert (second["cue"], second["source"], second["content"]) == ((55, 59), None, ((34, 40), (41, 45)))


def test_score_counts_an_attribution_by_cue_and_source_overlap() -> None:
    gold = read_ann(ANN)
    right = PredClaim((9, 16), (4, 8), frozenset(), ((22, 32),))
    wrong_source = PredClaim((55, 59), (9, 16), frozenset(), ((34, 45),))
    counts = score(TEXT, gold, [right, wrong_source])
    assert (counts["pairs"], counts["source"], counts["content_overlap"]) == (2, 1, 2)
    assert 0 < token_f1(TEXT, gold[0]["content"], right.content) < 1


def test_a_missing_split_loads_nothing(tmp_path: Path) -> None:
    assert load_split(tmp_path, "dev") == []


def test_only_named_keeps_the_listed_articles_with_or_without_suffix(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("a.txt\nc\n", encoding="utf-8")
    articles = [("a", "A", []), ("b", "B", []), ("c", "C", [])]
    assert [name for name, _, _ in only_named(articles, names)] == ["a", "c"]
