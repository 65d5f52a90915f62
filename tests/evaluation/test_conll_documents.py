"""The CoNLL-2003 wire-story reader: documents found from datelines, text joined by one rule."""

from __future__ import annotations

from pathlib import Path

from evaluation.conll_documents import detokenise, read_documents

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
1996-08-23 CD I-NP O

It PRP B-NP O
cost VBD B-VP O
$ $ O O
5 CD B-NP O
. . O O
"""


def test_detokenise_glues_marks_clitics_and_paired_quotes() -> None:
    tokens = ['"', "We", "do", "n't", "agree", ",", '"', "he", "said", "(", "$", "5", ")", "."]
    assert detokenise(tokens) == '"We don\'t agree," he said ($5).'


def test_documents_open_at_the_headline_before_each_dateline(tmp_path: Path) -> None:
    path = tmp_path / "eng.train"
    path.write_text(_FILE, encoding="utf-8")
    first, second = read_documents(path)
    assert first.index == 0 and first.published == "1996-08-22" and first.place == "BRUSSELS"
    assert first.text.splitlines()[:3] == ["EU rejects call.", "Peter Blackburn", "BRUSSELS 1996-08-22"]
    assert first.text.splitlines()[3] == "\"We don't agree,\" the Commission's spokesman said (Reuters)."
    assert second.text == "Talks end.\nGENEVA 1996-08-23\nIt cost $5."
    assert (second.index, second.published, second.place) == (1, "1996-08-23", "GENEVA")
