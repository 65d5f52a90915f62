"""Lone capitalised words that are common English words and still name something: brands.

"Google", "Yahoo", "Amazon" are in the lexicon of common lower-case words (``Gazetteer.words``), so
a lone one with no strong evidence is dropped as a capitalised common word ("the Government").  The
document tells them apart: a brand is written capitalised inside a sentence, never in lower case
and never after an article or a possessive determiner ("rival Google", "Yahoo earned"), where a
capitalised common noun takes an article ("the Government", "the Commission").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import SAYING_VERBS
from newsparse_entities.words import Candidate, Words

# Words before a noun that make the capitalised word after them a common noun ("the Government").
_DETERMINERS: Final = frozenset(
    "the a an this that these those his her its their our my your every each no any some".split()
)
# Capitalised common nouns written without an article as institutions or things, not brands; the
# guidelines annotate none of them ("in Parliament", "on Earth", "Mum said").
_NO_BRANDS: Final = frozenset(
    """Parliament Government Cabinet Earth God Heaven Hell Internet Web Mum Dad Mother Father
    Nature Man Church State Crown Court Congress Senate""".split()
)


def brand_words(
    words: Words,
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: Mapping[str, str | None],
    gaz: Gazetteer,
) -> list[tuple[str, bool]]:
    """The lone common words dropped as no name that the document writes as brands (see above), each
    with whether it is the subject of a verb of saying that opens a sentence too ("Apple said")."""
    dropped = {
        key
        for key, kind in decided.items()
        if kind is None
        and " " not in key
        and key[:1].isupper()
        and not key.isupper()
        and key not in _NO_BRANDS
        and str.lower(key) in gaz.words
    }
    if not dropped:
        return []  # most documents: nothing to look at
    inside: dict[str, int] = {}
    bare: dict[str, int] = {}  # alone inside a sentence with no other evidence: a brand when twice
    opening: set[str] = set()  # opening a sentence as the subject of a verb of saying ("Apple said")
    lone: set[str] = set()  # inside a sentence with no capitalised word beside it ("Motorola and Apple")
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        if key in dropped and c.j - c.i == 1:
            prev = words.prev(c.i)
            if prev is not None and words.lower[prev] in _DETERMINERS:
                dropped.discard(key)  # "the Government": a common noun
            elif not words.initial[c.i] and _opens_nothing(words.text[c.i - 1]):
                if _alone(words, c.i):
                    if key in gaz.surnames or key in gaz.first_names or acts(words, c.j):
                        inside[key] = inside.get(key, 0) + 1
                    elif words.lower[c.i - 1] in _BEFORE_BRAND:
                        bare[key] = bare.get(key, 0) + 1
                elif _owns_person(words, c.i, decided):
                    inside[key] = inside.get(key, 0) + 1
                if words.lower[c.i - 1] in _BEFORE_LONE and _unjoined(words, c.i):
                    lone.add(key)
            if _reports(words, c.j) and _opens_clause(words, c.i):
                opening.add(key)
    # "Apple said" and "Motorola and Apple": the subject of saying is a name; not a plural ("Analysts")
    said = {key for key in opening & lone if not (key.endswith("s") and not key.endswith("ss"))}
    written = [key for key in sorted(dropped) if inside.get(key) or bare.get(key, 0) >= 2 or key in said]
    if not written:
        return []  # most documents that drop a common word: it stands alone nowhere
    lowered = set(words.text)  # a word the document also writes in lower case is a common word
    people = {k.rpartition(" ")[2] for k, t in decided.items() if t == "PERSON" and " " in k}
    return [
        (key, key in said)
        for key in written
        if str.lower(key) not in lowered and (key in people or not _joined(words, key))
    ]


def _joined(words: Words, key: str) -> bool:
    """Whether the document writes ``key`` after another capitalised word of its sentence ("Kanye
    West", "Aston Villa"): the lone word is then a short form of a longer name no rule here links."""
    text, cap, sent = words.text, words.cap, words.sent
    return any(
        text[k] == key
        and k > 0
        and cap[k - 1]
        and sent[k - 1] == sent[k]
        and not (_opens_clause(words, k) and _reports(words, k + 1))  # "As Politico reported"
        for k in words.caps
    )


def _unjoined(words: Words, i: int) -> bool:
    """Whether word ``i`` inside a sentence has no capitalised word of its sentence right before or
    after it ("Motorola and Apple announced"; not "Brian May", "Orange Smartphones")."""
    text, cap, sent = words.text, words.cap, words.sent
    for k in (i - 1, i + 1):
        if 0 <= k < len(text) and sent[k] == sent[i] and (cap[k] or text[k][0].isdigit()):
            return False
    return True


def _opens_clause(words: Words, i: int) -> bool:
    """Whether word ``i`` is its sentence's first word or follows only a conjunction there ("As
    Politico reported", "But Apple said")."""
    if words.initial[i]:
        return True
    return i > 0 and words.initial[i - 1] and words.lower[i - 1] in _CLAUSE_OPENERS


_CLAUSE_OPENERS: Final = frozenset("as but and so yet".split())


def _reports(words: Words, j: int) -> bool:
    """Whether the word at ``j`` after a sentence's first word is a verb of saying or reporting
    ("Apple said", "Politico reported"): the first word is its subject."""
    return j < len(words.text) and words.sent[j] == words.sent[j - 1] and words.lower[j] in _REPORTING


_REPORTING: Final = SAYING_VERBS | frozenset("reported reports announced reveals revealed".split())
# Words before a lone word inside a sentence that leave it an organisation's name ("Motorola and
# Apple", "an article in Politico", "according to Politico"), where a person's surname mostly
# follows a verb ("hoped Welch", "added Welch").
_BEFORE_LONE: Final = frozenset("by with as and at from of in to for".split())


# Words before a lone common word that leave it a name ("such as Yahoo", "cited by Wasps"), where a
# common noun has an adjective or a number before it ("bad Bills", "512MB of Ram" aside).
_BEFORE_BRAND: Final = frozenset("by with as and but unless than at from of".split())


# Small words before a possessive name that make it the end of a longer name.
_INSIDE_NAME: Final = frozenset("and on of & de".split())


def _owns_person(words: Words, i: int, decided: Mapping[str, str | None]) -> bool:
    """Whether the name at word ``i`` is a possessive before a two-word name the document types a
    person ("Arsenal's Thierry Henry", "Apple's Steve Jobs"): an organisation with one of its people."""
    text, cap, sent = words.text, words.cap, words.sent
    k = i + 1
    return (
        words.poss[i]
        and text[i - 1] not in _INSIDE_NAME  # "Ernst and Young's", "War on Want's": a longer name
        and k + 1 < len(text)
        and cap[k + 1]
        and decided.get(f"{text[k]} {text[k + 1]}") == "PERSON"
        and sent[k + 1] == sent[i]
        and not words.upper[k]
        and not (k + 2 < len(text) and cap[k + 2] and sent[k + 2] == sent[i])
    )


def acts(words: Words, j: int) -> bool:
    """Whether the word at ``j`` after a name is a verb the name is the subject of ("Yahoo earned",
    "Muse were", "Paramount will"): a brand acts, a capitalised common noun is mostly an object."""
    if j >= len(words.text) or words.sent[j] != words.sent[j - 1]:
        return False
    nxt = words.text[j]
    return nxt in _AUXILIARIES or (nxt.endswith("ed") and nxt.islower() and len(nxt) > 4)


# Verbs after a subject: auxiliaries and verbs of saying.
_AUXILIARIES: Final = frozenset(
    "is are was were has have had will would can could may might said says told announced".split()
)


def _opens_nothing(before: str) -> bool:
    """Whether the word before a name leaves it inside a sentence and no part of a number's name
    ("50 Cent") or a bracketed title ("(Provisions) Bill")."""
    return before not in _OPENERS and not before[-1].isdigit()


def _alone(words: Words, i: int) -> bool:
    """Whether word ``i`` stands alone between lower-case words of its sentence: no part of a longer
    name or title ("Lost In Translation", "Statue of Liberty", "Channel 4")."""
    text, cap, sent = words.text, words.cap, words.sent
    for k in (i - 1, i - 2, i + 1):
        if 0 <= k < len(text) and sent[k] == sent[i] and cap[k] and (k != i - 2 or text[i - 1] in _JOINS):
            return False
    nxt = i + 1
    if nxt < len(text) and sent[nxt] == sent[i] and (text[nxt][0].isdigit() or text[nxt] in _JOINS):
        return False
    return True


# Marks after which a word opens a quotation or a clause, as a sentence's first word does.
_OPENERS: Final = frozenset(['"', "“", "‘", "'", "(", ")", ":", ";", "-", "–", "—"])
# Small words inside a name that join its capitalised words ("Statue of Liberty", "Ant and Dec").
_JOINS: Final = frozenset("of and & de the for in into on at to".split())


def brand_type(
    key: str,
    kind: str | None,
    votes: Mapping[str, int],
    decided: Mapping[str, str | None],
    gaz: Gazetteer,
    said: bool = False,
) -> str | None:
    """The type of a lone common word read as a name: a person only on a person's evidence (a known
    first name, the surname of a person of the document, a title or role), never an unknown place
    (``said``: it opens a sentence before a verb of saying, "Politico reported": an organisation)."""
    if kind in ("GPE", "LOC"):
        return "ORG" if said else None  # "in Braille", "from Sim cards": a common word is no unknown place
    suffix = " " + key
    if any(k.endswith(suffix) and t == "PERSON" for k, t in decided.items()):
        return "PERSON"  # "West" after "Kanye West"
    if kind != "PERSON" or key in gaz.first_names or votes.get("PERSON", 0) >= 3:
        return kind
    return "ORG"  # "Apple said", "Dell is": a verb of saying is no person's evidence for a brand
