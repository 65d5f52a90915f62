"""Session 14's faster forms give what the plain forms they replaced give, and its prefilters never
skip a text where their rule fires.

The plain forms are kept here as the reference: the brand pattern with its look-behind first, and
the acronyms' capitalised runs filtered to three capitalised words or more (no space count). Generated
texts full of the letters, capitals, small words and separators the patterns read must agree.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse import Document, Meta
from newsparse_entities.acronyms import _SMALL, _runs
from newsparse_entities.chunk_build import _AFFILIATION_CUES, _SIDE_CUES, build_chunk
from newsparse_entities.chunk_context import affiliation, side_after_result
from newsparse_entities.doc_evidence import award_names
from newsparse_entities.gazetteer import load
from newsparse_entities.metonyms import capital_metonyms
from newsparse_entities.recognise import _match_starts, gazetteer_matches
from newsparse_entities.resolve import _subdivision_choices
from newsparse_entities.teams import individual_sport, sports_report
from newsparse_entities.titles import _ROLE_HEADS, TITLE_HEADS, may_have_title, person_title, title_before
from newsparse_entities.words import _LOWER_BRAND, _LOWER_BRAND_IN_TEXT, Words, words_of
from tests.entities.words_reference import _capitals, _caseless

from .helpers import entity_at, parse

_PLAIN_BRAND = re.compile(r"(?<![\w.@/-])[ie][A-Z][a-z]{2,}s?(?![\w@-])")
_PLAIN_RUN = re.compile(r"[A-Z][A-Za-z&'-]*(?:[ ](?:(?:of|and|for|the|on|de|du|des)[ ])*[A-Z][A-Za-z&'-]*)*")


def _plain_runs(text: str) -> list[tuple[int, str, list[tuple[int, int, str]]]]:
    """The acronyms' runs as first written: every capitalised run, kept with three capitalised words
    (and, since session 18, those words alone)."""
    out = []
    for run in _PLAIN_RUN.finditer(text):
        if sum(word not in _SMALL for word in run.group().split(" ")) < 3:
            continue
        parts = [
            (m.start(), m.end(), m.group())
            for m in re.finditer(r"\S+", run.group())
            if m.group() not in _SMALL
        ]
        out.append((run.start(), run.group(), parts))
    return out


_BRAND_PIECES = st.sampled_from(
    ["i", "e", "P", "B", "od", "ay", "s", " ", ".", "@", "/", "-", "x", "é", "\n"]
)
_RUN_PIECES = st.sampled_from(
    ["Bank", "Mc", "D", "of", "and", "the", "The", " ", "  ", "&", "'", "-", "x", "(", "AB", "\n", "de"]
)


def test_brand_pattern_cases() -> None:
    """A brand with a small first letter at the start, after a space or a bracket; none glued on."""
    hits = ["iPod", "eBay rose", "(iTunes)", "buy iPods"]
    misses = ["xiPod", "a.iPod", "@eBay", "/iPod", "-iPod", "iPod-based", "iPod1", "iPo"]
    for text in hits:
        assert _LOWER_BRAND.search(text) and _PLAIN_BRAND.search(text), text
        assert _LOWER_BRAND_IN_TEXT.search(text), text
    for text in misses:
        assert not _LOWER_BRAND.search(text) and not _PLAIN_BRAND.search(text), text
        assert not _LOWER_BRAND_IN_TEXT.search(text), text
    assert _LOWER_BRAND.fullmatch("iPod") and not _LOWER_BRAND.fullmatch("xiPod")


@settings(max_examples=400)
@given(st.lists(_BRAND_PIECES, max_size=14).map("".join))
def test_brand_pattern_matches_the_plain_one(text: str) -> None:
    """The reordered look-behind finds the same matches as the plain pattern, everywhere."""
    assert [m.span() for m in _LOWER_BRAND.finditer(text)] == [m.span() for m in _PLAIN_BRAND.finditer(text)]
    assert bool(_LOWER_BRAND.fullmatch(text)) == bool(_PLAIN_BRAND.fullmatch(text))
    assert bool(_LOWER_BRAND_IN_TEXT.search(text)) == bool(_PLAIN_BRAND.search(text))


def test_runs_of_three_words() -> None:
    """A run of three capitalised words is found, with its small words; one of two is not."""
    text = "the Department of Trade and Industry (DTI) and Bank Holding"
    assert [(a, r) for a, r, _ in _runs(text)] == [(4, "Department of Trade and Industry")]
    assert _runs("Bank Holding said") == []
    assert _runs(text) == _plain_runs(text)


@settings(max_examples=400)
@given(st.lists(_RUN_PIECES, max_size=16).map("".join))
def test_runs_match_the_plain_ones(text: str) -> None:
    """The runs of three words or more, those of fewer than two spaces dropped first, are those of the
    plain scan and filter."""
    assert _runs(text) == _plain_runs(text)


# Words around names: the cues the prefilters look for, their near misses, names and punctuation.
_CONTEXT_WORDS = st.sampled_from(
    """over against for to join joined signed move win victory at from with of in analyst spokesman
    chief executive minister Minister Secretary State Prime said , ( ) . Aston Villa Celtic Goldman
    Sachs John Kerry Sir Mr the a striker loan""".split()
)


def _words(text: str) -> Words:
    """The entities layer's words of ``text``."""
    return words_of(Document(text, meta=Meta()))


@settings(max_examples=300)
@given(st.lists(_CONTEXT_WORDS, min_size=2, max_size=14).map(" ".join))
def test_chunk_context_prefilters_never_skip_a_firing(text: str) -> None:
    """Where side_after_result or affiliation holds, the word before is one of their cues; where a
    title stands before a name, the words before it pass person_title's test."""
    words = _words(text)
    for i in range(1, len(words)):
        for j in range(i + 1, min(i + 3, len(words)) + 1):
            if words.sent[i - 1] == words.sent[i] and side_after_result(words, i, j, []):
                assert words.lower[i - 1] in _SIDE_CUES
            if affiliation(words, i - 1, j):
                assert words.lower[i - 1] in _AFFILIATION_CUES
        span = title_before(words, i, frozenset())
        if span is not None:
            t, low = words.text, words.lower
            assert t[i - 1] in TITLE_HEADS or low[i - 1] in _ROLE_HEADS or "of" in t[max(0, i - 4) : i - 1]


def test_chunk_evidence_just_past_the_prefilters() -> None:
    """The rules behind the new prefilters still fire on texts that just pass them."""
    assert "team_role" in parse_evidence("Everton were happy after a 3-1 win over Aston Villa .", "Aston")
    assert "team_role" in parse_evidence("The striker will join Celtic on loan .", "Celtic")
    assert "affiliation" in parse_evidence("said an analyst at Nomura Securities .", "Nomura")
    words = _words("U.S. Secretary of State John Kerry met officials.")
    k = words.text.index("John")
    assert person_title(words, k, k + 2, frozenset()) == (words.text.index("Secretary"), k)


def parse_evidence(text: str, first: str) -> tuple[str, ...]:
    """The evidence of the chunk of ``text`` that opens with the word ``first``."""
    words = _words(text)
    i = words.text.index(first)
    j = i + 1
    while j < len(words) and words.cap[j]:
        j += 1
    return build_chunk(words, tuple(range(i, j)), ()).evidence


def test_sport_counts_just_past_their_prefilters() -> None:
    """Three words of matches make a sports report; two of tennis over none of team sports, an
    individual one; none of them, neither."""
    assert sports_report(_words("The match ended the season before the final."))
    assert not sports_report(_words("The match ended the season."))
    assert individual_sport(_words("The tennis player won the sprint."))
    assert not individual_sport(_words("The player won the race."))


def test_capital_metonyms_just_past_the_prefilter() -> None:
    """A capital acting as its state is found; a document naming no capital has none."""
    gaz = load()
    doc = parse("Tehran agreed to the deal on Monday.")
    tehran = entity_at(doc, "Tehran")
    assert tehran.canonical == "Iran" and tehran.mentions[0].form == "capital"
    words = _words("Aleppo agreed to the deal.")
    assert capital_metonyms(words, [], gaz) == set()


@settings(max_examples=200)
@given(st.lists(_CONTEXT_WORDS, max_size=14).map(" ".join))
def test_vocabulary_is_the_set_of_lower_words(text: str) -> None:
    """The words' vocabulary, which the prefilters test against, is the set of the lower-cased words."""
    words = _words(text)
    assert words.vocabulary == frozenset(words.lower)


def test_lower_case_first_words_just_past_their_prefilter() -> None:
    """A gazetteer name opening with a lower-case word is still matched ("al-Qaeda"), the set of
    such words tested against the document's lower-cased words first."""
    gaz = load()
    for text in ("Fighters of al-Qaeda attacked the town.", "He joined al-Qaeda."):
        words = _words(text)
        k = words.text.index("al-Qaeda")
        assert k in _match_starts(words, gaz)
        assert any(m.text == "al-Qaeda" for m in gazetteer_matches(words, gaz, frozenset()))


def test_small_letter_brands_among_the_capitalised_words() -> None:
    """Words written as brands with a small "i" or "e" first are capitalised words; others are not."""
    words = _words("Apple sold the iPod and eBay rose, it said in its iPhones report; xiPod and iPo.")
    assert {words.text[k] for k in words.caps} == {"Apple", "iPod", "eBay", "iPhones"}


def test_award_names_just_past_the_prefilter() -> None:
    """A first name an award's noun follows is the award; with no such noun in the text, none is."""
    words = _words("Oscar nominations were announced.")
    chunks = [build_chunk(words, (0,), ())]
    assert award_names(words, chunks, ["Oscar"]) == {"Oscar"}
    words = _words("Oscar said it.")
    assert award_names(words, [build_chunk(words, (0,), ())], ["Oscar"]) == set()


def test_subdivision_choice_just_past_the_prefilter() -> None:
    """ "Idlib province" makes the bare "Idlib" the province; with no subdivision word, no choice."""
    gaz = load()
    words = _words("Shelling hit Idlib province on Monday.")
    matches = gazetteer_matches(words, gaz, frozenset())
    text = "Shelling hit Idlib province on Monday."
    assert _subdivision_choices(words, matches, text).get("Idlib", "").startswith("iso3166-2:")
    words = _words("Shelling hit Idlib on Monday.")
    assert _subdivision_choices(words, gazetteer_matches(words, gaz, frozenset()), "") == {}


def test_titles_after_a_name_just_past_the_prefilter() -> None:
    """A role in an apposition after a name is its title; a name with no comma after it has none."""
    words = _words("Jane Doe, chief executive of Acme, said it.")
    assert person_title(words, 0, 2, frozenset()) == (3, 5)
    words = _words("Jane Doe said it.")
    assert person_title(words, 0, 2, frozenset()) is None


def test_sport_words_counted_where_written() -> None:
    """One word of matches written three times makes a sports report, as three words do; tennis
    twice outweighs football once, and not football twice."""
    assert sports_report(_words("The match was a good match, the best match of the year."))
    assert not sports_report(_words("The match was a good match."))
    assert individual_sport(_words("Tennis is tennis, and football is not."))
    assert not individual_sport(_words("Tennis is tennis, as football is football."))


_CAPITAL_PIECES = st.sampled_from(["A", "b", "É", "é", "ب", "中", "ǅ", "Ⓐ", "1", "-", "'", "“", "Z"])


@settings(max_examples=300)
@given(st.lists(st.lists(_CAPITAL_PIECES, min_size=1, max_size=4).map("".join), max_size=8))
def test_capitals_read_from_the_capitals_when_no_word_opens_with_a_caseless_letter(texts: list[str]) -> None:
    """Where no token opens with a letter without case, the words in capitals found among the
    capitalised ones are those a look at every token finds."""
    firsts = [t[0] for t in texts]
    hyphens = [k for k, t in enumerate(texts) if "-" in t]
    everything = _capitals(texts, firsts, hyphens, False)
    if not any(map(_caseless, set(firsts))):
        assert _capitals(texts, firsts, hyphens, True) == everything


def test_a_caseless_first_letter_makes_every_token_looked_at() -> None:
    """A token in capitals after an Arabic letter ("بAB") is in capitals, though it opens with no capital."""
    words = _words("The بAB group met the UN.")
    assert [words.text[k] for k in words.uppers] == ["بAB", "UN"]


@settings(max_examples=300)
@given(st.lists(st.lists(_CAPITAL_PIECES, min_size=1, max_size=4).map("".join), max_size=10).map(" ".join))
def test_words_in_capitals_are_those_a_look_at_every_word_finds(text: str) -> None:
    """Whatever letters open the words (cased, caseless, accented), the words in capitals are the
    words of two characters or more, a letter first, with no small letter."""
    words = _words(text)
    expected = [k for k, t in enumerate(words.text) if len(t) > 1 and t[0].isalpha() and t.isupper()]
    assert words.uppers == expected


def test_titles_looked_for_only_where_one_may_stand() -> None:
    """A title word before a name or a comma after it lets a title be looked for; a name between
    plain words has none; the people's titles are found all the same."""
    words = _words("Prime Minister Theresa May met John Smith and Jane Doe, chief executive of Acme.")
    may = words.text.index("Theresa")
    smith = words.text.index("John")
    doe = words.text.index("Jane")
    assert may_have_title(words, may, may + 2)
    assert not may_have_title(words, smith, smith + 2)
    assert may_have_title(words, doe, doe + 2)
    doc = parse("Prime Minister Theresa May met John Smith and Jane Doe, chief executive of Acme.")
    titles = {m.text: m.title.text if m.title else None for e in doc.entities for m in e.mentions}
    assert titles["Theresa May"] == "Prime Minister"
    assert titles["John Smith"] is None
    assert titles["Jane Doe"] == "chief executive"
