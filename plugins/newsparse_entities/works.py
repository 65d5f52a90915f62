"""Works (films, albums, songs, shows, books) told by their form and context, not by a list.

A work's title often looks like a person's or a place's name ("the drama Vera Drake", "the musical
Billy Elliot"); the guideline types it PRODUCT. The evidence is the noun that names the kind of work
right before the title, a star's verb before it ("starred in Ray"), a release year in brackets after
it ("Wings (1927)"), or "X, which stars" / "X, starring" after it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.words import Candidate, Words

# Nouns of a kind of work that are no verb: the title follows ("the thriller Collateral", "hit song
# Jailhouse Rock", "Bizet's opera Carmen").
WORK_NOUNS: Final = frozenset(
    """movie movies film drama comedy thriller musical novel song ballad opera sitcom documentary
    cartoon blockbuster biopic videogame""".split()
)
# Nouns of a kind of work that are verbs too ("polls show", "storms hit", "they play"): a work's
# title only after an article, a possessive or a modifier ("the show X", "his hit X", "TV show X").
_VERB_NOUNS: Final = frozenset("show hit series track album single".split())
_OPENERS: Final = frozenset(
    """the his her their its our my this tv talent chat quiz reality cult comedy music cookery game
    surprise smash debut latest new first second third last previous classic""".split()
)
_APOSTROPHES: Final = frozenset(["'", "’"])
# Kinds of computer game before "game" and a title ("video game Halo"): "the game" alone is often a
# match in sport ("after the game Ferguson said").
_GAME_KINDS: Final = frozenset(
    "video computer console online pc rhythm strategy puzzle racing adventure".split()
)
# A star's verbs before "in" and a title ("starred in The Aviator", "to star in Troy").
STAR_VERBS: Final = frozenset("star stars starred starring".split())
# The words before a chunk that can open a work's evidence (one set look-up for every chunk); "in"
# only after one of :data:`STAR_VERBS`.
WORK_CUES_BEFORE: Final = WORK_NOUNS | _VERB_NOUNS | {"game"}
# The words before a chunk after which :func:`is_work` has anything to test (with "," and "(" after).
WORK_GATE: Final = WORK_CUES_BEFORE | {"in"}
# The words after a chunk and a comma that can open a work's evidence ("X, which stars", "X, starring").
WORK_CUES_AFTER: Final = frozenset(["which", "starring"])


def is_work(words: Words, i: int, j: int, low_prev: str, nxt: str | None) -> bool:
    """Whether the words around the chunk ``i:j`` (``low_prev`` before it in lower case, ``nxt``
    after it) say it is a work's title; cheap set look-ups first, as most chunks have no such word."""
    lower = words.lower
    return (
        (low_prev in WORK_CUES_BEFORE or (low_prev == "in" and i > 1 and lower[i - 2] in STAR_VERBS))
        and work_before(words, i - 1, j)
    ) or (
        (nxt == "(" or (nxt == "," and j + 1 < len(lower) and lower[j + 1] in WORK_CUES_AFTER))
        and work_after(words, j)
    )


def work_before(words: Words, prev: int, j: int) -> bool:
    """Whether the words ending at ``prev`` (one of :data:`WORK_CUES_BEFORE`) announce a work's title
    in the chunk ``prev + 1:j``; a possessive chunk is the maker ("starred in Hughes' film")."""
    if words.poss[j - 1] or (j < len(words.text) and words.text[j] in _APOSTROPHES):
        return False
    lower = words.lower
    low = lower[prev]
    if low == "in":  # the most frequent: "starred in The Aviator"
        return prev > 0 and lower[prev - 1] in STAR_VERBS and words.sent[prev - 1] == words.sent[prev]
    before = lower[prev - 1] if prev > 0 and words.sent[prev - 1] == words.sent[prev] else ""
    if low == "game":
        return before in _GAME_KINDS
    if words.cap[prev] or before in ("a", "an", "best"):
        return False  # "Comedy Central", "a film Spielberg made", "a best film Oscar"
    if low in WORK_NOUNS:
        return True
    return before in _OPENERS or (prev > 0 and words.poss[prev - 1])  # "the show", "Fox's show"


def work_after(words: Words, j: int) -> bool:
    """Whether the words from ``j`` (a "," or "(" after a chunk) announce that the chunk is a work:
    "Wings (1927)", "Ray, which stars Jamie Foxx", "Alexander, starring Colin Farrell"."""
    text, lower, n = words.text, words.lower, len(words.text)
    if text[j] == "(":
        year = text[j + 1] if j + 2 < n else ""
        return len(year) == 4 and year[:2] in ("19", "20") and year.isdigit() and text[j + 2] == ")"
    if j + 2 < n and lower[j + 1] == "starring":
        return lower[j + 2] != "in"  # "Tom Hanks, starring in ...": the star
    return j + 2 < n and lower[j + 1] == "which" and lower[j + 2] in ("stars", "starred")


def works_after_the(words: Words, chunk_cands: Sequence[Candidate], chunk_keys: Sequence[str]) -> set[str]:
    """Names of two words or more written after a capitalised "The" inside a sentence ("starred in The
    Blair Witch Project", "adaptation of The Da Vinci Code"): a person's name takes no article, so such
    a name the document would type a person is a work's title. Not after a quotation mark, a colon or
    a capitalised word (a quoted sentence, a Title Case headline), nor a plural ("The Beatles", "The
    Simpsons": a band as often as a show)."""
    out: set[str] = set()
    text, lower = words.text, words.lower
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        i = c.i
        if i < 2 or text[i - 1] != "The" or c.j - i < 2 or words.sent[i - 2] != words.sent[i]:
            continue
        before = text[i - 2]
        if before != "," and not (before.isalpha() and before == lower[i - 2]):
            continue
        last = text[c.j - 1]
        if last[-1:] == "s" and last[-2:] != "ss":
            continue
        out.add(key)
    return out


# Small words a title runs on past ("Touching the Void", "Shaun of the Dead", "Hide and Seek").
_TITLE_JOINERS: Final = frozenset("of the and in a an on to for at".split())
# The evidence a small word before a capitalized word gives it ("in Translation", "the Dead"): none
# that the word names something of its own.
_JOINER_EVIDENCE: Final = frozenset(["place_prep", "determiner"])
# Days and months end a title ("the game Stone Harbour on Monday").
_DATE_WORDS: Final = frozenset(
    """Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
    July August September October November December""".split()
)


def joined_titles(words: Words, cands: list[Candidate]) -> list[Candidate]:
    """The chunks in text order, a work's title that runs on past small words joined into one chunk
    ("the drama Maria Full of Grace": one title, not "Maria Full" and "Grace"), in every mention of
    the title (a later "In Hide and Seek" too)."""
    for c in cands:  # a plain loop: the cheapest test of the common case
        if "work" in c.evidence:
            break
    else:
        return cands  # no work named: most documents
    by_start = {c.i: c for c in cands}
    titles: dict[str, list[str]] = {}  # a title's first chunk -> the title's words
    for c in cands:
        if "work" in c.evidence:
            end = _title_end(words, c.j, by_start)
            if end > c.j:
                titles.setdefault(c.text, words.text[c.i : end])
    if not titles:
        return cands
    out: list[Candidate] = []
    taken = -1
    for c in cands:
        if c.i < taken:
            continue  # inside a joined title
        title = titles.get(c.text) if c.kind == "chunk" else None
        end = c.i + len(title) if title else 0
        if title and words.text[c.i : end] == title and words.sent[end - 1] == words.sent[c.i]:
            ev = c.evidence if "work" in c.evidence else (*c.evidence, "work")
            c = Candidate(c.i, end, c.start, words.end[end - 1], " ".join(title), "chunk", (), ev, c.prefix)
            taken = end
        out.append(c)
    return out


def _title_end(words: Words, j: int, by_start: dict[int, Candidate]) -> int:
    """Where a title ending at ``j`` ends once run on over small words and capitalized words of the
    same sentence; a place, a person's name or a name with evidence of its own ends it."""
    text, lower, cap, sent = words.text, words.lower, words.cap, words.sent
    n, g, k, last = len(text), sent[j - 1], j, j
    while k < n and sent[k] == g:
        if lower[k] in _TITLE_JOINERS:
            k += 1
            continue
        c = by_start.get(k)
        if (
            not cap[k]
            or text[k] in _DATE_WORDS
            or (c is not None and (c.kind != "chunk" or not _JOINER_EVIDENCE.issuperset(c.evidence)))
        ):
            break
        k = last = c.j if c is not None else k + 1
    return last
