"""Who "it", "the company" or "the two firms" is when it agrees: the one organisation that fits.

A subject that names no one ("it signed", "the company agreed", "the two firms signed") stands for
an organisation named before it: earlier in its sentence, in the sentence before, or earlier in
the paragraph; the nearest of these that names any fitting organisation decides, and only when it
names exactly as many as the subject counts (one for "it" or "the company", two for "the two
firms") is the subject resolved; otherwise it stays unnamed.
"""

from __future__ import annotations

import re

from newsparse.syntax import dateline_end

from .context import EntityIndex, Hit, unique_hits

__all__ = ["DESCRIBING", "anaphoric_subject", "antecedent_states", "bidder_before", "describes_firm"]

_FIRM_NOUNS = r"(?:company|firm|group|bank|carrier|airline|insurer|lender|club|maker|conglomerate|utility)"
# Words describing the one firm named before ("the London-based firm", "the troubled carrier", "the
# Dutch group"); never "rival", "other" or "new", which point to another one.
DESCRIBING = (
    r"(?:(?:[A-Z][\w.]*-(?:based|owned|listed|controlled)|[a-z]+-(?:based|owned|listed|controlled)"
    r"|troubled|embattled|struggling|beleaguered|ailing|[A-Z][a-z]+(?:an|ish|ese|ch|i))\s+){0,2}"
)
# The subject right before the agreeing verb, past an auxiliary and up to two adverbs ("it has also
# agreed", "the company first sold"; not "as valid as it was when negotiations began").
_ANAPHOR = re.compile(
    rf"(?<![\w'’-])(?P<np>(?P<it>[Ii]t)|[Tt]he\s+{DESCRIBING}(?P<one>{_FIRM_NOUNS})"
    rf"|[Tt]he\s+(?P<two>two|both)\s+(?:{_FIRM_NOUNS}s|companies|(?P<sides>sides)"
    r"|(?P<states>countries|nations|governments)))"
    r"\s+(?:(?:has|have|had|would|will)\s+)?(?:(?:also|now|first|then|later|still|just|already|[a-z]+ly)\s+){0,2}$",
)
# Where a sentence ends: the previous sentence starts after the one before it.
_SENTENCE_END = re.compile(r"[.!?][\"'’”)]?\s")
# A paragraph break: a blank line, or a new line indented (wire copy wraps its lines).
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*|\n[ \t]+")
_REACH = 600  # characters looked back for the previous sentence (a paragraph's first sentence)
_FIRM_TYPES = frozenset({"ORG"})
_IT_TYPES = frozenset({"ORG", "GPE"})


# A place in a firm's description, not a name of the subject: "The London-based firm".
_PLACE_IN_DESCRIPTION = re.compile(rf"-(?:based|owned|listed|controlled)\s+(?:[a-z]+\s+)?{_FIRM_NOUNS}\b")


def describes_firm(text: str, end: int) -> bool:
    """Whether the name ending at ``end`` only describes a firm ("London" in "the London-based firm")."""
    return _PLACE_IN_DESCRIPTION.match(text, end) is not None


def anaphoric_subject(text: str, entities: EntityIndex, floor: int, start: int) -> list[Hit]:
    """The organisations "it" / "the company" / "the two firms" before the verb at ``start`` stands
    for (``floor``: where its sentence starts); empty unless exactly as many fit as it counts.

    The nearest scope holding a fitting name decides: the sentence before the subject, then the
    sentence before, then the rest of the paragraph.  "The two countries" stands for two countries.
    """
    found = _ANAPHOR.search(text, max(floor, start - 60), start)
    if found is None:
        return []
    if found.group("states"):
        return antecedent_states(text, entities, floor, found.start("np"))
    kinds = _IT_TYPES if found.group("it") or found.group("sides") else _FIRM_TYPES
    wanted = 2 if found.group("two") else 1
    return _antecedents(text, entities, floor, found.start("np"), kinds, wanted, countries=False)


def antecedent_states(text: str, entities: EntityIndex, floor: int, start: int) -> list[Hit]:
    """The two countries "the two countries" at ``start`` stands for ("a trade deal between the two
    countries" after Venezuela and China are named); empty unless exactly two fit."""
    return _antecedents(text, entities, floor, start, _IT_TYPES, 2, countries=True)


def _antecedents(
    text: str,
    entities: EntityIndex,
    floor: int,
    start: int,
    kinds: frozenset[str],
    wanted: int,
    countries: bool,
) -> list[Hit]:
    """The ``wanted`` names of ``kinds`` in the nearest scope holding any (countries: the nearest scopes
    holding ``wanted`` countries together, "Turkey alleged ... between the two countries" after Greece)."""
    previous = _previous_sentence(text, floor)
    para = _paragraph_start(text, floor)
    scopes = [(dateline_end(text, floor), start), (previous, floor)]  # a dateline is no antecedent
    if para < previous:
        scopes.append((para, previous))
    fitting: list[Hit] = []
    for lo, hi in scopes:
        found = [
            h
            for h in entities.within(lo, hi)
            if h.end <= hi and h.type in kinds and (h.country or not countries)
        ]
        fitting = unique_hits(fitting + found) if countries else unique_hits(found)
        if fitting and (len(fitting) >= wanted or not countries):
            return fitting if len(fitting) == wanted else []
    return []


def _previous_sentence(text: str, floor: int) -> int:
    """Where the sentence before the one starting at ``floor`` starts (not before its paragraph)."""
    before = len(text[:floor].rstrip())
    ends = list(_SENTENCE_END.finditer(text, max(0, before - _REACH), max(0, before - 1)))
    return max(ends[-1].end() if ends else 0, _paragraph_start(text, before))


def _paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` starts (after a blank line or an indented new line)."""
    breaks = list(_PARAGRAPH_BREAK.finditer(text, max(0, pos - _REACH * 4), pos))
    return breaks[-1].end() if breaks else max(0, pos - _REACH * 4)


# "its bid", "the group's acquisition proposal", "its £1.3bn offer": a possessive standing for a firm.
_POSSESSOR = re.compile(
    rf"(?<![\w'’-])(?:its|[Tt]he\s+{_FIRM_NOUNS}['’]s)\s+(?:(?:[a-z][\w-]*|[£$€]?\d[\d.,]*(?:bn|m)?)\s+){{0,3}}$"
)
# Nothing but an article (or a ticker's bracket) before a sentence's first name: it is the subject.
_SUBJECT_OPENING = re.compile(r"\s*(?:[Tt]he\s+)?<?")
_LINKED = re.compile(r">?\s*(?:and\b|&|,)")  # "Acme and Initech": two subjects, no one "its"
_STORY_REACH = 1500  # characters looked back for the story's firm
# A firm the entities layer typed as a person: "Sterling Grace Capital Management L.P."
_FIRM_SUFFIX = re.compile(r"(?:Corp|Inc|L\.?P|Ltd|Plc|Co|Management|Capital|Partners|Group|Holdings)\.?$")


def bidder_before(
    text: str, entities: EntityIndex, floor: int, start: int, targets: frozenset[str] = frozenset()
) -> list[Hit]:
    """The firm "its" / "the group's" before a bid at ``start`` stands for: the one firm earlier in the
    sentence, else the firm the story names most often before it; empty when none fits (the bid's
    ``targets`` never bid)."""
    found = _POSSESSOR.search(text, max(floor, start - 40), start)
    if found is None:
        return []
    firms = [
        h
        for h in entities.within(max(0, floor - _STORY_REACH), found.start())
        if _firm(text, h) and h.id not in targets
    ]
    opening = dateline_end(text, floor)
    here = unique_hits([h for h in firms if h.start >= opening])
    alone = len(here) > 1 and not _LINKED.match(text, here[0].end)
    if alone and _SUBJECT_OPENING.fullmatch(text, opening, here[0].start):
        return here[:1]  # "The <Sterling Grace L.P.> group said ... the group's proposal": the subject
    if here:
        return here if len(here) == 1 else []
    counts: dict[str, int] = {}
    for hit in firms:
        counts[hit.id] = counts.get(hit.id, 0) + 1
    best = max(counts.values(), default=0)
    top = [h for h in firms if counts[h.id] == best]
    return [top[-1]] if len({h.id for h in top}) == 1 else []


def _firm(text: str, hit: Hit) -> bool:
    """Whether a name is a firm: an organisation, or a person's type on a firm's name ("... L.P.")."""
    named = text[hit.start : hit.end]
    return hit.type == "ORG" or (hit.type == "PERSON" and bool(_FIRM_SUFFIX.search(named)))
