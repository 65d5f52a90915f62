"""Tag repairs for errors read off news sentences: "US" the country, a verb in -s opening a relative
clause ("a firm which places adverts"), a title noun before a name ("media chief Alastair Campbell"),
and prepositions and compass points read as adverbs ("Police in southwest China said").

Each was found by reading the tags of sentences of unused news articles and checked on UD EWT dev's
held-back fifth (docs/layers/syntax.md gives the counts).
"""

from __future__ import annotations

from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from newsparse_syntax.amount_repairs import CUES as AMOUNT_CUES
from newsparse_syntax.amount_repairs import repair_approximators
from newsparse_syntax.sentence_state import indices

__all__ = [
    "repair_article",
    "repair_compass",
    "repair_news",
    "repair_noun_prepositions",
    "repair_progressive",
    "repair_pronoun_verbs",
    "repair_quantifiers",
    "repair_relative_verbs",
    "repair_reported_that",
    "repair_street_names",
    "repair_titles",
    "repair_us",
    "repair_will",
]

_QUANTIFIERS = frozenset({"most", "much"})
_CLAUSE_OPENERS = frozenset({",", ";", ":", "-", "–", "—", '"', "“", "'", "‘", "("})
_RELATIVES = frozenset({"who", "which", "that"})
_ANTECEDENT = frozenset({"NOUN", "PROPN", "PUNCT"})  # what stands before a relative pronoun
# after a verb in -s opening a relative clause: its object, a particle or a preposition, never
# a verb (then the -s word is the clause's subject: "which farmers are", "that producers set up")
_AFTER_VERB = frozenset({"DET", "PART", "ADP", "PROPN", "PRON", "ADJ", "ADV", "NUM", "NOUN", "SCONJ"})
_PREDICATES = frozenset({"VERB", "AUX"})
# nouns the tagger takes for adjectives when they head a title or description before a name
_TITLE_NOUNS = frozenset({"chief", "giant", "general", "firm", "daily", "hopeful", "veteran", "rival"})
_BE = frozenset("am is are was were be been 're ’re 's ’s".split())
# what follows a progressive verb in -ing: its object or "to" (not an adverb or a lone adjective,
# "is lightning fast", nor a preposition, "the problem is housing in London")
_AFTER_PROGRESSIVE = frozenset({"DET", "PRON", "ADJ", "NUM", "PROPN", "NOUN", "PART"})
# compass points the tagger takes for adverbs inside a place name's phrase ("in southwest China")
_COMPASS = frozenset("north south east west northeast northwest southeast southwest".split())
# prepositions of place the tagger takes for particles before such a compass point
_PLACE_PREPOSITIONS = frozenset({"in", "across", "from", "near", "throughout", "into"})
# prepositions that, between a noun and a noun phrase, open the phrase ("the level of backing",
# "a zone around the site"): never an adverb or a subordinator there ("over" left out: "stretches
# over more than", "discontent over claims made" read worse with it)
_NOUN_PREPOSITIONS = frozenset(
    "in of at near from around inside outside across among into throughout".split()
)
_NOMINAL_START = frozenset({"DET", "ADJ", "PROPN", "NOUN"})
_NOUNS = frozenset({"NOUN", "PROPN"})
# verbs of saying whose "that" clause may follow a phrase ("told the court that", "said on Monday that")
_SAYING = frozenset(
    "say says said tell tells told warn warns warned claim claims claimed announce announces announced "
    "insist insists insisted argue argues argued add adds added report reports reported".split()
)
_BETWEEN = frozenset({"ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"})  # an oblique or the hearer
_CLAUSE_START = frozenset({"DET", "PRON", "NOUN", "PROPN", "ADJ", "NUM", "SYM"})  # its subject
# pronouns that are only ever subjects: a word after one is its verb ("he reports that", "they need")
_NOMINATIVE = frozenset("he she they we i He She They We I".split())
_THIRD_PERSON = frozenset({"he", "she"})
# the last word of a street's or place's name: a capitalised "-ing" word before it is a name, not a
# verb ("Downing Street said", "Reading Road")
_STREETS = frozenset("Street St St. Road Lane Square Avenue Park Bridge Cross".split())
_LATE_CUES = _NOMINATIVE | _STREETS | AMOUNT_CUES
_CALENDAR = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)


def repair_news(
    forms: list[str], tags: list[str], word_classes: Mapping[str, str], words: AbstractSet[str] | None = None
) -> None:
    """Run, in place, the news repairs whose cue word the sentence has (a set test each, so most
    sentences cost a few look-ups); ``words`` is the set of the forms, if the caller has built it."""
    if words is None:
        words = set(forms)
    if not _RELATIVES.isdisjoint(words):
        repair_relative_verbs(forms, tags, word_classes)
    if "US" in words:
        repair_us(forms, tags)
    if not _TITLE_NOUNS.isdisjoint(words):
        repair_titles(forms, tags)
    if not _BE.isdisjoint(words) and "NOUN" in tags:
        repair_progressive(forms, tags)
    if tags and tags[0] == "SYM" and forms[0] == "A":
        repair_article(forms, tags)
    if "ADV" in tags and not _COMPASS.isdisjoint(words):
        repair_compass(forms, tags)
    if not _NOUN_PREPOSITIONS.isdisjoint(words):
        repair_noun_prepositions(forms, tags)
    if "that" in words and not _SAYING.isdisjoint(words):
        repair_reported_that(forms, tags)
    if "Will" in words:
        repair_will(forms, tags, word_classes)
    if "of" in words and "ADV" in tags:
        repair_quantifiers(forms, tags)
    if _LATE_CUES.isdisjoint(words):
        return  # (one look-up for the three repairs below, which most sentences need none of)
    if "NOUN" in tags and not _NOMINATIVE.isdisjoint(words):
        repair_pronoun_verbs(forms, tags, word_classes)
    if not _STREETS.isdisjoint(words):
        repair_street_names(forms, tags)
    if not AMOUNT_CUES.isdisjoint(words):
        repair_approximators(forms, tags)  # "killed about 30 people"


def repair_will(forms: list[str], tags: list[str], word_classes: Mapping[str, str]) -> None:
    """``George Will wrote``, ``Will called for``: "Will" before a past-tense verb is a name, never
    the auxiliary (the parser would give the verb no subject)."""
    for k in range(len(forms) - 1):
        if forms[k] == "Will" and tags[k] == "AUX" and tags[k + 1] == "VERB":
            if "D" in word_classes.get(str.lower(forms[k + 1]), ""):
                tags[k] = "PROPN"


def repair_quantifiers(forms: list[str], tags: list[str]) -> None:
    """``Most of the zombies are based``, ``Much of the anger has come``: a quantifier opening its
    clause before "of" is its subject (an adjective, as in UD), not an adverb."""
    for of in indices(forms, "of"):
        k = of - 1
        if k >= 0 and tags[k] == "ADV" and str.lower(forms[k]) in _QUANTIFIERS:
            if of + 1 < len(forms) and str.lower(forms[of + 1]) == "all":
                continue  # "Most of all, my daughter loves it": an adverb
            if k == 0 or forms[k - 1] in _CLAUSE_OPENERS or tags[k - 1] in ("CCONJ", "SCONJ"):
                tags[k] = "ADJ"


def repair_article(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a sentence-opening "A" tagged SYM as DET ("A £100,000 reward has been offered")."""
    if forms and forms[0] == "A" and tags[0] == "SYM":
        tags[0] = "DET"


def repair_compass(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a lower-case compass point tagged ADV before a name as ADJ, and a place
    preposition tagged ADV before it as ADP ("Police in southwest China said": China is in a phrase).

    "80 kilometres north of the capital" (no name right after) keeps its adverb.
    """
    n = len(forms)
    for k in indices(tags, "ADV"):
        if forms[k] not in _COMPASS or k + 1 >= n:
            continue
        after = k + 1
        if forms[after] in _COMPASS and after + 1 < n:  # "south east England"
            after += 1
        if tags[after] != "PROPN" or not forms[after][:1].isupper():
            continue
        tags[k] = "ADJ"
        if after > k + 1:
            tags[k + 1] = "ADJ"
        if k > 0 and tags[k - 1] == "ADV" and str.lower(forms[k - 1]) in _PLACE_PREPOSITIONS:
            tags[k - 1] = "ADP"


def repair_noun_prepositions(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a preposition tagged ADV or SCONJ between a noun and a noun phrase as ADP.

    "the level of backing can be maintained", "a zone around georgewbush.com was spotted": the
    phrase hangs on the noun before it, so its noun is never taken for the verb's subject.
    """
    n = len(forms)
    for k in indices(tags, "ADV") + indices(tags, "SCONJ"):
        if not 0 < k < n - 1 or forms[k] not in _NOUN_PREPOSITIONS:
            continue
        if tags[k - 1] in _NOUNS and tags[k + 1] in _NOMINAL_START:
            tags[k] = "ADP"


def repair_reported_that(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a "that" tagged PRON as SCONJ when a verb of saying and its phrase stand before
    it and a subject follows ("told the court that he", "said last week that prices"): it opens what
    was said, not a relative clause on the phrase's noun."""
    n = len(forms)
    for k in indices(tags, "PRON"):
        if forms[k] != "that" or not 1 < k < n - 1 or tags[k + 1] not in _CLAUSE_START:
            continue
        if tags[k - 1] not in ("NOUN", "PROPN", "NUM"):
            continue
        j = k - 1
        while j > max(0, k - 6) and tags[j] in _BETWEEN:
            j -= 1
        if str.lower(forms[j]) in _SAYING and tags[j] == "VERB" and j < k - 1:
            tags[k] = "SCONJ"


def repair_progressive(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a NOUN in -ing right after an auxiliary "be" as VERB when an object or "to" follows.

    "is broadcasting public service announcements", "were planning to hold": the progressive. The
    possessive "'s" is PART, not AUX, so "Monday's meeting" is left alone.
    """
    n = len(forms)
    for b in indices(tags, "AUX"):
        k = b + 1
        if k >= n - 1 or tags[k] != "NOUN" or str.lower(forms[b]) not in _BE:
            continue
        if not forms[k].endswith("ing") or not forms[k].islower() or tags[k + 1] not in _AFTER_PROGRESSIVE:
            continue
        if tags[k + 1] != "ADJ" or "NOUN" in tags[k + 2 : k + 4]:  # an adjective only before its noun
            tags[k] = "VERB"


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
        if not 0 < k < n - 2 or str.lower(forms[k]) not in _RELATIVES or tags[k - 1] not in _ANTECEDENT:
            continue
        word = forms[j]
        if tags[j] != "NOUN" or not word.islower() or not word.endswith("s") or word.endswith("ss"):
            continue
        after = tags[j + 1]
        if "S" not in word_classes.get(word, "") or after not in _AFTER_VERB:
            continue
        if str.lower(forms[j + 1]) in _RELATIVES or (after == "NOUN" and _predicate_at(tags, j + 2)):
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
        if tags[k - 1] == "NOUN" and tags[k + 1] == "PROPN" and str.lower(forms[k + 1]) not in _CALENDAR:
            tags[k] = "NOUN"


def _predicate_at(tags: list[str], k: int) -> bool:
    """Whether the word at ``k`` (if any) is a verb or an auxiliary."""
    return k < len(tags) and tags[k] in _PREDICATES


def repair_pronoun_verbs(forms: list[str], tags: list[str], word_classes: Mapping[str, str]) -> None:
    """Retag, in place, a lower-case NOUN right after a subject-only pronoun (an adverb between) as
    VERB when WordNet knows it as a verb form that agrees: "He reports that", "she also warns",
    "they need food" (after "he"/"she" an -s or past form; after "I", "we", "they" a base or past
    form: not "we journalists")."""
    n = len(forms)
    for k in indices(tags, "PRON"):
        pronoun = str.lower(forms[k])
        if pronoun not in _NOMINATIVE:
            continue
        j = k + 2 if k + 2 < n and tags[k + 1] == "ADV" else k + 1
        if j >= n or tags[j] != "NOUN" or not forms[j].islower():
            continue
        classes = word_classes.get(forms[j], "")
        forms_wanted = "SD" if pronoun in _THIRD_PERSON else "vD"
        if any(c in classes for c in forms_wanted):
            tags[j] = "VERB"


def repair_street_names(forms: list[str], tags: list[str]) -> None:
    """Retag, in place, a capitalised word in -ing before "Street", "Road", "Square" ... as PROPN,
    and the street word too: "Downing Street said" (the tagger read a gerund subject)."""
    for k in range(len(forms) - 1):
        word = forms[k]
        if forms[k + 1] in _STREETS and word.endswith("ing") and word[:1].isupper() and word[1:].islower():
            tags[k] = tags[k + 1] = "PROPN"
