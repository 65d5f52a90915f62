"""Session 13 (round 2) parse repairs read off the sentences the relational layers consult: a particle
predicate after "be", subordinators' marks, "while" as a subordinator, phrases after a verb's time,
"one of" appositions, selections between commas, counts after a noun, restrictive relative clauses."""

from __future__ import annotations

from newsparse_syntax.repairs import repair_subordinators

from .helpers import analysed, head_text, index_of


def _relation(text: str, word: str, nth: int = 0) -> tuple[str | None, str | None]:
    """The label of ``word`` in the analysis of ``text`` and the text of its head."""
    words, _ = analysed(text)
    k = index_of(words, word, nth)
    return words[k].deprel, head_text(words, k)


def test_a_particle_ending_a_clause_after_be_is_its_predicate() -> None:
    text = "The foreign minister said the war was over."
    assert _relation(text, "war") == ("nsubj", "over")
    assert _relation(text, "was") == ("cop", "over")
    assert _relation(text, "over") == ("ccomp", "said")


def test_a_particle_before_its_object_is_not_a_predicate() -> None:
    assert _relation("They signed a deal over the weekend.", "deal") == ("obj", "signed")


def test_a_subordinator_before_a_clause_subject_is_its_mark() -> None:
    words, _ = analysed("Trouble flared after nine French peacekeepers were killed.")
    after = index_of(words, "after")
    assert (words[after].deprel, head_text(words, after)) == ("mark", "killed")
    assert words[after].upos == "SCONJ"


def test_as_after_a_noun_is_not_made_a_mark() -> None:
    assert _relation("Urban as a genre is very broad.", "as")[0] != "mark"


def test_while_tagged_as_a_preposition_is_a_subordinator() -> None:
    forms = "arrested in the action , while a third person was".split()
    tags = ["VERB", "ADP", "DET", "NOUN", "PUNCT", "ADP", "DET", "ADJ", "NOUN", "AUX"]
    repair_subordinators(forms, tags)
    assert tags[5] == "SCONJ"
    assert tags[1] == "ADP"


def test_whether_is_always_a_subordinator() -> None:
    forms = "analysts questioned whether a court has a say , and whether to appeal".split()
    tags = "NOUN VERB ADP DET NOUN VERB DET NOUN PUNCT CCONJ PRON PART VERB".split()
    repair_subordinators(forms, tags)
    assert tags[2] == tags[10] == "SCONJ"
    assert tags[:2] + tags[3:10] == ["NOUN", "VERB", "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "CCONJ"]


def test_the_subject_after_whether_is_the_clause_subject() -> None:
    text = "Analysts have questioned whether a US court has any jurisdiction over the company."
    assert _relation(text, "court")[0] == "nsubj"
    assert _relation(text, "whether")[0] == "mark"


def test_the_subject_after_while_is_the_clause_subject() -> None:
    text = (
        "Two activists were arrested in the action, while a third person, who wished not to be named, "
        "was also arrested."
    )
    assert _relation(text, "person") == ("nsubj:pass", "arrested")
    assert _relation(text, "while") == ("mark", "arrested")


def test_a_phrase_after_a_verbs_time_is_the_verbs() -> None:
    assert _relation("John Wiley died today in an apparent suicide attempt.", "attempt") == ("obl", "died")
    text = "Sudan reached a framework agreement in 1984 with Western government creditors."
    assert _relation(text, "creditors") == ("obl", "reached")


def test_a_season_is_a_time_not_an_object() -> None:
    assert _relation("The contract expires next summer.", "summer") == ("obl:unmarked", "expires")


def test_of_after_a_time_stays_the_times() -> None:
    assert _relation("They met on the day of the referendum.", "referendum") == ("nmod", "day")


def test_one_of_between_commas_is_an_apposition() -> None:
    text = "The company, one of the largest in Europe, said it would cut jobs."
    assert _relation(text, "company") == ("nsubj", "said")
    assert _relation(text, "one") == ("appos", "company")


def test_a_selection_between_commas_is_skipped_by_the_subject() -> None:
    text = "Altogether, some six million people, mainly Jews, perished."
    assert _relation(text, "people") == ("nsubj", "perished")
    text = "The party said that six of its top officials, including chairman Hailu Shawel, had been detained."
    assert _relation(text, "six") == ("nsubj:pass", "detained")


def test_a_count_after_a_noun_opens_a_group() -> None:
    killed = ("nsubj:pass", "killed")
    assert _relation("In Western Afghanistan two police officers were killed.", "officers") == killed
    assert _relation("In response to the attack 10 militants were killed.", "militants") == killed


def test_a_model_number_or_a_record_stays_in_its_group() -> None:
    assert _relation("Boeing 747 jets were grounded.", "747") == ("nummod", "jets")
    assert _relation("Gamers notched up a record 28 million hours.", "record") == ("compound", "hours")


def test_a_relative_clause_without_commas_leaves_the_subject_to_its_noun() -> None:
    text = "Thirty taxi drivers who took part in the protests were arrested."
    assert _relation(text, "drivers") == ("nsubj:pass", "arrested")
    assert _relation(text, "part") == ("obj", "took")
    assert _relation("A strong earthquake which struck southwest Japan killed one person.", "earthquake") == (
        "nsubj",
        "killed",
    )
    assert _relation("People who live in the area said they heard shots.", "People") == ("nsubj", "said")


def test_a_verb_inside_the_relative_clause_keeps_its_own_subject() -> None:
    words, _ = analysed("She wants to help women who want to work in male dominated sectors.")
    women = index_of(words, "women")
    assert words[women].deprel != "nsubj"
    words, _ = analysed("Every pool contains teams who have caused upsets and we will have to work hard.")
    assert head_text(words, index_of(words, "we")) == "have"
    assert words[index_of(words, "teams")].deprel == "obj"
