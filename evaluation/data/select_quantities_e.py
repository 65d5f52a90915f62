"""Select the sentences of check set E of the quantities layer, reproducibly (issue 18, session 13).

Check set E draws 80 sentences with a number (the candidate rule and splitter of
``select_quantities``) from articles of ``/work/brief/unused_ids.txt``-style id lists that no file
of ``evaluation/data/`` names (nor any check set drawn before it), over business, sport,
tech/science, politics and conflict. It is annotated before the system is run on it and split by a
fixed rule: the even rows (0, 2, ...) are half A (split ``check_e_a``, tuned on), the odd rows half
B (split ``check_e_b``, never read: only its summary figures are printed, at the start and at the
end of the session).
Run: python -m evaluation.data.select_quantities_e IDS_FILE [--corpora PATH]; it prints one JSON
line per sentence (id, subset, split, start, end), in the order of ``real_quantities_e.jsonl``.
"""

from __future__ import annotations

from evaluation.data.select_quantities_d import HalvedSet

__all__ = ["HALVES", "OWN", "PRIOR", "QUOTAS_E", "SEED_E", "SET_E", "main", "selection", "used_ids"]

SEED_E = 20261213
QUOTAS_E = {
    "bbc/business": 16,
    "bbc/sport": 12,
    "bbc/tech": 12,
    "bbc/politics": 12,
    "reuters21578/general": 12,
    "reuters21578/world-politics-conflict": 10,
    "wikinews/politics-conflicts": 6,
}
#: the split of a row by its position: even rows are half A (tuned on), odd rows half B (held out).
HALVES = ("check_e_a", "check_e_b")
#: files of set E itself, which must not exclude the articles they were drawn from.
OWN = frozenset({"real_quantities_e.jsonl"})
#: the check sets that existed when set E was drawn: their articles are excluded too (a later check
#: set is not, so that this draw still reproduces).
PRIOR = frozenset(
    {
        "entities_check_s11.json",
        "entities_check_s11_ids.jsonl",
        "check_agreements_s11.jsonl",
        "entities_check_s12.json",
        "entities_check_s12_ids.jsonl",
        "check_events.jsonl",
        "real_quantities_c.jsonl",
        "check_dates_s11.jsonl",
        "check_agreements_s12.jsonl",
        "real_quantities_d.jsonl",
        "check_claims_s12.jsonl",
        "check_dates_s12.jsonl",
        "check_events_s12_a.jsonl",
        "check_events_s12_b.jsonl",
        "check_dates_s13.jsonl",
        "check_agreements_s13.jsonl",
    }
)


SET_E = HalvedSet(QUOTAS_E, SEED_E, HALVES, OWN, PRIOR, __doc__)
used_ids = SET_E.used_ids
selection = SET_E.selection
main = SET_E.main


if __name__ == "__main__":
    raise SystemExit(main())
