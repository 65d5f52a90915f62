"""Property tests of the events layer: generated casualty sentences come back right; any text is safe."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsparse import Document, Quantity, Span
from newsparse.model import span_errors
from newsparse.serialize import document_from_dict
from newsparse.strategies import documents, news_texts, texts
from newsparse_claims.model import Claim
from newsparse_events.model import Contest, Event

from ..claims.layers import document, quantity, run

PASSIVE = {
    "killed": ["were killed", "died", "were shot dead", "have lost their lives"],
    "wounded": ["were wounded", "were injured", "were hurt"],
    "arrested": ["were arrested", "were detained"],
    "displaced": ["were displaced", "fled"],
    "abducted": ["were abducted", "were kidnapped"],
    "missing": ["are missing", "were still missing"],
}
ACTIVE = {
    "killed": "Airstrikes killed",
    "wounded": "The blast injured",
    "arrested": "Police arrested",
    "abducted": "Gunmen kidnapped",
    "displaced": "The floods displaced",
}
GROUPS = ["civilians", "soldiers", "people", "children", "protesters", "migrants", "militants"]
PREFIXES = ["", "On Monday, ", "In the north, ", "Officials said "]
SUFFIXES = [".", " in the town.", " last week.", " near the border on Sunday."]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def number(value: int) -> str:
    """A count as news writes it, with thousands separators."""
    return f"{value:,}"


def facts(doc: Document) -> list[tuple[str, int | float | None, str | None]]:
    """(role, count value, victim group) of each event."""
    return [
        (e.role, e.count.value if e.count else None, e.victims.text if e.victims else None)
        for e in doc.layer("events")
        if isinstance(e, Event)
    ]


@SETTINGS
@given(
    st.sampled_from(sorted(PASSIVE)),
    st.data(),
    st.integers(2, 999_999),
    st.sampled_from(GROUPS),
    st.sampled_from(PREFIXES),
    st.sampled_from(SUFFIXES),
)
def test_passive_sentences(
    role: str, data: st.DataObject, value: int, group: str, prefix: str, suffix: str
) -> None:
    verb = data.draw(st.sampled_from(PASSIVE[role]))
    text = f"{prefix}{number(value)} {group} {verb}{suffix}"
    q = quantity(text, number(value), value, counted=group)
    assert facts(run(document(text, quantities=[q]), "events")) == [(role, value, group)]


@SETTINGS
@given(
    st.sampled_from(sorted(ACTIVE)),
    st.integers(2, 999_999),
    st.sampled_from(GROUPS),
    st.sampled_from(SUFFIXES),
)
def test_active_sentences(role: str, value: int, group: str, suffix: str) -> None:
    text = f"{ACTIVE[role]} {number(value)} {group}{suffix}"
    q = quantity(text, number(value), value, counted=group)
    assert facts(run(document(text, quantities=[q]), "events")) == [(role, value, group)]


@SETTINGS
@given(st.integers(2, 99_999), st.integers(2, 99_999), st.sampled_from(GROUPS), st.booleans())
def test_coordinated_facts(killed: int, wounded: int, group: str, counted_second: bool) -> None:
    text = f"In January, {number(killed)} {group} were killed and {number(wounded)} wounded."
    first = quantity(text, number(killed), killed, counted=group)
    start = text.index(number(wounded), first.end)
    counted = first.counted if counted_second else None
    second = Quantity(
        start, start + len(number(wounded)), number(wounded), wounded, wounded, wounded, counted=counted
    )
    doc = run(document(text, quantities=[first, second]), "events")
    assert facts(doc) == [("killed", killed, group), ("wounded", wounded, group)]


def _numbers_as_quantities(text: str, doc: Document) -> list[Quantity]:
    """A crude quantities layer: every all-digit token, counting the next word."""
    out = []
    tokens = doc.tokens
    for i, token in enumerate(tokens):
        if token.text.isascii() and token.text.isdigit() and len(token.text) < 12:
            following = tokens[i + 1] if i + 1 < len(tokens) else None
            counted = (
                Span(following.start, following.end, following.text)
                if following and following.text.isalpha()
                else None
            )
            value = int(token.text)
            out.append(Quantity(token.start, token.end, token.text, value, value, value, counted=counted))
    return out


@SETTINGS
@given(st.one_of(texts(), news_texts()))
def test_any_text_is_safe(text: str) -> None:
    bare = Document(text)
    doc = run(document(text, quantities=_numbers_as_quantities(text, bare)))
    for name in ("claims", "events", "contested"):
        for item in doc.layer(name):
            assert span_errors(item, text) == []
    assert run(document(text, quantities=_numbers_as_quantities(text, bare))) == doc


@SETTINGS
@given(documents({"claims": Claim, "events": Event, "contested": Contest}))
def test_generated_documents_round_trip(doc: Document) -> None:
    types = {"claims": Claim, "events": Event, "contested": Contest}
    assert document_from_dict(json.loads(doc.to_json()), types) == doc


_DISOWNED_TAILS = [
    " An elderly man was reportedly killed, although this was formally denied by the police.",
    " Fatalities were reported by some sources and denied by others.",
    " The attack came after clashes between gangs in which 8 men have died.",
    " The rebels launched an attack aimed at killing the governor.",
    " The court sentenced two men to death.",
]


@SETTINGS
@given(st.one_of(texts(), news_texts()), st.sampled_from(_DISOWNED_TAILS))
def test_disowned_readers_take_any_text(text: str, tail: str) -> None:
    """The readers of disowned.py give the same bool twice on any text before a denied or earlier killing."""
    import newsparse
    from newsparse_events.disowned import is_death_sentence, is_disowned, is_intended, on_earlier_event

    doc = newsparse.parse(text + tail, only=["events", "syntax"])
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        for test in (is_disowned, is_intended, is_death_sentence, on_earlier_event):
            first = test(doc, event)
            assert isinstance(first, bool) and test(doc, event) == first


@given(st.text(max_size=200))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_no_casualty_readers_take_any_text(text: str) -> None:
    """The readers of natural.py never fail on a document's text, whatever it holds."""
    from newsparse import Document, Span
    from newsparse_events.model import Event, QuantityRef
    from newsparse_events.natural import (
        is_body_of_people,
        is_court_sentence,
        is_denied,
        is_killed_off,
        is_lacking,
        is_natural_death,
        is_saved,
        is_sports_injury,
    )

    doc = Document(text + " He died.")
    at = len(text) + 4
    for role in ("killed", "wounded", "missing", "arrested"):
        event = Event(
            start=at,
            end=at + 4,
            text="died",
            kind="casualty",
            role=role,
            trigger=Span(at, at + 4, "died"),
            count=QuantityRef(len(text) + 1, len(text) + 3, "He", 1, 1, 1, None),
        )
        for test in (is_natural_death, is_sports_injury, is_killed_off, is_court_sentence, is_saved):
            assert isinstance(test(doc, event), bool)
        assert isinstance(is_body_of_people(doc, event), bool)
        assert isinstance(is_lacking(doc, event), bool) and isinstance(is_denied(doc, event), bool)


_RELATIONS = ["nsubj", "obj", "obl", "nmod", "acl", "acl:relcl", "case", "mark", "conj", "root", None]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["after", "the", "bomb", "result", "killed", "said"]),
            st.integers(-1, 12),
            st.sampled_from(_RELATIONS),
        ),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
    st.one_of(st.none(), st.integers(0, 11)),
)
@settings(max_examples=80, deadline=None)
def test_aside_relatives_take_any_tree(
    words: list[tuple[str, int, str | None]], at: int, cue: int | None
) -> None:
    """The relative-clause reader of aside_source.py ends on any tree, cycles and bad heads included."""
    from newsparse.syntax import SyntaxTree, Word
    from newsparse_events.aside_source import in_aside_relative

    text = " ".join(w for w, _, _ in words)
    built, start = [], 0
    for word, head, deprel in words:
        built.append(Word(start, start + len(word), word, "NOUN", head if head >= 0 else None, deprel))
        start += len(word) + 1
    tree = SyntaxTree.of(text, built, ())
    trigger = at % len(built)
    found = in_aside_relative(tree, trigger, cue)
    assert isinstance(found, bool) and found == in_aside_relative(tree, trigger, cue)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["dragged", "men", "villagers", "woman", "shot", "them", "her", "and"]),
            st.integers(-1, 12),
            st.sampled_from(_RELATIONS),
            st.sampled_from(["VERB", "NOUN", "PRON"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
    st.sampled_from(["them", "her", "him"]),
)
@settings(max_examples=80, deadline=None)
def test_object_antecedents_take_any_tree(
    words: list[tuple[str, int, str | None, str]], at: int, pronoun: str
) -> None:
    """The object-pronoun reader of objects.py ends on any tree, bad heads included, inside the tree."""
    from newsparse.syntax import SyntaxTree, Word
    from newsparse_events.objects import antecedent

    text = " ".join(w for w, _, _, _ in words)
    built, start = [], 0
    for word, head, deprel, upos in words:
        built.append(Word(start, start + len(word), word, upos, head if head >= 0 else None, deprel))
        start += len(word) + 1
    tree = SyntaxTree.of(text, built, ())
    verb = at % len(built)
    found = antecedent(tree, verb, pronoun)
    assert found is None or 0 <= found < verb
    assert found == antecedent(tree, verb, pronoun)


@given(
    st.lists(st.sampled_from(["in", "Dhaka", "and", "Bogra", "the", "Sunday", "killed", ","]), max_size=14),
    st.lists(st.tuples(st.integers(0, 13), st.sampled_from(["GPE", "LOC", "ORG"])), max_size=6),
)
@settings(max_examples=80, deadline=None)
def test_joined_places_stay_inside_the_text(words: list[str], marks: list[tuple[int, str]]) -> None:
    """joined_places never fails; its stretches lie in the text, end on a place and come back alike."""
    from newsparse_events.places import joined_places

    text = " ".join(words)
    starts, k = [], 0
    for word in words:
        starts.append(k)
        k += len(word) + 1
    mentions = sorted(
        {(starts[i], starts[i] + len(words[i]), f"e{i}", kind, None) for i, kind in marks if i < len(words)}
    )
    found = joined_places(text, 0, len(text), mentions)
    ends = {m[1] for m in mentions if m[3] in {"GPE", "LOC"}}
    for a, b in found:
        assert 0 <= a < b <= len(text) and b in ends
    assert found == joined_places(text, 0, len(text), mentions)


_CHAINED_TAILS = [
    "\n\nTwo bombs exploded Friday, killing 12 people.\n\nAt least 7 were killed in the city, and 20 were"
    " hurt. Three more were reported dead, and 10 others were hurt.",
    " A bus crashed on Monday, killing 4. Two died in another crash, and 3 were hurt.",
]


@SETTINGS
@given(st.one_of(texts(), news_texts()), st.sampled_from(_CHAINED_TAILS))
def test_chained_days_take_any_text(text: str, tail: str) -> None:
    """A day carried along a paragraph's tolls (chain.py) lies in the text, and comes back alike."""
    import newsparse

    doc = newsparse.parse(text + tail, published="1998-08-08")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        if event.date is not None:
            assert 0 <= event.date.start < event.date.end <= len(doc.text)
    assert newsparse.parse(text + tail, published="1998-08-08") == doc


_MEANS_TAILS = [
    " Rebels hurled hand grenades at a police vehicle. Ten people were wounded in the attack.",
    " A group detonated a bomb in the village. Four persons were killed in the incident.",
    " Gunmen fired rockets with. It killed 3.",
]


@SETTINGS
@given(st.one_of(texts(), news_texts()), st.sampled_from(_MEANS_TAILS))
def test_earlier_means_take_any_text(text: str, tail: str) -> None:
    """The means read from the sentence before a toll (earlier.py) lies in the text, and comes back alike."""
    import newsparse

    doc = newsparse.parse(text + tail, published="2020-05-01")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        if event.instrument is not None:
            assert doc.text[event.instrument.start : event.instrument.end] == event.instrument.text
    assert newsparse.parse(text + tail, published="2020-05-01") == doc


_WAR_TAILS = [
    " The conflict, which killed more than 500 in the late 1980s, paved the way to elections.",
    " The war killed 250,000 people.",
    " The campaign that killed",
]


@SETTINGS
@given(st.one_of(texts(), news_texts()), st.sampled_from(_WAR_TAILS))
def test_war_totals_take_any_text(text: str, tail: str) -> None:
    """A toll whose act has a war as its subject (roles.py): its period lies in the text; alike twice."""
    import newsparse

    doc = newsparse.parse(text + tail, published="1996-08-22")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        if event.period is not None:
            assert doc.text[event.period.start : event.period.end] == event.period.text
    assert newsparse.parse(text + tail, published="1996-08-22") == doc


@SETTINGS
@given(st.one_of(texts(), news_texts()), st.sampled_from(["Cuba", "the Gaza Strip", "x"]), st.booleans())
def test_route_starts_take_any_text(text: str, start: str, destination: bool) -> None:
    """A route's start (places.origins) is no place of a toll; any text around it is safe; alike twice."""
    import newsparse

    end = " to the United States." if destination else "."
    tail = f" Ten people died during the crossing from {start}{end}"
    doc = newsparse.parse(text + tail, published="2000-04-03")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        if destination and event.place_text is not None:
            assert event.place_text.start != len(text) + tail.index(start)  # never the route's start
    assert newsparse.parse(text + tail, published="2000-04-03") == doc


@SETTINGS
@given(
    st.lists(st.sampled_from(["Nairobi", "Kenya", "Dar es Salaam", "Paletwa Town", "x"]), max_size=4),
    st.text(),
)
def test_address_chains_take_any_text(names: list[str], tail: str) -> None:
    """``actors.in_address`` reads any text at any offset without failing, and alike twice."""
    from newsparse_events.actors import in_address

    text = "Bombs exploded in " + ", ".join(names) + (" and " if names else "") + tail
    for start in range(len(text) + 1):
        assert in_address(text, start) == in_address(text, start)


@SETTINGS
@given(
    st.one_of(texts(), news_texts()), st.sampled_from(["a sniper's bullet", "the army's shelling", "his gun"])
)
def test_owners_of_means_take_any_text(text: str, means: str) -> None:
    """The owner of a means (roles.actor_of_means) lies in the text as a perpetrator span; alike twice."""
    import newsparse

    doc = newsparse.parse(f"{text} A man was killed by {means} last fall.", published="1999-04-10")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        if event.perpetrator_text is not None:
            span = event.perpetrator_text
            assert doc.text[span.start : span.end] == span.text
    assert newsparse.parse(f"{text} A man was killed by {means} last fall.", published="1999-04-10") == doc


_INNER_WORDS = ["Nairobi", "Kenya", "Mombasa", "Garissa", "Tanzania", "killed", "attack", "in", ",", "3", "."]


@SETTINGS
@given(st.lists(st.sampled_from(_INNER_WORDS), max_size=16), st.one_of(texts(), news_texts()))
def test_inner_places_take_any_text(words: list[str], tail: str) -> None:
    """``inner.inner_place`` never fails: places stay spans of the text, and a parse comes back alike."""
    import newsparse

    text = " ".join(words) + "\n\n" + tail + " Two people were killed in Kenya in the attack."
    doc = newsparse.parse(text, published="1998-08-10")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, text) == []
        if event.place_text is not None:
            span = event.place_text
            assert text[span.start : span.end] == span.text
    assert newsparse.parse(text, published="1998-08-10") == doc


_SUBJECT_WORDS = ["operations", "by", "Taliban", "forces", "killed", "injured", "10", "militants", ",", "and"]


@SETTINGS
@given(st.lists(st.sampled_from(_SUBJECT_WORDS), max_size=16), st.one_of(texts(), news_texts()))
def test_actors_inside_the_subject_take_any_text(words: list[str], tail: str) -> None:
    """A perpetrator read inside the clause's subject (roles.py, recognise.py) is a span of the text,
    and a parse comes back alike."""
    import newsparse

    text = tail + " " + " ".join(words) + " in Helmand."
    doc = newsparse.parse(text, published="2020-05-03")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, text) == []
        if event.perpetrator_text is not None:
            span = event.perpetrator_text
            assert text[span.start : span.end] == span.text
    assert newsparse.parse(text, published="2020-05-03") == doc


_SAYING_TAILS = [
    " At least 82 were killed and 1,700 injured, officials said as dawn broke Saturday. Dozens were missing,"
    " they said. The suspected car bombings occurred 700 km (450 miles) apart on Friday, police said.",
    " A man invaded a party on Friday, killing one girl, police said. The attacks happened on",
]


@SETTINGS
@given(st.one_of(texts(), news_texts()), st.sampled_from(_SAYING_TAILS))
def test_saying_days_take_any_text(text: str, tail: str) -> None:
    """A day dropped as a saying's or taken from "the bombings occurred ... on Friday" lies in the text,
    and the document comes back alike."""
    import newsparse

    doc = newsparse.parse(text + tail, published="1998-08-08")
    for event in doc.layer("events"):
        assert isinstance(event, Event) and span_errors(event, doc.text) == []
        if event.date is not None:
            assert doc.text[event.date.start : event.date.end] == event.date.text
    assert newsparse.parse(text + tail, published="1998-08-08") == doc


@given(
    st.lists(st.sampled_from(["said", "killed", "Friday", "as", "broke", ","]), min_size=1, max_size=10),
    st.lists(st.integers(-1, 9), min_size=10, max_size=10),
    st.integers(0, 9),
)
@settings(max_examples=80, deadline=None)
def test_saying_times_take_any_tree(words: list[str], heads: list[int], at: int) -> None:
    """_times_saying never fails on any tree, cycles included, and answers alike twice."""
    from newsparse.syntax import SyntaxTree, Word
    from newsparse_events.anchors import _times_saying

    text = " ".join(words)
    built, k = [], 0
    for i, word in enumerate(words):
        head = heads[i] if heads[i] < len(words) else -1
        built.append(Word(k, k + len(word), word, "VERB", head if head >= 0 else None, "ccomp"))
        k += len(word) + 1
    tree = SyntaxTree.of(text, built, ())
    cues = {w.start for w in built if w.text == "said"}
    for w in built:
        first = _times_saying(tree, w.start, at % len(built), cues)
        assert first == _times_saying(tree, w.start, at % len(built), cues)


_CLAUSE_RELATIONS = [
    "nsubj",
    "obl",
    "nmod",
    "acl",
    "acl:relcl",
    "ccomp",
    "advcl",
    "conj",
    "mark",
    "root",
    None,
]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["where", "killed", "Kabul", "(", ")", ",", "while", "that", "bomb"]),
            st.integers(-1, 12),
            st.sampled_from(_CLAUSE_RELATIONS),
            st.sampled_from(["VERB", "NOUN", "PROPN", "ADP", "PUNCT"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 20)), max_size=4),
)
@settings(max_examples=80, deadline=None)
def test_foreign_spans_take_any_tree(
    words: list[tuple[str, int, str | None, str]], at: int, spans: list[tuple[int, int]]
) -> None:
    """The clause reader of clauses.py ends on any tree, cycles and bad heads included; it returns
    only spans it was given, and the same ones twice."""
    from newsparse.syntax import SyntaxTree, Word
    from newsparse_events.clauses import foreign_spans

    text = " ".join(w for w, _, _, _ in words)
    built, start = [], 0
    for word, head, deprel, upos in words:
        built.append(Word(start, start + len(word), word, upos, head if head >= 0 else None, deprel))
        start += len(word) + 1
    tree = SyntaxTree.of(text, built, ())
    given_spans = [(a, a + n) for a, n in spans]
    trigger = built[at % len(built)].start
    found = foreign_spans(tree, trigger, given_spans)
    assert all(span in given_spans for span in found)
    assert found == foreign_spans(tree, trigger, given_spans)


_CLAUSE_RELATIONS = ["nsubj", "nsubj:pass", "det", "aux", "mark", "advmod", "xcomp", "advcl", "ccomp", None]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["none", "no", "if", "would", "later", "killed", "men", "to", "tried"]),
            st.integers(-1, 12),
            st.sampled_from(_CLAUSE_RELATIONS),
            st.sampled_from(["VERB", "NOUN", "AUX", "SCONJ"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
)
@settings(max_examples=80, deadline=None)
def test_unreal_verbs_take_any_tree(words: list[tuple[str, int, str | None, str]], at: int) -> None:
    """The negation, modality and condition reader of irrealis.py ends on any tree, cycles included."""
    from newsparse.syntax import SyntaxTree, Word
    from newsparse_events.irrealis import unreal_verb

    text = " ".join(w for w, _, _, _ in words)
    built, start = [], 0
    for word, head, deprel, upos in words:
        built.append(Word(start, start + len(word), word, upos, head if head >= 0 else None, deprel))
        start += len(word) + 1
    tree = SyntaxTree.of(text, built, ())
    offset = built[at % len(built)].start
    found = unreal_verb(tree, offset)
    assert isinstance(found, bool) and found == unreal_verb(tree, offset)


_CONTROL_RELATIONS = ["nsubj", "obj", "xcomp", "advcl", "conj", "aux", "mark", "root", None]


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["gunmen", "tried", "to", "storm", "killing", "and", "troops", "had"]),
            st.integers(-1, 12),
            st.sampled_from(_CONTROL_RELATIONS),
            st.sampled_from(["VERB", "NOUN", "AUX"]),
        ),
        min_size=1,
        max_size=12,
    ),
    st.integers(0, 11),
)
@settings(max_examples=80, deadline=None)
def test_controller_subjects_take_any_tree(words: list[tuple[str, int, str | None, str]], at: int) -> None:
    """The open-complement controller reader of roles.py ends on any tree, cycles and bad heads
    included; its subject lies in the text and comes back alike."""
    from newsparse.syntax import SyntaxTree, Word
    from newsparse_events.roles import _controller_subject

    text = " ".join(w for w, _, _, _ in words)
    built, start = [], 0
    for word, head, deprel, upos in words:
        built.append(Word(start, start + len(word), word, upos, head if head >= 0 else None, deprel))
        start += len(word) + 1
    tree = SyntaxTree.of(text, built, ())
    verb = at % len(built)
    found = _controller_subject(tree, verb)
    assert found is None or 0 <= found.start < found.end <= len(text)
    assert found == _controller_subject(tree, verb)
