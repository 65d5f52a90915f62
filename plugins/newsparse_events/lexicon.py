"""Word lists of the ``events`` layer: role triggers, victim nouns, words linking a toll to its figure."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = [
    "ANAPHORIC_FIGURES",
    "ASIDE_OPENERS",
    "CONTRAST_MARKERS",
    "ELISION_GAPS",
    "GENERIC_VICTIMS",
    "GROUP_NOUNS",
    "GROUP_SYNONYMS",
    "HARD_BREAKS",
    "KINDS",
    "NON_VICTIMS",
    "OBJECT_PREFIXES",
    "PLACE_PREPOSITIONS",
    "POSSESSIVES",
    "SKIP_BEFORE_TRIGGER",
    "TEMPORAL_SUBORDINATORS",
    "TOLL_LINKS",
    "TOLL_VERBS",
    "TRIGGERS",
    "VICTIM_NOUNS",
]

# trigger words (lower case, as tokens) -> (role, form). Forms:
#   verb: the count is its subject ("211 civilians were killed") or its object ("killing 12 people");
#   noun: the count comes right before ("dozens of casualties", "5,000 refugees");
#   toll: the count follows a linking verb ("the death toll is closer to 10,000").
_TABLE = MappingProxyType(
    {
        "killed": """
        verb: killed | killing | kills | kill | died | die | dies | perished | slain | murdered |
              massacred | executed | shot dead | dead | lost their lives | lost his life | lost her life |
              lost their life | lose their lives | losing their lives
        noun: deaths | fatalities | bodies
        toll: death toll | toll | number of dead | number of deaths | fatality toll | the dead |
              among the dead
    """,
        "casualties": """
        noun: casualties
        toll: casualty toll | number of casualties
    """,
        "wounded": """
        verb: wounded | wounding | injured | injuring | hurt | maimed
        noun: injuries
        toll: number of wounded | number of injured
    """,
        "missing": """
        verb: missing | unaccounted for
    """,
        "displaced": """
        verb: displaced | displacing | fled | flee | forced to flee | leave their homes | left their homes |
              forced from their homes | driven from their homes | evacuated | uprooted | made homeless
        noun: refugees
    """,
        "arrested": """
        verb: arrested | arresting | detained | detaining | jailed | imprisoned | rounded up |
              taken into custody
        noun: arrests | detentions | detainees
    """,
        "abducted": """
        verb: abducted | abducting | kidnapped | kidnapping | taken hostage
        noun: hostages
    """,
    }
)


def _triggers() -> dict[tuple[str, ...], tuple[str, str]]:
    """The trigger table: each "form: a | b c" line of ``_TABLE`` read into word tuples."""
    table: dict[tuple[str, ...], tuple[str, str]] = {}
    for role, spec in _TABLE.items():
        form = ""
        for line in spec.strip().split("\n"):
            if ":" in line:
                form, _, line = line.partition(":")
                form = form.strip()
            for phrase in line.split("|"):
                key = tuple(phrase.split())
                if key:
                    table[key] = (role, form)
    return table


TRIGGERS: Mapping[tuple[str, ...], tuple[str, str]] = MappingProxyType(_triggers())

# Figures that refer back to the measure just reported: "officials insisted the number was about 35".
# They take the role of the event before them (form "anaphor"), and are never followed by "of".
ANAPHORIC_FIGURES = frozenset(
    tuple(phrase.split())
    for phrase in """
    the number | the figure | the true figure | the real figure | the actual figure | the true number |
    the real number | the actual number | that figure | that number | the tally | the true toll |
    the real toll
    """.replace("\n", " ").split("|")
    if phrase.strip()
)

KINDS = MappingProxyType(
    {
        "killed": "casualty",
        "wounded": "casualty",
        "casualties": "casualty",
        "missing": "casualty",
        "displaced": "displacement",
        "arrested": "arrest",
        "abducted": "abduction",
    }
)

# Between a toll and its figure: "the death toll rose to", "stands at", "is" (+ "closer to 10,000").
TOLL_LINKS = frozenset(
    """
    is was has had have now rose risen climbed climbs rises reached reaches stands stood at to of jumped
    increased hit topped passed stand reportedly already included include includes were are
    """.split()
)

# Verbs that start the link between a toll and its figure after a phrase ("the toll from the quake rose to").
TOLL_VERBS = frozenset(
    "is was rose risen climbed climbs rises reached reaches stands stood jumped increased hit".split()
)

# Noun triggers that name a group rather than a fact: "300 detainees have died" is a death, not an arrest.
GROUP_NOUNS = frozenset({"refugees", "detainees", "hostages"})

# What may stand between two coordinated events that share a victim group.
ELISION_GAPS = frozenset({"and", ",", ", and", "while", "and another", "and a further", "with"})

# Counted nouns that are not victims ("3 villages were hit", "over 100 airstrikes killed ...").
NON_VICTIMS = frozenset(
    """
    airstrikes airstrike strikes attacks raids bombings villages towns cities homes houses buildings hospitals
    schools mosques vehicles cars buses trucks tanks jets aircraft planes helicopters drones bombs rockets
    missiles shells mortars barrels days weeks months years hours minutes times percent kilometers miles
    dollars tons rounds incidents operations positions checkpoints bases explosions blasts shots areas
    districts neighbourhoods neighborhoods provinces regions camps sites
    """.split()
)

# Victim-group nouns used when the quantities layer gives no counted noun, and for count-less events.
VICTIM_NOUNS = frozenset(
    """
    people persons civilians militants fighters soldiers troops rebels insurgents children women men
    protesters demonstrators migrants policemen officers police residents villagers workers journalists
    students patients pilots members gunmen jihadists terrorists combatants personnel servicemen guards
    worshippers passengers refugees families infants babies teenagers boys girls
    pilot soldier civilian journalist child boy girl man woman officer policeman fighter militant worker
    teacher doctor nurse photographer reporter driver resident guard commander general colonel
    """.split()
)

# Victim nouns that name the same group, mapped to one name (for comparing figures).
GROUP_SYNONYMS = MappingProxyType(
    {
        "troops": "soldiers",
        "servicemen": "soldiers",
        "soldier": "soldiers",
        "fighters": "militants",
        "rebels": "militants",
        "insurgents": "militants",
        "jihadists": "militants",
        "gunmen": "militants",
        "combatants": "militants",
        "militant": "militants",
        "civilian": "civilians",
        "persons": "people",
        "individuals": "people",
    }
)

# Words telling that a second figure disputes the first ("however", "denied", "exaggerated").
CONTRAST_MARKERS = frozenset(
    """
    however but while whereas denied deny denies disputed disputes dismissed rejected contradicted insisted
    insists exaggerated contrary instead only lower higher
    """.split()
)

# Words between an active trigger and its object count: "killed all 176 people", "wounding another 30".
OBJECT_PREFIXES = frozenset("all another some a further".split())

# Between "of" and a victim noun: "20 of their fighters".
POSSESSIVES = frozenset("their its his her our the those these".split())

# Words that open an aside holding a second count: "12 people, including 3 children, were killed".
ASIDE_OPENERS = frozenset("including among".split())

# Victim groups that name no particular group: figures about them may measure the same toll.
GENERIC_VICTIMS = frozenset({"", "people", "persons", "person", "individuals", "lives"})

# Auxiliaries and adverbs between a subject and its trigger ("the pilot was reportedly killed").
SKIP_BEFORE_TRIGGER = frozenset(
    """
    was were is are has have had been being be also reportedly all both later allegedly initially
    confirmed believed feared thought said reported
    """.split()
)

PLACE_PREPOSITIONS = frozenset("in on near across at around outside inside from throughout".split())

# Punctuation that separates a count from a trigger in another clause.
HARD_BREAKS = frozenset([";", ":", ".", "!", "?", "—", "–", "(", ")"])

# A sentence opening with these times another event in its first clause ("Since the downing on Saturday,").
TEMPORAL_SUBORDINATORS = frozenset("since after before following until when once".split())
