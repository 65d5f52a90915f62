"""Agreement mentions (triggers): the noun phrases naming an agreement, with their premodifiers."""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping

import attrs

from .cues import (
    _AFTER_STEM,
    _BEFORE_STEM,
    _FREE_WORDS,
    _FUNCTION_WORDS,
    _NEG_GROUPS,
    _NEXT_WORD,
    _NOT_A_DEAL_BEFORE,
    _NOT_AN_AGREEMENT_AFTER,
    _PLAN_GROUPS,
    _WITHOUT,
    _WORD,
)
from .lexicon import (
    ANAPHOR_FAMILY,
    DEFINITE,
    DETERMINERS,
    KINDS,
    NAMED,
    PREMODIFIERS,
    ROLE_HYPHEN,
    STEMS,
    TRIGGER,
    WORD_STEMS,
    ZONE_KINDS,
)
from .prefilter import Prefilter
from .stemscan import StemScan
from .titled import titled_between
from .titled_phrase import titled_phrase

_KIND_SET = frozenset(KINDS)
_STEM_SET = frozenset(STEMS)
_SCAN = StemScan.of(STEMS, inside=set(STEMS) - WORD_STEMS)  # a word stem after a letter is dropped
# Business heads that name one deal only after a determiner ("a loan", "his contract").
_BARE_NEEDS_DETERMINER = frozenset({"contract", "loan"})
# "Sudan had reached agreement with ...": the bare head after "reach" names one agreement.
_REACH_BEFORE = frozenset({"reach", "reached", "reaches", "reaching"})
# Where a mention may start: a word boundary before a letter (the trigger pattern's own opening).
_WORD_START = re.compile(r"(?=[A-Za-z])\b")
_MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
# "the bank's pending 1.19 billion dlr merger": a company deal agreed and awaiting completion.
_AGREED_DEAL = re.compile(r"\b(pending|agreed|planned|announced)\s+(?:[\w.$£€-]+\s+){0,3}$", re.IGNORECASE)
# "a potential takeover", "a possible ceasefire": a deal only in prospect.
_PROSPECT = re.compile(
    r"\b(potential|possible|mooted|rumou?red|prospective|putative|hypothetical)\s+(?:[\w.$£€-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "more mergers", "further acquisitions": a class of deals, whatever stands before the quantifier.
_QUANTIFIERS = frozenset("more further many few other several future fewer".split())
# A contract traded on an exchange ("futures contract", "the spot contract"), not a deal between parties.
_TRADED = re.compile(
    r"\b(?:futures|spot|forward|options?|index|gilt|bond|swap)\s+(?:[\w-]+\s+)?$", re.IGNORECASE
)
# A futures market named near a contract: the contract is one traded there, not a deal between parties.
_FUTURES = re.compile(r"\bfutures\b", re.IGNORECASE)
_FUTURES_BEFORE, _FUTURES_AFTER = 200, 100
# An article about the climate: its "Paris agreement" is the climate accord whatever else it says.
_CLIMATE = re.compile(r"\b(?:climate|emissions?|carbon|warming|greenhouse)\b", re.IGNORECASE)
# An article about exchange rates: its "Paris agreement" is the 1987 currency accord.
_CURRENCY = re.compile(r"\b(?:currenc(?:y|ies)|exchange\s+rates?|dollar|yen)\b", re.IGNORECASE)
_AGREED_KINDS = frozenset({"merger", "acquisition"})
# A central bank's money-market operation named before a bare "pact" / "agreement": the repurchase
# pact it allots ("at a securities repurchase tender ... when a previous pact expires"), no deal.
_REPO = re.compile(r"\b(?:repurchase\s+(?:tender|agreements?|pacts?|operations?)|repos?)\b", re.IGNORECASE)
_REPO_BEFORE = 400
# "every contract", "each deal": any member of a class of deals.
_EVERY = re.compile(r"\b(?:every|each)\s+$", re.IGNORECASE)
# A mention only compared with: "than a ceasefire", "unlike a treaty", "rather than a truce".
_COMPARED = re.compile(r"\b(?:than|unlike)\s+(?:a|an|any)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
# An amount or a count between a determiner and its head: "a $40bn (£21bn) deal", "a 500 mln dlr
# merger", "a 56-point deal" (the currency signs and brackets are not words; the numbers are).
_AMOUNT = re.compile(
    r"\d[\d.,]*(?:[a-z]{1,3})?(?:-[a-z]+)?|mln|bln|billion|million|dlrs?|stg|pct|yen|euros?|dollars?|pounds?"
)
# Who "deals with" something (a verb): a pronoun, a relative or a name before a bare plural "deals".
_DEALS_VERB_BEFORE = frozenset("he she it who which that also this often usually now still directly".split())
# A bid for a prize, not a company: "the English elite's bid for Champions League glory", "a bid for
# re-election" (the prize word ends its phrase: "a bid for an office building" is kept); or an attempt:
# "a bid by the nanny to stay in the UK" (no acquiring verb after "to").
_CONTEST = re.compile(
    r"\s+for\s+(?:[\w'’-]+\s+){0,4}?(?:glory|title|titles|crown|medal|medals|trophy|place|places|spot"
    r"|win|victory|promotion|survival|election|re-election|presidency|leadership|nomination|office|term"
    r"|seat|seats|power|independence|asylum|freedom|membership|Olympics|Games|Cup|championship|final"
    r"|finals|history|slam|qualification|revenge|redemption|White\s+House|president|voters)\b"
    r"(?!\s+(?!(?:in|as|at|on|of|and|or|with|to|after|before|this|next|last|but|for|that)\b)[a-z])"
    r"|\s+by\s+(?:[\w'’.-]+,?\s+){1,6}?to\s+"
    r"(?!(?:buy|acquire|take\s+over|purchase|snap\s+up|merge|sell|the|its|their|his|her|a|an|all|shareholders"
    r"|investors|holders|stockholders)\b)[a-z]+\b",
)
# A capitalised head inside an organisation's name: "the Federal Home Loan Banks", "Savings and Loan Corp",
# "the North Atlantic Treaty Organisation".
_ORG_AFTER = re.compile(
    r"\s+(?:Banks?|Corp(?:oration)?|Association|Insurance|Board|Commission|Fund|Company|Co|Group|Trust"
    r"|Society|Council|Committee|Office|Agency|Authority|Administration|Institute|Services|System"
    r"|Organi[sz]ation)\b"
)
# "to secure the agreement of the House of Lords", "with the agreement of the local licensing
# authority": consent given by someone, no arrangement (the guidelines count arrangements only).
_CONSENT_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+|both\s+)?(?:[a-z-]+\s+){0,2}"
    r"(?:(?-i:[A-Z])[\w'’.-]*|authority|authorities|board|council|committee|shareholders|parliament"
    r"|government|creditors|lenders|unions?|members|governors)\b(?!\s+(?:deal|agreement|accord|pact|contract))",
    re.IGNORECASE,
)
# "I'm under contract to Real", "am I under contract at Arsenal": a contract that runs.
_UNDER_CONTRACT = re.compile(r"\b(under)\s+$", re.IGNORECASE)
_CLUB_AFTER = re.compile(r"\s+(?:to|at|with)\s+(?:the\s+)?[A-Z]")
# "have signed Andy Williams on a short-term deal": the deal is the player's contract.
_SIGNED_ON = re.compile(
    r"\bsign(?:ed|s|ing)?\s+(?:[\w'’-]+\s+){0,6}?on\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_ON_LOAN = re.compile(r"\bon\s+(?:a\s+|an\s+)?(?:[\w-]+(?:['’]s)?\s+)?$", re.IGNORECASE)


@functools.cache
def _prefilter() -> Prefilter:
    """The openings a mention can start with (other word starts are not tried; same mentions found),
    compiled on first use, once per process: a faster cold start."""
    return Prefilter.of(TRIGGER)


@attrs.frozen
class Trigger:
    """One agreement mention: its span, kind (or family for a bare "zone"), and how it is introduced."""

    start: int
    end: int
    text: str
    kind: str
    generic: bool = False
    definite: bool = False
    anaphor: str | None = None
    hint: str | None = None
    hint_span: tuple[int, int] | None = None
    head: int | None = None
    det: str | None = None

    @property
    def head_start(self) -> int:
        """Where the head noun phrase starts, after a name the mention opens with ("Minsk agreement")."""
        return self.start if self.head is None else self.head

    @property
    def talks(self) -> bool:
        """Whether this mention names talks rather than an agreement."""
        return self.kind == "talks"


_TICKER_BEFORE = re.compile(r"(?<=\s)<[A-Z0-9.]{1,12}>\s+$")  # a stock code right before the head


# Proper names ending in a deal word that name a programme, an alliance or a book, never an agreement
# (capitalised as names: "a new deal" is read as usual).
_NOT_AGREEMENT_NAMES = re.compile(
    r"\b(?:(?:Green\s+)?New\s+Deal|Fair\s+Deal|Square\s+Deal|Warsaw\s+Pact|Art\s+of\s+the\s+Deal)$"
)


def _no_agreement_name(text: str, start: int, end: int) -> bool:
    """Whether the head ending at ``end`` closes a name of no agreement ("Roosevelt's New Deal", "the
    Warsaw Pact", "The Art of the Deal")."""
    return _NOT_AGREEMENT_NAMES.search(text, max(0, start - 16), end) is not None


def _premodifiers(text: str, start: int) -> tuple[str | None, str | None, int]:
    """The determiner before a trigger, the capitalised name between them, and where the name starts."""
    lo = max(0, start - 60)
    window = text[lo:start]
    ticker = _TICKER_BEFORE.search(window)
    if ticker is not None:  # "Guinness Plc's <GUIN.L> takeover": the words before the firm's code
        return _premodifiers(text, lo + ticker.start())
    words = [(m.group(), lo + m.start()) for m in _WORD.finditer(window)]
    if window and not window[-1].isspace():
        return None, None, start
    name: list[str] = []
    name_start = start
    free = 0
    verb = third = False
    for word, at in reversed(words):
        low = str.lower(word)
        if low in DETERMINERS:
            return low, " ".join(reversed(name)) or None, name_start
        if low.endswith(("'s", "’s")):
            return "'s", " ".join(reversed(name)) or None, name_start
        if "-" in low and ROLE_HYPHEN.search(low):
            verb = verb or bool(name)  # "the Turkish-backed deal": a third party, read by the role rules
            third = True
            continue
        if word[:1].isupper() and low not in PREMODIFIERS:
            if third:
                continue  # "the United Nations -brokered ceasefire": the broker's name, not the agreement's
            if verb:
                return None, None, start  # "the UAE signed accords": a subject and its verb, not a name
            name.append(low)
            name_start = at
            continue
        if _AMOUNT.fullmatch(low) and not low.isdigit():
            name, name_start = [], start  # "a 240 mln H.K. Dlr loan": a currency, not the deal's name
            continue
        if low.isdigit():
            continue  # "the 1994 Energy Charter Treaty": a year before the name
        if low in PREMODIFIERS or low in ("peace", "nuclear", "trade", "climate"):
            verb = verb or (not name and low.endswith("ed"))
            continue
        if low == "and" and free and not name:
            continue  # "OPEC's current price and production agreement": a coordinated modifier
        if free < _FREE_WORDS and not name and low.replace("-", "").isalpha() and low not in _FUNCTION_WORDS:
            verb = verb or low.endswith("ed")
            free += 1
            continue
        break
    return None, " ".join(reversed(name)) or None, name_start


def _hint(match: re.Match[str]) -> tuple[str | None, tuple[int, int] | None]:
    """The state a trigger carries itself ("ceasefire proposal": proposed, "ceasefire talks": negotiating)."""
    for group in _PLAN_GROUPS:
        if match.group(group):
            return "proposed", match.span(group)
    for group in _NEG_GROUPS:
        if match.group(group):
            return "negotiating", match.span(group)
    return None, None


def _windows(
    text: str, stems: tuple[str, Mapping[str, list[int]]] | None = None
) -> list[tuple[int, int, int]]:
    """The stretches of ``text`` around trigger stems, merged: (start, last stem's start, end).

    A mention holds a stem, so it starts at or before the last stem of its stretch: only the word
    starts up to there are tried (the trigger pattern is anchored at each).  ``stems``: the lower-cased
    text and the stems' positions in it (:class:`.stemscan.StemScan`), when the caller has them.
    """
    if stems is None:
        low = str.lower(text)
        found = _SCAN.positions(low)
    else:
        low, found = stems
    spots: list[tuple[int, int, int]] = []
    size = len(text)
    for stem, hits in found.items():  # only the stems found (the spots are sorted below)
        if stem not in _STEM_SET:
            continue
        inside = stem in WORD_STEMS
        for i in hits:
            if not (inside and i and low[i - 1].isalpha()):
                spots.append((max(0, i - _BEFORE_STEM), i, min(size, i + len(stem) + _AFTER_STEM)))
    spots.sort()
    merged: list[tuple[int, int, int]] = []
    for lo, at, hi in spots:
        while hi < size and text[hi].isalnum():
            hi += 1  # never cut a word: the pattern's \b would hold at the cut
        if merged and lo <= merged[-1][2]:
            merged[-1] = (merged[-1][0], max(at, merged[-1][1]), max(hi, merged[-1][2]))
        else:
            merged.append((lo, at, hi))
    return merged


def find_triggers(text: str, stems: tuple[str, Mapping[str, list[int]]] | None = None) -> list[Trigger]:
    """Every agreement mention of ``text`` in order (bare generic heads only after a determiner).

    ``stems``: the lower-cased text and the trigger stems' positions in it (:class:`.stemscan.StemScan`).
    """
    found: list[Trigger] = []
    for lo, last, hi in _windows(text) if stems is None else _windows(text, stems):
        for match in _prefilter().finditer(text, lo, hi):
            if match.start() > last:
                break  # a mention holds a stem: none starts after the stretch's last one
            trigger = _trigger(text, match)
            if trigger is not None:
                found.append(trigger)
    return found


def _generic(
    text: str, match: re.Match[str], det: str | None, name: str | None, name_start: int
) -> Trigger | None:
    """The mention a generic head (agreement, deal, accord, pact ...) stands for, or None when it is
    no agreement ("to deal with", "Internet Protocol", a bare singular head)."""
    start, end = match.span()
    definite = det in DEFINITE or det == "'s"
    before = text[max(0, start - 24) : start].split()
    head = str.lower(match.group())
    last = str.lower(before[-1]).lstrip("\"“‘'") if before else ""  # '"good deal"': the word, not the quote
    noun_before = last in PREMODIFIERS or last.endswith("ed") or last.isdigit()  # "signed separate deals"
    verb_like = det is None and not noun_before and text.startswith((" with", " of"), end)
    if verb_like and head == "deals" and last.isalpha() and last.islower():
        verb_like = last in _DEALS_VERB_BEFORE  # "signed fresh deals with", not "he deals with"
    if head.startswith("deal") and (last in _NOT_A_DEAL_BEFORE or verb_like):
        return None  # "to deal with", "a great deal of", "a better deal than"
    if det is None and name is None and (titled_between(text, start, end) or titled_phrase(text, start, end)):
        return Trigger(start, end, match.group(), "agreement", det=det)  # a title: one agreement (titled)
    if head.startswith("protocol") and det is None:
        return None  # "Internet Protocol"
    if head == "agreement" and det == "the" and name is None and _CONSENT_OF.match(text, end):
        return None  # "the agreement of the House of Lords": consent, not an arrangement
    named = NAMED.get(name or "") or NAMED.get((name or "").split(" ")[-1])
    earlier = str.lower(before[-2]) if len(before) > 1 else ""
    # "reached agreement", "reached final agreement"
    reach = last in _REACH_BEFORE or (last in PREMODIFIERS and earlier in _REACH_BEFORE)
    if det is None and name is None and not head.endswith("s") and not reach:
        return None  # a bare singular head ("reached agreement" excepted); bare plurals may stay
    if name is not None and det is not None:  # "the Minsk agreement": the name is part of the mention
        return Trigger(
            name_start,
            end,
            text[name_start:end],
            named or "agreement",
            False,
            definite,
            head=start,
            det=det,
        )
    if named:
        return Trigger(start, end, match.group(), named, False, definite, det=det)
    return Trigger(start, end, match.group(), "agreement", name is None, definite and name is None, det=det)


# "joint ventures" with no determiner: a class of deals ("involved in joint ventures"), not one.
_JOINT_VENTURES = re.compile(r"joint[- \t]ventures\b", re.IGNORECASE)
# A second business head after "and" / "or" / "&" ("merger and acquisition", "mergers & acquisitions").
_PAIRED_MODIFIER = re.compile(
    r"\s+(?:and|or|&)\s+(?:mergers?|acquisitions?|takeovers?|buy-?outs?|loans?)\s+([\w-]+)", re.IGNORECASE
)


def _trigger(text: str, match: re.Match[str]) -> Trigger | None:
    """The mention a match of the trigger pattern stands for (None: a bare head with no determiner)."""
    kind = match.lastgroup if match.lastgroup in _KIND_SET else None  # the outer group closes last
    if kind is None:
        kind = next((k for k in KINDS if match.group(k) is not None), None)
    start, end = match.span()
    if _WITHOUT.search(text, max(0, start - 40), start):
        return None  # "ended without a deal": no agreement
    if _COMPARED.search(text, max(0, start - 30), start):
        return None  # "a less formal arrangement than a ceasefire", "unlike a treaty": a comparison
    if _EVERY.search(text, max(0, start - 8), start) or _no_agreement_name(text, start, end):
        return None  # "every contract be secured": each of a class; "the New Deal", "the Warsaw Pact": names
    following = _NEXT_WORD.match(text, end)
    if following and str.lower(following.group(1)) in _NOT_AN_AGREEMENT_AFTER:
        return None  # "takeover rules", "merger speculation"
    paired = _PAIRED_MODIFIER.match(text, end)
    if paired and str.lower(paired.group(1)) in _NOT_AN_AGREEMENT_AFTER:
        return None  # "merger and acquisition activity": one of two heads modifying a noun
    det, name, name_start = _premodifiers(text, start)
    definite = det in DEFINITE or det == "'s"
    if kind is None:  # a bare "zone": only a reference back
        if not definite:
            return None
        family = ANAPHOR_FAMILY[str.lower(match.group("anaphor"))]
        return Trigger(start, end, match.group(), "agreement", True, True, family, det=det)
    if kind == "agreement":
        found = _generic(text, match, det, name, name_start)
        if found is not None and found.generic and _REPO.search(text, max(0, start - _REPO_BEFORE), start):
            return None  # "the new pact expires on September 3" after a repurchase tender: a repo, no deal
        if found is not None and found.generic and _SIGNED_ON.search(text, max(0, start - 120), start):
            found = attrs.evolve(found, kind="contract", generic=False)  # "signed X on a two-year deal"
        return found
    if kind == "contract" and (name in _MONTHS or _TRADED.search(text, max(0, start - 24), start)):
        return None  # "the July contract", "a stock index futures contract": traded, no agreement
    if kind == "contract" and _FUTURES.search(text, max(0, start - _FUTURES_BEFORE), end + _FUTURES_AFTER):
        return None  # "the Financial Futures Exchange ... the existing mark-dollar contract": traded
    if kind in _BARE_NEEDS_DETERMINER and str.lower(match.group()).endswith("s") and " " not in match.group():
        return None  # "previous loans", "contracts": a class of deals, not one
    if kind in ("merger", "acquisition") and re.fullmatch(r"[a-z]+s", match.group()):
        previous = text[max(0, start - 12) : start].split()[-1:]
        if det is None or (previous and str.lower(previous[0]) in _QUANTIFIERS):
            return None  # "more mergers are likely", "acquisitions": a class of deals, not one
    bid = str.lower(match.group()[-3:]) in ("bid", "fer")
    if kind == "acquisition" and bid and _CONTEST.match(text, end):
        return None  # "a bid for Champions League glory", "a bid by X to stay": no company is bought
    if text[start].isupper() and _ORG_AFTER.match(text, end):
        return None  # "the Federal Home Loan Banks": part of a firm's or a body's name
    if kind == "loan" and _ON_LOAN.search(text, max(0, start - 30), start):
        kind = "transfer"  # "join Preston on a month's loan": a player's loan is a transfer
    if kind == "contract" and det is None and _JOINT_VENTURES.match(match.group()):
        return None  # "involved in joint ventures": a class of deals, not one
    under = _UNDER_CONTRACT.search(text, max(0, start - 8), start) if kind == "contract" else None
    if under is not None and not _CLUB_AFTER.match(text, end):
        under = None  # "under contract to supply": no club it is held with
    if kind in _BARE_NEEDS_DETERMINER and det is None and " " not in match.group() and under is None:
        return None  # "loans in general", "the economy will contract": not one deal
    hint, hint_span = _hint(match)
    if under is not None:  # "I'm under contract to Real": a contract that runs
        hint, hint_span = "in_force", under.span(1)
    agreed = _AGREED_DEAL.search(text, max(0, start - 40), start) if kind in _AGREED_KINDS else None
    if hint is None and agreed is not None:  # "the pending merger": agreed, not yet completed
        hint, hint_span = "signed", agreed.span(1)
    prospect = _PROSPECT.search(text, max(0, start - 40), start) if hint is None else None
    if prospect is not None:  # "a potential takeover", "a possible merger": not (yet) made
        hint, hint_span = "proposed", prospect.span(1)
    if kind not in ZONE_KINDS and kind != "talks" and name is not None and det is not None:
        # "the Algiers peace agreement" like "the Oslo accords" (a zone's place is where it lies, not a name)
        return Trigger(
            name_start, end, text[name_start:end], kind, False, definite, None, hint, hint_span, start, det
        )
    first = str.lower(match.group().split(None, 1)[0])
    if kind == "contract" and first.startswith("joint"):
        kind = "agreement"  # "a joint venture (contract)": a business deal of no narrower kind
    if kind == "climate_accord" and first == "paris" and _CURRENCY.search(text) and not _CLIMATE.search(text):
        kind = "agreement"  # the 1987 "Paris agreement" on currencies: made in Paris, not the climate one
    if first in NAMED and kind in (NAMED[first], "agreement"):  # "Paris climate agreement": the name first
        head_at = start + len(match.group()) - len(match.group().split(None, 1)[1])
        return Trigger(start, end, match.group(), kind, False, definite, None, hint, hint_span, head_at, det)
    return Trigger(start, end, match.group(), kind, False, definite, None, hint, hint_span, None, det)
