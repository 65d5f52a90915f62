"""The cue prefilter finds exactly what the cue pattern's own ``finditer`` finds, on varied text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_agreements.lexicon import (
    MEET,
    PROVISION,
    ROLE_ACTIVE,
    ROLE_AS,
    ROLE_PASSIVE,
    STATUS_CUES,
    TRIGGER,
    VENUE,
)
from newsparse_agreements.prefilter import Prefilter, may_open, openings, prefiltered, prefixes
from newsparse_agreements.sentence import _role_place_or_meeting

OPENINGS = openings(STATUS_CUES)
PREFILTERS = ((Prefilter.of(STATUS_CUES), OPENINGS), (Prefilter.of(TRIGGER), openings(TRIGGER)))
WORDS = (
    "signed agreed to the truce was suspended by Russia collapsed fell through is expected to be signed "
    "did not sign refused to extend rejected talks on a deal took effect has held violated it in force "
    "Agreed SIGNED Ratified proposals called for scheduled\nto be\tratified ink inked struck strike "
    "rip ripped up collapse of withdrew from pulled out of é naïve déjà 2015 $5bn ,; . ( ) -"
).split(" ")


def spans(found: object) -> list[tuple[int, int]]:
    """The spans of a run of matches."""
    return [m.span() for m in found]  # type: ignore[attr-defined]


def test_the_openings_of_the_status_cues_are_derived() -> None:
    assert OPENINGS is not None
    assert {"sig", "agr", "col", "tal", "in "} <= OPENINGS
    assert all(len(opening) == 3 for opening in OPENINGS)


def test_an_unbounded_opening_turns_the_prefilter_off() -> None:
    assert openings(re.compile(r"\b(?:[^x]+ed|ab)")) is None
    assert openings(re.compile(r"\b(?:a|signed)")) is None  # a match shorter than an opening


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS), min_size=1, max_size=40),
    seps=st.lists(st.sampled_from([" ", "  ", "\n", "-", "", ", "]), min_size=40, max_size=40),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 400)),
)
def test_the_prefilter_finds_what_finditer_finds(
    words: list[str], seps: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    start = min(cut[0], len(text))
    end = min(len(text), start + cut[1])
    expected = spans(STATUS_CUES.finditer(text, start, end))
    assert spans(prefiltered(STATUS_CUES, OPENINGS, text, start, end)) == expected


MENTION_WORDS = (
    "ceasefire cease-fire de-escalation de escalation zone no-fly peace deal accord treaty MoU merger "
    "takeover bid offer loan contract talks sale of Acme $5bn truce Paris agreement joint statement "
    "power-sharing free-trade trade pact prisoner swap the a on 's é"
).split(" ")


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(MENTION_WORDS), min_size=1, max_size=30),
    seps=st.lists(st.sampled_from([" ", "\n", "-", ""]), min_size=30, max_size=30),
)
def test_every_mention_start_passes_the_mention_prefilter(words: list[str], seps: list[str]) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    known = openings(TRIGGER)
    assert known is not None
    for at in range(len(text)):
        if TRIGGER.match(text, at) is not None:
            assert may_open(known, text, at), text[at:]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(WORDS + MENTION_WORDS), min_size=1, max_size=40),
    seps=st.lists(st.sampled_from([" ", "  ", "\n", "-", "", ", ", "\u00a0"]), min_size=40, max_size=40),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 400)),
)
def test_the_compiled_prefilter_finds_what_finditer_finds(
    words: list[str], seps: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    start = min(cut[0], len(text))
    end = min(len(text), start + cut[1])
    assert spans(PREFILTERS[0][0].finditer(text, start, end)) == spans(STATUS_CUES.finditer(text, start, end))
    for prefilter, known in PREFILTERS:  # every word start the opening check admits is a candidate
        tried = list(prefilter.candidates(text, start, end))
        assert [at for at in tried if may_open(known, text, at)] == [
            m.start()
            for m in re.finditer(r"(?=[A-Za-z])\b", text[:end])
            if m.start() >= start and may_open(known, text, m.start())
        ]


FUSED = tuple(Prefilter.of(p) for p in (STATUS_CUES, TRIGGER, ROLE_PASSIVE, PROVISION))


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from([*WORDS, *MENTION_WORDS, "brokered", "mediated by", "prohibits", "bans", "İ", "K"]),
        min_size=1,
        max_size=40,
    ),
    seps=st.lists(
        st.sampled_from([" ", "\r\n", "\r", "\t", "-", "", ", ", "\u00a0"]), min_size=40, max_size=40
    ),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 400)),
)
def test_the_wide_fused_prefilters_find_what_finditer_finds(
    words: list[str], seps: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    start = min(cut[0], len(text))
    end = min(len(text), start + cut[1])
    for prefilter in FUSED:
        assert spans(prefilter.finditer(text, start, end)) == spans(
            prefilter.pattern.finditer(text, start, end)
        )


def test_a_wide_opening_rules_out_a_word_start_the_three_letter_one_admits() -> None:
    status = FUSED[0]
    assert "to " in (openings(STATUS_CUES) or ())
    assert status.starts.match("to kill", 0) is not None  # the three-letter candidates try "to kill"
    assert status.fused.match("to kill", 0) is None
    assert status.fused.match("to sign", 0) is not None or status.pattern.match("to sign", 0) is None
    assert prefixes(re.compile(r"\b(?:ink|signed)"), 6) == {"ink", "signed"}


GATES = (
    (Prefilter.any_of(ROLE_PASSIVE, ROLE_AS, ROLE_ACTIVE), (ROLE_PASSIVE, ROLE_AS, ROLE_ACTIVE)),
    (Prefilter.any_of(VENUE, PROVISION), (VENUE, PROVISION)),
    # the sentence's one look before the role, venue, provision and meeting scans (session 19)
    (_role_place_or_meeting(), (ROLE_PASSIVE, ROLE_AS, ROLE_ACTIVE, VENUE, PROVISION, MEET)),
)


@settings(max_examples=300, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(
            [
                *WORDS,
                "brokered by",
                "acted as mediator",
                "acting as",
                "guaranteed",
                "held in",
                "talks in",
                "bans",
                "met",
                "Meeting",
                "held talks",
                "resumed",
                "helmet",
            ]
        ),
        min_size=1,
        max_size=30,
    ),
    seps=st.lists(st.sampled_from([" ", "\r\n", "\r", "-", "", ", "]), min_size=30, max_size=30),
    cut=st.tuples(st.integers(0, 60), st.integers(0, 300)),
)
def test_a_union_gate_finds_nothing_exactly_when_none_of_its_patterns_matches(
    words: list[str], seps: list[str], cut: tuple[int, int]
) -> None:
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    start = min(cut[0], len(text))
    end = min(len(text), start + cut[1])
    for gate, patterns in GATES:
        assert (gate.search(text, start, end) is None) == all(
            p.search(text, start, end) is None for p in patterns
        )


def test_the_sentence_gate_admits_a_meeting_and_rules_out_a_plain_sentence() -> None:
    gate = _role_place_or_meeting()
    assert gate.search("Fiat will meet GM on Monday.", 0, 28) is not None
    assert gate.search("The ceasefire collapsed on Sunday.", 0, 34) is None


def test_a_union_needs_one_flag_set() -> None:
    with pytest.raises(ValueError, match="flags"):
        Prefilter.any_of(STATUS_CUES, re.compile(r"\bsigned\b"))
