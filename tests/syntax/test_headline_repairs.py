"""A headline's verb the tagger read as a noun or a name is a verb ("London's mayor rebuffs Trump",
"Senator Tweets A Photo"); a headline that is a noun phrase ("Trump rallies in Ohio"), a line that has
its verb, a sentence inside a paragraph and a name's capital in a sentence-case line are left alone."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsparse_syntax.headline_repairs import repair_headline_verbs
from newsparse_syntax.tagger import default_tagger

from .helpers import analysed, head_text, index_of

_TAGS = ("NOUN", "PROPN", "ADJ", "VERB", "AUX", "DET", "ADP", "PRON", "PUNCT", "NUM", "PART", "CCONJ", "ADV")


def _repaired(line: str, tags: str, after: str = "\n\nBody text.") -> list[str]:
    """The tags of ``line`` (one a word) after the repair, the line standing first in a text."""
    forms, tagged = line.split(), tags.split()
    assert len(forms) == len(tagged)
    text = line + after
    repair_headline_verbs(text, len(line), forms, tagged, default_tagger().word_classes)
    return tagged


def test_a_headline_verb_after_its_subject_is_the_verb_of_the_parse() -> None:
    for text, verb, subject in (
        ("London's mayor rebuffs Trump on travel ban.\n\nThe mayor spoke on Monday.", "rebuffs", "mayor"),
        ("Senator Tweets A Photo Of Her Dog\n\nShe posted it on Friday.", "Tweets", "Senator"),
        ("Teachers vow to boycott the exams.\n\nThe union met on Monday.", "vow", "Teachers"),
    ):
        words, _ = analysed(text)
        k = index_of(words, verb)
        assert words[k].upos == "VERB", text
        assert head_text(words, index_of(words, subject)) == verb, text


def test_the_forms_that_agree_with_the_subject_are_retagged() -> None:
    for line, tags, k in (
        ("DNC issues ' deep apology ' to Sanders .", "PROPN NOUN PUNCT ADJ NOUN PUNCT ADP PROPN PUNCT", 1),
        ("Biden , stumping for Ohio , trashes Trump", "PROPN PUNCT NOUN ADP PROPN PUNCT PROPN PROPN", 6),
        ("Clinton and Sanders trade the blame .", "PROPN CCONJ PROPN NOUN DET NOUN PUNCT", 3),
        ("Rabbis vow to boycott the speech", "NOUN NOUN PART NOUN DET NOUN", 1),
        ("ESPN Fires Schilling Over A Post", "PROPN PROPN PROPN ADP DET PROPN", 1),
    ):
        assert _repaired(line, tags)[k] == "VERB", line


def test_noun_phrases_and_other_lines_are_left_alone() -> None:
    for line, tags in (
        ("Trump rallies in Ohio .", "PROPN NOUN ADP PROPN PUNCT"),  # no object: a noun phrase
        ("Ryan wages campaign to counter rivals", "PROPN NOUN NOUN PART VERB NOUN"),  # either may be the verb
        ("Clinton Poll Numbers Jump Post Convention", "PROPN PROPN PROPN PROPN PROPN PROPN"),
        ("Milton Keynes Dons v Peterborough", "PROPN PROPN PROPN PROPN PROPN"),  # "v": no name
        ("the Lexus IS 300 was sold .", "DET PROPN PROPN NUM AUX VERB PUNCT"),  # the line has its verb
        ("prices on Call Center Cabs .", "NOUN ADP PROPN PROPN PROPN PUNCT"),  # a name in sentence case
    ):
        assert _repaired(line, tags) == tags.split(), line
    # a sentence that does not end its line is no headline
    inside = _repaired("Clinton tops Trump", "PROPN NOUN PROPN", " in Iowa. More here.")
    assert inside == ["PROPN", "NOUN", "PROPN"]
    assert _repaired("Clinton tops Trump", "PROPN NOUN PROPN") == ["PROPN", "VERB", "PROPN"]


@given(
    st.lists(
        st.sampled_from("Trump rallies vow to the Mayor trashes , and Dons v issues A".split()), max_size=12
    ),
    st.data(),
)
def test_at_most_one_noun_name_or_adjective_becomes_a_verb(forms: list[str], data: st.DataObject) -> None:
    tags = data.draw(st.lists(st.sampled_from(_TAGS), min_size=len(forms), max_size=len(forms)))
    before = list(tags)
    text = " ".join(forms)
    repair_headline_verbs(text, len(text), forms, tags, default_tagger().word_classes)
    changed = [k for k in range(len(tags)) if tags[k] != before[k]]
    assert len(changed) <= 1
    assert all(before[k] in ("NOUN", "PROPN", "ADJ") and tags[k] == "VERB" for k in changed)
