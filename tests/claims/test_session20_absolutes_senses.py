"""Session 20: absolute participle clauses ("with X saying ...") give X's claim; cue words in another
sense ("showed up", "think tank", "TV shows") give none. Read on PolNeAR train and outside text."""

from __future__ import annotations

from newsparse_claims.absolutes import with_subject
from newsparse_claims.senses import other_sense

from .layers import claim_triples as claims


def test_with_a_subject_and_a_participle_is_that_subjects_claim() -> None:
    """'..., with Donald Trump tweeting that ...': Trump's claim, not the sentence subject's."""
    text = "Republicans were quick to chime in, with Donald Trump tweeting that it was a disaster."
    assert claims(text) == [
        ("Donald Trump", "tweeting", "it was a disaster")
    ]


def test_a_poll_share_saying_is_a_claim_of_that_share() -> None:
    """'with 30 percent of voters saying they ...': the share of voters says it."""
    found = claims("Trump has improved his standing, with 30 percent of voters saying they like him.")
    assert found == [("30 percent of voters", "saying", "they like him")]


def test_the_claim_before_an_absolute_clause_ends_before_with() -> None:
    """'Clinton said the plan would work, with Cruz calling ...': Clinton's content stops before "with"."""
    found = claims("Clinton said the plan would work, with Cruz repeatedly calling Trump his friend.")
    assert found[0] == ("Clinton", "said", "the plan would work")
    assert found[1][:2] == ("Cruz", "calling")


def test_with_subject_needs_a_noun_phrase() -> None:
    """No phrase after "with" but a determiner, or a clause word in between: no absolute subject."""
    low = "he came with the saying".split()
    assert with_subject(low, 0, 4) is None
    low = "with officials who were saying".split()
    assert with_subject(low, 0, 4) is None
    low = "with many marchers chanting".split()
    assert with_subject(low, 0, 3) == (1, 3)


def test_showed_up_is_no_finding() -> None:
    """'Hundreds more showed up to hear Stein': presence, not a finding."""
    assert claims("Hundreds more showed up to hear Stein address demonstrators.") == []


def test_show_up_to_a_number_still_reports() -> None:
    """'Polls show up to 40 percent ...': "up to" a quantity is the content."""
    assert claims("Polls show up to 40 percent of voters are undecided.") == [
        ("Polls", "show", "up to 40 percent of voters are undecided")
    ]


def test_television_shows_are_programmes() -> None:
    """'filming television shows and meeting ...': the noun, no claim of "Sanders ... television"."""
    text = "Sanders spent Wednesday filming television shows and meeting with the Rev. Al Sharpton."
    assert claims(text) == []


def test_think_tank_is_no_belief() -> None:
    """'a liberal think tank' names a body; "think" there is no cue."""
    found = claims("The Heritage Foundation, a conservative think tank, said the plan was bad.")
    assert found == [("The Heritage Foundation", "said", "the plan was bad")]
    words = "a liberal think tank".split()
    assert other_sense(words, words, 0, 2)
    words = "liberals think taxes will rise".split()
    assert not other_sense(words, words, 0, 1)


def test_a_news_report_is_a_noun_but_a_network_reports() -> None:
    """'A news report published Wednesday said ...': the report's claim, not "A news" reporting."""
    found = claims("A news report published Wednesday said Carter used a personal email account.")
    assert [c[:2] for c in found] == [("A news report published Wednesday", "said")]
    found = claims("CBS News reports that the talks failed.")
    assert found == [("CBS News", "reports", "the talks failed")]


def test_helped_found_is_no_finding() -> None:
    """'Al From, who helped found the DLC, said ...': founded, not found (a finding)."""
    found = claims("Al From, who helped found the DLC, said the party had changed.")
    assert [c[1] for c in found] == ["said"]


def test_a_restrictive_relative_stays_in_the_source() -> None:
    """'Officials who reviewed the plan said ...': the officials, not "reviewed the plan"."""
    assert claims("Officials who reviewed the plan said it would fail.") == [
        ("Officials who reviewed the plan", "said", "it would fail")
    ]
    assert claims("The man who owns the store said it would close.")[0][0] == "The man who owns the store"


def test_an_object_relative_keeps_its_own_subject() -> None:
    """'posters which critics claim depict ...': the critics claim; "which" opens no subject relative."""
    found = claims("The party used posters which critics claim depict Michael Howard as Fagin.")
    assert found == [("critics", "claim", "depict Michael Howard as Fagin")]


def test_a_relative_ending_in_a_participle_is_no_source() -> None:
    """'demonstrators who were protesting calls for ...': "calls" is the noun, no claim."""
    text = "Security forces clashed with demonstrators who were protesting calls for Abacha to run."
    assert claims(text) == []


def test_television_showed_still_reports() -> None:
    """'Russian television showed a clip ...': the past tense is no programme."""
    found = claims("Russian television showed a brief clip of Boris Yeltsin on Thursday.")
    assert [c[:2] for c in found] == [("Russian television", "showed")]
