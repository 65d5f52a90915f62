"""The word test before pint's parse: it turns down only what pint itself fails to read as units."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse_quantities import units

_UREG = units.registry()
_NAMES = sorted(_UREG._units)
_PREFIXES = sorted(_UREG._prefixes)


def _pint_reads(candidate: str) -> bool:
    """Whether pint's parser reads ``candidate`` as units (any error is a no)."""
    try:
        _UREG.parse_units(candidate)
    except Exception:
        return False
    return True


_letters = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIKMNOPRSTWY_", min_size=1, max_size=12)
# words near pint's names: a prefix, a name, a plural "s", a letter added or cut
_near_names = st.builds(
    lambda prefix, name, tail, cut: (prefix + name)[: len(prefix + name) - cut] + tail,
    st.sampled_from(_PREFIXES),
    st.sampled_from(_NAMES),
    st.sampled_from(["", "s", "es", "x"]),
    st.integers(min_value=0, max_value=1),
)
_words = st.one_of(_letters, _near_names, st.sampled_from(["per", "square", "a", "in", "and", "nan", "sq"]))


@settings(max_examples=400, deadline=None)
@given(words=st.lists(_words, min_size=1, max_size=3))
def test_a_turned_down_candidate_is_one_pint_fails_on(words: list[str]) -> None:
    candidate = " ".join(words)
    if not units._may_be_units(_UREG, candidate):
        assert not _pint_reads(candidate), candidate


@pytest.mark.parametrize(
    ("candidate", "maybe"),
    [
        ("patents", False),
        ("workers", False),
        ("laptop per child", False),
        ("kilometers", True),
        ("megabits per second", True),
        ("square feet", True),
        ("kms", True),  # pint may read it: left to pint
        ("km**2", True),  # not plain words: left to pint
    ],
)
def test_common_words_skip_pint(candidate: str, maybe: bool) -> None:
    assert units._may_be_units(_UREG, candidate) is maybe


def test_resolution_unchanged_for_units_and_words() -> None:
    assert units.resolve_unit.__wrapped__("patents") is None
    assert units.resolve_unit.__wrapped__("square kilometers") == units.UnitInfo("km**2", "dimension")
    assert units.resolve_unit.__wrapped__("barrels per day") == units.UnitInfo("bbl/d", "dimension")
