"""Word lists of the ``claims`` layer: attribution cues and the words that bound a source or a content."""

from __future__ import annotations

from typing import Final

__all__ = [
    "ACTION_CUES",
    "ADVERBIAL_AFTER_CUE",
    "ATTITUDE_CUES",
    "BELIEF_CUES",
    "BOUNDARY_WORDS",
    "CLAUSE_ATTITUDE_CUES",
    "CLAUSE_VERBS",
    "COLON_NOT_SOURCE",
    "CONTENT_CUTS",
    "CUE_VERBS",
    "DETERMINERS",
    "INVERTIBLE_CUES",
    "LEADING_FUNCTION_WORDS",
    "NEEDS_ABOUT",
    "NEEDS_PARTICLE",
    "NOT_ATTITUDE_SOURCES",
    "NOUN_LIKE_CUES",
    "NOUN_MARKERS",
    "ONLY_CLOSING",
    "PARTICIPLE_CUES",
    "PASSIVE_MARKERS",
    "PERCEPTION_CUES",
    "PREPOSITIONS",
    "PRONOUNS",
    "PUNCT_BREAK",
    "QUOTATION_CLOSERS",
    "QUOTES",
    "QUOTE_INVERTIBLE_CUES",
    "RELATIVE_SOURCES",
    "SHARED_SUBJECT_CUES",
    "SKIP_BEFORE_CUE",
    "SOURCE_NOUNS",
    "SPEECH_PARTICIPLES",
    "TITLE_ABBREVIATIONS",
]

# Verbs of belief, intention, attitude and perception (PolNeAR's and the real set's wider scope):
# cues only after a named or third-person source and before a content (not "I think", "do you know").
_ATTITUDE_WORDS: Final = frozenset(
    """
    think believe fear fears feared want wants wanted plan plans
    hope know knows knew feel felt sees see noticed
    support supports backs backed oppose opposes endorse endorses favor favors favored prefer preferred
    sought decided demanded demands welcomed recognized recognizes
    talked talk spoke speaks
    """.split()
)
# Belief, expectation and perception verbs that attribute only before a clause ("Trump thought the
# deal was a disaster", "analysts expect the bank to cut rates", "witnesses saw that ..."), never
# before a plain object ("saw the film", "heard the case"): the guideline's "thinks", "expects",
# "saw", "heard", "intends to"; "worry that" (PolNeAR dev).
CLAUSE_ATTITUDE_CUES: Final = frozenset(
    "thought expect expects saw heard intends intend worry worries worried".split()
)
ATTITUDE_CUES: Final = _ATTITUDE_WORDS | CLAUSE_ATTITUDE_CUES

# Verbs that attribute a statement to a source ("UN officials say ...", "..., the ministry said").
CUE_VERBS: Final = frozenset(
    """
    say says said told tells claim claims claimed report reports reported stated
    announce announces announced add adds added estimated estimates warn warns warned insist insists insisted
    allege alleges alleged confirmed note notes noted acknowledged acknowledges explained argued argues
    denied denies wrote writes tweeted posted dismissed rejected disputed
    found finds shows showed show suggested suggests cited asked recalled described criticized criticised
    urged urges emphasized stressed declared responded replied condemned blasted believes believed
    admitted admits conceded predicted predicts promised pledged vowed accused revealed testified
    countered charged complained echoed concluded asserted asserts contended maintained thinks
    called calls
    expected continued endorsed declined agreed expressed pointed offered refused defended praised
    questioned argue suggest mentioned mention indicated denounced attacked hopes hoped lambasted slammed
    blamed mocked joked quipped thanked accuses proposes refuses warns touted boasted bragged complained
    vows pledges dubbed labeled characterized hinted supported opposed proposed
    ordered referred assured reiterated acknowledge seeks deemed reminded voiced portrayed describes asks
    decried highlighted railed encouraged pleaded projected remarked shouted lamented disclosed signaled
    indicate portray retweeted explains chanted cites assailed applauded referenced forecast recommended
    cautioned hints declare championed slams bemoaned likened wondered implied praises invoked commented
    indicates mentions concludes considers rebuked derided speculated blasts credited declares responds
    hailed complain boasts contends mused dismisses blames prefers yelled recounted interjected
    considered reveals
    """.split()
) | ATTITUDE_CUES

# Words in a source that make it no source of an attitude cue: a speaker or listener, a question.
NOT_ATTITUDE_SOURCES: Final = frozenset("i you we me us do does did let can could would will".split())

# Cues that may come before their source ("..., said the ministry"): past tenses and "says".
INVERTIBLE_CUES: Final = frozenset(
    "said says added claimed reported stated announced warned insisted noted explained wrote asked".split()
)
# Verbs that attribute only when they close a quotation ('"...," the statement read.', '"Denver," he
# answered.', '"...," read the email'; shapes.closes_quotation): no cues elsewhere ("read the words").
ONLY_CLOSING: Final = frozenset(
    """
    read reads answered answers exclaimed exclaims barked retorted retorts snapped pressed repeated repeats
    mocks
    """.split()
)

# Cues that may come before their source only after a quotation ('"...," tweeted Ann Lee'): the
# source that follows them is a name or a noun phrase up to a comma or the sentence end.
QUOTE_INVERTIBLE_CUES: Final = frozenset(
    """
    tweeted tweets replied responded recalled declared declares writes adds notes explains continued
    concluded
    """.split()
) | ONLY_CLOSING

# Present participles that continue the previous claim of the sentence ("..., claiming they were ...").
PARTICIPLE_CUES: Final = frozenset(
    "saying claiming adding stating noting insisting warning alleging explaining arguing reporting citing "
    "promising accusing suggesting describing calling urging referring pointing criticizing tweeting "
    "questioning announcing denouncing declaring recalling praising predicting touting acknowledging vowing "
    "reminding dismissing blasting mentioning thanking pledging slamming blaming remarking asserting "
    "condemning alluding fearing hoping asking telling expecting refusing defending emphasizing proposing "
    "stressing chanting talking".split()
)

# Participles that report speech whatever their clause ("..., saying ..."), not "adding to", "suggesting"
# (an inference): those whose source the parse may give when the word rules find none (``structure``).
SPEECH_PARTICIPLES: Final = frozenset(
    "saying claiming arguing insisting warning noting pointing telling alleging stating explaining "
    "declaring accusing urging calling describing criticizing criticising denouncing blasting slamming "
    "praising vowing promising predicting blaming".split()
)

# Verbs of action that PolNeAR-style cue lists hold: a statement only before speech ("declined to
# say"), and "refused"/"declined" before an infinitive, issue 15's "declined to" (shapes.reports_speech).
# Verbs that attribute when they close a quotation ('"...," he continued.'), besides their other shapes.
QUOTATION_CLOSERS: Final = ONLY_CLOSING | {"continued"}
ACTION_CUES: Final = (
    frozenset("refused refuses declined offered sought seeks decided agreed continued".split()) | ONLY_CLOSING
)

# Words that may stand between a source and its cue ("officials have also said").
SKIP_BEFORE_CUE: Final = frozenset(
    """
    also later earlier previously reportedly has have had would will repeatedly further separately then
    again recently publicly officially initially once already too almost first together just still even
    now often ever
    did does do not never didn't doesn't don't didn’t doesn’t don’t n't n’t would could may might should must
    """.split()
)

# Before a cue verb, these make it a passive or a noun ("were reported killed", "the claims").
PASSIVE_MARKERS: Final = frozenset("is are was were be been being".split())
DETERMINERS: Final = (
    frozenset("the a an this that these those its their his her our such no any some".split())
)

# Words that end a source noun phrase when read backwards from the cue.
BOUNDARY_WORDS: Final = frozenset(
    """
    while whereas but or that which who whom whose as when because although though if since after
    before where meanwhile however so yet than even until unless whether said say says told
    """.split()
)

# Punctuation that ends a noun phrase or a clause.
PUNCT_BREAK: Final = frozenset([*",;:.!?()[]", "—", "–", '"', "“", "”", "'", "‘", "’", "«", "»"])
QUOTES: Final = frozenset(['"', "“", "”", "'", "‘", "’", "«", "»"])

# Words after a cue that start an adverbial rather than the content ("said on Monday", "said in a statement").
ADVERBIAL_AFTER_CUE: Final = frozenset(
    """
    on in at during late last this earlier later yesterday today tonight via through to from after
    monday tuesday wednesday thursday friday saturday sunday
    """.split()
)

# Words that, after a comma, start a new clause and so end the content of a claim.
CONTENT_CUTS: Final = frozenset("but although though however".split())

# Pronouns that stand for a source named earlier.
PRONOUNS: Final = frozenset("it he she they".split())

# Abbreviated titles whose full stop stays inside a name ("Mr. Obama", "Sen. David Perdue").
TITLE_ABBREVIATIONS: Final = frozenset(
    "mr mrs ms dr sen rep gov gen lt col sgt capt prof st jr sr rev maj adm cmdr pres supt insp det".split()
)

# Relative pronouns that are the source of their clause's cue ("an architect who said ...").
RELATIVE_SOURCES: Final = frozenset({"who", "which"})

# Capitalised words that open a sentence without naming anyone.
LEADING_FUNCTION_WORDS: Final = frozenset(
    """
    the a an in on at as but and or if when while after before although since for with from by of to
    this that these those there some many most more last not no now yet still so such also however
    meanwhile even under until other during then though although once because whether having
    asked here amid
    """.split()
)

# Cue verbs that attribute only with "for" or "on" after them ("called for talks").
NEEDS_PARTICLE: Final = frozenset({"called", "calls"})
# Cue verbs that attribute only with "about" after them ("talked about the economy"): the content follows.
NEEDS_ABOUT: Final = frozenset({"talked", "talk", "spoke", "speaks", "talking"})

# Capitalised words before a colon that name no speaker ("Note: ...", "Update: ...").
COLON_NOT_SOURCE: Final = frozenset(
    "note update photo photos video watch read related source sources editor correction clarification "
    "warning".split()
)

# Cues of belief, intention and expectation, and of perception and findings (a claim's ``kind``).
BELIEF_CUES: Final = frozenset(
    "believes believed believe thinks think thought predicted predicts pledged vowed promised hopes hoped "
    "hope expected expects vows pledges fear fears feared want wants wanted plan plans planned intends "
    "intended know knows knew feel feels felt sought seeks decided expect intend worry worries worried "
    # the belief words of ``that_cues`` ("is confident that", "suspected that")
    "confident convinced certain sure hopeful optimistic adamant skeptical sceptical unconvinced aware "
    "positive insistent suspect suspected realized realizes realised realises understands understood "
    "doubt doubted".split()
)
PERCEPTION_CUES: Final = (
    frozenset("found finds shows showed show revealed sees saw see heard noticed".split())
)

# Cues that are also nouns ("his TV show", "the report"): a cue only after a plausible subject.
NOUN_LIKE_CUES: Final = frozenset(
    "show shows report reports claim claims hopes vows pledges mention mentions hints forecast "
    "fear fears plan plans hope support favor favors demands want backs worry worries".split()
)
# Words after which such a word is a noun: possessives and prepositions.
NOUN_MARKERS: Final = frozenset(
    "his her their its our my your of for about by on in to from with at into over after before despite amid"
    .split()
)

# Prepositions: after one, a cue word is a noun or an adjective ("for continued shipments").
PREPOSITIONS: Final = frozenset("for of with in on at from into about over under".split())
# Finite verbs and modals: a clause, not a noun phrase, holds one.
CLAUSE_VERBS: Final = (
    frozenset("is are was were has have had will would could should can may might must".split())
)

# Nouns that name a speaker, a body or a document ("the president said", "the report found"): the
# noun of a "the NOUN" subject shared by a later cue of its clause ("The agency ..., saying ...").
SOURCE_NOUNS: Final = frozenset(
    """
    president senator governor candidate nominee congressman congresswoman lawmaker minister secretary
    chairman chairwoman chair spokesman spokeswoman spokesperson official officials aide aides adviser
    advisers lawyer lawyers attorney judge court justice mayor leader leaders speaker campaign committee
    agency department ministry government administration company firm group party police prosecutor
    prosecutors report poll survey study statement letter board council commission panel network newspaper
    businessman billionaire mogul frontrunner front-runner democrat republican democrats republicans
    senators governors candidates voters activists critics protesters organizers organisers
    """.split()
)

# Speech cues that may take the subject of the clause's first verb ("Trump hit back, saying ...",
# "Lee met the press and said ..."): a participle or verb after a comma or a conjunction.
SHARED_SUBJECT_CUES: Final = frozenset(
    """
    said says told tells added adds argued warned insisted noted claimed wrote acknowledged explained
    suggested denied urged predicted conceded admitted promised vowed declared stated announced
    asserted stressed tweeted responded replied
    saying telling adding arguing noting insisting warning claiming stating explaining suggesting
    accusing declaring promising vowing urging predicting acknowledging asserting tweeting calling
    """.split()
)
