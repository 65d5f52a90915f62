"""Tag repairs of single words the tagger's two-word window misreads: nationality and religion
adjectives before a noun ("the Sunni heartland", "Welsh patients"), the particles of Arabic names
("al - Sadr", "bin Laden").

Each was counted on UD EWT dev by five-fold cross-validation (every sentence tagged by a tagger
trained without its block) and read on unused news articles (docs/layers/syntax.md gives the counts).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.sentence_state import indices

__all__ = ["NAME_CUES", "repair_demonyms", "repair_name_particles", "retag_demonym"]

# nationality, people and religion adjectives WordNet or the lexicon do not mark as such, or whose
# ending is none of the usual ones ("the Sunni vote", "Greek lawyers", "Maori players")
_DEMONYMS = frozenset(
    "Greek Thai Swiss Muslim Arab Sunni Shia Shiite Hindu Sikh Basque Slovak Inuit Maori Zulu Sufi "
    "Druze".split()
)
# the endings of nationality words: American, Chinese, Welsh, French, Iraqi, Catholic, Shiite
_DEMONYM_ENDS = ("an", "ese", "sh", "ch", "i", "ic", "ite")
_NOT_COMMON = frozenset({"JJ", "NNP", "NNPS"})  # a lower-case lexicon class that is no noun or verb ("bush")
_NAME_WORDS = frozenset({"PROPN", "NOUN", "ADJ"})
_PARTICLES = frozenset({"al", "Al", "el"})  # "al - Qaeda": UD's PROPN, the tagger's NOUN
_PATRONYMS = frozenset({"bin", "ibn"})  # "Osama bin Laden", "look to bin Laden"
_HYPHENS = frozenset({"-", "‐", "–"})
NAME_CUES = _PARTICLES | _PATRONYMS  # the words repair_name_particles turns on


def repair_demonyms(
    forms: list[str], tags: list[str], word_classes: Mapping[str, str], lexicon: Mapping[str, str]
) -> None:
    """Retag, in place, every nationality or religion word tagged PROPN before a lower-case noun as
    ADJ (the layer runs :func:`retag_demonym` from the loop over nouns of ``repair_names``)."""
    for k in indices(tags, "NOUN"):
        if k and tags[k - 1] == "PROPN" and forms[k].islower():
            retag_demonym(forms, tags, k - 1, word_classes, lexicon)


def retag_demonym(
    forms: list[str], tags: list[str], k: int, word_classes: Mapping[str, str], lexicon: Mapping[str, str]
) -> None:
    """Retag, in place, word ``k`` (tagged PROPN, a lower-case noun after it) as ADJ when it is a
    nationality or religion word ("the Sunni heartland", "English rugby", "Catholic faith"), as UD
    tags it; not inside a name ("Gordon Brown government"), not "Bush administration"."""
    form = forms[k]
    if not form[:1].isupper() or not form[1:].islower():
        return
    if k > 0 and forms[k - 1][:1].isupper() and tags[k - 1] in _NAME_WORDS:
        return
    if form in _DEMONYMS or _is_demonym(str.lower(form), word_classes, lexicon):
        tags[k] = "ADJ"


def _is_demonym(lower: str, word_classes: Mapping[str, str], lexicon: Mapping[str, str]) -> bool:
    """Whether WordNet lists the word as an adjective, its lower case is no common noun or verb, and
    it ends as nationality words do."""
    return (
        lower.endswith(_DEMONYM_ENDS)
        and "a" in word_classes.get(lower, "")
        and lexicon.get(lower, "JJ") in _NOT_COMMON
    )


def repair_name_particles(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, "al"/"el" before a hyphen and a capitalised word ("al - Qaeda", "Muqtada al -
    Sadr") and "bin"/"ibn" before a capitalised word ("bin Laden") as PROPN: parts of the name."""
    n = len(forms)
    for k, form in enumerate(forms):
        if form in _PARTICLES:
            if k + 2 < n and forms[k + 1] in _HYPHENS and forms[k + 2][:1].isupper():
                tags[k] = "PROPN"
        elif form in _PATRONYMS and k + 1 < n and forms[k + 1][:1].isupper() and forms[k + 1][1:].islower():
            tags[k] = "PROPN"
