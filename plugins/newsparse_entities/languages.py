"""Languages written with a nationality's word ("recorded in English", "speaks fluent Spanish").

The guidelines annotate no language, and the gazetteer reads "English" as the demonym of England: a
one-word name that is a language, after "in", "into", a verb of speaking, learning or teaching or a
possessive ("his English is poor"), and before no noun ("written in English.", "vocal pieces in
German for soprano", "speak English at home"), is the language and no mention. Before a noun it is
the adjective and stays ("in English rugby", "in French media").
"""

from __future__ import annotations

from typing import Final

from newsparse_entities.rules import FUNCTION_WORDS
from newsparse_entities.words import Candidate, Words

__all__ = ["LANGUAGES", "without_languages"]

# Languages whose English name is also a nationality's adjective or a people's name.
LANGUAGES: Final = frozenset(
    """Afrikaans Albanian Arabic Armenian Bengali Bulgarian Cantonese Catalan Chinese Croatian Czech
    Danish Dutch English Estonian Farsi Finnish Flemish French Gaelic Georgian German Greek Hebrew
    Hindi Hungarian Icelandic Indonesian Irish Italian Japanese Korean Kurdish Latvian Lithuanian
    Malay Mandarin Norwegian Pashto Persian Polish Portuguese Punjabi Romanian Russian Serbian Slovak
    Slovenian Somali Spanish Swahili Swedish Tagalog Tamil Thai Turkish Ukrainian Urdu Vietnamese
    Welsh""".split()
)
_LOWER_LANGUAGES: Final = frozenset(str.lower(w) for w in LANGUAGES)
# Words before a language's name: "in English", "translated into French", "speak fluent Spanish",
# "my French and his English are not very good", "my written English is".
_BEFORE: Final = frozenset(
    """in into speak speaks spoke speaking spoken written learn learns learning learned learnt teach
    teaches teaching taught fluent my his her their your our""".split()
)
# Nouns after a language's name that name the language's use, not a thing of the country.
_LANGUAGE_NOUNS: Final = frozenset(
    "language languages speaker speakers translation translations subtitles".split()
)
_JOINERS: Final = frozenset(["and", "or"])


def without_languages(words: Words, cands: list[Candidate]) -> list[Candidate]:
    """``cands`` less the one-word names that stand for a language in their context (most documents
    name no language: one test of the document's words first)."""
    if words.vocabulary.isdisjoint(_LOWER_LANGUAGES):
        return cands
    text, lower = words.text, words.lower
    fired: set[int] = set()
    for c in cands:
        i = c.i
        if c.j != i + 1 or text[i] not in LANGUAGES or words.poss[i]:
            continue
        if i == 0 or words.sent[i - 1] != words.sent[i]:
            continue
        prev = lower[i - 1]
        opened = prev in _BEFORE or (prev in _JOINERS and i - 2 in fired)  # "in English and Spanish"
        if opened and _no_noun_after(words, i + 1):
            fired.add(i)
    if not fired:
        return cands
    return [c for c in cands if c.i not in fired or c.j != c.i + 1]


def _no_noun_after(words: Words, k: int) -> bool:
    """Whether the words from ``k`` (after a language's name) hold no noun it qualifies: the sentence
    ends, punctuation or a function word follows, or a noun of a language's use ("English speakers");
    past "and"/"or" only another language's name followed so ("in English and Spanish.")."""
    if k >= len(words.text) or words.sent[k] != words.sent[k - 1]:
        return True
    word = words.text[k]
    if not word[0].isalnum():
        return word not in ("-", "'", "’")  # "English-language" is one word; "English's" a possessive
    low = words.lower[k]
    if low in _JOINERS:
        nxt = k + 1
        if nxt < len(words.text) and words.text[nxt] in LANGUAGES and words.sent[nxt] == words.sent[k]:
            return _no_noun_after(words, nxt + 1)  # "in English and French media": the adjectives
        return True
    return (not words.cap[k] and low in FUNCTION_WORDS) or low in _LANGUAGE_NOUNS
