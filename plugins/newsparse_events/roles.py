"""Who killed, with what, and where: an event's roles read from the structure of its sentence.

The subject of an active trigger ("a car bomb killed 12") is its perpetrator, or its instrument
when it names a weapon or an attack; a "by" phrase of a passive trigger likewise; a locative
oblique of the trigger's verb ("in Kabul") is its place. The sentence's tree comes from the
``syntax`` layer consulted for that sentence only; without one, the words around the trigger
decide (see :func:`instrument_near`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from newsparse import Span
from newsparse.syntax import Phrase, SyntaxTree
from newsparse.text import TokenColumns
from newsparse_events.lexicon import (
    ACTOR_GAP_WORDS,
    ACTOR_NOUNS,
    INSTRUMENTS,
    PLACE_PREPOSITIONS,
    SINGULAR_VICTIMS,
)
from newsparse_events.users import means_user

__all__ = [
    "Roles",
    "actor_after_when",
    "actor_before",
    "actor_blamed",
    "actor_of_attack",
    "actor_of_means",
    "attack_agent",
    "instrument_in",
    "instrument_near",
    "means_and_owner",
    "not_the_agent",
    "roles_from_tree",
    "storm_apart",
]

MAX_INSTRUMENT_DISTANCE = 120  # characters between a trigger and an instrument named without structure
_INSTRUMENT_WORDS = frozenset(word for phrase in INSTRUMENTS for word in phrase.split())
_LOCATIVE = PLACE_PREPOSITIONS - {"from"}
_MEANS = frozenset({"in", "with", "from", "during", "after", "when"})
# the "by" phrase or subject is not an actor when its head says a time or a way ("by the end")
_NP_STOPS = frozenset("and or in on of by at when after that who which while as said the".split())
# acts that come before a killing in one actor's sentence: "shot and killed", "opened fire and killed"
_FIRST_ACTS = frozenset("shot fire attacked ambushed stabbed beat tortured abducted kidnapped raped".split())
_STRUCK = frozenset({"struck", "hit", "rocked", "jolted"})
_NOT_ACTORS = frozenset(
    """
    end time way side number means hand order war wars conflict fighting violence insurgency clashes clash
    attack attacks incident incidents unrest crisis uprising campaign operation operations it this which
    that who whom they them he she we i you these those
    """.split()
)


@attrs.frozen
class Roles:
    """What the structure says of one event: its actor, instrument and place phrases (each optional)."""

    perpetrator: Span | None = None
    instrument: Span | None = None
    place: Span | None = None
    subject: bool = False  # whether the tree gave the trigger's verb a subject at all
    pronoun: Span | None = None  # a personal pronoun subject of the active trigger ("it had killed")
    total: bool = False  # the act's subject is a war: "the conflict, which killed more than 500"
    subjects: tuple[Span, ...] = ()  # the subject phrases the tree gives the trigger's verbs
    foreign: tuple[Span, ...] = ()  # "by" phrases of verbs of saying or finding ("found by police")


def instrument_in(text: str, start: int, end: int) -> Span | None:
    """The longest instrument phrase inside ``text[start:end]`` ("a car bomb" gives "car bomb")."""
    words = str.lower(text[start:end])
    for phrase in INSTRUMENTS:  # longest phrases first
        at = _find_word(words, phrase)
        if at >= 0:
            return Span.of(text, start + at, start + at + len(phrase))
    return None


def _find_word(haystack: str, phrase: str) -> int:
    """The offset of ``phrase`` as whole words in ``haystack``, or -1."""
    at = haystack.find(phrase)
    while at >= 0:
        before = haystack[at - 1] if at > 0 else " "
        after_at = at + len(phrase)
        after = haystack[after_at] if after_at < len(haystack) else " "
        if not before.isalnum() and not after.isalnum():
            return at
        at = haystack.find(phrase, at + 1)
    return -1


def instrument_near(text: str, start: int, end: int, trigger: Span) -> Span | None:
    """The instrument named nearest the trigger within a sentence ``[start, end)``, without structure."""
    lo = max(start, trigger.start - MAX_INSTRUMENT_DISTANCE)
    hi = min(end, trigger.end + MAX_INSTRUMENT_DISTANCE)
    best: tuple[int, Span] | None = None
    words = str.lower(text[lo:hi])
    for phrase in INSTRUMENTS:
        at = _find_word(words, phrase)
        while at >= 0:
            found = Span.of(text, lo + at, lo + at + len(phrase))
            distance = min(abs(found.start - trigger.end), abs(trigger.start - found.end))
            inside_longer = best is not None and best[1].start <= found.start and found.end <= best[1].end
            if not inside_longer and (best is None or distance < best[0]):
                best = (distance, found)
            nxt = _find_word(words[at + 1 :], phrase)
            at = at + 1 + nxt if nxt >= 0 else -1
    return best[1] if best is not None else None


def _verbs(tree: SyntaxTree, verb: int) -> list[int]:
    """The trigger's verb and the verb it is coordinated with ("killed 12 and wounded 30")."""
    out = [verb]
    head = tree.head_of(verb)
    relation = tree.words[verb].deprel
    if head is not None and (
        relation == "conj" or (relation == "advcl" and tree.words[verb].text.endswith("ing"))
    ):
        out.append(head)  # "killed 12 and wounded 30"; "troops battled militants, killing 40"
    out.extend(tree.dependents(verb, "xcomp"))  # "shot to death"
    return out


def _controller_subject(tree: SyntaxTree, verb: int) -> Phrase | None:
    """The subject of the verb whose open complement ``verb``'s clause is, up its conjuncts and participles.

    "The gunmen tried to storm the building, killing three": "killing" hangs on "storm", the
    ``xcomp`` of "tried", whose subject controls it. A controller with an object ("ordered troops to
    fire") gives nothing: the object, not the subject, would act.
    """
    k = verb
    for _ in range(4):
        word = tree.words[k]
        head = tree.head_of(k)
        if head is None or (k != verb and tree.dependents(k, "nsubj", "nsubj:pass")):
            return None  # "after he killed his wife and wounded three": the clause's own subject acts
        if word.deprel == "xcomp":
            if tree.dependents(head, "obj", "iobj") or tree.words[head].upos != "VERB":
                return None
            return tree.subject(head, shared=True)
        participle = word.deprel == "advcl" and word.upos == "VERB"
        participle = participle and not tree.dependents(k, "aux", "aux:pass")  # no "as it stormed"
        if not ((word.deprel == "conj" and head < k) or participle):
            return None
        k = head
    return None


def _root_before(tree: SyntaxTree, verb: int) -> int | None:
    """The sentence's main verb before an unattached participle ``verb`` (or the one it is joined to).

    "Troops battled the Mehdi Army, killing 40": the parse leaves "killing" without a head, and the
    main clause's subject is who killed.
    """
    head = tree.head_of(verb)
    participle = head if head is not None and tree.words[verb].deprel == "conj" else verb
    word = tree.words[participle]
    if tree.head_of(participle) is not None or word.deprel is not None:
        return None
    if not str.lower(word.text).endswith("ing"):
        return None
    clause = None  # the nearest complement clause with an active subject, before the root
    for k in range(participle - 1, -1, -1):
        if tree.words[k].upos != "VERB":
            continue
        if tree.words[k].deprel == "root":
            then = str.lower(tree.words[k + 1].text) if k + 1 < len(tree.words) else ""
            saying = str.lower(tree.words[k].text) in _SAYING and then != "to"
            if saying or tree.subject(k) is None:
                return clause  # "Police said rebels attacked the post, killing 5": the rebels
            return k  # "forces claimed to have thwarted ..., killing": theirs
        if clause is None and _main_complement(tree, k):
            clause = k  # "Suspected Tamil Tigers hurled grenades ..., killing": under a misread root
    return clause


def _acting_before(tree: SyntaxTree, verb: int) -> int | None:
    """The nearest verb before a comma-led "-ing" participle ``verb`` whose active subject the parse gives.

    "Turkish forces carried out airstrikes ..., killing 3": the parse may leave the participle, or the
    acting verb, unattached. A passive ("air raids were reported ..., killing") or a saying gives none.
    """
    head = tree.head_of(verb)
    participle = head if head is not None and tree.words[verb].deprel == "conj" else verb
    word = tree.words[participle]
    if word.deprel not in (None, "advcl") or not str.lower(word.text).endswith("ing"):
        return None
    if participle == 0 or tree.words[participle - 1].text != ",":
        return None
    if tree.dependents(participle, "aux", "aux:pass", "mark", "nsubj", "nsubj:pass"):
        return None
    own = tree.head_of(participle)
    if own is not None and tree.dependents(own, "nsubj", "nsubj:pass"):
        return None  # "Two bombs exploded near ..., killing 81 and injuring": the tree's own clause tells it
    for k in range(participle - 1, -1, -1):
        if tree.words[k].upos != "VERB" or str.lower(tree.words[k].text) in _SAYING:
            continue
        if tree.dependents(k, "nsubj:pass", "aux:pass"):
            return None  # "air raids were reported on Al Jarr, killing four": no actor told
        if tree.dependents(k, "nsubj"):
            return k
    return None


def _main_complement(tree: SyntaxTree, k: int) -> bool:
    """Whether verb ``k`` is a complement of the root with its own active subject: the clause that acted.

    "Police said rebels attacked the post, killing 5": rebels attacked; the parse may hang a whole
    clause under a misread root ("Suspected [Tamil Tigers hurled ...]").
    """
    head = tree.head_of(k)
    subjects = tree.dependents(k, "nsubj")
    return (
        tree.words[k].deprel == "ccomp"
        and head is not None
        and tree.words[head].deprel == "root"
        and bool(subjects)
    )


# a main verb of saying: its subject reported the act ("His lawyer said: ... kidnapping him"), never did it
_SAYING = frozenset(
    "said says say told tells announced reported claimed stated added confirmed according warned".split()
)


def _actor_like(tree: SyntaxTree, phrase: Phrase, *, person: bool = False) -> bool:
    """Whether a phrase's head names an actor: a proper name or an actor noun ("troops", "militants").

    With ``person``, a person noun too: "A farmer opened fire on a crowd, killing three" (the main
    clause's subject, whose act the participle tells).
    """
    head = tree.words[phrase.head]
    word = str.lower(head.text)
    if person and head.upos == "NOUN" and _listed_person(word):
        return True
    return head.upos == "PROPN" or word in ACTOR_NOUNS or _of_actor(tree, phrase) is not None


def _listed_person(word: str) -> bool:
    """Whether a lower-case noun is a listed person noun or its plural ("farmer", "officers", not "disaster":
    the suffix guess of the victims' rules would take any "-er" for a person)."""
    single = word[:-3] + "man" if word.endswith("men") else word.removesuffix("s")
    return (word in SINGULAR_VICTIMS or single in SINGULAR_VICTIMS) and single not in _NO_ACTORS


# listed person nouns that name whom an act befell, never who did it
_NO_ACTORS = frozenset("victim hostage captive baby infant toddler child couple".split())


# a number or a band of an actor: "Hundreds of police", "a group of gunmen"
_HOSTS = frozenset("hundreds thousands dozens scores tens band bands group groups squad gang".split())


# "hundreds of people staged a protest": people, persons and individuals name no actor by themselves
_COUNTED_ACTORS = ACTOR_NOUNS - {"people", "persons", "individuals"}


def _of_actor(tree: SyntaxTree, phrase: Phrase) -> Phrase | None:
    """The actor counted by a phrase's head ("Hundreds of police": police), if it names one."""
    if str.lower(tree.words[phrase.head].text) not in _HOSTS:
        return None
    for k in tree.dependents(phrase.head, "nmod"):
        case = tree.dependents(k, "case")
        word = tree.words[k]
        if case and str.lower(tree.words[case[0]].text) == "of" and str.lower(word.text) in _COUNTED_ACTORS:
            return tree.noun_phrase(k)
    return None


def _as_role(text: str, phrase: Phrase, tree: SyntaxTree) -> tuple[str, Span]:
    """Whether a subject or agent phrase is an ``instrument`` or a ``perpetrator``, with its span."""
    counted = _of_actor(tree, phrase)
    if counted is not None:
        phrase = counted  # "Hundreds of police raided": police
    head = str.lower(tree.words[phrase.head].text)
    if head in _INSTRUMENT_WORDS:
        found = instrument_in(text, phrase.start, phrase.end)
        if found is not None:
            return "instrument", found
    end = _actor_end(tree, phrase)
    if head in _UNITS:
        named = _OF_NAMED.match(text, end)
        end = named.end(1) if named is not None else end  # "a patrol of the Queen's Lancashire Regiment"
    return "perpetrator", Span.of(text, phrase.start, end)


# a part of a force named after it: "a patrol of the Queen's Lancashire Regiment", "members of Hamas"
_UNITS = frozenset(
    """patrol patrols unit units member members team squad battalion brigade company platoon convoy
    detachment faction wing cell contingent elements fighters soldiers troops militants forces""".split()
)
_OF_NAMED = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][\w-]*(?:'s)?)(?:\s+[A-Z][\w-]*(?:'s)?){0,5})")


# after an actor's head, words that open where or when it acted: "assailants [in Barangay Piacan]"
_ACTOR_CUTS = frozenset({*(PLACE_PREPOSITIONS - {"from"}), "during", "over", "after", "while", "when", ","})


def _actor_end(tree: SyntaxTree, phrase: Phrase) -> int:
    """The end of an agent phrase cut before a place or time attached to it ("by gunmen in X" -> gunmen).

    A place named there is where the act happened, never part of who did it.
    """
    words = tree.words
    end = words[phrase.head].end
    for k in range(phrase.head + 1, len(words)):
        word = words[k]
        if word.start >= phrase.end or str.lower(word.text) in _ACTOR_CUTS:
            return end
        end = word.end
    return end


def _subtree(text: str, tree: SyntaxTree, phrase: Phrase) -> Span:
    """The stretch of a phrase's head with every word under it: "shells fired by alleged LNA forces"."""
    lo = hi = phrase.head
    stack, seen = [phrase.head], {phrase.head}
    while stack:
        k = stack.pop()
        lo, hi = min(lo, k), max(hi, k)
        fresh = [c for c in tree.children[k] if c not in seen]
        seen.update(fresh)
        stack.extend(fresh)
    return Span.of(text, min(tree.words[lo].start, phrase.start), max(tree.words[hi].end, phrase.end))


def roles_from_tree(
    text: str,
    tree: SyntaxTree,
    trigger: Span,
    active: bool,
    victims: Span | None,
    dates: Sequence[tuple[int, int]] = (),
) -> Roles:
    """The roles of the event whose trigger is ``trigger`` in the sentence of ``tree``.

    A locative phrase that is a date ("on 8 May") is no place.
    """
    verb = tree.word_at(trigger.start)
    if verb is None:
        return Roles()
    found: dict[str, Span] = {}
    has_subject = False
    subjects: list[Span] = []
    pronoun: Span | None = None
    root = _root_before(tree, verb)
    root = _acting_before(tree, verb) if root is None else root
    for v in [*_verbs(tree, verb), *([] if root is None else [root])]:
        agents: list[Phrase] = []
        subject = tree.subject(v, shared=True)
        if subject is None and active:
            subject = _controller_subject(tree, v)  # "gunmen tried to storm it, killing three"
        has_subject = has_subject or subject is not None
        subject = _antecedent(tree, v, subject)  # "the gang which killed him": the gang
        if subject is not None:
            subjects.append(_subtree(text, tree, subject))
        if active and subject is not None and (v != root or _actor_like(tree, subject, person=True)):
            agents.append(subject)
            if pronoun is None and str.lower(tree.words[subject.head].text) in _PERSONAL:
                pronoun = Span.of(text, tree.words[subject.head].start, tree.words[subject.head].end)
        # a clause found under a misread root gives its actor only: its obliques are the misparse's
        obliques = () if v == root and tree.words[v].deprel != "root" else tree.obliques(v)
        for case, phrase in obliques:
            if case == "by":
                if str.lower(tree.words[phrase.head].text) not in _BY_MEANS:  # "killed by night"
                    agents.append(phrase)
                continue
            inst = instrument_in(text, phrase.start, phrase.end) if case in _MEANS else None
            if case in _MEANS and (by := attack_agent(tree, phrase.head, victims)) is not None:
                agents.append(by)  # "killed in an attack by rivals": the rivals
            if inst is not None:
                found.setdefault("instrument", inst)
            elif (
                case in _LOCATIVE
                and _has_proper(tree, phrase)
                and str.lower(tree.words[phrase.head].text) not in ACTOR_NOUNS  # "on pro-Houthi forces"
                and not any(a < phrase.end and phrase.start < b for a, b in dates)
            ):
                found.setdefault("place", Span.of(text, phrase.start, phrase.end))
        for phrase in agents:
            if victims is not None and phrase.start < victims.end and victims.start < phrase.end:
                continue
            if tree.words[phrase.head].upos == "NUM":
                continue  # "by three [armed men]" parsed with the count as head: the words decide
            if str.lower(tree.words[phrase.head].text) in _NOT_ACTORS:
                if (by := attack_agent(tree, phrase.head, victims)) is not None:
                    found.setdefault("perpetrator", _as_role(text, by, tree)[1])  # "operations by X killed"
                continue
            if _STRUCK & set(str.lower(text[max(0, phrase.start - 30) : phrase.start]).split()[-2:]):
                continue  # "an earthquake which struck southwest Japan killed": Japan is where, not who
            role, span = _as_role(text, phrase, tree)
            found.setdefault(role, span)
            if role == "instrument" and (by := attack_agent(tree, phrase.head, victims)) is not None:
                found.setdefault("perpetrator", _as_role(text, by, tree)[1])  # "an airstrike by X killed"
    perpetrator, instrument, place = found.get("perpetrator"), found.get("instrument"), found.get("place")
    total = _war_total(tree, verb)
    foreign = _foreign_agents(text, tree)
    return Roles(perpetrator, instrument, place, has_subject, pronoun, total, tuple(subjects), foreign)


def not_the_agent(roles: Roles, start: int, end: int, trigger_start: int) -> bool:
    """Whether a name the words found for a trigger at ``trigger_start`` is not its agent by the tree.

    Before the trigger, it must lie inside a subject the tree gave the trigger's verbs ("killed 10
    Taliban militants, and injured 5": the Taliban were hit); with no subject (a misparse) the words
    decide. After it, a "by" phrase of a verb of saying or finding is that verb's agent: "refugees
    announced by Zaire", "the body of a man was found by police".
    """
    if any(s.start <= start and end <= s.end for s in roles.foreign):
        return True
    if start >= trigger_start or not roles.subject:
        return False
    return not any(s.start <= start and end <= s.end for s in roles.subjects)


# verbs whose "by" phrase names who said, found or questioned, never who killed
_NO_ACTS = _SAYING | frozenset(
    """found discovered recovered identified questioned interrogated condemned denounced criticised
    criticized quoted cited given released published treated rescued evacuated""".split()
)


def _foreign_agents(text: str, tree: SyntaxTree) -> tuple[Span, ...]:
    """The "by" phrases whose verb says, finds or questions: "announced by Zaire", "found by police"."""
    out: list[Span] = []
    for k, word in enumerate(tree.words):
        if word.deprel != "case" or str.lower(word.text) != "by":
            continue
        noun = tree.head_of(k)
        verb = tree.head_of(noun) if noun is not None else None
        if noun is not None and verb is not None and str.lower(tree.words[verb].text) in _NO_ACTS:
            phrase = tree.noun_phrase(noun)
            out.append(Span.of(text, phrase.start, phrase.end))
    return tuple(out)


def means_and_owner(
    text: str, start: int, end: int, trigger: Span, found: Span | None, tree: SyntaxTree | None
) -> tuple[Span | None, Span | None]:
    """The event's means (``found`` by the structure, else the nearest instrument word of the sentence
    ``start``..``end``) and the actor who owns it (:func:`actor_of_means`), each None when absent.

    The trigger's own word names no means: "shooting dead a burglar".
    """
    instrument = found or instrument_near(text, start, end, trigger)
    if instrument is not None and instrument.start < trigger.end and trigger.start < instrument.end:
        return None, None
    owner = actor_of_means(tree, instrument) if instrument is not None and tree is not None else None
    return instrument, owner


def actor_of_means(tree: SyntaxTree, means: Span) -> Span | None:
    """The actor who owns the means: "killed by a sniper's bullet" (the sniper), "the army's shelling".

    The possessor of the means' head noun, when it is an actor noun or a name, read from the tree
    wherever the parse hangs the means; else the actor its own phrase names (:func:`means_user`).
    """
    head = tree.word_at(means.end - 1)
    if head is None:
        return None
    owner = (
        tree.head_of(head) if tree.words[head].deprel == "compound" else None
    )  # "a sniper's bullet last fall"
    for k in (
        *tree.dependents(head, "nmod:poss"),
        *(() if owner is None else tree.dependents(owner, "nmod:poss")),
    ):
        if k > head:
            continue  # the possessor stands before the means
        word = tree.words[k]
        if str.lower(word.text) in ACTOR_NOUNS or (
            word.upos == "PROPN" and str.lower(word.text) not in _NOT_ACTORS
        ):
            phrase = tree.noun_phrase(k)
            return Span.of(tree.text, phrase.start, word.end)  # "a sniper", not "a sniper's"
    return means_user(tree, head, means)  # "a landmine planted by X exploded, killing"


# a subject that makes a toll a running total whatever the tense: "a war that killed 250,000"
_WARS = frozenset(
    """war wars conflict conflicts insurgency genocide uprising rebellion revolution occupation dictatorship
    campaign""".split()
)


def _war_total(tree: SyntaxTree, trigger: int) -> bool:
    """Whether the trigger's act has a war as its subject, or as the noun its relative clause tells of.

    A noun trigger, or a verb without a subject, is read through the verb it hangs on ("a war that
    resulted in 10,000 deaths", "a conflict which killed 500 and caused thousands to flee").
    """
    k, subject = trigger, None
    for _ in range(4):  # up from the trigger to the first verb with a subject ("caused thousands to flee")
        subject = tree.subject(k, shared=True) if tree.words[k].upos == "VERB" else None
        head = tree.head_of(k)
        if subject is not None or head is None:
            break
        k = head
    if subject is None:
        return False
    word = str.lower(tree.words[subject.head].text)
    if word in _RELATIVES:
        head = tree.head_of(k)
        if head is None or not (tree.words[k].deprel or "").startswith("acl"):
            return False
        word = str.lower(tree.words[head].text)
    return word in _WARS


# nouns of an attack whose "by" phrase names who made it: "an airstrike by X", "in an attack by X"
_ATTACK_NOUNS = _INSTRUMENT_WORDS | frozenset(
    "attack attacks assault assaults offensive strike strikes operation operations crackdown".split()
)


# a "by" phrase that tells when or how, not who: "an attack by night", "a raid by sea"
_BY_MEANS = frozenset(
    "night day daylight morning evening afternoon dawn dusk land sea air road car foot hand phone mistake "
    "accident surprise".split()
)


def attack_agent(tree: SyntaxTree, noun: int, victims: Span | None) -> Phrase | None:
    """The actor of an attack noun's "by" phrase ("an airstrike by Afghan forces"), if it names one.

    Not the victims' own group: "militants were killed in attacks by militants" names no agent.
    """
    if str.lower(tree.words[noun].text) not in _ATTACK_NOUNS:
        return None
    for k in tree.dependents(noun, "nmod", "nmod:agent"):
        case = tree.dependents(k, "case")
        if not case or str.lower(tree.words[case[0]].text) != "by":
            continue
        word = tree.words[k]
        if word.upos not in ("NOUN", "PROPN") or str.lower(word.text) in _NOT_ACTORS | _BY_MEANS:
            return None  # "an attack by night" names no actor
        if tree.text.startswith("-", word.end) or (
            victims is not None and str.lower(word.text) in str.lower(victims.text).split()
        ):
            return None  # "by motorcycle-riding assailants": the parse has cut the phrase
        phrase = tree.noun_phrase(k)
        named = _OF_NAMED.match(tree.text, phrase.end) if word.upos == "PROPN" else None
        if named is not None:  # "by General Command of Police Special Units"
            return Phrase(phrase.start, named.end(1), tree.text[phrase.start : named.end(1)], k)
        return phrase
    return None


# a subject that names its actor only through the source of the claim it is told in ("it had killed")
_PERSONAL = frozenset("it they we".split())


_RELATIVES = frozenset({"who", "which", "that"})


def _antecedent(tree: SyntaxTree, verb: int, subject: Phrase | None) -> Phrase | None:
    """A relative pronoun subject stands for the noun its clause modifies: "gunmen who killed 12"."""
    if subject is None or str.lower(tree.words[subject.head].text) not in _RELATIVES:
        return subject
    head = tree.head_of(verb)
    if head is None or not (tree.words[verb].deprel or "").startswith("acl"):
        return subject
    if not _actor_like(tree, tree.noun_phrase(head)):
        return _firer(tree, head) or subject
    return tree.noun_phrase(head)


# verbs of using a weapon: its subject made the blast
_USED = frozenset(
    "fired fire fires launched launch launches dropped drop hurled hurl threw throw lobbed planted plant "
    "detonated detonate exploded set".split()
)


def _firer(tree: SyntaxTree, noun: int) -> Phrase | None:
    """Who used the weapon a relative clause tells of: "Rebels fired mortar bombs that killed four"."""
    if str.lower(tree.words[noun].text) not in _INSTRUMENT_WORDS or tree.words[noun].deprel != "obj":
        return None
    verb = tree.head_of(noun)
    if verb is None or str.lower(tree.words[verb].text) not in _USED:
        return None  # "troops found the bomb that killed 12": not theirs
    actor = tree.subject(verb)
    return actor if actor is not None and _actor_like(tree, actor) else None


def _has_proper(tree: SyntaxTree, phrase: Phrase) -> bool:
    """Whether a phrase holds a proper noun ("the Compensa neighborhood"): a place, not "in the attack"."""
    return any(w.upos == "PROPN" and phrase.start <= w.start and w.end <= phrase.end for w in tree.words)


def actor_before(text: str, tokens: TokenColumns, lo: int, a: int) -> Span | None:
    """An unnamed actor right before an active trigger: "three gunmen [shot and] killed"."""
    k = a - 1
    while k >= lo and str.lower(tokens.texts[k]) in ACTOR_GAP_WORDS:
        first_act = k > lo and str.lower(tokens.texts[k - 1]) in _FIRST_ACTS
        if str.lower(tokens.texts[k]) == "and" and not first_act:
            return None  # "killed 12 soldiers and wounded": the soldiers are victims
        k -= 1
    if k < lo or str.lower(tokens.texts[k]) not in ACTOR_NOUNS:
        return None
    first = k
    while first - 1 >= lo and k - first < 4 and _np_word(tokens.texts[first - 1]):
        first -= 1
    return Span.of(text, tokens.starts[first], tokens.ends[k])


def _np_word(word: str) -> bool:
    """Whether a word may stand inside a noun phrase before its head ("Al Shabaab", "armed")."""
    return str.lower(word) not in _NP_STOPS and word.replace("-", "").replace("'", "").isalnum()


_ACTOR_ALTERNATIVES = "|".join(sorted(ACTOR_NOUNS, key=len, reverse=True))
_WHEN_ACTOR = re.compile(
    r"\b(?:when|after|as)\s+((?:[\w'-]+\s+){0,3}?(?:" + _ACTOR_ALTERNATIVES + r"))\s+(?:had\s+)?"
    r"(?:opened|attacked|ambushed|fired|stormed|raided|shelled|bombed|struck|detonated|shot)\b",
    re.IGNORECASE,
)


# an actor named as the modifier of the attack itself: "came under insurgent fire", "a rebel attack"
_ATTACK_BY_ACTOR = re.compile(
    r"\b(insurgents?|militants?|rebels?|terrorists?|jihadists?|gunmen|taliban|enemy|army|police|military)\s+"
    r"(?:fire|gunfire|attacks?|shelling|ambush|raids?|assault|rocket fire|mortar fire|operations?|"
    r"crackdown|offensive)\b",
    re.IGNORECASE,
)


_REPELLED = frozenset("repelled repulsed thwarted foiled foil repel thwart".split())


def actor_of_attack(text: str, start: int, end: int) -> Span | None:
    """The actor modifying the attack noun in ``text[start:end]``: "insurgent fire" gives "insurgent"."""
    for found in _ATTACK_BY_ACTOR.finditer(text, start, end):
        if not _REPELLED & set(str.lower(text[max(start, found.start() - 30) : found.start()]).split()):
            return Span.of(text, found.start(1), found.end(1))
    return None  # "repelled a Taliban attack, killing 21 militants": the attackers died


def actor_after_when(text: str, start: int, end: int) -> Span | None:
    """The actor of a "when" clause after the trigger: "... were killed when insurgents opened fire"."""
    found = _WHEN_ACTOR.search(text, start, end)
    if found is None:
        return None
    return Span.of(text, found.start(1), found.end(1))


# an attack "blamed on" its actor after the trigger: "died in bomb attacks blamed on Moslem rebels"
_BLAMED = re.compile(
    r"\bblamed\s+on\s+(?:the\s+|suspected\s+)*((?:[A-Z][\w'-]*\s+){0,3}(?:[A-Z][\w'-]*|"
    + _ACTOR_ALTERNATIVES
    + r"))\b"
)


def actor_blamed(text: str, start: int, end: int) -> Span | None:
    """The actor an attack is "blamed on" in ``text[start:end]`` (after the trigger), if any."""
    if "blamed on" not in text[start:end]:
        return None  # cheap: the phrase is rare
    found = _BLAMED.search(text, start, end)
    return None if found is None else Span.of(text, found.start(1), found.end(1))


# an entity named as a storm ("person:hurricane-mitch"): a means of death, never an actor
_STORMS = re.compile(r"\b(?:hurricane|typhoon|cyclone|tropical-storm|storm)-")


def storm_apart(
    text: str, perp: tuple[int, int, str | None] | None
) -> tuple[tuple[int, int, str | None] | None, Span | None]:
    """(perpetrator, instrument): a storm found as the actor is the means ("Mitch killed 10,000")."""
    if perp is None or perp[2] is None or _STORMS.search(perp[2]) is None:
        return perp, None
    return None, Span.of(text, perp[0], perp[1])
