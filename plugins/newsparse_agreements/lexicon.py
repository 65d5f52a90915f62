"""Words and phrases that name agreements and say who does what to them, as precompiled patterns.

Every pattern is an alternation of literal phrases with at most single-level optional parts, so
matching is linear in the text length (no nested quantifiers over overlapping classes).  The
leading ``(?=[A-Za-z])`` lets the engine skip non-letters before trying the alternation (it halves
the time of the cue patterns).  They are
compiled once at import and applied to the whole text (triggers) or one sentence at a time (cues).

Agreement kinds (the ``kind`` field):

=====================  ==========================================================================
``ceasefire``          cease-fire, ceasefire, cessation of hostilities, humanitarian pause, pause in
                       (the) fighting (and "... agreement/deal")
``truce``              truce, armistice
``peace_agreement``    peace agreement/deal/accord/treaty/settlement/plan
``de_escalation_zone`` de-escalation zone(s)/area(s)
``buffer_zone``        buffer / demilitarised / safe zone(s)
``no_fly_zone``        no-fly zone(s)
``treaty``             treaty, arms-control / non-aggression / border ... treaty
``memorandum``         memorandum (of understanding), MoU
``trade_agreement``    (free) trade agreement/deal/pact/accord/treaty
``climate_accord``     climate agreement/deal/accord/pact/treaty
``nuclear_agreement``  nuclear agreement/deal/accord/pact
``merger``             merger (agreement/deal)
``acquisition``        acquisition / takeover / buyout (deal)
``prisoner_exchange``  prisoner exchange/swap (deal)
``power_sharing``      power-sharing agreement/deal/arrangement
``talks``              (peace / direct / indirect) talks, negotiations -- only a record of its own
                       when no other agreement is named in its sentence (otherwise its venue,
                       parties and third parties go to that agreement)
``agreement``          agreement, deal, accord, pact, protocol -- a generic head: a new record only
                       when named ("the Minsk agreement") or when signed/agreed/brokered...;
                       otherwise, after a determiner, a reference back to the latest record
=====================  ==========================================================================
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ANAPHOR_FAMILY",
    "ATTACK",
    "COMPATIBLE",
    "CONNECTOR",
    "GAP_NOUNS",
    "KINDS",
    "MEET",
    "NAMED",
    "PROVISION",
    "ROLE_ACTIVE",
    "ROLE_AS",
    "ROLE_HYPHEN",
    "ROLE_PASSIVE",
    "STATUS_CUES",
    "STATUS_RANK",
    "STEMS",
    "TRIGGER",
    "VENUE",
    "WORD_STEMS",
    "ZONE_KINDS",
]

KINDS = (
    "ceasefire",
    "truce",
    "peace_agreement",
    "de_escalation_zone",
    "buffer_zone",
    "no_fly_zone",
    "treaty",
    "memorandum",
    "trade_agreement",
    "climate_accord",
    "nuclear_agreement",
    "merger",
    "acquisition",
    "prisoner_exchange",
    "power_sharing",
    "transfer",
    "contract",
    "loan",
    "talks",
    "agreement",
)

ZONE_KINDS = frozenset({"de_escalation_zone", "buffer_zone", "no_fly_zone"})

# Kinds a definite reference ("the truce", "the zone", "the treaty") may point back to.
COMPATIBLE: Mapping[str, frozenset[str]] = MappingProxyType(
    {
        "ceasefire": frozenset({"ceasefire", "truce"}),
        "truce": frozenset({"ceasefire", "truce"}),
        "zone": ZONE_KINDS,
        "treaty": frozenset({"treaty", "peace_agreement", "trade_agreement", "climate_accord"}),
        "talks": frozenset({"talks"}),
        "bid": frozenset({"acquisition", "merger", "transfer"}),
    }
)

# Heads that only refer back (never start a record by themselves): family name -> kinds.
# "the bid", "the offer" (no complement of its own) is the company deal or transfer bid for before.
ANAPHOR_FAMILY: Mapping[str, str] = MappingProxyType(
    {"zone": "zone", "zones": "zone", "bid": "bid", "offer": "bid"}
)

# A noun after the kind word changes the status: a "ceasefire plan" is proposed,
# "ceasefire talks" are being negotiated.
_HEADS = r"agreements?|deals?|accords?|pacts?|arrangements?|memorand(?:um|a)|treat(?:y|ies)|settlements?"
_PLANS = r"plans?|proposals?|offers?|bids?|drafts?"
_TALKS = r"talks|negotiations"
_SUFFIX = rf"(?:\s+(?:(?:{_HEADS})|(?P<plan>{_PLANS})|(?P<neg>{_TALKS})))?"
_SUFFIX2 = rf"(?:\s+(?:(?:{_HEADS})|(?P<plan2>{_PLANS})|(?P<neg2>{_TALKS})))?"

TRIGGER = re.compile(
    rf"""
    (?=[A-Za-z])\b(?:
      (?P<de_escalation_zone>de-?\s?escalation\s+(?:zones?|areas?))
    | (?P<no_fly_zone>no-fly\s+zones?)
    | (?P<buffer_zone>(?:buffer|demilitari[sz]ed|safe)\s+zones?)
    | (?P<ceasefire>(?:cease-?\s?fires?|cessation\s+of\s+hostilities|humanitarian\s+pauses?
                    |pauses?\s+in\s+(?:the\s+)?(?:fighting|hostilities))
                    {_SUFFIX})
    | (?P<truce>(?:truces?|armistices?){_SUFFIX2})
    | (?P<peace_agreement>peace\s+(?:{_HEADS}|(?P<pplan>{_PLANS}))|political\s+settlements?)
    | (?P<power_sharing>power-?\s?sharing\s+(?:{_HEADS}))
    | (?P<trade_agreement>(?:free[- \t])?trade\s+(?:{_HEADS}|(?P<tneg>{_TALKS})))
    | (?P<climate_accord>(?:climate|emissions)\s+(?:{_HEADS}|(?P<cneg>{_TALKS}))
                       |Paris\s+(?:climate\s+)?(?:agreement|accord)|Kyoto\s+Protocol)
    | (?P<nuclear_agreement>nuclear\s+(?:{_HEADS}|(?P<nneg>{_TALKS})))
    | (?P<prisoner_exchange>(?:prisoner|hostage)s?\s+
                          (?:(?:exchange|swap|release)s?(?:\s+(?:{_HEADS}))?|{_HEADS}))
    | (?P<memorandum>memorand(?:ums?|a)(?:\s+of\s+understanding)?|MoUs?)
    | (?P<merger>mergers?(?:\s+(?:{_HEADS}|(?P<mplan>{_PLANS})|(?P<mneg>{_TALKS})))?)
    | (?P<acquisition>(?:acquisition|takeover|buyout)s?(?:\s+(?:{_HEADS}|(?P<aplan>{_PLANS})))?
                    |(?:sale|purchase)(?=\s+of\s+(?:the\s+|its\s+|a\s+)?(?-i:[A-Z0-9]))
                      (?!\s+of\s+[\d,.]+\s+(?:(?:mln|million|m)\s+)?(?:tonnes|tons|barrels|bushels|ounces|bales)\b)
                    |(?:(?:cash|share|all-cash|all-share|hostile|rival|formal)\s+)?(?P<aplan2>bid|offer)
                      (?=\s+(?:for|of\s+[£$€]|from\s+(?-i:[A-Z])|by\s+(?:rival\s+)?(?-i:[A-Z])
                              |to\s+(?:buy|acquire|take\s+over(?!\s+as)|purchase|snap\s+up|merge|sign|lure)\b))
                    |(?:(?<=\d[mbkp]\s)|(?<=\d[bm]n\s)|(?<=\d[bm]ln\s))(?P<aplan4>bid|offer)(?!\s+to\s+(?!buy|acquire|take|purchase|snap|merge|sign|lure))
                    |(?:cash|all-cash|hostile|rival)\s+(?P<aplan3>bid|offer))
    | (?P<transfer>(?<=on\s)loan|(?<='s\s)loan(?=\s+(?:from|to|at|with)\b)|transfer\s+(?:{_HEADS}|fee))
    | (?P<contract>(?:sponsorship|kit|supply|broadcasting|licen[cs]ing)\s+(?:{_HEADS}|contracts?)
                 |joint[- \t]ventures?(?:\s+(?:{_HEADS}|contracts?))?|contracts?)
    | (?P<loan>(?:loan|credit)\s+(?:{_HEADS}|facility|programme|program)|loans?)
    | (?P<treaty>(?:(?:arms[- \t]control|non-aggression|defen[cs]e|border|extradition|friendship|
                     nonproliferation|non-proliferation)\s+)?treat(?:y|ies))
    | (?P<talks>(?:(?:peace|direct|indirect|proximity|fresh|new)\s+)?(?:talks|negotiations)
                |peace\s+process)
    | (?P<agreement>agreements?|deals?|accords?|pacts?|protocols?|declarations?
                   |joint\s+(?:statements?|communiqu[eé]s?))
    | (?P<anaphor>zones?|(?:bid|offer)(?![-\w]|\s+(?:of|to|for|from|by|on|in)\b))
    )\b
    """,
    re.VERBOSE | re.IGNORECASE,
)

# Every trigger contains one of these (lower-case substrings): cheap ``str.find`` look-ups for them
# pick the few stretches of text where the full trigger pattern is run.  "trade" and "sharing" are
# not among them: every "trade ..." or "power-sharing ..." mention ends in a head that is one.
STEMS = (
    "escalation", "zone", "fire", "hostilities", "pause", "truce", "armistice", "peace",
    "prisoner", "hostage", "memorand", "arrangement", "settlement",
    "mou", "merger", "acquisition", "takeover", "buyout", "treat", "talks", "negotiation",
    "agreement", "deal", "accord", "pact", "protocol", "declaration", "joint", "sale", "purchase",
    "bid", "offer", "loan", "contract", "transfer", "sponsorship",
)  # fmt: skip

# The stems that open a word in every mention holding them: one found after a letter ("amount",
# "wholesale", "impact") opens no mention and is skipped.
WORD_STEMS = frozenset(STEMS) - {"escalation", "fire", "zone", "treat"}

# Famous agreements named by a proper modifier: name word -> kind.
NAMED: Mapping[str, str] = MappingProxyType(
    {
        "paris": "climate_accord",
        "kyoto": "climate_accord",
        "minsk": "ceasefire",
        "oslo": "peace_agreement",
        "dayton": "peace_agreement",
        "camp david": "peace_agreement",
        "good friday": "peace_agreement",
        "abraham": "peace_agreement",
        "jcpoa": "nuclear_agreement",
        "general": "trade_agreement",  # the General Agreement on Tariffs and Trade (GATT)
    }
)

# Words between a determiner and a generic head ("the landmark 2015 deal").
PREMODIFIERS = frozenset(
    """
    landmark historic new final interim tentative preliminary provisional comprehensive framework
    bilateral trilateral multilateral draft proposed fragile broader broad separate formal informal
    binding nonbinding non-binding initial earlier previous original latest current existing
    so-called two-year one-year five-year ten-year 10-year long-term short-term year-long
    hard-won shaky landmark major key failed collapsed signed last remaining only latest
    separate several parallel similar two three
    """.split()
)

DETERMINERS = frozenset("a an the this that these those its their his her our whose any such same".split())
DEFINITE = frozenset("the this that these those its their his her our whose such same".split())

# Nouns that may follow an entity mention inside a list ("Russian jets and Assad forces").
GAP_NOUNS = (
    r"forces|troops|jets|army|armies|militia|militias|regime|government|governments|officials|"
    r"leaders|mediators|negotiators|delegations?|representatives|authorities|sides?|ministry|"
    r"military|rebels|fighters|group|groups|administration|state|states|envoys?|diplomats|president"
)

# What may stand between two entity mentions of one list: "Turkey, Russia and Iran".
CONNECTOR = re.compile(
    rf"(?:['’]s)?\s*(?:(?:{GAP_NOUNS})\s*)?(?:-\s+and|,\s*and|,|and|&|as\s+well\s+as|along\s+with|"
    rf"together\s+with|plus|-|–|/)\s*(?:(?:the|both)\s+)?",
    re.IGNORECASE,
)

# Third parties in the passive: "brokered by Egypt", "endorsed by Turkey, Russia and Iran", "signed at
# the White House on Tuesday by Israel" (a few words may stand before "by": ``gap``, checked by the reader).
ROLE_PASSIVE = re.compile(
    r"""(?=[A-Za-z])\b(?:
      (?P<mediators>brokered|mediated|facilitated|negotiated|hosted|arranged|drafted)
    | (?P<guarantors>guaranteed|underwritten|secured)
    | (?P<endorsers>endorsed|backed|sponsored|supported|approved|co-sponsored|welcomed|blessed)
    | (?P<observers>monitored|observed|overseen|supervised|verified|witnessed|patrolled|policed)
    | (?P<parties>signed|agreed|concluded|reached|struck|inked|sealed|accepted|ratified|formali[sz]ed)
    )(?P<gap>\s+(?:(?:at|in|on|during|last|earlier|jointly|largely|mainly|formally|officially)\b
                   [^,.;:()"“”\n]{0,50}?\s)?)by\b
    | \b(?:under\s+the\s+(?:auspices|mediation)\s+of|with\s+(?:the\s+)?help\s+(?:of|from)
      |with\s+(?:the\s+)?mediation\s+of|through\s+the\s+mediation\s+of|mediation\s+(?:by|of|from)
      |(?:efforts|talks|negotiations)\s+(?:led|hosted)\s+by)\b(?P<mediators2>)
    | \b(?:guarantee\s+of|guaranteed\s+jointly\s+by)\b(?P<guarantors2>)
    """,
    re.VERBOSE | re.IGNORECASE,
)

# "a Russian-brokered ceasefire", "a U.S.-backed truce": the mention ends at the hyphen.
ROLE_HYPHEN = re.compile(
    r"-(?:(?P<mediators>brokered|mediated|negotiated|led|hosted)|(?P<guarantors>guaranteed)|"
    r"(?P<endorsers>backed|sponsored|endorsed|supported)|(?P<observers>monitored|supervised))\b",
    re.IGNORECASE,
)

# "Norway and Cuba acted as guarantors", "with the United States acting as mediator".
ROLE_AS = re.compile(
    r"""(?=[A-Za-z])\b(?:(?:acting|acted|acts|act|serving|served|serves|serve)\s+)?as\s+
    (?:a\s+|an\s+|the\s+|its\s+)?
    (?:(?P<mediators>mediators?|brokers?|facilitators?|hosts?)|(?P<guarantors>guarantors?)
    |(?P<observers>observers?|monitors?|witness(?:es)?)|(?P<endorsers>sponsors?))\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Third parties as subjects: "Egypt brokered a truce between Israel and Hamas".
ROLE_ACTIVE = re.compile(
    r"""(?=[A-Za-z])\b(?:
      (?P<mediators>brokered|mediated|facilitated|helped\s+(?:to\s+)?broker|hosted)
    | (?P<guarantors>guaranteed|guarantee|guarantees|will\s+guarantee)
    | (?P<endorsers>endorsed|backed|welcomed)
    | (?P<observers>monitored|monitors|(?:will|to)\s+(?:jointly\s+)?monitor|observed|oversaw|oversees
      |(?:will|to)\s+oversee)
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Status cues: (status, verb class).  The verb class says whether the subject before the cue is a
# party ("sign"), whether the cue dates the agreement ("sign", "effect"), or names a violator.
STATUS_CUES = re.compile(
    r"""(?=[A-Za-z])\b(?:
      (?P<rejected>(?:refused|refuses|refuse|refusing|declined|declines|decline|refusal|unwillingness
                    |reluctance|unwilling|reluctant)\s+to\s+
                   (?:sign(?:\s+up\s+to)?|accept|join|endorse|ratify|agree\s+to|back|honou?r|extend|renew|implement
                   |respect|abide\s+by)
                 |(?:did|does|do|would|will|could)\s+not\s+(?:sign|accept|agree\s+to|ratify|extend|renew)
                 |(?:didn't|won't|wouldn't|doesn't|don't|refused|never)\s+
                    (?:sign|accept|agree|ratify|signed)
                 |reject(?:ed|s|ing)?|turned\s+down|voted\s+(?:down|against)|spurned|rebuffed
                 |block(?:ed|s)|vetoed|vetoes|struck\s+down)
    | (?P<proposed>(?:(?:is|are|was|were)\s+)?(?:scheduled|expected|due|set|likely|going|yet)\s+
                    to\s+be\s+
                    (?:signed|ratified|approved|concluded|finali[sz]ed|reached|struck|agreed|sealed)
                 |to\s+be\s+(?:signed|ratified|approved|concluded|finali[sz]ed|reached|struck|agreed|sealed)
                 |(?:will|would|could|may|might|must|should|shall)\s+(?:still\s+|now\s+)?be\s+
                    (?:signed|ratified|approved|concluded|finali[sz]ed|reached|struck|agreed|sealed)
                 |(?:would|could|might|may|will|shall|plans?\s+to|planning\s+to|expected\s+to|
                     expects?\s+to|expecting\s+to|set\s+to|due\s+to|ready\s+to|willing\s+to|prepared\s+to|hopes?\s+to|
                     hoping\s+to|aims?\s+to|intends?\s+to|wants?\s+to|agreed\s+to|
                     promis(?:e|es|ed|ing)\s+to|pledg(?:e|es|ed|ing)\s+to|vow(?:s|ed|ing)?\s+to|
                     is\s+to|are\s+to|likely\s+to)\s+(?:soon\s+|formally\s+|finally\s+)?
                    (?:sign|agree\s+(?:to|on)|accept|reach|conclude|seal|ink|strike|forge|join|set\s+up
                    |establish|create|get|be\s+offered|be\s+handed)
                 |proposed|proposing|proposes|propose|proposal\s+(?:for|of)|proposal
                 |(?:called|calls|calling|call)\s+for|urged|urging|urges|pushed\s+for|pushing\s+for
                 |vot(?:e|es|ed|ing)\s+on|(?:seek|seeks|seeking|sought)(?!\s+to\b)|offered|offering|offer\s+of|demanded|demanding|floated|tabled|put\s+forward|draft
                 |(?:considering|consider|considers|mulling|weighing|discussing|debating)\s+
                    (?:extending|renewing|signing|joining|scrapping|leaving|quitting|abandoning))
    | (?P<negotiating>failed\s+to\s+(?:reach|agree|conclude|seal|sign|strike|clinch|finali[sz]e)
                 |(?:failed|failure)\s+(?:of\s+(?:[\w-]+\s+){1,5}?)?to\s+come\s+to
                 |(?:attempts?|efforts?|bid|trying|tries|tried|try|seeking|seeks|sought|seek)\s+to\s+
                    (?:reach|agree\s+(?:on|to)|conclude|seal|strike|clinch|finali[sz]e|negotiate|hammer\s+out)
                 |(?:has|have|had)\s+yet\s+to\s+(?:sign|agree|reach|conclude|finali[sz]e)
                 |(?:talks|negotiations|negotiating|negotiate|negotiated|discussions|consultations)
                    \s+(?:on|over|for|about|toward|towards|of)
                 |negotiating|(?:close|closer)\s+(?:to\s+)?(?:a|an|the)\b|(?:close|closer)\s+to\b
                 |(?:nearing|near)\s+(?:to\s+)?(?:a|an|the)?
                 |(?:working|work|works|worked)\s+(?:on|toward|towards)|discuss(?:ed|ing|es)?
                 |hammering\s+out|stalled|debating|debate[sd]?|reviewing|mulling|weighing)
    | (?P<extended>extend(?:ed|s|ing)?|extension\s+of|renew(?:ed|s|ing)?|renewal\s+of
                 |prolong(?:ed|s|ing)?)
    | (?P<collapsed>collaps(?:ed|es|e|ing)|broke\s+down|fell\s+through|falls?\s+through|falling\s+through
                 |(?:came|comes|come)\s+to\s+nothing|lost(?!\s+out)|loses|losing|breaks?\s+down|breaking\s+down
                 |fell\s+apart|(?:called|calls|call|calling)\s+off|(?:broke|breaks|break|broken)\s+off
                 |falls?\s+apart|crumbled|unravel+(?:ed|s)?|scrapped|scraps?|abandon(?:ed|s|ing)?
                 |withdr(?:ew|awn|aws?)\s+from|withdrawal\s+from|pull(?:ed|s|ing)?\s+out\s+of
                 |walked\s+away\s+from|terminat(?:ed|es|e)|expired|lapsed|tore\s+up|torn\s+up
                 |ripped\s+up|inoperative|null\s+and\s+void|defunct|collapse\s+of|(?:end|ending|breakdown)\s+of|ended\s+without|end\s+without
                 |ended(?=\s*[.,;]|\s+(?:in|on|at|last|after|when|with|early|late|abruptly|yesterday
                                            |today)\b)
                 |(?:leave|leaving|left|quit|quits|quitting|exit|exiting|exited)\s+the)
    | (?P<suspended>suspend(?:ed|s|ing)?|suspension\s+of|froze|frozen|freez(?:e|es|ing)
                 |(?:stop|stops|stopped|stopping|halt|halts|halted|halting)\s+(?:complying|compliance|implementing)
                 |put\s+on\s+hold|paused)
    | (?P<violated>(?:failure|fail(?:ed|s|ing)?)\s+to\s+(?:honou?r|comply\s+with|abide\s+by|respect|implement
                   |live\s+up\s+to|adhere\s+to)
                 |(?:did|does|do|has|have|had)\s+not\s+held|(?:did|does|do)\s+not\s+hold
                 |(?:didn't|doesn't|don't|hasn't|haven't)\s+(?:hold|held)|failed\s+to\s+hold
                 |violat(?:e|es|ed|ing|ion|ions)|breach(?:es|ed|ing)?|broke|broken|breaking
                 |flout(?:ed|ing|s)?|contraven(?:e|ed|es|ing|tion)|in\s+defiance\s+of|defied|defying)
    | (?P<future_effect>(?:will|would|is\s+to|are\s+to|due\s+to|set\s+to|expected\s+to)\s+
                   (?:take\s+effect|come\s+into\s+force|enter\s+into\s+force
                   |go\s+into\s+effect
                   |begin|start|complete|be\s+completed))
    | (?P<in_force>took\s+effect|takes?\s+effect|went\s+into\s+effect|goes\s+into\s+effect
                 |took\s+hold|takes?\s+hold|taking\s+hold|completed|completes|completing
                 |rejoin(?:ed|s|ing)?
                 |complied\s+with|complying\s+with|complies\s+with|in\s+compliance\s+with
                 |(?:met|meets|meeting|fulfilled|fulfils|fulfills|honou?red)\s+(?:its|their|all)\s+
                    (?:commitments|obligations)\s+(?:under|in)
                 |came\s+into\s+force|comes\s+into\s+force|entered\s+into\s+force
                 |(?:entered|enters|entering|went|goes)\s+into\s+(?:effect|force)
                 |enters\s+into\s+force|in\s+force|in\s+effect|came\s+into\s+effect
                 |(?:has|have|had)\s+(?:largely\s+|broadly\s+|mostly\s+)?held
                 |(?:is|was|were|are|been|be)\s+(?:largely\s+|broadly\s+|mostly\s+|still\s+)?holding
                 |implemented|declared|established|set\s+up|began|begun
                 |(?:held|holds|holding)(?!\s+(?:in|at|on|by|up|back|off|out|talks|a|an|the|its|their)\b))
    | (?P<signed>(?:been|was|were|is|are|be|being)\s+(?:given|handed|awarded)
                 |vot(?:ed|es|e|ing)\s+(?:\w+\s+)?to\s+(?:ratify|approve|accept|adopt|endorse)
                 |(?:after|despite|since)\s+striking|signed|signing|initial+(?:ed|ing)|signs(?!\s+of)|sign(?!\s+of)|inked|sealed|struck|reached|concluded
                 |clinched|finali[sz]ed|formali[sz]ed
                 |agreed\s+(?:to|on|upon)|agreed|agree\s+(?:to|on)|agreeing\s+(?:to|on)|announced
                 |adopted|brokered|mediated|joined|joins
                 |ratified|approved|accepted|accepts|accepting|entered\s+into|hammered\s+out
                 |forged|secured|unveiled
                 |(?:won|wins|winning|took|take|takes|taking|taken)(?=\s+(?:a|an|the|its|their)\s+(?:(?!(?:after|before|with|since|when|as|for|in|on|at|to|by|of)\b)[\w$£€.,-]+\s+){0,4}?
                    (?:contracts?|deals?)\b))
    )\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Cues whose subject is bound by the agreement (only these make the preceding names parties).
PARTY_SUBJECT_CUES = frozenset(
    """
    signed signing signs sign inked sealed struck reached concluded clinched finalized finalised
    formalised formalized
    agreed agree accepted accepts accept ratified ratify forged completed reach conclude seal ink strike
    join establish create set withdrew withdrawn withdraws withdraw withdrawal pulled pull pulls
    leave leaving left quit quits quitting exit exiting exited walked talks negotiations negotiating
    work works working suspended suspends suspend froze freezes abandoned abandons abandon scrapped
    scraps scrap terminated tore ripped extended extends extend renewed renews renew prolonged
    close closer nearing near considering consider considers mulling weighing debating discussing
    complied complying complies met meets fulfilled fulfils fulfills honored honoured stop stopped
    off voted votes vote voting initialled initialed initialling initialing
    completed completes completing rejoined rejoins rejoin rejoining joined joins
    failure won wins winning entered
    """.split()
)

# Cues that tell when the agreement was made (a date in the same clause is its date).
DATED_STATUSES = frozenset({"signed", "in_force", "future_effect"})

# The later a state in an agreement's life, the higher: the record keeps the latest reported.
STATUS_RANK: Mapping[str, int] = MappingProxyType(
    {
        "proposed": 1,
        "negotiating": 2,
        "rejected": 3,
        "signed": 4,
        "in_force": 5,
        "extended": 6,
        "violated": 7,
        "suspended": 8,
        "collapsed": 9,
    }
)

# Where it was agreed: "talks held in Astana", "signed in Doha", "a summit in Sochi".
VENUE = re.compile(
    r"""(?=[A-Za-z])\b(?:held|signed|agreed|reached|brokered|negotiated|struck|sealed|inked|concluded|hammered\s+out
        |talks|negotiations|summit|meeting|conference|ceremony|round|meetings|summits|convened|gathered
        |met|resumed|opened|reopened|continued|began|started|ended|convene|resume)\s+
        (?:(?:on\s+\w+|last\s+\w+|earlier|later|today|yesterday)\s+)?(?:in|at)\s""",
    re.VERBOSE | re.IGNORECASE,
)

# Verbs and nouns of attack: an attack inside a zone violates it.
ATTACK = re.compile(
    r"""(?=[A-Za-z])\b(?:air\s?strikes?|strikes|shelling|shelled|bombardments?|bombarded|bombing|bombings|bombed
        |attacks?|attacked|offensives?|assaults?|targeted|pounded|raids?|raided)\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Who meets for talks: "Negotiators from Russia and Ukraine met in Istanbul for peace talks".
MEET = re.compile(
    r"(?=[A-Za-z])\b(?:met|meet|meets|meeting|held|hold|holds|holding|opened|open|resumed|resume|began|begin)\b",
    re.IGNORECASE,
)

# What an agreement requires or prohibits.
PROVISION = re.compile(
    r"""(?=[A-Za-z])\b(?:prohibit(?:s|ed)?|forbid(?:s|den)?|bans?|banned|bars|barred|requires?|required|obliges?
        |obliged|obligates?|commits?|committed|stipulates?|stipulated|calls\s+for|provides\s+for
        |allows?|allowed|envisages?|foresees|mandates?|limits|caps|restricts|grants|sets\s+out|lays\s+out
        |under\s+(?:the|this|that|a|an|its)\s+(?:[\w-]+\s+)?(?:deal|agreement
        |accord|pact|truce|ceasefire|cease-fire|treaty|plan|arrangement|memorandum|terms))\b""",
    re.VERBOSE | re.IGNORECASE,
)

# Where a clause begins inside a sentence (a provision is one clause).
CLAUSE_BREAK = re.compile(
    r"[—–;:()]|,\s+|\b(?:in\s+which|under\s+which|by\s+which|which|that|whereby|where)\b",
    re.IGNORECASE,
)
