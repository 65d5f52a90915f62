"""Unit tests of the wider cues and shapes of issue 15's second pass (passages written for the tests)."""

from __future__ import annotations

from newsparse_claims.bylines import find_signed_quotes
from newsparse_claims.recognise import Found
from newsparse_claims.resolve import merge_found

from .test_real_patterns import summary


def test_stance_verbs_are_cues() -> None:
    text = "The union endorsed Clinton in the race. Mr. Lee praised the decision."
    assert summary(text) == [
        ("The union", "endorsed", "Clinton in the race"),
        ("Mr. Lee", "praised", "the decision"),
    ]


def test_only_the_outermost_attribution_is_a_claim() -> None:
    assert summary("Mr. Lee said the governor believes the law is fair.") == [
        ("Mr. Lee", "said", "the governor believes the law is fair")
    ]


def test_two_cues_joined_by_and_are_two_claims() -> None:
    assert summary("Ann Lee said the vote failed and Tom Reed said he would appeal.") == [
        ("Ann Lee", "said", "the vote failed"),
        ("Tom Reed", "said", "he would appeal"),
    ]


def test_called_names_or_asks_but_never_summons() -> None:
    text = "Cruz called Trump a liar. The band leader called Ann to the stage. A group, called Hope, met."
    assert summary(text) == [("Cruz", "called", "Trump a liar")]


def test_progressive_cue() -> None:
    assert summary("The senator is calling for a new vote.") == [("The senator", "calling", "a new vote")]


def test_cue_word_after_a_preposition_is_no_cue() -> None:
    assert summary("The door is open for continued shipments to the port.") == []


def test_quotation_signed_after_a_dash() -> None:
    text = (
        "Letters came in.\n“He scares me. I am afraid.” ― Ann Lee.\n"
        "“Build a wall around him.”\xa0―\xa0Tom Reed\n"
    )
    found = find_signed_quotes(text)
    assert [(text[slice(*f.source)], text[slice(*f.content)]) for f in found if f.source] == [
        ("Ann Lee", "“He scares me. I am afraid.”"),
        ("Tom Reed", "“Build a wall around him.”"),
    ]
    assert [s for s, _cue, _content in summary(text)] == ["Ann Lee", "Tom Reed"]


def test_a_dash_inside_a_sentence_signs_nothing() -> None:
    assert find_signed_quotes("The plan — he said — was “bold” — Lee and others agreed.") == []


def test_merge_keeps_cue_order_and_parents() -> None:
    first = [Found((10, 14), (15, 20), (0, 9)), Found((30, 36), (37, 40), None, parent=0)]
    extra = [Found((22, 23), (21, 22), (24, 28))]
    merged = merge_found(first, extra)
    assert [f.cue for f in merged] == [(10, 14), (22, 23), (30, 36)]
    assert merged[2].parent == 0


def test_quotation_running_over_paragraphs_keeps_its_speaker() -> None:
    text = 'Mr. Lee said: "We tried hard.\n"We failed." Then he left.'
    assert summary(text) == [("Mr. Lee", "said", 'We tried hard.\n"We failed.')]


def test_quotation_with_a_claim_of_its_own_is_not_continued() -> None:
    text = '"We tried," Mr. Lee said. "We failed," he added.'
    assert [content for _s, _c, content in summary(text)] == ["We tried", "We failed"]


def test_told_a_recipient_then_a_colon() -> None:
    text = 'He told the Sunday Times newspaper: "I will not stand again."'
    assert summary(text) == [("He", "told", "I will not stand again.")]


def test_inverted_cue_then_a_quotation() -> None:
    text = 'Talking to ambassadors in Tehran, he said, "We will not build the bomb."'
    assert summary(text) == [("he", "said", "We will not build the bomb.")]


def test_nouns_and_adjectives_that_look_like_cues() -> None:
    text = (
        "About 80,000 claims have been settled. Press reports said the deal was near. "
        "The cold storage report for pork bellies was weak. Japan's alleged refusal angered Ann Lee."
    )
    assert summary(text) == [("Press reports", "said", "the deal was near")]


def test_contracted_has_is_not_a_possessive() -> None:
    assert [(cue, content) for _s, cue, content in summary("He's claimed the vote was rigged.")] == [
        ("claimed", "the vote was rigged")
    ]


def test_hard_wrapped_quotation_stays_one_quotation() -> None:
    text = (
        'The index rose.\n"It will be hard to repeat last\nyear. Last year was a bumper year,"\n'
        "said the analyst, Peter Tasker.\nThe market rose 37 pct in the year.\nShares fell.\n"
    )
    found = summary(text)
    assert found[0][2] == 'It will be hard to repeat last\nyear. Last year was a bumper year'


def test_having_cue_continues_the_claim_before() -> None:
    text = "The Tories said they were glad, having earlier criticised the decision to stay away."
    assert summary(text) == [
        ("The Tories", "said", "they were glad"),
        ("The Tories", "having earlier criticised", "the decision to stay away"),
    ]


def test_a_share_price_that_added_pence_is_no_claim() -> None:
    assert summary("Jaguar rose 12p, dealers said, and Unilever added 8p at 2,578.") == [
        ("dealers", "said", "Jaguar rose 12p")
    ]


def test_quote_then_name_with_apposition_then_cue_and_adverbial() -> None:
    text = '"The vote was a sham," Ann Lee, a panel member, said in an interview.'
    assert summary(text) == [("Ann Lee", "said", "The vote was a sham")]


def test_a_participle_before_by_is_passive() -> None:
    text = "Strikes broke a cease-fire agreement endorsed by Ankara and Moscow."
    assert summary(text) == []
