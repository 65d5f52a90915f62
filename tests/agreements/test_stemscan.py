"""One scan finds every stem where the per-stem ``find`` loop finds it; the layer's output is unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_agreements.deals import VERB_STEMS
from newsparse_agreements.lexicon import STEMS, TRIGGER
from newsparse_agreements.records import _SCAN
from newsparse_agreements.stemscan import StemScan
from newsparse_agreements.triggers import _prefilter, find_triggers

PIECES = (
    "agreed to agreement agreed with take a takeover taking an take over took over stake mistake signed "
    "signing signs for design joint joined joins hostage hostilities buys buyout buy acquire acquisition "
    "purchase purchased sold sells sale wholesale mou amount deal dealt truce ceasefire de-escalation zone "
    "treaty é İ ß"
).split(" ")


def per_stem(low: str, stems: tuple[str, ...]) -> dict[str, list[int]]:
    """The positions the old per-stem loop gave."""
    out: dict[str, list[int]] = {}
    for stem in dict.fromkeys(stems):
        i = low.find(stem)
        while i >= 0:
            out.setdefault(stem, []).append(i)
            i = low.find(stem, i + len(stem))
    return out


def test_stems_sharing_an_opening_are_found_by_one_pass() -> None:
    scan = StemScan.of(("signed", "signing", "deal", "signed"))
    assert scan.groups == (("sign", ("signed", "signing")), ("deal", ("deal",)))
    assert scan.positions("she signed; signing the deal, designed") == {
        "signed": [4, 32],
        "signing": [12],
        "deal": [24],
    }


def test_a_stem_overlapping_itself_is_found_as_the_find_loop_finds_it() -> None:
    scan = StemScan.of(("aba", "abc"))
    assert scan.positions("ababa abc") == {"aba": [0], "abc": [6]}


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(PIECES), min_size=0, max_size=40),
    seps=st.lists(st.sampled_from([" ", "\r\n", "\r", "", "-", ", "]), min_size=40, max_size=40),
)
def test_the_scan_gives_the_positions_of_the_find_loop(words: list[str], seps: list[str]) -> None:
    low = "".join(w + s for w, s in zip(words, seps, strict=False)).lower()
    assert dict(_SCAN.positions(low)) == per_stem(low, (*STEMS, *VERB_STEMS))


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from((*PIECES, "the", "a", "Paris", "peace", "Acme")), min_size=0, max_size=40),
    seps=st.lists(st.sampled_from([" ", "\r\n", "\r", "", "-"]), min_size=40, max_size=40),
)
def test_triggers_are_the_same_with_the_shared_scan(words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    low = text.lower()
    assert find_triggers(text, (low, _SCAN.positions(low))) == find_triggers(text)
    spans = [m.span() for m in _prefilter().finditer(text, 0, len(text))]
    assert spans == [m.span() for m in TRIGGER.finditer(text)]
