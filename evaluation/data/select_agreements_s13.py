"""Draw the session-13 agreements check set: 16 unused news articles with an agreement cue, seed 1313.

Groups (count): Reuters (5: all the pool has), BBC business (6), BBC politics (3), BBC sport (2);
no Wikinews article of the pool is short enough and has a cue.
Only ids of ``/work/brief/unused_ids.txt`` (session 13's pool), at most 2,000 characters, with one
of the cue words below (agreement nouns and the verbs that tell a deal: business and political),
one id per text (the lowest). Half A (tuned on) is every drawn id at an even position of the
printed list, half B (never read) every id at an odd position.
Run as ``python -m evaluation.data.select_agreements_s13 CORPORA UNUSED_IDS``.
"""

from __future__ import annotations

import re
import sys

from evaluation.data.select_agreements_s12 import draw

CUE = re.compile(
    r"\b(pacts?|accords?|deals?|truces?|cease-?fires?|treat(y|ies)|agreements?|memorand(um|a)|mergers?"
    r"|takeovers?|acquir\w*|contracts?|agreed to|signed|struck|buy-?out|merge)\b",
    re.I,
)
GROUPS = (
    ("reuters21578", 5),
    ("bbc/business", 6),
    ("bbc/politics", 3),
    ("bbc/sport", 2),
)


def main(corpora: str, unused_path: str) -> None:
    """Print the session-13 draw (the session-12 drawing, with this session's cues, groups and seed)."""
    draw(corpora, unused_path, CUE, GROUPS, 1313)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
