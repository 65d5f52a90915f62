"""Tag repairs the tagger misses: "have" before "been" or a participle is an auxiliary; a lone
capitalised name the lexicon knows as one ("Russia, Turkey, Iran", "the Palestinians") is a proper noun.

The tagger scores a word from two neighbours each side and their first-pass tags; "have long been"
and "has not yet signed" put the deciding word out of its reach, and a name spelt like a common
noun ("Turkey", "Chad") takes the common noun's weights. Checked on UD EWT dev's held-back fifth.
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from newsparse_syntax.sentence_state import indices
from newsparse_syntax.word_repairs import retag_demonym

__all__ = [
    "repair_both",
    "repair_counted",
    "repair_existential",
    "repair_names",
    "repair_possessive",
    "repair_subordinators",
    "repair_symbols",
    "repair_tags",
    "repair_words",
]

_HAVE = frozenset({"have", "has", "had", "'ve", "’ve", "having"})
_BETWEEN = frozenset({"ADV", "PART"})
_PARTICIPLE_CLASSES = frozenset({"VBN", "VBD"})
_CHAIN = frozenset({"AUX", "ADV", "PART"})
_BE = frozenset("be is are was were been being 's 're ’s ’re".split())
_SYMBOLS = frozenset("$ £ € ¥ ₹ % US$ A$ C$ HK$".split())
_CLITIC_S = frozenset({"'s", "’s"})
_COUNTING = frozenset({"of", "the", "a", "an"})  # no verb in -s follows these
_NAME_CLASSES = frozenset({"NNP", "NNPS"})
# subordinators UD never tags ADP: the tagger's ADP would make the clause's subject an oblique
_SUBORDINATORS = frozenset("while While whilst Whilst although Although whereas Whereas".split())
# a subordinator UD tags SCONJ whatever the tagger says ("questioned whether the deal", "whether to
# appeal": never ADP, PRON or DET), and the cue of repair_subordinators with the others
_ALWAYS_SCONJ = frozenset("whether Whether WHETHER".split())
_SUBORDINATOR_CUES = _SUBORDINATORS | _ALWAYS_SCONJ
_OPENING = frozenset('. ! ? : " “ ‘ ( - --'.split())  # after these a capital may open a sentence


def repair_tags(forms: list[str], tags: list[str], lexicon: Mapping[str, str]) -> None:
    """Retag, in place, a "have" tagged VERB that a participle follows (past adverbs) as AUX."""
    n = len(forms)
    for k, tag in enumerate(tags):
        if tag != "VERB" or str.lower(forms[k]) not in _HAVE:
            continue
        j = k + 1
        while j < n and j - k <= 3 and tags[j] in _BETWEEN:
            j += 1
        if j < n and tags[j] in ("VERB", "AUX") and _participle(str.lower(forms[j]), lexicon):
            tags[k] = "AUX"


def repair_existential(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, the "be" of "there is", "there have been" as VERB (UD's head of the clause)."""
    n = len(forms)
    for k, form in enumerate(forms):
        if str.lower(form) != "there" or tags[k] != "PRON":
            continue
        j, last = k + 1, -1
        while j < n and j - k <= 4 and (tags[j] in _CHAIN or str.lower(forms[j]) in _BE or forms[j] in _HAVE):
            if str.lower(forms[j]) in _BE:
                last = j
            j += 1
        if last >= 0 and (j >= n or tags[j] not in ("VERB", "AUX")):
            tags[last] = "VERB"


def repair_names(
    forms: list[str],
    tags: list[str],
    lexicon: Mapping[str, str],
    word_classes: Mapping[str, str] | None = None,
) -> None:
    """Retag, in place, a capitalised NOUN inside a sentence as PROPN when the lexicon has its
    capitalised form as a proper noun (NNP, or NNPS: "Palestinians", "Democrats", which UD tags
    PROPN) and no capitalised word stands beside it (a title). With ``word_classes``, the same
    pass over the nouns retags a nationality word before a lower-case one (``retag_demonym``).
    """
    n = len(forms)
    for k in indices(tags, "NOUN"):
        form = forms[k]
        if k == 0 or not form[:1].isupper() or not form[1:].islower():
            if k and tags[k - 1] == "PROPN" and word_classes is not None and form.islower():
                retag_demonym(forms, tags, k - 1, word_classes, lexicon)  # "the Sunni heartland"
            continue
        if (
            forms[k - 1] in _OPENING
            or forms[k - 1][:1].isupper()
            or (k + 1 < n and forms[k + 1][:1].isupper())
        ):
            continue
        if lexicon.get(form) in _NAME_CLASSES:
            tags[k] = "PROPN"


def repair_words(forms: list[str], tags: list[str], words: AbstractSet[str] | None = None) -> None:
    """Run, in place, the repairs that need only the words and tags (each where its cue is);
    ``words``, the set of the forms if the caller has it, makes each cue test a few look-ups."""
    if words is None:
        words = set(forms)
    if "CCONJ" in tags:
        repair_both(forms, tags)
    if "VERB" in tags:
        repair_counted(forms, tags)
    if "AUX" in tags:
        repair_possessive(forms, tags)
    if not _SYMBOLS.isdisjoint(words):
        repair_symbols(forms, tags)
    if not _SUBORDINATOR_CUES.isdisjoint(words):
        repair_subordinators(forms, tags)


def repair_subordinators(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, "while", "although", "whereas" tagged ADP, and "whether" tagged anything, as
    SCONJ ("while a third man was held", "questioned whether the sale will": the noun is the clause's
    subject, not a preposition's object; UD tags them SCONJ)."""
    for k, form in enumerate(forms):
        if (tags[k] == "ADP" and form in _SUBORDINATORS) or form in _ALWAYS_SCONJ:
            tags[k] = "SCONJ"


def repair_symbols(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, currency signs and "%" as SYM, which UD always tags them ("£", "$", "%")."""
    for k, form in enumerate(forms):
        if form in _SYMBOLS:
            tags[k] = "SYM"


def repair_both(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a "both" tagged CCONJ that no "and" follows within seven words as DET.

    UD tags "both" CCONJ only in "both X and Y"; "both sides" is a determiner.
    """
    for k in indices(tags, "CCONJ"):
        if str.lower(forms[k]) == "both":
            if not any(str.lower(word) == "and" for word in forms[k + 1 : k + 8]):
                tags[k] = "DET"


def repair_counted(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a plural-looking VERB right after a count, "of" or an article as NOUN.

    "two saves", "plenty of tackles", "the shows": a verb in -s cannot follow them. Not after
    "one", a year ("by 2050 means"), an amount of money ("£6 leaves") or a number ending a name
    ("Section 404 obliges", "world number two hangs").
    """
    for k in indices(tags, "VERB"):  # ascending; only the word at ``k`` is retagged, never to VERB
        form = forms[k]
        if k == 0 or not form.endswith("s") or form.endswith("ss") or not form.islower():
            continue
        before = str.lower(forms[k - 1])
        if before in _COUNTING or (tags[k - 1] == "NUM" and _count(forms, tags, k - 1)):
            tags[k] = "NOUN"


def repair_possessive(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, an "'s" tagged AUX after a noun as PART when a noun phrase follows it.

    "this weekend's European Indoor Championships", "the country's ousted prime minister": the
    words after it up to a noun are modifiers, so it is the possessive, not "is" or "has".
    """
    n = len(forms)
    for k in indices(tags, "AUX"):
        if not 0 < k < n - 1 or forms[k] not in _CLITIC_S or tags[k - 1] not in ("NOUN", "PROPN"):
            continue
        j = k + 1
        while j < n and j - k <= 4 and (tags[j] in ("ADJ", "NUM") or _modifying_verb(forms[j], tags[j])):
            j += 1
        if j < n and tags[j] in ("NOUN", "PROPN"):
            tags[k] = "PART"


def _modifying_verb(form: str, tag: str) -> bool:
    """A participle that can modify a noun ("ousted", "leading")."""
    return tag == "VERB" and form.endswith(("ed", "ing"))


def _count(forms: list[str], tags: list[str], k: int) -> bool:
    """Whether the number at ``k`` counts the word after it (not one, a year, money or a name's)."""
    number = str.lower(forms[k])
    if number in ("one", "1") or (len(number) == 4 and number.isdigit()):
        return False
    return k == 0 or tags[k - 1] not in ("NOUN", "PROPN", "NUM", "SYM")


def _participle(word: str, lexicon: Mapping[str, str]) -> bool:
    """Whether ``word`` is "been" or a word the lexicon reads as a past form (not "have to")."""
    return word == "been" or lexicon.get(word) in _PARTICIPLE_CLASSES
