"""Property tests of the claims extractor: generated attributions come back; any text is safe."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse.model import span_errors
from newsparse.strategies import news_texts, texts
from newsparse_claims.model import Claim

from .layers import document, run


def _claims_hold(text: str) -> None:
    """The claims of ``text`` lie inside it (offsets and texts agree) and a second run gives the same."""
    doc = run(document(text), "claims")
    for claim in doc.layer("claims"):
        assert span_errors(claim, text) == []
    assert run(document(text), "claims") == doc


SOURCES = ["UN officials", "The health ministry", "Local residents", "A police spokesman", "Rebel commanders"]
CUES = ["said", "say", "told reporters", "claimed", "reported", "stated"]
CONTENTS = [
    "12 people were killed in the attack",
    "the talks would resume next week",
    "the convoy had been hit by a mine",
    "dozens of families fled the town",
]
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(
    st.sampled_from(SOURCES), st.sampled_from(CUES), st.sampled_from(CONTENTS), st.booleans(), st.booleans()
)
def test_generated_attributions(source: str, cue: str, content: str, inverted: bool, that: bool) -> None:
    cue_word = cue.split()[0]
    if inverted:
        lead = source[0].lower() + source[1:]
        text = f"{content[0].upper()}{content[1:]}, {lead} {cue}."
        expected_source, expected_content = lead, content[0].upper() + content[1:]
    else:
        text = f"{source} {cue} {'that ' if that else ''}{content}."
        expected_source, expected_content = source, content
    doc = run(document(text), "claims")
    claims = [c for c in doc.layer("claims") if isinstance(c, Claim)]
    assert [(c.source_text and c.source_text.text, c.cue.text, c.content.text) for c in claims] == [
        (expected_source, cue_word, expected_content)
    ]


@SETTINGS
@given(st.one_of(texts(), news_texts()))
def test_any_text_is_safe(text: str) -> None:
    _claims_hold(text)


HEADLINE_WORDS = st.lists(
    st.sampled_from(["On", "on", "At", "Trump", "Clinton", "Her", "Speech", ":", "‘", "’", "said", ",", "."]),
    max_size=14,
)


@SETTINGS
@given(HEADLINE_WORDS, st.sampled_from(["Trump", "CNN President", "Sen. Ann Lee"]))
def test_headline_colons_are_safe(words: list[str], speaker: str) -> None:
    """Any run of headline words with colons and quotes: offsets inside the text, the same twice."""
    text = f"{speaker} {' '.join(words)}\n\nThe race goes on."
    doc = run(document(text), "claims")
    for claim in doc.layer("claims"):
        assert span_errors(claim, text) == []
        if isinstance(claim, Claim) and claim.cue.text == ":" and claim.source_text is not None:
            assert claim.source_text.end <= claim.cue.start
    assert run(document(text), "claims") == doc


TIME_SOURCE_WORDS = st.lists(
    st.sampled_from(["last", "week", "Tuesday", "earlier", "in", "the", "day", ",", "(", ")", "Ann", "Lee",
                     "D-Calif.", "chairman", "who", "opposed", "two", "weeks", "ago"]),
    max_size=10,
)


@SETTINGS
@given(TIME_SOURCE_WORDS, st.sampled_from(["said", "announced", "joked"]))
def test_time_sources_are_safe(words: list[str], cue: str) -> None:
    """Names, appositions and times before a cue, with the syntax layer: offsets inside, the same twice."""
    from newsparse_syntax import syntax_of

    text = f"Sen. Ann Lee {' '.join(words)} {cue} the plan would fail."
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = run(doc, "claims")
    for claim in out.layer("claims"):
        assert span_errors(claim, text) == []
    assert run(doc, "claims") == out


INTENT_WORDS_LIST = st.lists(
    st.sampled_from("is are was planning seeking demanding to that and Ann Lee the group , now a".split()),
    max_size=12,
)


@SETTINGS
@given(INTENT_WORDS_LIST)
def test_progressive_intents_are_safe(words: list[str]) -> None:
    """Any run of subjects, auxiliaries and intention participles: offsets inside the text, the same twice."""
    text = f"{' '.join(words)} go on."
    _claims_hold(text)


WIRE_QUOTE_WORDS = st.lists(
    st.sampled_from(["``", "''", "`", "'", '"', "We", "won", ",", ".", "said", "Moskal", "he", "\n\n"]),
    max_size=14,
)


@SETTINGS
@given(WIRE_QUOTE_WORDS)
def test_backtick_quotations_are_safe(words: list[str]) -> None:
    """Any run of the wire's backtick and apostrophe marks among words: quotations and claims inside the
    text, disjoint and in order, the same twice."""
    from newsparse_claims.quoting import claim_quotations

    text = " ".join(words) + " Moskal said."
    quotes = claim_quotations(text)
    assert all(0 <= q.start < q.end <= len(text) and text[q.start : q.end] == q.text for q in quotes)
    assert all(a.end <= b.start for a, b in itertools.pairwise(quotes))
    _claims_hold(text)


@SETTINGS
@given(WIRE_QUOTE_WORDS, st.booleans())
def test_wire_mark_columns_are_safe(words: list[str], spaced: bool) -> None:
    """The wire marks read as straight ones: tokens and sentences inside the text, in order, each token
    the text's own characters or a pair of marks read as '"'; claims inside the text, the same twice."""
    from newsparse_claims.quoting import wire_mark_columns

    text = (" " if spaced else "").join(words) + " Moskal said."
    wire = wire_mark_columns(text)
    if wire is not None:
        columns, sentences = wire
        for start, end, word in zip(*columns, strict=True):
            assert 0 <= start < end <= len(text)
            assert text[start:end] == word or (word == '"' and text[start:end] in {"`", "'"})
        assert all(0 <= a < b <= len(text) for a, b in sentences)
    _claims_hold(text)


QUOTING_WORDS = st.lists(
    st.sampled_from(["AP", "The", "agency", "quoted", "was", "as", "saying", "Lee", ",", '"', ".", "in"]),
    max_size=14,
)


@SETTINGS
@given(QUOTING_WORDS)
def test_quotings_are_safe(words: list[str]) -> None:
    """Any run of quoting sources, "quoted", "as saying" and marks: offsets inside, the same twice."""
    text = f"{' '.join(words)} the talks failed."
    _claims_hold(text)


FIRM_WORDS = st.lists(
    st.sampled_from(["Tony", "Lama", "Co.", "Corp.", "Inc", ".", "Mr.", "Lee", "and", "the", "directors"]),
    max_size=10,
)


@SETTINGS
@given(FIRM_WORDS)
def test_firm_sources_are_safe(words: list[str]) -> None:
    """Firm names, abbreviations and stops before a cue: offsets inside the text, the same twice."""
    text = f"{' '.join(words)} said the offer was low."
    _claims_hold(text)


ACCUSED_WORDS = st.lists(
    st.sampled_from(["Lee", "who", "is", "has", "been", "accused", "of", "by", "the", "fraud", ",", "."]),
    max_size=12,
)


@SETTINGS
@given(ACCUSED_WORDS)
def test_passive_accusations_are_safe(words: list[str]) -> None:
    """Any run of subjects, auxiliaries, "accused of" and "by": offsets inside the text, the same twice."""
    text = f"{' '.join(words)} lying about the accounts."
    _claims_hold(text)


TAIL_WORDS = st.lists(
    st.sampled_from(["it", "has", "been", "was", "is", "announced", "reported", "on", "in", "by", ",", "."]),
    max_size=10,
)


@SETTINGS
@given(TAIL_WORDS)
def test_closing_reports_are_safe(words: list[str]) -> None:
    """Any run of "it", auxiliaries, reporting participles and stops after a clause: offsets inside, the
    same twice."""
    text = f"The film will be made, {' '.join(words)}"
    _claims_hold(text)


ABSOLUTE_WORDS = st.lists(
    st.sampled_from(["with", "Lee", "the", "voters", "saying", "calling", "showed", "up", "to", "40", "think",
                     "tank", ",", "and", "who", "'s", "previously", "announced",
                     "found", "be", "plan", "declined", "comment", "but", "said", "show", "off",
                     "benefit", "Channel", "4", "of", "figures", "can"]),
    max_size=12,
)


@SETTINGS
@given(ABSOLUTE_WORDS)
def test_absolutes_and_other_senses_are_safe(words: list[str]) -> None:
    """Any run of "with", noun phrases, participle cues and "showed up"/"think tank": offsets inside the
    text, the same twice."""
    text = f"The race tightened, {' '.join(words)} the plan would fail."
    _claims_hold(text)


RELATIVE_WORDS = st.lists(
    st.sampled_from(
        ["Lee", ",", "who", "which", "favored", "supports", "wrote", "that", "to", "the", "plan", "is", "."]
    ),
    max_size=12,
)


@SETTINGS
@given(RELATIVE_WORDS)
def test_relative_attitudes_are_safe(words: list[str]) -> None:
    """Any run of relative pronouns, attitude verbs, objects and clauses: offsets inside, the same twice."""
    text = f"{' '.join(words)} said the talks failed."
    _claims_hold(text)


WRITER_TAIL_WORDS = st.lists(
    st.sampled_from(
        [",", "in", "a", "an", "bid", "effort", "to", "seen", "as", "widely", "raising", "move", "that", '"',
         "because"]
    ),
    max_size=12,
)


@SETTINGS
@given(WRITER_TAIL_WORDS)
def test_writer_tails_are_safe(words: list[str]) -> None:
    """Any run of commas, purpose, judgement and consequence words after a content: offsets inside the
    text, the same twice."""
    text = f"Lee said the plan would work {' '.join(words)} fears of a delay."
    _claims_hold(text)


CONTENT_END_WORDS = st.lists(
    st.sampled_from(["and", "but", "attempted", "said", "which", "he", "as", "where", "by", "saying", ",",
                     "-", '"', "the", "plan", "failed", "when", "voters", "claim", "extended", "rights"]),
    max_size=14,
)


@SETTINGS
@given(CONTENT_END_WORDS, st.sampled_from(["promised", "said", "described"]))
def test_content_ends_are_safe(words: list[str], cue: str) -> None:
    """Conjoined predicates, relative and adverbial words after a cue, with the syntax layer: offsets
    inside the text, the same twice."""
    from newsparse_syntax import syntax_of

    text = f"Ann Lee {cue} a veto {' '.join(words)} on Monday."
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = run(doc, "claims")
    for claim in out.layer("claims"):
        assert span_errors(claim, text) == []
    assert run(doc, "claims") == out


FRONTED_WORDS = st.lists(
    st.sampled_from(
        ["While", "Even", "though", "When", "asked", "Lee", "said", "admitted", "the", "plan", ",", "2,400",
         "whose", '"', "“", "”", "(", ")", "it", "failed"]
    ),
    max_size=12,
)


@SETTINGS
@given(FRONTED_WORDS)
def test_fronted_clauses_are_safe(words: list[str]) -> None:
    """Any run of subordinators, cues, commas, numbers and quotation marks opening a sentence: offsets
    inside the text, the same twice."""
    text = f"{' '.join(words)}, the board voted again."
    _claims_hold(text)


PLAIN_OBJECT_WORDS = st.lists(
    st.sampled_from(
        ["the", "matter", "nothing", "irony", "that", "it", "will", "fail", "as", "a", "way", ",", '"', "“",
         "said", "knows", "considered", "plan", "them", "and"]
    ),
    max_size=8,
)


@SETTINGS
@given(PLAIN_OBJECT_WORDS, st.sampled_from(["knows", "considered", "said", "see", "added"]))
def test_plain_objects_are_safe(words: list[str], cue: str) -> None:
    """Any short run of objects, clause words and quotation marks after a verb of saying or knowing,
    with the syntax layer: offsets inside the text, the same twice."""
    from newsparse_syntax import syntax_of

    text = f"Ann Lee {cue} {' '.join(words)}."
    doc = document(text, syntax=tuple(syntax_of(document(text))))
    out = run(doc, "claims")
    for claim in out.layer("claims"):
        assert span_errors(claim, text) == []
    assert run(doc, "claims") == out
