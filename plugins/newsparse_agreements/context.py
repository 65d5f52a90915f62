"""Look-ups into the layers the agreements layer reads: entity mentions and time expressions by offset.

Both indexes are built once per document (sorted lists searched with :mod:`bisect`), so finding the
names or dates near a cue costs a logarithm, and the whole extraction stays linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from newsparse import Entity, TimeExpression

from .lexicon import CONNECTOR

__all__ = ["DateIndex", "EntityIndex", "Hit", "has_verb"]

_COUNTRY_KEYS = ("iso3166", "iso3166_1", "iso_3166", "country_code", "iso", "iso2", "iso3")
_FIRST_GAP = re.compile(r"\s*(?:(?:the|both|jointly|its|their|rival|fellow)\s+)*", re.IGNORECASE)
_MAX_LINK = 40
# An unnamed group standing for its named leader or member: "an investor group led by", "a consortium
# that included" (the name after it is the side the text names).
_LED_BY = re.compile(
    r"\s*(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}(?:group|consortium|partnership)\s+"
    r"(?:(?:led|lead|headed)\s+by|(?:that|which)\s+(?:is\s+|was\s+)?(?:led|headed)\s+by"
    r"|(?:that|which)\s+included|including)\s+(?:the\s+)?"
)
# What stands between a country and the firm it describes: "India's HCL", "US bank Wells Fargo".
_POSSESSED = re.compile(r"(?:['’]s)?\s+(?:(?:[a-z][\w-]*|\w+-\w+)\s+){0,2}")
# Nouns that describe an organisation, not a person, before a name typed as a person.
_ORG_NOUNS = frozenset(
    """agency broadcaster company firm group bank label publisher network studio retailer airline
    carrier insurer lender operator conglomerate club team""".split()
)
# A description before a firm: "with state-owned Hindustan Aeronautics", "with rival carmaker Fiat".
_DESCRIPTION = re.compile(r"\s*(?:the\s+)?(?:[a-z][\w-]*\s+){1,2}")
_DESCRIPTION_STOPS = frozenset(
    "to of in on for with and or but by at from is was are were be been has have had not no will would "
    "can could its their his her a an the this that these those which who".split()
)
# A country described as the home of a firm: "the German exchange", "Russian gas giant Gazprom".
_LAST_MODIFIER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?")  # "club side Narbonne": a word after the firm noun
_NAME_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,1}(?:[A-Z]|<)")
_FIRM_NOUNS = frozenset(
    """company companies firm firms group bank exchange giant maker carmaker automaker manufacturer
    producer retailer brewer winemaker insurer lender operator carrier airline conglomerate club
    tycoon billionaire businessman rival subsidiary utility chain miner side outfit region""".split()
)
_FIRM_LINK = re.compile(
    r"\s*(?:,\s*and|,|and|&)\s+(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:" + "|".join(sorted(_FIRM_NOUNS)) + r")\s+"
)
# Up to three lower-case words after a place, the last of them a firm noun, none before it a function
# word: "Russian gas giant", "Spain's biggest bank" (one compiled match: the index is built per document).
_HOME_FIRM = re.compile(
    r"(?:['’]s)?(?:\s+(?!(?:" + "|".join(sorted(_DESCRIPTION_STOPS)) + r")(?![\w-]))[a-z][\w-]*){0,2}"
    r"\s+(?:" + "|".join(sorted(_FIRM_NOUNS)) + r")(?![\w-])"
)
# "London-based Xstrata", "Zurich and London-based Xstrata": the place is the home of the firm named
# after it, neither a side of the deal nor where it was made.
_BASED = re.compile(r"(?:\s+(?:and|&)\s+[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*)?)?-based\b")
# A stock ticker after a firm's name ("RepublicBank Corp <RPT>", "<HKLD.HK>"): not a side of its own.
_TICKER = re.compile(r"<[A-Z0-9.]{1,12}>")
# A name right after these is a place modifier ("the warring parties in Yemen"), not a subject.
_LOCATIVE = re.compile(r"\b(?:in|at|near|across|inside|within|over|on|into|to)\s+(?:the\s+)?$", re.IGNORECASE)
# "and rebel chief-of-staff ": a list's "and" before a person's lower-case title (one to three words).
_TITLED_GAP = re.compile(r"\s*,?\s*and\s+((?:[a-z][a-z-]*\s+){1,3})")
_FUNCTION_WORDS = frozenset(
    "the a an his her its their this that of to in on for with by at from as who which".split()
)
# "Israeli-PLO", "Tikhomirov-Maskhadov": capitalised names joined by a hyphen.
_COMPOUND = re.compile(r"[A-Z][\w.]*(?:-[A-Z][\w.]*)+")
# An organisation's initials ("PLO", "ASEAN"): a side of a compound though named nowhere else.
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# "in the Nigerian capital Abuja": a place described before its name is still where, not who.
_DESCRIBED_PLACE = re.compile(
    r"\b(?:in|at|near|to)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:capital|city|town|port|village|resort)\s+$",
    re.IGNORECASE,
)
# "North American", "Latin American": a region's name, not the United States.
_IN_REGION_NAME = re.compile(r"\b(?:North|South|Central|Latin)\s$")
# A country opening a firm's name: "American Express", "Swedish Match Co", "Canadian Actors' Equity".
_FIRM_NAMED_AFTER = re.compile(
    r"\s+(?:[A-Z][\w&.-]*['’]?\s+){0,2}(?:Express|Airlines|Airways|Bank|Co|Corp|Corporation|Group|Equity"
    r"|Motors|Match|Petroleum|Telecom|Steel|Holdings|Inc|Ltd|plc|Company|Insurance)\b"
)
# "pro-Russian separatists" are not Russia.
_NOT_THE_ENTITY = ("pro-", "anti-", "Pro-", "Anti-")


_NOT_VERBS = frozenset(
    """
    ruling governing warring united armed opposing fighting leading rival breakaway self-styled
    announced said says agreed decided confirmed finally formally officially jointly reportedly
    pledged vowed promised sought hoped planned wanted appeared seemed expected prepared
    eventually separately tentatively initially
    """.split()
)
_VERBS = frozenset("after before because but while when if who whose".split())


def _firm_named_after(text: str, start: int, end: int) -> Hit | None:
    """The firm a country mention opens ("American Express", "Swedish Match Co"), as a text name, or None."""
    found = _FIRM_NAMED_AFTER.match(text, end)
    if found is None:
        return None
    return Hit(start, found.end(), "text:" + " ".join(text[start : found.end()].split()), "ORG", False)


def _in_ticker(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a stock ticker ("<TVBH.HK>"): a firm's code, not a name."""
    lo = text.rfind("<", max(0, start - 12), start + 1)
    if lo < 0:
        return False
    hi = text.find(">", end, end + 12)
    return hi >= 0 and _TICKER.fullmatch(text, lo, hi + 1) is not None


def _untickered(gap: str) -> str:
    """``gap`` without stock tickers ("Acme Corp <ACM> and Globex": the names still form a list)."""
    return _TICKER.sub("", gap) if "<" in gap else gap


def _described(gap: str) -> bool:
    """Whether ``gap`` is a short lower-case description of the name after it (no function word, no verb)."""
    words = gap.split()
    return (
        _DESCRIPTION.fullmatch(gap) is not None
        and not _DESCRIPTION_STOPS.intersection(words[1:] if words[:1] == ["the"] else words)
        and not has_verb(" ".join(w for w in gap.split() if "-" not in w))  # "state-owned": an adjective
    )


def _org_noun_before(gap: str, hit: Hit) -> bool:
    """Whether a name typed as a person is described as an organisation ("with literary agency Curtis
    Brown", "between public broadcaster France Televisions"): the noun before it says what it is."""
    words = gap.split()
    return hit.type == "PERSON" and bool(words) and str.lower(words[-1]) in _ORG_NOUNS


def _titled_link(gap: str, later: Hit) -> bool:
    """Whether ``gap`` joins a name to a person introduced by a lower-case title ("Alexander Lebed
    and rebel chief-of-staff Aslan Maskhadov signed"): "and", then title words with no verb."""
    found = _TITLED_GAP.fullmatch(gap)
    if found is None or later.type != "PERSON":
        return False
    words = found.group(1).split()
    plain = " ".join(w for w in words if "-" not in w)  # "chief-of-staff": a title, not a verb
    return not _FUNCTION_WORDS.intersection(words) and not has_verb(plain)


def has_verb(gap: str) -> bool:
    """Whether the words of ``gap`` look like they hold a verb of their own (-ed, -ing, was, after ...)."""
    for word in str.lower(gap).split():
        word = word.strip(",")
        if word in _NOT_VERBS:
            continue
        if word in _VERBS or (len(word) > 4 and word.endswith(("ed", "ing"))):
            return True
    return False


@attrs.frozen
class Hit:
    """One entity mention: its span, the entity id and type, and whether the entity is a country."""

    start: int
    end: int
    id: str
    type: str
    country: bool


def unique_hits(hits: Iterable[Hit]) -> list[Hit]:
    """The hits with their first occurrence per entity id, in order."""
    seen: set[str] = set()
    out = []
    for hit in hits:
        if hit.id not in seen:
            seen.add(hit.id)
            out.append(hit)
    return out


def _is_country(entity: Entity) -> bool:
    """Whether the entity carries a country code (countries are parties, towns are venues)."""
    identifiers = entity.identifiers or {}
    return any(key in identifiers for key in _COUNTRY_KEYS)


def _place_like(entity: Entity, country: bool) -> bool:
    """Whether an entity may stand as the home of a firm (a country or another place)."""
    return country or entity.type == "GPE"


def _firm_after(text: str, end: int) -> int | None:
    """Where the firm noun a place mention (ending at ``end``) describes ends: "Russian gas giant",
    "Spain's biggest bank" (None: the place is followed by no firm noun in its noun phrase)."""
    found = _HOME_FIRM.match(text, end)
    return None if found is None else found.end()


def _home_of_unnamed_firm(text: str, end: int) -> bool:
    """Whether a place mention ending at ``end`` only says where an unnamed firm is from ("the German
    exchange tabled an offer", "the US company said"): it names no side of a deal."""
    firm = _firm_after(text, end)
    return firm is not None and _NAME_NEXT.match(text, firm) is None


@attrs.frozen
class EntityIndex:
    """Entity mentions sorted by offset (nested or overlapping mentions keep the longest)."""

    text: str
    hits: tuple[Hit, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    # each mention's text (and a person's surname) -> its first hit: the parts of "the Israeli-PLO deal"
    by_name: Mapping[str, Hit] = attrs.field(factory=dict)

    @classmethod
    def build(cls, text: str, entities: Iterable[object]) -> EntityIndex:
        """Index the mentions of ``entities`` (anything that is not an Entity is ignored)."""
        raw: list[Hit] = []
        tickers = "<" in text  # only wire copy writes stock tickers ("<RPT>")
        size = len(text)
        for entity in entities:
            if not isinstance(entity, Entity):
                continue
            country = _is_country(entity)
            place = _place_like(entity, country)
            ident, kind = entity.id, entity.type
            for mention in entity.mentions:
                start, end = mention.start, mention.end
                if not 0 <= start < end <= size or mention.text.startswith(_NOT_THE_ENTITY):
                    continue
                hyphen = start and text[start - 1] == "-"  # every excluded prefix ends with one
                if hyphen and text[max(0, start - 5) : start].endswith(_NOT_THE_ENTITY):
                    continue
                if (tickers and _in_ticker(text, start, end)) or (place and _home_of_unnamed_firm(text, end)):
                    continue
                if place and _BASED.match(text, end):
                    continue
                if (
                    country
                    and mention.text.startswith("Americ")
                    and _IN_REGION_NAME.search(text, max(0, start - 8), start)
                ):
                    continue  # "the North American Free Trade Agreement": a region, not the United States
                firm = _firm_named_after(text, start, end) if country else None
                if firm is not None:  # "a loan from American Express": the firm (by its name), not the US
                    raw.append(firm)
                    continue
                raw.append(Hit(start, end, ident, kind, country))
        raw.sort(key=lambda h: (h.start, -h.end, h.id.startswith("text:")))  # an entity before a text name
        kept: list[Hit] = []
        for hit in raw:
            if kept and hit.start < kept[-1].end:
                continue
            kept.append(hit)
        by_name: dict[str, Hit] = {}
        for hit in kept:
            name = text[hit.start : hit.end]
            by_name.setdefault(name, hit)
            if hit.type == "PERSON" and " " in name:
                by_name.setdefault(name.rsplit(" ", 1)[1], hit)  # "Tikhomirov" of "Vyacheslav Tikhomirov"
        return cls(text, tuple(kept), tuple(h.start for h in kept), tuple(h.end for h in kept), by_name)

    def parts(self, hit: Hit) -> list[Hit]:
        """The sides a compound name stands for ("PLO-Israel", "Tikhomirov-Maskhadov": one hit whose
        hyphen joins names each named elsewhere in the text, or an acronym beside one: "Israeli-PLO"), at
        the compound's span; [] for no such compound."""
        name = self.text[hit.start : hit.end]
        if not _COMPOUND.fullmatch(name):
            return []
        words = name.split("-")
        found = [self.by_name.get(part) for part in words]
        if any(part is not None and part.id == hit.id for part in found) or all(p is None for p in found):
            return []
        if any(p is None and not _ACRONYM.fullmatch(w) for p, w in zip(found, words, strict=True)):
            return []
        # each side read where the compound stands (its evidence is the compound's phrase); an acronym
        # named nowhere else is a text side beside a known one ("Israeli-PLO": Israel and "PLO")
        return [
            Hit(hit.start, hit.end, p.id, p.type, p.country)
            if p is not None
            else Hit(hit.start, hit.end, "text:" + w, "ORG", False)
            for p, w in zip(found, words, strict=True)
        ]

    def within(self, start: int, end: int) -> Sequence[Hit]:
        """The mentions lying inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [h for h in self.hits[lo:hi] if h.end <= end]

    def last_before(self, pos: int, floor: int) -> Hit | None:
        """The last mention ending at or before ``pos`` and starting at or after ``floor``."""
        i = bisect.bisect_right(self.ends, pos) - 1
        if i >= 0 and self.hits[i].start >= floor:
            return self.hits[i]
        return None

    def chain_after(self, pos: int, limit: int, people: bool = False) -> list[Hit]:
        """The list of names starting right after ``pos`` ("Turkey, Russia and Iran"), up to ``limit``.

        A country naming the firm after it ("India's HCL") gives the firm; with ``people`` (a business
        deal's buyer or seller), the person after it too ("from US tycoon Malcolm Glazer").
        """
        i = bisect.bisect_left(self.starts, pos)
        chain: list[Hit] = []
        commas: list[bool] = []
        cur = pos
        while i < len(self.hits) and self.hits[i].start < limit:
            hit = self.hits[i]
            gap = _untickered(self.text[cur : hit.start])
            pattern = _FIRST_GAP if not chain else CONNECTOR
            if not chain and (hit.type == "ORG" or _org_noun_before(gap, hit)) and _described(gap):
                pass  # "with state-owned Hindustan Aeronautics": a firm after its description
            elif not chain and hit.type in ("ORG", "PERSON") and _LED_BY.fullmatch(gap):
                pass  # "by an investor group led by Coniston Partners": the group's named leader
            elif len(gap) > _MAX_LINK or not (pattern.fullmatch(gap) or self._firm_link(chain, gap)):
                break
            if i + 1 < len(self.hits) and self._descriptor(hit, self.hits[i + 1], people):
                i += 1  # "with India's HCL Technologies", "and Argentina's Enarsa": the firm, not its country
                hit = self.hits[i]
            if chain:
                commas.append(gap.strip() == ",")
            chain.append(hit)
            cur = hit.end
            i += 1
        while commas and commas[-1]:  # "brokered by Qatar, Hamas will ...": a list ends with "and X"
            commas.pop()
            chain.pop()
        return chain

    @staticmethod
    def _firm_link(chain: list[Hit], gap: str) -> bool:
        """Whether a later firm comes with its description: "Gazprom and oil firm Rosneft"."""
        return bool(chain) and _FIRM_LINK.fullmatch(gap) is not None

    def _descriptor(self, hit: Hit, following: Hit, people: bool) -> bool:
        """Whether ``hit`` (a country or place) only describes the firm (or person) named right after it
        ("India's HCL", "Russian gas giant Gazprom", "French club side Narbonne": whatever its type)."""
        if not (hit.country or hit.type == "GPE"):
            return False
        if following.type not in (("ORG", "PERSON") if people else ("ORG",)):
            firm = _firm_after(self.text, hit.end)
            return firm is not None and _LAST_MODIFIER.fullmatch(self.text, firm, following.start) is not None
        gap = _POSSESSED.fullmatch(self.text, hit.end, following.start)
        return gap is not None and not _DESCRIPTION_STOPS.intersection(str.lower(gap.group()).split())

    def chain_before(self, pos: int, floor: int, loose: int = 0, subject: bool = False) -> list[Hit]:
        """The list of names ending right before ``pos``; the first link may skip ``loose`` characters.

        With ``subject``, the skipped words must not contain another verb ("Hilton was abandoned
        after suggesting the signing": Hilton is not the signer).
        """
        i = bisect.bisect_right(self.ends, pos) - 1
        chain: list[Hit] = []
        cur = pos
        while i >= 0 and self.hits[i].start >= floor:
            hit = self.hits[i]
            gap = _untickered(self.text[hit.end : cur])
            if not chain:
                if len(gap) > max(loose, _MAX_LINK) or (loose == 0 and not _FIRST_GAP.fullmatch(gap)):
                    break
                if loose and any(c in gap for c in '.;:!?"“”()—–'):
                    break
                if subject and has_verb(gap):
                    break
            elif len(gap) > _MAX_LINK or not (CONNECTOR.fullmatch(gap) or _titled_link(gap, chain[-1])):
                break
            chain.append(hit)
            cur = hit.start
            i -= 1
        chain.reverse()
        if (
            loose
            and chain
            and (
                _LOCATIVE.search(self.text, max(floor, chain[0].start - 12), chain[0].start)
                or _DESCRIBED_PLACE.search(self.text, max(floor, chain[0].start - 48), chain[0].start)
            )
        ):
            return []
        return chain


@attrs.frozen
class DateIndex:
    """Time expressions of types DATE and TIME sorted by offset (durations and sets never date a deal)."""

    dates: tuple[TimeExpression, ...]
    starts: tuple[int, ...]

    @classmethod
    def build(cls, dates: Iterable[object]) -> DateIndex:
        """Index the dated time expressions of the ``dates`` layer."""
        kept = sorted(
            (d for d in dates if isinstance(d, TimeExpression) and d.type in ("DATE", "TIME")),
            key=lambda d: d.start,
        )
        return cls(tuple(kept), tuple(d.start for d in kept))

    def within(self, start: int, end: int) -> Sequence[TimeExpression]:
        """The time expressions inside ``[start, end)``."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return [d for d in self.dates[lo:hi] if d.end <= end]
