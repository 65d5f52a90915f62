"""Session 32: a quotation that opens the sentence after '"A," X said, referring to Y.' continues X's
quotation (passages written for the tests)."""

from __future__ import annotations

from .test_content_parts import parts

REFERRING = (
    '"We lost the vote," Ann Lee said, referring to the budget. "We will try again in the spring."'
)
NEXT_PARAGRAPH = (
    '"The plant will close," said Tom Reed, who declined to give a date.\n\n'
    '"Nobody here will be surprised by it."'
)
ACCORDING_TO = (
    '"Stay in your seats," the senator said, according to CNN. "It is important that you listen to me."'
)
OTHER_SPEAKER = (
    '"We lost the vote," Ann Lee said, while Tom Reed said the count was wrong. '
    '"We will try again in the spring."'
)
SCARE_QUOTE = '"We lost the vote," Ann Lee said, referring to the budget.\n\n"Mistakes."'
CUE_OF_ITS_OWN = (
    '"We lost the vote," Ann Lee said, referring to the budget. '
    '"We will try again in the spring," Tom Reed said.'
)
HEADING = (
    '"We lost the vote," Ann Lee said, referring to the budget.\n\nThe spring\n\n'
    '"We will try again in the spring."'
)


def test_a_participle_in_the_trailer_does_not_end_the_quotation() -> None:
    said = [row for row in parts(REFERRING) if row[1] == "said"]
    assert said == [("Ann Lee", "said", said[0][2], ("We lost the vote", "We will try again in the spring."))]
    assert said[0][2].startswith("We lost the vote") and said[0][2].endswith("in the spring.")


def test_a_who_clause_and_the_next_paragraph() -> None:
    said = [row for row in parts(NEXT_PARAGRAPH) if row[1] == "said"]
    assert said[0][3] == ("The plant will close", "Nobody here will be surprised by it.")


def test_according_to_in_the_trailer() -> None:
    said = [row for row in parts(ACCORDING_TO) if row[1] == "said"]
    assert said[0][3] == ("Stay in your seats", "It is important that you listen to me.")


def test_another_speakers_claim_in_the_trailer_stops_it() -> None:
    said = [row for row in parts(OTHER_SPEAKER) if row[0] == "Ann Lee"]
    assert said == [("Ann Lee", "said", "We lost the vote", ())]


def test_a_scare_quote_is_not_taken() -> None:
    said = [row for row in parts(SCARE_QUOTE) if row[1] == "said"]
    assert said == [("Ann Lee", "said", "We lost the vote", ())]


def test_a_quotation_with_a_cue_of_its_own_is_another_claim() -> None:
    rows = parts(CUE_OF_ITS_OWN)
    assert ("Ann Lee", "said", "We lost the vote", ()) in rows
    assert any(row[0] == "Tom Reed" and row[2].startswith("We will try again") for row in rows)


def test_never_across_a_heading() -> None:
    said = [row for row in parts(HEADING) if row[1] == "said"]
    assert said == [("Ann Lee", "said", "We lost the vote", ())]
