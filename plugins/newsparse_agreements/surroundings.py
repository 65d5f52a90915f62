"""What stands around each trigger: names and dates compounded with it, venues, provisions, attacks."""

from __future__ import annotations

import bisect
import functools
import re

from .agents import by_agent, without_firm_nationalities
from .antecedents import antecedent_states, bidder_before
from .context import Hit, has_verb
from .cues import (
    _AFTER_TRIGGER,
    _ATTACK_REACH,
    _BEFORE_PLACE,
    _BY_ANYWHERE,
    _BY_OR_WITH,
    _CAPITAL,
    _COMMERCIAL,
    _COMPLEMENT,
    _DATE_GAP,
    _DEALS,
    _FUNCTION_WORDS,
    _IN_PLACE,
    _IN_ZONE,
    _LOCATIONS,
    _NOUN_OR_VERB,
    _OCCASIONS,
    _OF_DATE,
    _PREMOD_GAP,
    _STOP,
    _VERB_SLOT,
)
from .governments_of import governments_of
from .lexicon import PREMODIFIERS, PROVISION, VENUE, ZONE_KINDS
from .listed_sides import listed_sides
from .prefilter import Prefilter
from .purchase import PURCHASE
from .sentence import Local, _clause, _Sentence
from .titled_phrase import sides_after_phrase
from .triggers import Trigger

# "with Rupert Murdoch's Sky television": the possessed name is the side; a title is not ("Israel's
# Prime Minister").
_POSSESSED_NAME = re.compile(r"['’]s\s+([A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})\b")
_TITLES = frozenset(
    """president prime premier foreign finance defence defense trade economy interior chancellor king queen
    prince government cabinet parliament senate congress army military national state central""".split()
)
# A truce named by a town holds there; it was not agreed there ("the Grozny ceasefire").
_LOCAL_TRUCE = re.compile(r"(?:cease-?fire|truce)s?$", re.IGNORECASE)
# The last word of a name that names an agreement itself ("the Trans-Pacific Partnership trade pact"):
# compounded before a deal word, that name is the agreement's own, not a side bound by it.
_AGREEMENT_NAME_ENDS = frozenset(
    "agreement agreements accord accords pact treaty protocol convention partnership".split()
)
# "between the two countries": a pair named before.
_TWO_STATES = re.compile(r"the\s+two\s+(?:countries|nations|governments)\b", re.IGNORECASE)


def _between_the_two(ctx: _Sentence, local: Local, prep: int, start: int) -> None:
    """ "a trade deal between the two countries": the two countries named before are its parties."""
    found = _TWO_STATES.match(ctx.text, start)
    if found is not None:
        states = antecedent_states(ctx.text, ctx.entities, ctx.sentence.start, start)
        local.give("parties", states, prep, found.end())


def _around_triggers(ctx: _Sentence) -> None:
    """Names and dates right before or after each trigger: "the U.S.-China trade deal", "a truce between"."""
    text = ctx.text
    s = ctx.sentence
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        # "Treaty of Peace between X and Y": a title's sides across its head's own phrase (titled_phrase)
        after = sides_after_phrase(text, trig.start, trig.end) or _AFTER_TRIGGER.match(text, trig.end)
        if after and PURCHASE.match(text, trig.end):
            after = None  # "a deal to buy X": X is bought (read by .purchase), not a side
        venue_from = trig.end
        if after:
            # "between Russian envoy X and Y": the envoy
            between = str.lower(after.group("prep")) == "between"
            chain = ctx.entities.chain_after(after.end(), s.end, people=trig.kind in _OWNED or between)
            chain = governments_of(text, ctx.entities, after.end(), s.end) or chain  # "the Government of X"
            prep = str.lower(after.group("prep"))
            chain = _possessed_side(ctx, chain) if prep in ("with", "between") else chain
            chain = without_firm_nationalities(text, chain)  # "with Israeli networks": the firms' nationality
            if prep == "between" and chain:
                chain = _described_list(ctx, chain)
            elif prep == "between":
                _between_the_two(ctx, local, after.start("prep"), after.end())
            if prep == "between" and not trig.talks:  # a title's every listed side (listed_sides)
                chain = listed_sides(text, ctx.entities, trig.start, after.end(), chain)
            # "the acquisition of X by Y", "a takeover bid from X"
            deal = trig.kind in _DEALS or prep not in ("of", "by", "from", "to")
            deal = deal or (prep == "to" and trig.kind in _COMMERCIAL)  # "offered a trade pact to X"
            deal = deal or (trig.kind == "loan" and prep in ("from", "to"))  # "a loan from its parent"
            deal = deal or (prep == "by" and trig.kind not in _OWNED and by_agent(text, trig, s.start))
            if chain and deal:
                offer = prep == "from" and str.lower(trig.text).endswith(_OFFERS)  # "an offer from X": X bids
                _cast(local, trig.kind, "by" if offer else prep, chain)
                if not (trig.kind == "acquisition" and prep == "of"):  # the target is bought, not bound
                    local.give("parties", chain, after.start("prep"), chain[-1].end)
                venue_from = chain[-1].end
                more = _BY_OR_WITH.match(text, venue_from) if trig.kind in _DEALS else None
                if trig.kind == "loan":
                    more = _TO.match(text, venue_from)  # "a loan from X to Y"
                second = ctx.entities.chain_after(more.end(), s.end) if more else []
                if more and second:
                    local.give("parties", second, more.start(1), second[-1].end)
                    _cast(local, trig.kind, str.lower(more.group(1)) if trig.kind == "loan" else "by", second)
                    venue_from = second[-1].end
        signed_after = after is not None and after.group("verb") is not None
        if local.venue is None and (local.signed_here or signed_after or trig.talks):
            found = _place_after(ctx, venue_from)
            if found is not None:
                local.place(found[0], found[1], found[0].end)
        premod = _premodifier_chain(ctx, trig)
        premod = [h for h in premod if str.lower(ctx.text[h.start : h.end]) not in _OCCASIONS]
        premod = [h for h in premod if not _names_an_agreement(ctx.text, h)]
        if trig.kind == "treaty" and len(premod) == 1 and not premod[0].country and premod[0].type != "GPE":
            premod = []  # "the New START treaty": a treaty's own name, even when tagged as an organisation
        proposer = trig.hint == "proposed" and len(premod) == 1 and bool(local.roles["parties"])
        if proposer and premod[0].id not in {h.id for h in local.roles["parties"]}:
            # "Israel and Hamas accepted the Qatari ceasefire proposal": the proposer of others' deal
            local.give("mediators", premod, premod[0].start, trig.end)
        elif premod and trig.kind not in ZONE_KINDS and not _nationality_only(text, trig, premod):
            owner = trig.kind in _OWNED and text[premod[-1].end : premod[-1].end + 2] in ("'s", "’s")
            if len(premod) > 1 or premod[0].country or premod[0].type not in _LOCATIONS or owner:
                # "Liverpool's bid", "Chelsea's contract": a club or firm named after its town owns it
                local.give("parties", premod, premod[0].start, trig.end)
                _cast(local, trig.kind, "'s", premod)  # "Bond Corp's acquisition", "Turkey's loan"
            elif premod[0].type != "LOC" and not _LOCAL_TRUCE.search(
                trig.text
            ):  # "the Grozny ceasefire": its area
                local.place(premod[0], premod[0].start, trig.end)
        _date_premodifier(ctx, trig, local)
        _date_after_deal(ctx, trig, local)
        if not premod:
            _possessed_bid(ctx, trig, local)


def _names_an_agreement(text: str, hit: Hit) -> bool:
    """Whether a name compounded before a deal word names an agreement itself ("Trans-Pacific
    Partnership", "North American Free Trade Agreement"), as written or by its canonical name (the
    slug of its id: "TPP" is "org:trans-pacific-partnership"): the agreement's own name, never its side."""
    words = str.lower(text[hit.start : hit.end]).split()
    slug = hit.id.partition(":")[2].rsplit("-", 1)[-1]
    return bool(words) and (words[-1] in _AGREEMENT_NAME_ENDS or slug in _AGREEMENT_NAME_ENDS)


def _nationality_only(text: str, trig: Trigger, premod: list[Hit]) -> bool:
    """Whether a company deal's only premodifier is a country named as an adjective ("the planned
    Japanese acquisition of X"): it tells the buyer's nationality; the firms are the sides
    ("Turkey's acquisition", a possessor, stays a side)."""
    if trig.kind not in _COMPANY_DEALS or len(premod) != 1 or not premod[0].country:
        return False
    return text[premod[0].end : premod[0].end + 2] not in ("'s", "’s")


def _possessed_bid(ctx: _Sentence, trig: Trigger, local: Local) -> None:
    """ "investors opposed to its bid for the LSE": the firm "its" stands for made the bid (a side);
    so with "its merger with X", "its proposed acquisition of X" (not "its acquisition by X")."""
    offer = (
        trig.kind == "acquisition" and str.lower(trig.text).endswith(_OFFERS) and not local.roles["parties"]
    )
    if not (offer or _own_deal(ctx.text, trig)):
        return
    targets = frozenset(h.id for h in local.business.get("target", ()))
    sides = {h.id for h in local.roles["parties"]}
    bidder = [
        h
        for h in bidder_before(ctx.text, ctx.entities, ctx.sentence.start, trig.start, targets)
        if h.id not in sides
    ]
    if bidder:
        local.give("parties", bidder, bidder[0].start, trig.end)
        _cast(local, trig.kind, "'s", bidder)


def _own_deal(text: str, trig: Trigger) -> bool:
    """Whether a company deal is "its" / "their" / "the company's" own ("its merger with Globex", "its
    proposed acquisition of Globex"), not one it undergoes ("its acquisition by Globex", "its sale")."""
    return (
        trig.kind in _COMPANY_DEALS
        and trig.det in ("its", "their", "'s", "’s")  # "the company's acquisition of Emery"
        and str.lower(trig.text).endswith(_OWN_HEADS)
        and _BY_AFTER.match(text, trig.end) is None
    )


_OWN_HEADS = (
    "merger", "mergers", "acquisition", "acquisitions", "takeover", "takeovers", "purchase", "buyout"
)  # fmt: skip
_BY_AFTER = re.compile(r"\s+by\b", re.IGNORECASE)


@functools.cache
def _provision_cues() -> Prefilter:
    """The provision verbs' prefilter, compiled on first use (once per process: a faster cold start)."""
    return Prefilter.of(PROVISION)


# A venue cue or a provision verb: a sentence where neither opens (most) skips both readers' scans.
@functools.cache
def _place_or_terms() -> Prefilter:
    """The prefilter of a venue cue or a provision verb, compiled on first use (once per process)."""
    return Prefilter.any_of(VENUE, PROVISION)


_OFFERS = ("offer", "offers", "bid", "bids", "proposal", "proposals", "approach")
# Deals a possessor owns as a side: "Liverpool's bid" is the club's, not a deal made in Liverpool.
_COMPANY_DEALS = frozenset({"acquisition", "merger"})
_OWNED = frozenset({"acquisition", "merger", "transfer", "contract", "loan"})
# An amount right before a name: the name is its currency ("240 mln H.K. Dlr").
_AMOUNT_BEFORE = re.compile(
    r"(?:[£$€]\s?\d[\d.,]*|\d[\d.,]*\s*(?:bn|mn|m|mln|bln|billion|million)\b)\s*"
    r"(?:[a-z]{1,7}\s+)?(?:[A-Z][\w.]*\s+)?$"
)
# ", footwear specialists " / " and condom-maker ": a list link with a description of the next name.
_DESCRIBED_LINK = re.compile(r"\s*(?:,\s*and|,|and)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){1,2})")
_VENUE_AHEAD = 40  # how far after its place an agreement may stand ("talks in Geneva on a truce")
# A possessor a few modifiers before the head: "'s" then up to five lower-case words or numbers.
# An amount counts as a modifier: "Deutsche Boerse's £1.3bn offer", "Acme's planned $1bn ($0.5bn) merger".
_POSSESSOR_GAP = re.compile(
    r"['’]s\s+(?:(?:[a-z][\w-]*|[£$€]?\d[\d.,]*(?:bn|mn|m|k)?|\([£$€]?\d[^()]{0,12}\))\s+){1,5}"
)
_TICKERED_POSSESSOR = re.compile(r"['’]s\)?\s+<[A-Z0-9.]{1,12}>\s+")
_TO = re.compile(r"\s+(to)\s+", re.IGNORECASE)
# Business role of the names after a preposition (or a possessive, "'s") by the deal's kind.
_BUSINESS_ROLE = {
    ("acquisition", "of"): "target",
    ("acquisition", "for"): "target",
    ("acquisition", "from"): "seller",
    ("acquisition", "by"): "acquirer",
    ("acquisition", "'s"): "acquirer",
    ("loan", "from"): "lender",
    ("loan", "with"): "lender",
    ("loan", "by"): "lender",
    ("loan", "to"): "borrower",
    ("loan", "'s"): "borrower",
}


def _possessed_side(ctx: _Sentence, chain: list[Hit]) -> list[Hit]:
    """A side named as someone's ("a deal with Rupert Murdoch's Sky television"): the capitalised name
    after the possessive, as a text party when no entity covers it, instead of its owner."""
    if not chain:
        return chain
    owned = _POSSESSED_NAME.match(ctx.text, chain[-1].end, ctx.sentence.end)
    if owned is None or str.lower(owned.group(1).split()[0]) in _TITLES:
        return chain
    lo, hi = owned.span(1)
    covered = ctx.entities.within(lo, hi)
    return [*chain[:-1], covered[0] if covered else Hit(lo, hi, "text:" + owned.group(1), "TEXT", False)]


def _described_list(ctx: _Sentence, chain: list[Hit]) -> list[Hit]:
    """A "between" list whose later names carry a description: "between Seton Healthcare, footwear
    specialists Scholl and condom-maker London International Group" names all three."""
    out = list(chain)
    while (link := _DESCRIBED_LINK.match(ctx.text, out[-1].end)) is not None:
        nxt = ctx.entities.within(link.end(), ctx.sentence.end)[:1]
        words = link.group(1).split()
        if (
            not nxt
            or nxt[0].start != link.end()
            or has_verb(link.group(1))
            or _FUNCTION_WORDS.intersection(words)
        ):
            break  # ", guaranteed by Ukraine": a role, not a described side
        out.append(nxt[0])
    return out


def _cast(local: Local, kind: str, prep: str, hits: list[Hit]) -> None:
    """Give ``hits`` the business role their preposition marks for a deal of ``kind``, if any."""
    role = _BUSINESS_ROLE.get((kind, prep))
    if role is not None:
        local.cast(role, hits)


def _place_after(ctx: _Sentence, pos: int) -> tuple[Hit, int] | None:
    """The place right after "in"/"at" at ``pos`` ("signed a deal in Istanbul"), with where "in" starts."""
    for date in ctx.dates.within(pos, min(ctx.sentence.end, pos + 40)):
        if _DATE_GAP.fullmatch(ctx.text, pos, date.start):
            pos = date.end  # "signed the accord on Tuesday in Riyadh"
            break
    prep = _IN_PLACE.match(ctx.text, pos)
    city_only = False
    if prep is None:
        complement = _COMPLEMENT.match(ctx.text, pos, ctx.sentence.end)
        prep = _IN_PLACE.match(ctx.text, complement.end()) if complement else None
        city_only = True  # after a complement, "in Africa" is its scope, "in Nairobi" the venue
    if prep is None:
        return None
    hits = ctx.entities.within(prep.end(), min(ctx.sentence.end, prep.end() + 48))
    if (
        hits
        and hits[0].type in _LOCATIONS
        and not (city_only and (hits[0].country or hits[0].type == "LOC"))
        and _BEFORE_PLACE.fullmatch(ctx.text, prep.end(), hits[0].start)
    ):
        return hits[0], prep.start() + len(prep.group()) - len(prep.group().lstrip())
    return None


def _premodifier_chain(ctx: _Sentence, trig: Trigger) -> list[Hit]:
    """The names just before a trigger's head ("the U.S.-China trade deal", "the Minsk agreement")."""
    floor = ctx.sentence.start if trig.head is None else trig.start
    hit = ctx.entities.last_before(trig.head_start, floor)
    if hit is None:
        return []
    if _AMOUNT_BEFORE.search(ctx.text, max(0, hit.start - 24), hit.start):
        return []  # "a 240 mln H.K. Dlr loan", "a 7.4bn Australian dollar bid": a currency, not a side
    gap = ctx.text[hit.end : trig.head_start]
    words = str.lower(gap).split()[1:]
    if _POSSESSOR_GAP.fullmatch(gap) and not any(w in _FUNCTION_WORDS and w != "and" for w in words):
        return [hit]  # "OPEC's current price and production agreement", "Acme's planned $1bn merger"
    if _TICKERED_POSSESSOR.fullmatch(gap):
        return [hit]  # "(Guinness Plc's) <GUIN.L> takeover": the possessor before the firm's code
    if not _PREMOD_GAP.fullmatch(gap):
        return []
    word = str.lower(gap.strip().lstrip("'’s").strip())
    if (
        word
        and word not in PREMODIFIERS
        and (not word.isalpha() or word in _FUNCTION_WORDS or word.endswith(("ed", "ing", "s")))
    ):
        return []  # "the U.S.-Japanese semiconductor pact" passes, "Turkey and the deal" does not
    chain = ctx.entities.chain_before(hit.end, floor) or [hit]
    # "the Israeli-PLO peace deals": a compound the entities layer took for one name stands for its parts
    return [part for h in chain for part in (ctx.entities.parts(h) or [h])]


# "an Aug. 10, 1988, stock purchase agreement": a full date set off by a comma, then noun modifiers.
_DATED_NOUNS = re.compile(
    r"(?<=\d{4}),\s+(?:(?!(?:a|an|the|and|or|but|of|in|on|to|for|with|by|at|from|which|that)\b)[a-z][\w-]*\s+){0,3}"
)


def _date_premodifier(ctx: _Sentence, trig: Trigger, local: Local) -> None:
    """Date a trigger by a date right before it ("the 2015 deal") or after "of" ("the truce of May 5")."""
    if local.date is not None:
        return
    # a date the mention opens with is a premodifier too ("the Feb. 23 accord", "a June agreement")
    for date in ctx.dates.within(max(ctx.sentence.start, trig.start - 40), trig.head_start):
        until = trig.start if date.end <= trig.start else trig.head_start  # before the mention, or in it
        gap = ctx.text[date.end : until]
        dated = _DATED_NOUNS.fullmatch(ctx.text, date.end, until) is not None
        if _PREMOD_GAP.fullmatch(gap) or not gap.strip() or dated:
            local.date = date
            return
    of = _OF_DATE.match(ctx.text, trig.end)
    if of:
        for date in ctx.dates.within(of.end(), min(ctx.sentence.end, of.end() + 40)):
            if date.start == of.end():
                local.date = date
                return


# Between a company deal and its date: nothing or "in" ("a takeover early in 2005", "the merger in
# May"), or its object first ("the acquisition of Emery earlier this year", "takeover of <Acme> last year").
_TO_DATE = re.compile(r">?\s+(?:(?:early|late|later|earlier)\s+)?(?:(?:in|on|during)\s+)?")
_OF_FIRM = re.compile(r"\s+of\s+(?:the\s+)?<?")
_DEAL_DATE_REACH = 80


def _date_after_deal(ctx: _Sentence, trig: Trigger, local: Local) -> None:
    """Date a company deal by the date right after it or after its "of" object: when it was made."""
    if local.date is not None or trig.kind not in _COMPANY_DEALS:
        return
    text = ctx.text
    for date in ctx.dates.within(trig.end, min(ctx.sentence.end, trig.end + _DEAL_DATE_REACH)):
        if _TO_DATE.fullmatch(text, trig.end, date.start):
            local.date = date
            return
        hits = ctx.entities.within(trig.end, date.start)
        if (
            len(hits) == 1
            and _OF_FIRM.fullmatch(text, trig.end, hits[0].start)
            and _TO_DATE.fullmatch(text, hits[0].end, date.start)
        ):
            local.date = date
        return  # only the first date after the deal


def _may_place_or_bind(ctx: _Sentence) -> bool:
    """Whether a venue cue or a provision verb opens in the sentence (else :func:`_venues` and
    :func:`_provisions` find nothing: one scan instead of two)."""
    return ctx.cued and _place_or_terms().search(ctx.text, ctx.sentence.start, ctx.sentence.end) is not None


def _venues(ctx: _Sentence) -> None:
    """Where it was agreed: the place after "held in", "signed at", "talks in" ("capital" picks the city)."""
    text = ctx.text
    s = ctx.sentence
    for cue in VENUE.finditer(text, s.start, s.end):
        window_end = min(s.end, cue.end() + 48)
        by = _BY_ANYWHERE.search(text, cue.end(), window_end)
        window_end = by.start() if by else window_end  # "signed at the White House by Israel"
        hits = [
            h
            for h in ctx.entities.within(cue.end(), window_end)
            if not _STOP.intersection(text[cue.end() : h.start])
        ]
        if not hits or not _BEFORE_PLACE.fullmatch(text, cue.end(), hits[0].start):
            continue  # "held in Astana", "signed at the border village of Panmunjom"
        capital = _CAPITAL.search(text, cue.end(), hits[-1].start)
        if capital:
            after = [h for h in hits if h.start >= capital.end()]
            venue = after[0] if after else hits[0]
        else:
            places = [h for h in hits if h.type in _LOCATIONS]
            venue = places[0] if places else hits[0]
        index = ctx.overlapping(cue.start(), cue.end())
        if index is None:
            index = ctx.attach(cue.start(), cue.end(), prefer_back=True)
        if index is not None and ctx.starts[index] - venue.end > _VENUE_AHEAD:
            continue  # "the meeting in Vienna to be brief and that OPEC's agreement ...": another clause
        if index is not None:
            trig = ctx.triggers[index]
            near = trig.start < cue.start() and not text[trig.end : cue.start()].strip()
            ctx.locals[index].place(venue, trig.start if near else cue.start(), venue.end)


def _provisions(ctx: _Sentence) -> None:
    """What it requires or prohibits: the clause of a provision verb, or what follows "Under the deal,"."""
    text = ctx.text
    s = ctx.sentence
    for cue in _provision_cues().finditer(text, s.start, s.end):
        start, end = cue.span()
        if str.lower(cue.group()).startswith("under "):
            own = ctx.overlapping(start, end)
            if own is None or text[s.start : start].strip(" \t\n\"“'‘"):
                continue  # only a sentence that opens with "Under the deal," states its terms
            comma = text.find(",", end, min(s.end, end + 80))
            rest = comma + 1 if comma >= 0 else end  # "Under a deal brokered by Qatar, Hamas will ..."
            while rest < s.end and text[rest].isspace():
                rest += 1
            stop = s.end
            while stop > rest and (text[stop - 1].isspace() or text[stop - 1] in ".!?"):
                stop -= 1
            if stop > rest:
                ctx.locals[own].provisions.append((rest, stop))
            continue
        if ctx.inside_trigger(start, end):
            continue
        if str.lower(cue.group()) in _NOUN_OR_VERB and not _VERB_SLOT.search(
            text, max(s.start, start - 40), start
        ):
            back = ctx.backward(start)
            if back is None or len(text[ctx.ends[back] : start].split()) > 1:
                continue  # "complying with limits": a noun, not "the deal limits"
        clause_start, clause_end = _clause(ctx, start, end)
        index = ctx.backward(start)
        if index is not None and ctx.starts[index] >= clause_start:
            clause_start = ctx.ends[index]
            while clause_start < clause_end and text[clause_start] in " \t,":
                clause_start += 1
        else:
            index = ctx.attach(start, end, prefer_back=True)
        if index is not None and clause_end > clause_start:
            ctx.locals[index].provisions.append((clause_start, clause_end))


def _attacks(ctx: _Sentence) -> None:
    """An attack inside a zone ("airstrikes ... in the Idlib de-escalation zone") violates it."""
    text = ctx.text
    s = ctx.sentence
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind not in ZONE_KINDS and trig.anaphor != "zone":
            continue
        found = _IN_ZONE.search(text, max(s.start, trig.start - 64), trig.start)
        if not found:
            continue
        np_start = found.start()
        k = bisect.bisect_right(ctx.attacks, (np_start, np_start)) - 1
        while k >= 0 and ctx.attacks[k][1] > np_start:
            k -= 1
        if k < 0 or np_start - ctx.attacks[k][1] > _ATTACK_REACH:
            continue
        attack_start, attack_end = ctx.attacks[k]
        by = _BY_ANYWHERE.search(text, attack_end, np_start)
        violators: list[Hit] = []
        if by:
            violators = ctx.entities.chain_after(by.end(), np_start)
        if not violators:
            violators = ctx.entities.chain_before(attack_start, s.start, loose=24)
        local.statuses.append(("violated", attack_start, attack_end))
        whos: list[str | None] = [v.id for v in violators] or [None]
        for who in whos:
            local.violations.append((attack_start, trig.end, who, attack_start, trig.end))
