"""Every side an agreement title lists after "between": the last one after "and", the ones after
commas, "the Government of Y" after a first side (session 41, issue 17).

A document's title names all its signatories as the conjuncts of its "between" phrase ("Agreement
between the Government of Georgia and the Government of the Russian Federation on ...", "Protocol
between the Government of Sudan, SLM/A and the JEM on ..."). The reader of names after a head stops
at the first link that is no plain connector between two names of the entities layer, so a side the
entities layer does not give whole ("the Nicaraguan Resistance", "the CNDD-FDD"), or a second
"Government of Y", ends the list early and the later sides are lost.

Here the phrase is read as a list: from after "between", conjuncts split at commas and "and", each an
optional "the" and a capitalised name (capitalised words, joined by "of", "for", "de", "la", "the"
...), up to the first word that is no part of a name (a lower-case word, a capitalised preposition
"On" / "Through", punctuation). A conjunct no side read so far covers is given as the state of its
"Government of X", else the name of the entities layer that is the whole conjunct, else the
conjunct's own text as a name. Only on a title line: the head capitalised and the line holding no
sentence's end, and no talks ("Talks between X and Y" are no agreement). Closed word classes,
capitals and punctuation decide; no word comes from a gold set.
"""

from __future__ import annotations

import re
from typing import Final

from .context import EntityIndex, Hit
from .titled_phrase import _SENTENCE_END

__all__ = ["listed_sides"]

# One capitalised word of a name ("SLM/A", "CNDD-FDD", "People's", "al-Sham" after a capital).
_CAP: Final = r"(?:[A-Z0-9][\w'’/&.-]*|(?:al|el|ad|as|ar|an)-[A-Z][\w'’/&.-]*)"
# Lower-case words inside a name, before a capitalised word ("Government of the Republic of X").
_JOIN: Final = r"(?:(?:of|for|de|du|des|la|le|et|the|y|del|di)\s+)*"
_NAME: Final = re.compile(r"(?:(?i:the)\s+)?(?P<name>" + _CAP + r"(?:[ \t]+" + _JOIN + _CAP + r")*)")
_SEPARATOR: Final = re.compile(r"[ \t]*,[ \t]*(?:(?i:and)[ \t]+)?|[ \t]+(?i:and)[ \t]+")
# Capitalised words of a title that end a name: prepositions and participles of a title's phrase.
_ENDS: Final = frozenset(
    """On In To Through Under Concerning Regarding Relating At With By From Following About Over Upon
    Into Within During After Before Against For Reached Signed Dated Establishing Held""".split()
)
_GOVERNMENT: Final = re.compile(r"(?i:governments?|govt\.?)[ \t]+(?:of)[ \t]+")
_STATES: Final = frozenset({"GPE", "LOC"})
_BARE_AND: Final = re.compile(r"[ \t]+(?i:and)[ \t]+")
# A lower-case word right after the list's last name that is no preposition, conjunction or verb form:
# the name only premodifies a lower-case head ("the Self-proclaimed military junta").
_PREMODIFIER: Final = re.compile(
    r"[ \t]+(?!(?:on|in|for|to|under|concerning|regarding|relating|at|with|by|from|following|about|over|upon"
    r"|into|within|during|after|before|against|through|who|which|that|as|and|or|of|together|per|via)\b)"
    r"[a-z][a-z'’-]*+(?<!ing)(?<!ed)\b"
)
_THE: Final = re.compile(r"(?:(?i:the)[ \t]+)?")
_BARE: Final = re.compile(r"(?i:governments?|govt\.?)")
_POSSESSIVE: Final = re.compile(r"['’]s\s")


def _title_line(text: str, head: int) -> tuple[int, int] | None:
    """The line of a capitalised head at ``head`` when it holds no sentence's end (a title), else None."""
    if not text[head : head + 1].isupper():
        return None
    line_end = text.find("\n", head)
    line_end = len(text) if line_end < 0 else line_end
    if _SENTENCE_END.search(text, head, min(len(text), line_end + 1)) is not None:
        return None
    return head, line_end


def _conjuncts(text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
    """The spans of the names listed from ``pos`` to ``end``, split at commas and "and", each with the
    separator before it ("" for the first, "," or "and"). A list ends with its "and": a comma after it
    adds a place or a description ("... and the NSCN, Nagaland"), not a side."""
    spans: list[tuple[int, int, str]] = []
    cur, sep_kind = pos, ""
    while cur < end:
        found = _NAME.match(text, cur, end)
        if found is None:
            break
        words = list(re.finditer(r"\S+", text[found.start("name") : found.end("name")]))
        keep = 0
        for word in words:
            if word.group() in _ENDS:
                break
            keep += 1
        if keep == 0:
            break
        name_end = found.start("name") + len(words[keep - 1].group().rstrip("/&.-")) + words[keep - 1].start()
        spans.append((found.start("name"), name_end, sep_kind))
        sep = _SEPARATOR.match(text, name_end, end)
        if keep < len(words) or sep is None:
            break
        sep_kind = "and" if "and" in str.lower(sep.group()) else ","
        if sep_kind == "," and any(kind == "and" for _, _, kind in spans):
            break
        cur = sep.end()
    if spans and _PREMODIFIER.match(text, spans[-1][1], end):
        spans.pop()  # "the Self-proclaimed military junta", "Lahj governorate officials": no name's head
    return spans if len(spans) >= 2 else []


def _whole_names(
    text: str, entities: EntityIndex, spans: list[tuple[int, int, str]]
) -> list[tuple[int, int]]:
    """The conjuncts as names: a single word that is no name of the entities layer and no acronym is
    one half of a name holding "and" ("the Justice and Equality Movement"), joined to its neighbour
    across a bare "and", else dropped ("the Movement pur la ...", "the Self-proclaimed junta")."""
    out: list[tuple[int, int]] = []
    joined = False
    for i, (start, end, kind) in enumerate(spans):
        if joined:
            joined = False
            out[-1] = (out[-1][0], end)
            continue
        lone = _lone(text, entities, (start, end, kind))
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if lone and nxt and _BARE_AND.fullmatch(text, end, nxt[0]) and not _lone(text, entities, nxt):
            joined = True  # "the Justice and Equality Movement"
        elif lone and kind == "and" and out and _BARE_AND.fullmatch(text, out[-1][1], start):
            if not _lone(text, entities, (*out[-1], "")):
                out[-1] = (out[-1][0], end)  # "Liberians United for Reconciliation and Democracy"
                continue
        out.append((start, end))
    return out


def _lone(text: str, entities: EntityIndex, span: tuple[int, int, str]) -> bool:
    """Whether a conjunct is one word, no acronym and inside no name of the entities layer."""
    start, end, _ = span
    word = text[start:end]
    if " " in word or sum(c.isupper() for c in word) >= 2:
        return False
    return not any(h.start < end and start < h.end for h in entities.hits)


def _side(text: str, entities: EntityIndex, start: int, end: int) -> list[Hit]:
    """The side one conjunct names: the state of "Government of X" (unless the state's name is read
    only in part: "People's Republic of China"), the name that is the whole conjunct, or its text."""
    inside = entities.within(start, end)
    whole = [h for h in inside if h.start == start and h.end == end]
    if whole:
        return whole
    government = _GOVERNMENT.match(text, start, end)
    if government is not None:
        states = [h for h in inside if h.start >= government.end() and (h.country or h.type in _STATES)]
        if states and not _POSSESSIVE.search(text, government.end(), states[0].start):
            return states[:1]
        the = _THE.match(text, government.end())  # the state's own name: "People's Republic of China"
        start = government.end() if the is None else the.end()
    return [Hit(start, end, "text:" + " ".join(text[start:end].split()), "ORG", False)]


def _covers(text: str, hit: Hit, start: int, end: int) -> bool:
    """Whether a side read already names the conjunct ``start:end``: it ends it (its head), or starts it
    and is no place ("Lord's Resistance Army" of "... Army/Movement"; not "Nicaraguan" of "the
    Nicaraguan Resistance")."""
    if not (hit.start < end and start < hit.end) or _BARE.fullmatch(text, hit.start, hit.end):
        return False  # a bare "Government" of "the Government of X" names no side
    return hit.end >= end or (hit.start <= start and not hit.country and hit.type not in _STATES)


def listed_sides(text: str, entities: EntityIndex, head: int, pos: int, chain: list[Hit]) -> list[Hit]:
    """``chain`` (the sides read after a title's "between", which ends at ``pos``) with every later
    conjunct of the title's list that no side of ``chain`` covers; ``chain`` unchanged off a title."""
    line = _title_line(text, head)
    if line is None:
        return chain
    spans = _conjuncts(text, pos, line[1])
    if not spans:
        return chain
    out = list(chain)
    for start, end in _whole_names(text, entities, spans):
        if any(_covers(text, h, start, end) for h in out):
            continue
        # "Nicaraguan" of "the Nicaraguan Resistance": the conjunct's own name replaces it
        out = [h for h in out if not (h.start < end and start < h.end)]
        out.extend(h for h in _side(text, entities, start, end) if h.id not in {o.id for o in out})
    return sorted(out, key=lambda h: h.start)
