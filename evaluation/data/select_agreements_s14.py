"""Draw the session-14 agreements check set: the unused dated wire stories with an agreement cue, seed 1414.

Only ids of ``/work/brief/unused_ids.txt`` (session 14's pool) from Reuters (world-politics-conflict
and general) and Wikinews politics (dated stories, like the held-out sets), any length, with one of
the cue words below (agreement nouns and the verbs that tell a deal, business and political), one id
per text. The pool holds fewer such stories than the 16-20 asked for, so every one is drawn, in the
seeded order. Half A (tuned on) is every drawn id at an even position of the printed list, half B
(never read) every id at an odd position.
Run as ``python -m evaluation.data.select_agreements_s14 CORPORA UNUSED_IDS``.
"""

from __future__ import annotations

import re
import sys

from evaluation.data.select_agreements_s12 import draw

CUE = re.compile(
    r"\b(pacts?|accords?|deals?|truces?|cease-?fires?|treat(y|ies)|agreements?|agree[sd]?|memorand(um|a)"
    r"|mergers?|merge|takeovers?|acqui\w*|contracts?|settlements?|buy-?outs?|sold|purchases?|struck)\b",
    re.I,
)
GROUPS = (("reuters21578", 20), ("wikinews", 20))
MAX_CHARS = 6000


def main(corpora: str, unused_path: str) -> None:
    """Print the session-14 draw (the session-12 drawing, with this session's cues, groups and seed)."""
    draw(corpora, unused_path, CUE, GROUPS, 1414, MAX_CHARS)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
