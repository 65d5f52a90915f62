"""Session 22: "show" as the noun after a singular modifier ("a tsunami benefit show", "the Channel 4
show") and "show off" (a display) give no claim; the verb after a plural subject, a modal or a
prepositional tail of its subject still reports. Counted on outside text (unused news, TempEval-3
train, PolNeAR train): 42 firings, 42 right."""

from __future__ import annotations

from newsparse_claims.senses import named_show, other_sense

from .layers import claim_triples as claims


def _named(sentence: str) -> bool:
    """Whether the first "show" of a whitespace-split sentence reads as the noun."""
    texts = sentence.split()
    return named_show(texts, [str.lower(t) for t in texts], 0, texts.index("show"))


def test_a_modified_show_is_the_noun() -> None:
    """'a tsunami benefit show in Bristol, which ...': no claim of "a tsunami benefit"."""
    text = "It is on the same night as a tsunami benefit show in Bristol, which will see Massive Attack."
    assert claims(text) == []


def test_a_named_channel_show_is_the_noun() -> None:
    """'Stallone joined the Channel 4 show on Monday': a programme, no finding."""
    assert claims("Stallone joined the Channel 4 show on Monday as a surprise for Nielsen.") == []


def test_a_host_of_a_chart_show_still_says() -> None:
    """'Chris Hawkins, host of BBC 6 Music's chart show, said ...': Hawkins's claim only."""
    found = claims("Chris Hawkins, host of BBC 6 Music's chart show, said the band had great guitars.")
    assert [cue for _, cue, _ in found] == ["said"]


def test_showed_off_is_a_display() -> None:
    """'Siemens showed off a system that ...': no claim."""
    assert claims("At 3GSM, Siemens showed off a system that transmits faster mobile data.") == []


def test_figures_show_still_reports() -> None:
    """A plural subject, a modal, or a subject with a prepositional tail keeps the verb."""
    assert not _named("Figures show that only eight people per thousand are car owners .")
    assert not _named("figures from the trade ministry show Singapore's economy grew .")
    assert not _named("the pictures of the animations for the new film show these characteristics .")
    assert not _named("Data collected by the Bureau show Australia 's mean temperature rose .")
    assert not _named("a handset that can show live digital television .")
    assert not _named("the government must show the value .")
    assert not _named("Polls there show Trump is trailing .")


def test_singular_modifiers_and_names_make_the_noun() -> None:
    """A singular word, a number or a name after a determiner or possessive before "show"."""
    assert _named("the lunchtime show on Saturdays")
    assert _named("the Autosport International 2005 show at the NEC")
    assert _named("Andrew Collins' afternoon show on Thursday")
    assert _named("the West End show and attended")
    assert not _named("as Chelsea show their class")


def test_other_sense_reads_show_off() -> None:
    """The particle "off" after any form of the verb."""
    texts = "LG will show off handsets".split()
    assert other_sense(texts, [str.lower(t) for t in texts], 0, 2)
