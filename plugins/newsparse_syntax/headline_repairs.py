"""A headline's verb the tagger read as a noun: "London's mayor rebuffs Trump", "Biden trashes Trump",
"Donald Trump Tweets A Graphic", "Rabbis vow to boycott".

A headline drops its articles and writes its verb in the present tense, so the tagger's window sees
a noun compound ("mayor rebuffs", "Trump Tweets") and the parse leaves the line with no predicate:
no layer finds who did what. On a line of its own (a paragraph holding one sentence) that has no verb
yet, a word WordNet knows as a verb form agreeing with the noun phrase before it (the "-s" form after
a singular head, the base form after a plural one) is retagged VERB where an object opens after it
(a determiner, a pronoun, a name, a quotation, "to" and a verb, "that").
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["repair_headline_verbs"]

MAX_HEADLINE_WORDS: Final = 24  # a longer line is a paragraph of body text, not a headline
_NOMINAL = frozenset({"NOUN", "PROPN"})
_CANDIDATE = frozenset({"NOUN", "PROPN", "ADJ"})
# the words of a subject noun phrase before the verb ("London's Muslim mayor", "Clinton, Sanders")
_SUBJECT = frozenset({"NOUN", "PROPN", "ADJ", "DET", "NUM", "PART", "CCONJ"})
_SUBJECT_PUNCT = frozenset({",", "'s", "’s", "'", "’", "&"})
_PREDICATE = frozenset({"VERB", "AUX"})
# what opens an object or a complement after the verb: never a noun compound's next word
_OBJECT_TAGS = frozenset({"DET", "PRON", "NUM", "PROPN"})
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'"})
_QUESTION_WORDS = frozenset("who what which where when why how".split())
_JOINERS = frozenset({"and", "&"})
_TO = frozenset({"to", "To", "TO"})  # a verb after it is an infinitive, no predicate of the line
# forms of the auxiliaries, a closed class the tagger knows (a capitalised one is a name: "Lexus IS")
_AUXILIARIES = frozenset("is has does was am are were be have do".split())
_LISTED = frozenset({"NOUN", "PROPN", "ADJ", "DET", "PUNCT", "PART"})  # a list of names, no aside


def repair_headline_verbs(
    text: str, end: int, forms: list[str], tags: list[str], word_classes: Mapping[str, str]
) -> None:
    """Retag, in place, the verb of a verbless headline line (the sentence ends its line: ``end``)
    that the tagger read as a noun, a name or an adjective (see the module docstring)."""
    if not _ends_line(text, end):
        return
    n = forms.index(";") if ";" in forms else len(forms)  # "Ryan wages campaign ...; House speaker ..."
    if not 3 <= n <= MAX_HEADLINE_WORDS:
        return
    for k in range(n):
        if tags[k] in _PREDICATE and not _participle(forms[k]) and (k == 0 or forms[k - 1] not in _TO):
            return  # the line has its verb already (or an auxiliary): nothing to guess
    titled = _title_case(forms[:n])
    for k in range(1, n - 1):
        form = forms[k]
        if (not titled and not form.islower()) or str.lower(form) in _AUXILIARIES:
            continue  # "Lexus IS 300", "Call Center Cabs": a capital inside a sentence-case line is a name's
        if not (_agrees(forms, tags, k, word_classes) and _object_after(forms, tags, k + 1, word_classes)):
            continue
        if k > 1 and _agrees(forms, tags, k - 1, word_classes):
            return  # "Ryan wages campaign to ...": either word may be the verb
        after = k + 1
        if (forms[after].islower() or not forms[k].islower()) and _agrees(forms, tags, after, word_classes):
            if _object_after(forms, tags, after + 1, word_classes):
                return  # "Clinton's Poll Numbers Jump Post ...": either word may be the verb
        tags[k] = "VERB"
        return


def _agrees(forms: list[str], tags: list[str], k: int, word_classes: Mapping[str, str]) -> bool:
    """Whether the word at ``k`` (a noun, name or adjective) may be a verb agreeing with a subject
    phrase that opens the line before it: an "-s" form after a singular head, a base form after a
    plural one."""
    if tags[k] not in _CANDIDATE or not forms[k].isalpha():
        return False
    classes = word_classes.get(str.lower(forms[k]), "")
    if "S" not in classes and "v" not in classes:
        return False
    start = _subject_start(forms, tags, k)
    if start is None:
        return False
    if tags[k - 1] not in _NOMINAL and not (forms[k - 1] == "," and not _listed(tags[start:k])):
        return False  # the subject's head right before it, or an aside closed by a comma
    plural = _plural_subject(forms, tags, start, k, word_classes)
    return plural if "S" not in classes else not plural


def _subject_start(forms: list[str], tags: list[str], k: int) -> int | None:
    """Where the noun phrase ending before ``k`` starts, if it opens the line (an aside between
    commas, "Biden, stumping for Clinton, trashes", is skipped); None if anything else stands there."""
    j = k - 1
    while j >= 0:
        if tags[j] in _SUBJECT or forms[j] in _SUBJECT_PUNCT or str.lower(forms[j]) == "of":
            j -= 1
            continue
        opening = _aside_opening(forms, j, k)
        if opening is None:
            return None
        j = opening - 1
    return 0


def _aside_opening(forms: list[str], j: int, k: int) -> int | None:
    """The comma opening an aside that holds ``j`` and closes with a comma before ``k``, if any."""
    if "," not in forms[j + 1 : k]:
        return None
    for i in range(j - 1, 0, -1):
        if forms[i] == ",":
            return i
    return None


def _participle(form: str) -> bool:
    """Whether ``form`` looks like a participle ("stumping", "featured"), no finite verb of the line."""
    return form.endswith(("ing", "ed"))


def _plural_subject(
    forms: list[str], tags: list[str], start: int, k: int, word_classes: Mapping[str, str]
) -> bool:
    """Whether the subject before ``k`` is plural: joined by "and" or by a comma between names
    ("Clinton, Sanders answer"; not an aside's comma), or headed by a plural noun ("Rabbis",
    "Presidential candidates", "Wyoming Republicans")."""
    words = [str.lower(form) for form in forms[start:k]]
    if not _JOINERS.isdisjoint(words):
        return True
    if "," in words and _listed(tags[start:k]):
        return True
    head = forms[k - 1]
    classes = word_classes.get(str.lower(head), "")
    return head.endswith("s") and not head.endswith("ss") and "N" in classes


def _title_case(forms: list[str]) -> bool:
    """Whether the line is in title case or in capitals: three in four of its words of four letters
    or more open with a capital ("Donald Trump Tweets A Wildly Inaccurate Graphic")."""
    long = [form for form in forms if len(form) > 3 and form.isalpha()]
    return len(long) >= 2 and 4 * sum(1 for form in long if form[0].isupper()) >= 3 * len(long)


def _listed(tags: list[str]) -> bool:
    """Whether the tags are a noun phrase or a list of them (no aside: "Biden, stumping for Clinton,")."""
    return all(tag in _LISTED for tag in tags)


def _object_after(forms: list[str], tags: list[str], j: int, word_classes: Mapping[str, str]) -> bool:
    """Whether an object or a complement opens at ``j``: a determiner, a pronoun that is no subject, a
    number, a name, a quotation, "that", or "to" and a verb's base form."""
    if j >= len(forms):
        return False
    word = str.lower(forms[j])
    if word == "to":
        return j + 1 < len(forms) and "v" in word_classes.get(str.lower(forms[j + 1]), "")
    if word == "that" or forms[j] in _OPEN_QUOTES:
        return True
    if tags[j] == "PRON":
        return word not in _QUESTION_WORDS  # "rebuffs him", "promise they will stand" (a clause)
    if tags[j] == "PROPN":
        return forms[j][:1].isupper()  # a name opens with a capital ("Dons v Peterborough": no object)
    return tags[j] in _OBJECT_TAGS


def _ends_line(text: str, end: int) -> bool:
    """Whether only spaces stand between ``end`` and the end of its line (or of the text)."""
    stop = text.find("\n", end)
    rest = text[end:] if stop < 0 else text[end:stop]
    return not rest.strip()
