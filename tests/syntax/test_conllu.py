"""The evaluation's CoNLL-U reader: offsets rebuilt from forms, spacing and multi-word tokens."""

from __future__ import annotations

from pathlib import Path

from evaluation.conllu import read_conllu

SAMPLE = """# sent_id = s1
# text = Today's talks failed.
1-2\tToday's\t_\t_\t_\t_\t_\t_\t_\t_
1\tToday\ttoday\tNOUN\tNN\t_\t3\tnmod:poss\t_\t_
2\t's\t's\tPART\tPOS\t_\t1\tcase\t_\t_
3\ttalks\ttalk\tNOUN\tNNS\t_\t4\tnsubj\t_\t_
4\tfailed\tfail\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No
5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_

"""


def test_offsets_heads_and_multiword_tokens(tmp_path: Path) -> None:
    path = tmp_path / "sample.conllu"
    path.write_text(SAMPLE, encoding="utf-8")
    (sentence,) = read_conllu(path)
    assert sentence.id == "s1" and sentence.text == "Today's talks failed."
    assert [(w.form, sentence.text[w.start : w.end]) for w in sentence.words][:2] == [
        ("Today", "Today"),
        ("'s", "'s"),
    ]
    assert [w.head for w in sentence.words] == [2, 0, 3, -1, 3]
    assert sentence.words[2].deprel == "nsubj" and sentence.words[3].upos == "VERB"
