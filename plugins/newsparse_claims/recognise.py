"""Find attributed statements: the cue, the source before or after it, and the content it reports.

Rules work on the shared token columns (no Token tuple), one sentence at a time, in time linear in
the sentence length:
  * ``SOURCE [adverbs] CUE [that] CONTENT`` ("UN officials say hundreds ... have been killed");
  * ``CONTENT, SOURCE CUE`` and ``CONTENT, CUE SOURCE`` ("..., the ministry said.");
  * ``according to SOURCE, CONTENT`` and ``CONTENT, according to SOURCE``;
  * ``NAME, APPOSITION, CUE CONTENT`` ("Viktor Vodolatsky, a deputy of ..., said ...");
  * ``..., claiming/saying CONTENT``: a participle continues the sentence's previous claim.
A pronoun source ("It said ...") stands for the most recent source named before it.

Speed: the tokens' lower-cased texts are computed once per document (``low``, parallel to the
tokens) and every rule reads words from it; the tokens that may start a cue are found from them
once, so a sentence without one is never read token by token, and none after the last is read.
Searches that would walk a sentence word by word in Python (the end of a content, the words after
a cue) use the C-level ``in``/``index`` of lists instead.
"""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Sequence
from typing import Final

from newsparse.text import TokenColumns
from newsparse_claims.absolutes import with_subject
from newsparse_claims.agents import AGENT_CUES, by_agent, passive_content
from newsparse_claims.colons import colon_source
from newsparse_claims.content_cuts import JOINS as _JOINS
from newsparse_claims.content_cuts import next_cut as _next_cut
from newsparse_claims.found import Found
from newsparse_claims.governed import GOVERNED_TRIGGERS, governing_start, rare_cue_fits, yields_to_governed
from newsparse_claims.intents import INTENT_WORDS, commits, intends
from newsparse_claims.lexicon import (
    ADVERBIAL_AFTER_CUE,
    ATTITUDE_CUES,
    CLAUSE_ATTITUDE_CUES,
    CUE_VERBS,
    DETERMINERS,
    INVERTIBLE_CUES,
    NEEDS_ABOUT,
    NEEDS_PARTICLE,
    NOUN_LIKE_CUES,
    NOUN_MARKERS,
    PARTICIPLE_CUES,
    PASSIVE_MARKERS,
    PREPOSITIONS,
    PUNCT_BREAK,
    QUOTATION_CLOSERS,
    QUOTE_INVERTIBLE_CUES,
    QUOTES,
    RELATIVE_SOURCES,
    SPEECH_PARTICIPLES,
)
from newsparse_claims.noun_cues import THAT_NOUNS, noun_cue_source
from newsparse_claims.openings import OUT_PARTICLE_CUES, TELL, Names, after_recipient, content_start_after
from newsparse_claims.passives import PASSIVE_PAIRS, PASSIVE_REPORTING, passive_at, without_inner_passives
from newsparse_claims.phrases import (
    apposition_head,
    chars,
    clause_start,
    comma_before,
    leading_name,
    quoted_apposition,
    relative_subject,
    skip_back,
    skip_back_to_name,
    source_after,
    source_before,
    trim,
    with_apposition,
)
from newsparse_claims.polls import POLL_WORDS, poll_phrase_start
from newsparse_claims.quoted_as import quoted_saying, quoting_content
from newsparse_claims.senses import OTHER_SENSE_WORDS, adverbs_only, other_sense
from newsparse_claims.sentence_ranges import cue_sentences
from newsparse_claims.shapes import (
    ACTION_CUES,
    after_quotation,
    after_semicolon,
    attitude_fits,
    calls_for_or_names,
    describes_antecedent,
    is_aside,
    opens_sentence,
    parenthetical,
    reports_speech,
    resumes,
    set_phrase,
)
from newsparse_claims.stances import stance_end
from newsparse_claims.statements import (
    ISSUED_NOUNS,
    issued_statement,
    statement_content_start,
    statement_fits,
)
from newsparse_claims.subjects import name_before_relative, shared_subject, subject_before, subject_parsed
from newsparse_claims.tails import is_past_verb, is_short_tail
from newsparse_claims.that_cues import SUBORDINATE, THAT_CUES, that_cue_start

__all__ = ["Found", "find_claims"]

MAX_ACCORDING: Final = 14  # tokens in an "according to" source
# tokens of an adverbial closing an inverted claim ("..., he said on the eve of ...")
MAX_ADVERBIAL: Final = 14
MAX_SENTENCE_TOKENS: Final = 300  # longer sentences are read in windows of this many tokens

# A cue verb counts only in lower case ("Said" opens a title or a name); these in any letter case.
_ANY_CASE_CUES: Final = frozenset({*PARTICIPLE_CUES, "according"})

# In every rule below, ``low[k]`` is ``cols.texts[k].lower()``; punctuation has no case, so
# ``low[k] in PUNCT_BREAK`` is ``cols.texts[k] in PUNCT_BREAK``.


def _noun_before(low: list[str], lo: int, j: int) -> bool:
    """Whether the word before index ``j`` makes the next word a noun (a possessive or a preposition)."""
    if j <= lo:
        return True
    before = low[j - 1]
    return (
        before in NOUN_MARKERS
        or before in _PARTICLES  # "played down reports", "shrugged off claims"
        or before.endswith(("'s", "’s"))
        or before in {"'s", "’s"}
    )


_PARTICLES: Final = frozenset({"down", "off", "up", "aside"})


def _cue_verb_subject_end(cols: TokenColumns, low: list[str], lo: int, i: int) -> int | None:
    """Whether token ``i`` is an attribution verb (not a passive "were reported", not a noun "the claims").

    For one, where its subject ends (before its adverbs and auxiliaries); else None.

    The end is :func:`skip_back_to_name` of ``i``, kept so that the rules after need not redo it.
    """
    written = cols.texts[i]
    if written in GOVERNED_TRIGGERS and i > lo and (low[i - 1] == "to" or written in _PHRASE_ENDS):
        return _governed_subject_end(cols, low, lo, i, governing_start(low, lo, i))  # "went on to say"
    if written in THAT_CUES:
        return _governed_subject_end(cols, low, lo, i, that_cue_start(low, lo, i))  # "is confident that"
    if not (written.islower() and written in _CUE_VERBS) and not _headline_cue(cols, low, lo, i):
        return None
    word = low[i]
    after = low[i + 1] if i + 1 < len(low) else None  # the word after the cue, if any
    if after == "by":
        return None  # "an agreement endorsed by Ankara": a passive participle
    if (word != "said" and _not_a_cue(cols, low, lo, i, after)) or set_phrase(low, i):  # "said": only set
        return None
    if i > lo and (low[i - 1] in PREPOSITIONS or _is_possessive(low, i - 1)):
        return None  # "for continued shipments", "Japan's alleged refusal": an adjective
    j = skip_back_to_name(cols, low, lo, i)
    if j > lo:
        before = low[j - 1]
        if before in PASSIVE_MARKERS or before == "to":
            return None
        if j < i and (before in PREPOSITIONS or _is_possessive(low, j - 1)) and adverbs_only(low, j, i):
            return None  # "Hughes's previously announced plan": an adjective after its adverb
        if before in DETERMINERS and not (before in _QUANTIFIERS and word not in NOUN_LIKE_CUES):
            return None  # "the claims"; but "some say", "many believe": a quantifier as the subject
    return j


_PHRASE_ENDS: Final = frozenset({"clear", "plain", "case"})
_CLOSERS: Final = QUOTATION_CLOSERS - CUE_VERBS  # '"...," the statement read.': a cue only there
_CUE_VERBS: Final = CUE_VERBS | _CLOSERS  # the last words of "made it clear", "made the case"


def _governed_subject_end(
    cols: TokenColumns, low: list[str], lo: int, i: int, k: int | None
) -> int | None:
    """Where the subject of a cue ending at ``i`` and starting at ``k`` ends: before ``k``'s auxiliaries.

    "Lee went on to say ..." (``k`` from :func:`governed.governing_start`), "Lee is confident that"
    (:func:`that_cues.that_cue_start`); none without ``k``, or after "to", a passive "be" or a
    determiner.
    """
    if k is None:
        return None
    j = skip_back_to_name(cols, low, lo, k)
    if j > lo and (low[j - 1] in PASSIVE_MARKERS or low[j - 1] == "to" or low[j - 1] in DETERMINERS):
        return None
    return j


def _not_a_cue(cols: TokenColumns, low: list[str], lo: int, i: int, after: str | None) -> bool:
    """Whether the cue word at ``i`` is no cue by its own spelling and the word after it."""
    word = low[i]
    if word == "added" and after is not None and after[:1].isdigit():
        return True  # "Unilever added 8p": a share price, not a statement
    if after is not None and after in _NOT_AFTER_CUE.get(word, ()):
        return True  # "found itself", "pledged delegates": no attribution
    if word in OTHER_SENSE_WORDS and other_sense(cols.texts, low, lo, i):
        return True  # "showed up", "think tank", "his TV show": another sense
    if word.endswith("s") and i > lo and is_past_verb(cols.texts[i - 1]):
        return True  # "has prompted calls for", "dismissed claims that": a plural noun after a verb
    if word == "asked" and low[i + 1 : i + 4] == ["not", "to", "be"]:
        return True  # "a source who asked not to be named": anonymity, not a statement
    if word in NEEDS_ABOUT and after != "about":
        return True  # "spoke to reporters", "talk to him": no content
    if word in NEEDS_PARTICLE and not calls_for_or_names(cols, low, lo, i):
        return True  # "called for", "called on", "called him a liar"; never "a group, called X"
    return word in NOUN_LIKE_CUES and _is_noun(low, lo, i)  # "his TV show", "claims of fraud"


def _claimed(cues: list[_Cue]) -> bool:
    """Whether a cue that gives a claim stands among ``cues`` (not only the verbs of action that cut)."""
    return bool(cues) and (cues[0][0] != "cut" or any(cue[0] != "cut" for cue in cues))


def _headline_cue(cols: TokenColumns, low: list[str], lo: int, i: int) -> bool:
    """Whether a capitalised cue in "-s" stands in a headline in title case ("Trump Says He Will Win")."""
    word = low[i]
    if i == lo or word not in CUE_VERBS or not word.endswith("s") or not cols.texts[i].istitle():
        return False
    words = []
    for written in itertools.islice(cols.texts, lo, i + MAX_HEADLINE_WORDS):
        if written in {".", "!", "?"}:
            break  # the headline's end
        if written.isalpha():
            words.append(written)
    capitalised = sum(1 for w in words if w[0].isupper())
    return len(words) >= 4 and capitalised * 4 >= len(words) * 3 and cols.texts[i - 1][:1].isupper()


MAX_HEADLINE_WORDS: Final = 16  # words after a headline cue read to tell a title-case headline


def _is_noun(low: list[str], lo: int, i: int) -> bool:
    """Whether the cue word at ``i`` that may be a noun is one ("claims of fraud", "Press reports said")."""
    if _noun_before(low, lo, skip_back(low, lo, i)):
        return True
    after = low[i + 1] if i + 1 < len(low) else ""
    if after in _AFTER_NOUN or after in CUE_VERBS:
        return True  # "80,000 claims have been settled", "the report for pork bellies"
    return i > lo and low[i - 1].endswith("ing") and low[i - 1] not in _ING_NOT_VERB


# Words after a cue verb that make it no cue ("found itself at the centre", "270 pledged delegates").
_NOT_AFTER_CUE: Final = {
    "found": frozenset("itself themselves himself herself myself ourselves yourself".split()),
    "pledged": frozenset({"delegates", "delegate"}),
    "preferred": frozenset({"shares", "share", "stock", "stocks", "stockholders", "dividend", "dividends"}),
    **dict.fromkeys(("add", "adds", "added"), frozenset({"up"})),  # "the savings don't add up"
    # "Bomb blasts in the capital killed ...": the noun, not "X blasts Y" (criticises)
    "blasts": frozenset(
        "in at on near rocked hit killed struck ripped shook tore wounded injured and".split()
    ),
}
_QUANTIFIERS: Final = frozenset({"some", "many", "most", "few", "several", "others", "both", "all"})
_AFTER_NOUN: Final = frozenset(
    "have has had were was is are will would could for of about from against when which overseas".split()
)
_ING_NOT_VERB: Final = frozenset({"something", "nothing", "anything", "everything", "king", "thing"})
_CONTRACTED: Final = frozenset({"he", "she", "it", "that", "there", "who", "what", "where", "here", "let"})


def _is_possessive(low: list[str], k: int) -> bool:
    """Whether token ``k`` is a possessive ("Japan's", or "'s" after a noun), not "he's" (he has)."""
    word = low[k]
    if word in {"'s", "’s"}:
        return k > 0 and low[k - 1] not in _CONTRACTED
    return word.endswith(("'s", "’s")) and word[:-2] not in _CONTRACTED


# Words before a participle that continues its sentence's claim ("responded by saying", "and saying").
_BEFORE_PARTICIPLE: Final = frozenset({"by", "and", "while", "after", "before", "also", "even"}) | frozenset(
    "statement letter memo tweet post release email message note ad video".split()
)  # "issued a statement saying ..."


def _after_comma(low: list[str], i: int) -> bool:
    """Whether token ``i`` follows a comma, or a quotation closed by one ('"...," adding that ...')."""
    before = low[i - 1]
    return before == "," or (before in QUOTES and i >= 2 and low[i - 2] == ",")


def _after_statement(low: list[str], i: int) -> bool:
    """Whether "saying" at ``i`` follows a statement ("issued a statement saying") or "by" ("by saying")."""
    return low[i] == "saying" and (low[i - 1] in _STATEMENT_NOUNS or low[i - 1] == "by")


_STATEMENT_NOUNS: Final = frozenset("statement letter memo tweet post release email message note".split())


def _progressive(low: list[str], lo: int, i: int) -> int | None:
    """Index of the "is"/"are"/"keeps" of a progressive cue ("is calling for", "keeps saying"), if any."""
    j = skip_back(low, lo, i)
    if j > lo and low[j - 1] in _PROGRESSIVE:
        return j - 1
    return None


_PROGRESSIVE: Final = frozenset("is are was were am 's keeps kept".split())



def _is_trailer(cols: TokenColumns, low: list[str], i: int, hi: int, names: Names) -> bool:
    """Whether what follows the cue at ``i`` is only an adverbial (the cue closes an inverted claim)."""
    j = after_recipient(cols, low, i + 1, hi, names) if low[i] in TELL else i + 1
    j += j < hi and low[j] == "out" and low[i] in OUT_PARTICLE_CUES  # "..., she pointed out."
    if (low[i] in ACTION_CUES and j < hi and low[j] == "to") or commits(cols.texts, low, i, hi):
        return False  # "who refused to endorse him, spoke", "As ..., X pledged to act": the infinitive
    if j >= hi:
        return True
    if low[j] in PUNCT_BREAK and low[j] not in {"(", "—", "–"}:
        # 'said, "We ..."' and 'said: ...' open the content; '..., he said.' closes it
        return low[j] != ":" and not (low[j] == "," and j + 1 < hi and low[j + 1] in QUOTES)
    if hi - j > MAX_ADVERBIAL or low[j] not in ADVERBIAL_AFTER_CUE:
        return False
    rest = low[j:hi]
    return QUOTES.isdisjoint(rest) and ":" not in rest and "that" not in rest


_Cue = tuple[str, int, int, tuple[int, int] | None]  # (kind, cue_a, cue_b, source)


def _sentence_cues(
    cols: TokenColumns, low: list[str], lo: int, hi: int, triggers: list[int], names: Names
) -> list[_Cue]:
    """The cues of one sentence, tokens ``[lo, hi)``, with their sources (token ranges), in text order."""
    cues: list[_Cue] = []
    resume = lo  # tokens before this were read as an "according to" source
    for i in triggers:
        if i < resume:
            continue
        word = low[i]
        if word == "according" and i + 1 < hi and low[i + 1] == "to":
            b = _phrase_end(low, i + 2, hi, i + 2)
            src = trim(low, i + 2, b)
            if src[0] < src[1]:
                cues.append(("according", i, i + 2, src))
            resume = b
            continue
        if word in POLL_WORDS:  # "In a CNN poll released Monday, Lee led": the poll is the source
            k = poll_phrase_start(low, max(lo, resume), i)
            b = _phrase_end(low, i + 1, hi, i)
            if k is not None and b < hi and low[b] == "," and opens_sentence(low, lo, k):
                cues.append(("according", k, k + 1, trim(low, k + 1, b)))
                resume = b
            continue
        if word in NEEDS_ABOUT and (i + 1 >= hi or low[i + 1] != "about"):
            continue  # "talking to reporters": no content
        if word == "saying" and (quoted := quoted_saying(cols, low, lo, i)) is not None:
            cues.append(quoted)
            continue
        if word in ISSUED_NOUNS and (stated := _statement_cue(cols, low, (lo, hi), i, cues, names)):
            cues.append(stated)  # "X issued a statement condemning ...": the issuer's subject
            resume = statement_content_start(cols, low, stated[2], hi)
            continue
        if word in PARTICIPLE_CUES and i > lo and (
            _after_comma(low, i) or (low[i - 1] in _BEFORE_PARTICIPLE and _progressive(low, lo, i) is None)
        ):  # not "he was also urging": a progressive
            # no claim before it in the sentence: the sentence's subject ("Trump hit back, saying ...")
            shared = _after_comma(low, i) or _after_statement(low, i)
            lead = None if _claimed(cues) else shared_subject(cols, low, lo, i, shared=shared)
            cues.append(("participle", i, i + 1, lead if lead and lead[0] < lead[1] else None))
        elif word in PARTICIPLE_CUES and (absolute := with_subject(low, lo, i)) is not None:
            cues.append(("verb", i, i + 1, absolute))  # "..., with Trump tweeting that ..."
        elif (word in PARTICIPLE_CUES or intends(low, i, hi)) and _progressive(low, lo, i) is not None:
            be = _progressive(low, lo, i)
            assert be is not None
            src = source_before(cols, low, lo, skip_back(low, lo, be))
            if src[0] < src[1] and (word in PARTICIPLE_CUES or opens_sentence(low, lo, src[0])):
                cues.append(("verb", i, i + 1, src))  # "the senator is calling for ..."
        elif word == ":":
            if (lead := colon_source(cols, low, lo, i, hi)) is not None:
                cues.append(("colon", i, i + 1, lead))  # "Pence: Flowers won't be at debate"
        elif (
            i + 1 < hi and (word, low[i + 1]) in PASSIVE_PAIRS
        ) and (passive := passive_at(cols, low, lo, i)) is not None:
            cues.append(("passive", passive[0], i + 1, passive[1:]))  # "X is expected to", "is accused of"
        elif word in ACTION_CUES and (not reports_speech(low, i) or yields_to_governed(low, lo, i)):
            if i - 1 > lo and low[i - 1] in _JOINS:  # "said A and refused to back it": A ends at "and"
                cues.append(("cut", i, i + 1, None))
        elif word in AGENT_CUES and (agent := by_agent(cols, low, i, hi)) is not None:
            cues.append(("verb", i, i + 1, agent))  # "a practice criticized by Miller"
        elif word in THAT_NOUNS and (owner := noun_cue_source(cols, low, lo, i)) is not None:
            cues.append(("verb", i, i + 1, owner))  # "his suggestion that ...", "Trump's claim that ..."
        elif (j := _cue_verb_subject_end(cols, low, lo, i)) is not None:
            if j - 2 >= lo and low[j - 1] == "having" and low[j - 2] == ",":
                cues.append(("participle", j - 1, i + 1, None))  # "..., having earlier criticised X"
                continue
            src = _verb_source(cols, low, (lo, hi), (i, j), cues, names)
            if low[i] in THAT_CUES and (
                not attitude_fits(cols, low, src, j, hi) or (src[0] > lo and low[src[0] - 1] in SUBORDINATE)
            ):
                continue  # "I am sure that", "while he understood that": the source's words end at ``j``
            if low[i] in ATTITUDE_CUES and not attitude_fits(cols, low, src, i, hi):
                continue
            if low[i] in CLAUSE_ATTITUDE_CUES and _claimed(cues):
                continue  # "X said it and Y intend to ...": inside the content of the sentence's claim
            if is_aside(low, src, i) or describes_antecedent(low, src, i, hi):
                continue
            cues.append(("verb", i, i + 1, src) if src[0] < src[1] else ("unresolved", i, i + 1, None))
    return cues


def _statement_cue(
    cols: TokenColumns, low: list[str], window: tuple[int, int], i: int, cues: list[_Cue], names: Names
) -> _Cue | None:
    """The cue of a statement noun at ``i`` that a verb of issuing takes ("issued a statement
    condemning"), its source the issuing verb's subject; None without one (``statements``)."""
    lo, hi = window
    issued = issued_statement(cols, low, lo, i, hi)
    if issued is None:
        return None
    issuer = (issued[0], skip_back_to_name(cols, low, lo, issued[0]))
    src = _verb_source(cols, low, window, issuer, cues, names)
    return ("statement", issued[0], issued[1] + 1, src) if src[0] < src[1] else None


def _phrase_end(low: list[str], b: int, hi: int, a: int) -> int:
    """Where the source phrase of "according to" or "in a poll" opening at ``a`` ends, read on from ``b``."""
    while b < hi and b - a < MAX_ACCORDING and low[b] not in PUNCT_BREAK:
        b += 1
    return b


def _verb_source(
    cols: TokenColumns,
    low: list[str],
    window: tuple[int, int],
    cue: tuple[int, int],
    cues: list[_Cue],
    names: Names,
) -> tuple[int, int]:
    """The source of the cue verb at ``i`` as a token range (empty when none is found).

    ``window`` is the sentence ``(lo, hi)``; ``cue`` is ``(i, j)``, ``j`` where the verb's adverbs
    and auxiliaries before it start (:func:`_cue_verb_subject_end`).
    """
    lo, hi = window
    i, j = cue
    word = low[i]
    if j > lo and low[j - 1] in RELATIVE_SOURCES:
        return (j - 1, j)  # "an architect who said ..."
    src = subject_before(cols, low, lo, j)
    if src[0] < src[1]:
        return src
    if j > lo and low[j - 1] in {"and", "but"}:  # "Merrill says ... and said ...": the first verb's subject
        previous = [  # not an attitude's ("migrants who want to work ... but have rejected")
            c[3]
            for c in cues
            if c[0] == "verb" and c[3] is not None and c[3][0] < j and low[c[1]] not in ATTITUDE_CUES
        ]
        return previous[-1] if previous else shared_subject(cols, low, lo, j)
    comma = comma_before(low, lo, j)
    after_quote = j > lo and low[j - 1] in QUOTES
    if comma is not None and not after_quote and not _is_trailer(cols, low, i, hi, names):
        src = name_before_relative(cols, low, clause_start(low, lo, comma), comma)
        if src[0] == src[1]:
            src = apposition_head(cols, low, lo, comma)
        if src[0] == src[1]:  # "Ann Lee, a lawyer who ..., which ..., said ..."
            src = leading_name(cols, low, clause_start(low, lo, comma), comma, before_comma=True)
        if src[0] == src[1]:  # "Mrs. Clinton's campaign, which has been ... for months, said ..."
            src = relative_subject(cols, low, lo, comma)
        if src[0] == src[1] and word in INVERTIBLE_CUES and is_short_tail(cols, low, i, hi):
            src = source_after(cols, low, i, hi)  # "..., said the regional governor."
    elif comma is not None and not after_quote and word not in INVERTIBLE_CUES:
        src = quoted_apposition(cols, low, lo, comma)  # '"...," Ann Lee, 69, told AFP.'
        if src[0] == src[1]:
            src = (i, i)
    elif comma is not None and word in INVERTIBLE_CUES:
        src = quoted_apposition(cols, low, lo, comma) if not after_quote else src
        if src[0] == src[1]:
            src = source_after(cols, low, i, hi)  # '"...," said Ann Lee, a lawyer ...'
        if after_quote:
            src = with_apposition(cols, low, src, hi)
    elif after_quote and word in QUOTE_INVERTIBLE_CUES and i + 1 < hi and (
        cols.texts[i + 1][:1].isupper() or low[i + 1] in _SPEAKER_OPENERS
    ):
        src = with_apposition(cols, low, source_after(cols, low, i, hi), hi)  # '"...," tweeted Ann Lee'
    if i < src[0] < src[1] and low[src[0]] in PREPOSITIONS:
        return (i, i)  # '"...," Ann Lee, a lawyer at X, said of the plan': the parse's subject (structure)
    return src


_SPEAKER_OPENERS: Final = frozenset({"a", "an", "the", "one"})  # '"...," tweeted a user from Hanover'


def _without_nested(
    cols: TokenColumns, low: list[str], window: tuple[int, int], cues: list[_Cue], names: Names
) -> list[_Cue]:
    """The cues without those inside the reported content of an earlier one ("X said Y believes Z").

    Only the outermost attribution is a claim: its content runs, with no break, over the inner one.
    ``window`` is the sentence ``(lo, hi)``.
    """
    lo = window[0]
    kept: list[_Cue] = []
    for cue in cues:
        kind, _ca, _cb, src = cue
        outer = kept[-1] if kept else None
        if outer is not None and _inside_according(low, lo, outer, cue):
            if low[outer[1]] == "in" and _is_trailer(cols, low, cue[1], window[1], names):
                kept[-1] = cue  # "In a CNN poll, Lee led, the network said": the poll is in its content
            continue
        start = src[0] if src is not None else cue[1]  # where the inner attribution begins
        if (
            outer is not None
            and kind in {"verb", "unresolved", "passive", "cut", "statement"}
            and _reports(outer)
            and outer[1] < start
            and _runs_into(cols, low, outer[2], start)
        ):
            continue
        kept.append(cue)
    return kept


def _runs_into(cols: TokenColumns, low: list[str], a: int, b: int) -> bool:
    """Whether a content opening at token ``a`` runs on to token ``b``: with no break, or in a quotation.

    'X said, "I have long said ..."': the quotation opened after the cue holds the inner cue; but a
    mark that closes a quotation ('"... what the man says," Ann Lee said') ends the content there.
    """
    k = a
    while k < b and low[k] in _BEFORE_QUOTATION:
        k += 1
    if k < b and low[k] in QUOTES:
        spaced_after = k + 1 >= len(cols.texts) or cols.ends[k] < cols.starts[k + 1]
        if k > a and cols.starts[k] == cols.ends[k - 1] and spaced_after:
            return False  # 'says," Ann': stuck to the comma before it, a space after it: it closes
        return QUOTES.isdisjoint(low[k + 1 : b])
    return _NESTING_BREAKS.isdisjoint(low[a:b])


_BEFORE_QUOTATION: Final = frozenset({",", ":", "that"})


def _reports(cue: _Cue) -> bool:
    """Whether ``cue`` opens a content after it: a verb after its source, or a participle ("adding")."""
    kind, ca, _cb, src = cue
    return kind in _REPORTING or (kind == "verb" and src is not None and src[1] <= ca)


_REPORTING: Final = frozenset({"participle", "quoting", "statement"})  # kinds whose content follows


def _inside_according(low: list[str], lo: int, outer: _Cue, cue: _Cue) -> bool:
    """Whether ``cue`` lies in the content of an "According to X, ..." that opens the sentence."""
    kind, ca, _cb, src = outer
    return (
        kind == "according"
        and src is not None
        and cue[0] == "verb"
        and src[1] <= cue[1]
        and opens_sentence(low, lo, ca)
        and ";" not in low[src[1] : cue[1]]
    )


_CLAUSE_JOINS: Final = frozenset({"and", "but", "while", "whereas", "or"})
_NESTING_BREAKS: Final = PUNCT_BREAK | _CLAUSE_JOINS  # words that end the content an inner cue would sit in


def _sentence_claims(
    cols: TokenColumns, low: list[str], lo: int, hi: int, triggers: list[int], names: Names
) -> list[Found]:
    """The claims of one sentence, tokens ``[lo, hi)``, in cue order.

    ``triggers`` are the indices in ``[lo, hi)``, ascending, of the tokens that may start a cue
    (:func:`_cue_words`): only they are tried.
    """
    cues = _without_nested(cols, low, (lo, hi), _sentence_cues(cols, low, lo, hi, triggers, names), names)

    found: list[Found] = []
    passives = False
    for n, (kind, ca, cb, who) in enumerate(cues):
        if kind == "cut":
            continue
        next_cut = _next_cut(low, cues, n, hi)
        if kind == "according":
            assert who is not None
            sa = ca - 1 if ca > lo and low[ca - 1] == "," else ca
            if clause_start(low, lo, sa) == sa or opens_sentence(low, lo, ca):
                # "According to SOURCE, CONTENT"
                content = trim(low, who[1], next_cut)
            else:
                content = trim(low, clause_start(low, lo, sa), sa)
            if content[0] == content[1]:  # "X had 115 cases — including ... — according to Y."
                content = trim(low, after_semicolon(low, lo, sa), sa)
            _add(found, cols, (ca, cb), content, who)
        elif kind == "participle":
            parent = len(found) - 1 if found else None
            content = trim(low, _participle_content_start(low, cols, ca, cb, hi, names), next_cut)
            if parent is None:
                if who is not None:
                    _add(found, cols, (ca, cb), content, who)
                elif low[ca] in SPEECH_PARTICIPLES and subject_parsed(low, ca) and content[0] < content[1]:
                    # the subject of the verb before the comma or "by", from the parse (``structure``)
                    said = (cols.starts[ca], cols.ends[cb - 1])
                    spoken = (cols.starts[content[0]], cols.ends[content[1] - 1])
                    found.append(Found(said, spoken, None, None, True))
                continue
            source = found[parent].source
            if content[0] < content[1]:
                found.append(
                    Found(
                        (cols.starts[ca], cols.ends[cb - 1]),
                        (cols.starts[content[0]], cols.ends[content[1] - 1]),
                        source,
                        parent,
                        False,
                    )
                )
        elif kind == "statement":
            assert who is not None  # the content opens after the participle, or the comma or colon
            _add(found, cols, (ca, cb), trim(low, statement_content_start(cols, low, cb, hi), next_cut), who)
        elif kind == "colon":
            assert who is not None
            _add(found, cols, (ca, cb), trim(low, cb, next_cut), who)
        elif kind == "passive":
            assert who is not None  # where the content starts: the subject, or after "that"
            content = trim(low, who[0], min(next_cut, who[1]) if who[1] > who[0] else next_cut)
            content_chars = chars(cols, *content)
            if content_chars is not None:
                passives = True
                cue_chars = (cols.starts[ca], cols.ends[cb - 1])
                found.append(Found(cue_chars, content_chars, None, None, False))
        elif kind == "unresolved":
            _add_unresolved(found, cols, low, lo, (ca, cb), next_cut)
        elif kind == "quoting":
            assert who is not None
            _add(found, cols, (ca, ca + 1), quoting_content(low, lo, cb, who, next_cut), who)
        else:
            assert who is not None
            content = _verb_content(cols, low, (lo, hi), (ca, cb, next_cut), who, names)
            _add(found, cols, (ca, cb), trim(low, content[0], stance_end(low, ca, *content)), who)
    return without_inner_passives(found) if passives and len(found) > 1 else found


def _adverb_only(low: list[str], content: tuple[int, int]) -> bool:
    """Whether a content read before its cue is one sentence adverb ("However, he said, ..."): no content."""
    a, b = content
    return b - a == 1 and (low[a] in _SENTENCE_ADVERBS or (low[a].endswith("ly") and len(low[a]) > 4))


_SENTENCE_ADVERBS: Final = frozenset(
    "however but still meanwhile nevertheless nonetheless now also instead therefore indeed thus so "
    "first second third fourth finally overall moreover furthermore besides yet then".split()
)


def _verb_content(
    cols: TokenColumns,
    low: list[str],
    window: tuple[int, int],
    cue: tuple[int, int, int],
    who: tuple[int, int],
    names: Names,
) -> tuple[int, int]:
    """The content of a cue verb with its source ``who``: before an inverted cue, else after it.

    ``window`` is the sentence ``(lo, hi)``; ``cue`` is ``(ca, cb, next_cut)``, the cue's tokens and
    where the content after it must end.
    """
    lo, hi = window
    ca, cb, next_cut = cue
    if who[0] > ca:  # "..., said the ministry": the content is the clause before the comma
        comma = comma_before(low, lo, ca)
        end = comma if comma is not None else ca
        content = trim(low, clause_start(low, lo, end, cuts=False), end)
        if resumes(low, who[1], hi) and low[ca - 1] in QUOTES:  # '"A," said X, "B."'
            content = (content[0], trim(low, who[1], next_cut)[1])
        return passive_content(low, content) if low[cb] == "by" else content  # "The bill was opposed by"
    if resumes(low, cb, hi) and who[0] > lo and low[who[0] - 1] in QUOTES:
        comma = comma_before(low, lo, who[0])  # '"A," X said, "B."': one content, two pieces
        assert comma is not None
        return trim(low, clause_start(low, lo, comma, cuts=False), next_cut)
    comma = comma_before(low, lo, who[0])
    inverted = _is_trailer(cols, low, ca, hi, names) or after_quotation(low, lo, who[0], cb, hi)
    if comma is not None and inverted:  # '"...," Ann Lee, 69, told MSNBC when asked ...': the quotation
        # before is the content
        content = trim(low, clause_start(low, lo, comma, cuts=False), comma)
        if parenthetical(cols, low, comma, cb, next_cut):  # "The talks, he said, will resume."
            return (content[0], trim(low, cb + 1, next_cut)[1])
        if _adverb_only(low, content) and cb < next_cut:  # "However, he said, HBO's results ..."
            return trim(low, cb + 1 if low[cb] == "," else cb, next_cut)
        return content
    return trim(low, content_start_after(low, cols, ca, hi, names), next_cut)


def _participle_content_start(
    low: list[str], cols: TokenColumns, ca: int, cb: int, hi: int, names: Names
) -> int:
    """Where the content of a participle cue starts: after "about", or after the recipient of "telling"."""
    if low[ca] in NEEDS_ABOUT:
        return cb + 1
    if low[ca] in TELL or (low[ca] in OUT_PARTICLE_CUES and cb < hi and low[cb] == "out"):
        return content_start_after(low, cols, ca, hi, names)  # "telling X that", "pointing out that"
    return cb


def _add(
    found: list[Found],
    cols: TokenColumns,
    cue: tuple[int, int],
    content: tuple[int, int],
    src: tuple[int, int],
) -> None:
    """Append a claim found as token ranges, unless its source or content is empty."""
    content_chars = chars(cols, *content)
    source_chars = chars(cols, *src)
    if content_chars is None or source_chars is None:
        return
    found.append(
        Found((cols.starts[cue[0]], cols.ends[cue[1] - 1]), content_chars, source_chars, None, False)
    )


def _add_unresolved(
    found: list[Found], cols: TokenColumns, low: list[str], lo: int, cue: tuple[int, int], cut: int
) -> None:
    """Append a cue verb with no source found: its content before it ('"...," said') or after it."""
    ca, cb = cue
    comma = comma_before(low, lo, ca)
    if comma is not None:
        content = trim(low, clause_start(low, lo, comma, cuts=False), comma)
    else:
        content = trim(low, cb, cut)
    content_chars = chars(cols, *content)
    if content_chars is not None:
        cue_chars = (cols.starts[ca], cols.ends[cb - 1])
        found.append(Found(cue_chars, content_chars, None, None, True))


def _cue_words(low: list[str]) -> list[int]:
    """Indices of the tokens that may start a cue: a cue verb, "according", a participle or a colon.

    One loop, compiled (mypyc), over the words; a capitalised cue verb ("Said") is among them and
    refused later by :func:`_cue_verb_subject_end`. A rare cue word joins them only in its context.
    """
    found = [k for k, word in enumerate(low) if word in _ALL_TRIGGERS]
    if _RARE_TRIGGERS.isdisjoint(map(low.__getitem__, found)):
        return found
    return [
        k
        for k in found
        if low[k] in _TRIGGERS
        or (
            poll_phrase_start(low, 0, k) is not None
            if low[k] in POLL_WORDS
            else rare_cue_fits(low, k, _THAT_WORDS)
            or (low[k] in _CLOSERS and reports_speech(low, k))
            or statement_fits(low, k)
        )
    ]


_TRIGGERS: Final = frozenset({*CUE_VERBS, *_ANY_CASE_CUES, *PASSIVE_REPORTING, ":"})
# Words that are cues only in one context ("went on to insist", "is confident that", "his claim that"):
# tried only where :func:`governed.rare_cue_fits` finds that context, so common words ("note", "sure",
# "statement") bring no sentence to the rules by themselves.
_THAT_WORDS: Final = THAT_CUES | THAT_NOUNS
_RARE_TRIGGERS: Final = (
    (GOVERNED_TRIGGERS | _THAT_WORDS | POLL_WORDS | QUOTATION_CLOSERS | INTENT_WORDS | ISSUED_NOUNS)
    - _TRIGGERS
)
_ALL_TRIGGERS: Final = _TRIGGERS | _RARE_TRIGGERS


def find_claims(
    cols: TokenColumns, sentences: Sequence[tuple[int, int]], names: Names = (), lowered: Sequence[str] = ()
) -> list[Found]:
    """Every claim of the text, sentence by sentence (``sentences`` are character ranges).

    ``cols`` are the text's tokens as columns (``Document.token_columns``): no Token tuple is read;
    ``names`` the start offsets of the persons' names (where a recipient's name ends); ``lowered``
    the tokens' texts lower-cased (``Document.token_lowers``, shared), else lower-cased here.
    """
    low = list(lowered) if lowered else list(map(str.lower, cols.texts))  # a list: slices meet lists
    triggers = _cue_words(low)
    found: list[Found] = []
    if not triggers:
        return found
    first = 0
    for lo, k in cue_sentences(cols, low, sentences, triggers):
        # a run-on "sentence" is read in windows, so that the work stays linear in the text
        for a in range(lo, k, MAX_SENTENCE_TOKENS):
            b = min(k, a + MAX_SENTENCE_TOKENS)
            first = bisect.bisect_left(triggers, a, first)  # windows ascend: search on from the last
            if first == len(triggers):
                return found  # no cue word after this: no more claims
            if triggers[first] >= b:
                continue  # no cue word in the window: no claim
            last = bisect.bisect_left(triggers, b, first)
            offset = len(found)
            for claim in _sentence_claims(cols, low, a, b, triggers[first:last], names):
                parent = None if claim.parent is None else claim.parent + offset
                found.append(claim if parent == claim.parent else claim.with_parent(parent))
    return found
