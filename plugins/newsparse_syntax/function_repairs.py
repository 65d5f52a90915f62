"""Tag repairs of function words whose UD tag depends on what follows them beyond the tagger's window.

"because of" is two adpositions; "more" and "less" before a lone adjective are degree adverbs
("more scarce than ever"); "both" with an "and" after it opens a coordination ("both in Iraq and
in Washington"); a preposition that the parser makes a clause's ``mark`` is a subordinator ("after
Israel killed its leader"); "with" opening an absolute clause after a comma is a subordinator
(", with the winners being awarded prizes"). Read off UD EWT dev's held-back fifth, counted on
unused news articles (docs/layers/syntax.md and docs/design.md give the counts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse_syntax.sentence_state import indices

__all__ = [
    "APOSTROPHE_NAME",
    "CUES",
    "has_apostrophe_name",
    "repair_apostrophe_names",
    "repair_degree",
    "repair_function_words",
    "repair_marks",
    "repair_with_clauses",
]

# where a sentence may hold an "O'Neill" (a letter, an apostrophe, a capital): one C scan of its text
APOSTROPHE_NAME = re.compile(r"['’](?=[A-Z])(?<=[^\W\d_]['’])")  # the mark first: a fast scan

_DEGREE = frozenset("more More less Less".split())
_TIME_COMPARATIVES = frozenset("earlier Earlier later Later sooner Sooner".split())
_ADVERB_CUES = _DEGREE | _TIME_COMPARATIVES | {"long"}
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ", "NUM"})
# what may follow "more/less + adjective" when the adjective is a predicate ("more scarce than")
_AFTER_PREDICATE = frozenset({"ADP", "SCONJ", "PUNCT", "CCONJ", "PART"})
_AND = frozenset({"and", "&"})
_APOSTROPHES = frozenset("'’")
_BECAUSE = frozenset({"because", "Because"})
_CUES = _BECAUSE | {"both", "Both"}
_CUE_ORDER = ("both", "Both", "because", "Because")
CUES = _ADVERB_CUES | _CUES  # a sentence with none needs neither repair_degree nor repair_function_words
_SUBJECT_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})  # an absolute clause's subject
_VERBS = frozenset({"VERB", "AUX"})  # the absolute clause's verb in -ing ("rising", "being")
_SUBJECT_REACH = 4  # how many words the absolute clause's subject may have


def repair_degree(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, adverbs the tagger takes for adjectives (before the parse, which then makes
    them ``advmod``): "more" or "less" before a predicate adjective ("much less predictable than",
    "is more scarce than ever"; not "more tweaks"); "long" between an auxiliary and a verb or
    adjective ("has long been", "is long gone"); "earlier", "later", "sooner" neither after a
    determiner nor before a nominal ("said earlier this week"; not "an earlier version")."""
    last = len(forms) - 1
    for k in indices(tags, "ADJ"):  # (a cue word is tagged ADJ in few places: no loop over every word)
        word = forms[k]
        if k == last or word not in _ADVERB_CUES:
            continue
        if word in _DEGREE:
            if _before_predicate_adjective(tags, k):
                tags[k] = "ADV"
        elif word in _TIME_COMPARATIVES:
            if (k == 0 or tags[k - 1] not in ("DET", "ADJ")) and tags[k + 1] not in _NOMINAL:
                tags[k] = "ADV"
        elif k > 0 and tags[k - 1] == "AUX" and tags[k + 1] in ("VERB", "AUX", "ADJ"):
            tags[k] = "ADV"  # "long"


def repair_marks(tags: list[str], rels: Sequence[str | None], skip: int) -> None:
    """Retag, in place, after the parse (its labels of ``tags[skip:]`` are ``rels``) an ADP it made
    a clause's ``mark`` as SCONJ ("after Israel killed"), as UD tags a clause's marker."""
    for k, rel in enumerate(rels):
        if rel == "mark" and tags[k + skip] == "ADP":
            tags[k + skip] = "SCONJ"


def repair_function_words(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, after the parse (which saw the old tags, so its relations stand): "because"
    before "of" as ADP; "both" opening "both X and Y" as CCONJ."""
    last = len(forms) - 1
    for cue in _CUE_ORDER:  # (a fixed order: "both" before "because", as they stand in a sentence)
        for k in indices(forms, cue):
            if k == last:
                continue
            if cue in _BECAUSE:
                if str.lower(forms[k + 1]) == "of":
                    tags[k] = "ADP"  # "because of the war": UD's fixed adposition
            elif tags[k] == "DET" and _coordinates(forms, tags, k):
                tags[k] = "CCONJ"  # "both in Iraq and in Washington", "both shape and support"


def repair_with_clauses(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, after the parse (its relations stand), "with" as SCONJ where it opens an
    absolute clause: right after a comma (or opening the sentence), then a subject of at most four
    nominal words, then a verb or auxiliary in -ing (", with the winners being awarded", "With prices
    rising,")."""
    for k, form in enumerate(forms):
        if str.lower(form) != "with" or tags[k] != "ADP" or (k > 0 and forms[k - 1] != ","):
            continue
        end = k + 1
        while end < len(tags) and end <= k + _SUBJECT_REACH and tags[end] in _SUBJECT_WORDS:
            end += 1
        if end > k + 1 and end < len(tags) and tags[end] in _VERBS and str.lower(forms[end]).endswith("ing"):
            tags[k] = "SCONJ"


def has_apostrophe_name(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` may hold an "O'Neill" (two C scans for the marks first: most don't)."""
    if text.find("'", start, end) < 0 and text.find("’", start, end) < 0:
        return False
    return APOSTROPHE_NAME.search(text, start, end) is not None


def repair_apostrophe_names(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a name of the shape "O'Neill", "D'Arcy", "d'Estaing" (a letter, an apostrophe,
    a capitalised word: one word, as the word scan keeps it) as PROPN; the tagger has rarely seen one."""
    for k, form in enumerate(forms):
        if len(form) > 2 and form[1] in _APOSTROPHES and form[2].isupper() and form[0].isalpha():
            tags[k] = "PROPN"


def _before_predicate_adjective(tags: list[str], k: int) -> bool:
    """Whether an adjective follows ``k`` with no noun after it (the adjective is not a noun's)."""
    return tags[k + 1] == "ADJ" and (k + 2 >= len(tags) or tags[k + 2] in _AFTER_PREDICATE)


def _coordinates(forms: list[str], tags: list[str], k: int) -> bool:
    """Whether "both" at ``k`` opens "both X and Y": an "and" within five words, and no plural noun
    or verb right after "both" ("both sides said", "both agreed and ..." are determiners' phrases)."""
    after = tags[k + 1]
    if after in ("VERB", "AUX", "PUNCT") or (after == "NOUN" and forms[k + 1].endswith("s")):
        return False
    if str.lower(forms[k + 1]) in ("of", "the", "these", "those"):
        return False  # "both of them", "both the men and": left to the tagger
    return any(str.lower(word) in _AND for word in forms[k + 2 : k + 7])
