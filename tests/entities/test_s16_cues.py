"""Session 16 round 2: resolve's passes read their candidates from a cue index (``cues.py``) and give
what they gave walking every candidate.

The plain forms are the reference: ``listed_with_places`` as first written (every candidate walked,
lists flushed as they end), ``place_appositions`` given every candidate as a comma's, ``place_teams``
given every gazetteer match.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Meta
from newsparse_entities.chunks import chunks
from newsparse_entities.company_forms import company_edges
from newsparse_entities.connectors import without_compass_pairs, without_leading_joiner
from newsparse_entities.context import (
    _LIST_PLACE_PREPS,
    _NEAR,
    LIST_JOINERS,
    is_known_place,
    listed_with_places,
    place_appositions,
)
from newsparse_entities.cues import (
    COMMA,
    COMPANY_LIST,
    COMPANY_LIST_OPENERS,
    COMPANY_TOWN,
    LIST_PLACE,
    TEAM,
    CueIndex,
    cue_index,
)
from newsparse_entities.doc_evidence import company_towns
from newsparse_entities.gazetteer import Gazetteer, load
from newsparse_entities.long_names import joined_long_names
from newsparse_entities.recognise import gazetteer_matches
from newsparse_entities.rules import WEAK_FIRST_NAMES
from newsparse_entities.teams import place_teams
from newsparse_entities.title_surnames import title_surnames
from newsparse_entities.words import Candidate, Words, headline_sentences, words_of
from newsparse_entities.works import joined_titles
from tests.entities.helpers import entity_at, parse


def _candidates(text: str) -> tuple[Words, list[Candidate]]:
    """The document's words and the candidates resolve is given (as the extractor finds them)."""
    gaz = load()
    words = words_of(Document(text, meta=Meta()))
    headlines = headline_sentences(words)
    matches = gazetteer_matches(words, gaz, headlines)
    cands = joined_long_names(words, chunks(words, matches, gaz, headlines), gaz)
    cands = joined_titles(words, title_surnames(words, cands, gaz))
    cands = company_edges(words, without_compass_pairs(words, without_leading_joiner(words, cands, matches)))
    return words, list(cands)


def _plain_listed_with_places(words: Words, cands: list[Candidate], text: str, gaz: Gazetteer) -> set[str]:
    """``listed_with_places`` as first written: every candidate walked in order."""
    out: set[str] = set()
    group: list[Candidate] = []
    last_conj = 0

    def flush() -> None:
        """Collect the chunk names of a finished list."""
        members = group[:last_conj]
        if len(members) < 2:
            return
        prev = words.prev(members[0].i)
        prep = words.lower[prev] if prev is not None else ""
        if prep not in _LIST_PLACE_PREPS:
            return
        names = [text[c.start : c.end] for c in members if c.kind == "chunk"]
        if prep in _NEAR or any(is_known_place(c, gaz) for c in members):
            out.update(names)
        else:
            out.update(n for n in names if n.split()[0] in WEAK_FIRST_NAMES)

    lower, sent, poss = words.lower, words.sent, words.poss
    for c in sorted(cands, key=lambda c: c.i):
        if group:
            p = group[-1]
            if (
                1 <= c.i - p.j <= 2
                and last_conj == 0
                and sent[p.i] == sent[c.i]
                and all(t in LIST_JOINERS for t in lower[p.j : c.i])
                and not poss[p.j - 1]
            ):
                group.append(c)
                if lower[c.i - 1] in ("and", "or"):
                    last_conj = len(group) if not poss[c.j - 1] else 0
                continue
            if last_conj >= 2:
                flush()
        group = [c]
        last_conj = 0
    flush()
    return out


_PIECES = st.sampled_from(
    [
        "Fighting near Saraqeb and Abu al-Duhur.",
        "Refugees from Aleppo, Homs and Abu Kamal arrived",
        "in Saraqeb and Abu Zeid,",
        "Clashes in Zamora, Michoacan, left two dead.",
        "in Gardez district, Paktia.",
        "in Mali Zvornik, Serbia.",
        "Leeds beat Hull 2-1.",
        "the game against Italy",
        "England were sloppy and Wales have won.",
        "Leicester 3 Derby 1",
        "He signed for Celtic.",
        "to join Rangers",
        "Smith, Jones and Brown said",
        "Halifax, Nokia's shares",
        "Acme Corp said",
        "handset maker Nokia",
        "The Halifax said",
        "Espoo's shares fell",
        "firms such as Nokia and Philips",
        "companies including Halifax, Acme Corp and Espoo",
        "MOSCOW",
        ",",
        "and",
        "in",
        "near",
        "Kabul",
    ]
)
_SEPARATORS = st.sampled_from([" ", "\n", "\r\n", "\r", ". "])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_PIECES, _SEPARATORS), min_size=1, max_size=8))
def test_indexed_passes_give_the_plain_passes(pieces: list[tuple[str, str]]) -> None:
    """On passages of cue-rich pieces joined by any line ending, each pass reading its cue class
    gives what it gives walking every candidate."""
    text = "".join(p + sep for p, sep in pieces)
    words, cands = _candidates(text)
    if not words.text:
        return
    gaz = load()
    cues = cue_index(words, cands)
    every = CueIndex(cues.ordered, {COMMA: list(range(len(cands)))})
    assert listed_with_places(words, cues, text, gaz) == _plain_listed_with_places(words, cands, text, gaz)
    decided: dict[str, str | None] = {}
    assert place_appositions(words, cues, text, gaz, decided) == place_appositions(
        words, every, text, gaz, decided
    )
    gaz_cands = [c for c in cands if c.kind == "gaz"]
    assert place_teams(words, cues.of(TEAM, "gaz"), text) == place_teams(words, gaz_cands, text)
    assert company_towns(words, cues.of(COMPANY_TOWN, "gaz"), text) == company_towns(words, gaz_cands, text)
    lower = words.lower
    plain_starts = [c for c in gaz_cands if c.i > 0 and lower[c.i - 1] in COMPANY_LIST_OPENERS]
    assert sorted(cues.of(COMPANY_LIST, "gaz")) == sorted(plain_starts)


def test_cue_classes_of_a_passage() -> None:
    """The classes name the candidates beside their words: a team's, a comma's, a list's preposition."""
    text = "Leeds beat Hull 2-1 near Saraqeb and Abu al-Duhur, Syria."
    words, cands = _candidates(text)
    cues = cue_index(words, cands)
    names = {cls: [text[c.start : c.end] for c in cues.of(cls)] for cls in (TEAM, COMMA, LIST_PLACE)}
    assert "Leeds" in names[TEAM] and "Hull" in names[TEAM]
    assert names[LIST_PLACE] == ["Saraqeb"]
    assert "Syria" in names[COMMA]
    assert cues.of(LIST_PLACE, "gaz") == [c for c in cues.of(LIST_PLACE) if c.kind == "gaz"]


def test_empty_index_has_no_class() -> None:
    """A passage with no cue word beside a name gives no class at all."""
    words, cands = _candidates("Acme Widgets Ltd opened today.")
    assert cue_index(words, cands).at == {}


def test_listed_places_through_the_extractor() -> None:
    """End to end, with any line ending: a list after "near" is places."""
    for ending in ("\n", "\r\n", "\r"):
        doc = parse(f"Rebels attacked.{ending}Fighting continued near Kafr Zita and Abu al-Duhur on Monday.")
        assert entity_at(doc, "Kafr Zita").type == "GPE"
