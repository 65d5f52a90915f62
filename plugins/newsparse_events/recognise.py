"""Find casualty and conflict events: a role trigger, its count, victims, perpetrator, place, date and source.

One event per fact: "211 civilians were killed and 1,447 wounded" gives two events. Work is per
sentence on the shared tokens, linear in the sentence's tokens times a small constant.

The other layers are read through their core contract types (:class:`newsparse.Claim`,
:class:`newsparse.Quantity`, :class:`newsparse.TimeExpression`, :class:`newsparse.Entity`): the
pipeline guarantees that a contract layer holds only its type, so no field is probed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import partial

import attrs

from newsparse import Claim, Document, Quantity, Span, TimeExpression
from newsparse.syntax import SyntaxTree, sentence_tree
from newsparse.text import TokenColumns
from newsparse_events.actors import (
    ACTOR_KINDS,
    PLACE_KINDS,
    actor_of_pronoun,
    between_clean,
    no_actor,
    perpetrator_near,
    reporter,
    structural_actor,
)
from newsparse_events.agents import agent_count, joined
from newsparse_events.anchors import (
    clause_dates,
    date_near,
    later_relative,
    lead_date,
    leading_clause_end,
    linked_date,
    narrative_date,
    needs_narrative_day,
    relative_start,
    resolved_date,
    saying_clause_dates,
    saying_dates,
    saying_times,
)
from newsparse_events.areas import areas_in_sentence, areas_of, most_specific
from newsparse_events.aside_source import claimed_source
from newsparse_events.asides import aside_between, asides, clause_asides, in_aside, in_comma_aside
from newsparse_events.asides import outside as outside_asides
from newsparse_events.chain import chained_dates
from newsparse_events.claimants import find_claimants, with_claimant
from newsparse_events.clauses import foreign_spans
from newsparse_events.context import Frame, Lookup, Mention, Sentence, sentences, within
from newsparse_events.earlier import with_earlier_actor
from newsparse_events.incidents import unplaced, with_incident
from newsparse_events.inner import inner_place
from newsparse_events.irrealis import unreal_verb
from newsparse_events.journeys import journey_ends, journey_told
from newsparse_events.lexicon import (
    ASIDE_OPENERS,
    DETERMINERS,
    ELISION_GAPS,
    HARD_BREAKS,
    KINDS,
    OBJECT_PREFIXES,
    PAIR_NOUNS,
    SKIP_BEFORE_TRIGGER,
    TRIGGERS,
    VICTIM_NOUNS,
    VIOLENCE_WORDS,
)
from newsparse_events.model import Event, QuantityRef
from newsparse_events.objects import object_antecedent
from newsparse_events.places import (
    as_mention,
    as_span,
    dated_otherwise,
    joint_place,
    located_names,
    many_places,
    mention_near,
    named_incident,
    narrative_place,
    nearest,
    one_of_many,
    opens_with_date,
    origins,
    outside,
    possessors,
    with_areas,
)
from newsparse_events.pronouns import with_pronoun_roles
from newsparse_events.refine import refine
from newsparse_events.reports import reported_source
from newsparse_events.roles import (
    Roles,
    actor_after_when,
    actor_before,
    actor_blamed,
    actor_of_attack,
    means_and_owner,
    not_the_agent,
    roles_from_tree,
    storm_apart,
)
from newsparse_events.singles import (
    is_passive,
    is_person_noun,
    is_unreal,
    joined_before,
    killed_named,
    object_starts,
    past_appositions,
    single_after,
    single_of_noun,
    singles_after,
    singles_before,
    skip_back,
    sums_to,
    superset_of,
    vague_after,
)
from newsparse_events.subjects import INJURY_NOUNS, adjunct_subject, sufferer, violent_relative
from newsparse_events.tolls import toll_figure
from newsparse_events.triggers import (
    MAX_SUBJECT_GAP,
    Trigger,
    drop_group_nouns,
    find_triggers,
    openers,
    with_splits,
)
from newsparse_events.victims import head_word, several_before, victims_after, victims_of, victims_stretch

__all__ = ["extract"]

MAX_ANAPHOR_DISTANCE = 400  # characters from the event a "the number was ..." refers back to
# verb triggers that take no object: the count before them is always the victims'
INTRANSITIVE = frozenset(
    "died die dies perished dead missing unaccounted lost lose losing fled flee evacuated uprooted".split()
)
# between a toll noun and its figures: "reports on fatalities range from 2 to 4"
RANGE_LINKS = frozenset({"range", "ranges", "ranged", "ranging", "from", "between", "varied", "vary"})
CLAIMED = frozenset({"claimed", "claiming"})  # killed only with a toll as object: "claimed 19 lives"
BE_OR_HAVE = frozenset("was were is are had have has been".split())
SINGULAR_NOUNS = frozenset({"death", "body", "fatality"})
CAUSE_VERBS = frozenset(
    """incurring incurred suffered suffering suffer causing caused cause inflicting inflicted resulting
    resulted""".split()
)
PRONOUNS = frozenset({"him", "her", "his", "one", "other"})  # "he"/"she" subjects name the victim
TRIGGER_WORDS = frozenset(word for key in TRIGGERS for word in key)


def _count_for(
    tokens: TokenColumns, s: Sentence, trig: Trigger, prev_end: int, used: set[int]
) -> tuple[int, int, Quantity] | None:
    """The count of trigger ``trig``: by its form, the quantity before or after it."""
    after = [c for c in s.counts if c[0] >= trig.b and id(c[2]) not in used]
    before = [c for c in s.counts if c[1] <= trig.a and c[0] >= prev_end and id(c[2]) not in used]
    if trig.form == "noun":
        for c in reversed(before):
            counted = c[2].counted
            if counted is not None and counted.start == tokens.starts[trig.a]:
                return c
            if trig.a - c[1] <= 2 and between_clean(tokens, c[1], trig.a):
                return c
        if after and trig.b < s.hi and str.lower(tokens.texts[trig.b]) == "of" and after[0][0] - trig.b <= 2:
            return after[0]  # "the corpses of around thirty militants"
        links = {str.lower(t) for t in tokens.texts[trig.b : after[0][0]]} if after else {"-"}
        return after[0] if after and after[0][0] - trig.b <= 3 and links <= RANGE_LINKS else None
    if trig.form in {"toll", "anaphor"}:
        return toll_figure(tokens, trig.b, after)
    # verb: an object right after ("killing [all] 12 people"), else the subject before ("211 were killed")
    k = trig.b
    while k < s.hi and k - trig.b < 2 and str.lower(tokens.texts[k]) in OBJECT_PREFIXES:
        k += 1
    if after and after[0][0] in {trig.b, k}:
        if not _next_fact(tokens, s, after[0]):
            return after[0]
        if before and before[-1][1] == trig.a:
            return before[-1]  # "1 killed 3 injured": one killed
    before = [c for c in before if not agent_count(tokens, s.lo, c[0])]  # "by four men": the doers
    if before and not _is_active(tokens, s, trig):
        groups = asides(tokens, s.lo, trig.a)  # "5 civilians (2 men and 3 women) were killed": 5
        before = [c for c in before if not in_aside(c[0], groups)] or before
        c = before[-1]
        if len(before) > 1 and _partitive(tokens, before[-2], c):
            c = before[-2]  # "14 out of 45 passengers on the bus died": 14 died
        if _relative_subject(tokens, s, c, trig):
            return None  # "20 friends of a man who died": the man died
        whole = superset_of(tokens, before[:-1], c) if len(before) > 1 else None
        if len(before) > 1 and _in_parenthetical(tokens, c, trig):
            c = before[-2]  # "12 people, including 3 children, were killed": the count is 12
        elif whole is not None:
            c = whole  # "21 militants including 2 commanders were killed": the count is 21
        elif in_comma_aside(tokens, s.lo, (c[0], c[1]), trig.a):
            return None  # "Patsy Rowlands, known to millions, has died": the aside counts nothing
        between = outside_asides(c[1], trig.a, [*groups, *clause_asides(tokens, c[1], trig.a)])
        if len(between) <= MAX_SUBJECT_GAP and not any(tokens.texts[k] in HARD_BREAKS for k in between):
            return None if _reports_another(tokens, between) else c
    return None


_SAYING = frozenset("said say says told indicated confirmed reported claimed stated alleged believed".split())
_NEW_SUBJECT = frozenset("that the a an he she they his her their".split())


def _reports_another(tokens: TokenColumns, between: Sequence[int]) -> bool:
    """Whether the count's noun says something of another subject: "Two witnesses said the man was killed"."""
    words = [str.lower(tokens.texts[k]) for k in between]
    return any(
        w in _SAYING and words[i + 1 : i + 2] != ["to"] and not _NEW_SUBJECT.isdisjoint(words[i + 1 :])
        for i, w in enumerate(words)
    )


def _next_fact(tokens: TokenColumns, s: Sentence, c: tuple[int, int, Quantity]) -> bool:
    """Whether a count right after a trigger opens the next fact: "1 killed 3 injured" (3 were injured)."""
    word = str.lower(tokens.texts[c[1]]) if c[1] < s.hi else ""
    return word.endswith("ed") and word in TRIGGER_WORDS


_PARTITIVE = (("out", "of"), ("of",), ("of", "the"), ("out", "of", "the"))


def _partitive(
    tokens: TokenColumns, part: tuple[int, int, Quantity], whole: tuple[int, int, Quantity]
) -> bool:
    """Whether a count is a part of the next one: "14 out of 45 passengers", "two of the 12 hostages"."""
    return tuple(str.lower(t) for t in tokens.texts[part[1] : whole[0]]) in _PARTITIVE


def _relative_subject(tokens: TokenColumns, s: Sentence, c: tuple[int, int, Quantity], trig: Trigger) -> bool:
    """Whether the subject is a "who" clause's noun, not the count's: "20 friends of a man who died"."""
    k = skip_back(tokens, s.lo, trig.a)
    return k - 1 > c[1] + 1 and str.lower(tokens.texts[k - 1]) == "who"


def _claims_lives(
    text: str, tokens: TokenColumns, s: Sentence, trig: Trigger, count: tuple[int, int, Quantity] | None
) -> bool:
    """Whether "claimed" takes a toll as object: "the fighting claimed 19 troops", "claimed 2,400 lives"."""
    if count is None or count[0] - trig.b > 1:
        return False
    counted = count[2].counted
    k = count[1]
    while k < s.hi and (
        tokens.starts[k] < (counted.end if counted is not None else 0)
        or str.lower(tokens.texts[k]) in VICTIM_NOUNS
    ):
        k += 1
    if k < s.hi and (str.lower(tokens.texts[k]) in BE_OR_HAVE or str.lower(tokens.texts[k]) in TRIGGER_WORDS):
        # "claimed 12 soldiers were killed", "claimed 30 militants dead": a claim of another toll
        return False
    head = head_word(counted) if counted is not None else ""
    return head in VICTIM_NOUNS or head == "lives" or victims_after(text, tokens, count[1], s.hi) is not None


def _coordinated(
    tokens: TokenColumns,
    s: Sentence,
    last: tuple[Trigger, tuple[int, int, Quantity] | None],
    second: Trigger,
) -> bool:
    """Whether a verb trigger shares the subject of the one before: "were kidnapped [by X] and killed".

    A counted subject must stand before the first verb; ``last``'s count None asks for the verbs only.
    """
    first, count = last
    return (
        (count is None or count[1] <= first.a)
        and first.form == second.form == "verb"
        and not _is_active(tokens, s, second)
        and joined(tokens, first.b, second.a)
        and first.role != second.role
    )


def _is_active(tokens: TokenColumns, s: Sentence, trig: Trigger) -> bool:
    """Whether a verb trigger is active with an object after it: the subject before it did the killing."""
    if trig.form != "verb" or str.lower(tokens.texts[trig.a]) in INTRANSITIVE:
        return False
    return not is_passive(tokens, s.lo, trig.a) and object_starts(tokens, trig.b, s.hi)


def _singles(
    text: str,
    tokens: TokenColumns,
    s: Sentence,
    trig: Trigger,
    mentions: Sequence[Mention] = (),
) -> list[tuple[Span, Span]]:
    """The unnumbered single victims of a trigger without a count: (determiner, noun phrase) each.

    A person named right before a passive or intransitive trigger is one victim ("Minister John
    Wiley died today"), or before ", who" and the trigger ("Robert McCartney, who was killed").
    """
    if trig.form == "noun":
        if str.lower(tokens.texts[trig.a]) in INJURY_NOUNS:
            return sufferer(text, tokens, s, trig)
        if str.lower(tokens.texts[trig.a]) not in SINGULAR_NOUNS:
            return []
        one = single_of_noun(text, tokens, s.lo, s.hi, trig.a, trig.b)
        return [one] if one is not None else []
    if trig.form != "verb":
        return []
    # "murdered designer Gianni Versace" is one death ("the injured Phil Vickery" tells no injury here)
    one = killed_named(text, tokens, trig.a, trig.b, mentions) if _adjectival(tokens, s, trig) else None
    if one is not None:
        return [one]
    if _is_active(tokens, s, trig) or str.lower(tokens.texts[trig.b - 1]) == "of":
        one = _named_after(text, tokens, s, trig, mentions) or single_after(text, tokens, trig.b, s.hi)
        return singles_after(text, tokens, one, s.hi)
    found = singles_before(text, tokens, s.lo, trig.a) or adjunct_subject(text, tokens, s, trig)
    if not found:
        k = skip_back(tokens, s.lo, trig.a)  # "John Smith was shot and killed": a prior act skipped too
        k = past_appositions(tokens, s.lo, k)  # "John Smith, 32, from Leeds, was shot dead"
        if violent_relative(tokens, s, trig, k):
            k -= 2  # "Stefan Pakeerah, who was stabbed to death": the relative's antecedent
        if k > s.lo:
            end = tokens.ends[k - 1]
            for start, stop, _ident, kind, _form in mentions:
                if kind == "PERSON" and stop == end:
                    name = Span.of(text, start, stop)
                    return [(name, name)]
    return found


def _named_after(
    text: str, tokens: TokenColumns, s: Sentence, trig: Trigger, mentions: Sequence[Mention]
) -> tuple[Span, Span] | None:
    """A person named right after an active trigger is its one victim: "gunmen killed John Smith".

    A name that is a possessor ("killed John Smith's brother") names someone else; a participle after
    a determiner or a gerund is an adjective ("the injured Phil Vickery", "replacing injured X").
    """
    if trig.b >= s.hi or _adjectival(tokens, s, trig):
        return None
    k = trig.b
    if str.lower(tokens.texts[k]) in _KIN_POSSESSIVES:  # "the murder of their brother Robert McCartney"
        k += 1
        while k < min(s.hi, trig.b + 3) and tokens.texts[k].isalpha() and tokens.texts[k].islower():
            k += 1
        if k == trig.b + 1 or k >= s.hi:
            return None
    begin = tokens.starts[k]
    for start, stop, _ident, kind, _form in mentions:
        if kind == "PERSON" and start == begin and not text.startswith("'s", stop):
            return Span.of(text, start, stop), Span.of(text, tokens.starts[trig.b], stop)
    return None


_KIN_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my"})


def _adjectival(tokens: TokenColumns, s: Sentence, trig: Trigger) -> bool:
    """Whether a participle trigger modifies the noun after it: "the temporarily injured Chris Latham"."""
    if not str.lower(tokens.texts[trig.b - 1]).endswith(("ed", "slain")):
        return False
    k = trig.a - 1
    while k >= s.lo and str.lower(tokens.texts[k]).endswith("ly"):
        k -= 1
    if k < s.lo:
        return True  # "Injured Xabi Alonso will miss the game"
    word = str.lower(tokens.texts[k])
    return (
        word in DETERMINERS or word in _BEFORE_ADJECTIVES or word.endswith("ing") or word.startswith("replac")
    )


# words before a participle that modifies a name: "in for injured Vickery", "without injured Alonso",
# "founded by assassinated former prime minister Rafik Hariri"
_BEFORE_ADJECTIVES = frozenset({"for", "without", "with", "of", "by"})


# a victim group: a count of the quantities layer, or a count read here (1 for a single victim) with its group
_Item = tuple[tuple[int, int, Quantity] | None, tuple[QuantityRef, Span | None] | None]


def _items(
    text: str,
    tokens: TokenColumns,
    s: Sentence,
    trig: Trigger,
    count: tuple[int, int, Quantity] | None,
    used: set[int],
    mentions: Sequence[Mention] = (),
) -> list[_Item]:
    """The victim groups of one trigger: its counts (joined ones too) and unnumbered single victims.

    Empty when a singular noun trigger ("death", "body") has no victim: it is no event.
    """
    if count is None:
        ones = _singles(text, tokens, s, trig, mentions)
        if not ones and str.lower(tokens.texts[trig.a]) in SINGULAR_NOUNS:
            return []
        if ones:
            return [(None, _single_ref(one)) for one in ones]
        k = trig.a
        while k > s.lo and str.lower(tokens.texts[k - 1]) in SKIP_BEFORE_TRIGGER:
            k -= 1
        several = several_before(text, tokens, s.lo, k, _is_active(tokens, s, trig))
        if trig.form in {"verb", "noun"} and several is not None:  # "left several injured"
            return [(None, several)]
        after_of = str.lower(tokens.texts[trig.b - 1]) == "of"
        if trig.form == "verb" and (_is_active(tokens, s, trig) or after_of):
            vague = vague_after(text, tokens, trig.b, s.hi)
            if vague is not None:  # "killing several soldiers", "killing an unspecified number of"
                span, low, high, group = vague
                value = 1 if low == high == 1 else None
                return [(None, (QuantityRef(span.start, span.end, span.text, value, low, high, None), group))]
        return [(None, None)]
    items: list[_Item] = [(c, None) for c in [*_joined(tokens, s, trig, count, used), count]]
    if trig.form == "verb" and count[1] <= trig.a:  # "two policemen and a civilian were killed"
        ones = singles_before(text, tokens, s.lo, trig.a)
        items.extend(
            (None, _single_ref(one))
            for one in ones
            if one[0].start >= count[2].end and not aside_between(tokens, count[1], one[0].start)
        )
        items.extend((None, _single_ref(one)) for one in joined_before(text, tokens, s.lo, count[0]))
    elif trig.form == "verb":  # "arrested two editors and a reporter"
        for k in range(count[1], min(s.hi - 1, count[1] + 4)):
            if tokens.texts[k] in HARD_BREAKS or tokens.texts[k] == ",":
                break
            if str.lower(tokens.texts[k]) == "and":
                one = single_after(text, tokens, k + 1, s.hi)
                if one is not None:
                    items.append((None, _single_ref(one)))
                break
    return items


def _caused(tokens: TokenColumns, s: Sentence, trig: Trigger) -> bool:
    """Whether an uncounted plural toll is caused or suffered: "incurring fatalities"."""
    if trig.form != "noun" or str.lower(tokens.texts[trig.a]) not in {"fatalities", "deaths", "casualties"}:
        return False
    before = {str.lower(t) for t in tokens.texts[max(s.lo, trig.a - 4) : trig.a]}
    if before & {"no", "neither", "nor", "without", "not", "zero"}:
        return False  # "no fatalities were reported", "with no resulting injuries or fatalities"
    return bool(before & CAUSE_VERBS) or (
        trig.b + 2 <= s.hi
        and [str.lower(t) for t in tokens.texts[trig.b : trig.b + 2]] in (["were", "reported"],)
    )


def _in_parenthetical(tokens: TokenColumns, c: tuple[int, int, Quantity], trig: Trigger) -> bool:
    """Whether count ``c`` sits in an ", including ... ," aside between its subject and the trigger."""
    k = c[0] - 1
    if k < 1 or str.lower(tokens.texts[k]) not in ASIDE_OPENERS:
        return False
    return tokens.texts[k - 1] == "," and any(t == "," for t in tokens.texts[c[1] : trig.a])


def _quantity_ref(q: Quantity) -> QuantityRef:
    """A ref to quantity ``q`` that carries its value, bounds and modifier."""
    return QuantityRef.of(q)


def _single_ref(single: tuple[Span, Span]) -> tuple[QuantityRef, Span | None]:
    """One unnumbered victim: the count 1..1 on its determiner ("a" of "a farmer"), and its group.

    A pronoun ("his death") names no group; a subject pronoun is the victim ("She was arrested").
    A couple is one group of two: the count 2..2 ("a Dutch couple kidnapped from their farm").
    """
    det, group = single
    n = 2 if str.lower(group.text).rsplit(maxsplit=1)[-1] in PAIR_NOUNS else 1  # "a Dutch couple": two
    ref = QuantityRef(det.start, det.end, det.text, n, n, n, None)
    return ref, None if str.lower(group.text) in PRONOUNS else group


def _counts_things(word: str) -> bool:
    """Whether a plural noun counts things, not people ("offences", "warrants"; not "rebels", "police")."""
    if word in VICTIM_NOUNS or not word.endswith("s") or len(word) < 4:
        return False
    return not is_person_noun(word[:-3] + "man" if word.endswith("men") else word[:-1])


def _joined(
    tokens: TokenColumns, s: Sentence, trig: Trigger, count: tuple[int, int, Quantity], used: set[int]
) -> list[tuple[int, int, Quantity]]:
    """Counts joined to ``count`` by "and" or a comma: "12 rebels and 4 soldiers were killed" gives 12 too.

    A noun trigger joins the counts before it: "resulting in 2 rebel and 1 military fatality".
    """
    if trig.form not in {"verb", "noun"} or (trig.form == "noun" and count[1] > trig.a):
        return []
    found: list[tuple[int, int, Quantity]] = []
    current = count
    step = -1 if count[1] <= trig.a else 1
    while True:
        others = [c for c in s.counts if id(c[2]) not in used and c is not current and c not in found]
        if step < 0:
            near = [c for c in others if c[1] <= current[0]]
            nxt = near[-1] if near else None
            gap = tokens.texts[nxt[1] : current[0]] if nxt is not None else ()
        else:
            near = [c for c in others if c[0] >= current[1]]
            nxt = near[0] if near else None
            gap = tokens.texts[current[1] : nxt[0]] if nxt is not None else ()
        words = [str.lower(t) for t in gap]
        outer = superset_of(tokens, others, nxt) if step < 0 and nxt is not None else None
        if outer is not None and nxt is not None and sums_to(outer, [nxt, *found, count]):
            outer = None  # "five personnel including one policeman and four soldiers": a breakdown
        if outer is not None and words[-2:] == [",", "and"]:  # "21 militants, including 2 commanders, and 4"
            words = [*words[:-2], "and"]
        if nxt is None or not words or words[-1] not in {"and", ","} or len(words) > 6:
            break
        if any(w in HARD_BREAKS or (w == "," and k < len(words) - 1) for k, w in enumerate(words)):
            break
        if not all(w in VICTIM_NOUNS or (w.isalpha() and w not in TRIGGER_WORDS) for w in words[:-1]):
            break
        if trig.form == "noun" and any(_counts_things(w) for w in words[:-1]):
            break  # "10,500 firearms offences and 70 gun crime deaths": offences are no deaths
        nxt = outer or nxt  # "21 militants including 2 commanders and 4 soldiers": 21, not its part
        found.insert(0, nxt) if step < 0 else found.append(nxt)
        current = nxt
    return found


def _extent(trigger: Span, count: QuantityRef | None, victims: Span | None) -> tuple[int, int]:
    """An event's extent: its trigger and count, or its victims when it has no count."""
    if count is not None:
        return min(trigger.start, count.start), max(trigger.end, count.end)
    if victims is not None:
        return min(trigger.start, victims.start), max(trigger.end, victims.end)
    return trigger.start, trigger.end


def _perpetrator(
    text: str,
    tokens: TokenColumns,
    s: Sentence,
    trig: Trigger,
    active: bool,
    roles: Roles,
    mentions: Sequence[Mention],
) -> tuple[tuple[int, int, str | None] | None, Span | None]:
    """The actor who did it (from the structure, else the words around) and a storming's means, if any."""
    perp = structural_actor(
        text, roles.perpetrator, as_mention(roles.perpetrator, mentions, ACTOR_KINDS), mentions
    )
    if perp is None:  # an actor before a noun ("Dutroux led police to the bodies") did some other act
        verbal = active and trig.form == "verb"
        perp = perpetrator_near(text, tokens, s.lo, s.hi, s.end, trig.a, trig.b, verbal, mentions)
        if perp is not None and not_the_agent(roles, perp[0], perp[1], tokens.starts[trig.a]):
            perp = None  # the words disagree with the tree: "killed 10 Taliban militants, and injured 5"
    if perp is None and active and not roles.subject:
        perp = as_mention(actor_before(text, tokens, s.lo, trig.a), mentions, ACTOR_KINDS)
    if perp is None:
        perp = as_mention(actor_after_when(text, tokens.ends[trig.b - 1], s.end), mentions, ACTOR_KINDS)
    if perp is None:
        perp = as_mention(actor_blamed(text, tokens.ends[trig.b - 1], s.end), mentions, ACTOR_KINDS)
    if perp is None:
        perp = as_mention(actor_of_attack(text, s.start, s.end), mentions, ACTOR_KINDS)
    return storm_apart(text, perp)


def _event(
    doc: Document,
    s: Sentence,
    trig: Trigger,
    count: QuantityRef | None,
    victims: Span | None,
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    dates: Sequence[TimeExpression],
    tree: SyntaxTree | None,
    blocked: Sequence[tuple[int, int]] = (),
) -> Event:
    """The event of one trigger and one count, with its perpetrator, instrument, place, date and source."""
    text, tokens = doc.text, doc.token_columns
    trigger = Span.of(text, tokens.starts[trig.a], tokens.ends[trig.b - 1])
    start, end = _extent(trigger, count, victims)
    # who "put the figure at 23" or "raised the toll" reported it: a toll's subject is no perpetrator
    active = trig.form not in {"toll", "anaphor"} and (
        _is_active(tokens, s, trig) or (count is not None and count.start >= trigger.end)
    )
    date_spans = [(t.start, t.end) for t in dates]
    roles = roles_from_tree(text, tree, trigger, active, victims, date_spans) if tree is not None else Roles()
    perp, storm_span = _perpetrator(text, tokens, s, trig, active, roles, mentions)
    if perp is not None and (reporter(claims, *perp[:2], trigger.start, tree) or no_actor(text, *perp[:2])):
        perp = None  # "El-Watan paper said the blast killed seven": who reports it did not kill
    if perp is None and roles.pronoun is not None:
        perp = actor_of_pronoun(claims, roles.pronoun, mentions)  # "the army said it had killed 40"
    exclude = [(p[0], p[1]) for p in (perp,) if p is not None]
    exclude.extend(b for b in blocked if s.start <= b[1] and b[0] <= s.end)
    exclude.extend(origins(text, mentions))
    exclude.extend(victims_stretch(text, trigger, count, victims, start, end))
    located = located_names(text, tokens, s.lo, s.hi, mentions, date_spans, PLACE_KINDS)
    spans = [(p[0], p[1]) for p in located] + [(m[0], m[1]) for m in mentions if m[3] in PLACE_KINDS]
    foreign = foreign_spans(tree, trigger.start, [*spans, *date_spans])  # another clause's places, dates
    exclude.extend([*foreign, *journey_ends(tree, spans)])  # "trying to reach the United States"
    exclude.extend(possessors(text, [(m[0], m[1], m[2]) for m in mentions if m[3] in PLACE_KINDS] + located))
    place = (
        outside(as_mention(roles.place, mentions, PLACE_KINDS, owned=True), exclude)
        or nearest(located, trigger, exclude)
        or mention_near(
            mentions, (s.start, s.end), trigger.start, PLACE_KINDS, text, exclude, placed_only=True
        )
        or nearest(
            named_incident(text, tokens, s.lo, s.hi, mentions, date_spans, PLACE_KINDS), trigger, exclude
        )
    )
    outer = place = one_of_many(text, place)
    joint = joint_place(text, s.start, s.end, mentions, place)  # "in Kenya and Tanzania": both, joined
    outer = None if joint else outer
    place = with_areas(tokens, s.lo, s.hi, joint or most_specific(text, place, located, exclude))
    frame = outside(located[0], exclude) if located else None
    instrument, owner = means_and_owner(text, s.start, s.end, trigger, roles.instrument or storm_span, tree)
    perp = perp or as_mention(owner, mentions, ACTOR_KINDS)  # "by a sniper's bullet": the sniper
    leading = leading_clause_end(text, tokens, s.lo, s.hi, s.start)
    leading = max(leading, relative_start(text, s.start, trigger.start))
    # "killed ..., police said on Friday": Friday is when it was said, not when they died
    said = saying_times(text, claims, saying_dates(dates, claims, start, end))
    timed = clause_dates(tree, said, trigger, nominal=trig.form == "noun", claims=claims)
    timed = [t for t in timed if (t.start, t.end) not in foreign]
    return Event(
        start=start,
        end=end,
        text=text[start:end],
        kind=KINDS[trig.role],
        role=trig.role,
        trigger=trigger,
        count=count,
        victims=victims,
        perpetrator=perp[2] if perp is not None else None,
        perpetrator_text=Span.of(text, perp[0], perp[1]) if perp is not None else None,
        place=place[2] if place is not None else None,
        place_text=Span.of(text, place[0], place[1]) if place is not None else None,
        areas=areas_of(text, tokens, (s.lo, s.hi), place, frame, mentions, PLACE_KINDS, outer),
        date=resolved_date(date_near(timed, s.start, s.end, trigger.start, leading), doc),
        source=claimed_source(claims, tree, trigger, start, end) or reported_source(text, s.start, trigger),
        instrument=instrument,
        scope="cumulative" if roles.total else "incident",
    )


def extract(doc: Document) -> tuple[list[Event], list[Mention]]:
    """The casualty and conflict events of ``doc``, one per fact, in text order (see :mod:`.refine`),
    with the sorted entity mentions built for them (none without a trigger: nothing reads them)."""
    opening = openers(doc.token_lowers)
    lookup = Lookup.of(doc) if opening else None
    found = [] if lookup is None else list(_events(doc, opening, lookup))
    if lookup is None or not found:
        return [], [] if lookup is None else lookup.mentions
    dates = sorted(doc.dates, key=lambda t: t.start)
    kept = chained_dates(doc, refine(doc, found, dates), dates)
    claimants = find_claimants(doc, lookup.mentions) if "responsibility" in doc.text else []
    return [with_claimant(doc, event, claimants) for event in kept], lookup.mentions


def _violent(tokens: TokenColumns, lo: int, hi: int) -> bool:
    """Whether tokens ``[lo, hi)`` tell an attack or a casualty: a trigger or a word of violence."""
    return any(str.lower(t) in VIOLENCE_WORDS for t in tokens.texts[lo:hi]) or bool(
        find_triggers(tokens, lo, hi)
    )


def _from_narrative(
    doc: Document, event: Event, lookup: Lookup, frame: Frame, tree: SyntaxTree | None, said: frozenset[int]
) -> Event:
    """The event with the place and date its own sentence lacks taken from the sentences around it.

    A sentence that places the incident ("the explosion, which happened in X") comes first, then
    the narrative's place (an earlier violent sentence's) and the linked or lead date, never a date
    that times a saying (``said``: the starts of those the trees of earlier sentences hang on a cue).
    """
    mentions, dates, heads = lookup.mentions, lookup.dated.dates, frame.heads
    event = with_pronoun_roles(doc, with_incident(doc, event, frame.incidents), mentions, tree)
    event = with_earlier_actor(doc, event, mentions)
    violent = partial(_violent, doc.token_columns)
    event = inner_place(doc, event, mentions, frame.blocked)
    if (
        event.place_text is None
        and not many_places(doc, event.start, event.end, mentions)
        and not journey_told(tree, mentions, PLACE_KINDS)  # "died at sea while trying to reach X"
    ):
        own = event.date.value if event.date is not None else None
        other = partial(dated_otherwise, own, lookup.dated.date_days)
        dated = partial(opens_with_date, lookup.dated.date_starts, doc.token_columns)  # sorted once
        place = narrative_place(doc, event.start, mentions, frame.blocked, PLACE_KINDS, violent, other, dated)
        event = attrs.evolve(
            event,
            place=place and place[2],
            place_text=as_span(doc.text, place),
            areas=areas_in_sentence(doc, place, mentions, PLACE_KINDS),
        )
    if event.date is None:
        # "..., a paper said on Thursday.": no date of a saying
        dates = [t for t in lookup.dated.unsaid_dates if t.start not in said]
        date = linked_date(dates, doc, event.start, heads, violent)
        date = date or lead_date(dates, doc, event.start, heads)
        event = attrs.evolve(event, date=date)
    if event.date is not None and needs_narrative_day(event.date):
        event = attrs.evolve(event, date=narrative_date(dates, doc, event.date.start) or event.date)
    return event


# one casualty fact of a sentence: its trigger, count and victim group
_Fact = tuple[Trigger, QuantityRef | None, Span | None]


def _facts(
    doc: Document, s: Sentence, mentions: Sequence[Mention], last: tuple[str, int] | None
) -> tuple[list[_Fact], tuple[str, int] | None]:
    """The casualty facts of one sentence, and the role and end of the last fact (an anaphor's referent).

    ``last`` is the role and end of the document's last fact before the sentence.
    """
    text, tokens, low = doc.text, doc.token_columns, doc.token_lowers  # low: shared, lower-cased once
    facts: list[_Fact] = []
    prev_end = s.lo
    prev_victims: Span | None = None
    prev_event_end = -1
    used: set[int] = set()
    previous: tuple[Trigger, tuple[int, int, Quantity] | None] | None = None
    singles: list[_Item] = []
    triggers = with_splits(tokens, s.lo, s.hi, find_triggers(tokens, s.lo, s.hi, low), low)
    for found in drop_group_nouns(tokens, triggers):
        trig = found
        if found.form == "anaphor":
            if last is None or tokens.starts[found.a] - last[1] > MAX_ANAPHOR_DISTANCE:
                continue
            trig = attrs.evolve(found, role=last[0])
        if trig.form == "verb" and is_unreal(tokens, s.lo, trig.a):
            prev_end = trig.b
            continue  # "attempted to kill", "could kill": nobody died
        count = _count_for(tokens, s, trig, prev_end, used)
        if str.lower(tokens.texts[trig.a]) in CLAIMED and not _claims_lives(text, tokens, s, trig, count):
            continue  # "claimed responsibility", "claimed 12 were killed": no toll of its own
        shared = count is None and previous is not None and _coordinated(tokens, s, previous, trig)
        count = previous[1] if shared and previous is not None else count  # "3 were kidnapped and killed"
        items = _items(text, tokens, s, trig, count, used, mentions)
        if shared and count is None:
            items = singles or items  # "a man was abducted by four men and stabbed": the same man
        previous = (trig, count)
        singles = [item for item in items if item[0] is None and item[1] is not None]
        for c, one in items:
            victims = one[1] if one else victims_of(text, tokens, (s.lo, s.hi), trig, c, mentions)
            them = object_antecedent(doc, s, trig.a, trig.b) if c is None and trig.form == "verb" else None
            c, victims = them or (c, victims)  # "dragged 10 men ... and shot them": the men
            if c is not None and victims is None and prev_victims is not None:
                # a gapped head: "211 civilians were killed and 1,447 wounded" (not "70 were injured")
                gap = str.lower(text[prev_event_end : min(c[2].start, tokens.starts[trig.a])].strip())
                if gap in ELISION_GAPS and c[1] == trig.a:
                    victims = prev_victims
            prev_end = trig.b
            if c is None and victims is None and one is None and not _caused(tokens, s, trig):
                continue
            if c is not None:
                used.add(id(c[2]))
            ref = _quantity_ref(c[2]) if c is not None else (one[0] if one is not None else None)
            facts.append((trig, ref, victims))
            _, end = _extent(Span.of(text, tokens.starts[trig.a], tokens.ends[trig.b - 1]), ref, victims)
            prev_victims = victims
            last = (trig.role, end)
            prev_event_end = max(end, victims.end) if victims is not None else end
    return facts, last


def _events(doc: Document, opening: list[int], lookup: Lookup) -> Iterator[Event]:
    """Every casualty fact of ``doc`` sentence by sentence, before restatements and rivals are settled."""
    text = doc.text
    tokens = doc.token_columns
    frame: Frame | None = None  # found at the first event: most documents have none
    last: tuple[str, int] | None = None
    said: frozenset[int] = frozenset()  # dates told as a saying's ("officials said as dawn broke Saturday")
    for s in sentences(doc, opening):
        if s.hi <= s.lo:
            continue
        mentions = within(lookup.mentions, lookup.mention_starts, s.start, s.end)
        facts, last = _facts(doc, s, mentions, last)
        if not facts:
            continue
        tree = sentence_tree(doc, Span.of(text, s.start, s.end))
        facts = [f for f in facts if f[0].form != "verb" or not unreal_verb(tree, tokens.starts[f[0].a])]
        if not facts:
            continue  # "None of those doctors were killed", "could have killed dozens": nobody died
        if frame is None:
            frame = Frame.of(doc, lookup)
        heads = frame.heads
        claims = within(lookup.dated.claims, lookup.dated.claim_starts, s.start, s.end)
        dates = within(lookup.dated.dates, lookup.dated.date_starts, s.start, s.end)
        in_body = [t for t in dates if not any(a <= t.start and t.end <= b for a, b in heads)]
        extents = [
            _extent(Span.of(text, tokens.starts[t.a], tokens.ends[t.b - 1]), r, v) for t, r, v in facts
        ]
        near = frame.near(s.start, s.end)
        said = said | saying_clause_dates(tree, in_body, claims, [tokens.starts[f[0].a] for f in facts])
        for i, (trig, ref, victims) in enumerate(facts):  # no place from another fact ("the toll in Iraq")
            others = [*near, *(extent for j, extent in enumerate(extents) if j != i)]
            event = _event(doc, s, trig, ref, victims, mentions, claims, in_body, tree, others)
            event = _from_narrative(doc, event, lookup, frame, tree, said)
            named = _adjectival(tokens, s, trig) and killed_named(text, tokens, trig.a, trig.b, mentions)
            later = later_relative(text, s.start, event.trigger.start) > s.start  # "who later killed himself"
            yield unplaced(event) if named or later else event
