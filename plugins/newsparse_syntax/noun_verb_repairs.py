"""A verb's past form the tagger read as a noun after its subject: "a policeman shot and injured a
driver", "two men were shot and killed", "gunmen shot three drivers".

The tagger's window sees "policeman shot" as a compound and "was shot" as a copula and its noun, so
the parser gives the verb no subject and the relational layers lose who fired and who was hit. A
word WordNet knows as a verb's past form, tagged NOUN, is retagged VERB (before the parse) where the
sentence's structure leaves it no reading as a noun (docs/design.md, Session 32: syntax).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.sentence_state import indices

__all__ = ["past_nouns", "repair_noun_verbs"]

_JOINERS = frozenset({"and", "or"})
# forms of "be" and "get" before a passive participle ("was shot", "have been shot", "got shot")
_PASSIVE = frozenset("was were is are am be been being get gets got gotten getting".split())
# forms of "have" before a perfect participle ("to have shot down", "had shot")
_PERFECT = frozenset("have has had having".split())
_SUBJECT_TAGS = frozenset({"NOUN", "PROPN"})
# what opens a verb's object or complement and never continues a noun compound: "shot the
# Palestinian", "shot three drivers", "shot at a police station", "shot dead", "shot back"
_PHRASE_TAGS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM"})  # the words of a noun phrase
_OBJECT_TAGS = frozenset({"DET", "NUM"})
_OBJECT_WORDS = frozenset({"at", "dead", "back", "down"})
# pronouns that are only subjects (a word right after one is its verb, never a compound's head)
_SUBJECT_PRONOUNS = frozenset("he she they we i it who which He She They We I It".split())
_PAST_CLASSES = frozenset({"VBD", "VBN"})


# words WordNet's morphology also reads as a verb's past form that are none in English ("feed" as
# "fee" + "d", "are" and "am" of "be", the modal "might"): a retag of "Gluten feed 21 pct" is wrong
_NOT_PAST = frozenset("am are bed feed kent might red seed weed".split())


def past_nouns(word_classes: Mapping[str, str]) -> frozenset[str]:
    """The words WordNet knows both as a noun and as a verb's past form ("shot", "thought", "ground",
    "wound": 90 of them): the only words the repair retags. The tagger builds the set once, when it
    is loaded (``Tagger.past_nouns``), so a sentence holding none of them is passed over with one set
    test."""
    return frozenset(
        word
        for word, marks in word_classes.items()
        if "D" in marks and "n" in marks and word not in _NOT_PAST
    )


def repair_noun_verbs(
    forms: list[str],
    tags: list[str],
    lexicon: Mapping[str, str],
    word_classes: Mapping[str, str],
    retaggable: frozenset[str],
) -> None:
    """Retag, in place, a NOUN in ``retaggable`` (the tagger's ``past_nouns``) as VERB (a) after a form of
    "be", "get" or "have" (adverbs between), no noun after it: "was shot dead", "to have shot down";
    (b) after its subject (a noun phrase no verb governs, or a subject pronoun) when "and"/"or" and
    another past-form verb follow: "a policeman shot and injured"; (c) after its subject or "and"
    when an object or complement opens after it: "gunmen shot three drivers", "and shot dead"."""
    n = len(forms)
    for k in indices(tags, "NOUN"):
        form = forms[k]
        if k == 0 or form not in retaggable:
            continue
        j = k - 1
        while j > 0 and tags[j] == "ADV" and k - j <= 2:
            j -= 1
        before = str.lower(forms[j])
        if (before in _PASSIVE or before in _PERFECT) and tags[j] in ("AUX", "VERB"):
            if k + 1 >= n or tags[k + 1] not in _SUBJECT_TAGS:
                tags[k] = "VERB"  # "was shot dead", "were shot in the head" (not "is ground beef")
            continue
        subject = forms[k - 1] in _SUBJECT_PRONOUNS or (
            tags[k - 1] in _SUBJECT_TAGS and _free_phrase(tags, k - 1)
        )
        if subject and _joined_past(forms, tags, k + 1, lexicon, word_classes):
            tags[k] = "VERB"  # "a policeman shot and injured"
        elif (subject or forms[k - 1] in _JOINERS) and k + 1 < n:
            if tags[k + 1] in _OBJECT_TAGS or forms[k + 1] in _OBJECT_WORDS:
                tags[k] = "VERB"  # "gunmen shot three drivers", "broke into a house and shot dead"


def _free_phrase(tags: list[str], last: int) -> bool:
    """Whether the noun phrase ending at ``last`` can be a subject: not one opened by a determiner
    right after a verb, which makes it that verb's object or complement ("prove an interesting
    battle ground at the show")."""
    j = last
    while j > 0 and tags[j - 1] in _PHRASE_TAGS:
        j -= 1
    return not (tags[j] == "DET" and j > 0 and tags[j - 1] in ("VERB", "AUX"))


def _joined_past(
    forms: list[str], tags: list[str], j: int, lexicon: Mapping[str, str], word_classes: Mapping[str, str]
) -> bool:
    """Whether "and"/"or" (after a comma, perhaps) and a verb's past form start at ``j``
    ("shot and killed", "shot, and wounded"), an adverb allowed before the verb."""
    n = len(forms)
    if j < n and forms[j] == ",":
        j += 1
    if j >= n or forms[j] not in _JOINERS:
        return False
    j += 1
    if j < n and tags[j] == "ADV":
        j += 1
    if j >= n or tags[j] != "VERB":
        return False
    verb = str.lower(forms[j])
    return lexicon.get(verb) in _PAST_CLASSES or "D" in word_classes.get(verb, "")
