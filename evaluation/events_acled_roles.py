"""Score the casualty events' instrument and perpetrator against ACLED's coded fields (issue 16, session 40).

Run inside ``python -m evaluation.events_acled`` (one parse of each row serves both tables). A row's
**casualty events** are its events of role killed, wounded, casualties or abducted that are not
``background``; its **first** casualty event is the earliest by trigger.

- ``instrument_right``: over rows whose ``sub_event_type`` names a means (``MEANS``: Air/drone strike
  -> air; Shelling/artillery/missile attack -> shelling; Remote explosive/landmine/IED and Suicide bomb
  -> explosive; Grenade -> grenade or explosive), the share of rows with a casualty event whose
  instrument is of an accepted class (``instrument_class``: by the instrument's words); left out:
  Attack, Armed clash, Mob violence and the rest, which name no means. ``instrument_wrong``: the share
  whose casualty events give an instrument of a class not accepted (gunfire on an air strike row).
  ``instrument_right_evented`` / ``instrument_wrong_evented``: the same over the mapped rows where the
  reader found a casualty event at all (the instrument given detection). Words of no class ("attack",
  "raid") are neither right nor wrong.
- ``perpetrator_right``: over one-sided rows (``ONE_SIDED``: Violence against civilians,
  Explosions/Remote violence, Riots; Battles are left out: both sides fight) where the reader found a
  casualty event, the share whose first casualty event's perpetrator names actor1 (``names_actor``: a
  content word shared with actor1's name that actor2 does not share, matched up to a plural or
  demonym ending, "Syrian" ~ "Syria"; or a category: state-force words ~ "Military/Police Forces of
  X", "gunmen", "unknown assailants" ~ "Unidentified Armed Group"/"Unidentified Gang", "mob", "crowd" ~
  "Rioters"); ``perpetrator_victim``: it names actor2 instead; ``perpetrator_place``: it names the row's
  place (``events_acled.place_matches``); ``perpetrator_other``: it names none of them;
  ``perpetrator_missing``: the event has none. The five shares sum to 1.

The baseline (a trivial reader in the same run): the instrument is the first word of a class anywhere in
the note, the perpetrator the six words before the first trigger of ``events_real.trigger_baseline``
in its sentence; both only when that baseline finds a killed or wounded trigger.
Research only: never shipped.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from evaluation.real_common import normalise

__all__ = [
    "MEANS",
    "ONE_SIDED",
    "RoleReading",
    "RoleTally",
    "baseline_roles",
    "instrument_class",
    "names_actor",
    "perpetrator_verdict",
    "system_roles",
]

# the instrument classes, by the words of the instrument (the first class whose word it holds)
CLASS_WORDS: Final = (
    (
        "air",
        frozenset(
            "airstrike airstrikes air-strike aerial drone drones warplane warplanes aircraft jets".split()
        ),
    ),
    ("grenade", frozenset("grenade grenades".split())),
    (
        "shelling",
        frozenset("shelling shells shell mortar mortars artillery rocket rockets missile missiles".split()),
    ),
    (
        "explosive",
        frozenset(
            "bomb bombs bombing bombings ied ieds landmine landmines mine mines explosive explosives "
            "blast blasts explosion explosions suicide".split()
        ),
    ),
    (
        "gunfire",
        frozenset(
            "gunfire shooting shootings gunshot gunshots bullet bullets firearm firearms crossfire".split()
        ),
    ),
    ("blade", frozenset("stabbing knife machete machetes".split())),
)
AIR_PHRASES: Final = ("air strike", "air raid", "air strikes", "air raids")
MEANS: Final = {
    "Air/drone strike": frozenset({"air"}),
    "Shelling/artillery/missile attack": frozenset({"shelling"}),
    "Remote explosive/landmine/IED": frozenset({"explosive"}),
    "Suicide bomb": frozenset({"explosive"}),
    "Grenade": frozenset({"grenade", "explosive"}),
}
ONE_SIDED: Final = frozenset({"Violence against civilians", "Explosions/Remote violence", "Riots"})
CASUALTY_ROLES: Final = frozenset({"killed", "wounded", "casualties", "abducted"})
# words that name no side: an actor name's and a perpetrator's function words and generic heads
NO_CONTENT: Final = frozenset(
    "of the and or a an in on at to for by from with its their his her unidentified unknown armed group "
    "forces force".split()
)
ENDINGS: Final = ("", "s", "es", "n", "an", "ian", "i", "is", "ns", "ans", "ese", "ish")
STATE_WORDS: Final = frozenset(
    "army troops soldier soldiers military police policemen policeman officers officer forces force "
    "security navy airforce government regime gendarmes gendarmerie marines".split()
)
UNNAMED_WORDS: Final = frozenset(
    "gunmen gunman assailants assailant attackers attacker unidentified unknown armed men bandits "
    "gang gangs criminals robbers kidnappers abductors hitmen suspects".split()
)
CROWD_WORDS: Final = frozenset(
    "mob mobs crowd crowds rioters protesters demonstrators villagers residents".split()
)
CATEGORIES: Final = (
    (re.compile(r"^(?:Military|Police) Forces of"), STATE_WORDS),
    (re.compile(r"^Unidentified (?:Armed Group|Gang)"), UNNAMED_WORDS),
    (re.compile(r"^(?:Rioters|Protesters)"), CROWD_WORDS),
)


def _words(text: str) -> list[str]:
    """The normalised words of a text."""
    return normalise(text.replace("-", " ")).split()


def instrument_class(text: str | None) -> str | None:
    """The class of an instrument as written ("air strikes" -> air, "IED" -> explosive), else None."""
    if not text:
        return None
    said = " ".join(_words(text))
    if any(phrase in said for phrase in AIR_PHRASES):
        return "air"
    words = set(said.split())
    return next((name for name, heads in CLASS_WORDS if words & heads), None)


def _same(word: str, other: str) -> bool:
    """Whether two words are one up to a plural or demonym ending ("syrian" ~ "syria", "taliban")."""
    short, long = sorted((word, other), key=len)
    return (len(short) >= 4 and long.startswith(short) and long[len(short) :] in ENDINGS) or word == other


def _content(name: str) -> list[str]:
    """An actor name's or a perpetrator's content words (acronyms before a colon included)."""
    return [w for w in _words(name) if w not in NO_CONTENT and len(w) >= 3 and not w.isdigit()]


def names_actor(perpetrator: str, actor: str, other: str = "") -> bool:
    """Whether the perpetrator names the coded actor: a content word the other actor does not share, or a
    category ("the army" ~ "Military Forces of Mali", "gunmen" ~ "Unidentified Armed Group")."""
    if not actor:
        return False
    said = _content(perpetrator)
    theirs = _content(other)
    for word in _content(actor):
        if any(_same(word, w) for w in said) and not any(_same(word, w) for w in theirs):
            return True
    words = set(_words(perpetrator))
    return any(pattern.match(actor) and words & cue for pattern, cue in CATEGORIES)


def perpetrator_verdict(perpetrator: str | None, row: Mapping[str, Any]) -> str:
    """``right`` (names actor1), ``victim`` (names actor2), ``place``, ``other`` or ``missing``."""
    from evaluation.events_acled import place_matches

    if not perpetrator or not _words(perpetrator):
        return "missing"
    actor1, actor2 = row.get("actor1") or "", row.get("actor2") or ""
    if names_actor(perpetrator, actor1, actor2):
        return "right"
    if names_actor(perpetrator, actor2, actor1):
        return "victim"
    if place_matches(perpetrator, row):
        return "place"
    return "other"


@dataclass(frozen=True)
class RoleReading:
    """One reader's casualty events of a row: whether any, their instruments, the first one's actor."""

    evented: bool
    instruments: tuple[str, ...]
    perpetrator: str | None


VERDICTS: Final = ("right", "victim", "place", "other", "missing")


@dataclass
class RoleTally:
    """The instrument and perpetrator counts of one reader."""

    means_rows: int = 0
    means_evented: int = 0
    means_right: int = 0
    means_wrong: int = 0
    means_right_evented: int = 0
    means_wrong_evented: int = 0
    sided_evented: int = 0
    verdicts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(VERDICTS, 0))
    lines: list[str] = field(default_factory=list)

    def add(self, row: Mapping[str, Any], got: RoleReading) -> None:
        """Count one row."""
        accepted = MEANS.get(row.get("sub_event_type", ""))
        if accepted is not None:
            classes = {instrument_class(text) for text in got.instruments} - {None}
            right, wrong = bool(classes & accepted), bool(classes - accepted)
            self.means_rows += 1
            self.means_evented += got.evented
            self.means_right += right
            self.means_wrong += wrong
            self.means_right_evented += got.evented and right
            self.means_wrong_evented += got.evented and wrong
            self.lines.append(
                f"{row['event_id_cnty']}\tinstrument\t{'right' if right else 'wrong' if wrong else 'none'}"
                f"\t{'|'.join(got.instruments)}\t{row.get('sub_event_type')}"
            )
        if row.get("event_type") in ONE_SIDED and got.evented:
            verdict = perpetrator_verdict(got.perpetrator, row)
            self.sided_evented += 1
            self.verdicts[verdict] += 1
            self.lines.append(
                f"{row['event_id_cnty']}\tperpetrator\t{verdict}\t{got.perpetrator}\t{row.get('actor1')}"
                f"\t{row.get('actor2')}"
            )

    def figures(self) -> dict[str, float]:
        """The reported figures."""

        def share(a: int, b: int) -> float:
            """``a / b``, 1.0 when there is nothing to count."""
            return a / b if b else 1.0

        out = {
            "instrument_right": share(self.means_right, self.means_rows),
            "instrument_wrong": share(self.means_wrong, self.means_rows),
            "instrument_right_evented": share(self.means_right_evented, self.means_evented),
            "instrument_wrong_evented": share(self.means_wrong_evented, self.means_evented),
        }
        out |= {f"perpetrator_{name}": share(n, self.sided_evented) for name, n in self.verdicts.items()}
        return out | {
            "means_rows": float(self.means_rows),
            "means_evented": float(self.means_evented),
            "one_sided_evented": float(self.sided_evented),
        }


def _perpetrator_text(event: Any, entities: Mapping[str, Any]) -> str | None:
    """The event's perpetrator as written, else its entity's canonical name."""
    if event.perpetrator_text is not None:
        return str(event.perpetrator_text.text)
    if event.perpetrator and event.perpetrator in entities:
        return str(getattr(entities[event.perpetrator], "canonical", None) or event.perpetrator)
    return event.perpetrator or None


def system_roles(doc: Any) -> RoleReading:
    """The pipeline's casualty events of one parsed note."""
    events = sorted(
        (e for e in doc.layer("events") if e.role in CASUALTY_ROLES and not getattr(e, "background", False)),
        key=lambda e: e.trigger.start,
    )
    if not events:
        return RoleReading(False, (), None)
    entities = {entity.id: entity for entity in doc.entities}
    instruments = tuple(e.instrument.text for e in events if getattr(e, "instrument", None) is not None)
    return RoleReading(True, instruments, _perpetrator_text(events[0], entities))


def baseline_roles(text: str, triggers: Sequence[Any]) -> RoleReading:
    """The trivial reader: the first class word of the note, the six words before the first trigger."""
    casualty = [t for t in triggers if t.role in ("killed", "wounded")]
    if not casualty:
        return RoleReading(False, (), None)
    first = next((w for w in re.findall(r"[\w-]+", text) if instrument_class(w)), None)
    at = casualty[0].trigger.start
    opening = max(text.rfind(". ", 0, at) + 2, text.rfind(", ", 0, at) + 2, 0)
    before = text[opening:at].split()[-6:]
    return RoleReading(True, (first,) if first else (), " ".join(before) or None)
