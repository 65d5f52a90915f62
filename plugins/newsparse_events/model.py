"""The annotation types of the ``events`` and ``contested`` layers, from the core's contract.

They live in :mod:`newsparse.annotations` so that any plugin may read these layers; this module
keeps the plugin's old names.
"""

from __future__ import annotations

from newsparse.annotations import EVENT_ROLES as ROLES
from newsparse.annotations import Contest, DateRef, Event, Figure, QuantityRef, SourceRef

__all__ = ["ROLES", "Contest", "DateRef", "Event", "Figure", "QuantityRef", "SourceRef"]
