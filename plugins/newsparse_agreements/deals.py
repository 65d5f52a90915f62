"""Business deals told only by a verb: "Acme sold its shipping arm to Globex", "QPR have signed Rossi".

The guidelines count a completed or agreed transaction told by a verb as a record whose mention is
the verb.  Only finite verbs (and "agreed to buy") are read: an infinitive under "plans to",
"wants to" or "is obliged to" is a prospect the article does not report as a deal.  A verb needs a
transaction object (a stake, a unit, a company, a percentage, a named firm; a named player for
"signed") so "bought time" or "sold out" make nothing.  A verb inside a sentence that already names
an agreement describes that agreement and makes no record of its own.

Roles come from the clause: the subject (a name, or "it" / "the company" for the last firm
named) buys or sells; "from X" names the seller, "to X" the buyer of a sale; the object names the
target.  The sides that agree (buyer and seller; club and player) are the parties.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from typing import Any

import attrs

from newsparse import Agreement, DateRef, Document, Evidence, Sentence, Span, TimeExpression

from .antecedents import DESCRIBING, describes_firm
from .clauses import clause_end
from .context import EntityIndex, Hit, unique_hits
from .stemscan import StemScan
from .triggers import Trigger

__all__ = ["VERB_STEMS", "VerbDeal", "find_verb_deals", "verb_candidates", "verb_deal_record"]

_ACQUIRE = r"bought|buys|acquired|acquires|purchased|purchases|took\s+over|takes\s+over"
# "all but sold out in stores": goods gone, no sale of a business ("sold out to Microsoft" is one).
_SELL = r"(?:sold|sells)(?!\s+out\b(?!\s+to\b))"
# A purchase announced or sought, not yet made: "is to buy", "will acquire", "plans to buy", "is
# considering taking a stake in" (the guidelines count a reported possibility as ``proposed``).
_PROSPECT = (
    r"(?:(?:is|are)\s+(?:(?:also|now)\s+)?(?:to|set\s+to|planning\s+to|trying\s+to|seeking\s+to|looking\s+to"
    r"|hoping\s+to|expected\s+to|considering|in\s+talks\s+to)|will|would|plans\s+to|wants\s+to|intends\s+to"
    r"|aims\s+to|offered\s+to|proposed\s+to|has\s+offered\s+to|has\s+proposed\s+to"
    r"|(?<=['’]s\s)(?:decision|plan|move|attempt|intention)\s+to|(?<=s['’]\s)(?:decision|plan|move|attempt)\s+to)"
)
# The announced ones (an agreed purchase the text reports as coming): "is to buy", "will buy",
# "said it would buy".
_ANNOUNCED = re.compile(r"(?:is|are)\s+(?:(?:also|now)\s+)?to\b|will\b|would\b", re.IGNORECASE)
# Where a prospect's auxiliary starts, looked for back from the verb ("Acme is to |buy").
_PROSPECT_BEFORE = re.compile(rf"\b{_PROSPECT}\s+$", re.IGNORECASE)
_PROSPECT_STEMS = ("buy", "acquir", "purchas", "take over", "taking a", "take a", "take an", "taking an")
# "agreed in principle to acquire": an agreement reached, its final terms still to come.
_IN_PRINCIPLE = r"(?:in\s+principle\s+)?"
_VERB = re.compile(
    rf"(?=[a-zA-Z])\b(?:(?P<agreed>(?:has\s+|have\s+)?agreed\s+{_IN_PRINCIPLE}to)\s+(?P<inf>buy|acquire|purchase|sell"
    r"|take\s+over)"
    rf"|(?P<acq>{_ACQUIRE})|(?P<sell>{_SELL})(?:\s+off)?"
    rf"|(?P<prospect>{_PROSPECT})\s+(?P<pinf>buy|acquire|purchase|take\s+over|buying|acquiring"
    r"|tak(?:e|ing)\s+(?:a|an)\s+(?:[\w.%-]+\s+){0,3}stake\s+in)"
    rf"|(?P<merge>(?:has\s+|have\s+)?agreed\s+{_IN_PRINCIPLE}(?:plans\s+)?to\s+merge)"
    rf"|(?P<acquired>(?:has\s+|have\s+)?agreed\s+{_IN_PRINCIPLE}to\s+be\s+(?:acquired|bought|purchased|taken\s+over))"
    r"|(?P<pact>(?:has\s+|have\s+)?agreed\s+to)(?=\s+(?!(?:meet|talk|hold|discuss|attend|consider"
    r"|a|an|the|its|their|this|that|these|those|his|her|our|some|any|all|more|terms|it|them)\b)[a-z])"
    r"|(?P<agreewith>(?:has\s+|have\s+)?agreed\s+with)"
    r"|(?P<signfor>(?:signed|signing|signs)\s+for)|(?P<signed>signed)|(?P<signing>signing)\s+of"
    r"|(?P<move>move|switch)\s+to|(?P<join>joined|joins))\b",
    re.IGNORECASE,
)
_PLAYER_NEXT = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}[A-Z]")
_NAME_NEXT = re.compile(r"\s+(?:the\s+)?[A-Z]")
# Where a match of ``_VERB`` may start (lower case).
_STEMS = (
    "agreed to",
    "agreed plans",
    "agreed with",
    "agreed in principle",
    "bought",
    "buys",
    "acquire",
    "purchase",
    "sold",
    "sells",
    "took over",
    "signed",
    "signing",
    "move to",
    "joined",
    "joins",
    "signs for",
    *_PROSPECT_STEMS,
)
_SCAN = StemScan.of(_STEMS, inside=())  # a verb counts only where it opens a word
VERB_STEMS = _STEMS
_STEM_SET = frozenset(_STEMS)
# "has agreed to": a match starts at the auxiliary found before "agreed to".
_AUXILIARY = re.compile(r"\b(?:has|have)\s+$", re.IGNORECASE)
# Words before a participle that make it an adjective or a passive ("newly acquired", "was sold").
_NOT_FINITE = re.compile(
    r"\b(?:newly|recently|the|a|an|was|were|be|been|being|is|are|not|never|to)\s+$", re.IGNORECASE
)
_TRANSACTION_OBJECT = re.compile(
    r"(?:stake|stakes|business|businesses|unit|units|division|divisions|arm|company|companies|firm|firms"
    r"|bank|banks|complex|building|buildings|properties|property|shares|assets|subsidiary|subsidiaries"
    r"|plant|plants|interest|brand|brands|operations|chain|stores|hotels|mine|mines|rights|pct|percent"
    r"|%|per\s+cent|holding|holdings|group|maker|operator|airline|refinery|flats|portfolio)\b",
    re.IGNORECASE,
)
# Relative objects: "the properties it bought": the object noun stands right before the subject.
_OBJECT_BEFORE = re.compile(
    r"(?:properties|shares|stake|assets|businesses|buildings|flats|company|units|firms|companies)"
    r"\s+(?:that\s+|which\s+)?(?:it|they|the\s+company|the\s+group)\s+(?:had\s+|has\s+)?$",
    re.IGNORECASE,
)
_OBJECT_REACH = 80
# Between an owner and its named unit: "Hexal's US affiliate Eon Labs" (the unit is what is bought).
_OWNED_UNIT = re.compile(
    r"['’]s\s+(?:[\w.-]+\s+){0,2}(?:unit|affiliate|subsidiary|division|arm|business)\s+(?:,\s*)?",
    re.IGNORECASE,
)
# A share of a named firm between the verb and the firm: "as much as 15% of", "51 pct of the".
_SHARE_OF = re.compile(
    r"\s+(?:(?:about|some|nearly|almost|up\s+to|as\s+much\s+as|more\s+than|another|an\s+additional"
    r"|a\s+further|the)\s+)*[\d.,]+\s*(?:%|pct|percent|per\s+cent)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_DEAL_NOUN = re.compile(
    r"\b(?:sale|purchase|deal|takeover|acquisition|merger|bid|offer|transfer)\b", re.IGNORECASE
)
# "on a short-term deal", "on a two-year contract": the terms a player is signed on.
_ON_TERMS = re.compile(r"\bon\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:deal|contract)\b", re.IGNORECASE)
# Between "joined" and the club: nothing, or "the" ("joined the Gunners").
_JOIN_GAP = re.compile(r"\s+(?:the\s+)?")
# A person joined in doing something, or a firm joined as an employee: no transfer.
_NOT_A_CLUB_AFTER = re.compile(r"\s+(?:in|on|at|as(?!\s+a\s+player))\b|['’]s\b")
# "signing for": a gerund ("After signing for Charlton he made 164 appearances") whose doer is the
# story's player.
_GERUND = re.compile(r"signing\b", re.IGNORECASE)
_HE_BEFORE = re.compile(r"\b(?:he|she)\s+(?:(?:has|had|then|later|now|also)\s+)?$", re.IGNORECASE)
_ANAPHORS = re.compile(
    r"(?:\b(?:it|the\s+" + DESCRIBING + r"(?:company|firm|group|bank))|,\s*which)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_SUBJECT_GAP = re.compile(
    r"(?:['’]s|(?<=s)['’])?\s*(?:,[^,]{0,40},\s*)?"
    r"(?:(?:has|have|had|also|then|now|already|just|initially|originally|eventually|finally|later"
    r"|[a-z]{3,}ly(?<!only))\s+)*"  # "Montedison S.p.A. definitively agreed to buy"
    r"(?:(?:announced|unveiled|outlined|revealed)\s+)?"  # "Acme announced plans to buy"
)
# ", the German stock exchange that ": an appositive whose relative clause holds the verb.
_APPOSITIVE_THAT = re.compile(r",\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,6}?(?:that|which)\s+$")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
# (a decimal point, "an 18.8% stake", ends nothing)
# (a ticker's dot is no stop: "from Deutsche Bank AG <DBKG.F> and Dresdner Bank AG")
_CLAUSE_END = re.compile(
    r"[;:!?]|\.(?!\d|[A-Z0-9]{1,4}>)|,\s+(?:and|but|while|which)\b|\s+(?:and|but)\s+(?:it|he|she|they)\b"
)
# A passive sale: "was sold to", "has been bought by" (not "was sold to pay off a debt": the agent
# must follow; its short description may stand between: "to little-known investment firm Baikal").
_PASSIVE_AUX = re.compile(r"\b(?:was|were|been|is|are)\s+$", re.IGNORECASE)
_PASSIVE_AGENT = re.compile(
    r"\s+(?:to|by|for\s+[^\s,.;]+\s+by)\s+(?:(?:the|a|an|its|their|his|her)\s|[A-Z]"
    r"|(?:[a-z-]+\s+){1,2}(?:firm|company|group|investor|bank|fund|consortium|rival|tycoon|billionaire)\b)"
)
_AGENT_GAP = re.compile(r"\s+(?:to|by|for\s+[^\s,.;]+\s+by)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,4}")
_OBJECT_NOUN_BEFORE = re.compile(
    r"\b(?:stake|unit|company|firm|business|division|arm|subsidiary|hotel|brand|bank|plant|chain|club)\s+"
    r"(?:(?:has|have|had)\s+)?(?:been|was|were|is|are)\s+$",
    re.IGNORECASE,
)
_FIRMS = frozenset({"ORG", "PERSON", "GPE"})
_SIDES = frozenset({"ORG", "GPE", "GROUP"})  # states, firms, groups (two people agreeing act alone)
# "to settle a civil lawsuit brought by", "to settle charges filed against it by": a case settled.
_SETTLES = re.compile(
    r"\bto\s+settle\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:lawsuit|suit|case|charges|claims|complaint|dispute)s?"
    r"\s+(?:brought|filed|launched|lodged)\s+(?:against\s+(?:it|them|the\s+\w+)\s+)?by\s+"
)
_SETTLE_REACH = 120
_CLAIMANTS = _SIDES | {"PERSON"}  # "a lawsuit filed by Mr Spitzer" (New York's attorney general)
_PAIR = re.compile(r"\band\b|&")  # "Iran and Iraq", "Acme & Globex": the sides are coordinated
_WITH = re.compile(r"\s+with\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}")
_POSSESSIVE = re.compile(r"\b(?:his|her|their)\s+$", re.IGNORECASE)
_PLAYER_WORDS = 4
_ORGS = frozenset({"ORG"})
# Shares traded on a market or issued to investors ("sold 6,700 shares on the New York Stock
# Exchange", "sold shares in private placements"), or none at all ("purchased no additional shares"):
# no deal between two sides (the guidelines leave out securities issues).
_MARKET_SHARES = re.compile(
    r"\s*(?:no\s|(?:(?:[\d.,]+|about|some|more|than|additional|its|new|\w+\s+mln|\w+\s+million)\s+){0,3}"
    r"(?:[\w.-]+\s+){0,2}shares\b[^.;]{0,60}?\b(?:exchange|open\s+market|placements?|offerings?|flotation"
    r"|to\s+the\s+public|to\s+investors|on\s+the\s+market))",
    re.IGNORECASE,
)
# "sold more than 80,000 units", "has sold 2.8 million units": a count of products sold, no deal.
_PRODUCTS_SOLD = re.compile(
    r"\s*(?:(?:more\s+than|over|about|some|nearly|almost|around|up\s+to|just\s+under)\s+)?[\d.,]+"
    r"(?:\s*(?:m|mln|million|bn|billion|k))?\s+(?:[\w-]+\s+){0,2}(?:units|copies|cars|vehicles|handsets"
    r"|phones|consoles|machines|tickets|albums|records|computers|devices)\b",
    re.IGNORECASE,
)
# "has bought back 4.1 mln of its own shares": a buy-back, no deal between two sides.
_BACK = re.compile(r"\s+back\b", re.IGNORECASE)
# A seller's own stake: "sell a 51% stake to", "sell a minority stake for" (no "in X" / "of X" after it).
_OWN_STAKE = re.compile(
    r"\s+(?:a|an)\s+(?:[\d.,]+\s*(?:%|pct|percent|per\s+cent)\s+|(?:minority|majority|controlling)\s+)?"
    r"(?:equity\s+)?stake\b(?!\s+(?:in|of)\b)",
    re.IGNORECASE,
)
_IN_PROGRESS = re.compile(
    r"\b(?:complete|completing|finalise|finalize|close|hoping|hopes|chasing)\b", re.IGNORECASE
)


@attrs.frozen
class VerbDeal:
    """A deal told by a verb: the verb's span, kind, status and its roles (entity mentions)."""

    trigger: Trigger
    status: str
    roles: tuple[tuple[str, tuple[Hit, ...]], ...]
    parties: tuple[Hit, ...]


def verb_candidates(
    doc: Document, taken: Collection[int], stems: tuple[str, Mapping[str, list[int]]] | None = None
) -> list[tuple[re.Match[str], Sentence]]:
    """The deal verbs of ``doc`` worth reading, with their sentences (cheap: no entity is looked at).

    A verb in a sentence starting at one of ``taken`` (a sentence naming an agreement) or naming
    its deal with a noun ("bought the unit in a forced sale") is left to the noun's record; a
    participle after "newly", "was", "to" ... is no finite verb.  ``stems``: as :func:`_verb_matches`.
    """
    text = doc.text
    found = []
    for match in _verb_matches(text) if stems is None else _verb_matches(text, stems):
        verbal = not (
            match.group("agreed")
            or match.group("merge")
            or match.group("signing")
            or match.group("move")
            or match.group("prospect")
            or match.group("pact")
            or match.group("agreewith")
            or match.group("acquired")
        )
        if verbal and _NOT_FINITE.search(text, max(0, match.start() - 12), match.start()):
            if not _passive(text, match):
                continue
        elif not _plausible(text, match):
            continue
        sentence = doc.sentence_of(match.start())
        if sentence is None or _names_deal(text, sentence, match, taken):
            continue
        found.append((match, sentence))
    return found


def _names_deal(text: str, sentence: Sentence, match: re.Match[str], taken: Collection[int]) -> bool:
    """Whether the verb's sentence names its deal with a noun (the noun's record tells it).

    A player's terms ("Bath have signed Andy Williams on a short-term deal") are his contract, not
    the transfer the verb tells: a signing keeps its record beside them.
    """
    if match.group("signed") and _ON_TERMS.search(text, match.end(), sentence.end):
        spans = [m.span() for m in _ON_TERMS.finditer(text, sentence.start, sentence.end)]
        nouns = [m for m in _DEAL_NOUN.finditer(text, sentence.start, sentence.end)]
        return any(not any(a <= m.start() < b for a, b in spans) for m in nouns)
    return sentence.start in taken or _DEAL_NOUN.search(text, sentence.start, sentence.end) is not None


def _passive(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The auxiliary of a passive sale ("Yugansk was sold to", "has been bought by"), or None."""
    if not (match.group("acq") or match.group("sell")) or str.lower(match.group()).startswith("t"):
        return None
    aux = _PASSIVE_AUX.search(text, max(0, match.start() - 12), match.start())
    if aux is None or not _PASSIVE_AGENT.match(text, match.end()):
        return None
    return aux


def _plausible(text: str, match: re.Match[str]) -> bool:
    """A cheap first look: a name (a capital) or a transaction word where the verb's roles would be."""
    start, end = match.span()
    after = text[end : end + _OBJECT_REACH]
    if match.group("merge") or match.group("agreed") or match.group("prospect") or match.group("pact"):
        return True  # the sides are read from the clause (:func:`_merging`, :func:`_read`)
    if match.group("acquired"):
        return _BY_AGENT.match(text, end) is not None
    if match.group("agreewith"):
        return _NAME_NEXT.match(after) is not None  # "agreed with Matsushita ... to", not "agreed with him"
    if match.group("move"):
        return bool(_POSSESSIVE.search(text, max(0, start - 8), start)) and after[:3].strip()[:1].isupper()
    if match.group("join") or match.group("signfor"):
        return _NAME_NEXT.match(after) is not None  # "joined Everton", "signed for the Gunners"
    if match.group("signed") or match.group("signing"):
        return _PLAYER_NEXT.match(after) is not None  # "signed Italian Generoso Rossi", "signed striker X"
    return bool(
        _NAME_NEXT.match(after)
        or _TRANSACTION_OBJECT.search(after)
        or _OBJECT_BEFORE.search(text, max(0, start - 50), start)
        or _SHARE_OF.match(text, end)  # "acquired 67.7% of Hexal's US affiliate Eon Labs"
    )


def _verb_matches(text: str, stems: tuple[str, Mapping[str, list[int]]] | None = None) -> list[re.Match[str]]:
    """The matches of the deal-verb pattern, tried only where one of its words starts (fast).

    ``stems``: the lower-cased text and the verb stems' positions in it (:class:`.stemscan.StemScan`).
    """
    if stems is None:
        low = str.lower(text)
        found = _SCAN.positions(low)
    else:
        low, found = stems
    starts: set[int] = set()
    for stem, hits in found.items():  # only the stems found (the order is lost in the set of starts)
        if stem not in _STEM_SET:
            continue
        agreed = stem.startswith("agreed")
        prospect = stem in _PROSPECT_STEMS
        for i in hits:
            if i == 0 or not low[i - 1].isalnum():
                aux = _AUXILIARY.search(low, max(0, i - 6), i) if agreed else None
                if prospect:
                    aux = _PROSPECT_BEFORE.search(low, max(0, i - 30), i)
                starts.add(aux.start() if aux else i)
    matches = []
    end = -1
    for i in sorted(starts):
        match = _VERB.match(text, i) if i >= end else None
        if match is not None:
            matches.append(match)
            end = match.end()
    return matches


def find_verb_deals(
    doc: Document, entities: EntityIndex, candidates: Sequence[tuple[re.Match[str], Sentence]]
) -> Iterator[VerbDeal]:
    """The deals the ``candidates`` (of :func:`verb_candidates`) state, with their roles."""
    for match, sentence in candidates:
        deal = _read(doc, entities, sentence, match)
        if deal is not None:
            yield deal


def _clause_end(text: str, pos: int, limit: int) -> int:
    """Where the clause after ``pos`` ends (a stop, a semicolon, ", and", "and it")."""
    return clause_end(_CLAUSE_END, text, pos, limit)  # "acquired Acme Co. for $5": not the end


def _read(doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str]) -> VerbDeal | None:
    """The deal a verb match states, when its object is a transaction (None otherwise)."""
    text = doc.text
    start, end = match.span()
    stop = _clause_end(text, end, sentence.end)
    if match.group("signed") or match.group("signing"):
        return _signing(doc, entities, sentence, match, stop)
    if match.group("move"):
        return _move(doc, entities, sentence, match, stop)
    if match.group("join") or match.group("signfor"):
        return _joining(doc, entities, sentence, match, stop)
    if match.group("merge"):
        return _merging(doc, entities, sentence, match, stop)
    if match.group("pact"):
        return _pact(entities, sentence, match) or _settlement(doc, entities, sentence, match)
    if match.group("agreewith"):
        return _pact_with(doc, entities, sentence, match, stop)
    if match.group("acquired"):
        return _agreed_to_be_acquired(doc, entities, sentence, match, stop)
    aux = _passive(text, match)
    if aux is not None:
        return _sold_passive(doc, entities, sentence, match, aux, stop)
    window = text[end : min(stop, end + _OBJECT_REACH)]
    if _MARKET_SHARES.match(window) or _BACK.match(window) or _PRODUCTS_SOLD.match(window):
        return None  # shares traded on a market or issued to investors, products counted: no deal
    after = entities.within(end, min(stop, end + _OBJECT_REACH))
    first_org = next((h for h in after if h.type in _ORGS and not text[end : h.start].strip(" ,")), None)
    if first_org is None and (match.group("agreed") or match.group("acq") or match.group("prospect")):
        first_org = _described_firm(text, after, end)  # "agreed to buy its former parent AT&T"
    relative = _OBJECT_BEFORE.search(text, max(sentence.start, start - 50), start)
    target = _target(text, entities, end, stop)
    share = _SHARE_OF.match(text, end, stop)
    share = share if share and any(h.start == share.end() for h in after if h.type in _ORGS) else None
    if not (_TRANSACTION_OBJECT.search(window) or first_org or relative or share):
        return None  # ("wants to buy as much as 15% of Jaguar PLC": a share of a named firm is one)
    target = target or ((first_org,) if first_org is not None else ())
    if match.group("prospect") and not target and "stake" not in str.lower(match.group("pinf")):
        return None  # "will take over as chief executive", "would buy more shares": no firm bought
    subject = _subject(doc, entities, sentence, start, relative is not None)
    from_, to = _after_preposition(text, entities, end, stop)
    selling = bool(match.group("sell")) or str.lower(match.group("inf") or "").startswith("sell")
    roles: dict[str, tuple[Hit, ...]] = {}
    if selling:
        roles["seller"] = subject
        roles["acquirer"] = to
    else:
        roles["acquirer"] = subject
        roles["seller"] = from_
    if not target and selling and subject and _OWN_STAKE.match(window):
        target = subject  # "Sansui Electric agreed to sell a 51% stake to Polly Peck": a stake in itself
    if target:
        roles["target"] = target
    status = "signed" if match.group("agreed") else "in_force"
    if match.group("prospect"):
        status = "signed" if _ANNOUNCED.match(match.group("prospect")) else "proposed"
        status = "signed" if str.lower(match.group("prospect")).startswith("decision") else status
    parties = tuple(unique_hits(roles.get("acquirer", ()) + roles.get("seller", ())))
    kept = tuple((role, hits) for role, hits in roles.items() if hits)
    trig = Trigger(start, end, match.group(), "acquisition")
    return VerbDeal(trig, status, kept, parties)


def _signing(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str], stop: int
) -> VerbDeal | None:
    """ "QPR have signed Rossi", "the signing of Middlesbrough defender Andy Davies": a transfer."""
    text = doc.text
    start, end = match.span()
    after = list(entities.within(end, stop))
    player = next((h for h in after if h.type == "PERSON"), None)
    if player is None or len(text[end : player.start].split()) > _PLAYER_WORDS:
        return None
    seller = tuple(h for h in after if h.end <= player.start and h.type in _ORGS)
    # "signed X on a short-term deal from the Neath-Swansea Ospreys": the club he leaves
    seller = seller or tuple(h for h in _after_preposition(text, entities, player.end, stop)[0] if _club(h))
    if match.group("signing"):
        club: tuple[Hit, ...] = ()
        status = (
            "negotiating" if _IN_PROGRESS.search(text, max(sentence.start, start - 40), start) else "signed"
        )
    else:
        club = _subject(doc, entities, sentence, start, False) or _unnamed_club(
            text, entities, sentence, start
        )
        if not club or any(h.type == "PERSON" for h in club):
            return None  # "Rossi signed a contract" or an unnamed signer: no club signing a player
        status = "signed"
    roles = (("club", club), ("player", (player,)))
    parties = tuple(unique_hits(club + seller + (player,)))
    trig = Trigger(
        start,
        match.end("signing") if match.group("signing") else end,
        match.group("signing") or match.group(),
        "transfer",
    )
    return VerbDeal(trig, status, tuple((r, h) for r, h in roles if h), parties)


def _sold_passive(
    doc: Document,
    entities: EntityIndex,
    sentence: Sentence,
    match: re.Match[str],
    aux: re.Match[str],
    stop: int,
) -> VerbDeal | None:
    """ "The Savoy hotel has been sold to a group", "Yugansk was bought by Rosneft": the subject is the
    target (a name, "it" for the last firm named, or a stake, a unit, a hotel); "to X" names the buyer
    of a sale, "by X" its seller (or the buyer of a purchase)."""
    text = doc.text
    start, end = match.span()
    subject = tuple(h for h in _subject(doc, entities, sentence, aux.start(), False) if h.type != "PERSON")
    if not subject and not _OBJECT_NOUN_BEFORE.search(text, max(sentence.start, start - 40), start):
        return None  # "none have been sold to the government", "notes would be sold by banks"
    agent = next((h for h in entities.within(end, stop) if h.type in _FIRMS), None)
    # "a group combining Saudi billionaire investor Prince Alwaleed": a demonym describes, it buys nothing
    agent_hits: tuple[Hit, ...] = ()
    described = agent is not None and agent.country and text[agent.end : agent.end + 2].strip()[:1].islower()
    if agent is not None and not described and _AGENT_GAP.fullmatch(text, end, agent.start):
        agent_hits = (agent,)
    by = _PASSIVE_AGENT.match(text, end).group().split()[0] != "to"  # type: ignore[union-attr]
    roles = {"target": subject}
    if match.group("sell") and by:
        roles["seller"] = agent_hits
    else:
        roles["acquirer"] = agent_hits
    kept = tuple((role, hits) for role, hits in roles.items() if hits)
    trig = Trigger(start, end, match.group(), "acquisition")
    return VerbDeal(trig, "in_force", kept, agent_hits)


def _merging(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str], stop: int
) -> VerbDeal | None:
    """ "X and Y have agreed plans to merge", "X has agreed to merge with Y": a merger; both are sides."""
    text = doc.text
    start, end = match.span()
    sides = list(_subject(doc, entities, sentence, start, False))
    partner = _WITH.match(text, end)
    if partner is not None:
        sides += [
            h for h in entities.within(partner.end(), stop) if h.start == partner.end() and h.type in _ORGS
        ]
    if not sides:
        return None
    trig = Trigger(start, end, match.group(), "merger")
    return VerbDeal(trig, "signed", (), tuple(unique_hits(sides)))


def _pact(entities: EntityIndex, sentence: Sentence, match: re.Match[str]) -> VerbDeal | None:
    """ "Iran and Iraq have agreed to exchange prisoners": two or more named sides agreeing to act
    together make an agreement (one side agreeing to act alone is a decision, no deal)."""
    start, end = match.span()
    sides = unique_hits(
        h for h in entities.chain_before(start, sentence.start) if h.type in _SIDES and not _described(h)
    )
    if len(sides) < 2 or not _PAIR.search(entities.text, sides[0].start, start):
        return None
    trig = Trigger(start, end, match.group(), "agreement")
    return VerbDeal(trig, "signed", (), tuple(sides))


def _pact_with(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str], stop: int
) -> VerbDeal | None:
    """ "Philips said it had agreed with Matsushita and Nippon Gakki to jointly produce ...": the
    subject and the named sides after "with" agreeing to act make an agreement (not "agreed with the
    view that": the sides must be followed by "to" and a verb)."""
    text = doc.text
    start, end = match.span()
    partners = [h for h in entities.chain_after(end, stop) if h.type in _SIDES and not _described(h)]
    if not partners or not _TO_ACT.match(text, _past_origin(text, partners[-1].end)):
        return None
    subject = [h for h in _subject(doc, entities, sentence, start, False) if h.type in _SIDES]
    if not subject:
        return None
    trig = Trigger(start, end, match.group(), "agreement")
    return VerbDeal(trig, "signed", (), tuple(unique_hits([*subject, *partners])))


def _agreed_to_be_acquired(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str], stop: int
) -> VerbDeal | None:
    """ "Acme said it has agreed to be acquired by Globex": an acquisition agreed by its target (the
    subject) with the buyer after "by"; both agree, so both are sides."""
    start, end = match.span()
    by = _BY_AGENT.match(doc.text, end)
    after = entities.chain_after(by.end(), stop, people=True)[:1] if by else []
    buyer = [h for h in after if h.type in _FIRMS]
    target = [h for h in _subject(doc, entities, sentence, start, False) if h.type in _ORGS][:1]
    if not buyer or not target or buyer[0].id == target[0].id:
        return None
    trig = Trigger(start, end, match.group(), "acquisition")
    roles = (("acquirer", tuple(buyer)), ("target", tuple(target)))
    return VerbDeal(trig, "signed", roles, (*buyer, *target))


# "by Globex", "by an investor group": the agent of a passive.
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?")


def _past_origin(text: str, pos: int) -> int:
    """Where the words after a side continue, past its ticker and origin ("<MC.T> of Japan")."""
    found = _ORIGIN.match(text, pos)
    return found.end() if found else pos


# "<NGAK.T> of Japan": a ticker and the home country after a firm's name.
_ORIGIN = re.compile(r"(?:\s*<[^<>]{1,12}>)?(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})?")
# "to jointly produce", "to form": the agreed action (a verb, not "to the", "to Paris").
_TO_ACT = re.compile(
    r"\s+to\s+(?:jointly\s+|together\s+)?(?!(?:the|a|an|its|their|his|her|this|that)\b)[a-z]+\b"
)


def _settlement(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str]
) -> VerbDeal | None:
    """ "Titan agreed to pay $15.5m to settle a civil lawsuit brought by the SEC": a settlement, an
    agreement between the payer (the subject) and the one who brought the case (the name after "by")."""
    text = doc.text
    start, end = match.span()
    found = _SETTLES.search(text, end, min(sentence.end, end + _SETTLE_REACH))
    if found is None:
        return None
    after = [
        h for h in entities.within(found.end(), min(sentence.end, found.end() + 80)) if h.type in _CLAIMANTS
    ]
    # "brought by the US financial watchdog, the SEC": the body, not its country
    claimant = next((h for h in after if h.type != "GPE"), after[0] if after else None)
    payer = _subject(doc, entities, sentence, start, False)
    if claimant is None or len(payer) != 1 or payer[0].id == claimant.id or payer[0].type not in _SIDES:
        return None
    trig = Trigger(start, end, match.group(), "agreement")
    return VerbDeal(trig, "signed", (), (payer[0], claimant))


def _described(hit: Hit) -> bool:
    """Whether a name only describes the next one ("US firm Acme": the demonym is no side)."""
    return bool(hit.country) and not hit.type == "GPE"


def _move(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str], stop: int
) -> VerbDeal | None:
    """ "his move to Gloucester": a player's transfer to a club (the player is the last person named)."""
    text = doc.text
    start, end = match.span()
    if not _POSSESSIVE.search(text, max(0, start - 8), start):
        return None
    club = next(iter(entities.within(end, min(stop, end + 40))), None)
    if club is None or not _club(club) or text[end : club.start].strip():
        return None
    player = _protagonist(entities, start)
    players = (player,) if player is not None else ()
    trig = Trigger(start, match.end("move"), match.group("move"), "transfer")
    roles = (("club", (club,)), ("player", players))
    parties = tuple(unique_hits((club, *players)))
    return VerbDeal(trig, "in_force", tuple((r, h) for r, h in roles if h), parties)


def _joining(
    doc: Document, entities: EntityIndex, sentence: Sentence, match: re.Match[str], stop: int
) -> VerbDeal | None:
    """ "The striker joined the Gunners from Seville for £17m", "He joins Norwich": a player's
    transfer to the club named right after the verb (a firm or a town that is no country); the player
    is the person subject, or the story's protagonist for "he" / "she"; "from X" names the seller."""
    text = doc.text
    start, end = match.span()
    club = next(iter(entities.within(end, min(stop, end + 40))), None)
    if club is None or not _club(club) or not _JOIN_GAP.fullmatch(text, end, club.start):
        return None
    if _NOT_A_CLUB_AFTER.match(text, club.end) and not match.group("signfor"):
        return None  # "joined Sir Alex Ferguson in backing", "joined Barclays as chief executive"
    subject = entities.last_before(start, sentence.start)
    if subject is not None and subject.type == "PERSON" and _SUBJECT_GAP.fullmatch(text, subject.end, start):
        player: Hit | None = subject
    elif _HE_BEFORE.search(text, max(sentence.start, start - 30), start) or _GERUND.match(match.group()):
        player = _protagonist(entities, start)  # "he joined", "before joining Everton": the story's player
    else:
        return None  # an unnamed or non-person subject ("the event will join the US Open")
    if player is None:
        return None
    seller = tuple(h for h in _after_preposition(text, entities, club.end, stop)[0] if _club(h))
    roles = (("club", (club, *seller)), ("player", (player,)))
    trig = Trigger(start, end, match.group(), "transfer")
    return VerbDeal(trig, "in_force", roles, tuple(unique_hits((club, *seller, player))))


def _protagonist(entities: EntityIndex, pos: int) -> Hit | None:
    """Who "his" / "her" stands for: the person named most often before ``pos`` (the latest on a tie)."""
    people = [h for h in entities.within(max(0, pos - 1500), pos) if h.type == "PERSON"]
    counts: dict[str, int] = {}
    for hit in people:
        counts[hit.id] = counts.get(hit.id, 0) + 1
    best = max(counts.values(), default=0)
    return next((h for h in reversed(people) if counts[h.id] == best), None)


def _club(hit: Hit) -> bool:
    """Whether a name may be a club: a firm, or a town that is no country ("Gloucester", "Preston")."""
    return hit.type in _ORGS or (hit.type == "GPE" and not hit.country)


def _subject(
    doc: Document, entities: EntityIndex, sentence: Sentence, start: int, relative: bool
) -> tuple[Hit, ...]:
    """Who does the verb: the names right before it, or the last firm named for "it" / "the company"."""
    text = doc.text
    chain = entities.chain_before(start, sentence.start)
    if not chain:
        hit = entities.last_before(start, sentence.start)
        if hit is not None and _SUBJECT_GAP.fullmatch(text, hit.end, start):
            chain = [hit]  # "Bond International has also sold", "Acme, the maker of X, bought"
    if chain and not describes_firm(text, chain[-1].end):  # "The London-based firm bought": not London
        return tuple(chain)
    if relative or _ANAPHORS.search(text, max(sentence.start, start - 40), start):
        hit = _last_of(entities, start, ("ORG",))
        return (hit,) if hit is not None else ()
    return _described_subject(text, entities, sentence, start)


# "Bath have signed": a capitalised name opening the sentence that no entity covers, then "have / has".
_OPENING_CLUB = re.compile(
    r"\s*(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:have|has)\s+(?:also\s+|now\s+|just\s+)?"
)
_NOT_CLUBS = frozenset({"he", "she", "they", "it", "we", "i", "you", "the", "this", "that", "his", "their"})


def _unnamed_club(text: str, entities: EntityIndex, sentence: Sentence, start: int) -> tuple[Hit, ...]:
    """The club of "Bath have signed X" when the entities layer names no one there: a text side."""
    found = _OPENING_CLUB.fullmatch(text, sentence.start, start)
    if found is None or entities.within(found.start("name"), found.end("name")):
        return ()
    if any(str.lower(word) in _NOT_CLUBS for word in found.group("name").split()):
        return ()
    lo, hi = found.span("name")
    return (Hit(lo, hi, "text:" + found.group("name"), "ORG", False),)


def _described_subject(text: str, entities: EntityIndex, sentence: Sentence, start: int) -> tuple[Hit, ...]:
    """The firm a relative clause describes: "Deutsche Boerse, the German exchange that is trying to
    buy": the name right before the comma of the appositive that opens the clause."""
    found = _APPOSITIVE_THAT.search(text, max(sentence.start, start - 80), start)
    if found is None:
        return ()
    hit = entities.last_before(found.start(), sentence.start)
    if hit is None or hit.type not in _ORGS or text[hit.end : found.start()].strip():
        return ()
    return (hit,)


def _last_of(entities: EntityIndex, pos: int, types: tuple[str, ...]) -> Hit | None:
    """The antecedent of "it" / "the company": the firm named most often before ``pos`` (the story's
    subject; the latest on a tie), among names written with a capital (not "dlr" or a ticker)."""
    found = [
        h
        for h in entities.within(max(0, pos - 3000), pos)
        if h.type in types and entities.text[h.start].isupper()
    ]
    counts: dict[str, int] = {}
    for hit in found:
        counts[hit.id] = counts.get(hit.id, 0) + 1
    best = max(counts.values(), default=0)
    return next((h for h in reversed(found) if counts[h.id] == best), None)


def _after_preposition(
    text: str, entities: EntityIndex, end: int, stop: int
) -> tuple[tuple[Hit, ...], tuple[Hit, ...]]:
    """The names after "from" (a list: "from X and Y") and after "to" in the verb's clause (seller,
    buyer of a sale)."""
    from_: list[Hit] = []
    to: list[Hit] = []
    for hit in entities.within(end, stop):
        if hit.type not in ("ORG", "PERSON", "GPE"):
            continue
        if _FROM.search(text, max(end, hit.start - 12), hit.start) and not from_:
            chain = entities.chain_after(hit.start, stop)  # "from Deutsche Bank and Dresdner Bank"
            from_.extend(chain if chain and chain[0] == hit else [hit])
        elif _TO.search(text, max(end, hit.start - 8), hit.start) and not to:
            to.append(hit)
    return tuple(from_), tuple(to)


# "its former parent and phone pioneer ", "the US telecoms firm ": lower-case words describing the firm.
_DESCRIBED = re.compile(r"\s+(?:(?:its|their|the|a|an|rival|US|UK)\s+)?(?:[a-z][\w&-]*\s+){0,5}")

# A lower-case noun right after the firm ("HP inkjet printer"): the name modifies a product.
_MODIFIER_OF_NOUN = re.compile(
    r"\s+(?!(?:and|or|for|in|from|at|on|last|this|earlier|with|to|as|along|which|who|that|since|before|after)\b)[a-z]"
)


def _described_firm(text: str, after: Sequence[Hit], end: int) -> Hit | None:
    """The first firm after "agreed to buy" when only a lower-case description stands before it."""
    hit = next((h for h in after if h.type in _ORGS), None)
    if hit is None or not _DESCRIBED.fullmatch(text, end, hit.start):
        return None
    gap = str.lower(text[end : hit.start]).split()
    if _MODIFIER_OF_NOUN.match(text, hit.end):
        return None  # "purchased an HP inkjet printer": the firm names a product, not what is bought
    return None if {"of", "in", "from", "to", "for", "with", "by"} & set(gap) else hit


def _target(text: str, entities: EntityIndex, end: int, stop: int) -> tuple[Hit, ...]:
    """The firm bought: a name right after the verb ("acquired Acme") or after "of" ("20 pct of Acme")."""
    hits = [h for h in entities.within(end, min(stop, end + _OBJECT_REACH)) if h.type in _ORGS]
    for i, hit in enumerate(hits):
        gap = text[end : hit.start]
        if not gap.strip() or re.search(r"\bof\s+(?:the\s+)?$", gap) or re.search(r"\bin\s+$", gap):
            owned = hits[i + 1] if i + 1 < len(hits) else None  # "67.7% of Hexal's US affiliate Eon Labs"
            return (owned,) if owned and _OWNED_UNIT.fullmatch(text, hit.end, owned.start) else (hit,)
        return ()
    return ()


def verb_deal_record(text: str, deal: VerbDeal, when: TimeExpression | None = None) -> Agreement:
    """The :class:`newsparse.Agreement` of a verb-told deal (its verb is the mention and the state)."""
    trig = deal.trigger
    evidence = [
        Evidence("kind", trig.start, trig.end, trig.text),
        Evidence("status", trig.start, trig.end, trig.text),
    ]
    date = None
    if when is not None:
        date = DateRef.of(when)
        evidence.append(Evidence("date", when.start, when.end, when.text))
    for hit in deal.parties:
        evidence.append(Evidence("parties", hit.start, hit.end, text[hit.start : hit.end]))
    business: dict[str, Any] = {role: tuple(dict.fromkeys(h.id for h in hits)) for role, hits in deal.roles}
    return Agreement(
        start=trig.start,
        end=trig.end,
        text=trig.text,
        kind=trig.kind,
        status=deal.status,
        date=date,
        parties=tuple(h.id for h in deal.parties),
        mentions=(Span(trig.start, trig.end, trig.text),),
        evidence=tuple(evidence),
        **business,
    )
