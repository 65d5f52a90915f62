"""A past participle opening a subject noun phrase is shown to the parser as an adjective ("On 3 May,
armed men shot at", "two armed men attacked", "suspected militants seized"): ``amod`` of the noun,
the noun the verb's subject, the tag kept; a participle with a subject, after "have"/"be", or before
an object of a real verb stays a verb."""

from __future__ import annotations

from newsparse_syntax.participle_repairs import attributive_tags
from newsparse_syntax.tagger import default_tagger

from .helpers import analysed, head_text, index_of


def _shown(text: str, tags: str) -> list[str]:
    forms, tagged = text.split(), tags.split()
    assert len(forms) == len(tagged)
    return attributive_tags(forms, tagged, default_tagger().lexicon)


def test_a_participle_opening_a_subject_is_shown_as_an_adjective() -> None:
    for text, tags, k in (
        ("Armed men attacked a village", "VERB NOUN VERB DET NOUN", 0),
        ("On 3 May , armed men shot at a car", "ADP NUM PROPN PUNCT VERB NOUN VERB ADP DET NOUN", 4),
        ("two armed men attacked a driver", "NUM VERB NOUN VERB DET NOUN", 1),
        ("the corpses of suspected ISGS militants were found", "DET NOUN ADP VERB PROPN NOUN AUX VERB", 3),
        ("so - called ASCII codes are used", "ADV PUNCT VERB NOUN NOUN AUX VERB", 2),
    ):
        assert _shown(text, tags)[k] == "ADJ", text


def test_a_participle_with_a_subject_or_an_object_stays_a_verb() -> None:
    for text, tags in (
        ("Police armed officers with rifles", "NOUN VERB NOUN ADP NOUN"),  # a subject before it
        ("he said , claimed staff took photographs", "PRON VERB PUNCT VERB NOUN VERB NOUN"),  # a verb before
        ("they founded it and signed artists including Run", "PRON VERB PRON CCONJ VERB NOUN VERB PROPN"),
        ("armed men driving a vehicle", "VERB NOUN VERB DET NOUN"),  # no finite verb after the noun
        ("with 82 armed men led by Castro", "ADP NUM VERB NOUN VERB ADP PROPN"),  # a participle before "by"
        ("they were armed men", "PRON AUX VERB NOUN"),  # after "be"
    ):
        assert _shown(text, tags) == tags.split(), text


def test_the_parse_gives_the_noun_to_the_verb_as_its_subject() -> None:
    words, tree = analysed("On 3 May 2020, in Morelia, Michoacan, armed men shot at a car wash.")
    armed, shot = index_of(words, "armed"), index_of(words, "shot")
    assert words[armed].upos == "VERB"  # the tag is kept
    assert head_text(words, armed) == "men" and words[armed].deprel == "amod"
    assert words[shot].deprel == "root"
    subject = tree.subject(shot)
    assert subject is not None and subject.text.endswith("armed men")
    assert head_text(words, index_of(words, "Michoacan")) == "Morelia"  # the place's apposition kept
    words, tree = analysed("At least three armed men shot at a car wash.")
    shot = index_of(words, "shot")
    assert head_text(words, index_of(words, "three")) == "men" and words[shot].deprel == "root"
