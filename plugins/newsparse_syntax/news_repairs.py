"""Tag repairs for errors read off news sentences: "US" the country, a verb in -s opening a relative
clause ("a firm which places adverts"), and a title noun before a name ("media chief Alastair Campbell").

Each was found by reading the tags of sentences of unused news articles and checked on UD EWT dev's
held-back fifth (docs/layers/syntax.md gives the counts).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.sentence_state import indices

__all__ = ["repair_news", "repair_relative_verbs", "repair_titles", "repair_us"]

_RELATIVES = frozenset({"who", "which", "that"})
_ANTECEDENT = frozenset({"NOUN", "PROPN", "PUNCT"})  # what stands before a relative pronoun
# after a verb in -s opening a relative clause: its object, a particle or a preposition, never
# a verb (then the -s word is the clause's subject: "which farmers are", "that producers set up")
_AFTER_VERB = frozenset({"DET", "PART", "ADP", "PROPN", "PRON", "ADJ", "ADV", "NUM", "NOUN", "SCONJ"})
_PREDICATES = frozenset({"VERB", "AUX"})
# nouns the tagger takes for adjectives when they head a title or description before a name
_TITLE_NOUNS = frozenset({"chief", "giant", "general", "firm", "daily", "hopeful", "veteran", "rival"})
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def repair_news(forms: list[str], tags: list[str], word_classes: Mapping[str, str]) -> None:
    """Run, in place, the news repairs whose cue the sentence has."""
    if "PRON" in tags:
        repair_relative_verbs(forms, tags, word_classes)
        if "US" in forms:
            repair_us(forms, tags)
    if "ADJ" in tags and "PROPN" in tags:
        repair_titles(forms, tags)


def repair_us(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, "US" tagged PRON as PROPN unless the whole sentence is in capitals.

    In running text the capitalised "US" is the country ("US rock band Korn"); "CONTACT US" is not.
    """
    if all(not form.isalpha() or form.isupper() for form in forms):
        return
    for k in indices(tags, "PRON"):
        if forms[k] == "US":
            tags[k] = "PROPN"


def repair_relative_verbs(forms: list[str], tags: list[str], word_classes: Mapping[str, str]) -> None:
    """Retag, in place, a NOUN in -s right after a relative "who", "which" or "that" as VERB.

    "a technocrat who ranks third", "an agency which places adverts": a word WordNet knows as a
    verb's -s form, followed by what follows a verb (its object, a preposition), not by a predicate
    ("the level at which homebuyers pay", "which critics claim would").
    """
    n = len(forms)
    for k in indices(tags, "PRON"):
        j = k + 1
        if not 0 < k < n - 2 or forms[k].lower() not in _RELATIVES or tags[k - 1] not in _ANTECEDENT:
            continue
        word = forms[j]
        if tags[j] != "NOUN" or not word.islower() or not word.endswith("s") or word.endswith("ss"):
            continue
        after = tags[j + 1]
        if "S" not in word_classes.get(word, "") or after not in _AFTER_VERB:
            continue
        if forms[j + 1].lower() in _RELATIVES or (after == "NOUN" and _predicate_at(tags, j + 2)):
            continue
        tags[j] = "VERB"


def repair_titles(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a title noun tagged ADJ between a noun and a name as NOUN.

    "media chief Alastair Campbell", "telecoms firm WorldCom", "sports daily Marca": not before a
    month or weekday ("last November").
    """
    n = len(forms)
    for k in indices(tags, "ADJ"):
        if not 0 < k < n - 1 or forms[k] not in _TITLE_NOUNS:
            continue
        if tags[k - 1] == "NOUN" and tags[k + 1] == "PROPN" and forms[k + 1].lower() not in _CALENDAR:
            tags[k] = "NOUN"


def _predicate_at(tags: list[str], k: int) -> bool:
    """Whether the word at ``k`` (if any) is a verb or an auxiliary."""
    return k < len(tags) and tags[k] in _PREDICATES
