"""The contract table: which annotation type each layer that plugins share holds.

A layer listed here may be read by any plugin through its core type, is checked when a pipeline is
built (an extractor producing it must declare that type), and is read from JSON with that type even
when no plugin is installed.  Adding a shared layer is one entry here.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from newsparse.annotations import Agreement, Claim, Contest, Entity, Event, Quantity, TimeExpression
from newsparse.syntax import Word

__all__ = ["LAYER_CONTRACTS"]

# In the order the pipeline runs them when nothing else decides (and the JSON layers appear).
LAYER_CONTRACTS: Mapping[str, type] = MappingProxyType(
    {
        "dates": TimeExpression,
        "quantities": Quantity,
        "entities": Entity,
        "agreements": Agreement,
        "claims": Claim,
        "events": Event,
        "contested": Contest,
        "syntax": Word,
    }
)
