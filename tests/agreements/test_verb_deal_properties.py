"""Property tests of deals told by a verb: generated sales and signings keep their roles; text is safe."""

from __future__ import annotations

import hypothesis.strategies as st
from hypothesis import given, settings

from tests.agreements.helpers import agreements_of, parse

FIRMS = ("Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Soylent", "Cyberdyne")
PLAYERS = ("Generoso Rossi", "Andy Davies", "Chris Day", "Simon Royce")
OBJECTS = (
    "its shipping business",
    "a 20 pct stake in the unit",
    "several buildings",
    "its surgical gloves arm",
)
SPEC = {
    **{name.lower(): ("ORG", name, (name,), {}) for name in FIRMS},
    **{name.lower().replace(" ", "-"): ("PERSON", name, (name,), {}) for name in PLAYERS},
}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FIRMS), min_size=2, max_size=2, unique=True), st.sampled_from(OBJECTS),
       st.sampled_from(("sold", "sells")), st.booleans())  # fmt: skip
def test_a_sale_keeps_seller_and_buyer(firms: list[str], thing: str, verb: str, price: bool) -> None:
    seller, buyer = firms
    text = f"{seller} {verb} {thing} to {buyer}" + (" for $2bn." if price else ".")
    (rec,) = agreements_of(parse(text, SPEC))
    assert (rec.kind, rec.text) == ("acquisition", verb)
    assert rec.seller == (seller.lower(),) and rec.acquirer == (buyer.lower(),)
    assert text[rec.start : rec.end] == rec.text


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(FIRMS), min_size=2, max_size=2, unique=True), st.sampled_from(OBJECTS),
       st.sampled_from(("bought", "acquired", "purchased", "has agreed to buy")))  # fmt: skip
def test_a_purchase_keeps_buyer_and_seller(firms: list[str], thing: str, verb: str) -> None:
    buyer, seller = firms
    text = f"Analysts were surprised. {buyer} {verb} {thing} from {seller} last year."
    (rec,) = agreements_of(parse(text, SPEC))
    assert rec.acquirer == (buyer.lower(),) and rec.seller == (seller.lower(),)
    assert rec.status == ("signed" if verb.startswith("has agreed") else "in_force")
    assert set(rec.parties) == {buyer.lower(), seller.lower()}


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(FIRMS), st.sampled_from(PLAYERS), st.sampled_from(("", "Italian ", "striker ")))
def test_a_club_signing_a_player(club: str, player: str, described: str) -> None:
    (rec,) = agreements_of(parse(f"{club} have signed {described}{player}.", SPEC))
    assert (rec.kind, rec.status) == ("transfer", "signed")
    assert rec.club == (club.lower(),) and rec.player == (player.lower().replace(" ", "-"),)


PIECES = [*"abcxyz ,.<>'", *FIRMS, *PLAYERS, " sold ", " bought ", " signed ", " the signing of ",
          " his move to ", " agreed to buy ", " acquired ", " stake ", " it ", " the company "]  # fmt: skip


@settings(max_examples=100, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_any_text_with_deal_verbs_is_safe(pieces: list[str]) -> None:
    text = "".join(pieces)
    for rec in agreements_of(parse(text, SPEC)):
        assert text[rec.start : rec.end] == rec.text
        assert all(text[m.start : m.end] == m.text for m in rec.mentions)
        assert set(rec.parties) <= set(SPEC)
