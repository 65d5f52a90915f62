"""Reported clauses kept apart from their verb by an oblique, a bare time or a hearer: the clause's
verb is the reporting verb's ``ccomp`` and keeps its own subject (``reported``)."""

from __future__ import annotations

import pytest

from tests.syntax.helpers import analysed, head_text, index_of

ENDINGS = ("\n", "\r\n", "\r")


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "verb", "clause", "subject"),
    [
        ("Lebed said on Wednesday he had clinched a truce.", "said", "clinched", "he"),
        ("Police said on Monday the rebels attacked a convoy.", "said", "attacked", "rebels"),
        ("He said last week the company would cut 500 jobs.", "said", "cut", "company"),
        ("The ministry told reporters the talks had failed.", "told", "failed", "talks"),
        ("The president told Reuters in an interview he would not resign.", "told", "resign", "he"),
        ("Officials said late on Tuesday that 12 people were killed.", "said", "killed", "people"),
        ("Microsoft said in a statement it is investigating the attack.", "said", "investigating", "it"),
        ("The firm admitted before a New York court that it had lied.", "admitted", "lied", "it"),
    ],
)
def test_clause_after_a_gap_is_the_reporting_verbs(
    text: str, verb: str, clause: str, subject: str, ending: str
) -> None:
    words, _ = analysed(f"The report came out.{ending}{text}{ending}")
    q = index_of(words, clause)
    assert words[q].deprel == "ccomp" and head_text(words, q) == verb
    s = index_of(words, subject)
    assert words[s].deprel in ("nsubj", "nsubj:pass") and head_text(words, s) == clause


def test_hearer_stays_the_object_of_told() -> None:
    words, _ = analysed("The ministry told reporters the talks had failed.")
    reporters = index_of(words, "reporters")
    assert words[reporters].deprel == "iobj" and head_text(words, reporters) == "told"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("He said in a statement the company released on Monday.", "released"),  # a relative clause
        ("The secret was revealed on Thursday when Smith was named manager.", "named"),  # adverbial
        ("The cuts were announced in what it called a budget.", "called"),
        ("He said on Monday that, which was odd.", "odd"),
    ],
)
def test_other_clauses_after_a_gap_are_not_reported(text: str, clause: str) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, clause)].deprel != "ccomp"


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "verb", "clause"),
    [
        ("Mr McConnell claimed there was evidence that bans work.", "claimed", "was"),
        ("He said on Monday there would be no talks.", "said", "be"),
        ("He added that there had been a rise in sales.", "added", "been"),
    ],
)
def test_clause_opening_with_there_is_the_verbs(text: str, verb: str, clause: str, ending: str) -> None:
    words, _ = analysed(f"Talks went on.{ending}{text}{ending}")
    q = index_of(words, clause)
    assert words[q].deprel == "ccomp" and head_text(words, q) == verb
    assert words[index_of(words, "there")].deprel == "expl"


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("Debts will worsen if there is a rise in rates.", "is"),
        ("By 2008, 95% of all mobiles sold there will have cameras.", "have"),
        ("Fans voted before there was any fuss.", "was"),
    ],
)
def test_there_after_other_verbs_opens_no_complement(text: str, clause: str) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, clause)].deprel != "ccomp"


@pytest.mark.parametrize("ending", ENDINGS)
@pytest.mark.parametrize(
    ("text", "hearer", "subject", "clause"),
    [
        ("Officials told reporters troops had withdrawn.", "reporters", "troops", "withdrawn"),
        ("He told Reuters rebels had fired rockets.", "Reuters", "rebels", "fired"),
        ("The ministry told AFP Israeli forces had withdrawn.", "AFP", "forces", "withdrawn"),
        ("He told the Reuters news agency militants had fired.", "agency", "militants", "fired"),
        ("The army said Tuesday militants had fired rockets.", "Tuesday", "militants", "fired"),
    ],
)
def test_hearer_or_time_does_not_run_into_the_clauses_subject(
    text: str, hearer: str, subject: str, clause: str, ending: str
) -> None:
    words, _ = analysed(f"Talks went on.{ending}{text}{ending}")
    s = index_of(words, subject)
    assert words[s].deprel == "nsubj" and head_text(words, s) == clause
    assert head_text(words, index_of(words, hearer)) in ("told", "said")
    assert head_text(words, index_of(words, clause)) in ("told", "said")


@pytest.mark.parametrize(
    ("text", "word", "head"),
    [
        ("He told the BBC programme Go Digital how it works.", "BBC", "programme"),
        ("He told the Times Higher Education Supplement it would worry her.", "Times", "Education"),
        ("He told reporters waiting outside the court nothing.", "reporters", "told"),
    ],
)
def test_hearer_groups_stay_whole(text: str, word: str, head: str) -> None:
    words, _ = analysed(text)
    assert head_text(words, index_of(words, word)) == head


def test_time_after_a_hearer_is_the_telling_verbs() -> None:
    words, _ = analysed("A spokeswoman told the Financial Times on Monday that Yahoo was adding captions.")
    monday = index_of(words, "Monday")
    assert words[monday].deprel == "obl" and head_text(words, monday) == "told"


@pytest.mark.parametrize(
    ("text", "verb", "clause"),
    [
        ('"The talks failed," the minister said on Monday.', "said", "failed"),
        ("The wedding had to be postponed because of the war, she said.", "said", "had"),
        ('"It is essential that they comply," said James Perry, the director.', "said", "essential"),
        ('"We will win," he insisted.', "insisted", "win"),
        ('"We will not leave," commented Khader Habib, a community leader.', "commented", "leave"),
        ('"The talks failed," the minister stressed on Monday.', "stressed", "failed"),
        ('"I was lying," replied Mr Sullivan.', "replied", "lying"),
    ],
)
def test_a_report_told_after_its_content_is_the_root(text: str, verb: str, clause: str) -> None:
    words, _ = analysed(text)
    q = index_of(words, clause)
    assert words[index_of(words, verb)].deprel == "root"
    assert words[q].deprel == "ccomp" and head_text(words, q) == verb


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The talks failed, the minister said, and he would resign.", "said"),
        ("The talks failed and the minister said so.", "said"),
        ('"If the court lets them go, the sources will be deterred," he said.', "said"),
    ],
)
def test_a_reporting_verb_with_its_own_clause_stays_out_of_the_root(text: str, verb: str) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, verb)].deprel != "root"


@pytest.mark.parametrize(
    ("text", "clause", "label"),
    [
        ("The family fled because the war began.", "began", "advcl"),
        ("They left because the talks had failed.", "failed", "advcl"),
        ("He said that the talks had failed.", "failed", "ccomp"),
        ("I know when the talks start.", "start", "ccomp"),
    ],
)
def test_a_clause_an_adverbial_subordinator_opens_is_advcl(text: str, clause: str, label: str) -> None:
    words, _ = analysed(text)
    assert words[index_of(words, clause)].deprel == label
