"""Issue 16, session 11: a restatement names the actor; an actor's operation or crackdown is its act."""

from __future__ import annotations

import newsparse
from newsparse.annotations import Event


def events(text: str, published: str = "2020-05-08") -> list[Event]:
    """The events layer of ``text`` parsed by the whole pipeline."""
    layer = newsparse.parse(text, published=published).layer("events")
    assert all(isinstance(e, Event) for e in layer)
    return list(layer)  # type: ignore[arg-type]


def test_a_restatement_gives_the_told_event_its_actor() -> None:
    """ "Two policemen died. The two policemen were shot dead by gunmen": the gunmen did it."""
    (event,) = events("Two policemen died in Celaya. The two policemen were shot dead by gunmen.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "gunmen"
    assert event.place_text is not None and event.place_text.text == "Celaya"


def test_a_told_event_keeps_its_own_actor() -> None:
    """An actor the first telling names is not replaced by the restatement's."""
    (event,) = events("Rebels killed two policemen in Celaya. The two policemen were shot dead by gunmen.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "Rebels"


def test_a_restatement_without_an_actor_adds_none() -> None:
    """ "The two policemen were shot dead on Friday" names no actor: none is given."""
    (event,) = events("Two policemen died in Celaya. The two policemen were shot dead on Friday.")
    assert event.perpetrator_text is None


def test_a_police_operation_names_the_police() -> None:
    """ "injured in a police operation": the police acted (the operation is no actor of its own)."""
    (event,) = events("Around a dozen villagers were injured in a police operation in the south.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text == "police"


def test_a_military_crackdown_names_the_military() -> None:
    """ "killed in a military crackdown": the military acted."""
    (event,) = events("Five protesters were killed in a military crackdown in the capital.")
    assert event.perpetrator_text is not None and event.perpetrator_text.text.lower() == "military"


def test_a_repelled_operation_names_no_actor() -> None:
    """ "repelled a police operation, killing 3" — the attackers of the repelled act are not its actor."""
    (event,) = events("Gunmen repelled a police operation, killing 3 officers.")
    assert event.perpetrator_text is None or event.perpetrator_text.text != "police"


def test_the_murder_of_a_person_is_a_killing() -> None:
    """ "the murder of a taxi driver" tells one death, like "the killing of"."""
    (event,) = events("Police are investigating the murder of a taxi driver in Leeds.")
    assert event.role == "killed" and event.count is not None and event.count.value == 1
    assert event.victims is not None and event.victims.text == "taxi driver"


def test_the_assassination_of_an_official_is_a_killing() -> None:
    """ "the assassination of the chief prosecutor" tells one death."""
    (event,) = events("The assassination of the chief prosecutor shocked the country.")
    assert event.role == "killed" and event.victims is not None and event.victims.text == "chief prosecutor"


def test_a_murder_charge_counts_its_victims() -> None:
    """ "the murder of two women" counts two."""
    (event,) = events("Gunmen were blamed for the murder of two women in the town.")
    assert event.count is not None and event.count.value == 2


def test_a_named_victim_told_again_is_one_event() -> None:
    """ "Ian Brown was arrested ... in San Francisco ... Brown was arrested at his hotel after the show at
    the Great American Music Hall": one arrest, though each telling names its own place."""
    found = events(
        "Singer Ian Brown was arrested after a fight during a concert in San Francisco on Tuesday. "
        "His spokesman said Brown was arrested at his hotel after the show at the Great American Music Hall."
    )
    assert [(e.role, e.victims.text if e.victims else None) for e in found] == [("arrested", "Ian Brown")]


def test_another_person_of_the_same_surname_is_another_event() -> None:
    """ "John Smith was shot dead ... Jane Smith was shot dead": two deaths."""
    found = events("John Smith was shot dead in Leeds on Monday. Jane Smith was shot dead in York on Friday.")
    assert len(found) == 2


def test_two_unnamed_persons_of_one_nationality_are_two_events() -> None:
    """ "A Palestinian man was shot dead in Nablus ... a Palestinian man ... in Jenin": two deaths."""
    found = events(
        "A Palestinian man was shot dead in Nablus on Monday. In a separate incident, a Palestinian man "
        "was shot dead in Jenin on Tuesday."
    )
    assert len(found) == 2


def test_a_possessor_of_no_place_is_no_place() -> None:
    """ "in front of Ash Shajiri's forces" names whose forces, not where: the governorate places it."""
    (event,) = events(
        "Tribes clashed with forces in Abyan governorate. The clashes erupted in front of Ash Shajiri's "
        "forces and resulted in 1 soldier killed."
    )
    assert event.place_text is not None and event.place_text.text == "Abyan"


def test_a_possessive_before_a_place_word_stays_a_place() -> None:
    """ "in Iraq's capital" and "in South Africa's biggest black township of Soweto" still place it."""
    (capital,) = events("A bomb killed 12 people in Iraq's capital on Monday.")
    assert capital.place_text is not None and capital.place_text.text == "Iraq"
    (township,) = events("Police shot dead 3 men in South Africa's biggest black township of Soweto.")
    assert township.place_text is not None and township.place_text.text == "Soweto"
