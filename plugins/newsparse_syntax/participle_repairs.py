"""A past participle opening a subject noun phrase: "On 3 May, armed men shot at a car wash",
"two armed men attacked a taxi driver", "suspected ISGS militants seized a vehicle".

The tagger reads "armed" VERB (as UD does "proposed"), and the parser then makes it the clause's
root with "men" its object or "shot" its complement, so the real verb loses its subject. Where the
participle has no subject of its own and the noun is followed by a finite verb, the parser is shown
the participle as an adjective: it attaches it ``amod`` to the noun and makes the noun the verb's
subject. The tag itself is kept (docs/design.md, Session 32: syntax, second round).
"""

from __future__ import annotations

from collections.abc import Mapping

from newsparse_syntax.lexicon import FINITE_AUXILIARIES
from newsparse_syntax.sentence_state import indices

__all__ = ["attributive_tags"]

# what may stand right before the participle when it opens a noun phrase (besides the sentence's
# start): "the armed men", "two armed men", "by armed men"
_OPENER_TAGS = frozenset({"DET", "NUM", "ADP"})
_NOUN_RUN = frozenset({"ADJ", "NOUN", "PROPN"})  # "suspected ISGS militants", "armed Afari gunmen"
_NOUN_HEADS = frozenset({"NOUN", "PROPN"})
_VERBAL = frozenset({"VERB", "AUX"})
# a participle before these modifies the noun and is no finite verb: "82 armed men led by", "retired
# officers accused of building"
_AGENTS = frozenset({"by", "of"})
_HYPHENED = frozenset({"ADV", "ADJ"})  # the first part of "so-called", "well-placed", "like-minded"


def attributive_tags(forms: list[str], tags: list[str], lexicon: Mapping[str, str]) -> list[str]:
    """The tags the parser should read: ``tags`` itself, or a copy with each participle that opens a
    subject noun phrase read ADJ. The participle (a VERB ending in "-ed", not a capitalised word
    inside the sentence) must follow the sentence's start, a determiner, a number or a preposition,
    or "and" or a comma with no verb before them in the sentence (never "Police armed officers",
    ", claimed staff took", "and signed artists including"); a noun phrase and then a finite verb
    (not an "-ing" form, nor one before "by" or "of": "men led by") must follow it."""
    found: list[int] = []
    n = len(tags)
    for k in indices(tags, "VERB"):
        form = forms[k]
        if not form.endswith("ed") or k + 2 >= n or tags[k + 1] not in _NOUN_RUN:
            continue
        first = k - 2 if k > 1 and forms[k - 1] == "-" and tags[k - 2] in _HYPHENED else k  # "so-called"
        if first > 0 and not (_opens(forms, tags, first) and str.islower(forms[first])):
            continue
        j = k + 1
        while j < n and tags[j] in _NOUN_RUN:
            j += 1
        if j >= n or tags[j - 1] not in _NOUN_HEADS:
            continue
        if j + 1 < n and tags[j] == "ADV":
            j += 1  # "armed men reportedly attacked"
        agent = tags[j] == "VERB" and j + 1 < n and forms[j + 1] in _AGENTS  # "men led by"
        if _finite(forms[j], tags[j], lexicon) and not agent:
            found.append(k)
    if not found:
        return tags
    shown = list(tags)
    for k in found:
        shown[k] = "ADJ"
    return shown


def _opens(forms: list[str], tags: list[str], k: int) -> bool:
    """Whether the word before participle ``k`` opens a noun phrase there: a determiner, a number, a
    preposition, or "and" or a comma with no verb anywhere before them."""
    if tags[k - 1] in _OPENER_TAGS:
        return True
    if forms[k - 1] not in ("and", ","):
        return False
    return all(tag not in _VERBAL for tag in tags[: k - 1])


def _finite(form: str, tag: str, lexicon: Mapping[str, str]) -> bool:
    """Whether the word after the noun phrase is a finite verb ("attacked", "shot", "were"), not an
    "-ing" form ("armed men driving a vehicle")."""
    if tag == "AUX":
        return str.lower(form) in FINITE_AUXILIARIES
    return tag == "VERB" and lexicon.get(str.lower(form)) != "VBG"
