"""Read who agreed, where, and in what mood from the clause structure of one sentence (``syntax``).

Only sentences holding an agreement mention *and* an agreeing or state verb are parsed (through
``newsparse.syntax.sentence_tree``, the ``syntax`` layer consulted sentence by sentence); without
a syntax producer the token rules of :mod:`.roles` stand alone.  When the agreement is the object
(or oblique) of an agreeing verb ("Israel and Hamas signed a truce", "agreed to a ceasefire"):

- the parties are the names inside the verb's subject and its conjuncts, and after "with" /
  "between"; a name before the verb outside its subject (a dateline, a place, a speaker) is no
  party, and a subject with no name ("Major powers agreed") removes the names the token rules
  guessed before the verb;
- a verb under "if" / "unless" / "whether" is a hypothesis: it gives no state and no party;
- a negated agreeing verb ("did not sign") gives no ``signed`` state; a modal one ("would sign")
  gives ``proposed``;
- the venue is a place in an "in" / "at" oblique of the verb when the token rules found none.

A state verb whose object is something else ("agreed to freeze output levels") gives the
agreement no state of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsparse import Document
from newsparse.syntax import Phrase, SyntaxTree, dateline_end, sentence_tree

from .bound import binding_clause, bound_cue, running_state
from .context import Hit
from .cues import _LOCATIONS
from .governing import governing_state, unstated
from .lexicon import DETERMINERS, PREMODIFIERS
from .making import making_cue, making_verb
from .owners import owned, owner_parties
from .sentence import Local, _Sentence

__all__ = ["AGREEING_VERBS", "read_structure", "worth_parsing"]

# Verbs whose subject (and "with" object) is bound by the agreement that is their object.
AGREEING_VERBS = frozenset(
    """
    sign signs signed signing agree agrees agreed agreeing reach reaches reached reaching strike strikes
    struck striking conclude concludes concluded concluding seal seals sealed sealing ink inks inked
    clinch clinched finalize finalized finalise finalised accept accepts accepted accepting ratify
    ratifies ratified forge forged negotiate negotiated negotiating initial initialled initialed
    formalise formalised formalize formalized
    """.split()
)
# Subject pronouns of a person, and the verbs that report what a person said.
_HE_SHE = frozenset({"he", "she"})
_REPORTING = frozenset("said says told announced confirmed added stated declared".split())
# A player's verbs: who joins a club on a loan or a contract is bound with it ("set to join Preston on loan").
_JOINING_VERBS = frozenset("join joins joined joining move moves moved moving".split())
_PLAYER_DEALS = frozenset({"transfer", "contract"})
_MOOD = re.compile(r"\b(?:if|unless|whether|would|could|might|may|should|not|never)\b|n't\b", re.IGNORECASE)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "must", "will", "shall", "'d", "'ll"})
# "time to sign", "a chance to reach": the agreement is still to be made (the guidelines' ``proposed``)
_PURPOSE_NOUNS = frozenset({"time", "chance", "opportunity", "deadline", "window"})
_NEED_VERBS = frozenset({"need", "needs", "needed", "needing"})
# Words whose "to sign" is still ahead: "Granic arrives to sign", "were poised to sign", "ready to sign".
_ABOUT_TO = frozenset(
    "arrive arrives arrived arriving poised ready prepared preparing due travel travels travelled traveled"
    " fly flies flew flying heading headed".split()
)
_ARGUMENTS = ("obj", "obl", "nsubj", "nsubj:pass", "iobj")
_GOVERNED = frozenset({"obj", "obl", "iobj", "nsubj:pass"})
# States a verb gives only when the agreement is its argument ("froze the deal", not "froze output").
_OWN_OBJECT_STATES = frozenset({"suspended", "collapsed", "extended", "violated"})
_TIME_WORDS = frozenset("year years month months week weeks day days time times night morning".split())
_PRONOUNS = frozenset("it they them this that which these those".split())
_PERSONAL = frozenset("he she i we you".split())
# How far before its sentence the person a "he" / "she" subject stands for is looked for.
_ANTECEDENT_REACH = 600
_SUBJECT_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")
# Words after a state verb that open no object: prepositions, conjunctions, adverbs, a pronoun for the
# agreement ("suspended it"), time ("suspended a year ago" is read apart by the parse when it matters).
_NOT_AN_OBJECT = frozenset(
    """
    in on at by for from to into through until till since during after before over under with without
    while when as and or but if because than then again indefinitely temporarily immediately today
    yesterday last next early late this it them itself themselves
    """.split()
)


def worth_parsing(ctx: _Sentence) -> bool:
    """Whether a verb the token rules read is one the structure judges (cheap: no parsing).

    An agreeing verb ("signed", "agreed", "joined" for a player's deal) in a sentence with a name
    or a mood word ("if", "would", "not"), or a suspension, collapse, extension or violation verb
    that is not right before the agreement it states (it may act on something else).
    """
    text = ctx.text
    agreeing = False
    for local in ctx.locals:
        for name, start, end in local.statuses:
            if name in _OWN_OBJECT_STATES and _may_act_on_other(ctx, end, local.trigger.start):
                return True
            words = str.lower(text[start:end]).split()
            agreeing = agreeing or any(w in AGREEING_VERBS or w in _JOINING_VERBS for w in words)
    s = ctx.sentence
    named = bool(ctx.entities.within(s.start, s.end))
    return agreeing and (named or _MOOD.search(text, s.start, s.end) is not None or _person_before(ctx))


def _person_before(ctx: _Sentence) -> bool:
    """Whether a "he" / "she" in a sentence naming no one may stand for a person named shortly before
    it (cheap: the sentence is parsed only then)."""
    s = ctx.sentence
    if _SUBJECT_PRONOUN.search(ctx.text, s.start, s.end) is None:
        return False
    return any(h.type == "PERSON" for h in ctx.entities.within(max(0, s.start - _ANTECEDENT_REACH), s.start))


def _may_act_on_other(ctx: _Sentence, end: int, target: int) -> bool:
    """Whether a state verb ending at ``end`` may have an object other than the agreement at ``target``:
    a noun phrase follows it that the agreement mention does not open ("froze output levels", not
    "froze the deal", "were suspended while ...", "fall apart.")."""
    if _right_before(ctx.text, end, target):
        return False
    following = _NEXT_WORD.match(ctx.text, end)
    if following is None:
        return False
    word = str.lower(following.group(1))
    return word not in _NOT_AN_OBJECT and (word in DETERMINERS or word.isalpha())


def _right_before(text: str, end: int, target: int) -> bool:
    """Whether a cue ending at ``end`` stands right before the mention at ``target``: "froze the deal",
    "extended a food-for-oil deal" (at most three modifiers, no preposition, no punctuation)."""
    if not 0 <= target - end <= 40:
        return False
    gap = str.lower(text[end:target]).split()
    return len(gap) <= 3 and all(
        w in DETERMINERS or w in PREMODIFIERS or (w.replace("-", "").isalnum() and w not in _NOT_AN_OBJECT)
        for w in gap
    )


def read_structure(doc: Document, ctx: _Sentence) -> None:
    """Correct the sentence's parties, states and venue from its dependency tree (if one is available)."""
    judged = worth_parsing(ctx)
    stateless = not judged and unstated(ctx)
    possessed = owned(ctx)
    making = not judged and making_cue(ctx)
    bound = bound_cue(ctx)
    if not judged and not stateless and not possessed and not making and not bound:
        return  # no verb whose structure matters: the sentence is not parsed
    tree = sentence_tree(doc, ctx.sentence)
    if tree is None or not tree.words:
        return
    for local in ctx.locals:
        head = _head_word(tree, local.trigger.start, local.trigger.end)
        if head is None:
            continue
        if bound:  # "was bound by a confidentiality agreement" (:mod:`.bound`)
            _bound_clause(tree, ctx, local, head)
        if not judged:  # parsed only for a mention with no state (:mod:`.governing`), an owner or a maker
            _unjudged(tree, ctx, local, head, stateless=stateless, possessed=possessed, making=making)
            continue
        _check_states(tree, ctx, local, head)
        verb = _governor(tree, head)
        if verb is not None and tree.words[verb].deprel == "xcomp":
            up = tree.head_of(verb)  # "agreed to merge in a deal": the agreeing verb governs the merging
            if up is not None and str.lower(tree.words[up].text) in AGREEING_VERBS:
                verb = up
        lemma = str.lower(tree.words[verb].text) if verb is not None else ""
        if verb is not None and (
            lemma in AGREEING_VERBS
            or (lemma in _JOINING_VERBS and local.trigger.kind in _PLAYER_DEALS)
            or making_verb(tree, verb, head)  # "secured a deal with Iran" (:mod:`.making`)
        ):
            _agreeing_clause(tree, ctx, local, verb)
        governing_state(tree, local, head)
        if possessed:  # "its joint fundraising agreement": the clause's subject (:mod:`.owners`)
            owner_parties(tree, ctx, local, head)


def _unjudged(
    tree: SyntaxTree,
    ctx: _Sentence,
    local: Local,
    head: int,
    *,
    stateless: bool,
    possessed: bool,
    making: bool,
) -> None:
    """The rules of a sentence parsed only for a mention with no state, an owner or a deal-making verb."""
    if stateless:
        governing_state(tree, local, head)
    if possessed:
        owner_parties(tree, ctx, local, head)
    verb = _governor(tree, head) if making else None
    if verb is not None and making_verb(tree, verb, head):  # "Mr. Obama secured a deal with Iran"
        _agreeing_clause(tree, ctx, local, verb)


def _bound_clause(tree: SyntaxTree, ctx: _Sentence, local: Local, head: int) -> None:
    """Sides and state of a deal a clause says someone is under or bound by, read like "signed"."""
    clause = binding_clause(tree, head)
    if clause is not None:
        _agreeing_clause(tree, ctx, local, clause)
        running_state(tree, local, clause)


def _head_word(tree: SyntaxTree, start: int, end: int) -> int | None:
    """The word of the mention ``[start, end)`` whose head lies outside it (the phrase's head)."""
    first = tree.word_at(start)
    if first is None:
        return None
    k = first
    inside = []
    while k < len(tree.words) and tree.words[k].start < end:
        inside.append(k)
        k += 1
    for k in inside:
        head = tree.head_of(k)
        if head is None or not start <= tree.words[head].start < end:
            return k
    return inside[-1] if inside else None


def _governor(tree: SyntaxTree, head: int) -> int | None:
    """The verb the mention is an argument of ("signed [a truce]", "agreed to [a ceasefire]")."""
    k = head
    for _ in range(3):
        rel = tree.words[k].deprel
        up = tree.head_of(k)
        if up is None:
            return None
        if rel == "conj":  # "signed a truce and a deal": the first conjunct's verb
            k = up
            continue
        if rel in _GOVERNED and tree.words[up].upos in ("VERB", "AUX"):
            return up
        return None
    return None


def _subject_phrases(tree: SyntaxTree, verb: int) -> list[Phrase]:
    """The verb's subject and its conjuncts; an open complement's subject is its governor's."""
    k: int | None = verb
    for _ in range(3):
        if k is None:
            return []
        found = tree.dependents(k, "nsubj", "nsubj:pass")
        if found:
            heads = [found[0], *tree.dependents(found[0], "conj")]
            return [tree.noun_phrase(h) for h in heads]
        if tree.words[k].deprel not in ("xcomp", "conj"):
            return []
        k = tree.head_of(k)
    return []


def _hits_in(
    tree: SyntaxTree, ctx: _Sentence, phrases: Sequence[Phrase], *, every: bool = False
) -> list[Hit]:
    """The names of ``phrases``: the one holding a phrase's head word, else all inside it.

    "Japanese car maker Mitsubishi Motors" names Mitsubishi Motors; "Israeli negotiators" Israel;
    with ``every``, every name inside ("QPR keeper Chris Day") but a country describing a later one
    ("Argentine striker Iwan Gabrich": a nationality, no side of the deal).
    """
    out: list[Hit] = []
    for phrase in phrases:
        hits = ctx.entities.within(phrase.start, phrase.end)
        if every:
            out.extend(h for h in hits if not (h.country and h is not hits[-1]))
            continue
        heads = [tree.words[k] for k in (phrase.head, *tree.dependents(phrase.head, "flat", "appos"))]
        at_head = [h for h in hits if any(h.start <= w.start < h.end for w in heads)]
        nouns = [h for h in hits if tree.words[tree.word_at(h.start) or phrase.head].upos != "ADJ"]
        out.extend(at_head or nouns or hits)
    return out


def _purpose(tree: SyntaxTree, verb: int) -> bool:
    """Whether the agreeing verb is an infinitive of purpose, so not yet done: "time to sign the
    accord", "need to sign it", "a chance to reach a deal" (not "ratify": one ratified was signed)."""
    word = tree.words[verb]
    marked = any(str.lower(tree.words[c].text) == "to" for c in tree.dependents(verb, "mark"))
    governor = tree.head_of(verb)
    if governor is None and verb > 0 and str.lower(tree.words[verb - 1].text) == "to":
        return not str.lower(word.text).startswith("ratif") and _unattached_purpose(tree, verb)
    if not marked or governor is None or str.lower(word.text).startswith("ratif"):
        return False
    nouns = {str.lower(tree.words[k].text) for k in (governor, *tree.dependents(governor, "obj"))}
    return bool(nouns & _PURPOSE_NOUNS) or str.lower(tree.words[governor].text) in _NEED_VERBS | _ABOUT_TO


def _unattached_purpose(tree: SyntaxTree, verb: int) -> bool:
    """Whether an infinitive the parse left unattached follows a word of what is still ahead within a
    few words ("were poised on Friday to sign"), with no other verb between."""
    for k in range(verb - 2, max(-1, verb - 7), -1):
        word = tree.words[k]
        if str.lower(word.text) in _ABOUT_TO | _NEED_VERBS:
            return True
        if word.upos in ("VERB", "PUNCT"):
            return False
    return False


def _pronoun_subject(tree: SyntaxTree, phrases: Sequence[Phrase]) -> bool:
    """Whether the subject is a pronoun ("it had signed"): its antecedent is for the token rules."""
    return any(tree.words[p.head].upos == "PRON" for p in phrases)


def _reporting_verb(tree: SyntaxTree, verb: int, pronoun: int) -> int | None:
    """The reporting verb whose complement clause ``verb`` heads: its ``ccomp`` head, or a reporting
    verb right before a clause the parse left unattached, past that verb's own dependents and "that"
    ("said on Wednesday (that) he had clinched"); None for no such verb."""
    head = tree.head_of(verb)
    if tree.words[verb].deprel == "ccomp" and head is not None:
        return head if str.lower(tree.words[head].text) in _REPORTING else None
    if head is not None or pronoun >= verb:
        return None
    gap: list[int] = []
    for k in range(pronoun - 1, max(-1, pronoun - 8), -1):
        word = tree.words[k]
        if word.upos == "VERB" and str.lower(word.text) in _REPORTING:
            return k if all(_under(tree, g, k) for g in gap) else None
        if word.upos in ("VERB", "AUX", "PUNCT") and str.lower(word.text) != "that":
            return None
        gap.append(k)
    return None


def _under(tree: SyntaxTree, index: int, top: int) -> bool:
    """Whether word ``index`` is "that" or lies under word ``top`` (within three heads)."""
    k: int | None = index
    if str.lower(tree.words[index].text) == "that":
        return True
    for _ in range(3):
        k = tree.head_of(k) if k is not None else None
        if k == top:
            return True
    return False


def _reported_subject(tree: SyntaxTree, ctx: _Sentence, verb: int, subjects: Sequence[Phrase]) -> list[Hit]:
    """Who "he" / "she" stands for in "Lebed said (on Wednesday) he had clinched a truce": the people
    named in the subject of the reporting verb whose complement clause the agreeing verb heads."""
    if len(subjects) != 1 or str.lower(tree.words[subjects[0].head].text) not in _HE_SHE:
        return []
    said = _reporting_verb(tree, verb, subjects[0].head)
    if said is None:
        return []
    reporters = _subject_phrases(tree, said)
    if any(tree.words[p.head].upos == "PRON" for p in reporters):
        return []
    return [h for h in _hits_in(tree, ctx, reporters) if h.type == "PERSON"]


def _antecedent(
    tree: SyntaxTree, ctx: _Sentence, local: Local, subjects: Sequence[Phrase], verb_start: int
) -> list[Hit]:
    """Who a bare "he" / "she" subject of an agreeing verb stands for when its sentence names no one
    before the verb ("Mr Brown ... There he is expected to strike a pact"): the person named last
    shortly before the sentence ("it" is left alone: the firm named last is too often another)."""
    if len(subjects) != 1 or str.lower(tree.words[subjects[0].head].text) not in _HE_SHE:
        return []
    floor = ctx.sentence.start
    if any(floor <= h.start < verb_start for h in local.roles["parties"]) or ctx.entities.within(
        floor, verb_start
    ):
        return []  # a name before the verb in its own sentence: the token rules and the tree read it
    before = ctx.entities.within(max(0, floor - _ANTECEDENT_REACH), floor)
    return [h for h in reversed(before) if h.type == "PERSON"][:1]


def _agreeing_clause(tree: SyntaxTree, ctx: _Sentence, local: Local, verb: int) -> None:
    """Parties, mood and venue of an agreement that is the argument of an agreeing verb."""
    word = tree.words[verb]
    trig = local.trigger
    # "the MoU was signed": the agreement itself is no subject that agrees
    subjects = [p for p in _subject_phrases(tree, verb) if not p.start <= trig.start < p.end]
    conditional = _conditional(tree, verb)
    modality = tree.modality(verb)
    at_verb = [st for st in local.statuses if st[1] <= word.start < st[2] or word.start <= st[1] < word.end]
    if conditional or modality.negated:
        local.statuses[:] = [st for st in local.statuses if st not in at_verb or st[0] != "signed"]
    elif _purpose(tree, verb) or (
        modality.modal in _HYPOTHETICAL and _modal_before(tree, verb, modality.modal)
    ):
        local.statuses[:] = [st for st in local.statuses if st not in at_verb or st[0] != "signed"]
        local.statuses.append(("proposed", word.start, word.end))
    player_deal = trig.kind in _PLAYER_DEALS
    named = _listed(ctx, _hits_in(tree, ctx, subjects, every=player_deal), word.start)
    named = _stranded_conjuncts(ctx, subjects) + named
    if not named and not conditional:
        named = _reported_subject(tree, ctx, verb, subjects)
    told = min((h.start for h in named), default=word.start)
    if not named and not conditional and not modality.negated:
        named = _antecedent(tree, ctx, local, subjects, word.start)
        told = subjects[0].start if named else told  # the evidence is the pronoun and its verb
    if (subjects and not _pronoun_subject(tree, subjects)) or conditional:
        allowed = {(h.start, h.end) for h in named} | {
            (h.start, h.end)  # a text party ("text:Fiat") the tree places in the subject
            for h in local.roles["parties"]
            if h.type == "TEXT" and any(p.start <= h.start < p.end for p in subjects)
        }
        _prune_before(tree, ctx, local, set() if conditional else allowed, word.end)
    if named and not conditional and not modality.negated:  # "did not sign": a rejecter, not bound
        local.give("parties", named, told, word.end)
    for partner in tree.dependents(tree.word_at(trig.end - 1) or verb, "nmod"):
        case = tree.dependents(partner, "case")
        if case and str.lower(tree.words[case[0]].text) in ("with", "between") and not conditional:
            _partners(tree, ctx, local, tree.noun_phrase(partner, modifiers=True))  # "a deal with X"
    if player_deal and not conditional:  # "join Preston on loan", "signed Rossi on a contract"
        for phrase in tree.objects(verb):
            _partners(tree, ctx, local, phrase)
            if str.lower(tree.words[verb].text) in _JOINING_VERBS:  # the club joined; its player the subject
                local.cast("club", [h for h in _hits_in(tree, ctx, [phrase]) if h.type != "PERSON"])
                local.cast("player", [h for h in named if h.type == "PERSON"])
    for prep, phrase in tree.obliques(verb):
        if prep == "with" and not conditional:  # "reached agreement with the Soviet Union"
            _partners(tree, ctx, local, phrase)
        elif prep in ("in", "at") and local.venue is None and not player_deal:  # "a contract at Old Trafford"
            places = [
                h  # a town, not the country or region the agreement covers ("a truce in eastern Ukraine")
                for h in ctx.entities.within(phrase.start, phrase.end)
                if h.type in _LOCATIONS and not h.country and h.type != "LOC"
            ]
            if places:
                local.place(places[0], phrase.start, places[0].end)


# A subordinator the parse may read as a preposition, taking the subject's first conjunct as its object.
_SUBORDINATOR_BEFORE = re.compile(
    r"\b(?:after|before|since|until|till|once|because|when|while|as)\s+(?:the\s+)?$", re.IGNORECASE
)
_AND_GAP = re.compile(r",?\s+and\s+")


def _stranded_conjuncts(ctx: _Sentence, subjects: Sequence[Phrase]) -> list[Hit]:
    """Names joined by "and" right before the subject that the parse hung on a subordinator read as a
    preposition ("continued after Russia and the rebels agreed a truce": Russia agreed too)."""
    if not subjects:
        return []
    first = min(p.start for p in subjects)
    hit = ctx.entities.last_before(first, ctx.sentence.start)
    if hit is None or not _AND_GAP.fullmatch(ctx.text, hit.end, first):
        return []
    chain = ctx.entities.chain_before(hit.end, ctx.sentence.start) or [hit]
    floor = max(ctx.sentence.start, chain[0].start - 12)
    if not _SUBORDINATOR_BEFORE.search(ctx.text, floor, chain[0].start):
        return []
    return chain


def _modal_before(tree: SyntaxTree, verb: int, modal: str) -> bool:
    """Whether the modal stands before the verb ("would sign"), not a month after it ("on May 1")."""
    k: int | None = verb
    for _ in range(4):
        if k is None:
            return False
        if any(c < k and str.lower(tree.words[c].text) == modal for c in tree.children[k]):
            return True
        k = tree.head_of(k) if tree.words[k].deprel == "xcomp" else None
    return False


def _listed(ctx: _Sentence, named: list[Hit], limit: int) -> list[Hit]:
    """The subject's names with the names listed beside them ("Russia, Turkey and Iran"), before ``limit``."""
    if not named:
        return named
    chain = ctx.entities.chain_before(named[0].end, ctx.sentence.start)
    chain += ctx.entities.chain_after(named[-1].start, limit)
    out = list(named)
    seen = {(h.start, h.end) for h in named}
    for hit in chain:
        if (hit.start, hit.end) not in seen:
            seen.add((hit.start, hit.end))
            out.append(hit)
    return out


def _prune_before(
    tree: SyntaxTree, ctx: _Sentence, local: Local, allowed: set[tuple[int, int]], after: int
) -> None:
    """Drop the names before the verb that the tree places outside its subject, and the dateline.

    A name the parse left unattached (a list it could not read) stays: the token rules read it.
    """
    trig = local.trigger
    dateline = dateline_end(ctx.text, ctx.sentence.start)
    kept = []
    for hit in local.roles["parties"]:
        if (hit.start, hit.end) in allowed or hit.start >= after or trig.start <= hit.start < trig.end:
            kept.append(hit)
            continue
        k = tree.word_at(hit.start)
        if hit.start >= dateline and k is not None and tree.words[k].deprel is None:
            kept.append(hit)
    local.roles["parties"][:] = kept


def _conditional(tree: SyntaxTree, verb: int) -> bool:
    """Whether ``verb`` sits under "if" / "unless" / "whether" (attached, or opening its clause)."""
    if any(str.lower(tree.words[m].text) in _CONDITIONAL for m in tree.dependents(verb, "mark")):
        return True
    for k in range(verb - 1, max(-1, verb - 8), -1):
        word = tree.words[k]
        if word.upos == "PUNCT" or (word.upos == "VERB" and k != verb):
            return False
        if str.lower(word.text) in _CONDITIONAL:
            return True
    return False


def _partners(tree: SyntaxTree, ctx: _Sentence, local: Local, phrase: Phrase) -> None:
    """The names of a "with" / "between" phrase and its conjuncts are parties (not a demonym beside one)."""
    conjuncts = [tree.noun_phrase(k) for k in tree.dependents(phrase.head, "conj")]
    partners = _hits_in(tree, ctx, [phrase, *conjuncts])
    if partners:
        chosen = {(h.start, h.end) for h in partners}
        local.roles["parties"][:] = [
            h
            for h in local.roles["parties"]
            if not phrase.start <= h.start < phrase.end or (h.start, h.end) in chosen
        ]
        local.give("parties", partners, phrase.start, phrase.end)


def _check_states(tree: SyntaxTree, ctx: _Sentence, local: Local, head: int) -> None:
    """Drop a suspension, collapse, extension or violation whose verb acts on something else."""
    kept = []
    for status in local.statuses:
        name, start, _ = status
        verb = tree.word_at(start)
        if name in _OWN_OBJECT_STATES and _right_before(ctx.text, status[2], local.trigger.start):
            kept.append(status)  # "extended a food-for-oil deal": the parse may miss the compound
            continue
        if name in _OWN_OBJECT_STATES and verb is not None and _acts_on_other(tree, verb, head):
            continue
        if name in _OWN_OBJECT_STATES and verb is not None and _person_undergoes(tree, ctx, verb):
            continue
        kept.append(status)
    local.statuses[:] = kept


def _person_undergoes(tree: SyntaxTree, ctx: _Sentence, verb: int) -> bool:
    """Whether a passive state verb is said of a person ("Hilton was abandoned", "he was
    suspended"): the person's state, not the agreement's."""
    for subject in tree.dependents(verb, "nsubj:pass"):
        word = tree.words[subject]
        if str.lower(word.text) in _PERSONAL:
            return True
        hits = ctx.entities.hits
        i = bisect.bisect_right(ctx.entities.starts, word.start) - 1
        if i >= 0 and hits[i].start <= word.start < hits[i].end and hits[i].type == "PERSON":
            return True
    return False


def _acts_on_other(tree: SyntaxTree, verb: int, head: int) -> bool:
    """Whether ``verb`` has an object that is neither the agreement nor a pronoun for it."""
    if tree.words[verb].upos != "VERB" or tree.words[verb].deprel == "acl:relcl":
        return False  # "the truce that India and Pakistan renewed": the agreement is its object
    objects = [o for o in tree.dependents(verb, "obj") if str.lower(tree.words[o].text) not in _TIME_WORDS]
    if not objects:
        return False
    k: int | None = head
    for _ in range(4):  # the agreement is (part of) one of the verb's arguments
        if k is None:
            break
        if tree.head_of(k) == verb:
            return False
        k = tree.head_of(k)
    return all(str.lower(tree.words[o].text) not in _PRONOUNS for o in objects)
