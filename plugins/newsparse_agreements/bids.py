"""Who bids: the subject of "make / launch / table a bid" ("Euronext has said it will make an all cash bid").

The bidder of a takeover offer is a side of it and its acquirer; a pronoun subject after "said" is
the one who said it (:func:`.roles.subject_of`).
"""

from __future__ import annotations

import re

from .roles import subject_of
from .sentence import _Sentence

__all__ = ["read_bidders"]

# "Euronext will make an all cash bid", "launched a new £800m offer": the subject makes the bid.
_MAKES_BID = re.compile(
    r"\b(?:make|makes|made|making|launch|launches|launched|launching|table|tables|tabled|submit|submits"
    r"|submitted|lodge|lodged|mount|mounts|mounted|put\s+in|puts\s+in|tabling)\s+"
    r"(?:(?:a|an|the|its|their|his|her|new|rival|formal|fresh|higher|improved|revised|all|cash|hostile"
    r"|[£$€]?\d[\w.,]*|\([^()]{1,20}\))\s+){0,5}$",
    re.IGNORECASE,
)
_BIDS = ("bid", "bids", "offer", "offers", "approach")
# A lower-case noun right after a demonym: "American billionaire", "French bank".
_DESCRIBED = re.compile(r"\s+(?!(?:has|have|had|will|would|is|was|could|may|might|also|said|says)\b)[a-z]")


def read_bidders(ctx: _Sentence) -> None:
    """The subject of "make / launch / table a bid" (or an offer) is its bidder: a side and the acquirer."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind != "acquisition" or not trig.text.lower().endswith(_BIDS):
            continue
        verb = _MAKES_BID.search(text, max(ctx.sentence.start, trig.start - 60), trig.start)
        if verb is None:
            continue
        bidders = [
            h  # "the American billionaire launched an offer": a country describing the bidder is none
            for h in subject_of(ctx, verb.start())
            if not (h.country and _DESCRIBED.match(text, h.end))
        ]
        if bidders:
            local.give("parties", bidders, bidders[0].start, trig.end)
            local.cast("acquirer", bidders)
