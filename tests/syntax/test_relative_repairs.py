"""A participle after its noun that the parse took for the clause's verb is the noun's reduced
relative clause (``acl``) and the later finite verb the noun's ("a survey conducted by X revealed",
"armed men driving a truck carried out"); a participle with its own object, or a noun inside a
prepositional phrase, is left as parsed."""

from __future__ import annotations

from .helpers import analysed, head_text, index_of


def test_a_past_participle_before_a_prepositional_phrase_is_the_subjects_modifier() -> None:
    for text, noun, participle, verb in (
        (
            "A survey conducted by the institute last year revealed that most voters back the plan.",
            "survey",
            "conducted",
            "revealed",
        ),
        (
            "The 10 writers shortlisted for a Booker and Costa award in 2005 are hoping for a boost.",
            "writers",
            "shortlisted",
            "hoping",
        ),
        (
            "Soon after the attack, sites hit by the worm started randomly sending messages.",
            "sites",
            "hit",
            "started",
        ),
    ):
        words, tree = analysed(text)
        n, p, v = index_of(words, noun), index_of(words, participle), index_of(words, verb)
        assert words[p].deprel == "acl" and head_text(words, p) == noun, text
        assert head_text(words, n) == verb and words[n].deprel == "nsubj", text
        subject = tree.subject(v)
        assert subject is not None and subject.text.endswith(noun), text


def test_an_ing_modifier_closes_before_the_finite_verb() -> None:
    words, tree = analysed(
        "On 4 May 2020, in Puebla, armed men driving a truck carried out an attack on a shop."
    )
    men, carried, armed = index_of(words, "men"), index_of(words, "carried"), index_of(words, "armed")
    assert words[carried].deprel == "root"
    assert head_text(words, men) == "carried" and words[men].deprel == "nsubj"
    assert head_text(words, index_of(words, "driving")) == "men"
    assert head_text(words, armed) == "men" and words[armed].upos == "VERB"  # the tag is kept
    assert head_text(words, index_of(words, "May")) == "carried"  # the date is the act's
    words, tree = analysed("About 20 protesters opposing the mayor gathered in the square.")
    gathered = index_of(words, "gathered")
    subject = tree.subject(gathered)
    assert words[gathered].deprel == "root" and subject is not None and subject.text.endswith("protesters")


def test_a_verb_with_its_object_or_a_noun_inside_a_phrase_stays() -> None:
    words, _ = analysed("Lord Smith said Mr Jones bypassed the committee and relied on advisers.")
    assert words[index_of(words, "bypassed")].deprel != "acl"
    words, _ = analysed(
        "Figures on searches in England and Wales carried out under the act showed that arrests rose."
    )
    assert head_text(words, index_of(words, "Wales")) != "showed"  # the subject's head is "Figures"
    words, _ = analysed("People using the sites hit by the virus will not be affected.")
    assert head_text(words, index_of(words, "sites")) != "affected"
