"""Session 19: one firm under two entity ids is one side when the records are joined (issue 17)."""

from __future__ import annotations

from newsparse import Agreement, Entity, Mention, Span
from newsparse_agreements.coalesce import coalesce
from newsparse_agreements.identity import by_identity, identities

TEXT = "Acme Inc agreed to buy Globex. Later Acme said the takeover of Globex was done."


def _entity(entity_id: str, canonical: str, start: int, end: int) -> Entity:
    """An organisation named once at ``start:end`` of TEXT."""
    return Entity(
        id=entity_id, type="ORG", canonical=canonical, mentions=(Mention(start, end, TEXT[start:end]),)
    )


ENTITIES = (
    _entity("org:acme-inc", "Acme", 0, 8),
    _entity("org:globex", "Globex", 23, 29),
    _entity("org:acme", "Acme", 37, 41),
)


def _deal(start: int, end: int, acquirer: str, target: str = "org:globex") -> Agreement:
    """An acquisition told at ``start:end`` with one buyer and one target."""
    return Agreement(
        start=start,
        end=end,
        text=TEXT[start:end],
        kind="acquisition",
        parties=(acquirer,),
        acquirer=(acquirer,),
        target=(target,),
        status="signed",
        mentions=(Span(start, end, TEXT[start:end]),),
    )


def test_identity_maps_a_later_id_to_the_first_of_its_canonical_name() -> None:
    """Two ORG ids with one canonical name: the later points to the first."""
    assert identities(ENTITIES) == {"org:acme": "org:acme-inc"}


def test_one_buyer_under_two_ids_is_one_deal() -> None:
    """'Acme Inc ... buy Globex' and 'Acme ... the takeover of Globex' share the buyer: one record."""
    records = [_deal(15, 22, "org:acme-inc"), _deal(53, 61, "org:acme")]
    assert len(coalesce(TEXT, records, set())) == 2  # keyed by id alone: two buyers, two deals
    joined = coalesce(TEXT, records, set(), ENTITIES)
    assert len(joined) == 1
    assert joined[0].acquirer == ("org:acme-inc",)
    assert [m.start for m in joined[0].mentions] == [15, 53]


def test_two_roles_keep_two_firms_apart() -> None:
    """A parent selling its unit of the same canonical name ("ISS" and "ISS Inc"): not unified."""
    record = _deal(15, 22, "org:acme-inc", target="org:acme")
    assert by_identity([record], identities(ENTITIES)) == [record]
