"""Closed word lists the layer's repairs share, kept once so the repairs cannot drift apart.

(The tagger's open lexicon of word classes is data: ``data/lexicon.tsv.gz``, read by ``tagger``.)
"""

from __future__ import annotations

from typing import Final

__all__ = ["FINITE_AUXILIARIES", "FINITE_AUXILIARIES_BUT_DO"]

# finite auxiliaries: a clause's verb starts with one of them ("recorded episodes can be uploaded",
# "The 10 authors shortlisted for a ... award are hoping")
FINITE_AUXILIARIES: Final = frozenset(
    "is are was were has have had will would can could may might must shall should do does did".split()
)
# the same without "do": the reduced-relative repair (relative_repairs) was counted on outside text
# without it (session 33); "do" there is a change of output and would be counted as a rule
FINITE_AUXILIARIES_BUT_DO: Final = FINITE_AUXILIARIES - {"do"}
