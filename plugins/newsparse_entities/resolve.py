"""Decide, for the whole document, what each candidate names and group mentions into entities.

One decision per name per document: the evidence of every occurrence of a name is pooled before its
type is fixed, a subdivision reading ("Idlib province") holds for every bare mention of that name,
surnames and acronyms link to the full name seen elsewhere in the document.  Metonymy is decided
per mention: a capital listed with states or acting as a subject is the state (form "capital"); a
dateline ("MOSCOW:") is the city (form "dateline").
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from operator import itemgetter
from typing import Any, Final, NamedTuple

from newsparse import Document, Entity, Mention
from newsparse.annotations import ENTITY_TYPES
from newsparse.frozen import FrozenDict, freeze
from newsparse_entities.brands import brand_type, brand_words
from newsparse_entities.camel_case import is_camel_case
from newsparse_entities.canonical import spelt_out
from newsparse_entities.company_forms import legal_variant, without_legal_suffix
from newsparse_entities.company_votes import company_over_first_name, curated_aliases, first_name_once
from newsparse_entities.context import (
    country_choices,
    listed_after_company_plural,
    listed_with_people,
    listed_with_places,
    place_appositions,
)
from newsparse_entities.cues import COMPANY_LIST, COMPANY_TOWN, TEAM, cue_index
from newsparse_entities.doc_evidence import (
    award_names,
    award_plurals,
    company_towns,
    owned_products,
    person_guesses,
)
from newsparse_entities.fast_values import new_entity, new_mention, new_span
from newsparse_entities.gazetteer import Gazetteer, country_ids, frozen_record, slug
from newsparse_entities.layout_names import without_tickers
from newsparse_entities.links import Links, name_links
from newsparse_entities.metonyms import SEATS, capital_metonyms, seat_acts
from newsparse_entities.rules import (
    HOLIDAYS,
    LAW_HEADS,
    PLACE_PREPOSITIONS,
    SUBDIVISION_WORDS,
    WEAK_FIRST_NAMES,
)
from newsparse_entities.sides import guessed_teams
from newsparse_entities.teams import match_report, place_teams, playing_countries, team_in_sports_report
from newsparse_entities.titles import covered, may_have_title, person_title
from newsparse_entities.venues import is_dateline, is_place_of_writing_or_venue
from newsparse_entities.words import Candidate, Words
from newsparse_entities.works import works_after_the

_WEIGHTS: Final = {
    "title": ("PERSON", 4),
    "role": ("PERSON", 3),
    "apposition": ("PERSON", 3),
    "first_name": ("PERSON", 3),
    "initial": ("PERSON", 3),
    "surname_particles": ("PERSON", 3),  # "van der", "von der" inside a name (particles.py)
    "says": ("PERSON", 2),
    "says_he": ("PERSON", 2),
    "verb_his": ("PERSON", 2),  # "Tendulkar completed his": a person's pronoun after its verb
    "says_it": ("ORG", 2),
    "company_opener": ("ORG", 3),
    "head": ("ORG", 4),
    "org_context": ("ORG", 3),
    "org_apposition": ("ORG", 3),  # "X, the first foreign company": weaker than a first name (company_votes)
    "affiliation": ("ORG", 3),
    "affiliation_comma": ("ORG", 3),
    "place_brackets": ("GPE", 3),
    "place_located": ("GPE", 2),
    "org_head": ("ORG", 3),
    "event_head": ("EVENT", 3),
    "loc_head": ("LOC", 3),
    "facility_head": ("FACILITY", 3),
    "facility_after": ("FACILITY", 3),
    "landform_after": ("LOC", 3),
    "mixed": ("ORG", 1),
    "acronym_follows": ("ORG", 2),
    "score": ("ORG", 3),
    "place_prep": ("GPE", 1),
    "place_opener": ("GPE", 3),
    "loc_opener": ("LOC", 4),
    "place_of": ("GPE", 3),
    "ampersand": ("ORG", 3),
    "descriptor": ("ORG", 3),
    "company_descriptor": ("ORG", 3),
    "team_role": ("ORG", 3),
    "plural_verb": ("ORG", 3),
    "scorecard": ("PERSON", 3),
    "scorer": ("PERSON", 3),
    "fixture": ("ORG", 4),
    "standings": ("ORG", 4),
    "media": ("ORG", 3),
    "determiner": ("ORG", 2),
    "product": ("PRODUCT", 3),
    "work": ("PRODUCT", 8),  # the kind of work named before a title outweighs a first name in it
    "substitute": ("PERSON", 3),
    "dateline": ("GPE", 10),
    "numbered": ("PRODUCT", 3),
    "numbered_org": ("ORG", 4),
    **{
        f"model:{t}": (t, 10)
        for t in ("PERSON", "ORG", "GPE", "LOC", "NORP", "FACILITY", "EVENT", "PRODUCT", "GROUP")
    },
}
_PREFIX: Final = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "loc",
    "LOC": "loc",
    "EVENT": "event",
    "NORP": "norp",
    "FACILITY": "facility",
    "PRODUCT": "product",
    "GROUP": "group",
}
# Endings of surnames in many languages ("Yeltsin", "Kuchma" are not covered; "Primakov" is).
_SURNAME_ENDINGS: Final = tuple(
    "ov ova ev eva in ina sky ski skiy enko uk yuk vic vich ic escu son sen ez es oglu ian yan idze ishvili "
    "ini elli etti ucci akis opoulos ides stein berg mann".split()
)
# "McCall", "MacLeod", "O'Connor": surnames by their form
_GAELIC_SURNAME: Final = re.compile(r"(?:Mc|Mac|O['’])[A-Z][a-z]")
_ACRONYM_PLURAL: Final = re.compile(r"[A-Z]{2,}s$")
# The confidence of an entity typed with no evidence (every mention a lone name with no context).
GUESS_CONFIDENCE: Final = 0.5
_DEFAULT_SINGLE: Final = (
    "ORG"  # an unknown lone capitalized word: companies, clubs and agencies outnumber people
)
_PLANETS: Final = frozenset("Mercury Venus Mars Jupiter Saturn Uranus Neptune Pluto".split())
# Words that make a story about space, where a planet's name is the planet.
_SPACE_WORDS: Final = frozenset(
    """planet planets moon moons orbit orbiting spacecraft probe telescope astronomer astronomers
    astronomy nasa solar asteroid comet galaxy""".split()
)


class Resolved(NamedTuple):
    """A mention decided: the entity id, type, canonical name, form and identifiers.

    A named tuple, not an attrs class: one is built per mention and read once, when the entities
    are grouped, and a tuple is three times cheaper to build (immutable all the same)."""

    start: int
    end: int
    id: str
    type: str
    canonical: str
    form: str
    identifiers: Mapping[str, Any]
    title: tuple[int, int] | None = None  # a person's title before the name: character offsets
    guess: bool = False  # typed with no evidence in the text


# a named tuple's own constructor is a Python frame with its keyword handling; its fields in
# order, given to tuple's, build the same tuple at a fraction of the cost (one per mention)
_new = tuple.__new__


def _evolved(r: Resolved, *, title: tuple[int, int] | None = None, guess: bool | None = None) -> Resolved:
    """``r`` with a title or the guess mark set: what ``r._replace`` gives, without its
    keyword and field walk at every call."""
    return _new(
        Resolved,
        (
            r.start,
            r.end,
            r.id,
            r.type,
            r.canonical,
            r.form,
            r.identifiers,
            r.title if title is None else title,
            r.guess if guess is None else guess,
        ),
    )


def resolve(
    doc: Document,
    words: Words,
    cands: Sequence[Candidate],
    gaz: Gazetteer,
    headlines: frozenset[int] = frozenset(),
) -> list[Resolved]:
    """Decide every candidate in document context."""
    text = doc.text
    if "<" in text:  # the wire's stock tickers ("<GE>") are no mentions
        cands = without_tickers(words, list(cands))
    chunk_cands = [c for c in cands if c.kind == "chunk"]
    gaz_cands = [c for c in cands if c.kind == "gaz"]
    cues = cue_index(words, cands)  # the candidates by the cue words beside them, for the passes below
    teams = place_teams(words, cues.of(TEAM, "gaz"), text)  # a place with a score or "beat": a team
    # --- pooled evidence per chunk name ---------------------------------------------------------
    chunk_keys = [text[c.start : c.end] for c in chunk_cands]
    votes = _pooled_votes(chunk_cands, chunk_keys, words, gaz)
    # list starts: chunks after a company's plural, and places after one ("firms Nokia, ...")
    firsts = [c for c in chunk_cands if "company_list" in c.evidence] + cues.of(COMPANY_LIST, "gaz")
    for key in listed_after_company_plural(words, cues.ordered, text, firsts) if firsts else ():
        votes[key]["ORG"] = votes[key].get("ORG", 0) + 3  # "firms Sony, Philips and Samsung"
    decided: dict[str, str | None] = {}
    for key in chunk_keys:
        if key not in decided:
            decided[key] = _decide(key, votes[key], gaz)
    _redecide_brands_and_awards(words, chunk_cands, chunk_keys, decided, votes, gaz)
    # the strongest vote of every chunk name, once per name
    best_vote = {key: max(v.values()) if v else 0 for key, v in votes.items()}
    # names listed with a place after "near", "in", "to" ... are places ("near Saraqeb and Abu al-Duhur")
    for key in listed_with_places(words, cues, text, gaz):
        if max((w for t, w in votes[key].items() if t != "GPE"), default=0) < 2 and not (
            key.split()[0] in gaz.first_names and key.split()[0] not in WEAK_FIRST_NAMES
        ):
            decided[key] = "GPE"
    for key in place_appositions(words, cues, text, gaz, decided):
        if max((w for t, w in votes[key].items() if t != "GPE"), default=0) < 2:
            decided[key] = "GPE"
    for c in chunk_cands:  # the place of a dateline, named again in the body: the same place
        if c.evidence and c.evidence[0] == "dateline":
            again = text[c.start : c.end].title()
            if again in votes and max((w for t, w in votes[again].items() if t != "GPE"), default=0) < 3:
                decided[again] = "GPE"
    guesses = _guesses(decided, votes)
    people_listed, bridged = listed_with_people(words, chunk_cands, chunk_keys, decided, guesses)
    for key in people_listed:
        if best_vote[key] < 3:
            decided[key] = "PERSON"
            guesses.discard(key)
    guesses.difference_update(guessed_teams(words, cands, text, decided, votes, teams, gaz))  # "the Gunners"
    if bridged:  # a town's name in a team sheet is a player's surname ("Ford, Douglas, Blair")
        gaz_cands = [c for c in gaz_cands if not _surname_in_list(c, bridged)]
        chunk_cands += [_as_chunk(c) for c in cands if c.kind == "gaz" and _surname_in_list(c, bridged)]
        chunk_keys = [text[c.start : c.end] for c in chunk_cands]
        for c in chunk_cands:
            key = text[c.start : c.end]
            if key not in decided:
                decided[key], best_vote[key] = "PERSON", 0
    links = name_links(words, chunk_cands, chunk_keys, decided, best_vote, gaz, guesses)
    surname_of, acronym_of, short_of, _ = links
    out = _gazetteer_mentions(words, gaz_cands, gaz, text, teams, surname_of, cues.of(COMPANY_TOWN, "gaz"))
    if short_of:
        out = _company_short_names(words, out, short_of, links[3], gaz, text)
    guesses |= person_guesses(decided, votes, gaz) - people_listed
    out += [
        _evolved(r, guess=True) if r.form == "name" and text[r.start : r.end] in guesses else r
        for r in _chunk_mentions(chunk_cands, chunk_keys, decided, best_vote, links, gaz)
    ]
    if headlines:  # what a headline's names in capitals may stand for (no headline: most documents)
        known = {text[r.start : r.end]: r for r in out}
        for short, full in [*short_of.items(), *acronym_of.items()]:
            if full in known and short not in known:
                r = known[full]  # the same mention under another form
                form = "alias" if short in short_of else "acronym"
                known[short] = Resolved(r.start, r.end, r.id, r.type, r.canonical, form, r.identifiers)
        out += _headline_mentions(words, cands, headlines, decided, surname_of, known)
    out = _seats_for_states(words, curated_aliases(out, text), gaz, text)  # "Merrill": Merrill Lynch
    return _with_titles(words, out)


def _seats_for_states(words: Words, out: list[Resolved], gaz: Gazetteer, text: str) -> list[Resolved]:
    """Seats of government acting for their state ("the Kremlin said", "Downing Street has denied"):
    mentions of the state (form "capital"), as the guidelines read "Whitehall" and "Kremlin"."""
    if not any(seat in text for seat in SEATS) or not any(text[r.start : r.end] in SEATS for r in out):
        return out  # most documents name none: a substring search of the text says so for most
    result = []
    for r in out:
        code = SEATS.get(text[r.start : r.end])
        state = gaz.country_by_code.get(code) if code else None
        found = frozen_record(gaz, state) if state else None
        i, j = bisect_left(words.start, r.start), bisect_left(words.start, r.end)
        if state and found is not None and j > i and seat_acts(words, i, j):
            r = Resolved(r.start, r.end, state, found[0], found[1], "capital", found[2])
        result.append(r)
    return result


def _redecide_brands_and_awards(
    words: Words,
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: dict[str, str | None],
    votes: dict[str, dict[str, int]],
    gaz: Gazetteer,
) -> None:
    """Retype (in ``decided``) common words the document writes as brands, first names an award's
    nouns follow ("Oscar nominations": the award, not a person of that first name), and names an
    organisation's possessive owns ("Sony's PlayStation": its product)."""
    for key, said in brand_words(words, chunk_cands, chunk_keys, decided, gaz):
        decided[key] = brand_type(key, _decide(key, v := votes[key], gaz, brand=True), v, decided, gaz, said)
    for key in award_names(words, chunk_cands, chunk_keys):
        if decided.get(key) == "PERSON" and votes[key].get("PERSON", 0) < 4:
            decided[key] = "EVENT"
    for key in award_plurals(decided, votes):
        decided[key] = "EVENT"  # "the Oscars" where "Oscar" is the award
    for key in works_after_the(words, chunk_cands, chunk_keys):
        if decided.get(key) == "PERSON" and votes[key].get("PERSON", 0) < 4:
            decided[key] = "PRODUCT"  # "starred in The Blair Witch Project": a person takes no article
    for key in owned_products(words, chunk_cands, chunk_keys, decided):
        if decided.get(key) == "ORG" and max(votes[key].values(), default=0) < 3:
            decided[key] = "PRODUCT"  # "Sony's PlayStation", "Microsoft's Xbox"


def _surname_in_list(c: Candidate, bridged: set[int]) -> bool:
    """Whether a gazetteer match is a one-word town's name standing in a list of people."""
    return (
        c.kind == "gaz"
        and c.i in bridged
        and c.j - c.i == 1
        and bool(c.cands)
        and c.cands[0][0].startswith("geonames:")
        and c.cands[0][1] == "name"
    )


def _as_chunk(c: Candidate) -> Candidate:
    """A gazetteer match read as a name chunk (a town's name that is a player's surname)."""
    return Candidate(c.i, c.j, c.start, c.end, c.text, "chunk", (), ("listed",))


def _with_titles(words: Words, resolved: list[Resolved]) -> list[Resolved]:
    """People's mentions with the title or role written before them ("Prime Minister", "coach")."""
    types = list(map(_TYPE, resolved))
    if "PERSON" not in types:
        return resolved
    starts = words.start
    n = len(words)
    # each person's words, first and after the last: a mention that starts inside a word
    # ("pro-Russian") covers none; those a title may stand beside (few) are looked at
    titled = []
    for k in itertools.compress(range(len(types)), map("PERSON".__eq__, types)):
        i, j = bisect_left(starts, resolved[k].start), bisect_left(starts, resolved[k].end)
        if i < n and may_have_title(words, i, j):
            titled.append((k, i, j))
    if not titled:
        return resolved
    frozen = covered(starts, map(_START_END, resolved))  # every mention's words: a title takes none
    out = list(resolved)
    for k, i, j in titled:
        span = person_title(words, i, j, frozen)
        if span is not None and span[0] < span[1]:
            out[k] = _evolved(out[k], title=(starts[span[0]], words.end[span[1] - 1]))
    return out


def _pooled_votes(
    chunk_cands: Sequence[Candidate], chunk_keys: Sequence[str], words: Words, gaz: Gazetteer
) -> dict[str, dict[str, int]]:
    """Every chunk name, with the votes per type its mentions' evidence gives (maybe none).

    A verb of saying is evidence of a person for a lone name only when it looks like a person's
    name, a known first name or surname or a surname's form ("Smith said"); companies say things
    too ("IBM said", "Microsoft said", "Novartis said")."""
    votes: dict[str, dict[str, int]] = {}
    named: dict[str, int] = {}  # how many mentions of a name hold a first name
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        pooled = votes.get(key)
        if pooled is None:
            pooled = votes[key] = {}
        if not c.evidence:
            continue  # most mentions: nothing to pool
        lone = "says" in c.evidence and " " not in key and not _person_like(key, gaz)  # read for "says" only
        for ev in c.evidence:
            if ev == "says" and lone:
                continue
            if ev == "says_it" and _named_like_a_person(key, gaz):
                continue  # "Smith said it had been": "it" is the matter, not Smith
            if ev == "plural_verb" and " " not in key and str.lower(key) in gaz.words:
                continue  # '"People are' after a quotation mark: a common word
            if ev in _WEIGHTS:
                t, w = _WEIGHTS[ev]
                pooled[t] = pooled.get(t, 0) + w
            if ev == "first_name":
                named[key] = named.get(key, 0) + 1
    company_over_first_name(votes, chunk_cands, chunk_keys)  # "economist at Fannie Mae"
    if named:  # "Royal Mail" four times: its first name votes once
        first_name_once(votes, named, chunk_cands, chunk_keys, words, gaz.surnames, _WEIGHTS["first_name"][1])
    return votes


def _company_short_names(
    words: Words,
    resolved: list[Resolved],
    short_of: dict[str, str],
    first_chunk: dict[str, Candidate],
    gaz: Gazetteer,
    text: str,
) -> list[Resolved]:
    """Town names that are a company's short name in this document ("Magna" beside "Magna
    International Inc") become mentions of the company, unless a preposition of place precedes."""
    out = []
    for r in resolved:
        full = short_of.get(text[r.start : r.end])
        if full is not None and r.id.startswith("geonames:") and r.form == "name":
            i = bisect_left(words.start, r.start)
            if not (i > 0 and words.lower[i - 1] in PLACE_PREPOSITIONS):
                c = first_chunk[full]
                org = _org(c, full, "ORG", "alias", c.prefix, gaz)
                r = Resolved(r.start, r.end, org.id, "ORG", org.canonical, "alias", org.identifiers)
        out.append(r)
    return out


def _subdivision_choices(words: Words, gaz_cands: Sequence[Candidate], text: str) -> dict[str, str]:
    """Subdivision readings: "Idlib province" makes every bare "Idlib" the province (name -> id)."""
    choice: dict[str, str] = {}
    if SUBDIVISION_WORDS.isdisjoint(words.vocabulary):
        return choice  # most documents: no "province", "district", "governorate"
    for c in gaz_cands:
        if len(c.cands) > 1 and c.j < len(words) and words.lower[c.j] in SUBDIVISION_WORDS:
            sub = next((cid for cid, _ in c.cands if cid.startswith("iso3166-2:")), None)
            if sub is not None:
                choice[text[c.start : c.end]] = sub
        if (
            len(c.cands) > 1
            and c.i >= 2
            and words.lower[c.i - 2] in SUBDIVISION_WORDS
            and words.text[c.i - 1] == "of"
        ):
            sub = next((cid for cid, _ in c.cands if cid.startswith("iso3166-2:")), None)
            if sub is not None:
                choice[text[c.start : c.end]] = sub
    return choice


def _gazetteer_mentions(
    words: Words,
    gaz_cands: Sequence[Candidate],
    gaz: Gazetteer,
    text: str,
    teams: set[str],
    surname_of: dict[str, str],
    company_cues: Sequence[Candidate],
) -> list[Resolved]:
    """The gazetteer matches resolved: people's surnames first, then places, teams, capitals.
    ``company_cues``: the matches a company's word may stand beside (``cues.COMPANY_TOWN``)."""
    out: list[Resolved] = []
    sport, spread = match_report(words, teams)  # "against Italy", "Wales were"; teams found: more teams
    companies = company_towns(words, company_cues, text)  # none in a team sheet: a joiner either side
    choice = _subdivision_choices(words, gaz_cands, text)
    choice.update(country_choices(gaz_cands, text, gaz, choice))
    keys = [text[c.start : c.end] for c in gaz_cands]
    # a planet's name in a space story is the planet: the words are looked at only when one is named
    space = not _PLANETS.isdisjoint(keys) and not _SPACE_WORDS.isdisjoint(words.vocabulary)
    gaz_ids: list[tuple[Candidate, str, str]] = []
    for c, key in zip(gaz_cands, keys, strict=True):
        if key in surname_of and c.j - c.i == 1 and not _strong_place(c, words):
            person = surname_of[key]
            out.append(_person(c, person, _short_form(key, person)))
            continue
        if key in companies:  # "handset maker Nokia": the company, in every mention
            out.append(Resolved(c.start, c.end, "org:" + slug(key), "ORG", key, "name", {}))
            continue
        if space and key in _PLANETS:  # "Jupiter" in a space story is the planet, not Jupiter, Florida
            out.append(Resolved(c.start, c.end, "loc:" + slug(key), "LOC", key, "name", {}))
            continue
        ident = choice.get(key)
        form = "name"
        for cid, cform in c.cands:
            if ident is None or cid == ident:
                ident, form = cid, cform
                break
        assert ident is not None
        gaz_ids.append((c, ident, form))
    metonyms, playing = capital_metonyms(words, gaz_ids, gaz), playing_countries(words, gaz_ids, gaz, sport)
    for idx, (c, ident, form) in enumerate(gaz_ids):
        found = frozen_record(gaz, ident)
        if found is None:
            continue
        etype, canonical, identifiers = found
        key = text[c.start : c.end]
        place = ident.startswith(("geonames:", "iso3166-2:")) and form != "demonym"
        dateline = is_dateline(words, c)
        # a place that may be a team is asked whether it is dated or a venue (no team even in a
        # report of games): most places are neither in ``teams`` nor in a spread report
        if (
            place
            and (key in teams or spread)
            and not is_place_of_writing_or_venue(words, c, dateline)
            and (key in teams or team_in_sports_report(words, c))
        ) or idx in playing:
            out.append(
                Resolved(c.start, c.end, "org:" + slug(canonical), "ORG", canonical, "name", {"place": ident})
            )
            continue
        if dateline:
            form = "dateline"
        elif idx in metonyms:
            country = gaz.capital_of.get(ident)
            state = frozen_record(gaz, country) if country else None
            if country and state is not None:
                out.append(Resolved(c.start, c.end, country, state[0], state[1], "capital", state[2]))
                continue
        out.append(_new(Resolved, (c.start, c.end, ident, etype, canonical, form, identifiers, None, False)))
    return out


def _chunk_mentions(
    chunk_cands: Sequence[Candidate],
    chunk_keys: Sequence[str],
    decided: dict[str, str | None],
    best_vote: dict[str, int],
    links: Links,
    gaz: Gazetteer,
) -> list[Resolved]:
    """The name chunks resolved: people (by full name or surname), aliases, acronyms, organisations."""
    surname_of, acronym_of, short_of, first_chunk = links
    out: list[Resolved] = []
    for c, key in zip(chunk_cands, chunk_keys, strict=True):
        if key in HOLIDAYS:
            continue  # no link makes "Christmas" a person's name ("Merry Christmas")
        kind = decided.get(key)
        # a person's surname yields to a type only on strong evidence: an article before it ("the
        # Presley role"), "said in a statement" or a role after it ("Sanders spokesman") is too weak
        # against the full name in the document
        strong = best_vote[key] >= (4 if key in surname_of else 2)
        if key in short_of and (best_vote[key] < 3 or legal_variant(key, short_of[key], decided)):
            full = short_of[key]
            out.append(_org(first_chunk[full], full, "ORG", "alias", first_chunk[full].prefix, gaz, span=c))
            continue
        if kind == "PERSON" or (key in surname_of and (kind is None or not strong)):
            full = surname_of.get(key, key)  # a name of two words there is a surname with a particle
            out.append(_person(c, full, "name" if full == key else _short_form(key, full)))
            continue
        if key in acronym_of and acronym_of[key] != key:
            full = acronym_of[key]
            kind_full = decided.get(full) or "ORG"
            out.append(
                _org(first_chunk[full], full, kind_full, "acronym", first_chunk[full].prefix, gaz, span=c)
            )
            continue
        if kind is None:
            continue
        if c.evidence and c.evidence[0] == "dateline":  # a place in capitals no gazetteer knows
            name = key.title()
            out.append(
                _new(
                    Resolved, (c.start, c.end, "loc:" + slug(name), "GPE", name, "dateline", {}, None, False)
                )
            )
            continue
        out.append(_org(c, key, kind, "name", c.prefix, gaz))
    return out


def _headline_mentions(
    words: Words,
    cands: Sequence[Candidate],
    headlines: frozenset[int],
    decided: dict[str, str | None],
    surname_of: dict[str, str],
    known: dict[str, Resolved],
) -> list[Resolved]:
    """Names in capitals in a headline that the body names in ordinary case ("DOLE SAYS ...")."""
    if not headlines:
        return []
    covered: set[int] = set()
    for c in cands:
        covered.update(range(c.i, c.j))
    out: list[Resolved] = []
    n = len(words.text)
    for sent in sorted(headlines):  # the headlines' words alone, not every word of the document
        i, end = words.bounds[sent], words.bounds[sent + 1]
        while i < end:
            if not words.cap[i] or i in covered:
                i += 1
                continue
            for length in (3, 2, 1):
                j = i + length
                if j > n or any(
                    k in covered or not words.cap[k] or words.sent[k] != sent for k in range(i, j)
                ):
                    continue
                key = " ".join(
                    words.text[k].title() if words.upper[k] else words.text[k] for k in range(i, j)
                )
                c = Candidate(i, j, words.start[i], words.end[j - 1], key, "chunk")
                t = decided.get(key)
                if key in known:
                    r = known[key]
                    out.append(Resolved(c.start, c.end, r.id, r.type, r.canonical, r.form, r.identifiers))
                elif t == "PERSON" or (t is None and key in surname_of):
                    full = key if length > 1 else surname_of.get(key, key)
                    out.append(_person(c, full, "name" if full == key else "surname"))
                elif t is not None:
                    out.append(
                        Resolved(c.start, c.end, f"{_PREFIX.get(t, 'misc')}:{slug(key)}", t, key, "name", {})
                    )
                else:
                    continue
                i = j
                break
            else:
                i += 1
    return out


def _decide(key: str, votes: dict[str, int], gaz: Gazetteer, brand: bool = False) -> str | None:
    """The type of a chunk name from its pooled votes, or None when it is probably not a name
    (``brand``: a common word the document writes as a name, :mod:`newsparse_entities.brands`)."""
    if key in HOLIDAYS:
        return None  # "Christmas", "New Year", "Fridays": no entity in the guidelines
    parts = key.split()
    if parts[-1] in LAW_HEADS and (len(parts) > 1 or key == "Act"):
        return None  # "the Data Protection Act", "the Act": a law, no entity in the guidelines
    if len(parts) == 1 and _ACRONYM_PLURAL.match(key) and max(votes.values(), default=0) < 3:
        return None  # "TVs", "PCs", "ISPs": the plural of an abbreviated common noun names nothing
    # every part a common word, looked up only when the votes leave the name in doubt (a look-up in
    # the large lexicon is a cache miss)
    if (
        not brand
        and (not votes or (len(parts) == 1 and max(votes.values()) < 3))
        and all(map(gaz.words.__contains__, str.lower(key).split()))
    ):
        return None
    if votes:
        best = max(votes, key=votes.__getitem__)  # the first type with the most votes
        if votes[best] >= 2 or len(parts) >= 2:
            return best
    if len(parts) == 1:  # no common word here: one with no strong vote went above
        word = parts[0]
        if word.isupper() and 2 <= len(word) <= 5:
            return "ORG"
        if votes:
            return max(votes, key=votes.__getitem__)
        if _person_like(word, gaz):
            return "PERSON"
        return _DEFAULT_SINGLE
    if parts[0] in gaz.first_names or parts[-1] in gaz.surnames:
        return "PERSON"
    if (parts[0].isupper() and parts[0].isalpha() and 2 <= len(parts[0]) <= 5) or parts[0] == "Team":
        return "ORG"  # an acronym or "Team" opens no person's name: "IRB Sevens", "BBC Radio", "Team GB"
    if any(map(is_camel_case, parts)):
        return "ORG"  # "Sony PlayStation", "Apple iPod": brands, not people
    if len(parts) <= 3:
        return "PERSON"
    return "ORG"


def _guesses(decided: dict[str, str | None], votes: dict[str, dict[str, int]]) -> set[str]:
    """The lone names typed with no evidence at all (the default type): marked as guesses.

    Typing them by the document's other names instead (people in a report full of players) was
    measured and dropped: it gained on the real news set and lost more on CoNLL-2003 dev."""
    return {
        key
        for key, kind in decided.items()
        if kind == _DEFAULT_SINGLE and not votes[key] and " " not in key and not key.isupper()
    }


def _person_like(word: str, gaz: Gazetteer) -> bool:
    """Whether a lone word looks like a person's name: a known first name or surname, or by its form."""
    if word.isupper():
        return False
    return (
        word in gaz.first_names
        or word in gaz.surnames
        or word.endswith(_SURNAME_ENDINGS)
        or _GAELIC_SURNAME.match(word) is not None
    )


def _named_like_a_person(key: str, gaz: Gazetteer) -> bool:
    """Whether a name looks like a person's: a lone person-like word, or a known first name or surname."""
    parts = key.split()
    if len(parts) == 1:
        return _person_like(key, gaz)
    return parts[0] in gaz.first_names or parts[-1] in gaz.surnames


def _strong_place(c: Candidate, words: Words) -> bool:
    """Whether a place name's context insists on the place ("in Jordan")."""
    return c.i > 0 and words.lower[c.i - 1] in PLACE_PREPOSITIONS


def _short_form(short: str, full: str) -> str:
    """The form of a one-word mention of a person: "first_name" ("Kelly") or "surname" ("Holmes")."""
    return "first_name" if full.split()[0] == short and full.split()[-1] != short else "surname"


def _person(c: Candidate, full: str, form: str) -> Resolved:
    """A mention of the person named ``full``."""
    return _new(Resolved, (c.start, c.end, "person:" + slug(full), "PERSON", full, form, {}, None, False))


def _org(
    c: Candidate,
    name: str,
    etype: str,
    form: str,
    prefix: Candidate | None,
    gaz: Gazetteer,
    span: Candidate | None = None,
) -> Resolved:
    """A mention of a rule-found organisation, place, event or group; a country prefix becomes its parent."""
    ident = f"{_PREFIX.get(etype, 'misc')}:{slug(name)}"
    identifiers: dict[str, Any] = {}
    if prefix is not None and prefix.cands:
        pid = prefix.cands[0][0]
        country = pid if pid in country_ids(gaz) else None
        if country is not None:
            rest = name[prefix.end - c.start :].strip()
            rest_slug = slug(rest).replace("defence", "defense")
            ident = f"{_PREFIX.get(etype, 'misc')}:{country}-{rest_slug}"
            identifiers["parent"] = country
            record = frozen_record(gaz, country)
            if etype == "ORG" and record is not None:  # "US Senate": the United States Senate
                name = spelt_out(name, name[: prefix.end - c.start], record[1])
    where = span or c
    canonical = without_legal_suffix(name) if etype == "ORG" else name
    return _new(Resolved, (where.start, where.end, ident, etype, canonical, form, identifiers, None, False))


# Mentions and entities are built from offsets into ``text`` and its slices, and the pipeline checks
# every entity it is given: their constructors' checks would run twice (a tenth of the layer)
_new_span = new_span
_new_mention = new_mention
_new_entity = new_entity
_ENTITY_TYPES: Final = frozenset(ENTITY_TYPES)
_NO_IDENTIFIERS: Final = FrozenDict()  # read-only: one for every entity without identifiers


def _mention(r: Resolved, text: str) -> Mention:
    """The mention of a decided span, with its title's span where it has one."""
    title = None if r.title is None else _new_span(r.title[0], r.title[1], text[r.title[0] : r.title[1]])
    return _new_mention(r.start, r.end, text[r.start : r.end], r.form, title)


def to_entities(resolved: Sequence[Resolved], text: str) -> Iterator[Entity]:
    """Group decided mentions into entities, sorted by first mention; overlapping mentions dropped.

    An iterator over a list built at once, not a generator: the pipeline takes every entity, and a
    generator's frame resumed per entity cost more than the list."""
    by_id: dict[str, list[Resolved]] = {}
    last_end = -1  # the end of the last mention taken
    # by start, the longer mention first: two stable C-level sorts instead of a key built per mention
    ordered = sorted(resolved, key=_END, reverse=True)
    ordered.sort(key=_START)
    for r in ordered:
        if r.start < last_end:
            continue
        last_end = r.end
        if r.id in by_id:
            by_id[r.id].append(r)
        else:
            by_id[r.id] = [r]
    entities = []
    for ident, rs in by_id.items():
        first = rs[0]
        canonical = first.canonical
        identifiers = first.identifiers
        guess = first.guess
        if len(rs) > 1:
            if first.type == "PERSON":
                canonical = max([r.canonical for r in rs], key=len)
            if guess:
                guess = all([r.guess for r in rs])
            # identifiers the first mention lacks: another mapping, not empty (the mentions of a
            # place share their frozen identifiers)
            more = [r.identifiers for r in rs if r.identifiers and r.identifiers is not identifiers]
            if more:
                identifiers = dict(identifiers)
                for other in more:
                    for k, v in other.items():
                        identifiers.setdefault(k, v)
        mentions = tuple(
            [
                _new_mention(r.start, r.end, text[r.start : r.end], r.form, None)  # most: no title
                if r.title is None
                else _mention(r, text)
                for r in rs
            ]
        )
        confidence = GUESS_CONFIDENCE if guess else None
        if first.type not in _ENTITY_TYPES:  # what Entity's own validator says
            raise ValueError(f"'type' must be in {ENTITY_TYPES!r} (got {first.type!r})")
        if identifiers.__class__ is not FrozenDict:  # frozen already: the gazetteer's, shared
            identifiers = freeze(identifiers) if identifiers else _NO_IDENTIFIERS
        entities.append(_new_entity(ident, first.type, canonical, mentions, identifiers, confidence, ()))
    # by_id keeps the order of first mentions, which the mentions were taken in: sorted already
    return iter(entities)


_START: Final = itemgetter(0)  # a decided mention's start and end (Resolved's first two fields)
_END: Final = itemgetter(1)
_START_END: Final = itemgetter(0, 1)
_TYPE: Final = itemgetter(3)  # its type
