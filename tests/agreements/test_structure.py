"""The structure reader: parties, mood and venue from the dependency tree of a cue sentence.

The tree comes from the built-in ``syntax`` plugin, parsed one sentence at a time (what the
core's ``sentence_tree`` gives); each case is also run without a tree, where the token rules
stand alone, so the test shows what the structure changes.
"""

from __future__ import annotations

from types import SimpleNamespace

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

import newsparse
import newsparse_agreements.structure as structure
from newsparse import Agreement, Document, Sentence, Span
from newsparse.syntax import SyntaxTree
from tests.agreements.conftest import sentence_tree_of as _tree
from tests.agreements.helpers import agreements_of, parse
from tests.agreements.test_patterns import SPEC
from tests.agreements.test_properties import CITIES, MODAL, build, scenario

TREE_SPEC = {
    **SPEC,
    "munich": ("GPE", "Munich", ("MUNICH", "Munich"), {}),
    "saudi": ("GPE", "Saudi Arabia", ("Saudi Arabia",), {"iso3166": "SA"}),
    "japan": ("GPE", "Japan", ("Japan", "Japanese"), {"iso3166": "JP"}),
}


def only(text: str) -> Agreement:
    """The only agreement of ``text``."""
    found = agreements_of(parse(text, TREE_SPEC))
    assert len(found) == 1, found
    return found[0]


@pytest.mark.usefixtures("with_tree")
def test_a_dateline_is_never_a_party() -> None:
    rec = only("MUNICH Major powers agreed on Friday to a cessation of hostilities in Syria.")
    assert rec.kind == "ceasefire" and rec.parties == () and rec.status == "signed"


@pytest.mark.usefixtures("without_tree")
def test_without_a_tree_the_dateline_is_still_no_party() -> None:
    rec = only("MUNICH Major powers agreed on Friday to a cessation of hostilities in Syria.")
    assert rec.kind == "ceasefire" and rec.status == "signed" and rec.parties == ()


@pytest.mark.usefixtures("with_tree")
def test_a_hypothesis_binds_no_one_and_signs_nothing() -> None:
    rec = only("Even if Iran signed the nuclear deal, sanctions would stay.")
    assert rec.parties == () and rec.status is None


@pytest.mark.usefixtures("with_tree")
def test_a_state_verb_with_another_object_gives_no_state() -> None:
    rec = only("Russia and Saudi Arabia signed a pact to freeze output levels.")
    assert rec.parties == ("russia", "saudi") and rec.status == "signed"


@pytest.mark.usefixtures("with_tree")
def test_a_demonym_beside_a_partner_is_not_a_party() -> None:
    rec = only("Acme said it had signed an agreement with Japanese rival Globex.")
    assert "globex" in rec.parties and "japan" not in rec.parties and rec.status == "signed"


@pytest.mark.usefixtures("with_tree")
def test_a_negated_signing_binds_no_subject() -> None:
    rec = only("Israel did not sign the truce with Hamas.")
    assert rec.status == "rejected" and "israel" not in rec.parties


@pytest.mark.usefixtures("with_tree")
def test_reached_agreement_with_a_partner() -> None:
    rec = only("Sudan reached agreement with Ethiopia on the border.")
    assert rec.parties == ("sudan", "ethiopia") and rec.status == "signed"


@pytest.mark.pure
def test_only_sentences_with_a_judged_verb_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []

    def tree(doc: Document, span: Sentence | Span) -> SyntaxTree:
        asked.append(doc.text[span.start : span.end])
        return _tree(doc, span)

    monkeypatch.setattr(structure, "sentence_tree", tree)
    text = (
        "The truce held. Talks on a deal went on. Israel signed the truce. Fighting broke the truce. "
        "Russia froze output under the truce."
    )
    agreements_of(parse(text, TREE_SPEC))
    assert asked == ["Israel signed the truce.", "Russia froze output under the truce."]


@pytest.mark.usefixtures("with_tree")
def test_a_player_joining_a_club_on_loan() -> None:
    spec = {
        "qpr": ("ORG", "Queens Park Rangers", ("Queens Park Rangers",), {}),
        "day": ("PERSON", "Chris Day", ("Chris Day",), {}),
        "preston": ("ORG", "Preston", ("Preston",), {}),
    }
    text = "Queens Park Rangers keeper Chris Day is set to join Preston on a month's loan."
    found = agreements_of(parse(text, spec))
    assert len(found) == 1
    rec = found[0]
    assert rec.kind == "transfer" and rec.status == "proposed"
    assert set(rec.parties) == {"qpr", "day", "preston"}
    assert (rec.club, rec.player) == (("preston",), ("day",))  # the club joined, not the one left


def test_the_pipeline_consults_syntax_for_cue_sentences_only() -> None:
    text = (
        "MUNICH Major powers agreed on Friday to a cessation of hostilities in Syria. "
        "The weather was fine. Russia and Turkey signed a truce."
    )
    doc = newsparse.parse(text, published="2016-02-12")
    assert "syntax" not in doc.layers  # read sentence by sentence, never over the whole document
    cessation, truce = doc.agreements
    assert cessation.parties == () and cessation.status == "signed"
    assert {e.canonical for e in doc.entities if e.id in truce.parties} == {"Russia", "Turkey"}


@pytest.mark.pure
@settings(max_examples=40, deadline=None)
@given(scenario(), st.sampled_from(CITIES))
def test_with_a_tree_the_dateline_and_speaker_are_never_parties(sc: SimpleNamespace, dateline: str) -> None:
    text = f"{dateline.upper()} {sc.m} said {sc.a} and {sc.b} signed a {sc.words}."
    spec = {
        **{n.lower(): ("GPE", n, (n,), {"iso3166": n[:2].upper()}) for n in (sc.a, sc.b, sc.m)},
        "dateline": ("GPE", dateline, (dateline.upper(),), {}),
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(structure, "sentence_tree", _tree)
        found = agreements_of(parse(text, spec))
    assert len(found) == 1
    rec = found[0]
    assert rec.kind == sc.kind and rec.status == "signed"
    assert set(rec.parties) == {sc.a.lower(), sc.b.lower()}


@pytest.mark.pure
@settings(max_examples=40, deadline=None)
@given(scenario(), st.sampled_from(MODAL))
def test_with_a_tree_negation_and_modality_hold(sc: SimpleNamespace, verb: tuple[str, str]) -> None:
    text = f"{sc.a} and {sc.b} {verb[0]} the {sc.words}."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(structure, "sentence_tree", _tree)
        found = agreements_of(build(text, sc))
    assert [r.status for r in found] == [verb[1]]
    assert found[0].parties == (() if verb[1] == "rejected" else (sc.a.lower(), sc.b.lower()))


@pytest.mark.pure
@settings(max_examples=40, deadline=None)
@given(scenario())
def test_with_a_tree_a_hypothesis_binds_no_one(sc: SimpleNamespace) -> None:
    text = f"Even if {sc.a} signed the {sc.words}, nothing would change."
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(structure, "sentence_tree", _tree)
        found = agreements_of(build(text, sc))
    assert all(r.parties == () and r.status != "signed" for r in found)
