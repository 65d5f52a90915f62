"""A finite verb after "and" that the parse hung on a non-finite verb (an infinitive, a
preposition's gerund) continues the series of the finite verb governing that one: it is that
verb's ``conj`` and shares its subject ("Iran wants to turn the tables and is inviting ...")."""

from __future__ import annotations

from .helpers import analysed, head_text, index_of


def test_a_finite_conjunct_of_a_non_finite_verb_joins_the_governing_verb() -> None:
    for text, first, later, subject in (
        (
            "Now Iran wants to turn the tables and is inviting cartoonists to a contest.",
            "wants",
            "inviting",
            "Iran",
        ),
        (
            "The police prevented the workers from closing the well and confiscated three trucks.",
            "prevented",
            "confiscated",
            "police",
        ),
        ("The minister hopes to win the vote and will meet the rebels today.", "hopes", "meet", "minister"),
    ):
        words, tree = analysed(text)
        v = index_of(words, later)
        assert words[v].deprel == "conj" and head_text(words, v) == first, text
        found = tree.subject(v, shared=True)
        assert found is not None and found.text.endswith(subject), text


def test_a_conjunct_of_the_same_form_or_of_a_finite_verb_stays() -> None:
    # two infinitives: "to play ... and live" is one series under "like"'s "to"
    words, _ = analysed("They would like to play chess and live in the city.")
    assert head_text(words, index_of(words, "live")) != "like"
    # the verb before has its own subject and auxiliary: its own series
    words, _ = analysed("The letter is meant for the person to whom it is addressed and may contain secrets.")
    assert head_text(words, index_of(words, "contain")) != "meant"
