"""A past participle after the noun of a prepositional phrase, which the parse left unattached, is
that noun's reduced relative clause (``acl``): "according to a copy of the letter reviewed by the
newspaper", "from a man named Joe"; a finite verb after such a noun ("after the number of arrests
spiked", "as the Blue Jays held off") and a verb with its object are left as parsed."""

from __future__ import annotations

from newsparse_syntax.parser import Parse
from newsparse_syntax.phrase_participles import attach_phrase_participles

from .helpers import analysed, head_text, index_of

# "... according to a copy of the letter reviewed by the paper": the parse as the parser leaves it
_FORMS = "He wrote to the firm , according to a copy of the letter reviewed by the paper .".split()
_TAGS = "PRON VERB ADP DET NOUN PUNCT VERB ADP DET NOUN ADP DET NOUN VERB ADP DET NOUN PUNCT".split()
_HEADS: tuple[int | None, ...] = (1, None, 4, 4, 1, None, 9, 6, 9, 1, 12, 12, 9, None, 16, 16, 13, None)
_RELS: tuple[str | None, ...] = (
    "nsubj", "root", "case", "det", "obl", None, "case", "fixed", "det", "obl", "case", "det", "nmod",
    None, "case", "det", "obl", None,
)  # fmt: skip
_LEXICON = {"reviewed": "VBN", "spiked": "VBD", "wrote": "VBD"}


def test_an_unattached_participle_after_a_phrases_noun_is_its_acl() -> None:
    parse = attach_phrase_participles(Parse(_HEADS, _RELS), _FORMS, _TAGS, _LEXICON)
    assert parse.heads[13] == 12 and parse.rels[13] == "acl"  # "reviewed" modifies "letter"
    assert parse.heads[16] == 13 and parse.heads[1] is None  # the rest as parsed


def test_a_finite_verb_after_a_clause_opening_preposition_or_before_its_object_stays() -> None:
    for opener, after in (("after", "by"), ("of", "the")):  # "after the letter spiked"; "reviewed the"
        forms = list(_FORMS)
        forms[10], forms[14] = opener, after
        tags = list(_TAGS)
        tags[14] = "DET" if after == "the" else "ADP"
        parse = attach_phrase_participles(Parse(_HEADS, _RELS), forms, tags, _LEXICON)
        assert parse.heads[13] is None, (opener, after)
    forms = list(_FORMS)
    forms[13] = "spiked"  # a past the lexicon reads VBD, no "by" after it: a finite verb
    forms[14] = "in"
    parse = attach_phrase_participles(Parse(_HEADS, _RELS), forms, _TAGS, _LEXICON)
    assert parse.heads[13] is None


def test_the_layer_attaches_a_named_or_released_participle_to_the_phrases_noun() -> None:
    words, _ = analysed("It's on loan, by the way, from a guy named Joe O'Neill in Midland, Texas.")
    named = index_of(words, "named")
    assert words[named].deprel == "acl" and head_text(words, named) == "guy"
