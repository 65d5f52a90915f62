"""Who did it, read from the words around a trigger when the sentence's structure gives no actor.

"killed by X" after a passive trigger, else an actor named before an active one: never a place
named after a preposition ("blasts in Damascus killed") nor a source's base ("Britain-based").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsparse import Claim, Span
from newsparse.syntax import SyntaxTree
from newsparse.text import TokenColumns
from newsparse_events.lexicon import ACTOR_NOUNS, HARD_BREAKS, PLACE_PREPOSITIONS

__all__ = [
    "ACTOR_KINDS",
    "PLACE_KINDS",
    "actor_after",
    "actor_of_pronoun",
    "between_clean",
    "located",
    "no_actor",
    "perpetrator_near",
    "placed_name",
    "reporter",
    "structural_actor",
    "token_at",
]

_STRUCK = frozenset({"of", "struck", "hit", "rocked", "jolted"})  # "an earthquake which struck Japan"
MAX_BY_GAP = 8  # tokens between a trigger and "by PERPETRATOR"
PLACE_KINDS = frozenset({"GPE", "LOC", "FACILITY"})
ACTOR_KINDS = frozenset({"ORG", "GROUP", "GPE", "NORP", "PERSON"})


def token_at(tokens: TokenColumns, lo: int, hi: int, offset: int) -> int:
    """Index of the first token in ``[lo, hi)`` that starts at or after ``offset``."""
    a, b = lo, hi
    while a < b:
        mid = (a + b) // 2
        if tokens.starts[mid] < offset:
            a = mid + 1
        else:
            b = mid
    return a


def between_clean(tokens: TokenColumns, a: int, b: int) -> bool:
    """Whether no clause-breaking punctuation stands among tokens ``[a, b)``."""
    return not any(t in HARD_BREAKS for t in tokens.texts[a:b])


def perpetrator_near(
    text: str,
    tokens: TokenColumns,
    lo: int,
    hi: int,
    s_end: int,
    a: int,
    b: int,
    active: bool,
    mentions: Sequence[tuple[int, int, str, str, str | None]],
) -> tuple[int, int, str | None] | None:
    """Who did it, for the trigger at tokens ``[a, b)`` of a sentence ``[lo, hi)`` ending at offset ``s_end``.

    "by X" after a passive trigger, else an actor named before an active one.

    Never a place named after a preposition ("blasts in Damascus killed", "by assailants in Piacan")
    nor a source's base.
    """
    for k in range(b, min(hi, b + MAX_BY_GAP)):
        if tokens.texts[k] in HARD_BREAKS or tokens.texts[k] == ",":
            break
        if str.lower(tokens.texts[k]) == "by":
            for start, stop, ident, kind, _form in mentions:
                if (
                    start >= tokens.ends[k]
                    and start - tokens.ends[k] <= 40
                    and stop <= s_end
                    and kind in ACTOR_KINDS
                    and not _placed_after_by(text, tokens.ends[k], start)
                ):
                    return (start, stop, ident)
            return actor_after(text, tokens, k + 1, hi)
    if active:
        first = tokens.starts[max(lo, a - MAX_BY_GAP)]
        hits = [
            m
            for m in mentions
            if first <= m[0]
            and m[1] <= tokens.starts[a]
            and m[3] in ACTOR_KINDS
            and not (m[3] in PLACE_KINDS and located(text, m[0]))
            and not placed_name(text, m[0])  # "in the state of Michoacan", whatever kind it was given
            and not (m[3] in PLACE_KINDS and token_at(tokens, lo, hi, m[1]) < a - 1)
            and m[4] != "demonym"
            and str.lower(text[m[1] : m[1] + 6]) not in {"-based", " based"}
        ]
        if hits and between_clean(tokens, token_at(tokens, lo, hi, hits[-1][1]), a):
            return (hits[-1][0], hits[-1][1], hits[-1][2])
    return None


def _placed_after_by(text: str, by_end: int, start: int) -> bool:
    """Whether a locative word stands between "by" and a mention: "by assailants in [Piacan]" is a place."""
    return any(word in PLACE_PREPOSITIONS or word == "," for word in str.lower(text[by_end:start]).split())


def located(text: str, start: int) -> bool:
    """Whether a mention follows a locative preposition within a few words ("in a district of Damascus"),
    or ends a chain of places that follows one (:func:`in_address`)."""
    before = str.lower(text[max(0, start - 40) : start]).split()[-5:]
    return any(word in PLACE_PREPOSITIONS or word in _STRUCK for word in before) or in_address(text, start)


# names after a locative preposition: "in Nairobi, Kenya, and ", "in Kenya and ", "in X Town, Y District, "
_NAME = r"[A-Z][\w.'-]*(?:\s+(?:[A-Z][\w.'-]*|es|de|del|al|el))*"
_ADDRESS = re.compile(
    rf"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?P<chain>(?:{_NAME}(?:\s+\([^()]*\))?(?:,\s+(?:and\s+)?|\s+and\s+))+)$"
)


def in_address(text: str, start: int) -> bool:
    """Whether a place name at ``start`` ends a chain of places after "in": part of where, never who.

    "The attacks at the embassies in Nairobi, Kenya, and Dar es Salaam, Tanzania, killed 257" (the
    parse may make the last name the subject); "in Paletwa Town, Paletwa Township, Mindat District,
    Chin State, a bullet hit"; "the bombings in Kenya and Tanzania, which have killed". One name before
    it ("In Gaza, Israel killed") is no chain: two names, or one joined by "and".
    """
    found = _ADDRESS.search(text, max(0, start - 120), start)
    chain = found.group("chain") if found is not None else ""
    return chain.count(",") >= 2 or " and " in f" {chain}"


# the words right before a name that make it where something is: "in southwest China", "at the
# Kaloor camp of", "in the western Mexican state of Michoacan"
_PLACED = re.compile(
    r"(?:\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?:(?:north|south|east|west|central|northern|southern|"
    r"eastern|western|north-?eastern|north-?western|south-?eastern|south-?western|northeast|northwest|"
    r"southeast|southwest)\s+)?|\b(?:state|city|town|village|province|district|region|county|area|"
    r"municipality|governorate|department)\s+of\s+)$",
    re.IGNORECASE,
)


def placed_name(text: str, start: int) -> bool:
    """Whether a name at ``start`` follows a locative preposition or "the state of": a place, of any kind.

    The entities layer may call a town an organisation ("in Tripoli City"); it is still no actor.
    """
    return _PLACED.search(text, max(0, start - 60), start) is not None


def structural_actor(
    text: str,
    span: Span | None,
    found: tuple[int, int, str | None] | None,
    mentions: Sequence[tuple[int, int, str, str, str | None]],
) -> tuple[int, int, str | None] | None:
    """The actor of a subject or agent phrase ``span`` whose entity mention is ``found``.

    A place named after "in" is nobody (a misparse of "Police in southwest China"); a place
    modifying the phrase's noun is where the actor is from: "A Moscow street vendor" is the
    phrase, unnamed, and "US troops" the phrase with the state's id.
    """
    if span is None or found is None or found[2] is None:
        return found
    kind = next((m[3] for m in mentions if (m[0], m[1]) == (found[0], found[1])), None)
    if kind not in PLACE_KINDS:
        return found
    if placed_name(text, found[0]) or in_address(text, found[0]):
        return None
    after = text[found[1] : span.end]
    if found[1] < span.end and re.match(r" [a-z]", after) and not after.startswith((" and", " or")):
        return (span.start, span.end, found[2] if ":" not in found[2] else None)
    return found


def actor_after(text: str, tokens: TokenColumns, k: int, hi: int) -> tuple[int, int, str | None] | None:
    """An unnamed actor after "by": "by two armed men", "by unidentified gunmen"."""
    for j in range(k, min(hi, k + 5)):
        word = tokens.texts[j]
        if word in HARD_BREAKS or word == ",":
            return None
        if str.lower(word) in ACTOR_NOUNS:
            first = k + 1 if str.lower(tokens.texts[k]) in {"a", "an", "the"} and k < j else k
            return (tokens.starts[first], tokens.ends[j], None)
    return None


def actor_of_pronoun(
    claims: Sequence[Claim], pronoun: Span, mentions: Sequence[tuple[int, int, str, str, str | None]]
) -> tuple[int, int, str | None] | None:
    """The source of the claim a pronoun subject is told in, when it is an actor: "the army said it killed".

    The pronoun ("it", "they", "we") opening the content refers to the body that reports its own act;
    a person's word ("he said they killed") or an unnamed speaker names nobody.
    """
    best: Claim | None = None
    for claim in claims:
        content = claim.content
        if content.start <= pronoun.start and pronoun.end <= content.end:
            if best is None or content.end - content.start < best.content.end - best.content.start:
                best = claim
    named = None if best is None else best.antecedent or best.source_text
    if best is None or named is None:
        return None
    opening = str.lower(best.content.text[: pronoun.start - best.content.start].strip(" \"'\u201c\u2018\n"))
    if opening not in {"", "that"}:
        return None  # the pronoun must open what the source said: "accused ..., and they arrested" is not
    inside = [m for m in mentions if named.start <= m[0] and m[1] <= named.end and m[4] != "demonym"]
    kinds = {m[3] for m in inside}
    ident = next((m[2] for m in inside if m[3] != "PERSON"), None)
    head = str.lower(named.text.split()[-1]) if named.text.split() else ""
    if "PERSON" in kinds or (ident is None and head not in ACTOR_NOUNS):
        return None
    return (named.start, named.end, ident)


def reporter(claims: Sequence[Claim], start: int, end: int, at: int, tree: SyntaxTree | None = None) -> bool:
    """Whether ``[start, end)`` names the source of a claim whose content holds the trigger at ``at``
    (who reports it, not who did it: "Police arrested him, but then discovered ..." keeps Police).

    A content that is an infinitive ("Rebels claimed [to have clashed ..., killing two]") has the
    source as its own subject: the claimant tells its own act, so it is no mere reporter there; nor
    is the subject of a cue the trigger is a conjunct of (``tree``): "Imbonerakure attacked and injured".
    """
    for claim in claims:
        if not claim.content.start <= at < claim.content.end:
            continue
        if str.lower(claim.content.text[:3]) == "to ":
            continue  # the claimant controls the infinitive: "forces claimed to have killed"
        if tree is not None and conjoined_with(tree, at, claim.cue.start):
            continue  # "attacked and injured a leader": the cue is an act the trigger joins, not a saying
        for named in (claim.source_text, claim.antecedent):
            if named is not None and named.start < end and start < named.end:
                return True
    return False


def conjoined_with(tree: SyntaxTree, at: int, cue: int) -> bool:
    """Whether the word at offset ``at`` is a conjunct (through ``conj`` links) of the word at ``cue``."""
    k, head = tree.word_at(at), tree.word_at(cue)
    while k is not None and head is not None and k != head and tree.words[k].deprel == "conj":
        k = tree.words[k].head
    return k is not None and k == head and tree.word_at(at) != head


# a disease or a saying found where an actor stands: "a cholera outbreak has killed 21", "as saying agents"
_NO_ACTOR = re.compile(
    r"\b(?:cholera|outbreaks?|epidemics?|diseases?|meningitis|malaria|virus|flu|influenza|fever|ebola|plague|"
    r"typhoid|dysentery|measles|tuberculosis|pneumonia|infections?|illness|famine|drought|heatwave|saying|telling)\b",
    re.I,
)


def no_actor(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, found as a perpetrator, is a disease or a reporting word: no actor.

    Nor a means ("killed by direct fire", "an artillery shell hit ... and injured"), a bare figure
    ("1 killed 3 injured") or another act's verb ("killing 5 and arresting 8").
    """
    if _NO_ACTOR.search(text, start, end) is not None:
        return True
    words = str.lower(text[start:end]).split()
    if not words or words[-1].isdigit():
        return True
    if len(words) == 1 and words[0].endswith("ing") and words[0].isalpha():
        return True
    if words[-1] not in _MEANS or ACTOR_NOUNS.intersection(words):
        return False
    # no name among the words before the head: "Afghan forces fire", "Hamas rockets" name an actor
    return all(w.islower() or w in {"A", "An", "The"} for w in text[start:end].split()[:-1])


# heads of a phrase that names the means, not who used it (beside the instruments of the lexicon)
_MEANS = frozenset(
    """fire shell shells ied ieds arrow arrows shrapnel shrapnels flames grenade grenades bomb bombs mine
    mines landmine landmines bullet bullets rocket rockets missile missiles mortar mortars explosion
    explosions blast blasts explosive explosives device devices airstrike airstrikes strike strikes""".split()
)
