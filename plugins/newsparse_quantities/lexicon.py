"""Word lists of the quantities recogniser: number words, modifiers, vague amounts, stop lists.

Everything here is English closed-class vocabulary (numerals, scale words, comparison phrases),
not unit data: units come from pint (``units.py``) and currencies from ``data/currencies.tsv``.
"""

from __future__ import annotations

from fractions import Fraction
from functools import lru_cache
from importlib import resources
from typing import Final

__all__ = [
    "ADVERBS_IN_S",
    "BIG",
    "COUNTED_STOP",
    "DEMONYMS_IN_IS",
    "DENOMINATORS",
    "DESIGNATORS",
    "DOWN_WORDS",
    "IRREGULAR_PLURALS",
    "MODIFIERS",
    "MONTHS",
    "NOT_DESIGNATOR",
    "NOT_PLURAL_ENDINGS",
    "ORDINAL_SUFFIXES",
    "PLURAL_MODIFIERS",
    "SCALE_SUFFIXES",
    "SCALE_WORDS",
    "SMALL",
    "TENS",
    "UP_WORDS",
    "VULGAR",
    "Currencies",
    "currencies",
    "plural_in_s",
    "singular_head",
]

SMALL: Final = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen".split()
    )
}
SMALL.update({"nought": 0, "naught": 0})
TENS: Final = {
    w: 10 * i for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split(), start=2)
}
BIG: Final = {
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
    "lakh": 10**5,
    "lakhs": 10**5,
    "crore": 10**7,
    "crores": 10**7,
}
# Scale words that may follow digits, spaced ("1.5 million", "$4.5 bn", "322 hundred").
SCALE_WORDS: Final = {
    **BIG,
    "hundred": 100,
    "mn": 10**6,
    "mln": 10**6,
    "bn": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "tln": 10**12,
    "trn": 10**12,
}
# Suffixes glued to digits ("10k", "4.5bn", "10M"); lower-case "m" is a million only after a
# currency sign ("€3m"), otherwise a metre ("1.8m tall").
SCALE_SUFFIXES: Final = {
    "k": 10**3,
    "K": 10**3,
    "M": 10**6,
    "MM": 10**6,
    "mn": 10**6,
    "mln": 10**6,
    "mil": 10**6,
    "bn": 10**9,
    "b": 10**9,
    "B": 10**9,
    "bln": 10**9,
    "tn": 10**12,
    "tln": 10**12,
    "trn": 10**12,
    "T": 10**12,
}
ORDINAL_SUFFIXES: Final = frozenset({"st", "nd", "rd", "th", "s", "ST", "ND", "RD", "TH"})

_ORDINALS: Final = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth"
).split()
_TENS_ORDINALS = "twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth".split()


def _denominators() -> dict[str, int]:
    """Fraction words ("third", "quarters", "hundredths") and their denominators."""
    out: dict[str, int] = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
    for i, word in enumerate(_ORDINALS, start=1):
        if i > 2:
            out[word] = i
            out[word + "s"] = i
    for i, word in enumerate(_TENS_ORDINALS, start=2):
        out[word] = 10 * i
        out[word + "s"] = 10 * i
    for word, value in (("hundredth", 100), ("thousandth", 10**3), ("millionth", 10**6)):
        out[word] = value
        out[word + "s"] = value
    out.update({"billionth": 10**9, "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12})
    return out


DENOMINATORS: Final = _denominators()
ORDINAL_UNITS: Final = {w: i for i, w in enumerate(_ORDINALS, start=1)}

VULGAR: Final = {
    "½": Fraction(1, 2),
    "⅓": Fraction(1, 3),
    "⅔": Fraction(2, 3),
    "¼": Fraction(1, 4),
    "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5),
    "⅖": Fraction(2, 5),
    "⅗": Fraction(3, 5),
    "⅘": Fraction(4, 5),
    "⅙": Fraction(1, 6),
    "⅚": Fraction(5, 6),
    "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8),
    "⅝": Fraction(5, 8),
    "⅞": Fraction(7, 8),
}

# Modifier phrases before a number (lower-case word tuples) -> contract modifier.
# "nearly"/"almost" are approx with the number as an exclusive upper bound (see docs).
_MODIFIER_TEXT: Final = {
    "approx": "about around roughly approximately some circa approx c. ~ nearly almost near|close to|"
    "closer to|an estimated|estimated|an approximate|approximate|just about|more or less|something like|"
    "just under|just shy of|nearly|almost|in the region of|on the order of",
    "over": "over|more than|above|in excess of|exceeding|upwards of|well over|just over|greater than|"
    "higher than|larger than|bigger than|well above|more then",
    "under": "under|less than|fewer than|below|lower than|well under|well below|short of",
    "at_least": "at least|no fewer than|no less than|not less than|not fewer than|a minimum of|minimum of|"
    "a minimum|at the very least|as young as|as little as|as few as",  # (a lower bound)
    "at_most": "up to|at most|no more than|not more than|a maximum of|maximum of|as many as|as much as|"
    "as high as|at the most|within|a maximum|maximum",
}


def _modifiers() -> dict[tuple[str, ...], str]:
    """Modifier phrases as word tuples (single words split on spaces in the first group)."""
    out: dict[tuple[str, ...], str] = {}
    for name, text in _MODIFIER_TEXT.items():
        for phrase in text.split("|"):
            words = tuple(phrase.split())
            if name == "approx" and len(words) > 1 and phrase.startswith("about around"):
                for word in words:
                    out[(word,)] = name
                continue
            out[words] = name
    return out


MODIFIERS: Final = _modifiers()
# Modifiers meaning "just below the number": high bound, exclusive.
BELOW_APPROX: Final = frozenset({("nearly",), ("almost",), ("just", "under"), ("just", "shy", "of")})

MONTHS: Final = frozenset(
    """
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)

# Words before a number that make it a name or a reference, not an amount
# ("Resolution 2254", "Article 5", "Flight 370", "No. 1").
DESIGNATORS: Final = frozenset(
    """
    resolution resolutions article articles chapter chapters section sections paragraph clause
    amendment flight highway route exit room gate terminal platform page pages no nos nr nrs
    number version level phase stage grade type model mark channel district precinct ward block
    building unit squad batch code line bus track episode season volume vol issue act protocol
    item items figure fig table appendix annex rule rules item psalm verse op opus top
    part series hall round category lane group
    """.split()
)
# Capitalised words that may precede an amount without making it a name.
NOT_DESIGNATOR: Final = frozenset(
    """
    the a an all only just some about over under around nearly almost roughly approximately more
    less fewer at least up to and but or of in on for by with from since until than another those
    these his her their its our my your each every some another another any no nearly about
    total including killing killed leaving wounding injuring with among while when after before
    during by since as there here it they we he she i you
    """.split()
)

# Words that end a counted noun phrase ("30 militants were killed": stop at "were").
COUNTED_STOP: Final = frozenset(
    """
    a an the and or but nor of in on at to for from by with without into onto over under about
    above below between among through during since until than that which who whom whose this these
    those there here it its their they them he she his her we our you your i me my
    is are was were be been being am have has had do does did will would shall should can could
    may might must not no so as if then also only just more most less least each per
    percent per cent times said says say told
    """.split()
)
# endings of words in -s that are no plural nouns ("gas", "virus"), and adverbs in -s that end like
# plurals ("601 afterwards" counts no afterwards)
NOT_PLURAL_ENDINGS: Final = ("ss", "us", "is", "'s", "ous")
ADVERBS_IN_S: Final = frozenset(
    "afterwards towards backwards forwards upwards downwards onwards outwards inwards homewards".split()
)


def plural_in_s(low: str) -> bool:
    """Whether a lower-cased word reads as a plural in -s ("workers", not "gas", "virus", "afterwards")."""
    if len(low) <= 3 or low[-1] != "s":
        return False
    if low.endswith(NOT_PLURAL_ENDINGS):
        return low in DEMONYMS_IN_IS  # "300 Iraqis", "1,200 Tutsis" (not "crisis", "basis")
    return low not in ADVERBS_IN_S


def singular_head(low: str) -> bool:
    """Whether a lower-cased word after "one" may be the singular noun it counts: not an adverb or
    participle ("-ly", "-ed", "-ing"), save nouns in "-ing" ("one meeting in Athens")."""
    return not low.endswith(("ly", "ed", "ing")) or low in _ING_NOUNS


_ING_NOUNS: Final = frozenset("meeting building hearing wedding painting ruling recording bombing".split())
#: plural names of peoples in "-is", which the "-is" of "crisis" and "basis" would hide
DEMONYMS_IN_IS: Final = frozenset(
    """
    iraqis israelis pakistanis tutsis somalis saudis kuwaitis yemenis bangladeshis omanis qataris
    nepalis emiratis azeris bahrainis punjabis
    """.split()
)


IRREGULAR_PLURALS: Final = frozenset(
    """
    people children men women police personnel staff troops cattle sheep livestock fish deer
    gentlemen policemen firemen servicemen fishermen aircraft spacecraft hovercraft species offspring
    """.split()
)


class Currencies:
    """Currency surfaces from ``data/currencies.tsv``: symbols, ISO codes and names."""

    def __init__(self, symbols: dict[str, str], codes: dict[str, str], names: dict[str, str]) -> None:
        self.symbols = symbols
        self.codes = codes
        self.names = names
        self.name_words = max((len(n.split()) for n in names), default=1)


@lru_cache(maxsize=1)
def currencies() -> Currencies:
    """Load the currency table once."""
    symbols: dict[str, str] = {}
    codes: dict[str, str] = {}
    names: dict[str, str] = {}
    text = resources.files(__package__).joinpath("data/currencies.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        kind, surface, code = line.split("\t")
        {"symbol": symbols, "code": codes, "name": names}[kind][surface] = code
        if kind == "name" and surface.endswith(" dollars"):
            names.setdefault(surface[: -len("dollars")] + "dlrs", code)  # newswire "Canadian dlrs"
    return Currencies(symbols, codes, names)


# plural nouns that often modify another noun ("sports utility vehicles", "business systems outlets")
PLURAL_MODIFIERS: Final = frozenset(
    """
    sports systems sales arms goods savings news earnings customs services securities communications
    operations parts emissions materials resources affairs relations rights works markets products
    games jobs chemicals electronics weapons drugs assets funds loans futures options accounts
    """.split()
)


# words that open a unit of several words after a number ("square kilometres", "metric tons",
# "degrees Celsius", "light years"): the unit step reads on past them
UNIT_LEAD: Final = frozenset(
    """
    square sq cubic metric nautical degrees degree fluid short long ° º kilowatt megawatt gigawatt
    terawatt watt miles kilometres kilometers km feet meters metres light
    """.split()
)
# nouns and comparatives of a change after "point" ("a one point drop", "one point lower")
CHANGE_AFTER_POINT = frozenset("rise increase gain jump fall drop decline cut slump dip higher lower".split())
# marks of a possessive after a noun ("the All Blacks' seven tries")
POSSESSIVE_MARKS: Final = frozenset({"'", "’", "'s", "’s"})


# full English names of units: written with a capital inside a sentence after a number they are a
# title's words ("21 Grams", "Six Feet Under", "Three Degrees"), not a measure
_UNIT_NAMES: Final = frozenset(
    """
    feet foot degrees degree grams gram miles mile metres meters metre meter inches inch yards yard
    tonnes tons tonne ton kilometres kilometers kilometre kilometer kilograms kilogram litres liters
    acres acre hectares hectare ounces ounce gallons gallon barrels barrel
    """.split()
)


def is_title_unit_word(text: str) -> bool:
    """Whether ``text`` is a unit's full name written capitalised ("Grams"): a title's word."""
    return text[:1].isupper() and text[1:].islower() and str.lower(text) in _UNIT_NAMES


# verbs and adverbs of a rise and of a fall ("rose 3%", "fell by 12 cents")
UP_WORDS: Final = frozenset(
    """
    rose rise rises rising risen up gained gain gains gaining climbed climb climbs climbing jumped jump
    jumps jumping increased increase increases increasing grew grow grows growing growth added add adds
    soared soar soaring surged surge surging advanced advance advancing boosted boost boosting
    rallied rally firmed warmed warming grown raised raise raises raising hiked hike hikes hiking
    lifted lift lifts lifting
    expanded expand expanding widened widening
    leapt leaped leaps leaping rocketed rocketing soars surges
    """.split()
)
DOWN_WORDS: Final = frozenset(
    """
    fell fall falls falling fallen down dropped drop drops dropping declined decline declines declining
    lost lose loses losing cut cuts cutting shed sheds shedding slipped slip slips slipping slid slide
    slumped slump plunged plunge plunging tumbled tumble decreased decrease decreasing reduced reduce
    reducing lowered eased ease easing knocked shrank shrink shrinking contracted slashed slash
    trimmed trim sank sink sunk dipped dip cooled cooling narrowed narrowing deteriorated deteriorate
    deteriorating
    plummeted plummeting plummets slumps tumbles tumbling
    """.split()
)
