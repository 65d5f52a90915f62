"""One scan finds every stem where the per-stem ``find`` loop finds it (a word stem: where it opens a
word); the layer's output is unchanged."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_agreements.deals import VERB_STEMS, _verb_matches
from newsparse_agreements.lexicon import STEMS, TRIGGER, WORD_STEMS
from newsparse_agreements.records import _SCAN
from newsparse_agreements.stemscan import StemScan
from newsparse_agreements.triggers import _prefilter, find_triggers

PIECES = (
    "agreed to agreement agreed with take a takeover taking an take over took over stake mistake signed "
    "signing signs for design joint joined joins hostage hostilities buys buyout buy acquire acquisition "
    "purchase purchased sold sells sale wholesale mou amount deal dealt truce ceasefire de-escalation zone "
    "treaty sellsells dealsells é İ ß"
).split(" ")


def per_stem(low: str, stems: tuple[str, ...], inside: frozenset[str] | None = None) -> dict[str, list[int]]:
    """The positions the old per-stem loop gave (a stem not ``inside``: only after no lower-case ASCII
    letter, unless it may overlap itself, as "sells" may: "sellsells")."""
    out: dict[str, list[int]] = {}
    for stem in dict.fromkeys(stems):
        overlapping = any(stem.startswith(stem[k:]) for k in range(1, len(stem)))
        anywhere = inside is None or stem in inside or overlapping
        i = low.find(stem)
        while i >= 0:
            if anywhere or i == 0 or not ("a" <= low[i - 1] <= "z"):
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
    words = StemScan.of(("aba", "abc"), inside=())
    assert words.positions("xaba ababa abc") == {"aba": [1, 5], "abc": [11]}  # "aba" stays a find


def test_word_stems_are_found_only_where_they_open_a_word() -> None:
    scan = StemScan.of(("deal", "dealer", "fire", "sign"), inside=("fire",))
    assert scan.inside == (("fire", ("fire",)),)
    assert scan.positions("deal ideal ceasefire, (dealer) 2deal édeal sign") == {
        "deal": [0, 23, 32, 38],  # after "é" too: the readers judge a letter that is not ASCII
        "dealer": [23],
        "fire": [16],
        "sign": [43],
    }


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(st.sampled_from(PIECES), min_size=0, max_size=40),
    seps=st.lists(st.sampled_from([" ", "\r\n", "\r", "", "-", ", "]), min_size=40, max_size=40),
)
def test_the_scan_gives_the_positions_of_the_find_loop(words: list[str], seps: list[str]) -> None:
    low = "".join(w + s for w, s in zip(words, seps, strict=False)).lower()
    inside = frozenset(STEMS) - WORD_STEMS
    assert dict(_SCAN.positions(low)) == per_stem(low, (*STEMS, *VERB_STEMS), inside)
    assert dict(StemScan.of((*STEMS, *VERB_STEMS)).positions(low)) == per_stem(low, (*STEMS, *VERB_STEMS))


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from((*PIECES, "the", "a", "Paris", "peace", "Acme")), min_size=0, max_size=40),
    seps=st.lists(st.sampled_from([" ", "\r\n", "\r", "", "-"]), min_size=40, max_size=40),
)
def test_triggers_are_the_same_with_the_shared_scan(words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    low = text.lower()
    assert find_triggers(text, (low, _SCAN.positions(low))) == find_triggers(text)
    every = per_stem(low, (*STEMS, *VERB_STEMS))  # the old scan's positions, mid-word hits included
    assert find_triggers(text, (low, _SCAN.positions(low))) == find_triggers(text, (low, every))
    assert [m.span() for m in _verb_matches(text, (low, _SCAN.positions(low)))] == [
        m.span() for m in _verb_matches(text, (low, every))
    ]
    spans = [m.span() for m in _prefilter().finditer(text, 0, len(text))]
    assert spans == [m.span() for m in TRIGGER.finditer(text)]
