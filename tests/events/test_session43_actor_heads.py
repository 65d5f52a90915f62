"""Issue 16, session 43 (evother): a perpetrator given as a name that only premodifies the actor's noun
takes that noun's phrase ("GNA air force", "LNA forces"); before an instrument, the modifiers up to the
actor's noun ("an Afghan military airstrike": "Afghan military").

``actor_heads`` grows the perpetrator's span from the name to the noun it hangs on through modifier
relations, when that noun (or an instrument's last premodifier) is an actor or armed body noun. Passages
and trees written for the test: unit tests, not evidence.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse_events.governing as governing
from newsparse.syntax import SyntaxTree, Word
from newsparse.testing import syntax_tree
from newsparse_events.actor_heads import _ACTORS, actor_head

from .helpers import perpetrators


@pytest.mark.parametrize(
    ("text", "name", "actor"),
    [
        (
            "On 8 May 2021, GNA air force killed six civilians in an airstrike near Riverton.",
            "GNA",
            "GNA air force",
        ),
        (
            "On 7 May 2021, indiscriminate shells fired by alleged LNA forces killed three civilians in "
            "Green Hill.",
            "LNA",
            "LNA forces",
        ),
        (
            "On 6 May 2021, 2 Taliban militants were killed by an Afghan military airstrike in Baharak "
            "district.",
            "Afghan",
            "Afghan military",
        ),
    ],
)
def test_the_name_grows_to_the_actors_noun(
    text: str, name: str, actor: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The toll's perpetrator is the actor's phrase; with the step patched out, the name alone."""
    assert perpetrators(text, published="2021-05-10") == [("killed", actor)]
    monkeypatch.setattr(governing, "with_actor_heads", lambda doc, events: list(events))
    assert perpetrators(text, published="2021-05-10") == [("killed", name)]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # the name is the actor's head itself
        ("On 2 May 2021, Hezbollah killed three civilians in Marjayoun.", "Hezbollah"),
        # an instrument with no actor noun before it names nobody
        ("On 2 May 2021, a Saudi airstrike killed three civilians in Marjayoun.", None),
    ],
)
def test_no_growth_without_an_actors_noun(text: str, actor: str | None) -> None:
    """A name that heads its phrase, or an instrument with no actor noun, is left as it was."""
    assert perpetrators(text, published="2021-05-10") == [("killed", actor)]




def _head(spec: str, name: str) -> str | None:
    tree = syntax_tree(spec)
    first = next(k for k, w in enumerate(tree.words) if w.text == name.split()[0])
    n = first + len(name.split()) - 1
    found = actor_head(tree, first, n)
    return None if found is None else tree.words[found].text


def test_trees_the_step_grows() -> None:
    """An acronym read as a determiner, a compound name, an instrument's actor premodifier."""
    spec = "GNA/DET/2/det air/NOUN/2/compound force/NOUN/3/nsubj killed/VERB/-/root"
    assert _head(spec, "GNA") == "force"
    spec = "Al/PROPN/1/compound shabaab/NOUN/2/compound militants/NOUN/3/nsubj threw/VERB/-/root"
    assert _head(spec, "Al") == "militants"
    spec = "by/ADP/4/case an/DET/4/det Afghan/ADJ/4/amod military/ADJ/4/amod airstrike/NOUN/-/obl"
    assert _head(spec, "Afghan") == "military"
    spec = (
        "Saudi/PROPN/3/compound -/PUNCT/3/punct led/VERB/3/amod coalition/NOUN/4/compound "
        "airstrikes/NOUN/-/nsubj"
    )
    assert _head(spec, "Saudi") == "coalition"


@pytest.mark.parametrize(
    ("spec", "name"),
    [
        # an instrument with no actor noun before it
        ("a/DET/2/det Saudi/PROPN/2/compound airstrike/NOUN/3/nsubj killed/VERB/-/root", "Saudi"),
        # a noun that is no actor
        ("Kenyan/ADJ/1/amod farmers/NOUN/2/nsubj protested/VERB/-/root", "Kenyan"),
        # "anti-Houthi forces" are not the Houthis
        ("anti/X/3/amod -/PUNCT/3/punct Houthi/PROPN/3/compound forces/NOUN/-/nsubj", "Houthi"),
        # a comma between the name and the noun
        ("Hezbollah/PROPN/2/compound ,/PUNCT/2/punct fighters/NOUN/-/nsubj", "Hezbollah"),
        # a word between that hangs outside the noun's phrase
        ("Taliban/PROPN/2/compound said/VERB/-/root fighters/NOUN/1/obj", "Taliban"),
        # the name's own noun is already an actor noun
        ("police/NOUN/1/compound forces/NOUN/-/nsubj", "police"),
        # the name heads its own phrase
        ("Hezbollah/PROPN/1/nsubj killed/VERB/-/root three/NUM/3/nummod civilians/NOUN/1/obj", "Hezbollah"),
    ],
)
def test_trees_the_step_leaves(spec: str, name: str) -> None:
    """Nothing grows without an actor noun the name hangs on through modifiers only."""
    assert _head(spec, name) is None


_WORDS = st.sampled_from(
    ["GNA", "air", "force", "forces", "Afghan", "military", "airstrike", "-", ",", "killed"]
)
_RELS = st.sampled_from(["compound", "amod", "det", "punct", "nsubj", "obj", "obl", ""])


@st.composite
def _trees(draw: st.DrawFn) -> SyntaxTree:
    size = draw(st.integers(1, 7))
    words, at = [], 0
    for k in range(size):
        text = draw(_WORDS)
        head = draw(st.one_of(st.none(), st.integers(0, size - 1).filter(lambda h, k=k: h != k)))
        upos = (
            "PUNCT" if text in {"-", ","} else draw(st.sampled_from(["NOUN", "PROPN", "ADJ", "DET", "VERB"]))
        )
        words.append(Word(at, at + len(text), text, upos, head, draw(_RELS) or None))
        at += len(text) + 1
    return SyntaxTree.of(" ".join(w.text for w in words), words, ())


@given(_trees(), st.data())
def test_the_end_is_a_later_actor_noun(tree: SyntaxTree, data: st.DataObject) -> None:
    """Whatever the tree, the phrase ends after the name, at an actor or body noun, or nowhere."""
    n = data.draw(st.integers(0, len(tree.words) - 1))
    found = actor_head(tree, n, n)
    assert found is None or (found > n and tree.words[found].text.lower() in _ACTORS)
