"""The one CoNLL-2003 wire-story reader: documents found from datelines, text joined by one rule."""

from __future__ import annotations

from pathlib import Path

from evaluation.conll_documents import detokenise, read_documents, train_path

_FILE = """EU NNP B-NP B-ORG
rejects VBZ B-VP O
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER

BRUSSELS NNP B-NP B-LOC
1996-08-22 CD I-NP O

" " O O
We PRP B-NP O
do VBP B-VP O
n't RB I-VP O
agree VB I-VP O
. . O O

Talks NNS B-NP O
end VBP B-VP O
, , O O
" " O O
the DT B-NP O
Commission NNP I-NP B-ORG
's POS B-NP O
spokesman NN I-NP O
said VBD B-VP O
( ( O O
Reuters NNP B-NP B-ORG
) ) O O
. . O O

Talks NNS B-NP O
end VBP B-VP O
. . O O

GENEVA NNP B-NP B-LOC
, , O O
Switzerland NNP B-NP B-LOC
1996-08-23 CD I-NP O

It PRP B-NP O
cost VBD B-VP O
$ $ O O
5 CD B-NP O
. . O O
"""


def test_detokenise_glues_marks_clitics_and_paired_quotes() -> None:
    """No space before closing marks and clitics, none after ( and $, none inside paired quotes."""
    tokens = ['"', "We", "do", "n't", "agree", ",", '"', "he", "said", "(", "$", "5", ")", "."]
    assert detokenise(tokens) == ('"We don\'t agree," he said ($5).', False)
    assert detokenise(["They", "'re", "in", "Kenya", "'s", "port"]) == ("They're in Kenya's port", False)


def test_an_open_quote_is_carried_to_the_next_sentence() -> None:
    """A quotation CoNLL splits over two sentences closes without a space in the second."""
    assert detokenise(['"', "We", "are", "ready", "."]) == ('"We are ready.', True)
    assert detokenise(["It", "is", ",", '"', "he", "said", "."], True) == ('It is," he said.', False)


def test_documents_open_at_the_headline_before_each_dateline(tmp_path: Path) -> None:
    """A story runs from its headline (before the byline, if any) to the next story's headline."""
    path = train_path(tmp_path)
    path.parent.mkdir()
    path.write_text(_FILE, encoding="utf-8")
    first, second = read_documents(path)
    assert (first.index, first.published, first.place) == (0, "1996-08-22", "BRUSSELS")
    paragraphs = first.text.split("\n\n")
    assert paragraphs[:3] == ["EU rejects call.", "Peter Blackburn", "BRUSSELS 1996-08-22"]
    assert paragraphs[3:] == ['"We don\'t agree.', "Talks end,\" the Commission's spokesman said (Reuters)."]
    assert second.text == "Talks end.\n\nGENEVA, Switzerland 1996-08-23\n\nIt cost $5."
    assert (second.index, second.published, second.place) == (1, "1996-08-23", "GENEVA, Switzerland")
