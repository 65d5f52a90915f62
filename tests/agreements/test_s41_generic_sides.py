"""Session 41: a generic collective noun is no named side ("the Parties agree", "between the
Government (GRP) and the Front"), dropped by ``generic_sides``."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsparse import Agreement, Entity, Evidence, Mention
from newsparse_agreements.generic_sides import generic_side, without_generic_sides
from tests.agreements.helpers import Spec, agreements_of, parse

SPEC: Spec = {
    "org:parties": ("ORG", "Parties", ("Parties",), {}),
    "org:government": ("ORG", "Government", ("Government",), {}),
    "org:government-of-nepal": ("ORG", "Government of Nepal", ("Government of Nepal",), {}),
    "org:front": ("ORG", "Northern Front", ("Northern Front",), {}),
    "arland": ("GPE", "Arland", ("Arland",), {}),
}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("An agreement between the Parties was signed in March.", ()),
        ("The Parties agreed to a ceasefire.", ()),
        ("A peace agreement between the Government and the Northern Front was signed.", ("org:front",)),
        ("Arland and the Parties signed a ceasefire agreement.", ("arland",)),
    ],
)
def test_a_generic_side_is_no_party(text: str, sides: tuple[str, ...]) -> None:
    """ "the Parties" and a bare "the Government" name nobody: only the named sides stay."""
    found = agreements_of(parse(text, SPEC))
    assert found
    assert all(set(record.parties) <= set(sides) for record in found)
    assert set(sides) <= {p for record in found for p in record.parties}


def test_a_named_government_stays() -> None:
    """ "the Government of Nepal" has a proper modifier: it is a named side."""
    (found,) = agreements_of(
        parse("A peace agreement between the Government of Nepal and the Northern Front was signed.", SPEC)
    )
    assert "org:front" in found.parties
    assert all(p in {"org:government-of-nepal", "org:front", "nepal"} for p in found.parties)


def test_the_evidence_of_a_dropped_side_goes_with_it() -> None:
    """A parties evidence that holds only the generic side is dropped; one holding a named side stays."""
    text = "The Parties agree. Arland and the Parties signed."
    entities = (
        Entity("org:parties", "ORG", "Parties", (Mention(4, 11, "Parties"), Mention(34, 41, "Parties"))),
        Entity("arland", "GPE", "Arland", (Mention(19, 25, "Arland"),)),
    )
    record = Agreement(
        start=0,
        end=3,
        text=text[:3],
        kind="agreement",
        parties=("org:parties", "arland"),
        evidence=(Evidence("parties", 4, 17, text[4:17]), Evidence("parties", 19, 41, text[19:41])),
    )
    kept = without_generic_sides(record, entities)
    assert kept.parties == ("arland",)
    assert [e.text for e in kept.evidence] == ["Arland and the Parties"]
    assert without_generic_sides(kept, entities) is kept


@pytest.mark.parametrize(
    ("name", "generic"),
    [
        ("Parties", True),
        ("the Parties", True),
        ("The Government", True),
        ("Governments", True),
        ("Signatories", True),
        ("Party", False),  # "the Party": a ruling party in news
        ("Labour Party", False),
        ("Government of Nepal", False),
        ("Contracting Parties", False),
        ("", False),
    ],
)
def test_the_closed_class(name: str, generic: bool) -> None:
    """Only a bare noun of the class, with at most an article before it, is generic."""
    assert generic_side(name) is generic


@given(
    st.sampled_from(("", "the ", "The ", "THE ")),
    st.sampled_from(("Parties", "PARTIES", "Sides", "Signatories", "Government", "governments", "Party")),
    st.sampled_from(("", " of Nepal", " Front", " (GRP)")),
)
def test_a_generic_name_is_one_class_word_after_an_article(article: str, word: str, rest: str) -> None:
    """An article, a collective noun and nothing more is generic; a bare "Party" or any word after the
    noun ("of Nepal", "Front", an acronym) makes a named side."""
    expected = rest == "" and str.lower(word) != "party"
    assert generic_side(article + word + rest) is expected


@given(st.text(alphabet="PartiesGovnmSdg thTH", max_size=30))
def test_a_generic_name_is_one_word_of_the_class(name: str) -> None:
    """Whatever the text, a name called generic holds exactly one word besides an article."""
    if generic_side(name):
        words = name.split()
        assert len(words) in (1, 2)
        assert words[-1].lower() in {"parties", "sides", "signatories", "government", "governments"}


def test_a_generic_text_party_is_no_party() -> None:
    """ "Parties agreed" opening a sentence, no entity: the subject reader's text party is dropped."""
    (found,) = agreements_of(parse("Parties agreed to a ceasefire.", {}))
    assert found.parties == ()
    assert not any(e.field == "parties" for e in found.evidence)
