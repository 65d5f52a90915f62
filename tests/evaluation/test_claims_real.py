"""The real-claims scorer's matching, on small synthetic cases."""

from __future__ import annotations

from typing import Any

from evaluation.claims_real import (
    PredClaim,
    baseline_claims,
    content_f1,
    gold_claim,
    pair_claims,
    score_article,
    scored_figures,
    source_right,
    summarise,
)
from hypothesis import given
from hypothesis import strategies as st

TEXT = 'The minister said "talks will resume soon." Rebels denied it, according to Acme Radio.'
#       0         1         2         3         4         5         6         7         8
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567


def _gold(
    cue: tuple[int, int],
    source: tuple[int, int] | None,
    content: list[tuple[int, int]],
    entity: str | list[str] | None = None,
    kind: str = "indirect",
) -> dict[str, Any]:
    """A gold claim in the JSONL shape, read through the scorer's own reader."""
    return gold_claim(
        {},
        {
            "cue": {"start": cue[0], "end": cue[1], "text": ""},
            "source": {"start": source[0], "end": source[1], "text": ""} if source else None,
            "source_entity": entity,
            "kind": kind,
            "content": [{"start": a, "end": b, "from": "", "to": ""} for a, b in content],
        },
    )


MINISTER = _gold((13, 17), (0, 12), [(19, 42)], "Jane Doe", "direct")


def test_text_offsets_used_below() -> None:
    assert TEXT[13:17] == "said" and TEXT[0:12] == "The minister" and TEXT[19:42] == "talks will resume soon."


def test_content_f1_ignores_quotes_and_spaces() -> None:
    assert content_f1(TEXT, [(19, 42)], [(18, 43)]) == 1.0
    assert content_f1(TEXT, [(19, 42)], [(0, 5)]) == 0.0
    assert 0.0 < content_f1(TEXT, [(19, 42)], [(19, 30)]) < 1.0


def test_pairs_are_one_to_one_by_greatest_cue_overlap() -> None:
    gold = [_gold((10, 20), None, [(0, 5)]), _gold((30, 35), None, [(0, 5)])]
    pred = [
        PredClaim((12, 14), None, frozenset(), ((0, 5),)),
        PredClaim((9, 21), None, frozenset(), ((0, 5),)),
        PredClaim((50, 55), None, frozenset(), ((0, 5),)),
    ]
    assert pair_claims(gold, pred) == [(0, 1)]


def test_source_right_by_overlap_by_entity_or_both_absent() -> None:
    assert source_right(MINISTER, PredClaim((13, 17), (4, 12), frozenset(), ()))
    assert source_right(MINISTER, PredClaim((13, 17), (44, 50), frozenset({"jane doe"}), ()))
    assert not source_right(MINISTER, PredClaim((13, 17), (44, 50), frozenset({"acme"}), ()))
    assert not source_right(MINISTER, PredClaim((13, 17), None, frozenset(), ()))
    sourceless = _gold((13, 17), None, [(19, 42)])
    assert source_right(sourceless, PredClaim((13, 17), None, frozenset(), ()))
    assert not source_right(sourceless, PredClaim((13, 17), (0, 12), frozenset(), ()))


def test_entity_list_matches_any_of_its_names() -> None:
    both = _gold((13, 17), (0, 12), [(19, 42)], ["United States", "European Union"])
    assert source_right(both, PredClaim((13, 17), (60, 65), frozenset({"european union"}), ()))


def test_attribution_needs_source_and_content_right() -> None:
    according = _gold((62, 74), (75, 85), [(44, 59)], "Acme Radio", "according_to")
    pred = [
        PredClaim((13, 17), (0, 12), frozenset(), ((19, 42),)),  # right
        PredClaim((62, 74), (44, 50), frozenset(), ((44, 59),)),  # wrong source
        PredClaim((51, 57), (44, 50), frozenset(), ((58, 60),)),
    ]  # spurious
    figures = summarise([score_article(TEXT, [MINISTER, according], pred)])
    assert figures["cue_overlap"]["p"] == 2 / 3 and figures["cue_overlap"]["r"] == 1.0
    assert figures["attribution"]["p"] == 1 / 3 and figures["attribution"]["r"] == 1 / 2
    assert figures["source"]["r"] == 1 / 2
    assert figures["source_entity_accuracy"] == 0.0
    assert figures["kind_accuracy"] is None


def test_kind_accuracy_when_offered() -> None:
    pred = [PredClaim((13, 17), (0, 12), frozenset(), ((19, 42),), "direct")]
    assert summarise([score_article(TEXT, [MINISTER], pred)])["kind_accuracy"] == 1.0


def test_negation_accuracy_when_offered() -> None:
    figures = summarise(
        [score_article(TEXT, [MINISTER], [PredClaim((13, 17), (0, 12), frozenset(), ((19, 42),))])]
    )
    assert figures["negation_accuracy"] is None
    negated = PredClaim((13, 17), (0, 12), frozenset(), ((19, 42),), None, True)
    assert summarise([score_article(TEXT, [MINISTER], [negated])])["negation_accuracy"] == 0.0


def test_baseline_reads_speech_verbs_and_according_to() -> None:
    text = "Acme Corp said profits would rise sharply this year. Prices fell, according to Jane Doe."
    claims = baseline_claims(text, len(text))
    assert [text[c.cue[0] : c.cue[1]] for c in claims] == ["said", "according to"]
    said, according = claims
    assert said.source is not None and text[said.source[0] : said.source[1]] == "Acme Corp"
    assert text[said.content[0][0] : said.content[0][1]].strip() == "profits would rise sharply this year"
    assert according.source is not None and text[according.source[0] : according.source[1]] == "Jane Doe"
    assert text[according.content[0][0] : according.content[0][1]].strip().startswith("Prices fell")


@given(st.lists(st.integers(0, 7), unique=True, max_size=8))
def test_gold_against_itself_is_perfect(slots: list[int]) -> None:
    gold = [_gold((10 * k + 4, 10 * k + 8), (10 * k, 10 * k + 3), [(10 * k + 8, 10 * k + 10)]) for k in slots]
    pred = [PredClaim(g["cue"], g["source"], frozenset(), g["content"]) for g in gold]
    figures = summarise([score_article(TEXT, gold, pred)])
    if gold:
        assert figures["attribution"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
        assert figures["cue_exact"]["f1"] == figures["source"]["f1"] == 1.0


@given(
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 8)), max_size=8),
    st.lists(st.tuples(st.integers(0, 80), st.integers(1, 8)), max_size=8),
)
def test_scores_stay_in_range(gold_cues: list[tuple[int, int]], pred_cues: list[tuple[int, int]]) -> None:
    gold = [_gold((a, a + n), None, [(a, a + n)]) for a, n in gold_cues]
    pred = [PredClaim((a, a + n), None, frozenset(), ((a, a + n),)) for a, n in pred_cues]
    figures = summarise([score_article(TEXT, gold, pred)])
    if gold and pred:
        assert figures["attribution"]["p"] <= figures["cue_overlap"]["p"] <= 1.0
        assert figures["cue_exact"]["r"] <= figures["cue_overlap"]["r"]


def test_json_figures_keep_only_the_scored_splits(monkeypatch: Any) -> None:
    """With NEWSPARSE_EVAL_SPLITS=dev, --json writes the dev figures only (no held-out split)."""
    figures = {"dev": {"a": 1}, "untouched": {"a": 2}, "fresh": {"a": 3}}
    monkeypatch.setenv("NEWSPARSE_EVAL_SPLITS", "dev")
    assert scored_figures(figures) == {"dev": {"a": 1}}
    monkeypatch.delenv("NEWSPARSE_EVAL_SPLITS")
    assert scored_figures(figures) == figures


def test_rows_keep_odd_or_even_places_of_a_halves_only() -> None:
    """``--rows odd|even`` (session 42): an A split's rows at odd or even places (1-based, file order),
    every row of the other splits; the pooled halves sum their splits' articles."""
    from evaluation.claims_real import parity_rows, pooled

    rows = [{"id": f"{split}{n}", "split": split} for split in ("s_A", "t_A", "s_B") for n in range(1, 4)]
    odd = ["s_A1", "s_A3", "t_A1", "t_A3", "s_B1", "s_B2", "s_B3"]
    assert [r["id"] for r in parity_rows(rows, "odd")] == odd
    assert [r["id"] for r in parity_rows(rows, "even")] == ["s_A2", "t_A2", "s_B1", "s_B2", "s_B3"]
    assert parity_rows(rows, "all") == rows
    one = score_article(TEXT, [MINISTER], [PredClaim((13, 17), (0, 12), frozenset(), ((19, 42),))])
    halves = pooled({"s_A": [one], "t_A": [one], "s_B": [one]})
    assert halves["pooled_A"]["articles"] == 2 and halves["pooled_B"]["articles"] == 1
    assert halves["pooled_A"]["attribution"]["f1"] == 1.0
