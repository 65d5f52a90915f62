"""Who bids and who is bid for: the subject of "make / launch a bid" and of "received / rejected a bid".

The bidder of a takeover offer ("Euronext has said it will make an all cash bid") is a side of it
and its acquirer; a pronoun subject after "said" is the one who said it (:func:`.roles.subject_of`).
Who receives, rejects or turns down a takeover offer ("Southcorp has rejected a takeover offer",
"Circuit City has received a $3.25bn takeover offer") is the firm the offer is for: its target.
One that receives or welcomes an offer is no side (it agrees to nothing); one that rejects it is the
deal's counterpart, and the guideline counts "rejected as the counterpart of a deal" a party.
"""

from __future__ import annotations

import re

import attrs

from .roles import subject_of
from .sentence import Local, _Sentence

__all__ = ["read_bidders", "read_player_bids"]

# "Euronext will make an all cash bid", "launched a new £800m offer": the subject makes the bid.
_MAKES_BID = re.compile(
    r"\b(?:make|makes|made|making|launch|launches|launched|launching|table|tables|tabled|submit|submits"
    r"|submitted|lodge|lodged|mount|mounts|mounted|put\s+in|puts\s+in|tabling)\s+"
    r"(?:(?:a|an|the|its|their|his|her|new|rival|formal|fresh|higher|improved|revised|all|cash|hostile"
    r"|summer|winter|January|February|March|April|May|June|July|August|September|October|November|December"
    r"|[£$€]?\d[\w.,]*|\([^()]{1,20}\))\s+){0,5}$",
    re.IGNORECASE,
)
# "Southcorp has rejected a takeover offer": the subject is the firm bid for.
_RECEIVES_BID = re.compile(
    r"\b(?:received|receives|receiving|rejected|rejects|rejecting|turned\s+down|turns\s+down|spurned"
    r"|spurns|snubbed|snubs|rebuffed|rebuffs|welcomed|welcomes)\s+"
    r"(?:(?:a|an|the|its|new|rival|formal|fresh|higher|improved|revised|all|cash|hostile|takeover"
    r"|[£$€]?\d[\w.,]*|\([^()]{1,20}\))\s+){0,5}$",
    re.IGNORECASE,
)
# "has rejected", "turned down": the verbs that make the firm bid for a side (the counterpart that refuses).
_REFUSES = re.compile(r"(?:reject|turn|spurn|snub|rebuff)", re.IGNORECASE)
_BIDS = ("bid", "bids", "offer", "offers", "approach", "proposal")
# "a bid for Inter Milan striker Adriano", "a £500,000 offer for Robbie Savage": the name after "for".
_FOR_SOMEONE = re.compile(
    r"\s+(?:of\s+[£$€]?\d[\w.,]*\s+)?for\s+(?:(?!(?:from|by|to|of|with|and|the|a|an)\s)[\w'’.-]+\s+){0,4}?(?=[A-Z])"
)
# "a takeover bid for SSL", "its bid for the London Stock Exchange": the firm right after "for".
_FOR_FIRM = re.compile(r"\s+(?:of\s+[£$€]?\d[\w.,]*\s+)?for\s+(?:the\s+)?")
# A player's position or standing after his club's name: "Inter Milan striker".
_POSITION = re.compile(
    r"['’]s\s|\s+(?:striker|midfielder|defender|forward|winger|goalkeeper|keeper|full-back|centre-back"
    r"|center-back|player|star|captain|playmaker|prop|lock|fly-half|scrum-half|hooker|flanker|wing|centre"
    r"|coach|manager|boss)\b"
)
# What may stand before a player's name: his club and position ("Inter Milan striker ").
_PLAYER_GAP = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,3}(?:(?!(?:from|by|to|with|and|of|or)\s)[a-z-]+\s+){0,2}")
# "Liverpool's bid to snap up the player": a bid whose aim is signing a player.
_TO_SIGN = re.compile(r"\s+to\s+(?:sign|snap\s+up|lure|land|re-sign)\b", re.IGNORECASE)
# A lower-case noun right after a demonym: "American billionaire", "French bank".
_DESCRIBED = re.compile(r"\s+(?!(?:has|have|had|will|would|is|was|could|may|might|also|said|says)\b)[a-z]")


def read_bidders(ctx: _Sentence) -> None:
    """The subject of "make / launch / table a bid" (or an offer) is its bidder: a side and the acquirer."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind != "acquisition" or not str.lower(trig.text).endswith(_BIDS):
            continue
        _bid_target(ctx, trig.end, local)
        floor = max(ctx.sentence.start, trig.start - 60)
        verb = _MAKES_BID.search(text, floor, trig.start)
        if verb is None:
            received = _RECEIVES_BID.search(text, floor, trig.start)
            if received is not None:
                _receiver(ctx, received, local)
            continue
        bidders = [
            h  # "the American billionaire launched an offer": a country describing the bidder is none
            for h in subject_of(ctx, verb.start())
            if not (h.country and _DESCRIBED.match(text, h.end))
        ]
        if bidders:
            local.give("parties", bidders, bidders[0].start, trig.end)
            local.cast("acquirer", bidders)


def _receiver(ctx: _Sentence, received: re.Match[str], local: Local) -> None:
    """The firm that receives, rejects or turns down an offer is its target; one that refuses it is
    also a side (the counterpart the guideline names among the agreeing verbs)."""
    firms = [h for h in subject_of(ctx, received.start()) if h.type == "ORG"]
    local.cast("target", firms)
    if firms and _REFUSES.match(received.group(0)):
        local.give("parties", firms, firms[0].start, received.end())


def _bid_target(ctx: _Sentence, end: int, local: Local) -> None:
    """The firm a takeover offer is for ("a takeover bid for SSL International"): its target, not a side."""
    found = _FOR_FIRM.match(ctx.text, end, ctx.sentence.end)
    if found is None:
        return
    named = ctx.entities.within(found.end(), min(ctx.sentence.end, found.end() + 60))
    first = next(iter(named), None)
    if first is None or first.start != found.end() or first.type != "ORG":
        return
    if _POSITION.match(ctx.text, first.end):
        return  # "a bid for Inter Milan striker Adriano": the player's club, not what is bought
    if not any(h.type == "PERSON" and _PLAYER_GAP.fullmatch(ctx.text, found.end(), h.start) for h in named):
        local.cast("target", [first])


def read_player_bids(ctx: _Sentence) -> None:
    """A bid for a person ("a bid for Robbie Savage") or to sign one is a player's ``transfer`` offered
    (the guideline's kind for a bid for a player), the person its player."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        low = str.lower(trig.text)
        if trig.kind != "acquisition" or not low.endswith(_BIDS) or "takeover" in low:
            continue  # "a takeover bid for Mannesmann" buys a firm, whatever the name looks like
        found = _FOR_SOMEONE.match(text, trig.end, ctx.sentence.end)
        player = None
        if found is not None:
            named = ctx.entities.within(found.end(), min(ctx.sentence.end, found.end() + 40))
            first = next(iter(named), None)
            if first is None or first.start != found.end():
                continue
            # "a bid for Inter Milan striker Adriano": the player; "a bid for Manchester United": a firm
            player = next(
                (
                    h
                    for h in named
                    if h.type == "PERSON" and _PLAYER_GAP.fullmatch(text, found.end(), h.start)
                ),
                None,
            )
            if player is None:
                continue
        if player is None and not _TO_SIGN.match(text, trig.end):
            continue
        local.trigger = attrs.evolve(local.trigger, kind="transfer")
        if player is not None:
            local.cast("player", [player])
