"""The syntax scorer's participle-clause figures: ``advcl``/``acl`` labelled and unlabelled."""

from __future__ import annotations

from evaluation.conllu import GoldSentence, GoldWord
from evaluation.syntax import Score, score_sentence

from newsparse.syntax import Word

TEXT = "Troops hit it, killing 4."


def _gold() -> GoldSentence:
    words = (
        GoldWord(0, 6, "Troops", "NOUN", 1, "nsubj"),
        GoldWord(7, 10, "hit", "VERB", -1, "root"),
        GoldWord(11, 13, "it", "PRON", 1, "obj"),
        GoldWord(13, 14, ",", "PUNCT", 4, "punct"),
        GoldWord(15, 22, "killing", "VERB", 1, "advcl"),
        GoldWord(23, 24, "4", "NUM", 4, "obj"),
        GoldWord(24, 25, ".", "PUNCT", 1, "punct"),
    )
    return GoldSentence("s1", TEXT, words)


def _ours(killing_head: int | None, label: str | None) -> list[Word]:
    return [
        Word(0, 6, "Troops", "NOUN", 1, "nsubj"),
        Word(7, 10, "hit", "VERB", None, "root"),
        Word(11, 13, "it", "PRON", 1, "obj"),
        Word(13, 14, ",", "PUNCT", None, None),
        Word(15, 22, "killing", "VERB", killing_head, label),
        Word(23, 24, "4", "NUM", 4, "obj"),
        Word(24, 25, ".", "PUNCT", None, None),
    ]


def test_a_right_advcl_counts_labelled_and_unlabelled() -> None:
    score = Score()
    score_sentence(score, _gold(), _ours(1, "advcl"))
    assert score.prf("advcl") == (1.0, 1.0, 1.0)
    assert score.prf("advcl (unlabelled)") == (1.0, 1.0, 1.0)


def test_the_right_head_with_another_label_counts_unlabelled_only() -> None:
    score = Score()
    score_sentence(score, _gold(), _ours(1, "conj"))
    assert score.prf("advcl") == (0.0, 0.0, 0.0)
    assert score.prf("advcl (unlabelled)") == (0.0, 1.0, 0.0)  # found, but nothing predicted as advcl


def test_an_unattached_participle_is_missed() -> None:
    score = Score()
    score_sentence(score, _gold(), _ours(None, None))
    assert score.prf("advcl (unlabelled)") == (0.0, 0.0, 0.0)
