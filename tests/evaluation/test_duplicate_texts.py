"""tools/duplicate_texts.py: copies by normalised text, roles of splits, leaks, the deduplicated list."""

from __future__ import annotations

from types import ModuleType

from .tool_modules import tool_module


def tool() -> ModuleType:
    """tools/duplicate_texts.py as a module."""
    return tool_module("duplicate_texts")


def test_copies_match_after_case_and_white_space() -> None:
    groups = tool().duplicate_groups(
        {"a": "Rain  fell.\nIt stopped.", "b": "rain fell. it STOPPED.", "c": "Sun."}
    )
    assert groups == [["a", "b"]]


def test_empty_texts_are_no_copies() -> None:
    assert tool().duplicate_groups({"a": "", "b": "  "}) == []


def test_roles_of_splits() -> None:
    role = tool().role_of
    assert role("dev", "real_claims.jsonl") == "tuning"
    assert role("dev_b", "real_quantities_b.jsonl") == "tuning"
    assert role("check_s12_A", "check_agreements_s12.jsonl") == "tuning"
    assert role("check_d_a", "real_quantities_d.jsonl") == "tuning"
    assert role("check_c", "real_quantities_c.jsonl") == "tuning"
    assert role("check", "check_events_s12_a.jsonl") == "tuning"
    for split, name in (
        ("untouched", "x.jsonl"),
        ("untouched_b", "x.jsonl"),
        ("fresh", "fresh_x.jsonl"),
        ("check_s12_B", "x.jsonl"),
        ("check_d_b", "x.jsonl"),
        ("check", "check_events_s12_b.jsonl"),
        ("B", "entities_check_s13_ids.jsonl"),
        ("held", ""),
    ):
        assert role(split, name) == "held-out", split


def test_key_of_row_names_the_corpus_text() -> None:
    key = tool().key_of_row
    assert key({"id": "polnear-x", "polnear": "train/text/x.txt"}) == "polnear:x.txt"
    assert (
        key({"id": "tempeval3-timebank-wsj_1", "tml": "timebank/wsj_1.tml"}) == "tempeval:timebank/wsj_1.tml"
    )
    assert key({"id": "conll2003-train-7", "doc": 7}) == "conll:7"
    assert key({"news": "bbc-test-001", "sentence": 0}) == "news:bbc-test-001"
    assert key({"id": "reuters21578-99912"}) == "news:reuters21578-99912"
    assert key({"id": "bbc-test-001", "text": "a passage written for a test"}) is None


def test_named_ids_are_whole_ids() -> None:
    assert tool().named_ids("reuters21578-99910 and bbc-test-004, not xbbc-test-0041") == {
        "reuters21578-99910",
        "bbc-test-004",
    }


def test_straddles_reads_line_parity() -> None:
    position = {"a": 0, "b": 3, "c": 4}
    assert tool().straddles(["a", "b"], position)
    assert not tool().straddles(["a", "c"], position)


def test_leaks_find_a_held_out_copy_of_a_tuning_item() -> None:
    t = tool()
    uses = {
        "x": {t.Use("s[dev]", "quantities", "tuning")},
        "y": {t.Use("s[untouched]", "quantities", "held-out")},
        "z": {t.Use("q[check_b]", "quantities", "held-out")},
        "w": {t.Use("tests/test_w.py", "named", "named")},
    }
    found = t.leaks([["x", "y", "w"], ["y", "z"]], uses)
    assert [(h, o, u.role) for h, _, o, u in found] == [("y", "x", "tuning"), ("y", "z", "held-out")]


def test_sentence_leaks_pair_a_held_out_sentence_with_a_tuning_one() -> None:
    rows = [
        ("dev", "a", "Prices rose 5%."),
        ("untouched", "b", "prices  rose 5%."),
        ("check_d_a", "c", "Other."),
    ]
    assert tool().sentence_leaks(rows) == [("untouched", "b", "dev", "a")]


def test_near_groups_share_a_title_not_a_text() -> None:
    texts = {"a": "One story told.", "b": "One story told again, longer.", "c": "One story told."}
    groups = tool().near_groups(texts, {"a": "Title", "b": "title", "c": "Title"})
    assert groups == [["a", "b", "c"]]


def test_deduplicated_keeps_first_and_parity() -> None:
    ids = ["a", "b", "c", "d", "e", "f", "g", "h"]
    kept, dropped, moved = tool().deduplicated(ids, [["b", "e"]], {"c"})
    assert dropped == ["c", "e"]
    assert kept == ["a", "b", "g", "d", "f", "h"]
    assert moved == ["f"]
    assert all(ids.index(k) % 2 == n % 2 for n, k in enumerate(kept) if k not in moved)


def test_deduplicated_says_which_ids_change_half() -> None:
    kept, _, moved = tool().deduplicated(["a", "b", "c", "d", "e"], [["a", "c"]], {"e"})
    assert kept == ["a", "b", "d"]
    assert moved == ["d"]
