"""One name chunk and the evidence its neighbours give: saying verbs, places, teams, works, layout.

Split from :mod:`newsparse_entities.chunks` (which finds the runs and cuts them) so that each stays
under the module size limit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from newsparse_entities.chunk_context import (
    HEAD_EVIDENCE,
    PLACE_EVIDENCE_AFTER,
    PLACE_EVIDENCE_BEFORE,
    TRANSFER_VERBS,
    affiliation,
    in_place_brackets,
    in_score_line,
    next_word_evidence,
    org_context,
    place_evidence,
    side_after_result,
    subject_before_his,
)
from newsparse_entities.context import after_company_plural
from newsparse_entities.cues import COMPANY_LIST_OPENERS
from newsparse_entities.layout_names import scorer, standings_row
from newsparse_entities.result_rows import result_row_side
from newsparse_entities.rules import (
    CLAUSE_MARKS,
    PLURAL_VERBS,
    POSSESSED_ROLES,
    ROLES,
    SAYING_VERBS,
    TEAM_NOUNS,
    TEAM_ROLES,
    WEAK_FIRST_NAMES,
)
from newsparse_entities.teams import sports_report
from newsparse_entities.words import Candidate, Words
from newsparse_entities.works import WORK_GATE, is_work

# Nouns before a name that only a company takes (not "broadcaster", "publisher", "maker": people too).
# Nouns of printed media before a name: the name is the title, whatever its first word.
_PRINTED: Final = frozenset("newspaper daily weekly tabloid magazine".split())
_COMPANY_ONLY: Final = frozenset(
    """bank banks lender lenders insurer insurers retailer retailers carmaker carmakers automaker
    automakers brewer brewers airline airlines conglomerate firm firms company companies bookmaker
    bookmakers""".split()
)
# Verbs of saying and reporting after "the X" (:func:`_article_speaker`), and the evidence of a
# person's speaking that the article there overrules: a person's name takes no article.
_REPORTING: Final = SAYING_VERBS | frozenset("reported reports announced announces".split())
# Head words that name a newspaper alone ("the Times", "the Post"); other heads alone are
# capitalised common nouns ("the Bank", "the Council"), no mention in the guidelines.
_PAPER_HEADS: Final = frozenset(
    "Times Post Journal Herald Tribune Gazette Telegraph Observer Chronicle Courier Mirror".split()
)
_PERSON_SPEAKING: Final = frozenset(["says", "says_he", "first_name", "weak_first_name"])
_new = tuple.__new__  # a Candidate from its fields in order, without the named tuple's Python frame
# Cricket scorecard words around players' names: caught, bowled, leg before wicket, stumped.
_SCORECARD: Final = frozenset(["c", "b", "lbw", "st"])
# The sides of a fixture stand either side of "v" ("Hull v Barnet").
_FIXTURE: Final = frozenset(["v", "vs", "v.", "vs."])
# Lower-case nouns after a name that make it a news medium ("Vogue magazine", "PAP news agency").
_MEDIA_NOUNS: Final = frozenset(
    "newspaper newspapers magazine weekly daily television radio news tabloid".split()
)
# Lower-case nouns after a name that make it a product or a work ("the Xbox console", "Newsnight
# programme"), and before it ("the album Stakonia", "humanoid robot Asimo"); none that a maker's name
# stands before as often ("Sony technology", "Nintendo games").
_PRODUCT_AFTER: Final = frozenset("console consoles browser programme soap sitcom documentary".split())
_PRODUCT_BEFORE: Final = frozenset(
    """console browser album single soap sitcom documentary film robot drug drugs anti-depressant
    anti-depressants antidepressant antidepressants painkiller vaccine software chip processor""".split()
)
# Ranks that "Air" opens ("Air Marshal", "Air Chief Marshal", "Air Commodore"): a title, no airline.
_AIR_RANKS: Final = frozenset("Marshal Marshall Chief Vice Vice-Marshal Commodore".split())
_BEFORE_SCORER: Final = frozenset(["(", ",", "-", ":"])
# Prepositions before a chunk that vote for a place ("in", "near"), weakly.
_PLACE_PREVIOUS: Final = frozenset(["in", "at", "near", "from", "outside"])
# The words around a chunk that :func:`_layout_evidence` reads (after it in lower case, before it as
# written; a number after it, and "&" inside it, are tested apart): a chunk with none gives no
# layout evidence.
_LAYOUT_AFTER: Final = frozenset([*_SCORECARD, *_FIXTURE, "(", *_PRODUCT_AFTER, *_MEDIA_NOUNS])
_LAYOUT_BEFORE: Final = _SCORECARD | _FIXTURE
# The words before a chunk that side_after_result reads ("a win over X", "join X", "signed for X", "a
# move to X") and that affiliation reads (a role, "an analyst at X", "a spokesman for X"): a chunk
# after none of them is neither, and neither is called.
_SIDE_CUES: Final = frozenset(["over", "against", "for", "to", *TRANSFER_VERBS])
_AFFILIATION_CUES: Final = ROLES | frozenset(["from", "at", "with", "for", "of"])


def build_chunk(
    words: Words,
    units: Sequence[Candidate | int],
    evidence: tuple[str, ...],
    prefix: Candidate | None = None,
) -> Candidate:
    """One name chunk over ``units`` with the evidence its context gives; the words either side are read
    once (``t_prev``/``low_prev``: None/"" with none before it, ``low_nxt``: None with none after)."""
    u = units[0]
    i = u if isinstance(u, int) else u.i
    u = units[-1]
    j = u + 1 if isinstance(u, int) else u.j
    ev = list(evidence)
    text, lower, sent = words.text, words.lower, words.sent
    n = len(text)
    if j < n and sent[j] == sent[i]:
        nxt: str | None = text[j]
        low_nxt: str | None = lower[j]
        if nxt in SAYING_VERBS or nxt == "," or nxt == "(":
            next_word_evidence(words, i, j, nxt, ev)
    else:
        nxt = low_nxt = None
    if i > 0 and sent[i - 1] == sent[i]:
        prev: int | None = i - 1
        t_prev: str | None = text[i - 1]
        low_prev = lower[i - 1]
    else:
        prev = t_prev = None
        low_prev = ""
    if t_prev in PLACE_EVIDENCE_BEFORE or low_nxt in PLACE_EVIDENCE_AFTER:
        # the few words place_evidence reads: most chunks have none around them
        place_ev = place_evidence(words, j, prev, nxt)
        if place_ev is not None:
            ev.append(place_ev)
    if "descriptor" in ev and "first_name" in ev:
        _descriptor_and_first_name(ev, low_prev)
    if (
        low_nxt in TEAM_ROLES
        and not ("first_name" in ev or "title" in ev or "role" in ev)
        and not (words.poss[j - 1] and low_nxt in POSSESSED_ROLES)  # "North's boss": a person's boss
    ):
        ev.append("team_role")  # "Reds manager Ray Knight", "Eagles owner Jeffrey Lurie"
    if (
        nxt in PLURAL_VERBS
        and (prev is None or t_prev in CLAUSE_MARKS)
        and (j - i > 1 or not text[i].endswith("s"))  # "Carmakers are", "Gamers have": no name
    ):
        ev.append("plural_verb")  # "Chelsea were reported", "Korn have enjoyed": a team or a band
    if j + 1 < n and lower[j + 1] == "his" and subject_before_his(words, i, j, t_prev):
        ev.append("verb_his")  # "Tendulkar completed his ninth century", "West began his career"
    if low_prev in TEAM_NOUNS and "first_name" not in ev and "title" not in ev and sports_report(words):
        ev.append("team_role")  # "champions Bath", "rivals Wasps": a side in apposition after its noun
    if low_prev in _SIDE_CUES and side_after_result(words, i, j, ev):
        ev.append("team_role")  # "a 3-1 win over Aston Villa": the other side
    if (
        low_nxt in _LAYOUT_AFTER
        or (nxt is not None and nxt[0].isdigit())
        or t_prev in _LAYOUT_BEFORE
        or low_prev in _PRODUCT_BEFORE
        or (j - i > 1 and "&" in text[i:j])
    ):  # the words _layout_evidence reads: most chunks have none around them
        ev = _layout_evidence(words, i, j, prev, nxt, ev)
    if (low_prev in WORK_GATE or nxt == "," or nxt == "(") and is_work(words, i, j, low_prev, nxt):
        ev.append("work")  # "the musical Billy Elliot", "starred in Ray", "Wings (1927)"
    if (words.poss[j - 1] or low_prev == "of" or low_prev == "in") and org_context(words, i, j, prev):
        ev.append("org_context")
    if low_prev in COMPANY_LIST_OPENERS and after_company_plural(words, prev):  # type: ignore[arg-type]
        ev.append("company_list")  # "firms Sony, ...", "firms such as Microsoft and ...": a list opens
    if j < n and text[j] == "(":
        if in_place_brackets(words, i, j):
            ev.append("place_located")  # "Bab Ghaliq (Qaatabah, Ad Dali)": weaker than a first name
    elif i > 0 and (text[i - 1] == "(" or text[i - 1] == ",") and in_place_brackets(words, i, j):
        ev.append("place_brackets")
    place = low_prev in _PLACE_PREVIOUS
    if place:
        ev.append("place_prep")
    if prev and low_prev in _AFFILIATION_CUES and affiliation(words, prev, j):
        # ", from X" is the weaker tie ("from Mao Tse-Tung in China to ..."): no match for a first name
        ev.append("affiliation_comma" if text[prev - 1] == "," else "affiliation")
    return _finished(words, i, j, ev, place, prefix)


def _article_speaker(words: Words, i: int, j: int) -> bool:
    """Whether the name over words ``i:j``, which a verb of saying or reporting follows, is a body that
    speaks: "the" right before it ("the Nationwide said", "the Orlando Sentinel reported": a person's
    name takes no article), no capitalised word before "the" (a title: "Because the Night told"), no
    name in capitals (a passage in capitals), no head word of a place or facility ("the Peace River
    Valley reported") and no organisation's head word alone (a capitalised common noun: "the Bank
    said") but a newspaper's ("the Post reported")."""
    text = words.text
    sent = words.sent
    if i < 1 or words.lower[i - 1] != "the" or not sent[i - 1] == sent[i] == sent[j] or text[i].isupper():
        return False
    if i >= 2 and sent[i - 2] == sent[i] and words.cap[i - 2] and not words.initial[i - 2]:
        return False
    head = HEAD_EVIDENCE.get(text[j - 1])
    return head is None or (head == "org_head" and (j - i > 1 or text[i] in _PAPER_HEADS))


def _finished(
    words: Words, i: int, j: int, ev: list[str], place: bool, prefix: Candidate | None
) -> Candidate:
    """The chunk over words ``i:j`` with its evidence ``ev`` and what its own words add: an article and
    a verb of saying around it, a weak first name ("Abu", none at all after a preposition of place,
    ``place``) and its head word."""
    text = words.text
    if "determiner" in ev and j < len(text) and text[j] in _REPORTING and _article_speaker(words, i, j):
        ev = [e for e in ev if e not in _PERSON_SPEAKING] + ["org_context"]  # "the Post reported"
    if "first_name" in ev and text[i] in WEAK_FIRST_NAMES:
        # "Abu" opens people's names and places' alike ("Abu Kamal"): after "near" it is no person
        ev = (
            [e for e in ev if e != "first_name"]
            if place
            else ["weak_first_name" if e == "first_name" else e for e in ev]
        )
    if j - i >= 2:  # a head word alone names nothing
        head = HEAD_EVIDENCE.get(text[j - 1])  # head_evidence's answer
        if head is not None:
            ev.append(head)
        elif j - i == 2 and text[i] == "Air" and text[i + 1] not in _AIR_RANKS:
            ev.append("org_head")  # "Air Deccan": an airline; not "Air Marshal", "Air Bag Safety"
    name = text[i] if j - i == 1 else " ".join(text[i:j])
    return _new(Candidate, (i, j, words.start[i], words.end[j - 1], name, "chunk", (), tuple(ev), prefix))


def _descriptor_and_first_name(ev: list[str], before: str) -> None:
    """A first name outweighs a descriptor ("former broadcaster Peter Kent"), but a company-only noun
    is kept as weaker evidence that company_votes weighs ("his company Scott Free"), and a noun of a
    printed medium outweighs the first name ("the daily Le Monde": no person is a newspaper)."""
    if before in _PRINTED:
        ev.remove("first_name")
        return
    ev.remove("descriptor")
    if before in _COMPANY_ONLY:
        ev.append("company_descriptor")


def _layout_evidence(
    words: Words, i: int, j: int, prev: int | None, nxt: str | None, ev: list[str]
) -> list[str]:
    """The evidence of a chunk's layout and neighbours: scorecards, fixtures, scorers, scores,
    products, substitutes, media names, standings rows (``ev`` extended; replaced where "&" rules
    out a person)."""
    text, lower, n = words.text, words.lower, len(words.text)
    if (prev is not None and text[prev] in _SCORECARD) or (nxt is not None and nxt in _SCORECARD):
        ev.append("scorecard")  # "Ranatunga lbw b Fleming 0", "S. Law c Tillekeratne b Dharmasena"
    if (prev is not None and text[prev] in _FIXTURE) or (nxt is not None and nxt in _FIXTURE):
        ev.append("fixture")  # "Port Vale v Oxford", "Bury v Bristol City": the sides of a fixture
    if nxt is not None and (prev is None or text[prev] in _BEFORE_SCORER) and scorer(words, j):
        ev.append("scorer")  # "( Cruyff 39th minute , Solskjaer 70th )", "Ronaldo ( 85th )"
    if j - i > 1 and "&" in text[i:j]:  # "Douglas & Lomason", "Standard & Poor's": no person's name
        ev = [e for e in ev if e != "first_name"] + ["ampersand"]
    if (
        nxt is not None
        and nxt.isdigit()  # what in_score_line looks at first
        and not ("first_name" in ev or "initial" in ev or "title" in ev)
        and in_score_line(words, i, j)
    ):
        ev.append("score")  # a golfer with a first name and a score stays a person
    elif (
        nxt is not None
        and nxt.isdigit()
        and "first_name" in ev
        and not ("initial" in ev or "title" in ev)
        and result_row_side(words, i, j)
    ):
        ev.append("fixture")  # "Wigan 42 Bradford Bulls 36": a result row's sides are teams
    if (nxt is not None and lower[j] in _PRODUCT_AFTER and not words.poss[j - 1]) or (
        prev is not None
        and lower[prev] in _PRODUCT_BEFORE
        and not words.cap[prev]
        and (prev == 0 or lower[prev - 1] not in ("a", "an", "best"))  # "a single X", "best film Oscar"
        and not (nxt is not None and (nxt[0].isdigit() or nxt == ":" or nxt[0].isupper()))  # "Halo 2"
    ):
        ev.append("product")  # "its GameBoy console", "the album Stakonia", "TV soap Brookside"
    if (
        prev is not None
        and text[prev] == "("
        and nxt is not None
        and nxt.isdigit()
        and len(nxt) <= 3
        and j + 1 < n
        and text[j + 1] == ")"
    ):
        ev.append("substitute")  # a line-up's substitute and minute: "Jarosik (Tiago 56)"
    if nxt is not None and nxt in _MEDIA_NOUNS:
        ev.append("media")  # "Vogue magazine", "PAP news agency", "Sky television"
    if nxt is not None and nxt.isdigit() and standings_row(words, i, j):
        ev.append("standings")  # "Cruz Azul 3 2 1 0 7 3 7": played, won, drawn, lost, for, against, points
    return ev
