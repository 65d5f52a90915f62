"""Session 22: a content read after its cue ends before the writer's comment on it: an aim the writer
gives (", in a bid to ..."), a judgement (", seen as ..."), a consequence (", raising questions ...",
", a move that ..."). Counted on outside text (unused news, TempEval-3 train, PolNeAR train): 5
firings, 5 right."""

from __future__ import annotations

from newsparse_claims.content_cuts import writer_tail

from .layers import claim_triples as claims


def test_a_judgement_after_the_content_is_the_writers() -> None:
    """', seen as a way of ...': the writer's judgement, not what the report suggests."""
    text = "The report suggests new ways of boosting campaigning, seen as a way of improving turnout."
    assert claims(text) == [("The report", "suggests", "new ways of boosting campaigning")]


def test_a_perfect_participle_stays() -> None:
    """', having transferred his wealth ...': often the source's own reason; kept."""
    text = "Forbes says Mr. Kamprad is no longer a billionaire, having transferred his wealth to a trust."
    assert claims(text)[0][2].endswith("having transferred his wealth to a trust")


def test_an_aim_in_a_bid_to_is_the_writers() -> None:
    """', in a bid to court first-time buyers': the writer's reading of the promise."""
    text = "The Liberal Democrats are promising to raise the threshold, in a bid to court first-time buyers."
    assert claims(text)[0][2] == "to raise the threshold"


def test_a_consequence_after_the_content_is_the_writers() -> None:
    """', raising questions about ...': the writer's comment."""
    text = "The commission announced officials were investigating the votes, raising questions about fraud."
    assert claims(text) == [("The commission", "announced", "officials were investigating the votes")]


def test_writer_tail_shapes() -> None:
    """Which words after a comma open such a comment, and which do not."""
    assert not writer_tail("he quit , having lost the vote".split(), 2)
    assert not writer_tail("because , seen as a way".split(), 1)
    assert writer_tail("the votes , raising questions".split(), 2)
    assert writer_tail("the plan , seen as a way".split(), 2)
    assert not writer_tail("the plan , seen by all".split(), 2)
    assert not writer_tail("the wine , in order to molest him".split(), 2)
    assert writer_tail("its earnings , a move that hurt".split(), 2)
    assert not writer_tail("its earnings , a rise of 5%".split(), 2)


def test_a_tail_inside_a_quotation_stays() -> None:
    """'"... , in a bid to ..."': the speaker's own words run on."""
    text = 'He said "we will go on, in a bid to win" on Monday.'
    assert "in a bid to win" in claims(text)[0][2]
