"""Single-word tag repairs: nationality adjectives and Arabic name particles."""

from __future__ import annotations

import pytest

from newsparse_syntax.word_repairs import repair_demonyms, repair_name_particles

from .helpers import analysed, index_of

CLASSES = {"welsh": "anv", "bush": "anv", "hollywood": "an", "ensuring": "G", "bring": "v", "english": "an"}
LEXICON = {"Welsh": "NNP", "bush": "NN", "Bush": "NNP", "hollywood": "NN", "english": "NNP"}


@pytest.mark.parametrize(
    ("text", "tags", "k", "expected"),
    [
        ("the Welsh patients", ["DET", "PROPN", "NOUN"], 1, "ADJ"),
        ("the Sunni heartland", ["DET", "PROPN", "NOUN"], 1, "ADJ"),
        ("English rugby has", ["PROPN", "NOUN", "AUX"], 0, "ADJ"),
        ("the Bush administration", ["DET", "PROPN", "NOUN"], 1, "PROPN"),  # "bush" a common noun
        ("the Hollywood films", ["DET", "PROPN", "NOUN"], 1, "PROPN"),  # no nationality ending
        ("the Welsh Assembly", ["DET", "PROPN", "PROPN"], 1, "PROPN"),  # a name
        ("Gordon Welsh team", ["PROPN", "PROPN", "NOUN"], 1, "PROPN"),  # inside a name
        ("the WELSH team", ["DET", "PROPN", "NOUN"], 1, "PROPN"),
    ],
)
def test_nationality_words_before_a_noun_are_adjectives(
    text: str, tags: list[str], k: int, expected: str
) -> None:
    repair_demonyms(text.split(), tags, CLASSES, LEXICON)
    assert tags[k] == expected


@pytest.mark.parametrize(
    ("text", "tags", "expected"),
    [
        (
            "cleric Muqtada al - Sadr",
            ["NOUN", "PROPN", "NOUN", "PUNCT", "PROPN"],
            ["NOUN", "PROPN", "PROPN", "PUNCT", "PROPN"],
        ),
        ("look to bin Laden", ["VERB", "ADP", "VERB", "PROPN"], ["VERB", "ADP", "PROPN", "PROPN"]),
        ("the al - bab", ["DET", "NOUN", "PUNCT", "NOUN"], ["DET", "NOUN", "PUNCT", "NOUN"]),
        ("a bin for", ["DET", "NOUN", "ADP"], ["DET", "NOUN", "ADP"]),
    ],
)
def test_arabic_name_particles(text: str, tags: list[str], expected: list[str]) -> None:
    repair_name_particles(text.split(), tags)
    assert tags == expected


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_in_the_layer(newline: str) -> None:
    text = f"Officials met.{newline}The plan hurt Welsh patients in the Sunni heartland, al-Sadr said."
    words, _ = analysed(text)
    assert words[index_of(words, "Welsh")].upos == "ADJ"
    assert words[index_of(words, "Sunni")].upos == "ADJ"
    assert words[index_of(words, "al")].upos == "PROPN"
