"""What the words around a name chunk say about it: a score line, place brackets, place or company context."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.gazetteer import Gazetteer
from newsparse_entities.rules import (
    ABBREVIATED_TITLES,
    CLAUSE_MARKS,
    EVENT_HEADS,
    FACILITY_HEADS,
    LOC_HEADS,
    LOC_OPENERS,
    NAME_PARTICLES,
    ORG_BEFORE_OF,
    ORG_CONNECTORS,
    ORG_DESCRIPTORS,
    ORG_HEADS,
    ORG_POSSESSIONS,
    PLACE_AFTER,
    PLACE_NOUNS,
    PLACE_OPENERS,
    ROLES,
    SAYING_VERBS,
    SUBDIVISION_WORDS,
    TITLES,
)
from newsparse_entities.words import Candidate, Words


def in_score_line(words: Words, i: int, j: int) -> bool:
    """Whether words ``i:j`` are a team in a results or standings line: a score follows, and the name
    opens its line or follows the other side's score ("Bradford 1 Tranmere 0", "Stoke 4 3 1 0 7 4 10");
    after the score the line ends, or another score or the other side follows ("About 100 people",
    "Ronaldo 9, Rooney 87" and "Fleming 8-1-26-3" are none)."""
    if j >= len(words.text) or words.sent[j] != words.sent[i]:
        return False
    nxt = words.text[j]
    if not (nxt.isdigit() and len(nxt) <= 3):
        return False
    k = j + 1
    if k < len(words.text) and words.sent[k] == words.sent[i]:
        after = words.text[k]
        if not ((after.isdigit() and len(after) <= 3) or words.cap[k]):
            return False
    return words.line_start[i] or (
        i > 0 and words.sent[i - 1] == words.sent[i] and words.text[i - 1].isdigit()
    )


def in_place_brackets(words: Words, i: int, j: int) -> bool:
    """Whether ``i:j`` is a place in brackets giving where another place lies: "district (Sadah)",
    "Bab Ghaliq (Qaatabah, Ad Dali)", "the Qaniyah frontline (Mahliyah, Marib)"; or the place the
    brackets locate ("Bab Ghaliq" there)."""
    text, n = words.text, len(words.text)
    if j < n and text[j] == "(":  # the place located: "(A, B)" with two names follows
        k = j + 1
        while k < n and k - j < 12 and text[k] not in (")", ","):
            k += 1
        if k < n and text[k] == ")" and j + 1 < k and words.cap[j + 1] and not words.upper[j + 1]:
            return _after_locative(words, i)  # "in Sirwah (Marib)", "at Al Hishah (Misrata)"
        return k < n and text[k] == "," and words.cap[j + 1] and words.cap[min(k + 1, n - 1)]
    a = i - 1
    if a < 0 or text[a] not in ("(", ","):
        return False
    if text[a] == ",":  # the second member: "(Qaatabah, Ad Dali)"
        b = a - 1
        while b >= 0 and i - b < 12 and text[b] not in ("(", ")", ","):
            b -= 1
        return b >= 1 and text[b] == "(" and j < n and text[j] == ")" and _before_brackets(words, b)
    close = j < n and text[j] in (")", ",")
    if not close or a < 1:
        return False
    if text[j] == ")" and words.cap[a - 1] and not words.upper[i]:  # "in Sirwah (Marib)", not "(RDR)"
        b = a - 1
        while b > 0 and a - b < 6 and (words.cap[b - 1] or words.lower[b - 1] in NAME_PARTICLES):
            b -= 1
        if _after_locative(words, b):
            return True
    return _before_brackets_is_place(words, a) or (text[j] == "," and _before_brackets(words, a))


_LOCATIVES: Final = frozenset("in at near outside from into toward towards between".split())


def _after_locative(words: Words, i: int) -> bool:
    """Whether word ``i`` follows a locative preposition in its sentence ("in", "near", "between")."""
    return i > 0 and words.sent[i - 1] == words.sent[i] and words.lower[i - 1] in _LOCATIVES


def _before_brackets(words: Words, paren: int) -> bool:
    """Whether an opening bracket follows a place noun or a name ("Bab Ghaliq (Qaatabah, Ad Dali)")."""
    return _before_brackets_is_place(words, paren) or words.cap[paren - 1]


def _before_brackets_is_place(words: Words, paren: int) -> bool:
    """Whether the word before an opening bracket names or heads a place ("district", "Sirwah")."""
    before = words.lower[paren - 1]
    return before in PLACE_NOUNS or before in SUBDIVISION_WORDS or before in _PLACE_LIKE_NOUNS


_PLACE_LIKE_NOUNS: Final = frozenset(
    "frontline frontlines front area areas camp neighbourhood neighborhood quarter valley road".split()
)


def org_context(words: Words, i: int, j: int, prev: int | None) -> bool:
    """Whether the words around ``i:j`` make it an organisation: "shares of X", "a stake in X",
    "X's chief executive", "X's shares"."""
    if words.poss[j - 1] and j < len(words.text) and words.lower[j] in ORG_POSSESSIONS:
        return True
    return (
        prev is not None
        and words.lower[prev] in ("of", "in")
        and prev > 0
        and words.lower[prev - 1] in ORG_BEFORE_OF
    )


# Lower-case words before "of" that make the name after it a place ("north of Saraqab").
_PLACE_BEFORE_OF: Final = PLACE_NOUNS | frozenset(
    """north south east west northeast northwest southeast southwest countryside vicinity outskirts""".split()
)
# Verbs of attack whose object is a place in conflict reports ("regime forces shelled Kansafra").
_PLACE_OBJECT_VERBS: Final = frozenset("shelled bombed bombarded besieged stormed recaptured overran".split())


def place_evidence(words: Words, j: int, prev: int | None, nxt: str | None) -> str | None:
    """The evidence of a place the words around a chunk ending before ``j`` give, or None: "the
    province of Yunnan", "north of Saraqab", "Sharqiyah province", "the Saraqab front", "[coded to
    Hadrut]" (``place_of``); "shelled Kansafra" (``place_prep``, weaker)."""
    if prev is not None:
        before = words.text[prev]
        if before == "of" and prev > 0 and words.text[prev - 1] in _PLACE_BEFORE_OF:
            return "place_of"  # lower case: "State Department of Health" is a name
        if before == "to" and prev > 0 and words.lower[prev - 1] == "coded":
            return "place_of"  # ACLED's "[coded to Athens-Central Athens]"
    if (
        nxt is not None
        and (words.lower[j] in SUBDIVISION_WORDS or words.lower[j] in PLACE_AFTER)
        and words.lower[j] not in ("state", "department")
        and not words.cap[j]
    ):
        return "place_of"
    if nxt is not None and not words.cap[j] and not words.poss[j - 1]:
        noun = _NOUNS_AFTER_PLACE.get(words.lower[j])
        if noun is not None and _names_the_noun(words, j, prev):
            return noun  # "the Batajnica airport", "the Pamir mountains": a facility, a landform
    if prev is not None and words.text[prev] in _PLACE_OBJECT_VERBS:
        return "place_prep"
    return None


def _names_the_noun(words: Words, j: int, prev: int | None) -> bool:
    """Whether the name before noun ``j`` names it: not "a Limerick jail" (a jail in Limerick) nor
    "Colombia's Caribbean port of Cartagena" (the port has its own name)."""
    if prev is not None and words.lower[prev] in ("a", "an"):
        return False
    return not (j + 1 < len(words.text) and words.lower[j + 1] == "of")


# Lower-case nouns after a name that make it a facility or a landform ("the Kosevo stadium", "the Pamir
# mountains"); not "camp", "church", "hotel" or "base" ("the Clinton camp", "the Unification church").
_NOUNS_AFTER_PLACE: Final = {
    **dict.fromkeys(
        "airport airfield stadium prison jail hospital sanatorium checkpoint bridge palace dam port".split(),
        "facility_after",
    ),
    **dict.fromkeys(
        "mountains mountain hills valley river lake desert plateau gorge".split(), "landform_after"
    ),
}


# The words :func:`place_evidence` reads: before a chunk as written, after it in lower case.
PLACE_EVIDENCE_BEFORE: Final = frozenset(["of", "to", *_PLACE_OBJECT_VERBS])
PLACE_EVIDENCE_AFTER: Final = SUBDIVISION_WORDS | PLACE_AFTER | frozenset(_NOUNS_AFTER_PLACE)


# head_evidence's answer for every head word in one table (the first of its tests that holds wins):
# one dict look-up per chunk instead of up to four set tests behind a call
HEAD_EVIDENCE: Final = {
    **dict.fromkeys(FACILITY_HEADS, "facility_head"),
    **dict.fromkeys(LOC_HEADS, "loc_head"),
    **dict.fromkeys(EVENT_HEADS, "event_head"),
    **dict.fromkeys(ORG_HEADS, "org_head"),
}


def head_evidence(last: str) -> str | None:
    """The evidence a chunk's last word gives when it is an organisation, event, place or facility head."""
    if last in ORG_HEADS:
        return "org_head"
    if last in EVENT_HEADS:
        return "event_head"
    if last in LOC_HEADS:
        return "loc_head"
    if last in FACILITY_HEADS:
        return "facility_head"
    return None


def opener_evidence(word: str, gaz: Gazetteer) -> str:
    """The evidence a place's first word gives: "place_opener" ("Kafr Lusin", "Tal Tamer"),
    "loc_opener" ("Mount Everest", "Loch Lomond", "River Thames"; not a first name), else ""."""
    if word in PLACE_OPENERS:
        return "place_opener"
    return "loc_opener" if word in LOC_OPENERS and word not in gaz.first_names else ""


# Pronouns after a verb of saying that make its subject a person ("X said he", "X says she").
_PERSONAL_PRONOUNS: Final = frozenset("he she his her".split())


# Verbs of saying that people use and organisations seldom do ("X wrote", "X replied").
_PERSONAL_SAYING: Final = frozenset("wrote writes asked asks replied replies recalled recalls".split())


# Words after "said it" that make "it" impersonal ("Smith said it was a shame").
_IMPERSONAL: Final = frozenset("was is 's would could might may seemed seems".split())
# Modals of "said it would ...": an organisation's own plan ("said it would cut jobs") unless the verb
# after is one an impersonal "it" takes ("said it would be difficult", "said it would take time").
_MODALS: Final = frozenset("would could might may".split())
_ARTICLES: Final = frozenset("the a an".split())
_IMPERSONAL_VERBS: Final = frozenset(
    "be have take not seem appear make mean help cost depend also probably".split()
)


def its_own(lower: list[str], i: int, k: int, n: int) -> bool:
    """Whether the word ``k`` after "said it" makes "it" the speaker itself: a verb of its own ("said
    it regretted"), or a modal with one ("said it would merge") after a name with no article before it
    ("The Government said it would act" is no name), not an impersonal "it was"."""
    if lower[k] not in _IMPERSONAL:
        return True
    return (
        (i == 0 or lower[i - 1] not in _ARTICLES)
        and lower[k] in _MODALS
        and k + 1 < n
        and lower[k + 1].isalpha()
        and lower[k + 1] not in _IMPERSONAL_VERBS
    )


# Words that end an apposition's noun phrase before its head ("X, the leader of ...", "X, a firm that").
_PHRASE_ENDS: Final = frozenset(
    [",", ".", ";", ":", "(", ")", *"of who whose which that and or in at for with".split()]
)
# Words after a role that end its noun phrase: the role is its head ("X, the coach since 2001").
_AFTER_ROLE: Final = _PHRASE_ENDS | frozenset(["from", "since", "to", "on", "said", "says", '"'])


def _role_word(word: str) -> bool:
    """Whether a lower-case word is a person's role, also as the last part of a compound
    ("undersecretary-general", "vice-president", "co-founder")."""
    return word in ROLES or ("-" in word and word.rsplit("-", 1)[1] in ROLES)


def role_apposition(words: Words, k: int) -> bool:
    """Whether the words from ``k`` (after "X, the") are a noun phrase headed by a person's role within
    six words ("the DHA undersecretary-general", "a 26-year-old French singer"): X is then a person.
    Not a role that modifies a noun after it ("the president's office", "the general election")."""
    lower, poss, n = words.lower, words.poss, len(words.lower)
    for m in range(k, min(k + 6, n)):
        w = lower[m]
        if w in _PHRASE_ENDS:
            return False
        if _role_word(w):
            if poss[m] or words.text[m][0].isupper():  # "Sands of Time, the dashing Prince of Persia": a name
                return False
            nxt = lower[m + 1] if m + 1 < n else "."
            if _role_word(nxt):
                continue  # "the deputy minister", "the chief executive": the head comes later
            return nxt in _AFTER_ROLE or not nxt[:1].isalnum()
    return False


def age_apposition(words: Words, k: int) -> bool:
    """Whether word ``k`` (after "X,") is an age standing alone between commas ("Chamorro, 66, suffers"):
    a person's apposition, as wire stories write it."""
    texts, n = words.text, len(words.text)
    t = texts[k] if k < n else ""
    return len(t) == 2 and t.isdigit() and t[0] != "0" and k + 1 < n and texts[k + 1] == ","


# Words after a name that are no verb of its own: prepositions, conjunctions, adverbs of place or time.
_NO_VERB: Final = frozenset(
    """in at on for with to from by of as into onto after before during under over since than about
    and or but nor against between among through without within via like including plus per
    also then there here now today yesterday tomorrow again still""".split()
)


def subject_before_his(words: Words, i: int, j: int, t_prev: str | None) -> bool:
    """Whether the name ``i:j``, before "his" at ``j + 1``, opens its clause and is the subject of the verb
    at ``j`` as far as its form says ("Tendulkar completed his"): in lower case, no function word
    ("Leicester in his first game"), no possessive on the name. "its" would be a firm's, "her" an object."""
    w = words.text[j]
    return (
        (t_prev is None or t_prev in CLAUSE_MARKS or t_prev == ",")
        and words.sent[j + 1] == words.sent[i]
        and w.isalpha()
        and w.islower()
        and w not in _NO_VERB
        and not words.poss[j - 1]
    )


def next_word_evidence(words: Words, i: int, j: int, nxt: str, ev: list[str]) -> None:
    """Add to ``ev`` what the word ``nxt`` after a chunk ``i:j`` says: "said", an apposition, an acronym."""
    lower, n = words.lower, len(words.text)
    if nxt in SAYING_VERBS:
        if lower[j + 1 : j + 4] == ["in", "a", "statement"]:
            ev.append("org_context")  # "Ericsson said in a statement": what organisations do
        elif (
            nxt in _PERSONAL_SAYING
            or (j + 1 < n and lower[j + 1] in _PERSONAL_PRONOUNS)
            or (j + 2 < n and lower[j + 1] == "that" and lower[j + 2] in _PERSONAL_PRONOUNS)
        ):
            # "Scrichapan said (that) he would", "Morquendi wrote": a person, whatever the name's form
            ev.append("says_he")
        elif j + 2 < n and lower[j + 1] in ("it", "its") and its_own(lower, i, j + 2, n):
            ev.append("says_it")  # "Highland Gold said it regretted": an organisation
        else:
            ev.append("says")
    elif nxt == ",":
        after = lower[j + 1] if j + 1 < n else ""
        after2 = lower[j + 2] if j + 2 < n else ""
        if after == "who" or after in ROLES or (after in ("a", "an", "the") and after2 in ROLES):
            ev.append("apposition")
        elif "of" not in lower[i:j] and (  # "Union of Supporters of X, the arrested president": X's role
            (after in ("a", "an", "the") and role_apposition(words, j + 2)) or age_apposition(words, j + 1)
        ):
            ev.append("apposition")  # "X, the DHA undersecretary-general", "X, a 26-year-old singer"
        elif after in SAYING_VERBS and not after2[:1].isalpha():
            ev.append("says")  # "X, said." only: in "X, said Y" or "X, said market analysts Y" Y speaks
        elif (after in ("a", "an", "the") and not ORG_DESCRIPTORS.isdisjoint(lower[j + 2 : j + 5])) or (
            after == "based" and j + 2 < n and lower[j + 2] == "in"
        ):
            ev.append("org_apposition")  # "Cofinec, the first foreign company", "Comelf, based in ..."
    elif (
        nxt == "("
        and j + 2 < len(words.text)
        and words.text[j + 2] == ")"
        and words.upper[j + 1]
        and words.text[j + 1][0] == words.text[i][0]
        and "." not in words.text[j + 1]
    ):
        ev.append("acronym_follows")


def named_elsewhere(words: Words, i: int, j: int) -> bool:
    """Whether the words ``i:j`` opening a sentence stand as one name inside a sentence elsewhere in
    the document ("Virgin Blue said" after "rival Virgin Blue"): the first word is then no common word."""
    texts, initial = words.text, words.initial
    run = texts[i:j]
    first = texts[i]
    if first in ABBREVIATED_TITLES:
        return False  # "Prof Reddy" inside a sentence too: the title is still no part of the name
    return any(
        texts[k] == first and not initial[k] and texts[k : k + j - i] == run for k in words.caps if k != i
    )


def named_alone_elsewhere(words: Words, u: int, index: dict[str, list[int]] | None = None) -> bool:
    """Whether word ``u`` stands elsewhere in the document as a name of one word inside a sentence
    ("Apple said" after "firms such as Microsoft and Apple"; not "Rock 'n' roll" beside "Jailhouse Rock").

    ``index`` (filled on the first call of a document, empty before) maps each capitalized word to
    its positions, so that later calls look at that word's few positions instead of every capital."""
    texts, initial, cap, sent = words.text, words.initial, words.cap, words.sent
    n = len(texts)
    if index is None:
        index = {}
    if not index:
        for k in words.caps:
            index.setdefault(texts[k], []).append(k)
    key = _ALONE + texts[u]  # the word's first two positions alone, kept: each word's positions read once
    alone = index.get(key)
    if alone is None:
        alone = index[key] = [
            k
            for k in index.get(texts[u], ())
            if not initial[k]
            and not (k > 0 and cap[k - 1] and sent[k - 1] == sent[k])
            and not (k + 1 < n and cap[k + 1] and sent[k + 1] == sent[k])
        ][:2]
    return any(k != u for k in alone)


# keys of the index of :func:`named_alone_elsewhere` that hold derived lists, not a word's positions
_ALONE, _OPENS, _LOWER = "\x00alone\x00", "\x00opens\x00", "\x00lower\x00"


def national_branch(words: Words, matched: Sequence[Candidate]) -> bool:
    """Whether a demonym and a party's name make one name, a national branch ("Scottish Labour
    Party", "Scottish Conservative Party"): the guideline keeps a country in an official name."""
    a, b = matched
    return (
        a.end < b.start
        and bool(a.cands)
        and a.cands[0][1] == "demonym"
        and not words.poss[a.j - 1]
        and words.text[b.j - 1] == "Party"
        and b.j - b.i > 1
    )


def common_in_document(words: Words, u: int, gaz: Gazetteer) -> bool:
    """Whether word ``u`` is a common word that the document also writes in lower case ("Election"
    beside "election"): after a title it names no one ("General Election")."""
    low = words.lower[u]
    return low in gaz.words and words.text[u] not in gaz.first_names and low in words.text


# Roles whose holder works for the organisation named after "for" or "of" ("a spokesman for Dell",
# "chief executive of Wippit", "an analyst for Deutsche Bank"); not kin, peers or awards ("best
# actor for Ray", "son of").
EMPLOYEE_ROLES: Final = frozenset(
    """spokesman spokeswoman spokesperson chief chairman chairwoman director executive founder
    co-founder analyst economist editor president boss official head strategist owner officer""".split()
)


def affiliation(words: Words, prev: int, j: int) -> bool:
    """Whether the word before a chunk (at ``prev``) ties it to a person as their employer."""
    lower = words.lower
    low_prev, before = lower[prev], lower[prev - 1]
    if low_prev in ROLES:
        return _employer_after_speaker(words, prev)
    if low_prev == "from" or low_prev == "at":
        # "Simon Wheatley, from Goldman Sachs,", "economist at Nomura Securities", "said Jason Daw at
        # Merrill Lynch"
        return (
            words.text[prev - 1] == ","
            or before in ROLES
            or before in EMPLOYEE_ROLES
            or before.rstrip("s") in EMPLOYEE_ROLES
            or _after_named_speaker(words, prev)
        )
    if low_prev == "with":  # "an analyst with Strategy Analytics", "economists with Fannie Mae"
        return before in EMPLOYEE_ROLES or before.rstrip("s") in EMPLOYEE_ROLES
    return (
        (low_prev == "for" or low_prev == "of")
        and before in EMPLOYEE_ROLES
        and not (prev >= 2 and lower[prev - 2] == "best")  # "best director for Million Dollar Baby"
        and not words.poss[j - 1]  # "coach of Wilkinson's club side": his club
    )  # "a spokesman for Dell", "chief executive of Wippit"


def _after_named_speaker(words: Words, prev: int) -> bool:
    """Whether the preposition at ``prev`` follows a speaker's name right after a verb of saying
    ("said Jason Daw at Merrill Lynch"): the name after it is the speaker's employer."""
    cap, lower = words.cap, words.lower
    k = prev - 1
    while k > 0 and k > prev - 4 and cap[k] and words.sent[k] == words.sent[prev]:
        k -= 1
    return k < prev - 1 and lower[k] in SAYING_VERBS and words.sent[k] == words.sent[prev]


def _employer_after_speaker(words: Words, prev: int) -> bool:
    """Whether the role word at ``prev`` ends a speaker's apposition, so that the lone name after it is
    the employer ("said Dinesh Keskar, senior vice president Boeing"): "said", a name, a comma, then
    only lower-case words up to the role."""
    lower, cap, text = words.lower, words.cap, words.text
    k = prev - 1
    while k > 0 and k > prev - 4 and not cap[k] and text[k] != ",":
        k -= 1
    if k < 2 or text[k] != "," or not cap[k - 1]:
        return False
    m = k - 1
    while m > 0 and cap[m] and m > k - 4:
        m -= 1
    return m < k - 1 and lower[m] in SAYING_VERBS


# A result noun before "over" or "against" and a town: the town is the other side ("a 3-1 win over
# Aston Villa", "victory against Leeds"); "victory at Twickenham" names the ground.
_RESULTS: Final = frozenset("win wins victory victories defeat defeats draw loss".split())


def team_after_result(words: Words, i: int, j: int) -> bool:
    """Whether the town at words ``i:j`` is a side: after a result noun and "over" or "against"
    ("win over Aston Villa"), or opening its clause after a comma with a plural verb
    ("Nevertheless, Barcelona are used to it")."""
    text, sent = words.text, words.sent
    if i >= 2 and text[i - 1] in ("over", "against") and text[i - 2] in _RESULTS:
        # not a demonym before a player ("a win over Czech qualifier Tomas Zib", "over Argentine Juan")
        after = [k for k in (j, j + 1) if k < len(text) and sent[k] == sent[i]]
        return not any(words.cap[k] for k in after) or text[j] in ("in", "at", "on", "and")
    return (
        text[i - 1] == ","
        and j < len(text)
        and sent[j] == sent[i]
        and text[j] in ("are", "were")
        and i >= 2
        and words.lower[i - 2] in _CLAUSE_ADVERBS
    )


# Adverbs opening a sentence before a comma ("Nevertheless, Barcelona are ...").
_CLAUSE_ADVERBS: Final = frozenset("nevertheless however but yet still now meanwhile instead and so".split())


def side_after_result(words: Words, i: int, j: int, evidence: list[str]) -> bool:
    """Whether a name chunk with no first name is the other side after a result noun ("a 3-1 win
    over Aston Villa") or a club after a transfer ("join Celtic"); "victory over Thomas Johansson"
    names a person."""
    if "first_name" in evidence or words.sent[i - 1] != words.sent[i]:
        return False
    if words.text[i - 1] in ("over", "against"):
        return j - i > 1 and team_after_result(words, i, j)
    return club_after_transfer(words, i)


# Verbs of a player's transfer before the club's name ("join Celtic", "signed for Portsmouth"), and
# words of football transfers, one of which must stand in the sentence ("a move to Birmingham").
TRANSFER_VERBS: Final = frozenset("join joins joined joining".split())
_SIGNED: Final = frozenset("sign signs signed signing".split())
_TRANSFER_WORDS: Final = frozenset(
    """striker strikers midfielder defender goalkeeper keeper winger forward transfer loan club clubs
    fee signing manager boss coach player contract""".split()
)


def club_after_transfer(words: Words, i: int) -> bool:
    """Whether the town at word ``i`` is a club a player moves to: after "signed for", or after
    "join" or "a move to" in a sentence with a word of football transfers ("striker", "loan")."""
    lower = words.lower
    before = lower[i - 1]
    if before == "for" and i >= 2 and lower[i - 2] in _SIGNED:
        return True
    if before in TRANSFER_VERBS or (before == "to" and i >= 2 and lower[i - 2] == "move"):
        g = words.sent[i]
        return not _TRANSFER_WORDS.isdisjoint(lower[words.bounds[g] : words.bounds[g + 1]])
    return False


def opens_name_elsewhere(words: Words, u: int, index: dict[str, list[int]]) -> bool:
    """Whether sentence-initial word ``u``, the subject of a verb ("Travelers had sales"), opens a
    longer capitalized name inside a sentence elsewhere ("its Travelers Life & Annuity arm") and is
    never written in lower case: the short name of that name, not a common word opening a sentence.
    A name's head ("Ministry", "Bank", "Cup") alone is a capitalised common noun (the guidelines):
    never a short name. ``index`` is :func:`named_alone_elsewhere`'s, filled by its call before this one."""
    texts, initial, cap, sent = words.text, words.initial, words.cap, words.sent
    n = len(texts)
    j = u + 1
    if not (j < n and sent[j] == sent[u] and (texts[j] in _SUBJECT_VERBS or _past_verb(texts[j]))):
        return False
    if texts[u] in _NAME_HEADS:
        return False
    key = _OPENS + texts[u]  # the word's first two positions opening a name, kept as in the above
    opening = index.get(key)
    if opening is None:
        opening = index[key] = [
            k
            for k in index.get(texts[u], ())
            if not initial[k]
            and not (k > 0 and cap[k - 1] and sent[k - 1] == sent[k])
            and k + 1 < n
            and cap[k + 1]
            and sent[k + 1] == sent[k]
        ][:2]
    if not any(k != u for k in opening):
        return False
    if _LOWER not in index:  # every word as written, once per document (not a scan per word)
        index[_LOWER] = []
        index.update((_LOWER + t, []) for t in set(texts))
    return _LOWER + words.lower[u] not in index


def closes_name_elsewhere(words: Words, u: int, index: dict[str, list[int]], gaz: Gazetteer) -> bool:
    """Whether sentence-initial word ``u``, the subject of a verb ("Weaver dismissed", "Davenport was
    speaking"), ends a person's name elsewhere in the document, after a known first name in the same
    sentence ("Jeff Weaver"): that person's surname, not a common word opening a sentence. ``index``
    is :func:`named_alone_elsewhere`'s, filled by its call before this one."""
    texts, sent = words.text, words.sent
    j = u + 1
    if not (j < len(texts) and sent[j] == sent[u] and (texts[j] in _SUBJECT_VERBS or _past_verb(texts[j]))):
        return False
    return any(
        k != u and k > 0 and sent[k - 1] == sent[k] and texts[k - 1] in gaz.first_names
        for k in index.get(texts[u], ())
    )


# Heads of names: common nouns alone ("Ministry said" is no short name of "Ministry of Oil").
_NAME_HEADS: Final = ORG_HEADS | EVENT_HEADS | LOC_HEADS | FACILITY_HEADS
# Verbs after a sentence's subject: auxiliaries and verbs of saying.
_SUBJECT_VERBS: Final = frozenset(
    "is was has had will would said says told announced reported posted made agreed".split()
)


def _past_verb(word: str) -> bool:
    """Whether a word looks like a verb in the past ("reported", "bought" aside): lower case, -ed."""
    return word.islower() and word.endswith("ed") and len(word) > 4


def demonym_before_full_name(
    words: Words, lead: Candidate, rest: Sequence[Candidate | int], gaz: Gazetteer
) -> bool:
    """Whether a state's demonym that is also a first name ("German", "Dane") stands before a name of
    two words or more that opens with a first name: the nationality of a person, not their first name
    ("German Marlene Weingartner", "Dane Kenneth Carlsen")."""
    if not lead.cands or lead.cands[0][1] != "demonym" or len(rest) < 2:
        return False
    row = gaz.entities.get(lead.cands[0][0])  # a continent's ("European Indoors") is no state's
    first = rest[0]
    state = row is None or row[0] != "LOC"
    return state and isinstance(first, int) and words.text[first] in gaz.first_names


def office_after_of(words: Words, units: Sequence[Candidate | int], k: int, gaz: Gazetteer) -> bool:
    """Whether the title word at unit ``k``, after an organisation's "of", opens the rest of its name
    ("Ministry of Foreign Affairs", "Association of Chief Police Officers"): common words alone follow
    it up to the run's end or the next title, no person's name ("Party of President Hosni Mubarak")."""
    text, lower = words.text, words.lower
    m = k + 1
    while m < len(units):
        u = units[m]
        if not isinstance(u, int) or text[u] in gaz.first_names or lower[u] not in gaz.words:
            return False
        if text[u] in TITLES:
            break
        m += 1
    return m > k + 1


def joiner_unit(words: Words, u: Candidate | int) -> bool:
    """Whether a run's unit ``u`` is a connector word ("of", "de"), which no name ends with."""
    return isinstance(u, int) and (words.text[u] in NAME_PARTICLES or words.text[u] in ORG_CONNECTORS)
