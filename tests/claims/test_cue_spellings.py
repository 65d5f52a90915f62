"""Cue words: any letter case for "according" and the participles, cue verbs in lower case only."""

from __future__ import annotations

from newsparse.text import token_columns
from newsparse_claims.recognise import _cue_words, find_claims


def test_cue_verbs_count_in_lower_case_only() -> None:
    """ "Said" or "SAID" is no cue verb (a capitalised verb starts a title or a name)."""
    words = ["said", "Said", "SAID", "According", "ACCORDING", "Saying", "reported", "Reported"]
    low = [w.lower() for w in words]
    assert [words[k] for k in _cue_words(low)] == words  # candidates; the case is checked next
    for text in (
        "Ann Lee Said The Vote Failed.",
        "ANN LEE SAID THE VOTE FAILED.",
        "Ann Lee Reported Losses.",
    ):
        assert find_claims(token_columns(text), [(0, len(text))]) == []
    text = "Ann Lee said the vote failed."
    assert len(find_claims(token_columns(text), [(0, len(text))])) == 1


def test_capitalised_according_to_gives_a_claim() -> None:
    """ "ACCORDING TO the ministry, ..." reads like "According to the ministry, ..."."""
    for opening in ("According to", "ACCORDING TO", "aCCORDING tO"):
        text = f"{opening} the ministry, 20 people died in the attack."
        tokens = token_columns(text)
        found = find_claims(tokens, [(0, len(text))])
        assert [(text[slice(*f.source)], text[slice(*f.content)]) for f in found if f.source] == [
            ("the ministry", "20 people died in the attack")
        ]
