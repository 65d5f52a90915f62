"""Issue 16, session 14 round 1: a narrative place only from a sentence that tells the incident."""

from __future__ import annotations

import newsparse
from newsparse import Span
from newsparse.annotations import Event
from newsparse.syntax import SyntaxTree, Word
from newsparse.text import token_columns
from newsparse_events.places import background_sentence, one_of_many, opens_with_date
from newsparse_events.roles import attack_agent


def events(text: str, published: str | None = "2008-07-12") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_lead_that_tells_no_incident_gives_no_place() -> None:
    """A film premiered in Berlin: the arrest its story tells did not happen at the festival."""
    (event,) = events(
        "A German movie about a resistance heroine has drawn loud applause at Berlin Film Festival. "
        "Scholl, 21, was arrested with her brother in 1943 for distributing leaflets.",
        published=None,
    )
    assert event.role == "arrested"
    assert event.place_text is None


def test_a_lead_opened_by_its_date_still_places_what_follows() -> None:
    """ "On 8 May 2020, in Petrolina, police dismantled a lab. A man was arrested." is in Petrolina."""
    (event,) = events(
        "On 8 May 2020, in Petrolina, Pernambuco, military police forces dismantled a cocaine lab. "
        "A man was arrested.",
        published="2020-05-08",
    )
    assert event.place_text is not None and event.place_text.text.startswith("Petrolina")


def test_a_lead_dated_inside_its_clause_is_no_frame() -> None:
    """An announcement "on Thursday" about victims of abuse in Iraq places no arrest told after it."""
    found = events(
        "The ministry announced on Thursday that it has agreed to pay victims of abuse in Iraq. "
        "Mousa and nine other Iraqis were arrested by a patrol."
    )
    assert found and all(e.place_text is None for e in found)


def test_a_lead_that_tells_a_slaying_places_it() -> None:
    """ "the sniper slaying of a doctor in the Buffalo area": the later killing of the doctor is there."""
    found = events(
        "The FBI has released one of two men sought for questioning in connection with the sniper "
        "slaying of a doctor in the Buffalo area. Officials played down the likelihood that either "
        "was involved in the Oct. 23 killing of the doctor.",
        published="1998-11-21",
    )
    (killed,) = [e for e in found if e.role == "killed"]
    assert killed.place_text is not None and killed.place_text.text == "Buffalo"


def test_a_running_state_since_a_point_gives_no_place() -> None:
    """ "Violence has flared in Iraq since the invasion" tells no incident of the assassination after it."""
    found = events(
        "Sectarian violence has flared in Iraq since the US-led invasion, leading some to speculate "
        "about a civil war. The assassination of the chief prosecutor highlights the divisions."
    )
    (killed,) = [e for e in found if e.role == "killed"]
    assert killed.place_text is None


def test_background_sentence_needs_a_perfect_before_since() -> None:
    """ "has ... since" is a running state; "since" alone ("ever since he left") or "has" alone is not."""
    text = "Violence has flared in Iraq since 2003. He left since it rained. Violence has flared."
    first, second = text.index("He"), text.index("Violence has flared.")
    assert background_sentence(text, 0, first)
    assert not background_sentence(text, first, second)
    assert not background_sentence(text, second, len(text))


def test_opens_with_date_reads_the_first_tokens_only() -> None:
    """A date among a sentence's first four tokens opens it; one later in its clause does not."""
    text = "On 8 May 2020, in X, police raided a lab. The ministry announced on Thursday a plan."
    tokens = token_columns(text)
    split = text.index("The")
    dates = [text.index("8 May"), text.index("Thursday")]
    assert opens_with_date(dates, tokens, 0, split)
    assert not opens_with_date(dates, tokens, split, len(text))
    assert not opens_with_date([], tokens, 0, len(text))


def test_an_airstrike_by_a_force_names_the_force() -> None:
    """ "an airstrike by Afghan military forces killed 7": the airstrike is the means, the force the actor."""
    (event,) = events(
        "On 28 April 2020, an airstrike by Afghan military forces killed 7 civilians in Ghor.",
        published="2020-04-28",
    )
    assert event.instrument is not None and event.instrument.text == "airstrike"
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Afghan military forces"


def test_killed_in_an_attack_by_someone_names_them() -> None:
    """ "was killed in an attack by rivals": the rivals are the perpetrators."""
    (event,) = events(
        "On 29 April 2020, a university student was killed in an attack by rivals over a land dispute.",
        published="2020-04-29",
    )
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "rivals"


def test_an_attack_by_night_names_no_actor() -> None:
    """A time after "by" is no actor: "killed in an attack by night"."""
    (night,) = events("A farmer was killed in an attack by night on the village.", published="2020-04-29")
    assert night.perpetrator_text is None


def _tree(text: str, rows: list[tuple[str, str, int | None, str | None]]) -> SyntaxTree:
    """A syntax tree of ``text`` from (word, upos, head, relation) rows, words found left to right."""
    words, at = [], 0
    for word, upos, head, rel in rows:
        at = text.index(word, at)
        words.append(Word(at, at + len(word), word, upos, head, rel))
        at += len(word)
    return SyntaxTree.of(text, words)


def test_attack_agent_refuses_the_victims_own_group() -> None:
    """ "militants were killed in an attack by militants": the victims name no agent of their own."""
    text = "Two militants were killed in an attack by militants."
    rows = [
        ("Two", "NUM", 1, "nummod"),
        ("militants", "NOUN", 3, "nsubj:pass"),
        ("were", "AUX", 3, "aux:pass"),
    ]
    rows += [("killed", "VERB", None, "root"), ("in", "ADP", 6, "case"), ("an", "DET", 6, "det")]
    rows += [("attack", "NOUN", 3, "obl"), ("by", "ADP", 8, "case"), ("militants", "NOUN", 6, "nmod")]
    tree = _tree(text, rows)
    assert attack_agent(tree, 6, Span.of(text, 4, 13)) is None
    found = attack_agent(tree, 6, Span.of(text, 0, 3))
    assert found is not None and found.text == "militants"
    assert attack_agent(tree, 1, None) is None  # "militants" is no attack noun


def test_a_single_injury_is_a_wounded_event() -> None:
    """ "a villager sustained a serious injury", "One injury was reported": one wounded each."""
    (event,) = events(
        "On 5 May 2020, a villager sustained a serious injury after stepping on a landmine in Pursat.",
        published="2020-05-05",
    )
    assert (event.role, event.count.value if event.count else None) == ("wounded", 1)
    (reported,) = events(
        "On 6 May 2020, clashes broke out in Tripoli. One injury was reported.", "2020-05-06"
    )
    assert reported.role == "wounded"


def test_a_toll_over_a_list_of_places_has_no_one_place() -> None:
    """ "Sri Lanka, India, Indonesia and Thailand, with 23,000 killed": no toll of Thailand alone."""
    found = events(
        "The worst-hit areas are Sri Lanka, India, Indonesia and Thailand, "
        "with at least 23,000 people killed."
    )
    (killed,) = [e for e in found if e.role == "killed"]
    assert killed.place_text is None


def test_a_list_of_places_gives_no_narrative_place_either() -> None:
    """Riots in Brixton, then 400 hurt as they spread to four places: no one place is theirs."""
    found = events(
        "Riots broke out in Brixton in April. During the following days of disturbances that spread to "
        "the Midlands, Merseyside, Bristol and Leeds, nearly 400 people were injured."
    )
    (wounded,) = [e for e in found if e.role == "wounded"]
    assert wounded.place_text is None


def test_one_of_many_keeps_a_place_with_its_area() -> None:
    """ "in Celaya, Guanajuato" and "in Kabul and Herat" are no list of three: the place stays."""
    text = "in Celaya, Guanajuato and in Kabul and Herat; Sri Lanka, India and Thailand"
    for name in ("Celaya", "Guanajuato", "Herat"):
        at = text.index(name)
        assert one_of_many(text, (at, at + len(name), None)) is not None
    at = text.index("Thailand")
    assert one_of_many(text, (at, at + 8, None)) is None
    assert one_of_many(text, None) is None


def test_a_death_after_a_heart_attack_is_natural() -> None:
    """ "Peel died after suffering a heart attack in Peru": an illness, no attack, no casualty."""
    assert events("The broadcaster Peel died after suffering a heart attack in Peru in October.") == []
    (guard,) = events("A guard died after suffering a heart attack during an attack on the prison in Peru.")
    assert guard.role == "killed"  # an attack of its own is still told


def test_a_player_missing_from_a_side_is_no_missing_person() -> None:
    """ "Magne was missing from France's side because of injury": a team's absence, no casualty."""
    assert events("Olivier Magne was missing from France's side at the weekend because of injury.") == []
    assert (
        events('"With Gareth missing I would think Owen will be our captain," said coach Mike Ruddock.') == []
    )
    (lost,) = events("A fisherman has been missing since a wave hit his boat; a rescue team is searching.")
    assert lost.role == "missing"  # a rescue team is no sports side
