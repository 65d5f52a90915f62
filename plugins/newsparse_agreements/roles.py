"""Status cues and the parties, third parties and dates they bring; meetings; violations."""

from __future__ import annotations

import functools
import re

from newsparse.syntax import dateline_end

from .antecedents import anaphoric_subject, describes_firm
from .context import Hit
from .context import has_verb as _has_verb
from .cues import (
    _ADJECTIVES_BEFORE,
    _BACKWARD_OK,
    _BETWEEN,
    _BY,
    _COMMERCIAL,
    _DATE_REACH,
    _DURING,
    _FORWARD_GAP,
    _FREE_WORDS,
    _INTRANSITIVE,
    _LONGEST_CUE,
    _MEDIATION_NOUN,
    _MEET_REACH,
    _MEMBER_REFUSAL,
    _MODAL,
    _NOT_WHEN,
    _OBJECT_FIRST,
    _OBLIGED,
    _OTHER_OBJECT,
    _PREPOSITIONS_LAST,
    _PRONOUN_OBJECT,
    _RECIPROCAL,
    _RELATIVE,
    _SIGNING,
    _SUBJECT_GAP,
    _UNDER,
    ROLES,
)
from .lexicon import (
    DATED_STATUSES,
    DETERMINERS,
    MEET,
    PARTY_SUBJECT_CUES,
    PREMODIFIERS,
    ROLE_ACTIVE,
    ROLE_AS,
    ROLE_HYPHEN,
    ROLE_PASSIVE,
    STATUS_CUES,
    ZONE_KINDS,
)
from .prefilter import Prefilter
from .sentence import Local, _negated, _Sentence, _sentence_subject
from .surroundings import _place_after
from .triggers import Trigger

# A second predicate sharing the sentence's subject: "..., but fell through".
# A subject under "once" / "if" / "unless": its verb's state is supposed ("once the deal is signed").
_SUPPOSED = re.compile(r"\b(?:once|if|unless)\s+(?:[\w$£€.,'’-]+\s+){0,4}$", re.IGNORECASE)
# A conditional or a modal of possibility right before a state verb ("if we reject", "could be
# successfully"); "would" is left out, the future of reported speech ("said it would stop complying").
_CONDITIONAL_VERB = re.compile(
    r"\b([Ii]f|[Uu]nless|could|might|may|[Ss]hould)\s+(?:[\w'’-]+\s+){0,3}$"  # not "in May", not "would"
)
_PROSPECTIVE_STATES = frozenset({"rejected", "negotiating", "proposed"})
_BUT = re.compile(r"\bbut\s+(?:then\s+|later\s+|soon\s+)?$", re.IGNORECASE)
# A passive or reduced relative cue whose "under" phrase holds the agreement: "was set up under the deal".
_UNDER_ADJUNCT = re.compile(
    r"\s+under\s+(?:the|a|an|its|their|this|that)\s+(?:[\w-]+\s+){0,4}$", re.IGNORECASE
)
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:was|were|is|are|been|be|being)|,)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Complying with an agreement, right before its mention (with its determiner and modifiers).
_COMPLIANCE = re.compile(
    r"\b(?:compliance\s+with|complian(?:t|ce)\s+with|compl(?:y|ies|ied|ying)\s+with|adherence\s+to"
    r"|adher(?:e|es|ed|ing)\s+to|honou?r(?:s|ed|ing)?|abid(?:e|es|ing)\s+by|abided\s+by)"
    r"\s+(?:(?:a|an|the|its|their|this|that)\s+)?(?:portion\s+of\s+(?:the\s+|its\s+)?)?(?:[\w.-]+\s+){0,3}$",
    re.IGNORECASE,
)
_POSSESSOR = re.compile(r"['’]s\s+(?:full\s+)?")
# Who is met: "meet (car giant) General Motors", after up to two lower-case words of description.
_MET_OBJECT = re.compile(
    r"\s+(?:with\s+)?(?:the\s+)?(?:(?!(?:in|at|on|for|to|of|from|over|after|before|during|by|and|or)\s)[a-z][\w-]*\s+){0,2}"
)
_PLAYER_DEALS = frozenset({"contract", "transfer"})
# Who holds a player's contract, before it: "X's (new) contract", "gave X a (six-month) contract",
# "X has / is (only) on a contract".
_PLAYER_LEAD = re.compile(
    r"(?:(?P<who>\b[A-Z][\w'’.-]*(?=['’]s\s))['’]s\s+|\b(?:give|gave|given|giving|offer(?:ed|ing|s)?|hand(?:ed|ing|s)?)"
    r"\s+(?P<who2>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+(?:a|an|the)\s+|(?P<verb>\b(?:has|had|is|was|are)\s+"
    r"(?:(?:only|still|now|already|currently)\s+)?(?:on\s+)?(?:a|an)\s+))(?:[\w-]+\s+){0,3}$"
)
# "a contract with Neath RFC", "a year contract at Gloucester".
_CLUB_AFTER = re.compile(r"\s+(?:with|at)\s+(?:the\s+)?")
_UNDER_TO = re.compile(r"\s+to\s+(?:the\s+)?")
# An apposition between a subject and its verb: ", both headquartered in Dallas, ".
_APPOSITION = re.compile(r"\s*,\s+(?:both|all|each|which|who|based|a|an|the)\b[^,;.]{1,60},\s*$")
# A descriptive apposition between a subject and its verb, auxiliaries after it ("X, the ..., has").
_APPOSED = re.compile(
    r",\s+(?:a|an|the)\s[^,;.()\"“”]{1,80},\s*(?:(?:has|have|had|also|now|just|recently|already)\s+){0,2}$"
)


# The openings a state cue can start with: other word starts are skipped unread (same matches).
@functools.cache
def _cues() -> Prefilter:
    """The state cues' prefilter, compiled on first use (once per process: a faster cold start)."""
    return Prefilter.of(STATUS_CUES)


@functools.cache
def _passive() -> Prefilter:
    """The passive role cues' prefilter, compiled on first use (once per process)."""
    return Prefilter.of(ROLE_PASSIVE)


# "X by", "acted as", "X brokered": a sentence where none opens (most) skips the three scans.
@functools.cache
def _role_words() -> Prefilter:
    """The prefilter of any role cue, compiled on first use (once per process)."""
    return Prefilter.any_of(ROLE_PASSIVE, ROLE_AS, ROLE_ACTIVE)


# An apposition between a reporter and "said": "SunGard Shareholder Systems, a subsidiary of SunGard, said".
_APPOSED_REPORTER = re.compile(r",\s+(?:a|an|the)\s[^,;.()\"“”]{1,80},\s*$")
# A subject pronoun between names and their agreeing verb: the names are not its subject.
_PRONOUN_IN_GAP = re.compile(r"\b(?:it|they|he|she|we)\b", re.IGNORECASE)
# "said (on Thursday) (that) it had": a reporting verb before the pronoun subject of an agreeing verb.
_SAID_PRONOUN = re.compile(
    r"\b(?:said|says|announced|confirmed|added|revealed|stated)\s+(?:on\s+\w+\s+|that\s+)*(?:it|they)\s+"
    r"(?:(?:has|have|had|would|will|also|now|finally)\s+)*$",
    re.IGNORECASE,
)
# Capitalised names (listed with "," / "and") right before their verb, past auxiliaries: "Fiat has agreed".
_NAME = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&))*"
_CAPITALISED_SUBJECT = re.compile(
    rf"(?P<name>\b{_NAME}(?:(?:,\s+|,?\s+and\s+){_NAME})*)"
    r"\s+(?:(?:has|have|had|will|would|also|finally|now|then|yesterday|today)\s+)*$"
)
_NAME_SPLIT = re.compile(_NAME)
# A participle whose subject is the clause's: "by signing", "after agreeing", "before clinching".
_BY_DOING = re.compile(r"\b(?:by|after|before|upon|while|when)\s+$", re.IGNORECASE)
# The word right after a name: a subject's verb when lower-case and not a function word.
_LOWER_WORD = re.compile(r"\s+([a-z]+)\b")
_POSSESSOR_TITLE = re.compile(r"['’]s\s+(?:[A-Z][\w.-]*\s+){0,3}")
_QUOTED = re.compile(r"[\"“”]|\bsaid\b|\bsays\b")
_NOT_A_VERB = frozenset("of in on at for to from with and or but by as than who which that said says".split())
_FIRST_WORD = re.compile(r"([\w&'’.-]+)\s+")
# Capitalised words that name no one: sentence openers, pronouns, days and months.
_NOT_NAMES = frozenset(
    """the a an it he she they we i this that these those but and or so yet in on at by for after before
    when while if as under its their his her our both all some each last next
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december mr mrs ms dr""".split()
)
# What may stand between a reporter and "said": a space, the end of "<Montenay Power Corp>".
_REPORTER_GAP = 3
# "X announced / unveiled a deal with Y": X is the other side of it.
_ANNOUNCING = frozenset({"announced", "announces", "unveiled", "unveils"})
# "X announced a deal with Y", "X lost its deal with Y": X is (was) the other side of it.
_WITH_SIDES = _ANNOUNCING | {"lost", "loses", "losing"}
_WITH = re.compile(r"\s+with\s")
# States told by a noun or verb with a preposition naming what ends or goes on ("collapse of X",
# "withdrawal from X", "extension of X"): the agreement's state only when X is the agreement.
_OBJECT_STATES = frozenset({"collapsed", "suspended", "extended"})
_PLAYER_DEALS = frozenset({"transfer", "contract"})
_OWN_STATES = frozenset({"suspended", "collapsed", "extended", "violated"})
_PASSIVE_AUX = (("will", "be"), ("would", "be"), ("has", "been"), ("have", "been"), ("had", "been"))
_NOT_A_NOUN = frozenset("which that it itself they this these those also then now not".split())


# "is reported by Reuters to have won": an agent of a passive report before "to (have)" and the cue.
_REPORTED_BY = re.compile(
    r"\s+(?:is|are|was|were)\s+(?:[a-z]+ly\s+)?(?:said|reported|believed|thought|understood)\s+by\s+$"
)
_TO_WINNER = re.compile(r"\s+to\s+(?:the\s+|rival\s+)?[A-Z]")
_TO_HAVE = re.compile(r"\s+to\s+(?:have\s+)?")
# "lost a $23bn government contract": the agreement is the object right after "lost" (no clause between).
_LOST_OBJECT = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:(?!(?:after|before|with|since|when|as|for|in|on|at|to|by|of)\b)"
    r"[\w$£€.,-]+\s+){0,4}"
)


def _side_verb(text: str, end: int, trig: Trigger) -> bool:
    """Whether the announcing or losing verb ending at ``end`` makes its subject a side: a deal "with"
    another, or (lost) the agreement as its object and no winner after it: "Boeing lost a $23bn
    government contract" (it held it), not "Acme lost the contract to Globex"."""
    if _WITH.match(text, trig.end):
        return True
    return (
        str.lower(text[end - 4 : end]) in ("lost", "oses")
        and _LOST_OBJECT.fullmatch(text, end, trig.start) is not None
        and _TO_WINNER.match(text, trig.end) is None
    )


def _not_its_state(text: str, trig: Trigger, status: str, words: list[str], at: tuple[int, bool]) -> bool:
    """Whether a state cue (its start, whether it governs the agreement after it) states something
    else than ``trig``'s state (session 10)."""
    start, governs = at
    if governs:
        # "Petrobras could join the deal": a newcomer's possible step, not the deal's state
        return status == "proposed" and words[-1] in ("join", "joins") and trig.kind not in _PLAYER_DEALS
    if status in _OWN_STATES and _other_subject(text[trig.end : start]):
        return True  # "the two agreements buffer stock operations will be suspended": another subject
    if _other_antecedent(text, trig.end, start) or _object_relative(text, trig.end, start):
        return True  # "its operation of the plant, which began in 1985": the plant's start, not the deal's
    if (
        status == "extended"
        and words[0] in ("extends", "extend")
        and _SUBJECT_IS.fullmatch(text, trig.end, start)
    ):
        return True  # "the contract extends through 2002 its operation": the deal runs, nothing renews it
    return status == "proposed" and words[-1] in ("join", "joins") and trig.kind not in _PLAYER_DEALS


def _other_subject(gap: str) -> bool:
    """Whether ``gap``, between an agreement and a passive state verb, holds a bare noun phrase of its
    own before the auxiliary ("buffer stock operations will be"): that noun is the subject."""
    words = gap.split()
    if len(words) >= 2 and tuple(words[-2:]) in _PASSIVE_AUX:
        words = words[:-2]
    elif words and words[-1] in ("was", "were", "is", "are"):
        words = words[:-1]
    else:
        return False
    return 0 < len(words) <= 3 and all(
        w.isalpha() and w.islower() and w not in _NOT_A_NOUN and not w.endswith(("ly", "ed", "ing"))
        for w in words
    )


def _other_antecedent(text: str, trig_end: int, start: int) -> bool:
    """Whether the cue at ``start`` is the verb of a relative clause ("which began") whose antecedent is
    a common noun standing after the agreement (a relative right after the agreement is its own)."""
    found = _RELATIVE_BEFORE.search(text, max(trig_end, start - _RELATIVE_REACH), start)
    if found is None or not (found.group(1).isalpha() and found.group(1).islower()):
        return False
    return found.group(1) not in _NOT_ANTECEDENTS  # "but that came to nothing": a demonstrative subject


def _object_relative(text: str, trig_end: int, start: int) -> bool:
    """Whether the cue at ``start`` is the verb of an object relative clause with a subject of its own
    ("a truce ... on Grozny, which the rebels have held since August 6"): it acts on the noun before
    "which", not on the agreement (unless the agreement itself stands right before "which")."""
    found = _OBJECT_RELATIVE.search(text, max(trig_end, start - _RELATIVE_REACH), start)
    return found is not None and _AGREEMENT_WORD.search(found.group(1)) is None


# "Grozny, which the rebels have": "which", a subject of one to three words, then the cue.
_OBJECT_RELATIVE = re.compile(
    r"\w,?\s+which\s+((?:the|its|their|his|her)\s+(?:[\w-]+\s+){1,2}|[A-Z][\w-]*\s+(?:[\w-]+\s+)?"
    r"|(?:they|he|she|we)\s+)(?:(?:has|have|had)\s+)?$"
)
_AGREEMENT_WORD = re.compile(r"truce|cease|deal|agree|accord|pact|treat|contract|plan", re.IGNORECASE)
# "the plant, which began", "the offer that was": a relative pronoun after a noun, before its verb.
_RELATIVE_BEFORE = re.compile(
    r"\b(\w+),?\s+(?:which|that)\s+(?:(?:has|had|have|was|were|is|also|then)\s+){0,2}$", re.IGNORECASE
)
_RELATIVE_REACH = 48
_NOT_ANTECEDENTS = frozenset("but and or so yet as if because while when though although said says".split())
_SUBJECT_IS = re.compile(r"\s*(?:also\s+|now\s+)?")  # only adverbs between an agreement and its own verb
_OF_OBJECT = re.compile(r"\s+(?:of|from)\s", re.IGNORECASE)


# An apposition between a subject and its verb: ", one of the biggest creditor nations, finally ".
_APPOSED_ONE = re.compile(
    r",\s+(?:a|an|the|one\s+of)\s[^,;.()\"“”]{1,80},\s*(?:(?:has|have|had|also|now|just|[a-z]+ly)\s+){0,2}$"
)
# Nouns of negotiation whose premodifier may be the town they are held in: "the Doha talks".
_TALKS_NOUNS = frozenset({"talks", "negotiations", "discussions", "consultations"})
_PLACES = frozenset({"GPE", "LOC", "FACILITY"})


def _statuses(ctx: _Sentence) -> None:
    """Attach every state cue of the sentence to its trigger, with the parties and date it brings."""
    text = ctx.text
    s = ctx.sentence
    under = _UNDER.match(text, s.start, s.end)
    # a cue ending further than the forward reach before the first trigger attaches to none
    scan_from = max(s.start, ctx.starts[0] - _FORWARD_GAP - _LONGEST_CUE) if ctx.starts else s.start
    for cue in _cues().finditer(text, scan_from, s.end):
        start, end = cue.span()
        status = cue.lastgroup or ""
        low = str.lower(cue.group())
        if under is not None and start >= under.end() and ctx.forward(end) is None:
            continue  # "Under the accord, Israel will suspend ...": a provision, not a state
        own_talks = status == "negotiating" and low.startswith(("talks", "negot"))
        if ctx.inside_trigger(start, end) and not own_talks:
            continue
        words = low.split()
        if text[start - 1 : start] == "-":
            continue  # "a Qatari-brokered truce": an adjective, no state of its own (the role is read apart)
        of_object = low.endswith((" of", " from")) or _OF_OBJECT.match(text, end) is not None
        passive, forward_only = _direction(text, end, status, low)
        if of_object and status in _OBJECT_STATES:
            passive, forward_only = False, True  # "the collapse of the truce": a noun naming what ended
        index = ctx.attach(start, end, forward_only=forward_only, prefer_back=passive, later=False)
        if index is None:
            continue
        if passive and _BUT.search(text, max(s.start, start - 16), start) and ctx.starts[0] < start:
            index = (
                0  # "this pact was to be followed by bilateral agreements, but fell through": the subject's
            )
        local = ctx.locals[index]
        trig = ctx.triggers[index]
        status = _as_state(status, trig)
        if (trig.talks or trig.hint == "negotiating") and status in ("signed", "in_force"):
            status = "negotiating"  # "talks adopted / held": the agreement they aim at is being negotiated
        if not _states_it(ctx, trig, status, (start, end), of_object):
            continue
        governs = trig.start >= end
        if _not_its_state(text, trig, status, words, (start, governs)):
            continue
        if governs and status == "proposed" and words[0] in _MODAL:
            # "announced that they would set up a zone": the modal scopes over the earlier verb
            local.statuses[:] = [st for st in local.statuses if not (st[0] == "signed" and st[2] <= start)]
        adjectives = _ADJECTIVES_BEFORE.search(text, max(s.start, start - 40), start)
        if status == "rejected" and not _MEMBER_REFUSAL.search(low):
            # "Ukraine rejected the peace plan": the rejecter is not bound; it stays in the status evidence
            rejecters = ctx.entities.chain_before(start, s.start, loose=_SUBJECT_GAP, subject=True)
            by = _BY.match(text, end)
            after = ctx.entities.chain_after(by.end(), s.end) if by else []  # "rejected by Ukraine"
            local.statuses.append(
                (status, rejecters[0].start if rejecters else start, after[-1].end if after else end)
            )
            continue
        local.statuses.append((status, adjectives.start() if adjectives else start, end))
        subject = status == "rejected" or any(word in PARTY_SUBJECT_CUES for word in words)
        subject = subject and not (status == "proposed" and words[0].startswith("vot"))  # voters of a treaty
        if governs and words[0] in _WITH_SIDES and _side_verb(text, end, trig):
            subject = True  # "Boeing announced a deal with HCL", "Umbro lost deals with Chelsea" (not "to X")
        if status == "proposed" and trig.kind in _COMMERCIAL and governs and not _MODAL.intersection(words):
            subject = True  # "the EU proposed a trade pact": trade and company deals are offered by a side
        subject = subject and not _made_under(text, s.start, start, end, trig.start)  # made by the deal
        if governs and subject:
            subjects = _agreeing_subjects(ctx, start, words[0])
            subjects = _talks_venue(ctx, local, subjects, start, words[0])
            local.give("parties", subjects, subjects[0].start if subjects else start, end)
        elif governs and status == "violated":  # "X and Y accused each other of violating the truce"
            subjects = ctx.entities.chain_before(start, s.start, loose=_SUBJECT_GAP)
            if subjects and _RECIPROCAL.search(text, subjects[-1].end, start):
                local.give("parties", subjects, subjects[0].start, end)
        elif subject:  # "the ceasefire that India and Pakistan renewed", "... Moscow refused to extend it"
            _later_subjects(ctx, trig, local, start, end)
        if status in DATED_STATUSES:
            _date_near(ctx, local, start, end)
        if governs and words[0] in _SIGNING:
            local.signed_here = True
        if status == "violated":
            _violation(ctx, local, start, end, trig if governs else None)


def _made_under(text: str, floor: int, start: int, end: int, target: int) -> bool:
    """Whether a passive cue ``[start, end)`` has the agreement at ``target`` as its "under" adjunct
    ("was set up under the deal", "X, set up under a 1993 deal"): its subject is what the deal made."""
    return _UNDER_ADJUNCT.match(text, end, target) is not None and (
        _PASSIVE_BEFORE.search(text, max(floor, start - 24), start) is not None
    )


def _later_subjects(ctx: _Sentence, trig: Trigger, local: Local, start: int, end: int) -> None:
    """The sides of a cue after the agreement: the subject of a relative clause on it ("the ceasefire
    that India and Pakistan renewed") or of a verb with it as a pronoun object ("Moscow refused to
    extend it", "Japan, one of the biggest creditor nations, finally signed up to it")."""
    text = ctx.text
    subjects = ctx.entities.chain_before(start, trig.end, loose=_SUBJECT_GAP, subject=True)
    if not subjects and _PRONOUN_OBJECT.match(text, end):
        subjects = _apposed_subject(ctx, trig.end, start)
    if not subjects:
        return
    if _RELATIVE.fullmatch(text, trig.end, subjects[0].start) or _PRONOUN_OBJECT.match(text, end):
        local.give("parties", subjects, subjects[0].start, end)


def _apposed_subject(ctx: _Sentence, floor: int, start: int) -> list[Hit]:
    """The names before an apposition that ends right before the verb at ``start`` ("after Japan, one of
    the biggest creditor nations, finally signed"), none before ``floor``."""
    aside = _APPOSED_ONE.search(ctx.text, max(floor, start - 120), start)
    if aside is None:
        return []
    return ctx.entities.chain_before(aside.start(), floor, loose=_SUBJECT_GAP, subject=True)


def _talks_venue(ctx: _Sentence, local: Local, subjects: list[Hit], start: int, noun: str) -> list[Hit]:
    """The sides of "<names> talks on a truce": a town right before the talks noun ("the Doha talks") is
    where they are held (the venue), not a side; the other names stay sides."""
    if noun not in _TALKS_NOUNS or not subjects:
        return subjects
    last = subjects[-1]
    if last.type in _PLACES and not last.country and not ctx.text[last.end : start].strip():
        local.place(last, last.start, start)
        return subjects[:-1]
    return subjects


def _agreeing_subjects(ctx: _Sentence, start: int, first_word: str) -> list[Hit]:
    """The names before an agreeing cue at ``start`` that agree: its subject, past an apposition
    ("X and Y, both based in Dallas, agreed"), or the sentence's for a participle ("..., signing")."""
    text = ctx.text
    s = ctx.sentence
    subjects = ctx.entities.chain_before(start, s.start, loose=_SUBJECT_GAP, subject=True)
    closes = text[max(s.start, start - 3) : start].rstrip().endswith(",")
    aside = _APPOSITION.search(text, max(s.start, start - 80), start) if closes and not subjects else None
    if aside is not None:
        subjects = ctx.entities.chain_before(aside.start(), s.start, loose=_SUBJECT_GAP, subject=True)
    if not subjects and first_word.endswith("ing") and text[s.start : start].rstrip().endswith(","):
        subjects = _sentence_subject(ctx)  # "X and Y ended their rift, signing a declaration"
    if subjects and _PRONOUN_IN_GAP.search(text, subjects[-1].end, start):
        subjects = _reporter(ctx, start)  # "Umbro, which lost deals with Chelsea, said it had signed"
    if subjects and describes_firm(text, subjects[-1].end):
        subjects = []  # "The London-based firm signed": the firm named before, not London
    agent = None
    if subjects:
        agent = _REPORTED_BY.search(text, max(s.start, subjects[0].start - 40), subjects[0].start)
    if agent is not None and _TO_HAVE.fullmatch(text, subjects[-1].end, start):
        # "Everasia is reported by Reuters to have won": the agent reports; the subject of "is" agrees
        subjects = ctx.entities.chain_before(agent.start(), s.start, loose=_SUBJECT_GAP, subject=True)
    if (
        not subjects
        and first_word.endswith("ing")
        and _BY_DOING.search(text, max(s.start, start - 12), start)
    ):
        subjects = _opening_subject(ctx, start)  # "X began a visit by signing a deal"
    if not subjects:
        subjects = _unrecognised_subject(ctx, start)  # "Fiat agreed": a name the entities layer missed
    if not subjects:
        subjects = anaphoric_subject(text, ctx.entities, s.start, start)  # "the company agreed"
    return subjects


def _opening_subject(ctx: _Sentence, start: int) -> list[Hit]:
    """The names opening the sentence (past a dateline) when a lower-case verb follows them: who does
    the "by signing" / "after agreeing" of "Germany's Chancellor Schroeder began a visit by signing"."""
    floor = dateline_end(ctx.text, ctx.sentence.start)
    chain = ctx.entities.chain_after(floor, start, people=True)
    if not chain or ctx.text[floor : chain[0].start].strip(' \n"“'):
        return []  # "The Tolkien books": a name modifying the subject; "shares of Fiat rose"
    after = ctx.entities.within(chain[-1].end, min(start, chain[-1].end + 60))
    if after and _POSSESSOR_TITLE.fullmatch(ctx.text, chain[-1].end, after[0].start):
        chain = [after[0]]  # "Germany's Chancellor Gerhard Schroeder began": the person, not the country
    verb = _LOWER_WORD.match(ctx.text, chain[-1].end)
    if verb is None or verb.group(1) in _NOT_A_VERB:
        return []
    if _QUOTED.search(ctx.text, chain[-1].end, start):
        return []  # "..., said Mr Wallace after signing": the participle is the reporter's
    return chain


def _unrecognised_subject(ctx: _Sentence, start: int) -> list[Hit]:
    """Capitalised names right before an agreeing verb that no entity covers, as text parties (``text:``
    and the name as written): the clause's subject, opening the sentence or after a comma or a dash."""
    text = ctx.text
    found = _CAPITALISED_SUBJECT.search(text, max(ctx.sentence.start, start - 80), start)
    if found is None:
        return []
    at, end = found.span("name")
    while (word := _FIRST_WORD.match(text, at, end)) is not None and (
        str.lower(word.group(1)) in _NOT_NAMES or (word.group(1).isupper() and len(word.group(1)) > 4)
    ):
        at = word.end()  # "On Monday Fiat agreed", "LONDON Fiat agreed": not part of the name
    lead = text[ctx.sentence.start : at].strip()
    openers = set(str.lower(lead).split())
    if lead and not lead.endswith((",", "-", "—", ":")) and not openers <= _NOT_NAMES - {"the"}:
        return []  # "shares of Fiat agreed", "the Board agreed": not a named subject
    out: list[Hit] = []
    for part in _NAME_SPLIT.finditer(text, at, end):
        lo, hi = part.span()
        covered = ctx.entities.within(lo, hi)
        if covered:
            out.extend(covered)
        elif str.lower(part.group()) not in _NOT_NAMES:
            out.append(Hit(lo, hi, "text:" + part.group(), "TEXT", False))
    return out if any(h.type == "TEXT" for h in out) else []


def subject_of(ctx: _Sentence, start: int) -> list[Hit]:
    """The names that are the subject of the verb at ``start`` ("Acme will make", "Acme said it will",
    "Circuit City Stores, the second-largest retailer in the US, has received": past the apposition)."""
    floor = ctx.sentence.start
    aside = _APPOSED.search(ctx.text, max(floor, start - 120), start)
    if aside is not None:
        behind = ctx.entities.chain_before(aside.start(), floor)
        if behind:
            return behind
    subjects = ctx.entities.chain_before(start, ctx.sentence.start, loose=_SUBJECT_GAP, subject=True)
    if subjects and _PRONOUN_IN_GAP.search(ctx.text, subjects[-1].end, start):
        return _reporter(ctx, start)
    return subjects or _reporter(ctx, start)


def _reporter(ctx: _Sentence, start: int) -> list[Hit]:
    """Who "it" / "they" stands for in "X said (on Thursday) it had signed": the names right before
    the reporting verb, or before the relative clause or apposition that separates them ("X, which ...,
    said", "X, a unit of Y, said")."""
    text = ctx.text
    floor = ctx.sentence.start
    said = _SAID_PRONOUN.search(text, max(floor, start - 60), start)
    if said is None:
        return []
    pos = said.start()
    if text[floor:pos].rstrip().endswith(","):
        aside = _APPOSED_REPORTER.search(text, floor, pos)  # "X, a subsidiary of Y, said it had"
        pos = max(text.rfind(", which ", floor, pos), text.rfind(", who ", floor, pos))
        pos = aside.start() if pos < 0 and aside is not None else pos
        if pos < 0:
            return []
    return ctx.entities.chain_before(pos, floor, loose=_REPORTER_GAP)


def _states_it(ctx: _Sentence, trig: Trigger, status: str, span: tuple[int, int], of_object: bool) -> bool:
    """Whether a state cue at ``span`` reports the state of the agreement ``trig`` (not of another
    object, not negated, not a supposition)."""
    text, s = ctx.text, ctx.sentence
    start, end = span
    if status in ("violated", "signed") and ctx.forward(end) is None and _OTHER_OBJECT.match(text, end):
        return False  # "called the pact a violation of its sovereignty", "accepted her apology"
    if status in _OBJECT_STATES and of_object and ctx.forward(end) is None:
        return False  # "the collapse of the energy firm", "withdrew from the town": not the agreement's end
    first = str.lower(text[start:end].split()[0])
    if of_object and status in _OBJECT_STATES and not _names_agreement(text, end, trig, first):
        return False  # "by the end of the year the deal ...", "at the end of the talks"
    if status == "collapsed" and trig.kind in ZONE_KINDS:
        return False  # "fighters withdrew from the zone"
    if status not in _PROSPECTIVE_STATES and _negated(text, s.start, start):
        return False  # "no agreement has been reached"
    if status != "violated" and _hypothetical(text, s.start, start, status in _PROSPECTIVE_STATES):
        return False  # "If we reject this treaty", "could be successfully implemented": not reported
    supposed = _SUPPOSED.search(text, max(s.start, trig.start - 40), trig.start)
    # "once the acquisition was completed, the firm would": a supposed state, not a reported one
    return trig.start >= end or status in _PROSPECTIVE_STATES or supposed is None


def _as_state(status: str, trig: Trigger) -> str:
    """The state a cue's class gives the agreement ``trig``: a future effect is an agreement made;
    a renewed bid or offer ("Chelsea will renew their bid") is an offer made again, still proposed."""
    if status == "future_effect":
        return "signed"
    if status == "extended" and str.lower(trig.text).rstrip("s").endswith(("bid", "offer")):
        return "proposed"
    return status


def _hypothetical(text: str, floor: int, start: int, prospective: bool) -> bool:
    """Whether the cue at ``start`` is the verb of a conditional clause ("if we reject") or, for a
    reached state, under a modal verb ("could be successfully implemented"): supposed, not reported."""
    window = text[max(floor, start - 40) : start]
    clause = window[max(window.rfind(","), window.rfind(";")) + 1 :]
    found = _CONDITIONAL_VERB.search(clause)
    return found is not None and (not prospective or str.lower(found.group(1)) in ("if", "unless"))


def _names_agreement(text: str, end: int, trig: Trigger, first: str) -> bool:
    """Whether a state noun or verb with "of" / "from" ending at ``end`` names the agreement ``trig``
    itself ("the collapse of the truce", "withdrew from the 2015 deal"), not something before it."""
    of = _OF_OBJECT.match(text, end)
    if first in ("end", "ending") and trig.talks:
        return False  # "at the end of the talks": a meeting over, not an agreement ended
    start = of.end() if of else end
    gap = text[start : trig.start].split()
    return len(gap) <= 3 and all(
        str.lower(w) in DETERMINERS or str.lower(w) in PREMODIFIERS or w[:1].isupper() or not w.isalpha()
        for w in gap
    )


def _direction(text: str, end: int, status: str, low: str) -> tuple[bool, bool]:
    """Whether a cue looks back to its agreement first (passive, intransitive) or only forward."""
    words = low.split()
    passive = _BY.match(text, end) is not None or (
        status in ("collapsed", "in_force", "negotiating", "violated") and words[-1] in _INTRANSITIVE
    )
    forward_only = (
        (status in ("proposed", "negotiating") and not low.endswith(_BACKWARD_OK))
        or words[-1] in _PREPOSITIONS_LAST
        or words[0] in _OBJECT_FIRST
        or words[-1] in _OBJECT_FIRST
    )
    return passive, forward_only


def _bound_by_terms(ctx: _Sentence) -> None:
    """The subject after an opening "Under the deal," that pledges or will do something is a party."""
    under = _UNDER.match(ctx.text, ctx.sentence.start, ctx.sentence.end)
    index = ctx.overlapping(under.start(), under.end()) if under else None
    if under is None or index is None:
        return
    chain = ctx.entities.chain_after(under.end(), ctx.sentence.end)
    verb = _OBLIGED.match(ctx.text, chain[-1].end) if chain else None
    if verb is not None:
        ctx.locals[index].give("parties", chain, chain[0].start, verb.end())


def _compliance(ctx: _Sentence) -> None:
    """Who complies with, adheres to or honours an agreement is bound by it ("Japan's compliance
    with the agreement", "until Japan is in full compliance with the pact", "Japan was adhering to")."""
    text = ctx.text
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        cue = _COMPLIANCE.search(text, max(ctx.sentence.start, trig.start - 60), trig.start)
        if cue is None:
            continue
        owner = ctx.entities.last_before(cue.start(), ctx.sentence.start)
        if owner is not None and _POSSESSOR.fullmatch(text, owner.end, cue.start()):
            local.give("parties", [owner], owner.start, trig.end)  # "Japan's compliance with"
            continue
        subjects = ctx.entities.chain_before(
            cue.start(), ctx.sentence.start, loose=_SUBJECT_GAP, subject=True
        )
        if subjects:
            local.give("parties", subjects, subjects[0].start, trig.end)


def _players(ctx: _Sentence) -> None:
    """A player's contract or transfer: its person from "X's contract", "gave X a contract", "X has /
    is on a contract"; its club from "a contract with / at Y" (a firm, or a town that is no country)."""
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if trig.kind not in _PLAYER_DEALS:
            continue
        people = _holder(ctx, trig)
        if people:
            local.give("parties", people, people[0].start, trig.end)
            local.cast("player", people)
        at = _CLUB_AFTER.match(ctx.text, trig.end)
        if at is None and ctx.text.endswith("under ", 0, trig.start):
            at = _UNDER_TO.match(ctx.text, trig.end)  # "I'm under contract to Real"
        if at is None:
            continue
        club = ctx.entities.within(at.end(), min(ctx.sentence.end, at.end() + 40))[:1]
        if (
            club
            and club[0].start == at.end()
            and (club[0].type == "ORG" or (club[0].type == "GPE" and not club[0].country))
        ):
            local.give("parties", club, at.start(), club[0].end)
            local.cast("club", club)


def _holder(ctx: _Sentence, trig: Trigger) -> list[Hit]:
    """The person holding or given a player's deal, read before it (empty when none is named)."""
    lead = _PLAYER_LEAD.search(ctx.text, max(ctx.sentence.start, trig.start - 70), trig.start)
    if lead is None:
        return []
    who = "who" if lead.group("who") else "who2" if lead.group("who2") else None
    if who is not None:
        hit = ctx.entities.last_before(lead.end(who), ctx.sentence.start)
        named = hit is not None and hit.end == lead.end(who) and hit.type == "PERSON"
        return [hit] if hit is not None and named else []  # "Day's contract", "give Hoddle a contract"
    chain = ctx.entities.chain_before(lead.start("verb"), ctx.sentence.start, loose=24)
    return [h for h in chain if h.type == "PERSON"]  # "Davies is only on a year contract"


def _violation(ctx: _Sentence, local: Local, start: int, end: int, trig: Trigger | None) -> None:
    """A violation said with a violation word: its span is the word with its adjectives."""
    s = ctx.sentence
    after = trig.end if trig is not None else end
    by = _BY.match(ctx.text, after)
    violators: list[Hit] = []
    if by:
        violators = ctx.entities.chain_after(by.end(), s.end)
    if not violators:
        violators = ctx.entities.chain_before(start, s.start, loose=44)
    lo = start
    adjectives = _ADJECTIVES_BEFORE.search(ctx.text, max(s.start, start - 40), start)
    if adjectives:
        lo = adjectives.start()
    ev_lo = min([lo] + [v.start for v in violators])
    ev_hi = max([end] + [v.end for v in violators])
    whos: list[str | None] = [v.id for v in violators] or [None]
    for who in whos:
        local.violations.append((lo, end, who, ev_lo, ev_hi))


def _date_near(ctx: _Sentence, local: Local, start: int, end: int) -> None:
    """Date the agreement by the nearest time expression around a signing or taking-effect cue."""
    if local.date is not None:
        return
    lo = max(ctx.sentence.start, start - _DATE_REACH)
    hi = min(ctx.sentence.end, end + _DATE_REACH)
    candidates = [
        d
        for d in ctx.dates.within(lo, hi)
        if not ctx.inside_trigger(d.start, d.end)
        and not _NOT_WHEN.search(ctx.text, max(lo, d.start - 8), d.start)
    ]
    if candidates:
        local.date = min(candidates, key=lambda d: min(abs(d.start - end), abs(start - d.end)))


def _roles(ctx: _Sentence) -> None:
    """Third parties and signatories from "X by", "X-brokered", "X acted as", "X brokered" phrases."""
    text = ctx.text
    s = ctx.sentence
    worded = ctx.cued and _role_words().search(text, s.start, s.end) is not None
    pos = s.start if worded else s.end
    while (cue := next(_passive().finditer(text, pos, s.end), None)) is not None:
        pos = cue.end()
        role = next((r for r in ROLES if cue.group(r) is not None), "")
        if not role:
            role = "mediators" if cue.group("mediators2") is not None else "guarantors"
        gap_start, gap_end = cue.span("gap") if cue.group("gap") is not None else (cue.end(), cue.end())
        if cue.group("gap") and (_has_verb(cue.group("gap")) or ctx.inside_trigger(gap_start, gap_end)):
            pos = gap_start  # "signed in Doha a truce brokered by Qatar": "by" belongs to the later verb
            continue
        index = ctx.overlapping(cue.start(), gap_start)  # "talks hosted by Turkey"
        if index is None:
            index = ctx.attach(cue.start(), cue.end(), prefer_back=True)
        if index is not None:
            chain = ctx.entities.chain_after(cue.end(), s.end)
            ctx.locals[index].give(role, chain, cue.start(), chain[-1].end if chain else cue.end())
            between = _BETWEEN.match(text, chain[-1].end) if chain and role != "parties" else None
            sides = ctx.entities.chain_after(between.end(), s.end) if between else []
            if sides:  # "a ceasefire brokered by the US between India and Pakistan"
                ctx.locals[index].give("parties", sides, between.start(1) if between else 0, sides[-1].end)
                chain = sides
            place = _place_after(ctx, chain[-1].end) if chain and role != "parties" else None
            if place is not None and not place[0].country:
                ctx.locals[index].place(place[0], place[1], place[0].end)  # "brokered by China in Beijing"
    for cue in ROLE_HYPHEN.finditer(text, s.start, s.end):
        hit = ctx.entities.last_before(cue.start(), s.start)
        if hit is None or text[hit.end : cue.start()].strip():
            continue
        index = ctx.attach(cue.start(), cue.end())
        if index is not None and ctx.starts[index] >= cue.end():
            gap = text[cue.end() : ctx.starts[index]]
            if len(gap.split()) > _FREE_WORDS or _has_verb(gap):
                continue  # "the Kurdish-led SDF signed a deal": the hyphen describes someone else
        if index is not None:
            chain = ctx.entities.chain_before(cue.start(), s.start) or [hit]
            role = cue.lastgroup or "mediators"
            if str.lower(cue.group()) == "-led" and not ctx.triggers[index].talks:
                role = (
                    "parties"  # "US-led talks" are mediated, "the Russian-led security pact" has Russia in it
                )
            ctx.locals[index].give(role, chain, chain[0].start, cue.end())
    for cue in _MEDIATION_NOUN.finditer(text, s.start, s.end):
        chain = ctx.entities.chain_before(cue.start(), s.start)  # "Egyptian and Qatari mediators"
        index = ctx.attach(cue.start(), cue.end(), prefer_back=True) if chain else None
        if index is not None:
            ctx.locals[index].give("mediators", chain, chain[0].start, cue.end())
    for cue in ROLE_AS.finditer(text, s.start, s.end) if worded else ():
        index = ctx.attach(cue.start(), cue.end())
        if index is not None:
            subject = ctx.entities.chain_before(cue.start(), s.start, loose=24)
            if subject:
                ctx.locals[index].give(cue.lastgroup or "mediators", subject, subject[0].start, cue.end())
    for cue in ROLE_ACTIVE.finditer(text, s.start, s.end) if worded else ():
        if _BY.match(text, cue.end()) or text[cue.start() - 1 : cue.start()] == "-":
            continue
        index = ctx.attach(cue.start(), cue.end(), forward_only=True)
        if index is not None:
            subject = ctx.entities.chain_before(cue.start(), s.start, loose=32)
            if subject:
                ctx.locals[index].give(cue.lastgroup or "mediators", subject, subject[0].start, cue.end())


def _meetings(ctx: _Sentence) -> None:
    """Those who met, held or resumed talks are their parties ("Russia and Ukraine met ... for talks")."""
    s = ctx.sentence
    for cue in MEET.finditer(ctx.text, s.start, s.end) if ctx.cued else ():
        index = ctx.nearest_after(cue.end())
        if index is None or ctx.starts[index] - cue.end() > _MEET_REACH:
            continue
        seeking = any(st[0] == "negotiating" for st in ctx.locals[index].statuses)
        if not (ctx.triggers[index].talks or seeking):
            continue  # "Fiat will meet GM ... in an attempt to reach agreement": those meeting negotiate
        subjects = ctx.entities.chain_before(cue.start(), s.start, loose=_SUBJECT_GAP, subject=True)
        subjects = subjects or _unrecognised_subject(ctx, cue.start())  # "Fiat will meet GM"
        if subjects:
            ctx.locals[index].give("parties", subjects, subjects[0].start, cue.end())
        met = _MET_OBJECT.match(ctx.text, cue.end()) if str.lower(cue.group()).startswith("me") else None
        others = ctx.entities.chain_after(met.end(), s.end) if met else []
        if others and others[0].start == met.end():  # type: ignore[union-attr]
            ctx.locals[index].give(
                "parties", others, others[0].start, others[-1].end
            )  # "X will meet car giant Y"
    for trig, local in zip(ctx.triggers, ctx.locals, strict=True):
        if (
            trig.talks
            and not local.roles["parties"]
            and _DURING.search(ctx.text, max(s.start, trig.start - 40), trig.start)
        ):
            subjects = _sentence_subject(ctx)  # "Serbia and Kosovo failed to agree during talks in Brussels"
            if subjects:
                local.give("parties", subjects, subjects[0].start, subjects[-1].end)
