"""A business deal word that only modifies another noun names no deal: "a $1.3 trillion loan
burden", "a student loan debt expert", "the current contract benefits", "loan losses".

The syntax layer makes such a word a ``compound`` of a noun after it; the phrase is about that noun
(burden, debt, benefits), not one loan or contract.  Heads naming the deal itself, its making or a
part of it ("loan deal", "contract talks", "merger proposal", "loan spell", "loan financing") keep
the mention.  The noun must follow in one run of nouns, not head the sentence, and the sentence
must have a root (read as nouns, "The contract calls for production" has none).  Only a one-word
"loan", "contract" or "merger" mention is read, in its sentence's tree; without a tree it stands.
"""

from __future__ import annotations

import re
from typing import Final

from newsparse import Document, Sentence
from newsparse.syntax import sentence_tree

from .triggers import Trigger

__all__ = ["only_modifies"]

_WORDS: Final = frozenset({"loan", "contract", "merger"})
# Heads naming the deal itself, its making or a part of it: the mention stays a deal.
_DEAL_HEADS: Final = frozenset(
    """
    deal deals agreement agreements accord pact arrangement talks negotiations negotiation proposal
    proposals plan plans offer offers bid bids terms signing spell move extension extensions dispute
    row package facility approval vote deadline document documents partner partners financing
    """.split()
)

# The cheap test before any parse: a lower-case word after the mention that can be a noun.
_NEXT_WORD: Final = re.compile(r"\s+([a-z][a-z-]*)\b")
_NOT_NOUNS: Final = frozenset(
    """
    with to of for and or but was were is are be been has had have will would could may might should
    in on at by from as that which who than the a an its their his her this after before under between
    """.split()
)


def only_modifies(doc: Document, sentence: Sentence, trig: Trigger) -> bool:
    """Whether the mention is a business deal word the tree makes a ``compound`` of a later noun
    that is no deal word ("loan losses"): a modifier, not a deal."""
    if trig.text.lower() not in _WORDS:
        return False
    following = _NEXT_WORD.match(doc.text, trig.end)
    if following is None or following.group(1) in _NOT_NOUNS or following.group(1) in _DEAL_HEADS:
        return False  # "a contract with Zenith", "the loan.": no noun after it, no parse
    tree = sentence_tree(doc, sentence)
    if tree is None:
        return False
    at = tree.word_at(trig.end - 1)
    if at is None or tree.words[at].deprel != "compound":
        return False
    head = tree.words[at].head
    if head is None or head <= at or tree.words[head].deprel == "root":
        return False
    if not any(word.deprel == "root" for word in tree.words):
        return False  # "The contract calls for production": "calls" read as a noun, no verb analysed
    if any(tree.words[k].upos != "NOUN" for k in range(at + 1, head)):
        return False  # "the player they had on loan last season": not one run of nouns
    word = tree.words[head]
    return word.upos == "NOUN" and word.text.lower() not in _DEAL_HEADS
