"""The regular expressions, word sets and reaches the sentence readers use (beside :mod:`.lexicon`'s)."""

from __future__ import annotations

import re

ROLES = ("parties", "guarantors", "mediators", "endorsers", "observers")
BUSINESS_ROLES = ("acquirer", "target", "seller", "club", "player", "lender", "borrower")
_STOP = frozenset('.;:!?()—–"“”')
_FORWARD_GAP = 48
# The longest text a status cue spans ("were scheduled to be finalised", with room for line breaks).
_LONGEST_CUE = 96
_FORWARD_WORDS = 8
_FREE_WORDS = 3
_CLAUSE_SCAN = 400
_DEALS = frozenset({"acquisition", "merger"})
_RELATIVE = re.compile(r"\s*(?:[^.;:!?]{0,60}?\s)?(?:that|which)\s+(?:the\s+)?", re.IGNORECASE)
# Provision words that are also plural nouns: a verb only after the agreement, "which", "it" or a comma.
_NOUN_OR_VERB = frozenset("limits caps bans bars grants commits mandates allows requires".split())
_VERB_SLOT = re.compile(r"(?:\b(?:which|that|it|also|and)|,)\s*$", re.IGNORECASE)
_MEET_REACH = 80
_BY_OR_WITH = re.compile(r"\s+(by|with)\s+", re.IGNORECASE)
_BEFORE_PLACE = re.compile(r"(?:the\s++)?(?:(?:[a-z-]++\s++){1,3}of\s++)?")
# Adjectives kept in a violation's span ("blatant violations").
_ADJECTIVES_BEFORE = re.compile(
    r"(?:\b(?:blatant|flagrant|repeated|serious|numerous|alleged|clear|gross|frequent|systematic|multiple"
    r"|new|further|fresh|continued|daily|major|grave|massive)\s+)+$",
    re.IGNORECASE,
)
# A date after these is a deadline or a baseline, not when the agreement was made.
_NOT_WHEN = re.compile(r"\b(?:by|until|till|since|before|below|above|than|from|through)\s+$", re.IGNORECASE)
# Cues of expectation or talks that may follow their agreement ("the treaty is to be signed").
_BACKWARD_OK = (
    "signed", "ratified", "approved", "concluded", "finalized", "finalised", "stalled", "reached", "struck",
    "agreed", "sealed",
)  # fmt: skip
_DATE_REACH = 200
_ATTACK_REACH = 200
_BY_ANYWHERE = re.compile(r"\bby\s+", re.IGNORECASE)
_WITHOUT = re.compile(r"\b(?:without|no)\s+(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([\w-]+)")
# Nouns after a head that make the head a modifier ("takeover rules", "loan originations", "loan exposure").
_NOT_AN_AGREEMENT_AFTER = frozenset(
    """
    rules regulations law laws code panel speculation fever activity spree wave target targets
    battle battles specialist specialists candidate candidates lawyer lawyers spell spells
    rate rates growth demand market markets losses portfolio portfolios book books officer officers
    affiliate affiliates repayments repayment arrears
    originations origination volume volumes exposure exposures entries redemptions loss institutions
    profits sharks sharking sales line lines
    """.split()
)
_BEFORE_STEM = 24  # the longest text a trigger holds before its stem: "non-proliferation " (18)
_AFTER_STEM = 40  # and after it: "memoranda of understanding" (20), "exchanges deal" ...
_SUBJECT_GAP = 48
_FUNCTION_WORDS = frozenset(
    """to of in on for with and or but by at from is was are were be been has have had not no
    will would can could""".split()
)
_NOT_A_DEAL_BEFORE = frozenset(
    "to will would can could must should cannot great good better best big raw fair whole square".split()
)
# Cues that state something only of an agreement after them ("lost sponsorship deals", "was given a deal").
_OBJECT_FIRST = frozenset({"lost", "loses", "losing", "given", "handed", "awarded"})
_PREPOSITIONS_LAST = frozenset("of from on over for about toward towards to a an the near".split())
_PLAN_GROUPS = ("plan", "plan2", "pplan", "mplan", "aplan", "aplan2", "aplan3", "aplan4")
_NEG_GROUPS = ("neg", "neg2", "tneg", "cneg", "nneg", "mneg")
_WORD = re.compile(r"[\w'’.-]+")
_PREMOD_GAP = re.compile(r"(?:['’]s)?\s+(?:(?:[\w-]+)\s+)?")
_BY = re.compile(r"\s+by\b", re.IGNORECASE)
# A day or week between a mention and its sides: "talks on Thursday between X and Y".
_DAY_GAP = (
    r"(?:(?:on|last|this)\s++(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week)\s++"
    r"(?=between\b|with\b))?"
)
_AFTER_TRIGGER = re.compile(
    r"(?:,\s*+(?=between\b)|\s++" + _DAY_GAP + r")(?:(?P<verb>signed|agreed|reached|struck|concluded)\s++)?"
    r"(?P<prep>between|with|among|involving|of|by|from|to)\b\s+",
    re.IGNORECASE,
)
_IN_ZONE = re.compile(
    r"\b(?:in|inside|within|into|on|across|against|over)\s+(?:the\s+|a\s+|this\s+)?"
    r"(?:[A-Z][\w'’-]*\s+){0,3}$",
)
_CAPITAL = re.compile(r"\bcapital\b", re.IGNORECASE)
_OF_DATE = re.compile(r"\s+(?:of|on|from|in)\s+", re.IGNORECASE)
_LOCATIONS = frozenset({"GPE", "LOC", "FACILITY"})
_NEGATION = re.compile(r"\b(?:not|no|never|without|yet\s+to)\b|n't\b", re.IGNORECASE)
_MODAL = frozenset(
    "would could might may will shall plan plans planning expected set due ready willing".split()
)
_UNDER = re.compile(r"[\s\"“'‘]*under\s+(?:the|this|that|its|a|an)\s+[^,.;]{1,60},", re.IGNORECASE)
# Cues with no object: their subject, the agreement, comes before them ("the truce broke down").
_INTRANSITIVE = frozenset(
    """down apart hold effect force collapsed collapses collapse crumbled expired lapsed stalled
    held holding through nothing inoperative void defunct""".split()
)
# Refusing to extend, honour or implement an agreement presupposes being bound by it.
_MEMBER_REFUSAL = re.compile(r"\b(?:extend|renew|honou?r|implement|respect|abide|comply)", re.IGNORECASE)
# "X and Y accused each other of violating the truce": both sides are bound by it.
_RECIPROCAL = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.IGNORECASE)
_MEDIATION_NOUN = re.compile(r"(?=[mMaA])\b(?:mediators?|mediation|auspices)\b")
# "signed a memorandum on cross-border electricity trade in Nairobi": a complement before the place.
_COMPLEMENT = re.compile(
    r"\s+(?:on|over|for|about|covering)\s+[^,;:.()\n]{1,60}?(?=\s+(?:in|at)\s)", re.IGNORECASE
)
_VERB_AFTER = re.compile(r"\s++(?:(?:have|has|had|both|jointly|also)\s++)?[a-z]+?ed\b")
# What follows a violation word when its object is not the agreement ("violated its airspace").
_OTHER_OBJECT = re.compile(
    r"\s+(?:of\s+)?(?:its|their|his|her|our|international|human|the\s+(?:rights|law|laws|sovereignty|airspace|border)"
    r"|[A-Z][\w-]*['’]s)\b"
)
# Occasions that name a truce without being party to it ("the Easter truce").
_OCCASIONS = frozenset(
    "easter christmas ramadan eid passover hanukkah diwali olympic olympics new year orthodox".split()
)
_DURING = re.compile(
    r"\b(?:during|in|at|after)\s+(?:the\s+|a\s+|fresh\s+|new\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE
)
_BETWEEN = re.compile(r"\s+(between)\s+", re.IGNORECASE)
_COMMERCIAL = frozenset({"trade_agreement", "merger", "acquisition"})
# "Under the deal, the United States pledged to ...": the subject of the terms is bound by them.
_OBLIGED = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:pledged|pledges|agreed|agrees|committed|commits|promised|promises|undertook"
    r"|undertakes|(?:will|must|would|shall)\s+(?!be\b))",
    re.IGNORECASE,
)
# "refused to extend it", and a phrasal verb's: "finally signed up to it", "signed on to it".
_PRONOUN_OBJECT = re.compile(r"\s+(?:(?:up|on)\s+to\s+|onto\s+)?(?:it|them)\b", re.IGNORECASE)
_DATE_GAP = re.compile(r"\s*(?:(?:on|last|this|late|early)\s+)?", re.IGNORECASE)
_IN_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
# Verbs after which "<agreement> in <city>" names where it was made.
_SIGNING = frozenset(
    """signed signing signs sign inked sealed struck reached concluded clinched approved adopted
    finalized finalised formalised formalized initialled initialed""".split()
)
