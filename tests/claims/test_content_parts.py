"""Unit tests of ``content_parts``, a content its cue interrupts (passages written for the tests)."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse.annotations import Claim
from newsparse.jsonform import annotation_from_dict, annotation_to_dict
from newsparse.spans import Span
from newsparse_claims.parts import content_parts

from .layers import document, run


def parts(text: str) -> list[tuple[str | None, str, str, tuple[str, ...]]]:
    """(source, cue, content, content parts) of each claim found in ``text``."""
    doc = run(document(text), "claims")
    return [
        (c.source_text.text if c.source_text else None, c.cue.text, c.content.text,
         tuple(p.text for p in c.content_parts))
        for c in doc.layer("claims")
        if isinstance(c, Claim)
    ]


def test_quotation_interrupted_by_source_and_cue() -> None:
    text = '"We will not retreat," the minister said, "and we will win the war."'
    [(source, cue, content, pieces)] = parts(text)
    assert (source, cue) == ("the minister", "said")
    assert pieces == ("We will not retreat", "and we will win the war")
    assert content.startswith("We will not retreat") and content.endswith("win the war")


def test_quotation_interrupted_by_inverted_cue() -> None:
    [(source, cue, _content, pieces)] = parts('"We will win," said the minister, "and soon."')
    assert (source, cue, pieces) == ("the minister", "said", ("We will win", "and soon"))


def test_quotation_over_two_sentences_leaves_out_the_speaker() -> None:
    [(source, _cue, _content, pieces)] = parts('"We tried," said Ann Lee, a lawyer. "We failed."')
    assert source == "Ann Lee, a lawyer"
    assert pieces == ("We tried", "We failed.")


def test_content_in_one_piece_has_no_parts() -> None:
    assert parts("Officials said the talks would resume.") == [
        ("Officials", "said", "the talks would resume", ())
    ]
    # an opening adverbial before the source is no quoted content
    expected = [("the minister", "said", "We will win.", ())]
    assert parts('In Paris, the minister said, "We will win."') == expected


def test_parts_of_a_content_without_interruption() -> None:
    text = "He said we will win."
    assert content_parts(text, (8, 20), (3, 7), (0, 2)) == ()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet='ab ,"“”.', min_size=3, max_size=40), st.data())
def test_parts_lie_inside_the_content_and_leave_out_the_cue(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text) - 3))
    end = data.draw(st.integers(start + 3, len(text)))
    cue_start = data.draw(st.integers(start, end - 1))
    cue = (cue_start, data.draw(st.integers(cue_start + 1, end)))
    pieces = content_parts(text, (start, end), cue, None)
    assert len(pieces) in (0, 2)
    for piece in pieces:
        assert start <= piece.start < piece.end <= end
        assert piece.text == text[piece.start : piece.end]
        assert piece.end <= cue[0] or piece.start >= cue[1]


def test_json_without_content_parts_still_loads() -> None:
    claim = Claim(0, 10, "Ann said x", cue=Span(4, 8, "said"), content=Span(9, 10, "x"))
    data = annotation_to_dict(claim)
    del data["content_parts"]
    assert annotation_from_dict(json.loads(json.dumps(data)), Claim) == claim
    whole = Claim(0, 10, "Ann said x", cue=Span(4, 8, "said"), content=Span(9, 10, "x"),
                  content_parts=[Span(9, 10, "x")])
    assert annotation_from_dict(annotation_to_dict(whole), Claim) == whole


def test_parenthetical_cue_inside_reported_speech() -> None:
    [(source, cue, _content, pieces)] = parts("The talks, he said, will resume on Monday.")
    assert (source, cue, pieces) == ("he", "said", ("The talks", "will resume on Monday"))
    # a conjunction or a new subject after the second comma starts another clause
    assert parts("The economy is strong, he said, but risks remain.") == [
        ("he", "said", "The economy is strong", ())
    ]
    assert parts("Gains were few, dealers said, Acme added 8p.")[0][2:] == ("Gains were few", ())
