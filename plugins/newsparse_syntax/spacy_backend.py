"""Optional backend: the ``syntax`` layer from a user's spaCy pipeline with a tagger and a parser.

Name the pipeline with ``NEWSPARSE_SPACY_MODEL`` (an installed package or a directory saved with
``nlp.to_disk``). When it has a parser and a tagger (or morphologizer), its tokens fill the layer:
UPOS, head and relation (spaCy's English labels mapped to UD where they differ); otherwise the
built-in analysis runs. spaCy is imported only when a model is named.
"""

from __future__ import annotations

import functools
import os
from typing import Any

from newsparse import Document
from newsparse.syntax import UPOS_TAGS, Word

__all__ = ["ENV_VAR", "configured_model", "load_model", "words_from_spacy"]

ENV_VAR = "NEWSPARSE_SPACY_MODEL"
# spaCy's English (ClearNLP) labels that differ from UD's
LABELS = {
    "ROOT": "root",
    "dobj": "obj",
    "nsubjpass": "nsubj:pass",
    "csubjpass": "csubj:pass",
    "auxpass": "aux:pass",
    "dative": "iobj",
    "poss": "nmod:poss",
    "prt": "compound:prt",
    "relcl": "acl:relcl",
    "pobj": "obl",
    "prep": "case",
    "attr": "xcomp",
    "neg": "advmod",
    "predet": "det:predet",
    "preconj": "cc:preconj",
    "quantmod": "advmod",
    "npadvmod": "obl:npmod",
}
# Penn tags -> UPOS, for a pipeline whose tagger predicts Penn tags only
PENN = {
    "NN": "NOUN", "NNS": "NOUN", "NNP": "PROPN", "NNPS": "PROPN", "VB": "VERB", "VBD": "VERB",
    "VBG": "VERB", "VBN": "VERB", "VBP": "VERB", "VBZ": "VERB", "MD": "AUX", "JJ": "ADJ", "JJR": "ADJ",
    "JJS": "ADJ", "RB": "ADV", "RBR": "ADV", "RBS": "ADV", "WRB": "ADV", "IN": "ADP", "TO": "PART",
    "DT": "DET", "PDT": "DET", "WDT": "DET", "PRP": "PRON", "PRP$": "PRON", "WP": "PRON", "WP$": "PRON",
    "EX": "PRON", "CC": "CCONJ", "CD": "NUM", "RP": "ADP", "POS": "PART", "UH": "INTJ", "SYM": "SYM",
    "FW": "X", "LS": "X", "HYPH": "PUNCT", ",": "PUNCT", ".": "PUNCT", ":": "PUNCT", "``": "PUNCT",
    "''": "PUNCT", "-LRB-": "PUNCT", "-RRB-": "PUNCT", "NFP": "PUNCT", "$": "SYM", "#": "SYM",
}  # fmt: skip


def configured_model() -> Any | None:
    """The spaCy pipeline named by ``NEWSPARSE_SPACY_MODEL`` if it has a tagger and a parser."""
    name = os.environ.get(ENV_VAR, "").strip()
    if not name:
        return None
    nlp = load_model(name)
    pipes = set(nlp.pipe_names)
    return nlp if "parser" in pipes and {"tagger", "morphologizer"} & pipes else None


@functools.lru_cache(maxsize=2)
def load_model(name: str) -> Any:
    """Load (once) the spaCy pipeline ``name``."""
    import spacy

    return spacy.load(name)


def _upos(token: Any) -> str:
    for tag in (token.pos_, token.tag_):
        if tag in UPOS_TAGS:
            return str(tag)
    return PENN.get(token.tag_, "X")


def words_from_spacy(doc: Document, nlp: Any, within: tuple[int, int] | None = None) -> list[Word]:
    """One word per non-space spaCy token of ``doc.text`` (or of its stretch ``within``).

    Each word has its UPOS tag, head index (into the returned list) and UD relation.
    """
    offset, stop = within if within is not None else (0, len(doc.text))
    parsed = nlp(doc.text[offset:stop])
    kept = [t for t in parsed if not t.is_space]
    index = {t.i: k for k, t in enumerate(kept)}
    words = []
    for token in kept:
        start = offset + token.idx
        end = start + len(token.text)
        head = None if token.head.i == token.i else index.get(token.head.i)
        label = LABELS.get(token.dep_, token.dep_.lower()) if token.dep_ else None
        words.append(Word(start, end, doc.text[start:end], _upos(token), head, label or None))
    return words
