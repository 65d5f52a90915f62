"""The annotation type of the ``claims`` layer, which lives in the core's contract (:class:`newsparse.Claim`).

Other plugins read claims through ``newsparse.Claim``; this module keeps the plugin's old names.
"""

from __future__ import annotations

from newsparse.annotations import Claim, DateRef, QuantityRef

__all__ = ["Claim", "DateRef", "QuantityRef"]
