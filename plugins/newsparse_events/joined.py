"""The roles a joined casualty figure tells: "killing and injuring 12" tells deaths and injuries.

A ``casualties`` event joins the dead and the wounded in one figure (the guidelines' one event for a
figure that cannot be split). Where its verbs are joined by "and" the text says both happened, so
the event's ``includes`` names each role and a reader can tell that someone died; "killed or
wounded", "killed, wounded or captured" and the noun "casualties" do not say which, and name none.
"""

from __future__ import annotations

import re

import attrs

from newsparse_events.lexicon import TRIGGERS
from newsparse_events.model import Event

__all__ = ["joined_roles", "with_joined_roles"]

_WORD = re.compile(r"[a-z]+")


def joined_roles(trigger: str) -> tuple[str, ...]:
    """The roles of the verbs a trigger joins by "and", in text order; () when it says "or" or joins none."""
    words = _WORD.findall(str.lower(trigger))
    if "and" not in words or "or" in words:
        return ()
    roles: list[str] = []
    for word in words:
        found = TRIGGERS.get((word,))
        if found is not None and found[1] == "verb" and found[0] not in roles:
            roles.append(found[0])
    return tuple(roles) if len(roles) > 1 else ()


def with_joined_roles(event: Event) -> Event:
    """A ``casualties`` event with the roles its joined trigger tells in ``includes``; others unchanged."""
    if event.role != "casualties" or event.includes:
        return event
    roles = joined_roles(event.trigger.text)
    return attrs.evolve(event, includes=roles) if roles else event
