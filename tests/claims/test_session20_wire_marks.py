"""Round 1b of session 20: the wire's quotation marks (``...'') read as the straight marks they stand for."""

from __future__ import annotations

from newsparse_claims.quoting import wire_mark_columns

from .layers import claim_triples as claims


def test_a_quote_first_claim_in_wire_marks_keeps_its_quotation() -> None:
    """'Moskal said X. ``Y,'' he said.': "he" said Y only, not the sentence before it."""
    text = "Moskal said the men were sought. ``They were in the area after the homicide,'' he said."
    assert claims(text) == [
        ("Moskal", "said", "the men were sought"),
        ("he", "said", "They were in the area after the homicide"),
    ]


def test_a_wire_quotation_after_an_indirect_claim_is_its_own() -> None:
    """'Moskal emphasized that X. ``Y,'' he said.': the first content ends at its sentence."""
    text = "Moskal emphasized that no one is a suspect. ``Anyone can be interviewed,'' he said."
    assert claims(text) == [
        ("Moskal", "emphasized", "no one is a suspect"),
        ("he", "said", "Anyone can be interviewed"),
    ]


def test_a_wire_quotation_after_a_colon_ends_before_its_marks() -> None:
    """'He added: ``A.''': the content holds no closing mark."""
    assert claims("He added: ``There are no shipments at the moment.''") == [
        ("He", "added", "There are no shipments at the moment.")
    ]


def test_wire_mark_columns_keep_offsets() -> None:
    """Each pair of marks is one '"' token at the pair's second or first character; a text with no
    backticks: None."""
    text = "``We won,'' he said. ''Next,'' she said."  # the second opens with apostrophes
    columns, sentences = wire_mark_columns(text) or ((), [])
    assert '"' in columns.texts and "`" not in columns.texts
    assert all(text[a:b] in {"`", "'"} or text[a:b] == word for a, b, word in zip(*columns, strict=True))
    assert [text[a:b].strip("`' ") for a, b in sentences] == ["We won,'' he said.", "Next,'' she said."]
    assert wire_mark_columns('"We won," he said.') is None
    assert wire_mark_columns("''Next,'' she said.") is None  # no backticks: the document's own tokens
